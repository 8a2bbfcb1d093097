FRAMES = r"""
=== marketplace
Cdiscount – litige ouvert : commande ⟪O:cdiscount⟫, produit ⟪N:SKU⟫ jamais livré, colis ⟪N:TRACKING⟫.
=== marketplace
Message acheteur Amazon.fr : « Ma commande ⟪O:amazon_3_7_7⟫ est arrivée abîmée ». Réclamation A-à-z ⟪N:TICKET⟫.
=== marketplace
eBay : l'acheteur demande l'annulation de la commande ⟪O:ebay_2_5_5|ebay_12digit⟫ avant expédition.
=== marketplace
Retour Zalando reçu pour la commande ⟪O:zalando⟫ (article ⟪N:SKU⟫), avoir ⟪N:INVOICE⟫ à émettre.
=== marketplace
Etsy : reçu ⟪O:etsy⟫, la cliente souhaite changer la couleur, livraison avant le ⟪N:DATE⟫.
=== marketplace
AliExpress : litige sur ma commande ⟪O:aliexpress⟫, le vendeur ne répond plus depuis le ⟪N:DATE⟫.
=== marketplace
bol.com : demande de retour pour la commande ⟪O:bol⟫, EAN ⟪N:EAN⟫, quantité ⟪N:QUANTITY⟫.
=== marketplace
Kaufland.fr ? Non, Kaufland.de : commande ⟪O:kaufland⟫ à expédier avant le ⟪N:DATE⟫.
=== marketplace
Allegro : le checkoutForm ⟪O:allegro⟫ (identifiant de commande) est bloqué, requête ⟪N:UUID⟫.
=== marketplace
Fnac Marketplace ? Non, c'est Cdiscount : n° de commande ⟪O:cdiscount⟫, montant ⟪N:PRICE⟫, suivi ⟪N:TRACKING⟫.
=== email
Objet : Bon de commande ⟪O:po_number#a⟫ – confirmation

Bonjour ⟪f:first⟫,
veuillez trouver ci-joint notre bon de commande ⟪=a⟫ pour ⟪N:QUANTITY⟫ cartons de la référence ⟪N:PART_NUMBER⟫. Notre n° TVA : ⟪N:VAT_ID⟫.
Cordialement,
Service achats – ⟪f:shop⟫
Tél. ⟪P:FR:national|intl⟫
=== email
Objet : RE: commande ⟪O:letter_prefixed#a⟫

> Pouvez-vous livrer ⟪=a⟫ avant la fin du mois ?
Oui, expédition partielle ⟪N:TRACKING⟫ partie ce matin. Facture ⟪N:INVOICE⟫ à suivre.

--
⟪f:first⟫ | Service client
⟪P:FR|BE|LU|CH:intl⟫ | ⟪E:plain|role⟫
=== email
De : Comptabilité <⟪E:role⟫>
Objet : Avis de virement

Nous avons réglé la facture ⟪N:INVOICE⟫ (votre commande ⟪O:year_prefixed⟫) depuis le compte ⟪I:FR|BE|LU|MC:*⟫, BIC ⟪N:BIC⟫, montant ⟪N:PRICE⟫.
=== email
---------- Message transféré ---------
De : ⟪f:first⟫ <⟪E⟫>
Objet : TR: remboursement commande ⟪O:prestashop_reference⟫

> Merci de rembourser sur mon RIB : ⟪I:FR:grouped|compact⟫
> Bonne journée
Fait le ⟪N:DATE⟫.
=== email
Bonjour,
j'ai commandé un ⟪f:product⟫ (commande n° ⟪O:magento_default|magento_store_prefix⟫), payé avec la carte ⟪C:cartes_bancaires|visa|mastercard⟫. Vous pouvez me joindre au ⟪P:FR:national⟫.
=== email
Réponse automatique : absent jusqu'au ⟪N:DATE⟫. Pour les commandes urgentes, écrivez à ⟪E:role⟫ ou appelez le ⟪P:FR|BE|CH:*:poste|none⟫.
=== email
Salut ⟪f:first⟫,
la clé Brevo ⟪S:brevo⟫ est dans le dépôt public, et le webhook Slack ⟪S:slack_webhook⟫ aussi. On régénère ?
=== form
Formulaire de contestation (chargeback)
Dossier : ⟪N:TICKET⟫
N° de commande marchand : ⟪O:prestashop_id|woocommerce_default⟫
Carte : ⟪C⟫
Date : ⟪N:DATE⟫   Montant : ⟪N:PRICE⟫
Adresse IP du client : ⟪IP:v4_public|v6_compressed|v6_full⟫
=== form
Mandat de prélèvement SEPA
Créancier : ⟪f:shop⟫
Référence unique du mandat : ⟪N:CUSTOMER_NUMBER⟫
IBAN du débiteur : ⟪I:FR|BE|LU|MC|ES|IT:*⟫
BIC : ⟪N:BIC⟫
=== form
Demande de rappel
Prénom : ⟪f:first⟫
Téléphone : ⟪P:FR|BE|CH|LU:*:poste|ext|none⟫
Créneau : ⟪N:TIME⟫
Commande : ⟪O:shopify_default|woocommerce_sequential⟫
=== form
Coordonnées bancaires vendeur
Titulaire : ⟪f:shop⟫
IBAN : ⟪I⟫
SIRET : ⟪N:SIRET⟫
=== csv
numero_commande;date;email;total;paiement
⟪O:prestashop_reference⟫;⟪N:DATE⟫;⟪E⟫;⟪N:PRICE⟫;CB
⟪O:prestashop_reference⟫;⟪N:DATE⟫;⟪E⟫;⟪N:PRICE⟫;virement
=== csv
Date opération;Libellé;Compte contrepartie;Montant
⟪N:DATE⟫;commande ⟪O:woocommerce_sequential⟫;⟪I:FR:compact⟫;⟪N:PRICE⟫
⟪N:DATE⟫;cde ⟪O:magento_default⟫;⟪I:BE|LU:compact⟫;⟪N:PRICE⟫
=== csv
id_commande,reference,client,etat
⟪O:prestashop_id⟫,⟪O:prestashop_reference⟫,⟪N:CUSTOMER_NUMBER⟫,Livré
⟪O:prestashop_id⟫,⟪O:prestashop_reference⟫,⟪N:CUSTOMER_NUMBER⟫,Annulé
=== csv
telephone;pays;optin
⟪P:FR:e164:none⟫;FR;1
⟪P:BE:e164:none⟫;BE;0
⟪P:CH:intl:none⟫;CH;1
=== helpdesk
Macro « Où est ma commande » : Bonjour {{prenom}}, votre commande ⟪O:shopify_default|shopify_prefix|shopify_suffix⟫ a été expédiée le ⟪N:DATE⟫ en Colissimo (⟪N:TRACKING⟫).
=== helpdesk
[Note interne] Client rappelé au ⟪P:FR|BE⟫, commande ⟪O:magento_custom⟫, souhaite modifier l'adresse. Ticket ⟪N:TICKET⟫.
=== helpdesk
Macro remboursement : nous virons ⟪N:PRICE⟫ sur le compte ⟪I⟫ sous 5 jours ouvrés. Motif : commande ⟪O:woocommerce_default⟫.
=== helpdesk
Ticket ⟪N:TICKET⟫ fusionné. Le demandeur ⟪E:plus_tag|unicode_local|idn⟫ signale un double débit sur la commande ⟪O:sfcc|bigcommerce⟫.
=== chat
[Teams] ⟪f:first⟫ 10:02
quelqu'un a changé la clé Stripe ? l'ancienne ⟪S:stripe_secret⟫ traîne encore dans la conf de préprod
=== chat
[Slack #boutique] ⟪f:first⟫ : la commande ⟪O:shopware_prefix|shopware_default⟫ n'est pas remontée dans l'ERP, erreur depuis ⟪IP:v4_private⟫
=== chat
[Slack #dev] ⟪f:first⟫ : j'ai collé le token Shopify par erreur : ⟪S:shopify_token⟫ — révoquez-le svp
=== chat
[Teams] ⟪f:first⟫ : client au téléphone, commande ⟪O:woocommerce_sequential⟫, la carte ⟪C⟫ a été refusée
=== chat_sloppy
bonjour ma commande ⟪O:shopify_default⟫ est tjrs pas arrivée ?? commandé il y a 10 jours
=== chat_sloppy
nouveau num ⟪P:FR:national|e164:none⟫ pour la livraison de ⟪O:woocommerce_default⟫ svp
=== chat_sloppy
remboursez sur ⟪I:FR:lower|compact|grouped⟫ pas sur la carte merci
=== chat_sloppy
mon mail c ⟪E:plain|unicode_local|idn⟫ pas l'ancien, la commande c'était ⟪O:amazon_3_7_7|cdiscount⟫
=== chat_sloppy
j'ai commandé ⟪N:QUANTITY⟫ articles mais reçu 1 seul, commande ⟪O:prestashop_reference⟫
=== chat_sloppy
la clé c'est ⟪S:openai|mistral⟫ la partage pas stp
=== config
# .env.prod
APP_SECRET=⟪S:generic_hex⟫
DATABASE_URL=postgresql://⟪f:dbuser⟫:⟪S:password⟫@⟪f:host⟫:5432/boutique
PAYPLUG_SECRET_KEY=⟪S:payplug_secret⟫
=== config
# config/parameters.php (PrestaShop 1.7)
'database_user' => 'presta',
'database_password' => '⟪S:password⟫',
'cookie_key' => '⟪S:generic_b62⟫',
=== config
# docker-compose.yml
  mariadb:
    environment:
      MARIADB_ROOT_PASSWORD: ⟪S:password⟫
      MARIADB_DATABASE: prestashop
=== config
# .gitlab-ci.yml
variables:
  SCW_SECRET_KEY: "⟪S:generic_hex⟫"
  MISTRAL_API_KEY: "⟪S:mistral⟫"
=== config
# config.toml
[paiement]
mollie_api_key = "⟪S:mollie_key⟫"
[ia]
cohere_key = "⟪S:cohere⟫"
=== config
# .env
ANTHROPIC_API_KEY=⟪S:anthropic⟫
HUGGINGFACEHUB_API_TOKEN=⟪S:huggingface⟫
REPLICATE_API_TOKEN=⟪S:replicate⟫
=== config
# clé privée du serveur SFTP (pièce jointe au ticket)
⟪S:pem_rsa|pem_ec|pem_openssh|pem_encrypted⟫
=== config
# Secret Kubernetes du service de facturation
apiVersion: v1
kind: Secret
data:
  SMTP_PASSWORD: ⟪S:k8s_secret_b64⟫
  WORLDLINE_SECRET: ⟪S:k8s_secret_b64⟫
=== config
# Dockerfile
FROM python:3.12-slim
ENV SENTRY_DSN=⟪S:sentry_dsn⟫
ENV DD_API_KEY=⟪S:datadog_api_key⟫
=== config
smtp://commandes:⟪S:password⟫@smtp.ovh.net:587
=== config
mysql://⟪f:dbuser⟫:⟪S:password⟫@⟪f:host⟫/presta?charset=utf8mb4
=== config
[default]
aws_access_key_id=⟪S:aws_access_key_id⟫
aws_secret_access_key=⟪S:aws_secret_key⟫
=== json
{"numero_commande": "⟪O:letter_prefixed|year_prefixed⟫", "client": "⟪N:CUSTOMER_NUMBER⟫", "telephone": "⟪P:FR|BE|CH⟫"}
=== json
{"order": {"id": ⟪O:prestashop_id⟫, "reference": "⟪O:prestashop_reference⟫", "total_paid": "⟪N:PRICE⟫", "email": "⟪E⟫"}}
=== json
{"titulaire": "⟪f:shop⟫", "iban": "⟪I:FR|MC|BE:compact|grouped⟫", "bic": "⟪N:BIC⟫", "libelle": "commande ⟪O:woocommerce_sequential⟫"}
=== json
{"niveau":"alerte","message":"échec de connexion","contexte":{"ip":"⟪IP⟫","identifiant":"⟪E⟫"},"date":"⟪N:DATE⟫"}
=== json
{"headers": {"Authorization": "Basic ⟪S:basic_auth⟫"}, "endpoint": "/api/orders/⟪O:prestashop_id⟫"}
=== json
{"orderNo": "⟪O:sfcc⟫", "creationDate": "⟪N:DATE⟫", "customerInfo": {"email": "⟪E⟫"}, "c_ip": "⟪IP:v4_public⟫"}
=== log
⟪N:DATE⟫ [PrestaShop] ERREUR : la commande ⟪O:prestashop_reference⟫ n'a pas pu être exportée vers ⟪IP:v4_private⟫:⟪N:PORT⟫
=== log
⟪IP:v4_public|v6_compressed⟫ - - [03/Mar/2025:18:22:10 +0100] "GET /index.php?controller=order-confirmation&id_order=⟪O:prestashop_id⟫ HTTP/1.1" 200 8123
=== log
[⟪N:DATE⟫ ⟪N:TIME⟫] CRITICAL: Worldline Direct : authentification refusée, apiKey=⟪N:HASH⟫ secret=⟪S:generic_b64⟫
=== log
sshd[⟪f:pid⟫]: Invalid user oracle from ⟪IP:v4_public|v6_full⟫ port ⟪N:PORT⟫
=== log
postfix/smtp[⟪f:pid⟫]: to=<⟪E⟫>, relay=smtp-in.orange.fr[⟪IP:v4_public⟫]:25, status=sent (confirmation commande ⟪O:magento_default⟫)
=== log
Erreur d'import ligne 17 : IBAN ⟪I:*:compact|grouped⟫ incompatible avec le BIC ⟪N:BIC⟫ (commande ⟪O:context_generic⟫)
=== log
Traceback (most recent call last):
  File "/srv/boutique/paiement.py", line 57, in rembourser
    checkout = CheckoutSdk.builder().secret_key("⟪S:checkout_secret⟫").build()
RuntimeError: commande ⟪O:shopify_default⟫ introuvable
=== log
GitHub Actions : Run ./publier.sh
  env: NPM_TOKEN=⟪S:npm_token⟫ GH_TOKEN=⟪S:github_pat⟫
=== code
$mollie->setApiKey("⟪S:mollie_key⟫"); // à déplacer dans .env
=== code
const square = new Client({ accessToken: '⟪S:square_token⟫', environment: 'production' });
=== code
curl -H "Authorization: Bearer ⟪S:jwt|bearer_opaque⟫" "https://boutique.example.fr/api/commandes/⟪O:letter_prefixed⟫"
=== code
SELECT id_order, reference, email FROM ps_orders WHERE reference = '⟪O:prestashop_reference#a⟫';
-- résultat : ⟪O:prestashop_id⟫ | ⟪=a⟫ | ⟪E⟫
=== code
UPDATE fournisseurs SET iban = '⟪I:FR:compact⟫' WHERE siret = '⟪N:SIRET⟫';
=== code
git remote add prod https://deploy:⟪S:password|gitlab_pat⟫@git.agence-web.fr/boutique/theme.git
=== code
bot = Bot(token="⟪S:telegram_bot_token⟫")  # alertes commandes
=== code
requests.post(url, auth=("api", "⟪S:mailgun⟫"))
=== code
client = OpenAI(api_key="⟪S:openai⟫")
=== html
<table><tr><th>N° de commande</th><td>⟪O:woocommerce_default|shopify_default⟫</td></tr><tr><th>Téléphone</th><td>⟪P:FR|BE|LU⟫</td></tr></table>
=== html
<footer>Service client : <a href="tel:⟪P:FR:e164:none⟫">nous appeler</a> · <a href="mailto:⟪E:role⟫">écrire</a> · TVA ⟪N:VAT_ID⟫</footer>
=== markdown
| Commande | Place de marché | Statut |
|---|---|---|
| ⟪O:cdiscount⟫ | Cdiscount | expédiée |
| ⟪O:amazon_3_7_7⟫ | Amazon.fr | en cours |
| ⟪O:bol⟫ | bol.com | annulée |
=== markdown
## Post-mortem incident paiement
- Clé exposée : `⟪S:stripe_secret|adyen_api_key|braintree_access_token⟫`
- IP de l'attaquant : `⟪IP:defang_all|defang_last|defang_paren⟫`
- Commande concernée : ⟪O:magento_store_prefix⟫
=== ocr
F A C T U R E      N° facture : ⟪N:INVOICE⟫
N° commande : ⟪O:year_prefixed|letter_prefixed⟫     Date : ⟪N:DATE⟫
RIB : IBAN ⟪I:FR:dspace|grouped|linebreak⟫  BIC ⟪N:BIC⟫
=== ocr
Ticket CB   carte ⟪C:cartes_bancaires|visa|mastercard:everydigit|space|dspace⟫   montant ⟪N:PRICE⟫   ⟪N:TIME⟫
=== ocr
Ordre de virement
IBAN bénéficiaire  ⟪I:*:linebreak|ccspace|dspace⟫
Motif  commande ⟪O:context_generic⟫
=== support
La carte ⟪C:*:nbsp|nnbsp|zwsp|tab|dot|slash|underscore|dash⟫ a été débitée deux fois pour la commande ⟪O:prestashop_reference⟫.
=== support
Nos IP de bureau à autoriser : ⟪IP:v4_public⟫ et ⟪IP:v6_compressed|v6_mapped⟫. N° client ⟪N:CUSTOMER_NUMBER⟫.
=== support
⟪O:context_generic⟫ (c'est mon numéro de commande) — la facture ⟪N:INVOICE⟫ est fausse.
=== support
En vacances, joignable au ⟪P:ES|IT|PT|DE|UK|NL|IE|SE|NO|DK|FI|CZ|PL:intl|e164|intl00⟫. C'est pour la commande ⟪O:sfcc|shopware_default⟫.
=== support
Merci d'envoyer la commande ⟪O:shopify_default⟫ à ma nouvelle adresse mail ⟪E:plus_tag|dotted|subdomain⟫, téléphone inchangé ⟪P:FR:*:none⟫.
=== chat
[Teams] ⟪f:first⟫ : le token HubSpot ⟪S:hubspot⟫ et la clé Notion ⟪S:notion⟫ sont sur le wiki, il faut nettoyer
=== chat
[Slack] ⟪f:first⟫ : token GitLab du runner → ⟪S:gitlab_pat⟫, et le PAT Docker Hub ⟪S:dockerhub_pat⟫
=== chat
[Slack] ⟪f:first⟫ : clé Twilio ⟪S:twilio_api_key⟫ + clé SendGrid ⟪S:sendgrid⟫ dans le commit ⟪N:HASH⟫
=== code
export GOOGLE_API_KEY=⟪S:gcp_api_key⟫
export AZURE_CLIENT_SECRET=⟪S:azure_client_secret⟫
=== neg_marketplace
Fiche produit mise à jour : réf. ⟪N:SKU⟫, prix ⟪N:PRICE⟫, EAN ⟪N:EAN⟫, stock ⟪N:QUANTITY⟫.
=== neg_email
Votre colis ⟪N:TRACKING⟫ sera livré le ⟪N:DATE⟫ entre ⟪N:TIME⟫ et ⟪N:TIME⟫.
=== neg_support
Merci de commander ⟪N:QUANTITY⟫ unités de ⟪N:SKU⟫ pour la boutique de ⟪f:city⟫, la dernière commande faisait ⟪N:PRICE⟫.
=== neg_config
STRIPE_SECRET_KEY=⟪N:PLACEHOLDER⟫
STRIPE_PUBLISHABLE_KEY=⟪N:PUBLISHABLE_KEY⟫
PRESTASHOP_VERSION=⟪N:VERSION⟫
=== neg_support
Le numéro de carte ⟪N:CARD_LUHN⟫ est invalide (clé de contrôle incorrecte).
=== neg_support
L'IBAN ⟪N:IBAN_MOD97⟫ a été refusé par la banque : clé de contrôle invalide.
=== neg_form
Fiche fournisseur
N° TVA : ⟪N:VAT_ID⟫
SIRET : ⟪N:SIRET⟫
BIC : ⟪N:BIC⟫
Code postal : ⟪N:POSTCODE⟫
=== neg_ticket
⟪N:TICKET⟫ · priorité haute · ouvert le ⟪N:DATE⟫ à ⟪N:TIME⟫ · module paiement · version ⟪N:VERSION⟫
=== neg_chat
statut commande : en attente. total commande ⟪N:PRICE⟫, commandé le ⟪N:DATE⟫, ⟪N:QUANTITY⟫ articles
=== neg_csv
reference_piece;designation;quantite
⟪N:PART_NUMBER⟫;plaquettes de frein;⟪N:QUANTITY⟫
⟪N:PART_NUMBER⟫;filtre à huile;⟪N:QUANTITY⟫
=== neg_json
{"id_requete": "⟪N:UUID⟫", "commit": "⟪N:HASH⟫", "duree_ms": ⟪N:QUANTITY⟫}
=== neg_email
Accord de retour ⟪N:RMA⟫. Merci d'envoyer le colis à notre entrepôt (⟪N:POSTCODE⟫ ⟪f:city⟫) avec l'étiquette ⟪N:TRACKING⟫.
=== neg_code
# valeurs d'exemple de la documentation
AWS_ACCESS_KEY_ID=⟪N:PLACEHOLDER⟫
API_KEY=⟪N:PLACEHOLDER⟫
=== neg_chat
tu peux commander ⟪N:QUANTITY⟫ ⟪N:MODEL⟫ ? encore en rupture
=== neg_markdown
| Modèle | Réf. pièce | Prix |
|---|---|---|
| ⟪N:MODEL⟫ | ⟪N:PART_NUMBER⟫ | ⟪N:PRICE⟫ |
| ⟪N:MODEL⟫ | ⟪N:PART_NUMBER⟫ | ⟪N:PRICE⟫ |
=== neg_support
La facture ⟪N:INVOICE⟫ et votre n° client ⟪N:CUSTOMER_NUMBER⟫ sont dans votre espace. Aucune commande n'a encore été passée.
=== neg_ocr
BON DE LIVRAISON   N° ⟪N:TRACKING⟫   Date ⟪N:DATE⟫
Article ⟪N:SKU⟫   Qté ⟪N:QUANTITY⟫   EAN ⟪N:EAN⟫
=== neg_log
⟪N:DATE⟫ INFO build ⟪N:BUILD_ID⟫ terminé, image ⟪N:HASH⟫, version ⟪N:VERSION⟫
=== neg_json
{"stripe": {"cle_publique": "⟪N:PUBLISHABLE_KEY⟫", "cle_secrete": "⟪N:PLACEHOLDER⟫", "paiement": "⟪N:PAYMENT_REF⟫"}}
=== neg_chat
le bon de commande fait ⟪N:QUANTITY⟫ pages depuis la version ⟪N:VERSION⟫
=== neg_email
La confirmation de commande sera envoyée après paiement. Livraison vers ⟪N:POSTCODE⟫ en 2 à 3 jours. Votre dossier : ⟪N:TICKET⟫.
=== neg_form
Commande de pièces détachées
Pièce : ⟪N:PART_NUMBER⟫
Modèle : ⟪N:MODEL⟫
Quantité : ⟪N:QUANTITY⟫
Date souhaitée : ⟪N:DATE⟫
=== neg_log
snmpd : OID ⟪N:OID⟫ introuvable, agent ⟪N:VERSION⟫ redémarré à ⟪N:TIME⟫
=== neg_config
# .env.dist
DATABASE_PASSWORD=⟪N:PLACEHOLDER⟫
MAILER_DSN=smtp://user:⟪N:PLACEHOLDER⟫@localhost:25
=== neg_csv
numero_suivi;date;poids
⟪N:TRACKING⟫;⟪N:DATE⟫;1,2 kg
⟪N:TRACKING⟫;⟪N:DATE⟫;3,5 kg
=== neg_support
Le n° TVA ⟪N:VAT_ID⟫ figure bien sur la facture ⟪N:INVOICE⟫ ; la quantité commandée était ⟪N:QUANTITY⟫.
=== neg_email
Commandez avant ⟪N:TIME⟫ pour une expédition le jour même. Code promo valable jusqu'au ⟪N:DATE⟫ dès ⟪N:PRICE⟫ d'achat.
"""

