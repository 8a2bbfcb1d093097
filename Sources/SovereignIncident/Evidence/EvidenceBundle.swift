import Crypto
import Foundation
import SovereignFilter

/// The forensic bundle for the authorities: one ustar file (`Tar`) holding the inference logs (every
/// rotated part, byte for byte), the chain verification, the kill switch's state and history, the
/// policy in force and its SHA-256, the incident and deadline reports, and `manifest.json` — name,
/// size and SHA-256 of every member — with `manifest.hmac`, HMAC-SHA256 of the manifest under a key
/// kept outside the bundle. Whoever holds the key can show that not one byte changed since the bundle
/// was made; `verify` names the first member that does not match.
public enum EvidenceBundle {
    public struct Input {
        public var logs: [String]
        public var policyBytes: [UInt8]?
        public var policyPath: String?
        public var policy: Policy
        public var killSwitch: [String: KillSwitch.Entry]
        public var killSwitchLocation: String
        public var region: String?
        public var since: String?
        public var until: String?
        public var awareAt: String?
        public var jurisdiction = "EU"
        public init(logs: [String], policyBytes: [UInt8]?, policyPath: String?, policy: Policy, killSwitch: [String: KillSwitch.Entry],
                    killSwitchLocation: String, region: String?) {
            self.logs = logs; self.policyBytes = policyBytes; self.policyPath = policyPath; self.policy = policy
            self.killSwitch = killSwitch; self.killSwitchLocation = killSwitchLocation; self.region = region
        }
    }

    /// A key file's bytes (a trailing newline dropped): at least 16 bytes.
    public static func key(file: String) throws -> SymmetricKey {
        guard var b = FileManager.default.contents(atPath: file).map(Array.init) else { throw ReportError("cannot read the key file \(file)") }
        while let l = b.last, l == 0x0A || l == 0x0D { b.removeLast() }
        guard b.count >= 16 else { throw ReportError("the key file \(file) holds fewer than 16 bytes") }
        return SymmetricKey(data: b)
    }

    static func sha256(_ b: [UInt8]) -> String { InferenceLog.hex(Array(SHA256.hash(data: b))) }

    /// The bundle's bytes.
    public static func build(_ input: Input, key: SymmetricKey, now: Date = Date()) throws -> [UInt8] {
        var members: [Tar.Member] = []
        // Logs: each name's parts oldest first, under logs/ (a numbered prefix when two logs share a name).
        var chain = "# Inference log chain verification\n\n"
        var used = Set<String>()
        for name in input.logs {
            let parts = LogFiles.expand([name])
            guard FileManager.default.fileExists(atPath: name) || parts.count > 1 else { throw ReportError("cannot read \(name)") }
            for p in parts {
                guard let data = FileManager.default.contents(atPath: p).map(Array.init) else { throw ReportError("cannot read \(p)") }
                var base = "logs/" + (p as NSString).lastPathComponent
                var k = 2
                while used.contains(base) { base = "logs/\(k)-" + (p as NSString).lastPathComponent; k += 1 }
                used.insert(base)
                members.append(Tar.Member(name: base, data: data))
            }
            let v = InferenceLog.verify(parts.filter { FileManager.default.fileExists(atPath: $0) })
            chain += "- \(name) (\(parts.count) part(s)): "
            chain += v.problem.map { "BROKEN at \($0.file) line \($0.line): \($0.reason) (\(v.records) records verified before it)\n" }
                ?? "OK, \(v.records) records, chain intact\n"
        }
        members.append(Tar.Member(name: "chain-verification.md", data: Array(chain.utf8)))

        // Kill switch: its state in the store now, and its history from the logs.
        var ks: [JSONMember] = []
        for k in input.killSwitch.keys.sorted() {
            let e = input.killSwitch[k]!
            ks.append(JSONMember(k.isEmpty ? "global" : k, .object([JSONMember("on", .bool(e.on)), JSONMember("by", .string(e.by)),
                                                                    JSONMember("reason", .string(e.reason)), JSONMember("at", .string(e.at))])))
        }
        let state = JSON.serialize(.object([JSONMember("store", .string(input.killSwitchLocation)), JSONMember("entries", .object(ks))]))
        members.append(Tar.Member(name: "kill-switch/state.json", data: Array((state + "\n").utf8)))
        var history = ""
        for r in try LogFiles.records(LogFiles.expand(input.logs), region: input.region)
        where r.rules.contains("kill_switch") || r.verdict == "alert" || r.verdict == "disabled" && r.direction != "reply" {
            history += JSON.serialize(.object([JSONMember("ts", r.value["ts"] ?? .null), JSONMember("feature", .string(r.feature)),
                                               JSONMember("event", .string(r.verdict)), JSONMember("detail", .string(r.detail))])) + "\n"
        }
        members.append(Tar.Member(name: "kill-switch/history.jsonl", data: Array(history.utf8)))

        // The policy: the file as given (or the built-in default named as such), its hash and summary.
        let policyData = input.policyBytes ?? Array("{}\n".utf8)
        members.append(Tar.Member(name: "policy/policy.json", data: policyData))
        let policyInfo = JSON.serialize(.object([
            JSONMember("file", input.policyPath.map { .string($0) } ?? .string("(none: the built-in default policy)")),
            JSONMember("sha256", .string(sha256(policyData))),
            JSONMember("summary", input.policy.summary),
        ]))
        members.append(Tar.Member(name: "policy/policy-info.json", data: Array((policyInfo + "\n").utf8)))

        // The incident and deadline reports over the same logs.
        let report = try IncidentReport.build(logs: input.logs, since: input.since, until: input.until, awareAt: input.awareAt,
                                              jurisdiction: input.jurisdiction, region: input.region)
        members.append(Tar.Member(name: "reports/incident-report.md", data: Array(report.markdown().utf8)))
        members.append(Tar.Member(name: "reports/incident-report.json", data: Array((report.json() + "\n").utf8)))
        let transparency = try TransparencyRecord.build(logs: input.logs, since: input.since, until: input.until, region: input.region)
        members.append(Tar.Member(name: "reports/transparency.json", data: Array((transparency.json() + "\n").utf8)))

        // The manifest, then its MAC.
        let f = ISO8601DateFormatter()
        let manifest = JSON.serialize(.object([
            JSONMember("format", .string("sovereign-filter evidence bundle 1")),
            JSONMember("created", .string(f.string(from: now))),
            JSONMember("region", input.region.map { .string($0) } ?? .null),
            JSONMember("members", .array(members.map { .object([
                JSONMember("name", .string($0.name)), JSONMember("size", .number(String($0.data.count))),
                JSONMember("sha256", .string(sha256($0.data))),
            ]) })),
        ])) + "\n"
        let m = Array(manifest.utf8)
        members.append(Tar.Member(name: "manifest.json", data: m))
        let mac = InferenceLog.hex(Array(HMAC<SHA256>.authenticationCode(for: m, using: key)))
        members.append(Tar.Member(name: "manifest.hmac", data: Array((mac + "\n").utf8)))
        return try Tar.write(members, mtime: Int(now.timeIntervalSince1970))
    }

