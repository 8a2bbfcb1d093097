import Foundation
import SovereignFilter

/// `incident drill`: the tabletop exercise as a program. Shop-like guarded traffic (prompts and model
/// replies through the library, `rate` requests per second over worker threads on two runtimes — two
/// "nodes" sharing one state store, as two PHP-FPM pools or two gateway replicas do) warms up the
/// outflow detector, then the simulated model starts pasting other customers' records and secrets into
/// its replies at a rising rate. The drill measures what the playbook promises: the guard catches the
/// first leaked reply, the anomaly detector alerts, the kill switch trips, every later guarded call on
/// every node is refused within one kill-switch recheck, and the deadline report is produced — and it
/// never touches real traffic: its own feature name, its own state directory or Redis prefix, its own log.
public final class Drill: @unchecked Sendable {
    // @unchecked: the counters below are guarded by `lock`; options and runtimes are immutable.
    public struct Options {
        public var policy = Policy()
        public var policyPath: String?
        /// The drill's state directory (default: a new temporary one); its log goes there too.
        public var stateDir: String?
        /// A shared store instead of the directory (the caller gives the drill its own prefix).
        public var redis: RedisSettings?
        public var feature = "incident_drill"
        public var rate = 200
        public var seconds = 20
        public var windowSeconds = 1
        public var workers = 4
        public init() {}
    }

    public let options: Options
    public let directory: String
    public let logPath: String
    let runtimes: [Runtime]
    let recheckMillis: Int
    let lock = NSLock()

    // Measured while traffic runs (under `lock`).
    var next = 0
    var leakStart = Date.distantFuture
    var firstLeakedReply: (at: Date, verdict: String)?
    var firstCaught: Date?
    var lastAdmittedStart: Date?
    var firstRefusal: Date?
    var refusals: [Int]
    var admitted = 0
    var errors: [String] = []
    var injected: [String: Int] = [:]
    var injectedDistinct: [String: Set<String>] = [:]
    var caught: [String: Int] = [:]
    var passed: [String: Int] = [:]
    var stopAt = Date.distantFuture

    public init(_ options: Options) throws {
        guard options.rate >= 10 && options.rate <= 5000 else { throw ReportError("--rate must be 10…5000 requests per second") }
        guard options.seconds >= 8 && options.seconds <= 600 else { throw ReportError("--seconds must be 8…600") }
        guard options.windowSeconds >= 1 && options.windowSeconds <= 60 else { throw ReportError("the window must be 1…60 s") }
        self.options = options
        if let d = options.stateDir {
            directory = d
            try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        } else {
            var template = Array((NSTemporaryDirectory() + (NSTemporaryDirectory().hasSuffix("/") ? "" : "/") + "sovereign-filter-drill-XXXXXX").utf8CString)
            guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
                throw ReportError("cannot create a temporary state directory")
            }
            directory = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        }
        let stamp = Int(Date().timeIntervalSince1970 * 1000)
        logPath = directory + "/drill-\(stamp).jsonl"

