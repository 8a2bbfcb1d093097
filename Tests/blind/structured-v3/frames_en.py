FRAMES = r"""
=== marketplace
Seller dispute #⟪N:TICKET⟫ — buyer says the ⟪f:product⟫ arrived broken. Amazon order ⟪O:amazon_3_7_7⟫, ASIN-level SKU ⟪N:SKU⟫, refund requested ⟪N:PRICE⟫.
=== marketplace
Case opened by buyer on eBay. Order number: ⟪O:ebay_2_5_5⟫ | Item ⟪N:SKU⟫ | Tracking ⟪N:TRACKING⟫ (shows delivered ⟪N:DATE⟫).
=== marketplace
A-to-z claim filed for ⟪O:amazon_3_7_7⟫. The buyer's return shipment ⟪N:TRACKING⟫ was scanned at ⟪N:TIME⟫ but never reached our warehouse.
=== marketplace
Etsy receipt ⟪O:etsy⟫: buyer asked to change the engraving text; listing variant ⟪N:SKU⟫, paid ⟪N:PRICE⟫.
=== marketplace
Hi, I'm writing about my AliExpress order ⟪O:aliexpress⟫ — dispute window closes ⟪N:DATE⟫ and the seller stopped answering.
=== marketplace
bol.com retourverzoek for order ⟪O:bol⟫, EAN ⟪N:EAN⟫, qty ⟪N:QUANTITY⟫. Customer wants a replacement, not a refund.
=== marketplace
Kaufland Global Marketplace: order unit ready to ship. id_order ⟪O:kaufland⟫, EAN ⟪N:EAN⟫, ship by ⟪N:DATE⟫.
=== marketplace
Zalando Partner Program — return received for order ⟪O:zalando⟫ (article ⟪N:SKU⟫). Credit note ⟪N:INVOICE⟫ will follow.
=== marketplace
Cdiscount marketplace message: "Bonjour, ma commande ⟪O:cdiscount⟫ est toujours en préparation" — translated: customer asks where order is. Reply within 48h.
=== marketplace
Allegro checkout form ⟪O:allegro⟫ (that is the order id in the API) is stuck in status READY_FOR_PROCESSING since ⟪N:DATE⟫. Request id for Allegro support: ⟪N:UUID⟫.
=== email
Subject: PO ⟪O:po_number#a⟫ – revised delivery date

Hello ⟪f:first⟫,
please find attached our purchase order ⟪=a⟫ for ⟪N:QUANTITY⟫ cartons of item ⟪N:PART_NUMBER⟫. Our VAT no. is ⟪N:VAT_ID⟫.
Questions to ⟪E:role⟫ or call ⟪P:UK|IE|NL:*:ext⟫.
=== email
Subject: Re: Purchase order ⟪O:po_number#a⟫

> Could you confirm ⟪=a⟫ ships complete?
Confirmed. Order confirmation ⟪O:letter_prefixed⟫ attached, invoice ⟪N:INVOICE⟫ follows on dispatch.
=== email
From: accounts payable <⟪E:role⟫>
Subject: Remittance advice

We paid invoice ⟪N:INVOICE⟫ (your order ⟪O:year_prefixed⟫) today from ⟪I⟫. BIC ⟪N:BIC⟫. Amount ⟪N:PRICE⟫.
=== form
CHARGEBACK RESPONSE FORM
Case ID: ⟪N:TICKET⟫
Merchant order ref: ⟪O:magento_default|magento_store_prefix⟫
Card (as shown on statement): ⟪C⟫
Transaction date: ⟪N:DATE⟫   Amount: ⟪N:PRICE⟫
Customer IP at checkout: ⟪IP:v4_public|v6_compressed⟫
=== form
Dispute evidence — reason code 13.1 (merchandise not received)
order_no ......... ⟪O:shopify_default⟫
tracking ......... ⟪N:TRACKING⟫
billing phone .... ⟪P:US⟫
billing email .... ⟪E⟫
=== form
Retrieval request
Cardholder PAN: ⟪C:*:space|dash|plain⟫
ARN: ⟪N:TRACKING⟫
Shop order ID: ⟪O:woocommerce_default⟫
=== csv
date,order_id,customer_email,total,currency,gateway
⟪N:DATE⟫,⟪O:shopify_default⟫,⟪E⟫,⟪N:PRICE⟫,EUR,stripe
⟪N:DATE⟫,⟪O:shopify_default⟫,⟪E⟫,⟪N:PRICE⟫,EUR,paypal
=== csv
"Order Number";"Created";"Billing IBAN";"Status"
"⟪O:shopware_default|shopware6⟫";"⟪N:DATE⟫";"⟪I:DE|AT|NL:*⟫";"paid"
=== csv
increment_id,created_at,grand_total,customer_email,remote_ip
⟪O:magento_default⟫,⟪N:DATE⟫,⟪N:PRICE⟫,⟪E⟫,⟪IP:v4_public⟫
⟪O:magento_store_prefix⟫,⟪N:DATE⟫,⟪N:PRICE⟫,⟪E⟫,⟪IP:v6_full|v6_compressed⟫
=== csv
Posting date;Document;Customer no.;Description;Amount
⟪N:DATE⟫;⟪N:INVOICE⟫;⟪N:CUSTOMER_NUMBER⟫;payment order ⟪O:year_prefixed⟫;⟪N:PRICE⟫
⟪N:DATE⟫;⟪N:INVOICE⟫;⟪N:CUSTOMER_NUMBER⟫;refund;⟪N:PRICE⟫
=== csv
sku,ean,title,qty,price
⟪N:SKU⟫,⟪N:EAN⟫,⟪f:product⟫,⟪N:QUANTITY⟫,⟪N:PRICE⟫
⟪N:SKU⟫,⟪N:EAN⟫,⟪f:product⟫,⟪N:QUANTITY⟫,⟪N:PRICE⟫
=== helpdesk
Macro: "Where is my order"
Hi {{ticket.requester.first_name}}, thanks for reaching out about order ⟪O:shopify_default|shopify_prefix⟫. It left our warehouse on ⟪N:DATE⟫ with tracking ⟪N:TRACKING⟫.
=== helpdesk
[Internal note] verified caller via last 4 digits and postcode ⟪N:POSTCODE⟫. Order ⟪O:sfcc⟫ — customer requests callback at ⟪P:UK|IE:national⟫.
=== helpdesk
Ticket ⟪N:TICKET⟫ merged into ⟪N:TICKET⟫. Requester ⟪E:plus_tag⟫ reports double charge on order ⟪O:bigcommerce⟫.
=== helpdesk
Agent macro (refund to bank): We will transfer ⟪N:PRICE⟫ to the IBAN you provided, ⟪I⟫, within 5 business days. Reference: order ⟪O:letter_prefixed⟫.
=== chat
[10:42] ⟪f:first⟫: anyone seen this? stripe key got pasted in #dev-payments: ⟪S:stripe_secret⟫
[10:43] ⟪f:first⟫: rotating now, thanks
=== chat
[Teams] ⟪f:first⟫ 09:14
can you check why order ⟪O:magento_custom⟫ didn't sync to the ERP? log says timeout from ⟪IP:v4_private⟫
=== chat
[Slack #ops] deploy of ⟪N:VERSION⟫ done (commit ⟪N:HASH⟫). Order webhook is failing with 401, current secret in vault is ⟪S:shopify_token⟫
=== chat
[Slack #support] ⟪f:first⟫: customer on the phone, order ⟪O:woocommerce_sequential⟫, says card ⟪C⟫ was charged twice
=== chat_sloppy
hey so my order ⟪O:shopify_default⟫ still says processing?? ordered like a week ago
=== chat_sloppy
lol ok the api key is ⟪S:openai⟫ dont share it pls
=== chat_sloppy
my new number is ⟪P:UK|US|IE⟫ can u update the delivery thing for order ⟪O:bigcommerce|woocommerce_default⟫
=== chat_sloppy
pls refund to ⟪I:*:lower|compact⟫ not the card thx
=== chat_sloppy
it's ⟪E:plain|plus_tag⟫ not the old one, order was ⟪O:amazon_3_7_7⟫
=== chat_sloppy
ordered ⟪N:QUANTITY⟫ of them but only got 1, order ⟪O:etsy⟫
=== config
# .env.production
APP_ENV=production
DATABASE_URL=postgresql://⟪f:dbuser⟫:⟪S:password⟫@⟪f:host⟫:5432/shop
STRIPE_SECRET_KEY=⟪S:stripe_secret⟫
STRIPE_PUBLISHABLE_KEY=⟪N:PUBLISHABLE_KEY⟫
SENTRY_DSN=⟪S:sentry_dsn⟫
=== config
# .env.example — copy to .env
OPENAI_API_KEY=⟪N:PLACEHOLDER⟫
MOLLIE_API_KEY=⟪N:PLACEHOLDER⟫
APP_VERSION=⟪N:VERSION⟫
=== config
# docker-compose.override.yml
services:
  worker:
    environment:
      - MAILGUN_API_KEY=⟪S:mailgun⟫
      - REDIS_URL=redis://default:⟪S:password⟫@redis:6379/0
      - TZ=Europe/Berlin
=== config
[default]
aws_access_key_id = ⟪S:aws_access_key_id⟫
aws_secret_access_key = ⟪S:aws_secret_key⟫
region = eu-central-1
=== config
# config/packages/shopware.yaml
shopware:
  api:
    integration:
      access_key: ⟪S:shopware_key_id⟫
      secret_access_key: ⟪S:shopware_secret⟫
=== config
# pyproject / .pypirc
[pypi]
username = __token__
password = ⟪S:pypi_token⟫
=== config
# ~/.npmrc
//registry.npmjs.org/:_authToken=⟪S:npm_token⟫
=== config
# netlify.toml
[build.environment]
  NODE_VERSION = "⟪N:VERSION⟫"
  HUGGINGFACE_TOKEN = "⟪S:huggingface⟫"
=== config
FROM node:20-alpine
ENV NODE_ENV=production
ENV SENDGRID_API_KEY=⟪S:sendgrid⟫
ARG BUILD_SHA=⟪N:HASH⟫
EXPOSE 3000
=== config
# app/etc/env.php (excerpt)
'db' => ['connection' => ['default' => ['host' => 'localhost', 'dbname' => 'magento', 'username' => 'magento', 'password' => '⟪S:password⟫']]],
'crypt' => ['key' => '⟪S:magento_token⟫'],
=== config
# wp-config.php
define( 'DB_PASSWORD', '⟪S:password⟫' );
define( 'AUTH_KEY', '⟪S:generic_b64⟫' );
define( 'WP_DEBUG', false );
=== config
apiVersion: v1
kind: Secret
metadata:
  name: payment-gateway
type: Opaque
data:
  ADYEN_API_KEY: ⟪S:k8s_secret_b64⟫
  DB_PASSWORD: ⟪S:k8s_secret_b64⟫
=== config
# terraform.tfvars
cloudflare_api_token = "⟪S:cloudflare_token⟫"
do_token             = "⟪S:digitalocean⟫"
region               = "fra1"
=== config
# .github/workflows/deploy.yml
env:
  DOCKERHUB_TOKEN: ⟪S:dockerhub_pat⟫
  IMAGE_TAG: ⟪N:VERSION⟫
  API_KEY: ${{ secrets.API_KEY }}
=== config
# settings.py
SECRET_KEY = "⟪S:django_secret⟫"
ALLOWED_HOSTS = ["shop.example", "⟪IP:v4_public⟫"]
=== config
# .env (laravel)
APP_KEY=⟪S:app_key_laravel⟫
MAIL_PASSWORD=⟪S:password⟫
MAIL_FROM_ADDRESS=⟪E:role⟫
=== config
# grafana-agent.yaml
remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    basic_auth:
      username: "⟪N:CUSTOMER_NUMBER⟫"
      password: "⟪S:grafana_token⟫"
=== config
# datadog.yaml
api_key: ⟪S:datadog_api_key⟫
site: datadoghq.eu
hostname: ⟪f:host⟫
=== config
# newrelic.ini
[newrelic]
license_key = ⟪S:newrelic_key⟫
app_name = Storefront (prod)
=== config
# ~/.ssh/id_ed25519 accidentally committed:
⟪S:pem_openssh⟫
=== config
# certs/server.key (do NOT commit)
⟪S:pem_rsa|pem_pkcs8|pem_ec⟫
=== json
{"type": "service_account", "project_id": "shop-analytics-prod", "private_key_id": "⟪N:HASH⟫", "private_key": "⟪S:pem_jsonesc⟫\n", "client_email": "⟪E:role⟫"}
=== json
{"event":"order.created","order":{"orderNumber":"⟪O:otto⟫","lifecycleChangeDate":"⟪N:DATE⟫","positionItems":[{"sku":"⟪N:SKU⟫","quantity":⟪N:QUANTITY⟫}]}}
=== json
{"id": ⟪O:woocommerce_default⟫, "status": "processing", "currency": "EUR", "total": "⟪N:PRICE⟫", "billing": {"email": "⟪E⟫", "phone": "⟪P⟫"}}
=== json
{"data": {"orderNumber": "⟪O:shopware_default|shopware6⟫", "versionId": "⟪N:UUID⟫", "amountTotal": ⟪N:PRICE⟫, "customerComment": null}}
=== json
{"reference": "⟪O:prestashop_reference⟫", "id_order": ⟪O:prestashop_id⟫, "id_customer": ⟪N:QUANTITY⟫, "module": "ps_checkpayment"}
=== json
{"amazonOrderId": "⟪O:amazon_3_7_7⟫", "purchaseDate": "⟪N:DATE⟫", "marketplaceId": "A1PA6795UKMFR9", "buyerInfo": {"buyerEmail": "⟪E:subdomain⟫"}}
=== json
{"webhook_url": "⟪S:slack_webhook⟫", "channel": "#orders", "username": "order-bot"}
=== json
{"payment_method": {"card": {"number": "⟪C:*:plain⟫", "exp_month": 11, "exp_year": 2029}}, "order_ref": "⟪O:letter_prefixed⟫"}
=== json
{"level":"error","ts":"⟪N:DATE⟫","msg":"upstream auth failed","authorization":"Bearer ⟪S:jwt|bearer_opaque⟫","client_ip":"⟪IP⟫"}
=== json
{"iban": "⟪I:*:compact⟫", "bic": "⟪N:BIC⟫", "mandate_ref": "⟪N:CUSTOMER_NUMBER⟫", "order": "⟪O:jtl|plentymarkets⟫"}
=== log
⟪N:DATE⟫ sshd[⟪f:pid⟫]: Failed password for invalid user admin from ⟪IP:v4_public⟫ port ⟪N:PORT⟫ ssh2
=== log
⟪IP:v4_public|v6_compressed⟫ - - [05/Mar/2025:14:22:01 +0100] "GET /checkout/onepage/success/?order_id=⟪O:magento_default⟫ HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
=== log
[⟪N:DATE⟫] production.ERROR: Stripe\Exception\AuthenticationException: Invalid API Key provided: ⟪S:stripe_secret⟫ in /var/www/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php:38
=== log
Traceback (most recent call last):
  File "/app/sync/orders.py", line 88, in push_order
    resp = client.post(url, json=payload)
requests.exceptions.HTTPError: 422 Client Error for url: https://api.example-erp.com/v2/orders/⟪O:shopify_default⟫?token=⟪S:generic_hex⟫
=== log
WARN  [order-import] duplicate order ⟪O:bol⟫ skipped (marketplace=bol, shipment ⟪N:TRACKING⟫)
=== log
kernel: [UFW BLOCK] IN=eth0 OUT= SRC=⟪IP:v4_public⟫ DST=⟪IP:v4_private⟫ LEN=60 PROTO=TCP SPT=⟪f:pid⟫ DPT=22
=== log
fail2ban.actions [⟪f:pid⟫]: NOTICE [nginx-botsearch] Ban ⟪IP:v4_public|v6_full⟫
=== log
+ curl -s -X POST -H "Authorization: token ⟪S:github_pat|github_fine_grained⟫" https://api.github.com/repos/shop/storefront/dispatches
=== log
Step 7/12 : RUN echo "//npm.pkg.github.com/:_authToken=⟪S:github_pat⟫" > .npmrc
 ---> Running in ⟪N:HASH⟫
=== log
2025-04-02T08:11:37Z gitlab-runner: Checking for jobs... received job=⟪N:BUILD_ID⟫ repo_url=https://gitlab-ci-token:⟪S:gitlab_pat⟫@gitlab.com/shop/infra.git
=== log
mysql: [Warning] Using a password on the command line interface can be insecure.
$ mysql -h ⟪IP:v4_private⟫ -u ⟪f:dbuser⟫ -p⟪S:password⟫ shop_prod
=== log
celery.worker ERROR Task orders.export[⟪N:UUID⟫] raised: SMTPAuthenticationError for smtps://orders:⟪S:password⟫@smtp.mailhost.eu:465
=== log
Mar 12 03:14:07 web02 postfix/smtpd[⟪f:pid⟫]: NOQUEUE: reject: RCPT from unknown[⟪IP:v4_public⟫]: 554 5.7.1 <⟪E⟫>: Relay access denied
=== log
[payment] Mollie webhook for tr_xxx: order ⟪O:shopware_prefix⟫ paid; key used: ⟪S:mollie_key⟫
=== code
const client = new Twilio("⟪N:PLACEHOLDER⟫", "⟪S:twilio_auth_token⟫"); // TODO move to env
=== code
openai.api_key = "⟪S:openai⟫"
=== code
client = anthropic.Anthropic(api_key="⟪S:anthropic⟫")
=== code
const groq = new Groq({ apiKey: '⟪S:groq⟫' });
=== code
MISTRAL_API_KEY = "⟪S:mistral⟫"  # mistral la plateforme
COHERE_API_KEY = "⟪S:cohere⟫"
=== code
bot = telegram.Bot(token="⟪S:telegram_bot_token⟫")
=== code
client.login('⟪S:discord_bot_token⟫');
=== code
$gateway = new Braintree\Gateway(['accessToken' => '⟪S:braintree_access_token⟫']);
=== code
paypal.configure({ mode: 'live', client_id: 'AYSq3RDGsmBLJE-otTkBtM-jBRd1TCQwFf9RGfwddNXWz0uFU9ztymylOhRS', client_secret: '⟪S:paypal_client_secret⟫' });
=== code
$client = new \Adyen\Client(); $client->setXApiKey("⟪S:adyen_api_key⟫");
=== code
square_client = Client(access_token="⟪S:square_token⟫", environment="production")
=== code
headers = {"Authorization": "Bearer ⟪S:checkout_secret⟫"}  # checkout.com
=== code
WooCommerce API(url="https://shop.example", consumer_key="⟪S:woocommerce_key⟫", consumer_secret="⟪S:woocommerce_key⟫")
=== code
klarna = Klarna(api_key="⟪S:klarna_api_key⟫", region="eu")
=== code
curl https://api.brevo.com/v3/smtp/email -H "api-key: ⟪S:brevo⟫" -H "content-type: application/json"
=== code
curl "https://api.postmarkapp.com/email" -H "X-Postmark-Server-Token: ⟪S:postmark_token⟫"
=== code
curl -H "Authorization: Basic ⟪S:basic_auth⟫" https://api.shop.example/v1/orders/⟪O:bigcommerce⟫
=== code
curl -u "⟪f:dbuser⟫:⟪S:password⟫" https://repo.internal/artifactory/api/npm/
=== code
$ export CIRCLE_TOKEN=⟪S:circleci_token⟫
=== code
git remote set-url origin https://x-token-auth:⟪S:bitbucket_app_password⟫@bitbucket.org/shop/theme.git
=== code
SQL> SELECT order_id, email, card_last4 FROM orders WHERE order_id = '⟪O:letter_prefixed#a⟫';
| ⟪=a⟫ | ⟪E⟫ | ⟪N:PLACEHOLDER⟫ |
=== code
INSERT INTO payouts (iban, bic, amount) VALUES ('⟪I:*:compact⟫', '⟪N:BIC⟫', ⟪N:PRICE⟫);
=== code
mysql> select entity_id, increment_id, remote_ip from sales_order limit 1;
+-----------+--------------+----------------+
| ⟪N:QUANTITY⟫ | ⟪O:magento_default|magento_store_prefix⟫ | ⟪IP:v4_public⟫ |
=== code
java.lang.IllegalStateException: order ⟪O:sfcc⟫ has no payment instrument
	at dw.order.OrderMgr.placeOrder(OrderMgr.java:212)
	at app_storefront_base/cartridge/scripts/checkout/checkoutHelpers.js:431
=== html
<tr><td>Order</td><td>⟪O:shopify_default|shopify_suffix⟫</td></tr><tr><td>Email</td><td><a href="mailto:⟪E#e⟫">⟪=e⟫</a></td></tr>
=== html
<p>Questions? Call us on <a href="tel:⟪P:*:e164:none⟫">⟪P:*:intl:none⟫</a> or write to <a href="mailto:⟪E:role⟫">our team</a>.</p>
=== markdown
| Order | Channel | Status |
|---|---|---|
| ⟪O:amazon_3_7_7⟫ | Amazon DE | shipped |
| ⟪O:ebay_12digit⟫ | eBay | open |
| ⟪O:otto⟫ | OTTO Market | cancelled |
=== markdown
### Incident 2025-11 (payments)
- Leaked key: `⟪S:stripe_webhook_secret⟫` (rotated)
- Source IP: `⟪IP:defang_last|defang_all⟫`
- Affected orders: ⟪O:woocommerce_sequential⟫, ⟪O:woocommerce_sequential⟫
=== markdown
> **IOC list** (defanged)
> - hxxp://⟪IP:defang_all|defang_last⟫/wp-login.php
> - ⟪IP:defang_paren⟫
=== email
---------- Forwarded message ---------
From: ⟪f:first⟫ <⟪E:plain⟫>
Subject: Fwd: order ⟪O:shopify_prefix⟫

> > The parcel came back to us. Can you resend?
> Please resend to the same address, and use ⟪P:UK⟫ for the courier.

--
⟪f:first⟫ | Customer Care | ⟪f:shop⟫
T ⟪P:NL|BE|DE:intl⟫
=== email
Hi team,

our Sentry DSN leaked in a public gist: ⟪S:sentry_dsn⟫ — please rotate. Also the Teams webhook ⟪S:teams_webhook⟫ was in the same file.

Thanks,
⟪f:first⟫
=== email
Hello,
I never received order ⟪O:bigcommerce|shopify_default⟫ (paid with ⟪C:visa|mastercard|amex⟫). My phone: ⟪P:US|UK⟫.
Please don't use ⟪E:plus_tag⟫ for newsletters.
=== support
I entered the wrong card: ⟪C⟫. The correct one should end in ⟪N:QUANTITY⟫. Order ref ⟪O:magento_store_prefix⟫.
=== support
Please update my bank details for the refund: IBAN ⟪I⟫ (bank BIC ⟪N:BIC⟫). Invoice number ⟪N:INVOICE⟫ — it's about order ⟪O:shopware_prefix⟫.
=== support
The IP that placed the fraudulent order was ⟪IP⟫, order ⟪O:context_generic⟫. Customer account ⟪N:CUSTOMER_NUMBER⟫.
=== support
⟪O:year_prefixed⟫ is my order number and ⟪N:INVOICE⟫ is the invoice, I got charged ⟪N:PRICE⟫ twice.
=== ocr
I N V O I C E      Invoice no.: ⟪N:INVOICE⟫
Order no. :  ⟪O:letter_prefixed|year_prefixed⟫      Date: ⟪N:DATE⟫
Bank transfer to :  ⟪I:*:grouped|dspace⟫   BIC:  ⟪N:BIC⟫
VAT ID : ⟪N:VAT_ID⟫
=== ocr
Pay ment slip -- Beneficiary account
IBAN  ⟪I:*:linebreak|grouped⟫
Ref. order ⟪O:context_generic⟫
=== ocr
Card ho lder copy . . . . PAN ⟪C:*:everydigit|space|dspace⟫  AUTH ⟪N:QUANTITY⟫  ⟪N:TIME⟫
=== form
Customer callback request
Name: ⟪f:first⟫
Phone: ⟪P:*:*:ext|x⟫
Best time: ⟪N:TIME⟫
Regarding order: ⟪O:sfcc|bigcommerce⟫
=== form
Bank details for SEPA direct debit
Account holder: ⟪f:shop⟫
IBAN: ⟪I⟫
BIC: ⟪N:BIC⟫
Mandate: ⟪N:CUSTOMER_NUMBER⟫
=== support
Hi, I am travelling, reach me on ⟪P:FR|ES|IT|PT|PL|CZ|DK|SE|NO|FI|LU:intl|e164⟫ until ⟪N:DATE⟫. About order ⟪O:magento_custom⟫.
=== support
Card got declined twice. Tried ⟪C:*:nbsp|nnbsp|zwsp|tab|underscore|slash|dot⟫ and then my partner's. Order #⟪O:prestashop_id⟫ (reference ⟪O:prestashop_reference⟫)
=== support
Our office IPs for the B2B portal allow-list: ⟪IP:v4_public⟫, ⟪IP:v4_public⟫ and ⟪IP:v6_compressed|v6_full⟫. Customer no. ⟪N:CUSTOMER_NUMBER⟫.
=== log
[⟪N:DATE⟫] nginx: upstream timed out, client: ⟪IP:v4_public⟫, server: shop, request: "POST /api/orders/⟪O:woocommerce_default⟫/refunds", upstream: "http://⟪IP:v4_private⟫:⟪N:PORT⟫"
=== log
haproxy[⟪f:pid⟫]: [⟪IP:v6_mapped⟫]:51234 [05/Mar/2025:10:01:44.123] fe_https be_shop/web01 0/0/1/12/13 200 812
=== chat
[Teams] ⟪f:first⟫: the Hubspot private app token ⟪S:hubspot⟫ and the Notion one ⟪S:notion⟫ are both in the wiki page, can someone scrub it
=== chat
[Slack] ⟪f:first⟫: linear key for the bot → ⟪S:linear⟫ / postman collection uses ⟪S:postman⟫
=== chat
[Slack] ⟪f:first⟫: airtable PAT ⟪S:airtable⟫ and atlassian ⟪S:atlassian_token⟫ — both prod :(
=== code
export GOOGLE_MAPS_KEY=⟪S:gcp_api_key⟫
export AZURE_CLIENT_SECRET='⟪S:azure_client_secret⟫'
=== config
DefaultEndpointsProtocol=https;AccountName=shopassets;AccountKey=⟪S:azure_storage_key⟫;EndpointSuffix=core.windows.net
=== config
# .terraformrc
credentials "app.terraform.io" {
  token = "⟪S:terraform_token⟫"
}
=== config
[remote "origin"]
	url = https://oauth2:⟪S:gitlab_pat⟫@gitlab.com/shop/erp-bridge.git
=== config
SLACK_BOT_TOKEN=⟪S:slack_token⟫
DISCORD_WEBHOOK=⟪S:discord_webhook⟫
ZAPIER_HOOK=⟪S:zapier_webhook⟫
=== config
# appsettings.Production.json
{"ConnectionStrings": {"Default": "Server=⟪f:host⟫;Database=Shop;User Id=sa;Password=⟪S:password⟫;"}, "Replicate": {"Token": "⟪S:replicate⟫"}}
=== config
mongodb+srv://⟪f:dbuser⟫:⟪S:password⟫@cluster0.ab1cd.mongodb.net/orders?retryWrites=true
=== config
amqp://⟪f:dbuser⟫:⟪S:password⟫@rabbit01.lan:5672/%2f
=== config
GOOGLE_CHAT_WEBHOOK="⟪S:gchat_webhook⟫"
=== config
# sentry.properties
defaults.org=shop
auth.token=⟪S:sentry_auth_token⟫
=== config
-----BEGIN PGP PUBLIC KEY BLOCK----- is fine to share, but this was attached to the ticket:
⟪S:pem_pgp|pem_encrypted|pem_dsa⟫
=== code
headers: { 'PRIVATE-TOKEN': '⟪S:gitlab_pat⟫', 'X-Shopify-Access-Token': '⟪S:shopify_token⟫' }
=== code
stripe.api_key = os.environ.get("STRIPE_KEY", "⟪S:stripe_secret⟫")
=== csv
timestamp,ip,user_agent,order
⟪N:DATE⟫,⟪IP:v4_public⟫,Mozilla/5.0,⟪O:shopify_default⟫
⟪N:DATE⟫,⟪IP:v6_compressed⟫,okhttp/4.12,⟪O:shopify_default⟫
=== csv
phone,country,opt_in
⟪P:DE|AT|CH:e164:none⟫,DE,1
⟪P:FR|BE|LU:e164:none⟫,FR,0
⟪P:NL|DK|SE:e164:none⟫,NL,1
=== chat_sloppy
ok so card is ⟪C:*:space|plain⟫ exp 08/27 pls just charge it for order ⟪O:woocommerce_default⟫
=== email
Dear ⟪f:shop⟫ team,
we are a reseller in ⟪f:city⟫ and would like to order ⟪N:QUANTITY⟫ units of ⟪N:SKU⟫. Please invoice to our account; our bank is ⟪I⟫. Contact: ⟪E:subdomain|idn⟫, ⟪P:*:intl⟫.
=== email
Auto-reply: I'm out of office until ⟪N:DATE⟫. For urgent orders contact ⟪E:role|plain⟫ or ⟪P:*:national|intl⟫.
=== chat
[WhatsApp Business] ⟪f:first⟫: hi, here's a photo of the label. order ⟪O:shopify_default|woocommerce_default⟫, email ⟪E:unicode_local|idn|dotted⟫
=== markdown
| Key | Value |
|-----|-------|
| Merchant ID | ⟪N:CUSTOMER_NUMBER⟫ |
| Secret | `⟪S:generic_b62|generic_hex⟫` |
| Publishable | `⟪N:PUBLISHABLE_KEY⟫` |
=== config
# worldline.properties
connect.api.apiKeyId=⟪N:HASH⟫
connect.api.secretApiKey=⟪S:generic_b64⟫
connect.api.endpoint.host=payment.preprod.direct.worldline-solutions.com
=== log
POST /v1/chat/completions 401 — header x-api-key: ⟪S:anthropic|openai⟫ (request ⟪N:UUID⟫)
=== neg_marketplace
Listing update: SKU ⟪N:SKU⟫ price changed to ⟪N:PRICE⟫, EAN ⟪N:EAN⟫, stock ⟪N:QUANTITY⟫.
=== neg_email
Your parcel ⟪N:TRACKING⟫ will be delivered on ⟪N:DATE⟫ between ⟪N:TIME⟫ and ⟪N:TIME⟫.
=== neg_support
Please order ⟪N:QUANTITY⟫ more units of ⟪N:SKU⟫ for the shop in ⟪f:city⟫; last order total was ⟪N:PRICE⟫.
=== neg_config
STRIPE_SECRET_KEY=⟪N:PLACEHOLDER⟫
STRIPE_PUBLISHABLE_KEY=⟪N:PUBLISHABLE_KEY⟫
PAYMENT_INTENT_EXAMPLE=⟪N:PAYMENT_REF⟫
=== neg_config
# values.yaml
image:
  tag: "⟪N:VERSION⟫"
  digest: ⟪N:HASH⟫
db:
  password: ⟪N:PLACEHOLDER⟫
  port: ⟪N:PORT⟫
=== neg_log
⟪N:DATE⟫ INFO build ⟪N:BUILD_ID⟫ finished, artifact ⟪N:HASH⟫, version ⟪N:VERSION⟫
=== neg_support
The card number you sent (⟪N:CARD_LUHN⟫) is not valid — the checksum fails. Please double-check.
=== neg_support
The IBAN ⟪N:IBAN_MOD97⟫ was rejected by our bank as invalid (checksum). Could you re-send it?
=== neg_form
Supplier master data
VAT ID: ⟪N:VAT_ID⟫
Company reg.: ⟪N:SIRET⟫
BIC: ⟪N:BIC⟫
Customer number: ⟪N:CUSTOMER_NUMBER⟫
=== neg_ticket
⟪N:TICKET⟫ · priority P2 · opened ⟪N:DATE⟫ ⟪N:TIME⟫ · component checkout · version ⟪N:VERSION⟫
=== neg_chat
order status: still pending. order total ⟪N:PRICE⟫, ordered on ⟪N:DATE⟫, ⟪N:QUANTITY⟫ items
=== neg_csv
part_no,description,qty
⟪N:PART_NUMBER⟫,brake pad set,⟪N:QUANTITY⟫
⟪N:PART_NUMBER⟫,oil filter,⟪N:QUANTITY⟫
⟪N:PART_NUMBER⟫,wiper blade,⟪N:QUANTITY⟫
=== neg_json
{"request_id": "⟪N:UUID⟫", "trace": "⟪N:HASH⟫", "took_ms": ⟪N:QUANTITY⟫, "ts": "⟪N:DATE⟫"}
=== neg_email
Return authorisation ⟪N:RMA⟫ approved. Please ship to our warehouse in ⟪f:city⟫ (postcode ⟪N:POSTCODE⟫) with label ⟪N:TRACKING⟫.
=== neg_code
# docs example — not real
AWS_ACCESS_KEY_ID=⟪N:PLACEHOLDER⟫
AWS_SECRET_ACCESS_KEY=⟪N:PLACEHOLDER⟫
=== neg_chat
can u order ⟪N:QUANTITY⟫ more? the ⟪N:MODEL⟫ sold out again
=== neg_markdown
| Model | Part no. | Price |
|---|---|---|
| ⟪N:MODEL⟫ | ⟪N:PART_NUMBER⟫ | ⟪N:PRICE⟫ |
| ⟪N:MODEL⟫ | ⟪N:PART_NUMBER⟫ | ⟪N:PRICE⟫ |
=== neg_log
snmpd: OID ⟪N:OID⟫ not found; agent ⟪N:VERSION⟫ restarted at ⟪N:TIME⟫
=== neg_support
Your invoice ⟪N:INVOICE⟫ and customer number ⟪N:CUSTOMER_NUMBER⟫ are shown in the account area. The order itself hasn't been placed yet.
=== neg_ocr
DELIVERY NOTE   Delivery no. ⟪N:TRACKING⟫   Date ⟪N:DATE⟫
Item  ⟪N:SKU⟫   Qty  ⟪N:QUANTITY⟫   EAN ⟪N:EAN⟫
=== neg_json
{"stripe": {"publishable_key": "⟪N:PUBLISHABLE_KEY⟫", "secret_key": "⟪N:PLACEHOLDER⟫", "customer": "⟪N:PAYMENT_REF⟫"}}
=== neg_chat
the order form has ⟪N:QUANTITY⟫ fields now and the order page loads in ⟪N:QUANTITY⟫ms, shipped in ⟪N:VERSION⟫
=== neg_email
Order confirmation will be sent once payment clears. Delivery to ⟪N:POSTCODE⟫ ⟪f:city⟫ typically takes 2-3 days. Your ticket: ⟪N:TICKET⟫.
=== neg_code
assert luhn("⟪N:CARD_LUHN⟫") is False
assert iban_valid("⟪N:IBAN_MOD97⟫") is False
=== neg_log
[⟪N:DATE⟫] deploy sha ⟪N:HASH⟫ → build ⟪N:BUILD_ID⟫, migrations ⟪N:VERSION⟫
"""

