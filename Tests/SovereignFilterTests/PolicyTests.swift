import Testing
@testable import SovereignFilter

struct PolicyTests {
    static let readmeExample = #"""
    {"version": 1, "min_score": 0.5,
     "entities": {"EMAIL": "pseudonymize", "CREDIT_CARD": "mask", "TRACKING_NUMBER": "off"},
     "allow": ["service@myshop.example"], "deny": ["Project Falcon", "Acme Textiles"],
     "patterns": [{"name": "LOYALTY_ID", "regex": "\\bLOY-\\d{8}\\b", "score": 0.9}]}
    """#

    @Test func readmeExampleWorks() throws {
        let e = try Engine(policyJSON: Array(Self.readmeExample.utf8))
        let text = "Write to service@myshop.example or bob@example.com about Project Falcon with acme textiles, member LOY-12345678, card 4111 1111 1111 1111."
        #expect(try redacted(text, e)
                == "Write to service@myshop.example or [EMAIL] about [CONFIDENTIAL] with [CONFIDENTIAL], member [LOYALTY_ID], card **** **** **** 1111.")
        #expect(try redacted(text, e, session: Session())
                == "Write to service@myshop.example or <EMAIL_1> about <CONFIDENTIAL_1> with <CONFIDENTIAL_2>, member <LOYALTY_ID_1>, card **** **** **** 1111.")
    }

    @Test func denyListIsCaseInsensitiveWholeWordAndScales() throws {
        var p = Policy()
        p.deny = (0..<3000).map { "supplier number \($0) gmbh" } + ["Falcon", "Zulieferer Müller"]
        let e = try Engine(policy: p)
        #expect(try found("talk to SUPPLIER NUMBER 2999 GmbH and falcon", e).map(\.1) == ["SUPPLIER NUMBER 2999 GmbH", "falcon"])
        #expect(try found("Falconry and supplier number 30000 gmbh", e).isEmpty)
        #expect(try value("von Zulieferer Müller", "CONFIDENTIAL", e) == "Zulieferer Müller")
        #expect(try value("Ｆａｌｃｏｎ launch", "CONFIDENTIAL", e) == "Ｆａｌｃｏｎ")
    }

    @Test func minScoreFilters() throws {
        let strict = try Engine(policyJSON: Array(#"{"min_score": 0.65}"#.utf8))
        // A bare 10-digit number scores below 0.65 without phone words; with them it passes.
        #expect(try found("id 3729862584", strict).isEmpty)
        #expect(try value("call me at 3729862584", "PHONE", strict) == "3729862584")
    }

    static let errors: [(String, String)] = [
        ("not json", "(document)"),
        ("[1]", "must be a JSON object"),
        (#"{"min_score": 7}"#, "min_score"),
        (#"{"min_score": "high"}"#, "min_score"),
        (#"{"version": 2}"#, "version"),
        (#"{"entities": {"EMAIL": "shred"}}"#, "entities.EMAIL"),
        (#"{"entities": {"e-mail": "redact"}}"#, "entities.e-mail"),
        (#"{"allow": "x"}"#, "allow"),
        (#"{"deny": [1]}"#, "deny[0]"),
        (#"{"patterns": [{"name": "X"}]}"#, "patterns[0].regex"),
        (#"{"patterns": [{"regex": "x"}]}"#, "patterns[0].name"),
        (#"{"patterns": [{"name": "X", "regex": "(unclosed"}]}"#, "patterns[0] (X)"),
        (#"{"patterns": [{"name": "X", "regex": "a", "score": 2}]}"#, "patterns[0].score"),
        (#"{"patterns": [{"name": "X", "regex": "a", "flags": "i"}]}"#, "patterns[0].flags"),
        (#"{"colour": "blue"}"#, "colour"),
        (#"{"min_score": 0.5, "min_score": 0.6}"#, "given twice"),
        (#"{"hash_key": "short"}"#, "hash_key"),
        (#"{"limits": {"match_limit": -1}}"#, "limits.match_limit"),
        (String(repeating: "[", count: 100) + String(repeating: "]", count: 100), "nesting"),
    ]

    @Test(arguments: errors)
    func malformedPolicyNamesTheField(_ row: (String, String)) {
        do {
            _ = try Engine(policyJSON: Array(row.0.utf8))
            Issue.record("accepted: \(row.0)")
        } catch let e as SFError {
            #expect(e.code == .policy)
            #expect(e.message.contains(row.1), "\(e.message) should mention \(row.1)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func hostileCustomPatterns() throws {
        // Deep nesting is refused at compile time.
        let deep = String(repeating: "(", count: 200) + "a" + String(repeating: ")", count: 200)
        #expect { try Engine(policyJSON: Array(#"{"patterns": [{"name": "DEEP", "regex": "\#(deep)"}]}"#.utf8)) } throws: {
            ($0 as? SFError)?.code == .policy
        }
        // Overlong patterns are refused.
        let long = String(repeating: "a", count: 5000)
        #expect(throws: SFError.self) { try Engine(policyJSON: Array(#"{"patterns": [{"name": "LONG", "regex": "\#(long)"}]}"#.utf8)) }
        // Catastrophic backtracking stops with a limit error, never a silent "no match".
        let e = try Engine(policyJSON: Array(#"{"patterns": [{"name": "EVIL", "regex": "(a|aa)+$"}], "limits": {"match_limit": 100000}}"#.utf8))
        let text = String(repeating: "a", count: 5000) + "!"
        #expect { try e.scan(text) } throws: { ($0 as? SFError)?.code == .limit }
        #expect { try e.redact(text) } throws: { ($0 as? SFError)?.code == .limit }
        let e2 = try Engine(policyJSON: Array(#"{"patterns": [{"name": "EVIL", "regex": "(a+)+$"}], "limits": {"match_limit": 100000}}"#.utf8))
        #expect { try e2.scan(text) } throws: { ($0 as? SFError)?.code == .limit }
    }

    @Test func tooLarge() throws {
        let e = try Engine(policyJSON: Array(#"{"max_input_bytes": 10}"#.utf8))
        #expect { try e.scan("abcdefghijk") } throws: { ($0 as? SFError)?.code == .tooLarge }
        #expect(try e.scan("abcdefghij").isEmpty)
    }

    @Test func customPatternWithEmptyMatchesTerminates() throws {
        let e = try Engine(policyJSON: Array(#"{"patterns": [{"name": "EMPTY", "regex": "x*"}]}"#.utf8))
        #expect(try found("abxxc é", e).map(\.1) == ["xx"])
    }
}

struct JSONTests {
    @Test func roundTrip() throws {
        let text = #"{"id": 7, "text": "a\"b\\c\nd é \u00e9 \ud83d\ude00", "x": [true, false, null, -1.5e3]}"#
        let v = try JSON.parse(text)
        #expect(v["text"]?.stringValue == "a\"b\\c\nd é é 😀")
        #expect(v["id"] == .number("7"))
        let again = try JSON.parse(JSON.serialize(v))
        #expect(again == v)
    }

    static let bad = ["{", "{\"a\" 1}", "[1,]", "\"\\x\"", "\"\\ud800\"", "01", "1.", "tru", "{\"a\":1} x", "\"\u{01}\""]

    @Test(arguments: bad)
    func rejects(_ text: String) {
        #expect(throws: JSONError.self) { try JSON.parse(text) }
    }

    @Test func depthLimit() {
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(throws: JSONError.self) { try JSON.parse(deep) }
        let ok = String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
        #expect(throws: Never.self) { try JSON.parse(ok) }
    }
}
