/// HTML character references, for `Escapes` (policy `html_entities`): numeric (`&#52;`, `&#x34;`) and
/// the named references of the HTML standard that mail bodies, shop templates and rich-text editors
/// write for text: the Latin-1 block (`&nbsp;` … `&yuml;`, the accented letters of de/fr/es/nl/nordic
/// names and streets), the Latin Extended letters HTML 4 names, typographic punctuation and spaces, and
/// the ASCII punctuation HTML5 names (`&commat;`, `&period;`, `&num;`: an e-mail or an order number can
/// be written with them). Names are case-sensitive, as in HTML (`&Auml;` is Ä, `&auml;` ä).
enum HTMLEntities {
    /// The scalar and the length in bytes of the reference starting at `base[i]` (an `&`), or nil when
    /// no complete reference starts there. Numeric values that are no Unicode scalar (surrogates, past
    /// U+10FFFF, 0) read as U+FFFD, as an HTML parser reads them.
    static func reference(_ base: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> (UInt32, Int)? {
        var j = i + 1
        guard j < n else { return nil }
        if base[j] == UInt8(ascii: "#") {
            j += 1
            let hex = j < n && (base[j] | 0x20) == UInt8(ascii: "x")
            if hex { j += 1 }
            let digitsStart = j
            var v: UInt32 = 0
            while j < n && j - digitsStart < 8 {
                let c = base[j]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46 where hex: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66 where hex: d = UInt32(c - 0x61 + 10)
                default: d = 99
                }
                if d == 99 { break }
                v = v &* (hex ? 16 : 10) &+ d
                j += 1
            }
            guard j > digitsStart, j < n, base[j] == UInt8(ascii: ";") else { return nil }
            let scalar: UInt32 = v == 0 || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000) ? 0xFFFD : v
            return (scalar, j + 1 - i)
        }
        // A name: a letter, then letters and digits, then `;`.
        let nameStart = j
        while j < n && j - nameStart <= longest && (ByteClass.isAlpha(base[j]) || j > nameStart && ByteClass.isDigit(base[j])) { j += 1 }
        guard j > nameStart + 1, j < n, base[j] == UInt8(ascii: ";") else { return nil }
        guard let scalar = lookup(base + nameStart, j - nameStart) else { return nil }
        return (scalar, j + 1 - i)
    }

    /// Binary search over the names sorted by their bytes; no allocation.
    private static func lookup(_ p: UnsafePointer<UInt8>, _ len: Int) -> UInt32? {
        let t = table
        var lo = 0, hi = t.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            let c = compare(t[mid].name, p, len)
            if c == 0 { return t[mid].scalar }
            if c < 0 { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    private static func compare(_ a: [UInt8], _ p: UnsafePointer<UInt8>, _ len: Int) -> Int {
        let m = min(a.count, len)
        for k in 0..<m where a[k] != p[k] { return a[k] < p[k] ? -1 : 1 }
        return a.count - len
    }

    struct Entry { let name: [UInt8]; let scalar: UInt32 }

    /// U+00A0 … U+00FF in code point order (the HTML 4 Latin-1 names).
    static let latin1 = [
        "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not", "shy",
        "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1", "ordm",
        "raquo", "frac14", "frac12", "frac34", "iquest",
        "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml",
        "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
        "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig",
        "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml",
        "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
        "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
    ]

    static let others: [(String, UInt32)] = [
        // ASCII punctuation with HTML5 names.
        ("amp", 0x26), ("lt", 0x3C), ("gt", 0x3E), ("quot", 0x22), ("apos", 0x27), ("commat", 0x40), ("period", 0x2E),
        ("num", 0x23), ("colon", 0x3A), ("plus", 0x2B), ("lpar", 0x28), ("rpar", 0x29), ("lsqb", 0x5B), ("rsqb", 0x5D),
        ("lbrack", 0x5B), ("rbrack", 0x5D), ("lcub", 0x7B), ("rcub", 0x7D), ("lbrace", 0x7B), ("rbrace", 0x7D),
        ("sol", 0x2F), ("bsol", 0x5C), ("equals", 0x3D), ("lowbar", 0x5F), ("UnderBar", 0x5F), ("excl", 0x21),
        ("quest", 0x3F), ("comma", 0x2C), ("semi", 0x3B), ("percnt", 0x25), ("dollar", 0x24), ("ast", 0x2A),
        ("verbar", 0x7C), ("vert", 0x7C), ("Hat", 0x5E), ("grave", 0x60), ("tilde", 0x2DC), ("hyphen", 0x2010),
        ("dash", 0x2010), ("minus", 0x2212), ("Tab", 0x09), ("NewLine", 0x0A),
        // Spaces and invisible characters (the normalizer folds or drops them like their raw forms).
        ("ensp", 0x2002), ("emsp", 0x2003), ("thinsp", 0x2009), ("hairsp", 0x200A), ("numsp", 0x2007), ("puncsp", 0x2008),
        ("ZeroWidthSpace", 0x200B), ("zwnj", 0x200C), ("zwj", 0x200D), ("lrm", 0x200E), ("rlm", 0x200F),
        ("NoBreak", 0x2060), ("NonBreakingSpace", 0xA0),
        // Typography.
        ("ndash", 0x2013), ("mdash", 0x2014), ("hellip", 0x2026), ("lsquo", 0x2018), ("rsquo", 0x2019), ("sbquo", 0x201A),
        ("ldquo", 0x201C), ("rdquo", 0x201D), ("bdquo", 0x201E), ("lsaquo", 0x2039), ("rsaquo", 0x203A), ("bull", 0x2022),
        ("euro", 0x20AC), ("trade", 0x2122), ("dagger", 0x2020), ("Dagger", 0x2021), ("permil", 0x2030),
        // Latin Extended letters with HTML 4 names, and the Central European ones of names and streets.
        ("OElig", 0x152), ("oelig", 0x153), ("Scaron", 0x160), ("scaron", 0x161), ("Yuml", 0x178), ("Zcaron", 0x17D),
        ("zcaron", 0x17E), ("Ccaron", 0x10C), ("ccaron", 0x10D), ("Cacute", 0x106), ("cacute", 0x107), ("Lstrok", 0x141),
        ("lstrok", 0x142), ("Nacute", 0x143), ("nacute", 0x144), ("Sacute", 0x15A), ("sacute", 0x15B), ("Zacute", 0x179),
        ("zacute", 0x17A), ("Zdot", 0x17B), ("zdot", 0x17C), ("Eogon", 0x118), ("eogon", 0x119), ("Aogon", 0x104),
        ("aogon", 0x105), ("Rcaron", 0x158), ("rcaron", 0x159), ("Ecaron", 0x11A), ("ecaron", 0x11B), ("Gbreve", 0x11E),
        ("gbreve", 0x11F), ("Idot", 0x130), ("imath", 0x131), ("Scedil", 0x15E), ("scedil", 0x15F),
    ]

    static let table: [Entry] = {
        var e = latin1.enumerated().map { Entry(name: Array($0.element.utf8), scalar: 0xA0 + UInt32($0.offset)) }
        e += others.map { Entry(name: Array($0.0.utf8), scalar: $0.1) }
        return e.sorted { $0.name.lexicographicallyPrecedes($1.name) }
    }()

    static let longest = 16
}
