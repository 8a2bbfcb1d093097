/// What to do with a model reply.
public enum Verdict: String, Sendable, Comparable {
    case allow, redact, block
    public static func < (a: Verdict, b: Verdict) -> Bool {
        let order: [Verdict] = [.allow, .redact, .block]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}

/// Why a reply was redacted or blocked: an entity found at a place in the (restored) reply, or a rule.
public struct Reason: Sendable, Equatable {
    public var type: String?
    public var rule: String?
    public var start: Int
    public var end: Int
}

/// The result of an output check: the verdict, the reasons and the text to show the customer
/// (pseudonyms restored, leaks redacted; empty on block).
public struct OutputCheck: Sendable {
    public var verdict: Verdict
    public var text: [UInt8]
    public var reasons: [Reason]
    /// The reply as restored (the reasons' offsets point into it): in memory only, for the log's keyed
    /// value hashes (`CallOutcome.reply`); never returned to a caller.
    var restored: [UInt8] = []

    public init(verdict: Verdict, text: [UInt8], reasons: [Reason]) {
        self.verdict = verdict
        self.text = text
        self.reasons = reasons
    }

    /// `{"verdict": "redact", "text": "…", "reasons": [{"type": "EMAIL", "start": 3, "end": 19}, {"rule": "canary"}]}`
    /// (offsets into the restored reply).
    public func json() -> [UInt8] {
        var out: [UInt8] = []
        out.append(contentsOf: "{\"verdict\": \"\(verdict.rawValue)\", \"text\": ".utf8)
        text.withUnsafeBufferPointer { JSON.writeString(bytes: $0, into: &out) }
        out.append(contentsOf: ", \"reasons\": [".utf8)
        for (k, r) in reasons.enumerated() {
            if k > 0 { out.append(contentsOf: ", ".utf8) }
            if let t = r.type {
                out.append(contentsOf: "{\"type\": ".utf8)
                JSON.writeString(t, into: &out)
                out.append(contentsOf: ", \"start\": \(r.start), \"end\": \(r.end)}".utf8)
            } else {
                out.append(contentsOf: "{\"rule\": ".utf8)
                JSON.writeString(r.rule ?? "", into: &out)
                out.append(contentsOf: "}".utf8)
            }
        }
        out.append(contentsOf: "]}".utf8)
        return out
    }
}

extension Session {
    /// A random marker to put in the system prompt. Seeing it in a reply means the model was made to
    /// repeat its instructions: the reply is blocked and an incident recorded.
    public func canary() -> String {
        // SystemRandomNumberGenerator reads the kernel's CSPRNG (getrandom).
        var rng = SystemRandomNumberGenerator()
        let r = rng.next()
        let bytes = (0..<8).map { UInt8(truncatingIfNeeded: r >> (8 * UInt64($0))) }
        let hex = Array("0123456789abcdef".utf8)
        var s = Array("sf-canary-".utf8)
        for b in bytes { s.append(hex[Int(b >> 4)]); s.append(hex[Int(b & 15)]) }
        canaries.append(s)
        return String(decoding: s, as: UTF8.self)
    }

    /// Registers a canary chosen by the caller (e.g. from configuration).
    public func addCanary(_ token: String) {
        let b = Array(token.utf8)
        if b.count >= 8 { canaries.append(b) }
    }

    /// Registers the system prompt: a reply repeating any 32-byte stretch of it is blocked. Returns false
    /// (and registers nothing) for a prompt shorter than 32 bytes after folding.
    @discardableResult
    public func registerSystemPrompt(_ text: String) -> Bool {
        let b = SystemPromptIndex.fold(Array(text.utf8))
        guard b.count >= SystemPromptIndex.window else { return false }
        registerFoldedSystemPrompt(b)
        return true
    }

    func registerFoldedSystemPrompt(_ b: [UInt8]) {
        if !systemPromptFolded.isEmpty { systemPromptFolded.append(0x0A) }
        systemPromptFolded.append(contentsOf: b)
        SystemPromptIndex.forEachWindow(b) { systemPromptShingles.insert($1) }
    }
}

/// Rolling hashes of fixed windows over case- and space-folded text.
enum SystemPromptIndex {
    static let window = 32

    /// Lower case, runs of whitespace as one space: the model may re-wrap or re-case the prompt.
    static func fold(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var space = false
        for c in b {
            if ByteClass.isSpace(c) { if !space && !out.isEmpty { out.append(0x20) }; space = true; continue }
            space = false
            out.append(ByteClass.lower(c))
        }
        return out
    }

