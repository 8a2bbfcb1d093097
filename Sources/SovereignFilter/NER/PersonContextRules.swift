/// NER v2 context rules for PERSON (issue 17): what the words around a candidate say about it.
/// - A company: a legal form right after the name (`Hartmann Möbel GmbH`, `Garnier & Fils`, `Jansen B.V.`).
/// - A brand or product: a product noun right before or after the name (`the Jil Sander watch`,
///   `la montre Sergio Tacchini`, `Jacke von Melitta`, `Bruno Magli Eau de Parfum`).
/// - A place: a single word after a transport verb and `from`/`to` (`ships from Augusta`, `ship to Leeds`).
/// - Tables: a CSV/semicolon header whose columns are name labels (`Nachname;Vorname;Ort`) makes the
///   cells below it names, whatever the gazetteers say.
extension PersonRecognizer {
    static let legalForms = WordSet([
        "gmbh", "ag", "kg", "ohg", "gbr", "ug", "kgaa", "se", "sas", "sarl", "sàrl", "sasu", "eurl", "sa", "snc", "sca", "llc", "ltd", "inc", "plc",
        "corp", "corporation", "incorporated", "limited", "co", "bv", "nv", "spa", "srl", "sl", "oy", "ab", "aps", "lp", "llp", "pty", "gesmbh",
        "sp", "kft", "zrt",
        "frères", "freres", "hermanos", "brothers", "bros", "söhne", "sons", "fils", "partners", "partner", "group", "gruppe", "groupe",
        "holding", "logistics", "logistik", "products", "trading", "handel", "services", "solutions", "consulting", "export", "import",
        // A department or a national subsidiary after the name: "Douglas UK", "Gillette Payments", "Dr. Oetker Vertrieb".
        "uk", "payments", "vertrieb", "stores", "edition",
        // Trade words after a person's name make it a business: "Greta Lindqvist Home", "Frau Holle Feinkost", "Novák Obchod".
        "home", "atelier", "design", "interiors", "outdoor", "knits", "feinkost", "outlet", "studio", "textil", "textiles", "versandhandel",
        "logistiek", "trade", "obchod", "fashion", "mode", "kosmetik", "cosmetics", "beauty", "möbel", "furniture", "wines", "weinhaus",
        "freight", "express", "post", "poste", "mail", "kitchen", "foods", "feinkost", "manufaktur", "werkstatt", "hijos", "figli", "fratelli",
    ])
    /// Goods that brands named after people label: a name next to one of these names the brand.
    static let productNouns = WordSet(productNounWords)
    static let productNounWords = [
        "watch", "watches", "scarf", "pen", "pens", "bag", "bags", "handbag", "wallet", "belt", "jacket", "coat", "dress", "shoes", "sneakers",
        "trainers", "boots", "perfume", "fragrance", "cologne", "eau", "tea", "gift", "gifts", "cards", "voucher", "vouchers", "box", "glasses",
        "sunglasses", "subscription", "cabinet", "collection", "lamp", "chair", "sofa", "bottle", "mug", "lipstick", "mascara", "bracelet",
        "necklace", "earrings", "shirt", "t-shirt", "hoodie", "jeans", "skirt", "trousers", "suit", "umbrella", "bundle", "doll", "toy", "poster",
        "magazine", "candle", "clock", "jumper", "sweater", "cap", "gloves", "backpack", "suitcase", "tin", "sponge", "print",
        "tote", "ice", "units", "vinyl", "replica", "calendar", "diffuser", "sneaker",
        "uhr", "jacke", "mantel", "kleid", "schuhe", "tasche", "füller", "parfüm", "duft", "tee", "gutschein", "gutscheine", "geschenkset",
        "brille", "sonnenbrille", "schal", "hemd", "hose", "lampe", "stuhl", "flasche", "tasse", "kette", "armband", "schlüsselanhänger",
        "fahrradsattel", "kollektion", "gürtel", "geldbörse", "rucksack", "koffer", "mütze", "handschuhe", "pullover", "krawatte", "schirm",
        "kerze", "spielzeug", "puppe", "zeitschrift", "kugelschreiber", "eis", "kalender",
        "montre", "foulard", "sac", "veste", "manteau", "robe", "chaussures", "parfum", "thé", "coffret", "boîte", "boite", "lunettes", "écharpe",
        "chemise", "pantalon", "jupe", "lampe", "chaise", "canapé", "bouteille", "collier", "bague", "porte-clés", "ceinture", "portefeuille",
        "valise", "bonnet", "gants", "pull", "cravate", "parapluie", "bougie", "jouet", "poupée", "abonnement", "stylo", "cadeaux",
        "jean", "glace", "bottines", "baskets", "diffuseur", "vinyle", "affiche",
    ]
    /// Words that make `from`/`to` a place: "ships from Augusta", "ship to Leeds", "went from Lille to Florence".
    static let motionWords = WordSet([
        "ship", "ships", "shipped", "shipping", "send", "sends", "sent", "deliver", "delivered", "collect", "went", "go", "goes", "fly", "travel",
        "move", "moved", "drive", "take", "takes", "took", "back", "dispatched", "posted", "returned", "forwarded",
        "livrer", "livré", "livrée", "livrés", "envoyer", "envoyé", "envoyée", "expédier", "expédié", "expédiée", "expédie", "renvoyer",
    ])
    /// ("livrer à Gent": `à` only before a word that is no known given name: "livrer à Sophie" is a person.)
    static let fromTo = WordSet(["from", "to", "à"])
    /// Nouns before a one-letter label that is no initial: "Plan B. Then", "size M. Great", "Haus C. Bitte".
    static let labelNouns = WordSet([
        "plan", "type", "typ", "option", "vitamin", "grade", "class", "klasse", "size", "taille", "größe", "gr", "model", "modell", "section",
        "part", "teil", "version", "variante", "category", "kategorie", "row", "reihe", "zone", "block", "building", "haus", "gebäude",
        "stiege", "door", "tür", "entrance", "eingang", "hall", "halle", "gate", "tor", "level", "floor", "stock", "bâtiment", "bât", "porte",
        "escalier", "aile", "wing", "unit", "flat", "apt", "suite", "annex", "annexe", "phase", "step", "schritt", "étape", "point", "punkt",
        "item", "article", "artikel", "line", "zeile", "ligne", "lot", "appendix", "anhang", "annex", "exhibit", "figure", "abb", "fig", "tab",
    ])
    /// Header cells of a table whose column holds people's names.
    static let nameColumnLabels = WordSet([
        "name", "names", "nom", "prenom", "prénom", "vorname", "nachname", "familienname", "firstname", "lastname", "surname", "fullname",
        "givenname", "customer", "kunde", "kundin", "kundenname", "contact", "recipient", "empfänger", "destinataire", "client", "holder",
        "inhaber", "titulaire", "sender", "absender", "expéditeur", "buyer", "käufer", "acheteur", "employee", "mitarbeiter", "person",
        "addressee", "consignee", "passenger", "guest", "gast", "member", "mitglied", "patient", "applicant", "cardholder", "nome", "nombre",
        // A review export's author column (round 12): "review_id | rating | reviewer | date | text".
        "reviewer", "author", "auteur", "autor", "verfasser", "verfasserin",
    ])
    /// Articles and possessives before a role in parentheses: "(the driver)", "(le livreur)", "(unser Fahrer)".
    static let roleArticles = WordSet(["the", "our", "my", "le", "la", "l'", "notre", "mon", "ma", "der", "die", "unser", "unsere", "mein", "meine"])
    /// "our" before a staff title (en, fr, de).
    static let ourWords = WordSet(["our", "notre", "unser", "unsere", "unserer"])
    /// Header cells of a column of prose.
    static let freeTextColumnWords = WordSet(["text", "texte", "comment", "comments", "kommentar", "commentaire", "message", "nachricht",
                                              "body", "review", "bewertung", "avis", "remarks", "bemerkung", "remarque"])
    /// Header cell words that make the column something else: "customer_id", "Kunden-Nr", "contact email".
    static let notNameColumnWords = WordSet([
        "id", "nr", "no", "number", "nummer", "numéro", "num", "email", "mail", "e-mail", "phone", "tel", "telefon", "téléphone", "mobile",
        "company", "firma", "société", "societe", "shop", "store", "product", "produit", "produkt", "artikel", "sku", "type", "status", "date",
        "datum", "city", "ville", "ort", "stadt", "street", "straße", "strasse", "rue", "address", "adresse", "country", "land", "pays", "user",
        "username", "login", "account", "iban", "code", "zip", "plz",
    ])

