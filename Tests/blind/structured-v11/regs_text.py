"""TSV from spreadsheets, voice-assistant transcripts, chat, e-mail."""
import values as V
from common import P, NL

# customer lines: {O} order, {E} email, {EO} obfuscated email, {T} phone, {I} iban, {C} card, {TR} tracking, {INV} invoice, {D} date, {A} amount, {SKU}
CUST = {
 "en": ["hi, my order {O} still hasn't shipped??", "Order {O} arrived damaged, can I get a refund to {I}?", "you can reach me on {T} after 6",
        "pls send the invoice to {E} not my old address", "my email is {EO} (no spam pls)", "tracking {TR} says delivered but nothing here",
        "I paid {A} on {D} for order {O}, where is it", "the card I used was {C} - was it charged twice?", "hey it's about {O}, wrong size, SKU {SKU}",
        "can u call me back {T}", "refund IBAN: {I} (name on account: my wife)", "still waiting on {O}... any update?", "invoice {INV} is for the wrong order, should be {O}",
        "email me at {EO} thx", "ordered on {D}, order no {O}, nothing yet", "is {E} the right address for returns?", "my number changed, new one is {T}",
        "ok my bank details: {I}", "order ref {O} / tracking {TR}", "sorry typo, order is {O} not the other one", "Can you cancel {O}? Ordered by mistake", "contact me: {EO}", "{EO} is my email", "card no. {C} exp 09/28, please check", "pls refund to the card {C}", "this is the card:\n{C}", "{C} is the Visa I used"],
 "de": ["Hallo, meine Bestellung {O} ist immer noch nicht da", "Bestellung {O} kam beschädigt an, bitte Erstattung auf {I}", "Sie erreichen mich unter {T}",
        "bitte Rechnung an {E} schicken", "meine Mail: {EO}", "Sendungsnummer {TR} zeigt zugestellt, hier ist aber nix", "hab am {D} {A} bezahlt, Bestellnr. {O}",
        "Karte war {C}, wurde doppelt abgebucht?", "zu Auftrag {O}: falsche Größe, Artikel {SKU}", "können Sie mich zurückrufen? {T}", "IBAN für die Rückzahlung: {I}",
        "warte immer noch auf {O} ...", "Rechnung {INV} gehört nicht zu meiner Bestellung {O}", "schreib mir an {EO}", "bestellt am {D}, Bestellnummer {O}",
        "ist {E} die richtige Adresse für Retouren?", "neue Handynummer: {T}", "Kontoverbindung: {I}", "Best.-Nr. {O}, Sendung {TR}", "sorry vertippt, es ist {O}",
        "Bitte Auftrag {O} stornieren, danke", "Kontakt: {EO}", "{EO} ist meine Mail", "Kartennummer {C}, bitte prüfen", "bitte auf die Karte {C} zurückbuchen", "das ist die Karte:\n{C}", "{C} ist die Mastercard"],
 "fr": ["Bonjour, ma commande {O} n'est toujours pas arrivée", "Commande {O} reçue abîmée, remboursement sur {I} svp", "vous pouvez me joindre au {T}",
        "merci d'envoyer la facture à {E}", "mon mail : {EO}", "le suivi {TR} indique livré mais je n'ai rien", "j'ai payé {A} le {D}, commande {O}",
        "la carte utilisée était {C}, débitée deux fois ?", "concernant la commande {O} : mauvaise taille, réf. {SKU}", "rappelez-moi au {T} svp", "IBAN pour le remboursement : {I}",
        "toujours rien pour la commande {O}...", "la facture {INV} ne correspond pas à ma commande {O}", "écrivez-moi à {EO}", "commandé le {D}, n° de commande {O}",
        "{E} c'est la bonne adresse pour les retours ?", "nouveau numéro : {T}", "mes coordonnées bancaires : {I}", "cde {O} / colis {TR}", "pardon, c'est la commande {O}",
        "Pouvez-vous annuler la commande {O} ?", "contact : {EO}", "{EO} c'est mon adresse", "n° de carte {C}, merci de vérifier", "remboursez sur la carte {C} svp", "voici la carte :\n{C}", "{C} c'est la CB utilisée"],
}
AGENT = {
 "en": ["Thanks, I've found order {O}.", "I've issued a refund of {A}, ticket {TK}.", "Please send photos to {E}.", "Your new tracking number is {TR}.",
        "Our hotline is {T} (Mon-Fri 9-17).", "I can see invoice {INV} dated {D}.", "For security please don't post full card numbers here.", "I've escalated this as {TK}."],
 "de": ["Danke, ich habe Bestellung {O} gefunden.", "Erstattung über {A} ist veranlasst, Ticket {TK}.", "Bitte Fotos an {E} senden.", "Neue Sendungsnummer: {TR}.",
        "Unsere Hotline: {T} (Mo-Fr 9-17 Uhr).", "Ich sehe Rechnung {INV} vom {D}.", "Bitte keine Kartennummern im Chat posten.", "Ich habe das als {TK} weitergegeben."],
 "fr": ["Merci, j'ai retrouvé la commande {O}.", "Remboursement de {A} effectué, ticket {TK}.", "Merci d'envoyer les photos à {E}.", "Nouveau numéro de suivi : {TR}.",
        "Notre service client : {T} (lun-ven 9h-17h).", "Je vois la facture {INV} du {D}.", "Merci de ne pas écrire de numéro de carte ici.", "J'ai transmis votre demande, {TK}."],
}


