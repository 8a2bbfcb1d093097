#!/usr/bin/env python3
"""Render structured-v7 set.jsonl. Offsets tracked per segment, written as UTF-8 byte offsets."""
import json, re
import values as V
from values import R
from frames import F

PH = re.compile(r"\{([A-Z_]+)(?::([A-Za-z0-9_]+))?\}")


class Doc:
    def __init__(s, lower=False):
        s.seg = []  # (text, None | (kind, type, variant))
        s.lower = lower

    def t(s, x):
        s.seg.append((x.lower() if s.lower else x, None))

    def p(s, x, typ, var):
        s.seg.append((x, ("P", typ, var)))

    def n(s, x, kind):
        s.seg.append((x, ("N", "NEGATIVE_" + kind, None)))

    def extend(s, d):
        s.seg.extend(d.seg)

    def quoted(s, pre="> "):
        if any(l and "\n" in x for x, l in s.seg):
            return None
        d = Doc()
        d.t(pre)
        for x, l in s.seg:
            if l is None:
                d.seg.append((x.replace("\n", "\n" + pre), None))
            else:
                d.seg.append((x, l))
        return d

    def has_nl_span(s):
        return any(l and "\n" in x for x, l in s.seg)


def kv_line(d, lang, syntax=None, kind=None):
    if kind is None:
        kind = R.choice(V.NAMED_ONLY + V.PREFIXED + V.NAMED_ONLY) if R.random() < .7 else R.choice(V.PREFIXED)
    val, kind = V.secret(kind)
    key = V.SECRET_KEYNAME[kind] if R.random() < .75 else R.choice(V.GEN_KEYS)
    if kind == "password":
        key = R.choice(["DB_PASSWORD", "password", "Passwort", "mot_de_passe", "SMTP_PASS", "REDIS_PASSWORD"])
    syntax = syntax or R.choice(["env", "export", "yaml", "yamlq", "json", "toml", "php", "docker", "ini", "js", "header", "py"])
    pre, post = {"env": (f"{key}=", ""), "export": (f"export {key}=\"", "\""), "yaml": (f"{key.lower()}: ", ""),
                 "yamlq": (f"  {key.lower()}: '", "'"), "json": (f"\"{key}\": \"", "\","), "toml": (f"{key.lower()} = \"", "\""),
                 "php": (f"'{key.lower()}' => '", "',"), "docker": (f"docker run -e {key}=", " shop/api:latest"),
                 "ini": (f"{key.lower()} = ", ""), "js": (f"const {key} = \"", "\";"), "header": (f"X-Api-Key: ", ""),
                 "py": (f"os.environ[\"{key}\"] = \"", "\"")}[syntax]
    if kind == "flyio" and syntax == "header":
        pre = "Authorization: "
    d.t(pre)
    d.p(val, "SECRET", kind)
    d.t(post)


def neg_kv_line(d):
    k = R.choice(["VERSION", "PORT", "PUBLISHABLE_KEY", "PLACEHOLDER", "UUID", "HASH", "BUILD_ID"])
    key = {"VERSION": "APP_VERSION", "PORT": "PORT", "PUBLISHABLE_KEY": "STRIPE_PUBLISHABLE_KEY", "PLACEHOLDER": R.choice(["API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN"]),
           "UUID": "TENANT_ID", "HASH": "GIT_SHA", "BUILD_ID": "BUILD_NUMBER"}[k]
    d.t(f"{key}=")
    d.n(V.neg(k), k)


