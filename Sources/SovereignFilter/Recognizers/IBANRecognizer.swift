/// IBAN: a country of the SWIFT IBAN registry, two check digits and the country's BBAN — its exact
/// length, and letters or digits where the registry puts them — then the ISO 7064 mod-97 check, and
/// the national check digits where a country defines them (Belgium, France/Monaco, Spain). Written any
/// way: compact, in groups, lower case (mixed case compact or in groups of four), with dashes, double
/// spaces, a space after the country code, broken over a line, or read out in a call transcript with
/// pauses between the groups (`SpokenPause`).
final class IBANRecognizer: PositionRecognizer {
    static let entityTypes: [EntityType] = [.iban]
    static let triggers: [Trigger] = [.wordStart]
    static let context = ContextWords(["iban", "konto", "compte", "account", "bank", "rib", "virement", "virer", "überweis", "sepa", "bic",
                                       "refund", "rembours", "erstatt", "wire", "payout", "beneficiary", "bénéficiaire", "empfänger", "deposit"])

    init() throws {}

    /// At a word start with two letters, then a digit (perhaps after one space); the check digits may be
    /// split by a space too ("GL 8 134…", "PT5 0725…"): the parse below reads through separators.
    func recognize(_ s: inout ScanState, _ sc: Scratch, at i: Int) throws -> Int? {
        guard ByteClass.isAlpha(s.at(i + 1)) else { return nil }
        let d = s.at(i + 2) == 0x20 ? i + 3 : i + 2
        guard ByteClass.isDigit(s.at(d)), ByteClass.isDigit(s.at(d + 1)) || s.at(d + 1) == 0x20 && ByteClass.isDigit(s.at(d + 2)) else { return nil }
        return recognize(&s, i, buffer: &sc.ibanBuf)
    }

    /// Bytes that may stand between the characters of a written IBAN: up to two spaces or tabs, one
    /// dash or dot (with spaces around), or one line break. Returns where the next character is, or nil.
    @inline(__always) static func skipSeparator(_ t: UnsafeBufferPointer<UInt8>, _ j: Int) -> Int? {
        var k = j, spaces = 0, marks = 0, breaks = 0
        while k < t.count {
            switch t[k] {
            case 0x20, 0x09: spaces += 1
            case UInt8(ascii: "-"), UInt8(ascii: "."): marks += 1
            case 0x0A: breaks += 1
            case 0x0D: break
            default:
                guard k > j, spaces <= 2 || breaks == 1 && spaces <= 8, marks + breaks <= 1 else { return nil }
                return ByteClass.isAlnum(t[k]) ? k : nil
            }
            k += 1
            if k - j > 10 { return nil }
        }
        return nil
    }

    /// `i` is a letter at a word start, a letter after it, and two digits (checked by the caller).
    func recognize(_ s: inout ScanState, _ i: Int, buffer: inout [UInt8]) -> Int? {
        let c0 = ByteClass.upper(s.t[i]), c1 = ByteClass.upper(s.t[i + 1])
        guard let length = IBANCheck.length(c0, c1) else { return nil }
        buffer.removeAll(keepingCapacity: true)
        var j = i
        var end = i
        // The groups as written: their count, and whether one before the last is not four long.
        var groups = 0, groupLen = 0, irregular = false
        while j < s.t.count && buffer.count < length {
            let c = s.t[j]
            if ByteClass.isAlnum(c) {
                buffer.append(ByteClass.upper(c)); j += 1; end = j; groupLen += 1
            } else if buffer.count >= 2, let k = IBANRecognizer.skipSeparator(s.t, j) ?? SpokenPause.skip(s.t, j) {
                // (A transcript's pauses too: "DE93 ... 9762 ...", "FR76, 2406, …", "ES71, uh, 9518": mod 97 guards.)
                groups += 1
                if groupLen != 4 { irregular = true }
                groupLen = 0
                j = k
            } else {
                break
            }
        }
        guard buffer.count == length, !ByteClass.isAlnum(s.at(end)) else { return nil }
        // Mixed case ("QA78 DohB 7869 10r8", "cH45 1848 5178 O07g") is a typed or dictated IBAN as often as
        // upper case, and ISO 13616 validators read it case-blind; but over irregular groups it may be words
        // read into one ("… bANK …"). So mixed case counts written compact or in the print format's groups of four.
        var upper = 0, lower = 0
        for k in i..<end where ByteClass.isAlpha(s.t[k]) && k >= i + 2 { if ByteClass.isUpper(s.t[k]) { upper += 1 } else { lower += 1 } }
        if upper > 0 && lower > 0 && groups > 0 && irregular { return nil }
        guard IBANCheck.isValid(buffer[...]), IBANCheck.hasStructure(buffer[...]) else { return nil }
        var score = 0.95
        if !IBANCheck.nationalCheck(buffer[...]) {
            // Mod 97 holds, the registry's length and BBAN structure hold, but the bank's own check digits do
            // not: a typo, or a number a form or a person made up. To a leak firewall it is still an account
            // number written out (recall first: python-stdnum, a validator, rejects it; Tests/peers/README.md).
            // The national check only lowers the confidence, less where the text says money goes to it.
            score = s.near(IBANRecognizer.context, i, end, before: 48) ? 0.85 : 0.8
        }
        s.out.append(Candidate(start: i, end: end, type: .iban, score: score))
        return end
    }
}
