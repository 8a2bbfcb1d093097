/// Luhn (mod 10) check over digit values 0...9.
enum Luhn {
    static func isValid<C: Collection>(_ digits: C) -> Bool where C.Element == UInt8 {
        var sum = 0
        // Left to right: `reversed()` on a plain Collection builds an Array (a heap allocation per
        // card-shaped number, e.g. "2024-05-12 2024-05-12"). The rightmost digit is not doubled.
        var double = digits.count % 2 == 0
        for d in digits {
            var v = Int(d)
            if double { v *= 2; if v > 9 { v -= 9 } }
            sum += v
            double.toggle()
        }
        return sum % 10 == 0
    }
}

/// Payment card brand ranges (issuer identification numbers) and the lengths each brand issues.
enum CardBrand {
    /// True when `digits` (values 0...9) start with a known IIN and have a length that IIN issues.
    /// Generic so a caller's digit buffer goes in as it is (an `ArraySlice` made from a buffer allocates).
    static func isPlausible<C: RandomAccessCollection>(_ d: C) -> Bool where C.Element == UInt8, C.Index == Int {
        let n = d.count
        guard n >= 12 && n <= 19 else { return false }
        let s = d.startIndex
        func prefix(_ k: Int) -> Int { var v = 0; for i in 0..<k { v = v * 10 + Int(d[s + i]) }; return v }
        let p1 = prefix(1), p2 = prefix(2), p3 = prefix(3), p4 = prefix(4), p6 = prefix(6)
        switch p1 {
        case 4: return n == 13 || n == 16 || n == 19                       // Visa
        case 5:
            if (51...55).contains(p2) { return n == 16 }                   // Mastercard
            if p2 == 50 || (56...59).contains(p2) { return true }          // Maestro 12-19
            return false
        case 2:
            if (2221...2720).contains(p4) { return n == 16 }               // Mastercard 2-series
            if (2200...2204).contains(p4) { return n >= 16 }               // Mir
            return false
        case 3:
            if p2 == 34 || p2 == 37 { return n == 15 }                     // American Express
            if (300...305).contains(p3) || p2 == 36 || p2 == 38 || p2 == 39 || p4 == 3095 {
                return n >= 14                                            // Diners Club
            }
            if p2 == 35 { return n >= 16 }                                 // JCB (3528-3589; test ranges use all of 35xx)
            return false
        case 6:
            if p4 == 6011 || (644...649).contains(p3) || p2 == 65 { return n >= 16 }  // Discover
            if (622126...622925).contains(p6) || p2 == 62 { return n >= 16 }          // UnionPay
            return true                                                               // Maestro 6x
        case 1: return n == 15 && p1 == 1                                  // UATP
        case 0: return p4 == 604                                           // Maestro/Laser 0604 (needs card words: see recognizer)
        case 8: return (p2 == 81 || p2 == 82) && n == 16                   // RuPay (India) 81, 82
        case 9: return p4 == 9792 && n == 16                               // Troy (Turkey's BKM network)
        default: return false
        }
    }
}

/// EAN-13 / GTIN check digit: tells a barcode from a 13-digit Visa number that merely passes Luhn.
enum EAN13 {
    static func isValid<C: Collection>(_ d: C) -> Bool where C.Element == UInt8 {
        guard d.count == 13 else { return false }
        var sum = 0
        for (k, v) in d.enumerated() { sum += Int(v) * (k % 2 == 0 ? 1 : 3) }
        return sum % 10 == 0
    }
}
