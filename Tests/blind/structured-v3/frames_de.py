FRAMES = r"""
=== marketplace
Käuferanfrage über Kaufland.de: Bestellung ⟪O:kaufland⟫, Artikel ⟪N:SKU⟫ kam beschädigt an. Rücksendeetikett ⟪N:TRACKING⟫ wurde erstellt.
=== marketplace
OTTO Market – Retoure eingegangen zu Auftrag ⟪O:otto⟫ (Position ⟪N:SKU⟫, ⟪N:QUANTITY⟫ Stück). Gutschrift bis ⟪N:DATE⟫.
=== marketplace
Amazon Verkäuferkonto: Fall ⟪N:TICKET⟫ – Käufer meldet "Artikel nicht erhalten" für Bestellnr. ⟪O:amazon_3_7_7⟫. Sendungsnummer ⟪N:TRACKING⟫.
=== marketplace
eBay-Kleinanzeigen? Nein, eBay: Bestellnummer ⟪O:ebay_2_5_5⟫, Käufer will die Adresse ändern, Versand noch nicht erfolgt.
=== marketplace
Zalando Retoure zu Bestellung ⟪O:zalando⟫ verbucht, Artikelnummer ⟪N:SKU⟫, Betrag ⟪N:PRICE⟫.
=== marketplace
Etsy-Beleg ⟪O:etsy⟫ — Kundin fragt nach Gravur, Lieferung bis ⟪N:DATE⟫ gewünscht.
=== marketplace
AliExpress Streitfall: meine Bestellung ⟪O:aliexpress⟫ ist seit ⟪N:DATE⟫ "versandt", Tracking ⟪N:TRACKING⟫ zeigt nichts.
=== marketplace
Allegro-Bestellung (checkoutForm.id ⟪O:allegro⟫) wurde doppelt importiert, Request-ID ⟪N:UUID⟫.
=== marketplace
bol.com Bestellung ⟪O:bol⟫: Kunde aus ⟪f:city⟫ möchte stornieren, EAN ⟪N:EAN⟫.
=== marketplace
Amazon Digital: Bestellnummer ⟪O:amazon_digital⟫ — E-Book-Rückerstattung über ⟪N:PRICE⟫ beantragt.
=== email
Betreff: Bestellung ⟪O:po_number#a⟫ – Liefertermin

Sehr geehrte Damen und Herren,
anbei unsere Bestellung ⟪=a⟫ über ⟪N:QUANTITY⟫ Stück Art.-Nr. ⟪N:PART_NUMBER⟫. Bitte Auftragsbestätigung an ⟪E:role⟫.
Mit freundlichen Grüßen
Einkauf ⟪f:shop⟫
Tel. ⟪P:DE:national:dw⟫
=== email
Betreff: AW: Auftragsbestätigung ⟪O:jtl#a⟫

> Können Sie ⟪=a⟫ bis KW 14 liefern?
Ja, Teillieferung ⟪N:TRACKING⟫ ist unterwegs, Rest folgt. Rechnung ⟪N:INVOICE⟫.

--
⟪f:first⟫ · Vertrieb Innendienst
⟪P:DE|AT:intl⟫ · ⟪E:plain|subdomain⟫
=== email
Von: Buchhaltung <⟪E:role⟫>
Betreff: Zahlungsavis

wir haben Ihre Rechnung ⟪N:INVOICE⟫ zur Bestellung ⟪O:year_prefixed⟫ heute überwiesen. Auftraggeberkonto: ⟪I:DE|AT|CH|LI:*⟫, BIC ⟪N:BIC⟫, Betrag ⟪N:PRICE⟫.
=== email
---------- Weitergeleitete Nachricht ----------
Von: ⟪f:first⟫ <⟪E⟫>
Betreff: WG: Rückerstattung Bestellung ⟪O:shopware_default|shopware6⟫

> Bitte erstatten Sie auf mein Konto ⟪I:DE:grouped|compact⟫.
> Danke!
Erledigt, siehe Buchung vom ⟪N:DATE⟫.
=== email
Hallo ⟪f:first⟫,
der Webhook für den Bestell-Channel ist öffentlich im Wiki gelandet: ⟪S:slack_webhook|teams_webhook|discord_webhook⟫ – bitte neu erzeugen.
Gruß
=== email
Guten Tag,
ich habe bei Ihnen die ⟪f:product⟫ bestellt (Bestellnr. ⟪O:magento_default|magento_store_prefix⟫). Bezahlt mit Kreditkarte ⟪C:visa|mastercard|mastercard2|maestro⟫. Bitte rufen Sie mich an: ⟪P:DE|AT|CH⟫.
=== email
Abwesenheitsnotiz: Ich bin bis ⟪N:DATE⟫ nicht im Büro. In dringenden Fällen (Bestellungen, Reklamationen) wenden Sie sich an ⟪E:role⟫ bzw. ⟪P:DE:intl|national:dw⟫.
=== form
Rücklastschrift / Chargeback – Stellungnahme
Vorgang: ⟪N:TICKET⟫
Bestellnummer: ⟪O:shopware_prefix⟫
Kartennummer: ⟪C⟫
Betrag: ⟪N:PRICE⟫   Datum: ⟪N:DATE⟫
IP des Bestellers: ⟪IP:v4_public|v6_compressed|v6_full⟫
=== form
SEPA-Lastschriftmandat
Zahlungsempfänger: ⟪f:shop⟫
Gläubiger-ID: DE98ZZZ09999999999
Mandatsreferenz: ⟪N:CUSTOMER_NUMBER⟫
IBAN des Kontoinhabers: ⟪I:DE|AT:*⟫
BIC: ⟪N:BIC⟫
=== form
Rückrufbitte
Vorname: ⟪f:first⟫
Telefon: ⟪P:DE|AT|CH:*:dw|ext|none⟫
Erreichbar ab: ⟪N:TIME⟫
Auftrag: ⟪O:jtl|plentymarkets⟫
=== form
Händlerkonto Auszahlung
Kontoinhaber: ⟪f:shop⟫
IBAN: ⟪I:DE|LU|NL|BE:*⟫
USt-IdNr.: ⟪N:VAT_ID⟫
=== csv
Bestellnummer;Datum;E-Mail;Summe;Zahlart
⟪O:shopware_default⟫;⟪N:DATE⟫;⟪E⟫;⟪N:PRICE⟫;Rechnung
⟪O:shopware_default⟫;⟪N:DATE⟫;⟪E⟫;⟪N:PRICE⟫;PayPal
=== csv
Buchungstag;Verwendungszweck;Gegenkonto;Betrag
⟪N:DATE⟫;Bestellung ⟪O:woocommerce_sequential⟫;⟪I:DE:compact⟫;⟪N:PRICE⟫
⟪N:DATE⟫;Best.-Nr. ⟪O:magento_default⟫;⟪I:AT|DE:compact⟫;⟪N:PRICE⟫
=== csv
Auftrags-ID,Externe Auftragsnummer,Kunde,Status
⟪O:plentymarkets⟫,⟪O:amazon_3_7_7⟫,⟪N:CUSTOMER_NUMBER⟫,5.0
⟪O:plentymarkets⟫,⟪O:ebay_2_5_5⟫,⟪N:CUSTOMER_NUMBER⟫,7.0
=== csv
Telefon;Land;Einwilligung
⟪P:DE:national:none⟫;DE;ja
⟪P:AT:national:none⟫;AT;nein
⟪P:CH:national:none⟫;CH;ja
=== csv
Artikelnummer;EAN;Bezeichnung;Menge;Preis
⟪N:SKU⟫;⟪N:EAN⟫;⟪f:product⟫;⟪N:QUANTITY⟫;⟪N:PRICE⟫
⟪N:SKU⟫;⟪N:EAN⟫;⟪f:product⟫;⟪N:QUANTITY⟫;⟪N:PRICE⟫
=== helpdesk
Textbaustein "Wo bleibt meine Bestellung": Hallo {{vorname}}, Ihre Bestellung ⟪O:shopify_default|shopify_prefix|shopify_suffix⟫ wurde am ⟪N:DATE⟫ mit DHL (⟪N:TRACKING⟫) verschickt.
=== helpdesk
[Interne Notiz] Kunde hat angerufen von ⟪P:DE|AT⟫, Bestellung ⟪O:magento_custom⟫, möchte Lieferadresse ändern. Ticket ⟪N:TICKET⟫.
=== helpdesk
Textbaustein Erstattung: Wir überweisen ⟪N:PRICE⟫ auf das angegebene Konto ⟪I⟫. Verwendungszweck: Bestellung ⟪O:woocommerce_default⟫.
=== helpdesk
Ticket ⟪N:TICKET⟫ zusammengeführt. Absender ⟪E:plus_tag|unicode_local⟫ schreibt zu Auftrag ⟪O:sfcc|letter_prefixed⟫: doppelt abgebucht.
=== chat
[Teams] ⟪f:first⟫ 08:51
hat jemand den Mollie-Key geändert? der alte ⟪S:mollie_key|mollie_access_token⟫ steht noch in der Staging-Config
=== chat
[Slack #shop-betrieb] ⟪f:first⟫: Bestellung ⟪O:shopware_prefix⟫ hängt im Export, Fehler kommt von ⟪IP:v4_private⟫
=== chat
[Slack #dev] ⟪f:first⟫: hab aus Versehen den Shopify Admin-Token gepostet: ⟪S:shopify_token⟫ — bitte revoken
=== chat
[Teams] ⟪f:first⟫: Kunde am Telefon, Bestellnr ⟪O:woocommerce_sequential⟫, Karte ⟪C⟫ abgelehnt, will es nochmal probieren
=== chat_sloppy
hi meine bestellung ⟪O:shopify_default⟫ ist immer noch nicht da?? hab vor 10 tagen bestellt
=== chat_sloppy
neue nummer ⟪P:DE:national|e164:none⟫ bitte für die lieferung von ⟪O:woocommerce_default⟫ eintragen
=== chat_sloppy
bitte aufs konto ⟪I:DE:lower|compact|grouped⟫ zurück überweisen nicht auf die karte
=== chat_sloppy
mail ist ⟪E:plain|unicode_local|idn⟫ nicht die alte, bestellnr war ⟪O:otto|amazon_3_7_7⟫
=== chat_sloppy
hab ⟪N:QUANTITY⟫ stück bestellt aber nur 1 bekommen, bestellung ⟪O:shopware_default⟫
=== chat_sloppy
der token is ⟪S:github_pat|gitlab_pat⟫ aber nich weitergeben ok
=== config
# .env.local
APP_SECRET=⟪S:generic_hex⟫
DATABASE_URL="mysql://⟪f:dbuser⟫:⟪S:password⟫@localhost:3306/shopware"
SHOPWARE_ES_HOSTS=elasticsearch:9200
=== config
# config/packages/mollie.yaml
mollie:
  api_key_live: '⟪S:mollie_key⟫'
  profile_id: 'pfl_QkEhN94Ba'
=== config
# docker-compose.yml
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ⟪f:dbuser⟫
      POSTGRES_PASSWORD: ⟪S:password⟫
=== config
# .gitlab-ci.yml
variables:
  SENTRY_AUTH_TOKEN: "⟪S:sentry_auth_token⟫"
  DOCKER_TAG: "⟪N:VERSION⟫"
=== config
# Jenkins credentials.xml (Auszug)
<secret>⟪S:generic_b64⟫</secret>
<description>Amazon SP-API refresh</description>
=== config
[mail]
smtp_host = smtp.strato.de
smtp_user = ⟪E:role⟫
smtp_pass = ⟪S:password⟫
=== config
# Brevo / Sendinblue
BREVO_API_KEY=⟪S:brevo⟫
POSTMARK_SERVER_TOKEN=⟪S:postmark_token⟫
=== config
# .env
OPENAI_API_KEY=⟪S:openai⟫
HF_TOKEN=⟪S:huggingface⟫
GROQ_API_KEY=⟪S:groq⟫
=== config
# settings.ini (Warenwirtschaft-Schnittstelle)
[plenty]
rest_user = api_export
rest_password = ⟪S:password⟫
[dhl]
api_key = ⟪S:generic_b62⟫
=== config
# Dockerfile
FROM php:8.3-fpm
ENV STRIPE_SECRET=⟪S:stripe_secret⟫
ENV SHOP_VERSION=⟪N:VERSION⟫
=== config
# id_rsa des Deploy-Users (aus dem Ticket-Anhang)
⟪S:pem_rsa|pem_openssh|pem_pkcs8⟫
=== config
# Kubernetes Secret für den Versand-Service
apiVersion: v1
kind: Secret
data:
  DHL_API_SECRET: ⟪S:k8s_secret_b64⟫
=== config
redis_dsn: rediss://:⟪S:password⟫@⟪f:host⟫:6380/1
=== config
jdbc:postgresql://⟪f:host⟫:5432/wawi?user=⟪f:dbuser⟫&password=⟪S:password⟫&ssl=true
=== json
{"orderNumber": "⟪O:shopware6⟫", "orderDateTime": "⟪N:DATE⟫", "amountTotal": ⟪N:PRICE⟫, "orderCustomer": {"email": "⟪E⟫"}}
=== json
{"bestellnummer": "⟪O:magento_custom|letter_prefixed⟫", "kundennummer": "⟪N:CUSTOMER_NUMBER⟫", "telefon": "⟪P:DE|AT|CH⟫"}
=== json
{"auftragsId": ⟪O:plentymarkets⟫, "referrer": "Amazon", "externeAuftragsnummer": "⟪O:amazon_3_7_7⟫", "versand": "⟪N:TRACKING⟫"}
=== json
{"kontoinhaber": "⟪f:shop⟫", "iban": "⟪I:DE|AT|CH:compact|grouped⟫", "bic": "⟪N:BIC⟫", "verwendungszweck": "Bestellung ⟪O:year_prefixed⟫"}
=== json
{"level":"warning","message":"Login fehlgeschlagen","context":{"ip":"⟪IP⟫","username":"⟪E⟫"},"datetime":"⟪N:DATE⟫"}
=== json
{"headers": {"Authorization": "Bearer ⟪S:jwt|bearer_opaque⟫", "sw-access-key": "⟪S:shopware_key_id⟫"}, "url": "/store-api/order"}
=== log
⟪N:DATE⟫ [Shopware] ERROR: Bestellung ⟪O:shopware_default|shopware_prefix⟫ konnte nicht an ⟪IP:v4_private⟫:⟪N:PORT⟫ übertragen werden (Timeout)
=== log
⟪IP:v4_public⟫ - - [12/Feb/2025:09:12:44 +0100] "GET /checkout/finish?orderId=⟪N:UUID⟫ HTTP/2.0" 200 3312
=== log
JTL-Wawi Worker: Auftrag ⟪O:jtl⟫ abgeglichen, Versandlabel ⟪N:TRACKING⟫ gedruckt (Version ⟪N:VERSION⟫)
=== log
[⟪N:DATE⟫ ⟪N:TIME⟫] app.CRITICAL: PayPal REST: invalid_client — client_secret=⟪S:paypal_client_secret⟫
=== log
Feb 14 02:01:33 shop01 sshd[⟪f:pid⟫]: Accepted publickey for deploy from ⟪IP:v4_public|v6_compressed⟫ port ⟪N:PORT⟫ ssh2
=== log
postfix/smtp[⟪f:pid⟫]: to=<⟪E⟫>, relay=mx00.t-online.de[⟪IP:v4_public⟫]:25, status=sent (Bestellbestätigung ⟪O:magento_default⟫)
=== log
Fehler beim Import: Zeile 42: IBAN ⟪I:*:compact|grouped⟫ gehört nicht zu BIC ⟪N:BIC⟫ (Auftrag ⟪O:jtl|plentymarkets⟫)
=== log
Traceback (most recent call last):
  File "/opt/wawi/sync.py", line 131, in <module>
    api = Datadog(api_key="⟪S:datadog_api_key⟫", app_key="⟪S:datadog_app_key⟫")
ValueError: Bestellung ⟪O:shopware6⟫ fehlt im Index
=== log
GitHub Actions: Run ./deploy.sh
  env: DEPLOY_TOKEN=⟪S:github_pat|github_fine_grained⟫ REGISTRY=ghcr.io
=== code
$client = new \Mollie\Api\MollieApiClient(); $client->setApiKey('⟪S:mollie_key⟫'); // TODO aus .env
=== code
const klarna = new KlarnaClient({ apiKey: '⟪S:klarna_api_key⟫', region: 'eu' });
=== code
headers = {"X-API-KEY": "⟪S:generic_b62|generic_hex⟫"}  # DPD Shipping API
=== code
curl -X GET "https://shop.example.de/api/order?filter[orderNumber]=⟪O:shopware6⟫" -H "Authorization: Bearer ⟪S:jwt⟫"
=== code
SELECT bestellnr, email, telefon FROM bestellungen WHERE bestellnr = '⟪O:letter_prefixed#a⟫';
-- Ergebnis: ⟪=a⟫ | ⟪E⟫ | ⟪P:DE⟫
=== code
UPDATE kunden SET iban = '⟪I:DE:compact⟫' WHERE kundennr = '⟪N:CUSTOMER_NUMBER⟫';
=== code
git clone https://⟪f:dbuser⟫:⟪S:password|bitbucket_app_password⟫@git.agentur-intern.de/shop/theme.git
=== code
aws s3 sync ./exports s3://shop-exports --region eu-central-1  # AWS_ACCESS_KEY_ID=⟪S:aws_access_key_id⟫ AWS_SECRET_ACCESS_KEY=⟪S:aws_secret_key⟫
=== code
export TWILIO_API_KEY=⟪S:twilio_api_key⟫
export TELEGRAM_TOKEN=⟪S:telegram_bot_token⟫
=== html
<table><tr><th>Bestellnummer</th><td>⟪O:woocommerce_default|woocommerce_sequential⟫</td></tr><tr><th>Telefon</th><td>⟪P:DE|AT|CH⟫</td></tr></table>
=== html
<footer>Kundenservice: <a href="tel:⟪P:DE:e164:none⟫">Hotline</a> · <a href="mailto:⟪E:role⟫">E-Mail</a> · USt-IdNr. ⟪N:VAT_ID⟫</footer>
=== markdown
| Bestellung | Marktplatz | Status |
|---|---|---|
| ⟪O:otto⟫ | OTTO | offen |
| ⟪O:kaufland⟫ | Kaufland | versendet |
| ⟪O:zalando⟫ | Zalando | Retoure |
=== markdown
## Postmortem Zahlungsausfall
* Geleakter Schlüssel: `⟪S:stripe_secret|adyen_api_key⟫`
* Angreifer-IP: `⟪IP:defang_all|defang_last|defang_paren⟫`
* Betroffene Bestellung: ⟪O:magento_store_prefix⟫
=== ocr
R E C H N U N G     Rechnungs-Nr.: ⟪N:INVOICE⟫
Bestell-Nr . : ⟪O:year_prefixed|letter_prefixed⟫    Datum : ⟪N:DATE⟫
Bankverbindung : IBAN ⟪I:DE|AT:dspace|grouped|linebreak⟫  BIC ⟪N:BIC⟫
=== ocr
Kassenbeleg  Karte ⟪C:*:everydigit|space⟫   Betrag ⟪N:PRICE⟫   ⟪N:TIME⟫
=== ocr
Überweisungsträger
Empfänger IBAN  ⟪I:*:linebreak|ccspace|dspace⟫
Verwendungszweck  Auftrag ⟪O:context_generic⟫
=== support
Die Karte ⟪C:*:nbsp|nnbsp|zwsp|tab|dot|slash|underscore|dash⟫ wurde zweimal belastet, Bestellung ⟪O:prestashop_reference⟫ (PrestaShop-Referenz).
=== support
Unsere Büro-IPs für die Freigabe: ⟪IP:v4_public⟫ und ⟪IP:v6_compressed⟫. Kundennummer ⟪N:CUSTOMER_NUMBER⟫.
=== support
⟪O:context_generic⟫ – das ist meine Bestellnummer. Die Rechnung ⟪N:INVOICE⟫ stimmt nicht.
=== support
Ich bin im Urlaub erreichbar unter ⟪P:IT|ES|FR|PT|DK|NO|SE|FI|CZ|PL|IE|LU:intl|e164|intl00⟫. Es geht um Auftrag ⟪O:sfcc|bigcommerce⟫.
=== support
Bitte die Bestellung ⟪O:shopify_default⟫ an die neue Mail ⟪E:plus_tag|dotted|subdomain⟫ schicken, Telefon bleibt ⟪P:DE:*:none⟫.
=== chat
[Teams] ⟪f:first⟫: Hubspot-Token ⟪S:hubspot⟫ und der Linear-Key ⟪S:linear⟫ liegen im Confluence, bitte löschen
=== chat
[Slack] ⟪f:first⟫: Anthropic-Key für den Produkttext-Generator: ⟪S:anthropic⟫ (nur intern!)
=== chat
[Slack] ⟪f:first⟫: New Relic ⟪S:newrelic_key⟫ / Grafana ⟪S:grafana_token⟫ — sind im Repo gelandet
=== code
TERRAFORM: provider "digitalocean" { token = "⟪S:digitalocean⟫" }
=== code
$azure = 'DefaultEndpointsProtocol=https;AccountName=shopbilder;AccountKey=⟪S:azure_storage_key⟫;EndpointSuffix=core.windows.net';
=== code
var sg = require('@sendgrid/mail'); sg.setApiKey('⟪S:sendgrid⟫');
=== neg_marketplace
Angebot aktualisiert: Artikelnr. ⟪N:SKU⟫, Preis ⟪N:PRICE⟫, EAN ⟪N:EAN⟫, Bestand ⟪N:QUANTITY⟫.
=== neg_email
Ihr Paket ⟪N:TRACKING⟫ wird am ⟪N:DATE⟫ zwischen ⟪N:TIME⟫ und ⟪N:TIME⟫ zugestellt.
=== neg_support
Bitte ⟪N:QUANTITY⟫ Stück von ⟪N:SKU⟫ nachbestellen, die letzte Bestellung lag bei ⟪N:PRICE⟫.
=== neg_config
STRIPE_SECRET_KEY=⟪N:PLACEHOLDER⟫
STRIPE_PUBLIC_KEY=⟪N:PUBLISHABLE_KEY⟫
SHOPWARE_VERSION=⟪N:VERSION⟫
=== neg_support
Die angegebene Kartennummer ⟪N:CARD_LUHN⟫ ist ungültig (Prüfziffer falsch).
=== neg_support
Die IBAN ⟪N:IBAN_MOD97⟫ wurde von der Bank abgelehnt – Prüfsumme stimmt nicht.
=== neg_form
Lieferantenstammdaten
USt-IdNr.: ⟪N:VAT_ID⟫
BIC: ⟪N:BIC⟫
Kundennummer: ⟪N:CUSTOMER_NUMBER⟫
PLZ: ⟪N:POSTCODE⟫
=== neg_ticket
⟪N:TICKET⟫ · Prio hoch · erstellt ⟪N:DATE⟫ ⟪N:TIME⟫ · Modul Checkout · Version ⟪N:VERSION⟫
=== neg_chat
bestellstatus: in bearbeitung. bestellwert ⟪N:PRICE⟫, bestellt am ⟪N:DATE⟫, ⟪N:QUANTITY⟫ artikel
=== neg_csv
Teilenummer;Bezeichnung;Menge
⟪N:PART_NUMBER⟫;Bremsbelag;⟪N:QUANTITY⟫
⟪N:PART_NUMBER⟫;Ölfilter;⟪N:QUANTITY⟫
=== neg_json
{"requestId": "⟪N:UUID⟫", "commit": "⟪N:HASH⟫", "dauer_ms": ⟪N:QUANTITY⟫}
=== neg_email
Retourenfreigabe ⟪N:RMA⟫ erteilt. Bitte an unser Lager, ⟪N:POSTCODE⟫ ⟪f:city⟫, mit Etikett ⟪N:TRACKING⟫ senden.
=== neg_code
# Beispielwerte aus der Doku
AWS_ACCESS_KEY_ID=⟪N:PLACEHOLDER⟫
API_TOKEN=⟪N:PLACEHOLDER⟫
=== neg_chat
kannst du ⟪N:QUANTITY⟫ neue ⟪N:MODEL⟫ bestellen? sind wieder ausverkauft
=== neg_markdown
| Modell | Teilenr. | Preis |
|---|---|---|
| ⟪N:MODEL⟫ | ⟪N:PART_NUMBER⟫ | ⟪N:PRICE⟫ |
| ⟪N:MODEL⟫ | ⟪N:PART_NUMBER⟫ | ⟪N:PRICE⟫ |
=== neg_support
Rechnung ⟪N:INVOICE⟫ und Kundennummer ⟪N:CUSTOMER_NUMBER⟫ finden Sie im Kundenkonto. Eine Bestellung wurde noch nicht aufgegeben.
=== neg_ocr
LIEFERSCHEIN   Lieferschein-Nr. ⟪N:TRACKING⟫   Datum ⟪N:DATE⟫
Artikel ⟪N:SKU⟫   Menge ⟪N:QUANTITY⟫   EAN ⟪N:EAN⟫
=== neg_log
⟪N:DATE⟫ INFO Build ⟪N:BUILD_ID⟫ fertig, Image ⟪N:HASH⟫, Shopware ⟪N:VERSION⟫
=== neg_json
{"stripe": {"publishableKey": "⟪N:PUBLISHABLE_KEY⟫", "secretKey": "⟪N:PLACEHOLDER⟫", "paymentIntent": "⟪N:PAYMENT_REF⟫"}}
=== neg_chat
das bestellformular hat jetzt ⟪N:QUANTITY⟫ felder, seit version ⟪N:VERSION⟫
=== neg_email
Die Bestellbestätigung folgt nach Zahlungseingang. Lieferung nach ⟪N:POSTCODE⟫ dauert 2–3 Werktage. Ihre Vorgangsnummer: ⟪N:TICKET⟫.
=== neg_form
Ersatzteilbestellung
Teil: ⟪N:PART_NUMBER⟫
Modell: ⟪N:MODEL⟫
Stückzahl: ⟪N:QUANTITY⟫
Wunschtermin: ⟪N:DATE⟫
=== neg_log
snmpd: OID ⟪N:OID⟫ unbekannt, Agent ⟪N:VERSION⟫ neu gestartet um ⟪N:TIME⟫
=== neg_config
# .env.dist
DATABASE_PASSWORD=⟪N:PLACEHOLDER⟫
MAILER_DSN=smtp://user:⟪N:PLACEHOLDER⟫@localhost:25
=== neg_csv
Sendungsnummer;Datum;Gewicht
⟪N:TRACKING⟫;⟪N:DATE⟫;2,4 kg
⟪N:TRACKING⟫;⟪N:DATE⟫;0,8 kg
=== neg_support
Die Mehrwertsteuer-ID ⟪N:VAT_ID⟫ ist auf der Rechnung ⟪N:INVOICE⟫ korrekt, die Bestellmenge war ⟪N:QUANTITY⟫.
=== neg_email
Bestellen Sie bis ⟪N:TIME⟫ Uhr, Versand am selben Tag. Gutschein gilt bis ⟪N:DATE⟫ ab ⟪N:PRICE⟫ Bestellwert.
"""