    /// A legal form within the name or up to four words after it on the same line.
    func companyAfter(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ last: Int) -> Bool {
        let n = tokens.count
        // "SARL", "GmbH" on their own line are no name either.
        if myLegalForms.contains(tokens[first]) && (tokens[first].allCaps || tokens[first].end - tokens[first].start > 3) { return true }
        var k = first + 1
        let limit = min(n, last + 5)
        while k < limit {
            let x = tokens[k]
            if x.kind == .newline { return false }
            if x.kind == .word {
                if x.cap && myLegalForms.contains(x) && (x.end - x.start > 2 || x.allCaps || x.dot) { return true }
                // "B.V.", "S.L.", "S.A.", "N.V.": single letters with dots.
                if x.end - x.start == 1 && x.dot && k + 2 < n && tokens[k + 2].kind == .word && tokens[k + 2].end - tokens[k + 2].start == 1
                    && tokens[k + 2].cap && x.cap && k > last { return true }
                // "e.K.", "s.r.o.", "d.o.o.", "S.p.A.": short dotted pieces of a legal form, in any case.
                if k > last && x.end - x.start <= 2 && x.dot && k + 2 < n && tokens[k + 2].kind == .word && tokens[k + 2].end - tokens[k + 2].start <= 3
                    && tokens[k + 2].dot && tokens[k + 1].kind == .punct { return true }
                if k > last && !x.cap { return false }
            } else if x.kind == .punct {
                let c = t[Int(x.start)]
                if c != UInt8(ascii: "&") && c != UInt8(ascii: ".") { return false }
            } else { return false }
            k += 1
        }
        return false
    }

    /// A product noun right before the name (also through `by`/`von`/`de`) or right after it / inside it.
    func productNext(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ last: Int, _ gz: Gazetteer) -> Bool {
        let n = tokens.count
        let nouns = myProductNouns
        var k = first + 1
        // "Agathe Bonnet": a product word that is also a surname is the surname inside a name.
        // (In a longer run, "Mont Blanc Füller", the word is the product.)
        let short = last - first <= 1
        func product(_ x: Token) -> Bool { x.kind == .word && nouns.contains(x) && !(short && x.cap && (gz.surnames.contains(x) || gz.ambiguousSurnames.contains(x))) }
        while k <= last { if product(tokens[k]) { return true }; k += 1 }
        if last + 1 < n, product(tokens[last + 1]) { return true }
        // "Tory Burch and Orla Kiely gift cards": the product after the second brand.
        if last + 2 < n, tokens[last + 1].kind == .word, myAndWords.contains(tokens[last + 1]) {
            var m = last + 2
            while m < n && m <= last + 5 && tokens[m].kind == .word && tokens[m].cap { m += 1 }
            if m < n && m > last + 2 && product(tokens[m]) { return true }
        }
        if first > 0, tokens[first - 1].kind == .word {
            let b = tokens[first - 1]
            if nouns.contains(b) { return true }
            if first > 1, tokens[first - 2].kind == .word, myByWords.contains(b), nouns.contains(tokens[first - 2]) { return true }
        }
        return false
    }
    static let byWords = WordSet(["by", "von", "de", "from", "of", "d'"])

