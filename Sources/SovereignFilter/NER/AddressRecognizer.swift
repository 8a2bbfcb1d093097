/// ADDRESS: a street line — house number and street name with a suffix (`786 Wendy Course`,
/// `12 Baker St.`), a German street word or compound (`Goethestraße 5`, `Berliner Str. 12a`,
/// `Erol-Dörschner-Allee 8/6`) or a French street word (`39, boulevard Philippine Roche`, `rue de la Paix`)
/// — with an optional unit (`Apt. 42`, `Suite 300`), followed by an optional postcode and city
/// (`, North Kaylafurt, MA 26518`, `, 80734 Mellrichstadt`, `\n75001 Paris`, `, London SW1A 1AA`).
/// The span covers the whole address.
final class AddressRecognizer: TokenRecognizer {
    static let entityTypes: [EntityType] = [.address]
    // Instance copies of the static tables: a `static let` read in the token loop costs a `swift_once` check
    // and a retain/release each time.
    let myAbbreviations = AddressRecognizer.abbreviations
    let myAddressKeys = AddressRecognizer.addressKeys
    let myArticlesDE = AddressRecognizer.articlesDE
    let myBisTer = AddressRecognizer.bisTer
    let myCityConnectors = AddressRecognizer.cityConnectors
    let myCountries = AddressRecognizer.countries
    let myDirections = AddressRecognizer.directions
    let myFloorWords = AddressRecognizer.floorWords
    let myFrParticles = AddressRecognizer.frParticles
    let myRomanceParticles = AddressRecognizer.romanceParticles
    let myPostPoints = AddressRecognizer.postPoints
    let myMonths = AddressRecognizer.months
    let myProvinces = AddressRecognizer.provinces
    let myStreetPrepositions = AddressRecognizer.streetPrepositions
    let myAloneCues = AddressRecognizer.aloneCues
    nonisolated(unsafe) let myAloneCueBloom = AddressRecognizer.aloneCueBloom
    let myResidenceVerbs = AddressRecognizer.residenceVerbs
    // Word hashes computed once: hashing a string literal in the scan would cost a walk over its bytes per call.
    let myOnHash = WordKey.hash("on"), myDerHash = WordKey.hash("der"), myDuHash = WordKey.hash("du"), myDesHash = WordKey.hash("des")
    let myDeHash = WordKey.hash("de"), myEckeHash = WordKey.hash("ecke")
    let myAlterHash = WordKey.hash("alter"), myAlteHash = WordKey.hash("alte")
    let myStreetTypesBefore = AddressRecognizer.streetTypesBefore
    let myStrongSuffixesEN = AddressRecognizer.strongSuffixesEN
    let myUnitWords = AddressRecognizer.unitWords
    let myWeakFrench = AddressRecognizer.weakFrench
    let myStreetThings = AddressRecognizer.streetThings
    nonisolated(unsafe) let myStreetThingBloom = AddressRecognizer.streetThingBloom
    /// Lower-case words allowed inside city names: "Frankfurt am Main", "Saint-Rémy-de-Provence", "Stratford upon Avon".
    static let cityConnectors = WordSet([
        "am", "an", "der", "dem", "im", "in", "ob", "bei", "vor", "auf", "sur", "sous", "lès", "les", "lez", "en", "de", "du",
        "des", "la", "le", "upon", "on", "the", "i.", "a.", "vorm", "ob", "an der", "am", "sul", "di", "del", "sobre",
    ])
    static let streetPrepositions = WordSet(["am", "an", "auf", "im", "in", "zum", "zur", "unter", "hinter", "vor", "bei", "alte", "alter", "neue", "neuer"])
    static let weakFrench = WordSet(["place", "cours", "route", "square", "passage", "voie", "port", "parc", "villa", "mail", "lot", "zone"])
    static let articlesDE = WordSet(["der", "dem", "den"])
    static let frParticles = WordSet(["de", "du", "des", "la", "le", "les", "d'", "l'", "aux", "au"])
    static let romanceParticles = WordSet(["do", "da", "dos", "das", "del", "della", "dei", "degli", "delle", "di", "dal", "de", "la", "los", "las", "el"])

    func run(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ gz: Gazetteer, into out: inout [Candidate]) {
        scan(t, tokens, gz, into: &out)
    }

