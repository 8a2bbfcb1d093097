/// NER v2, round 5: names that are the topic of a thing, a place or a product, not a person the message is about.
/// Asked once per scored PERSON candidate that no earlier rule rejected (no walk over the text), by class of word:
/// - A work or merchandise about a famous person: `biography of X`, `Biografie über X`, `portrait de X`, `Tasse mit X`,
///   `fans de X`, `X fans`, `X quote`, `X-Zitat`, `Hörbuch X`.
/// - A place named after a person: `station X`, `lycée X`, `Flughafen X`, `Universitätsklinikum X`, `X Airport`, `X Building`.
/// - A product by a brand named like a person: `my X one`, `ma vieille X`, `mein altes von X`, `Die von X`, `Celui de X`,
///   `X's new candle`, `Lieferant Ihrer X Serie`, `wegen X Reklamation`, `un article X`, `le parfum de chez X`.
/// - A plant or fruit variety: `Rose 'X'`, `Apfelsorte X`; a shop by its trade word: `Kiosk X`, `X Bioladen`, `X Spielwaren`.
extension PersonRecognizer {
    /// Works and merchandise about someone: the name after them (directly or through of/de/über/mit) is their topic.
    static let topicNounsList = [
        "biography", "biographie", "biografie", "portrait", "porträt", "print", "poster", "affiche", "fans", "fan", "quote", "quotes",
        "zitat", "zitate", "citation", "citations", "book", "buch", "hörbuch", "livre", "novel", "roman", "documentary", "doku",
        "dokumentation", "documentaire", "film", "movie", "exhibition", "ausstellung", "exposition", "expo", "statue", "bust", "büste",
        "buste", "painting", "gemälde", "tableau", "album", "concert", "konzert", "tribute", "hommage", "vinyl", "vinyle", "audiobook",
        "livre-audio", "bd", "comic", "comics", "anthology", "anthologie", "essay", "essai", "works", "werke", "œuvres", "oeuvres",
        "memoir", "memoirs", "mémoires", "museum", "musée",
    ]
    static let topicNouns = WordSet(topicNounsList)
    /// Prepositions between a topic noun and its topic.
    static let topicPrepsList = ["of", "about", "on", "über", "ueber", "de", "d'", "du", "sur", "von", "mit", "with", "avec", "by", "par", "from"]
    static let topicPreps = WordSet(topicPrepsList)
    /// Nouns right after a name that make it a topic, a product line, a place or a thing.
    static let afterThingNounsList = [
        "fans", "fan", "quote", "quotes", "biography", "museum", "exhibition", "ausstellung", "tribute", "fanclub", "fandom",
        "serie", "series", "série", "reklamation", "réclamation", "retoure", "potatoes", "kartoffeln",
        "airport", "building", "station", "centre", "center", "stadium", "bridge", "college", "school", "university", "hospital",
        "library", "institute", "memorial", "arena", "theatre", "theater", "gallery", "gymnasium", "schule", "stadion", "halle", "brücke",
        "universität", "klinikum", "bahnhof", "flughafen", "campus",
    ]
    static let afterThingNouns = WordSet(afterThingNounsList)
    /// Place nouns before a name: `station Jean Jaurès`, `lycée Victor-Hugo`, `Flughafen Franz Josef Strauß`.
    static let placeNounsBeforeList = [
        "station", "gare", "métro", "metro", "lycée", "collège", "école", "parc", "aéroport", "airport", "stade", "hôpital", "université",
        "pont", "musée", "flughafen", "bahnhof", "stadion", "klinikum", "universitätsklinikum", "krankenhaus", "gymnasium", "schule",
        "museum", "brücke", "kiosk", "kiosque", "campus", "institut", "médiathèque", "bibliothèque", "bibliothek", "centre",
    ]
    static let placeNounsBefore = WordSet(placeNounsBeforeList)
    /// German compound heads of places and topics: "Universitätsklinikum", "Goethe-Gymnasium", "Schiller-Zitat", "Apfelsorte".
    static let topicHeads: [[UInt8]] = [
        "klinikum", "schule", "gymnasium", "flughafen", "bahnhof", "stadion", "krankenhaus", "-zitat", "-zitate", "-fans", "-fan",
        "-biografie", "-ausstellung", "-museum", "-quote", "-quotes", "sorte", "laden", "waren", "markt",
    ].map { Array($0.utf8) }
    /// Demonstratives and nominalized adjectives before `von/de`: "Die von X", "Celui de X", "mein altes von X".
    static let thingPronounsList = [
        "celui", "celle", "ceux", "celles", "die", "das", "altes", "alte", "alten", "alter", "neues", "neue", "neuen", "neuer",
    ]
    static let thingPronouns = WordSet(thingPronounsList)
    /// Adjectives between a possessive and a brand: "ma vieille X", "my old X", "mein neues X".
    static let ageAdjectivesList = [
        "old", "new", "vieille", "vieux", "vieil", "ancienne", "ancien", "nouvelle", "nouveau", "nouvel", "altes", "alte", "alter", "alten",
        "neue", "neues", "neuer", "neuen",
    ]
    static let ageAdjectives = WordSet(ageAdjectivesList)
    static let possessivesList = ["my", "your", "our", "mein", "meine", "meinen", "dein", "deine", "unser", "unsere", "ma", "mon", "mes", "ta", "ton", "notre", "votre"]
    static let possessives = WordSet(possessivesList)
    /// Determiners that make `X one` a thing: "my Karen Millen one", "the Boden one".
    static let oneDeterminersList = ["my", "your", "our", "his", "her", "their", "the", "this", "that"]
    static let oneDeterminers = WordSet(oneDeterminersList)
    /// Nouns of an item or a variety before a name: "un article X", "Rose 'X'", "variety X".
    static let itemNounsList = ["article", "artikel", "item", "rose", "variety", "variété", "cultivar", "sorte", "apfelsorte", "tulip", "tulipe"]
    static let itemNouns = WordSet(itemNounsList)
    static let kinWordsList = [
        "gran", "granny", "grandma", "grandpa", "grandad", "nan", "nanna", "mum", "mummy", "mom", "dad", "daddy", "oma", "opa", "omi", "opi",
        "mamie", "papi", "papy", "maman", "mémé", "pépé",
    ]
    static let kinWords = WordSet(kinWordsList)
    static let gotWordsList = ["got", "get", "out", "sold", "vergriffen", "ausverkauft", "épuisé", "épuisée", "épuisés", "épuisées"]
    static let gotWords = WordSet(gotWordsList)
    static let withWordsList = ["mit", "with", "avec"]
    static let withWords = WordSet(withWordsList)
    /// One Bloom filter over every word this grammar asks about: most context words are in none of the sets.
    nonisolated(unsafe) static let topicBloom: UnsafePointer<UInt64> = Bloom.make(topicNounsList + topicPrepsList + afterThingNounsList
        + placeNounsBeforeList + thingPronounsList + ageAdjectivesList + itemNounsList + kinWordsList + gotWordsList
        + ["by", "von", "de", "from", "of", "d'", "chez", "one", "ones", "bei", "beim", "at"])
    static let chezHash = WordKey.hash("chez")
    static let deHash = WordKey.hash("de")
    static let oneHash = WordKey.hash("one")
    static let onesHash = WordKey.hash("ones")

