#!/usr/bin/env python3
"""structured-v9 blind set generator. python3 gen.py -> set.jsonl (byte-identical on every run)."""
import json
import random
import collections
import values as V
import secrets_tab as S
import orders_negs as O
import frames as F

R = random.Random(16_0926_1206)
STATS = collections.Counter()


# ------------------------------------------------------------------ document builder
class Doc:
    def __init__(self):
        self.parts, self.b, self.spans, self.negs = [], 0, [], []

    def t(self, s):
        self.parts.append(s)
        self.b += len(s.encode())

    def v(self, s, typ, var):
        st = self.b
        self.t(s)
        self.spans.append({"start": st, "end": self.b, "type": typ, "variant": var, "value": s})

    def n(self, s, kind):
        st = self.b
        self.t(s)
        self.negs.append({"start": st, "end": self.b, "type": "NEGATIVE_" + kind, "value": s})

    def segs(self, sg):
        for x in sg:
            if x[0] == "t":
                self.t(x[1])
            elif x[0] == "v":
                self.v(x[1], x[2], x[3])
            else:
                self.n(x[1], x[2])

    def text(self):
        return "".join(self.parts)


def P(s, typ, var):
    return [("v", s, typ, var)]


def T(s):
    return ("t", s)


# ------------------------------------------------------------------ positive values
STRUCT = ("struct", "csv", "xml", "urlenc", "json")


def email_val(R, ctx):
    kind = R.choice(V.EMAIL_KINDS)
    e = V.email_make(R, kind)
    STATS["email_kind:" + kind] += 1
    if ctx == "urlenc":
        return [("v", e.replace("@", "%40").replace("+", "%2B"), "EMAIL", kind + "_urlenc")]
    if ctx in ("json", "jsonesc") and R.random() < 0.12:
        return [("v", e.replace("@", "\\u0040"), "EMAIL", kind + "_json_u0040")]
    if ctx == "xml" and R.random() < 0.2:
        return [("v", e.replace("@", "&#64;"), "EMAIL", kind + "_xml_entity")]
    if ctx in STRUCT or ctx == "jsonesc":
        if R.random() < 0.15:
            return [("v", e.upper() if R.random() < 0.5 else e.capitalize(), "EMAIL", kind + "_case")]
        return [("v", e, "EMAIL", kind)]
    r = R.random()
    if r < 0.15:
        return [T("<"), ("v", e, "EMAIL", kind + "_angle"), T(">")]
    if r < 0.22:
        return [T("mailto:"), ("v", e, "EMAIL", kind + "_mailto")]
    if r < 0.3:
        return [("v", e.upper() if R.random() < 0.5 else e.capitalize(), "EMAIL", kind + "_case")]
    if r < 0.35 and "+" not in e:
        loc, dom = e.split("@")
        ob = R.choice([" [at] ", " (at) ", "[at]", " at "])
        dd = dom.replace(".", R.choice([" [dot] ", " (dot) ", "."]))
        return [("v", loc + ob + dd, "EMAIL", kind + "_obfuscated")]
    return [("v", e, "EMAIL", kind)]


def phone_val(R, lang, ctx):
    cc = R.choice(V.PHONE_COUNTRY_W[lang])
    STATS["phone_cc:" + cc] += 1
    if ctx == "transcript":
        while True:
            p = V.phone_spoken(R, cc, lang)
            if not V.luhn_risky(p):
                return [("v", p, "PHONE", "spoken_groups")]
    form = R.choice(V.PHONE_FORMS)
    if ctx in STRUCT and form == "ext":
        form = "intl"
    while True:
        p = V.phone_render(R, cc, form, lang)
        if not V.luhn_risky(p):
            break
    if ctx == "urlenc":
        return [("v", p.replace("+", "%2B").replace(" ", "+").replace("(", "%28").replace(")", "%29").replace("/", "%2F"), "PHONE", form + "_urlenc")]
    if ctx == "prose" and R.random() < 0.08 and form in ("intl", "e164"):
        return [T("tel:"), ("v", p.replace(" ", ""), "PHONE", "tel_uri")]
    return [("v", p, "PHONE", form)]


def card_val(R, lang, ctx):
    iss = R.choice(list(V.ISSUERS))
    d = V.card_digits(R, iss)
    STATS["card_issuer:" + iss] += 1
    if ctx == "transcript":
        return [("v", V.card_spoken(R, d, lang), "CREDIT_CARD", "spoken_groups")]
    forms = V.CARD_FORMS_SAFE if ctx in STRUCT or ctx == "jsonesc" else V.CARD_FORMS_PROSE
    form = R.choice(forms)
    s = V.card_render(R, d, form)
    if ctx == "urlenc":
        s = s.replace(" ", "+") if form in ("space", "everydigit_space") else d
        form = form + "_urlenc" if form in ("space", "everydigit_space") else "plain_urlenc"
    return [("v", s, "CREDIT_CARD", form)]


def iban_val(R, lang, ctx):
    pool = {"en": ["GB", "IE", "NL", "DE", "FR", "ES", "PT", "IT"], "de": ["DE", "DE", "AT", "CH", "LU", "LI", "NL", "PL", "CZ", "HU", "HR"],
            "fr": ["FR", "FR", "BE", "BE", "LU", "CH", "MC", "IT", "ES"]}[lang]
    cc = R.choice(pool) if R.random() < 0.55 else R.choice(list(V.IBAN_REG))
    ib = V.iban_make(R, cc)
    STATS["iban_cc:" + cc] += 1
    if ctx == "transcript":
        g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        return [("v", R.choice([", ", " ... ", " - "]).join(g), "IBAN", "spoken_groups")]
    forms = V.IBAN_FORMS if ctx in STRUCT or ctx == "jsonesc" else V.IBAN_FORMS_PROSE
    form = R.choice(forms)
    s = V.iban_render(R, ib, form)
    if ctx == "urlenc":
        s = s.replace(" ", "+")
        form += "_urlenc"
    return [("v", s, "IBAN", form)]