FRAMES += r"""
=== support
Les deux cartes ont été refusées : ⟪C:cartes_bancaires|visa|mastercard|mastercard2⟫ et ⟪C:amex|jcb|diners|maestro⟫. Rappelez-moi au ⟪P:FR|BE|CH|LU⟫.
=== form
Commande par téléphone – paiement
Numéro de carte : ⟪C:*:space|dash|plain|dspace⟫
Carte de secours : ⟪C:*:space|plain|nbsp|nnbsp⟫
Téléphone : ⟪P:FR|BE:*:poste|none⟫
=== chat
[Slack #fraude] ⟪f:first⟫ : cartes bloquées depuis le même appareil : ⟪C⟫, ⟪C⟫ — IP ⟪IP⟫, mail ⟪E⟫
=== csv
numero_carte;pays;resultat
⟪C:*:plain⟫;FR;refusé
⟪C:*:plain⟫;BE;accepté
=== log
Erreur paiement : carte ⟪C:*:plain|space⟫ refusée (code 05), client ⟪E⟫, IP ⟪IP⟫
=== chat_sloppy
la carte c ⟪C:*:space|plain|everydigit⟫ ou l'autre ⟪C:*:space|plain⟫ je sais plus
=== email
Bonjour, j'ai changé de banque. Ancien IBAN ⟪I:FR|BE:*⟫, nouvel IBAN ⟪I:FR|BE|LU|MC:*⟫. Merci de rembourser sur le nouveau. Tél. ⟪P:FR|BE⟫
=== form
Ouverture de compte professionnel
E-mail : ⟪E:role|subdomain|idn⟫
Comptabilité : ⟪E:role|plain⟫
Téléphone : ⟪P:FR|BE|CH|LU:*:poste|none⟫
Portable : ⟪P:FR|BE|CH|LU:intl|e164:none⟫
IBAN : ⟪I:FR|BE|LU|MC|CH:*⟫
=== log
⟪N:DATE⟫ connexion réussie : ⟪E⟫ depuis ⟪IP⟫, connexion précédente depuis ⟪IP⟫
=== csv
email;telephone;newsletter
⟪E⟫;⟪P:FR|BE:*:none⟫;oui
⟪E⟫;⟪P:FR|CH|LU:*:none⟫;non
=== support
Merci d'envoyer la facture à ⟪E⟫ avec copie à ⟪E:role|plus_tag⟫. En cas de question : ⟪P:FR:*:poste|none⟫.
=== markdown
| Bénéficiaire | IBAN |
|---|---|
| ⟪f:shop⟫ | ⟪I:*:grouped|compact⟫ |
| ⟪f:shop⟫ | ⟪I:*:grouped|compact⟫ |
=== ocr
TICKET CLIENT   PAIEMENT CB
Carte ⟪C:cartes_bancaires|visa|mastercard:space|everydigit|dspace⟫
accepté ⟪N:TIME⟫ ⟪N:DATE⟫
=== email
Bonjour ⟪f:first⟫,
le client conteste le débit sur ⟪C⟫ ; la carte d'origine était ⟪C⟫. Merci de le rappeler au ⟪P:FR|BE|CH⟫.
=== support
encore la mauvaise carte débitée : ⟪C:*:tab|underscore|slash|dot|nnbsp|zwsp⟫ au lieu de ⟪C:*:space|dash⟫
=== log
[WAF] bloqué ⟪IP⟫ -> /admin ; x-forwarded-for : ⟪IP:v4_public⟫, ⟪IP:v4_private⟫
"""

