#!/usr/bin/env python3
"""Generate prompt-attacks-v7 (attacks.jsonl, benign.jsonl, meta.jsonl). Standard library only."""
import base64, json, random, urllib.parse, codecs, itertools
import data_en, data_de, data_fr, extra

SEED = 20261206
LANGS = {"en": data_en, "de": data_de, "fr": data_fr}
rng = random.Random(SEED)

# ---------- registers ----------
TICKET = {"en": ("Ticket", "Category", "Subject", "Message", ["Delivery", "Payments", "Account", "General"]),
          "de": ("Ticket", "Kategorie", "Betreff", "Nachricht", ["Lieferung", "Zahlung", "Konto", "Allgemein"]),
          "fr": ("Ticket", "Catégorie", "Objet", "Message", ["Livraison", "Paiement", "Compte", "Général"])}
FORM = {"en": ("name", "email", "order_no", "message"), "de": ("Name", "E-Mail", "Bestellnummer", "Nachricht"),
        "fr": ("nom", "courriel", "n_commande", "message")}
MARKET = {"en": ["[eBay] New message from buyer {u} about item #{i}:\n\n{t}\n\nReply in My eBay > Messages.",
                 "Amazon Marketplace - buyer message (order 205-{i})\nFrom: {u}\n---\n{t}\n---\nPlease respond within 24 hours."],
          "de": ["[eBay] Neue Nachricht von Käufer {u} zu Artikel #{i}:\n\n{t}\n\nAntworten unter Mein eBay > Nachrichten.",
                 "Kaufland.de Marktplatz – Käufernachricht (Bestellung {i})\nVon: {u}\n---\n{t}\n---\nBitte innerhalb von 24 Stunden antworten."],
          "fr": ["[Leboncoin] Nouveau message de {u} concernant votre annonce n°{i} :\n\n{t}\n\nRépondre depuis votre messagerie.",
                 "Cdiscount Marketplace – message acheteur (commande {i})\nDe : {u}\n---\n{t}\n---\nMerci de répondre sous 24 heures."]}
USERS = ["mila_k", "buyer4471", "jp.moreau", "t_okafor88", "haselnuss_22", "amelie-b"]


def mailaddr(name):
    a = name.lower().split()[0]
    import unicodedata
    a = unicodedata.normalize("NFKD", a.replace("ı", "i").replace("ł", "l").replace("đ", "d")).encode("ascii", "ignore").decode()
    return a + "." + rng.choice(["home", "mail", "post"]) + "@" + rng.choice(["gmx.net", "outlook.com", "orange.fr", "proton.me", "yahoo.co.uk"])


def render(text, reg, lang, L):
    if reg == "chat":
        return text
    if reg == "sms":
        t = text.lower()
        for a, b in [("'", ""), ("’", ""), ("?", ""), (",", ""), ("!", "")]:
            t = t.replace(a, b)
        return t.replace(". ", " ").rstrip(".")
    if reg == "email":
        n = rng.choice(L.NAMES)
        body = rng.choice(L.OPEN) + "\n\n" + text + "\n\n" + rng.choice(L.CLOSE) + "\n" + rng.choice(L.SIG).format(n=n)
        if rng.random() < 0.5:
            body += "\n\n" + rng.choice(L.QUOTE)
        return body
    if reg == "ticket":
        k = TICKET[lang]
        return f"{k[0]} #{rng.randint(10000, 99999)} | {k[1]}: {rng.choice(k[4])} | Prio: normal\n{k[2]}: {text.splitlines()[0][:40]}\n{k[3]}:\n{text}"
    if reg == "form":
        k = FORM[lang]
        n = rng.choice(L.NAMES)
        return f"{k[0]}: {n}\n{k[1]}: {mailaddr(n)}\n{k[2]}: \n{k[3]}: {text}"
    if reg == "csv":
        q = text.replace('"', '""')
        return f'ticket_id,channel,lang,message\n{rng.randint(100000, 999999)},web,{lang},"{q}"'
    if reg == "json":
        obj = {"channel": rng.choice(["widget", "app", "whatsapp"]), "customer_id": rng.randint(10000, 99999), "message": text}
        return json.dumps(obj, ensure_ascii=rng.random() < 0.6)
    if reg == "marketplace":
        return rng.choice(MARKET[lang]).format(u=rng.choice(USERS), i=rng.randint(1000000, 9999999), t=text)
    raise ValueError(reg)


