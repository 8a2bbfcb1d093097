import Testing
@testable import SovereignFilter

/// Issue 14 item 3: detection sees through JSON string escapes (policy `json_escapes`), offsets in the
/// original bytes.
struct JSONEscapeTests {
    static let escapeEngine: Engine = {
        var p = Policy()
        p.jsonEscapes = true
        return try! Engine(policy: p)
    }()

    /// (original, decoded)
    static let table: [(String, String)] = [
        (#"a\nb"#, "a\nb"),
        (#"a\tb"#, "a\tb"),
        (#"a\rb"#, "a\rb"),
        (#"a\bb"#, "a b"),                        // backspace: a control character → space
        (#"a\fb"#, "a b"),                        // form feed too
        (#"say \"hi\""#, #"say "hi""#),
        (#"C:\\dir"#, #"C:\dir"#),
        (#"a\/b"#, "a/b"),
        (#"J\u00fcrgen"#, "Jürgen"),
        (#"J\u00FCrgen"#, "Jürgen"),              // upper-case hex
        (#"\u20ac 5"#, "€ 5"),
        (#"\ud83d\ude00!"#, "😀!"),               // surrogate pair → one scalar
        (#"x\ud83dy"#, "x\u{FFFD}y"),             // lone high surrogate
        (#"x\ude00y"#, "x\u{FFFD}y"),             // lone low surrogate
        (#"x\ud83d\u0041"#, "x\u{FFFD}A"),        // high surrogate followed by a non-low escape
        (#"a\u0000b\u001fc"#, "a b c"),           // other control characters → space
        (#"a\u000ab"#, "a\nb"),                   // \u000a is a line feed
        (#"\\u00fc"#, #"\u00fc"#),                // escaped backslash first: the letters stay
        (#"\\\u00fc"#, #"\ü"#),
        (#"a\xb"#, #"a\xb"#),                     // unknown escape stays
        (#"a\u00"#, #"a\u00"#),                   // truncated
        (#"a\u00fg"#, #"a\u00fg"#),               // not hex
        (#"end\"#, #"end\"#),                     // trailing backslash
        ("no escapes at all", "no escapes at all"),
    ]

    @Test(arguments: table)
    func decoderTable(_ row: (String, String)) {
        #expect(String(decoding: Escapes.decoded(Array(row.0.utf8), .json), as: UTF8.self) == row.1)
    }

    @Test func decodedSpansMapBackToWholeEscapes() {
        let text = Array(#"J\u00fcrgen \ud83d\ude00 x\n"#.utf8)
        var v = NormalizedText()
        text.withUnsafeBufferPointer { Escapes.decode($0, .json, into: &v) }
        #expect(!v.identity)
        #expect(String(decoding: v.bytes, as: UTF8.self) == "Jürgen 😀 x\n")
        #expect(v.original(0, 7) == (0, 11))          // "Jürgen" ← "J\u00fcrgen"
        #expect(v.original(1, 2) == (1, 7))           // half of "ü" → the whole escape
        #expect(v.original(8, 12) == (12, 24))        // the emoji ← both surrogate escapes
        #expect(v.original(13, 15) == (25, 28))       // "x\n" ← "x\\n"
        var plain = NormalizedText()
        Array("plain".utf8).withUnsafeBufferPointer { Escapes.decode($0, .json, into: &plain) }
        #expect(plain.identity)
        Array(#"only \x unknown"#.utf8).withUnsafeBufferPointer { Escapes.decode($0, .json, into: &plain) }
        #expect(plain.identity)
    }

    /// (text with escapes, type, the exact original substring expected)
    static let findings: [(String, String, String)] = [
        (#"Mein Name ist J\u00fcrgen Wei\u00dfenbach"#, "PERSON", #"J\u00fcrgen Wei\u00dfenbach"#),
        (#"Lieferung an Goethestra\u00dfe 12, 10115 Berlin bitte"#, "ADDRESS", #"Goethestra\u00dfe 12, 10115 Berlin"#),
        (#"mail anna\u002eweber\u0040example.de now"#, "EMAIL", #"anna\u002eweber\u0040example.de"#),
        (#"{\"customer\": \"J\u00fcrgen Wei\u00dfenbach\"}"#, "PERSON", #"J\u00fcrgen Wei\u00dfenbach"#),
        (#"{\"ship_to\": \"Goethestra\u00dfe 12, 10115 Berlin\"}"#, "ADDRESS", #"Goethestra\u00dfe 12, 10115 Berlin"#),
        (#"{\"email\":\"anna.weber@example.de\"}"#, "EMAIL", "anna.weber@example.de"),
        (#"card\u00a04111\u00a01111\u00a01111\u00a01111"#, "CREDIT_CARD", #"4111\u00a01111\u00a01111\u00a01111"#),
    ]

    @Test(arguments: findings)
    func escapedValuesAreFound(_ row: (String, String, String)) throws {
        let (text, type, expected) = row
        let bytes = Array(text.utf8)
        let fs = try Self.escapeEngine.scan(bytes)
        let f = try #require(fs.first { $0.type.name == type }, "\(type) not found in \(text): \(fs)")
        #expect(String(decoding: bytes[f.start..<f.end], as: UTF8.self) == expected)
        // Redacting twice equals redacting once.
        let once = try Self.escapeEngine.redact(text).text
        #expect(try Self.escapeEngine.redact(once).text == once)
    }

    @Test func redactsTheWholeEscapedName() throws {
        #expect(try redacted(#"Mein Name ist J\u00fcrgen Wei\u00dfenbach"#, Self.escapeEngine) == "Mein Name ist [PERSON]")
        #expect(try redacted(#"{\"customer\": \"J\u00fcrgen Wei\u00dfenbach\", \"ship_to\": \"Goethestra\u00dfe 12, 10115 Berlin\"}"#, Self.escapeEngine)
                == #"{\"customer\": \"[PERSON]\", \"ship_to\": \"[ADDRESS]\"}"#)
    }

    @Test func switchOffLeavesBehaviourUnchanged() throws {
        let text = #"Mein Name ist J\u00fcrgen Wei\u00dfenbach, mail anna\u002eweber\u0040example.de"#
        #expect(!Policy().jsonEscapes)
        #expect(try redacted(text, defaultEngine) == #"Mein Name ist [PERSON]\u00fcrgen Wei\u00dfenbach, mail anna\u002eweber\u0040example.de"#)
        // Text without escapes: the same findings either way.
        let plain = "Mein Name ist Jürgen Weißenbach, mail anna.weber@example.de"
        #expect(try defaultEngine.scan(plain) == Self.escapeEngine.scan(plain))
    }

    @Test func escapedAndPlainSpellingShareOneCanonicalValue() throws {
        var p = Policy()
        p.jsonEscapes = true
        p.operators[.person] = .hash
        p.hashKey = Array("0123456789abcdef0123".utf8)
        let e = try Engine(policy: p)
        let a = try redacted(#"Mein Name ist J\u00fcrgen Wei\u00dfenbach"#, e)
        let b = try redacted("Mein Name ist Jürgen Weißenbach", e)
        #expect(a.hasPrefix("Mein Name ist <PERSON:"))
        #expect(a == b)
    }

    @Test func invalidUTF8NamesTheOriginalOffset() {
        let bytes: [UInt8] = Array(#"J\u00fcrgen "#.utf8) + [0xFF]
        #expect { try Self.escapeEngine.scan(bytes) } throws: { ($0 as? SFError)?.code == .invalidUTF8 && ($0 as? SFError)?.message.contains("at byte 12") == true }
    }

    /// Generated texts mixing escapes, PII and glue: every finding starts and ends outside an escape and on
    /// a character boundary, and redacting twice equals redacting once.
    @Test func generatedTextsStayConsistent() throws {
        let pieces = [#"J\u00fcrgen"#, #"Wei\u00dfenbach"#, "Anna", "Weber", #"anna\u002eweber\u0040example.de"#, "bob@example.com",
                      #"\""#, #"\\"#, #"\n"#, #"\t"#, #"\u00a0"#, #"\ud83d\ude00"#, #"\ud83d"#, #"\u00"#, #"\x"#, "\\",
                      "4111 1111 1111 1111", #"4111\u00a01111\u00a01111\u00a01111"#, "+49 30 1234567", "Goethestra\\u00dfe 12, 10115 Berlin",
                      " ", " ", ", ", ": ", "{", "}", "Mein Name ist ", "ü", "-", "."]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        var escapedFindings = 0
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<(3 + next(12)) { text += pieces[next(pieces.count)] }
            let bytes = Array(text.utf8)
            let fs = try Self.escapeEngine.scan(bytes)
            // Positions inside an escape (after its backslash): a span may neither start nor end there.
            var inside = Set<Int>()
            var v = NormalizedText()
            bytes.withUnsafeBufferPointer { Escapes.decode($0, .json, into: &v) }
            for u in v.units { for k in (u.origStart + 1)..<u.origEnd { inside.insert(k) } }
            var last = 0
            for f in fs {
                #expect(f.start >= last && f.start < f.end && f.end <= bytes.count, "\(text): \(fs)")
                #expect(!inside.contains(f.start) && !inside.contains(f.end), "\(text): \(f)")
                #expect(f.start == bytes.count || bytes[f.start] & 0xC0 != 0x80)
                #expect(f.end == bytes.count || bytes[f.end] & 0xC0 != 0x80)
                last = f.end
                if bytes[f.start..<f.end].contains(0x5C) { escapedFindings += 1 }
            }
            let once = try Self.escapeEngine.redact(bytes).text
            #expect(try Self.escapeEngine.redact(once).text == once, "\(text)")
        }
        #expect(escapedFindings > 100, "\(escapedFindings) findings held an escape")
    }

    @Test func policySwitch() throws {
        #expect(try Policy(json: Array(#"{"json_escapes": true}"#.utf8)).jsonEscapes)
        #expect(try !Policy(json: Array(#"{"json_escapes": false}"#.utf8)).jsonEscapes)
        for bad in [#"{"json_escapes": "yes"}"#, #"{"json_escapes": 1}"#, #"{"json_escapes": null}"#] {
            #expect { try Policy(json: Array(bad.utf8)) } throws: {
                ($0 as? SFError)?.code == .policy && ($0 as? SFError)?.message.contains("json_escapes") == true
            }
        }
    }
}

/// Issue 14 item 5: a deny-list term matches across any run of whitespace.
struct DenyWhitespaceTests {
    static let engine: Engine = {
        var p = Policy()
        p.deny = ["Project Falcon", "  Acme\t\tTextiles ", "Zulieferer Müller"]
        return try! Engine(policy: p)
    }()

    static let cases: [(String, String)] = [
        ("about PROJECT  FALCON today", "PROJECT  FALCON"),
        ("about project\tfalcon today", "project\tfalcon"),
        ("about Project\nFalcon today", "Project\nFalcon"),
        ("about Project\r\n  Falcon today", "Project\r\n  Falcon"),
        ("about Project \u{00A0} Falcon today", "Project \u{00A0} Falcon"),   // NBSP normalizes to a space
        ("about Project\u{3000}Falcon today", "Project\u{3000}Falcon"),      // ideographic space too
        ("order from acme textiles", "acme textiles"),                       // the term's own whitespace collapsed
        ("order from ACME \t TEXTILES", "ACME \t TEXTILES"),
        ("von Zulieferer   Müller", "Zulieferer   Müller"),
    ]

    @Test(arguments: cases)
    func termsMatchAcrossWhitespace(_ row: (String, String)) throws {
        #expect(try found(row.0, Self.engine).map(\.1) == [row.1])
    }

    @Test func wordsStillMustBeWholeAndAdjacent() throws {
        #expect(try found("Project Falconry", Self.engine).isEmpty)
        #expect(try found("Project, Falcon", Self.engine).isEmpty)
        #expect(try found("ProjectFalcon", Self.engine).isEmpty)
        #expect(try redacted("a Project \t\n Falcon b", Self.engine) == "a [CONFIDENTIAL] b")
    }

    @Test func escapedWhitespaceWithTheJSONSwitch() throws {
        var p = Policy()
        p.deny = ["Project Falcon"]
        p.jsonEscapes = true
        let e = try Engine(policy: p)
        #expect(try found(#"{\"note\": \"Project\n\u00a0Falcon\"}"#, e).map(\.1) == [#"Project\n\u00a0Falcon"#])
    }
}
