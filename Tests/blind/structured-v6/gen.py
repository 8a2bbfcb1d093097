#!/usr/bin/env python3
"""Render structured-v6 into set.jsonl.

Template syntax (frames.py): {KIND} or {KIND:arg}
  CARD[:issuer] IBAN[:CC] PHONE[:CC] EMAIL[:form] IP[:form] ORDER|O[:scheme] SECRET[:kind] KEYED[:kind]
  WEBHOOK[:kind] CONN[:kind] AUTH[:kind] PEM[:kind] N:<NEGATIVE_KIND>
Segments are (text, label); offsets are tracked on characters and converted to UTF-8 byte offsets at the end.
"""
import collections
import json
import re
import sys

import values as V
from values import R, P, N, T
from frames import S, GREET, CLOSE, ROLE, SHOPS, QUOTE_HDR, SUBJ, TICKET_HDR, PRIO, MARKET, CHAT_WHO, FIELDS, NOTES

PH_RE = re.compile(r"\{([A-Z]+)(?::([^}]+))?\}")


class Cyc:
    """round-robin over a shuffled list so every item is used evenly"""

    def __init__(self, items):
        self.items = list(items)
        self.buf = []

    def __call__(self):
        if not self.buf:
            self.buf = self.items[:]
            R.shuffle(self.buf)
        return self.buf.pop()


AGENT = {"en": ["Thanks, let me check that for you.", "One moment please.", "Got it, I'll pass this to the warehouse.", "Could you confirm the postcode?"],
         "de": ["Danke, ich schaue kurz nach.", "Einen Moment bitte.", "Alles klar, ich gebe das ans Lager weiter.", "Können Sie mir die PLZ bestätigen?"],
         "fr": ["Merci, je vérifie.", "Un instant svp.", "C'est noté, je transmets à l'entrepôt.", "Pouvez-vous confirmer le code postal ?"]}
CARD_SEP = Cyc(V.CARD_SEPS)
CARD_ISS = Cyc(list(V.CARD_ISSUERS))
IBAN_FORM = Cyc(V.IBAN_FORMS)
IBAN_CC = Cyc(["DE"] * 10 + ["FR"] * 10 + ["AT", "CH", "BE", "NL", "LU", "IT", "ES", "GB", "IE", "PL", "PT"] * 3 + list(V.IBAN_REG))
PHONE_FORM = Cyc(V.PHONE_FORMS)
IP_FORM = Cyc(V.IP_FORMS)
EMAIL_FORM = Cyc(["plain"] * 8 + ["angle", "mailto", "html_escaped", "idn", "quoted_name", "md_link", "angle", "quoted_name"])
KEY_ONLY = {"okta", "mailgun_new", "intercom", "discord_bot", "facebook_page", "twitter_bearer", "telegram_bot", "mailchimp"}
BARE = [k for k in V.SECRET_FORMATS if k not in KEY_ONLY]
SECRET_KIND = Cyc(BARE)
ALLPROV = Cyc(list(V.SECRET_FORMATS))
KEYED_KIND = Cyc(list(V.KEYED_SECRETS) + ["generic_hex", "generic_b64", "password", "generic_b62", "generic_b64url"])
PEM_KIND = Cyc(list(V.PEM_KINDS))
CONN_KIND = Cyc(["postgres", "mysql", "mongodb", "redis", "amqp", "smtp", "ftp", "jdbc", "ado", "azure_storage", "azure_sas", "sqlalchemy", "https_basic"])
HOOK_KIND = Cyc(["slack", "slack_workflow", "discord", "teams", "power_automate", "google_chat", "zapier", "make", "mattermost"])
AUTH_KIND = Cyc(["bearer_jwt", "bearer_opaque", "basic", "ssws", "token"])
ORDER_SCHEMES = {  # generic {ORDER} per language
    "en": Cyc(["amazon_3_7_7", "ebay_2_5_5", "etsy", "shopify_default", "shopify_prefix", "shopify_suffix", "magento_default",
               "magento_custom", "woocommerce_default", "woocommerce_sequential", "letter_prefixed", "year_prefixed", "po_number",
               "context_generic", "bol_alnum", "prestashop_reference", "shopware_prefix", "magento_store_prefix", "aliexpress"]),
    "de": Cyc(["amazon_3_7_7", "ebay_2_5_5", "otto", "zalando", "kaufland", "shopify_default", "shopify_prefix", "magento_default",
               "magento_custom", "shopware_default", "shopware_prefix", "woocommerce_default", "jtl", "oxid", "gambio",
               "letter_prefixed", "year_prefixed", "context_generic", "po_number", "woocommerce_sequential"]),
    "fr": Cyc(["amazon_3_7_7", "cdiscount", "manomano", "bol_numeric", "prestashop_reference", "prestashop_id", "shopify_default",
               "shopify_suffix", "magento_store_prefix", "woocommerce_sequential", "letter_prefixed", "year_prefixed",
               "context_generic", "etsy", "po_number", "magento_default", "ebay_2_5_5"]),
}

