import Testing
@testable import SovereignFilter

/// NER v2, round 8 (issue 17): brands, shops and things named like people, told by the grammar around them —
/// a group noun after the name, an article no person takes, a counter or "they" at the place, a referral, a seller
/// predicate, a kin word on a shop sign, a table column that holds no names — and the person readings next to them.
struct NERv2ShopSignTests {
    static let negatives: [String] = [
        // A group noun addresses an organisation.
        "Dear Henrietta Vale team,\n\nplease update our billing address.",
        "Dear Pollard & Quist support, the invoice is wrong.",
        // A German article (definite with a non-name head, or indefinite) before the run.
        "Ist der Greta Holm-Gutschein noch gültig?",
        "Gibt es den Oskar Lindqvist Parka auch in Grün?",
        "Ich habe eine Tasse von Emil Sandberg bestellt.",
        // A French noun in apposition, without a preposition.
        "Le manteau Odile Ferrand est-il encore disponible ?",
        "PS : l'étole Odile Ferrand est arrivée.",
        // The place has a counter, "they" or a price comparison.
        "Bitte bei Harald Quist an der Kasse abgeben.",
        "I tried at Harold Pemberton but they were sold out.",
        "C'est moins cher chez Odile Ferrand.",
        // A referral, a seller predicate, a kin word on a shop sign.
        "I found you via Harold Pemberton.",
        "Is Harold Pemberton one of your sellers?",
        "Second order from Onkel Edwin Holzkiste arrived fine.",
        // An English indefinite article before a noun; a postscript marker; a clitic; a unit word.
        "I bought a Harold Pemberton teapot last week.",
        "All the best\nP.S. the lid was cracked.",
        "Sent to c/o Anna Weber, 4 Mill Lane, Leeds LS1 2AB. Don't forget the card!",
        // A snake_case JSON key opened by a thing label; a table column whose header holds no names.
        "{\"ticket\": 4, \"brand_name\": \"Henrietta Vale\"}",
        "order_id,customer,city,note\n1234,Q. Rasmussen,Basel,Henrietta Vale\n",
    ]

    @Test(arguments: negatives)
    func ignores(_ text: String) throws {
        let got = try found(text, of: ["PERSON"]).filter { $0 != "Anna Weber" && $0 != "Q. Rasmussen" }
        #expect(got.isEmpty, "\(text): \(got)")
    }

    static let persons: [(String, [String])] = [
        // Person readings that must survive.
        ("Excellent accueil de Mihaela D. Varga au téléphone.", ["Mihaela D. Varga"]),
        ("meine Tante Greta Holm wohnt jetzt in Graz.", ["Greta Holm"]),
        ("ma fille Odile est étudiante.", ["Odile"]),
        ("order_id,customer,city,note\n1234,Quentin Rasmussen,Basel,gift wrap\n", ["Quentin Rasmussen"]),
        ("Glückwunsch!\nAnna Weber", ["Anna Weber"]),
        ("Kontoinhaber Ayten Zimmer.", ["Ayten Zimmer"]),
        ("Hallo, hier ist Mark Pruschke. Danke", ["Mark Pruschke"]),
        // A quote header's sender, even with a surname no gazetteer knows.
        ("On Tue, 3 Nov 2026 at 09:14, Odalys Quarshie <care@shop.example> wrote:\n> Hello", ["Odalys Quarshie"]),
        ("Am 12.11.2026 16:02 schrieb Odalys Quarshie <service@shop.example>:", ["Odalys Quarshie"]),
        // A shipping label ending its line, the name on the next one (an address block).
        ("You sold an item! Ship to:\nOdalys Quarshie\n12 Mill Lane\nLeeds LS1 2AB", ["Odalys Quarshie"]),
        // A person label and its colon before a lower-case given name; a greeting with "hier"; "my bf".
        ("Artikel verkauft!\nKäufer: anna\nVersand an:", ["anna"]),
        ("hey hier jonas, bitte an die neue adresse", ["jonas"]),
        ("my bf daniel ordered it", ["daniel"]),
    ]

    @Test(arguments: persons)
    func findsPerson(_ row: (String, [String])) throws {
        let got = try found(row.0, of: ["PERSON"])
        #expect(got == row.1, "\(row.0): \(got)")
    }
}
