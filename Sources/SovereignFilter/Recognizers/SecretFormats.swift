/// The token formats of credential providers, each written from the provider's documented shape: a
/// prefix that only that provider's tokens carry, then a body of a known alphabet and length. The
/// list covers the providers of gitleaks's default rule set that have such a prefix (shapes without
/// one — bare hex keys, UUIDs — are found as assignments next to a key name, `SecretRecognizer`).
/// Placeholders and documentation examples are not secrets (`Placeholder`).
struct TokenFormat: Sendable {
    enum Alphabet: UInt8, Sendable {
        case alnum, alnumUnderscore, path, base64url, base64urlDot, base64, base64any, hex, lowerHex, upperAlnum, upperAlnumDash, lowerAlnum, dollarAlnum, hexDash, urlSafe, django
    }
    /// Structure inside the body that the provider documents beyond alphabet and length.
    enum Shape: UInt8, Sendable {
        case none
        /// Anthropic: the body ends with `AA`.
        case endsAA
        /// Slack: `-`-separated groups; all but the last are numeric ids (8+ digits) or a one-digit
        /// version, the last is the random part.
        case slackGroups
        /// 32 lower-case hex digits, then an optional `-` and a version digit (Databricks).
        case hex32Version
        /// Sourcegraph: 40 hex digits, after `local_` or 16 hex and `_` in the newer forms.
        case sourcegraph
        /// Sentry organisation tokens: base64 JSON claims (`eyJ…`), `_`, then the secret.
        case sentryOrg
        /// Airtable personal access tokens: 14 letters and digits, `.`, 64 lower-case hex digits.
        case airtable
        /// Discord bot tokens: the bot's id in base64 (from its first byte on), `.`, 6 characters of
        /// timestamp, `.`, 27–38 characters of HMAC.
        case discord
    }
    let prefix: [UInt8]
    let alphabet: Alphabet
    let min: Int
    let max: Int
    let shape: Shape

    init(_ prefix: String, _ alphabet: Alphabet, _ min: Int, _ max: Int? = nil, _ shape: Shape = .none) {
        self.prefix = Array(prefix.utf8)
        self.alphabet = alphabet
        self.min = min
        self.max = max ?? min
        self.shape = shape
    }