def ip_val(R, ctx):
    r = R.random()
    if ctx in STRUCT or ctx == "jsonesc":
        k = R.choice(["v4", "v4", "v4_priv", "v6_compressed", "v6_full", "v6_mapped"])
        ip = {"v4": lambda: V.ipv4(R), "v4_priv": lambda: V.ipv4(R, "priv"), "v6_compressed": lambda: V.ipv6(R, "comp"),
              "v6_full": lambda: V.ipv6(R, "full"), "v6_mapped": lambda: V.ipv6(R, "mapped")}[k]()
        if ctx == "urlenc" and ":" in ip:
            return [("v", ip.replace(":", "%3A"), "IP_ADDRESS", k + "_urlenc")]
        return [("v", ip, "IP_ADDRESS", k)]
    k = R.choice(["v4", "v4_priv", "v4_port", "v4_bracket", "v4_paren", "v4_userat", "v4_cidr", "v4_url", "defang_last",
                  "defang_all", "defang_paren", "defang_dot_word", "hxxp", "hxxps_port", "v6_compressed", "v6_full",
                  "v6_bracket_port", "v6_mapped", "v6_loop", "v6_linklocal", "v6_ula", "v4_loop"])
    ip4 = V.ipv4(R)
    if k == "v4":
        return [("v", ip4, "IP_ADDRESS", k)]
    if k == "v4_priv":
        return [("v", V.ipv4(R, "priv"), "IP_ADDRESS", k)]
    if k == "v4_loop":
        return [("v", "127.0.0.1", "IP_ADDRESS", k)]
    if k == "v4_port":
        return [("v", ip4, "IP_ADDRESS", k), T(":" + str(R.choice([22, 443, 8080, 3306, 5432, 6379, 25, 8443])))]
    if k == "v4_bracket":
        return [T("["), ("v", ip4, "IP_ADDRESS", k), T("]")]
    if k == "v4_paren":
        return [T("("), ("v", ip4, "IP_ADDRESS", k), T(")")]
    if k == "v4_userat":
        return [T(R.choice(["root@", "deploy@", "ubuntu@", "admin@"])), ("v", ip4, "IP_ADDRESS", k)]
    if k == "v4_cidr":
        return [("v", ip4, "IP_ADDRESS", k), T("/" + str(R.choice([24, 32, 16, 28])))]
    if k == "v4_url":
        return [T(R.choice(["http://", "https://"])), ("v", ip4, "IP_ADDRESS", k), T(R.choice(["/admin", ":8080/", "/wp-login.php", "/checkout"]))]
    a, b, c, d = ip4.split(".")
    if k == "defang_last":
        return [("v", "%s.%s.%s[.]%s" % (a, b, c, d), "IP_ADDRESS", k)]
    if k == "defang_all":
        return [("v", "[.]".join([a, b, c, d]), "IP_ADDRESS", k)]
    if k == "defang_paren":
        return [("v", "(.)".join([a, b, c, d]), "IP_ADDRESS", k)]
    if k == "defang_dot_word":
        return [("v", "[dot]".join([a, b, c, d]), "IP_ADDRESS", k)]
    if k == "hxxp":
        return [T("hxxp://"), ("v", "%s.%s.%s[.]%s" % (a, b, c, d), "IP_ADDRESS", k), T("/" + R.choice(["gate.php", "pay/confirm", "x.sh"]))]
    if k == "hxxps_port":
        return [T("hxxps://"), ("v", "%s[.]%s.%s.%s" % (a, b, c, d), "IP_ADDRESS", k), T(":" + str(R.choice([8443, 4443, 9001])))]
    if k == "v6_bracket_port":
        return [T("["), ("v", V.ipv6(R, "comp"), "IP_ADDRESS", k), T("]:" + str(R.choice([443, 8443, 22])))]
    m = {"v6_compressed": "comp", "v6_full": "full", "v6_mapped": "mapped", "v6_loop": "loop", "v6_linklocal": "linklocal", "v6_ula": "ula"}
    return [("v", V.ipv6(R, m[k]), "IP_ADDRESS", k)]


def order_val(R, ctx):
    sch = R.choice(O.ORDER_SCHEMES)
    o = O.order_make(R, sch)
    if ctx == "transcript" and sch in ("amazon_3_7_7", "ebay_2_5_5", "zalando", "magento_default", "shopware_default", "year_prefixed"):
        d = V.only_digits(o)
        g = [d[i:i + 3] for i in range(0, len(d), 3)]
        return [("v", R.choice([", ", " ", " - "]).join(g), "ORDER_NUMBER", sch + "_spoken")], sch
    if ctx == "urlenc" and o.startswith("#"):
        return [("v", "%23" + o[1:], "ORDER_NUMBER", sch + "_urlenc")], sch
    return [("v", o, "ORDER_NUMBER", sch)], sch


def pos_val(R, lang, typ, ctx):
    if typ == "EMAIL":
        return email_val(R, ctx)
    if typ == "PHONE":
        return phone_val(R, lang, ctx)
    if typ == "CREDIT_CARD":
        return card_val(R, lang, ctx)
    if typ == "IBAN":
        return iban_val(R, lang, ctx)
    if typ == "IP_ADDRESS":
        return ip_val(R, ctx)
    if typ == "ORDER_NUMBER":
        return order_val(R, ctx)[0]
    raise ValueError(typ)


# ------------------------------------------------------------------ secrets in context
def secret_kv(R, style):
    """a key=value style secret. style: env|json|yaml|xml|urlenc|toml|ini|php"""
    kind = R.choice(S.SECRET_KINDS)
    key = S.keyname(R, kind)
    val = S.gen_secret(R, kind)
    STATS["secret:" + kind] += 1
    if style == "urlenc":
        val2 = val.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D").replace("$", "%24").replace("~", "%7E")
        return [T(key.lower().replace(".", "_").replace("/", "").replace(":", "") + "="), ("v", val2, "SECRET", kind)]
    if style == "env":
        q = R.choice(["", '"', "'"]) if " " not in val else '"'
        return [T(key.upper().replace(".", "_").replace("-", "_").replace("/", "").replace(":", "") + "=" + q), ("v", val, "SECRET", kind), T(q)]
    if style == "json":
        return [T('"%s": "' % key), ("v", val, "SECRET", kind), T('"')]
    if style == "yaml":
        return [T("%s: " % key.lower().replace("-", "_")), ("v", val, "SECRET", kind)]
    if style == "xml":
        tag = key.lower().replace(".", "_").replace("/", "").replace(":", "").replace("-", "_")
        return [T("<%s>" % tag), ("v", val.replace("&", "&amp;"), "SECRET", kind), T("</%s>" % tag)]
    if style == "php":
        return [T("'%s' => '" % key.lower()), ("v", val, "SECRET", kind), T("',")]
    if style == "prose":
        if S.KINDS[kind][2] or R.random() < 0.4:
            return [T(key + R.choice(["=", ": ", " = "])), ("v", val, "SECRET", kind)]
        return [("v", val, "SECRET", kind)]
    raise ValueError(style)


