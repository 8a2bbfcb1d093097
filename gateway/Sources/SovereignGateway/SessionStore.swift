import Crypto
import Foundation
import SovereignFilter

/// Session vaults shared by every replica through the runtime's `StateStore` (the state directory by
/// default): `sessions/<name>.sf1` holds the sealed session, its lock serializes the requests of one
/// conversation across threads and processes for the whole exchange (a reply restores what its own
/// request pseudonymized, and the next request must see those pseudonyms).
///
/// A vault is named by its scope — the caller's identity and the session id (`CallerBinding`) — never by
/// the session id alone: the name is a keyed hash of the scope, and the value is sealed a second time
/// (ChaCha20-Poly1305) under a key derived from that name, with the name as associated data, so a vault
/// renamed or copied onto another caller's name does not open. Vaults are bounded: one larger than
/// `maxVaultBytes` is refused (and never written); each is written with a time-to-live of `ttlSeconds`,
/// so one unused that long is gone.
public struct SessionStore: Sendable {
    public let store: any StateStore
    /// The folder of the vault files when the store is the state directory (for the sweep and tests).
    public let directory: String
    let nameKey: SymmetricKey
    let sealKey: SymmetricKey
    /// How long a request waits for another request of the same session before giving up (409).
    public var lockWaitSeconds: Double = 30
    /// A vault not written for this long is expired: opened as a fresh one, swept from disk.
    public var ttlSeconds: Int = 24 * 3600
    /// Largest sealed vault read or written.
    public var maxVaultBytes: Int = 8 << 20

    public init(stateDirectory: String, sealingKey: [UInt8]?, store: (any StateStore)? = nil) throws {
        directory = stateDirectory + "/sessions"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        self.store = store ?? FileStateStore(directory: stateDirectory)
        nameKey = SymmetricKey(data: SHA256.hash(data: Array("sovereign-gateway session names".utf8) + (sealingKey ?? [])))
        sealKey = SymmetricKey(data: SHA256.hash(data: Array("sovereign-gateway vault sealing".utf8) + (sealingKey ?? [])))
    }

    /// The name of a scope: 128 bits of its keyed hash, hex.
    func name(_ scope: [UInt8]) -> String {
        CallerBinding.hex(HMAC<SHA256>.authenticationCode(for: scope, using: nameKey).prefix(16))
    }

    static func vaultKeyName(_ name: String) -> String { "sessions/" + name + ".sf1" }
    static func aliasKeyName(_ alias: String) -> String { "sessions/" + alias + ".alias" }