def conn(d):
    pw = V.SECRET_GEN["password"]().replace("@", "x").replace("/", "x").replace("#", "x").replace("%", "x")
    user = R.choice(["shop", "app", "admin", "orders_rw", "magento", "wp_user"])
    host = R.choice(["db.internal", "10.0.3.12", "pg-prod.eu-central-1.rds.amazonaws.com", "cluster0.ab12c.mongodb.net", "redis-master", "mq.shop.local"])
    k = R.choice(["pg", "mysql", "mongo", "redis", "amqp", "jdbc", "ado", "azure_storage", "smtp"])
    if k == "pg":
        d.t(f"postgres://{user}:"); d.p(pw, "SECRET", "conn_url"); d.t(f"@{host}:5432/shop")
    elif k == "mysql":
        d.t(f"mysql://{user}:"); d.p(pw, "SECRET", "conn_url"); d.t(f"@{host}:3306/magento")
    elif k == "mongo":
        d.t(f"mongodb+srv://{user}:"); d.p(pw, "SECRET", "conn_url"); d.t(f"@{host}/orders?retryWrites=true")
    elif k == "redis":
        d.t("redis://:"); d.p(pw, "SECRET", "conn_url"); d.t(f"@{host}:6379/0")
    elif k == "amqp":
        d.t(f"amqps://{user}:"); d.p(pw, "SECRET", "conn_url"); d.t(f"@{host}/vhost")
    elif k == "smtp":
        d.t(f"smtp://{user}%40shop.de:"); d.p(pw, "SECRET", "url_password"); d.t("@smtp.mailbox.org:587")
    elif k == "jdbc":
        d.t(f"jdbc:postgresql://{host}:5432/erp?user={user}&password="); d.p(pw, "SECRET", "jdbc")
    elif k == "ado":
        d.t(f"Server=tcp:{host},1433;Database=Shop;User ID={user};Password="); d.p(pw, "SECRET", "ado_conn"); d.t(";Encrypt=True;")
    else:
        d.t(f"DefaultEndpointsProtocol=https;AccountName=shopassets{R.randint(1, 99)};AccountKey="); d.p(V._azure_key(), "SECRET", "azure_storage_key"); d.t(";EndpointSuffix=core.windows.net")


def auth(d):
    k = R.choice(["bearer_jwt", "bearer_opaque", "basic"])
    if k == "basic":
        import base64
        cred = base64.b64encode(f"{R.choice(['api', 'shop', 'admin'])}:{V.rs(V.AN, 14)}".encode()).decode()
        d.t("Authorization: Basic "); d.p(cred, "SECRET", "auth_basic")
    elif k == "bearer_jwt":
        d.t("Authorization: Bearer "); d.p(V.jwt(), "SECRET", "auth_bearer_jwt")
    else:
        d.t("Authorization: Bearer "); d.p(V.rs(V.AN + "-._", 48), "SECRET", "auth_bearer_opaque")


def render(tpl, lang, d, sch=None):
    """render template into doc d"""
    sch = sch or V.R.choice(V.ORDER_SCHEMES)
    pos = 0
    for m in PH.finditer(tpl):
        d.t(tpl[pos:m.start()])
        pos = m.end()
        k, a = m.group(1), m.group(2)
        if k == "ORDER":
            v, s = V.order(a or sch)
            d.p(v, "ORDER_NUMBER", s)
            sch = V.R.choice(V.ORDER_SCHEMES)
        elif k == "PLAT":
            d.t(V.PLATFORM.get(sch) or {"en": "web shop", "de": "Onlineshop", "fr": "la boutique en ligne"}[lang])
        elif k == "CARD":
            v, var = V.card(a)
            d.p(v, "CREDIT_CARD", var)
        elif k == "IBAN":
            v, var = V.iban()
            d.p(v, "IBAN", var)
        elif k == "PHONE":
            v, var = V.phone(a)
            d.p(v, "PHONE", var)
        elif k == "EMAIL":
            v, var = V.email()
            d.p(v, "EMAIL", var)
        elif k == "IP":
            form = a or R.choice(V.IP_FORMS)
            core, pre, post = V.ip_value(form)
            d.t(pre); d.p(core, "IP_ADDRESS", form); d.t(post)
        elif k == "SECRET":
            v, var = V.secret(R.choice(V.PREFIXED))
            d.p(v, "SECRET", var)
        elif k == "KV":
            kv_line(d, lang)
        elif k == "N_KV":
            neg_kv_line(d)
        elif k == "CONN":
            conn(d)
        elif k == "AUTH":
            auth(d)
        elif k == "HOOK":
            v, var = V.secret(R.choice(["slack_webhook", "discord_webhook", "teams_webhook", "zapier_webhook", "google_chat_webhook"]))
            d.p(v, "SECRET", var)
        elif k == "PEM":
            kind = R.choice(["rsa", "pkcs8", "ec", "dsa", "encrypted", "openssh", "openssh", "pgp"])
            d.p(V.pem(kind), "SECRET", "pem_" + kind)
        elif k == "N":
            d.n(V.neg(a, lang), a)
        else:
            raise ValueError(k)
    d.t(tpl[pos:])
    return d


