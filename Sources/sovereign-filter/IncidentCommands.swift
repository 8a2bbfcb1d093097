import ArgumentParser
import Foundation
import SovereignFilter
import SovereignIncident

/// `sovereign-filter kill-switch on|off|status [--feature F] [--reason TEXT]`
struct KillSwitchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kill-switch", abstract: "Switch AI features off (or on again), globally or per feature.")

    @Argument(help: "on, off or status") var action: String
    @Option(name: .long, help: "A feature name (product_discovery, support_chat, checkout_assist, …); default: global.") var feature: String?
    @Option(name: .long, help: "Why (recorded with who and when).") var reason: String?
    @Option(name: .long, help: "Who (default: $SUDO_USER or $USER).") var by: String?
    @Option(name: .long, help: "State directory (default: policy state_dir, $SOVEREIGN_FILTER_STATE_DIR, /var/tmp/sovereign-filter).") var stateDir: String?
    @Option(name: .long, help: "Policy JSON file.") var policy: String?
    @Option(name: .long, help: "Redis/Valkey URL of a fleet's shared state (redis://[user:password@]host:port/db, unix:///path; default: policy redis, $SOVEREIGN_FILTER_REDIS_URL).") var redis: String?

    func run() throws {
        let runtime = try loadRuntime(policy: policy, stateDir: stateDir, redis: redis)
        let who = by ?? ProcessInfo.processInfo.environment["SUDO_USER"] ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
        switch action {
        case "on":
            guard let reason, !reason.isEmpty else { throw ValidationError("kill-switch on needs --reason") }
            try runtime.setKillSwitch(true, feature: feature, reason: reason, by: who)
            print("kill switch ON \(feature.map { "for \($0)" } ?? "(global)")")
        case "off":
            try runtime.setKillSwitch(false, feature: feature, reason: reason ?? "", by: who)
            print("kill switch OFF \(feature.map { "for \($0)" } ?? "(global)")")
        case "status":
            let st = runtime.killSwitchStatus()
            if st.isEmpty { print("kill switch: off (no switch at \(runtime.killSwitch.path))") }
            for key in st.keys.sorted() {
                let e = st[key]!
                print("\(key.isEmpty ? "global" : key): \(e.on ? "ON" : "off") — by \(e.by) at \(e.at)\(e.reason.isEmpty ? "" : ": \(e.reason)")")
            }
            if runtime.isDisabled(feature: feature) { throw ExitCode(3) }  // scripts: exit 3 when disabled
        default:
            throw ValidationError("action must be on, off or status")
        }
    }
}

func loadRuntime(policy: String?, stateDir: String?, redis: String? = nil) throws -> Runtime {
    var p = Policy()
    if let policy {
        guard let b = LineReader.readFile(policy) else { throw ExitCode(Exit.policy) }
        do { p = try Policy(json: b) } catch let e as SFError {
            Output.stderr("sovereign-filter: \(e.message)\n")
            throw ExitCode(Exit.policy)
        }
    }
    if let stateDir { p.stateDir = stateDir }
    do {
        if let redis { p.redis = try RedisSettings(url: redis) }
        return try Runtime(policy: p)
    } catch let e as SFError where e.code == .policy {
        Output.stderr("sovereign-filter: \(e.message)\n")
        throw ExitCode(Exit.policy)
    }
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

/// `sovereign-filter incident report|drill|evidence|lookup|transparency` (the playbook: README "Incident playbook").
struct IncidentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "incident", abstract: "Incident tools: the playbook as commands.",
                                                    subcommands: [Report.self, DrillCommand.self, EvidenceCommand.self, LookupCommand.self,
                                                                  TransparencyCommand.self])

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Incidents in a window, affected data categories and distinct affected values, and the NIS2/GDPR notification deadlines.")
        @Option(name: .long, parsing: .upToNextOption, help: "Inference log files (rotated parts log.1, log.2, … are read too).") var log: [String]
        @Option(name: .long, help: "Start of the window (ISO 8601).") var since: String?
        @Option(name: .long, help: "End of the window (ISO 8601).") var until: String?
        @Option(name: .long, help: "When the organisation became aware (ISO 8601); default: the first incident.") var awareAt: String?
        @Option(name: .long, help: "EU, DE, FR, AT, NL, BE, IT, ES, IE (sets the local time zone of the deadlines).") var jurisdiction: String = "EU"
        @Option(name: .long, help: "Only records of this region (policy \"region\").") var region: String?
        @Option(name: .long, help: "md or json") var format: String = "md"

        func run() throws {
            let report = try IncidentReport.build(logs: log, since: since, until: until, awareAt: awareAt, jurisdiction: jurisdiction, region: region)
            print(format == "json" ? report.json() : report.markdown())
        }
    }
}
