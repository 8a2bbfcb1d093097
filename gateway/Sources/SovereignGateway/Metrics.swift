import Synchronization

/// Prometheus counters and the request-latency histogram, rendered as text exposition format 0.0.4.
public final class Metrics: Sendable {
    struct State {
        var requests: [String: Int] = [:]          // "route\0status"
        var findings: [String: Int] = [:]          // "direction\0type"
        var blocks: [String: Int] = [:]            // reason
        var upstreamErrors: [String: Int] = [:]    // "upstream\0kind"
        var upstreamRequests: [String: Int] = [:]  // upstream (stable|canary)
        var policyReloads: [String: Int] = [:]     // outcome
        var bucketCounts: [Int]
        var latencySum = 0.0
        var latencyCount = 0
        var canaryRolledBack = false
    }

    /// Upper bounds of the latency histogram, seconds (the gateway's own time plus the upstream's).
    public static let buckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]
    private let state = Mutex(State(bucketCounts: Array(repeating: 0, count: Metrics.buckets.count)))

    public init() {}

    public func request(route: String, status: Int, seconds: Double) {
        state.withLock { s in
            s.requests[route + "\u{0}" + String(status), default: 0] += 1
            s.latencySum += seconds
            s.latencyCount += 1
            for (k, b) in Metrics.buckets.enumerated() where seconds <= b { s.bucketCounts[k] += 1 }
        }
    }

    public func findings(direction: String, _ counts: [String: Int]) {
        guard !counts.isEmpty else { return }
        state.withLock { s in for (t, n) in counts { s.findings[direction + "\u{0}" + t, default: 0] += n } }
    }

    public func block(reason: String) { state.withLock { $0.blocks[reason, default: 0] += 1 } }
    public func upstreamError(_ upstream: String, kind: String) { state.withLock { $0.upstreamErrors[upstream + "\u{0}" + kind, default: 0] += 1 } }
    public func upstreamRequest(_ upstream: String) { state.withLock { $0.upstreamRequests[upstream, default: 0] += 1 } }
    public func policyReload(_ outcome: String) { state.withLock { $0.policyReloads[outcome, default: 0] += 1 } }
    public func canary(rolledBack: Bool) { state.withLock { $0.canaryRolledBack = rolledBack } }

    public func render(killSwitchOn: Bool, policyGeneration: Int) -> String {
        state.withLock { s in
            var o = ""
            func family(_ name: String, _ type: String, _ help: String) { o += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n" }
            func esc(_ v: String) -> String {
                v.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\n", with: "\\n")
            }
            func pairs(_ key: String, _ names: [String]) -> String {
                let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
                return zip(names, parts).map { "\($0)=\"\(esc($1))\"" }.joined(separator: ",")
            }
            family("sovereign_gateway_requests_total", "counter", "Requests answered, by route and HTTP status.")
            for (k, n) in s.requests.sorted(by: { $0.key < $1.key }) { o += "sovereign_gateway_requests_total{\(pairs(k, ["route", "status"]))} \(n)\n" }
            family("sovereign_gateway_findings_total", "counter", "Entities found, by direction (request, reply) and type.")
            for (k, n) in s.findings.sorted(by: { $0.key < $1.key }) { o += "sovereign_gateway_findings_total{\(pairs(k, ["direction", "type"]))} \(n)\n" }
            family("sovereign_gateway_blocks_total", "counter", "Requests or replies blocked, by reason.")
            for (k, n) in s.blocks.sorted(by: { $0.key < $1.key }) { o += "sovereign_gateway_blocks_total{reason=\"\(esc(k))\"} \(n)\n" }
            family("sovereign_gateway_upstream_requests_total", "counter", "Requests sent upstream, by upstream (stable, canary).")
            for (k, n) in s.upstreamRequests.sorted(by: { $0.key < $1.key }) { o += "sovereign_gateway_upstream_requests_total{upstream=\"\(esc(k))\"} \(n)\n" }
            family("sovereign_gateway_upstream_errors_total", "counter", "Upstream failures, by upstream and kind (connect, timeout, status).")
            for (k, n) in s.upstreamErrors.sorted(by: { $0.key < $1.key }) { o += "sovereign_gateway_upstream_errors_total{\(pairs(k, ["upstream", "kind"]))} \(n)\n" }
            family("sovereign_gateway_policy_reloads_total", "counter", "Policy reloads, by outcome (reloaded, refused).")
            for (k, n) in s.policyReloads.sorted(by: { $0.key < $1.key }) { o += "sovereign_gateway_policy_reloads_total{outcome=\"\(esc(k))\"} \(n)\n" }
            family("sovereign_gateway_request_duration_seconds", "histogram", "Time from request to the last byte of the answer.")
            for (k, b) in Metrics.buckets.enumerated() { o += "sovereign_gateway_request_duration_seconds_bucket{le=\"\(b)\"} \(s.bucketCounts[k])\n" }
            o += "sovereign_gateway_request_duration_seconds_bucket{le=\"+Inf\"} \(s.latencyCount)\n"
            o += "sovereign_gateway_request_duration_seconds_sum \(s.latencySum)\n"
            o += "sovereign_gateway_request_duration_seconds_count \(s.latencyCount)\n"
            family("sovereign_gateway_kill_switch", "gauge", "1 while the kill switch is on for the gateway.")
            o += "sovereign_gateway_kill_switch \(killSwitchOn ? 1 : 0)\n"
            family("sovereign_gateway_canary_rolled_back", "gauge", "1 after the canary upstream was rolled back.")
            o += "sovereign_gateway_canary_rolled_back \(s.canaryRolledBack ? 1 : 0)\n"
            family("sovereign_gateway_policy_generation", "gauge", "Policies loaded since start (1 = the first).")
            o += "sovereign_gateway_policy_generation \(policyGeneration)\n"
            return o
        }
    }
}
