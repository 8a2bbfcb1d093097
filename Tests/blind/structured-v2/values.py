"""Value generators for the blind structured set v2 (standard library only).

Every generator takes a random.Random and returns (value, variant). Formats follow the documented
shape of each platform / provider / numbering plan; all values are random and fake.
"""
import base64
import hashlib
import json
import string
import uuid

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
B64U = AN + "-_"
HEX = "0123456789abcdef"


def rs(r, chars, n):
    return "".join(r.choice(chars) for _ in range(n))


def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        t += x
    return t % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + rs(r, DG, length - len(prefix) - 1)
    for c in DG:
        if luhn_ok(body + c):
            return body + c


def no_luhn(r, s_fn):
    """Re-draw until the digit string fails Luhn (order ids / codes must not look like cards)."""
    while True:
        s = s_fn()
        if not luhn_ok("".join(c for c in s if c.isdigit())):
            return s


# ----------------------------------------------------------------------------------------- ORDER
def _seq(r, lo, hi):
    return r.randint(lo, hi)


def order(r, scheme=None):
    schemes = {
        "magento_default": lambda: f"{_seq(r, 10000, 999999):09d}",
        "magento_store_prefix": lambda: f"{r.randint(2, 9)}{_seq(r, 1000, 999999):08d}",
        "magento_custom_prefix": lambda: r.choice([
            lambda: r.choice(["DE", "AT", "CH", "FR", "BE", "NL", "UK", "US"]) + f"{_seq(r, 1000, 999999):09d}",
            lambda: r.choice(["WEB", "M2", "B2B", "SHOP", "ST1"]) + "-" + f"{_seq(r, 1000, 999999):09d}",
            lambda: f"{_seq(r, 1000, 999999):09d}-" + r.choice(["B2B", "DE", "FR", "R1"]),
            lambda: r.choice(["INV", "ORD", "MG"]) + f"{_seq(r, 10000, 99999999):010d}",
        ])(),
        "shopify_default": lambda: f"#{_seq(r, 1001, 98000)}",
        "shopify_custom_prefix": lambda: "#" + r.choice(["EU", "DE", "FR", "CH", "US", "SHOP-", "WEB", "B-", "GB"]) + str(_seq(r, 1001, 99999)),
        "shopify_custom_suffix": lambda: f"#{_seq(r, 1001, 99999)}" + r.choice(["-CH", "-DE", "FR", "-EU", "-B2B", "-X"]),
        "woocommerce_default": lambda: f"#{_seq(r, 120, 99999)}",
        "woocommerce_post_id": lambda: str(_seq(r, 120, 99999)),
        "woocommerce_sequential": lambda: r.choice([
            lambda: f"WC-{r.randint(2019, 2026)}-{_seq(r, 1, 9999):04d}",
            lambda: f"{r.randint(2019, 2026)}/{_seq(r, 1, 9999):04d}",
            lambda: f"WOO{_seq(r, 1, 99999):05d}",
            lambda: f"{r.choice(['BS', 'KS', 'LA'])}{r.randint(19, 26)}-{_seq(r, 100, 99999)}",
        ])(),
        "shopware_default": lambda: str(_seq(r, 10000, 99999)),
        "shopware_prefix": lambda: r.choice(["SW", "SW-", "BE-", "AB"]) + str(_seq(r, 10000, 999999)),
        "prestashop_reference": lambda: rs(r, UP, 9),
        "amazon_3_7_7": lambda: f"{r.choice(['028', '114', '171', '205', '302', '303', '304', '305', '306', '402', '403', '404', '407', '111', '112', '113', '701', '249'])}-{rs(r, DG, 7)}-{rs(r, DG, 7)}",
        "amazon_digital": lambda: f"D{r.randint(1, 2):02d}-{rs(r, DG, 7)}-{rs(r, DG, 7)}",
        "ebay_2_5_5": lambda: f"{r.randint(1, 27):02d}-{rs(r, DG, 5)}-{rs(r, DG, 5)}",
        "ebay_12digit": lambda: no_luhn(r, lambda: r.choice(["1", "2", "3"]) + rs(r, DG, 11)),
        "etsy": lambda: no_luhn(r, lambda: r.choice(["1", "2", "3"]) + rs(r, DG, 9)),
        "zalando": lambda: no_luhn(r, lambda: "10" + rs(r, DG, 12)),
        "otto": lambda: rs(r, LO, 1) + rs(r, DG, 1) + rs(r, LO + DG, 7),
        "bol": lambda: r.choice([lambda: r.choice(["1", "2"]) + rs(r, DG, 9),
                                 lambda: "A" + rs(r, UP + DG, 9)])(),
        "cdiscount": lambda: f"{r.randint(22, 26)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}" + rs(r, UP, 4),
        "kaufland": lambda: r.choice(UP) + rs(r, UP + DG, 5) + r.choice(DG),
        "aliexpress": lambda: no_luhn(r, lambda: r.choice(["8", "3"]) + rs(r, DG, 15)),
        "letter_prefixed": lambda: r.choice([
            lambda: f"{r.choice(UP)}-{rs(r, DG, 6)}",
            lambda: f"{r.choice(['BO', 'CMD', 'AB', 'ORD', 'PO', 'SO', 'BE', 'VK'])}-{r.randint(2021, 2026)}-{rs(r, DG, 4)}",
            lambda: f"{r.choice(['ORD', 'CMD', 'BST', 'AUF', 'SO'])}{rs(r, DG, r.randint(5, 8))}",
            lambda: f"{r.choice(UP)}{r.choice(UP)}{rs(r, DG, 7)}",
        ])(),
        "year_prefixed": lambda: r.choice([
            lambda: f"{r.randint(2021, 2026)}-{rs(r, DG, 6)}",
            lambda: f"{r.randint(21, 26)}/{rs(r, DG, 5)}",
            lambda: f"{r.randint(2021, 2026)}{rs(r, DG, 6)}",
            lambda: f"{r.randint(21, 26)}-{r.choice(UP)}{rs(r, DG, 5)}",
        ])(),
        "context_generic": lambda: r.choice([
            lambda: f"{r.choice(UP)}{rs(r, DG, 4)}-{r.choice(UP)}",
            lambda: rs(r, LO, 1) + rs(r, DG, 5),
            lambda: f"{rs(r, DG, 2)}/{rs(r, DG, 4)}",
            lambda: rs(r, DG, 4) + rs(r, LO, 1),
            lambda: rs(r, DG, r.randint(4, 8)),
            lambda: rs(r, UP, 2) + rs(r, DG, 3) + rs(r, UP, 2),
            lambda: f"{rs(r, DG, 3)}.{rs(r, DG, 3)}",
            lambda: f"{rs(r, UP + DG, 4)}-{rs(r, UP + DG, 4)}".replace("O", "0") if True else "",
        ])(),
    }
    if scheme is None:
        scheme = r.choice(list(schemes))
    elif "," in scheme:
        scheme = r.choice(scheme.split(","))
    v = schemes[scheme]()
    if scheme == "context_generic" and not any(c.isdigit() for c in v):
        v = v[:-1] + "7"
    return v, scheme


