#!/usr/bin/env python3
"""Deterministic generator for the names-addresses-v9 blind set. Standard library only. Writes set.jsonl."""
import json
import random

import engine
import frames_de
import frames_en
import frames_fr
import negs
from engine import Msg

SEED = 17_2026_1206
F = {"en": frames_en, "de": frames_de, "fr": frames_fr}

# ------------------------------------------------------------------ per-language register text
AGENT = {
    "en": ["Thanks for waiting, I've checked the order.", "I've raised this with our {N:CARRIER} contact.", "Could you confirm the delivery address for me?",
           "I'm sorry about this, {P0:g:gr}.", "My colleague {P5:f:st} in returns will call you.", "I've passed it to {P5:g:st} on the late shift.",
           "A replacement is booked for {N:WEEKDAY}.", "Refund processed, 3-5 working days.", "Is {P0:g:gr} the best name to put on the label?",
           "I can see {P5:f:st} already added a note.", "{P5:g:st} from the depot says the van was full.", "Sorry, I'm handing you over to {P5:g:st}.",
           "Can you send a photo of the label?", "I've updated the address on file.", "Anything else I can help with today?"],
    "de": ["Danke fürs Warten, ich habe mir die Bestellung angesehen.", "Ich habe das an unseren Kontakt bei {N:CARRIER} gegeben.",
           "Können Sie mir die Lieferadresse bestätigen?", "Das tut mir leid, {P0:g:gr}.", "Mein{G5:|e} Kolleg{G5:e|in} {P5:f:st} aus der Retoure ruft Sie an.",
           "Ich habe das an {P5:g:st} aus der Spätschicht weitergegeben.", "Ersatz ist für {N:WEEKDAY} eingeplant.", "Erstattung ist raus, 3-5 Werktage.",
           "Ich sehe, dass {P5:f:st} schon eine Notiz angelegt hat.", "{P5:g:st} vom Depot sagt, der Wagen war voll.", "Ich übergebe an {P5:g:st}.",
           "Schicken Sie mir bitte ein Foto vom Etikett?", "Ich habe die Adresse im System geändert.", "Kann ich sonst noch helfen?"],
    "fr": ["Merci de votre patience, j'ai vérifié la commande.", "J'ai remonté l'info à notre contact chez {N:CARRIER}.",
           "Pouvez-vous me confirmer l'adresse de livraison ?", "Je suis désolé{C:|e}, {P0:g:gr}.", "{G5:Mon collègue|Ma collègue} {P5:f:st} du service retours va vous rappeler.",
           "J'ai transmis à {P5:g:st}, de l'équipe du soir.", "Un remplacement est prévu {N:WEEKDAY}.", "Remboursement effectué, 3 à 5 jours ouvrés.",
           "Je vois que {P5:f:st} a déjà ajouté une note.", "{P5:g:st} du dépôt dit que la camionnette était pleine.", "Je vous passe {P5:g:st}.",
           "Pouvez-vous envoyer une photo de l'étiquette ?", "J'ai mis à jour l'adresse dans le système.", "Puis-je vous aider pour autre chose ?"],
}
L = {
    "en": dict(quote="On {D}, {P1:f:qh} <{E1}> wrote:", agent="Agent", cust="Customer", ticket="Ticket", status="Status: open",
               order_hi="Hi {P0:g:gr}, thanks for your order!", order="Order", ship_to="Delivery address:", bill_to="Billing address:",
               items="Items:", carrier="Shipping with", team="The {N:STORE} team",
               ship1="Good news! Your parcel {ON} from {N:STORE} is on its way with {N:CARRIER}.", recip="Recipient:",
               ship2="Expected {N:WEEKDAY}, between 10:00 and 14:00.", safe="Delivery instructions:",
               rev_by="Reviewed by {P0:sig:rv} on {D}", rev_by2="— {P0:sig:rv}, verified buyer",
               inv="Invitation:", org="Organizer:", att="Attendees:", when="When:", where="Where:",
               crm="CRM note {D} - {P1:f:cp}:", crm1="Customer {P0:f:su} called about {ON}.",
               vm="Voicemail transcript ({PH}):", vm1="hi this is {P0:f:su} calling about my order",
               deliv="DELIVERY NOTE", caller="Caller verified as {P0:f:ro}."),
    "de": dict(quote="Am {D} schrieb {P1:f:qh} <{E1}>:", agent="Mitarbeiter", cust="Kunde", ticket="Ticket", status="Status: offen",
               order_hi="Hallo {P0:g:gr}, vielen Dank für Ihre Bestellung!", order="Bestellung", ship_to="Lieferadresse:", bill_to="Rechnungsadresse:",
               items="Artikel:", carrier="Versand mit", team="Ihr {N:STORE}-Team",
               ship1="Ihre Sendung {ON} von {N:STORE} ist mit {N:CARRIER} unterwegs.", recip="Empfänger:",
               ship2="Voraussichtlich am {N:WEEKDAY} zwischen 10 und 14 Uhr.", safe="Zustellhinweis:",
               rev_by="Bewertet von {P0:sig:rv} am {D}", rev_by2="— {P0:sig:rv}, verifizierter Kauf",
               inv="Einladung:", org="Organisator:", att="Teilnehmer:", when="Wann:", where="Wo:",
               crm="CRM-Notiz {D} - {P1:f:cp}:", crm1="Kunde {P0:f:su} hat wegen {ON} angerufen.",
               vm="Mailbox-Transkript ({PH}):", vm1="hallo hier ist {P0:f:su} wegen meiner bestellung",
               deliv="LIEFERHINWEIS", caller="Anrufer verifiziert als {P0:f:ro}."),
    "fr": dict(quote="Le {D}, {P1:f:qh} <{E1}> a écrit :", agent="Conseiller", cust="Client", ticket="Ticket", status="Statut : ouvert",
               order_hi="Bonjour {P0:g:gr}, merci pour votre commande !", order="Commande", ship_to="Adresse de livraison :",
               bill_to="Adresse de facturation :", items="Articles :", carrier="Expédié par", team="L'équipe {N:STORE}",
               ship1="Votre colis {ON} de {N:STORE} est en route avec {N:CARRIER}.", recip="Destinataire :",
               ship2="Livraison prévue {N:WEEKDAY} entre 10 h et 14 h.", safe="Instructions de livraison :",
               rev_by="Avis de {P0:sig:rv} le {D}", rev_by2="— {P0:sig:rv}, achat vérifié",
               inv="Invitation :", org="Organisateur :", att="Participants :", when="Quand :", where="Où :",
               crm="Note CRM {D} - {P1:f:cp} :", crm1="{P0:f:su} a appelé au sujet de {ON}.",
               vm="Transcription messagerie ({PH}) :", vm1="bonjour c'est {P0:f:su} pour ma commande",
               deliv="CONSIGNE DE LIVRAISON", caller="Appelant vérifié : {P0:f:ro}."),
}
REVIEW_TITLES = {
    "en": ["Great service", "Arrived broken", "Would not buy again", "Five stars for the staff", "Slow but fine", "Mixed feelings"],
    "de": ["Toller Service", "Kaputt angekommen", "Nie wieder", "Fünf Sterne fürs Team", "Langsam, aber ok", "Gemischte Gefühle"],
    "fr": ["Service au top", "Arrivé cassé", "Je ne recommande pas", "Cinq étoiles pour l'équipe", "Lent mais correct", "Avis mitigé"],
}
CAL_TITLES = {
    "en": ["Handover of keys", "Site visit", "Return collection", "Kitchen measuring", "Quarterly review with supplier"],
    "de": ["Schlüsselübergabe", "Besichtigung", "Abholung Retoure", "Aufmaß Küche", "Lieferantengespräch Q3"],
    "fr": ["Remise des clés", "Visite du chantier", "Enlèvement du retour", "Métré cuisine", "Point trimestriel fournisseur"],
}
CSV_HEAD = {
    "en": ["order_id;name;street_to_city;email;phone;note", "id,customer,address,email,notes"],
    "de": ["bestellnr;name;anschrift;email;telefon;notiz", "id,kunde,adresse,email,hinweis"],
    "fr": ["commande;nom;adresse;email;telephone;remarque", "id,client,adresse,email,commentaire"],
}
FORM_KEYS = {
    "en": [("First name", "Last name", "Street", "Postcode", "City"), ("first_name", "last_name", "address_line1", "postal_code", "city")],
    "de": [("Vorname", "Nachname", "Straße", "PLZ", "Ort"), ("VORNAME", "NACHNAME", "STRASSE", "PLZ", "ORT")],
    "fr": [("Prénom", "Nom", "Adresse", "Code postal", "Ville"), ("PRENOM", "NOM", "ADRESSE", "CP", "VILLE")],
}

