/// Pseudonymizes every string of a request body (and every key, and long numbers), whatever the
/// endpoint: chat `messages[].content` and its parts, Responses `input` (a string, message items,
/// content parts, `function_call_output`) and `instructions`, tool descriptions, unknown top-level
/// fields, `metadata`, `user`. A string that is itself a JSON document (a tool result serialized into
/// a string, often with `\uXXXX` escapes) is filtered as JSON, member by member, and written back.
/// Collects the customer's own text for the prompt check and the system prompt for echo detection.
/// The few enum-like members in `structural` are left as they are — at the top level of the API's
/// own shapes only; inside embedded JSON every string is the application's data and is scanned.
public struct RequestFilter {
    public let engine: Engine
    public let session: Session
    public var counts: [String: Int] = [:]
    public var findings: [Finding] = []
    /// Text of user-role messages, before pseudonymization (for the prompt-injection check).
    public var userText: [String] = []

    /// Members whose value is an identifier of the API, not text: model names, roles, part types, ids.
    public static let structural: Set<String> = ["model", "role", "type", "id", "tool_call_id", "object", "finish_reason", "encoding_format",
                                          "previous_response_id", "call_id", "item_id", "response_id"]

    public init(engine: Engine, session: Session) {
        self.engine = engine
        self.session = session
    }

    /// The whole body. With `responses`, `input` given as a string is the customer's prompt and
    /// `instructions` the system prompt.
    public mutating func filterBody(_ v: JSONValue, responses: Bool) throws -> JSONValue {
        guard responses, case .object(let members) = v else { return try filter(v) }
        return .object(try members.map { m in
            if case .string(let s) = m.value {
                if m.key == "input" { userText.append(s) }
                if m.key == "instructions" { session.registerSystemPrompt(s) }
            }
            return JSONMember(try text(m.key), try filter(m.value, key: m.key))
        })
    }

    public mutating func filter(_ v: JSONValue, key: String? = nil, role: String? = nil, embedded: Bool = false) throws -> JSONValue {
        switch v {
        case .string(let s):
            if !embedded, let key, RequestFilter.structural.contains(key) { return v }
            // Inline images and audio are not text; everything else is scanned.
            if s.hasPrefix("data:image/") || s.hasPrefix("data:audio/") { return v }
            if role == "user" && !embedded { userText.append(s) }
            if (role == "system" || role == "developer") && !embedded { session.registerSystemPrompt(s) }
            if let r = try RequestFilter.rewritingEmbeddedJSON(s, { try filter($0, role: role, embedded: true) }) { return r }
            return .string(try text(s))
        case .number(let n):
            // A card or phone number sent as a JSON number is still the customer's number.
            return try RequestFilter.longNumber(v, n) { try text($0) }
        case .array(let items):
            return .array(try items.map { try filter($0, key: key, role: role, embedded: embedded) })
        case .object(let members):
            let r = embedded ? role : (members.first { $0.key == "role" }?.value.stringValue ?? role)
            return .object(try members.map { m in
                JSONMember(try text(m.key), try filter(m.value, key: m.key, role: r, embedded: embedded))
            })
        case .null, .bool:
            return v
        }
    }

    /// The JSON document a string holds, when it is one: an object or an array (after whitespace).
    /// Scalars stay text: `"42"` or `"true"` are not worth a parse, and a number is scanned as text.
    public static func embeddedJSON(_ s: String) -> JSONValue? {
        guard let first = s.utf8.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
              first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else { return nil }
        guard let v = try? JSON.parse(Array(s.utf8)) else { return nil }
        switch v {
        case .object, .array: return v
        default: return nil
        }
    }

    /// A JSON number of 9 or more characters (a card, a phone number) goes through `check` as text;
    /// changed, it becomes a string, else it stays the number it was.
    static func longNumber(_ v: JSONValue, _ n: String, _ check: (String) throws -> String) rethrows -> JSONValue {
        guard n.utf8.count >= 9 else { return v }
        let t = try check(n)
        return t == n ? v : .string(t)
    }

    /// When `s` holds a JSON document: `s` itself if `transform` leaves the document as it is (its bytes
    /// stay as the client wrote them), else the transformed document written back. Nil for other text.
    static func rewritingEmbeddedJSON(_ s: String, _ transform: (JSONValue) throws -> JSONValue) rethrows -> JSONValue? {
        guard let doc = embeddedJSON(s) else { return nil }
        let f = try transform(doc)
        if f == doc { return .string(s) }
        var out: [UInt8] = []
        JSON.write(f, into: &out)
        return .string(String(decoding: out, as: UTF8.self))
    }

    public mutating func text(_ s: String) throws -> String {
        let r = try engine.redact(s, session: session)
        if r.blocked { throw ProtocolFailure.blocked("the request holds data the policy does not let leave the shop", code: "entity_block") }
        if r.findings.isEmpty { return s }
        for f in r.findings { counts[f.type.name, default: 0] += 1 }
        findings += r.findings
        return String(decoding: r.text, as: UTF8.self)
    }
}
