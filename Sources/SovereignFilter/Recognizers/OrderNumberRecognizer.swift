import CSovereignSIMD

/// ORDER_NUMBER, from the schemes shops run and the words that point at them:
/// - with an order word before it (en/de/fr/nl, in a label, a sentence, parentheses or a JSON key —
///   `Bestellnummer:`, `order #`, `n° de commande`, `"order_id": "…"`), any identifier with a digit in
///   it (Magento increment ids with store and sequence prefixes, WooCommerce/Shopware/Shopify numbers,
///   marketplace ids, year- and letter-prefixed schemes), or a PrestaShop nine-letter reference;
/// - without one, only shapes no other id has: Amazon `3-7-7`, eBay `2-5-5`, Magento's zero-padded
///   nine digits, Shopify's `#1001`, and `ORD-`/`CMD-` prefixed numbers.
/// A word for another kind of number (invoice, ticket, customer, SKU, tracking, model, postcode …)
/// right before wins: those stay unflagged, as do dates, prices and quantities.
final class OrderNumberRecognizer: NumberRecognizer, PositionRecognizer {
    static let entityTypes: [EntityType] = [.orderNumber]
    static let triggers: [Trigger] = [.byte(UInt8(ascii: "#")), .byte(UInt8(ascii: ":")), .byte(UInt8(ascii: "=")), .wordStart]
    /// An order id has at least three digits; a run of one or two may start one (`22-X76192`, year and
    /// letters; bol.com `2SR2NZH3Q5`, Kaufland `5WK9S1U`).
    static let digitCounts = 1...Int.max
    /// Read by other recognizers as "this number is an order's".
    static let context = ContextWords([
        "order", "purchase", "confirmation", "receipt", "bestellung", "bestell", "auftrag", "bestellnummer",
        "commande", "achat", "bestelling", "bestelnummer",
    ])

    /// Words that name an order (a word counts when it starts with one, or contains one of `infixes`).
    static let cueStarts: [[UInt8]] = ["order", "purchase", "bestell", "auftrag", "commande", "cmd", "achat",
                                       "bestel", "ordine", "pedido", "increment_id", "incrementid", "sales_order", "salesorder",
                                       // Payment providers' name for the shop's own order reference (Adyen `merchantReference`).
                                       "merchantref", "merchant_ref",
                                       // PayPal's `custom_id`: the caller's own id for the purchase, where shop plugins put the order's.
                                       "custom_id",
                                       // "commande" with one m, as it is often typed ("La comande 8264… a été débitée").
                                       "comande"].map { Array($0.utf8) }
    static let cueInfixes: [[UInt8]] = ["bestell", "auftrag", "commande", "_order", "-order", "order_", "orderid", "ordernum"].map { Array($0.utf8) }
    /// Words that point at an order only weakly: a reference or a bare "Nr." (score below a real cue).
    /// (Not the abbreviations "réf." and "ref": on a product page, a price list or a quote they are the
    /// article's reference, and "ref:" in CI logs is a commit; "réf. commande" has its order word. They
    /// point only at PrestaShop's nine-letter order reference, a shape no article number has.)
    static let weakCues: [[UInt8]] = ["référence", "reference", "referenz", "nr", "n°", "nº", "no", "num",
                                      // B2B: the buyer's purchase-order number ("PO 4500012345").
                                      "po",
                                      // "Order confirmation 2023/5831", "La confirmation 000028680 a été envoyée".
                                      "confirmation", "bestätigung",
                                      // A receipt ("Beleg") may carry the order number or its own ("receipt RE-2025-46054").
                                      "receipt",
                                      // A refund is booked against the order it pays back.
                                      "refund", "erstattung", "rückerstattung", "remboursement", "rembourser", "erstatten"].map { Array($0.utf8) }
    /// Words that name another kind of number: right before a number, they win over any cue further back.
    static let otherNumbers: [[UInt8]] = [
        "invoice", "rechnung", "facture", "ticket", "case", "vorgang", "dossier", "incident", "issue", "customer", "kunde",
        "client", "sku", "artikel", "article", "item", "product", "produit", "model", "modell", "modèle", "tracking",
        "sendung", "suivi", "colis", "parcel", "paket", "ean", "gtin", "isbn", "plz", "postcode", "zip", "tel", "phone",
        "telefon", "iban", "konto", "account", "compte", "vat", "ust", "tva", "siret", "siren", "serial", "serien",
        "version", "voucher", "gutschein", "coupon", "gift", "bon", "membre", "member", "mitglied", "contrat", "vertrag",
        "contract", "rma", "retour", "return", "avoir", "gutschrift", "credit", "lieferschein", "delivery", "livraison",
        "bl", "ust-id", "steuer", "mandat", "mandate", "police", "policy", "reservation", "réservation", "buchung", "booking",
        "txn", "transaction", "payment", "zahlung", "paiement", "psp", "charge", "auth", "request", "session", "trace", "art",
        "ersatzteil", "teilenummer", "teil", "pièce", "piece", "part", "typenschild", "vorfall", "fabricant", "hersteller", "manufacturer",
        // Customer-number abbreviations ("Kd.-Nr.", "KNr"), and what issue trackers, rule sets and CI number.
        "kd", "knr", "rule", "regel", "règle", "support", "bug", "task", "aufgabe", "tâche", "line", "zeile", "ligne", "page",
        "seite", "step", "schritt", "étape", "build", "job", "pull", "commit", "merge",
        // Disputes and complaints have their own case numbers; issue trackers' verbs ("fixes #880665").
        "dispute", "litige", "fall", "claim", "reklamation", "réclamation", "beschwerde", "fixes", "fixed", "closes", "resolves",
        "behebt", "corrige", "refs", "bic", "swift",
        // Tax numbers: "StNr" (Steuernummer), the Spanish and Portuguese NIF.
        "stnr", "nif",
        // Chat transcripts and help desks number their conversations ("Chat transcript #657700", "Zendesk [#94241]");
        // a marketplace's item ("Objet n° 2288…", eBay's item number), a CI run.
        "chat", "transcript", "transcription", "zendesk", "freshdesk", "jira", "conversation", "thread", "objet", "run",
        // Suppliers and vendors number their own accounts ("supplier no. KD-751703", "Lieferantennr.", "n° fournisseur").
        "supplier", "lieferant", "fournisseur", "vendor", "kreditor",
        // Issue trackers join tickets: "Ticket #495293 merged into #399279", "duplicate of #1234".
        "merged", "duplicate", "fusionné", "zusammengeführt",
    ].map { Array($0.utf8) }
    /// Cards and tax registrations number their holders ("Loyalty card no. …", "Carte de fidélité n° …",
    /// "Kundenkarte Nr. …", "tax no. 10161 17963"): they name a number only right before it (with its number
    /// noun), not as a word further back in the sentence ("paid with my card … at the shop, reference #80395").
    static let holderNumbers = WordList(["card", "carte", "karte", "kundenkarte", "fidélité", "fidelite", "loyalty", "treue", "tax"])
    /// Register abbreviations that a bare "Nr." follows: the tax number "St.-Nr.", trade registers "HRB", "RCS".
    static let registerAbbreviations = WordList(["st", "stnr", "hrb", "hra", "rcs"])
    /// A key in snake case whose first part is "po" and the rest a number noun ("po_number", "po_no", "po_id"):
    /// the buyer's purchase-order number, an order's.
    static func purchaseOrderKey(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard w.count >= 4, ByteClass.lower(w[0]) == UInt8(ascii: "p"), ByteClass.lower(w[1]) == UInt8(ascii: "o"),
              w[2] == UInt8(ascii: "_") || w[2] == UInt8(ascii: "-") else { return false }
        return lists.numberNoun.equalsAny(UnsafeBufferPointer(rebasing: w[3...]))
    }
    static let refAbbreviations = WordList(["réf", "ref"])
    /// Abbreviated order words, matched whole (as prefixes "ord" and "cde" would take "ordinary", "cdef"):
    /// "ord 2800560533", "cde KUXMVXTAI", "Bestellnr.", "Best.-Nr.", "Auftr.".
    static let orderAbbreviations = WordList(["ord", "ordr", "cde", "cdes", "cmde", "bstnr", "bestnr", "best.-nr", "auftr", "bestellnr", "ordnr",
                                              "ordernr", "orderno", "commandenr"])
    /// Nine upper-case letters at `a` and no more: PrestaShop's order reference.
    static func isPrestaShopReference(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        guard a + 9 <= t.count, a + 9 == t.count || !ByteClass.isAlnum(t[a + 9]) else { return false }
        for k in a..<(a + 9) where !ByteClass.isUpper(t[k]) { return false }
        return true
    }
    /// Words that name an identifier: after one, an order word earlier in the clause still counts.
    static let numberNouns: [[UInt8]] = ["number", "nummer", "numéro", "numero", "no", "nr", "n°", "nº", "num", "id"].map { Array($0.utf8) }
    /// Verbs of handing a request on (escalating, forwarding): the `#` number they give is the case's.
    static let handedOn = ContextWords(["escalated", "escalate", "forwarded", "eskaliert", "weitergegeben", "weitergeleitet",
                                        "transmis", "transféré", "escaladé"])
    /// Words that may stand between an order word and its number.
    static let fillers: [[UInt8]] = [
        "no", "nr", "n°", "nº", "n", "num", "number", "nummer", "numéro", "numero", "id", "is", "ist", "est", "lautet", "was", "war",
        "la", "le", "de", "du", "des", "d", "ma", "mon", "votre", "vos", "notre", "your", "my", "our", "meine", "meiner", "meinen",
        "ihre", "ihrer", "ihren", "unsere", "the", "die", "der", "dem", "den", "with", "mit", "avec", "for", "für", "pour", "zu", "zur",
        "of", "von", "sur", "in", "im", "à", "a", "an", "am", "dans", "reference", "référence", "ref", "réf", "online", "new", "neue",
        "nouvelle", "amazon", "ebay", "etsy", "zalando", "otto", "bol", "bol.com", "cdiscount", "shopify", "marketplace", "web",
        "shop", "boutique", "code", "et", "and", "und", "it", "es", "c", "'s", "das", "this", "that", "ce", "dies", "cette", "here", "hier", "voici",
        "one", "other", "second", "first", "zweite", "andere", "autre", "deuxième", "première",
        // "my order its 2381…" (sloppy "it's"), "Commande test BE238431", "order (e.g. 72154)", "(z. B. …)", "(ex. …)".
        "its", "test", "e", "g", "eg", "z", "b", "zb", "ex", "i",
        // "Order status 2023/5831", "the kaufland order", "commande bol.com 2905076526": a status word, a
        // marketplace or a domain between the order word and its id.
        "status", "statut", "s", "com", "fr", "nl", "be", "at", "ch", "uk", "co", "aliexpress",
        "kaufland", "allegro", "vinted", "fnac", "darty", "manomano", "temu", "shein", "galaxus", "backmarket", "rakuten", "wish",
        "real", "limango", "mediamarkt", "conforama", "leboncoin", "marktplaats", "wayfair", "idealo",
        // The shop software that numbered it ("Votre commande PrestaShop KBWLQUMAO"); French "en ligne" (online).
        "prestashop", "woocommerce", "magento", "shopware", "bigcommerce", "oxid", "plentymarkets", "en",
        // "Commande concernée : …", "N° de commande marchand : …", "betroffene Bestellung".
        "concernée", "concerné", "concerned", "affected", "betroffene", "betroffenen", "marchand", "merchant", "händler",
        // What a document says its number is: "The order confirmation said 2902168043", "la confirmation indique …".
        "said", "says", "shows", "showed", "reads", "states", "indique", "indiquait", "affiche", "zeigt", "zeigte", "sagt",
        // ("merged into #…": the look-back reaches the verb.)
        "into",
    ].map { Array($0.utf8) }
    /// What is sent or done FOR an order (en, de, fr), and the preposition: its parcel, its return, refund or replacement
    /// ("the parcel for X", "Your return for 49341262", "Votre retour pour 63103", "Erstattung für 302114"). The id after
    /// "for" is the order's, not a year or a place ("Paket für 10115 Berlin": `placeOrYearAt`). (Not the French and German
    /// words for delivery: "la livraison pour WS14-M-Green" is a product's, "pour" and "für" being wider than "for".)
    static let shipmentNouns = WordList(["parcel", "package", "shipment", "delivery", "return", "refund", "replacement",
                                         "paket", "retoure", "rücksendung", "erstattung", "colis", "retour", "remboursement"])
    static let forWords = WordList(["for", "für", "pour"])
    /// At `a`, a year (four digits from 1900 to 2099 standing alone) or a place (a postcode, four or five digits, then
    /// a capitalized word: "10115 Berlin", "75001 Paris").
    static func placeOrYearAt(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        var e = a
        while e < t.count && e - a <= 5 && ByteClass.isDigit(t[e]) { e += 1 }
        guard e - a == 4 || e - a == 5, e == t.count || !ByteClass.isAlnum(t[e]) else { return false }
        if e - a == 4 && (t[a] == UInt8(ascii: "1") && t[a + 1] == UInt8(ascii: "9") || t[a] == UInt8(ascii: "2") && t[a + 1] == UInt8(ascii: "0")) {
            return true
        }
        return e + 1 < t.count && t[e] == 0x20 && (ByteClass.isUpper(t[e + 1]) || t[e + 1] >= 0xC3)
    }
    /// Prepositions that name an order's id after the verb: "commandé sous X", "ordered under X", "unter X bestellt".
    static let underWords = WordList(["sous", "under", "unter"])
    /// Ordering verbs that may follow the id in German ("habe ich unter X bestellt").
    static let orderedAfter = WordList(["bestellt", "gekauft", "ordered", "commandé"])
    /// The customer as the owner of an order ("commande client", "customer PO", "Bestellung des Kunden"):
    /// next to an order word these name the order, not a customer number.
    static let customerWords = WordList(["client", "clients", "customer", "customers", "kunde", "kunden", "kundin"])
    /// German compounds are named by their last part: "Kundenauftrag" is an order, "Kundennummer" is not.
    static let orderHeads: [StaticString] = ["auftrag", "bestellung"]
    /// Who speaks in a transcript line ("Kunde: …", "Client : …").
    static let speakers = WordList(["kunde", "kundin", "client", "cliente", "customer", "käufer", "buyer", "acheteur", "acheteuse", "moi",
                                    "me", "ich", "user", "utilisateur", "nutzer", "visitor", "besucher", "gast", "guest", "k", "c", "u",
                                    // Question-and-answer forms: "Q: What is your order number?" ⏎ "A: …".
                                    "a", "r", "answer", "antwort", "réponse", "reponse", "visiteur", "visiteuse"])
    /// Words that join two ids of one kind: "orders 114-… and 408-…", "(… et …)", "WEB-… und FR1-…".
    static let conjunctions = WordList(["and", "und", "et", "or", "oder", "ou", "sowie", "plus", "&"])
    /// Sequence prefixes that name another kind of document: invoices, credit notes, customers, tickets.
    static let otherPrefixes = WordList(["inv", "re", "rg", "fa", "fac", "fact", "rech", "cn", "gs", "kd", "kn", "cust", "cus", "tkt",
                                         "tk", "sr", "cs", "rma", "ret", "gut", "av", "cr", "dn", "ls", "bl", "sku", "art", "ean",
                                         "plz", "tic", "case", "lic", "sn", "ser", "mod", "ver", "v", "k", "c", "t", "s", "f",
                                         // Service-desk tickets: incidents, requests, changes, problems, support cases.
                                         "inc", "req", "ritm", "chg", "prb", "sup", "tck", "cli", "mandat",
                                         // PayPal's payment resource ids (`PAYID-…`); Stripe's object ids (`in_…` invoice,
                                         // `pi_`/`ch_`/`py_` payments, `cus_`, `txn_`, `re_` refunds).
                                         "payid", "in", "pi", "ch", "py", "cus", "txn", "src", "pm", "acct", "prod", "sub"])

