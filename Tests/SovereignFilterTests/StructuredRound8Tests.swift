import Testing
@testable import SovereignFilter

/// Known answers for structured round 8 (issue 16), one row per principle: a card in parentheses,
/// provider token formats (Mailchimp, Asana, Azure SAS signatures, Terraform Cloud, Scalingo, Klaviyo),
/// addresses whose product words stand on another line, and numbers that keys, columns, registers or a
/// `#` name as something other than a phone.
/// The values are made up for these tests.
@Suite struct StructuredRound8Tests {
    static let positives: [(String, String, String)] = [
        // A card in parentheses: the number starts after the parenthesis, whatever its separators.
        ("CREDIT_CARD", "My card (4111 1111 1111 1111) was charged twice", "4111 1111 1111 1111"),
        ("CREDIT_CARD", "Meine Kreditkarte (5555555555554444) wurde belastet", "5555555555554444"),
        ("CREDIT_CARD", "Ma carte (4111/1111/1111/1111) a été débitée", "4111/1111/1111/1111"),
        ("CREDIT_CARD", "My card (3782  822463  10005) was charged", "3782  822463  10005"),
        // Lower-case ids after an order word: the first pass sends a word with a digit fourth on too.
        ("ORDER_NUMBER", "ma commande sgw45380 n'est pas arrivée", "sgw45380"),
        ("ORDER_NUMBER", "Bestellnr. sur46295, bitte prüfen", "sur46295"),
        ("ORDER_NUMBER", "order number abc1234 still pending", "abc1234"),
        // A count before an address in one number run: the address still gets its look.
        ("IP_ADDRESS", " 1787  ping -c 3 20.68.185.216", "20.68.185.216"),
        ("IP_ADDRESS", "ping -c 4 10.142.168.227 && echo ok", "10.142.168.227"),
        // Provider formats.
        ("SECRET", "found 5f3a9c1e7b2d4f6a8c0e1b3d5f7a9c2e-us12 in a gist", "5f3a9c1e7b2d4f6a8c0e1b3d5f7a9c2e-us12"),
        ("SECRET", "Revoke 2/1203456789012345/1209876543210987:4f8a2c6e1b3d5f7a9c0e2b4d6f8a1c3e please",
         "2/1203456789012345/1209876543210987:4f8a2c6e1b3d5f7a9c0e2b4d6f8a1c3e"),
        ("SECRET", "legacy 1/1203456789012345:4f8a2c6e1b3d5f7a9c0e2b4d6f8a1c3e", "1/1203456789012345:4f8a2c6e1b3d5f7a9c0e2b4d6f8a1c3e"),
        ("SECRET", "https://acct.blob.core.windows.net/c?sv=2022-11-02&ss=b&sp=r&se=2026-03-01T00:00:00Z&sig=Qm9vR2x1ZXN0aGVvcnlYYWxsb3dlZA7kP3%3D",
         "Qm9vR2x1ZXN0aGVvcnlYYWxsb3dlZA7kP3%3D"),
        ("SECRET", "token Xy7Qp2Lm9Rt4Vw.atlasv1.Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1eF3hJ5kL7nP9rS2uV4xY6zA8cD0fG2hI4kM in the log",
         "Xy7Qp2Lm9Rt4Vw.atlasv1.Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1eF3hJ5kL7nP9rS2uV4xY6zA8cD0fG2hI4kM"),
        ("SECRET", "c'est tk-us-Q7w2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Qa1Ws4Ed.", "tk-us-Q7w2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Qa1Ws4Ed"),
        ("SECRET", "Schlüssel: pk_3e9a1c7f5b2d8e4a6c0f1b3d5e7a9c2b4d", "pk_3e9a1c7f5b2d8e4a6c0f1b3d5e7a9c2b4d"),
        // An Azure AD client secret at the end of a sentence: the full stop is not part of it.
        ("SECRET", "Der Token lautet Ab38Q~4HXeyQdIw.J.7uE-YNjDxK3tLuWWZcjiL7.", "Ab38Q~4HXeyQdIw.J.7uE-YNjDxK3tLuWWZcjiL7"),
        // Sentry organisation token whose secret part has an underscore of its own.
        ("SECRET", "sntrys_eyJpYXQiOjE3MDAwMDAwMDAuMSwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8iLCJvcmciOiJzaG9wIn0_aB3dE5gH7jK9__mN1pQ3sT5vW7yZ9bC1eF3hJ5kL7nP9 expired",
         "sntrys_eyJpYXQiOjE3MDAwMDAwMDAuMSwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8iLCJvcmciOiJzaG9wIn0_aB3dE5gH7jK9__mN1pQ3sT5vW7yZ9bC1eF3hJ5kL7nP9"),
        ("SECRET", "-e privateKey=Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1u \\", "Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1u"),
        // An address with a product word on an earlier line, after user@, and as a JSON key's value.
        ("IP_ADDRESS", "Item: SKU741392\n\nBlocked 176.99.13.178 in the WAF", "176.99.13.178"),
        ("IP_ADDRESS", "Artikel: SKU026377\n\nBitte root@195.131.168.217 neu starten", "195.131.168.217"),
        ("IP_ADDRESS", "{\"note\": \"no invoice in parcel\",\n  \"ip\": \"185.16.133.132\"}", "185.16.133.132"),
        // A purchase-order key or column names an order.
        ("ORDER_NUMBER", "{\"po_number\": \"4512345678\", \"note\": \"x\"}", "4512345678"),
        ("ORDER_NUMBER", "po_number;phone\nPO51040736;+420 602 951 807", "PO51040736"),
        // Cdiscount: a date and time (YYMMDDHHMM), then upper-case letters and digits.
        ("ORDER_NUMBER", "[{\"ref\": \"2302080929OLE9O\", \"marketplace\": \"cdiscount\"}]", "2302080929OLE9O"),
        // A speaker's label and a title's dash end the clause: they do not make a receipt another kind of number.
        ("ORDER_NUMBER", "[13:32] Customer: Etsy receipt #1042938221: the engraving is wrong", "#1042938221"),
        ("ORDER_NUMBER", "Etsy Conversations – about receipt #2121022501\n\nI think", "#2121022501"),
        // What a document says the number is, and the id an order was placed under.
        ("ORDER_NUMBER", "The order confirmation said RLIOQMHYK. I need 92 more", "RLIOQMHYK"),
        ("ORDER_NUMBER", "The order confirmation said 2902168043. I need 44 more", "2902168043"),
        ("ORDER_NUMBER", "sur la boutique en ligne, j'ai commandé sous K-9227677 ; le modèle", "K-9227677"),
        ("ORDER_NUMBER", "Bei WooCommerce habe ich unter WP2025-00219 bestellt, das Gerät ist defekt.", "WP2025-00219"),
        // A shipment is for an order: the id after "parcel for" is the order's.
        ("ORDER_NUMBER", "The parcel for (A9228626) came damaged, model TS-7640.", "A9228626"),
        // A dotted event name is one word: "order.created id=…".
        ("ORDER_NUMBER", "2025-10-15T19:21:25 INFO order.created id=qca47368 total=€155.80", "qca47368"),
        // National phone forms: a slash after the area code, a long area code before dotted pairs, Brazil's
        // area code in parentheses.
        ("PHONE", "Telefon\t02 / 743 39 23\nE-Mail", "02 / 743 39 23"),
        ("PHONE", "Handy: 01 / 616 8200 bitte", "01 / 616 8200"),
        ("PHONE", "Tél. 0485.86.64.99", "0485.86.64.99"),
        ("PHONE", "[08:29] Kunde: meine nummer is 01573-2442430 einfach whatsapp", "01573-2442430"),
        ("PHONE", "Phone: (11) 57186 8406", "(11) 57186 8406"),
        ("PHONE", "call back requested — (31) 48913-7993, after 4 pm", "(31) 48913-7993"),
        ("PHONE", "Rappel souhaité au 27 62 76 93 11 après 18 h.", "27 62 76 93 11"),
        ("PHONE", "mon num c'est le 213361568 envoyez un sms", "213361568"),
        ("PHONE", "meine nummer is 42384520 einfach whatsapp", "42384520"),
        // (Only in the same clause: a phone word in the next sentence names the next number.)
        ("ORDER_NUMBER", "Ja genau, die Nummer aus der Bestätigungsmail: 500054057. Handy: 0664 / 1075014", "500054057"),
        // A phone column's header says what a national number without a phone word is.
        ("PHONE", "date;ean;telefon;email\n2026-01-02;4006381333931;612 46 53 51;a@b.de", "612 46 53 51"),
        // Honduras is in the IBAN registry.
        ("IBAN", "new iban: HN21 CABF 0000 0000 0001 2345 6789.", "HN21 CABF 0000 0000 0001 2345 6789"),
    ]

