# Hand-written message frames for gen_round2.py (blind structured set, round 2).
# Each entry: (lang, register, uses, text). Placeholders: see gen_round2.py docstring.
FRAMES = []


def f(lang, reg, text, n=None):
    if n is None:
        n = 4 if lang == "en" else 5
    FRAMES.append((lang, reg, n, text))


# ============================================================ chat (en)
f("en", "chat", "hi, my order [[O]] still hasn't shipped?? it's been 9 days")
f("en", "chat", "Hey! Quick question about order no. [[O:web]] — can I still change the size from M to L?")
f("en", "chat", "I paid with the card ending ... actually here's the full one so you can check: [[C]]. exp 08/27")
f("en", "chat", "Can you refund to this account instead? [[I]] (it's my partner's, same surname)")
f("en", "chat", "yo the staging db password is [[S:pw]] — don't paste it in #general again pls")
f("en", "chat", "Here's the token for the CI job: [[S:token]]\nrevoke it after friday")
f("en", "chat", "order [[O:amazon_3_7_7]] arrived broken, the glass top is cracked. want photos?")
f("en", "chat", "call me at [[P:uk]] after 5, I'm in meetings all afternoon")
f("en", "chat", "server is [[IP:v4]], ssh in as deploy. key is in 1password")
f("en", "chat", "Just got a weird login alert from [[IP:public]] — wasn't me. Can you lock the account? Ticket [[N:TICKET]] if it helps")
f("en", "chat", "Thanks! For the record my order was [[O:hash]] and the new address is [[street]], [[city]].")
f("en", "chat", "can you check if [[E]] is on the order? I think I typed my email wrong at checkout (order [[O:web]])")
f("en", "chat", "the item number on the box says [[N:SKU]] and model [[N:MODEL]], is that the right one?", 6)
f("en", "chat", "ok so the invoice [[N:INVOICE]] says [[N:PRICE]] but I was charged twice on [[N:DATE]]", 6)
f("en", "chat", "Bought it on [[N:DATE]] around [[N:TIME]], barcode [[N:EAN]]. Still under warranty right?", 6)

# ============================================================ sloppy (lower-case, no punctuation)
f("en", "sloppy", "order [[O]] where is it lol")
f("en", "sloppy", "my card [[C:plainish]] got declined twice wtf")
f("en", "sloppy", "pls send refund to [[I]] thx")
f("en", "sloppy", "ip is [[IP]] if u need it")
f("en", "sloppy", "ugh accidentally committed [[S:token]] to the public repo, rotating now")
f("en", "sloppy", "text me [[P]] not email")
f("de", "sloppy", "hallo bestellung [[O]] is immer noch nich da was is los")
f("de", "sloppy", "meine karte [[C]] geht nich beim bezahlen")
f("de", "sloppy", "iban für die rückzahlung [[I]] danke")
f("de", "sloppy", "kannst du mich zurückrufen [[P:de]] bin ab 18 uhr da")
f("de", "sloppy", "hab das pw vom test-shop geändert: [[S:pw]] , bitte nich weitergeben")
f("de", "sloppy", "der kunde sagt auftrag [[O:digits]] aber kundennr [[N:CUSTOMER]] passt nich dazu")
f("fr", "sloppy", "slt ma commande [[O]] toujours pas recu c normal ??")
f("fr", "sloppy", "voila mon iban [[I]] pour le rembourssement merci")
f("fr", "sloppy", "ma carte [[C]] a ete refusee 2 fois jcomprends pas")
f("fr", "sloppy", "rappelle moi au [[P:fr]] stp")
f("fr", "sloppy", "jai mis la cle [[S:token]] dans le .env du serveur c bon?")
f("fr", "sloppy", "colis [[N:TRACKING]] bloqué depuis le [[N:DATE]] personne repond", 6)
f("en", "sloppy", "ticket [[N:TICKET]] still open?? been waiting since [[N:DATE]]", 6)
f("de", "sloppy", "das ding kostet jetzt [[N:PRICE]] statt vorher, artikelnr [[N:SKU]]", 6)

# ============================================================ chat (de)
f("de", "chat", "Hi! Kurze Frage zu meiner Bestellung [[O:web]] – kann ich die Lieferadresse noch ändern?")
f("de", "chat", "Meine Bestellnummer ist [[O]], die Sendung hängt seit Tagen im Verteilzentrum.")
f("de", "chat", "Kannst du das Geld bitte auf [[I:DE]] überweisen? Kontoinhaber: [[name]]")
f("de", "chat", "Die Kreditkarte [[C]] ist abgelaufen, ich schick dir gleich eine neue.")
f("de", "chat", "Erreichbar bin ich unter [[P:de]] oder [[P:at]] (Büro Wien).")
f("de", "chat", "Der Webhook für den Shop-Channel: [[S:hook]] – bitte nicht ins Wiki kopieren")
f("de", "chat", "Login klappt nicht, letzter Versuch kam laut Log von [[IP]]")
f("de", "chat", "Bestellt am [[N:DATE]] um [[N:TIME]], Auftrag [[O:digits]]. Rechnung [[N:INVOICE]] kam schon per Mail.")
f("de", "chat", "Kundennummer [[N:CUSTOMER]] – ich hab aber keine Bestellnummer, nur die Sendungsnummer [[N:TRACKING]].", 6)
f("de", "chat", "Das Modell [[N:MODEL]] (EAN [[N:EAN]]) ist bei euch für [[N:PRICE]] gelistet, stimmt das?", 6)
f("de", "chat", "Ich hab beim Kundenservice angerufen, die Nummer [[N:PHONE_LIKE_CODE]] auf dem Ersatzteil ist aber eine Teilenummer, keine Telefonnummer.", 6)

# ============================================================ chat (fr)
f("fr", "chat", "Bonjour, ma commande n° [[O]] n'est toujours pas arrivée, pouvez-vous vérifier ?")
f("fr", "chat", "Coucou, tu peux me rembourser sur [[I:FR]] ? Merci !!")
f("fr", "chat", "J'ai payé avec la carte [[C]] mais le paiement apparaît deux fois.")
f("fr", "chat", "Mon numéro : [[P:fr]], je suis dispo après 18h.")
f("fr", "chat", "Le mot de passe de la base de préprod c'est [[S:pw]], change-le après la démo")
f("fr", "chat", "Connexion suspecte depuis [[IP:public]] cette nuit, c'était toi ?")
f("fr", "chat", "Voici le lien du webhook : [[S:hook]]")
f("fr", "chat", "Référence de commande [[O:prestashop_reference]], passée le [[N:DATE]]. Facture [[N:INVOICE]] jointe.")
f("fr", "chat", "Le modèle [[N:MODEL]] est à [[N:PRICE]] chez vous, c'est le bon prix ? Réf. article [[N:SKU]]", 6)
f("fr", "chat", "Numéro client [[N:CUSTOMER]], ticket [[N:TICKET]] — toujours pas de réponse depuis le [[N:DATE]].", 6)
f("fr", "chat", "Mon adresse mail c'est [[E]], vous pouvez m'envoyer la facture ?")