    /// "ships from Augusta", "ship to Leeds", "Ships from: Charlotte": a place, not a person.
    func placeAfterMotion(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ knownFirst: Bool) -> Bool {
        var j = i - 1
        if j >= 0, tokens[j].kind == .punct, t[Int(tokens[j].start)] == UInt8(ascii: ":") { j -= 1 }
        guard j >= 1, tokens[j].kind == .word, myFromTo.contains(tokens[j]) else { return false }
        if knownFirst && tokens[j].hash == myAHash { return false }
        if tokens[j - 1].kind == .word && myMotionWords.contains(tokens[j - 1]) { return true }
        // "went from Lille to Florence": the word after the place is `to`.
        if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].hash == myToHash { return true }
        return false
    }
    static let toHash = WordKey.hash("to")
    static let aHash = WordKey.hash("à")

    /// A one-letter initial ("K. Adeyemi", "R. L. Farquharson"): upper case, a dot and a space after it, not glued
    /// to an abbreviation before ("U.S. Army"), not a label after a noun ("Plan B. Then", "size M. Great").
    func looksLikeInitial(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        let x = tokens[i]
        guard x.end - x.start == 1, x.dot, x.cap, Int(x.end) + 1 < t.count, t[Int(x.end) + 1] == 0x20 else { return false }
        if x.start > 0 && t[Int(x.start) - 1] == UInt8(ascii: ".") { return false }
        // The last letter of a code ("Réf. FR-8971-B. Muster"): glued to a dash or a digit.
        if x.start > 0 && (t[Int(x.start) - 1] == UInt8(ascii: "-") || t[Int(x.start) - 1] >= 0x30 && t[Int(x.start) - 1] <= 0x39) { return false }
        if i > 0 {
            let b = tokens[i - 1]
            if b.kind == .number { return false }
            if b.kind == .word && (b.cap && !(b.end - b.start == 1 && b.dot) && !myInitialLeads.contains(b)
                                   || myLabelNouns.contains(b) || mySizeWords.contains(b)) { return false }
        }
        return true
    }
    /// Capitalized words before an initial that still leave it an initial: "Signed by K. Adeyemi", "Zugestellt an: E. Griffiths".
    static let initialLeads = WordSet(["by", "an", "von", "par", "to", "für", "for", "signed", "zugestellt", "contact", "kontakt", "attn"])

    /// A table: a header line of label cells separated by `;`, `,`, `|` or tabs, with at least one name column.
    /// Marks the name cells of the rows below (up to a blank line) as PERSON. Returns the token index after the table.
    /// `freeText` says a column holds prose ("text", "comment"): its cells need the ordinary rules, so the caller goes on
    /// reading the rows instead of skipping the table (round 12: review exports, "review_id | rating | reviewer | date | text").
    func table(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, into out: inout [Candidate],
               freeText: inout Bool) -> Int? {
        let n = tokens.count
        // The separator: the first punctuation of the line that is not inside a snake-case label ("order_id,customer,…").
        var s = i + 1
        while s + 1 < n && tokens[s].kind == .punct && t[Int(tokens[s].start)] == UInt8(ascii: "_") && tokens[s + 1].kind == .word { s += 2 }
        guard s < n, tokens[s].kind == .punct else { return nil }
        let sep = t[Int(tokens[s].start)]
        guard sep == UInt8(ascii: ";") || sep == UInt8(ascii: ",") || sep == UInt8(ascii: "|") else { return nil }
        // The header: cells of words (and `_`/`-` inside), judged by their words.
        var col = 0
        var nameCols: UInt64 = 0
        var cellName = false, cellOther = false
        var k = i
        var cellWords = 0
        while k < n && tokens[k].kind != .newline {
            let x = tokens[k]
            if x.kind == .punct && t[Int(x.start)] == sep {
                if cellName && !cellOther && col < 64 { nameCols |= 1 << UInt64(col) }
                col += 1; cellName = false; cellOther = false; cellWords = 0
            } else if x.kind == .punct {
                // Labels only: "Name, Vorname: Grünewald" is a form line, not a header.
                let c = t[Int(x.start)]
                if c != UInt8(ascii: "_") && c != UInt8(ascii: "-") && c != UInt8(ascii: "\"") && c != UInt8(ascii: ".") { return nil }
            } else if x.kind == .word {
                cellWords += 1
                if cellWords > 3 { return nil }
                if myNameColumnLabels.contains(x) { cellName = true }
                if myNotNameColumnWords.contains(x) { cellOther = true }
                if myFreeTextColumnWords.contains(x) { freeText = true }
            } else if x.kind == .number {
                return nil  // a data row, not a header
            }
            k += 1
        }
        if cellName && !cellOther && col < 64 { nameCols |= 1 << UInt64(col) }
        // (Prose columns only in a pipe table, a report or a review export; a CSV's "commentaire" or "remarque" cells hold
        // notes about the row's order, read as before.)
        if sep != UInt8(ascii: "|") { freeText = false }
        // Three columns, or two with a separator prose does not use.
        guard nameCols != 0, col >= 2 || col >= 1 && sep != UInt8(ascii: ","), k < n else { return nil }
        // The rows.
        k += 1
        var rows = 0
        while k < n && tokens[k].kind != .newline {
            col = 0
            var cellStart = -1, cellEnd = -1
            var letters = false, bad = false
            var quoted = false
            func flush() {
                if col < 64, nameCols & (1 << UInt64(col)) != 0, cellStart >= 0, letters, !bad {
                    out.append(Candidate(start: Int(tokens[cellStart].start), end: Int(tokens[cellEnd].end), type: .person, score: 0.85))
                }
            }
            while k < n && tokens[k].kind != .newline {
                let x = tokens[k]
                if x.kind == .punct && t[Int(x.start)] == UInt8(ascii: "\"") { quoted.toggle(); k += 1; continue }
                if x.kind == .punct && t[Int(x.start)] == sep && !quoted {
                    flush(); col += 1; cellStart = -1; cellEnd = -1; letters = false; bad = false
                } else {
                    if x.kind == .word {
                        if cellStart < 0 { cellStart = k }
                        cellEnd = k
                        if x.cap || !letters { letters = true }
                    } else if x.kind == .number || x.kind == .punct && t[Int(x.start)] == UInt8(ascii: "@") {
                        bad = true
                    } else if cellStart >= 0 {
                        // "D. Marshall", "O'Neil": punctuation inside a cell; an initial's dot belongs to the span.
                        if t[Int(x.start)] == UInt8(ascii: ".") && cellEnd == k - 1 { }
                    }
                }
                k += 1
            }
            flush()
            rows += 1
            k += 1
        }
        return rows > 0 ? k : nil
    }
}

