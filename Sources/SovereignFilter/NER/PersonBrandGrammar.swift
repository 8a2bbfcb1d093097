/// NER v2, round 4: the grammar in which brands, shops and companies named like people appear, by class, not by name.
/// Asked once per scored PERSON candidate that no earlier rule rejected (no walk over the text).
/// - Commerce nouns in apposition or through a shop preposition: `votre commande Jil Sander`, `Bestellung bei X`,
///   `sale bei X`, `les soldes X`, `your X order`; a delivery through `von/de/from`: `Ihre Lieferung von X`.
/// - A product noun before `von/de/from/by`, German compounds by their head: `die Wolldecke von X`, `Regenjacke von X`;
///   a hyphen compound with a commerce head: `Dr. Oetker-Bestellung`.
/// - A shop after a purchase or return verb and `at/bei/chez`: `bought it at X`, `rapporté … chez X`.
/// - Articles a person's name does not take: French `du/au` (`en face du X`); a quantifier in any case (`All X and Y`).
/// - Coordination: a conjunct of a brand is a brand (`All X and Y returns`); of a company a company (`X et Y SARL`).
/// - A classifying predicate: `X the same company as`, `X dieselbe Firma wie`.
/// - A name in brackets after an item reference: `Artikel 4711-S (X)`, `Item SKU … (X)`.
/// - A landmark: `gegenüber von X`, `opposite X`, `en face de X`.
/// - Southern street words and postcode pieces: `Calle Larios`, `Piazza Grande`, `Co. Kerry V92`.
extension PersonRecognizer {
    /// Nouns of trade that a brand or shop name stands next to: "commande X", "X order", "Bestellung bei X".
    static let commerceNouns = WordSet([
        "order", "orders", "purchase", "purchases", "returns", "sale", "sales", "soldes", "range", "bestellung", "bestellungen",
        "einkauf", "commande", "commandes", "achat", "achats", "sortiment", "gamme", "ausverkauf", "schlussverkauf",
        // A promotion named after a figure: "Do NOT mention X promo", "die X-Aktion".
        "promo", "promos", "promotion", "campaign", "kampagne", "aktion",
    ])
    /// Things sent by someone: after `von/de/from` the sender of an order, a brand or a shop ("Lieferung von X").
    static let sentNouns = WordSet(["lieferung", "livraison", "delivery", "sendung", "envoi", "shipment", "paket", "colis", "parcel", "ware", "marchandise"])
    /// Prepositions that place a purchase: "bei", "chez", "at".
    static let shopPreps = WordSet(["bei", "beim", "chez", "at"])
    /// Verbs of buying and returning whose place (`at/bei/chez`) is a shop.
    static let purchaseVerbs = WordSet([
        "bought", "buy", "purchased", "returned", "ordered", "gekauft", "kaufe", "kaufen", "zurückgegeben", "bestellt", "umgetauscht",
        "acheté", "achetée", "achète", "rapporté", "rapportée", "commandé", "commandée", "retourné", "retournée",
        // Price comparisons place a shop as well: "moins cher chez X", "günstiger bei X", "I saw it at X for less".
        "cher", "günstiger", "billiger", "teurer", "cheaper", "less",
    ])
    /// A shop's counter: "bitte bei X an der Kasse hinterlegen", "leave it at X's till", "à l'accueil de X".
    static let counterWords = WordSet(["kasse", "theke", "infotheke", "counter", "till", "checkout", "caisse", "accueil", "l'accueil", "rezeption"])
    /// Seller nouns in a predicate: "ist X ein Händler bei euch?", "is X one of your sellers?".
    static let sellerNouns = WordSet(["händler", "händlerin", "verkäufer", "seller", "sellers", "vendor", "vendors", "retailer", "merchant",
                                      "marchand", "vendeur", "revendeur", "partenaire", "partner", "shop", "boutique"])
    /// Kin words that open a shop's sign when written without a possessive: "Tante Emma Laden", "Onkel X Kiosk", "Nonna X Pasta".
    static let kinSignWords = WordSet(["tante", "onkel", "oma", "opa", "uncle", "aunt", "auntie", "granny", "grandma", "grandpa", "nonna",
                                       "nonno", "tata", "tonton", "mamie", "papy", "mama", "papa", "mutti", "vati", "mère", "père"])
    /// Possessives before a kin word: "meine Tante Trude" is a person.
    static let kinPossessives = WordSet(["my", "our", "your", "his", "her", "their", "mein", "meine", "meiner", "meinem", "meinen", "unsere",
                                      "unser", "unserer", "deine", "dein", "ihre", "seine", "ma", "mon", "mes", "notre", "nos", "ta", "ton", "sa", "son"])
    /// Quantifiers: "All X and Y returns", capitalized at a sentence start as well.
    static let quantifiers = WordSet(["all", "alle", "tous", "toutes", "every", "each", "chaque"])
    /// French article contractions: a person's name takes no article ("en face du X", "au X").
    static let frContractions = WordSet(["du", "au", "aux"])
    /// Words of sameness and organisation classes: "X the same company as", "X dieselbe Firma wie".
    static let sameWords = WordSet(["same", "dieselbe", "derselbe", "dasselbe", "selbe", "gleiche", "même"])
    static let orgNouns = WordSet(["company", "firm", "brand", "firma", "marke", "unternehmen", "société", "societe", "marque", "entreprise", "label"])
    /// Reference words of an item line: "Artikel 4711 (X)", "Item SKU … (X)", "Article Réf. … (X)".
    static let itemRefWords = WordSet(["artikel", "article", "item", "art", "réf", "ref", "sku", "ean", "produit", "product", "produkt"])
    /// Landmark words: "gegenüber von X", "opposite X", "en face de X", "next to X".
    static let landmarkWords = WordSet(["gegenüber", "opposite", "face", "neben", "next", "côté", "near", "beside", "l'accueil"])
    /// Group nouns that a shop or company is addressed as: "Dear Nordstrom team", "Fortnum & Mason support".
    static let groupNouns = WordSet(["team", "support", "service", "kundenservice", "kundendienst", "équipe", "staff", "crew", "helpdesk",
                                     "hotline", "store", "stores", "shop", "kundenteam", "servicecenter"])
    /// German articles: a person's name takes none in written text ("das Oscar Wilde-Puzzle", "den Tom Tailor Blazer").
    static let germanArticles = WordSet(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"])
    /// French articles before a noun in apposition to a name: "le blazer Nina Ricci", "le retour Tory Burch".
    static let frenchArticles = WordSet(["le", "la", "les", "un", "une"])
    /// German indefinite articles: no person's name takes one ("eine Kanne von X").
    static let germanIndefinites = WordSet(["ein", "eine", "einen", "einem", "eines"])
    /// Plural nouns of goods: "items from X", "les articles de X".
    static let goodsNouns = WordSet(["items", "articles", "products", "produits", "produkte", "waren", "goods", "marchandises"])
    static let aHashEN = WordKey.hash("a")
    /// Pronouns of a plural or collective referent: "chez X ils n'avaient que", "at X they only had".
    static let theyWords = WordSet(["they", "ils", "elles", "hatten", "haben"])
    /// Street words of Spanish, Italian and Portuguese addresses, before a capitalized name: "Calle Larios", "Piazza Grande".
    static let southernStreetWords = WordSet([
        "calle", "avenida", "plaza", "paseo", "carrer", "gran", "via", "viale", "piazza", "corso", "largo", "vicolo", "rua", "praça", "travessa",
        "ronda", "camino", "carretera", "passeig", "avinguda", "plaça",
    ])
    /// Head nouns of German compound product words: "Wolldecke", "Regenjacke", "Turnschuhe", "Schreibtischlampe".
    /// (Goods only: "die Bestellung von Anneliese ten Brink" is who ordered.)
    static let compoundHeads: [[UInt8]] = [
        "jacke", "schuhe", "lampe", "decke", "hülle", "tasche", "stiefel", "hose", "kleid", "mantel", "wäsche", "kissen", "becher", "kocher",
        "bluse", "brille", "kette", "sauger", "maschine", "sessel", "tisch", "regal", "uhr", "schal", "mütze", "koffer", "rucksack", "pullover",
        "creme", "parfüm", "duft",
    ].map { Array($0.utf8) }
    /// Extra product nouns the earlier list lacks (goods, not brands).
    static let moreProductNouns = WordSet([
        "boots", "bottes", "stiefel", "bed", "blanket", "kettle", "armchair", "apron", "hoover", "vacuum", "plaid", "coque", "case", "cushion",
        "rug", "duvet", "pillow", "towel", "sheets", "kissen", "decke", "teppich", "bettwäsche", "tapis", "coussin", "couverture", "bouilloire",
        "fauteuil", "tablier", "sandals", "sandales", "sandalen", "blouse", "bluse", "pyjama", "slippers", "hausschuhe", "chaussons",
    ])

    /// Trade nouns on a shop's sign after its owner's name ("Tante Lotti Näherei", "Papa Dimitri Deli", "Madame Pépin Créations")
    /// and wrapping nouns after a brand ("X Geschenkverpackung"): a name with one of them is a shop or a product.
    static let tradeNouns = WordSet([
        "näherei", "schneiderei", "seifen", "kurzwaren", "gewürze", "bäckerei", "backstube", "metzgerei", "konditorei", "confiserie",
        "feinkost", "stoffe", "manufaktur", "rösterei", "kaffeerösterei", "floristik", "antiquitäten", "geschenkverpackung", "verpackung",
        "créations", "creations", "confitures", "épicerie", "boulangerie", "pâtisserie", "fromagerie", "chocolaterie", "savonnerie",
        "mercerie", "délices", "saveurs", "deli", "bakery", "yarn", "yarns", "rugs", "crafts", "candles", "soaps", "preserves", "emporium",
        "designs", "ceramics", "pottery", "fabrics", "haberdashery", "textiles", "bakes", "treats",
        // Round 11: trades that open or close a shop sign ("Pressing Monsieur Lin", "Friseur Carlo", "Sultan Ahmet Grill").
        "pressing", "laverie", "reinigung", "friseur", "coiffure", "coiffeur", "salon", "grill", "kebab", "imbiss", "teestube",
        "pizzeria", "trattoria", "bistro", "brasserie", "kiosk", "kiosque", "apotheke", "pharmacie", "optik", "opticien", "librairie",
        "buchhandlung", "fleuriste", "blumen", "boucherie", "tabac", "barbershop", "barber", "takeaway",
    ])

    /// `tok` ends with one of the compound heads (ASCII letters compared case-insensitively: "Jacke" is a head alone).
    func endsWithProductHead(_ t: UnsafeBufferPointer<UInt8>, _ tok: Token) -> Bool {
        let s = Int(tok.start), e = Int(tok.end)
        for head in PersonRecognizer.compoundHeads where head.count <= e - s {
            var k = 0
            var ok = true
            while k < head.count {
                let a = t[e - head.count + k], b = head[k]
                if a != b && !(a >= 0x41 && a <= 0x5A && a | 0x20 == b) { ok = false; break }
                k += 1
            }
            if ok { return true }
        }
        return false
    }

    @inline(never)
    func brandGrammar(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ last: Int, _ cue: Strength?,
                      _ thingEnd: Int, _ gz: Gazetteer) -> Bool {
        let n = tokens.count
        func word(_ k: Int) -> Bool { k >= 0 && k < n && tokens[k].kind == .word }
        func punct(_ k: Int, _ c: UInt8) -> Bool { k >= 0 && k < n && tokens[k].kind == .punct && t[Int(tokens[k].start)] == c }
        let products = myProductNouns, more = myMoreProductNouns
        // "Don't", "Won't": a word with the negation clitic is no name.
        do {
            let x = tokens[i]
            if x.end - x.start >= 4, t[Int(x.end) - 1] | 0x20 == UInt8(ascii: "t"), t[Int(x.end) - 2] == UInt8(ascii: "'"),
               t[Int(x.end) - 3] | 0x20 == UInt8(ascii: "n") { return true }
        }
        // "Top Floor Flat", "PO Box": a unit word opens or closes the run.
        // (Not after a strong cue, nor a unit word that is a surname: "Kontoinhaber Ayten Zimmer".)
        if cue != .strong, gz.unitWords.contains(tokens[last]) && !gz.surnames.contains(tokens[last]) || last > i && gz.unitWords.contains(tokens[i]) {
            return true
        }
        // "je vous ai trouvés via X", "I found you via X": a referral names a shop (a person comes with a cue: "via my friend X").
        if cue == nil, word(i - 1), tokens[i - 1].hash == myViaHash { return true }
        // "ist X ein Händler bei euch?", "is X one of your sellers?": a seller noun in the predicate right after the run.
        do {
            var k = last + 1
            while k < n && k <= last + 4 && tokens[k].kind == .word {
                if mySellerNouns.contains(tokens[k]) && k > last + 1 { return true }
                k += 1
            }
        }
        // "Onkel Willis Kiosk", "Tante Trudes Wollstube", "Nonna Pina Pasta": a kin word without a possessive opening a run whose
        // last word is no name is a shop's sign ("meine Tante Trude" stays a person).
        do {
            let kinAt = word(i - 1) && tokens[i - 1].cap && myKinSignWords.contains(tokens[i - 1]) ? i - 1
                : tokens[i].cap && myKinSignWords.contains(tokens[i]) && last > i ? i : -1
            if kinAt >= 0, last > kinAt + 1 || kinAt == i - 1 && last > i, !(word(kinAt - 1) && myKinPossessives.contains(tokens[kinAt - 1])) {
                let h = tokens[last]
                if !gz.firstNames.contains(h) && !gz.surnames.contains(h) && !gz.ambiguousFirstNames.contains(h) && !gz.ambiguousSurnames.contains(h) {
                    return true
                }
            }
        }
        // An indefinite article: "eine Kanne von X", "einen X-Mantel"; in English before a noun: "a Emma Bridgewater teapot"
        // ("envoyer a Marie pour …" in sloppy French keeps its link word after the name).
        if word(i - 1), myGermanIndefinites.contains(tokens[i - 1]) { return true }
        if word(i - 1), tokens[i - 1].hash == myAHashEN, word(last + 1), !tokens[last + 1].cap, !myLinkWords.contains(tokens[last + 1]),
           !gz.stopwords.contains(tokens[last + 1]) { return true }
        // A JSON value under a snake-case key opened by a thing label: `"brand_ref": "X"`, `"store_name": "X"` (a person cue
        // such as `name` closing the key names the thing's name, not a person's).
        if i >= 5, punct(i - 1, UInt8(ascii: "\"")), punct(i - 2, UInt8(ascii: ":")), punct(i - 3, UInt8(ascii: "\"")) {
            var k = i - 4
            while k >= 2 && word(k) && punct(k - 1, UInt8(ascii: "_")) { k -= 2 }
            if k < i - 4, word(k), myThingLabels.contains(tokens[k]), punct(k - 1, UInt8(ascii: "\"")) { return true }
        }
        // "P.S.", "N.B.": initials alone, no name.
        if tokens[i].end - tokens[i].start == 1 && tokens[i].dot && tokens[last].end - tokens[last].start == 1 && last > i && last <= i + 4 { return true }
        // "Käufer: dalia", "Acheteur : hauwa": a capitalized word that opens a line and is followed by a colon is a label,
        // not a signature.
        if cue == .signature, last == i, punct(last + 1, UInt8(ascii: ":")) { return true }
        // "Dear Nordstrom team", "Dear Fortnum & Mason team": a name with a group noun after it addresses an organisation.
        if word(last + 1), myGroupNouns.contains(tokens[last + 1]) { return true }
        if punct(last + 1, UInt8(ascii: "&")), word(last + 2), tokens[last + 2].cap, word(last + 3), myGroupNouns.contains(tokens[last + 3]) { return true }
        // A name whose last word is no name: "Tom Tailor Blazer", "Oscar Wilde-Puzzle", "Tom Tailor-Retoure" (the head of a
        // hyphen compound). After a German article (no title between) such a run is a thing named after a person.
        if last > i, word(i - 1), myGermanArticles.contains(tokens[i - 1]), !(word(i - 2) && myParticles.contains(tokens[i - 2])) {
            var head = tokens[last]
            if head.end - head.start > 4, let dash = (Int(head.start) + 1..<Int(head.end) - 2).last(where: { t[$0] == UInt8(ascii: "-") }) {
                head.start = Int32(dash + 1)
                head.hash = WordKey.hash(t.baseAddress!, dash + 1, Int(head.end))
            }
            if !gz.firstNames.contains(head) && !gz.surnames.contains(head) && !gz.ambiguousFirstNames.contains(head)
                && !gz.ambiguousSurnames.contains(head) { return true }
        }
        // "le blazer Nina Ricci", "l'écharpe Estée Lauder", "le retour Tory Burch": a French article, a common noun that is no
        // person cue, then the name with no preposition between: the name labels the thing.
        if cue == nil, word(i - 1), word(i - 2), !tokens[i - 1].cap, tokens[i - 1].end - tokens[i - 1].start >= 4,
           myCuesByLast[tokens[i - 1].hash] == nil, !myLinkWords.contains(tokens[i - 1]), !PersonRecognizer.lowerCaseCueEnds.contains(tokens[i - 1]),
           myFrenchArticles.contains(tokens[i - 2]) { return true }
        if cue == nil, word(i - 1), !tokens[i - 1].cap, tokens[i - 1].end - tokens[i - 1].start >= 5,
           t[Int(tokens[i - 1].start)] == UInt8(ascii: "l"), t[Int(tokens[i - 1].start) + 1] == UInt8(ascii: "'") { return true }
        // Inside the run: a southern street word before a capitalized name ("Calle Larios", "Gran Vía …"), or a part with a digit
        // ("Kerry V92": an Eircode's routing key).
        if mySouthernStreetWords.contains(tokens[i]), i < last { return true }
        // A trade noun ends the run or follows it: "Lotti Näherei", "Pépin Créations", "Lise Charmel Geschenkverpackung".
        if last > i, tokens[last].cap, myTradeNouns.contains(tokens[last]) { return true }
        if word(last + 1), tokens[last + 1].cap, myTradeNouns.contains(tokens[last + 1]) { return true }
        // A shop sign names the trade first: "Friseur Carlo", "Teestube Scheherazade", and with a title or a family word
        // between, "Pressing Monsieur Lin", "Boulangerie Mamie Jeanne".
        if word(i - 1), tokens[i - 1].cap, myTradeNouns.contains(tokens[i - 1]) { return true }
        if last > i, myTradeNouns.contains(tokens[i]) { return true }
        if i >= 2, word(i - 2), word(i - 1), tokens[i - 1].cap, tokens[i - 2].cap, myTradeNouns.contains(tokens[i - 2]) { return true }
        if word(i - 1), tokens[i - 1].cap, mySouthernStreetWords.contains(tokens[i - 1]) { return true }
        // (A digit in any word of the run: "Kerry V92 HNYC".)
        do {
            var p = i
            while p <= last {
                let x = tokens[p]
                if x.kind == .word {
                    var k = Int(x.start)
                    while k < Int(x.end) { if t[k] >= 0x30 && t[k] <= 0x39 { return true }; k += 1 }
                }
                p += 1
            }
        }
        // "Dr. Oetker-Bestellung": a hyphen compound whose head is a product or a commerce noun.
        do {
            let x = tokens[last]
            if x.end - x.start > 4, let dash = (Int(x.start) + 1..<Int(x.end) - 2).last(where: { t[$0] == UInt8(ascii: "-") }) {
                var head = x
                head.start = Int32(dash + 1)
                head.hash = WordKey.hash(t.baseAddress!, dash + 1, Int(x.end))
                if myCommerceNouns.contains(head) || mySentNouns.contains(head) || products.contains(head) || more.contains(head) { return true }
            }
        }
        // "Ende April", "Anfang Mai": a month after a word of time, not a person.
        if last == i + 1, myTimeLeads.contains(tokens[i]), myMonths.contains(tokens[last]) { return true }
        // "Stiefel von Ben Sherman": a product noun is no surname before a particle.
        if i + 1 < last, myParticles.contains(tokens[i + 1]), products.contains(tokens[i]) || more.contains(tokens[i]) || endsWithProductHead(t, tokens[i]) {
            return true
        }
        // Before the run: over a title and its dot ("la commande Monsieur Cuisine", "die Wolldecke von Dr. Oetker").
        var b = i - 1
        if punct(b, UInt8(ascii: ".")), word(b - 1), gz.personTitles.contains(tokens[b - 1]) { b -= 2 }
        // (Also over a capitalized cue word: "commande Tante Fanny", "les soldes Uncle Ben's".)
        else if word(b), tokens[b].cap, cue != nil || gz.personTitles.contains(tokens[b]) { b -= 1 }
        let titled = b < i - 1
        if word(b) {
            let x = tokens[b]
            // Apposition to a commerce noun: "votre commande Jil Sander", "les soldes Uncle Ben's".
            if myCommerceNouns.contains(x) { return true }
            // "All Carolina Herrera and …" at a sentence start.
            if myQuantifiers.contains(x) { return true }
            // "The Jo Malone parka": no person's name takes "the" (a title after it does: "the Mr. Smith you mentioned" is rare).
            if x.hash == myTheHash && !titled { return true }
            // "en face du Harvey Nichols": an article contraction no person's name takes (but "Marie du Pont").
            if !titled && myFrContractions.contains(x) && !x.cap && !(word(b - 1) && tokens[b - 1].cap) { return true }
            // Coordination: "All Kurt Geiger and Jil Sander returns", the second conjunct of a brand.
            if myAndWords.contains(x) && thingEnd >= 0 && thingEnd == b - 1 { return true }
            if word(b - 1) {
                let y = tokens[b - 1]
                // "Bestellung bei Tory Burch", "sale bei Cath Kidston", "order at X".
                if myShopPreps.contains(x) && myCommerceNouns.contains(y) { return true }
                // "Ihre Lieferung von Sonia Rykiel", "retard de votre commande de X": a sender of goods.
                if myFromWords.contains(x) || myByWords.contains(x) {
                    // ("die Bestellung von Anneliese ten Brink" is who ordered: an order through `von` stays a person.)
                    if mySentNouns.contains(y) && !titled { return true }
                    // "der Artikel EAN 4023562423892 von Sonia Rykiel": the maker of a referenced item.
                    if !titled && itemRefBefore(t, tokens, b - 1) { return true }
                    // "die Stiefel von Ben Sherman", "die Wolldecke von X", "the hoover from Harvey Quinn".
                    if !titled && (products.contains(y) || more.contains(y) || y.cap && endsWithProductHead(t, y)) { return true }
                    // "items from X sell faster", "Artikel von X", "les articles de X": goods from a maker.
                    if !titled && (myItemRefWords.contains(y) || myGoodsNouns.contains(y)) { return true }
                    // "gegenüber von Harvey Nichols".
                    if myLandmarkWords.contains(y) { return true }
                }
                // "les bottes Bodil Kjær", "the Henry hoover …" is the product after: see below.
                // (Even before a title: "les bottes Monsieur Cuisine"; a person's goods take "de/von".)
                if more.contains(x) || products.contains(x) && titled { return true }
                // "opposite X", "en face de X", "next to X".
                if myLandmarkWords.contains(x) && !titled && (x.hash == myOppositeHash) { return true }
            }
            // "Chez Ludwig Beck ils n'avaient que du 38", "I saw it at X but they only had": a place whose people are "they";
            // "bitte bei X an der Kasse hinterlegen": a place with a counter.
            if myShopPreps.contains(x) && !titled {
                var k = last + 1
                while k < n && k <= last + 4 && tokens[k].kind != .newline {
                    if tokens[k].kind == .word && (myTheyWords.contains(tokens[k]) || myCounterWords.contains(tokens[k])) { return true }
                    k += 1
                }
            }
            // "direkt neben Ludwig Beck", "near Tim Hortons": a landmark without an article.
            if cue == nil && !titled && myLandmarkWords.contains(x) && x.hash != myNextHash && x.hash != myFaceHash { return true }
            // "I bought it at El Corte Inglés", "J'ai rapporté les bottes X chez Darty", "Hab's bei X in Luzern gekauft":
            // a purchase verb in the clause makes the place a shop.
            if myShopPreps.contains(x) && !titled {
                var k = b - 1
                while k >= 0 && k >= b - 6 && tokens[k].kind != .newline {
                    if tokens[k].kind == .word && myPurchaseVerbs.contains(tokens[k]) { return true }
                    k -= 1
                }
                k = last + 1
                while k < n && k <= last + 5 && tokens[k].kind == .word {
                    if myPurchaseVerbs.contains(tokens[k]) { return true }
                    k += 1
                }
            }
            // "La plaid en laine Harvey Quinn", "la coque de téléphone Henri Lloyd", "le sac à dos X": a French noun with its
            // complement (article, noun, de/en/à, noun) runs into the name with no cue between: the name labels the thing.
            if cue == nil || titled, !x.cap, x.end - x.start >= 3, !myLinkWords.contains(x), word(b - 1), myComplementPreps.contains(tokens[b - 1]),
               word(b - 2), !tokens[b - 2].cap, word(b - 3), myNounArticles.contains(tokens[b - 3]) { return true }
        }
        // "Artikel 69992-S (Massimo Dutti)", "Item SKU JWK-2940-RSE (Claudie Pierlot)": a name in brackets after an item reference.
        if punct(b, UInt8(ascii: "(")), itemRefBefore(t, tokens, b - 1) { return true }
        // After the run.
        let a = last + 1
        if word(a) {
            let x = tokens[a]
            // "your Sam Edelman order", "the Jo Malone parka": a commerce or product noun right after.
            if !x.cap && (myCommerceNouns.contains(x) || more.contains(x)) { return true }
            // "Kurt Geiger et Dupuis & Fils SA", "X and Y Ltd": coordinated with a company.
            if myAndWords.contains(x), a + 1 < n, tokens[a + 1].kind == .word, tokens[a + 1].cap, companyAfter(t, tokens, a + 1, a + 1) { return true }
            // "Is Tante Fanny the same company as …", "Ist X dieselbe Firma wie …".
            var k = a
            while k < n && k <= a + 2 && tokens[k].kind == .word {
                if mySameWords.contains(tokens[k]) && k + 1 < n && tokens[k + 1].kind == .word && myOrgNouns.contains(tokens[k + 1]) { return true }
                k += 1
            }
        }
        // "Victor & Rolf", "Marks & Spencer", "Hunter & Hyland": one word and one word joined by "&", no person cue.
        if cue == nil || cue == .medium, last == i, punct(a, UInt8(ascii: "&")), word(a + 1), tokens[a + 1].cap,
           !(word(a + 2) && tokens[a + 2].cap && !gz.stopwords.contains(tokens[a + 2])) { return true }
        if cue == nil || cue == .medium, punct(i - 1, UInt8(ascii: "&")), word(i - 2), tokens[i - 2].cap, last == i { return true }
        return false
    }
    /// One to three capitalized words, then `<` and an e-mail address: the sender named in a quote or From header.
    func quoteHeaderSender(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        let n = tokens.count
        var k = i
        while k < n && k < i + 3 && tokens[k].kind == .word && tokens[k].cap && tokens[k].next != 0x0A { k += 1 }
        guard k > i, k + 1 < n, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: "<") else { return false }
        var e = Int(tokens[k].end)
        while e < t.count && e < Int(tokens[k].end) + 80 && t[e] != UInt8(ascii: ">") && t[e] != 0x0A {
            if t[e] == UInt8(ascii: "@") { return true }
            e += 1
        }
        return false
    }
    /// An item reference ends at token `e`: a code (a number or a word with a digit) with an item word a few tokens before it
    /// on the line ("Artikel 69992-S", "Item SKU JWK-2940-RSE", "Article Réf. CH-7230-C").
    func itemRefBefore(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ e: Int) -> Bool {
        guard e >= 1 else { return false }
        // Back over the code's pieces ("69992-S", "CH-7230-C", "EAN 4023562423892") to the item word; a digit must be among them.
        var digit = false
        var k = e
        while k >= 0 && k >= e - 10 && tokens[k].kind != .newline {
            let x = tokens[k]
            if x.kind == .number { digit = true }
            else if x.kind == .word {
                if myItemRefWords.contains(x) { return digit }
                var c = Int(x.start)
                while c < Int(x.end) { if t[c] >= 0x30 && t[c] <= 0x39 { digit = true; break }; c += 1 }
                // Prose between: no item line.
                if !x.cap && x.end - x.start > 3 { return false }
            }
            k -= 1
        }
        return false
    }
    /// Articles that open a noun phrase: "la plaid en laine X", "le sac à dos X", "the dog bed X".
    static let nounArticles = WordSet(["la", "le", "les", "l'", "un", "une", "the", "a", "die", "der", "das", "ein", "eine"])
    /// Prepositions and conjunctions: "the parcel for John Smith" is a person's, not a labelled thing.
    static let linkWords = WordSet([
        "for", "für", "pour", "to", "an", "with", "mit", "avec", "by", "von", "from", "par", "chez", "bei", "at", "of", "des", "and", "und",
        "et", "or", "oder", "ou", "via", "nach", "zu", "sur", "auf", "on", "into", "than", "que", "als", "wie", "like", "comme", "dass", "that",
        "who", "qui", "wer", "der", "die", "das", "den", "dem", "the", "les", "une", "ein", "eine", "einen", "einem", "einer",
    ])
    static let complementPreps = WordSet(["de", "en", "à", "d'"])
    static let timeLeads = WordSet(["ende", "anfang", "mitte", "early", "late", "mid", "fin", "début", "mi"])
    static let months = WordSet(["april", "may", "june", "july", "august", "mai", "juni", "juli", "märz", "avril", "juin", "juillet", "août"])
    static let oppositeHash = WordKey.hash("opposite")
    static let nextHash = WordKey.hash("next"), faceHash = WordKey.hash("face")
}