# ---------------------------------------------------------------------------------------- SECRET
def pw(r):
    words = ["Sommer", "winter", "Kaffee", "soleil", "Marmotte", "harbor", "Tiger", "Falke", "printemps",
             "Brezel", "lavande", "Copper", "nebel", "Orchid", "cactus", "Bretzel", "Rakete", "papillon"]
    style = r.randint(0, 4)
    if style == 0:
        return r.choice(words) + r.choice(["!", "#", "$", "%", "&", "?", "*"]) + rs(r, DG, r.randint(2, 4)) + r.choice(["", "x", "Q", "!"])
    if style == 1:
        return rs(r, AN + "!#%&*+-=?@^_", r.randint(14, 24))
    if style == 2:
        return rs(r, AN, r.randint(16, 32))
    if style == 3:
        return r.choice(words) + "-" + r.choice(words).lower() + "-" + rs(r, DG, 2) + r.choice(["!", "$", "."])
    return rs(r, LO, 3) + rs(r, DG, 2) + rs(r, UP, 2) + r.choice(["!", "#", "§", "%"]) + rs(r, AN, 6)


def pw_url(r):
    """Password that is safe inside a URL's userinfo (no @ / : # ? %)."""
    return rs(r, AN + "-_.~!$*", r.randint(12, 24))


def b64(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64u(r, n):
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def jwt(r):
    h = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    p = {"sub": str(r.randint(10000, 999999)), "iat": r.randint(1700000000, 1790000000),
         "scope": r.choice(["orders:read", "admin", "api", "shop.write"])}
    if r.random() < 0.5:
        p["iss"] = r.choice(["https://auth.ladenzeile.example", "shop-api", "https://id.boutique-lune.example"])
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{enc(h)}.{enc(p)}.{b64u(r, r.choice([32, 64]))}"


def pem(r, kind=None):
    kind = kind or r.choice(["rsa", "ec", "openssh", "pkcs8", "pkcs8_enc", "pgp", "rsa_enc", "dsa"])
    def body(prefix, nbytes, width=64):
        s = prefix + b64(r, nbytes)[len(prefix):]
        s = s.rstrip("=") + ("=" if r.random() < 0.4 else "")
        return "\n".join(s[i:i + width] for i in range(0, len(s), width))
    if kind == "rsa":
        v = "-----BEGIN RSA PRIVATE KEY-----\n" + body("MIIEpAIBAAKCAQEA", r.choice([300, 600, 1190])) + "\n-----END RSA PRIVATE KEY-----"
    elif kind == "rsa_enc":
        v = ("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC," + rs(r, "0123456789ABCDEF", 32)
             + "\n\n" + body("", 600) + "\n-----END RSA PRIVATE KEY-----")
    elif kind == "ec":
        v = "-----BEGIN EC PRIVATE KEY-----\n" + body("MHcCAQEEI", 121) + "\n-----END EC PRIVATE KEY-----"
    elif kind == "dsa":
        v = "-----BEGIN DSA PRIVATE KEY-----\n" + body("MIIBuwIBAAKBgQ", 440) + "\n-----END DSA PRIVATE KEY-----"
    elif kind == "pkcs8":
        v = "-----BEGIN PRIVATE KEY-----\n" + body("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", r.choice([400, 1216])) + "\n-----END PRIVATE KEY-----"
    elif kind == "pkcs8_enc":
        v = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + body("MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 700) + "\n-----END ENCRYPTED PRIVATE KEY-----"
    elif kind == "openssh":
        v = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 300, 70) + "\n-----END OPENSSH PRIVATE KEY-----"
    else:
        crc = "=" + b64(r, 3)
        v = ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body("lQOYBG", 700) + "\n" + crc + "\n-----END PGP PRIVATE KEY BLOCK-----")
    return v, "pem_" + kind


