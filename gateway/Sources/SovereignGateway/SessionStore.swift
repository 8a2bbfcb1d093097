import Crypto
import Foundation
import SovereignFilter

/// Session vaults shared by every replica through the state directory: `sessions/<name>.sf1` holds the
/// sealed session, `<name>.lock` serializes the requests of one conversation across threads and
/// processes for the whole exchange (a reply restores what its own request pseudonymized, and the next
/// request must see those pseudonyms).
///
/// A vault is named by its scope — the caller's identity and the session id (`CallerBinding`) — never by
/// the session id alone: the name is a keyed hash of the scope, and the file is sealed a second time
/// (ChaCha20-Poly1305) under a key derived from that name, with the name as associated data, so a vault
/// renamed or copied onto another caller's name does not open. Vaults are bounded: a file larger than
/// `maxVaultBytes` is refused (and never written), one unused for `ttlSeconds` is gone.
public struct SessionStore: Sendable {
    public let directory: String
    let nameKey: SymmetricKey
    let sealKey: SymmetricKey
    /// How long a request waits for another request of the same session before giving up (409).
    public var lockWaitSeconds: Double = 30
    /// A vault not written for this long is expired: opened as a fresh one, swept from disk.
    public var ttlSeconds: Int = 24 * 3600
    /// Largest sealed vault read or written.
    public var maxVaultBytes: Int = 8 << 20

    public init(stateDirectory: String, sealingKey: [UInt8]?) throws {
        directory = stateDirectory + "/sessions"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        nameKey = SymmetricKey(data: SHA256.hash(data: Array("sovereign-gateway session names".utf8) + (sealingKey ?? [])))
        sealKey = SymmetricKey(data: SHA256.hash(data: Array("sovereign-gateway vault sealing".utf8) + (sealingKey ?? [])))
    }

    /// The file name (without extension) of a scope: 128 bits of its keyed hash, hex.
    func name(_ scope: [UInt8]) -> String {
        CallerBinding.hex(HMAC<SHA256>.authenticationCode(for: scope, using: nameKey).prefix(16))
    }

