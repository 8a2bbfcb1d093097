"""Shared helpers: encoders (with round-trip asserts), checksums, typo noise, register wrappers.
Standard library only. All randomness goes through the rng passed in by gen.py."""
import base64, codecs, json, urllib.parse, html

# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0

def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError

def iban_make(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban

def iban_ok(iban):
    s = iban.replace(" ", "")
    rearr = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return int(num) % 97 == 1

def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

# ---------------------------------------------------------------- encoders
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "1", "g": "9", "b": "8"}
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
        "y": "\u0443", "i": "\u0456", "A": "\u0391", "E": "\u0395", "O": "\u039f", "P": "\u03a1",
        "T": "\u03a4", "H": "\u0397", "K": "\u039a", "M": "\u039c", "B": "\u0392", "s": "\u0455"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]

def enc_base64(p):
    out = base64.b64encode(p.encode()).decode()
    assert base64.b64decode(out).decode() == p
    return out

def enc_hex(p, spaced=False):
    h = p.encode().hex()
    if spaced:
        h = " ".join(h[i:i + 2] for i in range(0, len(h), 2))
    assert bytes.fromhex(h.replace(" ", "")).decode() == p
    return h

def enc_rot13(p):
    out = codecs.encode(p, "rot13")
    assert codecs.decode(out, "rot13") == p
    return out

def enc_url(p, full=False):
    if full:
        out = "".join("%%%02X" % b for b in p.encode())
    else:
        out = urllib.parse.quote(p, safe="")
    assert urllib.parse.unquote(out) == p
    return out

def enc_leet(p, rng):
    out = []
    for ch in p:
        lo = ch.lower()
        if lo in LEET and rng.random() < 0.8:
            out.append(LEET[lo])
        else:
            out.append(ch)
    return "".join(out)

def enc_reverse(p):
    out = p[::-1]
    assert out[::-1] == p
    return out

def enc_spaced(p, sep):
    """letters of each word joined by sep, words separated by three spaces"""
    out = "   ".join(sep.join(w) for w in p.split(" "))
    assert " ".join(w.replace(sep, "") if sep != " " else w.replace(" ", "") for w in out.split("   ")) == p
    return out

def enc_homoglyph(p, rng):
    return "".join(HOMO[c] if c in HOMO and rng.random() < 0.7 else c for c in p)

def enc_zero_width(p, rng):
    out = []
    for ch in p:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.5:
            out.append(rng.choice(ZW))
    s = "".join(out)
    assert "".join(c for c in s if c not in ZW) == p
    return s

def enc_split_lines(p, rng):
    words = p.split(" ")
    lines, cur = [], []
    for w in words:
        cur.append(w)
        if len(cur) >= rng.randint(1, 3):
            lines.append(" ".join(cur)); cur = []
    if cur:
        lines.append(" ".join(cur))
    return "\n".join(lines)

def enc_acrostic_chars(p):
    """one character per line (vertical writing)"""
    return "\n".join(c if c != " " else "_" for c in p)

# ---------------------------------------------------------------- typo noise
def typo(text, rng, n=None):
    """introduce 1-3 keyboard-ish typos in words longer than 4 letters (letters only)"""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx:
        return text
    n = n or rng.choice([1, 1, 2, 2, 3])
    for _ in range(n):
        i = rng.choice(idx)
        w = words[i]
        k = rng.randrange(1, len(w) - 1)
        op = rng.choice(["swap", "drop", "double", "swap"])
        if op == "swap":
            w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif op == "drop":
            w = w[:k] + w[k + 1:]
        else:
            w = w[:k] + w[k] + w[k:]
        words[i] = w
    return " ".join(words)

# ---------------------------------------------------------------- registers
SENDERS = {
    "en": ["Megan Thorpe", "Rav Sandhu", "Callum Reid", "Priya N.", "Josh Okafor", "Deb Whitcombe", "Tomasz W.",
           "Aisling Byrne", "Gareth Pugh", "Hannah Lowe", "Kez", "Imran Qadir"],
    "de": ["Kerstin Wolff", "Mehmet Yıldız", "Uwe Brandl", "Jana Pietsch", "Dirk S.", "Svenja Harms", "Lukas Ebner",
           "Birgit Lanz", "Olli", "Anja Rieck", "Tobias Kühne", "Marija Petrović"],
    "fr": ["Sandrine Fabre", "Karim Benali", "Élodie Roux", "Thierry Gauthier", "Manon L.", "Yannick Le Goff",
           "Chloé Perrin", "Rachid Amrani", "Nathalie Vidal", "Seb", "Océane Marchand", "Hugo Dumas"],
}
GREET = {"en": ["Hi,", "Hello,", "Dear support team,", "Hiya", "Good morning,", "Hi there,", "To whom it may concern,"],
         "de": ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Moin,", "Hi,", "Servus,", "Hallo zusammen,"],
         "fr": ["Bonjour,", "Bonjour à vous,", "Madame, Monsieur,", "Salut,", "Bonsoir,", "Coucou,", "Bonjour l'équipe,"]}
CLOSE = {"en": ["Thanks", "Cheers", "Kind regards", "Many thanks in advance", "Best", "Thanks a lot", "Regards"],
         "de": ["Danke", "Viele Grüße", "Mit freundlichen Grüßen", "LG", "Beste Grüße", "Danke im Voraus", "Gruß"],
         "fr": ["Merci", "Cordialement", "Bien à vous", "Merci d'avance", "Bonne journée", "Bises", "Belle journée"]}
