import CSovereignSIMD

/// Stage 3, candidates: the one pass over the normalized bytes. Cheap byte classes find the triggers
/// (number starts, interesting word starts, `@`, `#`, `(`, `:`, `=`, `-` …), and the recognizers the
/// registry files under a trigger (anchored patterns, validators, context) run only there; text
/// recognizers (custom patterns, the deny list) scan the whole view; token recognizers (names,
/// addresses) run over token segments (`NER/Segments.swift`).
extension Engine {
    /// The one pass over the normalized bytes: cheap byte classes find candidate positions, and the
    /// recognizers (anchored patterns, validators, context) run only there.
    func candidates(_ t: UnsafeBufferPointer<UInt8>, _ sc: Scratch, windows: [(Int, Int)]?) throws {
        // Move the scratch's buffer in and back out (no copy: a copy would reallocate on the first append).
        var s = ScanState(t: t, ms: sc.ms, out: [])
        swap(&s.out, &sc.cands)
        defer { swap(&s.out, &sc.cands) }
        s.out.clearKeepingCapacity()
        if let windows {
            var resume = 0
            for (a, b) in windows where b > resume { resume = try candidatePass(&s, sc, from: max(a, resume), to: b) }
        } else {
            _ = try candidatePass(&s, sc, from: 0, to: t.count)
        }
        for r in recognizers.text { try r.scan(&s) }
        // Names and addresses: token level, over the same normalized view, in segments of about
        // 64 KB cut at paragraph or sentence ends, so the token buffer stays small for huge inputs.
        // In windows: the lines around each window.
        if recognizers.hasTokenRecognizers {
            if let windows {
                var done = 0
                for (a, b) in windows {
                    let (la, lb) = Engine.lines(t, a, b)
                    if lb <= done { continue }
                    ner(t, sc, &s, from: max(la, done), to: lb)
                    done = lb
                }
            } else {
                var from = 0
                while from < t.count {
                    let to = Engine.segmentEnd(t, from)
                    ner(t, sc, &s, from: from, to: to)
                    from = to
                }
            }
        }
    }

