/// Echoes of a name already found in the same message (NER round 11): a person named once is named again by a part of
/// the name ("Berzan Tekin a validé … Tekin rentre", "Briefkasten: GURUNG / FITZGERALD … Gurung kennt"), in whatever
/// context, often one with no cue at all. A message names few people, so the parts of the names found so far fit in a
/// fixed inline table; the scan asks it about each word it visits with one bit test (a 64-bit mask of the hashes' low
/// bits), no second walk over the tokens and no allocation.
struct NameEchoes {
    /// Up to 16 name parts (their `WordKey` hashes); later ones are dropped: a message with more names is a list, and the
    /// list's own grammar finds them.
    private var hashes = SIMD16<UInt64>()
    /// The token index of each part's latest mention. An echo counts within `reach` tokens of it: a message names its
    /// people again within a few paragraphs, while in a long document (a log, an export, a thread of many messages
    /// scanned whole) one name's word far away is another's, and one mistaken early part ("Bestellnummer") must not
    /// recur through a whole file.
    private var seen = SIMD16<Int32>()
    private(set) var count = 0
    private(set) var mask: UInt64 = 0
    static let reach: Int32 = 200

    @inline(__always) func mayContain(_ h: UInt64) -> Bool { mask & (1 << (h & 63)) != 0 }

    /// The slot of `h`, or nil.
    @inline(__always) func slot(_ h: UInt64) -> Int? {
        guard mayContain(h) else { return nil }
        for k in 0..<count where hashes[k] == h { return k }
        return nil
    }

    /// Whether `h` echoes a part mentioned within reach of token `i`; if so, `i` is its latest mention.
    @inline(__always) mutating func echo(_ h: UInt64, at i: Int) -> Bool {
        guard let k = slot(h), Int32(truncatingIfNeeded: i) - seen[k] <= NameEchoes.reach else { return false }
        seen[k] = Int32(truncatingIfNeeded: i)
        return true
    }

    /// Records a part mentioned at token `i`. When all 16 slots are taken, the part mentioned longest ago gives way once it
    /// is out of reach (a long document names more people than a message).
    mutating func add(_ h: UInt64, at i: Int) {
        let at = Int32(truncatingIfNeeded: i)
        if let k = slot(h) { seen[k] = max(seen[k], at); return }
        if count < 16 {
            hashes[count] = h
            seen[count] = at
            count += 1
            mask |= 1 << (h & 63)
            return
        }
        var oldest = 0
        for k in 1..<16 where seen[k] < seen[oldest] { oldest = k }
        guard at - seen[oldest] > NameEchoes.reach else { return }
        hashes[oldest] = h
        seen[oldest] = at
        mask = 0
        for k in 0..<16 { mask |= 1 << (hashes[k] & 63) }
    }
}

extension PersonRecognizer {
    /// Records the parts of the person candidates appended to `out` since index `from`: words of three letters or more
    /// that are no function word, title, particle or common word.
    func recordEchoes(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, before i: Int, _ gz: Gazetteer,
                      _ out: [Candidate], from: Int, into echoes: inout NameEchoes) {
        for c in from..<out.count where out[c].type == .person {
            // The candidate's tokens lie before `i` (the scan appends names it has walked past, and records them at the
            // next word of three letters or more); 64 tokens back at most.
            var k = min(i, tokens.count) - 1
            let floor = max(0, k - 64)
            while k >= floor && Int(tokens[k].start) >= out[c].start {
                let w = tokens[k]
                if w.kind == .word && Int(w.end) <= out[c].end && w.end - w.start >= 3 && !gz.stopwords.contains(w)
                    && !myParticles.contains(w) && !gz.personTitles.contains(w) && !myNotNames.contains(w)
                    // In capitals a cue's sentence runs on into the name ("C'EST MARQUÉ POPALZAI"): only known names recur.
                    && (!w.allCaps || gz.firstNames.contains(w) || gz.surnames.contains(w))
                    // Names that are also common words ("Rose", "Mark", "Will") do not recur: the word may be the common one.
                    && !gz.ambiguousFirstNames.contains(w) && !gz.ambiguousSurnames.contains(w) {
                    echoes.add(w.hash, at: k)
                }
                k -= 1
            }
        }
    }

    /// An echo starting at token `i`: the last token of the name (further parts on the same line extend it, and so does a
    /// known surname after a given name: "Jhun … Jhun Macaraeg"), or nil.
    func echoAt(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer, _ echoes: inout NameEchoes) -> Int? {
        let tok = tokens[i]
        guard echoes.echo(tok.hash, at: i) else { return nil }
        // "Kunde Ayu" is a person, but the word before a colon that a cue ends with is a label ("Name: …").
        var e = i
        let n = tokens.count
        while e + 1 < n && tokens[e].next != 0x0A && tokens[e + 1].kind == .word && (tokens[e + 1].cap || !tok.cap) {
            let w = tokens[e + 1]
            if echoes.echo(w.hash, at: e + 1) { e += 1; continue }
            if w.cap && gz.surnames.contains(w) && !gz.stopwords.contains(w) && !gz.ambiguousSurnames.contains(w) { e += 1 }
            break
        }
        return e
    }
}

