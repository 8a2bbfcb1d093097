/// PHONE: E.164 and international forms (`+49 (0)30 1234567`, `0049…`), and national forms for the
/// US (`(555) 010-0199`, `555.010.0199`), the UK and Germany (`030 12345678`, `(06237) 44309`) and
/// France (`06 12 34 56 78`, `06.12.34.56.78`). The shape of the digit groups decides; dates,
/// versions, prices and barcodes have other shapes or lengths.
final class PhoneRecognizer: NumberRecognizer {
    static let entityTypes: [EntityType] = [.phone]
    static let digitCounts = 8...20  // 8–15 dialled digits, plus a "(0)" trunk digit and an extension
    static let context = ContextWords([
        "phone", "call", "tel", "mobile", "cell", "contact number", "number", "reach me", "reached", "whatsapp", "sms", "fax",
        "telefon", "handy", "ruf", "nummer", "mobil", "erreichbar",
        "téléphone", "tél", "portable", "appel", "rappel", "numéro", "joindre", "joignable", "num",
        // A signature's direct line ("Ligne directe : 691 711 141", "Durchwahl", "direct line"), a hotline, the telephone sign.
        "ligne directe", "direct line", "durchwahl", "hotline", "☎", "📞",
    ])
    /// Words of spare parts and type plates, and the words only a phone number has.
    static let partWords = ContextWords([
        "teilenummer", "ersatzteil", "typenschild", "part number", "part no", "replacement part", "spare part",
        "pièce", "étiquette", "numéro de pièce", "référence", "références", "references", "model", "modell", "modèle",
        // Manufacturer part numbers as JSON keys and labels ("herstellernummer", "ref_fabricant", "MPN").
        "hersteller", "fabricant", "manufacturer", "mpn",
    ])
    /// Table columns of ids that are not dialled: parts, products, barcodes, parcels.
    static let columnWords = WordList(["part", "teil", "pièce", "piece", "ean", "gtin", "upc", "sku", "artikel", "article", "réf", "ref",
                                       "hersteller", "fabricant", "manufacturer", "mpn", "sendung", "tracking", "suivi", "colis", "barcode",
                                       // Columns of customer, order, tax and supplier numbers ("customer_id", "kundennummer",
                                       // "num_client", "po_number", "auftragsId", "steuernummer").
                                       "customer", "kunde", "client", "order", "bestell", "auftrag", "commande", "po_", "steuer", "tax",
                                       "supplier", "lieferant", "fournisseur", "invoice", "rechnung", "facture", "siret", "siren"])
    /// Words of a phone column's header.
    static let phoneColumnWords = WordList(["tel", "phone", "fon", "mobil", "handy", "fax", "portable", "gsm", "whatsapp", "contact", "kontakt"])
    static let dialWords = ContextWords([
        "phone", "tel.", "tel:", "tel ", "mobil", "call", "whatsapp", "sms", "fax", "telefon", "handy", "anruf", "rückruf",
        "téléphone", "tél", "portable", "appel", "rappel", "joindre",
        // Verbs of reaching someone by phone: "erreichbar unter 42649355", "Sie erreichen mich unter …", "joignable au …",
        // "text me on …", "Ruf mich an: …".
        "erreichbar", "erreichen", "joignable", "text me", "ruf mich", "rufen sie mich",
        "ligne directe", "direct line", "durchwahl", "hotline", "☎", "📞",
    ])
    /// Words right before a number that name another register: French company ids (SIRET, SIREN, RCS),
    /// CI builds and jobs. A phone number is not written after them.
    /// How far back from `a` the line goes, at most `limit` bytes.
    static func lineBefore(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ limit: Int) -> Int {
        var k = a
        while k > 0 && a - k < limit && t[k - 1] != 0x0A { k -= 1 }
        return a - k
    }
    /// Eight digits that read as a date, YYYYMMDD from 1900 to 2099.
    static func compactDate(_ d: SmallList<24, UInt8>) -> Bool {
        guard d.count == 8, d[0] == 1 && d[1] == 9 || d[0] == 2 && d[1] == 0 else { return false }
        let m = Int(d[4]) * 10 + Int(d[5]), day = Int(d[6]) * 10 + Int(d[7])
        return m >= 1 && m <= 12 && day >= 1 && day <= 31
    }
    /// A signature's phone line: "T" alone at the start of a line ("T 655477789").
    static func signatureLetter(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        a >= 2 && t[a - 1] == 0x20 && t[a - 2] == UInt8(ascii: "T") && (a == 2 || t[a - 3] == 0x0A)
    }
    /// "T", "M" or "F" (telephone, mobile, fax) alone at the start of a line, a quote's "> " aside.
    static func signatureLabel(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard t[i] == UInt8(ascii: "T") || t[i] == UInt8(ascii: "M") || t[i] == UInt8(ascii: "F") else { return false }
        var q = i
        while q > 0 && i - q < 4 && (t[q - 1] == UInt8(ascii: ">") || t[q - 1] == 0x20) { q -= 1 }
        return q == 0 || t[q - 1] == 0x0A
    }
    static let registerWords = WordList(["siret", "siren", "rcs", "build", "job", "pipeline", "workflow", "commit"])
    static func registerWordBefore(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        var j = a
        while j > 0 && a - j < 4 && (t[j - 1] == 0x20 || t[j - 1] == UInt8(ascii: ":") || t[j - 1] == UInt8(ascii: "#")) { j -= 1 }
        guard j < a else { return false }
        var k = j
        while k > 0 && j - k < 10 && ByteClass.isAlpha(t[k - 1]) { k -= 1 }
        guard k < j, k == 0 || !ByteClass.isAlnum(t[k - 1]) else { return false }
        return registerWords.equalsAny(UnsafeBufferPointer(rebasing: t[k..<j]))
    }
    /// Labels of numbers nobody dials, as word starts: customer, supplier, tax and bank numbers, CI runs,
    /// orders, invoices, parcels, contracts ("Kundennr. 0617 729806", "BLZ 042022490", "sort code …",
    /// "build run 6524810910", "Steuernummer 070 520 375", "mon numéro client c'est 550 884 798").
    static let otherLabels = WordList(["customer", "kunde", "kd", "knr", "client", "blz", "sort", "bank", "steuer", "tax", "build", "run",
                                       "job", "siret", "siren", "vat", "ust", "lieferant", "supplier", "fournisseur", "vendor", "account",
                                       "konto", "compte", "iban", "invoice", "rechnung", "facture", "tracking", "sendung", "parcel", "colis",
                                       "order", "bestell", "commande", "auftrag", "ticket", "guichet", "mandat", "contrat", "contract",
                                       "vertrag", "member", "mitglied", "membre", "serial", "serien", "imei", "sku", "ean", "artikel",
                                       "routing", "swift", "bic", "debitor", "kreditor", "gläubiger", "creditor", "policy", "police"])
    /// Parts of a label that make it a phone's after all ("Kundenhotline", "Bestell-Telefon", "customer service").
    static let phoneParts = WordList(["tel", "fon", "phone", "hotline", "service", "dienst", "line", "center", "centre", "mobil", "handy",
                                      "support", "relation", "care", "contact", "kontakt"])
    /// Words between a label and its number: "Kundennummer ist", "customer no.", "numéro client c'est".
    static let labelFillers = WordList(["no", "nr", "n", "number", "nummer", "numéro", "numero", "num", "is", "ist", "est", "c", "mon", "ma",
                                        "my", "your", "our", "the", "die", "der", "ihre", "meine", "code", "id", "de", "du", "lautet", "was", "n°", "nº"])
    static let numberNouns = WordList(["no", "nr", "n", "number", "nummer", "numéro", "numero", "num", "n°", "nº", "id", "code"])
    static let persons = WordList(["customer", "client", "cliente", "kunde", "kundin", "member", "membre", "mitglied"])
    /// The number fills a slot that names an identifier:
    /// - a logfmt field keyed `id` (`201 Created  id=6656295073 responseStatus=201`, a CI job's or a request's id);
    /// - a UBL/CII element whose name ends in `ID` or `Reference` (`<cbc:BuyerReference>04-433482535-44</…>`,
    ///   XRechnung's Leitweg-ID; `<cbc:CompanyID>`, `<ram:ID>`) — by the UBL naming rules an identifier or a
    ///   reference, while a phone stands in `<cbc:Telephone>`.
    static func identifierSlot(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        guard a >= 3 else { return false }
        if t[a - 1] == UInt8(ascii: "=") {
            return ByteClass.hasWord(t, "id", at: a - 3) && (a == 3 || !(ByteClass.isAlnum(t[a - 4]) || t[a - 4] == UInt8(ascii: "_") || t[a - 4] == UInt8(ascii: "-")))
        }
        guard t[a - 1] == UInt8(ascii: ">"), e + 1 < t.count, t[e] == UInt8(ascii: "<"), t[e + 1] == UInt8(ascii: "/") else { return false }
        // The start tag's name (attributes skipped): `<cbc:BuyerReference>`, `<ram:ID schemeID="VA">`.
        var q = a - 1
        while q > 0 && a - q < 120 && t[q - 1] != UInt8(ascii: "<") && t[q - 1] != UInt8(ascii: ">") && t[q - 1] != 0x0A { q -= 1 }
        guard q > 0, t[q - 1] == UInt8(ascii: "<") else { return false }
        var ne = q
        while ne < a - 1 && (ByteClass.isAlnum(t[ne]) || t[ne] == UInt8(ascii: ":") || t[ne] == UInt8(ascii: "_") || t[ne] == UInt8(ascii: "-")) { ne += 1 }
        guard ne - q >= 2 else { return false }
        let name = UnsafeBufferPointer(rebasing: t[q..<ne])
        if phoneParts.containsAny(name) { return false }
        return ByteClass.hasWord(name, "reference", at: name.count - 9) && t[q + name.count - 9] == UInt8(ascii: "R")
            || t[ne - 2] == UInt8(ascii: "I") && t[ne - 1] == UInt8(ascii: "D") && (ne - 2 == q || !ByteClass.isUpper(t[ne - 3]) || t[ne - 3] == UInt8(ascii: ":"))
    }
    /// The nearest word before the number (over fillers, up to five words back) names another kind of
    /// number, and the word before that does not make it a phone's label ("service client 01 23 …").
    static func otherLabelBefore(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        @inline(__always) func punct(_ c: UInt8) -> Bool {
            c == 0x20 || c == 0x09 || c == UInt8(ascii: ":") || c == UInt8(ascii: ".") || c == UInt8(ascii: "#") || c == UInt8(ascii: "\"")
                || c == UInt8(ascii: "'") || c == UInt8(ascii: "=") || c == UInt8(ascii: ">") || c == UInt8(ascii: "(") || c == UInt8(ascii: "-")
                || c == UInt8(ascii: "_")
        }
        @inline(__always) func word(_ j: Int) -> Int {
            var k = j
            while k > 0 && j - k < 32 && (ByteClass.isAlpha(t[k - 1]) || t[k - 1] >= 0x80 || t[k - 1] == UInt8(ascii: "-") || t[k - 1] == UInt8(ascii: "_")) { k -= 1 }
            return k
        }
        var j = a
        var numberNoun = false
        for _ in 0..<5 {
            while j > 0 && a - j < 80 && punct(t[j - 1]) { j -= 1 }
            let k = word(j)
            guard k < j else { return false }
            let w = UnsafeBufferPointer(rebasing: t[k..<j])
            if labelFillers.equalsAny(w) { numberNoun = numberNoun || numberNouns.equalsAny(w); j = k; continue }
            // A key in snake or kebab case ("numero_client", "po_number", "customer-id"): its parts name it.
            if let parts = keyParts(w) { return parts }
            guard otherLabels.startsAny(w) && !phoneParts.containsAny(w) else { return false }
            // "Kunde: meine nummer is 01573-…": a transcript's speaker, with words of their own before the number.
            if persons.equalsAny(w) && j < t.count && t[j] == UInt8(ascii: ":") && a - j > 4 && t[j + 1] == 0x20 && !(j + 2 ..< a).allSatisfy({ punct(t[$0]) }) { return false }
            var p = k
            while p > 0 && k - p < 3 && (t[p - 1] == 0x20 || t[p - 1] == UInt8(ascii: "-")) { p -= 1 }
            let q = word(p)
            let before = UnsafeBufferPointer(rebasing: t[q..<p])
            // "la cliente (206) 838-0116", "the customer 0151 …": the person, not a label — unless a number
            // noun names the number ("customer no.", "numéro client").
            if persons.equalsAny(w) && !numberNoun && !(q < p && numberNouns.equalsAny(before)) { return false }
            return q == p || !phoneParts.containsAny(before)
        }
        return false
    }

