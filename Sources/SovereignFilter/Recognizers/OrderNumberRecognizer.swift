/// ORDER_NUMBER: Magento increment IDs (9 zero-padded digits, optionally after a store prefix digit,
/// often written `#100012345`), Shopify `#1001`, and any 5–12 digit number right after an order word
/// (order, Bestellung, commande, invoice, Rechnung, facture …).
final class OrderNumberRecognizer: NumberRecognizer, PositionRecognizer {
    static let entityTypes: [EntityType] = [.orderNumber]
    static let digitCounts = 5...12  // one group of 5–12 digits
    static let triggers: [Trigger] = [.byte(UInt8(ascii: "#"))]
    static let context = ContextWords([
        "order", "purchase", "invoice", "confirmation", "receipt", "returns", "refund",
        "bestellung", "bestell", "auftrag", "rechnung", "bestellnummer",
        "commande", "facture", "achat",
    ])
    let hashForm: Pattern
    let bare: Pattern

    init() throws {
        // "#123-456" is another kind of id; a dash that starts something else ("#2001-----BEGIN …") is not:
        // it reads "#2001[SECRET]" once that is redacted (fuzzing).
        hashForm = try Pattern(name: "ORDER_NUMBER", #"#\s?\d{3,12}(?!\d|-[\dA-Za-z])"#)
        bare = try Pattern(name: "ORDER_NUMBER_BARE", #"\d{5,12}(?!\d|-[\dA-Za-z]|[.,]\d)"#)
    }

    /// At a `#` followed by a digit (or a space and a digit).
    func recognize(_ s: inout ScanState, _ sc: Scratch, at i: Int) throws -> Int? {
        guard ByteClass.isDigit(s.at(i + 1)) || s.at(i + 1) == 0x20 && ByteClass.isDigit(s.at(i + 2)) else { return nil }
        return try hash(&s, i)
    }

    /// `i` is a `#`.
    func hash(_ s: inout ScanState, _ i: Int) throws -> Int? {
        guard let (a, b) = try hashForm.match(s.t, from: i, s.ms) else { return nil }
        var score = 0.75
        if s.near(OrderNumberRecognizer.context, a, b, before: 40) { score = 0.95 }
        s.out.append(Candidate(start: a, end: b, type: .orderNumber, score: score))
        return b
    }

    /// A number that starts with a digit (not `+` or `(`).
    func recognize(_ s: inout ScanState, _ run: NumberRun, at i: Int) throws -> Candidate? {
        guard ByteClass.isDigit(s.t[i]) else { return nil }
        guard run.groupLen.count == 1, !run.plus, let (a, b) = try bare.match(s.t, from: run.start, s.ms) else { return nil }
        let n = b - a
        let orderWords = OrderNumberRecognizer.directlyAfterOrderWord(s, a)
        var score = 0.0
        if n == 9 && s.t[a] == UInt8(ascii: "0") && s.t[a + 1] == UInt8(ascii: "0") {
            score = 0.75  // Magento's zero-padded increment ID
        } else if n == 9 && s.t[a + 1] == UInt8(ascii: "0") && s.t[a + 2] == UInt8(ascii: "0") {
            score = 0.55  // store prefix digit + zero-padded increment: "100056748"
        }
        if orderWords { score = max(score, n == 9 || n == 10 ? 0.95 : 0.8) }
        guard score > 0 else { return nil }
        return Candidate(start: a, end: b, type: .orderNumber, score: score)
    }

    /// Fillers allowed between an order word and its number: "order no. 12345", "Bestellnummer: 12345",
    /// "commande n° 12345". A number further away ("order #1 should go to 12345 Main St") is not the order's.
    static let fillers: Set<String> = ["no", "nr", "n°", "no.", "nr.", "number", "nummer", "numéro", "num", "id", "ref", "is", "ist", "est", "#", "n"]

    static func directlyAfterOrderWord(_ s: ScanState, _ a: Int) -> Bool {
        var j = a
        for _ in 0..<3 {
            // Skip spaces and punctuation, then take the previous word.
            while j > 0, s.t[j - 1] == 0x20 || s.t[j - 1] == UInt8(ascii: ":") || s.t[j - 1] == UInt8(ascii: "#") || s.t[j - 1] == UInt8(ascii: ".") { j -= 1 }
            var k = j
            while k > 0, ByteClass.isAlpha(s.t[k - 1]) || s.t[k - 1] >= 0x80 || s.t[k - 1] == UInt8(ascii: "-") { k -= 1 }
            guard k < j else { return false }
            if OrderNumberRecognizer.context.occurs(in: s.t, from: k, to: j) { return true }
            let word = String(decoding: s.t[k..<j].map { ByteClass.lower($0) }, as: UTF8.self)
            guard fillers.contains(word) else { return false }
            j = k
        }
        return false
    }
}
