import Testing
@testable import SovereignFilter

/// NER v2, round 9 (issue 17): names that stand for a work, a product or a maker (quoted titles, an article before a
/// title word, a maker after a named product, a stock question), and the person readings that must survive: JSON
/// values, labels, CSV fields and e-mail headers in quotes, speaker labels and hedged names.
struct NERv2WorkGrammarTests {
    static let negatives: [String] = [
        // Quoted titles of works.
        "PS: „Effi Briest“ kam bei den Kindern gut an",
        "Is the \"Oliver Twist\" box set back in stock?",
        "J'ai aussi pris le DVD « Jules et Jim » et une affiche.",
        "Le coffret « Madame Bovary » est-il de nouveau disponible ?",
        // An article before a title word: a product.
        "Je cherche un truc comme le Miss Dior, mais moins cher.",
        "Habe den Lady Grey als Geschenk gekauft.",
        // A German definite article and no cue: a product.
        "Habe den Stan Smith als Geschenk gekauft.",
        // The maker of a named thing.
        "The colour is lovely, a bit like the Tarte Tatin from Max Mara.",
        "La couleur est jolie, un peu comme le Kallax de Emilio Pucci.",
        "Die Farbe ist schön, ähnlich wie beim Baby Born von Sergio Tacchini.",
        // Stock questions and their conjuncts.
        "Do you still stock Elizabeth Arden and Toni Gard?",
        "Habt ihr noch was von Sonia Rykiel oder Carolina Herrera?",
        // Carriers and promotions.
        "The warehouse confirms the parcel left with Fastway for Leeds.",
        "Do NOT mention Frida Kahlo promo to customer again.",
        // A contraction of "I" after a one-letter title.
        "I got the shirt in XL instead of M. I've already posted it back.",
    ]

    @Test(arguments: negatives)
    func ignores(_ text: String) throws {
        let got = try found(text).filter { $0.0 == "PERSON" }
        #expect(got.isEmpty, "\(text): \(got)")
    }

    static let persons: [(String, [String])] = [
        // Quotes that a JSON key, a label, a CSV field or an e-mail header opens hold a person.
        ("{\"customer\": {\"name\": \"Karthik Ramanathan\", \"email\": \"k@example.org\"}}", ["Karthik Ramanathan"]),
        ("Name: „Ilse Brandhuber“", ["Ilse Brandhuber"]),
        ("249-6033528,\"Soliman, Hossam\",Götgata 12", ["Soliman, Hossam"]),
        ("From: \"Olusegun Adeyemi\" <o.adeyemi@example.org>", ["Olusegun Adeyemi"]),
        // A particle in capitals is no German article.
        ("Client : DES ROSIERS Hershel", ["ROSIERS Hershel"]),
        // "Bin die X" is a cue.
        ("Hallo, bin die Ottilie aus dem 3. Stock", ["Ottilie"]),
        // A French article before a title is no product.
        ("Colis pour le Dr Popović, Bât. D, 135 boulevard Paoli, 20000 Ajaccio", ["Popović"]),
        // Speaker labels in a transcript, naming verbs and hedged names.
        ("[21:40] Support (Emeka): Klar! Auf welchen Namen?", ["Emeka"]),
        ("[09:56] agent Lwazi: Sure! Could you confirm?", ["Lwazi"]),
        ("Die Verkäuferin, ich glaube sie hieß Annick, war super nett.", ["Annick"]),
        ("The lady at the counter, Sadhbh I think, was lovely.", ["Sadhbh"]),
        ("La vendeuse chez Douglas, Thaís je crois, a été adorable.", ["Thaís"]),
    ]

    @Test(arguments: persons)
    func findsPerson(_ row: (String, [String])) throws {
        let got = try found(row.0).filter { $0.0 == "PERSON" }.map(\.1)
        #expect(got == row.1, "\(row.0): \(got)")
    }

    /// Unit parts between the house number and the postcode: Spanish floors and doors, a German floor's side, a floor alone.
    static let addresses: [(String, String)] = [
        ("Sie wohnt gleich um die Ecke, Calle Mayor 104, 5º dcha., 41026 Sevilla. Danke", "Calle Mayor 104, 5º dcha., 41026 Sevilla"),
        ("Envoyez-la à son domicile : Calle Mayor 131, 2n 1a, 41045 Sevilla. Merci", "Calle Mayor 131, 2n 1a, 41045 Sevilla"),
        ("Er wohnt um die Ecke, Am Pfaffenbühl 38, 2. OG links, 04167 Leipzig. Danke", "Am Pfaffenbühl 38, 2. OG links, 04167 Leipzig"),
        ("Please send it to Calle de Fuencarral 30, ático, 26034 Logroño. Thanks", "Calle de Fuencarral 30, ático, 26034 Logroño"),
    ]

    @Test(arguments: addresses)
    func findsAddress(_ row: (String, String)) throws {
        let got = try found(row.0).filter { $0.0 == "ADDRESS" }.map(\.1)
        #expect(got == [row.1], "\(row.0): \(got)")
    }
}

/// Round 9's work grammar keeps a name whose cue is the word after the article, and a quoted signature.
struct NERWorkGrammarCueTests {
    @Test func doorbellAfterArticleAndQuotedSignature() throws {
        #expect(try found("Am Briefkasten steht REZAEI, auf der Klingel Faye. Bei Abwesenheit bitte klingeln.", of: ["PERSON"]).contains { $0.contains("Faye") })
        #expect(try found("Die Sendung wurde übergeben (Unterschrift „P. Rahman“).", of: ["PERSON"]).contains { $0.contains("Rahman") })
        // A quoted title stays unflagged.
        #expect(try found("Ich suche „Effi Briest“ als Taschenbuch.", of: ["PERSON"]).isEmpty)
    }
}
