/// The token-level recognizers (names, addresses) run over segments of the normalized view: about 64 KB
/// cut at paragraph or sentence ends, so the token buffer stays small; in settling windows, the lines
/// around each window.
extension Engine {
    func ner(_ t: UnsafeBufferPointer<UInt8>, _ sc: Scratch, _ s: inout ScanState, from: Int, to: Int) {
        let seg = UnsafeBufferPointer(rebasing: t[from..<to])
        let arena = sc.tokenArena(seg.count)
        let tokens = UnsafeBufferPointer(start: arena, count: Tokenizer.tokenize(seg, into: arena))
        sc.nerOut.clearKeepingCapacity()
        for r in recognizers.tokens { r.run(seg, tokens, gazetteer, into: &sc.nerOut) }
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
}
