/// IBAN validation from the SWIFT IBAN registry: each country's length and BBAN structure (`n` digits,
/// `a` upper-case letters, `c` either), the ISO 7064 mod-97 check, and national check digits.
enum IBANCheck {
    /// BBAN structure by country, as the registry writes it ("8n10n" is 18 digits). The IBAN's length
    /// is 4 plus the BBAN's.
    static let structures: [(String, String)] = [
        ("AD", "4n4n12c"), ("AE", "3n16n"), ("AL", "8n16c"), ("AT", "5n11n"), ("AZ", "4a20c"), ("BA", "3n3n8n2n"),
        ("BE", "3n7n2n"), ("BG", "4a4n2n8c"), ("BH", "4a14c"), ("BI", "5n5n11n2n"), ("BR", "8n5n10n1a1c"),
        ("BY", "4c4n16c"), ("CH", "5n12c"), ("CR", "4n14n"), ("CY", "3n5n16c"), ("CZ", "4n6n10n"), ("DE", "8n10n"),
        ("DJ", "5n5n11n2n"), ("DK", "4n9n1n"), ("DO", "4c20n"), ("EE", "2n2n11n1n"), ("EG", "4n4n17n"),
        ("ES", "4n4n1n1n10n"), ("FI", "3n11n"), ("FK", "2a12n"), ("FO", "4n9n1n"), ("FR", "5n5n11c2n"),
        ("GB", "4a6n8n"), ("GE", "2a16n"), ("GI", "4a15c"), ("GL", "4n9n1n"), ("GR", "3n4n16c"), ("GT", "4c20c"),
        ("HN", "4a20n"), ("HR", "7n10n"), ("HU", "3n4n1n15n1n"), ("IE", "4a6n8n"), ("IL", "3n3n13n"), ("IQ", "4a3n12n"),
        ("IS", "4n2n6n10n"), ("IT", "1a5n5n12c"), ("JO", "4a4n18c"), ("KW", "4a22c"), ("KZ", "3n13c"),
        ("LB", "4n20c"), ("LC", "4a24c"), ("LI", "5n12c"), ("LT", "5n11n"), ("LU", "3n13c"), ("LV", "4a13c"),
        ("LY", "3n3n15n"), ("MC", "5n5n11c2n"), ("MD", "2c18c"), ("ME", "3n13n2n"), ("MK", "3n10c2n"),
        ("MN", "4n12n"), ("MR", "5n5n11n2n"), ("MT", "4a5n18c"), ("MU", "4a2n2n12n3n3a"), ("NI", "4a20n"),
        ("NL", "4a10n"), ("NO", "4n6n1n"), ("OM", "3n16c"), ("PK", "4a16c"), ("PL", "8n16n"), ("PS", "4a21c"),
        ("PT", "4n4n11n2n"), ("QA", "4a21c"), ("RO", "4a16c"), ("RS", "3n13n2n"), ("RU", "9n5n15c"), ("SA", "2n18c"),
        ("SC", "4a2n2n16n3a"), ("SD", "2n12n"), ("SE", "3n16n1n"), ("SI", "5n8n2n"), ("SK", "4n6n10n"),
        ("SM", "1a5n5n12c"), ("SO", "4n3n12n"), ("ST", "4n4n11n2n"), ("SV", "4a20n"), ("TL", "3n14n2n"),
        ("TN", "2n3n13n2n"), ("TR", "5n1n16c"), ("UA", "6n19c"), ("VA", "3n15n"), ("VG", "4a16n"), ("XK", "4n10n2n"),
        ("YE", "4a4n18c"),
    ]

    /// Country code → BBAN character classes, one byte per position (`n`, `a`, `c`).
    static let bban: [UInt16: [UInt8]] = {
        var m: [UInt16: [UInt8]] = [:]
        for (cc, spec) in structures {
            var classes: [UInt8] = []
            var count = 0
            for ch in spec.utf8 {
                if ByteClass.isDigit(ch) { count = count * 10 + Int(ch - 0x30) } else {
                    classes += [UInt8](repeating: ch, count: count); count = 0
                }
            }
            let u = Array(cc.utf8)
            m[UInt16(u[0]) << 8 | UInt16(u[1])] = classes
        }
        return m
    }()

