/// The canonical form of a finding's value: what `hash` and `pseudonymize` key on, so the same
/// e-mail written `A@B.com`, `a@b.com` or `a [at] b [dot] com` gets the same hash and pseudonym.
enum Canonical {
    static func value(_ type: EntityType, _ normalized: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(normalized.count)
        switch type {
        case .email:
            let lower = normalized.map { ByteClass.lower($0) }
            if lower.contains(UInt8(ascii: "@")) && !lower.contains(0x20) {
                out = lower
            } else {
                // Obfuscated: keep the words, turn at/dot tokens back into '@' and '.'.
                var words: [[UInt8]] = []
                var cur: [UInt8] = []
                for c in lower {
                    if ByteClass.isAlnum(c) || c >= 0x80 || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                        || c == UInt8(ascii: "%") {
                        cur.append(c)
                    } else {
                        if !cur.isEmpty { words.append(cur); cur = [] }
                        if c == UInt8(ascii: "@") { words.append([c]) } else if c == UInt8(ascii: ".") { words.append([c]) }
                    }
                }
                if !cur.isEmpty { words.append(cur) }
                var sawAt = false
                for (k, w) in words.enumerated() {
                    let s = String(decoding: w, as: UTF8.self)
                    if !sawAt && k > 0 && (s == "at" || s == "arobase" || s == "ät" || s == "@") { out.append(UInt8(ascii: "@")); sawAt = true }
                    else if sawAt && (s == "dot" || s == "point" || s == "punkt" || s == "pt" || s == ".") { out.append(UInt8(ascii: ".")) }
                    else if s == "." { out.append(UInt8(ascii: ".")) }
                    else { out.append(contentsOf: w) }
                }
            }
        case .creditCard, .iban, .phone, .orderNumber, .trackingNumber, .usSSN:
            for c in normalized where ByteClass.isAlnum(c) || c == UInt8(ascii: "+") { out.append(ByteClass.upper(c)) }
        default:
            out.append(contentsOf: normalized)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
