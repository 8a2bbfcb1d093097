/// What a prompt looks like at the byte level, from one pass: the longest runs of base64 and hex
/// characters, escapes, letter-spaced words, leetspeak, a few case-sensitive marks. It decides which
/// decoders run and which built-in rules without literal words (`RuleLiteralData.ungated`) can match at
/// all — each condition is necessary for its rule, so skipping the rule never changes the result (the
/// equivalence test checks it).
struct Shape {
    /// Longest run of [A-Za-z0-9+/=] (standard base64 and hex).
    var longRun = 0
    /// Longest run of [A-Za-z0-9+/=_-] (base64 and its URL-safe form).
    var b64Run = 0
    /// Longest run of hex digits.
    var hexRun = 0
    var backslash = false, entity = false, zeroX = false, quoteEquals = false, personaMark = false
    /// %XX sequences: how many, and most in a row.
    var percentCount = 0, percentRun = 0
    var ampersand = false
    /// Most consecutive two-hex-digit tokens each followed by a blank ("69 67 6e …").
    var pairRun = 0
    /// Most consecutive one-letter tokens ("i g n o r e", "s.y.s.t.e.m"): ASCII letters with no ASCII
    /// letter or digit on either side, at most 32 other bytes apart.
    var singleRun = 0
    /// Leet characters between two letters ("1gn0re", "cu570m3r", "p@ssword").
    var leetWords = 0

    enum Need: Sendable { case always, base64, hex, escapes, spaced, tautology, persona }

    static func need(_ ruleID: String) -> Need {
        switch ruleID {
        case "encoding.base64_text": return .base64          // ≥ 24 base64 characters in a row
        case "encoding.hex_text": return .hex                // ≥ 32 hex digits in a row
        case "encoding.escaped_bytes": return .escapes       // \x, \u, 0x, &#, 12 spaced hex pairs
        case "encoding.escaped_url": return .escapes         // 10 × %XX
        case "obfuscation.spaced_keyword", "obfuscation.spaced_keyword.defr": return .spaced
        case "bulk.sql.tautology": return .tautology         // a quote and an equals sign
        case "roleplay.named_persona": return .persona       // "gpt" or a capital Bot/AI/KI/IA
        default: return .always
        }
    }

    func allows(_ need: Need) -> Bool {
        switch need {
        case .always: return true
        case .base64: return longRun >= 24
        case .hex: return hexRun >= 32
        case .escapes: return backslash || entity || zeroX || percentRun >= 10 || pairRun >= 12
        case .spaced: return singleRun >= 4     // the shortest spaced keyword has 4 ASCII letters before its last
        case .tautology: return quoteEquals
        case .persona: return personaMark
        }
    }