ENV_NAMES = {
    "aws_access_key_id": "AWS_ACCESS_KEY_ID", "github_pat": "GITHUB_TOKEN", "github_oauth": "GH_OAUTH_TOKEN",
    "github_user_to_server": "GH_APP_USER_TOKEN", "github_server_to_server": "GH_INSTALLATION_TOKEN",
    "github_refresh": "GH_REFRESH_TOKEN", "github_fine_grained": "GH_TOKEN", "gitlab_pat": "GITLAB_TOKEN",
    "gitlab_runner": "RUNNER_TOKEN", "gitlab_deploy": "CI_DEPLOY_PASSWORD", "gitlab_trigger": "TRIGGER_TOKEN",
    "stripe_secret_live": "STRIPE_SECRET_KEY", "stripe_secret_test": "STRIPE_TEST_SECRET", "stripe_restricted": "STRIPE_RESTRICTED_KEY",
    "stripe_webhook_secret": "STRIPE_WEBHOOK_SECRET", "slack_bot": "SLACK_BOT_TOKEN", "slack_user": "SLACK_USER_TOKEN",
    "slack_app": "SLACK_APP_TOKEN", "slack_config": "SLACK_CONFIG_TOKEN", "google_api_key": "GOOGLE_MAPS_API_KEY",
    "gcp_oauth_secret": "GOOGLE_CLIENT_SECRET", "openai_project": "OPENAI_API_KEY", "openai_legacy": "OPENAI_KEY",
    "openai_svcacct": "OPENAI_API_KEY", "anthropic_api": "ANTHROPIC_API_KEY", "anthropic_admin": "ANTHROPIC_ADMIN_KEY",
    "twilio_api_key": "TWILIO_API_KEY", "sendgrid": "SENDGRID_API_KEY", "mailgun_private": "MAILGUN_API_KEY",
    "mailgun_new": "MAILGUN_API_KEY", "mailchimp": "MAILCHIMP_API_KEY", "shopify_access": "SHOPIFY_ACCESS_TOKEN",
    "shopify_shared_secret": "SHOPIFY_API_SECRET", "shopify_custom_app": "SHOPIFY_CUSTOM_APP_TOKEN",
    "shopify_private_app": "SHOPIFY_PRIVATE_APP_PASSWORD", "npm": "NPM_TOKEN", "pypi": "TWINE_PASSWORD",
    "azure_ad_secret": "AZURE_CLIENT_SECRET", "digitalocean_pat": "DIGITALOCEAN_TOKEN", "digitalocean_oauth": "DO_OAUTH_TOKEN",
    "heroku_new": "HEROKU_API_KEY", "huggingface": "HF_TOKEN", "huggingface_org": "HF_ORG_TOKEN", "telegram_bot": "TELEGRAM_BOT_TOKEN",
    "atlassian": "JIRA_API_TOKEN", "postman": "POSTMAN_API_KEY", "doppler": "DOPPLER_TOKEN", "vault_service": "VAULT_TOKEN",
    "vault_batch": "VAULT_TOKEN", "terraform_cloud": "TFE_TOKEN", "linear": "LINEAR_API_KEY", "notion_legacy": "NOTION_TOKEN",
    "notion_ntn": "NOTION_API_KEY", "grafana_sa": "GRAFANA_SA_TOKEN", "grafana_cloud": "GRAFANA_CLOUD_API_KEY",
    "databricks": "DATABRICKS_TOKEN", "newrelic_user": "NEW_RELIC_API_KEY", "newrelic_insert": "NEW_RELIC_INSERT_KEY",
    "planetscale": "PLANETSCALE_SERVICE_TOKEN", "pulumi": "PULUMI_ACCESS_TOKEN", "rubygems": "GEM_HOST_API_KEY",
    "shippo": "SHIPPO_API_TOKEN", "easypost": "EASYPOST_API_KEY", "age": "SOPS_AGE_KEY", "alibaba": "ALIBABA_CLOUD_ACCESS_KEY_ID",
    "square_access": "SQUARE_ACCESS_TOKEN", "square_oauth_secret": "SQUARE_APPLICATION_SECRET", "brevo": "BREVO_API_KEY",
    "contentful": "CONTENTFUL_MANAGEMENT_TOKEN", "dynatrace": "DT_API_TOKEN", "sentry_user": "SENTRY_AUTH_TOKEN",
    "sentry_org": "SENTRY_AUTH_TOKEN", "dropbox_short": "DROPBOX_ACCESS_TOKEN", "figma": "FIGMA_TOKEN",
    "flutterwave": "FLW_SECRET_KEY", "mollie": "MOLLIE_API_KEY", "braintree": "BRAINTREE_ACCESS_TOKEN", "okta": "OKTA_API_TOKEN",
    "facebook_page": "FB_PAGE_ACCESS_TOKEN", "adobe_client_secret": "ADOBE_CLIENT_SECRET", "hubspot_pat": "HUBSPOT_ACCESS_TOKEN",
    "dockerhub_pat": "DOCKERHUB_TOKEN", "flyio": "FLY_API_TOKEN", "perplexity": "PPLX_API_KEY", "groq": "GROQ_API_KEY",
    "replicate": "REPLICATE_API_TOKEN", "langsmith": "LANGSMITH_API_KEY", "supabase_pat": "SUPABASE_ACCESS_TOKEN",
    "onepassword_sa": "OP_SERVICE_ACCOUNT_TOKEN", "clojars": "CLOJARS_TOKEN", "airtable_pat": "AIRTABLE_TOKEN",
    "mapbox_secret": "MAPBOX_SECRET_TOKEN", "typeform": "TYPEFORM_TOKEN", "readme": "README_API_KEY", "prefect": "PREFECT_API_KEY",
    "scalingo": "SCALINGO_API_TOKEN", "frameio": "FRAMEIO_TOKEN", "netlify": "NETLIFY_AUTH_TOKEN", "jfrog_api": "JFROG_API_KEY",
    "twitter_bearer": "TWITTER_BEARER_TOKEN", "asana_pat": "ASANA_PAT", "intercom": "INTERCOM_ACCESS_TOKEN",
    "discord_bot": "DISCORD_BOT_TOKEN", "jwt": "API_JWT",
}


