#!/usr/bin/env python3
"""Generate blind set structured-v3 -> set.jsonl (seeded, reproducible: `python3 gen.py`).

Frames live in frames_en.py / frames_de.py / frames_fr.py as one string each. A frame starts with a line
`=== <register>`; its body runs to the next such line. Placeholders (rendered left to right, UTF-8 byte
offsets recorded while rendering):

  ⟪O:scheme⟫            ORDER_NUMBER, variant = scheme            (values.order)
  ⟪S:kind⟫              SECRET, variant = kind                    (values.secret / values.pem)
  ⟪C⟫ ⟪C:issuer⟫ ⟪C:issuer:sep⟫   CREDIT_CARD, variant issuer_sep
  ⟪I⟫ ⟪I:CC⟫ ⟪I:CC:fmt⟫        IBAN, variant CC_fmt
  ⟪P⟫ ⟪P:cc⟫ ⟪P:cc:form⟫ ⟪P:cc:form:ext⟫   PHONE, variant cc_form[_ext]  (ext: ext|x|poste|dw|none)
  ⟪IP⟫ ⟪IP:kind⟫          IP_ADDRESS
  ⟪E⟫ ⟪E:kind⟫            EMAIL
  ⟪N:KIND⟫              hard negative, type NEGATIVE_KIND         (values.neg)
  ⟪f:kind⟫              unlabelled filler (first name, shop, city, product, n, host, ...)
  ⟪~a|b|c⟫              literal choice (unlabelled)
Any argument may list alternatives with `|` (one is drawn). `#x` after a placeholder stores the value,
`⟪=x⟫` repeats it with the same label. `*` as an argument means "random".
"""
import json
import os
import random
import re

import values as V
from frames_de import FRAMES as DE
from frames_en import FRAMES as EN
from frames_fr import FRAMES as FR

SEED = 20261205
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = {"en": 700, "de": 525, "fr": 525}

FIRST = {"en": ["Tom", "Priya", "Megan", "Jake", "Aisha", "Callum", "Rosie", "Dan", "Nina", "Sam", "Olly", "Beth"],
         "de": ["Jana", "Lukas", "Birgit", "Murat", "Svenja", "Henrik", "Katrin", "Jonas", "Ute", "Can", "Frauke", "Nils"],
         "fr": ["Camille", "Mathis", "Élodie", "Karim", "Solène", "Baptiste", "Inès", "Yann", "Margaux", "Hugo", "Léa", "Théo"]}
SHOP = ["Nordhafen Outdoor", "Kaffeerösterei Ostwind", "Atelier Lumen", "Brique & Bois", "Velo Depot", "Teehaus Kranich",
        "La Petite Mercerie", "Papierwerk", "Lichtblick Leuchten", "Maison Olivier", "Kletterkiste", "Fromagerie du Val",
        "Graupause", "Bergbrise", "Le Comptoir Bleu", "Hafenkontor", "Studio Kiesel", "Boutique Sable"]
CITY = ["Bremen", "Leipzig", "Graz", "Basel", "Lyon", "Nantes", "Lille", "Utrecht", "Gent", "Mannheim", "Rennes",
        "Innsbruck", "Freiburg", "Dijon", "Kassel", "Luzern"]
PRODUCT = {"en": ["rain jacket", "espresso grinder", "desk lamp", "trail shoes", "wool blanket", "phone case", "kettle",
                  "bike light", "yoga mat", "backpack"],
           "de": ["Regenjacke", "Kaffeemühle", "Schreibtischlampe", "Wanderschuhe", "Wolldecke", "Handyhülle",
                  "Wasserkocher", "Fahrradlicht", "Isomatte", "Rucksack"],
           "fr": ["veste de pluie", "moulin à café", "lampe de bureau", "chaussures de trail", "plaid en laine",
                  "coque de téléphone", "bouilloire", "éclairage vélo", "tapis de yoga", "sac à dos"]}
HOSTS = ["db-prod-01", "pg.internal", "mysql.shop.svc", "redis-cache", "rabbit01.lan", "mongo-cluster0.ab1cd.mongodb.net",
         "smtp.mailhost.eu", "db-replica.lan", "db.eu-central-1.rds.amazonaws.com", "sql-erp.local"]
DBUSER = ["shop", "app", "magento", "wp_user", "sw6", "readonly", "etl", "erp_sync", "root", "presta"]

TOK = re.compile(r"⟪([^⟫]*)⟫")
TYPE_OF = {"O": "ORDER_NUMBER", "S": "SECRET", "C": "CREDIT_CARD", "I": "IBAN", "P": "PHONE", "IP": "IP_ADDRESS",
           "E": "EMAIL"}


