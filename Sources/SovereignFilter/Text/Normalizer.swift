import CSovereignICU

/// The normalized view that detection runs on, with a map back to the original bytes.
///
/// Normalization: NFKC (full-width digits and letters, ligatures, NBSP → space), removal of format
/// characters (zero-width space/joiners, word joiner, BOM, soft hyphen: general category Cf), and
/// folding of Cyrillic/Greek look-alikes to Latin. Pure ASCII input skips all of it: the view is the
/// input itself and the map is the identity.
///
/// The map records only the units that normalization changed (a starter and its combining marks,
/// or a removed format character): between two such units bytes map one to one. So its size is
/// the number of changed characters, not the length of the text, and mapping a span back costs a
/// binary search. A span mapped back always starts and ends on a character boundary of the original.
public struct NormalizedText {
    /// One changed unit: normalized `[normStart, normEnd)` came from original `[origStart, origEnd)`.
    struct Unit {
        var normStart: Int
        var normEnd: Int
        var origStart: Int
        var origEnd: Int
    }

    var bytes: [UInt8] = []
    var units: [Unit] = []
    /// True when `bytes` is not used: the normalized view is the caller's buffer, unchanged.
    var identity = true

    init() {}

    mutating func reset() {
        bytes.clearKeepingCapacity()
        units.clearKeepingCapacity()
        identity = true
    }

    /// Index of the last unit with `normStart <= k`, or -1.
    @inline(__always)
    private func unitAtOrBefore(_ k: Int) -> Int {
        var lo = 0, hi = units.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if units[mid].normStart <= k { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }

    /// Original offset of normalized byte `k` (its start) / of the end of normalized byte `k`.
    @inline(__always)
    func originalStart(_ k: Int) -> Int {
        let u = unitAtOrBefore(k)
        if u < 0 { return k }
        let unit = units[u]
        return k < unit.normEnd ? unit.origStart : unit.origEnd + (k - unit.normEnd)
    }

    @inline(__always)
    func originalEnd(_ k: Int) -> Int {
        let u = unitAtOrBefore(k)
        if u < 0 { return k + 1 }
        let unit = units[u]
        return k < unit.normEnd ? unit.origEnd : unit.origEnd + (k - unit.normEnd) + 1
    }

    /// Maps a normalized span back to the original bytes.
    @inline(__always)
    func original(_ start: Int, _ end: Int) -> (Int, Int) {
        if identity || units.isEmpty { return (start, end) }
        return (originalStart(start), originalEnd(end - 1))
    }

    /// Records that normalized bytes from `normStart` to the current end came from `[s, e)`.
    @inline(__always)
    mutating func mark(_ normStart: Int, _ s: Int, _ e: Int) {
        units.append(Unit(normStart: normStart, normEnd: bytes.count, origStart: s, origEnd: e))
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
            // Eight bytes at a time while they are all ASCII (as UTF8Check.firstInvalid).
            if i + 8 <= n && UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
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
        // A unit (at most 32 scalars) and its NFKC form live on the stack: no allocation per call.
        try withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 32) { unitBuf in
        try withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 256) { normed in
        var unitCount = 0
        var i = 0
        while i < n {
            // Runs of ASCII not followed by a combining mark are copied one to one.
            var j = i
            while j < n && base[j] < 0x80 && (j + 1 >= n || base[j + 1] < 0x80) { j += 1 }
            if j > i {
                out.bytes.append(contentsOf: UnsafeBufferPointer(start: base + i, count: j - i))
                i = j
                if i >= n { break }
            }
            let (c, len) = UTF8Check.decode(base, i)
            // Extend the unit over following code points that combine with it.
            j = i + len
            unitBuf[0] = c
            unitCount = 1
            while j < n && base[j] >= 0x80 {
                let (c2, l2) = UTF8Check.decode(base, j)
                if sovereign_icu_has_boundary_before(c2) != 0 || unitCount >= 32 { break }
                unitBuf[unitCount] = c2
                unitCount += 1
                j += l2
            }
            let unitEnd = j
            if unitCount == 1 && (c < noopLimit ? noop[Int(c)] : sovereign_icu_is_inert(c) != 0 && sovereign_icu_is_format(c) == 0 && Confusables.fold(c) == nil) {
                // Unchanged character: one to one, no map entry.
                out.bytes.append(contentsOf: UnsafeBufferPointer(start: base + i, count: unitEnd - i))
                i = unitEnd
                continue
            }
            let normStart = out.bytes.count
            if unitCount == 1, let f = Confusables.fold(c) {
                out.bytes.append(UInt8(f))
            } else if unitCount == 1 && sovereign_icu_is_format(c) != 0 {
                // dropped: zero-width characters, soft hyphen, BOM
            } else {
                let count = sovereign_icu_nfkc(unitBuf.baseAddress, Int32(unitCount), normed.baseAddress, Int32(normed.count))
                if count < 0 { throw SFError(.internal, "ICU normalization failed at byte \(i)") }
                for k in 0..<Int(count) {
                    var cp = normed[k]
                    if cp >= 0x80 {
                        if let f = Confusables.fold(cp) { cp = f } else if sovereign_icu_is_format(cp) != 0 { continue }
                    }
                    UTF8Check.encode(cp, into: &out.bytes)
                }
            }
            out.mark(normStart, i, unitEnd)
            i = unitEnd
        }
        } }
    }
}