    /// Sequence-extension prefixes that say "order" themselves (`ORD-2024-000123`).
    static let orderPrefixes = WordList(["ord", "order", "cmd", "bst", "auf", "so", "wc"])
    /// What follows a price or a quantity.
    static let units: [[UInt8]] = ["€", "eur", "usd", "chf", "gbp", "$", "£", "euro", "items", "stück", "stk", "articles", "pcs", "x ", "kg", "cm", "mm", "ml",
                                   "units", "unit", "pieces", "pièces", "exemplaires", "exemplaire", "exemplare", "copies", "more", "mehr",
                                   "cases", "crates", "bottles", "flaschen", "kisten", "bouteilles", "caisses", "pallets", "paletten", "palettes",
                                   "de plus", "pairs", "paar", "paires", "packs", "boxes", "cartons", "rollen", "rolls"].map { Array($0.utf8) }

    init() throws {}

    enum Cue { case none, other, weak, strong }

    // MARK: Entry points

    /// At `#`, `:` or `=`, or at a word start (a letter-first id after an order word).
    func recognize(_ s: inout ScanState, _ sc: Scratch, at i: Int) throws -> Int? {
        switch s.t[i] {
        case UInt8(ascii: "#"): return hash(&s, i)
        case UInt8(ascii: ":"), UInt8(ascii: "="): return label(&s, i)
        default: return letterFirst(&s, i)
        }
    }

    /// `i` is a `#`: Shopify/WooCommerce `#1001`, `#EU1042`, `#1042-CH`, or after an order word any id.
    func hash(_ s: inout ScanState, _ i: Int) -> Int? {
        var a = i + 1
        if s.at(a) == 0x20 { a += 1 }
        guard ByteClass.isAlnum(s.at(a)), let (e, digits, letters) = OrderNumberRecognizer.token(s.t, a), digits >= 1 else { return nil }
        var cue = OrderNumberRecognizer.cueBefore(s, i)
        if cue != .strong && cue != .weak {
            // The column it stands in ("Ticket;…" ⏎ "…;#47114;…") decides either way.
            switch OrderNumberRecognizer.context(s, i) {
            case .strong, .weak: cue = .strong
            case .other: return nil
            case .none:
                // A cell under a header that names no order ("Remarque", "Notiz"): the table says what its
                // columns hold, and this one holds no order number.
                // (Only a cell that is the number alone: "Best. #11770 ute" in a cell says what it is.)
                if cue == .none && i > 0, s.t[i - 1] == 0x09 || s.t[i - 1] == UInt8(ascii: ";") || s.t[i - 1] == UInt8(ascii: "|"),
                   OrderNumberRecognizer.header(s, i) != nil { return nil }
            }
        }
        if cue == .other { return nil }
        // "201 Created  id=#8157": a key=value field's key names its value, and this one is no order word.
        if cue == .none && i > 0 && s.t[i - 1] == UInt8(ascii: "=") { return nil }
        // "I've escalated this as #832620", "Ich habe das als #879085 weitergegeben", "J'ai transmis votre demande,
        // #430673": a request handed on gets a case number, not an order's.
        if cue == .none && s.near(OrderNumberRecognizer.handedOn, i, e, before: 40, after: 24) { return nil }
        // "#B-1454 ← that's the order", "#5512 is the ticket".
        let after = OrderNumberRecognizer.cueAfter(s, e)
        if after == .other && cue != .strong { return nil }  // (an order word right before wins: "order #27137 is model …")
        if cue == .none && after == .strong { cue = .strong }
        var score: Double
        if cue == .strong { score = 0.95 } else {
            // "#123-456" is another kind of id, a colour is not an order, and a hashtag has a word in it.
            // Shop numbering starts at four digits (Shopify's #1001); "#120" alone is an issue or a list item.
            if letters > 4 || digits < (letters == 0 ? 4 : 3) || digits > 12 || OrderNumberRecognizer.hasOtherPrefix(s.t, a, e) { return nil }
            if (e - a == 3 || e - a == 6) && letters > 0 && (a..<e).allSatisfy({ ByteClass.isHex(s.t[$0]) }) { return nil }
            if let d = (a..<e).first(where: { s.t[$0] == UInt8(ascii: "-") }), d > a, ByteClass.isDigit(s.t[d - 1]), ByteClass.isDigit(s.at(d + 1)) { return nil }
            // "#23613: Token im Repo gefunden": a number that heads a line and a title is an issue's.
            if i == 0 || s.t[i - 1] == 0x0A, s.at(e) == UInt8(ascii: ":") { return nil }
            // "[#94241]": help desks tag their tickets and conversations so in subjects and transcripts.
            if i > 0 && s.t[i - 1] == UInt8(ascii: "[") && s.at(e) == UInt8(ascii: "]") { return nil }
            // A `#` glued to a number before it joins two ids ("33030#33030": nginx's pid#tid), it
            // does not number an order.
            if i > 0 && ByteClass.isDigit(s.t[i - 1]) { return nil }
            score = cue == .weak ? 0.85 : 0.75
        }
        guard !OrderNumberRecognizer.isQuantityOrPrice(s, a, e) else { return nil }
        s.out.append(Candidate(start: a == i + 1 ? i : i, end: e, type: .orderNumber, score: score))
        return e
    }

    /// `i` is a `:` or `=` after a key or label: `Bestellnummer: XKBKNABJK`, `"order_id": "DE000123456"`, `order=1042`.
    func label(_ s: inout ScanState, _ i: Int) -> Int? {
        var cue = OrderNumberRecognizer.cueBefore(s, i + 1)
        // `"id": 7874` in an order's object (the word before the key is another member's, not this id's).
        if cue != .strong && cue != .weak && OrderNumberRecognizer.orderObjectKey(s.t, i) { cue = .strong }
        guard cue == .strong || cue == .weak else { return nil }
        var a = i + 1
        while a < s.t.count && (s.t[a] == 0x20 || s.t[a] == 0x09 || s.t[a] == UInt8(ascii: "\"") || s.t[a] == UInt8(ascii: "'")) { a += 1 }
        if s.at(a) == UInt8(ascii: "#") { a += 1; if s.at(a) == 0x20 { a += 1 } }
        return accept(&s, a, cue)
    }

    /// `i` is a letter at a word start: a letter-first id (`DE000123456`, `SW10234`, `XKBKNABJK`) after an order word.
    func letterFirst(_ s: inout ScanState, _ i: Int) -> Int? {
        // Upper case, or a digit among the first bytes: lower-case ids ("sgw45380") need an order word.
        guard ByteClass.isUpper(s.t[i]) || ByteClass.isDigit(s.at(i + 1)) || ByteClass.isDigit(s.at(i + 2))
                || ByteClass.isDigit(s.at(i + 3)) && ByteClass.isAlpha(s.at(i + 2)) else { return nil }
        // The id's shape first (cheap), the words before it only for a candidate.
        guard let (e, digits, letters) = OrderNumberRecognizer.token(s.t, i),
              digits >= 1 || letters == 9 && e - i == 9 else { return nil }
        // A word and a version ("HTTP/1.1", "TLSv1.3") is a protocol's.
        if OrderNumberRecognizer.isVersion(s.t, i, e) { return nil }
        var cue = OrderNumberRecognizer.cueBefore(s, i)
        if cue == .other && OrderNumberRecognizer.contextCue(s, i) { cue = .strong }
        if cue == .none {
            switch OrderNumberRecognizer.context(s, i) {
            case .strong, .weak: cue = .strong
            case .other: return nil
            case .none:
                if OrderNumberRecognizer.isAmazonDigital(s.t, i, e) || OrderNumberRecognizer.isPaddedSequence(s.t, i, e)
                    || OrderNumberRecognizer.hasOrderPrefix(s.t, i, e) { cue = .weak }
            }
        }
        // "NUSDWKXHQ ist die Bestellreferenz", "K55957538 ist die Kundennummer".
        let after = OrderNumberRecognizer.cueAfter(s, e)
        if after == .other && (cue != .strong || OrderNumberRecognizer.afterComma(s.t, i)) { return nil }
        if cue == .none && after == .strong && !OrderNumberRecognizer.hasOtherPrefix(s.t, i, e) { cue = .strong }
        guard cue == .strong || cue == .weak else { return nil }
        return accept(&s, i, cue)
    }

