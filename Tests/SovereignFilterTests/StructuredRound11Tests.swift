import Testing
@testable import SovereignFilter

/// Structured round 11 (issue 16), phones: an E.164 number is never a barcode (the GTIN check passes for one in ten
/// numbers), the North American slash form "NPA/NXX-XXXX", a table column headed by a phone word as the label of
/// a national number, one-digit area codes and a parenthesized area code after a label, "Tél. : " (French space before
/// the colon), the verbs of reaching someone by phone; and an EU VAT number's country prefix ("DE 123 456 789") is no phone.
struct StructuredRound11Tests {
    static let phones: [(String, String)] = [
        // E.164 whose twelve digits pass the GTIN check digit.
        ("Kontakt,+493090182006,\"Bestellung\"", "+493090182006"),
        ("x | +442079460000 | y", "+442079460000"),
        // NANP with a slash after the area code.
        ("Cell: 303/555-0142 after 5pm", "303/555-0142"),
        ("par SMS au 514/555-0199 svp", "514/555-0199"),
        // A phone column's header labels national numbers in any grouping.
        ("Mobile;Order no.;SKU\n91/689 22 56;#30023;ART-1", "91/689 22 56"),
        ("Téléphone;Montant\n333 702 96 16;12 EUR", "333 702 96 16"),
        ("Telefon;Kunde\n(2) 82 92 71 28;K1", "(2) 82 92 71 28"),
        // One-digit area codes and parenthesized area codes after a label.
        ("Téléphone : 2 345 67 89", "2 345 67 89"),
        ("\"billing_phone\":\"(2) 345 67 89\"", "(2) 345 67 89"),
        ("Tél. : 0612.345.678", "0612.345.678"),
        // Verbs of reaching someone by phone.
        ("Fahrer erreichbar unter 52649355 heute", "52649355"),
        ("joignable au 612345678 demain", "612345678"),
        ("joignable au 33/5601814 merci", "33/5601814"),
        // An SMS backup's address attribute (Android "SMS Backup & Restore" XML), a call log's number.
        ("<sms protocol=\"0\" address=\"612345678\" date=\"1744657231000\" type=\"2\" />", "612345678"),
        ("<call number=\"91 234 56 78\" duration=\"42\" />", "91 234 56 78"),
        // Unquoted config values under a phone key.
        ("[erp]\nhotline = 2.338.10.72\n", "2.338.10.72"),
        ("hotline=0496.612.817", "0496.612.817"),
        // A signature's one-letter label.
        ("Renate\nT: 333.241.59.69\n", "333.241.59.69"),
        ("> M: 691 314 466\n", "691 314 466"),
        // A quoted CSV cell under a phone column.
        ("\"Portable\";\"IBAN\"\n\"936 203 149\";\"x\"", "936 203 149"),
        // An item of a contact line.
        ("Contact: a@b.fr &middot; 33 459 74 85 &middot; VAT reg. FR858449343</p>", "33 459 74 85"),
        ("<p>Kontakt: x@y.de · 691622417 · USt-ID DE123456789", "691622417"),
    ]

    /// The text of a link to dial is the number, as its tel: URI is.
    @Test func telLinkText() throws {
        #expect(try found("<td><a href=\"tel:98660811\">9 866 08 11</a></td>", of: ["PHONE"]) == ["98660811", "9 866 08 11"])
    }

    @Test(arguments: phones)
    func findsPhone(_ row: (String, String)) throws {
        let got = try found(row.0, of: ["PHONE"])
        #expect(got == [row.1], "\(row.0): \(got)")
    }

    /// VAT numbers with their country prefix, versions, and a product table stay unflagged.
    /// A grouping's packed shape equals the packed literal exactly when the lengths are equal (the phone shapes are
    /// tested with one compare instead of an array literal per number).
    @Test func groupShapes() {
        let g: SmallList<12, Int> = [3, 3, 4]
        #expect(g.shape == GroupShape.of(3, 3, 4))
        #expect(g.shape != GroupShape.of(1, 3, 3, 4) && g.shape != GroupShape.of(3, 3) && g.shape != GroupShape.of(3, 4, 3))
        let one: SmallList<12, Int> = [10]
        #expect(one.shape == GroupShape.of(10) && one.shape != GroupShape.of(11))
        let four: SmallList<12, Int> = [1, 3, 3, 4]
        #expect(four.shape == GroupShape.of(1, 3, 3, 4) && four.shape != GroupShape.of(3, 3, 4))
    }

