/// ADDRESS: a street line — house number and street name with a suffix (`786 Wendy Course`,
/// `12 Baker St.`), a German street word or compound (`Goethestraße 5`, `Berliner Str. 12a`,
/// `Erol-Dörschner-Allee 8/6`) or a French street word (`39, boulevard Philippine Roche`, `rue de la Paix`)
/// — with an optional unit (`Apt. 42`, `Suite 300`), followed by an optional postcode and city
/// (`, North Kaylafurt, MA 26518`, `, 80734 Mellrichstadt`, `\n75001 Paris`, `, London SW1A 1AA`).
/// The span covers the whole address.
final class AddressRecognizer: TokenRecognizer {
    static let entityTypes: [EntityType] = [.address]
    /// Lower-case words allowed inside city names: "Frankfurt am Main", "Saint-Rémy-de-Provence", "Stratford upon Avon".
    static let cityConnectors = WordSet([
        "am", "an", "der", "dem", "im", "in", "ob", "bei", "vor", "auf", "sur", "sous", "lès", "les", "lez", "en", "de", "du",
        "des", "la", "le", "upon", "on", "the", "i.", "a.",
    ])
    static let streetPrepositions = WordSet(["am", "an", "auf", "im", "in", "zum", "zur", "unter", "hinter", "vor", "bei", "alte", "alter", "neue", "neuer"])
    static let weakFrench = WordSet(["place", "cours", "route", "square", "passage", "voie", "port", "parc", "villa", "mail", "lot", "zone"])
    static let articlesDE = WordSet(["der", "dem", "den"])
    static let frParticles = WordSet(["de", "du", "des", "la", "le", "les", "d'", "l'", "aux", "au"])

