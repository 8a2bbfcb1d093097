import Testing
@testable import SovereignFilter

/// NER round 11 (issue 17): the label shapes of chat exports and IRC logs (a stamp after the name, `<nick>`, two-word
/// names), echoes of a name found earlier in the message, in any context, display names spelled in their mailbox, and
/// coordinated given names.
struct NERRound11Tests {
    static let persons: [(String, [String])] = [
        // "name (hh:mm): …", the French "(20 h)" stamp, two-word names; unknown capitalized names once the turns recur.
        ("bogdan (17:30): ich sehe es\nwiebke (17:31): ok\nbogdan (17:35): danke", ["bogdan", "wiebke", "bogdan"]),
        ("Trésor Kabila (18 h 15): C'est pour ma fille.\nThijs (17 h 15): Très bien.\nTrésor Kabila (18 h 20): Merci.",
         ["Trésor Kabila", "Thijs", "Trésor Kabila"]),
        // IRC nicks.
        ("<Syafiq> Thanks for waiting\n<Ouma> no problem\n<Syafiq> checking now", ["Syafiq", "Ouma", "Syafiq"]),
        // "[hh:mm] Given Surname: …".
        ("[11:05] Mursal Popalzai: Appelez-moi\n[11:06] Ilse: Bien sûr\n[11:07] Mursal Popalzai: Merci",
         ["Mursal Popalzai", "Ilse", "Mursal Popalzai"]),
        // Echoes: a part of a name found earlier names the person again without a cue.
        // (Lower case too, for a part in no list of common words.)
        ("My neighbour Qorvash Eltrimo took it. I asked eltrimo twice.", ["Qorvash Eltrimo", "eltrimo"]),
        // RFC 5322 name-addr: a display name spelled in its mailbox's local part.
        ("Organizer: Qorvash Eltrimo <eltrimo.q@example.org>", ["Qorvash Eltrimo"]),
        ("Attendees: Zorbiqa W. Tlemvane <zorbiqa89@example.org>", ["Zorbiqa W. Tlemvane"]),
        // Coordinated given names.
        ("Kann Bram oder Salvatore das statt mir abholen?", ["Bram", "Salvatore"]),
        // Every strong cue admits a lower-case known given name in sloppy text.
        ("my cousin davit recommended you", ["davit"]),
        ("ma collègue ilaria du service retours va vous rappeler", ["ilaria"]),
        // The addressee of a verb of saying, asking, thanking or meeting.
        ("Ask Einar at the front desk, he knows.", ["Einar"]),
        ("Fragen Sie Svenja an der Information.", ["Svenja"]),
        ("Merci à Amandine pour la relance !", ["Amandine"]),
        // The subject of a verb of saying or knowing.
        ("Apparently Federica reckons it's a manufacturing fault.", ["Federica"]),
        // (Also with a prepositional phrase between subject and verb.)
        ("Tomas du dépôt dit que la camionnette était pleine.", ["Tomas"]),
        // A role alone in parentheses after a name: an apposition.
        ("--- 3. Juli 2026 14:30 | Wanjiku Kariuki (Mitarbeiter) ---", ["Wanjiku Kariuki"]),
        // A known surname in lower case after a strong cue.
        ("merci de sonner chez okonkwo", ["okonkwo"]),
        // An attribution line: a dash, the writer, a comma and a qualifier.
        ("Great service.\n— Zorbiqa Tlemvane, verified buyer", ["Zorbiqa Tlemvane"]),
        // A key = value dump names its fields with `=`.
        ("VORNAME = CSABA\nNACHNAME = HORVÁTH", ["CSABA", "HORVÁTH"]),
        // "a certain X"; a signature names its signer.
        ("Un certain Zorbiqa Tlemvane reçoit mon courrier.", ["Zorbiqa Tlemvane"]),
        ("Auf dem Beleg steht als Unterschrift „Okonkwo“, keine Ahnung.", ["Okonkwo"]),
        // The lower-case conjunct of a name just found.
        ("merci de sonner chez okonkwo ou nieminen", ["okonkwo", "nieminen"]),
        // A given name found whole keeps its whole span when it recurs with the surname.
        ("Hi Anna, thanks. Anna Weber will call.", ["Anna", "Anna Weber"]),
    ]

    @Test(arguments: persons)
    func findsPerson(_ row: (String, [String])) throws {
        let got = try found(row.0, of: ["PERSON"])
        #expect(got == row.1, "\(row.0): \(got)")
    }

