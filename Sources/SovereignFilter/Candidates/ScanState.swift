/// The contract between the candidate pass and the recognizers: a candidate span, and the state a
/// recognizer reads (the normalized text, the thread's match scratch) and appends candidates to.
/// One candidate span in the normalized view, before overlap resolution and mapping back.
struct Candidate {
    var start: Int
    var end: Int
    var type: EntityType
    var score: Double
}

/// What a recognizer sees: the normalized text, the thread's match scratch, and where to put findings.
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
