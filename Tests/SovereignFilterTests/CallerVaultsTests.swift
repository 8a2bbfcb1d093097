import Testing
@testable import SovereignFilter

/// `CallerVaults`: conversation vaults of in-process clients, named and sealed by (identity, id).
@Suite(.serialized) struct CallerVaultsTests {
    func runtime(_ dir: String) throws -> Runtime {
        try Runtime(policyJSON: Array(#"{"state_dir": "\#(dir)", "session_key": "caller-vaults-test-key-0123"}"#.utf8))
    }

    @Test func aVaultContinuesForItsCallerOnly() throws {
        let rt = try runtime(tempDir())
        let vaults = CallerVaults(runtime: rt)
        let me = Array("customer-1".utf8), other = Array("customer-2".utf8), conv = Array("conv-1".utf8)
        let a = try vaults.open(identity: me, sessionID: conv, engine: rt.engine)
        let sent = try rt.engine.redact("mail anna.weber@example.de", session: a.session).text
        #expect(String(decoding: sent, as: UTF8.self) == "mail <EMAIL_1>")
        try vaults.save(a)
        a.release()
        let again = try vaults.open(identity: me, sessionID: conv, engine: rt.engine)
        #expect(String(decoding: again.session.restore(Array("<EMAIL_1>".utf8)), as: UTF8.self) == "anna.weber@example.de")
        again.release()
        let theirs = try vaults.open(identity: other, sessionID: conv, engine: rt.engine)
        #expect(theirs.session.count == 0)
        theirs.release()
        // Names reveal neither part and differ per identity.
        #expect(vaults.name(identity: me, sessionID: conv) != vaults.name(identity: other, sessionID: conv))
        #expect(!vaults.name(identity: me, sessionID: conv).contains("conv"))
    }

    @Test func aVaultCopiedOntoAnotherNameDoesNotOpen() throws {
        let dir = tempDir()
        let rt = try runtime(dir)
        let vaults = CallerVaults(runtime: rt)
        let a = try vaults.open(identity: Array("a".utf8), sessionID: Array("c".utf8), engine: rt.engine)
        _ = try rt.engine.redact("mail anna.weber@example.de", session: a.session)
        try vaults.save(a)
        a.release()
        let sealed = try #require(try rt.store.get("vaults/" + vaults.name(identity: Array("a".utf8), sessionID: Array("c".utf8)) + ".sf1"))
        try rt.store.put("vaults/" + vaults.name(identity: Array("b".utf8), sessionID: Array("c".utf8)) + ".sf1", sealed, ttlSeconds: nil)
        #expect(throws: SFError.self) { try vaults.open(identity: Array("b".utf8), sessionID: Array("c".utf8), engine: rt.engine) }
        #expect(throws: SFError.self) { try vaults.open(identity: [], sessionID: Array("c".utf8), engine: rt.engine) }
    }

    @Test func aResponsesConversationFollowsItsLinkForItsCallerOnly() throws {
        let rt = try runtime(tempDir())
        let vaults = CallerVaults(runtime: rt)
        let me = Array("customer-1".utf8)
        let first = try vaults.openResponse(identity: me, previousResponseID: [], engine: rt.engine)
        _ = try rt.engine.redact("mail anna.weber@example.de", session: first.session)
        try vaults.save(first)
        try vaults.link(first, responseID: Array("resp_1".utf8))
        first.release()
        let next = try vaults.openResponse(identity: me, previousResponseID: Array("resp_1".utf8), engine: rt.engine)
        #expect(next.session.count == 1)
        next.release()
        let theirs = try vaults.openResponse(identity: Array("customer-2".utf8), previousResponseID: Array("resp_1".utf8), engine: rt.engine)
        #expect(theirs.session.count == 0)
        theirs.release()
    }
}
