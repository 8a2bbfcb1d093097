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

/// Prompt-injection and extraction check. One pass of one automaton (`LiteralAutomaton`) over the
/// normalized prompt finds every literal the guard knows: the literal words of the built-in PCRE2 rules
/// (`Data/InjectionRules.swift`, gates generated into `Data/RuleLiterals.swift`) and the words of the
/// intent lexicon (`Data/IntentLexicon.swift`). Then
///   1. a built-in rule runs only if each of its literal groups occurred (a rule without usable literals
///      always runs; the policy's own rules always run) — PCRE2 with JIT and the policy's limits, a limit
///      hit is an error;
///   2. the lexicon words become intents (`IntentMatcher`): request + someone else's data, override verb
///      + the assistant's instructions, and so on, per sentence, in any word order;
///   3. the learned scorer (`PromptScorer`, weights in `Data/ScorerWeights.swift`) scores the text; at or
///      above its threshold it fires `scorer.learned` (weight 0.9: a block at the default threshold);
///   4. encoded payloads are decoded (`PayloadDecoder`) and the decoded text checked the same way, one
///      level deep (scorer included); a decoded attack fires `encoding.<kind>` with the decoded text's risk.
/// Risk combines the distinct signals: 1 − Π(1 − weight), so two medium signals add up to a block.
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

    /// Everything the automaton looks for: ids below `gateLiteralCount` are rule literals, the rest
    /// lexicon terms (`IntentMatcher.terms`, same order). Gates are flat (CSR) arrays: the hot loop
    /// touches no nested array and no string.
    struct Literals: Sendable {
        let automaton: LiteralAutomaton
        let gateLiteralCount: Int
        /// Rules a literal can open: `literalRules[literalRuleStart[l] ..< literalRuleStart[l + 1]]`.
        let literalRuleStart: [Int32]
        let literalRules: [Int32]
        /// Per built-in rule: its groups `groupStart[ruleGroupStart[r] ..< ruleGroupStart[r + 1]]`, each group
        /// the literals `groupLiterals[groupStart[g] ..< groupStart[g + 1]]`.
        let ruleGroupStart: [Int32]
        let groupStart: [Int32]
        let groupLiterals: [Int32]
        /// Built-in rules without usable literals, with the text shape each needs (`Shape.allows`).
        let ungated: [(rule: Int, need: Shape.Need)]
        /// Lexicon terms, indexed by automaton id − `gateLiteralCount`.
        let terms: [IntentMatcher.Term]
        let matcher: IntentMatcher
    }

    static let literals: Literals = {
        let matcher = IntentMatcher.shared
        let gateLits = RuleLiteralData.literals
        let automaton = LiteralAutomaton(terms: gateLits + matcher.terms.map(\.key))
        var byLiteral = [[Int32]](repeating: [], count: gateLits.count)
        var ruleGroupStart: [Int32] = [0], groupStart: [Int32] = [0], groupLiterals: [Int32] = []
        var ungated: [(Int, Shape.Need)] = []
        for (r, rule) in InjectionRuleData.rules.enumerated() {
            let groups = RuleLiteralData.gates[rule.id] ?? []
            if groups.isEmpty { ungated.append((r, Shape.need(rule.id))) }
            for g in groups {
                for l in g { groupLiterals.append(Int32(l)); if byLiteral[l].last != Int32(r) { byLiteral[l].append(Int32(r)) } }
                groupStart.append(Int32(groupLiterals.count))
            }
            ruleGroupStart.append(Int32(groupStart.count - 1))
        }
        var literalRuleStart: [Int32] = [0], literalRules: [Int32] = []
        for rs in byLiteral { literalRules.append(contentsOf: rs); literalRuleStart.append(Int32(literalRules.count)) }
        return Literals(automaton: automaton, gateLiteralCount: gateLits.count, literalRuleStart: literalRuleStart,
                        literalRules: literalRules, ruleGroupStart: ruleGroupStart, groupStart: groupStart,
                        groupLiterals: groupLiterals, ungated: ungated, terms: matcher.terms.map(\.term), matcher: matcher)
    }()

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
        _ = PromptGuard.literals
        _ = PromptScorer.weights
    }

    /// Scores normalized, valid UTF-8 `t`. `gated: false` runs every rule whatever the literals say
    /// (the reference the gated check must equal; used by tests).
    /// `raw` is the prompt as written (before normalization), when it differs from `t`: Unicode tag characters are
    /// read from it (`PayloadDecoder.tags`).
    func check(_ t: UnsafeBufferPointer<UInt8>, _ ms: MatchScratch, ascii: Bool = false, gated: Bool = true,
               raw: UnsafeBufferPointer<UInt8>? = nil) throws -> PromptCheck {
        var fired: [String] = []
        var keep = 1.0
        try evaluate(t, ms, ascii: ascii, gated: gated, depth: 0, fired: &fired, keep: &keep)
        if let raw, let d = PayloadDecoder.tags(raw) {
            let inner = try innerRisk(d, ms, gated: gated, besides: fired)
            if inner >= 0.5 { fire("encoding.tags", inner, &fired, &keep) }
        }
        let risk = 1 - keep
        return PromptCheck(verdict: risk >= threshold ? .block : .allow, risk: risk, rules: fired)
    }

    private func fire(_ id: String, _ weight: Double, _ fired: inout [String], _ keep: inout Double) {
        guard !fired.contains(id) else { return }
        fired.append(id)
        keep *= 1 - min(1, max(0, weight))
    }

    private func evaluate(_ t: UnsafeBufferPointer<UInt8>, _ ms: MatchScratch, ascii: Bool, gated: Bool, depth: Int,
                          fired: inout [String], keep: inout Double) throws {
        let L = PromptGuard.literals
        let nGate = L.gateLiteralCount
        let builtInCount = PromptGuard.builtInCompiled.count
        var present = [UInt64](repeating: 0, count: (nGate + 63) >> 6)
        var seen: [Int32] = []          // gate literals found, each once
        var hits: [IntentMatcher.Hit] = []
        var triggers: UInt64 = 0
        // One pass of the automaton (its loop, inlined here: no closure per hit).
        let A = L.automaton
        if let base = t.baseAddress {
            let n = t.count, a = A.alphabet, sp = A.spaceClass
            A.next.withUnsafeBufferPointer { nx in
            A.classOf.withUnsafeBufferPointer { cl in
            A.outStart.withUnsafeBufferPointer { os in
            A.outIDs.withUnsafeBufferPointer { oi in
            L.terms.withUnsafeBufferPointer { terms in
            present.withUnsafeMutableBufferPointer { pres in
                var s = 0
                var prev: UInt8 = 0
                var inSpace = false
                var i = 0
                while i < n {
                    let b = base[i]
                    let c = cl[Int(LiteralAutomaton.foldByte(b, after: prev))]
                    prev = b
                    if c == sp { if inSpace { i += 1; continue }; inSpace = true } else { inSpace = false }
                    s = Int(nx[s &* a &+ Int(c)])
                    let lo = Int(os[s]), hi = Int(os[s + 1])
                    if lo != hi {
                        for k in lo..<hi {
                            let id = Int(oi[k])
                            if id < nGate {
                                let w = id >> 6, bit: UInt64 = 1 << UInt64(id & 63)
                                if pres[w] & bit == 0 { pres[w] |= bit; seen.append(Int32(id)) }
                                continue
                            }
                            let term = terms[id - nGate]
                            let start = A.matchStart(t, id, last: i)
                            if term.mask & IntentMatcher.triggerMask != 0 {
                                if term.mask & IntentMatcher.personaTrigger == 0 || IntentMatcher.personaCase(t, start, i + 1) { triggers |= term.mask }
                                // A trigger that is also a lexicon word (merged term) still counts as that word.
                                if term.mask & ~IntentMatcher.triggerMask == 0 { continue }
                            }
                            if L.matcher.accepts(term, t, start, i + 1) { hits.append(IntentMatcher.Hit(mask: term.mask, start: start, end: i + 1)) }
                        }
                    }
                    i += 1
                }
            } } } } } }
        }
        // The byte-level shape: a cheap pass, the full one only when something unusual is there.
        var shape = triggers & IntentMatcher.zeroXTrigger != 0 ? Shape(full: t) : Shape(t)
        if triggers & IntentMatcher.personaTrigger != 0 { shape.personaMark = true }
        // 1. Rules: those a found literal can open, whose every literal group occurred; the ungated ones
        // whose text shape is there; the policy's rules. In table order, so the result is the ungated one's.
        var candidate = [Bool](repeating: !gated, count: rules.count)
        if gated {
            for k in builtInCount..<rules.count { candidate[k] = true }
            for (r, need) in L.ungated where shape.allows(need) { candidate[r] = true }
            for l in seen {
                for j in Int(L.literalRuleStart[Int(l)])..<Int(L.literalRuleStart[Int(l) + 1]) {
                    let r = Int(L.literalRules[j])
                    if candidate[r] { continue }
                    var open = true
                    for g in Int(L.ruleGroupStart[r])..<Int(L.ruleGroupStart[r + 1]) {
                        var any = false
                        for q in Int(L.groupStart[g])..<Int(L.groupStart[g + 1]) {
                            let id = Int(L.groupLiterals[q])
                            if present[id >> 6] & (1 << UInt64(id & 63)) != 0 { any = true; break }
                        }
                        if !any { open = false; break }
                    }
                    if open { candidate[r] = true }
                }
            }
        }
        // Quoted titles after a title noun (a book, a poster, a mug's print): what is inside is not the request.
        var titles: [(Int, Int)] = []
        if !hits.isEmpty {
            var anyTitle = false
            for h in hits where h.mask & IntentLexicon.WordClass.titleNoun.rawValue != 0 { anyTitle = true; break }
            if anyTitle {
                titles = IntentMatcher.titleSpans(hits.sorted { $0.start < $1.start }, t)
                if !titles.isEmpty { hits.removeAll { h in titles.contains { h.start >= $0.0 && h.end <= $0.1 } } }
            }
        }
        for k in 0..<rules.count where candidate[k] {
            let (rule, p0) = rules[k]
            if fired.contains(rule.id) { continue }
            let p = ascii && k < builtInCount ? PromptGuard.builtInCompiledASCII[k] : p0
            var from = 0
            // A match inside a quoted title does not count; search on after the title.
            while let m = try p.match(t, from: from, ms) {
                guard let span = titles.first(where: { m.0 >= $0.0 && m.1 <= $0.1 }), k < builtInCount else {
                    fire(rule.id, rule.weight, &fired, &keep); break
                }
                from = span.1
                if from >= t.count { break }
            }
        }
        // A cipher's name (caesar, cäsar, césar, cipher: the decode words from c to r) asks for the Caesar
        // decoder; a mere "decode" does not ("decode the error code on my grinder").
        var decodeWord = false
        for h in hits where h.mask & IntentLexicon.WordClass.decode.rawValue != 0 && h.end - h.start >= 5
            && t[h.start] | 0x20 == 0x63 && t[h.end - 1] | 0x20 == 0x72 { decodeWord = true; break }
        // The word "morse" asks for the Morse decoder.
        var morseWord = false
        for h in hits where h.mask & IntentLexicon.WordClass.decode.rawValue != 0 && h.end - h.start == 5
            && t[h.start] | 0x20 == 0x6D && t[h.end - 1] | 0x20 == 0x65 { morseWord = true; break }
        // 2. Intents.
        if !hits.isEmpty { for (id, w) in L.matcher.intents(&hits, t) { fire(id, w, &fired, &keep) } }
        if shape.longRun >= 64, let kind = PromptGuard.encodedPayload(t) { fire(kind, 0.6, &fired, &keep) }
        // 3. The learned scorer (`PromptScorer`): phrasings the rules and the lexicon have not seen.
        // A quoted title is not read by the scorer either: it scores the text without the titles' contents (a copy,
        // made only when a title noun stood before a quotation).
        var scorerBlocks = false
        if titles.isEmpty {
            scorerBlocks = PromptScorer.blocks(t)
        } else {
            var rest: [UInt8] = []
            rest.reserveCapacity(t.count)
            var from = 0
            for (a, b) in titles where a >= from { rest.append(contentsOf: t[from..<a]); from = b }
            if from < t.count { rest.append(contentsOf: t[from..<t.count]) }
            scorerBlocks = rest.withUnsafeBufferPointer { PromptScorer.blocks($0) }
        }
        if scorerBlocks { fire(PromptScorer.ruleID, PromptScorer.weight, &fired, &keep) }
        // 4. Encoded payloads, checked like a prompt (one level).
        guard depth == 0 else { return }
        let spaced = fired.contains { $0.hasPrefix("obfuscation.spaced_keyword") }
        for (kind, decoded) in PayloadDecoder.decodings(t, shape: shape, triggers: triggers, spaced: spaced, decodeWord: decodeWord, morseWord: morseWord) {
            // Only what the decoding adds counts: whole-text decoders (leet, URL, …) also see the plain parts.
            let inner = try innerRisk(decoded.count > PayloadDecoder.maxDecoded ? Array(decoded.prefix(PayloadDecoder.maxDecoded)) : decoded,
                                      ms, gated: gated, besides: fired)
            if inner >= 0.5 { fire("encoding.\(kind.rawValue)", inner, &fired, &keep) }
        }
    }

    /// The risk of a decoded payload: validated and normalized like a prompt, then evaluated.
    private func innerRisk(_ d: [UInt8], _ ms: MatchScratch, gated: Bool, besides outer: [String]) throws -> Double {
        var cut = d
        // A payload cut in the middle of a character: drop the partial character.
        while let last = cut.last, last >= 0x80 {
            var ascii = false
            if cut.withUnsafeBufferPointer({ UTF8Check.firstInvalid($0, allASCII: &ascii) }) == nil { break }
            cut.removeLast()
        }
        var ascii = false
        if cut.withUnsafeBufferPointer({ UTF8Check.firstInvalid($0, allASCII: &ascii) }) != nil { return 0 }
        var norm = NormalizedText()
        try cut.withUnsafeBufferPointer { try Normalizer.normalize($0, allASCII: ascii, into: &norm) }
        // Signals the outer text raised already are marked fired, so they do not count again.
        var fired: [String] = outer
        var keep = 1.0
        if norm.identity {
            try cut.withUnsafeBufferPointer { try evaluate($0, ms, ascii: ascii, gated: gated, depth: 1, fired: &fired, keep: &keep) }
        } else {
            try norm.bytes.withUnsafeBufferPointer { try evaluate($0, ms, ascii: false, gated: gated, depth: 1, fired: &fired, keep: &keep) }
        }
        return 1 - keep
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
                return try sc.norm.bytes.withUnsafeBufferPointer { try promptGuard.check($0, sc.ms, raw: p) }
            }
        }
    }

    public func checkPrompt(_ text: String) throws -> PromptCheck { try checkPrompt(Array(text.utf8)) }

    /// The prompt check with every rule run, gates ignored: the reference the gated check must equal.
    func checkPromptUngated(_ text: [UInt8]) throws -> PromptCheck {
        try text.withUnsafeBufferPointer { p in
            var ascii = false
            if let bad = UTF8Check.firstInvalid(p, allASCII: &ascii) { throw SFError.invalidUTF8(at: bad) }
            return try pool.with { sc in
                try Normalizer.normalize(p, allASCII: ascii, into: &sc.norm)
                if sc.norm.identity { return try promptGuard.check(p, sc.ms, ascii: ascii, gated: false) }
                return try sc.norm.bytes.withUnsafeBufferPointer { try promptGuard.check($0, sc.ms, gated: false, raw: p) }
            }
        }
    }
}
