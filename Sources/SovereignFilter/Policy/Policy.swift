/// What an operator does with a finding. `off` disables the entity type altogether.
public enum OperatorKind: String, Sendable, CaseIterable {
    case redact, mask, hash, pseudonymize, block, off
}

/// A custom pattern from the policy.
public struct CustomPatternSpec: Sendable, Equatable {
    public var name: String
    public var regex: String
    public var score: Double
    public init(name: String, regex: String, score: Double) { self.name = name; self.regex = regex; self.score = score }
}

/// The policy: which entity types are on, each one's operator, the minimum score, allow- and
/// deny-lists, custom patterns and limits. Built from JSON (documented in the README) or in code.
public struct Policy: Sendable, Equatable {
    public var minScore: Double = 0.5
    /// Operator per entity type; a type not listed uses its default (see `operatorFor`).
    public var operators: [EntityType: OperatorKind] = [.trackingNumber: .off]
    /// Values never flagged (compared case-insensitively with the normalized finding).
    public var allow: [String] = []
    /// Terms always flagged as CONFIDENTIAL (case-insensitive, whole words).
    public var deny: [String] = []
    public var patterns: [CustomPatternSpec] = []
    /// Key for the `hash` operator; when nil a random per-engine key is used.
    public var hashKey: [UInt8]? = nil
    /// Key material for sealing exported sessions; when nil, `SOVEREIGN_FILTER_SESSION_KEY` or a per-process key.
    public var sessionKey: [UInt8]? = nil
    /// Largest input accepted by one call; larger is `SF_E_TOO_LARGE`.
    public var maxInputBytes = 64 << 20
    /// Most distinct values one session's vault holds; a call that would add more is `SF_E_SESSION_FULL`.
    public var maxSessionValues = 10_000
    /// Detection sees through JSON string escapes (`J\u00fcrgen`, `\n`, `\"`; see `JSONEscapes`), offsets
    /// still in the original bytes. Off by default; the CLI turns it on for `--jsonl`, the gateway always.
    public var jsonEscapes = false
    public var limits = MatchLimits()
    /// Directory of the kill switch and the inference log (else `$SOVEREIGN_FILTER_STATE_DIR`).
    public var stateDir: String? = nil
    /// How often (ms) a process re-reads the kill switch file at most.
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
    /// Prompt checks: risk at or above this blocks.
    public var promptThreshold = 0.7
    /// Rules added to the built-in prompt-check table.
    public var promptRules: [PromptRule] = []

    public static let `default` = Policy()
    public init() {}

    public func isEnabled(_ t: EntityType) -> Bool { operators[t] != .off }

    /// The operator for `t`: the policy's, else `pseudonymize` with a session and `redact` without.
    public func operatorFor(_ t: EntityType, withSession: Bool) -> OperatorKind {
        if let op = operators[t] { return op }
        return withSession ? .pseudonymize : .redact
    }

    static let knownKeys: Set<String> = [
        "version", "min_score", "entities", "allow", "deny", "patterns", "hash_key", "session_key", "max_input_bytes", "max_session_values", "json_escapes", "limits", "prompt_threshold", "prompt_rules", "state_dir", "kill_switch_recheck_ms", "log", "anomaly",
    ]