TOPICS = ["order"] * 7 + ["card"] * 4 + ["iban"] * 4 + ["phone"] * 4 + ["email"] * 2 + ["ip"] * 3 + ["secret"] * 6


def body(lang, n=None, neg_p=.45, lower=False):
    d = Doc(lower)
    n = n or R.choice([1, 1, 2, 2, 3])
    for i in range(n):
        if i:
            d.t(R.choice([" ", "\n", "\n\n"]))
        render(R.choice(F[lang][R.choice(TOPICS)]), lang, d)
    if R.random() < neg_p:
        d.t(R.choice([" ", "\n"]))
        render(R.choice(F[lang]["neg"]), lang, d)
    return d


L = {
 "en": dict(hi=["Hi,", "Hello team,", "Good morning,", "Hey"], bye=["Thanks,", "Best regards,", "Cheers,", "Kind regards,"],
            wrote="On {date}, {who} wrote:", subj=["Re: your order", "Refund question", "Fwd: payment issue", "Problem with delivery"],
            roles=["Customer Service", "Ops", "Accounts Payable", "Warehouse"], cust="Customer", agent="Agent",
            mk="New message from buyer regarding order", prio="Priority", desc="Description", status="Status: open"),
 "de": dict(hi=["Hallo,", "Guten Tag,", "Moin,", "Sehr geehrte Damen und Herren,"], bye=["Viele Grüße", "Mit freundlichen Grüßen", "LG", "Danke und Gruß"],
            wrote="Am {date} schrieb {who}:", subj=["AW: Ihre Bestellung", "Erstattung", "WG: Zahlungsproblem", "Lieferung fehlt"],
            roles=["Kundenservice", "Buchhaltung", "Lager", "Einkauf"], cust="Kundin", agent="Support",
            mk="Neue Nachricht vom Käufer zur Bestellung", prio="Priorität", desc="Beschreibung", status="Status: offen"),
 "fr": dict(hi=["Bonjour,", "Madame, Monsieur,", "Salut,", "Bonsoir,"], bye=["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bonne journée,"],
            wrote="Le {date}, {who} a écrit :", subj=["RE: votre commande", "Remboursement", "TR: problème de paiement", "Colis manquant"],
            roles=["Service client", "Comptabilité", "Entrepôt", "Achats"], cust="Cliente", agent="Conseiller",
            mk="Nouveau message de l'acheteur concernant la commande", prio="Priorité", desc="Description", status="Statut : ouvert"),
}


def reg_plain(lang):
    return body(lang), "chat"


def reg_sms(lang):
    return body(lang, n=1, lower=True), "sms"


def reg_chat_transcript(lang):
    d = Doc()
    for i in range(R.choice([2, 3])):
        who = L[lang]["cust"] if i % 2 == 0 else L[lang]["agent"]
        d.t(f"[{R.randint(8, 21):02d}:{R.randint(0, 59):02d}] {who}: ")
        d.extend(body(lang, n=1, neg_p=.3))
        d.t("\n")
    return d, "chat_transcript"


def signature(lang, d):
    d.t(R.choice(L[lang]["bye"]) + "\n" + R.choice(L[lang]["roles"]) + " · " + R.choice(["Kaffeewerk GmbH", "Maison Lavande SARL", "Nordic Knits Ltd", "Velo Atelier AG", "Papeterie Bleue"]) + "\n")
    if R.random() < .7:
        d.t(R.choice(["T ", "Tel. ", "Tél. ", "Phone: ", "", "M: "]))
        v, var = V.phone(); d.p(v, "PHONE", var); d.t("\n")
    if R.random() < .6:
        v, var = V.email("shop"); d.p(v, "EMAIL", var); d.t("\n")
    if R.random() < .4:
        d.t({"en": "VAT ", "de": "USt-IdNr. ", "fr": "TVA "}[lang]); d.n(V.neg("VAT_ID"), "VAT_ID"); d.t("\n")


