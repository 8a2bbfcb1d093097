import Testing
@testable import SovereignFilter

/// Detection sees through quoted-printable mail source (policy `quoted_printable`, on by default;
/// RFC 2045 §6.7), but only in text that is quoted-printable: it names the encoding or wraps like an
/// encoder. Everywhere else `=` stays an ordinary byte (`key=value`, `?id=AB12`).
struct QuotedPrintableTests {
    static let header = "Content-Transfer-Encoding: quoted-printable\n\n"

    /// (quoted-printable body, decoded) — the header is put in front of each.
    static let table: [(String, String)] = [
        ("jane=40example.com", "jane@example.com"),
        ("M=C3=BCller", "Müller"),                       // one character from two escapes
        ("Stra=C3=9Fe 5", "Straße 5"),
        ("price =E2=82=AC 20", "price € 20"),           // three-byte character
        ("a=3Db", "a=b"),
        ("lower =c3=a9t=c3=a9", "lower été"),           // lower-case hex is read too
        ("IBAN DE89 3704 0044 05=\n32 0130 00", "IBAN DE89 3704 0044 0532 0130 00"),   // soft line break
        ("soft=\r\nbreak", "softbreak"),
        ("=C3 alone", "=C3 alone"),                      // a lead byte without its continuation
        ("=C0=80", "=C0=80"),                            // overlong: not a character
        ("=00=1F", "=00=1F"),                            // control characters stay as written
        ("x=ZZ =4", "x=ZZ =4"),
        ("Subject: =?UTF-8?Q?R=C3=BCckfrage?=\nMessage-ID: <a@b.de>", "Subject: =?UTF-8?Q?Rückfrage?=\nMessage-ID: <a@b.de>"),   // an encoded word's end is no soft break
    ]

    @Test(arguments: table)
    func decoderTable(_ row: (String, String)) {
        let text = Array((Self.header + row.0).utf8)
        #expect(String(decoding: Escapes.decoded(text, .quotedPrintable), as: UTF8.self) == Self.header + row.1)
    }

    /// Not quoted-printable: nothing decodes.
    static let plain: [String] = [
        "GET /track?id=AB12&x=3D HTTP/1.1",
        "key=C3 value=9F",
        "config: a=40 b=41\nc=42",
        "QmFzZTY0IHBhZGRpbmcgZW5kcyB0aGlzIGxpbmUgd2l0aCBlcXVhbCBzaWducyBvbmx5IG9uY2U=\nMore=\n",
    ]

    @Test(arguments: plain)
    func plainTextIsUntouched(_ s: String) {
        #expect(!Array(s.utf8).withUnsafeBufferPointer { Escapes.isQuotedPrintable($0) })
        #expect(Escapes.decoded(Array(s.utf8), .quotedPrintable) == Array(s.utf8))
    }

    /// Soft line breaks where an encoder wraps (lines of 60–76 bytes ending in `=`) mark the text as
    /// quoted-printable without a header.
    @Test func wrappedBodyWithoutHeader() {
        // Two wrapped lines of 74 and 71 bytes (each with its `=`), then the last line.
        let line1 = "Bitte senden Sie die Rechnung an Bitte senden Sie die Rechnung an jane=40="
        let line2 = String(repeating: "x", count: 40) + "shop.de, Kopie an Buchhaltungs="
        #expect(line1.utf8.count == 74 && line2.utf8.count == 71)
        let text = line1 + "\n" + line2 + "\npostfach"
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { Escapes.isQuotedPrintable($0) })
        #expect(String(decoding: Escapes.decoded(bytes, .quotedPrintable), as: UTF8.self)
                == "Bitte senden Sie die Rechnung an Bitte senden Sie die Rechnung an jane@" + String(repeating: "x", count: 40) + "shop.de, Kopie an Buchhaltungspostfach")
    }

    @Test func spansMapBackToWholeEscapes() {
        let text = Array((Self.header + "mail jane=40b.de ok").utf8)
        var v = NormalizedText()
        text.withUnsafeBufferPointer { Escapes.decode($0, .quotedPrintable, into: &v) }
        let h = Self.header.utf8.count
        #expect(String(decoding: v.bytes, as: UTF8.self) == Self.header + "mail jane@b.de ok")
        #expect(v.original(h + 5, h + 14) == (h + 5, h + 16))     // "jane@b.de" ← "jane=40b.de"
    }

    /// (text, type, the exact original substring expected) with the default policy.
    static let findings: [(String, String, String)] = [
        (header + "Kontakt: jane.doe=40example.com\n", "EMAIL", "jane.doe=40example.com"),
        (header + "IBAN: DE89 3704 0044 05=\n32 0130 00\n", "IBAN", "DE89 3704 0044 05=\n32 0130 00"),
        (header + "Karte 4111 1111 =\r\n1111 1111 bitte\n", "CREDIT_CARD", "4111 1111 =\r\n1111 1111"),
    ]

    @Test(arguments: findings)
    func escapedValuesAreFound(_ row: (String, String, String)) throws {
        let (text, type, expected) = row
        #expect(try value(text, type) == expected, "\(type) in \(text)")
        let red = try redacted(text)
        #expect(!red.contains(expected), "\(red)")
    }

    @Test func policySwitch() throws {
        #expect(try Policy(json: Array("{}".utf8)).detection.quotedPrintable)
        let off = try Policy(json: Array(#"{"quoted_printable": false}"#.utf8))
        #expect(!off.detection.quotedPrintable)
        #expect(off.fingerprint != Policy().fingerprint)
        let e = try Engine(policy: off)
        #expect(try found(Self.header + "mail jane=40example.com", of: ["EMAIL"], e).isEmpty)
        for bad in [#"{"quoted_printable": "yes"}"#, #"{"quoted_printable": 1}"#] {
            #expect(throws: SFError.self) { try Policy(json: Array(bad.utf8)) }
        }
    }
}
