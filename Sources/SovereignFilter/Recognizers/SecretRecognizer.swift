/// SECRET: provider tokens by their documented formats (`SecretFormats.swift`), JWTs, private-key
/// blocks of every PEM/OpenSSH/PGP kind, bearer and basic credentials, passwords in URLs and connection
/// strings, webhook URLs whose path is the credential (Slack, Discord, Teams, Zapier, …), and
/// assignments to a key name (`api_key=…`, `"client_secret": "…"`, `DB_PASSWORD=…`, Magento's
/// `'key' => '…'` crypt key) whose value is not a placeholder and, for keys, looks generated.
final class SecretRecognizer: PositionRecognizer {
    static let entityTypes: [EntityType] = [.secret]
    static let triggers: [Trigger] = [.wordStart, .byte(UInt8(ascii: ":")), .byte(UInt8(ascii: "=")), .byte(UInt8(ascii: "-")),
                                      .byte(UInt8(ascii: "~")), .byte(UInt8(ascii: "(")), .byte(UInt8(ascii: "<"))]
    /// Not read by the recognizer today (kept as it was in the central list).
    static let context = ContextWords([
        "key", "token", "secret", "password", "api", "credential", "auth", "bearer", "clé", "schlüssel",
        "passwort", "mot de passe", "crypt",
    ])
    let jwt: Pattern
    let pem: Pattern
    let bearer: Pattern

    /// Documentation examples count as secrets (policy `secret_examples`).
    let examples: Bool

