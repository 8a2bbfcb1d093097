import Glibc

/// Encoded payloads: instructions a filter cannot read unless it decodes them. Each decoder finds its
/// encoding in the prompt and returns the decoded text; the guard checks that text like a prompt (one
/// level deep), so "aWdub3JlIGFsbC..." is judged by what it says, and a base64 product image is not.
///
/// Encodings: base64 (standard and URL-safe), hex (plain or separated by spaces, colons, commas, `\x`,
/// `0x`), URL percent-encoding, HTML entities (numeric and common named), `\uXXXX`/`\xXX` escapes,
/// rot13 and reversed text (only when the guard's automaton saw a rot13 or reversed key word), leetspeak
/// (digits and symbols inside words), letter spacing ("i g n o r e"), letters spelled in the NATO/ICAO
/// alphabet ("Sierra Hotel Oscar Whiskey"), letters as their place in the alphabet ("19-8-15-23"), Braille
/// letters (U+2800 block) and any Caesar shift (when a cipher's name such as "caesar" occurred). Homoglyphs, full-width forms
/// and zero-width characters need no decoder: normalization folds them before any rule runs.
enum PayloadDecoder {
    enum Kind: String, CaseIterable, Sendable {
        case base64, hex, url, html, escapes, rot13, reversed, leet, spaced, spelled, numbers, braille, caesar, morse
    }

    /// Longest decoded text checked again (bytes); longer payloads are cut (the blob detector still sees them).
    static let maxDecoded = 64 * 1024

    // MARK: base64

    static func isB64(_ b: UInt8) -> Bool { ByteClass.isAlnum(b) || b == 0x2B || b == 0x2F || b == 0x2D || b == 0x5F }

    /// Every run of ≥ 16 base64 characters (with both letters and digits or both cases) decoded; the
    /// decodings joined by newlines. Nil if none decodes to mostly printable text.
    static func base64(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        let n = t.count
        while i < n {
            guard isB64(t[i]) else { i += 1; continue }
            let s = i
            var upper = 0, lower = 0, digit = 0
            while i < n && isB64(t[i]) {
                let b = t[i]
                if ByteClass.isUpper(b) { upper += 1 } else if ByteClass.isDigit(b) { digit += 1 } else if b &- 0x61 < 26 { lower += 1 }
                i += 1
            }
            let e = i
            while i < n && t[i] == 0x3D { i += 1 }
            let len = e - s
            guard len >= 16, upper > 0, lower > 0 || digit > 0, upper + digit >= 3 else { continue }
            if let d = decodeB64(t, s, e), printable(d) {
                if !out.isEmpty { out.append(0x0A) }
                out.append(contentsOf: d)
                if out.count > maxDecoded { break }
            }
        }
        return out.isEmpty ? nil : out
    }

    static func b64Value(_ b: UInt8) -> Int {
        switch b {
        case 0x41...0x5A: return Int(b - 0x41)
        case 0x61...0x7A: return Int(b - 0x61) + 26
        case 0x30...0x39: return Int(b - 0x30) + 52
        case 0x2B, 0x2D: return 62
        case 0x2F, 0x5F: return 63
        default: return -1
        }
    }

    static func decodeB64(_ t: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity((e - s) * 3 / 4)
        var acc = 0, bits = 0
        for k in s..<e {
            let v = b64Value(t[k])
            if v < 0 { return nil }
            acc = (acc << 6) | v
            bits += 6
            if bits >= 8 { bits -= 8; out.append(UInt8((acc >> bits) & 0xFF)) }
            acc &= (1 << bits) - 1
        }
        return out
    }

    /// Valid UTF-8, no NUL, at least 85 % printable, and some letters: text, not binary.
    static func printable(_ d: [UInt8]) -> Bool {
        guard d.count >= 4 else { return false }
        var bad = 0, letters = 0
        for b in d {
            if b == 0 { return false }
            if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { bad += 1 }
            if ByteClass.isAlpha(b) || b >= 0x80 { letters += 1 }
        }
        guard bad * 100 <= d.count * 15, letters * 2 >= d.count else { return false }
        var ascii = false
        return d.withUnsafeBufferPointer { UTF8Check.firstInvalid($0, allASCII: &ascii) == nil }
    }

