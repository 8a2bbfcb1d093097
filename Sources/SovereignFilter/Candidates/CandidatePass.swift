/// Stage 3, candidates: the one pass over the normalized bytes. Cheap byte classes find candidate
/// positions (digits, `@`, `#`, `+`, `(`, `:`, `=`, `-`, interesting word starts), and the recognizers
/// (anchored patterns, validators, context) run only there; custom patterns and the deny list scan the
/// whole view; names and addresses run over token segments (`NER/Segments.swift`).
extension Engine {
    /// The one pass over the normalized bytes: cheap byte classes find candidate positions, and the
    /// recognizers (anchored patterns, validators, context) run only there.
    func candidates(_ t: UnsafeBufferPointer<UInt8>, _ sc: Scratch, windows: [(Int, Int)]?) throws {
        // Move the scratch's buffer in and back out (no copy: a copy would reallocate on the first append).
        var s = ScanState(t: t, ms: sc.ms, out: [])
        swap(&s.out, &sc.cands)
        defer { swap(&s.out, &sc.cands) }
        s.out.removeAll(keepingCapacity: true)
        if let windows {
            var resume = 0
            for (a, b) in windows where b > resume { resume = try candidatePass(&s, sc, from: max(a, resume), to: b) }
        } else {
            _ = try candidatePass(&s, sc, from: 0, to: t.count)
        }
        try customAndDeny(&s)
        // Names and addresses: token level, over the same normalized view, in segments of about
        // 64 KB cut at paragraph or sentence ends, so the token buffer stays small for huge inputs.
        // In windows: the lines around each window.
        if onNER.person || onNER.address {
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
        var i = from
        // As the whole-text loop would be here: inside a word unless after a separator.
        var prevWord = i > 0 && table[Int(t[i - 1])] & ByteClass.word != 0
        while i < n {
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
                    if ByteClass.isDigit(s.at(i + 2)) || Engine.interestingStart(b, s.at(i + 1)) { end = try wordStart(&s, sc, i) }
                } else if b == 0xC3, on.email, s.at(i + 1) == 0xA4, s.at(i + 2) == UInt8(ascii: "t"), !ByteClass.isAlnum(s.at(i + 3)) {
                    end = try email.obfuscatedAt(&s, i)  // German "ät"
                }
            } else {
                switch b {
                case UInt8(ascii: "@"):
                    if on.email { end = try email.atSign(&s, i) }
                case UInt8(ascii: "#"):
                    if on.order, ByteClass.isDigit(s.at(i + 1)) || s.at(i + 1) == 0x20 && ByteClass.isDigit(s.at(i + 2)) {
                        end = try order.hash(&s, i)
                    }
                case UInt8(ascii: "+"):
                    if !prevWord, ByteClass.isDigit(s.at(i + 1)) || (s.at(i + 1) == 0x20 || s.at(i + 1) == UInt8(ascii: "(")) && ByteClass.isDigit(s.at(i + 2)) {
                        end = try numeric(&s, sc, i)
                    }
                case UInt8(ascii: "("):
                    if ByteClass.isDigit(s.at(i + 1)) || s.at(i + 1) == UInt8(ascii: "+") {
                        end = try numeric(&s, sc, i)
                    } else if on.email {
                        end = try bracketAt(&s, i)
                    }
                case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "<"):
                    if on.email { end = try bracketAt(&s, i) }
                case UInt8(ascii: ":"):
                    if on.ip, ByteClass.isHex(s.at(i - 1)) || s.at(i - 1) == UInt8(ascii: ":") || ByteClass.isHex(s.at(i + 1)) || s.at(i + 1) == UInt8(ascii: ":") {
                        end = ip.ipv6(&s, i)
                    }
                    if end == nil, on.secret { end = secret.assignment(&s, i) }
                case UInt8(ascii: "="):
                    if on.secret { end = secret.assignment(&s, i) }
                case UInt8(ascii: "-"):
                    if on.secret, s.at(i + 1) == UInt8(ascii: "-") { end = try secret.pemBlock(&s, i) }
                case UInt8(ascii: "_"):
                    i += 1
                    continue  // part of an identifier: does not end a word
                default:
                    break
                }
                prevWord = false
            }
            if let e = end, e > i {
                i = e
                // After a finding the next character starts a word, as it will after "[PHONE]" once
                // redacted: "0612345678GB61…" holds an IBAN on the first pass too (fuzzing).
                prevWord = s.out.count == found && table[Int(t[e - 1])] & ByteClass.word != 0
            } else {
                i += 1
            }
        }
        return i
    }

    /// A digit (or `+`/`(` before one) at a word start: IP, card, phone and order numbers share one parse.
    func numeric(_ s: inout ScanState, _ sc: Scratch, _ i: Int) throws -> Int? {
        if on.tracking, s.t[i] == UInt8(ascii: "1"), let e = try tracking.recognize(&s, i) { return e }
        sc.run.parse(s.t, at: i)
        guard sc.run.digitCount > 0 else { return nil }
        var best: Candidate? = nil
        func consider(_ c: Candidate?) {
            guard let c else { return }
            if let b = best, b.score > c.score || b.score == c.score && b.end - b.start >= c.end - c.start { return }
            best = c
        }
        if on.ip, ByteClass.isDigit(s.t[i]) { consider(try ip.ipv4(&s, i)) }
        if best == nil || best!.score < 0.9 {
            if on.card { consider(try card.recognize(&s, sc.run)) }
            if on.phone { consider(try phone.recognize(&s, sc.run)) }
            if on.order, ByteClass.isDigit(s.t[i]) { consider(try order.recognize(&s, sc.run)) }
            if on.ssn, sc.run.digitCount == 9 { consider(ssn.recognize(&s, sc.run)) }
        }
        if let b = best {
            s.out.append(b)
            return b.end
        }
        return sc.run.end
    }

    /// A letter at a word start: IBAN, prefixed secrets, obfuscated e-mail (`at`, `arobase`), parcels.
    /// The first two letters decide whether a word is worth a look: secrets' prefixes (`AKIA`, `AIza`,
    /// `sk_`, `sk-`, `shp`, `rk_`, `whsec_`, `xox`, `eyJ`, `gh?_`, `github_pat_`, `glpat-`, `SG.`, `npm_`,
    /// `hf_`, `bearer`) and the `at`/`arobase` of obfuscated e-mail. Testing one letter sent ~40 % of all
    /// words ("and", "size", "was") into the recognizers; two letters send about 2 %.
    @inline(__always) static func interestingStart(_ b0: UInt8, _ b1: UInt8) -> Bool {
        let l1 = b1 | 0x20
        switch b0 {
        case UInt8(ascii: "A"): return ByteClass.isUpper(b1) || l1 == UInt8(ascii: "t") || l1 == UInt8(ascii: "r")
        case UInt8(ascii: "a"): return l1 == UInt8(ascii: "t") || l1 == UInt8(ascii: "r")
        case UInt8(ascii: "B"), UInt8(ascii: "b"): return l1 == UInt8(ascii: "e")
        case UInt8(ascii: "S"): return l1 == UInt8(ascii: "g")
        case UInt8(ascii: "g"): return b1 == UInt8(ascii: "h") || l1 == UInt8(ascii: "i") || l1 == UInt8(ascii: "l")
        case UInt8(ascii: "s"): return b1 == UInt8(ascii: "k") || l1 == UInt8(ascii: "h")
        case UInt8(ascii: "r"): return b1 == UInt8(ascii: "k")
        case UInt8(ascii: "w"): return l1 == UInt8(ascii: "h")
        case UInt8(ascii: "x"): return b1 == UInt8(ascii: "o")
        case UInt8(ascii: "e"): return b1 == UInt8(ascii: "y")
        case UInt8(ascii: "n"): return l1 == UInt8(ascii: "p")
        case UInt8(ascii: "h"): return l1 == UInt8(ascii: "f")
        default: return false
        }
    }

    /// Called only for words that pass `interestingStart` or have a digit third (an IBAN shape).
    func wordStart(_ s: inout ScanState, _ sc: Scratch, _ i: Int) throws -> Int? {
        let c1 = s.at(i + 1)
        if on.iban, ByteClass.isAlpha(c1), ByteClass.isDigit(s.at(i + 2)), ByteClass.isDigit(s.at(i + 3)) {
            if let e = try iban.recognize(&s, i, buffer: &sc.ibanBuf) { return e }
            if on.tracking, let e = try tracking.recognize(&s, i) { return e }
        }
        if on.secret, let e = try secret.prefixed(&s, i) { return e }
        if on.email {
            let b = s.t[i] | 0x20
            if b == UInt8(ascii: "a"), i > 0, ByteClass.isSpace(s.t[i - 1]) {
                if s.hasWord("arobase", at: i)
                    || (c1 | 0x20) == UInt8(ascii: "t") && !ByteClass.isAlnum(s.at(i + 2)) && EmailRecognizer.plainAtMayMatch(s.t, after: i + 2) {
                    return try email.obfuscatedAt(&s, i - 1)
                }
            }
        }
        return nil
    }

    /// An opening bracket: `[at]`, `(at)`, `{at}`, `<at>`, `(@)` after a local part.
    func bracketAt(_ s: inout ScanState, _ i: Int) throws -> Int? {
        var j = i + 1
        while j < s.t.count && s.t[j] == 0x20 { j += 1 }
        guard s.hasWord("at", at: j) || s.hasWord("arobase", at: j) || s.at(j) == UInt8(ascii: "@") || s.hasWord("ät", at: j) else { return nil }
        return try email.obfuscatedAt(&s, i)
    }

    func customAndDeny(_ s: inout ScanState) throws {
        for (p, type, score) in custom {
            var from = 0
            while from <= s.t.count, let (a, b) = try p.match(s.t, from: from, s.ms) {
                if b > a { s.out.append(Candidate(start: a, end: b, type: type, score: score)) }
                from = b > a ? b : b + 1
                while from < s.t.count && s.t[from] & 0xC0 == 0x80 { from += 1 }
            }
        }
        deny?.scan(s.t, into: &s.out)
    }
}