    /// The id at `a` after an order word: any id with a digit, or a nine-letter PrestaShop reference.
    func accept(_ s: inout ScanState, _ a: Int, _ cue: Cue) -> Int? {
        guard ByteClass.isAlnum(s.at(a)), let (e, digits, letters) = OrderNumberRecognizer.token(s.t, a) else { return nil }
        if digits == 0 {
            // PrestaShop: nine upper-case letters.
            guard letters == 9, e - a == 9, (a..<e).allSatisfy({ ByteClass.isUpper(s.t[$0]) }) else { return nil }
        } else {
            guard digits >= 3 || digits >= 1 && letters >= 2 && e - a >= 5 else { return nil }
            if cue == .weak && (digits < 4 || OrderNumberRecognizer.hasOtherPrefix(s.t, a, e) || OrderNumberRecognizer.isHexDigest(s.t, a, e)
                                || OrderNumberRecognizer.productObject(s.t, a)) { return nil }
        }
        if OrderNumberRecognizer.isVersion(s.t, a, e) || OrderNumberRecognizer.otherShape(s.t, a, e) { return nil }
        guard !OrderNumberRecognizer.isQuantityOrPrice(s, a, e), !OrderNumberRecognizer.isDate(s.t, a, e) else { return nil }
        s.out.append(Candidate(start: a, end: e, type: .orderNumber, score: cue == .strong ? 0.95 : 0.8))
        return e
    }

    /// A number that starts with a digit: marketplace shapes, Magento's padded ids, prefixed schemes
    /// (`ORD-2024-000123`, `WC-2024-0042`: the letters before the dash belong to it), or any id after an order word.
    func recognize(_ s: inout ScanState, _ run: NumberRun, at i: Int) throws -> Candidate? {
        let t = s.t
        // "(114-9207497-0323324 und …)": the id starts after the parenthesis.
        let i = t[i] == UInt8(ascii: "(") && ByteClass.isDigit(s.at(i + 1)) ? i + 1 : i
        guard ByteClass.isDigit(t[i]), !run.plus else { return nil }
        // A lone digit starts an id only when letters are glued to it ("2SR2NZH3Q5"); "2 items" is a count.
        if run.digitCount == 1 && !ByteClass.isAlpha(s.at(i + 1)) { return nil }
        // The id may begin before the digits: "ORD-2024-…", "A-123456", "BO_2024_1234".
        var a = i
        if i >= 2, t[i - 1] == UInt8(ascii: "-") || t[i - 1] == UInt8(ascii: "_") || t[i - 1] == UInt8(ascii: "/"), ByteClass.isAlnum(t[i - 2]) {
            var k = i - 1
            while k > 0 && (ByteClass.isAlnum(t[k - 1]) || (t[k - 1] == UInt8(ascii: "-") || t[k - 1] == UInt8(ascii: "_")) && k >= 2 && ByteClass.isAlnum(t[k - 2])) && i - k < 16 { k -= 1 }
            // A lower-case word before a slash is a path segment ("/api/orders/93146"), not the id's prefix.
            let segment = t[i - 1] == UInt8(ascii: "/") && (k..<(i - 1)).allSatisfy { ByteClass.isLower(t[$0]) || t[$0] == UInt8(ascii: "-") || t[$0] == UInt8(ascii: "_") }
            if !segment && (k == 0 || !(ByteClass.isAlnum(t[k - 1]) || t[k - 1] >= 0x80)) { a = k }
        }
        // (Marketplace ids may have a single digit among letters: bol.com "2TCCSMLCPD"; they need a cue below.)
        guard let (e, digits, letters) = OrderNumberRecognizer.token(t, a), digits >= 3 || digits >= 1 && letters >= 2 && e - a >= 5 else { return nil }
        // Dates are never order ids: rejected before the look-back, which every number would pay.
        if OrderNumberRecognizer.isDate(t, a, e) || OrderNumberRecognizer.otherShape(t, a, e) { return nil }
        // Nor are decimals, unless an order word right before says so ("ma commande est 939.335").
        let dotted = letters == 0 && e - a <= 8 && (a..<e).contains(where: { t[$0] == UInt8(ascii: ".") })
        var cue = OrderNumberRecognizer.cueBefore(s, a)
        if dotted && cue != .strong { return nil }
        // An id whose own prefix says "order" (`BST-874441`, `SO-28288`) is one after any word: "Chargeback zu BST-…".
        let ownPrefix = a < i && letters > 0 && OrderNumberRecognizer.hasOrderPrefix(t, a, i)
        if cue == .other && ownPrefix { cue = .none }
        // "ref: 5e487d0": a short hex digest (a commit, a build) under a weak word is the digest.
        if cue == .weak && OrderNumberRecognizer.isHexDigest(t, a, e) { return nil }
        // "Reference: INV-12019": a weak word does not make another document's numbered id an order's.
        if cue == .weak && (a < i && OrderNumberRecognizer.hasOtherPrefix(t, a, e) || OrderNumberRecognizer.hasOtherSegment(t, a, e)
                            || OrderNumberRecognizer.productObject(t, a)) { return nil }
        if cue == .other && OrderNumberRecognizer.contextCue(s, a) { cue = .strong }
        if cue == .weak && (OrderNumberRecognizer.context(s, a) == .other || OrderNumberRecognizer.otherAfter(s, e)) { return nil }
        // "mon num 04.60.59.65.05": a weak word ("num", "Nr.") before a phone's shape points at the phone.
        if cue == .weak && a == i && OrderNumberRecognizer.phoneShaped(run) { return nil }
        // "mon num c'est le 213361568 envoyez un sms": a word only phones have right after says which number it is.
        if cue == .weak && a == i && letters == 0 && PhoneRecognizer.dialWordAfter(t, e) { return nil }
        if cue == .other { return nil }
        // "300525425 ist meine Bestellung", "436328 c'est mon n° client".
        let after = digits >= 4 ? OrderNumberRecognizer.cueAfter(s, e) : .none
        if after == .other && (cue != .strong || OrderNumberRecognizer.afterComma(t, a)) { return nil }
        var score = 0.0
        if cue == .strong { score = 0.95 } else if cue == .weak && digits >= 4 { score = 0.8 }
        if cue == .none && after == .strong && !OrderNumberRecognizer.hasOtherPrefix(t, a, e) { score = 0.9 }
        // "hab grad 3458107808386631 storniert": a long number that was cancelled or refunded is an order.
        if cue == .none && letters == 0 && digits >= 6 && OrderNumberRecognizer.cancelledAfter(s, e) { score = max(score, 0.85) }
        // Shapes that are orders on their own.
        let g = run.groupLen
        let dashed = run.seps & ~NumberRun.paren == NumberRun.dash && g.count == 3 && a == i && e == run.end
        if dashed && g[0] == 3 && g[1] == 7 && g[2] == 7 { score = max(score, 0.9) }        // Amazon
        if dashed && g[0] == 2 && g[1] == 5 && g[2] == 5 { score = max(score, 0.7) }        // eBay
        if a == i && g.count == 1 && e == run.end {
            let n = e - a
            if n == 9 && t[a] == UInt8(ascii: "0") && t[a + 1] == UInt8(ascii: "0") {
                score = max(score, 0.75)  // Magento's zero-padded increment ID
            } else if n == 9 && t[a + 1] == UInt8(ascii: "0") && t[a + 2] == UInt8(ascii: "0") {
                score = max(score, 0.55)  // store prefix digit + zero-padded increment: "100056748"
            }
        }
        // Sequence-extension prefixes that say "order" themselves.
        if ownPrefix { score = max(score, 0.9) }
        if OrderNumberRecognizer.isPaddedSequence(t, a, e) || OrderNumberRecognizer.isCdiscount(t, a, e) { score = max(score, 0.7) }
        var spokenEnd = 0
        if cue == .none {
            // The column it stands in decides either way ("Ticket;…" ⏎ "…;INC0089238;…").
            switch OrderNumberRecognizer.context(s, a) {
            // A column headed "Bestellnummer" or an answer to "Which order?" says it as plainly as a label.
            case .strong:
                score = max(score, 0.95)
                // An answer read out in groups of two to four digits ("460 068 427 440", "760 05") is one number.
                if a == i && letters == 0 && e == run.groupEnd[0] && run.groupLen.count > 1 && run.seps == NumberRun.space
                    && run.groupLen.allSatisfy({ $0 >= 2 && $0 <= 4 }) && !ByteClass.isAlnum(s.at(run.end)) {
                    spokenEnd = run.end
                }
            case .weak: if score == 0 { score = 0.85 }
            case .other: return nil
            case .none: break
            }
        }
        guard score > 0, !OrderNumberRecognizer.isQuantityOrPrice(s, a, e) else { return nil }
        return Candidate(start: a, end: max(e, spokenEnd), type: .orderNumber, score: score)
    }

    // MARK: Shape

    /// The id starting at `a`: letters and digits, joined by single `-`, `_`, `/` or `.` between them.
    /// Returns its end, digit count and letter count; nil past 32 bytes.
    static func token(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> (Int, Int, Int)? {
        var j = a, digits = 0, letters = 0
        while j < t.count {
            let c = t[j]
            if ByteClass.isDigit(c) { digits += 1; j += 1; continue }
            if ByteClass.isAlpha(c) { letters += 1; j += 1; continue }
            if (c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: "/") || c == UInt8(ascii: ".")) && j > a
                && j + 1 < t.count && ByteClass.isAlnum(t[j + 1]) { j += 1; continue }
            break
        }
        guard j > a, j - a <= 32 else { return nil }
        // Glued to non-ASCII letters ("12345€", "Straße") or an e-mail: not an id.
        if j < t.count && (t[j] >= 0x80 && !(t[j] == 0xC2 || t[j] == 0xE2) || t[j] == UInt8(ascii: "@")) { return nil }
        return (j, digits, letters)
    }

    /// `12.03.2024`, `2024-03-12`, `03/12/24`.
    static func isDate(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        var parts = 0, l0 = 0, l1 = 0, l2 = 0, sep: UInt8 = 0
        for k in a..<e {
            let c = t[k]
            if ByteClass.isDigit(c) {
                if parts == 0 { l0 += 1 } else if parts == 1 { l1 += 1 } else { l2 += 1 }
            } else if c == UInt8(ascii: ".") || c == UInt8(ascii: "-") || c == UInt8(ascii: "/") {
                if sep != 0 && c != sep { return false }
                sep = c; parts += 1
                if parts > 2 { return false }
            } else { return false }
        }
        guard parts == 2 else { return false }
        // The parts must be a day, a month and a year a date can have: "26-04-7550" and "25-12-0904" are
        // year-prefixed order numbers, not dates.
        func value(_ from: Int, _ n: Int) -> Int { var v = 0; var k = from; var m = 0
            while m < n { if ByteClass.isDigit(t[k]) { v = v * 10 + Int(t[k] - 0x30); m += 1 }; k += 1 }; return v }
        let v0 = value(a, l0), v1 = value(a + l0 + 1, l1), v2 = value(a + l0 + l1 + 2, l2)
        func dayMonth(_ x: Int, _ y: Int) -> Bool { (1...31).contains(x) && (1...12).contains(y) || (1...12).contains(x) && (1...31).contains(y) }
        if l0 <= 2 && l1 <= 2 && (l2 == 2 || l2 == 4) { return dayMonth(v0, v1) && (l2 == 2 || (1900...2099).contains(v2)) }
        if l0 == 4 && l1 <= 2 && l2 <= 2 { return (1900...2099).contains(v0) && dayMonth(v1, v2) }
        return false
    }

