#!/usr/bin/env python3
"""Blind structured-PII set v12 generator. Deterministic: python3 gen.py -> set.jsonl, gen_stats.txt"""
import collections
import json
import random
import re

import values as V

SEED = 16_1207_0226
R = random.Random(SEED)
V.R = R
LANGS = ["en", "de", "fr"]
STATS = collections.Counter()


class Doc:
    def __init__(self):
        self.parts, self.spans, self.negs, self.b = [], [], [], 0

    def t(self, s):
        self.parts.append(s)
        self.b += len(s.encode())
        return self

    def p(self, val, typ, var):
        self.spans.append(dict(start=self.b, end=self.b + len(val.encode()), type=typ, variant=var, value=val))
        STATS[(typ, var)] += 1
        return self.t(val)

    def n(self, val, kind):
        self.negs.append(dict(start=self.b, end=self.b + len(val.encode()), type="NEGATIVE_" + kind, value=val))
        return self.t(val)

    def x(self, item):
        """item: str | (val,typ,var) | ('NEG', kind, val)"""
        if isinstance(item, str):
            return self.t(item)
        if item[0] == "NEG":
            return self.n(item[2], item[1])
        return self.p(*item)

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- value helpers
def O(scheme=None):
    v, s = V.order(scheme)
    return (v, "ORDER_NUMBER", s)


def E(lang, kind=None):
    v, k, _, _ = V.email(lang, kind)
    return (v, "EMAIL", k)


def EO(lang):
    v, k = V.obf_email(lang)
    return (v, "EMAIL", k)


def P(lang, fmt=None, cc=None):
    v, c, f = V.phone(cc, fmt, lang)
    STATS[("phone_cc", c)] += 1
    return (v, "PHONE", f)


def I(fmt=None, cc=None, lang=None):
    if cc is None and lang and R.random() < .5:
        cc = {"de": R.choice(["DE", "AT", "CH", "LU"]), "fr": R.choice(["FR", "BE", "MC", "LU"]), "en": R.choice(["GB", "IE", "NL", "ES"])}[lang]
    v, c, f = V.iban(cc, fmt)
    STATS[("iban_cc", c)] += 1
    return (v, "IBAN", f)


def C(sep=None, issuer=None):
    v, i, s = V.card(issuer, sep)
    STATS[("card_issuer", i)] += 1
    return (v, "CREDIT_CARD", s)


def IP(kind=None):
    kind = kind or R.choice(["v4", "v4", "v4_priv", "v6"])
    if kind == "v4":
        return (V.v4pub(), "IP_ADDRESS", "v4")
    if kind == "v4_priv":
        return (V.v4priv(), "IP_ADDRESS", "v4_priv")
    v, k = V.v6()
    return (v, "IP_ADDRESS", k)


def S(kind=None):
    v, k, key = V.secret(kind)
    return (v, "SECRET", k)


def N(kind, lang="en"):
    return ("NEG", kind, V.neg(kind, lang))


SAFE_SEPS = ["plain", "space", "dash", "dot", "slash", "underscore", "nbsp", "nnbsp", "zwsp", "zwnj", "wordjoiner", "pipe",
             "space_pipe", "dspace", "colon", "everydigit_space", "everydigit_dash", "mixed_space_dash"]
SAFE_IBAN = ["compact", "grouped", "grouped", "lower_grouped", "ccspace", "dash", "nbsp", "dspace", "lower", "dot"]


def oneline(item):
    return item


# ---------------------------------------------------------------- frames
# slot syntax: {O} order, {E} email, {EO} obfuscated email, {P} phone, {I} iban, {C} card, {IP}, {S} secret,
# {N:KIND} negative, {NAME}, {CITY}, {STREET} unlabelled.
NAMES = {"de": ["Lukas Müller", "Anna Schmidt", "Jürgen Weber", "Katrin Becker", "Moritz Koch", "Sabine Wolf", "Dieter Klein", "Hannah Richter"],
         "fr": ["Camille Martin", "Louis Bernard", "Élodie Dubois", "Hugo Moreau", "Manon Leroy", "Julien Lefebvre", "Amélie Garnier", "Nicolas Rousseau"],
         "en": ["James Smith", "Emily Jones", "Oliver Taylor", "Sophie Brown", "Liam Walker", "Grace Hughes", "Ryan Patel", "Beth Clarke"]}
CITY = {"de": ["Berlin", "München", "Köln", "Leipzig", "Wien", "Zürich", "Hamburg", "Freiburg"],
        "fr": ["Paris", "Lyon", "Bordeaux", "Lille", "Nantes", "Bruxelles", "Genève", "Marseille"],
        "en": ["London", "Manchester", "Leeds", "Dublin", "Bristol", "Glasgow", "Cardiff", "York"]}
STREET = {"de": ["Hauptstraße 12", "Lindenallee 4a", "Bahnhofstr. 77", "Am Markt 3", "Gartenweg 19"],
          "fr": ["12 rue de la Paix", "4 avenue Jean Jaurès", "77 bd Voltaire", "3 place du Marché", "19 chemin des Vignes"],
          "en": ["12 High Street", "4 Church Lane", "77 Victoria Road", "3 Market Square", "19 Mill Close"]}

