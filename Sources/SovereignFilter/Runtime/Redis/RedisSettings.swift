/// Where the shared state lives when a fleet shares it: a Redis (or Valkey: any RESP server) URL and
/// the settings around it. Chosen by the policy's `"redis"` (a URL string, or an object with `url`,
/// `prefix`, `connect_timeout_ms`, `timeout_ms`), else `$SOVEREIGN_FILTER_REDIS_URL`
/// (`$SOVEREIGN_FILTER_REDIS_PREFIX`). URLs:
///
///     redis://[user:password@]host[:port][/db][?prefix=sf:&connect_timeout_ms=200&timeout_ms=200]
///     unix:///run/redis/redis.sock[?db=2&user=u&password=p&prefix=…]
///     rediss://…   (TLS: refused with a clear error where hiredis has no TLS, as in Debian 12)
///
/// The password is never shown: `description` masks it.
public struct RedisSettings: Sendable, Equatable, CustomStringConvertible {
    public var host = "127.0.0.1"
    public var port = 6379
    /// A Unix socket instead of host and port.
    public var unixPath: String? = nil
    public var tls = false
    public var user: String? = nil
    public var password: String? = nil
    public var db = 0
    /// Prepended to every key (`sf:killswitch.json`), so one Redis can serve several shops or stages.
    public var prefix = "sf:"
    /// Short by default: a guarded call waits at most this long for a dead Redis before failing closed.
    public var connectTimeoutMillis = 200
    public var timeoutMillis = 200

    public init() {}

