import Testing
@testable import SovereignFilter

/// NER v2, round 5 (issue 17): names that are the topic of a work, a place, a product line or a variety, told by the
/// class of the words around them, and the person readings that must survive next to the same words.
struct NERv2TopicGrammarTests {
    static let negatives: [String] = [
        // Works and merchandise about a famous person.
        "The biography of Marguerite Duras arrived with a torn cover.",
        "Die Biografie über Thomas Mann kommt erst im März.",
        "J'adore la biographie de Simone Veil que vous vendez.",
        "Ich hätte gern noch eine Tasse mit Ludwig Erhard.",
        "A poster for Nelson Mandela fans, please.",
        "The Marie Curie quote on the card was smudged.",
        "Das Bertha von Suttner-Zitat auf dem Kalender ist schief gedruckt.",
        // Places named after people.
        "Can I pick it up near Gustave Eiffel Airport?",
        "Je travaille à côté de la station Charles Michel.",
        "Abholung bitte am Flughafen Konrad Adenauer.",
        // Product lines and products of brands named like people.
        "Much nicer than my Laura Ashley one.",
        "Bien mieux que ma vieille Agnès Varda.",
        "Die von Hugo Boss habe ich umgetauscht.",
        "Celui de Jean Patou a rétréci.",
        "Penelope Chilvers's new scarf is gorgeous.",
        "Wir sind Lieferant Ihrer Hanna Kuhl Serie.",
        "Le parfum de chez Yves Rocher sent bon.",
        "The cardigan I got at Anna Kirby shrank.",
        // Varieties and shops.
        "Is the rose 'Charles Austin' back in stock?",
        "Bitte nicht beim Kiosk Ilse Brandt abgeben.",
        // A kin word signing a card.
        "The card should say: Love from Granny",
    ]

    @Test(arguments: negatives)
    func ignores(_ text: String) throws {
        let got = try found(text).filter { $0.0 == "PERSON" }
        #expect(got.isEmpty, "\(text): \(got)")
    }

    static let persons: [(String, [String])] = [
        // A topic word not next to the name; a strong cue before a topic word keeps the name.
        ("My aunt Henrietta Ashworth loves the biography.", ["Henrietta Ashworth"]),
        ("Card holder: Mireille Fontaine, mug order", ["Mireille Fontaine"]),
        // A surname that merely ends like a compound head.
        ("Please call Tom Bladen about the refund.", ["Tom Bladen"]),
        // A station named after a person, but the name in a greeting.
        ("Hi Charlotte,\nthe parcel is at the station.", ["Charlotte"]),
        // Relations and birthday wishes name people unknown to the gazetteers.
        ("a present for my goddaughter Zeynaba, no invoice please", ["Zeynaba"]),
        ("Carte : Joyeux anniversaire Tiihonen-Aro !", ["Tiihonen-Aro"]),
        ("\"message\": \"Happy birthday Oyelaran!\"", ["Oyelaran"]),
        // A closing that opens its line (a quoted one too) signs with the name after it; "Danke Schön" signs nothing.
        ("Der Gutschein geht nicht.\nLG Tjorven", ["Tjorven"]),
        ("> Die Lampe ist defekt.\n> Gruß Mamadou", ["Mamadou"]),
        ("Alles klar, Danke Schön\nbis bald", []),
    ]

    @Test(arguments: persons)
    func findsPerson(_ row: (String, [String])) throws {
        let got = try found(row.0).filter { $0.0 == "PERSON" }.map(\.1)
        #expect(got == row.1, "\(row.0): \(got)")
    }
}
