"""Hand-typed secret formats (prefix + body shape), PEM blocks, webhooks, placeholders."""
import base64
import string

from values import rs, DIG, UP, LO, ALNUM

HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLS = ALNUM + "-_"
B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def uuid(R):
    h = rs(R, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


# name -> (generator, [key names]); prefixless kinds must always sit next to a key name (flag True)
def _k(R, spec):
    out = []
    for part in spec:
        if isinstance(part, str):
            out.append(part)
        else:
            a, n = part
            if isinstance(n, tuple):
                n = R.randint(*n)
            out.append(rs(R, a, n))
    return "".join(out)


KINDS = {
    "aws_access_key_id": ([("AKIA", ), (B32U[:26] + "234567", 16)], ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "access_key"], False),
    "aws_temp_access_key": ([("ASIA", ), (UP + DIG, 16)], ["AWS_ACCESS_KEY_ID"], False),
    "aws_secret_key": ([(ALNUM + "+/", 40)], ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secret_key"], True),
    "github_pat_classic": ([("ghp_",), (ALNUM, 36)], ["GITHUB_TOKEN", "GH_TOKEN", "github_token"], False),
    "github_oauth": ([("gho_",), (ALNUM, 36)], ["GITHUB_OAUTH_TOKEN"], False),
    "github_app": ([("ghs_",), (ALNUM, 36)], ["GH_APP_TOKEN"], False),
    "github_refresh": ([("ghr_",), (ALNUM, 36)], ["refresh_token"], False),
    "github_fine_grained": ([("github_pat_",), (ALNUM, 22), ("_",), (ALNUM, 59)], ["GITHUB_PAT", "GH_PAT"], False),
    "gitlab_pat": ([("glpat-",), (URLS, 20)], ["GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE", "gitlab_token"], False),
    "gitlab_runner": ([("glrt-",), (URLS, 20)], ["runner_token", "token"], False),
    "gitlab_deploy": ([("gldt-",), (URLS, 20)], ["DEPLOY_TOKEN"], False),
    "gitlab_pipeline_trigger": ([("glptt-",), (HEX, 40)], ["TRIGGER_TOKEN"], False),
    "gitlab_runner_reg": ([("GR1348941",), (URLS, 20)], ["registration-token", "REGISTRATION_TOKEN"], False),
    "slack_bot": ([("xoxb-",), (DIG, 12), ("-",), (DIG, 13), ("-",), (ALNUM, 24)], ["SLACK_BOT_TOKEN", "slack_token"], False),
    "slack_user": ([("xoxp-",), (DIG, 12), ("-",), (DIG, 12), ("-",), (DIG, 13), ("-",), (HEX, 32)], ["SLACK_USER_TOKEN"], False),
    "slack_app": ([("xapp-1-A",), (UP + DIG, 10), ("-",), (DIG, 13), ("-",), (HEX, 64)], ["SLACK_APP_TOKEN"], False),
    "stripe_secret_live": ([("sk_live_",), (ALNUM, (24, 99))], ["STRIPE_SECRET_KEY", "stripe_secret", "STRIPE_API_KEY"], False),
    "stripe_secret_test": ([("sk_test_",), (ALNUM, (24, 99))], ["STRIPE_SECRET_KEY", "stripe.api_key"], False),
    "stripe_restricted": ([("rk_live_",), (ALNUM, (24, 99))], ["STRIPE_RESTRICTED_KEY"], False),
    "stripe_webhook_secret": ([("whsec_",), (ALNUM, 32)], ["STRIPE_WEBHOOK_SECRET", "endpoint_secret"], False),
    "openai_project": ([("sk-proj-",), (URLS, 74), ("T3BlbkFJ",), (URLS, 74)], ["OPENAI_API_KEY", "openai_key"], False),
    "openai_legacy": ([("sk-",), (ALNUM, 20), ("T3BlbkFJ",), (ALNUM, 20)], ["OPENAI_API_KEY"], False),
    "openai_svcacct": ([("sk-svcacct-",), (URLS, 74), ("T3BlbkFJ",), (URLS, 74)], ["OPENAI_API_KEY"], False),
    "anthropic": ([("sk-ant-api03-",), (URLS, 93), ("AA",)], ["ANTHROPIC_API_KEY", "claude_key"], False),
    "anthropic_admin": ([("sk-ant-admin01-",), (URLS, 93), ("AA",)], ["ANTHROPIC_ADMIN_KEY"], False),
    "gcp_api_key": ([("AIza",), (URLS, 35)], ["GOOGLE_API_KEY", "GOOGLE_MAPS_KEY", "firebase_api_key"], False),
    "gcp_oauth_secret": ([("GOCSPX-",), (URLS, 28)], ["GOOGLE_CLIENT_SECRET", "client_secret"], False),
    "google_oauth_access": ([("ya29.",), (URLS, (110, 160))], ["access_token"], False),
    "twilio_api_key": ([("SK",), (HEX, 32)], ["TWILIO_API_KEY"], False),
    "twilio_auth_token": ([(HEX, 32)], ["TWILIO_AUTH_TOKEN", "twilio_auth_token"], True),
    "sendgrid": ([("SG.",), (URLS, 22), (".",), (URLS, 43)], ["SENDGRID_API_KEY", "MAIL_PASSWORD"], False),
    "mailgun": ([("key-",), (HEX, 32)], ["MAILGUN_API_KEY", "mailgun_key"], False),
    "mailchimp": ([(HEX, 32), ("-us",), (DIG, 2)], ["MAILCHIMP_API_KEY", "mc_api_key"], False),
    "brevo": ([("xkeysib-",), (HEX, 64), ("-",), (ALNUM, 16)], ["BREVO_API_KEY", "SENDINBLUE_KEY"], False),
    "shopify_access": ([("shpat_",), (HEX, 32)], ["SHOPIFY_ACCESS_TOKEN", "X-Shopify-Access-Token"], False),
    "shopify_shared_secret": ([("shpss_",), (HEX, 32)], ["SHOPIFY_API_SECRET"], False),
    "shopify_custom_app": ([("shpca_",), (HEX, 32)], ["SHOPIFY_ADMIN_TOKEN"], False),
    "shopify_private_app": ([("shppa_",), (HEX, 32)], ["SHOPIFY_PASSWORD"], False),
    "npm": ([("npm_",), (ALNUM, 36)], ["NPM_TOKEN", "//registry.npmjs.org/:_authToken"], False),
    "pypi": ([("pypi-AgEIcHlwaS5vcmc",), (URLS, (60, 90))], ["PYPI_TOKEN", "TWINE_PASSWORD", "password"], False),
    "rubygems": ([("rubygems_",), (HEX, 48)], ["GEM_HOST_API_KEY"], False),
    "vault_service": ([("hvs.",), (URLS, 90)], ["VAULT_TOKEN"], False),
    "vault_batch": ([("hvb.",), (URLS, 138)], ["VAULT_TOKEN"], False),
    "terraform_cloud": ([(ALNUM, 14), (".atlasv1.",), (URLS, 67)], ["TFE_TOKEN", "token"], False),
    "huggingface": ([("hf_",), (ALNUM, 34)], ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"], False),
    "digitalocean_pat": ([("dop_v1_",), (HEX, 64)], ["DIGITALOCEAN_TOKEN", "DO_TOKEN"], False),
    "digitalocean_oauth": ([("doo_v1_",), (HEX, 64)], ["DO_OAUTH_TOKEN"], False),
    "databricks": ([("dapi",), (HEX, 32)], ["DATABRICKS_TOKEN"], False),
    "newrelic_user": ([("NRAK-",), (UP + DIG, 27)], ["NEW_RELIC_API_KEY"], False),
    "newrelic_ingest": ([("NRII-",), (URLS, 32)], ["NEW_RELIC_INSERT_KEY"], False),
    "grafana_sa": ([("glsa_",), (ALNUM, 32), ("_",), (HEX, 8)], ["GRAFANA_TOKEN"], False),
    "grafana_cloud": ([("glc_",), (ALNUM + "+/", 60), ("=",)], ["GRAFANA_CLOUD_TOKEN"], False),
    "square_access": ([("EAAA",), (URLS, 60)], ["SQUARE_ACCESS_TOKEN"], False),
    "square_oauth_secret": ([("sq0csp-",), (URLS, 43)], ["SQUARE_APP_SECRET"], False),
    "shippo": ([("shippo_live_",), (HEX, 40)], ["SHIPPO_API_TOKEN"], False),
    "postman": ([("PMAK-",), (HEX, 24), ("-",), (HEX, 34)], ["POSTMAN_API_KEY"], False),
    "pulumi": ([("pul-",), (HEX, 40)], ["PULUMI_ACCESS_TOKEN"], False),
    "linear": ([("lin_api_",), (ALNUM, 40)], ["LINEAR_API_KEY"], False),
    "atlassian": ([("ATATT3xFfGF0",), (URLS, 170), ("=",), (HEX[:16].upper(), 8)], ["JIRA_API_TOKEN", "ATLASSIAN_TOKEN"], False),
    "telegram_bot": ([(DIG, 10), (":AA",), (URLS, 33)], ["TELEGRAM_BOT_TOKEN", "bot_token"], False),
    "age_secret": ([("AGE-SECRET-KEY-1",), (BECH, 58)], ["AGE_KEY"], False),
    "doppler": ([("dp.st.",), (ALNUM, 43)], ["DOPPLER_TOKEN"], False),
    "planetscale_token": ([("pscale_tkn_",), (URLS, 43)], ["PLANETSCALE_TOKEN"], False),
    "planetscale_pw": ([("pscale_pw_",), (URLS, 43)], ["DATABASE_PASSWORD"], False),
    "alibaba_key_id": ([("LTAI",), (ALNUM, 20)], ["ALIBABA_CLOUD_ACCESS_KEY_ID"], False),
    "azure_ad_client_secret": ([(ALNUM, 3), ("8Q~",), (ALNUM + "_~.-", 34)], ["AZURE_CLIENT_SECRET", "ClientSecret"], True),
    "klaviyo_private": ([("pk_",), (HEX, 34)], ["KLAVIYO_PRIVATE_KEY"], True),
    "mollie_live": ([("live_",), (ALNUM, 30)], ["MOLLIE_API_KEY", "mollie_key"], True),
    "mollie_test": ([("test_",), (ALNUM, 30)], ["MOLLIE_API_KEY"], True),
    "adyen_api": ([("AQE",), (URLS, 7), ("hmfxL",), (URLS, 90)], ["ADYEN_API_KEY"], True),
    "braintree": ([("access_token$production$",), (ALNUM[:36].lower(), 16), ("$",), (HEX, 32)], ["BRAINTREE_TOKEN"], False),
    "okta": ([("00",), (URLS, 40)], ["OKTA_API_TOKEN"], True),
    "notion": ([("ntn_",), (DIG, 11), (ALNUM, 35)], ["NOTION_TOKEN"], False),
    "notion_legacy": ([("secret_",), (ALNUM, 43)], ["NOTION_API_KEY"], False),
    "airtable_pat": ([("pat",), (ALNUM, 14), (".",), (HEX, 64)], ["AIRTABLE_TOKEN"], False),
    "contentful": ([("CFPAT-",), (URLS, 43)], ["CONTENTFUL_MANAGEMENT_TOKEN"], False),
    "mapbox_secret": ([("sk.eyJ1Ijoi",), (ALNUM, 20), ("IiwiYSI6I",), (ALNUM, 20), (".",), (URLS, 22)], ["MAPBOX_SECRET_TOKEN"], False),
    "readme": ([("rdme_",), (HEX, 70)], ["README_API_KEY"], False),
    "fly": ([("FlyV1 fm2_",), (URLS + "=", 120)], ["FLY_API_TOKEN"], False),
    "heroku_v2": ([("HRKU-AA",), (URLS, 58)], ["HEROKU_API_KEY"], False),
    "woocommerce_ck": ([("ck_",), (HEX, 40)], ["WC_CONSUMER_KEY", "consumer_key"], False),
    "woocommerce_cs": ([("cs_",), (HEX, 40)], ["WC_CONSUMER_SECRET", "consumer_secret"], False),
    "shopware_integration": ([("SWIA",), (UP + DIG, 22)], ["SHOPWARE_ACCESS_KEY", "SW_ACCESS_KEY_ID"], False),
    "magento_integration": ([(ALNUM[:36].lower(), 32)], ["MAGENTO_ACCESS_TOKEN", "magento_integration_token"], True),
    "prestashop_ws": ([(UP + DIG, 32)], ["PS_WEBSERVICE_KEY", "ws_key"], True),
    "jwt": ([("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ",), (URLS, (40, 90)), (".",), (URLS, 43)], ["JWT", "id_token", "access_token"], False),
    "sentry_user": ([("sntryu_",), (HEX, 64)], ["SENTRY_AUTH_TOKEN"], False),
    "dockerhub_pat": ([("dckr_pat_",), (URLS, 27)], ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], False),
    "cloudflare_api": ([(URLS, 40)], ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], True),
    "generic_api_key": ([(ALNUM, (28, 48))], ["api_key", "apiKey", "API_SECRET", "secret", "private_token", "auth_token", "client_secret", "app_secret"], True),
    "generic_password": ([("",)], ["password", "DB_PASSWORD", "passwd", "MYSQL_ROOT_PASSWORD", "smtp_password", "admin_pass", "Passwort", "mot_de_passe"], True),
    "generic_hex_secret": ([(HEX, 64)], ["APP_KEY_HEX", "SECRET_KEY_BASE", "crypt_key", "HMAC_SECRET", "encryption_key"], True),
    "laravel_app_key": ([("base64:",), (B64, 43), ("=",)], ["APP_KEY"], True),
    "django_secret": ([("django-insecure-",), (LO + DIG + "!@#$%^&*(-_=+)", 50)], ["SECRET_KEY"], True),
}

