import Testing
@testable import SovereignFilter

/// The offset map: detection runs on the normalized view, spans land on the ORIGINAL bytes.
struct NormalizationTests {
    /// (text, type, the exact original substring expected)
    static let variants: [(String, String, String)] = [
        ("x ０６ １２ ３４ ５６ ７８ y", "PHONE", "０６ １２ ３４ ５６ ７８"),            // full-width digits
        ("Mail: ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ!", "EMAIL", "ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ"),  // full-width letters
        ("é\u{200B}x jo\u{200B}hn@exa\u{FEFF}mple.com", "EMAIL", "jo\u{200B}hn@exa\u{FEFF}mple.com"),  // zero-width inside
        ("\u{200B}john@example.com\u{200B}", "EMAIL", "john@example.com"),                  // zero-width outside: not included
        ("soft hy\u{00AD}phen a\u{00AD}b@example.com", "EMAIL", "a\u{00AD}b@example.com"),
        ("Ре́й john@gmаil.com", "EMAIL", "john@gmаil.com"),                                    // Cyrillic а, combining acute before
        ("café e\u{0301}mile@example.fr", "EMAIL", "e\u{0301}mile@example.fr"),               // combining mark in the span
        ("Ω card 4111\u{00A0}1111\u{00A0}1111\u{00A0}1111", "CREDIT_CARD", "4111\u{00A0}1111\u{00A0}1111\u{00A0}1111"),  // NBSP → space
        ("IBAN ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００", "IBAN", "ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００"),
        ("𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 card", "CREDIT_CARD", "𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏"),  // mathematical digits (4-byte UTF-8)
    ]

    @Test(arguments: variants)
    func spansLandOnOriginalBytes(_ row: (String, String, String)) throws {
        let (text, type, expected) = row
        let bytes = Array(text.utf8)
        let findings = try defaultEngine.scan(bytes)
        let f = try #require(findings.first { $0.type.name == type }, "\(type) not found in \(text)")
        #expect(String(decoding: bytes[f.start..<f.end], as: UTF8.self) == expected)
        // Boundaries are character boundaries of the original.
        #expect(f.start == bytes.count || bytes[f.start] & 0xC0 != 0x80)
        #expect(f.end == bytes.count || bytes[f.end] & 0xC0 != 0x80)
    }

    @Test func asciiFastPathIsIdentity() throws {
        var n = NormalizedText()
        let text = Array("plain ascii text 123".utf8)
        try text.withUnsafeBufferPointer { try Normalizer.normalize($0, allASCII: true, into: &n) }
        #expect(n.identity)
        #expect(n.original(3, 7) == (3, 7))
    }

    @Test func normalizedViewAndMap() throws {
        var n = NormalizedText()
        let text = Array("Ａ\u{200B}ｂ".utf8)  // 3 + 3 + 3 bytes
        try text.withUnsafeBufferPointer { try Normalizer.normalize($0, allASCII: false, into: &n) }
        #expect(String(decoding: n.bytes, as: UTF8.self) == "Ab")
        #expect(n.original(0, 1) == (0, 3))
        #expect(n.original(1, 2) == (6, 9))
        #expect(n.original(0, 2) == (0, 9))
    }

    @Test func redactionKeepsEverythingElseByteExact() throws {
        let text = "Grüße ✓ — jürgen@example.com, ０６ １２ ３４ ５６ ７８ 😀 end"
        #expect(try redacted(text) == "Grüße ✓ — [EMAIL], [PHONE] 😀 end")
    }
}

struct UTF8Tests {
    static let invalid: [([UInt8], Int)] = [
        ([0x61, 0xFF], 1),                    // invalid byte
        ([0x61, 0xC3], 1),                    // truncated
        ([0xC0, 0xAF], 0),                    // overlong
        ([0xE0, 0x80, 0xAF], 0),              // overlong 3-byte
        ([0xED, 0xA0, 0x80], 0),              // surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),        // above U+10FFFF
        ([0x61, 0x62, 0x80], 2),              // stray continuation
        (Array(repeating: 0x61, count: 17) + [0xFE], 17),  // after the 8-byte fast path
    ]

    @Test(arguments: invalid)
    func rejectsWithOffset(_ row: ([UInt8], Int)) {
        var ascii = false
        #expect(row.0.withUnsafeBufferPointer { UTF8Check.firstInvalid($0, allASCII: &ascii) } == row.1)
        #expect(throws: SFError.invalidUTF8(at: row.1)) { try defaultEngine.scan(row.0) }
    }

    @Test func acceptsValidAndNUL() throws {
        var ascii = false
        let valid = Array("a\u{0}é€😀".utf8)
        #expect(valid.withUnsafeBufferPointer { UTF8Check.firstInvalid($0, allASCII: &ascii) } == nil)
        #expect(!ascii)
        #expect(try value("x\u{0}john@example.com\u{0}y", "EMAIL") == "john@example.com")
    }

    @Test func lossyRepair() {
        #expect(UTF8Check.repairing([0x61, 0xFF, 0x62]) == [0x61, 0xEF, 0xBF, 0xBD, 0x62])
    }

    @Test func emptyAndOneByte() throws {
        #expect(try defaultEngine.scan([UInt8]()).isEmpty)
        #expect(try defaultEngine.scan([0x40]).isEmpty)
        #expect(try redacted("") == "")
    }
}