    /// A prefix long enough and separated enough (`xoxp-`, `sgp_`, `sk-ant-api03-`) that a value
    /// carrying it is that provider's token or nothing: judged by its format alone, not again as a
    /// generic value next to a key name.
    var claims: Bool { prefix.count >= 4 && prefix.contains { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") } }

    /// The documented structure of `body` (already of the format's alphabet and length).
    /// With `examples` (policy `secret_examples`) documentation tokens count: Slack's
    /// `xoxb-00000-00000-EXAMPLE…` keeps its grouping, not the lengths and mix of a live token.
    func shapeHolds(_ body: UnsafeBufferPointer<UInt8>, examples: Bool = false) -> Bool {
        let n = body.count
        @inline(__always) func lowerHex(_ c: UInt8) -> Bool { ByteClass.isDigit(c) || c &- 0x61 < 6 }
        @inline(__always) func anyHex(_ c: UInt8) -> Bool { ByteClass.isHex(c) }
        switch shape {
        case .none: return true
        case .endsAA: return body[n - 2] == UInt8(ascii: "A") && body[n - 1] == UInt8(ascii: "A")
        case .slackGroups:
            var start = 0, groups = 0
            for k in 0...n where k == n || body[k] == UInt8(ascii: "-") {
                let len = k - start
                if k == n {
                    // The random part: long enough, letters and digits mixed.
                    guard len >= 8 else { return false }
                    var digits = 0, letters = 0, upper = 0
                    for q in start..<k {
                        if ByteClass.isDigit(body[q]) { digits += 1 } else if ByteClass.isAlpha(body[q]) { letters += 1; if ByteClass.isUpper(body[q]) { upper += 1 } }
                    }
                    if examples { return letters >= 1 && groups > 0 }
                    // (A 24-character base62 part has no digit one time in seventy: then both cases mixed.)
                    let mixed = digits >= 1 && letters >= 1 || len >= 20 && upper >= 2 && letters - upper >= 2
                    return mixed && (groups > 0 || len >= 10)
                }
                guard len == 1 || len >= 8 || examples && len >= 1 else { return false }
                for q in start..<k where !ByteClass.isDigit(body[q]) { return false }
                groups += 1
                start = k + 1
            }
            return false
        case .hex32Version:
            guard n >= 32 else { return false }
            for q in 0..<32 where !lowerHex(body[q]) { return false }
            return n == 32 || n >= 34 && body[32] == UInt8(ascii: "-") && (33..<n).allSatisfy { ByteClass.isDigit(body[$0]) }
        case .sourcegraph:
            var a = 0
            if n == 46 && ByteClass.hasWord(body, "local_", at: 0) { a = 6 } else if n == 57 && body[16] == UInt8(ascii: "_") {
                for q in 0..<16 where !anyHex(body[q]) { return false }
                a = 17
            } else if n != 40 { return false }
            for q in a..<n where !anyHex(body[q]) { return false }
            return true
        case .sentryOrg:
            guard n > 50, ByteClass.hasWord(body, "eyj", at: 0) else { return false }
            // The claims are plain base64 (no `_`): the first `_` ends them; the secret after it is base64url
            // and may have `_` of its own.
            var u = 0
            while u < n && body[u] != UInt8(ascii: "_") { u += 1 }
            return u < n && n - 1 - u >= 40
        case .discord:
            guard let d1 = body.firstIndex(of: UInt8(ascii: ".")), d1 >= 20, d1 <= 26, d1 + 7 < n, body[d1 + 7] == UInt8(ascii: ".") else { return false }
            for q in (d1 + 1)..<(d1 + 7) where !TokenFormat.accepts(.base64url, body[q]) { return false }
            return n - (d1 + 8) >= 27 && n - (d1 + 8) <= 38 && !body[(d1 + 8)...].contains(UInt8(ascii: "."))
        case .airtable:
            guard n == 79, body[14] == UInt8(ascii: "."), (0..<14).allSatisfy({ ByteClass.isAlnum(body[$0]) }) else { return false }
            return (15..<n).allSatisfy { lowerHex(body[$0]) }
        }
    }

    @inline(__always) static func accepts(_ a: Alphabet, _ c: UInt8) -> Bool {
        switch a {
        case .alnum: return ByteClass.isAlnum(c)
        case .alnumUnderscore: return ByteClass.isAlnum(c) || c == UInt8(ascii: "_")
        case .path: return ByteClass.isAlnum(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: "/")
        case .base64url: return ByteClass.isAlnum(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
        case .base64urlDot: return ByteClass.isAlnum(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
        case .base64: return ByteClass.isAlnum(c) || c == UInt8(ascii: "+") || c == UInt8(ascii: "/") || c == UInt8(ascii: "=")
        case .base64any: return ByteClass.isAlnum(c) || c == UInt8(ascii: "+") || c == UInt8(ascii: "/") || c == UInt8(ascii: "=")
            || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
        case .upperAlnumDash: return ByteClass.isDigit(c) || ByteClass.isUpper(c) || c == UInt8(ascii: "-")
        case .hex: return ByteClass.isHex(c)
        case .lowerHex: return ByteClass.isDigit(c) || c &- 0x61 < 6
        case .upperAlnum: return ByteClass.isDigit(c) || ByteClass.isUpper(c)
        case .lowerAlnum: return ByteClass.isDigit(c) || c &- 0x61 < 26
        case .dollarAlnum: return ByteClass.isAlnum(c) || c == UInt8(ascii: "$")
        case .hexDash: return ByteClass.isHex(c) || c == UInt8(ascii: "-")
        case .urlSafe: return ByteClass.isAlnum(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "=")
        // Django's get_random_secret_key(): lower-case letters, digits and "!@#$%^&*(-_=+)".
        case .django:
            switch c {
            case UInt8(ascii: "!"), UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "^"), UInt8(ascii: "&"),
                 UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: ")"): return true
            default: return ByteClass.isDigit(c) || c &- 0x61 < 26
            }
        }
    }

    /// Body length bounds are the provider's; an open-ended body stops at this many bytes.
    static let open = 1024

    static let all: [TokenFormat] = [
        // AWS access key ids (and the other IAM unique-id prefixes): 16 more base-32 characters.
        TokenFormat("AKIA", .upperAlnum, 16), TokenFormat("ASIA", .upperAlnum, 16), TokenFormat("ABIA", .upperAlnum, 16),
        TokenFormat("ACCA", .upperAlnum, 16), TokenFormat("AGPA", .upperAlnum, 16), TokenFormat("AIDA", .upperAlnum, 16),
        TokenFormat("AROA", .upperAlnum, 16), TokenFormat("AIPA", .upperAlnum, 16), TokenFormat("ANPA", .upperAlnum, 16),
        TokenFormat("ANVA", .upperAlnum, 16), TokenFormat("APKA", .upperAlnum, 16),
        // Google: API keys, OAuth client secrets, OAuth access tokens.
        TokenFormat("AIza", .base64url, 35), TokenFormat("GOCSPX-", .base64url, 28), TokenFormat("ya29.", .base64urlDot, 20, open),
        // GitHub: classic tokens (personal, OAuth, user-to-server, server-to-server, refresh), fine-grained.
        TokenFormat("ghp_", .alnum, 36, 255), TokenFormat("gho_", .alnum, 36, 255), TokenFormat("ghu_", .alnum, 36, 255),
        TokenFormat("ghs_", .alnum, 36, 255), TokenFormat("ghr_", .alnum, 36, 255), TokenFormat("github_pat_", .alnumUnderscore, 22, 255),
        // GitLab: personal/project/group, deploy, runner, pipeline trigger, feed, incoming mail, agent, SCIM,
        // CI build, OAuth app secrets, runner registration.
        TokenFormat("glpat-", .base64url, 20, 64), TokenFormat("gldt-", .base64url, 20, 64), TokenFormat("glrt-", .base64url, 20, 64),
        TokenFormat("glptt-", .base64url, 20, 64), TokenFormat("glft-", .base64url, 20, 64), TokenFormat("glimt-", .base64url, 25, 64),
        TokenFormat("glagent-", .base64url, 50, 64), TokenFormat("glsoat-", .base64url, 20, 64), TokenFormat("glcbt-", .base64url, 20, 64),
        TokenFormat("gloas-", .base64url, 64, 64), TokenFormat("GR1348941", .base64url, 20, 64),
        // Slack: bot, user, app-level, configuration, refresh tokens.
        // Legacy workspace (`xoxa-`, `xoxr-`) tokens are shorter: a version digit and 8–48 characters.
        TokenFormat("xoxb-", .base64url, 24, 255, .slackGroups), TokenFormat("xoxp-", .base64url, 24, 255, .slackGroups),
        TokenFormat("xoxa-", .base64url, 10, 255, .slackGroups), TokenFormat("xoxr-", .base64url, 10, 255, .slackGroups),
        TokenFormat("xoxs-", .base64url, 24, 255, .slackGroups), TokenFormat("xoxe-", .base64url, 24, 255, .slackGroups),
        TokenFormat("xoxe.xoxp-", .base64url, 24, 255, .slackGroups), TokenFormat("xoxo-", .base64url, 24, 255, .slackGroups),
        TokenFormat("xapp-", .base64url, 24, 255),
        // Stripe: secret and restricted keys (live and test), webhook signing secrets. `pk_` keys are public.
        TokenFormat("sk_live_", .alnum, 16, 247), TokenFormat("sk_test_", .alnum, 16, 247), TokenFormat("rk_live_", .alnum, 16, 247),
        TokenFormat("rk_test_", .alnum, 16, 247), TokenFormat("sk_prod_", .alnum, 16, 247), TokenFormat("rk_prod_", .alnum, 16, 247), TokenFormat("whsec_", .base64, 24, 128),
        // OpenAI (project, service-account, admin, legacy), Anthropic.
        TokenFormat("sk-proj-", .base64url, 20, open), TokenFormat("sk-svcacct-", .base64url, 20, open), TokenFormat("sk-admin-", .base64url, 20, open),
        TokenFormat("sk-None-", .base64url, 20, open), TokenFormat("sk-ant-api03-", .base64url, 95, 95, .endsAA),
        TokenFormat("sk-ant-admin01-", .base64url, 95, 95, .endsAA),
        TokenFormat("sk-ant-", .base64url, 20, open), TokenFormat("sk-", .base64url, 20, open),
        // Shopify: admin API access tokens, shared secrets, custom-app and partner tokens.
        TokenFormat("shpat_", .hex, 32), TokenFormat("shpss_", .hex, 32), TokenFormat("shpca_", .hex, 32), TokenFormat("shppa_", .hex, 32),
        // SendGrid `SG.` + 22 + `.` + 43; Twilio API key SID `SK` + 32 hex; Mailgun `key-` + 32.
        TokenFormat("SG.", .base64urlDot, 66), TokenFormat("SK", .lowerHex, 32), TokenFormat("key-", .lowerAlnum, 32),
        // Package registries: npm, PyPI (macaroon for pypi.org), RubyGems, NuGet, Clojars.
        TokenFormat("npm_", .alnum, 36), TokenFormat("pypi-AgEIcHlwaS5vcmc", .base64url, 50, open), TokenFormat("rubygems_", .hex, 48),
        TokenFormat("oy2", .lowerAlnum, 43), TokenFormat("CLOJARS_", .alnum, 60),
        // Hugging Face user and organisation tokens.
        TokenFormat("hf_", .alnum, 34), TokenFormat("api_org_", .alnum, 34),
        // DigitalOcean (personal, OAuth, refresh), Doppler, Databricks, Heroku, Atlassian, Linear, Postman.
        TokenFormat("dop_v1_", .hex, 64), TokenFormat("doo_v1_", .hex, 64), TokenFormat("dor_v1_", .hex, 64),
        TokenFormat("dp.pt.", .alnum, 40, 44), TokenFormat("dp.st.", .base64urlDot, 40, 100), TokenFormat("dp.sa.", .alnum, 40, 44),
        TokenFormat("dp.ct.", .alnum, 40, 44), TokenFormat("dp.scim.", .alnum, 40, 44), TokenFormat("dp.audit.", .alnum, 40, 44),
        TokenFormat("dapi", .hexDash, 32, 35, .hex32Version), TokenFormat("HRKU-", .base64url, 58, 64),
        TokenFormat("ATATT3", .base64any, 100, 300), TokenFormat("lin_api_", .alnum, 40), TokenFormat("lin_oauth_", .hex, 64),
        TokenFormat("PMAK-", .hexDash, 59),
        // Square, Braintree/PayPal, EasyPost, Shippo, Flutterwave, Duffel: payment and shipping back offices.
        TokenFormat("sq0atp-", .base64url, 22), TokenFormat("sq0csp-", .base64url, 43), TokenFormat("EAAA", .base64url, 60),
        TokenFormat("access_token$production$", .dollarAlnum, 40, 60), TokenFormat("EZAK", .alnum, 54), TokenFormat("EZTK", .alnum, 54),
        TokenFormat("shippo_live_", .hex, 40), TokenFormat("shippo_test_", .hex, 40), TokenFormat("FLWSECK-", .base64url, 12, 34),
        TokenFormat("FLWSECK_TEST-", .base64url, 12, 34), TokenFormat("duffel_live_", .base64url, 43), TokenFormat("duffel_test_", .base64url, 43),
        // HashiCorp Vault service/batch/recovery tokens, Grafana, Dynatrace, New Relic, Sentry, Pulumi,
        // PlanetScale, Prefect, ReadMe, Typeform, Sourcegraph, Fly.io, Infracost, Frame.io, 1Password,
        // Artifactory, Alibaba, OpenShift, age.
        TokenFormat("hvs.", .base64url, 24, open), TokenFormat("hvb.", .base64url, 24, open), TokenFormat("hvr.", .base64url, 24, open),
        TokenFormat("glc_", .base64, 32, 400), TokenFormat("glsa_", .alnumUnderscore, 41), TokenFormat("dt0c01.", .base64urlDot, 89),
        TokenFormat("NRAK-", .alnum, 27), TokenFormat("NRJS-", .lowerHex, 19), TokenFormat("sntrys_", .base64any, 50, open, .sentryOrg), TokenFormat("sntryu_", .lowerHex, 64),
        TokenFormat("pul-", .lowerHex, 40), TokenFormat("pscale_tkn_", .urlSafe, 32, 64), TokenFormat("pscale_pw_", .urlSafe, 32, 64),
        TokenFormat("pscale_oauth_", .urlSafe, 32, 64), TokenFormat("pnu_", .alnum, 36), TokenFormat("rdme_", .alnum, 70),
        TokenFormat("tfp_", .urlSafe, 59), TokenFormat("sgp_", .alnumUnderscore, 40, 57, .sourcegraph), TokenFormat("fo1_", .base64url, 43),
        TokenFormat("ico-", .alnum, 32), TokenFormat("fio-u-", .base64url, 64), TokenFormat("ops_eyJ", .base64any, 250, open),
        TokenFormat("AKCp", .alnum, 69), TokenFormat("LTAI", .alnum, 20), TokenFormat("sha256~", .base64url, 43),
        TokenFormat("AGE-SECRET-KEY-1", .upperAlnum, 58), TokenFormat("xkeysib-", .base64url, 81),
        TokenFormat("sk.eyJ", .base64urlDot, 40, open),
        // Meta (Facebook) page/user access tokens, Notion, Fly.io, 1Password account secret keys, JFrog
        // reference tokens, 42 Intra, Adobe, Cloudflare Origin CA.
        TokenFormat("EAAM", .alnum, 100, open), TokenFormat("EAAC", .alnum, 100, open), TokenFormat("ntn_", .alnum, 46),
        TokenFormat("fm1r_", .base64any, 100, open), TokenFormat("fm1a_", .base64any, 100, open), TokenFormat("fm2_", .base64any, 100, open),
        TokenFormat("A3-", .upperAlnumDash, 30, 40), TokenFormat("cmVmd", .alnum, 59), TokenFormat("s-s4t2ud-", .lowerHex, 64),
        TokenFormat("p8e-", .alnum, 32), TokenFormat("v1.0-", .hexDash, 150, 180), TokenFormat("s-s4t2af-", .lowerHex, 64),
        // SonarQube/SonarCloud analysis, user and project tokens.
        TokenFormat("sqa_", .alnum, 40), TokenFormat("squ_", .alnum, 40), TokenFormat("sqp_", .alnum, 40),
        // Groq; xAI; Replicate; Perplexity; NVIDIA; Mistral's La Plateforme has no prefix (found by key name).
        TokenFormat("gsk_", .alnum, 52), TokenFormat("xai-", .alnum, 80), TokenFormat("r8_", .alnum, 37), TokenFormat("pplx-", .alnum, 48),
        TokenFormat("nvapi-", .base64url, 64),
        // CircleCI personal and project tokens: 22 characters, `_`, 40 hex digits.
        TokenFormat("CCIPAT_", .alnumUnderscore, 60, 70), TokenFormat("CCIPRJ_", .alnumUnderscore, 60, 70),
        // HubSpot private-app tokens: the data-centre region, then a UUID.
        TokenFormat("pat-na1-", .hexDash, 36), TokenFormat("pat-na2-", .hexDash, 36), TokenFormat("pat-eu1-", .hexDash, 36),
        TokenFormat("pat-ap1-", .hexDash, 36),
        // Airtable personal access tokens; Notion integration secrets (the older form; `ntn_` above).
        TokenFormat("pat", .base64urlDot, 79, 79, .airtable), TokenFormat("secret_", .alnum, 43),
        // Bitbucket app passwords.
        TokenFormat("ATBB", .alnum, 28, 40),
        // Shopware 6 integration (`SWIA`), user (`SWUA`) and sales-channel (`SWSC`) access key ids.
        TokenFormat("SWIA", .upperAlnum, 22), TokenFormat("SWUA", .upperAlnum, 22), TokenFormat("SWSC", .upperAlnum, 22),
        // Docker Hub personal and organisation access tokens; Figma; PostHog personal keys; LangSmith.
        TokenFormat("dckr_pat_", .base64url, 20, 40), TokenFormat("dckr_oat_", .base64url, 20, 40), TokenFormat("figd_", .base64url, 40, 50),
        TokenFormat("phx_", .alnum, 43, 47), TokenFormat("lsv2_pt_", .alnumUnderscore, 40, 50), TokenFormat("lsv2_sk_", .alnumUnderscore, 40, 50),
        // Mollie API keys (`live_`/`test_` + 30) and organisation access tokens; Klarna API keys; Checkout.com
        // sandbox secret keys; Brevo SMTP keys; Dropbox short-lived tokens.
        TokenFormat("live_", .alnum, 30), TokenFormat("test_", .alnum, 30), TokenFormat("access_", .alnum, 40),
        TokenFormat("klarna_live_api_", .base64url, 20, 100), TokenFormat("klarna_test_api_", .base64url, 20, 100),
        TokenFormat("sk_sbox_", .base64url, 20, 60), TokenFormat("xsmtpsib-", .base64url, 81), TokenFormat("sl.", .base64url, 130, 160),
        // Adyen API keys (`AQE…`, base64 with `=` and `-` separated parts); New Relic insert and REST keys.
        TokenFormat("AQE", .base64any, 60, 300), TokenFormat("NRII-", .base64url, 32), TokenFormat("NRRA-", .hex, 40),
        // Checkout.com secret keys: `sk_test_`/`sk_` and a UUID (the `sk_sbox_` form is above).
        TokenFormat("sk_test_", .hexDash, 36), TokenFormat("sk_", .hexDash, 36),
        // Discord bot tokens: a snowflake id ("1…"–"9…") in base64 starts `MT`, `Mj`, `Mz`, `ND`, `NT`, `Nj`, `Nz`, `OD`, `OT`.
        TokenFormat("MT", .base64urlDot, 57, 72, .discord), TokenFormat("Mj", .base64urlDot, 57, 72, .discord),
        TokenFormat("Mz", .base64urlDot, 57, 72, .discord), TokenFormat("ND", .base64urlDot, 57, 72, .discord),
        TokenFormat("NT", .base64urlDot, 57, 72, .discord), TokenFormat("Nj", .base64urlDot, 57, 72, .discord),
        TokenFormat("Nz", .base64urlDot, 57, 72, .discord), TokenFormat("OD", .base64urlDot, 57, 72, .discord),
        TokenFormat("OT", .base64urlDot, 57, 72, .discord), TokenFormat("MD", .base64urlDot, 57, 72, .discord),
        // Netlify personal access tokens; Supabase personal access tokens; Contentful personal access tokens.
        TokenFormat("nfp_", .alnum, 36), TokenFormat("sbp_", .lowerHex, 40), TokenFormat("CFPAT-", .base64url, 43),
        // Scalingo API tokens (`tk-us-` + 48); Klaviyo private API keys (`pk_` + 34 hex; its public keys have no prefix).
        TokenFormat("tk-us-", .base64url, 48), TokenFormat("pk_", .lowerHex, 34),
        // Yandex Cloud: OAuth tokens (`y0_`…`y3_` + 55), IAM tokens (`t1.` + two dotted parts), API keys (`AQVN` + 35–38).
        TokenFormat("y0_", .base64url, 50, 60), TokenFormat("y1_", .base64url, 50, 60), TokenFormat("y2_", .base64url, 50, 60),
        TokenFormat("y3_", .base64url, 50, 60), TokenFormat("t1.", .base64urlDot, 80, 260), TokenFormat("AQVN", .base64url, 35, 38),
        // Buildkite user API access tokens (`bkua_` + 40 hex); Render API keys (`rnd_` + 32); SumUp secret API keys
        // (`sup_sk_` + 32; `sup_pk_` is public); Dropbox's newer short-lived tokens (`sl.u.` + a long body).
        TokenFormat("bkua_", .lowerHex, 40), TokenFormat("rnd_", .alnum, 32), TokenFormat("sup_sk_", .alnum, 32),
        TokenFormat("sl.u.", .base64url, 100, open),
        // Django's startproject secret key: "django-insecure-" and 50 characters of get_random_secret_key().
        TokenFormat("django-insecure-", .django, 50),
        // Webhook URLs written without their scheme: the path is the credential.
        TokenFormat("hooks.slack.com/services/", .path, 20, 200), TokenFormat("hooks.slack.com/workflows/", .path, 20, 200),
        TokenFormat("discord.com/api/webhooks/", .path, 40, 200), TokenFormat("discordapp.com/api/webhooks/", .path, 40, 200),
    ]

    /// Formats by their first two bytes: `byPair[b0 << 8 | b1]` is an index into `buckets` (0: none).
    /// Longer prefixes first in a bucket, so `sk-proj-` is tried before `sk-`.
    final class Index: Sendable {
        let byPair: [UInt8]
        let buckets: [[TokenFormat]]
        init() {
            var byPair = [UInt8](repeating: 0, count: 65536)
            var buckets: [[TokenFormat]] = [[]]
            for f in TokenFormat.all {
                let k = Int(f.prefix[0]) << 8 | Int(f.prefix[1])
                if byPair[k] == 0 { byPair[k] = UInt8(buckets.count); buckets.append([]) }
                buckets[Int(byPair[k])].append(f)
            }
            for b in buckets.indices { buckets[b].sort { $0.prefix.count > $1.prefix.count } }
            self.byPair = byPair
            self.buckets = buckets
        }
    }
    /// A class: reading it costs one retain, not one per array.
    static let index = Index()

    @inline(__always) func hasPrefix(_ t: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + prefix.count <= t.count else { return false }
        for k in 0..<prefix.count where t[i + k] != prefix[k] { return false }
        return true
    }
}

/// Values that only look like secrets: documentation examples, placeholders, masks, references to
/// where the real value lives.
enum Placeholder {
    /// Markers that make any value a stand-in wherever they occur.
    static let markers: [[UInt8]] = [
        "xxxx", "your", "placeholder", "changeme", "change_me", "redacted", "insert", "replace", "<", ">", "{{", "${",
        "****", "...", "…", "0000000000", "votre", "ihr_", "dein", "foobar", "lorem", "tokenhere", "keyhere", "secrethere", "###",
        // "…-DO-NOT-USE", "do_not_use": a value marked as unusable.
        "do-not-use", "do_not_use", "donotuse",
    ].map { Array($0.utf8) }
    /// Words that mark a documentation example where they stand at the value's start or end
    /// (`AKIAIOSFODNN7EXAMPLE`, `…EXAMPLEKEY`, `fake_token_1`) or make up most of it. Inside a
    /// generated body ("AKIA5CCMEXAMPLER7Z4W", "…FAKEpn6Vw1krk9…": a tag test writers add) they do not make the rest harmless.
    static let exampleWords: [[UInt8]] = ["example", "fake", "dummy", "sample", "demo",
                                          // The same in German and French ("geheim123-BEISPIEL", "cle-exemple").
                                          "beispiel", "exemple"].map { Array($0.utf8) }

    /// Markers by their first byte: one table look-up per byte of the value.
    static let markersByFirst: [[[UInt8]]] = {
        var b = [[[UInt8]]](repeating: [], count: 256)
        for m in markers { b[Int(m[0])].append(m) }
        return b
    }()

    static func looksFake(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !v.isEmpty else { return true }
        let table = markersByFirst
        for k in 0..<v.count {
            for m in table[Int(ByteClass.lower(v[k]))] where k + m.count <= v.count {
                var same = true
                for q in 1..<m.count where ByteClass.lower(v[k + q]) != m[q] { same = false; break }
                if same { return true }
            }
        }
        for m in exampleWords where m.count <= v.count {
            for k in 0...(v.count - m.count) {
                var same = true
                for q in 0..<m.count where ByteClass.lower(v[k + q]) != m[q] { same = false; break }
                if same && (k <= 1 || v.count - (k + m.count) <= 3 || v.count <= m.count + 4) { return true }
            }
        }
        // One character repeated for most of the value, or runs of four or more making up most of it
        // ("sgp_5555555dAAAAA7777777CcccCFaaaaaaa…"): typed, not generated.
        var run = 1, longest = 1, inRuns = 0
        for k in 1...max(1, v.count) {
            if k < v.count && v[k] == v[k - 1] { run += 1; longest = max(longest, run) } else { if run >= 4 { inRuns += run }; run = 1 }
        }
        if v.count >= 8 && (longest * 2 > v.count || inRuns * 2 > v.count) { return true }
        return false
    }
}