FRAMES += r"""
=== support
Beide Karten wurden abgelehnt: ⟪C:visa|mastercard|mastercard2|maestro⟫ und ⟪C:amex|jcb|diners⟫. Bitte rufen Sie mich an: ⟪P:DE|AT|CH⟫.
=== form
Telefonische Bestellung – Zahlungsdaten
Kartennummer: ⟪C:*:space|dash|plain|dspace⟫
Ersatzkarte: ⟪C:*:space|plain|nbsp|dot⟫
Rückrufnummer: ⟪P:DE|AT:*:dw|none⟫
=== chat
[Slack #betrug] ⟪f:first⟫: gesperrte Karten vom selben Gerät: ⟪C⟫, ⟪C⟫ — IP ⟪IP⟫, Mail ⟪E⟫
=== csv
Kartennummer;Land;Ergebnis
⟪C:*:plain⟫;DE;abgelehnt
⟪C:*:plain⟫;AT;genehmigt
=== log
Zahlungsfehler: Karte ⟪C:*:plain|space⟫ abgelehnt (Code 05), Kunde ⟪E⟫, IP ⟪IP⟫
=== chat_sloppy
karte is ⟪C:*:space|plain|everydigit⟫ oder die andere ⟪C:*:space|plain⟫ keine ahnung welche geht
=== email
Hallo, ich habe die Bank gewechselt. Alte IBAN ⟪I:DE|AT:*⟫, neue IBAN ⟪I:DE|AT|CH:*⟫. Bitte die Erstattung auf die neue. Tel. ⟪P:DE|AT|CH⟫
=== form
Antrag Händlerkonto
E-Mail: ⟪E:role|subdomain|idn⟫
Buchhaltung: ⟪E:role|plain⟫
Telefon: ⟪P:DE|AT|CH:*:dw|none⟫
Mobil: ⟪P:DE|AT|CH:intl|e164:none⟫
IBAN: ⟪I:DE|AT|CH|LI:*⟫
=== log
⟪N:DATE⟫ Anmeldung ok: ⟪E⟫ von ⟪IP⟫, vorherige Anmeldung von ⟪IP⟫
=== csv
E-Mail;Telefon;Newsletter
⟪E⟫;⟪P:DE|AT|CH:*:none⟫;ja
⟪E⟫;⟪P:DE|AT|CH:*:none⟫;nein
=== support
Rechnung bitte an ⟪E⟫, in Kopie an ⟪E:role|plus_tag⟫. Rückfragen gern unter ⟪P:DE:*:dw|none⟫.
=== markdown
| Zahlungsempfänger | IBAN |
|---|---|
| ⟪f:shop⟫ | ⟪I:*:grouped|compact⟫ |
| ⟪f:shop⟫ | ⟪I:*:grouped|compact⟫ |
=== ocr
Händlerbeleg   KARTENZAHLUNG
Karte ⟪C:*:space|everydigit|dspace⟫
genehmigt ⟪N:TIME⟫ ⟪N:DATE⟫
=== email
Hallo ⟪f:first⟫,
der Kunde widerspricht der Belastung auf ⟪C⟫, ursprünglich wurde ⟪C⟫ verwendet. Bitte unter ⟪P:DE|AT|CH⟫ zurückrufen.
=== support
schon wieder falsche karte belastet: ⟪C:*:tab|underscore|slash|dot|nnbsp|zwsp⟫ statt ⟪C:*:space|dash⟫
=== log
[WAF] gesperrt ⟪IP⟫ -> /admin; x-forwarded-for: ⟪IP:v4_public⟫, ⟪IP:v4_private⟫
"""