    /// The verification of a bundle: nil problem when every member matches.
    public struct Verification {
        public var members: Int
        public var problem: (member: String, reason: String)?
    }

    public static func verify(_ bytes: [UInt8], key: SymmetricKey) -> Verification {
        let members: [Tar.Member]
        do { members = try Tar.read(bytes) } catch let f as Tar.Failure {
            return Verification(members: 0, problem: (f.member, f.reason))
        } catch { return Verification(members: 0, problem: ("(archive)", "\(error)")) }
        guard let manifest = members.first(where: { $0.name == "manifest.json" }) else {
            return Verification(members: members.count, problem: ("manifest.json", "missing"))
        }
        guard let macMember = members.first(where: { $0.name == "manifest.hmac" }) else {
            return Verification(members: members.count, problem: ("manifest.hmac", "missing"))
        }
        var macHex = macMember.data
        while macHex.last == 0x0A { macHex.removeLast() }
        guard let mac = unhex(macHex), mac.count == 32, macHex.count == 64,
              HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: manifest.data, using: key) else {
            return Verification(members: members.count, problem: ("manifest.json", "its HMAC does not match: the manifest or manifest.hmac was changed, or this is not the bundle's key"))
        }
        guard case .array(let listed)? = (try? JSON.parse(manifest.data))?["members"] else {
            return Verification(members: members.count, problem: ("manifest.json", "not a manifest"))
        }
        var byName: [String: Tar.Member] = [:]
        for m in members { byName[m.name] = m }
        var named = Set(["manifest.json", "manifest.hmac"])
        // Members in archive order, so "the first member that does not match" is the first in the file.
        let expected = Dictionary(listed.compactMap { e -> (String, (Int, String))? in
            guard let n = e["name"]?.stringValue, let s = e["size"]?.doubleValue, let h = e["sha256"]?.stringValue else { return nil }
            return (n, (Int(s), h))
        }, uniquingKeysWith: { a, _ in a })
        for m in members where !named.contains(m.name) {
            guard let (size, hash) = expected[m.name] else { return Verification(members: members.count, problem: (m.name, "not in the manifest")) }
            if m.data.count != size || sha256(m.data) != hash {
                return Verification(members: members.count, problem: (m.name, "SHA-256 does not match the manifest (the member was changed)"))
            }
            named.insert(m.name)
        }
        for n in expected.keys.sorted() where !named.contains(n) {
            return Verification(members: members.count, problem: (n, "listed in the manifest but missing from the bundle"))
        }
        return Verification(members: members.count, problem: nil)
    }

    static func unhex(_ b: [UInt8]) -> [UInt8]? {
        guard b.count % 2 == 0 else { return nil }
        func v(_ c: UInt8) -> UInt8? {
            switch c { case 0x30...0x39: return c - 0x30; case 0x61...0x66: return c - 0x61 + 10; default: return nil }
        }
        var out: [UInt8] = []
        var i = 0
        while i < b.count { guard let h = v(b[i]), let l = v(b[i + 1]) else { return nil }; out.append(h << 4 | l); i += 2 }
        return out
    }
}
