import CSovereignICU

/// A token of the normalized text: a word (letters, with inner hyphens and apostrophes: `Hans-Detlef`,
/// `O'Brien`), a number (digits with inner `/` or `-`, an optional letter: `8/6`, `33-47`, `12a`), a
/// newline, or one punctuation character. Offsets are into the normalized view.
struct Token {
    enum Kind: UInt8 { case word, number, newline, punct }
    var start: Int32
    var end: Int32
    var kind: Kind
    /// First letter upper case.
    var cap: Bool
    /// Every letter upper case (and at least two letters).
    var allCaps: Bool
    /// Followed directly by a `.` (abbreviations, initials: `St.`, `J.`).
    var dot: Bool
    /// The byte right after the token's trailing spaces (or 0): `,` `.` `\n` …
    var next: UInt8
    /// Hash of the lower-cased text (`WordKey`), for gazetteer look-ups without building strings.
    var hash: UInt64 = 0
}

/// A 64-bit FNV-1a hash of a word's lower-case UTF-8, so gazetteers are sets of integers and a look-up
/// allocates nothing. Lower-casing covers ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals.
enum WordKey {
    @inline(__always)
    static func lowerScalar(_ c: UInt32) -> UInt32 {
        switch c {
        case 0x41...0x5A: return c | 0x20
        case 0xC0...0xDE where c != 0xD7: return c + 0x20
        case 0x100...0x17F where c & 1 == 0 && c != 0x130 && c != 0x138: return c + 1
        case 0x391...0x3A9: return c + 0x20
        case 0x410...0x42F: return c + 0x20
        case 0x400...0x40F: return c + 0x50
        default: return c
        }
    }

    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x100_0000_01B3

    /// Mixes the UTF-8 bytes of `c` lower-cased into `h` (no buffer: the tokenizer calls this per letter).
    @inline(__always)
    static func mix(_ h: inout UInt64, _ c: UInt32) {
        if c < 0x80 { h = (h ^ UInt64(ByteClass.lower(UInt8(c)))) &* prime; return }
        let l = lowerScalar(c)
        if l < 0x800 {
            h = (h ^ UInt64(0xC0 | l >> 6)) &* prime
        } else if l < 0x10000 {
            h = (h ^ UInt64(0xE0 | l >> 12)) &* prime
            h = (h ^ UInt64(0x80 | (l >> 6) & 0x3F)) &* prime
        } else {
            h = (h ^ UInt64(0xF0 | l >> 18)) &* prime
            h = (h ^ UInt64(0x80 | (l >> 12) & 0x3F)) &* prime
            h = (h ^ UInt64(0x80 | (l >> 6) & 0x3F)) &* prime
        }
        h = (h ^ UInt64(0x80 | l & 0x3F)) &* prime
    }

    static func hash(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = offset
        var i = start
        while i < end {
            let b = p[i]
            if b < 0x80 {
                h = (h ^ UInt64(ByteClass.lower(b))) &* prime
                i += 1
                continue
            }
            let (c, len) = UTF8Check.decode(p, i)
            mix(&h, c)
            i += len
        }
        return h
    }

    static func hash(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { p in p.baseAddress.map { hash($0, 0, p.count) } ?? 0xCBF2_9CE4_8422_2325 }
    }
}

/// A set of words as their `WordKey` hashes: an open-addressing table indexed by the hash itself
/// (it is already well mixed), so a look-up is a few loads and compares, with no hashing of its own.
struct WordSet: Sendable {
    private let slots: [UInt64]
    private let mask: Int

    init<S: Sequence>(_ words: S) where S.Element == String {
        let keys = Set(words.map { WordSet.key(WordKey.hash($0)) })
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var t = [UInt64](repeating: 0, count: size)
        for k in keys {
            var i = Int(truncatingIfNeeded: k) & (size - 1)
            while t[i] != 0 { i = (i + 1) & (size - 1) }
            t[i] = k
        }
        slots = t
        mask = size - 1
    }

