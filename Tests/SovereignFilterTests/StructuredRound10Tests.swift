import Testing
@testable import SovereignFilter

/// Known answers for structured round 10 (issue 16): numbers read aloud in call transcripts (digit groups
/// with the speaker's pauses, guarded by Luhn, mod 97 and the question the turn answers), `+` as a space
/// in form-urlencoded values only, IBANs in mixed case written in groups of four, Troy and RuPay cards, phones under a JSON key or XML element that names them, Sumo Logic
/// access IDs under their key, and frameworks' anti-forgery fields (`_token`, `form_key`, …), which are no
/// secrets. The values are made up for these tests (test card numbers, the registry's example IBANs).
@Suite struct StructuredRound10Tests {
    static let positives: [(String, String, String)] = [
        // Transcripts: the agent's question, then the caller's turn.
        ("CREDIT_CARD", "Agent: Go ahead with the card number.\nCaller: okay, 4111, uh, 1111, uh, 1111, uh, 1111\n",
         "4111, uh, 1111, uh, 1111, uh, 1111"),
        ("CREDIT_CARD", "Agentin: Dann bitte die Kartennummer.\nAnrufer: also, 4111 ... 1111 ... 1111 ... 1111.\n", "4111 ... 1111 ... 1111 ... 1111"),
        ("CREDIT_CARD", "Conseillère: Je vous écoute pour le numéro de carte.\nAppelant: alors, 4111, euh, 1111, euh, 1111, euh, 1111\n",
         "4111, euh, 1111, euh, 1111, euh, 1111"),
        ("PHONE", "Agent: And a callback number?\nCaller: sure, plus 49 ... 30 ... 123 ... 45 ... 67.\n", "plus 49 ... 30 ... 123 ... 45 ... 67"),
        ("PHONE", "Agentin: Und eine Rückrufnummer?\nAnrufer: klar, 0711 - 791 - 63 - 95.\n", "0711 - 791 - 63 - 95"),
        ("PHONE", "Conseillère: Et un numéro pour vous rappeler ?\nAppelant: oui, le 0176, 28, 83, 08, 37 ... yes.\n", "0176, 28, 83, 08, 37"),
        ("IBAN", "Agent: Which IBAN should the refund go to?\nCaller: it's GB82, WEST, 1234, 5698, 7654, 32.\n", "GB82, WEST, 1234, 5698, 7654, 32"),
        ("IBAN", "Anrufer: die lautet DE89 ... 3704 ... 0044 ... 0532 ... 0130 ... 00, I think.\n", "DE89 ... 3704 ... 0044 ... 0532 ... 0130 ... 00"),
        ("ORDER_NUMBER", "Agentin: Wie lautet Ihre Bestellnummer?\nAnrufer: ja, das ist die 104, 128, 789, 566, 26.\n", "104, 128, 789, 566, 26"),
        ("ORDER_NUMBER", "Agent: Can I have your order number?\nCaller: yeah it's 460 068 427 440, I think.\n", "460 068 427 440"),
        ("ORDER_NUMBER", "Agent: Can I have your order number?\nCaller: yeah it's E270TKQO.\n", "E270TKQO"),
        ("ORDER_NUMBER", "Conseillère: Quel est votre numéro de commande ?\nAppelant: oui c'est le TZAYBEOWL, I think.\n", "TZAYBEOWL"),
        // An XML element's name says what it holds, as a JSON key does.
        ("ORDER_NUMBER", "<commande>\n  <numero_commande>HQ0R1P0</numero_commande>\n</commande>", "HQ0R1P0"),
        ("ORDER_NUMBER", "<order>\n  <OrderNumber>1KVRREQ8</OrderNumber>\n</order>", "1KVRREQ8"),
        ("ORDER_NUMBER", "<soap:Envelope>\n  <Bestellnummer>CD0/7827</Bestellnummer>", "CD0/7827"),
        ("ORDER_NUMBER", "<prestashop>\n  <reference>YHQYZOQBG</reference>\n</prestashop>", "YHQYZOQBG"),
        // A purchase order's label; the shop software or "en ligne" between the order word and the id.
        ("ORDER_NUMBER", "invoice no.: F-2026-0437\nPO: UHK5XN5U\n", "UHK5XN5U"),
        ("ORDER_NUMBER", "Votre commande PrestaShop KBWLQUMAO a été expédiée.", "KBWLQUMAO"),
        ("ORDER_NUMBER", "Votre commande boutique en ligne n036905 a été expédiée", "n036905"),
        // A JSON key or an XML element that names a phone says what its value is, in any plan's grouping.
        ("PHONE", "{\"customer\": {\"telefon\": \"0475.310.978\", \"num_client\": \"KD-73224\"}}", "0475.310.978"),
        ("PHONE", "{\"billing_phone\":\"21/683 00 68\"}", "21/683 00 68"),
        ("PHONE", "{\"tel\": \"937387904\"}", "937387904"),
        ("PHONE", "<customer>\n  <mobile>089.8963.5059</mobile>\n</customer>", "089.8963.5059"),
        ("PHONE", "POST /x HTTP/1.1\n\ntel=501%2F334+072&order_id=300016001", "501%2F334+072"),
        ("PHONE", "My mobile is 788/721 017. Invoice no.: 2026/RG/4825.", "788/721 017"),
        // A form body: `+` is a space inside its values; the span covers the escapes.
        ("IBAN", "POST /checkout HTTP/1.1\n\nsepa_iban=GB82+WEST+1234+5698+7654+32&cc_number=4111", "GB82+WEST+1234+5698+7654+32"),
        ("PHONE", "a=1&tel=%2B49+30+1234+5678&b=2", "%2B49+30+1234+5678"),
        ("CREDIT_CARD", "cc_number=4111+1111+1111+1111&exp=12%2F29", "4111+1111+1111+1111"),
        // Mixed case in the print format's groups of four.
        ("IBAN", "IBAN: gb82 WeSt 1234 5698 7654 32", "gb82 WeSt 1234 5698 7654 32"),
        // Troy (Turkey): IIN 9792, 16 digits; RuPay (India): 81, 82, 16 digits.
        ("CREDIT_CARD", "Karte 9792 0300 0000 0000", "9792 0300 0000 0000"),
        ("CREDIT_CARD", "\"kartennummer\": \"9792/9600/0000/0008\"", "9792/9600/0000/0008"),
        ("CREDIT_CARD", "Ma carte 8172000000000005 a été refusée.", "8172000000000005"),
        // Sumo Logic's access ID under its key.
        ("SECRET", "sumologic.accessId = \"su9OL59biWiJu7\"", "su9OL59biWiJu7"),
        ("SECRET", "SUMO_ACCESS_ID = \"suGyI5imvADdvU\"", "suGyI5imvADdvU"),
        // WordPress's salts are server secrets, whatever "nonce" in their names.
        ("SECRET", "define('NONCE_KEY', 'Zk3Qm8Rt2Wx7Lp4Nv9Bc6Hd1Fs5Ga0JyTe3Uq8Wm2Xz5');\nNONCE_SALT='Zk3Qm8Rt2Wx7Lp4Nv9Bc6Hd1Fs5Ga0JyTe3Uq8Wm2Xz5'",
         "Zk3Qm8Rt2Wx7Lp4Nv9Bc6Hd1Fs5Ga0JyTe3Uq8Wm2Xz5"),
        ("SECRET", "access_token=Hn92iw6j1sHiMl2r1LNLaIY43199VvPp&email=a%40b.de", "Hn92iw6j1sHiMl2r1LNLaIY43199VvPp"),
    ]

