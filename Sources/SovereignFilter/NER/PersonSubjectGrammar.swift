/// Round 12: a given name as the subject of an ordinary verb.
///
/// The subject slot of a finite clause holds a person far more often than a thing when the word in it is a given name
/// the gazetteers know and no common word. Two grammatical signs open that slot without any cue word about people:
/// - a complementizer or a verb of belief right before the name, with a lower-case word (the verb) right after it:
///   "I'll note that Arash can sign", "Ich notiere, dass Liam unterschreiben darf", "Je crois que Niamh a inversé";
/// - a clause start (the text's or a line's start, a sentence end, a comma, a conjunction) before the name and an
///   auxiliary, a modal or an English simple past right after it: "Thabo will collect it", "Last month, Siranush
///   ordered", "Özlem ist bis November im Urlaub", "Ilaria assure l'intérim" is left to the verbs of saying.
/// Both are asked only for a capitalized known given name that no cue precedes (a candidate the first pass already
/// holds); brands, shops and works named like people are still removed by the thing grammars that follow.
extension PersonRecognizer {
    /// Words after which a clause's subject follows: complementizers and verbs of belief or noting (en, de, fr).
    static let subjectLeads = WordSet([
        "that", "think", "believe", "guess", "hope", "suppose", "assume", "because", "since", "whether", "if", "when", "while",
        "dass", "daß", "glaube", "denke", "hoffe", "vermute", "weil", "ob", "wenn", "als", "während", "nachdem", "sobald",
        "que", "crois", "pense", "espère", "parce", "puisque", "quand", "lorsque", "si", "comme", "pendant",
    ])
    /// Auxiliaries and modals in the third person singular (en, de, fr): their subject is the word right before.
    static let subjectAuxiliaries = WordSet([
        "can", "could", "will", "would", "should", "may", "might", "must", "has", "had", "is", "was", "did", "does", "isn't", "wasn't",
        "can't", "won't", "hasn't", "didn't", "doesn't",
        "kann", "konnte", "wird", "würde", "hat", "hatte", "ist", "war", "darf", "durfte", "soll", "sollte", "muss", "musste", "möchte",
        "a", "avait", "est", "était", "peut", "pouvait", "va", "allait", "sera", "doit", "devait", "n'a", "n'est", "s'est", "l'a", "vient",
    ])
    /// German auxiliaries that put the subject after them in a main clause (verb second): "Letzten Monat hat Tariq genau das
    /// Gleiche bestellt", "hat Jana gekauft, nicht ich".
    static let invertingAuxiliaries = WordSet(["hat", "hatte", "ist", "war", "wird", "kann", "konnte", "hätte", "wäre", "sollte"])
    /// Adverbs between a subject and its verb: "Sorry, Salome only just saw your message", "Ousmane also ordered".
    static let subjectAdverbs = WordSet(["only", "just", "also", "already", "still", "never", "always", "auch", "schon", "noch", "nie",
                                         "aussi", "déjà", "jamais", "toujours"])
    /// Object pronouns that follow a subject in German and French word order (en, de, fr).
    static let objectPronouns = WordSet(["es", "ihn", "ihm", "ihnen", "mir", "dir", "uns", "euch", "sich", "vous", "nous", "me", "te", "lui", "leur",
                                         "se", "him", "her", "them", "us"])
    /// The first person after a coordination: "Yesterday Femke and I unpacked", "Gestern haben Pádraig und ich".
    static let firstPersonWords = WordSet(["i", "me", "ich", "mir", "moi"])
    /// The seasons (en, de, fr): "Summer", "Sommer" and "Winter" are given names too.
    static let seasonWords = ["summer", "winter", "autumn", "spring", "sommer", "herbst", "frühling", "été", "hiver", "automne", "printemps"]
    static let seasons = WordSet(seasonWords)
    /// One bit test per candidate before the set look-ups (seasons, and the months `months` holds).
    nonisolated(unsafe) static let seasonBloom = Bloom.make(seasonWords + ["april", "may", "june", "july", "august", "mai", "juni", "juli", "märz", "avril", "juin",
                                                                               "juillet", "août"])
    /// Clause-joining words after which a new subject may start: "and Thabo will collect it", "aber Özlem ist im Urlaub".
    static let clauseJoiners = WordSet(["and", "but", "so", "or", "und", "aber", "oder", "denn", "sondern", "et", "mais", "ou", "donc", "car"])

