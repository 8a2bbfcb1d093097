/// Orders named by the structure of the document around an id, not by a word before it: JSON objects
/// (the `"id"`/`"number"` of an order object; a payment provider's own `related_ids`), e-invoice elements
/// (UBL/CII: the id element's parent says whose id it is), EDIFACT segments (`RFF+ON:`, an order message's
/// `BGM`) and SQL INSERT column lists. Each runs only at a candidate the first pass already found.
///
/// An object's own id inside a payload that is an order: `"id"` and `"number"` name whatever object they
/// stand in, so the object decides. It is an order when
/// - the key that holds it (or the array that holds it) names an order: `"order": {"id": 4711}`,
///   `"orders": [{"id": …}]`, `"commande": {…}`, `"Bestellung": {…}`;
/// - it is the top-level body and the resource that delivered it names an order: WooCommerce's webhook
///   topic `order.created`/`order.updated`, a REST path `/orders/4711`, `/wc/v3/orders`;
/// - or it carries a key that only an order has in its platform's documented schema: WooCommerce's
///   `order_key` and `customer_ip_address`, Shopify's `order_number` and `financial_status`, Magento's
///   `increment_id`.
/// An object held by another key (`"line_items": [{"id": …}]`, `"customer": {"id": …}`, `"meta_data"`) is
/// not the order, whatever encloses it. Runs only at a `:` after a quoted "id" or "number" key.
extension OrderNumberRecognizer {
    /// Keys that only an order object has (WooCommerce, Shopify, Magento REST schemas).
    static let orderOnlyKeys = WordList(["order_key", "customer_ip_address", "order_number", "financial_status", "increment_id"])
    /// Words that name an order as a resource (a webhook topic's or a REST path's segment).
    static let orderResources = WordList(["order", "orders", "commande", "commandes", "bestellung", "bestellungen"])

    /// `i` is the `:` after a JSON key: the key is "id" or "number" and its object is an order's.
    static func orderObjectKey(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i >= 4, t[i - 1] == UInt8(ascii: "\"") else { return false }
        var k = i - 1
        while k > 0 && i - 1 - k < 7 && ByteClass.isAlpha(t[k - 1]) { k -= 1 }
        guard k > 0, t[k - 1] == UInt8(ascii: "\"") else { return false }
        let n = i - 1 - k
        guard n == 2 && ByteClass.hasWord(t, "id", at: k) || n == 6 && ByteClass.hasWord(t, "number", at: k) else { return false }
        // The `{` that opens the object: the first unmatched one before the key (strings skipped whole).
        guard let open = enclosingOpen(t, k - 1) else { return false }
        // The key that holds it, over an array's `[` (and earlier elements of that array).
        var q = open
        while q > 0 && ByteClass.isSpace(t[q - 1]) { q -= 1 }
        if q > 0 && t[q - 1] == UInt8(ascii: "[") {
            q -= 1
            while q > 0 && ByteClass.isSpace(t[q - 1]) { q -= 1 }
        } else if q > 0 && t[q - 1] == UInt8(ascii: ",") {
            // A later element of an array: the array's `[` is the first unmatched one before it.
            guard let b = enclosingOpen(t, q - 1, bracket: true) else { return false }
            q = b
            while q > 0 && ByteClass.isSpace(t[q - 1]) { q -= 1 }
        }
        if q > 0 && t[q - 1] == UInt8(ascii: ":") {
            q -= 1
            while q > 0 && ByteClass.isSpace(t[q - 1]) { q -= 1 }
            guard q > 1, t[q - 1] == UInt8(ascii: "\"") else { return false }
            var w0 = q - 1
            while w0 > 0 && q - 1 - w0 < 40 && t[w0 - 1] != UInt8(ascii: "\"") { w0 -= 1 }
            let key = UnsafeBufferPointer(rebasing: t[w0..<(q - 1)])
            let l = lists
            if l.other.startsAny(key) || describesOther(key) { return false }
            if l.cueStart.startsAny(key) || key.count >= 7 && l.infix.containsAny(key) { return true }
            return ownsOrderKey(t, open)
        }
        // The body itself: the resource named before it, else its own keys.
        return resourceBefore(t, open) || ownsOrderKey(t, open)
    }

