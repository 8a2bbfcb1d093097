/// Word lists for PERSON and ADDRESS, built once per process from the compiled-in data
/// (`NER/Data/*.swift`, see PROVENANCE.md there) and the short hand-written lists below.
/// Keys are lower case.
final class Gazetteer: Sendable {
    let firstNames: Set<String>
    let ambiguousFirstNames: Set<String>
    let surnames: Set<String>
    let ambiguousSurnames: Set<String>
    let streetSuffixes: Set<String>      // EN suffixes and UK street words: "street", "st", "ave", "course"
    let streetWordsDE: Set<String>       // standalone: "Berliner Straße", "Am Markt"
    let streetSuffixesDE: [String]       // glued to the name: "Goethestraße", "Kochstr."
    let streetWordsFR: Set<String>       // a word before the name: "rue", "avenue"
    let personTitles: Set<String>
    let particles: Set<String>
    let unitWords: Set<String>
    let usStates: Set<String>
    let stopwords: Set<String>

    static let shared = Gazetteer()

    private init() {
        func set(_ s: String) -> Set<String> {
            Set(s.split(separator: "\n").map { String($0).lowercased() }.filter { !$0.isEmpty })
        }
        firstNames = set(GazetteerData.firstNames)
        ambiguousFirstNames = set(GazetteerData.ambiguousFirstNames)
        surnames = set(GazetteerData.surnames)
        ambiguousSurnames = set(GazetteerData.ambiguousSurnames)
        streetSuffixes = set(GazetteerData.streetSuffixesEN)
        streetWordsDE = set(GazetteerData.streetWordsDE)
        streetSuffixesDE = Array(set(GazetteerData.streetSuffixesDE)).sorted { $0.count > $1.count }
        streetWordsFR = set(GazetteerData.streetWordsFR)
        unitWords = set(GazetteerData.unitWordsEN).union(set(GazetteerData.unitWordsDE)).union(set(GazetteerData.unitWordsFR))
        // USPS also delivers to the Freely Associated States (Palau, Micronesia, Marshall Islands).
        usStates = set(GazetteerData.usStates).union(["pw", "fm", "mh"])
        stopwords = set(Gazetteer.stopwordList).union(set(GazetteerData.functionWords))
        personTitles = Set(set(GazetteerData.personTitles).map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 })
        particles = set(GazetteerData.surnameParticles)
    }

    func isName(_ w: String) -> Bool { firstNames.contains(w) || surnames.contains(w) }

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
