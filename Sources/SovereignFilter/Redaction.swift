/// The result of `redact`: the text to send on, the findings (original offsets), and whether an
/// operator asked to block the whole call (then `text` is empty: nothing may be sent).
public struct RedactionResult: Sendable {
    public var text: [UInt8]
    public var findings: [Finding]
    public var blocked: Bool
}

extension Engine {
    /// Applies each finding's operator to the ORIGINAL text. With a session, the default operator is
    /// `pseudonymize` (so the reply can be restored); without one it is `redact`.
    public func redact(_ text: UnsafeBufferPointer<UInt8>, session: Session?, scratch sc: Scratch) throws -> RedactionResult {
        try detect(text, sc)
        return try redact(text, findings: sc.findings, session: session)
    }

    /// Applies the operators to findings the caller already has for `text` (from `scan` on this very text
    /// or on a larger text that contains it, rebased: sorted, non-overlapping, offsets into `text`, none
    /// crossing its ends). The CLI redacts a streamed document window by window with it.
    ///
    /// Fails closed before any operator runs: a "block" operator gives a blocked result, and a session
    /// that would grow past the policy's `max_session_values` is `SFError.Code.sessionFull`; either way the
    /// session's vault is left untouched and no text is returned.
    public func redact(_ text: UnsafeBufferPointer<UInt8>, findings: [Finding], session: Session?) throws -> RedactionResult {
        var last = 0
        for f in findings {
            guard f.start >= last, f.start < f.end, f.end <= text.count else {
                throw SFError(.invalidArgument, "findings must be sorted, non-overlapping and inside the text")
            }
            last = f.end
        }
        // Block before any operator runs: a blocked call must leave the session's vault untouched.
        for f in findings where policy.operatorFor(f.type, withSession: session != nil) == .block {
            return RedactionResult(text: [], findings: findings, blocked: true)
        }
        if let session { try checkSessionCapacity(session, text, findings) }
        var out: [UInt8] = []
        out.reserveCapacity(text.count + 16 * findings.count)
        var pos = 0
        for f in findings {
            let op = policy.operatorFor(f.type, withSession: session != nil)
            out.append(contentsOf: text[pos..<f.start])
            let original = UnsafeBufferPointer(rebasing: text[f.start..<f.end])
            Operators.apply(op, f.type, original: original, canonical: canonicalValue(f, text), session: session,
                            key: hashKey, into: &out)
            pos = f.end
        }
        out.append(contentsOf: text[pos..<text.count])
        return RedactionResult(text: out, findings: findings, blocked: false)
    }

    /// Redacts with a scratch borrowed from the engine's pool.
    public func redact(_ text: UnsafeBufferPointer<UInt8>, session: Session?) throws -> RedactionResult {
        try pool.with { try redact(text, session: session, scratch: $0) }
    }

    public func redact(_ text: [UInt8], session: Session? = nil) throws -> RedactionResult {
        try text.withUnsafeBufferPointer { try redact($0, session: session) }
    }

    public func redact(_ text: String, session: Session? = nil) throws -> RedactionResult {
        try redact(Array(text.utf8), session: session)
    }

    /// Throws `sessionFull` when pseudonymizing `findings` would add values the session does not hold yet
    /// beyond `policy.maxSessionValues`. Values already in the vault always pass (they add nothing).
    func checkSessionCapacity(_ session: Session, _ text: UnsafeBufferPointer<UInt8>, _ findings: [Finding]) throws {
        let cap = policy.maxSessionValues
        var fresh = Set<String>()
        for f in findings where policy.operatorFor(f.type, withSession: true) == .pseudonymize {
            let key = Session.valueKey(f.type, Array(text[f.start..<f.end]))
            if !session.holds(key) { fresh.insert(key) }
        }
        if session.count + fresh.count > cap {
            throw SFError(.sessionFull, "session holds \(session.count) values; this call would add \(fresh.count), over max_session_values \(cap)")
        }
    }

    /// The canonical value of a finding, computed from the normalized form of its original bytes (JSON
    /// escapes and HTML references decoded first, as the policy says, so `J\u00fcrgen` and `Jürgen` are one value).
    func canonicalValue(_ f: Finding, _ text: UnsafeBufferPointer<UInt8>, _ sc: Scratch? = nil) -> String {
        let raw = Array(text[f.start..<f.end])
        let original = Escapes.decoded(raw, policy.detection.escapes)
        var norm = NormalizedText()
        var ascii = false
        _ = original.withUnsafeBufferPointer { UTF8Check.firstInvalid($0, allASCII: &ascii) }
        let ok = (try? original.withUnsafeBufferPointer { try Normalizer.normalize($0, allASCII: ascii, into: &norm) }) != nil
        let bytes = (ok && !norm.identity) ? norm.bytes : original
        return bytes.withUnsafeBufferPointer { Canonical.value(f.type, $0) }
    }
}
