import Testing
@testable import SovereignFilter

/// Formats of bank statements, mail headers, SMS exports, DSNs and server logs (structured round 10,
/// session fixes): known answers written from the formats (SWIFT MT940 `:86:` subfields, RFC 5322
/// Message-ID, nginx's error-log prefix, SEPA references).
struct MailAndLogFormatsTests {
    /// (text, type, the exact substring expected)
    static let positives: [(String, String, String)] = [
        // MT940 `:86:` subfields: `?31` is the counterparty's IBAN, `?32` the name.
        (":86:166?00GUTSCHRIFT?20Bestellung 4711?30GENODEF1M04?31DE89370400440532013000?32JANE DOE", "IBAN", "DE89370400440532013000"),
        (":86:166?00GUTSCHRIFT?20Order SW-196101?31GB82WEST12345698765432?32SOPHIE JONES", "IBAN", "GB82WEST12345698765432"),
        // A sender or a label colon after a grouped number (SMS exports, signatures).
        ("29/07/2026 20:45:26 ▶ 03.24.74.82.92: Votre colis arrive", "PHONE", "03.24.74.82.92"),
        ("25/10/2024 02:27:54 ◀ 312.394.5780: Your verification code", "PHONE", "312.394.5780"),
        ("19.05.2025 14:50:35 ▶ 030/30538527: Bitte nicht an die Packstation", "PHONE", "030/30538527"),
        // A mailbox as an SMTP login, next to its password, also percent-encoded.
        ("MAILER_DSN=smtp://orders@mail.example-shop.de:Mistral2022?@smtp.ionos.de:587", "EMAIL", "orders@mail.example-shop.de"),
        ("MAILER_DSN=smtp://orders@mail.example-shop.de:Mistral2022?@smtp.ionos.de:587", "SECRET", "Mistral2022?"),
        ("mailer_dsn=\"smtp://shop%40mail.example-store.de:b+Mh8p59dDCYj&jznzs@smtp.ionos.de:587\"", "EMAIL", "shop%40mail.example-store.de"),
        ("DATABASE_URL=smtp://magento%40mail.example-store.de:Mistral2022?@smtp.ionos.de:587", "SECRET", "Mistral2022?"),
        // MT940: an order word glued to its subfield code ("?20Order …").
        (":86:166?00GUTSCHRIFT?20Order 140539718158?21Customer ID C39423604?30HYVEDEMMXXX", "ORDER_NUMBER", "140539718158"),
        ("Verwendungszweck /MOTIF Best.Nr. ZNVAEV8   +CHF 2016.70", "ORDER_NUMBER", "ZNVAEV8"),
        ("Ihre Best.-Nr. 4711-2025 ist unterwegs", "ORDER_NUMBER", "4711-2025"),
        // Config files: a key naming a phone labels its value (YAML, .env, INI).
        ("production:\n  shop_phone: \"415/956-0742\"\n", "PHONE", "415/956-0742"),
        ("SHOP_PHONE='030 / 3053 8527'\nALLOWED_IP=\"10.1.2.3\"", "PHONE", "030 / 3053 8527"),
        ("[shop]\nsupport_phone = \"0475.985.429\"\n", "PHONE", "0475.985.429"),
        // After a phone label: an area code and the subscriber number, or a mobile prefix of five.
        ("Tel. 91/2128670", "PHONE", "91/2128670"),
        ("> Telefonnummer: 01512.340.50.47", "PHONE", "01512.340.50.47"),
        // A mailbox in angle brackets on an ordinary header is a mailbox.
        ("From: Jane Doe <jane.doe@example.com>", "EMAIL", "jane.doe@example.com"),
    ]

    @Test(arguments: positives)
    func isFound(_ row: (String, String, String)) throws {
        let all = try found(row.0)
        #expect(all.contains { $0.0 == row.1 && $0.1 == row.2 }, "\(row.1) in \(row.0): \(all)")
    }

    /// (text, type that must not be reported, its substring)
    static let notFound: [(String, String, String)] = [
        ("Message-ID: <20250101.1234@mail.shop.de>", "EMAIL", "20250101.1234@mail.shop.de"),
        ("> In-Reply-To: <CAF=x7Yq3Zk@mail.gmail.com>", "EMAIL", "CAF=x7Yq3Zk@mail.gmail.com"),
        ("References: <a1b2c3@mx.example.org>", "EMAIL", "a1b2c3@mx.example.org"),
        ("2026/08/16 08:23:02 [warn] 33030#33030: *794407 limiting requests", "ORDER_NUMBER", "#33030"),
        ("    /EREF 9364249559-MWF /REMI Cde n° 4411", "PHONE", "9364249559"),
        ("Comment: 09/02/2026 11:29;Agnès Robert;Corrigé en 4.9.6.0, commit b5a224b", "IP_ADDRESS", "4.9.6.0"),
        ("ALLOWED_IP='172.29.227.128'\nVERSION=6.9.9.7\n", "IP_ADDRESS", "6.9.9.7"),
        ("Fixed in 9.4.1.41, see the changelog", "IP_ADDRESS", "9.4.1.41"),
        ("product_id = '4711-2025'\n", "PHONE", "4711-2025"),
        ("Tel. am 12.03.2024 angerufen", "PHONE", "12.03.2024"),
        ("[shop]\nhotel = \"0475.985.429\"\n", "PHONE", "0475.985.429"),
    ]

    @Test(arguments: notFound)
    func isNotFound(_ row: (String, String, String)) throws {
        #expect(!(try found(row.0, of: [row.1]).contains(row.2)), "\(row.1) in \(row.0)")
    }

    /// Times and IPv6 addresses still end a number before their colon.
    @Test func timesAndAddressesStillCut() throws {
        #expect(try found("Lieferung 4711 12:30 Uhr", of: ["PHONE"]).isEmpty)
        #expect(try found("ALLOWED_IP='172.29.227.128'", of: ["IP_ADDRESS"]) == ["172.29.227.128"])
    }
}
