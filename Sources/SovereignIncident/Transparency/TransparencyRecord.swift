import Foundation
import SovereignFilter

/// `incident transparency`: the accountability record of a period (NIST AI RMF GOVERN/MANAGE, an
/// auditor's questions) built from the inference logs alone — which policies were in force (the
/// fingerprint every record carries, the summary the first record of each runtime carries), calls by
/// verdict and feature, findings by type and direction, blocks by reason, incidents and kill-switch
/// events as a timeline, the gateway's policy reloads and canary roll-backs. Counts only, never values.
public struct TransparencyRecord {
    public struct Event { public var ts: Date; public var feature: String; public var kind: String; public var detail: String }
    public struct PolicySeen { public var summary: JSONValue?; public var first: Date; public var last: Date; public var records: Int; public var starts: Int }

    var since: Date?
    var until: Date?
    public var records = 0
    public var first: Date?
    public var last: Date?
    public var policies: [String: PolicySeen] = [:]
    /// feature → verdict → calls.
    public var calls: [String: [String: Int]] = [:]
    /// direction → type → findings.
    public var findings: [String: [String: Int]] = [:]
    /// reason (a rule, else the entity types) → blocks.
    public var blocks: [String: Int] = [:]
    public var incidents: [Event] = []
    public var killSwitch: [Event] = []
    public var canary: [Event] = []
    public var policyChanges: [Event] = []

    public static func build(logs: [String], since: String?, until: String?, region: String? = nil) throws -> TransparencyRecord {
        var t = TransparencyRecord(since: try since.map(IncidentReport.parseDate), until: try until.map(IncidentReport.parseDate))
        for r in try LogFiles.records(LogFiles.expand(logs), since: t.since, until: t.until, region: region) {
            t.records += 1
            t.first = min(t.first ?? r.ts, r.ts)
            t.last = max(t.last ?? r.ts, r.ts)
            let ev = Event(ts: r.ts, feature: r.feature, kind: r.rules.first ?? r.verdict, detail: r.detail)
            if let fp = r.value["policy"]?.stringValue {
                var p = t.policies[fp] ?? PolicySeen(summary: nil, first: r.ts, last: r.ts, records: 0, starts: 0)
                p.first = min(p.first, r.ts); p.last = max(p.last, r.ts); p.records += 1
                if let s = r.value["policy_summary"] { p.summary = s; p.starts += 1 }
                t.policies[fp] = p
            }
            switch r.direction {
            case "policy":
                t.policyChanges.append(Event(ts: r.ts, feature: r.feature, kind: "policy.\(r.verdict)", detail: r.detail))
            case "event":
                if r.rules.contains("kill_switch") { t.killSwitch.append(Event(ts: r.ts, feature: r.feature, kind: r.verdict, detail: r.detail)) }
            case "incident":
                if r.rules.contains(where: { $0.hasPrefix("canary.") }) { t.canary.append(ev) } else { t.incidents.append(ev) }
            default:
                t.calls[r.feature, default: [:]][r.verdict, default: 0] += 1
                for (type, n) in r.entities { t.findings[r.direction, default: [:]][type, default: 0] += n }
                if r.verdict == "block" {
                    let reason = r.rules.first ?? (r.entities.isEmpty ? "policy" : r.entities.keys.sorted().joined(separator: "+"))
                    t.blocks[reason, default: 0] += 1
                }
                if r.rules.contains("canary") || r.rules.contains("system_prompt") { t.incidents.append(ev) }
            }
        }
        for k in [\TransparencyRecord.incidents, \.killSwitch, \.canary, \.policyChanges] { t[keyPath: k].sort { $0.ts < $1.ts } }
        return t
    }

    func utc(_ d: Date) -> String { let f = ISO8601DateFormatter(); return f.string(from: d) }

