#!/usr/bin/env python3
"""Writes set.jsonl for names-addresses-v6 (seed 20261206). Standard library only."""
import json, random, re
from data import *
from engine import *
from frames import EN, DE, FR, GREETN, SIGNN

SEED = 20261206
PH_RE = re.compile(r"\{([^{}]+)\}")
DATES = {"en": ["Tue, 3 Nov 2026 at 09:14", "12/11/2026 16:02", "Mon 30 Nov 2026, 11:47"],
         "de": ["Di., 3. Nov. 2026 um 09:14", "12.11.2026 16:02", "Montag, 30. November 2026"],
         "fr": ["mar. 3 nov. 2026 à 09:14", "le 12/11/2026 à 16:02", "lundi 30 novembre 2026"]}
SN_OK = {"de": ("straße", "gasse", "allee", "strasse", "weg")}


def pcn(rng):
    return rng.choice([f"{rng.randint(10,99)}{rng.randint(0,999):03d}", f"{rng.randint(1000,9899)}", f"CH-{rng.randint(1000,9600)}",
                       f"{rng.randint(1000,9999)} {rng.choice(NLL)}{rng.choice(NLL)}", rng.choice(["SW9", "LS6", "M14", "EC2A", "G41"]),
                       rng.choice(["H2T", "M6J", "V5N"]), f"L-{rng.randint(1000,9999)}"])


def street_name(rng, lang):
    if lang == "de":
        pool = [s for s, _ in DE_STREETS + AT_STREETS + CH_DE_STREETS if s.lower().endswith(SN_OK["de"])]
        c = None
        return rng.choice(pool)
    if lang == "fr":
        return rng.choice([s for s, _ in FR_STREETS + CH_FR_STREETS + LU_STREETS] + ["rue Haute", "avenue Louise", "rue du Midi"])
    return rng.choice([u[0] for u in UK + IE + US + CA if not u[0].startswith("rue") and not u[0].startswith("avenue")])


def person_span(doc, p, shape, cue, in_json=False, text=None, esc=False):
    nm = render_name(p, shape)
    v = person_variant(p, shape, cue, in_json)
    doc.span("PERSON", jesc(nm, esc) if in_json else nm, variant=v, origin=p["origin"], shape=shape, cue=cue)


def add_addr(doc, a, style=None, country="__"):
    c = a["country"] if country == "__" else country
    doc.span("ADDRESS", a["text"], variant=addr_variant(a, style), country=c, forms=a["forms"] + ([style] if style else []))


