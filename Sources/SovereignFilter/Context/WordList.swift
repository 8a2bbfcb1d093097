/// A list of lower-case words bucketed by first byte, for the look-behind and look-ahead checks that
/// compare one word of the text against a list (order cues, key names, stand-in values): a word is
/// compared only with the few list entries that share its first byte. ASCII case-insensitive.
struct WordList: Sendable {
    let byFirst: [[[UInt8]]]

    init(_ list: [[UInt8]]) {
        var b = [[[UInt8]]](repeating: [], count: 256)
        for w in list { b[Int(w[0])].append(w) }
        byFirst = b
    }

    init(_ list: [String]) { self.init(list.map { Array($0.utf8) }) }

    /// `w` starts with one of the words.
    func startsAny(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !w.isEmpty else { return false }
        for p in byFirst[Int(ByteClass.lower(w[0]))] where p.count <= w.count && WordList.same(w, 0, p) { return true }
        return false
    }

    /// `w` is one of the words.
    func equalsAny(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !w.isEmpty else { return false }
        for p in byFirst[Int(ByteClass.lower(w[0]))] where p.count == w.count && WordList.same(w, 0, p) { return true }
        return false
    }

    /// One of the words occurs anywhere in `w`.
    func containsAny(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        for o in 0..<w.count {
            for p in byFirst[Int(ByteClass.lower(w[o]))] where o + p.count <= w.count && WordList.same(w, o, p) { return true }
        }
        return false
    }

    @inline(__always) private static func same(_ w: UnsafeBufferPointer<UInt8>, _ o: Int, _ p: [UInt8]) -> Bool {
        for q in 1..<max(1, p.count) where ByteClass.lower(w[o + q]) != p[q] { return false }
        return true
    }
}