extension PersonRecognizer {
    /// Cues found only where no other cue is (outlined: the scan's common path stays as it was):
    /// - "emre hier, die Bestellung …", "Hallo, jana hier": a given name before "hier"/"here"/"ici" introduces the writer;
    /// - "Kuffour, Esi at …", "Hakobyan, Narek — …": a capitalized word, a comma and a known given name that ends the
    ///   clause, after a clause start, a cue or a preposition (no list of places) — returned as the second value;
    /// - a signature line without a closing word: after a line that ends with `,` or `!` ("Merci et bonne journée,\nLéonie",
    ///   "Danke!\nUrs"), or after a dash ("— Liesbeth").
    @inline(never)
    /// Hedges after a name: "I think", "I believe", "je crois", "je pense" (as pairs of word hashes).
    static let hedges: Set<UInt64> = Set([("i", "think"), ("i", "believe"), ("i", "guess"), ("je", "crois"), ("je", "pense")].map {
        pairKey(WordKey.hash($0.0), WordKey.hash($0.1)) })
    /// Token `j` is the first word of a transcript line: at the text's or a line's start, or after a `[time]` stamp.
    func speakerLine(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ j: Int) -> Bool {
        if j == 0 || tokens[j - 1].kind == .newline { return true }
        guard tokens[j - 1].kind == .punct, t[Int(tokens[j - 1].start)] == UInt8(ascii: "]") else { return false }
        var k = j - 2
        while k >= 0 && k >= j - 8 && !(tokens[k].kind == .punct && t[Int(tokens[k].start)] == UInt8(ascii: "[")) {
            if tokens[k].kind == .newline || tokens[k].kind == .word { return false }
            k -= 1
        }
        return k >= 0 && tokens[k].kind == .punct && (k == 0 || tokens[k - 1].kind == .newline)
    }
    func fallbackCue(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ stop: Bool, _ gz: Gazetteer) -> (Strength?, Bool) {
        let n = tokens.count
        let tok = tokens[i]
        // A JSON name key: `"first": "Katerina"`, `"last": "Papanikolaou"` (only as a quoted key before a colon).
        if i >= 4, tokens[i - 1].kind == .punct, t[Int(tokens[i - 1].start)] == UInt8(ascii: "\""), jsonNameKey(t, tokens, i - 4) {
            return (.strong, false)
        }
        let here = myHereHashes
        if i + 1 < n, tokens[i + 1].kind == .word, tokens[i + 1].hash == here.0 || tokens[i + 1].hash == here.1 || tokens[i + 1].hash == here.2,
           gz.firstNames.contains(tok), i == 0 || tokens[i - 1].kind != .word || myGreetings.contains(tokens[i - 1]) { return (.strong, false) }
        guard tok.cap && !tok.allCaps else { return (nil, false) }
        if relationAfter(t, tokens, i) { return (.strong, false) }
        // A known given name addressed without a greeting word: opening the text before a comma ("Anitha, see below"), or
        // between a comma and the sentence's `?`/`!` ("Anything else, Walid?", "Sorry to hear that, Yannick!").
        if i == 0 ? tok.next == UInt8(ascii: ",")
            : (tok.next == UInt8(ascii: "?") || tok.next == UInt8(ascii: "!")) && tokens[i - 1].kind == .punct && t[Int(tokens[i - 1].start)] == UInt8(ascii: ","),
           gz.firstNames.contains(tok), !gz.ambiguousFirstNames.contains(tok), !gz.stopwords.contains(tok) { return (.greeting, false) }
        // "[21:40] Support (Emeka): Klar!": a speaker's name in brackets after a role, before the colon of a transcript line.
        if tok.next == UInt8(ascii: ")"), i >= 2, i + 2 < n, tokens[i - 1].kind == .punct, t[Int(tokens[i - 1].start)] == UInt8(ascii: "("),
           tokens[i - 2].kind == .word, tokens[i + 2].kind == .punct, t[Int(tokens[i + 2].start)] == UInt8(ascii: ":"),
           speakerLine(t, tokens, i - 2) { return (.strong, false) }
        // "The lady at the counter, Nerys I think, was lovely", "La vendeuse, Thaís je crois, a été": a name in apposition
        // that the writer hedges.
        if (tok.next == UInt8(ascii: "I") || tok.next == UInt8(ascii: "j")), i > 0, i + 2 < n, tokens[i - 1].kind == .punct,
           t[Int(tokens[i - 1].start)] == UInt8(ascii: ","), tokens[i + 1].kind == .word, tokens[i + 2].kind == .word,
           PersonRecognizer.hedges.contains(PersonRecognizer.pairKey(tokens[i + 1].hash, tokens[i + 2].hash)) { return (.strong, false) }
        // "nach Caoimhe fragen", "Besichtigung nach Absprache, Torbjørn verlangen": the person to ask for, before the verb.
        if i + 1 < n, tokens[i + 1].kind == .word, myAskVerbs.contains(tokens[i + 1]), i > 0,
           tokens[i - 1].kind == .punct && t[Int(tokens[i - 1].start)] == UInt8(ascii: ",")
            || tokens[i - 1].kind == .word && tokens[i - 1].hash == myNachHash && (gz.firstNames.contains(tok) || gz.surnames.contains(tok)) {
            // ("nach Lieferzeit fragen": after "nach" only a name the gazetteers know.)
            return (.strong, false)
        }
        if !stop && i + 2 < n && tokens[i + 1].kind == .punct
            && t[Int(tokens[i + 1].start)] == UInt8(ascii: ",") && tokens[i + 2].kind == .word && tokens[i + 2].cap && !tokens[i + 2].allCaps
            && !gz.stopwords.contains(tokens[i + 2]) && gz.firstNames.contains(tokens[i + 2])
            && (i == 0 || tokens[i - 1].kind != .word || myCuesByLast[tokens[i - 1].hash] != nil || mySurnameFirstLeads.contains(tokens[i - 1]))
            && (i + 3 >= n || !(tokens[i + 3].kind == .word && tokens[i + 3].cap)
                && !(tokens[i + 3].kind == .punct && t[Int(tokens[i + 3].start)] == UInt8(ascii: ",") && i + 4 < n && tokens[i + 4].kind == .word
                     && tokens[i + 4].cap && gz.firstNames.contains(tokens[i + 4])))
            && !myGreetings.contains(tok) && !myClosings.contains(tok)
            // "Der Fahrer, Radek, hat geklingelt": a role or a relation in apposition is no surname.
            && !myPersonRoles.contains(tok) && !myAppositionRoles.contains(tok) && !myRelations.contains(tok) {
            return (nil, true)
        }
        guard i > 0, tokens[i - 1].kind == .newline || tokens[i - 1].kind == .punct else { return (nil, false) }
        var b = i - 1
        var dash = false
        // "— Liesbeth", "-- Ravi": an em/en dash or a double hyphen and a space, then a line of one to three capitalized
        // words (a bullet "- Österreich: …" or a command option "-H" is none).
        if tokens[b].kind == .punct && (t[Int(tokens[b].start)] == UInt8(ascii: "-") || t[Int(tokens[b].start)] == 0xE2) {
            let double = t[Int(tokens[b].start)] == 0xE2 || b >= 1 && tokens[b - 1].kind == .punct && t[Int(tokens[b - 1].start)] == UInt8(ascii: "-")
            guard double, Int(tokens[b].end) < t.count, t[Int(tokens[b].end)] == 0x20 else { return (nil, false) }
            var e = i
            while e < n && e < i + 3 && tokens[e].kind == .word && tokens[e].cap { e += 1 }
            // (Or a comma and the writer's qualifier: "— Bereket Tadesse, verified buyer", "— Anouk, verifizierter Kauf".)
            guard e >= n || tokens[e].kind == .newline || e > i && tokens[e].kind == .punct && t[Int(tokens[e].start)] == UInt8(ascii: ",")
            else { return (nil, false) }
            dash = true; b -= 1
            if b >= 0 && tokens[b].kind == .punct && t[Int(tokens[b].start)] == UInt8(ascii: "-") { b -= 1 }
        }
        guard b >= 0 && tokens[b].kind == .newline else { return (nil, false) }
        var c = b
        while c >= 0 && tokens[c].kind == .newline { c -= 1 }
        if dash || c >= 0 && tokens[c].kind == .punct && (t[Int(tokens[c].start)] == UInt8(ascii: ",") || t[Int(tokens[c].start)] == UInt8(ascii: "!")),
           !myClosings.contains(tok) && !myGreetings.contains(tok) {
            return (.signature, false)
        }
        // A name alone on the message's last line after a blank line: a sign-off without a closing formula ("…advise.\n\nGeorges").
        // (Only a name the gazetteers know: "Ops", "Disposition" sign for a department.)
        if c >= 0 && b > c + 1 && !myClosings.contains(tok) && !myGreetings.contains(tok) && !tok.allCaps
            && (gz.firstNames.contains(tok) || gz.surnames.contains(tok)) {
            var e = i
            while e < n && e < i + 2 && tokens[e].kind == .word && tokens[e].cap { e += 1 }
            if e >= n || tokens[e].kind == .newline && e + 1 >= n { return (.signature, false) }
        }
        return (nil, false)
    }
}

