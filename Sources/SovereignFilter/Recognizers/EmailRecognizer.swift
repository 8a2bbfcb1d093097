import CSovereignICU
import CSovereignSIMD

/// EMAIL: `local@domain.tld`, plus the obfuscated forms customers type to dodge spam filters:
/// `name [at] shop [dot] com`, `name(at)shop(punkt)de`, `name arobase shop point fr`, `name at shop dot com`.
/// Triggered by an `@`, by an `at`/`arobase` word, or by an opening bracket before one.
final class EmailRecognizer: PositionRecognizer {
    static let entityTypes: [EntityType] = [.email]
    static let triggers: [Trigger] = [.wordStart] + "@([{<".utf8.map { .byte($0) }
    let plain: Pattern
    let obfuscated: Pattern

    init() throws {
        let label = #"[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,62}[\p{L}\p{N}])?"#
        let tld = #"(?:\p{L}{2,24}|xn--[\p{L}\p{N}\-]{2,59})(?![\p{L}\p{N}])"#
        plain = try Pattern(name: "EMAIL", #"[\p{L}\p{N}._%+\-]{1,64}@(?:"# + label + #"\.)+"# + tld)
        let at = #"(?:\s*[\[\(\{<]\s*(?:at|arobase|ät|@)\s*[\]\)\}>]\s*|\s+(?:at|arobase|ät)\s+|\s*@\s*)"#
        let dot = #"(?:\s*[\[\(\{<]\s*(?:dot|point|punkt|pt)\s*[\]\)\}>]\s*|\s+(?:dot|point|punkt)\s+|\.)"#
        // Greedy over the labels: the whole domain, "mail dot example dot co dot uk", not its first two.
        obfuscated = try Pattern(
            name: "EMAIL_OBFUSCATED",
            #"[\p{L}\p{N}._%+\-]{1,64}"# + at + label + "(?:" + dot + label + ")*" + dot + tld,
            caseless: true)
    }

    /// At an `@`, an opening bracket, or a word start (`at`, `arobase` after a space).
    func recognize(_ s: inout ScanState, _ sc: Scratch, at i: Int) throws -> Int? {
        switch s.t[i] {
        case UInt8(ascii: "@"): return try atSign(&s, i)
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "<"): return try bracketAt(&s, i)
        default: return try wordStart(&s, i)
        }
    }

    /// A word start: `arobase`, or `at` when the text after it may hold an address (`plainAtMayMatch`).
    func wordStart(_ s: inout ScanState, _ i: Int) throws -> Int? {
        guard s.t[i] | 0x20 == UInt8(ascii: "a"), i > 0, ByteClass.isSpace(s.t[i - 1]) else { return nil }
        guard s.hasWord("arobase", at: i)
            || (s.at(i + 1) | 0x20) == UInt8(ascii: "t") && !ByteClass.isAlnum(s.at(i + 2)) && EmailRecognizer.plainAtMayMatch(s.t, after: i + 2)
        else { return nil }
        return try obfuscatedAt(&s, i - 1)
    }

    /// An opening bracket: `[at]`, `(at)`, `{at}`, `<at>`, `(@)` after a local part.
    func bracketAt(_ s: inout ScanState, _ i: Int) throws -> Int? {
        var j = i + 1
        while j < s.t.count && s.t[j] == 0x20 { j += 1 }
        guard s.hasWord("at", at: j) || s.hasWord("arobase", at: j) || s.at(j) == UInt8(ascii: "@") || s.hasWord("ät", at: j) else { return nil }
        return try obfuscatedAt(&s, i)
    }

    /// `i` is the position of an `@`.
    func atSign(_ s: inout ScanState, _ i: Int) throws -> Int? {
        let run = localStart(s, before: i, limit: 4096)
        let local = run < i - 64 ? localStart(s, before: i) : run
        if local < i, let (a, b) = try plain.match(s.t, from: local, s.ms) {
            // Trim a local part that starts with dots or dashes ("...john@x.com"). A glued run longer than
            // a local part may be is covered whole: starting mid-run would leave a tail that, once the
            // address is redacted, reads differently ("redacting twice equals once", found by fuzzing).
            var a2 = a == local ? run : a
            while a2 < b, s.t[a2] == UInt8(ascii: ".") || s.t[a2] == UInt8(ascii: "-") { a2 += 1 }
            if !EmailRecognizer.isMessageID(s.t, a2, b) { s.out.append(Candidate(start: a2, end: b, type: .email, score: 0.95)) }
            return b
        }
        return try obfuscatedAt(&s, i)
    }

