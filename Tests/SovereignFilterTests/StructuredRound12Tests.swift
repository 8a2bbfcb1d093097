import Testing
@testable import SovereignFilter

/// Structured round 12 (issue 16): an object's own "id"/"number" inside a payload that is an order (its key, the
/// webhook topic or REST path that delivered it, or a key only an order has); a payment provider's own resource
/// ids (PayPal's `related_ids`) are not the shop's order; a JSON member line is no CSV row (its key is no column
/// header for the next line); Klarna's numbered `merchant_reference1`; EDIFACT `COM+0049…:TE'` phones.
struct StructuredRound12Tests {
    static let orders: [(String, [String])] = [
        // The enclosing key names an order.
        ("{\"order\": {\"id\": 52817, \"status\": \"paid\"}}", ["52817"]),
        ("{\"orders\": [{\"id\": 61002, \"total\": \"12.00\"}, {\"id\": 61003, \"total\": \"8.50\"}]}", ["61002", "61003"]),
        ("{\"commande\": {\n  \"number\": \"77120\"\n}}", ["77120"]),
        // A top-level body after a webhook topic or a REST path that names an order resource.
        ("delivery order.created -> https://hooks.example.org/wc\n\n{\n  \"id\": 9152,\n  \"status\": \"processing\"\n}", ["9152"]),
        ("POST /wp-json/wc/v3/orders HTTP/1.1\nHost: shop.example\n\n{\n  \"id\": 4410\n}", ["4410"]),
        // A body that carries a key only an order has (WooCommerce's order_key is the order page's key; kept).
        ("{\n  \"id\": 30118,\n  \"number\": \"30118\",\n  \"order_key\": \"wc_order_Ab12Cd34Ef56G\"\n}", ["30118", "30118"]),
        // Klarna: the first merchant reference is the shop's order number.
        ("{\n  \"order_amount\": 4200,\n  \"merchant_reference1\": \"88120457\",\n  \"merchant_reference2\": \"KD-55102\"\n}", ["88120457"]),
    ]

    @Test(arguments: orders)
    func findsOrderInObject(_ row: (String, [String])) throws {
        let got = try found(row.0, of: ["ORDER_NUMBER"]).filter { !$0.hasPrefix("wc_order_") }
        #expect(got == row.1, "\(row.0): \(got)")
    }