    @Test(arguments: positives)
    func finds(_ row: (String, String, String)) throws {
        let (type, text, expected) = row
        let all = try found(text)
        #expect(all.first { $0.0 == type }?.1 == expected, "\(type) in \(text): \(all)")
    }

    static let notOfType: [(String, String)] = [
        // Anti-forgery fields: printed into every form for the browser, worthless without its session.
        ("SECRET", "_token=Hn92iw6j1sHiMl2r1LNLaIY43199VvPp&email=a%40b.de"),
        ("SECRET", "form_key=sR00nOI8AdKaahIkYOyMMk7itYVF2UyZ&qty=1"),
        ("SECRET", "<input type=\"hidden\" name=\"authenticity_token\" value=\"7SWa-Fo1_hsC6oovfBsJFLGPUl2EhkSWPbJhWANwgaJW\">"),
        ("SECRET", "_wpnonce=8c2f9d1a7b&action=save"),
        // Pauses without a dialogue, or without the word that says what the digits are.
        ("CREDIT_CARD", "We sold 4111, 1111, 1111, 1111 cards last year."),
        ("CREDIT_CARD", "Agent: Which amounts were charged?\nCaller: 4111, 1111, 1111, 1112.\n"),
        ("PHONE", "Agent: Which sizes do you need?\nCaller: 38, 40, 42, 44, 46, 48, 50, 52.\n"),
        ("PHONE", "Agent: And the quantities per month?\nCaller: 1200 ... 1350 ... 1400 ... 1520.\n"),
        ("ORDER_NUMBER", "Agent: How long is the cable you need?\nCaller: 120, 150, 200, 250.\n"),
        ("ORDER_NUMBER", "<order>\n  <ticket_id>#23323</ticket_id>\n</order>"),
        ("PHONE", "{\"version\": \"12.849.40\", \"sku\": \"22.378.86.67\"}"),
        ("PHONE", "{\"customer_phone_order\": \"31/872 590\"}"),
        ("PHONE", "My order is 788/721 017."),
        ("PHONE", "a=1&hotel=501%2F334+072"),
        ("ORDER_NUMBER", "<p>Ihre Bestellung</p><strong>Zeile 4</strong>"),
        ("ORDER_NUMBER", "Write to PO Box 4711, Dublin."),
        // Mixed case over irregular groups: words read into one.
        ("IBAN", "GB82 WeSt12 345698 765432"),
    ]

