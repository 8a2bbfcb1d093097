/// ASCII byte classes for the hot loops. Non-ASCII bytes have no class: a digit right after one
/// ("n°48213", "№ 12") still starts a candidate.
enum ByteClass {
    static let digit: UInt8 = 1
    static let alpha: UInt8 = 2
    static let word: UInt8 = 4      // digit, letter, non-ASCII
    static let trigger: UInt8 = 8   // a byte that can start or mark a candidate

    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for b in 0x30...0x39 { t[b] = digit | word }
        for b in 0x41...0x5A { t[b] = alpha | word }
        for b in 0x61...0x7A { t[b] = alpha | word }
        for c in "@#+([{<:=-_~" { t[Int(c.asciiValue!)] |= trigger }
        return t
    }()

    /// The table as a raw pointer (allocated once, never freed) for loops that index it per byte:
    /// an array subscript there pays a bounds check per byte.
    nonisolated(unsafe) static let tablePointer: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        p.initialize(from: table, count: 256)
        return UnsafePointer(p)
    }()

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isAlpha(b) }
    @inline(__always) static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    @inline(__always) static func upper(_ b: UInt8) -> UInt8 { (b &- 0x61) < 26 ? b & ~0x20 : b }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}

extension ByteClass {
    /// Case-insensitive ASCII comparison of `word` (lower case) at `i` of `t`.
    @inline(__always) static func hasWord(_ t: UnsafeBufferPointer<UInt8>, _ word: StaticString, at i: Int) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i >= 0, i + n <= t.count else { return false }
        return word.withUTF8Buffer { w in
            for k in 0..<n where ByteClass.lower(t[i + k]) != w[k] { return false }
            return true
        }
    }
}
