import Testing
@testable import SovereignFilter

/// NER v2, round 2 (issue 17): known answers per kind — companies, brands next to products and places after a
/// transport verb are no people; initials, signature lines without a closing word, tables with a name column,
/// surname-first pairs and lower-case names after a cue are; lower-case street lines are addresses.
struct NERv2ContextTests {
    /// Text and every PERSON span expected in it (exact values).
    static let persons: [(String, [String])] = [
        // Initials without a gazetteer hit.
        ("The parcel was signed for by K. Adeyemi at 11:42.", ["K. Adeyemi"]),
        ("Zugestellt an: E. Griffiths (Nachbar).", ["E. Griffiths"]),
        ("The parcel was signed for by R. L. Farquharson at 14:03.", ["R. L. Farquharson"]),
        ("Thanks,\nA. Kowalewska", ["A. Kowalewska"]),
        // Signature lines after a line ending in `,` or `!`, after a dash, and pairs.
        ("Merci et bonne journée,\nLéonie", ["Léonie"]),
        ("Danke!\nUrs", ["Urs"]),
        ("Hi Kaveh,\n\nThe battery shipped.\n\n— Liesbeth", ["Kaveh", "Liesbeth"]),
        ("All the best,\nOndřej & Bethany", ["Ondřej", "Bethany"]),
        ("Merci beaucoup, à demain !\n\nBisous\nOmid", ["Omid"]),
        ("Liebe Grüße aus Graz\nGilles & Sebastião", ["Gilles", "Sebastião"]),
        ("Bises de Lyon\nAstrid et Arnaud", ["Astrid", "Arnaud"]),
        ("Servus,\n\ndie Ware ist angekommen.\n\nPfiat di\nNotburga", ["Notburga"]),
        ("Guten Tag,\n\nanbei das Formular.\n\nHochachtungsvoll\n\nAzadeh Farahani", ["Azadeh Farahani"]),
        // Tables whose header names a name column.
        ("Nachname;Vorname;Wohnort\nAl-Hashimi;Samir;Wien", ["Al-Hashimi", "Samir"]),
        ("id,contact,address\n301,D. Marshall,\"2983 Cedar Ave S, Minneapolis, MN 55414\"", ["D. Marshall"]),
        // Surname first.
        ("Name, Vorname: Grünewald, Karl-Heinz\nStraße: Lindenallee 12", ["Grünewald, Karl-Heinz"]),
        ("can you put the order under Fodor, Bence please", ["Fodor, Bence"]),
        ("Applicant: Bhattacharya, Anirban", ["Bhattacharya, Anirban"]),
        ("NOM Prénom : VOGEL Waltraud", ["VOGEL Waltraud"]),
        // Who lives there, in delivery notes.
        ("Sonner chez Reding, 3e étage sans ascenseur.", ["Reding"]),
        ("If no answer leave with Koller at number 9 (blue door).", ["Koller"]),
        ("Klingelschild: HUBER Hermine. Falls niemand da ist, bei Stöckl im EG abgeben.", ["HUBER Hermine", "Stöckl"]),
        ("Bitte in den Briefkasten mit Aufschrift \"Familie Nguyễn-Schulte\", Hinterhaus links.", ["Nguyễn-Schulte"]),
        ("Driver note: name on door is Shevchenko, flat 4.", ["Shevchenko"]),
        // The person to ask for, someone called X, roles.
        ("Remise en main propre uniquement, 13b rue Mercière, demander Bartłomiej. Paiement en espèces.", ["Bartłomiej"]),
        ("Besichtigung nach Absprache, Torbjørn verlangen.", ["Torbjørn"]),
        ("The courier left it with someone called Declan at number 9.", ["Declan"]),
        ("Bin die Ottilie aus dem 2. Stock.", ["Ottilie"]),
        ("Our engineer Seo-yeon Park will call you tomorrow.", ["Seo-yeon Park"]),
        ("herr danjuma vom lager hat gesagt das geht heute noch raus", ["danjuma"]),
        ("my flatmate eoin opened the door", ["eoin"]),
        ("slt miklós c encore moi", ["miklós"]),
        // "hat" is German for "has", not a product.
        ("Herr van Rijn hat die Lieferung quittiert.", ["van Rijn"]),
        ("Nachbarin Frau Lindqvist hat einen Schlüssel.", ["Lindqvist"]),
        // Lower case after a cue.
        ("my son kacper changed the password", ["kacper"]),
        ("hey, emre hier, die bestellung ist falsch angekommen", ["emre"]),
        ("ich bin lukas weidinger, hab gestern bestellt", ["lukas weidinger"]),
    ]

