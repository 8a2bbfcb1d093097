import CSovereignSIMD

/// Numbers read aloud in a call and written down by a transcript: digit groups with the speaker's pauses
/// between them (`SpokenPause`: "5019, uh, 2876, uh, 3711, uh, 2450", "plus 43 ... 699 ... 81 ... 30",
/// "0711 - 791 - 63 - 95", "104, 128, 789, 566, 26"). Pauses are also how lists of numbers are written,
/// so each reading keeps its own guard and needs a dialogue: the line is a speaker's turn, and the
/// words of the turn or of the question before it say what is read out —
/// - CREDIT_CARD: 12–19 digits in groups of three or more (or fours and a short tail), a known issuer
///   range and Luhn, and a card word;
/// - PHONE: 8–15 digits (after a spoken "plus" and the country code, or with a trunk zero, or any plan),
///   and a word only phones have ("callback", "Rückrufnummer", "vous rappeler");
/// - ORDER_NUMBER: the answer to an agent's question for an order (`OrderNumberRecognizer.context`).
/// IBANs read so are the IBAN recognizer's (it reads through the same pauses, mod 97 guards).
final class SpokenNumberRecognizer: NumberRecognizer {
    static let entityTypes: [EntityType] = [.creditCard, .phone, .orderNumber]
    /// The first group of a number read in pieces: one to six digits ("plus 1 ... 416", "1051, 528578").
    static let digitCounts = 1...6
    /// Called only where a pause can follow the first group (`SpokenPause.mayStart`, checked by the pass).
    static let pauseAfter = true

    let cards: Bool, phones: Bool, orders: Bool

    init(policy: Policy) {
        cards = policy.isEnabled(.creditCard)
        phones = policy.isEnabled(.phone)
        orders = policy.isEnabled(.orderNumber)
    }

    func recognize(_ s: inout ScanState, _ run: NumberRun, at i: Int) throws -> Candidate? {
        let t = s.t
        // (The pass calls this only where a pause can follow the run: `pauseAfter`.)
        guard ByteClass.isDigit(t[i]) || run.plus else { return nil }
        var a = i
        if run.plus { a += 1; if a < t.count && t[a] == 0x20 { a += 1 } }
        guard a < t.count, ByteClass.isDigit(t[a]) else { return nil }
        // A dialogue: this line is a speaker's turn (the cheapest test that fails on most text, first).
        guard let base = t.baseAddress else { return nil }
        let nl = sovereign_last_byte(base, max(0, a - 300), a, 0x0A)
        let ls = nl + 1
        guard SpokenNumberRecognizer.turn(t, ls, a) else { return nil }
        // Not the middle of a longer number read out: the groups before it were judged from their start.
        if SpokenNumberRecognizer.pauseBefore(t, a) { return nil }
        // The groups: digits, joined by a pause or a single space.
        var digits = SmallList<24, UInt8>()
        var groupEnd = SmallList<12, Int>()
        var groupLen = SmallList<12, Int>()
        var pauses = 0
        var k = a
        while k < t.count && groupEnd.count < 12 {
            let g0 = k
            while k < t.count && ByteClass.isDigit(t[k]) && digits.count < 24 { digits.append(t[k] - 0x30); k += 1 }
            guard k > g0 else { break }
            if k < t.count && ByteClass.isDigit(t[k]) { return nil }  // over 24 digits: no number read out
            groupEnd.append(k); groupLen.append(k - g0)
            if let nx = SpokenPause.skip(t, k), ByteClass.isDigit(t[nx]) { pauses += 1; k = nx; continue }
            if k + 1 < t.count && t[k] == 0x20 && ByteClass.isDigit(t[k + 1]) { k += 1; continue }
            break
        }
        guard pauses > 0, groupEnd.count >= 2, let end = groupEnd.last else { return nil }
        // Glued to letters after ("… 2450abc"): some other token.
        if end < t.count && ByteClass.isAlpha(t[end]) { return nil }
        // A spoken "plus" before the country code: "plus 31, 20, 315, 92, 09".
        var start = a
        var plus = run.plus
        if run.plus { start = i } else if a >= 5, t[a - 1] == 0x20, ByteClass.hasWord(t, "plus", at: a - 5), a == 5 || !ByteClass.isAlpha(t[a - 6]) {
            plus = true; start = a - 5
        }
        // The question before this turn, and the turn up to the number, say what it is.
        var ps = ls
        if nl > 0 {
            let pl = sovereign_last_byte(base, max(0, nl - 300), nl, 0x0A)
            ps = pl + 1
        }
        let window = a - ps
        // Card: the longest prefix ending a group that passes the checks.
        if cards && !plus && s.near(CreditCardRecognizer.context, start, end, before: window) {
            var g = groupEnd.count
            while g >= 2 {
                var n = 0
                for q in 0..<g { n += groupLen[q] }
                if n >= 12 && n <= 19 {
                    let d = digits.prefix(n)
                    var shaped = true
                    for q in 0..<(g - 1) where groupLen[q] < 3 { shaped = false }
                    if groupLen[g - 1] < 3 && !(0..<(g - 1)).allSatisfy({ groupLen[$0] == 4 }) { shaped = false }
                    if shaped && Luhn.isValid(d) && CardBrand.isPlausible(d) {
                        return Candidate(start: start, end: groupEnd[g - 1], type: .creditCard, score: 0.9)
                    }
                }
                g -= 1
            }
        }
        // Phone: dialled digits in groups of one to five, after a word only phones have.
        let n = digits.count
        if phones && n >= 8 && n <= 15 && groupLen.allSatisfy({ $0 <= 5 }) && (plus || digits[0] == 0 || n <= 12)
            && s.near(PhoneRecognizer.dialWords, start, end, before: window) {
            return Candidate(start: start, end: end, type: .phone, score: 0.8)
        }
        // Order: the answer to the agent's question for an order.
        if orders && !plus && n >= 4 && n <= 20 && OrderNumberRecognizer.context(s, a) == .strong {
            // (As sure as the order recognizer's answer, and longer: the whole number wins over its first group.)
            return Candidate(start: a, end: end, type: .orderNumber, score: 0.95)
        }
        return nil
    }