# ============================================================ tickets
f("en", "ticket", """Subject: Refund not received
Priority: high
Ticket: [[N:TICKET]]

Customer says the refund for order [[O]] never arrived. Paid by card [[C]], refund was issued on [[N:DATE]].
Please check with the PSP.""")
f("en", "ticket", """[SEC] Suspicious logins on account [[E]]
Source IPs: [[IP:public]], [[IP:v6]], [[IP:defang]]
First seen [[N:DATE]] [[N:TIME]] UTC. Password reset forced.""")
f("en", "ticket", """Incident [[N:TICKET]]: leaked credential in public gist
What: [[S:token]]
Where: gist by former contractor, found by GitGuardian
Action: revoked [[N:DATE]], rotated dependants.""")
f("en", "ticket", """Phishing report — IOCs (defanged):
- hxxp://[[IP:defang]]/login.php
- [[IP:defang]]:8080
- reply-to: [[E:plain]]
Do not click. Blocked on the proxy.""")
f("en", "ticket", """Customer can't complete checkout. Order stuck in pending_payment: [[O:magento_default]]
Browser: Firefox [[N:VERSION]]
Request id [[N:UUID]]
IP [[IP:plain]]""")
f("en", "ticket", """Chargeback received for order [[O]]
Card: [[C]]
Amount: [[N:PRICE]]
Reason code 13.1 (merchandise not received). Tracking [[N:TRACKING]] shows delivered.""")
f("en", "ticket", """Wrong IBAN on payout for seller [[name]].
Old: [[N:IBAN_MOD97]] (rejected by bank, check digits wrong)
New: [[I]]
Please update before next payout run.""")
f("en", "ticket", "Ticket [[N:TICKET]] — customer asks whether ticket number and order number are the same. They are not: the order is [[O:hash]].")
f("de", "ticket", """Betreff: Rückerstattung fehlt
Ticket-Nr.: [[N:TICKET]]

Kunde [[name]] wartet seit [[N:DATE]] auf die Erstattung zu Bestellung [[O]].
Bitte auf folgendes Konto: [[I:DE]]""")
f("de", "ticket", """Sicherheitsvorfall [[N:TICKET]]
Im öffentlichen Repo gefunden: [[S:token]]
Commit [[N:GITSHA]], Zeitpunkt [[N:DATE]] [[N:TIME]].
Token wurde widerrufen.""")
f("de", "ticket", """Auffällige Anmeldungen – Quell-IPs:
[[IP]]
[[IP]]
[[IP:defang]]
Konto vorsorglich gesperrt, Kunde informiert unter [[P:de]].""")
f("de", "ticket", """Kunde ruft an: Auftragsnummer [[O:otto]], Artikel [[N:SKU]] defekt.
Rückruf unter [[P]]. Kundennummer [[N:CUSTOMER]] (nicht die Auftragsnr.!)""")
f("de", "ticket", "Reklamation zu Bestellnr. [[O]]: Gerät [[N:MODEL]] startet nicht. Seriennummer liegt bei. Rechnung [[N:INVOICE]] vom [[N:DATE]].")
f("fr", "ticket", """Objet : Remboursement non reçu
Ticket : [[N:TICKET]]

La cliente [[name]] attend le remboursement de la commande [[O]] depuis le [[N:DATE]].
IBAN communiqué : [[I:FR]]""")
f("fr", "ticket", """Incident de sécurité [[N:TICKET]]
Clé exposée dans un ticket Jira public : [[S:token]]
Révoquée le [[N:DATE]] à [[N:TIME]].""")
f("fr", "ticket", """IOC relevés (neutralisés) :
hxxps://[[IP:defang]]/wp-admin
[[IP:defang]]
[[IP:public]] (scan SSH)
Bloqués sur le pare-feu.""")
f("fr", "ticket", "Client au téléphone ([[P:fr]]) : commande [[O:cdiscount]] reçue incomplète, il manque [[product]].")
f("fr", "ticket", "Contestation de paiement sur la commande [[O]] — carte [[C]], montant [[N:PRICE]]. Facture [[N:INVOICE]].")
f("en", "ticket", "Ticket [[N:TICKET]] closed: duplicate of [[N:TICKET]]. Customer number [[N:CUSTOMER]], no order involved.", 6)
f("de", "ticket", "Ticket [[N:TICKET]]: Kunde meldet Fehler in Version [[N:VERSION]], Request-ID [[N:UUID]], kein Auftrag betroffen.", 6)
f("fr", "ticket", "Ticket [[N:TICKET]] : la version [[N:VERSION]] plante au démarrage. Build [[N:GITSHA]], identifiant de requête [[N:UUID]].", 6)

# ============================================================ e-mail threads
f("de", "email_thread", """Betreff: AW: Ihre Bestellung [[O@a]]

Hallo [[first]],

vielen Dank für Ihre Nachricht. Die Bestellung [[@a]] wurde am [[N:DATE]] versendet, die Sendungsnummer lautet [[N:TRACKING]].

Freundliche Grüße
[[name]]
Kundenservice [[shop]]
Tel. [[P:de]]
[[E:shop]]

Am [[N:DATE]] um [[N:TIME]] schrieb [[E]]:
> Hallo,
> wo bleibt meine Bestellung [[@a]]? Ich habe schon vor zwei Wochen bezahlt.
> Gruß""")
f("de", "email_thread", """Betreff: Rückerstattung

Hallo zusammen,

bitte überweist den Betrag von [[N:PRICE]] auf mein Konto:
IBAN: [[I:DE]]
Kontoinhaber: [[name]]

Danke und viele Grüße
[[first]]

-----Ursprüngliche Nachricht-----
Von: [[E:shop]]
Gesendet: [[N:DATE]]
Betreff: Ihre Retoure zu Auftrag [[O]]

> Ihre Retoure ist bei uns eingegangen. Bitte nennen Sie uns Ihre Bankverbindung.""")
f("de", "email_thread", """Hallo [[first]],

anbei wie besprochen die Zugangsdaten für den Staging-Server:

Host: [[IP:private]]
User: [[user]]
Passwort: [[S:pw]]

Bitte nach dem ersten Login ändern.

Viele Grüße
[[name]]
--
[[shop]] GmbH · [[street]] · [[N:POSTCODE]] [[city]]
Tel. [[P:de]] · Fax [[P:de]]""")
f("de", "email_thread", """Sehr geehrte Damen und Herren,

zu meiner Bestellung [[O]] vom [[N:DATE]] habe ich eine Frage: Die Rechnung [[N:INVOICE]] weist [[N:PRICE]] aus, belastet wurden aber mehr.
Bezahlt habe ich mit der Karte [[C]].

Mit freundlichen Grüßen
[[name]]
[[street]]
[[N:POSTCODE]] [[city]]""")
f("de", "email_thread", """Am [[N:DATE]] schrieb [[name]] <[[E]]>:
> Können Sie mir die Auftragsbestätigung zu [[O@x]] noch einmal schicken?

Hallo,
anbei die Bestätigung zu [[@x]]. Bei Fragen erreichen Sie uns unter [[P]].
Grüße aus [[city]]""")
f("de", "email_thread", """Betreff: WG: Zugang API

Hi,

hier der Key von [[shop]], den wir für die Anbindung brauchen:
[[S:token]]

> Von: [[E:subdomain]]
> Kannst du mir den API-Key weiterleiten? Der alte läuft am [[N:DATE]] ab.""")
f("fr", "email_thread", """Objet : RE: Commande [[O@a]]

Bonjour [[first]],

Votre commande [[@a]] a été expédiée le [[N:DATE]]. Numéro de suivi : [[N:TRACKING]].

Cordialement,
[[name]]
Service client — [[shop]]
Tél. : [[P:fr]]

Le [[N:DATE]] à [[N:TIME]], [[E]] a écrit :
> Bonjour,
> je n'ai toujours pas reçu ma commande [[@a]].
> Merci""")
f("fr", "email_thread", """Bonjour,

Suite à l'annulation de la commande [[O]], merci de procéder au remboursement sur le compte suivant :
IBAN : [[I:FR]]
Titulaire : [[name]]

Bien à vous,
[[first]]

> Le [[N:DATE]], [[E:shop]] a écrit :
> Pourriez-vous nous communiquer vos coordonnées bancaires ?""")
f("fr", "email_thread", """Salut [[first]],

Comme convenu, les accès à la base de recette :
hôte : [[IP:private]]
utilisateur : [[user]]
mot de passe : [[S:pw]]

Pense à le changer.
--
[[name]] · [[shop]] · [[P:fr]]""")
f("fr", "email_thread", """Madame, Monsieur,

Ma commande n° [[O]] du [[N:DATE]] a été débitée deux fois sur ma carte [[C]]. La facture [[N:INVOICE]] indique pourtant [[N:PRICE]].

Je vous remercie de régulariser.
[[name]]
[[street]], [[N:POSTCODE]] [[city]]""")
f("fr", "email_thread", """Le [[N:DATE]], [[name]] <[[E]]> a écrit :
> Vous pouvez me rappeler au [[P:fr]] ? C'est au sujet de la réf. [[O:prestashop_reference]].

Bonjour, nous vous rappelons demain matin.
Bonne journée""")
f("en", "email_thread", """Subject: Re: Order [[O@a]]

Hi [[first]],

Thanks for reaching out. Order [[@a]] shipped on [[N:DATE]], tracking [[N:TRACKING]].

Best,
[[name]]
Customer Care | [[shop]]
[[P:uk]]

On [[N:DATE]] at [[N:TIME]], [[E]] wrote:
> Hello, any update on order [[@a]]?
> Thanks""")
f("en", "email_thread", """Subject: Fwd: credentials for the sandbox

---------- Forwarded message ---------
From: [[name]] <[[E:subdomain]]>
Date: [[N:DATE]]

> Here you go:
> API key: [[S:token]]
> Webhook secret: [[S:stripe]]
> Please don't share outside the team.

Forwarding as discussed — can you set these up in the new env?""")
f("en", "email_thread", """Hi team,

Payment details for the refund on order [[O]]:
Account holder: [[name]]
IBAN: [[I]]
Amount: [[N:PRICE]]

Cheers,
[[first]]
--
Sent from my phone""")
f("en", "email_thread", """Hello,

I was charged for order [[O]] on card [[C]] but the order shows as cancelled. Invoice [[N:INVOICE]] says [[N:PRICE]].

Could you look into it? Best reachable on [[P]].

Regards,
[[name]]""")
f("en", "email_thread", """> On [[N:DATE]], [[name]] <[[E]]> wrote:
> > The server at [[IP:v4]] is refusing connections again.
> Can you check the firewall? We changed it yesterday.

Fixed — the rule for [[IP]] was missing. Deployed [[N:VERSION]].""")
f("en", "email_thread", """Hi,

Just a heads-up that the invoice [[N:INVOICE]] dated [[N:DATE]] for [[N:PRICE]] is now overdue. Your customer number is [[N:CUSTOMER]].

Kind regards,
Accounts receivable""", 6)
f("de", "email_thread", """Hallo,

die Rechnung [[N:INVOICE]] vom [[N:DATE]] über [[N:PRICE]] ist noch offen. Ihre Kundennummer: [[N:CUSTOMER]].

Freundliche Grüße
Buchhaltung""", 6)
f("fr", "email_thread", """Bonjour,

La facture [[N:INVOICE]] du [[N:DATE]] d'un montant de [[N:PRICE]] reste impayée. Votre numéro client : [[N:CUSTOMER]].

Cordialement,
Service comptabilité""", 6)

