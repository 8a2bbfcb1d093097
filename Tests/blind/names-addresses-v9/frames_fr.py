# French sentence frames (same token syntax as frames_en). {GF2}/{GM2} force the gender of person 2.
GREET = [
    "Bonjour {P1:g:gr},", "Bonjour {T1} {P1:s:ts},", "Cher{G1:|e} {P1:g:gr},", "Salut {P1:g:gr} !", "Coucou {P1:g:gr},",
    "{T1} {P1:f:ts},", "Bonsoir {P1:g:gr},", "Madame, Monsieur,", "Bonjour {P1:f:gr},", "Cher{G1:|e} {T1} {P1:s:ts},", "Hello {P1:lg:gr}",
    "{P1:g:gr},", "Bonjour {P1:g:gr} et toute l'équipe,", "Re-bonjour {P1:g:gr},", "À l'attention de {P1:f:ro},", "Bien le bonjour {P1:g:gr} !",
]
SIGN = [
    "Cordialement,\n{P0:sig:si}", "Bien à vous,\n{P0:f:si}", "Merci, {P0:g:si}", "Bonne journée,\n{P0:f:si}\n{PH}", "Bises, {P0:g:si}",
    "Cdlt\n{P0:i:si}", "Salutations distinguées,\n\n{P0:f:si}", "À bientôt,\n{P0:g:si}", "Bien cordialement,\n{P0:mid:si}\n{N:JOB_TITLE}",
    "Merci d'avance,\n{P0:f:si} ({E0})", "Amicalement, {P0:lg:si}", "Belle soirée,\n{P0:sig:si}", "-- \n{P0:f:si}\n{N:JOB_TITLE}, {N:STORE}",
    "Veuillez agréer mes salutations.\n{P0:sf:si}",
]
TP = [
    "C'est {P2:g:su} qui a préparé le colis, ses initiales sont sur le bordereau.",
    "Demandez à {P2:g:ob} à l'accueil, {G2:il|elle} est au courant.",
    "{P2:name:su} m'a dit que le remplacement partirait {N:WEEKDAY}.",
    "J'ai parlé avec {P2:g:ob} hier.",
    "{GM2}Mon collègue {P2:f:re} a déjà rempli le formulaire.",
    "{GM2}Le livreur, {P2:g:tp}, l'a encore laissé à côté des poubelles.",
    "{P2:f:su} de votre entrepôt m'a appelé{C:|e} à {TM}.",
    "{GF2}Une amie qui a commandé la même chose, {P2:f:tp}, a eu exactement ce problème.",
    "{P2:g:su} et {P3:g:su} se sont connectés tous les deux sur le compte commun.",
    "Merci de transmettre à {P2:name:ob}, c'est {G2:lui|elle} qui gère nos factures.",
    "La dernière fois, {P2:g:su} avait réglé ça en cinq minutes.",
    "Dans son avis, {P2:f:tp} écrit que la charnière casse.",
    "Quand j'ai appelé, {P2:g:su} m'a fait patienter quarante minutes.",
    "Je mets {P2:f:ob} en copie.",
    "{P2:g:su} m'a dit de garder l'emballage.",
    "Est-ce que {P2:name:su} peut confirmer la nouvelle date ?",
    "On a pris le devis que {P2:g:tp} nous a envoyé en {N:MONTH}.",
    "{P2:f:su} est en arrêt, c'est {P3:f:su} qui reprend ses dossiers.",
    "Merci à {P2:g:ob} pour la relance !",
    "{GM2}C'est mon colocataire {P2:g:re} qui a signé, pas moi.",
    "J'ai rendu l'ancien appareil à {P2:name:ob} à la caisse.",
    "{GM2}Le technicien, {P2:name:tp}, dit que le fusible est bon.",
    "{P2:g:su} à l'accueil fera entrer votre chauffeur.",
    "Apparemment {P2:f:su} a validé le remboursement.",
    "Franchement, {P2:g:su} est la seule personne qui m'a aidé.",
    "Un{G2:|e} certain{G2:|e} {P2:f:tp} reçoit mon courrier depuis des mois.",
    "J'écris au nom de {P2:f:ob}, qui n'a pas d'adresse mail.",
    "{P2:init:su} de la compta a besoin du numéro de bon de commande.",
    "{GM2}Le monteur, {P2:g:tp}, a oublié deux vis.",
    "Dites à {P2:g:ob} que la clé est sous le pot de fleurs.",
    "{P2:g:su} pense que c'est un défaut de fabrication.",
    "{GF2}Notre voisine {P2:f:re} a vu la camionnette repartir sans sonner.",
    "On est clients depuis que {P2:g:su} tenait l'ancienne boutique.",
    "C'est {P2:name:su} qui m'a servi{C:|e} {N:WEEKDAY} matin.",
    "{P2:f:su} et moi partageons le compte.",
    "Est-ce que {P2:g:su} vous a envoyé les photos ?",
    "La commande de {P2:g:ob} est arrivée en deux cartons.",
    "Je crois que {P2:name:su} a inversé nos deux colis.",
    "Si {P2:g:su} appelle, dites-{G2:lui|lui} que c'est réglé.",
    "Invitez {P2:f:ob} et {P3:f:ob} à la visite.",
    "{GF2}Ma responsable, {P2:f:re}, veut une réponse écrite.",
    "{P2:g:su} du magasin {N:STORE} m'a promis l'alignement de prix.",
    "Un grand merci à {P2:f:ob} du service retours.",
    "C'est {P2:g:su} qui a ouvert le carton, pas le livreur.",
    "Le colis a été signé « {P2:s:tp} », je ne connais personne de ce nom.",
    "{GF2}Votre collègue {P2:g:re} m'avait promis un bon d'achat.",
    "{P2:f:su} du bailleur vous ouvrira la porte.",
    "J'ai rencontré {P2:g:ob} au salon et {G2:il|elle} m'a conseillé ce modèle.",
    "Est-ce que {P2:g:su} ou {P3:g:su} peut le récupérer à ma place ?",
    "j'ai parlé avec {P2:lg:ob} hier, rien de neuf",
]
REP = [
    "{P2:ref:rm} s'est beaucoup excusé{G2:|e}.", "{P2:ref:rm} a mon numéro.", "Encore une fois, {P2:ref:rm} connaît toute l'histoire.",
    "Aucune nouvelle de {P2:ref:rm} depuis.", "{P2:ref:rm} a même envoyé une photo.", "Je demanderai à {P2:ref:rm} ce soir.",
    "Ne l'envoyez plus chez {P2:ref:rm}, s'il vous plaît.", "C'est ce que {P2:ref:rm} m'a expliqué, en tout cas.", "{P2:ref:rm} rentre après 18 h.",
    "Appelez {P2:ref:rm} si vous ne trouvez pas.", "{P2:ref:rm} peut confirmer.", "D'après {P2:ref:rm}, c'est la troisième fois.",
    "J'ai donné le ticket à {P2:ref:rm}.", "Merci aussi à {P2:ref:rm} !",
]
REL = [
    "{G2:Mon mari|Ma femme} {P2:f:re} le réceptionnera.", "{GF2}Ma belle-sœur {P2:g:re} habite là maintenant.", "{GM2}C'est un cadeau pour mon petit-fils {P2:g:re}.",
    "{GF2}Ma mère, {P2:f:re}, a commandé avec ma carte.", "{GM2}Notre fils {P2:g:re} utilise le compte.", "{G2:Mon compagnon|Ma compagne} {P2:g:re} ouvrira peut-être.",
    "{GM2}Notre propriétaire, {P2:f:re}, a un double des clés.", "{GM2}Mon oncle {P2:name:re} passe le chercher.", "{GF2}C'est pour l'anniversaire de ma fille {P2:g:re}.",
    "{GF2}Mon aide à domicile, {P2:f:re}, me lit mes mails.", "{GF2}Facture à envoyer à ma comptable, {P2:f:re}.", "{GM2}Mon frère {P2:f:re} a déménagé.",
    "{GF2}C'est notre sous-locataire {P2:g:re} qui a commandé.", "{GF2}Ma cousine {P2:f:re} vous a recommandés.", "{GF2}Mamie {P2:g:re} a hâte de le recevoir.",
]
ROLE = [
    "Titulaire de la carte : {P2:form:fl}", "Le titulaire du compte est {P2:f:ro}.", "Destinataire : {P2:form:fl}", "À l'attention de {P2:f:ro}",
    "à l'attention de {T2} {P2:f:ro}", "Appelant{G2:|e} vérifié{G2:|e} : {P2:f:ro} (date de naissance + code postal).", "c/o {P2:f:ro}", "Mandataire : {P2:form:fl}",
    "Retiré par {P2:f:ro} sur présentation d'une pièce d'identité.", "Facturé à : {P2:form:fl}", "Payeur : {P2:f:ro}", "Garant : {P2:f:ro}",
    "La commande a été passée par {P2:f:ro} en tant qu'invité.", "{P2:f:ro}, souscripteur du contrat, a déclaré le sinistre.",
    "Représentant légal : {P2:form:fl}", "Signé par : {P2:upsur:ro}", "Interlocuteur : {P2:form:fl}", "Chez {P2:f:ro}",
]
ADDR = [
    "Merci de l'envoyer au {A1:line:prose}.", "Ma nouvelle adresse : {A1:line:prose}.", "On a déménagé, c'est maintenant {A1:line:prose}.",
    "Vous pouvez livrer à mon travail ? {A1:line:prose}.", "C'est parti à mon ancien appartement, {A1:line:prose}, que j'ai quitté en {N:MONTH}.",
    "Adresse de livraison :\n{P2:form:ab}\n{A1:ml:block}", "Expédier à :\n{A1:ml:block}", "Jusqu'à vendredi je loge à cette adresse : {A1:line:prose}.",
    "La facture indique toujours {A1:line:prose}.", "L'étiquette retour doit indiquer {A1:line:prose}, pas le dépôt de {N:CITY}.",
    "Bureau : {A1:line:label}", "Adresse de facturation : {A1:line:label}", "J'habite {A1:street:prose}, la porte bleue.",
    "Déposez-le {A1:street:prose} chez le gardien.", "Adresse pour le remboursement : {A1:line:label}", "Adresse correcte :\n{A1:ml:block}",
    "svp utilisez {A1:line:prose} désormais", "Point de retrait : {A1:line:label}", "La location de vacances : {A1:line:prose}. Ça peut aller là-bas ?",
    "Lieu : {A1:line:label}",
]
DEL = [
    "Sur la sonnette c'est marqué {P2:s:dn}, pas mon nom.", "{GF2}Si personne ne répond, voyez la voisine, {P2:f:dn}, au 4.",
    "Boîte aux lettres : {P2:ups:dn} / {P3:ups:dn}", "Sonnez chez {P2:s:dn} à l'interphone.", "Laisser chez {P2:g:dn} à côté.",
    "{GM2}Le voisin {P2:f:dn} accepte de le prendre.", "Interphone : {P2:s:dn} (3e étage)", "Lieu sûr : garage. Sinon chez {P2:f:dn}, RDC gauche.",
    "Le nom sur la porte est {P2:ups:dn}.", "NE PAS laisser chez {P2:s:dn}, ils ne transmettent jamais rien.", "{GF2}Remettre à la gardienne, {P2:f:dn}.",
    "sonner chez {P2:ls:dn} ou {P3:ls:dn}",
]
AUX = [
    "Mon numéro de commande est {ON}.", "Commande {ON} : toujours rien.", "Vous pouvez me joindre au {PH}.", "Appelez le {PH} après 17 h.",
    "Répondez à {E0} svp, pas à l'ancienne adresse.", "Réf. : {ON}", "Portable : {PH}", "Le suivi de {ON} indique juste « en cours d'acheminement ».",
    "Envoyez-moi un SMS au {PH} quand vous êtes là.", "Mail : {E0}",
]
FILL = [
    "Ça fait bientôt trois semaines.", "Le carton était trempé.", "Rien dans l'appli non plus.", "Je ne veux pas attendre une semaine de plus.",
    "Y a-t-il une livraison moins chère ?", "La couleur va, la taille non.", "Merci d'avance.", "Désolé pour le long message.",
    "J'ai joint deux photos.", "Personne n'a sonné, j'étais là toute la journée.", "Je veux un remboursement, pas un avoir.",
    "C'est mon deuxième mail à ce sujet.", "Le scellé était déjà cassé.", "Pouvez-vous confirmer par mail ?", "Pas urgent, mais agaçant.",
    "Dites-moi ce qu'il vous faut.", "L'article n'a jamais été utilisé.",
]
NEGS = [
    "La veste {N:BRAND} est une taille trop petite.", "J'ai acheté {N:PRODUCT} chez {N:STORE} la semaine dernière.", "Le coloris {N:COLOUR} revient quand ?",
    "Au club de lecture on lit {N:TITLE}.", "L'affiche {N:PUBLIC_FIGURE} est arrivée pliée.", "{N:CARRIER} a tenté de livrer {N:WEEKDAY}.",
    "Ce jour-là j'étais à {N:CITY}.", "Vous livrez au {N:POSTCODE} ?", "Notre {N:JOB_TITLE} a validé le retour.",
    "C'est arrivé par {N:CARRIER}, pas par {N:CARRIER}.", "Le gâteau de {N:SHOP} était top, le colis non.", "Ils appartiennent à {N:COMPANY} maintenant ?",
    "Pour l'article {N:PRODUCT}, la notice manque.", "Le parfum {N:BRAND} a coulé dans le carton.", "Rendez-vous devant {N:PLACE}.", "En {N:MONTH} ce sera trop tard.",
    "Créneau : {N:WEEKDAY} 8 h - 12 h.", "Le plaid {N:COLOUR} paraît gris à la lumière du jour.", "Le DVD de {N:TITLE} saute au chapitre 4.",
    "{N:STORE} le faisait moins cher.", "Le coffret {N:PUBLIC_FIGURE} est incomplet.", "Votre livreur {N:CARRIER} était adorable.",
    "La lampe vient de {N:SHOP}, l'étagère de {N:STORE}.", "Quelqu'un de chez {N:COMPANY} a appelé pour la garantie.",
    "Vous avez {N:BRAND} en taille enfant ?", "Sur l'étiquette la couleur s'appelle « {N:COLOUR} ».", "Le biopic sur {N:PUBLIC_FIGURE} est sorti en {N:MONTH}.",
    "{W}", "{W}", "{W}",
]
NEGMSG = [
    "Bonjour,\n\nle manteau {N:BRAND} revient-il en {N:COLOUR} ? Chez {N:STORE} on me dit qu'il est épuisé.\n\nMerci",
    "{W} Et {N:CARRIER} livre-t-il le samedi au {N:POSTCODE} ?",
    "Avis : {N:PRODUCT} acheté pour le bureau. Solide, facile à monter, 4/5. Le mug {N:PUBLIC_FIGURE} offert est mignon.",
    "Club de lecture de {N:MONTH} : {N:TITLE}. Dispo chez {N:STORE} ou {N:SHOP}.",
    "Question pour {N:CITY} : vous expédiez par {N:CARRIER} ou {N:CARRIER} ?",
    "Pour info, la {N:JOB_TITLE} de {N:STORE} dit que les retours {N:BRAND} passent par {N:COMPANY}.",
    "{W} Les housses {N:COLOUR} de {N:SHOP} sont jolies, mais {N:PRODUCT} était rayé.",
    "On se retrouve {N:WEEKDAY} à {N:PLACE} ? Apporte le DVD {N:TITLE}.",
]

