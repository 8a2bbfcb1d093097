/// What an operator does with a finding. `off` disables the entity type altogether.
public enum OperatorKind: String, Sendable, CaseIterable {
    case redact, mask, hash, pseudonymize, block, off
}

/// A custom pattern from the policy.
public struct CustomPatternSpec: Sendable, Equatable {
    public var name: String
    public var regex: String
    public var score: Double
    public init(name: String, regex: String, score: Double) { self.name = name; self.regex = regex; self.score = score }
}

/// Limits applied to every PCRE2 match. Hitting one is an error (`SF_E_LIMIT`), never "no match":
/// a pattern that gave up has not proven the text clean.
public struct MatchLimits: Sendable, Equatable {
    public var matchLimit: UInt32 = 1_000_000
    public var depthLimit: UInt32 = 10_000
    public var heapLimitKiB: UInt32 = 16 * 1024
    /// Longest custom pattern accepted, in bytes.
    public var maxPatternLength = 4096
    /// Deepest parenthesis nesting accepted in a custom pattern.
    public var maxNesting: UInt32 = 32
    /// Compile to machine code with PCRE2's JIT (about 8× faster). Off only to test or to work around
    /// a platform without JIT; the limits apply either way.
    public var jit = true
    public init() {}
}

/// One prompt-check rule: a readable id, a weight in (0, 1] and a PCRE2 pattern (matched
/// case-insensitively on the normalized text, so zero-width and look-alike tricks do not help).
public struct PromptRule: Sendable, Equatable {
    public var id: String
    public var weight: Double
    public var pattern: String
    public init(id: String, weight: Double, pattern: String) { self.id = id; self.weight = weight; self.pattern = pattern }
}

/// The detection policy: what is found and how it is replaced — which entity types are on and each
/// one's operator, the minimum score, allow- and deny-lists, custom patterns, prompt-check rules and
/// threshold, match limits and input/session caps. Pure data: it refers to no type of `Incident/`,
/// `Guards/` or `Patterns/` (the stages read it, not the other way round).
public struct DetectionPolicy: Sendable, Equatable {
    public var minScore: Double = 0.5
    /// Operator per entity type; a type not listed uses its default (see `operatorFor`).
    public var operators: [EntityType: OperatorKind] = [.trackingNumber: .off]
    /// Values never flagged (compared case-insensitively with the normalized finding).
    public var allow: [String] = []
    /// Terms always flagged as CONFIDENTIAL (case-insensitive, whole words).
    public var deny: [String] = []
    public var patterns: [CustomPatternSpec] = []
    /// Largest input accepted by one call; larger is `SF_E_TOO_LARGE`.
    public var maxInputBytes = 64 << 20
    /// Most distinct values one session's vault holds; a call that would add more is `SF_E_SESSION_FULL`.
    public var maxSessionValues = 10_000
    /// Detection sees through JSON string escapes (`J\u00fcrgen`, `\n`, `\"`; see `Escapes`), offsets
    /// still in the original bytes. Off by default; the CLI turns it on for `--jsonl`, the gateway always.
    public var jsonEscapes = false
    /// Detection sees through HTML character references (`&#52;`, `&uuml;`, `&commat;`; see `Escapes`).
    /// On by default: in any text a complete reference is markup, and a mail body or template pasted
    /// into a prompt must not hide a card number or a name behind it.
    public var htmlEntities = true
    /// Detection sees through URL percent-escapes that yield printable ASCII (`jane%40example.com`,
    /// `%2B49…`; see `Escapes`). On by default: form posts, query strings and logged URLs carry customer
    /// data this way, and a `%` followed by two hex digits in prose is rare.
    public var urlEscapes = true
    /// Detection sees through quoted-printable mail source (`jane=40shop.de`, `M=C3=BCller`, soft line
    /// breaks; see `Escapes`), only in text that names the encoding or wraps like an encoder. On by
    /// default: raw mails pasted into support tools carry customer data this way.
    public var quotedPrintable = true
    /// The escape kinds detection decodes.
    var escapes: Escapes.Kinds {
        var k: Escapes.Kinds = []
        if jsonEscapes { k.insert(.json) }
        if htmlEntities { k.insert(.html) }
        if urlEscapes { k.insert(.url) }
        if quotedPrintable { k.insert(.quotedPrintable) }
        return k
    }
    /// Provider-shaped tokens that are documentation examples or placeholders (`AKIAIOSFODNN7EXAMPLE`,
    /// `ghp_EXAMPLE…`, `sk_test_xxxx…`) count as secrets too. Off by default: in scans and audits they are
    /// not findings. The gateway turns it on: on the way to a model, nothing shaped like a credential passes.
    public var secretExamples = false
    public var limits = MatchLimits()
    /// Prompt checks: risk at or above this blocks.
    public var promptThreshold = 0.7
    /// Rules added to the built-in prompt-check table.
    public var promptRules: [PromptRule] = []

