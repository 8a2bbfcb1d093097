"""CI logs, deployment configs, git diffs, stack traces."""
import values as V
from common import P, NL

CMT = {"en": ["# TODO move to vault", "# rotated last week", "# do not commit!", "# temp for the migration", "# prod values"],
       "de": ["# TODO in Vault verschieben", "# letzte Woche rotiert", "# nicht committen!", "# temporär für die Migration", "# Prod-Werte"],
       "fr": ["# TODO déplacer dans le vault", "# changé la semaine dernière", "# ne pas committer !", "# temporaire pour la migration", "# valeurs de prod"]}


def ts(g):
    R = g.R
    if not hasattr(g, "_t"):
        g._t = (R.randint(1, 12), R.randint(1, 28), R.randint(0, 22), R.randint(0, 59), R.randint(0, 40) * 1.0)
    mo, d, h, mi, s = g._t
    s += R.random() * 9
    if s >= 60:
        s -= 60; mi += 1
    if mi >= 60:
        mi -= 60; h = min(h + 1, 23)
    g._t = (mo, d, h, mi, s)
    return NL("DATETIME", "2026-%02d-%02dT%02d:%02d:%02d.%07dZ" % (mo, d, h, mi, int(s), R.randint(0, 9999999)))


def envline(g, sep="=", quote=""):
    """KEY=value line for a random secret or config item."""
    R = g.R
    t = R.random()
    if t < .55:
        kind = g.ch([k for k in V.KEYNAMES if k not in ("session_cookie", "gcp_service_account_key")])
        key = g.ch(V.KEYNAMES[kind])
        return [key, sep, quote, g.secret(kind), quote]
    if t < .65:
        return [g.ch(["API_KEY", "STRIPE_SECRET_KEY", "DB_PASSWORD", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY"]), sep, quote, g.ph(), quote]
    if t < .72:
        return [g.ch(["ADMIN_EMAIL", "MAIL_FROM", "ALERT_EMAIL", "SMTP_USER"]), sep, quote, g.email(kind=g.ch(["role", "work"])), quote]
    if t < .79:
        return [g.ch(["DB_HOST", "REDIS_HOST", "SMTP_HOST", "ALLOWED_IP", "UPSTREAM"]), sep, quote, g.ip4(), quote]
    if t < .86:
        return [g.ch(["DATABASE_URL", "REDIS_URL", "MONGO_URI", "AMQP_URL"]), sep, quote, *conn(g), quote]
    if t < .9:
        return [g.ch(["SLACK_WEBHOOK_URL", "DISCORD_WEBHOOK", "TEAMS_WEBHOOK_URL"]), sep, quote, webhook(g), quote]
    if t < .94:
        return [g.ch(["APP_VERSION", "IMAGE_TAG", "NODE_VERSION"]), sep, quote, g.N("VERSION", V.n_version), quote]
    if t < .97:
        return [g.ch(["GIT_SHA", "BUILD_COMMIT", "SOURCE_COMMIT"]), sep, quote, g.N("COMMIT", V.n_commit), quote]
    return [g.ch(["SUPPORT_PHONE", "HOTLINE"]), sep, quote, g.phone(g.ch(["e164", "intl"])), quote]


def conn(g):
    R = g.R
    sch = g.ch(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp", "smtp", "rediss", "mongodb"])
    user = g.ch(["app", "shop", "magento", "root", "admin", "svc_orders", "default", ""]) if sch.startswith("redis") else g.ch(["app", "shop", "magento", "root", "admin", "svc_orders", "wp"])
    hostl = [g.ip4()] if R.random() < .4 else [g.ch(["db", "pg-primary", "mysql.internal", "cluster0.ab1cd.mongodb.net", "rabbitmq", "cache"])]
    var = "conn_" + {"postgres": "postgres", "postgresql": "postgres", "mysql": "mysql", "mongodb+srv": "mongodb", "mongodb": "mongodb", "redis": "redis", "rediss": "redis", "amqp": "amqp", "smtp": "smtp"}[sch]
    out = [sch, "://", user, ":", g.secret("password", var), "@", *hostl]
    if sch not in ("mongodb+srv",):
        out += [":", str(g.ch([5432, 3306, 27017, 6379, 5672, 587]))]
    out += ["/", g.ch(["shop", "orders", "magento2", "0", "prod", "app"])]
    return out


def webhook(g):
    R = g.R
    k = g.ch(["slack", "discord", "teams", "google_chat", "mattermost", "zapier"])
    if k == "slack":
        v = "https://hooks.slack.com/services/T%s/B%s/%s" % (V.rs(R, V.ANU, 8), V.rs(R, V.ANU, 10), V.rs(R, V.AN, 24))
    elif k == "discord":
        v = "https://discord.com/api/webhooks/%s/%s" % (V.rs(R, V.DIG, 18), V.rs(R, V.AN + "-_", 68))
    elif k == "teams":
        v = "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (g.ch(["contoso", "waldhaus", "lumiere"]), V.n_uuid(R), V.n_uuid(R), V.rs(R, V.HEX, 32), V.n_uuid(R))
    elif k == "google_chat":
        v = "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIza%s&token=%s" % (V.rs(R, V.AN, 7), V.rs(R, V.AN + "-_", 35), V.rs(R, V.AN + "-_", 43) + "%3D")
    elif k == "mattermost":
        v = "https://chat.%s/hooks/%s" % (g.ch(V.SHOPDOM[g.lang]), V.rs(R, V.LO + V.DIG, 26))
    else:
        v = "https://hooks.zapier.com/hooks/catch/%s/%s/" % (V.rs(R, V.DIG, 7), V.rs(R, V.LO + V.DIG, 7))
    return P("SECRET", "webhook_" + k, v)


def gha(g):
    R = g.R
    g.t(ts(g), " ##[group]Run ", g.ch(["actions/checkout@v4", "./scripts/deploy.sh", "npm ci", "docker/login-action@v3", "composer install --no-dev"]), "\n")
    g.t(ts(g), " ##[endgroup]\n")
    for _ in range(R.randint(3, 7)):
        t = R.random()
        g.t(ts(g), " ")
        if t < .25:
            g.t("+ export ", *envline(g), "\n")
        elif t < .35:
            g.t(g.ch(["  GITHUB_TOKEN: ***", "  NPM_TOKEN: ***"]).split(": ")[0], ": ", NL("PLACEHOLDER", "***"), "\n")
        elif t < .45:
            g.t("Pushing image ghcr.io/", g.ch(["waldhaus", "northwind", "lumiere"]), "/shop:", g.N("VERSION", V.n_version), " digest: ", g.N("IMAGE_DIGEST", lambda R: "sha256:" + V.rs(R, V.HEX, 64)), "\n")
        elif t < .55:
            g.t("HEAD is now at ", g.N("COMMIT", lambda R: V.rs(R, V.HEX, 7)), " ", g.L(["fix order export for ", "handle refund of order "], ["Fix Export für Bestellung ", "Erstattung Auftrag "], ["corrige export commande ", "remboursement commande "]), g.order(nohash=True), "\n")
        elif t < .65:
            g.t("curl: (22) The requested URL returned error: 401 (", g.ip4(), ":443)\n")
        elif t < .75:
            g.t("Run-ID ", g.N("BUILD_ID", V.n_build_id), " attempt ", str(R.randint(1, 3)), "\n")
        elif t < .85:
            g.t("FAIL tests/OrderMailTest.php: expected mail to ", g.email(), " for order ", g.order(), "\n")
        else:
            g.t("Warning: ", g.L(["secret printed in clear text: ", "token leaked in output: "], ["Secret im Klartext ausgegeben: ", "Token im Log: "], ["secret affiché en clair : ", "jeton dans la sortie : "]), g.secret(g.ch(["github_pat", "npm", "docker_pat", "aws_access_key", "slack_bot", "pypi", "github_fine_grained"])), "\n")
    g.t(ts(g), " ##[error]Process completed with exit code ", str(g.ch([1, 2, 127, 128])), ".")


def gitlab(g):
    R = g.R
    g.t("Running with gitlab-runner ", g.N("VERSION", V.n_version), " (", g.N("COMMIT", lambda R: V.rs(R, V.HEX, 8)), ")\n  on ", g.ch(["docker-runner-01", "shared-runner", "k8s-eu-west"]), " ", g.N("RUNNER_ID", lambda R: V.rs(R, V.AN, 8)), ", system ID: ", g.N("RUNNER_ID", lambda R: "r_" + V.rs(R, V.AN, 12)), "\n")
    g.t("Preparing the \"docker\" executor\nUsing docker image sha256:", g.N("IMAGE_DIGEST", lambda R: V.rs(R, V.HEX, 64)), " for php:8.3-cli ...\n")
    g.t("Getting source from Git repository\nChecking out ", g.N("COMMIT", lambda R: V.rs(R, V.HEX, 8)), " as detached HEAD (ref is ", g.ch(["main", "release/2.4", "feature/checkout"]), ")...\n")
    g.t("$ echo \"$CI_JOB_TOKEN\" | docker login -u gitlab-ci-token --password-stdin\n")
    for _ in range(R.randint(2, 6)):
        t = R.random()
        if t < .3:
            g.t("$ ", g.ch(["export ", "echo ", ""]), *envline(g), "\n")
        elif t < .45:
            g.t("$ mysql -h ", g.ip4("priv"), " -u ", g.ch(["root", "shop", "ci"]), " -p", g.secret("password", "cli_password"), " ", g.ch(["shop_test", "magento"]), " < dump.sql\n")
        elif t < .55:
            g.t("$ git clone https://oauth2:", g.secret(g.ch(["gitlab_pat", "gitlab_deploy"]), "url_userinfo_token"), "@gitlab.", g.ch(V.SHOPDOM[g.lang]), "/shop/theme.git\n")
        elif t < .65:
            g.t("Uploading artifacts for job ", g.N("BUILD_ID", V.n_build_id), " to coordinator... 201 Created  id=", g.N("BUILD_ID", V.n_build_id), " responseStatus=201 Created token=", NL("PLACEHOLDER", "[MASKED]"), "\n")
        elif t < .8:
            g.t("PHPUnit ", g.N("VERSION", V.n_version), "  F   1) OrderExportTest::testIban  Failed asserting that '", g.iban("compact"), "' matches expected '", g.iban("compact"), "'.\n")
        else:
            op, cl = g.ch([(" (", ")"), (" - ", "")])
            g.t("Deploying to ", g.ip4(), " as deploy@", g.ip4(), op, g.L("order webhook check: ", "Bestellwebhook-Test: ", "test webhook commande : "), g.order(nohash=True), cl, "\n")
    g.t("ERROR: Job failed: exit code ", str(g.ch([1, 2, 137])))


def jenkins(g):
    R = g.R
    g.t("Started by ", g.ch(["user ", "timer", "GitLab push by "]), g.name() if R.random() < .5 else "", "\nRunning as SYSTEM\n[Pipeline] Start of Pipeline\n[Pipeline] node\nRunning on ", g.ch(["agent-eu-2", "built-in", "docker-agent"]), " in /var/jenkins_home/workspace/shop-deploy\n")
    g.t("[Pipeline] withCredentials\nMasking supported pattern matches of $DB_PASS or $API_TOKEN\n")
    for _ in range(R.randint(3, 6)):
        t = R.random()
        if t < .3:
            g.t("+ ", g.ch(["export ", ""]), *envline(g), "\n")
        elif t < .4:
            g.t("+ curl -H 'Authorization: Bearer ", NL("PLACEHOLDER", "****"), "' https://api.", g.ch(V.SHOPDOM[g.lang]), "/health\n")
        elif t < .55:
            g.t("+ ssh -o StrictHostKeyChecking=no deploy@", g.ip(), " 'sudo systemctl restart php-fpm'\n")
        elif t < .65:
            g.t("Warning: A secret was passed to \"sh\" using Groovy String interpolation, which is insecure.\n\t\t Affected argument(s) used the following variable(s): [API_TOKEN]\n+ curl -u admin:", g.secret("password", "cli_password"), " http://", g.ip4("priv"), ":8080/job/reindex/build\n")
        elif t < .8:
            g.t("Exception in order sync: ", g.L(["order ", "Order #"], ["Bestellung ", "Auftrag "], ["commande ", "Commande n° "]), g.order(nohash=True), g.L([" customer ", " mail "], [" Kunde ", " E-Mail "], [" client ", " courriel "]), g.email(), "\n")
        else:
            g.t("Archiving artifacts\nRecording fingerprints: ", g.N("HASH", lambda R: V.rs(R, V.HEX, 32)), "\n")
    g.t("[Pipeline] End of Pipeline\nFinished: ", g.ch(["FAILURE", "SUCCESS", "UNSTABLE"]))


def compose(g):
    R = g.R
    g.t(g.ch(CMT[g.lang]), "\nservices:\n")
    for svc in R.sample(["shop", "db", "redis", "worker", "mailer", "nginx"], R.randint(2, 4)):
        g.t("  ", svc, ":\n    image: ", g.ch(["bitnami/magento", "mariadb", "postgres", "redis", "shopware/production", "nginx"]), ":", g.N("VERSION", V.n_version), "\n")
        if R.random() < .4:
            g.t("    ports:\n      - \"", g.ip4(), ":", str(g.ch([8080, 3306, 5432, 443])), ":", str(g.ch([80, 3306, 5432, 443])), "\"\n")
        g.t("    environment:\n")
        for _ in range(R.randint(1, 4)):
            g.t("      ", *envline(g, sep=": ", quote=g.ch(["", "\"", ""])), "\n")
        if R.random() < .2:
            g.t("    extra_hosts:\n      - \"erp.intern:", g.ip4("priv"), "\"\n")


def k8s(g):
    R = g.R
    kind = g.ch(["Secret", "Secret", "ConfigMap"])
    g.t("apiVersion: v1\nkind: ", kind, "\nmetadata:\n  name: ", g.ch(["shop-secrets", "payment-config", "erp-credentials", "mail-settings"]), "\n  namespace: ", g.ch(["prod", "shop", "staging"]), "\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: ''\n    uid: ", g.N("UUID", V.n_uuid), "\n")
    g.t("type: Opaque\nstringData:\n" if kind == "Secret" else "data:\n")
    for _ in range(R.randint(2, 5)):
        g.t("  ", *envline(g, sep=": ", quote=g.ch(["", "\""])), "\n")
    if R.random() < .3:
        g.t("  tls.key: |\n", g.pem(indent="    ", suffix="_yaml_indented") if False else "")
        d = g.d
        g.t("    ", g.pem(nl="\n", indent="    ", suffix="_yaml_indented"), "\n")
    if R.random() < .3:
        g.t("  authorized_keys: \"", g.N("PUBLIC_KEY", lambda R: V.n_pubkey(R) if True else ""), "\"\n") if False else g.t("  deploy.pub: ", g.N("PUBLIC_KEY", lambda R: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + V.rs(R, V.AN + "+/", 43)), "\n")


def helm(g):
    R = g.R
    g.t("# values-", g.ch(["prod", "staging", "eu"]), ".yaml\n", g.ch(CMT[g.lang]), "\nreplicaCount: ", str(R.randint(1, 6)), "\nimage:\n  repository: registry.", g.ch(V.SHOPDOM[g.lang]), "/shop\n  tag: \"", g.N("VERSION", V.n_version), "\"\n")
    g.t("ingress:\n  hosts:\n    - shop.", g.ch(V.SHOPDOM[g.lang]), "\n  whitelist: \"", g.ip4(), "/32,", g.ip4(), "/32\"\n")
    g.t("env:\n")
    for _ in range(R.randint(2, 4)):
        l = envline(g, sep=": ", quote="\"")
        g.t("  ", *l, "\n")
    g.t("smtp:\n  user: ", g.email(kind="role"), "\n  password: ", g.secret("password") if R.random() < .7 else g.ph(), "\n")
    if R.random() < .4:
        g.t("postgresql:\n  auth:\n    password: \"", g.secret("password", "helm_password"), "\"\n    existingSecret: ", NL("PLACEHOLDER", "{{ .Values.db.password }}") if False else "\"\"", "\n")
    if R.random() < .3:
        g.t("payout:\n  iban: ", g.iban(g.ch(["compact", "grouped"])), "\n")


def terraform(g):
    R = g.R
    g.t(g.ch(CMT[g.lang]).replace("#", "//" if R.random() < .3 else "#"), "\nprovider \"", g.ch(["aws", "cloudflare", "github", "digitalocean", "datadog"]), "\" {\n")
    pk = g.ch([("access_key", "aws_access_key"), ("api_token", "cloudflare_api_token"), ("token", "github_pat"), ("token", "digitalocean_pat"), ("api_key", "generic_hex")])
    g.t("  region = \"", g.ch(["eu-central-1", "eu-west-3", "eu-west-2"]), "\"\n  ", pk[0], " = \"", g.secret(pk[1]) if R.random() < .8 else g.ph(), "\"\n")
    if pk[1] == "aws_access_key":
        g.t("  secret_key = \"", g.secret("aws_secret_key"), "\"\n")
    g.t("}\n\nresource \"aws_db_instance\" \"shop\" {\n  engine         = \"", g.ch(["mysql", "postgres"]), "\"\n  engine_version = \"", g.N("VERSION", V.n_version), "\"\n  username       = \"", g.ch(["admin", "shop"]), "\"\n  password       = ")
    if R.random() < .7:
        g.t("\"", g.secret("password", "tf_password"), "\"\n")
    else:
        g.t(NL("PLACEHOLDER", "var.db_password"), "\n")
    g.t("}\n\nresource \"aws_security_group_rule\" \"office\" {\n  cidr_blocks = [\"", g.ip4(), "/32\", \"", g.ip4(), "/", str(g.ch([24, 28, 32])), "\"]\n  description = \"", g.L(["office ", "VPN "], ["Büro ", "VPN "], ["bureau ", "VPN "]), g.city(), "\"\n}\n")
    if R.random() < .5:
        g.t("\nvariable \"alert_email\" {\n  default = \"", g.email(kind="role"), "\"\n}\n")
    if R.random() < .3:
        g.t("\nresource \"tls_private_key\" \"legacy\" {\n  # imported\n  private_key_pem = <<EOT\n", g.pem(), "\nEOT\n}\n")


def git_diff(g):
    R = g.R
    f = g.ch([".env", "config/settings.py", "app/etc/env.php", "docker-compose.yml", "src/Service/OrderExport.php", "tests/fixtures/orders.json", "config/packages/prod/parameters.yaml"])
    g.t("diff --git a/", f, " b/", f, "\nindex ", g.N("COMMIT", lambda R: V.rs(R, V.HEX, 7)), "..", g.N("COMMIT", lambda R: V.rs(R, V.HEX, 7)), " 100644\n--- a/", f, "\n+++ b/", f, "\n@@ -", str(R.randint(1, 80)), ",", str(R.randint(3, 9)), " +", str(R.randint(1, 80)), ",", str(R.randint(3, 9)), " @@\n")
    for _ in range(R.randint(3, 7)):
        t = R.random()
        pre = g.ch(["+", "-", " "])
        if f.endswith(".php"):
            if t < .5:
                g.t(pre, "        '", g.ch(["password", "api_key", "secret", "token"]), "' => '", g.secret(g.ch(["password", "magento_integration", "generic_hex", "stripe_secret", "sendgrid"])), "',\n")
            elif t < .7:
                g.t(pre, "    // ", g.L(["repro with order ", "customer "], ["Repro mit Bestellung ", "Kunde "], ["repro avec commande ", "client "]), g.order(nohash=True) if R.random() < .6 else g.email(), "\n")
            else:
                g.t(pre, "    private const ", g.ch(["HOST", "SFTP_HOST", "ERP_IP"]), " = '", g.ip4(), "';\n")
        elif f.endswith(".json"):
            g.t(pre, "  {\"increment_id\": \"", g.order(g.ch(["magento_default", "magento_prefix"])), "\", \"customer_email\": \"", g.email("json"), "\", \"telephone\": \"", g.phone(), "\"},\n")
        else:
            g.t(pre, *envline(g, sep=": " if f.endswith(("yml", "yaml")) else ("=" if f == ".env" else " = "), quote="" if f == ".env" else "\""), "\n")
    if R.random() < .4:
        g.t("\ncommit ", g.N("COMMIT", lambda R: V.rs(R, V.HEX, 40)), "\nAuthor: ", g.name(), " <", g.email(kind="work"), ">\nDate:   ", NL("DATETIME", "Tue Nov %d %02d:%02d:%02d 2026 +0100" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))), "\n\n    ",
            g.L(["remove leaked key", "rotate credentials", "fix export"], ["Key entfernt", "Zugangsdaten rotiert", "Export gefixt"], ["supprime la clé exposée", "rotation des identifiants", "corrige l'export"]))


def st_java(g):
    R = g.R
    g.t(NL("DATETIME", V.iso_dt(R)[:19].replace("T", " ")), " ERROR [", g.ch(["http-nio-8080-exec-7", "scheduling-1", "kafka-consumer-2"]), "] c.s.o.OrderService : ", g.L(["Failed to export order ", "Payment callback failed for order "], ["Export fehlgeschlagen für Auftrag ", "Zahlungs-Callback fehlgeschlagen, Bestellung "], ["Échec export commande ", "Échec du callback paiement, commande "]), g.order(nohash=True), "\n")
    ex = g.ch(["org.springframework.dao.DataIntegrityViolationException", "java.lang.IllegalStateException", "feign.FeignException$Unauthorized", "javax.mail.SendFailedException"])
    g.t(ex, ": ")
    t = R.random()
    if t < .3:
        g.t("Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <", g.email(), ">: Recipient address rejected")
    elif t < .55:
        g.t("Cannot create PoolableConnectionFactory (Access denied for user 'shop'@'", g.ip4("priv"), "' (using password: YES)) url=jdbc:mysql://", g.ip4("priv"), ":3306/shop?user=shop&password=", g.secret("password", "jdbc_password"))
    elif t < .8:
        g.t("[401] during [POST] to [https://api.", g.ch(V.SHOPDOM[g.lang]), "/v1/orders] [OrderClient#push(String,OrderDto)]: request headers {Authorization=[Bearer ", g.secret(g.ch(["jwt", "generic_b64", "magento_integration"]), "auth_bearer_in_trace"), "]}")
    else:
        g.t("duplicate key value violates unique constraint \"orders_email_key\" Detail: Key (email)=(", g.email(), ") already exists.")
    g.t("\n")
    for _ in range(R.randint(3, 7)):
        g.t("\tat ", g.ch(["com.shop.order.OrderService.export", "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed", "java.base/java.lang.Thread.run", "com.shop.payment.CallbackController.handle", "org.apache.catalina.core.ApplicationFilterChain.doFilter"]), "(", g.ch(["OrderService.java", "ReflectiveMethodInvocation.java", "Thread.java", "CallbackController.java", "ApplicationFilterChain.java"]), ":", str(R.randint(20, 900)), ")\n")
    g.t("\t... ", str(R.randint(10, 80)), " common frames omitted")


def st_python(g):
    R = g.R
    g.t("Traceback (most recent call last):\n")
    for _ in range(R.randint(2, 4)):
        g.t("  File \"/srv/app/", g.ch(["orders/tasks.py", "shop/payments.py", "venv/lib/python3.12/site-packages/requests/models.py", "sync/erp.py"]), "\", line ", str(R.randint(10, 999)), ", in ", g.ch(["sync_order", "capture", "raise_for_status", "<module>", "send_confirmation"]), "\n    ", g.ch(["resp.raise_for_status()", "client.capture(order_id)", "send_mail(to=customer.email)", "conn = psycopg.connect(dsn)"]), "\n")
    t = R.random()
    if t < .3:
        g.t("requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.", g.ch(V.SHOPDOM[g.lang]), "/orders/", g.order(nohash=True, var="url_path"), "?api_key=", g.secret(g.ch(["generic_hex", "google_api", "shippo", "easypost"]), "url_query_api_key"))
    elif t < .55:
        g.t("psycopg.OperationalError: connection to server at \"", g.ip4("priv"), "\", port 5432 failed: FATAL:  password authentication failed for user \"shop\"\n\nDuring handling: dsn='", *conn(g), "'")
    elif t < .75:
        g.t("smtplib.SMTPRecipientsRefused: {'", g.email(), "': (550, b'5.1.1 mailbox unavailable')}")
    else:
        g.t("KeyError: 'iban'\n\nLocals: order_id=", g.order(nohash=True), " email='", g.email(), "' phone='", g.phone(), "'", *(["\n        card='", g.card(g.ch(["plain", "space", "dash", "everydigit_space"])), "'"] if R.random() < .6 else []))
    if R.random() < .4:
        g.t("\n\nSentry event ", g.N("HASH", lambda R: V.rs(R, V.HEX, 32)), " release ", g.N("VERSION", V.n_version))


def st_php(g):
    R = g.R
    g.t("[", NL("DATETIME", "%02d-%s-2026 %02d:%02d:%02d UTC" % (R.randint(1, 28), g.ch(["Jan", "Mar", "Jul", "Nov"]), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))), "] PHP Fatal error:  Uncaught ")
    t = R.random()
    if t < .3:
        g.t("PDOException: SQLSTATE[HY000] [1045] Access denied for user 'magento'@'", g.ip4("priv"), "' (using password: YES) in /var/www/html/vendor/magento/zend-db/library/Zend/Db/Adapter/Pdo/Abstract.php:128\n")
    elif t < .55:
        g.t("Stripe\\Exception\\AuthenticationException: Invalid API Key provided: ", NL("PLACEHOLDER", "sk_live_" + "*" * 20 + V.rs(R, V.AN, 4)), " in /var/www/shop/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php:38\n")
    elif t < .8:
        g.t("GuzzleHttp\\Exception\\ClientException: Client error: `POST https://", g.ch(["api.sendcloud.sc", "api.dhl.com", "api.mollie.com"]), "/v2/orders?", g.ch(["order=", "id_order=", "order_id="]), g.order(nohash=True, var="url_query"), "&ws_key=", g.secret("prestashop_ws_key", "url_query_ws_key"), "` resulted in a `401 Unauthorized` response\n")
    elif t < .9:
        g.t("ErrorException: Undefined index: cc_type in /var/www/shop/modules/payment/debug.php:88\nPayment debug: array (\n  'cc_number' => '", g.card(g.ch(["plain", "space", "dash", "dot"])), "',\n  'cc_exp' => '", g.N("DATE", lambda R: "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))), "',\n  'email' => '", g.email(), "',\n)\n")
    else:
        g.t("TypeError: App\\Mail\\OrderShipped::__construct(): Argument #1 ($order) must be of type Order, null given, called with ('", g.order(nohash=True), "', '", g.email(), "')\n")
    g.t("Stack trace:\n")
    for i in range(R.randint(2, 5)):
        g.t("#", str(i), " /var/www/html/", g.ch(["app/code/Vendor/Erp/Model/Export.php", "src/Controller/CheckoutController.php", "vendor/laravel/framework/src/Illuminate/Queue/Worker.php", "classes/order/Order.php"]), "(", str(R.randint(10, 700)), "): ", g.ch(["Export->push()", "CheckoutController->confirm(Object(Request))", "Worker->process()", "OrderCore->add()"]), "\n")
    g.t("#", str(i + 1), " {main}\n  thrown in /var/www/html/index.php on line ", str(R.randint(10, 99)))
    if R.random() < .4:
        g.t("\n$_SERVER['REMOTE_ADDR'] = '", g.ip(), "'; $_COOKIE = ['", *[x if isinstance(x, str) else x for x in __import__("regs_http").cookie(g)], "']")


REGS = {"ci_github_actions": gha, "ci_gitlab": gitlab, "ci_jenkins": jenkins, "docker_compose": compose, "kubernetes": k8s,
        "helm_values": helm, "terraform": terraform, "git_diff": git_diff, "trace_java": st_java, "trace_python": st_python, "trace_php": st_php}