    /// A price (`49.90`, followed by a currency) or a quantity (followed by a unit).
    static func isQuantityOrPrice(_ s: ScanState, _ a: Int, _ e: Int) -> Bool {
        let t = s.t
        // "49.90": one dot with two decimals and nothing else.
        var dots = 0, other = 0
        for k in a..<e { if t[k] == UInt8(ascii: ".") { dots += 1 } else if !ByteClass.isDigit(t[k]) { other += 1 } }
        // A decimal ("49.90", "15.6\"", "2.5"): a price or a measurement, not an id.
        if dots == 1 && other == 0 && (e - a >= 4 && t[e - 3] == UInt8(ascii: ".") || t[e - 2] == UInt8(ascii: ".") || e - a <= 6) { return true }
        if e < t.count && t[e] == UInt8(ascii: "\"") && dots + other == 0 && e - a <= 3 { return true }  // inches
        // "order 250 of item ART-…": a count of something.
        if dots + other == 0 && e - a <= 3 && ByteClass.hasWord(t, " of ", at: e) { return true }
        // "769,68 CHF": a decimal comma, then a currency below.
        if other == 0 && dots == 0 && s.at(e) == UInt8(ascii: ",") && ByteClass.isDigit(s.at(e + 1)) && ByteClass.isDigit(s.at(e + 2))
            && !ByteClass.isDigit(s.at(e + 3)) { return isQuantityOrPrice(s, e + 1, e + 3) }
        if a > 0 && t[a - 1] == UInt8(ascii: "$") || a > 1 && t[a - 2] == 0xC2 && t[a - 1] == 0xA3 { return true }  // $, £
        var j = e
        if j < t.count && t[j] == 0x20 { j += 1 }
        for u in units where j + u.count <= t.count {
            var same = true
            for q in 0..<u.count where ByteClass.lower(t[j + q]) != u[q] { same = false; break }
            if same && !ByteClass.isAlpha(s.at(j + u.count)) { return true }
        }
        return false
    }

    /// A sequence-extension id: a short letter prefix (and a store digit), then a zero-padded counter of
    /// eight or more digits (`WEB-000581409`, `CH000848811`, `FR1-00545514`) — unless the prefix names
    /// an invoice, a customer or a ticket.
    static func isPaddedSequence(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        var k = a
        while k < e && ByteClass.isUpper(t[k]) { k += 1 }
        let letters = k - a
        guard letters >= 1, letters <= 4 else { return false }
        if otherPrefixes.equalsAny(UnsafeBufferPointer(rebasing: t[a..<k])) { return false }
        if k < e && ByteClass.isDigit(t[k]) && k + 1 < e && t[k + 1] == UInt8(ascii: "-") { k += 1 }  // store digit: "FR1-"
        if k < e && (t[k] == UInt8(ascii: "-") || t[k] == UInt8(ascii: "_")) { k += 1 }
        guard e - k >= 8, e - k <= 12, t[k] == UInt8(ascii: "0"), t[k + 1] == UInt8(ascii: "0") else { return false }
        for q in k..<e where !ByteClass.isDigit(t[q]) { return false }
        return true
    }

    /// The letters the id at `a` starts with say "order" themselves (`ORD-…`, `BST-…`, `ORDER_…`).
    static func hasOrderPrefix(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        var k = a
        while k < e && ByteClass.isAlpha(t[k]) { k += 1 }
        return k > a && k < e && orderPrefixes.equalsAny(UnsafeBufferPointer(rebasing: t[a..<k]))
    }

    /// Seven to forty lower-case hex characters with letters and digits: a commit or a digest's prefix.
    static func isHexDigest(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        guard e - a >= 7, e - a <= 40 else { return false }
        var letters = 0
        for k in a..<e {
            let c = t[k]
            if ByteClass.isDigit(c) { continue }
            guard c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f") else { return false }
            letters += 1
        }
        return letters > 0 && letters < e - a
    }

    /// Amazon's digital orders: `D01-1234567-1234567`.
    static func isAmazonDigital(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        guard e - a == 19, t[a] == UInt8(ascii: "D"), t[a + 3] == UInt8(ascii: "-"), t[a + 11] == UInt8(ascii: "-") else { return false }
        for q in (a + 1)..<e where q != a + 3 && q != a + 11 && !ByteClass.isDigit(t[q]) { return false }
        return true
    }

    /// Cdiscount: the order's date and time `YYMMDDhhmm`, then four or five letters (`2501201010PHYH`).
    static func isCdiscount(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        guard e - a == 14 || e - a == 15 else { return false }
        for q in a..<(a + 10) where !ByteClass.isDigit(t[q]) { return false }
        // The tail is upper-case letters and digits, a letter among them ("…XAW", "…OLE9O", "…N4116").
        var letter = false
        for q in (a + 10)..<e { if ByteClass.isUpper(t[q]) { letter = true } else if !ByteClass.isDigit(t[q]) { return false } }
        guard letter else { return false }
        @inline(__always) func two(_ q: Int) -> Int { Int(t[q] - 0x30) * 10 + Int(t[q + 1] - 0x30) }
        return (1...12).contains(two(a + 2)) && (1...31).contains(two(a + 4)) && two(a + 6) < 24 && two(a + 8) < 60
    }

    // MARK: Context

    /// Context that is not a word before the id: the header of its table column
    /// ("Bestellnummer;Datum;…", "| Commande | Client |"), or the agent's question the line answers
    /// ("Zu welcher Bestellung?" ⏎ "Kunde: #27568").
    static func contextCue(_ s: ScanState, _ a: Int) -> Bool { let c = context(s, a); return c == .strong || c == .weak }

    /// The column header's cue, else `.strong` for an answered question, else `.none`.
    static func context(_ s: ScanState, _ a: Int) -> Cue {
        let t = s.t
        // The line start: the last line break in the 401 bytes before `a` (memrchr: this look-back runs
        // for every number candidate, and a byte loop over long lines was 6 % of a dense scan). None
        // there: the first line, or a line too long to be a table row — neither has a header or a
        // question above it.
        guard let base = t.baseAddress else { return .none }
        // A value of an SQL INSERT: the column at its position in the column list names it.
        // (Only where a tuple's value can start — after "(", ",", ", " or a quote after one — not after every space.)
        if a > 1, t[a - 1] == UInt8(ascii: "(") || t[a - 1] == UInt8(ascii: ",")
            || (t[a - 1] == UInt8(ascii: "'") || t[a - 1] == 0x20) && (t[a - 2] == UInt8(ascii: "(") || t[a - 2] == UInt8(ascii: ",") || t[a - 2] == 0x20 && a > 2 && t[a - 3] == UInt8(ascii: ",")),
           let c = OrderNumberRecognizer.insertColumn(t, a) { return c }
        let nl = sovereign_last_byte(base, max(0, a - 401), a, 0x0A)
        guard nl >= 0 else { return .none }
        let ls = nl + 1
        if t[ls] == UInt8(ascii: "E"), let c = OrderNumberRecognizer.idocReference(t, ls, a) { return c }
        var seps = false
        for q in ls..<a {
            let c = t[q]
            if c == UInt8(ascii: ";") || c == UInt8(ascii: ",") || c == UInt8(ascii: "|") || c == 0x09 { seps = true; break }
        }
        // Cheap exits first: a table row has a separator before the id (or is the first cell, then one
        // soon after it); an answer follows a line that ends in "?".
        if !seps {
            var q = a
            while q < t.count && q - a < 64 && t[q] != 0x0A {
                let c = t[q]
                if c == UInt8(ascii: ";") || c == UInt8(ascii: ",") || c == UInt8(ascii: "|") || c == 0x09 { seps = true; break }
                q += 1
            }
        }
        // (A weak header word, "Nr." or "Référence", still decides the column: callers take `.weak` as a cue.)
        if seps, let c = columnHeader(s, ls, a) { return c }
        var le = ls > 0 ? ls - 1 : 0
        while le > 0 && (t[le - 1] == 0x20 || t[le - 1] == 0x0D) { le -= 1 }
        // A question, or a request ("Nennen Sie mir bitte die Bestellnummer."), that the next line answers.
        guard le > 0, t[le - 1] == UInt8(ascii: "?") || t[le - 1] == UInt8(ascii: ".") else { return .none }
        return answersQuestion(s, ls, a) ? .strong : .none
    }

    /// SAP IDoc flat files (ORDERS, ORDRSP, DESADV, INVOIC): the header segment E2EDK02 ("document header reference
    /// data") carries a qualifier, QUALF, then the referenced document's number, BELNR. SAP's code list for QUALF: 001
    /// the customer's purchase order; 012 a delivery, 009 an invoice and the rest other documents. (002, the vendor's
    /// own reference, is used for other numbers too, a customer's among them: not taken.) The line: the segment name
    /// (with a release suffix: E2EDK02005), the IDoc number, the qualifier, the number
    /// ("E2EDK02   1000000000710564056 001  472921813").
    static func idocReference(_ t: UnsafeBufferPointer<UInt8>, _ ls: Int, _ a: Int) -> Cue? {
        guard a - ls >= 12, ByteClass.hasWord(t, "e2edk02", at: ls) else { return nil }
        var k = ls + 7
        while k < ls + 10 && ByteClass.isDigit(t[k]) { k += 1 }
        guard t[k] == 0x20 else { return nil }
        // The qualifier is the field right before the number (a `#` of a Shopify name belongs to the number).
        var e = a
        if t[e - 1] == UInt8(ascii: "#") { e -= 1 }
        var spaces = 0
        while e > k && t[e - 1] == 0x20 { e -= 1; spaces += 1 }
        guard spaces > 0, e - 4 >= k, t[e - 4] == 0x20, t[e - 3] == UInt8(ascii: "0"), t[e - 2] == UInt8(ascii: "0") else { return nil }
        switch t[e - 1] {
        case UInt8(ascii: "1"): return .strong
        default: return .other
        }
    }

    /// The cell separator of a table line (`;`, `,`, tab or `|`) and the index of the cell holding `a`.
    static func cell(_ t: UnsafeBufferPointer<UInt8>, _ ls: Int, _ a: Int) -> (sep: UInt8, index: Int, count: Int)? {
        guard let base = t.baseAddress else { return nil }
        // The separators in the order they are tried (`;`, tab, `|`, `,`), all counted in one vectorized pass
        // before and one after `a` (a loop per separator and byte cost 16 % of a scan of a long CSV document).
        var before = (0, 0, 0, 0), after = (0, 0, 0, 0)
        let eol = min(t.count, a + 400)
        let nl = sovereign_first_byte(base, a, eol, 0x0A)
        let e = nl >= 0 ? nl : eol
        let separators: (UInt8, UInt8, UInt8, UInt8) = (UInt8(ascii: ";"), 0x09, UInt8(ascii: "|"), UInt8(ascii: ","))
        withUnsafeBytes(of: separators) { seps in
            let sp = seps.baseAddress!.assumingMemoryBound(to: UInt8.self)
            withUnsafeMutableBytes(of: &before) { sovereign_count_bytes4(base, ls, a, sp, $0.baseAddress!.assumingMemoryBound(to: Int.self)) }
            withUnsafeMutableBytes(of: &after) { sovereign_count_bytes4(base, a, e, sp, $0.baseAddress!.assumingMemoryBound(to: Int.self)) }
        }
        if after.0 + before.0 > 0 { return (UInt8(ascii: ";"), before.0, before.0 + after.0) }
        if after.1 + before.1 > 0 { return (0x09, before.1, before.1 + after.1) }
        if after.2 + before.2 > 0 { return (UInt8(ascii: "|"), before.2, before.2 + after.2) }
        if after.3 + before.3 > 0 { return (UInt8(ascii: ","), before.3, before.3 + after.3) }
        return nil
    }

    /// The count of `sep` in the line `st..<le`.
    static func count(_ t: UnsafeBufferPointer<UInt8>, _ sep: UInt8, _ st: Int, _ le: Int) -> Int {
        guard let base = t.baseAddress, le > st else { return 0 }
        return sovereign_count_byte(base, st, le, sep)
    }

