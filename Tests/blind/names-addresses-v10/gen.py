#!/usr/bin/env python3
"""Blind set names-addresses-v10 generator. Standard library only, fixed seed.
Template tokens (see engine.py):
  {P<slot>[m|f].<shape>[.<cue>]}  person mention; shapes full given sur init mid sfirst sfup upper upsur upgiven ginit any rep
  {T<slot>} title word, {g<slot>:male|female} gendered word, {E<slot>} e-mail of person (EMAIL aux)
  {A<slot>.<mode>} address: in (inline) bl (block) lb (label) st (street only) fd (form dump) ps pf pr lk (Packstation, Postfiliale, Point Relais, locker)
  {N:TYPE} random hard negative, {=TYPE:literal} literal hard negative, {CITY} {PC} city / postcode alone (negatives)
  {PH} phone, {ORD} order number (aux); {DATE} {TIME} {TKT} {TRK} {AMT} {SKU} plain
  {Q}..{/Q} quoted region ("> "), {U}..{/U} / {L}..{/L} upper / lower case region; @R/@W recipient / writer slot.
"""
import json
import random
import re
import engine
import negs
import frames_en, frames_de, frames_fr

SEED = 1017202612
FR = {"en": frames_en, "de": frames_de, "fr": frames_fr}
LANGS = ["en", "de", "fr"]

H = {
 "en": {"from": "From:", "to": "To:", "cc": "Cc:", "subj": "Subject:", "date": "Date:", "sent": "Sent:", "orig": "-----Original Message-----", "fwd": "---------- Forwarded message ---------"},
 "de": {"from": "Von:", "to": "An:", "cc": "Cc:", "subj": "Betreff:", "date": "Datum:", "sent": "Gesendet:", "orig": "-----Ursprüngliche Nachricht-----", "fwd": "---------- Weitergeleitete Nachricht ---------"},
 "fr": {"from": "De :", "to": "À :", "cc": "Cc :", "subj": "Objet :", "date": "Date :", "sent": "Envoyé :", "orig": "-----Message d'origine-----", "fwd": "---------- Message transféré ---------"},
}
SUBJ = {
 "en": ["Re: order {ORD}", "Missing parcel", "Wrong colour ({N:COLOUR})", "Refund still pending", "Delivery to neighbour?", "RE: RE: your complaint {TKT}", "Fwd: invoice", "Change of address", "Damaged {N:PRODUCT}", "Quick question", "Collection on {N:WEEKDAY}", "{N:CARRIER} claim"],
 "de": ["AW: Bestellung {ORD}", "Paket fehlt", "Falsche Farbe ({N:COLOUR})", "Erstattung noch offen", "Abgabe beim Nachbarn?", "AW: AW: Ihre Reklamation {TKT}", "WG: Rechnung", "Adressänderung", "{N:PRODUCT} beschädigt", "Kurze Frage", "Abholung am {N:WEEKDAY}", "Reklamation {N:CARRIER}"],
 "fr": ["RE: commande {ORD}", "Colis manquant", "Mauvaise couleur ({N:COLOUR})", "Remboursement en attente", "Dépôt chez le voisin ?", "RE: RE: votre réclamation {TKT}", "TR: facture", "Changement d'adresse", "{N:PRODUCT} abîmé", "Petite question", "Retrait {N:WEEKDAY}", "Litige {N:CARRIER}"],
}
SHOPDOM = "nordlicht-moebel.de;maison-lumen.fr;brightnest.co.uk;kaffeehaus-versand.at;atelier-brume.be;tiny-tea.ie;velo-zentrale.ch;la-petite-mercerie.fr;homeware-hub.co.uk;papeterie-vogt.de".split(";")