CUST = {
    "en": [
        "Hi, I still haven't received order {O}. Tracking {N:TRACKING} hasn't moved since {N:DATE}.",
        "hello my order number is {O} and the parcel arrived damaged, can I get a refund?",
        "Order {O} - please send the invoice to {E}, not my old address.",
        "can you change the email on order {O} to {EO} thanks",
        "Where is my order?? {O}",
        "I was charged twice for {O}. Card used: {C}",
        "please refund order {O} to my account {I}",
        "My number changed, new one is {P}. Order ref {O}.",
        "ordered on {N:DATE}, ref {O}, item {N:SKU}, still nothing",
        "Re order {O}: the EAN on the box is {N:EAN}, is that the right model?",
        "Call me back on {P} please, it's about order #{O}",
        "you can reach me at {E} or {P}",
        "Hi there - wrong size sent for order {O} ({N:SKU}). Return label to {E} pls",
        "my card {C} was declined but the money left my account. order {O}",
        "sorry typo, the order is {O}",
        "Bank details for the refund: {I} (order {O})",
        "Invoice {N:INVOICE} does not match order {O}, amount should be {N:AMOUNT}",
        "I paid {N:AMOUNT} for order no. {O}, where is my receipt? my email: {EO}",
        "the courier called from {P} but I missed it. Order: {O}",
        "Cancel order {O} please!!! I ordered the wrong colour",
        "I'm customer {N:CUSTOMER_ID}, order {O} never arrived",
        "order ref: {O} / postcode {N:POSTCODE}",
        "Can you resend the confirmation for purchase {O} to {E}?",
        "pls use this card instead: {C} exp 09/28",
        "hey, quick one - is order {O} shipped yet? my mobile {P}",
        "Tried to pay by transfer to {I} but my bank says the IBAN is wrong?",
    ],
    "de": [
        "Hallo, meine Bestellung {O} ist immer noch nicht da. Sendungsnummer {N:TRACKING}, seit {N:DATE} keine Bewegung.",
        "Guten Tag, Bestellnummer {O} kam beschädigt an. Bitte um Erstattung.",
        "Bitte die Rechnung zu Bestellung {O} an {E} schicken, danke",
        "könnt ihr bei Auftrag {O} die Mailadresse auf {EO} ändern?",
        "Wo bleibt meine Bestellung {O}???",
        "Mir wurde die Bestellung {O} doppelt abgebucht. Karte: {C}",
        "Bitte Erstattung für Bestellung {O} auf mein Konto {I}",
        "Neue Handynummer: {P} – Best.-Nr. {O}",
        "am {N:DATE} bestellt, Bestellnr. {O}, Artikel {N:SKU}, bisher nichts gekommen",
        "Zur Bestellung {O}: auf dem Karton steht EAN {N:EAN}, ist das richtig?",
        "Rufen Sie mich bitte unter {P} zurück, es geht um Bestellung {O}",
        "erreichbar unter {E} oder {P}",
        "Falsche Größe geliefert (Bestellung {O}, Art.-Nr. {N:SKU}). Retourenschein bitte an {E}",
        "Karte {C} wurde abgelehnt, aber das Geld ist weg. Bestellung {O}",
        "sorry vertippt, die Bestellnummer ist {O}",
        "Kontoverbindung für die Rückzahlung: {I} (Auftrag {O})",
        "Rechnung {N:INVOICE} passt nicht zur Bestellung {O}, Betrag müsste {N:AMOUNT} sein",
        "hab {N:AMOUNT} für Bestellnummer {O} bezahlt, wo ist der Beleg? meine mail: {EO}",
        "der Paketbote hat von {P} angerufen. Bestellung: {O}",
        "Bitte Bestellung {O} stornieren, falsche Farbe!!",
        "Kundennummer {N:CUSTOMER_ID}, Bestellung {O} ist nie angekommen",
        "Bestell-Nr.: {O} / PLZ {N:POSTCODE}",
        "Könnt ihr die Auftragsbestätigung für {O} nochmal an {E} senden?",
        "bitte diese Karte nehmen: {C} gültig bis 09/28",
        "kurze Frage, ist Bestellung {O} schon raus? Handy {P}",
        "Überweisung an {I} ging nicht, Bank sagt IBAN falsch?",
    ],
    "fr": [
        "Bonjour, je n'ai toujours pas reçu la commande {O}. Le suivi {N:TRACKING} ne bouge plus depuis le {N:DATE}.",
        "Bonjour, ma commande n° {O} est arrivée abîmée, je souhaite un remboursement.",
        "Merci d'envoyer la facture de la commande {O} à {E}",
        "pouvez-vous changer l'adresse mail de la commande {O} en {EO} ?",
        "Où est ma commande {O} ???",
        "J'ai été débité deux fois pour la commande {O}. Carte : {C}",
        "Merci de rembourser la commande {O} sur mon compte {I}",
        "Nouveau numéro : {P} – réf. commande {O}",
        "commandé le {N:DATE}, n° de commande {O}, article {N:SKU}, toujours rien",
        "Pour la commande {O} : l'EAN sur le carton est {N:EAN}, c'est le bon modèle ?",
        "Rappelez-moi au {P} svp, c'est pour la commande {O}",
        "vous pouvez me joindre à {E} ou au {P}",
        "Mauvaise taille reçue (commande {O}, réf. {N:SKU}). Étiquette retour à {E} svp",
        "ma carte {C} a été refusée mais j'ai été débité. commande {O}",
        "pardon faute de frappe, la commande c'est {O}",
        "RIB pour le remboursement : {I} (commande {O})",
        "La facture {N:INVOICE} ne correspond pas à la commande {O}, le montant devrait être {N:AMOUNT}",
        "j'ai payé {N:AMOUNT} pour la commande n°{O}, où est mon reçu ? mon mail : {EO}",
        "le livreur m'a appelé du {P}. Commande : {O}",
        "Annulez la commande {O} svp, mauvaise couleur !!",
        "Client {N:CUSTOMER_ID}, la commande {O} n'est jamais arrivée",
        "réf commande : {O} / code postal {N:POSTCODE}",
        "Pouvez-vous renvoyer la confirmation de l'achat {O} à {E} ?",
        "prenez plutôt cette carte : {C} exp 09/28",
        "petite question, la commande {O} est partie ? mon portable {P}",
        "Le virement vers {I} n'est pas passé, ma banque dit IBAN invalide ?",
    ],
}
AGENT = {
    "en": ["Thanks {NAME}, I've found order {O}. It left our warehouse on {N:DATE}.",
           "I've refunded {N:AMOUNT} for order {O}; it takes 3-5 working days.",
           "Could you confirm the email on the account? We have {E}.",
           "Your return for {O} is registered, ticket {N:TICKET}.",
           "Please never send full card numbers here. I've noted order {O}.",
           "You can call our team on {P} (Mon-Fri).",
           "The parcel {N:TRACKING} is with the carrier now.",
           "I've updated order {O} with the new phone {P}."],
    "de": ["Danke {NAME}, ich habe Bestellung {O} gefunden. Sie hat unser Lager am {N:DATE} verlassen.",
           "Ich habe {N:AMOUNT} für Bestellung {O} erstattet, Gutschrift in 3-5 Werktagen.",
           "Können Sie die Mailadresse bestätigen? Bei uns steht {E}.",
           "Ihre Retoure zu {O} ist erfasst, Ticket {N:TICKET}.",
           "Bitte keine vollständigen Kartennummern senden. Bestellung {O} ist notiert.",
           "Sie erreichen uns unter {P} (Mo-Fr).",
           "Das Paket {N:TRACKING} ist beim Versanddienstleister.",
           "Ich habe bei Auftrag {O} die neue Nummer {P} hinterlegt."],
    "fr": ["Merci {NAME}, j'ai trouvé la commande {O}. Elle a quitté l'entrepôt le {N:DATE}.",
           "J'ai remboursé {N:AMOUNT} pour la commande {O}, comptez 3 à 5 jours ouvrés.",
           "Pouvez-vous confirmer l'e-mail du compte ? Nous avons {E}.",
           "Votre retour pour {O} est enregistré, ticket {N:TICKET}.",
           "Merci de ne jamais envoyer le numéro complet de carte. Commande {O} notée.",
           "Vous pouvez joindre le service client au {P} (lun-ven).",
           "Le colis {N:TRACKING} est chez le transporteur.",
           "J'ai mis à jour la commande {O} avec le nouveau numéro {P}."],
}

SLOT = re.compile(r"\{([A-Z_]+)(?::([A-Z_]+))?\}")


def fill(d, frame, lang, ctx=None, oneline_only=False):
    ctx = ctx or {}
    pos = 0
    for m in SLOT.finditer(frame):
        d.t(frame[pos:m.start()])
        k, arg = m.group(1), m.group(2)
        if k == "O" and d.parts and d.parts[-1].endswith("#"):
            # the frame's '#' would double the platform '#': draw an id without one, keep '#' outside the span
            o = O(ctx.get("_scheme"))
            while o[0].startswith("#"):
                o = O(ctx.get("_scheme"))
            d.x(o)
        elif k in ctx:
            d.x(ctx[k])
        elif k == "O":
            d.x(O(ctx.get("_scheme")))
        elif k == "E":
            d.x(E(lang))
        elif k == "EO":
            d.x(EO(lang))
        elif k == "P":
            d.x(P(lang))
        elif k == "I":
            d.x(I(R.choice(SAFE_IBAN) if oneline_only else None, lang=lang))
        elif k == "C":
            d.x(C(R.choice(SAFE_SEPS) if oneline_only else None))
        elif k == "IP":
            d.x(IP())
        elif k == "S":
            d.x(S())
        elif k == "N":
            d.x(N(arg, lang))
        elif k == "NAME":
            d.t(R.choice(NAMES[lang]))
        elif k == "CITY":
            d.t(R.choice(CITY[lang]))
        elif k == "STREET":
            d.t(R.choice(STREET[lang]))
        else:
            raise KeyError(k)
        pos = m.end()
    d.t(frame[pos:])


def noise(s):
    r = R.random()
    if r < .1:
        return s.lower()
    if r < .14:
        return s.replace(", ", " ").replace(".", "")
    return s


def cust(d, lang, ol=False, ctx=None):
    fill(d, R.choice(CUST[lang]), lang, ctx, ol)


def agent(d, lang, ol=False):
    fill(d, R.choice(AGENT[lang]), lang, None, ol)


def dt():
    return f"{R.choice([2025, 2026])}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}", f"{R.randint(7, 22):02d}:{R.randint(0, 59):02d}"


