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

    /// Token `i` opens a speaker's label in a chat transcript; returns the label's last word. The label shapes of chat
    /// exports and IRC logs: `name: text`, `[hh:mm] name: text`, `name (hh:mm): text`, `name (20 h): text`,
    /// `<name> text`, each with a one- or two-word name ("väinö nieminen (9:05):", "[11:05] Mursal Popalzai:").
    /// `chatUntil` remembers the last labelled line of a transcript already confirmed, so a chat of many turns is
    /// walked once.
    func chatSpeaker(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer,
                     _ chatUntil: inout Int, _ chatStamped: inout Bool) -> Int? {
        let n = tokens.count
        let tok = tokens[i]
        // The label opens its line: at the line start, after a "[hh:mm]" stamp, or after the `<` of an IRC nick.
        let angle = i > 0 && tokens[i - 1].kind == .punct && t[Int(tokens[i - 1].start)] == UInt8(ascii: "<")
        guard tok.end - tok.start >= 2, !tok.allCaps, angle ? (i == 1 || tokens[i - 2].kind == .newline) : speakerLine(t, tokens, i),
              let last = labelEnd(t, tokens, i, angle: angle) else { return nil }
        // A capitalized one-word label after a plain line start is often a role or a field ("Mitarbeiterin:", "Postcode:",
        // "X-Log-Level:"): only a known given name counts there until the turns confirm a transcript. Lower-case labels
        // are the sloppy chats' speakers.
        for k in i...last {
            let w = tokens[k]
            guard !myNotSpeakers.contains(w), !gz.stopwords.contains(w) || gz.firstNames.contains(w), myCuesByLast[w.hash] == nil,
                  !gz.personTitles.contains(w), !myBrands.contains(w) else { return nil }
        }
        // A chat export stamps every turn ("[8:30] kimi:", "bogdan (17:30):", "<edgars>"): in a stamped transcript an
        // unstamped label is a field of a pasted record ("ablageort: garage", "bevollmächtigt: …").
        let stamped = angle || i > 0 && tokens[i - 1].kind == .punct || t[Int(tokens[last + 1].start)] == UInt8(ascii: "(")
        let known = !tok.cap || gz.firstNames.contains(tok)
        if i <= chatUntil { return (stamped || !chatStamped) && (known || stamped || !hasHyphen(t, tok)) ? last : nil }
        // Walk the labelled lines around this one (at most 24 lines, 600 tokens each way): count them, and look for a
        // label that recurs.
        let confirmed = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 24) { labels -> Bool in
            var count = 0
            var stamps = stamped ? 1 : 0
            var lastLabel = i
            @inline(__always) func standIn(at w: Int) -> Bool {
                // A finding already replaced by its stand-in ("[PERSON]: …", "[10:29] <PERSON_2>: …"): a label whose name is
                // unknown. It counts as a turn of a speaker of its own, never as a recurring one, so a redacted transcript
                // confirms no chat its text did not (settling rescans the redacted text; a stand-in that hid its label made
                // the next turns' names count as few distinct speakers, one more each round).
                guard w < n, tokens[w].kind == .punct, var e = ReplacementToken.end(in: t, at: Int(tokens[w].start), .anyShape) else { return false }
                while e < t.count && t[e] == 0x20 { e += 1 }  // "[PERSON] : oui" (French spacing)
                return e + 1 < t.count && t[e] == UInt8(ascii: ":") && t[e + 1] == 0x20
            }
            @inline(__always) func label(at k: Int) -> Int? {
                // The first word of the line that starts at `k` (after a "[hh:mm]" stamp or a `<`), if it opens a label.
                var w = k
                if standIn(at: w) { return -1 - w }
                if w < n, tokens[w].kind == .punct, t[Int(tokens[w].start)] == UInt8(ascii: "[") {
                    var e = w + 1
                    while e < n && e <= w + 8 && tokens[e].kind != .newline && !(tokens[e].kind == .punct && t[Int(tokens[e].start)] == UInt8(ascii: "]")) { e += 1 }
                    guard e < n, tokens[e].kind == .punct, t[Int(tokens[e].start)] == UInt8(ascii: "]") else { return nil }
                    w = e + 1
                    if standIn(at: w) { stamps += 1; return -1 - w }
                }
                var isAngle = false
                if w + 1 < n, tokens[w].kind == .punct, t[Int(tokens[w].start)] == UInt8(ascii: "<") { w += 1; isAngle = true }
                guard w < n, tokens[w].kind == .word, let e = labelEnd(t, tokens, w, angle: isAngle) else { return nil }
                if w > k || t[Int(tokens[e + 1].start)] == UInt8(ascii: "(") { stamps += 1 }
                // A field label ("Customer since:", "Tier:", "Name:") is no turn: a record's fields do not make a chat.
                let f = tokens[w]
                if myNotSpeakers.contains(f) || gz.stopwords.contains(f) && !gz.firstNames.contains(f) || myCuesByLast[f.hash] != nil { return nil }
                return w
            }
            // A label's word hash; a stand-in's (a negative index) is its position, unlike every other label's.
            @inline(__always) func labelHash(_ w: Int) -> UInt64 { w >= 0 ? tokens[w].hash : 0x5EED_0000_0000_0000 | UInt64(-1 - w) }
            labels[0] = tok.hash; count = 1
            // Backwards to the start of up to 12 earlier lines.
            var k = i - 1
            var lines = 0
            while k >= 0 && k >= i - 600 && lines < 12 {
                if tokens[k].kind == .newline {
                    lines += 1
                    if let w = label(at: k + 1), w != i, count < 24 { labels[count] = labelHash(w); count += 1 }
                }
                k -= 1
            }
            if k < 0 && lines < 12, i > 0, let w = label(at: 0), w != i, count < 24 { labels[count] = labelHash(w); count += 1 }
            k = i + 1
            lines = 0
            while k < n && k <= i + 600 && lines < 12 {
                if tokens[k].kind == .newline {
                    lines += 1
                    if let w = label(at: k + 1), count < 24 { labels[count] = labelHash(w); count += 1; if w >= 0 { lastLabel = w } }
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
            // Most turns stamped: the transcript's labels carry stamps, so this one must too.
            let stampedChat = stamps * 2 > count
            if recurs { chatUntil = lastLabel; chatStamped = stampedChat }
            return recurs && (stamped || !stampedChat)
        }
        // An unknown capitalized label needs the transcript confirmed (then `chatUntil` covers it), and, without a stamp, a
        // plain word's shape: header fields recur too ("X-Log-Level:", "Content-Type:"), and they are hyphenated.
        return confirmed && (known || i <= chatUntil && (stamped || !hasHyphen(t, tok))) ? last : nil
    }

    /// The token has a hyphen inside.
    @inline(__always) func hasHyphen(_ t: UnsafeBufferPointer<UInt8>, _ tok: Token) -> Bool {
        var k = Int(tok.start) + 1
        while k < Int(tok.end) - 1 { if t[k] == UInt8(ascii: "-") { return true }; k += 1 }
        return false
    }

    /// The last word of a speaker label whose first word is token `w`: one or two words, then `: ` (a colon and a space,
    /// not "http://" or "12:30"), a "(hh:mm)" / "(20 h)" stamp and its colon, or, after a `<`, the closing `>`.
    func labelEnd(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ w: Int, angle: Bool) -> Int? {
        let n = tokens.count
        var e = w
        if tokens[w].next != UInt8(ascii: ":") && tokens[w].next != UInt8(ascii: "(") && tokens[w].next != UInt8(ascii: ">") {
            guard w + 1 < n, tokens[w + 1].kind == .word, tokens[w].next != 0x0A else { return nil }
            e = w + 1
        }
        guard e + 1 < n, tokens[e + 1].kind == .punct else { return nil }
        var p = e + 1
        let c = t[Int(tokens[p].start)]
        // An IRC nick's `>` is followed by a space and the message ("<edgars> hi"); an HTML tag's by content or another
        // tag ("<tr><td>", "<p>Hallo"): `tr`, `td`, `p` are no speakers.
        if angle { return c == UInt8(ascii: ">") && Int(tokens[p].end) < t.count && t[Int(tokens[p].end)] == 0x20 ? e : nil }
        if c == UInt8(ascii: "(") {
            // A time stamp: digits, `:`, `.`, and "h", "am", "pm" ("17 h 15"); no other words.
            var k = p + 1
            var digits = false
            while k < n && k <= p + 7 && !(tokens[k].kind == .punct && t[Int(tokens[k].start)] == UInt8(ascii: ")")) {
                if tokens[k].kind == .newline || tokens[k].kind == .word && tokens[k].end - tokens[k].start > 2 && !(k == p + 1 && !tokens[k].cap) { return nil }
                if tokens[k].kind == .number { digits = true }
                k += 1
            }
            // Or the speaker's part in lower case (round 12): "Gulnara (acheteur):", "mandla (buyer):", "nneka (käufer):" — a
            // marketplace conversation labels each turn with the side the writer is on.
            if !digits && k == p + 2 && tokens[p + 1].kind == .word && !tokens[p + 1].cap && tokens[p + 1].end - tokens[p + 1].start >= 4 { digits = true }
            guard digits, k + 1 < n, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: ")") else { return nil }
            p = k + 1
            guard tokens[p].kind == .punct else { return nil }
        }
        guard t[Int(tokens[p].start)] == UInt8(ascii: ":"), Int(tokens[p].end) < t.count, t[Int(tokens[p].end)] == 0x20 else { return nil }
        return e
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