# ============================================================ form dumps
f("de", "form_dump", """Name: [[name]]
E-Mail: [[E]]
Telefon: [[P:de]]
IBAN: [[I:form]]
BIC: COLSDE33XXX
Bestellnummer: [[O]]""")
f("de", "form_dump", """Vorname: [[first]]
Nachname: [[last]]
Straße: [[street]]
PLZ: [[N:POSTCODE]]
Ort: [[city]]
Kartennummer: [[C]]
Gültig bis: 11/28""")
f("de", "form_dump", """--- Kontaktformular ---
Anliegen: Rückerstattung
Auftragsnr.: [[O]]
Konto (IBAN):
[[I:form]]
Rückruf: [[P]]
Nachricht: bitte schnell, danke""")
f("fr", "form_dump", """Nom : [[last]]
Prénom : [[first]]
Courriel : [[E]]
Téléphone : [[P:fr]]
IBAN : [[I:form]]
N° de commande : [[O]]""")
f("fr", "form_dump", """Formulaire de paiement
Titulaire : [[name]]
Numéro de carte : [[C]]
Expiration : 04/27
Code postal : [[N:POSTCODE]]""")
f("fr", "form_dump", """Demande de remboursement
Référence commande : [[O]]
Montant : [[N:PRICE]]
IBAN :
[[I:form]]
Contact : [[E]] / [[P]]""")
f("en", "form_dump", """name: [[name]]
email: [[E]]
phone: [[P]]
card_number: [[C]]
exp: 09/27
zip: [[N:POSTCODE]]
order_ref: [[O]]""")
f("en", "form_dump", """Refund request
Order number: [[O]]
Account holder: [[name]]
IBAN: [[I:form]]
Reason: item arrived damaged""")
f("en", "form_dump", """Contact form submission
From: [[name]] <[[E]]>
Phone: [[P:us]]
IP: [[IP]]
Message: cancel order [[O:web]] please""")
f("en", "form_dump", """Product: [[product]]
SKU: [[N:SKU]]
EAN: [[N:EAN]]
Price: [[N:PRICE]]
Model: [[N:MODEL]]
Firmware: [[N:VERSION]]""", 6)
f("de", "form_dump", """Artikel: [[product]]
Art.-Nr.: [[N:SKU]]
EAN: [[N:EAN]]
Preis: [[N:PRICE]]
Lieferdatum: [[N:DATE]]
Uhrzeit: [[N:TIME]]""", 6)
f("fr", "form_dump", """Produit : [[product]]
Référence article : [[N:SKU]]
Code EAN : [[N:EAN]]
Prix : [[N:PRICE]]
Code postal de livraison : [[N:POSTCODE]]""", 6)
f("en", "form_dump", """Card: [[N:CARD_LUHN]]
Result: rejected (checksum)
IBAN: [[N:IBAN_MOD97]]
Result: rejected (check digits)""", 6)

# ============================================================ CSV
f("de", "csv", """Bestellnummer;Datum;Kunde;E-Mail;Betrag
[[O]];[[N:DATE]];[[name]];[[E]];[[N:PRICE]]
[[O]];[[N:DATE]];[[name]];[[E]];[[N:PRICE]]""")
f("de", "csv", """Name,IBAN,Betrag,Verwendungszweck
[[name]],[[I]],[[N:PRICE]],Erstattung [[O]]
[[name]],[[I]],[[N:PRICE]],Erstattung [[O]]""")
f("fr", "csv", """numero_commande;date;client;telephone
[[O]];[[N:DATE]];[[name]];[[P:fr]]
[[O]];[[N:DATE]];[[name]];[[P]]""")
f("fr", "csv", """beneficiaire;iban;montant
[[name]];[[I]];[[N:PRICE]]
[[name]];[[I]];[[N:PRICE]]
[[name]];[[I]];[[N:PRICE]]""")
f("en", "csv", """order_id,email,card_last_used,ip
[[O]],[[E]],[[C:plainish]],[[IP]]
[[O]],[[E]],[[C:plainish]],[[IP]]""")
f("en", "csv", """timestamp,src_ip,dst_ip,action
[[N:DATE]] [[N:TIME]],[[IP]],[[IP:private]],DENY
[[N:DATE]] [[N:TIME]],[[IP]],[[IP:private]],ALLOW""")
f("en", "csv", """sku,ean,price,model
[[N:SKU]],[[N:EAN]],[[N:PRICE]],[[N:MODEL]]
[[N:SKU]],[[N:EAN]],[[N:PRICE]],[[N:MODEL]]""", 6)
f("de", "csv", """Rechnungsnr;Kundennr;Datum;Betrag
[[N:INVOICE]];[[N:CUSTOMER]];[[N:DATE]];[[N:PRICE]]
[[N:INVOICE]];[[N:CUSTOMER]];[[N:DATE]];[[N:PRICE]]""", 6)
f("en", "csv", """name,service,key
[[first]],stripe,[[S:stripe]]
[[first]],github,[[S:ghp]]
[[first]],openai,[[S:openai]]""")

# ============================================================ JSON payloads
f("en", "json", """{"order_id": "[[O]]", "customer": {"email": "[[E]]", "phone": "[[P]]"}, "status": "processing"}""")
f("en", "json", """{
  "event": "charge.refunded",
  "data": {
    "order_id": "[[O]]",
    "payment_method": {"card": {"number": "[[C:json]]", "exp": "03/28"}},
    "amount": "[[N:PRICE]]"
  },
  "request_id": "[[N:UUID]]"
}""")
f("de", "json", """{"bestellnummer":"[[O]]","kunde":{"name":"[[name]]","iban":"[[I]]","kundennummer":"[[N:CUSTOMER]]"},"summe":"[[N:PRICE]]"}""")
f("de", "json", """{
  "auftrag": {
    "nr": "[[O:digits]]",
    "datum": "[[N:DATE]]",
    "rechnung": "[[N:INVOICE]]"
  },
  "kontakt": {"telefon": "[[P:de]]", "mail": "[[E]]"}
}""")
f("fr", "json", """{"numero_commande": "[[O]]", "client": {"courriel": "[[E]]", "tel": "[[P:fr]]"}, "code_postal": "[[N:POSTCODE]]"}""")
f("fr", "json", """{
  "commande": {"reference": "[[O:prestashop_reference]]", "id_order": [[O:shopware_default]]},
  "paiement": {"iban": "[[I]]", "montant": "[[N:PRICE]]"}
}""")
f("en", "json", """{"type": "service_account", "project_id": "[[shop]]-prod", "private_key": "[[S:pemjson]]", "client_email": "[[E:sa]]", "token_uri": "https://oauth2.googleapis.com/token"}""")
f("en", "json", """{
  "type": "service_account",
  "project_id": "[[shop]]-analytics",
  "private_key": "[[S:pemjson]]",
  "client_email": "[[E:sa]]"
}""")
f("en", "json", """{"integrations": {"slack": {"webhook_url": "[[S:slack_hook]]"}, "discord": {"url": "[[S:discord_hook]]"}}}""")
f("en", "json", """{"api_key": "[[S:apikey]]", "api_version": "[[N:VERSION]]", "region": "eu-central-1"}""")
f("en", "json", """{"aws_access_key_id": "[[S:aws_id]]", "aws_secret_access_key": "[[S:aws_secret]]", "region": "eu-west-3"}""")
f("en", "json", """{"client_id": "[[N:UUID]]", "client_secret": "[[S:client_secret]]", "grant_type": "client_credentials"}""")
f("en", "json", """{"headers": {"Authorization": "Bearer [[S:bearer]]", "X-Request-Id": "[[N:UUID]]"}}""")
f("de", "json", """{"shop": {"name": "[[shop]]", "stripe": {"secret_key": "[[S:stripe]]", "publishable_key": "[[N:PUBLISHABLE_KEY]]"}}}""")
f("fr", "json", """{"config": {"mailer": {"password": "[[S:pw]]", "user": "[[E:shop]]"}, "db": {"password": "[[N:PLACEHOLDER]]"}}}""")
f("en", "json", """{"sku": "[[N:SKU]]", "ean": "[[N:EAN]]", "price": "[[N:PRICE]]", "model": "[[N:MODEL]]", "updated": "[[N:DATE]]"}""", 6)
f("en", "json", """{"ticket_id": "[[N:TICKET]]", "request_id": "[[N:UUID]]", "build": "[[N:GITSHA]]", "version": "[[N:VERSION]]"}""", 6)
f("en", "json", """{"stripe_publishable_key": "[[N:PUBLISHABLE_KEY]]", "stripe_secret_key": "[[N:PLACEHOLDER]]", "sentry_release": "[[N:VERSION]]"}""", 6)
f("de", "json", """{"rechnungsnummer":"[[N:INVOICE]]","kundennummer":"[[N:CUSTOMER]]","sendungsnummer":"[[N:TRACKING]]","betrag":"[[N:PRICE]]"}""", 6)
f("fr", "json", """{"numero_facture": "[[N:INVOICE]]", "numero_client": "[[N:CUSTOMER]]", "suivi": "[[N:TRACKING]]", "date": "[[N:DATE]]"}""", 6)
f("en", "json", """{"events":[{"ip":"[[IP:plain]]","ua":"Mozilla/5.0","ts":"[[N:DATE]]"},{"ip":"[[IP:plain]]","ua":"curl/8.4.0","ts":"[[N:DATE]]"}]}""")
f("en", "json", """{"telegram": {"bot_token": "[[S:telegram]]", "chat_id": -100[[n2]]88412}}""")

