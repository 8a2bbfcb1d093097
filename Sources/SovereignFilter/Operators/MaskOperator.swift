/// `mask`: hides most of the value but keeps what a customer or agent needs to recognise it:
/// the last four digits of a card (`**** **** **** 1111`, separators kept), the first letter and the
/// domain of an e-mail (`j***@example.com`), the last four characters of anything else.
enum MaskOperator {
    static func apply(_ type: EntityType, original: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        if type == .email, let at = original.firstIndex(of: UInt8(ascii: "@")), at > 0 {
            // First scalar of the local part, then the domain as written.
            let (_, len) = UTF8Check.decode(original.baseAddress!, 0)
            out.append(contentsOf: original[0..<len])
            out.append(contentsOf: "***".utf8)
            out.append(contentsOf: original[at...])
            return
        }
        // Count the characters to keep: the last four letters/digits.
        var scalars: [(Int, Int, Bool)] = []  // (offset, length, isAlnum)
        var i = 0
        while i < original.count {
            let (cp, len) = UTF8Check.decode(original.baseAddress!, i)
            let alnum = cp < 0x80 ? ByteClass.isAlnum(UInt8(cp)) : (0xFF10...0xFF5A).contains(cp) || cp >= 0xC0
            scalars.append((i, len, alnum))
            i += len
        }
        let alnumCount = scalars.filter { $0.2 }.count
        let keepFrom = alnumCount > 4 ? alnumCount - 4 : alnumCount  // keep nothing of values of 4 or fewer
        var seen = 0
        for (off, len, alnum) in scalars {
            if alnum {
                if seen >= keepFrom { out.append(contentsOf: original[off..<(off + len)]) } else { out.append(UInt8(ascii: "*")) }
                seen += 1
            } else {
                out.append(contentsOf: original[off..<(off + len)])
            }
        }
    }
}