PW_WORDS = ["Sommer", "Winter", "Soleil", "Hiver", "Tiger", "Falke", "Marmotte", "Kiwi", "Panther", "Nuage", "Orchidee",
            "Blitz", "Mistral", "Otter", "Lavande", "Zebra"]


def password(R):
    k = R.randint(0, 3)
    if k == 0:
        return R.choice(PW_WORDS) + str(R.randint(1970, 2026)) + R.choice("!?#$%&*")
    if k == 1:
        return rs(R, ALNUM + "!#%&*+-_", R.randint(14, 28))
    if k == 2:
        return rs(R, ALNUM, R.randint(16, 32))
    return R.choice(PW_WORDS).lower() + R.choice("-_.") + rs(R, ALNUM, 6) + R.choice("!?#")


def make_secret(R, kind=None):
    kind = kind or R.choice(list(KINDS))
    spec, keys, needkey = KINDS[kind]
    if kind == "generic_password":
        v = password(R)
    else:
        sp = []
        for p in spec:
            sp.append(p[0] if len(p) == 1 else p)
        v = _k(R, sp)
    return kind, v, keys, needkey


# ------------------------------------------------ webhooks (whole URL is the secret)
def webhook(R):
    k = R.randint(0, 6)
    if k == 0:
        return "webhook_slack", f"https://hooks.slack.com/services/T{rs(R, UP + DIG, 8)}/B{rs(R, UP + DIG, 10)}/{rs(R, ALNUM, 24)}"
    if k == 1:
        return "webhook_discord", f"https://discord.com/api/webhooks/{R.randint(10**17, 10**19 - 1)}/{rs(R, URLS, 68)}"
    if k == 2:
        return "webhook_teams", (f"https://{R.choice(['contoso', 'kraemergmbh', 'lumieresas', 'northwind'])}.webhook.office.com/webhookb2/"
                                 f"{uuid(R)}@{uuid(R)}/IncomingWebhook/{rs(R, HEX, 32)}/{uuid(R)}")
    if k == 3:
        return "webhook_google_chat", (f"https://chat.googleapis.com/v1/spaces/AAAA{rs(R, URLS, 7)}/messages?key=AIza{rs(R, URLS, 35)}"
                                       f"&token={rs(R, URLS, 43)}%3D")
    if k == 4:
        return "webhook_zapier", f"https://hooks.zapier.com/hooks/catch/{R.randint(100000, 9999999)}/{rs(R, LO + DIG, 6)}/"
    if k == 5:
        return "webhook_mattermost", f"https://chat.{R.choice(['example-shop.de', 'lumiere.fr', 'kraemer.io'])}/hooks/{rs(R, LO + DIG, 26)}"
    return "webhook_make", f"https://hook.eu1.make.com/{rs(R, LO + DIG, 32)}"