FRAMES += r"""
=== neg_log
commit ⟪N:HASH⟫
Datum: ⟪N:DATE⟫
    Shop auf ⟪N:VERSION⟫ gehoben (Build ⟪N:BUILD_ID⟫), behebt ⟪N:TICKET⟫
=== neg_csv
Versender;Sendungsnummer;Versanddatum
DHL;⟪N:TRACKING⟫;⟪N:DATE⟫
Hermes;⟪N:TRACKING⟫;⟪N:DATE⟫
GLS;⟪N:TRACKING⟫;⟪N:DATE⟫
=== neg_email
Die Bestellnummer erhalten Sie nach Abschluss der Bestellung. Ihr Angebot ⟪N:INVOICE⟫ gilt bis ⟪N:DATE⟫: ⟪N:QUANTITY⟫ Stück à ⟪N:PRICE⟫.
=== neg_config
# Platzhalter, echte Werte im Vault
PAYPAL_CLIENT_SECRET=⟪N:PLACEHOLDER⟫
OPENAI_API_KEY=⟪N:PLACEHOLDER⟫
RELEASE=⟪N:VERSION⟫
=== neg_support
Ihre Bestellung über ⟪N:QUANTITY⟫ Kartons geht ab Lager ⟪f:city⟫ raus; Lieferschein ⟪N:TRACKING⟫, Kundennr. ⟪N:CUSTOMER_NUMBER⟫, USt-IdNr. ⟪N:VAT_ID⟫.
=== neg_json
{"artikelnummer":"⟪N:SKU⟫","gtin":"⟪N:EAN⟫","herstellernummer":"⟪N:PART_NUMBER⟫","preis":"⟪N:PRICE⟫","stand":"⟪N:DATE⟫"}
"""