    /// The header cell above `a` in a CSV or markdown table: the nearest line above (within 30, every
    /// line in between with as many separators) whose cell at the same index has letters and no digits.
    static func columnHeader(_ s: ScanState, _ ls: Int, _ a: Int) -> Cue? {
        let t = s.t
        guard let (c0, c1, st, le) = headerCell(s, ls, a) else { return nil }
        let l = lists
        var cue = Cue.none
        var w0 = c0, words = 0
        while w0 < c1 {
            words += 1
            if words > 4 { return nil }
            while w0 < c1 && !(ByteClass.isAlpha(t[w0]) || t[w0] >= 0x80) { w0 += 1 }
            var w1 = w0
            while w1 < c1 && (ByteClass.isAlnum(t[w1]) || t[w1] >= 0x80 || t[w1] == UInt8(ascii: "_")) { w1 += 1 }
            guard w1 > w0 else { break }
            let w = UnsafeBufferPointer(rebasing: t[w0..<w1])
            if OrderNumberRecognizer.purchaseOrderKey(w) { cue = .strong; w0 = w1; continue }
            if l.other.startsAny(w) { return .other }
            if l.cueStart.startsAny(w) || w.count >= 7 && l.infix.containsAny(w) { cue = .strong }
            else if cue == .none && l.weak.equalsAny(w) { cue = .weak }
            w0 = w1
        }
        // "reference;ean13;stock;prix_ttc": a reference or number column in a product table is the product's.
        if cue == .weak && productTable(t, st, le) { return Cue.none }
        return cue
    }

    /// The header cell of the table column holding `a` (a CSV, TSV or markdown row), when there is one.
    static func header(_ s: ScanState, _ a: Int) -> UnsafeBufferPointer<UInt8>? {
        let t = s.t
        guard let base = t.baseAddress else { return nil }
        let nl = sovereign_last_byte(base, max(0, a - 401), a, 0x0A)
        guard nl >= 0, let (c0, c1, _, _) = headerCell(s, nl + 1, a) else { return nil }
        return UnsafeBufferPointer(rebasing: t[c0..<c1])
    }

    /// The header cell above `a`: (cell start, cell end, header line start, header line end).
    static func headerCell(_ s: ScanState, _ ls: Int, _ a: Int) -> (Int, Int, Int, Int)? {
        let t = s.t
        guard ls > 0, let (sep, index, total) = cell(t, ls, a) else { return nil }
        guard let base = t.baseAddress else { return nil }
        // JSON and code are not tables, whatever their commas.
        var q0 = ls
        // (A member line, `"merchantReference": "GVJGQDURB",`, is JSON whose braces are on other lines.)
        while q0 < t.count && t[q0] != 0x0A && q0 - ls < 400 {
            let c = t[q0]
            if c == UInt8(ascii: "{") || c == UInt8(ascii: "}") { return nil }
            // (A key's closing quote: after a name, before one colon; a quoted cell `"::ffff:…"` opens with one.)
            if c == UInt8(ascii: "\"") && q0 > ls && q0 + 2 < t.count && t[q0 + 1] == UInt8(ascii: ":") && t[q0 + 2] != UInt8(ascii: ":")
                && (ByteClass.isAlnum(t[q0 - 1]) || t[q0 - 1] == UInt8(ascii: "_")) { return nil }
            q0 += 1
        }
        var le = ls - 1  // the line break ending the line above
        for _ in 0..<30 {
            // The line's start: after the line break before it (glibc's vectorized memrchr).
            let st = sovereign_last_byte(base, 0, le, 0x0A) + 1
            guard count(t, sep, st, le) == total else { return nil }
            // The cell `index` of that line.
            var n = 0, c0 = st
            var q = st
            while q < le && n < index { if t[q] == sep { n += 1; c0 = q + 1 }; q += 1 }
            if n == index {
                var c1 = c0
                while c1 < le && t[c1] != sep { c1 += 1 }
                var digits = 0, letters = 0
                for r in c0..<c1 { if ByteClass.isDigit(t[r]) { digits += 1 } else if ByteClass.isAlpha(t[r]) || t[r] >= 0x80 { letters += 1 } }
                if letters > 0 && digits == 0 {
                    // The header: its words decide, another kind of number first ("Réf. pièce" is a part's
                    // reference, "id_commande" an order's).
                    // A header cell is a few words; a clause with as many commas as the line below is prose.
                    guard c1 - c0 <= 40 else { return nil }
                    return (c0, c1, st, le)
                }
            }
            guard st > 0 else { return nil }
            le = st - 1
        }
        return nil
    }

    /// Header words of a product table: barcodes, stock and price columns.
    static let productColumns = WordList(["ean", "gtin", "upc", "isbn", "sku", "stock", "lager", "bestand", "prix", "price", "preis",
                                          "qty", "quantity", "quantité", "menge"])
    /// The header line `st..<le` has a product column.
    static func productTable(_ t: UnsafeBufferPointer<UInt8>, _ st: Int, _ le: Int) -> Bool {
        var k = st
        while k < le {
            while k < le && !ByteClass.isAlpha(t[k]) { k += 1 }
            var k1 = k
            while k1 < le && (ByteClass.isAlnum(t[k1]) || t[k1] >= 0x80) { k1 += 1 }
            if k1 > k && productColumns.startsAny(UnsafeBufferPointer(rebasing: t[k..<k1])) { return true }
            k = k1
        }
        return false
    }

    /// A JSON object (on one line) around `a` with a product key: `{"reference":"UFK-6527-IF","ean":"…"}` — its
    /// "reference" is the article's.
    static func productObject(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        var o = a
        while o > 0 && a - o < 300 && t[o - 1] != UInt8(ascii: "{") && t[o - 1] != 0x0A { o -= 1 }
        guard o > 0, t[o - 1] == UInt8(ascii: "{") else { return false }
        var k = o
        while k < t.count && k - o < 600 && t[k] != UInt8(ascii: "}") && t[k] != 0x0A {
            // A key: a quoted word followed by a colon.
            if t[k] == UInt8(ascii: "\""), k + 1 < t.count {
                var e = k + 1
                while e < t.count && e - k < 24 && (ByteClass.isAlnum(t[e]) || t[e] == UInt8(ascii: "_")) { e += 1 }
                if e > k + 1 && e + 1 < t.count && t[e] == UInt8(ascii: "\"") && t[e + 1] == UInt8(ascii: ":")
                    && productColumns.startsAny(UnsafeBufferPointer(rebasing: t[(k + 1)..<e])) { return true }
                k = e
            }
            k += 1
        }
        return false
    }

    /// `a` is the first value after a speaker's label ("Kunde: #27568", "Client : BE-50142") and the line
    /// before asks for an order ("Zu welcher Bestellung?", "Pour quelle commande ?").
    static func answersQuestion(_ s: ScanState, _ ls: Int, _ a: Int) -> Bool {
        let t = s.t
        guard ls >= 2 else { return false }
        // A chat log's time stamp before the speaker: "[8h07] Customer: #24971", "[3:46 am] Client : …".
        var ws = ls
        // Quote marks of an e-mail reply ("> > Bitte nennen Sie uns Ihre Bestellnummer." ⏎ "> 23372").
        while ws < a && (t[ws] == UInt8(ascii: ">") || t[ws] == 0x20) { ws += 1 }
        if t[ws] == UInt8(ascii: "[") {
            var r = ws + 1
            while r < a && r - ws < 16 && t[r] != UInt8(ascii: "]") && t[r] != 0x0A { r += 1 }
            if r < a && t[r] == UInt8(ascii: "]") { ws = r + 1; while ws < a && t[ws] == 0x20 { ws += 1 } }
        }
        var q = ws
        while q < a && (ByteClass.isAlpha(t[q]) || t[q] >= 0x80) { q += 1 }
        var spoken = false
        if q == ws && (ws == a || ws + 1 == a && t[ws] == UInt8(ascii: "#")) {
            // No speaker: the answer is the id alone on its line.
            guard let (e, _, _) = token(t, a) else { return false }
            var r = e
            while r < t.count && (t[r] == 0x20 || t[r] == 0x0D) { r += 1 }
            guard r == t.count || t[r] == 0x0A else { return false }
        } else if !(q > ws && q - ws <= 12 && speakers.equalsAny(UnsafeBufferPointer(rebasing: t[ws..<q])) && {
            var r = q
            while r < a && (t[r] == 0x20 || t[r] == UInt8(ascii: ":") || t[r] == UInt8(ascii: "#")) { r += 1 }
            return r == a || r + 1 == a && t[r] == UInt8(ascii: "#")
        }()) {
            guard spokenAnswer(t, ws, q, a) else { return false }
            spoken = true
        }
        var le = ls - 1
        while le > 0 && (t[le - 1] == 0x20 || t[le - 1] == 0x0D) { le -= 1 }
        guard le > 0, t[le - 1] == UInt8(ascii: "?") || t[le - 1] == UInt8(ascii: ".") else { return false }
        var st = le - 1
        while st > 0 && t[st - 1] != 0x0A { st -= 1 }
        // A label that is no listed speaker answers only a question that another speaker's label opens
        // ("Agent: Can I have your order number?" ⏎ "Caller: yeah it's …"): one field after a sentence
        // ("La commande … a été débitée." ⏎ "EAN: 4002704873672.") is a form, not a dialogue.
        if spoken && !speakerLine(t, st, le) { return false }
        // An order word in the question.
        let l = lists
        var k = st
        while k < le {
            while k < le && !(ByteClass.isAlpha(t[k]) || t[k] >= 0x80) { k += 1 }
            var k1 = k
            while k1 < le && (ByteClass.isAlnum(t[k1]) || t[k1] >= 0x80) { k1 += 1 }
            if k1 > k {
                let w = UnsafeBufferPointer(rebasing: t[k..<k1])
                if l.cueStart.startsAny(w) || w.count >= 7 && l.infix.containsAny(w) { return true }
            }
            k = k1
        }
        return false
    }

    /// Words that open a spoken answer before the value itself: "yeah it's …", "ja, das ist die …",
    /// "oui c'est le …", "sure, …", "also, …", "alors, …".
    static let answerWords = WordList(["yes", "yeah", "yep", "yup", "sure", "okay", "ok", "so", "well", "uh", "um", "erm", "it", "its", "it's",
                                       "s", "is", "that", "that's", "this", "the", "my", "number", "of", "course", "right", "ja", "jo", "also",
                                       "klar", "genau", "moment", "das", "ist", "die", "der", "äh", "ähm", "oui", "alors", "euh", "ben", "bah",
                                       "c", "c'est", "est", "le", "la", "voilà", "voila", "bien", "sûr", "alright", "here", "hier", "voici"])
    /// A transcript line answering in speech: a speaker's label of one or two words and a colon ("Caller:",
    /// "Anrufer:", "Appelant :", "Marie Dubois:"), then up to five words that open an answer, then the value
    /// at `a`. `ws` is the label's start and `q` the end of its first word.
    static func spokenAnswer(_ t: UnsafeBufferPointer<UInt8>, _ ws: Int, _ q: Int, _ a: Int) -> Bool {
        guard q > ws, q - ws <= 16, ByteClass.isUpper(t[ws]), !lists.other.startsAny(UnsafeBufferPointer(rebasing: t[ws..<q])) else { return false }
        var r = q
        // A name's second word ("Marie Dubois:").
        if r + 1 < a && t[r] == 0x20 && ByteClass.isUpper(t[r + 1]) {
            var e = r + 1
            while e < a && e - r < 16 && (ByteClass.isAlpha(t[e]) || t[e] >= 0x80 || t[e] == UInt8(ascii: "-")) { e += 1 }
            if e < a && (t[e] == UInt8(ascii: ":") || t[e] == 0x20 && e + 1 < a && t[e + 1] == UInt8(ascii: ":")) { r = e }
        }
        if r < a && t[r] == 0x20 { r += 1 }
        guard r < a, t[r] == UInt8(ascii: ":") else { return false }
        r += 1
        for _ in 0..<6 {
            while r < a && (t[r] == 0x20 || t[r] == UInt8(ascii: ",") || t[r] == UInt8(ascii: "'")) { r += 1 }
            if r == a || r + 1 == a && t[r] == UInt8(ascii: "#") { return true }
            var e = r
            while e < a && e - r < 12 && (ByteClass.isAlpha(t[e]) || t[e] >= 0x80 && !(t[e] == 0xE2 && e + 1 < a && t[e + 1] == 0x80 && e + 2 < a && t[e + 2] == 0x99)) { e += 1 }
            guard e > r, answerWords.equalsAny(UnsafeBufferPointer(rebasing: t[r..<e])) else { return false }
            r = e
            // A typographic apostrophe (U+2019) inside "it’s", "c’est".
            if r + 2 < a && t[r] == 0xE2 && t[r + 1] == 0x80 && t[r + 2] == 0x99 { r += 3 }
        }
        return false
    }