# ---------------------------------------------------------------- registers
def reg_helpdesk(d, lang):
    tool = R.choice(["zendesk", "freshdesk", "gorgias"])
    day, tm = dt()
    nm = R.choice(NAMES[lang])
    L = {"en": ("Subject", "Requester", "Status", "Priority", "Open", "Normal"), "de": ("Betreff", "Anfragender", "Status", "Priorität", "Offen", "Normal"),
         "fr": ("Objet", "Demandeur", "Statut", "Priorité", "Ouvert", "Normale")}[lang]
    if tool == "zendesk":
        d.t("Ticket #").n(str(R.randint(10000, 999999)), "TICKET").t(f"\n{L[0]}: ")
        fill(d, {"en": "Problem with order {O}", "de": "Problem mit Bestellung {O}", "fr": "Problème avec la commande {O}"}[lang], lang)
        d.t(f"\n{L[1]}: {nm} <").x(E(lang)).t(f">\n{L[2]}: {L[4]} | {L[3]}: {L[5]} | Via: {R.choice(['Web form', 'Email', 'Chat'])}\nCreated: ").n(day, "DATE").t(" ").n(tm, "TIME").t("\n")
        d.t("Organization: -\nTags: " + R.choice(["shipping refund", "versand retoure", "livraison remboursement"]) + "\n\n")
    elif tool == "freshdesk":
        d.t("[Freshdesk] Ticket ").n("#" + str(R.randint(1000, 99999)), "TICKET").t(" - ")
        d.t({"en": "Order enquiry", "de": "Frage zur Bestellung", "fr": "Question commande"}[lang]).t("\nContact: " + nm + " (").x(E(lang)).t(")  Phone: ").x(P(lang)).t("\n")
        d.t("Source: Portal   Type: Question   Group: Tier 1\ncf_order_number: ").x(O()).t("\n---\n")
    else:
        d.t("Gorgias | ticket_id=").n(str(R.randint(1000000, 99999999)), "TICKET").t(" | channel=" + R.choice(["email", "chat", "instagram", "facebook"]) + " | customer.email=").x(E(lang)).t("\nshopify_order: ").x(O(R.choice(["shopify_default", "shopify_prefix", "shopify_suffix"]))).t("\n\n")
    for i in range(R.randint(1, 3)):
        who = nm if i % 2 == 0 else R.choice(["Agent", "Support", "Kundenservice", "Service client"])
        d.t(f"{who} — ").n(dt()[0], "DATE").t("\n")
        (cust if i % 2 == 0 else agent)(d, lang)
        d.t("\n\n")


def reg_chat_export(d, lang):
    kind = R.choice(["whatsapp", "whatsapp_android", "telegram", "sms"])
    names = [R.choice(NAMES[lang]).split()[0], R.choice(["Shop", "Support", "Kundenservice", "SAV"])]
    dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.choice([25, 26])
    h, mi = R.randint(8, 20), R.randint(0, 50)
    n = R.randint(2, 5)
    sender_phone = P(lang, R.choice(["intl", "e164"]))
    if kind == "sms":
        d.t("SMS export – thread with ").x(sender_phone).t("\n")
    for i in range(n):
        mi += R.randint(0, 4)
        who = names[i % 2]
        if kind == "whatsapp":
            d.t(f"[{dd:02d}.{mm:02d}.{yy}, {h:02d}:{mi % 60:02d}:{R.randint(0, 59):02d}] {who}: ")
        elif kind == "whatsapp_android":
            d.t(f"{dd:02d}/{mm:02d}/20{yy}, {h:02d}:{mi % 60:02d} - {who}: ")
        elif kind == "telegram":
            d.t(f"{who}, [{dd:02d}.{mm:02d}.20{yy} {h:02d}:{mi % 60:02d}]\n")
        else:
            d.t(f"20{yy}-{mm:02d}-{dd:02d} {h:02d}:{mi % 60:02d} {'<-' if i % 2 == 0 else '->'} ")
        (cust if i % 2 == 0 else agent)(d, lang, True)
        d.t("\n")
    if R.random() < .3:
        d.t({"en": "<Media omitted>\n", "de": "<Medien ausgeschlossen>\n", "fr": "<Médias omis>\n"}[lang])


def de_num(a):
    return f"{a // 100},{a % 100:02d}"


def reg_datev(d, lang):
    d.t('"EXTF";700;21;"Buchungsstapel";13;').n(V.safe(lambda: dt()[0].replace("-", "") + "1015" + V.rs(V.D10, 5)), "TIMESTAMP").t(';;"RE";"";"";').t(str(R.randint(10000, 99999)) + ";" + str(R.randint(10000, 99999)) + ";20260101;4;20260101;20261231;\"Export Shop\";\"WD\";1;0;0;\"EUR\"\n")
    d.t("Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Konto;Gegenkonto (ohne BU-Schlüssel);BU-Schlüssel;Belegdatum;Belegfeld 1;Belegfeld 2;Buchungstext;EU-Land u. UStID\n")
    for _ in range(R.randint(2, 5)):
        a = R.randint(500, 250000)
        d.n(de_num(a), "AMOUNT").t(f';"{R.choice("SH")}";"EUR";{R.choice(["1200", "1360", "8400", "4400"])};{R.randint(10000, 69999)};;').n(f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}", "DATE").t(';"')
        d.n(V.neg("INVOICE"), "INVOICE").t('";"')
        r = R.random()
        if r < .5:
            d.x(O()).t('";"')
            d.t(R.choice(["Shop-Verkauf", "Amazon Payout", "PayPal", "Erlös 19%"]))
        else:
            d.t('";"' + R.choice(["Best. ", "Bestellung ", "Auftrag ", "Order "])).x(O())
        d.t('";')
        if R.random() < .3:
            d.n(V.neg("VAT_ID"), "VAT_ID")
        d.t("\n")
    if R.random() < .5:
        d.t("\n# Debitoren/Kreditoren\nKonto;Name (Adressatentyp Unternehmen);E-Mail;Telefon;IBAN-Nr. 1;SWIFT-Code 1\n")
        for _ in range(R.randint(1, 3)):
            d.t(f"{R.randint(10000, 69999)};\"{R.choice(NAMES[lang])}\";\"").x(E(lang)).t('";"').x(P(lang)).t('";"').x(I(R.choice(["compact", "compact", "grouped"]), lang=lang)).t('";"').n(V.neg("BIC"), "BIC").t('"\n')


def reg_idoc(d, lang):
    idoc = V.safe(lambda: "100" + V.neg("IDOC_NUMBER"))[3:]
    d.t("EDI_DC40  100").n(idoc, "IDOC_NUMBER").t(" 740 53 2ORDERS05                      ORDERS   SAPPRD    LS  SHOPCLNT100\n")
    d.t("E2EDK01005                    100").t(idoc).t(" EUR  ").n(de_num(R.randint(1000, 900000)).replace(",", "."), "AMOUNT").t("\n")
    d.t("E2EDK02                       100").t(idoc).t(" 001").t(" " * 2).x(O()).t("\n")
    if R.random() < .6:
        d.t("E2EDK02                       100").t(idoc).t(" 002 ").n(V.neg("CUSTOMER_ID"), "CUSTOMER_ID").t("\n")
    d.t("E2EDK03                       100").t(idoc).t(" 012 ").n(dt()[0].replace("-", ""), "DATE").t("\n")
    d.t("E2EDKA1003                    100").t(idoc).t(" AG  ").t(R.choice(NAMES[lang]).upper()).t("  ").t(R.choice(CITY[lang]).upper()).t("  ").n(V.neg("POSTCODE"), "POSTCODE").t("\n")
    d.t("  TELF1 ").x(P(lang, R.choice(["national_compact", "e164", "national"]))).t("\n")
    d.t("  SMTP_ADDR ").x(E(lang, R.choice(["work", "role", "personal"]))).t("\n")
    if R.random() < .6:
        d.t("E2EDK28000                    100").t(idoc).t(" ").n(V.neg("BIC"), "BIC").t(" ").x(I("compact", lang=lang)).t("\n")
    for _ in range(R.randint(1, 3)):
        d.t("E2EDP01007                    100").t(idoc).t(" 0000" + str(R.randint(1, 9)) + "0 ").n(V.neg("SKU"), "SKU").t(" ").n(V.neg("EAN"), "EAN").t("\n")
    if R.random() < .4:
        d.t("E2EDKT2                       100").t(idoc).t(" TDLINE ")
        fill(d, {"en": "customer ref order {O} call {P}", "de": "Kundenbestellung {O} Rückruf {P}", "fr": "commande client {O} rappel {P}"}[lang], lang)
        d.t("\n")


