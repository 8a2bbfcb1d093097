"""Secret formats for structured-v9, typed from the providers' documented shapes.
Bodies are random; internal checksums (GitHub CRC32, npm, PyPI macaroons, JWT signatures) are NOT valid."""
import base64
import json
from values import rs, DIG, UP, LO, HEX, B62

URLSAFE = B62 + "-_"
B64 = B62 + "+/"
B32 = UP + "234567"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def uuid4(R):
    h = rs(R, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64url_json(R, obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(R):
    head = b64url_json(R, {"alg": R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
    body = b64url_json(R, {"sub": rs(R, DIG, 7), "iat": 1790000000 + R.randint(0, 9999999),
                           "scope": R.choice(["orders:read", "admin", "checkout", "api"])})
    return head + "." + body + "." + rs(R, URLSAFE, 43)


# name -> (generator, key names, needs_key)
def _k(prefix, alpha, n):
    return lambda R: prefix + rs(R, alpha, n)


KINDS = {
    "github_pat": (_k("ghp_", B62, 36), ["GITHUB_TOKEN", "GH_TOKEN", "github.token"], False),
    "github_oauth": (_k("gho_", B62, 36), ["GITHUB_OAUTH_TOKEN"], False),
    "github_app": (_k("ghs_", B62, 36), ["GITHUB_APP_TOKEN", "INSTALLATION_TOKEN"], False),
    "github_user_app": (_k("ghu_", B62, 36), ["GH_USER_TOKEN"], False),
    "github_refresh": (_k("ghr_", B62, 36), ["GH_REFRESH_TOKEN"], False),
    "github_fine": (lambda R: "github_pat_" + rs(R, B62, 22) + "_" + rs(R, B62, 59), ["GITHUB_PAT", "GH_PAT"], False),
    "gitlab_pat": (_k("glpat-", URLSAFE, 20), ["GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE", "GL_TOKEN"], False),
    "gitlab_runner": (_k("glrt-", URLSAFE, 20), ["RUNNER_TOKEN", "registration_token"], False),
    "gitlab_deploy": (_k("gldt-", URLSAFE, 20), ["DEPLOY_TOKEN"], False),
    "gitlab_ptt": (_k("glptt-", HEX, 40), ["TRIGGER_TOKEN"], False),
    "gitlab_feed": (_k("glft-", URLSAFE, 20), ["FEED_TOKEN"], False),
    "gitlab_oauth_secret": (_k("gloas-", HEX, 64), ["GITLAB_OAUTH_SECRET"], False),
    "stripe_sk_live": (_k("sk_live_", B62, 99), ["STRIPE_SECRET_KEY", "stripe.secret", "STRIPE_API_KEY"], False),
    "stripe_sk_short": (_k("sk_live_", B62, 24), ["STRIPE_SECRET_KEY"], False),
    "stripe_sk_test": (_k("sk_test_", B62, 99), ["STRIPE_TEST_SECRET"], False),
    "stripe_rk_live": (_k("rk_live_", B62, 99), ["STRIPE_RESTRICTED_KEY"], False),
    "stripe_whsec": (_k("whsec_", B62, 32), ["STRIPE_WEBHOOK_SECRET", "endpoint_secret"], False),
    "slack_bot": (lambda R: "xoxb-%s-%s-%s" % (rs(R, DIG, 12), rs(R, DIG, 13), rs(R, B62, 24)), ["SLACK_BOT_TOKEN"], False),
    "slack_user": (lambda R: "xoxp-%s-%s-%s-%s" % (rs(R, DIG, 12), rs(R, DIG, 12), rs(R, DIG, 13), rs(R, HEX, 32)), ["SLACK_USER_TOKEN"], False),
    "slack_app": (lambda R: "xapp-1-A%s-%s-%s" % (rs(R, UP + DIG, 10), rs(R, DIG, 13), rs(R, HEX, 64)), ["SLACK_APP_TOKEN"], False),
    "slack_config_refresh": (lambda R: "xoxe-1-" + rs(R, B62, 140), ["SLACK_REFRESH"], False),
    "openai_proj": (lambda R: "sk-proj-" + rs(R, URLSAFE, 74) + "T3BlbkFJ" + rs(R, URLSAFE, 74), ["OPENAI_API_KEY"], False),
    "openai_legacy": (lambda R: "sk-" + rs(R, B62, 20) + "T3BlbkFJ" + rs(R, B62, 20), ["OPENAI_API_KEY", "openai.api_key"], False),
    "openai_svcacct": (lambda R: "sk-svcacct-" + rs(R, URLSAFE, 74) + "T3BlbkFJ" + rs(R, URLSAFE, 74), ["OPENAI_KEY"], False),
    "anthropic_api": (lambda R: "sk-ant-api03-" + rs(R, URLSAFE, 93) + "AA", ["ANTHROPIC_API_KEY", "CLAUDE_KEY"], False),
    "anthropic_admin": (lambda R: "sk-ant-admin01-" + rs(R, URLSAFE, 93) + "AA", ["ANTHROPIC_ADMIN_KEY"], False),
    "aws_access_key": (lambda R: R.choice(["AKIA", "ASIA", "AROA"]) + rs(R, B32, 16), ["AWS_ACCESS_KEY_ID", "aws_access_key_id"], False),
    "aws_secret_key": (_k("", B64, 40), ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"], True),
    "aws_session_token": (lambda R: "IQoJb3JpZ2luX2Vj" + rs(R, B64, 300), ["AWS_SESSION_TOKEN"], True),
    "google_api": (_k("AIza", URLSAFE, 35), ["GOOGLE_MAPS_KEY", "GOOGLE_API_KEY", "firebase.apiKey"], False),
    "gcp_oauth_secret": (_k("GOCSPX-", URLSAFE, 28), ["GOOGLE_CLIENT_SECRET"], False),
    "google_oauth_access": (lambda R: "ya29.a0" + rs(R, URLSAFE, 150), ["GOOGLE_ACCESS_TOKEN"], False),
    "twilio_api_key": (_k("SK", HEX, 32), ["TWILIO_API_KEY"], False),
    "twilio_auth_token": (_k("", HEX, 32), ["TWILIO_AUTH_TOKEN"], True),
    "sendgrid": (lambda R: "SG." + rs(R, URLSAFE, 22) + "." + rs(R, URLSAFE, 43), ["SENDGRID_API_KEY"], False),
    "mailgun": (_k("key-", HEX, 32), ["MAILGUN_API_KEY"], False),
    "mailchimp": (lambda R: rs(R, HEX, 32) + "-us" + str(R.randint(1, 21)), ["MAILCHIMP_API_KEY"], False),
    "brevo": (lambda R: "xkeysib-" + rs(R, HEX, 64) + "-" + rs(R, B62, 16), ["BREVO_API_KEY", "SENDINBLUE_KEY"], False),
    "shopify_access": (_k("shpat_", HEX, 32), ["SHOPIFY_ACCESS_TOKEN", "X-Shopify-Access-Token"], False),
    "shopify_custom": (_k("shpca_", HEX, 32), ["SHOPIFY_CUSTOM_APP_TOKEN"], False),
    "shopify_private": (_k("shppa_", HEX, 32), ["SHOPIFY_PRIVATE_APP_PASSWORD"], False),
    "shopify_shared": (_k("shpss_", HEX, 32), ["SHOPIFY_API_SECRET"], False),
    "npm": (_k("npm_", B62, 36), ["NPM_TOKEN", "//registry.npmjs.org/:_authToken"], False),
    "pypi": (lambda R: "pypi-AgEIcHlwaS5vcmc" + rs(R, URLSAFE, 70), ["PYPI_TOKEN", "TWINE_PASSWORD"], False),
    "vault_service": (lambda R: "hvs." + rs(R, URLSAFE, 90), ["VAULT_TOKEN"], False),
    "vault_batch": (lambda R: "hvb." + rs(R, URLSAFE, 138), ["VAULT_BATCH_TOKEN"], False),
    "terraform_cloud": (lambda R: rs(R, B62, 14) + ".atlasv1." + rs(R, B62, 67), ["TFE_TOKEN", "TF_TOKEN_app_terraform_io"], False),
    "huggingface": (_k("hf_", UP + LO, 34), ["HF_TOKEN", "HUGGINGFACE_HUB_TOKEN"], False),
    "digitalocean_pat": (_k("dop_v1_", HEX, 64), ["DIGITALOCEAN_TOKEN"], False),
    "digitalocean_oauth": (_k("doo_v1_", HEX, 64), ["DO_OAUTH_TOKEN"], False),
    "databricks": (_k("dapi", HEX, 32), ["DATABRICKS_TOKEN"], False),
    "newrelic_user": (_k("NRAK-", UP + DIG, 27), ["NEW_RELIC_API_KEY"], False),
    "newrelic_ingest": (lambda R: rs(R, HEX, 36) + "NRAL", ["NEW_RELIC_LICENSE_KEY"], False),
    "grafana_cloud": (lambda R: "glc_" + rs(R, B62, 80) + "==", ["GRAFANA_CLOUD_TOKEN"], False),
    "grafana_sa": (lambda R: "glsa_" + rs(R, B62, 32) + "_" + rs(R, HEX, 8), ["GRAFANA_SA_TOKEN"], False),
    "pulumi": (_k("pul-", HEX, 40), ["PULUMI_ACCESS_TOKEN"], False),
    "postman": (lambda R: "PMAK-" + rs(R, HEX, 24) + "-" + rs(R, HEX, 34), ["POSTMAN_API_KEY"], False),
    "doppler": (_k("dp.pt.", B62, 43), ["DOPPLER_TOKEN"], False),
    "linear": (_k("lin_api_", B62, 40), ["LINEAR_API_KEY"], False),
    "notion": (_k("ntn_", B62, 46), ["NOTION_TOKEN"], False),
    "planetscale_token": (_k("pscale_tkn_", URLSAFE, 43), ["PLANETSCALE_TOKEN"], False),
    "planetscale_pw": (_k("pscale_pw_", URLSAFE, 43), ["DATABASE_PASSWORD"], False),
    "rubygems": (_k("rubygems_", HEX, 48), ["GEM_HOST_API_KEY"], False),
    "shippo": (_k("shippo_live_", HEX, 40), ["SHIPPO_API_TOKEN"], False),
    "easypost": (_k("EZAK", B62, 54), ["EASYPOST_API_KEY"], False),
    "age": (_k("AGE-SECRET-KEY-1", BECH, 58), ["SOPS_AGE_KEY"], False),
    "alibaba": (_k("LTAI", B62, 20), ["ALIBABA_ACCESS_KEY_ID"], False),
    "square_access": (_k("EAAA", URLSAFE, 60), ["SQUARE_ACCESS_TOKEN"], False),
    "square_secret": (_k("sq0csp-", URLSAFE, 43), ["SQUARE_APP_SECRET"], False),
    "contentful": (_k("CFPAT-", URLSAFE, 43), ["CONTENTFUL_MANAGEMENT_TOKEN"], False),
    "dynatrace": (lambda R: "dt0c01." + rs(R, UP + DIG, 24) + "." + rs(R, UP + DIG, 64), ["DT_API_TOKEN"], False),
    "dropbox": (lambda R: "sl.u." + rs(R, URLSAFE, 136), ["DROPBOX_ACCESS_TOKEN"], False),
    "figma": (lambda R: "figd_" + rs(R, URLSAFE, 40), ["FIGMA_TOKEN"], False),
    "flutterwave": (lambda R: "FLWSECK-" + rs(R, HEX, 32) + "-X", ["FLW_SECRET_KEY"], False),
    "hubspot": (lambda R: "pat-eu1-" + uuid4(R), ["HUBSPOT_PRIVATE_APP_TOKEN"], False),
    "dockerhub": (_k("dckr_pat_", URLSAFE, 27), ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], False),
    "flyio": (lambda R: "FlyV1 fm2_" + rs(R, B64, 180), ["FLY_API_TOKEN"], False),
    "perplexity": (_k("pplx-", B62, 48), ["PERPLEXITY_API_KEY"], False),
    "groq": (_k("gsk_", B62, 52), ["GROQ_API_KEY"], False),
    "replicate": (_k("r8_", B62, 37), ["REPLICATE_API_TOKEN"], False),
    "langsmith": (lambda R: "lsv2_pt_" + rs(R, HEX, 32) + "_" + rs(R, HEX, 10), ["LANGSMITH_API_KEY"], False),
    "supabase": (_k("sbp_", HEX, 40), ["SUPABASE_ACCESS_TOKEN"], False),
    "atlassian": (lambda R: "ATATT3xFfGF0" + rs(R, URLSAFE, 170) + "=" + rs(R, HEX.upper(), 8), ["JIRA_API_TOKEN"], False),
    "sentry_user": (_k("sntryu_", HEX, 64), ["SENTRY_AUTH_TOKEN"], False),
    "mapbox_secret": (lambda R: "sk.eyJ1Ijoi" + rs(R, B62, 40) + "." + rs(R, URLSAFE, 22), ["MAPBOX_SECRET_TOKEN"], False),
    "azure_ad_secret": (lambda R: rs(R, B62, 3) + "8Q~" + rs(R, B62 + "~._-", 34), ["AZURE_CLIENT_SECRET"], False),
    "facebook": (_k("EAAB", B62, 180), ["FB_ACCESS_TOKEN"], False),
    "okta": (lambda R: "00" + rs(R, URLSAFE, 40), ["OKTA_API_TOKEN"], True),
    "heroku": (lambda R: "HRKU-AA" + rs(R, URLSAFE, 58), ["HEROKU_API_KEY"], False),
    "netlify": (_k("nfp_", B62, 36), ["NETLIFY_AUTH_TOKEN"], False),
    "render": (_k("rnd_", B62, 32), ["RENDER_API_KEY"], False),
    "buildkite": (_k("bkua_", HEX, 40), ["BUILDKITE_API_TOKEN"], False),
    "clojars": (_k("CLOJARS_", HEX, 60), ["CLOJARS_TOKEN"], False),
    "duffel": (_k("duffel_live_", URLSAFE, 43), ["DUFFEL_TOKEN"], False),
    "infracost": (_k("ico-", B62, 32), ["INFRACOST_API_KEY"], False),
    "jfrog": (_k("AKCp", B62, 69), ["JFROG_API_KEY", "ARTIFACTORY_API_KEY"], False),
    "octopus": (_k("API-", UP + DIG, 26), ["OCTOPUS_API_KEY"], False),
    "openshift": (_k("sha256~", URLSAFE, 43), ["OPENSHIFT_TOKEN"], False),
    "prefect": (_k("pnu_", B62, 36), ["PREFECT_API_KEY"], False),
    "readme": (_k("rdme_", HEX, 70), ["README_API_KEY"], False),
    "scalingo": (_k("tk-us-", URLSAFE, 48), ["SCALINGO_API_TOKEN"], False),
    "typeform": (lambda R: "tfp_" + rs(R, B62, 44) + "_" + rs(R, B62, 14), ["TYPEFORM_TOKEN"], False),
    "yandex": (lambda R: "y0_" + rs(R, URLSAFE, 55), ["YANDEX_OAUTH"], False),
    "onepassword": (lambda R: "ops_eyJ" + rs(R, B62, 240), ["OP_SERVICE_ACCOUNT_TOKEN"], False),
    "twitter_bearer": (lambda R: "AAAAAAAAAAAAAAAAAAAAA" + rs(R, B62, 20) + "%3D" + rs(R, B62, 50), ["TWITTER_BEARER_TOKEN"], False),
    "cloudflare": (_k("", URLSAFE, 40), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], True),
    "datadog": (_k("", HEX, 32), ["DD_API_KEY", "DATADOG_API_KEY"], True),
    "discord_bot": (lambda R: rs(R, "MNO", 1) + rs(R, B62, 25) + "." + rs(R, URLSAFE, 6) + "." + rs(R, URLSAFE, 38), ["DISCORD_BOT_TOKEN"], True),
    "jwt": (jwt, ["access_token", "id_token", "JWT_TOKEN"], False),
    "paypal_secret": (_k("E", URLSAFE, 79), ["PAYPAL_CLIENT_SECRET"], True),
    "braintree": (lambda R: "access_token$production$" + rs(R, LO + DIG, 16) + "$" + rs(R, HEX, 32), ["BRAINTREE_ACCESS_TOKEN"], False),
    "mollie": (_k("live_", B62, 30), ["MOLLIE_API_KEY"], False),
    "adyen": (lambda R: "AQE" + rs(R, B62, 20) + "+" + rs(R, B64, 60) + "=-" + rs(R, B64, 40) + "=-" + rs(R, B62, 20), ["ADYEN_API_KEY"], False),
    "woocommerce_ck": (_k("ck_", HEX, 40), ["WOOCOMMERCE_CONSUMER_KEY", "WC_KEY"], False),
    "woocommerce_cs": (_k("cs_", HEX, 40), ["WOOCOMMERCE_CONSUMER_SECRET", "WC_SECRET"], False),
    "shopware_access": (_k("SWIA", UP + DIG, 22), ["SHOPWARE_ACCESS_KEY_ID"], False),
    "shopware_secret": (_k("", B62, 54), ["SHOPWARE_SECRET_ACCESS_KEY"], True),
    "magento_integration": (_k("", LO + DIG, 32), ["MAGENTO_ACCESS_TOKEN", "magento.integration_token"], True),
    "prestashop_ws": (_k("", UP + DIG, 32), ["PS_WEBSERVICE_KEY", "PRESTASHOP_API_KEY"], True),
    "klaviyo_private": (_k("pk_", HEX, 34), ["KLAVIYO_PRIVATE_KEY"], True),
    "algolia_admin": (_k("", HEX, 32), ["ALGOLIA_ADMIN_KEY"], True),
    "postmark": (uuid4, ["POSTMARK_SERVER_TOKEN"], True),
    "sumup": (_k("sup_sk_", B62, 32), ["SUMUP_API_KEY"], False),
    "generic_hex": (lambda R: rs(R, HEX, R.choice([32, 40, 48, 64])), ["api_key", "secret", "client_secret", "token", "apiSecret", "app_secret"], True),
    "generic_b62": (lambda R: rs(R, B62, R.choice([24, 32, 40, 48])), ["api_key", "access_token", "auth_token", "secret_key", "private_token", "x-api-key"], True),
    "generic_b64": (lambda R: rs(R, B64, R.choice([32, 44, 64])) + R.choice(["", "=", "=="]), ["signing_secret", "hmac_key", "encryption_key", "APP_KEY"], True),
    "password": (lambda R: R.choice(["Sommer", "Hafen", "Loire", "Bretzel", "Kiwi", "Tanne", "Falke", "Mistral", "Orkan", "Zebra"]) + R.choice(["!", "#", "$", "%", "&", "*", "?", "+"]) + rs(R, DIG, R.randint(2, 4)) + rs(R, B62, R.randint(3, 7)),
                 ["password", "DB_PASSWORD", "passwd", "pwd", "MYSQL_ROOT_PASSWORD", "SMTP_PASSWORD", "Passwort", "mot_de_passe"], True),
}
SECRET_KINDS = sorted(KINDS)


def gen_secret(R, kind):
    return KINDS[kind][0](R)


def keyname(R, kind):
    return R.choice(KINDS[kind][1])


# ---------------- webhooks (whole URL labelled)
def webhook(R, kind):
    if kind == "slack":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(R, UP + DIG, 9), rs(R, UP + DIG, 10), rs(R, B62, 24))
    if kind == "discord":
        return "https://discord.com/api/webhooks/%s/%s" % (rs(R, DIG, 19), rs(R, URLSAFE, 68))
    if kind == "teams":
        return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/%s" % (
            R.choice(["contoso", "hansaversand", "maisonlumiere", "velostore"]), uuid4(R), uuid4(R), rs(R, HEX, 32),
            uuid4(R), "V2" + rs(R, URLSAFE, 43))
    if kind == "zapier":
        return "https://hooks.zapier.com/hooks/catch/%s/%s/" % (rs(R, DIG, 8), rs(R, LO + DIG, 7))
    if kind == "google_chat":
        return "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIza%s&token=%s%%3D" % (
            rs(R, URLSAFE, 7), rs(R, URLSAFE, 35), rs(R, URLSAFE, 43))
    if kind == "make":
        return "https://hook.eu2.make.com/%s" % rs(R, LO + DIG, 32)
    if kind == "mattermost":
        return "https://chat.%s.de/hooks/%s" % (R.choice(["lagerteam", "shop-intern", "nordlicht"]), rs(R, LO + DIG, 26))
    raise ValueError(kind)


WEBHOOKS = ["slack", "discord", "teams", "zapier", "google_chat", "make", "mattermost"]


# ---------------- private keys (BEGIN..END labelled)
def _b64lines(R, nlines, last=None):
    lines = [rs(R, B64, 64) for _ in range(nlines)]
    if last:
        lines.append(rs(R, B64, last) + "=" * ((4 - last % 4) % 4))
    return lines


def pem_block(R, kind):
    if kind == "rsa":
        h, body = "RSA PRIVATE KEY", ["MIIEpAIBAAKCAQEA" + rs(R, B64, 48)] + _b64lines(R, R.randint(8, 14), R.randint(20, 60))
    elif kind == "pkcs8":
        h, body = "PRIVATE KEY", ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + rs(R, B64, 32)] + _b64lines(R, R.randint(8, 14), R.randint(20, 60))
    elif kind == "ec":
        h, body = "EC PRIVATE KEY", ["MHcCAQEEI" + rs(R, B64, 55), rs(R, B64, 64), rs(R, B64, 50) + "=="]
    elif kind == "dsa":
        h, body = "DSA PRIVATE KEY", ["MIIBuwIBAAKBgQ" + rs(R, B64, 50)] + _b64lines(R, 6, 36)
    elif kind == "encrypted":
        h, body = "ENCRYPTED PRIVATE KEY", ["MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI" + rs(R, B64, 16)] + _b64lines(R, 10, 44)
    elif kind == "openssh":
        h, body = "OPENSSH PRIVATE KEY", ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + [rs(R, B64, 70) for _ in range(4)] + [rs(R, B64, 32)]
    elif kind == "pgp":
        lines = ["-----BEGIN PGP PRIVATE KEY BLOCK-----", "", "lQdGBGV" + rs(R, B64, 57)] + _b64lines(R, 8) + ["=" + rs(R, B64, 4), "-----END PGP PRIVATE KEY BLOCK-----"]
        return "\n".join(lines)
    elif kind == "ec_params":
        return "\n".join(["-----BEGIN EC PARAMETERS-----", "BggqhkjOPQMBBw==", "-----END EC PARAMETERS-----"])
    elif kind == "rsa_legacy_encrypted":
        lines = ["-----BEGIN RSA PRIVATE KEY-----", "Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC,%s" % rs(R, HEX.upper(), 32), ""] + _b64lines(R, 10, 40) + ["-----END RSA PRIVATE KEY-----"]
        return "\n".join(lines)
    elif kind == "putty":
        lines = ["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: deploy@shop-prod",
                 "Public-Lines: 2", rs(R, B64, 64), rs(R, B64, 20), "Private-Lines: 1", rs(R, B64, 44),
                 "Private-MAC: " + rs(R, HEX, 64)]
        return "\n".join(lines)
    else:
        raise ValueError(kind)
    return "\n".join(["-----BEGIN %s-----" % h] + body + ["-----END %s-----" % h])