    /// The line `st..<le` opens with a speaker's label (one or two words and a colon, perhaps after a time
    /// stamp) and a sentence after it: a turn of a dialogue.
    static func speakerLine(_ t: UnsafeBufferPointer<UInt8>, _ st: Int, _ le: Int) -> Bool {
        guard let r = speakerLabelEnd(t, st, le) else { return false }
        // A turn of three words or more and no digit: a sentence that asks, not a field and its value
        // ("Order ID: EZMDZXZYD.", "Bezug: Bestell-Nr. 028-…").
        var n = 0, inWord = false
        for x in (r + 1)..<le {
            if ByteClass.isDigit(t[x]) { return false }
            let letter = ByteClass.isAlpha(t[x]) || t[x] >= 0x80
            if letter && !inWord { n += 1 }
            inWord = letter
        }
        return n >= 3
    }

    /// The colon of a speaker's label opening the line at `st` (one or two capitalized words, perhaps after
    /// quote marks and a time stamp: "Agent:", "Conseillère :", "[10:02] Marie Dubois:"), followed by a space
    /// before `le`; nil when the line opens otherwise.
    static func speakerLabelEnd(_ t: UnsafeBufferPointer<UInt8>, _ st: Int, _ le: Int) -> Int? {
        var ws = st
        while ws < le && (t[ws] == UInt8(ascii: ">") || t[ws] == 0x20) { ws += 1 }
        if ws < le && t[ws] == UInt8(ascii: "[") {
            var r = ws + 1
            while r < le && r - ws < 40 && t[r] != UInt8(ascii: "]") { r += 1 }
            if r < le && t[r] == UInt8(ascii: "]") { ws = r + 1; while ws < le && t[ws] == 0x20 { ws += 1 } }
        }
        var r = ws, words = 0
        while r < le && words < 2 {
            let w0 = r
            while r < le && r - w0 < 16 && (ByteClass.isAlpha(t[r]) || t[r] >= 0x80 || t[r] == UInt8(ascii: "-")) { r += 1 }
            guard r > w0, ByteClass.isUpper(t[w0]) || t[w0] >= 0x80 else { return nil }
            words += 1
            if r < le && t[r] == 0x20 && r + 1 < le && t[r + 1] == UInt8(ascii: ":") { r += 1 }
            if r < le && t[r] == UInt8(ascii: ":") { return r + 1 < le && t[r + 1] == 0x20 ? r : nil }
            guard r < le, t[r] == 0x20 else { return nil }
            r += 1
        }
        return nil
    }