    init(examples: Bool = false) throws {
        self.examples = examples
        // An unsigned token (`alg: none`) ends with its second dot.
        jwt = try Pattern(name: "SECRET_JWT", #"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.(?:[A-Za-z0-9_\-]{8,}(?![A-Za-z0-9_\-])|(?![A-Za-z0-9_\-]))|eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}(?![A-Za-z0-9_\-])"#)
        pem = try Pattern(name: "SECRET_PEM",
                          #"-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|\z)"#)
        bearer = try Pattern(name: "SECRET_BEARER", #"bearer\s+\K[A-Za-z0-9_\-.~+/]{20,}=*"#, caseless: true)
    }

    /// A key assignment, URL credentials or a Telegram bot token at `:` or `=`, a PEM block or curl's
    /// user option at `-`, an Azure client secret at `~`, a prefixed token at a word start.
    func recognize(_ s: inout ScanState, _ sc: Scratch, at i: Int) throws -> Int? {
        switch s.t[i] {
        case UInt8(ascii: ":"):
            if s.at(i + 1) == UInt8(ascii: "/") && s.at(i + 2) == UInt8(ascii: "/") { return url(&s, i) }
            if s.at(i + 1) == UInt8(ascii: "A") && ByteClass.isDigit(s.at(i - 1)), let e = telegram(&s, i) { return e }
            if ByteClass.isDigit(s.at(i - 1)) && ByteClass.isHex(s.at(i + 1)), let e = asana(&s, i) { return e }
            if ByteClass.isDigit(s.at(i + 1)) || s.at(i + 1) == UInt8(ascii: "*"), let e = pgpass(&s, i) { return e }
            return assignment(&s, i)
        case UInt8(ascii: "="):
            if s.at(i - 1) == UInt8(ascii: "g") && s.at(i - 2) == UInt8(ascii: "i") && s.at(i - 3) == UInt8(ascii: "s"), let e = sasSignature(&s, i) { return e }
            return assignment(&s, i)
        case UInt8(ascii: "-"):
            if s.at(i + 1) == UInt8(ascii: "-") { return s.at(i + 2) == UInt8(ascii: "-") ? try pemBlock(&s, i) : (curlUser(&s, i) ?? longOptionPassword(&s, i) ?? longOptionKey(&s, i)) }
            switch s.at(i + 1) {
            case UInt8(ascii: "u"):
                if s.at(i + 2) == UInt8(ascii: "s") && ByteClass.isDigit(s.at(i + 3)) { return mailchimp(&s, i) }
                return s.at(i + 2) == 0x20 ? (curlUser(&s, i) ?? commaUser(&s, i)) : nil
            case UInt8(ascii: "p"), UInt8(ascii: "a"): return optionPassword(&s, i)
            default: return nil
            }
        case UInt8(ascii: "~"): return azureSecret(&s, i)
        case UInt8(ascii: "("): return callArguments(&s, i)
        case UInt8(ascii: "<"): return element(&s, i)
        default: return try prefixed(&s, i)
        }
    }

    /// `i` is a letter at a word start: the provider formats whose prefix starts with these two bytes
    /// (`TokenFormat`), then JWTs and bearer values.
    func prefixed(_ s: inout ScanState, _ i: Int) throws -> Int? {
        // Prose passwords and keys, by their first two letters before any word list is read.
        switch (s.t[i] | 0x20, s.at(i + 1) | 0x20) {
        case (UInt8(ascii: "p"), UInt8(ascii: "a")), (UInt8(ascii: "p"), UInt8(ascii: "w")), (UInt8(ascii: "k"), UInt8(ascii: "e")),
             (UInt8(ascii: "m"), UInt8(ascii: "d")), (UInt8(ascii: "m"), UInt8(ascii: "o")):
            if let e = prosePassword(&s, i) ?? proseKey(&s, i) { return e }
        case (UInt8(ascii: "t"), UInt8(ascii: "o")), (UInt8(ascii: "s"), UInt8(ascii: "e")), (UInt8(ascii: "c"), UInt8(ascii: "l")),
             (UInt8(ascii: "j"), UInt8(ascii: "e")), (UInt8(ascii: "s"), UInt8(ascii: "c")):
            if let e = proseKey(&s, i) ?? configSet(&s, i) { return e }
        default: break
        }
        if s.at(i + 14) == UInt8(ascii: "."), let e = terraformCloud(&s, i) { return e }
        let index = TokenFormat.index
        let bucket = index.byPair[Int(s.t[i]) << 8 | Int(s.at(i + 1))]
        if bucket != 0 {
            // Longest prefix first; once a claiming prefix is there, its format alone decides
            // (`sk-ant-api03-` of the wrong length is not retried as a bare `sk-` key).
            var claimedLength = 0
            for f in index.buckets[Int(bucket)] where f.prefix.count >= claimedLength {
                if let e = token(&s, i, f) { return e }
                if f.claims && f.hasPrefix(s.t, at: i) { claimedLength = f.prefix.count }
            }
            if claimedLength > 0 { return nil }
        }
        let p: Pattern
        switch s.t[i] {
        case UInt8(ascii: "e"):
            guard s.at(i + 1) == UInt8(ascii: "y") && s.at(i + 2) == UInt8(ascii: "J") else { return nil }
            p = jwt
        case UInt8(ascii: "B"), UInt8(ascii: "b"):
            guard s.hasWord("bearer", at: i) else { return nil }
            p = bearer
        default: return nil
        }
        guard let (a, b) = try p.match(s.t, from: i, s.ms) else { return nil }
        if p === bearer {
            // Demand a generated-looking value: letters and digits mixed.
            var digits = 0, letters = 0
            for k in a..<b { if ByteClass.isDigit(s.t[k]) { digits += 1 } else if ByteClass.isAlpha(s.t[k]) { letters += 1 } }
            guard digits >= 2, letters >= 8, !Placeholder.looksFake(UnsafeBufferPointer(rebasing: s.t[a..<b])) else { return nil }
        }
        s.out.append(Candidate(start: a, end: b, type: .secret, score: 0.95))
        return b
    }

    /// One provider format at `i`: its prefix, then a body of its alphabet and length that is not a
    /// placeholder and looks generated.
    func token(_ s: inout ScanState, _ i: Int, _ f: TokenFormat) -> Int? {
        let t = s.t
        guard i + f.prefix.count + f.min <= t.count else { return nil }
        // Inside a dotted name ("video_box.ico-7a38….png", a host name) a prefix is a coincidence.
        if i > 0 && t[i - 1] == UInt8(ascii: ".") { return nil }
        for k in 0..<f.prefix.count where t[i + k] != f.prefix[k] { return nil }
        let a = i + f.prefix.count
        var j = a
        while j < t.count && j - a <= f.max && TokenFormat.accepts(f.alphabet, t[j]) { j += 1 }
        // A sentence's full stop is not part of a dotted token.
        if f.alphabet == .base64urlDot || f.alphabet == .urlSafe { while j > a && t[j - 1] == UInt8(ascii: ".") { j -= 1 } }
        let n = j - a
        guard n >= f.min, n <= f.max else { return nil }
        if j < t.count, ByteClass.isAlnum(t[j]) || t[j] == UInt8(ascii: "_") { return nil }
        let body = UnsafeBufferPointer(rebasing: t[a..<j])
        var digits = 0, letters = 0, upper = 0
        for c in body { if ByteClass.isDigit(c) { digits += 1 } else if ByteClass.isAlpha(c) { letters += 1; if ByteClass.isUpper(c) { upper += 1 } } }
        // Generated bodies mix letters and digits (or both cases); a word or a run of digits after a prefix is prose.
        if n >= 16 {
            guard digits >= 1 || upper >= 3 && letters - upper >= 3 || f.alphabet == .upperAlnum && letters == n,
                  letters >= 1 || f.prefix.count >= 4,
                  // A long body after a provider prefix may be digit-heavy (Slack ids): the bar is lower there.
                  Entropy.bitsPerChar(body) >= (n >= 24 ? 2.5 : 3.0) else { return nil }
        } else {
            guard digits >= 1, letters >= 1 else { return nil }
        }
        if f.prefix.count == 3 && f.prefix[2] == UInt8(ascii: "-") && f.prefix[0] == UInt8(ascii: "s") {
            // The bare `sk-` form is shared with other vendors' words: demand more of a generated key.
            guard digits >= 2, letters >= 8 else { return nil }
        }
        guard f.shapeHolds(body, examples: examples) else { return nil }
        // Slack's numeric ids before the random part may be anything; the random part must not be typed.
        var random = body
        if f.shape == .slackGroups, let dash = body.lastIndex(of: UInt8(ascii: "-")) { random = UnsafeBufferPointer(rebasing: body[(dash + 1)...]) }
        guard examples || !Placeholder.looksFake(random) else { return nil }
        s.out.append(Candidate(start: i, end: j, type: .secret, score: 0.95))
        if f.alphabet == .upperAlnum && f.min == 16 && f.prefix.count == 4, let e = awsSecretAfter(&s, j) { return e }
        return j
    }

    /// An AWS secret access key written right after its key id ("AKIA… / wJalr…", "AKIA…:…", a CSV row):
    /// 40 characters of base64 without padding, generated-looking.
    func awsSecretAfter(_ s: inout ScanState, _ j: Int) -> Int? {
        let t = s.t
        var v = j
        while v < t.count && v - j < 6 {
            let c = t[v]
            guard c == 0x20 || c == 0x09 || c == 0x0A || c == UInt8(ascii: "/") || c == UInt8(ascii: ":") || c == UInt8(ascii: ",")
                    || c == UInt8(ascii: "|") || c == UInt8(ascii: ";") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") else { break }
            v += 1
        }
        guard v > j, v - j < 6 else { return nil }
        var e = v
        while e < t.count && e - v <= 40 && (ByteClass.isAlnum(t[e]) || t[e] == UInt8(ascii: "+") || t[e] == UInt8(ascii: "/")) { e += 1 }
        guard e - v == 40, e == t.count || !(ByteClass.isAlnum(t[e]) || t[e] == UInt8(ascii: "_") || t[e] == UInt8(ascii: "=")) else { return nil }
        let value = UnsafeBufferPointer(rebasing: t[v..<e])
        var digits = 0, upper = 0, lower = 0
        for c in value { if ByteClass.isDigit(c) { digits += 1 } else if ByteClass.isUpper(c) { upper += 1 } else if ByteClass.isAlpha(c) { lower += 1 } }
        guard digits >= 1, upper >= 3, lower >= 3, Entropy.bitsPerChar(value) >= 4.0, examples || !Placeholder.looksFake(value) else { return nil }
        s.out.append(Candidate(start: v, end: e, type: .secret, score: 0.9))
        return e
    }

    /// Password words that a password may follow directly in prose: "SSH: deploy@…, Passwort mT^k@RH%U#Z5".
    static let prosePasswordWords: [StaticString] = ["passwort ", "password ", "kennwort ", "pw ", "pwd ", "mdp ", "passphrase ", "mot de passe "]
    /// Key words and the copula after which a key follows in prose: "la clé c'est PnzbX…", "the token is …".
    static let proseKeyWords: [StaticString] = [
        "key is ", "token is ", "secret is ", "clé c'est ", "clé est ", "cle c'est ", "jeton c'est ", "token c'est ", "le token est ",
        "schlüssel ist ", "token ist ", "schlüssel lautet ", "token lautet ",
        // The word alone before a generated value: "(SID …, token 9ad4…)", "composer config … token 388f…".
        "token ", "jeton ",
    ]
    /// Their first bytes (three, or four for longer words) in the cases they are written in, for the first pass's word filter.
    static let wordPrefixes: [[UInt8]] = [
        "pass", "Pass", "PASS", "kenn", "Kenn", "KENN", "pw ", "Pw ", "PW ", "pwd ", "Pwd ", "PWD ", "mdp ", "Mdp ", "MDP ", "mot ", "Mot ",
        // (German "Schlüssel ist …" is left to the label form: "schl" starts too many common words.)
        "key ", "Key ", "toke", "Toke", "secr", "Secr", "clé", "Clé", "cle ", "jeto", "Jeto",
        // `aws configure set NAME VALUE`, `npm config set …`.
        "set ",
    ].map { Array($0.utf8) }

    /// `i` is a word start: a key word, a copula, then a generated-looking value.
    func proseKey(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        var v = -1
        for w in SecretRecognizer.proseKeyWords where s.hasWord(w, at: i) { v = i + w.utf8CodeUnitCount; break }
        guard v > 0, v < t.count else { return nil }
        if t[v] == UInt8(ascii: "`") || t[v] == UInt8(ascii: "\"") || t[v] == UInt8(ascii: "'") { v += 1 }
        var e = v
        while e < t.count && e - v < 256 && (TokenFormat.accepts(.base64any, t[e]) || t[e] == UInt8(ascii: ".")) { e += 1 }
        while e > v && (t[e - 1] == UInt8(ascii: ".") || t[e - 1] == UInt8(ascii: ",")) { e -= 1 }
        guard e - v >= 16 else { return nil }
        let value = UnsafeBufferPointer(rebasing: t[v..<e])
        guard SecretRecognizer.looksGenerated(value), !Placeholder.looksFake(value) else { return nil }
        s.out.append(Candidate(start: v, end: e, type: .secret, score: 0.85))
        return e
    }

    /// The words before a `set` subcommand that stores a named setting: `aws configure set NAME VALUE`,
    /// `npm config set NAME VALUE`, `yarn config set`, `dotnet user-secrets set`, `gh secret set`.
    static let setCommands = WordList(["configure", "config", "user-secrets", "secret", "secrets", "variable", "env"])

    /// `i` is the `set` of a CLI's set subcommand: the setting's name (a credential name), then its value.
    func configSet(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        guard s.hasWord("set ", at: i), i >= 2, t[i - 1] == 0x20 else { return nil }
        var w = i - 1
        while w > 0 && t[w - 1] == 0x20 { w -= 1 }
        var q = w
        while q > 0 && w - q < 16 && (ByteClass.isAlpha(t[q - 1]) || t[q - 1] == UInt8(ascii: "-")) { q -= 1 }
        guard w > q, SecretRecognizer.setCommands.equalsAny(UnsafeBufferPointer(rebasing: t[q..<w])) else { return nil }
        var n = i + 4
        while n < t.count && t[n] == 0x20 { n += 1 }
        if n < t.count && (t[n] == UInt8(ascii: "\"") || t[n] == UInt8(ascii: "'")) { n += 1 }
        var ne = n
        while ne < t.count && ne - n < 96 && !ByteClass.isSpace(t[ne]) && t[ne] != UInt8(ascii: "\"") && t[ne] != UInt8(ascii: "'") && t[ne] != UInt8(ascii: "=") { ne += 1 }
        guard ne > n else { return nil }
        // The name's last part names the setting (`default.aws_secret_access_key`, `//registry.npmjs.org/:_authToken`).
        var ns = ne
        while ns > n && (ByteClass.isAlnum(t[ns - 1]) || t[ns - 1] == UInt8(ascii: "_") || t[ns - 1] == UInt8(ascii: "-")) { ns -= 1 }
        let name = UnsafeBufferPointer(rebasing: t[ns..<ne])
        guard name.count >= 3, let kind = SecretRecognizer.credentialName(name), !SecretRecognizer.notCredential(name) else { return nil }
        var v = ne
        if v < t.count && (t[v] == UInt8(ascii: "\"") || t[v] == UInt8(ascii: "'")) { v += 1 }
        guard v < t.count, t[v] == 0x20 || t[v] == UInt8(ascii: "=") else { return nil }
        while v < t.count && (t[v] == 0x20 || t[v] == UInt8(ascii: "=")) { v += 1 }
        var quote: UInt8 = 0
        if v < t.count && (t[v] == UInt8(ascii: "'") || t[v] == UInt8(ascii: "\"")) { quote = t[v]; v += 1 }
        var e = v
        while e < t.count && e - v < 512 && (quote != 0 ? t[e] != quote && t[e] != 0x0A : !ByteClass.isSpace(t[e])) { e += 1 }
        if quote != 0 && s.at(e) != quote { return nil }
        guard e - v >= 6 else { return nil }
        let value = UnsafeBufferPointer(rebasing: t[v..<e])
        guard !SecretRecognizer.isStandInPassword(value), !(value[0] == UInt8(ascii: "[") || value[0] == UInt8(ascii: "<")) else { return nil }
        if kind != SecretRecognizer.passwordNames[0] { guard SecretRecognizer.looksGenerated(value) else { return nil } }
        s.out.append(Candidate(start: v, end: e, type: .secret, score: 0.9))
        return e
    }

    /// `i` is a word start: a password word, one space, then a value that mixes at least three of lower
    /// case, upper case, digits and symbols — typed to be a password, not a word of the sentence.
    func prosePassword(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        var v = -1
        for w in SecretRecognizer.prosePasswordWords where s.hasWord(w, at: i) { v = i + w.utf8CodeUnitCount; break }
        guard v > 0, v < t.count, !ByteClass.isSpace(t[v]) else { return nil }
        var e = v
        while e < t.count && e - v < 128 && !ByteClass.isSpace(t[e]) { e += 1 }
        // A sentence's punctuation after the value is not part of it.
        while e > v && (t[e - 1] == UInt8(ascii: ".") || t[e - 1] == UInt8(ascii: ",") || t[e - 1] == UInt8(ascii: ";") || t[e - 1] == UInt8(ascii: ")")) { e -= 1 }
        guard e - v >= 8 else { return nil }
        let pw = UnsafeBufferPointer(rebasing: t[v..<e])
        var lower = 0, upper = 0, digits = 0, symbols = 0
        for c in pw {
            if ByteClass.isDigit(c) { digits += 1 } else if ByteClass.isUpper(c) { upper += 1 } else if ByteClass.isAlpha(c) { lower += 1 }
            else if c != UInt8(ascii: "-") && c != UInt8(ascii: "'") && c < 0x80 { symbols += 1 }
        }
        let classes = (lower > 0 ? 1 : 0) + (upper > 0 ? 1 : 0) + (digits > 0 ? 1 : 0) + (symbols > 0 ? 1 : 0)
        guard classes >= 3 && digits + symbols >= 2 && lower + upper >= 2 && Entropy.bitsPerChar(pw) >= 2.8
                || e - v >= 12 && SecretRecognizer.looksGenerated(pw) else { return nil }
        // Links, addresses and paths are said to be somewhere, not typed as passwords.
        if pw.contains(UInt8(ascii: "/")) && (pw.contains(UInt8(ascii: ":")) || pw[0] == UInt8(ascii: "/")) { return nil }
        guard !SecretRecognizer.isStandInPassword(pw), !(pw[0] == UInt8(ascii: "[") || pw[0] == UInt8(ascii: "<") || pw[0] == UInt8(ascii: "(")) else { return nil }
        s.out.append(Candidate(start: v, end: e, type: .secret, score: 0.85))
        return e
    }

    /// Long options that take a password as the next argument: `redis-server --requirepass …`,
    /// `--password …` (the `--password=…` form is an assignment).
    static let passwordOptions: [StaticString] = [
        "--requirepass ", "--masterauth ", "--password ", "--passwd ", "--pass ", "--db-password ", "--db-pass ", "--dbpass ",
        "--admin-password ", "--admin-pass ", "--redis-password ", "--auth-pass ",
    ]

    /// `i` is the `--` of a long password option.
    func longOptionPassword(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        guard i == 0 || ByteClass.isSpace(t[i - 1]) || t[i - 1] == UInt8(ascii: "\"") || t[i - 1] == UInt8(ascii: "'") else { return nil }
        var v = -1
        for o in SecretRecognizer.passwordOptions where s.hasWord(o, at: i) { v = i + o.utf8CodeUnitCount; break }
        guard v > 0 else { return nil }
        while v < t.count && t[v] == 0x20 { v += 1 }
        var quote: UInt8 = 0
        if v < t.count && (t[v] == UInt8(ascii: "'") || t[v] == UInt8(ascii: "\"")) { quote = t[v]; v += 1 }
        var e = v
        while e < t.count && e - v < 256 && (quote != 0 ? t[e] != quote && t[e] != 0x0A : !ByteClass.isSpace(t[e])) { e += 1 }
        if quote != 0 && s.at(e) != quote { return nil }
        guard e - v >= 4, t[v] != UInt8(ascii: "-") else { return nil }
        let pw = UnsafeBufferPointer(rebasing: t[v..<e])
        guard !SecretRecognizer.isStandInPassword(pw), !(pw[0] == UInt8(ascii: "[") || pw[0] == UInt8(ascii: "<")) else { return nil }
        s.out.append(Candidate(start: v, end: e, type: .secret, score: 0.9))
        return e
    }

    /// `i` is the `--` of a long option named for a key or token (`--account-key "…"`, `--token dp.st.…`,
    /// `--api-key=…`): its value, when it looks generated.
    func longOptionKey(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        guard i == 0 || ByteClass.isSpace(t[i - 1]) else { return nil }
        var ne = i + 2
        while ne < t.count && ne - i < 34 && (ByteClass.isAlnum(t[ne]) || t[ne] == UInt8(ascii: "-") || t[ne] == UInt8(ascii: "_")) { ne += 1 }
        guard ne > i + 2, ne < t.count, t[ne] == 0x20 || t[ne] == UInt8(ascii: "=") else { return nil }
        let name = UnsafeBufferPointer(rebasing: t[(i + 2)..<ne])
        guard let kind = SecretRecognizer.credentialName(name), kind != SecretRecognizer.passwordNames[0],
              !SecretRecognizer.notCredential(name) else { return nil }
        var v = ne + 1
        var quote: UInt8 = 0
        if v < t.count && (t[v] == UInt8(ascii: "'") || t[v] == UInt8(ascii: "\"")) { quote = t[v]; v += 1 }
        var e = v
        while e < t.count && e - v < 512 && (TokenFormat.accepts(.base64any, t[e]) || t[e] == UInt8(ascii: ".") || t[e] == UInt8(ascii: "_") || t[e] == UInt8(ascii: "-")) { e += 1 }
        if quote != 0 && s.at(e) != quote { return nil }
        guard e - v >= 16 else { return nil }
        let value = UnsafeBufferPointer(rebasing: t[v..<e])
        guard SecretRecognizer.looksGenerated(value), !Placeholder.looksFake(value) else { return nil }
        s.out.append(Candidate(start: v, end: e, type: .secret, score: 0.9))
        return e
    }

    /// `i` is the `-` of curl's `-u user:password` or `--user user:password`: the password is a secret.
    func curlUser(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        var v: Int
        if s.hasWord("--user", at: i) && (s.at(i + 6) == 0x20 || s.at(i + 6) == UInt8(ascii: "=")) { v = i + 7 } else if s.hasWord("-u ", at: i) { v = i + 3 } else { return nil }
        guard i == 0 || ByteClass.isSpace(t[i - 1]) else { return nil }
        while v < t.count && t[v] == 0x20 { v += 1 }
        var quote: UInt8 = 0
        if v < t.count && (t[v] == UInt8(ascii: "\"") || t[v] == UInt8(ascii: "'")) { quote = t[v]; v += 1 }
        var colon = -1, e = v
        while e < t.count && e - v < 256 && (quote != 0 ? t[e] != quote && t[e] != 0x0A : !ByteClass.isSpace(t[e])) {
            if t[e] == UInt8(ascii: ":") && colon < 0 { colon = e }
            e += 1
        }
        // User and password quoted apart: -u "user":"password".
        if colon < 0 && quote != 0 && s.at(e) == quote && s.at(e + 1) == UInt8(ascii: ":") && s.at(e + 2) == quote {
            colon = e + 1
            e = e + 3
            while e < t.count && e - colon < 256 && t[e] != quote && t[e] != 0x0A { e += 1 }
            guard s.at(e) == quote else { return nil }
            v = colon + 2
            colon = v - 1
        }
        // "-u api_key:" — an API key sent as the user with an empty password (Stripe, Mailgun, Elastic).
        if colon >= v && colon == e - 1 && colon - v >= 8 {
            let user = UnsafeBufferPointer(rebasing: t[v..<colon])
            var digits = 0, letters = 0
            for c in user { if ByteClass.isDigit(c) { digits += 1 } else if ByteClass.isAlpha(c) { letters += 1 } }
            guard digits >= 1, letters >= 1, Entropy.bitsPerChar(user) >= 3.0, !Placeholder.looksFake(user), !SecretRecognizer.isStandIn(user) else { return nil }
            s.out.append(Candidate(start: v, end: colon, type: .secret, score: 0.9))
            return e
        }
        guard colon >= v, e - colon > 4 else { return nil }
        // "-u ck_…:cs_…": an API key as the user is a credential too (WooCommerce's consumer key and secret).
        if colon - v >= 20 {
            let user = UnsafeBufferPointer(rebasing: t[v..<colon])
            if SecretRecognizer.looksGenerated(user) && !Placeholder.looksFake(user) { s.out.append(Candidate(start: v, end: colon, type: .secret, score: 0.9)) }
        }
        let pw = UnsafeBufferPointer(rebasing: t[(colon + 1)..<e])
        guard !SecretRecognizer.isStandInPassword(pw) else { return nil }
        // "[PASSWORD]", "<password>": a slot to fill in.
        if (pw[0] == UInt8(ascii: "[") && pw[pw.count - 1] == UInt8(ascii: "]")) || (pw[0] == UInt8(ascii: "<") && pw[pw.count - 1] == UInt8(ascii: ">")) { return nil }
        // "test:test": a password equal to its user is an example.
        if colon - v == e - colon - 1 && (0..<(colon - v)).allSatisfy({ t[v + $0] == t[colon + 1 + $0] }) { return nil }
        s.out.append(Candidate(start: colon + 1, end: e, type: .secret, score: 0.9))
        return e
    }

    /// `i` is a `~`: an Azure AD client secret has three characters, a digit, `Q~`, then 31–34 more.
    func azureSecret(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        @inline(__always) func ok(_ c: UInt8) -> Bool { ByteClass.isAlnum(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "~") || c == UInt8(ascii: ".") || c == UInt8(ascii: "-") }
        guard i >= 5, t[i - 1] == UInt8(ascii: "Q"), ByteClass.isDigit(t[i - 2]), ok(t[i - 3]), ok(t[i - 4]), ok(t[i - 5]) else { return nil }
        let a = i - 5
        if a > 0 && ByteClass.isAlnum(t[a - 1]) { return nil }
        var e = i + 1
        while e < t.count && ok(t[e]) && e - i <= 36 { e += 1 }
        // A sentence's full stop is not part of the secret.
        while e > i + 1 && t[e - 1] == UInt8(ascii: ".") { e -= 1 }
        guard e - (i + 1) >= 31, e - (i + 1) <= 34, !Placeholder.looksFake(UnsafeBufferPointer(rebasing: t[(i + 1)..<e])) else { return nil }
        s.out.append(Candidate(start: a, end: e, type: .secret, score: 0.9))
        return e
    }

    /// `i` is the `-` of `-us6`: a Mailchimp API key is 32 lower-case hex digits, `-us` and the data centre's number.
    func mailchimp(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        guard i >= 32 else { return nil }
        let a = i - 32
        guard a == 0 || !ByteClass.isAlnum(t[a - 1]), (a..<i).allSatisfy({ TokenFormat.accepts(.lowerHex, t[$0]) }) else { return nil }
        var e = i + 3
        while e < t.count && ByteClass.isDigit(t[e]) && e - (i + 3) < 2 { e += 1 }
        guard e == t.count || !ByteClass.isAlnum(t[e]) else { return nil }
        let body = UnsafeBufferPointer(rebasing: t[a..<i])
        guard !Placeholder.looksFake(body), Entropy.bitsPerChar(body) >= 3.0 else { return nil }
        s.out.append(Candidate(start: a, end: e, type: .secret, score: 0.95))
        return e
    }

    /// `i` is the `:` of an Asana personal access token: `1/` or `2/`, the user's numeric id (and in the
    /// newer form the app's, `2/<user>/<app>`), `:`, then 32 hex digits.
    func asana(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        @inline(__always) func digitsBack(_ e: Int) -> Int {
            var d = e
            while d > 0 && ByteClass.isDigit(t[d - 1]) && e - d <= 20 { d -= 1 }
            return d
        }
        // The version digit at `v`, standing at the token's start.
        @inline(__always) func version(_ v: Int) -> Bool {
            v >= 0 && (t[v] == UInt8(ascii: "1") || t[v] == UInt8(ascii: "2")) && (v == 0 || !ByteClass.isAlnum(t[v - 1]) && t[v - 1] != UInt8(ascii: "/"))
        }
        let d = digitsBack(i)
        guard i - d >= 10, i - d <= 20, d >= 2, t[d - 1] == UInt8(ascii: "/") else { return nil }
        var a = d - 2
        if !version(a) {
            let d2 = digitsBack(d - 1)
            guard d - 1 - d2 >= 10, d - 1 - d2 <= 20, d2 >= 2, t[d2 - 1] == UInt8(ascii: "/"), version(d2 - 2) else { return nil }
            a = d2 - 2
        }
        var e = i + 1
        while e < t.count && ByteClass.isHex(t[e]) { e += 1 }
        guard e - (i + 1) == 32, e == t.count || !ByteClass.isAlnum(t[e]),
              !Placeholder.looksFake(UnsafeBufferPointer(rebasing: t[(i + 1)..<e])) else { return nil }
        s.out.append(Candidate(start: a, end: e, type: .secret, score: 0.95))
        return e
    }

    /// `i` is the `=` of `sig=` in a shared-access-signature URL (Azure Storage SAS: `sv=`, `se=`, `sp=`
    /// parameters before it): the signature is the credential; the other parameters are not.
    func sasSignature(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        guard i >= 4, t[i - 4] == UInt8(ascii: "&") || t[i - 4] == UInt8(ascii: "?") else { return nil }
        var k = i - 4, params = 0
        while k > 0 && i - k < 400 && t[k - 1] != 0x20 && t[k - 1] != 0x0A && t[k - 1] != UInt8(ascii: "\"") {
            k -= 1
            if (t[k] == UInt8(ascii: "&") || t[k] == UInt8(ascii: "?")) && k + 3 < i && t[k + 3] == UInt8(ascii: "=")
                && (ByteClass.hasWord(t, "sv", at: k + 1) || ByteClass.hasWord(t, "se", at: k + 1) || ByteClass.hasWord(t, "sp", at: k + 1)) { params += 1 }
        }
        guard params >= 1 else { return nil }
        var e = i + 1
        while e < t.count && (TokenFormat.accepts(.base64, t[e]) || t[e] == UInt8(ascii: "%")) { e += 1 }
        let value = UnsafeBufferPointer(rebasing: t[(i + 1)..<e])
        guard value.count >= 20, !Placeholder.looksFake(value), Entropy.bitsPerChar(value) >= 3.5 else { return nil }
        s.out.append(Candidate(start: i + 1, end: e, type: .secret, score: 0.9))
        return e
    }

    /// A Terraform Cloud / Enterprise API token at a word start: 14 letters and digits, `.atlasv1.`, 60–70
    /// characters of base64url.
    func terraformCloud(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        guard s.at(i + 14) == UInt8(ascii: "."), ByteClass.hasWord(t, "atlasv1.", at: i + 15),
              (i..<(i + 14)).allSatisfy({ ByteClass.isAlnum(t[$0]) }) else { return nil }
        let a = i + 23
        var e = a
        while e < t.count && TokenFormat.accepts(.base64url, t[e]) { e += 1 }
        guard e - a >= 60, e - a <= 70, !Placeholder.looksFake(UnsafeBufferPointer(rebasing: t[a..<e])) else { return nil }
        s.out.append(Candidate(start: i, end: e, type: .secret, score: 0.95))
        return e
    }

    /// A Telegram bot token: the bot's numeric id, `:`, and a 35-character secret starting `A`.
    /// `j` is the `:` after the id (the number before it was judged by the number recognizers first; this
    /// candidate covers it and wins the overlap).
    func telegram(_ s: inout ScanState, _ j: Int) -> Int? {
        var i = j
        while i > 0 && ByteClass.isDigit(s.t[i - 1]) && j - i <= 16 { i -= 1 }
        guard j - i >= 5, j - i <= 16, i == 0 || !ByteClass.isAlnum(s.t[i - 1]), s.at(j + 1) == UInt8(ascii: "A") else { return nil }
        var k = j + 2
        while k < s.t.count && TokenFormat.accepts(.base64url, s.t[k]) { k += 1 }
        guard k - (j + 2) >= 32, k - (j + 2) <= 36, !Placeholder.looksFake(UnsafeBufferPointer(rebasing: s.t[(j + 2)..<k])) else { return nil }
        s.out.append(Candidate(start: i, end: k, type: .secret, score: 0.95))
        return k
    }

    /// `i` is a `-` that may open a PEM block.
    func pemBlock(_ s: inout ScanState, _ i: Int) throws -> Int? {
        guard s.hasWord("-----begin", at: i), let (a, b) = try pem.match(s.t, from: i, s.ms) else { return nil }
        // A block with no key material in it ("…PRIVATE KEY-----\nanything\n-----END…") is an example.
        var material = 0, armour = true
        for k in a..<b {
            let c = s.t[k]
            if c == 0x0A { armour = s.at(k + 1) == UInt8(ascii: "-"); continue }
            if !armour && (ByteClass.isAlnum(c) || c == UInt8(ascii: "+") || c == UInt8(ascii: "/")) { material += 1 }
        }
        guard material >= 16 else { return nil }
        s.out.append(Candidate(start: a, end: b, type: .secret, score: 1.0))
        return b
    }

    /// Key names whose value is a secret: passwords whatever they look like (unless a placeholder),
    /// the others when the value looks generated. Matched at the end of an identifier (`DB_PASSWORD`,
    /// `aws_secret_access_key`, `X-Api-Key`).
    static let keyNames: [[UInt8]] = [
        "authorization", "api_key", "apikey", "api-key", "secret", "token", "password", "passwd", "pwd", "access_key", "accesskey",
        "private_key", "client_secret", "auth", "credential", "credentials", "crypt", "key", "passwort", "kennwort", "mot_de_passe",
        "motdepasse", "mdp", "passphrase", "pass", "pw", "creds", "accountkey", "privatekey",
        // French and German names ("cle_privee", "geheimer_schluessel"). (Not GCP's "private_key_id": the id of a key,
        // listed in the console and sent as a JWT's public "kid" header, names the key; "private_key" is the secret.)
        "privee", "secrete", "schluessel", "schlüssel",
    ].map { Array($0.utf8) }
    /// Web frameworks' session cookies: the session id is a bearer credential (whoever sends it is logged in as that
    /// customer). Names no other key has, taken anywhere: PHP's PHPSESSID, Java's JSESSIONID, ASP.NET_SessionId (read
    /// back to the dot), Laravel's laravel_session, CodeIgniter's ci_session.
    static let sessionCookieNames = WordList(["phpsessid", "jsessionid", "net_sessionid", "laravel_session", "ci_session"])
    /// Session cookies whose names are ordinary words or ids elsewhere ("sessionId" in analytics, Stripe's
    /// `session_id=cs_…`), taken only on a line that says "cookie" (a Cookie or Set-Cookie header, PHP's `$_COOKIE`,
    /// a HAR cookie entry): Django's `sessionid`, Rails' `_session_id` and `_<app>_session`, Magento's `frontend` and
    /// `adminhtml`, Drupal's `SESS` (and `SESS`/`SSESS` + 32 hex digits, `cookieLineSession`). (Express's `connect.sid`
    /// by its signed value's shape, `expressSession`.)
    static let cookieOnlyNames = WordList(["frontend", "adminhtml", "sess", "sessionid", "session_id", "_session_id"])
    /// The name a key is judged under when only its kind is known (a provider's key, a session cookie, a credential
    /// word before it): a token, whose value must look generated.
    static let tokenName: [UInt8] = Array("token".utf8)
    /// Compared as the matched key name on every assignment: built once, not per call.
    static let authorizationName: [UInt8] = Array("authorization".utf8), authName: [UInt8] = Array("auth".utf8)
    static let authSchemes: [StaticString] = ["bearer ", "basic ", "token ", "bot ", "apikey ", "api-token ", "sso-key ", "ssws ", "key "]
    /// Keys whose value is public or bound to one browser session: a public key, a CSRF token; or a request's
    /// de-duplication id (Stripe's, Adyen's, PayPal's `Idempotency-Key`: the client makes it up per request, it
    /// grants nothing).
    static let publicKeyWords = WordList(["public", "publique", "publishable", "csrf", "xsrf", "idempotency"])
    /// The anti-forgery fields web frameworks put in every form they render, by their exact names: Laravel's
    /// `_token`, Magento's `form_key`, Rails' `authenticity_token`, ASP.NET's `__RequestVerificationToken`
    /// and WordPress's `_wpnonce` (Django's `csrfmiddlewaretoken` and Symfony's `_csrf_token` say "csrf"). Exact
    /// names: WordPress's `NONCE_KEY` and `NONCE_SALT` in wp-config.php are server secrets.
    /// The value is printed into the page's HTML for the browser and is worth nothing without that
    /// browser's session cookie: it grants no access, so it is no secret ("access_token" still is).
    static let antiForgeryKeys = WordList(["_token", "form_key", "formkey", "authenticity_token", "__requestverificationtoken",
                                           "requestverificationtoken", "_wpnonce", "wpnonce", "nonce", "_nonce"])
    /// The key names a value that is public or session-bound, not a credential.
    @inline(__always) static func notCredential(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        publicKeyWords.containsAny(name) || antiForgeryKeys.equalsAny(name)
    }
    /// The key `t[k..<e]` is a session cookie's name when a cookie line holds it (`cookieOnlyNames`, a name ending in
    /// `_session`, Drupal's `SESS`/`SSESS` + 32 hex digits).
    static func cookieLineSession(_ t: UnsafeBufferPointer<UInt8>, _ k: Int, _ e: Int) -> Bool {
        let key = UnsafeBufferPointer(rebasing: t[k..<e])
        if key.count <= 11 && cookieOnlyNames.equalsAny(key) { return true }
        if key.count > 8 && ByteClass.hasWord(t, "_session", at: e - 8) { return true }
        let prefix = key.count == 36 && ByteClass.hasWord(t, "sess", at: k) ? 4 : key.count == 37 && ByteClass.hasWord(t, "ssess", at: k) ? 5 : 0
        guard prefix > 0 else { return false }
        var q = k + prefix
        while q < e && ByteClass.isHex(t[q]) { q += 1 }
        return q == e
    }

    /// A signed express-session value at `v` (`s%3A` or `s:`, then the id, a dot and the signature), to the
    /// cookie's end (`;`, a quote, a bracket, white space).
    static func expressSession(_ s: inout ScanState, _ v: Int) -> Int? {
        let t = s.t
        let body = ByteClass.hasWord(t, "s%3a", at: v) ? v + 4 : s.at(v) == UInt8(ascii: "s") && s.at(v + 1) == UInt8(ascii: ":") ? v + 2 : -1
        guard body > 0 else { return nil }
        var e = body, dot = false
        while e < t.count && e - v < 256 {
            let c = t[e]
            if c == UInt8(ascii: ";") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "]") || c == UInt8(ascii: ",") || ByteClass.isSpace(c) { break }
            if c == UInt8(ascii: ".") { dot = true }
            e += 1
        }
        guard dot, e - body >= 24, !Placeholder.looksFake(UnsafeBufferPointer(rebasing: t[body..<e])) else { return nil }
        s.out.append(Candidate(start: v, end: e, type: .secret, score: 0.9))
        return e
    }

    /// The line holding `k` says "cookie" before it (any case): `Cookie: frontend=…`, `$_COOKIE = ['SESS=…']`,
    /// `{"name": "Cookie", "value": "frontend=…"}`. At most 200 bytes back, never past a line break.
    static func cookieLine(_ t: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        var p = k - 1
        while p >= 0 && k - p < 200 && t[p] != 0x0A {
            if p <= k - 6 && t[p] | 0x20 == UInt8(ascii: "c") && ByteClass.hasWord(t, "cookie", at: p) { return true }
            p -= 1
        }
        return false
    }
    /// Bundler writes a host's dots as double underscores in its credential variables.
    static let hostSeparator = WordList(["__"])
    static let passwordNames: [[UInt8]] = ["password", "passwd", "pwd", "passwort", "kennwort", "mot_de_passe", "motdepasse", "mdp", "passphrase", "pass", "pw"].map { Array($0.utf8) }
    /// Words that stand in for a password in documentation and templates.
    static let standIns = WordList([
        "password", "passwort", "pass", "secret", "pwd", "motdepasse", "mdp", "none", "null", "nil", "true", "false",
        "undefined", "empty", "required", "optional", "string", "hidden", "masked", "env", "tbd", "todo", "test", "username", "user",
        "token", "apikey", "api_key", "key", "accesstoken", "access_token",
    ])

    static func isStandIn(_ v: UnsafeBufferPointer<UInt8>) -> Bool { standIns.equalsAny(v) }

    /// A password slot rather than a password: a `$VARIABLE`, a placeholder, a stand-in word.
    static func isStandInPassword(_ pw: UnsafeBufferPointer<UInt8>) -> Bool {
        pw.isEmpty || isVariable(pw) || Placeholder.looksFake(pw) || isStandIn(pw)
    }

    /// `$DB_PASS`, `${PASSWORD}`, `$(cat …)`, `$pass`: a variable; `$Ft9RD.u80c7r3w_c70QDid` is a password
    /// that starts with a dollar.
    static func isVariable(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !v.isEmpty, v[0] == UInt8(ascii: "$") else { return false }
        guard v.count > 1 else { return true }
        if v[1] == UInt8(ascii: "{") || v[1] == UInt8(ascii: "(") { return true }
        var digits = 0, upper = 0, lower = 0
        for k in 1..<v.count {
            let c = v[k]
            guard ByteClass.isAlnum(c) || c == UInt8(ascii: "_") else { return false }
            if ByteClass.isDigit(c) { digits += 1 } else if ByteClass.isUpper(c) { upper += 1 } else if ByteClass.isAlpha(c) { lower += 1 }
        }
        // An identifier: one case (SHOUTING_CASE or snake_case) or camelCase words, few digits.
        return digits <= 2 && (upper == 0 || lower == 0 || caseSwitches(v) * 4 < v.count)
    }

    /// Password words in a sentence that ends in a label (`:`), within 60 bytes on its line.
    static let passwordWords = WordList(["pw", "pwd", "password", "passwort", "kennwort", "mdp", "passe", "passphrase", "passwd"])
    static func passwordWordBefore(_ t: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        // Prose only: no other key, quote, URL or address between the word and the label.
        var k = k
        while k > 0 && t[k - 1] >= 0x80 || k > 0 && ByteClass.isAlpha(t[k - 1]) { k -= 1 }  // the label's non-ASCII letters
        guard k > 0, t[k - 1] == 0x20 else { return false }
        var j = k
        while j > 0 && k - j < 60 && t[j - 1] != 0x0A {
            let c = t[j - 1]
            if c == UInt8(ascii: ":") || c == UInt8(ascii: "=") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "@") || c == UInt8(ascii: "/")
                || c == UInt8(ascii: "{") || c == UInt8(ascii: ",") { return false }
            guard ByteClass.isAlpha(c) else { j -= 1; continue }
            var q = j
            while q > 0 && ByteClass.isAlpha(t[q - 1]) { q -= 1 }
            if passwordWords.equalsAny(UnsafeBufferPointer(rebasing: t[q..<j])) && (q == 0 || t[q - 1] == 0x20 || t[q - 1] == 0x0A) { return true }
            j = q
        }
        return false
    }

    /// Words that make a value after a label a credential, and words that make it a digest or an id.
    static let credentialWords = WordList(["api", "key", "clé", "cle", "token", "jeton", "schlüssel", "secret", "geheim", "zugang", "apikey", "credential", "credentials", "zugangsdaten", "identifiants"])
    static let digestWords = WordList([
        "commit", "sha", "sha1", "sha256", "hash", "checksum", "md5", "prüfsumme", "empreinte", "digest", "revision", "etag", "uuid",
        "id", "build", "version", "hachage", "fingerprint", "publishable", "public", "client", "account", "merchant",
    ])
    static func credentialWordBefore(_ t: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        guard k > 0, t[k - 1] == 0x20 || k > 1 && t[k - 1] == UInt8(ascii: "#") && t[k - 2] == 0x20 else { return false }
        var j = k, found = false
        while j > 0 && k - j < 120 && t[j - 1] != 0x0A {
            let c = t[j - 1]
            if c == UInt8(ascii: ":") || c == UInt8(ascii: "=") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "@") || c == UInt8(ascii: "{") { break }
            guard ByteClass.isAlpha(c) || c >= 0x80 else { j -= 1; continue }
            var q = j
            while q > 0 && (ByteClass.isAlpha(t[q - 1]) || t[q - 1] >= 0x80) { q -= 1 }
            let w = UnsafeBufferPointer(rebasing: t[q..<j])
            if digestWords.equalsAny(w) { return false }
            if credentialWords.equalsAny(w) { found = true }
            j = q
        }
        return found
    }

