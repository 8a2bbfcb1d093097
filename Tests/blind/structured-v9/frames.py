"""Hand-written en/de/fr frames for structured-v9. '{}' is where the value goes."""

POS = {
    "ORDER_NUMBER": {
        "en": ["my order {} still hasn't shipped", "regarding order {}", "Order {} was charged twice",
               "could you cancel purchase {} please?", "the parcel for order no. {} arrived damaged",
               "I placed order {} on your site last week", "(order {})", "re your order ref {}",
               "your {platform} order {} is ready for pickup", "PO {} needs a new delivery address"],
        "de": ["meine Bestellung {} ist noch nicht angekommen", "zur Bestellnr. {}", "Auftrag {} bitte stornieren",
               "bei Bestellung {} fehlt ein Teil", "(Bestellnummer {})", "Ihre {platform}-Bestellung {} wurde versandt",
               "die Order {} wurde doppelt abgebucht", "Bezug: Bestell-Nr. {}", "können Sie die Bestellung {} zusammenlegen?",
               "Auftragsnummer {} ist bezahlt"],
        "fr": ["ma commande {} n'est toujours pas arrivée", "concernant la commande n° {}", "la commande {} a été débitée deux fois",
               "(commande {})", "merci d'annuler la cde {}", "votre commande {platform} {} a été expédiée",
               "réf. commande {} : colis abîmé", "le bon de commande {} est à modifier", "pour la commande {}, il manque un article",
               "n° de commande {} remboursé ?"],
    },
    "EMAIL": {
        "en": ["you can reach me at {}", "please send the invoice to {}", "contact: {}", "my new address is {}",
               "email {} if anything changes", "cc {}"],
        "de": ["erreichbar unter {}", "bitte die Rechnung an {} schicken", "Kontakt: {}", "meine neue Adresse ist {}",
               "schreiben Sie mir an {}", "in Kopie: {}"],
        "fr": ["vous pouvez m'écrire à {}", "merci d'envoyer la facture à {}", "contact : {}", "ma nouvelle adresse est {}",
               "écrivez à {} en cas de souci", "en copie : {}"],
    },
    "PHONE": {
        "en": ["call me on {}", "my mobile is {}", "tel. {}", "reach the driver at {}", "phone: {}", "({})", "text {} when you're outside"],
        "de": ["rufen Sie mich unter {} an", "meine Handynummer: {}", "Tel. {}", "Fahrer erreichbar unter {}", "Telefon: {}", "({})", "bitte SMS an {}"],
        "fr": ["appelez-moi au {}", "mon portable : {}", "tél. {}", "le livreur peut joindre le {}", "téléphone : {}", "({})", "envoyez un SMS au {}"],
    },
    "CREDIT_CARD": {
        "en": ["card number {} exp", "please charge {} instead", "my card {} was declined", "CC: {}", "pay with {} please"],
        "de": ["Kartennummer {} gültig bis", "bitte über {} abbuchen", "meine Karte {} wurde abgelehnt", "Kreditkarte: {}", "zahlen mit {}"],
        "fr": ["numéro de carte {} expire", "merci de débiter {}", "ma carte {} a été refusée", "CB : {}", "payer avec la carte {}"],
    },
    "IBAN": {
        "en": ["refund to IBAN {}", "our bank details: {}", "IBAN: {}", "please transfer to {}", "account {} (IBAN)"],
        "de": ["Erstattung bitte auf IBAN {}", "Bankverbindung: {}", "IBAN: {}", "bitte überweisen an {}", "Konto {} (IBAN)"],
        "fr": ["remboursement sur l'IBAN {}", "nos coordonnées bancaires : {}", "IBAN : {}", "virement sur {}", "RIB / IBAN {}"],
    },
    "IP_ADDRESS": {
        "en": ["login came from {}", "blocked {} after 40 failed attempts", "server is {}", "checkout requests from {}", "whitelist {}"],
        "de": ["Login kam von {}", "{} nach 40 Fehlversuchen gesperrt", "Server ist {}", "Checkout-Anfragen von {}", "bitte {} freischalten"],
        "fr": ["connexion depuis {}", "{} bloquée après 40 échecs", "le serveur est {}", "requêtes de paiement depuis {}", "autoriser {}"],
    },
    "SECRET": {
        "en": ["here's the key: {}", "use {} for now", "token is {}", "I rotated it, new one {}", "prod key {} don't share"],
        "de": ["hier der Key: {}", "nimm erstmal {}", "Token ist {}", "neu rotiert: {}", "Prod-Key {} nicht weitergeben"],
        "fr": ["voici la clé : {}", "utilise {} pour l'instant", "le jeton est {}", "nouvelle clé après rotation : {}", "clé de prod {} à ne pas partager"],
    },
}

