import Testing
@testable import SovereignFilter

/// Issue 14, item 6: a session's vault is bounded by the policy's `max_session_values`.
struct SessionCapTests {
    func engine(_ json: String) throws -> Engine { try Engine(policyJSON: Array(json.utf8)) }

    @Test func policyKey() throws {
        #expect(Policy().maxSessionValues == 10_000)
        #expect(try Policy(json: Array(#"{"max_session_values": 3}"#.utf8)).maxSessionValues == 3)
        for bad in [#"{"max_session_values": 0}"#, #"{"max_session_values": 2.5}"#, #"{"max_session_values": "3"}"#, #"{"max_session_values": -1}"#] {
            #expect(throws: SFError.self) { try Policy(json: Array(bad.utf8)) }
        }
        #expect(SFError.Code.sessionFull.rawValue == 10 && SFError.Code.sessionFull.description == "SF_E_SESSION_FULL")
    }

    @Test func capReachedFailsClosedAndLeavesTheVaultUntouched() throws {
        let e = try engine(#"{"max_session_values": 3}"#)
        let s = Session()
        #expect(try redacted("a@example.com b@example.com", e, session: s) == "<EMAIL_1> <EMAIL_2>")
        let before = try e.export(s)
        // Two new values on top of two: refused whole, before any operator ran.
        do {
            _ = try e.redact("c@example.com and d@example.com", session: s)
            Issue.record("expected sessionFull")
        } catch let err as SFError {
            #expect(err.code == .sessionFull)
            #expect(!err.message.contains("example.com"))
        }
        #expect(s.count == 2)
        #expect(try e.importSession(before).byValue == s.byValue)
        #expect(s.restore(Array("<EMAIL_3>".utf8)) == Array("<EMAIL_3>".utf8))
        // The same value twice in one call counts once; one new value fits exactly.
        #expect(try redacted("c@example.com, c@example.com", e, session: s) == "<EMAIL_3>, <EMAIL_3>")
        #expect(s.count == 3)
        // At the cap, values already in the vault still work…
        #expect(try redacted("again b@example.com and a@example.com", e, session: s) == "again <EMAIL_2> and <EMAIL_1>")
        // …and any new one is refused, also mixed with held ones.
        #expect(throws: SFError(.sessionFull, "session holds 3 values; this call would add 1, over max_session_values 3")) {
            try e.redact("a@example.com e@example.com", session: s)
        }
        #expect(s.count == 3)
        // Without a session nothing is stored: no cap.
        #expect(try redacted("e@example.com f@example.com g@example.com h@example.com", e) == "[EMAIL] [EMAIL] [EMAIL] [EMAIL]")
    }

    @Test func onlyPseudonymizedValuesCount() throws {
        // A type redacted (not pseudonymized) under a session adds nothing to the vault, so it is not refused.
        let e = try engine(#"{"max_session_values": 1, "entities": {"PHONE": "redact"}}"#)
        let s = Session()
        #expect(try redacted("a@example.com +1 986 202 7297", e, session: s) == "<EMAIL_1> [PHONE]")
        #expect(try redacted("call +1 986 202 7298", e, session: s) == "call [PHONE]")
        #expect(throws: SFError.self) { try e.redact("b@example.com", session: s) }
    }

    @Test func blockWinsOverSessionFull() throws {
        // Both refuse without touching the vault; block is checked first and is a verdict, not an error.
        let e = try engine(#"{"max_session_values": 1, "entities": {"CREDIT_CARD": "block"}}"#)
        let s = Session()
        let r = try e.redact("a@example.com b@example.com 4111 1111 1111 1111", session: s)
        #expect(r.blocked && r.text.isEmpty && s.count == 0)
    }

    @Test func importOverTheCapIsRefused() throws {
        let key = #""session_key": "0123456789abcdef0123456789abcdef""#
        let big = try engine("{\(key), \"max_session_values\": 10}")
        let small = try engine("{\(key), \"max_session_values\": 2}")
        let s = Session()
        _ = try big.redact("a@example.com b@example.com c@example.com", session: s)
        let sealed = try big.export(s)
        #expect(throws: SFError(.sessionFull, "sealed session holds 3 values, over max_session_values 2")) { try small.importSession(sealed) }
        #expect(try big.importSession(sealed).count == 3)
        let two = Session()
        _ = try big.redact("a@example.com b@example.com", session: two)
        #expect(try small.importSession(try big.export(two)).count == 2)
    }

    @Test func redactWithGivenFindingsChecksThem() throws {
        let text = Array("mail a@example.com".utf8)
        let f = try defaultEngine.scan(text)
        let r = try text.withUnsafeBufferPointer { try defaultEngine.redact($0, findings: f, session: nil) }
        #expect(String(decoding: r.text, as: UTF8.self) == "mail [EMAIL]")
        let bad = [Finding(start: 10, end: 40, type: .email, score: 1)]
        #expect(throws: SFError.self) { try text.withUnsafeBufferPointer { try defaultEngine.redact($0, findings: bad, session: nil) } }
    }
}
