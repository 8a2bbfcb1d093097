import Testing
@testable import SovereignFilter

/// Settling (Sources/SovereignFilter/Settle.swift): what a second pass over the redacted text would find
/// is found on the first, so redacting twice equals redacting once.
struct SettleTests {
    /// `\]-\d{4}` can only match once an e-mail glued to `-1234` has become `[EMAIL]`: settling must widen
    /// that match over the whole token and report one finding over the original bytes.
    @Test func aMatchThatNeedsTheTokenIsFoundOnTheFirstPass() throws {
        let engine = try Engine(policyJSON: Array(#"{"patterns": [{"name": "TAG", "regex": "\\]-\\d{4}"}]}"#.utf8))
        let text = "Mail a@b.de-1234 now"
        let fs = try found(text, engine)
        #expect(fs.map(\.0) == ["TAG"])
        #expect(fs.first?.1 == "a@b.de-1234")
        let once = try redacted(text, engine)
        #expect(once == "Mail [TAG] now")
        #expect(try redacted(once, engine) == once)
    }

    /// Findings between spaces or ordinary punctuation are not rescanned (no cost on ordinary text), and a
    /// pattern that matches a token itself (`[EMAIL]`) is not a new finding.
    @Test func ordinaryTextAndTokenMatches() throws {
        let spaced = "Mail a@b.de, call +49 30 1234567."
        let bytes = Array(spaced.utf8)
        let fs = try defaultEngine.scan(bytes)
        #expect(fs.count == 2)
        #expect(bytes.withUnsafeBufferPointer { b in fs.allSatisfy { !Engine.isGlued($0, b) } })
        let glued = Array("Mail a@b.de#1234".utf8)
        #expect(glued.withUnsafeBufferPointer { Engine.isGlued(Finding(start: 5, end: 11, type: .email, score: 1), $0) })

        let tokenEater = try Engine(policyJSON: Array(#"{"patterns": [{"name": "TOKEN", "regex": "\\[[A-Z]+\\]"}]}"#.utf8))
        let text = "Mail a@b.de-x"
        #expect(try found(text, tokenEater).map(\.0) == ["EMAIL"])
    }

    /// A custom pattern that grows by one word per rescan never settles: that is `SF_E_LIMIT` (fail
    /// closed), not a half-redacted answer; two words settle within the bound.
    @Test func notSettlingIsALimitError() throws {
        let engine = try Engine(policyJSON: Array(#"{"patterns": [{"name": "TAG", "regex": "\\]#[a-z]"}]}"#.utf8))
        #expect(try redacted("mail a@b.dex#y#z now", engine) == "mail [TAG] now")
        #expect { try engine.redact("mail a@b.dex#y#z#w#v#u#t") } throws: { ($0 as? SFError)?.code == .limit }
        #expect { try engine.scan("mail a@b.dex#y#z#w#v#u#t") } throws: { ($0 as? SFError)?.code == .limit }
    }

    /// Offsets map back through several tokens of different lengths, and a match spanning two tokens
    /// joins them.
    @Test func mappingAcrossSeveralTokens() throws {
        let engine = try Engine(policyJSON: Array(#"{"patterns": [{"name": "PAIR", "regex": "L\\]~\\[E"}]}"#.utf8))
        let text = "x 10.0.0.1 y a@b.de~c@d.fr z"
        let fs = try found(text, engine)
        #expect(fs.map(\.0) == ["IP_ADDRESS", "PAIR"])
        #expect(fs.last?.1 == "a@b.de~c@d.fr")
        let once = try redacted(text, engine)
        #expect(once == "x [IP_ADDRESS] y [PAIR] z")
        #expect(try redacted(once, engine) == once)
    }
}