FRAMES += r"""
=== support
Two cards on file and both failed: ⟪C:visa|mastercard|mastercard2⟫ and ⟪C:amex|discover|jcb⟫. Can you take payment by phone? I'm on ⟪P:US|UK|IE⟫.
=== form
Payment details (manual order entry)
Card number: ⟪C:*:space|dash|plain|dspace⟫
Backup card: ⟪C:*:space|dash|plain|nbsp⟫
Cardholder phone: ⟪P⟫
=== chat
[Slack #fraud] ⟪f:first⟫: blocked cards from the same device: ⟪C⟫, ⟪C⟫ — signup IP ⟪IP⟫, email ⟪E⟫
=== csv
card_number,bin_country,result
⟪C:*:plain⟫,US,declined
⟪C:*:plain⟫,GB,approved
⟪C:*:plain⟫,FR,declined
=== log
PaymentGatewayError: card ⟪C:*:plain|space⟫ rejected (do_not_honor) — customer ip=⟪IP:v4_public|v6_compressed⟫ email=⟪E⟫
=== json
{"cards":[{"pan":"⟪C:*:plain⟫","brand":"auto"},{"pan":"⟪C:*:space|plain⟫","brand":"auto"}],"contact":"⟪E⟫"}
=== chat_sloppy
card is ⟪C:visa|mastercard|maestro:space|plain|everydigit⟫ or try the other one ⟪C:amex|diners|unionpay:space|plain⟫ idk
=== support
Could you charge the 19-digit card this time: ⟪C:visa|maestro|unionpay|discover:space|dash|plain⟫? The Amex ⟪C:amex:space|dash⟫ has expired.
=== email
Hi, my bank changed. Old IBAN ⟪I⟫, new IBAN ⟪I⟫. Please refund order ⟪O:shopify_default⟫ to the new one. Phone ⟪P⟫.
=== form
Wholesale account application
Company email: ⟪E:role|subdomain⟫
Accounts email: ⟪E:role|plain⟫
Phone: ⟪P:*:*:ext|x|none⟫
Mobile: ⟪P:*:intl|e164:none⟫
IBAN: ⟪I⟫
=== log
⟪N:DATE⟫ auth: login ok user=⟪E⟫ from ⟪IP⟫; previous login from ⟪IP⟫
=== log
[WAF] blocked ⟪IP⟫ -> /admin (rule 942100); x-forwarded-for: ⟪IP:v4_public⟫, ⟪IP:v4_private⟫
=== csv
email,phone,newsletter
⟪E⟫,⟪P:*:*:none⟫,yes
⟪E⟫,⟪P:*:*:none⟫,no
=== support
Please send the invoice to ⟪E⟫ and cc ⟪E:plus_tag|role⟫, and call ⟪P:*:*:ext|none⟫ if anything is missing.
=== helpdesk
Caller ID ⟪P:UK|IE|US:e164:none⟫ does not match the account phone ⟪P:UK|IE|US:national:none⟫. Card used: ⟪C⟫.
=== markdown
| Payee | IBAN |
|---|---|
| ⟪f:shop⟫ | ⟪I:*:grouped|compact⟫ |
| ⟪f:shop⟫ | ⟪I:*:grouped|compact⟫ |
=== code
TEST_CARDS = ["⟪C:*:plain⟫", "⟪C:*:plain⟫"]  # copied from a real customer ticket, remove!
=== ocr
Terminal receipt   MERCHANT COPY
CARD ⟪C:*:space|everydigit|dspace⟫
APPROVED  ⟪N:TIME⟫   ⟪N:DATE⟫
=== chat
[Teams] ⟪f:first⟫: supplier changed banks, new IBAN ⟪I⟫ (old ⟪I⟫). I checked with them by phone on ⟪P⟫.
=== log
dnsmasq-dhcp[⟪f:pid⟫]: DHCPACK(eth0) ⟪IP:v4_private⟫ 3c:22:fb:1a:9e:01 pos-terminal-02
=== email
Hello ⟪f:first⟫,
the customer disputes the charge on ⟪C⟫. Their original card was ⟪C⟫. Please call them at ⟪P⟫.
=== support
wrong card again — charged ⟪C:*:tab|underscore|slash|dot|nnbsp|zwsp⟫ instead of ⟪C:*:space|dash⟫
"""