class B:
    """Template builder for one message."""
    def __init__(self, rng, lang):
        self.rng, self.lang, self.F = rng, lang, FR[lang]
        self.parts = []
        self.used = set()
        self.third = []      # third-party slots in use
        self.force = {}
        self.next_slot = 2
        self.next_addr = 1

    def t(self, s):
        self.parts.append(s)

    def remap(self, tpl, r=1, w=0):
        tpl = tpl.replace("@R", str(r)).replace("@W", str(w))
        slots = sorted({int(x) for x in re.findall(r"\{(?:P|T|g|E)(\d+)", tpl) if 2 <= int(x) <= 9})
        mp = {}
        for s in slots:
            fg = re.search(r"\{P%d([mf])\." % s, tpl)
            fg = fg.group(1) if fg else None
            cands = [x for x in self.third if x not in mp.values() and (fg is None or self.force.get(x) in (None, fg))]
            if "rep}" in tpl and cands and re.search(r"\{P%d\.rep" % s, tpl) and not re.search(r"\{P%d\.(?!rep)" % s, tpl):
                tgt = self.rng.choice(cands)
            elif cands and self.rng.random() < 0.3:
                tgt = self.rng.choice(cands)
            else:
                tgt = 20 + self.next_slot
                self.next_slot += 1
                self.third.append(tgt)
            mp[s] = tgt
            if fg:
                self.force[tgt] = fg
        def f(m):
            return "{" + m.group(1) + str(mp.get(int(m.group(2)), int(m.group(2))))
        tpl = re.sub(r"\{(P|T|g|E)(\d+)", f, tpl)
        aslots = sorted({int(x) for x in re.findall(r"\{A(\d+)\.", tpl)})
        amp = {}
        for a in aslots:
            amp[a] = self.next_addr
            self.next_addr += 1
        tpl = re.sub(r"\{A(\d+)\.", lambda m: "{A%d." % amp[int(m.group(1))], tpl)
        return tpl

    def pick(self, cat, r=1, w=0, pred=None):
        pool = getattr(self.F, cat)
        for _ in range(40):
            i = self.rng.randrange(len(pool))
            if (cat, i) in self.used:
                continue
            tpl = pool[i]
            if pred and not pred(tpl):
                continue
            if "rep}" in tpl and not self.third and re.search(r"\{P\d\.rep\}", tpl) and not re.search(r"\{P(\d)\.(?!rep)\w+.*\{P\1\.rep", tpl):
                continue
            out = self.remap(tpl, r, w)
            fz = re.findall(r"\{P(\d+)([mf])\.", out)
            if any(self.force.get(int(a), g) != g for a, g in fz) or len({(a, g) for a, g in fz}) != len({a for a, g in fz}):
                continue
            for a, g in fz:
                self.force[int(a)] = g
            self.used.add((cat, i))
            return out
        return ""

    def body(self, n, r=1, w=0, cats=None, sep=" "):
        cats = cats or ["PROSE", "PROSE", "PROSE", "REL", "DELIV", "ADDR", "NEGS", "NEGS", "FILL"]
        out = []
        for _ in range(n):
            out.append(self.pick(self.rng.choice(cats), r, w))
        return sep.join(x for x in out if x)

    def text(self):
        return "".join(self.parts)


def disp(rng, slot, cue="display_name"):
    x = rng.random()
    if x < 0.42:
        return "{P%d.full.%s} <{E%d}>" % (slot, cue, slot)
    if x < 0.62:
        return "\"{P%d.sfirst.%s}\" <{E%d}>" % (slot, cue, slot)
    if x < 0.72:
        return "{P%d.sfup.%s} <{E%d}>" % (slot, cue, slot)
    if x < 0.80:
        return "'{P%d.full.%s}' <{E%d}>" % (slot, cue, slot)
    if x < 0.87:
        return "{P%d.mid.%s} <{E%d}>" % (slot, cue, slot)
    if x < 0.93:
        return "<{E%d}>" % slot
    return "{P%d.full.%s} [{E%d}]" % (slot, cue, slot)


def header(b, w, r, cc_slots, date=True):
    h = H[b.lang]
    s = "%s %s\n%s %s\n" % (h["from"], disp(b.rng, w), h["to"], disp(b.rng, r))
    if cc_slots:
        s += "%s %s\n" % (h["cc"], "; ".join(disp(b.rng, c) for c in cc_slots))
    if date:
        s += "%s {DATE} {TIME}\n" % (h["date"] if b.rng.random() < 0.5 else h["sent"])
    s += "%s %s\n\n" % (h["subj"], b.rng.choice(SUBJ[b.lang]))
    return s


def reply_head(b, slot):
    l, rng = b.lang, b.rng
    if l == "en":
        return rng.choice(["On {DATE} at {TIME}, {P%d.full.quote_header} <{E%d}> wrote:", "On {DATE}, {P%d.full.quote_header} wrote:", "{P%d.full.quote_header} <{E%d}> wrote on {DATE}:", "On Tue, {DATE} {TIME} \"{P%d.sfirst.quote_header}\" <{E%d}> wrote:"]).replace("%d", str(slot))
    if l == "de":
        return rng.choice(["Am {DATE} um {TIME} schrieb {P%d.full.quote_header} <{E%d}>:", "Am {DATE} schrieb {P%d.full.quote_header}:", "{P%d.full.quote_header} <{E%d}> schrieb am {DATE}:", "Am Di., {DATE} um {TIME} Uhr schrieb \"{P%d.sfirst.quote_header}\" <{E%d}>:"]).replace("%d", str(slot))
    return rng.choice(["Le {DATE} à {TIME}, {P%d.full.quote_header} <{E%d}> a écrit :", "Le {DATE}, {P%d.full.quote_header} a écrit :", "{P%d.full.quote_header} <{E%d}> a écrit le {DATE} :", "Le mar. {DATE} à {TIME}, \"{P%d.sfirst.quote_header}\" <{E%d}> a écrit :"]).replace("%d", str(slot))


