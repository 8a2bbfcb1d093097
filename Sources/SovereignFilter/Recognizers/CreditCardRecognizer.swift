/// CREDIT_CARD: 12–19 digits with a known issuer range for that length (Visa, Mastercard, Amex,
/// Discover, Diners, JCB, UnionPay, Maestro, Mir, Troy, RuPay) and Luhn, written any way people and systems write
/// them: compact, in groups separated by spaces or dashes, or by any short run of separators — tab,
/// dot, slash, pipe, colon, underscore, NUL, line break, several spaces, mixed (NBSP is a space and zero-width
/// characters are gone after normalization) — including a space between every digit. A 13-digit number that is also a
/// valid EAN-13 barcode counts only next to card words.
final class CreditCardRecognizer: NumberRecognizer {
    static let entityTypes: [EntityType] = [.creditCard]
    /// A first group of four digits at least, or single-spaced digits the shared parse already counts.
    static let digitCounts = 4...Int.max
    static let context = ContextWords([
        "card", "visa", "mastercard", "amex", "american express", "maestro", "discover", "diners", "jcb",
        "credit", "debit", "payment", "pay with", "paid", "charged", "ending in", "expiry", "cvv", "pan",
        "karte", "kreditkarte", "zahlung", "bezahlt", "belastet", "gültig",
        "carte", "paiement", "payé", "débité", "cb ", "expiration",
    ])

    /// Bytes that may separate card digits, as a bit per kind (one kind throughout unless it is the
    /// plain space/dash grouping).
    @inline(__always) static func separatorKind(_ c: UInt8) -> UInt8 {
        switch c {
        case 0x20: return 1
        case UInt8(ascii: "-"): return 2
        case UInt8(ascii: "."): return 4
        // A pipe (a field or table divider, "6062 | 8257 | …") and a colon (a terminal's or a
        // transcript's "6062:8234:…") divide groups as a slash does: one kind, judged by the grouping.
        case UInt8(ascii: "/"), UInt8(ascii: "|"), UInt8(ascii: ":"): return 8
        case UInt8(ascii: "_"): return 16
        case 0x09: return 32
        case 0x00: return 64
        case 0x0A, 0x0D: return 128
        default: return 0
        }
    }