# ============================================================ .env / YAML / docker-compose / code
f("en", "env", """APP_ENV=production
APP_KEY=base64:[[S:generic]]
DB_HOST=[[IP:private]]
DB_PASSWORD=[[S:dbpw]]
STRIPE_SECRET=[[S:stripe]]
STRIPE_KEY=[[N:PUBLISHABLE_KEY]]""")
f("en", "env", """# .env.production
OPENAI_API_KEY=[[S:openai]]
ANTHROPIC_API_KEY=[[S:anthropic]]
HF_TOKEN=[[S:hf]]""")
f("en", "env", """AWS_ACCESS_KEY_ID=[[S:aws_id]]
AWS_SECRET_ACCESS_KEY=[[S:aws_secret]]
AWS_DEFAULT_REGION=eu-central-1
# example from docs, not ours: [[N:PLACEHOLDER]]""")
f("en", "env", """GITHUB_TOKEN=[[S:ghp]]
GITLAB_TOKEN=[[S:gitlab]]
NPM_TOKEN=[[S:npm]]
SENTRY_RELEASE=[[N:VERSION]]""")
f("en", "env", """DATABASE_URL=postgres://[[user]]:[[S:urlpw]]@[[host]]:5432/shop
REDIS_URL=redis://default:[[S:urlpw]]@redis-cache:6379/0
CACHE_TTL=3600""")
f("en", "env", """SHOPIFY_API_SECRET=[[S:shopify]]
SHOPIFY_ADMIN_TOKEN=[[S:shopify]]
SENDGRID_API_KEY=[[S:sendgrid]]""")
f("en", "env", """DIGITALOCEAN_TOKEN=[[S:do]]
DOPPLER_TOKEN=[[S:doppler]]
DATABRICKS_TOKEN=[[S:databricks]]""")
f("en", "env", """LINEAR_API_KEY=[[S:linear]]
POSTMAN_API_KEY=[[S:postman]]
JIRA_API_TOKEN=[[S:atlassian]]""")
f("en", "env", """HEROKU_API_KEY=[[S:heroku_uuid]]
MAILGUN_API_KEY=[[S:mailgun]]
MAILCHIMP_API_KEY=[[S:mailchimp]]""")
f("en", "env", """SQUARE_ACCESS_TOKEN=[[S:square]]
BRAINTREE_ACCESS_TOKEN=[[S:braintree]]
TWILIO_API_KEY=[[S:twilio]]
TWILIO_FROM=[[P:tel]]""")
f("en", "env", """# copy to .env and fill in
DB_PASSWORD=[[N:PLACEHOLDER]]
API_KEY=[[N:PLACEHOLDER]]
STRIPE_SECRET_KEY=[[N:PLACEHOLDER]]""", 6)
f("de", "env", """# Zugangsdaten Shop (nicht committen!)
MYSQL_ROOT_PASSWORD=[[S:dbpw]]
MYSQL_PASSWORD=[[S:dbpw]]
MAIL_PASSWORD=[[S:pw]]""")
f("fr", "env", """# identifiants prod — NE PAS COMMITTER
PAYPLUG_SECRET_KEY=[[S:generic]]
DB_PASSWORD=[[S:dbpw]]
SMTP_PASSWORD=[[S:pw]]""")
f("en", "config", """# config/secrets.yml
production:
  secret_key_base: [[S:generic]]
  stripe:
    secret_key: [[S:stripe]]
    webhook_secret: [[S:stripe]]""")
f("en", "config", """version: '3.8'
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: [[user]]
      POSTGRES_PASSWORD: [[S:dbpw]]
  app:
    environment:
      DATABASE_URL: postgresql://[[user]]:[[S:urlpw]]@db:5432/app""")
f("en", "config", """services:
  rabbitmq:
    image: rabbitmq:3-management
    environment:
      RABBITMQ_DEFAULT_PASS: "[[S:dbpw]]"
  worker:
    environment:
      AMQP_URL: amqp://worker:[[S:urlpw]]@rabbitmq:5672/%2f""")
f("en", "config", """# .github/workflows/deploy.yml
env:
  NODE_AUTH_TOKEN: [[N:PLACEHOLDER]]
  SLACK_WEBHOOK: [[S:slack_hook]]
  API_TOKEN: [[S:generic]]""")
f("en", "config", """alerting:
  teams:
    url: [[S:teams_hook]]
  zapier:
    url: [[S:zapier_hook]]""")
f("en", "config", """tls:
  key: |
    [[S:pemind4]]
  cert: /etc/ssl/certs/shop.pem""")
f("en", "config", """mongodb:
  uri: "mongodb+srv://[[user]]:[[S:urlpw]]@cluster0.[[shop]].mongodb.net/orders?retryWrites=true"
  pool: 20""")
f("de", "config", """# app/etc/env.php (Auszug, Magento)
'db' => [
    'connection' => [
        'default' => [
            'host' => '[[IP:private]]',
            'username' => 'magento',
            'password' => '[[S:dbpw]]',
        ],
    ],
],
'crypt' => ['key' => '[[S:generic]]'],""")
f("fr", "config", """# parameters.yml (PrestaShop 1.6)
parameters:
    database_host: [[IP:private]]
    database_user: [[user]]
    database_password: [[S:dbpw]]
    secret: [[S:generic]]""")
f("en", "config", """[default]
aws_access_key_id = [[S:aws_id]]
aws_secret_access_key = [[S:aws_secret]]

[staging]
aws_access_key_id = [[N:PLACEHOLDER]]""")
f("en", "config", """# ~/.npmrc
//registry.npmjs.org/:_authToken=[[S:npm]]
# ~/.pypirc
[pypi]
username = __token__
password = [[S:pypi]]""")
f("en", "config", """# ~/.ssh/id_ed25519 (pasted by mistake)
[[S:pem_openssh]]""")
f("en", "code", """[[S:pem]]""")
f("en", "code", """curl -X POST https://api.stripe.com/v1/refunds \\
  -u [[S:stripe]]: \\
  -d charge=ch_3Pq[[n2]]Xa \\
  -d "metadata[order_id]"=[[O]]""")
f("en", "code", """curl -H "Authorization: Bearer [[S:bearer]]" \\
     -H "Content-Type: application/json" \\
     https://api.[[domain]]/v2/orders/[[O:digits]]""")
f("en", "code", """curl -s -H 'Authorization: Basic [[S:basic]]' https://[[domain]]/wp-json/wc/v3/orders?per_page=50""")
f("en", "code", """curl https://api.openai.com/v1/chat/completions \\
  -H "Authorization: Bearer [[S:openai]]" \\
  -d '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}'""")
f("en", "code", """curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: [[S:anthropic]]" \\
  -H "anthropic-version: 2023-06-01\"""")