def reg_email(lang):
    d = Doc()
    d.t("Subject: " + R.choice(L[lang]["subj"]) + "\n\n" + R.choice(L[lang]["hi"]) + "\n\n")
    d.extend(body(lang))
    d.t("\n\n")
    signature(lang, d)
    q = body(lang, n=R.choice([1, 2]), neg_p=.3)
    qq = q.quoted()
    if qq is not None:
        d.t("\n" + L[lang]["wrote"].format(date=V.neg("DATE", lang), who="") .replace("  ", " ").replace(" :", ":") + "\n")
        # put the sender e-mail into the 'wrote' line sometimes
        d.extend(qq)
        d.t("\n")
    return d, "email_quoted"


def reg_ticket(lang):
    d = Doc()
    d.t("Ticket ")
    d.n(V.neg("TICKET"), "TICKET")
    d.t(f"\n{L[lang]['prio']}: {R.choice(['P2', 'P3', 'high', 'normal'])}\n{L[lang]['status']}\n{L[lang]['desc']}:\n")
    d.extend(body(lang, n=R.choice([1, 2, 3]), neg_p=.6))
    d.t("\n---\n")
    return d, "ticket"


FORM_LABELS = {
 "en": {"order": "Order number", "email": "E-mail", "phone": "Phone", "iban": "IBAN", "card": "Card", "cust": "Customer no.", "zip": "Postcode", "msg": "Message"},
 "de": {"order": "Bestellnummer", "email": "E-Mail", "phone": "Telefon", "iban": "IBAN", "card": "Kartennummer", "cust": "Kundennr.", "zip": "PLZ", "msg": "Nachricht"},
 "fr": {"order": "N° de commande", "email": "Courriel", "phone": "Téléphone", "iban": "IBAN", "card": "Carte", "cust": "N° client", "zip": "Code postal", "msg": "Message"},
}


def reg_form(lang):
    lb = FORM_LABELS[lang]
    d = Doc()
    sep = R.choice([": ", " = ", "\t", ":\t"])
    d.t(R.choice(["=== Kontaktformular ===\n", "Form submission\n", "--- formulaire ---\n", ""]))
    d.t(lb["cust"] + sep); d.n(V.neg("CUSTOMER_NUMBER"), "CUSTOMER_NUMBER"); d.t("\n")
    d.t(lb["order"] + sep); v, s = V.order(); d.p(v, "ORDER_NUMBER", s); d.t("\n")
    for f in R.sample(["email", "phone", "iban", "card", "zip"], R.randint(2, 4)):
        d.t(lb[f] + sep)
        if f == "email":
            v, var = V.email(); d.p(v, "EMAIL", var)
        elif f == "phone":
            v, var = V.phone(); d.p(v, "PHONE", var)
        elif f == "iban":
            v, var = V.iban(form=R.choice(["compact", "grouped", "lower", "dashed", "ccspace"])); d.p(v, "IBAN", var)
        elif f == "card":
            v, var = V.card(R.choice(["plain", "space", "dash", "dot", "everydigit", "mixed", "underscore"])); d.p(v, "CREDIT_CARD", var)
        else:
            d.n(V.neg("POSTCODE", lang), "POSTCODE")
        d.t("\n")
    d.t(lb["msg"] + sep)
    d.extend(body(lang, n=1, neg_p=.3))
    return d, "form"


def reg_csv(lang):
    d = Doc()
    head = {"en": "order_id;customer_id;sku;qty;total;phone;email", "de": "Bestellnummer;Kundennummer;Artikel;Menge;Summe;Telefon;E-Mail",
            "fr": "num_commande;num_client;ref_article;qte;total;telephone;email"}[lang]
    d.t(head + "\n")
    for _ in range(R.randint(1, 3)):
        v, s = V.order(); d.p(v, "ORDER_NUMBER", s); d.t(";")
        d.n(V.neg("CUSTOMER_NUMBER"), "CUSTOMER_NUMBER"); d.t(";")
        d.n(V.neg("SKU"), "SKU"); d.t(";")
        d.n(V.neg("QUANTITY"), "QUANTITY"); d.t(";")
        d.n(V.neg("PRICE", lang), "PRICE"); d.t(";")
        v, var = V.phone(form="e164" if R.random() < .5 else None); d.p(v, "PHONE", var); d.t(";")
        v, var = V.email(); d.p(v, "EMAIL", var); d.t("\n")
    return d, "csv"


def jstr(d, s):
    d.t(json.dumps(s, ensure_ascii=R.random() < .6))