FRAMES += r"""
=== support
Tippfehler in meiner letzten Nachricht (⟪N:CARD_LUHN⟫). Richtig ist ⟪C⟫. Die IBAN für die Erstattung lautet ⟪I:DE|AT:*⟫, nicht ⟪N:IBAN_MOD97⟫.
=== helpdesk
Prüfprotokoll: Karte ⟪N:CARD_LUHN⟫ → Prüfziffer falsch; Karte ⟪C:*:plain|space⟫ → ok; IBAN ⟪N:IBAN_MOD97⟫ → falsch; IBAN ⟪I:*:compact⟫ → ok.
"""

FRAMES += r"""
=== email
Servicenummern Ausland (bitte aktuell halten):
Skandinavien ⟪P:NO|SE|DK|FI:*⟫ · Benelux ⟪P:NL|BE|LU:*⟫ · Südeuropa ⟪P:IT|ES|PT:*⟫ · Osteuropa ⟪P:PL|CZ:*⟫
=== config
# deploy.key aus dem Ticket-Anhang – sofort tauschen
⟪S:pem_rsa|pem_dsa|pem_pgp⟫
=== marketplace
eBay-Bestellung ⟪O:ebay_12digit⟫ wurde vom Connector mit Shopify-Bestellung ⟪O:shopify_suffix|shopify_prefix⟫ zusammengeführt.
"""