LABEL = {
    "ORDER_NUMBER": {"en": ["Order no.", "Order", "Order ID", "Order number", "PO"], "de": ["Bestellnummer", "Bestell-Nr.", "Auftrag", "Auftragsnr."], "fr": ["N° de commande", "Commande", "Réf. commande", "N° cde"]},
    "EMAIL": {"en": ["Email", "E-mail", "Contact"], "de": ["E-Mail", "Mail"], "fr": ["E-mail", "Courriel", "Adresse mail"]},
    "PHONE": {"en": ["Phone", "Mobile", "Tel"], "de": ["Telefon", "Mobil", "Tel."], "fr": ["Téléphone", "Portable", "Tél."]},
    "CREDIT_CARD": {"en": ["Card number", "PAN", "Card"], "de": ["Kartennummer", "Kreditkarte"], "fr": ["N° de carte", "Carte bancaire"]},
    "IBAN": {"en": ["IBAN", "Refund IBAN"], "de": ["IBAN", "Erstattungs-IBAN"], "fr": ["IBAN", "IBAN de remboursement"]},
    "IP_ADDRESS": {"en": ["IP", "Client IP", "Remote addr"], "de": ["IP", "IP-Adresse"], "fr": ["IP", "Adresse IP"]},
}
JKEY = {
    "ORDER_NUMBER": ["order_id", "order_number", "increment_id", "bestellnummer", "numero_commande", "orderNumber", "reference", "name", "AmazonOrderId", "orderId"],
    "EMAIL": ["email", "customer_email", "contact_email", "billing_email", "mail", "courriel"],
    "PHONE": ["phone", "telephone", "billing_phone", "mobile", "telefon", "tel"],
    "CREDIT_CARD": ["card_number", "pan", "cc_number", "kartennummer", "numero_carte"],
    "IBAN": ["iban", "refund_iban", "bank_iban"],
    "IP_ADDRESS": ["ip", "client_ip", "remote_ip", "customer_ip_address", "x_forwarded_for"],
}

NAMES = ["Anna Becker", "Lukas Schulte", "Marie Dubois", "Hugo Lefebvre", "Aoife Murphy", "Jack Thompson", "Wiebke Jansen",
         "Camille Moreau", "Torsten Vogt", "Solène Perrin", "Piotr Nowak", "Giulia Rossi", "Eamon Brennan", "Henrike Kessler",
         "Bastien Girard", "Priya Harris", "Mehmet Yilmaz", "Ingrid Lindqvist", "Margaux Fontaine", "Oscar Clarke"]
STREETS = ["Lindenstraße 14", "Hafenweg 3a", "12 rue des Tanneurs", "8 avenue Jean-Jaurès", "44 Baker Lane", "Kirchgasse 7",
           "Am Mühlbach 22", "3 place du Marché", "19 Castle Road", "Rosenhof 5", "27 boulevard Carnot", "Schillerplatz 9"]
CITIES = {"en": ["Manchester", "Dublin", "Leeds", "Bristol", "Cork"], "de": ["Bremen", "Graz", "Freiburg", "Winterthur", "Kassel"],
          "fr": ["Lyon", "Nantes", "Liège", "Lausanne", "Rennes"]}
SHOPS = ["Nordlicht Möbel", "Maison Lumière", "Velo Atelier", "Kaffeerösterei Hansen", "Greenleaf Supply", "Épicerie Fine Lyon",
         "Bergsport Huber", "Papeterie du Moulin", "Lampenwelt24", "Brickhouse Games"]

GREET = {"en": ["Hi {n},", "Hello {n},", "Dear {n},", "Hi there,"], "de": ["Hallo {n},", "Guten Tag {n},", "Liebe/r {n},", "Moin,"],
         "fr": ["Bonjour {n},", "Madame, Monsieur,", "Bonjour,", "Cher/Chère {n},"]}
CLOSE = {"en": ["Best regards,", "Thanks,", "Cheers,", "Kind regards,"], "de": ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG"],
         "fr": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bonne journée,"]}
FILLER = {
    "en": ["Thanks for getting back to me so quickly.", "The box was fine but one item is missing.", "I'd like to change the delivery slot.",
           "No rush, just let me know.", "I checked the tracking page but it hasn't updated.", "We need this before the weekend market."],
    "de": ["Danke für die schnelle Rückmeldung.", "Der Karton war heil, aber ein Artikel fehlt.", "Ich möchte den Liefertermin ändern.",
           "Kein Stress, melden Sie sich einfach.", "Die Sendungsverfolgung tut sich seit Tagen nicht.", "Wir brauchen die Ware vor dem Wochenmarkt."],
    "fr": ["Merci pour votre retour rapide.", "Le carton était intact mais il manque un article.", "Je voudrais changer le créneau de livraison.",
           "Rien d'urgent, tenez-moi au courant.", "Le suivi ne bouge plus depuis trois jours.", "Nous en avons besoin avant le marché de samedi."],
}