    /// The name of a name/value pair whose `value` key starts at `k`, when it names a credential: a HAR
    /// header (`{"name": "authorization", "value": "Basic …"}`, `{"name": "x-api-key", "value": …}`).
    static func pairName(_ t: UnsafeBufferPointer<UInt8>, _ k: Int) -> [UInt8]? {
        var j = k
        while j > 0 && k - j < 120 && t[j - 1] != UInt8(ascii: "{") && t[j - 1] != 0x0A { j -= 1 }
        guard j > 0, t[j - 1] == UInt8(ascii: "{") else { return nil }
        var q = j
        while q < k && (t[q] == 0x20 || t[q] == UInt8(ascii: "\"")) { q += 1 }
        guard ByteClass.hasWord(t, "name", at: q) else { return nil }
        q += 4
        while q < k && (t[q] == 0x20 || t[q] == UInt8(ascii: "\"") || t[q] == UInt8(ascii: ":")) { q += 1 }
        var e = q
        while e < k && (ByteClass.isAlnum(t[e]) || t[e] == UInt8(ascii: "-") || t[e] == UInt8(ascii: "_")) { e += 1 }
        guard e > q, t[e] == UInt8(ascii: "\"") || t[e] == UInt8(ascii: "'") else { return nil }
        let name = UnsafeBufferPointer(rebasing: t[q..<e])
        if name.count == authorizationName.count && ByteClass.hasWord(t, "authorization", at: q) { return authorizationName }
        guard !notCredential(name) else { return nil }
        return credentialName(name)
    }

