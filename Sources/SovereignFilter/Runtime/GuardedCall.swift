/// Who makes a guarded call: the feature (the kill switch's scope, the log's and the anomaly
/// detector's series), the direction, and the session id (the log keeps only its keyed hash).
public struct CallContext: Sendable, Equatable {
    public var feature: String
    /// "prompt" (text on its way to a model) or "reply" (a model's answer).
    public var direction: String
    public var sessionID: String?

    public init(feature: String = "default", direction: String = "prompt", sessionID: String? = nil) {
        self.feature = feature
        self.direction = direction
        self.sessionID = sessionID
    }
}

/// What a guarded call did, as the inference log and the anomaly detector see it: the verdict, entity
/// counts by type, rule ids, and the text sent on (logged only with the policy's `log.include_text`).
public struct CallOutcome: Sendable, Equatable {
    public var verdict: String
    public var entities: [String: Int]
    public var rules: [String]
    public var text: [UInt8]?
    /// The text the findings point into and the spans of the values found, kept in memory only: the
    /// runtime turns them into keyed hashes for the log record (`LogRecord.values`) and drops them.
    public var subject: Subject?
    /// Further texts of the same call (a JSON reply checked string by string), hashed alike.
    public var moreSubjects: [Subject] = []

    public struct Subject: Sendable, Equatable {
        public var text: [UInt8]
        public var findings: [Finding]
        public init(text: [UInt8], findings: [Finding]) { self.text = text; self.findings = findings }
    }

    public init(verdict: String, entities: [String: Int] = [:], rules: [String] = [], text: [UInt8]? = nil, subject: Subject? = nil) {
        self.verdict = verdict
        self.entities = entities
        self.rules = rules
        self.text = text
        self.subject = subject
    }

    /// Counts by type; with `source` (the text the findings point into) the values are hashed for the log too.
    public init(verdict: String, findings: [Finding], rules: [String] = [], text: [UInt8]? = nil, source: [UInt8]? = nil) {
        var counts: [String: Int] = [:]
        for f in findings { counts[f.type.name, default: 0] += 1 }
        self.init(verdict: verdict, entities: counts, rules: rules, text: text,
                  subject: source.flatMap { findings.isEmpty ? nil : Subject(text: $0, findings: findings) })
    }

    /// A scan: "allow" without findings, else "scan".
    public static func scan(_ findings: [Finding], source: [UInt8]? = nil) -> CallOutcome {
        CallOutcome(verdict: findings.isEmpty ? "allow" : "scan", findings: findings, source: source)
    }

    /// A redaction: "block", "allow" or "redact"; a blocked text is never logged. `source`: the input.
    public static func redaction(_ r: RedactionResult, source: [UInt8]? = nil) -> CallOutcome {
        CallOutcome(verdict: r.blocked ? "block" : r.findings.isEmpty ? "allow" : "redact", findings: r.findings,
                    text: r.blocked ? nil : r.text, source: source)
    }

    /// A prompt check: its verdict and rules.
    public static func prompt(_ c: PromptCheck) -> CallOutcome { CallOutcome(verdict: c.verdict.rawValue, rules: c.rules) }

    /// An output check (whole or streamed): the verdict, the types and rules of its reasons, the text
    /// shown (never on block).
    public static func reply(_ verdict: Verdict, _ reasons: [Reason], text: [UInt8]) -> CallOutcome {
        var counts: [String: Int] = [:]
        for r in reasons { if let t = r.type { counts[t, default: 0] += 1 } }
        return CallOutcome(verdict: verdict.rawValue, entities: counts, rules: reasons.compactMap(\.rule),
                           text: verdict == .block ? nil : text)
    }

    /// A whole output check: also the values of its leaks (the reply as restored, offsets of the reasons).
    public static func reply(_ c: OutputCheck) -> CallOutcome {
        var o = reply(c.verdict, c.reasons, text: c.text)
        let found = c.reasons.compactMap { r in r.type.map { Finding(start: r.start, end: r.end, type: EntityType($0), score: 1) } }
        if !found.isEmpty && !c.restored.isEmpty { o.subject = Subject(text: c.restored, findings: found) }
        return o
    }
}