    @Test func notPhones() throws {
        for text in ["TVA : DE 123 456 789", "USt-ID FR 12 345 678 901", "UID: DE 062 471 839", "Version 2.345.67.89",
                     "ean,sku,price\n4044562611119,838.741.98,€1,034.55", "EAN 4006381333931 im Regal",
                     "<item sku=\"612345678\" />", "order_id = 2.338.10.72", "T: 12.03.2024",
                     "Contact: x@y.de · SIRET 802 770 717 41372 · TVA", "Produkt · 123 456 789 · Preis",
                     // EDIFACT's "+" separates data elements: a GTIN after "++" is no E.164 number (round 11's blind set).
                     "LIN+1++4006381333931:EN'PIA+1+HX73162:SA'", "QTY+21:5'LIN+2++4006381333931:EN'"] {
            #expect(try found(text, of: ["PHONE"]).isEmpty, "\(text)")
        }
    }

    /// Cards: after card words or under a card column's header, any grouping of a Luhn-valid number in an
    /// issuer's range is a card (the label, not the shape); without a label, pairs and threes stay unflagged.
    static let cards: [(String, String)] = [
        ("Card number: 22.03.12.34.56.78.90.16 (the other one)", "22.03.12.34.56.78.90.16"),
        ("CB : 457.312.345.678.901.4 merci", "457.312.345.678.901.4"),
        ("Kartennummer;SKU\n22.03.12.34.56.78.90.16;ART-1", "22.03.12.34.56.78.90.16"),
    ]

    @Test(arguments: cards)
    func findsCard(_ row: (String, String)) throws {
        let got = try found(row.0, of: ["CREDIT_CARD"])
        #expect(got == [row.1], "\(row.0): \(got)")
    }

    @Test func notCards() throws {
        // (A Markdown table row's pipes divide cells: a part number and a price are no card.)
        #expect(try found("| Modèle | Réf. pièce | Prix |\n|---|---|---|\n| WM05B117 | 5626 379 171 | 1127,34 $ |", of: ["CREDIT_CARD"]).isEmpty)
        #expect(try found("card: 4573 | 1234 | 5678 | 9014", of: ["CREDIT_CARD"]) == ["4573 | 1234 | 5678 | 9014"])
        for text in ["Version 22.03.12.34.56.78.90.16", "Ref 22.03.12.34.56.78.90.16", "company;SKU\n22.03.12.34.56.78.90.16;ART-1"] {
            #expect(try found(text, of: ["CREDIT_CARD"]).isEmpty, "\(text)")
        }
    }

    /// Orders: an order word hyphenated at a line end (PDF and OCR text), and "comande" as it is often typed.
    static let orders: [(String, String)] = [
        ("service@shop.fr            Bestel-\nlnummer 73315590\nKundennummer CU-1", "73315590"),
        ("N°deco-\nmmande XK81234\nN° client 1", "XK81234"),
        ("La comande 8264552237215660 a été débitée", "8264552237215660"),
    ]

    @Test(arguments: orders)
    func findsOrder(_ row: (String, String)) throws {
        let got = try found(row.0, of: ["ORDER_NUMBER"])
        #expect(got == [row.1], "\(row.0): \(got)")
    }

    /// Another number's word hyphenated the same way is not an order's.
    @Test func hyphenatedOther() throws {
        #expect(try found("Rech-\nnung 98518569", of: ["ORDER_NUMBER"]).isEmpty)
    }

