#if canImport(Glibc)
import Glibc
#endif

/// Outflow anomaly detection: per feature and signal (an entity type, `BLOCK`, `CANARY`), events are
/// counted in fixed windows; an exponentially weighted moving average of past windows is the baseline.
/// A window whose count exceeds `factor` × baseline (and at least `minCount`) raises an alert once per
/// window. Thread-safe; one detector per engine (each worker watches its own outflow, and the shared
/// inference log lets `sovereign-filter incident report` see all of them).
public final class AnomalyDetector: @unchecked Sendable {
    public struct Settings: Sendable, Equatable {
        public var windowSeconds = 60
        public var factor = 3.0
        public var minCount = 20
        public var alpha = 0.3
        /// Windows of history before alerts may fire (the baseline needs data).
        public var warmupWindows = 3
        public var tripKillSwitch = false
        public init() {}
    }

    public struct Alert: Sendable, Equatable {
        public var feature: String
        public var signal: String
        public var count: Int
        public var baseline: Double
        public var windowStart: Int
    }

    struct Series {
        var window = 0
        var count = 0
        var baseline = 0.0
        var windows = 0
        var alerted = false
    }

    public let settings: Settings
    private var series: [String: Series] = [:]
    private let lock: UnsafeMutablePointer<pthread_mutex_t>

    public init(_ settings: Settings) {
        self.settings = settings
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// Records `n` events of `signal` for `feature` at time `now` (seconds); returns an alert when the
    /// current window just crossed the threshold.
    public func record(feature: String, signal: String, n: Int = 1, now: Int) -> Alert? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        let key = feature + "\u{0}" + signal
        let w = now / settings.windowSeconds
        var s = series[key] ?? Series(window: w)
        if w != s.window {
            // Close the finished window (and count empty windows in between as zeros).
            let gap = min(w - s.window, 1000)
            for k in 0..<gap {
                let c = k == 0 ? Double(s.count) : 0
                s.baseline = s.windows == 0 ? c : settings.alpha * c + (1 - settings.alpha) * s.baseline
                s.windows += 1
            }
            s.window = w
            s.count = 0
            s.alerted = false
        }
        s.count += n
        var alert: Alert? = nil
        if !s.alerted && s.windows >= settings.warmupWindows && s.count >= settings.minCount
            && Double(s.count) > settings.factor * max(s.baseline, 1) {
            s.alerted = true
            alert = Alert(feature: feature, signal: signal, count: s.count, baseline: s.baseline, windowStart: w * settings.windowSeconds)
        }
        series[key] = s
        return alert
    }
}
