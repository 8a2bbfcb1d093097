/// CREDIT_CARD: 12–19 digits, compact or grouped by spaces or dashes, a known issuer range for
/// that length (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro, Mir) and Luhn.
/// A 13-digit number that is also a valid EAN-13 barcode counts only next to card words.
final class CreditCardRecognizer: NumberRecognizer {
    static let entityTypes: [EntityType] = [.creditCard]
    static let digitCounts = 12...Int.max
    static let context = ContextWords([
        "card", "visa", "mastercard", "amex", "american express", "maestro", "discover", "diners", "jcb",
        "credit", "debit", "payment", "pay with", "paid", "charged", "ending in", "expiry", "cvv",
        "karte", "kreditkarte", "zahlung", "bezahlt", "belastet", "gültig",
        "carte", "paiement", "payé", "débité", "cb ", "expiration",
    ])
    let gate: Pattern

    init() throws {
        gate = try Pattern(name: "CREDIT_CARD", #"\d(?:[ \-.]?\d){11,18}"#)
    }

    func recognize(_ s: inout ScanState, _ run: NumberRun, at i: Int) throws -> Candidate? {
        guard !run.plus, run.digitCount >= 12 else { return nil }
        // Dots separate card groups only in the 4-4-4-4 shape ("4111.1111.1111.1111"), never in versions or prices.
        let dotted = run.seps & NumberRun.dot != 0
        if dotted && !(run.groupLen.count >= 4 && run.groupLen.prefix(4).allSatisfy { $0 == 4 }) { return nil }
        guard try gate.match(s.t, from: run.start, s.ms) != nil else { return nil }
        // Try the longest prefix of whole groups first: "4111 1111 1111 1111 2 items" is still a card.
        var total = 0
        var bestEnd = -1, bestCount = 0
        for (g, len) in run.groupLen.enumerated() {
            total += len
            if total > 19 { break }
            if g > 0 {
                // Only space and dash separate card groups.
                let sepAt = run.groupEnd[g - 1]
                let c = s.t[sepAt]
                if c != 0x20 && c != UInt8(ascii: "-") && !(dotted && c == UInt8(ascii: ".")) { break }
            }
            if total >= 12 {
                let d = run.digits[0..<total]
                if Luhn.isValid(d) && CardBrand.isPlausible(d) { bestEnd = run.groupEnd[g]; bestCount = total }
            }
        }
        guard bestEnd > 0 else { return nil }
        // A decimal or thousands part right after means a price or a measurement.
        let next = s.at(bestEnd), next2 = s.at(bestEnd + 1)
        if (next == UInt8(ascii: ",") || next == UInt8(ascii: ".")) && ByteClass.isDigit(next2) { return nil }
        let cardWords = s.near(CreditCardRecognizer.context, run.start, bestEnd, before: 48)
        var score = 0.9
        if bestCount == 13 && EAN13.isValid(run.digits[0..<13]) { score = 0.3 }
        if bestCount <= 13 && run.groupLen.count == 1 { score = min(score, 0.6) }
        if run.digits[0] == 0 { score = 0.45 }  // 0604 Maestro: only with card words
        if cardWords { score = max(score, 0.95) }
        // "barcode 4017672003464": a product word right before wins over a card word further away.
        if s.near(Context.notPII, run.start, bestEnd, before: 24) && !s.near(CreditCardRecognizer.context, run.start, bestEnd, before: 20) {
            score = min(score, 0.3)
        }
        return Candidate(start: run.start, end: bestEnd, type: .creditCard, score: score)
    }
}