    /// Key parts that name another kind of number: "po" (a purchase order's), or a label of `otherLabels`;
    /// nil when the word is no compound key or says nothing either way.
    static let keyOnlyParts = WordList(["po", "st", "hrb", "hra", "rcs", "ref"])
    static func keyParts(_ w: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard w.contains(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) else { return nil }
        var other = false, phone = false
        var p = 0
        for q in 0...w.count where q == w.count || w[q] == UInt8(ascii: "_") || w[q] == UInt8(ascii: "-") {
            if q > p {
                let part = UnsafeBufferPointer(rebasing: w[p..<q])
                if phoneParts.containsAny(part) { phone = true }
                else if otherLabels.startsAny(part) || keyOnlyParts.equalsAny(part) { other = true }
            }
            p = q + 1
        }
        if phone { return false }
        return other ? true : nil
    }

    /// A register entry written before its number: the French trade register "RCS Lyon B 049 297 676"
    /// (a city and the letter A or B between), the German tax number "St.-Nr. 99/074/99009".
    static func registerEntryBefore(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        var j = a
        while j > 0 && t[j - 1] == 0x20 { j -= 1 }
        // "St.-Nr.", "St.Nr.", "StNr": the tax office's number.
        if j >= 6 && ByteClass.lower(t[j - 1]) == UInt8(ascii: ".") {
            var k = j - 1
            while k > 0 && j - k < 9 && t[k - 1] != 0x20 && t[k - 1] != 0x0A { k -= 1 }
            let want: StaticString = "stnr"
            var n = 0, same = true
            for q in k..<j where ByteClass.isAlpha(t[q]) {
                same = same && n < 4 && want.withUTF8Buffer { $0[n] } == ByteClass.lower(t[q])
                n += 1
            }
            if same && n == 4 { return true }
        }
        guard j >= 2, t[j - 1] == UInt8(ascii: "A") || t[j - 1] == UInt8(ascii: "B"), t[j - 2] == 0x20 else { return false }
        var k = j - 2
        var line = 0
        while k > 0 && line < 40 && t[k - 1] != 0x0A { k -= 1; line += 1 }
        var q = k
        while q + 3 <= j - 2 {
            if (q == 0 || !ByteClass.isAlpha(t[q - 1])) && ByteClass.hasWord(t, "rcs ", at: q) { return true }
            q += 1
        }
        return false
    }

