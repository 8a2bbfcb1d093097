/// NER round 10 (issue 17): the grammar of chats and of role nouns.
/// - Chat transcripts: lines of the form `speaker: text`. A speaker is a person whether or not the gazetteers know
///   the name and whatever its case ("arash: guys who ordered…", "taras: pas moi…"). A transcript is told from a
///   form dump (`name: …`, `street: …`) by its turns: at least three labelled lines, and one label that speaks twice.
/// - Role nouns in apposition: "The courier, Simran, was kind", "Le livreur, Ama, a monté", "Der Fahrer, Mekdes, hat",
///   and right after an article or a possessive: "the driver Bukola called".
extension PersonRecognizer {
    /// Labels at a line's start that name no speaker: chat roles, log levels, notes, question/answer markers.
    static let notSpeakers = WordSet([
        "user", "users", "assistant", "system", "human", "ai", "bot", "chatbot", "me", "moi", "ich", "you", "du", "vous", "toi", "wir", "we",
        "question", "answer", "frage", "antwort", "réponse", "reponse", "note", "notes", "nb", "edit", "update", "ps", "pps", "re", "fwd", "aw",
        "error", "warning", "warn", "info", "debug", "trace", "fatal", "todo", "fixme", "tip", "hint", "status", "result", "output", "input",
        "step", "example", "beispiel", "exemple", "agent", "support", "customer", "client", "kunde", "kundin", "cliente", "operator", "admin",
        "moderator", "mod", "server", "host", "guest", "gast", "invité", "staff", "team", "service", "bestellung", "order", "commande",
        "subject", "betreff", "objet", "from", "to", "cc", "bcc", "von", "an", "de", "à", "date", "datum", "sent", "gesendet", "envoyé",
        "tel", "phone", "mobile", "email", "mail", "fax", "name", "nom", "vorname", "prénom", "address", "adresse", "street", "city",
        "total", "price", "preis", "prix", "qty", "size", "color", "colour", "farbe", "couleur", "item", "artikel", "article", "ref",
        "speaker", "sprecher", "interviewer", "interviewee", "caller", "anrufer", "anruferin", "appelant", "transcript", "summary",
        "zusammenfassung", "résumé", "pro", "contra", "pros", "cons", "yes", "no", "ja", "nein", "oui", "non", "ok", "okay", "hinweis",
        "achtung", "attention", "important", "wichtig", "q", "a", "r", "f", "qa",
        // Field labels of lower-case dumps and the roles of support chats.
        "zip", "plz", "postcode", "postleitzahl", "code", "ort", "stadt", "ville", "land", "country", "pays", "contact", "kontakt", "iban",
        "bic", "card", "karte", "token", "key", "password", "passwort", "login", "id", "sku", "model", "modell", "ticket", "tracking",
        "invoice", "rechnung", "facture", "amount", "betrag", "montant", "mitarbeiter", "mitarbeiterin", "sachbearbeiter", "sachbearbeiterin",
        "rep", "representative", "vendeur", "vendeuse", "verkäufer", "verkäuferin", "seller", "buyer", "käufer", "acheteur", "visitor",
        "visiteur", "visiteuse", "besucher", "besucherin", "statut", "quantité", "quantity", "menge", "mobil", "handy", "portable",
    ])

