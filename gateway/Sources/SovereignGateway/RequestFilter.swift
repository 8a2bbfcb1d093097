import SovereignFilter

/// Pseudonymizes every string of a request body (and every key, and long numbers), whatever the
/// endpoint: `messages[].content` and its parts, `tools[].function.description`, unknown top-level
/// fields, `metadata`, `user`. Collects the customer's own text for the prompt check and the system
/// prompt for echo detection. The few enum-like members in `structural` are left as they are.
struct RequestFilter {
    let engine: Engine
    let session: Session
    var counts: [String: Int] = [:]
    var findings: [Finding] = []
    /// Text of user-role messages, before pseudonymization (for the prompt-injection check).
    var userText: [String] = []

    /// Members whose value is an identifier of the API, not text: model names, roles, part types, ids.
    static let structural: Set<String> = ["model", "role", "type", "id", "tool_call_id", "object", "finish_reason", "encoding_format"]

    init(engine: Engine, session: Session) {
        self.engine = engine
        self.session = session
    }

    mutating func filter(_ v: JSONValue, key: String? = nil, role: String? = nil) throws -> JSONValue {
        switch v {
        case .string(let s):
            if let key, RequestFilter.structural.contains(key) { return v }
            // Inline images and audio are not text; everything else is scanned.
            if s.hasPrefix("data:image/") || s.hasPrefix("data:audio/") { return v }
            if role == "user" { userText.append(s) }
            if role == "system" || role == "developer" { session.registerSystemPrompt(s) }
            return .string(try text(s))
        case .number(let n):
            // A card or phone number sent as a JSON number is still the customer's number.
            guard n.utf8.count >= 9 else { return v }
            let t = try text(n)
            return t == n ? v : .string(t)
        case .array(let items):
            return .array(try items.map { try filter($0, key: key, role: role) })
        case .object(let members):
            let r = members.first { $0.key == "role" }?.value.stringValue ?? role
            return .object(try members.map { m in
                JSONMember(try text(m.key), try filter(m.value, key: m.key, role: r))
            })
        case .null, .bool:
            return v
        }
    }

    mutating func text(_ s: String) throws -> String {
        let r = try engine.redact(s, session: session)
        if r.blocked { throw GatewayFailure.blocked("the request holds data the policy does not let leave the shop", code: "entity_block") }
        if r.findings.isEmpty { return s }
        for f in r.findings { counts[f.type.name, default: 0] += 1 }
        findings += r.findings
        return String(decoding: r.text, as: UTF8.self)
    }
}

/// Checks every string of a JSON reply that came from the model (everything under `choices`, and error
/// messages, which may echo the request): pseudonyms restored, foreign PII redacted, block verdicts raised.
struct ReplyFilter {
    let engine: Engine
    let session: Session
    var counts: [String: Int] = [:]
    var verdict: Verdict = .allow
    var rules: [String] = []

    init(engine: Engine, session: Session) {
        self.engine = engine
        self.session = session
    }

    mutating func filter(_ v: JSONValue, key: String? = nil, inModelText: Bool = false) throws -> JSONValue {
        switch v {
        case .string(let s):
            guard inModelText, !(key.map(RequestFilter.structural.contains) ?? false) else { return v }
            return .string(try text(s))
        case .array(let items):
            return .array(try items.map { try filter($0, key: key, inModelText: inModelText) })
        case .object(let members):
            return .object(try members.map { m in
                JSONMember(m.key, try filter(m.value, key: m.key, inModelText: inModelText || m.key == "choices" || m.key == "error"))
            })
        case .number, .null, .bool:
            return v
        }
    }

    mutating func text(_ s: String) throws -> String {
        let c = try engine.checkOutput(Array(s.utf8), session: session)
        note(c.verdict, c.reasons)
        if c.verdict == .block { throw GatewayFailure.blocked("the model's answer was withheld by the output guard", code: "reply_block") }
        return String(decoding: c.text, as: UTF8.self)
    }

    mutating func note(_ v: Verdict, _ reasons: [Reason]) {
        verdict = max(verdict, v)
        for r in reasons {
            if let t = r.type { counts[t, default: 0] += 1 }
            if let rule = r.rule, !rules.contains(rule) { rules.append(rule) }
        }
    }
}
