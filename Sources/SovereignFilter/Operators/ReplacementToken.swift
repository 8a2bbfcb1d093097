/// The tokens our operators write in place of a value, written and read only here:
/// - the redaction token `[TYPE]` (`redact`, and what settling puts in place of each finding);
/// - the pseudonym `<TYPE_n>` (`pseudonymize`; `Session.restore` turns it back into the value);
/// - the hash token `<TYPE:8 hex digits>` (`hash`; never read back).
///
/// Two readers recognize tokens in text, and they accept different sets on purpose; `ReplacementToken.Reading`
/// holds the differences as parameters of the one recognizer (`end(in:at:_:)`):
/// - `restorable` (`Session.restore`): only `<NAME_DIGITS>` (a pseudonym the vault can have issued),
///   at most 80 bytes with its brackets;
/// - `anyShape` (context windows, `ScanState.lastToken`): `[BODY]` or `<BODY>` of any length, the body
///   not needing a `_DIGITS` suffix, so anything shaped like our output is skipped as context.
/// Both: the body is A–Z, 0–9 and `_`, starts with A–Z, and is at least three bytes long (for a
/// pseudonym that follows from `NAME_DIGITS`). Lower case, non-ASCII, spaces, nested brackets or a
/// missing closing bracket make no token.
enum ReplacementToken {
    // MARK: writing

    /// `[TYPE]`.
    @inline(__always)
    static func writeRedaction(_ type: EntityType, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        out.append(contentsOf: type.name.utf8)
        out.append(UInt8(ascii: "]"))
    }

    /// The length in bytes of `[TYPE]`.
    @inline(__always)
    static func redactionLength(_ type: EntityType) -> Int { type.name.utf8.count + 2 }

    /// `<TYPE_n>`, the `n`th pseudonym of its type in a session.
    static func pseudonym(_ type: EntityType, _ n: Int) -> String { "<\(type.name)_\(n)>" }

    /// `<TYPE:` + the first four bytes of `digest` as lower-case hex + `>`.
    static func writeHash<D: Sequence>(_ type: EntityType, digest: D, into out: inout [UInt8]) where D.Element == UInt8 {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "<"))
        out.append(contentsOf: type.name.utf8)
        out.append(UInt8(ascii: ":"))
        for (k, b) in digest.enumerated() where k < 4 {
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 15)])
        }
        out.append(UInt8(ascii: ">"))
    }

    // MARK: reading

    /// What a reader accepts as a token (see the type's comment for the two readers).
    struct Reading {
        /// `[BODY]` counts as well as `<BODY>`.
        var square: Bool
        /// The body of `<BODY>` must end in `_` and one or more digits, with something before the `_`.
        var numbered: Bool
        /// Longest token in bytes, brackets included; nil for no limit.
        var maxLength: Int?

        /// `Session.restore`: pseudonyms only.
        static let restorable = Reading(square: false, numbered: true, maxLength: 80)
        /// Context windows: anything shaped like our tokens.
        static let anyShape = Reading(square: true, numbered: false, maxLength: nil)
    }

    /// A body byte: A–Z, 0–9 or `_`.
    @inline(__always)
    static func isBody(_ c: UInt8) -> Bool { c &- 0x41 < 26 || c == UInt8(ascii: "_") || ByteClass.isDigit(c) }

    /// If a token starts at `i` (its opening bracket), the offset just past its closing bracket.
    @inline(__always)
    static func end(in t: UnsafeBufferPointer<UInt8>, at i: Int, _ r: Reading) -> Int? {
        guard i >= 0, i + 1 < t.count else { return nil }
        let close: UInt8
        switch t[i] {
        case UInt8(ascii: "<"): close = UInt8(ascii: ">")
        case UInt8(ascii: "[") where r.square: close = UInt8(ascii: "]")
        default: return nil
        }
        guard ByteClass.isUpper(t[i + 1]) else { return nil }
        var j = i + 1
        var lastUnderscore = -1
        while j < t.count {
            if let m = r.maxLength, j - i >= m { return nil }
            let c = t[j]
            if c == close {
                guard j - i > 3 else { return nil }  // a body of three bytes or more
                if r.numbered && close == UInt8(ascii: ">") {
                    guard lastUnderscore > i + 1, j - lastUnderscore > 1 else { return nil }
                    for k in (lastUnderscore + 1)..<j where !ByteClass.isDigit(t[k]) { return nil }
                }
                return j + 1
            }
            guard isBody(c) else { return nil }
            if c == UInt8(ascii: "_") { lastUnderscore = j }
            j += 1
        }
        return nil
    }

    /// The last token whose closing bracket lies in `from..<to`, as (start, end). The token may start
    /// before `from` (a context window that cuts a token still skips all of it).
    @inline(__always)
    static func last(in t: UnsafeBufferPointer<UInt8>, closingIn from: Int, _ to: Int, _ r: Reading) -> (Int, Int)? {
        var k = to - 1
        while k >= from {
            let c = t[k]
            if c == UInt8(ascii: "]") || c == UInt8(ascii: ">") {
                var j = k - 1
                while j >= 0 && isBody(t[j]) { j -= 1 }
                // Every byte between j and k is a body byte, so a token starting at j ends at k + 1.
                if j >= 0, end(in: t, at: j, r) == k + 1 { return (j, k + 1) }
            }
            k -= 1
        }
        return nil
    }
}
