/// NER v2, round 9: names that stand for a work, a product or a maker, told by their grammar, not by a list of titles.
/// Asked once per scored PERSON candidate that no earlier rule rejected (no walk over the text).
/// - A quoted title: the name fills a pair of quotes (`„Effi Briest“`, `« Jules et Jim »`, `the "Oliver Twist" box set`)
///   that no label, JSON key, CSV field or e-mail header opens (`"name": "Anna Weber"`, `Name: „Anna“`, `"Anna" <a@…>` stay).
/// - An article before a title word: `le Miss Dior`, `the Lady Grey`, `den Earl Grey` (a person after a title takes no article).
/// - A German article before a name with no cue: `den Stan Smith als Geschenk`, `Der Tom Ford Oud Wood` ("Bin die Anna" is a cue).
/// - The maker of a named thing: `the Opium from X`, `le Kallax de X`, `wie beim Baby Born von X` (an article, a capitalized
///   product name, then `from/de/von`).
/// - The object of a stock question: `Do you still stock X`, `Habt ihr noch was von X`; its conjunct through `or/oder/ou`.
extension PersonRecognizer {
    static let titleArticles = WordSet(["the", "le", "la", "les", "un", "une", "a"])
    /// Titles that German also writes before a product's name: "den Lady Grey", "der Earl Grey".
    static let englishOnlyTitles = WordSet(["lady", "miss", "earl", "sir", "lord", "mister", "missis"])
    static let makerPreps = WordSet(["from", "by", "de", "von", "vom", "d'"])
    static let makerArticles = WordSet(["the", "le", "la", "les", "beim", "den", "dem", "der", "die", "das", "vom", "du"])
    static let comparisonWords = WordSet(["like", "wie", "comme", "as"])
    static let stockVerbs = WordSet(["stock", "stocks", "carry", "carries", "führt", "führen", "vendez", "verkauft", "verkauft", "vertreibt"])
    static let stockFillers = WordSet(["any", "still", "noch", "also", "auch", "encore"])
    static let orWords = WordSet(["or", "oder", "ou", "and", "und", "et"])
    static let beimHash = WordKey.hash("beim"), vomHash = WordKey.hash("vom"), vonHash = WordKey.hash("von"), desHash = WordKey.hash("des")
    static let somethingWords = WordSet(["was", "etwas"])
    /// Lower-case words a title of a work may have between its capitalized ones: "Jules et Jim", "Der Stein der Weisen".
    static let titleConnectors = WordSet(["and", "und", "et", "of", "the", "der", "die", "das", "de", "la", "le", "du", "des", "in", "im", "&", "y", "e"])

