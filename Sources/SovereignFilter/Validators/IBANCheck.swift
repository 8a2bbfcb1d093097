/// IBAN validation: the country's fixed length (ISO 13616 registry) and the mod-97 check.
enum IBANCheck {
    /// IBAN length by country code.
    static let lengths: [UInt16: Int] = {
        let table: [(String, Int)] = [
            ("AD", 24), ("AE", 23), ("AL", 28), ("AT", 20), ("AZ", 28), ("BA", 20), ("BE", 16), ("BG", 22),
            ("BH", 22), ("BI", 27), ("BR", 29), ("BY", 28), ("CH", 21), ("CR", 22), ("CY", 28), ("CZ", 24),
            ("DE", 22), ("DJ", 27), ("DK", 18), ("DO", 28), ("EE", 20), ("EG", 29), ("ES", 24), ("FI", 18),
            ("FK", 18), ("FO", 18), ("FR", 27), ("GB", 22), ("GE", 22), ("GI", 23), ("GL", 18), ("GR", 27),
            ("GT", 28), ("HR", 21), ("HU", 28), ("IE", 22), ("IL", 23), ("IQ", 23), ("IS", 26), ("IT", 27),
            ("JO", 30), ("KW", 30), ("KZ", 20), ("LB", 28), ("LC", 32), ("LI", 21), ("LT", 20), ("LU", 20),
            ("LV", 21), ("LY", 25), ("MC", 27), ("MD", 24), ("ME", 22), ("MK", 19), ("MN", 20), ("MR", 27),
            ("MT", 31), ("MU", 30), ("NI", 28), ("NL", 18), ("NO", 15), ("OM", 23), ("PK", 24), ("PL", 28),
            ("PS", 29), ("PT", 25), ("QA", 29), ("RO", 24), ("RS", 22), ("RU", 33), ("SA", 24), ("SC", 31),
            ("SD", 18), ("SE", 24), ("SI", 19), ("SK", 24), ("SM", 27), ("SO", 23), ("ST", 25), ("SV", 28),
            ("TL", 23), ("TN", 24), ("TR", 26), ("UA", 29), ("VA", 22), ("VG", 24), ("XK", 20), ("YE", 30),
        ]
        var m: [UInt16: Int] = [:]
        for (cc, n) in table {
            let u = Array(cc.utf8)
            m[UInt16(u[0]) << 8 | UInt16(u[1])] = n
        }
        return m
    }()

    /// Expected length for the upper-case country code, or nil for an unknown country.
    static func length(_ a: UInt8, _ b: UInt8) -> Int? { lengths[UInt16(a) << 8 | UInt16(b)] }

    /// `chars` are upper-case ASCII letters and digits, spaces removed.
    static func isValid(_ chars: ArraySlice<UInt8>) -> Bool {
        guard chars.count >= 15, let n = length(chars[chars.startIndex], chars[chars.startIndex + 1]),
              n == chars.count else { return false }
        var rem = 0
        let rotated = chars.dropFirst(4) + chars.prefix(4)
        for c in rotated {
            switch c {
            case 0x30...0x39: rem = (rem * 10 + Int(c - 0x30)) % 97
            case 0x41...0x5A: rem = (rem * 100 + Int(c - 0x41 + 10)) % 97
            default: return false
            }
        }
        return rem == 1
    }
}
