"""Coverage frames for structured-v5: hand-written phrase pieces combined so that every secret kind, card
separator, IBAN registry country, phone country/form, IP form and order-number context appears. Each frame
built here is rendered exactly once by gen.py. Deterministic (own seed)."""
import random

import values as V

Q = random.Random(20261205)

# ------------------------------------------------------------------ secrets with key names
KEYNAMES = {
    "aws_access_key_id": ["AWS_ACCESS_KEY_ID", "aws_access_key_id"], "aws_secret_key": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"],
    "github_classic": ["GITHUB_TOKEN", "GH_TOKEN"], "github_fine_grained": ["GITHUB_PAT", "GH_ENTERPRISE_TOKEN"],
    "gitlab_pat": ["GITLAB_PRIVATE_TOKEN", "gitlab_token"], "gitlab_runner": ["RUNNER_TOKEN", "CI_REGISTRATION_TOKEN"],
    "stripe_live": ["STRIPE_SECRET_KEY", "stripe_api_key"], "stripe_restricted": ["STRIPE_RESTRICTED_KEY"],
    "stripe_webhook": ["STRIPE_WEBHOOK_SECRET", "webhook_signing_secret"], "slack_bot": ["SLACK_BOT_TOKEN"],
    "slack_user": ["SLACK_USER_TOKEN"], "slack_app": ["SLACK_APP_TOKEN"], "slack_webhook": ["SLACK_WEBHOOK_URL", "alert_webhook"],
    "discord_webhook": ["DISCORD_WEBHOOK_URL"], "teams_webhook": ["TEAMS_WEBHOOK", "MSTEAMS_URL"], "zapier_webhook": ["ZAPIER_CATCH_HOOK"],
    "gchat_webhook": ["GOOGLE_CHAT_WEBHOOK"], "powerautomate_webhook": ["FLOW_TRIGGER_URL"], "google_api_key": ["GOOGLE_MAPS_API_KEY", "firebase_api_key"],
    "gcp_oauth_secret": ["GOOGLE_CLIENT_SECRET"], "openai_proj": ["OPENAI_API_KEY"], "openai_legacy": ["OPENAI_KEY"],
    "openai_svcacct": ["OPENAI_API_KEY"], "anthropic": ["ANTHROPIC_API_KEY", "claude_api_key"], "anthropic_admin": ["ANTHROPIC_ADMIN_KEY"],
    "twilio_api_key": ["TWILIO_API_KEY_SID"], "twilio_auth_token": ["TWILIO_AUTH_TOKEN"], "sendgrid": ["SENDGRID_API_KEY"],
    "mailgun_key": ["MAILGUN_API_KEY", "mailgun_private_key"], "shopify_token": ["SHOPIFY_ADMIN_TOKEN", "SHOPIFY_API_SECRET"],
    "npm_token": ["NPM_TOKEN", "NODE_AUTH_TOKEN"], "pypi_token": ["TWINE_PASSWORD", "PYPI_API_TOKEN"], "azure_ad_secret": ["AZURE_CLIENT_SECRET"],
    "digitalocean": ["DIGITALOCEAN_ACCESS_TOKEN", "DO_TOKEN"], "heroku_new": ["HEROKU_API_KEY"], "heroku_uuid": ["HEROKU_API_KEY"],
    "huggingface": ["HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN"], "telegram_bot": ["TELEGRAM_BOT_TOKEN"], "atlassian": ["JIRA_API_TOKEN", "CONFLUENCE_TOKEN"],
    "postman": ["POSTMAN_API_KEY"], "doppler": ["DOPPLER_TOKEN"], "vault": ["VAULT_TOKEN"], "terraform_cloud": ["TF_TOKEN_app_terraform_io"],
    "linear": ["LINEAR_API_KEY"], "notion": ["NOTION_TOKEN"], "grafana_sa": ["GRAFANA_SA_TOKEN"], "grafana_cloud": ["GRAFANA_CLOUD_TOKEN"],
    "databricks": ["DATABRICKS_TOKEN"], "newrelic": ["NEW_RELIC_API_KEY"], "planetscale": ["PLANETSCALE_SERVICE_TOKEN"],
    "pulumi": ["PULUMI_ACCESS_TOKEN"], "rubygems": ["GEM_HOST_API_KEY"], "shippo": ["SHIPPO_API_TOKEN"], "easypost": ["EASYPOST_API_KEY"],
    "age_secret": ["SOPS_AGE_KEY"], "alibaba": ["ALIBABA_CLOUD_ACCESS_KEY_ID"], "square": ["SQUARE_ACCESS_TOKEN"],
    "mailchimp": ["MAILCHIMP_API_KEY"], "brevo": ["BREVO_API_KEY", "SENDINBLUE_KEY"], "contentful": ["CONTENTFUL_MANAGEMENT_TOKEN"],
    "dynatrace": ["DT_API_TOKEN"], "sentry_auth": ["SENTRY_AUTH_TOKEN"], "dropbox": ["DROPBOX_ACCESS_TOKEN"], "figma": ["FIGMA_TOKEN"],
    "flutterwave": ["FLW_SECRET_KEY"], "mollie_live": ["MOLLIE_API_KEY"], "braintree": ["BRAINTREE_ACCESS_TOKEN"], "okta": ["OKTA_API_TOKEN"],
    "cloudflare_origin_ca": ["CF_ORIGIN_CA_KEY"], "jwt": ["SESSION_TOKEN", "id_token"], "facebook_token": ["FB_PAGE_ACCESS_TOKEN"],
    "adobe_client_secret": ["ADOBE_CLIENT_SECRET"], "intercom": ["INTERCOM_ACCESS_TOKEN"], "hubspot_pat": ["HUBSPOT_PRIVATE_APP_TOKEN"],
    "docker_pat": ["DOCKERHUB_TOKEN"], "fly_io": ["FLY_API_TOKEN"], "perplexity": ["PPLX_API_KEY"], "groq": ["GROQ_API_KEY"],
    "replicate": ["REPLICATE_API_TOKEN"], "langsmith": ["LANGSMITH_API_KEY"], "supabase_service": ["SUPABASE_ACCESS_TOKEN"],
    "generic_hex": ["API_KEY", "HMAC_SECRET", "app_secret", "signing_key"], "generic_b64": ["SECRET_KEY", "ENCRYPTION_KEY", "client_secret"],
    "generic_b64url": ["x-api-key", "API_TOKEN", "partner_secret"], "generic_b62": ["APP_KEY", "access_token", "SHOP_API_SECRET"],
    "password": ["DB_PASSWORD", "SMTP_PASSWORD", "db_pass", "admin_password", "MYSQL_ROOT_PASSWORD"],
    "cloudflare_api_token": ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], "datadog_api_key": ["DD_API_KEY", "DATADOG_API_KEY"],
    "bearer_opaque": ["ACCESS_TOKEN", "oauth_token"], "gcp_sa_private_key_id": ["private_key_id"],
}

