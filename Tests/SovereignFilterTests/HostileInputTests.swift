import Testing
@testable import SovereignFilter

/// Hostile input: every case gets a clear error or a correct answer, never a crash, never raw text.
struct HostileInputTests {
    @Test(arguments: [true, false])
    func pathologicalPatternsStopWithALimitWithAndWithoutJIT(_ jit: Bool) throws {
        let text = String(repeating: "a", count: 30_000) + "!"
        // Exponential backtracking: stopped by the match limit, reported as SF_E_LIMIT.
        for regex in [#"(a|aa)+$"#, #"(a+)+$"#] {
            let json = #"{"patterns": [{"name": "EVIL", "regex": "\#(regex)"}], "limits": {"match_limit": 200000, "jit": \#(jit)}}"#
            let e = try Engine(policyJSON: Array(json.utf8))
            #expect { try e.scan(text) } throws: { ($0 as? SFError)?.code == .limit }
            #expect { try e.redact(text) } throws: { ($0 as? SFError)?.code == .limit }
        }
        // Patterns PCRE2 defuses itself (a required "b", auto-possessification): an answer, or a limit; never a hang.
        for regex in [#"(a*)*b"#, #"(?:a|a?)+$"#, #"^(\\w+\\s?)*$"#] {
            let json = #"{"patterns": [{"name": "EVIL", "regex": "\#(regex)"}], "limits": {"match_limit": 200000, "jit": \#(jit)}}"#
            let e = try Engine(policyJSON: Array(json.utf8))
            do { _ = try e.scan(text) } catch let err as SFError { #expect(err.code == .limit) }
        }
    }

    @Test func deepNestingAndHugePolicies() throws {
        #expect(throws: SFError.self) { try Engine(policyJSON: Array((String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000)).utf8)) }
        #expect(throws: SFError.self) { try Engine(policyJSON: [UInt8](repeating: 0x20, count: 17 << 20)) }
        #expect(throws: SFError.self) { try Engine(policyJSON: [0xFF, 0xFE]) }
        let many = "{\"deny\": [" + (0..<20_000).map { "\"term \($0)\"" }.joined(separator: ",") + "]}"
        let e = try Engine(policyJSON: Array(many.utf8))
        #expect(try value("about term 19999 today", "CONFIDENTIAL", e) == "term 19999")
    }

    @Test func sixtyFourMiBInputAndTheLimit() throws {
        var big = [UInt8](repeating: UInt8(ascii: "x"), count: 64 << 20)
        let mail = Array(" john@example.com ".utf8)
        big.replaceSubrange((big.count - 100)..<(big.count - 100 + mail.count), with: mail)
        let f = try defaultEngine.scan(big)
        #expect(f.count == 1 && f[0].type == .email && f[0].start == big.count - 99)
        big.append(0x20)
        #expect { try defaultEngine.scan(big) } throws: { ($0 as? SFError)?.code == .tooLarge }
    }

    @Test func entitiesStraddlingNERSegmentBoundaries() throws {
        // The NER tokenizes in 64 KB segments cut at sentence ends: names and addresses around the cut survive.
        let filler = String(repeating: "lorem ipsum dolor sit amet ", count: 2500)  // ~67 KB, no sentence end
        let text = filler + "Deliver to Michael Brown at 742 Evergreen Terrace, Springfield, OR 97403. " + filler + "mail a@b.de"
        let all = try found(text)
        #expect(all.contains { $0 == ("PERSON", "Michael Brown") })
        #expect(all.contains { $0 == ("ADDRESS", "742 Evergreen Terrace, Springfield, OR 97403") })
        #expect(all.contains { $0 == ("EMAIL", "a@b.de") })
    }

    @Test func nulBytesBeforeAndInsideEntities() throws {
        #expect(try value("\u{0}john@example.com", "EMAIL") == "john@example.com")
        // A NUL inside breaks the address: the parts are no e-mail, and nothing crashes.
        _ = try found("john\u{0}@example.com 4111\u{0}1111 1111 1111")
        #expect(try redacted("a\u{0}b") == "a\u{0}b")
    }

    @Test func everyInvalidUTF8ShapeIsRefusedEverywhere() throws {
        let cases: [[UInt8]] = [[0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF]]
        for bad in cases {
            let text = Array("mail john@example.com ".utf8) + bad
            #expect { try defaultEngine.scan(text) } throws: { ($0 as? SFError)?.code == .invalidUTF8 }
            #expect { try defaultEngine.redact(text) } throws: { ($0 as? SFError)?.code == .invalidUTF8 }
            #expect { try defaultEngine.checkPrompt(text) } throws: { ($0 as? SFError)?.code == .invalidUTF8 }
            #expect { try defaultEngine.checkOutput(text, session: nil) } throws: { ($0 as? SFError)?.code == .invalidUTF8 }
        }
    }
}
