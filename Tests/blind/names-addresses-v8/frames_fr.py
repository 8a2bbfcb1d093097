# -*- coding: utf-8 -*-
# French frames (v8), hand-written.
FRAMES = [
("email", "bonjour_adresse", """{!p3=f}Bonjour {p1:given|greeting},

merci pour votre rappel. Comme convenu, la commande {ord} doit partir chez {g2:mon frère|ma sœur} {p2:full|relation} :

{a1:multi|address_block}

{p2:given|repeat} est là en journée. Sinon, merci de laisser le colis à {p3:full|relation}, la voisine du rez-de-chaussée.

Bien cordialement,
{p4:sig|signoff}"""),
("email", "attention_de", """Madame, Monsieur,

merci d'adresser l'avoir à l'attention de {TL1} {p1:any|role} :

{a1:multic|address_block}

Pour toute question, contactez {p2:full|role} de notre comptabilité au {ph}.

Cordialement,
{p3:sig|signoff}
{n:JOB}"""),
("chat", "client_chat", """[{time}] Client : bonjour, mon colis a été remis à {p1:full|third_party}, je ne connais pas cette personne
[{time}] Conseiller {p2:given|signoff} : Désolé ! Quelle adresse de livraison avez-vous indiquée ?
[{time}] Client : {a1:line|prose}
[{time}] Conseiller {p2:given|signoff} : Merci. Selon {n:CARRIER}, {p1:given|repeat} a signé. J'ouvre une enquête."""),
("sloppy_chat", "sloppy_voisine", """{!p1=f}jpp le colis est encore chez {p1:lowerg|third_party} d'en face
elle habite {a1:street|prose}
tu peux dire à {p2:lower|relation} que c'est {g2:mon cousin|ma cousine} qui passe le chercher, {p2:lowerg|repeat} a la clé
bisous {p3:lowerg|signoff}"""),
("sms", "sms_relais", """{n:CARRIER} : votre colis pour {p1:upper|role} est disponible au point relais de {p2:full|role}, {a1:line|prose}. Code de retrait {d2}{d2}."""),
("voice_transcript", "vocal_fr", """[Message vocal] oui bonjour c'est {p1:lower|subject} euh j'appelle pour la commande de {g2:mon père|ma mère} {p2:lower|relation} {g2:il|elle} habite maintenant {a1:lower|prose} et le colis est parti à l'ancienne adresse voilà rappelez-moi au {ph} merci"""),
("form", "formulaire_upper", """BON DE LIVRAISON
NOM : {p1:sfup|form_label}
ADRESSE : {a1:upper|form_label}
DESTINATAIRE : {p2:upper|form_label}
INTERPHONE : {p3:upsur|delivery_note}
REMARQUE : SI ABSENT, BOÎTE AUX LETTRES {p1:upsur|delivery_note}"""),
("crm_note", "crm_fr", """Note du {date} : appelant vérifié comme {p1:any|role}. Le titulaire de la carte est {p2:full|role}. {p1:given|repeat} affirme que {p2:given|subject} a validé la commande {ord} pour {a1:line|prose}. Rappel prévu par {p3:init|role}."""),
("marketplace", "vendu_fr", """Bonne nouvelle, votre article « {n:PRODUCT} » a été vendu !
Acheteur : {p1:any|role}
Adresse d'expédition :
{p1:full|address_block}
{a1:multic|address_block}
Merci d'expédier sous 3 jours. Une question ? Écrivez à {p1:given|repeat} via l'appli."""),
("review", "avis_fr", """★★★★☆ Acheté pour {g1:mon collègue|ma collègue} {p1:full|relation}, {p1:given|subject} a adoré. Le livreur, {p2:given|third_party}, a monté le colis au 5e sans ascenseur. Une étoile en moins : l'étiquette {n:BRAND} était déchirée. – {p3:init|signoff}"""),
("delivery_note", "consigne_fr", """Consigne de livraison : {a1:any|delivery_note}. Sur la boîte aux lettres : {p1:upsur|delivery_note}. À l'interphone, sonner chez {p2:sur|delivery_note}. En cas d'absence, déposer chez {p3:full|relation}, {g3:mon voisin|ma voisine} du 2e."""),
("ticket", "ticket_fr", """Ticket {tix} – mauvais destinataire
{g1:Le client|La cliente} {p1:sfirst|form_label} signale que le colis {ord} a été remis à {p2:mid|third_party} (signature « {p2:init|third_party} »).
Adresse du compte :
{a1:multi|address_block}
Traité par : {p3:full|role}"""),
("email", "citation_fr", """Salut {p1:given|greeting},

tu peux regarder ça ?

Le {date}, {p2:full|quote_header} a écrit :
> Bonjour,
> {g3:mon fils|ma fille} {p3:full|relation} a commandé à l'ancienne adresse :
> {a1:multi|address_block}
> {p3:given|repeat} a déménagé. Merci d'annuler.
> {p2:sig|signoff}

Merci, {p4:sig|signoff}"""),
("chat", "chez_fr", """[{time}] {p1:given|form_label} : merci d'envoyer le remplacement chez {p2:full|role}, {a1:line|prose}
[{time}] Support : noté. On met « à l'attention de {p1:full|role} » sur l'étiquette ?
[{time}] {p1:given|form_label} : oui, et si personne ne répond, sonnez chez {p3:sur|delivery_note}"""),
("email", "signature_fr", """Bonjour,

{p1:full|subject}, de votre service client, m'a dit d'envoyer ma nouvelle adresse par mail. Je n'habite plus à {n:CITY}.

{a1:multic|address_block}

Bien à vous,
{p2:sig|signoff}
{n:JOB} – {n:COMPANY}
{ph}"""),
("sloppy_chat", "sloppy_coloc", """{p1:lowerg|subject}: qui a commandé le mixeur
{p2:lowerg|subject}: pas moi c'est {p3:lower|third_party}
{p1:lowerg|repeat}: il est arrivé {a1:lower|prose} personne connaît
{p3:lowerg|repeat}: oups c'est mon ancienne adresse dsl"""),
("email", "titulaire", """Madame, Monsieur,

j'écris au nom {g1:du titulaire du compte, M.|de la titulaire du compte, Mme} {p1:sur|title_surname}, actuellement {g1:hospitalisé|hospitalisée}. Merci de résilier l'abonnement et d'envoyer le dernier colis à {g2:son petit-fils|sa petite-fille} {p2:full|relation} :

{a1:multi|address_block}

Veuillez agréer mes salutations distinguées.
{p3:mid|signoff}"""),
("form", "formulaire_fr", """Demande de retour
Nom : {p1:full|form_label}
Rue : {a1:street|form_label}
E-mail : {e1}
Motif : article abîmé ; {p2:full|subject} de l'entrepôt l'a confirmé par téléphone.
Signature : {p1:init|signoff}"""),
("chat", "destinataire_fr", """[{time}] Cliente : on peut mettre {p1:any|role} comme destinataire ? {g1:Il|Elle} récupère le colis pour moi.
[{time}] Conseiller : bien sûr. L'adresse reste {a1:line|prose} ?
[{time}] Cliente : non, plutôt {a2:line|prose}
[{time}] Conseiller : c'est fait. Autre chose, {TL2} {p2:sur|title_surname} ?"""),
("email", "immeuble", """Bonjour,

nous sommes trois en colocation au {a1:line|prose}. Les colis de {p1:full|third_party}, de {p2:full|third_party} et les miens finissent au numéro {d2}. {p2:given|subject} devait parler au livreur, sans effet. {p1:sur|repeat} a même perdu un recommandé.

Merci,
{p3:sig|signoff}"""),
("email", "coucou", """Coucou {p1:given|greeting},

{g2:mon ami|mon amie} {p2:full|relation} a commandé le {n:PRODUCT} sur mon compte pour l'anniversaire de {p3:given|third_party}. Tu peux l'expédier chez {p2:given|repeat} ?

{a1:multi|address_block}

Bises,
{p4:sig|signoff}"""),
("ticket", "interne_fr", """Interne : {p1:full|subject} (compta) demande pourquoi la facture de {ord} indique {p2:sfup|form_label} comme acheteur. Adresse de livraison : {a1:country|prose}. {p1:given|repeat} attend une réponse vendredi. cc {p3:init|role}"""),
]