# ---------------- registers ----------------
def r_email(b):
    rng = b.rng
    w, r = (0, 1) if rng.random() < 0.6 else (1, 0)
    cc = [50 + i for i in range(rng.choice([0, 0, 1, 1, 2]))]
    b.t(header(b, w, r, cc))
    b.t(b.pick("GREET", r, w) + "\n\n")
    b.t(b.body(rng.randint(2, 4), r, w) + "\n\n")
    if cc and rng.random() < 0.6:
        b.t(rng.choice({"en": ["Looping in {P%d.given.object}.", "{P%d.given.subject}, can you confirm?", "Adding {P%d.full.object} in Cc."],
                        "de": ["Ich nehme {P%d.given.object} mit in CC.", "{P%d.given.subject}, kannst du das bestätigen?", "{P%d.full.object} in Kopie."],
                        "fr": ["Je mets {P%d.given.object} en copie.", "{P%d.given.subject}, tu confirmes ?", "{P%d.full.object} en Cc."]}[b.lang]).replace("%d", str(cc[0])) + "\n\n")
    b.t(b.pick("SIGN", r, w))
    return None


def r_thread(b):
    rng = b.rng
    w, r = (0, 1) if rng.random() < 0.5 else (1, 0)
    if rng.random() < 0.5:
        b.t(header(b, w, r, [], date=rng.random() < 0.5))
    b.t(b.pick("GREET", r, w) + "\n\n")
    b.t(b.body(rng.randint(1, 3), r, w) + "\n\n")
    b.t(b.pick("SIGN", r, w) + "\n\n")
    if rng.random() < 0.6:
        b.t(reply_head(b, r) + "\n{Q}")
    else:
        h = H[b.lang]
        b.t("%s\n%s %s\n%s {DATE} {TIME}\n%s %s\n%s %s\n\n{Q}" % (h["orig"], h["from"], disp(rng, r), h["sent"], h["to"], disp(rng, w), h["subj"], rng.choice(SUBJ[b.lang])))
    b.t(b.pick("GREET", w, r) + "\n\n")
    b.t(b.body(rng.randint(1, 3), w, r) + "\n\n")
    b.t(b.pick("SIGN", w, r) + "{/Q}")
    return None


LBL = {
 "en": {"to": ["SHIP TO:", "Deliver to:", "TO:", "Recipient"], "from": ["FROM:", "Return to:", "Sender:"], "w": "Weight", "ref": "Ref", "tel": "Tel", "attn": "Attn:", "co": "c/o"},
 "de": {"to": ["EMPFÄNGER:", "An:", "Lieferung an:", "Empfänger"], "from": ["ABSENDER:", "Absender:", "Retoure an:"], "w": "Gewicht", "ref": "Ref.", "tel": "Tel.", "attn": "z. Hd.", "co": "c/o"},
 "fr": {"to": ["DESTINATAIRE :", "Livrer à :", "À :", "Destinataire"], "from": ["EXPÉDITEUR :", "Retour :", "Expéditeur :"], "w": "Poids", "ref": "Réf.", "tel": "Tél.", "attn": "À l'attention de", "co": "c/o"},
}


def r_label(b):
    rng, l = b.rng, b.lang
    L = LBL[l]
    up = rng.random() < 0.5
    s = "{U}" if up else ""
    s += "{N:CARRIER} " + rng.choice(["Standard", "Express", "Paket", "Colis", "Tracked 48", "Economy"]) + "\n"
    s += rng.choice(L["to"]) + "\n"
    x = rng.random()
    if x < 0.15:
        s += "{N:COMPANY}\n%s {P0.full.role}\n" % L["attn"]
    elif x < 0.25:
        s += "{P2.full.label}\n%s {P0.full.role}\n" % L["co"]
    else:
        s += "{P0.%s.label}\n" % rng.choice(["full", "full", "sfup", "upper", "init"])
    y = rng.random()
    if l == "de" and y < 0.25:
        s += "{A0.%s}\n" % rng.choice(["ps", "pf"])
    elif l == "fr" and y < 0.25:
        s += "{A0.pr}\n"
    elif l == "en" and y < 0.12:
        s += "{A0.lk}\n"
    else:
        s += "{A0.lb}\n"
    s += "%s {PH}\n\n" % L["tel"]
    s += rng.choice(L["from"]) + "\n"
    if rng.random() < 0.5:
        s += "{N:%s}\n" % rng.choice(["STORE", "SHOP", "COMPANY", "BRAND"])
    else:
        s += "{P1.full.label}\n"
    s += "{A1.lb}\n\n"
    s += "%s: %s kg  %s: {ORD}\nTracking {TRK}" % (L["w"], "%d.%d" % (rng.randint(0, 19), rng.randint(0, 9)), L["ref"])
    if rng.random() < 0.4:
        s += "\n" + b.pick("DELIV", 1, 0)
    if up:
        s += "{/U}"
    b.t(s)


