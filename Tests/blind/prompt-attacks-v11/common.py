"""Shared helpers: checksums, encoders (with round-trip asserts), typo noise, register wrappers."""
import base64, codecs, urllib.parse, json

def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError

def card(rng, prefix, length=16):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    return luhn_complete(body)

def group4(s):
    return " ".join(s[i:i+4] for i in range(0, len(s), 4))

def iban(country, bban):
    num = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def rand_iban(rng, country):
    if country == "DE":
        bban = "".join(rng.choice("0123456789") for _ in range(18))
    elif country == "FR":
        bban = "".join(rng.choice("0123456789") for _ in range(23))
    else:  # GB
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(rng.choice("0123456789") for _ in range(14))
    return iban(country, bban)

def fmt_iban(s):
    return " ".join(s[i:i+4] for i in range(0, len(s), 4))

# ---------------- encoders -----------------
def enc_b64(t):
    e = base64.b64encode(t.encode()).decode(); assert base64.b64decode(e).decode() == t; return e
def enc_hex(t, spaced=False):
    e = t.encode().hex()
    if spaced: e = " ".join(e[i:i+2] for i in range(0, len(e), 2))
    assert bytes.fromhex(e.replace(" ", "")).decode() == t; return e
def enc_rot13(t):
    e = codecs.encode(t, "rot13"); assert codecs.decode(e, "rot13") == t; return e
def enc_url(t, full=False):
    if full:
        e = "".join("%%%02X" % b for b in t.encode())
    else:
        e = urllib.parse.quote(t)
    assert urllib.parse.unquote(e) == t; return e
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}
def enc_leet(t, rng):
    return "".join(LEET[c] if c in LEET and rng.random() < 0.8 else c for c in t)
def enc_rev(t):
    return t[::-1]
def enc_spaced(t, sep=" "):
    words = t.split(" ")
    return "  /  ".join(sep.join(w) for w in words) if sep == " " else "  ".join(sep.join(w) for w in words)
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456",
        "A": "\u0391", "E": "\u0395", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "H": "\u0397", "K": "\u039a", "M": "\u039c"}
def enc_homo(t, rng):
    return "".join(HOMO[c] if c in HOMO and rng.random() < 0.6 else c for c in t)
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
def enc_zw(t, rng):
    out = []
    for w in t.split(" "):
        if len(w) > 3:
            k = rng.randint(1, len(w) - 1)
            w = w[:k] + rng.choice(ZW) + w[k:]
        out.append(w)
    return " ".join(out)
def enc_split(t, rng):
    words = t.split(" ")
    lines, cur = [], []
    for w in words:
        cur.append(w)
        if len(cur) >= rng.randint(1, 3):
            lines.append(" ".join(cur)); cur = []
    if cur: lines.append(" ".join(cur))
    return "\n".join(lines)

# ---------------- noise -----------------
def typo(rng, text, n=None):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx: return text
    for i in rng.sample(idx, min(len(idx), n or rng.randint(1, 2))):
        w = words[i]; k = rng.randint(1, len(w) - 2); op = rng.random()
        if op < 0.4: w = w[:k] + w[k+1] + w[k] + w[k+2:]
        elif op < 0.7: w = w[:k] + w[k+1:]
        else: w = w[:k] + w[k] + w[k:]
        words[i] = w
    return " ".join(words)

# ---------------- registers -----------------
SUBJ = {"en": ["Question", "Re: your message", "Urgent", "help pls", "Order query", "Fwd: info", "Account", "(no subject)", "Quick one"],
        "de": ["Frage", "AW: Ihre Nachricht", "Dringend", "Hilfe bitte", "Bestellung", "WG: Info", "Kundenkonto", "(kein Betreff)", "Kurze Frage"],
        "fr": ["Question", "RE: votre message", "Urgent", "aide svp", "Commande", "TR: info", "Compte client", "(sans objet)", "Petite question"]}