    public func markdown() -> String {
        var s = "# Transparency record\n\n"
        s += "- Period: \(since.map(utc) ?? first.map(utc) ?? "–") to \(until.map(utc) ?? last.map(utc) ?? "–")\n"
        s += "- Records: \(records); guarded calls: \(calls.values.reduce(0) { $0 + $1.values.reduce(0, +) })\n"
        s += "\n## Policies in force\n\n"
        if policies.isEmpty { s += "No record names its policy (logs written before policy fingerprints).\n" }
        for fp in policies.keys.sorted() {
            let p = policies[fp]!
            s += "- `\(fp)` from \(utc(p.first)) to \(utc(p.last)) (\(p.records) records, \(p.starts) runtime start(s))\n"
            if let v = p.summary {
                if case .object(let ops)? = v["operators"] {
                    s += "  - operators: " + ops.map { "\($0.key) \($0.value.stringValue ?? "?")" }.joined(separator: ", ") + "\n"
                }
                let keys = ["min_score", "prompt_threshold", "allow_terms", "deny_terms", "custom_patterns", "prompt_rules", "region"]
                s += "  - " + keys.compactMap { k in v[k].map { "\(k) \($0.stringValue ?? $0.doubleValue.map { String($0) } ?? "none")" } }.joined(separator: ", ") + "\n"
            }
        }
        s += "\n## Guarded calls by feature and verdict\n\n"
        if calls.isEmpty { s += "None.\n" }
        for f in calls.keys.sorted() {
            s += "- \(f): " + calls[f]!.keys.sorted().map { "\($0) \(calls[f]![$0]!)" }.joined(separator: ", ") + "\n"
        }
        s += "\n## Findings by type and direction\n\n"
        if findings.isEmpty { s += "None.\n" }
        for d in findings.keys.sorted() {
            s += "- \(d): " + findings[d]!.keys.sorted().map { "\($0) \(findings[d]![$0]!)" }.joined(separator: ", ") + "\n"
        }
        s += "\n## Blocks by reason\n\n"
        if blocks.isEmpty { s += "None.\n" }
        for b in blocks.keys.sorted() { s += "- \(b): \(blocks[b]!)\n" }
        for (title, list) in [("Incidents", incidents), ("Kill-switch events", killSwitch), ("Canary roll-backs", canary), ("Policy reloads", policyChanges)] {
            s += "\n## \(title)\n\n"
            if list.isEmpty { s += "None.\n" }
            for e in list { s += "- \(utc(e.ts)) \(e.feature) \(e.kind)\(e.detail.isEmpty ? "" : ": \(e.detail)")\n" }
        }
        return s
    }

    public func json() -> String {
        func events(_ l: [Event]) -> JSONValue {
            .array(l.map { .object([JSONMember("ts", .string(utc($0.ts))), JSONMember("feature", .string($0.feature)),
                                    JSONMember("kind", .string($0.kind)), JSONMember("detail", .string($0.detail))]) })
        }
        func counts(_ d: [String: Int]) -> JSONValue { .object(d.keys.sorted().map { JSONMember($0, .number(String(d[$0]!))) }) }
        return JSON.serialize(.object([
            JSONMember("since", (since ?? first).map { .string(utc($0)) } ?? .null),
            JSONMember("until", (until ?? last).map { .string(utc($0)) } ?? .null),
            JSONMember("records", .number(String(records))),
            JSONMember("policies", .object(policies.keys.sorted().map { fp in
                let p = policies[fp]!
                return JSONMember(fp, .object([
                    JSONMember("first", .string(utc(p.first))), JSONMember("last", .string(utc(p.last))),
                    JSONMember("records", .number(String(p.records))), JSONMember("runtime_starts", .number(String(p.starts))),
                    JSONMember("summary", p.summary ?? .null),
                ]))
            })),
            JSONMember("calls", .object(calls.keys.sorted().map { JSONMember($0, counts(calls[$0]!)) })),
            JSONMember("findings", .object(findings.keys.sorted().map { JSONMember($0, counts(findings[$0]!)) })),
            JSONMember("blocks", counts(blocks)),
            JSONMember("incidents", events(incidents)),
            JSONMember("kill_switch", events(killSwitch)),
            JSONMember("canary", events(canary)),
            JSONMember("policy_changes", events(policyChanges)),
        ]))
    }
}