PEM_KINDS = ["rsa", "pkcs8", "ec", "dsa", "encrypted", "openssh", "pgp", "rsa_legacy_encrypted", "putty"]


def public_key(R, kind):
    if kind == "ssh_ed25519":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(R, B64, 43) + " " + R.choice(["ci@runner", "jan@laptop", "deploy"])
    if kind == "ssh_rsa":
        return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(R, B64, 180) + " backup@nas"
    if kind == "pem_pub":
        return "\n".join(["-----BEGIN PUBLIC KEY-----", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(R, B64, 20)] + _b64lines(R, 4, 8) + ["-----END PUBLIC KEY-----"])
    if kind == "stripe_pk":
        return R.choice(["pk_live_", "pk_test_"]) + rs(R, B62, 99)
    if kind == "mapbox_pk":
        return "pk.eyJ1Ijoi" + rs(R, B62, 40) + "." + rs(R, URLSAFE, 22)
    if kind == "age_pub":
        return "age1" + rs(R, BECH.lower(), 58)
    raise ValueError(kind)


def certificate(R):
    return "\n".join(["-----BEGIN CERTIFICATE-----", "MIIDdzCCAl+gAwIBAgIE" + rs(R, B64, 44)] + _b64lines(R, 6, 24) + ["-----END CERTIFICATE-----"])


PLACEHOLDERS = [
    "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AKIAIOSFODNN7EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<YOUR_API_KEY>", "<dein-token-hier>", "<votre_cle_secrete>",
    "${SHOPIFY_ACCESS_TOKEN}", "${{ secrets.NPM_TOKEN }}", "{{ vault_stripe_key }}", "%env(APP_SECRET)%",
    "REPLACE_ME", "changeme", "CHANGE_ME_BEFORE_DEPLOY", "xoxb-your-bot-token", "sk-...", "sk-proj-XXXXXXXX",
    "glpat-XXXXXXXXXXXXXXXXXXXX", "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "hf_xxxxxxxxxxxxxxxxxxxxxxxx",
    "********", "[REDACTED]", "<redacted>", "***", "your-secret-here", "cle_api_a_remplacer", "geheim123-BEISPIEL",
    "process.env.STRIPE_KEY", "os.environ[\"OPENAI_API_KEY\"]", "getenv('DB_PASSWORD')", "0000000000000000000000000000000000000000",
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "AIzaSy-EXAMPLE-KEY-DO-NOT-USE", "secret_xxx", "TODO",
    "<paste token>", "«clé»", "$SECRET", "%(password)s", "{password}", ":password",
]
