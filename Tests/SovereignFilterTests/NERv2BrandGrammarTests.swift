import Testing
@testable import SovereignFilter

/// NER v2, round 4 (issue 17): brands, shops and companies named like people, told by the grammar around them
/// (not by a list of brand names), and the person readings that must survive next to the same words.
struct NERv2BrandGrammarTests {
    static let negatives: [String] = [
        // Commerce nouns in apposition or through a shop preposition.
        "Ich sehe Ihre Bestellung bei Stella Brandt – sie liegt noch im Lager.",
        "Je vois votre commande Paula Ferrand, elle est bloquée au dépôt.",
        "we are sorry about the delay with your Oscar Lindgren order.",
        "Es tut uns leid, dass sich Ihre Lieferung von Greta Holm verzögert.",
        // Products: German compounds by their head, product nouns in apposition, a French noun with its complement.
        "Die Regenjacke von Emil Sandberg ist leider zerrissen angekommen.",
        "J'ai rapporté les bottes Lucien Marchal chez Printemps, mais rien.",
        "La coque de téléphone Henri Lloyd sera de nouveau disponible.",
        "Nicht die Dr. Oetker-Bestellung, sondern die andere.",
        // A purchase verb makes the place a shop.
        "I bought it at Harold Pemberton in Leeds, not online.",
        // Item references.
        "Artikel 40211-M (Livia Conti) falsche Größe – bitte tauschen.",
        "Item SKU QRT-2231-BLU (Marta Kowal) wrong size.",
        "Und ist der Artikel 55120-S von Romy Keller wieder da?",
        // Coordination with a brand or a company; a classifying predicate; "&"-joined names.
        "All Henrik Aalto and Selma Berg returns now go via DPD.",
        "Is Vincent Delorme the same company as Maison Dufour SARL?",
        "Ida Lund et Brandt & Söhne KG, c'est la même société ?",
        "the dog bed from Victor & Rolf came with a scratch.",
        // Trade words and dotted legal forms after a name; a month after a word of time.
        "Expéditeur : Novák Obchod s.r.o.",
        "Sender: Greta Lindqvist Home",
        "Lieferadresse bis Ende April: bitte an die Praxis.",
    ]

    @Test(arguments: negatives)
    func ignores(_ text: String) throws {
        let got = try found(text, of: ["PERSON"])
        #expect(got.isEmpty, "\(text): \(got)")
    }

    static let persons: [(String, [String])] = [
        // The same words with a person reading.
        ("Guten Tag, ich hätte gern den Status für die Bestellung von Anneliese ten Brink.", ["Anneliese ten Brink"]),
        ("Le nom sur la carte est Pau de la Cruz, merci.", ["Pau de la Cruz"]),
        ("Die Jacke von Frau Müller ist angekommen.", ["Müller"]),
        // Lower-case names after parents and chat cues.
        ("bitte die gutschrift an meinen papa jürgen weber schicken", ["jürgen weber"]),
        ("svp envoyez le remboursement à ma mère mireille thill", ["mireille thill"]),
        ("hey its jenna again lol did u ship it", ["jenna"]),
        ("hi hier nochmal walburga :) habt ihr das", ["walburga"]),
        // A sign-off without a closing formula, a Luxembourgish greeting, residents joined by "&" in quotes.
        ("Could you check the size?\n\nGeorges", ["Georges"]),
        ("Moien Henning,\n\nkann et sinn datt", ["Henning"]),
        ("Safe place: letterbox says \"Oliver Thompson & Lucie\" – flat 3", ["Oliver Thompson", "Lucie"]),
    ]

    @Test(arguments: persons)
    func findsPerson(_ row: (String, [String])) throws {
        let got = try found(row.0, of: ["PERSON"])
        #expect(got == row.1, "\(row.0): \(got)")
    }
}

/// NER v2, round 4: a street named alone after a residence cue is an address; the same preposition elsewhere is not.
struct NERv2StreetAloneTests {
    static let addresses: [(String, [String])] = [
        ("we live on Otley Road now, not the old flat", ["Otley Road"]),
        ("Wir wohnen Ecke Annenstraße/Kramgasse, das gelbe Haus.", ["Annenstraße", "Kramgasse"]),
        ("wir wohnen jetzt in der Zähringerstrasse, nicht mehr dort", ["Zähringerstrasse"]),
        ("can I pick it up from the Hema on Mare Street instead?", ["Mare Street"]),
        // The same prepositions and words with no street after them.
        ("we talked on Monday Road trip plans aside, the order is late", []),
        ("Please call on Friday, the parcel is still missing.", []),
        ("Ecke kaputt, bitte ersetzen.", []),
    ]

    @Test(arguments: addresses)
    func findsStreet(_ row: (String, [String])) throws {
        let got = try found(row.0, of: ["ADDRESS"])
        #expect(got == row.1, "\(row.0): \(got)")
    }
}
