/// The Aho–Corasick construction shared by the deny list and the prompt guard's literal automaton:
/// a trie over byte classes, failure links breadth first, and the transition table filled into a DFA.
/// Each user keeps its own table layout and scan loop (the deny list reports lengths, the guard ids).
enum AhoCorasick {
    /// `keys[k]` as byte-class strings (`classOf` maps bytes to 1..<alphabet), `payloads[k]` what a match of
    /// key k reports. Returns the full DFA (`goto[state][class]`, every entry set) and per state the
    /// payloads of all keys ending there (suffixes included), or nil past `maxStates` states.
    static func build(keys: [[UInt8]], payloads: [Int32], classOf: [UInt8], alphabet a: Int, maxStates: Int)
        -> (goto: [[Int32]], ends: [[Int32]])? {
        var goto: [[Int32]] = [[Int32](repeating: -1, count: a)]
        var ends: [[Int32]] = [[]]
        for (k, key) in keys.enumerated() {
            var s = 0
            for b in key {
                let c = Int(classOf[Int(b)])
                if goto[s][c] < 0 {
                    guard goto.count < maxStates else { return nil }
                    goto[s][c] = Int32(goto.count)
                    goto.append([Int32](repeating: -1, count: a))
                    ends.append([])
                }
                s = Int(goto[s][c])
            }
            ends[s].append(payloads[k])
        }
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
        return (goto, ends)
    }
}