    /// `tok` ends with one of `heads` (ASCII compared case-insensitively; the head may be the whole word).
    func endsWithHead(_ t: UnsafeBufferPointer<UInt8>, _ tok: Token, _ heads: [[UInt8]], _ minBefore: Int) -> Bool {
        let s = Int(tok.start), e = Int(tok.end)
        outer: for head in heads where head.count + (head[0] == UInt8(ascii: "-") ? 1 : minBefore) <= e - s {
            var k = 0
            while k < head.count {
                let a = t[e - head.count + k], b = head[k]
                if a != b && !(a >= 0x41 && a <= 0x5A && a | 0x20 == b) { continue outer }
                k += 1
            }
            return true
        }
        return false
    }

    /// The cheap gate in front of `topicGrammar`: a word next to or inside the run is in the grammar's Bloom filter, a word
    /// is long enough to be a compound, or the run ends in a possessive. Most candidates pass none.
    @inline(__always)
    func mayBeTopic(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ last: Int) -> Bool {
        let n = tokens.count
        let bloom = myTopicBloom
        var k = max(0, i - 2)
        while k <= min(n - 1, last + 1) {
            let x = tokens[k]
            if x.kind == .word && (Bloom.test(bloom, x.hash) || x.end - x.start >= 8 && k != i) { return true }
            k += 1
        }
        let e = Int(tokens[last].end)
        return e - Int(tokens[last].start) >= 3 && t[e - 2] == UInt8(ascii: "'")
    }

