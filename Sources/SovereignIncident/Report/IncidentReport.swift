import Foundation
import SovereignFilter

/// The breach-deadline report. Deterministic: the same logs and options give the same output. The logs
/// of many hosts (a fleet sharing Redis keeps one local log per host, its records naming the host) are
/// merged into one time line.
public struct IncidentReport {
    public struct Incident { public var ts: Date; var feature: String; var kind: String; var detail: String; var host: String = "" }

    var jurisdiction: String
    var zone: TimeZone
    var window: (Date?, Date?)
    public var incidents: [Incident] = []
    public var categories: [String: Int] = [:]
    var blocked = 0
    var records = 0
    /// Records per host ("" for records without one: logs written before issue 21, or by the file store).
    public var hosts: [String: Int] = [:]
    public var awareAt: Date?
    /// The region selected (`--region`), nil: every record.
    public var region: String?
    /// Distinct affected values per type: keyed hashes (`LogRecord.values`) of what replies leaked or
    /// calls blocked in the window — GDPR Art. 33's approximate number of data subjects and records.
    public var affected: [String: Set<String>] = [:]
    /// The same per feature, then type.
    public var affectedByFeature: [String: [String: Set<String>]] = [:]

    static let zones: [String: String] = [
        "EU": "Europe/Brussels", "DE": "Europe/Berlin", "FR": "Europe/Paris", "AT": "Europe/Vienna", "NL": "Europe/Amsterdam",
        "BE": "Europe/Brussels", "IT": "Europe/Rome", "ES": "Europe/Madrid", "IE": "Europe/Dublin", "LU": "Europe/Luxembourg",
        "PL": "Europe/Warsaw", "UTC": "UTC",
    ]