    /// The name on the line before `k`'s line (`variable "db_password" {`, `- name: DB_PASSWORD`) when it
    /// names a credential: the key name it stands for.
    static func blockName(_ t: UnsafeBufferPointer<UInt8>, _ k: Int) -> [UInt8]? {
        var ls = k
        while ls > 0 && t[ls - 1] != 0x0A { ls -= 1 }
        guard ls > 0 else { return nil }
        var e = ls - 1
        while e > 0 && ls - e < 40 && (t[e - 1] == 0x20 || t[e - 1] == UInt8(ascii: "{") || t[e - 1] == UInt8(ascii: "\"") || t[e - 1] == UInt8(ascii: "'")
                                        || t[e - 1] == UInt8(ascii: ",") || t[e - 1] == 0x0D) { e -= 1 }
        var a = e
        while a > 0 && e - a < 40 && (ByteClass.isAlnum(t[a - 1]) || t[a - 1] == UInt8(ascii: "_") || t[a - 1] == UInt8(ascii: "-")) { a -= 1 }
        guard e - a >= 3 else { return nil }
        return credentialName(UnsafeBufferPointer(rebasing: t[a..<e]))
    }

    /// Command-line tools that take a password as an option, and the option: `mysql -p'…'` (glued),
    /// `redis-cli -a '…'`, `sshpass -p '…'`.
    static let passwordTools: [(tool: StaticString, option: UInt8, glued: Bool)] = [
        ("mysql", UInt8(ascii: "p"), true), ("mysqldump", UInt8(ascii: "p"), true), ("mariadb", UInt8(ascii: "p"), true),
        ("mysqladmin", UInt8(ascii: "p"), true), ("redis-cli", UInt8(ascii: "a"), false), ("sshpass", UInt8(ascii: "p"), false),
        // Container registry logins (`docker login -u deploy -p …`): the subcommand, so `docker run -p 8080:80` is a port.
        ("docker login", UInt8(ascii: "p"), false), ("podman login", UInt8(ascii: "p"), false), ("buildah login", UInt8(ascii: "p"), false),
        ("skopeo login", UInt8(ascii: "p"), false), ("nerdctl login", UInt8(ascii: "p"), false), ("registry login", UInt8(ascii: "p"), false),
        ("oras login", UInt8(ascii: "p"), false),
    ]