    // MARK: hex

    /// Runs of ≥ 12 hex byte pairs, optionally prefixed (`\x`, `0x`) and separated (blank, comma, colon, dash).
    static func hex(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        let n = t.count
        func isSep(_ b: UInt8) -> Bool { b == 0x20 || b == 0x2C || b == 0x3A || b == 0x2D }
        while i < n {
            let c = t[i]
            guard ByteClass.isHex(c) || c == 0x5C, i == 0 || !ByteClass.isAlnum(t[i - 1]) else { i += 1; continue }
            var bytes: [UInt8] = []
            var k = i
            while true {
                var m = k
                if m + 3 < n && (t[m] == 0x5C || t[m] == 0x30) && (t[m + 1] | 0x20) == 0x78 && ByteClass.isHex(t[m + 2]) && ByteClass.isHex(t[m + 3]) { m += 2 }
                guard m + 1 < n, ByteClass.isHex(t[m]), ByteClass.isHex(t[m + 1]) else { break }
                bytes.append(UInt8(hexValue(t[m]) << 4 | hexValue(t[m + 1])))
                m += 2
                k = m
                var s = m, seps = 0
                while s < n && seps < 2 && isSep(t[s]) { s += 1; seps += 1 }
                if seps > 0 {
                    if s < n && (ByteClass.isHex(t[s]) || t[s] == 0x5C) { k = s } else { break }
                }
            }
            if bytes.count >= 12, printable(bytes) {
                if !out.isEmpty { out.append(0x0A) }
                out.append(contentsOf: bytes)
                if out.count > maxDecoded { break }
            }
            i = k > i ? k : i + 1
        }
        return out.isEmpty ? nil : out
    }

    static func hexValue(_ b: UInt8) -> Int {
        if ByteClass.isDigit(b) { return Int(b - 0x30) }
        return Int((b | 0x20) - 0x61 + 10)
    }

    // MARK: URL encoding, HTML entities, escapes

    /// The whole text with %XX sequences decoded, if it has at least 4 of them.
    static func url(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var count = 0
        for k in 0..<max(0, t.count - 2) where t[k] == 0x25 && ByteClass.isHex(t[k + 1]) && ByteClass.isHex(t[k + 2]) { count += 1 }
        guard count >= 4 else { return nil }
        var out: [UInt8] = []
        var k = 0
        while k < t.count {
            if t[k] == 0x25 && k + 2 < t.count && ByteClass.isHex(t[k + 1]) && ByteClass.isHex(t[k + 2]) {
                out.append(UInt8(hexValue(t[k + 1]) << 4 | hexValue(t[k + 2]))); k += 3
            } else if t[k] == 0x2B { out.append(0x20); k += 1 } else { out.append(t[k]); k += 1 }
        }
        return validText(out)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "eacute": "é", "egrave": "è",
        "agrave": "à", "auml": "ä", "ouml": "ö", "uuml": "ü", "szlig": "ß", "ccedil": "ç", "ecirc": "ê", "hellip": "…",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "colon": ":", "sol": "/", "lpar": "(", "rpar": ")",
    ]

    /// The whole text with HTML entities decoded (`&#105;`, `&#x69;`, `&lt;`), if it has at least 4.
    static func html(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var count = 0
        var k = 0
        let n = t.count
        while k < n {
            if t[k] == 0x26, let semi = (k + 1..<min(n, k + 12)).first(where: { t[$0] == 0x3B }) {
                let body = Array(t[(k + 1)..<semi])
                var scalar: UInt32? = nil
                if body.first == 0x23 {
                    let hex = body.count > 1 && (body[1] | 0x20) == 0x78
                    let digits = body.dropFirst(hex ? 2 : 1)
                    var v: UInt32 = 0
                    var ok = !digits.isEmpty
                    for d in digits {
                        if hex ? !ByteClass.isHex(d) : !ByteClass.isDigit(d) { ok = false; break }
                        v = v &* (hex ? 16 : 10) &+ UInt32(hex ? hexValue(d) : Int(d - 0x30))
                        if v > 0x10FFFF { ok = false; break }
                    }
                    if ok { scalar = v }
                } else if let s = named[String(decoding: body, as: UTF8.self).lowercased()] {
                    out.append(contentsOf: s.utf8); count += 1; k = semi + 1; continue
                }
                if let v = scalar, let u = Unicode.Scalar(v), v != 0 {
                    out.append(contentsOf: String(Character(u)).utf8); count += 1; k = semi + 1; continue
                }
            }
            out.append(t[k]); k += 1
        }
        return count >= 4 ? validText(out) : nil
    }