    public init() {}

    public func isEnabled(_ t: EntityType) -> Bool { operators[t] != .off }

    /// The operator for `t`: the policy's, else `pseudonymize` with a session and `redact` without.
    public func operatorFor(_ t: EntityType, withSession: Bool) -> OperatorKind {
        if let op = operators[t] { return op }
        return withSession ? .pseudonymize : .redact
    }

    /// The policy document's fields that belong to the detection policy.
    public static let fields: Set<String> = [
        "min_score", "entities", "allow", "deny", "patterns", "max_input_bytes", "max_session_values",
        "json_escapes", "html_entities", "url_escapes", "quoted_printable", "secret_examples", "limits", "prompt_threshold", "prompt_rules",
    ]

    /// Parses the detection fields of a policy document (`Policy(json:)` hands them over; the
    /// top-level checks for unknown and repeated keys are its job). Every error names the field.
    public init(fields members: [JSONMember]) throws {
        self.init()
        if let bad = members.first(where: { !DetectionPolicy.fields.contains($0.key) }) {
            throw SFError.policy(bad.key, "not a detection policy field")
        }
        let doc = JSONValue.object(members)
        if let v = doc["min_score"] {
            guard let d = v.doubleValue, d >= 0, d <= 1 else { throw SFError.policy("min_score", "must be a number in [0, 1]") }
            minScore = d
        }
        if let v = doc["entities"] { try parseEntities(v) }
        allow = try DetectionPolicy.stringList(doc["allow"], "allow")
        deny = try DetectionPolicy.stringList(doc["deny"], "deny")
        if deny.contains(where: { $0.isEmpty }) { throw SFError.policy("deny", "empty term") }
        if let v = doc["max_input_bytes"] {
            guard let d = v.doubleValue, d >= 1, d <= Double(1 << 30) else {
                throw SFError.policy("max_input_bytes", "must be a number between 1 and 1073741824")
            }
            maxInputBytes = Int(d)
        }
        if let v = doc["max_session_values"] {
            guard let d = v.doubleValue, d >= 1, d <= 1e9, d == d.rounded() else {
                throw SFError.policy("max_session_values", "must be an integer between 1 and 1000000000")
            }
            maxSessionValues = Int(d)
        }
        if let v = doc["json_escapes"] {
            guard case .bool(let b) = v else { throw SFError.policy("json_escapes", "must be a boolean") }
            jsonEscapes = b
        }
        if let v = doc["html_entities"] {
            guard case .bool(let b) = v else { throw SFError.policy("html_entities", "must be a boolean") }
            htmlEntities = b
        }
        if let v = doc["url_escapes"] {
            guard case .bool(let b) = v else { throw SFError.policy("url_escapes", "must be a boolean") }
            urlEscapes = b
        }
        if let v = doc["quoted_printable"] {
            guard case .bool(let b) = v else { throw SFError.policy("quoted_printable", "must be a boolean") }
            quotedPrintable = b
        }
        if let v = doc["secret_examples"] {
            guard case .bool(let b) = v else { throw SFError.policy("secret_examples", "must be a boolean") }
            secretExamples = b
        }
        if let v = doc["limits"] { try parseLimits(v) }
        if let v = doc["prompt_threshold"] {
            guard let d = v.doubleValue, d > 0, d <= 1 else { throw SFError.policy("prompt_threshold", "must be a number in (0, 1]") }
            promptThreshold = d
        }
        if let v = doc["prompt_rules"] { try parsePromptRules(v) }
        if let v = doc["patterns"] { try parsePatterns(v) }
    }