    /// `i` is the `-` of a password option of a tool named earlier on the line.
    func optionPassword(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        guard i > 0, t[i - 1] == 0x20 else { return nil }
        let option = t[i + 1]
        var ls = i
        while ls > 0 && t[ls - 1] != 0x0A && i - ls < 200 { ls -= 1 }
        var glued = false, known = false
        for (tool, o, g) in SecretRecognizer.passwordTools where o == option {
            let n = tool.utf8CodeUnitCount
            var q = ls
            while q + n <= i {
                if ByteClass.hasWord(t, tool, at: q) && (q == 0 || !ByteClass.isAlnum(t[q - 1])) && (t[q + n] == 0x20 || t[q + n] == UInt8(ascii: "\t")) {
                    known = true; glued = g; break
                }
                q += 1
            }
            if known { break }
        }
        guard known else { return nil }
        var v = i + 2
        if !glued || s.at(v) == 0x20 {
            // mysql's bare "-p" prompts for the password: only a glued value is one.
            if glued { return nil }
            while v < t.count && t[v] == 0x20 { v += 1 }
        }
        var quote: UInt8 = 0
        if v < t.count && (t[v] == UInt8(ascii: "'") || t[v] == UInt8(ascii: "\"")) { quote = t[v]; v += 1 }
        var e = v
        while e < t.count && e - v < 256 && (quote != 0 ? t[e] != quote && t[e] != 0x0A : !ByteClass.isSpace(t[e])) { e += 1 }
        if quote != 0 && s.at(e) != quote { return nil }
        guard e - v >= 4 else { return nil }
        let pw = UnsafeBufferPointer(rebasing: t[v..<e])
        guard !SecretRecognizer.isStandInPassword(pw) else { return nil }
        s.out.append(Candidate(start: v, end: e, type: .secret, score: 0.9))
        return e
    }

    /// `i` is the first `:` of a PostgreSQL password-file line (`.pgpass`, `PGPASSFILE`):
    /// `hostname:port:database:username:password`, each of the first four a name or `*`, the port a
    /// number or `*`. The fifth field, to the end of the line, is the password (`\:` escapes a colon).
    func pgpass(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        // The host field is the whole line before the colon (after indentation).
        var ls = i
        while ls > 0 && i - ls <= 253 && (ByteClass.isAlnum(t[ls - 1]) || t[ls - 1] == UInt8(ascii: ".") || t[ls - 1] == UInt8(ascii: "-")
                                          || t[ls - 1] == UInt8(ascii: "_") || t[ls - 1] == UInt8(ascii: "*") || t[ls - 1] == UInt8(ascii: ":")) { ls -= 1 }
        guard ls < i, ls == 0 || t[ls - 1] == 0x0A || t[ls - 1] == 0x20 || t[ls - 1] == 0x09 || t[ls - 1] == UInt8(ascii: "\"") || t[ls - 1] == UInt8(ascii: "'") || t[ls - 1] == UInt8(ascii: "`"),
              !(ls..<i).contains(where: { t[$0] == UInt8(ascii: ":") }) else { return nil }
        if ls > 0 && t[ls - 1] == 0x20 {
            // Only indentation before it on its line, or a shell's `echo '…' >> ~/.pgpass`.
            var q = ls - 1
            while q > 0 && (t[q - 1] == 0x20 || t[q - 1] == 0x09) { q -= 1 }
            guard q == 0 || t[q - 1] == 0x0A else { return nil }
        }
        // Port, database, user: three fields, then the password.
        var f = i + 1
        for field in 0..<3 {
            let a = f
            while f < t.count && f - a < 64 && (field == 0 ? ByteClass.isDigit(t[f]) || t[f] == UInt8(ascii: "*")
                                                 : ByteClass.isAlnum(t[f]) || t[f] == UInt8(ascii: "_") || t[f] == UInt8(ascii: "-") || t[f] == UInt8(ascii: ".")
                                                   || t[f] == UInt8(ascii: "*") || t[f] == UInt8(ascii: "$") || t[f] == UInt8(ascii: "@")) { f += 1 }
            guard f > a, s.at(f) == UInt8(ascii: ":") else { return nil }
            if field == 0 { guard f - a <= 5, t[a] == UInt8(ascii: "*") ? f - a == 1 : true else { return nil } }
            f += 1
        }
        let v = f
        var e = v
        while e < t.count && e - v < 256 && t[e] != 0x0A && t[e] != 0x0D && t[e] != UInt8(ascii: "'") && t[e] != UInt8(ascii: "\"") && t[e] != UInt8(ascii: "`") && !(t[e] == 0x20 && (s.at(e + 1) == UInt8(ascii: ">") || s.at(e + 1) == UInt8(ascii: "|"))) { e += 1 }
        while e > v && (t[e - 1] == 0x20 || t[e - 1] == 0x09) { e -= 1 }
        guard e - v >= 4 else { return nil }
        let pw = UnsafeBufferPointer(rebasing: t[v..<e])
        // A CSV row's next field is not the password's ("…:c2c4:164c;info@…" is an IPv6 address and an e-mail).
        guard !pw.contains(0x20), !pw.contains(UInt8(ascii: ";")), !SecretRecognizer.isStandInPassword(pw), !(pw[0] == UInt8(ascii: "[") || pw[0] == UInt8(ascii: "<")) else { return nil }
        // A time of day or a list of numbers ("12:30:00:00:15") is not such a line.
        guard pw.contains(where: { ByteClass.isAlpha($0) }) || pw.count >= 8 else { return nil }
        s.out.append(Candidate(start: v, end: e, type: .secret, score: 0.9))
        return e
    }

    /// `i` is the `-` of `lftp -u user,password`: the password after the comma.
    func commaUser(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        guard i >= 5, ByteClass.hasWord(t, "lftp ", at: i - 5) || i >= 6 && ByteClass.hasWord(t, "lftp  ", at: i - 6) else { return nil }
        var v = i + 3
        while v < t.count && t[v] == 0x20 { v += 1 }
        var c = v
        while c < t.count && c - v < 64 && !ByteClass.isSpace(t[c]) && t[c] != UInt8(ascii: ",") { c += 1 }
        guard c > v, s.at(c) == UInt8(ascii: ",") else { return nil }
        var e = c + 1
        while e < t.count && e - c < 256 && !ByteClass.isSpace(t[e]) { e += 1 }
        guard e - c > 4 else { return nil }
        let pw = UnsafeBufferPointer(rebasing: t[(c + 1)..<e])
        guard !SecretRecognizer.isStandInPassword(pw) else { return nil }
        s.out.append(Candidate(start: c + 1, end: e, type: .secret, score: 0.9))
        return e
    }

    /// `i` is a `(`: `define('DB_PASSWORD', '…')`, `config("api_key", "…")` — a quoted key name, then its value.
    func callArguments(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        if let e = connectArguments(&s, i) { return e }
        var q = i + 1
        while q < t.count && t[q] == 0x20 { q += 1 }
        guard q < t.count, t[q] == UInt8(ascii: "'") || t[q] == UInt8(ascii: "\"") else { return nil }
        let quote = t[q]
        var e = q + 1
        while e < t.count && e - q < 64 && (ByteClass.isAlnum(t[e]) || t[e] == UInt8(ascii: "_") || t[e] == UInt8(ascii: "-") || t[e] == UInt8(ascii: ".")) { e += 1 }
        // A setter or builder named for the credential, with it as the only argument: `setXApiKey("…")`,
        // `.secret_key("…")`, `withPassword('…')`.
        if s.at(e) == quote && s.at(e + 1) == UInt8(ascii: ")"), let end = setterArgument(&s, i, q + 1, e) { return end }
        guard e > q + 1, s.at(e) == quote else { return nil }
        var c = e + 1
        while c < t.count && t[c] == 0x20 { c += 1 }
        guard s.at(c) == UInt8(ascii: ",") else { return nil }
        var v = c + 1
        while v < t.count && t[v] == 0x20 { v += 1 }
        guard s.at(v) == UInt8(ascii: "'") || s.at(v) == UInt8(ascii: "\"") else { return nil }
        return assignment(&s, c)
    }

    /// `i` is the `(` of a call with one quoted argument `t[a..<e]`: a secret when the method's name names one.
    func setterArgument(_ s: inout ScanState, _ i: Int, _ a: Int, _ e: Int) -> Int? {
        let t = s.t
        var n = i
        while n > 0 && i - n < 40 && (ByteClass.isAlnum(t[n - 1]) || t[n - 1] == UInt8(ascii: "_")) { n -= 1 }
        guard i - n >= 3, n > 0, t[n - 1] == UInt8(ascii: ".") || t[n - 1] == UInt8(ascii: ">") || t[n - 1] == 0x20 else { return nil }
        let method = UnsafeBufferPointer(rebasing: t[n..<i])
        guard e - a >= 8, let name = SecretRecognizer.credentialName(method), !SecretRecognizer.notCredential(method) else { return nil }
        let value = UnsafeBufferPointer(rebasing: t[a..<e])
        guard !Placeholder.looksFake(value), !SecretRecognizer.isStandInPassword(value) else { return nil }
        if name != SecretRecognizer.passwordNames[0] { guard SecretRecognizer.looksGenerated(value) else { return nil } }
        s.out.append(Candidate(start: a, end: e, type: .secret, score: 0.85))
        return e + 2
    }

    /// Database connect calls whose third argument is the password: `new PDO('mysql:…', 'user', '…')`,
    /// `mysqli_connect('host', 'user', '…', 'db')`, `new mysqli(…)`.
    static let connectCalls = WordList(["pdo", "mysqli", "mysqli_connect", "mysql_connect"])
    /// SDK constructors and tuples whose second argument is the secret: `new Twilio(sid, authToken)`,
    /// requests' `auth=("api", key)`, `HTTPBasicAuth(user, password)`.
    static let secondArgumentCalls = WordList(["twilio", "httpbasicauth", "basicauth", "auth"])