extension PersonRecognizer {
    /// Shops: a name right after one of these, or containing one, names the shop ("magasin Brown Thomas",
    /// "Filiale Mister Minit", "Kaufhaus Breuninger", "Tante Emma Laden", "Dunnes Stores").
    static let storeNouns = WordSet(storeNounWords)
    static let storeNounWords = [
        "magasin", "boutique", "filiale", "store", "stores", "shop", "laden", "kaufhaus", "geschäft", "supermarkt", "supermarché",
        "warenhaus", "outlet", "grand-magasin", "enseigne", "drogerie", "pharmacie", "apotheke",
        // French and German shop-sign words: "Maison Fernand", "Le Comptoir d'Yvette", "Atelier X", "X Kiosk".
        "maison", "comptoir", "atelier", "kiosk", "kiosque", "bazar", "bazaar",
        // Food shops and cafés named after a person: "Café Anouk", "Bäckerei Maximilian", "Boulangerie Paul".
        "café", "cafe", "bäckerei", "boulangerie", "pâtisserie", "patisserie", "metzgerei", "konditorei", "bakery", "bistro",
        "brasserie", "pizzeria", "trattoria", "restaurant",
    ]
    /// An article or a quantifier right before a name without a title: "the Converse Chuck Taylor", "the Earl Grey arrived",
    /// "le Louis XV revient", "tous les Käthe Kruse", "bitte alle Chloé Nomade": a thing, not a person.
    static let thingArticles = WordSet(["the", "le", "les", "la", "all", "alle", "tous", "toutes", "every", "chaque", "each"])
    /// Words that make a capitalized run a department, a job or a reference, not a person: "Accounts Payable",
    /// "Customer Success Lead", "Ref PO-2024-…".
    static let orgWords = WordSet(orgWordList)
    static let orgWordList = [
        "accounts", "payable", "receivable", "lead", "success", "ref", "reference", "référence", "rma", "procurement", "operations",
        "coordinator", "manager", "supervisor", "department", "abteilung", "buchhaltung", "comptabilité",
    ]
    /// Form labels whose value is a product, a shop, a company or a carrier: "Produit : Margot de Michelin",
    /// "Abholung: Mister Minit, Dublin", "Company: Dr. Oetker", "Carrier: DPD".
    static let thingLabels = WordSet([
        "product", "produit", "produkt", "artikel", "article", "item", "items", "contents", "contenu", "inhalt", "retrait", "abholung",
        "pickup", "point", "abholort", "company", "firma", "société", "societe", "entreprise", "unternehmen", "carrier", "versand",
        "transporteur", "brand", "marke", "marque", "hersteller", "manufacturer", "fabricant", "store", "shop", "magasin", "filiale",
        "boutique", "retailer", "händler", "vendeur", "seller", "verkäufer", "lieferant", "supplier", "fournisseur",
    ])
    /// Labels whose value may be a shop as well as a person: a single unknown word there is no name ("Sender: Selfridges").
    static let senderLabels = WordSet(["sender", "absender", "expéditeur", "expediteur"])
    static let fromHash = WordKey.hash("from")

