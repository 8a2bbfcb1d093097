import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Everything around the immutable `Engine` that changes while a process runs: the kill switch, the
/// inference log, the anomaly detector and the state store they live in. Front ends (the C exports,
/// the CLI, the gateway) build one `Runtime` per policy and make every guarded call through
/// `guarded(_:_:)`, so the sequence kill switch → call → verdict → log record → anomaly detector
/// (→ incident record, automatic kill switch) is written once, here.
///
/// Named `Runtime` because it is what `Policy.runtime` (`RuntimeConfig`) configures, as `Engine` is
/// what `Policy.detection` configures: detection is pure and shared, the runtime holds the operations.
/// The engine writes no files and holds no writable state; two runtimes over one engine (different
/// state stores) are independent.
public final class Runtime: Sendable {
    /// The detection engine (immutable, shared by threads).
    public let engine: Engine
    /// Where the kill switch, vaults and counters live (default: the policy's state directory).
    public let store: any StateStore
    /// The kill switch of the store.
    public let killSwitch: KillSwitch
    /// The inference log (when the policy enables it) and the outflow anomaly detector.
    let log: InferenceLog?
    let anomaly: AnomalyDetector?
    /// Set once the policy's summary has been written to the log (on the first record of this runtime).
    let announced = Atomic<Bool>(false)
    /// `Policy.fingerprint`, carried by every record.
    let policyFingerprint: String

    public var policy: Policy { engine.policy }

    /// Builds the engine for `policy` and the runtime around it.
    public convenience init(policy: Policy = .default, store: (any StateStore)? = nil) throws {
        try self.init(engine: try Engine(policy: policy), store: store)
    }

    /// Parses a JSON policy (`nil` or empty: the default policy).
    public convenience init(policyJSON: [UInt8]?, store: (any StateStore)? = nil) throws {
        try self.init(engine: try Engine(policyJSON: policyJSON), store: store)
    }

    /// A runtime around an engine that is already built (one engine may serve several runtimes).
    /// Without a store: the policy's Redis, else `$SOVEREIGN_FILTER_REDIS_URL`, else the state
    /// directory. Nothing connects here: a Redis store connects on first use.
    public init(engine: Engine, store: (any StateStore)? = nil) throws {
        let config = engine.policy.runtime
        let dir = StateFiles.directory(engine.policy)
        let store = try store ?? Runtime.defaultStore(engine.policy)
        self.engine = engine
        self.store = store
        killSwitch = KillSwitch(store: store, recheckMillis: config.killSwitchRecheckMillis)
        log = config.logEnabled
            ? InferenceLog(path: config.logPath ?? dir + "/inference.jsonl", maxBytes: config.logMaxBytes,
                           keep: config.logKeep, sessionKey: config.logSessionKey)
            : nil
        anomaly = config.anomaly.map { AnomalyDetector($0, store: store) }
        policyFingerprint = engine.policy.fingerprint
    }

    /// The store a policy asks for: its `"redis"`, else `$SOVEREIGN_FILTER_REDIS_URL` (with
    /// `$SOVEREIGN_FILTER_REDIS_PREFIX`), else its state directory.
    public static func defaultStore(_ policy: Policy) throws -> any StateStore {
        if let r = policy.runtime.redis { return RedisStateStore(settings: r) }
        if let e = getenv("SOVEREIGN_FILTER_REDIS_URL"), e.pointee != 0 {
            var r: RedisSettings
            do { r = try RedisSettings(url: String(cString: e)) } catch let err as SFError {
                throw SFError(.policy, "SOVEREIGN_FILTER_REDIS_URL: \(err.message)")
            }
            if let p = getenv("SOVEREIGN_FILTER_REDIS_PREFIX") { try r.setPrefix(String(cString: p)) }
            return RedisStateStore(settings: r)
        }
        return FileStateStore(directory: StateFiles.directory(policy))
    }

    /// The state directory of the policy (the inference log's default place, the gateway's vaults).
    public var stateDirectory: String { StateFiles.directory(engine.policy) }

    /// True when the log or the anomaly detector is on: callers may skip collecting what only they need.
    public var records: Bool { log != nil || anomaly != nil }

    // MARK: kill switch

    /// True when AI features are switched off globally or for `feature`: callers fail fast.
    public func isDisabled(feature: String? = nil) -> Bool { killSwitch.isOn(feature: feature) }

    /// Turns the kill switch on or off (globally when `feature` is nil), recording who and why.
    public func setKillSwitch(_ on: Bool, feature: String? = nil, reason: String, by: String) throws {
        try killSwitch.set(on, feature: feature, reason: reason, by: by)
        // The switch's history for evidence and transparency records: the store keeps only its state.
        // Best effort: the switch is set either way, and an unwritable log fails the next guarded call.
        try? recordEvent(LogRecord(feature: feature ?? "global", direction: "event", verdict: on ? "kill_switch_on" : "kill_switch_off",
                                   rules: ["kill_switch"], detail: "by \(by)" + (reason.isEmpty ? "" : ": \(reason)")))
    }

    /// The kill switch's entries ("" is the global switch).
    public func killSwitchStatus() -> [String: KillSwitch.Entry] { killSwitch.status() }

    // MARK: events that are not guarded calls

    /// Writes a record that is not a guarded call's (a policy reloaded or refused, a canary rolled
    /// back) to the inference log, when the policy enables it.
    public func recordEvent(_ record: LogRecord) throws {
        guard let log else { return }
        var r = record
        if r.region == nil { r.region = policy.region }
        try append(r, to: log)
    }

    /// Every record goes through here: each carries the policy's fingerprint, the first one of a runtime
    /// also its summary (`PolicySummary.swift`), so the log says which policy judged its calls without
    /// adding records of its own.
    func append(_ record: LogRecord, to log: InferenceLog) throws {
        var r = record
        r.policy = policyFingerprint
        let first = !announced.load(ordering: .acquiring) && !announced.exchange(true, ordering: .acquiringAndReleasing)
        if first { r.policySummary = policy.summary }
        do { try store.append(r, to: log) } catch {
            if first { announced.store(false, ordering: .releasing) }
            throw error
        }
    }

    /// The inference log's file (nil: the policy keeps no log); rotated parts are `path.1`, `path.2`, ….
    public var logPath: String? { log?.path }

    /// The keyed hash the log records for a value (`LogRecord.values`), for `incident lookup`; nil
    /// without a log. Only comparable with records written under the same `log.session_key`.
    public func valueHash(type: String, value: String) throws -> String? {
        guard let log else { return nil }
        let bytes = Array(value.utf8)
        return bytes.withUnsafeBufferPointer { t in
            log.hashValue(type: type, canonical: engine.canonicalValue(Finding(start: 0, end: t.count, type: EntityType(type), score: 1), t))
        }
    }

    /// True when the policy gives the log's key (`log.session_key`): value hashes agree across processes.
    public var logKeyGiven: Bool { log?.keyGiven ?? false }
}
