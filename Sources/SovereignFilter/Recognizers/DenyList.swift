/// Deny-list terms (supplier names, code names, cost prices) as one Aho–Corasick automaton over the
/// lower-cased normalized text: a thousand terms cost one pass, like one term. Matches count only at
/// word boundaries ("Falcon" does not fire inside "Falconry").
///
/// Whitespace, by principle: one space in a term matches any run of whitespace in the text (space,
/// tab, CR, LF, VT, FF, and whatever normalization turns into a space, e.g. NBSP), so `Project Falcon`
/// catches `PROJECT  FALCON`, `project\tfalcon` and a line break between the words. The terms' own
/// whitespace is collapsed when the list is built (trimmed, runs → one space); in the automaton every
/// whitespace byte is the space class, and the scan stays in place for the rest of a run. A match
/// covers the whole run between its words.
final class DenyList: TextRecognizer {
    static let entityTypes: [EntityType] = [.confidential]
    /// Byte → alphabet class; 0 is "a byte no term contains".
    let classOf: [UInt8]
    let alphabet: Int
    /// Full DFA: `next[state * alphabet + class]`.
    let next: [Int32]
    /// Length of the longest term ending at each state (0 = none).
    let outLen: [Int32]
    /// For states with several terms ending there (a term and its suffix), all lengths.
    let extraLens: [Int32: [Int32]]
    /// The class of every whitespace byte (255 when no term has a space: whitespace is class 0 then).
    let spaceClass: UInt8

    static let maxStates = 1 << 20

    init(terms: [String]) throws {
        let keys: [[UInt8]] = terms.map { DenyList.collapseSpaces(DenyList.fold(Array($0.utf8))) }.filter { !$0.isEmpty }
        var cls = [UInt8](repeating: 0, count: 256)
        var count = 1
        for k in keys { for b in k where cls[Int(b)] == 0 { cls[Int(b)] = UInt8(count); count += 1 } }
        guard count < 256 else { throw SFError.policy("deny", "terms use too many distinct bytes") }
        let space = cls[0x20]
        if space != 0 { for b in DenyList.whitespace { cls[Int(b)] = space } }
        spaceClass = space != 0 ? space : 255
        let a = count
        guard let (goto, ends) = AhoCorasick.build(keys: keys, payloads: keys.map { Int32($0.count) }, classOf: cls,
                                                   alphabet: a, maxStates: DenyList.maxStates) else {
            throw SFError.policy("deny", "too many terms (automaton over \(DenyList.maxStates) states)")
        }
        classOf = cls
        alphabet = a
        next = goto.flatMap { $0 }
        outLen = ends.map { $0.max() ?? 0 }
        var extra: [Int32: [Int32]] = [:]
        for (s, e) in ends.enumerated() where Set(e).count > 1 { extra[Int32(s)] = Array(Set(e)) }
        extraLens = extra
    }

    /// ASCII lower case; other bytes as they are (the text is NFKC-normalized already).
    static func fold(_ b: [UInt8]) -> [UInt8] { b.map { ByteClass.lower($0) } }

    /// The bytes that count as whitespace between a term's words.
    static let whitespace: [UInt8] = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D]

    /// A term's whitespace trimmed, each run one space.
    static func collapseSpaces(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var pendingSpace = false
        for c in b {
            if whitespace.contains(c) { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(c)
        }
        return out
    }

    func scan(_ s: inout ScanState) throws { scan(s.t, into: &s.out) }

    func scan(_ t: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
        var s = 0
        let a = alphabet
        let sp = spaceClass
        var inSpace = false
        for i in 0..<t.count {
            let c = classOf[Int(ByteClass.lower(t[i]))]
            // The rest of a whitespace run: the automaton already took it as one space.
            if c == sp { if inSpace { continue }; inSpace = true } else { inSpace = false }
            s = Int(next[s * a + Int(c)])
            let len = outLen[s]
            if len == 0 { continue }
            for l in extraLens[Int32(s)] ?? [len] {
                let start = matchStart(t, i, Int(l)), end = i + 1
                let before = start > 0 ? t[start - 1] : 0x20
                let after = end < t.count ? t[end] : 0x20
                if ByteClass.isAlnum(before) && ByteClass.isAlnum(t[start]) { continue }
                if ByteClass.isAlnum(after) && ByteClass.isAlnum(t[end - 1]) { continue }
                out.append(Candidate(start: start, end: end, type: .confidential, score: 1.0))
            }
        }
    }

    /// Start of a match of `len` term bytes ending at `last`: walks back, a whitespace run counting as
    /// one byte (terms neither start nor end with a space, so the run is always inside the match).
    @inline(__always)
    private func matchStart(_ t: UnsafeBufferPointer<UInt8>, _ last: Int, _ len: Int) -> Int {
        var k = last, left = len
        while left > 0 {
            if classOf[Int(t[k])] == spaceClass {
                while k >= 0 && classOf[Int(t[k])] == spaceClass { k -= 1 }
            } else {
                k -= 1
            }
            left -= 1
        }
        return k + 1
    }
}
