extension Engine {
    /// Records one call of a surface (CLI, C, PHP, gateway): an inference-log record when the policy
    /// enables the log, and the outflow counts of the anomaly detector; an alert becomes an incident
    /// record and, when the policy says so, trips the kill switch for the feature. Logging errors are
    /// errors of the call (fail closed): evidence that cannot be written is not silently skipped.
    public func record(feature: String, direction: String, verdict: String, findings: [Finding] = [], rules: [String] = [],
                       sessionID: String? = nil, redactedText: [UInt8]? = nil) throws {
        guard log != nil || anomaly != nil else { return }
        var counts: [String: Int] = [:]
        for f in findings { counts[f.type.name, default: 0] += 1 }
        if let log {
            try log.append(LogRecord(
                feature: feature, direction: direction, verdict: verdict, entities: counts, rules: rules,
                session: sessionID.map { log.hashSession($0) },
                redactedText: policy.logIncludeText ? redactedText.map { String(decoding: $0, as: UTF8.self) } : nil))
        }
        guard let anomaly else { return }
        let now = StateFiles.now().0
        var signals = counts
        if verdict == "block" { signals["BLOCK", default: 0] += 1 }
        if rules.contains("canary") { signals["CANARY", default: 0] += 1 }
        for (signal, n) in signals.sorted(by: { $0.key < $1.key }) {
            guard let alert = anomaly.record(feature: feature, signal: signal, n: n, now: now) else { continue }
            let detail = "outflow of \(signal) in \(feature): \(alert.count) in the window from \(StateFiles.iso8601(alert.windowStart)) against a baseline of \(Int(alert.baseline.rounded()))"
            try log?.append(LogRecord(feature: feature, direction: "incident", verdict: "alert", entities: [signal: alert.count],
                                      rules: ["anomaly.\(signal)"], detail: detail))
            if anomaly.settings.tripKillSwitch {
                try killSwitch.set(true, feature: feature, reason: "anomaly detector: " + detail, by: "sovereign-filter anomaly detector")
            }
        }
    }
}
