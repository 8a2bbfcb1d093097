/// Strict UTF-8 validation (RFC 3629): no overlongs, no surrogates, nothing above U+10FFFF.
/// Everything downstream (PCRE2 JIT in particular, which does no UTF check of its own) relies on it.
public enum UTF8Check {
    /// The byte offset of the first invalid sequence, or nil when the bytes are valid UTF-8.
    /// `allASCII` reports whether every byte is below 0x80 (the fast path that skips ICU).
    @inlinable
    public static func firstInvalid(_ p: UnsafeBufferPointer<UInt8>, allASCII: inout Bool) -> Int? {
        let n = p.count
        guard let base = p.baseAddress else { allASCII = true; return nil }
        var i = 0
        var ascii = true
        while i < n {
            // Eight bytes at a time while they are all ASCII.
            if i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if w & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let b0 = base[i]
            if b0 < 0x80 { i += 1; continue }
            ascii = false
            let len = sequenceLength(base, n, i)
            if len == 0 { allASCII = false; return i }
            i += len
        }
        allASCII = ascii
        return nil
    }

    /// Length of the valid sequence starting at `i`, or 0 when it is invalid.
    @inlinable
    static func sequenceLength(_ base: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> Int {
        let b0 = base[i]
        @inline(__always) func cont(_ k: Int) -> UInt8? {
            guard i + k < n else { return nil }
            let b = base[i + k]
            return b & 0xC0 == 0x80 ? b : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            return cont(1) == nil ? 0 : 2
        case 0xE0...0xEF:
            guard let b1 = cont(1), cont(2) != nil else { return 0 }
            if b0 == 0xE0 && b1 < 0xA0 { return 0 }  // overlong
            if b0 == 0xED && b1 > 0x9F { return 0 }  // surrogates
            return 3
        case 0xF0...0xF4:
            guard let b1 = cont(1), cont(2) != nil, cont(3) != nil else { return 0 }
            if b0 == 0xF0 && b1 < 0x90 { return 0 }  // overlong
            if b0 == 0xF4 && b1 > 0x8F { return 0 }  // above U+10FFFF
            return 4
        default:
            return 0
        }
    }

    /// Replaces every invalid sequence by U+FFFD (the CLI's `--lossy`).
    public static func repairing(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            var i = 0
            while i < p.count {
                if base[i] < 0x80 { out.append(base[i]); i += 1; continue }
                let len = sequenceLength(base, p.count, i)
                if len == 0 {
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    i += 1
                } else {
                    out.append(contentsOf: p[i..<(i + len)])
                    i += len
                }
            }
        }
        return out
    }

    /// Decodes the scalar at `i` of VALID UTF-8; returns it and its length.
    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                | UInt32(p[i + 3] & 0x3F), 4)
    }

    @inline(__always)
    static func encode(_ c: UInt32, into out: inout [UInt8]) {
        switch c {
        case 0..<0x80: out.append(UInt8(c))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (c >> 6))); out.append(UInt8(0x80 | (c & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (c >> 12))); out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (c >> 18))); out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F))); out.append(UInt8(0x80 | (c & 0x3F)))
        }
    }
}
