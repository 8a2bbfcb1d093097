import Testing
@testable import SovereignFilter

/// NER v2, round 8 (issue 17): street lines written in lower case in sloppy chat are addresses when a postcode and city
/// follow (a lower-case word and a number alone are none).
struct NERv2LowerCaseAddressTests {
    static let addresses: [(String, String)] = [
        ("bitte an rosengarten 12, 60311 frankfurt schicken", "rosengarten 12, 60311 frankfurt"),
        ("richtig ist hinter dem tor 7, tür 3, 1010 wien", "hinter dem tor 7, tür 3, 1010 wien"),
        ("an alter hafen 100, 3. og, 99084 erfurt bitte", "alter hafen 100, 3. og, 99084 erfurt"),
        ("schick es an seefeldweg 5, d-80331 münchen", "seefeldweg 5, d-80331 münchen"),
    ]

    @Test(arguments: addresses)
    func findsLowerCaseStreetLine(_ row: (String, String)) throws {
        let got = try found(row.0, of: ["ADDRESS"])
        #expect(got.contains { $0.hasPrefix(row.1) }, "\(row.0): \(got)")
    }

    static let negatives: [String] = [
        "die größe 38 passt nicht, bitte seite 12 lesen",
        "ich habe kapitel 3, 4 und 5 gelesen",
        // An escape's tail is no street name (JSON escapes not decoded by the policy).
        #"{"ship_to": "Goethestra\u00dfe 12, 10115 Berlin"}"#,
    ]

    @Test(arguments: negatives)
    func ignoresNumberedWords(_ text: String) throws {
        #expect(try found(text, of: ["ADDRESS"]).isEmpty, "\(text)")
    }
}
