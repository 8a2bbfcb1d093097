/// PERSON: capitalized name sequences (with particles `van`, `von`, `de`, `le`, hyphenated and
/// apostrophe names, initials) found either after a cue (`my name is`, `Dear`, `Herr`, `Mme`,
/// `Kontoinhaber`, `livrer à`, a signature after `Regards,` …) or, without a cue, when the first
/// word is a known given name. Gazetteers: see `Gazetteer`.
final class PersonRecognizer: TokenRecognizer {
    static let entityTypes: [EntityType] = [.person]
    enum Strength { case strong, medium, signature }

    /// Cue phrases in en/de/fr, lower case, as words; matched right before the name (a `:` or `,`
    /// in between is allowed).
    static let cues: [([UInt64], Strength)] = {
        let strong = [
            "my name is", "name is", "i'm called", "name", "full name", "account holder", "cardholder", "card holder",
            "dear", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "attn", "c/o", "signed",
            "ich heiße", "mein name ist", "name ist", "kontoinhaber", "kontoinhaberin", "karteninhaber", "inhaber", "herr", "herrn", "frau",
            "hr", "fr", "sehr geehrter herr", "sehr geehrte frau", "z. hd", "zhd", "liebe", "lieber",
            "je m'appelle", "m'appelle", "mon nom est", "titulaire", "titulaire du compte", "m", "mme", "mlle", "madame", "monsieur", "cher", "chère",
        ]
        let medium = [
            "this is", "i am", "i'm", "it's", "here is", "from", "customer", "client", "buyer", "recipient", "contact", "for my",
            "my sister", "my brother", "my mother", "my father", "my wife", "my husband", "my son", "my daughter", "my friend", "my colleague",
            "deliver to", "ship to", "send to", "replacement to", "gift for", "present for", "on behalf of", "ordered by", "signed by",
            "hier ist", "ich bin", "hier spricht", "kunde", "kundin", "empfänger", "lieferung an", "bitte an", "geschenk für", "für meine", "für meinen",
            "im auftrag von", "von",
            "c'est", "je suis", "ici", "le client", "la cliente", "client", "cliente", "destinataire", "livrer à", "livraison à",
            "remplacement à", "cadeau pour", "pour ma", "pour mon", "de la part de",
        ]
        var all: [([UInt64], Strength)] = strong.map { ($0.split(separator: " ").map { WordKey.hash(String($0)) }, .strong) }
        all += medium.map { ($0.split(separator: " ").map { WordKey.hash(String($0)) }, .medium) }
        return all
    }()
    static let cuesByLast: [UInt64: [([UInt64], Strength)]] = Dictionary(grouping: cues, by: { $0.0.last! })
    /// Cue words that are one or two letters ("m", "fr", "hr"): abbreviations that need their dot.
    static let shortCues = WordSet(["m", "fr", "hr", "mr", "ms", "dr", "mx"])

    /// Words after which a name follows on the next line or after a comma: signatures.
    static let closings = WordSet([
        "regards", "best", "cheers", "thanks", "thank", "sincerely", "yours", "wishes",
        "grüße", "grüßen", "gruß", "grüsse", "danke", "viele", "herzlich",
        "cordialement", "salutations", "amitiés", "merci", "bisous", "sincères",
    ])

    static let particles = WordSet([
        "van", "von", "der", "den", "de", "du", "des", "la", "le", "di", "da", "del", "della", "dos", "das", "ten", "ter",
        "zu", "vom", "zur", "bin", "al", "el", "mc", "d'", "st", "y",
    ])
    static let titlesWithoutDot = WordSet(["mr", "ms", "dr", "mrs", "mx"])
    /// Last words of the strong cues after which a lower-case name is accepted.
    static let lowerCaseCueEnds = WordSet(["is", "ist", "est", "heiße", "m'appelle", "appelle", "name", "nom", "holder", "kontoinhaber", "titulaire", ":"])
    static let copulas = WordSet(["is", "was", "ist", "war", "est", "était", "heißt", "s'appelle"])
    static let suffixes = WordSet(["jr", "sr", "ii", "iii", "iv", "jun", "sen"])

    /// Brands and products whose names are also given names or surnames ("Nike Air Max", "Dyson V15").
    static let brands = WordSet([
        "nike", "adidas", "puma", "reebok", "asics", "apple", "samsung", "sony", "galaxy", "iphone", "ipad", "macbook", "pixel",
        "xbox", "playstation", "nintendo", "lego", "ikea", "dyson", "bosch", "siemens", "miele", "philips", "canon", "nikon",
        "dell", "lenovo", "asus", "acer", "huawei", "xiaomi", "google", "amazon", "alexa", "kindle", "zalando", "otto", "ebay",
        "paypal", "klarna", "dhl", "hermes", "fedex", "colissimo", "chronopost", "zara", "uniqlo", "mango", "levi's", "levis",
        "tesla", "porsche", "mercedes", "audi", "bmw", "volkswagen", "renault", "peugeot", "shopify", "magento", "stripe",
    ])

