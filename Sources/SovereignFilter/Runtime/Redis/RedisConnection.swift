import CSovereignRedis
#if canImport(Glibc)
import Glibc
#endif

/// One reply of a RESP server, copied out of hiredis.
enum RedisReply: Equatable {
    case string([UInt8]), status(String), integer(Int), null, error(String), array([RedisReply])

    init(_ r: OpaquePointer?) {
        switch sovredis_reply_type(r) {
        case Int32(SOVREDIS_STRING): self = .string(RedisReply.bytes(r))
        case Int32(SOVREDIS_STATUS): self = .status(String(decoding: RedisReply.bytes(r), as: UTF8.self))
        case Int32(SOVREDIS_ERROR): self = .error(String(decoding: RedisReply.bytes(r), as: UTF8.self))
        case Int32(SOVREDIS_INTEGER): self = .integer(Int(sovredis_reply_integer(r)))
        case Int32(SOVREDIS_ARRAY): self = .array((0..<sovredis_reply_count(r)).map { RedisReply(sovredis_reply_element(r, $0)) })
        default: self = .null
        }
    }

    static func bytes(_ r: OpaquePointer?) -> [UInt8] {
        var n = 0
        guard let p = sovredis_reply_string(r, &n) else { return [] }
        return Array(UnsafeRawBufferPointer(start: p, count: n))
    }
}

/// One blocking connection to the server, connected on first use (loading the library opens nothing
/// and starts no thread), authenticated and switched to its database once, dropped on any I/O error
/// or time-out (the next call reconnects) and after `fork` (a child never speaks on its parent's
/// socket: PHP-FPM forks its workers after the master may have used the library). Not thread-safe:
/// `RedisStateStore` serializes its use.
final class RedisConnection {
    let settings: RedisSettings
    private var conn: OpaquePointer? = nil
    private var pid: pid_t = 0
    /// After a failed connect, calls fail at once until this monotonic time (ms): a dead server costs
    /// one time-out per `retryMillis`, not one per call.
    private var retryAt = 0
    private var lastError = ""
    static let retryMillis = 100

    init(settings: RedisSettings) { self.settings = settings }

    deinit { sovredis_free(conn) }

    func unreachable(_ why: String) -> SFError {
        SFError(.internal, "Redis \(settings) unreachable: \(why)")
    }

    private func connect() throws {
        let me = getpid()
        if conn != nil && pid != me {
            // Forked: the socket is the parent's. Close our copy of the descriptor and start afresh.
            sovredis_free(conn)
            conn = nil
        }
        if conn != nil { return }
        let now = StateFiles.monotonicMillis()
        if now < retryAt { throw unreachable(lastError + " (retrying shortly)") }
        if settings.tls && sovredis_tls_available() == 0 {
            throw SFError(.policy, "rediss:// (TLS) is not available: the system's hiredis (Debian 12: libhiredis 0.14) has no TLS support; use redis:// on a private network or a local TLS tunnel")
        }
        var err = [CChar](repeating: 0, count: 256)
        let c: OpaquePointer? = settings.unixPath.map {
            sovredis_connect(nil, 0, $0, Int32(settings.connectTimeoutMillis), Int32(settings.timeoutMillis), &err, err.count)
        } ?? sovredis_connect(settings.host, Int32(settings.port), nil, Int32(settings.connectTimeoutMillis), Int32(settings.timeoutMillis), &err, err.count)
        guard let c else {
            lastError = String(decoding: err.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            retryAt = now + RedisConnection.retryMillis
            throw unreachable(lastError)
        }
        conn = c
        pid = me
        var setup: [[[UInt8]]] = []
        if let password = settings.password {
            setup.append(settings.user.map { [Array("AUTH".utf8), Array($0.utf8), Array(password.utf8)] } ?? [Array("AUTH".utf8), Array(password.utf8)])
        }
        if settings.db != 0 { setup.append([Array("SELECT".utf8), Array(String(settings.db).utf8)]) }
        guard !setup.isEmpty else { return }
        let replies = try exchange(setup)
        if let bad = replies.first(where: { if case .error = $0 { return true } else { return false } }), case .error(let e) = bad {
            drop(e)
            retryAt = now + RedisConnection.retryMillis
            throw SFError(.internal, "Redis \(settings) refused the connection's setup: \(e)")
        }
    }

    private func drop(_ why: String) {
        lastError = why
        sovredis_free(conn)
        conn = nil
    }

    /// Sends `commands` in one pipeline and returns their replies in order. Throws (and drops the
    /// connection) on any I/O error or time-out; error replies are returned, not thrown. With `retry`
    /// (commands that may run twice: reads, plain SETs, DEL, WATCH) a failure on a connection opened
    /// earlier — one the server closed while it sat idle, e.g. across a Redis restart — is retried once
    /// on a fresh connection, so the first call after a restart does not fail closed needlessly.
    func run(_ commands: [[[UInt8]]], retry: Bool = true) throws -> [RedisReply] {
        let reused = conn != nil && pid == getpid()
        try connect()
        do {
            return try exchange(commands)
        } catch let e as SFError where reused && retry && e.code == .internal {
            try connect()
            return try exchange(commands)
        }
    }

    private func exchange(_ commands: [[[UInt8]]]) throws -> [RedisReply] {
        for cmd in commands {
            let ok = withArgv(cmd) { argv, lens in sovredis_append(conn, Int32(cmd.count), argv, lens) }
            if ok != 0 {
                let why = String(cString: sovredis_error(conn))
                drop(why)
                throw unreachable(why)
            }
        }
        var out: [RedisReply] = []
        out.reserveCapacity(commands.count)
        for _ in commands {
            var r: OpaquePointer? = nil
            if sovredis_read(conn, &r) != 0 {
                let why = String(cString: sovredis_error(conn))
                drop(why)
                throw unreachable(why)
            }
            out.append(RedisReply(r))
            sovredis_reply_free(r)
        }
        return out
    }

    private func withArgv<R>(_ args: [[UInt8]], _ body: (UnsafePointer<UnsafePointer<CChar>?>, UnsafePointer<Int>) -> R) -> R {
        // One contiguous buffer for all arguments keeps this to two allocations per command.
        var flat: [UInt8] = []
        flat.reserveCapacity(args.reduce(0) { $0 + $1.count } + 1)
        var lens: [Int] = []
        for a in args { flat += a; lens.append(a.count) }
        flat.append(0)
        return flat.withUnsafeBufferPointer { fb in
            fb.baseAddress!.withMemoryRebound(to: CChar.self, capacity: fb.count) { base in
                var ptrs: [UnsafePointer<CChar>?] = []
                var off = 0
                for l in lens { ptrs.append(base + off); off += l }
                return body(ptrs, lens)
            }
        }
    }
}
