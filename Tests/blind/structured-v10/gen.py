#!/usr/bin/env python3
"""Blind structured-PII set v10 generator. Standard library only. Deterministic (fixed seed).
python3 gen.py  ->  set.jsonl, gen_stats.txt"""
import base64
import json
import random

import values as V
import secrets_tab as S
import common as C
from common import Doc, rs, DIG, UP, LO, ALNUM, person, order, card, iban, phone, email, put_ip, secret, neg_value, date, time, amount
from frames import F, GREET, CLOSE, FILLER, SHOP, STREET, CITY, ORDER_WORD, INV_WORD, CUST_WORD

R = random.Random(16_1206_2010)

NEG_LABEL = {
    "SKU": {"de": ["Art.-Nr.", "Artikelnummer", "SKU", "Art."], "fr": ["Réf. article", "Réf.", "SKU", "Code article"], "en": ["SKU", "Item code", "Art. no.", "Product code"]},
    "TRACKING": {"de": ["Sendungsnummer", "Sendungsnr.", "Tracking", "Paketnummer"], "fr": ["N° de suivi", "Suivi", "Numéro de colis", "Tracking"], "en": ["Tracking no.", "Tracking", "Parcel number", "Consignment"]},
    "EAN": {"de": ["EAN", "EAN-Code"], "fr": ["EAN", "Code EAN"], "en": ["EAN", "Barcode"]},
    "GTIN": {"de": ["GTIN"], "fr": ["GTIN"], "en": ["GTIN"]},
    "INVOICE": {"de": INV_WORD["de"], "fr": INV_WORD["fr"], "en": INV_WORD["en"]},
    "CUSTOMER_ID": {"de": CUST_WORD["de"], "fr": CUST_WORD["fr"], "en": CUST_WORD["en"]},
    "VAT_ID": {"de": ["USt-IdNr.", "USt-ID", "UID"], "fr": ["N° TVA intracom.", "TVA", "N° TVA"], "en": ["VAT no.", "VAT reg.", "VAT ID"]},
    "TICKET": {"de": ["Ticket", "Vorgang", "Fall"], "fr": ["Ticket", "Dossier", "Demande"], "en": ["Ticket", "Case", "Issue"]},
    "MODEL": {"de": ["Modell", "Typ", "Gerät"], "fr": ["Modèle", "Type", "Appareil"], "en": ["Model", "Device", "Type"]},
    "RMA": {"de": ["Retourennummer", "RMA", "Retoure"], "fr": ["N° de retour", "RMA", "Retour"], "en": ["Return no.", "RMA", "Return ref"]},
    "COUPON": {"de": ["Gutscheincode", "Code"], "fr": ["Code promo", "Code"], "en": ["Promo code", "Voucher"]},
    "DELIVERY_NOTE": {"de": ["Lieferschein", "Lieferschein-Nr."], "fr": ["Bon de livraison", "BL n°"], "en": ["Delivery note", "Packing slip no."]},
    "BIC": {"de": ["BIC", "SWIFT"], "fr": ["BIC", "Code SWIFT"], "en": ["BIC", "SWIFT"]},
    "MASKED_CARD": {"de": ["Karte", "Zahlungsmittel"], "fr": ["Carte", "Moyen de paiement"], "en": ["Card", "Payment method"]},
    "TAX_NUMBER": {"de": ["Steuernummer", "St.-Nr."], "fr": ["N° fiscal"], "en": ["Tax ref"]},
    "SIREN": {"de": ["HRB"], "fr": ["SIREN", "RCS"], "en": ["Company no."]},
}


def lab(lang, kind):
    return R.choice(NEG_LABEL[kind][lang])


def negm(d, lang, kind, sep=None, garble=False):
    v = neg_value(R, lang, kind)
    if garble:
        for _ in range(20):
            v2 = C.ocr_garble(R, v)
            if C.digit_runs_ok(v2):
                v = v2
                break
    if kind in NEG_LABEL:
        d.t(lab(lang, kind) + (sep if sep is not None else R.choice([": ", " ", ": ", " "])))
    d.n(v, kind)


SECRET_SENT = {
    "de": ["hier der Key: {v}", "Token ist {v}", "hab den Key aus Versehen gepostet: {v}", "neuer Token {v} – bitte in den Vault",
           "Zugang: {v}", "der alte Key {v} muss rotiert werden", "funktioniert mit {v} nicht mehr"],
    "fr": ["voici la clé : {v}", "le token est {v}", "j'ai collé la clé par erreur : {v}", "nouveau token {v} – à mettre dans le coffre",
           "accès : {v}", "l'ancienne clé {v} doit être révoquée", "ça ne marche plus avec {v}"],
    "en": ["here's the key: {v}", "token is {v}", "accidentally pasted the key: {v}", "new token {v} - please put it in the vault",
           "access: {v}", "old key {v} needs rotating", "doesn't work with {v} anymore"],
}


def mention(d, lang, typ, enc=None):
    if typ == "ORDER_NUMBER":
        v, var = order(R)
        fr = R.choice(F[typ][lang])
        if var in C.MARKET and R.random() < .5:
            fr = fr.replace("{v}", "{v} (" + C.MARKET[var] + ")") if R.random() < .5 else C.MARKET[var] + ": " + fr
        d.frame(fr, v, ("P", typ, var))
    elif typ == "EMAIL":
        v, var = email(R, lang, enc)
        d.frame(R.choice(F[typ][lang]), v, ("P", typ, var))
    elif typ == "PHONE":
        v, var = phone(R, lang)
        d.frame(R.choice(F[typ][lang]), v, ("P", typ, var))
    elif typ == "IBAN":
        v, var = iban(R, lang=lang)
        d.frame(R.choice(F[typ][lang]), v, ("P", typ, var))
    elif typ == "CREDIT_CARD":
        v, var = card(R, html=(enc == "html"))
        d.frame(R.choice(F[typ][lang]), v, ("P", typ, var))
    elif typ == "IP_ADDRESS":
        a, b = R.choice(F[typ][lang]).split("{v}")
        d.t(a)
        put_ip(d, R)
        d.t(b)
    elif typ == "SECRET" and R.random() < .15:
        k, v = S.webhook(R)
        C.stat("secret:" + k)
        d.frame(R.choice({"de": ["Webhook für den Alarm-Kanal: {v}", "neuer Hook: {v}", "bitte {v} in die Pipeline eintragen"],
                          "fr": ["webhook du canal d'alertes : {v}", "nouveau hook : {v}", "merci d'ajouter {v} dans la CI"],
                          "en": ["webhook for the alerts channel: {v}", "new hook: {v}", "please add {v} to the pipeline"]}[lang]), v, ("P", "SECRET", k))
    elif typ == "SECRET":
        k, v, keys, need = secret(R)
        if (need and R.random() < .8) or R.random() < .4:
            d.t(R.choice(keys) + R.choice(["=", ": ", " = ", "="]))
            d.p(v, "SECRET", k)
        else:
            d.frame(R.choice(SECRET_SENT[lang]), v, ("P", "SECRET", k))


POS_TYPES = ["ORDER_NUMBER", "ORDER_NUMBER", "EMAIL", "PHONE", "PHONE", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "SECRET", "EMAIL"]
CUSTOMER_TYPES = ["ORDER_NUMBER", "ORDER_NUMBER", "ORDER_NUMBER", "EMAIL", "PHONE", "PHONE", "IBAN", "CREDIT_CARD", "CREDIT_CARD", "CREDIT_CARD"]


def name_str(lang):
    f, l = person(R, lang)
    return f + " " + l


# ==================================================================== SMS
def reg_sms(lang):
    d = Doc(lang, "sms")
    style = R.randint(0, 2)
    me_f, me_l = person(R, lang)
    n = R.randint(3, 6)
    shop = R.choice(SHOP[lang])
    notif = {
        "de": [("{shop}: Ihre Bestellung {v} ist unterwegs. Sendungsnr. ", "TRACKING"), ("{shop}: Bestellung {v} bestätigt. Betrag ", "AMOUNT"),
               ("Ihr Paket zu Bestellung {v} kommt am ", "DATE"), ("{shop}: Abholung Bestellung {v} ab ", "TIME")],
        "fr": [("{shop} : votre commande {v} est en route. Suivi ", "TRACKING"), ("{shop} : commande {v} confirmée. Montant ", "AMOUNT"),
               ("Votre colis (commande {v}) arrive le ", "DATE"), ("{shop} : retrait commande {v} à partir de ", "TIME")],
        "en": [("{shop}: your order {v} is on its way. Tracking ", "TRACKING"), ("{shop}: order {v} confirmed. Total ", "AMOUNT"),
               ("Your parcel for order {v} arrives on ", "DATE"), ("{shop}: collect order {v} from ", "TIME")],
    }
    stop = {"de": "STOP an ", "fr": "STOP au ", "en": "Reply STOP to "}
    ck = C.Clock(R, lang)
    for i in range(n):
        ck.tick(big=R.random() < .3)
        dt = ck.date(1 if style == 0 else 0)
        tm = ck.time(True)
        inbound = R.random() < .5
        if style == 0:  # CSV-like export
            if i == 0:
                d.t("date,time,direction,number,body\n")
            d.n(dt, "DATE").t(",").n(tm, "TIME").t("," + ("in" if inbound else "out") + ",")
            v, var = phone(R, lang, form=R.choice(["e164", "e164", "intl"]))
            d.p(v, "PHONE", var).t(',"')
        elif style == 1:  # phone app style
            d.n(dt, "DATE").t(" ").n(tm, "TIME").t(" " + ("◀ " if inbound else "▶ "))
            if R.random() < .5:
                v, var = phone(R, lang)
                d.p(v, "PHONE", var).t(": ")
            else:
                d.t(R.choice(["DHL", "Colissimo", "Royal Mail", shop, "Hermes", "Mondial Relay", "Evri"]) + ": ")
        else:  # XML backup
            v, var = phone(R, lang, form=R.choice(["e164", "national_compact", "intl"]))
            d.t('<sms protocol="0" address="').p(v, "PHONE", var).t('" date="').n(C.neg_value(R, lang, "TIMESTAMP"), "TIMESTAMP").t('" type="%d" body="' % (1 if inbound else 2))
        k = R.random()
        if k < .35:
            fr, nk = R.choice(notif[lang])
            fr = fr.replace("{shop}", shop)
            ov, ovar = order(R)
            d.frame(fr + "{w}", ov, ("P", "ORDER_NUMBER", ovar)) if False else None
            a, b = fr.split("{v}")
            d.t(a).p(ov, "ORDER_NUMBER", ovar).t(b)
            d.n(neg_value(R, lang, nk), nk)
            if R.random() < .4:
                d.t(". " + stop[lang]).n(neg_value(R, lang, "SHORTCODE"), "SHORTCODE")
        elif k < .55:
            mention(d, lang, R.choice(["PHONE", "EMAIL", "ORDER_NUMBER", "CREDIT_CARD"]))
        elif k < .7:
            code = rs(R, DIG, 6)
            d.t({"de": "Ihr Bestätigungscode: ", "fr": "Votre code de vérification : ", "en": "Your verification code: "}[lang]).n(code, "OTP_CODE").t(". ")
            d.t({"de": "Nicht weitergeben.", "fr": "Ne le partagez pas.", "en": "Do not share it."}[lang])
        elif k < .85:
            d.t(R.choice(FILLER[lang]) + " ")
            mention(d, lang, R.choice(["IBAN", "PHONE", "ORDER_NUMBER", "EMAIL", "CREDIT_CARD"]))
        else:
            d.t(R.choice(FILLER[lang]))
        if style == 0:
            d.t('"\n')
        elif style == 1:
            d.t("\n")
        else:
            d.t('" read="1" />\n')
    return d