def secret_special(R, lang, ctx):
    """conn strings, auth headers, webhooks, PEM, git remote, CLI."""
    k = R.choice(["conn", "conn", "jdbc", "ado", "bearer", "bearer_jwt", "basic", "webhook", "webhook", "pem", "git_remote",
                  "mysql_cli", "docker_login", "curl_u", "azure_storage", "api_key_header", "url_query"])
    pw = S.gen_secret(R, "password")
    host = R.choice(["db.internal", V.ipv4(R, "priv"), "prod-shop.cluster-c7x.eu-central-1.rds.amazonaws.com", "mongo0.shop.local", "redis.intern"])
    user = R.choice(["shop", "app_rw", "magento", "woo_admin", "sw6", "presta", "reporting"])

    def hostseg(h):
        if h[0].isdigit():
            return ("v", h, "IP_ADDRESS", "conn_host")
        return T(h)
    if k == "conn":
        sch = R.choice(["postgres://", "postgresql://", "mysql://", "mongodb+srv://", "redis://", "amqp://", "smtp://", "mssql://"])
        var = "conn_" + sch.split(":")[0].replace("+srv", "")
        STATS["secret:" + var] += 1
        return [T(sch + user + ":"), ("v", pw, "SECRET", var), T("@"), hostseg(host), T(":%d/%s" % (R.choice([5432, 3306, 27017, 6379, 5672, 587]), R.choice(["shop", "orders", "prod", "0"])))]
    if k == "jdbc":
        STATS["secret:jdbc"] += 1
        return [T("jdbc:mysql://"), hostseg(host), T(":3306/shop?user=%s&password=" % user), ("v", pw, "SECRET", "jdbc_password"), T("&useSSL=true")]
    if k == "ado":
        STATS["secret:ado"] += 1
        return [T("Server=tcp:"), hostseg(host), T(",1433;Database=Orders;User Id=%s;Password=" % user), ("v", pw, "SECRET", "ado_password"), T(";Encrypt=True;")]
    if k == "bearer":
        kind = R.choice(["shopify_access", "github_pat", "openai_proj", "generic_b62", "stripe_sk_live", "hubspot", "vault_service", "anthropic_api"])
        STATS["secret:auth_bearer"] += 1
        return [T("Authorization: Bearer "), ("v", S.gen_secret(R, kind), "SECRET", "auth_bearer_" + kind)]
    if k == "bearer_jwt":
        STATS["secret:auth_bearer_jwt"] += 1
        return [T(R.choice(["Authorization: Bearer ", "authorization: bearer ", "-H 'Authorization: Bearer "])), ("v", S.jwt(R), "SECRET", "auth_bearer_jwt")]
    if k == "basic":
        import base64
        b = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
        STATS["secret:auth_basic"] += 1
        return [T("Authorization: Basic "), ("v", b, "SECRET", "auth_basic")]
    if k == "webhook":
        w = R.choice(S.WEBHOOKS)
        STATS["secret:webhook_" + w] += 1
        return [("v", S.webhook(R, w), "SECRET", "webhook_" + w)]
    if k == "pem":
        pk = R.choice(S.PEM_KINDS)
        blk = S.pem_block(R, pk)
        STATS["secret:pem_" + pk] += 1
        if ctx == "jsonesc":
            return [T('"private_key": "'), ("v", blk.replace("\n", "\\n") + "\\n", "SECRET", "pem_jsonesc_" + pk), T('"')]
        return [("v", blk, "SECRET", "pem_" + pk)]
    if k == "git_remote":
        kind = R.choice(["gitlab_pat", "github_pat", "github_fine", "gitlab_deploy"])
        STATS["secret:git_url_token"] += 1
        return [T("https://" + R.choice(["oauth2", "x-access-token", "gitlab-ci-token", user]) + ":"), ("v", S.gen_secret(R, kind), "SECRET", "git_url_" + kind),
                T("@" + R.choice(["gitlab.com/shop/backend.git", "github.com/maison-lumiere/theme.git", "git.nordlicht.de/ops/infra.git"]))]
    if k == "mysql_cli":
        STATS["secret:password_cli"] += 1
        return [T("mysql -h "), hostseg(host), T(" -u %s -p" % user), ("v", pw, "SECRET", "password_cli"), T(" shop")]
    if k == "docker_login":
        STATS["secret:docker_login"] += 1
        return [T("docker login -u %s -p " % user), ("v", S.gen_secret(R, "dockerhub"), "SECRET", "docker_login_pat"), T(" registry.gitlab.com")]
    if k == "curl_u":
        STATS["secret:curl_u"] += 1
        return [T("curl -u %s:" % R.choice(["ck_" + V.rs(R, V.HEX, 40), user])), ("v", R.choice([pw, "cs_" + V.rs(R, V.HEX, 40)]), "SECRET", "curl_user_pw"),
                T(" https://%s/wp-json/wc/v3/orders" % R.choice(["shop.example-velo.ch", "boutique-celeste.fr"]))]
    if k == "azure_storage":
        STATS["secret:azure_storage_key"] += 1
        return [T("DefaultEndpointsProtocol=https;AccountName=shopassets;AccountKey="), ("v", V.rs(R, S.B64, 86) + "==", "SECRET", "azure_storage_key"), T(";EndpointSuffix=core.windows.net")]
    if k == "api_key_header":
        kind = R.choice(["sendgrid", "brevo", "generic_hex", "algolia_admin", "shopify_access", "mollie"])
        hdr = {"shopify_access": "X-Shopify-Access-Token: ", "algolia_admin": "X-Algolia-API-Key: ", "brevo": "api-key: "}.get(kind, "X-API-Key: ")
        STATS["secret:api_key_header"] += 1
        return [T(hdr), ("v", S.gen_secret(R, kind), "SECRET", "header_" + kind)]
    if k == "url_query":
        kind = R.choice(["google_api", "generic_b62", "mailchimp", "generic_hex"])
        STATS["secret:url_query"] += 1
        return [T("https://api.%s/v2/orders?%s=" % (R.choice(["versand-partner.de", "dropship.io", "maps.googleapis.com"]), R.choice(["api_key", "key", "access_token", "apikey"]))), ("v", S.gen_secret(R, kind), "SECRET", "url_query_" + kind)]
    raise ValueError(k)


# ------------------------------------------------------------------ negatives in context
def neg_val(R, lang, kind, ctx):
    if kind == "CERTIFICATE" and ctx in STRUCT + ("jsonesc",):
        raise ValueError("multiline negative in struct")
    while True:
        v = O.neg_value(R, kind, lang)
        if ctx in STRUCT + ("jsonesc",) and any(c in v for c in '"<>&\n\\'):
            continue
        return v


def neg_prose(R, lang, kind):
    lab = R.choice(O.NEG_LABELS[kind][lang])
    v = neg_val(R, lang, kind, "prose")
    sep = R.choice([": ", " ", " : "]) if lang == "fr" else R.choice([": ", " "])
    if "\n" in v:
        sep = ":\n"
    return [T(lab + sep), ("n", v, kind)]


NEG_W = ["SKU", "TRACKING", "EAN", "DATE", "DATE", "POSTCODE", "VAT_ID", "INVOICE", "TICKET", "AMOUNT", "AMOUNT", "MODEL",
         "CUSTOMER_NUMBER", "UUID", "HASH", "VERSION", "VERSION_IPLIKE", "CARD_LUHN", "MASKED_CARD", "RMA", "TAX_NUMBER", "BIC",
         "SIRET", "PLACEHOLDER", "PLACEHOLDER", "PUBLIC_KEY", "PAYMENT_ID", "COUPON", "CREDIT_NOTE", "DELIVERY_NOTE", "REQUEST_ID",
         "BLZ", "TIME", "DATETIME", "CERTIFICATE"]
NEG_SHOP = ["SKU", "TRACKING", "EAN", "DATE", "POSTCODE", "INVOICE", "TICKET", "AMOUNT", "MODEL", "CUSTOMER_NUMBER", "RMA",
            "MASKED_CARD", "CARD_LUHN", "COUPON", "CREDIT_NOTE", "DELIVERY_NOTE", "PAYMENT_ID", "VAT_ID"]
NEG_DEV = ["HASH", "UUID", "VERSION", "VERSION_IPLIKE", "PLACEHOLDER", "PLACEHOLDER", "PUBLIC_KEY", "REQUEST_ID", "DATETIME", "PAYMENT_ID"]


def pick_types(R, n, weights=None):
    types = weights or ["ORDER_NUMBER", "ORDER_NUMBER", "EMAIL", "PHONE", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "SECRET"]
    return [R.choice(types) for _ in range(n)]


# ------------------------------------------------------------------ prose helpers
def sentence(R, lang, typ, ctx="prose"):
    if typ == "SECRET":
        if R.random() < 0.45:
            return secret_special(R, lang, ctx)
        fr = R.choice(F.POS["SECRET"][lang])
        a, b = fr.split("{}")
        return [T(a)] + secret_kv(R, "prose") + [T(b)]
    if typ == "ORDER_NUMBER":
        segs, sch = order_val(R, ctx)
        fr = R.choice(F.POS[typ][lang])
        plat = O.PLATFORM_NAME.get(sch)
        if "{platform}" in fr:
            fr = fr.replace("{platform}", plat or {"en": "web shop", "de": "Webshop", "fr": "boutique en ligne"}[lang])
        a, b = fr.split("{}")
        return [T(a)] + segs + [T(b)]
    segs = pos_val(R, lang, typ, ctx)
    fr = R.choice(F.POS[typ][lang])
    a, b = fr.split("{}")
    return [T(a)] + segs + [T(b)]


def label_line(R, lang, typ, ctx="prose", sep=": "):
    """'Label: value' for positives or negatives."""
    if typ == "SECRET":
        return secret_kv(R, "env") if R.random() < 0.6 else secret_special(R, lang, ctx)
    if typ in F.LABEL:
        return [T(R.choice(F.LABEL[typ][lang]) + sep)] + pos_val(R, lang, typ, ctx)
    lab = R.choice(O.NEG_LABELS[typ][lang])
    v = neg_val(R, lang, typ, ctx)
    return [T(lab + (":\n" if "\n" in v else sep)), ("n", v, typ)]


def mixed_lines(R, lang, npos, nneg, negpool=None, ctx="prose", sentences=True):
    items = [("p", t) for t in pick_types(R, npos)] + [("n", R.choice(negpool or NEG_W)) for _ in range(nneg)]
    R.shuffle(items)
    out = []
    for kind, t in items:
        if kind == "p":
            out.append(sentence(R, lang, t, ctx) if sentences and R.random() < 0.7 else label_line(R, lang, t, ctx))
        else:
            out.append(neg_prose(R, lang, t))
    return out