f("en", "code", """curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy done"}' [[S:slack_hook]]""")
f("en", "code", """curl -u [[user]]:[[S:urlpw]] https://[[domain]]/admin/export.csv -o orders.csv""")
f("en", "code", """git clone https://[[user]]:[[S:ghp]]@github.com/[[shop]]/storefront.git""")
f("en", "code", """import stripe
stripe.api_key = "[[S:stripe]]"
refund = stripe.Refund.create(payment_intent="pi_3N[[n2]]x", metadata={"order_id": "[[O]]"})""")
f("en", "code", """import boto3
s3 = boto3.client(
    "s3",
    aws_access_key_id="[[S:aws_id]]",
    aws_secret_access_key="[[S:aws_secret]]",
)""")
f("en", "code", """from openai import OpenAI
client = OpenAI(api_key="[[S:openai]]")  # TODO move to env""")
f("en", "code", """import requests
r = requests.get("https://api.[[domain]]/orders", headers={"Authorization": "Bearer [[S:bearer]]"}, timeout=10)""")
f("en", "code", """conn = psycopg2.connect(host="[[IP:private]]", dbname="shop", user="[[user]]", password="[[S:dbpw]]")""")
f("en", "code", """BOT_TOKEN = "[[S:telegram]]"
bot = telebot.TeleBot(BOT_TOKEN)""")
f("en", "code", """const client = new Client({ auth: "[[S:linear]]" });
// linear sdk [[N:VERSION]]""")
f("en", "code", """const octokit = new Octokit({ auth: '[[S:github_pat]]' });""")
f("en", "code", """const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('[[S:sendgrid]]');""")
f("en", "code", """$client = new \\GuzzleHttp\\Client([
    'base_uri' => 'https://[[shop]].myshopify.com',
    'headers' => ['X-Shopify-Access-Token' => '[[S:shopify]]'],
]);""")
f("de", "code", """<?php
// wp-config.php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', '[[user]]' );
define( 'DB_PASSWORD', '[[S:dbpw]]' );
define( 'DB_HOST', '[[IP:private]]' );""")
f("fr", "code", """<?php
// config.inc.php — ne pas versionner
$mailchimp_key = '[[S:mailchimp]]';
$mailgun_key = '[[S:mailgun]]';""")
f("en", "code", """mysql -h [[IP:private]] -u [[user]] -p'[[S:dbpw]]' shop -e "SELECT * FROM sales_order WHERE increment_id='[[O:magento_default]]'\"""")
f("en", "code", """jdbc:mysql://[[host]]:3306/shop?user=[[user]]&password=[[S:urlpw]]&useSSL=true""")
f("en", "code", """redis-cli -h [[IP]] -a '[[S:dbpw]]' ping""")
f("en", "code", """ssh -i ~/.ssh/deploy root@[[IP:v4]] 'systemctl restart php8.2-fpm'""")
f("en", "code", """scp backup.sql.gz [[user]]@[[IP]]:/srv/backups/""")
f("en", "code", """docker login registry.gitlab.com -u deploy -p [[S:gitlab]]""")
f("en", "code", """headers = {
    "PRIVATE-TOKEN": "[[S:gitlab]]",
}
# docs example: [[N:PLACEHOLDER]]""")
f("en", "code", """HF_TOKEN = "[[S:hf]]"
model = AutoModel.from_pretrained("[[shop]]/reranker", token=HF_TOKEN)""")
f("en", "code", """const gateway = new braintree.BraintreeGateway({ accessToken: "[[S:braintree]]" });""")
f("en", "code", """auth_token = "[[S:generic]]"
client_secret = "[[S:client_secret]]"
client_id = "[[N:UUID]]\"""")
f("en", "code", """password = os.environ["DB_PASSWORD"]  # was: password = "[[S:pw]]" (rotated)""")
f("en", "code", """db_password = "[[N:PLACEHOLDER]]"
api_key = "[[N:PLACEHOLDER]]"
# both injected at deploy time""", 6)
f("en", "code", """STRIPE_PUBLISHABLE = "[[N:PUBLISHABLE_KEY]]"  # safe to ship to the browser
BUILD = "[[N:GITSHA]]\"""", 6)
f("en", "code", """# checksums
sha256  [[N:SHA256]]  shop-[[N:VERSION]].tar.gz
sha256  [[N:SHA256]]  shop-[[N:VERSION]].zip""", 6)

# ============================================================ logs
f("en", "log", """[[IP]] - - [12/Nov/2024:10:15:01 +0000] "GET /checkout/onepage/success/?order=[[O:magento_default]] HTTP/1.1" 200 5123 "-" "Mozilla/5.0\"""")
f("en", "log", """2024-11-12T08:14:22.481Z WARN  auth  failed login for [[E]] from [[IP]] (attempt 5/5), request_id=[[N:UUID]]""")
f("en", "log", """Nov 12 03:12:44 web01 sshd[21877]: Failed password for root from [[IP:public]] port 52144 ssh2
Nov 12 03:12:47 web01 sshd[21877]: Failed password for root from [[IP:public]] port 52150 ssh2""")
f("en", "log", """Nov 12 09:01:02 web01 sshd[4411]: Accepted publickey for deploy from [[IP:v6]] port 60022 ssh2""")
f("en", "log", """[ERROR] payment.capture failed order=[[O]] card=[[C]] code=card_declined ts=[[N:TIME]]""")
f("en", "log", """DEBUG http.client send: b'POST /v1/charges HTTP/1.1\\r\\nAuthorization: Bearer [[S:stripe]]\\r\\n'""")
f("en", "log", """2024-10-03 14:22:10,193 INFO sqlalchemy.engine connect postgresql://[[user]]:[[S:urlpw]]@[[IP:private]]:5432/orders""")
f("en", "log", """level=error msg="webhook delivery failed" url=[[S:hook]] status=404 retry=3""")
f("en", "log", """{"level":"info","msg":"order created","order_id":"[[O]]","customer_email":"[[E]]","ip":"[[IP:plain]]","latency_ms":212}""")
f("en", "log", """{"level":"warn","msg":"token rejected","token":"[[S:token]]","reason":"expired","trace":"[[N:UUID]]"}""")
f("de", "log", """[[N:DATE]] [[N:TIME]] INFO  Bestellung [[O]] angelegt, Zahlart Lastschrift, IBAN [[I]]""")
f("de", "log", """[[N:DATE]] [[N:TIME]] WARN  Login fehlgeschlagen für Benutzer [[user]] von [[IP]]""")
f("fr", "log", """[[N:DATE]] [[N:TIME]] INFO commande [[O]] validée — client [[E]] — IP [[IP:plain]]""")
f("fr", "log", """[[N:DATE]] [[N:TIME]] ERREUR paiement refusé commande=[[O]] carte=[[C]]""")
f("en", "log", """[[N:DATE]] [[N:TIME]] INFO deployed [[N:VERSION]] (commit [[N:GITSHA]]) request=[[N:UUID]]""", 6)
f("en", "log", """GET /api/products/[[N:SKU]]?ean=[[N:EAN]] 200 12ms trace=[[N:UUID]]""", 6)
f("en", "log", """WARN stripe: using publishable key [[N:PUBLISHABLE_KEY]] on server side, secret key not set ([[N:PLACEHOLDER]])""", 6)
f("en", "log", """[[IP:plain]]:443 -> [[IP:private]]:8080 upstream timed out (110) while reading response header""")
f("en", "log", """kernel: [UFW BLOCK] IN=eth0 OUT= SRC=[[IP:public]] DST=[[IP:private]] PROTO=TCP SPT=51234 DPT=22""")
f("en", "log", """nginx: client [[IP:v6]] closed keepalive connection; upstream [[IP:private]]:9000""")
f("en", "log", """[[IP]]""", 4)