def secret(r, kind=None):
    g = {
        # cloud
        "aws_access_key_id": lambda: r.choice(["AKIA", "ASIA"]) + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
        "aws_secret_access_key": lambda: rs(r, B64, 40),
        "gcp_api_key": lambda: "AIza" + rs(r, B64U, 35),
        "azure_storage_key": lambda: b64(r, 64),
        "azure_client_secret": lambda: rs(r, AN, 3) + "8Q~" + rs(r, AN + "_-.~", 34),
        "digitalocean": lambda: r.choice(["dop_v1_", "doo_v1_"]) + rs(r, HEX, 64),
        "cloudflare_api_token": lambda: rs(r, B64U, 40),
        "heroku": lambda: "HRKU-AA" + rs(r, B64U, 58),
        # VCS / CI / registries
        "github_classic": lambda: r.choice(["ghp_", "gho_", "ghs_", "ghu_", "ghr_"]) + rs(r, AN, 36),
        "github_fine_grained": lambda: "github_pat_11" + rs(r, UP + DG, 20) + "_" + rs(r, AN, 59),
        "gitlab": lambda: r.choice(["glpat-", "glpat-", "gldt-", "glrt-", "glptt-"]) + rs(r, B64U, 20),
        "bitbucket_app_password": lambda: "ATBB" + rs(r, AN, 28) + rs(r, "0123456789ABCDEF", 8),
        "npm": lambda: "npm_" + rs(r, AN, 36),
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64U, r.randint(60, 140)),
        "rubygems": lambda: "rubygems_" + rs(r, HEX, 48),
        "nuget": lambda: "oy2" + rs(r, LO + DG, 43),
        "dockerhub": lambda: "dckr_pat_" + rs(r, B64U, 27),
        "circleci": lambda: "CCIPAT_" + rs(r, AN, 22) + "_" + rs(r, HEX, 40),
        "buildkite": lambda: "bkua_" + rs(r, HEX, 40),
        "terraform_cloud": lambda: rs(r, AN, 14) + ".atlasv1." + rs(r, AN, 67),
        # payment / commerce
        "stripe_secret": lambda: r.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"]) + rs(r, AN, r.choice([24, 99])),
        "stripe_webhook_secret": lambda: "whsec_" + rs(r, AN, 32),
        "paypal_client_secret": lambda: "E" + rs(r, B64U, 79),
        "braintree_access_token": lambda: "access_token$production$" + rs(r, LO + DG, 16) + "$" + rs(r, HEX, 32),
        "braintree_private_key": lambda: rs(r, HEX, 32),
        "adyen_api_key": lambda: "AQE" + rs(r, B64, 90) + "==-" + rs(r, B64, 43) + "=-" + rs(r, AN, 16),
        "mollie": lambda: r.choice(["live_", "live_", "test_"]) + rs(r, AN, 30),
        "brevo": lambda: "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, AN, 16),
        "payplug": lambda: "sk_live_" + rs(r, AN, 32),
        "mollie_oauth": lambda: "access_" + rs(r, AN, 40),
        "klarna": lambda: r.choice(["klarna_live_api_", "klarna_test_api_"]) + rs(r, B64U, 64),
        "square": lambda: r.choice(["EAAA" + rs(r, B64U, 60), "sq0atp-" + rs(r, B64U, 22), "sq0csp-" + rs(r, B64U, 43)]),
        "shopify": lambda: r.choice(["shpat_", "shpss_", "shpca_", "shppa_"]) + rs(r, HEX, 32),
        "shopware_access_key": lambda: r.choice(["SWIA", "SWUA"]) + rs(r, UP + DG, 22),
        "shopware_secret": lambda: rs(r, AN, 54),
        "magento_integration_token": lambda: rs(r, LO + DG, 32),
        "woocommerce_key": lambda: r.choice(["ck_", "cs_"]) + rs(r, HEX, 40),
        # messaging / comms
        "slack_token": lambda: r.choice([
            lambda: "xoxb-" + rs(r, DG, 12) + "-" + rs(r, DG, 13) + "-" + rs(r, AN, 24),
            lambda: "xoxp-" + rs(r, DG, 12) + "-" + rs(r, DG, 12) + "-" + rs(r, DG, 13) + "-" + rs(r, HEX, 32),
            lambda: "xapp-1-A" + rs(r, UP + DG, 10) + "-" + rs(r, DG, 13) + "-" + rs(r, HEX, 64)])(),
        "sendgrid": lambda: "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43),
        "twilio_api_key": lambda: "SK" + rs(r, HEX, 32),
        "twilio_auth_token": lambda: rs(r, HEX, 32),
        "mailgun": lambda: "key-" + rs(r, HEX, 32),
        "mailchimp": lambda: rs(r, HEX, 32) + "-us" + str(r.randint(1, 21)),
        "postmark": lambda: str(uuid.UUID(int=r.getrandbits(128), version=4)),
        "telegram_bot": lambda: str(r.randint(100000000, 7999999999)) + ":AA" + rs(r, B64U, 33),
        "discord_bot": lambda: b64u(r, 18)[:24].replace("-", "M").replace("_", "N") + "." + rs(r, B64U, 6) + "." + rs(r, B64U, 38),
        # AI providers
        "openai": lambda: r.choice(["sk-proj-", "sk-svcacct-", "sk-admin-"]) + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74),
        "anthropic": lambda: r.choice(["sk-ant-api03-", "sk-ant-admin01-"]) + rs(r, B64U, 93) + "AA",
        "huggingface": lambda: "hf_" + rs(r, UP + LO, 34),
        "groq": lambda: "gsk_" + rs(r, AN, 52),
        "replicate": lambda: "r8_" + rs(r, AN, 37),
        "xai": lambda: "xai-" + rs(r, AN, 80),
        # monitoring / SaaS
        "datadog_api_key": lambda: rs(r, HEX, 32),
        "datadog_app_key": lambda: rs(r, HEX, 40),
        "sentry_token": lambda: r.choice(["sntrys_" + b64u(r, 90), "sntryu_" + rs(r, HEX, 64)]),
        "newrelic": lambda: r.choice(["NRAK-" + rs(r, UP + DG, 27), rs(r, HEX, 36) + "NRAL"]),
        "grafana": lambda: "glsa_" + rs(r, AN, 32) + "_" + rs(r, HEX, 8),
        "atlassian": lambda: "ATATT3xFfGF0" + rs(r, B64U, 170) + "=" + rs(r, "0123456789ABCDEF", 8),
        "linear": lambda: "lin_api_" + rs(r, AN, 40),
        "notion": lambda: r.choice(["secret_" + rs(r, AN, 43), "ntn_" + rs(r, DG, 11) + rs(r, AN, 35)]),
        "postman": lambda: "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34),
        "airtable": lambda: "pat" + rs(r, AN, 14) + "." + rs(r, HEX, 64),
        "hubspot": lambda: "pat-" + r.choice(["na1", "eu1"]) + "-" + str(uuid.UUID(int=r.getrandbits(128), version=4)),
        "jwt": lambda: jwt(r),
        # generic
        "generic_hex": lambda: rs(r, HEX, r.choice([32, 40, 64])),
        "generic_base64": lambda: b64(r, r.choice([24, 32, 48])),
        "generic_base62": lambda: rs(r, AN, r.randint(24, 48)),
    }
    if kind is None:
        kind = r.choice(list(g))
    elif "," in kind:
        kind = r.choice(kind.split(","))
    return g[kind](), kind


