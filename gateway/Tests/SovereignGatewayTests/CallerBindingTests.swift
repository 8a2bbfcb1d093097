import Foundation
import Testing
import SovereignFilter
@testable import SovereignGateway

/// A vault opens only for the caller that created it (issue 14, item 1).
@Suite(.serialized) struct CallerBindingTests {
    static let anna = "I am Anna Weber, anna.weber@example.de, card 4111 1111 1111 1111"
    static let annaValues = ["anna.weber@example.de", "4111 1111 1111 1111", "Anna Weber"]

    /// The placeholders the upstream saw for Anna's values, space-separated, as a model would echo them.
    static func placeholders(_ body: String) -> String {
        var out: [String] = []
        var rest = Substring(body)
        while let a = rest.firstIndex(of: "<"), let b = rest[a...].firstIndex(of: ">") {
            let tok = String(rest[a...b])
            if tok.count < 30, !out.contains(tok) { out.append(tok) }
            rest = rest[rest.index(after: b)...]
        }
        return out.joined(separator: " ")
    }

    @Test func anotherCallerWithTheSameSessionIDGetsAnEmptyVault() async throws {
        let up = StandIn(.echo(prefix: ""))
        try await withGateway(upstream: up) { _, port in
            let a = [("authorization", "Bearer key-A"), ("x-session-id", "conv-42")]
            _ = try await post(port, json: chat(Self.anna), headers: a)
            let tokens = Self.placeholders(up.requests[0].body)
            #expect(tokens.contains("<EMAIL_1>") && tokens.contains("<CREDIT_CARD_1>") && tokens.contains("<PERSON_1>"), "\(tokens)")
            up.mode.withLock { $0 = .fixed("what are " + tokens) }
            // Caller B: another key, the same session id. Then nobody at all, the same session id.
            for headers in [[("authorization", "Bearer key-B"), ("x-session-id", "conv-42")], [("x-session-id", "conv-42")]] {
                for stream in [false, true] {
                    let r = try await post(port, json: chat("what are those?", stream: stream), headers: headers)
                    let t = try replyText(r)
                    for v in Self.annaValues { #expect(!r.body.contains(v) && !t.contains(v), "\(headers) stream=\(stream) got \(t)") }
                    #expect(t.contains("<EMAIL_1>"), "an unknown placeholder stays a placeholder: \(t)")
                }
            }
            // The owner still gets its values back.
            let r = try await post(port, json: chat("what are those?"), headers: a)
            #expect(try replyText(r) == "what are Anna Weber anna.weber@example.de 4111 1111 1111 1111"
                        || Self.annaValues.allSatisfy { (try? replyText(r))?.contains($0) == true }, "\(r.body)")
        }
    }

