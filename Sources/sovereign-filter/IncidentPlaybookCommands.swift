import ArgumentParser
import Foundation
import SovereignFilter
import SovereignIncident

/// A policy file and its bytes (the evidence bundle keeps the file as it was); nil path: the default.
func loadPolicy(_ path: String?) throws -> (Policy, [UInt8]?) {
    guard let path else { return (Policy(), nil) }
    guard let b = LineReader.readFile(path) else { throw ExitCode(Exit.policy) }
    do { return (try Policy(json: b), b) } catch let e as SFError {
        Output.stderr("sovereign-filter: \(e.message)\n")
        throw ExitCode(Exit.policy)
    }
}

func writeOutput(_ text: String, to out: String?) throws {
    guard let out else { print(text); return }
    guard FileManager.default.createFile(atPath: out, contents: Data((text + "\n").utf8)) else {
        throw ValidationError("cannot write \(out)")
    }
}

/// `sovereign-filter incident drill [--policy FILE] [--state-dir DIR | --redis URL] [--feature F] [--rate N] [--seconds S] [--format md|json] [--out FILE]`
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "drill",
        abstract: "Rehearse a leak under load: warm-up traffic, a simulated leak, alert, kill switch, refusal, deadline report — timed against the playbook's targets.",
        discussion: "Runs only its own traffic under its own feature name, in a new temporary state directory (or --state-dir) or, with --redis, under a Redis prefix of its own (sf-drill-<pid>-<time>: unless the URL names one). Exit 0 when every step met its target, 1 when one did not, 2 when the drill could not run.")

    @Option(name: .long, help: "Policy JSON file: its detection, region and kill_switch_recheck_ms are rehearsed (its state, log and Redis are not used).") var policy: String?
    @Option(name: .long, help: "The drill's own state directory (default: a new temporary one).") var stateDir: String?
    @Option(name: .long, help: "Rehearse on a Redis/Valkey fleet store (redis://host:port/db); a prefix of the drill's own unless ?prefix= is given.") var redis: String?
    @Option(name: .long, help: "The drill's feature name.") var feature: String = "incident_drill"
    @Option(name: .long, help: "Guarded requests per second (each: a prompt and a reply).") var rate: Int = 200
    @Option(name: .long, help: "Longest run in seconds (warm-up about 4 windows, then the leak).") var seconds: Int = 20
    @Option(name: .long, help: "The anomaly detector's window in seconds for the drill.") var window: Int = 1
    @Option(name: .long, help: "md or json") var format: String = "md"
    @Option(name: .long, help: "Write the report to this file (default: standard output).") var out: String?

    func run() throws {
        guard format == "md" || format == "json" else { throw ValidationError("--format must be md or json") }
        guard stateDir == nil || redis == nil else { throw ValidationError("give --state-dir or --redis, not both") }
        var o = Drill.Options()
        (o.policy, _) = try loadPolicy(policy)
        o.policyPath = policy
        o.stateDir = stateDir
        o.feature = feature
        o.rate = rate
        o.seconds = seconds
        o.windowSeconds = window
        if let redis {
            do {
                var r = try RedisSettings(url: redis)
                if !redis.contains("prefix=") { try r.setPrefix("sf-drill-\(getpid())-\(Int(Date().timeIntervalSince1970)):") }
                o.redis = r
            } catch let e as SFError { throw ValidationError("--redis: \(e.message)") }
        }
        let result: Drill.Result
        do { result = try Drill(o).run() } catch {
            Output.stderr("sovereign-filter: the drill could not run: \(error)\n")
            throw ExitCode(2)
        }
        try writeOutput(format == "json" ? result.json() : result.markdown(), to: out)
        if !result.passedAll { throw ExitCode(1) }
    }
}