def slots(g, enc=None):
    return {"O": lambda: g.order(nohash=False), "E": lambda: g.email(enc), "EO": lambda: g.email("obf"), "T": lambda: g.phone(), "I": lambda: g.iban(),
            "C": lambda: g.card(), "TR": lambda: g.N("TRACKING", V.n_tracking), "INV": lambda: g.N("INVOICE", V.n_invoice), "D": lambda: g.date(),
            "A": lambda: g.amount(), "SKU": lambda: g.N("SKU", V.n_sku), "TK": lambda: g.N("TICKET", V.n_ticket)}


def fill(g, frame, enc=None):
    import re
    sl = slots(g, enc)
    for i, seg in enumerate(re.split(r"\{(\w+)\}", frame)):
        if i % 2 == 0:
            if seg:
                g.t(seg)
        else:
            if seg == "O" and frame[frame.index("{O}") - 1:frame.index("{O}")] == "#":
                g.t(g.order(nohash=True))
            else:
                g.t(sl[seg]())


def tsv(g):
    R = g.R
    hdr = {"en": ["Order", "Date", "Customer", "Email", "Phone", "Amount", "IBAN", "Tracking", "Note", "Card"],
           "de": ["Bestellnr.", "Datum", "Kunde", "E-Mail", "Telefon", "Betrag", "IBAN", "Sendungsnr.", "Bemerkung", "Karte"],
           "fr": ["N° commande", "Date", "Client", "E-mail", "Téléphone", "Montant", "IBAN", "Suivi", "Remarque", "CB"]}[g.lang]
    cols = [0, 1, 2, 3] + R.sample([4, 5, 6, 7, 8, 9], R.randint(2, 5))
    cols.sort()
    g.t(g.L(["pasted from the refunds sheet:", "here's the export", "Sheet1"], ["aus der Retouren-Tabelle kopiert:", "hier der Export", "Tabelle1"], ["copié depuis le tableur des remboursements :", "voici l'export", "Feuil1"]), "\n")
    g.t("\t".join(hdr[c] for c in cols), "\n")
    scheme = g.ch(V.ORDER_SCHEMES)
    for _ in range(R.randint(3, 8)):
        cells = []
        for c in cols:
            if c == 0:
                cells.append(g.order(scheme))
            elif c == 1:
                cells.append(g.date())
            elif c == 2:
                cells.append(g.name())
            elif c == 3:
                cells.append(g.email() if R.random() < .9 else "")
            elif c == 4:
                cells.append(g.phone(g.ch(["national", "intl", "e164", "national_compact"])) if R.random() < .85 else "")
            elif c == 5:
                cells.append(g.amount())
            elif c == 6:
                cells.append(g.iban(g.ch(["compact", "grouped", "grouped", "lower_grouped"])) if R.random() < .8 else "")
            elif c == 7:
                cells.append(g.N("TRACKING", V.n_tracking))
            elif c == 9:
                cells.append(g.card(g.ch(["plain", "space", "dash", "space"])))
            else:
                cells.append(g.ch([g.L("refunded", "erstattet", "remboursé"), g.L("call back", "Rückruf", "rappeler"), "", g.N("TICKET", V.n_ticket), "?"]))
        for i, c in enumerate(cells):
            g.t("\t" if i else "", c)
        g.t("\n")
    g.t(g.ch(["", "\t\t\t" + g.L("total", "Summe", "total")]))