    /// A word only phones have right after the number, in the same clause (words and spaces only between:
    /// "213361568 envoyez un sms", not "500054057. Handy: …" nor "\"62597703\", \"telephone\"").
    static func dialWordAfter(_ t: UnsafeBufferPointer<UInt8>, _ e: Int) -> Bool {
        var j = e
        while j < t.count && j - e < 24 && (t[j] == 0x20 || ByteClass.isAlpha(t[j]) || t[j] >= 0x80) { j += 1 }
        return j > e && t[e] == 0x20 && dialWords.occurs(in: t, from: e, to: j)
    }

    /// The number fills a table cell whose column header is a phone's ("telephone", "Mobil", "phone_number"):
    /// the header says what a national number without a phone word is.
    static func phoneColumn(_ s: ScanState, _ a: Int, _ e: Int) -> Bool {
        guard fillsCell(s.t, a, e), let h = OrderNumberRecognizer.header(s, a) else { return false }
        // A redaction token above ("[PHONE]", left by settling's second pass over a column of values) is a
        // value, not the column's header.
        if h.first == UInt8(ascii: "[") && h.last == UInt8(ascii: "]") { return false }
        return phoneColumnWords.containsAny(h) && !columnWords.containsAny(h)
    }

    /// The area code alone in parentheses at the start ("(2) 714 27 62", "(320) 855 73 99"), spaces, dots or
    /// dashes after it.
    static func parenAreaOnly(_ t: UnsafeBufferPointer<UInt8>, _ run: NumberRun) -> Bool {
        guard !run.plus, run.groupLen.count >= 2, t[run.start] == UInt8(ascii: "("), run.seps & ~(NumberRun.paren | NumberRun.space | NumberRun.dot | NumberRun.dash) == 0 else { return false }
        let g0 = run.groupEnd[0]
        guard g0 + 1 < t.count, t[g0] == UInt8(ascii: ")") else { return false }
        for q in (g0 + 1)..<run.end where t[q] == UInt8(ascii: "(") || t[q] == UInt8(ascii: ")") { return false }
        return true
    }

    /// North American numbers written with a slash after the area code: "416/706-6206" (NPA/NXX-XXXX).
    static func nanpSlash(_ t: UnsafeBufferPointer<UInt8>, _ run: NumberRun) -> Bool {
        let g = run.groupLen, d = run.digits
        guard !run.plus, g.count == 3, g[0] == 3, g[1] == 3, g[2] == 4, d[0] >= 2, d[3] >= 2,
              t[run.groupEnd[0]] == UInt8(ascii: "/"), t[run.groupEnd[1]] == UInt8(ascii: "-") else { return false }
        return true
    }

    /// Labels of a contact line: "Contact: a@b.fr · 33 459 74 85 · TVA …".
    static let contactLabels = WordList(["contact", "kontakt", "contacts", "coordonnées"])
    /// The number is a whole item of a contact line: the line starts with "Contact:" (HTML tags aside) and the
    /// number stands between item separators (a middle dot, written "·" or "&middot;", or "|"). Its items are
    /// ways to reach someone; the ids on such a line (VAT, company numbers) carry their own labels, which
    /// `otherLabelBefore` reads.
    static func contactItem(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        @inline(__always) func sepBefore(_ i: Int) -> Bool {
            i >= 2 && t[i - 1] == 0xB7 && t[i - 2] == 0xC2 || i >= 1 && t[i - 1] == UInt8(ascii: "|")
                || i >= 8 && t[i - 1] == UInt8(ascii: ";") && ByteClass.hasWord(t, "&middot;", at: i - 8)
        }
        @inline(__always) func sepAt(_ i: Int) -> Bool {
            i == t.count || t[i] == 0x0A || t[i] == 0x0D || t[i] == UInt8(ascii: "<") || t[i] == UInt8(ascii: "|")
                || i + 1 < t.count && t[i] == 0xC2 && t[i + 1] == 0xB7 || ByteClass.hasWord(t, "&middot;", at: i)
        }
        var p = a
        while p > 0 && t[p - 1] == 0x20 { p -= 1 }
        var q = e
        while q < t.count && t[q] == 0x20 { q += 1 }
        guard sepBefore(p), sepAt(q) else { return false }
        var ls = p
        while ls > 0 && p - ls < 240 && t[ls - 1] != 0x0A { ls -= 1 }
        guard ls == 0 || t[ls - 1] == 0x0A else { return false }
        // HTML tags and spaces at the line start ("<p>Contact: …").
        while ls < p && (t[ls] == 0x20 || t[ls] == UInt8(ascii: "<")) {
            if t[ls] == UInt8(ascii: "<") { while ls < p && t[ls] != UInt8(ascii: ">") { ls += 1 } }
            ls += 1
        }
        var w = ls
        while w < p && w - ls < 16 && (ByteClass.isAlpha(t[w]) || t[w] >= 0x80) { w += 1 }
        guard w > ls, w < p, t[w] == UInt8(ascii: ":") || t[w] == 0x20 && w + 1 < p && t[w + 1] == UInt8(ascii: ":") else { return false }
        return contactLabels.equalsAny(UnsafeBufferPointer(rebasing: t[ls..<w]))
    }

