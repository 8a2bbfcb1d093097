/// The policy: one JSON document (documented in the README) or a value built in code, made of two
/// parts — the detection policy (`DetectionPolicy`: what is found and how it is replaced) and the
/// runtime configuration (`RuntimeConfig`: state dir, inference log, anomaly detector, kill switch,
/// keys). Each part has its own parser; this type checks the document as a whole and hands each
/// part its fields. The old flat property names forward to the parts.
public struct Policy: Sendable, Equatable {
    public var detection = DetectionPolicy()
    public var runtime = RuntimeConfig()

    public static let `default` = Policy()
    public init() {}
    public init(detection: DetectionPolicy, runtime: RuntimeConfig) { self.detection = detection; self.runtime = runtime }

    public func isEnabled(_ t: EntityType) -> Bool { detection.isEnabled(t) }

    /// The operator for `t`: the policy's, else `pseudonymize` with a session and `redact` without.
    public func operatorFor(_ t: EntityType, withSession: Bool) -> OperatorKind {
        detection.operatorFor(t, withSession: withSession)
    }

    static let knownKeys: Set<String> = Set(["version"]).union(DetectionPolicy.fields).union(RuntimeConfig.fields)

    /// Parses a policy document. Every error names the field and the reason.
    public init(json bytes: [UInt8]) throws {
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
        detection = try DetectionPolicy(fields: members.filter { DetectionPolicy.fields.contains($0.key) })
        runtime = try RuntimeConfig(fields: members.filter { RuntimeConfig.fields.contains($0.key) })
    }
}

/// The flat names callers used before the split (C exports, CLI, gateway, tests), kept working.
extension Policy {
    // Detection policy.
    public var minScore: Double { get { detection.minScore } set { detection.minScore = newValue } }
    public var operators: [EntityType: OperatorKind] { get { detection.operators } set { detection.operators = newValue } }
    public var allow: [String] { get { detection.allow } set { detection.allow = newValue } }
    public var deny: [String] { get { detection.deny } set { detection.deny = newValue } }
    public var patterns: [CustomPatternSpec] { get { detection.patterns } set { detection.patterns = newValue } }
    public var maxInputBytes: Int { get { detection.maxInputBytes } set { detection.maxInputBytes = newValue } }
    public var maxSessionValues: Int { get { detection.maxSessionValues } set { detection.maxSessionValues = newValue } }
    public var jsonEscapes: Bool { get { detection.jsonEscapes } set { detection.jsonEscapes = newValue } }
    public var secretExamples: Bool { get { detection.secretExamples } set { detection.secretExamples = newValue } }
    public var limits: MatchLimits { get { detection.limits } set { detection.limits = newValue } }
    public var promptThreshold: Double { get { detection.promptThreshold } set { detection.promptThreshold = newValue } }
    public var promptRules: [PromptRule] { get { detection.promptRules } set { detection.promptRules = newValue } }

    // Runtime configuration.
    public var hashKey: [UInt8]? { get { runtime.hashKey } set { runtime.hashKey = newValue } }
    public var sessionKey: [UInt8]? { get { runtime.sessionKey } set { runtime.sessionKey = newValue } }
    public var stateDir: String? { get { runtime.stateDir } set { runtime.stateDir = newValue } }
    public var redis: RedisSettings? { get { runtime.redis } set { runtime.redis = newValue } }
    public var killSwitchRecheckMillis: Int { get { runtime.killSwitchRecheckMillis } set { runtime.killSwitchRecheckMillis = newValue } }
    public var logEnabled: Bool { get { runtime.logEnabled } set { runtime.logEnabled = newValue } }
    public var logPath: String? { get { runtime.logPath } set { runtime.logPath = newValue } }
    public var logIncludeText: Bool { get { runtime.logIncludeText } set { runtime.logIncludeText = newValue } }
    public var logMaxBytes: Int { get { runtime.logMaxBytes } set { runtime.logMaxBytes = newValue } }
    public var logKeep: Int { get { runtime.logKeep } set { runtime.logKeep = newValue } }
    public var logSessionKey: [UInt8]? { get { runtime.logSessionKey } set { runtime.logSessionKey = newValue } }
    public var anomaly: AnomalyDetector.Settings? { get { runtime.anomaly } set { runtime.anomaly = newValue } }
    public var region: String? { get { runtime.region } set { runtime.region = newValue } }
}