TOKEN_KINDS = ["aws_access_key_id", "gcp_api_key", "github_classic", "github_fine_grained", "gitlab", "npm", "pypi",
               "dockerhub", "stripe_secret", "stripe_webhook_secret", "slack_token", "sendgrid", "twilio_api_key",
               "openai", "anthropic", "huggingface", "shopify", "digitalocean", "mailgun", "mailchimp", "telegram_bot",
               "groq", "replicate", "linear", "postman", "airtable", "hubspot", "jwt", "atlassian", "newrelic", "grafana",
               "sentry_token", "buildkite", "rubygems", "circleci", "braintree_access_token", "mollie", "klarna", "square",
               "adyen_api_key", "shopware_access_key", "woocommerce_key", "heroku", "notion", "xai", "azure_client_secret",
               "bitbucket_app_password", "nuget", "terraform_cloud", "discord_bot", "mollie_oauth"]


def hook(r, kind=None):
    kind = kind or r.choice(["slack", "discord", "teams", "zapier", "google_chat", "mattermost"])
    if kind == "slack":
        v = f"https://hooks.slack.com/services/T{rs(r, UP + DG, 8)}/B{rs(r, UP + DG, 10)}/{rs(r, AN, 24)}"
    elif kind == "discord":
        v = f"https://{r.choice(['discord.com', 'discordapp.com'])}/api/webhooks/{r.randint(10**17, 10**19 - 1)}/{rs(r, B64U, 68)}"
    elif kind == "teams":
        g = lambda: str(uuid.UUID(int=r.getrandbits(128), version=4))
        v = f"https://{rs(r, LO, 8)}.webhook.office.com/webhookb2/{g()}@{g()}/IncomingWebhook/{rs(r, HEX, 32)}/{g()}"
    elif kind == "zapier":
        v = f"https://hooks.zapier.com/hooks/catch/{r.randint(1000000, 99999999)}/{rs(r, LO + DG, 6)}/"
    elif kind == "google_chat":
        v = (f"https://chat.googleapis.com/v1/spaces/AAAA{rs(r, B64U, 7)}/messages?key=AIzaSy{rs(r, B64U, 33)}"
             f"&token={rs(r, B64U, 43)}")
    else:
        v = f"https://chat.{r.choice(['ladenzeile', 'atelier-roux', 'northwind'])}.example/hooks/{rs(r, LO + DG, 26)}"
    return v, "webhook_" + kind


