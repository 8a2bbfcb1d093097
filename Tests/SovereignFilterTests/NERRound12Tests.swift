import Testing
@testable import SovereignFilter

/// NER round 12 (issue 17): a given name in a clause's subject or object slot (after a complementizer, or at a clause start before an
/// auxiliary, a modal, an English simple past or a French future; after a German auxiliary that inverts the subject;
/// coordinated with the writer), a reply's author named before a bracketed affiliation, marketplace turns labelled with
/// the writer's side, review exports' authors (JSON keys, bylines, pipe tables' columns), lower-case values of labelled lines, staff named by a bracketed role or a title after "our", a name that never runs over a tab (a TSV cell ends there), and an invoice's line items (a quantity
/// times an article), brands before a compound's thing noun, organisations above an "attention of" line, shipping
/// labels' senders on the line under their label and documents' issuers, that name things.
struct NERRound12Tests {
    static let persons: [(String, [String])] = [
        // After a complementizer or a verb of belief.
        ("I'll check whether Jonas can pick it up tomorrow.", ["Jonas"]),
        ("Je pense que Mathis a oublié le code.", ["Mathis"]),
        // At a clause start, before an English simple past, an adverb, a modal, a French future.
        ("Last week, Jonas ordered two lamps from you.", ["Jonas"]),
        ("The lid was loose - Lucie already taped it.", ["Lucie"]),
        ("[10:02] Agent: Jonas will collect it.", ["Jonas"]),
        ("Mathis viendra samedi.", ["Mathis"]),
        // The object of a verb of calling, thanking or meeting; between a German preposition and a clause-final participle.
        ("Please don't call Jonas again, he has nothing to do with it.", ["Jonas"]),
        ("J'ai eu Mathis au téléphone.", ["Mathis"]),
        ("Ich habe das an Lucie weitergegeben.", ["Lucie"]),
        ("Ich hatte letzte Woche mit Jonas gesprochen.", ["Jonas"]),
        // Coordinated with the writer.
        ("Yesterday Jonas and I repainted the hall.", ["Jonas"]),
        // A reply's author before the shop it answers for.
        ("↳ Reply from Qorvash (Gartenwelt Nord): Thanks for the review!", ["Qorvash"]),
        ("Antwort von Zorbiqa (Blumen Lindner): Danke!", ["Zorbiqa"]),
        // (The bracket is the shop's, even when its first word is a given name.)
        ("↳ Reply from Qorvash (Nisa Local): Thanks!", ["Qorvash"]),
        // The person under "attention of" stays one, and so do a mail header's sender and a person on a label's next line.
        ("Deliver to:\nFerrero\nAttn: Lucie Martin", ["Lucie Martin"]),
        ("From: Anna <anna@example.org>", ["Anna"]),
        ("From:\nAnna Weber\n14 rue Victor-Hugo", ["Anna Weber"]),
        // Marketplace turns: "name (buyer):", "name (seller):".
        ("zorbiqa (buyer): still there?\nqorvash (seller): yes\nzorbiqa (buyer): great", ["zorbiqa", "qorvash", "zorbiqa"]),
        // A review export's author: a JSON key, a byline, a pipe table's column (whose prose column is read as prose).
        ("{\"rating\": 4, \"reviewer\": \"Qorvash\", \"text\": \"Arrived fine.\"}", ["Qorvash"]),
        ("★★★★\nVerified purchase · Zorbiqa Tlemvane · 3 Nov 2026\nWould buy again.", ["Zorbiqa Tlemvane"]),
        ("review_id | rating | reviewer | date | text\n78375 | 4/5 | Qorvash Eltrimo | 23 Feb 2026 | Last week, Jonas ordered the same lamp.",
         ["Qorvash Eltrimo", "Jonas"]),
        // (A CSV's note column is still skipped.)
        ("id;name;remarque\n1;Anna Weber;Yves Saint Laurent\n", ["Anna Weber"]),
        // A labelled line's lower-case value: after a strong label any run of words, after a role two parts.
        ("destinataire : qorvash eltrimo\nlivré à : rue neuve 4", ["qorvash eltrimo"]),
        ("käufer · zorbiqa t.\nkönnen sie das prüfen?", ["zorbiqa t."]),
        // Staff: a role with its article in brackets, a capitalized job title after "our", a contact line's label.
        ("Delivery was late but Jonas (the driver) phoned ahead.", ["Jonas"]),
        ("Livraison en retard mais Lucie (le livreur) a appelé.", ["Lucie"]),
        ("I've passed this on to Jonas, our Billing Officer.", ["Jonas"]),
        ("Votre interlocuteur: Qorvash Eltrimo, Conseillère clientèle", ["Qorvash Eltrimo"]),
        // A shipping label's field name alone on the line above; the seller's side of a marketplace conversation.
        ("Recipient\nQorvash Eltrimo\n10 Mill Lane", ["Qorvash Eltrimo"]),
        ("vendeur · zorbiqa p.\nje peux passer le chercher", ["zorbiqa p."]),
        // (An organisation above the attention line, with "&" in its name.)
        ("Recipient\nJohnson & Johnson\nAttn: Lucie Martin", ["Lucie Martin"]),
        // A TSV cell ends at its tab: the next cell ("EUR 871,07") is no part of the name, and is not echoed.
        ("Kunde\tBetrag\tIBAN\nMargaux Roux\t\t\tEUR 871,07\t\nRemi Martin\t102,68 EUR\t", ["Margaux Roux", "Remi Martin"]),
    ]