SYNTAX = [
    ("env", lambda k, v: f"{k.upper()}={v}"),
    ("export", lambda k, v: f"export {k.upper()}=\"{v}\""),
    ("yaml", lambda k, v: f"  {k.lower()}: {v}"),
    ("yamlq", lambda k, v: f"  {k.lower()}: \"{v}\""),
    ("json", lambda k, v: f"  \"{k.lower()}\": \"{v}\","),
    ("toml", lambda k, v: f"{k.lower()} = \"{v}\""),
    ("php", lambda k, v: f"    '{k.lower()}' => '{v}',"),
    ("docker", lambda k, v: f"  -e {k.upper()}={v} \\"),
    ("python", lambda k, v: f"os.environ[\"{k.upper()}\"] = \"{v}\""),
    ("js", lambda k, v: f"const {k.lower().replace('-', '_')} = '{v}';"),
    ("header", lambda k, v: f"{k if k.startswith('x-') else 'X-' + k.title().replace('_', '-')}: {v}"),
    ("ini", lambda k, v: f"{k.lower()}={v}"),
]

NEG_LINES = [
    ("NODE_ENV", "production", None), ("APP_VERSION", "⟦N:VERSION⟧", None), ("PORT", "⟦N:PORT⟧", None),
    ("STRIPE_PUBLISHABLE_KEY", "⟦N:PUBLISHABLE_KEY⟧", None), ("REQUEST_ID", "⟦N:UUID⟧", None), ("BUILD", "⟦N:BUILD_ID⟧", None),
    ("GIT_SHA", "⟦N:HASH⟧", None), ("API_KEY_EXAMPLE", "⟦N:PLACEHOLDER⟧", None), ("OLD_TOKEN", "⟦N:PLACEHOLDER⟧", None),
    ("TWILIO_ACCOUNT_SID", "⟦N:ACCOUNT_ID⟧", None), ("TZ", "Europe/Berlin", None), ("LOG_LEVEL", "debug", None),
]

