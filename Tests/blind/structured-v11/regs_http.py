"""HTTP request/response dumps, curl commands, HAR excerpts."""
import values as V
from common import P, NL
from regs_api import jd, Str

UA = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", "curl/8.5.0", "PostmanRuntime/7.39.0",
      "python-requests/2.32.3", "Shopify-Captain-Hook", "WooCommerce/8.9.1 Hookshot (WordPress/6.5.3)", "GuzzleHttp/7"]
HOSTS = ["api.", "shop.", "admin.", "www.", "staging.", "b2b."]


def host(g):
    return g.ch(HOSTS) + g.ch(V.SHOPDOM[g.lang])


def cookie(g):
    k, v = V.session_cookie(g.R)
    return [k + "=", P("SECRET", "cookie_" + k.replace(".", "_").lower(), v)]


def auth_header(g):
    R = g.R
    t = R.random()
    if t < .45:
        kind = g.ch(["jwt", "github_pat", "stripe_secret", "openai", "shopify_access", "magento_integration", "mollie", "generic_b64", "vault_service", "gitlab_pat", "square_access", "huggingface"])
        return ["Authorization: Bearer ", g.secret(kind, "auth_bearer_" + kind)]
    if t < .65:
        return ["Authorization: Basic ", g.secret("basic_auth", "auth_basic")]
    if t < .8:
        kind = g.ch(["shopify_access", "sendgrid", "google_api", "generic_hex", "anthropic", "brevo", "newrelic_user"])
        hn = {"shopify_access": "X-Shopify-Access-Token", "sendgrid": "Authorization: Bearer", "google_api": "X-Goog-Api-Key", "generic_hex": "X-Api-Key",
              "anthropic": "x-api-key", "brevo": "api-key", "newrelic_user": "Api-Key"}[kind]
        if hn.startswith("Authorization"):
            return ["Authorization: Bearer ", g.secret(kind, "auth_bearer_" + kind)]
        return [hn + ": ", g.secret(kind, "header_" + kind)]
    if t < .9:
        return ["Authorization: Bearer ", g.ph()]
    return ["Authorization: ", NL("PLACEHOLDER", g.ch(["Bearer <token>", "Bearer ${API_TOKEN}", "Basic dXNlcjpwYXNzd29yZA=="])) if False else g.ph()]


