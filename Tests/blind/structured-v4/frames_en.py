# Hand-written English frames for structured-v4. (register, template). `neg_` = negative-only.
FRAMES = [
# --- marketplace seller-central messages
("marketplace", """Seller Central > Buyer-Seller Messages
From: Amazon customer ⟪f:name⟫
Re: order ⟪O:amazon_3_7_7⟫ – item arrived with a cracked lid. ASIN ⟪N:SKU⟫, delivered ⟪N:DATE⟫. Can I get a replacement instead of a refund?"""),
("marketplace", """eBay message from buyer: hi, the listing said 2 sets but i only got one. order no ⟪O:ebay_2_5_5⟫, paid ⟪N:PRICE⟫. tracking ⟪N:TRACKING⟫ shows delivered but box was light"""),
("marketplace", """Etsy Conversations — ⟪f:name⟫ wrote: "Hiya! Just checking on receipt ⟪O:etsy⟫, I chose the personalised engraving. Do you need anything else from me?" (received ⟪N:TIME⟫)"""),
("marketplace", """A-to-z Guarantee claim opened
Order ID: ⟪O:amazon_3_7_7⟫
Claim reason: Item not received
Claim amount: ⟪N:PRICE⟫
Respond by: ⟪N:DATE⟫
Carrier tracking on file: ⟪N:TRACKING⟫"""),
("marketplace", """Kaufland Seller Portal – ticket ⟪N:TICKET⟫: Customer disputes delivery for order ⟪O:kaufland⟫. Please upload proof of delivery (carrier ⟪~DHL|DPD|GLS⟫, parcel ⟪N:TRACKING⟫)."""),
("marketplace", """bol.com Partner Platform
Retourmelding / return notice for order ⟪O:bol⟫ (EAN ⟪N:EAN⟫, qty ⟪N:QUANTITY⟫). Reason given by customer: "wrong size"."""),
("marketplace", """AliExpress dispute ⟪N:TICKET⟫ – buyer says order ⟪O:aliexpress⟫ contained ⟪N:QUANTITY⟫ pcs instead of 10. Evidence deadline ⟪N:DATE⟫."""),
("marketplace", """Mirakl back-office (Decathlon marketplace): order ⟪O:mirakl⟫ moved to status SHIPPING. Shop id ⟪N:CUSTOMER_NUMBER⟫ – please confirm carrier before ⟪N:TIME⟫."""),
("marketplace", """Hi, this is ⟪f:name⟫ from ⟪f:city⟫ – I bought the ⟪f:product⟫ on Amazon, my order number is ⟪O:amazon_3_7_7⟫ and the seller page says call ⟪P:*:*⟫ but nobody picks up."""),
("marketplace", """Zalando Partner Program: Order ⟪O:zalando⟫ cancelled by customer before shipping. Article ⟪N:SKU⟫ (⟪N:PRICE⟫) returned to stock automatically."""),
("marketplace", """[eBay Managed Payments] Payment dispute opened for order ⟪O:ebay_12digit⟫. Buyer reason: not as described. Amount on hold: ⟪N:PRICE⟫. Case ⟪N:TICKET⟫."""),
("neg_marketplace", """Amazon listing quality alert: ASIN ⟪N:SKU⟫ – bullet points exceed 500 chars. EAN ⟪N:EAN⟫ conflicts with brand registry. Fix by ⟪N:DATE⟫. Price currently ⟪N:PRICE⟫."""),
("neg_marketplace", """eBay: buyer wants to order ⟪N:QUANTITY⟫ more units of ⟪N:SKU⟫ – please send an offer by ⟪N:DATE⟫. Shipping via ⟪N:TRACKING⟫ last time was fine."""),
# --- admin notes / order comments
("admin_note", """Shopify order ⟪O:shopify_default⟫ — timeline note by staff: customer called from ⟪P:*:national⟫, asked to swap colour. Updated SKU ⟪N:SKU⟫, no price change (⟪N:PRICE⟫)."""),
("admin_note", """Order comment (Magento admin, order #⟪O:magento_default⟫): Customer notified. Paid via card ending 4 digits only, invoice ⟪N:INVOICE⟫ created ⟪N:DATE⟫."""),
("admin_note", """Internal note on ⟪O:shopify_prefix⟫: fraud score high, IP ⟪IP:v4_public⟫ geolocates to a different country than shipping. Hold until ⟪N:DATE⟫."""),
("admin_note", """shopware backend > Bestellungen > ⟪O:shopware_prefix⟫ > comment: b2b customer wants split delivery, ⟪N:QUANTITY⟫ now and rest next month. contact: ⟪E:role⟫"""),
("admin_note", """Woo order ⟪O:woocommerce_default⟫ — private note: refund of ⟪N:PRICE⟫ issued via Stripe (⟪N:PAYMENT_REF⟫). Customer email on file ⟪E:plus_tag⟫."""),
("admin_note", """BigCommerce order ⟪O:bigcommerce⟫: staff note — address corrected, postcode was ⟪N:POSTCODE⟫. Customer id ⟪N:CUSTOMER_NUMBER⟫."""),
("admin_note", """Admin > Orders > https://admin.shopify.com/store/⟪~fern-and-pine|brightcrate|loomhouse⟫/orders/⟪O:shopify_order_id⟫ — customer says the gift note is missing, reprint packing slip."""),
("admin_note", """Magento order view: Order # ⟪O:magento_store_prefix⟫ | Purchased From: UK Store View | Customer IP: ⟪IP:*⟫ | Status: processing"""),
("neg_admin_note", """Staff note: do NOT reorder ⟪N:SKU⟫ until supplier confirms ⟪N:QUANTITY⟫ units. Model ⟪N:MODEL⟫ discontinued per email from ⟪N:DATE⟫."""),
("neg_admin_note", """Order notes template — "Order status: awaiting payment. Order total: ⟪N:PRICE⟫. Ordered on ⟪N:DATE⟫ at ⟪N:TIME⟫." (shown on packing slip v⟪N:VERSION⟫)"""),
# --- payment provider dispute e-mails
("dispute_email", """Subject: Chargeback notification – dispute ⟪N:PAYMENT_REF⟫
Hello ⟪f:shop⟫,
a cardholder disputed a payment of ⟪N:PRICE⟫ for order ⟪O:woocommerce_sequential⟫. Reason code 13.1 (merchandise not received). Card: ⟪C:*:*⟫.
Submit evidence before ⟪N:DATE⟫."""),
("dispute_email", """From: disputes@stripe-notify.example
Your customer's bank has reversed ⟪N:PRICE⟫. Related charge ⟪N:PAYMENT_REF⟫, metadata.order_id = ⟪O:letter_prefixed⟫. Respond in the Dashboard."""),
("dispute_email", """PayPal Resolution Center: Case ⟪N:TICKET⟫ escalated to claim. Buyer ⟪E:plain⟫ says order ⟪O:shopify_default⟫ was never delivered. Transaction ⟪N:PAYMENT_REF⟫."""),
("dispute_email", """Adyen Customer Area — Notification of Chargeback
pspReference: ⟪N:PAYMENT_REF⟫
merchantReference: ⟪O:sfcc⟫
amount: ⟪N:PRICE⟫
card: ⟪C:*:plain⟫ (as stored in legacy CSV, please purge)"""),
("dispute_email", """Klarna Merchant Portal: the consumer has reported a return for order ⟪O:magento_custom⟫. Payments paused. If you disagree, reply to ⟪E:subdomain⟫ quoting case ⟪N:TICKET⟫."""),
("dispute_email", """Hi team, Mollie opened a chargeback for ⟪N:PAYMENT_REF⟫ (order ⟪O:year_prefixed⟫). The customer's card was ⟪C:mastercard2:*⟫ and the refund went to ⟪I:*:*⟫ instead — please check."""),
("neg_dispute_email", """Dispute won. The issuer reversed the chargeback on ⟪N:DATE⟫. Amount returned: ⟪N:PRICE⟫. Reference ⟪N:PAYMENT_REF⟫. No action needed. Merchant account ⟪N:ACCOUNT_ID⟫."""),
# --- accounting CSV / exports
("csv", """order_id,date,net,vat,gross,customer_email
⟪O:shopify_default⟫,⟪N:DATE⟫,⟪N:QUANTITY⟫.00,19%,⟪N:PRICE⟫,⟪E:plain⟫
⟪O:shopify_default⟫,⟪N:DATE⟫,⟪N:QUANTITY⟫.50,19%,⟪N:PRICE⟫,⟪E:plus_tag⟫"""),
("csv", """"Invoice";"Order";"IBAN";"Amount"
"⟪N:INVOICE⟫";"⟪O:letter_prefixed⟫";"⟪I:*:compact⟫";"⟪N:PRICE⟫"
"⟪N:INVOICE⟫";"⟪O:letter_prefixed⟫";"⟪I:*:grouped⟫";"⟪N:PRICE⟫\""""),
("csv", """payout_id|order_ref|fee|card_last_used
⟪N:PAYMENT_REF⟫|⟪O:amazon_3_7_7⟫|⟪N:PRICE⟫|⟪C:visa:dash⟫"""),
("csv", """Export from Xero: Contact,Reference,Phone,Total
⟪f:shop⟫,PO ⟪O:po_number⟫,⟪P:*:intl⟫,⟪N:PRICE⟫"""),
("neg_csv", """sku,ean,qty,price,updated_at
⟪N:SKU⟫,⟪N:EAN⟫,⟪N:QUANTITY⟫,⟪N:PRICE⟫,⟪N:DATE⟫
⟪N:SKU⟫,⟪N:EAN⟫,⟪N:QUANTITY⟫,⟪N:PRICE⟫,⟪N:DATE⟫"""),
("neg_csv", """tracking_number,carrier,shipped,weight
⟪N:TRACKING⟫,UPS,⟪N:DATE⟫,1.2kg
⟪N:TRACKING⟫,DHL,⟪N:DATE⟫,0.4kg"""),
# --- ERP / logs
("erp_log", """⟪N:DATE⟫ INFO  [OrderImport] imported order ⟪O:plentymarkets⟫ from referrer ⟪~Amazon|eBay|Otto⟫ (external id ⟪O:amazon_3_7_7⟫)"""),
("erp_log", """SAP IDoc ORDERS05 status 51: Sales order ⟪O:sap_sales_order⟫ not created – customer PO ⟪O:po_number⟫ already exists (KUNNR ⟪N:CUSTOMER_NUMBER⟫)"""),
("erp_log", """[JTL-Wawi Worker] ⟪N:TIME⟫ Auftrag ⟪O:jtl⟫ abgeglichen, Rechnung ⟪N:INVOICE⟫ erstellt, Versand via ⟪N:TRACKING⟫"""),
("log", """⟪N:DATE⟫ nginx: ⟪IP:v4_public⟫ - - "POST /checkout/confirm HTTP/2" 502 0 "-" "Mozilla/5.0" rt=⟪N:TIME⟫"""),
("log", """sshd[⟪N:QUANTITY⟫]: Failed password for invalid user deploy from ⟪IP:*⟫ port 51422 ssh2"""),
("log", """WARN payment.webhook order=⟪O:woocommerce_default⟫ remote_addr=⟪IP:v6_compressed⟫ signature mismatch, header X-Signature=⟪N:HASH⟫"""),
("log", """[⟪N:DATE⟫] production.ERROR: Stripe\\Exception\\AuthenticationException: Invalid API Key provided: ⟪S:stripe_secret⟫ in /var/www/shop/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php:38"""),
("log", """fail2ban.actions: NOTICE [postfix-sasl] Ban ⟪IP:v4_public⟫
fail2ban.actions: NOTICE [postfix-sasl] Ban ⟪IP:v4_public⟫"""),
("neg_log", """⟪N:DATE⟫ build ⟪N:BUILD_ID⟫ finished in 4m12s – image ⟪N:HASH⟫ pushed, chart version ⟪N:VERSION⟫, listening on :⟪N:PORT⟫"""),
("neg_log", """request_id=⟪N:UUID⟫ trace=⟪N:HASH⟫ GET /api/orders?status=open&limit=⟪N:QUANTITY⟫ 200 ⟪N:TIME⟫"""),
# --- chat transcripts
("chat", """[⟪N:TIME⟫] Customer: hi my order hasnt arrived
[⟪N:TIME⟫] Agent ⟪f:name⟫: Sorry to hear that! Could you share your order number?
[⟪N:TIME⟫] Customer: ⟪O:shopify_default⟫
[⟪N:TIME⟫] Agent ⟪f:name⟫: Thanks, it's with the carrier, tracking ⟪N:TRACKING⟫."""),
("chat", """[⟪N:TIME⟫] Visitor: i got charged twice?? card ⟪C:*:space⟫
[⟪N:TIME⟫] Bot: For your security please don't share card numbers here."""),
("chat_sloppy", """yo can u check ⟪O:letter_prefixed⟫ its been like 2 weeks lol. my number is ⟪P:*:national⟫ if easier"""),
("chat_sloppy", """ok so the refund should go to ⟪I:*:lower⟫ not the card, thx"""),
("chat_sloppy", """order was ⟪O:woocommerce_default⟫ i think?? or maybe ⟪O:woocommerce_default⟫ idk, email is ⟪E:plain⟫"""),
("neg_chat", """[⟪N:TIME⟫] Customer: can i order ⟪N:QUANTITY⟫ of the blue ones?
[⟪N:TIME⟫] Agent: Yes, ⟪N:SKU⟫ is in stock, ⟪N:PRICE⟫ each, ships ⟪N:DATE⟫."""),
("neg_chat", """u said order would be here by ⟪N:DATE⟫?? ticket ⟪N:TICKET⟫, still nothing. postcode ⟪N:POSTCODE⟫ btw"""),
# --- SMS
("sms", """⟪f:shop⟫: Your order ⟪O:shopify_default⟫ is out for delivery today. Questions? Call ⟪P:*:e164⟫"""),
("sms", """Your verification code for order ⟪O:letter_prefixed⟫ is 448831. Do not share it. Amount ⟪N:PRICE⟫."""),
("neg_sms", """Your parcel ⟪N:TRACKING⟫ will arrive ⟪N:DATE⟫ between ⟪N:TIME⟫ and ⟪N:TIME⟫. Reply STOP to opt out."""),
# --- PDF-to-text invoice dumps
("pdf_invoice", """INVOICE ⟪N:INVOICE⟫                 Date: ⟪N:DATE⟫
Order no.
⟪O:magento_default⟫
Bill to: ⟪f:name⟫, ⟪f:city⟫ ⟪N:POSTCODE⟫
Pay to IBAN ⟪I:*:linebreak⟫
BIC ⟪N:BIC⟫   VAT ⟪N:VAT_ID⟫"""),
("pdf_invoice", """Page 1 of 2
Qty  Item           Unit    Total
⟪N:QUANTITY⟫    ⟪N:SKU⟫   ⟪N:PRICE⟫  ⟪N:PRICE⟫
Your order ref:  ⟪O:po_number⟫
Questions: ⟪E:role⟫ / ⟪P:*:intl⟫"""),
("ocr", """REC EIPT   ⟪f:shop⟫
Ord er  No :  ⟪O:year_prefixed⟫
Card  : ⟪C:*:everydigit⟫
Tota l  ⟪N:PRICE⟫"""),
("neg_pdf_invoice", """CREDIT NOTE ⟪N:INVOICE⟫
Ref. invoice ⟪N:INVOICE⟫ of ⟪N:DATE⟫
Article ⟪N:PART_NUMBER⟫  qty ⟪N:QUANTITY⟫  ⟪N:PRICE⟫
VAT reg. ⟪N:VAT_ID⟫  BIC ⟪N:BIC⟫"""),
("neg_ocr", """I BAN: ⟪N:IBAN_MOD97⟫  (check digits wrong on scan)
Ca rd: ⟪N:CARD_LUHN⟫"""),
# --- Jira / GitHub issues with code blocks
("issue", """### Bug: webhook retries flood Slack
Steps: place order ⟪O:shopify_default⟫, cancel it.
```
POST ⟪S:slack_webhook⟫
{"text": "Order cancelled"}
```
Expected one message, got 14."""),
("issue", """**Environment**: Shopware ⟪N:VERSION⟫, PHP 8.2
Logs:
```
[⟪N:DATE⟫] app.CRITICAL: Mollie API call failed: Unauthorized (key=⟪S:mollie_key⟫) order=⟪O:shopware6⟫
```"""),
("issue", """JIRA ⟪N:TICKET⟫: Integration test leaks token
```yaml
openai:
  api_key: ⟪S:openai⟫
  model: gpt-4o-mini
```
Please rotate and move to Vault."""),
("issue", """Repro for #⟪N:QUANTITY⟫: the export job crashes on orders with emoji names.
```sql
SELECT id, increment_id, customer_email FROM sales_order WHERE increment_id = '⟪O:magento_default⟫';
-- returns ⟪E:plain⟫
```"""),
("issue", """Stack trace from prod (order ⟪O:sfcc⟫):
```
dw.system.Pipelet Error: PaymentProcessor failed
  at int_adyen/cartridge/scripts/adyenCheckout.js:211
  apiKey=⟪S:adyen_api_key⟫
```"""),
("neg_issue", """Upgraded to ⟪N:VERSION⟫, now `orders.export` returns 500. Commit ⟪N:HASH⟫, request id ⟪N:UUID⟫. Config uses `${ORDER_API_TOKEN}` (not committed): ⟪N:PLACEHOLDER⟫."""),
("neg_issue", """Docs example is confusing: `STRIPE_KEY=⟪N:PLACEHOLDER⟫` vs `STRIPE_PUBLISHABLE=⟪N:PUBLISHABLE_KEY⟫` — which goes to the frontend?"""),
# --- Terraform / Ansible / Helm
("iac", """resource "datadog_monitor" "checkout" {
  name    = "checkout latency"
}
provider "datadog" {
  api_key = "⟪S:datadog_api_key⟫"
  app_key = "⟪S:datadog_app_key⟫"
}"""),
("iac", """# group_vars/prod.yml
shop_db_host: ⟪IP:v4_private⟫
shop_db_password: "⟪S:password⟫"
sendgrid_api_key: "⟪S:sendgrid⟫"
"""),
("iac", """# values-prod.yaml (helm)
env:
  SENTRY_DSN: ⟪S:sentry_dsn⟫
  NEW_RELIC_LICENSE_KEY: ⟪S:newrelic_key⟫
replicaCount: ⟪N:QUANTITY⟫
image:
  tag: "⟪N:VERSION⟫\""""),
("iac", """variable "cloudflare_api_token" {
  default = "⟪S:cloudflare_token⟫"
}
# zone id ⟪N:HASH⟫"""),
("iac", """- name: configure mailer
  ansible.builtin.template:
    src: mailer.j2
  vars:
    postmark_server_token: ⟪S:postmark_token⟫
    smtp_relay: ⟪IP:v4_public⟫"""),
("iac", """terraform {
  cloud { organization = "⟪~fernpine|brightcrate⟫" }
}
# ~/.terraformrc credentials "app.terraform.io" { token = "⟪S:terraform_token⟫" }"""),
("neg_iac", """variable "stripe_secret_key" {
  type      = string
  sensitive = true
  default   = "⟪N:PLACEHOLDER⟫"
}
# module version ⟪N:VERSION⟫, port ⟪N:PORT⟫"""),
# --- docker-compose / systemd / Dockerfile
("compose", """services:
  shop:
    image: shop:⟪N:VERSION⟫
    environment:
      - DATABASE_URL=mysql://shop:⟪S:password⟫@db:3306/shop
      - HF_TOKEN=⟪S:huggingface⟫
    ports: ["⟪N:PORT⟫:80"]"""),
("compose", """  worker:
    environment:
      ANTHROPIC_API_KEY: ⟪S:anthropic⟫
      REDIS_URL: redis://default:⟪S:password⟫@⟪IP:v4_private⟫:6379/0"""),
("systemd", """[Service]
Environment="GROQ_API_KEY=⟪S:groq⟫"
Environment="LOG_LEVEL=info"
ExecStart=/usr/bin/python3 /opt/ai-search/server.py --bind ⟪IP:v4_private⟫:8080"""),
("systemd", """# /etc/systemd/system/order-sync.service
[Service]
EnvironmentFile=/etc/order-sync.env
Environment=SHOPIFY_ACCESS_TOKEN=⟪S:shopify_token⟫
Restart=always"""),
("dockerfile", """FROM node:20-alpine
ARG NPM_TOKEN=⟪S:npm_token⟫
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci"""),
("neg_compose", """services:
  db:
    image: postgres:⟪N:VERSION⟫
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_pw
      POSTGRES_USER: ⟪N:PLACEHOLDER⟫
    ports: ["⟪N:PORT⟫:5432"]"""),
# --- HAR / cURL copies
("har", """curl 'https://api.⟪~brightcrate|northpeakgear|loomhouse⟫.com/v2/orders/⟪O:letter_prefixed⟫' \\
  -H 'accept: application/json' \\
  -H 'authorization: Bearer ⟪S:jwt⟫' \\
  --compressed"""),
("har", """{"request": {"method": "POST", "url": "https://api.mistral.ai/v1/chat/completions",
 "headers": [{"name": "Authorization", "value": "Bearer ⟪S:mistral⟫"}]},
 "serverIPAddress": "⟪IP:v4_public⟫", "time": ⟪N:QUANTITY⟫}"""),
("har", """curl -u ⟪S:woocommerce_key⟫:⟪S:woocommerce_key⟫ https://shop.example/wp-json/wc/v3/orders/⟪O:prestashop_id⟫"""),
("har", """fetch("https://⟪~shop|store⟫.myshopify.com/admin/api/2024-10/orders.json", {"headers": {"x-shopify-access-token": "⟪S:shopify_token⟫"}})"""),
("har", """curl https://api.cohere.com/v2/rerank -H "Authorization: bearer ⟪S:cohere⟫" -d '{"query":"where is order ⟪O:bigcommerce⟫"}'"""),
("neg_har", """{"startedDateTime": "⟪N:DATE⟫", "request": {"url": "https://cdn.shop.example/app.⟪N:HASH⟫.js"}, "response": {"status": 304}, "timings": {"wait": ⟪N:QUANTITY⟫}}"""),
# --- forwarded e-mail chains
("email_chain", """---------- Forwarded message ---------
From: ⟪E:role⟫
Subject: RE: PO ⟪O:po_number⟫ – delivery schedule

> Can you confirm the ⟪N:QUANTITY⟫ pallets for next week?
> Regards, ⟪f:name⟫

Confirmed. Invoice ⟪N:INVOICE⟫ will follow.
--
⟪f:name⟫ | Purchasing | ⟪f:shop⟫
T ⟪P:*:intl_ext⟫"""),
("email_chain", """On ⟪N:DATE⟫ ⟪f:name⟫ <⟪E:plain⟫> wrote:
> Hi, about order ⟪O:woocommerce_sequential⟫, I'd like to pay by bank transfer.
>> Sure, our IBAN is ⟪I:GB:grouped⟫, reference your order number."""),
("email_chain", """Subject: Fwd: Purchase Order ⟪O:po_number⟫
Please ship to our ⟪f:city⟫ warehouse. Remit to IBAN ⟪I:IE:grouped⟫, BIC ⟪N:BIC⟫.
Accounts payable: ⟪E:subdomain⟫ | ⟪P:IE:intl⟫"""),
("email_chain", """> > Sending the SFTP creds here for the EDI feed
> > host: ⟪IP:v4_public⟫  user: edi_shop  pass: ⟪S:password⟫
> please never do that again, rotate asap
ok rotated."""),
("neg_email_chain", """> Your order was placed on ⟪N:DATE⟫ and ships in ⟪N:QUANTITY⟫ days.
> Order total ⟪N:PRICE⟫, customer no. ⟪N:CUSTOMER_NUMBER⟫
Thanks – also please add ⟪N:QUANTITY⟫ more units of ⟪N:SKU⟫."""),
# --- Slack / Teams pastes
("slack", """⟪f:name⟫  ⟪N:TIME⟫
who pasted the prod key in #ops?? `⟪S:stripe_secret⟫` – rotating now
⟪f:name⟫  ⟪N:TIME⟫
my bad 🙈"""),
("slack", """⟪f:name⟫: alert from grafana — checkout errors for order ⟪O:shopify_prefix⟫, source ⟪IP:*⟫
⟪f:name⟫: token for the dashboard API is ⟪S:grafana_token⟫ if you need it"""),
("teams", """[⟪N:TIME⟫] ⟪f:name⟫: can someone refund ⟪O:amazon_3_7_7⟫? customer called from ⟪P:UK:*⟫
[⟪N:TIME⟫] ⟪f:name⟫: done ✅"""),
("slack", """bot APP  ⟪N:TIME⟫
New order ⟪O:shopify_default⟫ from ⟪E:*⟫ — ⟪N:PRICE⟫ — ⟪N:QUANTITY⟫ items"""),
("neg_slack", """⟪f:name⟫: deploy ⟪N:VERSION⟫ is out, build ⟪N:BUILD_ID⟫, sha ⟪N:HASH⟫. rollback plan in ⟪N:TICKET⟫."""),
# --- env / yaml / toml / json configs
("env", """# .env.production
APP_ENV=production
STRIPE_SECRET_KEY=⟪S:stripe_secret⟫
STRIPE_PUBLISHABLE_KEY=⟪N:PUBLISHABLE_KEY⟫
STRIPE_WEBHOOK_SECRET=⟪S:stripe_webhook_secret⟫"""),
("env", """TWILIO_ACCOUNT_SID=⟪N:ACCOUNT_ID⟫
TWILIO_API_KEY=⟪S:twilio_api_key⟫
TWILIO_AUTH_TOKEN=⟪S:twilio_auth_token⟫
SUPPORT_PHONE=⟪P:*:e164⟫"""),
("toml", """[payments.checkout]
secret_key = "⟪S:checkout_secret⟫"
public_key = "⟪N:PUBLISHABLE_KEY⟫"
[payments.square]
access_token = "⟪S:square_token⟫\""""),
("json", """{"order": {"id": "⟪O:letter_prefixed⟫", "email": "⟪E:*⟫", "phone": "⟪P:*:e164⟫", "ip": "⟪IP:*⟫", "total": "⟪N:PRICE⟫"}}"""),
("json", """{"orderNumber":"⟪O:otto⟫","marketplace":"OTTO","lifecycleChangeDate":"⟪N:DATE⟫","positionItems":[{"sku":"⟪N:SKU⟫","qty":⟪N:QUANTITY⟫}]}"""),
("yaml", """linear:
  api_key: ⟪S:linear⟫
notion:
  token: ⟪S:notion⟫
airtable:
  pat: ⟪S:airtable⟫"""),
("ini", """[gitlab]
url = https://gitlab.example.com
private_token = ⟪S:gitlab_pat⟫
[docker]
password = ⟪S:dockerhub_pat⟫"""),
("env", """GITHUB_TOKEN=⟪S:github_fine_grained⟫
HUBSPOT_ACCESS_TOKEN=⟪S:hubspot⟫
POSTMAN_API_KEY=⟪S:postman⟫"""),
("env", """AWS_ACCESS_KEY_ID=⟪S:aws_access_key_id⟫
AWS_SECRET_ACCESS_KEY=⟪S:aws_secret_key⟫
AWS_REGION=eu-central-1"""),
("neg_env", """# .env.example – copy to .env
OPENAI_API_KEY=⟪N:PLACEHOLDER⟫
STRIPE_SECRET_KEY=⟪N:PLACEHOLDER⟫
STRIPE_PUBLISHABLE_KEY=⟪N:PUBLISHABLE_KEY⟫
APP_PORT=⟪N:PORT⟫"""),
("neg_yaml", """order_export:
  batch_size: ⟪N:QUANTITY⟫
  schedule: "0 3 * * *"
  api_key: ⟪N:PLACEHOLDER⟫
  checksum: ⟪N:HASH⟫"""),
# --- CI logs
("ci_log", """Run docker login -u shopbot -p ⟪S:dockerhub_pat⟫ registry-1.docker.io
WARNING! Using --password via the CLI is insecure."""),
("ci_log", """$ twine upload dist/* -u __token__ -p ⟪S:pypi_token⟫
Uploading shop_sdk-⟪N:VERSION⟫-py3-none-any.whl"""),
("ci_log", """+ curl -s -X POST ⟪S:discord_webhook⟫ -d '{"content":"deploy ok"}'
+ echo done"""),
("ci_log", """Step 7/12 : ENV SONAR_TOKEN=⟪S:sonar_token⟫
 ---> Running in ⟪N:HASH⟫"""),
("neg_ci_log", """Run actions/checkout@v4
  token: ***
  ref: ⟪N:HASH⟫
Job ⟪N:BUILD_ID⟫ completed. Artifact size ⟪N:QUANTITY⟫ MB."""),
# --- stack traces
("stacktrace", """Traceback (most recent call last):
  File "/srv/app/sync.py", line 88, in push_order
    client = Telegram("⟪S:telegram_bot_token⟫")
  File "/srv/app/sync.py", line 91
KeyError: 'order ⟪O:odoo⟫'"""),
("stacktrace", """java.sql.SQLException: Access denied for user 'shop'@'⟪IP:v4_private⟫' (using password: YES)
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)
	url=jdbc:mysql://db:3306/shop?user=shop&password=⟪S:password⟫"""),
("stacktrace", """PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ClientException: Client error: `POST https://api.brevo.com/v3/smtp/email` resulted in 401 (api-key: ⟪S:brevo⟫) for order ⟪O:prestashop_reference⟫"""),
("neg_stacktrace", """Error: Cannot find module './orders'
    at Module._resolveFilename (node:internal/modules/cjs/loader:⟪N:QUANTITY⟫:15)
    at v⟪N:VERSION⟫ build ⟪N:HASH⟫"""),
# --- SQL
("sql", """mysql> SELECT entity_id, increment_id, remote_ip FROM sales_order ORDER BY entity_id DESC LIMIT 2;
| ⟪N:QUANTITY⟫ | ⟪O:magento_default⟫ | ⟪IP:v4_public⟫ |
| ⟪N:QUANTITY⟫ | ⟪O:magento_default⟫ | ⟪IP:v6_compressed⟫ |"""),
("sql", """INSERT INTO ps_orders (id_order, reference, id_customer) VALUES (⟪O:prestashop_id⟫, '⟪O:prestashop_reference⟫', ⟪N:QUANTITY⟫);"""),
("sql", """UPDATE integrations SET api_secret = '⟪S:generic_b62⟫' WHERE name = 'shipcloud';"""),
("neg_sql", """SELECT sku, SUM(qty) FROM order_items WHERE created_at > '⟪N:DATE⟫' GROUP BY sku HAVING SUM(qty) > ⟪N:QUANTITY⟫; -- ⟪N:SKU⟫ tops"""),
# --- HTML / Markdown tables
("html", """<tr><td>Order</td><td>⟪O:woocommerce_default⟫</td></tr>
<tr><td>Email</td><td><a href="mailto:⟪E:*⟫">contact</a></td></tr>
<tr><td>Phone</td><td><a href="tel:⟪P:*:e164⟫">call</a></td></tr>"""),
("markdown", """| Order | Card | IBAN |
|---|---|---|
| ⟪O:year_prefixed⟫ | ⟪C:*:*⟫ | ⟪I:*:*⟫ |
| ⟪O:year_prefixed⟫ | ⟪C:*:*⟫ | ⟪N:IBAN_MOD97⟫ |"""),
("markdown", """## Incident ⟪N:TICKET⟫ – card testing
- Attacker IPs: `⟪IP:defang_all⟫`, `⟪IP:defang_last⟫`
- Callback: hxxp://⟪IP:defang_last⟫/gate.php
- Orders affected: ⟪O:shopify_default⟫, ⟪O:shopify_default⟫"""),
("html", """<footer>⟪f:shop⟫ · <a href="mailto:⟪E:idn⟫">⟪E:idn⟫</a> · VAT ⟪N:VAT_ID⟫ · ⟪P:*:intl⟫</footer>"""),
("neg_html", """<td class="sku">⟪N:SKU⟫</td><td class="price">⟪N:PRICE⟫</td><td>EAN ⟪N:EAN⟫</td><td>Model ⟪N:MODEL⟫</td>"""),
("neg_markdown", """| Carrier | Tracking | Shipped |
|---|---|---|
| Colissimo | ⟪N:TRACKING⟫ | ⟪N:DATE⟫ |
| DPD | ⟪N:TRACKING⟫ | ⟪N:DATE⟫ |"""),
# --- helpdesk macros
("helpdesk", """Macro "Refund by transfer" applied to ⟪N:TICKET⟫:
Hi ⟪f:name⟫, we'll refund order ⟪O:bigcommerce⟫ to the account you gave us (⟪I:*:*⟫). Allow ⟪N:QUANTITY⟫ business days."""),
("helpdesk", """Internal note: customer read out card ⟪C:amex:space⟫ on the phone — DO NOT store. Call-back number ⟪P:*:*⟫."""),
("helpdesk", """Zendesk trigger payload: {"ticket": "⟪N:TICKET⟫", "requester": "⟪E:*⟫", "custom_fields": {"order_number": "⟪O:*⟫"}}"""),
("neg_helpdesk", """Macro: "Your order is on its way! Track it here: ⟪N:TRACKING⟫. Expected ⟪N:DATE⟫. Reply to this ticket (⟪N:TICKET⟫) with questions." """),
# --- more misc
("email", """Subject: Order ⟪O:cdiscount⟫ – Cdiscount marketplace
Hello, the customer paid with ⟪C:cartes_bancaires:*⟫ and asks for an invoice. Please use ⟪E:role⟫."""),
("email", """Hi, please update our remittance details: IBAN ⟪I:NL:*⟫ (ING), or for CHF payments ⟪I:CH:*⟫. Ref your order ⟪O:shopware_default⟫."""),
("email", """Your Groq/HF keys leaked in a public gist: ⟪S:huggingface⟫ and ⟪S:replicate⟫. Also found AGE key ⟪S:age_secret_key⟫."""),
("config", """[database]
dsn = "postgresql://orders_rw:⟪S:password⟫@⟪IP:v4_private⟫:5432/orders?sslmode=require"
[vault]
token = "⟪S:vault_token⟫\""""),
("config", """# ~/.ssh/deploy_key
⟪S:pem_openssh⟫"""),
("config", """{"type": "service_account", "project_id": "shop-analytics", "private_key": "⟪S:pem_jsonesc⟫", "client_email": "⟪E:subdomain⟫"}"""),
("config", """tls:
  key: |
    ⟪S:pem_ec⟫"""),
("config", """gpg --export-secret-keys output pasted into ticket by mistake:
⟪S:pem_pgp⟫"""),
("config", """nginx ssl_certificate_key contents:
⟪S:pem_rsa⟫"""),
("config", """apiVersion: v1
kind: Secret
metadata: {name: payment-keys}
data:
  MOLLIE_API_KEY: ⟪S:k8s_secret_b64⟫
  DB_PASSWORD: ⟪S:k8s_secret_b64⟫"""),
("code", """const client = new OpenAI({ apiKey: "⟪S:openai⟫" }); // TODO move to env
const order = await getOrder("⟪O:shopify_default⟫");"""),
("code", """headers = {"Authorization": "Basic ⟪S:basic_auth⟫", "X-Request-Id": "⟪N:UUID⟫"}"""),
("code", """SECRET_KEY = '⟪S:django_secret⟫'
ALLOWED_HOSTS = ['⟪IP:v4_public⟫', 'shop.example']"""),
("code", """APP_KEY=⟪S:app_key_laravel⟫
MAIL_PASSWORD=⟪S:mailgun⟫"""),
("code", """sentry_sdk.init(dsn="⟪S:sentry_dsn⟫", release="shop@⟪N:VERSION⟫")"""),
("code", """webhooks:
  orders_created: ⟪S:zapier_webhook⟫
  refunds: ⟪S:make_webhook⟫"""),
("code", """$client = new \\Braintree\\Gateway(['accessToken' => '⟪S:braintree_access_token⟫']);"""),
("code", """klarna = KlarnaClient(username="⟪N:ACCOUNT_ID⟫", password="⟪S:klarna_api_key⟫")"""),
("code", """export DIGITALOCEAN_TOKEN=⟪S:digitalocean⟫
export DATABRICKS_TOKEN=⟪S:databricks_token⟫"""),
("code", """gcloud: using api key ⟪S:gcp_api_key⟫ for Places autocomplete (restricted? no!)"""),
("code", """az storage blob upload --account-name shopassets --account-key "⟪S:azure_storage_key⟫" -f invoice.pdf"""),
("code", """git remote set-url origin https://x-access-token:⟪S:github_pat⟫@github.com/org/shop.git"""),
("code", """AZURE_CLIENT_SECRET=⟪S:azure_client_secret⟫
ATLASSIAN_API_TOKEN=⟪S:atlassian_token⟫"""),
("support", """Hi, I placed order ⟪O:ebay_2_5_5⟫ but my ⟪f:product⟫ is the wrong colour. You can reach me at ⟪P:*:*⟫ or ⟪E:*⟫."""),
("support", """Card ⟪C:jcb:*⟫ was charged ⟪N:PRICE⟫ for order ⟪O:shopware_default⟫ but I only ordered ⟪N:QUANTITY⟫ items."""),
("support", """my diners card ⟪C:diners:*⟫ was declined at checkout, tried maestro ⟪C:maestro:*⟫ too. order ⟪O:woocommerce_default⟫ still pending"""),
("support", """I'm writing from ⟪f:city⟫ about purchase ⟪O:context_generic⟫ (that's my order). The package had the wrong model ⟪N:MODEL⟫."""),
("support", """Bestellnummer? sorry, english: order number ⟪O:context_generic⟫. I paid with UnionPay ⟪C:unionpay:*⟫."""),
("neg_support", """Hi, I'd like to order ⟪N:QUANTITY⟫ of item ⟪N:SKU⟫ for delivery to ⟪N:POSTCODE⟫ before ⟪N:DATE⟫. Is ⟪N:PRICE⟫ the bulk price?"""),
("neg_support", """My card number ⟪N:CARD_LUHN⟫ keeps failing — I think I typed it wrong. The order wasn't created. Ticket ⟪N:TICKET⟫."""),
("neg_support", """RMA ⟪N:RMA⟫ – returning ⟪N:QUANTITY⟫ items from invoice ⟪N:INVOICE⟫, part ⟪N:PART_NUMBER⟫."""),
("neg_email", """Your invoice ⟪N:INVOICE⟫ dated ⟪N:DATE⟫ for ⟪N:PRICE⟫ is attached. Bank: BIC ⟪N:BIC⟫, creditor id ⟪N:CREDITOR_ID⟫. Customer no. ⟪N:CUSTOMER_NUMBER⟫."""),
("neg_config", """snmp oid ⟪N:IP_LIKE⟫ monitored; firmware ⟪N:VERSION⟫; serial ⟪N:MODEL⟫; listen ⟪N:PORT⟫"""),
("log", """haproxy[⟪N:QUANTITY⟫]: ⟪IP:v6_full⟫:51234 [⟪N:DATE⟫] fe_shop be_api/api2 0/0/1/14/15 200"""),
("log", """postfix/smtpd: NOQUEUE: reject: RCPT from unknown[⟪IP:v6_mapped⟫]: 554 5.7.1 <⟪E:*⟫>: Relay access denied"""),
("log", """ufw BLOCK IN=eth0 SRC=⟪IP:v4_public⟫ DST=⟪IP:v4_private⟫ PROTO=TCP DPT=⟪N:PORT⟫"""),
("log", """auth ok user=admin from ⟪IP:defang_paren⟫ (shared in threat-intel feed)"""),
("log", """⟪IP:v4_public⟫"""),
("support", """Tried paying with ⟪C:*:*⟫ and then ⟪C:*:*⟫, both declined. You can reach me at ⟪E:*⟫."""),
("form", """Refund request form
Account holder: ⟪f:name⟫
IBAN: ⟪I:*:*⟫
Phone: ⟪P:*:*⟫
Reason: parcel lost"""),
("form", """Card block request (internal copy)
Card number: ⟪C:*:*⟫
Expiry: ⟪N:DATE⟫
Callback: ⟪P:*:*⟫"""),
("form", """Wholesale account application
Company email: ⟪E:*⟫
Accounts phone: ⟪P:*:*⟫
Bank (IBAN): ⟪I:*:*⟫
VAT number: ⟪N:VAT_ID⟫"""),
("chat_sloppy", """sent the transfer from ⟪I:*:compact⟫ last night, did it land?"""),
("chat_sloppy", """card is ⟪C:*:*⟫ exp ⟪N:DATE⟫ pls just charge it"""),
("log", """⟪IP:*⟫ - - [⟪N:DATE⟫] "POST /account/login HTTP/2" 302 user=⟪E:*⟫"""),
("log", """client connected from [⟪IP:v6_compressed⟫]:443, upstream ⟪IP:v4_private⟫:⟪N:PORT⟫"""),
("email", """Hi, for the deposit please use ⟪I:*:*⟫ or the card ⟪C:*:*⟫ on file. Questions: ⟪P:*:*⟫."""),
("email", """Please remove my old numbers ⟪P:*:*⟫ and ⟪P:*:*⟫ from your CRM, and use ⟪E:*⟫ only."""),
("env", """MOLLIE_ACCESS_TOKEN=⟪S:mollie_access_token⟫
SHIPPO_API_TOKEN=⟪S:shippo_token⟫
EASYPOST_API_KEY=⟪S:easypost_key⟫"""),
("slack", """⟪f:name⟫  ⟪N:TIME⟫
bot config for the order-alerts app: SLACK_BOT_TOKEN=⟪S:slack_token⟫ SLACK_APP_TOKEN=⟪S:slack_app_token⟫ (pls move to 1password)"""),
("ci_log", """+ curl -sS -X POST '⟪S:gchat_webhook⟫' -d '{"text":"nightly export done"}'
+ exit 0"""),
("code", """PERPLEXITY_API_KEY = "⟪S:perplexity⟫"  # used for product Q&A
BITBUCKET_APP_PASSWORD = "⟪S:bitbucket_app_password⟫\""""),
("env", """SUPABASE_ACCESS_TOKEN=⟪S:supabase_token⟫
PLANETSCALE_DB_PASSWORD=⟪S:planetscale_password⟫
PULUMI_ACCESS_TOKEN=⟪S:pulumi_token⟫"""),
("ci_log", """Run gem push shop_api-⟪N:VERSION⟫.gem
  env: GEM_HOST_API_KEY: ⟪S:rubygems_token⟫
  HEROKU_API_KEY: ⟪S:heroku_key⟫"""),
("yaml", """cms:
  contentful_management_token: ⟪S:contentful⟫
maps:
  mapbox_secret: ⟪S:mapbox_secret⟫
  mapbox_public: ⟪N:PUBLISHABLE_KEY⟫"""),
("ci_log", """$ doppler run --token ⟪S:doppler_token⟫ -- npm run build
$ flyctl deploy --access-token ⟪S:flyio_token⟫"""),
("config", """[worldline]
merchant_id = ⟪N:ACCOUNT_ID⟫
api_key_id = ⟪N:UUID⟫
secret_api_key = ⟪S:worldline_secret⟫
session_secret = ⟪S:generic_b64⟫"""),
("marketplace", """Amazon digital order ⟪O:amazon_digital⟫ (Kindle gift card) – customer says the code was never delivered, contact ⟪E:*⟫."""),
]