    /// The context says the capitalized run `i...last` is a brand, a shop, a company or a department (asked once per
    /// candidate, after its score: no walk over the text).
    @inline(never)
    func thingContext(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ last: Int, _ cue: Strength?,
                      _ gz: Gazetteer) -> Bool {
        let n = tokens.count
        // Inside the run: a shop word ("Kaufhaus Breuninger"), a department word ("Accounts Payable"), or a possessive that
        // owns nothing after it ("Uncle Ben's", "Trader Joe's", "Hudson's Bay", "Sender: Kiehl's").
        var k = i
        while k <= last {
            let x = tokens[k]
            if x.kind == .word {
                if Bloom.test(myRunThingBloom, x.hash) && myRunThingWords.contains(x) { return true }
                // A German compound whose head is a shop: "Lipp Bio-Markt", "Ida Kaffeebar", "Holle Bettwaren".
                if k == last && k > i && shopCompound(t, x, gz) { return true }
                let e = Int(x.end)
                if e - Int(x.start) >= 3 && t[e - 1] == UInt8(ascii: "s")
                    && (t[e - 2] == UInt8(ascii: "'") || e - Int(x.start) >= 5 && t[e - 2] == 0x99 && t[e - 3] == 0x80 && t[e - 4] == 0xE2) {
                    if k < last { return true }
                    if last + 1 >= n || tokens[last + 1].kind != .word || tokens[last + 1].cap { return true }
                }
            }
            k += 1
        }
        // Before the run, over a title and its dot or a capitalized cue word ("Jacke Dr. Hauschka", "Tasche Frau Antje",
        // "jean Tante Fanny", "Filiale Mister Minit"): a product or shop noun.
        // (Also over one other capitalized word, a brand before the product's name: "la jean Kaiser Wilhelm Sekt",
        // "the Converse Chuck Taylor".)
        var b = i - 1
        var titled = false
        if b >= 1, tokens[b].kind == .punct, t[Int(tokens[b].start)] == UInt8(ascii: "."), tokens[b - 1].kind == .word,
           gz.personTitles.contains(tokens[b - 1]) { b -= 2; titled = true }
        else if b >= 0, tokens[b].kind == .word, tokens[b].cap {
            // (A cue found right before the name ends in this word: no second look-up of the cue table.)
            titled = cue != nil || gz.personTitles.contains(tokens[b])
            b -= 1
        }
        // Sizes are compared between brands, not people: "the same sizing as Isabel Marant", "fällt X genauso aus wie Y",
        // "est-ce que X taille comme Y".
        if sizeComparison(tokens, i, b, last) { return true }
        if b >= 0, tokens[b].kind == .word, Bloom.test(myBeforeThingBloom, tokens[b].hash) {
            let x = tokens[b]
            if myBeforeThingNouns.contains(x) { return true }
            // An article right before the name or before a brand word: a thing ("the Earl Grey arrived", "le Louis XV",
            // "the Adidas Stan Smith"); "the" also before a title ("the Mère Poulard perfume"), not "le"/"la" ("le Dr Martin").
            // ("de la Tour": after a particle the article is part of the name.)
            if !x.cap || x.hash == myTheHash, myThingArticles.contains(x), !titled || x.hash == myTheHash,
               !(b >= 1 && tokens[b - 1].kind == .word && (myParticles.contains(tokens[b - 1]) || gz.particles.contains(tokens[b - 1]))) { return true }
            // "gibt es Tom Collins wieder?": what a shop has, not who.
            if b == i - 1, x.hash == myEsHash, b >= 1, tokens[b - 1].kind == .word, tokens[b - 1].hash == myGibtHash { return true }
            // "units from Thalia (Québec)", "bei Jean Coutu (Köln)": a place in brackets after the name names a shop's branch.
            if b == i - 1, myBeforeBranch.contains(x), last + 1 < n, tokens[last + 1].kind == .punct, t[Int(tokens[last + 1].start)] == UInt8(ascii: "(") {
                return true
            }
        }
        // A product noun right after a run behind a title or a cue word ("the Mère Poulard perfume", "Tante Fanny jacket").
        if titled, last + 1 < n, tokens[last + 1].kind == .word, myProductNouns.contains(tokens[last + 1]) { return true }
        // A line labelled as a product, a shop, a company or a carrier ("Produit : Margot de Michelin", "Retrait : Jean Coutu, Köln"),
        // unless a person cue other than a title stands right before the name.
        if cue != .strong || b < i - 1 {
            var s = i - 1
            var quoted = false
            while s >= 0 && tokens[s].kind != .newline && i - s <= 10 {
                // Between label and name only punctuation, capitalized words and by/von/de ("Artikel: Astérix von Ferrero"),
                // or anything inside a quoted JSON list:
                // the walk stops at the first lower-case word of prose ("Please pull all …").
                if tokens[s].kind == .word && !tokens[s].cap && !quoted && !myByWords.contains(tokens[s]) { break }
                if tokens[s].kind == .punct && t[Int(tokens[s].start)] == UInt8(ascii: "\"") { quoted = true }
                if tokens[s].kind == .punct && t[Int(tokens[s].start)] == UInt8(ascii: ":") {
                    // The label: one or two words at the line start.
                    var w = s - 1
                    // A quoted JSON key: `"items": ["Tom Collins"]`, `"article": "jean …"`.
                    if w >= 1, tokens[w].kind == .punct, t[Int(tokens[w].start)] == UInt8(ascii: "\""), tokens[w - 1].kind == .word,
                       myThingLabels.contains(tokens[w - 1]), w < 2 || tokens[w - 2].kind == .punct { return true }
                    var lw = 0
                    var work = false
                    while w >= 0 && tokens[w].kind == .word && lw < 5 { work = work || myWorkLabelNouns.contains(tokens[w]); w -= 1; lw += 1 }
                    // (A label also opens a sentence: "… in Aarhus. Artikel: Siri Remote.")
                    let opens = w < 0 || tokens[w].kind == .newline || tokens[w].kind == .punct && t[Int(tokens[w].start)] == UInt8(ascii: ".")
                    if lw >= 1 && lw <= 2 && opens && myThingLabels.contains(tokens[s - 1]) { return true }
                    // "Reference film in the listing: Annie Hall", "Motiv laut Angebot: Jane Eyre": a label naming a work.
                    if work && opens { return true }
                    break
                }
                s -= 1
            }
        }
        return false
    }
    /// One set per look-up: shop and department words inside a run; product and shop nouns before it.
    static let runThingWords = WordSet(storeNounWords + orgWordList)
    static let beforeThingNouns = WordSet(storeNounWords + productNounWords)
    /// Bloom filters in front of those look-ups: most candidates' words are in none of the sets.
    nonisolated(unsafe) static let runThingBloom: UnsafePointer<UInt64> = Bloom.make(storeNounWords + orgWordList)
    nonisolated(unsafe) static let beforeThingBloom: UnsafePointer<UInt64> = Bloom.make(storeNounWords + productNounWords
        + ["the", "le", "les", "la", "all", "alle", "tous", "toutes", "every", "chaque", "each", "es"]
        + ["from", "at", "bei", "chez", "aus", "von", "in", "à"])
    static let beforeBranch = WordSet(["from", "at", "bei", "chez", "aus", "von", "in", "à"])
    static let theHash = WordKey.hash("the")
    static let esHash = WordKey.hash("es")
    static let gibtHash = WordKey.hash("gibt")