def pick(m, pool):
    for _ in range(8):
        t = m.rng.choice(pool)
        if t not in m.used:
            break
    m.used.add(t)
    return t


W_BODY = {"TP": 36, "REL": 8, "ROLE": 7, "ADDR": 13, "DEL": 6, "NEGS": 17, "AUX": 6, "FILL": 7}


def body(m, n, sep=" ", kinds=None, pool_w=None):
    F_ = F[m.lang]
    rng = m.rng
    w = dict(pool_w or W_BODY)
    out_kinds = kinds or []
    for k in range(n):
        if out_kinds:
            kind = out_kinds[k] if k < len(out_kinds) else rng.choices(list(w), list(w.values()))[0]
        else:
            kind = rng.choices(list(w), list(w.values()))[0]
        if m.third and rng.random() < 0.28:
            kind = "REP"
        pool = F_.REP if kind == "REP" else getattr(F_, kind)
        for _try in range(6):
            tpl = rng.choice(pool)
            if tpl not in m.used:
                break
        m.used.add(tpl)
        if kind == "REP":
            pmap = {2: rng.choice(m.third)}
        else:
            pmap = {2: m.next_pid, 3: m.next_pid + 1}
            m.next_pid += 2
        amap = {1: 100 + len(m.addrs)}
        if k:
            last = next((t for t, _a, _q in reversed(m.pieces) if t), "")
            if "\n" in tpl or sep == "\n" or m.open_line:
                m.t("\n")
            else:
                if last[-1:] not in ".!?:)»“\"":
                    m.t(".")
                m.t(sep)
        m.render(tpl, pmap, amap)
        m.open_line = tpl.rstrip()[-1:] not in ".!?)"


