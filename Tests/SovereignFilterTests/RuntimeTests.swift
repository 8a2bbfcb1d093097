import Testing
@testable import SovereignFilter
#if canImport(Glibc)
import Glibc
#endif

/// The guarded call (kill switch → call → verdict → log record → anomaly detector) and the split
/// between the immutable engine and the runtime around it.
@Suite(.serialized) struct RuntimeTests {
    func runtime(_ dir: String, _ extra: String = "") throws -> Runtime {
        try Runtime(policyJSON: Array(#"{"state_dir": "\#(dir)", "kill_switch_recheck_ms": 0, "log": true\#(extra)}"#.utf8))
    }

    func records(_ dir: String) -> [JSONValue] {
        readLines(dir + "/inference.jsonl").compactMap { try? JSON.parse($0) }
    }

    @Test func allowedCallIsRecordedWithItsVerdictAndAHashedSession() throws {
        let dir = tempDir()
        let rt = try runtime(dir)
        let r = try rt.guarded(CallContext(feature: "support_chat", sessionID: "customer-42")) {
            let r = try rt.engine.redact("mail bob@example.org")
            return (r, .redaction(r))
        }
        #expect(String(decoding: r.text, as: UTF8.self) == "mail [EMAIL]")
        let log = records(dir)
        #expect(log.count == 1)
        #expect(log.first?["feature"]?.stringValue == "support_chat" && log.first?["verdict"]?.stringValue == "redact")
        #expect(log.first?["direction"]?.stringValue == "prompt")
        #expect(log.first?["entities"]?["EMAIL"]?.doubleValue == 1)
        let session = try #require(log.first?["session"]?.stringValue)
        #expect(session.count == 32 && session != "customer-42")
    }

    @Test func disabledCallIsRefusedBeforeItRunsAndTheRefusalRecorded() throws {
        let dir = tempDir()
        let rt = try runtime(dir)
        try rt.setKillSwitch(true, feature: "support_chat", reason: "drill", by: "test")
        var ran = false
        #expect(throws: SFError.self) {
            try rt.guarded(CallContext(feature: "support_chat", direction: "reply")) { ran = true; return ((), CallOutcome(verdict: "allow")) }
        }
        do {
            try rt.guarded(CallContext(feature: "support_chat")) { ((), nil as CallOutcome?) }
            Issue.record("a disabled feature ran")
        } catch let e as SFError {
            #expect(e.code == .disabled)
        }
        #expect(!ran)
        // The switch itself is an event of the log (its history for evidence), then the two refusals.
        let all = records(dir)
        #expect(all.first?["verdict"]?.stringValue == "kill_switch_on" && all.first?["direction"]?.stringValue == "event")
        #expect(all.first?["detail"]?.stringValue == "by test: drill")
        let log = Array(all.dropFirst())
        #expect(log.count == 2 && log.allSatisfy { $0["verdict"]?.stringValue == "disabled" })
        #expect(log.first?["direction"]?.stringValue == "reply")
        // Another feature still runs.
        let n = try rt.guarded(CallContext(feature: "checkout_assist")) { (7, CallOutcome(verdict: "allow")) }
        #expect(n == 7 && records(dir).count == 4)
    }

    @Test func aLogThatCannotBeWrittenFailsTheCall() throws {
        let dir = tempDir()
        // The log's path is a directory: no record can be appended.
        let rt = try Runtime(policyJSON: Array(#"{"state_dir": "\#(dir)", "log": {"path": "\#(dir)"}}"#.utf8))
        do {
            _ = try rt.guarded(CallContext()) {
                let r = try rt.engine.redact("mail bob@example.org")
                return (r, .redaction(r))
            }
            Issue.record("the call returned although its record could not be written")
        } catch let e as SFError {
            #expect(e.code == .internal)
        }
        // An intermediate step (nothing to record) still runs.
        #expect(try rt.guarded(CallContext()) { (1, nil as CallOutcome?) } == 1)
    }

    @Test func aFailedCallRecordsItsFailureOutcomeAndRethrows() throws {
        let dir = tempDir()
        let rt = try runtime(dir)
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try rt.guarded(CallContext(direction: "reply"), onFailure: { _ in CallOutcome(verdict: "block") }) { () throws -> (Int, CallOutcome?) in
                throw Boom()
            }
        }
        #expect(records(dir).map { $0["verdict"]?.stringValue } == ["block"])
    }

    @Test func anomalyAlertsBecomeIncidentsAndTripTheSwitch() throws {
        let dir = tempDir()
        let rt = try runtime(dir, #", "anomaly": {"window_seconds": 1, "min_count": 5, "warmup_windows": 1, "trip_kill_switch": true}"#)
        // One quiet window for the baseline, then a burst.
        try rt.guarded(CallContext(feature: "support_chat")) { ((), CallOutcome(verdict: "allow")) }
        try rt.guarded(CallContext(feature: "support_chat")) { ((), CallOutcome(verdict: "redact", entities: ["EMAIL": 1])) }
        usleep(1_100_000)
        for _ in 0..<5 {
            try rt.guarded(CallContext(feature: "support_chat")) { ((), CallOutcome(verdict: "redact", entities: ["EMAIL": 1])) }
        }
        #expect(records(dir).contains { $0["direction"]?.stringValue == "incident" && $0["rules"] == .array([.string("anomaly.EMAIL")]) })
        #expect(rt.isDisabled(feature: "support_chat") && !rt.isDisabled(feature: "checkout_assist"))
        #expect(throws: SFError.self) { try rt.guarded(CallContext(feature: "support_chat")) { ((), nil as CallOutcome?) } }
    }

    @Test func theEngineHoldsNoWritableState() throws {
        let engine = try Engine(policy: .default)
        for child in Mirror(reflecting: engine).children {
            #expect(!(child.value is KillSwitch) && !(child.value is InferenceLog) && !(child.value is AnomalyDetector)
                        && !(child.value is any StateStore), "Engine.\(child.label ?? "?") is runtime state")
        }
    }

    @Test func twoRuntimesOverOneEngineAreIndependent() throws {
        let (d1, d2) = (tempDir(), tempDir())
        var p = Policy()
        p.logEnabled = true
        p.killSwitchRecheckMillis = 0
        let engine = try Engine(policy: p)
        let a = try Runtime(engine: engine, store: FileStateStore(directory: d1))
        let b = try Runtime(engine: engine, store: FileStateStore(directory: d2))
        #expect(a.engine === b.engine)
        try a.setKillSwitch(true, reason: "only here", by: "test")
        #expect(a.isDisabled() && !b.isDisabled())
        #expect(access(d1 + "/killswitch.json", F_OK) == 0 && access(d2 + "/killswitch.json", F_OK) != 0)
        #expect(throws: SFError.self) { try a.guarded(CallContext()) { ((), nil as CallOutcome?) } }
        #expect(try b.guarded(CallContext()) { (true, nil as CallOutcome?) })
    }
}
