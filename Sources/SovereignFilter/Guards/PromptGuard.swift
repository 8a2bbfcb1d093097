// `PromptRule` is part of the detection policy: `Policy/DetectionPolicy.swift`.

/// The result of a prompt check: risk in [0, 1], the rules that fired, and the verdict at the
/// policy's threshold.
public struct PromptCheck: Sendable, Equatable {
    public var verdict: Verdict
    public var risk: Double
    public var rules: [String]

    public func json() -> [UInt8] {
        var out: [UInt8] = []
        out.append(contentsOf: "{\"verdict\": \"\(verdict == .block ? "block" : "allow")\", \"risk\": \(FindingsJSON.formatScore(risk)), \"rules\": [".utf8)
        for (k, r) in rules.enumerated() {
            if k > 0 { out.append(contentsOf: ", ".utf8) }
            JSON.writeString(r, into: &out)
        }
        out.append(contentsOf: "]}".utf8)
        return out
    }
}

/// Prompt-injection and extraction heuristics: the built-in rule table (`Guards/Data/InjectionRules.swift`)
/// plus the policy's own rules, and a detector for long encoded payloads (base64, hex). Risk combines the
/// distinct rules that fired: 1 − Π(1 − weight), so two medium signals add up to a block.
struct PromptGuard: Sendable {
    let rules: [(PromptRule, Pattern)]
    let threshold: Double

    static var builtIn: [PromptRule] { InjectionRuleData.rules.map { PromptRule(id: $0.id, weight: $0.weight, pattern: $0.pattern) } }

    /// The built-in table compiled once per process (it does not depend on the policy), so building an
    /// engine — per request in PHP-FPM, say — does not recompile 245 patterns.
    static let builtInCompiled: [(PromptRule, Pattern)] = PromptGuard.builtIn.map { r in
        // The table is tested (PromptGuardTests, check_prompt_rules.py): a failure here is a build defect.
        (r, try! Pattern(name: r.id, r.pattern, anchored: false, caseless: true))
    }

    /// The same table without Unicode properties, for prompts that are all ASCII: there `\b`, `\w`, `\s`
    /// and caseless matching mean the same with or without UCP, and matching takes about half the time.
    static let builtInCompiledASCII: [Pattern] = PromptGuard.builtIn.map { r in
        try! Pattern(name: r.id, r.pattern, anchored: false, caseless: true, ucp: false)
    }

    init(extra: [PromptRule], threshold: Double, limits: MatchLimits) throws {
        var compiled: [(PromptRule, Pattern)] = PromptGuard.builtInCompiled
        for r in extra {
            do {
                compiled.append((r, try Pattern(name: r.id, r.pattern, anchored: false, caseless: true, limits: limits)))
            } catch let e as SFError {
                throw SFError.policy("prompt_rules (\(r.id))", e.message)
            }
        }
        rules = compiled
        self.threshold = threshold
    }

    func check(_ t: UnsafeBufferPointer<UInt8>, _ ms: MatchScratch, ascii: Bool = false) throws -> PromptCheck {
        var fired: [String] = []
        var keep = 1.0
        let builtInCount = PromptGuard.builtInCompiled.count
        for (k, (rule, p0)) in rules.enumerated() where !fired.contains(rule.id) {
            let p = ascii && k < builtInCount ? PromptGuard.builtInCompiledASCII[k] : p0
            if try p.match(t, from: 0, ms) != nil {
                fired.append(rule.id)
                keep *= 1 - min(1, max(0, rule.weight))
            }
        }
        if let kind = PromptGuard.encodedPayload(t), !fired.contains(kind) {
            fired.append(kind)
            keep *= 1 - 0.6
        }
        let risk = 1 - keep
        return PromptCheck(verdict: risk >= threshold ? .block : .allow, risk: risk, rules: fired)
    }

    /// A long run of base64 (≥ 80 characters, mixed case and digits) or hex (≥ 64 digits) that is not a
    /// token we recognise elsewhere: instructions smuggled in an encoding the filters cannot read.
    static func encodedPayload(_ t: UnsafeBufferPointer<UInt8>) -> String? {
        var i = 0
        let n = t.count
        while i < n {
            let c = t[i]
            if ByteClass.isAlnum(c) || c == UInt8(ascii: "+") || c == UInt8(ascii: "/") {
                let start = i
                var upper = 0, lower = 0, digits = 0, hex = true
                while i < n {
                    let d = t[i]
                    if ByteClass.isUpper(d) { upper += 1 } else if (d &- 0x61) < 26 { lower += 1 } else if ByteClass.isDigit(d) { digits += 1 }
                    else if d != UInt8(ascii: "+") && d != UInt8(ascii: "/") && d != UInt8(ascii: "=") { break }
                    if !ByteClass.isHex(d) { hex = false }
                    i += 1
                }
                let len = i - start
                if hex && len >= 64 { return "encoding.hex_blob" }
                if len >= 80 && upper >= 8 && lower >= 8 && digits >= 2 {
                    // JWTs and API keys are SECRET findings, not payloads.
                    if !(t[start] == UInt8(ascii: "e") && t[start + 1] == UInt8(ascii: "y")) { return "encoding.base64_blob" }
                }
            } else {
                i += 1
            }
        }
        return nil
    }
}

extension Engine {
    /// Scores a customer's prompt for injection and extraction attempts (see `PromptGuard`).
    public func checkPrompt(_ text: [UInt8]) throws -> PromptCheck {
        guard text.count <= policy.maxInputBytes else { throw SFError(.tooLarge, "input of \(text.count) bytes exceeds max_input_bytes") }
        return try text.withUnsafeBufferPointer { p in
            var ascii = false
            if let bad = UTF8Check.firstInvalid(p, allASCII: &ascii) { throw SFError.invalidUTF8(at: bad) }
            return try pool.with { sc in
                try Normalizer.normalize(p, allASCII: ascii, into: &sc.norm)
                if sc.norm.identity { return try promptGuard.check(p, sc.ms, ascii: ascii) }
                return try sc.norm.bytes.withUnsafeBufferPointer { try promptGuard.check($0, sc.ms) }
            }
        }
    }

    public func checkPrompt(_ text: String) throws -> PromptCheck { try checkPrompt(Array(text.utf8)) }
}