def env_name(kind):
    return ENV_NAMES.get(kind, kind.upper() + "_TOKEN")


def keyed_pair(kind=None):
    """(name, value, variant) for a key-named secret: either a KEYED_SECRETS kind or a provider kind under its env name"""
    if kind is None and R.random() < 0.35:
        k = ALLPROV()
        return env_name(k), V.SECRET_FORMATS[k](), k
    kind = kind or KEYED_KIND()
    if kind in V.SECRET_FORMATS:
        return env_name(kind), V.SECRET_FORMATS[kind](), kind
    k, name, val = V.keyed(kind)
    return name, val, k


def ph(kind, arg, lang, ctx):
    if kind == "CARD":
        return V.card(arg or CARD_ISS(), CARD_SEP() if not ctx.get("noml") else R.choice(["space", "dash", "plain", "nbsp", "dot"]))
    if kind == "IBAN":
        f = IBAN_FORM()
        if ctx.get("noml") and f == "linebreak":
            f = "grouped"
        return V.iban(arg or IBAN_CC(), f)
    if kind == "PHONE":
        return V.phone(arg, PHONE_FORM(), lang)
    if kind == "EMAIL":
        return V.email(arg or EMAIL_FORM())
    if kind == "IP":
        return V.ip(arg or IP_FORM())
    if kind in ("ORDER", "O"):
        return V.order(arg or ORDER_SCHEMES[lang]())
    if kind == "SECRET":
        k = arg or SECRET_KIND()
        return P(V.SECRET_FORMATS[k](), "SECRET", k)
    if kind == "KEYED":
        name, val, var = keyed_pair(arg)
        sep = R.choice(["=", ": ", "=", " = "])
        q = R.choice(['', '', '"', "'"])
        return T(f"{name}{sep}{q}") + P(val, "SECRET", var) + T(q)
    if kind == "WEBHOOK":
        return V.webhook(arg or HOOK_KIND())
    if kind == "CONN":
        return V.conn_string(arg or CONN_KIND())
    if kind == "AUTH":
        return V.auth_header(arg or AUTH_KIND())
    if kind == "PEM":
        k, block = V.pem(arg or PEM_KIND())
        return P(block, "SECRET", k)
    if kind == "N":
        return V.neg(arg, lang)
    raise ValueError(kind)


def render(tpl, lang, ctx=None):
    ctx = ctx or {}
    out, pos = [], 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            out.append((tpl[pos:m.start()], None))
        out.extend(ph(m.group(1), m.group(2), lang, ctx))
        pos = m.end()
    if pos < len(tpl):
        out.append((tpl[pos:], None))
    return out


def has_ml(segs):
    return any(lab and "\n" in t for t, lab in segs)


TOPICS = {"order": 30, "secret": 12, "ip": 10, "card": 9, "iban": 10, "phone": 10, "email": 7, "neg": 14}
TOPIC_CYC = {}


FORCED = []


