/// PHONE: E.164 and international forms (`+49 (0)30 1234567`, `0049…`), and national forms for the
/// US (`(555) 010-0199`, `555.010.0199`), the UK and Germany (`030 12345678`, `(06237) 44309`) and
/// France (`06 12 34 56 78`, `06.12.34.56.78`). The shape of the digit groups decides; dates,
/// versions, prices and barcodes have other shapes or lengths.
final class PhoneRecognizer: NumberRecognizer {
    static let entityTypes: [EntityType] = [.phone]
    static let digitCounts = 8...16  // 8–15 dialled digits, plus a "(0)" trunk digit
    static let context = ContextWords([
        "phone", "call", "tel", "mobile", "cell", "contact number", "number", "reach me", "whatsapp", "sms", "fax",
        "telefon", "handy", "ruf", "nummer", "mobil", "erreichbar",
        "téléphone", "tél", "portable", "appel", "rappel", "numéro", "joindre",
    ])
    let gate: Pattern

    init() throws {
        gate = try Pattern(name: "PHONE", #"\+?\s?\(?\d(?:[\d \-./()]){5,28}"#)
    }

    func recognize(_ s: inout ScanState, _ run: NumberRun, at i: Int) throws -> Candidate? {
        let d = run.digits
        let n = d.count - (run.trunkZero ? 1 : 0)
        guard n >= 8, n <= 15 else { return nil }
        guard try gate.match(s.t, from: run.start, s.ms) != nil else { return nil }
        let groups = run.groupLen
        // Dots only in the phone shapes 3.3.4 (US) and 2.2.2.2.2 (FR); anything else is a version or a date.
        if run.seps & NumberRun.dot != 0 {
            let us = groups == [3, 3, 4] || groups == [1, 3, 3, 4]
            let fr = groups.count == 5 && groups.allSatisfy { $0 == 2 }
            guard us || fr || run.plus && groups.count >= 3 && groups.allSatisfy({ $0 >= 1 && $0 <= 4 }) else { return nil }
        }
        if run.seps & NumberRun.slash != 0 && !(groups.count == 2 && d[0] == 0) { return nil }
        var score: Double
        if run.plus {
            score = 0.85
        } else if d[0] == 0 && d[1] == 0 {
            // 00 + country code; "000…" is a zero-padded order or customer number.
            guard d[2] != 0, n >= 10 else { return nil }
            score = 0.7
        } else if d[0] == 0 {
            guard n >= 9, n <= 12 else { return nil }
            score = groups.count > 1 ? 0.75 : 0.6
        } else if n == 10 {
            // North American numbering: area code and exchange start with 2–9.
            guard d[0] >= 2, d[3] >= 2 || groups.count > 1 else { return nil }
            let shaped = groups == [3, 3, 4] || groups == [10] || groups == [6, 4]
            guard shaped else { return nil }
            score = groups.count > 1 ? 0.75 : 0.55
        } else if n == 11 && d[0] == 1 {
            guard groups == [1, 3, 3, 4] || groups == [11] || groups == [1, 10] else { return nil }
            score = 0.7
        } else {
            return nil
        }
        let end = run.end
        // Glued to letters ("9734726765bf…", "a259-14772824214e"): part of a hash or an id, not a number
        // someone dials ("555-0199x12" is an extension).
        let t = s.t
        if end < t.count && ByteClass.isAlpha(t[end]) && !(t[end] == UInt8(ascii: "x") && ByteClass.isDigit(s.at(end + 1))) { return nil }
        if run.start > 0 && ByteClass.isAlpha(t[run.start - 1]) { return nil }
        if run.start > 1 && t[run.start - 1] == UInt8(ascii: "-") && ByteClass.isAlnum(t[run.start - 2]) && ByteClass.isAlpha(s.at(run.start - 2)) { return nil }
        let phoneWords = s.near(PhoneRecognizer.context, run.start, end, before: 40)
        if s.near(Context.notPII, run.start, end, before: 28) && !phoneWords { score = min(score, 0.3) }
        if phoneWords { score = min(1, score + 0.15) }
        return Candidate(start: run.start, end: end, type: .phone, score: score)
    }
}
