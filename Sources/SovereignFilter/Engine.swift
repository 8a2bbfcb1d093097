import Crypto
import CSovereignICU

/// The result of `redact`: the text to send on, the findings (original offsets), and whether an
/// operator asked to block the whole call (then `text` is empty: nothing may be sent).
public struct RedactionResult: Sendable {
    public var text: [UInt8]
    public var findings: [Finding]
    public var blocked: Bool
}

/// Per-thread, reusable state for scanning: the normalized view and its offset map, PCRE2 match
/// data, candidate buffers. Create one per thread (or per call); never share one between threads.
public final class Scratch {
    var norm = NormalizedText()
    var json = NormalizedText()   // the text with JSON string escapes decoded (policy json_escapes)
    let ms: MatchScratch
    var cands: [Candidate] = []
    var run = NumberRun()
    var ibanBuf: [UInt8] = []
    var findings: [Finding] = []
    var tokens: [Token] = []
    var nerOut: [Candidate] = []
    var settled: [Finding] = []   // the findings being settled (see Engine.settle)
    var settleText: [UInt8] = []  // the text with those findings replaced by tokens
    var settleMap: [Int] = []     // per finding: where its token starts in settleText
    var settleCenters: [Int] = [] // findings whose surroundings the next rescan looks at
    var settleWindows: [(Int, Int)] = []

    public init(limits: MatchLimits = MatchLimits()) throws {
        ms = try MatchScratch(limits: limits)
        cands.reserveCapacity(64)
        findings.reserveCapacity(64)
        ibanBuf.reserveCapacity(40)
    }
}

/// The detection engine for one policy: compiled patterns, tables, the deny-list automaton.
/// Immutable after `init`, so one engine serves any number of threads at once (each with its own
/// `Scratch`). Building one costs milliseconds; build it once per policy, not per request.
/// It holds no writable state and writes no files: the kill switch, the inference log and the anomaly
/// detector belong to the `Runtime` around it.
public final class Engine: Sendable {
    public let policy: Policy
    let email: EmailRecognizer
    let card: CreditCardRecognizer
    let phone: PhoneRecognizer
    let order: OrderNumberRecognizer
    let ip: IPAddressRecognizer
    let iban: IBANRecognizer
    let secret: SecretRecognizer
    let tracking: TrackingNumberRecognizer
    let ssn = SSNRecognizer()
    let custom: [(Pattern, EntityType, Double)]
    let deny: DenyList?
    /// Canonical values never flagged, by type name ("" = any type).
    let allow: Set<String>
    let hashKey: SymmetricKey
    let sessionKey: SymmetricKey
    let pool: ScratchPool
    let promptGuard: PromptGuard
    let person = PersonRecognizer()
    let address = AddressRecognizer()
    let gazetteer: Gazetteer
    let on: (email: Bool, card: Bool, phone: Bool, order: Bool, ip: Bool, iban: Bool, secret: Bool, tracking: Bool, ssn: Bool)
    let onNER: (person: Bool, address: Bool)

