import Crypto

/// Conversation vaults kept in the runtime's state store — for callers without a session store of their
/// own, or whose session store is per node: PHP behind a load balancer can keep a conversation's vault
/// in the fleet's Redis (issue 21) instead of sealing it into the customer session. The gateway keeps
/// its own vaults (gateway/SessionStore, same idea, plus a per-conversation lock).
///
/// A vault is named by its scope — whatever identifies the caller and the conversation
/// (`"customer:42/chat:7"`) — through a keyed hash, never by the scope itself; its value is the sealed
/// session (`Engine.export`: ChaCha20-Poly1305 under the policy's `session_key`, else
/// `$SOVEREIGN_FILTER_SESSION_KEY`) behind a MAC that binds it to the name, so a value copied onto
/// another scope's name does not open. Every process sharing the store must share the session key.
extension Runtime {
    static let vaultLabel = Array("sovereign-filter vault names".utf8)
    /// Largest vault read or written.
    public static let maxVaultBytes = 8 << 20

    func vaultName(_ scope: [UInt8]) -> String {
        let nameKey = SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Runtime.vaultLabel, using: engine.sessionKey))
        return InferenceLog.hex(Array(HMAC<SHA256>.authenticationCode(for: scope, using: nameKey).prefix(16)))
    }

    func vaultTag(_ name: String, _ sealed: [UInt8]) -> [UInt8] {
        Array(InferenceLog.hex(Array(HMAC<SHA256>.authenticationCode(for: Array(name.utf8) + sealed, using: engine.sessionKey).prefix(16))).utf8)
    }

    static func vaultKey(_ name: String) -> String { "vaults/" + name + ".sf1" }

    /// Seals `session` and stores it under `scope`'s name for `ttlSeconds` (replacing what was there).
    public func saveVault(_ session: Session, scope: [UInt8], ttlSeconds: Int) throws {
        guard !scope.isEmpty, scope.count <= 4096 else { throw SFError(.invalidArgument, "vault scope must be 1…4096 bytes") }
        guard ttlSeconds > 0, ttlSeconds <= 366 * 86400 else { throw SFError(.invalidArgument, "vault TTL must be 1 s … 366 days") }
        let name = vaultName(scope)
        let sealed = try engine.export(session)
        let value = vaultTag(name, sealed) + sealed
        guard value.count <= Runtime.maxVaultBytes else { throw SFError(.sessionFull, "the sealed vault would exceed \(Runtime.maxVaultBytes) bytes") }
        try store.put(Runtime.vaultKey(name), value, ttlSeconds: ttlSeconds)
    }

    /// The vault stored under `scope`, or a new empty session when there is none (or it expired). A value
    /// that does not open under this name and key is `invalidArgument` (never silently replaced).
    public func loadVault(scope: [UInt8]) throws -> Session {
        guard !scope.isEmpty, scope.count <= 4096 else { throw SFError(.invalidArgument, "vault scope must be 1…4096 bytes") }
        let name = vaultName(scope)
        guard let value = try store.get(Runtime.vaultKey(name)) else { return Session() }
        guard value.count > 32, value.count <= Runtime.maxVaultBytes, Array(value.prefix(32)) == vaultTag(name, Array(value.dropFirst(32))) else {
            throw SFError(.invalidArgument, "stored vault does not belong to this scope or key, or is damaged")
        }
        return try engine.importSession(Array(value.dropFirst(32)))
    }
}
