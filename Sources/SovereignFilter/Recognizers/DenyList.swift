/// Deny-list terms (supplier names, code names, cost prices) as one Aho–Corasick automaton over the
/// lower-cased normalized text: a thousand terms cost one pass, like one term. Matches count only at
/// word boundaries ("Falcon" does not fire inside "Falconry").
struct DenyList: Sendable {
    /// Byte → alphabet class; 0 is "a byte no term contains".
    let classOf: [UInt8]
    let alphabet: Int
    /// Full DFA: `next[state * alphabet + class]`.
    let next: [Int32]
    /// Length of the longest term ending at each state (0 = none).
    let outLen: [Int32]
    /// For states with several terms ending there (a term and its suffix), all lengths.
    let extraLens: [Int32: [Int32]]

    static let maxStates = 1 << 20

    init(terms: [String]) throws {
        let keys: [[UInt8]] = terms.map { DenyList.fold(Array($0.utf8)) }.filter { !$0.isEmpty }
        var cls = [UInt8](repeating: 0, count: 256)
        var count = 1
        for k in keys { for b in k where cls[Int(b)] == 0 { cls[Int(b)] = UInt8(count); count += 1 } }
        guard count < 256 else { throw SFError.policy("deny", "terms use too many distinct bytes") }
        let a = count
        // Trie.
        var goto: [[Int32]] = [[Int32](repeating: -1, count: a)]
        var ends: [[Int32]] = [[]]
        for k in keys {
            var s = 0
            for b in k {
                let c = Int(cls[Int(b)])
                if goto[s][c] < 0 {
                    guard goto.count < DenyList.maxStates else { throw SFError.policy("deny", "too many terms (automaton over \(DenyList.maxStates) states)") }
                    goto[s][c] = Int32(goto.count)
                    goto.append([Int32](repeating: -1, count: a))
                    ends.append([])
                }
                s = Int(goto[s][c])
            }
            ends[s].append(Int32(k.count))
        }
        // Failure links, breadth first; fill the DFA.
        var fail = [Int32](repeating: 0, count: goto.count)
        var queue: [Int] = []
        for c in 0..<a {
            if goto[0][c] < 0 { goto[0][c] = 0 } else { fail[Int(goto[0][c])] = 0; queue.append(Int(goto[0][c])) }
        }
        var head = 0
        while head < queue.count {
            let s = queue[head]; head += 1
            ends[s].append(contentsOf: ends[Int(fail[s])])
            for c in 0..<a {
                let t = goto[s][c]
                if t < 0 {
                    goto[s][c] = goto[Int(fail[s])][c]
                } else {
                    fail[Int(t)] = goto[Int(fail[s])][c]
                    queue.append(Int(t))
                }
            }
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

    func scan(_ t: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
        var s = 0
        let a = alphabet
        for i in 0..<t.count {
            s = Int(next[s * a + Int(classOf[Int(ByteClass.lower(t[i]))])])
            let len = outLen[s]
            if len == 0 { continue }
            for l in extraLens[Int32(s)] ?? [len] {
                let start = i + 1 - Int(l), end = i + 1
                let before = start > 0 ? t[start - 1] : 0x20
                let after = end < t.count ? t[end] : 0x20
                if ByteClass.isAlnum(before) && ByteClass.isAlnum(t[start]) { continue }
                if ByteClass.isAlnum(after) && ByteClass.isAlnum(t[end - 1]) { continue }
                out.append(Candidate(start: start, end: end, type: .confidential, score: 1.0))
            }
        }
    }
}
