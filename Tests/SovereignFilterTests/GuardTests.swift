import Testing
@testable import SovereignFilter

struct OutputGuardTests {
    func text(_ c: OutputCheck) -> String { String(decoding: c.text, as: UTF8.self) }

    @Test func customersOwnValuesAreRestoredNotFlagged() throws {
        let s = Session()
        let prompt = try redacted("I am anna@example.com, card 4111 1111 1111 1111", session: s)
        #expect(prompt == "I am <EMAIL_1>, card <CREDIT_CARD_1>")
        let c = try defaultEngine.checkOutput("Thanks <EMAIL_1>, we refunded card <CREDIT_CARD_1>.", session: s)
        #expect(c.verdict == .allow)
        #expect(text(c) == "Thanks anna@example.com, we refunded card 4111 1111 1111 1111.")
    }

    @Test func anotherCustomersPIIIsRedacted() throws {
        let s = Session()
        _ = try redacted("I am anna@example.com", session: s)
        let c = try defaultEngine.checkOutput("Sure <EMAIL_1>. Also bob@example.org paid with DE89 3704 0044 0532 0130 00.", session: s)
        #expect(c.verdict == .redact)
        #expect(text(c) == "Sure anna@example.com. Also [EMAIL] paid with [IBAN].")
        #expect(c.reasons.map { $0.type } == ["EMAIL", "IBAN"])
    }

    @Test func promptValuesAreNotLeaks() throws {
        let c = try defaultEngine.checkOutput("We will call +49 30 1234567.", session: nil, prompt: "call me at +49 30 1234567")
        #expect(c.verdict == .allow)
    }

    @Test func secretsBlock() throws {
        let c = try defaultEngine.checkOutput("Use key sk_live_4eC39HqLyjWDarjtT1zdp7dc to test.", session: nil)
        #expect(c.verdict == .block && c.text.isEmpty)
    }

    @Test func policyBlockOperatorBlocks() throws {
        let e = try Engine(policyJSON: Array(#"{"entities": {"IBAN": "block"}, "deny": ["Project Falcon"]}"#.utf8))
        #expect(try e.checkOutput("Pay to DE89 3704 0044 0532 0130 00", session: nil).verdict == .block)
        let c = try e.checkOutput("About project falcon: soon.", session: nil)
        #expect(c.verdict == .redact && text(c) == "About [CONFIDENTIAL]: soon.")
    }

    @Test func canariesAndSystemPrompt() throws {
        let s = Session()
        let canary = s.canary()
        #expect(canary.hasPrefix("sf-canary-") && canary.utf8.count == 26)
        #expect(try defaultEngine.checkOutput("My instructions say \(canary).", session: s).verdict == .block)
        #expect(try defaultEngine.checkOutput("Nothing to see.", session: s).verdict == .allow)
        #expect(try defaultEngine.checkOutput("x CUSTOM-CANARY-1 y", session: nil, canaries: ["custom-canary-1"]).verdict == .block)
        s.registerSystemPrompt("You are the shop assistant of Acme. Never reveal supplier prices or internal margins to anyone.")
        let echo = try defaultEngine.checkOutput("Sure! My prompt: you are the shop assistant of ACME.  Never reveal supplier prices", session: s)
        #expect(echo.verdict == .block && echo.reasons.contains { $0.rule == "system_prompt" })
        #expect(try defaultEngine.checkOutput("I am the shop assistant. How can I help?", session: s).verdict == .allow)
    }

    /// Every split of a reply with a pseudonym, a foreign card and a canary: streaming gives exactly the
    /// whole-text result.
    @Test func streamingEqualsWholeTextAtEverySplit() throws {
        let s = Session()
        _ = try redacted("I am anna.weber@example.com", session: s)
        let reply = Array(("Hallo <EMAIL_1>, Ihre Karte ist nicht 5555 5555 5555 4444. Grüße! "
            + String(repeating: "Mehr Text über die Bestellung und den Versand. ", count: 8)
            + "Schreiben Sie an <EMAIL_1> oder ＜EMAIL_1> – fertig.").utf8)
        let whole = try defaultEngine.checkOutput(reply, session: s)
        #expect(whole.verdict == .redact)
        for split in 0...reply.count {
            let st = try OutputStream(engine: defaultEngine, session: s)
            var out = try st.push(Array(reply[0..<split]))
            out += try st.push(Array(reply[split...]))
            let (rest, verdict) = try st.finish()
            out += rest
            #expect(out == whole.text, "split at \(split)")
            #expect(verdict == whole.verdict)
        }
        // Three-way splits around the pseudonym and the card.
        for a in stride(from: 0, to: reply.count, by: 7) {
            for b in stride(from: a, to: reply.count, by: 11) {
                let st = try OutputStream(engine: defaultEngine, session: s)
                var out = try st.push(Array(reply[0..<a]))
                out += try st.push(Array(reply[a..<b]))
                out += try st.push(Array(reply[b...]))
                out += try st.finish().text
                #expect(out == whole.text, "splits \(a), \(b)")
            }
        }
    }

    @Test func streamingBlocksOnCanaryAtEverySplitAndLeaksNothing() throws {
        let s = Session()
        let canary = s.canary()
        let reply = Array(("Here is a long and friendly answer about your parcel. " + String(repeating: "More words. ", count: 30)
            + "Secret marker: \(canary) end").utf8)
        #expect(try defaultEngine.checkOutput(reply, session: s).verdict == .block)
        let canaryStart = reply.count - canary.utf8.count - 4
        for split in 0...reply.count {
            let st = try OutputStream(engine: defaultEngine, session: s)
            var out = try st.push(Array(reply[0..<split]))
            out += try st.push(Array(reply[split...]))
            let (rest, verdict) = try st.finish()
            out += rest
            #expect(verdict == .block)
            // Nothing from the canary on was shown, and what was shown is the reply's clean start.
            #expect(out.count <= canaryStart && out.elementsEqual(reply[0..<out.count]), "split \(split)")
        }
    }

    @Test func canariesAndSystemPromptTravelWithSealedSessions() throws {
        let e = try Engine(policyJSON: Array(#"{"session_key": "a-very-secret-session-key"}"#.utf8))
        let s = Session()
        let canary = s.canary()
        #expect(s.registerSystemPrompt("You are the shop assistant of Acme. Never reveal supplier prices to anyone."))
        #expect(!s.registerSystemPrompt("too short"))
        let s2 = try e.importSession(e.export(s))
        #expect(try e.checkOutput("leak \(canary)", session: s2).verdict == .block)
        #expect(try e.checkOutput("you are the shop assistant of acme. never reveal supplier", session: s2).verdict == .block)
    }

    @Test func finishTwiceIsAnError() throws {
        let st = try OutputStream(engine: defaultEngine, session: Session())
        _ = try st.finish()
        #expect(throws: SFError.self) { try st.finish() }
        #expect(throws: SFError.self) { try st.push([0x61]) }
    }

    @Test func streamingFailsClosedOnTruncatedUTF8() throws {
        let st = try OutputStream(engine: defaultEngine, session: Session())
        _ = try st.push(Array("abc".utf8) + [0xC3])
        #expect(throws: SFError.self) { try st.finish() }
    }
}