    /// The candidate loop over start positions `from..<to` (a candidate may run past `to`). Returns
    /// where it stopped.
    func candidatePass(_ s: inout ScanState, _ sc: Scratch, from: Int, to n: Int) throws -> Int {
        let t = s.t
        let table = ByteClass.tablePointer
        // Read once: a global's accessor inside the loop costs a `swift_once` check per word.
        let anyThird = Engine.anyThird, pairs = Engine.interestingPairs, triples = Engine.triples
        var i = from
        // As the whole-text loop would be here: inside a word unless after a separator.
        var prevWord = i > 0 && table[Int(t[i - 1])] & ByteClass.word != 0
        guard let base = t.baseAddress else { return i }
        // The vectorized first pass (CSovereignSIMD): the stops of a chunk of `Scratch.stopChunk` bytes
        // as a bit map, one call per chunk; bytes of no class and letters/digits inside a word are
        // skipped without a look (they change nothing but `prevWord`, which the last one then tells).
        let bits = sc.stopBits
        var chunkStart = 0, chunkEnd = 0
        // The byte at `i` must be looked at whatever it is: the first one, and where a recognizer's
        // match ended (the state there is not the one the bytes before it imply).
        var force = true
        while i < n {
            if !force {
                var j = n
                var p = i
                while p < n {
                    if p >= chunkEnd {
                        chunkStart = p
                        chunkEnd = min(n, p + Scratch.stopChunk)
                        sovereign_stop_bits_filtered(base, chunkStart, chunkEnd, t.count, bits, anyThird, pairs, triples)
                    }
                    let off = p - chunkStart, words = (chunkEnd - chunkStart + 63) >> 6
                    var w = off >> 6
                    var m = bits[w] & (~UInt64(0) << UInt64(off & 63))
                    while m == 0 {
                        w += 1
                        if w >= words { break }
                        m = bits[w]
                    }
                    if m != 0 { j = chunkStart + w << 6 + m.trailingZeroBitCount; break }
                    p = chunkEnd
                }
                if j >= n { i = n; break }
                if j > i { prevWord = table[Int(t[j - 1])] & ByteClass.word != 0; i = j }
            }
            force = false
            let b = t[i]
            let cls = table[Int(b)]
            if cls == 0 { prevWord = false; i += 1; continue }
            if cls & ByteClass.word != 0 && prevWord {
                // Inside a word: only its start matters, so run to its end in a tight loop.
                i += 1
                while i < n && table[Int(t[i])] & ByteClass.word != 0 { i += 1 }
                continue
            }
            var end: Int? = nil
            let found = s.out.count
            if cls & ByteClass.word != 0 {
                prevWord = true
                if cls & ByteClass.digit != 0 {
                    end = try numeric(&s, sc, i)
                } else if cls & ByteClass.alpha != 0 {
                    // The filter inline: a call that returns at once still cost ~70 instructions per word.
                    let b2 = s.at(i + 2)
                    // A digit third; a digit fourth after a letter ("sgw45380", a lower-case order
                    // reference) or a space ("DE 89…", an IBAN with a space after its country code).
                    let b3 = s.at(i + 3)
                    if ByteClass.isDigit(b2) || Engine.interestingStart(b, s.at(i + 1), b2, b3, anyThird, pairs, triples)
                        || ByteClass.isDigit(b3) && (b2 == 0x20 || ByteClass.isAlpha(b2)) {
                        end = try wordStart(&s, sc, i)
                    }
                }  // (non-ASCII bytes have no class: every word starts with a digit or a letter)
            } else {
                switch b {
                case UInt8(ascii: "+"):
                    if !prevWord, ByteClass.isDigit(s.at(i + 1)) || (s.at(i + 1) == 0x20 || s.at(i + 1) == UInt8(ascii: "(")) && ByteClass.isDigit(s.at(i + 2)) {
                        end = try numeric(&s, sc, i)
                    }
                case UInt8(ascii: "("):
                    if ByteClass.isDigit(s.at(i + 1)) || s.at(i + 1) == UInt8(ascii: "+") {
                        end = try numeric(&s, sc, i)
                    } else {
                        end = try atByte(&s, sc, i, b)
                    }
                case UInt8(ascii: "_"):
                    i += 1
                    continue  // part of an identifier: does not end a word
                default:
                    end = try atByte(&s, sc, i, b)
                }
                prevWord = false
            }
            if let e = end, e > i {
                // After a finding the next character starts a word, as it will after "[PHONE]" once
                // redacted: "0612345678GB61…" holds an IBAN on the first pass too (fuzzing).
                prevWord = s.out.count == found && table[Int(t[e - 1])] & ByteClass.word != 0
                    // A SWIFT MT940 `:86:` subfield code (`?20`…`?63`) ends where its value starts:
                    // "?31DE89370400440532013000", "?32JANE DOE".
                    && !(e == i + 2 && i > 0 && t[i - 1] == UInt8(ascii: "?") && ByteClass.isDigit(t[i]))
                i = e
                force = true
            } else {
                i += 1
            }
        }
        return i
    }