    func run(_ t: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ gz: Gazetteer, into out: inout [Candidate]) {
        var i = 0
        let n = tokens.count
        // A local copy: a `static let` read per token costs a `swift_once` check each time.
        let lowerCaseCueEnds = PersonRecognizer.lowerCaseCueEnds
        while i < n {
            let tok = tokens[i]
            guard tok.kind == .word else { i += 1; continue }
            // Lower-case words are names only right after a strong cue ("my name is aurelio …").
            if !tok.cap && !(i > 0 && tokens[i - 1].kind == .word && lowerCaseCueEnds.contains(tokens[i - 1])) { i += 1; continue }
            // Cheap look-ups first: most capitalized words are neither names nor after a cue.
            let nameLike = gz.firstNames.contains(tok) || gz.ambiguousFirstNames.contains(tok) || gz.surnames.contains(tok)
            let stop = gz.stopwords.contains(tok)
            if stop && !nameLike { i += 1; continue }
            // A title is the next name's cue, not a name ("Dear Mr. Thompson"); brands are not people.
            if gz.personTitles.contains(tok) || PersonRecognizer.brands.contains(tok) { i += 1; continue }
            // The cue (if any) right before this word; without one only a known given name can start a name.
            let cue = cueBefore(t, tokens, i, gz)
            if cue == nil && !(gz.firstNames.contains(tok) || gz.ambiguousFirstNames.contains(tok) || gz.surnames.contains(tok)) { i += 1; continue }
            let strongLower = cue == .strong && !tok.cap && gz.firstNames.contains(tok)
            guard tok.cap || strongLower else { i += 1; continue }
            if stop && cue == nil { i += 1; continue }
            // A capitalized word right after a number or a street word is a street name, not a person.
            if i > 0 && (tokens[i - 1].kind == .number && tokens[i - 1].end - tokens[i - 1].start <= 6 || gz.streetWordsFR.contains(tokens[i - 1])) { i += 1; continue }
            // Collect the name's parts.
            var parts = [i]
            var j = i
            while parts.count < 5 {
                let cur = tokens[j]
                var k = j + 1
                // An initial ("J. Smith"): skip the dot.
                if cur.dot && cur.end - cur.start == 1 && k < n && tokens[k].kind == .punct { k += 1 }
                guard k < n, tokens[k].kind == .word else { break }
                let nt = tokens[k]
                let nwNameLike = gz.surnames.contains(nt) || gz.firstNames.contains(nt) || gz.ambiguousSurnames.contains(nt)
                if nt.cap && (!gz.stopwords.contains(nt) || nwNameLike) && (!gz.streetSuffixes.contains(nt) || cue != nil && nwNameLike) {
                    parts.append(k); j = k; continue
                }
                // Particles: "van Beethoven", "von der Heydt", "de La Fontaine" (at most two before a capitalized word).
                func isParticle(_ x: Token) -> Bool { PersonRecognizer.particles.contains(x) || gz.particles.contains(x) }
                if isParticle(nt), nt.next != UInt8(ascii: "\n") {
                    if k + 1 < n, tokens[k + 1].kind == .word, tokens[k + 1].cap {
                        parts.append(k); parts.append(k + 1); j = k + 1; continue
                    }
                    if k + 2 < n, tokens[k + 1].kind == .word, isParticle(tokens[k + 1]), tokens[k + 2].kind == .word, tokens[k + 2].cap {
                        parts.append(k); parts.append(k + 1); parts.append(k + 2); j = k + 2; continue
                    }
                }
                if strongLower && (gz.surnames.contains(nt) || gz.firstNames.contains(nt)) { parts.append(k); j = k; continue }
                break
            }
            // Drop a trailing particle or a trailing street suffix ("Michelle Cape").
            while parts.count > 1, PersonRecognizer.particles.contains(tokens[parts.last!]) { parts.removeLast() }
            // A hyphenated given name counts when its first part is known: "Hans-Wilhelm", "Jean-Luc".
            var first = tok
            if let dash = (Int(tok.start)..<Int(tok.end)).first(where: { t[$0] == UInt8(ascii: "-") }) {
                first.hash = WordKey.hash(t.baseAddress!, Int(tok.start), dash)
            }
            let last = tokens[parts.last!]
            let knownFirst = gz.firstNames.contains(first)
            let ambiguousFirst = gz.ambiguousFirstNames.contains(first)
            let knownLast = parts.count > 1 && (gz.surnames.contains(last) || gz.ambiguousSurnames.contains(last))
            var score = 0.0
            switch cue {
            case .strong?:
                // After a one-letter title ("M. Dupont") the word must look like a name: "size M. Great" is not one.
                let shortTitle = i >= 2 && tokens[i - 1].kind == .punct && tokens[i - 2].end - tokens[i - 2].start == 1
                score = shortTitle && (gz.stopwords.contains(tok) || !(nameLike || parts.count >= 2 && knownLast)) ? 0 : 0.9
            case .medium?:
                if tok.allCaps && parts.count == 1 { score = 0 }  // "from IP 1.2.3.4"
                else if knownFirst || knownLast || parts.count == 1 && gz.surnames.contains(first) { score = 0.9 }
                else if parts.count >= 2 && (ambiguousFirst || gz.surnames.contains(first)) { score = 0.85 }
                else if parts.count >= 2 { score = 0.7 }
                else { score = 0.45 }
            case .signature?:
                // After "Regards," only a name the gazetteers know: "Best, Looking for a desk" is no signature.
                if knownFirst && (parts.count == 1 || knownLast || parts.count == 2) { score = 0.85 }
                else if parts.count >= 2 && knownLast && (ambiguousFirst || gz.surnames.contains(first)) { score = 0.7 }
            case nil:
                // No cue: a known given name, and a known surname or at least a plausible two-word name.
                let nameWords = parts.filter { !PersonRecognizer.particles.contains(tokens[$0]) }.count
                if parts.count >= 2 && knownFirst { score = knownLast ? 0.9 : nameWords == 2 ? 0.6 : 0.45 }
                else if parts.count >= 2 && ambiguousFirst && knownLast { score = 0.65 }
                else if parts.count >= 2 && knownLast && gz.surnames.contains(first) && !tok.allCaps { score = 0.55 }
            }
            // Followed by a street suffix or a street word: it is a street ("Robert Trail", "Goethe Straße").
            if let after = parts.last.map({ $0 + 1 }), after < n, tokens[after].kind == .word, cue == nil {
                if gz.streetSuffixes.contains(tokens[after]) { score = 0 }
            }
            if score > 0 {
                var end = Int(tokens[parts.last!].end)
                // "Jr." / "III" right after the name.
                if let s = parts.last.map({ $0 + 1 }), s < n, tokens[s].kind == .word, PersonRecognizer.suffixes.contains(tokens[s]) {
                    end = Int(tokens[s].end)
                }
                out.append(Candidate(start: Int(tok.start), end: end, type: .person, score: score))
                i = parts.last! + 1
            } else {
                i += 1
            }
        }
    }

