/// Per-thread, reusable state for scanning: the normalized view and its offset map, PCRE2 match
/// data, candidate buffers. Create one per thread (or per call); never share one between threads.
public final class Scratch {
    var norm = NormalizedText()
    var json = NormalizedText()   // the text with JSON string escapes decoded (policy json_escapes)
    let ms: MatchScratch
    var cands: [Candidate] = []
    var resolved: [Candidate] = []  // the candidates that survive overlap resolution (Engine.resolve)
    var run = NumberRun()
    var ibanBuf: [UInt8] = []
    var findings: [Finding] = []
    var tokens: [Token] = []
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

    deinit { stopBits.deallocate() }
}
