# Frames français écrits à la main pour structured-v4. (register, template). `neg_` = négatifs seulement.
FRAMES = [
# --- marketplaces
("marketplace", """Amazon Seller Central – message acheteur
Objet : commande ⟪O:amazon_3_7_7⟫
Bonjour, le colis est arrivé ouvert (suivi ⟪N:TRACKING⟫). Je souhaite un échange. Cordialement, ⟪f:name⟫"""),
("marketplace", """Cdiscount Marketplace – Réclamation client sur la commande ⟪O:cdiscount⟫ : produit non conforme. Date limite de réponse ⟪N:DATE⟫."""),
("marketplace", """Fnac/Mirakl : la commande ⟪O:mirakl⟫ est en attente d'acceptation depuis ⟪N:TIME⟫. Article ⟪N:SKU⟫, quantité ⟪N:QUANTITY⟫."""),
("marketplace", """ManoMano – message client : bonjour, ma commande n° ⟪O:letter_prefixed⟫ n'est toujours pas livrée. Vous pouvez m'appeler au ⟪P:FR:*⟫."""),
("marketplace", """Rakuten : litige ouvert pour la commande ⟪O:context_generic⟫ (c'est la référence de commande Rakuten), montant ⟪N:PRICE⟫."""),
("marketplace", """eBay.fr : l'acheteur demande une facture pour la commande ⟪O:ebay_2_5_5⟫, TVA intracom ⟪N:VAT_ID⟫."""),
("marketplace", """bol.com (Belgique) : retour pour la commande ⟪O:bol⟫, EAN ⟪N:EAN⟫, motif « trop petit »."""),
("marketplace", """Etsy : Bonjour ! Pour la commande ⟪O:etsy⟫, est-ce possible d'ajouter un mot pour ⟪f:name⟫ ? Merci"""),
("neg_marketplace", """Cdiscount : votre offre ⟪N:SKU⟫ (EAN ⟪N:EAN⟫) est suspendue, prix ⟪N:PRICE⟫ jugé anormal. À corriger avant le ⟪N:DATE⟫."""),
("neg_marketplace", """Le client souhaite commander ⟪N:QUANTITY⟫ unités de ⟪N:SKU⟫ pour une livraison au ⟪N:POSTCODE⟫, merci de faire un devis ⟪N:INVOICE⟫."""),
# --- notes admin
("admin_note", """PrestaShop › Commandes › ⟪O:prestashop_id⟫ (référence ⟪O:prestashop_reference⟫) › message privé : client rappelé au ⟪P:*:national⟫, changement de point relais."""),
("admin_note", """Note interne Shopify commande ⟪O:shopify_prefix⟫ : la cliente demande une facture au nom de la société, SIRET ⟪N:SIRET⟫, e-mail ⟪E:*⟫."""),
("admin_note", """WooCommerce – note privée commande ⟪O:woocommerce_default⟫ : remboursement partiel ⟪N:PRICE⟫ via PayPal (⟪N:PAYMENT_REF⟫)."""),
("admin_note", """Magento – commentaire commande n° ⟪O:magento_store_prefix⟫ : virement reçu sur ⟪I:FR:grouped⟫, expédition validée."""),
("admin_note", """Commande ⟪O:shopify_suffix⟫ : suspicion de fraude, IP de commande ⟪IP:*⟫, carte ⟪C:cartes_bancaires:*⟫ utilisée 4 fois."""),
("admin_note", """Odoo – bon de commande ⟪O:odoo⟫ confirmé, livraison partielle de ⟪N:QUANTITY⟫ articles, reliquat prévu le ⟪N:DATE⟫."""),
("neg_admin_note", """Note : commande passée le ⟪N:DATE⟫ à ⟪N:TIME⟫, montant de la commande ⟪N:PRICE⟫, n° client ⟪N:CUSTOMER_NUMBER⟫ – statut « commande en préparation »."""),
# --- litiges prestataires de paiement
("dispute_email", """Objet : Impayé carte – dossier ⟪N:PAYMENT_REF⟫
Madame, Monsieur,
le porteur conteste le paiement de ⟪N:PRICE⟫ relatif à la commande ⟪O:woocommerce_sequential⟫. Carte : ⟪C:*:*⟫. Merci de fournir les justificatifs avant le ⟪N:DATE⟫."""),
("dispute_email", """PayPlug : un impayé a été enregistré pour la commande ⟪O:prestashop_reference⟫ (montant ⟪N:PRICE⟫). Contact : ⟪E:subdomain⟫."""),
("dispute_email", """Stripe : litige ouvert, motif « fraudulent ». metadata.commande = ⟪O:shopify_default⟫, client ⟪E:*⟫, téléphone ⟪P:*:e164⟫."""),
("dispute_email", """Worldline/Sips : rejet de prélèvement SEPA pour la commande ⟪O:sfcc⟫, compte débiteur ⟪I:*:*⟫, RUM ⟪N:CUSTOMER_NUMBER⟫."""),
("dispute_email", """Lyra/Systempay : contestation ⟪N:TICKET⟫ sur la commande ⟪O:magento_default⟫, carte ⟪C:visa:*⟫, montant ⟪N:PRICE⟫."""),
("neg_dispute_email", """Bonne nouvelle : la contestation ⟪N:PAYMENT_REF⟫ a été clôturée en votre faveur le ⟪N:DATE⟫. Montant recrédité ⟪N:PRICE⟫. ICS ⟪N:CREDITOR_ID⟫."""),
# --- exports comptables
("csv", """N° commande;Date;Client;Montant TTC;IBAN
⟪O:prestashop_reference⟫;⟪N:DATE⟫;⟪E:*⟫;⟪N:PRICE⟫;⟪I:FR:compact⟫
⟪O:prestashop_reference⟫;⟪N:DATE⟫;⟪E:*⟫;⟪N:PRICE⟫;⟪I:BE:compact⟫"""),
("csv", """JournalCode;EcritureDate;PieceRef;EcritureLib;Debit
VE;⟪N:DATE⟫;⟪N:INVOICE⟫;Commande ⟪O:woocommerce_default⟫;⟪N:PRICE⟫
VE;⟪N:DATE⟫;⟪N:INVOICE⟫;Commande ⟪O:woocommerce_default⟫;⟪N:PRICE⟫"""),
("csv", """numero_commande,telephone,pays
⟪O:shopify_default⟫,⟪P:*:*⟫,FR
⟪O:shopify_default⟫,⟪P:*:*⟫,BE"""),
("csv", """Date opération;Libellé;IBAN émetteur;Montant
⟪N:DATE⟫;VIR SEPA CMD ⟪O:year_prefixed⟫;⟪I:*:grouped⟫;⟪N:PRICE⟫"""),
("neg_csv", """reference;ean13;stock;prix_ttc
⟪N:SKU⟫;⟪N:EAN⟫;⟪N:QUANTITY⟫;⟪N:PRICE⟫
⟪N:SKU⟫;⟪N:EAN⟫;⟪N:QUANTITY⟫;⟪N:PRICE⟫"""),
("neg_csv", """numero_suivi;transporteur;date_envoi;cp
⟪N:TRACKING⟫;Colissimo;⟪N:DATE⟫;⟪N:POSTCODE⟫
⟪N:TRACKING⟫;Chronopost;⟪N:DATE⟫;⟪N:POSTCODE⟫"""),
# --- logs ERP
("erp_log", """⟪N:DATE⟫ [Sage X3] commande client ⟪O:letter_prefixed⟫ créée depuis la commande web ⟪O:prestashop_id⟫"""),
("erp_log", """[Cegid] import commande ⟪O:magento_custom⟫ : erreur client inconnu ⟪N:CUSTOMER_NUMBER⟫, e-mail ⟪E:*⟫"""),
("erp_log", """⟪N:TIME⟫ SAP : commande d'achat ⟪O:po_number⟫ reçue du client, commande client ⟪O:sap_sales_order⟫ générée"""),
("neg_erp_log", """[⟪N:DATE⟫] synchro stock : ⟪N:QUANTITY⟫ références mises à jour, version ⟪N:VERSION⟫, job ⟪N:UUID⟫"""),
("log", """⟪N:DATE⟫ nginx : ⟪IP:*⟫ "POST /module/paypal/validation?id_order=⟪O:prestashop_id⟫" 403"""),
("log", """sshd : Invalid user admin from ⟪IP:v4_public⟫ port 40022"""),
("neg_log", """cron : sauvegarde terminée, ⟪N:QUANTITY⟫ fichiers, empreinte ⟪N:HASH⟫, port ⟪N:PORT⟫, version ⟪N:VERSION⟫"""),
# --- chat
("chat", """[⟪N:TIME⟫] Client : bonjour, où en est ma commande ?
[⟪N:TIME⟫] ⟪f:name⟫ (SAV) : pouvez-vous me donner votre numéro de commande ?
[⟪N:TIME⟫] Client : ⟪O:prestashop_reference⟫
[⟪N:TIME⟫] ⟪f:name⟫ (SAV) : merci, colis ⟪N:TRACKING⟫ en cours."""),
("chat_sloppy", """slt jai commandé hier la cmd c ⟪O:shopify_default⟫ je peux encore changer la taille? mon num ⟪P:FR:national⟫"""),
("chat_sloppy", """remboursez sur ⟪I:FR:lower⟫ svp pas sur la carte"""),
("chat_sloppy", """ma cb ⟪C:*:*⟫ a été débitée 2 fois pour la commande ⟪O:woocommerce_default⟫ !!!"""),
("neg_chat", """[⟪N:TIME⟫] Client : je peux commander ⟪N:QUANTITY⟫ exemplaires ?
[⟪N:TIME⟫] SAV : oui, réf. ⟪N:SKU⟫ à ⟪N:PRICE⟫, dispo le ⟪N:DATE⟫."""),
# --- SMS
("sms", """⟪f:shop⟫ : votre commande ⟪O:shopify_default⟫ est expédiée. Une question ? ⟪P:*:*⟫"""),
("sms", """Votre commande ⟪O:letter_prefixed⟫ est prête au retrait. Présentez ce SMS en boutique."""),
("neg_sms", """Colissimo : votre colis ⟪N:TRACKING⟫ sera livré le ⟪N:DATE⟫ entre ⟪N:TIME⟫ et ⟪N:TIME⟫."""),
# --- factures PDF / OCR
("pdf_invoice", """FACTURE N° ⟪N:INVOICE⟫
Date : ⟪N:DATE⟫
Votre commande
n° ⟪O:prestashop_reference⟫
Règlement par virement : IBAN ⟪I:FR:linebreak⟫
BIC ⟪N:BIC⟫ – SIRET ⟪N:SIRET⟫ – TVA ⟪N:VAT_ID⟫"""),
("pdf_invoice", """Qté Désignation       PU HT
⟪N:QUANTITY⟫   ⟪N:SKU⟫      ⟪N:PRICE⟫
Réf. commande client : ⟪O:po_number⟫
Service compta : ⟪E:role⟫ – ⟪P:*:national_ext⟫"""),
("ocr", """T I C K E T   ⟪f:shop⟫
Com mande n°  ⟪O:year_prefixed⟫
CB  ⟪C:cartes_bancaires:everydigit⟫
TOT AL  ⟪N:PRICE⟫"""),
("ocr", """R I B :  ⟪I:FR:dspace⟫   Ré f. commande ⟪O:shopify_default⟫"""),
("neg_pdf_invoice", """AVOIR ⟪N:INVOICE⟫ sur facture ⟪N:INVOICE⟫
Pièce ⟪N:PART_NUMBER⟫  qté ⟪N:QUANTITY⟫  ⟪N:PRICE⟫
SIRET ⟪N:SIRET⟫  TVA ⟪N:VAT_ID⟫"""),
("neg_ocr", """IBAN illisible : ⟪N:IBAN_MOD97⟫
Carte : ⟪N:CARD_LUHN⟫"""),
# --- issues / code
("issue", """**Bug module PayPlug** (PrestaShop ⟪N:VERSION⟫)
```
[⟪N:DATE⟫] ERROR PayPlug\\Exception\\UnauthorizedException secret_key=⟪S:payplug_secret⟫ id_order=⟪O:prestashop_id⟫
```"""),
("issue", """Ticket ⟪N:TICKET⟫ : fuite de clé dans le dépôt
```
SENDINBLUE_API_KEY=⟪S:brevo⟫
ALGOLIA_ADMIN_KEY=⟪S:algolia_admin_key⟫
```"""),
("issue", """Le webhook Mattermost renvoie 404 :
```
curl -X POST ⟪S:mattermost_webhook⟫ -d '{"text":"commande ⟪O:shopify_default⟫"}'
```"""),
("neg_issue", """Après la mise à jour ⟪N:VERSION⟫, le bouton « Valider ma commande » disparaît. Commit ⟪N:HASH⟫. Clé de config : `⟪N:PLACEHOLDER⟫`."""),
# --- IaC / compose / systemd
("iac", """# inventaire ansible
db_password: "⟪S:password⟫"
db_host: ⟪IP:v4_private⟫
mailjet_secret: "⟪S:generic_hex⟫\""""),
("iac", """resource "scaleway_object_bucket" "factures" {}
provider "scaleway" {
  secret_key = "⟪S:scaleway_secret⟫"
}"""),
("compose", """services:
  prestashop:
    environment:
      DB_PASSWD: ⟪S:password⟫
      PS_ADMIN_MAIL: ⟪E:*⟫
      OVH_APP_SECRET: ⟪S:generic_b62⟫"""),
("systemd", """[Service]
Environment="HUGGINGFACE_TOKEN=⟪S:huggingface⟫"
Environment="ANTHROPIC_API_KEY=⟪S:anthropic⟫"
ExecStart=/usr/local/bin/fiches-produits"""),
("neg_compose", """services:
  mariadb:
    image: mariadb:⟪N:VERSION⟫
    environment:
      MARIADB_ROOT_PASSWORD: ⟪N:PLACEHOLDER⟫
    ports: ["⟪N:PORT⟫:3306"]"""),
# --- HAR / cURL
("har", """curl 'https://boutique.example.fr/api/orders/⟪O:prestashop_id⟫?output_format=JSON' -u '⟪S:generic_b62⟫:'"""),
("har", """curl https://api.mollie.com/v2/payments -H "Authorization: Bearer ⟪S:mollie_key⟫" -d "metadata[commande]=⟪O:woocommerce_default⟫\""""),
("har", """{"name": "authorization", "value": "Basic ⟪S:basic_auth⟫"}, {"name": "x-real-ip", "value": "⟪IP:*⟫"}"""),
# --- chaînes d'e-mails
("email_chain", """-------- Message transféré --------
De : ⟪E:role⟫
Objet : TR: Bon de commande ⟪O:po_number⟫

> Merci de livrer ⟪N:QUANTITY⟫ palettes avant le ⟪N:DATE⟫.
> Bien cordialement,
> ⟪f:name⟫

C'est noté. Facture à suivre.
--
Service achats – ⟪f:shop⟫ – ⟪P:*:intl⟫"""),
("email_chain", """Le ⟪N:DATE⟫, ⟪f:name⟫ <⟪E:*⟫> a écrit :
> Pour la commande ⟪O:magento_default⟫, merci de virer sur notre nouveau RIB ⟪I:*:grouped⟫.
Attention, changement de RIB par mail = arnaque probable."""),
("email_chain", """RE: accès FTP
> serveur ⟪IP:v4_public⟫, identifiant photos, mot de passe ⟪S:password⟫
Ne plus jamais envoyer ça par mail svp."""),
("neg_email_chain", """> Votre commande du ⟪N:DATE⟫ sera expédiée sous ⟪N:QUANTITY⟫ jours.
> Facture ⟪N:INVOICE⟫, n° client ⟪N:CUSTOMER_NUMBER⟫
Merci, pouvez-vous ajouter ⟪N:QUANTITY⟫ exemplaires de ⟪N:SKU⟫ ?"""),
# --- Slack / Teams
("slack", """⟪f:name⟫ : j'ai collé la clé Stripe dans #compta par erreur : ⟪S:stripe_secret⟫ – à révoquer"""),
("teams", """[⟪N:TIME⟫] ⟪f:name⟫ : quelqu'un peut annuler la commande ⟪O:prestashop_reference⟫ ? la cliente appelle du ⟪P:BE:*⟫"""),
("slack", """Webhook Slack pour les alertes commandes : ⟪S:slack_webhook⟫"""),
("neg_slack", """⟪f:name⟫ : mise en prod ⟪N:VERSION⟫ faite, build ⟪N:BUILD_ID⟫, commit ⟪N:HASH⟫, ticket ⟪N:TICKET⟫."""),
# --- configs
("env", """# .env
PAYPLUG_SECRET_KEY=⟪S:payplug_secret⟫
LYRA_PASSWORD=⟪S:generic_b62⟫
CONTACT_TEL=⟪P:FR:e164⟫"""),
("env", """MISTRAL_API_KEY=⟪S:mistral⟫
COHERE_API_KEY=⟪S:cohere⟫
OPENAI_API_KEY=⟪S:openai⟫"""),
("yaml", """colissimo:
  contract_number: ⟪N:CUSTOMER_NUMBER⟫
  password: ⟪S:password⟫
shippingbo:
  api_secret: ⟪S:generic_hex⟫"""),
("json", """{"numero_commande":"⟪O:prestashop_reference⟫","client":{"email":"⟪E:*⟫","telephone":"⟪P:*:*⟫"},"paiement":{"iban":"⟪I:*:*⟫"}}"""),
("json", """{"id_order": ⟪O:prestashop_id⟫, "reference": "⟪O:prestashop_reference⟫", "total_paid": "⟪N:PRICE⟫", "ip": "⟪IP:*⟫"}"""),
("config", """parameters:
    database_password: ⟪S:password⟫
    secret: ⟪S:generic_hex⟫
    mailer_user: ⟪E:role⟫"""),
("config", """Clé privée du serveur SFTP du transporteur :
⟪S:pem_openssh⟫"""),
("config", """Clé PGP pour signer les factures :
⟪S:pem_pgp⟫"""),
("config", """ssl:
  key: ⟪S:pem_pkcs8⟫"""),
("code", """$client = new \\Mollie\\Api\\MollieApiClient(); $client->setApiKey('⟪S:mollie_key⟫');"""),
("code", """requests.post(url, headers={"Authorization": "Bearer ⟪S:bearer_opaque⟫"}, json={"commande": "⟪O:*⟫"})"""),
("code", """define('_COOKIE_KEY_', '⟪S:generic_b62⟫');
define('_DB_PASSWD_', '⟪S:password⟫');"""),
("neg_env", """# exemple
PAYPLUG_SECRET_KEY=⟪N:PLACEHOLDER⟫
STRIPE_PUBLIC_KEY=⟪N:PUBLISHABLE_KEY⟫
PORT=⟪N:PORT⟫"""),
# --- support
("support", """Bonjour, commande ⟪O:cdiscount⟫ passée sur Cdiscount, je n'ai reçu qu'un article sur deux. Joignable au ⟪P:*:*⟫ ou ⟪E:*⟫."""),
("support", """Ma carte ⟪C:*:*⟫ a été débitée mais la commande ⟪O:shopify_default⟫ apparaît annulée. Merci de rembourser sur ⟪I:*:*⟫."""),
("support", """Je vous écris au sujet de ⟪O:context_generic⟫ (c'est ma commande) : le ⟪f:product⟫ est cassé."""),
("support", """Commande depuis la Suisse : ⟪O:shopware_default⟫, payée avec ⟪C:mastercard2:*⟫, tel ⟪P:CH:*⟫"""),
("support", """Bonjour, client luxembourgeois, commande ⟪O:bigcommerce⟫, merci de me rappeler au ⟪P:LU:*⟫."""),
("helpdesk", """Macro « Remboursement virement » : Bonjour ⟪f:name⟫, le remboursement de la commande ⟪O:*⟫ sera effectué sur ⟪I:*:*⟫ sous ⟪N:QUANTITY⟫ jours."""),
("helpdesk", """Note interne : le client a dicté sa carte ⟪C:*:*⟫ au téléphone – NE PAS conserver. Rappel au ⟪P:*:*⟫."""),
("neg_support", """Je voudrais commander ⟪N:QUANTITY⟫ unités de la réf. ⟪N:SKU⟫ pour le ⟪N:DATE⟫, livraison au ⟪N:POSTCODE⟫. Le prix de ⟪N:PRICE⟫ est-il dégressif ?"""),
("neg_support", """Retour ⟪N:RMA⟫ : pièce ⟪N:PART_NUMBER⟫, facture ⟪N:INVOICE⟫, modèle ⟪N:MODEL⟫."""),
("neg_email", """Votre facture ⟪N:INVOICE⟫ du ⟪N:DATE⟫ d'un montant de ⟪N:PRICE⟫. BIC ⟪N:BIC⟫, SIRET ⟪N:SIRET⟫, TVA ⟪N:VAT_ID⟫."""),
("html", """<footer>⟪f:shop⟫ – <a href="mailto:⟪E:*⟫">nous écrire</a> – <a href="tel:⟪P:*:e164⟫">⟪P:*:national⟫</a> – SIRET ⟪N:SIRET⟫</footer>"""),
("neg_html", """<td>Réf. ⟪N:SKU⟫</td><td>⟪N:PRICE⟫</td><td>EAN ⟪N:EAN⟫</td><td>Livraison ⟪N:DATE⟫</td>"""),
("markdown", """| Commande | Paiement | Compte |
|---|---|---|
| ⟪O:woocommerce_sequential⟫ | virement | ⟪I:*:*⟫ |
| ⟪O:woocommerce_sequential⟫ | carte | ⟪C:*:*⟫ |"""),
("markdown", """### Incident ⟪N:TICKET⟫
IP suspectes : ⟪IP:defang_last⟫, ⟪IP:defang_paren⟫, ⟪IP:v6_full⟫"""),
("sql", """SELECT id_order, reference, email FROM ps_orders o JOIN ps_customer c USING(id_customer) LIMIT 1;
⟪O:prestashop_id⟫ | ⟪O:prestashop_reference⟫ | ⟪E:*⟫"""),
("ci_log", """$ npm config set //npm.pkg.github.com/:_authToken ⟪S:github_pat⟫
$ export SENTRY_AUTH_TOKEN=⟪S:sentry_auth_token⟫"""),
("stacktrace", """Fatal error: Uncaught Exception: Twilio 20003 (SID ⟪N:ACCOUNT_ID⟫, token ⟪S:twilio_auth_token⟫) SMS commande ⟪O:prestashop_reference⟫"""),
("log", """⟪N:DATE⟫ pare-feu : blocage ⟪IP:v4_public⟫ vers /admin123 (règle ⟪N:QUANTITY⟫)"""),
("neg_config", """OID SNMP ⟪N:IP_LIKE⟫, firmware ⟪N:VERSION⟫, port ⟪N:PORT⟫, n° de série ⟪N:MODEL⟫"""),
("log", """commande ⟪O:shopify_default⟫ depuis ⟪IP:v6_mapped⟫"""),
("support", """Bonjour, j'ai payé avec ma carte ⟪C:*:*⟫ mais le site a affiché une erreur. Pouvez-vous vérifier ? Mon e-mail : ⟪E:*⟫"""),
("form", """Formulaire de remboursement
Titulaire : ⟪f:name⟫
IBAN : ⟪I:*:*⟫
Téléphone : ⟪P:*:*⟫
Motif : colis perdu"""),
("form", """Formulaire d'opposition (copie interne)
N° de carte : ⟪C:*:*⟫
Date d'expiration : ⟪N:DATE⟫
Tél. de contact : ⟪P:*:*⟫"""),
("chat_sloppy", """jai fait le virement depuis ⟪I:*:compact⟫ hier soir, vous l'avez reçu ?"""),
("log", """⟪IP:*⟫ - - "GET /mon-compte HTTP/1.1" 200 ; client ⟪E:*⟫"""),
("email", """Bonjour, pour le paiement de l'acompte merci d'utiliser ⟪I:*:*⟫ ou la carte ⟪C:*:*⟫ déjà enregistrée. Contact ⟪P:*:intl00⟫."""),
("env", """SLACK_BOT_TOKEN=⟪S:slack_token⟫
CONTENTFUL_TOKEN=⟪S:contentful⟫
SECRET_SESSION=⟪S:generic_b64⟫"""),
("neg_chat", """[⟪N:TIME⟫] Client : mon n° client est ⟪N:CUSTOMER_NUMBER⟫, je voudrais commander ⟪N:QUANTITY⟫ boîtes en plus, livraison le ⟪N:DATE⟫."""),
]
