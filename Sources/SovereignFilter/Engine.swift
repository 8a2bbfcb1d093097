import Crypto
import CSovereignICU

/// The detection engine for one policy: compiled patterns, tables, the deny-list automaton.
/// Immutable after `init`, so one engine serves any number of threads at once (each with its own
/// `Scratch`). Building one costs milliseconds; build it once per policy, not per request.
/// It holds no writable state and writes no files: the kill switch, the inference log and the anomaly
/// detector belong to the `Runtime` around it.
public final class Engine: Sendable {
    public let policy: Policy
    /// The recognizers the policy enables, by call shape and trigger (`Recognizers/RecognizerRegistry.swift`).
    let recognizers: RecognizerRegistry
    /// Canonical values never flagged, by type name ("" = any type).
    let allow: Set<String>
    let hashKey: SymmetricKey
    let sessionKey: SymmetricKey
    let pool: ScratchPool
    let promptGuard: PromptGuard
    let gazetteer: Gazetteer

    public init(policy: Policy = .default) throws {
        guard sovereign_icu_init() == 0 else { throw SFError(.internal, "ICU normalization data could not be loaded") }
        self.policy = policy
        promptGuard = try PromptGuard(extra: policy.promptRules, threshold: policy.promptThreshold, limits: policy.limits)
        gazetteer = Gazetteer.shared
        // Terms and allow-list values go through the same normalization as the text they are compared with.
        var scratch = NormalizedText()
        func normalized(_ s: String) throws -> [UInt8] {
            let b = Array(s.utf8)
            var ascii = false
            _ = b.withUnsafeBufferPointer { UTF8Check.firstInvalid($0, allASCII: &ascii) }
            try b.withUnsafeBufferPointer { try Normalizer.normalize($0, allASCII: ascii, into: &scratch) }
            return scratch.identity ? b : scratch.bytes
        }
        recognizers = try RecognizerRegistry(policy: policy, normalized: normalized)
        var allowSet = Set<String>()
        for a in policy.allow {
            let n = try normalized(a)
            allowSet.insert(String(decoding: DenyList.fold(n), as: UTF8.self))
        }
        allow = allowSet
        hashKey = policy.hashKey.map { SymmetricKey(data: $0) } ?? SymmetricKey(size: .bits256)
        sessionKey = Sealing.key(policy)
        pool = ScratchPool(limits: policy.limits)
        // Swift builds global and static tables (gazetteers, registries, context words, the scorer's
        // weights) on first use. One scan and one prompt check of a sample here move that one-time work
        // (about 2 million instructions) out of the first caller's request, where it was a latency spike.
        // A failure here (say, a policy whose input limit is below the sample's size) is not the caller's.
        _ = try? scan(Engine.warmUpSample)
        _ = try? checkPrompt(Engine.warmUpSample)
    }

    /// Text that reaches every default recognizer and the NER stage (en/de/fr), for the warm-up above.
    static let warmUpSample = """
        Hallo Frau Weber, Bestellung Nr. 100004711 geht an Hauptstraße 5, 10115 Berlin. IBAN DE89 3704 0044 0532 0130 00, \
        Karte 4111 1111 1111 1111, Tel. +49 30 1234567, mail anna.weber@example.com, IP 192.168.10.4, \
        token ghp_16C7e42F292c6912E7710c838347Ae178B4a. Bonjour M. Dupont, 12 rue de la Paix, 75002 Paris. \
        Dear John Smith, 221B Baker Street, London NW1 6XE. Order #1001, SSN 123-45-6789.
        """

    /// Parses a JSON policy (`nil` or empty: the default policy).
    public convenience init(policyJSON: [UInt8]?) throws {
        if let j = policyJSON, !j.isEmpty { try self.init(policy: Policy(json: j)) } else { try self.init(policy: .default) }
    }

    public func makeScratch() throws -> Scratch { try Scratch(limits: policy.limits) }

    // MARK: scanning

