import Foundation
import SovereignFilter

/// The drill's report: the playbook's steps with their roles, what each does and when, the measured
/// times against their targets, what leaked before containment (counts by type, never values), and the
/// notification deadlines the real incident would start.
extension Drill.Result {
    /// The steps nobody can time in a drill: who does them and by when (times from awareness).
    static let humanSteps: [(role: String, step: String, when: String)] = [
        ("incident lead", "Takes command: opens the incident channel, names the scribe, decides the scope (feature, region) and whether to switch off globally", "within 15 minutes of the alert"),
        ("incident lead", "Preserves evidence: sovereign-filter incident evidence --log … --key-file … --out incident.tar; the key stays with the DPO", "before any log rotates or is cleaned up"),
        ("DPO", "Assesses risk to customers; prepares the GDPR Art. 33 notification with the categories and distinct affected values of the report", "notification within 72 h of awareness"),
        ("DPO", "Decides on informing customers (GDPR Art. 34, high risk); checks single customers with sovereign-filter incident lookup", "without undue delay"),
        ("incident lead", "Sends the NIS2 early warning (if the shop is an essential or important entity)", "within 24 h of awareness"),
        ("communications", "Prepares the customer notice and the status page text with the DPO; answers press and support with one agreed statement", "when the DPO decides; status page within the hour"),
        ("on-call engineer", "Recovers: fixes the cause, then sovereign-filter kill-switch off --feature … after the incident lead agrees", "after the fix is verified"),
        ("incident lead", "Closes: NIS2 final report, transparency record for the period (incident transparency), lessons learned, next drill date", "within one month of the notification"),
    ]

    func utc(_ d: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: d)
    }

    func counts(_ d: [String: Int]) -> String { d.isEmpty ? "none" : d.keys.sorted().map { "\($0) \(d[$0]!)" }.joined(separator: ", ") }

    public func markdown() -> String {
        var s = "# Incident drill: \(passedAll ? "PASSED" : "FAILED")\n\n"
        s += "- Policy: \(policy)\n"
        s += "- Feature: \(feature) (drill traffic only); store: \(store); log: \(logPath)\n"
        s += "- Traffic: \(rate) requests/s over two nodes; detector window \(windowSeconds) s; kill-switch recheck \(recheckMillis) ms\n"
        s += "- Leak started: \(utc(leakStart)); guarded calls admitted: \(admitted); refused per node: \(refusals.map(String.init).joined(separator: ", "))\n"
        if !errors.isEmpty { s += "- Errors: " + errors.joined(separator: "; ") + "\n" }
        s += "\n## Timeline and targets\n\n| # | step | role | at (+ from leak) | target | measured | met |\n|---|---|---|---|---|---|---|\n"
        s += "| 0 | Leak starts (simulated) | the model | \(utc(leakStart)) | | | |\n"
        for (k, st) in steps.enumerated() {
            let at = st.at.map { "\(utc($0)) (+\(String(format: "%.3f", st.elapsed ?? 0)) s)" } ?? "—"
            s += "| \(k + 1) | \(st.name) | \(st.role) | \(at) | \(st.target) | \(st.measured) | \(st.met ? "yes" : "**NO**") |\n"
        }
        s += "\n## What each role does\n\n"
        for st in steps { s += "- **\(st.role)** — \(st.name): \(st.action)\n" }
        for h in Drill.Result.humanSteps { s += "- **\(h.role)** — \(h.step) (\(h.when))\n" }
        s += "\n## What leaked before containment (counts, never values)\n\n"
        s += "- Values the model put into replies: \(counts(injected))\n"
        s += "- Distinct values (other customers' data): \(counts(injectedDistinct))\n"
        s += "- Caught by the filter: \(counts(caught))\n"
        s += "- Shown to customers: \(passed.isEmpty ? "none" : counts(passed))\n"
        if let r = report {
            s += "- Distinct affected values in the deadline report (keyed hashes): \(r.affectedSummary ?? "none")\n"
            s += "\n## Deadlines this incident would start\n\n"
            let f = ISO8601DateFormatter()
            for d in r.deadlines { s += "- \(d.name): due \(f.string(from: d.due)) (\(d.basis))\n" }
        }
        return s
    }

    public func json() -> String {
        func obj(_ d: [String: Int]) -> JSONValue { .object(d.keys.sorted().map { JSONMember($0, .number(String(d[$0]!))) }) }
        let f = ISO8601DateFormatter()
        return JSON.serialize(.object([
            JSONMember("passed", .bool(passedAll)),
            JSONMember("policy", .string(policy)), JSONMember("feature", .string(feature)), JSONMember("store", .string(store)), JSONMember("log", .string(logPath)),
            JSONMember("rate", .number(String(rate))), JSONMember("window_seconds", .number(String(windowSeconds))),
            JSONMember("recheck_ms", .number(String(recheckMillis))),
            JSONMember("leak_start", .string(utc(leakStart))), JSONMember("admitted", .number(String(admitted))),
            JSONMember("refused_per_node", .array(refusals.map { .number(String($0)) })),
            JSONMember("steps", .array(steps.map { st in .object([
                JSONMember("step", .string(st.name)), JSONMember("role", .string(st.role)), JSONMember("action", .string(st.action)),
                JSONMember("at", st.at.map { .string(utc($0)) } ?? .null),
                JSONMember("seconds_from_leak", st.elapsed.map { .number(String(format: "%.3f", $0)) } ?? .null),
                JSONMember("target", .string(st.target)), JSONMember("measured", .string(st.measured)), JSONMember("met", .bool(st.met)),
            ]) })),
            JSONMember("playbook", .array(Drill.Result.humanSteps.map { .object([
                JSONMember("role", .string($0.role)), JSONMember("step", .string($0.step)), JSONMember("when", .string($0.when)),
            ]) })),
            JSONMember("leaked", .object([
                JSONMember("values", obj(injected)), JSONMember("distinct", obj(injectedDistinct)),
                JSONMember("caught", obj(caught)), JSONMember("shown_to_customers", obj(passed)),
                JSONMember("report_distinct", obj(report?.affected.mapValues(\.count) ?? [:])),
            ])),
            JSONMember("deadlines", .array((report?.deadlines ?? []).map { .object([
                JSONMember("name", .string($0.name)), JSONMember("due_utc", .string(f.string(from: $0.due))), JSONMember("basis", .string($0.basis)),
            ]) })),
            JSONMember("errors", .array(errors.map { .string($0) })),
        ]))
    }
}