    /// The given name at token `i` (one word) stands in a subject slot: see the file comment.
    func subjectSlot(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer) -> Bool {
        let n = tokens.count
        guard i + 1 < n, tokens[i].next != 0x0A else { return false }
        let v = tokens[i + 1]
        // The verb: a lower-case word on the same line.
        guard v.kind == .word else { return false }
        // "Femke and I", "Pádraig und ich", "Yui et moi": coordinated with the writer, a given name is a person.
        if i + 2 < n, tokens[i + 2].kind == .word, myConjunctions.contains(v), myFirstPersonWords.contains(tokens[i + 2]) { return true }
        guard !v.cap else { return false }
        // "hat Jana gekauft": a German auxiliary before the name, a lower-case word after it (the subject follows the verb).
        // (Lower case only: "Hat Napoleon das getragen?" opens a question about anyone, famous people included.)
        if i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].cap, myInvertingAuxiliaries.contains(tokens[i - 1]) { return true }
        // Seasons and months are nouns written with a capital in German and given names elsewhere: "Sommer ist zu spät".
        if Bloom.test(mySeasonBloom, tokens[i].hash) && (mySeasons.contains(tokens[i]) || myMonths.contains(tokens[i])) { return false }
        // A complementizer or verb of belief right before: a verb after it will do ("ob Momo und die Biografie …" asks about
        // two titles, "si Martine à la plage …" too: a function word or a preposition after the name is no verb; an object pronoun is the clause's next part:
        // "ob Markéta es Ihnen gesagt hat", "si Dima vous l'a dit").
        if i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].cap || i == 1, mySubjectLeads.contains(tokens[i - 1]),
           !gz.stopwords.contains(v) && !myPlacePrepositions.contains(v) || mySubjectAuxiliaries.contains(v) || myObjectPronouns.contains(v) { return true }
        // Otherwise a clause start before, and an auxiliary, a modal or an English simple past after.
        let clauseStart: Bool = {
            if i == 0 { return true }
            let p = tokens[i - 1]
            if p.kind == .newline { return true }
            if p.kind == .word { return !p.cap && myClauseJoiners.contains(p) }
            guard p.kind == .punct else { return false }
            let c = t[Int(p.start)]
            // (A colon ends a speaker's label: "[12:39] Sanna Virtanen: Neema will collect it"; a dash, spaced, a clause:
            // "Der Karton war offen – Somchai hat …", "The box was opened - Freja noticed".)
            return c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || c == UInt8(ascii: ",")
                || c == UInt8(ascii: ";") || c == UInt8(ascii: ":") || c == 0xE2 || c == UInt8(ascii: "-") && t[Int(p.end)] == 0x20
        }()
        guard clauseStart else { return false }
        if mySubjectAuxiliaries.contains(v) || mySubjectAdverbs.contains(v) { return true }
        // "Freja noticed the tape", "Harry mixed up the labels": an English simple past (-ed), then a lower-case word.
        let s = Int(v.start), e = Int(v.end)
        // "Nour passera le récupérer", "Karim viendra": a French future in the third person singular (-era, -ira, -dra).
        if e - s >= 6 && t[e - 1] == UInt8(ascii: "a") && t[e - 2] == UInt8(ascii: "r")
            && (t[e - 3] == UInt8(ascii: "e") || t[e - 3] == UInt8(ascii: "i") || t[e - 3] == UInt8(ascii: "d")) { return true }
        return e - s >= 5 && t[e - 1] == UInt8(ascii: "d") && t[e - 2] == UInt8(ascii: "e")
            && i + 2 < n && tokens[i + 2].kind == .word && !tokens[i + 2].cap && v.next != UInt8(ascii: ",")
    }
}

extension PersonRecognizer {
    /// Words that introduce a reply's author in review exports and forums: "↳ Reply from Sabine (Chez Fatou): Thanks …",
    /// "Antwort von Efua (Nisa Local): Danke …", "Réponse de Nurul (Kiosk am Eck) : Merci …".
    static let authorFromWords = WordSet(["from", "von", "de", "by", "par"])
    /// The nouns such a line opens with (en, de, fr).
    static let replyNouns = WordSet(["reply", "response", "answer", "comment", "antwort", "kommentar", "stellungnahme", "réponse", "reponse",
                                     "commentaire"])