    /// The run's one slash stands right after its first group, and every other separator is a space.
    static func slashAfterAreaOnly(_ t: UnsafeBufferPointer<UInt8>, _ run: NumberRun) -> Bool {
        guard run.groupLen.count >= 3, run.seps & ~(NumberRun.slash | NumberRun.space) == 0 else { return false }
        let g0 = run.groupEnd[0]
        var slashes = 0
        for q in run.start..<run.end where t[q] == UInt8(ascii: "/") {
            slashes += 1
            if q > g0 + 1 { return false }
        }
        return slashes == 1
    }

    /// The number is a whole table cell: a cell separator (or a line break) on both sides, spaces aside.
    @inline(__always) static func fillsCell(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        @inline(__always) func sep(_ c: UInt8) -> Bool {
            c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: "|") || c == 0x09 || c == 0x0A || c == 0x0D
        }
        var p = a
        var q = e
        // A quoted cell (RFC 4180: "…";"…"): the quotes belong to the cell.
        if p > 0 && q < t.count && t[p - 1] == UInt8(ascii: "\"") && t[q] == UInt8(ascii: "\"") { p -= 1; q += 1 }
        while p > 0 && t[p - 1] == 0x20 { p -= 1 }
        while q < t.count && t[q] == 0x20 { q += 1 }
        return (p == 0 || sep(t[p - 1])) && (q == t.count || sep(t[q]))
    }
    /// Words that introduce an extension after the number: "x123", "ext. 12", "poste 424", "Durchwahl 17".
    static let extensionWords: [StaticString] = ["extension", "ext.", "ext", "poste", "durchwahl", "dw.", "dw", "app.", "x"]

    /// The end of the number with its extension, when one follows ("+44 (0)131 947 5222 ext 211"): the
    /// extension is part of what reaches the person.
    static func extensionEnd(_ t: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        var j = end
        if j < t.count && t[j] == 0x20 { j += 1 }
        var w = -1
        for word in extensionWords where ByteClass.hasWord(t, word, at: j) {
            let k = j + word.utf8CodeUnitCount
            guard k < t.count, t[k] == 0x20 || ByteClass.isDigit(t[k]) || t[k] == UInt8(ascii: ":") else { continue }
            w = k
            break
        }
        guard w > 0 else { return end }
        var k = w
        if k < t.count && t[k] == UInt8(ascii: ":") { k += 1 }
        if k < t.count && t[k] == 0x20 { k += 1 }
        let a = k
        while k < t.count && k - a < 6 && ByteClass.isDigit(t[k]) { k += 1 }
        guard k > a, k - a <= 5, k == t.count || !ByteClass.isAlnum(t[k]) else { return end }
        return k
    }

    /// GTIN check digit (EAN-13, UPC-A): weights 3 and 1 from the right, the sum a multiple of ten.
    static func gtinValid<C: BidirectionalCollection<UInt8>>(_ d: C) -> Bool {
        var sum = 0
        for (k, x) in d.reversed().enumerated() { sum += Int(x) * (k % 2 == 1 ? 3 : 1) }
        return sum % 10 == 0
    }
    let gate: Pattern

    init() throws {
        gate = try Pattern(name: "PHONE", #"\+?\s?\(?\d(?:[\d \-./()]){5,28}"#)
    }

    /// A number right after a word that only phones have, on its own line ("Tel. 333/466 03 50", "Mobil:
    /// 320.379.42.54", "Phone: 514/945-6549"), in groups of two to four digits: then any national plan's
    /// grouping is a phone, whatever its separators (the label, not the shape, says what it is).
    static func labelledGroups(_ s: ScanState, _ run: NumberRun, _ n: Int) -> Bool {
        let g = run.groupLen
        // Grouped as dialled: groups of two to four (the first up to five: a mobile prefix "01512.340.50.47"),
        // or an area code of one to five digits and the subscriber number ("91/2128670", "2/8390087").
        // (A one-digit area code — Paris 1, Brussels 2, Vienna 1, Stockholm 8 — when two or more groups follow:
        // "Téléphone : 9 347 87 84".)
        let grouped = g.count >= 2 && g[0] <= 5 && g.dropFirst().allSatisfy({ $0 >= 2 && $0 <= 4 }) && (g[0] >= 2 || g.count >= 3)
        let areaAndNumber = g.count == 2 && g[0] <= 5 && g[1] >= 5 && g[1] <= 8
        guard n >= 8, n <= 12, grouped || areaAndNumber,
              run.seps & ~(NumberRun.space | NumberRun.dot | NumberRun.slash | NumberRun.dash) == 0
                || PhoneRecognizer.parenAreaOnly(s.t, run),
              // A date after the label ("Tel. am 12.03.2024 angerufen") is not dialled.
              !(g.count == 3 && (g[0] == 2 && g[1] == 2 && g[2] == 4 || g[0] == 4 && g[1] == 2 && g[2] == 2)) else { return false }
        // The label stands right before the number, with at most a colon, a dot and spaces between
        // ("tél. 206-988-3173. Article 1752-363-53" labels the first only). A cheap byte test first:
        // most numbers have no letter or telephone sign there.
        let t = s.t
        if PhoneRecognizer.phoneKeyBefore(t, run.start) { return true }
        // A table cell under a phone's column header: the header is the label; so is a contact line's.
        if PhoneRecognizer.phoneColumn(s, run.start, run.end) || PhoneRecognizer.contactItem(t, run.start, run.end) { return true }
        var k = run.start
        // (Up to four bytes: "Tél. : ", French typography puts a space before the colon.)
        while k > 0 && run.start - k < 4 && (t[k - 1] == 0x20 || t[k - 1] == UInt8(ascii: ":") || t[k - 1] == UInt8(ascii: ".")) { k -= 1 }
        guard k > 0, k < run.start else { return false }
        // "My mobile is 788/721 017", "meine Handynummer ist …": the label, then a copula.
        if k >= 4 && ByteClass.isAlpha(t[k - 1]) {
            var c = k
            while c > 0 && k - c < 7 && ByteClass.isAlpha(t[c - 1]) { c -= 1 }
            if c < k && c > 1 && t[c - 1] == 0x20 && PhoneRecognizer.copulas.equalsAny(UnsafeBufferPointer(rebasing: t[c..<k])) {
                k = c - 1
                while k > 0 && c - k < 3 && t[k - 1] == 0x20 { k -= 1 }
            }
        }
        // "☎ 722.990.569" (U+260E, E2 98 8E).
        if k >= 3 && t[k - 1] == 0x8E && t[k - 2] == 0x98 && t[k - 3] == 0xE2 { return true }
        guard ByteClass.isAlpha(t[k - 1]) || t[k - 1] >= 0x80 else { return false }
        // A signature's one-letter label at the start of its line ("T: 333.241.59.69", "M. 691 314 466", "> F: …").
        if k < run.start && t[k] != 0x20 && PhoneRecognizer.signatureLabel(t, k - 1) { return true }
        var w = k - 1
        // (Up to 16 letters: "Telefonnummer", "Rückrufnummer".)
        while w > 0 && k - w < 16 && (ByteClass.isAlpha(t[w - 1]) || t[w - 1] >= 0x80) { w -= 1 }
        return s.near(PhoneRecognizer.dialWords, run.start, run.end, before: run.start - w)
    }

    /// The copula between a phone's label and its number: "my mobile is …".
    /// And the preposition after a verb of reaching ("erreichbar unter", "joignable au", "reachable at").
    static let copulas = WordList(["is", "ist", "est", "lautet", "unter", "au", "at", "on"])
    /// Words of a key or an element that names a number to dial.
    static let phoneKeyWords = WordList(["tel", "phone", "fon", "mobil", "handy", "fax", "portable", "gsm", "whatsapp", "cell", "hotline"])
    /// Elements of SMS backups and call logs, and their attributes that hold the other party's number.
    static let smsElements = WordList(["sms", "mms", "call"])
    static let smsKeys = WordList(["address", "number"])
    /// The name of the XML element whose start tag holds `i` (a `<` before it on its line, no `>` between).
    static func xmlElement(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> UnsafeBufferPointer<UInt8>? {
        var q = i
        while q > 0 && i - q < 200 && t[q - 1] != UInt8(ascii: "<") {
            if t[q - 1] == UInt8(ascii: ">") || t[q - 1] == 0x0A { return nil }
            q -= 1
        }
        guard q > 0, t[q - 1] == UInt8(ascii: "<") else { return nil }
        var e = q
        while e < i && ByteClass.isAlnum(t[e]) { e += 1 }
        return e > q ? UnsafeBufferPointer(rebasing: t[q..<e]) : nil
    }
    /// The value at `a` is a JSON string whose key names a phone (`"telefon": "0475.310.978"`, `"billing_phone":"…"`),
    /// a form field's (`tel=501/334 072`) or the content of an XML element that does (`<mobile>…`): the key says what the value is, as a label
    /// or a column header does. Keys of other numbers (`"customer_phone_id"`, `"fax_order_no"`) do not count.
    static func phoneKeyBefore(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        guard a > 3 else { return false }
        var key0 = 0, key1 = 0
        if t[a - 1] == UInt8(ascii: "=") {
            // A form field or a query parameter: "tel=501%2F334+072", "&billing_phone=…".
            key1 = a - 1; key0 = key1
            while key0 > 0 && key1 - key0 < 40 && (ByteClass.isAlnum(t[key0 - 1]) || t[key0 - 1] == UInt8(ascii: "_") || t[key0 - 1] == UInt8(ascii: "-")) { key0 -= 1 }
            guard key0 == 0 || t[key0 - 1] == UInt8(ascii: "&") || t[key0 - 1] == UInt8(ascii: "?") || t[key0 - 1] == 0x0A || t[key0 - 1] == 0x20 else { return false }
        } else if t[a - 1] == 0x20 && a > 2 && (t[a - 2] == UInt8(ascii: "=") || t[a - 2] == UInt8(ascii: ":") || t[a - 2] == 0x20) {
            // An unquoted config value: INI `hotline = 2.338.10.72`, YAML `phone: 4 838 217` — the key starts its line.
            var k = a - 1
            while k > 0 && a - k < 4 && t[k - 1] == 0x20 { k -= 1 }
            guard k > 0, t[k - 1] == UInt8(ascii: "=") || t[k - 1] == UInt8(ascii: ":") else { return false }
            k -= 1
            while k > 0 && a - k < 6 && t[k - 1] == 0x20 { k -= 1 }
            key1 = k; key0 = key1
            while key0 > 0 && key1 - key0 < 40 && (ByteClass.isAlnum(t[key0 - 1]) || t[key0 - 1] == UInt8(ascii: "_")
                                                  || t[key0 - 1] == UInt8(ascii: "-") || t[key0 - 1] == UInt8(ascii: ".")) { key0 -= 1 }
            var ls = key0
            while ls > 0 && (t[ls - 1] == 0x20 || t[ls - 1] == 0x09) { ls -= 1 }
            guard ls == 0 || t[ls - 1] == 0x0A else { return false }
        } else if t[a - 1] == UInt8(ascii: ">") {
            var q = a - 1
            while q > 0 && a - q < 40 && t[q - 1] != UInt8(ascii: "<") && t[q - 1] != 0x0A { q -= 1 }
            guard q > 0, t[q - 1] == UInt8(ascii: "<"), ByteClass.isAlpha(t[q]) else { return false }
            // A link to dial ("<a href=\"tel:98660800\">9 866 08 00</a>"): its text is the number.
            if t[q] == UInt8(ascii: "a") || t[q] == UInt8(ascii: "A") {
                var r = q
                while r + 4 < a && !ByteClass.hasWord(t, "tel:", at: r) { r += 1 }
                if r + 4 < a { return true }
            }
            key0 = q; key1 = q
            while key1 < a - 1 && (ByteClass.isAlnum(t[key1]) || t[key1] == UInt8(ascii: "_") || t[key1] == UInt8(ascii: "-")) { key1 += 1 }
            // A namespace prefix (`<cbc:Telephone>`, `<ram:CompleteNumber>`): the local name after it names the content.
            if key1 < a - 1 && t[key1] == UInt8(ascii: ":") {
                key0 = key1 + 1; key1 = key0
                while key1 < a - 1 && (ByteClass.isAlnum(t[key1]) || t[key1] == UInt8(ascii: "_") || t[key1] == UInt8(ascii: "-")) { key1 += 1 }
            }
        } else {
            guard t[a - 1] == UInt8(ascii: "\"") || t[a - 1] == UInt8(ascii: "'") else { return false }
            var k = a - 1
            while k > 0 && a - 1 - k < 2 && t[k - 1] == 0x20 { k -= 1 }
            guard k > 0, t[k - 1] == UInt8(ascii: ":") || t[k - 1] == UInt8(ascii: "=") else { return false }
            k -= 1
            while k > 0 && t[k - 1] == 0x20 { k -= 1 }
            if k > 1 && t[k - 1] == UInt8(ascii: "\"") {
                // JSON: "phone": "…".
                key1 = k - 1; key0 = key1
                while key0 > 0 && key1 - key0 < 40 && t[key0 - 1] != UInt8(ascii: "\"") && t[key0 - 1] != 0x0A { key0 -= 1 }
                guard key0 > 0, t[key0 - 1] == UInt8(ascii: "\"") else { return false }
            } else {
                // A config file's key at the start of its line: YAML `shop_phone: "…"`, .env `SHOP_PHONE='…'`,
                // INI/TOML `support_phone = "…"`.
                key1 = k; key0 = key1
                while key0 > 0 && key1 - key0 < 40 && (ByteClass.isAlnum(t[key0 - 1]) || t[key0 - 1] == UInt8(ascii: "_")
                                                      || t[key0 - 1] == UInt8(ascii: "-") || t[key0 - 1] == UInt8(ascii: ".")) { key0 -= 1 }
                var ls = key0
                while ls > 0 && (t[ls - 1] == 0x20 || t[ls - 1] == 0x09) { ls -= 1 }
                if ls > 0 && t[ls - 1] != 0x0A {
                    // Or an XML attribute (`<contact phone="…">`; an SMS backup's `<sms address="…">` and a call
                    // log's `<call number="…">`, where the element says the address is a phone number).
                    guard ls < key0, let el = xmlElement(t, ls) else { return false }
                    if smsElements.equalsAny(el) && smsKeys.equalsAny(UnsafeBufferPointer(rebasing: t[key0..<key1])) { return true }
                }
            }
        }
        guard key1 > key0 else { return false }
        let key = UnsafeBufferPointer(rebasing: t[key0..<key1])
        guard !columnWords.containsAny(key) else { return false }
        if namesPhone(t, key0, key1) { return true }
        // A number member of an object or element that is a phone: PayPal's `"phone_number": {"national_number": …}`,
        // CII's `<ram:TelephoneUniversalCommunication><ram:CompleteNumber>`.
        guard key1 - key0 >= 6, ByteClass.hasWord(t, "number", at: key1 - 6) else { return false }
        return phoneParent(t, key0)
    }

    /// `:TE'`, `:FX'` or `:AL'` at `e`: an EDIFACT communication channel qualifier for a phone line, then the segment's end.
    static func edifactPhoneQualifier(_ t: UnsafeBufferPointer<UInt8>, _ e: Int) -> Bool {
        guard e + 3 < t.count, t[e] == UInt8(ascii: ":"), t[e + 3] == UInt8(ascii: "'") else { return false }
        let q0 = t[e + 1], q1 = t[e + 2]
        return q0 == UInt8(ascii: "T") && q1 == UInt8(ascii: "E") || q0 == UInt8(ascii: "F") && q1 == UInt8(ascii: "X")
            || q0 == UInt8(ascii: "A") && q1 == UInt8(ascii: "L")
    }

    /// The key or element starting at `key0` stands in a JSON object held by, or an XML element named by, a phone word.
    static func phoneParent(_ t: UnsafeBufferPointer<UInt8>, _ key0: Int) -> Bool {
        var p0 = 0, p1 = 0
        if key0 > 0 && t[key0 - 1] == UInt8(ascii: "\"") {
            guard let open = OrderNumberRecognizer.enclosingOpen(t, key0 - 1) else { return false }
            var q = open
            while q > 0 && ByteClass.isSpace(t[q - 1]) { q -= 1 }
            guard q > 0, t[q - 1] == UInt8(ascii: ":") else { return false }
            q -= 1
            while q > 0 && ByteClass.isSpace(t[q - 1]) { q -= 1 }
            guard q > 1, t[q - 1] == UInt8(ascii: "\"") else { return false }
            p1 = q - 1; p0 = p1
            while p0 > 0 && p1 - p0 < 40 && t[p0 - 1] != UInt8(ascii: "\"") && t[p0 - 1] != 0x0A { p0 -= 1 }
        } else {
            // The element's start tag `<…key0…>`; the parent's start tag right before it, white space between.
            var q = key0
            while q > 0 && key0 - q < 48 && t[q - 1] != UInt8(ascii: "<") { q -= 1 }
            guard q > 1 else { return false }
            var r = q - 1
            while r > 0 && q - 1 - r < 64 && ByteClass.isSpace(t[r - 1]) { r -= 1 }
            guard r > 1, t[r - 1] == UInt8(ascii: ">"), t[r - 2] != UInt8(ascii: "/") else { return false }
            p1 = r - 1; p0 = p1
            while p0 > 0 && p1 - p0 < 64 && t[p0 - 1] != UInt8(ascii: "<") && t[p0 - 1] != UInt8(ascii: ":") && t[p0 - 1] != 0x20 { p0 -= 1 }
            // (Attributes: the name ends at the first space.)
            var e = p0
            while e < p1 && t[e] != 0x20 { e += 1 }
            p1 = e
        }
        return p1 > p0 && namesPhone(t, p0, p1)
    }

    /// A part of the key or element name `t[k0..<k1]` (snake, kebab, dotted or camel case) starts with a phone word:
    /// "billing_phone", "telefon", "customerMobile", "TelephoneUniversalCommunication"; not "hotel".
    static func namesPhone(_ t: UnsafeBufferPointer<UInt8>, _ k0: Int, _ k1: Int) -> Bool {
        var p = k0
        for q in k0...k1 {
            let sep = q < k1 && (t[q] == UInt8(ascii: "_") || t[q] == UInt8(ascii: "-") || t[q] == UInt8(ascii: "."))
            let camel = q < k1 && q > k0 && ByteClass.isUpper(t[q]) && ByteClass.isLower(t[q - 1])
            guard q == k1 || sep || camel else { continue }
            if q > p && phoneKeyWords.startsAny(UnsafeBufferPointer(rebasing: t[p..<q])) { return true }
            p = sep ? q + 1 : q
        }
        return false
    }

    func recognize(_ s: inout ScanState, _ run: NumberRun, at i: Int) throws -> Candidate? {
        let d = run.digits
        let groups = run.groupLen
        let shape = groups.shape
        var n = d.count - (run.trunkZero ? 1 : 0)
        // An extension after a dash ("0049 221 7077128-83", "0316 242 275-638" — the Durchwahl): judged
        // without it, kept in the span.
        let t = s.t
        if groups.count >= 3, let last = groups.last, last <= 4, run.groupEnd.count == groups.count,
           run.groupEnd[groups.count - 1] - last - 1 >= 0, t[run.groupEnd[groups.count - 1] - last - 1] == UInt8(ascii: "-"),
           run.plus || d[0] == 0, n - last >= 9,
           // Only where the number would be too long with it ("001-910-322-7937" is whole).
           n > 15 || !run.plus && d[0] == 0 && d[1] != 0 && n > 12 {
            n -= last
        }
        guard n >= 8, n <= 15 else { return nil }
        guard try gate.match(s.t, from: run.start, s.ms) != nil else { return nil }
        // Dots only in the phone shapes 3.3.4 (US), 2.2.2.2.2 (FR), a trunk zero and four or more groups of two
        // or three (CH 021.718.54.67), or after a "+" (+49.89.18823586); anything else is a version or a date.
        if run.seps & NumberRun.dot != 0 {
            let us = shape == GroupShape.of(3, 3, 4) || shape == GroupShape.of(1, 3, 3, 4)
            let fr = groups.count == 5 && groups.allSatisfy { $0 == 2 }
            // (The area code may be longer than the groups after it: Belgian and Algerian mobiles "0485.86.64.99".)
            let trunk = d[0] == 0 && groups.count >= 4 && groups[0] >= 2 && groups[0] <= 4 && groups.dropFirst().allSatisfy { $0 >= 2 && $0 <= 3 }
            // Nine-digit plans without a trunk zero, dotted as dialled (Spain, Luxembourg "691.504.736", "637.46.16.63"):
            // judged below, with a phone word, a signature line, a phone column or an extension.
            let nine = n == 9 && d[0] != 0 && (shape == GroupShape.of(3, 3, 3) || shape == GroupShape.of(3, 2, 2, 2))
            guard us || fr || trunk || nine || PhoneRecognizer.labelledGroups(s, run, n) || run.plus && groups.count >= 3 && groups.allSatisfy({ $0 >= 1 && $0 <= 8 }) else { return nil }
        }
        // One slash after a trunk-zero area code ("089/8484133", "0160/01990470-919" with a dashed extension).
        // Or a slash after the trunk-zero area code and the subscriber number in spaced groups ("02 / 743 39 23",
        // "01 / 642 0465"): the slash separates area code and number only.
        if run.seps & NumberRun.slash != 0 && !(d[0] == 0 && (groups.count == 2 || groups.count == 3 && groups[2] <= 4 && run.seps & NumberRun.dash != 0
                                                                || PhoneRecognizer.slashAfterAreaOnly(t, run))
                                                 || PhoneRecognizer.nanpSlash(t, run)
                                                 || PhoneRecognizer.labelledGroups(s, run, n)) { return nil }
        // An EDIFACT COM segment qualified as a telephone or fax line (`COM+213087903:TE'`; code list 3155: TE
        // telephone, FX telefax, AL cellular phone) holds a number to dial in any national form. (Its "+" glued to
        // the tag is a data-element separator: the run starts after it.)
        let edifactLine = !run.plus && run.start >= 4 && t[run.start - 1] == UInt8(ascii: "+") && ByteClass.hasWord(t, "com", at: run.start - 4)
            && PhoneRecognizer.edifactPhoneQualifier(t, run.end)
        var score: Double
        if edifactLine && !(d[0] == 0 && d[1] == 0) {
            score = 0.8
        } else if run.plus {
            score = 0.85
        } else if d[0] == 0 && d[1] == 0 {
            // 00 + country code; "000…" is a zero-padded order or customer number.
            guard d[2] != 0, n >= 10 else { return nil }
            score = 0.7
        } else if d[0] == 0 {
            guard n >= 9, n <= 12 else { return nil }
            score = groups.count > 1 ? 0.75 : 0.6
        } else if run.seps & NumberRun.paren != 0 && t[run.start] == UInt8(ascii: "(") && groups.count == 3 && groups[0] == 2
                    && (groups[1] == 4 || groups[1] == 5) && groups[2] == 4 && run.seps & ~(NumberRun.paren | NumberRun.space | NumberRun.dash) == 0 {
            // Brazil: a two-digit area code in parentheses, then four or five digits and four ("(11) 98765-4321").
            score = 0.7
        } else if n == 10 && groups.count == 5 && groups.allSatisfy({ $0 == 2 }) && d[0] != 0
                    && (s.near(PhoneRecognizer.context, run.start, run.end, before: 40) || PhoneRecognizer.phoneColumn(s, run.start, run.end)) {
            // Five pairs without a trunk zero (Côte d'Ivoire and other ten-digit plans: "27 62 76 93 11"), with a phone word.
            score = 0.6
        } else if d[0] != 0 && shape != GroupShape.of(3, 3, 4) && PhoneRecognizer.labelledGroups(s, run, n) {
            // Plans without a trunk zero grouped any way after a phone label ("Tel. 333/466 03 50" Italy,
            // "Mobil: 320.379.42.54", "Tel. 31/860 782").
            score = 0.6
        } else if n == 10 {
            // North American numbering: area code and exchange start with 2–9.
            guard d[0] >= 2, d[3] >= 2 || groups.count > 1 else { return nil }
            let shaped = shape == GroupShape.of(3, 3, 4) || shape == GroupShape.of(10) || shape == GroupShape.of(6, 4)
            guard shaped else { return nil }
            score = groups.count > 1 ? 0.75 : 0.55
        } else if n == 11 && d[0] == 1 {
            guard shape == GroupShape.of(1, 3, 3, 4) || shape == GroupShape.of(11) || shape == GroupShape.of(1, 10) else { return nil }
            score = 0.7
        } else if (n <= 9 && groups.count >= 3 && groups.allSatisfy({ $0 >= 2 && $0 <= 3 }) && d[0] != 0
                    || n == 9 && shape == GroupShape.of(2, 3, 4) && d[0] == 2)
                    && (s.near(PhoneRecognizer.context, run.start, run.end, before: 40) || PhoneRecognizer.signatureLetter(t, run.start)
                        || PhoneRecognizer.phoneColumn(s, run.start, run.end)
                        // An extension after it ("979 958 490 ext. 888", "poste 21"): only a number to dial has one.
                        || PhoneRecognizer.extensionEnd(t, run.end) > run.end) {
            // Numbering plans without a trunk zero (Denmark and Norway 8 digits; Luxembourg, Portugal, Spain,
            // Poland, the Czech Republic 9), grouped as dialled, with a phone word before it. Portugal's
            // geographic numbers (2x) are also written 2-3-4 ("21 588 9902").
            score = 0.6
        } else if groups.count == 1 && (n == 8 || n == 9) && d[0] != 0 && !PhoneRecognizer.compactDate(d)
                    && (s.near(PhoneRecognizer.dialWords, run.start, run.end, before: PhoneRecognizer.lineBefore(t, run.start, 20))
                        || PhoneRecognizer.signatureLetter(t, run.start) || PhoneRecognizer.phoneColumn(s, run.start, run.end)
                        || PhoneRecognizer.phoneKeyBefore(t, run.start) || PhoneRecognizer.contactItem(t, run.start, run.end)
                        // "… 213361568 envoyez un sms", "42384520 einfach whatsapp": the word only phones have, right after.
                        || PhoneRecognizer.dialWordAfter(t, run.end)) {
            // The same plans written unbroken ("Telefon: 60339402", "Tél. 913423214"): only right after a
            // word that only phones have on the same line (not a CSV header's "phone" above a date
            // column), or a signature's "T" line.
            score = 0.6
        } else {
            return nil
        }
        let end = run.end
        // Glued to letters ("9734726765bf…", "a259-14772824214e"): part of a hash or an id, not a number
        // someone dials ("555-0199x12" is an extension).
        if end < t.count && ByteClass.isAlpha(t[end]) && !(t[end] == UInt8(ascii: "x") && ByteClass.isDigit(s.at(end + 1))) { return nil }
        if run.start > 0 && ByteClass.isAlpha(t[run.start - 1]) { return nil }
        // Two capitals and a space before the number ("DE 558 957 786", "FR 05 806 019 156"): an EU VAT number's
        // country prefix. Nobody writes a country's letters before a number to dial (the code is "+49").
        if !run.plus && run.start >= 3 && t[run.start - 1] == 0x20 && ByteClass.isUpper(t[run.start - 2]) && ByteClass.isUpper(t[run.start - 3])
            && (run.start == 3 || !ByteClass.isAlnum(t[run.start - 4])) { return nil }
        if run.start > 1 && t[run.start - 1] == UInt8(ascii: "-") && ByteClass.isAlnum(t[run.start - 2]) && ByteClass.isAlpha(s.at(run.start - 2)) { return nil }
        // A part number's suffix ("759-662-7188-C", "023-136-1428-M"): a letter after a dash ends no phone number.
        if end + 1 < t.count && t[end] == UInt8(ascii: "-") && ByteClass.isAlpha(t[end + 1]) && !ByteClass.isAlpha(s.at(end + 2)) { return nil }
        // So does a code of capitals ("/EREF 9364249559-MWF": a SEPA reference with its suffix).
        if end + 2 < t.count && t[end] == UInt8(ascii: "-") && ByteClass.isUpper(t[end + 1]) && ByteClass.isUpper(t[end + 2]) {
            var k = end + 1
            while k < t.count && k - end <= 5 && ByteClass.isUpper(t[k]) { k += 1 }
            if k - end <= 5 && !ByteClass.isAlnum(s.at(k)) { return nil }
        }
        // Bosch-style part numbers: a lone leading 0, then groups of three ("0 593 268 128"); nobody dials a lone 0.
        if !run.plus && d[0] == 0 && groups.count >= 3 && groups[0] == 1 && !run.trunkZero { return nil }
        if !run.plus && PhoneRecognizer.registerWordBefore(t, run.start) { return nil }
        if !run.plus && PhoneRecognizer.otherLabelBefore(t, run.start) { return nil }
        if !run.plus && PhoneRecognizer.identifierSlot(t, run.start, end) { return nil }
        if !run.plus && PhoneRecognizer.registerEntryBefore(t, run.start) { return nil }
        // "receipt #3087058865", "Bestellung #4512497644": a number after a hash sign is an id; nobody writes one
        // before a number to dial.
        if run.start > 0 && t[run.start - 1] == UInt8(ascii: "#") { return nil }
        // A column headed "part_no", "Teilenr.", "ean" or "Sendungsnummer" holds that kind of id (the header
        // is looked up only for a number that fills a cell).
        if !run.plus, PhoneRecognizer.fillsCell(t, run.start, end), let h = OrderNumberRecognizer.header(s, run.start),
           PhoneRecognizer.columnWords.containsAny(h), !PhoneRecognizer.phoneColumnWords.containsAny(h) { return nil }
        let phoneWords = s.near(PhoneRecognizer.context, run.start, end, before: 40)
        // On a type plate or a spare part ("Teilenummer 65 266 354", "die Nummer … auf dem Typenschild"), a
        // number is the part's unless a word that only phones have is there.
        // (International forms, "+…" and "00…", are dialled, never printed on a part.)
        if !run.plus && d[1] != 0 && s.near(PhoneRecognizer.partWords, run.start, end, before: 32, after: 24) && !s.near(PhoneRecognizer.dialWords, run.start, end, before: 40) { return nil }
        // A barcode in a column or a list: twelve or thirteen digits, unbroken, with a valid GTIN check digit.
        // (Not after a "+": a barcode has no country calling code, and one E.164 number in ten passes the check.
        // A "+" glued to a letter, a digit or another "+" is a field separator, no dialling sign: EDIFACT's
        // `LIN+1++4006381333931:EN'`.)
        let dialPlus = run.plus && (run.start == 0 || !(ByteClass.isAlnum(t[run.start - 1]) || t[run.start - 1] == UInt8(ascii: "+")))
        if !phoneWords && !dialPlus && !edifactLine && groups.count == 1 && (n == 12 || n == 13) && PhoneRecognizer.gtinValid(d) { return nil }
        if s.near(Context.notPII, run.start, end, before: 28) && !phoneWords { score = min(score, 0.3) }
        if phoneWords { score = min(1, score + 0.15) }
        return Candidate(start: run.start, end: PhoneRecognizer.extensionEnd(t, end), type: .phone, score: score)
    }
}