    static let negatives: [String] = [
        // HTML and XML tags on their own lines are no IRC nicks: a nick's `>` is followed by a space (round 12).
        "<table>\n<tr><td>Telefon</td><td>+43 699 415 829 41</td></tr>\n<tr><td>Karte</td><td>1725</td></tr>\n<tr><td>Datum</td><td>11.1.2026</td></tr>\n</table>",
        "<Bestellung>\n<Bestellnummer>4711</Bestellnummer>\n<Bestellnummer>4712</Bestellnummer>\n<Bestellnummer>4713</Bestellnummer>",
        // A record's field labels do not make a transcript ("Customer since", "Tier").
        "Customer since: 2019\nTier: Gold\nCustomer since: 2020\nTier: Silver",
        // Stamps hold times only: "(see note)" is no stamp.
        "zip (see note): 10115\ncity (see note): berlin\nzip (see note): 10117",
        // A shop's mailbox does not spell its display name; an item line's title keeps its conjuncts.
        "Organizer: Gartenwelt Nord <noreply@example.org>",
        "- 1x Hanni und Nanni\n- 1x Renault Zoe",
        "Gibt es das Kleid auch in Viola oder Aurora?",
        // A medium cue does not admit a lower-case name: "from wilko" is a shop.
        "the shelf is from wilko, the lamp too",
        // A brand or a common word after the verb stays what it is.
        "Ask Alexa to play music.",
        "Thanks to Amazon the parcel came early.",
        // A shop named after its owner sells: "Chez Fatou m'a vendu le dernier."
        "Chez Fatou m'a vendu le dernier.",
        // A JSON value whose key names a thing; a merchant after a shipment's number.
        "{\"items\": [{\"sku\": \"70912\", \"title\": \"Thérèse Raquin\", \"colour\": \"Rosé\"}]}",
        "Good news! Your parcel 135896599 from Douglas is on its way.",
        "Ihre Sendung #710721 von Rossmann ist mit DHL unterwegs.",
        // A naming verb whose subject is a thing.
        "Sur l'étiquette la couleur s'appelle « Violette ».",
        // One capitalized word before "(Agent)" that no gazetteer calls a given name: a product or a system.
        "Installed Zorbix (Agent) on the laptop.",
        // A shop sign names the trade first (also with a title or a family word between) or last.
        "Point Relais Pressing Monsieur Lin, 107 rue du Faubourg",
        "Die Lampe ist von Friseur Carlo, das Regal von Obi.",
        "Sultan Ahmet Grill sold me the last one.",
        // The object of a reading verb is a work.
        "We're reading Oliver Twist in book club.",
        "Au club de lecture on lit Le Père Goriot.",
        // A namesake; a merchant after a shipment code with letters and digits.
        "We named the dog after Naomi Osaka, long story.",
        "Den Hund haben wir nach Bruce Lee benannt, lange Geschichte.",
        "Good news! Your parcel R14678710 from Douglas is on its way.",
        // A portrait printed on a product's side.
        "It's a tribute mug - Omar Sy on one side, Marie Curie on the other.",
        // French "en" is a preposition, no conjunction; "toute" is no name.
        "Je mets Sergio Castillo en copie. Bonjour Indrė et toute l'équipe,",
        // A lower-case common word is no echo of a capitalized name in an ambiguous list.
        "Rose Tyler called. The rose pattern is sold out.",
    ]

    @Test(arguments: negatives)
    func ignores(_ text: String) throws {
        let got = try found(text, of: ["PERSON"])
        #expect(got.allSatisfy { $0 != "rose" && $0 != "Tier" && $0 != "zip" && $0 != "city" && $0 != "Nanni" && $0 != "Omar Sy" && $0 != "Marie Curie" && $0 != "Naomi Osaka" && $0 != "Bruce Lee" && $0 != "Oliver Twist" && $0 != "Goriot" && $0 != "Lin" && !$0.contains("Carlo") && !$0.contains("Ahmet") && $0 != "copie" && $0 != "toute" && $0 != "Zorbix" && $0 != "Violette" && $0 != "Thérèse Raquin" && $0 != "Douglas" && $0 != "Rossmann" && $0 != "Fatou" && $0 != "Alexa" && $0 != "Amazon" && $0 != "wilko" && $0 != "Aurora" && !$0.contains("Gartenwelt") },
                "\(text): \(got)")
    }

    /// The shipment rule leaves a person after a sentence's last word alone ("… GARAGE. SINON CHEZ X"), and a JSON name key
    /// still names a person.
    @Test func personsBesideTheThingRules() throws {
        #expect(try found("LIEU SÛR : GARAGE. SINON CHEZ THIBAULT LEFEBVRE, RDC GAUCHE.", of: ["PERSON"]) == ["THIBAULT LEFEBVRE"])
        #expect(try found("{\"first\": \"Katerina\", \"title\": \"Dune\"}", of: ["PERSON"]) == ["Katerina"])
        #expect(try found("Ma voisine s'appelle Violette Marchand.", of: ["PERSON"]) == ["Violette Marchand"])
        #expect(try found("Monsieur Lin a signé le bon.", of: ["PERSON"]) == ["Lin"])
    }

    /// In a stamped transcript an unstamped label is a pasted field, not a turn.
    @Test func unstampedFieldInStampedChat() throws {
        let got = try found("wiebke (14:30): hallo\nablageort: garage\nkimi (14:31): ok\nwiebke (14:32): danke", of: ["PERSON"])
        #expect(!got.contains("ablageort") && got.contains("kimi"), "\(got)")
    }
}
