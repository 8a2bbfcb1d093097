/// ASCII byte classes for the hot loops. Non-ASCII bytes have no class: a digit right after one
/// ("n°48213", "№ 12") still starts a candidate.
enum ByteClass {
    static let digit: UInt8 = 1
    static let alpha: UInt8 = 2
    static let word: UInt8 = 4      // digit, letter, non-ASCII
    static let trigger: UInt8 = 8   // a byte that can start or mark a candidate

    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for b in 0x30...0x39 { t[b] = digit | word }
        for b in 0x41...0x5A { t[b] = alpha | word }
        for b in 0x61...0x7A { t[b] = alpha | word }
        for c in "@#+([{<:=-_" { t[Int(c.asciiValue!)] |= trigger }
        return t
    }()

    /// The table as a raw pointer (allocated once, never freed) for loops that index it per byte:
    /// an array subscript there pays a bounds check per byte.
    nonisolated(unsafe) static let tablePointer: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        p.initialize(from: table, count: 256)
        return UnsafePointer(p)
    }()

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isAlpha(b) }
    @inline(__always) static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    @inline(__always) static func upper(_ b: UInt8) -> UInt8 { (b &- 0x61) < 26 ? b & ~0x20 : b }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}

/// One candidate span in the normalized view, before overlap resolution and mapping back.
struct Candidate {
    var start: Int
    var end: Int
    var type: EntityType
    var score: Double
}

/// What a recognizer sees: the normalized text, the thread's match scratch, and where to put findings.
extension ByteClass {
    /// Case-insensitive ASCII comparison of `word` (lower case) at `i` of `t`.
    @inline(__always) static func hasWord(_ t: UnsafeBufferPointer<UInt8>, _ word: StaticString, at i: Int) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i >= 0, i + n <= t.count else { return false }
        return word.withUTF8Buffer { w in
            for k in 0..<n where ByteClass.lower(t[i + k]) != w[k] { return false }
            return true
        }
    }
}

struct ScanState {
    let t: UnsafeBufferPointer<UInt8>
    let ms: MatchScratch
    var out: [Candidate]

    @inline(__always) func at(_ i: Int) -> UInt8 { i >= 0 && i < t.count ? t[i] : 0 }

    /// Case-insensitive ASCII comparison of `word` (lower case) at `i`.
    @inline(__always) func hasWord(_ word: StaticString, at i: Int) -> Bool { ByteClass.hasWord(t, word, at: i) }

    /// Does any context word occur in the `before` bytes preceding `start` or the `after` bytes following `end`?
    /// True when a context word occurs in the `before` bytes ahead of `start` (or the `after` bytes behind
    /// `end`). Earlier findings and our own tokens (`[ORDER_NUMBER]`, `<EMAIL_1>`) inside the window are
    /// skipped at no cost: a finding is as long as its token only by chance, so a window measured across
    /// it would reach other words once it is redacted ("ean~… #050 use 4087-2057-…" and
    /// "ean~… [ORDER_NUMBER] use 4087-…" must judge the card alike; found by fuzzing), while a context
    /// word before an earlier finding still counts ("card ending in 3055-…-3983? No, use 0604 …").
    func near(_ words: ContextWords, _ start: Int, _ end: Int, before: Int = 48, after: Int = 0) -> Bool {
        if after > 0 && words.occurs(in: t, from: end, to: end + after) { return true }
        var budget = before
        var hi = start
        var ci = out.count - 1
        while budget > 0 && hi > 0 {
            while ci >= 0 && out[ci].end > hi { ci -= 1 }
            let lo = max(0, hi - budget)
            var barrier: (Int, Int)? = ci >= 0 && out[ci].end > lo ? (out[ci].start, out[ci].end) : nil
            if let tok = lastToken(from: max(lo, barrier?.1 ?? lo), to: hi) { barrier = tok }
            guard let (bs, be) = barrier else { return words.occurs(in: t, from: lo, to: hi) }
            if words.occurs(in: t, from: be, to: hi) { return true }
            budget -= hi - be
            hi = bs
            if ci >= 0 && out[ci].start == bs { ci -= 1 }
        }
        return false
    }

    /// The last of our tokens (`[TYPE]`, `<TYPE_N>`, or anything shaped like them: `ReplacementToken.Reading.anyShape`)
    /// whose closing bracket lies in `from..<to`, as (start, end); it may start before `from`.
    @inline(__always) func lastToken(from: Int, to: Int) -> (Int, Int)? { ReplacementToken.last(in: t, closingIn: from, to, .anyShape) }
}