# ============================================================ marketplace buyer messages
f("en", "marketplace", """Amazon buyer message
Order ID: [[O:amazon_3_7_7]]
Hi, the parcel arrived but the box was empty. Can you send a replacement? Thanks, [[first]]""")
f("en", "marketplace", """Message from Amazon customer regarding order [[O:amazon_digital]]: the ebook download link doesn't work on my Kindle.""")
f("de", "marketplace", """Amazon-Käufernachricht zu Bestellung [[O:amazon_3_7_7]]:
Hallo, ich hätte gern eine Rechnung mit ausgewiesener MwSt. Danke!""")
f("fr", "marketplace", """Message de l'acheteur Amazon — commande [[O:amazon_3_7_7]]
Bonjour, le colis [[N:TRACKING]] est indiqué livré mais je n'ai rien reçu.""")
f("en", "marketplace", """eBay message from buyer: Hi, I paid for order [[O:ebay]] 3 days ago, when will it ship?""")
f("de", "marketplace", """eBay: Nachricht von [[first]] zu Bestellnummer [[O:ebay]] – Artikel kam beschädigt an, Fotos anbei.""")
f("fr", "marketplace", """eBay — message de l'acheteur : commande [[O:ebay]], pouvez-vous combiner l'envoi avec mon autre achat ?""")
f("en", "marketplace", """Etsy conversation
Re: Receipt #[[O:etsy]]
Hi! Could you engrave "[[first]] & [[first]]" on the back? Thank you!""")
f("de", "marketplace", """Etsy – Nachricht zu Bestellung [[O:etsy]]: Können Sie das Geschenk ohne Rechnung verschicken?""")
f("fr", "marketplace", """Etsy : message concernant la commande n° [[O:etsy]] — la couleur ne correspond pas à la photo.""")
f("de", "marketplace", """Zalando Partner-Portal – Kundenanfrage
Bestellnummer: [[O:zalando]]
Retoure angemeldet am [[N:DATE]], Erstattung noch offen.""")
f("fr", "marketplace", """Zalando — demande client : la commande [[O:zalando]] contient une mauvaise taille.""")
f("de", "marketplace", """OTTO Market – Kundennachricht zur Auftragsnummer [[O:otto]]:
Der Artikel [[N:MODEL]] wurde doppelt geliefert, wie soll ich den zurückschicken?""")
f("de", "marketplace", """OTTO: Rückfrage zu Auftrag [[O:otto]] – Kunde bittet um Rückruf unter [[P:de]].""")
f("en", "marketplace", """bol.com — customer question about order [[O:bol]]: is the charger included?""")
f("de", "marketplace", """bol.com Klantvraag (übersetzt): Bestellung [[O:bol]] ist noch nicht angekommen.""")
f("fr", "marketplace", """Cdiscount — message client
Commande : [[O:cdiscount]]
Bonjour, je souhaite annuler ma commande, elle n'est pas encore expédiée.""")
f("fr", "marketplace", """Cdiscount Marketplace : litige ouvert sur la commande [[O:cdiscount]] (produit non conforme).""")
f("en", "marketplace", """Cdiscount buyer (translated): order [[O:cdiscount]] arrived without the power cable.""")
f("en", "marketplace", """Kaufland message: order [[O:letter_prefixed]] — buyer asks for the EAN [[N:EAN]] of the replacement part.""")
f("de", "marketplace", """Kaufland.de Kundenanfrage zu Bestellung [[O:context_generic]]: Lieferung an Packstation möglich?""")
f("en", "marketplace", """Buyer asked to pay outside the platform, sent this: card [[C]], "just charge it". Reported to trust & safety, order [[O]]""")
f("de", "marketplace", """Käufer schreibt: "Überweise lieber direkt, hier meine IBAN [[I]]" – Bestellung [[O]] bitte über die Plattform abwickeln!""")
f("en", "marketplace", """Amazon seller notification: ASIN B0[[n2]]K7Q2ZX, SKU [[N:SKU]] — price changed to [[N:PRICE]].""", 6)
f("de", "marketplace", """eBay-Artikel [[N:SKU]] – Modell [[N:MODEL]], EAN [[N:EAN]], Sofort-Kaufen [[N:PRICE]].""", 6)
f("fr", "marketplace", """Fiche Cdiscount : réf. vendeur [[N:SKU]], EAN [[N:EAN]], prix [[N:PRICE]], expédié le [[N:DATE]].""", 6)

# ============================================================ HTML / markdown
f("en", "html", """<p>Questions? Call us at <a href="tel:[[P:tel]]">[[P]]</a> or email <a href="mailto:[[E@m]]">[[@m]]</a>.</p>""")
f("de", "html", """<footer>
  <p>[[shop]] GmbH · [[street]] · [[N:POSTCODE]] [[city]]</p>
  <p>Tel.: <a href="tel:[[P:tel]]">[[P:de]]</a> · E-Mail: <a href="mailto:[[E@m]]">[[@m]]</a></p>
  <p>IBAN: [[I:DE]]</p>
</footer>""")
f("fr", "html", """<div class="contact">Service client : <a href="tel:[[P:tel]]">[[P:fr]]</a> — <a href="mailto:[[E:shop]]">écrivez-nous</a></div>""")
f("en", "html", """<pre>From: [[name]] &lt;[[E]]&gt;
Subject: order [[O]]</pre>""")
f("en", "html", """<tr><td>[[O]]</td><td>[[E]]</td><td>[[N:PRICE]]</td><td>[[N:DATE]]</td></tr>""")
f("en", "markdown", """## Deploy notes
- host: `[[IP:v4]]`
- db password: `[[S:dbpw]]`
- release: [[N:VERSION]]""")
f("en", "markdown", """### Repro
1. `export GITHUB_TOKEN=[[S:ghp]]`
2. run `make release`
3. it fails with 401 on [[N:VERSION]]""")
f("de", "markdown", """**Bestellung:** [[O]]
**Kunde:** [[name]] ([[E]])
**Telefon:** [[P]]
**Status:** versendet am [[N:DATE]]""")
f("fr", "markdown", """| Commande | Client | Montant |
|---|---|---|
| [[O]] | [[name]] | [[N:PRICE]] |
| [[O]] | [[name]] | [[N:PRICE]] |""")
f("en", "markdown", """> **Note**: never commit keys like `[[N:PLACEHOLDER]]` — use `[[N:PLACEHOLDER]]` in examples.""", 6)
f("en", "html", """<meta name="stripe-key" content="[[N:PUBLISHABLE_KEY]]">
<script src="/static/app.[[N:HASH]].js"></script>""", 6)
f("en", "html", """<span class="sku">[[N:SKU]]</span> <span class="price">[[N:PRICE]]</span> <span class="ean">[[N:EAN]]</span>""", 6)
f("de", "html", """<p>Ihre Bestellung <strong>[[O]]</strong> ist unterwegs. Sendungsverfolgung: [[N:TRACKING]]</p>""")
f("fr", "html", """<p>Merci pour votre commande <b>n° [[O]]</b> du [[N:DATE]] !</p>""")

