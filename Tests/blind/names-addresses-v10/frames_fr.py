# Phrases françaises (écrites à la main).
GREET = [
 "Bonjour {P@R.given.greeting},", "Bonjour {T@R} {P@R.sur.greeting},", "Cher {P@Rm.given.greeting},", "Chère {P@Rf.given.greeting},",
 "Salut {P@R.given.greeting} !", "Coucou {P@R.given.greeting}", "Bonsoir {P@R.full.greeting},", "Hello {P@R.given.greeting},",
 "{T@R} {P@R.sur.greeting},", "Madame, Monsieur {P@R.sur.greeting},", "{=TITLE:Madame, Monsieur},", "Bonjour {=TITLE:Madame},",
]
SIGN = [
 "Cordialement,\n{P@W.full.signoff}", "Bien à vous,\n{P@W.full.signoff}\n{N:JOB_TITLE}", "Merci,\n{P@W.given.signoff}", "Bonne journée,\n{P@W.init.signoff}",
 "Bises,\n{P@W.given.signoff}", "Salutations distinguées,\n{P@W.mid.signoff}", "Cdlt,\n{P@W.sfup.signoff}", "Amicalement,\n{P@W.given.signoff} depuis {CITY}",
 "Bien cordialement\n{P@W.full.signoff}", "-- \n{P@W.full.signoff} | {N:JOB_TITLE}\nTél. {PH}", "À bientôt,\n{P@W.given.signoff} {P@W.sur.signoff}", "Sincères salutations,\n{P@W.full.signoff}\nService client {=COMPANY:Michelin}",
]
PROSE = [
 "{P2.any.subject} a préparé le premier colis et il est arrivé intact.", "J'ai eu {P2.any.object} au téléphone hier, {g2:il|elle} devait me rappeler.",
 "Votre collègue {P2.given.staff} a été très serviable en caisse.", "{P2.given.subject} de l'entrepôt dit que la palette est partie {N:WEEKDAY}.",
 "Le livreur, {P3m.full.staff}, a laissé un avis sans sonner.", "Pouvez-vous demander à {P2.given.object} si la facture est partie ?",
 "{P2.full.subject} et {P3.full.subject} ont commandé la même lampe, merci de ne pas regrouper les colis.",
 "Ma colocataire {P2f.given.relation} a réceptionné le colis. {P2.rep} a signé avec ses initiales.",
 "La dernière fois, {P3.any.staff} a réglé ça en une heure, {g3:il|elle} peut reprendre le dossier ?", "D'après {P2.any.object}, le remboursement a été validé le {DATE}.",
 "{P2.given.subject} passera le récupérer pour moi, {g2:il|elle} a le numéro de commande.", "Nous avons déjà remonté le problème à {P3.full.object} à la compta.",
 "Je transfère à {P2.given.object}, c'est {g2:lui|elle} qui gère l'agence de Lyon.", "Notre voisine {P4f.any.relation} a gardé le carton deux jours.",
 "{T2} {P2.sur.title_surname} de la comptabilité a confirmé le paiement ce matin.", "Merci à {P3.given.object} pour la réponse rapide !",
 "Merci de ne plus appeler {P2.given.object}, {g2:il|elle} n'a rien à voir avec cette commande.", "{P2.init.subject} a signé à 14h05.",
 "Je crois que {P2.given.subject} a inversé les étiquettes, {P2.rep} s'est déjà excusé{g2:|e}.", "{P2.given.subject} et {P3.given.subject} étaient en copie mais personne n'a répondu.",
 "Le technicien, {P3m.mid.staff}, a changé la charnière mais la porte coince encore.", "Demandez {P2.given.staff} au comptoir retours, {g2:il|elle} connaît le dossier.",
 "{P4.full.subject} m'a appelé deux fois pour les vis manquantes.", "Ma mère {P2f.given.relation} a 82 ans, merci de dire au livreur d'attendre.",
 "Une certaine {P3f.given.object} m'a dit que l'article n'est plus fabriqué.", "{P2.given.subject} est en congé jusqu'en {N:MONTH}, {P3.given.subject} assure l'intérim.",
 "Apparemment {P2.any.subject} du dépôt de Vénissieux l'a scanné comme livré.", "Envoyez les photos à {P2.given.object} et à moi svp.",
 "j'ai croisé {P3.given.object} au point relais, {g3:il|elle} m'a dit que c'était bon", "Votre conseiller {P2m.full.staff} m'a dit d'écrire ici.",
 "Le colis de {P2.given.subject} est arrivé, pas le mien.", "{P2.full.subject} (mon associé{g2:|e}) doit aussi recevoir les justificatifs.",
 "J'ai mis {P3.given.object} en copie pour confirmer la couleur.", "Le carton était ouvert, {P2.given.subject} a vu que le scotch était coupé.",
 "Le livreur {P4m.given.staff} était adorable, transmettez-lui mes remerciements.", "Bref, {P2.rep} dit une chose et {P3.rep} une autre.",
 "Mme {P3f.sur.title_surname} à l'accueil a descendu le colis à la cave.", "On a aussi eu {P3.sur.subject} de l'informatique sur le souci de connexion.",
 "Chez {P2.given.object}, au bureau, il reste l'ancienne commande.",
]
REL = [
 "Le colis est pour ma fille {P2f.full.relation}, merci de mettre son nom sur l'étiquette.", "Titulaire de la carte : {P2.full.role}", "Titulaire du compte : {P2.full.role}",
 "Destinataire : {P2.full.role}", "Mon mari {P2m.given.relation} sera là après 18h.", "Ma femme {P2f.full.relation} a passé la commande depuis son compte.",
 "C'est un cadeau pour mon neveu {P3m.given.relation}, pas de facture dans le colis svp.", "Appelant vérifié : {P2.full.role}.", "À l'attention de {P2.full.role}",
 "Chez : c/o {P2.full.role}", "À l'att. de {T2} {P2.sur.role}", "Mon conjoint {P2m.any.relation} a le même nom mais une autre carte.",
 "Mandataire : {P2.full.role}", "La procuration est au nom de mon fils {P3m.full.relation}.", "Contact d'urgence : {P2.full.role}, {PH}",
 "C'est mon assistante {P2f.given.relation} qui a commandé pour moi.", "Bénéficiaire : {P2.sfirst.role}", "Nom sur la carte : {P2.upper.role}",
 "Acheteur : {P2.full.role}", "Merci d'envoyer chez ma grand-mère, {P2f.full.relation}.", "Locataire principal{g2:|e} : {P2.full.role}", "Interlocuteur sur place : {T2} {P2.sur.role}",
]
DELIV = [
 "Interphone : {P2.upsur.delivery_note} / {P3.upsur.delivery_note}", "Si absent, laisser chez {T2} {P2.sur.delivery_note} au n° 14.",
 "Sonnez chez {P2.sur.delivery_note}, mon interphone est en panne.", "Boîte aux lettres au nom de {P2.full.delivery_note}.",
 "Déposer chez {P3.given.delivery_note} à l'épicerie en bas.", "Lieu sûr : derrière le portail, sinon voisin {P2m.full.delivery_note}.",
 "Remis au voisin {P2m.full.delivery_note} à 12h41.", "Sonnette 3, nom {P2.upper.delivery_note}.", "Frapper fort, {P2.given.delivery_note} entend mal.",
 "La voisine {P2f.sur.delivery_note} (RDC gauche) accepte les colis.", "Digicode 4512B, demander {P3.given.delivery_note}.",
 "Remis à {P2.init.delivery_note} à l'accueil.", "Ne plus déposer chez {T2} {P2.sur.delivery_note} au n° 9 SVP !",
]
ADDR = [
 "Ma nouvelle adresse est {A1.in}.", "Merci d'envoyer le remplacement au {A1.in}.", "J'habite {A1.st} et le colis n'est jamais arrivé.",
 "La facture indique encore mon ancienne adresse ({A2.in}).", "Pouvez-vous rediriger vers mon bureau : {A1.in} ?", "Livrer à :\n{A1.bl}",
 "J'ai déménagé du {A2.in} au {A1.in}, à compter du {DATE}.", "Adresse de livraison :\n{A1.bl}", "L'adresse de facturation reste {A2.in}.",
 "Je récupère au travail, {A1.st}, entre 9h et 17h.", "On est au {A1.in}, la porte bleue à côté du relais {N:CARRIER}.",
 "Adresse enregistrée : {A1.in}", "Envoyez chez ma sœur, {A1.in}.", "Expéditeur :\n{A1.bl}",
]
NEGS = [
 "Le {N:PRODUCT} est arrivé rayé.", "J'avais commandé le coloris {N:COLOUR}, pas gris.", "La veste {N:BRAND} est encore en stock ?",
 "Acheté chez {N:STORE} {N:WEEKDAY} dernier.", "{N:CARRIER} dit que c'est bloqué au hub.", "On lisait {N:WORK} au club de lecture.",
 "Les enfants adorent {N:PUBLIC_FIGURE} et voulaient le poster.", "Le point retrait est près de {N:PLACE}.", "Expédié par {N:CARRIER}, suivi {TRK}.",
 "{=WORD:Claire} et nette, la photo montre bien le défaut.", "{=WORD:Pierre} de taille ou pas, le plateau est fendu.", "{=WORD:Rose} pâle, ce n'est pas ce que j'ai commandé.",
 "{=WORD:Olive} ou kaki, peu importe, mais pas ce vert-là.", "{=WORD:Prime} de fidélité non appliquée.", "{=WORD:Fleur} de sel offerte manquante dans le colis.",
 "{=WORD:Victoire} : le colis est enfin arrivé !", "{=WORD:Constance} et patience, c'est ce qu'il faut avec vous.", "{=WORD:Colombe} en céramique cassée à l'arrivée.",
 "{=WORD:Aimé} ou pas, le produit ne marche pas.", "{=WORD:Félicité} totale à l'ouverture, puis déception.", "On ferme en {N:MONTH} pour l'inventaire.",
 "La mise à jour de {N:SOFTWARE} a cassé l'export.", "Ticket basculé dans {N:SOFTWARE}.", "C'est une pièce {N:COMPANY}, pas une générique.",
 "Le poste {N:JOB_TITLE} regardera ça {N:WEEKDAY}.", "Vers {CITY}, la livraison prend deux jours.", "Vous livrez au {PC} ?",
 "Épuisé chez {N:STORE} et chez {N:STORE}.", "L'écharpe {N:BRAND} {N:COLOUR} a un fil tiré.", "Le {N:PRODUCT} est livré avec piles ?",
 "Le {N:SHOP} prend les colis jusqu'à 19h.", "Lu dans une interview de {N:PUBLIC_FIGURE}.",
]
FILL = [
 "Merci d'avance.", "Dites-moi s'il manque quelque chose.", "C'est vraiment pénible.", "Pas d'urgence, c'est pour info.",
 "Photo en pièce jointe.", "Je suis cliente depuis des années.", "Commande passée le {DATE}.", "Numéro de suivi : {TRK}", "Ticket {TKT}", "Commande {ORD}.",
 "Vous pouvez m'appeler au {PH}.", "Montant total : {AMT}.", "Le carton allait bien, pas le contenu.", "Merci de confirmer par mail.",
 "Rien d'urgent.", "Je peux attendre la semaine prochaine.", "Je préfère un remboursement à un avoir.", "Vous pouvez vérifier ?",
]
AGENT = [
 "Je m'appelle {P@W.given.staff} et je m'occupe de votre demande aujourd'hui.", "J'ai vérifié avec {g3:mon collègue|ma collègue} {P3.given.staff} à l'entrepôt.",
 "{P3.full.staff} du service retours vous contactera sous 48 heures.", "J'ai transmis à {P3.given.staff}, {N:JOB_TITLE}.",
 "Merci pour votre patience, {T@R} {P@R.sur.title_surname}.", "Comme l'a dit {P3.given.staff}, le remboursement est en cours.",
 "Je suis désolé{g@W:|e}, {P@R.given.object}, ce n'est pas normal.", "J'ai ouvert une enquête auprès de {N:CARRIER} (réf. {TKT}).",
 "{P3.any.staff} reviendra vers vous après contrôle de l'article.", "Je vous passe {P3.given.staff}, spécialiste facturation.",
]
MARKET = [
 "Bonjour, le modèle {N:COLOUR} est toujours dispo ?", "{P@R.given.staff}, le vendeur, a dit jamais porté, mais la semelle est usée.", "Je peux passer le chercher, je suis vers {CITY}.",
 "Mon frère {P2m.given.relation} viendra le récupérer {N:WEEKDAY}.", "Envoyé en {N:CARRIER}, suivi {TRK}.", "Quel est votre nom complet pour le virement ? Le mien c'est {P@W.full.form_label}.",
 "Paiement envoyé à {P@R.full.role}, merci de vérifier.", "Vous pouvez l'envoyer au {A1.in} ?", "c'est {P2.given.subject} qui l'a acheté, pas moi",
 "Merci {P@R.given.greeting}, cinq étoiles de ma part.", "Offre : {AMT}, remise en main propre.", "L'étiquette {N:BRAND} est d'origine ?",
]
TRANS = [
 "Je peux avoir votre nom complet ?", "{P@W.full.role}.", "Et la rue ?", "{A1.st}, c'est ça.", "L'adresse complète c'est {A1.in}.",
 "Merci, {T@W} {P@W.sur.title_surname}.", "En fait c'est ma femme {P2f.given.relation} qui a commandé.", "J'ai eu {P3.given.staff} la semaine dernière.",
 "Je vous mets en attente un instant.", "Le colis est à votre nom ou au nom de {P2.given.object} ?", "D'accord, je vois la commande, {ORD}.",
 "C'était {N:CARRIER} ou l'autre ?", "Donc {P3.rep} vous a dit {N:WEEKDAY} ?", "Le mieux c'est le {PH}.",
 "Vous pouvez épeler le nom de famille ?", "Je note que {P2.given.subject} peut signer.",
]
REVIEW = [
 "Super accueil, {P3.given.staff} en caisse a été très patient{g3:|e}.", "À fuir. Le {N:PRODUCT} a lâché en une semaine.", "{P3.given.staff} m'a aidé à choisir le coloris {N:COLOUR}.",
 "Livraison {N:CARRIER} en retard mais {P3.given.staff} (le livreur) a appelé avant.", "Commandé pour mon père {P2m.given.relation}, il adore.",
 "Cinq étoiles pour {P3.full.staff} du service client !", "Pas conforme. {N:BRAND}, c'était mieux avant.", "Acheté pour une soirée {N:WORK}.",
 "Boutique près de {N:PLACE}, facile d'accès.", "{P3.any.staff} m'a remboursé sans discuter.", "Je recommande.", "Plus petit que prévu, couleur plutôt {N:COLOUR}.",
]

