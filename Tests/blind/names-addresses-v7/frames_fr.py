# French frames for names-addresses-v7.

FRAMES = [
("fr_redirection_rel", "email", "pii", """Bonjour {B.given:greeting},

Petite question sur la commande {ORD} : je serai absent(e) le {D}, donc c'est {A.rel}, {A.any:relation}, qui réceptionnera le colis. {A.He} habite juste à côté, au {X.line:prose}. Pouvez-vous modifier la livraison ?

Merci beaucoup,
{C.sig:signoff}
{C.phone}"""),

("fr_reponse_citee", "email", "pii", """Bonjour,

toujours rien reçu, voir l'échange ci-dessous.

Cordialement,
{C.full:signoff}
{Q}
Le {D}, {B.full:quote_header} <{B.email}> a écrit :
> {C.tsur:title_surname},
>
> Merci de votre patience. D'après l'entrepôt, le colis est parti avec {N.CARRIER} à destination de {X.line:prose}.
> En cas d'absence, il a sans doute été remis à {A.tsur:quoted}, au rez-de-chaussée.
>
> Bien cordialement,
> {B.sig:signoff}
> {N.JOB_TITLE}"""),

("fr_chat_collegue", "chat", "pii", """[{T}] client : bonjour, c'est {A.rel} qui va récupérer la commande au point relais de {N.CITY} le {D}, c'est possible ?
[{T}] conseiller {B.given:role} : Bien sûr ! À quel nom est la commande ?
[{T}] client : au mien, {C.upper:form_label}. La personne qui vient s'appelle {A.full:relation}
[{T}] conseiller {B.given:role} : Merci. {A.given:relation} devra présenter une pièce d'identité et le numéro {ORD}.
[{T}] client : parfait merci"""),

("fr_bon_livraison", "delivery_note", "pii", """BON DE LIVRAISON {ORD}
Destinataire : {C.upper:role}
{X.ml:address_block}
Consigne livreur : en cas d'absence, déposer chez {A.rel} ({A.tsur:delivery_note}, n° {NUM}), pas dans la boîte aux lettres. Interphone : {C.upsur:delivery_note} / {B.sur:delivery_note}"""),

("fr_avis_vendeuse", "review", "pii", """{A=f}★★★★☆ Acheté le {N.PRODUCT} pour un cadeau. La vendeuse chez {N.STORE}, {A.given:role} je crois, a été adorable et a tout emballé. Une étoile en moins parce que le carton avait un autocollant {N.PUBLIC_FIGURE} dessus."""),

("fr_sms_soeur", "sms", "pii", """coucou c {C.given:signoff}, tu peux envoyer le 2e colis chez {A.rel} plutôt ? {A.full:relation}, {X.line:prose}. {A.he} est là toute la journée"""),

("fr_pour_le_compte", "email", "pii", """{B.tfull:greeting},

Je vous écris pour le compte de {A.rel}, {A.mid:relation}, qui a commandé le {N.PRODUCT} la semaine dernière mais n'a pas d'adresse e-mail. Merci de m'adresser vos questions. L'adresse de livraison reste :

{X.ml:address_block}

Veuillez agréer mes salutations distinguées,

{C.sig:signoff}
Tél. {C.phone}
{C.email}"""),

("fr_transfert", "email", "pii", """Quelqu'un peut reprendre ce dossier ? Je suis en congé à partir de demain.

{B.given:signoff}
{Q}
---------- Message transféré ---------
De : {A.full:quote_header} <{A.email}>
Date : {D}
Objet : mauvaise taille

Bonjour,

J'ai reçu la chemise {N.BRAND} en XL au lieu de M. Je l'ai déjà renvoyée, l'étiquette retour indiquait {X.line:prose}. C'est bien ça ?

Merci,
{A.given:signoff}"""),

("fr_leboncoin", "marketplace", "pii", """Message de l'acheteur :
Bonjour {B.given:greeting}, j'adore le sac {N.BRAND} ! Vous pourriez l'envoyer directement à {A.rel} ? {A.He} est étudiant(e) :
{A.full:relation}
{X.ml:address_block}
Je paie les frais de port en plus. Bonne journée, {C.full:signoff}"""),

("fr_ticket_appel", "ticket", "pii", """{A=m}Ticket {NUM}{NUM} | canal : téléphone | agent : {B.init:role}
Appelant vérifié : {C.full:role} (date de naissance + code postal). Selon l'appelant, le voisin {A.full:relation} a signé pour le colis le {D} mais dit ne pas l'avoir. Le voisin habite {X.line:prose}. Transmis au service réclamations {N.CARRIER}."""),

("fr_chat_brouillon", "sloppy_chat", "pii", """{A=f}dsl ma coloc {A.lower:relation} a commandé le pull {N.WORD} sur mon compte par erreur, vous pouvez juste l'envoyer au {X.low:prose} ?? merci"""),

("fr_fil_long", "email", "pii", """{D=f}Bonjour {B.given:greeting},

Merci pour le remboursement rapide. Dernière chose : le remplacement doit aller au bureau, pas à la maison. Notre standardiste {A.full:role} réceptionne tout.

Bien à vous,
{C.mid:signoff}
{N.JOB_TITLE} – {N.COMPANY}
{C.phone}
{Q}
> De : {B.full:quote_header}
> Envoyé : {D}
> À : {C.full:quote_header}
> Objet : Votre retour
>
> Bonjour {C.tsur:greeting},
> Le remboursement de la commande {ORD} est validé. Le vendredi, c'est ma collègue {D.full:quoted} qui gère la boîte.
> {B.given:signoff}"""),

("fr_cadeau_prose", "chat", "pii", """C'est une surprise pour les 80 ans de {A.rel}, merci de ne pas mettre la facture dans le colis. Livrez à {A.full:relation}, {X.line:prose} – {A.he} entend mal, frappez fort ! Sur la carte : « Avec tout notre amour, {C.given:mention} et {D.given:mention} »."""),

("fr_formulaire", "form", "pii", """Nom : {C.upper:form_label}
Destinataire secondaire : {A.full:role}
Lien : {A.relword}
Adresse :
{X.ml:address_block}
Téléphone : {C.phone}
Commentaire : sonner deux fois, bâtiment au fond de la cour"""),

("fr_boite_postale", "email", "pii", """Bonjour,

Merci d'envoyer la facture à notre boîte postale, le courrier n'arrive pas à l'atelier :

À l'attention de {C.full:role}
{X.pobox}

Merci,
{C.given:signoff}"""),

("fr_rue_seule", "chat", "pii", """je rentre pas avant 18h mais {A.given:relation} ({A.rel}, {X.st}) peut le prendre. c'est ok pour {N.CARRIER} ?"""),

("fr_signature", "email", "pii", """Bonjour,

Le {N.PRODUCT} est arrivé abîmé, photo en pièce jointe. Un remplacement à la même adresse que la dernière fois me convient.

--
{C.sig:signoff}
{X.line:address_block}
{C.email}"""),

("fr_gardien", "chat", "pii", """{A=f}Client : le suivi dit livré mais je n'ai rien
{B.full:role} (SAV) : Désolé ! Le livreur a noté « remis à {A.full:delivery_note}, appt {NUM} ». Vous connaissez cette personne ?
Client : ah {A.given:relation} c'est la gardienne de l'immeuble. ok je lui demande, merci {B.given:greeting}"""),

("fr_co_chez", "email", "pii", """Bonjour,

Pendant les travaux, merci de livrer chez {A.rel} :

{C.full:address_block}
c/o {A.full:role}
{X.ml:address_block}

Bonne journée,
{C.given:signoff}"""),

("fr_brouillon_voisin", "sloppy_chat", "pii", """bon je suis absente jusqu'a dimanche, {A.rel} {A.lowerg:relation} a les clés et va le récupérer, {A.he} habite {X.low:prose}. sinon laissez le a {B.lower:delivery_note} en bas mdr"""),

("fr_prose_retrait", "chat", "pii", """Bonjour ! Petit changement : c'est {A.rel} de la compta, {A.sfirst:relation} (oui, nom d'abord, c'est comme ça qu'on signe ici), qui viendra chercher la commande. Sinon envoyez-la à son domicile : {X.line:prose}. Merci d'avance, {C.full:signoff}"""),

("fr_citation_signature", "email", "pii", """Désolé de relancer – du nouveau ?
{C.init:signoff}
{Q}
> Le {D}, {C.full:quote_header} a écrit :
> Bonjour {B.given:greeting},
> ma commande {N.BRAND} n'est jamais arrivée. {A.Rel}, {A.full:relation}, était là toute la journée et n'a vu aucune camionnette.
>
> Merci
> {C.sig:signoff}
> {X.mlq:address_block}
> {C.phone}"""),

# hard-negative frames
("fr_neg_marque", "chat", "neg", """Vous avez encore du {N.BRAND} ou du {N.BRAND} ? Je cherche un truc comme le {N.PRODUCT}, mais moins cher. Chez {N.STORE} ma taille est épuisée."""),
("fr_neg_sujet", "review", "neg", """Superbe livre sur {N.PUBLIC_FIGURE}, livrée vite. J'ai aussi pris le DVD « {N.TITLE} » et une affiche de {N.PUBLIC_FIGURE}. Emballage {N.CARRIER} correct."""),
("fr_neg_lieux", "chat", "neg", """{N.GREETING}, vous livrez à {N.CITY} ou seulement à {N.CITY} ? Mon code postal commence par {N.POSTCODE}. Je peux aussi récupérer près de {N.PLACE}."""),
("fr_neg_boutique", "review", "neg", """J'achetais ça chez {N.SHOP} avant qu'ils ferment. La couleur {N.WORD} est jolie, un peu comme le {N.PRODUCT} de {N.BRAND}. Je recommande.
{N.SIGNOFF}"""),
("fr_neg_societe", "ticket", "neg", """Commande B2B pour {N.COMPANY}, livraison sur le site {N.COMPANY} de {N.CITY}. Contact : {N.JOB_TITLE}. Transporteur {N.CARRIER}. Aucune donnée personnelle dans ce ticket."""),
("fr_neg_mixte", "email", "neg", """{N.GREETING},

Le coffret « {N.TITLE} » est-il de nouveau disponible ? Et l'écharpe {N.WORD} de {N.BRAND}, existe-t-elle en {N.WORD} ?

{N.SIGNOFF}"""),
]
