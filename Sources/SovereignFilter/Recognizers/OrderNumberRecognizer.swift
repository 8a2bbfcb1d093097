/// ORDER_NUMBER: Magento increment IDs (9 zero-padded digits, optionally after a store prefix digit,
/// often written `#100012345`), Shopify `#1001`, and any 5–12 digit number right after an order word
/// (order, Bestellung, commande, invoice, Rechnung, facture …).
struct OrderNumberRecognizer: Sendable {
    let hashForm: Pattern
    let bare: Pattern

    init() throws {
        hashForm = try Pattern(name: "ORDER_NUMBER", #"#\s?\d{3,12}(?![\d\-])"#)
        bare = try Pattern(name: "ORDER_NUMBER_BARE", #"\d{5,12}(?![\d\-]|[.,]\d)"#)
    }

    /// `i` is a `#`.
    func hash(_ s: inout ScanState, _ i: Int) throws -> Int? {
        guard let (a, b) = try hashForm.match(s.t, from: i, s.ms) else { return nil }
        var score = 0.75
        if s.near(Context.order, a, b, before: 40) { score = 0.95 }
        s.out.append(Candidate(start: a, end: b, type: .orderNumber, score: score))
        return b
    }

    func recognize(_ s: inout ScanState, _ run: NumberRun) throws -> Candidate? {
        guard run.groupLen.count == 1, !run.plus, let (a, b) = try bare.match(s.t, from: run.start, s.ms) else { return nil }
        let n = b - a
        let orderWords = s.near(Context.order, a, b, before: 32)
        var score = 0.0
        if (n == 9 || n == 10) && s.t[a] == UInt8(ascii: "0") && s.t[a + 1] == UInt8(ascii: "0") {
            score = 0.75  // Magento's zero-padded increment ID
        }
        if orderWords { score = max(score, n == 9 || n == 10 ? 0.95 : 0.8) }
        guard score > 0 else { return nil }
        return Candidate(start: a, end: b, type: .orderNumber, score: score)
    }
}