    func recognize(_ s: inout ScanState, _ run: NumberRun, at i: Int) throws -> Candidate? {
        // "My card (4624 3033 0056 4503) was charged": the number start is the parenthesis.
        let i = s.t[i] == UInt8(ascii: "(") && run.groupLen.count > 0 && !(run.groupLen.count > 1 && run.seps & NumberRun.paren != 0 && s.at(run.groupEnd[0]) == UInt8(ascii: ")")) ? i + 1 : i
        guard !run.plus, ByteClass.isDigit(s.t[i]) else { return nil }
        // Cheap exit for the numbers of prose (quantities, prices, dates): a card either has 12 digits
        // in the shared parse already or continues after it with a separator and a digit.
        if run.digitCount < 12 {
            let e = run.end
            guard e + 1 < s.t.count, CreditCardRecognizer.separatorKind(s.t[e]) != 0 else { return nil }
            var k = e
            while k < s.t.count && k - e < 4 && CreditCardRecognizer.separatorKind(s.t[k]) != 0 { k += 1 }
            guard k < s.t.count, ByteClass.isDigit(s.t[k]) else { return nil }
        }
        // The middle of a longer run of separated digits is not a card's start, unless the digits before
        // were a finding of their own ("4012888888881881 4012-8888-8888-1881": two cards).
        // A tab or line break before is a field or line boundary (TSV, one value a line): the card may
        // start here, but then that separator cannot join its own groups.
        var fieldBreak: UInt8 = 0
        if i >= 2, ByteClass.isDigit(s.t[i - 2]) {
            let before = CreditCardRecognizer.separatorKind(s.t[i - 1])
            if before & (32 | 128) != 0 { fieldBreak = before }
            else if before != 0, !(s.out.last.map { $0.end >= i - 3 && $0.end < i } ?? false) { return nil }
        }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 19) { ends in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 60) { d in
                judge(&s, run, i, ends, d, fieldBreak)
            }
        }
    }

    /// Reads the card from `i`: up to 19 digits with separator runs (at most 4 bytes: " -- ") between them.
    /// `ends[k]` is the byte after digit k; `d` holds the digit values, from index 20 the separator kinds
    /// after digit k where it ends a group (0 inside a group), and from index 40 a 1 where that separator
    /// run is longer than one byte. The kinds are judged per prefix, so a card followed by another field
    /// ("2204 1979 3794 7517<TAB>5909…") is judged by its own separators. The longest prefix that ends a
    /// group and passes the checks wins. Separators of kind `fieldBreak` end the card.
    private func judge(_ s: inout ScanState, _ run: NumberRun, _ i: Int, _ ends: UnsafeMutableBufferPointer<Int>,
                       _ d: UnsafeMutableBufferPointer<UInt8>, _ fieldBreak: UInt8) -> Candidate? {
        let t = s.t
        var n = 0, j = i
        while j < t.count && n < 19 {
            let c = t[j]
            if ByteClass.isDigit(c) {
                d[n] = c - 0x30; d[20 + n] = 0; d[40 + n] = 0; n += 1; j += 1; ends[n - 1] = j
                continue
            }
            var k = j
            var kind: UInt8 = 0
            while k < t.count && k - j < 4 { let x = CreditCardRecognizer.separatorKind(t[k]); if x == 0 { break }; kind |= x; k += 1 }
            guard k > j, k < t.count, ByteClass.isDigit(t[k]), n > 0, kind & fieldBreak == 0 else { break }
            // A pipe or a colon after more than six digits is a table's cell or a record's field divider
            // ("| 40066380692233 | 689396901130 |"): cards print groups of four to six.
            if kind & 8 != 0 && (j..<k).contains(where: { t[$0] == UInt8(ascii: "|") || t[$0] == UInt8(ascii: ":") }) {
                var g = 0
                while g < n && d[20 + n - 1 - g] == 0 { g += 1 }
                if g > 6 { break }
                // In a Markdown table row (the line starts with a pipe) every pipe divides cells.
                if (j..<k).contains(where: { t[$0] == UInt8(ascii: "|") }) {
                    var ls = j
                    while ls > 0 && j - ls < 400 && t[ls - 1] != 0x0A { ls -= 1 }
                    while ls < j && t[ls] == 0x20 { ls += 1 }
                    if t[ls] == UInt8(ascii: "|") { break }
                }
            }
            // A time or an address after the separator ("… 4711 12:30", "… 25 790:db8::1") is not more card,
            // unless colons are what separates the groups ("6062:8234:0207:3396").
            var h = k
            while h < t.count && ByteClass.isHex(t[h]) { h += 1 }
            if h < t.count && t[h] == UInt8(ascii: ":") && t[j] != UInt8(ascii: ":") { break }
            // Spaces around another separator are padding: " - " and " / " are dashes and slashes.
            d[20 + n - 1] = kind & ~UInt8(1) != 0 ? kind & ~UInt8(1) : kind
            d[40 + n - 1] = k - j > 1 ? 1 : 0
            j = k
        }
        guard n >= 12 else { return nil }
        // The last digit read ends a group unless more digits are glued to it (a 20-digit number).
        let last = ends[n - 1]
        if last >= t.count || !ByteClass.isDigit(t[last]) { d[20 + n - 1] = 1 }
        var bestCount = 0, kinds: UInt8 = 0
        var count = n
        // Card words before the number, or a card column's header, looked up once and only when a
        // grouping is not a card's: then the label, not the shape, says what the digits are
        // ("Card number: 22.03.74.60.72.86.51.07", "CB : 645.698.460.387.757.444.1"); Luhn and the
        // issuer range still have to hold.
        var labelled: Bool? = nil
        while count >= 12 {
            // A short card (12, 13 digits) read off the front of a longer digit sequence is a slice of
            // another number ("5020 8700 1157 9024 566"), not a card.
            if d[20 + count - 1] != 0 && (count == n || count >= 14) {
                let digits = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(d)[0..<count])
                var longRun = false
                kinds = 0
                for k in 0..<(count - 1) { kinds |= d[20 + k]; if d[40 + k] != 0 { longRun = true } }
                // Single spaces and dashes allow any grouping; other and mixed separators ("5131.2697
                // 0240.1862", "4424_3769_6975 6042") need a card's grouping: that, not the separator, is
                // what a card number shows.
                let plain = !longRun && kinds & ~UInt8(3) == 0
                if Luhn.isValid(digits) && CardBrand.isPlausible(digits),
                   // (Not across a tab or a line break: those end a field, and a label names one field.)
                   plain || CreditCardRecognizer.regularShape(d, count) || kinds & (32 | 128) == 0 && {
                       if labelled == nil { labelled = CreditCardRecognizer.cardLabel(s, i) }
                       return labelled!
                   }() {
                    bestCount = count
                    break
                }
            }
            count -= 1
        }
        guard bestCount > 0 else { return nil }
        // Amazon's order ids are three dashed groups of 3, 7 and 7 digits; no issuer prints a card so.
        if bestCount == 17 && d[22] != 0 && d[29] != 0 && (0..<16).allSatisfy({ d[20 + $0] == 0 || $0 == 2 || $0 == 9 }) && kinds == 2 { return nil }
        let bestEnd = ends[bestCount - 1]
        // A decimal or thousands part right after an ungrouped or thousands-grouped number means a price
        // or a measurement; after a card's own grouping a comma is a CSV field ("5102.1840.5167.2226,07/10").
        let next = s.at(bestEnd), next2 = s.at(bestEnd + 1)
        if (next == UInt8(ascii: ",") || next == UInt8(ascii: ".")) && ByteClass.isDigit(next2)
            && CreditCardRecognizer.thousandsOrUngrouped(d, bestCount) { return nil }
        let cardWords = s.near(CreditCardRecognizer.context, i, bestEnd, before: 48)
        var score = 0.9
        var groups = 1
        for k in 0..<(bestCount - 1) where d[20 + k] != 0 { groups += 1 }
        let first = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(d)[0..<bestCount])
        if bestCount == 13 && EAN13.isValid(first) { score = 0.3 }
        if bestCount <= 13 && groups == 1 { score = min(score, 0.6) }
        if d[0] == 0 { score = 0.45 }  // 0604 Maestro: only with card words
        if cardWords { score = max(score, 0.95) }
        // "barcode 4017672003464": a product word right before wins over a card word further away.
        if s.near(Context.notPII, i, bestEnd, before: 24) && !s.near(CreditCardRecognizer.context, i, bestEnd, before: 20) {
            score = min(score, 0.3)
        }
        return Candidate(start: i, end: bestEnd, type: .creditCard, score: score)
    }

    /// Groups as people and systems print them, for the separators that are not plain single spaces or
    /// dashes: one digit at a time; fours with a short tail (4-4-4-2 Diners, 4-4-4-4-3); or groups of at
    /// least three digits in any lengths (issuers print 4-6-5 and 4-6-4; terminals and receipts cut after
    /// the six-digit IIN or leave a long tail: "502028/7921690779040", "5018\t4744\t1505"). Other groups
    /// of one or two digits are dates, versions and section numbers, not a card.
    static func regularShape(_ d: UnsafeMutableBufferPointer<UInt8>, _ count: Int) -> Bool {
        var len = 0, ones = true, short = false, fours = true, g = 0
        for k in 0..<count {
            len += 1
            guard d[20 + k] != 0 || k == count - 1 else { continue }
            if len != 1 { ones = false }
            if k < count - 1 { if len < 3 { short = true }; if len != 4 { fours = false } }
            g += 1
            if k == count - 1 && len < 3 && !(fours && g >= 4) { short = true }
            len = 0
        }
        return ones || !short
    }

    /// Words that name a card before its number, for `cardLabel`: the card words without the short ones
    /// that occur inside other words ("pan" in "company", "paid").
    static let labelWords = ContextWords(["card", "karte", "carte", "visa", "mastercard", "amex", "maestro", "cb :", "cb:", "cc:", "cc :"])
    /// Words of a card column's header ("Kartennummer", "card_number", "Carte", "CB").
    static let columnWords = WordList(["card", "karte", "carte"])
    static let columnAbbreviations = WordList(["cb", "pan"])
    /// A card word in the 32 bytes before `i`, or the header of the table column `i` starts a cell of.
    static func cardLabel(_ s: ScanState, _ i: Int) -> Bool {
        if s.near(CreditCardRecognizer.labelWords, i, i, before: 32) { return true }
        guard let h = OrderNumberRecognizer.header(s, i) else { return false }
        return columnWords.containsAny(h) || columnAbbreviations.equalsAny(h)
    }

    /// One group, or every group after the first exactly three digits long: how amounts are written.
    static func thousandsOrUngrouped(_ d: UnsafeMutableBufferPointer<UInt8>, _ count: Int) -> Bool {
        var len = 0, first = true
        for k in 0..<count {
            len += 1
            guard d[20 + k] != 0 || k == count - 1 else { continue }
            if !first && len != 3 { return false }
            first = false; len = 0
        }
        return true
    }
}