    /// "Sender: Selfridges", "Expéditeur : Dallmayr, Salzburg": after a sender label, a single word no gazetteer knows
    /// is a shop; a person there has a name the gazetteers know or two names.
    @inline(never)
    func senderLabelBefore(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        var j = i - 1
        // (Also with the label on the line above, as shipping labels print it: "ABSENDER:\nMichelin", "FROM:\nCamper" — there
        // "from" is the label too; a mail header's "From: Anna" stays on its line.)
        let nextLine = j >= 0 && tokens[j].kind == .newline
        if nextLine { j -= 1 }
        if j >= 0, tokens[j].kind == .punct, t[Int(tokens[j].start)] == UInt8(ascii: ":") { j -= 1 } else { return false }
        return j >= 0 && tokens[j].kind == .word && tokens[j].cap && (mySenderLabels.contains(tokens[j]) || nextLine && tokens[j].hash == PersonRecognizer.fromHash)
    }
}

extension PersonRecognizer {
    /// "Kunde: Hirtz, Adèle", "From: Rácz, Réka <rracz@…>": after a labelled person cue, "Surname, Given" closing the line
    /// (or before an e-mail in angle brackets or a closing quote) is one name, whether or not the gazetteers know it.
    @inline(never)
    func labelPairAt(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer) -> Bool {
        let n = tokens.count
        guard i >= 1, i + 2 < n, tokens[i - 1].kind == .punct, t[Int(tokens[i - 1].start)] == UInt8(ascii: ":"),
              tokens[i + 2].kind == .word, tokens[i + 2].cap, !tokens[i + 2].allCaps, !gz.stopwords.contains(tokens[i + 2]) else { return false }
        guard i + 3 >= n || tokens[i + 3].kind == .newline || tokens[i + 3].kind == .punct
                && (t[Int(tokens[i + 3].start)] == UInt8(ascii: "<") || t[Int(tokens[i + 3].start)] == UInt8(ascii: "\"")) else { return false }
        return !senderLabelBefore(t, tokens, i)
    }

