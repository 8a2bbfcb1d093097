#if canImport(Glibc)
import Glibc
#endif

/// The state store a fleet shares: a Redis or Valkey server (RESP). Each key of the store is one
/// Redis key under the prefix (`sf:killswitch.json`, `sf:sessions/<name>.sf1`); TTLs are Redis's own
/// (`PX`). Read-modify-writes (`update`, `withCounters`) are optimistic transactions — `WATCH`, read,
/// `MULTI`/`SET`/`EXEC`, retried when another writer got in between — so two hosts switching two
/// features at once, or fifty PHP workers counting one outflow window, never lose each other's
/// changes, and the anomaly detector's "alerted" flag flips once per window for the whole fleet.
/// Locks are `SET NX PX` with a random token, released only by their owner (a compare-and-delete
/// script). The inference log stays a local file; its records name this host.
///
/// Every call that cannot reach the server throws `SFError(.internal, "Redis … unreachable: …")`; the
/// kill switch then counts as on (fail closed). One connection per store, used under a mutex.
public final class RedisStateStore: StateStore, @unchecked Sendable {
    // @unchecked: the connection is used only under `lock`.
    public let settings: RedisSettings
    private let connection: RedisConnection
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    /// This host's name, written into every inference-log record (`incident report` merges hosts).
    public let host: String

    public init(settings: RedisSettings) {
        self.settings = settings
        connection = RedisConnection(settings: settings)
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        var name = [CChar](repeating: 0, count: 256)
        host = gethostname(&name, 255) == 0 ? String(decoding: name.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self) : "unknown"
    }

    public convenience init(url: String) throws { self.init(settings: try RedisSettings(url: url)) }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    public var location: String { settings.description }

    public func describe(_ key: String) -> String { settings.description + " key " + settings.prefix + key }

    func rkey(_ key: String) throws -> [UInt8] {
        guard !key.isEmpty, key.utf8.count <= 512 else { throw SFError(.invalidArgument, "state key is empty or too long") }
        return Array((settings.prefix + key).utf8)
    }

    /// Runs `body` with the connection held; used for single commands and for transactions.
    func withConnection<R>(_ body: (RedisConnection) throws -> R) throws -> R {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return try body(connection)
    }

    func run(_ cmd: [[UInt8]], retry: Bool = true) throws -> RedisReply {
        let r = try withConnection { try $0.run([cmd], retry: retry)[0] }
        if case .error(let e) = r { throw SFError(.internal, "Redis \(settings) refused \(String(decoding: cmd[0], as: UTF8.self)): \(e)") }
        return r
    }

    static func c(_ s: String) -> [UInt8] { Array(s.utf8) }

    public func get(_ key: String) throws -> [UInt8]? {
        switch try run([RedisStateStore.c("GET"), try rkey(key)]) {
        case .string(let b): return b
        case .null: return nil
        case let other: throw SFError(.internal, "Redis \(settings): unexpected reply to GET: \(other)")
        }
    }