# ------------------------------------------------------------------------------------------ CARD
ISSUERS = {
    "visa": lambda r: luhn_complete("4", r.choice([16, 16, 16, 13, 19]), r),
    "mastercard": lambda r: luhn_complete(str(r.randint(51, 55)), 16, r),
    "mastercard2": lambda r: luhn_complete(str(r.randint(2221, 2720)), 16, r),
    "amex": lambda r: luhn_complete(r.choice(["34", "37"]), 15, r),
    "discover": lambda r: luhn_complete(r.choice(["6011", "65", str(r.randint(644, 649))]), 16, r),
    "jcb": lambda r: luhn_complete(str(r.randint(3528, 3589)), 16, r),
    "maestro": lambda r: luhn_complete(r.choice(["5018", "5020", "5038", "6304", "6759", "6761", "6763", "6799"]), r.choice([12, 13, 16, 18, 19]), r),
    "unionpay": lambda r: luhn_complete("62" + str(r.randint(2126, 2925))[:4], r.choice([16, 16, 19]), r),
    "diners": lambda r: luhn_complete(r.choice(["36", "300", "305", "38"]), 14, r),
    "cartes_bancaires": lambda r: luhn_complete(r.choice(["4970", "4974", "5131"]), 16, r),
}
SEPS = {"spaced": " ", "dashed": "-", "dotted": ".", "plain": "", "nbsp": "\u00a0", "dspace": "  ", "slash": "/", "nnbsp": "\u202f"}


def group(d, issuer):
    n = len(d)
    if issuer == "amex" or (n == 15):
        sizes = [4, 6, 5]
    elif n == 14:
        sizes = [4, 6, 4]
    elif n == 19:
        sizes = [4, 4, 4, 4, 3]
    elif n == 13:
        sizes = [4, 4, 5]
    elif n == 12:
        sizes = [4, 4, 4]
    elif n == 18:
        sizes = [4, 4, 4, 4, 2]
    else:
        sizes = [4, 4, 4, 4]
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s]); i += s
    return out


def card(r, issuer=None, sep=None):
    issuer = issuer or r.choices(list(ISSUERS), weights=[5, 4, 2, 3, 1, 1, 1, 1, 1, 1])[0]
    sep = sep or r.choices(list(SEPS), weights=[8, 4, 1, 4, 1, 1, 1, 1])[0]
    d = ISSUERS[issuer](r)
    return SEPS[sep].join(group(d, issuer)), f"{issuer}_{sep}"


# ------------------------------------------------------------------------------------------ IBAN
# registry BBAN structure: n digits, a upper letters, c alnum
IBAN_STRUCT = {
    "DE": "8n10n", "AT": "5n11n", "CH": "5n12c", "FR": "5n5n11n2n", "BE": "3n7n2n", "NL": "4a10n", "LU": "3n13c",
    "IT": "1a5n5n12c", "ES": "4n4n1n1n10n", "PT": "4n4n11n2n", "GB": "4a6n8n", "IE": "4a6n8n", "PL": "8n16n",
    "DK": "4n9n1n", "SE": "3n16n1n", "FI": "3n11n", "NO": "4n6n1n", "CZ": "4n6n10n", "SK": "4n6n10n", "HU": "3n4n1n15n1n",
    "SI": "5n8n2n", "HR": "7n10n", "RO": "4a16c", "BG": "4a4n2n8c", "GR": "3n4n16c", "LI": "5n12c", "MC": "5n5n11c2n",
    "MT": "4a5n18c", "EE": "2n2n11n1n", "LT": "5n11n", "LV": "4a13c", "IS": "4n2n6n10n", "TR": "5n1n16c", "SA": "2n18c",
    "AE": "3n16n", "CY": "3n5n16c", "GI": "4a15c", "SM": "1a5n5n12c", "RS": "3n13n2n",
}
BANK_LETTERS = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"], "IE": ["AIBK", "BOFI"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"],
                "MT": ["MALT", "VALL"], "RO": ["BTRL", "RNCB", "BRDE"], "BG": ["BNBG", "UNCR"], "LV": ["HABA", "PARX"], "GI": ["NWBK"]}