    public init(policy: Policy = .default) throws {
        guard sovereign_icu_init() == 0 else { throw SFError(.internal, "ICU normalization data could not be loaded") }
        self.policy = policy
        email = try EmailRecognizer()
        card = try CreditCardRecognizer()
        phone = try PhoneRecognizer()
        order = try OrderNumberRecognizer()
        ip = try IPAddressRecognizer()
        iban = try IBANRecognizer()
        secret = try SecretRecognizer()
        tracking = try TrackingNumberRecognizer()
        onNER = (policy.isEnabled(.person), policy.isEnabled(.address))
        promptGuard = try PromptGuard(extra: policy.promptRules, threshold: policy.promptThreshold, limits: policy.limits)
        gazetteer = Gazetteer.shared
        on = (policy.isEnabled(.email), policy.isEnabled(.creditCard), policy.isEnabled(.phone), policy.isEnabled(.orderNumber),
              policy.isEnabled(.ipAddress), policy.isEnabled(.iban), policy.isEnabled(.secret), policy.isEnabled(.trackingNumber),
              policy.isEnabled(.usSSN))
        custom = try policy.patterns.enumerated().map { k, p in
            do {
                return (try Pattern(name: p.name, p.regex, anchored: false, limits: policy.limits), EntityType(p.name), p.score)
            } catch let e as SFError {
                throw SFError.policy("patterns[\(k)] (\(p.name))", e.message)
            }
        }
        // Terms and allow-list values go through the same normalization as the text they are compared with.
        var scratch = NormalizedText()
        func normalized(_ s: String) throws -> [UInt8] {
            let b = Array(s.utf8)
            var ascii = false
            _ = b.withUnsafeBufferPointer { UTF8Check.firstInvalid($0, allASCII: &ascii) }
            try b.withUnsafeBufferPointer { try Normalizer.normalize($0, allASCII: ascii, into: &scratch) }
            return scratch.identity ? b : scratch.bytes
        }
        deny = policy.deny.isEmpty || !policy.isEnabled(.confidential)
            ? nil : try DenyList(terms: policy.deny.map { String(decoding: try normalized($0), as: UTF8.self) })
        var allowSet = Set<String>()
        for a in policy.allow {
            let n = try normalized(a)
            allowSet.insert(String(decoding: DenyList.fold(n), as: UTF8.self))
        }
        allow = allowSet
        hashKey = policy.hashKey.map { SymmetricKey(data: $0) } ?? SymmetricKey(size: .bits256)
        sessionKey = Sealing.key(policy)
        pool = ScratchPool(limits: policy.limits)
    }

    /// Parses a JSON policy (`nil` or empty: the default policy).
    public convenience init(policyJSON: [UInt8]?) throws {
        if let j = policyJSON, !j.isEmpty { try self.init(policy: Policy(json: j)) } else { try self.init(policy: .default) }
    }

    public func makeScratch() throws -> Scratch { try Scratch(limits: policy.limits) }

    // MARK: scanning

    /// Findings in `text` (UTF-8), original byte offsets, sorted, non-overlapping.
    public func scan(_ text: UnsafeBufferPointer<UInt8>, scratch: Scratch) throws -> [Finding] {
        try detect(text, scratch)
        return scratch.findings
    }

    /// Scans with a scratch borrowed from the engine's pool (no per-call setup).
    public func scan(_ text: UnsafeBufferPointer<UInt8>) throws -> [Finding] {
        try pool.with { try scan(text, scratch: $0) }
    }

    public func scan(_ text: [UInt8]) throws -> [Finding] {
        try text.withUnsafeBufferPointer { try scan($0) }
    }

    public func scan(_ text: String) throws -> [Finding] { try scan(Array(text.utf8)) }

    /// Validates, normalizes, finds candidates, scores and resolves them into `scratch.findings`, then
    /// settles them (see `settle`), so that redacting the result again finds nothing new.
    func detect(_ text: UnsafeBufferPointer<UInt8>, _ sc: Scratch) throws {
        sc.findings.removeAll(keepingCapacity: true)
        sc.cands.removeAll(keepingCapacity: true)
        guard text.count <= policy.maxInputBytes else {
            throw SFError(.tooLarge, "input of \(text.count) bytes exceeds max_input_bytes \(policy.maxInputBytes)")
        }
        if policy.jsonEscapes && JSONEscapes.mayContainEscapes(text) {
            // Validate the caller's bytes (errors name their offsets), then detect on the decoded view.
            var ascii = false
            if let bad = UTF8Check.firstInvalid(text, allASCII: &ascii) { throw SFError.invalidUTF8(at: bad) }
            JSONEscapes.decode(text, into: &sc.json)
            if !sc.json.identity {
                try sc.json.bytes.withUnsafeBufferPointer { v in
                    try detectOnce(v, sc)
                    if !sc.findings.isEmpty { try settle(v, sc) }
                }
                mapBackFromEscapes(sc)
                return
            }
        }
        try detectOnce(text, sc)
        if !sc.findings.isEmpty { try settle(text, sc) }
    }