    /// A number start: a digit at a word start, or a `+`/`(` before one. The number-start recognizers
    /// run first (a match ends the trigger); then the run is parsed once and every number recognizer
    /// judges that parse, the best candidate winning (higher score, then longer; ties keep the earlier),
    /// until one's `decisiveScore` is reached. Without a candidate the whole run is skipped.
    func numeric(_ s: inout ScanState, _ sc: Scratch, _ i: Int) throws -> Int? {
        for slot in recognizers.numberStart { if let e = try slot.recognize(&s, sc, at: i) { return e } }
        // A plain value on the stack (inline lists): nothing to reuse from the scratch.
        let run = NumberRun(parsing: s.t, at: i)
        guard run.digitCount > 0 else { return nil }
        let digits = run.digitCount
        var best: Candidate? = nil
        for slot in recognizers.number where digits >= slot.minDigits && digits <= slot.maxDigits {
            if slot.pauseAfter && !SpokenPause.mayStart(s.t, run.end) { continue }
            if let c = try slot.recognize(&s, run, at: i) {
                if best == nil || !(best!.score > c.score || best!.score == c.score && best!.end - best!.start >= c.end - c.start) { best = c }
            }
            if let b = best, b.score >= slot.decisive { break }
        }
        if let b = best {
            s.out.append(b)
            return b.end
        }
        // A run that mixes spaces and dots can hold a second value after its first group: a count, then an
        // address ("ping -c 3 20.68.185.216"). Without a candidate, the next group gets its own look.
        if run.seps & NumberRun.space != 0 && run.seps & NumberRun.dot != 0 && run.groupEnd.count > 1 { return run.groupEnd[0] }
        return run.end
    }