    @Test(arguments: positives)
    func finds(_ row: (String, String, String)) throws {
        let (type, text, expected) = row
        let all = try found(text)
        #expect(all.first { $0.0 == type }?.1 == expected, "\(type) in \(text): \(all)")
    }

    static let notOfType: [(String, String)] = [
        // Numbers that a key, a column, a register or a hash sign names as another kind.
        ("PHONE", "{\"numero_client\": \"463 104 039\"}"),
        ("PHONE", "{\"po_number\": \"4567747298\"}"),
        ("PHONE", "customer_id;tracking\n0141 100416;3SJUCB166899933"),
        ("PHONE", "kundennummer;datum\n0902 555170;2026-01-27"),
        ("PHONE", "RCS Lyon B 049 297 676"),
        ("PHONE", "St.-Nr. 09 058 743 725"),
        ("PHONE", "Etsy receipt #3087058865 arrived"),
        ("ORDER_NUMBER", "St.-Nr. 99/074/99009"),
        ("ORDER_NUMBER", "the customer said 12345678 twice"),
        ("ORDER_NUMBER", "Ticket #495293 merged into #399279."),
        ("ORDER_NUMBER", "I ordered under 30 units of SKU-4411"),
        ("ORDER_NUMBER", "the ab12 adapter and the mp3 player for my order"),
        ("ORDER_NUMBER", "ordered the usb3 hub and a cat5e cable"),
        ("SECRET", "Clé publique pour le front : pk.eyJ1IjoiQwQUG7HSwcrfldpenglA.tfNAx5hMAocipzr5sQR8yr"),
    ]

    @Test(arguments: notOfType)
    func noFindingOfType(_ row: (String, String)) throws {
        let (type, text) = row
        let all = try found(text)
        #expect(!all.contains { $0.0 == type }, "\(type) in \(text): \(all)")
    }

    /// The host of a connection string is an address (private or not); the phone column keeps its phones.
    @Test func addressesAndPhonesStay() throws {
        #expect(try value("DATABASE_URL=mysql://shop:Qw7pZx9LmN2v@10.0.3.12:3306/magento", "IP_ADDRESS") == "10.0.3.12")
        #expect(try value("customer_id;phone\nK-2231;030 12345678", "PHONE") == "030 12345678")
    }

    /// A supplier's number after an order word earlier in the clause is the supplier's.
    @Test func supplierNumberIsNoOrder() throws {
        let all = try found("For the audit: our order ref #65516, supplier no. KD-751703, thanks")
        #expect(!all.contains { $0.0 == "ORDER_NUMBER" && $0.1 == "KD-751703" }, "\(all)")
    }
}