INTRO = {
    "en": ["Here's our staging config, the deploy still fails with 401:\n```\n", "pasting the env from the worker box (sorry, long):\n", "Config dump attached to ticket ⟦N:TICKET⟧:\n",
           "Can someone check why the export job can't authenticate? settings below\n\n", "From the CI log (build ⟦N:BUILD_ID⟧):\n"],
    "de": ["Hier die Staging-Konfiguration, der Deploy scheitert weiterhin mit 401:\n```\n", "Env vom Worker-Server (sorry, lang):\n", "Konfig-Auszug zu Ticket ⟦N:TICKET⟧:\n",
           "Kann jemand schauen, warum sich der Exportjob nicht anmelden kann? Einstellungen unten\n\n", "Aus dem CI-Log (Build ⟦N:BUILD_ID⟧):\n"],
    "fr": ["Voici la config de préprod, le déploiement échoue toujours en 401 :\n```\n", "l'env du serveur worker (désolé, c'est long) :\n", "Extrait de config pour le ticket ⟦N:TICKET⟧ :\n",
           "Quelqu'un peut regarder pourquoi l'export n'arrive pas à s'authentifier ? paramètres ci-dessous\n\n", "Depuis le log CI (build ⟦N:BUILD_ID⟧) :\n"],
}
OUTRO = {"en": ["", "\n```", "\n\nthanks!", "\n-- ops"], "de": ["", "\n```", "\n\nDanke!", "\nGruß, IT"], "fr": ["", "\n```", "\n\nmerci !", "\n-- l'équipe tech"]}

BARE = {
    "en": ["this key keeps returning 401: ⟦S:{k}⟧", "found ⟦S:{k}⟧ in a public gist, revoke pls", "⟦S:{k}⟧ was in the screenshot the customer sent",
           "Error: invalid credentials (⟦S:{k}⟧)", "leaked in the frontend bundle -> ⟦S:{k}⟧ <- rotate today"],
    "de": ["dieser Schlüssel liefert nur 401: ⟦S:{k}⟧", "⟦S:{k}⟧ stand in einem öffentlichen Gist, bitte widerrufen", "Im Screenshot der Kundin sieht man ⟦S:{k}⟧",
           "Fehler: ungültige Zugangsdaten (⟦S:{k}⟧)", "im Frontend-Bundle gefunden: ⟦S:{k}⟧ – heute noch rotieren"],
    "fr": ["cette clé renvoie toujours 401 : ⟦S:{k}⟧", "trouvé ⟦S:{k}⟧ dans un gist public, à révoquer", "on voit ⟦S:{k}⟧ sur la capture envoyée par le client",
           "Erreur : identifiants invalides (⟦S:{k}⟧)", "fuite dans le bundle front -> ⟦S:{k}⟧ <- à changer aujourd'hui"],
}


def secret_frames(lang, n_blocks):
    out = []
    kinds = list(KEYNAMES)
    Q.shuffle(kinds)
    i = 0
    for _ in range(n_blocks):
        syn_name, syn = Q.choice(SYNTAX)
        lines = []
        for _ in range(Q.randint(2, 3)):
            k = kinds[i % len(kinds)]
            i += 1
            lines.append(syn(Q.choice(KEYNAMES[k]), "⟦S:" + k + "⟧"))
        for _ in range(Q.randint(1, 2)):
            nk, nv, _ = Q.choice(NEG_LINES)
            lines.insert(Q.randrange(len(lines) + 1), syn(nk, nv))
        body = "\n".join(lines)
        if syn_name == "json":
            body = "{\n" + body.rstrip(",") + "\n}"
        if syn_name == "docker":
            body = "docker run -d \\\n" + body + "\n  shop/worker:latest"
        if syn_name == "php":
            body = "return [\n" + body + "\n];"
        out.append(("config", Q.choice(INTRO[lang]) + body + Q.choice(OUTRO[lang])))
    return out


def bare_secret_frames(lang, n):
    out = []
    kinds = V.SELF_ID_SECRETS[:]
    Q.shuffle(kinds)
    for j in range(n):
        out.append(("chat", Q.choice(BARE[lang]).replace("{k}", kinds[j % len(kinds)])))
    return out


