import Testing
@testable import SovereignFilter

struct OperatorTests {
    func engine(_ json: String) throws -> Engine { try Engine(policyJSON: Array(json.utf8)) }

    @Test func redactIsTheDefaultWithoutSession() throws {
        #expect(try redacted("Mail john@example.com or call +1 986 202 7297.") == "Mail [EMAIL] or call [PHONE].")
    }

    @Test func mask() throws {
        let e = try engine(#"{"entities": {"CREDIT_CARD": "mask", "EMAIL": "mask", "IBAN": "mask", "PHONE": "mask"}}"#)
        #expect(try redacted("card 4111 1111 1111 1111.", e) == "card **** **** **** 1111.")
        #expect(try redacted("card 4111-1111-1111-1111.", e) == "card ****-****-****-1111.")
        #expect(try redacted("mail john@example.com.", e) == "mail j***@example.com.")
        #expect(try redacted("IBAN DE89 3704 0044 0532 0130 00.", e) == "IBAN **** **** **** **** **30 00.")
        #expect(try redacted("call +1 986 202 7297.", e) == "call +* *** *** 7297.")
    }

    @Test func hashIsKeyedAndStable() throws {
        let e1 = try engine(#"{"hash_key": "0123456789abcdef0123", "entities": {"EMAIL": "hash"}}"#)
        let e2 = try engine(#"{"hash_key": "another-key-0123456789", "entities": {"EMAIL": "hash"}}"#)
        let a = try redacted("x john@example.com", e1)
        #expect(a.hasPrefix("x <EMAIL:") && a.hasSuffix(">") && a.utf8.count == "x <EMAIL:12345678>".utf8.count)
        #expect(try redacted("x John@Example.com", e1) == a)                 // canonical: case-insensitive
        #expect(try redacted("x john [at] example [dot] com", e1) == a)     // canonical: obfuscation undone
        #expect(try redacted("x john@example.com", e2) != a)                // another key, another hash
        #expect(try redacted("x jane@example.com", e1) != a)
    }

    @Test func pseudonymizeAndRestore() throws {
        let s = Session()
        let out = try redacted("I am john@example.com, card 4111 1111 1111 1111, again john@example.com, jane@example.com", session: s)
        #expect(out == "I am <EMAIL_1>, card <CREDIT_CARD_1>, again <EMAIL_1>, <EMAIL_2>")
        let reply = "Dear <EMAIL_1>, your card <CREDIT_CARD_1> and <EMAIL_2>; <EMAIL_9> and <NOT A TOKEN> stay."
        #expect(String(decoding: s.restore(Array(reply.utf8)), as: UTF8.self)
                == "Dear john@example.com, your card 4111 1111 1111 1111 and jane@example.com; <EMAIL_9> and <NOT A TOKEN> stay.")
        // Same value in a later message: the same pseudonym. Another spelling gets its own, so restore
        // gives back exactly what was typed.
        #expect(try redacted("still john@example.com", session: s) == "still <EMAIL_1>")
        #expect(try redacted("still JOHN@example.com", session: s) == "still <EMAIL_3>")
        #expect(String(decoding: s.restore(Array("<EMAIL_3> and <EMAIL_1>".utf8)), as: UTF8.self) == "JOHN@example.com and john@example.com")
        // Either spelling in a reply is the customer's own value, not a leak.
        #expect(try defaultEngine.checkOutput("Dear John@Example.com", session: s).verdict == .allow)
    }

    @Test func restoreGivesBackTheOriginalBytes() throws {
        let s = Session()
        let text = "phone ０６ １２ ３４ ５６ ７８ and mail jo\u{200B}hn@example.com"
        let out = try redacted(text, session: s)
        #expect(out == "phone <PHONE_1> and mail <EMAIL_1>")
        #expect(String(decoding: s.restore(Array(out.utf8)), as: UTF8.self) == text)
    }

    @Test func policyOperatorOverridesSessionDefault() throws {
        let e = try engine(#"{"entities": {"EMAIL": "redact"}}"#)
        #expect(try redacted("mail john@example.com, call +1 986 202 7297", e, session: Session()) == "mail [EMAIL], call <PHONE_1>")
    }

    @Test func blockReturnsNoText() throws {
        let e = try engine(#"{"entities": {"SECRET": "block"}}"#)
        let r = try e.redact("key sk_live_4eC39HqLyjWDarjtT1zdp7dc")
        #expect(r.blocked && r.text.isEmpty && r.findings.count == 1)
        #expect(try !e.redact("nothing secret here").blocked)
        // A blocked call leaves the vault untouched, even for the findings before the blocked one.
        let session = Session()
        let b = try e.redact("mail john@example.com key sk_live_4eC39HqLyjWDarjtT1zdp7dc", session: session)
        #expect(b.blocked && b.text.isEmpty && session.count == 0)
    }

    @Test func offDisablesAType() throws {
        let e = try engine(#"{"entities": {"EMAIL": "off"}}"#)
        #expect(try redacted("mail john@example.com", e) == "mail john@example.com")
    }

    @Test func sealedSessionRoundTripAndTamper() throws {
        let e = try engine(#"{"session_key": "a-very-secret-session-key"}"#)
        let s = Session()
        _ = try e.redact("mail john@example.com", session: s)
        let sealed = try e.export(s)
        #expect(sealed.starts(with: Array("sf1.".utf8)))
        #expect(!String(decoding: sealed, as: UTF8.self).contains("john"))
        let s2 = try e.importSession(sealed)
        #expect(String(decoding: s2.restore(Array("hi <EMAIL_1>".utf8)), as: UTF8.self) == "hi john@example.com")
        // The counter survives: the next new value gets <EMAIL_2>.
        #expect(try redacted("and jane@example.com", e, session: s2) == "and <EMAIL_2>")
        for k in [4, sealed.count / 2, sealed.count - 1] {
            var t = sealed
            t[k] = t[k] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            #expect(throws: SFError.self) { try e.importSession(t) }
        }
        let other = try engine(#"{"session_key": "another-session-key-12345"}"#)
        #expect { try other.importSession(sealed) } throws: { ($0 as? SFError)?.code == .invalidArgument }
        #expect(throws: SFError.self) { try e.importSession(Array("sf1.!!".utf8)) }
        #expect(throws: SFError.self) { try e.importSession([]) }
    }
}