def pick_sentence(lang, topic=None, noml=False):
    if FORCED and topic != "neg":
        return render(FORCED.pop(), lang, {"noml": noml})
    if topic is None:
        topic = R.choices(list(TOPICS), weights=list(TOPICS.values()))[0]
    key = (lang, topic)
    if key not in TOPIC_CYC:
        TOPIC_CYC[key] = Cyc(S[lang][topic])
    for _ in range(20):
        tpl = TOPIC_CYC[key]()
        if noml and "{PEM" in tpl:
            continue
        segs = render(tpl, lang, {"noml": noml})
        if noml and has_ml(segs):
            continue
        return segs
    return render(S[lang]["neg"][0], lang)


def join(parts, sep=" "):
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append((sep, None))
        out.extend(p)
    return out


def lower_text(segs):
    return [(t.lower(), None) if lab is None else (t, lab) for t, lab in segs]


def quote(segs):
    out = [("> ", None)]
    for t, lab in segs:
        out.append((t.replace("\n", "\n> "), None) if lab is None else (t, lab))
    return out


def body(lang, n=None, neg_only=False, noml=False):
    n = n or R.choice([1, 1, 2, 2, 2, 3])
    parts = [pick_sentence(lang, "neg" if neg_only else None, noml) for _ in range(n)]
    if not neg_only and R.random() < 0.45:
        parts.append(pick_sentence(lang, "neg", noml))
        R.shuffle(parts)
    return parts


# ------------------------------------------------------------------ registers
def reg_chat(lang, neg_only):
    if R.random() < 0.5:
        return join(body(lang, neg_only=neg_only), R.choice([" ", "\n"])), "chat"
    who = CHAT_WHO[lang]
    lines = []
    h, m = R.randint(8, 21), R.randint(0, 40)
    for p in body(lang, R.choice([2, 3]), neg_only=neg_only):
        m += R.randint(0, 6)
        lines.append([(f"[{h:02d}:{m:02d}] " + who[0] + ": ", None)] + p)
        if R.random() < 0.5:
            m += R.randint(1, 4)
            lines.append([(f"[{h:02d}:{m:02d}] " + who[1] + ": " + R.choice(AGENT[lang]), None)])
    return join(lines, "\n"), "chat_transcript"


def reg_sms(lang, neg_only):
    b = body(lang, R.choice([1, 1, 2]), neg_only=neg_only, noml=True)
    segs = lower_text(join(b, R.choice([" ", ". ", " - "])))
    tail = {"en": [" thx", " pls", " asap", ""], "de": [" danke", " bitte", " lg", ""], "fr": [" merci", " svp", " stp", ""]}[lang]
    segs.append((R.choice(tail), None))
    return segs, "sms"


def signature(lang, neg_only=False):
    lines = [[(R.choice(CLOSE[lang]), None)], [(R.choice(ROLE[lang]) + " · " + R.choice(SHOPS), None)]]
    if R.random() < 0.7 and not neg_only:
        lines.append(T({"en": "T ", "de": "Tel. ", "fr": "Tél. "}[lang]) + ph("PHONE", None, lang, {}))
    if R.random() < 0.5 and not neg_only:
        lines.append(ph("EMAIL", "plain", lang, {}))
    if R.random() < 0.5:
        k = R.choice({"en": ["VAT_ID", "HRB"], "de": ["VAT_ID", "HRB", "TAX_NUMBER"], "fr": ["SIRET", "VAT_ID", "HRB"]}[lang])
        lab = {"VAT_ID": {"en": "VAT ", "de": "USt-IdNr. ", "fr": "TVA "}[lang], "HRB": "", "TAX_NUMBER": "St.-Nr. ", "SIRET": "SIRET "}[k]
        lines.append(T(lab) + V.neg(k, lang))
    return join(lines, "\n")


def reg_email(lang, neg_only):
    subj = R.choice(SUBJ[lang])
    parts = [T({"en": "Subject: ", "de": "Betreff: ", "fr": "Objet : "}[lang] + subj)]
    parts.append(T(R.choice(GREET[lang])))
    parts.append(join(body(lang, neg_only=neg_only), R.choice([" ", "\n"])))
    parts.append(signature(lang, neg_only))
    segs = join(parts, "\n\n")
    reg = "email"
    if R.random() < 0.55 and not neg_only:
        hdr = R.choice(QUOTE_HDR[lang])
        hsegs = []
        pos = 0
        for m in re.finditer(r"\{([DTE])\}", hdr):
            hsegs.append((hdr[pos:m.start()], None))
            hsegs += {"D": lambda: V.neg("DATE", lang), "T": lambda: V.neg("TIME", lang), "E": lambda: V.email("plain")}[m.group(1)]()
            pos = m.end()
        hsegs.append((hdr[pos:], None))
        q = join(body(lang, R.choice([1, 2]), neg_only=neg_only, noml=True), "\n")
        segs = segs + [("\n\n", None)] + hsegs + [("\n", None)] + quote(q)
        reg = "email_quoted"
    return segs, reg