extension PersonRecognizer {
    /// RFC 5322 name-addr: "Moumita Sarkar <sarkar.moumita@…>", "Cheikh W. Sow <cheikh89@…>" in an organizer, attendee or
    /// recipient list. The display name is a person's when one of its words (three letters or more) is spelled inside the
    /// mailbox's local part: people's addresses are made of their names, a shop's are "noreply", "service", "info".
    /// Asked only for a capitalized word after a `:`, `;` or `,`.
    func nameAddrDisplay(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        let n = tokens.count
        var k = i
        // Up to four words (initials with their dots) on the line, then `<`.
        while k < n && k < i + 6 && tokens[k].next != 0x0A
                && (tokens[k].kind == .word && tokens[k].cap
                    || tokens[k].kind == .punct && t[Int(tokens[k].start)] == UInt8(ascii: ".") && k > i && tokens[k - 1].end - tokens[k - 1].start == 1) { k += 1 }
        guard k > i, k < n, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: "<") else { return false }
        // The local part: from after `<` to `@` (at most 64 bytes, RFC 5321).
        let ls = Int(tokens[k].end)
        var at = ls
        while at < t.count && at < ls + 64 && t[at] != UInt8(ascii: "@") && t[at] != UInt8(ascii: ">") && t[at] != 0x0A && t[at] != 0x20 { at += 1 }
        guard at < t.count, t[at] == UInt8(ascii: "@"), at > ls else { return false }
        for w in i..<k where tokens[w].kind == .word && tokens[w].end - tokens[w].start >= 3 {
            let ws = Int(tokens[w].start), wl = Int(tokens[w].end) - ws
            guard wl <= at - ls else { continue }
            var p = ls
            while p + wl <= at {
                var m = 0
                while m < wl && ByteClass.lower(t[p + m]) == ByteClass.lower(t[ws + m]) { m += 1 }
                if m == wl { return true }
                p += 1
            }
        }
        return false
    }
}

extension PersonRecognizer {
    /// The conjunctions of a coordination: en, de, fr. (Not the Dutch "en", "of": French "en" and English "of" are
    /// prepositions: "Je mets X en copie".)
    /// (At most four letters each: the scan asks the set only about words that short.)
    static let conjunctionWords = WordSet(["and", "or", "und", "oder", "et", "ou"])
    /// Verbs of saying, knowing and promising in the third person (en, de, fr): their subject is a person. ("m'a" opens
    /// "m'a dit", "m'a conseillé", "m'a promis".)
    static let speechVerbs = WordSet(["said", "says", "told", "tells", "reckons", "reckoned", "thinks", "thought", "knows", "promised",
        "recommended", "mentioned", "explained", "phoned", "rang", "wrote", "replied", "agreed", "insisted", "confirmed",
        "sagt", "sagte", "meint", "meinte", "weiß", "schrieb", "erklärte", "versprach", "empfahl", "behauptet", "behauptete", "glaubt",
        "dit", "disait", "pense", "pensait", "sait", "m'a", "affirme", "explique", "expliqué", "promet", "écrit"])
    /// Words that open a prepositional phrase after a subject: "Marloes from the depot says", "Tomas du dépôt dit",
    /// "Narantuya vom Depot sagt".
    static let subjectPPLeads = WordSet(["from", "at", "of", "in", "du", "de", "des", "vom", "von", "aus", "bei", "beim", "am", "im"])

    /// A verb of saying or knowing follows token `e`, right after it or after a short prepositional phrase (up to four
    /// words on the same clause: no comma, no line break).
    func speechVerbAfter(_ tokens: UnsafeBufferPointer<Token>, _ e: Int) -> Bool {
        let n = tokens.count
        guard e + 1 < n, tokens[e + 1].kind == .word else { return false }
        if mySpeechVerbs.contains(tokens[e + 1]) { return true }
        guard mySubjectPPLeads.contains(tokens[e + 1]) else { return false }
        var k = e + 2
        while k < n && k <= e + 6 {
            let w = tokens[k]
            if w.kind != .word { return false }
            if mySpeechVerbs.contains(w) { return k > e + 2 }
            k += 1
        }
        return false
    }

    /// Prepositions of place, material and origin (en, de, fr).
    static let placePrepositions = WordSet(["in", "en", "im", "à", "au", "aux", "chez", "bei", "beim", "at", "from", "aus", "von", "vom", "de",
                                            "du", "des", "by", "par", "d'"])