    /// A letter at a word start: IBAN, prefixed secrets, obfuscated e-mail (`at`, `arobase`), parcels.
    /// The first two letters decide whether a word is worth a look (one bit per byte pair): the first
    /// two bytes of every provider token prefix (`TokenFormat`), `bearer`, and the `at`/`arobase` of
    /// obfuscated e-mail. Testing one letter sent ~40 % of all words ("and", "size", "was") into the
    /// recognizers; two letters send a few per cent.
    @inline(__always) static func interestingStart(_ b0: UInt8, _ b1: UInt8) -> Bool {
        let k = Int(b0) << 8 | Int(b1)
        return interestingPairs[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// The same with the next bytes: token prefixes whose first two bytes start common words ("do" of
    /// `dop_v1_`, "fo" of `fo1_`, "ic" of `ico-`) send a word on only when its next bytes fit too — three
    /// for a three-byte prefix, four for a longer one (`live_` must not send "livraison" on, `access_`
    /// not "account").
    @inline(__always) static func interestingStart(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8, _ b3: UInt8) -> Bool {
        interestingStart(b0, b1, b2, b3, anyThird, interestingPairs, triples)
    }

    @inline(__always) static func interestingStart(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8, _ b3: UInt8, _ anyThird: UnsafePointer<UInt64>,
                                                   _ interestingPairs: UnsafePointer<UInt64>, _ triples: UnsafePointer<UInt64>) -> Bool {
        let k = Int(b0) << 8 | Int(b1)
        if anyThird[k >> 6] & (1 << UInt64(k & 63)) != 0 { return true }
        guard interestingPairs[k >> 6] & (1 << UInt64(k & 63)) != 0 else { return false }
        let h = tripleHash(b0, b1, b2)
        if triples[h >> 6] & (1 << UInt64(h & 63)) != 0 { return true }
        let h4 = quadHash(b0, b1, b2, b3)
        return triples[h4 >> 6] & (1 << UInt64(h4 & 63)) != 0
    }

    @inline(__always) static func quadHash(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8, _ b3: UInt8) -> Int {
        let x: UInt32 = UInt32(b0) << 24 | UInt32(b1) << 16 | UInt32(b2) << 8 | UInt32(b3)
        let m: UInt32 = 2246822519
        return Int((x &* m) >> 16)
    }

    @inline(__always) static func tripleHash(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Int {
        Int(((UInt32(b0) << 16 | UInt32(b1) << 8 | UInt32(b2)) &* 2654435761) >> 16)
    }

    /// Pairs after which any third byte is worth a look (everything but the token prefixes).
    nonisolated(unsafe) static let anyThird: UnsafePointer<UInt64> = {
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 1024)
        p.initialize(repeating: 0, count: 1024)
        for b0 in UInt8(0)...255 { for b1 in UInt8(0)...255 where baseInteresting(b0, b1) {
            let k = Int(b0) << 8 | Int(b1); p[k >> 6] |= 1 << UInt64(k & 63)
        } }
        for f in TokenFormat.all where f.prefix.count < 3 {
            let k = Int(f.prefix[0]) << 8 | Int(f.prefix[1]); p[k >> 6] |= 1 << UInt64(k & 63)
        }
        return UnsafePointer(p)
    }()

    /// Three-byte token prefixes, and the first four bytes of longer ones, hashed into 64K bits (a
    /// collision costs only a look).
    nonisolated(unsafe) static let triples: UnsafePointer<UInt64> = {
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 1024)
        p.initialize(repeating: 0, count: 1024)
        for w in TokenFormat.all.map(\.prefix) + SecretRecognizer.wordPrefixes where w.count >= 3 {
            let h = w.count == 3 ? tripleHash(w[0], w[1], w[2]) : quadHash(w[0], w[1], w[2], w[3])
            p[h >> 6] |= 1 << UInt64(h & 63)
        }
        return UnsafePointer(p)
    }()

    /// The pairs other recognizers need whatever follows: AWS-style upper-case ids, obfuscated e-mail
    /// ("at", "arobase"), bearer, JWTs, upper-case words (letter-first order ids, PrestaShop references).
    static func baseInteresting(_ b0: UInt8, _ b1: UInt8) -> Bool {
        let l1 = b1 | 0x20
        if b0 == UInt8(ascii: "A") && ByteClass.isUpper(b1) { return true }
        if (b0 | 0x20) == UInt8(ascii: "a") && (l1 == UInt8(ascii: "t") || l1 == UInt8(ascii: "r")) { return true }
        if (b0 | 0x20) == UInt8(ascii: "b") && l1 == UInt8(ascii: "e") { return true }
        if b0 == UInt8(ascii: "w") && l1 == UInt8(ascii: "h") { return true }
        if b0 == UInt8(ascii: "g") && l1 == UInt8(ascii: "i") { return true }
        if b0 == UInt8(ascii: "e") && b1 == UInt8(ascii: "y") { return true }
        // A letter then a digit starts an id, hardly ever a word ("H6EMON2", "n7b8uuvh0", "G0T4-S70Z").
        if ByteClass.isAlpha(b0) && ByteClass.isDigit(b1) { return true }
        return ByteClass.isUpper(b0) && ByteClass.isUpper(b1)
    }

    /// Every pair that can start something: `baseInteresting`'s pairs and each token prefix's first two bytes.
    nonisolated(unsafe) static let interestingPairs: UnsafePointer<UInt64> = {
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 1024)
        p.initialize(from: anyThird, count: 1024)
        for f in TokenFormat.all { let k = Int(f.prefix[0]) << 8 | Int(f.prefix[1]); p[k >> 6] |= 1 << UInt64(k & 63) }
        for w in SecretRecognizer.wordPrefixes { let k = Int(w[0]) << 8 | Int(w[1]); p[k >> 6] |= 1 << UInt64(k & 63) }
        return UnsafePointer(p)
    }()

    /// Called only for words that pass `interestingStart` or have a digit third (an IBAN shape): the
    /// word-start recognizers in registration order, the first match ending the trigger.
    func wordStart(_ s: inout ScanState, _ sc: Scratch, _ i: Int) throws -> Int? {
        for slot in recognizers.wordStart { if let e = try slot.recognize(&s, sc, at: i) { return e } }
        return nil
    }

    /// A trigger byte outside words: its recognizers in registration order, the first match ending the trigger.
    func atByte(_ s: inout ScanState, _ sc: Scratch, _ i: Int, _ b: UInt8) throws -> Int? {
        let from = recognizers.byteFrom[Int(b)], to = recognizers.byteFrom[Int(b) + 1]
        for k in from..<to { if let e = try recognizers.byByte[k].recognize(&s, sc, at: i) { return e } }
        return nil
    }
}
