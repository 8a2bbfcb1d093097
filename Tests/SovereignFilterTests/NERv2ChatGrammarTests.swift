import Testing
@testable import SovereignFilter

/// NER v2, round 10 (issue 17): speakers of lower-case chat transcripts, roles only a person fills (in apposition or
/// after an article), lower-case sign-off lines, "it was X" in chat, and lower-case echoes of a lower-case name.
struct NERv2ChatGrammarTests {
    static let persons: [(String, [String])] = [
        // A transcript: three labelled lines, one speaker speaks twice; the speakers are people whatever the gazetteers say.
        ("kofi: who took my charger\nlena: not me, it was tomas berger\nkofi: ok thanks\ntomas: sorry my bad",
         ["kofi", "lena", "tomas berger", "kofi", "tomas"]),
        ("[10:02] zeynep: wer hat die lampe bestellt\n[10:03] ilari: ich nicht\n[10:05] zeynep: komisch",
         ["zeynep", "ilari", "zeynep"]),
        // Roles in apposition and after an article.
        ("The courier, Ifeoma, was very patient.", ["Ifeoma"]),
        ("Der Fahrer, Radek, hat zweimal geklingelt.", ["Radek"]),
        ("Le livreur, Soraya, a laissé le colis.", ["Soraya"]),
        ("the driver Temitope called twice", ["Temitope"]),
        // Lower-case sign-off lines and "it was"/"das war" in chat; the lower-case name recurs.
        ("bis morgen\nlg kipchoge", ["kipchoge"]),
        ("ok\nthx brittany", ["brittany"]),
        ("sie sagt das war lukas weber\nlukas hat es", ["lukas weber", "lukas"]),
        // A hesitation between cue and name; a known given name addressed without a greeting word.
        ("Hallo, hier ist ähm Radovan, ich rufe an", ["Radovan"]),
        ("Anything else, Ingrid?", ["Ingrid"]),
        ("Ingrid, see below – can you check?", ["Ingrid"]),
        // Whose parcel, whose birthday, where to ring, whom to leave it with or to tell.
        ("Your parcel for TEMPERANCE OKAFOR is ready", ["TEMPERANCE OKAFOR"]),
        ("pour l'anniversaire de Léandre", ["Léandre"]),
        ("merci, sonnez chez Okonkwo si besoin", ["Okonkwo"]),
        ("pls leave it with jonas weber next time", ["jonas weber"]),
        ("tu peux dire à ines que c'est ok", ["ines"]),
    ]

    @Test(arguments: persons)
    func findsPerson(_ row: (String, [String])) throws {
        let got = try found(row.0, of: ["PERSON"])
        #expect(got == row.1, "\(row.0): \(got)")
    }

    static let negatives: [String] = [
        // Field dumps, notes and chat roles are no speakers: no label recurs, or the labels are roles and fields.
        "zip: 10115\nstreet: hauptstr 5\ncity: berlin\nstreet: am markt 2",
        "note: call back\nedit: done\nnote: again",
        "user: hello\nassistant: hi\nuser: bye",
        "[09:00] Kunde: Hallo\n[09:01] Mitarbeiterin: Guten Tag\n[09:02] Kunde: Danke",
        "X-Log-Level: debug\nX-Api-Key: none\nX-Log-Level: info",
        // A carrier after "the courier", a product after "the driver", ordinary words after a closing.
        "The courier DPD was late",
        "the driver App crashed",
        "ok\ncheers mate",
        "thanks again\nbisous tout le monde",
        // Places and common words in the vocative slot; a day after "parcel for".
        "Do you ship to Austria, Germany?",
        "Is it in stock, Paris?",
        "Thanks, see below",
        "the parcel for Monday is late",
    ]

    @Test(arguments: negatives)
    func ignores(_ text: String) throws {
        let got = try found(text, of: ["PERSON"])
        #expect(got.isEmpty, "\(text): \(got)")
    }

    /// A capitalized name found after a title keeps its capitalized echo ("Frau ap Rhys" is no lower-case name).
    @Test func capitalizedEchoOfParticleName() throws {
        let got = try found("Bitte tragen Sie Llinos ap Rhys als Empfänger ein. Frau ap Rhys holt es ab.", of: ["PERSON"])
        #expect(got.contains { $0.contains("Rhys") } && got.count >= 2, "\(got)")
    }
}

/// Round 10's thing grammar: sizes are compared between brands, a label naming a work or an article (also opening a
/// sentence), a German compound whose head is a shop, cafés and bakeries, and a word between a label and its colon.
struct NERv2ThingLabelTests {
    static let negatives: [String] = [
        "Is the Levi's shirt in the same sizing as Isabel Marant?",
        "Fällt Carl Zeiss genauso aus wie Fred Perry?",
        "Est-ce que John Frieda taille comme Helly Hansen ?",
        "Paket hängt im Depot. Artikel: Siri Remote. Motiv laut Angebot: Jane Eyre.",
        "Reference film in the listing: Annie Hall.",
        "PS: Dr. Lipp Bio-Markt nebenan hatte dasselbe Problem.",
        "Die Geschenkverpackung von Café Anouk war toll.",
    ]

    @Test(arguments: negatives)
    func ignores(_ text: String) throws {
        let got = try found(text, of: ["PERSON"])
        #expect(got.isEmpty, "\(text): \(got)")
    }

    static let persons: [(String, [String])] = [
        ("EMPFÄNGER ABWEICHEND: RODRIGO CERVANTES", ["RODRIGO CERVANTES"]),
        ("Dear John: thanks for the call", ["John"]),
        ("Bitte an die Adresse meiner Mutter, Frau Lauridsen: Am Salzhaus 26, 60311 Frankfurt am Main.", ["Lauridsen"]),
        ("[09:56] agent Lwazi: Sure! Could you confirm?", ["Lwazi"]),
        ("Mein Nachbar Ali Akbar hat es angenommen.", ["Ali Akbar"]),
    ]

    @Test(arguments: persons)
    func findsPerson(_ row: (String, [String])) throws {
        let got = try found(row.0, of: ["PERSON"])
        #expect(got == row.1, "\(row.0): \(got)")
    }
}