NEGS += [
    "On a appelé le chien comme {N:PUBLIC_FIGURE}, longue histoire.", "Le calendrier {N:PUBLIC_FIGURE} a la mauvaise année.",
    "Il y a un point relais près de {N:PLACE} ?", "Le livreur s'est perdu vers {N:PLACE}.", "Je déménage à {N:CITY} en {N:MONTH}.",
    "Le code postal {N:POSTCODE} est refusé à la validation.", "Est-ce que {N:POSTCODE} est en zone éloignée ?", "{N:SHOP} m'a vendu le dernier.",
    "Le logo {N:COMPANY} sur le carton était à l'envers.", "Mon fils veut le livre {N:TITLE}, pas le film.", "{W}", "{W}",
    "Un mug avec {N:PUBLIC_FIGURE} d'un côté et {N:PUBLIC_FIGURE} de l'autre.", "Notre bureau est en face de {N:PLACE}.",
    "L'envoi vers {N:CITY} a pris une éternité.", "{N:SHOP} et {N:SHOP} l'ont en stock.", "Commandé via la boutique du personnel de {N:COMPANY}.",
]
PS = ["PS : {W}", "PS : les fans de {N:PUBLIC_FIGURE} vont adorer le mug.", "PS : le {N:COLOUR}, pas le noir.", "PS : je passe souvent devant {N:PLACE}.",
      "PS : {N:CARRIER} ne sonne jamais.", "PS : {N:POSTCODE}, c'est dans votre zone ?", "PS : en {N:MONTH} je suis débordé.", "P.-S. : vu votre stand à {N:PLACE} !"]

ADDR += ["On habite maintenant {A1:street:prose}, rez-de-chaussée.", "Mamie vit désormais {A1:street:prose}, envoyez-le là-bas.", "Mon atelier est {A1:street:prose}, porte 2."]