    /// A reply's author (round 12): after "from"/"von"/"de" at a line's start ("Reply from", "Antwort von"), one or two
    /// capitalized words, an affiliation in brackets and the colon that opens what they wrote. The bracket names the shop
    /// or team the person answers for, so the thing grammars must not read it as the name's context. Returns the last
    /// token of the name.
    func replyAuthor(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer) -> Int? {
        let n = tokens.count
        // "Reply from" at the line's start (after a bullet or an arrow at most).
        // (The noun names the reply: "Shipped from Berlin (Germany):" is no author.)
        guard i >= 2, tokens[i - 1].kind == .word, myAuthorFromWords.contains(tokens[i - 1]), tokens[i - 2].kind == .word, tokens[i - 2].cap,
              myReplyNouns.contains(tokens[i - 2]),
              i == 2 || tokens[i - 3].kind == .newline || tokens[i - 3].kind == .punct && (i == 3 || tokens[i - 4].kind == .newline)
        else { return nil }
        var last = i
        if tokens[i].next != UInt8(ascii: "(") {
            guard i + 1 < n, tokens[i + 1].kind == .word, tokens[i + 1].cap, tokens[i + 1].next == UInt8(ascii: "(") else { return nil }
            last = i + 1
        }
        for k in i...last {
            let w = tokens[k]
            guard !w.allCaps, !gz.stopwords.contains(w) || gz.firstNames.contains(w), !myBrands.contains(w), !gz.personTitles.contains(w)
            else { return nil }
        }
        // The bracket: a few words on the same line, then ")" and ":".
        var k = last + 2
        while k < n && k <= last + 10 && tokens[k].kind != .newline && !(tokens[k].kind == .punct && t[Int(tokens[k].start)] == UInt8(ascii: ")")) { k += 1 }
        guard k < n, k > last + 2, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: ")"), tokens[k].next == UInt8(ascii: ":")
        else { return nil }
        return last
    }
}

extension PersonRecognizer {
    /// Heads of German hyphenated compounds whose first part names a brand or a maker: "Isabel-Marant-Artikel",
    /// "Dr.-Oetker-Etikett", "Calvin-Klein-Shop" (a person's double surname does not end in a thing noun).
    static let compoundThingHeads = WordSet([
        "artikel", "etikett", "etiketten", "produkt", "produkte", "ware", "waren", "marke", "shop", "laden", "filiale", "store", "logo",
        "paket", "karton", "bestellung", "lieferung", "qualität", "kollektion", "outlet", "modell", "item", "article", "produit",
    ])

    /// The last word of a name run is a hyphenated compound whose head is a thing noun: "Isabel Marant-Artikel",
    /// "Mrs. Meyer's-Artikel", "Dr. Oetker-Etikett" (round 12). Reads the bytes of one word.
    func thingCompoundHead(_ t: UnsafeBufferPointer<UInt8>, _ last: Token) -> Bool {
        let s = Int(last.start), e = Int(last.end)
        guard e - s >= 6 else { return false }
        var d = e - 2
        while d > s && t[d] != UInt8(ascii: "-") { d -= 1 }
        guard d > s, ByteClass.isUpper(t[d + 1]) else { return false }
        var head = last
        head.hash = WordKey.hash(t.baseAddress!, d + 1, e)
        return myCompoundThingHeads.contains(head) || myProductNouns.contains(head)
    }