    /// Looks back from `a` over up to five words, skipping punctuation and filler words, for the word that
    /// says what this number is.
    /// The word broken at `k` ("…-\n" before it, `t[k..<j]` its tail) is an order word once joined.
    static func hyphenatedCue(_ t: UnsafeBufferPointer<UInt8>, _ k: Int, _ j: Int) -> Bool {
        var p = k - 2
        while p > 0 && k - 2 - p < 24 && (ByteClass.isAlnum(t[p - 1]) || t[p - 1] >= 0x80) { p -= 1 }
        let head = k - 2 - p, tail = min(j - k, 24)
        guard head > 0, tail > 0 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buf in
            for q in 0..<head { buf[q] = t[p + q] }
            for q in 0..<tail { buf[head + q] = t[k + q] }
            let w = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buf)[0..<(head + tail)])
            return lists.cueStart.startsAny(w) || w.count >= 7 && lists.infix.containsAny(w)
        }
    }

    static func cueBefore(_ s: ScanState, _ a: Int) -> Cue {
        let t = s.t
        if a >= 7 && (t[a - 1] == UInt8(ascii: ":") || t[a - 1] == UInt8(ascii: "+")) && OrderNumberRecognizer.edifactOrder(t, a) { return .strong }
        let l = lists
        var j = a
        var weak = false, numberNoun = false, article = false, capitalized = false, purchaseOrder = false, labelColon = false, forWhat = false
        for round in 0..<6 {
            // A sentence ends between the last word read and the next ("… s'il vous plaît. La confirmation …").
            var sentenceEnd = false
            while j > 0 {
                let c = t[j - 1]
                if c == UInt8(ascii: ".") && j < t.count && (t[j] == 0x20 || t[j] == 0x0A) { sentenceEnd = true }
                if c == 0x20 || c == 0x09 || c == UInt8(ascii: ":") || c == UInt8(ascii: "#") || c == UInt8(ascii: ".") || c == UInt8(ascii: "(")
                    || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "=") || c == UInt8(ascii: "-") || c == UInt8(ascii: "[")
                    || c == UInt8(ascii: "{") || c == UInt8(ascii: ",") || c == UInt8(ascii: "*") || c == UInt8(ascii: "]")
                    || c == UInt8(ascii: "/") || c == UInt8(ascii: "|")
                    || c == UInt8(ascii: "\n") && j >= 2 && (t[j - 2] == UInt8(ascii: ":") || t[j - 2] == UInt8(ascii: "{") || t[j - 2] == UInt8(ascii: ","))
                    || c == UInt8(ascii: "\n") && OrderNumberRecognizer.labelBreak(t, j - 1) {
                    // (A line break only inside a label or a JSON object: "Bestellnummer:\n…", "{\n  \"txn\": …",
                    // a label hyphenated or abbreviated over two lines: "Bestell-\nnummer:", "Order no.\n…".)
                    if round == 0 && c == UInt8(ascii: ":") { labelColon = true }
                    j -= 1
                } else if c == UInt8(ascii: ">") {
                    // Markup between the word and the id ("Bestellung <strong>63106"): skip the whole tag.
                    var q = j - 1
                    while q > 0 && j - q < 48 && t[q - 1] != UInt8(ascii: "<") && t[q - 1] != UInt8(ascii: ">") && t[q - 1] != 0x0A { q -= 1 }
                    // UBL `<cac:OrderReference><cbc:ID>`, CII `<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>`:
                    // the document's id, named by the parent element (a tax registration's is the VAT number).
                    if round == 0 && j == a && q > 0 && t[q - 1] == UInt8(ascii: "<"), let c = OrderNumberRecognizer.parentElementCue(t, q, j - 1) {
                        return c
                    }
                    // An XML element right around the id names it, as a JSON key does ("<numero_commande>HQ0R1P0",
                    // "<OrderNumber>…", "<kundennummer>…"): its name is the word read next, when it is a cue or
                    // another number's word.
                    if round == 0 && j == a && q > 0 && t[q - 1] == UInt8(ascii: "<") && ByteClass.isAlpha(t[q]),
                       let e = OrderNumberRecognizer.elementName(t, q, j - 1) {
                        j = e
                        break
                    }
                    j = q > 0 && t[q - 1] == UInt8(ascii: "<") ? q - 1 : j - 1
                } else { break }
            }
            if sentenceEnd && capitalized { return weak ? .weak : .none }
            var k = j
            while k > 0 && j - k < 40, ByteClass.isAlnum(t[k - 1]) || t[k - 1] >= 0x80 || t[k - 1] == UInt8(ascii: "_") || t[k - 1] == UInt8(ascii: "-") && k >= 2 && ByteClass.isAlpha(t[k - 2]) { k -= 1 }
            // A SWIFT MT940 `:86:` subfield code glued to the word ("?20Order 1405…", "?20Bestellung …") is
            // not part of it.
            if k >= 1 && j - k > 3 && t[k - 1] == UInt8(ascii: "?") && ByteClass.isDigit(t[k]) && ByteClass.isDigit(t[k + 1])
                && ByteClass.isAlpha(t[k + 2]) { k += 2 }
            guard k < j else { return weak ? .weak : .none }
            capitalized = ByteClass.isUpper(t[k])
            // The first of a numbered series of JSON keys names what its stem names: Klarna's
            // `"merchant_reference1"` holds the shop's order reference (its `…2` the other references
            // a shop keeps, a customer number, so a later member stays a word with a digit).
            var we = j
            if k > 0 && t[k - 1] == UInt8(ascii: "\"") && j < t.count && t[j] == UInt8(ascii: "\"") && j - k > 4
                && t[j - 1] == UInt8(ascii: "1") && ByteClass.isAlpha(t[j - 2]) { we = j - 1 }
            let w = UnsafeBufferPointer(rebasing: t[k..<we])
            // A stand-in left by redaction ("[ORDER_NUMBER]") names what was there, not what follows.
            if k > 0 && t[k - 1] == UInt8(ascii: "[") && w.allSatisfy({ ByteClass.isUpper($0) || $0 == UInt8(ascii: "_") }) { return .none }
            // A word hyphenated at a line end, as PDF and OCR text breaks it ("Bestel-\nlnummer 98518569",
            // "N°deco-\nmmande …"): the line's first word is the tail; the word is read whole.
            if round == 0 && k >= 3 && t[k - 1] == 0x0A && t[k - 2] == UInt8(ascii: "-") && (ByteClass.isAlpha(t[k - 3]) || t[k - 3] >= 0x80)
                && OrderNumberRecognizer.hyphenatedCue(t, k, j) { return .strong }
            // "Best.Nr.", "Best.-Nr.": Bestellnummer abbreviated in two parts (the walk reads "Nr" alone).
            if w.count == 2 && ByteClass.hasWord(w, "nr", at: 0) {
                let p = ByteClass.hasWord(t, "best.", at: k - 5) ? 5 : ByteClass.hasWord(t, "best.-", at: k - 6) ? 6 : 0
                if p > 0 && (k == p || !ByteClass.isAlnum(t[k - p - 1])) { return .strong }
            }
            // A word with a digit is another id ("code for order ORDER259673 is 448831"), not a word for this one.
            let id = w.contains(where: { ByteClass.isDigit($0) })
            // "Kundenauftrag", "Sammelbestellung": the compound's last part names it.
            if !id && OrderNumberRecognizer.orderHead(w) { return .strong }
            // "X-Build: #0037", "Kunden-Nr.": a hyphenated compound is named by its last part.
            if !id, let h = w.lastIndex(of: UInt8(ascii: "-")), h + 2 < w.count, !l.other.startsAny(w),
               l.other.startsAny(UnsafeBufferPointer(rebasing: w[(h + 1)...])) { return .other }
            // "Customer: Etsy receipt #…": a transcript's speaker before the words that name the number is who
            // speaks; the clause starts after the colon.
            if round > 0 && j < t.count && t[j] == UInt8(ascii: ":") && OrderNumberRecognizer.speakers.equalsAny(w) { return weak ? .weak : .none }
            // "The parcel for (A9228626) came damaged": a shipment is for an order; the
            // id after "for" is what it was shipped for, not the parcel's own number.
            if !id && forWhat && OrderNumberRecognizer.shipmentNouns.equalsAny(w) && !OrderNumberRecognizer.placeOrYearAt(t, a) { return .strong }
            // "commande en ligne n036905": "en ligne" is "online", not a line's number.
            if !id && w.count == 5 && ByteClass.hasWord(w, "ligne", at: 0) && k >= 3 && ByteClass.hasWord(t, "en ", at: k - 3)
                && (k == 3 || !ByteClass.isAlpha(t[k - 4])) { j = k; continue }
            if !id && round <= 2 && OrderNumberRecognizer.holderNumbers.startsAny(w) { return .other }
            if !id && l.other.startsAny(w) {
                // The customer who owns the order: "customer PO 45…", "commande client 00…", "Bestellung des Kunden PO-…".
                if OrderNumberRecognizer.customerWords.equalsAny(w) {
                    if purchaseOrder { return .weak }
                    if OrderNumberRecognizer.orderWordBefore(s, k) { return .strong }
                }
                return .other
            }
            if !id && w.count <= 10 && OrderNumberRecognizer.orderAbbreviations.equalsAny(w) { return .strong }
            if !id && OrderNumberRecognizer.purchaseOrderKey(w) { return .strong }
            if !id && w.count <= 4 && OrderNumberRecognizer.registerAbbreviations.equalsAny(w) { return .other }
            if !id && (l.cueStart.startsAny(w) || w.count >= 7 && l.infix.containsAny(w)) {
                // "I ordered the KD-55X85K", "j'ai commandé le …": the verb with an article names the product.
                if article && l.verbs.equalsAny(w) { return .none }
                // "tu peux commander 120 Galaxy S24": after the verb, a short number is how many.
                if l.verbs.equalsAny(w) && OrderNumberRecognizer.shortNumber(t, a) { return .none }
                // "purchaseDate", "orderDateTime", "bestellwert", "total_order_amount": what the order has, not its id.
                if OrderNumberRecognizer.describesOther(w) { return .other }
                // A path segment ("/api/orders/…") names only the segment after it: "GET /commande HTTP/1.1".
                if k > 0 && t[k - 1] == UInt8(ascii: "/") && !(j + 1 == a && t[j] == UInt8(ascii: "/")) { return .none }
                // `"related_ids": {"order_id": …}`: a payment provider's own resource ids, not the shop's order.
                if round == 0 && k > 0 && t[k - 1] == UInt8(ascii: "\"") && j < t.count && t[j] == UInt8(ascii: "\"")
                    && OrderNumberRecognizer.providerObject(t, k - 1) { return .other }
                return .strong
            }
            // "j'ai commandé sous X", "I ordered under X", "habe ich unter X bestellt": the id the order was placed under.
            if !id && round == 0 && OrderNumberRecognizer.underWords.equalsAny(w) {
                var p = k
                while p > 0 && t[p - 1] == 0x20 { p -= 1 }
                var q = p
                while q > 0 && p - q < 16 && (ByteClass.isAlpha(t[q - 1]) || t[q - 1] >= 0x80) { q -= 1 }
                if q < p && l.verbs.equalsAny(UnsafeBufferPointer(rebasing: t[q..<p])) { return .strong }
                var e = a
                while e < t.count && e - a < 40 && !(t[e] == 0x20 || t[e] == 0x0A) { e += 1 }
                var f = e
                while f < t.count && t[f] == 0x20 { f += 1 }
                var g = f
                while g < t.count && g - f < 16 && (ByteClass.isAlpha(t[g]) || t[g] >= 0x80) { g += 1 }
                if g > f && OrderNumberRecognizer.orderedAfter.equalsAny(UnsafeBufferPointer(rebasing: t[f..<g])) { return .strong }
                return .none
            }
            if l.articles.equalsAny(w) { article = true }
            forWhat = round == 0 && OrderNumberRecognizer.forWords.equalsAny(w)
            if let last = s.out.last, last.type == .orderNumber {
                // "orders 114-… and 408-…": an id joined to an order id just before is one too,
                if l.conj.equalsAny(w), k - last.end <= 3, k >= last.end { return .strong }
                // and so is the next of a list ("Commandes : XMDSXTDIY, MYXZMPWVN") — unless the comma is a
                // CSV row's and the column says otherwise.
                // (A prose list has a space after the comma; "#25557,0045 32 49 06 94" is a CSV row's next cell.)
                // ("Order #15038 / IVKSPWKZN": the shop's number and its reference, joined by a slash.)
                if last.end == j, last.start == k || last.start + 1 == k, a - j <= 3,
                   t[j] == UInt8(ascii: ",") && s.at(j + 1) == 0x20 || a - j == 3 && t[j] == 0x20 && t[j + 1] == UInt8(ascii: "/") {
                    return OrderNumberRecognizer.context(s, a) == .other ? .other : .strong
                }
            }
            if w.count <= 4 && OrderNumberRecognizer.refAbbreviations.equalsAny(w) && OrderNumberRecognizer.isPrestaShopReference(t, a) {
                weak = true
            } else if l.weak.equalsAny(w) {
                weak = true
                if w.count == 2 && ByteClass.hasWord(w, "po", at: 0) {
                    purchaseOrder = true
                    // "PO: X7U9CO3M": as a label, the buyer's purchase-order number says "order" outright (a
                    // marketplace's own id under it has few digits); "PO 4500…" in prose stays weak ("PO Box").
                    if round == 0 && labelColon { return .strong }
                }
            } else if l.numberNoun.equalsAny(w) { numberNoun = true } else if !l.filler.equalsAny(w) {
                // "I placed an order on Monday, the number is 10023": a number noun right before the id and
                // an order word earlier in the same clause.
                if numberNoun || weak, let c = clauseCue(s, from: k, l), c != .none { return c == .other ? .other : .strong }
                // "Bestellung aus Österreich: 2748": a short label at the line start headed by an order word.
                if labelColon && !weak && OrderNumberRecognizer.labelHead(s, k) { return .strong }
                return weak ? .weak : .none
            }
            j = k
        }
        return weak ? .weak : .none
    }

    /// The end of the name of the XML start tag `q..<gt` (after a namespace prefix: `<ns:OrderNumber>`) when
    /// that name is an order word, a weak cue or another number's word; nil for markup that names nothing
    /// (`<strong>`, `<td>`).
    static func elementName(_ t: UnsafeBufferPointer<UInt8>, _ q: Int, _ gt: Int) -> Int? {
        var e = q
        while e < gt && (ByteClass.isAlnum(t[e]) || t[e] == UInt8(ascii: "_") || t[e] == UInt8(ascii: "-") || t[e] == UInt8(ascii: ":")) { e += 1 }
        guard e == gt || t[e] == 0x20 else { return nil }
        var n0 = q
        for x in q..<e where t[x] == UInt8(ascii: ":") { n0 = x + 1 }
        guard e > n0 else { return nil }
        let w = UnsafeBufferPointer(rebasing: t[n0..<e])
        let l = lists
        guard l.other.startsAny(w) || l.cueStart.startsAny(w) || w.count >= 7 && l.infix.containsAny(w) || l.weak.equalsAny(w) else { return nil }
        return e
    }

    /// A line break at `nl` that continues a label: a word hyphenated over the break ("Bestell-\nnummer"),
    /// or an abbreviated number noun ending the line ("Order no.\n", "Auftrag Nr.\n").
    static func labelBreak(_ t: UnsafeBufferPointer<UInt8>, _ nl: Int) -> Bool {
        guard nl >= 3 else { return false }
        if t[nl - 1] == UInt8(ascii: "-") { return ByteClass.isAlpha(t[nl - 2]) && ByteClass.isAlpha(t[nl - 3]) }
        guard t[nl - 1] == UInt8(ascii: ".") else { return false }
        var k = nl - 1
        while k > 0 && nl - 1 - k < 4 && ByteClass.isAlpha(t[k - 1]) { k -= 1 }
        guard k < nl - 1, k == 0 || t[k - 1] == 0x20 || t[k - 1] == 0x0A else { return false }
        let w = UnsafeBufferPointer(rebasing: t[k..<(nl - 1)])
        return w.count <= 3 && (lists.numberNoun.equalsAny(w) || lists.weak.equalsAny(w))
    }

    /// `w` is a German compound whose last part is an order word.
    static func orderHead(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard w.count >= 10 else { return false }
        for h in orderHeads {
            let n = h.utf8CodeUnitCount
            if w.count > n + 2 && ByteClass.hasWord(w, h, at: w.count - n) { return true }
        }
        return false
    }

    /// An order word just before the word at `k`, over up to two filler words ("commande client", "Bestellung des Kunden").
    static func orderWordBefore(_ s: ScanState, _ k: Int) -> Bool {
        let t = s.t, l = lists
        var j = k
        for _ in 0..<3 {
            while j > 0 && (t[j - 1] == 0x20 || t[j - 1] == UInt8(ascii: "-")) { j -= 1 }
            var q = j
            while q > 0 && j - q < 40 && (ByteClass.isAlpha(t[q - 1]) || t[q - 1] >= 0x80 || t[q - 1] == UInt8(ascii: "_")) { q -= 1 }
            guard q < j else { return false }
            let w = UnsafeBufferPointer(rebasing: t[q..<j])
            if l.other.startsAny(w) { return false }
            if l.cueStart.startsAny(w) || w.count >= 7 && l.infix.containsAny(w) { return !l.verbs.equalsAny(w) }
            guard l.filler.equalsAny(w) else { return false }
            j = q
        }
        return false
    }

    /// The label ending before the id starts its line and is headed by an order word, in at most four
    /// words: "Bestellung aus Österreich:", "Commande depuis la Suisse :".
    static func labelHead(_ s: ScanState, _ k: Int) -> Bool {
        let t = s.t, l = lists
        var ls = k
        while ls > 0 && k - ls < 48 && t[ls - 1] != 0x0A {
            let c = t[ls - 1]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: ",") || c == UInt8(ascii: ":") || c == UInt8(ascii: ";") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") { return false }
            ls -= 1
        }
        guard ls == 0 || t[ls - 1] == 0x0A else { return false }
        var q = ls, words = 0
        while q < k && t[q] != 0x20 { q += 1 }
        var r = q
        while r < k { if t[r] == 0x20 && r + 1 < k && t[r + 1] != 0x20 { words += 1 }; r += 1 }
        guard q > ls, words <= 3 else { return false }
        let w = UnsafeBufferPointer(rebasing: t[ls..<q])
        return !l.other.startsAny(w) && !l.verbs.equalsAny(w) && (l.cueStart.startsAny(w) || w.count >= 7 && l.infix.containsAny(w))
    }

    /// Shapes no order id has: an ISO date-time ("2026-08-01T02:29"), an IPv4 address, an IPv6 group
    /// ("2a02:8cc4:…"), a decimal amount ("2031,86").
    static func otherShape(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        let n = e - a
        if n >= 11 && t[a + 4] == UInt8(ascii: "-") && t[a + 7] == UInt8(ascii: "-") && t[a + 10] == UInt8(ascii: "T") { return true }
        if e + 1 < t.count && t[e] == UInt8(ascii: ":") && ByteClass.isHex(t[e + 1]) && n <= 4 && (a..<e).allSatisfy({ ByteClass.isHex(t[$0]) }) { return true }
        // (An amount has few places before its decimal comma, and the comma is no CSV cell's: "2031,86 €", not "000842549,16.1.25".)
        if n <= 6 && e + 2 < t.count && t[e] == UInt8(ascii: ",") && ByteClass.isDigit(t[e + 1]) && ByteClass.isDigit(t[e + 2])
            && (e + 3 == t.count || t[e + 3] == 0x20 || t[e + 3] == 0x0A || ByteClass.isAlpha(t[e + 3]) || t[e + 3] >= 0x80
                || (t[e + 3] == UInt8(ascii: ",") || t[e + 3] == UInt8(ascii: ".")) && (e + 4 == t.count || t[e + 4] == 0x20 || t[e + 4] == 0x0A)) { return true }
        // (The address loop only where a dot follows the first one to three digits.)
        guard n >= 7, t[a + 1] == UInt8(ascii: ".") || t[a + 2] == UInt8(ascii: ".") || t[a + 3] == UInt8(ascii: ".") else { return false }
        var dots = 0, part = 0
        for k in a..<e {
            if t[k] == UInt8(ascii: ".") { dots += 1; part = 0 } else if ByteClass.isDigit(t[k]) { part += 1; if part > 3 { return false } } else { return false }
        }
        return dots == 3
    }

    /// Compound ends that name an order's attribute rather than its id.
    static let attributeEnds: [StaticString] = [
        "datetime", "date", "time", "total", "amount", "status", "state", "type", "count", "value", "wert", "summe", "betrag",
        "datum", "zeit", "price", "preis", "prix", "montant", "statut", "ip", "weight", "gewicht", "konto", "account", "compte",
        "iban", "bic",
    ]
    /// The last letters the attribute ends finish with: one look-up rejects most cue words.
    static let attributeLast: [Bool] = {
        var m = [Bool](repeating: false, count: 256)
        for e in attributeEnds { e.withUTF8Buffer { b in m[Int(b[b.count - 1])] = true; m[Int(b[b.count - 1]) & ~0x20] = true } }
        return m
    }()
    static func describesOther(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard w.count > 4, attributeLast[Int(w[w.count - 1])] else { return false }
        for e in attributeEnds {
            let n = e.utf8CodeUnitCount
            if w.count > n + 3 && ByteClass.hasWord(w, e, at: w.count - n) { return true }
        }
        return false
    }
    /// One to three digits, then a space and a letter: a count before what is counted.
    static func shortNumber(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        var k = a
        while k < t.count && k - a < 4 && ByteClass.isDigit(t[k]) { k += 1 }
        return k > a && k - a <= 3 && k + 1 < t.count && t[k] == 0x20 && (ByteClass.isAlpha(t[k + 1]) || t[k + 1] >= 0x80)
    }

    /// An order word (or another number's word) in the clause before `from`, within 80 bytes.
    static func clauseCue(_ s: ScanState, from: Int, _ l: Lists) -> Cue? {
        let t = s.t
        var j = from
        while j > 0 && from - j < 80 {
            let c = t[j - 1]
            // (A dot between letters joins the parts of a name, "order.created id=…", and ends no sentence.)
            let dotted = c == UInt8(ascii: ".") && j < t.count && ByteClass.isAlpha(t[j]) && j >= 2 && ByteClass.isAlpha(t[j - 2])
            if c == UInt8(ascii: ".") && !dotted || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || c == UInt8(ascii: ";") || c == 0x0A { return nil }
            // A middle dot (U+00B7) separates fields as a line break would: "N° de commande : … · Objet n° …";
            // so does an en or em dash in a title ("Etsy Conversations – about receipt #…").
            if c == 0xB7 && j >= 2 && t[j - 2] == 0xC2 { return nil }
            if (c == 0x93 || c == 0x94) && j >= 3 && t[j - 2] == 0x80 && t[j - 3] == 0xE2 { return nil }
            // A transcript's speaker ("Customer: Etsy receipt #…") is who speaks, not what the number is.
            if c == UInt8(ascii: ":") {
                var k = j - 1
                while k > 0 && j - 1 - k < 16 && ByteClass.isAlpha(t[k - 1]) { k -= 1 }
                if k < j - 1, OrderNumberRecognizer.speakers.equalsAny(UnsafeBufferPointer(rebasing: t[k..<(j - 1)])) { return nil }
            }
            guard ByteClass.isAlnum(c) || c >= 0x80 else { j -= 1; continue }
            var k = j
            while k > 0 && j - k < 40 && (ByteClass.isAlnum(t[k - 1]) || t[k - 1] >= 0x80 || t[k - 1] == UInt8(ascii: "_")) { k -= 1 }
            let w = UnsafeBufferPointer(rebasing: t[k..<j])
            if w.contains(where: { ByteClass.isDigit($0) }) { j = k; continue }  // an id ("ORDER_499536"), not a word
            if l.other.startsAny(w) { return .other }
            if l.cueStart.startsAny(w) || w.count >= 7 && l.infix.containsAny(w) { return .strong }
            j = k
        }
        return nil
    }

    /// Another number's word just after the id ("La référence 252-644-6767 sur la pièce détachée"): a weak
    /// cue before does not make it an order's.
    static func otherAfter(_ s: ScanState, _ e: Int) -> Bool {
        let t = s.t, l = lists
        var j = e
        for _ in 0..<5 {
            while j < t.count && (t[j] == 0x20 || t[j] == UInt8(ascii: "(") || t[j] == UInt8(ascii: ",")) { j += 1 }
            var k = j
            while k < t.count && k - j < 40 && (ByteClass.isAlnum(t[k]) || t[k] >= 0x80) { k += 1 }
            guard k > j else { return false }
            let w = UnsafeBufferPointer(rebasing: t[j..<k])
            if l.other.startsAny(w) { return true }
            if l.cueStart.startsAny(w) { return false }
            j = k
        }
        return false
    }

    /// What the words just after the id say it is: an order word ("10023 is my order number", "10023 (ma
    /// commande)", "#B-1454 ← that's the order") gives `.strong`; another number's word after a copula
    /// ("K55957538 ist die Kundennummer", "436328 c'est mon n° client") gives `.other`. An order word that
    /// has an id of its own after it ("3306/magento2 (Bestellung 000784139)") or is a verb ("… bestellen")
    /// points at nothing here. A comma ends the look: "ordered on 15 Mar 2024, order total …".
    static func cueAfter(_ s: ScanState, _ e: Int) -> Cue {
        let t = s.t, l = lists
        var j = e, copula = false
        for _ in 0..<7 {
            while j < t.count {
                let c = t[j]
                if c == 0x20 || c == UInt8(ascii: "(") || c == UInt8(ascii: "-") || c == UInt8(ascii: "'") || c == UInt8(ascii: "=") { j += 1; continue }
                // Dashes and arrows (U+2010–U+21FF): "— my order", "← that's the order".
                if c == 0xE2 && j + 2 < t.count && (t[j + 1] == 0x80 || t[j + 1] >= 0x86 && t[j + 1] <= 0x87) { j += 3; continue }
                break
            }
            var k = j
            while k < t.count && k - j < 40 && (ByteClass.isAlnum(t[k]) || t[k] >= 0x80) { k += 1 }
            guard k > j else { return .none }
            let w = UnsafeBufferPointer(rebasing: t[j..<k])
            // A participle ("was merged", "wurde storniert") is what happened to the id, not what it is.
            if w.count > 4 && (ByteClass.hasWord(w, "ed", at: w.count - 2) || ByteClass.hasWord(w, "ing", at: w.count - 3)) && !l.cueStart.startsAny(w) { return .none }
            if l.other.startsAny(w) { return copula ? .other : .none }
            if l.cueStart.startsAny(w) || w.count >= 7 && l.infix.containsAny(w) {
                if l.verbs.equalsAny(w) { return .none }
                return ownsId(s, k) ? .none : .strong
            }
            if l.copulas.equalsAny(w) { copula = true } else if !l.filler.equalsAny(w) { return .none }
            j = k
        }
        return .none
    }

    /// A comma (and spaces) right before `a`: the id opens a new clause, so an order word before the comma
    /// belongs to the clause before ("…, 300525425 ist meine Bestellung, K55957538 ist die Kundennummer"), and
    /// what the clause says after the id decides.
    static func afterComma(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        var k = a
        while k > 0 && a - k < 3 && t[k - 1] == 0x20 { k -= 1 }
        if k > 0 && t[k - 1] == UInt8(ascii: ",") { return true }
        // Or a conjunction that joins two clauses: "… is my order number and FA202472997 is the invoice".
        guard k < a else { return false }
        var w = k
        while w > 0 && k - w < 4 && ByteClass.isAlpha(t[w - 1]) { w -= 1 }
        guard w < k, w > 0, t[w - 1] == 0x20 else { return false }
        return clauseConjunctions.equalsAny(UnsafeBufferPointer(rebasing: t[w..<k]))
    }
    static let clauseConjunctions = WordList(["and", "und", "et", "but", "aber", "mais"])

    /// An id right after the order word ending at `k` ("Bestellung 000784139", "order: #1042").
    static func ownsId(_ s: ScanState, _ k: Int) -> Bool {
        var j = k
        while j < s.t.count && j - k < 4 && (s.t[j] == 0x20 || s.t[j] == UInt8(ascii: ":") || s.t[j] == UInt8(ascii: "#")) { j += 1 }
        // A `[` + capital is an id already replaced by a placeholder on an earlier pass.
        return ByteClass.isDigit(s.at(j)) || ByteClass.isUpper(s.at(j)) && (ByteClass.isDigit(s.at(j + 1)) || ByteClass.isDigit(s.at(j + 2)))
            || s.at(j) == UInt8(ascii: "[") && ByteClass.isUpper(s.at(j + 1))
    }

    /// A cancel or refund verb just after a number: "hab grad 3458107808386631 storniert", "Wann wird
    /// 10561986423835 erstattet?", "1234567890 was refunded". Parcels are delivered, orders are cancelled.
    static func cancelledAfter(_ s: ScanState, _ e: Int) -> Bool {
        let t = s.t, l = lists
        var j = e
        for _ in 0..<3 {
            while j < t.count && t[j] == 0x20 { j += 1 }
            var k = j
            while k < t.count && k - j < 24 && (ByteClass.isAlpha(t[k]) || t[k] >= 0x80) { k += 1 }
            guard k > j else { return false }
            let w = UnsafeBufferPointer(rebasing: t[j..<k])
            if l.cancelled.startsAny(w) { return true }
            guard l.copulas.equalsAny(w) || l.auxiliaries.equalsAny(w) else { return false }
            j = k
        }
        return false
    }

    /// A national number with a trunk zero as dialled in France, Belgium, the Netherlands, Germany or
    /// the UK (`0272707000`, `02-28-04-26-10`, `030 1234 5678`), or an international one: the shapes a
    /// phone number takes and an order number (zero-padded: `000784139`) does not.
    static func phoneShaped(_ run: NumberRun) -> Bool {
        let d = run.digits, n = d.count
        guard n >= 9, n <= 13 else { return false }
        if d[0] == 0 && d[1] == 0 { return d[2] != 0 && n >= 11 }
        guard d[0] == 0 && d[1] != 0 else { return false }
        return n == 10 || run.groupLen.count >= 3
    }

    /// `HTTP/1.1`, `TLSv1.3`, `PHP8.2`: letters, then a version with a dot at the end.
    static func isVersion(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        guard e - a >= 4, ByteClass.isDigit(t[e - 1]) else { return false }
        var k = e - 1
        while k > a && ByteClass.isDigit(t[k - 1]) { k -= 1 }
        guard k - 2 > a, t[k - 1] == UInt8(ascii: "."), ByteClass.isDigit(t[k - 2]) else { return false }
        k -= 2
        while k > a && ByteClass.isDigit(t[k - 1]) { k -= 1 }
        if k > a && (t[k - 1] == UInt8(ascii: "/") || t[k - 1] == UInt8(ascii: "v")) { k -= 1 }
        return k > a && (a..<k).allSatisfy { ByteClass.isAlpha(t[$0]) }
    }

    /// A letter part inside the id that names another kind of document: `2025/RE/1399`, `2024-INV-0042`.
    static func hasOtherSegment(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        var k = a
        while k < e {
            while k < e && !ByteClass.isAlpha(t[k]) { k += 1 }
            let k0 = k
            while k < e && ByteClass.isAlpha(t[k]) { k += 1 }
            if k0 > a && k < e && k > k0 && !ByteClass.isDigit(t[k0 - 1]) && !ByteClass.isDigit(t[k])
                && otherPrefixes.equalsAny(UnsafeBufferPointer(rebasing: t[k0..<k])) { return true }
        }
        return false
    }

    /// A letter prefix that names another kind of document: `ART-61924-S`, `INV-12019`, `KD-1182935`.
    static func hasOtherPrefix(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        var k = a
        while k < e && ByteClass.isAlpha(t[k]) { k += 1 }
        guard k > a, k < e else { return false }
        return otherPrefixes.equalsAny(UnsafeBufferPointer(rebasing: t[a..<k])) || lists.other.startsAny(UnsafeBufferPointer(rebasing: t[a..<k]))
    }

    /// The word lists by first byte, in one global (one `swift_once` check per look-back, not per word).
    final class Lists: Sendable {
        let other = WordList(otherNumbers), cueStart = WordList(cueStarts), weak = WordList(weakCues), filler = WordList(fillers)
        let infix = WordList(cueInfixes), numberNoun = WordList(numberNouns), conj = conjunctions
        let articles = WordList(["the", "a", "an", "den", "die", "das", "einen", "eine", "ein", "le", "la", "les", "un", "une", "this", "these", "diesen", "ce", "cet", "cette"])
        let verbs = WordList(["ordered", "purchased", "bestellt", "bestellte", "commandé", "commandée", "commandés", "commandées", "achat", "acheté", "achetée", "gekauft",
                              "bestellen", "nachbestellen", "nachbestellt", "nachzubestellen", "commander", "recommander", "ordering", "reorder"])
        let copulas = WordList(["is", "ist", "est", "c", "s", "sind", "are", "was", "war", "that", "this", "das", "dies", "it", "es", "ça", "ca", "voici", "here"])
        let auxiliaries = WordList(["wurde", "wird", "hab", "habe", "has", "have", "been", "got", "a", "été", "bin", "ist", "already", "schon", "déjà", "grad", "gerade"])
        let cancelled = WordList(["storn", "cancel", "annul", "erstatt", "refund", "rembours", "zurückerstatt", "widerruf"])
    }
    static let lists = Lists()
}