    @Test(arguments: persons)
    func findsPerson(_ row: (String, [String])) throws {
        let got = try found(row.0, of: ["PERSON"])
        #expect(got == row.1, "\(row.0): \(got)")
    }

    static let negatives: [String] = [
        // After a complementizer, a function word or a preposition is no verb: the name is a title's.
        "Le client demande si Martine à la plage est en stock.",
        "Kunde fragt, ob Momo und die Biografie noch lieferbar sind.",
        // Seasons are capitalized nouns in German; a product named after the first part of a hyphenated word.
        "Sommer ist zu spät für die Lieferung.",
        "Emma-Matratze ist zu hart.",
        // A question's inverted auxiliary opens it to anyone, famous people too.
        "Hat Napoleon das wirklich getragen?",
        // Brands keep their grammar.
        "Thanks for the quick reply! Mercedes will collect it.",
        "Ich denke, dass Zara bessere Preise hat.",
        // An invoice's line item: a quantity times an article (a title's dot inside the run).
        "Qty\n1 x Oliver Twist (paperback)  £12.40\n2 × Anna Karenina  €9.90\n1 x Madame Bovary (poche)  8,50 €\n1 x Mr. Muscle, Linen",
        // A brand before a compound's thing noun.
        "Unterhaltung zu: Calvin Klein-Artikel · 84,26 €",
        // An organisation above a line "for the attention of" someone; a shipping label's sender alone under its label.
        "Deliver to:\nFerrero\nAttn: Support desk",
        "ABSENDER:\nQorvash\nAm Anger 7\n28758 Bremen",
        "FROM:\nCamper\n14 rue Victor-Hugo",
        // A document's issuer: the letterhead above its title, the name after "TITLE —"; a department's company.
        "Harvey Nichols\nINVOICE\nInvoice no. 123",
        "PACKING SLIP — Harvey Nichols\nOrder 1234",
        "Sincères salutations,\nService client Michelin",
        // A role's one-word value and a one-letter option are no names.
        "from: amazon\nsubject: order",
        "buyer · amazon\nhi",
        "option: a\nsize: m",
        // A company's name before "our" and a title is no staff member.
        "We ordered tyres. Michelin, our Supplier since 2019, was late.",
        // Only an address block's own labels stand alone above a name.
        "ATTENTION\nFRAGILE GLASS",
        // A brand after a verb of calling is still a brand; a noun between "mit" and the participle is no name.
        "Just call Amazon again, they will refund it.",
        "Ich habe mit Kunden gesprochen, nicht mit dem Fahrer.",
        // Only a reply's noun opens an author's label.
        "Shipped from Berlin (Germany): 2 parcels",
    ]

    @Test(arguments: negatives)
    func ignores(_ text: String) throws {
        let got = try found(text, of: ["PERSON"])
        #expect(got.isEmpty, "\(text): \(got)")
    }
}