    /// 0 marks an empty slot, so a hash of 0 is stored as 1.
    @inline(__always) private static func key(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    @inline(__always) func contains(hash h: UInt64) -> Bool {
        let k = WordSet.key(h)
        var i = Int(truncatingIfNeeded: k) & mask
        return slots.withUnsafeBufferPointer { s in
            while true {
                let v = s[i]
                if v == k { return true }
                if v == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    @inline(__always) func contains(_ t: Token) -> Bool { contains(hash: t.hash) }
    func contains(_ w: String) -> Bool { contains(hash: WordKey.hash(w)) }
}

/// Splits the normalized view into tokens in one pass. ASCII bytes use a table; other characters are
/// classified with ICU character properties (letter, digit, upper case), so `Élodie`, `Müller` and
/// `Ørsted` are single capitalized words.
enum Tokenizer {
    /// Tokens of `t` into a fresh array (tests; the engine writes into the scratch's arena).
    /// (Not an `inout [Token]` overload of `tokenize`: `&array` would convert to the pointer one.)
    static func tokens(_ t: UnsafeBufferPointer<UInt8>) -> [Token] {
        let p = UnsafeMutablePointer<Token>.allocate(capacity: t.count + 1)
        defer { p.deallocate() }
        let k = tokenize(t, into: p)
        return Array(UnsafeBufferPointer(start: p, count: k))
    }

    /// Writes the tokens of `t` to `out` and returns their count. `out` holds at least `t.count`
    /// tokens: every token covers at least one byte, so no capacity check is needed per token (an
    /// array append cost a uniqueness check and a capacity compare per token, ~1/5 of the tokenizer).
    static func tokenize(_ t: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<Token>) -> Int {
        // The fold table read once into a local: a `static let` read in the loop costs a
        // `swift_once` check per byte (3 % of a scan under callgrind).
        let fold = Tokenizer.foldPointer
        var k = 0
        let n = t.count
        guard let base = t.baseAddress else { return 0 }
        var i = 0
        while i < n {
            let b = base[i]
            if b == 0x20 || b == 0x09 || b == 0x0D { i += 1; continue }
            if b == 0x0A { out[k] = Token(start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: i + 1), kind: .newline, cap: false, allCaps: false, dot: false, next: 0); k &+= 1; i += 1; continue }
            let (c, len) = b < 0x80 ? (UInt32(b), 1) : UTF8Check.decode(base, i)
            let cls = classify(c)
            if cls == 1 {
                // Word: letters, plus an inner hyphen or apostrophe followed by a letter.
                // The gazetteer hash is computed in the same pass (it covers every byte of the word).
                let start = i
                // The word starts with a letter, so its first character says whether it is capitalized.
                let cap = isUpper(c)
                // The first character is mixed before the loop (it is a letter: no classification needed).
                var h = WordKey.offset
                WordKey.mix(&h, c)
                var j = i &+ len
                while j < n {
                    let b2 = base[j]
                    // ASCII letters and digits continue the word: one look-up gives the byte to hash
                    // (lower case), or 0 for every other byte.
                    let f = fold[Int(b2)]
                    if f != 0 {
                        h = (h ^ UInt64(f)) &* WordKey.prime
                        j &+= 1
                        continue
                    }
                    if b2 < 0x80 && b2 != 0x2D && b2 != 0x27 { break }
                    let (c2, l2) = b2 < 0x80 ? (UInt32(b2), 1) : UTF8Check.decode(base, j)
                    let kind = classify(c2)
                    if kind == 1 || kind == 2 {
                        WordKey.mix(&h, c2)
                        j += l2
                        continue
                    }
                    if (c2 == 0x2D || c2 == 0x27 || c2 == 0x2019) && j + l2 < n {
                        let (c3, _) = base[j + l2] < 0x80 ? (UInt32(base[j + l2]), 1) : UTF8Check.decode(base, j + l2)
                        if classify(c3) == 1 { WordKey.mix(&h, c2); j += l2; continue }
                    }
                    break
                }
                // Only a capitalized word can be all capitals: the others skip the letter count.
                i = push(out, &k, t, start, j, .word, cap: cap, allCaps: cap && allCaps(base, start, j), hash: h)
            } else if cls == 2 {
                let start = i
                var j = i
                while j < n {
                    let c2 = base[j]
                    if ByteClass.isDigit(c2) { j += 1; continue }
                    // 8/6, 33-47 (house numbers), 12a (one trailing letter)
                    if (c2 == UInt8(ascii: "/") || c2 == UInt8(ascii: "-")) && j + 1 < n && ByteClass.isDigit(base[j + 1]) { j += 1; continue }
                    // 65–69: a range written with an en dash (E2 80 93).
                    if c2 == 0xE2 && j + 3 < n && base[j + 1] == 0x80 && base[j + 2] == 0x93 && ByteClass.isDigit(base[j + 3]) { j += 3; continue }
                    if ByteClass.isAlpha(c2) && (j + 1 >= n || !ByteClass.isAlnum(base[j + 1])) && j > start { j += 1 }
                    break
                }
                i = push(out, &k, t, start, j, .number, cap: false, allCaps: false)
            } else {
                i = push(out, &k, t, i, i + len, .punct, cap: false, allCaps: false)
            }
        }
        return k
    }

    /// Returns where the next token can start: after the spaces `next` looked past (the loop need not
    /// look at them again).
    @inline(__always)
    static func push(_ out: UnsafeMutablePointer<Token>, _ count: inout Int, _ t: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int,
                     _ k: Token.Kind, cap: Bool, allCaps: Bool, hash h: UInt64 = 0) -> Int {
        var j = e
        let dot = j < t.count && t[j] == UInt8(ascii: ".")
        while j < t.count && (t[j] == 0x20 || t[j] == 0x09) { j += 1 }
        let next: UInt8 = j < t.count ? t[j] : 0
        // A segment is at most twice `Engine.segmentSize` (128 KB), so offsets fit in 32 bits: no trap check.
        out[count] = Token(start: Int32(truncatingIfNeeded: s), end: Int32(truncatingIfNeeded: e), kind: k, cap: cap,
                           allCaps: allCaps, dot: dot, next: next, hash: h)
        count &+= 1
        return j
    }

    /// Per byte, what a word's hash takes: ASCII letters lower-cased, digits as they are; 0 for every
    /// other byte (they end the word or take the slow path). A raw pointer: see `ByteClass.tablePointer`.
    nonisolated(unsafe) static let foldPointer: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        p.initialize(repeating: 0, count: 256)
        for b in 0x30...0x39 { p[b] = UInt8(b) }
        for b in 0x41...0x5A { p[b] = UInt8(b | 0x20) }
        for b in 0x61...0x7A { p[b] = UInt8(b) }
        return UnsafePointer(p)
    }()

    /// Whether the word `s..<e` has at least two letters, all upper case (digits, hyphens and
    /// apostrophes aside). Stops at the first lower-case letter, usually the second byte.
    @inline(__always)
    static func allCaps(_ base: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var letters = 0
        var i = s
        while i < e {
            let b = base[i]
            if b < 0x80 {
                if ByteClass.isLower(b) { return false }
                if ByteClass.isUpper(b) { letters += 1 }
                i += 1
                continue
            }
            let (c, len) = UTF8Check.decode(base, i)
            if classify(c) == 1 {
                if !isUpper(c) { return false }
                letters += 1
            }
            i += len
        }
        return letters >= 2
    }

    /// 1 letter, 2 digit, 0 other.
    @inline(__always)
    static func classify(_ c: UInt32) -> Int {
        if c < 0x80 {
            let b = UInt8(c)
            return ByteClass.isAlpha(b) ? 1 : ByteClass.isDigit(b) ? 2 : 0
        }
        return Int(sovereign_icu_letter_or_digit(c)) == 1 ? 1 : 0
    }

    @inline(__always)
    static func isUpper(_ c: UInt32) -> Bool {
        c < 0x80 ? ByteClass.isUpper(UInt8(c)) : sovereign_icu_is_upper(c) != 0
    }
}