def http_dump(g):
    R = g.R
    g.t(g.L(["> request captured by mitmproxy", "-- raw request (from our proxy log)", "Request:"], ["> Mitschnitt aus Charles", "-- Rohdaten vom Proxy", "Anfrage:"], ["> capture mitmproxy", "-- requête brute (log proxy)", "Requête :"]), "\n")
    meth = g.ch(["GET", "POST", "PUT", "PATCH"])
    path = g.ch(["/api/v2/orders", "/checkout/confirm", "/account/orders", "/rest/V1/orders", "/wp-json/wc/v3/orders", "/commande/suivi"])
    g.t(meth, " ", path)
    if R.random() < .6:
        g.t("?", g.ch(["order_id=", "order=", "orderNumber=", "id_order=", "commande=", "bestellnr="]), g.order(nohash=True, var="url_query"), "&", g.ch(["lang=", "ref=", "utm_source="]), g.ch(["de", "fr", "en", "newsletter", "mail"]))
        if R.random() < .4:
            g.t("&email=", g.email("url"))
    g.t(" HTTP/1.1\nHost: ", host(g), "\nUser-Agent: ", g.ch(UA), "\nAccept: application/json\n")
    if R.random() < .8:
        g.t(*auth_header(g), "\n")
    if R.random() < .7:
        g.t("Cookie: ", *cookie(g), "; ", g.ch(["_ga=GA1.2.", "cookie_consent=", "cart_token="]))
        if R.random() < .5:
            g.t(g.N("TRACKING_COOKIE", lambda R: "%d.%d" % (R.randint(10**8, 10**9), R.randint(1700000000, 1790000000))))
        else:
            g.t("accepted")
        g.t("\n")
    if R.random() < .7:
        g.t("X-Forwarded-For: ", g.ip())
        for _ in range(R.randint(0, 2)):
            g.t(", ", g.ip())
        g.t("\nX-Real-IP: ", g.ip4(), "\n")
    g.t("X-Request-ID: ", g.N("REQUEST_ID", V.n_request_id), "\n")
    if meth != "GET":
        g.t("Content-Type: ", g.ch(["application/json", "application/x-www-form-urlencoded"]), "\n\n")
        if R.random() < .5:
            body = {"order_number": g.order(nohash=True), "email": g.email("json"), "phone": g.phone(), "note": g.L("gift", "Geschenk", "cadeau")}
            if R.random() < .5:
                body["card"] = {"number": g.card(g.ch(["plain", "plain", "space", "dash"])), "exp": g.N("DATE", lambda R: "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))), "cvc": NL("CVC", str(R.randint(100, 999)))}
            jd(g, body, compact=True)
        else:
            g.t("form_key=", g.N("CSRF_TOKEN", V.n_csrf), "&email=", g.email("url"), "&telephone=", g.phone("e164" if R.random() < .5 else "national_compact"), "&order_id=", g.order(nohash=True, var="url_form"))
            if R.random() < .6:
                g.t("&payment[cc_number]=", g.card(g.ch(["plain", "urlplus", "url20", "plain"])), "&payment[cc_cid]=", NL("CVC", str(R.randint(100, 999))))
    g.t("\n\n", g.ch(["HTTP/1.1 200 OK", "HTTP/2 201", "HTTP/1.1 422 Unprocessable Entity", "HTTP/1.1 401 Unauthorized"]), "\nDate: ",
        NL("DATETIME", "%s, %02d %s 2026 %02d:%02d:%02d GMT" % (g.ch(["Mon", "Tue", "Wed", "Thu", "Fri"]), R.randint(1, 28), g.ch(["Jan", "Mar", "Jun", "Oct", "Nov"]), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))), "\nServer: nginx\n")
    if R.random() < .6:
        k, v = V.session_cookie(R)
        g.t("Set-Cookie: ", k, "=", P("SECRET", "set_cookie_" + k.replace(".", "_").lower(), v), "; Path=/; HttpOnly; Secure; SameSite=Lax\n")
    g.t("X-Trace-Id: ", g.N("REQUEST_ID", lambda R: V.rs(R, V.HEX, 32)), "\nETag: W/\"", g.N("HASH", lambda R: V.rs(R, V.HEX, 32)), "\"\n\n")
    jd(g, {"status": g.ch(["ok", "error"]), "order": g.order(nohash=True), "customer": {"email": g.email("json")}}, compact=True)


def curl(g):
    R = g.R
    g.t(g.ch(["$ ", "", "# " + g.L("repro:", "Reproduktion:", "pour reproduire :") + "\n"]))
    url = "https://" + host(g) + g.ch(["/api/orders/", "/v1/orders/", "/admin/api/2024-07/orders/", "/rest/V1/orders/", "/index.php/api/orders/"])
    g.t("curl ", g.ch(["-sS ", "-v ", "-X POST ", "-X PATCH ", "--location ", ""]), "'", url, g.order(nohash=True, var="url_path"), ".json'" if R.random() < .3 else "'", " \\\n")
    hs = []
    for _ in range(R.randint(1, 3)):
        t = R.random()
        if t < .5:
            hs.append(auth_header(g))
        elif t < .7:
            hs.append(["Cookie: ", *cookie(g)])
        elif t < .85:
            hs.append(["X-Forwarded-For: ", g.ip()])
        else:
            hs.append(["X-Request-Id: ", g.N("REQUEST_ID", V.n_request_id)])
    for h in hs:
        g.t("  -H '", *h, "' \\\n")
    if R.random() < .3:
        g.t("  -u '", g.ch(["admin", "api", "shop_sync", "ck"]), ":", g.secret(g.ch(["password", "woo_consumer_secret", "prestashop_ws_key"]), "curl_user_password"), "' \\\n")
    if R.random() < .7:
        g.t("  -d '")
        jd(g, {"order_id": g.order(nohash=True), "customer_email": g.email("json"), "phone": g.phone(), "shipping": {"tracking": g.N("TRACKING", V.n_tracking)}}, compact=True)
        g.t("'")
    else:
        g.t("  --data-urlencode 'email=", g.email(), "' --data 'iban=", g.iban("compact"), "'")
    if R.random() < .5:
        g.t("\n", g.ch(["*   Trying ", "* Connected to api ("]), g.ip(), g.ch([":443...", ") port 443"]), "\n< HTTP/2 ", g.ch(["200", "404", "500", "429"]), "\n< x-request-id: ", g.N("REQUEST_ID", V.n_request_id), "\n< date: ", NL("DATETIME", "Tue, %02d Nov 2026 %02d:%02d:%02d GMT" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))))
    if R.random() < .3:
        g.t("\n", g.L(["-> works with my token, fails with the one from prod", "same with wget"], ["-> mit meinem Token klappt's, mit dem aus Prod nicht", "mit wget dasselbe"], ["-> ça marche avec mon token, pas avec celui de prod", "pareil avec wget"]))


