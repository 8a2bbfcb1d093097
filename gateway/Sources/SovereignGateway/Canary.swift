import Foundation
import SovereignFilter
import Synchronization

/// Picks the upstream of a request. With a canary configured, `percent` % of sessions go to it, sticky
/// per session id (a conversation never switches model half-way); requests without a session id draw
/// afresh. The canary's outflow (PII and secrets caught in its replies, blocks, canary-token hits,
/// upstream failures) feeds its own anomaly detector, whose series live in the runtime's state store
/// (fleet-wide on Redis); the first alert rolls the canary back for every replica: the store's
/// `canary-rollback.json` (a file of the state directory, or a Redis key) says when and why, and the
/// gateway's inference log gets an incident record. Deleting it (or a new --canary-upstream) re-arms
/// it. Replicas re-read the flag at most once a second; a store that cannot be read counts as rolled
/// back (the stable upstream is the safe side).
public final class CanaryRouter: Sendable {
    public let stable: String
    public let canary: String?
    public let percent: Int
    let detector: AnomalyDetector
    let store: any StateStore
    static let rollbackKey = "canary-rollback.json"
    /// The flag as last read and when to read it again (monotonic seconds).
    private let cached = Mutex<(rolledBack: Bool, until: Double)>((false, 0))

    public init(stable: String, canary: String?, percent: Int, settings: AnomalyDetector.Settings, store: any StateStore) {
        self.stable = stable
        self.canary = canary
        self.percent = max(0, min(100, percent))
        detector = AnomalyDetector(settings, store: store)
        self.store = store
    }

    /// Where the roll-back flag lives (a file path or a Redis key), for messages.
    public var rollbackFile: String { store.describe(CanaryRouter.rollbackKey) }

    public var rolledBack: Bool {
        guard canary != nil else { return false }
        let now = ProcessInfo.processInfo.systemUptime
        if let v = cached.withLock({ now < $0.until ? $0.rolledBack : nil }) { return v }
        let v: Bool
        do { v = try store.get(CanaryRouter.rollbackKey) != nil } catch { v = true }
        cached.withLock { $0 = (v, now + 1) }
        return v
    }

    /// `("stable" | "canary", base URL)`.
    public func pick(sessionID: String?) -> (name: String, base: String) {
        guard let canary, percent > 0, !rolledBack else { return ("stable", stable) }
        let bucket: Int
        if let id = sessionID, !id.isEmpty {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
            bucket = Int(h % 100)
        } else {
            bucket = Int.random(in: 0..<100)
        }
        return bucket < percent ? ("canary", canary) : ("stable", stable)
    }

    /// Feeds one canary exchange's signals; rolls back on an alert. Returns the reason when it did.
    @discardableResult
    public func observe(_ signals: [String: Int], runtime: Runtime) -> String? {
        guard canary != nil, !rolledBack else { return nil }
        let now = Int(Date().timeIntervalSince1970)
        for (signal, n) in signals.sorted(by: { $0.key < $1.key }) where n > 0 {
            // A store that cannot be reached records nothing here; `rolledBack` then routes to stable.
            guard let a = (try? detector.record(feature: "gateway.canary", signal: signal, n: n, now: now)) ?? nil else { continue }
            let why = "canary upstream rolled back: outflow of \(signal) reached \(a.count) in the window against a baseline of \(Int(a.baseline.rounded()))"
            rollBack(why, runtime: runtime)
            return why
        }
        return nil
    }

    /// A failed exchange with the canary upstream counts as outflow gone wrong too.
    public func observeFailure(_ upstream: String, runtime: Runtime) {
        if upstream == "canary" { observe(["UPSTREAM_ERROR": 1], runtime: runtime) }
    }

    func rollBack(_ why: String, runtime: Runtime) {
        var body: [UInt8] = Array(#"{"rolled_back_at":"#.utf8)
        JSON.writeString(ISO8601DateFormatter().string(from: Date()), into: &body)
        body += Array(#","canary":"#.utf8)
        JSON.writeString(canary ?? "", into: &body)
        body += Array(#","reason":"#.utf8)
        JSON.writeString(why, into: &body)
        body += Array("}\n".utf8)
        try? store.put(CanaryRouter.rollbackKey, body, ttlSeconds: nil)
        cached.withLock { $0 = (true, ProcessInfo.processInfo.systemUptime + 1) }
        FileHandle.standardError.write(Data("sovereign-gateway: \(why)\n".utf8))
        try? runtime.recordEvent(LogRecord(feature: "gateway.canary", direction: "incident", verdict: "rollback",
                                           rules: ["canary.rollback"], detail: why))
    }
}