    /// The first unmatched `{` (or `[` with `bracket`) before `from`, within 4 KB; strings are skipped.
    static func enclosingOpen(_ t: UnsafeBufferPointer<UInt8>, _ from: Int, bracket: Bool = false) -> Int? {
        let open = bracket ? UInt8(ascii: "[") : UInt8(ascii: "{")
        var depth = 0, q = from
        while q > 0 && from - q < 4096 {
            q -= 1
            let c = t[q]
            if c == UInt8(ascii: "\"") && (q == 0 || t[q - 1] != UInt8(ascii: "\\")) {
                // Back over the string to its opening quote (a line break ends the walk: not JSON).
                var r = q
                while r > 0 {
                    r -= 1
                    if t[r] == 0x0A { return nil }
                    if t[r] == UInt8(ascii: "\"") && (r == 0 || t[r - 1] != UInt8(ascii: "\\")) { break }
                }
                q = r
                continue
            }
            if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") { depth += 1 }
            else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                if depth == 0 { return c == open ? q : nil }
                depth -= 1
            }
        }
        return nil
    }

    /// The object opening at `open` has, at its own level, a key that only an order has (within 4 KB).
    static func ownsOrderKey(_ t: UnsafeBufferPointer<UInt8>, _ open: Int) -> Bool {
        var depth = 0, q = open + 1
        while q < t.count && q - open < 4096 {
            let c = t[q]
            if c == UInt8(ascii: "\"") {
                var r = q + 1
                while r < t.count && t[r] != UInt8(ascii: "\"") && t[r] != 0x0A { if t[r] == UInt8(ascii: "\\") { r += 1 }; r += 1 }
                guard r < t.count, t[r] == UInt8(ascii: "\"") else { return false }
                var c2 = r + 1
                while c2 < t.count && t[c2] == 0x20 { c2 += 1 }
                if depth == 0 && c2 < t.count && t[c2] == UInt8(ascii: ":")
                    && orderOnlyKeys.equalsAny(UnsafeBufferPointer(rebasing: t[(q + 1)..<r])) { return true }
                q = r + 1
                continue
            }
            if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { depth += 1 }
            else if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") { if depth == 0 { return false }; depth -= 1 }
            q += 1
        }
        return false
    }

    /// The lines before a top-level body at `q` (up to eight, 600 bytes) name an order resource: a webhook topic
    /// (`order.updated`, `X-WC-Webhook-Topic: order.created`) or a REST path segment (`/orders`, `orders/4711`).
    static func resourceBefore(_ t: UnsafeBufferPointer<UInt8>, _ q: Int) -> Bool {
        // Only a body that starts its line (after headers or a request line).
        var q = q
        while q > 0 && (t[q - 1] == 0x20 || t[q - 1] == 0x09 || t[q - 1] == 0x0D) { q -= 1 }
        guard q == 0 || t[q - 1] == 0x0A else { return false }
        var lines = 0, j = q
        let lo = max(0, q - 600)
        while j > lo {
            let c = t[j - 1]
            if c == 0x0A { lines += 1; if lines > 8 { return false } }
            guard ByteClass.isAlpha(c) else { j -= 1; continue }
            var k = j
            while k > lo && ByteClass.isAlpha(t[k - 1]) { k -= 1 }
            let w = UnsafeBufferPointer(rebasing: t[k..<j])
            if orderResources.equalsAny(w) {
                let before = k > 0 ? t[k - 1] : 0x20
                let after = j < t.count ? t[j] : 0x20
                // `order.created`: a topic's resource, then its event; `/orders`, `orders/…`: a path segment.
                if after == UInt8(ascii: ".") && ByteClass.isLower(j + 1 < t.count ? t[j + 1] : 0) && (before == 0x20 || before == 0x0A || before == UInt8(ascii: ":")) { return true }
                if before == UInt8(ascii: "/") && (after == UInt8(ascii: "/") || after == 0x20 || after == UInt8(ascii: "?") || after == 0x0A || after == UInt8(ascii: "\"")) { return true }
            }
            j = k
        }
        return false
    }

    /// Objects in which a payment provider lists its own resources: PayPal's
    /// `supplementary_data.related_ids` (`order_id`, `capture_id`, `authorization_id` are PayPal's
    /// 17-character ids of its Orders API, not the shop's order; the shop's is `invoice_id`/`custom_id`).
    static let providerObjects = WordList(["related_ids", "supplementary_data"])

    /// The JSON key whose opening quote is at `q` stands in an object held by a provider-resource key.
    static func providerObject(_ t: UnsafeBufferPointer<UInt8>, _ q: Int) -> Bool {
        guard let open = enclosingOpen(t, q) else { return false }
        var p = open
        while p > 0 && ByteClass.isSpace(t[p - 1]) { p -= 1 }
        guard p > 0, t[p - 1] == UInt8(ascii: ":") else { return false }
        p -= 1
        while p > 0 && ByteClass.isSpace(t[p - 1]) { p -= 1 }
        guard p > 1, t[p - 1] == UInt8(ascii: "\"") else { return false }
        var w0 = p - 1
        while w0 > 0 && p - 1 - w0 < 40 && t[w0 - 1] != UInt8(ascii: "\"") { w0 -= 1 }
        return providerObjects.equalsAny(UnsafeBufferPointer(rebasing: t[w0..<(p - 1)]))
    }

    /// `q..<gt` is the start tag of an id element (UBL/CII names ending in `ID`: `ID`, `IssuerAssignedID`, `CompanyID`,
    /// after a namespace prefix): its parent element, the start tag right before it, says whose id it is —
    /// `.strong` for an order (UBL `cac:OrderReference`, CII `ram:BuyerOrderReferencedDocument`), `.other` for a tax
    /// registration (UBL `cac:PartyTaxScheme`, CII `ram:SpecifiedTaxRegistration`: the VAT number); nil otherwise, and
    /// for an order line (`OrderLineReference`).
    static func parentElementCue(_ t: UnsafeBufferPointer<UInt8>, _ q: Int, _ gt: Int) -> Cue? {
        var n0 = q
        var e = q
        while e < gt && (ByteClass.isAlnum(t[e]) || t[e] == UInt8(ascii: ":") || t[e] == UInt8(ascii: "_")) { if t[e] == UInt8(ascii: ":") { n0 = e + 1 }; e += 1 }
        guard e - n0 >= 2, t[e - 2] == UInt8(ascii: "I"), t[e - 1] == UInt8(ascii: "D") else { return nil }
        // The parent's start tag: `>` after only white space before `<`.
        var p = q - 1
        while p > 0 && q - p < 64 && ByteClass.isSpace(t[p - 1]) { p -= 1 }
        guard p > 1, t[p - 1] == UInt8(ascii: ">"), t[p - 2] != UInt8(ascii: "/") else { return nil }
        var r = p - 1
        while r > 0 && p - r < 80 && t[r - 1] != UInt8(ascii: "<") && t[r - 1] != UInt8(ascii: ">") { r -= 1 }
        guard r > 0, t[r - 1] == UInt8(ascii: "<"), ByteClass.isAlpha(t[r]) else { return nil }
        var m0 = r, m1 = r
        while m1 < p - 1 && (ByteClass.isAlnum(t[m1]) || t[m1] == UInt8(ascii: ":") || t[m1] == UInt8(ascii: "_")) { if t[m1] == UInt8(ascii: ":") { m0 = m1 + 1 }; m1 += 1 }
        // Its camel-case parts: a tax word, else an order word (none a line's).
        var order = false
        var k = m0
        while k < m1 {
            var k1 = k + 1
            while k1 < m1 && !ByteClass.isUpper(t[k1]) { k1 += 1 }
            let part = UnsafeBufferPointer(rebasing: t[k..<k1])
            if part.count == 3 && ByteClass.hasWord(part, "tax", at: 0) { return .other }
            if ByteClass.hasWord(part, "line", at: 0) { return nil }
            if lists.cueStart.startsAny(part) { order = true }
            k = k1
        }
        // (Only the document's own id under an order element: `ID`, `IssuerAssignedID`.)
        let whole = e - n0 == 2 || e - n0 == 16 && ByteClass.hasWord(t, "issuerassignedid", at: n0)
        return order && whole ? .strong : nil
    }

    /// EDIFACT: the id at `a` is a reference qualified as an order's (`RFF+ON:` order number (buyer), `RFF+CO:` buyer's
    /// order number, `RFF+VN:` supplier's order number; UN/EDIFACT code list 1153), or the document number of an order
    /// message's `BGM` (document name codes 105 purchase order, 220–227 orders, 230/231 order change and response).
    static func edifactOrder(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        if t[a - 1] == UInt8(ascii: ":") {
            guard ByteClass.hasWord(t, "rff+", at: a - 7), ByteClass.isUpper(t[a - 3]), ByteClass.isUpper(t[a - 2]) else { return false }
            let q0 = t[a - 3], q1 = t[a - 2]
            return q0 == UInt8(ascii: "O") && q1 == UInt8(ascii: "N") || q0 == UInt8(ascii: "C") && q1 == UInt8(ascii: "O")
                || q0 == UInt8(ascii: "V") && q1 == UInt8(ascii: "N")
        }
        guard a >= 8, ByteClass.hasWord(t, "bgm+", at: a - 8), ByteClass.isUpper(t[a - 8]) else { return false }
        let c0 = t[a - 4], c1 = t[a - 3], c2 = t[a - 2]
        guard ByteClass.isDigit(c0), ByteClass.isDigit(c1), ByteClass.isDigit(c2) else { return false }
        let code = Int(c0 - 0x30) * 100 + Int(c1 - 0x30) * 10 + Int(c2 - 0x30)
        return code == 105 || (220...227).contains(code) || code == 230 || code == 231
    }

    /// The value at `a` stands in an SQL `INSERT INTO t (c1, c2, …) VALUES (v1, v2, …)` on one line: the cue of the
    /// column at the value's position (`id_order` an order's, `id_customer` another number's, `reference` weak), nil
    /// when it is no such value.
    static func insertColumn(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Cue? {
        // Back over the tuple to its `(`, counting the values before this one (quoted strings skipped whole).
        var q = a, index = 0
        if q > 0 && t[q - 1] == UInt8(ascii: "'") { q -= 1 }
        while q > 0 && a - q < 400 {
            let c = t[q - 1]
            if c == 0x0A || c == UInt8(ascii: ")") { return nil }
            if c == UInt8(ascii: "(") { break }
            if c == UInt8(ascii: ",") { index += 1 }
            if c == UInt8(ascii: "'") {
                q -= 1
                while q > 0 && t[q - 1] != UInt8(ascii: "'") && t[q - 1] != 0x0A { q -= 1 }
                guard q > 0, t[q - 1] == UInt8(ascii: "'") else { return nil }
            }
            q -= 1
        }
        guard q > 0, t[q - 1] == UInt8(ascii: "(") else { return nil }
        var v = q - 1
        while v > 0 && t[v - 1] == 0x20 { v -= 1 }
        guard v >= 6, ByteClass.hasWord(t, "values", at: v - 6) else { return nil }
        var p = v - 6
        while p > 0 && t[p - 1] == 0x20 { p -= 1 }
        guard p > 0, t[p - 1] == UInt8(ascii: ")") else { return nil }
        // The column list, read backwards: the column `index` from the left.
        var open = p - 1
        while open > 0 && p - open < 400 && t[open - 1] != UInt8(ascii: "(") && t[open - 1] != 0x0A { open -= 1 }
        guard open > 0, t[open - 1] == UInt8(ascii: "(") else { return nil }
        var n = 0, c0 = open
        var k = open
        while k < p - 1 && n < index { if t[k] == UInt8(ascii: ",") { n += 1; c0 = k + 1 }; k += 1 }
        guard n == index else { return nil }
        var c1 = c0
        while c1 < p - 1 && t[c1] != UInt8(ascii: ",") { c1 += 1 }
        while c0 < c1 && (t[c0] == 0x20 || t[c0] == UInt8(ascii: "`") || t[c0] == UInt8(ascii: "\"")) { c0 += 1 }
        while c1 > c0 && (t[c1 - 1] == 0x20 || t[c1 - 1] == UInt8(ascii: "`") || t[c1 - 1] == UInt8(ascii: "\"")) { c1 -= 1 }
        guard c1 > c0 else { return nil }
        // The name, then its snake-case parts: another number's word wins, then an order word, then a weak one.
        let l = lists
        let name = UnsafeBufferPointer(rebasing: t[c0..<c1])
        var cue = Cue.none
        var w0 = c0
        for x in c0...c1 where x == c1 || t[x] == UInt8(ascii: "_") {
            if x > w0 {
                let w = UnsafeBufferPointer(rebasing: t[w0..<x])
                if l.other.startsAny(w) { return .other }
                if l.cueStart.startsAny(w) { cue = .strong } else if cue == .none && l.weak.equalsAny(w) { cue = .weak }
            }
            w0 = x + 1
        }
        if cue == .none && (l.cueStart.startsAny(name) || name.count >= 7 && l.infix.containsAny(name)) { cue = .strong }
        // A weak column ("reference") is the order's only in an orders table (`ps_orders`), not a product's.
        if cue == .weak {
            var te = open - 1
            while te > 0 && t[te - 1] == 0x20 { te -= 1 }
            var ts = te
            while ts > 0 && te - ts < 64 && (ByteClass.isAlnum(t[ts - 1]) || t[ts - 1] == UInt8(ascii: "_") || t[ts - 1] == UInt8(ascii: "`") || t[ts - 1] == UInt8(ascii: ".")) { ts -= 1 }
            var table = false
            var w0 = ts
            for x in ts...te where x == te || !(ByteClass.isAlnum(t[x])) {
                if x > w0 && l.cueStart.startsAny(UnsafeBufferPointer(rebasing: t[w0..<x])) { table = true }
                w0 = x + 1
            }
            if !table { return Cue.none }
        }
        return cue
    }
}