    /// The strongest cue ending right before token `i` (one `:`/`,`/`.` in between allowed; for
    /// closings also a newline).
    func cueBefore(_ t: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ i: Int, _ gz: Gazetteer) -> Strength? {
        var j = i - 1
        var sawNewline = false
        var sawComma = false
        var sawDot = false
        while j >= 0 && (tokens[j].kind == .punct || tokens[j].kind == .newline) && i - j <= 3 {
            let c = t[Int(tokens[j].start)]
            if tokens[j].kind == .newline { sawNewline = true }
            else if c == UInt8(ascii: ",") { sawComma = true }
            else if c == UInt8(ascii: ".") { sawDot = true }
            else if c != UInt8(ascii: ":") && c != UInt8(ascii: ".") && c != UInt8(ascii: "-") { return nil }
            j -= 1
        }
        guard j >= 0, tokens[j].kind == .word else { return nil }
        // "The account holder is Ludwig …", "le titulaire est …": a copula between cue and name.
        if PersonRecognizer.copulas.contains(tokens[j]), j > 0, tokens[j - 1].kind == .word,
           PersonRecognizer.cuesByLast[tokens[j - 1].hash] != nil {
            j -= 1
        }
        let last = tokens[j]
        let lastLength = Int(last.end - last.start)
        // A signature: "Regards,\nAnna Weber". Medium: "Best, Looking for a desk" is no name.
        if PersonRecognizer.closings.contains(last) && (sawComma || sawNewline) { return .signature }
        if sawNewline || sawComma { return nil }
        // Titles are capitalized ("Mr", "Frau", "M."); the one- and two-letter ones need their dot
        // ("M. Dupont", "Fr. Müller"), or ".fr" at the end of an e-mail domain would count.
        // Part of a domain or an address ("NOOS.FR. Ma carte"): no title.
        let before = tokens[j].start > 0 ? t[Int(tokens[j].start) - 1] : 0x20
        if before == UInt8(ascii: ".") || before == UInt8(ascii: "@") { return nil }
        if gz.personTitles.contains(last) && last.cap {
            if lastLength > 2 || last.dot || PersonRecognizer.titlesWithoutDot.contains(last) { return .strong }
            return nil
        }
        // A full stop ends the sentence the cue was in ("Ich bin Kundin. Vielen Dank").
        if sawDot && !(last.dot && lastLength <= 4) { return nil }
        guard let list = PersonRecognizer.cuesByLast[last.hash] else { return nil }
        var best: Strength? = nil
        for (words, strength) in list {
            var k = j
            var ok = true
            for w in words.reversed() {
                // Skip an apostrophe split: "m'appelle" is one token.
                guard k >= 0, tokens[k].kind == .word, tokens[k].hash == w else { ok = false; break }
                k -= 1
            }
            if ok {
                // One- and two-letter cues ("m", "fr", "hr") only as capitalized abbreviations with a dot.
                if words.count == 1 && PersonRecognizer.shortCues.contains(last) && !(last.cap && last.dot) { continue }
                if strength == .strong { return .strong }
                best = .medium
            }
        }
        return best
    }
}