    /// The name's line is followed by a line "for the attention of" someone: "EMPFÄNGER:\nFORD\nZ. HD. SIRANUSH HAKOBYAN",
    /// "Deliver to:\nFerrero\nAttn: Baraka Wambui". The line above such a line names an organisation (round 12; "c/o" is
    /// left out: "Anna Weber\nc/o Hotel Adler" names the person first).
    func attentionLineAfter(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ last: Int) -> Bool {
        let n = tokens.count
        var k = last + 1
        // (Past the rest of the line: "Procter & Gamble", "Mercedes-Benz AG".)
        var steps = 0
        while k < n && tokens[k].kind != .newline && steps < 4 { k += 1; steps += 1 }
        guard k + 1 < n, tokens[k].kind == .newline, tokens[k + 1].kind == .word else { return false }
        let w = tokens[k + 1]
        if w.hash == PersonRecognizer.attnHash || w.hash == PersonRecognizer.faoHash { return true }
        // "z. Hd.", "z.Hd.", "zHd"
        if w.end - w.start == 1 && (t[Int(w.start)] | 0x20) == UInt8(ascii: "z") && k + 3 < n && tokens[k + 2].kind == .punct
            && tokens[k + 3].kind == .word && tokens[k + 3].hash == PersonRecognizer.hdHash { return true }
        if w.hash == PersonRecognizer.zhdHash { return true }
        // "À l'attention de", "A l'att. de"
        if w.end - w.start <= 2, (t[Int(w.start)] | 0x20) == UInt8(ascii: "a") || t[Int(w.start)] == 0xC3, k + 2 < n, tokens[k + 2].kind == .word {
            let h = tokens[k + 2].hash
            return h == PersonRecognizer.lAttentionHash || h == PersonRecognizer.lAttHash
        }
        return false
    }
    static let attnHash = WordKey.hash("attn"), faoHash = WordKey.hash("fao"), hdHash = WordKey.hash("hd"), zhdHash = WordKey.hash("zhd")
    static let lAttentionHash = WordKey.hash("l'attention"), lAttHash = WordKey.hash("l'att")
}

extension PersonRecognizer {
    /// Titles of the documents a shop issues (en, de, fr): the letterhead above them and the name after "TITLE —" are the
    /// issuer's.
    static let documentTitleWords = [
        "invoice", "receipt", "quote", "quotation", "rechnung", "lieferschein", "quittung", "angebot", "gutschrift", "facture", "devis", "reçu",
    ]
    static let documentTitles = WordSet(documentTitleWords)
    /// (Before a dash also the last word of a two-word title: "PACKING SLIP —", "DELIVERY NOTE —", "BON DE LIVRAISON —".)
    static let dashDocumentTitles = WordSet(documentTitleWords + ["slip", "note", "livraison", "commande", "confirmation"])
    /// A customer-service department named before its company: "Service client Michelin", "Kundenservice Ferrero".
    static let departmentWords = WordSet(["kundenservice", "kundendienst", "kundenbetreuung", "kundensupport"])
    static let serviceHash = WordKey.hash("service"), clientHash = WordKey.hash("client"), clientsHash = WordKey.hash("clients"),
               clienteleHash = WordKey.hash("clientèle")

    /// The capitalized run `i...last` is the issuer of a document or a department's company (round 12):
    /// - alone on its line above a document's title: "Harvey Nichols\nINVOICE", "Nisa Local\nRECHNUNG";
    /// - after a document's title and a dash: "PACKING SLIP — Harvey Nichols", "BON DE LIVRAISON — Nisa Local";
    /// - after a customer-service department: "Service client Michelin", "Kundenservice Ferrero".
    func issuerContext(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ last: Int) -> Bool {
        let n = tokens.count
        if i >= 1, tokens[i - 1].kind == .word {
            let p = tokens[i - 1]
            if myDepartmentWords.contains(p) { return true }
            if (p.hash == PersonRecognizer.clientHash || p.hash == PersonRecognizer.clientsHash || p.hash == PersonRecognizer.clienteleHash),
               i >= 2, tokens[i - 2].kind == .word, tokens[i - 2].hash == PersonRecognizer.serviceHash { return true }
        }
        // "TITLE — X": a dash (em or en dash, or a spaced hyphen) right before, a document title right before it.
        if i >= 2, tokens[i - 1].kind == .punct, t[Int(tokens[i - 1].start)] == 0xE2 || t[Int(tokens[i - 1].start)] == UInt8(ascii: "-"),
           tokens[i - 2].kind == .word, myDashDocumentTitles.contains(tokens[i - 2]) { return true }
        // "X\nINVOICE": the run fills its line (at the text's or a line's start) and the next line opens with a title.
        guard i == 0 || tokens[i - 1].kind == .newline, last + 2 < n, tokens[last + 1].kind == .newline, tokens[last + 2].kind == .word,
              tokens[last + 2].allCaps || tokens[last + 2].next == 0x0A
        else { return false }
        return myDocumentTitles.contains(tokens[last + 2])
    }
}