def cap(segs):
    if segs and segs[0][0] == "t" and segs[0][1]:
        return [T(segs[0][1][0].upper() + segs[0][1][1:])] + segs[1:]
    return segs


def join(doc, lines, sep="\n", end=""):
    for i, l in enumerate(lines):
        if i:
            doc.t(sep)
        doc.segs(l)
    doc.t(end)


def signature(R, lang, doc):
    nm = R.choice(F.NAMES)
    doc.t("\n" + R.choice(F.CLOSE[lang]) + "\n" + nm + "\n")
    if R.random() < 0.6:
        doc.t(R.choice(F.SHOPS) + " · " + R.choice(F.STREETS) + ", ")
        doc.n(O.neg_value(R, "POSTCODE", lang), "POSTCODE")
        doc.t(" " + R.choice(F.CITIES[lang]) + "\n")
    if R.random() < 0.8:
        doc.t(R.choice(["", "T ", "Tel. ", "Tél. ", "M: ", "Mobil: ", "☎ "]))
        doc.segs(phone_val(R, lang, "sig"))
        doc.t("\n")
    if R.random() < 0.5:
        doc.segs(email_val(R, "sig"))
        doc.t("\n")
    if R.random() < 0.35:
        doc.t(R.choice(O.NEG_LABELS["VAT_ID"][lang]) + " ")
        doc.n(O.neg_value(R, "VAT_ID", lang), "VAT_ID")
        doc.t("\n")


# ------------------------------------------------------------------ registers
def reg_email(R, lang, doc):
    if R.random() < 0.7:
        subj = {"en": ["Subject: ", "Re: ", "Fwd: "], "de": ["Betreff: ", "AW: ", "WG: "], "fr": ["Objet : ", "RE : ", "TR : "]}[lang]
        doc.t(R.choice(subj) + R.choice(F.LABEL["ORDER_NUMBER"][lang]) + " ")
        doc.segs(order_val(R, "prose")[0])
        doc.t("\n\n")
    doc.t(R.choice(F.GREET[lang]).format(n=R.choice(F.NAMES).split()[0]) + "\n\n")
    lines = mixed_lines(R, lang, R.randint(2, 4), R.randint(1, 3), NEG_SHOP)
    lines.insert(R.randint(0, len(lines)), [T(R.choice(F.FILLER[lang]))])
    join(doc, [cap(l) for l in lines], sep=R.choice([".\n", ". ", ".\n\n"]), end=".\n")
    signature(R, lang, doc)
    if R.random() < 0.45:
        hdr = {"en": "On %s, %s <%s> wrote:", "de": "Am %s schrieb %s <%s>:", "fr": "Le %s, %s <%s> a écrit :"}[lang]
        a, b = hdr.split("<%s>")
        dt = O.neg_value(R, "DATE", lang)
        doc.t("\n")
        pre = a.split("%s")
        doc.t(pre[0])
        doc.n(dt, "DATE")
        doc.t(pre[1] + R.choice(F.NAMES) + pre[2] + "<")
        e = V.email_make(R, "personal")
        doc.v(e, "EMAIL", "personal_quoted_header")
        doc.t(">" + b + "\n")
        for l in mixed_lines(R, lang, R.randint(1, 3), R.randint(0, 2), NEG_SHOP):
            doc.t("> ")
            doc.segs(cap(l))
            doc.t("\n")


def reg_chat(R, lang, doc):
    who = {"en": ["Customer", "Agent", "Bot"], "de": ["Kunde", "Mitarbeiterin", "Bot"], "fr": ["Client", "Conseiller", "Bot"]}[lang]
    for i in range(R.randint(3, 6)):
        doc.t("[")
        doc.n(O.neg_value(R, "TIME", lang), "TIME")
        doc.t("] %s: " % who[i % 2])
        if R.random() < 0.75:
            doc.segs(cap(sentence(R, lang, R.choice(pick_types(R, 1)))))
        else:
            doc.segs(neg_prose(R, lang, R.choice(NEG_SHOP)))
        doc.t("\n")


def reg_support_macro(R, lang, doc):
    name = {"en": "Macro: Refund confirmation", "de": "Makro: Erstattung bestätigen", "fr": "Macro : confirmation de remboursement"}[lang]
    doc.t("[%s] " % name)
    doc.n(R.choice(["{{ticket.requester.first_name}}", "{{customer.name}}", "%%first_name%%", "[[Vorname]]", "{prenom}"]), "TEMPLATE_VAR")
    doc.t("\n")
    doc.t(R.choice(F.GREET[lang]).format(n=R.choice(F.NAMES).split()[0]) + "\n")
    lines = [label_line(R, lang, "ORDER_NUMBER", "prose")]
    for t in pick_types(R, R.randint(1, 3), ["IBAN", "EMAIL", "PHONE", "CREDIT_CARD", "ORDER_NUMBER"]):
        lines.append(label_line(R, lang, t))
    for k in R.sample(["TICKET", "AMOUNT", "RMA", "DATE", "CREDIT_NOTE", "MASKED_CARD", "TRACKING"], R.randint(1, 3)):
        lines.append(neg_prose(R, lang, k))
    R.shuffle(lines)
    join(doc, lines, sep="\n", end="\n")
    doc.t({"en": "Agent note: ", "de": "Interne Notiz: ", "fr": "Note interne : "}[lang])
    doc.segs(sentence(R, lang, R.choice(["PHONE", "EMAIL", "ORDER_NUMBER", "IBAN"])))
    doc.t("\n")


def reg_crm_note(R, lang, doc):
    doc.t(R.choice(["CRM", "HubSpot note", "Salesforce Case Comment", "Notiz", "Note CRM"]) + " — ")
    doc.n(O.neg_value(R, "DATE", lang), "DATE")
    doc.t(" ")
    doc.n(O.neg_value(R, "TIME", lang), "TIME")
    doc.t(" — " + R.choice(F.NAMES) + "\n")
    abbrev = {"en": ["cust called", "cb requested", "spoke w/ cust", "VM left"], "de": ["Kd. rief an", "RR erbeten", "Kd. informiert", "AB besprochen"],
              "fr": ["cl. a appelé", "rappel demandé", "cl. informé", "msg vocal laissé"]}[lang]
    doc.t(R.choice(abbrev) + "; ")
    lines = mixed_lines(R, lang, R.randint(2, 4), R.randint(1, 3), NEG_SHOP + ["CUSTOMER_NUMBER", "CUSTOMER_NUMBER"])
    join(doc, lines, sep=R.choice(["; ", " / ", "\n- "]), end="\n")


def reg_seller_message(R, lang, doc):
    sch = R.choice(["amazon_3_7_7", "ebay_2_5_5", "etsy_receipt", "zalando", "otto_market", "bol", "cdiscount", "kaufland", "ebay_12digit"])
    plat = O.PLATFORM_NAME[sch]
    hdr = {"en": "Message from buyer via %s — Order ", "de": "Nachricht vom Käufer über %s – Bestellung ", "fr": "Message de l'acheteur via %s – Commande "}[lang]
    doc.t(hdr % plat)
    doc.v(O.order_make(R, sch), "ORDER_NUMBER", sch)
    doc.t("\n")
    if sch.startswith("amazon") or R.random() < 0.3:
        doc.t({"en": "From: ", "de": "Von: ", "fr": "De : "}[lang])
        doc.v(V.email_make(R, "marketplace_relay"), "EMAIL", "marketplace_relay")
        doc.t("\n")
    doc.t("\n")
    lines = mixed_lines(R, lang, R.randint(1, 3), R.randint(1, 2), ["SKU", "TRACKING", "EAN", "AMOUNT", "DATE", "RMA", "MODEL", "COUPON"],
                        sentences=True)
    join(doc, [cap(l) for l in lines], sep=". ", end=".\n")
    doc.t("\n--- %s ---\n" % {"en": "Seller reply", "de": "Antwort Verkäufer", "fr": "Réponse du vendeur"}[lang])
    lines = mixed_lines(R, lang, R.randint(0, 2), R.randint(1, 2), ["TRACKING", "TRACKING", "DATE", "AMOUNT", "RMA", "DELIVERY_NOTE"])
    if lines:
        join(doc, [cap(l) for l in lines], sep=". ", end=".\n")