STRUCT_SECRETS = {
    "en": ["Our DB is unreachable, DSN is ⟦S:conn_url⟧", "mysqldump fails: ⟦S:conn_url⟧ -> access denied", "FTP feed for the supplier: ⟦S:url_password⟧",
           "the broker URL ⟦S:conn_url⟧ stopped working after the migration", "DefaultConnection: ⟦S:ado_conn⟧", "blob export uses ⟦S:azure_storage_conn⟧",
           "SAS link for the invoices folder: ⟦S:azure_sas⟧", "jdbc: ⟦S:jdbc⟧", "curl -H 'Authorization: Bearer ⟦S:bearer_opaque⟧' https://api.partner.example/orders",
           "curl -H \"Authorization: Basic ⟦S:basic_auth⟧\" https://shop.example/wp-json/wc/v3/orders", "Authorization: Bearer ⟦S:jwt⟧",
           "id_rsa of the backup user:\n⟦S:pem⟧", "the vendor sent their key inline:\n⟦S:pem⟧\nplease store it in the vault", "{\"private_key\": \"⟦S:pemjson⟧\"}"],
    "de": ["Datenbank nicht erreichbar, DSN lautet ⟦S:conn_url⟧", "FTP-Zugang für den Lieferanten-Feed: ⟦S:url_password⟧", "Verbindungszeichenfolge JTL: ⟦S:ado_conn⟧",
           "Authorization: Bearer ⟦S:bearer_opaque⟧", "Header für die Schnittstelle: Authorization: Basic ⟦S:basic_auth⟧", "SSH-Schlüssel des Backup-Users:\n⟦S:pem⟧",
           "Speicherkonto: ⟦S:azure_storage_conn⟧", "jdbc: ⟦S:jdbc⟧", "Redis: ⟦S:conn_url⟧"],
    "fr": ["Base injoignable, la DSN est ⟦S:conn_url⟧", "Accès FTP du flux fournisseur : ⟦S:url_password⟧", "Chaîne de connexion : ⟦S:ado_conn⟧",
           "Authorization: Bearer ⟦S:bearer_jwt⟧", "En-tête : Authorization: Basic ⟦S:basic_auth⟧", "Clé SSH de l'utilisateur de sauvegarde :\n⟦S:pem⟧",
           "Lien SAS du dossier factures : ⟦S:azure_sas⟧", "jdbc : ⟦S:jdbc⟧", "Le broker ⟦S:conn_url⟧ ne répond plus"],
}

# ------------------------------------------------------------------ cards
CARD_T = {
    "en": ["I was charged twice on ⟦C:{c}⟧ for order ⟦O:*⟧", "card no. ⟦C:{c}⟧ (the one ending differently, ⟦N:CARD_LUHN⟧, is my old one)",
           "Payment failed. Card: ⟦C:{c}⟧ Amount: ⟦N:PRICE⟧", "pan=⟦C:{c}⟧ status=declined code=05", "please refund to the card ⟦C:{c}⟧ not the gift card",
           "Customer read out their card over the phone: ⟦C:{c}⟧ — deleted from notes?", "{\"cardNumber\":\"⟦C:{c}⟧\",\"expiry\":\"04/28\"}"],
    "de": ["Mir wurde zweimal abgebucht von ⟦C:{c}⟧, Bestellung ⟦O:*⟧", "Kartennr. ⟦C:{c}⟧ (die andere, ⟦N:CARD_LUHN⟧, ist abgelaufen)",
           "Zahlung fehlgeschlagen. Karte: ⟦C:{c}⟧ Betrag: ⟦N:PRICE⟧", "Bitte auf die Kreditkarte ⟦C:{c}⟧ erstatten", "Kreditkarte: ⟦C:{c}⟧\nGültig bis: 12/27"],
    "fr": ["J'ai été débité deux fois sur ⟦C:{c}⟧ pour la commande ⟦O:*⟧", "n° de carte ⟦C:{c}⟧ (l'autre, ⟦N:CARD_LUHN⟧, est périmée)",
           "Paiement refusé. Carte : ⟦C:{c}⟧ Montant : ⟦N:PRICE⟧", "merci de rembourser sur la carte ⟦C:{c}⟧", "Carte bancaire : ⟦C:{c}⟧\nExpire fin : 06/28"],
}


def card_frames(lang, seps):
    out = []
    issuers = list(V.ISSUERS)
    for j, sep in enumerate(seps):
        iss = issuers[(j * 7 + len(lang)) % len(issuers)]
        out.append(("form" if "\n" in CARD_T[lang][j % len(CARD_T[lang])] else "chat", Q.choice(CARD_T[lang]).replace("{c}", f"{iss}:{sep}")))
    return out