GREET = {"en": ["Hi,", "Hello,", "Dear team,", "Hey there,", "Good morning,", "Hi all,"],
         "de": ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Hi,", "Moin,", "Liebes Team,"],
         "fr": ["Bonjour,", "Bonsoir,", "Madame, Monsieur,", "Salut,", "Bonjour à toute l'équipe,", "Coucou,"]}
CLOSE = {"en": ["Thanks,", "Cheers,", "Kind regards,", "Best,", "Many thanks in advance,", "Ta,"],
         "de": ["Danke!", "Viele Grüße", "Mit freundlichen Grüßen", "LG", "Beste Grüße", "Danke im Voraus"],
         "fr": ["Merci !", "Cordialement,", "Bien à vous,", "Bonne journée,", "Merci d'avance,", "Bises"]}
FIRST = {"en": ["Tom", "Priya", "Gareth", "Shauna", "Kev", "Olu", "Megan", "Callum"],
         "de": ["Jens", "Ayşe", "Maren", "Dirk", "Lina", "Tobi", "Ulrike", "Kai"],
         "fr": ["Karim", "Sandrine", "Léo", "Maëlle", "Thierry", "Inès", "Yann", "Chloé"]}
SENT = {"en": ["Sent from my iPhone", "Sent from Outlook for Android", ""], "de": ["Von meinem iPhone gesendet", "Gesendet von Outlook für Android", ""],
        "fr": ["Envoyé de mon iPhone", "Envoyé depuis Outlook pour Android", ""]}
TICKET = {"en": "Ticket #{n} | Channel: web | Priority: {p}\nCustomer message:\n", "de": "Ticket #{n} | Kanal: Web | Priorität: {p}\nNachricht des Kunden:\n",
          "fr": "Ticket n°{n} | Canal : web | Priorité : {p}\nMessage du client :\n"}
PRIO = {"en": ["normal", "high", "low"], "de": ["normal", "hoch", "niedrig"], "fr": ["normale", "haute", "basse"]}
FORM = {"en": ("Name: {f}\nTopic: {t}\nMessage: ", ["Other", "My order", "Payment", "Account"]),
        "de": ("Name: {f}\nThema: {t}\nNachricht: ", ["Sonstiges", "Meine Bestellung", "Zahlung", "Konto"]),
        "fr": ("Nom : {f}\nSujet : {t}\nMessage : ", ["Autre", "Ma commande", "Paiement", "Compte"])}

SAFE_REGS = ["chat", "email", "ticket", "form"]
ALL_REGS = ["chat", "email", "ticket", "form", "json", "sms", "whatsapp"]

def wrap(rng, lang, text, reg):
    if reg == "chat":
        return text
    if reg == "email":
        parts = []
        if rng.random() < 0.5: parts.append({"en": "Subject: ", "de": "Betreff: ", "fr": "Objet : "}[lang] + rng.choice(SUBJ[lang]) + "\n")
        parts.append(rng.choice(GREET[lang]) + "\n\n" + text + "\n\n" + rng.choice(CLOSE[lang]) + "\n" + rng.choice(FIRST[lang]))
        s = rng.choice(SENT[lang])
        if s: parts.append("\n\n" + s)
        return "".join(parts)
    if reg == "ticket":
        return TICKET[lang].format(n=rng.randint(100000, 999999), p=rng.choice(PRIO[lang])) + text
    if reg == "form":
        tpl, topics = FORM[lang]
        return tpl.format(f=rng.choice(FIRST[lang]), t=rng.choice(topics)) + text
    if reg == "json":
        return json.dumps({"session": "s-%d" % rng.randint(10000, 99999), "role": "user", "message": text}, ensure_ascii=rng.random() < 0.5)
    if reg == "sms":
        return " ".join(text.lower().split())
    if reg == "whatsapp":
        t = text.replace(". ", ".\n").replace("? ", "?\n").replace("! ", "!\n")
        return t
    raise ValueError(reg)