VOICE_U = {
 "en": ["hey shopbot where is my order {O}", "uh yeah the order number is {O}", "my email is {SE}", "call me back on {T}", "I want to return order {O}",
        "the email on the account is {SE}", "okay it's {SE} I think", "my phone number {T}", "order {O} please", "track package for order {O}", "pay with card {VC}", "card number {VC} expiry twelve twenty eight"],
 "de": ["hey shopbot wo ist meine bestellung {O}", "ähm ja die bestellnummer ist {O}", "meine email ist {SE}", "ruf mich zurück unter {T}", "ich möchte bestellung {O} zurückschicken",
        "die mailadresse ist {SE}", "also {SE} glaub ich", "meine telefonnummer {T}", "bestellung {O} bitte", "sendung verfolgen für auftrag {O}", "bezahl mit karte {VC}", "kartennummer {VC} gültig bis zwölf achtundzwanzig"],
 "fr": ["dis shopbot où est ma commande {O}", "euh oui le numéro de commande c'est {O}", "mon adresse mail c'est {SE}", "rappelle-moi au {T}", "je veux retourner la commande {O}",
        "l'adresse du compte c'est {SE}", "bon c'est {SE} je crois", "mon numéro de téléphone {T}", "commande {O} s'il te plaît", "suivre le colis de la commande {O}", "paye avec la carte {VC}", "numéro de carte {VC} expire douze vingt-huit"],
}
VOICE_A = {
 "en": ["I found order {O}. It was shipped on {D}.", "Got it. I'll send a confirmation to {E}.", "Your refund of {A} is on its way.", "Sorry I didn't catch that. Could you repeat the order number?", "The tracking number is {TR}."],
 "de": ["Ich habe Bestellung {O} gefunden. Sie wurde am {D} verschickt.", "Alles klar. Ich schicke eine Bestätigung an {E}.", "Deine Erstattung über {A} ist unterwegs.", "Das habe ich nicht verstanden. Kannst du die Bestellnummer wiederholen?", "Die Sendungsnummer ist {TR}."],
 "fr": ["J'ai trouvé la commande {O}. Elle a été expédiée le {D}.", "C'est noté. J'envoie une confirmation à {E}.", "Ton remboursement de {A} est en route.", "Désolé, je n'ai pas compris. Peux-tu répéter le numéro de commande ?", "Le numéro de suivi est {TR}."],
}


def spoken_email(g):
    e, k = V.email(g.R, g.lang, g.ch(["personal", "digits", "personal"]))
    lp, dom = e.split("@")
    at = g.L(" at ", g.ch([" at ", " ät "]), g.ch([" arobase ", " at "]))
    dot = g.L(" dot ", g.ch([" punkt ", " dot "]), g.ch([" point ", " point "]))
    lp2 = lp.replace(".", dot).replace("_", g.L(" underscore ", " unterstrich ", " tiret bas ")).replace("-", g.L(" dash ", " bindestrich ", " tiret "))
    return P("EMAIL", "voice_spoken", lp2 + at + dom.replace(".", dot))