/// `sovereign-filter incident evidence --log FILE… [--state-dir DIR | --redis URL] [--policy FILE] --key-file K --out BUNDLE.tar`
/// and `sovereign-filter incident evidence verify --key-file K BUNDLE.tar`
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evidence", abstract: "Forensic evidence bundles: create (default) or verify.",
                                                    subcommands: [Create.self, Verify.self], defaultSubcommand: Create.self)

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create",
            abstract: "Bundle the logs (all rotated parts), chain verification, kill-switch state and history, policy and its hash, incident and deadline reports, and a manifest MAC'ed with the key.")
        @Option(name: .long, parsing: .upToNextOption, help: "Inference log files (rotated parts are included).") var log: [String]
        @Option(name: .long, help: "State directory whose kill switch is recorded.") var stateDir: String?
        @Option(name: .long, help: "Redis/Valkey URL whose kill switch is recorded.") var redis: String?
        @Option(name: .long, help: "The policy in force (its bytes, hash and summary go into the bundle).") var policy: String?
        @Option(name: .long, help: "Key file (at least 16 bytes) for the manifest's HMAC-SHA256; it is not put into the bundle.") var keyFile: String
        @Option(name: .long, help: "The bundle to write (a tar file).") var out: String
        @Option(name: .long, help: "Reports over records of this region only (the logs go in whole: their chain must stay verifiable).") var region: String?
        @Option(name: .long, help: "Start of the reports' window (ISO 8601).") var since: String?
        @Option(name: .long, help: "End of the reports' window (ISO 8601).") var until: String?
        @Option(name: .long, help: "When the organisation became aware (ISO 8601).") var awareAt: String?
        @Option(name: .long, help: "Jurisdiction of the deadlines (EU, DE, FR, …).") var jurisdiction: String = "EU"

        func run() throws {
            guard !log.isEmpty else { throw ValidationError("give at least one --log") }
            let (p, bytes) = try loadPolicy(policy)
            let runtime = try loadRuntime(policy: policy, stateDir: stateDir, redis: redis)
            let key = try EvidenceBundle.key(file: keyFile)
            var input = EvidenceBundle.Input(logs: log, policyBytes: bytes, policyPath: policy, policy: p,
                                             killSwitch: runtime.killSwitchStatus(), killSwitchLocation: runtime.killSwitch.path, region: region)
            input.since = since; input.until = until; input.awareAt = awareAt; input.jurisdiction = jurisdiction
            let tar = try EvidenceBundle.build(input, key: key)
            // Written to a temporary name and renamed: a bundle is whole or absent.
            let tmp = out + ".partial"
            guard FileManager.default.createFile(atPath: tmp, contents: Data(tar)), rename(tmp, out) == 0 else {
                throw ValidationError("cannot write \(out)")
            }
            print("evidence bundle \(out): \(tar.count) bytes; verify with: sovereign-filter incident evidence verify --key-file \(keyFile) \(out)")
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check every member against the MAC'ed manifest; names the first member that does not match (exit 1).")
        @Option(name: .long, help: "The key file the bundle was made with.") var keyFile: String
        @Argument(help: "The bundle (tar).") var bundle: String

        func run() throws {
            let key = try EvidenceBundle.key(file: keyFile)
            guard let bytes = FileManager.default.contents(atPath: bundle).map(Array.init) else { throw ValidationError("cannot read \(bundle)") }
            let v = EvidenceBundle.verify(bytes, key: key)
            if let p = v.problem {
                print("BROKEN: \(p.member): \(p.reason)")
                throw ExitCode(1)
            }
            print("OK: \(v.members) members, manifest MAC and every SHA-256 match")
        }
    }
}

/// `sovereign-filter incident lookup --value V --type EMAIL --log FILE… --policy FILE`
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lookup",
        abstract: "Did this customer's value appear? Compares its keyed hash with the log's (needs the policy with the log's session_key). Exit 0 found, 1 not found.")
    @Option(name: .long, help: "The value (an e-mail address, an IBAN, …); it is hashed, never written anywhere.") var value: String
    @Option(name: .long, help: "Its entity type: EMAIL, IBAN, PHONE, CREDIT_CARD, …") var type: String
    @Option(name: .long, parsing: .upToNextOption, help: "Inference log files.") var log: [String]
    @Option(name: .long, help: "The policy whose log.session_key wrote the log.") var policy: String?
    @Option(name: .long, help: "Start of the window (ISO 8601).") var since: String?
    @Option(name: .long, help: "End of the window (ISO 8601).") var until: String?
    @Option(name: .long, help: "Only records of this region.") var region: String?

    func run() throws {
        let (p, _) = try loadPolicy(policy)
        var q = p
        q.runtime.logEnabled = true  // the hash needs the log's key, not a log file
        q.runtime.logPath = "/nonexistent/sovereign-filter-lookup.jsonl"
        let runtime = try Runtime(policy: q, store: FileStateStore(directory: "/nonexistent/sovereign-filter-lookup"))
        let r = try AffectedLookup.run(value: value, type: type.uppercased(), runtime: runtime, logs: log,
                                       since: try since.map(IncidentReport.parseDate), until: try until.map(IncidentReport.parseDate), region: region)
        print(r.text(), terminator: "")
        if r.hits.isEmpty { throw ExitCode(1) }
    }
}

/// `sovereign-filter incident transparency --log FILE… [--since T] [--until T] [--format md|json]`
struct TransparencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "transparency",
        abstract: "The accountability record of a period: policies in force, calls by verdict and feature, findings, blocks, incidents, kill-switch events, canary roll-backs.")
    @Option(name: .long, parsing: .upToNextOption, help: "Inference log files (the gateway's too).") var log: [String]
    @Option(name: .long, help: "Start of the period (ISO 8601).") var since: String?
    @Option(name: .long, help: "End of the period (ISO 8601).") var until: String?
    @Option(name: .long, help: "Only records of this region.") var region: String?
    @Option(name: .long, help: "md or json") var format: String = "md"

    func run() throws {
        let t = try TransparencyRecord.build(logs: log, since: since, until: until, region: region)
        print(format == "json" ? t.json() : t.markdown())
    }
}
