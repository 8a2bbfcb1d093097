"""Secret token formats, written by hand from each provider's documented token shape.
Each kind: (generator, prefixed: bool, key names). prefixed=False kinds only appear next to a key name."""
import base64
import string
from values import rs, DIG, UP, LO, ALNUM, HEXL, B64, B64U

B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
AGE = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
HEXU = "0123456789ABCDEF"


def uuid(r):
    h = rs(r, HEXL, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:])


def jwt(r):
    hdr = r.choice(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9", "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9", "eyJhbGciOiJFUzI1NiIsImtpZCI6ImsxIn0"])
    payload = base64.urlsafe_b64encode(('{"sub":"%s","iat":%d,"exp":%d,"scope":"%s"}' % (rs(r, DIG, 7), 1760000000 + r.randint(0, 9999999), 1790000000 + r.randint(0, 9999999), r.choice(["orders:read", "admin", "checkout", "api"]))).encode()).decode().rstrip("=")
    return hdr + "." + payload + "." + rs(r, B64U, r.choice([43, 43, 86]))


def b64blob(r, n):
    raw = bytes(r.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def discord_bot(r):
    return r.choice("MNO") + rs(r, ALNUM, 23) + "." + rs(r, B64U, 6) + "." + rs(r, B64U, 38)


def password(r):
    w = r.choice(["Sommer", "Herbst", "Lavande", "Kaffee", "Bergfink", "Soleil", "Tulpe", "Shamrock", "Fahrrad", "Marmotte", "Pfeffer", "Zitrone", "Nebel", "Velo"])
    return r.choice([
        lambda: w + str(r.randint(10, 2027)) + r.choice("!?#$%&*"),
        lambda: rs(r, ALNUM + "!#%&*-_", r.randint(12, 20)),
        lambda: w.lower() + r.choice(["_", ".", "-"]) + rs(r, ALNUM, 6) + r.choice("!$"),
        lambda: rs(r, UP, 2) + rs(r, LO, 4) + rs(r, DIG, 3) + r.choice("@#$%") + rs(r, LO, 3),
    ])()


KINDS = {
    "aws_access_key_id": (lambda r: r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, B32U.replace("", "")[:32], 16), True, ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId"]),
    "aws_secret_key": (lambda r: rs(r, string.ascii_letters + DIG + "/+", 40), False, ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey"]),
    "github_pat_classic": (lambda r: "ghp_" + rs(r, ALNUM, 36), True, ["GITHUB_TOKEN", "GH_TOKEN", "github_token"]),
    "github_oauth": (lambda r: "gho_" + rs(r, ALNUM, 36), True, ["GITHUB_OAUTH_TOKEN", "gh_oauth"]),
    "github_app_user": (lambda r: "ghu_" + rs(r, ALNUM, 36), True, ["GITHUB_USER_TOKEN"]),
    "github_app_server": (lambda r: "ghs_" + rs(r, ALNUM, 36), True, ["GITHUB_APP_TOKEN", "INSTALLATION_TOKEN"]),
    "github_refresh": (lambda r: "ghr_" + rs(r, ALNUM, 36), True, ["GITHUB_REFRESH_TOKEN"]),
    "github_fine_grained": (lambda r: "github_pat_11" + rs(r, UP + DIG, 20) + "_" + rs(r, ALNUM, 59), True, ["GITHUB_PAT", "GH_PAT", "token"]),
    "gitlab_pat": (lambda r: "glpat-" + rs(r, ALNUM + "-_", 20), True, ["GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE", "gitlab_token"]),
    "gitlab_pipeline_trigger": (lambda r: "glptt-" + rs(r, HEXL, 40), True, ["TRIGGER_TOKEN"]),
    "gitlab_runner_reg": (lambda r: "GR1348941" + rs(r, ALNUM + "-_", 20), True, ["REGISTRATION_TOKEN", "runner_token"]),
    "gitlab_runner_auth": (lambda r: "glrt-" + rs(r, ALNUM + "-_", 20), True, ["RUNNER_TOKEN"]),
    "gitlab_deploy": (lambda r: "gldt-" + rs(r, ALNUM + "-_", 20), True, ["DEPLOY_TOKEN"]),
    "stripe_sk_live": (lambda r: "sk_live_" + rs(r, ALNUM, r.choice([24, 34, 99])), True, ["STRIPE_SECRET_KEY", "stripe_secret", "STRIPE_API_KEY"]),
    "stripe_sk_test": (lambda r: "sk_test_" + rs(r, ALNUM, r.choice([24, 99])), True, ["STRIPE_SECRET_KEY", "stripe_key"]),
    "stripe_rk_live": (lambda r: "rk_live_" + rs(r, ALNUM, r.choice([24, 99])), True, ["STRIPE_RESTRICTED_KEY"]),
    "stripe_whsec": (lambda r: "whsec_" + rs(r, ALNUM, 32), True, ["STRIPE_WEBHOOK_SECRET", "webhook_secret"]),
    "slack_bot": (lambda r: "xoxb-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 13) + "-" + rs(r, ALNUM, 24), True, ["SLACK_BOT_TOKEN", "slack_token"]),
    "slack_user": (lambda r: "xoxp-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 13) + "-" + rs(r, HEXL, 32), True, ["SLACK_USER_TOKEN"]),
    "slack_app": (lambda r: "xapp-1-A" + rs(r, UP + DIG, 10) + "-" + rs(r, DIG, 13) + "-" + rs(r, HEXL, 64), True, ["SLACK_APP_TOKEN"]),
    "slack_config_refresh": (lambda r: "xoxe-1-" + rs(r, ALNUM, 146), True, ["SLACK_REFRESH_TOKEN"]),
    "openai_legacy": (lambda r: "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20), True, ["OPENAI_API_KEY", "openai_key"]),
    "openai_project": (lambda r: "sk-proj-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74), True, ["OPENAI_API_KEY"]),
    "openai_svcacct": (lambda r: "sk-svcacct-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74), True, ["OPENAI_API_KEY"]),
    "anthropic": (lambda r: "sk-ant-api03-" + rs(r, B64U, 93) + "AA", True, ["ANTHROPIC_API_KEY", "CLAUDE_KEY"]),
    "anthropic_admin": (lambda r: "sk-ant-admin01-" + rs(r, B64U, 93) + "AA", True, ["ANTHROPIC_ADMIN_KEY"]),
    "google_api": (lambda r: "AIza" + rs(r, B64U, 35), True, ["GOOGLE_API_KEY", "MAPS_SERVER_KEY", "gcp_key"]),
    "gcp_oauth_secret": (lambda r: "GOCSPX-" + rs(r, B64U, 28), True, ["GOOGLE_CLIENT_SECRET", "client_secret"]),
    "google_oauth_access": (lambda r: "ya29." + rs(r, B64U, 150), True, ["access_token", "GOOGLE_ACCESS_TOKEN"]),
    "twilio_api_key": (lambda r: "SK" + rs(r, HEXL, 32), True, ["TWILIO_API_KEY"]),
    "twilio_auth_token": (lambda r: rs(r, HEXL, 32), False, ["TWILIO_AUTH_TOKEN", "twilio_auth_token"]),
    "sendgrid": (lambda r: "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43), True, ["SENDGRID_API_KEY", "MAIL_PASSWORD"]),
    "mailgun": (lambda r: "key-" + rs(r, HEXL, 32), True, ["MAILGUN_API_KEY"]),
    "mailchimp": (lambda r: rs(r, HEXL, 32) + "-us" + str(r.randint(1, 21)), True, ["MAILCHIMP_API_KEY", "mc_api_key"]),
    "brevo": (lambda r: "xkeysib-" + rs(r, HEXL, 64) + "-" + rs(r, ALNUM, 16), True, ["BREVO_API_KEY", "SENDINBLUE_KEY"]),
    "shopify_admin": (lambda r: "shpat_" + rs(r, HEXL, 32), True, ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"]),
    "shopify_shared_secret": (lambda r: "shpss_" + rs(r, HEXL, 32), True, ["SHOPIFY_API_SECRET"]),
    "shopify_custom_app": (lambda r: "shpca_" + rs(r, HEXL, 32), True, ["SHOPIFY_TOKEN"]),
    "shopify_private_app": (lambda r: "shppa_" + rs(r, HEXL, 32), True, ["SHOPIFY_PASSWORD"]),
    "npm": (lambda r: "npm_" + rs(r, ALNUM, 36), True, ["NPM_TOKEN", "NODE_AUTH_TOKEN"]),
    "pypi": (lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64U, r.randint(60, 120)), True, ["PYPI_TOKEN", "TWINE_PASSWORD"]),
    "digitalocean_pat": (lambda r: "dop_v1_" + rs(r, HEXL, 64), True, ["DIGITALOCEAN_TOKEN", "DO_TOKEN"]),
    "digitalocean_oauth": (lambda r: "doo_v1_" + rs(r, HEXL, 64), True, ["DO_OAUTH_TOKEN"]),
    "huggingface": (lambda r: "hf_" + rs(r, string.ascii_letters, 34), True, ["HF_TOKEN", "HUGGINGFACE_TOKEN"]),
    "telegram_bot": (lambda r: str(r.randint(100000000, 7999999999)) + ":AA" + rs(r, B64U, 33), True, ["TELEGRAM_BOT_TOKEN", "telegram_token"]),
    "databricks": (lambda r: "dapi" + rs(r, HEXL, 32), True, ["DATABRICKS_TOKEN"]),
    "newrelic_user": (lambda r: "NRAK-" + rs(r, UP + DIG, 27), True, ["NEW_RELIC_API_KEY"]),
    "newrelic_insert": (lambda r: "NRII-" + rs(r, B64U, 32), True, ["NEW_RELIC_INSERT_KEY"]),
    "grafana_cloud": (lambda r: "glc_" + rs(r, ALNUM + "+/", 80) + "==", True, ["GRAFANA_CLOUD_TOKEN"]),
    "grafana_sa": (lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEXL, 8), True, ["GRAFANA_TOKEN"]),
    "pulumi": (lambda r: "pul-" + rs(r, HEXL, 40), True, ["PULUMI_ACCESS_TOKEN"]),
    "postman": (lambda r: "PMAK-" + rs(r, HEXL, 24) + "-" + rs(r, HEXL, 34), True, ["POSTMAN_API_KEY"]),
    "doppler": (lambda r: "dp.pt." + rs(r, ALNUM, 43), True, ["DOPPLER_TOKEN"]),
    "vault_service": (lambda r: "hvs." + rs(r, B64U, 90), True, ["VAULT_TOKEN"]),
    "vault_batch": (lambda r: "hvb." + rs(r, B64U, 138), True, ["VAULT_TOKEN"]),
    "terraform_cloud": (lambda r: rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM + "-_=", 67), True, ["TF_TOKEN_app_terraform_io", "TFE_TOKEN"]),
    "linear": (lambda r: "lin_api_" + rs(r, ALNUM, 40), True, ["LINEAR_API_KEY"]),
    "notion": (lambda r: "ntn_" + rs(r, DIG, 11) + rs(r, ALNUM, 35), True, ["NOTION_TOKEN"]),
    "planetscale_token": (lambda r: "pscale_tkn_" + rs(r, ALNUM + "_-.", 43), True, ["PLANETSCALE_SERVICE_TOKEN"]),
    "planetscale_password": (lambda r: "pscale_pw_" + rs(r, ALNUM + "_-.", 43), True, ["DATABASE_PASSWORD"]),
    "rubygems": (lambda r: "rubygems_" + rs(r, HEXL, 48), True, ["GEM_HOST_API_KEY"]),
    "shippo": (lambda r: "shippo_live_" + rs(r, HEXL, 40), True, ["SHIPPO_API_KEY"]),
    "easypost": (lambda r: "EZAK" + rs(r, ALNUM, 54), True, ["EASYPOST_API_KEY"]),
    "easypost_test": (lambda r: "EZTK" + rs(r, ALNUM, 54), True, ["EASYPOST_TEST_KEY"]),
    "age_secret_key": (lambda r: "AGE-SECRET-KEY-1" + rs(r, AGE, 58), True, ["SOPS_AGE_KEY"]),
    "alibaba_key_id": (lambda r: "LTAI" + rs(r, ALNUM, 20), True, ["ALIBABA_CLOUD_ACCESS_KEY_ID"]),
    "square_access": (lambda r: "EAAA" + rs(r, B64U, 60), True, ["SQUARE_ACCESS_TOKEN"]),
    "square_oauth_secret": (lambda r: "sq0csp-" + rs(r, B64U, 43), True, ["SQUARE_APP_SECRET"]),
    "contentful": (lambda r: "CFPAT-" + rs(r, B64U, 43), True, ["CONTENTFUL_MANAGEMENT_TOKEN"]),
    "dynatrace": (lambda r: "dt0c01." + rs(r, UP + DIG, 24) + "." + rs(r, UP + DIG, 64), True, ["DT_API_TOKEN"]),
    "dropbox": (lambda r: "sl." + rs(r, B64U, 135), True, ["DROPBOX_TOKEN"]),
    "figma": (lambda r: "figd_" + rs(r, B64U, 40), True, ["FIGMA_TOKEN"]),
    "flutterwave": (lambda r: "FLWSECK_TEST-" + rs(r, HEXL, 32) + "-X", True, ["FLW_SECRET_KEY"]),
    "adobe_client_secret": (lambda r: "p8e-" + rs(r, ALNUM, 32), True, ["ADOBE_CLIENT_SECRET"]),
    "hubspot_pat": (lambda r: "pat-" + r.choice(["na1", "eu1"]) + "-" + uuid(r), True, ["HUBSPOT_ACCESS_TOKEN"]),
    "dockerhub_pat": (lambda r: "dckr_pat_" + rs(r, B64U, 27), True, ["DOCKERHUB_TOKEN"]),
    "flyio": (lambda r: "FlyV1 fm2_" + rs(r, ALNUM + "+/", 120) + "," + "fm2_" + rs(r, ALNUM + "+/", 80), True, ["FLY_API_TOKEN"]),
    "perplexity": (lambda r: "pplx-" + rs(r, ALNUM, 48), True, ["PPLX_API_KEY"]),
    "groq": (lambda r: "gsk_" + rs(r, ALNUM, 52), True, ["GROQ_API_KEY"]),
    "replicate": (lambda r: "r8_" + rs(r, ALNUM, 37), True, ["REPLICATE_API_TOKEN"]),
    "langsmith": (lambda r: "lsv2_" + r.choice(["pt", "sk"]) + "_" + rs(r, HEXL, 32) + "_" + rs(r, HEXL, 10), True, ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"]),
    "supabase_pat": (lambda r: "sbp_" + rs(r, HEXL, 40), True, ["SUPABASE_ACCESS_TOKEN"]),
    "atlassian": (lambda r: "ATATT3xFfGF0" + rs(r, B64U, 170) + "=" + rs(r, HEXU, 8), True, ["JIRA_API_TOKEN", "ATLASSIAN_TOKEN"]),
    "sentry_org": (lambda r: "sntrys_eyJpYXQiOjE3" + rs(r, B64U, 130) + "_" + rs(r, ALNUM, 43), True, ["SENTRY_AUTH_TOKEN"]),
    "sentry_user": (lambda r: "sntryu_" + rs(r, HEXL, 64), True, ["SENTRY_AUTH_TOKEN"]),
    "mapbox_secret": (lambda r: "sk.eyJ1Ijoi" + rs(r, B64U, 50) + "." + rs(r, B64U, 22), True, ["MAPBOX_SECRET_TOKEN"]),
    "azure_ad_client_secret": (lambda r: rs(r, ALNUM, 3) + "8Q~" + rs(r, ALNUM + "_~.-", 34), True, ["AZURE_CLIENT_SECRET"]),
    "facebook_access": (lambda r: "EAAC" + rs(r, ALNUM, 150), True, ["FB_ACCESS_TOKEN", "META_TOKEN"]),
    "okta": (lambda r: "00" + rs(r, B64U, 40), False, ["OKTA_API_TOKEN", "okta_token"]),
    "heroku_v2": (lambda r: "HRKU-AA" + rs(r, B64U, 58), True, ["HEROKU_API_KEY"]),
    "netlify": (lambda r: "nfp_" + rs(r, ALNUM, 36), True, ["NETLIFY_AUTH_TOKEN"]),
    "render": (lambda r: "rnd_" + rs(r, ALNUM, 32), True, ["RENDER_API_KEY"]),
    "buildkite": (lambda r: "bkua_" + rs(r, HEXL, 40), True, ["BUILDKITE_API_TOKEN"]),
    "clojars": (lambda r: "CLOJARS_" + rs(r, HEXL, 60), True, ["CLOJARS_DEPLOY_TOKEN"]),
    "duffel": (lambda r: "duffel_live_" + rs(r, B64U, 43), True, ["DUFFEL_TOKEN"]),
    "frameio": (lambda r: "fio-u-" + rs(r, B64U, 64), True, ["FRAMEIO_TOKEN"]),
    "infracost": (lambda r: "ico-" + rs(r, ALNUM, 32), True, ["INFRACOST_API_KEY"]),
    "jfrog": (lambda r: "AKCp" + rs(r, ALNUM, 69), True, ["ARTIFACTORY_API_KEY"]),
    "octopus": (lambda r: "API-" + rs(r, UP + DIG, 26), True, ["OCTOPUS_API_KEY"]),
    "openshift": (lambda r: "sha256~" + rs(r, B64U, 43), True, ["OC_TOKEN"]),
    "plaid": (lambda r: "access-" + r.choice(["production", "development", "sandbox"]) + "-" + uuid(r), True, ["PLAID_ACCESS_TOKEN"]),
    "prefect": (lambda r: "pnu_" + rs(r, ALNUM, 36), True, ["PREFECT_API_KEY"]),
    "readme": (lambda r: "rdme_" + rs(r, HEXL, 70), True, ["README_API_KEY"]),
    "scalingo": (lambda r: "tk-us-" + rs(r, B64U, 48), True, ["SCALINGO_API_TOKEN"]),
    "typeform": (lambda r: "tfp_" + rs(r, ALNUM + "-_.=", 59), True, ["TYPEFORM_TOKEN"]),
    "yandex_oauth": (lambda r: "y0_" + rs(r, B64U, 55), True, ["YANDEX_TOKEN"]),
    "lob": (lambda r: "live_" + rs(r, HEXL, 35), True, ["LOB_API_KEY"]),
    "onepassword_sa": (lambda r: "ops_eyJzaWduSW5BZGRyZXNzIjoi" + rs(r, B64U, 200), True, ["OP_SERVICE_ACCOUNT_TOKEN"]),
    "twitter_bearer": (lambda r: "AAAAAAAAAAAAAAAAAAAAA" + rs(r, ALNUM, 22) + "%3D" + rs(r, ALNUM, 50), True, ["TWITTER_BEARER_TOKEN"]),
    "cloudflare_token": (lambda r: rs(r, B64U, 40), False, ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"]),
    "datadog": (lambda r: rs(r, HEXL, 32), False, ["DD_API_KEY", "DATADOG_API_KEY"]),
    "discord_bot": (discord_bot, False, ["DISCORD_BOT_TOKEN", "discord_token"]),
    "jwt": (jwt, True, ["ACCESS_TOKEN", "id_token", "JWT_TOKEN", "session_token"]),
    "paypal_secret": (lambda r: "E" + rs(r, B64U, 79), False, ["PAYPAL_CLIENT_SECRET"]),
    "generic_hex": (lambda r: rs(r, HEXL, r.choice([32, 40, 64])), False, ["api_key", "apiKey", "secret", "API_SECRET", "X-API-KEY", "app_secret", "cle_api", "geheimer_schluessel", "HMAC_SECRET"]),
    "generic_b64": (lambda r: b64blob(r, r.choice([24, 32, 48])), False, ["SECRET_KEY", "encryption_key", "APP_KEY", "client_secret", "jeton", "Zugangsschluessel"]),
    "generic_b62": (lambda r: rs(r, ALNUM, r.choice([32, 40, 48])), False, ["token", "auth_token", "api_token", "access_token", "PARTNER_API_KEY"]),
    "password": (password, False, ["password", "DB_PASSWORD", "Passwort", "mot_de_passe", "pass", "smtp_password", "MYSQL_ROOT_PASSWORD", "kennwort", "mdp"]),
}

# webhook URLs that embed the token (labelled as the whole URL)
def webhook(r, kind):
    if kind == "slack":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UP + DIG, 8), rs(r, UP + DIG, 10), rs(r, ALNUM, 24))
    if kind == "discord":
        return "https://discord.com/api/webhooks/%s/%s" % (rs(r, DIG, 18), rs(r, B64U, 68))
    if kind == "teams":
        return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (r.choice(["contoso", "bergfink", "lavande"]), uuid(r), uuid(r), rs(r, HEXL, 32), uuid(r))
    if kind == "zapier":
        return "https://hooks.zapier.com/hooks/catch/%s/%s/" % (rs(r, DIG, 7), rs(r, LO + DIG, 7))
    if kind == "google_chat":
        return "https://chat.googleapis.com/v1/spaces/%s/messages?key=AIza%s&token=%s" % (rs(r, B64U, 11), rs(r, B64U, 35), rs(r, B64U, 43))
    raise ValueError(kind)


WEBHOOKS = ["slack", "discord", "teams", "zapier", "google_chat"]

PEM_KINDS = {
    "pem_rsa": ("RSA PRIVATE KEY", 1200), "pem_pkcs8": ("PRIVATE KEY", 900), "pem_ec": ("EC PRIVATE KEY", 160),
    "pem_dsa": ("DSA PRIVATE KEY", 500), "pem_encrypted": ("ENCRYPTED PRIVATE KEY", 1000),
    "pem_openssh": ("OPENSSH PRIVATE KEY", 350), "pem_pgp": ("PGP PRIVATE KEY BLOCK", 700),
}


def pem(r, kind, nl="\n"):
    label, nbytes = PEM_KINDS[kind]
    body = b64blob(r, r.randint(nbytes // 3, nbytes // 2) if nbytes > 300 else nbytes)
    if kind == "pem_openssh":
        body = "b3BlbnNzaC1rZXktdjEAAAAA" + body
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    head = "-----BEGIN %s-----" % label
    if kind == "pem_pgp":
        lines = ["", *lines, "=" + rs(r, B64, 4)]
    if kind == "pem_rsa" and r.random() < .2:
        lines = ["Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC," + rs(r, HEXU, 32), "", *lines]
    return nl.join([head, *lines, "-----END %s-----" % label])


def public_block(r, kind):
    if kind == "ssh":
        return r.choice(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43), "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + rs(r, B64, 300)]) + " " + r.choice(["deploy@ci", "mathis@laptop", "ops@bergfink", "root@web01"])
    if kind == "pem_public":
        body = b64blob(r, 294)
        return "\n".join(["-----BEGIN PUBLIC KEY-----", *[body[i:i + 64] for i in range(0, len(body), 64)], "-----END PUBLIC KEY-----"])
    if kind == "certificate":
        body = b64blob(r, 700)
        return "\n".join(["-----BEGIN CERTIFICATE-----", *[body[i:i + 64] for i in range(0, len(body), 64)], "-----END CERTIFICATE-----"])


# placeholders and documentation examples: never secrets
PLACEHOLDERS = ["sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX", "your_api_key", "YOUR_API_KEY_HERE",
                "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<your-token>", "<API_KEY>", "${STRIPE_SECRET_KEY}",
                "{{ secrets.GITHUB_TOKEN }}", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xoxb-your-bot-token", "changeme",
                "********", "REPLACE_ME", "dein-api-schluessel", "votre_cle_api", "sk-...", "glpat-xxxxxxxxxxxxxxxxxxxx",
                "0000000000000000000000000000000000000000", "%env(MAILER_PASSWORD)%", "[REDACTED]", "<redacted>", "$DB_PASS",
                "hier_token_eintragen", "mettre_le_token_ici", "sk-ant-xxxxxxxx", "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "<password>", "passwort123_AENDERN",
                "os.environ['OPENAI_API_KEY']", "process.env.STRIPE_KEY", "TODO", "example-token", "dummy"]


def publishable(r):
    return r.choice([
        lambda: "pk_live_" + rs(r, ALNUM, r.choice([24, 99])),
        lambda: "pk_test_" + rs(r, ALNUM, r.choice([24, 99])),
        lambda: "pk.eyJ1Ijoi" + rs(r, B64U, 40) + "." + rs(r, B64U, 22),
    ])()