def reg_ticket(lang, neg_only):
    hdr = R.choice(TICKET_HDR[lang])
    a, b = hdr.split("{TK}")
    b = b.replace("{PR}", R.choice(PRIO[lang]))
    parts = [T(a) + V.neg("TICKET", lang) + T(b)]
    parts.append(join(body(lang, neg_only=neg_only), "\n"))
    if R.random() < 0.4:
        lab = {"en": "Internal note: ", "de": "Interne Notiz: ", "fr": "Note interne : "}[lang]
        parts.append(T(lab) + pick_sentence(lang, "neg" if neg_only else None))
    return join(parts, "\n---\n" if R.random() < 0.5 else "\n\n"), "ticket"


def reg_market(lang, neg_only):
    tpl = R.choice(MARKET[lang])
    tpl_a, tpl_b = tpl.split("{B}")
    segs = render(tpl_a, lang) + join(body(lang, R.choice([1, 2]), neg_only=neg_only), " ") + render(tpl_b, lang)
    return segs, "marketplace"


FIELD_CYC = {}


def pick_fields(lang, k, neg_only):
    if lang not in FIELD_CYC:
        FIELD_CYC[lang] = Cyc(FIELDS[lang])
    out, seen = [], set()
    while len(out) < k:
        f = FIELD_CYC[lang]()
        if f[1] in seen:
            continue
        if neg_only and f[2].startswith("{") and not f[2].startswith("{N:"):
            continue
        seen.add(f[1])
        out.append(f)
    return out


def reg_form(lang, neg_only):
    fs = pick_fields(lang, R.randint(4, 8), neg_only)
    sep = R.choice([": ", ":\t", " = ", ": "])
    lines = [T(lab + sep) + render(p, lang, {"noml": True}) for lab, _, p in fs]
    if R.random() < 0.4:
        lines.append(T({"en": "Message: ", "de": "Nachricht: ", "fr": "Message : "}[lang]) + pick_sentence(lang, "neg" if neg_only else None, True))
    head = {"en": "New contact form submission", "de": "Neue Kontaktanfrage über das Formular", "fr": "Nouveau message via le formulaire"}[lang]
    return join([T(head)] + lines, "\n"), "form"


def reg_csv(lang, neg_only):
    fs = pick_fields(lang, R.randint(3, 6), neg_only)
    d = R.choice([",", ";", "\t", ";"])
    rows = [T(d.join(f[1] for f in fs))]
    for _ in range(R.randint(1, 3)):
        cells = []
        for _, _, p in fs:
            segs = render(p, lang, {"noml": True})
            txt = "".join(t for t, _ in segs)
            if d in txt or "\n" in txt or '"' in txt:
                segs = T('"') + segs + T('"')
            cells.append(segs)
        rows.append(join(cells, d))
    return join(rows, "\n"), "csv"


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jstr(segs, ascii_):
    return [('"', None)] + [(jesc(t, ascii_), lab) for t, lab in segs] + [('"', None)]


def reg_json(lang, neg_only):
    ascii_ = R.random() < 0.55
    fs = pick_fields(lang, R.randint(3, 6), neg_only)
    items = [(k, render(p, lang)) for _, k, p in fs]
    if R.random() < 0.6:
        items.append(({"en": "note", "de": "hinweis", "fr": "commentaire"}[lang], T(R.choice(NOTES[lang]))))
    if R.random() < 0.35 and not neg_only:
        items.append(("message", pick_sentence(lang)))
    R.shuffle(items)
    ind = R.choice([None, 2])
    out = [("{", None)]
    for i, (k, segs) in enumerate(items):
        out.append((("\n  " if ind else (" " if i else "")) + json.dumps(k) + ": ", None))
        out += jstr(segs, ascii_)
        if i < len(items) - 1:
            out.append((",", None))
    out.append(("\n}" if ind else " }", None))
    if R.random() < 0.3:
        wrap = {"en": "Webhook payload:\n", "de": "Payload vom Shop:\n", "fr": "Payload reçu :\n"}[lang]
        out = [(wrap, None)] + out
    return out, "json_ascii" if ascii_ else "json"


NEG_CFG = [("APP_VERSION", "VERSION"), ("DB_PORT", "PORT"), ("SEARCH_PORT", "PORT"), ("STRIPE_PUBLISHABLE_KEY", "PUBLISHABLE_KEY"),
           ("API_KEY", "PLACEHOLDER"), ("INSTANCE_ID", "UUID"), ("GIT_SHA", "HASH"), ("BUILD", "BUILD_ID"),
           ("TWILIO_ACCOUNT_SID", "ACCOUNT_ID"), ("SECRET_KEY", "PLACEHOLDER"), ("REDIS_PORT", "PORT")]
