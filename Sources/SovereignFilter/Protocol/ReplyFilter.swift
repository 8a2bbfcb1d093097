/// Checks every string of a JSON reply, whatever the route (chat `choices`, Responses `output` items
/// and `function_call` arguments, error messages, fields of routes the gateway does not know):
/// pseudonyms restored, foreign PII redacted, block verdicts raised. Only `structural` members (ids,
/// types, roles, model names) pass unchecked. A Responses reply echoes the request's `instructions`:
/// the client gets back exactly what it sent, not whatever the upstream put there.
public struct ReplyFilter {
    public let engine: Engine
    public let session: Session
    /// The request's `instructions` (Responses API), to put back where the reply echoes them.
    public let instructions: JSONValue?
    public var counts: [String: Int] = [:]
    /// The texts with leaks and their findings (`CallOutcome.Subject`), for the log's value hashes.
    public var subjects: [CallOutcome.Subject] = []
    public var verdict: Verdict = .allow
    public var rules: [String] = []

    public init(engine: Engine, session: Session, instructions: JSONValue? = nil) {
        self.engine = engine
        self.session = session
        self.instructions = instructions
    }

    public mutating func filter(_ v: JSONValue, key: String? = nil, embedded: Bool = false) throws -> JSONValue {
        switch v {
        case .string(let s):
            if !embedded, let key, RequestFilter.structural.contains(key) { return v }
            if !embedded, key == "instructions", let instructions { return instructions }
            // Function-call arguments and other JSON in a string: member by member, written back.
            if let r = try RequestFilter.rewritingEmbeddedJSON(s, { try filter($0, embedded: true) }) { return r }
            return .string(try text(s))
        case .number(let n):
            return try RequestFilter.longNumber(v, n) { try text($0) }
        case .array(let items):
            return .array(try items.map { try filter($0, key: key, embedded: embedded) })
        case .object(let members):
            return .object(try members.map { m in JSONMember(m.key, try filter(m.value, key: m.key, embedded: embedded)) })
        case .null, .bool:
            return v
        }
    }

    public mutating func text(_ s: String) throws -> String {
        let c = try engine.checkOutput(Array(s.utf8), session: session)
        note(c.verdict, c.reasons)
        // The leaked values, kept (in memory) for the log's keyed hashes; a clean string keeps nothing.
        if let s = CallOutcome.reply(c).subject { subjects.append(s) }
        if c.verdict == .block { throw ProtocolFailure.blocked("the model's answer was withheld by the output guard", code: "reply_block") }
        return String(decoding: c.text, as: UTF8.self)
    }

    mutating func note(_ v: Verdict, _ reasons: [Reason]) {
        verdict = max(verdict, v)
        for r in reasons {
            if let t = r.type { counts[t, default: 0] += 1 }
            if let rule = r.rule, !rules.contains(rule) { rules.append(rule) }
        }
    }

    /// The id of a Responses-API response object (`{"object":"response","id":…}`), also inside a
    /// streamed event's `response` member.
    public static func responseID(_ v: JSONValue) -> String? {
        if v["object"]?.stringValue == "response", let id = v["id"]?.stringValue { return id }
        if let r = v["response"], r["object"]?.stringValue == "response", let id = r["id"]?.stringValue { return id }
        return nil
    }
}

extension ReplyFilter {
    /// Verdicts and counts over a whole reply, for the log and the metrics.
    public struct Tally: Sendable {
        public var verdict: Verdict = .allow
        public var counts: [String: Int] = [:]
        public var rules: [String] = []
        public var subjects: [CallOutcome.Subject] = []
        public init() {}
        public mutating func add(_ f: ReplyFilter) {
            verdict = max(verdict, f.verdict)
            subjects += f.subjects
            for (k, n) in f.counts { counts[k, default: 0] += n }
            for r in f.rules where !rules.contains(r) { rules.append(r) }
        }
    }
}