PS = {
 "en": ("PACKING SLIP", "Order", "Ship to:", "Bill to:", "Qty", "Packed by:", "Checked:", "Gift message:", "Happy birthday {P2.given.greeting}! Love, {P0.given.signoff}"),
 "de": ("LIEFERSCHEIN", "Bestellung", "Lieferadresse:", "Rechnungsadresse:", "Menge", "Gepackt von:", "Kontrolle:", "Geschenknachricht:", "Alles Gute, {P2.given.greeting}! Deine {P0.given.signoff}"),
 "fr": ("BON DE LIVRAISON", "Commande", "Livrer à :", "Facturer à :", "Qté", "Préparé par :", "Contrôle :", "Message cadeau :", "Joyeux anniversaire {P2.given.greeting} ! Bisous, {P0.given.signoff}"),
}


def items(b, n):
    rng = b.rng
    out = []
    for _ in range(n):
        k = rng.random()
        if k < 0.35:
            out.append("1 x {N:PRODUCT}, {N:COLOUR}  {SKU}")
        elif k < 0.6:
            out.append("%d x {N:BRAND} %s ({N:COLOUR})  {AMT}" % (rng.randint(1, 3), rng.choice({"en": ["hoodie", "scarf", "trainers", "mug", "tote"], "de": ["Pulli", "Schal", "Sneaker", "Tasse", "Beutel"], "fr": ["sweat", "écharpe", "baskets", "tasse", "cabas"]}[b.lang])))
        elif k < 0.75:
            out.append("1 x {=WORK:%s} %s  {AMT}" % (rng.choice(negs.NEG["WORK"]), {"en": "(paperback)", "de": "(Taschenbuch)", "fr": "(poche)"}[b.lang]))
        else:
            out.append("%d x %s {N:COLOUR}  {SKU}" % (rng.randint(1, 4), rng.choice({"en": ["cushion cover", "bath towel", "linen napkin"], "de": ["Kissenbezug", "Badetuch", "Serviette"], "fr": ["housse de coussin", "drap de bain", "serviette en lin"]}[b.lang])))
    return "\n".join(out)


def r_packslip(b):
    rng = b.rng
    P = PS[b.lang]
    s = "%s — {N:%s}\n%s {ORD} · {DATE}\n\n" % (P[0], rng.choice(["STORE", "SHOP"]), P[1])
    s += "%s\n{P0.%s.address_block}\n{A0.bl}\n\n" % (P[2], rng.choice(["full", "full", "upper", "mid", "sfirst"]))
    if rng.random() < 0.6:
        s += "%s\n{P2.full.address_block}\n{A1.bl}\n\n" % P[3]
    s += "%s\n%s\n\n" % (P[4], items(b, rng.randint(1, 3)))
    s += "%s {P3.%s.staff}   %s {P4.init.staff}\n" % (P[5], rng.choice(["given", "given", "full", "ginit"]), P[6])
    if rng.random() < 0.4:
        s += "%s %s\n" % (P[7], P[8])
    b.t(s)
    if rng.random() < 0.5:
        b.t(b.pick("NEGS"))


INV = {
 "en": ("INVOICE", "Invoice no.", "Billing address", "Shipping address", "Customer", "Your contact", "Subtotal", "VAT", "Total", "Payment: card ending", "Thank you for shopping with us."),
 "de": ("RECHNUNG", "Rechnungsnr.", "Rechnungsadresse", "Lieferadresse", "Kunde", "Ihr Ansprechpartner", "Zwischensumme", "MwSt.", "Gesamt", "Zahlung: Karte endet auf", "Vielen Dank für Ihren Einkauf."),
 "fr": ("FACTURE", "Facture n°", "Adresse de facturation", "Adresse de livraison", "Client", "Votre interlocuteur", "Sous-total", "TVA", "Total", "Paiement : carte se terminant par", "Merci pour votre achat."),
}