    @Test(arguments: persons)
    func findsPerson(_ row: (String, [String])) throws {
        let got = try found(row.0).filter { $0.0 == "PERSON" }.map(\.1)
        #expect(got == row.1, "\(row.0): \(got)")
    }

    static let addresses: [(String, String)] = [
        ("is this the right address 22 fernhill drive, glasgow g73 4dr or did i type it wrong", "22 fernhill drive"),
        ("ist das die richtige adresse? allersberger straße 19-21, 90461 nürnberg", "allersberger straße 19-21, 90461 nürnberg"),
        ("sorry typo, it's vesterbrogade 73b, 1620 københavn v not what i wrote", "vesterbrogade 73b, 1620 københavn"),
        ("Neue Adresse: hauptstr. 5, 67433 neustadt an der weinstraße", "hauptstr. 5, 67433 neustadt"),
        ("c'est rue centrale 20a, 1003 lausanne, suisse", "rue centrale 20a, 1003 lausanne, suisse"),
        ("Billing address: Jægersborggade 6, st. tv., 2200 København N", "Jægersborggade 6, st. tv., 2200 København N"),
        ("kann ich die Lieferadresse auf Søndergade 26, 3. mf., 8000 Aarhus C ändern?", "Søndergade 26, 3. mf., 8000 Aarhus C"),
        ("Nouvelle adresse : Nationalestraat 26 boîte 9, 2000 Antwerpen", "Nationalestraat 26 boîte 9, 2000 Antwerpen"),
    ]

    @Test(arguments: addresses)
    func findsAddress(_ row: (String, String)) throws {
        let got = try found(row.0).filter { $0.0 == "ADDRESS" }.map(\.1)
        #expect(got == [row.1], "\(row.0): \(got)")
    }

    /// Companies, brands next to a product, places, greeting formulas, labels, nouns; no street without its suffix.
    static let negatives: [String] = [
        "The invoice is from Hartmann Möbel GmbH, not from you.",
        "Jansen Logistics B.V. holt die Paletten am Montag ab.",
        "I would like to return the Jil Sander watch bought in November.",
        "Je souhaite retourner la montre Sergio Tacchini achetée en mars.",
        "Jacke von Melitta, Größe M, Farbe Erika.",
        #"{"product":"Bruno Magli Eau de Parfum 50 ml"}"#,
        "Do you have Tory Burch and Orla Kiely gift cards?",
        "Penny Lane print, framed. Ships from Augusta.",
        "Do you ship to Leeds? And how long does it take to Manchester?",
        "Grüß Gott, wie geht's?",
        "Besichtigung nach Absprache, bitte vorher anrufen.",
        "Plan B. Meanwhile we wait.",
        "On a commandé chez Fnac, la famille est contente.",
        "I need to ask for a refund.",
        "The Elizabeth Arden scarf came in a Dr. Oetker box, is it genuine?",
        "Guten Tag,\n\nKowalski Sp. z o.o. holt die Paletten am Mittwoch ab.",
        "Both Fridays and Mondays work, as long as it's not Christmas Eve.",
        "La pièce est partie.\n\nAmitiés,\nGarnier & Fils SARL",
        "Bitte nach Lieferzeit fragen, ob das geht.",
        "Le total était de 2.156,99 € avec la livraison pour IKI713141.",
        "Liebe Grüße aus Graz\nDie Ware kommt morgen.",
        "Bankdaten unserer Tochterfirmen:\n- Österreich: siehe Anhang\n- Belgien: folgt",
        "curl -X POST https://api.example.com/v2/orders \\\n  -H \"Accept: application/json\"",
        "it's a 5 minute drive from the station",
        "we live at number 7 and walk 2 more streets",
    ]

    @Test(arguments: negatives)
    func ignores(_ text: String) throws {
        let got = try found(text).filter { $0.0 == "PERSON" || $0.0 == "ADDRESS" }
        #expect(got.isEmpty, "\(text): \(got)")
    }
}