    /// Maps `sc.findings` from the decoded view to the original bytes. Each escape is one unit, so a
    /// finding grows to whole escapes; two findings that meet inside one escape are joined.
    private func mapBackFromEscapes(_ sc: Scratch) {
        var w = 0
        for k in 0..<sc.findings.count {
            var f = sc.findings[k]
            (f.start, f.end) = sc.json.original(f.start, f.end)
            if w > 0 && f.start < sc.findings[w - 1].end {
                let last = sc.findings[w - 1]
                f.start = last.start
                f.end = max(f.end, last.end)
                if last.score >= f.score { f.type = last.type; f.score = last.score }
                w -= 1
            }
            sc.findings[w] = f
            w += 1
        }
        sc.findings.removeLast(sc.findings.count - w)
    }

    /// One detection pass, no size check (the settling passes run on text longer than the input).
    /// With `windows` (byte ranges of `text`, sorted, disjoint), candidates are looked for only where
    /// they start inside one (see `settle`); the patterns still see the whole text.
    func detectOnce(_ text: UnsafeBufferPointer<UInt8>, _ sc: Scratch, windows: [(Int, Int)]? = nil) throws {
        sc.findings.removeAll(keepingCapacity: true)
        sc.cands.removeAll(keepingCapacity: true)
        var ascii = false
        if let bad = UTF8Check.firstInvalid(text, allASCII: &ascii) { throw SFError.invalidUTF8(at: bad) }
        try Normalizer.normalize(text, allASCII: ascii, into: &sc.norm)
        if sc.norm.identity {
            try candidates(text, sc, windows: windows)
            resolve(text, sc)
        } else {
            // Windows are offsets of the original; normalization moved them: look everywhere.
            try sc.norm.bytes.withUnsafeBufferPointer { v in
                try candidates(v, sc, windows: nil)
                resolve(v, sc)
            }
        }
    }

