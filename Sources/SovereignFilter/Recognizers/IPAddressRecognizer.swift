/// IP_ADDRESS: IPv4 with an octet range check (not a version string: `10.7.1.4197`, `2.8.9.374`), and
/// IPv6 in full, compressed (`2001:db8::1`) and IPv4-embedded forms, validated group by group.
final class IPAddressRecognizer: NumberRecognizer, PositionRecognizer {
    static let entityTypes: [EntityType] = [.ipAddress]
    static let triggers: [Trigger] = [.byte(UInt8(ascii: ":"))]
    /// A sure IPv4 address is not also judged as a card, phone, order number or SSN.
    static let decisiveScore = 0.9
    static let context = ContextWords([
        // "ip" as a word, not inside "stripe" or a token ("…hjIpV0z…").
        " ip", "ip:", "ip=", "ip-", "ip_", "ipv", "address", "login", "server", "host", "connect", "from", "adresse", "serveur", "verbindung",
        // JSON keys and columns: "ip": "…", "client_ip", "adresse_ip".
        "\"ip\"", "'ip'", "_ip",
    ])
    static let releaseWords = ContextWords([
        "release", "changelog", "shopware", "magento", "woocommerce", "prestashop", "plugin", "update", "upgrade", "tested with",
        "getestet", "testé", "patch", "firmware", "sdk", "app version", "build",
        // A container image's tag ("image: mariadb:6.5.9.3", "--set image.tag=…") and a PHP extension's version.
        "image:", "image.tag", "tag:", "tag=", "opcache",
        // A fix's version in a ticket's comment ("Fixed in 4.9.6.0", "Corrigé en 9.4.1.41") and a version key.
        "version", "fixed in", "fix in", "behoben in", "gefixt in", "corrigé en", "corrigé dans", "corrigée en",
    ])
    static let releaseAfter = ContextWords(["release", "build", "version"])

    /// `version` (any case, alone or as the end of a key: `PHP_VERSION`) right before `a`, through `=`, `:`, quotes and spaces.
    static func versionKeyBefore(_ t: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        var k = a
        while k > 0 && a - k < 4 && (t[k - 1] == UInt8(ascii: "=") || t[k - 1] == UInt8(ascii: ":") || t[k - 1] == 0x20
                                     || t[k - 1] == UInt8(ascii: "\"") || t[k - 1] == UInt8(ascii: "'")) { k -= 1 }
        guard k >= 7, k < a else { return false }
        return ByteClass.hasWord(t, "version", at: k - 7)
    }
    let v4: Pattern
    let defanged: Pattern

