/// A run of digit groups joined by single separators, as cards, phones and order numbers are written:
/// `4111 1111 1111 1111`, `+49 (0)30 1234567`, `612.274.4391`. Parsed once per candidate and shared
/// by the numeric recognizers, which only look at its shape.
///
/// Its lists are inline (`SmallList`), not arrays: a run is parsed at every number start, and the
/// arrays' appends, uniqueness checks and clears were a tenth of a dense scan's instructions.
struct NumberRun {
    /// Digit values, in order (parenthesized digits included).
    var digits = SmallList<24, UInt8>()
    /// For each group: digit count and the byte offset where it ends.
    var groupLen = SmallList<12, Int>()
    var groupEnd = SmallList<12, Int>()
    /// Separators seen between groups (bit set: space, dash, dot, slash, paren).
    var seps: UInt8 = 0
    var plus = false
    /// The digits of a `(0)` trunk prefix after a country code, which dialling skips.
    var trunkZero = false
    var start = 0
    var end = 0

    static let space: UInt8 = 1, dash: UInt8 = 2, dot: UInt8 = 4, slash: UInt8 = 8, paren: UInt8 = 16

    init() {}
    init(parsing t: UnsafeBufferPointer<UInt8>, at i: Int) { parse(t, at: i) }

    mutating func reset() {
        digits.removeAll()
        groupLen.removeAll()
        groupEnd.removeAll()
        seps = 0
        plus = false
        trunkZero = false
    }

    /// Parses from `i` (a digit, `+` or `(`). At most 24 digits and 12 groups.
    mutating func parse(_ t: UnsafeBufferPointer<UInt8>, at i: Int) {
        reset()
        start = i
        var j = i
        let n = t.count
        if j < n && t[j] == UInt8(ascii: "+") { plus = true; j += 1; if j < n && t[j] == 0x20 { j += 1 } }
        end = j
        var pendingSep: UInt8 = 0
        while j < n && digits.count < 24 && groupLen.count < 12 {
            let c = t[j]
            if ByteClass.isDigit(c) {
                let g0 = j
                let before = digits.count
                while j < n && ByteClass.isDigit(t[j]) && digits.count < 24 { digits.append(t[j] - 0x30); j += 1 }
                // A later group that runs into a colon, perhaps through hex letters ("… 25859 790:db8::1",
                // "…238/6b8::1", "… 4711 12:30"), starts an address or a time, not more of this number: left
                // out, the run reads the same whether or not that token gets redacted (fuzzing).
                if !groupLen.isEmpty {
                    var h = j
                    while h < n && ByteClass.isHex(t[h]) { h += 1 }  // "6b8::1" is an IPv6 address too
                    // Glued to a word ("… 4498 4291attomas@…"): the group is that word's, not this number's.
                    let glued = j + 1 < n && ByteClass.isAlpha(t[j]) && ByteClass.isAlpha(t[j + 1])
                    // A colon before a space or the end is a label's or a sender's ("▶ 030/30538527: Bitte…",
                    // "Mobile 312.394.5780:"): times and addresses go on after their colon.
                    let label = h + 1 >= n || t[h + 1] == 0x20 || t[h + 1] == 0x0A || t[h + 1] == 0x0D || t[h + 1] == 0x09
                    // EDIFACT's component separator before a code qualifier and the segment's end
                    // (`COM+0049 151 39083894:TE'`, `:FX'`) ends the number the same way.
                    let qualifier = h == j && h + 3 < n && ByteClass.isUpper(t[h + 1]) && ByteClass.isUpper(t[h + 2])
                        && (t[h + 3] == UInt8(ascii: "'") || h + 4 < n && ByteClass.isUpper(t[h + 3]) && t[h + 4] == UInt8(ascii: "'"))
                    if h < n && t[h] == UInt8(ascii: ":") && !((label || qualifier) && h == j) || glued {
                        digits.removeLast(digits.count - before)
                        break
                    }
                }
                groupLen.append(j - g0)
                groupEnd.append(j)
                seps |= pendingSep
                pendingSep = 0
                end = j
                // Separator(s) before the next group: one of " -./", or a "(", or ") ".
                var k = j
                var sep: UInt8 = 0
                if k < n {
                    switch t[k] {
                    // "0511 / 9089572": an area code with a trunk zero, then a spaced slash (German style).
                    case 0x20 where groupLen.count == 1 && digits[0] == 0 && k + 3 < n && t[k + 1] == UInt8(ascii: "/") && t[k + 2] == 0x20:
                        sep = NumberRun.slash; k += 3
                    case 0x20: sep = NumberRun.space; k += 1
                    case UInt8(ascii: "-"): sep = NumberRun.dash; k += 1
                    case UInt8(ascii: "."): sep = NumberRun.dot; k += 1
                    case UInt8(ascii: "/"): sep = NumberRun.slash; k += 1
                    case UInt8(ascii: ")"):
                        sep = NumberRun.paren; k += 1
                        if k < n && (t[k] == 0x20 || t[k] == UInt8(ascii: "-")) { k += 1 }
                    default: break
                    }
                }
                if k < n && t[k] == UInt8(ascii: "(") { sep |= NumberRun.paren; k += 1 }
                if sep == 0 || k >= n || !ByteClass.isDigit(t[k]) { break }
                pendingSep = sep
                j = k
            } else if c == UInt8(ascii: "(") && digits.isEmpty {  // "(555) …", "(06237) …"
                j += 1
                pendingSep |= NumberRun.paren
            } else {
                break
            }
        }
        // A "(0)" directly after an international prefix: the trunk zero.
        if plus, groupLen.count >= 2, groupLen[1] == 1, digits[groupLen[0]] == 0, seps & NumberRun.paren != 0 {
            trunkZero = true
        }
    }

