/// Per-thread, reusable state for scanning: the normalized view and its offset map, PCRE2 match
/// data, candidate buffers. Create one per thread (or per call); never share one between threads.
///
/// Why `@exclusivity(unchecked)`: a class's stored `var` is checked for overlapping access at run time
/// (`swift_beginAccess`, ~74 instructions per access, ~2 % of a scan of a short text). A scratch belongs
/// to one thread at a time (above), and the engine never holds two accesses to one buffer at once: each
/// stage either touches a buffer once or swaps it into a local (`Engine.candidates`, `Engine.resolve`).
public final class Scratch {
    @exclusivity(unchecked) var norm = NormalizedText()
    @exclusivity(unchecked) var json = NormalizedText()   // the text with JSON string escapes decoded (policy json_escapes)
    let ms: MatchScratch
    @exclusivity(unchecked) var cands: [Candidate] = []
    @exclusivity(unchecked) var resolved: [Candidate] = []  // the candidates that survive overlap resolution (Engine.resolve)
    @exclusivity(unchecked) var ibanBuf: [UInt8] = []
    @exclusivity(unchecked) var findings: [Finding] = []
    /// The tokens of one NER segment: an arena of at least one token per byte, grown (never shrunk)
    /// to the largest segment seen, so tokenizing needs no capacity check per token.
    @exclusivity(unchecked) private var tokens: UnsafeMutablePointer<Token>? = nil
    @exclusivity(unchecked) private var tokenCapacity = 0
    @exclusivity(unchecked) var nerOut: [Candidate] = []
    @exclusivity(unchecked) var settled: [Finding] = []   // the findings being settled (see Engine.settle)
    @exclusivity(unchecked) var settleText: [UInt8] = []  // the text with those findings replaced by tokens
    @exclusivity(unchecked) var settleMap: [Int] = []     // per finding: where its token starts in settleText
    @exclusivity(unchecked) var settleCenters: [Int] = [] // findings whose surroundings the next rescan looks at
    @exclusivity(unchecked) var settleWindows: [(Int, Int)] = []
    /// The candidate loop's stop bits for one chunk of the text (`Engine.candidatePass`).
    static let stopChunk = 4096
    let stopBits = UnsafeMutablePointer<UInt64>.allocate(capacity: stopChunk / 64)

    public init(limits: MatchLimits = MatchLimits()) throws {
        ms = try MatchScratch(limits: limits)
        cands.reserveCapacity(64)
        resolved.reserveCapacity(64)
        findings.reserveCapacity(64)
        ibanBuf.reserveCapacity(40)
        stopBits.initialize(repeating: 0, count: Scratch.stopChunk / 64)
    }

    /// The token arena, holding at least `bytes + 1` tokens.
    @inline(__always)
    func tokenArena(_ bytes: Int) -> UnsafeMutablePointer<Token> {
        if let p = tokens, tokenCapacity > bytes { return p }
        tokens?.deallocate()
        // Segments are at most 128 KB (`Engine.segmentEnd`); a 1 KB prompt takes 4 K tokens to start.
        tokenCapacity = max(bytes + 1, 4096)
        let p = UnsafeMutablePointer<Token>.allocate(capacity: tokenCapacity)
        tokens = p
        return p
    }

    deinit {
        stopBits.deallocate()
        tokens?.deallocate()
    }
}

extension Array {
    /// `removeAll(keepingCapacity: true)` only when there is something to remove: the call is out of
    /// line (`replaceSubrange`, ~100 instructions) even for an empty array, and the scan clears its
    /// buffers several times per call.
    @inline(__always) mutating func clearKeepingCapacity() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}