# ==================================================================== WhatsApp
def reg_whatsapp(lang):
    d = Doc(lang, "whatsapp")
    style = R.randint(0, 2)
    people = [name_str(lang), R.choice(SHOP[lang]) + " Support", name_str(lang)]
    ck = C.Clock(R, lang)
    if R.random() < .3:
        v, var = phone(R, lang, form="intl")
        people[2] = v
        ph_author = True
    else:
        ph_author = False
    n = R.randint(4, 8)
    sys_msgs = {"de": ["Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.", "<Medien ausgeschlossen>", "Diese Nachricht wurde gelöscht"],
                "fr": ["Les messages et les appels sont chiffrés de bout en bout.", "<Médias omis>", "Ce message a été supprimé"],
                "en": ["Messages and calls are end-to-end encrypted.", "<Media omitted>", "This message was deleted"]}
    for i in range(n):
        ck.tick(big=R.random() < .15)
        y, mo, dd = ck.dt.year % 100, ck.dt.month, ck.dt.day
        hh, mm = ck.dt.hour, ck.dt.minute
        if style == 0:  # android de/fr
            dt = f"{dd:02d}.{mo:02d}.{y}" if lang == "de" else f"{dd:02d}/{mo:02d}/{2000 + y}"
            d.n(dt, "DATE").t(", " if lang == "de" else " ").n(f"{hh:02d}:{mm:02d}", "TIME").t(" - ")
        elif style == 1:  # iOS
            d.t("[").n(f"{dd:02d}/{mo:02d}/{2000 + y}" if lang != "de" else f"{dd:02d}.{mo:02d}.{2000 + y}", "DATE").t(", ").n(ck.time(True), "TIME").t("] ")
        else:  # en android 12h
            d.n(f"{mo}/{dd}/{y}", "DATE").t(", ").n(f"{(hh - 1) % 12 + 1}:{mm:02d}\u202f{'AM' if hh < 12 else 'PM'}", "TIME").t(" - ")
        who = R.choice(people)
        if who == people[1]:
            d.t(who + ": ")
            r = R.random()
            if r < .5:
                d.t({"de": "Danke, hier die ", "fr": "Merci, voici le ", "en": "Thanks, here's the "}[lang])
                negm(d, lang, R.choice(["TRACKING", "RMA", "COUPON", "INVOICE"]))
            elif r < .75:
                d.t({"de": "Können Sie uns die Bestellnummer schicken?", "fr": "Pouvez-vous nous envoyer le numéro de commande ?", "en": "Could you send us the order number?"}[lang])
            else:
                d.t({"de": "Erstattung über ", "fr": "Remboursement de ", "en": "Refund of "}[lang]).n(amount(R, lang), "AMOUNT").t({"de": " ist raus.", "fr": " effectué.", "en": " is done."}[lang])
            d.t("\n")
            continue
        if ph_author and who == people[2]:
            d.p(who, "PHONE", "intl").t(": ")
        else:
            d.t(who + ": ")
        k = R.random()
        if i == 0 and R.random() < .5:
            d.t(sys_msgs[lang][0])
        elif k < .12:
            d.t(R.choice(sys_msgs[lang][1:]))
        elif k < .75:
            if R.random() < .4:
                d.t(R.choice(GREET[lang]).rstrip(",") + R.choice([" ", ", ", "! "]))
            mention(d, lang, R.choice(CUSTOMER_TYPES + ["EMAIL", "IP_ADDRESS"]))
            if R.random() < .3:
                d.t(R.choice([" 🙏", " 👍", " 😅", " !!", " ?"]))
        elif k < .88:
            negm(d, lang, R.choice(["TRACKING", "RMA", "INVOICE", "COUPON", "AMOUNT", "MODEL"]))
        else:
            d.t(R.choice(FILLER[lang]))
        d.t("\n")
    if R.random() < .2:
        v, var = phone(R, lang, form="intl")
        d.t({"de": "Kontakt geteilt: ", "fr": "Contact partagé : ", "en": "Shared contact: "}[lang]).p(v, "PHONE", var)
    return d