# ------------------------------------------------ PEM
def _b64lines(R, nbytes, width=64):
    raw = bytes(R.randint(0, 255) for _ in range(nbytes))
    s = base64.b64encode(raw).decode()
    return [s[i:i + width] for i in range(0, len(s), width)]


def pem_block(R, kind=None):
    kind = kind or R.choice(["rsa", "pkcs8", "ec", "openssh", "dsa", "encrypted", "pgp", "rsa_encrypted_legacy"])
    if kind == "rsa":
        lines = ["-----BEGIN RSA PRIVATE KEY-----"] + ["MIIEpAIBAAKCAQEA" + _b64lines(R, 36)[0][:48]] + _b64lines(R, R.randint(300, 900)) + ["-----END RSA PRIVATE KEY-----"]
    elif kind == "pkcs8":
        lines = ["-----BEGIN PRIVATE KEY-----", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + _b64lines(R, 12)[0][:14]] + _b64lines(R, R.randint(300, 900)) + ["-----END PRIVATE KEY-----"]
    elif kind == "ec":
        lines = ["-----BEGIN EC PRIVATE KEY-----", "MHcCAQEEI" + _b64lines(R, 48)[0][:55]] + _b64lines(R, 72) + ["-----END EC PRIVATE KEY-----"]
    elif kind == "openssh":
        lines = ["-----BEGIN OPENSSH PRIVATE KEY-----", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + _b64lines(R, R.randint(250, 500), 70) + ["-----END OPENSSH PRIVATE KEY-----"]
    elif kind == "dsa":
        lines = ["-----BEGIN DSA PRIVATE KEY-----", "MIIBuwIBAAKBgQD" + _b64lines(R, 40)[0][:49]] + _b64lines(R, 380) + ["-----END DSA PRIVATE KEY-----"]
    elif kind == "encrypted":
        lines = ["-----BEGIN ENCRYPTED PRIVATE KEY-----", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI" + _b64lines(R, 12)[0][:16]] + _b64lines(R, R.randint(400, 900)) + ["-----END ENCRYPTED PRIVATE KEY-----"]
    elif kind == "pgp":
        lines = ["-----BEGIN PGP PRIVATE KEY BLOCK-----", "", "lQOYBF" + _b64lines(R, 48)[0][:58]] + _b64lines(R, R.randint(400, 800)) + ["=" + rs(R, B64, 4), "-----END PGP PRIVATE KEY BLOCK-----"]
    else:
        lines = ["-----BEGIN RSA PRIVATE KEY-----", "Proc-Type: 4,ENCRYPTED", f"DEK-Info: AES-128-CBC,{rs(R, HEX.upper(), 32)}", ""] + _b64lines(R, R.randint(400, 900)) + ["-----END RSA PRIVATE KEY-----"]
    return "pem_" + kind, "\n".join(lines)


def public_key_neg(R):
    k = R.randint(0, 3)
    if k == 0:
        return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + rs(R, B64, R.randint(200, 360))
    if k == 1:
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(R, B64, 43)
    if k == 2:
        return "\n".join(["-----BEGIN PUBLIC KEY-----", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(R, B64, 20)] + _b64lines(R, 200) + ["IDAQAB", "-----END PUBLIC KEY-----"])
    return R.choice(["pk_live_", "pk_test_"]) + rs(R, ALNUM, R.randint(24, 60))


PLACEHOLDERS = ["sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "<YOUR_API_KEY>", "your-api-key-here", "${STRIPE_SECRET_KEY}",
                "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "changeme", "********",
                "<redacted>", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "%env(APP_SECRET)%", "{{ secrets.GH_TOKEN }}",
                "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME", "dein-passwort", "votre_mot_de_passe",
                "[MASKED]", "***", "<password>", "example-token-123", "env:DB_PASSWORD", "TODO_SET_ME",
                "sk-...", "glpat-xxxxxxxxxxxxxxxxxxxx", "os.environ['API_KEY']", "$(cat /run/secrets/db_pw)",
                "<insert token>", "dummy", "test1234", "null"]
