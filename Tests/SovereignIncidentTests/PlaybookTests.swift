import Crypto
import Foundation
import Testing
import SovereignFilter
@testable import SovereignIncident

/// The incident playbook's tools on real logs written by a runtime: distinct affected values, lookup,
/// transparency, evidence bundles (ustar + MAC'ed manifest) and their verification.
@Suite(.serialized) struct PlaybookTests {
    func tempDir() -> String {
        let d = NSTemporaryDirectory() + "sf-playbook-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    /// A runtime of `region` over `dir`, which leaks `emails` in replies of `feature`.
    func writeLog(_ dir: String, region: String = "eu-central", feature: String = "support_chat", emails: [String], maxBytes: Int? = nil) throws -> Runtime {
        let mb = maxBytes.map { #", "max_bytes": \#($0)"# } ?? ""
        let policy = #"{"state_dir": "\#(dir)", "region": "\#(region)", "log": {"session_key": "log key of the playbook tests"\#(mb)}}"#
        let rt = try Runtime(policyJSON: Array(policy.utf8))
        for e in emails {
            _ = try rt.guarded(CallContext(feature: feature, direction: "reply")) {
                let c = try rt.engine.checkOutput("Here is another customer: \(e) and IBAN DE89 3704 0044 0532 0130 00", session: nil)
                return (c, .reply(c))
            }
        }
        return rt
    }

    @Test func reportCountsDistinctAffectedValuesPerTypeAndFeatureAndSelectsARegion() throws {
        let dir = tempDir()
        _ = try writeLog(dir, emails: ["a@example.com", "b@example.com", "A@Example.com", "c@example.com"])
        _ = try writeLog(dir, feature: "product_discovery", emails: ["a@example.com"])
        _ = try writeLog(dir, region: "us-east", emails: ["z@example.com", "y@example.com"])
        let log = dir + "/inference.jsonl"
        let eu = try IncidentReport.build(logs: [log], since: nil, until: nil, awareAt: nil, jurisdiction: "EU", region: "eu-central")
        #expect(eu.records == 5)
        #expect(eu.affected.mapValues(\.count) == ["EMAIL": 3, "IBAN": 1])
        #expect(eu.affectedByFeature["support_chat"]?.mapValues(\.count) == ["EMAIL": 3, "IBAN": 1])
        #expect(eu.affectedByFeature["product_discovery"]?.mapValues(\.count) == ["EMAIL": 1, "IBAN": 1])
        #expect(eu.markdown().contains("- EMAIL: 3 distinct") && eu.markdown().contains("- Region: eu-central"))
        #expect(eu.json().contains(#""affected_distinct": {"EMAIL": 3, "IBAN": 1}"#))
        // Known now: the GDPR deadline no longer lists the number of data subjects as missing.
        #expect(!eu.deadlines[2].missing.contains { $0.contains("data subjects") })
        let all = try IncidentReport.build(logs: [log], since: nil, until: nil, awareAt: nil, jurisdiction: "EU")
        #expect(all.records == 7 && all.affected["EMAIL"]?.count == 5)
        let us = try IncidentReport.build(logs: [log], since: nil, until: nil, awareAt: nil, jurisdiction: "EU", region: "us-east")
        #expect(us.records == 2 && us.affected["EMAIL"]?.count == 2)
    }

    @Test func lookupFindsACustomersValueWithoutTheLogHoldingIt() throws {
        let dir = tempDir()
        let rt = try writeLog(dir, emails: ["anna.schmidt@example.org", "b@example.com"])
        let log = dir + "/inference.jsonl"
        let hit = try AffectedLookup.run(value: "Anna.Schmidt@Example.org", type: "EMAIL", runtime: rt, logs: [log], since: nil, until: nil, region: nil)
        #expect(hit.hits.count == 1 && hit.hits[0].direction == "reply" && hit.hits[0].verdict == "redact")
        #expect(hit.text().hasPrefix("FOUND: this EMAIL appears in 1 record(s)"))
        let miss = try AffectedLookup.run(value: "nobody@example.org", type: "EMAIL", runtime: rt, logs: [log], since: nil, until: nil, region: nil)
        #expect(miss.hits.isEmpty && miss.text().hasPrefix("not found"))
        // Without the log's key no hash can match: refused, not "not found".
        let keyless = try Runtime(policyJSON: Array(#"{"state_dir": "\#(dir)", "log": true}"#.utf8))
        #expect(throws: ReportError.self) {
            try AffectedLookup.run(value: "anna.schmidt@example.org", type: "EMAIL", runtime: keyless, logs: [log], since: nil, until: nil, region: nil)
        }
    }

    @Test func transparencyRecordCountsCallsFindingsBlocksPoliciesAndSwitchEvents() throws {
        let dir = tempDir()
        let rt = try writeLog(dir, emails: ["a@example.com"])
        _ = try rt.guarded(CallContext(feature: "support_chat", direction: "reply")) {
            let c = try rt.engine.checkOutput("key sk_live_4eC39HqLyjWDarjtT1zdp7dc", session: nil)
            return (c, .reply(c))
        }
        try rt.setKillSwitch(true, feature: "support_chat", reason: "drill", by: "tester")
        _ = try? rt.guarded(CallContext(feature: "support_chat")) { ((), nil as CallOutcome?) }
        let t = try TransparencyRecord.build(logs: [dir + "/inference.jsonl"], since: nil, until: nil)
        #expect(t.calls["support_chat"] == ["redact": 1, "block": 1, "disabled": 1])
        #expect(t.findings["reply"] == ["EMAIL": 1, "IBAN": 1, "SECRET": 1])
        #expect(t.blocks == ["SECRET": 1])
        #expect(t.killSwitch.map(\.kind) == ["kill_switch_on"] && t.killSwitch[0].detail == "by tester: drill")
        let fp = rt.policy.fingerprint
        #expect(t.policies.keys.sorted() == [fp] && t.policies[fp]?.starts == 1 && t.policies[fp]?.records == 4)
        #expect(t.policies[fp]?.summary?["operators"]?["EMAIL"]?.stringValue == "redact")
        let md = t.markdown(), json = t.json()
        #expect(md.contains("`\(fp)`") && md.contains("- support_chat: block 1, disabled 1, redact 1") && md.contains("kill_switch_on: by tester: drill"))
        #expect(json.contains(#""blocks": {"SECRET": 1}"#) && json.contains(#""region": "eu-central""#))
        #expect(!json.contains("a@example.com") && !md.contains("a@example.com"))
    }

    @Test func tarRoundTripAndStrictReading() throws {
        let members = [Tar.Member(name: "a.txt", data: Array("hello".utf8)), Tar.Member(name: "dir/empty", data: []),
                       Tar.Member(name: "big.bin", data: (0..<1500).map { UInt8($0 % 251) })]
        let tar = try Tar.write(members, mtime: 1_700_000_000)
        #expect(tar.count % 512 == 0 && tar.count == 512 * (3 + 1 + 0 + 3) + 1024)
        #expect(try Tar.read(tar) == members)
        // The system's tar reads it too (when present): it is plain ustar.
        let path = tempDir() + "/t.tar"
        FileManager.default.createFile(atPath: path, contents: Data(tar))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/tar")
        p.arguments = ["-tf", path]
        let pipe = Pipe()
        p.standardOutput = pipe
        if (try? p.run()) != nil {
            p.waitUntilExit()
            #expect(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "a.txt\ndir/empty\nbig.bin\n")
        }
        #expect(throws: Tar.Failure.self) { try Tar.write([Tar.Member(name: String(repeating: "n", count: 101), data: [])], mtime: 0) }
        var cut = tar; cut.removeLast(600)
        #expect(throws: Tar.Failure.self) { try Tar.read(cut) }
        var trailing = tar; trailing.append(1)
        #expect(throws: Tar.Failure.self) { try Tar.read(trailing) }
    }

    @Test func evidenceBundleVerifiesAndAnyChangedByteNamesItsMember() throws {
        let dir = tempDir()
        // A small max_bytes: the log rotates, and every part goes into the bundle.
        let rt = try writeLog(dir, emails: (0..<40).map { "customer\($0)@example.com" }, maxBytes: 4096)
        try rt.setKillSwitch(true, feature: "support_chat", reason: "leak", by: "on-call")
        let log = dir + "/inference.jsonl"
        #expect(FileManager.default.fileExists(atPath: log + ".1"))
        let key = SymmetricKey(data: Array("evidence key, kept by the DPO".utf8))
        let input = EvidenceBundle.Input(logs: [log], policyBytes: Array(#"{"region": "eu-central"}"#.utf8), policyPath: "/etc/sf/policy.json",
                                         policy: rt.policy, killSwitch: rt.killSwitchStatus(), killSwitchLocation: rt.killSwitch.path, region: "eu-central")
        let bundle = try EvidenceBundle.build(input, key: key)
        let v = EvidenceBundle.verify(bundle, key: key)
        #expect(v.problem == nil)
        let members = try Tar.read(bundle)
        let names = members.map(\.name)
        #expect(names.filter { $0.hasPrefix("logs/") }.count == LogFiles.expand([log]).count && names.contains("logs/inference.jsonl.1"))
        #expect(names.suffix(2) == ["manifest.json", "manifest.hmac"])
        for n in ["chain-verification.md", "kill-switch/state.json", "kill-switch/history.jsonl", "policy/policy.json",
                  "policy/policy-info.json", "reports/incident-report.md", "reports/incident-report.json", "reports/transparency.json"] {
            #expect(names.contains(n), "\(n)")
        }
        let text = { (n: String) in String(decoding: members.first { $0.name == n }!.data, as: UTF8.self) }
        #expect(text("chain-verification.md").contains("OK, 41 records, chain intact"))
        #expect(text("kill-switch/history.jsonl").contains("kill_switch_on") && text("kill-switch/state.json").contains("\"on\": true"))
        #expect(text("reports/incident-report.md").contains("- EMAIL: 40 distinct"))
        #expect(!String(decoding: bundle, as: UTF8.self).contains("evidence key"))
        // Wrong key: the manifest's MAC fails.
        let wrong = EvidenceBundle.verify(bundle, key: SymmetricKey(data: Array("some other key of 16+ bytes".utf8)))
        #expect(wrong.problem?.member == "manifest.json")
        // One changed byte in each member's data and in each header names that member.
        var offset = 0
        for m in members {
            let dataAt = offset + 512
            for at in [offset + 3, offset + 130, dataAt, dataAt + max(0, m.data.count - 1)] where at < dataAt + m.data.count || at < dataAt {
                var b = bundle
                b[at] ^= 0x01
                let r = EvidenceBundle.verify(b, key: key)
                let expected = m.name == "manifest.hmac" || m.name == "manifest.json" ? ["manifest.json", "manifest.hmac"] : [m.name]
                #expect(r.problem != nil, "byte \(at) of \(m.name)")
                if at >= dataAt || at == offset + 130 { #expect(expected.contains(r.problem?.member ?? ""), "byte \(at) of \(m.name): \(String(describing: r.problem))") }
            }
            offset = dataAt + (m.data.count + 511) / 512 * 512
        }
        // A changed padding or end block byte fails too.
        var end = bundle
        end[end.count - 1] = 1
        #expect(EvidenceBundle.verify(end, key: key).problem != nil)
    }
}
