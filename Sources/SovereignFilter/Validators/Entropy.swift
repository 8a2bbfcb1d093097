/// Shannon entropy in bits per character: tells a generated key from a word or a placeholder.
enum Entropy {
    static func bitsPerChar(_ s: UnsafeBufferPointer<UInt8>) -> Double {
        guard !s.isEmpty else { return 0 }
        // Counts on the stack: this runs for every secret-shaped value, and a heap array per call showed up.
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 256) { counts in
            counts.initialize(repeating: 0)
            for c in s { counts[Int(c)] += 1 }
            let n = Double(s.count)
            var h = 0.0
            for c in counts where c > 0 {
                let p = Double(c) / n
                h -= p * log2(p)
            }
            return h
        }
    }

    private static func log2(_ x: Double) -> Double {
        // Natural log via the standard library's Double math would need Foundation; a short series is enough.
        var m = x
        var e = 0.0
        while m >= 2 { m /= 2; e += 1 }
        while m < 1 { m *= 2; e -= 1 }
        // ln(m) for m in [1,2) with atanh series: ln(m) = 2 * atanh((m-1)/(m+1))
        let y = (m - 1) / (m + 1)
        let y2 = y * y
        var term = y
        var sum = 0.0
        var k = 1.0
        for _ in 0..<12 { sum += term / k; term *= y2; k += 2 }
        return e + 2 * sum / 0.6931471805599453
    }
}

/// Parcel check digits: UPS `1Z` (mod 10 over mapped characters) and UPU S10 (mod 11).
enum ParcelCheck {
    static func ups(_ s: ArraySlice<UInt8>) -> Bool {
        // 1Z + 16 characters; the last one is the check digit over characters 3...17.
        guard s.count == 18 else { return false }
        let body = Array(s.dropFirst(2))
        var sum = 0
        for (k, c) in body.dropLast().enumerated() {
            var v: Int
            switch c {
            case 0x30...0x39: v = Int(c - 0x30)
            case 0x41...0x5A: v = (Int(c - 0x41) + 2) % 10
            default: return false
            }
            if k % 2 == 1 { v *= 2 }
            sum += v
        }
        guard let last = body.last, (0x30...0x39).contains(last) else { return false }
        let check = (10 - sum % 10) % 10
        return check == Int(last - 0x30)
    }

    static func s10(_ s: ArraySlice<UInt8>) -> Bool {
        // Two letters, eight digits, a check digit, two letters.
        guard s.count == 13 else { return false }
        let a = Array(s)
        let weights = [8, 6, 4, 2, 3, 5, 9, 7]
        var sum = 0
        for k in 0..<8 {
            guard (0x30...0x39).contains(a[2 + k]) else { return false }
            sum += Int(a[2 + k] - 0x30) * weights[k]
        }
        var check = 11 - sum % 11
        if check == 10 { check = 0 } else if check == 11 { check = 5 }
        return Int(a[10]) - 0x30 == check
    }
}
