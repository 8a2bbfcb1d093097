import Crypto
#if canImport(Glibc)
import Glibc
#endif

/// Conversation vaults for front ends that run inside the application (the C ABI's `sf_vault_*`, used
/// by the PHP HTTP-client middleware): the application names the caller (a customer id, a session id
/// it trusts), the client names the conversation (`x-session-id`), and the vault lives in the runtime's
/// `StateStore` (the state directory, or the shared store), so every PHP worker of a shop sees it.
///
/// As with the gateway's vaults (`CallerBinding`), a session id alone never opens one: the vault is named
/// by a keyed hash of (identity, session id), and sealed (ChaCha20-Poly1305) under a key derived from
/// that name with the name as associated data, so another caller's id, or a vault copied onto another
/// name, opens nothing. The key hangs off the engine's session key (policy `session_key` or
/// `$SOVEREIGN_FILTER_SESSION_KEY`): workers that share it share vaults.
public struct CallerVaults: Sendable {
    public let store: any StateStore
    let nameKey: SymmetricKey
    let sealKey: SymmetricKey
    /// A vault not written for this long is gone (the store expires it).
    public var ttlSeconds = 24 * 3600
    /// How long an open waits for another request of the same conversation.
    public var lockWaitMillis = 30_000
    /// Largest sealed vault read or written.
    public var maxVaultBytes = 8 << 20

    public init(runtime: Runtime) {
        store = runtime.store
        let base = runtime.engine.sessionKey.withUnsafeBytes { Array($0) }
        nameKey = SymmetricKey(data: SHA256.hash(data: Array("sovereign-filter caller vault names".utf8) + base))
        sealKey = SymmetricKey(data: SHA256.hash(data: Array("sovereign-filter caller vault sealing".utf8) + base))
    }

    /// The store key of (identity, session id): 128 bits of a keyed hash, hex — neither part readable.
    public func name(identity: [UInt8], sessionID: [UInt8]) -> String {
        let who = Array(HMAC<SHA256>.authenticationCode(for: Array("identity\0".utf8) + identity, using: nameKey))
        let scope = CallerBinding.scope(who, String(decoding: sessionID, as: UTF8.self))
        return CallerBinding.hex(HMAC<SHA256>.authenticationCode(for: scope, using: nameKey).prefix(16))
    }

    static func key(_ name: String) -> String { "vaults/" + name + ".sf1" }

