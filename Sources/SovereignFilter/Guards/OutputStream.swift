/// Checks a model reply that arrives in chunks. `push` returns what is safe to show now: pseudonyms
/// restored and leaks redacted exactly as `checkOutput` would on the whole text, holding back only a
/// tail of `holdBack` bytes, in which a pseudonym, a card number or a canary may still be completing.
/// `finish` flushes. When the reply must be blocked, the stream stops emitting at once; what it had
/// emitted before held nothing that the whole-text check objects to.
///
/// One stream per reply, used by one thread at a time.
public final class OutputStream {
    let engine: Engine
    let session: Session
    let canaries: [String]
    let own: Set<String>
    /// Bytes of restored text held back (longer than any pseudonym, canary or structured entity).
    public let holdBack: Int
    private var raw: [UInt8] = []
    private var emitted: [UInt8] = []
    public private(set) var verdict: Verdict = .allow
    public private(set) var reasons: [Reason] = []
    public private(set) var finished = false

    public init(engine: Engine, session: Session, canaries: [String] = [], prompt: [UInt8]? = nil, holdBack: Int = 256) throws {
        self.engine = engine
        self.session = session
        self.canaries = canaries
        self.holdBack = holdBack
        own = try engine.ownValues(session, prompt: prompt)
    }

    /// Adds a chunk (any split, also inside a UTF-8 character) and returns the bytes safe to emit now.
    public func push(_ chunk: [UInt8]) throws -> [UInt8] {
        guard !finished else { throw SFError(.invalidArgument, "stream already finished") }
        guard verdict != .block else { return [] }
        raw.append(contentsOf: chunk)
        return try advance(final: false)
    }

    /// Ends the reply: returns the remaining bytes (nothing when blocked) and the final verdict.
    public func finish() throws -> (text: [UInt8], verdict: Verdict) {
        guard !finished else { throw SFError(.invalidArgument, "stream already finished") }
        finished = true
        guard verdict != .block else { return ([], .block) }
        // An incomplete UTF-8 sequence at the very end is invalid input: fail closed.
        var ascii = false
        if let bad = raw.withUnsafeBufferPointer({ UTF8Check.firstInvalid($0, allASCII: &ascii) }) {
            verdict = .block
            throw SFError.invalidUTF8(at: bad)
        }
        let rest = try advance(final: true)
        return (rest, verdict)
    }

    private func advance(final: Bool) throws -> [UInt8] {
        // Only whole characters: a chunk may end inside one.
        var validEnd = raw.count
        if !final {
            var k = raw.count
            var back = 0
            while k > 0 && back < 4 && raw[k - 1] & 0xC0 == 0x80 { k -= 1; back += 1 }
            if k > 0 && raw[k - 1] >= 0xC0 {
                let lead = raw[k - 1]
                let need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                if raw.count - (k - 1) < need { validEnd = k - 1 }
            }
        }
        let a = try engine.analyzeOutput(Array(raw[0..<validEnd]), session: session, canaries: canaries, prompt: nil, own: own)
        reasons = a.reasons
        var cut = final ? a.restored.count : max(0, a.restored.count - holdBack)
        // Never inside a leak, never inside a character.
        for f in a.leaks where f.start < cut && cut < f.end { cut = f.start }
        // Verdicts from entities count once they lie in the settled part: a number in the held-back tail may
        // still grow into something else. Canaries and system-prompt echoes block at once (fail closed).
        let ruleBlock = a.reasons.contains { $0.rule != nil }
        let settledLeaks = a.leaks.filter { $0.end <= cut }
        let entityBlock = settledLeaks.contains { $0.type == .secret || engine.policy.operatorFor($0.type, withSession: false) == .block }
        if ruleBlock || entityBlock || final && a.blocked {
            verdict = .block
            return []
        }
        verdict = final ? (a.leaks.isEmpty ? .allow : .redact) : (settledLeaks.isEmpty && verdict != .redact ? .allow : .redact)
        while cut > 0 && cut < a.restored.count && a.restored[cut] & 0xC0 == 0x80 { cut -= 1 }
        let cleaned = a.cleaned(upTo: cut)
        guard cleaned.count >= emitted.count, cleaned[0..<emitted.count].elementsEqual(emitted) else {
            // What was emitted no longer matches the whole-text result: stop rather than show a leak.
            verdict = .block
            return []
        }
        let out = Array(cleaned[emitted.count...])
        emitted = cleaned
        return out
    }
}