def reg_json(lang):
    d = Doc()
    okey = R.choice({"en": ["orderNumber", "order_id", "orderRef"], "de": ["bestellnummer", "auftragsId", "orderNumber"], "fr": ["numero_commande", "id_order", "reference"]}[lang])
    d.t("{\n  \"" + okey + "\": \"")
    v, s = V.order(R.choice([x for x in V.ORDER_SCHEMES])); d.p(v, "ORDER_NUMBER", s); d.t("\",\n")
    d.t("  \"customer\": {\"id\": \""); d.n(V.neg("CUSTOMER_NUMBER"), "CUSTOMER_NUMBER"); d.t("\", \"name\": ")
    jstr(d, R.choice(["Müller", "Çelik", "Lefèvre", "Ødegaard", "Nuñez", "Dvořák", "Ng", "Brontë", "Şahin", "Żukowski"])); d.t(", \"email\": \"")
    v, var = V.email(); d.p(v, "EMAIL", var); d.t("\", \"phone\": \"")
    v, var = V.phone(form="e164" if R.random() < .6 else "intl"); d.p(v, "PHONE", var); d.t("\"},\n")
    d.t("  \"items\": [{\"sku\": \""); d.n(V.neg("SKU"), "SKU"); d.t("\", \"ean\": \""); d.n(V.ean(), "EAN"); d.t("\", \"qty\": ")
    d.n(V.neg("QUANTITY"), "QUANTITY"); d.t("}],\n")
    c = R.random()
    if c < .3:
        d.t("  \"payment\": {\"iban\": \""); v, var = V.iban(form=R.choice(["compact", "grouped", "lower"])); d.p(v, "IBAN", var); d.t("\"},\n")
    elif c < .5:
        d.t("  \"payment\": {\"card\": \""); v, var = V.card(R.choice(["plain", "space", "dash"])); d.p(v, "CREDIT_CARD", var); d.t("\"},\n")
    elif c < .7:
        d.t("  \"client_ip\": \""); core, _, _ = V.ip_value(R.choice(["v4_public", "v6_compressed", "v6_full", "v4_private"])); d.p(core, "IP_ADDRESS", "json_" + ("v6" if ":" in core else "v4")); d.t("\",\n")
    elif c < .85:
        kind = R.choice(V.PREFIXED)
        d.t("  \"" + R.choice(["apiKey", "token", "webhook_secret", "access_token"]) + "\": \""); v, _ = V.secret(kind); d.p(v, "SECRET", kind); d.t("\",\n")
    else:
        pem = V.pem(R.choice(["rsa", "pkcs8", "ec"]))
        esc = json.dumps(pem)[1:-1]
        d.t("  \"private_key\": \""); d.p(esc, "SECRET", "pem_jsonesc"); d.t("\",\n")
    d.t("  \"note\": "); jstr(d, R.choice({"en": ["Leave at the café next door", "Deliver after 6pm", "naïve gift wrap please"],
                                          "de": ["Bitte beim Nachbarn abgeben, Hausnr. 12", "Lieferung nur vormittags, Grüße", "Tür links, Schlüssel beim Pförtner"],
                                          "fr": ["Livrer chez la gardienne, bâtiment B", "Après 18h svp, merci beaucoup", "Étage 3, code porte à l'intérieur"]}[lang]))
    d.t(",\n  \"created_at\": \""); d.n(V.neg("DATE", "en").replace("/", "-") if False else f"2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}", "DATE"); d.t("\"\n}")
    return d, "json"


def reg_marketplace(lang):
    d = Doc()
    sch = R.choice(["amazon_3_7_7", "ebay_2_5_5", "etsy", "zalando", "otto", "bol", "cdiscount", "kaufland", "manomano", "ebay_legacy", "amazon_digital"])
    d.t(f"{V.PLATFORM[sch]} · {L[lang]['mk']} ")
    v, s = V.order(sch); d.p(v, "ORDER_NUMBER", s)
    d.t("\n" + {"en": "Item: ", "de": "Artikel: ", "fr": "Article : "}[lang])
    if sch.startswith("ebay"):
        d.n(V.neg("ITEM_NUMBER"), "ITEM_NUMBER")
    else:
        d.n(V.neg("SKU"), "SKU")
    d.t("\n\n")
    d.extend(body(lang, n=1, neg_p=.3))
    d.t("\n\n" + {"en": "Reply within 24 hours to keep your response rate.", "de": "Bitte innerhalb von 24 Stunden antworten.", "fr": "Répondez sous 24 h."}[lang])
    return d, "marketplace"