    /// The whole text with `\uXXXX`, `\xXX` and `\NNN` (octal) escapes decoded, if it has at least 4.
    static func escapes(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var count = 0
        var k = 0
        let n = t.count
        while k < n {
            if t[k] == 0x5C && k + 1 < n {
                let c = t[k + 1]
                if (c == 0x75 || c == 0x55) && k + 5 < n && (2...5).allSatisfy({ ByteClass.isHex(t[k + $0]) }) {
                    let v = (2...5).reduce(0) { $0 << 4 | hexValue(t[k + $1]) }
                    if v != 0, let u = Unicode.Scalar(UInt32(v)) { out.append(contentsOf: String(Character(u)).utf8); count += 1; k += 6; continue }
                }
                if c == 0x78 && k + 3 < n && ByteClass.isHex(t[k + 2]) && ByteClass.isHex(t[k + 3]) {
                    let v = hexValue(t[k + 2]) << 4 | hexValue(t[k + 3])
                    if v != 0 { out.append(UInt8(v)); count += 1; k += 4; continue }
                }
            }
            out.append(t[k]); k += 1
        }
        return count >= 4 ? validText(out) : nil
    }

    // MARK: rot13, reversed, leetspeak, letter spacing

    static func rot13(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        t.map { b in
            if b &- 0x61 < 26 { return (b - 0x61 + 13) % 26 + 0x61 }
            if b &- 0x41 < 26 { return (b - 0x41 + 13) % 26 + 0x41 }
            return b
        }
    }