FRAMES += r"""
=== neg_log
commit ⟪N:HASH⟫
Date : ⟪N:DATE⟫
    passage de la boutique en ⟪N:VERSION⟫ (build ⟪N:BUILD_ID⟫), corrige ⟪N:TICKET⟫
=== neg_csv
transporteur;numero_suivi;date_envoi
Colissimo;⟪N:TRACKING⟫;⟪N:DATE⟫
DPD;⟪N:TRACKING⟫;⟪N:DATE⟫
Chronopost;⟪N:TRACKING⟫;⟪N:DATE⟫
=== neg_email
Le numéro de commande vous sera communiqué après validation. Votre devis ⟪N:INVOICE⟫ est valable jusqu'au ⟪N:DATE⟫ : ⟪N:QUANTITY⟫ unités à ⟪N:PRICE⟫.
=== neg_config
# valeurs factices, les vraies sont dans le coffre
ADYEN_API_KEY=⟪N:PLACEHOLDER⟫
MISTRAL_API_KEY=⟪N:PLACEHOLDER⟫
VERSION=⟪N:VERSION⟫
=== neg_support
Votre commande de ⟪N:QUANTITY⟫ cartons part de notre dépôt de ⟪f:city⟫ ; bon de livraison ⟪N:TRACKING⟫, n° client ⟪N:CUSTOMER_NUMBER⟫, TVA ⟪N:VAT_ID⟫.
=== neg_json
{"reference":"⟪N:SKU⟫","ean":"⟪N:EAN⟫","ref_fabricant":"⟪N:PART_NUMBER⟫","prix":"⟪N:PRICE⟫","maj":"⟪N:DATE⟫"}
"""

FRAMES += r"""
=== support
Faute de frappe dans mon dernier message (⟪N:CARD_LUHN⟫). La bonne carte est ⟪C⟫. L'IBAN pour le remboursement est ⟪I:FR|BE:*⟫, pas ⟪N:IBAN_MOD97⟫.
=== helpdesk
Journal de contrôle : carte ⟪N:CARD_LUHN⟫ → clé invalide ; carte ⟪C:*:plain|space⟫ → ok ; IBAN ⟪N:IBAN_MOD97⟫ → invalide ; IBAN ⟪I:*:compact⟫ → ok.
"""

FRAMES += r"""
=== email
Numéros du service client à l'étranger :
Nord ⟪P:NO|SE|DK|FI:*⟫ · Benelux ⟪P:NL|BE|LU:*⟫ · Sud ⟪P:IT|ES|PT:*⟫ · Europe centrale ⟪P:PL|CZ:*⟫
=== config
# clé de déploiement trouvée dans la pièce jointe du ticket
⟪S:pem_rsa|pem_dsa|pem_pgp⟫
=== marketplace
La commande eBay ⟪O:ebay_12digit⟫ a été fusionnée par le connecteur avec la commande Shopify ⟪O:shopify_suffix|shopify_prefix⟫.
"""
