import Testing
@testable import SovereignFilter

/// PERSON and ADDRESS known answers per language, and look-alikes that must stay unflagged.
struct NERTests {
    static let persons: [(String, String)] = [
        // English: cues, no cue, unseen names with a clear cue, particles, initials, hyphens, apostrophes.
        ("Hi, my name is Aurelio Quintanilla and I need help.", "Aurelio Quintanilla"),
        ("my name is aurelio quintanilla", "aurelio quintanilla"),
        ("Dear Mr. Thompson, thanks for the update.", "Thompson"),
        ("Please ship it to Sarah O'Connor today.", "Sarah O'Connor"),
        ("The account holder is Ludwig van Beethoven.", "Ludwig van Beethoven"),
        ("Card holder: J. R. Tolkien", "J. R. Tolkien"),
        ("I spoke with Jennifer Lopez-Garcia yesterday.", "Jennifer Lopez-Garcia"),
        ("Thanks!\nRegards,\nMichael Brown", "Michael Brown"),
        ("Emily Clarke ordered the blue lamp.", "Emily Clarke"),
        ("Contact: ROBERT SMITH", "ROBERT SMITH"),
        ("This is Xiomara Zubiaurre from accounting.", "Xiomara Zubiaurre"),
        // German
        ("Hallo, ich heiße Jürgen Weißmüller.", "Jürgen Weißmüller"),
        ("Sehr geehrte Frau Schneider-Holzapfel, vielen Dank.", "Schneider-Holzapfel"),
        ("Kontoinhaber: Annegret von der Heydt", "Annegret von der Heydt"),
        ("Lieferung an Klaus-Dieter Brömmelkamp, bitte.", "Klaus-Dieter Brömmelkamp"),
        ("Mit freundlichen Grüßen\nStefanie Wagner", "Stefanie Wagner"),
        // French
        ("Bonjour, je m'appelle Élodie Lefèvre.", "Élodie Lefèvre"),
        ("Mme Dupont-Aignan a appelé.", "Dupont-Aignan"),
        ("Titulaire du compte : Jean-Baptiste de La Fontaine", "Jean-Baptiste de La Fontaine"),
        ("Livrer à François Mitterrand, merci.", "François Mitterrand"),
        ("Cordialement,\nIsabelle Moreau", "Isabelle Moreau"),
    ]

    @Test(arguments: persons)
    func findsPerson(_ row: (String, String)) throws {
        let all = try found(row.0)
        #expect(all.first { $0.0 == "PERSON" }?.1 == row.1, "\(row.0): \(all)")
    }

    static let addresses: [(String, String)] = [
        ("Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500 please", "1600 Pennsylvania Avenue NW, Washington, DC 20500"),
        ("Billing address: 742 Evergreen Terrace, Springfield, OR 97403.", "742 Evergreen Terrace, Springfield, OR 97403"),
        ("Send it to 221 Baker Street, London NW1 6XE.", "221 Baker Street, London NW1 6XE"),
        ("Deliver to 12 Oak St. Apt. 4, Boston, MA 02108.", "12 Oak St. Apt. 4, Boston, MA 02108"),
        ("New address: 350 Fifth Avenue Suite 3300", "350 Fifth Avenue Suite 3300"),
        ("Lieferadresse: Goethestraße 12a, 10115 Berlin.", "Goethestraße 12a, 10115 Berlin"),
        ("Bitte an Berliner Straße 5, 60311 Frankfurt am Main senden.", "Berliner Straße 5, 60311 Frankfurt am Main"),
        ("Rechnungsadresse: Am Lindenweg 3/1, 79098 Freiburg", "Am Lindenweg 3/1, 79098 Freiburg"),
        ("Neue Adresse: Kaiser-Wilhelm-Ring 17", "Kaiser-Wilhelm-Ring 17"),
        ("Adresse : 12, rue de la Paix, 75002 Paris.", "12, rue de la Paix, 75002 Paris"),
        ("Livrer au 8 avenue des Champs-Élysées 75008 Paris", "8 avenue des Champs-Élysées"),
        ("Adresse de facturation : boulevard Haussmann, 75009 Paris", "boulevard Haussmann, 75009 Paris"),
    ]