def _mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(r, cc=None, fmt=None):
    cc = cc or r.choices(list(IBAN_STRUCT), weights=[10, 5, 5, 9, 5, 5, 2, 4, 4, 2, 4, 2, 3] + [1] * (len(IBAN_STRUCT) - 13))[0]
    parts = []
    for m in __import__("re").finditer(r"(\d+)([nac])", IBAN_STRUCT[cc]):
        n, t = int(m.group(1)), m.group(2)
        parts.append(rs(r, DG if t == "n" else UP if t == "a" else UP + DG, n))
    if cc in BANK_LETTERS:
        parts[0] = r.choice(BANK_LETTERS[cc])
    if cc == "BE":
        x = int(parts[0] + parts[1]) % 97
        parts[2] = f"{x or 97:02d}"
    if cc in ("FR", "MC"):
        parts[2] = rs(r, DG, 11)
        key = 97 - ((89 * int(parts[0]) + 15 * int(parts[1]) + 3 * int(parts[2])) % 97)
        parts[3] = f"{key:02d}"
    if cc == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        def dc(s):
            x = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
            return 0 if x == 11 else 1 if x == 10 else x
        parts[2] = str(dc("00" + parts[0] + parts[1])); parts[3] = str(dc(parts[4]))
    bban = "".join(parts)
    chk = 98 - _mod97(bban + cc + "00")
    s = f"{cc}{chk:02d}{bban}"
    fmt = fmt or r.choices(["grouped", "compact", "lower", "dashed", "ccspace", "ccgap"], weights=[10, 6, 1, 1, 1, 1])[0]
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    v = {"grouped": g, "compact": s, "lower": g.lower() if r.random() < 0.5 else s.lower(), "dashed": g.replace(" ", "-"),
         "ccspace": s[:4] + " " + s[4:], "ccgap": s[:2] + " " + s[2:]}[fmt]
    return v, f"{cc}_{fmt}"


def bad_iban(r):
    v, _ = iban(r, fmt=r.choice(["grouped", "compact"]))
    raw = v.replace(" ", "")
    for _ in range(200):
        digits = [k for k in range(2, len(raw)) if raw[k].isdigit()]
        i = r.choice(digits)
        nd = str((int(raw[i]) + r.randint(1, 9)) % 10)
        s = raw[:i] + nd + raw[i + 1:]
        if _mod97(s[4:] + s[:4]) != 1:
            break
    return " ".join(s[k:k + 4] for k in range(0, len(s), 4)) if " " in v else s


