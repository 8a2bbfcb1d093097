/// PERSON: capitalized name sequences (with particles `van`, `von`, `de`, `le`, hyphenated and
/// apostrophe names, initials) found either after a cue (`my name is`, `Dear`, `Herr`, `Mme`,
/// `Kontoinhaber`, `livrer à`, a signature after `Regards,` …) or, without a cue, when the first
/// word is a known given name. Gazetteers: see `Gazetteer`.
final class PersonRecognizer: TokenRecognizer {
    static let entityTypes: [EntityType] = [.person]
    // Instance copies of the static tables: a `static let` read in the token loop costs a `swift_once` check
    // and a retain/release each time.
    let myAndWords = PersonRecognizer.andWords
    let myBei = PersonRecognizer.bei
    let myBrandNames = PersonRecognizer.brandNames
    let myBrands = PersonRecognizer.brands
    let myClosingLeads = PersonRecognizer.closingLeads
    let myClosings = PersonRecognizer.closings
    let mySameLineClosings = PersonRecognizer.sameLineClosings
    let myCopulas = PersonRecognizer.copulas
    let myCuesByLast = PersonRecognizer.cuesByLast
    let myGreetings = PersonRecognizer.greetings
    let myNotNames = PersonRecognizer.notNames
    let myParticles = PersonRecognizer.particles
    let myRingWords = PersonRecognizer.ringWords
    let myShortCues = PersonRecognizer.shortCues
    let mySizeWords = PersonRecognizer.sizeWords
    let mySuffixes = PersonRecognizer.suffixes
    let myTitlesWithoutDot = PersonRecognizer.titlesWithoutDot
    let myWeakClosings = PersonRecognizer.weakClosings
    // NER v2 tables (PersonContextRules.swift), built with the recognizer, not on first use inside a scan.
    let myLegalForms = PersonRecognizer.legalForms
    let myProductNouns = PersonRecognizer.productNouns
    nonisolated(unsafe) let myTopicBloom = PersonRecognizer.topicBloom
    let myMotionWords = PersonRecognizer.motionWords
    let myFromTo = PersonRecognizer.fromTo
    let myLabelNouns = PersonRecognizer.labelNouns
    let myNameColumnLabels = PersonRecognizer.nameColumnLabels
    let myNotNameColumnWords = PersonRecognizer.notNameColumnWords
    let myByWords = PersonRecognizer.byWords
    let myInitialLeads = PersonRecognizer.initialLeads
    let myRunThingWords = PersonRecognizer.runThingWords
    nonisolated(unsafe) let myRunThingBloom = PersonRecognizer.runThingBloom
    nonisolated(unsafe) let myBeforeThingBloom = PersonRecognizer.beforeThingBloom
    let myBeforeThingNouns = PersonRecognizer.beforeThingNouns
    let myThingArticles = PersonRecognizer.thingArticles
    let myThingLabels = PersonRecognizer.thingLabels
    let mySenderLabels = PersonRecognizer.senderLabels
    let myBeforeBranch = PersonRecognizer.beforeBranch
    // Round 4 brand grammar (PersonBrandGrammar.swift).
    let myMoreProductNouns = PersonRecognizer.moreProductNouns
    let myTradeNouns = PersonRecognizer.tradeNouns
    let mySouthernStreetWords = PersonRecognizer.southernStreetWords
    let myCommerceNouns = PersonRecognizer.commerceNouns
    let mySentNouns = PersonRecognizer.sentNouns
    let myTimeLeads = PersonRecognizer.timeLeads
    let myMonths = PersonRecognizer.months
    let myQuantifiers = PersonRecognizer.quantifiers
    let myFrContractions = PersonRecognizer.frContractions
    let myShopPreps = PersonRecognizer.shopPreps
    let myLandmarkWords = PersonRecognizer.landmarkWords
    let myOppositeHash = PersonRecognizer.oppositeHash
    let myPurchaseVerbs = PersonRecognizer.purchaseVerbs
    let myItemRefWords = PersonRecognizer.itemRefWords
    let mySameWords = PersonRecognizer.sameWords
    let myOrgNouns = PersonRecognizer.orgNouns
    let myNounArticles = PersonRecognizer.nounArticles
    let myLinkWords = PersonRecognizer.linkWords
    let myComplementPreps = PersonRecognizer.complementPreps
    let myTheHash = PersonRecognizer.theHash
    // Round 8 brand grammar (PersonBrandGrammar.swift).
    let myGroupNouns = PersonRecognizer.groupNouns
    let myGermanArticles = PersonRecognizer.germanArticles
    let myFrenchArticles = PersonRecognizer.frenchArticles
    let myTheyWords = PersonRecognizer.theyWords
    let mySchriebHash = WordKey.hash("schrieb")
    let myGermanIndefinites = PersonRecognizer.germanIndefinites
    let myGoodsNouns = PersonRecognizer.goodsNouns
    let myAHashEN = PersonRecognizer.aHashEN
    let myCounterWords = PersonRecognizer.counterWords
    let mySellerNouns = PersonRecognizer.sellerNouns
    let myKinSignWords = PersonRecognizer.kinSignWords
    let myKinPossessives = PersonRecognizer.kinPossessives
    let myViaHash = WordKey.hash("via")
    let myNextHash = PersonRecognizer.nextHash
    let myFaceHash = PersonRecognizer.faceHash
    let myAHash = PersonRecognizer.aHash
    let myEsHash = PersonRecognizer.esHash
    let myGibtHash = PersonRecognizer.gibtHash
    /// (Round 12: a review export's author keys, `"reviewer": "Rizky"`, `"auteur": "Olga"`, `"verfasser": "Thabo Nkosi"`.)
    let myJsonNameKeys = WordSet(["first", "last", "given", "family", "forename", "middle", "reviewer", "author", "auteur", "autor", "verfasser",
                                  "verfasserin"])
    let myToHash = WordKey.hash("to")
    let myNachHash = WordKey.hash("nach")
    let myAskVerbs = WordSet(["fragen", "verlangen", "melden", "wenden"])
    let myRelations = PersonRecognizer.relations
    let myRelationLeads = PersonRecognizer.relationLeads
    let myFromWords = WordSet(["aus", "de", "from", "von", "d'", "du", "vom"])
    /// Three hash compares, no set look-up: asked for every lower-case word that no cue precedes.
    let myHereHashes = (WordKey.hash("hier"), WordKey.hash("here"), WordKey.hash("ici"))
    let mySurnameFirstLeads = PersonRecognizer.surnameFirstLeads
    // Round 10 chat and role grammar (PersonChatGrammar.swift).
    let myNotSpeakers = PersonRecognizer.notSpeakers
    let myPersonRoles = PersonRecognizer.personRoles
    let myAppositionRoles = PersonRecognizer.appositionRoles
    let myRoleLeads = PersonRecognizer.roleLeads
    /// Closings after which a lower-case word closing the line signs whatever the gazetteers say ("lg kipchoge", "bisous sabbir").
    /// Hesitations in transcribed speech: "it's uh Ánte", "c'est euh Faizal", "hier ist ähm Debashish".
    static let fillerWords = ["uh", "um", "uhm", "erm", "er", "euh", "ähm", "äh", "hm", "hmm", "ehm", "eh"]
    let myFillers = WordSet(PersonRecognizer.fillerWords)
    /// One bit test per lower-case word that no cue precedes, before the set look-up.
    nonisolated(unsafe) let myFillerBloom = Bloom.make(PersonRecognizer.fillerWords)
    let myWorkLabelNouns = PersonRecognizer.workLabelNouns
    let mySizeLeads = PersonRecognizer.sizeLeads
    let myConjunctions = PersonRecognizer.conjunctionWords
    let mySpeechVerbs = PersonRecognizer.speechVerbs
    let myJsonThingKeys = PersonRecognizer.jsonThingKeys
    let myReadingVerbs = PersonRecognizer.readingVerbs
    let myNamesakeLeads = PersonRecognizer.namesakeLeads
    let myNamesakeVerbs = PersonRecognizer.namesakeVerbs
    let mySideWords = PersonRecognizer.sideWords
    let myParenRoles = PersonRecognizer.parenRoles
    let myNamingVerbs = PersonRecognizer.namingVerbs
    let myNamedThingNouns = PersonRecognizer.namedThingNouns
    let myMerchantFromWords = PersonRecognizer.merchantFromWords
    let mySubjectPPLeads = PersonRecognizer.subjectPPLeads
    let myPlacePrepositions = PersonRecognizer.placePrepositions
    // Round 12 subject grammar (PersonSubjectGrammar.swift).
    let mySubjectLeads = PersonRecognizer.subjectLeads
    let mySubjectAuxiliaries = PersonRecognizer.subjectAuxiliaries
    let myClauseJoiners = PersonRecognizer.clauseJoiners
    let myInvertingAuxiliaries = PersonRecognizer.invertingAuxiliaries
    let mySubjectAdverbs = PersonRecognizer.subjectAdverbs
    let myFirstPersonWords = PersonRecognizer.firstPersonWords
    let mySeasons = PersonRecognizer.seasons
    let myAuthorFromWords = PersonRecognizer.authorFromWords
    let myReplyNouns = PersonRecognizer.replyNouns
    let myObjectPronouns = PersonRecognizer.objectPronouns
    let myCompoundThingHeads = PersonRecognizer.compoundThingHeads
    let myFreeTextColumnWords = PersonRecognizer.freeTextColumnWords
    let myBareLabels = WordSet(["recipient", "empfänger", "empfängerin", "destinataire", "consignee", "addressee", "sender", "absender",
                                "expéditeur", "expediteur"])
    let myRoleArticles = PersonRecognizer.roleArticles
    let myPersonObjectVerbs = PersonRecognizer.personObjectVerbs
    let myHandOverParticiples = PersonRecognizer.handOverParticiples
    let myHandOverPrepositions = PersonRecognizer.handOverPrepositions
    let myOurWords = PersonRecognizer.ourWords
    let myDocumentTitles = PersonRecognizer.documentTitles
    let myDashDocumentTitles = PersonRecognizer.dashDocumentTitles
    let myDepartmentWords = PersonRecognizer.departmentWords
    nonisolated(unsafe) let mySeasonBloom = PersonRecognizer.seasonBloom
    let myBareClosings = WordSet(["lg", "vg", "mfg", "bisous", "bises", "grüessli", "xoxo"])
    static let surnameFirstLeads = WordSet(["under", "auf", "für", "for", "pour", "an", "to", "à", "is", "ist", "est", "yes", "oui", "ja"])
    enum Strength { case strong, medium, signature, greeting }