def har(g):
    R = g.R
    g.t('{\n  "log": {\n    "version": "1.2",\n    "creator": {"name": "', g.ch(["Firefox", "WebInspector", "Chrome DevTools"]), '", "version": "', g.N("VERSION", V.n_version), '"},\n    "entries": [\n')
    n = R.randint(1, 2)
    for i in range(n):
        url = ["https://", host(g), g.ch(["/checkout/onepage/success/", "/api/cart/checkout", "/mon-compte/commande", "/kasse/bestaetigung"]), "?", g.ch(["order_id=", "order=", "order_ref=", "id_order="]), g.order(nohash=True, var="url_query")]
        if R.random() < .4:
            url += ["&access_token=", g.secret(g.ch(["jwt", "generic_b64", "shopify_access", "google_oauth_access"]), "url_query_token")]
        g.t('      {\n        "startedDateTime": "', g.N("DATETIME", V.iso_dt), '",\n        "serverIPAddress": "', g.ip(), '",\n        "request": {\n          "method": "', g.ch(["GET", "POST"]), '",\n          "url": "', *url, '",\n          "headers": [\n')
        hs = [["Cookie", cookie(g)], ["Authorization", None], ["X-Forwarded-For", [g.ip()]]]
        R.shuffle(hs)
        for j, (k, v) in enumerate(hs):
            if v is None:
                a = auth_header(g)
                k, v = a[0].split(": ")[0], [a[0].split(": ", 1)[1]] + a[1:]
            g.t('            {"name": "', k, '", "value": "', *v, '"}', "," if j < len(hs) - 1 else "", "\n")
        g.t('          ],\n          "postData": {"mimeType": "application/json", "text": "')
        g.t('{\\"email\\":\\"', g.email(), '\\",\\"phone\\":\\"', g.phone(), '\\",\\"', g.ch(["orderNumber", "order_id", "commande"]), '\\":\\"', g.order(nohash=True), '\\"', *([',\\"cardNumber\\":\\"', g.card(g.ch(["plain", "space", "plain"])), '\\"'] if R.random() < .5 else []), '}"}\n        },\n')
        g.t('        "response": {"status": ', str(g.ch([200, 302, 400, 500])), ', "headers": [{"name": "x-request-id", "value": "', g.N("REQUEST_ID", V.n_request_id), '"}], "content": {"size": ', str(R.randint(200, 90000)), ', "mimeType": "application/json"}},\n')
        g.t('        "timings": {"wait": ', str(R.randint(10, 900)), ', "receive": ', str(R.randint(1, 50)), '}\n      }', "," if i < n - 1 else "", "\n")
    g.t("    ]\n  }\n}")


REGS = {"http_dump": http_dump, "curl": curl, "har": har}