# ----------------------------------------------------------------------------------------- PHONE
def phone(r, cc=None, form=None, ext=False):
    cc = cc or r.choice(["de", "fr", "at", "ch", "uk", "us", "nl", "be", "es", "it", "pl", "ie", "lu", "se", "dk", "pt"])
    d = lambda n: rs(r, DG, n)
    nz = lambda: r.choice("23456789")
    form = form or r.choice(["national", "intl", "e164"])
    if cc == "de":
        area, sub = r.choice([("30", nz() + d(7)), ("89", nz() + d(6)), ("40", nz() + d(6)), ("221", nz() + d(6)), ("711", nz() + d(5)), ("69", nz() + d(7)),
                              ("15" + r.choice("1257") + d(1), d(7)), ("17" + r.choice("0125678"), d(7)), ("16" + r.choice("023"), d(7))])
        nat = r.choice([f"0{area} {sub}", f"0{area}/{sub}", f"(0{area}) {sub}", f"0{area}-{sub}", f"0{area} {sub[:3]} {sub[3:]}"])
        intl = r.choice([f"+49 {area} {sub}", f"+49 (0){area} {sub}", f"0049 {area} {sub}", f"+49-{area}-{sub}"])
        e164 = f"+49{area}{sub}"
    elif cc in ("fr", "lu") and cc == "fr":
        first = r.choice("1234567")
        g = [d(2) for _ in range(4)]
        nat = r.choice([f"0{first} {' '.join(g)}", f"0{first}.{'.'.join(g)}", f"0{first}{''.join(g)}", f"0{first}-{'-'.join(g)}"])
        intl = r.choice([f"+33 {first} {' '.join(g)}", f"+33 (0){first} {' '.join(g)}", f"0033 {first} {' '.join(g)}", f"+33 {first}{''.join(g)}"])
        e164 = f"+33{first}{''.join(g)}"
    elif cc == "at":
        area, sub = r.choice([("1", nz() + d(6)), ("664", d(7)), ("676", d(7)), ("316", nz() + d(5)), ("512", nz() + d(5)), ("699", d(8))])
        nat = r.choice([f"0{area} {sub}", f"0{area}/{sub}", f"0{area} {sub[:3]} {sub[3:]}"])
        intl = r.choice([f"+43 {area} {sub}", f"+43 (0){area} {sub}", f"0043 {area} {sub}"])
        e164 = f"+43{area}{sub}"
    elif cc == "ch":
        area = r.choice(["44", "43", "31", "61", "21", "22", "79", "78", "76", "71"])
        a, b, c = nz() + d(2), d(2), d(2)
        nat = f"0{area} {a} {b} {c}"
        intl = r.choice([f"+41 {area} {a} {b} {c}", f"0041 {area} {a} {b} {c}", f"+41 (0){area} {a} {b} {c}"])
        e164 = f"+41{area}{a}{b}{c}"
    elif cc == "uk":
        kind = r.randint(0, 2)
        if kind == 0:
            a, b = "20", (r.choice("378") + d(3), d(4))
            nat, intl = f"020 {b[0]} {b[1]}", f"+44 20 {b[0]} {b[1]}"
            e164 = f"+4420{b[0]}{b[1]}"
        elif kind == 1:
            m = "7" + r.choice("4579") + d(2)
            s = d(6)
            nat, intl, e164 = f"0{m} {s}", f"+44 {m} {s}", f"+44{m}{s}"
        else:
            area = r.choice(["161", "131", "121", "113", "117"])
            s = nz() + d(6)
            nat, intl, e164 = f"0{area} {s[:3]} {s[3:]}", f"+44 {area} {s[:3]} {s[3:]}", f"+44{area}{s}"
        intl = r.choice([intl, intl.replace("+44 ", "+44 (0)")])
    elif cc == "us":
        a, x, s = nz() + d(2), nz() + d(2), d(4)
        nat = r.choice([f"({a}) {x}-{s}", f"{a}-{x}-{s}", f"{a}.{x}.{s}", f"1-{a}-{x}-{s}"])
        intl = r.choice([f"+1 {a} {x} {s}", f"+1 ({a}) {x}-{s}", f"+1-{a}-{x}-{s}"])
        e164 = f"+1{a}{x}{s}"
    elif cc == "nl":
        if r.random() < 0.5:
            s = d(8); nat, intl, e164 = f"06 {s}", f"+31 6 {s}", f"+316{s}"
            nat = r.choice([nat, f"06-{s}"])
        else:
            area = r.choice(["20", "10", "70", "30"]); s = nz() + d(6)
            nat, intl, e164 = f"0{area} {s[:3]} {s[3:]}", f"+31 {area} {s[:3]} {s[3:]}", f"+31{area}{s}"
    elif cc == "be":
        if r.random() < 0.5:
            m = "4" + r.choice("789") + d(1); g = [d(2) for _ in range(3)]
            nat, intl, e164 = f"0{m} {' '.join(g)}", f"+32 {m} {' '.join(g)}", f"+32{m}{''.join(g)}"
        else:
            a = r.choice(["2", "3", "9"]); s = nz() + d(6)
            nat, intl, e164 = f"0{a} {s[:3]} {s[3:5]} {s[5:]}", f"+32 {a} {s[:3]} {s[3:5]} {s[5:]}", f"+32{a}{s}"
    elif cc == "es":
        s = r.choice("69") + d(8)
        nat, intl, e164 = f"{s[:3]} {s[3:6]} {s[6:]}", f"+34 {s[:3]} {s[3:6]} {s[6:]}", f"+34{s}"
    elif cc == "it":
        if r.random() < 0.5:
            s = "3" + r.choice("2345") + d(1) + d(7)
            nat, intl, e164 = f"{s[:3]} {s[3:6]} {s[6:]}", f"+39 {s[:3]} {s[3:6]} {s[6:]}", f"+39{s}"
        else:
            s = "0" + r.choice(["2", "6"]) + d(8)
            nat, intl, e164 = f"{s[:2]} {s[2:6]} {s[6:]}", f"+39 {s[:2]} {s[2:6]} {s[6:]}", f"+39{s}"
    elif cc == "pl":
        s = r.choice("5678") + d(8)
        nat, intl, e164 = f"{s[:3]} {s[3:6]} {s[6:]}", f"+48 {s[:3]} {s[3:6]} {s[6:]}", f"+48{s}"
    elif cc == "ie":
        s = "8" + r.choice("3567") + d(7)
        nat, intl, e164 = f"0{s[:2]} {s[2:5]} {s[5:]}", f"+353 {s[:2]} {s[2:5]} {s[5:]}", f"+353{s}"
    elif cc == "lu":
        s = "6" + r.choice("269") + "1" + d(6)
        nat, intl, e164 = f"{s[:3]} {s[3:6]} {s[6:]}", f"+352 {s[:3]} {s[3:6]} {s[6:]}", f"+352{s}"
    elif cc == "se":
        s = "7" + r.choice("0236") + d(7)
        nat, intl, e164 = f"0{s[:2]}-{s[2:5]} {s[5:7]} {s[7:]}", f"+46 {s[:2]} {s[2:5]} {s[5:7]} {s[7:]}", f"+46{s}"
    elif cc == "dk":
        s = nz() + d(7)
        nat, intl, e164 = f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"+45 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"+45{s}"
    else:  # pt
        s = "9" + r.choice("1236") + d(7)
        nat, intl, e164 = f"{s[:3]} {s[3:6]} {s[6:]}", f"+351 {s[:3]} {s[3:6]} {s[6:]}", f"+351{s}"
    v = {"national": nat, "intl": intl, "e164": e164}[form]
    variant = f"{cc}_{form}"
    if ext:
        if cc in ("de", "at") and form != "e164" and r.random() < 0.5 and " " in v and "/" not in v:
            v = v + "-" + d(r.choice([2, 3]))
        else:
            v = v + r.choice([" ext. ", " x", " ext ", " x ", " poste " if cc in ("fr", "be", "ch", "lu") else " ext. "]) + d(r.choice([2, 3, 4]))
        variant += "_ext"
    return v, variant


