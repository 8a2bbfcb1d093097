import CSovereignICU

/// The normalized view that detection runs on, with a map back to the original bytes.
///
/// Normalization: NFKC (full-width digits and letters, ligatures, NBSP → space), removal of format
/// characters (zero-width space/joiners, word joiner, BOM, soft hyphen: general category Cf), and
/// folding of Cyrillic/Greek look-alikes to Latin. Pure ASCII input skips all of it: the view is the
/// input itself and the map is the identity.
///
/// The map is per normalized byte: `origStart[k] ..< origEnd[k]` is the original range of the
/// normalization unit (a starter and its combining marks) that produced byte k, so a span mapped
/// back always starts and ends on a character boundary of the original.
public struct NormalizedText {
    var bytes: [UInt8] = []
    var origStart: [UInt32] = []
    var origEnd: [UInt32] = []
    /// True when `bytes` is not used: the normalized view is the caller's buffer, unchanged.
    var identity = true

    init() {}

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        origStart.removeAll(keepingCapacity: true)
        origEnd.removeAll(keepingCapacity: true)
        identity = true
    }

    /// Maps a normalized span back to the original bytes.
    @inline(__always)
    func original(_ start: Int, _ end: Int) -> (Int, Int) {
        if identity { return (start, end) }
        return (Int(origStart[start]), Int(origEnd[end - 1]))
    }

    @inline(__always)
    mutating func append(_ b: UInt8, _ s: Int, _ e: Int) {
        bytes.append(b)
        origStart.append(UInt32(truncatingIfNeeded: s))
        origEnd.append(UInt32(truncatingIfNeeded: e))
    }
}

enum Normalizer {
    /// Code points below U+2400 that normalization leaves alone: NFKC maps them to themselves, they
    /// start a normalization unit, and they are neither format characters nor look-alikes. Text whose
    /// non-ASCII characters are all here (German umlauts, French accents, €, typographic quotes) needs
    /// no normalized copy: the view is the input itself. Built once per process from ICU.
    static let noopLimit: UInt32 = 0x2400
    static let noop: [Bool] = {
        var t = [Bool](repeating: false, count: Int(noopLimit))
        var out = [UInt32](repeating: 0, count: 8)
        for c in UInt32(0x80)..<noopLimit {
            if c >= 0xD800 && c < 0xE000 { continue }
            if Confusables.fold(c) != nil || sovereign_icu_is_format(c) != 0 || sovereign_icu_has_boundary_before(c) == 0 { continue }
            var cp = c
            let n = out.withUnsafeMutableBufferPointer { sovereign_icu_nfkc(&cp, 1, $0.baseAddress, 8) }
            t[Int(c)] = n == 1 && out[0] == c
        }
        return t
    }()

    /// True when every non-ASCII scalar of valid UTF-8 `p` is in the no-op table.
    static func isNoop(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        while i < n {
            if p[i] < 0x80 { i += 1; continue }
            let (c, len) = UTF8Check.decode(p, i)
            if c >= noopLimit || !noop[Int(c)] { return false }
            i += len
        }
        return true
    }

    /// Fills `out` from valid UTF-8 `p`. `allASCII` comes from validation.
    static func normalize(_ p: UnsafeBufferPointer<UInt8>, allASCII: Bool, into out: inout NormalizedText) throws {
        out.reset()
        if allASCII { return }
        guard let base = p.baseAddress else { return }
        if isNoop(base, p.count) { return }
        out.identity = false
        let n = p.count
        out.bytes.reserveCapacity(n)
        out.origStart.reserveCapacity(n)
        out.origEnd.reserveCapacity(n)
        var unit: [UInt32] = []
        var normed = [UInt32](repeating: 0, count: 256)
        var i = 0
        while i < n {
            let b = base[i]
            // ASCII not followed by a combining mark: copied as is.
            if b < 0x80 && (i + 1 >= n || base[i + 1] < 0x80) {
                out.append(b, i, i + 1)
                i += 1
                continue
            }
            let (c, len) = UTF8Check.decode(base, i)
            var unitEnd = i + len
            // Extend the unit over following code points that combine with it.
            var j = unitEnd
            unit.removeAll(keepingCapacity: true)
            unit.append(c)
            while j < n && base[j] >= 0x80 {
                let (c2, l2) = UTF8Check.decode(base, j)
                if sovereign_icu_has_boundary_before(c2) != 0 || unit.count >= 32 { break }
                unit.append(c2)
                j += l2
            }
            unitEnd = j
            if unit.count == 1 {
                if c < 0x80 { out.append(b, i, unitEnd); i = unitEnd; continue }
                if let f = Confusables.fold(c) { out.append(UInt8(f), i, unitEnd); i = unitEnd; continue }
                if sovereign_icu_is_format(c) != 0 { i = unitEnd; continue }  // dropped: zero-width etc.
                if sovereign_icu_is_inert(c) != 0 {
                    for k in i..<unitEnd { out.append(base[k], i, unitEnd) }
                    i = unitEnd
                    continue
                }
            }
            let count = unit.withUnsafeBufferPointer { u in
                normed.withUnsafeMutableBufferPointer { o in
                    sovereign_icu_nfkc(u.baseAddress, Int32(u.count), o.baseAddress, Int32(o.count))
                }
            }
            if count < 0 { throw SFError(.internal, "ICU normalization failed at byte \(i)") }
            for k in 0..<Int(count) {
                var cp = normed[k]
                if cp >= 0x80 {
                    if let f = Confusables.fold(cp) { cp = f } else if sovereign_icu_is_format(cp) != 0 { continue }
                }
                if cp < 0x80 {
                    out.append(UInt8(cp), i, unitEnd)
                } else {
                    let before = out.bytes.count
                    UTF8Check.encode(cp, into: &out.bytes)
                    for _ in before..<out.bytes.count {
                        out.origStart.append(UInt32(truncatingIfNeeded: i))
                        out.origEnd.append(UInt32(truncatingIfNeeded: unitEnd))
                    }
                }
            }
            i = unitEnd
        }
    }
}