/// NER v2, round 3 (issue 17, precision): what the words around a capitalized run say about it — a brand next to a product
/// (also behind a title or a relation word), a shop (shop words, a branch in brackets, a sender label with a single word),
/// an article or a quantifier before it, a possessive that owns nothing, a product/shop/company/carrier label on its line,
/// a department or job word inside it; a street name on merchandise. People next to such words are still found.
struct NERv2ThingContextTests {
    static let negatives: [String] = [
        "Bitte die Jacke Dr. Winterfeld umtauschen, Größe M.",
        "Le sac Tante Odile est bien arrivé, merci !",
        "Can you swap the Grandma Rosie perfume for the blue one?",
        "Please pull all Milo Brandt units from Kaufhaus Seidel (Graz) by Friday.",
        "Contents: Abigail Thornbury shirt\nSender: Harwoods",
        "Expéditeur : Fenwicks, Rouen",
        "Retrait : Lucien Marchal, Nantes\nFonction : Acheteuse",
        "Many thanks,\nAccounts Payable",
        "Customer Success Lead to confirm the refund.",
        "merci de retirer tous les Oscar Lindqvist du magasin Anton Berger de Nantes avant lundi.",
        "Und gibt es Felix Krull wieder vor Juli?",
        "Company: Dr. Kessler\nVAT: DE123",
        #"{"items": ["Clara Vogt candle", "Paula Brandt"], "qty": 2}"#,
        "Do you still stock Aunt Bessie's?",
        "is the Hector Pennington back in stock?",
        "merci de ne plus livrer à Dinan.",
        "lol the Rue de Rivoli poster is so cute",
        "Order 12 Gift Boxes, Berlin 10115 delivery",
        "We sold 3 Blue Jeans, London style, last week.",
    ]

    @Test(arguments: negatives)
    func ignores(_ text: String) throws {
        let got = try found(text).filter { $0.0 == "PERSON" || $0.0 == "ADDRESS" }
        #expect(got.isEmpty, "\(text): \(got)")
    }

    static let persons: [(String, [String])] = [
        ("Best regards\nMaren Ulrich\nKey Account Manager | Fischer UK", ["Maren Ulrich"]),
        ("Meine Schwiegermutter Hiltrud Baumeister holt das Paket ab.", ["Hiltrud Baumeister"]),
        ("my mother-in-law Abiola Adeyemi will sign for it", ["Abiola Adeyemi"]),
        ("Absender: Brandstätter, Ingrid", ["Brandstätter, Ingrid"]),
        ("Absender: Ingrid Brandstätter", ["Ingrid Brandstätter"]),
        ("merci de livrer à Sophie demain.", ["Sophie"]),
        ("Le Dr Lefèvre a signé le bon de livraison.", ["Lefèvre"]),
        ("The parcel is for Anna's flatmate, Jonas Becker.", ["Jonas Becker"]),
        ("Nachbar Pieter Goossens hat das Paket angenommen.", ["Pieter Goossens"]),
        // Surname first after a labelled person cue, closing the line or before an e-mail; JSON name keys.
        ("Kunde: Wróblewski, Teodor\nAnliegen: Retoure", ["Wróblewski, Teodor"]),
        ("From: Okonkwo, Chidera <c.okonkwo@example.com>\nTo: orders", ["Okonkwo, Chidera"]),
        ("Client : Lemaire, Odile", ["Lemaire, Odile"]),
        (#"{"customer": {"first": "Ngozi", "last": "Eze"}}"#, ["Ngozi", "Eze"]),
        ("We ship on the first Monday of the month.", []),
    ]

    /// A house number and capitalized words with no street word, made an address by a UK/Irish postcode after the city.
    static let addresses: [(String, String)] = [
        ("Please send it to 14 Bóthar an Chladaigh, Galway, H91 X2Y3.", "14 Bóthar an Chladaigh, Galway, H91 X2Y3"),
        ("Address: 7 The Paddocks, York, YO24 1AB", "7 The Paddocks, York, YO24 1AB"),
        ("New address: 22 Kingsgate, Leeds LS1 4AB, United Kingdom", "22 Kingsgate, Leeds LS1 4AB, United Kingdom"),
    ]

    @Test(arguments: addresses)
    func findsAddress(_ row: (String, String)) throws {
        let got = try found(row.0).filter { $0.0 == "ADDRESS" }.map(\.1)
        #expect(got == [row.1], "\(row.0): \(got)")
    }

    @Test(arguments: persons)
    func findsPerson(_ row: (String, [String])) throws {
        let got = try found(row.0).filter { $0.0 == "PERSON" }.map(\.1)
        #expect(got == row.1, "\(row.0): \(got)")
    }
}