SENT = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone"}
SUBJ = {"en": ["Question", "My order", "Quick one", "Help please", "Re: your message", "Account", "(no subject)"],
        "de": ["Frage", "Meine Bestellung", "Kurze Frage", "Bitte um Hilfe", "AW: Ihre Nachricht", "Kundenkonto", "(kein Betreff)"],
        "fr": ["Question", "Ma commande", "Petite question", "Besoin d'aide", "RE: votre message", "Mon compte", "(sans objet)"]}
QUOTED = {"en": "> Thank you for contacting us. An agent will reply within 24 hours.",
          "de": "> Vielen Dank für Ihre Nachricht. Wir melden uns innerhalb von 24 Stunden.",
          "fr": "> Merci pour votre message. Un conseiller vous répondra sous 24 heures."}
WROTE = {"en": "On {d}, Support <help@shop.example> wrote:", "de": "Am {d} schrieb Kundenservice <help@shop.example>:",
         "fr": "Le {d}, Service client <help@shop.example> a écrit :"}
VOICE = {"en": ["um,", "yeah so", "right, erm,", "hi, uh,"], "de": ["ähm,", "also,", "ja hallo, äh,", "hm,"],
         "fr": ["euh,", "alors,", "oui bonjour, euh,", "bah,"]}
FORM_LBL = {"en": ("Name", "Topic", "Message"), "de": ("Name", "Anliegen", "Nachricht"), "fr": ("Nom", "Sujet", "Message")}
MKT = {"en": ["eBay", "Etsy", "Amazon", "OnBuy"], "de": ["eBay", "Kaufland", "Otto", "Amazon"],
       "fr": ["Leboncoin", "Cdiscount", "Rakuten", "Amazon"]}
DATES = {"en": ["3 Dec 2026", "29 Nov 2026", "1 Dec 2026", "5 Dec 2026", "27 Nov 2026"],
         "de": ["03.12.2026", "29.11.2026 um 14:12", "01.12.2026", "Sa., 5. Dez. 2026", "27.11.2026"],
         "fr": ["3 déc. 2026", "29/11/2026 à 09:41", "1 déc. 2026", "sam. 5 déc. 2026", "27/11/2026"]}

def _sender(lang, rng, text):
    for _ in range(20):
        s = rng.choice(SENDERS[lang])
        last = s.split(" ")[-1].strip(".")
        if len(last) < 3 or last not in text:
            return s
    return "A."

def wrap(text, reg, lang, rng):
    if reg == "chat":
        return text
    if reg == "email":
        parts = []
        if rng.random() < 0.4:
            parts.append(("Subject: " if lang == "en" else "Betreff: " if lang == "de" else "Objet : ") + rng.choice(SUBJ[lang]))
            parts.append("")
        parts += [rng.choice(GREET[lang]), "", text, "", rng.choice(CLOSE[lang]), _sender(lang, rng, text)]
        if rng.random() < 0.25:
            parts += ["", SENT[lang]]
        return "\n".join(parts)
    if reg == "email_thread":
        return "\n".join([text, "", WROTE[lang].format(d=rng.choice(DATES[lang])), QUOTED[lang]])
    if reg == "ticket":
        no = rng.randint(100000, 999999)
        st = {"en": "Status: open", "de": "Status: offen", "fr": "Statut : ouvert"}[lang]
        return "[Ticket #%d] %s | Channel: web\n%s" % (no, st, text)
    if reg == "form":
        a, b, c = FORM_LBL[lang]
        return "%s: %s\n%s: %s\n%s: %s" % (a, _sender(lang, rng, text), b, rng.choice(SUBJ[lang]), c, text)
    if reg == "json":
        obj = {"channel": "web_chat", "locale": lang, "messages": [{"role": "user", "content": text}]}
        return json.dumps(obj, ensure_ascii=rng.random() < 0.5, indent=2 if rng.random() < 0.3 else None)
    if reg == "sms":
        return " ".join(text.lower().split()).rstrip(".!")
    if reg == "whatsapp":
        who = _sender(lang, rng, text).split(" ")[0]
        lines = []
        h, m = rng.randint(8, 21), rng.randint(0, 50)
        for para in [p for p in text.replace("? ", "?\n").replace(". ", ".\n").replace("! ", "!\n").split("\n") if p.strip()]:
            lines.append("[%02d:%02d] %s: %s" % (h, m, who, para.strip()))
            m += rng.randint(0, 2)
        return "\n".join(lines)
    if reg == "html":
        return "<p>" + html.escape(text, quote=False).replace("\n", "<br>") + "</p>"
    if reg == "marketplace":
        mk = rng.choice(MKT[lang])
        hd = {"en": "New message from a buyer via %s:", "de": "Neue Käufernachricht über %s:",
              "fr": "Nouveau message d'un acheteur via %s :"}[lang] % mk
        return hd + "\n\n" + text
    if reg == "voice_transcript":
        hd = {"en": "[Voicemail transcript, 00:%02d]", "de": "[Sprachnachricht, Transkript, 00:%02d]",
              "fr": "[Transcription message vocal, 00:%02d]"}[lang] % rng.randint(15, 58)
        return hd + " " + rng.choice(VOICE[lang]) + " " + " ".join(text.split())
    raise ValueError(reg)