    init() throws {
        let octet = #"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"#
        // Security tickets defang addresses so nobody clicks them: "1.2.3[.]4", "1[.]2[.]3[.]4", "(.)", "[dot]".
        // (Either case: "10[DOT]213[DOT]194[DOT]54".)
        let dot = #"(?:\.|\[\.\]|\(\.\)|\{\.\}|(?i:\[dot\]|\(dot\)))"#
        v4 = try Pattern(name: "IP_ADDRESS", octet + #"(?:\."# + octet + #"){3}(?!\.?\d)"#)
        defanged = try Pattern(name: "IP_ADDRESS_DEFANGED", octet + "(?:" + dot + octet + #"){3}(?!(?:\.|\[\.\])?\d)"#)
    }

    /// IPv4, at a number that starts with a digit (not `+` or `(`).
    func recognize(_ s: inout ScanState, _ run: NumberRun, at i: Int) throws -> Candidate? {
        // "(10.1.2.3)": the number start is the parenthesis.
        let d = s.t[i] == UInt8(ascii: "(") ? i + 1 : i
        guard ByteClass.isDigit(s.at(d)) else { return nil }
        return try ipv4(&s, d)
    }

    /// IPv6, at a `:` with a hex digit or another `:` on either side.
    func recognize(_ s: inout ScanState, _ sc: Scratch, at i: Int) throws -> Int? {
        guard ByteClass.isHex(s.at(i - 1)) || s.at(i - 1) == UInt8(ascii: ":") || ByteClass.isHex(s.at(i + 1)) || s.at(i + 1) == UInt8(ascii: ":")
        else { return nil }
        return ipv6(&s, i)
    }

    /// `i` is a digit at a word start.
    func ipv4(_ s: inout ScanState, _ i: Int) throws -> Candidate? {
        // Cheap reject: an IPv4 address has a dot (or a defanged one) within its first four bytes.
        @inline(__always) func dotLike(_ c: UInt8) -> Bool { c == UInt8(ascii: ".") || c == UInt8(ascii: "[") || c == UInt8(ascii: "(") || c == UInt8(ascii: "{") }
        guard dotLike(s.at(i + 1)) || dotLike(s.at(i + 2)) || dotLike(s.at(i + 3)) else { return nil }
        if i > 0, s.t[i - 1] == UInt8(ascii: "."), i > 1, ByteClass.isDigit(s.t[i - 2]) { return nil }
        // The plain form first; the defanged one only where a bracket follows within an address's length.
        var m = try v4.match(s.t, from: i, s.ms)
        if m == nil {
            var k = i + 1
            while k < min(s.t.count, i + 16) && s.t[k] != UInt8(ascii: "[") && s.t[k] != UInt8(ascii: "(") && s.t[k] != UInt8(ascii: "{") { k += 1 }
            if k < min(s.t.count, i + 16) { m = try defanged.match(s.t, from: i, s.ms) }
        }
        guard let (a, b) = m else { return nil }
        // After a colon: an IPv6 form with an IPv4 tail that the IPv6 recognizer turned down (glued to a
        // word: "x::ffff:1.2.3.4jj") is covered whole, or its "::ffff" would read as an address once the
        // tail is redacted. Any other text before the colon ("deadbeef:10.0.0.1", "key=…f:1.2.3.4") does
        // not hide the address (skipping it leaked it; both found by fuzzing).
        var start = a
        if i > 1, s.t[i - 1] == UInt8(ascii: ":") {
            var h = i - 1
            while h > 0 && (ByteClass.isHex(s.t[h - 1]) || s.t[h - 1] == UInt8(ascii: ":")) { h -= 1 }
            if h < i - 1, IPAddressRecognizer.isIPv6(UnsafeBufferPointer(rebasing: s.t[h..<b])) { start = h }
        }
        var score = 0.9
        // (MySQL quotes both parts: 'magento'@'10.228.168.249'.)
        let host = a > 0 && (s.t[a - 1] == UInt8(ascii: "@") || s.t[a - 1] == UInt8(ascii: "/")
                             || a > 1 && s.t[a - 2] == UInt8(ascii: "@") && (s.t[a - 1] == UInt8(ascii: "'") || s.t[a - 1] == UInt8(ascii: "\"")))
        // A product word on an earlier line ("Item: SKU741392" ⏎ "Blocked 176.99.13.178") says nothing about this one.
        let line = PhoneRecognizer.lineBefore(s.t, a, 24)
        if s.hasWord("v", at: i - 1) || !host && s.near(Context.notPII, a, b, before: line) && !s.near(IPAddressRecognizer.context, a, b, before: 24) {
            score = 0.3
        }
        // Four-part versions ("Shopware 6.5.5.5", "SENTRY_RELEASE=6.4.6.9", "getestet mit 6.5.3.1", "before
        // 6.6.2.1 release"): a release word near it and no network word makes it a version.
        // (A host in a URL or after `user@` is an address whatever the words around it.)
        // Versions start small ("6.5.5.5", "10.2.0.1"): only a first part below 30 is looked at.
        let small = s.at(a + 1) == UInt8(ascii: ".") || s.at(a + 2) == UInt8(ascii: ".") && s.t[a] < UInt8(ascii: "3")
        // A version key right before it ("VERSION=6.9.9.7", "app_version: 10.2.0.1") decides alone.
        if small && !host && IPAddressRecognizer.versionKeyBefore(s.t, start) { return nil }
        if small && !host && (s.near(IPAddressRecognizer.releaseWords, a, b, before: 32) || s.near(IPAddressRecognizer.releaseAfter, a, b, before: 0, after: 12))
            && !s.near(IPAddressRecognizer.context, a, b, before: 32) && !IPAddressRecognizer.versionBetween(s.t, a, 32) {
            return nil
        }
        return Candidate(start: start, end: b, type: .ipAddress, score: score)
    }

    /// A product token with its version ("Shopware/6.5", RFC 9110's `product/version` in a log's user agent)
    /// stands in the `limit` bytes before `a`: the release word names that version, not the address after it.
    /// (Not a bare version: "upgrade from 6.5.5.4 to 6.5.5.5" names both.)
    static func versionBetween(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ limit: Int) -> Bool {
        var k = a - 1
        while k > 0 && (ByteClass.isDigit(t[k]) || t[k] == UInt8(ascii: ".")) { k -= 1 }  // (not this address's own bytes)
        let lo = max(2, a - limit)
        while k > lo {
            // (A product's name, three letters at least: not a lens's "f/1.8".)
            if t[k] == UInt8(ascii: "/") && k >= 3 && ByteClass.isAlpha(t[k - 1]) && ByteClass.isAlpha(t[k - 2]) && ByteClass.isAlpha(t[k - 3])
                && k + 2 < a && ByteClass.isDigit(t[k + 1])
                && (t[k + 2] == UInt8(ascii: ".") || ByteClass.isDigit(t[k + 2])) { return true }
            k -= 1
        }
        return false
    }

    /// `i` is a `:` with a hex digit or another `:` on either side.
    func ipv6(_ s: inout ScanState, _ i: Int) -> Int? {
        var a = i
        while a > 0 && (ByteClass.isHex(s.t[a - 1]) || s.t[a - 1] == UInt8(ascii: ":")) { a -= 1 }
        // Only after a space or an opening delimiter: "[SECRET]::1" is the tail of something else, and
        // redaction must not turn it into an address on a second pass.
        if a > 0 {
            let p = s.t[a - 1]
            let opening = p == UInt8(ascii: "(") || p == UInt8(ascii: "[") || p == UInt8(ascii: "<") || p == UInt8(ascii: "{")
                || p == UInt8(ascii: "\"") || p == UInt8(ascii: "'") || p == UInt8(ascii: "=") || p == UInt8(ascii: ",")
                || p == UInt8(ascii: ";") || p == UInt8(ascii: "/") || p == UInt8(ascii: "@")  // "ssh user@2001:db8::1"
            // An XML element's content: "<ip_address>2a02:…</ip_address>" (a tag with a lower-case letter: our
            // tokens are capitals).
            if !(ByteClass.isSpace(p) || opening || p == UInt8(ascii: ">") && IPAddressRecognizer.startTagBefore(s.t, a - 1)) { return nil }
            if p == UInt8(ascii: "[") && a > 1 && !ByteClass.isSpace(s.t[a - 2]) && ByteClass.isAlnum(s.t[a - 2]) { return nil }
        }
        var b = i
        while b < s.t.count && (ByteClass.isHex(s.t[b]) || s.t[b] == UInt8(ascii: ":") || s.t[b] == UInt8(ascii: ".")) { b += 1 }
        // Glued to a word or to one of our own tokens ("::ffff:1omas@…" becomes "::ffff:[EMAIL]" once the
        // e-mail is redacted): not an address either way, so redacting twice changes nothing (fuzzing).
        if b < s.t.count, s.t[b] == UInt8(ascii: "[") || s.t[b] == UInt8(ascii: "<"), b > a, s.t[b - 1] == UInt8(ascii: ":") { return nil }
        // Trailing punctuation belongs to the sentence.
        while b > a && (s.t[b - 1] == UInt8(ascii: ".") || s.t[b - 1] == UInt8(ascii: ":") && !(b - 2 >= a && s.t[b - 2] == UInt8(ascii: ":"))) { b -= 1 }
        if b < s.t.count && (ByteClass.isAlnum(s.t[b]) || s.t[b] >= 0x80) { return nil }
        guard b - a >= 3 else { return nil }
        if !IPAddressRecognizer.isIPv6(UnsafeBufferPointer(rebasing: s.t[a..<b])) {
            // Eight full groups, then ":51234": logs (haproxy) write the client's port after an unbracketed
            // address. Eight groups are a whole address, so the decimal part after them is the port.
            var c = b
            while c > a && s.t[c - 1] != UInt8(ascii: ":") { c -= 1 }
            guard c > a + 1, b - c >= 1, b - c <= 5, (c..<b).allSatisfy({ ByteClass.isDigit(s.t[$0]) }), s.t[c - 2] != UInt8(ascii: ":") else { return nil }
            let head = UnsafeBufferPointer(rebasing: s.t[a..<(c - 1)])
            guard head.filter({ $0 == UInt8(ascii: ":") }).count == 7, IPAddressRecognizer.isIPv6(head) else { return nil }
            b = c - 1
        }
        s.out.append(Candidate(start: a, end: b, type: .ipAddress, score: 0.9))
        return b
    }

    /// `t[g]` is `>` ending a start tag `<name>` whose name has a lower-case letter.
    static func startTagBefore(_ t: UnsafeBufferPointer<UInt8>, _ g: Int) -> Bool {
        var q = g
        var lower = false
        while q > 0 && g - q < 40 && (ByteClass.isAlnum(t[q - 1]) || t[q - 1] == UInt8(ascii: "_") || t[q - 1] == UInt8(ascii: "-")) {
            if ByteClass.isLower(t[q - 1]) { lower = true }
            q -= 1
        }
        return lower && q < g && q > 0 && t[q - 1] == UInt8(ascii: "<") && ByteClass.isAlpha(t[q])
    }

    static func isIPv6(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var groups = 0
        var compressed = false
        var i = 0
        let n = p.count
        var longest = 0
        if n >= 2 && p[0] == UInt8(ascii: ":") {
            guard p[1] == UInt8(ascii: ":") else { return false }
            compressed = true
            i = 2
            if i == n { return false }
        }
        while i < n {
            // One group: 1–4 hex digits, or a trailing dotted IPv4.
            var j = i
            while j < n && ByteClass.isHex(p[j]) { j += 1 }
            if j < n && p[j] == UInt8(ascii: ".") {
                guard isIPv4(UnsafeBufferPointer(rebasing: p[i..<n])) else { return false }
                groups += 2
                i = n
                break
            }
            let len = j - i
            guard len >= 1 && len <= 4 else { return false }
            longest = max(longest, len)
            groups += 1
            i = j
            if i == n { break }
            guard p[i] == UInt8(ascii: ":") else { return false }
            i += 1
            if i < n && p[i] == UInt8(ascii: ":") {
                guard !compressed else { return false }
                compressed = true
                i += 1
                if i == n { break }
            } else if i == n {
                return false
            }
        }
        if compressed {
            // "12::34" in prose is not an address; ask for a real-looking group (or the loopback "::1").
            if n == 3 && p[2] == UInt8(ascii: "1") { return true }
            return groups <= 7 && groups >= 1 && (longest >= 3 || groups >= 3)
        }
        return groups == 8
    }

    static func isIPv4(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var parts = 0, val = 0, digits = 0
        for c in p {
            if ByteClass.isDigit(c) {
                if digits > 0 && val == 0 { return false }
                val = val * 10 + Int(c - 0x30); digits += 1
                if val > 255 || digits > 3 { return false }
            } else if c == UInt8(ascii: ".") {
                guard digits > 0 else { return false }
                parts += 1; val = 0; digits = 0
            } else { return false }
        }
        return digits > 0 && parts == 3
    }
}
