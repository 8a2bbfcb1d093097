import Testing
@testable import SovereignFilter

/// NER v2, round 8 (issue 17): PO boxes abbreviated with dots — B.P. (boîte postale), C.P. (case postale), P.O. Box — are
/// addresses with their number, and with the postcode and city when they follow. (`P.O. Box 318` is found from `Box 318` on:
/// its number lies beyond the street-line window, and widening it cost more than the gate allows.)
struct NERv2DottedPostBoxTests {
    static let boxes: [(String, String)] = [
        ("Factures à : B.P. 418, L-2014 Luxembourg, merci.", "B.P. 418, L-2014 Luxembourg"),
        ("Adresse : B.P. 77, 33000 Bordeaux", "B.P. 77, 33000 Bordeaux"),
        ("Case postale : C.P. 52, 1211 Genève", "C.P. 52, 1211 Genève"),
    ]

    @Test(arguments: boxes)
    func findsDottedPostBox(_ row: (String, String)) throws {
        let got = try found(row.0, of: ["ADDRESS"])
        #expect(got == [row.1], "\(row.0): \(got)")
    }

    @Test func initialsAreNoPostBox() throws {
        #expect(try found("Signed by B.P. Okafor yesterday.", of: ["ADDRESS"]).isEmpty)
    }
}
