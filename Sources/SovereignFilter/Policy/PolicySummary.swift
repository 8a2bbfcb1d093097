import Crypto

/// What an auditor needs to know about a policy without reading it: the entity types on and their
/// operators, the thresholds, how many allow/deny terms and custom rules it has, its region — and a
/// fingerprint over all of its detection content. Every inference-log record carries the fingerprint,
/// the first record of each runtime the summary too (`Runtime.append`), so a transparency record can
/// say which policy was in force when. Keys never enter the summary or the fingerprint; deny/allow terms
/// and custom patterns enter the fingerprint only (they may name confidential things).
extension Policy {
    /// The summary as a JSON object (stable member order).
    public var summary: JSONValue {
        let types = EntityType.builtIn.map(\.name) + detection.patterns.map(\.name)
        var ops: [JSONMember] = []
        for t in Set(types).sorted() {
            let e = EntityType(t)
            ops.append(JSONMember(t, .string(isEnabled(e) ? operatorFor(e, withSession: false).rawValue : "off")))
        }
        return .object([
            JSONMember("fingerprint", .string(fingerprint)),
            JSONMember("operators", .object(ops)),
            JSONMember("min_score", .number(String(detection.minScore))),
            JSONMember("prompt_threshold", .number(String(detection.promptThreshold))),
            JSONMember("allow_terms", .number(String(detection.allow.count))),
            JSONMember("deny_terms", .number(String(detection.deny.count))),
            JSONMember("custom_patterns", .number(String(detection.patterns.count))),
            JSONMember("prompt_rules", .number(String(detection.promptRules.count))),
            JSONMember("max_input_bytes", .number(String(detection.maxInputBytes))),
            JSONMember("region", runtime.region.map { .string($0) } ?? .null),
        ])
    }

    /// SHA-256 (first 16 hex digits) over the detection content and the region: equal policies give
    /// equal fingerprints in every process; any change of what is found or how it is replaced changes it.
    public var fingerprint: String {
        var b: [UInt8] = []
        func add(_ s: String) { b += Array(s.utf8); b.append(0) }
        for (t, op) in detection.operators.sorted(by: { $0.key.name < $1.key.name }) { add(t.name); add(op.rawValue) }
        add("|"); add(String(detection.minScore)); add(String(detection.promptThreshold))
        add("|"); for a in detection.allow { add(a) }
        add("|"); for d in detection.deny { add(d) }
        add("|"); for p in detection.patterns { add(p.name); add(p.regex); add(String(p.score)) }
        add("|"); for r in detection.promptRules { add(r.id); add(r.pattern); add(String(r.weight)) }
        add("|"); add(String(detection.maxInputBytes)); add(String(detection.maxSessionValues))
        add(detection.jsonEscapes ? "j" : "-"); add(detection.secretExamples ? "x" : "-")
        // Only the non-default setting is added, so fingerprints of policies that do not set it stay as they were.
        if !detection.htmlEntities { add("no-html-entities") }
        if !detection.urlEscapes { add("no-url-escapes") }
        if !detection.quotedPrintable { add("no-quoted-printable") }
        add("|"); add(runtime.region ?? "")
        return InferenceLog.hex(Array(SHA256.hash(data: b))).prefix(16).description
    }
}