# ------------------------------------------------------------------ IBAN
IBAN_T = {
    "en": ["Please wire the refund to ⟦I:{i}⟧ (BIC ⟦N:BIC⟧)", "IBAN: ⟦I:{i}⟧", "our supplier changed bank details to ⟦I:{i}⟧ - the old ⟦N:IBAN_CHECKSUM⟧ bounced",
           "Beneficiary account ⟦I:{i}⟧, reference ⟦N:INVOICE⟧", "payout_iban=⟦I:{i}⟧"],
    "de": ["Bitte die Erstattung auf ⟦I:{i}⟧ überweisen (BIC ⟦N:BIC⟧)", "IBAN: ⟦I:{i}⟧", "Neue Bankverbindung des Lieferanten: ⟦I:{i}⟧ – die alte ⟦N:IBAN_CHECKSUM⟧ kam zurück",
           "Empfängerkonto ⟦I:{i}⟧, Verwendungszweck ⟦N:INVOICE⟧", "Kontoverbindung: ⟦I:{i}⟧"],
    "fr": ["Merci de virer le remboursement sur ⟦I:{i}⟧ (BIC ⟦N:BIC⟧)", "IBAN : ⟦I:{i}⟧", "le fournisseur a changé de RIB : ⟦I:{i}⟧ – l'ancien ⟦N:IBAN_CHECKSUM⟧ a été rejeté",
           "Compte bénéficiaire ⟦I:{i}⟧, référence ⟦N:INVOICE⟧", "Coordonnées bancaires : ⟦I:{i}⟧"],
}


def iban_frames(lang, pairs):
    return [("note", Q.choice(IBAN_T[lang]).replace("{i}", f"{cc}:{f}")) for cc, f in pairs]


# ------------------------------------------------------------------ phones (with and without a phone word)
PHONE_T = {
    "en": [("word", "Phone: ⟦P:{p}⟧"), ("word", "call me on ⟦P:{p}⟧ after 5"), ("word", "mobile ⟦P:{p}⟧ / landline ⟦P:{p}⟧"), ("noword", "reach me: ⟦P:{p}⟧"),
           ("noword", "-- \nWarehouse team\n⟦P:{p}⟧"), ("noword", "⟦P:{p}⟧ (whatsapp ok)"), ("word", "Tel ⟦P:{p}⟧ · customer no. ⟦N:CUSTOMER_NUMBER⟧"),
           ("noword", "is ⟦P:{p}⟧ still the right number for the depot?")],
    "de": [("word", "Telefon: ⟦P:{p}⟧"), ("word", "Rufen Sie mich bitte unter ⟦P:{p}⟧ an"), ("word", "Handy ⟦P:{p}⟧, Festnetz ⟦P:{p}⟧"), ("noword", "erreichbar: ⟦P:{p}⟧"),
           ("noword", "--\nLager\n⟦P:{p}⟧"), ("noword", "⟦P:{p}⟧ (auch WhatsApp)"), ("word", "Tel. ⟦P:{p}⟧ · Kundennr. ⟦N:CUSTOMER_NUMBER⟧")],
    "fr": [("word", "Téléphone : ⟦P:{p}⟧"), ("word", "rappelez-moi au ⟦P:{p}⟧ svp"), ("word", "portable ⟦P:{p}⟧ / fixe ⟦P:{p}⟧"), ("noword", "joignable : ⟦P:{p}⟧"),
           ("noword", "--\nL'équipe entrepôt\n⟦P:{p}⟧"), ("noword", "⟦P:{p}⟧ (WhatsApp ok)"), ("word", "Tél. ⟦P:{p}⟧ · n° client ⟦N:CUSTOMER_NUMBER⟧")],
}


def phone_frames(lang, pairs):
    out = []
    for cc, f in pairs:
        kind, t = Q.choice(PHONE_T[lang])
        out.append(("note" if kind == "noword" else "chat", t.replace("{p}", f"{cc}:{f}")))
    return out


# ------------------------------------------------------------------ IPs (incl. start / end of text)
IP_T = {
    "en": ["⟦IP:{k}⟧ tried 40 logins in a minute", "blocked: ⟦IP:{k}⟧", "IOC list for the phishing case: ⟦IP:{k}⟧, ⟦IP:{k}⟧", "the payment callback came from ⟦IP:{k}⟧ (not in the allowlist, see §⟦N:DOTTED_NUMBER⟧)",
           "Origin server ⟦IP:{k}⟧ running version ⟦N:VERSION⟧", "ssh ⟦IP:{k}⟧ -p ⟦N:PORT⟧ works from the office only"],
    "de": ["⟦IP:{k}⟧ hat 40 Logins pro Minute versucht", "gesperrt: ⟦IP:{k}⟧", "IOC-Liste zum Phishing-Fall: ⟦IP:{k}⟧, ⟦IP:{k}⟧", "Der Zahlungs-Callback kam von ⟦IP:{k}⟧ (nicht freigegeben, s. Abschnitt ⟦N:DOTTED_NUMBER⟧)",
           "Origin-Server ⟦IP:{k}⟧ läuft mit Version ⟦N:VERSION⟧"],
    "fr": ["⟦IP:{k}⟧ a tenté 40 connexions en une minute", "bloquée : ⟦IP:{k}⟧", "Liste d'IOC du cas de phishing : ⟦IP:{k}⟧, ⟦IP:{k}⟧", "le callback de paiement venait de ⟦IP:{k}⟧ (hors liste blanche, cf. § ⟦N:DOTTED_NUMBER⟧)",
           "Serveur d'origine ⟦IP:{k}⟧ en version ⟦N:VERSION⟧"],
}