def reg_order_confirmation(R, lang, doc):
    T_ = {"en": ["Thank you for your order!", "Order number", "Qty", "Subtotal", "Shipping to", "Payment", "Questions? Contact"],
          "de": ["Vielen Dank für Ihre Bestellung!", "Bestellnummer", "Menge", "Zwischensumme", "Lieferadresse", "Zahlung", "Fragen? Kontakt"],
          "fr": ["Merci pour votre commande !", "Numéro de commande", "Qté", "Sous-total", "Livraison à", "Paiement", "Des questions ? Contact"]}[lang]
    doc.t(R.choice(F.SHOPS) + "\n" + T_[0] + "\n\n" + T_[1] + ": ")
    segs, sch = order_val(R, "struct")
    doc.segs(segs)
    doc.t("\n")
    doc.n(O.neg_value(R, "DATE", lang), "DATE")
    doc.t("\n\n")
    for _ in range(R.randint(1, 3)):
        doc.t(R.choice(["Espresso-Mühle", "Leather wallet", "Bougie parfumée", "Bike light set", "Teekanne 1,2 l", "Carnet A5"]) + "  " + T_[2] + " %d  " % R.randint(1, 4))
        k = R.choice(["SKU", "EAN"])
        doc.t(R.choice(O.NEG_LABELS[k][lang]) + " ")
        doc.n(O.neg_value(R, k, lang), k)
        doc.t("  ")
        doc.n(O.neg_value(R, "AMOUNT", lang), "AMOUNT")
        doc.t("\n")
    doc.t(T_[3] + ": ")
    doc.n(O.neg_value(R, "AMOUNT", lang), "AMOUNT")
    doc.t("\n\n" + T_[4] + ":\n" + R.choice(F.NAMES) + "\n" + R.choice(F.STREETS) + "\n")
    doc.n(O.neg_value(R, "POSTCODE", lang), "POSTCODE")
    doc.t(" " + R.choice(F.CITIES[lang]) + "\n")
    doc.segs(label_line(R, lang, "PHONE", "struct"))
    doc.t("\n")
    doc.segs(label_line(R, lang, "EMAIL", "struct"))
    doc.t("\n\n" + T_[5] + ": ")
    if R.random() < 0.5:
        doc.t(R.choice(["Visa", "Mastercard", "Amex", "CB"]) + " ")
        doc.n(O.neg_value(R, "MASKED_CARD", lang), "MASKED_CARD")
    elif R.random() < 0.5:
        doc.t(R.choice(["SEPA-Lastschrift ", "SEPA Direct Debit ", "Prélèvement SEPA "]))
        doc.segs(iban_val(R, lang, "struct"))
    else:
        doc.t("PayPal, ")
        doc.n(O.neg_value(R, "PAYMENT_ID", lang), "PAYMENT_ID")
    doc.t("\n")
    if R.random() < 0.5:
        doc.segs(neg_prose(R, lang, "TRACKING"))
        doc.t("\n")
    doc.t(T_[6] + ": ")
    doc.v(V.email_make(R, "role"), "EMAIL", "role")
    doc.t("\n")


def reg_invoice(R, lang, doc):
    hd = {"en": "INVOICE", "de": "RECHNUNG", "fr": "FACTURE"}[lang]
    doc.t(R.choice(F.SHOPS) + " – " + R.choice(F.STREETS) + " – ")
    doc.n(O.neg_value(R, "POSTCODE", lang), "POSTCODE")
    doc.t(" " + R.choice(F.CITIES[lang]) + "\n" + hd + "\n")
    rows = [label_line(R, lang, "INVOICE"), label_line(R, lang, "DATE"),
            [T(R.choice(F.LABEL["ORDER_NUMBER"][lang]) + ": ")] + order_val(R, "struct")[0], label_line(R, lang, "CUSTOMER_NUMBER")]
    if R.random() < 0.5:
        rows.append(label_line(R, lang, "DELIVERY_NOTE"))
    join(doc, rows, sep="\n", end="\n\n")
    for _ in range(R.randint(1, 3)):
        doc.t("%d x " % R.randint(1, 5))
        doc.n(O.neg_value(R, "SKU", lang), "SKU")
        doc.t(" ........ ")
        doc.n(O.neg_value(R, "AMOUNT", lang), "AMOUNT")
        doc.t("\n")
    doc.t({"en": "Total incl. VAT: ", "de": "Gesamt inkl. MwSt.: ", "fr": "Total TTC : "}[lang])
    doc.n(O.neg_value(R, "AMOUNT", lang), "AMOUNT")
    doc.t("\n\n" + {"en": "Please pay within 14 days to:", "de": "Zahlbar innerhalb 14 Tagen auf:", "fr": "Règlement sous 14 jours sur :"}[lang] + "\n")
    doc.segs(label_line(R, lang, "IBAN", "struct"))
    doc.t("  ")
    doc.segs(label_line(R, lang, "BIC"))
    doc.t("\n")
    tail = [label_line(R, lang, "VAT_ID")]
    if lang == "de" or R.random() < 0.3:
        tail.append(label_line(R, lang, "TAX_NUMBER"))
    if lang == "fr" or R.random() < 0.2:
        tail.append(label_line(R, lang, "SIRET"))
    tail.append(label_line(R, lang, "PHONE", "struct"))
    tail.append(label_line(R, lang, "EMAIL", "struct"))
    join(doc, tail, sep=" | ", end="\n")


# ------------------------------------------------------------------ structured helpers
def secret_field(R, lang, ctx):
    r = R.random()
    if r < 0.7:
        kind = R.choice(S.SECRET_KINDS)
        STATS["secret:" + kind] += 1
        val = S.gen_secret(R, kind)
        if ctx == "xml":
            val = val.replace("&", "&amp;")
        key = S.keyname(R, kind)
        if ctx == "json":
            key = key.lower().replace("-", "_").replace("/", "").replace(":", "")
        return key, [("v", val, "SECRET", kind)]
    if r < 0.8:
        w = R.choice(S.WEBHOOKS)
        STATS["secret:webhook_" + w] += 1
        u = S.webhook(R, w)
        return R.choice(["webhook_url", "notify_url", "slack_webhook", "callback"]), [("v", u.replace("&", "&amp;") if ctx == "xml" else u, "SECRET", "webhook_" + w)]
    if r < 0.9 and ctx == "json":
        pk = R.choice(["rsa", "pkcs8", "ec", "openssh"])
        STATS["secret:pem_jsonesc_" + pk] += 1
        return "private_key", [("v", S.pem_block(R, pk).replace("\n", "\\n") + "\\n", "SECRET", "pem_jsonesc_" + pk)]
    segs = secret_special(R, lang, "struct")
    while any(x[0] != "v" and any(c in x[1] for c in '"<>&\n') for x in segs) or any(x[0] == "v" and "\n" in x[1] for x in segs) \
            or any(x[1].startswith(("Authorization", "authorization", "-H", "X-", "api-key", "docker", "mysql", "curl")) for x in segs if x[0] == "t"):
        segs = secret_special(R, lang, "struct")
    return R.choice(["dsn", "database_url", "connection", "endpoint", "remote", "uri"]), segs


def pos_field(R, lang, typ, ctx):
    if typ == "SECRET":
        return secret_field(R, lang, ctx)
    key = R.choice(F.JKEY[typ])
    if typ == "ORDER_NUMBER":
        segs, sch = order_val(R, ctx)
        return key, segs
    return key, pos_val(R, lang, typ, ctx)


def neg_field(R, lang, kind, ctx):
    if kind == "CERTIFICATE":
        kind = "PUBLIC_KEY"
    return R.choice(O.NEG_JKEY[kind]), [("n", neg_val(R, lang, kind, ctx), kind)]