    var digitCount: Int { digits.count }
}

/// A list of at most `N` integers stored inline: no heap, no reference count, no uniqueness check, so a
/// `NumberRun` is a plain value that lives on the stack (24 digits and 12 groups are `parse`'s limits).
struct SmallList<let N: Int, Element: FixedWidthInteger & BitwiseCopyable>: RandomAccessCollection, Equatable, ExpressibleByArrayLiteral {
    private var storage = InlineArray<N, Element>(repeating: 0)
    private(set) var count = 0

    init() {}
    init(arrayLiteral elements: Element...) { for e in elements { append(e) } }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(i: Int) -> Element {
        get {
            precondition(i >= 0 && i < count, "SmallList index out of range")
            return storage[i]
        }
        set {
            precondition(i >= 0 && i < count, "SmallList index out of range")
            storage[i] = newValue
        }
    }

    /// Callers stop at `N` (`parse` checks its limits first); one more is a programming error.
    mutating func append(_ e: Element) {
        precondition(count < N, "SmallList is full")
        storage[count] = e
        count += 1
    }

    mutating func removeAll() { count = 0 }
    mutating func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count)
        count -= k
    }

    static func == (a: SmallList, b: SmallList) -> Bool { a.elementsEqual(b) }
}

extension SmallList where Element == Int {
    /// The group lengths packed into one integer (the count in the top byte, four bits per length, lengths above 15
    /// counted as 15), so a test against a grouping is one compare: `groups == [3, 3, 4]` built the literal's array,
    /// an allocation per number.
    @inline(__always) var shape: UInt64 {
        var k = UInt64(truncatingIfNeeded: count) << 56
        for i in 0..<Swift.min(count, 12) { k |= UInt64(truncatingIfNeeded: Swift.min(self[i], 15)) << UInt64(4 * i) }
        return k
    }
}

/// Groupings to compare with `SmallList.shape` ("3 3 4": `GroupShape.of(3, 3, 4)`).
enum GroupShape {
    @inline(__always) static func of(_ a: Int) -> UInt64 { 1 << 56 | UInt64(a) }
    @inline(__always) static func of(_ a: Int, _ b: Int) -> UInt64 { 2 << 56 | UInt64(a) | UInt64(b) << 4 }
    @inline(__always) static func of(_ a: Int, _ b: Int, _ c: Int) -> UInt64 { 3 << 56 | UInt64(a) | UInt64(b) << 4 | UInt64(c) << 8 }
    @inline(__always) static func of(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> UInt64 {
        4 << 56 | UInt64(a) | UInt64(b) << 4 | UInt64(c) << 8 | UInt64(d) << 12
    }
}
