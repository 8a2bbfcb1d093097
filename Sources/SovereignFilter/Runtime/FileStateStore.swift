#if canImport(Glibc)
import Glibc
#endif

/// The state directory as a `StateStore`: one file per key below `directory` (`killswitch.json`, …),
/// shared by every process of the host (and every node mounting it). Values are replaced atomically
/// (temporary file, fsync, rename); `update` serializes writers with an `flock` on `<file>.lock`, as
/// the kill switch always has, so existing state directories keep working unchanged. A value written
/// with a TTL carries a 16-byte header (`\0sfttl1\0` and the expiry in milliseconds); values without
/// one are stored as they are. Counter series live in this process (see `withCounters`).
public final class FileStateStore: StateStore, @unchecked Sendable {
    // @unchecked: the counters are guarded by `lock`; everything else is immutable.
    public let directory: String
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var counters: [String: (values: [Double], expires: Int?)] = [:]

    static let ttlMagic: [UInt8] = [0, 0x73, 0x66, 0x74, 0x74, 0x6C, 0x31, 0]  // "\0sfttl1\0"

    public init(directory: String) {
        self.directory = directory
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    public var location: String { directory }

    public func describe(_ key: String) -> String { directory + "/" + key }

    /// The file of `key`; keys never leave the directory.
    func path(_ key: String) throws -> String {
        guard !key.isEmpty, !key.hasPrefix("/"), !key.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
            throw SFError(.invalidArgument, "state key \(key) is not a relative name")
        }
        return directory + "/" + key
    }

    func ensureParent(_ path: String) throws {
        try StateFiles.ensureDirectory(String(path[..<path.lastIndex(of: "/")!]))
    }

    public func get(_ key: String) throws -> [UInt8]? {
        let p = try path(key)
        guard let bytes = StateFiles.read(p) else { return nil }
        guard bytes.count >= 16, bytes.starts(with: FileStateStore.ttlMagic) else { return bytes }
        var expires = 0
        for b in bytes[8..<16] { expires = expires << 8 | Int(b) }
        if StateFiles.nowMillis() >= expires { return nil }
        return Array(bytes[16...])
    }

    public func stamp(_ key: String) throws -> StateStamp? {
        var st = stat()
        guard stat(try path(key), &st) == 0 else { return nil }
        return StateStamp(Int(st.st_ino), Int(st.st_size), st.st_mtim.tv_sec, st.st_mtim.tv_nsec)
    }

    public func put(_ key: String, _ value: [UInt8], ttlSeconds: Int?) throws {
        let p = try path(key)
        try ensureParent(p)
        guard let ttl = ttlSeconds else { return try StateFiles.writeAtomically(p, value) }
        let expires = StateFiles.nowMillis() + ttl * 1000
        var bytes = FileStateStore.ttlMagic
        for k in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: expires >> k)) }
        try StateFiles.writeAtomically(p, bytes + value)
    }

    public func delete(_ key: String) throws {
        let p = try path(key)
        guard unlink(p) == 0 || errno == ENOENT else { throw SFError(.internal, "cannot remove \(p): errno \(errno)") }
    }

    @discardableResult
    public func update(_ key: String, ttlSeconds: Int?, _ transform: ([UInt8]?) throws -> [UInt8]?) throws -> [UInt8]? {
        let p = try path(key)
        try ensureParent(p)
        // Serialize writers across processes with an advisory lock on a sidecar file.
        let lfd = open(p + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o664)
        guard lfd >= 0 else { throw SFError(.internal, "cannot lock \(p): errno \(errno)") }
        defer { flock(lfd, LOCK_UN); close(lfd) }
        flock(lfd, LOCK_EX)
        guard let new = try transform(try get(key)) else { return nil }
        try put(key, new, ttlSeconds: ttlSeconds)
        return new
    }

    public func tryLock(_ key: String, leaseMillis: Int) throws -> (any StateLock)? {
        let p = try path(key)
        try ensureParent(p)
        let fd = open(p + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw SFError(.internal, "cannot open the lock of \(p): errno \(errno)") }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return FileLock(fd) }
        let e = errno
        close(fd)
        guard e == EWOULDBLOCK || e == EINTR else { throw SFError(.internal, "cannot lock \(p): errno \(e)") }
        return nil
    }

    public func withCounters<R>(_ key: String, ttlSeconds: Int?, _ body: (inout [Double]) throws -> R) throws -> R {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        let now = ttlSeconds == nil ? 0 : StateFiles.nowMillis()
        var values: [Double] = []
        if let c = counters[key], c.expires.map({ now < $0 }) ?? true { values = c.values }
        let r = try body(&values)
        counters[key] = (values, ttlSeconds.map { now + $0 * 1000 })
        return r
    }
}

/// An `flock` held on an open descriptor.
final class FileLock: StateLock, @unchecked Sendable {
    // @unchecked: `fd` is closed once, under `released`; a lock is used by one request at a time.
    private var fd: Int32
    init(_ fd: Int32) { self.fd = fd }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