extension PersonRecognizer {
    /// A lower-case name filling the rest of a labelled line (round 12): "destinataire : anahera te whata", "recipient: t. ben-david",
    /// "käufer · kojo a.", "buyer · kanokwan p.". A form's label says what its value is, so in sloppy lower-case text the value
    /// is a name whether or not the gazetteers know it. The label opens its line and ends in `:` or a middle dot `·`; after a
    /// medium cue ("buyer", "käufer") the value needs two parts (a given name and a surname or an initial). Returns the run's
    /// last token.
    func lowerLabelRun(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer) -> Int? {
        let n = tokens.count
        guard i >= 2, tokens[i - 1].kind == .punct, tokens[i - 2].kind == .word else { return nil }
        let c = t[Int(tokens[i - 1].start)]
        guard c == UInt8(ascii: ":") || c == 0xC2 && t[Int(tokens[i - 1].start) + 1] == 0xB7 else { return nil }
        guard let list = myCuesByLast[tokens[i - 2].hash] else { return nil }
        // The cue, matched whole, opening its line.
        var strength: Strength? = nil
        for (words, s) in list {
            var k = i - 2
            var ok = true
            for w in words.reversed() {
                guard k >= 0, tokens[k].kind == .word, tokens[k].hash == w else { ok = false; break }
                k -= 1
            }
            if ok && (k < 0 || tokens[k].kind == .newline) && (s == .strong || s == .medium) { strength = s; break }
        }
        guard let s = strength else { return nil }
        // The value: up to four lower-case words (a particle, an initial with its dot), then the line's end.
        var k = i
        var last = -1
        var parts = 0
        while k < n && parts < 4 {
            let w = tokens[k]
            if w.kind == .word {
                guard !w.cap, !gz.stopwords.contains(w) || myParticles.contains(w) || gz.particles.contains(w) || w.end - w.start == 1 && w.dot
                else { return nil }
                last = k; parts += 1; k += 1
                if w.dot && w.end - w.start == 1 && k < n && tokens[k].kind == .punct { k += 1 }
                continue
            }
            break
        }
        guard last >= 0, k >= n || tokens[k].kind == .newline, s == .strong || parts >= 2 else { return nil }
        // (A one-letter word without a dot is no name part: "option: a".)
        if parts == 1 && tokens[last].end - tokens[last].start < 2 { return nil }
        return last
    }
}

extension PersonRecognizer {
    /// Verbs whose object is someone spoken to, thanked or met (en, de, fr): "Please don't call Shira again", "Merci de
    /// remercier Lucie", "j'ai croisé Cathal au point relais".
    static let personObjectVerbs = WordSet(["call", "phone", "ring", "thank", "email", "remercier", "remerciez", "appeler", "appelez",
                                            "croisé", "croisée", "rencontré", "contacter", "contactez", "kontaktieren", "anrufen"])
    /// German clause-final participles of passing on and talking: "mit Margaux gesprochen", "das an Dace weitergegeben".
    static let handOverParticiples = WordSet(["gesprochen", "telefoniert", "weitergegeben", "weitergeleitet", "weiter", "geschrieben",
                                              "übergeben", "gemailt"])
    static let handOverPrepositions = WordSet(["mit", "an"])
    static let euHash = WordKey.hash("eu"), jaiHash = WordKey.hash("j'ai"), sieHash = WordKey.hash("sie"), rufenHash = WordKey.hash("rufen")

    /// The given name at token `i` (one word) is the object of a verb of calling, thanking or meeting, or stands between a
    /// German preposition and the clause-final participle of talking or passing on (round 12): "don't call Shira",
    /// "J'ai eu Andriy la semaine dernière", "Bitte rufen Sie Noam nicht mehr an", "Ich habe das an Minh weitergegeben".
    func objectSlot(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        let n = tokens.count
        guard i >= 1, tokens[i - 1].kind == .word else { return false }
        let p = tokens[i - 1]
        if myPersonObjectVerbs.contains(p) { return true }
        if i >= 2, tokens[i - 2].kind == .word {
            if p.hash == PersonRecognizer.euHash && tokens[i - 2].hash == PersonRecognizer.jaiHash { return true }
            if p.hash == PersonRecognizer.sieHash && tokens[i - 2].hash == PersonRecognizer.rufenHash { return true }
        }
        return myHandOverPrepositions.contains(p) && i + 1 < n && tokens[i + 1].kind == .word && myHandOverParticiples.contains(tokens[i + 1])
    }
}