# ============================================================ round-2b: de/fr frames, cards, IBANs, phones
f("de", "support", """Hallo, ich habe zweimal bezahlt! Einmal mit [[C]] und dann nochmal mit der Karte meines Mannes [[C]]. Bestellung [[O]]. Bitte eine Zahlung zurück.""")
f("de", "support", """Guten Tag, bei der Zahlung kam „Karte ungültig“. Ich habe die Nummer so eingegeben: [[N:CARD_LUHN]] – jetzt sehe ich, es muss [[C]] heißen. Tippfehler, sorry.""")
f("de", "support", """Moin, die Abbuchung lief über [[C]], aber im Kundenkonto steht Rechnung [[N:INVOICE]] noch als offen. Kundennr. [[N:CUSTOMER]].""")
f("de", "support", """Bitte ändern Sie meine Bankverbindung. Alt: [[I:DE]] – Neu: [[I]]. Das alte Konto wird zum [[N:DATE]] gekündigt.""")
f("de", "support", """Ich hab die IBAN wohl falsch abgetippt: [[N:IBAN_MOD97]]. Richtig ist [[I]]. Können Sie die Lastschrift neu anstoßen?""")
f("de", "support", """Sehr geehrtes Team, für die Erstattung zu Bestellnummer [[O]] nutzen Sie bitte mein Schweizer Konto [[I:CH]]. Rückfragen gern unter [[P:ch]].""")
f("de", "support", """Servus, erreichbar bin ich unter [[P:at]] oder mobil [[P:at]]. Bestellung [[O:web]], Lieferung bitte nicht vor [[N:TIME]].""")
f("de", "support", """Hallo, die Nummer [[N:PHONE_LIKE_CODE]] auf dem Typenschild ist keine Telefonnummer, oder? Ich brauche das Ersatzteil für [[N:MODEL]].""", 6)
f("de", "support", """Teilenummer [[N:PHONE_LIKE_CODE]] und [[N:PHONE_LIKE_CODE]] sind bei euch nicht lieferbar? Preis war [[N:PRICE]].""", 6)
f("de", "chat", """zahlung mit amex klappt nich: [[C:amex]] – geht auch diners? [[C:diners]]""")
f("de", "chat", """Firmenkarte: [[C]]
Privat: [[C]]
Nimm bitte die Firmenkarte für Bestellung [[O]].""")
f("de", "chat", """Überweis mir das bitte auf [[I]], Verwendungszweck „Bestellung [[O]]“ 🙏""")
f("de", "chat", """Meine neue Handynummer: [[P:de]] (die alte [[P:de]] ist abgemeldet)""")
f("de", "email_thread", """Hallo [[first]],

hier noch die Bankdaten unserer Tochterfirmen für die Gutschriften:
- Österreich: [[I:AT]]
- Belgien: [[I:BE]]
- Polen: [[I:PL]]
- Tschechien: [[I:CZ]]

Danke & Gruß
[[name]]
Tel. [[P]]""")
f("de", "email_thread", """Betreff: Zahlungsfehler

Hallo,
die Karte [[C]] wurde mit dem Fehler 05 abgelehnt, die Karte [[N:CARD_LUHN]] mit „Prüfsumme falsch“.
Bestellung [[O]] ist deshalb noch offen.

> Am [[N:DATE]] schrieb [[E]]:
> Bitte versuchen Sie es mit einer anderen Karte.""")
f("de", "form_dump", """Zahlungsdaten
Karteninhaber: [[name]]
Kartennummer: [[C]]
Prüfziffer: ***
Ablauf: 02/29
Rechnungsadresse: [[street]], [[N:POSTCODE]] [[city]]""")
f("de", "form_dump", """SEPA-Lastschriftmandat
Zahlungspflichtiger: [[name]]
IBAN: [[I:form]]
Mandatsreferenz: [[N:CUSTOMER]]
Datum: [[N:DATE]]""")
f("de", "form_dump", """Lieferantenstammdaten
Firma: [[shop]] GmbH
USt-IdNr.: DE[[n2]]8441932
IBAN: [[I:form]]
Telefon: [[P]]
E-Mail: [[E:shop]]""")
f("de", "json", """{"zahlung": {"karte": "[[C:json]]", "inhaber": "[[name]]"}, "bestellnummer": "[[O]]", "ip": "[[IP:plain]]"}""")
f("de", "json", """{"konten": [{"iban": "[[I]]", "waehrung": "EUR"}, {"iban": "[[I]]", "waehrung": "CHF"}], "kundennummer": "[[N:CUSTOMER]]"}""")
f("de", "csv", """Karteninhaber;Kartennummer;Ablauf
[[name]];[[C]];05/27
[[name]];[[C]];11/26
[[name]];[[C]];01/29""")
f("de", "csv", """Kunde;Telefon;Mobil
[[name]];[[P:de]];[[P:de]]
[[name]];[[P:at]];[[P:ch]]""")
f("de", "marketplace", """Nachricht über Kleinanzeigen: „Zahl einfach per Überweisung an [[I]], dann schick ich’s morgen.“ – Bestellung [[O:context_generic]]""")
f("de", "ticket", """Betrugsverdacht: Bestellung [[O]] mit Karte [[C]], Rechnungs-IP [[IP:public]], Lieferland abweichend. Zweite Karte im selben Warenkorb: [[C]].""")
f("de", "ticket", """Zahlungsabgleich [[N:DATE]]:
Karte [[N:CARD_LUHN]] – abgelehnt (Luhn)
Karte [[C]] – ok
IBAN [[N:IBAN_MOD97]] – abgelehnt (Prüfziffer)
IBAN [[I]] – ok""")
f("fr", "support", """Bonjour, j'ai payé deux fois : une fois avec [[C]] et une autre avec la carte de ma femme [[C]]. Commande [[O]]. Merci d'annuler un des paiements.""")
f("fr", "support", """Bonjour, le paiement a échoué car j'avais tapé [[N:CARD_LUHN]]. Le bon numéro est [[C]]. Pouvez-vous relancer la commande [[O:web]] ?""")
f("fr", "support", """Merci de modifier mes coordonnées bancaires : ancien IBAN [[I:FR]], nouveau [[I]]. Le changement doit s'appliquer avant le [[N:DATE]].""")
f("fr", "support", """J'ai fait une erreur en recopiant l'IBAN : [[N:IBAN_MOD97]]. Le bon est [[I]]. Désolée !""")
f("fr", "support", """Bonjour, pour le remboursement de la commande [[O]], voici mon compte belge : [[I:BE]]. Vous pouvez me joindre au [[P:be]].""")
f("fr", "support", """Pour toute question : [[P:fr]] (fixe) ou [[P:fr]] (portable). Commande n° [[O]].""")
f("fr", "support", """La référence [[N:PHONE_LIKE_CODE]] sur la pièce détachée ressemble à un numéro de téléphone mais c'est une référence fabricant. Modèle : [[N:MODEL]].""", 6)
f("fr", "support", """Les références [[N:PHONE_LIKE_CODE]] et [[N:PHONE_LIKE_CODE]] sont-elles compatibles ? Prix affiché [[N:PRICE]].""", 6)
f("fr", "chat", """carte pro [[C]]
carte perso [[C]]
prends la pro pour la commande [[O]] stp""")
f("fr", "chat", """Tu peux me virer les sous sur [[I]] ? C'est pour le cadeau commun 🎁""")
f("fr", "chat", """mon nouveau numéro c'est [[P:fr]], l'ancien [[P:fr]] ne marche plus""")
f("fr", "email_thread", """Bonjour [[first]],

Voici les coordonnées bancaires de nos filiales :
- Luxembourg : [[I:LU]]
- Monaco : [[I:MC]]
- Italie : [[I:IT]]
- Espagne : [[I:ES]]

Bien cordialement,
[[name]]
Tél. [[P]]""")
f("fr", "email_thread", """Objet : Paiement refusé

Bonjour,
la carte [[C]] a été refusée (code 51) et la carte [[N:CARD_LUHN]] a été rejetée par le formulaire.
La commande [[O]] est donc en attente.

> Le [[N:DATE]], [[E]] a écrit :
> Merci d'essayer avec un autre moyen de paiement.""")
f("fr", "form_dump", """Moyen de paiement
Titulaire de la carte : [[name]]
Numéro : [[C]]
Date d'expiration : 07/28
Adresse de facturation : [[street]], [[N:POSTCODE]] [[city]]""")
f("fr", "form_dump", """Mandat de prélèvement SEPA
Débiteur : [[name]]
IBAN : [[I:form]]
Référence unique de mandat : [[N:CUSTOMER]]
Fait le : [[N:DATE]]""")
f("fr", "form_dump", """Fiche fournisseur
Raison sociale : [[shop]] SARL
N° TVA : FR[[n2]]829194330
IBAN : [[I:form]]
Téléphone : [[P]]
Courriel : [[E:shop]]""")
f("fr", "json", """{"paiement": {"carte": "[[C:json]]", "titulaire": "[[name]]"}, "numero_commande": "[[O]]", "adresse_ip": "[[IP:plain]]"}""")
f("fr", "json", """{"comptes": [{"iban": "[[I]]", "devise": "EUR"}, {"iban": "[[I]]", "devise": "EUR"}], "numero_client": "[[N:CUSTOMER]]"}""")
f("fr", "csv", """titulaire;numero_carte;expiration
[[name]];[[C]];03/27
[[name]];[[C]];09/28
[[name]];[[C]];12/26""")
f("fr", "csv", """client;telephone;portable
[[name]];[[P:fr]];[[P:fr]]
[[name]];[[P:be]];[[P:ch]]""")
f("fr", "marketplace", """Leboncoin : « Fais-moi un virement sur [[I]] et je t'envoie le colis demain. » — signalé, commande [[O:context_generic]]""")
f("fr", "ticket", """Suspicion de fraude : commande [[O]], carte [[C]], IP de facturation [[IP:public]]. Deuxième carte tentée : [[C]].""")
f("fr", "ticket", """Rapprochement des paiements du [[N:DATE]] :
carte [[N:CARD_LUHN]] — refusée (Luhn)
carte [[C]] — acceptée
IBAN [[N:IBAN_MOD97]] — refusé (clé)
IBAN [[I]] — accepté""")
f("en", "support", """Hi, I got charged on two cards: [[C]] and [[C]]. Order [[O]]. Please refund one of them.""")
f("en", "support", """Payout accounts for our EU entities:
NL: [[I:NL]]
IE: [[I:IE]]
GB: [[I:GB]]
MT: [[I:MT]]
CY: [[I:CY]]""")
f("en", "support", """Our suppliers abroad: Bahrain [[I:BH]], Qatar [[I:QA]], Kuwait [[I:KW]], Saudi Arabia [[I:SA]], UAE [[I:AE]]. Please set them up in the ERP.""")
f("en", "support", """Vendor banking update — Nordics & Baltics:
[[I:NO]] (Norway)
[[I:DK]] (Denmark)
[[I:FI]] (Finland)
[[I:EE]] (Estonia)
[[I:LV]] (Latvia)""")
f("de", "support", """Neue Lieferantenkonten (Südosteuropa): Kroatien [[I:HR]], Slowenien [[I:SI]], Serbien [[I:RS]], Rumänien [[I:RO]], Bulgarien [[I:BG]], Ungarn [[I:HU]].""")
f("fr", "support", """Comptes fournisseurs à créer : Tunisie [[I:TN]], Mauritanie [[I:MR]], Liban [[I:LB]], Maurice [[I:MU]], Turquie [[I:TR]].""")
f("en", "support", """Test card from the payment provider docs didn't work in live mode, so I used my real one [[C]]. Also tried [[C]]. Neither went through on order [[O]].""")
f("en", "chat", """card numbers for the team offsite booking:
[[C]]
[[C]]
(second one is the backup)""")