    /// `i` is the start of an at-token (`at`, `arobase`, `ät`, an opening bracket, a spaced `@`).
    func obfuscatedAt(_ s: inout ScanState, _ i: Int) throws -> Int? {
        // The local part is the word before the token, possibly separated by spaces.
        var j = i
        while j > 0 && ByteClass.isSpace(s.t[j - 1]) { j -= 1 }
        let local = localStart(s, before: j)
        guard local < j else { return nil }
        guard let (a, b) = try obfuscated.match(s.t, from: local, s.ms) else { return nil }
        // `john at example.com` is prose as often as an address: a plain " at " needs a spelled-out dot.
        var bracket = false, wordDot = false, strongAt = false
        for k in a..<b {
            let c = s.t[k]
            if c == UInt8(ascii: "[") || c == UInt8(ascii: "(") || c == UInt8(ascii: "{") || c == UInt8(ascii: "<") { bracket = true }
            if c == UInt8(ascii: "@") { strongAt = true }
            if c == 0x20, k + 1 < b, !ByteClass.isSpace(s.t[k + 1]) {
                if s.hasWord("dot ", at: k + 1) || s.hasWord("point ", at: k + 1) || s.hasWord("punkt ", at: k + 1) { wordDot = true }
                if s.hasWord("arobase", at: k + 1) { strongAt = true }
            }
        }
        guard bracket || wordDot || strongAt else { return nil }
        s.out.append(Candidate(start: a, end: b, type: .email, score: 0.9))
        return b
    }

    /// A cheap look ahead before the pattern, for the word `at`: a plain " at " only counts with a
    /// spelled-out dot, a bracket or an `@` in the address (see `obfuscatedAt`). Scans what a domain may
    /// hold (letters, digits, `-`, `.`, spaces) and stops at the first byte no address continues with
    /// (`,`, `!`, a `.` before a space). "at 40 degrees" is common prose; the pattern cost ~1 800
    /// instructions per "at". Undecided after 1 KB: let the pattern decide.
    static func plainAtMayMatch(_ t: UnsafeBufferPointer<UInt8>, after i: Int) -> Bool {
        let n = t.count
        let limit = min(n, i + 1024)
        var k = i
        while k < limit {
            let c = t[k]
            switch c {
            case UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{"), UInt8(ascii: "<"), UInt8(ascii: "@"):
                return true
            case 0x20, 0x09, 0x0A, 0x0D:
                var w = k + 1
                while w < n && ByteClass.isSpace(t[w]) { w += 1 }
                if ByteClass.hasWord(t, "dot", at: w) || ByteClass.hasWord(t, "point", at: w) || ByteClass.hasWord(t, "punkt", at: w)
                    || ByteClass.hasWord(t, "arobase", at: w) { return true }
            case UInt8(ascii: "."):
                if k + 1 >= n || ByteClass.isSpace(t[k + 1]) { return false }
            case UInt8(ascii: "-"):
                break
            default:
                if c < 0x80 && !ByteClass.isAlnum(c) { return false }
            }
            k += 1
        }
        return limit < n
    }

    /// Headers whose `<…@…>` is a message's identifier (RFC 5322 §3.6.4, RFC 2392), not a mailbox.
    static let messageIDHeaders = WordList(["message-id", "in-reply-to", "references", "content-id", "x-message-id",
                                            "resent-message-id", "original-message-id"])

    /// Whether `[a, b)` is in angle brackets on a line that one of `messageIDHeaders` starts (after
    /// quote marks of a reply): `Message-ID: <20250101.1234@mail.shop.de>`.
    static func isMessageID(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        guard a > 0, t[a - 1] == UInt8(ascii: "<"), b < t.count, t[b] == UInt8(ascii: ">"), let base = t.baseAddress else { return false }
        var q = Int(sovereign_last_byte(base, max(0, a - 200), a, 0x0A)) + 1
        if q == 0 && a > 200 { return false }
        while q < a && (t[q] == 0x20 || t[q] == UInt8(ascii: ">") || t[q] == 0x09) { q += 1 }
        var c = q
        while c < a && t[c] != UInt8(ascii: ":") && t[c] != 0x20 { c += 1 }
        return c < a && t[c] == UInt8(ascii: ":") && messageIDHeaders.equalsAny(UnsafeBufferPointer(rebasing: t[q..<c]))
    }

    /// Walks back from `i` over characters a local part may hold (ASCII and letters/digits of any script).
    private func localStart(_ s: ScanState, before i: Int, limit: Int = 64) -> Int {
        var j = i
        while j > 0 {
            let c = s.t[j - 1]
            if c < 0x80 {
                if ByteClass.isAlnum(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "%")
                    || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
                    j -= 1
                    continue
                }
                break
            }
            // Step back to the lead byte of the scalar and check it is a letter or digit.
            var k = j - 1
            while k > 0 && s.t[k] & 0xC0 == 0x80 { k -= 1 }
            let (cp, _) = UTF8Check.decode(s.t.baseAddress!, k)
            if sovereign_icu_letter_or_digit(cp) == 0 { break }
            j = k
        }
        if i - j > limit { j = i - limit; while j < i && s.t[j] & 0xC0 == 0x80 { j += 1 } }
        return j
    }
}