def reg_erp_csv(d, lang):
    tool = R.choice(["lexware", "sevdesk", "generic"])
    H = {"de": ["Rechnungsnr.", "Datum", "Kunde", "E-Mail", "Telefon", "IBAN", "Bestellnummer", "Betrag brutto"],
         "en": ["Invoice no", "Date", "Customer", "Email", "Phone", "IBAN", "Order number", "Gross amount"],
         "fr": ["N° facture", "Date", "Client", "E-mail", "Téléphone", "IBAN", "N° de commande", "Montant TTC"]}[lang]
    if tool == "sevdesk":
        H = ["Belegnummer", "Belegdatum", "Kontakt", "E-Mail", "Telefon", "IBAN", "Auftragsnummer", "Brutto"] if lang == "de" else H
    cols = list(range(8))
    R.shuffle(cols)
    cols = [c for c in cols if c != 2 or R.random() < .8]
    sep = ";" if R.random() < .85 else ","
    q = R.random() < .4
    d.t(sep.join(('"%s"' % H[c]) if q else H[c] for c in cols) + "\n")
    for _ in range(R.randint(2, 6)):
        for j, c in enumerate(cols):
            if j:
                d.t(sep)
            if q:
                d.t('"')
            if c == 0:
                d.n(V.neg("INVOICE"), "INVOICE")
            elif c == 1:
                d.n(f"{R.randint(1, 28):02d}.{R.randint(1, 12):02d}.2026", "DATE")
            elif c == 2:
                d.t(R.choice(NAMES[lang]))
            elif c == 3:
                d.x(E(lang))
            elif c == 4:
                d.x(P(lang, R.choice(["national", "intl", "national_compact", "e164"])))
            elif c == 5:
                if R.random() < .8:
                    d.x(I(R.choice(["compact", "grouped"]), lang=lang))
            elif c == 6:
                d.x(O())
            elif c == 7:
                a = R.randint(100, 999999)
                d.n(f"{a // 100:,}".replace(",", ".") + f",{a % 100:02d}" if sep == ";" else f"{a // 100}.{a % 100:02d}", "AMOUNT")
            if q:
                d.t('"')
        d.t("\n")


MKT = ["amazon", "ebay", "kaufland", "otto", "cdiscount", "bol", "etsy", "zalando", "backmarket", "aliexpress", "temu"]


def reg_marketplace(d, lang):
    m = R.choice(MKT)
    sch = V.MARKET_SCHEME[m]
    style = R.choice(["message", "message", "report"])
    if style == "report" and m in ("amazon", "ebay", "kaufland", "otto", "bol"):
        if m == "amazon":
            d.t("order-id\torder-item-id\tpurchase-date\tbuyer-email\tbuyer-name\tbuyer-phone-number\tsku\tship-postal-code\n")
            for _ in range(R.randint(1, 4)):
                d.x(O("amazon")).t("\t").n(V.safe(lambda: V.rs(V.D10, 14)), "ORDER_ITEM_ID").t("\t").n(V.safe(lambda: dt()[0] + "T" + dt()[1] + ":%02d+00:00" % R.randint(0, 59)), "DATETIME").t("\t")
                d.x((V.rs(V.LO + V.D10, 16) + "@marketplace.amazon." + R.choice(["de", "fr", "co.uk"]), "EMAIL", "amazon_relay")).t("\t" + R.choice(NAMES[lang]) + "\t")
                d.x(P(lang, "e164")).t("\t").n(V.neg("SKU"), "SKU").t("\t").n(V.neg("POSTCODE"), "POSTCODE").t("\n")
        else:
            hdr = {"ebay": "Verkaufsprotokollnummer,Bestellnummer,Käufername,Käufer-E-Mail,Telefon,Artikelnummer",
                   "kaufland": "id_order_unit,id_order,buyer_email,phone,ean,price",
                   "otto": "orderNumber;salesOrderId;email;phone;sku;price",
                   "bol": "orderId;email;telephone;ean;price"}[m]
            d.t(hdr + "\n")
            s = "," if m in ("ebay", "kaufland") else ";"
            for _ in range(R.randint(1, 4)):
                if m == "ebay":
                    d.n(str(R.randint(1000, 99999)), "SALES_RECORD").t(s).x(O("ebay")).t(s + R.choice(NAMES[lang]) + s).x(E(lang)).t(s).x(P(lang)).t(s).n(V.safe(lambda: "1" + V.rs(V.D10, 11)), "ITEM_ID")
                elif m == "kaufland":
                    d.n(V.rs(V.D10, 9), "ORDER_UNIT_ID").t(s).x(O("kaufland")).t(s).x(E(lang)).t(s).x(P(lang)).t(s).n(V.ean13(), "EAN").t(s).n(f"{R.randint(5, 500)}.{R.randint(0, 99):02d}", "AMOUNT")
                elif m == "otto":
                    d.x(O("otto")).t(s).n(V.uuid(), "UUID").t(s).x(E(lang)).t(s).x(P(lang)).t(s).n(V.neg("SKU"), "SKU").t(s).n(f"{R.randint(5, 500)},{R.randint(0, 99):02d}", "AMOUNT")
                else:
                    d.x(O("bol")).t(s).x(E(lang)).t(s).x(P(lang)).t(s).n(V.ean13(), "EAN").t(s).n(f"{R.randint(5, 500)},{R.randint(0, 99):02d}", "AMOUNT")
                d.t("\n")
        return
    title = {"amazon": "Amazon Seller Central – Buyer-Seller Messaging", "ebay": "eBay Nachrichten" if lang == "de" else "eBay Messages",
             "kaufland": "Kaufland Seller Portal – Ticket", "otto": "OTTO Market – Kundenanfrage", "cdiscount": "Cdiscount Marketplace – Message client",
             "bol": "bol.com Verkopersportaal – Klantvraag", "etsy": "Etsy Conversation", "zalando": "zDirect – Partner message",
             "backmarket": "Back Market – SAV", "aliexpress": "AliExpress Message Center", "temu": "Temu Seller Center"}[m]
    d.t(title + "\n")
    lab = {"en": "Order", "de": "Bestellung", "fr": "Commande"}[lang]
    d.t(f"{lab}: ").x(O(sch)).t("\n")
    if m == "amazon":
        d.t("From: ").x((V.rs(V.LO + V.D10, 16) + "@marketplace.amazon." + R.choice(["de", "fr", "co.uk"]), "EMAIL", "amazon_relay")).t("\n")
    d.t(({"en": "Date", "de": "Datum", "fr": "Date"}[lang]) + ": ").n(dt()[0], "DATE").t("\n\n")
    cust(d, lang, ctx={"_scheme": sch})
    d.t("\n\n")
    if R.random() < .5:
        agent(d, lang)
        d.t("\n")


def pad(s, w):
    return s + " " * max(1, w - len(s))


def reg_pdf_invoice(d, lang):
    L = {"en": ("INVOICE", "Invoice no.", "Order no.", "Customer no.", "Date", "Qty", "Description", "Total", "Bank", "Phone", "VAT ID", "PACKING SLIP"),
         "de": ("RECHNUNG", "Rechnungsnr.", "Bestellnr.", "Kundennr.", "Datum", "Menge", "Bezeichnung", "Gesamt", "Bankverbindung", "Tel.", "USt-IdNr.", "LIEFERSCHEIN"),
         "fr": ("FACTURE", "N° facture", "N° commande", "N° client", "Date", "Qté", "Désignation", "Total TTC", "Coordonnées bancaires", "Tél.", "N° TVA", "BON DE LIVRAISON")}[lang]
    slip = R.random() < .3
    d.t(pad(R.choice(["Kaffeewelt GmbH", "Maison Lumière SARL", "Northwind Goods Ltd", "Radsport Huber e.K."]), 44) + (L[11] if slip else L[0]) + "\n")
    d.t(pad(R.choice(STREET[lang]), 44)).t(L[1] + " ").n(V.neg("INVOICE"), "INVOICE").t("\n")
    # broken columns: label and value may be split across lines
    if R.random() < .5:
        d.t(pad(R.choice(NAMES[lang]), 44) + L[2] + "\n" + " " * 44).x(O()).t("\n")
    else:
        d.t(pad(R.choice(NAMES[lang]), 44) + L[2] + " ").x(O()).t("\n")
    d.t(pad(R.choice(CITY[lang]), 44) + L[3] + " ").n(V.neg("CUSTOMER_ID"), "CUSTOMER_ID").t("\n")
    d.t(" " * 44 + L[4] + " ").n(V.neg("DATE"), "DATE").t("\n\n")
    d.t(f"{L[5]}  {L[6]:<30}{'EAN':<16}{L[7]}\n")
    for _ in range(R.randint(1, 4)):
        d.t(f"{R.randint(1, 5)}    ").n(V.neg("SKU"), "SKU").t(" " + R.choice(["Espresso Bohnen 1kg", "Lampe de chevet", "Tea towel set", "Fahrradschloss", "Bougie parfumée"]) + "  ").x(("NEG", "EAN", V.ean13()) if R.random() < .6 else ("NEG", "GTIN", V.gtin14())).t("   ").n(V.neg("AMOUNT"), "AMOUNT").t("\n")
    d.t("\n")
    if not slip:
        d.t(L[8] + ": ")
        v = I(R.choice(["grouped", "grouped", "compact", "newline_mid", "dspace"]), lang=lang)
        d.x(v).t("  BIC ").n(V.neg("BIC"), "BIC").t("\n")
    d.t(L[9] + " ").x(P(lang)).t(" · ").x(E(lang, "role")).t(" · " + L[10] + " ").n(V.neg("VAT_ID"), "VAT_ID").t("\n")
    if R.random() < .3:
        d.t({"en": "Page 1 of 1", "de": "Seite 1 von 1", "fr": "Page 1 sur 1"}[lang] + "\f\n")