def voice(g):
    R = g.R
    dev = g.ch(["alexa", "assistant", "shopbot", "ivr"])
    g.t(g.ch(["[transcript] ", "ASR transcript ", "=== call ", "session "]), g.N("REQUEST_ID", lambda R: V.n_uuid(R)), " ", g.ch(["confidence=0.", "conf 0."]), str(R.randint(61, 98)), "\n")
    for _ in range(R.randint(2, 5)):
        g.t(g.ch(["user: ", "USER: ", "caller: ", "U: "]))
        fr = g.ch(VOICE_U[g.lang])
        import re
        for i, seg in enumerate(re.split(r"\{(\w+)\}", fr)):
            if i % 2 == 0:
                if seg:
                    g.t(seg)
            elif seg == "O":
                lab = g.order(g.ch(["generic_digits", "magento_default", "amazon", "woocommerce", "year_prefixed", "shopware"]), nohash=True)
                if R.random() < .3 and lab[3].isdigit():
                    v = " ".join(lab[3][i:i + 3] for i in range(0, len(lab[3]), 3))
                    lab = P("ORDER_NUMBER", "voice_grouped", v)
                g.t(lab)
            elif seg == "VC":
                g.t(g.card(g.ch(["space", "everydigit_space", "plain", "space"])))
            elif seg == "SE":
                g.t(spoken_email(g))
            elif seg == "T":
                g.t(g.phone(g.ch(["national", "national", "intl", "fr_pairs"]) if g.lang == "fr" and R.random() < .5 else g.ch(["national", "intl"])))
        g.t("\n", g.ch(["assistant: ", "BOT: ", dev + ": ", "A: "]))
        fill(g, g.ch(VOICE_A[g.lang]))
        g.t("\n")