    /// Token `i` (a word followed by `: `) labels a speaker's turn in a chat transcript. `chatUntil` remembers the
    /// last labelled line of a transcript already confirmed, so a chat of many turns is walked once.
    func chatSpeaker(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer,
                     _ chatUntil: inout Int) -> Bool {
        let n = tokens.count
        let tok = tokens[i]
        // A label is a word of two or more letters, then a colon and a space (not "http://", "12:30").
        guard i + 1 < n, tok.end - tok.start >= 2, !tok.allCaps, tokens[i + 1].kind == .punct,
              t[Int(tokens[i + 1].start)] == UInt8(ascii: ":"), Int(tokens[i + 1].end) < t.count, t[Int(tokens[i + 1].end)] == 0x20,
              speakerLine(t, tokens, i) else { return false }
        // A capitalized label is often a role or a field ("Mitarbeiterin:", "Postcode:", "X-Log-Level:"): only a known given
        // name counts there. Lower-case labels are the sloppy chats' speakers.
        guard !tok.cap || gz.firstNames.contains(tok), !myNotSpeakers.contains(tok), !gz.stopwords.contains(tok), myCuesByLast[tok.hash] == nil,
              !gz.personTitles.contains(tok), !myBrands.contains(tok) else { return false }
        if i <= chatUntil { return true }
        // Walk the labelled lines around this one (at most 24 lines, 600 tokens each way): count them, and look for a
        // label that recurs.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 24) { labels -> Bool in
            var count = 0
            var last = i
            @inline(__always) func label(at k: Int) -> Int? {
                // The first word of the line that starts at `k` (after a "[hh:mm]" stamp), followed by ": ".
                var w = k
                if w < n, tokens[w].kind == .punct, t[Int(tokens[w].start)] == UInt8(ascii: "[") {
                    var e = w + 1
                    while e < n && e <= w + 8 && tokens[e].kind != .newline && !(tokens[e].kind == .punct && t[Int(tokens[e].start)] == UInt8(ascii: "]")) { e += 1 }
                    guard e < n, tokens[e].kind == .punct, t[Int(tokens[e].start)] == UInt8(ascii: "]") else { return nil }
                    w = e + 1
                }
                guard w + 1 < n, tokens[w].kind == .word, tokens[w].next == UInt8(ascii: ":"), tokens[w + 1].kind == .punct,
                      Int(tokens[w + 1].end) < t.count, t[Int(tokens[w + 1].end)] == 0x20 else { return nil }
                return w
            }
            labels[0] = tok.hash; count = 1
            // Backwards to the start of up to 12 earlier lines.
            var k = i - 1
            var lines = 0
            while k >= 0 && k >= i - 600 && lines < 12 {
                if tokens[k].kind == .newline {
                    lines += 1
                    if let w = label(at: k + 1), w != i, count < 24 { labels[count] = tokens[w].hash; count += 1 }
                }
                k -= 1
            }
            if k < 0 && lines < 12, i > 0, let w = label(at: 0), w != i, count < 24 { labels[count] = tokens[w].hash; count += 1 }
            k = i + 1
            lines = 0
            while k < n && k <= i + 600 && lines < 12 {
                if tokens[k].kind == .newline {
                    lines += 1
                    if let w = label(at: k + 1), count < 24 { labels[count] = tokens[w].hash; count += 1; last = w }
                }
                k += 1
            }
            guard count >= 3 else { return false }
            // Turns: some label recurs; a chat has few speakers (a dump of several records repeats many field labels).
            var recurs = false
            var distinct = 0
            for a in 0..<count {
                var seen = false
                for b in 0..<a where labels[a] == labels[b] { seen = true; break }
                if seen { recurs = true } else { distinct += 1 }
            }
            guard distinct <= 4 else { return false }
            if recurs { chatUntil = last }
            return recurs
        }
    }

    /// Roles that only a person fills: "the driver", "le livreur", "der Fahrer", "the technician".
    /// (Not "courier", "coursier", "Kurier": carrier companies are called that too.)
    static let personRoles = WordSet([
        "driver", "postman", "postwoman", "postie", "technician", "engineer", "fitter", "installer", "plumber", "electrician", "cashier",
        "fahrer", "fahrerin", "paketbote", "paketbotin", "postbote", "postbotin", "briefträger", "briefträgerin", "zusteller", "zustellerin",
        "techniker", "technikerin", "monteur", "monteurin", "kassierer", "kassiererin",
        "livreur", "livreuse", "facteur", "factrice", "technicien", "technicienne", "caissier", "caissière", "installateur", "installatrice",
    ])
    /// The same roles and the couriers, in apposition between commas: "The courier, Simran, was really kind".
    static let appositionRoles = WordSet([
        "courier", "coursier", "coursière", "kurier", "kurierfahrer", "kurierfahrerin", "agent", "advisor", "adviser",
        "berater", "beraterin", "conseiller", "conseillère", "vendeuse", "verkäuferin", "saleswoman", "salesman",
    ])
    /// Articles and possessives before a role noun.
    static let roleLeads = WordSet(["the", "your", "our", "my", "der", "die", "ihr", "ihre", "unser", "unsere", "euer", "eure", "le", "la",
                                   "votre", "notre", "mon", "ma", "son", "sa", "their", "his", "her"])

    /// The role noun at `j` before the name at `i`: "the driver Bukola" (`i == j + 1`) or "The courier, Simran," (a comma
    /// between, and one after the name's one to three capitalized words).
    func roleBefore(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ j: Int, comma: Bool) -> Bool {
        guard myPersonRoles.contains(tokens[j]) || comma && myAppositionRoles.contains(tokens[j]), j > 0, tokens[j - 1].kind == .word,
              myRoleLeads.contains(tokens[j - 1]), tokens[i].cap, !tokens[i].allCaps else { return false }
        let n = tokens.count
        if !comma {
            // Right after the role: a name followed by a lower-case word or punctuation ("the driver Bukola called").
            guard j == i - 1, myPersonRoles.contains(tokens[j]) else { return false }
            return i + 1 >= n || tokens[i + 1].kind != .word || !tokens[i + 1].cap
        }
        guard j == i - 2, myPersonRoles.contains(tokens[j]) || myAppositionRoles.contains(tokens[j]) else { return false }
        var e = i + 1
        while e < n && e < i + 3 && tokens[e].kind == .word && tokens[e].cap { e += 1 }
        return e < n && tokens[e].kind == .punct && t[Int(tokens[e].start)] == UInt8(ascii: ",")
    }

    /// The lower-case word at `i` closes a sign-off line that opens with a closing word: "lg kipchoge", "thx brittany",
    /// "bisous sabbir". A known given name after any same-line closing; any word of three or more letters that is no
    /// common word after the closings nobody follows with an ordinary word ("lg", "bisous").
    func lowerSignOff(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer) -> Bool {
        guard i > 0, tokens[i - 1].kind == .word, mySameLineClosings.contains(tokens[i - 1]), lineOpens(t, tokens, i - 1),
              i + 1 >= tokens.count || tokens[i + 1].kind == .newline else { return false }
        let tok = tokens[i]
        if gz.firstNames.contains(tok) { return !myNotNames.contains(tok) }
        return tok.end - tok.start >= 3 && myBareClosings.contains(tokens[i - 1]) && !gz.stopwords.contains(tok) && !myNotNames.contains(tok)
    }

    /// Nouns that make a label's value a work (a film, a book, a picture), not a person.
    static let workLabelNouns = WordSet(["film", "films", "movie", "book", "buch", "livre", "motiv", "motif", "visuel", "titel", "titre",
                                        "title", "song", "album", "série", "serie", "series", "roman", "novel", "bild", "image", "poster"])
    /// Shop heads of German compounds (with a stem of four or more bytes before them: "Akbar", "Dunbar" stay names).
    static let shopHeads: [[UInt8]] = ["markt", "waren", "laden", "stube", "bäckerei", "metzgerei", "konditorei", "bar", "shop"].map { Array($0.utf8) }

    /// The word ends with a shop head after a stem of four or more bytes and is no known name: "Bio-Markt", "Kaffeebar".
    func shopCompound(_ t: UnsafeBufferPointer<UInt8>, _ x: Token, _ gz: Gazetteer) -> Bool {
        let s = Int(x.start), e = Int(x.end)
        guard e - s >= 7 else { return false }
        for head in PersonRecognizer.shopHeads where e - s >= head.count + 4 {
            var ok = true
            for (k, c) in head.enumerated() where t[e - head.count + k] | (c < 0x80 ? 0x20 : 0) != c { ok = false; break }
            if ok { return !gz.surnames.contains(x) && !gz.firstNames.contains(x) }
        }
        return false
    }

    static let asHash = WordKey.hash("as"), wieHash = WordKey.hash("wie"), commeHash = WordKey.hash("comme"), falltHash = WordKey.hash("fällt")
    static let tailleHash = WordKey.hash("taille"), genausoHash = WordKey.hash("genauso"), ausHash = WordKey.hash("aus")
    static let sizeLeads = WordSet(["sizing", "size", "sized", "fits", "fit", "aus", "taille", "taillé", "taillent"])

    /// The run `i...last` (its title skipped: `b` is the word before) is compared in size: "sizing as X", "genauso aus wie X",
    /// "taille comme X", "fällt X", "X taille comme", "X genauso aus".
    func sizeComparison(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ b: Int, _ last: Int) -> Bool {
        let n = tokens.count
        if b >= 1, tokens[b].kind == .word, tokens[b - 1].kind == .word {
            let h = tokens[b].hash
            if (h == PersonRecognizer.asHash || h == PersonRecognizer.wieHash || h == PersonRecognizer.commeHash), mySizeLeads.contains(tokens[b - 1]) { return true }
        }
        if b >= 0, tokens[b].kind == .word, tokens[b].hash == PersonRecognizer.falltHash { return true }
        if last + 1 < n, tokens[last + 1].kind == .word {
            let h = tokens[last + 1].hash
            if h == PersonRecognizer.tailleHash { return true }
            if h == PersonRecognizer.genausoHash, last + 2 < n, tokens[last + 2].kind == .word, tokens[last + 2].hash == PersonRecognizer.ausHash { return true }
        }
        return false
    }
}