FRAMES += r"""
=== neg_log
commit ⟪N:HASH⟫
Author: release-bot
Date:   ⟪N:DATE⟫
    bump storefront to ⟪N:VERSION⟫ (build ⟪N:BUILD_ID⟫), closes ⟪N:TICKET⟫
=== neg_csv
carrier,tracking,shipped
DHL,⟪N:TRACKING⟫,⟪N:DATE⟫
UPS,⟪N:TRACKING⟫,⟪N:DATE⟫
Colissimo,⟪N:TRACKING⟫,⟪N:DATE⟫
=== neg_email
Order number: will be assigned after checkout. Your quote ⟪N:INVOICE⟫ is valid until ⟪N:DATE⟫ for ⟪N:QUANTITY⟫ units at ⟪N:PRICE⟫ each.
=== neg_config
# keys here are placeholders, real ones live in Vault
SHOPIFY_API_SECRET=⟪N:PLACEHOLDER⟫
ANTHROPIC_API_KEY=⟪N:PLACEHOLDER⟫
SENTRY_RELEASE=⟪N:VERSION⟫
TRACE_ID=⟪N:UUID⟫
=== neg_support
Your order of ⟪N:QUANTITY⟫ boxes ships from our ⟪f:city⟫ depot; delivery note ⟪N:TRACKING⟫, customer no. ⟪N:CUSTOMER_NUMBER⟫, VAT ⟪N:VAT_ID⟫.
=== neg_json
{"sku":"⟪N:SKU⟫","gtin":"⟪N:EAN⟫","mpn":"⟪N:PART_NUMBER⟫","price":"⟪N:PRICE⟫","updated":"⟪N:DATE⟫"}
"""

FRAMES += r"""
=== support
Sorry, typo in my last message (⟪N:CARD_LUHN⟫). The right card is ⟪C⟫. And the IBAN for the refund is ⟪I⟫, not ⟪N:IBAN_MOD97⟫.
=== helpdesk
Validation log: card ⟪N:CARD_LUHN⟫ → checksum fail; card ⟪C:*:plain|space⟫ → ok; IBAN ⟪N:IBAN_MOD97⟫ → fail; IBAN ⟪I:*:compact⟫ → ok.
"""

FRAMES += r"""
=== email
Regional support lines (please keep this list current):
Nordics ⟪P:NO|SE|DK|FI:*⟫ · Benelux ⟪P:NL|BE|LU:*⟫ · South ⟪P:IT|ES|PT:*⟫ · Central ⟪P:PL|CZ:*⟫
=== config
# leaked in a support ticket attachment (deploy.key)
⟪S:pem_rsa|pem_dsa|pem_pgp⟫
=== marketplace
eBay order ⟪O:ebay_12digit⟫ was merged with Shopify order ⟪O:shopify_suffix|shopify_prefix⟫ by the connector; buyer was charged once.
"""
