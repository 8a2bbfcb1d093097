/// Many literals found in one pass: an Aho–Corasick automaton (full DFA over byte classes), the same
/// construction as the deny list's (`Recognizers/DenyList.swift`), generalized to report every term that
/// ends at each byte (a term and its suffixes) by id. The prompt guard feeds it the literal words of
/// all its rules and the intent lexicon at once, so a prompt is read once however many rules there are.
///
/// Matching is on folded bytes: ASCII upper case and the Latin-1 capitals (À–Þ, two-byte UTF-8) are
/// lowered, and every whitespace byte is one class whose runs count as one space, so a term "order
/// history" matches "Order\n  History". Terms are folded the same way when the automaton is built.
final class LiteralAutomaton: Sendable {
    /// Byte → alphabet class; 0 is "a byte no term contains".
    let classOf: [UInt8]
    let alphabet: Int
    /// Full DFA: `next[state * alphabet + class]`. 16-bit states: the table is half the size (≈ 3 MB for
    /// the guard's ~19k states × 83 classes), so more of it stays in cache.
    let next: [UInt16]
    /// Terms ending at each state (its own and its failure chain's): `outIDs[outStart[s] ..< outStart[s + 1]]`.
    let outStart: [Int32]
    let outIDs: [Int32]
    /// Folded length of each term (whitespace runs count as one byte).
    let termLength: [Int32]
    let spaceClass: UInt8

    static let whitespace: [UInt8] = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D]

    /// Folds one term: ASCII and Latin-1 capitals lowered, whitespace runs → one space, trimmed.
    static func fold(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        var pendingSpace = false
        var prev: UInt8 = 0
        for b in s.utf8 {
            if whitespace.contains(b) { pendingSpace = !out.isEmpty; prev = 0; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(foldByte(b, after: prev))
            prev = b
        }
        return out
    }

    /// The fold of one byte given the byte before it (the lead byte of a two-byte character).
    @inline(__always) static func foldByte(_ b: UInt8, after prev: UInt8) -> UInt8 {
        if b &- 0x41 < 26 { return b | 0x20 }
        // U+00C0–U+00DE except U+00D7 (×): capital → small is +0x20 in the second byte.
        if prev == 0xC3 && b &- 0x80 < 0x1F && b != 0x97 { return b &+ 0x20 }
        return b
    }

    init(terms: [String]) {
        let keys = terms.map { LiteralAutomaton.fold($0) }
        var cls = [UInt8](repeating: 0, count: 256)
        var count = 1
        let space: UInt8 = 1
        cls[0x20] = space; count = 2
        for b in LiteralAutomaton.whitespace { cls[Int(b)] = space }
        for k in keys { for b in k where cls[Int(b)] == 0 { cls[Int(b)] = UInt8(count); count += 1 } }
        precondition(count < 256, "literal automaton: too many distinct bytes")
        spaceClass = space
        let a = count
        let used = keys.enumerated().filter { !$0.element.isEmpty }
        // The table is UInt16: a state cap of 65535 (the built-in terms need far fewer).
        guard let (goto, ends) = AhoCorasick.build(keys: used.map(\.element), payloads: used.map { Int32($0.offset) }, classOf: cls,
                                                   alphabet: a, maxStates: Int(UInt16.max)) else {
            preconditionFailure("literal automaton: more than 65535 states")
        }
        classOf = cls
        alphabet = a
        next = goto.flatMap { $0.map { UInt16($0) } }
        var start: [Int32] = [0]
        var ids: [Int32] = []
        for e in ends { ids.append(contentsOf: e); start.append(Int32(ids.count)) }
        outStart = start
        outIDs = ids
        termLength = keys.map { Int32($0.count) }
    }

    var stateCount: Int { outStart.count - 1 }

    /// Calls `hit(termID, lastByteIndex)` for every occurrence of every term, in text order.
    @inline(__always)
    func scan(_ t: UnsafeBufferPointer<UInt8>, _ hit: (Int, Int) -> Void) {
        guard let base = t.baseAddress else { return }
        let n = t.count
        let a = alphabet
        let sp = spaceClass
        next.withUnsafeBufferPointer { nx in
            classOf.withUnsafeBufferPointer { cl in
                outStart.withUnsafeBufferPointer { os in
                    outIDs.withUnsafeBufferPointer { oi in
                        var s = 0
                        var prev: UInt8 = 0
                        var inSpace = false
                        var i = 0
                        while i < n {
                            let b = base[i]
                            let c = cl[Int(LiteralAutomaton.foldByte(b, after: prev))]
                            prev = b
                            if c == sp { if inSpace { i += 1; continue }; inSpace = true } else { inSpace = false }
                            s = Int(nx[s &* a &+ Int(c)])
                            let lo = Int(os[s]), hi = Int(os[s + 1])
                            if lo != hi { for k in lo..<hi { hit(Int(oi[k]), i) } }
                            i += 1
                        }
                    }
                }
            }
        }
    }

    /// Start of a match of term `id` whose last byte is at `last` (a whitespace run counts as one byte).
    func matchStart(_ t: UnsafeBufferPointer<UInt8>, _ id: Int, last: Int) -> Int {
        var k = last, left = Int(termLength[id])
        while left > 0 && k >= 0 {
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