def r_email(m):
    F_ = F[m.lang]
    rng = m.rng
    m.render(rng.choice(F_.GREET))
    m.t("\n\n")
    body(m, rng.randint(3, 6), sep=rng.choice([" ", " ", "\n"]))
    m.t("\n\n")
    m.render(rng.choice(F_.SIGN))
    if rng.random() < 0.45:
        m.t("\n\n")
        m.render(rng.choice(F_.PS))
    if rng.random() < 0.3:
        m.t("\n\n")
        m.render(L[m.lang]["quote"])
        m.t("\n> ")
        m.quote = True
        # earlier message from the recipient (P1) to the writer (P0)
        m.render(rng.choice(F_.GREET).replace("P1", "P9").replace("T1", "T9").replace("G1", "G9"), {9: 0})
        m.t("\n")
        body(m, rng.randint(1, 3), pool_w={"TP": 30, "ADDR": 20, "NEGS": 20, "FILL": 20, "AUX": 10})
        m.t("\n")
        m.render(rng.choice(F_.SIGN).replace("P0", "P9").replace("E0", "E9"), {9: 1})
        m.quote = False
    return "email"


def r_chat(m, sloppy=False):
    rng = m.rng
    F_ = F[m.lang]
    n = rng.randint(3, 7)
    fmt = rng.choice(["[{TM}] {who}: ", "{who}: ", "{who} ({TM}): ", "<{who}> "])
    for k in range(n):
        if k:
            m.t("\n")
        agent_turn = k % 2 == 1
        pre = fmt.replace("{who}", "{P1:g:cp}" if agent_turn else "{P0:g:cp}")
        if rng.random() < 0.3 and not agent_turn:
            pre = pre.replace("{P0:g:cp}", "{P0:f:cp}")
        m.render(pre)
        if agent_turn:
            m.render(pick(m, AGENT[m.lang]), {5: m.next_pid})
            m.next_pid += 1
        else:
            body(m, rng.randint(1, 2))
    if sloppy:
        m.case = "lower"
        return "sloppy_chat"
    return "chat"