OCR_SUB = {"0": "O", "1": "l", "5": "S", "8": "B"}


def ocr(s):
    out = ""
    for c in s:
        if c in OCR_SUB and R.random() < .12:
            out += OCR_SUB[c]
        else:
            out += c
    return out


def reg_ocr(d, lang):
    shop = R.choice(["REWE", "dm-drogerie", "MONOPRIX", "Carrefour City", "TESCO EXPRESS", "Boots", "Fnac", "MediaMarkt"])
    d.t(ocr(shop.upper()) + "\n").t(ocr(R.choice(STREET[lang])) + "\n")
    d.t(R.choice(["Tel ", "TEL: ", "Tél. "]))
    v = P(lang, R.choice(["national", "slash", "intl", "fr_pairs", "us_dash"]))
    d.p(ocr(v[0]) if R.random() < .3 else v[0], "PHONE", v[2] + ("_ocr" if R.random() < 0 else ""))
    d.t("\n" + ocr({"en": "VAT No ", "de": "USt-ID ", "fr": "TVA "}[lang])).n(V.neg("VAT_ID"), "VAT_ID").t("\n")
    d.t("-" * 32 + "\n")
    for _ in range(R.randint(2, 5)):
        d.t(ocr(R.choice(["MILCH 1,5%", "BAGUETTE", "CAFE MOULU", "APFEL BIO", "SHAMPOO", "USB-C KABEL", "CHOCOLAT NOIR"])) + "  ").n(V.neg("AMOUNT"), "AMOUNT").t("\n")
    d.t("-" * 32 + "\n")
    r = R.random()
    if r < .5:
        c = C("space" if R.random() < .5 else "plain")
        val = ocr(c[0]) if R.random() < .3 else c[0]
        # label OCR value as written; only if still Luhn-valid digits are unchanged; else it is a garbled card: still label
        d.t(R.choice(["KARTE ", "CARTE ", "CARD "])).p(val, "CREDIT_CARD", c[2] + ("_ocr" if val != c[0] else "")).t("\n")
    else:
        d.t(R.choice(["VISA ", "EC-Karte ", "CB "])).n("************" + V.rs(V.D10, 4), "MASKED_CARD").t("\n")
    d.t(ocr({"en": "Online order ", "de": "Online-Bestellung ", "fr": "Commande en ligne "}[lang]))
    o = O()
    val = ocr(o[0]) if R.random() < .3 else o[0]
    d.p(val, "ORDER_NUMBER", o[2] + ("_ocr" if val != o[0] else "")).t("\n")
    d.n(V.neg("DATE"), "DATE").t(" ").n(V.neg("TIME"), "TIME").t("  Bon ").n(str(R.randint(1000, 9999)), "RECEIPT_NO").t("\n")
    if R.random() < .4:
        d.t("Kontakt: ").x(E(lang, "role")).t("\n")


def reg_weblog(d, lang):
    k = R.choice(["nginx", "apache", "phpfpm", "magento", "nginx"])
    if k in ("nginx", "apache"):
        for _ in range(R.randint(2, 4)):
            ip = IP(R.choice(["v4", "v4", "v6", "v4_priv"]))
            d.x(ip).t(" - ")
            if R.random() < .2:
                d.t("admin")
            else:
                d.t("-")
            d.t(f" [{R.randint(1, 28):02d}/Mar/2026:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0100] \"")
            r = R.random()
            if r < .35:
                o = O(R.choice(["magento_default", "generic_digits", "prestashop_id", "shopware"]))
                d.t("GET /checkout/onepage/success/?order_id=").p(o[0], "ORDER_NUMBER", "url_query_" + o[2]).t("&email=")
                e = E(lang)
                d.p(e[0].replace("@", "%40").replace("+", "%2B"), "EMAIL", e[2] + "_url").t(" HTTP/1.1\"")
            elif r < .6:
                o = O(R.choice(["magento_default", "shopware", "prestashop_id", "generic_digits"]))
                d.t("POST /api/orders/").p(o[0], "ORDER_NUMBER", "url_path_" + o[2]).t("?ws_key=").x(S("prestashop_ws")).t(" HTTP/2.0\"")
            elif r < .8:
                d.t("GET /wp-json/wc/v3/orders?consumer_key=").x(S("woo_ck")).t("&consumer_secret=").x(S("woo_cs")).t(" HTTP/1.1\"")
            else:
                d.t("GET /track?id=").n(V.neg("TRACKING"), "TRACKING").t("&v=").n(V.neg("VERSION"), "VERSION").t(" HTTP/1.1\"")
            d.t(f" {R.choice([200, 302, 401, 404, 500])} {R.randint(200, 90000)} \"-\" \"Mozilla/5.0\"")
            if R.random() < .4:
                d.t(' xff="').x(IP("v4")).t(", ").x(IP("v4_priv")).t('"')
            d.t(" rid=").n(V.neg("REQUEST_ID"), "REQUEST_ID").t("\n")
        if k == "apache" and R.random() < .6:
            d.t(f"[Tue Mar {R.randint(1, 28)} 10:{R.randint(10, 59)}:{R.randint(10, 59)}.{R.randint(100000, 999999)} 2026] [php:error] [pid ").n(V.neg("PID"), "PID").t("] [client ").x(IP("v4")).t(f":{R.randint(1024, 65000)}] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'").x(IP("v4_priv")).t("' (using password: YES)\n")
    elif k == "phpfpm":
        d.t(f"[{R.randint(1, 28):02d}-Mar-2026 10:{R.randint(10, 59)}:{R.randint(10, 59)}] WARNING: [pool www] child ").n(V.neg("PID"), "PID").t(" said into stderr: \"NOTICE: PHP message: ")
        r = R.random()
        if r < .5:
            d.t("Payment capture failed for order ").x(O()).t(", card ").x(C(R.choice(["plain", "space", "dash"]))).t(", customer ").x(E(lang))
        else:
            d.t("SMTP Error: Could not send confirmation for order #").x(O(R.choice(["prestashop_id", "generic_digits"]))).t(" to ").x(E(lang))
        d.t("\"\n")
        d.t(f"[{R.randint(1, 28):02d}-Mar-2026 10:{R.randint(10, 59)}:{R.randint(10, 59)}] NOTICE: [pool www] child ").n(V.neg("PID"), "PID").t(" started\n")
    else:
        d.t(f"[2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(10, 59)}:{R.randint(10, 59)}.{R.randint(100000, 999999)}+00:00] main.CRITICAL: ")
        r = R.random()
        if r < .35:
            d.t("Exception: Unable to place order: The requested qty is not available. Order increment id: ").x(O(R.choice(["magento_default", "magento_store_prefix", "magento_prefix"])))
        elif r < .7:
            d.t("Magento\\Framework\\Exception\\MailException: Unable to send mail to ").x(E(lang)).t(" for order #").x(O("magento_default"))
        else:
            d.t("PayPal NVP gateway errors: Transaction refused (#10417) quote_id ").n(str(R.randint(10000, 999999)), "QUOTE_ID").t(" ip ").x(IP("v4"))
        d.t(' {"exception":"[object] (Exception(code: 0) at /var/www/html/vendor/magento/module-sales/Model/Order.php:').t(str(R.randint(100, 2000))).t(')"} []\n')
        d.t("#0 /var/www/html/vendor/magento/framework/Interception/Interceptor.php(58): Magento\\Sales\\Model\\Service\\OrderService->place()\n")
        if R.random() < .4:
            d.t("report id: ").n(V.rs(V.HEXL, 12), "REPORT_ID").t("\n")