def reg_config(lang):
    d = Doc()
    d.t(R.choice(["# .env.production\n", "# config/secrets.yml\n", "[settings]\n", "# shared by ops, do not commit\n", ""]))
    syn = R.choice(["env", "export", "yaml", "ini", "toml", "json", "php", "js", "py"])
    for i in range(R.randint(2, 5)):
        if R.random() < .3:
            neg_kv_line(d)
        else:
            kv_line(d, lang, syntax=syn)
        d.t("\n")
    if R.random() < .3:
        d.t("DATABASE_URL="); conn(d); d.t("\n")
    return d, "config"


def reg_log(lang):
    d = Doc()
    for _ in range(R.randint(2, 4)):
        d.n(f"2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}", "DATE"); d.t("T"); d.n(f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}", "TIME")
        c = R.random()
        if c < .4:
            form = R.choice(["v4_public", "v4_port", "v6_compressed", "v4_private", "v6_bracket_port", "v6_mapped", "v4_bracket"])
            core, pre, post = V.ip_value(form)
            d.t(f"Z WARN checkout rate-limit client="); d.t(pre); d.p(core, "IP_ADDRESS", form); d.t(post); d.t(" req="); d.n(V.neg("UUID"), "UUID")
        elif c < .6:
            d.t(" INFO order.created id="); v, s = V.order(); d.p(v, "ORDER_NUMBER", s); d.t(" total="); d.n(V.neg("PRICE", "en"), "PRICE")
        elif c < .8:
            d.t(" DEBUG outbound "); auth(d)
        else:
            d.t(" INFO deploy version="); d.n(V.neg("VERSION"), "VERSION"); d.t(" sha="); d.n(V.rs(V.HEX, 40), "HASH")
        d.t("\n")
    return d, "log"


def reg_neg_only(lang):
    d = Doc(R.random() < .15)
    for i in range(R.randint(1, 3)):
        if i:
            d.t(" ")
        render(R.choice(F[lang]["neg"]), lang, d)
    return d, "neg_only"


def reg_wrapped(lang):
    inner, r = R.choice([reg_plain, reg_sms])(lang)
    d = Doc()
    sch = R.choice(V.ORDER_SCHEMES)
    if R.random() < .5:
        d.t({"en": "Fwd: message from customer\n\n", "de": "WG: Nachricht der Kundin\n\n", "fr": "TR : message client\n\n"}[lang])
        d.extend(inner)
    else:
        d.t(R.choice(L[lang]["hi"]) + "\n")
        d.extend(inner)
        d.t("\n\n")
        signature(lang, d)
    return d, "email_fwd+" + r


REGS = [(reg_plain, 14), (reg_sms, 6), (reg_chat_transcript, 8), (reg_email, 12), (reg_ticket, 10), (reg_form, 8), (reg_csv, 5),
        (reg_json, 7), (reg_marketplace, 8), (reg_config, 8), (reg_log, 5), (reg_neg_only, 7), (reg_wrapped, 5)]


# coverage: make sure every card form / IBAN country / phone country-form / IP form / secret kind / order scheme appears
COVER_T = {
 "en": {"pem": "key file:\n{v}\n", "conn": "DSN {v}", "auth": "request header {v}","card": "card no. {v}", "iban": "IBAN: {v}", "phone": "phone {v}", "ip": "source address {v} flagged", "secret": "the key is {v}", "order": "order {v}"},
 "de": {"pem": "Schlüsseldatei:\n{v}\n", "conn": "Verbindung: {v}", "auth": "Header {v}", "card": "Kartennr. {v}", "iban": "IBAN {v}", "phone": "Telefon {v}", "ip": "Quelle {v} gesperrt", "secret": "Schlüssel: {v}", "order": "Bestellung {v}"},
 "fr": {"pem": "fichier de clé :\n{v}\n", "conn": "connexion : {v}", "auth": "en-tête {v}", "card": "carte n° {v}", "iban": "IBAN : {v}", "phone": "tél. {v}", "ip": "adresse source {v} bloquée", "secret": "la clé : {v}", "order": "commande {v}"},
}