    /// A single given name at token `i` stands in a coordination with another person: "Bram oder Salvatore" (both given
    /// names the gazetteers know and no common word), or "Mursal Popalzai and Quang" (a name found right before).
    /// (`thingEnd`: the last token of the latest run found to be a thing; its conjunct is one too, "Hanni und Nanni".)
    func coordinatedName(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer, _ out: [Candidate], thingEnd: Int) -> Bool {
        let n = tokens.count
        @inline(__always) func givenName(_ k: Int) -> Bool {
            let w = tokens[k]
            return w.kind == .word && w.cap && !w.allCaps && gz.firstNames.contains(w) && !gz.ambiguousFirstNames.contains(w)
                && !gz.stopwords.contains(w)
        }
        // After a preposition of place, material or origin the pair names a thing or a place: "in Viola oder Aurora" (colours),
        // "chez Paulette et Roger" (a shop), "de la part de Jules et Jim".
        @inline(__always) func afterPreposition(_ k: Int) -> Bool { k > 0 && tokens[k - 1].kind == .word && myPlacePrepositions.contains(tokens[k - 1]) }
        // Forward: "Bram oder Salvatore" (the second one alone, not "Anna und Jonas Becker", which the surname decides).
        if i + 2 < n, tokens[i + 1].kind == .word, myConjunctions.contains(tokens[i + 1]), givenName(i + 2), !afterPreposition(i) { return true }
        // Backward: the conjunct before was found as a person (a given name there was asked forward first, so one the
        // item or thing rules dropped, "1x Hanni und Nanni", drops its conjunct too).
        if i >= 2, thingEnd != i - 2, tokens[i - 1].kind == .word, myConjunctions.contains(tokens[i - 1]),
           let last = out.last, last.type == .person, last.end == Int(tokens[i - 2].end),
           last.start < Int(tokens[i - 2].start) || !afterPreposition(i - 2) { return true }
        return false
    }
}

extension PersonRecognizer {
    /// JSON keys whose values are things, not people: an item's title, colour, brand, product, carrier, place.
    static let jsonThingKeys = WordSet(["title", "colour", "color", "couleur", "farbe", "brand", "marke", "marque", "product", "produit",
        "produkt", "item", "article", "artikel", "description", "desc", "model", "variant", "carrier", "city", "country", "ville", "pays",
        "stadt", "land", "category", "sku", "store", "shop", "merchant", "seller", "vendor"])

    /// Token `i` opens a JSON string value whose key names a thing: `"title": "Thérèse Raquin"`, `"colour": "Rose Gold"`.
    /// (A JSON document states each value's kind in its key; the name keys are `jsonNameKey`'s.)
    func jsonThingValue(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        guard i >= 4, tokens[i - 1].kind == .punct, t[Int(tokens[i - 1].start)] == UInt8(ascii: "\""),
              tokens[i - 2].kind == .punct, t[Int(tokens[i - 2].start)] == UInt8(ascii: ":"),
              tokens[i - 3].kind == .punct, t[Int(tokens[i - 3].start)] == UInt8(ascii: "\"") else { return false }
        return tokens[i - 4].kind == .word && myJsonThingKeys.contains(tokens[i - 4])
    }

    /// "Your parcel 135896599 from Nordstrom", "Ihre Sendung #710721 von Rossmann", "commande CMD-6842 de Darty": a shipment
    /// notification names the merchant after the shipment's number. True when the token before the `from`/`von`/`de`
    /// before token `i` is a number (a code's digits: "CMD-6842" ends with one).
    func merchantAfterShipmentNumber(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        guard i >= 2, tokens[i - 1].kind == .word, myMerchantFromWords.contains(tokens[i - 1]) else { return false }
        let b = tokens[i - 2]
        if b.kind == .number { return true }
        // (Or a code with letters and digits: "R14678710", "WEB1078160".)
        guard b.kind == .word, b.end - b.start >= 5 else { return false }
        var digits = 0
        for k in Int(b.start)..<Int(b.end) where t[k] >= 0x30 && t[k] <= 0x39 { digits += 1 }
        return digits >= 3
    }
    static let merchantFromWords = WordSet(["from", "von", "de", "du"])
}

extension PersonRecognizer {
    /// Naming verbs, and the nouns of things they name: "la couleur s'appelle « Céladon »", "das Modell heißt Emma", "the
    /// colour is called Jade". A naming verb names a person only when its subject is no thing.
    static let namingVerbs = WordSet(["s'appelle", "heißt", "heisst", "called", "named", "lautet", "nommé", "nommée", "appelé", "appelée"])
    static let namedThingNouns = WordSet(["couleur", "colour", "color", "farbe", "teinte", "shade", "modèle", "model", "modell", "variante",
        "variant", "produit", "product", "produkt", "article", "artikel", "item", "motif", "motiv", "design", "collection", "kollektion",
        "parfum", "fragrance", "duft", "série", "serie", "series", "edition", "édition", "ausgabe", "livre", "book", "buch", "film", "titre",
        "title", "titel", "chien", "dog", "hund", "chat", "cat", "katze", "boat", "bateau", "boot", "app", "appli"])