def render_template(rng, lang, tpl, doc):
    # pre-scan person needs
    needs = {}
    for m in PH_RE.finditer(tpl):
        k = m.group(1)
        if k[0] == "P" and k[1].isdigit():
            slot, shape = k.split(".")[0], k.split(".")[1]
            needs.setdefault(slot, set())
            if len(k.split(".")) > 3: needs[slot].add("g=" + k.split(".")[3])
            if shape.startswith("hyph"): needs[slot].add("hyph")
            if shape.startswith("part"): needs[slot].add("part")
    persons = {s: make_person(rng, n, next((x[2:] for x in n if x.startswith("g=")), None)) for s, n in needs.items()}
    addrs = {}
    pos = 0
    for m in PH_RE.finditer(tpl):
        doc.t(tpl[pos:m.start()])
        pos = m.end()
        k = m.group(1)
        parts = k.split(".")
        h = parts[0]
        if h[0] == "P" and h[1:].isdigit():
            person_span(doc, persons[h], parts[1], parts[2])
        elif h[0] == "T" and h[1:].isdigit():
            p = persons.setdefault("P" + h[1:], make_person(rng))
            doc.t(title(p, lang, parts[1] if len(parts) > 1 else "short"))
        elif h[0] == "G" and h[1:].isdigit():
            p = persons.setdefault("P" + h[1:], make_person(rng))
            a, b = k.split(".", 1)[1].split("|")
            doc.t(a if p["gender"] == "m" else b)
        elif h[0] == "E" and h[1:].isdigit():
            p = persons.setdefault("P" + h[1:], make_person(rng))
            doc.span("EMAIL", email_of(p, rng), variant="aux")
        elif h[0] == "A" and h[1:].isdigit():
            opts = set(parts[1:])
            cc = next((o[1:] for o in opts if o.startswith("=")), None)
            if "sn" in opts:
                s = street_name(rng, lang)
                if "l" in opts: s = s.lower()
                doc.span("ADDRESS", s, variant="street_name", country=None, forms=["street_name"])
                continue
            if "ps" in opts:
                pc, city = rng.choice(PACKSTATION_CITIES)
                t = f"Packstation {rng.randint(101,299)}" + rng.choice([", ", "\n", " "]) + f"{pc} {city}"
                doc.span("ADDRESS", t, variant="packstation", country="de", forms=["packstation"])
                continue
            if "pf" in opts:
                pc, city = rng.choice(PACKSTATION_CITIES)
                t = f"Postfiliale {rng.randint(401,699)}" + rng.choice([", ", "\n"]) + f"{pc} {city}"
                doc.span("ADDRESS", t, variant="postfiliale", country="de", forms=["postfiliale"])
                continue
            if "pb" in opts:
                t, c = pobox(rng, lang)
                doc.span("ADDRESS", t, variant="pobox", country=c, forms=["pobox"])
                continue
            a = address(rng, lang, c=cc, unit=True if "u" in opts else None, rng_no=True if "r" in opts else None,
                        multi="m" in opts, lower="l" in opts, cname=True if "c" in opts else None)
            if "so" in opts:
                sl = a["street_line"] if a["country"] not in ("fr", "lu", "uk", "ie") or "unit" not in a["forms"] else a["street_line"]
                doc.span("ADDRESS", sl, variant="street_only", country=a["country"], forms=[f for f in a["forms"] if f in ("num_after", "num_before", "unit", "range", "no_suffix", "lower")] + ["street_only"])
                continue
            add_addr(doc, a)
        elif h == "N":
            doc.neg(parts[1], rng.choice(NEG[parts[1]]))
        elif h == "DN":
            doc.neg("NEGATIVE_DE_NOUN", rng.choice(DE_NOUNS))
        elif h == "PH":
            doc.span("PHONE", phone(rng, lang), variant="aux")
        elif h == "ORD":
            doc.span("ORDER_NUMBER", order_no(rng), variant="aux")
        elif h == "PR":
            doc.t(rng.choice(PRODUCTS[lang]))
        elif h == "PCN":
            doc.neg("NEGATIVE_POSTCODE", pcn(rng))
        elif h == "CITYN":
            doc.neg("NEGATIVE_CITY", rng.choice(NEG["NEGATIVE_CITY"]))
        elif h == "NUM":
            doc.t(str(rng.randint(100000, 999999)))
        elif h == "DATE":
            doc.t(rng.choice(DATES[lang]))
        elif h == "GREETN":
            g = rng.choice(GREETN[lang]); doc.neg("NEGATIVE_GREETING", g[:-1]); doc.t(g[-1])
        elif h == "SIGNN":
            doc.neg("NEGATIVE_SIGNOFF", rng.choice(SIGNN[lang]))
        else:
            raise ValueError(k)
    doc.t(tpl[pos:])


# ------------- code-built frames: form fields, CSV, JSON -------------
LAB = {"en": ("Name", "Street", "Postcode", "City", "Country"), "de": ("Name", "Straße", "PLZ", "Ort", "Land"),
       "fr": ("Nom", "Adresse", "Code postal", "Ville", "Pays")}