    /// The byte after a name that can open `relationAfter`: `(`, or the first letter of a copula.
    @inline(__always) static func mayBeRelationAfter(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "(") || b == UInt8(ascii: "i") || b == UInt8(ascii: "c") || b == UInt8(ascii: "e")
    }

    /// Cue phrases in en/de/fr, lower case, as words; matched right before the name (a `:` or `,`
    /// in between is allowed).
    static let strongCuePhrases: [String] = [
            "my name is", "name is", "i'm called", "name", "full name", "account holder", "cardholder", "card holder",
            "dear", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "attn", "c/o", "signed",
            "ich heiße", "mein name ist", "name ist", "kontoinhaber", "kontoinhaberin", "karteninhaber", "inhaber", "herr", "herrn", "frau",
            "hr", "fr", "sehr geehrter herr", "sehr geehrte frau", "z. hd", "zhd", "liebe", "lieber",
            "je m'appelle", "m'appelle", "mon nom est", "titulaire", "titulaire du compte", "m", "mme", "mlle", "madame", "monsieur", "cher", "chère",
            // Roles: whoever holds the card or account, receives the parcel, was verified on the phone.
            "recipient", "empfänger", "empfängerin", "destinataire", "karteninhaberin", "kontoinhaberin", "inhaberin", "titulaire de la carte",
            "verified as", "caller", "zu händen", "attention de", "à l'attention de", "a l'attention de", "for the attention of", "attention",
            "ansprechpartner", "ansprechpartnerin", "contact person", "addressee", "beneficiary", "begünstigter", "bénéficiaire", "consignee",
            // Naming verbs with their subject: "ich glaube sie hieß Annick", "her name was Nerys", "elle s'appelait Thaís".
            "sie hieß", "er hieß", "sie hiess", "er hiess", "sie heißt", "er heißt", "her name was", "his name was", "her name is", "his name is",
            "s'appelait", "s'appelle",
            "bestellt von", "commandé par", "commandée par", "passée par", "placed by", "ordered by",
            "applicant", "au nom de", "in the name of", "under the name", "auf den namen", "placed under", "signed for by", "im namen von",
            "collected by", "abgeholt von", "received by", "angenommen von", "unterschrieben von", "retiré par", "signé par", "reçu par",
            // Form labels and JSON keys.
            "nom", "prénom", "prenom", "vorname", "nachname", "familienname", "firstname", "lastname", "fullname", "givenname", "surname",
            "first name", "last name", "given name", "family name", "nom de famille", "customer name", "client name", "kundenname",
            "nom complet", "sender", "absender", "expéditeur", "expediteur", "contact name", "billing name", "shipping name",
            // Relations (`relationWords`).
            // Birthday wishes name whom they are for: "Happy birthday Ilmari!", "Joyeux anniversaire Nikau-Sizwe !".
            "happy birthday", "joyeux anniversaire", "bon anniversaire", "alles gute zum geburtstag", "zum geburtstag",
            // Who lives there (delivery notes).
            "doorbell", "bell", "letterbox", "mailbox", "buzzer", "klingel", "klingelschild", "briefkasten", "sonnette", "interphone", "boîte aux lettres",
            "sonner chez", "sonnez chez", "sonne chez", "déposer chez", "deposer chez", "laisser chez", "livrer chez", "remettre chez", "habite chez", "voir chez", "colis chez",
            "leave with", "leave it with", "left with", "left it with", "ask for", "name on door", "name on the door", "familie", "famille", "family",
            "bei familie", "chez la famille", "chez famille",
            "demander", "demandez", "namens", "someone called", "somebody called", "a man called",
            "a woman called", "a guy called", "a lady called", "bin die", "bin der", "name on box", "name on the box", "name on the parcel",
            // Round 11: "a certain X" introduces a person the writer does not know; a signature names its signer
            // ("Un certain Driton Gashi reçoit mon courrier", "als Unterschrift „Cheung“", "le colis a été signé « Diop »").
            "un certain", "une certaine", "ein gewisser", "eine gewisse", "einem gewissen", "einer gewissen", "a certain", "a mr", "a mrs",
            "unterschrift", "unterschrieben", "signé", "signée", "signature",
            // Round 12: a review platform's byline names its writer ("Verified purchase · Tsogt Ganbold · 3 Nov 2026").
            "verified purchase", "verified buyer", "verifizierter kauf", "achat vérifié", "avis vérifié",
            // An invoice's or a letter's contact line names a person: "Votre interlocuteur : Glodie Lukusa, Conseillère clientèle".
            "votre interlocuteur", "votre interlocutrice", "interlocuteur", "interlocutrice", "your contact", "ihr ansprechpartner",
            "ihre ansprechpartnerin",

        ]
    static let mediumCuePhrases: [String] = [
            "this is", "i am", "i'm", "it's", "here is", "from", "customer", "client", "buyer", "recipient", "contact", "for my",
            "my sister", "my brother", "my mother", "my father", "my wife", "my husband", "my son", "my daughter", "my friend", "my colleague",
            "deliver to", "ship to", "send to", "replacement to", "gift for", "present for", "on behalf of", "ordered by", "signed by",
            "hier ist", "ich bin", "hier spricht", "hier nochmal", "its", "c", "bin", "hey hier", "hallo hier", "hi hier", "moin hier", "servus hier",
            "my bf", "my gf", "mein freund", "meine freundin", "mon copain", "ma copine", "käufer", "käuferin", "acheteur", "acheteuse",
            // (And the other side of a marketplace conversation, round 12: "vendeur · andreea p.", "seller · Rubén P.".)
            "seller", "verkäufer", "verkäuferin", "vendeur", "vendeuse",
            // Shipping labels whose name stands on the next line (an address block): "Ship to:\nX", "À expédier à :\nX".
            "postage to", "shipping to", "versand an", "senden an", "expédier à", "envoyez-le à", "envoyer à", "envoyez à", "merci", "thanks", "danke", "grüß", "grüss", "dis merci à", "kunde", "kundin", "empfänger", "lieferung an", "bitte an", "geschenk für", "für meine", "für meinen",
            "im auftrag von", "von", "kontakt",
            "engineer", "technician", "techniker", "technikerin", "technicien", "technicienne", "driver", "fahrer", "fahrerin", "livreur",
            "livreuse", "courier", "agent", "advisor", "adviser", "berater", "beraterin", "conseiller", "conseillère",
            "registered to", "registriert auf", "livraison pour", "colis pour", "paket für", "is for", "ist für", "est pour",
            "c'est", "je suis", "ici", "le client", "la cliente", "client", "cliente", "destinataire", "livrer à", "livraison à",
            "remplacement à", "cadeau pour", "pour ma", "pour mon", "de la part de",
            // The object between verb and recipient: "Deliver it to X at …", "hand it to X", "Abholen kommt X".
            "deliver it to", "send it to", "ship it to", "bring it to", "give it to", "hand it to", "post it to",
            "deliver them to", "send them to", "abholen kommt", "abholen wird",
            // Who did it, in a chat: "me?? no it was maka javakhishvili", "ich nich, das war björn lindqvist".
            "it was", "das war", "c'était",
            // Whose parcels, whose birthday, whom to tell: "Parcels for X", "Les colis de X", "pour l'anniversaire de X",
            // "zum Geburtstag von X", "tu peux dire à X".
            "parcel for", "parcels for", "package for", "packages for", "colis de", "pakete von", "anniversaire de", "l'anniversaire de",
            "geburtstag von", "birthday of", "dire à", "dis à", "dites à",
            // Round 11: the addressee of a verb of saying, asking, thanking or meeting is a person ("Ask Einar at the front
            // desk", "Fragen Sie Svenja an der Information", "Merci à Amra pour la relance", "I spoke to Thanawat").
            "ask", "tell", "thanks to", "thank", "merci à", "danke an", "dank an", "fragen sie", "sagen sie", "demandez à", "demande à",
            "i met", "met with", "spoke to", "spoke with", "talked to", "handed it to", "rencontré", "parlé à", "parlé avec", "invitez",
            "gesprochen mit", "telefoniert mit",
        ]
    static let cues: [([UInt64], Strength)] = {
        let strong = strongCuePhrases
        let medium = mediumCuePhrases
        // Tokens carry no trailing dot ("z. Hd." is `z` `.` `Hd` `.`), so neither do the cue words.
        func words(_ c: String) -> [UInt64] { c.split(separator: " ").map { WordKey.hash(String($0.hasSuffix(".") ? $0.dropLast() : $0)) } }
        var all: [([UInt64], Strength)] = (strong + relationWords).map { (words($0), .strong) }
        all += medium.map { (words($0), .medium) }
        return all
    }()
    /// Relations, step- and in-law relations, god-relations and the engaged: cues before a name ("my
    /// daughter Zarghuna"), and, named in apposition or after the name, cues of their own (`relationAfter`).
    static let relationWords: [String] = [
            "daughter", "my son", "our son", "husband", "wife", "partner", "sister", "brother", "mother", "father", "mum", "mom", "dad", "aunt", "uncle",
            "grandmother", "grandfather", "grandma", "grandpa", "niece", "nephew", "cousin", "neighbour", "neighbor", "colleague", "flatmate", "roommate",
            "tochter", "sohn", "mann", "ehemann", "ehefrau", "schwester", "bruder", "mutter", "vater", "mama", "papa", "tante", "onkel", "oma", "opa",
            "nichte", "neffe", "nachbar", "nachbarin", "nachbarn", "kollege", "kollegin", "mitbewohner", "mitbewohnerin", "lebensgefährte", "lebensgefährtin",
            "fille", "fils", "mari", "épouse", "époux", "femme", "sœur", "soeur", "frère", "frere", "mère", "mere", "père", "pere", "tante", "oncle",
            "grand-mère", "grand-père", "nièce", "neveu", "voisin", "voisine", "collègue", "colocataire", "cousine",
            // In-laws and step-relations: "my mother-in-law Adwoa Boateng", "mon beau-père Dries Dewulf".
            "mother-in-law", "father-in-law", "sister-in-law", "brother-in-law", "son-in-law", "daughter-in-law", "stepmother", "stepfather",
            "stepson", "stepdaughter", "schwiegermutter", "schwiegervater", "schwiegersohn", "schwiegertochter", "schwager", "schwägerin",
            "stiefmutter", "stiefvater", "beau-père", "belle-mère", "beau-frère", "belle-sœur", "belle-soeur", "gendre", "belle-fille", "beau-fils",
            // God-relations and the engaged: "my goddaughter Zarghuna", "mon filleul Levente", "mein Patenkind Ilmari".
            "goddaughter", "godson", "godchild", "godmother", "godfather", "fiancé", "fiancée", "boyfriend", "girlfriend", "patenkind",
            "patentochter", "patensohn", "patin", "verlobte", "verlobter", "filleul", "filleule", "marraine", "parrain",
        // People around the home, named by what they are to the writer.
        "caretaker", "janitor", "concierge", "landlord", "landlady", "nanny", "babysitter", "cleaner", "housekeeper", "carer",
        "hausmeister", "hausmeisterin", "vermieter", "vermieterin", "putzfrau", "pflegerin", "pfleger", "betreuerin", "betreuer",
        "gardien", "gardienne", "propriétaire", "nounou", "aide-soignante", "femme de ménage",
    ]
    /// The single-word relations and roles, as a set.
    static let relations = WordSet(relationWords.filter { !$0.contains(" ") })
    /// Possessives and articles that put a relation in apposition or after a copula: "my neighbour, X",
    /// "X is the caretaker", "X ist unser Hausmeister", "X c'est la gardienne", "X (mon voisin)".
    static let relationLeads = WordSet(["my", "our", "the", "his", "her", "their", "mein", "meine", "meinem", "meiner", "unser",
        "unsere", "unserem", "der", "die", "mon", "ma", "mes", "notre", "nos", "la", "le", "son", "sa", "wohnt"])
    static let cuesByLast: [UInt64: [([UInt64], Strength)]] = Dictionary(grouping: cues, by: { $0.0.last! })
    /// Cue words that are one or two letters ("m", "fr", "hr"): abbreviations that need their dot.
    static let shortCues = WordSet(["m", "fr", "hr", "mr", "ms", "dr", "mx"])

    /// Greetings: a capitalized word right after one is a given name unless it is a group word.
    static let greetings = WordSet(greetingWords)
    static let greetingWords = [
        "hi", "hey", "hello", "hallo", "servus", "moin", "moin moin", "bonjour", "coucou", "salut", "bonsoir", "hej", "hoi", "grüezi",
        "ciao", "hiya", "howdy", "moien", "morning", "evening", "afternoon", "tag", "abend", "grüß", "gruezi", "salü", "yo", "heya", "slt", "bjr",
    ]
    /// Words that follow a greeting or a closing but name no person: "Hi team", "Regards, Support Team".
    static let notNames = WordSet([
        "team", "support", "service", "kundenservice", "kundendienst", "kundensupport", "everyone", "everybody", "all", "folks", "guys",
        "there", "again", "zusammen", "leute", "alle", "allerseits", "tous", "toutes", "ensemble", "équipe", "l'équipe", "equipe", "admin",
        "staff", "crew", "sales", "billing", "helpdesk", "hotline", "kundenbetreuung", "gmbh", "ag", "ltd", "inc", "llc", "sas", "sarl", "kg",
        "shop", "store", "boutique", "service-team", "customer", "kunde", "your", "ihr", "ihre", "votre", "the", "sent", "gesendet", "envoyé",
        "world", "welt", "friend", "friends", "gott", "sir", "madam", "monsieur", "madame", "messieurs", "mesdames", "damen", "herren",
    ])
    /// Person names that are shop and fashion brands: the pair (first, last word) is no person.
    static let brandNames: Set<UInt64> = {
        let pairs = [
            "tommy hilfiger", "john lewis", "ralph lauren", "calvin klein", "hugo boss", "marc o'polo", "leroy merlin", "albert heijn",
            "marie curie", "giorgio armani", "karl lagerfeld", "christian dior", "louis vuitton", "coco chanel", "tom tailor", "tom ford",
            "kate spade", "michael kors", "paul smith", "ted baker", "fred perry", "ben sherman", "stella mccartney", "jack wolfskin",
            "peter hahn", "victoria beckham", "jean paul", "yves rocher", "franck provost", "jacques dessange", "marks spencer",
            "ben jerry's", "mary jane", "tony hawk", "bruno banani", "marc cain", "betty barclay", "gerry weber", "jack jones",
            "vivienne westwood", "alexander mcqueen", "jimmy choo", "dr martens", "tim hortons", "wendy's", "jean louis", "laura ashley",
        ]
        var s = Set<UInt64>()
        for p in pairs {
            let w = p.split(separator: " ")
            s.insert(PersonRecognizer.pairKey(WordKey.hash(String(w.first!)), WordKey.hash(String(w.last!))))
        }
        return s
    }()
    @inline(__always) static func pairKey(_ a: UInt64, _ b: UInt64) -> UInt64 { a &* 31 ^ b }
    /// After "bei X": "klingeln" makes X the resident.
    static let ringWords = WordSet(["klingeln", "läuten", "klingel", "abgeben", "abgegeben", "hinterlegen", "hinterlegt"])
    /// Words before a name in a comma-separated form: "Brinkmann, Gesine" is one name there.

    /// Words after which a name follows on the next line or after a comma: signatures.
    static let closings = WordSet([
        "regards", "best", "cheers", "thanks", "thank", "sincerely", "yours", "wishes",
        "grüße", "grüßen", "gruß", "grüsse", "danke", "viele", "herzlich",
        "cordialement", "salutations", "amitiés", "merci", "bisous", "sincères",
        "bises", "lg", "vg", "mfg", "grüessli", "gruss", "care", "soon", "wishes", "bientôt", "vous", "toi", "respectfully", "warmly", "xoxo",
        "dank", "dankeschön", "gràce", "remerciements", "salut", "ciao", "tschüss", "tschüs", "bye", "hochachtungsvoll", "di",
        "greetings", "grüessli", "bises", "baci", "love",
    ])
    /// Closing nouns and abbreviations that sign on their own line's start with the name after them: "LG Cody", "Gruß Gerhard".
    /// (Not "danke"/"thanks"/"merci": "Danke Schön", "Thanks Team".)
    static let sameLineClosings = WordSet(["lg", "vg", "mfg", "thx", "gruß", "gruss", "grüße", "grüsse", "bises", "bisous", "cheers", "regards",
                                           "cordialement", "amitiés", "salutations", "grüessli"])
    /// Token `j` opens its line: at the text start, after a newline, or after a quote marker `>` that does.
    /// (One word before it is allowed: "Viele Grüße Anna", "Kind regards Ama".)
    func lineOpens(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ j: Int) -> Bool {
        func opens(_ k: Int) -> Bool {
            if k == 0 || tokens[k - 1].kind == .newline { return true }
            return tokens[k - 1].kind == .punct && t[Int(tokens[k - 1].start)] == UInt8(ascii: ">") && (k == 1 || tokens[k - 2].kind == .newline)
        }
        return opens(j) || j > 0 && tokens[j - 1].kind == .word && opens(j - 1)
    }
    /// A closing formula's word that is also an ordinary word needs a word before it ("Bien à vous", "Take care").
    static let weakClosings = WordSet(["vous", "toi", "care", "soon", "bientôt", "salut", "ciao", "bye", "di", "love"])
    static let closingLeads = WordSet(["à", "a", "take", "speak", "talk", "see", "hear", "bien", "ciao", "bye", "pfiat", "with", "lots", "much", "all"])

    static let particles = WordSet([
        "van", "von", "der", "den", "de", "du", "des", "la", "le", "di", "da", "del", "della", "dos", "das", "ten", "ter",
        "zu", "vom", "zur", "bin", "al", "el", "mc", "d'", "st", "y",
    ])
    static let titlesWithoutDot = WordSet(["mr", "ms", "dr", "mrs", "mx"])
    /// Last words of the strong cues after which a lower-case name is accepted.
    static let lowerCaseCueEnds = WordSet(lowerCaseCueEndWords)
    /// A 4096-bit Bloom filter over `lowerCaseCueEnds`: every lower-case word asks it about the word before,
    /// and a bit test is a fraction of a set look-up. (4096 bits since round 11 added the strong cues' last words: about
    /// 400 words set under a tenth of the bits, fewer false hits than the 130 words had in 1024.)
    nonisolated(unsafe) static let lowerCueBloom: UnsafePointer<UInt64> = Bloom.make4k(lowerCaseCueEndWords)
    static let lowerCaseCueEndWords = (["is", "ist", "est", "heiße", "m'appelle", "appelle", "name", "nom", "holder", "kontoinhaber", "titulaire", ":",
        "c'est", "hi", "hey", "hello", "hallo", "moin", "servus", "bonjour", "salut", "coucou", "daughter", "my son", "our son", "husband", "wife",
        "tochter", "sohn", "mann", "fille", "fils", "mari", "femme", "neighbour", "neighbor", "nachbar", "nachbarin", "voisin", "voisine",
        "herr", "frau", "herrn", "mrs", "madame", "monsieur", "mme", "mr", "ms", "miss", "son", "i'm", "bin", "it's", "flatmate", "roommate", "sister", "brother", "mum", "mom", "dad", "friend", "colleague",
        "partner", "schwester", "bruder", "freund", "freundin", "soeur", "sœur", "frère", "ami", "amie", "slt", "bjr",
        // Parents and chat cues: "an meinen papa gust kremer", "à ma mère mireille thill", "hey its jenna", "slt c loïc", "hier nochmal uwe".
        "papa", "mama", "maman", "mère", "mere", "père", "pere", "mutter", "vater", "its", "c", "nochmal", "yo", "moien", "merci", "thanks", "danke",
        "grüß", "grüss", "heya", "hiya", "hier", "bf", "gf", "copain", "copine",
        // A sign-off line in sloppy chat ("lg kipchoge", "bisous sabbir", "thx brittany"; see `lowerSignOff`), and the
        // third party in "no it was yuval friedman", "das war björn lindqvist", "c'était akouvi".
        "lg", "vg", "mfg", "thx", "bisous", "bises", "cheers", "grüessli", "xoxo", "was", "war", "c'était",
        // "leave it with åsa strand", "tu peux dire à sōta yamamoto" (only where a cue phrase ends with the word).
        "with", "à"]) + cueLastWords
    /// Round 11: sloppy text drops the capitals, not the grammar, so every strong cue phrase that introduces a capitalized
    /// name introduces a lower-case one ("my cousin davit tsiklauri", "ma collègue ilaria marchetti", "someone called
    /// rosalind penrose"); the lower-case word must still be a known given name (or follow a title), and the phrase must
    /// match whole. (Not the medium cues: "the shelf from wilko" is a shop.) Their last words, with no trailing dot:
    /// tokens carry none. Frequent function words ("of", "by", "de", "der", "von") stay out: every lower-case word after one
    /// would pay the look-ups, and the hand list above keeps the few that matter ("with", "à", "is"); the rarer "chez" and
    /// "par" stay in ("sonner chez haddad", "commandé par ines").
    static let cueLastWords: [String] = (strongCuePhrases + relationWords).compactMap {
        let w = String($0.split(separator: " ").last ?? "")
        let word = w.hasSuffix(".") ? String(w.dropLast()) : w
        return Gazetteer.shared.stopwords.contains(word) && word != "chez" && word != "par" ? nil : word
    }
    static let copulas = WordSet(["is", "was", "ist", "war", "est", "était", "heißt", "s'appelle", "says", "reads", "marked", "labelled", "labeled",
        "shows", "lautet", "steht", "indique", "named", "called", "namens", "nommé", "nommée", "appelé", "appelée", "marquée", "marqué",
        "beschriftet", "says"])
    static let suffixes = WordSet(["jr", "sr", "ii", "iii", "iv", "jun", "sen"])

    /// Brands and products whose names are also given names or surnames ("Nike Air Max", "Dyson V15").
    static let brands = WordSet(brandWords)
    /// Titles, brands and greetings: never a name's first word. One Bloom test per capitalized word before the three look-ups.
    nonisolated(unsafe) static let notFirstBloom: UnsafePointer<UInt64> = Bloom.make(brandWords + greetingWords
        + GazetteerData.personTitles.split(separator: "\n").map { String($0.hasSuffix(".") ? $0.dropLast() : $0).lowercased() })
    static let brandWords = [
        "nike", "adidas", "puma", "reebok", "asics", "apple", "samsung", "sony", "galaxy", "iphone", "ipad", "macbook", "pixel",
        "xbox", "playstation", "nintendo", "lego", "ikea", "dyson", "bosch", "siemens", "miele", "philips", "canon", "nikon",
        "dell", "lenovo", "asus", "acer", "huawei", "xiaomi", "google", "amazon", "alexa", "kindle", "zalando", "otto", "ebay",
        "paypal", "klarna", "dhl", "hermes", "fedex", "colissimo", "chronopost", "zara", "uniqlo", "mango", "levi's", "levis",
        "tesla", "porsche", "mercedes", "audi", "bmw", "volkswagen", "renault", "peugeot", "shopify", "magento", "stripe",
        // Parcel carriers: "the parcel left with Fastway", "Verpackung von Mondial Relay".
        "fastway", "evri", "postnord", "dpd", "gls", "ups", "usps", "bpost", "postnl", "mondial", "yodel", "parcelforce", "purolator",
        // Holidays that are no given names: "Christmas Eve", "Heiligabend" (but Noël, Silvester and Toussaint are names).
        "christmas", "xmas", "easter", "thanksgiving", "halloween", "weihnachten", "heiligabend", "ostern", "pfingsten",
        "pâques", "valentine's", "valentines",
    ]

    func run(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ gz: Gazetteer, into out: inout [Candidate]) {
        scan(t, tokens, gz, into: &out)
    }

    func scan(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ gz: Gazetteer, into out: inout [Candidate]) {
        var i = 0
        let n = tokens.count
        // A local copy: a `static let` read per token costs a `swift_once` check each time.
        let lowerCaseCueEnds = PersonRecognizer.lowerCaseCueEnds
        let lowerCueBloom = PersonRecognizer.lowerCueBloom
        let notFirstBloom = PersonRecognizer.notFirstBloom
        let hierH = myHereHashes.0, hereH = myHereHashes.1, iciH = myHereHashes.2
        // The last token of the latest run found to be a brand or a shop: its conjunct is one too ("All X and Y returns").
        var thingEnd = -1
        // The last labelled line of a chat transcript already confirmed (`chatSpeaker`).
        var chatUntil = -1
        var chatStamped = false
        // The parts of the names found so far, and how many candidates they cover (`PersonEchoes.swift`).
        var echoes = NameEchoes()
        // The table's bit mask in a local: the test per word then touches no 144-byte struct (asking the struct itself
        // cost a copy of it per word).
        var echoMask: UInt64 = 0
        var recorded = out.count
        var echoStart = 0, echoEnd = -1
        while i < n {
            let tok = tokens[i]
            guard tok.kind == .word else { i += 1; continue }
            // The echo pending from the word before stands if the rules below found nothing there.
            if echoEnd >= 0 {
                if out.count == recorded { out.append(Candidate(start: echoStart, end: echoEnd, type: .person, score: 0.8)); recorded = out.count }
                echoEnd = -1
            }
            // (Only at words of three letters or more, the only ones an echo can start with: the look-up of the
            // candidate count is a call, and this runs for every word.)
            if tok.end - tok.start >= 3 && out.count > recorded {
                recordEchoes(t, tokens, before: i, gz, out, from: recorded, into: &echoes); recorded = out.count; echoMask = echoes.mask
            }
            // A part of a name found earlier in the message names that person again, in any context: kept pending, so a
            // name the rules below find whole ("Anna" echoed, "Anna Weber" found) keeps its span.
            if echoMask & (1 << (tok.hash & 63)) != 0, let e = echoAt(tokens, i, gz, &echoes) { echoStart = Int(tok.start); echoEnd = Int(tokens[e].end) }
            // A table whose header names a name column ("Nachname;Vorname;Ort"): its cells are names.
            if tok.next == UInt8(ascii: ";") || tok.next == UInt8(ascii: ",") || tok.next == UInt8(ascii: "|") || tok.next == UInt8(ascii: "_"),
               (i == 0 || tokens[i - 1].kind == .newline) && i + 2 < n && tokens[i + 1].kind == .punct,
               case var freeText = false, let after = table(t, tokens, i, into: &out, freeText: &freeText) { i = freeText ? i + 1 : after; continue }
            // "↳ Reply from Sabine (Chez Fatou): Thanks …": a reply's author, named before the bracketed shop (round 12).
            if tok.cap && i >= 2 && (tok.next == UInt8(ascii: "(") || ByteClass.isUpper(tok.next)) && tokens[i - 1].kind == .word,
               let last = replyAuthor(t, tokens, i, gz) {
                out.append(Candidate(start: Int(tok.start), end: Int(tokens[last].end), type: .person, score: 0.85))
                // The bracket names the shop or team the author answers for ("(Nisa Local)"): skipped, no name.
                i = last + 2
                while i < n && !(tokens[i].kind == .punct && t[Int(tokens[i].start)] == UInt8(ascii: ")")) { i += 1 }
                continue
            }
            // "arash: guys who ordered the blender": a speaker's label in a chat transcript, whatever its case.
            // (Also "name (hh:mm): …", "<name> …" and two-word labels: "[11:05] Mursal Popalzai: …".)
            if i == 0 || tokens[i - 1].kind != .word,
               tok.next == UInt8(ascii: ":") || tok.next == UInt8(ascii: "(") || tok.next == UInt8(ascii: ">")
                || i + 1 < n && tokens[i + 1].kind == .word && (tokens[i + 1].next == UInt8(ascii: ":") || tokens[i + 1].next == UInt8(ascii: "(")
                                                                || tokens[i + 1].next == UInt8(ascii: ">")),
               let last = chatSpeaker(t, tokens, i, gz, &chatUntil, &chatStamped) {
                out.append(Candidate(start: Int(tok.start), end: Int(tokens[last].end), type: .person, score: 0.85))
                i = last + 1; continue
            }
            // Lower-case words are names only right after a cue ("my name is aurelio …", "hi anna").
            var particleStart = false
            var lowerSign = false
            if !tok.cap {
                // "klingeln bei eze oder nieminen", "sonner chez malik ou choi", "oladipo / baran": the conjunct of a name just
                // found is a person too (coordination shares its kind), whatever the case.
                // (The conjunction first: this runs for every lower-case word, and `out.last` copies a candidate.)
                if i >= 2, tok.end - tok.start >= 3,
                   tokens[i - 1].kind == .word ? tokens[i - 1].end - tokens[i - 1].start <= 4 && myConjunctions.contains(tokens[i - 1])
                                               : tokens[i - 1].kind == .punct && t[Int(tokens[i - 1].start)] == UInt8(ascii: "/"),
                   let last = out.last, last.end == Int(tokens[i - 2].end), last.type == .person,
                   !gz.stopwords.contains(tok), !gz.ambiguousFirstNames.contains(tok), !gz.ambiguousSurnames.contains(tok),
                   // A known name, or the found one was written in lower case too ("et toute l'équipe" is no name).
                   gz.firstNames.contains(tok) || gz.surnames.contains(tok) || ByteClass.isLower(t[last.start]) {
                    out.append(Candidate(start: Int(tok.start), end: Int(tok.end), type: .person, score: last.score))
                    i += 1; continue
                }
                // "destinataire : anahera te whata", "käufer · kojo a.": a labelled line's lower-case value (round 12).
                if i >= 2, tokens[i - 1].kind == .punct, tokens[i - 2].kind == .word, let last = lowerLabelRun(t, tokens, i, gz) {
                    var end = Int(tokens[last].end)
                    if tokens[last].dot && tokens[last].end - tokens[last].start == 1 { end += 1 }
                    out.append(Candidate(start: Int(tok.start), end: end, type: .person, score: 0.85))
                    i = last + 1; continue
                }
                // "Herr von Arnim", "Mme de La Tour": a particle right after a title starts the name.
                // Cheap tests first: this runs for every lower-case word.
                particleStart = i + 1 < n && tokens[i + 1].cap && i > 0 && (tokens[i - 1].kind == .word && tokens[i - 1].cap || i > 1 && tokens[i - 1].kind == .punct && tokens[i - 2].cap)
                    && tokens[i + 1].kind == .word && myParticles.contains(tok)
                    && (tokens[i - 1].kind == .word && gz.personTitles.contains(tokens[i - 1])
                        || tokens[i - 1].kind == .punct && gz.personTitles.contains(tokens[i - 2]))
                if !particleStart && !(i > 0 && tokens[i - 1].kind == .word && Bloom.test4k(lowerCueBloom, tokens[i - 1].hash)
                                       && lowerCaseCueEnds.contains(tokens[i - 1]))
                    // "hi it's uh ánte turi": a hesitation between the cue and the name.
                    && !(i > 1 && tokens[i - 1].kind == .word && tokens[i - 1].end - tokens[i - 1].start <= 4 && Bloom.test(myFillerBloom, tokens[i - 1].hash)
                         && myFillers.contains(tokens[i - 1])
                         && tokens[i - 2].kind == .word && lowerCaseCueEnds.contains(tokens[i - 2]))
                    // "Käufer: dalia", "Buyer: vinícius": a person label and its colon before a lower-case given name.
                    && !(i > 1 && tokens[i - 1].kind == .punct && t[Int(tokens[i - 1].start)] == UInt8(ascii: ":") && tokens[i - 2].kind == .word
                         && myCuesByLast[tokens[i - 2].hash] != nil)
                    && !((tok.next == UInt8(ascii: "h") || tok.next == UInt8(ascii: "i")) && i + 1 < n && (tokens[i + 1].hash == hierH || tokens[i + 1].hash == hereH || tokens[i + 1].hash == iciH) && tokens[i + 1].kind == .word
                         && (i == 0 || tokens[i - 1].kind != .word || myGreetings.contains(tokens[i - 1]))) { i += 1; continue }
                // After a cue, a lower-case word is a name only when it is a known given name, or a surname after a title
                // ("it's broken", "i'm looking" stop here with one look-up).
                lowerSign = tok.next == 0x0A || i + 1 == n ? lowerSignOff(t, tokens, i, gz) : false
                if !particleStart && !lowerSign && !gz.firstNames.contains(tok) && !(i > 0 && tokens[i - 1].kind == .word && gz.personTitles.contains(tokens[i - 1]))
                    && !(gz.surnames.contains(tok) && !gz.stopwords.contains(tok)) {
                    i += 1; continue
                }
            }
            // "1 x Jane Eyre (paperback)", "2 × Harry Potter  19,90 €": an invoice's or a packing slip's line item is a quantity
            // times an article, so the capitalized run (a title too: "1 x Madame Bovary") after the multiplication sign names a thing (round 12).
            if i >= 2 && tokens[i - 2].kind == .number && tokens[i - 2].end - tokens[i - 2].start <= 4
                && (tokens[i - 1].kind == .word ? tokens[i - 1].end - tokens[i - 1].start == 1 && t[Int(tokens[i - 1].start)] | 0x20 == UInt8(ascii: "x")
                    : tokens[i - 1].kind == .punct && t[Int(tokens[i - 1].start)] == 0xC3 && t[Int(tokens[i - 1].start) + 1] == 0x97) {
                var k = i + 1
                // (A title's dot stays inside the run: "1 x Mr. Muscle", "3 x Dr. Oetker Pulli".)
                while k < n && tokens[k - 1].next != 0x0A
                    && (tokens[k].kind == .word && tokens[k].cap || tokens[k].kind == .punct && tokens[k - 1].dot && t[Int(tokens[k].start)] == UInt8(ascii: ".")) { k += 1 }
                thingEnd = k - 1
                i = k; continue
            }
            // Cheap look-ups first: most capitalized words are neither names nor after a cue.
            // A hyphenated given name counts by its first part: "Hans-Wilhelm", "Anna-Lena".
            var first = tok
            var hyphenGiven = false
            // (Scanned here, for capitalized words only: a flag set by the tokenizer cost more, on every word.)
            if tok.end - tok.start >= 6, let dash = (Int(tok.start) + 2..<Int(tok.end) - 2).first(where: { t[$0] == UInt8(ascii: "-") }) {
                first.hash = WordKey.hash(t.baseAddress!, Int(tok.start), dash)
                var second = tok
                second.hash = WordKey.hash(t.baseAddress!, dash + 1, Int(tok.end))
                hyphenGiven = gz.firstNames.contains(first) && gz.firstNames.contains(second)
            }
            let nameLike = gz.firstNames.contains(first) || gz.ambiguousFirstNames.contains(first) || gz.surnames.contains(first)
            // "A. Kowalewska", "E. Griffiths": a one-letter initial is no function word.
            let initialStart = tok.end - tok.start == 1 && tok.dot && i + 2 < n && tokens[i + 2].kind == .word && tokens[i + 2].cap
                && looksLikeInitial(t, tokens, i)
            let stop = gz.stopwords.contains(tok) && !initialStart
            if stop && !nameLike && !particleStart { i += 1; continue }
            // A title is the next name's cue, not a name ("Dear Mr. Thompson"); brands and greetings are not people.
            if Bloom.test(notFirstBloom, tok.hash) && (gz.personTitles.contains(tok) || myBrands.contains(tok) || myGreetings.contains(tok)) { i += 1; continue }
            // "HUBER Theresa": a surname in capitals before a known given name (forms, lists).
            let upperFirst = tok.allCaps && tok.end - tok.start >= 3 && i + 1 < n && tokens[i + 1].kind == .word && tokens[i + 1].cap
                && !tokens[i + 1].allCaps && gz.firstNames.contains(tokens[i + 1]) && !gz.stopwords.contains(tokens[i + 1])
            // The cue (if any) right before this word; without one only a known given name can start a name.
            var cue = cueBefore(t, tokens, i, gz)
            // "bei Hinrichsen klingeln": the resident, found by the word after the name.
            if cue == nil, i > 0, tokens[i - 1].kind == .word, t[Int(tokens[i - 1].start)] | 0x20 == UInt8(ascii: "b"), myBei.contains(tokens[i - 1]), tok.cap,
               myCuesByLast[tok.hash] == nil {
                var k = i + 1
                while k < n && k <= i + 3 && tokens[k].kind == .word && tokens[k].cap { k += 1 }
                if k < n, tokens[k].kind == .word, myRingWords.contains(tokens[k]) { cue = .strong }
                // "bei Stöckl im EG abgeben": a few more words of the clause before the ring word.
                else {
                    while k < n && k <= i + 5 && tokens[k].kind == .word && !myRingWords.contains(tokens[k]) { k += 1 }
                    if k < n, k <= i + 5, tokens[k].kind == .word, myRingWords.contains(tokens[k]) { cue = .strong }
                }
            }
            // NER v2 cues, outlined so the loop's common path stays as it was: "emre hier", "Kuffour, Esi", signature lines.
            var surnameFirst = false
            // Asked only where one of them can apply: a comma or "h…"/"i…" after the word, a line break or a dash before it.
            if cue == nil, tok.next == UInt8(ascii: ",") || tok.next == UInt8(ascii: "h") || tok.next == UInt8(ascii: "i")
                || tok.cap && (tok.next == UInt8(ascii: ")") || tok.next == UInt8(ascii: "I") || tok.next == UInt8(ascii: "j")
                    || tok.next == UInt8(ascii: "?") || tok.next == UInt8(ascii: "!"))
                || tok.cap && (tok.next == UInt8(ascii: "f") || tok.next == UInt8(ascii: "v") || tok.next == UInt8(ascii: "(")
                    || tok.next == UInt8(ascii: "c") || tok.next == UInt8(ascii: "e")
                    || ByteClass.isUpper(tok.next) && i + 1 < n && PersonRecognizer.mayBeRelationAfter(tokens[i + 1].next))
                || tok.cap && i > 0 && (tokens[i - 1].kind == .newline || tokens[i - 1].kind == .punct
                    && (t[Int(tokens[i - 1].start)] == UInt8(ascii: "-") || t[Int(tokens[i - 1].start)] == 0xE2
                        || t[Int(tokens[i - 1].start)] == UInt8(ascii: "\""))) {
                (cue, surnameFirst) = fallbackCue(t, tokens, i, stop, gz)
            }
            // "On Tue, 3 Nov 2026, X Y <care@…> wrote:", "Am … schrieb X Y <…>:": the sender in a quote header.
            // "agent Lwazi:", "Kundin Reinsalu:": a speaker label (a medium cue word) at a transcript line's start.
            var speakerCue = false
            if cue == .medium && tok.cap && tok.next == UInt8(ascii: ":") && i > 0 && speakerLine(t, tokens, i - 1) { cue = .strong; speakerCue = true }
            if cue == nil && tok.cap && i > 0 && (tokens[i - 1].kind == .punct && t[Int(tokens[i - 1].start)] == UInt8(ascii: ",")
                || tokens[i - 1].kind == .word && tokens[i - 1].hash == mySchriebHash) && quoteHeaderSender(t, tokens, i) { cue = .strong }
            // "Organizer: Moumita Sarkar <sarkar.moumita@…>", "Attendees: …; Sahra A. Farah <sahra.farah@…>": a display name spelled in
            // its mailbox (`nameAddrDisplay`).
            if cue == nil && tok.cap && i > 0 && tokens[i - 1].kind == .punct, case let c = t[Int(tokens[i - 1].start)],
               c == UInt8(ascii: ":") || c == UInt8(ascii: ";") || c == UInt8(ascii: ","), nameAddrDisplay(t, tokens, i) { cue = .strong }
            if cue == nil && !(nameLike || upperFirst || initialStart || surnameFirst) { i += 1; continue }
            let afterTitle = i > 0 && tokens[i - 1].kind == .word && gz.personTitles.contains(tokens[i - 1])
            let strongLower = cue != nil && cue != .signature && !tok.cap && !particleStart
                && (gz.firstNames.contains(tok) || afterTitle && (gz.surnames.contains(tok) || !gz.stopwords.contains(tok) && tok.end - tok.start >= 3)
                    // Round 11: a known surname after a strong cue ("sonner chez haddad", "klingeln bei nieminen", "name on the bell is abenov").
                    || cue == .strong && tok.end - tok.start >= 3 && gz.surnames.contains(tok) && !gz.stopwords.contains(tok))
            guard tok.cap || strongLower || particleStart || lowerSign && cue == .signature else { i += 1; continue }
            if stop && cue == nil { i += 1; continue }
            // After a greeting or a closing, group words are no names: "Hi team", "Regards, Support Team".
            if (cue == .greeting || cue == .signature) && myNotNames.contains(tok) { i += 1; continue }
            // A capitalized word right after a number or a street word is a street name, not a person.
            if i > 0 && (tokens[i - 1].kind == .number && tokens[i - 1].end - tokens[i - 1].start <= 6 || gz.streetWordsFR.contains(tokens[i - 1])) { i += 1; continue }
            // Collect the name's parts.
            // As scalars, not an array: this runs for every capitalized word after a cue (no allocation).
            var parts = Parts(first: i)
            var j = i
            func isParticle(_ x: Token) -> Bool { myParticles.contains(x) || gz.particles.contains(x) }
            while parts.count < 6 {
                let cur = tokens[j]
                var k = j + 1
                // An initial ("J. Smith", "Marcus J. Whitfield"): skip the dot.
                if cur.dot && cur.end - cur.start == 1 && k < n && tokens[k].kind == .punct { k += 1 }
                guard k < n, tokens[k].kind == .word else { break }
                // A name does not run over a line break (signatures, address blocks).
                if cur.next == 0x0A { break }
                let nt = tokens[k]
                // Nor over a tab: in TSV and spreadsheet pastes a tab ends a cell, and the next cell ("Margaux Roux\t\t\tEUR 871,07")
                // is another field, not the name's next part (the span would then echo "EUR" through the whole table).
                if t[Int(cur.end)] == 0x09 || t[Int(nt.start) - 1] == 0x09 { break }
                if myNotNames.contains(nt) && (cue == .signature || cue == .greeting) { break }
                let nwNameLike = gz.surnames.contains(nt) || gz.firstNames.contains(nt) || gz.ambiguousSurnames.contains(nt)
                if nt.cap && (!gz.stopwords.contains(nt) || nwNameLike) && (!gz.streetSuffixes.contains(nt) || cue != nil && nwNameLike)
                    && !gz.personTitles.contains(nt) {
                    parts.append(k); j = k
                    if myParticles.contains(nt) { parts.particles += 1 }
                    continue
                }
                // Particles: "van Beethoven", "von der Heydt", "de La Fontaine", "van 't Hoff", "von und zu Guttenberg".
                var m = k
                var chain = 0
                while m < n && chain < 5 {
                    let x = tokens[m]
                    if x.kind == .word && x.next != 0x0A && (isParticle(x) || chain > 0 && x.hash == PersonRecognizer.und) {
                        chain += 1; m += 1; continue
                    }
                    if x.kind == .punct && (t[Int(x.start)] == UInt8(ascii: "'") || t[Int(x.start)] == 0xE2) && m + 1 < n
                        && tokens[m + 1].kind == .word && tokens[m + 1].hash == PersonRecognizer.tHash && chain > 0 {
                        chain += 1; m += 2; continue
                    }
                    break
                }
                if chain > 0, m < n, tokens[m].kind == .word, tokens[m].cap, !gz.stopwords.contains(tokens[m]) || gz.surnames.contains(tokens[m]) {
                    parts.count += chain; parts.particles += chain; parts.append(m); j = m; continue
                }
                if strongLower && (gz.surnames.contains(nt) || gz.firstNames.contains(nt)) { parts.append(k); j = k; continue }
                // "ich bin lukas weidinger, hab …": after a strong cue, a lower-case word that ends the clause is the surname.
                if strongLower && !nt.cap && parts.count == 1 && nt.end - nt.start >= 3 && !gz.stopwords.contains(nt) && !myNotNames.contains(nt)
                    && (k + 1 >= n || tokens[k + 1].kind == .newline || tokens[k + 1].kind == .punct && t[Int(tokens[k + 1].start)] != UInt8(ascii: "'")) {
                    parts.append(k); j = k; break
                }
                // "al-Rashid", "el-Amin", "d'Alembert", "ibn-…": a lower-case particle glued to a capitalized name.
                if !nt.cap, nt.end - nt.start >= 4 {
                    let s0 = Int(nt.start)
                    let glued = t[s0 + 2] == UInt8(ascii: "-") && ByteClass.isUpper(t[s0 + 3]) && (t[s0] == UInt8(ascii: "a") || t[s0] == UInt8(ascii: "e"))
                        || t[s0 + 1] == UInt8(ascii: "'") && ByteClass.isUpper(t[s0 + 2]) && (t[s0] == UInt8(ascii: "d") || t[s0] == UInt8(ascii: "l"))
                    if glued { parts.append(k); j = k; continue }
                }
                break
            }
            // Drop a trailing particle or a trailing street suffix ("Michelle Cape").
            if parts.count > 1, myParticles.contains(tokens[parts.last]) { parts.removeLast() }
            let last = tokens[parts.last]
            var lastPart = last
            if parts.count > 1, last.end - last.start > 4, !gz.surnames.contains(last), let dash = (Int(last.start)..<Int(last.end)).first(where: { t[$0] == UInt8(ascii: "-") }) {
                lastPart.hash = WordKey.hash(t.baseAddress!, Int(last.start), dash)
            }
            let knownFirst = gz.firstNames.contains(first)
            let ambiguousFirst = gz.ambiguousFirstNames.contains(first)
            let knownLast = parts.count > 1 && (gz.surnames.contains(last) || gz.ambiguousSurnames.contains(last) || gz.surnames.contains(lastPart))
            let initial = tok.end - tok.start == 1 && tok.dot
            // Where the name ends: a line end, the end of the text, or punctuation (signatures, greetings).
            let endsLine: Bool = {
                let a = parts.last + 1
                return a >= n || tokens[a].kind == .newline || tokens[a].kind == .punct && t[Int(tokens[a].start)] != UInt8(ascii: "@")
                    && t[Int(tokens[a].start)] != UInt8(ascii: "&")
            }()
            var score = 0.0
            var thing = false
            switch cue {
            case .strong?:
                // After a one-letter title ("M. Dupont") the word must look like a name: "size M. Great" is not one.
                let shortTitle = i >= 2 && tokens[i - 1].kind == .punct && tokens[i - 2].end - tokens[i - 2].start == 1
                let afterSize = i >= 3 && (tokens[i - 3].kind == .number || mySizeWords.contains(tokens[i - 3]))
                score = shortTitle && (stop || afterSize && !(nameLike || parts.count >= 2 && knownLast)) ? 0 : 0.9
            case .greeting?:
                // "Hi Anna," / "Hallo Jannik!" / "Bonjour Gwenaëlle": a capitalized word that no list calls a common word.
                if tok.allCaps && parts.count == 1 && !knownFirst { score = 0 }
                else if endsLine || parts.count >= 2 || knownFirst { score = knownFirst || parts.count >= 2 ? 0.9 : 0.8 }
                else if nameLike { score = 0.7 }
            case .medium?:
                if tok.allCaps && parts.count == 1 { score = 0 }  // "from IP 1.2.3.4"
                else if knownFirst || knownLast || parts.count == 1 && gz.surnames.contains(first) { score = 0.9 }
                else if parts.count >= 2 && (ambiguousFirst || gz.surnames.contains(first)) { score = 0.85 }
                else if parts.count >= 2 { score = 0.7 }
                else { score = 0.45 }
            case .signature?:
                // After "Regards," only a name the gazetteers know, or a short line of capitalized words on its own
                // line: "Best, Looking for a desk" is no signature.
                let ownLine = i > 0 && tokens[i - 1].kind == .newline || i > 1 && tokens[i - 1].kind == .punct && tokens[i - 2].kind == .newline
                if knownFirst && (parts.count == 1 || knownLast || parts.count <= 3) { score = 0.85 }
                else if parts.count >= 2 && knownLast && (ambiguousFirst || gz.surnames.contains(first)) { score = 0.7 }
                else if ownLine && endsLine && parts.count <= 4 && !tok.allCaps { score = 0.75 }
                else if lowerSign && parts.count == 1 { score = 0.75 }
            case nil:
                // No cue: a known given name, and a known surname or at least a plausible two-word name.
                let nameWords = parts.count - parts.particles
                if upperFirst { parts = Parts(first: i); parts.append(i + 1); score = 0.85 }
                else if surnameFirst && parts.count == 1 { score = 0.75 }
                else if parts.count >= 2 && knownFirst { score = knownLast ? 0.9 : nameWords == 2 ? 0.6 : 0.55 }
                else if parts.count >= 2 && ambiguousFirst && knownLast { score = 0.65 }
                else if parts.count >= 2 && knownLast && (gz.surnames.contains(first) || initial) && !tok.allCaps { score = 0.6 }
                // "signed for by K. Adeyemi", "R. L. Farquharson": an initial before a capitalized word that is no common word.
                else if initialStart && parts.count >= 2 && !tokens[parts.last].allCaps && tokens[parts.last].end - tokens[parts.last].start >= 3
                            && !gz.stopwords.contains(tokens[parts.last]) { score = 0.75 }
                else if parts.count == 1 && hyphenGiven { score = 0.75 }
                // "Kann Bram oder Salvatore das abholen?", "Seung-woo and Callum both tried": conjuncts share their kind, so a
                // given name coordinated with another given name, or with a name found just before, is a person.
                else if parts.count == 1 && knownFirst && !ambiguousFirst && !stop && !tok.allCaps
                            && coordinatedName(tokens, i, gz, out, thingEnd: thingEnd) { score = 0.7 }
                // "Federica reckons it's a fault", "Abdirahman m'a dit", "Lwazi meinte": the subject of a verb of saying or
                // knowing is a person (a given name the gazetteers know and no common word), when it is the whole subject:
                // "Chez Fatou m'a vendu", "Tonton Karim", "Fleurs de Joséphine" are shops.
                else if parts.count == 1 && knownFirst && !ambiguousFirst && !stop && !tok.allCaps && speechVerbAfter(tokens, parts.last)
                            && !(i > 0 && tokens[i - 1].kind == .word && (myPlacePrepositions.contains(tokens[i - 1])
                                 // (A capitalized word before, unless it opens the sentence: "Apparently Federica reckons".)
                                 || tokens[i - 1].cap && i > 1 && tokens[i - 2].kind != .newline
                                    && !(tokens[i - 2].kind == .punct && (t[Int(tokens[i - 2].start)] == UInt8(ascii: ".")
                                         || t[Int(tokens[i - 2].start)] == UInt8(ascii: "!") || t[Int(tokens[i - 2].start)] == UInt8(ascii: "?"))))) { score = 0.7 }
                // "I'll note that Arash can sign", "Thabo will collect it": a given name in a clause's subject slot (round 12), the
                // whole word ("Emma-Matratze ist zu hart" is a product named after its first part); or the object of a verb of
                // calling, thanking or meeting ("don't call Shira", "j'ai croisé Cathal", "mit Margaux gesprochen").
                else if parts.count == 1 && knownFirst && !ambiguousFirst && !stop && !tok.allCaps && (hyphenGiven || first.hash == tok.hash)
                            && (subjectSlot(t, tokens, i, gz) || objectSlot(tokens, i)) { score = 0.7 }
            }
            // "Kunde: Hirtz, Adèle", "From: Rácz, Réka <rracz@…>": after a labelled person cue, "Surname, Given" closing the line
            // (or before an e-mail in angle brackets or a closing quote) is one name, whether or not the gazetteers know it.
            var labelPair = false
            if score > 0 && parts.count == 1 && tok.next == UInt8(ascii: ",") && (cue == .medium || cue == .strong) && labelPairAt(t, tokens, i, gz) {
                score = max(score, 0.85); labelPair = true
            }
            // Followed by a street suffix or a street word: it is a street ("Robert Trail", "Goethe Straße").
            if case let after = parts.last + 1, after < n, tokens[after].kind == .word, cue == nil {
                if gz.streetSuffixes.contains(tokens[after]) { score = 0 }
            }
            // "Heinz Dieter-Benthin-Straße 37": a street named after a person.
            if score > 0, parts.last + 1 < n && tokens[parts.last + 1].kind == .number || lastPart.hash != last.hash,
               gz.hasGermanStreetSuffix(t, last) { score = 0 }
            // Companies ("Hartmann Möbel GmbH"), brands next to a product ("the Jil Sander watch", "la montre Estée Lauder"),
            // places after a transport verb ("ships from Augusta").
            if score > 0 {
                if companyAfter(t, tokens, i, parts.last) { score = 0 }
                // A JSON value whose key names a thing; a merchant after a shipment's number (round 11).
                else if t[Int(tok.start) - (Int(tok.start) > 0 ? 1 : 0)] == UInt8(ascii: "\"") && jsonThingValue(t, tokens, i) { score = 0; thing = true }
                else if parts.count <= 2 && cue != .strong && merchantAfterShipmentNumber(t, tokens, i) { score = 0; thing = true }
                else if cue == .strong && namingVerbOfThing(t, tokens, i) { score = 0; thing = true }
                else if readingObject(tokens, i) || namesake(tokens, i, parts.last) || cue != .strong && depictedOnSide(tokens, parts.last) {
                    score = 0; thing = true
                }
                else if (cue != .strong || afterTitle || i > 1 && tokens[i - 1].kind == .punct && tokens[i - 2].kind == .word
                         && gz.personTitles.contains(tokens[i - 2])) && productNext(t, tokens, i, parts.last, gz) { score = 0 }
                else if parts.count == 1 && cue != .strong && placeAfterMotion(t, tokens, i, knownFirst) { score = 0 }
                // Brands, shops, companies and departments by their context (NER v2, round 3).
                else if thingContext(t, tokens, i, parts.last, cue, gz) { score = 0; thing = true }
                // The grammar of brands, shops and companies named like people (round 4).
                else if brandGrammar(t, tokens, i, parts.last, cue, thingEnd, gz) { score = 0; thing = true }
                // Topics, places, products and varieties named after people (round 5).
                else if mayBeTopic(t, tokens, i, parts.last) && topicGrammar(t, tokens, i, parts.last, cue == .strong, gz) { score = 0; thing = true }
                // Works, products and makers named after people (round 9).
                else if workGrammar(t, tokens, i, parts.last, cue, thingEnd, gz) { score = 0; thing = true }
                // A brand before a compound's thing noun, an organisation above an "attention of" line, a document's issuer
                // (round 12).
                else if thingCompoundHead(t, tokens[parts.last]) || attentionLineAfter(t, tokens, parts.last)
                            || cue != .strong && issuerContext(t, tokens, i, parts.last) {
                    score = 0; thing = true
                }
                // "Sender: Selfridges", "Absender: Thalia": after a sender label a single word is a shop (a person there is written
                // with given name and surname), unless a given name follows its comma ("Absender: Zerouali, Rachid").
                else if (cue == .strong || cue == .medium) && parts.count == 1 && senderLabelBefore(t, tokens, i)
                            && !(parts.last + 2 < n && tokens[parts.last + 1].kind == .punct && t[Int(tokens[parts.last + 1].start)] == UInt8(ascii: ",")
                                 && gz.firstNames.contains(tokens[parts.last + 2])) { score = 0 }
            }
            // A form label is no name: "NOM Prénom : JIANG Yuqing".
            if score > 0, parts.last + 1 < n, tokens[parts.last + 1].kind == .punct, t[Int(tokens[parts.last + 1].start)] == UInt8(ascii: ":"),
               myCuesByLast[tokens[parts.last].hash] != nil { score = 0 }
            // "EMPFÄNGER ABWEICHEND: RODRIGO CERVANTES": a word between a label and its colon continues the label (a known name
            // stays: "Dear John:", so does a surname after a title, "Frau Lauridsen:", and a speaker after a role, "agent Lwazi:").
            if score > 0, parts.count == 1, cue == .strong, i > 0, tokens[i - 1].kind == .word, tokens[i - 1].cap, parts.last + 1 < n,
               tokens[parts.last + 1].kind == .punct, t[Int(tokens[parts.last + 1].start)] == UInt8(ascii: ":"),
               !gz.firstNames.contains(tok), !gz.surnames.contains(tok), !afterTitle, !speakerCue { score = 0 }
            // Shop and fashion brands named after people.
            if parts.count >= 2 && myBrandNames.contains(PersonRecognizer.pairKey(tok.hash, tokens[parts.last].hash)) { score = 0; thing = true }
            // (Also when a noun follows the pair inside the run: "den Calvin Klein Blazer".)
            if parts.count >= 3 && tokens[i + 1].kind == .word && myBrandNames.contains(PersonRecognizer.pairKey(tok.hash, tokens[i + 1].hash)) { score = 0; thing = true }
            if score > 0 {
                var end = Int(tokens[parts.last].end)
                var next = parts.last + 1
                // "Jr." / "III" right after the name.
                if next < n, tokens[next].kind == .word, mySuffixes.contains(tokens[next]) {
                    end = Int(tokens[next].end); next += 1
                }
                // "Brinkmann, Gesine" (surname first, after a label, or a known surname): one name, up to the line end.
                else if parts.count == 1 && (cue == .strong || cue == .medium || gz.surnames.contains(tok) || tok.allCaps || surnameFirst), next + 1 < n,
                        tokens[next].kind == .punct, t[Int(tokens[next].start)] == UInt8(ascii: ","),
                        tokens[next + 1].kind == .word, tokens[next + 1].cap, !gz.stopwords.contains(tokens[next + 1]),
                        gz.firstNames.contains(tokens[next + 1]) || labelPair || cue == .strong && !senderLabelBefore(t, tokens, i) && (next + 2 >= n || tokens[next + 2].kind == .newline
                            || tokens[next + 2].kind == .punct && t[Int(tokens[next + 2].start)] == UInt8(ascii: "\"")),
                        next + 2 >= n || tokens[next + 2].kind != .word || tokens[next + 2].cap && gz.firstNames.contains(tokens[next + 2])
                            || surnameFirst && !tokens[next + 2].cap {
                    var g = next + 1
                    if g + 1 < n && tokens[g + 1].kind == .word && tokens[g + 1].cap && gz.firstNames.contains(tokens[g + 1]) { g += 1 }
                    end = Int(tokens[g].end); next = g + 1
                }
                out.append(Candidate(start: Int(tok.start), end: end, type: .person, score: score))
                i = next
                // "Astrid et Arnaud", "Gilles und Sebastião" on a signature line: the second signer.
                if cue == .signature, next + 1 < n, tokens[next].kind == .word, myAndWords.contains(tokens[next]),
                   tokens[next + 1].kind == .word, tokens[next + 1].cap, !gz.stopwords.contains(tokens[next + 1]) || gz.firstNames.contains(tokens[next + 1]) {
                    var e = next + 1
                    if e + 1 < n, tokens[e + 1].kind == .word, tokens[e + 1].cap, !gz.stopwords.contains(tokens[e + 1]), tokens[e].next != 0x0A { e += 1 }
                    out.append(Candidate(start: Int(tokens[next + 1].start), end: Int(tokens[e].end), type: .person, score: score))
                    i = e + 1
                    continue
                }
                // "Briefkasten Antoniou/Vörös", "MENZIES Rhiannon / Nowak": one span per resident.
                if next + 1 < n, tokens[next].kind == .punct, t[Int(tokens[next].start)] == UInt8(ascii: "/")
                    || (cue == .signature || cue == .strong) && t[Int(tokens[next].start)] == UInt8(ascii: "&"), cue != nil,
                   tokens[next + 1].kind == .word, tokens[next + 1].cap, !gz.stopwords.contains(tokens[next + 1]) {
                    var e = next + 1
                    if e + 1 < n, tokens[e + 1].kind == .word, tokens[e + 1].cap, !gz.stopwords.contains(tokens[e + 1]), tokens[e].next != 0x0A { e += 1 }
                    out.append(Candidate(start: Int(tokens[next + 1].start), end: Int(tokens[e].end), type: .person, score: score))
                    i = e + 1
                }
            } else if parts.count == 1 && knownFirst && !stop && i + 2 < n && tokens[i + 1].kind == .word && myAndWords.contains(tokens[i + 1])
                        && tokens[i + 2].kind == .word && tokens[i + 2].cap && gz.firstNames.contains(tokens[i + 2]) {
                // "Anna und Jonas Becker": the first given name is a person too ("Victor & Rolf and …" is a brand).
                if brandGrammar(t, tokens, i, i, cue, thingEnd, gz) || workGrammar(t, tokens, i, i, cue, thingEnd, gz) { thingEnd = i; i += 1; continue }
                out.append(Candidate(start: Int(tok.start), end: Int(tok.end), type: .person, score: 0.7))
                i += 2
            } else {
                // A run that names a brand or a shop is skipped whole: "magasin Brown Thomas de Toronto" is not "Thomas de Toronto".
                if thing { thingEnd = parts.last }
                i = thing ? parts.last + 1 : i + 1
            }
        }
        if echoEnd >= 0 && out.count == recorded { out.append(Candidate(start: echoStart, end: echoEnd, type: .person, score: 0.8)) }
    }

    /// The tokens of a name: how many, the last two, and how many are particles.
    struct Parts {
        var count = 1
        var last: Int
        var beforeLast: Int
        var particles = 0
        init(first: Int) { last = first; beforeLast = first }
        mutating func append(_ k: Int) { count += 1; beforeLast = last; last = k }
        /// Drops a trailing capitalized particle ("Quang Nguyen Van" is kept by the caller's rules).
        mutating func removeLast() { count -= 1; last = beforeLast; if particles > 0 { particles -= 1 } }
    }

    static let und = WordKey.hash("und")
    static let oHash = WordKey.hash("o")
    static let cHash = WordKey.hash("c")
    static let tHash = WordKey.hash("t")
    static let bei = WordSet(["bei", "beim"])
    static let andWords = WordSet(["und", "and", "et", "&", "en"])
    static let sizeWords = WordSet(["size", "taille", "größe", "gr", "grösse", "gr.", "tall", "in", "en", "x", "and", "or", "ou", "oder", "und", "et"])
    /// Some cue phrase ends at token `j` ("hey hier" does not end at "hier" in "Hallo, hier ist X": the copula stays).
    func cueEndsAt(_ tokens: UnsafeBufferPointer<Token>, _ j: Int) -> Bool {
        guard let list = myCuesByLast[tokens[j].hash] else { return false }
        for (words, _) in list {
            var k = j
            var ok = true
            for w in words.reversed() {
                guard k >= 0, tokens[k].kind == .word, tokens[k].hash == w else { ok = false; break }
                k -= 1
            }
            if ok { return true }
        }
        return false
    }
    /// The strongest cue ending right before token `i` (one `:`/`,`/`.` in between allowed; for
    /// closings also a newline).
    func cueBefore(_ t: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ gz: Gazetteer) -> Strength? {
        var j = i - 1
        var sawNewline = false
        var sawComma = false
        var sawDot = false
        // "Ship to:\nName": a label closing the line right above the name (one line break, the colon before it).
        var colonLine = false
        var newlines = 0
        // Up to five: `"firstname":"` in JSON, "Best wishes\n-- \n" before a signature.
        while j >= 0 && (tokens[j].kind == .punct || tokens[j].kind == .newline) && i - j <= 5 {
            let c = t[Int(tokens[j].start)]
            if tokens[j].kind == .newline { sawNewline = true; newlines += 1 }
            else if c == UInt8(ascii: ":") && newlines == 1 && tokens[j + 1].kind == .newline { colonLine = true }
            else if c == UInt8(ascii: ",") { sawComma = true }
            else if c == UInt8(ascii: ".") { sawDot = true }
            // (« » “ „: the first byte of a guillemet or a typographic quote.)
            // (`=` too: "NACHNAME = JUNG", "last_name = Farahani" in key = value dumps.)
            else if c != UInt8(ascii: ":") && c != UInt8(ascii: "-") && c != UInt8(ascii: "\"") && c != 0xC2 && c != 0xE2 && c != UInt8(ascii: "=") { return nil }
            j -= 1
        }
        guard j >= 0, tokens[j].kind == .word else { return nil }
        // "hi it's uh ánte turi", "c'est euh Faizal": a hesitation between the cue and the name is skipped.
        if j == i - 1, j > 0, tokens[j].end - tokens[j].start <= 4, tokens[j - 1].kind == .word, myFillers.contains(tokens[j]) { j -= 1 }
        // "The account holder is Ludwig …", "le titulaire est …", "Letterbox is marked …": a copula between cue and name.
        if myCopulas.contains(tokens[j]), j > 0, tokens[j - 1].kind == .word {
            if j > 1, myCopulas.contains(tokens[j - 1]), tokens[j - 2].kind == .word,
               myCuesByLast[tokens[j - 2].hash] != nil { j -= 2 }
            else if cueEndsAt(tokens, j - 1) { j -= 1 }
        }
        let last = tokens[j]
        let lastLength = Int(last.end - last.start)
        // A signature: "Regards,\nAnna Weber". Medium: "Best, Looking for a desk" is no name.
        // "Liebe Grüße aus Graz\nGilles", "Bises de Lyon\nCamille", "Greetings from Leeds,\nAmy": a closing sent from a place.
        if sawNewline && last.cap && j >= 2 && tokens[j - 1].kind == .word && myFromWords.contains(tokens[j - 1])
            && tokens[j - 2].kind == .word && myClosings.contains(tokens[j - 2]) { return .signature }
        if myClosings.contains(last) && (sawComma || sawNewline) {
            // "Bien à vous", "Take care": the ordinary word needs its lead word.
            if !myWeakClosings.contains(last) || j > 0 && tokens[j - 1].kind == .word && myClosingLeads.contains(tokens[j - 1]) {
                return .signature
            }
        }
        // "LG Cody", "> Gruß Gerhard", "Kind regards Ama": a closing noun that opens its line (a quoted one too), then a name
        // that closes it, with no comma between.
        if j + 1 == i && !sawDot && lineOpens(t, tokens, j) && mySameLineClosings.contains(last) {
            var k = i + 1
            while k < tokens.count && k <= i + 3 && tokens[k].kind == .word && tokens[k].cap { k += 1 }
            if k >= tokens.count || tokens[k].kind == .newline { return .signature }
        }
        // "My neighbour, Wahyu Santoso, was in", "Meine Schwiegermutter, Siân Pritchard, war": a relation in apposition.
        if sawComma && !sawNewline && !sawDot && j == i - 2 && last.kind == .word && myRelations.contains(last)
            && j > 0 && tokens[j - 1].kind == .word && myRelationLeads.contains(tokens[j - 1]) && tokens[i].cap { return .strong }
        // "The courier, Simran, was kind", "Le livreur, Ama, a monté", "the driver Bukola called": a role only a person fills.
        if !sawNewline && !sawDot && (j == i - 2 && sawComma || j == i - 1) && roleBefore(t, tokens, i, j, comma: sawComma) { return .strong }
        // "Recipient\nSomchai Chaiyaporn", "DESTINATAIRE\nO. UZOR": a shipping label's field name alone on the line above,
        // without a colon (round 12; only the address block's own labels: "ATTENTION\nFRAGILE" is none).
        if sawNewline && newlines == 1 && !colonLine && !sawComma && j == i - 2 && (j == 0 || tokens[j - 1].kind == .newline)
            && myBareLabels.contains(last) { return .strong }
        if sawNewline && !(colonLine && newlines == 1) || sawComma { return nil }
        // "Hi Anna", "Bonjour Gwenaëlle", "Guten Tag Jannik".
        if !sawDot && myGreetings.contains(last) { return .greeting }
        // Titles are capitalized ("Mr", "Frau", "M."); the one- and two-letter ones need their dot
        // ("M. Dupont", "Fr. Müller"), or ".fr" at the end of an e-mail domain would count.
        // Part of a domain or an address ("NOOS.FR. Ma carte"): no title.
        let before = tokens[j].start > 0 ? t[Int(tokens[j].start) - 1] : 0x20
        if before == UInt8(ascii: ".") || before == UInt8(ascii: "@") { return nil }
        // "herr thomsen" in sloppy chat: a spelled-out title before a lower-case name.
        if gz.personTitles.contains(last) && !last.cap && !tokens[i].cap && lastLength > 2 && !sawDot { return .strong }
        if gz.personTitles.contains(last) && last.cap {
            if lastLength > 2 || last.dot || myTitlesWithoutDot.contains(last) { return .strong }
            return nil
        }
        // A full stop ends the sentence the cue was in ("Ich bin Kundin. Vielen Dank").
        if sawDot && !(last.dot && lastLength <= 4) { return nil }
        // "c/o Name": three tokens.
        if last.hash == PersonRecognizer.oHash, j >= 2, tokens[j - 1].kind == .punct, t[Int(tokens[j - 1].start)] == UInt8(ascii: "/"),
           tokens[j - 2].hash == PersonRecognizer.cHash { return .strong }
        guard let list = myCuesByLast[last.hash] else { return nil }
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
                if words.count == 1 && myShortCues.contains(last) && !(last.cap && last.dot) { continue }
                if strength == .strong { return .strong }
                best = .medium
            }
        }
        return best
    }
}


/// A 1024-bit Bloom filter (one bit per word hash) in front of a `WordSet` asked about most tokens.
enum Bloom {
    static func make(_ words: [String]) -> UnsafePointer<UInt64> {
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 16)
        p.initialize(repeating: 0, count: 16)
        for w in words { let h = WordKey.hash(w); p[Int(h >> 60)] |= 1 << (h & 63) }
        return UnsafePointer(p)
    }

    @inline(__always) static func test(_ p: UnsafePointer<UInt64>, _ h: UInt64) -> Bool { p[Int(h >> 60)] & (1 << (h & 63)) != 0 }

    /// The same with 4096 bits (64 words), for a set of a few hundred words.
    static func make4k(_ words: [String]) -> UnsafePointer<UInt64> {
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 64)
        p.initialize(repeating: 0, count: 64)
        for w in words { let h = WordKey.hash(w); p[Int(h >> 58)] |= 1 << (h & 63) }
        return UnsafePointer(p)
    }

    @inline(__always) static func test4k(_ p: UnsafePointer<UInt64>, _ h: UInt64) -> Bool { p[Int(h >> 58)] & (1 << (h & 63)) != 0 }
}
