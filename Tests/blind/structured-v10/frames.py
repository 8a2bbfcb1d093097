"""Hand-written en/de/fr tables: names, places, shops, sentence frames. {v} marks the labelled value."""

FIRST = {
    "de": ["Anna", "Jonas", "Lea", "Matthias", "Sabine", "Jürgen", "Katrin", "Lukas", "Heike", "Björn", "Ute", "Tobias",
           "Franziska", "Dieter", "Mareike", "Sven", "Özlem", "Kai", "Birgit", "Florian", "Gülay", "Nils", "Renate", "Timo"],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Sophie", "Thierry", "Chloé", "Nicolas", "Amandine", "Rémi",
           "Nathalie", "Benoît", "Inès", "Yannick", "Margaux", "Karim", "Agnès", "Hélène", "Loïc", "Manon", "Fatou", "Gaël"],
    "en": ["Emily", "James", "Olivia", "Liam", "Charlotte", "Harry", "Sophie", "Callum", "Aoife", "Priya", "Ben",
           "Megan", "Tom", "Grace", "Declan", "Hannah", "Ryan", "Niamh", "Oliver", "Zara", "Connor", "Amelia"],
}
LAST = {
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter",
           "Wolf", "Krämer", "Neumann", "Schwarz", "Zimmermann", "Braun", "Hartmann", "Lange", "Yılmaz", "Kowalski", "Vogt"],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
           "Laurent", "Lefèvre", "Michel", "Garcia", "Fournier", "Girard", "Bonnet", "Mercier", "N'Diaye", "Rousseau"],
    "en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walsh", "Murphy",
           "O'Brien", "Patel", "Khan", "Hughes", "Edwards", "Campbell", "Kelly", "Wright", "Clarke", "Byrne"],
}
STREET = {
    "de": ["Hauptstraße 12", "Lindenallee 4a", "Bahnhofstr. 77", "Am Mühlbach 3", "Goethestraße 21", "Kirchweg 9",
           "Schillerplatz 1", "Rosenstraße 15b", "Industriestraße 40", "Lerchenweg 6"],
    "fr": ["12 rue de la République", "4 bis avenue Jean Jaurès", "77 boulevard Voltaire", "3 impasse des Lilas",
           "21 place du Marché", "9 chemin des Vignes", "15 rue Victor Hugo", "40 allée des Tilleuls"],
    "en": ["12 High Street", "4 Church Lane", "77 Station Road", "3 Mill Close", "21 Victoria Avenue", "9 Park Road",
           "15 Queen's Drive", "Flat 2, 40 King Street"],
}
CITY = {
    "de": [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"), ("70173", "Stuttgart"),
           ("04109", "Leipzig"), ("1010", "Wien"), ("8001", "Zürich"), ("01067", "Dresden"), ("28195", "Bremen")],
    "fr": [("75011", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"), ("44000", "Nantes"),
           ("67000", "Strasbourg"), ("1000", "Bruxelles"), ("1204", "Genève"), ("59000", "Lille"), ("L-1616", "Luxembourg")],
    "en": [("SW1A 1AA", "London"), ("M1 1AE", "Manchester"), ("EH1 1YZ", "Edinburgh"), ("D02 X285", "Dublin"),
           ("B1 1BB", "Birmingham"), ("LS1 4AP", "Leeds"), ("BS1 5TR", "Bristol"), ("CF10 1EP", "Cardiff")],
}
SHOP = {
    "de": ["Kaffeewerk GmbH", "Velohaus Berlin", "Outdoor Krämer", "Spielzeug-Insel", "Teppich Paradies", "Hygge Handmade",
           "Gartenzauber24", "Lampenwelt Nord"],
    "fr": ["Lumière Maison", "La Cave à Thé", "Bijoux Céleste", "Papeterie de Nantes", "Atelier du Lin", "Maison Dorée",
           "Vélo & Co", "Savonnerie du Midi"],
    "en": ["Nordic Socks Ltd", "Brewbox", "Greenleaf Tea", "Oak & Thread", "Kettle and Crumb", "Parcel Pine Co.",
           "Harbour Candles", "Little Loom"],
}

# ---- greetings / closers / fillers
GREET = {
    "de": ["Hallo", "Guten Tag", "Hi", "Moin", "Servus", "Sehr geehrte Damen und Herren,", "Hallo zusammen", "Grüß Gott",
           "Liebes Team", "hallo"],
    "fr": ["Bonjour", "Bonsoir", "Salut", "Madame, Monsieur,", "Bonjour à tous", "Coucou", "bjr", "Bonjour l'équipe"],
    "en": ["Hi", "Hello", "Hey", "Dear Sir or Madam,", "Good morning", "Hiya", "hi there", "Hello team"],
}
CLOSE = {
    "de": ["Danke!", "Vielen Dank im Voraus.", "LG", "Viele Grüße", "Mit freundlichen Grüßen", "Gruß", "Danke und schönen Tag noch",
           "bis dann", "Beste Grüße", "Merci & Gruß"],
    "fr": ["Merci !", "Merci d'avance.", "Cordialement", "Bien à vous", "Bonne journée", "Bises", "Merci beaucoup",
           "Salutations distinguées", "A+", "Belle soirée"],
    "en": ["Thanks!", "Many thanks.", "Cheers", "Kind regards", "Best wishes", "Thanks in advance", "ta", "Regards",
           "Have a good one", "Best"],
}
FILLER = {
    "de": ["Das Paket ist leider immer noch nicht da.", "Ich warte jetzt schon seit einer Woche.", "Kann mir jemand helfen?",
           "Der Artikel war beschädigt.", "Die Größe passt leider nicht.", "Bitte um kurze Rückmeldung.",
           "Ich habe zweimal bezahlt, glaube ich.", "Die Sendungsverfolgung zeigt nichts an.", "Wir sind ab Montag im Urlaub.",
           "Rückruf gerne ab 17 Uhr.", "Sorry für die späte Antwort!", "Das Formular lädt nicht.", "Ist das noch auf Lager?",
           "Bitte nicht an die Packstation schicken.", "Ich hab's schon dreimal versucht", "Wie lange dauert die Erstattung?"],
    "fr": ["Le colis n'est toujours pas arrivé.", "J'attends depuis une semaine.", "Quelqu'un peut m'aider ?",
           "L'article est arrivé abîmé.", "La taille ne convient pas.", "Merci de me répondre rapidement.",
           "J'ai été débité deux fois je crois.", "Le suivi ne donne rien.", "Nous sommes fermés le lundi.",
           "Vous pouvez me rappeler après 18h.", "Désolé pour le retard de réponse !", "Le formulaire ne marche pas.",
           "C'est encore en stock ?", "Pas de livraison en point relais svp.", "j'ai essayé trois fois", "Le remboursement prend combien de temps ?"],
    "en": ["The parcel still hasn't turned up.", "I've been waiting a week now.", "Can anyone help?", "The item arrived damaged.",
           "Wrong size unfortunately.", "Please get back to me asap.", "I think I was charged twice.", "Tracking shows nothing.",
           "We're closed on bank holidays.", "Call me back after 5pm pls.", "Sorry for the late reply!", "The form won't load.",
           "Is this still in stock?", "Please don't leave it with the neighbour.", "tried three times already", "How long does a refund take?"],
}

# ---- sentence frames per type; {v} = value
F = {
    "ORDER_NUMBER": {
        "de": ["Meine Bestellung {v} ist noch nicht angekommen.", "Bestellnummer: {v}", "Bestell-Nr. {v}", "Bestellung {v} bitte stornieren.",
               "es geht um die Bestellung {v}", "Auftragsnummer {v}", "zu meiner Bestellung ({v}) habe ich eine Frage",
               "Ich hatte am Montag bestellt, Nr. {v}.", "Wo bleibt Bestellung {v}??", "Bestellung Nr.{v} – Rücksendung",
               "Ihre Bestellung {v} wurde versandt.", "Rechnung fehlt für Bestellung {v}", "Die Bestellnr lautet {v}",
               "Kann ich bei Auftrag {v} noch die Adresse ändern?", "Ordernummer {v}", "Bestellung #{v}"],
        "fr": ["Ma commande {v} n'est toujours pas arrivée.", "N° de commande : {v}", "Commande n° {v}", "Merci d'annuler la commande {v}.",
               "c'est au sujet de la commande {v}", "Réf. commande {v}", "j'ai une question sur ma commande ({v})",
               "J'ai commandé lundi, numéro {v}.", "Où en est la commande {v} ??", "Commande {v} – retour", "Votre commande {v} a été expédiée.",
               "Il manque la facture de la commande {v}", "le numéro de commande est {v}", "Puis-je modifier l'adresse de la commande {v} ?",
               "Référence de commande : {v}", "commande #{v}"],
        "en": ["My order {v} still hasn't arrived.", "Order number: {v}", "Order no. {v}", "Please cancel order {v}.",
               "it's about order {v}", "Order ref {v}", "quick question about my order ({v})", "I ordered on Monday, number {v}.",
               "where is order {v}??", "Order {v} - return", "Your order {v} has been dispatched.", "Missing invoice for order {v}",
               "the order number is {v}", "Can I still change the address on order {v}?", "Order ID: {v}", "order #{v}"],
    },
    "EMAIL": {
        "de": ["Meine E-Mail: {v}", "bitte an {v} schreiben", "Mail an {v} kam zurück", "E-Mail-Adresse geändert auf {v}",
               "Rechnung bitte an {v}", "Erreichbar unter {v}", "Kontakt: {v}", "schick's mir an {v}", "Neue Adresse: {v}, die alte gilt nicht mehr"],
        "fr": ["Mon e-mail : {v}", "merci d'écrire à {v}", "le mail à {v} est revenu", "adresse mail changée pour {v}",
               "facture à envoyer à {v}", "Joignable à {v}", "Contact : {v}", "envoie-le-moi sur {v}", "Nouvelle adresse : {v}, l'ancienne n'est plus valide"],
        "en": ["My email: {v}", "please write to {v}", "the mail to {v} bounced", "email changed to {v}", "invoice to {v} please",
               "you can reach me at {v}", "Contact: {v}", "send it to {v}", "New address: {v}, the old one is dead"],
    },
    "PHONE": {
        "de": ["Tel.: {v}", "Ruf mich an: {v}", "Handy {v}", "Telefonnummer: {v}", "unter {v} erreichbar", "Rückruf bitte an {v}",
               "Mobil: {v}", "Festnetz {v}", "Neue Nummer: {v}", "Für den Fahrer: {v}"],
        "fr": ["Tél. : {v}", "Appelez-moi au {v}", "Portable {v}", "Numéro de téléphone : {v}", "joignable au {v}", "Rappel svp au {v}",
               "Mobile : {v}", "Fixe {v}", "Nouveau numéro : {v}", "Pour le livreur : {v}"],
        "en": ["Tel: {v}", "Call me on {v}", "Mobile {v}", "Phone number: {v}", "reachable on {v}", "Please call back on {v}",
               "Cell: {v}", "Landline {v}", "New number: {v}", "For the driver: {v}"],
    },
    "IBAN": {
        "de": ["IBAN: {v}", "Bitte erstatten auf {v}", "Meine Bankverbindung: {v}", "Kontonummer (IBAN) {v}", "Überweisung an {v}",
               "neue IBAN {v}, die alte ist gekündigt", "Erstattung bitte auf IBAN {v}"],
        "fr": ["IBAN : {v}", "Merci de rembourser sur {v}", "Mes coordonnées bancaires : {v}", "RIB / IBAN {v}", "Virement vers {v}",
               "nouvel IBAN {v}, l'ancien est clôturé", "remboursement sur l'IBAN {v} svp"],
        "en": ["IBAN: {v}", "Please refund to {v}", "My bank details: {v}", "Account (IBAN) {v}", "Transfer to {v}",
               "new IBAN {v}, the old account is closed", "refund to IBAN {v} please"],
    },
    "CREDIT_CARD": {
        "de": ["Kartennummer: {v}", "Karte {v} wurde abgelehnt", "die Kreditkarte {v} ist abgelaufen", "Zahlung mit {v}",
               "Bitte belasten Sie {v}", "meine neue Karte: {v}"],
        "fr": ["Numéro de carte : {v}", "la carte {v} a été refusée", "la CB {v} est expirée", "Paiement avec {v}",
               "Merci de débiter {v}", "ma nouvelle carte : {v}"],
        "en": ["Card number: {v}", "card {v} was declined", "the credit card {v} has expired", "Paid with {v}",
               "Please charge {v}", "my new card: {v}"],
    },
    "IP_ADDRESS": {
        "de": ["Login von {v}", "Zugriff von IP {v}", "Server-IP {v}", "bitte {v} freischalten", "gesperrt: {v}", "meine IP ist {v}"],
        "fr": ["Connexion depuis {v}", "accès depuis l'IP {v}", "IP du serveur {v}", "merci d'autoriser {v}", "bloquée : {v}", "mon IP est {v}"],
        "en": ["Login from {v}", "access from IP {v}", "server IP {v}", "please whitelist {v}", "blocked: {v}", "my IP is {v}"],
    },
}

ORDER_WORD = {
    "de": ["Bestellung", "Bestellnr.", "Bestellnummer", "Auftrag", "Auftragsnr.", "Best.-Nr."],
    "fr": ["Commande", "N° commande", "Réf. commande", "Cde", "N° de cde", "commande n°"],
    "en": ["Order", "Order no.", "Order #", "Order ref", "Order ID", "PO"],
}
INV_WORD = {"de": ["Rechnungsnr.", "Rechnung", "Rechnungsnummer"], "fr": ["Facture n°", "N° facture", "Facture"],
            "en": ["Invoice no.", "Invoice", "Invoice #"]}
CUST_WORD = {"de": ["Kundennr.", "Kundennummer", "Kd.-Nr."], "fr": ["N° client", "Réf. client", "Client n°"],
             "en": ["Customer no.", "Account no.", "Customer ID"]}

# ---- extra frames (typos, casual, formal, mixed case) appended to F
_EXTRA = {
    "ORDER_NUMBER": {
        "de": ["bestellung {v} kam nur halb an", "BESTELLNUMMER {v} !!!", "Hab die Bestellnr nicht mehr... war das {v}?", "Betreff: Reklamation zu Auftrag {v}",
               "Könnt ihr {v} (meine Bestellung) zusammen mit der nächsten verschicken?", "Bestellung vom Wochenende – Nummer {v} – bitte Status",
               "Die Bestelung {v} wurde doppelt abgebucht", "Ware aus Bestellung {v} zurückgeschickt", "Lieferung zu Bestellnummer {v} fehlt ein Teil",
               "Bestellung: {v} / Lieferadresse geändert", "laut Bestellbestätigung ist es die {v}", "Teillieferung für {v} erhalten, Rest fehlt",
               "(Bestell-Nr.: {v})", "Storno bitte – Auftragsnr {v}", "Bestellreferenz {v}", "Ich beziehe mich auf meine Order {v}"],
        "fr": ["commande {v} reçue à moitié", "NUMÉRO DE COMMANDE {v} !!!", "j'ai plus le numéro... c'était {v} ?", "Objet : réclamation commande {v}",
               "Pouvez-vous expédier {v} (ma commande) avec la suivante ?", "Commande du week-end – n° {v} – où en est-elle ?",
               "La comande {v} a été débitée deux fois", "Articles de la commande {v} renvoyés", "Il manque un article dans la commande {v}",
               "Commande : {v} / adresse modifiée", "d'après la confirmation c'est la {v}", "Livraison partielle pour {v}, le reste manque",
               "(réf. commande : {v})", "Annulation svp – cde {v}", "Référence {v} (commande)", "Je reviens vers vous pour la commande {v}"],
        "en": ["order {v} only half arrived", "ORDER NUMBER {v} !!!", "lost the order no... was it {v}?", "Subject: complaint re order {v}",
               "Could you ship {v} (my order) together with the next one?", "Weekend order - no. {v} - any update?",
               "The oder {v} was charged twice", "Sent back the items from order {v}", "One item missing from order {v}",
               "Order: {v} / address changed", "according to the confirmation it's {v}", "Partial delivery for {v}, rest missing",
               "(order ref: {v})", "Cancel pls - order {v}", "Purchase order {v}", "Following up on my order {v}"],
    },
    "EMAIL": {
        "de": ["Antwort bitte nur an {v}", "an {v} kommt nix an", "Login-Mail ist {v}", "Newsletter abbestellen für {v}", "cc: {v}", "E-Mail (privat): {v}"],
        "fr": ["répondez uniquement à {v}", "rien n'arrive sur {v}", "mon identifiant est {v}", "désinscrire {v} de la newsletter", "cc : {v}", "Mail perso : {v}"],
        "en": ["reply only to {v} please", "nothing arrives at {v}", "login email is {v}", "unsubscribe {v} from the newsletter", "cc: {v}", "Personal email: {v}"],
    },
    "PHONE": {
        "de": ["bin tagsüber unter {v}", "WhatsApp: {v}", "Tel (Büro) {v}", "bitte SMS an {v}", "Notfallnummer {v}", "Fax {v}"],
        "fr": ["dispo en journée au {v}", "WhatsApp : {v}", "Tél (bureau) {v}", "par SMS au {v} svp", "Numéro d'urgence {v}", "Fax {v}"],
        "en": ["during the day on {v}", "WhatsApp: {v}", "Tel (office) {v}", "text me on {v}", "Emergency number {v}", "Fax {v}"],
    },
    "IBAN": {
        "de": ["Kontoverbindung geändert – neu: {v}", "Gutschrift bitte auf mein Konto {v} (Sparkasse)", "Lastschrift von IBAN {v} zurückgegeben"],
        "fr": ["RIB modifié – nouveau : {v}", "avoir à verser sur mon compte {v}", "prélèvement rejeté sur l'IBAN {v}"],
        "en": ["bank details changed - new: {v}", "credit my account {v} please", "direct debit from IBAN {v} bounced"],
    },
    "CREDIT_CARD": {
        "de": ["Visa/Master: {v}", "KK-Nr {v} gültig bis 09/28", "Abbuchung von Karte {v} doppelt", "hab die Karte {v} gesperrt"],
        "fr": ["CB : {v}", "n° CB {v} exp 09/28", "double débit sur la carte {v}", "j'ai fait opposition sur la carte {v}"],
        "en": ["Visa/MC: {v}", "CC no {v} exp 09/28", "double charge on card {v}", "I've cancelled card {v}"],
    },
    "IP_ADDRESS": {
        "de": ["Angriff von {v} geblockt", "Kunde sitzt hinter {v}", "VPN-Exit {v}", "Fail2ban hat {v} gesperrt"],
        "fr": ["attaque depuis {v} bloquée", "le client est derrière {v}", "sortie VPN {v}", "fail2ban a banni {v}"],
        "en": ["attack from {v} blocked", "customer is behind {v}", "VPN exit {v}", "fail2ban banned {v}"],
    },
}
for _t, _d in _EXTRA.items():
    for _l, _lst in _d.items():
        F[_t][_l] = F[_t][_l] + _lst