    /// Redis has no cheap change stamp; the value's hash serves (one GET per kill-switch recheck).
    public func stamp(_ key: String) throws -> StateStamp? {
        guard let v = try get(key) else { return nil }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in v { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return StateStamp(Int(truncatingIfNeeded: h), v.count, 1)
    }

    static func setCommand(_ k: [UInt8], _ value: [UInt8], ttlSeconds: Int?) -> [[UInt8]] {
        var cmd = [c("SET"), k, value]
        if let ttl = ttlSeconds { cmd += [c("PX"), c(String(max(1, ttl) * 1000))] }
        return cmd
    }

    public func put(_ key: String, _ value: [UInt8], ttlSeconds: Int?) throws {
        _ = try run(RedisStateStore.setCommand(try rkey(key), value, ttlSeconds: ttlSeconds))
    }

    public func delete(_ key: String) throws {
        _ = try run([RedisStateStore.c("DEL"), try rkey(key)])
    }

    /// How often an optimistic transaction is retried before the call fails (closed).
    static let maxAttempts = 200

    /// `WATCH` → `GET` → `transform` → `MULTI`/`SET`/`EXEC`; an `EXEC` that returns nil (another writer
    /// changed the key) starts over with the new value.
    private func transact(_ k: [UInt8], ttlSeconds: Int?, _ transform: ([UInt8]?) throws -> [UInt8]?) throws -> [UInt8]? {
        try withConnection { conn in
            for _ in 0..<RedisStateStore.maxAttempts {
                let r = try conn.run([[RedisStateStore.c("WATCH"), k], [RedisStateStore.c("GET"), k]])
                let old: [UInt8]?
                switch r[1] {
                case .string(let b): old = b
                case .null: old = nil
                default:
                    _ = try? conn.run([[RedisStateStore.c("UNWATCH")]])
                    throw SFError(.internal, "Redis \(settings): unexpected reply to GET: \(r[1])")
                }
                let new: [UInt8]?
                do { new = try transform(old) } catch {
                    _ = try? conn.run([[RedisStateStore.c("UNWATCH")]])
                    throw error
                }
                guard let new else {
                    _ = try conn.run([[RedisStateStore.c("UNWATCH")]])
                    return nil
                }
                let e = try conn.run([[RedisStateStore.c("MULTI")], RedisStateStore.setCommand(k, new, ttlSeconds: ttlSeconds), [RedisStateStore.c("EXEC")]], retry: false)
                switch e[2] {
                case .array: return new
                case .null: continue  // lost the race: read again
                default: throw SFError(.internal, "Redis \(settings): transaction failed: \(e)")
                }
            }
            throw SFError(.internal, "Redis \(settings): \(RedisStateStore.maxAttempts) writers in a row changed \(String(decoding: k, as: UTF8.self)) first")
        }
    }

    @discardableResult
    public func update(_ key: String, ttlSeconds: Int?, _ transform: ([UInt8]?) throws -> [UInt8]?) throws -> [UInt8]? {
        try transact(try rkey(key), ttlSeconds: ttlSeconds, transform)
    }

    public func tryLock(_ key: String, leaseMillis: Int) throws -> (any StateLock)? {
        let k = try rkey(key + ".lock")
        var g = SystemRandomNumberGenerator()
        let token = Array(String(g.next(), radix: 16).utf8) + Array(String(g.next(), radix: 16).utf8)
        switch try run([RedisStateStore.c("SET"), k, token, RedisStateStore.c("NX"), RedisStateStore.c("PX"), RedisStateStore.c(String(max(1, leaseMillis)))], retry: false) {
        case .status: return RedisLock(store: self, key: k, token: token)
        case .null: return nil
        case let other: throw SFError(.internal, "Redis \(settings): unexpected reply to SET NX: \(other)")
        }
    }

    /// Deletes the lock only when it still holds our token (a lock that outlived its lease and was
    /// taken by another request is not ours to remove).
    static let releaseScript = c("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end")

    func release(_ k: [UInt8], _ token: [UInt8]) {
        _ = try? run([RedisStateStore.c("EVAL"), RedisStateStore.releaseScript, RedisStateStore.c("1"), k, token])
    }

    /// A series is stored as its numbers in text (`1733312,57,12.5,9,0`): readable with redis-cli.
    public func withCounters<R>(_ key: String, ttlSeconds: Int?, _ body: (inout [Double]) throws -> R) throws -> R {
        var result: R? = nil
        _ = try transact(try rkey(key), ttlSeconds: ttlSeconds) { old in
            var values: [Double] = []
            if let old {
                let parts = old.split(separator: UInt8(ascii: ","))
                let parsed = parts.compactMap { Double(String(decoding: $0, as: UTF8.self)) }
                // A malformed series starts afresh rather than blocking every call.
                if parsed.count == parts.count { values = parsed }
            }
            result = try body(&values)
            var out: [UInt8] = []
            for (i, v) in values.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out += Array(String(v).utf8)
            }
            return out
        }
        return result!
    }

    @discardableResult
    public func append(_ record: LogRecord, to log: InferenceLog) throws -> String {
        var r = record
        if r.host == nil { r.host = host }
        return try log.append(r)
    }
}

/// A lock of `RedisStateStore.tryLock`: the key and our token.
final class RedisLock: StateLock, @unchecked Sendable {
    // @unchecked: released once, by the one request that holds it.
    let store: RedisStateStore
    let key: [UInt8]
    let token: [UInt8]
    private var held = true

    init(store: RedisStateStore, key: [UInt8], token: [UInt8]) {
        self.store = store
        self.key = key
        self.token = token
    }

    func release() {
        guard held else { return }
        held = false
        store.release(key, token)
    }

    deinit { release() }
}
