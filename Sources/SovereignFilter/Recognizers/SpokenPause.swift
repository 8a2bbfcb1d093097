/// The pauses a transcript writes between the groups of a number read aloud: a comma, an ellipsis or a
/// dash, perhaps with a hesitation word framed by a second one — "4111, 1111, …", "DE93 ... 9762 …",
/// "0176 … 28", "5019, uh, 2876", "3530, äh, 5278", "5019, euh, 2876". Speech-to-text and people typing
/// up a call write the speaker's pauses so. A pause alone says nothing about what the digits are: the
/// recognizers that read through pauses keep their own guard (Luhn for cards, mod 97 for IBANs, a phone
/// or order word in the question the line answers).
enum SpokenPause {
    /// Hesitation words of en/de/fr speech, as transcripts spell them.
    static let fillers = WordList(["uh", "uhm", "um", "umm", "er", "erm", "hm", "hmm", "äh", "ähm", "öh", "öhm", "eh", "euh", "heu", "bah", "ben"])

    /// One pause mark at `k` (after spaces): `,`, `..`/`...`/`…`, `-`, `–`, `—`. Returns the byte after it.
    @inline(__always) static func mark(_ t: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int? {
        guard k < t.count else { return nil }
        switch t[k] {
        case UInt8(ascii: ","), UInt8(ascii: "-"): return k + 1
        case UInt8(ascii: "."):
            // Two or three dots: one dot is a decimal point, a date's or a sentence's end.
            var e = k
            while e < t.count && e - k < 3 && t[e] == UInt8(ascii: ".") { e += 1 }
            return e - k >= 2 ? e : nil
        case 0xE2:
            // U+2026 HORIZONTAL ELLIPSIS, U+2013 EN DASH, U+2014 EM DASH.
            guard k + 2 < t.count, t[k + 1] == 0x80, t[k + 2] == 0xA6 || t[k + 2] == 0x93 || t[k + 2] == 0x94 else { return nil }
            return k + 3
        default: return nil
        }
    }

    /// `j` is the byte after a group; returns where the next group starts (a letter or a digit) when a
    /// pause stands between, else nil. A comma must have a space after it: "1,5" and "12,30" are
    /// decimals, "DE12,3456" a CSV cell.
    static func skip(_ t: UnsafeBufferPointer<UInt8>, _ j: Int) -> Int? {
        var k = j
        @inline(__always) func spaces(_ max: Int) -> Int { var n = 0; while k < t.count && t[k] == 0x20 && n < max { k += 1; n += 1 }; return n }
        _ = spaces(2)
        let m0 = k
        guard let m = mark(t, k) else { return nil }
        k = m
        var after = spaces(2)
        if t[m0] == UInt8(ascii: ",") && after == 0 { return nil }
        // "…, uh, 2876": a hesitation word and its own mark. (Another word is the next group's start: "IE95 ... AIBK".)
        if k < t.count && (ByteClass.isAlpha(t[k]) || t[k] >= 0x80) {
            let w0 = k
            while k < t.count && k - w0 < 6 && (ByteClass.isAlpha(t[k]) || t[k] >= 0x80) { k += 1 }
            guard fillers.equalsAny(UnsafeBufferPointer(rebasing: t[w0..<k])) else { return ByteClass.isAlpha(t[w0]) ? w0 : nil }
            _ = spaces(1)
            let m1 = k
            guard let m2 = mark(t, k) else { return nil }
            k = m2
            after = spaces(2)
            if t[m1] == UInt8(ascii: ",") && after == 0 { return nil }
        }
        guard k < t.count, ByteClass.isAlnum(t[k]) else { return nil }
        return k
    }

    /// Cheap test at the byte after a group: can a pause start here?
    @inline(__always) static func mayStart(_ t: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        guard j < t.count else { return false }
        let c = t[j]
        if c == UInt8(ascii: ",") || c == 0xE2 { return true }
        if c == 0x20, j + 1 < t.count {
            let d = t[j + 1]
            return d == UInt8(ascii: ".") || d == UInt8(ascii: "-") || d == 0xE2 || d == UInt8(ascii: ",")
        }
        return c == UInt8(ascii: ".") && j + 1 < t.count && t[j + 1] == UInt8(ascii: ".")
    }
}