    // Byte flags (one table lookup per byte; the loop below is mostly branch-free, with rare events).
    @inline(__always) static var alnum: UInt8 { 1 }
    @inline(__always) static var b64: UInt8 { 2 }
    @inline(__always) static var b64url: UInt8 { 4 }
    @inline(__always) static var hex: UInt8 { 8 }
    @inline(__always) static var leet: UInt8 { 16 }      // a leet character that is not a letter: 0 1 3 4 5 7 8 9 $ |
    @inline(__always) static var alpha: UInt8 { 32 }
    @inline(__always) static var special: UInt8 { 64 }   // \ & % =
    @inline(__always) static var lowT: UInt8 { 128 }     // t/T (end of "gpt")
    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for b in 0..<256 {
            let c = UInt8(b)
            var f: UInt8 = 0
            if ByteClass.isAlnum(c) { f |= alnum | b64 | b64url }
            if ByteClass.isAlpha(c) { f |= alpha }
            if c == 0x2B || c == 0x2F || c == 0x3D { f |= b64 | b64url }
            if c == 0x5F || c == 0x2D { f |= b64url }
            if ByteClass.isHex(c) { f |= hex }
            if let _ = PayloadDecoder.leetValue(c), !ByteClass.isAlpha(c), c != 0x40, c != 0x21, c != 0x2B { f |= leet }
            if "\\&%=".utf8.contains(c) { f |= special }
            if c | 0x20 == 0x74 { f |= lowT }
            t[b] = f
        }
        return t
    }()

    nonisolated(unsafe) static let tablePointer: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        p.initialize(from: table, count: 256)
        return UnsafePointer(p)
    }()

    /// A first, cheap pass: the longest base64url run, escape characters, leet between letters and
    /// two-character tokens. Most prompts have none of these; then the full pass is skipped and the
    /// fields keep their "nothing here" defaults. Persona marks come from the automaton (`personaMark`
    /// is set by the caller).
    init(_ t: UnsafeBufferPointer<UInt8>) {
        guard let base = t.baseAddress, t.count > 0 else { return }
        let tab = Shape.tablePointer
        let n = t.count
        var r = 0, m = 0, leet = 0, pairs = 0, iso = 0, a = 0
        var acc: UInt8 = 0
        var fp: UInt8 = 0, fpp: UInt8 = 0
        for i in 0..<n {
            let b = base[i]
            let f = tab[Int(b)]
            pairs &+= (b == 0x20 && r == 2) ? 1 : 0                     // "69 67 6e …" (and "is to in …")
            r = (r &+ 1) & (0 &- Int((f &>> 2) & 1)); m = max(m, r)   // run of base64url characters
            a = (a &<< 1 | Int(f & Shape.alnum)) & 7
            iso &+= a == 0b010 ? 1 : 0                                // a one-character token ended
            acc |= f
            leet &+= Int((fpp & f & Shape.alpha) &>> 5 & (fp & Shape.leet) &>> 4)
            fpp = fp; fp = f
        }
        iso &+= a & 3 == 1 ? 1 : 0
        if leet < 2 && pairs < 8 && acc & Shape.special == 0 {
            // Upper bounds are enough here: every run is at most the base64url run, every run of
            // one-letter tokens at most their count.
            longRun = m; b64Run = m; hexRun = m; singleRun = iso
            return
        }
        self = Shape(full: t)
    }

    /// The full pass.
    init(full t: UnsafeBufferPointer<UInt8>) {
        guard let base = t.baseAddress, t.count > 0 else { return }
        let tab = Shape.tablePointer
        let n = t.count
        var longRun = 0, b64Run = 0, hexRun = 0, leetWords = 0, percentCount = 0, percentRun = 0
        var backslash = false, entity = false, ampersand = false, quote = false, equals = false, personaMark = false
        var run = 0, b64 = 0, hexr = 0, pct = 0
        var pairs = 0, pairRun = 0, singles = 0, singleRun = 0, lastSingleEnd = -100
        var tokenStart = 0
        var prev: UInt8 = 0x20, prev2: UInt8 = 0x20
        var fprev: UInt8 = 0, fprev2: UInt8 = 0
        var i = 0
        while i <= n {
            let b: UInt8 = i < n ? base[i] : 0x20
            let f = tab[Int(b)]
            // Runs, branch-free: a run grows while the flag holds and drops to 0 when it does not.
            run = (run &+ 1) & -Int(f & Shape.b64 != 0 ? 1 : 0); longRun = max(longRun, run)
            b64 = (b64 &+ 1) & -Int(f & Shape.b64url != 0 ? 1 : 0); b64Run = max(b64Run, b64)
            hexr = (hexr &+ 1) & -Int(f & Shape.hex != 0 ? 1 : 0); hexRun = max(hexRun, hexr)
            // A leet character between two letters ("h0me", "pa$$").
            leetWords &+= Int((fprev2 & f & Shape.alpha) >> 5 & (fprev & Shape.leet) >> 4)
            let startsToken = f & Shape.alnum & ~fprev
            if startsToken != 0 { tokenStart = i }
            if fprev & Shape.alnum & ~f != 0 {
                // A token ended at i: spaced hex pairs and one-letter tokens.
                let len = i - tokenStart
                if len == 2 && b == 0x20 && tab[Int(base[tokenStart])] & tab[Int(base[tokenStart + 1])] & Shape.hex != 0 {
                    pairs &+= 1; pairRun = max(pairRun, pairs)
                } else { pairs = 0 }
                if len == 1 {
                    singles = tokenStart - lastSingleEnd <= 33 ? singles &+ 1 : 1
                    lastSingleEnd = i
                    singleRun = max(singleRun, singles)
                } else if b < 0x80 || len > 1 { singles = len == 1 ? singles : 0 }
            }
            if f & (Shape.special | Shape.lowT) != 0 || b == 0x27 || b == 0x22 || b == 0x49 || b == 0x41 {
                switch b {
                case 0x5C: backslash = true
                case 0x26: ampersand = true; if i + 1 < n && base[i + 1] == 0x23 { entity = true }
                case 0x25:
                    if i + 2 < n && tab[Int(base[i + 1])] & tab[Int(base[i + 2])] & Shape.hex != 0 {
                        percentCount &+= 1
                        pct = (i >= 3 && base[i - 3] == 0x25) ? pct &+ 1 : 1
                        percentRun = max(percentRun, pct)
                    }
                case 0x27, 0x22: quote = true
                case 0x3D: equals = true
                // Persona marks: AI, KI, IA (capitals), Bot, gpt in any case.
                case 0x49: if prev == 0x41 || prev == 0x4B { personaMark = true }
                case 0x41: if prev == 0x49 { personaMark = true }
                case 0x74, 0x54:
                    if (b == 0x74 && prev == 0x6F && prev2 == 0x42) || (prev | 0x20 == 0x70 && prev2 | 0x20 == 0x67) { personaMark = true }
                default: break
                }
            }
            prev2 = prev; prev = b; fprev2 = fprev; fprev = f
            i &+= 1
        }
        // "0x" prefixes: a zero followed by x.
        var zeroX = false
        if hexRun > 0 {
            var k = 0
            while k + 1 < n { if base[k] == 0x30 && base[k + 1] | 0x20 == 0x78 { zeroX = true; break }; k &+= 1 }
        }
        self.longRun = longRun; self.b64Run = b64Run; self.hexRun = hexRun; self.leetWords = leetWords
        self.percentCount = percentCount; self.percentRun = percentRun; self.backslash = backslash
        self.entity = entity; self.ampersand = ampersand; self.quoteEquals = quote && equals
        self.personaMark = personaMark; self.pairRun = pairRun; self.singleRun = singleRun; self.zeroX = zeroX
    }
}