PS = [
    "PS : {w}", "PS : j'ai aussi commandé le {n:PRODUCT}.", "PS : le tote bag {n:TITLE} est génial !",
    "PS : la veste {n:BRAND} est-elle de retour ?", "PS : le magasin {n:STORE} était fermé dimanche.",
    "PS : le suivi {n:CARRIER} ne marche plus.", "PS : l'affiche {n:PUBLIC_FIGURE} est bien arrivée.",
    "PS : je pars de {n:PLACE} lundi.", "PS : {n:SHOP} à côté a eu le même souci.",
    "PS : je ne suis pas à {n:CITY} avant le 20.", "PS : notre {n:JOB} est absent cette semaine.",
]

NEG_FRAMES = [
("email", "neg_marques", """Bonjour,

est-ce que {n:BRAND} taille comme {n:BRAND} ? J'en ai acheté un chez {n:STORE} à {n:CITY} l'an dernier. Le {n:PRODUCT} part-il avec {n:CARRIER} ou {n:CARRIER} ?

Merci"""),
("review", "neg_avis", """{w} Commandé le coffret {n:TITLE} et un mug {n:PUBLIC_FIGURE}. Livré par {n:CARRIER}, intact. Le papier cadeau de {n:SHOP} était joli."""),
("chat", "neg_chat_fr", """[{time}] Client : vous livrez au {n:POSTCODE} ?
[{time}] Conseiller : oui, {n:CARRIER} dessert ce secteur. Notre {n:JOB} confirme le créneau.
[{time}] Client : et le {n:PRODUCT} ? je l'ai vu chez {n:STORE}."""),
("sloppy_chat", "neg_sloppy_fr", """mdr le {n:PRODUCT} est arrivé dans un carton {n:BRAND}, ma fille a cru que c'était de {n:PUBLIC_FIGURE}
le relais c'est vers {n:PLACE} au fait"""),
("ticket", "neg_ticket_fr", """Ticket {tix} : colis bloqué au dépôt {n:CARRIER} de {n:CITY}. {w} Article : {n:PRODUCT}. Visuel de l'annonce : {n:TITLE}."""),
("email", "neg_societe_fr", """Bonjour,

nous revendons {n:COMPANY} et {n:COMPANY}. Votre {n:JOB} peut-il nous envoyer la grille tarifaire ? Nous expédions depuis {n:CITY}, code postal {n:POSTCODE}.

Cordialement, le service achats"""),
]