    /// Parses a policy document. Every error names the field and the reason.
    public init(json bytes: [UInt8]) throws {
        self.init()
        guard bytes.count <= 16 << 20 else { throw SFError.policy("(document)", "larger than 16 MiB") }
        let root: JSONValue
        do { root = try JSON.parse(bytes) } catch { throw SFError.policy("(document)", "invalid JSON: \(error)") }
        guard case .object(let members) = root else { throw SFError.policy("(document)", "must be a JSON object") }
        var seen = Set<String>()
        for m in members {
            guard Policy.knownKeys.contains(m.key) else {
                throw SFError.policy(m.key, "unknown key (known: \(Policy.knownKeys.sorted().joined(separator: ", ")))")
            }
            guard seen.insert(m.key).inserted else { throw SFError.policy(m.key, "given twice") }
        }
        if let v = root["version"] {
            guard v.doubleValue == 1 else { throw SFError.policy("version", "must be 1") }
        }
        if let v = root["min_score"] {
            guard let d = v.doubleValue, d >= 0, d <= 1 else { throw SFError.policy("min_score", "must be a number in [0, 1]") }
            minScore = d
        }
        if let v = root["entities"] {
            guard case .object(let ents) = v else { throw SFError.policy("entities", "must be an object") }
            for e in ents {
                guard let s = e.value.stringValue, let op = OperatorKind(rawValue: s) else {
                    throw SFError.policy("entities.\(e.key)", "must be one of \(OperatorKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                guard Policy.validTypeName(e.key) else {
                    throw SFError.policy("entities.\(e.key)", "entity type names are A-Z, 0-9 and _")
                }
                operators[EntityType(e.key)] = op
            }
        }
        allow = try Policy.stringList(root["allow"], "allow")
        deny = try Policy.stringList(root["deny"], "deny")
        if deny.contains(where: { $0.isEmpty }) { throw SFError.policy("deny", "empty term") }
        if let v = root["hash_key"] {
            guard let s = v.stringValue, s.utf8.count >= 16 else { throw SFError.policy("hash_key", "must be a string of at least 16 bytes") }
            hashKey = Array(s.utf8)
        }
        if let v = root["session_key"] {
            guard let s = v.stringValue, s.utf8.count >= 16 else { throw SFError.policy("session_key", "must be a string of at least 16 bytes") }
            sessionKey = Array(s.utf8)
        }
        if let v = root["max_input_bytes"] {
            guard let d = v.doubleValue, d >= 1, d <= Double(1 << 30) else {
                throw SFError.policy("max_input_bytes", "must be a number between 1 and 1073741824")
            }
            maxInputBytes = Int(d)
        }
        if let v = root["max_session_values"] {
            guard let d = v.doubleValue, d >= 1, d <= 1e9, d == d.rounded() else {
                throw SFError.policy("max_session_values", "must be an integer between 1 and 1000000000")
            }
            maxSessionValues = Int(d)
        }
        if let v = root["json_escapes"] {
            guard case .bool(let b) = v else { throw SFError.policy("json_escapes", "must be a boolean") }
            jsonEscapes = b
        }
        if let v = root["limits"] {
            guard case .object(let ls) = v else { throw SFError.policy("limits", "must be an object") }
            for l in ls {
                if l.key == "jit" {
                    guard case .bool(let b) = l.value else { throw SFError.policy("limits.jit", "must be a boolean") }
                    limits.jit = b
                    continue
                }
                guard let d = l.value.doubleValue, d >= 1, d <= 1e9 else { throw SFError.policy("limits.\(l.key)", "must be a positive number") }
                switch l.key {
                case "match_limit": limits.matchLimit = UInt32(d)
                case "depth_limit": limits.depthLimit = UInt32(d)
                case "heap_limit_kib": limits.heapLimitKiB = UInt32(d)
                case "max_pattern_length": limits.maxPatternLength = Int(d)
                case "max_nesting": limits.maxNesting = UInt32(d)
                default: throw SFError.policy("limits.\(l.key)", "unknown limit")
                }
            }
        }
        if let v = root["state_dir"] {
            guard let d = v.stringValue, d.hasPrefix("/") else { throw SFError.policy("state_dir", "must be an absolute path") }
            stateDir = d
        }
        if let v = root["kill_switch_recheck_ms"] {
            guard let d = v.doubleValue, d >= 0, d <= 60000 else { throw SFError.policy("kill_switch_recheck_ms", "must be between 0 and 60000") }
            killSwitchRecheckMillis = Int(d)
        }
        if let v = root["log"] {
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
                    case "session_key": guard let k = m.value.stringValue, k.utf8.count >= 16 else { throw SFError.policy(f, "at least 16 bytes") }; logSessionKey = Array(k.utf8)
                    default: throw SFError.policy(f, "unknown key")
                    }
                }
            default: throw SFError.policy("log", "must be a boolean or an object")
            }
            if logEnabled && anomaly == nil { anomaly = AnomalyDetector.Settings() }
        }
        if let v = root["anomaly"] {
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
            anomaly = a
        }
        if let v = root["prompt_threshold"] {
            guard let d = v.doubleValue, d > 0, d <= 1 else { throw SFError.policy("prompt_threshold", "must be a number in (0, 1]") }
            promptThreshold = d
        }
        if let v = root["prompt_rules"] {
            guard case .array(let items) = v else { throw SFError.policy("prompt_rules", "must be an array") }
            for (k, item) in items.enumerated() {
                let field = "prompt_rules[\(k)]"
                guard let id = item["id"]?.stringValue, !id.isEmpty else { throw SFError.policy("\(field).id", "required string") }
                guard let pattern = item["pattern"]?.stringValue, !pattern.isEmpty else { throw SFError.policy("\(field).pattern", "required string") }
                guard let w = item["weight"]?.doubleValue, w > 0, w <= 1 else { throw SFError.policy("\(field).weight", "must be a number in (0, 1]") }
                promptRules.append(PromptRule(id: id, weight: w, pattern: pattern))
            }
        }
        if let v = root["patterns"] {
            guard case .array(let items) = v else { throw SFError.policy("patterns", "must be an array") }
            for (k, item) in items.enumerated() {
                let field = "patterns[\(k)]"
                guard case .object = item else { throw SFError.policy(field, "must be an object") }
                guard let name = item["name"]?.stringValue, Policy.validTypeName(name) else {
                    throw SFError.policy("\(field).name", "required; A-Z, 0-9 and _")
                }
                guard let regex = item["regex"]?.stringValue, !regex.isEmpty else {
                    throw SFError.policy("\(field).regex", "required non-empty string")
                }
                var score = 0.9
                if let sv = item["score"] {
                    guard let d = sv.doubleValue, d >= 0, d <= 1 else { throw SFError.policy("\(field).score", "must be a number in [0, 1]") }
                    score = d
                }
                if case .object(let ms) = item, let bad = ms.first(where: { !["name", "regex", "score"].contains($0.key) }) {
                    throw SFError.policy("\(field).\(bad.key)", "unknown key")
                }
                patterns.append(CustomPatternSpec(name: name, regex: regex, score: score))
            }
        }
    }

    static func validTypeName(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 64 && s.utf8.allSatisfy { ByteClass.isUpper($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "_") }
    }

    static func stringList(_ v: JSONValue?, _ field: String) throws -> [String] {
        guard let v else { return [] }
        guard case .array(let items) = v else { throw SFError.policy(field, "must be an array of strings") }
        return try items.enumerated().map { k, x in
            guard let s = x.stringValue else { throw SFError.policy("\(field)[\(k)]", "must be a string") }
            return s
        }
    }
}
