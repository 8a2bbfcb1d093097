/// US_SSN: US Social Security numbers, `NNN-NN-NNNN` (also spaced or dotted), or nine plain digits after a context word.
/// Without a context word only numbers the SSA could have issued count: area not 000, 666 or 9xx, group
/// not 00, serial not 0000, and never near a word that says the number is a product or parcel code.
/// Next to "SSN", "social security" and the like any `NNN-NN-NNNN` counts: test data deliberately uses
/// the never-issued 9xx areas, and a customer's typo is still the customer's number.
final class SSNRecognizer: NumberRecognizer {
    static let entityTypes: [EntityType] = [.usSSN]
    static let digitCounts = 9...9
    static let context = ContextWords([
        "ssn", "social security", "soc. sec", "soc sec", "ss#", "ss #", "ss no", "tax id", "taxpayer", "itin", "tin:",
        "sozialversicherung", "numéro de sécurité sociale", "sécurité sociale",
    ])

    /// Nine digits only.
    func recognize(_ s: inout ScanState, _ run: NumberRun, at i: Int) -> Candidate? {
        guard !run.plus, !run.trunkZero, run.digitCount == 9 else { return nil }
        let g = run.groupLen
        let shaped = g.count == 3 && g[0] == 3 && g[1] == 2 && g[2] == 4 && (run.seps == NumberRun.dash || run.seps == NumberRun.space || run.seps == NumberRun.dot)
        let plain = g.count == 1
        guard shaped || plain else { return nil }
        let a = run.start, b = run.end
        // Part of a longer token ("123-45-6789-A", "x123-45-6789"): something else.
        if b < s.t.count, ByteClass.isAlnum(s.t[b]) || s.t[b] == UInt8(ascii: "-") && ByteClass.isAlnum(s.at(b + 1)) { return nil }
        if a > 0, ByteClass.isAlnum(s.t[a - 1]) || s.t[a - 1] == UInt8(ascii: "-") || s.t[a - 1] == UInt8(ascii: "/") { return nil }
        if s.near(SSNRecognizer.context, a, b, before: 48) {
            return Candidate(start: a, end: b, type: .usSSN, score: shaped ? 0.95 : 0.85)
        }
        guard shaped, !s.near(Context.notPII, a, b, before: 32) else { return nil }
        let d = run.digits
        let area = Int(d[0]) * 100 + Int(d[1]) * 10 + Int(d[2])
        let group = Int(d[3]) * 10 + Int(d[4])
        let serial = Int(d[5]) * 1000 + Int(d[6]) * 100 + Int(d[7]) * 10 + Int(d[8])
        guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { return nil }
        return Candidate(start: a, end: b, type: .usSSN, score: 0.8)
    }
}