def reg_config(d, lang):
    k = R.choice(["env", "env", "phpini", "envphp"])
    cm = {"en": "# production - do not commit", "de": "# Produktion – nicht committen!", "fr": "# prod - ne pas commiter"}[lang]
    if k == "env":
        d.t(cm + "\nAPP_ENV=prod\n")
        keys = R.sample(V.SECRET_KINDS, R.randint(4, 8))
        for kd in keys:
            v, kk, key = V.secret(kd)
            q = R.choice(["", '"', "'"])
            d.t(f"{key}={q}").p(v, "SECRET", kk).t(q + "\n")
        d.t("DATABASE_URL=mysql://shop:").x(S("password")).t("@").x(IP("v4_priv")).t(":3306/shop\n")
        if R.random() < .5:
            d.t("MAILER_DSN=smtp://").p(V.email(lang, "role")[0].replace("@", "%40"), "EMAIL", "role_url").t(":").x(S("password")).t("@smtp.example.net:587\n")
        if R.random() < .5:
            d.t("SLACK_WEBHOOK_URL=").x((lambda w: (w[0], "SECRET", w[1]))(V.webhook())).t("\n")
        d.t("STRIPE_PUBLISHABLE_KEY=").n("pk_live_" + V.rs(V.AN, 24), "PUBLIC_KEY").t("\n")
        d.t("SENTRY_RELEASE=").n(V.neg("COMMIT"), "COMMIT").t("\nOLD_API_KEY=").n(V.neg("PLACEHOLDER"), "PLACEHOLDER").t("\nADMIN_EMAIL=").x(E(lang, "work")).t("\nSUPPORT_PHONE=\"").x(P(lang)).t("\"\n")
    elif k == "phpini":
        d.t("; php.ini – " + R.choice(["shop01", "web-prod", "srv-boutique"]) + "\n[mail function]\nSMTP = ").x(IP("v4_priv")).t("\nsmtp_port = 25\nsendmail_from = ").x(E(lang, "role")).t("\nsendmail_path = \"/usr/sbin/sendmail -t -i -f ").x(E(lang, "role")).t("\"\n")
        d.t("[Session]\nsession.save_handler = redis\nsession.save_path = \"tcp://").x(IP("v4_priv")).t(":6379?auth=").x(S("password")).t("\"\n")
        d.t("[opcache]\nopcache.memory_consumption=256\n; version ").n(V.neg("VERSION"), "VERSION").t("\n")
        if R.random() < .5:
            d.t("newrelic.license = \"").x(S("generic_hex")).t("\"\n")
    else:
        d.t("<?php\nreturn [\n    'backend' => ['frontName' => 'admin_" + V.rs(V.LO, 6) + "'],\n    'crypt' => [\n        'key' => '").x(S("magento_integration")).t("'\n    ],\n")
        d.t("    'db' => [\n        'connection' => [\n            'default' => [\n                'host' => '").x(IP("v4_priv")).t("',\n                'dbname' => 'magento',\n                'username' => 'magento',\n                'password' => '").x(S("password")).t("',\n")
        d.t("            ]\n        ]\n    ],\n    'session' => ['save' => 'redis', 'redis' => ['host' => '").x(IP("v4_priv")).t("', 'password' => '").x(S(R.choice(["password", "generic_b64"]))).t("']],\n")
        d.t("    'system' => ['default' => ['trans_email' => ['ident_support' => ['email' => '").x(E(lang, "role")).t("']], 'payment' => ['stripe' => ['secret' => '").x(S("stripe_live")).t("', 'publishable' => '").n("pk_live_" + V.rs(V.AN, 24), "PUBLIC_KEY").t("']]]],\n")
        d.t("    'install' => ['date' => '").n("Mon, " + V.neg("DATE"), "DATE").t("'],\n];\n")
    if R.random() < .15:
        v, kk = V.pem()
        d.t("PRIVATE_KEY=\"").p(v, "SECRET", kk).t("\"\n")


def reg_slack(d, lang):
    teams = R.random() < .4
    n = R.randint(2, 4)
    users = [R.choice(NAMES[lang]) for _ in range(2)]
    if not teams and R.random() < .5:
        # JSON export, one line values only
        d.t("[\n")
        for i in range(n):
            d.t('  {"type": "message", "user": "U' + V.rs(V.UP + V.D10, 10) + '", "ts": "').n(V.safe(lambda: str(R.randint(1760000000, 1790000000)) + "." + V.rs(V.D10, 6)), "TIMESTAMP").t('", "text": "')
            fill(d, R.choice(SLACK_FR[lang]), lang, None, True)
            d.t('"}' + ("," if i < n - 1 else "") + "\n")
        d.t("]\n")
        return
    for i in range(n):
        if teams:
            d.t(f"{users[i % 2]}  {R.randint(1, 28)}/{R.randint(1, 12)}/2026 {R.randint(8, 18)}:{R.randint(10, 59)}\n")
        else:
            d.t(f"{users[i % 2].split()[0].lower()}  [{R.randint(8, 18)}:{R.randint(10, 59)}]\n")
        fill(d, R.choice(SLACK_FR[lang]), lang, None, True)
        d.t("\n")


SLACK_FR = {
    "en": ["heads up: customer on order {O} wants a callback on {P}", "@here prod key leaked in #dev, rotate {S} asap",
           "stripe webhook failing for {O}, payload shows {E}", "can someone check order {O}? refund to {I}",
           "new ticket {N:TICKET} - order {O}, customer mail {E}", "deploy {N:BUILD_ID} ok, commit {N:COMMIT}",
           "db host moved to {IP}, pw is {S} (will rotate)", "the VIP on order {O} is {EO}", "blocked {IP} after card testing on {O}",
           "`export OPENAI_API_KEY={S}` <- don't paste this in channels pls", "order {O} shows uuid {N:UUID} in the logs"],
    "de": ["Achtung: Kunde zu Bestellung {O} will Rückruf unter {P}", "@channel Prod-Key im #dev geleakt, bitte {S} rotieren",
           "Stripe-Webhook schlägt fehl für {O}, im Payload steht {E}", "kann jemand Bestellung {O} prüfen? Erstattung an {I}",
           "neues Ticket {N:TICKET} – Bestellung {O}, Kundenmail {E}", "Deploy {N:BUILD_ID} ok, Commit {N:COMMIT}",
           "DB-Host jetzt {IP}, Passwort {S} (wird rotiert)", "VIP-Kundin bei Auftrag {O}: {EO}", "{IP} gesperrt wegen Kartentests bei {O}",
           "`export GITHUB_TOKEN={S}` <- bitte nicht in Channels posten", "Bestellung {O} hat im Log die UUID {N:UUID}"],
    "fr": ["info : le client de la commande {O} veut être rappelé au {P}", "@here clé de prod fuitée dans #dev, révoquez {S} vite",
           "webhook Stripe en échec pour {O}, le payload contient {E}", "quelqu'un peut vérifier la commande {O} ? remboursement sur {I}",
           "nouveau ticket {N:TICKET} – commande {O}, mail client {E}", "déploiement {N:BUILD_ID} ok, commit {N:COMMIT}",
           "l'hôte BDD est maintenant {IP}, mdp {S} (à changer)", "la cliente VIP de la commande {O} : {EO}", "{IP} bloquée après test de cartes sur {O}",
           "`export STRIPE_SECRET_KEY={S}` <- ne collez pas ça ici svp", "la commande {O} a l'uuid {N:UUID} dans les logs"],
}