PORTS = {"DB_PORT": "5432", "REDIS_PORT": "6379"}
PLAIN_CFG = [("NODE_ENV", "production"), ("LOG_LEVEL", "info"), ("APP_URL", "https://lunaire.store"), ("TZ", "Europe/Berlin"),
             ("SHOP_LOCALE", "de_DE"), ("MAIL_FROM_NAME", "Kundenservice"), ("CACHE_DRIVER", "redis")]


def cfg_line(style, name, segs):
    if style == "env":
        return T(name + "=") + segs
    if style == "export":
        return T(f"export {name}=\"") + segs + T('"')
    if style == "yaml":
        return T(f"  {name.lower()}: ") + segs
    if style == "yamlq":
        return T(f"  {name.lower()}: \"") + segs + T('"')
    if style == "toml":
        return T(f"{name.lower()} = \"") + segs + T('"')
    if style == "php":
        return T(f"    '{name.lower()}' => '") + segs + T("',")
    if style == "docker":
        return T(f"  -e {name}=") + segs + T(" \\")
    if style == "ini":
        return T(f"{name.lower()}=") + segs
    if style == "js":
        return T(f"const {name} = '") + segs + T("';")
    if style == "python":
        return T(f"os.environ[\"{name}\"] = \"") + segs + T('"')
    raise ValueError(style)


def reg_config(lang, neg_only):
    style = R.choice(["env", "export", "yaml", "yamlq", "toml", "php", "docker", "ini", "js", "python", "json"])
    entries = []
    npos = 0 if neg_only else R.randint(1, 3)
    for _ in range(npos):
        r = R.random()
        if r < 0.55:
            name, val, var = keyed_pair()
            entries.append((name, P(val, "SECRET", var)))
        elif r < 0.75:
            ck = CONN_KIND()
            nm = {"postgres": "DATABASE_URL", "mysql": "DATABASE_URL", "mongodb": "MONGO_URI", "redis": "REDIS_URL", "amqp": "AMQP_URL",
                  "smtp": "MAILER_DSN", "ftp": "EXPORT_FTP_URL", "jdbc": "ERP_JDBC_URL", "ado": "ConnectionStrings__Orders",
                  "azure_storage": "AZURE_STORAGE_CONNECTION_STRING", "azure_sas": "INVOICE_EXPORT_URL", "sqlalchemy": "SQLALCHEMY_DATABASE_URI",
                  "https_basic": "COMPOSER_REPO_URL"}[ck]
            entries.append((nm, ph("CONN", ck, lang, {})))
        elif r < 0.9:
            entries.append((R.choice(["SLACK_WEBHOOK_URL", "ALERT_WEBHOOK", "DISCORD_WEBHOOK", "TEAMS_HOOK", "NOTIFY_URL"]), ph("WEBHOOK", None, lang, {})))
        else:
            entries.append((R.choice(["ADMIN_EMAIL", "SUPPORT_PHONE", "ALLOWED_IP"]), None))
            nm = entries[-1][0]
            entries[-1] = (nm, ph({"ADMIN_EMAIL": "EMAIL", "SUPPORT_PHONE": "PHONE", "ALLOWED_IP": "IP"}[nm], {"ADMIN_EMAIL": "plain", "SUPPORT_PHONE": None, "ALLOWED_IP": "v4_public"}[nm], lang, {}))
    for _ in range(R.randint(1, 3) + (2 if neg_only else 0)):
        nm, k = R.choice(NEG_CFG)
        if nm in PORTS:
            entries.append((nm, N(PORTS[nm], "PORT")))
        elif nm == "GIT_SHA":
            entries.append((nm, N(V.rs(V.HEX, 40), "HASH")))
        else:
            entries.append((nm, V.neg(k, lang)))
    for _ in range(R.randint(0, 2)):
        nm, v = R.choice(PLAIN_CFG)
        entries.append((nm, T(v)))
    R.shuffle(entries)
    if style == "json":
        out = [("{\n", None)]
        for i, (nm, segs) in enumerate(entries):
            out.append((f'  "{nm.lower()}": ', None))
            out += jstr(segs, True)
            out.append((",\n" if i < len(entries) - 1 else "\n", None))
        out.append(("}", None))
        segs = out
    else:
        lines = [cfg_line(style, nm, s) for nm, s in entries]
        if style in ("yaml", "yamlq"):
            lines.insert(0, T(R.choice(["env:", "secrets:", "parameters:", "shop:"])))
        if style == "php":
            lines.insert(0, T("return ["))
            lines.append(T("];"))
        if style == "docker":
            lines.insert(0, T("docker run -d \\"))
            lines.append(T("  shop/api:latest"))
        if style == "ini":
            lines.insert(0, T("[production]"))
        segs = join(lines, "\n")
    intro = {"en": ["Here's the env from the box:", "current config (prod!):", "Can someone check this file?"],
             "de": ["Hier die Konfiguration vom Server:", "aktuelle .env (prod!):", "Kann jemand die Datei prüfen?"],
             "fr": ["Voici la config du serveur :", "le .env actuel (prod !) :", "Quelqu'un peut vérifier ce fichier ?"]}[lang]
    if R.random() < 0.6:
        fence = R.random() < 0.5
        segs = T(R.choice(intro) + "\n" + ("```\n" if fence else "")) + segs + T("\n```" if fence else "")
    return segs, "config_" + style


