import Crypto
import Foundation
import SovereignFilter

/// Session vaults shared by every replica through the state directory: `sessions/<id-hash>.sf1` holds the
/// sealed session (ChaCha20-Poly1305 under the sealing key), `<id-hash>.lock` serializes the requests of
/// one conversation across threads and processes for the whole exchange (a reply restores what its own
/// request pseudonymized, and the next request must see those pseudonyms). File names are keyed hashes,
/// so session ids never appear on disk.
public struct SessionStore: Sendable {
    public let directory: String
    let nameKey: SymmetricKey
    /// How long a request waits for another request of the same session before giving up (409).
    public var lockWaitSeconds: Double = 30

    public init(stateDirectory: String, sealingKey: [UInt8]?) throws {
        directory = stateDirectory + "/sessions"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        nameKey = SymmetricKey(data: SHA256.hash(data: Array("sovereign-gateway session names".utf8) + (sealingKey ?? [])))
    }

    func fileStem(_ id: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(id.utf8), using: nameKey)
        return directory + "/" + mac.prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    /// Opens (or starts) the session `id`, holding its lock until `Lease.close`. Without an id the session
    /// lives for this request only and nothing is written.
    public func open(id: String?, engine: Engine) async throws -> Lease {
        guard let id, !id.isEmpty else { return Lease(session: Session(), fd: -1, path: nil) }
        let stem = fileStem(id)
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
            if let data = FileManager.default.contents(atPath: path), !data.isEmpty {
                // A vault that does not open under our key is refused, never replaced by an empty one:
                // its pseudonyms would otherwise come back unrestorable.
                let s = try engine.importSession(Array(data))
                return Lease(session: s, fd: fd, path: path)
            }
            return Lease(session: Session(), fd: fd, path: path)
        } catch {
            flock(fd, LOCK_UN)
            close(fd)
            throw GatewayFailure.internalError("session vault cannot be opened: \(error)")
        }
    }

    /// Deletes vaults and locks not touched for `ttl` seconds.
    public func sweep(ttl: Int) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let cutoff = Date().addingTimeInterval(-Double(ttl))
        for n in names where n.hasSuffix(".sf1") {
            let p = directory + "/" + n
            if let m = (try? FileManager.default.attributesOfItem(atPath: p))?[.modificationDate] as? Date, m < cutoff {
                try? FileManager.default.removeItem(atPath: p)
                try? FileManager.default.removeItem(atPath: String(p.dropLast(4)) + ".lock")
            }
        }
    }

    /// One request's hold on a session. `save` seals and replaces the vault atomically; `close` unlocks.
    public final class Lease: @unchecked Sendable {
        // @unchecked: a lease and its session are used by one request at a time, in sequence.
        public let session: Session
        let fd: Int32
        let path: String?
        private var closed = false

        init(session: Session, fd: Int32, path: String?) {
            self.session = session
            self.fd = fd
            self.path = path
        }

        public func save(engine: Engine) throws {
            guard let path, !closed else { return }
            let sealed = try engine.export(session)
            let tmp = path + ".tmp.\(getpid())"
            guard FileManager.default.createFile(atPath: tmp, contents: Data(sealed), attributes: [.posixPermissions: 0o600]) else {
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