def r_sms(m):
    rng = m.rng
    F_ = F[m.lang]
    if rng.random() < 0.5:
        m.render(rng.choice(["hey {P1:g:gr}, ", "{P1:g:gr}: ", "hi {P1:g:gr}! ", "yo {P1:g:gr}, "] if m.lang == "en" else
                            ["hey {P1:g:gr}, ", "{P1:g:gr}: ", "moin {P1:g:gr}! ", "na {P1:g:gr}, "] if m.lang == "de" else
                            ["coucou {P1:g:gr}, ", "{P1:g:gr} : ", "salut {P1:g:gr} ! ", "hello {P1:g:gr}, "]))
    body(m, rng.randint(2, 3), pool_w={"TP": 45, "DEL": 12, "ADDR": 15, "NEGS": 14, "AUX": 6, "REL": 8})
    if rng.random() < 0.5:
        m.t(" ")
        m.render(rng.choice(["- {P0:g:si}", "{P0:lg:si} x", "/{P0:g:si}"]))
    m.case = rng.choice(["lower", "lower", None, "upper"])
    return "sms"


def r_ticket(m):
    rng = m.rng
    Lg = L[m.lang]
    m.t(f"{Lg['ticket']} #{rng.randint(100000, 999999)} | {Lg['status']}\n")
    n = rng.randint(2, 4)
    turns = []
    for k in range(n):
        turns.append("cust" if k % 2 == 0 else "agent")
    # newest first, older turns quoted
    for idx, who in enumerate(reversed(turns)):
        if idx == 1:
            m.quote = True
            m.t("> ")
        if who == "agent":
            m.render("--- {D} {TM} | {P1:f:cp} (" + Lg["agent"] + ") ---\n")
            m.render(pick(m, AGENT[m.lang]), {5: m.next_pid})
            m.next_pid += 1
            m.t(" ")
            m.render(pick(m, AGENT[m.lang]), {5: m.next_pid})
            m.next_pid += 1
        else:
            m.render("--- {D} {TM} | " + Lg["cust"] + ": {P0:" + rng.choice(["f", "sf", "f", "mid"]) + ":cp} ---\n")
            body(m, rng.randint(2, 4))
        m.t("\n")
    m.quote = False
    return "ticket"


def r_order(m):
    rng = m.rng
    Lg = L[m.lang]
    m.render(Lg["order"] + " {ON}\n\n" + Lg["order_hi"] + "\n\n" + Lg["items"] + "\n")
    for k in range(rng.randint(1, 3)):
        m.render(rng.choice(["- 1x {N:PRODUCT}\n", "- 1x {N:BRAND} ({N:COLOUR})\n", "- 2x {N:PRODUCT}, {N:COLOUR}\n", "- 1x {N:TITLE}\n"]))
    m.t("\n" + Lg["ship_to"] + "\n")
    m.render("{P0:" + rng.choice(["f", "form", "mid", "up"]) + ":ab}\n{A1:ml:block}")
    if rng.random() < 0.5:
        m.t("\n\n" + Lg["bill_to"] + "\n")
        if rng.random() < 0.5:
            m.render("{P3:form:ab}\n{A2:ml:block}")
        else:
            m.render("{P0:f:ab}\n{A2:ml:block}")
    m.t("\n\n")
    m.render(Lg["carrier"] + " {N:CARRIER}. ")
    if rng.random() < 0.6:
        body(m, 1, pool_w={"DEL": 1})
    m.t("\n\n")
    m.render(Lg["team"])
    return "order_confirmation"