# ==================================================================== PDF invoice / packing slip
def hyph(word):
    k = max(2, len(word) // 2)
    return word[:k] + "-\n" + word[k:]


def reg_pdf_invoice(lang):
    d = Doc(lang, "pdf_invoice")
    shop = R.choice(SHOP[lang])
    T = {"de": ("RECHNUNG", "Rechnungsdatum", "Bestellnummer", "Pos.", "Menge", "Bezeichnung", "Einzelpreis", "Gesamt", "Zwischensumme", "MwSt. 19 %", "Gesamtbetrag",
                "Zahlbar innerhalb von 14 Tagen auf folgendes Konto:", "Seite 1 von 1", "Bankverbindung", "Lieferadresse"),
         "fr": ("FACTURE", "Date de facture", "N° de commande", "Pos.", "Qté", "Désignation", "Prix unit.", "Total", "Sous-total", "TVA 20 %", "Total TTC",
                "Paiement à 30 jours par virement sur le compte :", "Page 1 / 1", "Coordonnées bancaires", "Adresse de livraison"),
         "en": ("INVOICE", "Invoice date", "Order number", "Pos.", "Qty", "Description", "Unit price", "Total", "Subtotal", "VAT 20%", "Amount due",
                "Payable within 14 days to:", "Page 1 of 1", "Bank details", "Delivery address")}[lang]
    d.t(shop + " " * R.randint(10, 30) + T[0] + "\n")
    d.t(R.choice(STREET[lang]) + "\n")
    pc, city = R.choice(CITY[lang])
    d.n(pc, "POSTCODE").t(" " + city + " " * R.randint(6, 20))
    negm(d, lang, "INVOICE")
    d.t("\n")
    lines = []
    # header block with broken columns
    d.t(R.choice(["Tel. ", "Tél. ", "Phone "]) if R.random() < .7 else "")
    v, var = phone(R, lang)
    d.p(v, "PHONE", var).t(" " * R.randint(4, 25) + T[1] + " ").n(date(R, lang, 0), "DATE").t("\n")
    v, var = email(R, lang, who=("info", shop.split()[0]))
    d.p(v, "EMAIL", var).t(" " * R.randint(4, 20))
    if R.random() < .3:
        w = T[2].replace(" ", "")
        d.t(hyph(w) + " ")
    else:
        d.t(T[2] + ": ")
    v, var = order(R)
    d.p(v, "ORDER_NUMBER", var).t("\n")
    negm(d, lang, "CUSTOMER_ID")
    d.t(" " * R.randint(3, 12))
    negm(d, lang, "VAT_ID")
    d.t("\n\n" + T[14] + ":\n" + name_str(lang) + "\n" + R.choice(STREET[lang]) + "\n")
    pc, city = R.choice(CITY[lang])
    d.n(pc, "POSTCODE").t(" " + city + "\n\n")
    d.t(f"{T[3]}  {T[4]}  {T[5]}{' ' * R.randint(10, 30)}{T[6]}   {T[7]}\n")
    for i in range(R.randint(1, 4)):
        d.t(f"{i + 1}     {R.randint(1, 5)}   ")
        d.n(neg_value(R, lang, "SKU"), "SKU")
        d.t(" " + R.choice(["Kaffeemühle", "Bougie parfumée", "Merino socks", "Teekanne 1,2 l", "Carnet A5 ligné", "LED-Leuchte",
                              "Laine mérinos", "Yoga mat", "Fahrradschloss", "Coussin lin"]) + " " * R.randint(2, 14))
        if R.random() < .4:
            d.t("\nEAN ").n(neg_value(R, lang, "EAN"), "EAN").t(" ")
        d.n(amount(R, lang), "AMOUNT").t("   ").n(amount(R, lang), "AMOUNT").t("\n")
    d.t(f"{' ' * R.randint(20, 40)}{T[8]}  ").n(amount(R, lang), "AMOUNT").t(f"\n{' ' * R.randint(20, 40)}{T[9]}  ").n(amount(R, lang), "AMOUNT")
    d.t(f"\n{' ' * R.randint(20, 40)}{T[10]}  ").n(amount(R, lang), "AMOUNT").t("\n\n")
    if R.random() < .5:
        d.t({"de": "Bezahlt mit Kreditkarte ", "fr": "Payé par carte ", "en": "Paid by card "}[lang]).n(neg_value(R, lang, "MASKED_CARD"), "MASKED_CARD").t("\n")
    d.t(T[11] + "\n")
    v, var = iban(R, lang=lang, form=R.choice(["grouped", "grouped", "dspace", "linebreak", "compact", "ccspace"]), home_p=.85)
    d.t("IBAN ").p(v, "IBAN", var).t("   BIC ").n(neg_value(R, lang, "BIC"), "BIC").t("\n")
    d.t({"de": "Verwendungszweck: ", "fr": "Référence : ", "en": "Reference: "}[lang])
    negm(d, lang, "INVOICE", sep=" ")
    d.t("\n" + "_" * R.randint(20, 60) + "\n")
    d.t(shop + " · ")
    d.t({"de": "Geschäftsführer: ", "fr": "Gérant : ", "en": "Director: "}[lang] + name_str(lang) + " · ")
    if lang == "de":
        negm(d, lang, "TAX_NUMBER")
    elif lang == "fr":
        negm(d, lang, "SIREN")
    else:
        negm(d, lang, "VAT_ID")
    d.t(" · " + T[12] + "\f")
    return d


def reg_pdf_packing_slip(lang):
    d = Doc(lang, "pdf_packing_slip")
    T = {"de": ("LIEFERSCHEIN", "Bestellung", "Versanddatum", "Artikel", "Menge", "Empfänger", "Rücksendungen bitte mit beiliegendem Etikett.", "Kunden-", "nummer"),
         "fr": ("BON DE LIVRAISON", "Commande", "Date d'expédition", "Article", "Qté", "Destinataire", "Retours : utilisez l'étiquette jointe.", "Numéro", "client"),
         "en": ("PACKING SLIP", "Order", "Ship date", "Item", "Qty", "Ship to", "Returns: please use the enclosed label.", "Customer", "number")}[lang]
    d.t(R.choice(SHOP[lang]) + "\n" + " " * R.randint(20, 40) + T[0] + "\n\n")
    negm(d, lang, "DELIVERY_NOTE")
    d.t(" " * R.randint(3, 20) + T[1] + R.choice([" ", ": ", " #", " Nr. " if lang == "de" else " n° "]))
    v, var = order(R)
    if v.startswith("#"):
        v = v[1:] if d.parts[-1][0].endswith("#") else v
    d.p(v, "ORDER_NUMBER", var).t("\n" + T[2] + " ").n(date(R, lang), "DATE").t("\n")
    d.t(T[7] + "-\n" + T[8] + " ").n(neg_value(R, lang, "CUSTOMER_ID"), "CUSTOMER_ID").t("\n\n")
    d.t(T[5] + ":" + " " * R.randint(20, 40) + "\n" + name_str(lang) + "\n" + R.choice(STREET[lang]) + "\n")
    pc, city = R.choice(CITY[lang])
    d.n(pc, "POSTCODE").t(" " + city + "\n")
    v, var = phone(R, lang)
    d.t(R.choice(["", "Tel ", "☎ ", "T: "])).p(v, "PHONE", var).t("\n")
    if R.random() < .6:
        v, var = email(R, lang)
        d.p(v, "EMAIL", var).t("\n")
    d.t("\n" + T[3] + " " * R.randint(20, 40) + T[4] + "\n")
    for _ in range(R.randint(1, 4)):
        d.n(neg_value(R, lang, "SKU"), "SKU").t("  " + R.choice(["Wollmütze", "Tasse émaillée", "Linen apron", "Schneidebrett", "Savon lavande", "Gift card (physical)"]))
        d.t(" " * R.randint(3, 20) + str(R.randint(1, 4)) + "\n")
        if R.random() < .5:
            d.t("  GTIN ").n(neg_value(R, lang, "GTIN"), "GTIN").t("\n")
    d.t("\n")
    negm(d, lang, "TRACKING")
    d.t("\n" + T[6] + " ")
    negm(d, lang, "RMA")
    d.t("\n")
    if R.random() < .4:
        mention(d, lang, R.choice(["ORDER_NUMBER", "PHONE"]))
        d.t("\n")
    return d


# ==================================================================== OCR scan
def ocr_noise(s):
    if R.random() < .3:
        s = s.replace("e", "c", 1) if R.random() < .3 else s
    return s


def reg_ocr(lang):
    d = Doc(lang, "ocr_scan")
    hdr = {"de": ["Retourenschein", "Widerrufsformular", "Kassenbon", "Lastschriftmandat", "Auftragsbestätigung"],
           "fr": ["Bon de retour", "Formulaire de rétractation", "Ticket de caisse", "Mandat de prélèvement SEPA", "Confirmation de commande"],
           "en": ["Returns form", "Cancellation form", "Till receipt", "Direct Debit mandate", "Order confirmation"]}[lang]
    d.t(R.choice(["", "~ ", "| ", "' "]) + R.choice(hdr) + R.choice(["", " .", " |", "  ,"]) + "\n")
    d.t(R.choice(["", "_ _ _\n", "—————\n", ".  .\n"]))
    rows = []
    lbl = {"de": {"name": "Name:", "order": "Bestellnummer:", "phone": "Telefon:", "mail": "E-Mail:", "iban": "IBAN:", "date": "Datum:", "sig": "Unterschrift"},
           "fr": {"name": "Nom :", "order": "N° de commande :", "phone": "Téléphone :", "mail": "E-mail :", "iban": "IBAN :", "date": "Date :", "sig": "Signature"},
           "en": {"name": "Name:", "order": "Order number:", "phone": "Telephone:", "mail": "Email:", "iban": "IBAN:", "date": "Date:", "sig": "Signature"}}[lang]
    fields = ["order", "phone", "mail", "iban", "neg", "neg", "neg", "date"] + (["iban"] if R.random() < .5 else [])
    R.shuffle(fields)
    d.t(lbl["name"] + R.choice([" ", "  ", " _"]) + name_str(lang) + "\n")
    for f in fields:
        if f == "order":
            d.t(lbl["order"] + R.choice([" ", "  ", " .", " : "]))
            v, var = order(R)
            d.p(v, "ORDER_NUMBER", var)
        elif f == "phone":
            v, var = phone(R, lang)
            d.t(lbl["phone"] + R.choice([" ", "  ", " |"])).p(v, "PHONE", var)
        elif f == "mail":
            v, var = email(R, lang)
            d.t(lbl["mail"] + R.choice([" ", "   "])).p(v, "EMAIL", var)
        elif f == "iban":
            if R.random() < .6:
                v, var = iban(R, lang=lang, form=R.choice(["grouped", "dspace", "grouped", "compact"]))
                d.t(lbl["iban"] + R.choice([" ", "  "])).p(v, "IBAN", var)
            else:
                v, var = card(R, form=R.choice(["space", "dspace", "everydigit_space", "plain"]))
                d.t({"de": "Karte: ", "fr": "Carte : ", "en": "Card: "}[lang]).p(v, "CREDIT_CARD", var)
        elif f == "date":
            v = date(R, lang, 0)
            if R.random() < .5:
                v = C.ocr_garble(R, v)
            d.t(lbl["date"] + " ").n(v, "DATE")
        else:
            kind = R.choice(["INVOICE", "CUSTOMER_ID", "SKU", "TRACKING", "DELIVERY_NOTE", "RMA", "EAN"])
            negm(d, lang, kind, garble=R.random() < .5)
        d.t(R.choice(["\n", "\n", " |\n", "\n\n", "  \n"]))
    if R.random() < .5:
        pc = neg_value(R, lang, "POSTCODE")
        d.t(R.choice(STREET[lang]) + ", ").n(C.ocr_garble(R, pc) if any(c in pc for c in "01") and R.random() < .5 else pc, "POSTCODE").t(" " + R.choice(CITY[lang])[1] + "\n")
    if R.random() < .5:
        mention(d, lang, R.choice(["IBAN", "PHONE", "ORDER_NUMBER"]))
        d.t("\n")
    d.t(lbl["sig"] + R.choice([": ~~~~~", " ______", " /s/", ""]) + "\n")
    return d


# ==================================================================== logs
def nginx_date():
    return f"{R.randint(1, 28):02d}/{R.choice(['Jan', 'Mar', 'Jun', 'Sep', 'Nov', 'Dec'])}/{R.choice([2025, 2026])}:{time(R, True)} {R.choice(['+0100', '+0200', '+0000'])}"


UA = ['"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"',
      '"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"', '"curl/8.5.0"',
      '"Shopware/6.5"', '"python-requests/2.31.0"', '"-"', '"Googlebot/2.1 (+http://www.google.com/bot.html)"']


def nginx_access_line(d, lang):
    k = R.random()
    if k < .7:
        put_ip(d, R, R.choice(["v4", "v4", "v4_priv"] + (["v6"] if R.random() < .3 else [])))
    else:
        v = V.ipv6(R, R.choice(["compressed", "full"]))[1]
        d.p(v, "IP_ADDRESS", "v6_log")
    d.t(" - - [" + nginx_date() + '] "')
    meth = R.choice(["GET", "GET", "POST"])
    d.t(meth + " ")
    path = R.random()
    if path < .25:
        v, var = order(R, R.choice(["magento_default", "woocommerce_default", "shopware_default", "prestashop_id"]))
        v = v.lstrip("#")
        d.t(R.choice(["/sales/order/view/order_id/", "/checkout/onepage/success/?order_id=", "/account/order/", "/my-account/view-order/", "/index.php?controller=order-detail&id_order="]))
        d.p(v, "ORDER_NUMBER", "url_" + var).t(R.choice(["/", "", "&utm_source=mail"]))
    elif path < .45:
        v, var = email(R, lang, "url")
        d.t(R.choice(["/newsletter/subscribe?email=", "/customer/account/forgotpassword?email=", "/api/track?e="])).p(v, "EMAIL", var)
    elif path < .6:
        k2, v, keys, need = secret(R, R.choice(["stripe_secret_live", "generic_api_key", "shopify_access", "gcp_api_key", "jwt", "mailchimp", "prestashop_ws"]))
        d.t(R.choice(["/api/v1/orders?api_key=", "/rest/V1/products?access_token=", "/webhook?token=", "/api/?ws_key=", "/feed.xml?key="])).p(v, "SECRET", "url_query_" + k2)
    elif path < .7:
        d.t("/wp-login.php?redirect_to=%2Fwp-admin%2F&reauth=1&_wpnonce=").n(rs(R, S.HEX, 10), "CSRF_TOKEN")
    else:
        d.t(R.choice(["/", "/static/version1712/frontend/Theme/de_DE/js/app.js", "/media/catalog/product/a/b/ab12.jpg", "/robots.txt", "/checkout/cart/", "/.env", "/favicon.ico"]))
    d.t(' HTTP/' + R.choice(["1.1", "2.0"]) + '" ').n(neg_value(R, lang, "HTTP_STATUS"), "HTTP_STATUS").t(" ").n(neg_value(R, lang, "BYTES"), "BYTES")
    d.t(' "' + R.choice(["-", "https://www.google.com/", "https://shop.example-store.de/checkout/"]) + '" ' + R.choice(UA))
    if R.random() < .25:
        d.t(' "')
        put_ip(d, R, "v4")
        d.t('"')
    d.t("\n")


def reg_log_nginx(lang):
    d = Doc(lang, "log_nginx")
    for _ in range(R.randint(3, 6)):
        if R.random() < .75:
            nginx_access_line(d, lang)
        else:
            d.n(f"{R.choice([2025, 2026])}/{R.randint(1, 12):02d}/{R.randint(1, 28):02d} {time(R, True)}", "DATETIME").t(" [" + R.choice(["error", "warn", "crit"]) + "] ")
            pid = neg_value(R, lang, "PID")
            d.n(pid + "#" + pid, "PID").t(": *" + str(R.randint(1, 999999)) + " ")
            d.t(R.choice(["upstream timed out (110: Connection timed out) while reading response header from upstream",
                          'FastCGI sent in stderr: "PHP message: PHP Warning:  Undefined index: telephone in /var/www/shop/checkout.php on line 212"',
                          "limiting requests, excess: 20.560 by zone \"login\"", "connect() failed (111: Connection refused) while connecting to upstream",
                          'access forbidden by rule']))
            d.t(", client: ")
            put_ip(d, R, R.choice(["v4", "v4", "v6"]))
            d.t(", server: " + R.choice(["shop.example-store.de", "boutique.lumiere-maison.fr", "www.brewbox.co.uk"]) + ', request: "' + R.choice(["POST /checkout/onepage/saveOrder HTTP/1.1", "GET /admin HTTP/1.1", "POST /graphql HTTP/2.0"]) + '"')
            if R.random() < .6:
                d.t(', upstream: "' + R.choice(["fastcgi://", "http://"]))
                put_ip(d, R, "v4_priv")
                d.t(':' + R.choice(["9000", "8080"]) + '/"')
            d.t(', host: "' + R.choice(["shop.example-store.de", "lumiere-maison.fr"]) + '"\n')
    return d


PHP_PATHS = ["/var/www/html/app/code/Acme/Sync/Model/Export.php", "/var/www/shop/wp-content/plugins/woo-sync/sync.php",
             "/srv/shopware/custom/plugins/ErpBridge/src/Client.php", "/home/lumiere/public_html/modules/ps_export/export.php",
             "/var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlHandler.php"]


def php_prefix(d, lang):
    d.t("[").n(f"{R.randint(1, 28):02d}-{R.choice(['Jan', 'Mar', 'Jul', 'Dec'])}-{R.choice([2025, 2026])} {time(R, True)}", "DATETIME").t(" " + R.choice(["UTC", "Europe/Berlin", "Europe/Paris", "Europe/London"]) + "] ")


def reg_log_php(lang):
    d = Doc(lang, "log_php")
    for _ in range(R.randint(2, 5)):
        php_prefix(d, lang)
        k = R.randint(0, 9)
        if k == 0:
            d.t("PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user '" + R.choice(["shop", "magento", "wp_user", "root"]) + "'@'")
            put_ip(d, R, "v4_priv")
            d.t("' (using password: YES) in " + R.choice(PHP_PATHS) + ":" + str(R.randint(10, 400)) + "\n")
        elif k == 1:
            pw = S.password(R)
            host_ip = R.random() < .5
            d.t("PHP Warning:  mysqli::__construct(): (HY000/2002): Connection refused; DSN mysql://" + R.choice(["shop", "app", "wp"]) + ":")
            d.p(pw, "SECRET", "conn_mysql").t("@")
            if host_ip:
                put_ip(d, R, "v4_priv")
            else:
                d.t("db.internal")
            d.t(":3306/shop in " + R.choice(PHP_PATHS) + " on line " + str(R.randint(10, 400)) + "\n")
        elif k == 2:
            v, var = email(R, lang)
            d.t("PHP Warning:  mail(): Failed to connect to mailserver at \"localhost\" port 25, recipient <").p(v, "EMAIL", var).t("> in " + R.choice(PHP_PATHS) + " on line " + str(R.randint(10, 400)) + "\n")
        elif k == 3:
            d.t("PHP Fatal error:  Uncaught Stripe\\Exception\\AuthenticationException: Invalid API Key provided: ")
            d.n(R.choice(["sk_live_" + "*" * 20 + rs(R, ALNUM, 4), "sk_test_" + "*" * 16 + rs(R, ALNUM, 4)]), "PLACEHOLDER").t(" in " + R.choice(PHP_PATHS) + ":" + str(R.randint(10, 400)) + "\n")
        elif k == 4:
            v, var = order(R)
            d.t("PHP Notice:  Undefined offset: 3 while exporting order ").p(v, "ORDER_NUMBER", var).t(" in " + R.choice(PHP_PATHS) + " on line " + str(R.randint(10, 400)) + "\n")
        elif k == 5:
            kk, v, keys, need = secret(R, R.choice(["stripe_secret_live", "sendgrid", "mailgun", "openai_project", "shopify_access", "gcp_api_key", "brevo", "woocommerce_cs"]))
            d.t("PHP Warning:  curl_exec(): request failed: HTTP 401 for https://api." + R.choice(["stripe.com", "sendgrid.com", "mailgun.net", "openai.com", "example.com"]) + "/v1/ with header 'Authorization: Bearer ")
            d.p(v, "SECRET", "auth_bearer_" + kk).t("' in " + R.choice(PHP_PATHS) + "\n")
        elif k == 6:
            if R.random() < .5:
                v, var = card(R, form=R.choice(["plain", "space", "dash"]))
                d.t("PHP Notice:  payment debug dump: card_number=").p(v, "CREDIT_CARD", var).t("&exp=" + f"{R.randint(1, 12):02d}{R.randint(26, 31)}" + "&cvc=*** in " + R.choice(PHP_PATHS) + "\n")
                continue
            d.t("PHP Warning:  Undefined array key \"telephone\" in " + R.choice(PHP_PATHS) + " on line " + str(R.randint(10, 400)) + "\n")
        elif k == 7:
            cust = person(R, lang)
            v, var = email(R, lang, who=cust)
            d.t("PHP Deprecated:  strlen(): Passing null to parameter #1 ($string) — payload: {\"email\":\"").p(v, "EMAIL", var).t("\",\"phone\":\"")
            v, var = phone(R, lang, form=R.choice(["e164", "intl", "national"]))
            d.p(v, "PHONE", var).t("\",\"zip\":\"").n(neg_value(R, lang, "POSTCODE"), "POSTCODE").t("\"}\n")
        elif k == 8:
            user = R.choice(["api", "sync", "admin"])
            pw = S.password(R)
            b = base64.b64encode(f"{user}:{pw}".encode()).decode()
            d.t("PHP Warning:  file_get_contents(): HTTP request failed! HTTP/1.1 403 Forbidden, sent Authorization: Basic ").p(b, "SECRET", "auth_basic").t("\n")
        else:
            d.t("PHP Warning:  session_start(): Session cannot be started after headers have already been sent in " + R.choice(PHP_PATHS) + " on line " + str(R.randint(10, 400)) + " (PHP ")
            d.n(neg_value(R, lang, "VERSION"), "VERSION").t(")\n")
    return d


def reg_log_magento(lang):
    d = Doc(lang, "log_magento")
    for _ in range(R.randint(2, 5)):
        d.t("[").n(f"{R.choice([2025, 2026])}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{time(R, True)}.{rs(R, DIG, 6)}+00:00", "DATETIME").t("] ")
        k = R.randint(0, 8)
        oid = order(R, R.choice(["magento_default", "magento_default", "magento_store_prefix", "magento_sequence_prefix"]))
        if k == 0:
            d.t("main.CRITICAL: Payment capture failed for order #").p(oid[0], "ORDER_NUMBER", oid[1]).t(': "Transaction declined (05)" {"exception":"[object] (Magento\\\\Framework\\\\Exception\\\\LocalizedException(code: 0))"} []\n')
        elif k == 1:
            v, var = email(R, lang, "json" if R.random() < .4 else None)
            d.t("main.INFO: Order ").p(oid[0], "ORDER_NUMBER", oid[1]).t(" confirmation email sent to ").p(v, "EMAIL", var).t(" [] []\n")
        elif k == 2:
            v, var = email(R, lang, "json" if R.random() < .5 else None)
            ph, phv = phone(R, lang, form=R.choice(["e164", "intl", "national", "national_compact"]))
            d.t('main.DEBUG: Erp export payload {"' + R.choice(["increment_id", "order_id", "orderNumber", "order_ref", "reference", "external_order_no"]) + '":"').p(oid[0], "ORDER_NUMBER", oid[1]).t('","customer_email":"').p(v, "EMAIL", var)
            d.t('","telephone":"').p(ph, "PHONE", phv).t('","postcode":"').n(neg_value(R, lang, "POSTCODE"), "POSTCODE").t('","sku":"').n(neg_value(R, lang, "SKU"), "SKU").t('","grand_total":"' + str(R.randint(5, 900)) + '.00"} []\n')
        elif k == 3:
            d.t("main.WARNING: Failed login attempt for admin user from ")
            put_ip(d, R, R.choice(["v4", "v4", "v6"]))
            d.t(" [] []\n")
        elif k == 4:
            kk, v, keys, need = secret(R, R.choice(["magento_integration", "generic_api_key", "stripe_secret_live", "jwt", "mollie_live", "adyen_api", "braintree"]))
            d.t('main.DEBUG: cURL request to payment gateway {"headers":{"Authorization":"Bearer ').p(v, "SECRET", "auth_bearer_" + kk).t('","X-Request-Id":"').n(neg_value(R, lang, "REQUEST_ID"), "REQUEST_ID").t('"}} []\n')
        elif k == 5:
            d.t("cron.ERROR: Cron Job sales_send_order_emails has an error: SMTP error for order ").p(oid[0], "ORDER_NUMBER", oid[1]).t(". Statistic: {\"cron_id\":" + str(R.randint(1000, 99999)) + "} []\n")
        elif k == 6:
            v, var = card(R, form=R.choice(["plain", "plain", "space", "dash"]))
            d.t("main.ERROR: Payment validation failed: {\"cc_number\":\"").p(v, "CREDIT_CARD", var).t("\",\"cc_exp\":\"" + f"{R.randint(1, 12):02d}/{R.randint(26, 31)}" + "\",\"order\":\"").p(oid[0], "ORDER_NUMBER", oid[1]).t("\"} []\n")
        elif k == 7 and R.random() < .5:
            d.t('main.DEBUG: POST /checkout/cart/add/ {"form_key":"').n(rs(R, ALNUM, 16), "CSRF_TOKEN").t('","product":"' + str(R.randint(10, 9999)) + '","qty":"1","customer_ip":"')
            put_ip(d, R, R.choice(["v4", "v6"]))
            d.t('"} []\n')
        elif k == 7:
            d.t("main.INFO: Broken reference: the 'header.panel' element cannot be added as child to 'header.container'. Module version ").n(neg_value(R, lang, "VERSION"), "VERSION").t(" [] []\n")
        else:
            d.t("report.ERROR: Refund for creditmemo ").n(neg_value(R, lang, "INVOICE"), "INVOICE").t(" (order ").p(oid[0], "ORDER_NUMBER", oid[1]).t(") failed: IBAN ")
            v, var = iban(R, lang=lang, form="compact")
            d.p(v, "IBAN", var).t(" rejected by PSP [] []\n")
    return d


# ==================================================================== config files
def conn(R_, kindc=None):
    """returns (prefix, pw, suffix_host_parts, variant) -> caller assembles"""
    kindc = kindc or R.choice(["postgres", "mysql", "mongodb", "redis", "amqp", "smtp", "mssql_ado", "jdbc"])
    return kindc


def put_conn(d, kindc=None):
    kindc = kindc or R.choice(["postgres", "mysql", "mongodb", "redis", "amqp", "smtp", "mssql_ado", "jdbc"])
    pw = S.password(R).replace("@", "!").replace("/", "_").replace(":", "_").replace(";", "_").replace("#", "_").replace("%", "_")
    user = R.choice(["shop", "app", "magento", "admin", "svc_orders", "wp"])
    use_ip = R.random() < .5

    def host():
        if use_ip:
            put_ip(d, R, R.choice(["v4_priv", "v4"]))
        else:
            d.t({"postgres": "pg-01.shop.lan", "mysql": "mysql-primary.prod", "mongodb": "cluster0.ab1cd.mongodb.net", "redis": "redis",
                 "amqp": "rabbitmq", "smtp": "smtp.ionos.de", "mssql_ado": "sql01.corp.local", "jdbc": "db.internal"}[kindc])
    if kindc == "postgres":
        d.t(f"postgresql://{user}:").p(pw, "SECRET", "conn_postgres").t("@"); host(); d.t(":5432/shop")
    elif kindc == "mysql":
        d.t(f"mysql://{user}:").p(pw, "SECRET", "conn_mysql").t("@"); host(); d.t(":3306/magento")
    elif kindc == "mongodb":
        d.t(f"mongodb{'' if use_ip else '+srv'}://{user}:").p(pw, "SECRET", "conn_mongodb").t("@"); host(); d.t("/orders?retryWrites=true")
    elif kindc == "redis":
        d.t("redis://:").p(pw, "SECRET", "conn_redis").t("@"); host(); d.t(":6379/0")
    elif kindc == "amqp":
        d.t(f"amqp://{user}:").p(pw, "SECRET", "conn_amqp").t("@"); host(); d.t(":5672/%2f")
    elif kindc == "smtp":
        d.t("smtp://").p(f"{user}%40mail.example-store.de", "EMAIL", "role_url_smtp_user").t(":").p(pw, "SECRET", "conn_smtp").t("@"); host(); d.t(":587")
    elif kindc == "mssql_ado":
        d.t("Server="); host(); d.t(f",1433;Database=Shop;User Id={user};Password=").p(pw, "SECRET", "ado_password").t(";")
    else:
        d.t("jdbc:postgresql://"); host(); d.t(f":5432/erp?user={user}&password=").p(pw, "SECRET", "jdbc_password")


CFG_NEG = [("version", "VERSION"), ("release", "VERSION"), ("build_hash", "HASH"), ("instance_id", "UUID"), ("currency_min_order", "AMOUNT"),
           ("public_key", "PUBLIC_KEY"), ("api_key", "PLACEHOLDER"), ("secret", "PLACEHOLDER"), ("password", "PLACEHOLDER"), ("store_uuid", "UUID"),
           ("vat_id", "VAT_ID"), ("cron_time", "TIME"), ("launch_date", "DATE"), ("sentry_release", "HASH"), ("stripe_publishable_key", "PUBLIC_KEY")]


def cfg_items(lang, n):
    """list of (key, kind) items for configs"""
    items = []
    for _ in range(n):
        r = R.random()
        if r < .38:
            items.append(("secret", None))
        elif r < .5:
            items.append(("conn", None))
        elif r < .6:
            items.append(("ip", None))
        elif r < .67:
            items.append(("email", None))
        elif r < .72:
            items.append(("phone", None))
        elif r < .76:
            items.append(("iban", None))
        elif r < .8:
            items.append(("pem", None))
        elif r < .85:
            items.append(("webhook", None))
        else:
            items.append(("neg", R.choice(CFG_NEG)))
    return items


def cfg_value(d, item, lang, quote='"'):
    kind, extra = item
    if kind == "secret":
        k, v, keys, need = secret(R)
        return R.choice(keys), lambda: (d.t(quote), d.p(v, "SECRET", k), d.t(quote))
    if kind == "conn":
        kc = R.choice(["postgres", "mysql", "mongodb", "redis", "amqp", "smtp", "mssql_ado", "jdbc"])
        key = R.choice({"postgres": ["DATABASE_URL", "database_url", "dsn"], "mysql": ["DATABASE_URL", "db_dsn"], "mongodb": ["MONGO_URI", "mongodb_uri"],
                        "redis": ["REDIS_URL", "cache_dsn"], "amqp": ["broker_url", "RABBITMQ_URL"], "smtp": ["MAILER_DSN", "mailer_url"],
                        "mssql_ado": ["ConnectionStrings__Default", "connection_string"], "jdbc": ["jdbc_url", "SPRING_DATASOURCE_URL"]}[kc])
        return key, lambda: (d.t(quote), put_conn(d, kc), d.t(quote))
    if kind == "ip":
        return R.choice(["db_host", "DB_HOST", "bind_address", "trusted_proxy", "ELASTICSEARCH_HOST", "allowed_ip", "smtp_host", "REDIS_HOST"]), lambda: (d.t(quote), put_ip(d, R, R.choice(["v4", "v4_priv", "v4_priv", "v6", "v4_cidr"])), d.t(quote))
    if kind == "email":
        v, var = email(R, lang)
        return R.choice(["admin_email", "ADMIN_EMAIL", "notify_to", "sender_email", "support_mail", "contact"]), lambda: (d.t(quote), d.p(v, "EMAIL", var), d.t(quote))
    if kind == "phone":
        v, var = phone(R, lang)
        return R.choice(["support_phone", "SHOP_PHONE", "hotline", "sms_sender"]), lambda: (d.t(quote), d.p(v, "PHONE", var), d.t(quote))
    if kind == "iban":
        v, var = iban(R, lang=lang, form=R.choice(["compact", "grouped"]))
        return R.choice(["bank_transfer_iban", "PAYOUT_IBAN", "iban", "sepa_creditor_iban"]), lambda: (d.t(quote), d.p(v, "IBAN", var), d.t(quote))
    if kind == "webhook":
        k, v = S.webhook(R)
        C.stat("secret:" + k)
        wk = {"webhook_slack": ["SLACK_WEBHOOK_URL", "slack_hook"], "webhook_discord": ["DISCORD_WEBHOOK", "discord_url"],
              "webhook_teams": ["TEAMS_WEBHOOK", "teams_webhook"], "webhook_google_chat": ["GCHAT_WEBHOOK", "google_chat_url"],
              "webhook_zapier": ["ZAPIER_HOOK", "zap_url"], "webhook_mattermost": ["MATTERMOST_HOOK"], "webhook_make": ["MAKE_WEBHOOK", "scenario_hook"]}[k]
        return R.choice(wk + ["alert_webhook", "notify_url"]), lambda: (d.t(quote), d.p(v, "SECRET", k), d.t(quote))
    if kind == "pem":
        return "private_key", None
    key, nk = extra
    v = neg_value(R, lang, nk)
    if "\n" in v:
        v = neg_value(R, lang, "PLACEHOLDER")
        nk = "PLACEHOLDER"
    if nk == "PUBLIC_KEY":
        key = "stripe_publishable_key" if v.startswith("pk_") else R.choice(["ssh_public_key", "deploy_key_pub", "authorized_key"])
    return key, lambda: (d.t(quote), d.n(v, nk), d.t(quote))


def uniq_key(key, used):
    base = key
    while key.lower() in used:
        key = R.choice(["old_", "backup_", "legacy_", "staging_", "fallback_"]) + base
    used.add(key.lower())
    return key


def cfg_comment(lang, ch):
    return ch + " " + R.choice({"de": ["TODO: vor Go-Live rotieren", "nicht committen!!", "Zugang für Staging", "siehe Wiki", "vom Dienstleister bekommen"],
                                "fr": ["TODO : changer avant la mise en prod", "ne pas committer !!", "accès pour la préprod", "voir le wiki", "fourni par le prestataire"],
                                "en": ["TODO: rotate before go-live", "do not commit!!", "staging access", "see wiki", "from the vendor"]}[lang]) + "\n"


def reg_env(lang):
    d = Doc(lang, "config_env")
    used = set()
    if R.random() < .5:
        d.t(cfg_comment(lang, "#"))
    for it in cfg_items(lang, R.randint(4, 8)):
        key, fn = cfg_value(d, it, lang, quote=R.choice(['', '', '"', "'"]))
        key = uniq_key(key, used)
        if fn is None:
            k, v = S.pem_block(R)
            C.stat("secret:" + k)
            d.t("PRIVATE_KEY=\"")
            v2 = v.replace("\n", "\\n")
            d.p(v2, "SECRET", k + "_escaped").t("\"\n")
            continue
        d.t(("export " if R.random() < .15 else "") + key.upper().replace(".", "_") + "=")
        fn()
        d.t("\n")
        if R.random() < .15:
            d.t(cfg_comment(lang, "#"))
    return d


def reg_yaml(lang):
    d = Doc(lang, "config_yaml")
    used = set()
    sect = R.choice(["production", "parameters", "services", "env", "shop", "spring"])
    d.t(f"# {R.choice(['docker-compose.override.yml', 'config/packages/prod.yaml', 'values.yaml', 'app.yml', '.gitlab-ci.yml'])}\n{sect}:\n")
    for it in cfg_items(lang, R.randint(4, 8)):
        key, fn = cfg_value(d, it, lang, quote=R.choice(['', '"', "'", '']))
        key = uniq_key(key, used)
        if fn is None:
            k, v = S.pem_block(R)
            C.stat("secret:" + k)
            d.t("  private_key: |\n    ")
            v2 = v.replace("\n", "\n    ")
            d.p(v2, "SECRET", k + "_yaml_indented").t("\n")
            continue
        d.t("  " + key.lower() + ": ")
        fn()
        d.t("\n")
        if R.random() < .12:
            d.t("  " + cfg_comment(lang, "#"))
    return d


def reg_toml(lang):
    d = Doc(lang, "config_toml")
    used = set()
    for sec in R.sample(["database", "mail", "payment", "api", "shop", "server", "alerts"], R.randint(2, 3)):
        d.t(f"[{sec}]\n")
        for it in cfg_items(lang, R.randint(2, 4)):
            key, fn = cfg_value(d, it, lang, quote='"')
            key = uniq_key(key, used)
            if fn is None:
                k, v = S.pem_block(R)
                C.stat("secret:" + k)
                d.t('private_key = """\n').p(v, "SECRET", k).t('\n"""\n')
                continue
            d.t(key.lower() + " = ")
            fn()
            d.t("\n")
        d.t("\n")
    return d


def reg_ini(lang):
    d = Doc(lang, "config_ini")
    used = set()
    fname = R.choice(["php.ini", "settings.ini", "odbc.ini", "app.config.ini", "parameters.ini", "my.cnf"])
    d.t(f"; {fname}\n")
    for sec in R.sample(["client", "mysqld", "smtp", "erp", "paypal", "general", "sftp"], R.randint(2, 3)):
        d.t(f"[{sec}]\n")
        for it in cfg_items(lang, R.randint(2, 4)):
            key, fn = cfg_value(d, it, lang, quote=R.choice(['', '"']))
            key = uniq_key(key, used)
            if fn is None:
                key, fn = "password", None
                pw = S.password(R)
                d.t("password = ").p(pw, "SECRET", "generic_password").t("\n")
                continue
            d.t(key.lower() + R.choice([" = ", "=", " = "]))
            fn()
            d.t("\n")
        d.t("\n")
    return d


# ==================================================================== HTML e-mail
def hesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("é", R.choice(["é", "&eacute;"])).replace("ü", R.choice(["ü", "&uuml;"])).replace("ä", R.choice(["ä", "&auml;"])).replace("'", R.choice(["'", "&#39;", "&rsquo;"]))


def reg_html(lang):
    d = Doc(lang, "html_email")
    shop = R.choice(SHOP[lang])
    f, l = person(R, lang)
    d.t('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + hesc({"de": "Deine Bestellung", "fr": "Votre commande", "en": "Your order"}[lang]) + '</title></head>\n<body style="font-family:Arial">\n')
    gr = R.choice([x for x in GREET[lang] if not any(w in x for w in ("team", "Team", "zusammen", "tous", "équipe", "Madame", "Sehr", "Dear"))])
    d.t("<p>" + hesc(gr + " " + f) + ",</p>\n<p>")
    w = {"de": "vielen Dank f&uuml;r deine Bestellung ", "fr": "merci pour votre commande n&deg;&nbsp;", "en": "thanks for your order "}[lang]
    v, var = order(R)
    tag = R.choice(["b", "strong", ""])
    d.t(w + (f"<{tag}>" if tag else ""))
    d.p(v, "ORDER_NUMBER", var)
    d.t((f"</{tag}>" if tag else "") + ".</p>\n")
    d.t('<table cellpadding="4">\n')
    rows = R.sample(["phone", "email", "iban", "neg_sku", "neg_amount", "neg_date", "card", "neg_masked", "neg_tracking"], 5)
    for r in rows:
        d.t("<tr><td>")
        if r == "phone":
            v, var = phone(R, lang, form=R.choice(["intl", "national", "e164"]))
            d.t(hesc({"de": "Telefon", "fr": "Téléphone", "en": "Phone"}[lang]) + '</td><td><a href="tel:')
            d.p("".join(c for c in v if c.isdigit() or c == "+"), "PHONE", "tel_href").t('">').p(v, "PHONE", var).t("</a>")
        elif r == "email":
            v, var = email(R, lang, "html", who=(f, l))
            d.t('E-Mail</td><td><a href="mailto:').p(v, "EMAIL", var).t('">').p(v, "EMAIL", var).t("</a>")
        elif r == "iban":
            v, var = iban(R, lang=lang, form=R.choice(["grouped", "nbsp", "compact"]))
            if var == "nbsp":
                v, var = v.replace("\u00a0", "&nbsp;"), "html_nbsp"
            d.t("IBAN</td><td>").p(v, "IBAN", var)
        elif r == "card":
            v, var = card(R, html=True, form=R.choice(["html_nbsp", "space", "plain", "dash"]))
            d.t(hesc({"de": "Karte", "fr": "Carte", "en": "Card"}[lang]) + "</td><td>").p(v, "CREDIT_CARD", var)
        else:
            kind = {"neg_sku": "SKU", "neg_amount": "AMOUNT", "neg_date": "DATE", "neg_masked": "MASKED_CARD", "neg_tracking": "TRACKING"}[r]
            d.t(hesc(NEG_LABEL.get(kind, {"de": ["Betrag"], "fr": ["Montant"], "en": ["Amount"]} if kind == "AMOUNT" else {"de": ["Datum"], "fr": ["Date"], "en": ["Date"]})[lang][0]) + "</td><td>")
            v = neg_value(R, lang, kind)
            d.n(hesc(v) if "&" not in v else v, kind)
        d.t("</td></tr>\n")
    d.t("</table>\n")
    if R.random() < .5:
        k, v = S.webhook(R) if R.random() < .3 else (None, None)
        if k:
            C.stat("secret:" + k)
            d.t('<!-- debug: notify ').p(v.replace("&", "&amp;"), "SECRET", k + "_html").t(" -->\n")
        else:
            d.t('<p><a href="https://' + S.__name__.replace("secrets_tab", "shop.example-store.de") + '/track?order=')
            v, var = order(R, R.choice(["magento_default", "shopware_default", "woo_sequential"]))
            d.p(v, "ORDER_NUMBER", "url_" + var).t('&amp;email=')
            e, evar = email(R, lang, "url", who=(f, l))
            d.p(e, "EMAIL", evar).t('&amp;utm_campaign=ship">' + hesc({"de": "Sendung verfolgen", "fr": "Suivre mon colis", "en": "Track parcel"}[lang]) + "</a></p>\n")
    d.t("<p>" + hesc(R.choice(FILLER[lang])) + "</p>\n")
    d.t('<p style="font-size:11px;color:#888">' + hesc(shop) + " &middot; " + hesc(R.choice(STREET[lang])) + " &middot; ")
    pc, city = R.choice(CITY[lang])
    d.n(pc, "POSTCODE").t(" " + hesc(city) + "<br>\n")
    e, evar = email(R, lang, "html", who=(R.choice(V.ROLE), shop.split()[0]))
    d.t({"de": "Kontakt", "fr": "Contact", "en": "Contact"}[lang] + ": ").p(e, "EMAIL", evar).t(" &middot; ")
    v, var = phone(R, lang)
    d.p(v, "PHONE", var).t(" &middot; ")
    negm(d, lang, "VAT_ID")
    d.t("</p>\n</body></html>\n")
    return d


# ==================================================================== quoted-printable e-mail
def qp_text(s):
    out = []
    for ch in s:
        if ch == "=":
            out.append("=3D")
        elif ord(ch) > 126:
            out.append("".join("=%02X" % b for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


def reg_qp(lang):
    d0 = Doc(lang, "qp_email")
    f, l = person(R, lang)
    shop = R.choice(SHOP[lang])
    # headers (not encoded)
    e, evar = email(R, lang, who=(f, l))
    d0.t("From: " + f + " " + l + " <").p(e, "EMAIL", evar).t(">\n")
    e2, evar2 = email(R, lang, who=(R.choice(V.ROLE), shop.split()[0]))
    d0.t("To: ").p(e2, "EMAIL", evar2).t("\nDate: " + R.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]) + ", ")
    d0.n(f"{R.randint(1, 28)} {R.choice(['Jan', 'Mar', 'Oct', 'Dec'])} {R.choice([2025, 2026])} {time(R, True)} +0100", "DATETIME")
    d0.t("\nSubject: " + {"de": "=?UTF-8?Q?R=C3=BCckfrage?=", "fr": "=?UTF-8?Q?Question_commande?=", "en": "Query about my order"}[lang] + "\n")
    d0.t("Message-ID: <").n(C._noluhn(R, lambda: rs(R, S.HEX, 16)) + "@" + R.choice(["mail.gmx.net", "smtp.orange.fr", "mail.gmail.com"]), "MESSAGE_ID").t(">\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n")
    # body: build logical parts, then encode + soft-wrap
    body = Doc(lang, "qp_email")
    body.t(R.choice(GREET[lang]).rstrip(",") + ",\n\n")
    for t in R.sample(CUSTOMER_TYPES + ["EMAIL", "IP_ADDRESS"], R.randint(2, 4)):
        if R.random() < .5:
            body.t(R.choice(FILLER[lang]) + " ")
        mention(body, lang, t, enc="qp" if t == "EMAIL" else None)
        body.t(" " if R.random() < .5 else "\n")
    if R.random() < .5:
        negm(body, lang, R.choice(["INVOICE", "TRACKING", "CUSTOMER_ID", "RMA"]))
        body.t("\n")
    body.t("\n" + R.choice(CLOSE[lang]) + "\n" + f + " " + l + "\n")
    if R.random() < .6:
        v, var = phone(R, lang)
        body.p(v, "PHONE", var).t("\n")
    if R.random() < .45:
        body.t("\n" + {"de": "Am ", "fr": "Le ", "en": "On "}[lang]).n(date(R, lang, 2 if lang != "en" else 1), "DATE").t({"de": " um ", "fr": " à ", "en": " at "}[lang]).n(time(R), "TIME")
        body.t({"de": " schrieb ", "fr": ", ", "en": ", "}[lang] + shop + " <")
        e3, evar3 = email(R, lang, "qp", who=(R.choice(V.ROLE), shop.split()[0]))
        body.p(e3, "EMAIL", evar3).t({"de": ">:\n", "fr": "> a écrit :\n", "en": "> wrote:\n"}[lang])
        for t in R.sample(["ORDER_NUMBER", "PHONE", "EMAIL", "IBAN"], R.randint(1, 3)):
            body.t("> ")
            mention(body, lang, t, enc="qp" if t == "EMAIL" else None)
            body.t("\n")
        body.t("> " + R.choice(CLOSE[lang]) + "\n")
    # encode
    col = 0
    for s, labl in body.parts:
        if labl is None:
            enc = qp_text(s)
            buf = []
            i = 0
            while i < len(enc):
                ch = enc[i]
                if ch == "\n":
                    buf.append(ch); col = 0; i += 1; continue
                step = 3 if ch == "=" else 1
                if col + step > 75:
                    buf.append("=\n"); col = 0
                buf.append(enc[i:i + step]); col += step; i += step
            d0.t("".join(buf))
        else:
            v = s
            if labl[1] != "EMAIL":
                v = qp_text(v)
            if "\n" in v:
                col = len(v.split("\n")[-1])
            else:
                if col + len(v) > 75:
                    if labl[0] == "P" and labl[1] == "EMAIL" and R.random() < .4 and len(v) > 8:
                        k = R.randint(3, len(v) - 3)
                        while v[k - 1] == "=" or v[k - 2] == "=" or v[k] == "=" and False:
                            k -= 1
                        v = v[:k] + "=\n" + v[k:]
                        labl = (labl[0], labl[1], labl[2] + "_softbreak")
                        col = len(v.split("\n")[-1])
                    else:
                        d0.t("=\n"); col = len(v)
                else:
                    col += len(v)
            if labl[0] == "P" and v != s and labl[1] != "EMAIL" and "_qp" not in labl[2]:
                labl = (labl[0], labl[1], labl[2] + "_qp")
            d0.parts.append([v, labl])
    return d0


# ==================================================================== Markdown table
def reg_markdown(lang):
    d = Doc(lang, "markdown_table")
    H = {"de": ["Bestellnr.", "Kunde", "E-Mail", "Telefon", "IBAN", "Betrag", "Status", "Datum", "Notiz"],
         "fr": ["N° commande", "Client", "E-mail", "Téléphone", "IBAN", "Montant", "Statut", "Date", "Note"],
         "en": ["Order #", "Customer", "Email", "Phone", "IBAN", "Amount", "Status", "Date", "Note"]}[lang]
    title = {"de": "### Offene Erstattungen", "fr": "### Remboursements en attente", "en": "### Pending refunds"}[lang]
    d.t(title + "\n\n")
    cols = [0, 1] + sorted(R.sample([2, 3, 4, 5, 6, 7], R.randint(2, 4)))
    d.t("| " + " | ".join(H[c] for c in cols) + " |\n|" + "|".join(R.choice(["---", ":---", "---:", "-----"]) for _ in cols) + "|\n")
    st = {"de": ["offen", "erstattet", "in Prüfung"], "fr": ["en cours", "remboursé", "à vérifier"], "en": ["open", "refunded", "on hold"]}[lang]
    for _ in range(R.randint(2, 5)):
        f, l = person(R, lang)
        for c in cols:
            d.t("| ")
            if c == 0:
                v, var = order(R)
                if R.random() < .2:
                    d.t("`").p(v, "ORDER_NUMBER", var).t("`")
                else:
                    d.p(v, "ORDER_NUMBER", var)
            elif c == 1:
                d.t(f + " " + l)
            elif c == 2:
                v, var = email(R, lang, who=(f, l))
                if R.random() < .3:
                    d.t("[").p(v, "EMAIL", var).t("](mailto:").p(v, "EMAIL", var + "_mdlink").t(")")
                else:
                    d.p(v, "EMAIL", var)
            elif c == 3:
                v, var = phone(R, lang)
                d.p(v, "PHONE", var)
            elif c == 4:
                v, var = iban(R, lang=lang, form=R.choice(["compact", "grouped", "lower", "mixedcase"]))
                d.p(v, "IBAN", var)
            elif c == 5:
                d.n(amount(R, lang), "AMOUNT")
            elif c == 6:
                d.t(R.choice(st))
            elif c == 7:
                d.n(date(R, lang), "DATE")
            d.t(" ")
        d.t("|\n")
    if R.random() < .5:
        d.t("\n> " + R.choice(FILLER[lang]) + " ")
        mention(d, lang, R.choice(["SECRET", "IP_ADDRESS", "PHONE"]))
        d.t("\n")
    if R.random() < .4:
        d.t("\n")
        negm(d, lang, "TICKET")
        d.t(" · ")
        negm(d, lang, R.choice(["RMA", "INVOICE"]))
        d.t("\n")
    return d


# ==================================================================== Jira / Zendesk
def reg_jira(lang):
    d = Doc(lang, "jira_export")
    key = neg_value(R, lang, "TICKET").lstrip("#")
    if not key[0].isalpha():
        key = "SHOP-" + str(R.randint(10, 9999))
    summ = {"de": ["Zahlung schlägt fehl", "Kunde bekommt keine Bestellbestätigung", "Export an ERP bricht ab", "Retoure nicht gebucht"],
            "fr": ["Le paiement échoue", "Le client ne reçoit pas la confirmation", "L'export ERP plante", "Retour non enregistré"],
            "en": ["Payment fails at checkout", "Customer gets no order confirmation", "ERP export aborts", "Return not booked"]}[lang]
    if R.random() < .5:
        d.t("Issue key,Summary,Status,Created,Reporter,Description\n").n(key, "TICKET").t("," + R.choice(summ) + "," + R.choice(["Open", "In Progress", "Done"]) + ",")
        d.n(f"{date(R, lang, 0)} {time(R)}", "DATETIME").t("," + name_str(lang) + ',"')
        close = '"\n'
    else:
        d.t("[").n(key, "TICKET").t("] " + R.choice(summ) + "\nStatus: " + R.choice(["Open", "To Do", "In Review"]) + "   Priority: " + R.choice(["Major", "Critical", "Minor"]) + "\nCreated: ")
        d.n(f"{date(R, lang, 1)} {time(R)}", "DATETIME").t("\nDescription:\n")
        close = "\n"
    q = '""' if close.startswith('"') else '"'
    d.t({"de": "Kunde meldet: ", "fr": "Le client signale : ", "en": "Customer reports: "}[lang])
    for t in R.sample(CUSTOMER_TYPES + ["IP_ADDRESS", "EMAIL"], R.randint(2, 3)):
        mention(d, lang, t)
        d.t(" ")
    d.t("\n{code}\n")
    for _ in range(R.randint(1, 3)):
        r = R.random()
        if r < .5:
            k, v, keys, need = secret(R)
            d.t(R.choice(keys) + "=").p(v, "SECRET", k).t("\n")
        elif r < .7:
            d.t(R.choice(["DATABASE_URL=", "dsn="]))
            put_conn(d)
            d.t("\n")
        else:
            d.t("curl -H " + q + "X-Request-Id: ").n(neg_value(R, lang, "REQUEST_ID"), "REQUEST_ID").t(q + " https://")
            put_ip(d, R, "v4_priv")
            d.t("/api/health\n")
    d.t("{code}\n")
    if R.random() < .35:
        d.t({"de": "Security: verdächtige Logins / Phishing-Links:\n", "fr": "Sécurité : connexions suspectes / liens de phishing :\n", "en": "Security: suspicious logins / phishing links:\n"}[lang])
        for _ in range(R.randint(1, 3)):
            d.t("* ")
            put_ip(d, R, R.choice(["defang_brackets", "defang_all", "hxxp", "v4_port", "v4_bracket", "v4_userat", "v6_bracket_port", "v4_paren", "v4_url"]))
            d.t("\n")
    if R.random() < .15:
        k, v = S.pem_block(R)
        C.stat("secret:" + k)
        d.t({"de": "Key aus dem Server-Dump (bitte rotieren):\n", "fr": "Clé trouvée dans le dump (à révoquer) :\n", "en": "Key found in the server dump (rotate!):\n"}[lang] + "{noformat}\n").p(v, "SECRET", k).t("\n{noformat}\n")
    if R.random() < .25:
        d.t({"de": "Request-Body laut Log: ", "fr": "Corps de la requête : ", "en": "Request body from log: "}[lang])
        fk = R.choice(["form_key", "_token", "_wpnonce", "_csrf_token", "authenticity_token"])
        d.t(fk + "=").n(neg_value(R, lang, "CSRF_TOKEN"), "CSRF_TOKEN").t("&email=")
        e, evar = email(R, lang, "url")
        d.p(e, "EMAIL", evar).t("&qty=1\n")
    n_comments = R.randint(1, 3)
    ck = C.Clock(R, lang)
    for _ in range(n_comments):
        ck.tick(big=True)
        d.t("Comment: ").n(f"{ck.date(0)} {ck.time()}", "DATETIME").t(";" + name_str(lang) + ";")
        r = R.random()
        if r < .4:
            mention(d, lang, R.choice(CUSTOMER_TYPES))
        elif r < .7:
            d.t({"de": "Fix in ", "fr": "Corrigé en ", "en": "Fixed in "}[lang]).n(neg_value(R, lang, "VERSION"), "VERSION").t(", commit ").n(C._noluhn(R, lambda: rs(R, S.HEX, R.choice([7, 40]))), "HASH")
        else:
            negm(d, lang, R.choice(["RMA", "INVOICE", "TRACKING", "CUSTOMER_ID", "MODEL"]))
        d.t("\n")
    d.t(close)
    return d


def jesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def reg_zendesk(lang):
    d = Doc(lang, "zendesk_export")
    f, l = person(R, lang)
    if R.random() < .55:  # JSON export
        d.t('{"ticket":{"id":').n(str(R.randint(10000, 999999)), "TICKET").t(',"created_at":"').n(f"{date(R, lang, 1)}T{time(R, True)}Z", "DATETIME")
        d.t('","subject":"')
        v, var = order(R)
        d.t({"de": "Bestellung ", "fr": "Commande ", "en": "Order "}[lang]).p(v, "ORDER_NUMBER", var).t('","requester":{"name":"' + f + " " + l + '","email":"')
        e, evar = email(R, lang, "json" if R.random() < .3 else None, who=(f, l))
        d.p(e, "EMAIL", evar).t('","phone":')
        if R.random() < .7:
            p, pvar = phone(R, lang, form=R.choice(["e164", "intl"]))
            d.t('"').p(p, "PHONE", pvar).t('"')
        else:
            d.t("null")
        d.t('},"description":"')
        sub = Doc(lang, "x")
        for t in R.sample(CUSTOMER_TYPES, R.randint(1, 3)):
            mention(sub, lang, t)
            sub.t(R.choice([" ", "\n", "\n\n"]))
        sub.t(R.choice(CLOSE[lang]) + "\n" + f)
        for s, lb in sub.parts:
            if lb and lb[0] == "P" and jesc(s) != s:
                lb = (lb[0], lb[1], lb[2] + "_jsonesc")
            d.parts.append([jesc(s), lb])
        d.t('","via":{"channel":"' + R.choice(["email", "web", "chat"]) + '","source":{"from":{"ip":"')
        put_ip(d, R, R.choice(["v4", "v6"]))
        d.t('"}}},"tags":["' + R.choice(["refund", "retoure", "livraison", "vip"]) + '"],"custom_fields":[{"id":' + str(R.randint(10**6, 10**8)) + ',"value":"')
        nk = R.choice(["RMA", "TRACKING", "CUSTOMER_ID", "MODEL"])
        d.n(neg_value(R, lang, nk), nk)
        d.t('"}]}}\n')
    else:  # text export
        tid = neg_value(R, lang, "TICKET")
        d.t({"de": "Ticket ", "fr": "Ticket ", "en": "Ticket "}[lang]).n(tid if tid.startswith("#") else "#" + str(R.randint(10000, 99999)), "TICKET").t(" — ")
        d.t({"de": "Anfragender: ", "fr": "Demandeur : ", "en": "Requester: "}[lang] + f + " " + l + " <")
        e, evar = email(R, lang, who=(f, l))
        d.p(e, "EMAIL", evar).t(">\n")
        ck = C.Clock(R, lang)
        for i in range(R.randint(2, 4)):
            who = f + " " + l if i % 2 == 0 else R.choice(["Agent ", "Support "]) + R.choice(["Lea", "Tom", "Inès"])
            ck.tick(big=True)
            d.t("---- ").n(f"{ck.date(2)}, {ck.time()}", "DATETIME").t(" " + who + "\n")
            if i % 2 == 0:
                for t in R.sample(CUSTOMER_TYPES + ["EMAIL"], R.randint(1, 2)):
                    mention(d, lang, t)
                    d.t("\n")
            else:
                d.t({"de": "Danke, wir prüfen das. ", "fr": "Merci, nous vérifions. ", "en": "Thanks, we're checking. "}[lang])
                negm(d, lang, R.choice(["RMA", "TRACKING", "INVOICE", "COUPON", "MODEL"]))
                d.t("\n")
            if i > 0 and R.random() < .3:
                d.t("> " + R.choice(FILLER[lang]) + "\n")
        d.t({"de": "Interne Notiz: ", "fr": "Note interne : ", "en": "Internal note: "}[lang])
        put_ip(d, R, R.choice(["v4", "defang_brackets", "v6"]))
        d.t(" " + {"de": "laut Login-Log", "fr": "selon le journal de connexion", "en": "per login log"}[lang] + "\n")
    return d


# ==================================================================== bank statement
def reg_bank(lang):
    d = Doc(lang, "bank_statement")
    style = R.randint(0, 2)
    n = R.randint(2, 5)
    if style == 2:
        d.t({"de": "Buchungstag;Valuta;Auftraggeber/Empfänger;IBAN;BIC;Verwendungszweck;Betrag\n",
             "fr": "Date;Date valeur;Libellé;IBAN;BIC;Référence;Montant\n",
             "en": "Date;Value date;Payee/Payer;IBAN;BIC;Reference;Amount\n"}[lang])
    for _ in range(n):
        nm = name_str(lang).upper() if R.random() < .5 else name_str(lang)
        ib, ibv = iban(R, lang=lang, form=R.choice(["compact", "compact", "grouped", "lower"]), home_p=.75)
        ov, ovar = order(R)
        if style == 0:  # de/fr/en booking text with SEPA tags
            d.n(date(R, lang, 0), "DATE").t(" ").n(date(R, lang, 0), "DATE").t(" ")
            d.t({"de": R.choice(["SEPA-Gutschrift", "SEPA-Überweisung", "SEPA-Lastschrift", "Gutschrift Überw."]),
                 "fr": R.choice(["VIR SEPA RECU", "PRLV SEPA", "VIREMENT EMIS"]),
                 "en": R.choice(["FASTER PAYMENT", "SEPA CREDIT", "DIRECT DEBIT"])}[lang] + " ")
            d.t(R.choice(["/DE ", "von ", "FROM ", ""]) + nm + "\n    ")
            if R.random() < .8:
                d.t(R.choice(["IBAN: ", "IBAN ", "/IBAN "])).p(ib, "IBAN", ibv).t(R.choice([" BIC: ", " /BIC "])).n(neg_value(R, lang, "BIC"), "BIC").t("\n    ")
            d.t(R.choice(["EREF: ", "/EREF "])).n(neg_value(R, lang, "END_TO_END_ID"), "END_TO_END_ID").t(" ")
            if R.random() < .5:
                d.t("MREF: ").n(neg_value(R, lang, "MANDATE_REF"), "MANDATE_REF").t(" CRED: ").n(neg_value(R, lang, "CREDITOR_ID"), "CREDITOR_ID").t(" ")
            d.t(R.choice(["SVWZ+", "SVWZ: ", "/MOTIF ", "/REMI ", "REF "]))
            w = R.choice({"de": ["Bestellung ", "Best.Nr. ", "Auftrag ", "Bestellnr "], "fr": ["CDE ", "COMMANDE ", "Cde n° "], "en": ["ORDER ", "Order ", "ORD REF "]}[lang])
            d.t(w).p(ov, "ORDER_NUMBER", ovar)
            if R.random() < .4:
                d.t(" ")
                negm(d, lang, R.choice(["INVOICE", "CUSTOMER_ID"]))
            d.t("   ").n(("+" if R.random() < .6 else "-") + amount(R, lang), "AMOUNT").t("\n")
        elif style == 1:  # MT940 :86: field
            d.t(":61:").n(f"{R.choice([25, 26])}{R.randint(1, 12):02d}{R.randint(1, 28):02d}", "DATE").t("C" + f"{R.randint(5, 900)},{R.randint(0, 99):02d}" + "NTRFNONREF\n:86:166?00GUTSCHRIFT?20")
            d.t({"de": "Bestellung ", "fr": "Commande ", "en": "Order "}[lang]).p(ov, "ORDER_NUMBER", ovar).t("?21")
            negm(d, lang, "CUSTOMER_ID", sep=" ")
            d.t("?30").n(neg_value(R, lang, "BIC"), "BIC").t("?31").p(ib.replace(" ", "").upper(), "IBAN", "compact").t("?32" + nm[:27] + "\n")
        else:
            d.n(date(R, lang, 0), "DATE").t(";").n(date(R, lang, 0), "DATE").t(";" + nm + ";").p(ib, "IBAN", ibv).t(";").n(neg_value(R, lang, "BIC"), "BIC").t(';"')
            d.t({"de": "Bestellnr. ", "fr": "Commande ", "en": "Order "}[lang]).p(ov, "ORDER_NUMBER", ovar).t('";').n(amount(R, lang), "AMOUNT").t("\n")
    if R.random() < .3:
        d.t({"de": "Kontoinhaber: ", "fr": "Titulaire : ", "en": "Account holder: "}[lang] + name_str(lang) + " · ")
        v, var = iban(R, lang=lang, form="grouped")
        d.t("IBAN ").p(v, "IBAN", var).t("\n")
    return d


# ==================================================================== chat
def reg_chat(lang):
    d = Doc(lang, "chat")
    agent = R.choice(["Lea", "Tom", "Inès", "Sam", "Jonas", "Chloé"])
    f, l = person(R, lang)
    style = R.randint(0, 2)
    ck = C.Clock(R, lang)
    if style == 2 and R.random() < .5:
        put_ip(d, R, "v4")
        d.t(" " + {"de": "hat den Chat gestartet", "fr": "a démarré le chat", "en": "started the chat"}[lang] + "\n")
    for i in range(R.randint(4, 8)):
        cust = i % 2 == 0
        who = f if cust else agent
        ck.tick()
        if style == 0:
            d.t("[").n(ck.time(), "TIME").t("] " + who + ": ")
        elif style == 1:
            d.t(who + " (").n(ck.time(True), "TIME").t("): ")
        else:
            d.n(f"{ck.date(1)} {ck.time(True)}", "DATETIME").t(" | " + who + " | ")
        if cust:
            if R.random() < .75:
                if R.random() < .3:
                    d.t(R.choice(GREET[lang]).rstrip(",").lower() + " ")
                mention(d, lang, R.choice(CUSTOMER_TYPES + ["EMAIL", "IP_ADDRESS", "SECRET"]), enc=R.choice([None, None, None, "obf"]))
            else:
                d.t(R.choice(FILLER[lang]))
        else:
            r = R.random()
            if r < .4:
                d.t({"de": "Danke! Hab's gefunden – ", "fr": "Merci ! Je l'ai trouvé – ", "en": "Thanks! Found it - "}[lang])
                negm(d, lang, R.choice(["TRACKING", "RMA", "INVOICE"]))
            elif r < .6:
                d.t({"de": "Gutschein für dich: ", "fr": "Un code pour vous : ", "en": "Here's a code: "}[lang]).n(neg_value(R, lang, "COUPON"), "COUPON")
            else:
                d.t({"de": "Können Sie mir bitte die Bestellnummer nennen?", "fr": "Pouvez-vous me donner le numéro de commande ?", "en": "Could you give me the order number please?"}[lang])
        d.t("\n")
    if R.random() < .06:
        k, v = S.pem_block(R, R.choice(["openssh", "rsa", "ec", "pkcs8"]))
        C.stat("secret:" + k)
        d.t(agent + ": " + {"de": "ups, falscher Tab, bitte ignorieren:\n", "fr": "oups, mauvais onglet, ignorez svp :\n", "en": "oops wrong tab, please ignore:\n"}[lang]).p(v, "SECRET", k).t("\n")
    if R.random() < .3:
        d.t({"de": "Chat beendet · IP ", "fr": "Chat terminé · IP ", "en": "Chat ended · IP "}[lang])
        put_ip(d, R, R.choice(["v4", "v6"]))
    return d


REGS = [(reg_sms, 90), (reg_whatsapp, 95), (reg_pdf_invoice, 90), (reg_pdf_packing_slip, 85), (reg_ocr, 90), (reg_log_php, 85),
        (reg_log_magento, 85), (reg_log_nginx, 85), (reg_env, 85), (reg_yaml, 80), (reg_toml, 75), (reg_ini, 75), (reg_html, 95),
        (reg_qp, 95), (reg_markdown, 90), (reg_jira, 85), (reg_zendesk, 90), (reg_bank, 95), (reg_chat, 95)]


def main():
    out = []
    i = 0
    langs = ["en", "de", "fr"]
    for fn, n in REGS:
        for j in range(n):
            lang = langs[(i) % 3]
            d = fn(lang)
            rec = d.build(f"sv10-{i:05d}")
            nb = len(rec["text"].encode("utf-8"))
            for sp in rec["spans"]:
                if sp["type"] == "IP_ADDRESS":
                    if sp["start"] == 0:
                        sp["variant"] += "@start"
                    elif sp["end"] == nb:
                        sp["variant"] += "@end"
            out.append(rec)
            i += 1
    R.shuffle(out)
    with open("set.jsonl", "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open("gen_stats.txt", "w", encoding="utf-8") as fh:
        for k in sorted(C.STATS):
            fh.write(f"{k}\t{C.STATS[k]}\n")
    print(len(out), "records")


if __name__ == "__main__":
    main()