    public static func parseDate(_ s: String) throws -> Date {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: s) { return d }
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: s) { return d }
        throw ReportError("not an ISO 8601 time: \(s) (e.g. 2026-03-29T01:30:00Z)")
    }

    public static func build(logs: [String], since: String?, until: String?, awareAt: String?, jurisdiction: String,
                             region: String? = nil) throws -> IncidentReport {
        guard let zid = zones[jurisdiction.uppercased()], let zone = TimeZone(identifier: zid) else {
            throw ReportError("unknown jurisdiction \(jurisdiction) (known: \(zones.keys.sorted().joined(separator: ", ")))")
        }
        var r = IncidentReport(jurisdiction: jurisdiction.uppercased(), zone: zone, window: (try since.map(parseDate), try until.map(parseDate)))
        r.region = region
        for rec in try LogFiles.records(LogFiles.expand(logs), since: r.window.0, until: r.window.1, region: region) {
            r.records += 1
            r.hosts[rec.host, default: 0] += 1
            let verdict = rec.verdict, direction = rec.direction, feature = rec.feature
            let rules = rec.rules
            if direction == "reply" || direction == "incident" || verdict == "block" {
                for (k, n) in rec.entities { r.categories[k, default: 0] += n }
                for (type, hashes) in rec.values {
                    r.affected[type, default: []].formUnion(hashes)
                    r.affectedByFeature[feature, default: [:]][type, default: []].formUnion(hashes)
                }
            }
            if verdict == "block" { r.blocked += 1 }
            let leakRule = rules.first { $0 == "canary" || $0 == "system_prompt" || $0.hasPrefix("anomaly.") }
            if direction == "incident" || leakRule != nil || direction == "reply" && verdict != "allow" {
                let kind = direction == "incident" ? (rules.first ?? "incident") : (leakRule ?? "reply.\(verdict)")
                r.incidents.append(Incident(ts: rec.ts, feature: feature, kind: kind, detail: rec.detail, host: rec.host))
            }
        }
        r.incidents.sort { ($0.ts, $0.feature, $0.kind, $0.host) < ($1.ts, $1.feature, $1.kind, $1.host) }
        r.awareAt = try awareAt.map(parseDate) ?? r.incidents.first?.ts
        return r
    }

    /// "EMAIL 12, IBAN 3" (distinct values per type), or nil when the log holds no value hashes.
    public var affectedSummary: String? {
        guard !affected.isEmpty else { return nil }
        return affected.keys.sorted().map { "\($0) \(affected[$0]!.count)" }.joined(separator: ", ")
    }

    public struct Deadline { public var name: String; public var basis: String; public var due: Date; public var missing: [String] }

    public var deadlines: [Deadline] {
        guard let aware = awareAt else { return [] }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone
        let h24 = aware.addingTimeInterval(24 * 3600)
        let h72 = aware.addingTimeInterval(72 * 3600)
        // NIS2 Art. 23(4)(d): final report within one month after the incident notification (calendar month, local time).
        let month = cal.date(byAdding: .month, value: 1, to: h72) ?? h72
        let known = !categories.isEmpty
        return [
            Deadline(name: "NIS2 early warning (Art. 23(4)(a))", basis: "24 h after awareness", due: h24,
                     missing: ["whether the incident is suspected to be caused by unlawful or malicious acts",
                               "whether it could have a cross-border impact"]),
            Deadline(name: "NIS2 incident notification (Art. 23(4)(b))", basis: "72 h after awareness", due: h72,
                     missing: ["initial assessment: severity and impact", "indicators of compromise, where available"]),
            Deadline(name: "GDPR notification to the supervisory authority (Art. 33)", basis: "72 h after awareness", due: h72,
                     missing: (known ? [] : ["categories and approximate number of personal data records concerned"])
                        + (affected.isEmpty ? ["approximate number of data subjects concerned (the log holds no value hashes)"] : [])
                        + ["name and contact details of the DPO",
                           "likely consequences of the breach", "measures taken or proposed, including mitigation"]),
            Deadline(name: "NIS2 final report (Art. 23(4)(d))", basis: "one month after the incident notification", due: month,
                     missing: ["detailed description, severity and impact", "type of threat or root cause",
                               "mitigation measures applied and ongoing", "cross-border impact, where applicable"]),
        ]
    }

    func local(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = zone
        f.dateFormat = "yyyy-MM-dd HH:mm zzz"
        return f.string(from: d)
    }

    func utc(_ d: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: d)
    }

    public func markdown() -> String {
        var s = "# Incident report (\(jurisdiction), times in \(zone.identifier))\n\n"
        s += "- Records in the window: \(records); blocked calls: \(blocked); incidents: \(incidents.count)\n"
        if hosts.keys.contains(where: { !$0.isEmpty }) {
            s += "- Hosts: " + hosts.keys.sorted().map { "\($0.isEmpty ? "(unnamed)" : $0) (\(hosts[$0]!) records)" }.joined(separator: ", ") + "\n"
        }
        if let a = window.0 { s += "- Since: \(utc(a))\n" }
        if let b = window.1 { s += "- Until: \(utc(b))\n" }
        if let f = incidents.first, let l = incidents.last { s += "- First seen: \(utc(f.ts)) (\(local(f.ts))); last seen: \(utc(l.ts)) (\(local(l.ts)))\n" }
        if let a = awareAt { s += "- Aware at: \(utc(a)) (\(local(a)))\n" }
        if let region { s += "- Region: \(region)\n" }
        s += "\n## Data categories affected\n\n"
        if categories.isEmpty { s += "None recorded.\n" }
        for k in categories.keys.sorted() { s += "- \(k): \(categories[k]!)\n" }
        s += "\n## Distinct affected values (approximate number of data subjects, GDPR Art. 33(3)(a))\n\n"
        if affected.isEmpty { s += "Not known: the log holds no value hashes for the window.\n" }
        for k in affected.keys.sorted() { s += "- \(k): \(affected[k]!.count) distinct\n" }
        for f in affectedByFeature.keys.sorted() {
            let byType = affectedByFeature[f]!
            s += "- in \(f): " + byType.keys.sorted().map { "\($0) \(byType[$0]!.count)" }.joined(separator: ", ") + "\n"
        }
        s += "\n## Incidents\n\n"
        if incidents.isEmpty { s += "None in the window.\n" }
        for i in incidents { s += "- \(utc(i.ts)) \(i.feature) \(i.kind)\(i.host.isEmpty ? "" : " on \(i.host)")\(i.detail.isEmpty ? "" : ": \(i.detail)")\n" }
        s += "\n## Deadlines\n\n"
        if awareAt == nil { s += "No incident and no --aware-at: no deadline runs.\n" }
        for d in deadlines {
            s += "### \(d.name)\n\n- Due: \(utc(d.due)) (\(local(d.due))), \(d.basis)\n- Still missing:\n"
            for m in d.missing { s += "  - [ ] \(m)\n" }
            s += "\n"
        }
        return s
    }

    public func json() -> String {
        var root: [JSONMember] = [
            JSONMember("jurisdiction", .string(jurisdiction)), JSONMember("time_zone", .string(zone.identifier)),
            JSONMember("records", .number(String(records))), JSONMember("blocked", .number(String(blocked))),
            JSONMember("aware_at", awareAt.map { .string(utc($0)) } ?? .null),
            JSONMember("first_seen", incidents.first.map { .string(utc($0.ts)) } ?? .null),
            JSONMember("last_seen", incidents.last.map { .string(utc($0.ts)) } ?? .null),
            JSONMember("categories", .object(categories.keys.sorted().map { JSONMember($0, .number(String(categories[$0]!))) })),
            JSONMember("hosts", .object(hosts.keys.sorted().map { JSONMember($0, .number(String(hosts[$0]!))) })),
            JSONMember("region", region.map { .string($0) } ?? .null),
            JSONMember("affected_distinct", .object(affected.keys.sorted().map { JSONMember($0, .number(String(affected[$0]!.count))) })),
            JSONMember("affected_distinct_by_feature", .object(affectedByFeature.keys.sorted().map { f in
                JSONMember(f, .object(affectedByFeature[f]!.keys.sorted().map { JSONMember($0, .number(String(affectedByFeature[f]![$0]!.count))) }))
            })),
            JSONMember("incidents", .array(incidents.map { .object([
                JSONMember("ts", .string(utc($0.ts))), JSONMember("feature", .string($0.feature)),
                JSONMember("kind", .string($0.kind)), JSONMember("detail", .string($0.detail)),
            ] + ($0.host.isEmpty ? [] : [JSONMember("host", .string($0.host))])) })),
        ]
        root.append(JSONMember("deadlines", .array(deadlines.map { .object([
            JSONMember("name", .string($0.name)), JSONMember("basis", .string($0.basis)),
            JSONMember("due_utc", .string(utc($0.due))), JSONMember("due_local", .string(local($0.due))),
            JSONMember("missing", .array($0.missing.map { .string($0) })),
        ]) })))
        return JSON.serialize(.object(root))
    }
}

public struct ReportError: Error, CustomStringConvertible {
    public let description: String
    init(_ d: String) { description = d }
}
