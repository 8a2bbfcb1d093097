/// SECRET: credentials with a recognisable prefix (Stripe, AWS access key IDs, GitHub tokens, Slack
/// tokens, Google API keys, OpenAI keys, JWTs, PEM private keys, bearer tokens) and generic
/// assignments (`api_key=…`, `"client_secret": "…"`, Magento's `'key' => '…'` crypt key) whose value
/// looks generated (length and entropy).
final class SecretRecognizer: PositionRecognizer {
    static let entityTypes: [EntityType] = [.secret]
    static let triggers: [Trigger] = [.wordStart, .byte(UInt8(ascii: ":")), .byte(UInt8(ascii: "=")), .byte(UInt8(ascii: "-"))]
    /// Not read by the recognizer today (kept as it was in the central list).
    static let context = ContextWords([
        "key", "token", "secret", "password", "api", "credential", "auth", "bearer", "clé", "schlüssel",
        "passwort", "mot de passe", "crypt",
    ])
    let aws: Pattern
    let github: Pattern
    let google: Pattern
    let stripe: Pattern
    let openai: Pattern
    let slack: Pattern
    let jwt: Pattern
    let pem: Pattern
    let bearer: Pattern
    let vendor: Pattern

    init() throws {
        aws = try Pattern(name: "SECRET_AWS", #"(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}(?![A-Za-z0-9])"#)
        github = try Pattern(name: "SECRET_GITHUB", #"(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])"#)
        google = try Pattern(name: "SECRET_GOOGLE", #"AIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])"#)
        stripe = try Pattern(name: "SECRET_STRIPE", #"(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,247}(?![0-9A-Za-z])|whsec_[0-9A-Za-z]{24,}"#)
        openai = try Pattern(name: "SECRET_OPENAI", #"sk-(?:proj-|svcacct-|admin-|ant-(?:api\d\d-)?)?[A-Za-z0-9_\-]{20,}(?![A-Za-z0-9_\-])"#)
        slack = try Pattern(name: "SECRET_SLACK", #"xox[abposr]-[A-Za-z0-9\-]{10,}(?![A-Za-z0-9\-])"#)
        jwt = try Pattern(name: "SECRET_JWT", #"eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}(?![A-Za-z0-9_\-])"#)
        pem = try Pattern(name: "SECRET_PEM",
                          #"-----BEGIN[A-Z ]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[A-Z ]{0,40}PRIVATE KEY(?: BLOCK)?-----|\z)"#)
        // Shopify, GitLab, SendGrid, npm, Hugging Face: prefixes that only these tokens use.
        vendor = try Pattern(name: "SECRET_TOKEN",
                             #"(?:shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|glpat-[A-Za-z0-9_\-]{20,}|SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}|npm_[A-Za-z0-9]{36}|hf_[A-Za-z]{34})(?![A-Za-z0-9_\-])"#)
        bearer = try Pattern(name: "SECRET_BEARER", #"bearer\s+\K[A-Za-z0-9_\-.~+/]{20,}=*"#, caseless: true)
    }

    /// A key assignment at `:` or `=`, a PEM block at `--`, a prefixed token at a word start.
    func recognize(_ s: inout ScanState, _ sc: Scratch, at i: Int) throws -> Int? {
        switch s.t[i] {
        case UInt8(ascii: ":"), UInt8(ascii: "="): return assignment(&s, i)
        case UInt8(ascii: "-"): return s.at(i + 1) == UInt8(ascii: "-") ? try pemBlock(&s, i) : nil
        default: return try prefixed(&s, i)
        }
    }

    /// `i` is a letter at a word start. Dispatches on the first bytes so most words cost one switch.
    func prefixed(_ s: inout ScanState, _ i: Int) throws -> Int? {
        let p: Pattern
        switch s.t[i] {
        case UInt8(ascii: "A"):
            if s.hasWord("aiza", at: i) { p = google } else if ByteClass.isUpper(s.at(i + 1)) { p = aws } else { return nil }
        // Each case checks the prefix's next bytes before calling PCRE2: "was", "every", "great" and
        // "xenon" are common words, and a JIT call per word was 2 % of a scan.
        case UInt8(ascii: "g"):
            if s.hasWord("glpat-", at: i) { p = vendor; break }
            guard s.at(i + 1) == UInt8(ascii: "h") && s.at(i + 3) == UInt8(ascii: "_") || s.hasWord("github_pat_", at: i) else { return nil }
            p = github
        case UInt8(ascii: "S"), UInt8(ascii: "n"), UInt8(ascii: "h"):
            guard s.hasWord("sg.", at: i) && s.t[i] == UInt8(ascii: "S") || s.hasWord("npm_", at: i) || s.hasWord("hf_", at: i) else { return nil }
            p = vendor
        case UInt8(ascii: "s"):
            if s.hasWord("shp", at: i) { p = vendor; break }
            if s.at(i + 1) != UInt8(ascii: "k") { return nil }
            switch s.at(i + 2) {
            case UInt8(ascii: "_"): p = stripe
            case UInt8(ascii: "-"): p = openai
            default: return nil
            }
        case UInt8(ascii: "r"):
            guard s.at(i + 1) == UInt8(ascii: "k") && s.at(i + 2) == UInt8(ascii: "_") else { return nil }
            p = stripe
        case UInt8(ascii: "w"):
            guard s.hasWord("whsec_", at: i) else { return nil }
            p = stripe
        case UInt8(ascii: "x"):
            guard s.at(i + 1) == UInt8(ascii: "o") && s.at(i + 2) == UInt8(ascii: "x") else { return nil }
            p = slack
        case UInt8(ascii: "e"):
            guard s.at(i + 1) == UInt8(ascii: "y") && s.at(i + 2) == UInt8(ascii: "J") else { return nil }
            p = jwt
        case UInt8(ascii: "B"), UInt8(ascii: "b"):
            guard s.hasWord("bearer", at: i) else { return nil }
            p = bearer
        default: return nil
        }
        guard let (a, b) = try p.match(s.t, from: i, s.ms) else { return nil }
        if p === openai || p === bearer {
            // Demand a generated-looking value: letters and digits mixed.
            var digits = 0, letters = 0
            for k in a..<b { if ByteClass.isDigit(s.t[k]) { digits += 1 } else if ByteClass.isAlpha(s.t[k]) { letters += 1 } }
            guard digits >= 2, letters >= 8 else { return nil }
        }
        s.out.append(Candidate(start: a, end: b, type: .secret, score: 0.95))
        return b
    }

    /// `i` is a `-` that may open a PEM block.
    func pemBlock(_ s: inout ScanState, _ i: Int) throws -> Int? {
        guard s.hasWord("-----begin", at: i), let (a, b) = try pem.match(s.t, from: i, s.ms) else { return nil }
        s.out.append(Candidate(start: a, end: b, type: .secret, score: 1.0))
        return b
    }

    /// Key names whose value is a secret when it looks generated.
    static let keyNames: [[UInt8]] = [
        "api_key", "apikey", "api-key", "secret", "token", "password", "passwd", "pwd", "access_key", "accesskey",
        "private_key", "client_secret", "auth", "credential", "crypt", "key", "passwort", "mot_de_passe",
    ].map { Array($0.utf8) }

    /// `i` is a `=` or `:`; looks back for a key name and forward for its value.
    func assignment(_ s: inout ScanState, _ i: Int) -> Int? {
        // Key: an identifier, optionally quoted, just before the operator.
        var k = i
        while k > 0 && (s.t[k - 1] == 0x20 || s.t[k - 1] == UInt8(ascii: "\"") || s.t[k - 1] == UInt8(ascii: "'")) { k -= 1 }
        let keyEnd = k
        while k > 0 && keyEnd - k < 40 && (ByteClass.isAlnum(s.t[k - 1]) || s.t[k - 1] == UInt8(ascii: "_") || s.t[k - 1] == UInt8(ascii: "-")) { k -= 1 }
        // Only the identifier's last 40 bytes matter (names match at its end): a longer identifier
        // ("…sk_live_…pi_key=") no longer hides the assignment, which read "[SECRET]_key=" once the
        // token before it was redacted (fuzzing).
        guard keyEnd > k else { return nil }
        var matched: [UInt8]? = nil
        for name in SecretRecognizer.keyNames where name.count <= keyEnd - k {
            var ok = true
            let off = keyEnd - name.count
            for q in 0..<name.count where ByteClass.lower(s.t[off + q]) != name[q] { ok = false; break }
            if ok && (off == k || !ByteClass.isAlpha(s.t[off - 1]) || name.count >= 5) { matched = name; break }
        }
        guard let name = matched else { return nil }
        // Value: after the operator, optional "=>"/">", spaces and a quote.
        var v = i + 1
        if v < s.t.count && s.t[v] == UInt8(ascii: ">") { v += 1 }
        while v < s.t.count && s.t[v] == 0x20 { v += 1 }
        if v < s.t.count && (s.t[v] == UInt8(ascii: "\"") || s.t[v] == UInt8(ascii: "'")) { v += 1 }
        let a = v
        while v < s.t.count {
            let c = s.t[v]
            if ByteClass.isAlnum(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                || c == UInt8(ascii: "/") || c == UInt8(ascii: "=") || c == UInt8(ascii: ".") || c == UInt8(ascii: "~")
                || c == UInt8(ascii: "!") || c == UInt8(ascii: "$") || c == UInt8(ascii: "%") || c == UInt8(ascii: "*") {
                v += 1
            } else { break }
        }
        // A sentence full stop is not part of the value.
        var b = v
        while b > a && s.t[b - 1] == UInt8(ascii: ".") { b -= 1 }
        let len = b - a
        guard len >= 6, len <= 512 else { return nil }
        let value = UnsafeBufferPointer(rebasing: s.t[a..<b])
        var digits = 0, letters = 0, upper = 0, stars = 0
        for c in value {
            if ByteClass.isDigit(c) { digits += 1 } else if ByteClass.isAlpha(c) { letters += 1; if ByteClass.isUpper(c) { upper += 1 } }
            if c == UInt8(ascii: "*") { stars += 1 }
        }
        guard stars < 3 else { return nil }  // already masked
        let isPassword = name.starts(with: Array("pass".utf8)) || name == Array("pwd".utf8) || name.starts(with: Array("mot".utf8))
        let entropy = Entropy.bitsPerChar(value)
        if isPassword {
            guard len >= 6, entropy >= 2.0, digits + (len - letters - digits) > 0 || upper > 0 else { return nil }
        } else {
            let lower = letters - upper
            guard len >= 16, entropy >= 3.0, letters >= 4, digits >= 2 || upper >= 3 && lower >= 3 && len >= 24 else { return nil }
        }
        s.out.append(Candidate(start: a, end: b, type: .secret, score: 0.85))
        return b
    }
}