    private mutating func parseEntities(_ v: JSONValue) throws {
        guard case .object(let ents) = v else { throw SFError.policy("entities", "must be an object") }
        for e in ents {
            guard let s = e.value.stringValue, let op = OperatorKind(rawValue: s) else {
                throw SFError.policy("entities.\(e.key)", "must be one of \(OperatorKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard DetectionPolicy.validTypeName(e.key) else {
                throw SFError.policy("entities.\(e.key)", "entity type names are A-Z, 0-9 and _")
            }
            operators[EntityType(e.key)] = op
        }
    }

    private mutating func parseLimits(_ v: JSONValue) throws {
        guard case .object(let ls) = v else { throw SFError.policy("limits", "must be an object") }
        for l in ls {
            if l.key == "jit" {
                guard case .bool(let b) = l.value else { throw SFError.policy("limits.jit", "must be a boolean") }
                limits.jit = b
                continue
            }
            guard let d = l.value.doubleValue, d >= 1, d <= 1e9 else { throw SFError.policy("limits.\(l.key)", "must be a positive number") }
            switch l.key {
            case "match_limit": limits.matchLimit = UInt32(d)
            case "depth_limit": limits.depthLimit = UInt32(d)
            case "heap_limit_kib": limits.heapLimitKiB = UInt32(d)
            case "max_pattern_length": limits.maxPatternLength = Int(d)
            case "max_nesting": limits.maxNesting = UInt32(d)
            default: throw SFError.policy("limits.\(l.key)", "unknown limit")
            }
        }
    }

    private mutating func parsePromptRules(_ v: JSONValue) throws {
        guard case .array(let items) = v else { throw SFError.policy("prompt_rules", "must be an array") }
        for (k, item) in items.enumerated() {
            let field = "prompt_rules[\(k)]"
            guard let id = item["id"]?.stringValue, !id.isEmpty else { throw SFError.policy("\(field).id", "required string") }
            guard let pattern = item["pattern"]?.stringValue, !pattern.isEmpty else { throw SFError.policy("\(field).pattern", "required string") }
            guard let w = item["weight"]?.doubleValue, w > 0, w <= 1 else { throw SFError.policy("\(field).weight", "must be a number in (0, 1]") }
            promptRules.append(PromptRule(id: id, weight: w, pattern: pattern))
        }
    }

    private mutating func parsePatterns(_ v: JSONValue) throws {
        guard case .array(let items) = v else { throw SFError.policy("patterns", "must be an array") }
        for (k, item) in items.enumerated() {
            let field = "patterns[\(k)]"
            guard case .object = item else { throw SFError.policy(field, "must be an object") }
            guard let name = item["name"]?.stringValue, DetectionPolicy.validTypeName(name) else {
                throw SFError.policy("\(field).name", "required; A-Z, 0-9 and _")
            }
            guard let regex = item["regex"]?.stringValue, !regex.isEmpty else {
                throw SFError.policy("\(field).regex", "required non-empty string")
            }
            var score = 0.9
            if let sv = item["score"] {
                guard let d = sv.doubleValue, d >= 0, d <= 1 else { throw SFError.policy("\(field).score", "must be a number in [0, 1]") }
                score = d
            }
            if case .object(let ms) = item, let bad = ms.first(where: { !["name", "regex", "score"].contains($0.key) }) {
                throw SFError.policy("\(field).\(bad.key)", "unknown key")
            }
            patterns.append(CustomPatternSpec(name: name, regex: regex, score: score))
        }
    }

    static func validTypeName(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 64 && s.utf8.allSatisfy { ByteClass.isUpper($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "_") }
    }

    static func stringList(_ v: JSONValue?, _ field: String) throws -> [String] {
        guard let v else { return [] }
        guard case .array(let items) = v else { throw SFError.policy(field, "must be an array of strings") }
        return try items.enumerated().map { k, x in
            guard let s = x.stringValue else { throw SFError.policy("\(field)[\(k)]", "must be a string") }
            return s
        }
    }
}
