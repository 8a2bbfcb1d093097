/// Word lists for PERSON and ADDRESS, built once per process from the compiled-in data
/// (`NER/Data/*.swift`, see PROVENANCE.md there) and the short hand-written lists below.
/// Keys are lower case.
final class Gazetteer: Sendable {
    let firstNames: WordSet
    let ambiguousFirstNames: WordSet
    let surnames: WordSet
    let ambiguousSurnames: WordSet
    let streetSuffixes: WordSet          // EN suffixes and UK street words: "street", "st", "ave", "course"
    let streetWordsDE: WordSet           // standalone: "Berliner Straße", "Am Markt"
    let streetSuffixesDE: [[UInt8]]      // glued to the name: "Goethestraße", "Kochstr."
    let streetSuffixLastByte: [Bool]     // quick reject: the last bytes those suffixes end with
    let streetWordsFR: WordSet           // a word before the name: "rue", "avenue"
    let personTitles: WordSet
    let particles: WordSet
    let unitWords: WordSet
    let usStates: WordSet
    let stopwords: WordSet

    static let shared = Gazetteer()

    private init() {
        func list(_ s: String) -> [String] { s.split(separator: "\n").map { String($0).lowercased() }.filter { !$0.isEmpty } }
        func set(_ s: String) -> WordSet { WordSet(list(s)) }
        firstNames = Gazetteer.nameSet(GazetteerData.firstNames)
        ambiguousFirstNames = Gazetteer.nameSet(GazetteerData.ambiguousFirstNames)
        surnames = Gazetteer.nameSet(GazetteerData.surnames)
        ambiguousSurnames = Gazetteer.nameSet(GazetteerData.ambiguousSurnames)
        streetSuffixes = set(GazetteerData.streetSuffixesEN)
        streetWordsDE = set(GazetteerData.streetWordsDE)
        streetSuffixesDE = list(GazetteerData.streetSuffixesDE).map { Array($0.utf8) }.sorted { $0.count > $1.count }
        var last = [Bool](repeating: false, count: 256)
        for suf in streetSuffixesDE { last[Int(suf.last!)] = true }
        streetSuffixLastByte = last
        streetWordsFR = set(GazetteerData.streetWordsFR)
        unitWords = WordSet(list(GazetteerData.unitWordsEN) + list(GazetteerData.unitWordsDE) + list(GazetteerData.unitWordsFR))
        // USPS also delivers to the Freely Associated States (Palau, Micronesia, Marshall Islands).
        usStates = WordSet(list(GazetteerData.usStates) + ["pw", "fm", "mh"])
        stopwords = WordSet(list(Gazetteer.stopwordList) + list(GazetteerData.functionWords))
        personTitles = WordSet(list(GazetteerData.personTitles).map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 })
        particles = set(GazetteerData.surnameParticles)
    }

    /// A generated name list (one string, entries separated by "\n", see `NER/Data/PROVENANCE.md`) as a
    /// `WordSet`. The ~100 000 names are loaded on first use of `shared`, so this walks the UTF-8 once and
    /// makes one small string per entry, with no `split`/`lowercased` passes: the generator writes
    /// lower-case entries only (`GazetteerTests` checks it), and `WordKey` lower-cases again anyway.
    static func nameSet(_ s: String) -> WordSet {
        var s = s
        return s.withUTF8 { WordSet(Entries(bytes: $0)) }
    }

    /// The non-empty entries of a "\n"-separated UTF-8 buffer, in order.
    private struct Entries: Sequence, IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        /// Exact for a list without empty entries: lets `WordSet` size its key array once.
        var underestimatedCount: Int { var n = 1; for b in bytes where b == 0x0A { n += 1 }; return n }

        mutating func next() -> String? {
            while i < bytes.count {
                let start = i
                while i < bytes.count && bytes[i] != 0x0A { i += 1 }
                let end = i
                i += 1
                if end > start { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
            }
            return nil
        }
    }

    /// A German street word glued to a name: the token's lower-case bytes end with a suffix and a stem of
    /// at least `minStem` (and at most `maxStem`) bytes precedes it.
    func hasGermanStreetSuffix(_ t: UnsafeBufferPointer<UInt8>, _ tok: Token, minStem: Int = 2, maxStem: Int = 1 << 20) -> Bool {
        let s = Int(tok.start), e = Int(tok.end)
        guard e - s >= 3, streetSuffixLastByte[Int(ByteClass.lower(t[e - 1]))] else { return false }
        for suf in streetSuffixesDE where e - s >= suf.count + minStem && e - s - suf.count <= maxStem {
            var ok = true
            for k in 0..<suf.count where ByteClass.lower(t[e - suf.count + k]) != suf[k] { ok = false; break }
            if ok { return true }
        }
        return false
    }

    /// Capitalized words that start sentences or name things in shop text, never people:
    /// function words, greetings, months, weekdays, shop nouns (en/de/fr).
    static let stopwordList = """
    the\na\nan\nand\nor\nbut\nif\nthen\nmy\nyour\nour\nhis\nher\ntheir\nits\nthis\nthat\nthese\nthose\ni\nyou\nhe\nshe\nwe\nthey\nit\n\
    me\nhim\nus\nthem\nis\nare\nwas\nwere\nbe\nbeen\nam\nhave\nhas\nhad\ndo\ndoes\ndid\ncan\ncould\nwould\nshould\nwill\nshall\nmay\nmight\nmust\n\
    hi\nhello\nhey\ndear\nthanks\nthank\nplease\nregards\nbest\ncheers\nsincerely\nkind\nyes\nno\nok\nokay\nsorry\nwhy\nwhat\nwhen\nwhere\nwho\nhow\nwhich\n\
    in\non\nat\nto\nfor\nfrom\nwith\nwithout\nby\nof\nabout\nafter\nbefore\nsince\nuntil\nvia\nper\nas\nso\nalso\nstill\njust\nonly\nnot\nnow\ntoday\ntomorrow\nyesterday\n\
    customer\nclient\norder\norders\ncard\naccount\nholder\ndelivery\ndeliver\nshipping\nship\nparcel\npackage\ntracking\ninvoice\nbilling\naddress\nemail\ne-mail\nphone\n\
    mobile\nrefund\nreturn\nreplacement\npayment\ntotal\nprice\nbudget\nitem\nproduct\nsize\ncolor\ncolour\nblack\nwhite\nmodel\nversion\napp\nwebsite\nsite\nlogin\n\
    iban\nbic\nvisa\nmastercard\namex\npaypal\nklarna\nsku\nisbn\nean\nbarcode\ngift\nvoucher\ncoupon\ncode\nservice\nsupport\nteam\nshop\nstore\n\
    january\nfebruary\nmarch\napril\nmay\njune\njuly\naugust\nseptember\noctober\nnovember\ndecember\n\
    monday\ntuesday\nwednesday\nthursday\nfriday\nsaturday\nsunday\n\
    der\ndie\ndas\nden\ndem\ndes\nein\neine\neinen\neinem\neiner\nmein\nmeine\nmeinen\nmeinem\nmeiner\nihr\nihre\nihren\nsie\nich\nwir\ner\nes\nuns\n\
    und\noder\naber\nbitte\ndanke\nhallo\nguten\ntag\nmorgen\nabend\nliebe\nlieber\nsehr\ngeehrte\ngeehrter\ngrüße\ngruß\nmit\nfür\nvon\nvom\nzu\nzum\nzur\nbei\nan\nauf\naus\n\
    ist\nsind\nwar\nhabe\nhat\nkann\nkönnen\nwurde\nwird\nnicht\nkein\nkeine\nauch\nnoch\nschon\nheute\ngestern\n\
    kunde\nkundin\nbestellung\nkarte\nkonto\nkontoinhaber\nlieferung\nversand\npaket\nsendung\nsendungsnummer\nrechnung\nrechnungsadresse\nadresse\nartikel\nprodukt\n\
    zahlung\nbetrag\ngesamtbetrag\nbudget\ngröße\nfarbe\nschwarz\nweiß\ngutschein\ngeschenk\nbarcode\ntelefon\ntelefonnummer\nhandy\nhandynummer\nerstatten\nersatz\n\
    januar\nfebruar\nmärz\nmai\njuni\njuli\noktober\ndezember\nmontag\ndienstag\nmittwoch\ndonnerstag\nfreitag\nsamstag\nsonntag\n\
    le\nla\nles\nun\nune\ndes\ndu\nde\nmon\nma\nmes\nton\nta\nson\nsa\nses\nnotre\nvotre\nje\ntu\nil\nelle\nnous\nvous\nils\nelles\nce\ncet\ncette\nces\n\
    et\nou\nmais\nbonjour\nbonsoir\nsalut\nmerci\ncordialement\nmadame\nmonsieur\nchère\ncher\navec\npour\nsans\nsur\nsous\nchez\ndans\npar\nen\n\
    est\nsont\nétait\nai\na\nont\npeut\npouvez\nfaire\npas\nplus\naussi\nencore\naujourd'hui\nhier\n\
    commande\ncarte\ncompte\ntitulaire\nlivraison\ncolis\nsuivi\nfacture\nfacturation\nadresse\narticle\nproduit\npaiement\nmontant\ntaille\ncouleur\nnoir\nblanc\n\
    cadeau\nbon\ntéléphone\nportable\nremboursement\nremplacement\nvirement\n\
    janvier\nfévrier\nmars\navril\njuin\njuillet\naoût\nseptembre\noctobre\nnovembre\ndécembre\nlundi\nmardi\nmercredi\njeudi\nvendredi\nsamedi\ndimanche
    """
}