    /// A card's or a tax registration's number noun ("Loyalty card no.", "Carte de fidélité n°", "tax no.") names that
    /// number, not an order's; further back in the sentence a card word does not decide.
    @Test func holderNumbers() throws {
        for text in ["Loyalty card no. 6283 1192 1734 6411 212 The model", "Carte de fidélité n° 2340-1579-7985-1159", "tax no. 10161 17911"] {
            #expect(try found(text, of: ["ORDER_NUMBER"]).isEmpty, "\(text)")
        }
        #expect(try found("paid with my card 2202_9883_9351_1090 at the pop-up in Graz, reference #80311, receipt RE-2025-46011",
                          of: ["ORDER_NUMBER"]) == ["#80311"])
    }

    /// An id that opens a new clause after a comma is what that clause says it is: the order word before the comma
    /// is the previous clause's.
    @Test func clauseAfterComma() throws {
        #expect(try found("falsche nummer, 300525411 ist meine bestellung, K55957522 ist die kundennummer", of: ["ORDER_NUMBER"]) == ["300525411"])
        #expect(try found("c'est #37211 ma commande, 436322 c'est mon n° client", of: ["ORDER_NUMBER"]) == ["#37211"])
        #expect(try found("order #27137 is model X", of: ["ORDER_NUMBER"]) == ["#27137"])
        #expect(try found("26-86361-A is my order number and RE-2025-00711 is the invoice", of: ["ORDER_NUMBER"]) == ["26-86361-A"])
    }

    /// Secrets: provider formats from their documented shapes (Yandex Cloud OAuth, Buildkite, Render, SumUp), and a
    /// Slack token whose random part happens to have no digit.
    static let secrets: [(String, String)] = [
        ("YANDEX_OAUTH=y0_KJIoHljfGzom7E3Iqjmof6cxS2x_hSNuSngIY2DTFTqPKcesPmYigd8", "y0_KJIoHljfGzom7E3Iqjmof6cxS2x_hSNuSngIY2DTFTqPKcesPmYigd8"),
        ("Use bkua_844aa024f93b561db64d2035fa8aa88e54597827 for now", "bkua_844aa024f93b561db64d2035fa8aa88e54597827"),
        ("Neu rotiert: rnd_Eo443Ddb8lB05OR2XR7qFPv3Foh2yIvj.", "rnd_Eo443Ddb8lB05OR2XR7qFPv3Foh2yIvj"),
        ("voici la clé : sup_sk_VcVo1MkaRJj3TPlnleELbUl6mhZbVsSC / total", "sup_sk_VcVo1MkaRJj3TPlnleELbUl6mhZbVsSC"),
        ("le jeton est xoxb-178768168159-6304431467780-UpOaOeVNKrDrXFHZRGPYXcNU ?", "xoxb-178768168159-6304431467780-UpOaOeVNKrDrXFHZRGPYXcNU"),
        // Django's startproject key (its own alphabet), a key named with its encoding ("…_hex").
        ("secret_key: django-insecure-ujz^de8gx@d6ncf10epf91d!ho%%@d!@zdoc9is0j8h!t9*lg@", "django-insecure-ujz^de8gx@d6ncf10epf91d!ho%%@d!@zdoc9is0j8h!t9*lg@"),
        ("app_key_hex = \"95811a383f8e09ebf7cbfa817f3d1ed2705d9f09dac3daa45c9d8046f009fc11\"", "95811a383f8e09ebf7cbfa817f3d1ed2705d9f09dac3daa45c9d8046f009fc11"),
    ]

    @Test(arguments: secrets)
    func findsSecret(_ row: (String, String)) throws {
        let got = try found(row.0, of: ["SECRET"])
        #expect(got == [row.1], "\(row.0): \(got)")
    }

    /// A public SumUp key and a lower-case-only Slack tail are no secrets.
    @Test func notSecrets() throws {
        // (Placeholders marked in German, French or as unusable.)
        for text in ["SECRET=passwort99-BEISPIEL", "\"api_key\":\"AIzaSyB-TEST-KEY-DO-NOT-USE\"", "TOKEN=cle-secrete-EXEMPLE",
                     "pk: sup_pk_VcVo1MkaRJj3TPlnleELbUl6mhZbVsSC", "xoxb-178768168159-6304431467780-abcdefghijklmnopqrstuvwx"] {
            #expect(try found(text, of: ["SECRET"]).isEmpty, "\(text)")
        }
    }

    /// IP addresses: defanged "[DOT]" in capitals, IPv6 as an XML element's content, a MySQL 'user'@'host', and an
    /// address after a log's user agent ("Shopware/6.5"); a lens's "f/1.8" does not stop a firmware version from being one.
    /// Session cookies are bearer credentials: the framework's session cookie by name anywhere, and the ones named
    /// with ordinary words only on a line that says "cookie".
    static let sessionCookies: [(String, String)] = [
        ("Cookie: PHPSESSID=sb8wj50xrqkzvk1ka1i325iy9a; lang=de", "sb8wj50xrqkzvk1ka1i325iy9a"),
        ("Set-Cookie: JSESSIONID=9F1C2A7B44E0D3C5B6A7F8E9D0C1B2A3; Path=/; HttpOnly", "9F1C2A7B44E0D3C5B6A7F8E9D0C1B2A3"),
        ("$_COOKIE = ['laravel_session=eyJpdiI6IkR4Q0t0bE5OUT09In0x9']", "eyJpdiI6IkR4Q0t0bE5OUT09In0x9"),
        ("Cookie: frontend=h6kf8nv5mx0ein2kdrjkxeflt2; cookie_consent=accepted", "h6kf8nv5mx0ein2kdrjkxeflt2"),
        ("{\"name\": \"Cookie\", \"value\": \"SESS=cc3aa68aaaa795486f72bb782c90fd40\"}", "cc3aa68aaaa795486f72bb782c90fd40"),
        ("Cookie: sessionid=k2x9q8w7e6r5t4y3u2i1o0p9a8s7d6f5; csrftoken=x", "k2x9q8w7e6r5t4y3u2i1o0p9a8s7d6f5"),
        ("Cookie: _session_id=7d1e2f4a6b8c0d2e4f6a8b0c1d3b9a5c", "7d1e2f4a6b8c0d2e4f6a8b0c1d3b9a5c"),
        ("Cookie: _shopapp_session=Q2Fyb2xpbmVTZXNzaW9uRGF0YTEyMzQ1Njc4OTA", "Q2Fyb2xpbmVTZXNzaW9uRGF0YTEyMzQ1Njc4OTA"),
        ("Set-Cookie: SESS3b9a5c7d1e2f4a6b8c0d2e4f6a8b0c1d=Xy7kP2mQ9rT4vW8zB3nL6jH1gF5dS0aE; path=/", "Xy7kP2mQ9rT4vW8zB3nL6jH1gF5dS0aE"),
    ]

    @Test(arguments: sessionCookies)
    func findsSessionCookie(_ c: (String, String)) throws {
        let spans = try found(c.0, of: ["SECRET"])
        #expect(spans.contains { c.1.contains($0) || $0.contains(c.1) }, "\(c.0): \(spans)")
    }

    /// A key that names its value's encoding after the name is that name: "SECRET_B64", "signing_key_base64".
    @Test func encodingSuffixKeys() throws {
        for (text, value) in [("SECRET_B64=q8Zr2Lm4Vt6Xb0Nc3Pd5Fh7Jk9", "q8Zr2Lm4Vt6Xb0Nc3Pd5Fh7Jk9"),
                              ("signing_key_base64 = \"Tq4Rw8Ey2Ui6Op0As5Df9Gh3Jk7L\"", "Tq4Rw8Ey2Ui6Op0As5Df9Gh3Jk7L")] {
            let spans = try found(text, of: ["SECRET"])
            #expect(spans.contains { $0.contains(value) }, "\(text): \(spans)")
        }
    }

    @Test func notSessionCookies() throws {
        for text in ["frontend=react", "FRONTEND=vue build=prod", "sid=42", "user_session=true", "session_timeout=3600",
                     "sess=1", "Cookie: frontend=1; cookie_consent=accepted",
                     // Session ids that are ids, not cookies: analytics, a checkout session in a return URL.
                     "{\"sessionId\": \"3f2b9c1e-8a7d-4e6f-9b0a-1c2d3e4f5a6b\", \"event\": \"page_view\"}",
                     "https://shop.example/return?session_id=cs_test_a1B2c3D4e5F6g7H8i9J0kLmN",
                     // A request's de-duplication id is made up by the client and grants nothing.
                     "\"idempotency_key\": \"a8479be8-27ae-4c6b-a5fe-1a2091dfe734\"", "Idempotency-Key: 9f8e7d6c5b4a39281726354453627181",
                     // "cookie" on the line before does not make this line a cookie line.
                     "cookie banner text\nsessionid=k2x9q8w7e6r5t4y3u2i1o0p9a8s7d6f5"] {
            #expect(try found(text, of: ["SECRET"]).isEmpty, "\(text)")
        }
    }

    static let addresses: [(String, String)] = [
        ("• 10[DOT]213[DOT]194[DOT]17", "10[DOT]213[DOT]194[DOT]17"),
        ("  <ip_address>2a02:810d:2496:afda::8111</ip_address>", "2a02:810d:2496:afda::8111"),
        ("<ClientIP>7b79:34b8:95fd:b99b:26d8:a10b:81dc:a811</ClientIP>", "7b79:34b8:95fd:b99b:26d8:a10b:81dc:a811"),
        ("Access denied for user 'magento'@'10.228.168.211' (using password: YES)", "10.228.168.211"),
        ("\"GET / HTTP/1.1\" 200 512 \"-\" \"Shopware/6.5\" \"23.119.48.211\"", "23.119.48.211"),
    ]

    @Test(arguments: addresses)
    func findsAddress(_ row: (String, String)) throws {
        let got = try found(row.0, of: ["IP_ADDRESS"])
        #expect(got == [row.1], "\(row.0): \(got)")
    }

    @Test func notAddresses() throws {
        for text in ["The model is EF 50mm f/1.8, firmware 10.25.53.11. fine", "Shopware 6.5.5.5 installed", "<PHONE>::1"] {
            #expect(try found(text, of: ["IP_ADDRESS"]).isEmpty, "\(text)")
        }
    }
}