    /// `i` is a `(` after a connect call: the third argument, when it is a quoted literal.
    func connectArguments(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        var n = i
        while n > 0 && (ByteClass.isAlnum(t[n - 1]) || t[n - 1] == UInt8(ascii: "_")) { n -= 1 }
        var name = UnsafeBufferPointer(rebasing: t[n..<i])
        // `auth=(…)`, `auth = (…)`: the name before the operator.
        if n == i {
            var q = i
            while q > 0 && t[q - 1] == 0x20 { q -= 1 }
            guard q > 0, t[q - 1] == UInt8(ascii: "=") else { return nil }
            q -= 1
            while q > 0 && t[q - 1] == 0x20 { q -= 1 }
            var r = q
            while r > 0 && (ByteClass.isAlnum(t[r - 1]) || t[r - 1] == UInt8(ascii: "_")) { r -= 1 }
            name = UnsafeBufferPointer(rebasing: t[r..<q])
        }
        let last: Int
        if name.count >= 3 && name.count <= 14 && SecretRecognizer.connectCalls.equalsAny(name) { last = 2 }
        else if name.count >= 4 && SecretRecognizer.secondArgumentCalls.equalsAny(name) { last = 1 } else { return nil }
        var v = i + 1
        for arg in 0...last {
            while v < t.count && (t[v] == 0x20 || t[v] == 0x0A || t[v] == 0x09) { v += 1 }
            guard v < t.count, t[v] == UInt8(ascii: "'") || t[v] == UInt8(ascii: "\"") else { return nil }
            let quote = t[v]
            let a = v + 1
            var e = a
            while e < t.count && e - a < 256 && t[e] != quote && t[e] != 0x0A { e += 1 }
            guard s.at(e) == quote else { return nil }
            if arg == last {
                let pw = UnsafeBufferPointer(rebasing: t[a..<e])
                guard e - a >= 4, !SecretRecognizer.isStandInPassword(pw) else { return nil }
                s.out.append(Candidate(start: a, end: e, type: .secret, score: 0.9))
                // Resume inside the call: the DSN before the password still holds a host.
                return i + 1
            }
            v = e + 1
            while v < t.count && t[v] == 0x20 { v += 1 }
            guard s.at(v) == UInt8(ascii: ",") else { return nil }
            v += 1
        }
        return nil
    }

    /// Code that reads the value from elsewhere, quoted by mistake: `"os.environ['API_KEY']"`.
    static let codeReferences = WordList(["environ[", "environ.get", "getenv(", "process.env.", "env(", "config(", "secrets."])
    /// Credential words that count as a component anywhere inside a key name.
    static let componentNames = WordList(["secret", "token", "password", "passwd", "passwort", "apikey", "credential", "credentials", "pwd",
                                          // French: `JETON=`, `cle_api`, `cle.api` (the key of the API).
                                          "jeton", "cle"])
    /// Last components that describe a credential rather than hold it.
    static let describingNames = WordList([
        "type", "types", "name", "names", "url", "uri", "path", "file", "filename", "length", "len", "count", "id", "ids", "expires",
        "expiry", "expiration", "ttl", "timeout", "endpoint", "header", "field", "hint", "policy", "format", "version", "min", "max",
        "size", "prefix", "suffix", "env", "var", "ref", "label", "rotation", "created", "updated", "at", "date", "time", "enabled",
        "required", "hash", "salt", "reset", "mode", "provider", "store", "storage", "location", "dir", "kind", "method", "regex",
        "pattern", "validation", "valid", "field", "input", "placeholder", "description", "help", "error", "message", "msg",
    ])
    /// A key's name split at `_`, `-`, `.` and camelCase boundaries; the credential word found in it
    /// (as the key name it stands for), unless the last component describes it.
    static func componentName(_ key: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var found = false
        var start = 0, lastStart = 0
        var k = 0
        let n = key.count
        while k <= n {
            let boundary = k == n || key[k] == UInt8(ascii: "_") || key[k] == UInt8(ascii: "-") || key[k] == UInt8(ascii: ".")
                || k > start && ByteClass.isUpper(key[k]) && !ByteClass.isUpper(key[k - 1])
            if boundary {
                if k > start {
                    if componentNames.equalsAny(UnsafeBufferPointer(rebasing: key[start..<k])) { found = true }
                    lastStart = start
                }
                start = (k < n && !ByteClass.isAlnum(key[k])) ? k + 1 : k
            }
            k += 1
        }
        guard found, !describingNames.equalsAny(UnsafeBufferPointer(rebasing: key[lastStart..<n])) else { return nil }
        return tokenName  // the value must look generated
    }
    /// Providers whose name alone, as a key, labels their credential.
    /// Sumo Logic's access ID, the id half of its access key pair: "su" and twelve letters or digits, under a
    /// key that names the provider and the id ("sumologic.accessId", "SUMO_ACCESS_ID", "SUMOLOGIC_ACCESSID").
    /// The shape alone is any word's, so the key must say it. Returns the value's end after appending it.
    static func sumoAccessId(_ s: inout ScanState, _ k: Int, _ keyEnd: Int, _ op: Int) -> Int? {
        let t = s.t
        // A dotted property name starts before `k`: "sumologic.accessId".
        var kd = k
        while kd > 1 && k - kd < 40 && t[kd - 1] == UInt8(ascii: ".") && ByteClass.isAlnum(t[kd - 2]) {
            kd -= 1
            while kd > 0 && k - kd < 40 && (ByteClass.isAlnum(t[kd - 1]) || t[kd - 1] == UInt8(ascii: "_")) { kd -= 1 }
        }
        guard keyEnd - kd >= 12, ByteClass.hasWord(t, "sumo", at: kd) else { return nil }
        var q = keyEnd, letters = 0
        let want: StaticString = "dissecca"  // "accessid" backwards, separators skipped
        var n = 0
        while q > kd && n < 8 {
            let c = ByteClass.lower(t[q - 1])
            q -= 1
            if c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") { continue }
            guard c == want.withUTF8Buffer({ $0[n] }) else { return nil }
            n += 1; letters += 1
        }
        guard letters == 8 else { return nil }
        var v = op + 1
        while v < t.count && (t[v] == 0x20 || t[v] == UInt8(ascii: "\"") || t[v] == UInt8(ascii: "'")) { v += 1 }
        guard v + 14 <= t.count, t[v] == UInt8(ascii: "s"), t[v + 1] == UInt8(ascii: "u"),
              (v + 2 ..< v + 14).allSatisfy({ ByteClass.isAlnum(t[$0]) }), !ByteClass.isAlnum(s.at(v + 14)) else { return nil }
        s.out.append(Candidate(start: v, end: v + 14, type: .secret, score: 0.85))
        return v + 14
    }

    static let providerKeys = WordList([
        "cloudflare", "sourcegraph", "artifactory", "jfrog", "github", "gitlab", "bitbucket", "slack", "discord", "stripe", "shopify",
        "sendgrid", "twilio", "mailgun", "mailchimp", "heroku", "netlify", "vercel", "datadog", "sentry", "newrelic", "algolia",
        "contentful", "okta", "auth0", "pagerduty", "dropbox", "zendesk", "intercom", "hubspot", "salesforce", "paypal", "braintree",
        "adyen", "mollie", "klarna", "openai", "anthropic", "mapbox", "pusher", "firebase", "snyk", "sonar", "sumologic", "databricks",
        "doppler", "pulumi", "linear", "postman", "npm", "pypi", "dockerhub", "digitalocean", "huggingface", "shopware", "magento",
    ])
    /// Adjacent letters that change case: many in generated strings, two per word in camelCase names.
    static func caseSwitches(_ v: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for k in 1..<max(1, v.count) where ByteClass.isAlpha(v[k]) && ByteClass.isAlpha(v[k - 1])
            && ByteClass.isUpper(v[k]) != ByteClass.isUpper(v[k - 1]) { n += 1 }
        return n
    }
    /// `jjwt-jackson-0.11.2`, `spring-boot-3.2.1`: words joined by dashes, then a dotted version.
    static func isArtifactName(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = v.count
        while k > 0 && (ByteClass.isDigit(v[k - 1]) || v[k - 1] == UInt8(ascii: ".")) { k -= 1 }
        guard k > 1, k < v.count, v[k - 1] == UInt8(ascii: "-"), v[k...].contains(UInt8(ascii: ".")) else { return false }
        for q in 0..<(k - 1) where !(ByteClass.isAlpha(v[q]) && !ByteClass.isUpper(v[q]) || v[q] == UInt8(ascii: "-")) { return false }
        return true
    }
    /// The key at `k` is an HTTP header in a curl command or a request dump: `-H "X-Api-Key: …"`,
    /// `--header 'Token: …'`.
    static func isHeaderName(_ t: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        guard k >= 4, t[k - 1] == UInt8(ascii: "\"") || t[k - 1] == UInt8(ascii: "'") else { return false }
        var q = k - 2
        while q >= 0 && t[q] == 0x20 { q -= 1 }
        guard q >= 1 else { return false }
        return t[q] == UInt8(ascii: "H") && t[q - 1] == UInt8(ascii: "-") || q >= 7 && ByteClass.hasWord(t, "--header", at: q - 7)
    }

