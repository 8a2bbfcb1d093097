import Testing
@testable import SovereignFilter

/// The policy document is one JSON object; `Policy(json:)` hands the detection fields to
/// `DetectionPolicy(fields:)` and the runtime fields to `RuntimeConfig(fields:)`. Each parser's errors
/// name the JSON field as written in the document.
struct PolicySplitTests {
    static func members(_ json: String) throws -> [JSONMember] {
        guard case .object(let m) = try JSON.parse(json) else { throw SFError.policy("(test)", "not an object") }
        return m
    }

    static func expectPolicyError(_ field: String, _ body: () throws -> Void) {
        do {
            try body()
            Issue.record("accepted; expected an error naming \(field)")
        } catch let e as SFError {
            #expect(e.code == .policy)
            #expect(e.message.hasPrefix("policy: \(field): "), "\(e.message) should name \(field)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    static let detectionErrors: [(String, String)] = [
        (#"{"min_score": -0.1}"#, "min_score"),
        (#"{"entities": []}"#, "entities"),
        (#"{"entities": {"EMAIL": "shred"}}"#, "entities.EMAIL"),
        (#"{"allow": [1]}"#, "allow[0]"),
        (#"{"deny": [""]}"#, "deny"),
        (#"{"max_input_bytes": 0}"#, "max_input_bytes"),
        (#"{"max_session_values": 1.5}"#, "max_session_values"),
        (#"{"json_escapes": "yes"}"#, "json_escapes"),
        (#"{"limits": {"jit": 1}}"#, "limits.jit"),
        (#"{"limits": {"speed": 5}}"#, "limits.speed"),
        (#"{"prompt_threshold": 0}"#, "prompt_threshold"),
        (#"{"prompt_rules": [{"id": "r", "pattern": "x", "weight": 3}]}"#, "prompt_rules[0].weight"),
        (#"{"patterns": [7]}"#, "patterns[0]"),
        (#"{"state_dir": "/tmp"}"#, "state_dir"),   // a runtime field is not the detection parser's
    ]

    @Test(arguments: detectionErrors)
    func detectionParserNamesTheField(_ row: (String, String)) throws {
        let m = try Self.members(row.0)
        Self.expectPolicyError(row.1) { _ = try DetectionPolicy(fields: m) }
        if row.1 != "state_dir" {
            Self.expectPolicyError(row.1) { _ = try Policy(json: Array(row.0.utf8)) }
        }
    }

    static let runtimeErrors: [(String, String)] = [
        (#"{"hash_key": 5}"#, "hash_key"),
        (#"{"session_key": "short"}"#, "session_key"),
        (#"{"state_dir": "relative/dir"}"#, "state_dir"),
        (#"{"kill_switch_recheck_ms": 70000}"#, "kill_switch_recheck_ms"),
        (#"{"log": "on"}"#, "log"),
        (#"{"log": {"max_bytes": 10}}"#, "log.max_bytes"),
        (#"{"log": {"session_key": "short"}}"#, "log.session_key"),
        (#"{"log": {"rotate": true}}"#, "log.rotate"),
        (#"{"anomaly": true}"#, "anomaly"),
        (#"{"anomaly": {"alpha": 2}}"#, "anomaly.alpha"),
        (#"{"anomaly": {"trip_kill_switch": "yes"}}"#, "anomaly.trip_kill_switch"),
        (#"{"min_score": 0.5}"#, "min_score"),   // a detection field is not the runtime parser's
    ]

    @Test(arguments: runtimeErrors)
    func runtimeParserNamesTheField(_ row: (String, String)) throws {
        let m = try Self.members(row.0)
        Self.expectPolicyError(row.1) { _ = try RuntimeConfig(fields: m) }
        if row.1 != "min_score" {
            Self.expectPolicyError(row.1) { _ = try Policy(json: Array(row.0.utf8)) }
        }
    }

    @Test func theDocumentIsSplitAndTheOldNamesForward() throws {
        let json = #"""
        {"version": 1, "min_score": 0.6, "entities": {"EMAIL": "mask"}, "json_escapes": true,
         "limits": {"match_limit": 5000}, "prompt_threshold": 0.8,
         "state_dir": "/var/lib/sf", "kill_switch_recheck_ms": 250, "hash_key": "0123456789abcdef",
         "log": {"path": "/var/log/sf.jsonl", "keep": 3}}
        """#
        let p = try Policy(json: Array(json.utf8))
        #expect(p.detection.minScore == 0.6 && p.minScore == 0.6)
        #expect(p.detection.operators[.email] == .mask && p.operatorFor(.email, withSession: true) == .mask)
        #expect(p.detection.jsonEscapes && p.detection.limits.matchLimit == 5000 && p.detection.promptThreshold == 0.8)
        #expect(p.runtime.stateDir == "/var/lib/sf" && p.stateDir == "/var/lib/sf")
        #expect(p.runtime.killSwitchRecheckMillis == 250 && p.runtime.hashKey == Array("0123456789abcdef".utf8))
        #expect(p.runtime.logEnabled && p.runtime.logPath == "/var/log/sf.jsonl" && p.runtime.logKeep == 3)
        #expect(p.runtime.anomaly == AnomalyDetector.Settings(), "the log turns the anomaly detector on, as before")
        #expect(p.detection == (try DetectionPolicy(fields: Self.members(json).filter { DetectionPolicy.fields.contains($0.key) })))

        var q = Policy()
        q.logEnabled = true
        q.jsonEscapes = true
        q.limits.jit = false
        #expect(q.runtime.logEnabled && q.detection.jsonEscapes && !q.detection.limits.jit)
        #expect(DetectionPolicy.fields.isDisjoint(with: RuntimeConfig.fields))
        #expect(Policy.knownKeys == DetectionPolicy.fields.union(RuntimeConfig.fields).union(["version"]))
    }
}