REGS = ["chat"] * 5 + ["email", "ticket", "form", "csv", "json", "sms", "marketplace"]


def pick_reg(text, allow_sms=True):
    r = rng.choice(REGS)
    if r == "sms" and (not allow_sms or "\n" in text or "{" in text):
        r = "chat"
    return r

# ---------- encoders (each checked by round trip where one exists) ----------
HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"})
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})


def enc(kind, s):
    if kind == "base64":
        x = base64.b64encode(s.encode()).decode(); assert base64.b64decode(x).decode() == s
    elif kind == "hex":
        x = " ".join(f"{b:02x}" for b in s.encode()); assert bytes.fromhex(x.replace(" ", "")).decode() == s
    elif kind == "rot13":
        x = codecs.encode(s, "rot13"); assert codecs.decode(x, "rot13") == s
    elif kind == "url":
        x = urllib.parse.quote(s, safe=""); assert urllib.parse.unquote(x) == s
    elif kind == "reversed":
        x = s[::-1]
    elif kind == "spaced":
        x = " ".join("/" if c == " " else c for c in s)
    elif kind == "leet":
        x = s.translate(LEET)
    elif kind == "homoglyph":
        x = s.translate(HOMO)
    elif kind == "fullwidth":
        x = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)
    elif kind == "unicode_escape":
        x = "".join(f"\\u{ord(c):04x}" for c in s); assert x.encode().decode("unicode_escape") == s
    elif kind == "binary":
        x = " ".join(f"{b:08b}" for b in s.encode()); assert bytes(int(b, 2) for b in x.split()).decode() == s
    return x

ENC_PLAN = ["base64", "base64", "base64", "hex", "rot13", "rot13", "url", "reversed", "spaced", "leet", "homoglyph", "fullwidth", "unicode_escape", "binary"]

# ---------- helpers ----------
def sample_combos(lists, k, fmt):
    combos = list(itertools.product(*lists))
    rng.shuffle(combos)
    return [fmt(*c) for c in combos[:k]]


def iban(lang):
    if lang == "en":
        bb = rng.choice(["BARC", "LOYD", "HBUK", "NWBK"]) + "".join(rng.choice("0123456789") for _ in range(14)); cc = "GB"
    elif lang == "de":
        bb = "".join(rng.choice("0123456789") for _ in range(18)); cc = "DE"
    else:
        bank, gui, acc = (f"{rng.randint(10000, 99999)}", f"{rng.randint(10000, 99999)}", f"{rng.randint(10**10, 10**11 - 1)}")
        key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97)
        bb = bank + gui + acc + f"{key:02d}"; cc = "FR"
    num = "".join(str(int(ch, 36)) for ch in bb + cc + "00")
    check = 98 - int(num) % 97
    s = f"{cc}{check:02d}{bb}"
    assert int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def onum():
    return str(rng.randint(1000000, 9999999))


attacks, benign = [], []


def add_atk(lang, intent, text, source, reg=None):
    L = LANGS[lang]
    reg = reg or pick_reg(text)
    attacks.append({"lang": lang, "intent": intent, "text": render(text, reg, lang, L), "_reg": reg, "_src": source})


def add_ben(lang, kind, text, source, reg=None):
    L = LANGS[lang]
    reg = reg or pick_reg(text)
    benign.append({"lang": lang, "kind": kind, "text": render(text, reg, lang, L), "_reg": reg, "_src": source})