    /// Calls `body(startIndex, hash)` for every window (polynomial rolling hash).
    static func forEachWindow(_ b: [UInt8], _ body: (Int, UInt64) -> Void) {
        let w = window
        guard b.count >= w else { return }
        let base: UInt64 = 1_099_511_628_211
        var pow: UInt64 = 1
        for _ in 0..<(w - 1) { pow = pow &* base }
        var h: UInt64 = 0
        for k in 0..<w { h = h &* base &+ UInt64(b[k]) }
        body(0, h)
        var i = w
        while i < b.count {
            h = (h &- UInt64(b[i - w]) &* pow) &* base &+ UInt64(b[i])
            body(i - w + 1, h)
            i += 1
        }
    }
}

extension Engine {
    /// Checks a model reply before a customer sees it:
    /// - the session's pseudonyms are restored (the customer's own values are not leaks);
    /// - PII the customer did not give in this session (another customer's e-mail, a card, an IBAN) is
    ///   redacted, or blocks the reply when the policy's operator for the type is `block`;
    /// - secrets block; deny-list terms redact or block per policy;
    /// - a canary or a stretch of the registered system prompt blocks.
    /// `prompt` (optional) is the customer's own message: values in it are not leaks either.
    public func checkOutput(_ text: [UInt8], session: Session?, canaries extra: [String] = [], prompt: [UInt8]? = nil) throws -> OutputCheck {
        let a = try analyzeOutput(text, session: session, canaries: extra, prompt: prompt)
        return a.check(upTo: a.restored.count)
    }

    /// The customer's own values: the session's vault plus what `prompt` contains.
    func ownValues(_ s: Session, prompt: [UInt8]?) throws -> Set<String> {
        var own = s.ownValues
        if let prompt {
            try prompt.withUnsafeBufferPointer { p in
                try pool.with { sc in
                    for f in try scan(p, scratch: sc) { own.insert(f.type.name + "\u{0}" + canonicalValue(f, p, sc)) }
                }
            }
        }
        return own
    }

    /// Restores, then finds canaries, system-prompt echoes and leaks in a reply (see `checkOutput`).
    func analyzeOutput(_ text: [UInt8], session: Session?, canaries extra: [String], prompt: [UInt8]?,
                       own cachedOwn: Set<String>? = nil) throws -> OutputAnalysis {
        let s = session ?? Session()
        let restored = s.restore(text)
        let own = try cachedOwn ?? ownValues(s, prompt: prompt)
        var a = OutputAnalysis(restored: restored, policy: policy)
        // Canaries and system-prompt echoes: a block whatever else the reply holds.
        let canaryList = s.canaries + extra.map { Array($0.utf8) }.filter { $0.count >= 8 }
        for c in canaryList {
            if let at = OutputGuardSearch.find(c, in: restored) {
                a.reasons.append(Reason(type: nil, rule: "canary", start: at, end: at + c.count))
                a.blocked = true
            }
        }
        if !s.systemPromptShingles.isEmpty {
            let folded = SystemPromptIndex.fold(restored)
            var hit = false
            SystemPromptIndex.forEachWindow(folded) { _, h in if s.systemPromptShingles.contains(h) { hit = true } }
            if hit {
                a.reasons.append(Reason(type: nil, rule: "system_prompt", start: 0, end: restored.count))
                a.blocked = true
            }
        }
        // Entities in the restored reply that the customer did not give us.
        try restored.withUnsafeBufferPointer { p in
            try pool.with { sc in
                for f in try scan(p, scratch: sc) {
                    if own.contains(f.type.name + "\u{0}" + canonicalValue(f, p, sc)) { continue }
                    a.reasons.append(Reason(type: f.type.name, rule: nil, start: f.start, end: f.end))
                    if f.type == .secret || policy.operatorFor(f.type, withSession: false) == .block { a.blocked = true }
                    a.leaks.append(f)
                }
            }
        }
        return a
    }

    public func checkOutput(_ text: String, session: Session?, canaries: [String] = [], prompt: String? = nil) throws -> OutputCheck {
        try checkOutput(Array(text.utf8), session: session, canaries: canaries, prompt: prompt.map { Array($0.utf8) })
    }
}

/// A reply analysed once; the cleaned text can be produced for any prefix that ends outside a leak
/// (what the streaming guard emits).
struct OutputAnalysis {
    var restored: [UInt8]
    let policy: Policy
    var leaks: [Finding] = []
    var reasons: [Reason] = []
    var blocked = false

    init(restored: [UInt8], policy: Policy) {
        self.restored = restored
        self.policy = policy
    }

    /// The cleaned text of `restored[0..<end]` (`end` outside every leak).
    func cleaned(upTo end: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(end + 16)
        var pos = 0
        for f in leaks where f.end <= end {
            out.append(contentsOf: restored[pos..<f.start])
            // No session and no key: `mask` masks, every other operator writes `[TYPE]` (see `Operators`).
            restored.withUnsafeBufferPointer {
                Operators.apply(policy.operatorFor(f.type, withSession: false), f.type, original: UnsafeBufferPointer(rebasing: $0[f.start..<f.end]),
                                canonical: "", session: nil, key: nil, into: &out)
            }
            pos = f.end
        }
        if pos < end { out.append(contentsOf: restored[pos..<end]) }
        return out
    }

    func check(upTo end: Int) -> OutputCheck {
        var c = blocked ? OutputCheck(verdict: .block, text: [], reasons: reasons)
            : OutputCheck(verdict: leaks.isEmpty ? .allow : .redact, text: cleaned(upTo: end), reasons: reasons)
        c.restored = restored
        return c
    }
}

enum OutputGuardSearch {
    /// First occurrence of `needle` in `hay` (ASCII case-insensitive), or nil.
    static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        let first = ByteClass.lower(needle[0])
        var i = 0
        while i <= hay.count - needle.count {
            if ByteClass.lower(hay[i]) == first {
                var k = 1
                while k < needle.count && ByteClass.lower(hay[i + k]) == ByteClass.lower(needle[k]) { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