def reg_markdown(d, lang):
    H = {"en": ["Order", "Customer email", "Phone", "IBAN", "Status", "Tracking", "Amount"],
         "de": ["Bestellung", "E-Mail Kunde", "Telefon", "IBAN", "Status", "Sendungsnr.", "Betrag"],
         "fr": ["Commande", "E-mail client", "Téléphone", "IBAN", "Statut", "Suivi", "Montant"]}[lang]
    cols = [0] + R.sample(range(1, 7), R.randint(3, 6))
    if R.random() < .3:
        cols = cols[1:] + cols[:1]
    d.t(R.choice(["## ", "### ", "**"]) + {"en": "Open refunds", "de": "Offene Erstattungen", "fr": "Remboursements en cours"}[lang] + "\n\n")
    d.t("| " + " | ".join(H[c] for c in cols) + " |\n|" + "|".join(R.choice(["---", ":---", "---:"]) for _ in cols) + "|\n")
    for _ in range(R.randint(2, 6)):
        d.t("|")
        for c in cols:
            d.t(" ")
            if c == 0:
                d.x(O())
            elif c == 1:
                d.x(E(lang) if R.random() < .8 else EO(lang))
            elif c == 2:
                d.x(P(lang))
            elif c == 3:
                d.x(I(R.choice(SAFE_IBAN), lang=lang))
            elif c == 4:
                d.t(R.choice(["open", "offen", "en cours", "✅", "refunded"]))
            elif c == 5:
                d.n(V.neg("TRACKING"), "TRACKING")
            else:
                d.n(V.neg("AMOUNT"), "AMOUNT")
            d.t(" |")
        d.t("\n")


def ent(s):
    return s.replace("@", R.choice(["&#64;", "&#x40;", "&commat;"]))


def reg_html_email(d, lang):
    nm = R.choice(NAMES[lang])
    sub = {"en": "Your order confirmation", "de": "Ihre Bestellbestätigung", "fr": "Confirmation de votre commande"}[lang]
    d.t("Content-Type: text/html; charset=UTF-8\nTo: ").x(E(lang)).t(f"\nSubject: {sub}\n\n<html><body style=\"font-family:Arial\">\n")
    d.t(f"<p>{ {'en': 'Hello', 'de': 'Hallo', 'fr': 'Bonjour'}[lang]} {nm},</p>\n")
    d.t("<table><tr><td><b>" + {"en": "Order number", "de": "Bestellnummer", "fr": "Numéro de commande"}[lang] + ":</b></td><td>" + R.choice(["", "&nbsp;"])).x(O()).t("</td></tr>\n")
    d.t("<tr><td>" + {"en": "Date", "de": "Datum", "fr": "Date"}[lang] + "</td><td>").n(V.neg("DATE"), "DATE").t("</td></tr>\n")
    d.t("<tr><td>Total</td><td>").n(V.neg("AMOUNT").replace("€", "&euro;"), "AMOUNT").t("</td></tr></table>\n")
    if R.random() < .5:
        d.t("<p>" + {"en": "Pay by bank transfer to", "de": "Bitte überweisen Sie an", "fr": "Merci de virer sur"}[lang] + " <strong>").x(I(R.choice(["grouped", "compact", "nbsp"]), lang=lang)).t("</strong></p>\n")
    e = E(lang, "role")
    if R.random() < .5:
        d.t('<p><a href="mailto:').x(e).t('">').p(ent(e[0]), "EMAIL", e[2] + "_html_entity").t("</a>")
    else:
        d.t('<p><a href="mailto:').x(e).t('">').x((e[0], "EMAIL", e[2])).t("</a>")
    p = P(lang, "e164")
    d.t(' &middot; <a href="').p("tel:" + p[0], "PHONE", "tel_uri").t('">').x(P(lang) if R.random() < .3 else (p[0], "PHONE", "e164_linktext")).t("</a></p>\n")
    if R.random() < .4:
        d.t('<img src="https://track.' + R.choice(["mailchimp.com", "sendinblue.com", "klaviyo.com"]) + "/open?u=").n(V.safe(lambda: V.rs(V.HEXL, 24)), "TRACKING_PIXEL").t("&e=")
        ee = E(lang)
        d.p(ee[0].replace("@", "%40"), "EMAIL", ee[2] + "_url").t('" width="1" height="1">\n')
    d.t("<p style=\"font-size:10px\">" + {"en": "Unsubscribe", "de": "Abmelden", "fr": "Se désinscrire"}[lang] + " · " + R.choice(["Kaffeewelt GmbH", "Maison Lumière", "Northwind Goods"]) + " · ").n(V.neg("VAT_ID"), "VAT_ID").t("</p>\n</body></html>\n")


def reg_url(d, lang):
    host = R.choice(V.SHOPDOM[lang])
    n = R.randint(1, 3)
    for _ in range(n):
        r = R.random()
        d.t(R.choice(["https://", "http://", ""]) + host)
        if r < .2:
            o = O()
            d.t(R.choice(["/checkout/success?order_id=", "/account/order?ref=", "/commande/confirmation?id_order=", "/bestellung?bestellnr=", "/?orderNumber="]))
            d.p(o[0].replace("#", "%23"), "ORDER_NUMBER", "url_query_" + o[2]).t("&email=")
            e = E(lang)
            d.p(e[0].replace("@", "%40").replace("+", "%2B"), "EMAIL", e[2] + "_url")
            if R.random() < .5:
                d.t("&utm_source=newsletter&utm_campaign=").n(V.neg("DATE").replace("/", "-"), "DATE")
        elif r < .4:
            d.t("/api/v1/orders?access_token=").x((S(R.choice(["shopify_pat", "generic_hex", "jwt", "github_pat"]))[0], "SECRET", "url_query_token")).t("&since=").n(V.neg("DATE").replace("/", "-"), "DATE")
        elif r < .55:
            d.t("/pay?card=")
            c = C("plain" if R.random() < .5 else "space")
            d.p(c[0].replace(" ", "+"), "CREDIT_CARD", c[2] if c[2] == "plain" else "urlplus").t("&cvc=").n(str(R.randint(100, 999)), "CVC").t("&order=").x(O())
        elif r < .7:
            d.t("/callback?iban=")
            i = I("compact", lang=lang)
            d.x(i).t("&phone=")
            while True:
                p = P(lang, "e164")
                if V.luhn_safe(p[0].replace("+", "%2B")):
                    break
            d.p(p[0].replace("+", "%2B"), "PHONE", "e164_url")
        elif r < .85:
            d.t("/track?tracking=").n(V.neg("TRACKING"), "TRACKING").t("&sku=").n(V.neg("SKU"), "SKU").t("&session=").n(V.uuid(), "UUID").t("&orderid=").x(O())
        else:
            d.t("/admin/login?redirect=%2Fadmin&client_ip=").x(IP()).t("&csrf=").n(V.neg("CSRF_TOKEN"), "CSRF_TOKEN")
        d.t(R.choice(["\n", "\n\n", " \n"]))
    if R.random() < .5:
        d.t({"en": "^ link from the customer's complaint", "de": "^ Link aus der Kundenbeschwerde", "fr": "^ lien tiré de la réclamation"}[lang])


def reg_chat(d, lang):
    for i in range(R.randint(2, 5)):
        d.t(R.choice(["Customer: ", "Kunde: ", "Client : ", "user: ", "> "]) if i % 2 == 0 else R.choice(["Agent: ", "Support: ", "Conseiller : ", "bot: "]))
        (cust if i % 2 == 0 else agent)(d, lang)
        d.t("\n")


def reg_email(d, lang):
    nm = R.choice(NAMES[lang])
    d.t("From: " + nm + " <").x(E(lang)).t(">\nTo: ").x(E(lang, "role")).t("\nDate: ").n(V.neg("DATE"), "DATE").t("\nSubject: " + R.choice(["Re: ", "AW: ", "RE : ", "Fwd: ", ""]))
    fill(d, {"en": "Order {O}", "de": "Bestellung {O}", "fr": "Commande {O}"}[lang], lang)
    d.t("\n\n" + {"en": "Hello,", "de": "Guten Tag,", "fr": "Bonjour,"}[lang] + "\n\n")
    cust(d, lang)
    d.t("\n")
    if R.random() < .5:
        cust(d, lang)
        d.t("\n")
    d.t("\n" + {"en": "Best regards", "de": "Viele Grüße", "fr": "Cordialement"}[lang] + "\n" + nm + "\n")
    if R.random() < .6:
        d.t(R.choice(["Tel. ", "Mobil: ", "Tél : ", "Mob: ", ""])).x(P(lang)).t("\n")
    if R.random() < .5:
        d.t("\n" + {"en": "On ", "de": "Am ", "fr": "Le "}[lang]).n(V.neg("DATE"), "DATE").t({"en": " Support <", "de": " schrieb Kundenservice <", "fr": ", SAV <"}[lang]).x(E(lang, "role")).t(">:\n> ")
        fill(d, R.choice(AGENT[lang]), lang, None, True)
        d.t("\n> -- \n> Hotline ").x(P(lang)).t("\n")


