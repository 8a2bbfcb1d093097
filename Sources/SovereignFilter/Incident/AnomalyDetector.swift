/// Outflow anomaly detection: per feature and signal (an entity type, `BLOCK`, `CANARY`), events are
/// counted in fixed windows; an exponentially weighted moving average of past windows is the baseline.
/// A window whose count exceeds `factor` × baseline (and at least `minCount`) raises an alert once per
/// window. The series live in the state store's counters (`StateStore.withCounters`): with the file
/// store each process watches its own outflow (and the shared inference log lets `sovereign-filter
/// incident report` see all of them); a shared store makes the series fleet-wide. Thread-safe.
public final class AnomalyDetector: Sendable {
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

    /// One series as stored: `[window, count, baseline, windows, alerted]`.
    struct Series {
        var window = 0
        var count = 0
        var baseline = 0.0
        var windows = 0
        var alerted = false

        init(window: Int) { self.window = window }

        init?(_ v: [Double]) {
            guard v.count == 5 else { return nil }
            window = Int(v[0]); count = Int(v[1]); baseline = v[2]; windows = Int(v[3]); alerted = v[4] != 0
        }

        var stored: [Double] { [Double(window), Double(count), baseline, Double(windows), alerted ? 1 : 0] }
    }

    public let settings: Settings
    let store: any StateStore

    /// A detector whose series live in `store` (nil: this process's memory).
    public init(_ settings: Settings, store: (any StateStore)? = nil) {
        self.settings = settings
        // Only the file store's in-process counters are used: no file is ever written for them.
        self.store = store ?? FileStateStore(directory: "/nonexistent/sovereign-filter-counters-only")
    }

    /// Records `n` events of `signal` for `feature` at time `now` (seconds); returns an alert when the
    /// current window just crossed the threshold. Throws when the store cannot be reached.
    public func record(feature: String, signal: String, n: Int = 1, now: Int) throws -> Alert? {
        let w = now / settings.windowSeconds
        // A series untouched for 1000 windows is forgotten: its baseline would have decayed to zero anyway
        // (empty windows count as zeros, up to 1000 of them), and a shared store keeps no dead keys.
        return try store.withCounters("anomaly/" + feature + "/" + signal, ttlSeconds: settings.windowSeconds * 1000) { stored in
            var s = Series(stored) ?? Series(window: w)
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
            stored = s.stored
            return alert
        }
    }
}
