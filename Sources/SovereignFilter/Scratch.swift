/// Per-thread, reusable state for scanning: the normalized view and its offset map, PCRE2 match
/// data, candidate buffers. Create one per thread (or per call); never share one between threads.
public final class Scratch {
    var norm = NormalizedText()
    var json = NormalizedText()   // the text with JSON string escapes decoded (policy json_escapes)
    let ms: MatchScratch
    var cands: [Candidate] = []
    var resolved: [Candidate] = []  // the candidates that survive overlap resolution (Engine.resolve)
    var ibanBuf: [UInt8] = []
    var findings: [Finding] = []
    /// The tokens of one NER segment: an arena of at least one token per byte, grown (never shrunk)
    /// to the largest segment seen, so tokenizing needs no capacity check per token.
    private var tokens: UnsafeMutablePointer<Token>? = nil
    private var tokenCapacity = 0
    var nerOut: [Candidate] = []
    var settled: [Finding] = []   // the findings being settled (see Engine.settle)
    var settleText: [UInt8] = []  // the text with those findings replaced by tokens
    var settleMap: [Int] = []     // per finding: where its token starts in settleText
    var settleCenters: [Int] = [] // findings whose surroundings the next rescan looks at
    var settleWindows: [(Int, Int)] = []
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
