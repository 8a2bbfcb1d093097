# Register wrappers (hand-written): the inner frame is inserted at ⟦BODY⟧, or '> '-quoted at ⟦QBODY⟧.
EN = [
    ("email_quoted", "Subject: Re: your message\n\nHi,\n\nthanks, we're looking into it and will get back to you within 48 hours.\n\nBest,\nCustomer Care · ⟦f:shop⟧\n⟦P:*:intl⟧\n\nOn ⟦N:DATE⟧ at ⟦N:TIME⟧ ⟦E:*⟧ wrote:\n⟦QBODY⟧"),
    ("email_quoted", "Forwarding this to billing.\n\n> From: ⟦E:personal⟧\n> Sent: ⟦N:DATE⟧\n>\n⟦QBODY⟧\n\n--\nSupport desk | ⟦f:shop⟧"),
    ("chat_transcript", "Chat transcript ⟦N:TICKET⟧ (⟦N:DATE⟧)\n[⟦N:TIME⟧] Visitor: ⟦BODY⟧\n[⟦N:TIME⟧] Agent: Thanks, one moment please."),
    ("ticket_export", "=== Ticket ⟦N:TICKET⟧ ===\nStatus: open\nCreated: ⟦N:DATE⟧\nDescription:\n⟦BODY⟧\n=== end ==="),
    ("marketplace_msg", "You have a new buyer message (Message ID ⟦N:UUID⟧):\n\n\"⟦BODY⟧\"\n\nReply in Seller Hub."),
]
DE = [
    ("email_quoted", "Betreff: AW: Ihre Anfrage\n\nHallo,\n\ndanke, wir kümmern uns darum und melden uns innerhalb von 48 Stunden.\n\nViele Grüße\nKundenservice · ⟦f:shop⟧\n⟦P:DE:*⟧\n\nAm ⟦N:DATE⟧ um ⟦N:TIME⟧ schrieb ⟦E:*⟧:\n⟦QBODY⟧"),
    ("email_quoted", "Weiterleitung an die Buchhaltung.\n\n> Von: ⟦E:personal⟧\n> Gesendet: ⟦N:DATE⟧\n>\n⟦QBODY⟧\n\n--\nSupport | ⟦f:shop⟧"),
    ("chat_transcript", "Chatverlauf ⟦N:TICKET⟧ (⟦N:DATE⟧)\n[⟦N:TIME⟧] Besucher: ⟦BODY⟧\n[⟦N:TIME⟧] Support: Danke, einen Moment bitte."),
    ("ticket_export", "=== Ticket ⟦N:TICKET⟧ ===\nStatus: offen\nErstellt: ⟦N:DATE⟧\nBeschreibung:\n⟦BODY⟧\n=== Ende ==="),
    ("marketplace_msg", "Neue Käufernachricht (ID ⟦N:UUID⟧):\n\n„⟦BODY⟧“\n\nBitte im Händlerportal antworten."),
]
FR = [
    ("email_quoted", "Objet : RE: votre message\n\nBonjour,\n\nmerci, nous regardons et revenons vers vous sous 48 h.\n\nCordialement,\nService client · ⟦f:shop⟧\n⟦P:FR:*⟧\n\nLe ⟦N:DATE⟧ à ⟦N:TIME⟧, ⟦E:*⟧ a écrit :\n⟦QBODY⟧"),
    ("email_quoted", "Je transfère à la compta.\n\n> De : ⟦E:personal⟧\n> Envoyé : ⟦N:DATE⟧\n>\n⟦QBODY⟧\n\n--\nSAV | ⟦f:shop⟧"),
    ("chat_transcript", "Transcription du chat ⟦N:TICKET⟧ (⟦N:DATE⟧)\n[⟦N:TIME⟧] Visiteur : ⟦BODY⟧\n[⟦N:TIME⟧] Conseiller : Merci, un instant svp."),
    ("ticket_export", "=== Ticket ⟦N:TICKET⟧ ===\nStatut : ouvert\nCréé le : ⟦N:DATE⟧\nDescription :\n⟦BODY⟧\n=== fin ==="),
    ("marketplace_msg", "Nouveau message de l'acheteur (ID ⟦N:UUID⟧) :\n\n« ⟦BODY⟧ »\n\nRépondez depuis votre espace vendeur."),
]