def neg_tail(rng, lang, doc):
    """A hard-negative sentence appended to PII frames."""
    t = rng.choice(["NEGATIVE_BRAND", "NEGATIVE_PRODUCT", "NEGATIVE_STORE", "NEGATIVE_CITY", "NEGATIVE_WORD", "NEGATIVE_TITLE", "NEGATIVE_STREET_PRODUCT", "NEGATIVE_PUBLIC_FIGURE", "NEGATIVE_SHOP", "NEGATIVE_CARRIER"])
    v = rng.choice(NEG[t])
    pre, post = {"en": {"NEGATIVE_BRAND": ("P.S. is the ", " scarf back in stock?"), "NEGATIVE_PRODUCT": ("P.S. the ", " was delicious."),
                        "NEGATIVE_STORE": ("P.S. I saw the same thing at ", " for less."), "NEGATIVE_CITY": ("P.S. I'm in ", " next week."),
                        "NEGATIVE_WORD": ("P.S. colour: ", ", size M."), "NEGATIVE_TITLE": ("P.S. please add the ", " poster."),
                        "NEGATIVE_STREET_PRODUCT": ("P.S. also the '", "' candle."), "NEGATIVE_PUBLIC_FIGURE": ("P.S. the ", " puzzle is for my nephew."),
                        "NEGATIVE_SHOP": ("P.S. I found you via ", "."), "NEGATIVE_CARRIER": ("P.S. please not with ", " again.")},
                 "de": {"NEGATIVE_BRAND": ("PS: Ist der ", " Schal wieder da?"), "NEGATIVE_PRODUCT": ("PS: Die ", " war lecker."),
                        "NEGATIVE_STORE": ("PS: Bei ", " gibt's das günstiger."), "NEGATIVE_CITY": ("PS: Nächste Woche bin ich in ", "."),
                        "NEGATIVE_WORD": ("PS: Farbe ", ", Größe M."), "NEGATIVE_TITLE": ("PS: Bitte noch das ", "-Poster dazu."),
                        "NEGATIVE_STREET_PRODUCT": ("PS: Und die Kerze „", "“."), "NEGATIVE_PUBLIC_FIGURE": ("PS: Das ", "-Puzzle ist für meinen Neffen."),
                        "NEGATIVE_SHOP": ("PS: Ich kenne euch über ", "."), "NEGATIVE_CARRIER": ("PS: Bitte nicht wieder mit ", ".")},
                 "fr": {"NEGATIVE_BRAND": ("PS : l'écharpe ", " est-elle revenue ?"), "NEGATIVE_PRODUCT": ("PS : la ", " était délicieuse."),
                        "NEGATIVE_STORE": ("PS : c'est moins cher chez ", "."), "NEGATIVE_CITY": ("PS : je serai à ", " la semaine prochaine."),
                        "NEGATIVE_WORD": ("PS : coloris ", ", taille M."), "NEGATIVE_TITLE": ("PS : ajoutez l'affiche ", "."),
                        "NEGATIVE_STREET_PRODUCT": ("PS : et la bougie « ", " »."), "NEGATIVE_PUBLIC_FIGURE": ("PS : le puzzle ", " est pour mon neveu."),
                        "NEGATIVE_SHOP": ("PS : je vous ai trouvés via ", "."), "NEGATIVE_CARRIER": ("PS : pas encore avec ", " svp.")}}[lang][t]
    doc.t("\n" + pre); doc.neg(t, v); doc.t(post)


def f_form(rng, lang, doc):
    p = make_person(rng)
    a = address(rng, lang, multi=False, cname=True)
    L = LAB[lang]
    doc.t(rng.choice({"en": ["Checkout form submitted\n", "--- contact form ---\n"], "de": ["Formular: Lieferadresse\n", "--- Kontaktformular ---\n"],
                      "fr": ["Formulaire de livraison\n", "--- formulaire ---\n"]}[lang]))
    doc.t(L[0] + ": "); person_span(doc, p, rng.choice(["full", "full", "sfirst", "upper"]), "form_label"); doc.t("\n")
    doc.t(L[1] + ": ")
    doc.open("ADDRESS", variant="form_fields", country=a["country"], forms=a["forms"] + ["form_fields"])
    doc.t(a["street_line"]); doc.t(f"\n{L[2]}: {a['pc']}\n{L[3]}: {a['city']}\n{L[4]}: {a['cname']}")
    doc.close()
    doc.t("\nE-Mail: " if lang != "fr" else "\nCourriel : "); doc.span("EMAIL", email_of(p, rng), variant="aux")
    return "form", "form_fields", "x-form"


def f_csv(rng, lang, doc):
    doc.t("order_id;customer;street;zip;city;country;note\n" if rng.random() < 0.5 else "order_id,customer,street,zip,city,country,note\n")
    sep = ";" if doc.text.startswith("order_id;") else ","
    for i in range(rng.randint(1, 2)):
        p = make_person(rng)
        a = address(rng, lang, multi=False, cname=True, lower=rng.random() < 0.15)
        q = lambda s: f'"{s}"' if sep in s else s
        doc.span("ORDER_NUMBER", order_no(rng), variant="aux"); doc.t(sep)
        shp = rng.choice(["full", "sfirst", "upper", "init"])
        qn = sep in render_name(p, shp)
        if qn: doc.t('"')
        person_span(doc, p, shp, "form_label")
        if qn: doc.t('"')
        doc.t(sep)
        st = a["street_line"]
        if sep in st:
            doc.t('"')
            doc.open("ADDRESS", variant="csv", country=a["country"], forms=a["forms"] + ["csv"])
            doc.t(st + '"')
        else:
            doc.open("ADDRESS", variant="csv", country=a["country"], forms=a["forms"] + ["csv"])
            doc.t(st)
        doc.t(f"{sep}{q(a['pc'])}{sep}{q(a['city'])}{sep}")
        cn = a["cname"]
        doc.t(cn); doc.close()
        doc.t(sep)
        if rng.random() < 0.5:
            doc.neg("NEGATIVE_BRAND", rng.choice(NEG["NEGATIVE_BRAND"]))
        else:
            doc.t("gift wrap" if lang == "en" else "Geschenk" if lang == "de" else "cadeau")
        doc.t("\n")
    return "csv", "csv_row", "x-csv"


