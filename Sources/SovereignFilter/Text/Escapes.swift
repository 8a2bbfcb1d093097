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
///   single escape cannot complete, and control characters never help a recognizer. A `+` means a space
///   only inside an `application/x-www-form-urlencoded` value (`iban=DE89+3704+0044…`, `tel=%2B33+3+97…`),
///   so it is decoded only there, told by that format's structure (`formValue`): a `key=value` pair joined
///   to another by `&` or opening a query after `?`, whose value holds only what a form encoder leaves
///   raw (letters, digits, `*-._~`, `+` and `%XX`). Elsewhere a `+` stays (`+49 30 …`, `mongodb+srv://`,
///   `name+tag@example.com`, a base64 value with `/` or `=` in it, which no encoder would leave raw).
///
/// - Quoted-printable (`quoted_printable`, on by default; RFC 2045 §6.7): in the source of a mail body
///   that says so (`quoted-printable` anywhere in the text, case-insensitive) or that carries soft line
///   breaks (two or more lines of 60–76 bytes ending in a `=` after a byte other than `=` or a space, as
///   encoders wrap at 76), `=XX` decodes — to a printable ASCII character or tab, or, as one unit, to a
///   whole valid UTF-8 character written as consecutive `=XX` (`M=C3=BCller`) — and a soft line break
///   (`=` before CR LF or LF) is dropped, so `jane=40shop.de` and an IBAN wrapped by the encoder read as
///   written. In any other text `=` is an ordinary byte (`a=1F`, `?id=AB12`, `key=value`).
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
        public static let quotedPrintable = Kinds(rawValue: 8)
    }

    /// True when `p` holds a byte that can start an escape of `kinds` (the only case where decoding can
    /// change anything).
    @inline(__always)
    public static func mayContainEscapes(_ p: UnsafeBufferPointer<UInt8>, _ kinds: Kinds) -> Bool {
        guard let base = p.baseAddress, p.count > 0 else { return false }
        return kinds.contains(.json) && memchr(base, 0x5C, p.count) != nil
            || kinds.contains(.html) && memchr(base, 0x26, p.count) != nil
            || kinds.contains(.url) && (memchr(base, 0x25, p.count) != nil || formPlus(base, p.count))
            || kinds.contains(.quotedPrintable) && memchr(base, 0x3D, p.count) != nil
    }

    /// True when some `+` of the text stands in a form-urlencoded value (one `memchr` per region; a `+`
    /// in prose fails at its first byte back).
    private static func formPlus(_ base: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var from = 0
        while from < n, let q = memchr(base + from, 0x2B, n - from) {
            let i = UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - base
            let (end, ok) = formValue(base, n, i)
            if ok && !keptPlus(base, n, i) { return true }
            from = max(end, i + 1)
        }
        return false
    }

    /// A byte a form encoder leaves raw in a value (WHATWG urlencoded: alphanumerics and `*-._`; `~` as
    /// RFC 3986 encoders leave it), or the `+` and `%` of its escapes.
    @inline(__always) private static func formByte(_ c: UInt8) -> Bool {
        c &- 0x30 < 10 || (c | 0x20) &- 0x61 < 26 || c == 0x2A || c == 0x2D || c == 0x2E || c == 0x5F || c == 0x7E || c == 0x2B || c == 0x25
    }
    /// A byte of a form key (`card%5Bnumber%5D`, `billing[phone]`, `data.iban`).
    @inline(__always) private static func keyByte(_ c: UInt8) -> Bool {
        c &- 0x30 < 10 || (c | 0x20) &- 0x61 < 26 || c == 0x5F || c == 0x2D || c == 0x2E || c == 0x25 || c == 0x5B || c == 0x5D
    }

    /// The value around the `+` at `i`: its end (where the next region starts), and whether it is a
    /// form-urlencoded value (see the type's comment). At most 512 bytes each way.
    static func formValue(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> (Int, Bool) {
        var e = i + 1
        while e < n && e - i < 512 && formByte(p[e]) { e += 1 }
        var a = i
        while a > 0 && i - a < 512 && formByte(p[a - 1]) { a -= 1 }
        guard a > 0, p[a - 1] == 0x3D else { return (e, false) }
        // The value ends the pair: `&`, the end of a line or of the text, a fragment, a closing quote.
        guard e == n || p[e] == 0x26 || p[e] == 0x0A || p[e] == 0x0D || p[e] == 0x20 || p[e] == 0x09 || p[e] == 0x23
                || p[e] == 0x22 || p[e] == 0x27 else { return (e, false) }
        var k = a - 1
        while k > 0 && a - 1 - k < 64 && keyByte(p[k - 1]) { k -= 1 }
        guard k < a - 1 else { return (e, false) }
        let joined = k > 0 && (p[k - 1] == 0x26 || p[k - 1] == 0x3F) || e < n && p[e] == 0x26
        guard joined else { return (e, false) }
        // Every `%` is an escape: a raw one is no encoder's output.
        var q = a
        while q < e {
            if p[q] == 0x25 { guard q + 2 < n, hex2(p[q + 1], p[q + 2]) != nil else { return (e, false) }; q += 3 } else { q += 1 }
        }
        return (e, true)
    }

    /// A `+` that opens a value before a digit stays a `+`: no value starts with a space, and hand-written
    /// query strings carry a phone number's `+` unescaped (`?tel=+4930…`).
    @inline(__always) private static func keptPlus(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> Bool {
        i > 0 && p[i - 1] == 0x3D && i + 1 < n && p[i + 1] &- 0x30 < 10
    }

    /// Whether `p` is quoted-printable source (see the type's comment): it names the encoding, or it
    /// has two soft line breaks where an encoder wraps. One `memchr` per `=` and per `-`.
    static func isQuotedPrintable(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress else { return false }
        let n = p.count
        // "-printable", case-insensitive: the header `Content-Transfer-Encoding: quoted-printable`.
        var i = 0
        while i < n, let q = memchr(base + i, 0x2D, n - i) {
            let k = UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - base
            if ByteClass.hasWord(p, "-printable", at: k) { return true }
            i = k + 1
        }
        var softBreaks = 0
        i = 0
        while i < n, let q = memchr(base + i, 0x3D, n - i) {
            let k = UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - base
            i = k + 1
            let eol = k + 1 < n && (base[k + 1] == 0x0A || base[k + 1] == 0x0D && k + 2 < n && base[k + 2] == 0x0A)
            guard eol, k > 0, base[k - 1] != 0x3D, base[k - 1] != 0x20 else { continue }
            var ls = k
            while ls > 0 && base[ls - 1] != 0x0A { ls -= 1 }
            let len = k + 1 - ls
            if len >= 60 && len <= 76 { softBreaks += 1; if softBreaks >= 2 { return true } }
        }
        return false
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
        if kinds.contains(.url), next > from, let q = memchr(base + from, 0x2B, next - from) {
            next = UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - base
        }
        if kinds.contains(.quotedPrintable), let q = memchr(base + from, 0x3D, next - from) {
            next = UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - base
        }
        return next
    }

    /// Decodes the escapes of `p` into `out` (its `bytes` and unit map). When nothing was decoded,
    /// `out.identity` is true and `out.bytes` is unused. The input need not be valid UTF-8: bytes other
    /// than escapes are copied as they are, and decoded scalars are written as valid UTF-8.
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ requested: Kinds, into out: inout NormalizedText) {
        out.reset()
        var kinds = requested
        if kinds.contains(.quotedPrintable) && !isQuotedPrintable(p) { kinds.remove(.quotedPrintable) }
        guard let base = p.baseAddress, !kinds.isEmpty else { return }
        let n = p.count
        var i = nextSpecial(base, 0, n, kinds)
        guard i < n else { return }
        out.identity = false
        out.bytes.reserveCapacity(n)
        out.bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: i))
        // The form value the last `+` was judged in: up to `plusEnd`, a `+` is a space when `plusSpace`.
        var plusEnd = 0, plusSpace = false
        while i < n {
            let b = base[i]
            if b == 0x2B && kinds.contains(.url) {
                if i >= plusEnd { (plusEnd, plusSpace) = formValue(base, n, i) }
                if plusSpace && !keptPlus(base, n, i) {
                    let normStart = out.bytes.count
                    out.bytes.append(0x20)
                    out.mark(normStart, i, i + 1)
                } else {
                    out.bytes.append(b)
                }
                i += 1
                continue
            }
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
            if b == 0x3D && kinds.contains(.quotedPrintable) {
                // (Only in quoted-printable text: elsewhere `=` is an ordinary byte, copied below.)
                let normStart = out.bytes.count
                // `?=` at a line end closes a header's encoded word (RFC 2047: "Subject: =?UTF-8?Q?…?="),
                // not a soft line break: the next header keeps its own line.
                let wordEnd = i > 0 && base[i - 1] == UInt8(ascii: "?")
                if wordEnd {
                    out.bytes.append(b); i += 1
                } else if i + 1 < n && base[i + 1] == 0x0A {
                    out.mark(normStart, i, i + 2); i += 2         // soft line break: nothing
                } else if i + 2 < n && base[i + 1] == 0x0D && base[i + 2] == 0x0A {
                    out.mark(normStart, i, i + 3); i += 3
                } else if let len = qpCharacter(base, n, i, into: &out.bytes) {
                    out.mark(normStart, i, i + len); i += len
                } else {
                    out.bytes.append(b); i += 1
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

    /// One character written as `=XX` escapes at `i`: a printable ASCII byte or tab, or the 2–4 escapes of
    /// one valid UTF-8 character. Appends its bytes to `out` and returns the escapes' length, or nil
    /// (and `out` unchanged).
    private static func qpCharacter(_ base: UnsafePointer<UInt8>, _ n: Int, _ i: Int, into out: inout [UInt8]) -> Int? {
        func escaped(_ k: Int) -> UInt8? { k + 2 < n && base[k] == 0x3D ? hex2(base[k + 1], base[k + 2]) : nil }
        guard let v = escaped(i) else { return nil }
        if v < 0x80 {
            guard v >= 0x20 && v < 0x7F || v == 0x09 else { return nil }
            out.append(v)
            return 3
        }
        let need = v >= 0xF0 && v <= 0xF4 ? 4 : v >= 0xE0 ? 3 : v >= 0xC2 && v < 0xE0 ? 2 : 0
        guard need > 0 else { return nil }
        let start = out.count
        out.append(v)
        for k in 1..<need {
            guard let c = escaped(i + 3 * k), c & 0xC0 == 0x80 else { out.removeLast(out.count - start); return nil }
            out.append(c)
        }
        // Overlong forms, surrogates and code points above U+10FFFF are not characters.
        var ascii = false
        guard out.withUnsafeBufferPointer({ UTF8Check.firstInvalid(UnsafeBufferPointer(rebasing: $0[start...]), allASCII: &ascii) }) == nil else {
            out.removeLast(out.count - start)
            return nil
        }
        return 3 * need
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