def ip_frames(lang, kinds):
    return [("ticket", Q.choice(IP_T[lang]).replace("{k}", k)) for k in kinds]


# ------------------------------------------------------------------ order numbers pointed at by context words
ORDER_CTX = {
    "en": ["Order: ⟦O:{s}⟧", "Order no. ⟦O:{s}⟧", "your order ⟦O:{s}⟧ has been dispatched", "(order ⟦O:{s}⟧)", "\"order_id\": \"⟦O:{s}⟧\"",
           "Order #: ⟦O:{s}⟧", "RE: order ⟦O:{s}⟧ – missing parts", "I'm writing about my order, number ⟦O:{s}⟧.", "order reference ⟦O:{s}⟧",
           "\"orderNumber\":\"⟦O:{s}⟧\"", "Purchase order ⟦O:{s}⟧", "ord ⟦O:{s}⟧"],
    "de": ["Bestellnummer: ⟦O:{s}⟧", "Best.-Nr. ⟦O:{s}⟧", "Ihre Bestellung ⟦O:{s}⟧ wurde versandt", "(Auftrag ⟦O:{s}⟧)", "\"bestellnummer\": \"⟦O:{s}⟧\"",
           "Auftragsnummer ⟦O:{s}⟧", "AW: Bestellung Nr. ⟦O:{s}⟧ – Teile fehlen", "es geht um meine Bestellung mit der Nummer ⟦O:{s}⟧.", "Bestell-Nr.: ⟦O:{s}⟧",
           "\"auftragsnummer\":\"⟦O:{s}⟧\"", "Kundenauftrag ⟦O:{s}⟧", "Bestellung ⟦O:{s}⟧"],
    "fr": ["N° de commande : ⟦O:{s}⟧", "commande n° ⟦O:{s}⟧", "votre commande ⟦O:{s}⟧ a été expédiée", "(réf. commande ⟦O:{s}⟧)", "\"numeroCommande\": \"⟦O:{s}⟧\"",
           "Référence de commande : ⟦O:{s}⟧", "TR: commande ⟦O:{s}⟧ – pièces manquantes", "je vous écris au sujet de ma commande, numéro ⟦O:{s}⟧.", "cde ⟦O:{s}⟧",
           "\"reference_commande\":\"⟦O:{s}⟧\"", "bon de commande ⟦O:{s}⟧", "Commande ⟦O:{s}⟧"],
}
NEG_CTX = {
    "en": ["SKU ⟦N:SKU⟧", "ticket ⟦N:TICKET⟧", "invoice ⟦N:INVOICE⟧ (⟦N:PRICE⟧)", "EAN ⟦N:EAN⟧", "model ⟦N:MODEL⟧", "delivered ⟦N:DATE⟧", "postcode ⟦N:POSTCODE⟧",
           "tracking ⟦N:TRACKING⟧", "return ⟦N:RMA⟧", "customer no. ⟦N:CUSTOMER_NUMBER⟧", "ordered ⟦N:QUANTITY⟧ pcs"],
    "de": ["Art.-Nr. ⟦N:SKU⟧", "Ticket ⟦N:TICKET⟧", "Rechnung ⟦N:INVOICE⟧ (⟦N:PRICE⟧)", "EAN ⟦N:EAN⟧", "Modell ⟦N:MODEL⟧", "geliefert am ⟦N:DATE⟧", "PLZ ⟦N:POSTCODE⟧",
           "Sendungsnr. ⟦N:TRACKING⟧", "Retoure ⟦N:RMA⟧", "Kundennr. ⟦N:CUSTOMER_NUMBER⟧", "⟦N:QUANTITY⟧ Stück bestellt"],
    "fr": ["réf. article ⟦N:SKU⟧", "ticket ⟦N:TICKET⟧", "facture ⟦N:INVOICE⟧ (⟦N:PRICE⟧)", "EAN ⟦N:EAN⟧", "modèle ⟦N:MODEL⟧", "livrée le ⟦N:DATE⟧", "CP ⟦N:POSTCODE⟧",
           "suivi ⟦N:TRACKING⟧", "retour ⟦N:RMA⟧", "n° client ⟦N:CUSTOMER_NUMBER⟧", "⟦N:QUANTITY⟧ pièces commandées"],
}