    /// The text reversed by characters (not bytes, so UTF-8 stays valid).
    static func reversed(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: t.count)
        var k = 0
        while k < t.count {
            var len = 1
            let b = t[k]
            if b >= 0xF0 { len = 4 } else if b >= 0xE0 { len = 3 } else if b >= 0xC0 { len = 2 }
            len = min(len, t.count - k)
            for j in 0..<len { out[t.count - k - len + j] = t[k + j] }
            k += len
        }
        return out
    }

    static func leetValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30: return 0x6F  // 0 → o
        case 0x31, 0x21, 0x7C: return 0x69  // 1 ! | → i
        case 0x33: return 0x65  // 3 → e
        case 0x34, 0x40: return 0x61  // 4 @ → a
        case 0x35, 0x24: return 0x73  // 5 $ → s
        case 0x37, 0x2B: return 0x74  // 7 + → t
        case 0x38: return 0x62  // 8 → b
        case 0x39: return 0x67  // 9 → g
        default: return nil
        }
    }

    /// Words that mix letters with leet digits/symbols de-leeted ("1gn0r3" → "ignore", "m3" → "me"); nil
    /// unless at least three such words occur. Product codes ("WS17-M") are decoded too: harmless, the
    /// decoded text counts only for what it adds.
    static func leet(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out = Array(t)
        var words = 0
        var k = 0
        let n = t.count
        while k < n {
            let s = k
            var letters = 0, leets = 0
            while k < n, ByteClass.isAlpha(t[k]) || leetValue(t[k]) != nil || t[k] >= 0x80 {
                if ByteClass.isAlpha(t[k]) || t[k] >= 0x80 { letters += 1 } else { leets += 1 }
                k += 1
            }
            if letters >= 1 && leets >= 1 && k - s >= 2 && leets <= letters + 2 {
                words += 1
                for j in s..<k { if let v = leetValue(t[j]) { out[j] = v } }
            }
            if k == s { k += 1 }
        }
        return words >= 3 ? out : nil
    }

    /// Runs of ≥ 5 single letters separated by one blank, dot, dash, underscore or star joined
    /// ("i g n o r e" → "ignore"; word gaps of two or more separators stay spaces). Nil if none.
    static func spaced(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var k = 0
        let n = t.count
        var found = false
        func isSep(_ b: UInt8) -> Bool { b == 0x20 || b == 0x2E || b == 0x2D || b == 0x5F || b == 0x2A || b == 0x09 }
        while k < n {
            // A run: letter (sep letter)+ where each letter stands alone.
            if ByteClass.isAlnum(t[k]) && (k == 0 || !ByteClass.isAlnum(t[k - 1])) && k + 1 < n && isSep(t[k + 1]) {
                var m = k
                var letters: [UInt8] = []
                while m < n && ByteClass.isAlnum(t[m]) && (m + 1 >= n || !ByteClass.isAlnum(t[m + 1])) {
                    letters.append(t[m])
                    var s = m + 1
                    var seps = 0
                    while s < n && isSep(t[s]) { s += 1; seps += 1 }
                    if s >= n || seps == 0 { m = s; break }
                    if seps >= 2 || (seps == 1 && t[m + 1] == 0x20 && s + 1 < n && t[s] == 0x20) { letters.append(0x20) }
                    m = s
                    if seps > 3 { break }
                }
                if letters.filter({ $0 != 0x20 }).count >= 5 {
                    out.append(contentsOf: letters); out.append(0x20); k = m; found = true; continue
                }
            }
            out.append(t[k]); k += 1
        }
        return found ? out : nil
    }

    static func validText(_ d: [UInt8]) -> [UInt8]? {
        var ascii = false
        let ok = d.withUnsafeBufferPointer { UTF8Check.firstInvalid($0, allASCII: &ascii) == nil }
        return ok && !d.contains(0) ? d : nil
    }

    // MARK: spelled letters, letter numbers, Braille, Caesar shifts

    /// The NATO/ICAO spelling alphabet (and its common variants), lower case packed into a UInt64 → letter.
    static let spelling: [UInt64: UInt8] = {
        var m: [UInt64: UInt8] = [:]
        let words = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo",
                     "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform",
                     "victor", "whiskey", "xray", "yankee", "zulu"]
        for (k, w) in words.enumerated() { m[pack(Array(w.utf8))] = UInt8(0x61 + k) }
        for (w, c) in [("alpha", "a"), ("juliet", "j"), ("whisky", "w"), ("x-ray", "x")] { m[pack(Array(w.utf8))] = c.utf8.first! }
        return m
    }()

    static func pack(_ w: [UInt8]) -> UInt64 {
        var v: UInt64 = 0
        for b in w.prefix(8) { v = v << 8 | UInt64(b | 0x20) }
        return v
    }

    /// Per first letter, the lengths (bit k = k bytes) a spelling-alphabet word of that letter has: most
    /// words fail this before any table look-up.
    static let spellingLengths: [UInt16] = {
        var m = [UInt16](repeating: 0, count: 26)
        for (v, _) in spelling {
            var len = 0, first: UInt8 = 0
            var x = v
            while x != 0 { first = UInt8(x & 0xFF); x >>= 8; len += 1 }
            m[Int(first - 0x61)] |= 1 << UInt16(len)
        }
        return m
    }()

    @inline(__always) static func spellingLetter(_ t: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt8? {
        let len = e - s
        guard len >= 4 && len <= 8 else { return nil }
        let f = t[s] | 0x20
        guard f &- 0x61 < 26, spellingLengths[Int(f - 0x61)] & (1 << UInt16(len)) != 0 else { return nil }
        var v: UInt64 = 0
        for j in s..<e { v = v << 8 | UInt64(t[j] | 0x20) }
        return spelling[v]
    }

    /// Runs of ≥ 4 spelling-alphabet words replaced by their letters; a slash, comma or line break between
    /// them is a word gap. Nil if none (found by a first pass that builds nothing).
    static func spelled(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var k = 0, streak = 0, longest = 0
        while k < t.count && longest < 4 {
            guard ByteClass.isAlpha(t[k]) else { k += 1; continue }
            let s = k
            while k < t.count && (ByteClass.isAlpha(t[k]) || (t[k] == 0x2D && k + 1 < t.count && ByteClass.isAlpha(t[k + 1]))) { k += 1 }
            if spellingLetter(t, s, k) != nil { streak += 1; longest = max(longest, streak) } else { streak = 0 }
        }
        guard longest >= 4 else { return nil }
        return spelledRuns(t)
    }

    static func spelledRuns(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var run: [UInt8] = [], runStart = 0, letters = 0, found = false
        var k = 0
        let n = t.count
        func flush(_ end: Int) {
            if letters >= 4 { out.append(contentsOf: run); out.append(0x20); found = true } else { out.append(contentsOf: t[runStart..<end]) }
            run.removeAll(keepingCapacity: true); letters = 0
        }
        var copied = 0
        while k < n {
            guard ByteClass.isAlpha(t[k]) else { k += 1; continue }
            let s = k
            while k < n && (ByteClass.isAlpha(t[k]) || (t[k] == 0x2D && k + 1 < n && ByteClass.isAlpha(t[k + 1]))) { k += 1 }
            if let c = spellingLetter(t, s, k) {
                if letters == 0 {
                    out.append(contentsOf: t[copied..<s]); runStart = s
                } else {
                    // A gap: anything but blanks between two code words ends a spelled word.
                    var gap = false
                    for j in copied..<s where t[j] != 0x20 { gap = true }
                    if gap { run.append(0x20) }
                }
                run.append(c); letters += 1; copied = k
            } else if letters > 0 {
                flush(copied)
            }
        }
        if letters > 0 { flush(copied) }
        if copied < n { out.append(contentsOf: t[copied..<n]) }
        return found ? out : nil
    }

    /// Groups of letter numbers (1–26, "A=1") joined by dashes (or dots, once four dashes join digits),
    /// groups separated by blanks or slashes ("12-9-19-20 / 1-12-12"): each group a word. At least eight
    /// numbers in one stretch. Nil if none.
    static func numbers(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        // First, without building anything: at least four digit-dash-digit joins, dashes found by memchr.
        guard let base = t.baseAddress else { return nil }
        var joins = 0, j = 0
        while joins < 4, j < t.count, let p = memchr(base + j, 0x2D, t.count - j) {
            let at = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if at > 0 && at + 1 < t.count && ByteClass.isDigit(t[at - 1]) && ByteClass.isDigit(t[at + 1]) { joins += 1 }
            j = at + 1
        }
        guard joins >= 4 else { return nil }
        var out: [UInt8] = []
        var k = 0, copied = 0, found = false
        let n = t.count
        func num(_ i: Int) -> (Int, Int)? {   // value and end of a 1–2 digit number 1...26 at i
            guard i < n, ByteClass.isDigit(t[i]), i == 0 || !ByteClass.isAlnum(t[i - 1]) else { return nil }
            var v = Int(t[i] - 0x30), e = i + 1
            if e < n && ByteClass.isDigit(t[e]) { v = v * 10 + Int(t[e] - 0x30); e += 1 }
            guard v >= 1 && v <= 26, e >= n || !ByteClass.isAlnum(t[e]) else { return nil }
            return (v, e)
        }
        while k < n {
            guard let first = num(k) else { k += 1; continue }
            var words: [UInt8] = [UInt8(0x60 + first.0)]
            var count = 1, joined = 0, e = first.1, end = e
            while true {
                if e + 1 < n && (t[e] == 0x2D || t[e] == 0x2E), let v = num(e + 1) {
                    words.append(UInt8(0x60 + v.0)); count += 1; joined += 1; e = v.1; end = e; continue
                }
                var g = e
                while g < n && (t[g] == 0x20 || t[g] == 0x2F) { g += 1 }
                if g > e, let v = num(g) { words.append(0x20); words.append(UInt8(0x60 + v.0)); count += 1; e = v.1; end = e; continue }
                break
            }
            if count >= 8 && joined >= 4 {
                out.append(contentsOf: t[copied..<k]); out.append(contentsOf: words); copied = end; found = true
            }
            k = end
        }
        if !found { return nil }
        out.append(contentsOf: t[copied..<n])
        return out
    }

    /// Braille letters a–z by their dot pattern (dot k is bit k − 1 of U+2800 + pattern).
    static let brailleLetters: [UInt8: UInt8] = {
        let dots: [UInt8] = [0x01, 0x03, 0x09, 0x19, 0x11, 0x0B, 0x1B, 0x13, 0x0A, 0x1A,
                             0x05, 0x07, 0x0D, 0x1D, 0x15, 0x0F, 0x1F, 0x17, 0x0E, 0x1E,
                             0x25, 0x27, 0x3A, 0x2D, 0x3D, 0x35]
        var m: [UInt8: UInt8] = [0: 0x20]
        for (k, d) in dots.enumerated() { m[d] = UInt8(0x61 + k) }
        return m
    }()

    /// Braille cells (U+2800–U+283F, E2 A0 80–E2 A0 BF) as letters; nil unless at least four are letters.
    // MARK: tag characters

    /// Unicode tag characters (U+E0020–U+E007E) mirror printable ASCII and render as nothing: text smuggled
    /// into a prompt that a reader does not see ("ASCII smuggling"). The normalizer drops them as format
    /// characters, so they are read from the input as written: their ASCII, when there are at least four.
    /// A lead byte 0xF3 is looked for first (memchr): text without it costs nothing more.
    static func tags(_ p: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = p.baseAddress, p.count >= 16, memchr(base, 0xF3, p.count) != nil else { return nil }
        var out: [UInt8] = []
        var k = 0
        let n = p.count
        while k + 3 < n {
            // U+E0000 + v, v < 0x80: F3 A0 80|81 xx.
            if p[k] == 0xF3 && p[k + 1] == 0xA0 && (p[k + 2] == 0x80 || p[k + 2] == 0x81) {
                let v = (UInt8(p[k + 2] & 0x3F) << 6) | (p[k + 3] & 0x3F)
                if v >= 0x20 && v < 0x7F { out.append(v) }
                k += 4
                continue
            }
            k += 1
        }
        return out.count >= 4 ? out : nil
    }

    static func braille(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = t.baseAddress else { return nil }
        var any = false
        var k = 0
        while k < t.count, let p = memchr(base + k, 0xE2, t.count - k) {
            let at = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if at + 2 < t.count && t[at + 1] == 0xA0 { any = true; break }
            k = at + 1
        }
        guard any else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(t.count)
        var letters = 0
        k = 0
        let n = t.count
        while k < n {
            if t[k] == 0xE2 && k + 2 < n && t[k + 1] == 0xA0, let c = brailleLetters[t[k + 2] & 0x3F] {
                out.append(c); if c != 0x20 { letters += 1 }; k += 3; continue
            }
            out.append(t[k]); k += 1
        }
        return letters >= 4 ? out : nil
    }

    /// International Morse code: a code of up to six dots and dashes packed as bits after a leading 1
    /// (dash = 1) → its letter or digit.
    static let morseTable: [UInt8] = {
        let codes = [".-", "-...", "-.-.", "-..", ".", "..-.", "--.", "....", "..", ".---", "-.-", ".-..", "--", "-.", "---",
                     ".--.", "--.-", ".-.", "...", "-", "..-", "...-", ".--", "-..-", "-.--", "--..",
                     "-----", ".----", "..---", "...--", "....-", ".....", "-....", "--...", "---..", "----."]
        let symbols = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var table = [UInt8](repeating: 0, count: 128)
        for (k, c) in codes.enumerated() {
            var v = 1
            for b in c.utf8 { v = v << 1 | (b == 0x2D ? 1 : 0) }
            table[v] = symbols[k]
        }
        return table
    }()

    /// Runs of Morse code ("-.- ..- -. -.. . -." → "kunden"): codes separated by one blank, words by a slash
    /// or two or more blanks; a run counts from four decoded symbols. Only asked for after the word "morse".
    static func morse(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let n = t.count
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var found = false
        var k = 0
        @inline(__always) func isSym(_ b: UInt8) -> Bool { b == 0x2E || b == 0x2D }
        while k < n {
            guard isSym(t[k]) && (k == 0 || t[k - 1] == 0x20 || t[k - 1] == 0x0A || t[k - 1] == 0x3A) else { out.append(t[k]); k += 1; continue }
            var m = k, decoded: [UInt8] = [], symbols = 0, end = k
            while m < n && isSym(t[m]) {
                var v = 1, len = 0
                while m < n && isSym(t[m]) && len <= 6 { v = v << 1 | (t[m] == 0x2D ? 1 : 0); m += 1; len += 1 }
                if len > 6 || v >= 128 || morseTable[v] == 0 { break }
                decoded.append(morseTable[v]); symbols += 1; end = m
                // Separators: one blank between codes; a slash or more blanks between words.
                var s = m, blanks = 0, slash = false
                while s < n && (t[s] == 0x20 || t[s] == 0x2F) { if t[s] == 0x2F { slash = true } else { blanks += 1 }; s += 1 }
                if s == m || s >= n || !isSym(t[s]) { break }
                if slash || blanks >= 2 { decoded.append(0x20) }
                m = s
            }
            if symbols >= 4 {
                out.append(contentsOf: decoded); k = end; found = true
            } else {
                out.append(t[k]); k += 1
            }
        }
        return found ? out : nil
    }

    /// Letter frequencies of English, German and French prose together (per mille, rounded): a shift
    /// that turns ciphertext into language scores far above the others.
    static let letterWeight: [Int] = [72, 13, 30, 42, 150, 14, 20, 40, 70, 3, 8, 46, 25, 80, 48, 18, 4, 66, 68, 65, 45, 10, 12, 2, 5, 5]

    /// The text shifted back by the Caesar shift (1–25) under which its letters look most like language.
    /// Only asked for when a cipher's name occurred (caesar, cäsar, césar, cipher): 25 shifts, and a
    /// shifted text is checked again.
    static func caesar(_ t: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var hist = [Int](repeating: 0, count: 26)
        for b in t { let l = b | 0x20; if l &- 0x61 < 26 { hist[Int(l - 0x61)] += 1 } }
        var best = 0, bestScore = Int.min
        for s in 1..<26 {
            var score = 0
            for c in 0..<26 { score += hist[c] * letterWeight[(c + 26 - s) % 26] }
            if score > bestScore { bestScore = score; best = s }
        }
        guard hist.reduce(0, +) >= 12 else { return nil }
        let sh = UInt8(best)
        return t.map { b in
            if b &- 0x61 < 26 { return (b - 0x61 + 26 - sh) % 26 + 0x61 }
            if b &- 0x41 < 26 { return (b - 0x41 + 26 - sh) % 26 + 0x41 }
            return b
        }
    }

    /// The decodings worth checking for `t`, chosen by its shape; rot13 and reversed only when the
    /// automaton saw a key word in that form (`triggers`).
    static func decodings(_ t: UnsafeBufferPointer<UInt8>, shape: Shape, triggers: UInt64, spaced hint: Bool, decodeWord: Bool = false, morseWord: Bool = false) -> [(Kind, [UInt8])] {
        var out: [(Kind, [UInt8])] = []
        if shape.b64Run >= 16, let d = base64(t) { out.append((.base64, d)) }
        if shape.hexRun >= 24 || shape.pairRun >= 8 || shape.backslash || shape.zeroX || triggers & IntentMatcher.zeroXTrigger != 0, let d = hex(t) { out.append((.hex, d)) }
        if shape.percentCount >= 4, let d = url(t) { out.append((.url, d)) }
        if shape.ampersand, let d = html(t) { out.append((.html, d)) }
        if shape.backslash, let d = escapes(t) { out.append((.escapes, d)) }
        if triggers & IntentMatcher.rot13Trigger != 0 { out.append((.rot13, rot13(t))) }
        if triggers & IntentMatcher.reversedTrigger != 0 { out.append((.reversed, reversed(t))) }
        if shape.leetWords >= 2, let d = leet(t) { out.append((.leet, d)) }
        if hint || shape.singleRun >= 6, let d = spaced(t) { out.append((.spaced, d)) }
        if triggers & IntentMatcher.spellingTrigger != 0, let d = spelled(t) { out.append((.spelled, d)) }
        if let d = numbers(t) { out.append((.numbers, d)) }
        if let d = braille(t) { out.append((.braille, d)) }
        if decodeWord, let d = caesar(t) { out.append((.caesar, d)) }
        if morseWord, let d = morse(t) { out.append((.morse, d)) }
        return out
    }
}