    /// `i` is a `=` or `:`; looks back for a key name and forward for its value.
    func assignment(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        // Key: an identifier, optionally quoted, just before the operator.
        var k = i
        // Makefile and shell forms: ":=", "::=", ":::=", "?=", "+=" are decided at their "=".
        if t[i] == UInt8(ascii: ":") && (s.at(i + 1) == UInt8(ascii: ":") || s.at(i + 1) == UInt8(ascii: "=")) { return nil }
        if t[i] == UInt8(ascii: "=") {
            while k > 0 && i - k < 3 && (t[k - 1] == UInt8(ascii: ":") || t[k - 1] == UInt8(ascii: "?") || t[k - 1] == UInt8(ascii: "+")) { k -= 1 }
        }
        while k > 0 && (t[k - 1] == 0x20 || t[k - 1] == UInt8(ascii: "\"") || t[k - 1] == UInt8(ascii: "'")) { k -= 1 }
        // A subscript names the key: `$config['db_pass'] = …`, `settings["api_key"] = …`.
        if k > 1 && t[k - 1] == UInt8(ascii: "]") && (t[k - 2] == UInt8(ascii: "'") || t[k - 2] == UInt8(ascii: "\"")) { k -= 2 }
        let keyEnd = k
        while k > 0 && keyEnd - k < 40 && (ByteClass.isAlnum(t[k - 1]) || t[k - 1] == UInt8(ascii: "_") || t[k - 1] == UInt8(ascii: "-")) { k -= 1 }
        // Only the identifier's last 40 bytes matter (names match at its end): a longer identifier
        // ("…sk_live_…pi_key=") no longer hides the assignment, which read "[SECRET]_key=" once the
        // token before it was redacted (fuzzing).
        guard keyEnd > k else { return nil }
        // Keys that name the value's encoding after it name the same thing: "app_key_hex", "SECRET_B64",
        // "signing_key_base64" (tested on the whole key, before the digits go: "_b64" ends in one).
        // (Three tests, no array literal: an array per key site was an allocation per scan.)
        var keyEnd2 = keyEnd
        @inline(__always) func dropSuffix(_ suffix: StaticString) -> Bool {
            guard keyEnd2 - k > suffix.utf8CodeUnitCount + 2, ByteClass.hasWord(t, suffix, at: keyEnd2 - suffix.utf8CodeUnitCount) else { return false }
            keyEnd2 -= suffix.utf8CodeUnitCount
            return true
        }
        if t[keyEnd2 - 1] | 0x20 == UInt8(ascii: "x") { _ = dropSuffix("_hex") }
        else if t[keyEnd2 - 1] == UInt8(ascii: "4") { _ = dropSuffix("_b64") || dropSuffix("_base64") }
        // Numbered keys name the same thing: "api_token_2", "PASSWORD1".
        while keyEnd2 > k + 2 && (ByteClass.isDigit(t[keyEnd2 - 1]) || t[keyEnd2 - 1] == UInt8(ascii: "_")) { keyEnd2 -= 1 }
        var matched: [UInt8]? = nil
        for name in SecretRecognizer.keyNames where name.count <= keyEnd2 - k {
            var ok = true
            let off = keyEnd2 - name.count
            for q in 0..<name.count where ByteClass.lower(t[off + q]) != name[q] { ok = false; break }
            // At the identifier's start, after a separator, long enough, or after a provider's name in
            // camelCase ("hubspotKey"; "primaryKey" and "cacheKey" are not credentials).
            if ok && (off == k || !ByteClass.isAlpha(t[off - 1]) || name.count >= 5
                      || ByteClass.isUpper(t[off]) && SecretRecognizer.providerKeys.equalsAny(UnsafeBufferPointer(rebasing: t[k..<off]))) {
                matched = name; break
            }
        }
        // A credential word as a component inside the name ("mySecretString", "todo_secret_do_not_commit"),
        // unless the name ends in what describes it rather than holds it ("token_type", "password_hint").
        var inside = false
        if matched == nil {
            // Components of a dotted property name count too ("cle.api=", "app.secret.value=").
            var kd = k
            while kd > 1 && keyEnd - kd < 60 && t[kd - 1] == UInt8(ascii: ".") && (ByteClass.isAlnum(t[kd - 2]) || t[kd - 2] == UInt8(ascii: "_")) {
                kd -= 1
                while kd > 0 && keyEnd - kd < 60 && (ByteClass.isAlnum(t[kd - 1]) || t[kd - 1] == UInt8(ascii: "_") || t[kd - 1] == UInt8(ascii: "-")) { kd -= 1 }
            }
            if let name = SecretRecognizer.componentName(UnsafeBufferPointer(rebasing: t[kd..<keyEnd2])) { matched = name; inside = true }
        }
        // A provider's name or its credential property ("cloudflare:", "sonar.login=").
        if matched == nil && SecretRecognizer.providerKeys.equalsAny(UnsafeBufferPointer(rebasing: t[k..<keyEnd2])) { matched = SecretRecognizer.tokenName }
        if matched == nil && keyEnd2 - k >= 5 && ByteClass.hasWord(t, "login", at: keyEnd2 - 5) && keyEnd2 - 11 >= k - 6
            && ByteClass.hasWord(t, "sonar", at: keyEnd2 - 11) && (t[keyEnd2 - 6] == UInt8(ascii: ".") || t[keyEnd2 - 6] == UInt8(ascii: "_")) {
            matched = SecretRecognizer.tokenName
        }
        if matched == nil && ByteClass.hasWord(t, "bundle_", at: k) && keyEnd - k > 9 && (keyEnd - k) >= 2
            && t[keyEnd - 2] != UInt8(ascii: "_") && SecretRecognizer.hostSeparator.containsAny(UnsafeBufferPointer(rebasing: t[k..<keyEnd])) {
            matched = SecretRecognizer.passwordNames[0]  // the value is user:password
        }
        // Labels in words: "Mot de passe :", "Passwort lautet:", "password is:".
        if matched == nil && keyEnd2 - k == 5 && ByteClass.hasWord(t, "passe", at: k) && ByteClass.hasWord(t, "mot de ", at: k - 7) {
            matched = SecretRecognizer.passwordNames[0]
        }
        // "hab das pw vom test-shop geändert: …": a password word earlier on the label's line.
        if matched == nil && t[i] == UInt8(ascii: ":") && SecretRecognizer.passwordWordBefore(t, k) { matched = SecretRecognizer.passwordNames[0] }
        // "La clé d'API Brevo … traîne dans le ticket CS-03439 : ef58…": a credential word earlier on the
        // label's line, and no word that makes the value a hash or an id.
        if matched == nil && t[i] == UInt8(ascii: ":") && SecretRecognizer.credentialWordBefore(t, k) { matched = SecretRecognizer.tokenName }
        // Terraform's `variable "db_password" {` / `default = "…"`, Kubernetes' `- name: DB_PASSWORD` /
        // `value: …`: the block's name on the line before says what the value is.
        if matched == nil && (keyEnd2 - k == 7 && ByteClass.hasWord(t, "default", at: k) || keyEnd2 - k == 5 && ByteClass.hasWord(t, "value", at: k)) {
            matched = SecretRecognizer.pairName(t, k) ?? SecretRecognizer.blockName(t, k)
        }
        if matched == nil, let e = SecretRecognizer.sumoAccessId(&s, k, keyEnd2, i) { return e }
        if matched == nil && t[i] == UInt8(ascii: "=") && keyEnd - k <= 37
            && (SecretRecognizer.sessionCookieNames.equalsAny(UnsafeBufferPointer(rebasing: t[k..<keyEnd]))
                || SecretRecognizer.cookieLineSession(t, k, keyEnd) && SecretRecognizer.cookieLine(t, k)) {
            matched = SecretRecognizer.tokenName
        }
        // Express's session cookie `connect.sid`: express-session signs the id, `s:<id>.<HMAC>`, URL-encoded `s%3A…`.
        if matched == nil && t[i] == UInt8(ascii: "=") && keyEnd - k == 3 && ByteClass.hasWord(t, "connect.sid", at: k - 8),
           let e = SecretRecognizer.expressSession(&s, i + 1) { return e }
        guard let name = matched else { return nil }
        let key = UnsafeBufferPointer(rebasing: t[k..<keyEnd])
        if SecretRecognizer.notCredential(key) { return nil }
        // Bundler's per-host credentials: BUNDLE_GEMS__EXAMPLE__COM=user:password.
        let bundler = ByteClass.hasWord(t, "bundle_", at: k) && keyEnd - k > 9
        // (A Bundler credential is user:password whatever name it ends in.)
        let isPassword = SecretRecognizer.passwordNames.contains(name) && !inside || bundler
        // Value: after the operator, optional "=>"/">", spaces and a quote.
        var v = i + 1
        if v < t.count && t[v] == UInt8(ascii: ">") { v += 1 }
        while v < t.count && (t[v] == 0x20 || t[v] == 0x09) { v += 1 }
        var quote: UInt8 = 0
        if v < t.count && (t[v] == UInt8(ascii: "\"") || t[v] == UInt8(ascii: "'") || t[v] == UInt8(ascii: "`")) { quote = t[v]; v += 1 }
        // Laravel's APP_KEY and similar carry their encoding first: "base64:…".
        if ByteClass.hasWord(t, "base64:", at: v) { v += 7 }
        var afterScheme = false
        // An HTTP header that carries a credential (curl's -H "Api-Token: …", "X-Auth-Token: …"): its value
        // is the credential, however short.
        if t[i] == UInt8(ascii: ":") && SecretRecognizer.isHeaderName(t, k) { afterScheme = true }
        if name == SecretRecognizer.authorizationName || name == SecretRecognizer.authName {
            // "Authorization: Bearer …", "Basic …", "token …": the credential is the word after the scheme.
            for scheme in SecretRecognizer.authSchemes where s.hasWord(scheme, at: v) {
                v += scheme.utf8CodeUnitCount
                while v < t.count && t[v] == 0x20 { v += 1 }
                afterScheme = true
                break
            }
        }
        let a = v
        if quote != 0 {
            while v < t.count && t[v] != quote && t[v] != 0x0A && v - a < 512 { v += 1 }
            guard v < t.count, t[v] == quote else { return nil }
        } else {
            while v < t.count {
                let c = t[v]
                if ByteClass.isAlnum(c) || c >= 0x80 { v += 1; continue }
                switch c {
                case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "."),
                     UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "*"):
                    v += 1; continue
                case UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "?"), UInt8(ascii: "^"):
                    if isPassword { v += 1; continue }
                case UInt8(ascii: ":"):
                    if bundler { v += 1; continue }
                default: break
                }
                break
            }
        }
        // A sentence's punctuation is not part of an unquoted value.
        var b = v
        if quote == 0 { while b > a && (t[b - 1] == UInt8(ascii: ".") || t[b - 1] == UInt8(ascii: ",")) { b -= 1 } }
        let len = b - a
        guard len >= 4, len <= 512 else { return nil }
        let value = UnsafeBufferPointer(rebasing: t[a..<b])
        // References to where the value lives, and code that computes it, are not the value:
        // "${DB_PASSWORD}", "%APP_KEY%", "os.environ[…]", "getenv(…)", "process.env.KEY".
        let first = value[0]
        if first == UInt8(ascii: "$") || first == UInt8(ascii: "{") || first == UInt8(ascii: "<") || first == UInt8(ascii: "[") { return nil }
        // "%APP_KEY%", "%(db_pass)s", "%{SECRET}": a reference; "%DyHyoqs3#Ja_gZW3" is a password that starts with one.
        if first == UInt8(ascii: "%") && (len < 2 || value[1] == UInt8(ascii: "(") || value[1] == UInt8(ascii: "{") || value[len - 1] == UInt8(ascii: "%")) { return nil }
        if quote == 0 && (s.at(b) == UInt8(ascii: "(") || s.at(b) == UInt8(ascii: "[")) { return nil }
        if SecretRecognizer.codeReferences.containsAny(value) { return nil }
        guard !Placeholder.looksFake(value) else { return nil }
        // Publishable keys are public by design (Stripe `pk_live_…`, `pk_test_…`, Mapbox `pk.eyJ…`).
        if ByteClass.hasWord(t, "pk_live_", at: a) || ByteClass.hasWord(t, "pk_test_", at: a) || ByteClass.hasWord(t, "pk.eyj", at: a) { return nil }
        if SecretRecognizer.isStandIn(value) { return nil }
        var digits = 0, letters = 0, upper = 0, stars = 0, other = 0, dots = 0, spaces = 0, underscores = 0
        for c in value {
            if ByteClass.isDigit(c) { digits += 1 } else if ByteClass.isAlpha(c) { letters += 1; if ByteClass.isUpper(c) { upper += 1 } } else { other += 1 }
            if c == UInt8(ascii: "*") { stars += 1 }
            if c == UInt8(ascii: ".") { dots += 1 }
            if c == UInt8(ascii: "_") { underscores += 1 }
            if c == 0x20 { spaces += 1 }
        }
        guard stars < 3 else { return nil }  // already masked
        let entropy = Entropy.bitsPerChar(value)
        if isPassword {
            guard len >= 6 || quote != 0 && digits > 0 && letters > 0, entropy >= 2.0, spaces == 0 || quote != 0 && spaces <= 3 else { return nil }
            // Unquoted lower-case words after a colon are prose ("password: forgotten"), and a dotted
            // identifier is code ("password = settings.db_password"; Terraform's "password = var.db_password",
            // a reference to an input variable): lower-case parts in snake case joined by dots.
            if quote == 0 && digits == 0 && upper == 0 && other == 0 && t[i] == UInt8(ascii: ":") { return nil }
            if quote == 0 && dots > 0 && digits == 0 && (other == dots || upper == 0 && other == dots + underscores && ByteClass.isAlpha(value[0])) { return nil }
        } else if afterScheme {
            // What follows an authorization scheme is the credential, however short.
            guard spaces == 0, len >= 8, entropy >= 2.5 else { return nil }
        } else {
            guard spaces == 0, SecretRecognizer.looksGenerated(value) else { return nil }
        }
        s.out.append(Candidate(start: a, end: b, type: .secret, score: 0.85))
        // An AWS key id as the value: its secret may follow ("aws: AKIA… / wJalr…").
        if len == 20 && value[0] == UInt8(ascii: "A") && value.allSatisfy({ TokenFormat.accepts(.upperAlnum, $0) }), let e = awsSecretAfter(&s, b) { return e }
        return b
    }

    /// A generated value: long, varied, and letters mixed with digits (or both cases), or a long number.
    static func looksGenerated(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let len = value.count
        var digits = 0, letters = 0, upper = 0
        for c in value { if ByteClass.isDigit(c) { digits += 1 } else if ByteClass.isAlpha(c) { letters += 1; if ByteClass.isUpper(c) { upper += 1 } } }
        let lower = letters - upper
        let entropy = Entropy.bitsPerChar(value)
        if digits == len { return len >= 16 && entropy >= 2.8 }  // a long random number (client ids, PINs)
        // Shorter values must look more random: "SalesResults-1.2" and "jjwt-jackson-0.11.2" are names.
        guard entropy >= (len < 24 ? 3.5 : 3.0) else { return false }
        guard letters >= 4 && digits >= 2 && len >= 12 || upper >= 3 && lower >= 3 && (len >= 24 || len >= 12 && digits >= 1)
                || upper >= 4 && lower >= 4 && len >= 12 && caseSwitches(value) * 4 >= len else { return false }
        return !isArtifactName(value)
    }

    /// The credential a name stands for (`DB_PASSWORD`, `apiKey`, `Secret`, `mot de passe`): the password
    /// name when it names a password, the token name when a key or token, nil otherwise.
    static func credentialName(_ name: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        @inline(__always) func endsIn(_ n: [UInt8]) -> Bool {
            guard n.count <= name.count else { return false }
            let off = name.count - n.count
            for q in 0..<n.count where ByteClass.lower(name[off + q]) != n[q] { return false }
            return off == 0 || !ByteClass.isAlpha(name[off - 1]) || n.count >= 5
        }
        for n in passwordNames where endsIn(n) { return passwordNames[0] }
        for n in keyNames where endsIn(n) { return tokenName }
        return componentName(name)
    }

    /// `i` is a `<`: an XML or HTML element named for a credential (`<secret>…</secret>`, `<apiKey>…`).
    func element(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        var ne = i + 1, n0 = i + 1
        while ne < t.count && ne - i <= 48 && (ByteClass.isAlnum(t[ne]) || t[ne] == UInt8(ascii: "_") || t[ne] == UInt8(ascii: "-") || t[ne] == UInt8(ascii: ":")) {
            // A namespace prefix (SOAP's `<wsse:Password>`, `<ord:ApiKey>`): the local name names the content.
            if t[ne] == UInt8(ascii: ":") { n0 = ne + 1 }
            ne += 1
        }
        guard ne > n0 else { return nil }
        let tag = UnsafeBufferPointer(rebasing: t[n0..<ne])
        // (Attributes only on a namespaced element, SOAP's and XML's: HTML tags with attributes are not read.)
        guard s.at(ne) == UInt8(ascii: ">") || s.at(ne) == 0x20 && n0 > i + 1 else { return nil }
        // (The name first: most tags name no credential, and their attributes are not read.)
        guard let name = SecretRecognizer.credentialName(tag), !SecretRecognizer.notCredential(tag) else { return nil }
        // Attributes before the `>` (WS-Security's `<wsse:Password Type="…#PasswordText">`), on the tag's line.
        var gt = ne
        if s.at(ne) == 0x20 {
            while gt < t.count && gt - ne < 256 && t[gt] != UInt8(ascii: ">") && t[gt] != 0x0A { gt += 1 }
            guard gt > ne + 1, t[gt - 1] != UInt8(ascii: "/") else { return nil }
        }
        guard s.at(gt) == UInt8(ascii: ">") else { return nil }
        let v = gt + 1
        var e = v
        while e < t.count && e - v < 512 && t[e] != UInt8(ascii: "<") && t[e] != 0x0A { e += 1 }
        guard s.at(e) == UInt8(ascii: "<"), s.at(e + 1) == UInt8(ascii: "/"), e - v >= 6 else { return nil }
        let value = UnsafeBufferPointer(rebasing: t[v..<e])
        guard !Placeholder.looksFake(value), !SecretRecognizer.isStandInPassword(value), !value.contains(0x20) else { return nil }
        if name != SecretRecognizer.passwordNames[0] { guard SecretRecognizer.looksGenerated(value) else { return nil } }
        s.out.append(Candidate(start: v, end: e, type: .secret, score: 0.85))
        return e
    }

    /// Hosts whose URLs carry their credential in the path or query: a webhook URL is a password.
    static let webhookHosts: [(host: [UInt8], path: [UInt8])] = [
        ("hooks.slack.com", "/"), ("discord.com", "/api/webhooks/"), ("discordapp.com", "/api/webhooks/"),
        ("ptb.discord.com", "/api/webhooks/"), ("canary.discord.com", "/api/webhooks/"), ("webhook.office.com", "/webhook"),
        ("outlook.office.com", "/webhook"), ("hooks.zapier.com", "/hooks/"), ("chat.googleapis.com", "/v1/spaces/"),
        ("logic.azure.com", "/workflows/"), ("api.telegram.org", "/bot"), ("maker.ifttt.com", "/trigger/"),
        ("hook.eu1.make.com", "/"), ("hook.eu2.make.com", "/"), ("hook.us1.make.com", "/"), ("hooks.airtable.com", "/workflows/"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// `i` is the `:` of `scheme://`. A password in the authority (`postgres://shop:s3cret@db`,
    /// `https://user:pass@host`) is a secret; a webhook URL is one as a whole.
    func url(_ s: inout ScanState, _ i: Int) -> Int? {
        let t = s.t
        var sa = i
        while sa > 0 && (ByteClass.isAlnum(t[sa - 1]) || t[sa - 1] == UInt8(ascii: "+") || t[sa - 1] == UInt8(ascii: "-") || t[sa - 1] == UInt8(ascii: ".")) { sa -= 1 }
        guard i - sa >= 2 else { return nil }
        @inline(__always) func ends(_ c: UInt8) -> Bool {
            c <= 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "<") || c == UInt8(ascii: ">")
                || c == UInt8(ascii: ")") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") || c == UInt8(ascii: "|") || c == UInt8(ascii: "`")
        }
        let h = i + 3
        var authEnd = h
        var at = -1
        while authEnd < t.count {
            let c = t[authEnd]
            // (A `#` ends the authority by the URL grammar, but passwords in connection strings carry it.)
            if ends(c) || c == UInt8(ascii: "/") { break }
            // So do they a `?` ("redis://:zeg43U-MMa8UT?@host"): it is the password's when an `@` follows
            // before the next `/`, after a colon and something that is not a port number.
            if c == UInt8(ascii: "?") {
                // (A user name may hold an `@` of its own: "smtp://shop@mail.de:pw?@smtp.host".)
                guard let colon = (h..<authEnd).first(where: { t[$0] == UInt8(ascii: ":") }),
                      (colon + 1..<authEnd).contains(where: { !ByteClass.isDigit(t[$0]) }) else { break }
                var q = authEnd + 1
                while q < t.count && q - authEnd < 64 && !ends(t[q]) && t[q] != UInt8(ascii: "/") && t[q] != UInt8(ascii: "@") { q += 1 }
                guard q < t.count && t[q] == UInt8(ascii: "@") else { break }
            }
            if c == UInt8(ascii: "@") { at = authEnd }
            authEnd += 1
        }
        if at > h {
            var colon = h
            while colon < at && t[colon] != UInt8(ascii: ":") { colon += 1 }
            if colon < at - 1 {
                let pw = UnsafeBufferPointer(rebasing: t[(colon + 1)..<at])
                let standIn = SecretRecognizer.isStandInPassword(pw) || pw[0] == UInt8(ascii: "%")
                if !standIn {
                    // A mailbox as the user name ("smtp://orders@shop.de:pw@mail.host", SMTP logins) is an
                    // e-mail address: the scan resumes after the password, so it is reported here.
                    if let u = (h..<colon).first(where: { t[$0] == UInt8(ascii: "@") }), u > h, u + 3 < colon,
                       (u + 1..<colon).contains(where: { t[$0] == UInt8(ascii: ".") }),
                       (h..<colon).allSatisfy({ $0 == u || ByteClass.isAlnum(t[$0]) || t[$0] >= 0x80 || ".-_+%".utf8.contains(t[$0]) }) {
                        s.out.append(Candidate(start: h, end: colon, type: .email, score: 0.9))
                    }
                    s.out.append(Candidate(start: colon + 1, end: at, type: .secret, score: 0.9))
                    // Resume at the host: "pass@host" is not an e-mail address, but an IP host is still one.
                    return at + 1
                }
            }
        }
        // A Sentry DSN: the project's key is the user, the host Sentry's ingest (`https://<32 hex>@o123.ingest.de.sentry.io/45`).
        if at - h == 32 && (h..<at).allSatisfy({ ByteClass.isHex(t[$0]) }) {
            var e = authEnd
            while e < t.count && !ends(t[e]) { e += 1 }
            while e > authEnd && (t[e - 1] == UInt8(ascii: ".") || t[e - 1] == UInt8(ascii: ",")) { e -= 1 }
            var k = authEnd
            while k > at && t[k - 1] != UInt8(ascii: ".") { k -= 1 }
            if ByteClass.hasWord(t, "sentry.io", at: authEnd - 9) || ByteClass.hasWord(t, "ingest", at: at + 1) || (at + 1..<authEnd).contains(where: { ByteClass.hasWord(t, ".ingest.", at: $0) }) {
                s.out.append(Candidate(start: sa, end: e, type: .secret, score: 0.9))
                return e
            }
        }
        // User info without a password, or with a stand-in one: still not an e-mail address. A generated
        // user name is a token sent as the user (`https://ghp_…@github.com/…`, `https://<token>:x-oauth-basic@…`).
        if at > h {
            var ue = h
            while ue < at && t[ue] != UInt8(ascii: ":") { ue += 1 }
            if ue - h >= 20 {
                let user = UnsafeBufferPointer(rebasing: t[h..<ue])
                if SecretRecognizer.looksGenerated(user) && (examples || !Placeholder.looksFake(user)) {
                    s.out.append(Candidate(start: h, end: ue, type: .secret, score: 0.9))
                }
            }
            return at + 1
        }
        // The host (before any port) against the webhook list, by its suffix.
        let hostStart = h
        var hostEnd = hostStart
        while hostEnd < authEnd && t[hostEnd] != UInt8(ascii: ":") { hostEnd += 1 }
        for (host, path) in SecretRecognizer.webhookHosts where host.count <= hostEnd - hostStart {
            let off = hostEnd - host.count
            guard off == hostStart || t[off - 1] == UInt8(ascii: ".") else { continue }
            var same = true
            for q in 0..<host.count where ByteClass.lower(t[off + q]) != host[q] { same = false; break }
            guard same, authEnd + path.count < t.count else { continue }
            for q in 0..<path.count where t[authEnd + q] != path[q] { same = false; break }
            guard same else { continue }
            var e = authEnd
            while e < t.count && !ends(t[e]) { e += 1 }
            while e > authEnd && (t[e - 1] == UInt8(ascii: ".") || t[e - 1] == UInt8(ascii: ",") || t[e - 1] == UInt8(ascii: ";") || t[e - 1] == UInt8(ascii: ":")) { e -= 1 }
            // The credential part must be there: more than the fixed path.
            guard e - authEnd >= path.count + 8 else { return nil }
            s.out.append(Candidate(start: sa, end: e, type: .secret, score: 0.95))
            return e
        }
        // Self-hosted chat servers (Mattermost, Rocket.Chat) take incoming webhooks at `/hooks/<generated id>`
        // on any host: the id is the credential.
        if authEnd + 7 < t.count && ByteClass.hasWord(t, "/hooks/", at: authEnd) {
            let a = authEnd + 7
            var e = a
            while e < t.count && (ByteClass.isAlnum(t[e]) || t[e] == UInt8(ascii: "/") || t[e] == UInt8(ascii: "_") || t[e] == UInt8(ascii: "-")) { e += 1 }
            guard e - a >= 20, !(e < t.count && !ends(t[e]) && t[e] != UInt8(ascii: ".") && t[e] != UInt8(ascii: ",")) else { return nil }
            let id = UnsafeBufferPointer(rebasing: t[a..<e])
            var digits = 0, letters = 0
            for c in id { if ByteClass.isDigit(c) { digits += 1 } else if ByteClass.isAlpha(c) { letters += 1 } }
            guard digits >= 2, letters >= 8, Entropy.bitsPerChar(id) >= 3.5, !Placeholder.looksFake(id) else { return nil }
            s.out.append(Candidate(start: sa, end: e, type: .secret, score: 0.9))
            return e
        }
        return nil
    }
}