def cover_doc(lang, typ, arg):
    d = Doc()
    t = COVER_T[lang][typ]
    if typ == "ip" and arg == "v4_start":
        t = "{v} " + t.replace("{v}", "").strip()
    if typ == "ip" and arg == "v4_end":
        t = t.replace("{v}", "").strip() + ": {v}"
    a, b = t.split("{v}")
    d.t(a)
    if typ == "card":
        v, var = V.card(arg[1], arg[0]); d.p(v, "CREDIT_CARD", var)
    elif typ == "iban":
        v, var = V.iban(arg[0], arg[1]); d.p(v, "IBAN", var)
    elif typ == "phone":
        v, var = V.phone(arg[0], arg[1]); d.p(v, "PHONE", var)
    elif typ == "ip":
        core, pre, post = V.ip_value(arg); d.t(pre); d.p(core, "IP_ADDRESS", arg); d.t(post)
    elif typ == "secret":
        if arg in V.NAMED_ONLY:
            kv_line(d, lang, kind=arg)
        else:
            v, _ = V.secret(arg); d.p(v, "SECRET", arg)
    elif typ == "pem":
        d.p(V.pem(arg), "SECRET", "pem_" + arg)
    elif typ == "conn":
        conn(d)
    elif typ == "auth":
        auth(d)
    elif typ == "order":
        v, s = V.order(arg); d.p(v, "ORDER_NUMBER", s)
    d.t(b)
    if R.random() < .5 and not (typ == "ip" and arg == "v4_end"):
        d.t(R.choice([" — ", "\n", ". "]))
        render(R.choice(F[lang]["neg"]), lang, d)
    return d


def coverage_items():
    items = []
    for name, _, _ in V.ISSUERS:
        for form in V.CARD_FORMS[:]:
            if R.random() < .45:
                items.append(("card", (name, form)))
    for cc in V.IBAN_LEN:
        for _ in range(2):
            items.append(("iban", (cc, R.choice(V.IBAN_FORMS))))
    for cc, (_, _, _, forms) in V.PHONES.items():
        for f in forms:
            items.append(("phone", (cc, f)))
    for f in sorted(set(V.IP_FORMS)):
        items += [("ip", f)] * (5 if f in ("v4_start", "v4_end") else 2)
    for k in V.SECRET_GEN:
        items += [("secret", k)] * 2
    for s in sorted(set(V.ORDER_SCHEMES)):
        items += [("order", s)]
    for k in ["rsa", "pkcs8", "ec", "dsa", "encrypted", "openssh", "pgp"]:
        items += [("pem", k)] * 3
    items += [("conn", None)] * 12 + [("auth", None)] * 6
    return items


def to_rec(i, lang, reg, d):
    text, spans, negs = "", [], []
    for x, l in d.seg:
        if l:
            bs = len(text.encode("utf-8"))
            be = bs + len(x.encode("utf-8"))
            if l[0] == "P":
                spans.append({"start": bs, "end": be, "type": l[1], "variant": l[2], "value": x})
            else:
                negs.append({"start": bs, "end": be, "type": l[1], "value": x})
        text += x
    for s in spans:  # v4_start / v4_end are named by final position
        if s["type"] == "IP_ADDRESS" and s["variant"] in ("v4_start", "v4_end"):
            tb = len(text.encode("utf-8"))
            s["variant"] = "v4_start" if s["start"] == 0 else ("v4_end" if s["end"] == tb else "v4_public")
    return {"id": f"sv7-{i:05d}", "lang": lang, "register": reg, "text": text, "spans": spans, "negatives": negs}


def main():
    recs = []
    langs = ["en"] * 8 + ["de"] * 6 + ["fr"] * 6
    for it in coverage_items():
        lang = R.choice(langs)
        recs.append((lang, "note", cover_doc(lang, *it)))
    total = 1900
    fns, ws = zip(*REGS)
    while len(recs) < total:
        lang = R.choice(langs)
        fn = R.choices(fns, ws)[0]
        d, reg = fn(lang)
        recs.append((lang, reg, d))
    R.shuffle(recs)
    with open("set.jsonl", "w", encoding="utf-8") as f:
        for i, (lang, reg, d) in enumerate(recs):
            f.write(json.dumps(to_rec(i, lang, reg, d), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