def order_frames(lang, schemes):
    out = []
    for s in schemes:
        o = Q.choice(ORDER_CTX[lang]).replace("{s}", s)
        negs = Q.sample(NEG_CTX[lang], Q.randint(1, 2))
        parts = [o] + negs
        Q.shuffle(parts)
        sep = Q.choice([" · ", ", ", "\n", " | ", "; "])
        out.append(("note", sep.join(parts)))
    return out


def build(lang, scale):
    fr = []
    fr += secret_frames(lang, int(45 * scale))
    fr += bare_secret_frames(lang, int(40 * scale))
    fr += [("config", t) for t in STRUCT_SECRETS[lang] for _ in range(2 if scale > 0.9 else 1)]
    seps = V.CARD_SEPS * (3 if scale > 0.9 else 2)
    fr += card_frames(lang, seps)
    ccs = sorted(V.IBAN_LAYOUT)
    pairs = []
    for j, cc in enumerate(ccs):
        pairs.append((cc, V.IBAN_FMTS[(j + len(lang)) % len(V.IBAN_FMTS)]))
    Q.shuffle(pairs)
    pairs = pairs[: int(len(pairs) * (1.0 if scale > 0.9 else 0.75))]
    for cc in V.EU_IBAN[:18]:
        pairs.append((cc, Q.choice(V.IBAN_FMTS)))
    fr += iban_frames(lang, pairs)
    pp = []
    for cc in V.PH:
        for f in Q.sample(V.PHONE_FORMS, 3 if scale > 0.9 else 2):
            pp.append((cc, f))
    fr += phone_frames(lang, pp)
    fr += ip_frames(lang, V.IP_KINDS * (3 if scale > 0.9 else 2))
    sch = [s for s in V.ORDER_SCHEMES] * (2 if scale > 0.9 else 1)
    fr += order_frames(lang, sch)
    fr += hardneg_frames(lang, 2 if scale > 0.9 else 1)
    pem_intro = {"en": ["key file for the sftp export:\n", "```\n", "cat deploy.key\n"], "de": ["Schlüsseldatei für den SFTP-Export:\n", "```\n", "Inhalt von id_ed25519:\n"],
                 "fr": ["fichier de clé pour l'export SFTP :\n", "```\n", "contenu de la clé :\n"]}[lang]
    for k in V.PEMS:
        fr.append(("config", Q.choice(pem_intro) + "⟦S:" + k + "⟧" + Q.choice(["", "\n```", "\n(fingerprint ⟦N:HASH⟧)"])))
    return fr