def fields_for(R, lang, npos, nneg, ctx, types=None, negs=None):
    fs = [pos_field(R, lang, t, ctx) for t in pick_types(R, npos, types)] + \
         [neg_field(R, lang, R.choice(negs or NEG_W), ctx) for _ in range(nneg)]
    R.shuffle(fs)
    return fs


def emit_json(doc, obj, pretty, ind=0):
    """obj: list of (key, segs | list-of-fields)."""
    nl = "\n" if pretty else ""
    pad = "  " * (ind + 1) if pretty else ""
    doc.t("{" + nl)
    for i, (k, v) in enumerate(obj):
        doc.t(pad + '"%s":%s' % (k, " " if pretty else ""))
        if v and isinstance(v[0], tuple) and v[0][0] in ("t", "v", "n") and isinstance(v[0][1], str):
            doc.t('"')
            doc.segs(v)
            doc.t('"')
        else:
            emit_json(doc, v, pretty, ind + 1)
        doc.t(("," if i < len(obj) - 1 else "") + nl)
    doc.t(("  " * ind if pretty else "") + "}")


def reg_webhook_json(R, lang, doc):
    src = R.choice(["shopify", "woocommerce", "stripe", "shopware", "magento", "mollie"])
    if R.random() < 0.5:
        doc.t("POST /hooks/%s HTTP/1.1\nContent-Type: application/json\n" % src)
        if src == "shopify":
            doc.t("X-Shopify-Topic: orders/create\nX-Shopify-Hmac-Sha256: ")
            doc.n(V.rs(R, S.B64, 43) + "=", "SIGNATURE")
            doc.t("\n")
        elif src == "stripe":
            doc.t("Stripe-Signature: t=%d,v1=" % R.randint(1790000000, 1799999999))
            doc.n(V.rs(R, V.HEX, 64), "SIGNATURE")
            doc.t("\n")
        elif src == "woocommerce":
            doc.t("X-WC-Webhook-Signature: ")
            doc.n(V.rs(R, S.B64, 43) + "=", "SIGNATURE")
            doc.t("\n")
        doc.t("\n")
    order_key = {"shopify": "name", "woocommerce": "number", "stripe": "order_id", "shopware": "orderNumber", "magento": "increment_id", "mollie": "orderNumber"}[src]
    sch = {"shopify": "shopify_default", "woocommerce": "woocommerce_default", "shopware": "shopware_default", "magento": "magento_default"}.get(src, R.choice(O.ORDER_SCHEMES))
    if src in ("shopify",) and R.random() < 0.5:
        sch = R.choice(["shopify_prefix", "shopify_suffix", "shopify_prefix_suffix"])
    if src == "woocommerce" and R.random() < 0.5:
        sch = "woo_sequential"
    if src == "magento" and R.random() < 0.5:
        sch = R.choice(["magento_store_prefix", "magento_sequence_prefix"])
    if src == "shopware" and R.random() < 0.4:
        sch = "shopware_prefix"
    idk = R.choice(["UUID", "PAYMENT_ID"])
    body = [("id", [("n", O.neg_value(R, idk, lang), idk)])] if src in ("stripe", "mollie") else []
    body.append((order_key, [("v", O.order_make(R, sch), "ORDER_NUMBER", sch)]))
    cust = [pos_field(R, lang, "EMAIL", "json"), pos_field(R, lang, "PHONE", "json")]
    if R.random() < 0.5:
        cust.append(neg_field(R, lang, "CUSTOMER_NUMBER", "json"))
    body.append(("customer", cust))
    addr = [("address1", [T(R.choice(F.STREETS))]), ("zip", [("n", O.neg_value(R, "POSTCODE", lang), "POSTCODE")]), ("city", [T(R.choice(F.CITIES[lang]))])]
    if R.random() < 0.6:
        addr.append(pos_field(R, lang, "PHONE", "json"))
    body.append(("billing_address", addr))
    body += fields_for(R, lang, R.randint(0, 2), R.randint(1, 3), "json", ["IP_ADDRESS", "IBAN", "CREDIT_CARD", "SECRET", "EMAIL"],
                       ["AMOUNT", "DATETIME", "SKU", "EAN", "COUPON", "TRACKING", "VERSION", "PUBLIC_KEY"])
    emit_json(doc, body, R.random() < 0.6)
    doc.t("\n")


def reg_api_response(R, lang, doc):
    if R.random() < 0.4:
        doc.t("HTTP/1.1 200 OK\nContent-Type: application/json\nX-Request-Id: ")
        doc.n(O.neg_value(R, "REQUEST_ID", lang), "REQUEST_ID")
        doc.t("\n\n")
    elif R.random() < 0.5:
        doc.t("$ curl -s https://api.%s/v1/%s | jq .\n" % (R.choice(["shop-backend.internal", "maison-lumiere.fr", "velo-atelier.ch"]), R.choice(["orders/latest", "customers/me", "config", "debug/env"])))
    data = fields_for(R, lang, R.randint(2, 4), R.randint(1, 3), "json", None, NEG_W)
    obj = [("status", [T("ok")]), ("data", data)]
    if R.random() < 0.3:
        obj.append(("meta", [neg_field(R, lang, "DATETIME", "json"), neg_field(R, lang, "VERSION", "json")]))
    emit_json(doc, obj, R.random() < 0.7)
    doc.t("\n")