def reg_log(lang, neg_only):
    lines = []
    for _ in range(R.randint(2, 5)):
        r = R.randint(0, 6)
        ts = f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"
        if neg_only:
            r = 6
        if r == 0:
            lines.append(ph("IP", R.choice(["v4_public", "v4_private", "v6_compressed", "v6_full"]), lang, {}) +
                         T(f' - - [{R.randint(1, 28):02d}/Nov/2026:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:11 +0100] "POST /checkout/payment HTTP/1.1" {R.choice([200, 302, 403, 429])} {R.randint(200, 9000)}'))
        elif r == 1:
            lines.append(T(f"{ts} WARN payment declined order=") + ph("ORDER", None, lang, {}) + T(" ip=") + ph("IP", "v4_public", lang, {}))
        elif r == 2:
            lines.append(T(f'{ts} level=error msg="login failed" user=') + ph("EMAIL", "plain", lang, {}) + T(" src=") + ph("IP", None, lang, {}))
        elif r == 3:
            lines.append(T(f"{ts} DEBUG outbound request headers: ") + ph("AUTH", None, lang, {}))
        elif r == 4:
            lines.append(T(f"{ts} INFO refund queued for order ") + ph("ORDER", None, lang, {}) + T(" amount=") + V.neg("PRICE", "en"))
        elif r == 5:
            lines.append(T(f"{ts} ERROR could not connect: ") + ph("CONN", R.choice(["postgres", "mysql", "redis", "mongodb", "amqp"]), lang, {}))
        else:
            lines.append(T(f"{ts} INFO sync ok build=") + V.neg("BUILD_ID", lang) + T(" version=") + V.neg("VERSION", lang) +
                         T(" request_id=") + V.neg("UUID", lang) + T(" sku=") + V.neg("SKU", lang))
    return join(lines, "\n"), "log"


def reg_http(lang, neg_only):
    path = R.choice(["/admin/api/2025-01/orders.json", "/wp-json/wc/v3/orders", "/api/_action/order/state", "/rest/V1/orders", "/v1/refunds"])
    lines = [T(f"{R.choice(['POST', 'GET', 'PUT'])} {path} HTTP/1.1"), T("Host: " + R.choice(["lunaire.myshopify.com", "shop.fahrradwerk.de", "api.maison-lumen.fr"]))]
    if not neg_only:
        r = R.random()
        if r < 0.5:
            lines.append(ph("AUTH", None, lang, {}))
        elif r < 0.75:
            lines.append(T("X-Shopify-Access-Token: ") + ph("SECRET", "shopify_access", lang, {}))
        else:
            name, val, var = keyed_pair(R.choice(["generic_hex", "generic_b62", "cloudflare_global_key", "generic_b64url"]))
            lines.append(T("X-Api-Key: ") + P(val, "SECRET", var))
        lines.append(T("X-Forwarded-For: ") + ph("IP", "v4_xff", lang, {}))
    else:
        lines.append(T("Authorization: Bearer ") + V.neg("PLACEHOLDER", lang))
    lines.append(T("X-Request-Id: ") + V.neg("UUID", lang))
    lines.append(T("Content-Type: application/json"))
    return join(lines, "\n"), "http"


def reg_pem_paste(lang, neg_only):
    intro = {"en": "pasting the key from the old server, please move it to the vault:", "de": "Schlüssel vom alten Server, bitte in den Vault verschieben:",
             "fr": "voici la clé de l'ancien serveur, à mettre dans le coffre :"}[lang]
    if R.random() < 0.35:
        k, block = V.pem(PEM_KIND(), nl="\n")
        esc = json.dumps(block)[1:-1]
        segs = T(intro + '\n{"type": "service_account", "private_key_id": "') + N(V.rs(V.HEX, 40), "HASH") + T('", "private_key": "') + P(esc, "SECRET", "pem_jsonesc") + T('", "client_email": "') + P("sync@lunaire-prod.iam.gserviceaccount.com", "EMAIL", "service_account") + T('"}')
    else:
        segs = T(intro + "\n") + ph("PEM", None, lang, {})
    return segs, "paste"