# ------------------------------------------------------------------ extra hard negatives in the same contexts as positives
HARDNEG = {
    "en": ["customer no. ⟦N:CUSTOMER_NUMBER⟧ — please quote it, not your phone number", "sort code ⟦N:BANK_CODE⟧, account ending ⟦N:QUANTITY⟧",
           "I'd like to order ⟦N:QUANTITY⟧ more of ⟦N:SKU⟧", "ordered on ⟦N:DATE⟧, order value ⟦N:PRICE⟧", "Ticket ⟦N:TICKET⟧ merged into ⟦N:TICKET⟧",
           "firmware ⟦N:VERSION⟧ on the ⟦N:MODEL⟧ fixes it, see section ⟦N:DOTTED_NUMBER⟧", "commit ⟦N:HASH⟧ (sha256 of build: ⟦N:HASH⟧)",
           "API_KEY=⟦N:PLACEHOLDER⟧  # set your own", "card on file: ⟦N:PLACEHOLDER⟧", "the number on the label is ⟦N:TRACKING⟧, EAN ⟦N:EAN⟧",
           "invoice ⟦N:INVOICE⟧ of ⟦N:PRICE⟧ due ⟦N:DATE⟧", "serial ⟦N:SKU⟧ / part ⟦N:MODEL⟧", "the IBAN ⟦N:IBAN_CHECKSUM⟧ fails validation, typo?",
           "test card ⟦N:CARD_LUHN⟧ gets rejected as expected", "OID ⟦N:DOTTED_NUMBER⟧ and version ⟦N:VERSION⟧ in the SNMP trap",
           "Order total: ⟦N:PRICE⟧ · Items: ⟦N:QUANTITY⟧ · Delivery: ⟦N:DATE⟧", "return ⟦N:RMA⟧ for invoice ⟦N:INVOICE⟧", "VAT ⟦N:VAT_ID⟧, company no. ⟦N:SIRET⟧",
           "tax ref ⟦N:TAX_NUMBER⟧, customer ⟦N:CUSTOMER_NUMBER⟧", "request ⟦N:UUID⟧ took ⟦N:QUANTITY⟧ ms", "payment ⟦N:PAYMENT_REF⟧ on account ⟦N:ACCOUNT_ID⟧"],
    "de": ["Kundennummer ⟦N:CUSTOMER_NUMBER⟧ – bitte immer angeben, nicht die Telefonnummer", "BLZ ⟦N:BANK_CODE⟧, Kontonummer endet auf ⟦N:QUANTITY⟧",
           "Ich möchte ⟦N:QUANTITY⟧ Stück ⟦N:SKU⟧ nachbestellen", "bestellt am ⟦N:DATE⟧, Bestellwert ⟦N:PRICE⟧", "Ticket ⟦N:TICKET⟧ zusammengeführt mit ⟦N:TICKET⟧",
           "Firmware ⟦N:VERSION⟧ für ⟦N:MODEL⟧ behebt das, siehe Abschnitt ⟦N:DOTTED_NUMBER⟧", "Commit ⟦N:HASH⟧ (SHA-256 des Builds: ⟦N:HASH⟧)",
           "API_KEY=⟦N:PLACEHOLDER⟧  # eigenen Schlüssel eintragen", "hinterlegte Karte: ⟦N:PLACEHOLDER⟧", "Sendungsnummer ⟦N:TRACKING⟧, EAN ⟦N:EAN⟧",
           "Rechnung ⟦N:INVOICE⟧ über ⟦N:PRICE⟧, fällig ⟦N:DATE⟧", "Seriennr. ⟦N:SKU⟧ / Teilenr. ⟦N:MODEL⟧", "Die IBAN ⟦N:IBAN_CHECKSUM⟧ ist laut Prüfung ungültig, Tippfehler?",
           "Testkarte ⟦N:CARD_LUHN⟧ wird wie erwartet abgelehnt", "Bestellsumme: ⟦N:PRICE⟧ · Artikel: ⟦N:QUANTITY⟧ · Lieferung: ⟦N:DATE⟧", "Retoure ⟦N:RMA⟧ zur Rechnung ⟦N:INVOICE⟧",
           "USt-IdNr. ⟦N:VAT_ID⟧, Steuernummer ⟦N:TAX_NUMBER⟧", "Gläubiger-ID ⟦N:CREDITOR_ID⟧, Mandat ⟦N:CUSTOMER_NUMBER⟧", "Anfrage ⟦N:UUID⟧ dauerte ⟦N:QUANTITY⟧ ms"],
    "fr": ["n° client ⟦N:CUSTOMER_NUMBER⟧ – à rappeler, ce n'est pas mon téléphone", "code banque ⟦N:BANK_CODE⟧, compte se terminant par ⟦N:QUANTITY⟧",
           "je voudrais commander ⟦N:QUANTITY⟧ unités de ⟦N:SKU⟧", "commandé le ⟦N:DATE⟧, montant de la commande ⟦N:PRICE⟧", "Ticket ⟦N:TICKET⟧ fusionné avec ⟦N:TICKET⟧",
           "le firmware ⟦N:VERSION⟧ du ⟦N:MODEL⟧ corrige ça, cf. § ⟦N:DOTTED_NUMBER⟧", "commit ⟦N:HASH⟧ (empreinte SHA-256 : ⟦N:HASH⟧)",
           "API_KEY=⟦N:PLACEHOLDER⟧  # mettre votre clé", "carte enregistrée : ⟦N:PLACEHOLDER⟧", "numéro de suivi ⟦N:TRACKING⟧, EAN ⟦N:EAN⟧",
           "facture ⟦N:INVOICE⟧ de ⟦N:PRICE⟧, échéance ⟦N:DATE⟧", "n° de série ⟦N:SKU⟧ / pièce ⟦N:MODEL⟧", "l'IBAN ⟦N:IBAN_CHECKSUM⟧ est refusé à la validation, faute de frappe ?",
           "la carte de test ⟦N:CARD_LUHN⟧ est refusée comme prévu", "Total commande : ⟦N:PRICE⟧ · Articles : ⟦N:QUANTITY⟧ · Livraison : ⟦N:DATE⟧", "retour ⟦N:RMA⟧ pour la facture ⟦N:INVOICE⟧",
           "SIRET ⟦N:SIRET⟧, TVA ⟦N:VAT_ID⟧", "ICS ⟦N:CREDITOR_ID⟧, RUM ⟦N:CUSTOMER_NUMBER⟧", "requête ⟦N:UUID⟧ : ⟦N:QUANTITY⟧ ms"],
}


def hardneg_frames(lang, copies):
    out = []
    for _ in range(copies):
        for t in HARDNEG[lang]:
            out.append(("neg_note", t))
    return out