    /// Parses a URL (see the type's comment). Every error says what is wrong and never echoes the password.
    public init(url: String) throws {
        self.init()
        func bad(_ why: String) -> SFError { SFError(.policy, "redis URL: \(why)") }
        var rest: Substring
        if url.hasPrefix("redis://") { rest = url.dropFirst(8) }
        else if url.hasPrefix("rediss://") { rest = url.dropFirst(9); tls = true }
        else if url.hasPrefix("unix://") { rest = url.dropFirst(7); unixPath = "" }
        else { throw bad("must start with redis://, rediss:// or unix://") }
        guard !url.utf8.contains(where: { $0 < 0x21 || $0 == 0x7F }) else { throw bad("contains spaces or control characters") }
        // The query: settings that a bare URL (CLI --redis, an environment variable) can carry.
        var query: [(String, String)] = []
        if let q = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: q)...].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard kv.count == 2 else { throw bad("query parameter \(kv[0]) has no value") }
                query.append((String(kv[0]), try RedisSettings.percentDecoded(kv[1], bad)))
            }
            rest = rest[..<q]
        }
        if unixPath != nil {
            if let at = rest.lastIndex(of: "@") {
                try userinfo(rest[..<at], bad)
                rest = rest[rest.index(after: at)...]
            }
            guard rest.hasPrefix("/"), rest.count > 1 else { throw bad("unix:// needs an absolute socket path (unix:///run/redis.sock)") }
            unixPath = try RedisSettings.percentDecoded(rest, bad)
        } else {
            var authority = rest
            if let slash = rest.firstIndex(of: "/") {
                authority = rest[..<slash]
                let path = rest[rest.index(after: slash)...]
                if !path.isEmpty {
                    guard let d = Int(path), d >= 0, d < 100_000 else { throw bad("the path must be a database number (/0)") }
                    db = d
                }
            }
            if let at = authority.lastIndex(of: "@") {
                try userinfo(authority[..<at], bad)
                authority = authority[authority.index(after: at)...]
            }
            var hostPart = authority
            var portPart: Substring? = nil
            if authority.hasPrefix("[") {
                guard let close = authority.firstIndex(of: "]") else { throw bad("unclosed [ in the host") }
                hostPart = authority[authority.index(after: authority.startIndex)..<close]
                let after = authority[authority.index(after: close)...]
                if !after.isEmpty {
                    guard after.hasPrefix(":") else { throw bad("unexpected text after the host") }
                    portPart = after.dropFirst()
                }
            } else if let colon = authority.lastIndex(of: ":") {
                hostPart = authority[..<colon]
                portPart = authority[authority.index(after: colon)...]
            }
            guard !hostPart.isEmpty else { throw bad("no host") }
            host = String(hostPart)
            if let portPart {
                guard let p = Int(portPart), p > 0, p < 65536 else { throw bad("the port must be 1…65535") }
                port = p
            }
        }
        for (k, v) in query {
            switch k {
            case "db": guard let d = Int(v), d >= 0, d < 100_000 else { throw bad("db must be a number") }; db = d
            case "user": user = v
            case "password": password = v
            case "prefix": try setPrefix(v)
            case "connect_timeout_ms": connectTimeoutMillis = try RedisSettings.millis(v, k)
            case "timeout_ms": timeoutMillis = try RedisSettings.millis(v, k)
            default: throw bad("unknown query parameter \(k)")
            }
        }
    }

    private mutating func userinfo(_ s: Substring, _ bad: (String) -> SFError) throws {
        if let colon = s.firstIndex(of: ":") {
            let u = try RedisSettings.percentDecoded(s[..<colon], bad)
            user = u.isEmpty ? nil : u
            password = try RedisSettings.percentDecoded(s[s.index(after: colon)...], bad)
        } else {
            // redis://secret@host is how many clients write a password alone.
            password = try RedisSettings.percentDecoded(s, bad)
        }
        if password == "" { password = nil }
    }

    public mutating func setPrefix(_ p: String) throws {
        guard p.utf8.count <= 64, !p.utf8.contains(where: { $0 < 0x21 || $0 == 0x7F }) else {
            throw SFError(.policy, "redis prefix: at most 64 bytes, no spaces or control characters")
        }
        prefix = p
    }

    static func millis(_ v: String, _ field: String) throws -> Int {
        guard let d = Int(v), d >= 1, d <= 60_000 else { throw SFError(.policy, "redis \(field): must be 1…60000") }
        return d
    }

    static func hex(_ b: UInt8) -> UInt8? {
        ByteClass.isDigit(b) ? b - 0x30 : ByteClass.isHex(b) ? (b | 0x20) - 0x61 + 10 : nil
    }

    static func percentDecoded(_ s: Substring, _ bad: (String) -> SFError) throws -> String {
        var out: [UInt8] = []
        var it = Array(s.utf8)[...]
        while let b = it.popFirst() {
            guard b == UInt8(ascii: "%") else { out.append(b); continue }
            guard it.count >= 2, let h = RedisSettings.hex(it[it.startIndex]), let l = RedisSettings.hex(it[it.startIndex + 1]) else {
                throw bad("bad percent escape")
            }
            out.append(h << 4 | l)
            it = it.dropFirst(2)
        }
        guard let str = String(validating: out, as: UTF8.self), !str.utf8.contains(0) else { throw bad("escapes must decode to UTF-8 text") }
        return str
    }

    /// The settings of a policy's `"redis"` value: a URL string or `{"url": …, "prefix": …, …}`.
    public init(policyValue v: JSONValue) throws {
        if let s = v.stringValue { try self.init(url: s); return }
        guard case .object(let ms) = v else { throw SFError.policy("redis", "must be a URL string or an object") }
        guard let url = v["url"]?.stringValue else { throw SFError.policy("redis.url", "is required (redis://host:port/db)") }
        try self.init(url: url)
        for m in ms {
            let f = "redis.\(m.key)"
            switch m.key {
            case "url": continue
            case "prefix":
                guard let p = m.value.stringValue else { throw SFError.policy(f, "must be a string") }
                try setPrefix(p)
            case "connect_timeout_ms", "timeout_ms":
                guard let d = m.value.doubleValue, d >= 1, d <= 60_000 else { throw SFError.policy(f, "must be 1…60000") }
                if m.key == "timeout_ms" { timeoutMillis = Int(d) } else { connectTimeoutMillis = Int(d) }
            default: throw SFError.policy(f, "unknown key")
            }
        }
    }

    /// Where the server is, without the password: `redis://user:***@host:6379/0 (prefix sf:)`.
    public var description: String {
        var s = tls ? "rediss://" : unixPath != nil ? "unix://" : "redis://"
        if user != nil || password != nil { s += (user ?? "") + (password != nil ? ":***" : "") + "@" }
        if let unixPath { s += unixPath + (db != 0 ? "?db=\(db)" : "") }
        else { s += (host.contains(":") ? "[" + host + "]" : host) + ":\(port)/\(db)" }
        return s + " (prefix " + prefix + ")"
    }
}