    @inline(__always) static func isQuoteByte(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "\"") || c == 0xE2 || c == 0xC2 || c == UInt8(ascii: "'")
    }

    @inline(never)
    func workGrammar(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ last: Int, _ cue: Strength?,
                     _ thingEnd: Int, _ gz: Gazetteer) -> Bool {
        let n = tokens.count
        func word(_ k: Int) -> Bool { k >= 0 && k < n && tokens[k].kind == .word }
        func punct(_ k: Int, _ c: UInt8) -> Bool { k >= 0 && k < n && tokens[k].kind == .punct && t[Int(tokens[k].start)] == c }
        func quote(_ k: Int) -> Bool { k >= 0 && k < n && tokens[k].kind == .punct && PersonRecognizer.isQuoteByte(t[Int(tokens[k].start)]) }
        // "size M. I've already …": a contraction of "I" is no name.
        do {
            let x = tokens[i], s0 = Int(x.start)
            if x.end - x.start >= 3, t[s0] == UInt8(ascii: "I"), t[s0 + 1] == UInt8(ascii: "'") { return true }
        }
        // "(mon voisin, Rue du Simplon 134)", "Jan Pieterszoon Coenstraat 309": a street line, not a name.
        do {
            let a = last + 1
            if a < n, tokens[a].kind == .number, tokens[a].end - tokens[a].start <= 6,
               gz.streetWordsFR.contains(tokens[i]) || gz.streetWordsDE.contains(tokens[i]) || gz.hasGermanStreetSuffix(t, tokens[last]) { return true }
            if a + 1 < n, word(a), tokens[a].cap, tokens[a + 1].kind == .number, tokens[a + 1].end - tokens[a + 1].start <= 6,
               gz.hasGermanStreetSuffix(t, tokens[a]) { return true }
        }
        // Before the run, over a title and its dot.
        var b = i - 1
        var titleAt = -1
        if punct(b, UInt8(ascii: ".")), word(b - 1), gz.personTitles.contains(tokens[b - 1]) { titleAt = b - 1; b -= 2 }
        else if word(b), tokens[b].cap, gz.personTitles.contains(tokens[b]) { titleAt = b; b -= 1 }
        // A quoted title: a pair of quotes around the run (a few more title words or connectors inside); a cue inside the
        // quotes other than a title keeps the name ("Familie Nguyễn-Schulte" on a letterbox).
        if cue != .strong || titleAt >= 0 {
            var o = b
            var words = 0
            while words < 3 && word(o) && tokens[o].next != 0x0A && (tokens[o].cap || PersonRecognizer.titleConnectors.contains(tokens[o])) { o -= 1; words += 1 }
            var c = last + 1
            words = 0
            if quote(o) {
                while words < 6 && word(c) && (tokens[c].cap || PersonRecognizer.titleConnectors.contains(tokens[c])) { c += 1; words += 1 }
            }
            if quote(o) && quote(c) && !punct(c + 1, UInt8(ascii: "<")) {
                let p = o - 1
                var data = p < 0 || tokens[p].kind == .newline
                if !data && tokens[p].kind == .punct {
                    let x = t[Int(tokens[p].start)]
                    if x == UInt8(ascii: ":") {
                        // `"name": "Anna"` (JSON), `Name: „Anna“` (a label).
                        data = quote(p - 1) || word(p - 1) && myCuesByLast[tokens[p - 1].hash] != nil
                    } else {
                        data = x == UInt8(ascii: ",") || x == UInt8(ascii: "[") || x == UInt8(ascii: "{") || x == UInt8(ascii: "=")
                            || x == UInt8(ascii: "(") || x == UInt8(ascii: ";") || x == UInt8(ascii: "|") || x == UInt8(ascii: "\t")
                    }
                }
                // `signed "Anna"`, `called „Jo“`, `from "Anna Weber"`: a cue or a naming verb opens the quote.
                if !data && word(p) && (myCuesByLast[tokens[p].hash] != nil || myCopulas.contains(tokens[p])) { data = true }
                // `(Unterschrift „P. Rahman“)`: an initial and a name is how people sign, not how works are titled.
                if !data && c - o <= 5 && word(o + 1) && tokens[o + 1].end - tokens[o + 1].start == 1 && tokens[o + 1].cap && tokens[o + 1].dot { data = true }
                if !data { return true }
            }
        }
        // "le Miss Dior", "the Lady Grey", "den Earl Grey": an article right before a title.
        if titleAt > 0, word(titleAt - 1) {
            let a = tokens[titleAt - 1]
            // ("Colis pour le Dr Popović": French writes an article before a title; only the English titles mark a product.)
            if PersonRecognizer.titleArticles.contains(a) && !a.cap && titleAt == b + 1 && a.hash != myAHashEN
                && PersonRecognizer.englishOnlyTitles.contains(tokens[titleAt]) { return true }
            if myGermanArticles.contains(a) && PersonRecognizer.englishOnlyTitles.contains(tokens[titleAt]) { return true }
        }
        // "den Stan Smith als Geschenk", "Der Tom Ford Oud Wood vom letzten Mal": a German definite article and no cue.
        // ("Client : DES ROSIERS Hershel": a particle in capitals; "des" is a particle too.)
        // ("auf der Klingel Faye": the word after the article is the cue itself.)
        if cue == nil, titleAt < 0, last > i, word(i - 1), !tokens[i - 1].allCaps, tokens[i - 1].hash != PersonRecognizer.desHash,
           myCuesByLast[tokens[i].hash] == nil,
           myGermanArticles.contains(tokens[i - 1]), !myGermanIndefinites.contains(tokens[i - 1]),
           !(word(i - 2) && (myParticles.contains(tokens[i - 2]) || myCopulas.contains(tokens[i - 2]))) { return true }
        guard word(b) else { return false }
        let x = tokens[b]
        // "the Opium from Dr. Martens", "le Kallax de Emilio Pucci", "wie beim Baby Born von X": an article, a capitalized name
        // of a thing, then its maker.
        if PersonRecognizer.makerPreps.contains(x) && !x.cap, word(b - 1), tokens[b - 1].cap || !gz.stopwords.contains(tokens[b - 1]) {
            var k = b - 1
            var words = 0
            while words < 5 && word(k) && !PersonRecognizer.makerArticles.contains(tokens[k]) && tokens[k].next != 0x0A { k -= 1; words += 1 }
            if words > 0, word(k), PersonRecognizer.makerArticles.contains(tokens[k]), tokens[k + 1].cap,
               !gz.personTitles.contains(tokens[k + 1]), !myRelations.contains(tokens[k + 1]) {
                let german = myGermanArticles.contains(tokens[k]) || tokens[k].hash == PersonRecognizer.beimHash || tokens[k].hash == PersonRecognizer.vomHash
                let compared = word(k - 1) && PersonRecognizer.comparisonWords.contains(tokens[k - 1])
                if compared || !german && titleAt < 0 { return true }
            }
        }
        // "Do you still stock X", "Habt ihr noch was von X", "Vous vendez encore X".
        do {
            var k = b
            while word(k) && PersonRecognizer.stockFillers.contains(tokens[k]) && k > b - 2 { k -= 1 }
            if word(k), PersonRecognizer.stockVerbs.contains(tokens[k]) { return true }
            if x.hash == PersonRecognizer.vonHash || x.hash == PersonRecognizer.vomHash, word(b - 1), PersonRecognizer.somethingWords.contains(tokens[b - 1]),
               cue != .strong || titleAt >= 0 { return true }
        }
        // The other conjunct of a brand: "X oder Y", "X or Y", "X ou Y".
        if PersonRecognizer.orWords.contains(x), thingEnd >= 0, thingEnd == b - 1 { return true }
        return false
    }
}