def r_ship(m):
    rng = m.rng
    Lg = L[m.lang]
    m.render(Lg["ship1"] + "\n" + Lg["ship2"] + "\n\n" + Lg["recip"] + " {P0:" + rng.choice(["form", "f", "up", "sfup"]) + ":fl}\n")
    m.render(rng.choice(["{A1:ml:block}", "{A1:line:label}"]))
    m.t("\n\n" + Lg["safe"] + " ")
    body(m, rng.randint(1, 2), pool_w={"DEL": 3, "REL": 1})
    if rng.random() < 0.5:
        m.t("\n")
        body(m, 1, pool_w={"NEGS": 1})
    return "shipping_email"


def r_review(m):
    rng = m.rng
    Lg = L[m.lang]
    m.t(rng.choice(["★★★★☆", "★☆☆☆☆", "★★★★★", "★★☆☆☆", "4/5", "2/5"]) + " " + rng.choice(REVIEW_TITLES[m.lang]) + "\n")
    body(m, rng.randint(3, 5), pool_w={"TP": 45, "NEGS": 30, "FILL": 10, "REL": 5, "DEL": 3})
    m.t("\n")
    m.render(rng.choice([Lg["rev_by"], Lg["rev_by2"]]))
    if rng.random() < 0.4:
        m.t("\n")
        m.render(rng.choice(F[m.lang].PS))
    return "review"


def r_calendar(m):
    rng = m.rng
    Lg = L[m.lang]
    m.t(Lg["inv"] + " " + rng.choice(CAL_TITLES[m.lang]) + " @ ")
    m.render("{D} {TM}\n" + Lg["org"] + " {P0:f:ca} <{E0}>\n" + Lg["att"] + " ")
    k = rng.randint(2, 4)
    for i in range(k):
        if i:
            m.t(rng.choice([", ", "; "]))
        pid = m.next_pid
        m.next_pid += 1
        if rng.random() < 0.4:
            m.render("{P%d:%s:ca} <{E%d}>" % (pid, rng.choice(["f", "f", "init", "mid"]), pid))
        else:
            m.render("{P%d:%s:ca}" % (pid, rng.choice(["f", "f", "sfup", "g"])))
        if pid not in m.third:
            m.third.append(pid)
    m.t("\n" + Lg["where"] + " ")
    m.render("{A1:line:label}")
    m.t("\n\n")
    body(m, rng.randint(1, 3), pool_w={"TP": 50, "FILL": 20, "NEGS": 20, "AUX": 10})
    return "calendar"


