/// The runtime configuration: how a process runs around detection — where its state lives, the
/// inference log, the anomaly detector, how often the kill switch is re-read, and the keys for the
/// `hash` operator and for sealing sessions. None of it changes what is found.
public struct RuntimeConfig: Sendable, Equatable {
    /// Key for the `hash` operator; when nil a random per-engine key is used.
    public var hashKey: [UInt8]? = nil
    /// Key material for sealing exported sessions; when nil, `SOVEREIGN_FILTER_SESSION_KEY` or a per-process key.
    public var sessionKey: [UInt8]? = nil
    /// Directory of the kill switch and the inference log (else `$SOVEREIGN_FILTER_STATE_DIR`).
    public var stateDir: String? = nil
    /// A shared state store (Redis/Valkey) for the kill switch, vaults and counters instead of the
    /// state directory (else `$SOVEREIGN_FILTER_REDIS_URL`); the inference log stays in the directory.
    public var redis: RedisSettings? = nil
    /// How often (ms) a process re-reads the kill switch at most.
    public var killSwitchRecheckMillis = 1000
    /// The inference log: enabled by a `"log"` object in the policy (see README).
    public var logEnabled = false
    public var logPath: String? = nil
    public var logIncludeText = false
    public var logMaxBytes = 64 << 20
    public var logKeep = 10
    public var logSessionKey: [UInt8]? = nil
    /// Outflow anomaly detection (on with the log, or with an `"anomaly"` object).
    public var anomaly: AnomalyDetector.Settings? = nil
    /// The region this process serves (`"eu-central"`; nil: none). Sealed sessions carry it and an engine
    /// of another region refuses them (`SF_E_REGION`) even with the same key; log records carry it, so
    /// one region's incident can be reported and contained without touching another's.
    public var region: String? = nil

    public init() {}

    /// The policy document's fields that belong to the runtime configuration.
    public static let fields: Set<String> = [
        "hash_key", "session_key", "state_dir", "redis", "kill_switch_recheck_ms", "log", "anomaly", "region",
    ]

    /// Parses the runtime fields of a policy document (`Policy(json:)` hands them over; the
    /// top-level checks for unknown and repeated keys are its job). Every error names the field.
    public init(fields members: [JSONMember]) throws {
        self.init()
        if let bad = members.first(where: { !RuntimeConfig.fields.contains($0.key) }) {
            throw SFError.policy(bad.key, "not a runtime configuration field")
        }
        let doc = JSONValue.object(members)
        if let v = doc["hash_key"] { hashKey = try RuntimeConfig.key(v, "hash_key", "must be a string of at least 16 bytes") }
        if let v = doc["session_key"] { sessionKey = try RuntimeConfig.key(v, "session_key", "must be a string of at least 16 bytes") }
        if let v = doc["state_dir"] {
            guard let d = v.stringValue, d.hasPrefix("/") else { throw SFError.policy("state_dir", "must be an absolute path") }
            stateDir = d
        }
        if let v = doc["redis"] { redis = try RedisSettings(policyValue: v) }
        if let v = doc["kill_switch_recheck_ms"] {
            guard let d = v.doubleValue, d >= 0, d <= 60000 else { throw SFError.policy("kill_switch_recheck_ms", "must be between 0 and 60000") }
            killSwitchRecheckMillis = Int(d)
        }
        if let v = doc["log"] {
            try parseLog(v)
            if logEnabled && anomaly == nil { anomaly = AnomalyDetector.Settings() }
        }
        if let v = doc["anomaly"] { anomaly = try RuntimeConfig.parseAnomaly(v) }
        if let v = doc["region"] {
            guard let r = v.stringValue, RuntimeConfig.isRegionName(r) else {
                throw SFError.policy("region", "must be 1…32 lower-case letters, digits and - (e.g. \"eu-central\")")
            }
            region = r
        }
    }

    /// A region name: 1…32 of a-z, 0-9 and `-` (it travels in sealed sessions and log records as is).
    public static func isRegionName(_ r: String) -> Bool {
        !r.isEmpty && r.utf8.count <= 32
            && r.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") }
    }

    private mutating func parseLog(_ v: JSONValue) throws {
        switch v {
        case .bool(let b): logEnabled = b
        case .object(let ms):
            logEnabled = true
            for m in ms {
                let f = "log.\(m.key)"
                switch m.key {
                case "enabled": guard case .bool(let b) = m.value else { throw SFError.policy(f, "must be a boolean") }; logEnabled = b
                case "path": guard let p = m.value.stringValue, p.hasPrefix("/") else { throw SFError.policy(f, "must be an absolute path") }; logPath = p
                case "include_text": guard case .bool(let b) = m.value else { throw SFError.policy(f, "must be a boolean") }; logIncludeText = b
                case "max_bytes": guard let d = m.value.doubleValue, d >= 4096 else { throw SFError.policy(f, "must be at least 4096") }; logMaxBytes = Int(d)
                case "keep": guard let d = m.value.doubleValue, d >= 1, d <= 1000 else { throw SFError.policy(f, "must be 1…1000") }; logKeep = Int(d)
                case "session_key": logSessionKey = try RuntimeConfig.key(m.value, f, "at least 16 bytes")
                default: throw SFError.policy(f, "unknown key")
                }
            }
        default: throw SFError.policy("log", "must be a boolean or an object")
        }
    }

    private static func parseAnomaly(_ v: JSONValue) throws -> AnomalyDetector.Settings {
        guard case .object(let ms) = v else { throw SFError.policy("anomaly", "must be an object") }
        var a = AnomalyDetector.Settings()
        for m in ms {
            let f = "anomaly.\(m.key)"
            if m.key == "trip_kill_switch" {
                guard case .bool(let b) = m.value else { throw SFError.policy(f, "must be a boolean") }
                a.tripKillSwitch = b
                continue
            }
            guard let d = m.value.doubleValue, d > 0, d <= 1e6 else { throw SFError.policy(f, "must be a positive number") }
            switch m.key {
            case "window_seconds": a.windowSeconds = Int(d)
            case "factor": a.factor = d
            case "min_count": a.minCount = Int(d)
            case "alpha": guard d <= 1 else { throw SFError.policy(f, "must be in (0, 1]") }; a.alpha = d
            case "warmup_windows": a.warmupWindows = Int(d)
            default: throw SFError.policy(f, "unknown key")
            }
        }
        return a
    }

    /// A key given as a string of at least 16 bytes.
    private static func key(_ v: JSONValue, _ field: String, _ why: String) throws -> [UInt8] {
        guard let s = v.stringValue, s.utf8.count >= 16 else { throw SFError.policy(field, why) }
        return Array(s.utf8)
    }
}
