/// IBAN: country code, two check digits, the country's exact length (compact, in groups of four,
/// any case), and the ISO 7064 mod-97 check.
final class IBANRecognizer: PositionRecognizer {
    static let entityTypes: [EntityType] = [.iban]
    static let triggers: [Trigger] = [.wordStart]
    let gate: Pattern
    static let context = ContextWords(["iban", "konto", "compte", "account", "bank", "rib", "virement", "überweis", "sepa"])

    init() throws {
        gate = try Pattern(name: "IBAN", #"[A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]){11,30}"#)
    }

    /// At a word start with a letter and two digits after its first letter.
    func recognize(_ s: inout ScanState, _ sc: Scratch, at i: Int) throws -> Int? {
        guard ByteClass.isAlpha(s.at(i + 1)), ByteClass.isDigit(s.at(i + 2)), ByteClass.isDigit(s.at(i + 3)) else { return nil }
        return try recognize(&s, i, buffer: &sc.ibanBuf)
    }

    /// `i` is a letter at a word start with a letter and two digits after it (checked by the caller).
    func recognize(_ s: inout ScanState, _ i: Int, buffer: inout [UInt8]) throws -> Int? {
        let c0 = ByteClass.upper(s.t[i]), c1 = ByteClass.upper(s.t[i + 1])
        guard let length = IBANCheck.length(c0, c1) else { return nil }
        guard try gate.match(s.t, from: i, s.ms) != nil else { return nil }
        buffer.removeAll(keepingCapacity: true)
        var j = i
        var end = i
        while j < s.t.count && buffer.count < length {
            let c = s.t[j]
            if ByteClass.isAlnum(c) {
                buffer.append(ByteClass.upper(c)); j += 1; end = j
            } else if (c == 0x20 || c == UInt8(ascii: "-")) && j + 1 < s.t.count && ByteClass.isAlnum(s.t[j + 1]) {
                j += 1
            } else {
                break
            }
        }
        guard buffer.count == length, !ByteClass.isAlnum(s.at(end)) else { return nil }
        guard IBANCheck.isValid(buffer[...]) else { return nil }
        s.out.append(Candidate(start: i, end: end, type: .iban, score: 0.95))
        return end
    }
}