    /// The one pass over the normalized bytes: cheap byte classes find candidate positions, and the
    /// recognizers (anchored patterns, validators, context) run only there.
    private func candidates(_ t: UnsafeBufferPointer<UInt8>, _ sc: Scratch, windows: [(Int, Int)]?) throws {
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

    private func ner(_ t: UnsafeBufferPointer<UInt8>, _ sc: Scratch, _ s: inout ScanState, from: Int, to: Int) {
        let seg = UnsafeBufferPointer(rebasing: t[from..<to])
        Tokenizer.tokenize(seg, into: &sc.tokens)
        sc.nerOut.removeAll(keepingCapacity: true)
        if onNER.address { address.run(seg, sc.tokens, gazetteer, into: &sc.nerOut) }
        if onNER.person { person.run(seg, sc.tokens, gazetteer, into: &sc.nerOut) }
        for var c in sc.nerOut {
            c.start += from
            c.end += from
            s.out.append(c)
        }
    }

    /// `a..<b` widened to whole lines (at most 512 bytes each way), on character boundaries.
    static func lines(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> (Int, Int) {
        var la = a
        while la > 0 && a - la < 512 && t[la - 1] != 0x0A { la -= 1 }
        while la > 0 && t[la] & 0xC0 == 0x80 { la -= 1 }
        var lb = b
        while lb < t.count && lb - b < 512 && t[lb] != 0x0A { lb += 1 }
        while lb < t.count && t[lb] & 0xC0 == 0x80 { lb += 1 }
        return (la, lb)
    }

    /// The candidate loop over start positions `from..<to` (a candidate may run past `to`). Returns
    /// where it stopped.
    private func candidatePass(_ s: inout ScanState, _ sc: Scratch, from: Int, to n: Int) throws -> Int {
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

    static let segmentSize = 64 << 10

    /// End of the NER segment starting at `from`: a blank line, else a sentence end, else a space
    /// after `segmentSize` bytes (hard cut after twice that).
    static func segmentEnd(_ t: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        let n = t.count
        if n - from <= 2 * segmentSize { return n }
        let lo = from + segmentSize, hi = min(n, from + 2 * segmentSize)
        var space = -1, sentence = -1
        var k = lo
        while k < hi - 1 {
            let c = t[k], d = t[k + 1]
            if c == 0x0A && d == 0x0A { return k + 2 }
            if sentence < 0 && (c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!")) && d == 0x20 { sentence = k + 2 }
            if space < 0 && c == 0x20 { space = k + 1 }
            k += 1
        }
        if sentence > 0 { return sentence }
        if space > 0 { return space }
        // No space at all: cut on a character boundary.
        var cut = hi
        while cut > lo && t[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    /// A digit (or `+`/`(` before one) at a word start: IP, card, phone and order numbers share one parse.
    private func numeric(_ s: inout ScanState, _ sc: Scratch, _ i: Int) throws -> Int? {
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
    private func wordStart(_ s: inout ScanState, _ sc: Scratch, _ i: Int) throws -> Int? {
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
    private func bracketAt(_ s: inout ScanState, _ i: Int) throws -> Int? {
        var j = i + 1
        while j < s.t.count && s.t[j] == 0x20 { j += 1 }
        guard s.hasWord("at", at: j) || s.hasWord("arobase", at: j) || s.at(j) == UInt8(ascii: "@") || s.hasWord("ät", at: j) else { return nil }
        return try email.obfuscatedAt(&s, i)
    }

    private func customAndDeny(_ s: inout ScanState) throws {
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

    /// Policy filter (enabled, min score, allow-list), overlap resolution, mapping to original offsets.
    private func resolve(_ t: UnsafeBufferPointer<UInt8>, _ sc: Scratch) {
        var kept: [Candidate] = []
        swap(&kept, &sc.cands)
        defer { swap(&kept, &sc.cands) }
        let minScore = policy.minScore
        kept.removeAll { c in c.score < minScore || !policy.isEnabled(c.type) }
        if kept.isEmpty { return }
        if !allow.isEmpty {
            kept.removeAll { c in isAllowed(c, t) }
        }
        kept.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var out: [Candidate] = []
        for c in kept {
            if let last = out.last, c.start < last.end {
                // Overlap: the higher score wins, then the longer span.
                let better = c.score > last.score || c.score == last.score && c.end - c.start > last.end - last.start
                if better { out[out.count - 1] = c }
                continue
            }
            out.append(c)
        }
        if kept.count > out.count { addUncoveredParts(of: kept, to: &out, t) }
        for c in out {
            let (a, b) = sc.norm.original(c.start, c.end)
            sc.findings.append(Finding(start: a, end: b, type: c.type, score: c.score))
        }
    }

    /// A loser of an overlap may stick out of the winner (`+3325926547ethomas@shop.fr`: the phone wins on
    /// score, the e-mail runs on). The part no winner covers is still that loser's data: it is kept as a
    /// finding of the loser's type, so nothing detected is passed through and redacting twice changes
    /// nothing. Pieces without a letter or digit (a trailing space or dot) are dropped.
    private func addUncoveredParts(of kept: [Candidate], to out: inout [Candidate], _ t: UnsafeBufferPointer<UInt8>) {
        var pieces: [Candidate] = []
        var w = 0
        for c in kept {
            while w < out.count && out[w].end <= c.start { w += 1 }
            var a = c.start, k = w
            while a < c.end {
                if k < out.count && out[k].start < c.end {
                    if out[k].start > a { pieces.append(Candidate(start: a, end: out[k].start, type: c.type, score: c.score)) }
                    a = max(a, out[k].end)
                    k += 1
                } else {
                    pieces.append(Candidate(start: a, end: c.end, type: c.type, score: c.score))
                    a = c.end
                }
            }
        }
        pieces.removeAll { p in !(p.start..<p.end).contains { t[$0] >= 0x80 || ByteClass.isAlnum(t[$0]) } }
        if pieces.isEmpty { return }
        pieces.sort { $0.start < $1.start }
        var merged: [Candidate] = []
        for p in pieces {
            if let last = merged.last, p.start < last.end {
                merged[merged.count - 1].end = max(last.end, p.end)
            } else {
                merged.append(p)
            }
        }
        out.append(contentsOf: merged)
        out.sort { $0.start < $1.start }
    }

    private func isAllowed(_ c: Candidate, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        allow.contains(String(decoding: DenyList.fold(Array(t[c.start..<c.end])), as: UTF8.self))
    }
}