    func scan(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ gz: Gazetteer, into out: inout [Candidate]) {
        let n = tokens.count
        var i = 0
        let frenchStreetWords = gz.streetWordsFR
        let frBloom = AddressRecognizer.frenchStreetBloom
        while i < n {
            // Only a number, a capitalized word or a French street word ("rue") starts a street line: most
            // tokens are lower-case words, skipped here without the call.
            let k = tokens[i]
            if k.kind != .number && !(k.kind == .word && (k.cap || Bloom.test(frBloom, k.hash) && frenchStreetWords.contains(k)
                    || (i + 1 < n && tokens[i + 1].kind == .number || k.dot && AddressRecognizer.numberAfter(tokens, i) != nil)
                        && k.end - k.start > 5 && (AddressRecognizer.lowerStreetEnd(t[Int(k.end) - 1]) || k.dot && t[Int(k.end) - 1] == UInt8(ascii: "r")))) {
                // "rossmarkt 55, 60116 frankfurt": a lower-case street line, taken only with its postcode and city.
                if k.kind == .word, i + 2 < n, tokens[i + 1].kind == .number, lowerStreetMay(t, tokens, i + 1),
                   let next = lowerStreet(t, tokens, i, gz, into: &out) { i = next; continue }
                i += 1; continue
            }
            // A word that is no French street word ("rue") starts a street line only with a number within four
            // tokens: tested here, so most capitalized words skip the call.
            if k.kind == .word && !Bloom.test(frBloom, k.hash) {
                var q = i + 1
                while q < n && q <= i + 4 && tokens[q].kind != .number { q += 1 }
                if q >= n || q > i + 4 {
                    // A street named alone after a residence cue: "we live on Otley Road", "Ecke Annenstraße/Kramgasse",
                    // "wir wohnen jetzt in der Zähringerstrasse", "on habite place du Capitole" (one Bloom bit for most words).
                    if k.cap, i > 0, tokens[i - 1].kind == .word, Bloom.test(myAloneCueBloom, tokens[i - 1].hash),
                       let next = streetAlone(t, tokens, i, gz, into: &out) { i = next; continue }
                    i += 1; continue
                }
            }
            // "B.P. 2673, L-1012 Luxembourg", "C.P. 991, Québec", "P.O. Box 12": a PO box abbreviated with dots.
            if k.kind == .word, k.end - k.start == 1, k.dot, k.cap, let next = dottedPostBox(t, tokens, i, gz, into: &out) { i = next; continue }
            if let (end, score, nextIndex) = streetAt(t, tokens, i, gz) {
                var start = Int(tokens[i].start)
                // German street prepositions belong to the name: "Am Lindenweg 3", "An der Alster 5".
                var b = i - 1
                if b >= 0, tokens[b].kind == .word, myArticlesDE.contains(tokens[b]) { b -= 1 }
                if b >= 0, b < i, tokens[b].kind == .word, tokens[b].cap,
                   myStreetPrepositions.contains(tokens[b]) {
                    start = Int(tokens[b].start)
                }
                // "allersberger straße 19-21": the lower-case name before a lone street word.
                if start == Int(tokens[i].start), !tokens[i].cap, tokens[i].kind == .word, i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].cap,
                   tokens[i - 1].end - tokens[i - 1].start >= 4, !gz.stopwords.contains(tokens[i - 1]),
                   gz.streetWordsDE.contains(tokens[i]) { start = Int(tokens[i - 1].start) }
                // Street types written before the name in other languages: "Via Garibaldi 12", "ul. Mokotowska 12", "Calle …".
                if start == Int(tokens[i].start) {
                    var p = i - 1
                    if p >= 1, tokens[p].kind == .punct, t[Int(tokens[p].start)] == UInt8(ascii: ".") { p -= 1 }
                    if p >= 0, p < i, tokens[p].kind == .word, myStreetTypesBefore.contains(tokens[p]) { start = Int(tokens[p].start) }
                }
                var spanEnd = end
                var s = score
                var j = nextIndex
                // "Postfiliale 512, Hauptstraße 1": a second street line right after the first.
                if j + 1 < n, tokens[j].kind == .punct || tokens[j].kind == .newline, tokens[j + 1].kind != .newline,
                   tokens[i].kind == .word, myPostPoints.contains(tokens[i]),
                   let (e2, _, n2) = streetAt(t, tokens, j + 1, gz) {
                    spanEnd = e2; j = n2
                }
                // Units after the street: "Apt. 42", "Suite 300", "Stiege 2, Top 14", "Whg. 12", "3. OG".
                if let (ue, un) = units(t, tokens, j) { spanEnd = ue; j = un }
                if let (cityEnd, cityNext) = postcodeCity(t, tokens, j, gz) {
                    spanEnd = cityEnd
                    j = cityNext
                    s = max(s, 0.95)
                    // The country, when written: ", Deutschland" / "\nUnited Kingdom".
                    if j + 1 < n, tokens[j].kind == .newline || tokens[j].kind == .punct && t[Int(tokens[j].start)] == UInt8(ascii: ","),
                       tokens[j + 1].kind == .word, myCountries.contains(tokens[j + 1]) {
                        var c = j + 1
                        if c + 1 < n, tokens[c + 1].kind == .word, myCountries.contains(tokens[c + 1]), tokens[c].next != 0x0A { c += 1 }
                        spanEnd = Int(tokens[c].end); j = c + 1
                    }
                }
                // Units before the street: "Apt 4B, 77 …", "Flat 3, 12 …", "Bât. C, 3e étage, 15 avenue …".
                start = min(start, unitsBefore(t, tokens, i) ?? start)
                // A street name on merchandise ("the Rue de la Paix vinyl", "die Avenue des Champs-Élysées Kalender 2025",
                // "carte Monopoly Boulevard Saint-Germain"): a product noun right before, inside or right after it. (A street with
                // its postcode and city, or starting with its house number, is an address whatever stands next to it: not asked.)
                if s < 0.95, tokens[i].kind == .word, streetThing(tokens, i, j) { i = max(j, i + 1); continue }
                out.append(Candidate(start: start, end: spanEnd, type: .address, score: s))
                i = max(j, i + 1)
                continue
            }
            if k.kind == .word, !k.cap, i + 2 < n, tokens[i + 1].kind == .number, lowerStreetMay(t, tokens, i + 1),
               let next = lowerStreet(t, tokens, i, gz, into: &out) { i = next; continue }
            i += 1
        }
    }

    /// A PO box written with dotted initials — `B.P.` (boîte postale), `C.P.` (case postale), `P.O. Box` — and its number, with
    /// the postcode, city and country when they follow. Returns the index after it.
    @inline(never)
    func dottedPostBox(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer,
                       into out: inout [Candidate]) -> Int? {
        let n = tokens.count
        guard i + 4 < n, tokens[i + 1].kind == .punct, t[Int(tokens[i + 1].start)] == UInt8(ascii: "."), tokens[i + 2].kind == .word,
              tokens[i + 2].end - tokens[i + 2].start == 1, tokens[i + 3].kind == .punct, t[Int(tokens[i + 3].start)] == UInt8(ascii: ".") else { return nil }
        let a = t[Int(tokens[i].start)], b = t[Int(tokens[i + 2].start)]
        let P = UInt8(ascii: "P")
        guard (a == UInt8(ascii: "B") || a == UInt8(ascii: "C")) && b == P || a == P && b == UInt8(ascii: "O") else { return nil }
        var q = i + 4
        // "P.O. Box 12".
        if q < n, tokens[q].kind == .word, tokens[q].cap, tokens[q].end - tokens[q].start <= 5, myPostPoints.contains(tokens[q]) { q += 1 }
        guard q < n, tokens[q].kind == .number, tokens[q].end - tokens[q].start <= 6 else { return nil }
        var spanEnd = Int(tokens[q].end)
        var j = q + 1
        if let (cityEnd, cityNext) = postcodeCity(t, tokens, j, gz) {
            spanEnd = cityEnd; j = cityNext
            if j + 1 < n, tokens[j].kind == .newline || tokens[j].kind == .punct && t[Int(tokens[j].start)] == UInt8(ascii: ","),
               tokens[j + 1].kind == .word, myCountries.contains(tokens[j + 1]) {
                spanEnd = Int(tokens[j + 1].end); j += 2
            }
        }
        out.append(Candidate(start: Int(tokens[i].start), end: spanEnd, type: .address, score: 0.8))
        return j
    }

    /// Cheap gate before `lowerStreet`: the house number at `q` (or its letter) is followed by a comma, a slash or a line break.
    @inline(__always)
    func lowerStreetMay(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ q: Int) -> Bool {
        var e = Int(tokens[q].end)
        if e < t.count, t[e] >= 0x61 && t[e] <= 0x7A { e += 1 }
        return e < t.count && (t[e] == UInt8(ascii: ",") || t[e] == 0x0A || t[e] == UInt8(ascii: "/"))
    }

    /// A lower-case street line in sloppy text: the name (one word, after street prepositions, articles and street types written
    /// before it: "hinter der mauer", "calle de fuencarral", "alter markt"), a house number, units, then a postcode and city —
    /// required, as a lower-case word and a number alone are no address ("seite 12", "größe 38"). Returns the index after it.
    @inline(never)
    func lowerStreet(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer,
                     into out: inout [Candidate]) -> Int? {
        let n = tokens.count
        let w = tokens[i]
        guard !w.cap, w.end - w.start >= 3, !gz.stopwords.contains(w), tokens[i + 1].end - tokens[i + 1].start <= 5 else { return nil }
        // A street name has no digits: "u00dfe" is the tail of an escape ("Goethestra\u00dfe 12"), "abc12" an id.
        if (Int(w.start)..<Int(w.end)).contains(where: { ByteClass.isDigit(t[$0]) }) { return nil }
        var j = i + 2
        // "27a", "55 b": a letter glued to or after the house number.
        if j < n, tokens[j].kind == .word, tokens[j].end - tokens[j].start == 1, !tokens[j].cap { j += 1 }
        if let (_, un) = units(t, tokens, j) { j = un }
        guard let (cityEnd, cityNext) = postcodeCity(t, tokens, j, gz) else { return nil }
        var spanEnd = cityEnd
        j = cityNext
        if j + 1 < n, tokens[j].kind == .newline || tokens[j].kind == .punct && t[Int(tokens[j].start)] == UInt8(ascii: ","),
           tokens[j + 1].kind == .word, myCountries.contains(tokens[j + 1]) {
            spanEnd = Int(tokens[j + 1].end); j += 2
        }
        var b = i
        while b - 1 >= 0, b > i - 3, tokens[b - 1].kind == .word, !tokens[b - 1].cap, tokens[b - 1].next != 0x0A {
            let x = tokens[b - 1]
            guard myStreetPrepositions.contains(x) || myArticlesDE.contains(x) || myFrParticles.contains(x) || myStreetTypesBefore.contains(x)
                    || gz.streetWordsFR.contains(x) else { break }
            b -= 1
        }
        // (A preposition that only introduces the address stays out: "an rossmarkt 55", "à …".)
        while b < i, myStreetPrepositions.contains(tokens[b]) && !(b + 1 < i && myArticlesDE.contains(tokens[b + 1])) && tokens[b].hash != myAlterHash
                && tokens[b].hash != myAlteHash { b += 1 }
        out.append(Candidate(start: Int(tokens[b].start), end: spanEnd, type: .address, score: 0.9))
        return j
    }

    /// Words right before a street named without a number: "live on X Road", "Ecke X", "in der X-straße", "habite X".
    static let aloneCueWords = ["on", "ecke", "der", "habite", "habitons", "habitent"]
    static let aloneCues = WordSet(aloneCueWords)
    nonisolated(unsafe) static let aloneCueBloom: UnsafePointer<UInt64> = Bloom.make(aloneCueWords)
    static let residenceVerbs = WordSet(["live", "lives", "living", "lived", "wohne", "wohnen", "wohnt", "habite", "habitons", "habitent",
        "moved", "move", "located", "based", "situated", "shop", "store"])
    static let inHash = WordKey.hash("in")

    /// A street named alone (no number, no postcode) after a residence cue: one to four capitalized words ending in a
    /// street word ("Otley Road", "Eppendorfer Weg") or one German compound ("Zähringerstrasse"); with "Ecke" also the
    /// second street after "/". Returns the index after the last span, or nil.
    @inline(never)
    func streetAlone(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer,
                     into out: inout [Candidate]) -> Int? {
        let n = tokens.count
        let cue = tokens[i - 1]
        guard myAloneCues.contains(cue) else { return nil }
        // "on" and "in der" need a residence verb before them ("we live on …", "wir wohnen jetzt in der …"): "on Monday" is none.
        if cue.hash == myOnHash || cue.hash == myDerHash {
            var b = i - 2
            if cue.hash == myDerHash { guard b >= 0, tokens[b].kind == .word, tokens[b].hash == AddressRecognizer.inHash else { return nil }; b -= 1 }
            // "the Harrods on Wilmslow Road": a named place's branch.
            var ok = cue.hash == myOnHash && b >= 0 && tokens[b].kind == .word && tokens[b].cap && !gz.stopwords.contains(tokens[b])
            var k = b
            while k >= 0 && k >= b - 2 && tokens[k].kind == .word { if myResidenceVerbs.contains(tokens[k]) { ok = true; break }; k -= 1 }
            guard ok else { return nil }
        }
        func streetRun(_ s: Int) -> Int? {
            // German article-preposition names: "An der Alster", "Im Winkel".
            var e = s
            while e < n && e < s + 4 && tokens[e].kind == .word && (tokens[e].cap || e > s && (tokens[e].hash == myDerHash || tokens[e].hash == myDuHash
                    || tokens[e].hash == myDesHash || tokens[e].hash == myDeHash)) {
                let x = tokens[e]
                if gz.streetSuffixes.contains(x) && x.end - x.start >= 3 && e > s || gz.streetWordsDE.contains(x) && e > s
                    || gz.hasGermanStreetSuffix(t, x, minStem: 3) { return e }
                if x.next == 0x0A { return nil }
                e += 1
            }
            return nil
        }
        // "habite place du Capitole": a French street word starts the name.
        var s = i
        guard var e = streetRun(s) ?? (gz.streetWordsFR.contains(tokens[i]) && i + 1 < n && tokens[i + 1].kind == .word ? i + 1 : nil) else { return nil }
        if gz.streetWordsFR.contains(tokens[i]) && e == i + 1 {
            while e + 1 < n && tokens[e + 1].kind == .word && (tokens[e + 1].cap || tokens[e].next != 0x0A && e + 1 < i + 4 && !tokens[e].cap) && tokens[e].next != 0x0A && e + 1 < i + 5 {
                e += 1
                if tokens[e].cap { break }
            }
            guard tokens[e].cap else { return nil }
        }
        // A street named on merchandise is no address.
        if streetThing(tokens, s, e + 1) { return nil }
        var end = Int(tokens[e].end)
        if tokens[e].dot && Int(tokens[e].end) < t.count && t[Int(tokens[e].end)] == UInt8(ascii: ".") && e + 2 < n && tokens[e + 2].kind != .word { end += 1 }
        out.append(Candidate(start: Int(tokens[s].start), end: end, type: .address, score: 0.85))
        var next = e + 1
        // "Ecke Annenstraße/Kramgasse": the second street of a corner.
        if cue.hash == myEckeHash, next + 1 < n, tokens[next].kind == .punct, t[Int(tokens[next].start)] == UInt8(ascii: "/"),
           tokens[next + 1].kind == .word, tokens[next + 1].cap, let e2 = streetRun(next + 1) {
            s = next + 1
            out.append(Candidate(start: Int(tokens[s].start), end: Int(tokens[e2].end), type: .address, score: 0.85))
            next = e2 + 1
        }
        return next
    }

    /// Lower-case words inside a street name without a street word: "Bóthar na Trá", "Sráid an Mhuilinn".
    static let suffixlessConnectors = WordSet(["na", "an", "the", "of", "de", "du", "des", "la", "le", "y", "am", "on", "upon"])

    /// A house number (up to four digits) and one to four capitalized words before a separator, accepted only when
    /// `postcodeCity` finds a postcode and city right after them: (end offset, score, index after the street words).
    @inline(never)
    func suffixlessStreet(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer,
                          from: Int? = nil) -> (Int, Double, Int)? {
        let n = tokens.count
        let num = tokens[i]
        guard num.end - num.start <= 4 || AddressRecognizer.isRange(t, num), ByteClass.isDigit(t[Int(num.start)]),
              notGlued(t, tokens, i) else { return nil }
        var j = from ?? i + 1
        var words = 0
        while j < n && j <= i + 6 {
            let x = tokens[j]
            guard x.kind == .word else { break }
            if x.cap { words += 1 } else if !AddressRecognizer.suffixlessConnectors.contains(x) { return nil }
            j += 1
            if x.next == 0x0A { break }
        }
        guard words >= 1 && words <= 4, tokens[j - 1].cap, !gz.stopwords.contains(tokens[j - 1]),
              let (e, _) = postcodeCity(t, tokens, j, gz) else { return nil }
        // Only with a postcode of letters and digits (UK, Eircode, Canada) or a country prefix ("L-9010", "CH-8001"):
        // "12 Gift Boxes, Berlin 10115" is no address.
        var q = Int(tokens[j].start)
        var mixed = false
        if case let pc = Int(tokens[j + (tokens[j].kind == .word ? 0 : 1)].start), pc + 2 < e, ByteClass.isUpper(t[pc]),
           t[pc + 1] == UInt8(ascii: "-") || ByteClass.isUpper(t[pc + 1]) && t[pc + 2] == UInt8(ascii: "-") { mixed = true }
        while q + 1 < e && !mixed {
            mixed = ByteClass.isUpper(t[q]) && ByteClass.isDigit(t[q + 1]) || ByteClass.isDigit(t[q]) && ByteClass.isUpper(t[q + 1])
            q += 1
        }
        return mixed ? (Int(tokens[j - 1].end), 0.6, j) : nil
    }

    /// Things that carry a street's name: a street name next to one of them is no address.
    static let streetThings = WordSet(streetThingWords)
    nonisolated(unsafe) static let streetThingBloom: UnsafePointer<UInt64> = Bloom.make(streetThingWords)
    static let streetThingWords = [
        "vinyl", "vinyle", "poster", "affiche", "kalender", "calendar", "calendrier", "replica", "réplique", "replik", "sign", "schild",
        "straßenschild", "diffuseur", "diffuser", "print", "puzzle", "mug", "tasse", "magnet", "aimant", "postcard", "postkarte", "monopoly",
        "t-shirt", "shirt", "tote", "perfume", "parfum", "candle", "bougie", "kerze", "song", "album", "chanson", "lied", "film", "movie",
    ]

    @inline(never)
    func streetThing(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ j: Int) -> Bool {
        let n = tokens.count
        let bloom = myStreetThingBloom
        func thing(_ x: Token) -> Bool { x.kind == .word && Bloom.test(bloom, x.hash) && myStreetThings.contains(x) }
        if i > 0, thing(tokens[i - 1]) { return true }
        var k = i
        while k < j && k < n { if thing(tokens[k]) { return true }; k += 1 }
        if j < n, tokens[j].kind == .word {
            if thing(tokens[j]) { return true }
            if j + 1 < n, thing(tokens[j + 1]), !tokens[j].cap { return true }
        }
        return false
    }

    /// A street line starting at token `i`: (end offset, score, index after it).
    func streetAt(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer) -> (Int, Double, Int)? {
        let n = tokens.count
        let tok = tokens[i]
        if tok.kind == .number {
            // A house number must not be a price, a quantity with a unit, or part of a longer number.
            guard tok.end - tok.start <= 8, notGlued(t, tokens, i) else { return nil }
            // EN: number + 1–4 capitalized words, the last a street suffix.
            var j = i + 1
            var words = 0
            // Lower case in chat, only after "at"/"to" ("i live at 14 rookery road"): two hash compares per number.
            // Elsewhere when a comma follows the suffix ("22 fernhill drive, glasgow"), up to three name words.
            let atTo = i > 0 && (tokens[i - 1].hash == AddressRecognizer.atHash || tokens[i - 1].hash == AddressRecognizer.toHash)
            // Without at/to, a comma two to four tokens on must be there before any look-up ("2 pairs of socks" has none).
            if j + 1 < n, tokens[j].kind == .word, !tokens[j].cap, tokens[j + 1].kind == .word,
               atTo || tokens[j + 1].next == UInt8(ascii: ",") || j + 2 < n && tokens[j + 2].kind == .word
                   && (tokens[j + 2].next == UInt8(ascii: ",") || j + 3 < n && tokens[j + 3].kind == .word && tokens[j + 3].next == UInt8(ascii: ",")),
               !gz.stopwords.contains(tokens[j]) {
                func commaAfter(_ s: Int) -> Bool { s + 1 < n && tokens[s + 1].kind == .punct && t[Int(tokens[s + 1].start)] == UInt8(ascii: ",") }
                var w = j + 1
                while w < n && w <= j + 3 && tokens[w].kind == .word && !tokens[w].cap {
                    if myStrongSuffixesEN.contains(tokens[w]) && (atTo && w <= j + 2 || commaAfter(w)) {
                        var end = Int(tokens[w].end)
                        if tokens[w].dot && myAbbreviations.contains(tokens[w]) && !endsSentence(t, end + 1) { end += 1 }
                        return (end, 0.75, w + 1)
                    }
                    if gz.stopwords.contains(tokens[w]) && !myStrongSuffixesEN.contains(tokens[w]) { break }
                    w += 1
                }
            }
            while j < n && words < 5 && tokens[j].kind == .word && (tokens[j].cap || words > 0 && myFrParticles.contains(tokens[j])) {
                words += 1
                // The name part holds no function words ("99 La Très La" is no street).
                if tokens[j].cap && gz.stopwords.contains(tokens[j]) && !gz.streetSuffixes.contains(tokens[j])
                    && !gz.surnames.contains(tokens[j]) && !gz.ambiguousSurnames.contains(tokens[j]) && !gz.ambiguousFirstNames.contains(tokens[j]) { break }
                if words >= 2 && tokens[j].cap && gz.streetSuffixes.contains(tokens[j]) {
                    var end = Int(tokens[j].end)
                    // The dot of an abbreviation ("St.", "Ave."), not a full stop ("… Canyon. Use my card").
                    if tokens[j].dot && myAbbreviations.contains(tokens[j]) && !endsSentence(t, end + 1) { end += 1 }
                    // Take the longest: "Park Avenue" vs "Park".
                    var k = j + 1
                    if k < n && tokens[k].kind == .word && tokens[k].cap && gz.streetSuffixes.contains(tokens[k]) {
                        end = Int(tokens[k].end) + (tokens[k].dot ? 1 : 0)
                        k += 1
                    }
                    if tokens[j].dot && k < n && tokens[k].kind == .punct { k += 1 }
                    if k < n, tokens[k].kind == .word, tokens[k].allCaps || tokens[k].end - tokens[k].start == 1, myDirections.contains(tokens[k]) {
                        end = Int(tokens[k].end); k += 1
                    }
                    return (end, 0.85, k)
                }
                j += 1
            }
            // FR: "39, boulevard …" / "39 rue …" / "7 bis rue …"
            var k = i + 1
            if k < n, tokens[k].kind == .word, myBisTer.contains(tokens[k]) { k += 1 }
            if k < n, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: ",") { k += 1 }
            if k < n, tokens[k].kind == .word, gz.streetWordsFR.contains(tokens[k]),
               let (end, next) = frenchStreetName(t, tokens, k + 1, gz, lower: !tokens[k].cap) {
                return (end, 0.9, next)
            }
            // "71 Bóthar na Trá, Galway, H91 EA69", "26 The Crescent, LONDON, SW1P 9ZD", "16 Deansgate, Liverpool L8 6LY": a house
            // number and capitalized words with no street word, made a street by the postcode and city after them
            // (asked only when capitalized words follow the number).
            if words >= 1 { return suffixlessStreet(t, tokens, i, gz) }
            // "107, Grand-Rue, L-9010 Ettelbruck", "16, Um Bill\nL-9240 Diekirch" (LU, BE): number, comma, a name without a street word.
            if k == i + 2, k < n, tokens[k].kind == .word, tokens[k].cap { return suffixlessStreet(t, tokens, i, gz, from: k) }
            return nil
        }
        guard tok.kind == .word else { return nil }
        // FR without number: "rue Marguerite Deschamps", "avenue de la Paix".
        // Lower case ("rue centrale 20a, 1003 lausanne"): only with the house number after the name.
        if !tok.cap, gz.streetWordsFR.contains(tok), i + 1 < n, let (_, next) = frenchStreetName(t, tokens, i + 1, gz, lower: true),
           next < n, tokens[next].kind == .number, tokens[next].end - tokens[next].start <= 6, notGlued(t, tokens, next) {
            let (e2, n2) = houseNumberTail(t, tokens, next)
            return (e2, 0.75, n2)
        }
        if gz.streetWordsFR.contains(tok), i + 1 < n, let (end, next) = frenchStreetName(t, tokens, i + 1, gz) {
            // A lone "place"/"cours" in prose needs a postcode after it to count.
            let weak = myWeakFrench.contains(tok)
            // Belgian order: "Rue Neuve 14", "Avenue Louise 231 bte 3".
            if next < n, tokens[next].kind == .number, tokens[next].end - tokens[next].start <= 6, notGlued(t, tokens, next) {
                let (e2, n2) = houseNumberTail(t, tokens, next)
                return (e2, 0.85, n2)
            }
            return (end, weak ? 0.45 : 0.75, next)
        }
        // DE: compound or separate street word, then a house number ("bahnhofstraße 4" also in lower case).
        if !tok.cap {
            guard let h = AddressRecognizer.numberAfter(tokens, i), tokens[h].end - tokens[h].start <= 6 else { return nil }
            // "allersberger straße 19-21": a street word on its own after a lower-case name.
            guard AddressRecognizer.lowerStreetWord(t, tok)
                || i > 0 && tokens[i - 1].kind == .word && !tokens[i - 1].cap && tokens[i - 1].end - tokens[i - 1].start >= 4
                    && gz.streetWordsDE.contains(tok) && !gz.stopwords.contains(tokens[i - 1]) else { return nil }
            let (e2, n2) = houseNumberTail(t, tokens, h)
            return (e2, 0.75, n2)
        }
        // Every German form ends in a house number within four tokens; without one, skip the suffix
        // checks (they were a tenth of a scan of prose).
        var q = i + 1
        while q < n && q <= i + 4 && tokens[q].kind != .number { q += 1 }
        guard q < n && q <= i + 4 else { return nil }
        var j = i
        var isStreet = endsWithStreetWord(t, tok, gz)
        // Dutch and Danish compounds ("Naamsestraat", "Jægersborggade"): one byte test, then the suffix check.
        if !isStreet, case let lb = t[Int(tok.end) - 1], lb == UInt8(ascii: "t") || lb == UInt8(ascii: "n") || lb == UInt8(ascii: "j")
            || lb == UInt8(ascii: "e"), q == i + 1, AddressRecognizer.lowerStreetWord(t, tok) { isStreet = true }
        if !isStreet {
            // "Berliner Straße 5", "Am Alten Markt 3", "Koch IIstr. 8": up to two more capitalized words,
            // the last a street word on its own or with a short stem (a long compound starts its own street).
            var k = i + 1
            while k < n && k <= i + 2 && tokens[k].kind == .word && tokens[k].cap {
                if endsWithStreetWord(t, tokens[k], gz) {
                    if gz.streetWordsDE.contains(tokens[k]) || gz.hasGermanStreetSuffix(t, tokens[k], maxStem: 3) {
                        isStreet = true; j = k
                    }
                    break
                }
                k += 1
            }
        }
        if !isStreet {
            // "Dec 20, 2026 for …", "Mar 4, 2026 build": a month and a day are a date, not a street and its number.
            if q == i + 1 && myMonths.contains(tok) && tokens[q].end - tokens[q].start <= 2 { return nil }
            // A street name without a street word ("Vesterbrogade 32", "Prinsengracht 263", "Am Krögel 3",
            // "Unter den Linden 6", "Packstation 142"): counts when a postcode and city follow.
            // Cheapest test first: a separator (`,` `;` newline `"`) right after the number or its letter.
            var sq = q + 1
            // "Brugse Poort 129c/4", "Am Tabor 40d/4/7": after a house number with its letter, door and staircase numbers
            // behind slashes (BE, AT; "1810/70" is one number token, see `isSlashed`).
            var slashEnd = q
            while sq + 1 < n, tokens[sq].kind == .punct, t[Int(tokens[sq].start)] == UInt8(ascii: "/"), tokens[sq].start == tokens[sq - 1].end,
                  tokens[sq + 1].kind == .number, tokens[sq + 1].end - tokens[sq + 1].start <= 4, slashEnd < q + 6 { slashEnd = sq + 1; sq += 2 }
            if sq < n, tokens[sq].kind == .word, tokens[sq].end - tokens[sq].start <= 4 { sq += 1 }
            // (Or a unit word right after the number: "ul. Ruska 143 m. 4, 50-190 Wrocław", "Storgatan 36 lgh 1201".)
            guard sq < n, tokens[sq].kind == .newline || q + 1 < n && tokens[q + 1].kind == .word && myUnitWords.contains(tokens[q + 1])
                    || tokens[sq].kind == .punct && (t[Int(tokens[sq].start)] == UInt8(ascii: ",")
                    || t[Int(tokens[sq].start)] == UInt8(ascii: ";") || t[Int(tokens[sq].start)] == UInt8(ascii: "\""))
                    || myPostPoints.contains(tok) else { return nil }
            if gz.stopwords.contains(tok) && !myStreetPrepositions.contains(tok) { return nil }
            // "Postfach, 8001 Zürich": a PO box without its number, an address with the postcode and city right after it.
            if q == i + 2, tok.hash == AddressRecognizer.postfachHash || tok.hash == AddressRecognizer.postlagerndHash,
               tokens[i + 1].kind == .punct, t[Int(tokens[i + 1].start)] == UInt8(ascii: ","), postcodeCity(t, tokens, i + 1, gz) != nil {
                return (Int(tok.end), 0.8, i + 1)
            }
            var k = i + 1
            // "Via Toledo, 71, 80134 Napoli", "Calle de Blai, 15": after a street type written before the name, a comma may part
            // the name from its number (IT, ES, PT).
            var typed = false
            if q - 1 > i, tokens[q - 1].kind == .punct, t[Int(tokens[q - 1].start)] == UInt8(ascii: ",") {
                var p = i - 1
                if p >= 1, tokens[p].kind == .punct, t[Int(tokens[p].start)] == UInt8(ascii: ".") { p -= 1 }
                typed = p >= 0 && tokens[p].kind == .word && myStreetTypesBefore.contains(tokens[p]) || myStreetTypesBefore.contains(tok)
            }
            while k < q {
                if typed && k == q - 1 { break }
                // "Abholung Postfiliale 512": the post point starts the line (but "PO Box 4471").
                if myPostPoints.contains(tokens[k]) && tokens[k].cap && tok.hash != AddressRecognizer.poHash { return nil }
                guard tokens[k].kind == .word, tokens[k].cap && !gz.stopwords.contains(tokens[k]) || myArticlesDE.contains(tokens[k])
                        || myFrParticles.contains(tokens[k]) || myPostPoints.contains(tokens[k])
                        // Portuguese, Spanish and Italian particles after a street type: "Rua do Almada", "Via dei Mille".
                        || k > i && myStreetTypesBefore.contains(tok) && myRomanceParticles.contains(tokens[k]) else { return nil }
                k += 1
            }
            guard AddressRecognizer.houseNumberLength(t, tokens[q]), notGlued(t, tokens, q) else { return nil }
            var (e2, n2) = houseNumberTail(t, tokens, slashEnd)
            let post = myPostPoints.contains(tok) || q > i && myPostPoints.contains(tokens[q - 1])
            while post && n2 < n && tokens[n2].kind == .number && tokens[n2].end - tokens[n2].start <= 3 && tokens[n2 - 1].next != 0x0A {
                e2 = Int(tokens[n2].end); n2 += 1
            }
            var m = n2
            if let (_, un) = units(t, tokens, m) { m = un }
            guard post || postcodeCity(t, tokens, m, gz) != nil else { return nil }
            return (e2, post ? 0.8 : 0.7, n2)
        }
        var k = j + 1
        if k < n, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: ".") { k += 1 }
        guard k < n, tokens[k].kind == .number, tokens[k].end - tokens[k].start <= 9 else { return nil }
        let (e2, n2) = houseNumberTail(t, tokens, k)
        return (e2, 0.85, n2)
    }

    /// The name after a French street word: particles and capitalized words (at least one).
    func frenchStreetName(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ from: Int, _ gz: Gazetteer, lower: Bool = false) -> (Int, Int)? {
        var j = from
        var capWords = 0
        var end = 0
        while j < tokens.count && j < from + 6 && tokens[j].kind == .word {
            let tj = tokens[j]
            let elided = tj.end - tj.start > 2 && t[Int(tj.start) + 1] == UInt8(ascii: "'")
                && (ByteClass.lower(t[Int(tj.start)]) == UInt8(ascii: "d") || ByteClass.lower(t[Int(tj.start)]) == UInt8(ascii: "l"))
            if tj.cap || lower && !myFrParticles.contains(tj) && !gz.stopwords.contains(tj) { capWords += 1; end = Int(tj.end) }
            else if myFrParticles.contains(tj) || elided {
                if elided { capWords += 1; end = Int(tj.end) }  // "d'Orsay" glued
            } else { break }
            j += 1
        }
        guard capWords > 0 else { return nil }
        // Stop after the last capitalized word (drop trailing particles).
        while j > from && Int(tokens[j - 1].end) > end { j -= 1 }
        return (end, j)
    }

    /// A German street word on its own ("Straße", "Weg") or glued to a name ("Goethestraße", "Kochstr").
    func endsWithStreetWord(_ t: UnsafeBufferPointer<UInt8>, _ tok: Token, _ gz: Gazetteer) -> Bool {
        gz.streetWordsDE.contains(tok) || gz.hasGermanStreetSuffix(t, tok)
    }

    /// `j` points after the street line: ", 80734 Mellrichstadt" / ", North Kaylafurt, MA 26518" /
    /// "\n75001 Paris" / ", London SW1A 1AA". Returns (end offset, index after).
    func postcodeCity(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ j0: Int, _ gz: Gazetteer) -> (Int, Int)? {
        let n = tokens.count
        var j = j0
        // Separator: a comma or a newline (once), or a JSON field boundary (`","zip":"`).
        guard j < n else { return nil }
        guard let j1 = separator(t, tokens, j) else { return nil }
        j = j1
        guard j < n else { return nil }
        // A country prefix: "CH-8001", "L-1611", "D-10115", "A-1010".
        var pc = j
        // (Lower case as well in sloppy text: "d-60116", "ch-2000".)
        if pc + 2 < n, tokens[pc].kind == .word, tokens[pc].allCaps || tokens[pc].end - tokens[pc].start == 1 || !tokens[pc].cap,
           tokens[pc].end - tokens[pc].start <= 2, t[Int(tokens[pc].end)] == UInt8(ascii: "-"), tokens[pc + 2].kind == .number {
            pc += 2
        }
        // SE, CZ, SK and GR write five digits as three and two with one space: "582 03 Linköping", "120 00 Praha 2".
        if tokens[pc].kind == .number, tokens[pc].end - tokens[pc].start == 3, pc + 2 < n, tokens[pc + 1].kind == .number,
           tokens[pc + 1].end - tokens[pc + 1].start == 2, tokens[pc + 1].start == tokens[pc].end + 1, t[Int(tokens[pc].end)] == 0x20,
           (0..<3).allSatisfy({ ByteClass.isDigit(t[Int(tokens[pc].start) + $0]) }),
           ByteClass.isDigit(t[Int(tokens[pc + 1].start)]) && ByteClass.isDigit(t[Int(tokens[pc + 1].start) + 1]) {
            var c = pc + 2
            if let k = jsonGap(t, tokens, c) ?? labelAfterNewline(t, tokens, c) { c = k }
            else if c < n, tokens[c].kind == .punct, t[Int(tokens[c].start)] == UInt8(ascii: ",") || t[Int(tokens[c].start)] == UInt8(ascii: ";") { c += 1 }
            if let (cityEnd, next) = city(t, tokens, c, lower: true) {
                // "Praha 2", "Budapest 5": a district number after the city.
                if next < n, tokens[next].kind == .number, tokens[next].end - tokens[next].start <= 2, tokens[next - 1].next != 0x0A {
                    return (Int(tokens[next].end), next + 1)
                }
                return (cityEnd, next)
            }
            return nil
        }
        // DE/FR/IT/ES: 5 digits; CH/AT/BE/LU/DK: 4 digits; NL: "1016 GV"; then the city.
        let pcLen = tokens[pc].end - tokens[pc].start
        let ps = Int(tokens[pc].start)
        let dashed = (pcLen == 6 || pcLen == 8) && t[ps + Int(pcLen) - 4] == UInt8(ascii: "-")  // PL "00-950", PT "1200-195"
        if tokens[pc].kind == .number && (pcLen == 5 || pcLen == 4 || dashed) && !tokens[pc].dot
            && (0..<Int(pcLen)).allSatisfy({ ByteClass.isDigit(t[ps + $0]) || dashed && $0 == Int(pcLen) - 4 }) {
            var c = pc + 1
            if pcLen == 4, c < n, tokens[c].kind == .word, tokens[c].allCaps, tokens[c].end - tokens[c].start == 2, tokens[c].next != 0x0A { c += 1 }
            if let k = jsonGap(t, tokens, c) ?? labelAfterNewline(t, tokens, c) { c = k }
            else if c < n, tokens[c].kind == .punct, t[Int(tokens[c].start)] == UInt8(ascii: ",") || t[Int(tokens[c].start)] == UInt8(ascii: ";") { c += 1 }
            if let (cityEnd, next) = city(t, tokens, c, lower: true) {
                var e = cityEnd, m = next
                // "Cedex 08"
                if m > 0, tokens[m - 1].hash == AddressRecognizer.cedex, m < n, tokens[m].kind == .number, tokens[m].end - tokens[m].start <= 2 {
                    e = Int(tokens[m].end); m += 1
                } else if m < n, tokens[m].kind == .word, tokens[m].hash == AddressRecognizer.cedex {
                    e = Int(tokens[m].end); m += 1
                    if m < n, tokens[m].kind == .number, tokens[m].end - tokens[m].start <= 2 { e = Int(tokens[m].end); m += 1 }
                } else if pcLen == 5, m < n, tokens[m - 1].next != 0x0A {
                    // The Italian province after the city: "80134 Napoli NA", "40126 Bologna (BO)".
                    if tokens[m].kind == .word, tokens[m].allCaps, tokens[m].end - tokens[m].start == 2, m + 1 >= n || tokens[m + 1].kind != .word {
                        e = Int(tokens[m].end); m += 1
                    } else if m + 2 < n, tokens[m].kind == .punct, t[Int(tokens[m].start)] == UInt8(ascii: "("), tokens[m + 1].kind == .word,
                              tokens[m + 1].allCaps, tokens[m + 1].end - tokens[m + 1].start == 2, tokens[m + 2].kind == .punct,
                              t[Int(tokens[m + 2].start)] == UInt8(ascii: ")") {
                        e = Int(tokens[m + 2].end); m += 3
                    }
                }
                return (e, m)
            }
            return nil
        }
        // US/UK/CA: city words, then ", ST 12345" / " ST 12345" / " SW1A 1AA" / ", ON K1M 1M4".
        guard let (cityEnd, next) = city(t, tokens, j) else { return nil }
        var k = next
        // "Dublin 2, D02 X285": a postal district number before the Eircode.
        if k + 1 < n, tokens[k].kind == .number, tokens[k].end - tokens[k].start <= 2, let k2 = separator(t, tokens, k + 1),
           let (e, m) = eircode(t, tokens, k2) {
            return (e, m)
        }
        if let k2 = separator(t, tokens, k) { k = k2 }
        if k < n, tokens[k].kind == .word, tokens[k].end - tokens[k].start == 2, tokens[k].allCaps, myProvinces.contains(tokens[k]),
           let (e, m) = caPostcode(t, tokens, k + 1) {
            return (e, m)
        }
        if k < n, tokens[k].kind == .word, tokens[k].end - tokens[k].start == 2, tokens[k].allCaps,
           gz.usStates.contains(tokens[k]) {
            var end = Int(tokens[k].end)
            var m = k + 1
            if m < n, tokens[m].kind == .number, tokens[m].end - tokens[m].start == 5 || tokens[m].end - tokens[m].start == 10 {
                end = Int(tokens[m].end); m += 1
            }
            return (end, m)
        }
        if let (pcEnd, m) = ukPostcode(t, tokens, k) ?? eircode(t, tokens, k) { return (pcEnd, m) }
        // A city alone after a US street line is kept only when a ZIP follows directly.
        if k < n, tokens[k].kind == .number, tokens[k].end - tokens[k].start == 5 { return (Int(tokens[k].end), k + 1) }
        _ = cityEnd
        return nil
    }

    /// City: capitalized words (hyphenated ones are single tokens) and lower-case connectors.
    func city(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ from: Int, lower: Bool = false) -> (Int, Int)? {
        var j = from
        var end = 0
        var count = 0
        // After a postcode a lower-case word is the city ("04109 leipzig"): one word.
        if lower, j < tokens.count, tokens[j].kind == .word, !tokens[j].cap, tokens[j].end - tokens[j].start >= 3 {
            return (Int(tokens[j].end), j + 1)
        }
        while j < tokens.count && count < 6 && tokens[j].kind == .word {
            // A UK outward code ("NW1", "BS3") ends the city.
            if tokens[j].allCaps && (Int(tokens[j].start)..<Int(tokens[j].end)).contains(where: { ByteClass.isDigit(t[$0]) }) { break }
            if tokens[j].cap && !tokens[j].allCaps || tokens[j].allCaps && tokens[j].end - tokens[j].start > 2 {
                end = Int(tokens[j].end); count += 1
            } else if myCityConnectors.contains(tokens[j]) && j + 1 < tokens.count && tokens[j + 1].kind == .word
                        && (tokens[j + 1].cap || j + 2 < tokens.count && myCityConnectors.contains(tokens[j + 1])
                            && tokens[j + 2].kind == .word && tokens[j + 2].cap) {
                // part of the name only if a capitalized word follows
            } else { break }
            j += 1
            // "(Saale)"-style qualifiers are not followed; a two-letter all-caps token is a state.
        }
        guard count > 0 else { return nil }
        while j > from && Int(tokens[j - 1].end) > end { j -= 1 }
        return (end, j)
    }

    /// UK postcode: outward code (A9, A99, AA9, AA99, A9A, AA9A) and inward code (9AA), as two tokens.
    func ukPostcode(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ k: Int) -> (Int, Int)? {
        guard k < tokens.count else { return nil }
        // On the bytes: the tokenizer splits "NW1" and "6XE" at the letter/digit change.
        var p = Int(tokens[k].start)
        func up(_ q: Int) -> Bool { q < t.count && ByteClass.isUpper(t[q]) }
        func dg(_ q: Int) -> Bool { q < t.count && ByteClass.isDigit(t[q]) }
        guard up(p) else { return nil }
        p += 1
        if up(p) { p += 1 }
        guard dg(p) else { return nil }
        p += 1
        if dg(p) || up(p) { p += 1 }
        guard p < t.count, t[p] == 0x20 else { return nil }
        p += 1
        guard dg(p), up(p + 1), up(p + 2), !(p + 3 < t.count && ByteClass.isAlnum(t[p + 3])) else { return nil }
        let e = p + 3
        var m = k
        while m < tokens.count && Int(tokens[m].start) < e { m += 1 }
        return (e, m)
    }

    /// Irish Eircode "D02 X285" / "A65 F4E2" on the bytes: routing key (letter, two digits or "D6W"), unique identifier.
    func eircode(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ k: Int) -> (Int, Int)? {
        guard k < tokens.count else { return nil }
        let p = Int(tokens[k].start)
        guard p + 8 <= t.count else { return nil }
        func up(_ q: Int) -> Bool { ByteClass.isUpper(t[q]) }
        func dg(_ q: Int) -> Bool { ByteClass.isDigit(t[q]) }
        guard up(p), dg(p + 1), dg(p + 2) || up(p + 2), t[p + 3] == 0x20,
              (p + 4..<p + 8).allSatisfy({ up($0) || dg($0) }), up(p + 4) || dg(p + 4),
              !(p + 8 < t.count && ByteClass.isAlnum(t[p + 8])) else { return nil }
        var m = k
        while m < tokens.count && Int(tokens[m].start) < p + 8 { m += 1 }
        return (p + 8, m)
    }

    /// Canadian postcode "K1M 1M4" on the bytes.
    func caPostcode(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ k: Int) -> (Int, Int)? {
        guard k < tokens.count else { return nil }
        let p = Int(tokens[k].start)
        guard p + 7 <= t.count else { return nil }
        func up(_ q: Int) -> Bool { ByteClass.isUpper(t[q]) }
        func dg(_ q: Int) -> Bool { ByteClass.isDigit(t[q]) }
        guard up(p), dg(p + 1), up(p + 2), t[p + 3] == 0x20, dg(p + 4), up(p + 5), dg(p + 6),
              !(p + 7 < t.count && ByteClass.isAlnum(t[p + 7])) else { return nil }
        var m = k
        while m < tokens.count && Int(tokens[m].start) < p + 7 { m += 1 }
        return (p + 7, m)
    }

    func ukPostcodeTokens(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ k: Int) -> (Int, Int)? {
        guard k + 1 < tokens.count else { return nil }
        func text(_ x: Token) -> [UInt8] { Array(t[Int(x.start)..<Int(x.end)]) }
        let a = text(tokens[k]), b = text(tokens[k + 1])
        guard a.count >= 2, a.count <= 4, b.count == 3, ByteClass.isAlpha(a[0]), ByteClass.isUpper(a[0]),
              ByteClass.isDigit(b[0]), ByteClass.isUpper(b[1]), ByteClass.isUpper(b[2]),
              a.contains(where: ByteClass.isDigit), a.allSatisfy({ ByteClass.isDigit($0) || ByteClass.isUpper($0) }) else { return nil }
        return (Int(tokens[k + 1].end), k + 2)
    }

    /// After a house number: a letter ("103 c", "12 B"), "bis"/"ter", "bus 24"/"bte 3". Returns (end, next index).
    func houseNumberTail(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ k: Int) -> (Int, Int) {
        let n = tokens.count
        var e = Int(tokens[k].end), m = k + 1
        // ("57 m. 54": the Polish flat abbreviation is a unit, not the house number's letter.)
        if m < n, tokens[m].kind == .word, tokens[m].end - tokens[m].start == 1, tokens[k].next != 0x0A,
           m + 1 >= n || tokens[m + 1].kind != .word, !(tokens[m].dot && myUnitWords.contains(tokens[m])) {
            e = Int(tokens[m].end); m += 1
        } else if m < n, tokens[m].kind == .word, myBisTer.contains(tokens[m]) {
            e = Int(tokens[m].end); m += 1
            // "bte 3", "bus 24"
            if m < n, tokens[m].kind == .number, tokens[m].end - tokens[m].start <= 4 { e = Int(tokens[m].end); m += 1 }
        }
        return (e, m)
    }

    /// Unit parts after a street line, each after an optional comma: "Apt 4B", "Stiege 2, Top 14", "Whg. 12",
    /// "3. OG", "3e étage", "bus 24", "/Top 3". Returns (end, next index) or nil.
    func units(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ j0: Int) -> (Int, Int)? {
        let n = tokens.count
        var j = j0
        var found: (Int, Int)? = nil
        for _ in 0..<3 {
            var k = j
            // The dot of an abbreviated unit before the comma: "3. mf., 8000 Aarhus", "st. tv., 2200 København".
            if found != nil, k + 1 < n, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: "."), tokens[k + 1].kind == .punct { k += 1 }
            if k < n, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: ",") || t[Int(tokens[k].start)] == UInt8(ascii: "/") { k += 1 }
            guard k < n else { break }
            // Danish floors: "st. tv." (ground floor, left), "1. th.".
            if tokens[k].kind == .word, tokens[k].dot, k + 2 < n, tokens[k + 2].kind == .word, myFloorWords.contains(tokens[k + 2]),
               tokens[k].hash == AddressRecognizer.stHash {
                var e = k + 3
                if e < n, tokens[e].kind == .punct, t[Int(tokens[e].start)] == UInt8(ascii: ".") { e += 1 }
                found = (Int(tokens[k + 2].end), e); j = e; continue
            }
            if tokens[k].kind == .word, myUnitWords.contains(tokens[k]) || tokens[k].hash == AddressRecognizer.hashSign {
                var v = k + 1
                if v < n, tokens[v].kind == .punct, t[Int(tokens[v].start)] == UInt8(ascii: ".") { v += 1 }
                if v < n, tokens[v].kind == .number || tokens[v].kind == .word && tokens[v].end - tokens[v].start <= 2 && tokens[v].cap {
                    found = (Int(tokens[v].end), v + 1); j = v + 1; continue
                }
                if myFloorWords.contains(tokens[k]) { found = (Int(tokens[k].end), k + 1); j = k + 1; continue }
                break
            }
            if tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: "#"), k + 1 < n, tokens[k + 1].kind == .number {
                found = (Int(tokens[k + 1].end), k + 2); j = k + 2; continue
            }
            // "3. OG", "3e étage", "2. Stock" (and the side: "2. OG links").
            if tokens[k].kind == .number, tokens[k].end - tokens[k].start <= 3 {
                var v = k + 1
                if v < n, tokens[v].kind == .punct, t[Int(tokens[v].start)] == UInt8(ascii: ".") { v += 1 }
                if v < n, tokens[v].kind == .word, myFloorWords.contains(tokens[v]) {
                    if v + 1 < n, tokens[v + 1].kind == .word, AddressRecognizer.sideWords.contains(tokens[v + 1]) { v += 1 }
                    found = (Int(tokens[v].end), v + 1); j = v + 1; continue
                }
                // Spanish floors and doors: "5º dcha.", "2º B", "3º izq.", "2n 1a" (an ordinal mark or a letter after the floor).
                v = k + 1
                let ordinal = v < n && tokens[v].kind != .newline && t[Int(tokens[v].start)] == 0xC2 && tokens[v].end - tokens[v].start == 2
                let lettered = ByteClass.isAlpha(t[Int(tokens[k].end) - 1])
                if ordinal || lettered {
                    if ordinal { v += 1 }
                    if v < n, tokens[v].kind == .word && (AddressRecognizer.sideWords.contains(tokens[v]) || tokens[v].cap && tokens[v].end - tokens[v].start == 1)
                        || tokens[v].kind == .number && tokens[v].end - tokens[v].start <= 3 && lettered {
                        found = (Int(tokens[v].end), v + 1); j = v + 1; continue
                    }
                    if ordinal { found = (Int(tokens[v - 1].end), v); j = v; continue }
                }
            }
            // "Markveien 9, H0504": a Norwegian flat number (bolignummer: H and four digits).
            if k > j, tokens[k].kind == .word, tokens[k].end - tokens[k].start == 5, t[Int(tokens[k].start)] == UInt8(ascii: "H"),
               (1..<5).allSatisfy({ ByteClass.isDigit(t[Int(tokens[k].start) + $0]) }) {
                found = (Int(tokens[k].end), k + 1); j = k + 1; continue
            }
            // "Rua do Almada 88, r/c": the Portuguese ground floor (rés-do-chão).
            if k > j, k + 2 < n, tokens[k].kind == .word, tokens[k].end - tokens[k].start == 1, t[Int(tokens[k].start)] | 0x20 == UInt8(ascii: "r"),
               tokens[k + 1].kind == .punct, t[Int(tokens[k + 1].start)] == UInt8(ascii: "/"), tokens[k + 2].kind == .word,
               tokens[k + 2].end - tokens[k + 2].start == 1, t[Int(tokens[k + 2].start)] | 0x20 == UInt8(ascii: "c") {
                found = (Int(tokens[k + 2].end), k + 3); j = k + 3; continue
            }
            // "bajo", "ático", "EG rechts": a floor on its own after the comma.
            if k > j, tokens[k].kind == .word, AddressRecognizer.floorsAlone.contains(tokens[k]) {
                var v = k
                if v + 1 < n, tokens[v + 1].kind == .word, AddressRecognizer.sideWords.contains(tokens[v + 1]) { v += 1 }
                found = (Int(tokens[v].end), v + 1); j = v + 1; continue
            }
            break
        }
        // "3. mf., 8000 Aarhus": the abbreviation's dot before the comma belongs to the unit.
        if let (e, m) = found, m + 1 < n, tokens[m].kind == .punct, t[Int(tokens[m].start)] == UInt8(ascii: "."), tokens[m + 1].kind == .punct {
            found = (e, m + 1)
        }
        return found
    }

    /// Unit parts on the same line before a street line starting at token `i`: "Apt 4B, ", "Bât. C, 3e étage, ".
    func unitsBefore(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Int? {
        var b = i - 1
        var start: Int? = nil
        for _ in 0..<3 {
            var k = b
            if k >= 0, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: ",") { k -= 1 }
            guard k >= 1 else { break }
            // "3e étage" / "3. OG"
            if tokens[k].kind == .word, myFloorWords.contains(tokens[k]) {
                var v = k - 1
                if tokens[v].kind == .punct, t[Int(tokens[v].start)] == UInt8(ascii: "."), v >= 1 { v -= 1 }
                if tokens[v].kind == .number { start = Int(tokens[v].start); b = v - 1; continue }
            }
            // "Apt 4B", "Flat 3", "Bât. C"
            if tokens[k].kind == .number || tokens[k].kind == .word && tokens[k].end - tokens[k].start <= 2 && tokens[k].cap {
                var v = k - 1
                if v >= 1, tokens[v].kind == .punct, t[Int(tokens[v].start)] == UInt8(ascii: ".") { v -= 1 }
                if v >= 0, tokens[v].kind == .word, myUnitWords.contains(tokens[v]) {
                    start = Int(tokens[v].start); b = v - 1; continue
                }
            }
            break
        }
        return start
    }

    /// Between a street line and the postcode/city: `,` `;` a newline (and a form label on the next line:
    /// "PLZ Ort:", "Town:"), or a JSON/CSV field boundary. Returns the index after it.
    func separator(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ j: Int) -> Int? {
        guard j < tokens.count else { return nil }
        if tokens[j].kind == .newline { return labelAfterNewline(t, tokens, j) ?? j + 1 }
        if tokens[j].kind == .punct, t[Int(tokens[j].start)] == UInt8(ascii: ",") || t[Int(tokens[j].start)] == UInt8(ascii: ";") { return j + 1 }
        return jsonGap(t, tokens, j)
    }

    /// A newline, then a label of address words and a colon: "\nPLZ/Ort: ", "\nPostcode: ".
    func labelAfterNewline(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ j: Int) -> Int? {
        let n = tokens.count
        guard j < n, tokens[j].kind == .newline else { return nil }
        var k = j + 1
        var words = 0
        while k < n && words < 4 && (tokens[k].kind == .word && myAddressKeys.contains(tokens[k])
                || tokens[k].kind == .punct && t[Int(tokens[k].start)] == UInt8(ascii: "/")) {
            if tokens[k].kind == .word { words += 1 }
            k += 1
        }
        guard words > 0, k < n, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: ":") else { return nil }
        return k + 1
    }

    /// `","zip":"` between two JSON string values: returns the index after the opening quote of the next value.
    func jsonGap(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ j: Int) -> Int? {
        let n = tokens.count
        func isP(_ k: Int, _ c: UInt8) -> Bool { k < n && tokens[k].kind == .punct && t[Int(tokens[k].start)] == c }
        var k = j
        guard isP(k, UInt8(ascii: "\"")), isP(k + 1, UInt8(ascii: ",")) else { return nil }
        k += 2
        // Pretty-printed JSON: `",\n  "plz": "`.
        if k < n, tokens[k].kind == .newline { k += 1 }
        guard isP(k, UInt8(ascii: "\"")) else { return nil }
        k += 1
        // CSV: `"…","65183","Wiesbaden"`.
        if k < n, tokens[k].kind == .number || tokens[k].kind == .word && tokens[k].cap && !myAddressKeys.contains(tokens[k]) { return k }
        var words = 0
        while k < n && words < 4 && (tokens[k].kind == .word || isP(k, UInt8(ascii: "_"))) {
            if tokens[k].kind == .word && !myAddressKeys.contains(tokens[k]) && tokens[k].hash != AddressRecognizer.codeHash { return nil }
            words += 1; k += 1
        }
        guard words > 0, isP(k, UInt8(ascii: "\"")), isP(k + 1, UInt8(ascii: ":")), isP(k + 2, UInt8(ascii: "\"")) else { return nil }
        return k + 3
    }

    /// After a dot: a space and a capital letter, a line end or the end of the text.
    func endsSentence(_ t: UnsafeBufferPointer<UInt8>, _ p: Int) -> Bool {
        if p >= t.count || t[p] == 0x0A { return true }
        return t[p] == 0x20 && p + 1 < t.count && ByteClass.isUpper(t[p + 1])
    }

    static let bisTer = WordSet(["bis", "ter", "quater", "bus", "bte", "boîte", "boite"])
    /// A lower-case German street word: ends in straße/strasse/gasse/allee/weg/platz/ring after a stem of 3+ bytes.
    static func lowerStreetWord(_ t: UnsafeBufferPointer<UInt8>, _ tok: Token) -> Bool {
        let s = Int(tok.start), e = Int(tok.end)
        func ends(_ suf: StaticString) -> Bool {
            let c = suf.utf8CodeUnitCount
            guard e - s >= c + 3 else { return false }
            let p = suf.utf8Start
            for k in 0..<c where ByteClass.lower(t[e - c + k]) != p[k] { return false }
            return true
        }
        switch t[e - 1] {
        case UInt8(ascii: "e"): return ends("straße") || ends("strasse") || ends("gasse") || ends("allee") || ends("gade")
        case UInt8(ascii: "g"): return ends("weg") || ends("ring")
        case UInt8(ascii: "z"): return ends("platz")
        // Danish, Dutch and abbreviated German forms: "Nørrevej", "Naamsestraat", "Dorpslaan", "hauptstr." (the scan's
        // lower-case gate does not send words ending in t/n here: too common in prose for the perf budget).
        case UInt8(ascii: "j"): return ends("vej")
        case UInt8(ascii: "t"): return ends("straat") || ends("gracht")
        case UInt8(ascii: "n"): return ends("laan") || ends("plein")
        case UInt8(ascii: "r"): return ends("str") && e < t.count && t[e] == UInt8(ascii: ".")
        default: return false
        }
    }

    /// Last bytes of lower-case German street words worth a suffix check: straße/gasse/allee, weg/ring, platz.
    @inline(__always) static func lowerStreetEnd(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "e") || b == UInt8(ascii: "g") || b == UInt8(ascii: "z") || b == UInt8(ascii: "j")
    }
    /// The house number right after a lower-case street word, also after the dot of "str.".
    @inline(__always) static func numberAfter(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Int? {
        if i + 1 < tokens.count && tokens[i + 1].kind == .number { return i + 1 }
        if i + 2 < tokens.count && tokens[i].dot && tokens[i + 2].kind == .number { return i + 2 }
        return nil
    }
    /// Bloom filter over the French street words (`rue`, `avenue` …), asked about every lower-case word.
    nonisolated(unsafe) static let frenchStreetBloom: UnsafePointer<UInt64> =
        Bloom.make(GazetteerData.streetWordsFR.split(separator: "\n").map { String($0).lowercased() })
    static let cedex = WordKey.hash("cedex")
    static let atHash = WordKey.hash("at")
    static let toHash = WordKey.hash("to")
    static let poHash = WordKey.hash("po")
    /// A house number: up to six bytes ("12a", "45/3/12"), or a range up to eleven ("117-119", "65–69"), never a long digit run.
    static func houseNumberLength(_ t: UnsafeBufferPointer<UInt8>, _ x: Token) -> Bool {
        x.end - x.start <= 6 || isRange(t, x) || isSlashed(t, x)
    }
    /// "1810/70" (CZ, SK: the conscription and the orientation number), "40/1/14" (AT: house, staircase, door): groups of
    /// digits parted by slashes, only the first of up to four digits ("12/05/2025" is a date).
    static func isSlashed(_ t: UnsafeBufferPointer<UInt8>, _ x: Token) -> Bool {
        let s = Int(x.start), e = Int(x.end)
        guard e - s <= 10 else { return false }
        var group = 0, groups = 0, slashes = 0
        for p in s..<e {
            if ByteClass.isDigit(t[p]) { group += 1; if group > (groups == 0 ? 4 : 3) { return false } }
            else if t[p] == UInt8(ascii: "/") && group > 0 { groups += 1; slashes += 1; group = 0 }
            else if p == e - 1 && ByteClass.isLower(t[p] | 0x20) { }  // "1204/15a"
            else { return false }
        }
        return slashes >= 1 && group > 0
    }
    /// A range of house numbers of up to three digits each ("117-119", "65–69"); "2024–2025" is a span of years.
    static func isRange(_ t: UnsafeBufferPointer<UInt8>, _ x: Token) -> Bool {
        guard x.end - x.start <= 11 else { return false }
        var p = Int(x.start)
        while p < Int(x.end) && ByteClass.isDigit(t[p]) { p += 1 }
        return p - Int(x.start) <= 3 && p < Int(x.end) && (t[p] == UInt8(ascii: "-") || t[p] == 0xE2)
    }
    static let postfachHash = WordKey.hash("postfach"), postlagerndHash = WordKey.hash("postlagernd")
    static let stHash = WordKey.hash("st")
    static let streetTypesBefore = WordSet(["via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "calle", "avenida", "plaza", "paseo",
        "carrer", "camino", "rua", "travessa", "praça", "largo", "ul", "ulica", "al", "aleja", "os", "pl", "plac", "rue", "avenue", "chemin"])
    static let hashSign = WordKey.hash("#")
    static let codeHash = WordKey.hash("code")
    static let directions = WordSet(["n", "s", "e", "w", "ne", "nw", "se", "sw"])
    static let strongSuffixesEN = WordSet(["street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd",
        "court", "ct", "close", "crescent", "terrace", "gardens", "way", "place", "square", "parkway", "highway"])
    static let provinces = WordSet(["ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt"])
    /// Parcel lockers and post offices: "Packstation 142", "Postfiliale 512".
    /// English month names: "Aug 6, 2026" reads like a street, a house number and a four-digit postcode.
    static let months = WordSet(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
                                 "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"])
    static let postPoints = WordSet(["packstation", "postfiliale", "paketshop", "filiale", "postfach", "postbox", "box", "bp", "postale",
        "postbus", "apartado", "casella", "cp"])
    static let abbreviations = WordSet(["st", "ave", "av", "rd", "dr", "blvd", "ln", "ct", "pl", "sq", "hwy", "pkwy", "cres", "terr", "ter",
        "gdns", "cl", "mt", "ft", "fwy", "expy", "cir", "trl", "tpke", "ste", "apt", "bldg", "str", "n", "s", "e", "w", "rte", "bd", "ch", "imp"])
    static let unitWords = WordSet(["apt", "apartment", "unit", "suite", "ste", "flat", "fl", "floor", "stiege", "stg", "top", "tür", "whg",
        "wohnung", "stock", "etage", "étage", "bât", "bat", "bâtiment", "batiment", "appartement", "appt", "app", "escalier", "esc", "bus",
        "bte", "boîte", "porte", "int", "scala", "piso", "room", "rm", "bldg", "building", "haus", "block", "tor", "lgh", "og",
        // Polish flats: "ul. Ruska 143 m. 4" (mieszkanie), "lok. 13" (lokal).
        "m", "lok", "lokal", "mieszk"])
    static let floorWords = WordSet(["og", "eg", "ug", "dg", "stock", "etage", "étage", "floor", "hinterhaus", "vorderhaus", "gartenhaus",
        "seitenflügel", "th", "tv", "mf", "piso", "bajo", "rdc", "ático", "atico", "entresuelo", "pral", "sótano", "souterrain",
        // Swedish floors: "Storgatan 36, 3 tr" (trappor).
        "tr"])
    /// Floors that stand alone after a comma: "bajo", "ático", "EG rechts", "Hinterhaus".
    static let floorsAlone = WordSet(["bajo", "ático", "atico", "entresuelo", "sótano", "eg", "og", "ug", "dg", "hinterhaus", "vorderhaus",
        "gartenhaus", "seitenflügel", "rdc", "souterrain"])
    /// The side of a floor: "2. OG links", "5º dcha.", "3º izq.".
    static let sideWords = WordSet(["links", "rechts", "mitte", "li", "re", "dcha", "dcha", "dch", "drcha", "izq", "izda", "izqda", "ctro",
        "centro", "gauche", "droite", "left", "right", "esq"])
    static let countries = WordSet(["deutschland", "germany", "allemagne", "österreich", "austria", "autriche", "schweiz", "switzerland",
        "suisse", "svizzera", "france", "frankreich", "belgique", "belgië", "belgie", "belgien", "belgium", "nederland", "netherlands",
        "niederlande", "pays-bas", "luxembourg", "luxemburg", "danmark", "denmark", "dänemark", "uk", "england", "scotland", "wales",
        "usa", "us", "canada", "kanada", "ireland", "irland", "éire", "italia", "italy", "italien", "italie", "españa", "spain", "spanien",
        "espagne", "portugal", "polska", "poland", "polen", "pologne", "liechtenstein", "united", "kingdom", "states", "great", "britain",
        "northern", "monaco", "sverige", "sweden", "norge", "norway",
        // The countries whose postcodes round 10 reads (in their own, English, German and French names).
        "schweden", "suède", "norwegen", "norvège", "česko", "czechia", "czech", "republic", "tschechien", "tchéquie", "slovensko",
        "slovakia", "slowakei", "slovaquie", "ελλάδα", "greece", "griechenland", "grèce", "suomi", "finland", "finnland", "finlande"])
    static let addressKeys = WordSet(["zip", "zipcode", "postcode", "plz", "postal", "postleitzahl", "cp", "city", "ort", "ville", "town",
        "stadt", "locality", "country", "land", "pays", "state", "region", "province", "codepostal", "code_postal", "postalcode", "zip_code",
        "code", "localité", "localite", "commune", "wohnort", "postcode/town", "county", "line", "address", "city/town", "post", "town/city"])

    /// The number is a standalone token: not after `#`, `$`, `€`, `£`, `.`, `,` (with a digit), `x`.
    func notGlued(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        let s = Int(tokens[i].start)
        if s > 0 {
            let p = t[s - 1]
            if p == UInt8(ascii: "#") || p == UInt8(ascii: "$") || p == UInt8(ascii: ".") || p == UInt8(ascii: "+") || p == UInt8(ascii: "-") || p == UInt8(ascii: "/") { return false }
            if p == UInt8(ascii: ",") && s > 1 && ByteClass.isDigit(t[s - 2]) { return false }  // "49,99"
        }
        let e = Int(tokens[i].end)
        if e < t.count && (t[e] == UInt8(ascii: ".") || t[e] == UInt8(ascii: ",")) && e + 1 < t.count && ByteClass.isDigit(t[e + 1]) { return false }
        return true
    }
}