    /// The line from `ls` is a speaker's turn up to `a`: a label of one or two capitalized words and a
    /// colon (after quote marks or a time stamp), then the number or the words before it.
    static func turn(_ t: UnsafeBufferPointer<UInt8>, _ ls: Int, _ a: Int) -> Bool {
        OrderNumberRecognizer.speakerLabelEnd(t, ls, a) != nil
    }

    /// A pause right before `a` with a group before it (digits, or letters and digits: "671C ... 5312"):
    /// `a` continues a number read out.
    static func pauseBefore(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        var k = a
        var n = 0
        while k > 0 && n < 12 {
            let c = t[k - 1]
            if ByteClass.isDigit(c) { return n > 0 && (k..<a).contains { t[$0] != 0x20 } }
            if ByteClass.isAlpha(c) && n > 0 {
                var w = k
                while w > 0 && k - w < 8 && ByteClass.isAlnum(t[w - 1]) { w -= 1 }
                if (w..<k).contains(where: { ByteClass.isDigit(t[$0]) }) { return (k..<a).contains { t[$0] != 0x20 } }
            }
            if c == 0x20 || c == UInt8(ascii: ",") || c == UInt8(ascii: ".") || c == UInt8(ascii: "-")
                || c == 0xE2 || c == 0x80 || c == 0xA6 || c == 0x93 || c == 0x94 { k -= 1; n += 1; continue }
            // A hesitation word between two marks: "2876, uh, ".
            if ByteClass.isAlpha(c) || c >= 0x80 {
                var w = k
                while w > 0 && k - w < 6 && (ByteClass.isAlpha(t[w - 1]) || t[w - 1] >= 0x80) { w -= 1 }
                guard SpokenPause.fillers.equalsAny(UnsafeBufferPointer(rebasing: t[w..<k])) else { return false }
                k = w; n += 1
                continue
            }
            return false
        }
        return false
    }
}