    /// The strong cue before token `i` is a naming verb whose subject is a thing (up to three words back, past an article or
    /// "is"/"ist"/"est": "the colour is called", "la teinte s'appelle").
    func namingVerbOfThing(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && j >= i - 3 && tokens[j].kind == .punct { j -= 1 }
        guard j >= 1, tokens[j].kind == .word, myNamingVerbs.contains(tokens[j]) else { return false }
        var k = j - 1
        while k >= 0 && k >= j - 3 {
            if tokens[k].kind != .word { return false }
            if myNamedThingNouns.contains(tokens[k]) { return true }
            k -= 1
        }
        return false
    }
}

extension PersonRecognizer {
    /// Roles that only a person holds, as a parenthesized apposition after a name: "Wanjiku Kariuki (Mitarbeiter)".
    static let parenRoles = WordSet(["agent", "agente", "conseiller", "conseillère", "mitarbeiter", "mitarbeiterin", "customer", "client",
        "cliente", "kunde", "kundin", "advisor", "adviser", "berater", "beraterin", "manager", "managerin", "supervisor", "teamleiter",
        "teamleiterin", "responsable", "sachbearbeiter", "sachbearbeiterin", "technician", "techniker", "technikerin", "technicien",
        "technicienne", "driver", "fahrer", "fahrerin", "livreur", "livreuse", "owner", "inhaber", "inhaberin", "propriétaire"])
}

extension PersonRecognizer {
    /// Verbs of reading and watching: their object is a work ("We're reading Oliver Twist", "on lit Le Père Goriot",
    /// "wir lesen Effi Briest", "we watched Annie Hall").
    /// (Not "reads": "Doorbell label reads HWANG Ha-eun" is the copula of signs and labels.)
    static let readingVerbs = WordSet(["reading", "rereading", "lesen", "lese", "liest", "lasen", "gelesen", "lit", "lisons",
        "lisez", "lire", "relis", "watching", "watched", "schauen", "geschaut", "regardé", "regardons"])

    /// The run starting at token `i` is the object of a reading verb: the verb right before it, or before an article or a
    /// capitalized title word that opens the work's name ("lit Le Père Goriot").
    func readingObject(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 3 && tokens[k].kind == .word {
            if myReadingVerbs.contains(tokens[k]) { return true }
            guard tokens[k].cap else { return false }
            k -= 1
        }
        return false
    }
}

extension PersonRecognizer {
    static let namesakeLeads = WordSet(["after", "comme", "nach", "d'après"])
    static let namesakeVerbs = WordSet(["named", "called", "appelé", "appelée", "appelés", "nommé", "nommée", "baptisé", "baptisée",
                                        "benannt", "getauft", "genannt"])

    /// The run `i...last` is a namesake: "We named the dog after Naomi Osaka", "On a appelé le chien comme Jacques Brel",
    /// "Den Hund haben wir nach Bruce Lee benannt". Whoever a pet or a thing is named after is a reference, not a party.
    func namesake(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ last: Int) -> Bool {
        let n = tokens.count
        guard i >= 2, tokens[i - 1].kind == .word, myNamesakeLeads.contains(tokens[i - 1]) else { return false }
        if last + 1 < n, tokens[last + 1].kind == .word, myNamesakeVerbs.contains(tokens[last + 1]) { return true }
        var k = i - 2
        while k >= 0 && k >= i - 6 && tokens[k].kind == .word {
            if myNamesakeVerbs.contains(tokens[k]) { return true }
            k -= 1
        }
        return false
    }
}

extension PersonRecognizer {
    /// (Not "front", "back": "Ask Einar at the front desk".)
    static let sideWords = WordSet(["side", "other", "côté", "l'autre", "autre", "vorne", "hinten", "vorderseite", "rückseite", "recto", "verso"])

    /// The run `i...last` is a picture on a product's side: "a mug with Omar Sy on one side, Marie Curie on the other",
    /// "un mug avec Frida Kahlo d'un côté et …", "eine Tasse mit Heidi Klum vorne und Serena Williams hinten". A printed
    /// portrait names whom it shows, no party to the order.
    func depictedOnSide(_ tokens: UnsafeBufferPointer<Token>, _ last: Int) -> Bool {
        let n = tokens.count
        var k = last + 1
        // Up to three words after the run ("on one side", "d'un côté", "de l'autre", "vorne").
        while k < n && k <= last + 3 && tokens[k].kind == .word {
            if mySideWords.contains(tokens[k]) { return true }
            k += 1
        }
        return false
    }
}