def f_json(rng, lang, doc):
    esc = rng.random() < 0.6
    p = make_person(rng)
    a = address(rng, lang, multi=rng.random() < 0.3, cname=rng.random() < 0.5)
    split = rng.random() < 0.5
    J = lambda s: jesc(s, esc)
    doc.t('{"order": "'); doc.span("ORDER_NUMBER", order_no(rng), variant="aux"); doc.t('", "customer": {"name": "')
    person_span(doc, p, rng.choice(["full", "full", "sfirst", "upper", "mid"]), "form_label", in_json=True, esc=esc)
    doc.t('", "email": "'); doc.span("EMAIL", email_of(p, rng), variant="aux"); doc.t('"}, ')
    if split:
        doc.t('"shipping": {"street": "')
        doc.open("ADDRESS", variant="json", country=a["country"], forms=a["forms"] + ["json_split"] + (["u_escape"] if esc else []))
        doc.t(J(a["street_line"]) + '", "zip": "' + J(a["pc"]) + '", "city": "' + J(a["city"]))
        if a["cname"]:
            doc.t('", "country": "' + J(a["cname"]))
        doc.close(); doc.t('"}')
    else:
        doc.t('"shipping_address": "')
        doc.span("ADDRESS", J(a["text"]), variant="json", country=a["country"], forms=a["forms"] + ["json_string"] + (["u_escape"] if esc else []))
        doc.t('"')
    doc.t(', "gift_note": "')
    t = rng.choice(["NEGATIVE_BRAND", "NEGATIVE_PRODUCT", "NEGATIVE_TITLE", "NEGATIVE_WORD"])
    note = {"en": ("with the ", " card"), "de": ("mit der ", "-Karte"), "fr": ("avec la carte ", "")}[lang]
    doc.t(J(note[0])); doc.neg(t, J(rng.choice(NEG[t]))); doc.t(J(note[1]) + '"}')
    return "json", "json_order", "x-json-esc" if esc else "x-json"


def f_json_ticket(rng, lang, doc):
    esc = rng.random() < 0.6
    J = lambda s: jesc(s, esc)
    p = make_person(rng)
    kind = rng.choice(["msg", "pb"])
    msg = {"en": ("Hi, I'm ", ", please ship to "), "de": ("Hallo, hier ist ", ", bitte an "), "fr": ("Bonjour, c'est ", ", merci d'envoyer à ")}[lang]
    doc.t('{"channel": "chat", "ticket": ' + str(rng.randint(10000, 99999)) + ', "message": "' + J(msg[0]))
    person_span(doc, p, rng.choice(["full", "given", "lower"]), "signoff", in_json=True, esc=esc)
    doc.t(J(msg[1]))
    if kind == "pb":
        t, c = pobox(rng, lang)
        doc.span("ADDRESS", J(t), variant="json", country=c, forms=["pobox", "json_string"] + (["u_escape"] if esc else []))
    else:
        a = address(rng, lang, multi=False, lower=rng.random() < 0.3)
        doc.span("ADDRESS", J(a["text"]), variant="json", country=a["country"], forms=a["forms"] + ["json_string"] + (["u_escape"] if esc else []))
    doc.t(J(" - merci!" if lang == "fr" else " - danke!" if lang == "de" else " - thanks!") + '", "brand_ref": "')
    doc.neg("NEGATIVE_BRAND", J(rng.choice(NEG["NEGATIVE_BRAND"])))
    doc.t('"}')
    return "json", "json_chat", "x-json2-esc" if esc else "x-json2"


CODE_FRAMES = [f_form, f_csv, f_json, f_json_ticket]


def main():
    rng = random.Random(SEED)
    recs = []
    plan = []
    for lang, frames in (("en", EN), ("de", DE), ("fr", FR)):
        for fr in frames:
            reps = 16 if "-n" in fr[0] else 15
            plan += [(lang, fr)] * reps
        for cf in CODE_FRAMES:
            plan += [(lang, cf)] * 14
    rng.shuffle(plan)
    for i, (lang, fr) in enumerate(plan):
        doc = Doc()
        if callable(fr):
            reg, kind, fid = fr(rng, lang, doc)
        else:
            fid, reg, kind, tpl = fr
            render_template(rng, lang, tpl, doc)
            if "-n" not in fid and rng.random() < 0.3:
                neg_tail(rng, lang, doc)
        text, spans, negs = doc.finish()
        recs.append(dict(id=f"nav6-{i:05d}", lang=lang, register=reg, kind=kind, frame=fid, text=text, spans=spans, negatives=negs))
    with open("set.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "records")


if __name__ == "__main__":
    main()
