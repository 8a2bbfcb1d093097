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
        case "encoding.escaped_bytes": return .escapes       // \x, \u, 0x, &#, 10 × %XX or 12 spaced hex pairs
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
        case .spaced: return singleRun >= 3
        case .tautology: return quoteEquals
        case .persona: return personaMark
        }
    }

    // Byte flags.
    @inline(__always) static var alnum: UInt8 { 1 }
    @inline(__always) static var b64: UInt8 { 2 }
    @inline(__always) static var b64url: UInt8 { 4 }
    @inline(__always) static var hex: UInt8 { 8 }
    @inline(__always) static var leet: UInt8 { 16 }
    @inline(__always) static var alpha: UInt8 { 32 }
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
            if PayloadDecoder.leetValue(c) != nil { f |= leet }
            t[b] = f
        }
        return t
    }()

    nonisolated(unsafe) static let tablePointer: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        p.initialize(from: table, count: 256)
        return UnsafePointer(p)
    }()

    init(_ t: UnsafeBufferPointer<UInt8>) {
        guard let base = t.baseAddress, t.count > 0 else { return }
        let tab = Shape.tablePointer
        let n = t.count
        // Locals in the loop (not the struct's fields): the optimizer keeps them in registers.
        var longRun = 0, b64Run = 0, hexRun = 0, leetWords = 0, percentCount = 0, percentRun = 0
        var backslash = false, entity = false, ampersand = false, quote = false, equals = false, personaMark = false
        var run = 0, b64 = 0, hexr = 0, pct = 0
        var pairs = 0, pairRun = 0, singles = 0, singleRun = 0, lastSingleEnd = -100
        var tokenStart = 0, tokenHex = true
        var prev: UInt8 = 0x20, prev2: UInt8 = 0x20
        var fprev: UInt8 = 0, fprev2: UInt8 = 0
        var i = 0
        while i <= n {
            let b: UInt8 = i < n ? base[i] : 0x20
            let f = tab[Int(b)]
            if f & Shape.b64 != 0 { run &+= 1; if run > longRun { longRun = run } } else { run = 0 }
            if f & Shape.b64url != 0 { b64 &+= 1; if b64 > b64Run { b64Run = b64 } } else { b64 = 0 }
            if f & Shape.hex != 0 { hexr &+= 1; if hexr > hexRun { hexRun = hexr } } else { hexr = 0 }
            if f & Shape.alnum != 0 {
                if fprev & Shape.alnum == 0 { tokenStart = i; tokenHex = true }
                if f & Shape.hex == 0 { tokenHex = false }
                if f & Shape.alpha != 0 {
                    // A leet digit between two letters ("h0me").
                    if fprev & Shape.leet != 0 && fprev & Shape.alpha == 0 && fprev2 & Shape.alpha != 0 { leetWords &+= 1 }
                    // Case-sensitive persona marks: Bot, AI, KI, IA; and gpt in any case.
                    if (b == 0x49 && (prev == 0x41 || prev == 0x4B)) || (b == 0x41 && prev == 0x49)
                        || (b == 0x74 && prev == 0x6F && prev2 == 0x42)
                        || (b | 0x20 == 0x74 && prev | 0x20 == 0x70 && prev2 | 0x20 == 0x67) { personaMark = true }
                }
            } else {
                if fprev & Shape.alnum != 0 {
                    // A token ends: spaced hex pairs and one-letter tokens.
                    let len = i - tokenStart
                    if len == 2 && tokenHex && b == 0x20 { pairs &+= 1; if pairs > pairRun { pairRun = pairs } } else { pairs = 0 }
                    if len == 1 {
                        singles = tokenStart - lastSingleEnd <= 33 ? singles &+ 1 : 1
                        lastSingleEnd = i
                        if singles > singleRun { singleRun = singles }
                    } else {
                        singles = 0
                    }
                }
                if b < 0x80 {
                    switch b {
                    case 0x5C: backslash = true
                    case 0x26: ampersand = true; if i + 1 < n && base[i + 1] == 0x23 { entity = true }
                    case 0x25:
                        if i + 2 < n && tab[Int(base[i + 1])] & Shape.hex != 0 && tab[Int(base[i + 2])] & Shape.hex != 0 {
                            percentCount &+= 1
                            pct = (i >= 3 && base[i - 3] == 0x25) ? pct &+ 1 : 1
                            if pct > percentRun { percentRun = pct }
                        }
                    case 0x27, 0x22: quote = true
                    case 0x3D: equals = true
                    case 0x24, 0x7C:
                        // $ and | between letters ("pa$$word").
                        if fprev & Shape.alpha != 0 && i + 1 < n && tab[Int(base[i + 1])] & Shape.alpha != 0 { leetWords &+= 1 }
                    default: break
                    }
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
