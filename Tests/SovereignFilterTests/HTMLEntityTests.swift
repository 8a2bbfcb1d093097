import Testing
@testable import SovereignFilter

/// Detection sees through HTML character references (policy `html_entities`, on by default), offsets in
/// the original bytes: a mail body or a template pasted into a prompt hides nothing behind `&#…;`.
struct HTMLEntityTests {
    /// (original, decoded)
    static let table: [(String, String)] = [
        ("M&uuml;ller", "Müller"),
        ("M&Uuml;LLER", "MÜLLER"),                  // names are case-sensitive: Ü
        ("Stra&szlig;e", "Straße"),
        ("&Eacute;lodie", "Élodie"),
        ("Fran&ccedil;ois", "François"),
        ("&#52;&#49;", "41"),                       // decimal
        ("&#x34;&#X31;", "41"),                     // hex, either x
        ("a&nbsp;b", "a\u{A0}b"),
        ("a&#8203;b", "a\u{200B}b"),                // zero-width space (the normalizer drops it)
        ("anna&commat;example&period;de", "anna@example.de"),
        ("&num;1042", "#1042"),
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("&lt;b&gt;", "<b>"),
        ("a&#0;b", "a\u{FFFD}b"),                   // not a character: U+FFFD, as HTML reads it
        ("a&#xD800;b", "a\u{FFFD}b"),               // a surrogate
        ("a&#x110000;b", "a\u{FFFD}b"),             // past U+10FFFF
        ("a&#9;b", "a\tb"),
        ("a&#1;b", "a b"),                          // other control characters → space
        ("Tom & Jerry", "Tom & Jerry"),             // no reference: untouched
        ("a&b;c", "a&b;c"),                         // unknown name
        ("&uuml", "&uuml"),                         // no semicolon: not decoded
        ("&#;", "&#;"), ("&#x;", "&#x;"), ("&", "&"), ("&&amp;", "&&"),
        ("&Uuml;ber &amp;&amp; unter", "Über && unter"),
    ]

    @Test(arguments: table)
    func decoderTable(_ row: (String, String)) {
        #expect(String(decoding: Escapes.decoded(Array(row.0.utf8), .html), as: UTF8.self) == row.1)
    }

    @Test func latin1NamesAreInCodePointOrder() {
        #expect(HTMLEntities.latin1.count == 96)
        func scalar(_ name: String) -> UInt32? {
            let b = Array(("&" + name + ";").utf8)
            return b.withUnsafeBufferPointer { HTMLEntities.reference($0.baseAddress!, b.count, 0)?.0 }
        }
        #expect(scalar("nbsp") == 0xA0 && scalar("iquest") == 0xBF && scalar("Agrave") == 0xC0)
        #expect(scalar("times") == 0xD7 && scalar("szlig") == 0xDF && scalar("auml") == 0xE4)
        #expect(scalar("divide") == 0xF7 && scalar("yuml") == 0xFF && scalar("euro") == 0x20AC)
        #expect(scalar("ZeroWidthSpace") == 0x200B && scalar("nosuchname") == nil)
    }

    @Test func spansMapBackToWholeReferences() {
        let text = Array("M&uuml;ller &#52;1".utf8)
        var v = NormalizedText()
        text.withUnsafeBufferPointer { Escapes.decode($0, .html, into: &v) }
        #expect(String(decoding: v.bytes, as: UTF8.self) == "Müller 41")
        #expect(v.original(0, 7) == (0, 11))          // "Müller" ← "M&uuml;ller"
        #expect(v.original(8, 10) == (12, 18))        // "41" ← "&#52;1"
    }

    /// (text, type, the exact original substring expected) with the default policy.
    static let findings: [(String, String, String)] = [
        ("Karte: 4&#8203;1&#8203;1&#8203;1 1111 1111 1111 bitte", "CREDIT_CARD", "4&#8203;1&#8203;1&#8203;1 1111 1111 1111"),
        ("Karte: &#52;&#49;&#49;&#49; 1111 1111 1111", "CREDIT_CARD", "&#52;&#49;&#49;&#49; 1111 1111 1111"),
        ("card 4111&nbsp;1111&nbsp;1111&nbsp;1111", "CREDIT_CARD", "4111&nbsp;1111&nbsp;1111&nbsp;1111"),
        ("write to anna&#64;example.de please", "EMAIL", "anna&#64;example.de"),
        ("write to anna&commat;example&period;de please", "EMAIL", "anna&commat;example&period;de"),
        ("Mit freundlichen Gr&uuml;&szlig;en<br>J&uuml;rgen Wei&szlig;enbach", "PERSON", "J&uuml;rgen Wei&szlig;enbach"),
        ("Lieferadresse: Goethestra&szlig;e 12, 10115 Berlin", "ADDRESS", "Goethestra&szlig;e 12, 10115 Berlin"),
        ("IBAN&nbsp;DE89&nbsp;3704&nbsp;0044&nbsp;0532&nbsp;0130&nbsp;00", "IBAN", "DE89&nbsp;3704&nbsp;0044&nbsp;0532&nbsp;0130&nbsp;00"),
    ]

    @Test(arguments: findings)
    func referencedValuesAreFound(_ row: (String, String, String)) throws {
        let (text, type, expected) = row
        #expect(try value(text, type) == expected, "\(type) in \(text)")
        // Redacting leaves no reference that still spells the value.
        let red = try redacted(text)
        #expect(!red.contains(expected), "\(red)")
    }

    @Test func policySwitch() throws {
        #expect(try Policy(json: Array("{}".utf8)).detection.htmlEntities)
        let off = try Policy(json: Array(#"{"html_entities": false}"#.utf8))
        #expect(!off.detection.htmlEntities)
        #expect(off.fingerprint != Policy().fingerprint)
        let e = try Engine(policy: off)
        #expect(try found("anna&#64;example.de", of: ["EMAIL"], e).isEmpty)
        for bad in [#"{"html_entities": "yes"}"#, #"{"html_entities": 1}"#] {
            #expect(throws: SFError.self) { try Policy(json: Array(bad.utf8)) }
        }
    }

    /// With both kinds on, one pass decodes both, in either order.
    @Test func jsonAndHTMLTogether() {
        #expect(String(decoding: Escapes.decoded(Array(#"J\u00fcrgen M&uuml;ller\n"#.utf8), [.json, .html]), as: UTF8.self) == "Jürgen Müller\n")
        #expect(String(decoding: Escapes.decoded(Array(#"a\x&amp;b"#.utf8), [.json, .html]), as: UTF8.self) == #"a\x&b"#)
        // With JSON escapes alone, a reference after an escape stays as written.
        #expect(String(decoding: Escapes.decoded(Array(#"a\n&amp;b"#.utf8), .json), as: UTF8.self) == "a\n&amp;b")
    }
}