    func vaultKey(_ name: String) -> SymmetricKey {
        SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Array(name.utf8), using: sealKey))
    }

    /// Opens (or starts) the vault of `scope`, holding its lock until `Lease.close`. Without a scope the
    /// session lives for this request only and nothing is written.
    public func open(scope: [UInt8]?, engine: Engine) async throws -> Lease {
        guard let scope else { return Lease(session: Session(), fd: -1, path: nil, name: nil, store: self) }
        return try await open(name: name(scope), engine: engine)
    }

    func open(name: String, engine: Engine) async throws -> Lease {
        let stem = directory + "/" + name
        let fd = Glibc.open(stem + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw GatewayFailure.internalError("session lock cannot be opened (errno \(errno))") }
        let deadline = Date().addingTimeInterval(lockWaitSeconds)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                close(fd)
                throw GatewayFailure.internalError("session lock failed (errno \(errno))")
            }
            if Date() > deadline {
                close(fd)
                throw GatewayFailure.conflict("another request of this session is still running")
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        let path = stem + ".sf1"
        do {
            var st = stat()
            if stat(path, &st) == 0 {
                if Int(st.st_size) > maxVaultBytes {
                    throw GatewayFailure.sessionFull("the session vault exceeds \(maxVaultBytes) bytes; start a new session")
                }
                if Int(Date().timeIntervalSince1970) - st.st_mtim.tv_sec > ttlSeconds {
                    // Expired: its values are gone, as if swept.
                    unlink(path)
                } else if let data = FileManager.default.contents(atPath: path), !data.isEmpty {
                    // A vault that does not open under our key is refused, never replaced by an empty one:
                    // its pseudonyms would otherwise come back unrestorable.
                    let inner: [UInt8]
                    do {
                        let box = try ChaChaPoly.SealedBox(combined: data)
                        inner = Array(try ChaChaPoly.open(box, using: vaultKey(name), authenticating: Array(name.utf8)))
                    } catch {
                        throw SFError(.invalidArgument, "sealed vault does not open under this gateway's key and name")
                    }
                    let s = try engine.importSession(inner)
                    return Lease(session: s, fd: fd, path: path, name: name, store: self)
                }
            }
            return Lease(session: Session(), fd: fd, path: path, name: name, store: self)
        } catch {
            flock(fd, LOCK_UN)
            close(fd)
            if let f = error as? GatewayFailure { throw f }
            throw GatewayFailure.internalError("session vault cannot be opened: \(error)")
        }
    }

    /// The vault a Responses-API conversation continues (`previous_response_id` → the vault that
    /// answered it), or nil. The alias file holds the vault's name and a MAC binding it to the alias.
    func aliasTarget(_ scope: [UInt8]) -> String? {
        let alias = name(scope)
        guard let d = FileManager.default.contents(atPath: directory + "/" + alias + ".alias"),
              let s = String(data: d, encoding: .utf8) else { return nil }
        let parts = s.split(separator: ":")
        guard parts.count == 2, parts[1] == aliasMAC(alias, String(parts[0])) else { return nil }
        return String(parts[0])
    }

    /// Records that the response named by `scope` was answered from the vault `target`.
    func setAlias(_ scope: [UInt8], target: String) {
        let alias = name(scope)
        let p = directory + "/" + alias + ".alias"
        let tmp = p + ".tmp.\(getpid())"
        if FileManager.default.createFile(atPath: tmp, contents: Data((target + ":" + aliasMAC(alias, target)).utf8),
                                          attributes: [.posixPermissions: 0o600]) {
            if rename(tmp, p) != 0 { unlink(tmp) }
        }
    }

    func aliasMAC(_ alias: String, _ target: String) -> String {
        CallerBinding.hex(HMAC<SHA256>.authenticationCode(for: Array((alias + "->" + target).utf8), using: nameKey).prefix(16))
    }

    /// Deletes vaults and locks not touched for `ttl` seconds.
    public func sweep(ttl: Int) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let cutoff = Date().addingTimeInterval(-Double(ttl))
        for n in names where n.hasSuffix(".sf1") || n.hasSuffix(".alias") {
            let p = directory + "/" + n
            if let m = (try? FileManager.default.attributesOfItem(atPath: p))?[.modificationDate] as? Date, m < cutoff {
                try? FileManager.default.removeItem(atPath: p)
                if n.hasSuffix(".sf1") { try? FileManager.default.removeItem(atPath: String(p.dropLast(4)) + ".lock") }
            }
        }
    }

    /// One request's hold on a session. `save` seals and replaces the vault atomically; `close` unlocks.
    public final class Lease: @unchecked Sendable {
        // @unchecked: a lease and its session are used by one request at a time, in sequence.
        public let session: Session
        let fd: Int32
        let path: String?
        /// The vault's name (nil for a one-request vault): Responses-API aliases point at it.
        let name: String?
        let store: SessionStore
        private var closed = false

        init(session: Session, fd: Int32, path: String?, name: String?, store: SessionStore) {
            self.session = session
            self.fd = fd
            self.path = path
            self.name = name
            self.store = store
        }

        public func save(engine: Engine) throws {
            guard let path, let name, !closed else { return }
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
            let tmp = path + ".tmp.\(getpid())"
            guard FileManager.default.createFile(atPath: tmp, contents: sealed, attributes: [.posixPermissions: 0o600]) else {
                throw GatewayFailure.internalError("session vault cannot be written")
            }
            guard rename(tmp, path) == 0 else {
                unlink(tmp)
                throw GatewayFailure.internalError("session vault cannot be replaced (errno \(errno))")
            }
        }

        public func close() {
            guard !closed else { return }
            closed = true
            if fd >= 0 {
                flock(fd, LOCK_UN)
                Glibc.close(fd)
            }
        }

        deinit { close() }
    }
}
