import Testing
@testable import SovereignFilter

/// NER round 10 (issue 17), addresses: the five-digit postcodes written as three and two digits (SE, CZ, SK, GR) with a
/// district number after the city, the comma between a street typed before its name and the number (IT, ES, PT), the
/// Italian province after the city, and house numbers with orientation or door numbers ("1810/70", "40/1/14").
struct NERv2PostcodeRound10Tests {
    static let addresses: [(String, String)] = [
        ("Lieferadresse: Kungsgatan 12, 411 19 Göteborg, Schweden. Danke", "Kungsgatan 12, 411 19 Göteborg, Schweden"),
        ("use Karlova 3, 110 00 Praha 1 please", "Karlova 3, 110 00 Praha 1"),
        ("Via Garibaldi, 9, 16124 Genova GE", "Via Garibaldi, 9, 16124 Genova GE"),
        ("Consigne : Via Roma, 22, 40121 Bologna (BO). Merci", "Via Roma, 22, 40121 Bologna (BO)"),
        ("Carrer de Mallorca, 21\n08008 Barcelona\nEspagne", "Carrer de Mallorca, 21\n08008 Barcelona\nEspagne"),
        ("Adresa: Nerudova 1204/15, 118 00 Praha 1", "Nerudova 1204/15, 118 00 Praha 1"),
        // Unit parts: Polish flats ("m.", "lok."), Swedish floors ("3 tr"), Norwegian flat numbers, the Portuguese ground floor.
        ("bitte ul. Mokotowska 57 m. 54, 00-640 Warszawa ok", "ul. Mokotowska 57 m. 54, 00-640 Warszawa"),
        ("Adres: Piotrkowska 12 lok. 3, 90-406 Łódź", "Piotrkowska 12 lok. 3, 90-406 Łódź"),
        ("Ship to:\nSveavägen 20, 3 tr\n111 57 Stockholm\nSweden", "Sveavägen 20, 3 tr\n111 57 Stockholm\nSweden"),
        ("Markveien 9, H0301\n0555 Oslo\nNorway", "Markveien 9, H0301\n0555 Oslo\nNorway"),
        ("from Rua da Prata 88, r/c, 1100-420 Lisboa without", "Rua da Prata 88, r/c, 1100-420 Lisboa"),
    ]

    @Test(arguments: addresses)
    func findsAddress(_ row: (String, String)) throws {
        let got = try found(row.0, of: ["ADDRESS"])
        #expect(got == [row.1], "\(row.0): \(got)")
    }

    /// Amounts and counts in the same shapes stay unflagged.
    @Test func notAddresses() throws {
        for text in ["I paid 120 00 euros for it", "Order 582 03 arrived", "Via email, 12 people replied"] {
            #expect(try found(text, of: ["ADDRESS"]).isEmpty, "\(text)")
        }
    }
}