    @Test(arguments: addresses)
    func findsAddress(_ row: (String, String)) throws {
        let all = try found(row.0)
        let got = all.first { $0.0 == "ADDRESS" }?.1
        // The whole address, or at least its street line for forms without a comma before the city.
        #expect(got == row.1 || (got.map { row.1.hasPrefix($0) && $0.count >= 8 } ?? false), "\(row.0): \(all)")
    }

    /// Capitalized words that are not people or addresses.
    static let negatives: [String] = [
        "Do you have the Galaxy S24 in black?",
        "The Pure Linen Sheet Set is sold out.",
        "Monday is fine, or Friday in March.",
        "Paris and Berlin are lovely in June.",
        "Thank You Very Much For The Quick Reply",
        "Bitte Senden Sie Mir Die Rechnung.",
        "Die Lieferung kam am Dienstag, vielen Dank!",
        "Merci Beaucoup Pour Votre Aide.",
        "Apple Watch Series 9 or Samsung Galaxy Watch?",
        "I bought 2 Green Tea and 3 Black Coffee.",
        "Looking for Nike Air Max 90 size 42.",
        "Best, Looking forward to your reply.",
        "We offer 3 Year Warranty on all items.",
        "Version 2 Release Notes are online.",
        "Kind regards. Use my saved card please.",
    ]

    @Test(arguments: negatives)
    func ignores(_ text: String) throws {
        let all = try found(text).filter { $0.0 == "PERSON" || $0.0 == "ADDRESS" }
        #expect(all.isEmpty, "\(text): \(all)")
    }

    @Test func tokenizer() throws {
        let text = Array("Jean-Luc O'Neil, Goethestr. 8/6\nÉlodie 12a".utf8)
        let toks = text.withUnsafeBufferPointer { Tokenizer.tokens($0) }
        let words = toks.map { String(decoding: text[Int($0.start)..<Int($0.end)], as: UTF8.self) }
        #expect(words == ["Jean-Luc", "O'Neil", ",", "Goethestr", ".", "8/6", "\n", "Élodie", "12a"])
        #expect(toks[0].cap && toks[7].cap && !toks[5].cap)
        #expect(toks[3].dot)
    }

    /// The tokenizer hashes ASCII words 8 bytes at a time and everything else byte by byte; both must give
    /// `WordKey.hash` of the word's text, at every length and chunk boundary, or gazetteer look-ups miss.
    @Test func tokenHashesMatchWordKey() throws {
        let words = ["a", "Ab", "abcdefg", "ABCDEFGH", "abcdefghi", "Donaudampfschifffahrtsgesellschaft",
                     "Jean-Luc", "O'Neil", "Müller", "ÉLODIE", "straße", "Øster-Ørsted", "abcdefgé", "Ω", "Петров",
                     "x9", "Goethestr", "abcdefghijklmnop", "aujourd’hui", "Zhang"]
        for w in words {
            for pad in ["", " ", "xyzxyzxy "] {
                let text = Array((pad + w + ", ok 12345678").utf8)
                let toks = text.withUnsafeBufferPointer { Tokenizer.tokens($0) }
                let tok = try #require(toks.first { String(decoding: text[Int($0.start)..<Int($0.end)], as: UTF8.self) == w }, "\(w)")
                #expect(tok.hash == WordKey.hash(w), "\(w) after \(pad.count) bytes")
                if !w.contains("ß") { #expect(tok.hash == WordKey.hash(w.uppercased()), "\(w) upper") }
            }
        }
        // Different words, different keys (the final mix reaches every bit, so no collisions in 64 bits).
        let keys = Set(words.map { WordKey.hash($0) })
        #expect(keys.count == words.count)
    }
}
