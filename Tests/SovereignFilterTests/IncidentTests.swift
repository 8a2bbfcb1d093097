import Testing
@testable import SovereignFilter
#if canImport(Glibc)
import Glibc
#endif

func tempDir() -> String {
    var template = Array("/tmp/sf-test-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
}

func readLines(_ path: String) -> [[UInt8]] {
    (StateFiles.read(path, limit: 1 << 30) ?? []).split(separator: 0x0A).map(Array.init)
}

func writeFile(_ path: String, _ lines: [[UInt8]]) {
    var all: [UInt8] = []
    for l in lines { all += l + [0x0A] }
    try! StateFiles.writeAtomically(path, all)
}

@Suite(.serialized) struct KillSwitchTests {
    @Test func globalAndPerFeatureWithWhoWhyWhen() throws {
        let dir = tempDir()
        let writer = KillSwitch(directory: dir, recheckMillis: 0)
        #expect(!writer.isOn() && !writer.isOn(feature: "support_chat"))
        try writer.set(true, feature: "support_chat", reason: "leak suspected", by: "alice")
        #expect(writer.isOn(feature: "support_chat") && !writer.isOn(feature: "checkout_assist") && !writer.isOn())
        let e = try #require(writer.status()["support_chat"])
        #expect(e.on && e.by == "alice" && e.reason == "leak suspected" && e.at.hasSuffix("Z"))
        try writer.set(true, reason: "incident 42", by: "bob")
        #expect(writer.isOn(feature: "checkout_assist"))
        try writer.set(false, reason: "", by: "bob")
        try writer.set(false, feature: "support_chat", reason: "", by: "bob")
        #expect(!writer.isOn(feature: "support_chat"))
        #expect(throws: SFError.self) { try writer.set(true, feature: "../etc", reason: "x", by: "y") }
    }

    @Test func anotherInstanceSeesTheChangeWithinTheRecheckInterval() throws {
        let dir = tempDir()
        let reader = KillSwitch(directory: dir, recheckMillis: 50)
        let writer = KillSwitch(directory: dir, recheckMillis: 0)
        #expect(!reader.isOn())
        try writer.set(true, reason: "test", by: "t")
        // Cached: may still say off right away; after the interval it must say on.
        usleep(60_000)
        #expect(reader.isOn())
    }

    @Test func unreadableSwitchFileFailsClosed() throws {
        let dir = tempDir()
        try StateFiles.writeAtomically(dir + "/killswitch.json", Array("{not json".utf8))
        #expect(KillSwitch(directory: dir, recheckMillis: 0).isOn(feature: "any"))
    }

    @Test func runtimeUsesThePolicyStateDir() throws {
        let dir = tempDir()
        let e = try Runtime(policyJSON: Array(#"{"state_dir": "\#(dir)", "kill_switch_recheck_ms": 0}"#.utf8))
        #expect(!e.isDisabled(feature: "support_chat"))
        try e.setKillSwitch(true, feature: "support_chat", reason: "r", by: "b")
        #expect(e.isDisabled(feature: "support_chat") && !e.isDisabled(feature: "product_discovery"))
    }
}

@Suite(.serialized) struct InferenceLogTests {
    func makeLog(_ n: Int, maxBytes: Int = 64 << 20) throws -> (InferenceLog, String) {
        let dir = tempDir()
        let log = InferenceLog(path: dir + "/inference.jsonl", maxBytes: maxBytes, keep: 5)
        for k in 0..<n {
            try log.append(LogRecord(feature: "support_chat", direction: k % 2 == 0 ? "prompt" : "reply", verdict: "redact",
                                     entities: ["EMAIL": 1], rules: [], session: log.hashSession("s\(k % 3)")))
        }
        return (log, dir)
    }

    @Test func recordsCarryNoRawTextAndChainVerifies() throws {
        let (log, _) = try makeLog(20)
        let lines = readLines(log.path)
        #expect(lines.count == 20)
        let first = String(decoding: lines[0], as: UTF8.self)
        #expect(first.contains("\"prev\": \"\(InferenceLog.genesis)\"") && !first.contains("s0"))
        #expect(InferenceLog.verify([log.path]).problem == nil)
        #expect(InferenceLog.verify([log.path]).records == 20)
        #expect(log.hashSession("abc") == log.hashSession("abc") && log.hashSession("abc") != log.hashSession("abd"))
    }

    @Test func editsDeletionsAndReorderingAreCaught() throws {
        let (log, _) = try makeLog(10)
        let lines = readLines(log.path)
        var edited = lines
        edited[4] = Array(String(decoding: edited[4], as: UTF8.self).replacing("\"EMAIL\": 1", with: "\"EMAIL\": 0").utf8)
        writeFile(log.path, edited)
        #expect(InferenceLog.verify([log.path]).problem?.line == 6)
        var deleted = lines
        deleted.remove(at: 3)
        writeFile(log.path, deleted)
        #expect(InferenceLog.verify([log.path]).problem?.line == 4)
        var swapped = lines
        swapped.swapAt(2, 3)
        writeFile(log.path, swapped)
        #expect(InferenceLog.verify([log.path]).problem?.line == 3)
    }

    @Test func rotationKeepsTheChain() throws {
        let (log, _) = try makeLog(60, maxBytes: 4096)
        var files: [String] = []
        for k in stride(from: 5, through: 1, by: -1) where StateFiles.read("\(log.path).\(k)") != nil { files.append("\(log.path).\(k)") }
        files.append(log.path)
        #expect(files.count >= 3)
        let v = InferenceLog.verify(files)
        #expect(v.problem == nil && v.records == 60)
        // Dropping a middle file breaks the chain.
        var gap = files
        gap.remove(at: 1)
        #expect(InferenceLog.verify(gap).problem != nil)
    }

    @Test func concurrentWritersLoseNothing() throws {
        let dir = tempDir()
        let path = dir + "/inference.jsonl"
        final class Box: @unchecked Sendable { let path: String; init(_ p: String) { path = p } }
        let box = Box(path)
        var threads: [pthread_t] = []
        for _ in 0..<4 {
            var th = pthread_t()
            pthread_create(&th, nil, { arg in
                let b = Unmanaged<Box>.fromOpaque(arg!).takeRetainedValue()
                // A separate InferenceLog object per thread: like separate processes, only the file is shared.
                let log = InferenceLog(path: b.path)
                for _ in 0..<2500 { try! log.append(LogRecord(feature: "f", direction: "prompt", verdict: "allow")) }
                return nil
            }, Unmanaged.passRetained(box).toOpaque())
            threads.append(th)
        }
        for th in threads { pthread_join(th, nil) }
        #expect(readLines(path).count == 10_000)
        #expect(InferenceLog.verify([path]).problem == nil)
    }

    @Test func runtimeRecordsAndAnomaliesBecomeIncidents() throws {
        let dir = tempDir()
        let policy = #"{"state_dir": "\#(dir)", "log": {"include_text": false}, "kill_switch_recheck_ms": 0,"# +
            #" "anomaly": {"window_seconds": 1, "factor": 3, "min_count": 5, "warmup_windows": 1, "trip_kill_switch": true}}"#
        let e = try Runtime(policyJSON: Array(policy.utf8))
        try e.guarded(CallContext(feature: "support_chat", sessionID: "s1")) {
            let r = try e.engine.redact("mail bob@example.org")
            return (r, .redaction(r))
        }
        let lines = readLines(dir + "/inference.jsonl")
        #expect(lines.count == 1)
        #expect(!String(decoding: lines[0], as: UTF8.self).contains("bob@example.org"))
        #expect(!String(decoding: lines[0], as: UTF8.self).contains("[EMAIL]"))  // text only when the policy asks
        #expect(!e.isDisabled(feature: "support_chat"))
    }
}

struct AnomalyTests {
    @Test func quietOnSteadyLoadAlertsOnSpike() throws {
        var s = AnomalyDetector.Settings()
        s.windowSeconds = 60; s.factor = 3; s.minCount = 20; s.warmupWindows = 3
        let d = AnomalyDetector(s)
        var alerts = 0
        // Ten windows of a steady 30 e-mails per minute.
        for w in 0..<10 { for k in 0..<30 { if try d.record(feature: "chat", signal: "EMAIL", now: w * 60 + k) != nil { alerts += 1 } } }
        #expect(alerts == 0)
        // A spike: 200 in the next minute → one alert, once.
        var spike: [AnomalyDetector.Alert] = []
        for k in 0..<200 { if let a = try d.record(feature: "chat", signal: "EMAIL", now: 600 + k % 60) { spike.append(a) } }
        #expect(spike.count == 1)
        #expect(spike.first?.count ?? 0 > 90 && spike.first?.baseline ?? 0 > 25)
        // Other features and signals are separate series.
        #expect(try d.record(feature: "checkout", signal: "EMAIL", now: 600) == nil)
    }

    @Test func noAlertBeforeWarmup() throws {
        let d = AnomalyDetector(AnomalyDetector.Settings())
        for k in 0..<500 { #expect(try d.record(feature: "f", signal: "BLOCK", now: k % 60) == nil) }
    }
}
