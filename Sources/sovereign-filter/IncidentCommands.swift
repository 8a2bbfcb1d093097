import ArgumentParser
import Foundation
import SovereignFilter

/// `sovereign-filter kill-switch on|off|status [--feature F] [--reason TEXT]`
struct KillSwitchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kill-switch", abstract: "Switch AI features off (or on again), globally or per feature.")

    @Argument(help: "on, off or status") var action: String
    @Option(name: .long, help: "A feature name (product_discovery, support_chat, checkout_assist, …); default: global.") var feature: String?
    @Option(name: .long, help: "Why (recorded with who and when).") var reason: String?
    @Option(name: .long, help: "Who (default: $SUDO_USER or $USER).") var by: String?
    @Option(name: .long, help: "State directory (default: policy state_dir, $SOVEREIGN_FILTER_STATE_DIR, /var/tmp/sovereign-filter).") var stateDir: String?
    @Option(name: .long, help: "Policy JSON file.") var policy: String?

    func run() throws {
        let engine = try loadEngine(policy: policy, stateDir: stateDir)
        let who = by ?? ProcessInfo.processInfo.environment["SUDO_USER"] ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
        switch action {
        case "on":
            guard let reason, !reason.isEmpty else { throw ValidationError("kill-switch on needs --reason") }
            try engine.killSwitch.set(true, feature: feature, reason: reason, by: who)
            print("kill switch ON \(feature.map { "for \($0)" } ?? "(global)")")
        case "off":
            try engine.killSwitch.set(false, feature: feature, reason: reason ?? "", by: who)
            print("kill switch OFF \(feature.map { "for \($0)" } ?? "(global)")")
        case "status":
            let st = engine.killSwitch.status()
            if st.isEmpty { print("kill switch: off (no switch file at \(engine.killSwitch.path))") }
            for key in st.keys.sorted() {
                let e = st[key]!
                print("\(key.isEmpty ? "global" : key): \(e.on ? "ON" : "off") — by \(e.by) at \(e.at)\(e.reason.isEmpty ? "" : ": \(e.reason)")")
            }
            if engine.isDisabled(feature: feature) { throw ExitCode(3) }  // scripts: exit 3 when disabled
        default:
            throw ValidationError("action must be on, off or status")
        }
    }
}

func loadEngine(policy: String?, stateDir: String?) throws -> Engine {
    var p = Policy()
    if let policy {
        guard let b = LineReader.readFile(policy) else { throw ExitCode(Exit.policy) }
        do { p = try Policy(json: b) } catch let e as SFError {
            Output.stderr("sovereign-filter: \(e.message)\n")
            throw ExitCode(Exit.policy)
        }
    }
    if let stateDir { p.stateDir = stateDir }
    return try Engine(policy: p)
}

/// `sovereign-filter log verify FILE…`
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Inference log tools.", subcommands: [Verify.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Verify the hash chain; give rotated files oldest first (log.2 log.1 log), or one file.")
        @Argument(help: "Log files, oldest first.") var files: [String]

        func run() throws {
            let v = InferenceLog.verify(files)
            if let p = v.problem {
                print("BROKEN: \(p.file) line \(p.line): \(p.reason) (\(v.records) records verified before it)")
                throw ExitCode(1)
            }
            print("OK: \(v.records) records, chain intact")
        }
    }
}

/// `sovereign-filter incident report --log FILE… [--since T] [--until T] [--aware-at T] [--jurisdiction EU|DE|FR|…] [--format md|json]`
struct IncidentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "incident", abstract: "Incident tools.", subcommands: [Report.self])

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Incidents in a window, affected data categories, and the NIS2/GDPR notification deadlines.")
        @Option(name: .long, parsing: .upToNextOption, help: "Inference log files.") var log: [String]
        @Option(name: .long, help: "Start of the window (ISO 8601).") var since: String?
        @Option(name: .long, help: "End of the window (ISO 8601).") var until: String?
        @Option(name: .long, help: "When the organisation became aware (ISO 8601); default: the first incident.") var awareAt: String?
        @Option(name: .long, help: "EU, DE, FR, AT, NL, BE, IT, ES, IE (sets the local time zone of the deadlines).") var jurisdiction: String = "EU"
        @Option(name: .long, help: "md or json") var format: String = "md"

        func run() throws {
            let report = try IncidentReport.build(logs: log, since: since, until: until, awareAt: awareAt, jurisdiction: jurisdiction)
            print(format == "json" ? report.json() : report.markdown())
        }
    }
}

/// The breach-deadline report. Deterministic: the same logs and options give the same output.
struct IncidentReport {
    struct Incident { var ts: Date; var feature: String; var kind: String; var detail: String }

    var jurisdiction: String
    var zone: TimeZone
    var window: (Date?, Date?)
    var incidents: [Incident] = []
    var categories: [String: Int] = [:]
    var blocked = 0
    var records = 0
    var awareAt: Date?

    static let zones: [String: String] = [
        "EU": "Europe/Brussels", "DE": "Europe/Berlin", "FR": "Europe/Paris", "AT": "Europe/Vienna", "NL": "Europe/Amsterdam",
        "BE": "Europe/Brussels", "IT": "Europe/Rome", "ES": "Europe/Madrid", "IE": "Europe/Dublin", "LU": "Europe/Luxembourg",
        "PL": "Europe/Warsaw", "UTC": "UTC",
    ]

