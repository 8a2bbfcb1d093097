/// Words near a candidate that raise (or lower) its score, in English, German and French.
/// Matched case-insensitively in a window of normalized text before (and just after) the span.
struct ContextWords: Sendable {
    let words: [[UInt8]]
    /// Words by their first (lower-case) byte, so one pass over the window tests all of them.
    let byFirst: [[Int]]
    /// One bit per (first, second) lower-case byte pair that starts a word (every pair for a one-byte
    /// word): most positions of a window start no word, and one bit test rules them out (a bucket walk
    /// per byte cost 2-4 % of a scan).
    let pairs: [UInt64]

    init(_ list: [String]) {
        words = list.map { Array($0.lowercased().utf8) }
        var idx = [[Int]](repeating: [], count: 256)
        var bits = [UInt64](repeating: 0, count: 1024)
        for (k, w) in words.enumerated() {
            idx[Int(w[0])].append(k)
            if w.count == 1 {
                for b in 0..<256 { let pk = Int(w[0]) << 8 | b; bits[pk >> 6] |= 1 << UInt64(pk & 63) }
            } else {
                let pk = Int(w[0]) << 8 | Int(w[1])
                bits[pk >> 6] |= 1 << UInt64(pk & 63)
            }
        }
        byFirst = idx
        pairs = bits
    }

    /// True when any word occurs in `text[from..<to]` (ASCII case-insensitive; the lists are lower case).
    func occurs(in text: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        let lo = max(0, from), hi = min(text.count, to)
        guard hi > lo else { return false }
        return pairs.withUnsafeBufferPointer { bits in
            var i = lo
            // The pair at i: (text[i], text[i + 1]), or (text[i], 0) at the window's last byte, where only a
            // one-byte word can start (its bits cover every second byte).
            var b0 = lower(text[i])
            while i < hi {
                let b1 = i + 1 < hi ? lower(text[i + 1]) : 0
                let pk = Int(b0) << 8 | Int(b1)
                if bits[pk >> 6] & (1 << UInt64(pk & 63)) != 0 && matchAt(text, i, hi) { return true }
                b0 = b1
                i += 1
            }
            return false
        }
    }

    /// A word of the list starts at `i` and ends by `hi`.
    private func matchAt(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Bool {
        for k in byFirst[Int(lower(text[i]))] {
            let w = words[k]
            if i + w.count > hi { continue }
            var j = 1
            while j < w.count && lower(text[i + j]) == w[j] { j += 1 }
            if j == w.count && !insideRedactionToken(text, i, w.count) { return true }
        }
        return false
    }

    @inline(__always) private func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// Our own output is no context: "number" inside "[ORDER_NUMBER]" or "<PHONE_1>" must not make the next
    /// number a phone, or redacting twice would differ from once (found by fuzzing).
    private func insideRedactionToken(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        var a = i
        while a > 0 && (t[a - 1] &- 0x41 < 26 || t[a - 1] == UInt8(ascii: "_")) { a -= 1 }
        guard a > 0, t[a - 1] == UInt8(ascii: "[") || t[a - 1] == UInt8(ascii: "<") else { return false }
        for k in i..<(i + n) where !(t[k] &- 0x41 < 26 || t[k] == UInt8(ascii: "_")) { return false }
        return true
    }
}

/// Context lists that belong to no one recognizer. Each recognizer's own words live in its file
/// (`CreditCardRecognizer.context`, `PhoneRecognizer.context`, …).
enum Context {
    /// Words that say a number is something else: a barcode, a book, a parcel, a product, a version.
    /// Read by the card, phone, IPv4 and SSN recognizers.
    static let notPII = ContextWords([
        "barcode", "ean", "gtin", "isbn", "upc", "code-barres", "code barre", "strichcode",
        "tracking", "sendungsnummer", "suivi", "parcel", "colis", "paket",
        "sku", "article", "artikel", "item", "model", "modell", "modèle", "version", "ref.", "réf",
        // French company register numbers (SIREN 9 digits, SIRET 14) carry a Luhn check digit like cards.
        "siret", "siren",
    ])
}
