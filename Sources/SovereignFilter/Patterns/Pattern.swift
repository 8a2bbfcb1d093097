import CPCRE2

// `MatchLimits` is part of the detection policy: `Policy/DetectionPolicy.swift`.

/// One compiled, JIT-compiled PCRE2 pattern. Immutable after construction, so any number of threads
/// may match it at once, each with its own `MatchScratch` (PCRE2's own rule: code is shareable,
/// match data is not).
public final class Pattern: @unchecked Sendable {
    public let name: String
    let code: OpaquePointer
    let jit: Bool

    /// Compiles `source`. `anchored` patterns match only at the offset they are given (the recognizers'
    /// candidate positions); PCRE2's JIT needs that option at compile time, not at match time.
    /// `ucp` makes `\d`, `\w` and `\b` Unicode-aware. The built-in (anchored) recognizers leave it off:
    /// their digits are ASCII after normalization, and an Arabic-Indic "٩" must not join "#99" into an
    /// order number (found by fuzzing). Custom patterns and prompt rules default to Unicode.
    public init(name: String, _ source: String, anchored: Bool = true, caseless: Bool = false,
                ucp: Bool? = nil, limits: MatchLimits = MatchLimits()) throws {
        self.name = name
        let utf8 = Array(source.utf8)
        guard utf8.count <= limits.maxPatternLength else {
            throw SFError(.policy, "pattern \(name): longer than \(limits.maxPatternLength) bytes")
        }
        var options: UInt32 = PCRE2_UTF | PCRE2_NO_UTF_CHECK
        if ucp ?? !anchored { options |= PCRE2_UCP }
        if anchored { options |= PCRE2_ANCHORED }
        if caseless { options |= PCRE2_CASELESS }
        guard let ccontext = pcre2_compile_context_create_8(nil) else {
            throw SFError(.noMemory, "pattern \(name): cannot allocate a compile context")
        }
        defer { pcre2_compile_context_free_8(ccontext) }
        pcre2_set_parens_nest_limit_8(ccontext, limits.maxNesting)
        var err: Int32 = 0
        var errOffset = 0
        // The pattern text was validated as UTF-8 by Swift (String), hence NO_UTF_CHECK is safe here.
        let compiled = utf8.withUnsafeBufferPointer { p in
            pcre2_compile_8(p.baseAddress ?? Pattern.emptyPointer, p.count, options, &err, &errOffset, ccontext)
        }
        guard let compiled else {
            throw SFError(.policy, "pattern \(name): \(Pattern.message(err)) at offset \(errOffset)")
        }
        code = compiled
        jit = limits.jit && pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE) == 0
    }

    deinit { pcre2_code_free_8(code) }

    // A valid address for empty subjects and patterns (PCRE2 rejects NULL even with length 0); never written.
    nonisolated(unsafe) static let emptyByte: UnsafeMutablePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        p.pointee = 0
        return p
    }()
    static var emptyPointer: UnsafePointer<UInt8> { UnsafePointer(emptyByte) }

    static func message(_ code: Int32) -> String {
        var buf = [UInt8](repeating: 0, count: 256)
        let n = buf.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(code, $0.baseAddress, 256) }
        return n > 0 ? String(decoding: buf[0..<Int(n)], as: UTF8.self) : "PCRE2 error \(code)"
    }

    /// Matches at `offset` (anchored patterns) or searches from it. `subject` MUST be valid UTF-8:
    /// the JIT does no UTF check, and every caller passes the validated, normalized view.
    @inline(__always)
    func match(_ subject: UnsafeBufferPointer<UInt8>, from offset: Int, _ s: MatchScratch) throws -> (Int, Int)? {
        let base = subject.baseAddress ?? Pattern.emptyPointer
        let rc: Int32
        if jit {
            rc = pcre2_jit_match_8(code, base, subject.count, offset, 0, s.matchData, s.matchContext)
        } else {
            rc = pcre2_match_8(code, base, subject.count, offset, PCRE2_NO_UTF_CHECK, s.matchData, s.matchContext)
        }
        if rc == PCRE2_ERROR_NOMATCH { return nil }
        if rc < 0 {
            switch rc {
            case PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT, PCRE2_ERROR_JIT_STACKLIMIT:
                throw SFError(.limit, "pattern \(name): \(Pattern.message(rc)) at byte \(offset)")
            case PCRE2_ERROR_NOMEMORY:
                throw SFError(.noMemory, "pattern \(name): out of memory")
            default:
                throw SFError(.internal, "pattern \(name): \(Pattern.message(rc))")
            }
        }
        let ov = pcre2_get_ovector_pointer_8(s.matchData)!
        return (ov[0], ov[1])
    }
}

/// Per-thread match state: PCRE2 match data and a match context carrying the limits.
/// Never shared between threads; reused across calls so a scan allocates nothing here.
final class MatchScratch {
    let matchData: OpaquePointer
    let matchContext: OpaquePointer

    init(limits: MatchLimits) throws {
        guard let md = pcre2_match_data_create_8(8, nil) else {
            throw SFError(.noMemory, "cannot allocate PCRE2 match data")
        }
        guard let mc = pcre2_match_context_create_8(nil) else {
            pcre2_match_data_free_8(md)
            throw SFError(.noMemory, "cannot allocate a PCRE2 match context")
        }
        pcre2_set_match_limit_8(mc, limits.matchLimit)
        pcre2_set_depth_limit_8(mc, limits.depthLimit)
        pcre2_set_heap_limit_8(mc, limits.heapLimitKiB)
        matchData = md
        matchContext = mc
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(matchContext)
    }
}