# ------------------------------------------------------------------------------------------- IP
def ip(r, kind=None):
    kind = kind or r.choices(["v4_public", "v4_private", "v6_full", "v6_compressed", "v6_mapped", "defang_last", "defang_all", "defang_paren"],
                             weights=[6, 4, 1, 3, 1, 1, 1, 1])[0]
    def pub4():
        while True:
            a = r.choice([r.randint(1, 223), 185, 91, 78, 46, 151, 212, 88, 217, 37, 145, 193, 62, 80, 5, 176, 203, 198, 192])
            if a in (10, 127, 0, 169, 172, 100):
                continue
            s = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            if a == 192 and s.startswith("192.168."):
                continue
            return s
    if kind == "v4_public" or kind.startswith("defang"):
        v = pub4()
        if kind == "defang_last":
            i = v.rfind("."); v = v[:i] + "[.]" + v[i + 1:]
        elif kind == "defang_all":
            v = v.replace(".", "[.]")
        elif kind == "defang_paren":
            i = v.rfind("."); v = v[:i] + "(.)" + v[i + 1:]
    elif kind == "v4_private":
        v = r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    elif kind == "v6_full":
        pre = r.choice(["2001:0db8", "2a02:0810", "2a01:04f8", "2600:1f18", "fd12:3456"])
        v = pre + ":" + ":".join(rs(r, HEX, 4) for _ in range(6))
    elif kind == "v6_compressed":
        pre = r.choice(["2001:db8", "2a02:810", "2a01:4f8", "2606:4700", "fe80:", "2a00:1450"])
        tail = ":".join(format(r.randint(0, 65535), "x") for _ in range(r.randint(1, 3)))
        mid = ":" + format(r.randint(1, 65535), "x") if r.random() < 0.5 and not pre.endswith(":") else ""
        v = pre + mid + "::" + tail if not pre.endswith(":") else pre + ":" + tail
    else:
        v = "::ffff:" + pub4()
    return v, kind


# ---------------------------------------------------------------------------------------- EMAIL
FIRST = ["anna", "lukas", "marie", "jonas", "chloe", "hugo", "lea", "noah", "emma", "felix", "ines", "tom", "sophie", "mateo",
         "jana", "paul", "camille", "theo", "amelie", "olivier", "greta", "malik", "nele", "yusuf", "clara", "remi"]
LAST = ["weber", "martin", "schulz", "dubois", "hoffmann", "lefevre", "brennan", "okafor", "kowalski", "moreau", "vogel",
        "garnier", "lindqvist", "rossi", "fontaine", "krause", "bergmann", "petit", "oconnor", "yilmaz", "roux", "haas"]
DOMAINS = ["posteo.de", "gmx.net", "web.de", "orange.fr", "free.fr", "gmail.com", "outlook.com", "proton.me", "t-online.de",
           "laposte.net", "mailbox.org", "icloud.com", "bluewin.ch", "gmx.at", "yahoo.fr", "hotmail.co.uk", "sfr.fr"]
SHOP_DOMAINS = ["ladenzeile-kranich.de", "atelier-roux.fr", "northwind-supply.com", "velo-kontor.de", "maison-lumen.fr",
                "bergschuh.at", "kiosque-bleu.fr", "teeladen-ostwind.de", "harbor-goods.co.uk", "papeterie-sable.fr"]


def email(r, kind=None):
    kind = kind or r.choices(["plain", "plus_tag", "subdomain", "idn", "unicode_local", "dotted", "role"], weights=[6, 2, 2, 1, 1, 2, 2])[0]
    f, l = r.choice(FIRST), r.choice(LAST)
    if kind == "plain":
        v = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{r.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}"]) + "@" + r.choice(DOMAINS)
    elif kind == "plus_tag":
        v = f"{f}.{l}+{r.choice(['shop', 'orders', 'amazon', 'newsletter', 'rma', 'etsy', '2024'])}@{r.choice(DOMAINS)}"
    elif kind == "subdomain":
        v = f"{r.choice([f, 'orders', 'support', 'noreply', 'kundenservice', 'sav'])}@{r.choice(['mail', 'eu', 'shop', 'intern', 'mx'])}.{r.choice(SHOP_DOMAINS)}"
    elif kind == "idn":
        v = f"{f}@{r.choice(['müller-shop.de', 'bäckerei-kühn.de', 'crème-brûlée.fr', 'grün-und-gut.at', 'café-étoile.fr'])}"
    elif kind == "unicode_local":
        v = f"{r.choice(['jürgen', 'zoë', 'françois', 'björn', 'hélène', 'müge', 'andré'])}.{l}@{r.choice(DOMAINS)}"
    elif kind == "dotted":
        v = f"{f}.{r.choice(['a', 'm', 'j'])}.{l}@{r.choice(DOMAINS + SHOP_DOMAINS)}"
    else:
        v = f"{r.choice(['buchhaltung', 'compta', 'billing', 'service', 'bestellungen', 'commandes', 'returns', 'it-ops'])}@{r.choice(SHOP_DOMAINS)}"
    return v, kind