def chat(g):
    R = g.R
    st = R.randint(0, 2)
    cust, ag = g.first(), g.ch(["Support", "Agent " + g.first(), "Lisa (Kundenservice)" if g.lang == "de" else "Léa (SAV)" if g.lang == "fr" else "Sam (Support)"])
    h, m = R.randint(8, 20), R.randint(0, 50)
    day = g.date()
    if R.random() < .3:
        g.t(g.L("Visitor IP: ", "Besucher-IP: ", "IP visiteur : "), g.ip("@start") if False else g.ip(), "\n")
    for i in range(R.randint(3, 7)):
        m += R.randint(0, 3)
        tsx = "%02d:%02d" % (h + m // 60, m % 60)
        who = cust if i % 2 == 0 else ag
        if st == 0:
            g.t("[", NL("TIME", tsx), "] ", who, ": ")
        elif st == 1:
            g.t(who, " (", NL("TIME", tsx + ":%02d" % R.randint(0, 59)), "): ")
        else:
            g.t(NL(day[1], day[2]), " ", NL("TIME", tsx), " | ", who, " | ")
        fill(g, g.ch(CUST[g.lang] if i % 2 == 0 else AGENT[g.lang]))
        g.t("\n")
    if R.random() < .15:
        g.t(g.L("(customer pasted:)\n", "(Kunde hat eingefügt:)\n", "(le client a collé :)\n"), g.pem())


EMAIL_BODY = {
 "en": ["Hello,\n\nI placed order {O} on {D} and paid {A}. ", "Dear team,\n\nregarding your invoice {INV} for order {O}: ", "Hi there,\n\nquick one about order {O}. "],
 "de": ["Guten Tag,\n\nich habe am {D} die Bestellung {O} aufgegeben und {A} bezahlt. ", "Sehr geehrte Damen und Herren,\n\nzu Ihrer Rechnung {INV} (Auftrag {O}): ", "Hallo,\n\nkurze Frage zu Bestellung {O}. "],
 "fr": ["Bonjour,\n\nj'ai passé la commande {O} le {D} et payé {A}. ", "Madame, Monsieur,\n\nconcernant votre facture {INV} (commande {O}) : ", "Bonjour,\n\npetite question sur la commande {O}. "],
}
EMAIL_MID = {
 "en": ["The parcel ({TR}) never arrived. Please refund to {I}.", "Please call me on {T} or reply to {E}.", "My card {C} was charged twice.", "Could you send the refund to IBAN {I}?", "Please use {EO} from now on.", "(my private mail is {EO})", "Write to {EO} - the other one is dead."],
 "de": ["Das Paket ({TR}) kam nie an. Bitte auf {I} erstatten.", "Bitte rufen Sie mich unter {T} an oder schreiben Sie an {E}.", "Meine Karte {C} wurde doppelt belastet.", "Könnten Sie den Betrag auf IBAN {I} überweisen?", "Bitte künftig {EO} verwenden.", "(private Mail: {EO})", "Schreiben Sie an {EO}, die alte geht nicht mehr."],
 "fr": ["Le colis ({TR}) n'est jamais arrivé. Merci de rembourser sur {I}.", "Merci de m'appeler au {T} ou d'écrire à {E}.", "Ma carte {C} a été débitée deux fois.", "Pourriez-vous virer le remboursement sur l'IBAN {I} ?", "Merci d'utiliser désormais {EO}.", "(mon mail perso : {EO})", "Écrivez à {EO}, l'autre ne marche plus."],
}


def mail(g):
    R = g.R
    g.t("From: ", g.name(), " <", g.email(), ">\nTo: ", g.email(kind="role"), "\n")
    if R.random() < .4:
        g.t("Cc: ", g.email(), "\n")
    g.t("Date: ", NL("DATETIME", "%s, %d %s 2026 %02d:%02d:%02d +0100" % (g.ch(["Mon", "Tue", "Wed", "Thu", "Fri"]), R.randint(1, 28), g.ch(["Oct", "Nov", "Dec"]), R.randint(7, 22), R.randint(0, 59), R.randint(0, 59))), "\n")
    g.t("Subject: ", g.L(["Re: Your order ", "Order ", "Problem with order "], ["AW: Ihre Bestellung ", "Bestellung ", "Problem mit Auftrag "], ["RE: Votre commande ", "Commande ", "Problème commande "]), g.order(), "\n\n")
    fill(g, g.ch(EMAIL_BODY[g.lang]))
    for _ in range(R.randint(1, 3)):
        fill(g, g.ch(EMAIL_MID[g.lang]))
        g.t(" ")
    g.t("\n\n", g.L(["Best regards,", "Thanks,", "Cheers,"], ["Mit freundlichen Grüßen", "Viele Grüße", "Danke und Gruß"], ["Cordialement,", "Bien à vous,", "Merci d'avance,"]), "\n", g.name(), "\n")
    if R.random() < .6:
        g.t(g.L("Mob: ", "Tel.: ", "Tél. : "), g.phone(), "\n")
    if R.random() < .35:
        g.t("\n--b1_", V.rs(R, V.HEX, 12), "\nContent-Type: text/html; charset=UTF-8\n\n<p>", g.L("Please reply to", "Antwort bitte an", "Répondre à"), " <a href=\"mailto:")
        e = g.email("html")
        tu = g.phone("tel_uri")
        g.t(e, "\">", P("EMAIL", e[2], e[3]), "</a>", g.L(" or call ", " oder anrufen: ", " ou appeler le "), "<a href=\"", tu, "\">", P("PHONE", "e164_linktext", tu[3][4:]), "</a>.</p>\n<p style=\"color:#888\">", g.L("Order", "Bestellung", "Commande"), "&nbsp;", g.order(nohash=True), " &middot; ", g.N("INVOICE", V.n_invoice), "</p>\n")
    if R.random() < .5:
        g.t("\n", g.L("On ", "Am ", "Le "), g.date(), g.L(" at ", " um ", " à "), NL("TIME", "%02d:%02d" % (R.randint(7, 22), R.randint(0, 59))), ", ", g.ch(["Support", "Kundenservice", "Service client"]), " <", g.email(kind="role"), "> ", g.L("wrote:", "schrieb:", "a écrit :"), "\n")
        for _ in range(R.randint(1, 3)):
            g.t("> ")
            fill(g, g.ch(AGENT[g.lang]))
            g.t("\n")
        g.t("> -- \n> ", g.L("Hotline ", "Hotline ", "Service client "), g.phone(), "\n")


REGS = {"tsv_spreadsheet": tsv, "voice_transcript": voice, "chat": chat, "email": mail}
