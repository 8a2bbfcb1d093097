#if canImport(Glibc)
import Glibc
#endif

/// Escapes seen through, decoded into a view with a map back to the original bytes (the
/// `NormalizedText` unit map: each escape is one unit, so a span mapped back always covers whole
/// escapes). Two kinds, each a policy switch:
///
/// - JSON string escapes (`json_escapes`): `\uXXXX` (surrogate pairs joined; a lone surrogate becomes
///   U+FFFD), `\n`, `\t`, `\r`, `\b`, `\f`, `\"`, `\\`, `\/`. Text inside JSON text, e.g. a tool result
///   that `json.dumps` serialized (`Goethestra\u00dfe`), then reads to the recognizers as what it says.
///   Read left to right, so `\\u00fc` is a backslash followed by the letters `u00fc`. Off by default:
///   in plain text a backslash is often just a backslash (`C:\new`).
/// - HTML character references (`html_entities`, on by default): `&#52;`, `&#x34;` and the named
///   references mail bodies and shop templates use (`&nbsp;`, `&amp;`, `&uuml;`, `&eacute;`, `&szlig;` …,
///   see `HTMLEntities`), so a card written `4&#8203;1&#8203;1…` or a name `M&uuml;ller` in an HTML mail
///   is read as the digits and the name. Only a complete reference with its `;` is decoded: `Tom & Jerry`,
///   `a&b` and `&foo;` stay as they are.
///
/// - URL percent-escapes (`url_escapes`, on by default): `%40`, `%2B`, `%3A`, `%20` … that yield a
///   printable ASCII character. A form post or a query string (`mail=jane%40example.com`,
///   `tel=%2B49…`) then reads as the address and the number it carries. Only `%XX` with two hex digits
///   whose byte is 0x20…0x7E is decoded: a byte above that would be part of a multi-byte character that a
///   single escape cannot complete, and control characters never help a recognizer. `+` is left alone
///   (it means a space only in a form body, and a `+` before a phone number is a `+`).
///
/// Every control character a reference or an escape yields (`\b`, `\f`, `\u0000`…`\u001F`, `&#0;`…,
/// except newline, tab and carriage return) becomes a space: it separates words as the writer meant,
/// and NUL and friends never reach the recognizers. Unknown or truncated escapes stay as they are.
/// Text without a backslash (JSON), an ampersand (HTML) or a percent sign (URL) is not touched (one
/// `memchr` each): the view is the input itself.
public enum Escapes {
    public struct Kinds: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let json = Kinds(rawValue: 1)
        public static let html = Kinds(rawValue: 2)
        public static let url = Kinds(rawValue: 4)
    }

    /// True when `p` holds a byte that can start an escape of `kinds` (the only case where decoding can
    /// change anything).
    @inline(__always)
    public static func mayContainEscapes(_ p: UnsafeBufferPointer<UInt8>, _ kinds: Kinds) -> Bool {
        guard let base = p.baseAddress, p.count > 0 else { return false }
        return kinds.contains(.json) && memchr(base, 0x5C, p.count) != nil
            || kinds.contains(.html) && memchr(base, 0x26, p.count) != nil
            || kinds.contains(.url) && memchr(base, 0x25, p.count) != nil
    }

    /// The first byte at or after `from` that can start an escape of `kinds`, or `n`.
    @inline(__always)
    private static func nextSpecial(_ base: UnsafePointer<UInt8>, _ from: Int, _ n: Int, _ kinds: Kinds) -> Int {
        var next = n
        if kinds.contains(.json), let q = memchr(base + from, 0x5C, n - from) {
            next = UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - base
        }
        if kinds.contains(.html), let q = memchr(base + from, 0x26, next - from) {
            next = UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - base
        }
        if kinds.contains(.url), let q = memchr(base + from, 0x25, next - from) {
            next = UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - base
        }
        return next
    }

    /// Decodes the escapes of `p` into `out` (its `bytes` and unit map). When nothing was decoded,
    /// `out.identity` is true and `out.bytes` is unused. The input need not be valid UTF-8: bytes other
    /// than escapes are copied as they are, and decoded scalars are written as valid UTF-8.
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ kinds: Kinds, into out: inout NormalizedText) {
        out.reset()
        guard let base = p.baseAddress, !kinds.isEmpty else { return }
        let n = p.count
        var i = nextSpecial(base, 0, n, kinds)
        guard i < n else { return }
        out.identity = false
        out.bytes.reserveCapacity(n)
        out.bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: i))
        while i < n {
            let b = base[i]
            if b == 0x26 && kinds.contains(.html) {
                // (With `.json` alone an ampersand is an ordinary byte: it is copied below.)
                if let (scalar, len) = HTMLEntities.reference(base, n, i) {
                    let normStart = out.bytes.count
                    UTF8Check.encode(scalar < 0x20 && scalar != 0x0A && scalar != 0x09 && scalar != 0x0D ? 0x20 : scalar, into: &out.bytes)
                    out.mark(normStart, i, i + len)
                    i += len
                } else {
                    out.bytes.append(b)
                    i += 1
                }
                continue
            }
            if b == 0x25 && kinds.contains(.url) {
                // (With `.url` off a percent sign is an ordinary byte: it is copied below.)
                if i + 2 < n, let v = hex2(base[i + 1], base[i + 2]), v >= 0x20 && v < 0x7F {
                    let normStart = out.bytes.count
                    out.bytes.append(v)
                    out.mark(normStart, i, i + 3)
                    i += 3
                } else {
                    out.bytes.append(b)
                    i += 1
                }
                continue
            }
            if b != 0x5C || !kinds.contains(.json) {
                // Copy up to the next escape in one go.
                let next = nextSpecial(base, i + 1, n, kinds)
                out.bytes.append(contentsOf: UnsafeBufferPointer(start: base + i, count: next - i))
                i = next
                continue
            }
            guard i + 1 < n else { out.bytes.append(b); i += 1; break }
            let normStart = out.bytes.count
            var simple: UInt8? = nil
            switch base[i + 1] {
            case UInt8(ascii: "n"): simple = 0x0A
            case UInt8(ascii: "t"): simple = 0x09
            case UInt8(ascii: "r"): simple = 0x0D
            case UInt8(ascii: "b"), UInt8(ascii: "f"): simple = 0x20  // backspace, form feed: control characters
            case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
            case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
            case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
            case UInt8(ascii: "u"):
                guard let hi = hex4(base, n, i + 2) else { break }
                var scalar = hi
                var len = 6
                if hi >= 0xD800 && hi < 0xDC00 {
                    // A high surrogate: joined with a following `\uDC00`…`\uDFFF`, else U+FFFD.
                    if i + 7 < n, base[i + 6] == 0x5C, base[i + 7] == UInt8(ascii: "u"), let lo = hex4(base, n, i + 8), lo >= 0xDC00 && lo < 0xE000 {
                        scalar = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                        len = 12
                    } else {
                        scalar = 0xFFFD
                    }
                } else if hi >= 0xDC00 && hi < 0xE000 {
                    scalar = 0xFFFD
                } else if hi < 0x20 && hi != 0x0A && hi != 0x09 && hi != 0x0D {
                    scalar = 0x20
                }
                UTF8Check.encode(scalar, into: &out.bytes)
                out.mark(normStart, i, i + len)
                i += len
                continue
            default:
                break
            }
            if let s = simple {
                out.bytes.append(s)
                out.mark(normStart, i, i + 2)
                i += 2
            } else {
                // Unknown or truncated escape: the backslash stays, the next byte is read normally.
                out.bytes.append(b)
                i += 1
            }
        }
        if out.units.isEmpty { out.reset() }
    }

    /// The decoded bytes of `b` (`b` itself when nothing decodes).
    public static func decoded(_ b: [UInt8], _ kinds: Kinds) -> [UInt8] {
        var v = NormalizedText()
        b.withUnsafeBufferPointer { decode($0, kinds, into: &v) }
        return v.identity ? b : v.bytes
    }

    @inline(__always)
    private static func hexDigit(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }

    @inline(__always)
    private static func hex2(_ a: UInt8, _ b: UInt8) -> UInt8? {
        guard let h = hexDigit(a), let l = hexDigit(b) else { return nil }
        return h << 4 | l
    }

    @inline(__always)
    private static func hex4(_ p: UnsafePointer<UInt8>, _ n: Int, _ at: Int) -> UInt32? {
        guard at + 4 <= n else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            guard let d = hexDigit(p[at + k]) else { return nil }
            v = v << 4 | UInt32(d)
        }
        return v
    }
}