def json_str(m, s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def r_json(m):
    rng = m.rng
    m.structural = "json"
    ascii_ = rng.random() < 0.5
    E = lambda s: json_str(m, s, ascii_)

    def jperson(pid, shape, cue):
        p = m.person(pid)
        sh = engine.SHAPE_ALIAS.get(shape, shape)
        txt = E(p.render(sh))
        meta = dict(origin=p.origin_label, region=p.region, shape=sh, cue=cue, nonwestern=p.region != "west", repeat=p.mentions > 0,
                    in_quote=False, gender=p.gender, hyph_given=p.hyph_given and sh != "sur", particle_surname=p.particle and sh != "given",
                    u_escape=txt != p.render(sh))
        p.mentions += 1
        m.pieces.append((txt, {"k": "P", "meta": meta}, False))

    if rng.random() < 0.55:
        a = engine.Address(rng, rng.choice(list(engine.places.LANG_COUNTRIES[m.lang])), m.lang)
        m.t('{"order_id": "')
        m.add_aux("ORDER_NUMBER", engine.order_no(rng))
        m.t('", "status": "' + rng.choice(["shipped", "pending", "returned", "delivered"]) + '", "customer": {"first_name": "')
        jperson(0, "given", "form_label")
        m.t('", "last_name": "')
        jperson(0, "sur", "form_label")
        m.t('", "email": "')
        m.add_aux("EMAIL", engine.email_of(rng, m.person(0), m.lang))
        m.t('"}, "shipping": {')
        if rng.random() < 0.6:
            m.t('"name": "')
            jperson(0 if rng.random() < 0.6 else 3, "full", "form_label")
            m.t('", ')
        # split address object: one span from first value to last value
        keys = [("line1", a.street_line)]
        if a.unit_pre:
            keys.insert(0, ("line0", a.unit_pre))
        keys += [("zip", a.code), ("city", a.city)]
        if a.country:
            keys.append(("country", a.country))
        inner = '", "'.join(f'{k}": "{E(v)}' if i else E(v) for i, (k, v) in enumerate(keys))
        m.t('"' + keys[0][0] + '": "')
        meta = dict(country=a.cc, forms=sorted(a.forms | {"json_split"} | ({"u_escape"} if "\\u" in inner else set())), cue="json", in_quote=False)
        m.pieces.append((inner, {"k": "A", "meta": meta}, False))
        m.t('"}, "items": [{"sku": "' + str(rng.randint(10000, 99999)) + '", "title": "')
        m.add_neg(rng.choice(["PRODUCT", "BRAND", "TITLE"]))
        m.t('", "colour": "')
        m.add_neg("COLOUR")
        m.t('"}], "carrier": "')
        m.add_neg("CARRIER")
        m.t('", "note": "')
        pid = m.next_pid
        m.next_pid += 1
        tn = rng.choice(F[m.lang].DEL)
        # render note as plain escaped text (names inside stay PERSON spans)
        start = len(m.pieces)
        m.render(tn, {2: pid, 3: pid + 1})
        m.pieces[start:] = [(E(t), a_, q) if a_ is None or a_["k"] != "A" else (t, a_, q) for (t, a_, q) in m.pieces[start:]]
        for i in range(start, len(m.pieces)):
            t, a_, q = m.pieces[i]
            if a_ and a_["k"] == "P":
                a_["meta"]["u_escape"] = "\\u" in t
        m.t('"}')
        return "json"
    # chat log
    m.t('{"conversation_id": "c-' + str(rng.randint(10000, 99999)) + '", "messages": [')
    n = rng.randint(2, 4)
    for k in range(n):
        if k:
            m.t(", ")
        who = 1 if k % 2 else 0
        m.t('{"from": "')
        jperson(who, rng.choice(["given", "full"]), "chat_prefix")
        m.t('", "text": "')
        start = len(m.pieces)
        if who:
            m.render(pick(m, AGENT[m.lang]), {5: m.next_pid})
            m.next_pid += 1
        else:
            body(m, rng.randint(1, 2), pool_w={"TP": 50, "ADDR": 20, "DEL": 10, "NEGS": 15, "REL": 5})
        newp = []
        for (t, a_, q) in m.pieces[start:]:
            if a_ is None or a_["k"] in ("N", "X", "P"):
                et = E(t)
                if a_ and a_["k"] == "P":
                    a_["meta"]["u_escape"] = et != t
                newp.append((et, a_, q))
            else:
                et = E(t)
                a_["meta"]["forms"] = sorted(set(a_["meta"]["forms"]) | {"json_string"} | ({"u_escape"} if et != t and "\\u" in et else set()))
                newp.append((et, a_, q))
        m.pieces[start:] = newp
        m.t('"}')
    m.t("]}")
    return "json"


def r_csv(m):
    rng = m.rng
    m.structural = "csv"
    head = rng.choice(CSV_HEAD[m.lang])
    sep = ";" if ";" in head else ","
    m.t(head + "\n")
    for r in range(rng.randint(3, 6)):
        pid = m.next_pid
        m.next_pid += 1
        m.t(str(rng.randint(1000, 99999)) + sep)
        sh = rng.choice(["full", "sfirst", "full", "sfup", "upper"])
        p = m.person(pid)
        if sh == "sfirst" and sep == ",":
            m.t('"')
            m.add_person(pid, sh, "csv")
            m.t('"')
        else:
            m.add_person(pid, sh, "csv")
        m.t(sep)
        a = engine.Address(rng, rng.choice(list(engine.places.LANG_COUNTRIES[m.lang])), m.lang)
        parts = [a.street_line] + ([a.unit_pre] if a.unit_pre else []) + [a.code, a.city] + ([a.country] if a.country else [])
        if sep == ";":
            txt = ";".join(parts)
        else:
            txt = '"' + ", ".join(parts) + '"'
        if sep == ",":
            m.t('"')
            txt = txt[1:-1]
        meta = dict(country=a.cc, forms=sorted(a.forms), cue="csv", in_quote=False)
        m.pieces.append((txt, {"k": "A", "meta": meta}, False))
        if sep == ",":
            m.t('"')
        m.t(sep)
        m.add_aux("EMAIL", engine.email_of(rng, p, m.lang))
        if sep == ";":
            m.t(sep)
            if rng.random() < 0.7:
                m.add_aux("PHONE", engine.phone(rng, m.lang))
        m.t(sep)
        note = rng.random()
        if note < 0.3:
            m.add_neg(rng.choice(["CARRIER", "PRODUCT", "BRAND"]))
        elif note < 0.55:
            m.render(rng.choice({"en": ["ring {P2:s:dn}", "leave w/ {P2:g:dn}", "gift for {P2:g:re}"],
                                 "de": ["bei {P2:s:dn} klingeln", "Nachbar {P2:f:dn}", "Geschenk f. {P2:g:re}"],
                                 "fr": ["sonner chez {P2:s:dn}", "voisin {P2:f:dn}", "cadeau pour {P2:g:re}"]}[m.lang]),
                     {2: m.next_pid})
            m.next_pid += 1
        m.t("\n")
    return "csv"


def r_form(m):
    rng = m.rng
    m.structural = "form_dump"
    keys = rng.choice(FORM_KEYS[m.lang])
    if keys[0].isupper() or rng.random() < 0.2:
        m.case = "upper"
    sep = rng.choice([": ", ":\t", " = ", ": "])
    a = engine.Address(rng, rng.choice(list(engine.places.LANG_COUNTRIES[m.lang])), m.lang)
    m.t(keys[0] + sep)
    m.add_person(0, "given", "fl")
    m.t("\n" + keys[1] + sep)
    m.add_person(0, "sur", "fl")
    m.t("\n" + keys[2] + sep)
    txt = a.street_line + "\n" + keys[3] + sep + a.code + "\n" + keys[4] + sep + a.city
    if a.unit_pre:
        txt = a.unit_pre + ", " + txt
    meta = dict(country=a.cc, forms=sorted(a.forms | {"multiline"}), cue="form_dump", in_quote=False)
    m.pieces.append((txt, {"k": "A", "meta": meta}, False))
    m.t("\n")
    extra = {"en": ["Phone" + sep + "{PH}", "Email" + sep + "{E0}", "Contact person" + sep + "{P3:form:fl}", "Delivery note" + sep + "{X}",
                    "Order" + sep + "{ON}", "Preferred carrier" + sep + "{N:CARRIER}"],
             "de": ["Telefon" + sep + "{PH}", "E-Mail" + sep + "{E0}", "Ansprechpartner" + sep + "{P3:form:fl}", "Hinweis" + sep + "{X}",
                    "Bestellung" + sep + "{ON}", "Versanddienst" + sep + "{N:CARRIER}"],
             "fr": ["Téléphone" + sep + "{PH}", "Email" + sep + "{E0}", "Contact" + sep + "{P3:form:fl}", "Remarque" + sep + "{X}",
                    "Commande" + sep + "{ON}", "Transporteur" + sep + "{N:CARRIER}"]}[m.lang]
    rng.shuffle(extra)
    for line in extra[:rng.randint(2, 5)]:
        if "{X}" in line:
            m.t(line.replace("{X}", ""))
            body(m, 1, pool_w={"DEL": 1})
        else:
            m.render(line)
        m.t("\n")
    return "form"


def r_crm(m):
    rng = m.rng
    Lg = L[m.lang]
    m.render(Lg["crm"] + " " + Lg["crm1"] + " ")
    if rng.random() < 0.5:
        m.render(Lg["caller"] + " ")
    body(m, rng.randint(2, 4), pool_w={"TP": 40, "REL": 12, "ROLE": 12, "ADDR": 14, "AUX": 6, "NEGS": 10, "DEL": 6})
    return "crm_note"


def r_voice(m):
    rng = m.rng
    Lg = L[m.lang]
    m.render(Lg["vm"] + " " + Lg["vm1"] + " ")
    body(m, rng.randint(2, 4), pool_w={"TP": 45, "REL": 12, "ADDR": 14, "DEL": 10, "AUX": 6, "NEGS": 8, "FILL": 5})
    m.case = "lower"
    return "voice_transcript"


def r_deliv(m):
    rng = m.rng
    Lg = L[m.lang]
    m.t(Lg["deliv"] + "\n")
    m.render("{P0:" + rng.choice(["up", "form", "f"]) + ":ab}\n{A1:ml:block}\n")
    body(m, rng.randint(2, 3), sep="\n", pool_w={"DEL": 6, "REL": 1, "NEGS": 1})
    if rng.random() < 0.45:
        m.case = "upper"
    return "delivery_note"


def r_neg(m):
    rng = m.rng
    F_ = F[m.lang]
    if rng.random() < 0.4:
        m.render(rng.choice(F_.NEGMSG))
    else:
        for k, tpl in enumerate(rng.sample(F_.NEGS + F_.FILL, rng.randint(2, 4))):
            if k:
                m.t(" ")
            m.render(tpl)
    if rng.random() < 0.15:
        m.case = "lower"
    return "neg"


REGISTERS = [("email", r_email, 95), ("chat", r_chat, 45), ("sloppy_chat", lambda m: r_chat(m, True), 35), ("sms", r_sms, 25),
             ("ticket", r_ticket, 45), ("order", r_order, 40), ("ship", r_ship, 35), ("review", r_review, 40), ("calendar", r_calendar, 28),
             ("csv", r_csv, 18), ("json", r_json, 28), ("form", r_form, 28), ("crm", r_crm, 28), ("voice", r_voice, 20),
             ("deliv", r_deliv, 22), ("neg", r_neg, 45)]


def main():
    rng = random.Random(SEED)
    out = []
    for lang in ("en", "de", "fr"):
        for name, fn, n in REGISTERS:
            for i in range(n):
                m = Msg(rng, lang)
                reg = fn(m)
                text, spans, negl = m.finish()
                kind = "pii" if spans else "neg"
                out.append(dict(id=f"v9-{lang}-{name}-{i:03d}", lang=lang, register=reg, kind=kind, frame=name, text=text,
                                spans=spans, negatives=negl))
    rng.shuffle(out)
    with open("set.jsonl", "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(out), "records")


if __name__ == "__main__":
    main()
