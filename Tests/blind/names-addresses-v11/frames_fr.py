PROSE = [
 "{P1} a encore appelé pour le remboursement.", "J'ai parlé avec {P1:o} ce matin, c'est bon.", "{P1} du {N:TEAM} dit que la facture est fausse.",
 "Tu peux demander à {P1:o} si la palette est partie ?", "{P1} et {P2} ont commandé la même lampe.", "on a donné un bon d'achat à {P1:o}.",
 "apparemment {P1} n'a jamais reçu le deuxième colis.", "{P1} est malade, {P2} la remplace.", "Merci de transférer à {P1:o}.",
 "Ma collègue {P1.given:t} a déjà vérifié le stock.", "{P1} a déposé le colis au comptoir hier.", "Elle a donné la mauvaise date à {P1:o}.",
 "Merci à {P1:o} pour la rapidité !", "{P1} devait rappeler mais rien.", "J'ai mis {P1:o} en copie, elle gère les retours.",
 "{T1} a été très patiente au téléphone.", "{P1} veut la facture à son nom.", "on a croisé {P1:o} au pop-up de {CITY}.",
 "C'est {P1} qui a signé, pas moi.", "Le livreur l'a remis à {P1:o}, la voisine.", "{P1} apporte les échantillons {N:WEEKDAY}.",
 "Je crois que {P1} a confondu les deux commandes.", "{P1} (entrepôt) a confirmé le scan à 14h02.", "demande à {P1.given:o}, elle connaît le fournisseur.",
 "La semaine dernière {P1} a renvoyé la veste {N:BRAND}.", "{P1} écrit toujours à l'ancienne adresse.", "{P1} et moi partageons la livraison.",
 "Quelqu'un a vu {P1.given:o} aujourd'hui ?", "On doit encore 24,90 € à {T1}.", "{P1} est cliente depuis 2014.",
 "Personne n'a prévenu {P1:o} que la boutique était fermée.", "{P1} a payé par {N:PAYMENT}, {P2} en espèces.", "Rappel : {P1} commence en caisse {N:WEEKDAY}.",
 "Franchement {P1} a été top, merci de lui dire.", "D'après {P1:o}, le carton était déjà ouvert.", "{P1} vous passe le bonjour",
 "Le formulaire a été rempli par {P1:o}, pas par le titulaire.", "{T1} ne veut plus recevoir le catalogue.", "{P1} a formé {P2:o} au nouveau scanner.",
 "On a déjà envoyé deux remplacements à {P1:o}.", "{P1} m'a écrit au sujet du {N:PRODUCT}.", "Puis {P1} a dit qu'elle rappellerait après déjeuner.",
]
REL = [
 "ma femme {P1:r} viendra le chercher", "Mon mari, {P1:r}, a passé la commande.", "le cadeau est pour ma grand-mère {P1:r}", "notre fils {P1.given:r} est allergique aux noix",
 "Titulaire de la carte : {P1:l}", "Titulaire du compte : {P1:l}", "Destinataire : {P1:l}", "À l'attention de {P1:l}", "c/o {P1:l}", "Appelant vérifié : {P1:l}.",
 "mon colocataire {P1:r} a signé", "c'est le compte de mon beau-frère {P1:r}", "Personne autorisée à retirer : {P1:l}", "mon conjoint {P1.given:r} a le ticket",
 "la commande a été passée par ma fille {P1:r}", "à l'attention de {P1:l}", "Interlocutrice : {P1:l}, {N:JOB_TITLE}", "Ma voisine {P1:r} peut le réceptionner.",
 "notre nounou {P1.given:r} est là après 15h", "contact d'urgence : {P1:l}", "ma mère ({P1:r}) a payé", "Réservé par {P1:l} pour {P2:l}.",
 "Mandataire : {P1:l}", "Porteur de la carte selon la banque : {P1:l}",
]
DELIV = [
 "sonnette : {P1.sur:d}", "Laisser chez le voisin {P1:d} au n° 14.", "Boîte aux lettres : {P1.sur:d} / {P2.sur:d}", "sonnez chez {P1.sur:d}, dernier bouton",
 "si absent, laisser à {P1:d} au rez-de-chaussée", "Interphone : {P1.sur:d}", "Lieu sûr : garage. Sinon à {P1.given:d}.", "le nom sur l'interphone est {P1.sur:d}",
 "porte de derrière, demander {P1.given:d}", "Remis à {P1:d} (voisin) à 11h40.", "avis de passage pour {P1:d}", "digicode 4471, appartement {P1:d}",
]
ADDR = [
 "Merci d'expédier plutôt au {A}.", "Ma nouvelle adresse : {A}.", "le colis doit partir à {A}", "Pouvez-vous changer l'adresse de livraison pour {A} ?",
 "Il a été livré par erreur au {A}.", "on habite {A} depuis mars", "la facture à {A} svp", "Adresse de retour : {A}",
 "J'habite au {AS}, premier étage.", "Première ligne de l'adresse ? {AS}.", "Elle travaille au {AS}, l'accueil signera.",
]
NEG = [
 "[[WORD:Pierre]] de lune, bague taille 54 : dispo ?", "[[WORD:Claire]]ment le carton était abîmé.", "[[WORD:Constance]] et patience, merci !", "[[WORD:Rose]] poudré ou {N:COLOUR} ?",
 "On lit {N:WORK} au club de lecture.", "Le {N:PRODUCT} est arrivé fêlé.", "La couleur {N:COLOUR} est en stock ?", "Finalement acheté chez {N:STORE}.",
 "Le poster de {N:PUBLIC_FIGURE} était plié.", "Envoyé par {N:CARRIER}, suivi bloqué.", "Rendez-vous {N:PLACE} ?", "Le lave-vaisselle {N:COMPANY} fuit toujours.",
 "Le code postal {PC} est hors zone.", "On livre {CITY} le {N:WEEKDAY}.", "Ticket déplacé dans {N:SOFTWARE} par le {N:TEAM}.", "Notre {N:JOB_TITLE} va vérifier.",
 "Déjeuner commandé chez {N:SHOP} encore", "Coloris : {N:COLOUR}, taille M", "payé par {N:PAYMENT} pendant les soldes de {N:MONTH}", "la ceinture {N:BRAND} est un cadeau",
 "{N:WORK} coffret – neuf", "[[TITLE:Madame, Monsieur]],", "[[WORD:Olive]] verte ou noire pour la tapenade ?", "[[WORD:Céleste]], ce bleu, vraiment.",
 "[[WORD:Marin]] ou classique, le pull ?", "[[WORD:Victoire]] : le colis est arrivé !",
]
CHAT = [
 "ok", "ouiii", "mdr", "j'arrive", "quelqu'un peut prendre les clés", "qui a le camion aujourd'hui ?", "👍", "dsl 10 min de retard", "colis arrivé !!",
 "{P1.given} a répondu ?", "dis merci à {P1.given:o}", "{P1.given} récupère le gâteau", "je demande à {P1.given:o}", "{P1.given} vient samedi ?",
 "{P1.given} a envoyé l'adresse : {A}", "envoie-moi ton adresse stp", "la mienne c'est {A}", "c'est marqué livré à {P1:o} ??", "carte pour {P1.given:o} signée par tout le monde",
 "{N:CARRIER} encore... jamais à l'heure", "quelqu'un connaît {N:SHOP} ?", "j'ai pris la {N:COLOUR} finalement", "on est à {N:PLACE}", "{P1.given} t'es là ?",
 "réunion déplacée à {N:WEEKDAY}", "ptdr {P1.given} 😂", "{P1} a quitté le groupe", "tu peux sonner chez {P1.sur:d}, je suis sous la douche",
]
FILL = ["Merci d'avance.", "Merci !", "Tenez-moi au courant.", "Cordialement", "Désolée pour le dérangement.", "Bien à vous.", "Pas d'urgence."]
GREET = ["Bonjour {P1.given:g},", "Bonjour {P1:g},", "{TG1},", "Salut {P1.given:g} !", "Cher {P1.given:g},", "Coucou {P1.given:g},", "Bonsoir {T1:g},"]
SIGN = ["Bien cordialement,\n{P1:f}", "Merci,\n{P1.given:f}", "Cordialement,\n{P1:f}", "Bises, {P1.given:f}", "Salutations\n{P1:f}\n{N:JOB_TITLE}", "— {P1:f}", "Bien à vous\n{P1.init:f}"]
PROSE += [
 "{T1} a récupéré la housse de canapé {N:WEEKDAY}.", "Le Dr {P1.sur:ts} a besoin des lunettes avant vendredi.", "{P1.given} a appelé deux fois puis écrit à {P2:o}.", "On rembourse {T1} dès que le retour est scanné.",
 "{P1} pense que le livreur n'a pas sonné.", "J'ai demandé une photo des dégâts à {T1}.", "{P1} a ouvert le colis et trouvé la couleur {N:COLOUR}.", "{P1.given} peut rappeler {P2.given:o} avant 17h ?",
 "{P1} a réservé l'essayage mais c'est {P2} qui est venu.", "Le chauffeur, {P1.given}, dit qu'il a frappé.", "{P1} a envoyé les photos au {N:TEAM}.", "Dis à {P1:o} que le {N:PRODUCT} est de retour.",
 "{P1} signera le devis quand {P2} l'aura validé.", "Hier {P1} s'est encore plainte de {N:CARRIER}.", "M. {P1.sur:ts} refuse l'avoir.", "{P1} préfère WhatsApp au mail.",
 "{P1.given} et sa sœur {P2.given:r} partagent la carte fidélité.", "On invite {P1:o} au lancement ?", "{P1} m'a prêté l'échelle, soyez sympas.", "Ne facturez pas la deuxième livraison à {T1}.",
 "{P1} a déménagé, faire suivre son courrier à {P2:o}.", "Notre commercial {P1.given:t} passe au magasin {N:WEEKDAY}.", "Le colis de {P1:o} est encore au dépôt.", "Mme {P1.sur:ts} demande si la veste existe en {N:COLOUR}.",
 "^^MME {P1.sur:ts} A APPELÉ TROIS FOIS CE MATIN.",
]
REL += ["mon beau-père {P1:r} a payé", "Facturé à : {P1:l}", "la carte est celle de ma tante {P1:r}", "Nom de l'adhérent : {P1:l}", "Contact sur place : {P1:l}", "mon aide-soignante {P1.given:r} a une clé", "Payeur : {P1:l}", "Nom du voyageur : {P1:l}"]
DELIV += ["la voisine {P1.given:d} (n° 9) accepte les colis", "sonnette 3 – {P1.sur:d}", "boîte aux lettres au nom de {P1.sur:d}", "remettre à {P1:d} à l'accueil", "sinon sonner chez {P1.sur:d} au-dessus", "Interphone {P1.sur:d}/{P2.sur:d}, 2e étage"]
ADDR += ["Livrer au {A}, entrée sur le côté.", "Son adresse c'est {A}, je crois.", "Ancienne adresse (à supprimer) : {A}", "Enlèvement au {A} à partir de 10h.", "Facturation : {A}, livraison identique.", "Il est souvent au {AS}."]
NEG += ["Le sac {N:BRAND} en {N:COLOUR} est sublime.", "Le {N:TEAM} est fermé le {N:WEEKDAY}.", "{N:PAYMENT} accepté chez {N:STORE} ?", "Le documentaire sur {N:PUBLIC_FIGURE} était super.", "Taxi jusqu'à {N:PLACE}, puis le train.",
        "[[WORD:Aimé]] par tous, ce modèle.", "[[WORD:Blanche]] ou écrue, la nappe ?", "[[WORD:Marguerite]]s séchées en déco, très joli.", "[[WORD:Avril]] est complet pour les livraisons.", "Le {N:JOB_TITLE} a validé la commande de {N:PRODUCT}.",
        "Les commandes sont importées de {N:SOFTWARE} chaque nuit.", "[[WORD:Soldes]] d'été à partir de {N:MONTH}.", "{N:COMPANY} rappelle la bouilloire.", "Exemplaire dédicacé de {N:WORK}."]
CHAT += ["^^DÉJÀ ENVOYÉ À {P1.given:o}", "{P1.given} tu peux vérifier", "récup au {A} à 18h ?", "c'est qui {P1.given} mdr", "mme {P1.sur:ts} du 12 a notre colis", "@{P1.given} merci pour le trajet", "m. {P1.sur:ts} rappelle plus tard"]