    @Test(arguments: notOfType)
    func noFindingOfType(_ row: (String, String)) throws {
        let (type, text) = row
        let all = try found(text)
        #expect(!all.contains { $0.0 == type }, "\(type) in \(text): \(all)")
    }

    /// A field after a sentence about an order is a form, not a dialogue's answer: (text, value not an order).
    static let notAnswers: [(String, String)] = [
        ("La commande CO2026-06455 a été débitée deux fois.\nEAN: 4002704873672.\n", "4002704873672"),
        ("Order ID: EZMDZXZYD.\nCode: RENTREE15.\n", "RENTREE15"),
        ("Bezug: Bestell-Nr. 028-5977613-2571930.\nUID: FR40507392438.\n", "FR40507392438"),
    ]

    @Test(arguments: notAnswers)
    func fieldIsNoAnswer(_ row: (String, String)) throws {
        #expect(!(try found(row.0, of: ["ORDER_NUMBER"]).contains(row.1)), "\(row.0)")
    }

    /// (original, decoded): a `+` is a space only inside a form-urlencoded value.
    static let plusTable: [(String, String)] = [
        ("iban=DE89+3704&x=1", "iban=DE89 3704&x=1"),
        ("https://shop.example/search?q=blue+shoes", "https://shop.example/search?q=blue shoes"),
        ("a=1&b=%2B33+3+97", "a=1&b=+33 3 97"),
        ("a=1&msg=merci+de+me+rappeler\n", "a=1&msg=merci de me rappeler\n"),
        ("tel=+4930123&x=1", "tel=+4930123&x=1"),                              // a value's leading `+` before a digit stays
        ("a=1&mail=x+tag@example.com", "a=1&mail=x+tag@example.com"),           // a raw `@`: not encoded
        ("DATABASE_URL=mongodb+srv://a:b@h/?retryWrites=true&w=1", "DATABASE_URL=mongodb+srv://a:b@h/?retryWrites=true&w=1"),
        ("token=ab+cd/ef==&x=1", "token=ab+cd/ef==&x=1"),                        // base64 with `/` and `=`: not encoded
        ("x=a+b", "x=a+b"),                                                      // one pair, no `&` or `?`: no form
        ("a+b", "a+b"), ("+49 30 123456", "+49 30 123456"), ("1+1=2", "1+1=2"),
        ("a=1&b=50%+off", "a=1&b=50%+off"),                                      // a raw `%`: not encoded
    ]

    @Test(arguments: plusTable)
    func plusIsASpaceInFormValuesOnly(_ row: (String, String)) {
        #expect(String(decoding: Escapes.decoded(Array(row.0.utf8), .url), as: UTF8.self) == row.1)
    }

    /// The decoded view keeps one unit per `+`, so a span maps back to the original bytes.
    @Test func formPlusMapsBack() throws {
        let text = "sepa_iban=GB82+WEST+1234+5698+7654+32&x=1"
        #expect(try value(text, "IBAN") == "GB82+WEST+1234+5698+7654+32")
    }

    @Test func spokenPauses() {
        let cases: [(String, Int?)] = [(", 1", 2), (" ... 1", 5), (", uh, 1", 6), (" - 1", 3), ("…1", 3), (",1", nil), (". 1", nil),
                                       (", AIBK", 2), (", uh 1", nil)]
        for (s, want) in cases {
            let b = Array(s.utf8)
            let got = b.withUnsafeBufferPointer { SpokenPause.skip($0, 0) }
            #expect(got == want, "\(s)")
        }
    }
}