    static func parseDate(_ s: String) throws -> Date {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: s) { return d }
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: s) { return d }
        throw ValidationError("not an ISO 8601 time: \(s) (e.g. 2026-03-29T01:30:00Z)")
    }

    static func build(logs: [String], since: String?, until: String?, awareAt: String?, jurisdiction: String) throws -> IncidentReport {
        guard let zid = zones[jurisdiction.uppercased()], let zone = TimeZone(identifier: zid) else {
            throw ValidationError("unknown jurisdiction \(jurisdiction) (known: \(zones.keys.sorted().joined(separator: ", ")))")
        }
        var r = IncidentReport(jurisdiction: jurisdiction.uppercased(), zone: zone, window: (try since.map(parseDate), try until.map(parseDate)))
        for path in logs {
            guard let bytes = LineReader.readFile(path) else { throw ValidationError("cannot read \(path)") }
            for line in bytes.split(separator: 0x0A) where !line.isEmpty {
                guard let v = try? JSON.parse(Array(line)), let tss = v["ts"]?.stringValue, let ts = try? parseDate(tss) else { continue }
                if let a = r.window.0, ts < a { continue }
                if let b = r.window.1, ts > b { continue }
                r.records += 1
                let verdict = v["verdict"]?.stringValue ?? ""
                let direction = v["direction"]?.stringValue ?? ""
                let feature = v["feature"]?.stringValue ?? "default"
                var rules: [String] = []
                if case .array(let rs)? = v["rules"] { rules = rs.compactMap { $0.stringValue } }
                if direction == "reply" || direction == "incident" || verdict == "block" {
                    if case .object(let es)? = v["entities"] {
                        for e in es { r.categories[e.key, default: 0] += Int(e.value.doubleValue ?? 0) }
                    }
                }
                if verdict == "block" { r.blocked += 1 }
                let leakRule = rules.first { $0 == "canary" || $0 == "system_prompt" || $0.hasPrefix("anomaly.") }
                if direction == "incident" || leakRule != nil || direction == "reply" && verdict != "allow" {
                    let kind = direction == "incident" ? (rules.first ?? "incident") : (leakRule ?? "reply.\(verdict)")
                    r.incidents.append(Incident(ts: ts, feature: feature, kind: kind, detail: v["detail"]?.stringValue ?? ""))
                }
            }
        }
        r.incidents.sort { ($0.ts, $0.feature, $0.kind) < ($1.ts, $1.feature, $1.kind) }
        r.awareAt = try awareAt.map(parseDate) ?? r.incidents.first?.ts
        return r
    }

    struct Deadline { var name: String; var basis: String; var due: Date; var missing: [String] }

    var deadlines: [Deadline] {
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
                        + ["approximate number of data subjects concerned", "name and contact details of the DPO",
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

    func markdown() -> String {
        var s = "# Incident report (\(jurisdiction), times in \(zone.identifier))\n\n"
        s += "- Records in the window: \(records); blocked calls: \(blocked); incidents: \(incidents.count)\n"
        if let a = window.0 { s += "- Since: \(utc(a))\n" }
        if let b = window.1 { s += "- Until: \(utc(b))\n" }
        if let f = incidents.first, let l = incidents.last { s += "- First seen: \(utc(f.ts)) (\(local(f.ts))); last seen: \(utc(l.ts)) (\(local(l.ts)))\n" }
        if let a = awareAt { s += "- Aware at: \(utc(a)) (\(local(a)))\n" }
        s += "\n## Data categories affected\n\n"
        if categories.isEmpty { s += "None recorded.\n" }
        for k in categories.keys.sorted() { s += "- \(k): \(categories[k]!)\n" }
        s += "\n## Incidents\n\n"
        if incidents.isEmpty { s += "None in the window.\n" }
        for i in incidents { s += "- \(utc(i.ts)) \(i.feature) \(i.kind)\(i.detail.isEmpty ? "" : ": \(i.detail)")\n" }
        s += "\n## Deadlines\n\n"
        if awareAt == nil { s += "No incident and no --aware-at: no deadline runs.\n" }
        for d in deadlines {
            s += "### \(d.name)\n\n- Due: \(utc(d.due)) (\(local(d.due))), \(d.basis)\n- Still missing:\n"
            for m in d.missing { s += "  - [ ] \(m)\n" }
            s += "\n"
        }
        return s
    }

    func json() -> String {
        var root: [JSONMember] = [
            JSONMember("jurisdiction", .string(jurisdiction)), JSONMember("time_zone", .string(zone.identifier)),
            JSONMember("records", .number(String(records))), JSONMember("blocked", .number(String(blocked))),
            JSONMember("aware_at", awareAt.map { .string(utc($0)) } ?? .null),
            JSONMember("first_seen", incidents.first.map { .string(utc($0.ts)) } ?? .null),
            JSONMember("last_seen", incidents.last.map { .string(utc($0.ts)) } ?? .null),
            JSONMember("categories", .object(categories.keys.sorted().map { JSONMember($0, .number(String(categories[$0]!))) })),
            JSONMember("incidents", .array(incidents.map { .object([
                JSONMember("ts", .string(utc($0.ts))), JSONMember("feature", .string($0.feature)),
                JSONMember("kind", .string($0.kind)), JSONMember("detail", .string($0.detail)),
            ]) })),
        ]
        root.append(JSONMember("deadlines", .array(deadlines.map { .object([
            JSONMember("name", .string($0.name)), JSONMember("basis", .string($0.basis)),
            JSONMember("due_utc", .string(utc($0.due))), JSONMember("due_local", .string(local($0.due))),
            JSONMember("missing", .array($0.missing.map { .string($0) })),
        ]) })))
        return JSON.serialize(.object(root))
    }
}