    /// A JSON name key ending at token `j`: `"first": "Katerina"`, `"last": "Papanikolaou"` (only as a quoted key before a colon).
    @inline(never)
    func jsonNameKey(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ j: Int) -> Bool {
        tokens[j].kind == .word && tokens[j + 1].kind == .punct && t[Int(tokens[j + 1].start)] == UInt8(ascii: "\"") && tokens[j + 2].kind == .punct
            && t[Int(tokens[j + 2].start)] == UInt8(ascii: ":") && myJsonNameKeys.contains(tokens[j])
    }
}

extension PersonRecognizer {
    /// A relation or a role named right after a run of one to three capitalized words: in parentheses
    /// ("Hodan (my neighbour at …)", "Eero (mon voisin)", "Bence (wohnt bei mir gegenüber)") or after a
    /// copula and a possessive or article ("Rêzan is the caretaker", "Serkan ist unser Hausmeister",
    /// "Meron c'est la gardienne", "Amara is my sister").
    func relationAfter(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        let n = tokens.count
        var e = i
        while e < n && e < i + 3 && tokens[e].kind == .word && tokens[e].cap { e += 1 }
        guard e + 2 < n else { return false }
        if tokens[e].kind == .punct && t[Int(tokens[e].start)] == UInt8(ascii: "(") {
            // "Baraka Odhiambo (Conseiller)", "Zozan Tekin (Agent)": a role only a person holds, alone in the parentheses
            // (an apposition; "(Agent)" after a one-word run only when a given name starts it: products have agents too).
            if tokens[e + 1].kind == .word, tokens[e + 2].kind == .punct, t[Int(tokens[e + 2].start)] == UInt8(ascii: ")"),
               myParenRoles.contains(tokens[e + 1]) { return e - i >= 2 || Gazetteer.shared.firstNames.contains(tokens[i]) }
            // Round 12: with its article, "Tane (the driver)", "Femke (le livreur)", "Rojhat (der Fahrer)".
            if e + 3 < n, tokens[e + 1].kind == .word, !tokens[e + 1].cap || tokens[e + 1].end - tokens[e + 1].start <= 3,
               myRoleArticles.contains(tokens[e + 1]), tokens[e + 2].kind == .word, myParenRoles.contains(tokens[e + 2]),
               tokens[e + 3].kind == .punct, t[Int(tokens[e + 3].start)] == UInt8(ascii: ")") {
                return e - i >= 2 || Gazetteer.shared.firstNames.contains(tokens[i])
            }
            // "(wohnt bei mir …)": lives with or opposite the writer.
            guard tokens[e + 1].kind == .word, myRelationLeads.contains(tokens[e + 1]) else { return false }
            if tokens[e + 1].hash == PersonRecognizer.wohntHash { return tokens[e + 2].kind == .word && tokens[e + 2].hash == PersonRecognizer.beiHash }
            return tokens[e + 2].kind == .word && myRelations.contains(tokens[e + 2])
        }
        // Round 12: "Gulnara, our Billing Officer", "Azad, our Store Manager": a job title after a comma and "our" (capitalized,
        // as staff titles are written; a one-word run must be a known given name).
        if tokens[e].kind == .punct && t[Int(tokens[e].start)] == UInt8(ascii: ","), tokens[e + 1].kind == .word, myOurWords.contains(tokens[e + 1]),
           tokens[e + 2].kind == .word, tokens[e + 2].cap, !tokens[e + 2].allCaps {
            return e - i >= 2 || Gazetteer.shared.firstNames.contains(tokens[i]) && !Gazetteer.shared.ambiguousFirstNames.contains(tokens[i])
        }
        guard tokens[e].kind == .word, myCopulas.contains(tokens[e]) || tokens[e].hash == PersonRecognizer.cestHash else { return false }
        guard tokens[e + 1].kind == .word, myRelationLeads.contains(tokens[e + 1]) else { return false }
        return tokens[e + 2].kind == .word && myRelations.contains(tokens[e + 2])
    }

    static let wohntHash = WordKey.hash("wohnt"), beiHash = WordKey.hash("bei"), cestHash = WordKey.hash("c'est")
}