    func vaultKey(_ name: String) -> SymmetricKey {
        SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Array(name.utf8), using: sealKey))
    }

    /// Opens (or starts) the vault of `scope`, holding its lock until `Lease.close`. Without a scope the
    /// session lives for this request only and nothing is written.
    public func open(scope: [UInt8]?, engine: Engine) async throws -> Lease {
        guard let scope else { return Lease(session: Session(), lock: nil, name: nil, store: self) }
        return try await open(name: name(scope), engine: engine)
    }

    func open(name: String, engine: Engine) async throws -> Lease {
        let key = SessionStore.vaultKeyName(name)
        let deadline = Date().addingTimeInterval(lockWaitSeconds)
        var held: (any StateLock)? = nil
        do {
            while true {
                if let l = try store.tryLock(key, leaseMillis: Int(lockWaitSeconds * 1000) + 60_000) { held = l; break }
                if Date() > deadline { throw GatewayFailure.conflict("another request of this session is still running") }
                try await Task.sleep(for: .milliseconds(5))
            }
        } catch let f as GatewayFailure {
            throw f
        } catch {
            throw GatewayFailure.internalError("session lock failed: \(error)")
        }
        guard let lock = held else { throw GatewayFailure.internalError("session lock failed") }
        do {
            guard let data = try store.get(key), !data.isEmpty else {
                return Lease(session: Session(), lock: lock, name: name, store: self)
            }
            if data.count > maxVaultBytes {
                throw GatewayFailure.sessionFull("the session vault exceeds \(maxVaultBytes) bytes; start a new session")
            }
            // A vault that does not open under our key is refused, never replaced by an empty one:
            // its pseudonyms would otherwise come back unrestorable.
            let inner: [UInt8]
            do {
                let box = try ChaChaPoly.SealedBox(combined: data)
                inner = Array(try ChaChaPoly.open(box, using: vaultKey(name), authenticating: Array(name.utf8)))
            } catch {
                throw SFError(.invalidArgument, "sealed vault does not open under this gateway's key and name")
            }
            return Lease(session: try engine.importSession(inner), lock: lock, name: name, store: self)
        } catch {
            lock.release()
            if let f = error as? GatewayFailure { throw f }
            // A conversation of another region is the client's routing error, named as such (421).
            if let e = error as? SFError, e.code == .region { throw GatewayFailure.from(e) }
            throw GatewayFailure.internalError("session vault cannot be opened: \(error)")
        }
    }

    /// The vault a Responses-API conversation continues (`previous_response_id` → the vault that
    /// answered it), or nil. The alias holds the vault's name and a MAC binding it to the alias.
    func aliasTarget(_ scope: [UInt8]) -> String? {
        let alias = name(scope)
        guard let d = try? store.get(SessionStore.aliasKeyName(alias)) else { return nil }
        let parts = String(decoding: d, as: UTF8.self).split(separator: ":")
        guard parts.count == 2, parts[1] == aliasMAC(alias, String(parts[0])) else { return nil }
        return String(parts[0])
    }

    /// Records that the response named by `scope` was answered from the vault `target`.
    func setAlias(_ scope: [UInt8], target: String) {
        let alias = name(scope)
        try? store.put(SessionStore.aliasKeyName(alias), Array((target + ":" + aliasMAC(alias, target)).utf8), ttlSeconds: ttlSeconds)
    }

    func aliasMAC(_ alias: String, _ target: String) -> String {
        CallerBinding.hex(HMAC<SHA256>.authenticationCode(for: Array((alias + "->" + target).utf8), using: nameKey).prefix(16))
    }

    /// Deletes vault files and their locks not touched for `ttl` seconds (the state-directory store:
    /// expired values are already refused when read; this frees the disk. A shared store expires keys
    /// itself).
    public func sweep(ttl: Int) {
        guard store is FileStateStore, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let cutoff = Date().addingTimeInterval(-Double(ttl))
        for n in names where n.hasSuffix(".sf1") || n.hasSuffix(".alias") {
            let p = directory + "/" + n
            if let m = (try? FileManager.default.attributesOfItem(atPath: p))?[.modificationDate] as? Date, m < cutoff {
                try? FileManager.default.removeItem(atPath: p)
                if n.hasSuffix(".sf1") { try? FileManager.default.removeItem(atPath: p + ".lock") }
            }
        }
    }

    /// One request's hold on a session. `save` seals and replaces the vault atomically; `close` unlocks.
    public final class Lease: @unchecked Sendable {
        // @unchecked: a lease and its session are used by one request at a time, in sequence.
        public let session: Session
        let lock: (any StateLock)?
        /// The vault's name (nil for a one-request vault): Responses-API aliases point at it.
        let name: String?
        let store: SessionStore
        private var closed = false

        init(session: Session, lock: (any StateLock)?, name: String?, store: SessionStore) {
            self.session = session
            self.lock = lock
            self.name = name
            self.store = store
        }

        public func save(engine: Engine) throws {
            guard let name, !closed else { return }
            let inner = try engine.export(session)
            let sealed: Data
            do {
                sealed = try ChaChaPoly.seal(inner, using: store.vaultKey(name), authenticating: Array(name.utf8)).combined
            } catch {
                throw GatewayFailure.internalError("session vault cannot be sealed")
            }
            guard sealed.count <= store.maxVaultBytes else {
                throw GatewayFailure.sessionFull("the session vault would exceed \(store.maxVaultBytes) bytes; start a new session")
            }
            do {
                try store.store.put(SessionStore.vaultKeyName(name), Array(sealed), ttlSeconds: store.ttlSeconds)
            } catch {
                throw GatewayFailure.internalError("session vault cannot be written: \(error)")
            }
        }

        public func close() {
            guard !closed else { return }
            closed = true
            lock?.release()
        }

        deinit { close() }
    }
}