def reg_api_xml(R, lang, doc):
    doc.t('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = R.choice(["prestashop", "order", "soap:Envelope", "OrderExport", "commande"])
    doc.t("<%s>\n" % root)
    tagmap = {"ORDER_NUMBER": ["reference", "order_id", "Bestellnummer", "numero_commande", "OrderNumber"], "EMAIL": ["email", "Email", "courriel"],
              "PHONE": ["phone", "phone_mobile", "Telefon", "telephone"], "CREDIT_CARD": ["CardNumber", "pan"], "IBAN": ["IBAN", "iban"],
              "IP_ADDRESS": ["ip_address", "ClientIP"]}
    items = [("p", t) for t in pick_types(R, R.randint(2, 4))] + [("n", R.choice(NEG_SHOP + NEG_DEV)) for _ in range(R.randint(1, 3))]
    R.shuffle(items)
    for kind, t in items:
        doc.t("  ")
        if kind == "p":
            if t == "SECRET":
                k, segs = secret_field(R, lang, "xml")
                tag = k.lower().replace(".", "_").replace("-", "_")
            else:
                tag = R.choice(tagmap[t])
                segs = order_val(R, "xml")[0] if t == "ORDER_NUMBER" else pos_val(R, lang, t, "xml")
            cd = R.random() < 0.12 and t != "SECRET"
            doc.t("<%s>%s" % (tag, "<![CDATA[" if cd else ""))
            doc.segs(segs)
            doc.t("%s</%s>\n" % ("]]>" if cd else "", tag))
        else:
            tag = R.choice(O.NEG_JKEY[t])
            doc.t("<%s>" % tag)
            doc.n(neg_val(R, lang, t, "xml"), t)
            doc.t("</%s>\n" % tag)
    doc.t("</%s>\n" % root.split()[0])


def reg_form_urlencoded(R, lang, doc):
    doc.t("POST /%s HTTP/1.1\nHost: %s\nContent-Type: application/x-www-form-urlencoded\n" % (
        R.choice(["checkout/submit", "index.php?route=checkout/confirm", "kontakt/senden", "commande/valider", "wp-admin/admin-ajax.php"]),
        R.choice(["www.lampenwelt24.de", "boutique.savon-provence.fr", "shop.greenleaf-supply.ie", "kidsandco.co.uk"])))
    if R.random() < 0.4:
        doc.t("X-Forwarded-For: ")
        doc.v(V.ipv4(R), "IP_ADDRESS", "xff")
        doc.t("\n")
    doc.t("\n")
    keys = {"ORDER_NUMBER": ["order_id", "orderNumber", "bestellnummer", "ref_commande"], "EMAIL": ["email", "billing_email", "mail"],
            "PHONE": ["billing_phone", "telefon", "tel"], "CREDIT_CARD": ["cc_number", "card%5Bnumber%5D"], "IBAN": ["iban", "sepa_iban"],
            "IP_ADDRESS": ["client_ip", "remote_addr"]}
    parts = []
    for t in pick_types(R, R.randint(2, 4), ["ORDER_NUMBER", "EMAIL", "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "SECRET"]):
        if t == "SECRET":
            parts.append(secret_kv(R, "urlenc"))
        else:
            parts.append([T(R.choice(keys[t]) + "=")] + (order_val(R, "urlenc")[0] if t == "ORDER_NUMBER" else pos_val(R, lang, t, "urlenc")))
    for _ in range(R.randint(1, 2)):
        k = R.choice(["COUPON", "SKU", "POSTCODE", "AMOUNT", "CUSTOMER_NUMBER", "PLACEHOLDER"])
        v = neg_val(R, lang, k, "urlenc")
        v = v.replace(" ", "+").replace("€", "%E2%82%AC").replace("$", "%24").replace("{", "%7B").replace("}", "%7D").replace("[", "%5B").replace("]", "%5D").replace("*", "%2A").replace("£", "%C2%A3")
        parts.append([T(R.choice(O.NEG_JKEY[k]) + "="), ("n", v, k)])
    parts.append([T("_token=" if R.random() < 0.5 else "form_key=")] + [("n", V.rs(R, V.B62, 32), "CSRF_TOKEN")])
    R.shuffle(parts)
    join(doc, parts, sep="&", end="\n")


def reg_spreadsheet(R, lang, doc):
    sep = R.choice([",", ";", "\t"])
    cols = R.sample(["ORDER_NUMBER", "EMAIL", "PHONE", "IBAN", "CREDIT_CARD", "IP_ADDRESS"], R.randint(2, 3))
    ncols = R.sample(["DATE", "AMOUNT", "SKU", "TRACKING", "POSTCODE", "CUSTOMER_NUMBER", "EAN", "INVOICE"], R.randint(1, 3))
    allc = [("p", c) for c in cols] + [("n", c) for c in ncols]
    R.shuffle(allc)
    hdr = []
    for k, c in allc:
        hdr.append(R.choice(F.LABEL[c][lang]) if k == "p" else R.choice(O.NEG_LABELS[c][lang]))
    q = R.random() < 0.4
    if R.random() < 0.3:
        doc.t({"en": "Export ", "de": "Export ", "fr": "Export "}[lang] + R.choice(["orders", "Bestellungen", "commandes", "retours"]) + " (")
        doc.n(O.neg_value(R, "DATE", lang), "DATE")
        doc.t(")\n")
    doc.t(sep.join(('"%s"' % h if q else h) for h in hdr) + "\n")
    for _ in range(R.randint(3, 6)):
        for i, (k, c) in enumerate(allc):
            if i:
                doc.t(sep)
            if q:
                doc.t('"')
            if k == "p":
                doc.segs(order_val(R, "csv")[0] if c == "ORDER_NUMBER" else pos_val(R, lang, c, "csv"))
            else:
                v = neg_val(R, lang, c, "csv")
                if sep in v and not q:
                    v = v.replace(sep, " ")
                doc.n(v.strip(), c)
            if q:
                doc.t('"')
        doc.t("\n")


def reg_slack(R, lang, doc):
    staff = ["lena.k", "Marco (Lager)", "jules", "Aoife Ops", "tobi", "Sandrine – SAV", "dev-bot", "kai"]
    ch = R.choice(["#shop-support", "#lager", "#dev-ops", "#sav-fr", "#marketplace", "#incidents"])
    doc.t(ch + "\n")
    for i in range(R.randint(2, 5)):
        doc.t("%s  " % R.choice(staff))
        doc.n(O.neg_value(R, "TIME", lang), "TIME")
        doc.t("\n")
        r = R.random()
        if r < 0.2:
            doc.t(R.choice(["can someone check ", "kann jemand ", "qqn peut regarder "]))
            doc.segs(sentence(R, lang, "SECRET"))
            doc.t(R.choice([" :eyes:", " 🙏", "", " ?"]))
        elif r < 0.35:
            doc.t("```\n")
            for _ in range(R.randint(1, 3)):
                doc.segs(secret_kv(R, "env") if R.random() < 0.6 else label_line(R, lang, R.choice(["IP_ADDRESS", "EMAIL", "PLACEHOLDER", "HASH"])))
                doc.t("\n")
            doc.t("```")
        elif r < 0.8:
            doc.segs(cap(sentence(R, lang, R.choice(["ORDER_NUMBER", "ORDER_NUMBER", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS"]))))
            if R.random() < 0.5:
                doc.t(" — ")
                doc.segs(neg_prose(R, lang, R.choice(NEG_SHOP)))
        else:
            doc.segs(neg_prose(R, lang, R.choice(NEG_SHOP + NEG_DEV)))
        doc.t("\n")


def reg_teams(R, lang, doc):
    for i in range(R.randint(2, 5)):
        doc.t("[")
        doc.n(O.neg_value(R, "DATE", lang), "DATE")
        doc.t(" ")
        doc.n(O.neg_value(R, "TIME", lang), "TIME")
        nm = R.choice(F.NAMES).split()
        doc.t("] %s, %s: " % (nm[1], nm[0]))
        if R.random() < 0.8:
            l = mixed_lines(R, lang, 1, R.randint(0, 1), NEG_SHOP)
            join(doc, [cap(x) for x in l], sep=" – ", end="")
        else:
            doc.segs(cap(sentence(R, lang, "SECRET")))
        doc.t("\n")


def reg_git_diff(R, lang, doc):
    if R.random() < 0.6:
        doc.t("commit ")
        doc.n(V.rs(R, V.HEX, 40), "HASH")
        doc.t("\nAuthor: %s <" % R.choice(F.NAMES))
        doc.v(V.email_make(R, R.choice(["work", "personal", "role"])), "EMAIL", "git_author")
        doc.t(">\nDate:   ")
        doc.n(O.neg_value(R, "DATETIME", lang), "DATETIME")
        doc.t("\n\n    " + R.choice(["chore: update prod config", "fix payment webhook", "wip: Versand-API", "hotfix checkout", "config: nouvelle clé"]) + "\n\n")
    fn = R.choice([".env.production", "config/services.yaml", "app/etc/env.php", "settings.json", "docker-compose.yml", "deploy/values.yaml", "wp-config.php"])
    doc.t("diff --git a/%s b/%s\nindex " % (fn, fn))
    doc.n(V.rs(R, V.HEX, 7), "HASH")
    doc.t("..")
    doc.n(V.rs(R, V.HEX, 7), "HASH")
    doc.t(" 100644\n--- a/%s\n+++ b/%s\n@@ -%d,%d +%d,%d @@\n" % (fn, fn, R.randint(1, 40), R.randint(3, 8), R.randint(1, 40), R.randint(3, 9)))
    style = {"json": "json", "yaml": "yaml", "php": "php"}.get(fn.rsplit(".", 1)[-1], "env")
    for _ in range(R.randint(3, 6)):
        r = R.random()
        if r < 0.25:
            doc.t("-")
            k = R.choice(["PLACEHOLDER", "PLACEHOLDER", "PUBLIC_KEY", "VERSION"])
            v = neg_val(R, lang, k, "struct")
            doc.t(R.choice(O.NEG_JKEY[k]).upper() + "=")
            doc.n(v, k)
        elif r < 0.7:
            doc.t("+")
            doc.segs(secret_kv(R, style))
        elif r < 0.8:
            doc.t("+")
            segs = secret_special(R, lang, "diff")
            for x in segs:
                if x[0] == "t":
                    doc.t(x[1].replace("\n", "\n+"))
                else:
                    if "\n" in x[1]:
                        doc.t("PRIVATE_KEY=\"")
                        doc.v(x[1], x[2], x[3])
                        doc.t("\"")
                    else:
                        doc.v(x[1], x[2], x[3])
        elif r < 0.9:
            doc.t(R.choice([" ", "+"]) + R.choice(["DB_HOST=", "REDIS_HOST=", "SMTP_HOST="]))
            doc.v(V.ipv4(R, R.choice(["priv", "pub"])), "IP_ADDRESS", "cfg_value")
        else:
            doc.t(R.choice([" ", "+"]) + R.choice(["ADMIN_EMAIL=", "MAIL_FROM=", "ALERT_TO="]))
            doc.v(V.email_make(R, "role"), "EMAIL", "cfg_value")
        doc.t("\n")


def reg_ci_log(R, lang, doc):
    tool = R.choice(["GitHub Actions", "GitLab CI", "Jenkins", "Buildkite", "CircleCI"])
    doc.t("Running with %s " % tool)
    doc.n(O.neg_value(R, "VERSION", lang), "VERSION")
    doc.t("\n")
    for _ in range(R.randint(4, 8)):
        doc.n(O.neg_value(R, "DATETIME", lang), "DATETIME")
        doc.t(" ")
        r = R.random()
        if r < 0.3:
            doc.t("+ ")
            doc.segs(R.choice([lambda: secret_special(R, lang, "ci"), lambda: [T("echo ")] + secret_kv(R, "env"), lambda: [T("export ")] + secret_kv(R, "env")])())
        elif r < 0.45:
            doc.t(R.choice(["Connecting to ", "ssh: connect to host ", "Pushing to registry at ", "Fetched "]))
            doc.segs(ip_val(R, "prose"))
            doc.t(R.choice([" ... ok", ": Connection timed out", "", " (200 OK)"]))
        elif r < 0.55:
            doc.t(R.choice(["Digest: ", "Successfully built ", "HEAD is now at ", "checksum ok "]))
            doc.n(O.neg_value(R, "HASH", lang), "HASH")
        elif r < 0.65:
            doc.t(R.choice(["Using token ", "Loaded secret STRIPE_KEY=", "api_key: ", "Token: "]))
            doc.n(R.choice(["***", "[MASKED]", "****", "[REDACTED]", "${{ secrets.DEPLOY_KEY }}"]), "PLACEHOLDER")
        elif r < 0.75:
            doc.t("test_checkout.py::test_order FAILED  order=")
            segs, sch = order_val(R, "struct")
            doc.segs(segs)
            doc.t(" customer=")
            doc.segs(email_val(R, "struct"))
        elif r < 0.85:
            doc.t("Downloading node-")
            doc.n(O.neg_value(R, "VERSION", lang), "VERSION")
            doc.t(" build ")
            doc.n(O.neg_value(R, "VERSION_IPLIKE", lang), "VERSION_IPLIKE")
        else:
            doc.t(R.choice(["WARN fixture card ", "seed: test card ", "DEBUG payload pan="]))
            doc.segs(card_val(R, lang, "struct"))
        doc.t("\n")
    doc.t(R.choice(["Job succeeded", "ERROR: Job failed: exit code 1", "Finished: FAILURE", "Build finished"]) + "\n")


def reg_transcript(R, lang, doc):
    who = {"en": ["Agent", "Caller"], "de": ["Agentin", "Anrufer"], "fr": ["Conseillère", "Appelant"]}[lang]
    ask = {"ORDER_NUMBER": {"en": "Can I have your order number?", "de": "Wie lautet Ihre Bestellnummer?", "fr": "Quel est votre numéro de commande ?"},
           "PHONE": {"en": "And a callback number?", "de": "Und eine Rückrufnummer?", "fr": "Et un numéro pour vous rappeler ?"},
           "CREDIT_CARD": {"en": "Go ahead with the card number.", "de": "Dann bitte die Kartennummer.", "fr": "Je vous écoute pour le numéro de carte."},
           "IBAN": {"en": "Which IBAN should the refund go to?", "de": "Auf welche IBAN soll erstattet werden?", "fr": "Sur quel IBAN faut-il rembourser ?"},
           "EMAIL": {"en": "What's your email?", "de": "Ihre E-Mail-Adresse?", "fr": "Votre adresse e-mail ?"}}
    lead = {"ORDER_NUMBER": {"en": "yeah it's ", "de": "ja, das ist die ", "fr": "oui c'est le "}, "PHONE": {"en": "sure, ", "de": "klar, ", "fr": "oui, le "},
            "CREDIT_CARD": {"en": "okay, ", "de": "also, ", "fr": "alors, "}, "IBAN": {"en": "it's ", "de": "die lautet ", "fr": "c'est "},
            "EMAIL": {"en": "it's ", "de": "das ist ", "fr": "c'est "}}
    doc.t(R.choice(["[Transcript", "[Transkript", "[Transcription"]) + " ")
    doc.n(O.neg_value(R, "DATETIME", lang), "DATETIME")
    doc.t("]\n")
    for t in R.sample(list(ask), R.randint(2, 4)):
        doc.t("%s: %s\n%s: %s" % (who[0], ask[t][lang], who[1], lead[t][lang]))
        if t == "EMAIL":
            doc.segs(email_val(R, "struct"))
        elif t == "ORDER_NUMBER":
            doc.segs(order_val(R, "transcript")[0])
        else:
            doc.segs(pos_val(R, lang, t, "transcript"))
        doc.t(R.choice([".", "", ", I think.", " ... yes.", "."]) + "\n")
        if R.random() < 0.35:
            doc.t("%s: " % who[0])
            doc.segs(neg_prose(R, lang, R.choice(["TICKET", "AMOUNT", "DATE", "POSTCODE", "TRACKING", "CUSTOMER_NUMBER"])))
            doc.t("\n")


REGISTERS = [("email", reg_email, 140), ("chat", reg_chat, 100), ("support_macro", reg_support_macro, 90), ("crm_note", reg_crm_note, 90),
             ("seller_message", reg_seller_message, 100), ("order_confirmation", reg_order_confirmation, 100), ("invoice_text", reg_invoice, 90),
             ("webhook_json", reg_webhook_json, 110), ("api_response", reg_api_response, 100), ("api_xml", reg_api_xml, 80),
             ("form_urlencoded", reg_form_urlencoded, 80), ("spreadsheet", reg_spreadsheet, 100), ("slack_staff", reg_slack, 100),
             ("teams_staff", reg_teams, 80), ("git_diff", reg_git_diff, 100), ("ci_log", reg_ci_log, 90), ("voice_transcript", reg_transcript, 100)]


def main():
    recs = []
    i = 0
    for name, fn, n in REGISTERS:
        for k in range(n):
            lang = ["en", "de", "fr"][i % 3]
            doc = Doc()
            # some records start or end with an IP (edge positions)
            if name in ("ci_log", "slack_staff", "crm_note") and R.random() < 0.12:
                doc.v(V.ipv4(R), "IP_ADDRESS", "v4_start")
                doc.t(" " + R.choice(["- blocked", "— gesperrt", ": bloquée", "flagged"]) + "\n")
            fn(R, lang, doc)
            if name in ("chat", "slack_staff", "crm_note", "teams_staff") and R.random() < 0.12:
                doc.t(R.choice(["IP: ", "source ", "von "]))
                if R.random() < 0.7:
                    doc.v(V.ipv4(R), "IP_ADDRESS", "v4_end")
                else:
                    doc.v(V.ipv6(R, "comp"), "IP_ADDRESS", "v6_end")
            else:
                # strip trailing newline sometimes so a value can sit at the very end
                pass
            recs.append({"id": "sv9-%05d" % i, "lang": lang, "register": name, "text": doc.text(), "spans": doc.spans, "negatives": doc.negs})
            i += 1
    with open("set.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open("gen_stats.txt", "w", encoding="utf-8") as f:
        for k in sorted(STATS):
            f.write("%s\t%d\n" % (k, STATS[k]))


if __name__ == "__main__":
    main()