    func run(_ t: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ gz: Gazetteer, into out: inout [Candidate]) {
        let n = tokens.count
        var i = 0
        let frenchStreetWords = gz.streetWordsFR
        while i < n {
            // Only a number, a capitalized word or a French street word ("rue") starts a street line: most
            // tokens are lower-case words, skipped here without the call.
            let k = tokens[i]
            if k.kind != .number && !(k.kind == .word && (k.cap || frenchStreetWords.contains(k))) { i += 1; continue }
            if let (end, score, nextIndex) = streetAt(t, tokens, i, gz) {
                var start = Int(tokens[i].start)
                // German street prepositions belong to the name: "Am Lindenweg 3", "An der Alster 5".
                var b = i - 1
                if b >= 0, tokens[b].kind == .word, AddressRecognizer.articlesDE.contains(tokens[b]) { b -= 1 }
                if b >= 0, b < i, tokens[b].kind == .word, tokens[b].cap,
                   AddressRecognizer.streetPrepositions.contains(tokens[b]) {
                    start = Int(tokens[b].start)
                }
                var spanEnd = end
                var s = score
                var j = nextIndex
                // Unit: "Apt. 42", "Suite 300", "#5".
                if j < n, tokens[j].kind == .word, gz.unitWords.contains(tokens[j]) {
                    var k = j + 1
                    if k < n, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: ".") { k += 1 }
                    if k < n, tokens[k].kind == .number { spanEnd = Int(tokens[k].end); j = k + 1 }
                }
                if let (cityEnd, cityNext) = postcodeCity(t, tokens, j, gz) {
                    spanEnd = cityEnd
                    j = cityNext
                    s = max(s, 0.95)
                }
                out.append(Candidate(start: start, end: spanEnd, type: .address, score: s))
                i = max(j, i + 1)
                continue
            }
            i += 1
        }
    }

    /// A street line starting at token `i`: (end offset, score, index after it).
    func streetAt(_ t: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ i: Int, _ gz: Gazetteer) -> (Int, Double, Int)? {
        let n = tokens.count
        let tok = tokens[i]
        if tok.kind == .number {
            // A house number must not be a price, a quantity with a unit, or part of a longer number.
            guard tok.end - tok.start <= 6, notGlued(t, tokens, i) else { return nil }
            // EN: number + 1–4 capitalized words, the last a street suffix.
            var j = i + 1
            var words = 0
            while j < n && words < 5 && tokens[j].kind == .word && (tokens[j].cap || words > 0 && AddressRecognizer.frParticles.contains(tokens[j])) {
                words += 1
                // The name part holds no function words ("99 La Très La" is no street).
                if tokens[j].cap && gz.stopwords.contains(tokens[j]) && !gz.streetSuffixes.contains(tokens[j])
                    && !gz.surnames.contains(tokens[j]) && !gz.ambiguousSurnames.contains(tokens[j]) && !gz.ambiguousFirstNames.contains(tokens[j]) { break }
                if words >= 2 && gz.streetSuffixes.contains(tokens[j]) {
                    var end = Int(tokens[j].end)
                    if tokens[j].dot { end += 1 }
                    // Take the longest: "Park Avenue" vs "Park".
                    var k = j + 1
                    if k < n && tokens[k].kind == .word && tokens[k].cap && gz.streetSuffixes.contains(tokens[k]) {
                        end = Int(tokens[k].end) + (tokens[k].dot ? 1 : 0)
                        k += 1
                    }
                    if tokens[j].dot && k < n && tokens[k].kind == .punct { k += 1 }
                    return (end, 0.85, k)
                }
                j += 1
            }
            // FR: "39, boulevard …" / "39 rue …"
            var k = i + 1
            if k < n, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: ",") { k += 1 }
            if k < n, tokens[k].kind == .word, gz.streetWordsFR.contains(tokens[k]),
               let (end, next) = frenchStreetName(t, tokens, k + 1, gz) {
                return (end, 0.9, next)
            }
            return nil
        }
        guard tok.kind == .word else { return nil }
        // FR without number: "rue Marguerite Deschamps", "avenue de la Paix".
        if gz.streetWordsFR.contains(tok), i + 1 < n, let (end, next) = frenchStreetName(t, tokens, i + 1, gz) {
            // A lone "place"/"cours" in prose needs a postcode after it to count.
            let weak = AddressRecognizer.weakFrench.contains(tok)
            return (end, weak ? 0.45 : 0.75, next)
        }
        // DE: compound or separate street word, then a house number.
        guard tok.cap else { return nil }
        // Every German form ends in a house number within four tokens; without one, skip the suffix
        // checks (they were a tenth of a scan of prose).
        var q = i + 1
        while q < n && q <= i + 4 && tokens[q].kind != .number { q += 1 }
        guard q < n && q <= i + 4 else { return nil }
        var j = i
        var isStreet = endsWithStreetWord(t, tok, gz)
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
        guard isStreet else { return nil }
        var k = j + 1
        if k < n, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: ".") { k += 1 }
        guard k < n, tokens[k].kind == .number, tokens[k].end - tokens[k].start <= 9 else { return nil }
        return (Int(tokens[k].end), 0.85, k + 1)
    }

    /// The name after a French street word: particles and capitalized words (at least one).
    func frenchStreetName(_ t: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ from: Int, _ gz: Gazetteer) -> (Int, Int)? {
        var j = from
        var capWords = 0
        var end = 0
        while j < tokens.count && j < from + 6 && tokens[j].kind == .word {
            let tj = tokens[j]
            let elided = tj.end - tj.start > 2 && t[Int(tj.start) + 1] == UInt8(ascii: "'")
                && (ByteClass.lower(t[Int(tj.start)]) == UInt8(ascii: "d") || ByteClass.lower(t[Int(tj.start)]) == UInt8(ascii: "l"))
            if tj.cap { capWords += 1; end = Int(tj.end) }
            else if AddressRecognizer.frParticles.contains(tj) || elided {
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
    func postcodeCity(_ t: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ j0: Int, _ gz: Gazetteer) -> (Int, Int)? {
        let n = tokens.count
        var j = j0
        // Separator: a comma or a newline (once).
        guard j < n else { return nil }
        if tokens[j].kind == .newline || tokens[j].kind == .punct && t[Int(tokens[j].start)] == UInt8(ascii: ",") { j += 1 } else { return nil }
        guard j < n else { return nil }
        // DE/FR: 5-digit postcode, then the city.
        if tokens[j].kind == .number && tokens[j].end - tokens[j].start == 5 && !tokens[j].dot {
            if let (cityEnd, next) = city(t, tokens, j + 1) { return (cityEnd, next) }
            return nil
        }
        // US/UK: city words, then ", ST 12345" / " ST 12345" / " SW1A 1AA".
        guard let (cityEnd, next) = city(t, tokens, j) else { return nil }
        var k = next
        if k < n, tokens[k].kind == .punct, t[Int(tokens[k].start)] == UInt8(ascii: ",") { k += 1 }
        if k < n, tokens[k].kind == .word, tokens[k].end - tokens[k].start == 2, tokens[k].allCaps,
           gz.usStates.contains(tokens[k]) {
            var end = Int(tokens[k].end)
            var m = k + 1
            if m < n, tokens[m].kind == .number, tokens[m].end - tokens[m].start == 5 || tokens[m].end - tokens[m].start == 10 {
                end = Int(tokens[m].end); m += 1
            }
            return (end, m)
        }
        if let (pcEnd, m) = ukPostcode(t, tokens, k) { return (pcEnd, m) }
        // A city alone after a US street line is kept only when a ZIP follows directly.
        if k < n, tokens[k].kind == .number, tokens[k].end - tokens[k].start == 5 { return (Int(tokens[k].end), k + 1) }
        _ = cityEnd
        return nil
    }

    /// City: capitalized words (hyphenated ones are single tokens) and lower-case connectors.
    func city(_ t: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ from: Int) -> (Int, Int)? {
        var j = from
        var end = 0
        var count = 0
        while j < tokens.count && count < 6 && tokens[j].kind == .word {
            if tokens[j].cap && !tokens[j].allCaps || tokens[j].allCaps && tokens[j].end - tokens[j].start > 2 {
                end = Int(tokens[j].end); count += 1
            } else if AddressRecognizer.cityConnectors.contains(tokens[j]) && j + 1 < tokens.count && tokens[j + 1].kind == .word && tokens[j + 1].cap {
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
    func ukPostcode(_ t: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ k: Int) -> (Int, Int)? {
        guard k + 1 < tokens.count else { return nil }
        func text(_ x: Token) -> [UInt8] { Array(t[Int(x.start)..<Int(x.end)]) }
        let a = text(tokens[k]), b = text(tokens[k + 1])
        guard a.count >= 2, a.count <= 4, b.count == 3, ByteClass.isAlpha(a[0]), ByteClass.isUpper(a[0]),
              ByteClass.isDigit(b[0]), ByteClass.isUpper(b[1]), ByteClass.isUpper(b[2]),
              a.contains(where: ByteClass.isDigit), a.allSatisfy({ ByteClass.isDigit($0) || ByteClass.isUpper($0) }) else { return nil }
        return (Int(tokens[k + 1].end), k + 2)
    }

    /// The number is a standalone token: not after `#`, `$`, `€`, `£`, `.`, `,` (with a digit), `x`.
    func notGlued(_ t: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ i: Int) -> Bool {
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