def r_invoice(b):
    rng = b.rng
    I = INV[b.lang]
    s = "{N:%s}\n%s\n%s {TKT} — {DATE}\n%s: {ORD}\n\n" % (rng.choice(["STORE", "COMPANY", "SHOP"]), I[0], I[1], {"en": "Order", "de": "Bestellung", "fr": "Commande"}[b.lang])
    same = rng.random() < 0.3
    s += "%s:\n{P0.%s.address_block}\n{A0.bl}\n\n" % (I[2], rng.choice(["full", "sfirst", "sfup", "mid"]))
    if same:
        s += "%s: %s\n\n" % (I[3], {"en": "same as billing", "de": "wie Rechnungsadresse", "fr": "identique"}[b.lang])
    else:
        who = rng.choice(["{P2.full.address_block}", "{P0.full.address_block}", "{N:COMPANY}\n%s {P2.full.role}" % LBL[b.lang]["attn"]])
        s += "%s:\n%s\n{A1.bl}\n\n" % (I[3], who)
    s += "%s: {P0.%s.form_label} · {E0}\n%s: {P1.full.staff}, {N:JOB_TITLE}\n\n" % (I[4], rng.choice(["sfirst", "full", "sfup"]), I[5])
    s += items(b, rng.randint(1, 3)) + "\n"
    s += "%s {AMT}\n%s {AMT}\n%s {AMT}\n%s %s\n%s" % (I[6], I[7], I[8], I[9], "%04d" % rng.randint(0, 9999), I[10])
    b.t(s)


def r_market(b):
    rng = b.rng
    low = rng.random() < 0.35
    roles = {"en": ("Buyer", "Seller"), "de": ("Käufer", "Verkäufer"), "fr": ("Acheteur", "Vendeur")}[b.lang]
    s = "{L}" if low else ""
    style = rng.randint(0, 2)
    head = {"en": "Conversation about: {N:BRAND} item · {AMT}", "de": "Unterhaltung zu: {N:BRAND}-Artikel · {AMT}", "fr": "Conversation : article {N:BRAND} · {AMT}"}[b.lang]
    s += head + "\n"
    lines = []
    n = rng.randint(3, 6)
    for i in range(n):
        w = i % 2
        r = 1 - w
        fr = b.pick(rng.choice(["MARKET", "MARKET", "MARKET", "PROSE", "NEGS", "FILL"]), r, w)
        if not fr:
            continue
        if style == 0:
            pre = "{P%d.given.chat_prefix} (%s): " % (w, roles[w].lower())
        elif style == 1:
            pre = "[{DATE} {TIME}] {P%d.full.chat_prefix}: " % w
        else:
            pre = "%s · {P%d.ginit.chat_prefix}\n" % (roles[w], w)
        lines.append(pre + fr)
    s += "\n".join(lines)
    if low:
        s += "{/L}"
    b.t(s)


AGENT_TRANS = {0, 2, 5, 8, 9, 10, 11, 12, 14, 15}   # indices of agent-side lines in every TRANS list
TR = {
 "en": ("Call transcript", "Agent", "Customer", "Caller", "Summary:", "Caller verified as {P0.full.role}.", "Call handled by {P1.full.staff}."),
 "de": ("Gesprächsprotokoll", "Agent", "Kunde", "Anrufer", "Zusammenfassung:", "Anrufer verifiziert als {P0.full.role}.", "Bearbeitet von {P1.full.staff}."),
 "fr": ("Transcription d'appel", "Conseiller", "Client", "Appelant", "Résumé :", "Appelant vérifié : {P0.full.role}.", "Appel traité par {P1.full.staff}."),
}