def pick(r, a):
    if a is None or a == "*" or a == "":
        return None
    return r.choice(a.split("|"))


def render_token(r, lang, body, store):
    """returns (text, label) where label is None, ('pos', type, variant) or ('neg', type)."""
    if body.startswith("="):
        return store[body[1:]]
    if body.startswith("~"):
        return r.choice(body[1:].split("|")), None
    tag = None
    if "#" in body:
        body, tag = body.split("#", 1)
    parts = body.split(":")
    t, args = parts[0], parts[1:] + [None] * 4
    if t == "O":
        s = pick(r, args[0])
        out = (V.order(r, s), ("pos", "ORDER_NUMBER", s))
    elif t == "S":
        k = pick(r, args[0])
        out = (V.secret(r, k), ("pos", "SECRET", k))
    elif t == "C":
        txt, var = V.card(r, pick(r, args[0]), pick(r, args[1]))
        out = (txt, ("pos", "CREDIT_CARD", var))
    elif t == "I":
        txt, var = V.iban(r, pick(r, args[0]), pick(r, args[1]))
        out = (txt, ("pos", "IBAN", var))
    elif t == "P":
        e = pick(r, args[2])
        txt, var = V.phone(r, pick(r, args[0]), pick(r, args[1]), False if e == "none" else e)
        out = (txt, ("pos", "PHONE", var))
    elif t == "IP":
        txt, var = V.ip(r, pick(r, args[0]))
        out = (txt, ("pos", "IP_ADDRESS", var))
    elif t == "E":
        txt, var = V.email(r, pick(r, args[0]))
        out = (txt, ("pos", "EMAIL", var))
    elif t == "N":
        k = pick(r, args[0])
        out = (V.neg(r, k), ("neg", "NEGATIVE_" + k))
    elif t == "f":
        k = args[0]
        if k == "first":
            v = r.choice(FIRST[lang])
        elif k == "shop":
            v = r.choice(SHOP)
        elif k == "city":
            v = r.choice(CITY)
        elif k == "product":
            v = r.choice(PRODUCT[lang])
        elif k == "n":
            v = str(r.randint(2, 14))
        elif k == "host":
            v = r.choice(HOSTS)
        elif k == "dbuser":
            v = r.choice(DBUSER)
        elif k == "pid":
            v = str(r.randint(1000, 65000))
        elif k == "port":
            v = str(r.choice([5432, 3306, 6379, 5672, 27017, 8080, 443]))
        else:
            raise KeyError(k)
        out = (v, None)
    else:
        raise KeyError(body)
    if tag:
        store[tag] = out
    return out


def parse_frames(src):
    frames, cur, reg = [], [], None
    for line in src.split("\n"):
        if line.startswith("=== "):
            if reg is not None:
                frames.append((reg, "\n".join(cur).strip("\n")))
            reg, cur = line[4:].strip(), []
        else:
            cur.append(line)
    if reg is not None:
        frames.append((reg, "\n".join(cur).strip("\n")))
    return frames


def render(r, lang, frame):
    reg, tpl = frame
    store, out, spans, negs = {}, bytearray(), [], []
    pos = 0
    for m in TOK.finditer(tpl):
        out += tpl[pos:m.start()].encode("utf-8")
        txt, lab = render_token(r, lang, m.group(1), store)
        st = len(out)
        out += txt.encode("utf-8")
        if lab and lab[0] == "pos":
            spans.append({"start": st, "end": len(out), "type": lab[1], "variant": lab[2], "value": txt})
        elif lab:
            negs.append({"start": st, "end": len(out), "type": lab[1], "value": txt})
        pos = m.end()
    out += tpl[pos:].encode("utf-8")
    return reg, out.decode("utf-8"), spans, negs


def main():
    r = random.Random(SEED)
    recs = []
    for lang, src in (("en", EN), ("de", DE), ("fr", FR)):
        frames = parse_frames(src)
        n = TARGET[lang]
        order = []
        while len(order) < n:
            batch = list(range(len(frames)))
            r.shuffle(batch)
            order += batch
        order = sorted(order[:n])
        for i, fi in enumerate(order):
            reg, text, spans, negs = render(r, lang, frames[fi])
            reg = reg[4:] if reg.startswith("neg_") else reg
            recs.append({"id": f"sv3-{lang}-{i:04d}", "lang": lang, "register": reg, "frame": f"{lang}{fi:03d}",
                         "text": text, "spans": spans, "negatives": negs})
    r.shuffle(recs)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records; frames en={len(parse_frames(EN))} de={len(parse_frames(DE))} fr={len(parse_frames(FR))}")


if __name__ == "__main__":
    main()