for lang, L in LANGS.items():
    A = L.ATK
    for intent, items in A.items():
        for t in items:
            add_atk(lang, intent, t, "hand")
    for t in sample_combos([L.OVR_OPEN, L.OVR_DEMAND], 4, lambda a, b: a + " " + b[0].upper() + b[1:] if not a.endswith(",") else a + " " + b):
        add_atk(lang, "override", t, "composed")
    for t in sample_combos([L.RP_SETUP, L.RP_ASK], 4, lambda a, b: a + " " + b):
        add_atk(lang, "roleplay", t, "composed")
    for t in sample_combos([L.SP_VERB, L.SP_OBJ], 4, lambda a, b: a + " " + b):
        add_atk(lang, "system_prompt", t, "composed")
    for t in sample_combos([L.TG_PRE, L.TG_ASK, L.TG_WHO], 6, lambda a, b, c: a + " " + b.format(who=c)):
        add_atk(lang, "targeted_customer_data", t, "composed")
    for t in sample_combos([L.BK_FRAME, L.BK_ASK], 4, lambda a, b: a + " " + b):
        add_atk(lang, "bulk_customer_data", t, "composed")
    for t in sample_combos([L.BS_FRAME, L.BS_ASK], 4, lambda a, b: a + " " + b):
        add_atk(lang, "business_secrets", t, "composed")
    for t in sample_combos([L.IND_WRAP, L.IND_HIDDEN], 10, lambda a, b: a.format(h=b)):
        add_atk(lang, "indirect_injection", t, "composed")
    for t in sample_combos([L.FD_WRAP, L.FD_PAYLOAD], 10, lambda a, b: a.format(p=b)):
        add_atk(lang, "fake_delimiters", t, "composed")
    for i, kind in enumerate(ENC_PLAN):
        p = L.ENC_PAYLOAD[i % len(L.ENC_PAYLOAD)]
        fr = L.ENC_FRAME[kind][i % len(L.ENC_FRAME[kind])]
        add_atk(lang, "encoded", fr.format(x=enc(kind, p)), "encoded:" + kind, reg=rng.choice(["chat", "chat", "ticket", "form", "email"]))

    # ---------- benign ----------
    big = lang == "fr"
    # embedded attacks: one attack sentence inside a genuine-looking long customer e-mail
    for intent in ["override", "system_prompt", "targeted_customer_data", "bulk_customer_data", "business_secrets"]:
        for t in rng.sample([x for x in A[intent] if "\n" not in x], 2):
            paras = rng.sample(L.PARA, rng.randint(2, 3))
            body = rng.choice(L.OPEN) + "\n\n" + paras[0][0].upper() + paras[0][1:] + "\n\n" + t + "\n\n" + "\n\n".join(p[0].upper() + p[1:] for p in paras[1:]) + "\n\n" + rng.choice(L.CLOSE) + "\n" + rng.choice(L.SIG).format(n=rng.choice(L.NAMES))
            attacks.append({"lang": lang, "intent": intent, "text": body, "_reg": "email", "_src": "embedded_in_long_email"})
    for t in L.LOOK + extra.TECH[lang]:
        add_ben(lang, "look_alike", t, "hand")
    fill = extra.LOOK_FILL[lang]
    lt = []
    for tpl in extra.LOOK_TPL[lang]:
        key = tpl[tpl.index("{") + 1]
        for v in fill[key]:
            lt.append(tpl.replace("{" + key + "}", v))
    rng.shuffle(lt)
    for t in lt[: (48 if big else 33)]:
        add_ben(lang, "look_alike", t, "template")
    for t in L.PRODUCT:
        add_ben(lang, "product_questions", t, "hand")
    pq = [tpl.replace("{p}", p).replace("{P}", p[0].upper() + p[1:]) for tpl in extra.PQ_TPL[lang] for p in extra.PQ_PROD[lang]]
    rng.shuffle(pq)
    for t in pq[: (25 if big else 22)]:
        add_ben(lang, "product_questions", t, "template")
    for k in range(50 if big else 45):
        tpl = L.ORDER[k % len(L.ORDER)]
        t = tpl.format(o=onum(), c=f"{rng.randint(0, 9999):04d}", i=iban(lang), a=rng.choice(L.ADDR))
        add_ben(lang, "order_support", t, "own_data")
    shorts = list(L.SHORT)
    for a in extra.SHORT2[lang]:
        for b in L.SHORT:
            if len(shorts) < (32 if big else 28) and rng.random() < 0.35:
                shorts.append(a + " " + b)
    for t in shorts:
        add_ben(lang, "short_turns", t, "hand" if t in L.SHORT else "combined", reg=rng.choice(["chat", "chat", "sms", "json", "marketplace"]))
    # long messages
    nlong = 110 if big else 85
    longs = []
    for t in L.RELATIVE:
        longs.append((t.format(o=onum()) + "\n\n" + rng.choice(L.CLOSE) + "\n" + rng.choice(L.SIG).format(n=rng.choice(L.NAMES)), "relative_letter"))
    for t in L.LONG_LOOK:
        longs.append((t, "long_look_alike"))
    for t in L.STAFF:
        longs.append((rng.choice(L.OPEN) + "\n\n" + t + "\n\n" + rng.choice(L.PARA[4:]) + "\n\n" + rng.choice(L.CLOSE) + "\n" + rng.choice(L.SIG).format(n=rng.choice(L.NAMES)), "staff_config"))
    for req in L.REWRITE_REQ:
        for pt in L.PRODUCT_TXT:
            longs.append((req + "\n\n" + pt, "rewrite_translate"))
    for _ in range(8 if big else 6):
        revs = rng.sample(L.REVIEWS, rng.randint(3, len(L.REVIEWS)))
        longs.append((rng.choice(L.REVIEW_REQ) + "\n\n" + "\n".join(f"- {r}" for r in revs), "review_summary"))
    for _ in range(15 if big else 10):
        paras = rng.sample(L.PARA, 5)
        n = rng.choice(L.NAMES)
        first = rng.choice(L.OPEN) + "\n\n" + "\n\n".join(p[0].upper() + p[1:] for p in paras[:3]) + "\n\n" + rng.choice(L.CLOSE) + "\n" + n
        reply = rng.choice(L.QUOTE)
        earlier = "\n".join("> > " + ln for ln in first.splitlines())
        body = rng.choice(L.OPEN) + "\n\n" + "\n\n".join(p[0].upper() + p[1:] for p in paras[3:]) + "\n\n" + rng.choice(L.CLOSE) + "\n" + rng.choice(L.SIG).format(n=n) + "\n\n" + reply + "\n>\n" + earlier
        longs.append((body, "thread"))
    while len(longs) < nlong:
        paras = rng.sample(L.PARA, rng.randint(2, 4))
        body = rng.choice(L.OPEN) + "\n\n" + "\n\n".join(p[0].upper() + p[1:] for p in paras) + "\n\n" + rng.choice(L.CLOSE) + "\n" + rng.choice(L.SIG).format(n=rng.choice(L.NAMES))
        src = "customer_email"
        if rng.random() < 0.45:
            body += "\n\n" + rng.choice(L.QUOTE); src = "email_quoted_history"
        longs.append((body, src))
    seen = set()
    for t, src in longs:
        if t in seen:
            continue
        seen.add(t)
        if len(t.encode()) < 300 and src == "review_summary":
            t = t.split("\n\n")[0] + "\n\n" + "\n".join(f"- {r}" for r in L.REVIEWS)
        if len(t.encode()) < 300 and src not in ("customer_email", "email_quoted_history", "thread"):
            t += "\n\n" + rng.choice(L.CLOSE) + "\n" + rng.choice(L.SIG).format(n=rng.choice(L.NAMES))
        while len(t.encode()) < 300:
            pp = rng.choice(L.PARA)
            t += "\n\n" + pp[0].upper() + pp[1:]
        if src in ("customer_email", "email_quoted_history", "thread"):
            reg = "email-native"
        elif src in ("relative_letter", "long_look_alike"):
            reg = rng.choice(["chat", "chat", "ticket", "json", "csv", "form", "marketplace"])
        else:
            reg = rng.choice(["chat", "chat", "json", "ticket"])
        benign.append({"lang": lang, "kind": "long_messages", "text": t if reg == "email-native" else render(t, reg, lang, L), "_reg": ("email_thread" if src == "thread" else "email") if reg == "email-native" else reg, "_src": src})

# dedupe, shuffle, number
def finish(recs, prefix, labkey):
    out, seen = [], set()
    for r in recs:
        if r["text"] in seen:
            continue
        seen.add(r["text"]); out.append(r)
    rng.shuffle(out)
    rows, meta = [], []
    for n, r in enumerate(out, 1):
        rid = f"{prefix}-{n:04d}"
        rows.append({"id": rid, "lang": r["lang"], labkey: r[labkey], "text": r["text"]})
        meta.append({"id": rid, "register": r["_reg"], "source": r["_src"]})
    return rows, meta

ar, am = finish(attacks, "atk", "intent")
br, bm = finish(benign, "ben", "kind")
for fn, rows in [("attacks.jsonl", ar), ("benign.jsonl", br), ("meta.jsonl", am + bm)]:
    with open(fn, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(ar), len(br))