# ============================================================ round-2c: more de/fr (secrets, orders, IPs)
f("de", "chat", """Kannst du mal auf [[IP:private]] nachschauen? ssh root@[[IP:private]] geht bei mir nicht mehr""")
f("de", "chat", """Der neue GitHub-Token fürs Deployment: [[S:github_pat]] (läuft in 90 Tagen ab)""")
f("de", "chat", """Achtung, im Slack-Kanal #shop-dev stand gerade der Stripe-Key im Klartext: [[S:stripe]] – bitte sofort rollen!""")
f("de", "ticket", """Betreff: Zugang gesperrt
Hallo, seit heute früh komme ich nicht mehr ins Backend. Laut Fehlermeldung ist meine IP [[IP]] gesperrt. Auftrag (Nr. [[O:web]]) muss heute noch raus!""")
f("de", "ticket", """Sicherheitsmeldung: Phishing-Seite gemeldet
URL: hxxp://[[IP:defang]]/sparkasse/login
Absender: [[E:plain]]
Bitte auf der Blockliste ergänzen.""")
f("de", "log", """[[N:DATE]] [[N:TIME]] FEHLER Verbindung zu mysql://shop:[[S:urlpw]]@[[host]]:3306/shop fehlgeschlagen (Timeout)""")
f("de", "config", """# .env (Produktivsystem) – Zugangsdaten bitte nur im Passwortsafe ablegen
SHOPWARE_ES_PASSWORD=[[S:dbpw]]
APP_SECRET=[[S:generic]]
MAILER_URL=smtp://shopmailer:[[S:urlpw]]@smtp.ionos.de:587""")
f("de", "config", """# docker-compose.override.yml – nur lokal!
services:
  shop:
    environment:
      - PAYPAL_CLIENT_SECRET=[[S:client_secret]]
      - PAYPAL_CLIENT_ID=[[N:UUID]]
      - SENTRY_DSN_VERSION=[[N:VERSION]]""")
f("de", "email_thread", """Hallo [[first]],

unser Dienstleister hat uns versehentlich den privaten Schlüssel geschickt:

[[S:pem]]

Bitte löschen und neuen Schlüssel anfordern.

Gruß
[[name]]""")
f("de", "email_thread", """Betreff: Bestellung (Nr. [[O@a]])

Guten Tag,
in Ihrer Auftragsbestätigung steht die Nummer [[@a]], im Kundenkonto aber eine andere Nummer. Welche gilt?
Kundennummer: [[N:CUSTOMER]]

Mit freundlichen Grüßen
[[name]]""")
f("de", "json", """{"webhooks": {"teams": "[[S:teams_hook]]", "zapier": "[[S:zapier_hook]]"}, "bestellung": {"nr": "[[O]]"}}""")
f("de", "code", """# Bestellungen exportieren (Shopware 6 Admin-API)
curl -X POST "https://[[domain]]/api/oauth/token" \\
  -d grant_type=client_credentials -d client_id=SWIA[[n2]]QXHBMSKVDUNY \\
  -d client_secret=[[S:client_secret]]""")
f("de", "marketplace", """Amazon-Nachricht: Hallo, ich habe zwei Bestellungen ([[O:amazon_3_7_7]] und [[O:amazon_3_7_7]]) – können Sie die zusammen verschicken?""")
f("fr", "chat", """tu peux regarder sur [[IP:private]] ? ssh root@[[IP:private]] me renvoie « connection refused »""")
f("fr", "chat", """Nouveau token GitLab pour la CI : [[S:gitlab]] — pense à supprimer l'ancien""")
f("fr", "chat", """Attention, quelqu'un a collé la clé OpenAI dans le canal #général : [[S:openai]] — il faut la révoquer""")
f("fr", "ticket", """Objet : accès bloqué
Bonjour, depuis ce matin je ne peux plus me connecter au back-office, mon IP [[IP]] serait bloquée. La commande (réf. [[O:web]]) doit partir aujourd'hui !""")
f("fr", "ticket", """Signalement hameçonnage
Lien : hxxps://[[IP:defang]]/credit-agricole/connexion
Expéditeur : [[E:plain]]
Merci d'ajouter à la liste de blocage.""")
f("fr", "log", """[[N:DATE]] [[N:TIME]] ERREUR connexion refusée postgres://presta:[[S:urlpw]]@[[host]]:5432/presta""")
f("fr", "config", """# .env.local — identifiants de prod, à garder dans le coffre-fort
PAYPLUG_API_KEY=[[S:stripe]]
SLACK_WEBHOOK_URL=[[S:slack_hook]]
MAILER_DSN=smtp://contact:[[S:urlpw]]@ssl0.ovh.net:465""")
f("fr", "email_thread", """Bonjour [[first]],

Le prestataire nous a envoyé par erreur la clé privée suivante :

[[S:pem]]

Merci de la supprimer et d'en demander une nouvelle.

Cordialement,
[[name]]""")
f("fr", "email_thread", """Objet : commande n° [[O@a]]

Bonjour,
Sur la confirmation, le numéro est [[@a]], mais dans mon espace client j'ai un autre numéro. Lequel est le bon ?
Numéro client : [[N:CUSTOMER]]

Cordialement,
[[name]]""")
f("fr", "json", """{"webhooks": {"discord": "[[S:discord_hook]]", "teams": "[[S:teams_hook]]"}, "commande": {"numero": "[[O]]"}}""")
f("fr", "code", """# export des commandes PrestaShop (webservice)
curl -u [[S:apikey]]: "https://[[domain]]/api/orders/?display=full&filter[reference]=[[O:prestashop_reference]]\"""")
f("fr", "marketplace", """Message Amazon : Bonjour, j'ai deux commandes ([[O:amazon_3_7_7]] et [[O:amazon_3_7_7]]), pouvez-vous les regrouper ?""")

# ============================================================ round-2d: IPv6 with ports, IPs at the edges, URL credentials
f("en", "log", """upstream connect error to [[[IP:v6]]]:8443 (reset), retrying via [[[IP:v6]]]:443""")
f("en", "config", """listen:
  - "[[[IP:v6]]]:9090"
  - "[[IP:v4]]:9090"
allowlist: [[IP:public]]""")
f("de", "chat", """Die Kasse im Laden hängt, sie hat die Adresse [[IP:private]]""")
f("fr", "chat", """l'imprimante du dépôt a changé d'adresse, c'est maintenant [[IP:private]]""")
f("en", "code", """wget https://[[user]]:[[S:urlpw]]@[[domain]]/exports/orders-latest.csv""")
f("de", "code", """# Backup-Skript
rsync -az /var/www/shop/ backup@[[IP]]:/srv/backup/shop/
curl -fsS https://backup:[[S:urlpw]]@[[domain]]/ping""")
f("fr", "code", """# synchro stocks
lftp -u [[user]],[[S:dbpw]] sftp://[[IP:public]] -e "mirror /stock /var/import; quit\"""")

# ============================================================ round-2e: Slack tokens, Google keys, JWTs, PEM kinds
f("en", "env", """SLACK_BOT_TOKEN=[[S:slack]]
SLACK_APP_TOKEN=[[S:slack]]
SLACK_SIGNING_SECRET=[[S:generic]]""")
f("de", "chat", """Slack-Token für den Bestell-Bot: [[S:slack]] – der alte ist seit [[N:DATE]] tot""")
f("fr", "code", """from slack_sdk import WebClient
client = WebClient(token="[[S:slack]]")
client.chat_postMessage(channel="#commandes", text="Nouvelle commande [[O]]")""")
f("en", "html", """<script async src="https://maps.googleapis.com/maps/api/js?key=[[S:google]]&callback=initMap"></script>""")
f("de", "env", """# Filialfinder
GOOGLE_MAPS_API_KEY=[[S:google]]
FIREBASE_API_KEY=[[S:google]]""")
f("en", "log", """< HTTP/2 200
< set-cookie: session=[[S:jwt]]; Path=/; HttpOnly; Secure; SameSite=Lax
< x-request-id: [[N:UUID]]""")
f("fr", "chat", """le jwt de test n'expire jamais, fais gaffe : [[S:jwt]]""")
f("en", "email_thread", """Hi [[first]],

attached is the deploy key for the new box, as requested (yes, I know, e-mail...):

[[S:pem_rsa]]

Delete after use.
[[first]]""")
f("de", "config", """# /etc/nginx/ssl/shop.key – versehentlich ins Repo committet ([[N:GITSHA]])
[[S:pem_pkcs8]]""")
f("fr", "ticket", """Clé privée trouvée dans l'archive de sauvegarde publique (avec passphrase, mais quand même) :
[[S:pem_encrypted]]
Ticket [[N:TICKET]] — à révoquer.""")
f("en", "code", """// signer_test.go
const testKey = `[[S:pem_ec]]`""")
f("de", "code", """# Schlüssel für die Zahlungsschnittstelle (Test? nein, Produktion!)
PAYMENT_PRIVATE_KEY = \"\"\"[[S:pem_dsa]]\"\"\"""")
