import Testing
@testable import SovereignFilter

/// Detection sees through URL percent-escapes that yield printable ASCII (policy `url_escapes`, on by
/// default), offsets in the original bytes: a form post or a logged query string hides nothing behind
/// `%40` or `%2B`.
struct URLEscapeTests {
    /// (original, decoded)
    static let table: [(String, String)] = [
        ("jane%40example.com", "jane@example.com"),
        ("%2B49%2030%20123456", "+49 30 123456"),
        ("a%3Ab%2fc", "a:b/c"),                     // either case of hex digit
        ("100%25", "100%"),
        ("%7E%20", "~ "),
        ("M%C3%BCller", "M%C3%BCller"),             // bytes above 0x7E: a single escape cannot complete a character
        ("a%0Ab", "a%0Ab"),                         // control characters stay as written
        ("a%7Fb", "a%7Fb"),                         // DEL
        ("50% off", "50% off"), ("50%", "50%"), ("5%4", "5%4"), ("%G0", "%G0"), ("%%41", "%A"),
        ("a+b", "a+b"),                             // `+` is not decoded
    ]

    @Test(arguments: table)
    func decoderTable(_ row: (String, String)) {
        #expect(String(decoding: Escapes.decoded(Array(row.0.utf8), .url), as: UTF8.self) == row.1)
    }

    @Test func spansMapBackToWholeEscapes() {
        let text = Array("mail=a%40b.de&x=1".utf8)
        var v = NormalizedText()
        text.withUnsafeBufferPointer { Escapes.decode($0, .url, into: &v) }
        #expect(String(decoding: v.bytes, as: UTF8.self) == "mail=a@b.de&x=1")
        #expect(v.original(5, 11) == (5, 13))          // "a@b.de" ← "a%40b.de"
    }

    /// (text, type, the exact original substring expected) with the default policy.
    static let findings: [(String, String, String)] = [
        ("mail=wvogt%40hotmail.fr&iban=", "EMAIL", "wvogt%40hotmail.fr"),
        ("POST /checkout email=emma.s83%40icloud.com&form_key=x", "EMAIL", "emma.s83%40icloud.com"),
        ("GET /track?mail=j.doe%2Bshop%40gmail.com HTTP/1.1", "EMAIL", "j.doe%2Bshop%40gmail.com"),
        ("?card=4111%201111%201111%201111&cvc=", "CREDIT_CARD", "4111%201111%201111%201111"),
    ]

    @Test(arguments: findings)
    func escapedValuesAreFound(_ row: (String, String, String)) throws {
        let (text, type, expected) = row
        #expect(try value(text, type) == expected, "\(type) in \(text)")
        let red = try redacted(text)
        #expect(!red.contains(expected), "\(red)")
    }

    @Test func policySwitch() throws {
        #expect(try Policy(json: Array("{}".utf8)).detection.urlEscapes)
        let off = try Policy(json: Array(#"{"url_escapes": false}"#.utf8))
        #expect(!off.detection.urlEscapes)
        #expect(off.fingerprint != Policy().fingerprint)
        let e = try Engine(policy: off)
        #expect(try found("mail=jane%40example.com", of: ["EMAIL"], e).isEmpty)
        for bad in [#"{"url_escapes": "yes"}"#, #"{"url_escapes": 1}"#] {
            #expect(throws: SFError.self) { try Policy(json: Array(bad.utf8)) }
        }
    }

    /// All three kinds in one pass.
    @Test func allKindsTogether() {
        #expect(String(decoding: Escapes.decoded(Array(#"J\u00fcrgen&amp;a%40b"#.utf8), [.json, .html, .url]), as: UTF8.self) == "Jürgen&a@b")
        // With HTML alone, a percent-escape stays as written.
        #expect(String(decoding: Escapes.decoded(Array("a%40b&amp;".utf8), .html), as: UTF8.self) == "a%40b&")
    }
}