def reg_security(d, lang):
    d.t({"en": "Incident note: card-testing on checkout", "de": "Vorfall: Kartentests im Checkout", "fr": "Incident : test de cartes sur le checkout"}[lang] + "\n")
    for _ in range(R.randint(3, 6)):
        r = R.random()
        ip = V.v4pub()
        if r < .2:
            dk = R.choice(["defang_last", "defang_all", "defang_paren", "defang_dotword"])
            d.t("- IOC ").p(V.defang(ip, dk), "IP_ADDRESS", dk).t("\n")
        elif r < .35:
            d.t("- hxxp://").p(V.defang(ip, "defang_all"), "IP_ADDRESS", "hxxp_defang").t("/x.sh\n")
        elif r < .5:
            v, k = V.v6()
            d.t("- [").p(v, "IP_ADDRESS", k).t(f"]:{R.randint(1024, 65000)}\n")
        elif r < .65:
            d.t("- ssh root@").p(ip, "IP_ADDRESS", "v4_userat").t("\n")
        elif r < .8:
            d.t("- X-Forwarded-For: ").p(ip, "IP_ADDRESS", "v4_xff").t(", ").x(IP("v4_priv")).t("\n")
        else:
            d.t("- ").p(ip, "IP_ADDRESS", "v4_cidr").t("/" + str(R.choice([24, 32, 16])) + "\n")
    d.t({"en": "Affected order: ", "de": "Betroffene Bestellung: ", "fr": "Commande touchée : "}[lang]).x(O()).t(", BIN ").n(V.rs("45", 1) + V.rs(V.D10, 5), "BIN").t("\n")


PAY = {
    "en": ["here's my card: {C}", "card number {C} exp {N:DATE}", "try this one {C} cvc {N:CVC}", "the card ending {N:MASKED_CARD} got declined, use {C}",
           "{C}", "new card:\n{C}\nfor order {O}", "Card no. {C} (Visa) – order {O}", "sorry wrong one, it's {C}"],
    "de": ["hier meine Karte: {C}", "Kartennummer {C} gültig bis {N:DATE}", "probier die hier {C} Prüfziffer {N:CVC}", "Karte mit Endung {N:MASKED_CARD} wurde abgelehnt, nimm {C}",
           "{C}", "neue Karte:\n{C}\nfür Bestellung {O}", "Kreditkarte {C} – Bestellung {O}", "sorry falsche, richtig ist {C}"],
    "fr": ["voici ma carte : {C}", "numéro de carte {C} exp {N:DATE}", "essayez celle-ci {C} cryptogramme {N:CVC}", "la carte finissant par {N:MASKED_CARD} est refusée, prenez {C}",
           "{C}", "nouvelle carte :\n{C}\npour la commande {O}", "CB n° {C} – commande {O}", "pardon mauvaise carte, c'est {C}"],
}
PAY_AGENT = {"en": ["Thanks, charged {N:AMOUNT} to card {N:MASKED_CARD}.", "Please don't share full card numbers here; use the payment link.", "Payment for order {O} received."],
             "de": ["Danke, {N:AMOUNT} auf Karte {N:MASKED_CARD} belastet.", "Bitte keine Kartennummern im Chat, nutzen Sie den Zahlungslink.", "Zahlung zu Bestellung {O} ist eingegangen."],
             "fr": ["Merci, {N:AMOUNT} débités sur la carte {N:MASKED_CARD}.", "Merci de ne pas partager de numéro de carte ici, utilisez le lien de paiement.", "Paiement de la commande {O} reçu."]}


def reg_payment(d, lang):
    for i in range(R.randint(2, 5)):
        br = R.choice(["[]", "()", "  "])
        d.t(br[0] + dt()[1] + br[1].strip() + " " + (R.choice(["Customer: ", "Kunde: ", "Client : "]) if i % 2 == 0 else R.choice(["Agent: ", "Support: "])))
        fill(d, R.choice(PAY[lang] if i % 2 == 0 else PAY_AGENT[lang]), lang)
        d.t("\n")


def reg_applog(d, lang):
    for _ in range(R.randint(2, 5)):
        r = R.random()
        d.t(dt()[0] + "T" + dt()[1] + ":" + "%02d" % R.randint(0, 59) + "Z " + R.choice(["INFO", "WARN", "ERROR", "DEBUG"]) + " ")
        if r < .2:
            o = O()
            d.t('payment.log {"order_id":"').p(o[0], "ORDER_NUMBER", o[2]).t('","customer_email":"').x(E(lang)).t('","remote_ip":"').x(IP()).t('","amount":"').n(V.neg("AMOUNT"), "AMOUNT").t('"}')
        elif r < .35:
            d.t("soap request <ns1:orderNumber>").x(O()).t("</ns1:orderNumber><ns1:phone>").x(P(lang)).t("</ns1:phone>")
        elif r < .5:
            kind = R.choice(V.SECRET_KINDS)
            v, k, _ = V.secret(kind)
            d.t("outgoing request headers: Authorization: Bearer ").p(v, "SECRET", "auth_bearer_" + k).t(" X-Request-Id: ").n(V.neg("REQUEST_ID"), "REQUEST_ID")
        elif r < .6:
            d.t("upstream auth failed: Authorization: Basic ").p(V.basic(lang), "SECRET", "auth_basic").t(" client=").x(IP())
        elif r < .72:
            nm = R.choice(list(V.COOKIES))
            d.t("request cookies: " + nm + "=").p(V.COOKIES[nm](), "SECRET", "cookie_" + nm).t("; _ga=").n("GA1.2." + V.safe(lambda: str(R.randint(100000000, 999999999)) + "." + str(R.randint(1600000000, 1799999999))), "TRACKING_COOKIE").t("; cookie_consent=accepted")
        elif r < .82:
            nm = R.choice(["PHPSESSID", "frontend", "laravel_session", "JSESSIONID", "sessionid"])
            d.t("Set-Cookie: " + nm + "=")
            d.p(V.COOKIES[nm](), "SECRET", "set_cookie_" + nm).t("; path=/; HttpOnly; SameSite=Lax")
        elif r < .9:
            d.t("DB connect postgres://app:").p(V.secret("password")[0], "SECRET", "conn_postgres").t("@").x(IP("v4_priv")).t(":5432/shop failed")
        else:
            w, k = V.webhook()
            d.t("notify via ").p(w, "SECRET", k).t(" build ").n(V.neg("BUILD_ID"), "BUILD_ID").t(" commit ").n(V.neg("COMMIT"), "COMMIT")
        d.t("\n")


REGS = [("helpdesk", reg_helpdesk, 110), ("chat_export", reg_chat_export, 110), ("erp_datev", reg_datev, 80), ("erp_idoc", reg_idoc, 80),
        ("erp_csv", reg_erp_csv, 90), ("marketplace", reg_marketplace, 120), ("pdf_invoice", reg_pdf_invoice, 100), ("ocr_receipt", reg_ocr, 90),
        ("weblog", reg_weblog, 100), ("config", reg_config, 120), ("slack_teams", reg_slack, 100), ("markdown_table", reg_markdown, 90),
        ("html_email", reg_html_email, 100), ("url_query", reg_url, 90), ("chat", reg_chat, 90), ("email", reg_email, 90),
        ("security_incident", reg_security, 75), ("payment_chat", reg_payment, 130), ("app_log", reg_applog, 90)]


def main():
    recs = []
    for name, fn, n in REGS:
        for i in range(n):
            lang = LANGS[i % 3]
            d = Doc()
            fn(d, lang)
            txt = d.text()
            # strip trailing whitespace safely (spans never reach the end whitespace)
            recs.append(dict(lang=lang, register=name, text=txt, spans=d.spans, negatives=d.negs))
    R.shuffle(recs)
    with open("set.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs):
            r = dict(id=f"sv12-{i:05d}", **r)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open("gen_stats.txt", "w") as f:
        for k in sorted(STATS, key=str):
            f.write(f"{k[0]}\t{k[1]}\t{STATS[k]}\n")


if __name__ == "__main__":
    main()
