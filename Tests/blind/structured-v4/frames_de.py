# Handgeschriebene deutsche Frames für structured-v4. (register, template). `neg_` = nur Negative.
FRAMES = [
# --- Marktplatz
("marketplace", """Amazon Seller Central – Käufer-Verkäufer-Nachricht
Betreff: Bestellung ⟪O:amazon_3_7_7⟫
Hallo, das Paket kam beschädigt an (Sendung ⟪N:TRACKING⟫). Bitte um Ersatz, nicht Erstattung. Grüße ⟪f:name⟫"""),
("marketplace", """OTTO Market Partner Connect: Auftrag ⟪O:otto⟫ wurde vom Kunden storniert. Position ⟪N:SKU⟫, Menge ⟪N:QUANTITY⟫, Stornodatum ⟪N:DATE⟫."""),
("marketplace", """Kaufland.de Händlerportal – Kundenanfrage zu Bestellung ⟪O:kaufland⟫: "Wann wird geliefert? Ich brauche es bis ⟪N:DATE⟫." Antwortfrist ⟪N:TIME⟫."""),
("marketplace", """eBay Nachricht: hallo, ich hab bei ihnen ⟪f:product⟫ gekauft, Bestellnr. ⟪O:ebay_2_5_5⟫. Leider fehlt das Netzteil. Tel ⟪P:DE:*⟫"""),
("marketplace", """Zalando zDirect: Retoure zu Bestellung ⟪O:zalando⟫ eingegangen, Artikel ⟪N:SKU⟫ Zustand B. Gutschrift ⟪N:PRICE⟫."""),
("marketplace", """Allegro: Kunde aus Polen fragt nach Zahlung für Zamówienie ⟪O:allegro_legacy⟫ (Bestellung). Rückruf unter ⟪P:PL:intl⟫."""),
("marketplace", """Etsy-Nachricht: Hallo! Zu Bestellung ⟪O:etsy⟫ – kann die Gravur "⟪f:name⟫ & ⟪f:name⟫" lauten? Danke!"""),
("neg_marketplace", """Amazon Hinweis: Ihr Angebot ⟪N:SKU⟫ (EAN ⟪N:EAN⟫) wurde wegen Preisfehler ⟪N:PRICE⟫ deaktiviert. Bitte bis ⟪N:DATE⟫ prüfen."""),
("neg_marketplace", """OTTO: Bitte ⟪N:QUANTITY⟫ Stück von ⟪N:SKU⟫ nachbestellen, Lieferung an Lager ⟪N:POSTCODE⟫, Lieferschein ⟪N:INVOICE⟫."""),
# --- Admin-Notizen
("admin_note", """Shopware-Admin › Bestellung ⟪O:shopware_default⟫ › Interner Kommentar: Kunde hat angerufen (⟪P:*:national⟫), Lieferadresse geändert. Rechnung ⟪N:INVOICE⟫ neu erzeugen."""),
("admin_note", """Magento Bestellkommentar zu #⟪O:magento_store_prefix⟫: Zahlung per Vorkasse eingegangen auf ⟪I:DE:grouped⟫. Freigabe für Versand."""),
("admin_note", """Shopify Notiz (Bestellung ⟪O:shopify_suffix⟫): Kundin bittet um Rechnung mit USt-IdNr. ⟪N:VAT_ID⟫, E-Mail ⟪E:*⟫."""),
("admin_note", """JTL-Shop Admin: Auftrag ⟪O:jtl⟫ – Betrugsverdacht, Bestell-IP ⟪IP:*⟫, Karte ⟪C:*:*⟫ in 3 Bestellungen genutzt."""),
("admin_note", """plentymarkets › Aufträge › ⟪O:plentymarkets⟫ (Auftrags-ID) › Notiz: Teillieferung ⟪N:QUANTITY⟫ Stk, Rest folgt ab ⟪N:DATE⟫."""),
("admin_note", """WooCommerce Bestellnotiz ⟪O:woocommerce_sequential⟫: Kunde zahlt per Überweisung, IBAN laut Mail ⟪I:AT:*⟫."""),
("neg_admin_note", """Interne Notiz: Bestellung vom ⟪N:DATE⟫ um ⟪N:TIME⟫, Bestellwert ⟪N:PRICE⟫, Kundennr. ⟪N:CUSTOMER_NUMBER⟫ – Status "Bestellung in Bearbeitung"."""),
# --- Zahlungsdienst-Streitfälle
("dispute_email", """Betreff: Rückbelastung (Chargeback) – Vorgang ⟪N:PAYMENT_REF⟫
Sehr geehrte Damen und Herren,
für Ihre Bestellung ⟪O:magento_default⟫ wurde eine Rückbelastung über ⟪N:PRICE⟫ eingereicht. Karte: ⟪C:visa:*⟫. Bitte Nachweise bis ⟪N:DATE⟫."""),
("dispute_email", """PayPal Konfliktlösung: Fall ⟪N:TICKET⟫ – Käufer ⟪E:*⟫ meldet "Artikel nicht erhalten" zu Bestellnr. ⟪O:shopify_default⟫."""),
("dispute_email", """Mollie: Rückbuchung einer SEPA-Lastschrift für Auftrag ⟪O:year_prefixed⟫. Mandatsreferenz ⟪N:CUSTOMER_NUMBER⟫, Konto des Kunden ⟪I:DE:*⟫."""),
("dispute_email", """Klarna: Kunde hat Reklamation zu Bestellung ⟪O:sfcc⟫ eröffnet. Zahlungspause aktiv. Rückfragen: ⟪E:subdomain⟫ oder ⟪P:*:intl⟫."""),
("dispute_email", """Unzer/Heidelpay Meldung: Chargeback zu ⟪O:letter_prefixed⟫, Maestro ⟪C:maestro:*⟫, Betrag ⟪N:PRICE⟫."""),
("neg_dispute_email", """Gute Nachricht: Der Einspruch zu Vorgang ⟪N:PAYMENT_REF⟫ war erfolgreich. Betrag ⟪N:PRICE⟫ wird am ⟪N:DATE⟫ gutgeschrieben. Gläubiger-ID ⟪N:CREDITOR_ID⟫."""),
# --- DATEV / Buchhaltung
("csv", """Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;Konto;Gegenkonto;Belegfeld 1;Buchungstext
⟪N:PRICE⟫;S;8400;10000;⟪N:INVOICE⟫;Bestellung ⟪O:shopware_prefix⟫
⟪N:PRICE⟫;H;1200;10000;⟪N:INVOICE⟫;Bestellung ⟪O:shopware_prefix⟫"""),
("csv", """Auftragsnummer;Datum;Kunde-E-Mail;Zahlart;IBAN
⟪O:jtl⟫;⟪N:DATE⟫;⟪E:*⟫;Lastschrift;⟪I:DE:compact⟫"""),
("csv", """bestellnummer,telefon,betrag
⟪O:woocommerce_default⟫,⟪P:*:*⟫,⟪N:PRICE⟫
⟪O:woocommerce_default⟫,⟪P:*:*⟫,⟪N:PRICE⟫"""),
("csv", """"Buchungstag";"Verwendungszweck";"IBAN Auftraggeber";"Betrag"
"⟪N:DATE⟫";"Best. ⟪O:shopify_default⟫ ⟪f:name⟫";"⟪I:*:grouped⟫";"⟪N:PRICE⟫\""""),
("neg_csv", """Artikelnummer;EAN;Bestand;VK brutto;Lieferant
⟪N:SKU⟫;⟪N:EAN⟫;⟪N:QUANTITY⟫;⟪N:PRICE⟫;⟪N:CUSTOMER_NUMBER⟫
⟪N:SKU⟫;⟪N:EAN⟫;⟪N:QUANTITY⟫;⟪N:PRICE⟫;⟪N:CUSTOMER_NUMBER⟫"""),
("neg_csv", """Sendungsnummer;Versanddatum;PLZ
⟪N:TRACKING⟫;⟪N:DATE⟫;⟪N:POSTCODE⟫
⟪N:TRACKING⟫;⟪N:DATE⟫;⟪N:POSTCODE⟫"""),
# --- ERP-Logs
("erp_log", """⟪N:DATE⟫ [JTL-Worker] Amazon-Abgleich: Auftrag ⟪O:jtl⟫ angelegt (Amazon ⟪O:amazon_3_7_7⟫), Kunde ⟪N:CUSTOMER_NUMBER⟫"""),
("erp_log", """SAP SD: Kundenauftrag ⟪O:sap_sales_order⟫ zur Bestellung des Kunden ⟪O:po_number⟫ angelegt, Lieferung ⟪N:INVOICE⟫"""),
("erp_log", """plentymarkets REST-Log: PUT /rest/orders/⟪O:plentymarkets⟫ 401 – Token ⟪S:jwt⟫ abgelaufen"""),
("erp_log", """[⟪N:TIME⟫] pickware: Kommissionierung Bestellung ⟪O:shopware6⟫ abgeschlossen, ⟪N:QUANTITY⟫ Positionen, Lagerplatz ⟪N:SKU⟫"""),
("neg_erp_log", """[⟪N:DATE⟫] Wawi-Sync: ⟪N:QUANTITY⟫ Artikel aktualisiert, Version ⟪N:VERSION⟫, Dauer ⟪N:TIME⟫, Job ⟪N:UUID⟫"""),
("log", """⟪N:DATE⟫ sshd[⟪N:QUANTITY⟫]: Accepted publickey for deploy from ⟪IP:*⟫ port 50122"""),
("log", """Apache: ⟪IP:v4_public⟫ - - [⟪N:DATE⟫] "GET /checkout/finish?orderNumber=⟪O:shopware_default⟫ HTTP/1.1" 200"""),
("neg_log", """php-fpm: pool www: ⟪N:QUANTITY⟫ children, listen ⟪N:PORT⟫, opcache ⟪N:VERSION⟫, checksum ⟪N:HASH⟫"""),
# --- Chat
("chat", """[⟪N:TIME⟫] Kunde: Hallo, wo bleibt meine Bestellung?
[⟪N:TIME⟫] ⟪f:name⟫ (Support): Nennen Sie mir bitte die Bestellnummer.
[⟪N:TIME⟫] Kunde: ⟪O:shopware_default⟫
[⟪N:TIME⟫] ⟪f:name⟫ (Support): Danke, Sendung ⟪N:TRACKING⟫ ist unterwegs."""),
("chat_sloppy", """hey hab grad bestellt, nummer ⟪O:woocommerce_default⟫, kann ich noch was ändern?? meine handy nr ⟪P:DE:national⟫"""),
("chat_sloppy", """die rückzahlung bitte auf ⟪I:DE:lower⟫ , danke!!"""),
("chat_sloppy", """karte war ⟪C:mastercard:*⟫ glaub ich, bestellung ⟪O:shopify_default⟫"""),
("neg_chat", """[⟪N:TIME⟫] Kunde: Kann ich ⟪N:QUANTITY⟫ Stück bestellen?
[⟪N:TIME⟫] Support: Ja, Artikel ⟪N:SKU⟫ ist ab ⟪N:DATE⟫ wieder da, ⟪N:PRICE⟫ pro Stück."""),
# --- SMS
("sms", """⟪f:shop⟫: Ihre Bestellung ⟪O:shopify_prefix⟫ wurde versendet. Fragen? ⟪P:*:*⟫"""),
("sms", """DHL: Ihre Sendung zu Auftrag ⟪O:letter_prefixed⟫ kommt heute. Abholcode nicht weitergeben."""),
("neg_sms", """Ihr Paket ⟪N:TRACKING⟫ kommt am ⟪N:DATE⟫ zwischen ⟪N:TIME⟫ und ⟪N:TIME⟫ Uhr."""),
# --- PDF-Rechnungen / OCR
("pdf_invoice", """RECHNUNG Nr. ⟪N:INVOICE⟫
Rechnungsdatum ⟪N:DATE⟫
Ihre Bestell-
nummer: ⟪O:magento_default⟫
Bankverbindung: IBAN ⟪I:DE:linebreak⟫  BIC ⟪N:BIC⟫
USt-IdNr. ⟪N:VAT_ID⟫"""),
("pdf_invoice", """Pos. Menge Artikel      Preis
1    ⟪N:QUANTITY⟫     ⟪N:SKU⟫   ⟪N:PRICE⟫
Auftrag: ⟪O:sap_sales_order⟫  Kd-Nr.: ⟪N:CUSTOMER_NUMBER⟫
Tel. ⟪P:DE:national_ext⟫  ⟪E:role⟫"""),
("ocr", """K a s s e n b o n   ⟪f:shop⟫
Bestell-Nr  ⟪O:year_prefixed⟫
EC-Kar te ⟪C:maestro:space⟫
Summe  ⟪N:PRICE⟫"""),
("ocr", """Überwei sung  IBAN: ⟪I:*:dspace⟫   Ver wendungszweck: Auftrag ⟪O:letter_prefixed⟫"""),
("neg_pdf_invoice", """GUTSCHRIFT ⟪N:INVOICE⟫ zu Rechnung ⟪N:INVOICE⟫
Ersatzteil ⟪N:PART_NUMBER⟫  Menge ⟪N:QUANTITY⟫  ⟪N:PRICE⟫
Steuer-Nr./USt-IdNr. ⟪N:VAT_ID⟫"""),
("neg_ocr", """IBAN (fehlerhaft gescannt): ⟪N:IBAN_MOD97⟫
Karte: ⟪N:CARD_LUHN⟫"""),
# --- Issues / Code
("issue", """**Fehler beim Export** (Shopware ⟪N:VERSION⟫)
```
[⟪N:DATE⟫] request.CRITICAL: Klarna 401 – credentials ⟪S:klarna_api_key⟫ für Bestellung ⟪O:shopware6⟫
```"""),
("issue", """Ticket ⟪N:TICKET⟫: Im Repo liegt die .env mit
```
SHOPWARE_ACCESS_KEY=⟪S:shopware_access_key⟫
SHOPWARE_SECRET=⟪S:shopware_secret⟫
```
Bitte rotieren."""),
("issue", """Beim Import der Bestellung ⟪O:magento_custom⟫ bricht der Cron ab:
```
Magento\\Framework\\Exception\\AuthenticationException: integration token ⟪S:magento_token⟫ invalid
```"""),
("neg_issue", """Nach Update auf ⟪N:VERSION⟫ fehlt der Button "Bestellung abschicken". Commit ⟪N:HASH⟫, Build ⟪N:BUILD_ID⟫. Konfig: `API_KEY=⟪N:PLACEHOLDER⟫`."""),
# --- IaC / Compose / systemd
("iac", """# ansible host_vars/wawi.yml
mssql_sa_password: "⟪S:password⟫"
mssql_host: ⟪IP:v4_private⟫
datev_export_user: buchhaltung"""),
("iac", """helm upgrade shop ./chart --set mollie.apiKey=⟪S:mollie_key⟫ --set image.tag=⟪N:VERSION⟫"""),
("iac", """resource "hcloud_server" "shop" { name = "shop-1" }
provider "hcloud" { token = "⟪S:generic_b62⟫" }"""),
("compose", """services:
  shopware:
    environment:
      APP_SECRET: ⟪S:generic_hex⟫
      DATABASE_URL: mysql://shopware:⟪S:password⟫@db:3306/shopware
      MAILER_DSN: smtp://mailer:⟪S:password⟫@smtp.example.net:587"""),
("systemd", """[Service]
Environment=PAYPAL_CLIENT_SECRET=⟪S:paypal_client_secret⟫
Environment=PAYPAL_MODE=live
ExecStart=/opt/shop/bin/payment-worker"""),
("neg_compose", """services:
  redis:
    image: redis:⟪N:VERSION⟫
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
    ports: ["⟪N:PORT⟫:6379"]
# Passwort: ⟪N:PLACEHOLDER⟫"""),
# --- HAR / cURL
("har", """curl 'https://shop.example.de/store-api/account/order' -H 'sw-context-token: ⟪N:HASH⟫' -H 'Authorization: Bearer ⟪S:bearer_opaque⟫'"""),
("har", """curl -X POST https://api.sendgrid.com/v3/mail/send -H "Authorization: Bearer ⟪S:sendgrid⟫" --data '{"to":"⟪E:*⟫"}'"""),
("har", """{"name": "x-api-key", "value": "⟪S:generic_b62⟫"}, {"name": "x-forwarded-for", "value": "⟪IP:*⟫"}"""),
# --- E-Mail-Ketten
("email_chain", """-------- Weitergeleitete Nachricht --------
Von: ⟪E:role⟫
Betreff: AW: Bestellung ⟪O:po_number⟫

> Bitte liefern Sie ⟪N:QUANTITY⟫ Paletten an unser Lager.
> Mit freundlichen Grüßen
> ⟪f:name⟫

Bestätigt. Rechnung folgt.
--
Einkauf ⟪f:shop⟫ · Tel. ⟪P:*:national_ext⟫"""),
("email_chain", """Am ⟪N:DATE⟫ schrieb ⟪f:name⟫ <⟪E:*⟫>:
> Zu Auftrag ⟪O:jtl⟫: Bitte auf unser neues Konto ⟪I:*:grouped⟫ überweisen.
Das sieht nach Betrug aus – Kontowechsel per Mail!"""),
("email_chain", """WG: Zugangsdaten FTP
> Server ⟪IP:v4_public⟫, Benutzer bilder, Passwort ⟪S:password⟫
Bitte nie wieder per Mail schicken."""),
("neg_email_chain", """> Ihre Bestellung vom ⟪N:DATE⟫ wird in ⟪N:QUANTITY⟫ Werktagen versendet.
> Rechnungsnummer ⟪N:INVOICE⟫, Kundennummer ⟪N:CUSTOMER_NUMBER⟫
Danke! Bitte noch ⟪N:QUANTITY⟫ Stück ⟪N:SKU⟫ dazulegen."""),
# --- Slack/Teams
("teams", """[⟪N:TIME⟫] ⟪f:name⟫: Kann jemand Bestellung ⟪O:shopware_default⟫ stornieren? Kundin ruft von ⟪P:AT:*⟫ an.
[⟪N:TIME⟫] ⟪f:name⟫: erledigt"""),
("slack", """⟪f:name⟫: hab den Discord-Bot-Token aus Versehen gepostet: ⟪S:discord_bot_token⟫ – bitte neu generieren"""),
("teams", """Teams-Connector für Bestellalarme: ⟪S:teams_webhook⟫"""),
("neg_slack", """⟪f:name⟫: Release ⟪N:VERSION⟫ ist live (Build ⟪N:BUILD_ID⟫, Commit ⟪N:HASH⟫). Ticket ⟪N:TICKET⟫ kann zu."""),
# --- Configs
("env", """# .env.local
MOLLIE_API_KEY=⟪S:mollie_key⟫
MOLLIE_PROFILE_ID=⟪N:ACCOUNT_ID⟫
PAYPAL_CLIENT_ID=⟪N:PLACEHOLDER⟫"""),
("env", """DHL_API_KEY=⟪S:generic_b62⟫
SHIPCLOUD_API_KEY=⟪S:generic_hex⟫
LAGER_TELEFON=⟪P:DE:e164⟫"""),
("yaml", """mailer:
  brevo_key: ⟪S:brevo⟫
  from: ⟪E:role⟫
  reply_to: ⟪E:idn⟫"""),
("json", """{"bestellnummer":"⟪O:shopware_default⟫","kunde":{"email":"⟪E:*⟫","telefon":"⟪P:*:*⟫"},"zahlung":{"iban":"⟪I:DE:*⟫"}}"""),
("json", """{"auftragsId": "⟪O:plentymarkets⟫", "externeBestellnummer": "⟪O:ebay_12digit⟫", "versanddatum": "⟪N:DATE⟫"}"""),
("config", """[smtp]
host = mail.example.de
user = ⟪E:role⟫
pass = ⟪S:password⟫"""),
("config", """$config['db_pass'] = '⟪S:password⟫'; // Shop DB auf ⟪IP:v4_private⟫"""),
("config", """Private Key für den Lieferanten-SFTP:
⟪S:pem_rsa⟫"""),
("config", """openssl Ausgabe:
⟪S:pem_encrypted⟫"""),
("config", """sentry:
  dsn: ⟪S:sentry_dsn⟫
  auth_token: ⟪S:sentry_auth_token⟫"""),
("code", """client = Mistral(api_key="⟪S:mistral⟫")  # für Produktbeschreibungen"""),
("code", """$shopify = new Shopify(['AccessToken' => '⟪S:shopify_token⟫', 'ShopUrl' => 'mein-laden.myshopify.com']);"""),
("code", """export OPENAI_API_KEY=⟪S:openai⟫
export TELEGRAM_TOKEN=⟪S:telegram_bot_token⟫"""),
("neg_env", """# Beispielkonfiguration
MOLLIE_API_KEY=⟪N:PLACEHOLDER⟫
STRIPE_PUBLIC=⟪N:PUBLISHABLE_KEY⟫
SHOP_PORT=⟪N:PORT⟫"""),
# --- Support
("support", """Guten Tag, ich habe Bestellung ⟪O:otto⟫ bei OTTO aufgegeben, aber die Lieferung ist unvollständig. Erreichbar unter ⟪P:*:*⟫."""),
("support", """Meine Kreditkarte ⟪C:*:*⟫ wurde doppelt belastet (Bestellung ⟪O:shopify_default⟫). Bitte um Erstattung auf ⟪I:*:*⟫."""),
("support", """Hallo, Bestellung ⟪O:cdiscount⟫ über Cdiscount, ich wohne in der Schweiz: ⟪P:CH:*⟫ / ⟪E:*⟫"""),
("support", """Ich beziehe mich auf meinen Auftrag ⟪O:context_generic⟫ (das ist meine Bestellung), Lieferung an Filiale ⟪N:POSTCODE⟫."""),
("support", """Bestellung aus Österreich: ⟪O:bigcommerce⟫, bezahlt mit Amex ⟪C:amex:*⟫, Rückruf ⟪P:AT:intl⟫"""),
("helpdesk", """Textbaustein "Erstattung": Hallo ⟪f:name⟫, die Erstattung zu Ihrer Bestellung ⟪O:*⟫ geht auf das Konto ⟪I:*:*⟫ (Eingang ca. ⟪N:QUANTITY⟫ Tage)."""),
("helpdesk", """Freshdesk-Notiz: Anrufer ⟪P:*:*⟫ nannte Karte ⟪C:discover:*⟫ – NICHT speichern, Ticket ⟪N:TICKET⟫."""),
("neg_support", """Ich möchte ⟪N:QUANTITY⟫ Stück von ⟪N:SKU⟫ bestellen, Lieferung an PLZ ⟪N:POSTCODE⟫ bis ⟪N:DATE⟫. Passt ⟪N:PRICE⟫?"""),
("neg_support", """Retoure ⟪N:RMA⟫: Ersatzteil ⟪N:PART_NUMBER⟫, Rechnung ⟪N:INVOICE⟫, Modell ⟪N:MODEL⟫."""),
("neg_email", """Ihre Rechnung ⟪N:INVOICE⟫ vom ⟪N:DATE⟫ über ⟪N:PRICE⟫. BIC ⟪N:BIC⟫, Gläubiger-ID ⟪N:CREDITOR_ID⟫, USt-IdNr. ⟪N:VAT_ID⟫."""),
("neg_html", """<td>Artikel ⟪N:SKU⟫</td><td>⟪N:PRICE⟫</td><td>EAN ⟪N:EAN⟫</td><td>Lieferung ⟪N:DATE⟫</td>"""),
("html", """<p>Impressum: ⟪f:shop⟫ · Telefon <a href="tel:⟪P:*:e164⟫">⟪P:*:intl⟫</a> · <a href="mailto:⟪E:idn⟫">E-Mail</a> · USt-IdNr. ⟪N:VAT_ID⟫</p>"""),
("markdown", """| Bestellung | Zahlung | IBAN |
|---|---|---|
| ⟪O:shopware_prefix⟫ | Lastschrift | ⟪I:*:*⟫ |
| ⟪O:shopware_prefix⟫ | Karte | ⟪C:*:*⟫ |"""),
("markdown", """### Vorfall ⟪N:TICKET⟫
Angreifer-IPs: ⟪IP:defang_all⟫, ⟪IP:v6_compressed⟫
Bestellungen betroffen: ⟪O:woocommerce_default⟫"""),
("sql", """SELECT ordernumber, email, remote_addr FROM s_order o JOIN s_user u ON u.id=o.userID;
⟪O:shopware_default⟫ | ⟪E:*⟫ | ⟪IP:*⟫"""),
("ci_log", """$ composer config http-basic.repo.packagist.com token ⟪S:generic_hex⟫
$ git clone https://oauth2:⟪S:gitlab_pat⟫@gitlab.example.de/shop/theme.git"""),
("stacktrace", """Uncaught Exception: Postmark 401 (X-Postmark-Server-Token: ⟪S:postmark_token⟫) beim Versand der Bestellbestätigung ⟪O:shopware6⟫"""),
("log", """⟪N:DATE⟫ WAF blocked ⟪IP:v4_public⟫ → /admin (Regel ⟪N:QUANTITY⟫)"""),
("neg_config", """SNMP OID ⟪N:IP_LIKE⟫, Firmware ⟪N:VERSION⟫, Port ⟪N:PORT⟫, Seriennr. ⟪N:MODEL⟫"""),
("log", """Bestellung ⟪O:shopify_default⟫ von ⟪IP:v6_full⟫"""),
("support", """Meine Karte ⟪C:*:*⟫ wurde abgelehnt, obwohl genug Deckung da ist. Bitte melden: ⟪E:*⟫ oder ⟪P:*:*⟫"""),
("form", """Erstattungsformular
Kontoinhaber: ⟪f:name⟫
IBAN: ⟪I:*:*⟫
Rückruf: ⟪P:*:*⟫
Grund: Ware beschädigt"""),
("form", """Sperrauftrag (interne Kopie)
Kartennummer: ⟪C:*:*⟫
Gültig bis: ⟪N:DATE⟫
Telefon: ⟪P:*:intl00⟫"""),
("chat_sloppy", """hab grad von ⟪I:*:compact⟫ überwiesen, ist das angekommen?"""),
("log", """⟪IP:*⟫ - - "POST /konto/login HTTP/2" 302 user=⟪E:*⟫"""),
("email", """Hallo, die Anzahlung bitte auf ⟪I:*:*⟫ oder per Karte ⟪C:*:*⟫. Fragen an ⟪P:*:*⟫."""),
("env", """WORLDLINE_SECRET_API_KEY=⟪S:worldline_secret⟫
SESSION_SECRET=⟪S:generic_b64⟫
SHIPPO_TOKEN=⟪S:shippo_token⟫"""),
("neg_chat", """[⟪N:TIME⟫] Kunde: Meine Kundennummer ist ⟪N:CUSTOMER_NUMBER⟫, ich möchte ⟪N:QUANTITY⟫ Stück nachbestellen, Lieferung ⟪N:DATE⟫."""),
]