    /// Findings in `text` (UTF-8), original byte offsets, sorted, non-overlapping.
    public func scan(_ text: UnsafeBufferPointer<UInt8>, scratch: Scratch) throws -> [Finding] {
        try detect(text, scratch)
        return scratch.findings
    }

    /// Scans with a scratch borrowed from the engine's pool (no per-call setup).
    public func scan(_ text: UnsafeBufferPointer<UInt8>) throws -> [Finding] {
        try pool.with { try scan(text, scratch: $0) }
    }

    public func scan(_ text: [UInt8]) throws -> [Finding] {
        try text.withUnsafeBufferPointer { try scan($0) }
    }

    public func scan(_ text: String) throws -> [Finding] { try scan(Array(text.utf8)) }

    /// Validates, normalizes, finds candidates, scores and resolves them into `scratch.findings`, then
    /// settles them (see `settle`), so that redacting the result again finds nothing new.
    func detect(_ text: UnsafeBufferPointer<UInt8>, _ sc: Scratch) throws {
        // (`detectOnce` clears the findings and candidates; every path below runs it or throws.)
        guard text.count <= policy.maxInputBytes else {
            throw SFError(.tooLarge, "input of \(text.count) bytes exceeds max_input_bytes \(policy.maxInputBytes)")
        }
        let escapes = policy.detection.escapes
        if !escapes.isEmpty && Escapes.mayContainEscapes(text, escapes) {
            // Validate the caller's bytes (errors name their offsets), then detect on the decoded view.
            var ascii = false
            if let bad = UTF8Check.firstInvalid(text, allASCII: &ascii) { throw SFError.invalidUTF8(at: bad) }
            Escapes.decode(text, escapes, into: &sc.json)
            if !sc.json.identity {
                try sc.json.bytes.withUnsafeBufferPointer { v in
                    try detectOnce(v, sc)
                    if !sc.findings.isEmpty { try settle(v, sc) }
                }
                mapBackFromEscapes(sc)
                return
            }
        }
        try detectOnce(text, sc)
        if !sc.findings.isEmpty { try settle(text, sc) }
    }

    /// Maps `sc.findings` from the decoded view to the original bytes. Each escape is one unit, so a
    /// finding grows to whole escapes; two findings that meet inside one escape are joined.
    func mapBackFromEscapes(_ sc: Scratch) {
        var w = 0
        for k in 0..<sc.findings.count {
            var f = sc.findings[k]
            (f.start, f.end) = sc.json.original(f.start, f.end)
            if w > 0 && f.start < sc.findings[w - 1].end {
                let last = sc.findings[w - 1]
                f.start = last.start
                f.end = max(f.end, last.end)
                if last.score >= f.score { f.type = last.type; f.score = last.score }
                w -= 1
            }
            sc.findings[w] = f
            w += 1
        }
        sc.findings.removeLast(sc.findings.count - w)
    }

    /// One detection pass, no size check (the settling passes run on text longer than the input).
    /// With `windows` (byte ranges of `text`, sorted, disjoint), candidates are looked for only where
    /// they start inside one (see `settle`); the patterns still see the whole text.
    func detectOnce(_ text: UnsafeBufferPointer<UInt8>, _ sc: Scratch, windows: [(Int, Int)]? = nil) throws {
        sc.findings.clearKeepingCapacity()
        // (The candidates are cleared by `candidates`, which takes them over.)
        var ascii = false
        if let bad = UTF8Check.firstInvalid(text, allASCII: &ascii) { throw SFError.invalidUTF8(at: bad) }
        try Normalizer.normalize(text, allASCII: ascii, into: &sc.norm)
        if sc.norm.identity {
            try candidates(text, sc, windows: windows)
            resolve(text, sc)
        } else {
            // Windows are offsets of the original; normalization moved them: look everywhere.
            try sc.norm.bytes.withUnsafeBufferPointer { v in
                try candidates(v, sc, windows: nil)
                resolve(v, sc)
            }
        }
    }

}
