/// The policy's own patterns (`patterns`: name, regex, score): each an unanchored PCRE2 pattern over
/// the whole normalized view, reported as its own type (the pattern's name) with its score, in the
/// policy's order. They run whatever the operators say, as they always have.
final class CustomPatternRecognizer: TextRecognizer {
    /// None built in: the registry adds this recognizer whenever the policy has patterns.
    static let entityTypes: [EntityType] = []
    let patterns: [(Pattern, EntityType, Double)]

    init(policy: Policy) throws {
        patterns = try policy.patterns.enumerated().map { k, p in
            do {
                return (try Pattern(name: p.name, p.regex, anchored: false, limits: policy.limits), EntityType(p.name), p.score)
            } catch let e as SFError {
                throw SFError.policy("patterns[\(k)] (\(p.name))", e.message)
            }
        }
    }

    func scan(_ s: inout ScanState) throws {
        for (p, type, score) in patterns {
            var from = 0
            while from <= s.t.count, let (a, b) = try p.match(s.t, from: from, s.ms) {
                if b > a { s.out.append(Candidate(start: a, end: b, type: type, score: score)) }
                from = b > a ? b : b + 1
                while from < s.t.count && s.t[from] & 0xC0 == 0x80 { from += 1 }
            }
        }
    }
}