    @Test func withoutAnIdentityOnlyIssuedSessionIDsContinueAConversation() async throws {
        let up = StandIn(.echo(prefix: ""))
        try await withGateway(upstream: up) { _, port in
            let first = try await post(port, json: chat(Self.anna))
            let issued = try #require(first.sessionID)
            #expect(issued.hasPrefix("sfs_") && issued.count == 4 + 64, "128 random bits and a 128-bit MAC: \(issued)")
            let tokens = Self.placeholders(up.requests[0].body)
            up.mode.withLock { $0 = .fixed("what are " + tokens) }
            // Sent back: the conversation goes on, and the same id comes back.
            let again = try await post(port, json: chat("and?"), headers: [("x-session-id", issued)])
            #expect(again.sessionID == issued)
            #expect(Self.annaValues.allSatisfy { (try? replyText(again))?.contains($0) == true }, "\(again.body)")
            // An id the gateway did not issue (chosen, or an issued one with its MAC changed): a fresh
            // vault under a new issued id, never the existing one.
            var forged = Array(issued)
            forged[forged.count - 1] = forged.last == "0" ? "1" : "0"
            for sid in ["conv-42", String(forged), "sfs_" + String(repeating: "0", count: 64)] {
                let r = try await post(port, json: chat("and?"), headers: [("x-session-id", sid)])
                let t = try replyText(r)
                for v in Self.annaValues { #expect(!t.contains(v), "\(sid) opened \(t)") }
                #expect(r.sessionID != nil && r.sessionID != sid && r.sessionID != issued)
            }
            // Two issued ids differ.
            let other = try await post(port, json: chat("hi"))
            #expect(other.sessionID != issued)
        }
    }

    @Test func anIdentityHeaderFromATrustedProxyNamesTheCaller() async throws {
        let up = StandIn(.echo(prefix: ""))
        try await withGateway(upstream: up, configure: { $0.identityHeader = "x-user-id" }) { _, port in
            // One shared API key for the whole shop; the proxy says which customer is calling.
            let key = ("authorization", "Bearer shop-wide-key")
            _ = try await post(port, json: chat(Self.anna), headers: [key, ("x-user-id", "customer-17"), ("x-session-id", "chat-1")])
            up.mode.withLock { $0 = .fixed("what are " + Self.placeholders(up.requests[0].body)) }
            let other = try await post(port, json: chat("?"), headers: [key, ("x-user-id", "customer-18"), ("x-session-id", "chat-1")])
            for v in Self.annaValues { #expect(try !replyText(other).contains(v)) }
            let owner = try await post(port, json: chat("?"), headers: [key, ("x-user-id", "customer-17"), ("x-session-id", "chat-1")])
            #expect(try replyText(owner).contains("anna.weber@example.de"))
            // The identity header is the proxy's, not the model's business.
            #expect(!up.requests.contains { $0.all.contains("customer-17") })
        }
    }

    @Test func aFullVaultFailsClosedWith413AndNothingGoesUpstream() async throws {
        let up = StandIn(.echo(prefix: ""))
        let file = NSTemporaryDirectory() + "sf-gw-cap-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try #"{"max_session_values": 3}"#.write(toFile: file, atomically: true, encoding: .utf8)
        try await withGateway(upstream: up, configure: { $0.policyPath = file }) { _, port in
            let me = [("authorization", "Bearer cap"), ("x-session-id", "big")]
            let ok = try await post(port, json: chat("a1@example.de a2@example.de"), headers: me)
            #expect(ok.status == 200)
            let full = try await post(port, json: chat("a3@example.de a4@example.de"), headers: me)
            #expect(full.status == 413 && full.body.contains("session_full") && !full.body.contains("example.de"), "\(full.body)")
            #expect(up.requests.count == 1, "the refused request never went upstream")
            // Values the vault already holds still work at the cap.
            let again = try await post(port, json: chat("a1@example.de a3@example.de"), headers: me)
            let text = try replyText(again)
            #expect(again.status == 200 && text == "a1@example.de a3@example.de", "\(again.body)")
        }
    }

    @Test func issuedIDsAreMACedAndIdentitiesAreKeyedHashes() {
        let b = CallerBinding(sealingKey: Array("k1 sixteen bytes!".utf8), identityHeader: nil)
        let other = CallerBinding(sealingKey: Array("k2 sixteen bytes!".utf8), identityHeader: nil)
        let id = b.issue()
        #expect(b.isIssued(id) && !other.isIssued(id), "a replica with another key does not accept it")
        #expect(!b.isIssued("sfs_xyz") && !b.isIssued(String(id.dropLast())) && !b.isIssued(id.uppercased()))
        func auth(_ v: String) -> (String) -> String? { { $0 == "authorization" ? v : nil } }
        let ia = b.identity(auth("Bearer key-A"))
        #expect(ia != nil && ia != b.identity(auth("Bearer key-B")))
        #expect(b.identity(auth("Bearer ")) == nil && b.identity(auth("  ")) == nil, "a scheme without a credential names nobody")
        #expect(b.identity(auth(" Bearer key-A ")) == ia, "surrounding blanks do not make another caller")
        let proxied = CallerBinding(sealingKey: Array("k1 sixteen bytes!".utf8), identityHeader: "X-User-Id")
        #expect(proxied.identity { $0 == "x-user-id" ? "customer-17" : "Bearer key-A" } != nil)
        #expect(proxied.identity { $0 == "authorization" ? "Bearer key-A" : nil } == nil, "with an identity header, Authorization names nobody")
        // Scopes are length-prefixed: (identity "ab", id "c") is not (identity "a", id "bc").
        #expect(CallerBinding.scope(Array("ab".utf8), "c") != CallerBinding.scope(Array("a".utf8), "bc"))
    }

    @Test func aVaultRenamedToAnotherCallersNameDoesNotOpen() async throws {
        let dir = NSTemporaryDirectory() + "sf-gw-vault-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var policy = Policy.default
        policy.stateDir = dir
        let engine = try Engine(policy: policy)
        let store = try SessionStore(stateDirectory: dir, sealingKey: Array("a sealing key of 32 bytes length".utf8))
        let a = CallerBinding.scope(Array("A".utf8), "conv"), b = CallerBinding.scope(Array("B".utf8), "conv")
        let lease = try await store.open(scope: a, engine: engine)
        _ = try engine.redact("mail anna.weber@example.de", session: lease.session)
        try lease.save(engine: engine)
        lease.close()
        try FileManager.default.copyItem(atPath: store.directory + "/" + store.name(a) + ".sf1", toPath: store.directory + "/" + store.name(b) + ".sf1")
        await #expect(throws: GatewayFailure.self) { _ = try await store.open(scope: b, engine: engine) }
        let again = try await store.open(scope: a, engine: engine)
        #expect(again.session.count == 1)
        again.close()
    }

    @Test func vaultsExpireAndAreBoundedInSize() async throws {
        let dir = NSTemporaryDirectory() + "sf-gw-ttl-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var policy = Policy.default
        policy.stateDir = dir
        let engine = try Engine(policy: policy)
        var store = try SessionStore(stateDirectory: dir, sealingKey: Array("a sealing key of 32 bytes length".utf8))
        let scope = CallerBinding.scope(Array("A".utf8), "conv")
        let lease = try await store.open(scope: scope, engine: engine)
        _ = try engine.redact("mail anna.weber@example.de", session: lease.session)
        try lease.save(engine: engine)
        lease.close()
        // Written with a time-to-live of one second: two seconds later it opens fresh.
        store.ttlSeconds = 1
        let short = try await store.open(scope: scope, engine: engine)
        #expect(short.session.count == 1, "read back before it expires")
        try short.save(engine: engine)
        short.close()
        try await Task.sleep(for: .milliseconds(2100))
        let expired = try await store.open(scope: scope, engine: engine)
        #expect(expired.session.count == 0)
        expired.close()
        store.ttlSeconds = 3600
        // A vault that would grow past the size limit is refused (413 session_full), and not written.
        store.maxVaultBytes = 200
        let big = try await store.open(scope: scope, engine: engine)
        _ = try engine.redact((0..<20).map { "c\($0)@example.de" }.joined(separator: " "), session: big.session)
        #expect(throws: GatewayFailure.self) { try big.save(engine: engine) }
        big.close()
    }
}