    func vaultKey(_ name: String) -> SymmetricKey {
        SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Array(name.utf8), using: sealKey))
    }

    /// An open vault: its session and the conversation's lock, held until `release` (or deinit).
    public final class Lease: @unchecked Sendable {
        // @unchecked: used by the one request that opened it.
        public let session: Session
        public let name: String
        /// Whose vault it is (for `link`).
        let identity: [UInt8]
        let lock: any StateLock
        init(session: Session, name: String, identity: [UInt8], lock: any StateLock) {
            self.session = session; self.name = name; self.identity = identity; self.lock = lock
        }
        public func release() { lock.release() }
        deinit { lock.release() }
    }

    /// Opens (or starts) the vault of (identity, session id), taking the conversation's lock so the
    /// requests of one conversation run one after another (a reply restores what its request
    /// pseudonymized; the next request sees those pseudonyms). A vault that does not open under this
    /// key and name is refused (`invalidArgument`), never replaced by an empty one.
    public func open(identity: [UInt8], sessionID: [UInt8], engine: Engine) throws -> Lease {
        guard !identity.isEmpty, !sessionID.isEmpty else { throw SFError(.invalidArgument, "a vault needs an identity and a session id") }
        return try open(name: name(identity: identity, sessionID: sessionID), identity: identity, engine: engine)
    }

    /// A Responses-API conversation continued by `previous_response_id` without a conversation id: the
    /// vault that answered that response, when this identity linked it (`link`); else a new vault
    /// under a random name, which `link` then makes findable from the reply's response id.
    public func openResponse(identity: [UInt8], previousResponseID: [UInt8], engine: Engine) throws -> Lease {
        guard !identity.isEmpty else { throw SFError(.invalidArgument, "a vault needs an identity") }
        if !previousResponseID.isEmpty, let target = try aliasTarget(identity: identity, responseID: previousResponseID) {
            return try open(name: target, identity: identity, engine: engine)
        }
        var r = [UInt8](repeating: 0, count: 16)
        var rng = SystemRandomNumberGenerator()
        for i in r.indices { r[i] = UInt8.random(in: 0...255, using: &rng) }
        return try open(name: name(identity: identity, sessionID: Array("fresh\0".utf8) + Array(CallerBinding.hex(r).utf8)), identity: identity, engine: engine)
    }

    /// Records that `responseID` was answered from the lease's vault, for this identity only: the alias
    /// is named by (identity, response id) and holds the vault's name with a MAC binding the two.
    public func link(_ lease: Lease, responseID: [UInt8]) throws {
        guard !responseID.isEmpty else { throw SFError(.invalidArgument, "no response id") }
        let alias = name(identity: lease.identity, sessionID: Array("response\0".utf8) + responseID)
        try store.put(CallerVaults.aliasKey(alias), Array((lease.name + ":" + aliasMAC(alias, lease.name)).utf8), ttlSeconds: ttlSeconds)
    }

    func aliasTarget(identity: [UInt8], responseID: [UInt8]) throws -> String? {
        let alias = name(identity: identity, sessionID: Array("response\0".utf8) + responseID)
        guard let d = try store.get(CallerVaults.aliasKey(alias)) else { return nil }
        let parts = String(decoding: d, as: UTF8.self).split(separator: ":")
        guard parts.count == 2, parts[1] == aliasMAC(alias, String(parts[0])) else { return nil }
        return String(parts[0])
    }

    static func aliasKey(_ alias: String) -> String { "vaults/" + alias + ".alias" }

    func aliasMAC(_ alias: String, _ target: String) -> String {
        CallerBinding.hex(HMAC<SHA256>.authenticationCode(for: Array((alias + "->" + target).utf8), using: nameKey).prefix(16))
    }

    func open(name n: String, identity: [UInt8], engine: Engine) throws -> Lease {
        let k = CallerVaults.key(n)
        var waited = 0
        var held: (any StateLock)? = nil
        while held == nil {
            held = try store.tryLock(k, leaseMillis: lockWaitMillis + 60_000)
            if held == nil {
                if waited >= lockWaitMillis { throw SFError(.internal, "another request of this conversation is still running") }
                usleep(2_000)
                waited += 2
            }
        }
        guard let lock = held else { throw SFError(.internal, "vault lock failed") }
        do {
            guard let data = try store.get(k), !data.isEmpty else { return Lease(session: Session(), name: n, identity: identity, lock: lock) }
            guard data.count <= maxVaultBytes else { throw SFError(.sessionFull, "the conversation's vault exceeds \(maxVaultBytes) bytes") }
            let plain: [UInt8]
            do {
                let box = try ChaChaPoly.SealedBox(combined: data)
                plain = Array(try ChaChaPoly.open(box, using: vaultKey(n), authenticating: Array(n.utf8)))
            } catch {
                throw SFError(.invalidArgument, "the conversation's vault does not open under this key and name")
            }
            let s = try Session.deserialize(plain)
            guard s.count <= engine.policy.maxSessionValues else {
                throw SFError(.sessionFull, "the vault holds \(s.count) values, over max_session_values")
            }
            return Lease(session: s, name: n, identity: identity, lock: lock)
        } catch {
            lock.release()
            throw error
        }
    }

    /// Writes the lease's session back (sealed), with the time-to-live.
    public func save(_ lease: Lease) throws {
        let sealed: [UInt8]
        do {
            sealed = Array(try ChaChaPoly.seal(lease.session.serialize(), using: vaultKey(lease.name), authenticating: Array(lease.name.utf8)).combined)
        } catch {
            throw SFError(.internal, "vault sealing failed")
        }
        guard sealed.count <= maxVaultBytes else { throw SFError(.sessionFull, "the conversation's vault would exceed \(maxVaultBytes) bytes") }
        try store.put(CallerVaults.key(lease.name), sealed, ttlSeconds: ttlSeconds)
    }
}