    @inline(never)
    func topicGrammar(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ last: Int, _ strongCue: Bool,
                      _ gz: Gazetteer) -> Bool {
        typealias P = PersonRecognizer
        let n = tokens.count
        let bloom = myTopicBloom
        func word(_ k: Int) -> Bool { k >= 0 && k < n && tokens[k].kind == .word }
        func quote(_ k: Int) -> Bool {
            guard k >= 0 && k < n && tokens[k].kind == .punct else { return false }
            let c = t[Int(tokens[k].start)]
            return c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") || c == 0xC2 || c == 0xE2 || c == UInt8(ascii: "{")
        }
        func known(_ k: Int) -> Bool { k >= 0 && k < n && tokens[k].kind == .word && Bloom.test(bloom, tokens[k].hash) }
        // A run that opens with a place noun or closes with a thing noun ("Kiosk Ilse Brandt", "John Lennon Airport",
        // "Jil Sander Serie") is no person whatever cue stands before it.
        if last > i && (known(i) && P.placeNounsBefore.contains(tokens[i]) || known(last) && P.afterThingNouns.contains(tokens[last])) { return true }
        // Everything else reads the context, which a strong cue overrides ("my aunt X", "Card holder: X").
        if strongCue { return false }
        // A kin word alone ("Love from Gran").
        if last == i && known(i) && P.kinWords.contains(tokens[i]) { return true }
        // The word before the name, over an opening quote ("Rose 'X'").
        var p = i - 1
        if quote(p) { p -= 1 }
        if known(p) {
            let b = tokens[p]
            if P.topicNouns.contains(b) || P.placeNounsBefore.contains(b) || P.itemNouns.contains(b) { return true }
            if word(p - 1) {
                let a = tokens[p - 1]
                // "biography of X", "Tasse mit X", "les fans de X", "the mug with X".
                // (Goods only through mit/with/avec: "a gift from Anna" is from a person.)
                if P.topicPreps.contains(b) && (P.topicNouns.contains(a)
                    || P.withWords.contains(b) && (myProductNouns.contains(a) || P.moreProductNouns.contains(a))) { return true }
                // "Die von X", "Celui de X", "mein altes von X"; "le parfum de chez X".
                if P.byWords.contains(b) && P.thingPronouns.contains(a) { return true }
                if b.hash == P.chezHash && a.hash == P.deHash { return true }
                // "ma vieille X", "my old X".
                if P.ageAdjectives.contains(b) && P.possessives.contains(a) { return true }
                // "The X one I got at Peter Jones", "sold out at X", "épuisé chez X": where goods are got is a shop.
                if P.shopPreps.contains(b) && P.gotWords.contains(a) { return true }
            }
        } else if word(p) && p + 1 == i && tokens[p].end - tokens[p].start >= 8 && endsWithHead(t, tokens[p], P.topicHeads, 0) && !gz.streetSuffixes.contains(tokens[p])
                    && !gz.hasGermanStreetSuffix(t, tokens[p]) { return true }
        // After the name.
        let lastTok = tokens[last]
        // (A surname that merely ends like a head, "Bladen", is no compound: three letters before the head at least.)
        // (Compounds are long: shorter words skip the look at their ends.)
        if last > i && lastTok.end - lastTok.start >= 8 && endsWithHead(t, lastTok, P.topicHeads, 3) && !gz.hasGermanStreetSuffix(t, lastTok) { return true }
        if known(last + 1) {
            let x = tokens[last + 1]
            if P.afterThingNouns.contains(x) { return true }
            // "my Karen Millen one": `one` stands for a product.
            if (x.hash == P.oneHash || x.hash == P.onesHash) && word(i - 1) && P.oneDeterminers.contains(tokens[i - 1]) { return true }
        }
        // "Jo Malone's new candle", "Anya Hindmarch's tote": the possessive owns a product.
        let e = Int(lastTok.end)
        if e - Int(lastTok.start) >= 3 && t[e - 1] == UInt8(ascii: "s") && t[e - 2] == UInt8(ascii: "'") {
            var k = last + 1
            while k <= last + 2 && word(k) && !tokens[k].cap {
                if myProductNouns.contains(tokens[k]) || P.moreProductNouns.contains(tokens[k]) { return true }
                k += 1
            }
        }
        return false
    }
}