REGS = [(reg_chat, 14), (reg_sms, 8), (reg_email, 17), (reg_ticket, 12), (reg_market, 7), (reg_form, 10), (reg_csv, 7),
        (reg_json, 10), (reg_config, 8), (reg_log, 5), (reg_http, 3), (reg_pem_paste, 1.5)]


def finish(segs):
    text, spans, negs, pos = "", [], [], 0
    for t, lab in segs:
        if not t:
            continue
        bstart = len(text.encode("utf-8"))
        text += t
        bend = len(text.encode("utf-8"))
        if lab and lab[0] == "P":
            spans.append({"start": bstart, "end": bend, "type": lab[1], "variant": lab[2], "value": t})
        elif lab and lab[0] == "N":
            negs.append({"start": bstart, "end": bend, "type": "NEGATIVE_" + lab[1], "value": t})
    # strip leading/trailing whitespace only if no span touches it (keep offsets simple: don't strip)
    return text, spans, negs


def count(recs):
    c = collections.Counter()
    for r in recs:
        for s in r["spans"]:
            v = s["variant"]
            if s["type"] in ("IBAN", "PHONE"):
                v = v.split("/")[0]
            c[(s["type"], v)] += 1
    return c


ALL_RECS = []


def coverage():
    """top up rare variants with forced sentences in prose registers"""
    c = count(ALL_RECS)
    want = []
    for k in BARE:
        want += [("SECRET", k, "{SECRET}", "{SECRET:%s}" % k)] * max(0, 4 - c[("SECRET", k)])
    for k in sorted(KEY_ONLY) + list(V.KEYED_SECRETS):
        want += [("SECRET", k, "{KEYED}", "{KEYED:%s}" % k)] * max(0, 4 - c[("SECRET", k)])
    for k in V.ORDER_SCHEMES:
        want += [("ORDER", k, "{ORDER}", "{ORDER:%s}" % k)] * max(0, 14 - c[("ORDER_NUMBER", k)])
    for k in V.IP_FORMS:
        want += [("IP", k, "{IP}", "{IP:%s}" % k)] * max(0, 12 - c[("IP_ADDRESS", k)])
    for k in V.IBAN_REG:
        want += [("IBAN", k, "{IBAN}", "{IBAN:%s}" % k)] * max(0, 3 - c[("IBAN", k)])
    for k in V.PEM_KINDS:
        want += [("SECRET", k, "{PEM}", "{PEM:%s}" % k)] * max(0, 6 - c[("SECRET", k)])
    for k in V.PH:
        want += [("PHONE", k, "{PHONE}", "{PHONE:%s}" % k)] * max(0, 8 - c[("PHONE", k)])
    topic = {"SECRET": "secret", "ORDER": "order", "IP": "ip", "IBAN": "iban", "PHONE": "phone"}
    out = []
    langs = Cyc(["en"] * 4 + ["de"] * 3 + ["fr"] * 3)
    for typ, k, gen_ph, forced in want:
        lang = langs()
        if typ == "PHONE":
            lang = "de" if k in V.PHONE_COUNTRIES_DE else ("fr" if k in V.PHONE_COUNTRIES_FR else "en")
        cands = [t for t in S[lang][topic[typ]] if gen_ph in t]
        FORCED.append(R.choice(cands).replace(gen_ph, forced, 1))
        fn = R.choice([reg_chat, reg_email, reg_ticket, reg_chat, reg_email])
        segs, reg = fn(lang, False)
        FORCED.clear()
        text, spans, negs = finish(segs)
        out.append({"lang": lang, "register": reg, "text": text, "spans": spans, "negatives": negs})
    print("coverage records", len(out))
    return out


def main(out="set.jsonl"):
    sizes = {"en": 760, "de": 570, "fr": 570}
    recs = []
    fns, ws = zip(*REGS)
    for lang, n in sizes.items():
        for i in range(n):
            neg_only = R.random() < 0.12
            fn = R.choices(fns, weights=ws)[0]
            if neg_only and fn in (reg_pem_paste, reg_market):
                fn = reg_chat
            segs, reg = fn(lang, neg_only)
            text, spans, negs = finish(segs)
            recs.append({"lang": lang, "register": reg, "text": text, "spans": spans, "negatives": negs})
    ALL_RECS.extend(recs)
    recs += coverage()
    R.shuffle(recs)
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs):
            r = {"id": f"sv6-{i:05d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "records to", out)


if __name__ == "__main__":
    main(*sys.argv[1:])