PROSE += [
 "{P2.sfirst.subject} est indiqué{g2:|e} comme contact, mais {P2.rep} a quitté la société en {N:MONTH}.", "Nous avons demandé à {P3.init.object} de repeser le colis.",
 "Hier {P2.given.subject} et moi avons tout déballé, {P2.rep} a trouvé le ticket dans le couvercle.", "{P4.full.subject} m'a écrit que la camionnette était en panne.",
 "Notre responsable de bureau, {P2.full.staff}, signe toutes les livraisons.", "Merci de remercier {P3.given.object} à la boutique de Nantes.",
 "Une dame qui s'appelle {P2f.given.subject} a décroché puis raccroché.", "{P3.full.subject} a regardé la vidéo : le livreur l'a laissé au portail.",
 "Je ne sais pas si {P2.given.subject} vous l'a dit, mais on a déménagé.", "Le carton portait le nom de {P2.full.object} au lieu du mien.",
 "Votre commercial {P3m.mid.staff} avait promis le retour gratuit.", "Je serai absente, {P4.given.subject} d'à côté s'en occupe.",
 "Le mois dernier {P2.any.subject} a commandé exactement la même chose sans souci.", "L'envoi est passé par {P2.given.object}, pas par moi.",
]
REL += [
 "Colis adressé à ma belle-fille {P2f.full.relation}.", "Personne à contacter : {P2.sfup.role}", "Destinataire de la facture : {P2.full.role}",
 "Le compte est encore au nom de mon défunt père, {P2m.full.relation}.", "Tutrice légale : {P2f.full.role}", "Signé par : {P2.init.role}",
]
DELIV += [
 "Interphone : taper 12 et demander {P2.given.delivery_note}.", "Déposer dans la boîte {P2.upsur.delivery_note}-{P3.upsur.delivery_note}.",
 "Si je suis absent, {g2:mon voisin|ma voisine} {P2.full.delivery_note} au 7 bis a une clé.", "Ne pas sonner chez {P2.sur.delivery_note}, bébé dort.",
 "À récupérer chez {P3.given.delivery_note} à la supérette du coin après 17h.",
]
ADDR += [
 "Livrer en point relais :\n{A1.pr}", "Point Relais choisi : {A1.pr}", "Casier : {A1.lk}", "Envoyer à ma Packstation en Allemagne : {A1.ps}",
 "Je suis au {A1.st} la plupart du temps, c'est mon atelier.", "Ancienne adresse (NE PAS utiliser) : {A2.in}",
]
NEGS += [
 "{N:PUBLIC_FIGURE} a vraiment porté ça à la télé ?", "Il y avait des bouchons vers {N:PLACE}.", "Le dépôt près de {N:PLACE} était fermé.",
 "La biographie de {N:PUBLIC_FIGURE} est de nouveau dispo ?", "Prochain créneau de livraison en {N:MONTH}.", "L'entrepôt de {CITY} est lent.",
 "Le code postal {PC} est refusé au paiement.", "Retrait à {CITY} {N:WEEKDAY}.", "Le poster de {N:PUBLIC_FIGURE} est arrivé plié.",
 "Notre magasin en face de {N:PLACE} l'a en stock.", "{=WORD:Rose} fuchsia ou {N:COLOUR}, je ne sais plus.", "{=WORD:Claire} comme de l'eau de roche : ça ne va pas.",
]