        var p = options.policy
        p.runtime.stateDir = directory
        p.runtime.redis = options.redis
        p.runtime.logEnabled = true
        p.runtime.logPath = logPath
        p.runtime.logMaxBytes = 1 << 30
        if p.runtime.logSessionKey == nil {
            var rng = SystemRandomNumberGenerator()
            p.runtime.logSessionKey = (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }
        }
        // The detector on the drill's clock: short windows so a rehearsal takes seconds, the kill switch
        // tripped by the alert as the playbook's automatic containment. The policy's factor is kept.
        var a = AnomalyDetector.Settings()
        a.windowSeconds = options.windowSeconds
        a.factor = options.policy.runtime.anomaly?.factor ?? 3
        a.minCount = 10
        a.warmupWindows = 3
        a.tripKillSwitch = true
        p.runtime.anomaly = a
        recheckMillis = p.runtime.killSwitchRecheckMillis
        let engine = try Engine(policy: p)
        // Two nodes: separate store handles and kill-switch caches over the same state.
        let dir = directory, redis = options.redis
        runtimes = try (0..<2).map { _ in
            try Runtime(engine: engine, store: redis.map { RedisStateStore(settings: $0) } ?? FileStateStore(directory: dir))
        }
        refusals = [0, 0]
    }

    /// One measured step of the playbook.
    public struct Step {
        public var name: String
        public var role: String
        public var action: String
        public var at: Date?
        /// Seconds from the leak's start (nil: did not happen).
        public var elapsed: Double?
        public var target: String
        public var met: Bool
        public var measured: String
    }

    public struct Result {
        public var steps: [Step]
        /// The policy rehearsed: its file (or the built-in default) and fingerprint.
        public var policy: String
        public var feature: String
        public var store: String
        public var logPath: String
        public var rate: Int
        public var windowSeconds: Int
        public var recheckMillis: Int
        public var leakStart: Date
        public var admitted: Int
        public var refusals: [Int]
        public var injected: [String: Int]
        public var injectedDistinct: [String: Int]
        public var caught: [String: Int]
        public var passed: [String: Int]
        public var errors: [String]
        public var report: IncidentReport?
        public var passedAll: Bool { steps.allSatisfy(\.met) && errors.isEmpty }
    }

    /// Runs the exercise; throws only when it cannot start (an unreachable store, an unwritable directory).
    public func run() throws -> Result {
        let feature = options.feature
        // The drill's own switch starts off; a global switch already on means the drill cannot run.
        do {
            try runtimes[0].setKillSwitch(false, feature: feature, reason: "incident drill starts", by: "sovereign-filter incident drill")
        } catch {
            throw ReportError("the drill's state store cannot be written (\(runtimes[0].store.location)): \(error)")
        }
        if runtimes[0].isDisabled(feature: feature) {
            throw ReportError("the kill switch is on globally in \(runtimes[0].store.location): the drill needs its own state (--state-dir, a Redis prefix)")
        }
        let window = Double(options.windowSeconds)
        // Traffic starts on a window edge: a partial first window would give the detector a baseline far
        // below the real load, and the warm-up itself could raise an alert.
        let edge = (Date().timeIntervalSince1970 / window).rounded(.up) * window + 0.005
        Thread.sleep(until: Date(timeIntervalSince1970: edge))
        let begin = Date(timeIntervalSince1970: edge)
        // Warm-up: four full windows (the detector needs three closed ones), then the leak, on a window edge.
        lock.lock()
        leakStart = begin.addingTimeInterval(window * 4)
        stopAt = begin.addingTimeInterval(Double(options.seconds))
        lock.unlock()

        let workers = max(2, options.workers)
        let interval = Double(workers) / Double(options.rate)
        let done = DispatchGroup()
        for w in 0..<workers {
            done.enter()
            let t = Thread { [self] in
                self.work(node: w % 2, first: begin.addingTimeInterval(interval * Double(w) / Double(workers)), interval: interval, window: window)
                done.leave()
            }
            t.start()
        }
        done.wait()
        return try finish()
    }

    func work(node: Int, first: Date, interval: Double, window: Double) {
        let rt = runtimes[node]
        let engine = rt.engine
        var due = first
        while true {
            let now = Date()
            lock.lock()
            let stop = now >= stopAt
            let i = next
            next += 1
            let leakFrom = leakStart
            lock.unlock()
            if stop { return }
            if due > now { Thread.sleep(forTimeInterval: due.timeIntervalSince(now)) }
            due = max(due.addingTimeInterval(interval), Date().addingTimeInterval(-interval * 4))
            // The leak's rate rises from 20 % of replies by 40 points per window, up to every reply.
            let into = Date().timeIntervalSince(leakFrom)
            let p = into < 0 ? 0 : min(1, 0.2 + 0.4 * into / window)
            let leaking = p > 0 && Double((i &* 2_654_435_761) % 1000) < p * 1000
            let session = Session()
            let sid = "drill-\(i)"
            let prompt = Array(DrillTraffic.prompt(i).utf8)
            var start = Date()
            do {
                _ = try rt.guarded(CallContext(feature: options.feature, direction: "prompt", sessionID: sid)) {
                    let r = try engine.redact(prompt, session: session)
                    return (r, CallOutcome.redaction(r, source: prompt))
                }
                admittedCall(start)
                let (reply, leaks) = DrillTraffic.reply(i, leak: leaking)
                start = Date()
                let c = try rt.guarded(CallContext(feature: options.feature, direction: "reply", sessionID: sid)) {
                    let c = try engine.checkOutput(Array(reply.utf8), session: session, prompt: prompt)
                    return (c, CallOutcome.reply(c))
                }
                admittedCall(start, reply: c, leaks: leaks)
            } catch let e as SFError where e.code == .disabled {
                lock.lock()
                refusals[node] += 1
                if firstRefusal == nil {
                    firstRefusal = Date()
                    // Keep the traffic running one recheck and a second more: every later call must be refused.
                    stopAt = min(stopAt, Date().addingTimeInterval(Double(recheckMillis) / 1000 + 1))
                }
                lock.unlock()
            } catch {
                lock.lock(); if errors.count < 5 { errors.append("\(error)") }; lock.unlock()
            }
        }
    }

    func admittedCall(_ start: Date, reply c: OutputCheck? = nil, leaks: [DrillTraffic.Leak] = []) {
        let end = Date()
        lock.lock()
        defer { lock.unlock() }
        admitted += 1
        if start >= leakStart { lastAdmittedStart = max(lastAdmittedStart ?? start, start) }
        guard let c, !leaks.isEmpty else { return }
        let shown = String(decoding: c.text, as: UTF8.self)
        let flagged = Set(c.reasons.compactMap(\.type))
        if firstLeakedReply == nil { firstLeakedReply = (end, c.verdict.rawValue) }
        if c.verdict != .allow && firstCaught == nil { firstCaught = end }
        for l in leaks {
            injected[l.type, default: 0] += 1
            injectedDistinct[l.type, default: []].insert(l.value)
            if flagged.contains(l.type) { caught[l.type, default: 0] += 1 }
            if shown.contains(l.value) { passed[l.type, default: 0] += 1 }
        }
    }

    func finish() throws -> Result {
        let records = try LogFiles.records([logPath])
        let alert = records.first { $0.direction == "incident" && $0.verdict == "alert" && $0.ts >= leakStart.addingTimeInterval(-0.01) }
        let trip = records.first { $0.verdict == "kill_switch_on" && $0.feature == options.feature && $0.ts >= leakStart.addingTimeInterval(-0.01) }
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let report = try? IncidentReport.build(logs: [logPath], since: f.string(from: leakStart.addingTimeInterval(-Double(options.windowSeconds) * 4)),
                                               until: nil, awareAt: alert.map { f.string(from: $0.ts) }, jurisdiction: "EU",
                                               region: options.policy.runtime.region)
        let reportAt = report == nil ? nil : Date()
        let window = Double(options.windowSeconds)
        func since(_ d: Date?) -> Double? { d.map { $0.timeIntervalSince(leakStart) } }
        func ms(_ s: Double?) -> String { s.map { String(format: "%.0f ms", $0 * 1000) } ?? "did not happen" }

        var steps: [Step] = []
        let injectedAny = !injected.isEmpty
        let passedNone = passed.values.reduce(0, +) == 0
        let caughtFirst = firstLeakedReply.map { $0.verdict != "allow" } ?? false
        steps.append(Step(name: "Leaked reply blocked or redacted", role: "the filter (automatic)",
                          action: "checks every model reply before the customer sees it; other customers' data is redacted, secrets block",
                          at: firstCaught, elapsed: since(firstCaught), target: "the first leaked reply is caught and no leaked value reaches a customer",
                          met: injectedAny && caughtFirst && passedNone,
                          measured: "first leaked reply \(firstLeakedReply?.verdict ?? "none") after \(ms(since(firstCaught))); values shown to customers: \(passed.values.reduce(0, +))"))
        let alertIn = since(alert?.ts)
        steps.append(Step(name: "Anomaly alert raised", role: "on-call engineer",
                          action: "is paged by the incident record (direction \"incident\", verdict \"alert\") and opens the incident",
                          at: alert?.ts, elapsed: alertIn, target: "within two windows (\(Int(2 * window)) s) of the leak",
                          met: alertIn.map { $0 <= 2 * window } ?? false,
                          measured: "\(ms(alertIn)) after the leak started" + (alert.map { ": " + $0.detail } ?? "")))
        let tripIn = since(trip?.ts)
        steps.append(Step(name: "Kill switch tripped", role: "on-call engineer",
                          action: "automatic (anomaly.trip_kill_switch); by hand: sovereign-filter kill-switch on --feature \(options.feature) --reason \"…\"",
                          at: trip?.ts, elapsed: tripIn, target: "at the alert, within two windows of the leak",
                          met: tripIn.map { $0 <= 2 * window } ?? false && trip != nil && alert != nil,
                          measured: "\(ms(tripIn)) after the leak started"))
        let latency = trip.map { t in max(0, (lastAdmittedStart ?? t.ts).timeIntervalSince(t.ts)) }
        let everyNode = refusals.allSatisfy { $0 > 0 }
        let contained = latency.map { $0 * 1000 <= Double(recheckMillis) + 10 } ?? false
        steps.append(Step(name: "Every later guarded call refused", role: "on-call engineer",
                          action: "confirms containment: sovereign-filter kill-switch status --feature \(options.feature) (exit 3 while off)",
                          at: trip.map { $0.ts.addingTimeInterval(latency ?? 0) }, elapsed: trip.map { since($0.ts)! + (latency ?? 0) },
                          target: "every node refuses within one kill-switch recheck (\(recheckMillis) ms) of the trip",
                          met: contained && everyNode,
                          measured: "last call admitted \(ms(latency)) after the trip; refused calls per node: \(refusals.map(String.init).joined(separator: ", "))"))
        steps.append(Step(name: "Deadline report produced", role: "incident lead",
                          action: "runs sovereign-filter incident report --log … --aware-at <alert> and opens the evidence bundle (incident evidence)",
                          at: reportAt, elapsed: since(reportAt), target: "within 60 s of the trip",
                          met: reportAt != nil && trip != nil && reportAt!.timeIntervalSince(trip!.ts) <= 60,
                          measured: reportAt == nil ? "failed" : "\(ms(trip.map { reportAt!.timeIntervalSince($0.ts) })) after the trip"))
        let distinct = report?.affected.mapValues(\.count) ?? [:]
        let truth = injectedDistinct.mapValues(\.count)
        steps.append(Step(name: "Affected customers counted", role: "DPO",
                          action: "takes the distinct affected values per type into the GDPR Art. 33 notification; answers customers with incident lookup",
                          at: reportAt, elapsed: since(reportAt), target: "distinct values in the report equal the distinct values leaked",
                          met: !truth.isEmpty && truth == distinct,
                          measured: "report: " + (distinct.isEmpty ? "none" : distinct.keys.sorted().map { "\($0) \(distinct[$0]!)" }.joined(separator: ", "))
                            + "; leaked: " + truth.keys.sorted().map { "\($0) \(truth[$0]!)" }.joined(separator: ", ")))
        lock.lock()
        defer { lock.unlock() }
        return Result(steps: steps, policy: "\(options.policyPath ?? "built-in default") (fingerprint \(runtimes[0].policy.fingerprint))",
                      feature: options.feature, store: runtimes[0].store.location, logPath: logPath, rate: options.rate,
                      windowSeconds: options.windowSeconds, recheckMillis: recheckMillis, leakStart: leakStart, admitted: admitted,
                      refusals: refusals, injected: injected, injectedDistinct: truth, caught: caught, passed: passed, errors: errors,
                      report: report)
    }
}