def r_call(b):
    rng = b.rng
    T = TR[b.lang]
    style = rng.randint(0, 3)
    s = "%s {TKT} · {DATE} {TIME}\n" % T[0]
    if style in (0, 3):
        s += "%s: {P1.full.speaker} | %s: {P0.%s.speaker}\n\n" % (T[1], T[2], rng.choice(["full", "sfirst", "sfup"]))
    else:
        s += "\n"
    n = rng.randint(4, 8)
    mm = 0
    pool = b.F.TRANS
    for i in range(n):
        w = 1 if i % 2 == 0 else 0          # 1 = agent line, 0 = customer line
        if rng.random() < 0.15:
            w = 1 - w
        cand = [k for k in range(len(pool)) if (k in AGENT_TRANS) == (w == 1) and ("TRANS", k) not in b.used]
        if not cand:
            continue
        k = rng.choice(cand)
        if "rep}" in pool[k] and not b.third:
            continue
        b.used.add(("TRANS", k))
        fr = b.remap(pool[k], 1, 0)
        mm += rng.randint(5, 50)
        ts = "[00:%02d:%02d] " % (mm // 60, mm % 60)
        if style == 0:
            lab = ("{P1.given.speaker}" if w == 1 else "{P0.given.speaker}")
        elif style == 1:
            lab = ("%s ({P1.given.speaker})" % T[1]) if w == 1 else T[2]
        elif style == 2:
            lab = ("%s {P1.upper.speaker}" % T[1].upper()) if w == 1 else T[3].upper()
        else:
            lab = ("{P1.full.speaker}" if w == 1 else "{P0.full.speaker}")
        s += ts + lab + ": " + fr + "\n"
    s += "\n%s %s %s" % (T[4], T[5] if rng.random() < 0.6 else "", T[6])
    b.t(s.replace("  ", " "))


RV = {
 "en": ("review_id", "rating", "reviewer", "date", "text", "Reply from"), "de": ("bewertung_id", "sterne", "verfasser", "datum", "text", "Antwort von"),
 "fr": ("id_avis", "note", "auteur", "date", "texte", "Réponse de"),
}


def r_review(b):
    rng = b.rng
    R = RV[b.lang]
    style = rng.randint(0, 2)
    n = rng.randint(1, 3)
    out = []
    if style == 0:
        out.append(" | ".join(R[:5]))
    for k in range(n):
        slot = 10 + k
        txt = b.body(rng.randint(1, 2), 1, slot, cats=["REVIEW", "REVIEW", "REVIEW", "NEGS", "PROSE"])
        shape = rng.choice(["ginit", "ginit", "given", "full", "upper", "init"])
        if style == 0:
            out.append("%d | %d/5 | {P%d.%s.reviewer} | {DATE} | %s" % (rng.randint(10000, 99999), rng.randint(1, 5), slot, shape, txt.replace("\n", " ")))
        elif style == 1:
            out.append("%s\n%s · {P%d.%s.reviewer} · {DATE}\n%s" % ("★" * rng.randint(1, 5), {"en": "Verified purchase", "de": "Verifizierter Kauf", "fr": "Achat vérifié"}[b.lang], slot, shape, txt))
        else:
            out.append("{\"%s\": %d, \"%s\": \"{P%d.%s.reviewer}\", \"%s\": \"%s\"}" % (R[1], rng.randint(1, 5), R[2], slot, shape, R[4], txt.replace("\n", " ").replace('"', "'")))
        if rng.random() < 0.4:
            out.append("  ↳ %s {P%d.given.staff} ({N:SHOP}): %s" % (R[5], 40 + k, {"en": "Thanks {P%d.given.greeting}, glad it worked out!", "de": "Danke {P%d.given.greeting}, freut uns!", "fr": "Merci {P%d.given.greeting}, à bientôt !"}[b.lang] % slot))
    b.t("\n".join(out).replace("{\"", "⟦\"").replace("\"}", "\"⟧"))


MAC = {
 "en": ("Macro: %s", ["Refund issued", "Where is my order", "Address change confirmed", "Damaged item"], "Assigned to", "Requester", "Internal note: ⟦⟦ticket.requester.first_name⟧⟧ placeholder failed on the last send."),
 "de": ("Makro: %s", ["Erstattung veranlasst", "Wo ist meine Bestellung", "Adressänderung bestätigt", "Ware beschädigt"], "Zugewiesen an", "Anfragende Person", "Interne Notiz: Platzhalter ⟦⟦ticket.requester.first_name⟧⟧ wurde beim letzten Versand nicht ersetzt."),
 "fr": ("Macro : %s", ["Remboursement effectué", "Où est ma commande", "Changement d'adresse confirmé", "Article endommagé"], "Assigné à", "Demandeur", "Note interne : la variable ⟦⟦ticket.requester.first_name⟧⟧ n'a pas été remplacée au dernier envoi."),
}


def r_macro(b):
    rng = b.rng
    M = MAC[b.lang]
    sep = " :" if b.lang == "fr" else ":"
    s = (M[0] % rng.choice(M[1])) + "  [{N:SOFTWARE}]\n%s%s {P1.full.staff}\n%s%s {P0.%s.form_label} <{E0}>\n---\n" % (M[2], sep, M[3], sep, rng.choice(["full", "sfirst", "sfup"]))
    s += b.pick("GREET", 0, 1) + "\n\n"
    s += b.body(rng.randint(2, 4), 0, 1, cats=["AGENT", "AGENT", "AGENT", "FILL", "NEGS"]) + "\n\n"
    s += b.pick("SIGN", 0, 1)
    if rng.random() < 0.3:
        s += "\n\n" + M[4]
    b.t(s)


RF = {
 "en": ("RETURNS FORM", "First name", "Last name", "Full name", "Order number", "Reason", "Collection by", "Signature", "Email", "Phone"),
 "de": ("RETOURENSCHEIN", "Vorname", "Nachname", "Name", "Bestellnummer", "Grund", "Abholung durch", "Unterschrift", "E-Mail", "Telefon"),
 "fr": ("FORMULAIRE DE RETOUR", "Prénom", "Nom", "Nom complet", "N° de commande", "Motif", "Enlèvement par", "Signature", "E-mail", "Téléphone"),
}


def r_returns(b):
    rng = b.rng
    F = RF[b.lang]
    sep = " : " if b.lang == "fr" else ": "
    s = F[0] + "\n"
    if rng.random() < 0.5:
        if b.lang == "fr":
            s += "%s%s{P0.upsur.form_label}\n%s%s{P0.given.form_label}\n" % (F[2], sep, F[1], sep)
        else:
            s += "%s%s{P0.given.form_label}\n%s%s{P0.sur.form_label}\n" % (F[1], sep, F[2], sep)
    else:
        s += "%s%s{P0.%s.form_label}\n" % (F[3], sep, rng.choice(["full", "sfirst", "sfup", "upper"]))
    s += "{A0.fd}\n"
    s += "%s%s{E0}\n%s%s{PH}\n%s%s{ORD}\n" % (F[8], sep, F[9], sep, F[4], sep)
    s += "%s%s%s\n" % (F[5], sep, b.pick("NEGS"))
    s += "%s%s{N:CARRIER}, {N:WEEKDAY}\n" % (F[6], sep)
    if rng.random() < 0.5:
        s += b.pick("REL", 1, 0) + "\n"
    s += "%s%s{P0.%s.signoff}" % (F[7], sep, rng.choice(["init", "full", "given"]))
    b.t(s)


DN = {
 "en": ("Delivery note", "Recipient", "Delivered to", "Driver", "Status", ["Delivered", "Left with neighbour", "Attempted - card left", "Safe place"]),
 "de": ("Zustellnotiz", "Empfänger", "Zugestellt an", "Fahrer", "Status", ["Zugestellt", "Beim Nachbarn abgegeben", "Nicht angetroffen – Karte eingeworfen", "Ablageort"]),
 "fr": ("Note de livraison", "Destinataire", "Livré à", "Livreur", "Statut", ["Livré", "Remis au voisin", "Avisé – avis de passage", "Lieu sûr"]),
}


def r_driver(b):
    rng = b.rng
    D_ = DN[b.lang]
    sep = " : " if b.lang == "fr" else ": "
    f = rng.random()
    s = "{U}" if f < 0.3 else "{L}" if f < 0.55 else ""
    s += "{N:CARRIER} · %s {TRK}\n" % D_[0]
    s += "%s%s{P0.%s.role}\n" % (D_[1], sep, rng.choice(["full", "sfup", "upper", "init", "sfirst"]))
    s += "%s%s{A0.in}\n" % (D_[2], sep)
    s += "%s%s%s · {TIME}\n" % (D_[4], sep, rng.choice(D_[5]))
    s += "\n".join(b.pick("DELIV", 1, 0) for _ in range(rng.randint(1, 3))) + "\n"
    if rng.random() < 0.4:
        s += b.pick("NEGS") + "\n"
    s += "%s%s{P1.%s.staff}" % (D_[3], sep, rng.choice(["given", "full", "ginit", "init"]))
    if s.startswith("{U}"):
        s += "{/U}"
    elif s.startswith("{L}"):
        s += "{/L}"
    b.t(s)


AC = {
 "en": ("Change of address request", "Customer no.", "Name", "Old address", "New address", "Valid from", "Please also update the billing address.", "Requested by"),
 "de": ("Antrag auf Adressänderung", "Kundennr.", "Name", "Alte Adresse", "Neue Adresse", "Gültig ab", "Bitte auch die Rechnungsadresse ändern.", "Beantragt von"),
 "fr": ("Demande de changement d'adresse", "N° client", "Nom", "Ancienne adresse", "Nouvelle adresse", "À compter du", "Merci de mettre aussi à jour l'adresse de facturation.", "Demandé par"),
}


def r_addrchange(b):
    rng = b.rng
    A = AC[b.lang]
    sep = " : " if b.lang == "fr" else ": "
    style = rng.randint(0, 2)
    if style == 0:
        s = "%s\n%s%s%d\n%s%s{P0.%s.form_label}\n%s:\n{A2.bl}\n%s:\n{A1.bl}\n%s%s{DATE}\n%s" % (A[0], A[1], sep, rng.randint(100000, 999999), A[2], sep, rng.choice(["full", "sfirst", "sfup"]), A[3], A[4], A[5], sep, A[6])
        s += "\n%s%s{P0.full.signoff}" % (A[7], sep)
    elif style == 1:
        s = header(b, 0, 1, []) + b.pick("GREET", 1, 0) + "\n\n" + b.pick("ADDR", 1, 0) + " " + b.body(rng.randint(1, 2), 1, 0) + "\n\n" + b.pick("SIGN", 1, 0)
    else:
        s = b.pick("GREET", 1, 0) + "\n\n" + A[0] + ":\n%s%s{P0.full.form_label}\n" % (A[2], sep)
        s += "{A2.fd}\n→\n{A1.fd}\n" + b.body(rng.randint(1, 2), 1, 0, cats=["REL", "DELIV", "FILL", "NEGS"]) + "\n\n" + b.pick("SIGN", 1, 0)
    b.t(s)


def r_sms(b):
    rng = b.rng
    low = rng.random() < 0.7
    s = "{L}" if low else ""
    n = rng.randint(1, 3)
    parts = []
    for i in range(n):
        parts.append(b.pick(rng.choice(["PROSE", "DELIV", "MARKET", "REL", "FILL"]), 1, 0))
    op = {"en": ["hi {P0.given.greeting} ", "hey {P0.given.greeting} its {P1.given.signoff} from {N:CARRIER} - ", "{P0.given.greeting}! ", ""],
          "de": ["hi {P0.given.greeting} ", "hallo {P0.given.greeting}, hier {P1.given.signoff} von {N:CARRIER}: ", "{P0.given.greeting}! ", ""],
          "fr": ["slt {P0.given.greeting} ", "bonjour {P0.given.greeting}, c'est {P1.given.signoff} de {N:CARRIER} : ", "{P0.given.greeting} ! ", ""]}[b.lang]
    s += rng.choice(op) + " ".join(p for p in parts if p)
    if rng.random() < 0.5:
        s += " " + rng.choice(["- {P1.given.signoff}", "xx {P1.given.signoff}", "({P1.given.signoff})", "/{P1.init.signoff}"])
    if low:
        s += "{/L}"
    b.t(s)


def r_neg(b):
    rng = b.rng
    nopii = lambda t: not re.search(r"\{(P|E|A|PH|ORD)", t)
    n = rng.randint(2, 5)
    out = []
    for i in range(n):
        out.append(b.pick(rng.choice(["NEGS", "NEGS", "FILL"]), pred=nopii))
    g = {"en": ["Hello,", "Hi team,", "Dear {=TITLE:Sir or Madam},", ""], "de": ["Hallo,", "Sehr geehrte {=TITLE:Damen und Herren},", "Hi,", ""], "fr": ["Bonjour,", "{=TITLE:Madame, Monsieur},", "Salut,", ""]}[b.lang]
    gg = rng.choice(g)
    b.t((gg + "\n\n" if gg else "") + " ".join(x for x in out if x))


REGS = [("email", r_email, 48), ("email_thread", r_thread, 48), ("shipping_label", r_label, 40), ("packing_slip", r_packslip, 36),
        ("invoice", r_invoice, 36), ("marketplace", r_market, 45), ("call_transcript", r_call, 45), ("review_export", r_review, 40),
        ("cs_macro", r_macro, 40), ("returns_form", r_returns, 36), ("driver_note", r_driver, 40), ("address_change", r_addrchange, 36),
        ("sms", r_sms, 26), ("neg", r_neg, 30)]


def build(rng, lang, reg, fn):
    b = B(rng, lang)
    fn(b)
    tpl = b.text()
    m = engine.Msg(rng, lang, reg)
    m.agent_domain = rng.choice(SHOPDOM)
    m.force.update({k: v for k, v in b.force.items()})
    m.prescan(tpl)
    m.render(tpl)
    return m.finish()


def main():
    rng = random.Random(SEED)
    recs = []
    for reg, fn, n in REGS:
        for lang in LANGS:
            for i in range(n):
                text, spans, negatives = build(rng, lang, reg, fn)
                recs.append({"id": "na10-%s-%s-%03d" % (lang, reg, i), "lang": lang, "register": reg,
                             "kind": "pii" if spans else "neg", "frame": reg, "text": text, "spans": spans, "negatives": negatives})
    rng.shuffle(recs)
    with open("set.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "records")


if __name__ == "__main__":
    main()
