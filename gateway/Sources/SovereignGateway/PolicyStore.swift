import Foundation
import Synchronization
import SovereignFilter

/// The running runtime (the engine and the kill switch, log and anomaly detector around it) and the
/// policy it was built from. A new policy (file changed, or SIGHUP) is compiled aside and swapped in
/// only when it compiles; a bad one is refused, logged, and the running one stays. Requests take the
/// current runtime once and keep it for their whole exchange.
public final class PolicyStore: Sendable {
    struct Stamp: Equatable { var mtime: Int; var mtimeNs: Int; var size: Int; var inode: UInt64 }
    struct State {
        var runtime: Runtime
        var stamp: Stamp?
        var generation: Int
        var lastError: String?
    }

    public let path: String?
    let config: GatewayConfig
    private let state: Mutex<State>

    public init(config: GatewayConfig) throws {
        self.config = config
        path = config.policyPath
        let stamp = path.flatMap(PolicyStore.stamp)
        let runtime = try PolicyStore.build(config)
        state = Mutex(State(runtime: runtime, stamp: stamp, generation: 1, lastError: nil))
    }

    public var runtime: Runtime { state.withLock { $0.runtime } }
    public var engine: Engine { runtime.engine }
    public var generation: Int { state.withLock { $0.generation } }
    public var lastError: String? { state.withLock { $0.lastError } }

    /// Reads, parses and compiles the policy with the gateway's own settings laid over it.
    static func build(_ c: GatewayConfig) throws -> Runtime {
        var policy = Policy.default
        if let p = c.policyPath {
            guard let data = FileManager.default.contents(atPath: p) else {
                throw GatewayError.config("policy file \(p) cannot be read")
            }
            policy = try Policy(json: Array(data))
        }
        if let d = c.stateDir { policy.stateDir = d }
        if let r = c.redis { policy.redis = r }
        if let k = c.sealingKey { policy.sessionKey = k }
        if c.inferenceLog && !policy.logEnabled { policy.logEnabled = true }
        if !c.inferenceLog { policy.logEnabled = false }
        if policy.anomaly == nil { policy.anomaly = AnomalyDetector.Settings() }
        // Every text the gateway sees came out of JSON, where tool results carry `\u00fc` escapes: the
        // detectors see through them unless the policy file says otherwise.
        if !PolicyStore.sets("json_escapes", c.policyPath) { policy.jsonEscapes = true }
        // On the way to a model nothing shaped like a credential passes, a documented example included.
        if !PolicyStore.sets("secret_examples", c.policyPath) { policy.secretExamples = true }
        return try Runtime(policy: policy)
    }

    /// True when the policy file names `key` itself (then its value stands).
    static func sets(_ key: String, _ path: String?) -> Bool {
        guard let path, let data = FileManager.default.contents(atPath: path), let j = try? JSON.parse(Array(data)) else { return false }
        return j[key] != nil
    }

    static func stamp(_ path: String) -> Stamp? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Stamp(mtime: st.st_mtim.tv_sec, mtimeNs: st.st_mtim.tv_nsec, size: Int(st.st_size), inode: UInt64(st.st_ino))
    }

    public enum Outcome: Equatable, Sendable { case unchanged, reloaded, refused(String) }

    /// Reloads when the file's stamp changed (or always, with `force`, as on SIGHUP).
    @discardableResult
    public func reload(force: Bool = false) -> Outcome {
        guard let path else { return .unchanged }
        let now = PolicyStore.stamp(path)
        let changed = state.withLock { $0.stamp != now }
        guard force || changed else { return .unchanged }
        do {
            let e = try PolicyStore.build(config)
            state.withLock { $0.runtime = e; $0.stamp = now; $0.generation += 1; $0.lastError = nil }
            try? e.recordEvent(LogRecord(feature: "gateway", direction: "policy", verdict: "reloaded", detail: "policy \(path) loaded"))
            return .reloaded
        } catch {
            let why = "\(error)"
            let old = state.withLock { s -> Runtime in s.stamp = now; s.lastError = why; return s.runtime }
            // Refused: the running policy stays. Said on stderr and in the evidence log.
            FileHandle.standardError.write(Data("sovereign-gateway: policy \(path) refused, keeping the running one: \(why)\n".utf8))
            try? old.recordEvent(LogRecord(feature: "gateway", direction: "policy", verdict: "refused", detail: "policy \(path) refused: \(why)"))
            return .refused(why)
        }
    }
}