    /// Ids of objects that are not the order stay unflagged, wherever they stand.
    @Test func notOrders() throws {
        for text in [
            "{\"order\": {\"line_items\": [{\"id\": 315, \"sku\": \"AB-1\"}], \"customer\": {\"id\": 88123}}}",
            "{\n  \"id\": 70234,\n  \"email\": \"x@example.org\"\n}",
            "customer.updated -> https://hooks.example.org\n\n{\n  \"id\": 40512\n}",
            // PayPal's own order id under related_ids.
            "{\"resource\": {\"supplementary_data\": {\"related_ids\": {\"order_id\": \"5KX21934LM0087312\"}}}}",
            // Adyen's PSP reference on the member line after the merchant reference.
            "{\n  \"merchantReference\": \"30873\",\n  \"pspReference\": \"7914073381342284\"\n}",
            "{\n  \"merchantReference\": \"QWERTZUIO\",\n  \"pspReference\": \"K8X2PL4M9QZ7R1TB\"\n}",
        ] {
            let got = try found(text, of: ["ORDER_NUMBER"])
            #expect(!got.contains { $0.contains("315") || $0.contains("88123") || $0 == "70234" || $0 == "40512"
                                    || $0 == "5KX21934LM0087312" || $0 == "7914073381342284" || $0 == "K8X2PL4M9QZ7R1TB" }, "\(text): \(got)")
        }
    }

    /// A quoted CSV cell that opens with a colon (an IPv6 address) is still a table row.
    @Test func quotedCellsStayTable() throws {
        let text = "\"Bestellnummer\"\t\"IP\"\n\"5256-24\"\t\"::ffff:151.24.171.93\""
        #expect(try found(text, of: ["ORDER_NUMBER"]) == ["5256-24"])
    }

    /// EDIFACT COM segments: a "+" separates the data element, ":TE" qualifies it as a telephone number.
    @Test func edifactPhones() throws {
        #expect(try found("CTA+IC+:X'\nCOM+0049 151 39083894:TE'\n", of: ["PHONE"]) == ["0049 151 39083894"])
        #expect(try found("COM+0031 10 2733760:TE'COM+a@b.example:EM'", of: ["PHONE"]) == ["0031 10 2733760"])
        // 00 then 0: no country code starts with a zero.
        #expect(try found("COM+0001 10 2733760:TE'", of: ["PHONE"]) == [])
        #expect(try found("LIN+1++4006381333931:EN'", of: ["PHONE"]) == [])
    }

    /// Identifier slots hold no phone: a logfmt `id=` field, a UBL element named `…ID` or `…Reference`
    /// (XRechnung's Leitweg-ID in `BuyerReference`); a phone element still holds one.
    @Test func identifierSlots() throws {
        #expect(try found("<cbc:BuyerReference>04-433482535-44</cbc:BuyerReference>", of: ["PHONE"]) == [])
        #expect(try found("<ram:ID schemeID=\"VA\">0612345678</ram:ID>", of: ["PHONE"]) == [])
        #expect(try found("job 8173117773 201 Created  id=6656295073 responseStatus=201", of: ["PHONE"]) == [])
        #expect(try found("<cbc:Telephone>030 12345678</cbc:Telephone>", of: ["PHONE"]) == ["030 12345678"])
        // A `#` number as a key=value field's value under a key that is no order word.
        #expect(try found("201 Created  id=#8157 responseStatus=201", of: ["ORDER_NUMBER"]) == [])
        #expect(try found("order=#8157 x", of: ["ORDER_NUMBER"]) == ["8157"])
    }

    /// Terraform's reference to an input variable, or any dotted snake-case identifier, is code, not a password.
    @Test func passwordReferences() throws {
        #expect(try found("resource \"aws_db_instance\" \"shop\" {\n  password       = var.db_password\n}\n", of: ["SECRET"]) == [])
        #expect(try found("password = settings.db_password", of: ["SECRET"]) == [])
        #expect(try found("password = Sommer.2024", of: ["SECRET"]) == ["Sommer.2024"])
    }

    /// E-invoices and EDI name the order by structure: UBL's `OrderReference/ID`, CII's
    /// `BuyerOrderReferencedDocument/IssuerAssignedID`, EDIFACT `RFF+ON:` and an order message's `BGM`; PayPal's `custom_id`.
    static let documentOrders: [(String, String)] = [
        ("<cac:OrderReference>\n    <cbc:ID>BE-2023-54989</cbc:ID>\n</cac:OrderReference>", "BE-2023-54989"),
        ("<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>P4210U</ram:IssuerAssignedID>", "P4210U"),
        ("<ram:SellerOrderReferencedDocument>\n  <ram:IssuerAssignedID>20355</ram:IssuerAssignedID>", "20355"),
        ("BGM+380+RG07538774+9'RFF+ON:850876173'DTM+137:20250315:102'", "850876173"),
        ("UNH+1+ORDRSP:D:96A:UN:EAN008'BGM+231+02740437+9'DTM+137:20250627:102'", "02740437"),
        ("UNH+1+ORDERS:D:96A:UN:EAN008'\nBGM+220+64401+9'\n", "64401"),
        ("{\"invoice_id\": \"RG86373292\", \"custom_id\": \"SW993234\"}", "SW993234"),
    ]

    @Test(arguments: documentOrders)
    func findsDocumentOrder(_ row: (String, String)) throws {
        let got = try found(row.0, of: ["ORDER_NUMBER"])
        #expect(got == [row.1], "\(row.0): \(got)")
    }

    /// Other documents' ids in the same formats stay unflagged: an invoice's, an order line's, an invoice message's BGM.
    @Test func notDocumentOrders() throws {
        for text in ["<cac:InvoiceDocumentReference><cbc:ID>12345</cbc:ID>", "<cac:OrderLineReference><cbc:LineID>12345</cbc:LineID>",
                     "<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>20355</ram:IssuerAssignedID>",
                     "BGM+380+7543210+9'", "RFF+IV:7543210'"] {
            #expect(try found(text, of: ["ORDER_NUMBER"]) == [], "\(text)")
        }
    }

    /// Credential elements with a namespace prefix and attributes (SOAP WS-Security's `wsse:Password`, an API key
    /// in a SOAP header), and Express's signed session cookie `connect.sid`.
    @Test func soapAndExpressSecrets() throws {
        let wsse = "<wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">Wald-7716lumen!</wsse:Password>"
        #expect(try found(wsse, of: ["SECRET"]) == ["Wald-7716lumen!"])
        #expect(try found("<ns1:ApiKey>Q7vLm2XcR9tKp4WzB8nHs3Jd</ns1:ApiKey>", of: ["SECRET"]) == ["Q7vLm2XcR9tKp4WzB8nHs3Jd"])
        #expect(try found("<wsse:Password Type=\"#PasswordText\">YOUR_PASSWORD</wsse:Password>", of: ["SECRET"]) == [])
        #expect(try found("<xs:element name=\"password\" type=\"xs:string\"/>", of: ["SECRET"]) == [])
        let cookie = "Set-Cookie: connect.sid=s%3AqW3rT7yU1iO9pA5sD2fG8hJ4kL6zX0cV.bN1mQ3wE5rT7yU9iO2pA4sD6fG8hJ0kL1zX3cV5bN7m; Path=/; HttpOnly"
        #expect(try found(cookie, of: ["SECRET"]) == ["s%3AqW3rT7yU1iO9pA5sD2fG8hJ4kL6zX0cV.bN1mQ3wE5rT7yU9iO2pA4sD6fG8hJ0kL1zX3cV5bN7m"])
        #expect(try found("Cookie: connect.sid=abc", of: ["SECRET"]) == [])
    }

    /// A number member of a phone object or element (PayPal's `phone.phone_number.national_number`, CII's
    /// `TelephoneUniversalCommunication/CompleteNumber`), and an EDIFACT COM segment qualified TE/FX/AL, hold a
    /// national number without a trunk zero; the same member elsewhere does not.
    @Test func phoneByStructure() throws {
        #expect(try found("\"phone\": {\n  \"phone_number\": {\n    \"national_number\": \"621639680\"\n  }\n}", of: ["PHONE"]) == ["621639680"])
        #expect(try found("<ram:TelephoneUniversalCommunication><ram:CompleteNumber>93 506 6594</ram:CompleteNumber>", of: ["PHONE"]) == ["93 506 6594"])
        #expect(try found("\"order\": {\"national_number\": \"621639680\"}", of: ["PHONE"]) == [])
        #expect(try found("CTA+IC+:X'\nCOM+213087903:TE'\n", of: ["PHONE"]) == ["213087903"])
        #expect(try found("COM+017628783642:FX'", of: ["PHONE"]) == ["017628783642"])
        #expect(try found("COM+213087903:EM'", of: ["PHONE"]) == [])
    }

    /// SQL INSERT: the column at a value's position names it (a weak "reference" column only in an orders table).
    @Test func sqlInsertColumns() throws {
        #expect(try found("INSERT INTO ps_orders (id_order, reference, id_customer) VALUES (51207, 'KQWZRTXPL', 2);", of: ["ORDER_NUMBER"])
                == ["51207", "KQWZRTXPL"])
        #expect(try found("INSERT INTO ps_customer (id_customer, note) VALUES (51207, 'x');", of: ["ORDER_NUMBER"]) == [])
        #expect(try found("INSERT INTO ps_product (reference, ean13) VALUES ('demo_13', '4006381333931');", of: ["ORDER_NUMBER"]) == [])
    }

    /// A `#` number that fills a table cell under a header naming no order ("Remarque") is not the order; one
    /// under an order header is, and a cell with words of its own is read by them.
    @Test func hashCellsFollowTheirHeader() throws {
        let table = "N° commande\tClient\tRemarque\n2023-1270279\tHugo\t#213098\n"
        #expect(try found(table, of: ["ORDER_NUMBER"]) == ["2023-1270279"])
        #expect(try found("Ticket\tBestellung\nx\t#48213\n", of: ["ORDER_NUMBER"]) == ["#48213"])
    }

    /// Words and signs that only phones have: a direct line, a hotline, the telephone sign.
    @Test func directLines() throws {
        #expect(try found("Ligne directe : 691 711 141", of: ["PHONE"]) == ["691 711 141"])
        #expect(try found("> ☎ 704704864", of: ["PHONE"]) == ["704704864"])
        #expect(try found("Our warehouse hotline is 535 422 172.", of: ["PHONE"]) == ["535 422 172"])
        #expect(try found("Lagerbestand 535 422 172", of: ["PHONE"]) == [])
    }

    /// A tax registration's id in an e-invoice is the VAT number; a request handed on gets a case number.
    @Test func taxIdsAndHandedOnCases() throws {
        #expect(try found("<cac:PartyTaxScheme>\n  <cbc:CompanyID>BE0123456749</cbc:CompanyID>", of: ["ORDER_NUMBER"]) == [])
        #expect(try found("<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">BE0123456749</ram:ID>", of: ["ORDER_NUMBER"]) == [])
        #expect(try found("> I've escalated this as #770412.", of: ["ORDER_NUMBER"]) == [])
        #expect(try found("Ich habe das als #770412 weitergegeben.", of: ["ORDER_NUMBER"]) == [])
        #expect(try found("J'ai transmis votre demande, #770412.", of: ["ORDER_NUMBER"]) == [])
        #expect(try found("Bestellung #770412 weitergegeben", of: ["ORDER_NUMBER"]) == ["#770412"])
    }

    /// SAP IDoc E2EDK02: the qualifier before the number says which document it is (001 the customer's purchase
    /// order; 002, 012 a delivery, 009 an invoice are not taken).
    @Test func idocReferenceQualifiers() throws {
        let head = "EDI_DC40  1000000000400012345 740 53 2ORDERS05    ORDERS   SAPPRD    LS  SHOPCLNT100\n"
        #expect(try found(head + "E2EDK02                       1000000000400012345 001  550011223\n", of: ["ORDER_NUMBER"]) == ["550011223"])
        #expect(try found(head + "E2EDK02005                    1000000000400012345 001  SO-88120\n", of: ["ORDER_NUMBER"]) == ["SO-88120"])
        #expect(try found(head + "E2EDK02                       1000000000400012345 002  KD-58591\n", of: ["ORDER_NUMBER"]) == [])
        #expect(try found(head + "E2EDK02                       1000000000400012345 001  #30412B\n", of: ["ORDER_NUMBER"]) == ["#30412B"])
        #expect(try found(head + "E2EDK02                       1000000000400012345 012  80012345\n", of: ["ORDER_NUMBER"]) == [])
        #expect(try found(head + "E2EDK02                       1000000000400012345 009  90044556\n", of: ["ORDER_NUMBER"]) == [])
    }

    /// What is done FOR an order names it: its parcel, its return, refund or replacement (en, de, fr); not a year, and
    /// not a place ("für 10115 Berlin"), not the French "livraison pour" a product.
    @Test func returnsAndRefundsForAnOrder() throws {
        #expect(try found("Your return for 49341262 is registered, ticket 985234.", of: ["ORDER_NUMBER"]) == ["49341262"])
        #expect(try found("Votre retour pour 63103 est enregistré.", of: ["ORDER_NUMBER"]) == ["63103"])
        #expect(try found("Die Erstattung für 302114 ist raus.", of: ["ORDER_NUMBER"]) == ["302114"])
        #expect(try found("Die Retoure für 2025 ist geplant.", of: ["ORDER_NUMBER"]) == [])
        #expect(try found("Das Paket für 10115 Berlin kam nicht an.", of: ["ORDER_NUMBER"]) == [])
        #expect(try found("The parcel for 75001 Paris is lost.", of: ["ORDER_NUMBER"]) == [])
        #expect(try found("Le total était de 19,90 EUR avec la livraison pour WS14-M-Green.", of: ["ORDER_NUMBER"]) == [])
    }
}