    /// Expected length for the upper-case country code, or nil for an unknown country.
    static func length(_ a: UInt8, _ b: UInt8) -> Int? { bban[UInt16(a) << 8 | UInt16(b)].map { $0.count + 4 } }

    /// `chars` are upper-case ASCII letters and digits, spaces removed.
    static func isValid(_ chars: ArraySlice<UInt8>) -> Bool {
        guard chars.count >= 15, let n = length(chars[chars.startIndex], chars[chars.startIndex + 1]),
              n == chars.count else { return false }
        var rem = 0
        let s = chars.startIndex
        for k in 0..<chars.count {
            let c = chars[s + (k + 4) % chars.count]
            switch c {
            case 0x30...0x39: rem = (rem * 10 + Int(c - 0x30)) % 97
            case 0x41...0x5A: rem = (rem * 100 + Int(c - 0x41 + 10)) % 97
            default: return false
            }
        }
        return rem == 1
    }

    /// Check digits are digits, and the BBAN has digits and letters where the registry says.
    static func hasStructure(_ chars: ArraySlice<UInt8>) -> Bool {
        let s = chars.startIndex
        guard chars.count >= 5, ByteClass.isDigit(chars[s + 2]), ByteClass.isDigit(chars[s + 3]),
              let classes = bban[UInt16(chars[s]) << 8 | UInt16(chars[s + 1])], classes.count + 4 == chars.count else { return false }
        for (k, cls) in classes.enumerated() {
            let c = chars[s + 4 + k]
            switch cls {
            case UInt8(ascii: "n"): if !ByteClass.isDigit(c) { return false }
            case UInt8(ascii: "a"): if !ByteClass.isUpper(c) { return false }
            default: break
            }
        }
        return true
    }

    /// The national check digits inside the BBAN, for the countries that define them; true elsewhere.
    static func nationalCheck(_ chars: ArraySlice<UInt8>) -> Bool {
        let s = chars.startIndex
        func num(_ from: Int, _ n: Int) -> Int { var v = 0; for k in 0..<n { v = v * 10 + Int(chars[s + from + k] - 0x30) }; return v }
        switch (chars[s], chars[s + 1]) {
        case (UInt8(ascii: "B"), UInt8(ascii: "E")):
            // Belgian account: the last two digits are the first ten mod 97 (97 for 0).
            let r = num(4, 10) % 97
            return (r == 0 ? 97 : r) == num(14, 2)
        case (UInt8(ascii: "F"), UInt8(ascii: "R")), (UInt8(ascii: "M"), UInt8(ascii: "C")):
            // RIB key: 97 − (89·bank + 15·branch + 3·account) mod 97, letters of the account as digits.
            var account = 0
            for k in 0..<11 {
                let c = chars[s + 14 + k]
                let v: Int
                if ByteClass.isDigit(c) { v = Int(c - 0x30) } else {
                    let x = Int(c - 0x41)  // A=0 … Z=25: A–I → 1–9, J–R → 1–9, S–Z → 2–9
                    v = x < 9 ? x + 1 : x < 18 ? x - 8 : x - 16
                }
                account = (account * 10 + v) % 97
            }
            let key = 97 - (89 * num(4, 5) + 15 * num(9, 5) + 3 * account) % 97
            return key == num(25, 2)
        case (UInt8(ascii: "E"), UInt8(ascii: "S")):
            // Two control digits: one over "00" + bank + branch, one over the account number.
            let w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            func dc(_ digits: [Int]) -> Int { var t = 0; for (k, d) in digits.enumerated() { t += d * w[k] }; let r = 11 - t % 11; return r == 11 ? 0 : r == 10 ? 1 : r }
            var first = [0, 0]
            for k in 0..<8 { first.append(Int(chars[s + 4 + k] - 0x30)) }
            var second: [Int] = []
            for k in 0..<10 { second.append(Int(chars[s + 14 + k] - 0x30)) }
            return dc(first) == Int(chars[s + 12] - 0x30) && dc(second) == Int(chars[s + 13] - 0x30)
        default:
            return true
        }
    }
}