extension Runtime {
    /// The guarded sequence, once for every front end: the kill switch (on: the refusal is recorded,
    /// best effort, and `SFError(.disabled)` thrown before `body` runs), then `body` (the call: it
    /// returns its result and what to record, or nil for an intermediate step such as a stream chunk),
    /// then the log record and the anomaly detector. Recording errors are errors of the call (fail
    /// closed: evidence that cannot be written is not silently skipped). When `body` throws,
    /// `onFailure` may name an outcome to record (best effort) and the error is rethrown unchanged.
    public func guarded<R>(_ call: CallContext, onFailure: ((any Error) -> CallOutcome?)? = nil,
                           _ body: () throws -> (R, CallOutcome?)) throws -> R {
        try admit(call)
        let result: R, outcome: CallOutcome?
        do { (result, outcome) = try body() } catch {
            if let o = onFailure?(error) { try? record(call, o) }
            throw error
        }
        if let outcome { try record(call, outcome) }
        return result
    }

    /// The same for a call that suspends (a streamed reply relayed event by event).
    public func guarded<R>(_ call: CallContext, onFailure: ((any Error) -> CallOutcome?)? = nil,
                           _ body: () async throws -> (R, CallOutcome?)) async throws -> R {
        try admit(call)
        let result: R, outcome: CallOutcome?
        do { (result, outcome) = try await body() } catch {
            if let o = onFailure?(error) { try? record(call, o) }
            throw error
        }
        if let outcome { try record(call, outcome) }
        return result
    }

    /// The guarded sequence's first step alone, for a front end that must refuse before it reads a
    /// request (the gateway): throws `SFError(.disabled)` after recording the refusal (best effort).
    public func admit(_ call: CallContext) throws {
        guard killSwitch.isOn(feature: call.feature) else { return }
        try? record(call, CallOutcome(verdict: "disabled"))
        throw SFError(.disabled, "AI features are switched off (kill switch) for \(call.feature)"
                      + (killSwitch.reason(feature: call.feature).map { ": " + $0 } ?? ""))
    }

    /// The keyed hashes of the distinct values found, per type (canonical forms, so spellings agree).
    func valueHashes(_ s: CallOutcome.Subject, _ log: InferenceLog) -> [String: [String]] {
        var out: [String: Set<String>] = [:]
        s.text.withUnsafeBufferPointer { t in
            for f in s.findings where f.start >= 0 && f.start < f.end && f.end <= t.count {
                out[f.type.name, default: []].insert(log.hashValue(type: f.type.name, canonical: engine.canonicalValue(f, t)))
            }
        }
        return out.mapValues { $0.sorted() }
    }

    /// The log record and the outflow counts; an alert becomes an incident record and, when the policy
    /// says so, trips the kill switch for the feature.
    func record(_ call: CallContext, _ o: CallOutcome) throws {
        guard log != nil || anomaly != nil else { return }
        if let log {
            var r = LogRecord(
                feature: call.feature, direction: call.direction, verdict: o.verdict, entities: o.entities, rules: o.rules,
                session: call.sessionID.map { log.hashSession($0) },
                redactedText: policy.logIncludeText ? o.text.map { String(decoding: $0, as: UTF8.self) } : nil)
            r.region = policy.region
            for subject in (o.subject.map { [$0] } ?? []) + o.moreSubjects {
                r.values.merge(valueHashes(subject, log)) { Array(Set($0).union($1)).sorted() }
            }
            try append(r, to: log)
        }
        guard let anomaly else { return }
        let now = StateFiles.now().0
        var signals = o.entities
        if o.verdict == "block" { signals["BLOCK", default: 0] += 1 }
        if o.rules.contains("canary") { signals["CANARY", default: 0] += 1 }
        for (signal, n) in signals.sorted(by: { $0.key < $1.key }) {
            guard let alert = try anomaly.record(feature: call.feature, signal: signal, n: n, now: now) else { continue }
            let detail = "outflow of \(signal) in \(call.feature): \(alert.count) in the window from \(StateFiles.iso8601(alert.windowStart)) against a baseline of \(Int(alert.baseline.rounded()))"
            try recordEvent(LogRecord(feature: call.feature, direction: "incident", verdict: "alert", entities: [signal: alert.count],
                                      rules: ["anomaly.\(signal)"], detail: detail))
            if anomaly.settings.tripKillSwitch {
                try setKillSwitch(true, feature: call.feature, reason: "anomaly detector: " + detail, by: "sovereign-filter anomaly detector")
            }
        }
    }
}
