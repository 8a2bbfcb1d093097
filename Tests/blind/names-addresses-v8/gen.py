#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind set names-addresses-v8 generator. Fixed seed; writes set.jsonl byte-for-byte reproducibly.
Standard library only. Run: python3 gen.py"""
import json
import random
import re

import engine as E
from engine import Msg, Person, Addr, wpick
import places as P
from negs import NEG, WORDS
import frames_en
import frames_de
import frames_fr

SEED = 20261206
R = random.Random(SEED)
E.setrng(R)

FR = {"en": frames_en, "de": frames_de, "fr": frames_fr}
PERSON_CUE_VARIANTS = {"greeting", "signoff", "relation", "role", "form_label", "delivery_note", "title_surname",
                       "subject", "third_party", "quote_header", "address_block"}

# ---------------------------------------------------------------- small pools
def city_neg(lang):
    c = E.pick_country(lang)
    pool = {"de": P.DE_CITIES, "at": P.AT_CITIES, "ch": P.CH_CITIES_DE + P.CH_CITIES_FR, "be": P.BE_CITIES_FR + P.BE_CITIES_NL,
            "lu": P.LU_CITIES, "dk": P.DK_CITIES, "nl": P.NL_CITIES, "fr": P.FR_CITIES, "es": P.ES_CITIES, "pt": P.PT_CITIES,
            "pl": P.PL_CITIES, "se": P.SE_CITIES, "no": P.NO_CITIES, "cz": P.CZ_CITIES}.get(c)
    if pool:
        return R.choice(pool)[1]
    if c == "uk":
        return R.choice(P.UK)[1]
    if c == "us":
        return R.choice(P.US)[1]
    if c == "ca":
        return R.choice(P.CA)[1]
    return R.choice(P.IT_CITIES)[1]


def postcode_neg(lang):
    for _ in range(20):
        a = Addr(E.pick_country(lang), lang)
        if a.country in ("us",):
            continue
        return a.pc
    return "8004"


def date(lang):
    d, m = R.randint(1, 28), R.randint(1, 12)
    y = R.choice([2025, 2026])
    if lang == "en":
        return f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}"
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d}/{m:02d}/{y}"


TITLES = {"en": {"m": ["Mr", "Mr."], "f": ["Ms", "Mrs", "Ms."]}, "de": {"m": ["Herr"], "f": ["Frau"]},
          "fr": {"m": ["M.", "Monsieur"], "f": ["Mme", "Madame"]}}
TITLES_LONG = {"en": {"m": ["Mr"], "f": ["Ms"]}, "de": {"m": ["Herrn"], "f": ["Frau"]},
               "fr": {"m": ["Monsieur"], "f": ["Madame"]}}


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, lang, register, frame):
        self.lang = lang
        self.m = Msg(lang, register, frame)
        self.P = {}
        self.A = {}
        self.force = {}
        self.seen = set()

    def person(self, i):
        if i not in self.P:
            self.P[i] = Person(self.force.get(i))
        return self.P[i]

    def addr(self, i):
        if i not in self.A:
            self.A[i] = Addr(E.pick_country(self.lang), self.lang)
        return self.A[i]

    def in_quote(self):
        return self.m.cur_line().startswith(">")


def person_meta(p, shape, cue, repeat, in_quote):
    return {"origin": p.origin, "region": "+".join(sorted(set(p.regions))), "shape": shape, "cue": cue,
            "nonwestern": p.nonwestern, "repeat": repeat, "in_quote": in_quote, "gender": p.g,
            "hyph_given": p.hyph, "particle_surname": p.part}


def person_variant(p, shape, cue, repeat, structural=None):
    if structural:
        return structural
    if shape in E.SHAPE_VARIANT:
        return E.SHAPE_VARIANT[shape]
    if p.hyph and shape in ("full", "given"):
        return "hyphenated"
    if p.part and shape in E.HAS_SUR:
        return "particle"
    if repeat:
        return "repeat"
    if cue in PERSON_CUE_VARIANTS:
        return cue
    return "non_western" if p.nonwestern else "mention"


def put_person(ctx, i, shape, cue, structural=None, text_override=None):
    p = ctx.person(i)
    if shape == "any":
        shape = wpick(E.ANY_SHAPES)
    elif shape == "sig":
        shape = wpick(E.SIG_SHAPES)
    elif shape == "rep":
        shape = wpick(E.REP_SHAPES)
    repeat = i in ctx.seen
    ctx.seen.add(i)
    iq = ctx.in_quote()
    meta = person_meta(p, shape, "repeat_mention" if cue == "repeat" else cue, repeat, iq)
    var = person_variant(p, shape, cue, repeat, structural)
    s = text_override if text_override is not None else p.render(shape)
    ctx.m.span(s, "PERSON", var, meta)


ADDR_ORDER = ["json", "csv", "form_dump", "packstation", "postfiliale", "street_only", "lowercase", "uppercase",
              "prose", "unit", "range_number", "letter", "multiline", "no_suffix", "country_prefix"]
FORM2VAR = {"street_only": "street_only", "lower": "lowercase", "upper": "uppercase", "prose": "prose",
            "unit": "unit", "range": "range_number", "letter": "letter", "multiline": "multiline",
            "no_suffix": "no_suffix", "prefix": "country_prefix", "packstation": "packstation",
            "postfiliale": "postfiliale", "json_split": "json", "json_string": "json", "csv": "csv",
            "form_dump": "form_dump"}


def addr_variant(forms):
    vs = {FORM2VAR[f] for f in forms if f in FORM2VAR}
    for v in ADDR_ORDER:
        if v in vs:
            return v
    return "num_before" if "num_before" in forms else "num_after"


def pack_text(kind, sep):
    pre, city = R.choice(P.PACK_CITIES)
    pc = pre + E._d(3)
    if kind == "pack":
        return f"Packstation {R.randint(101, 399)}{sep}{pc} {city}", {"packstation", "num_after"}
    return f"Postfiliale {R.randint(401, 699)}{sep}{pc} {city}", {"postfiliale", "num_after"}


def put_addr(ctx, i, style, cue):
    iq = ctx.in_quote()
    nl = "\n> " if iq else "\n"
    lang = ctx.lang
    if style in ("pack", "filiale"):
        s, forms = pack_text(style, nl if R.random() < 0.6 else ", ")
        if "\n" in s:
            forms.add("multiline")
        if cue == "prose":
            forms.add("prose")
        meta = {"country": "de", "forms": sorted(forms), "cue": cue, "in_quote": iq}
        ctx.m.span(s, "ADDRESS", addr_variant(forms), meta)
        return
    a = ctx.addr(i)
    forms = set(a.forms)
    if style == "any":
        if cue == "delivery_note":
            style = wpick([("line", 50), ("lower", 25), ("country", 15), ("street", 10)])
        else:
            style = wpick([("line", 35), ("multi", 20), ("country", 20), ("lower", 10), ("multic", 15)])
    if style == "street":
        s = a.street
        forms.add("street_only")
        forms.discard("prefix")
    else:
        cn = E.country_name(lang, a.country) if style in ("country", "multic") or (style == "upper" and R.random() < 0.3) else None
        if cn:
            forms.add("country_name")
        lines = a.lines(cn)
        if style in ("multi", "multic"):
            s = nl.join(lines)
            forms.add("multiline")
            if iq:
                forms.add("quote_marks")
        else:
            s = ", ".join(lines)
        if style == "lower":
            s = s.lower()
            forms.add("lower")
        if style == "upper":
            s = s.upper()
            forms.add("upper")
    if cue == "prose":
        forms.add("prose")
    meta = {"country": a.country, "forms": sorted(forms), "cue": cue, "in_quote": iq}
    ctx.m.span(s, "ADDRESS", addr_variant(forms), meta)


def put_neg(ctx, typ):
    lang = ctx.lang
    if typ == "CITY":
        ctx.m.neg(city_neg(lang), "CITY")
    elif typ == "POSTCODE":
        ctx.m.neg(postcode_neg(lang), "POSTCODE")
    elif typ == "JOB":
        ctx.m.neg(R.choice(NEG["JOB_TITLE"][lang]), "JOB_TITLE")
    elif typ == "JOB_TITLE":
        ctx.m.neg(R.choice(NEG["JOB_TITLE"][lang]), "JOB_TITLE")
    else:
        ctx.m.neg(R.choice(NEG[typ]), typ)


ALT = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
PH = re.compile(r"\{([^{}]+)\}")


def render(ctx, tpl):
    tpl = ALT.sub(lambda mo: R.choice(mo.group(1).split("|")), tpl)
    for mo in re.finditer(r"\{!p(\d)=([mf])\}", tpl):
        ctx.force[int(mo.group(1))] = mo.group(2)
    tpl = re.sub(r"\{!p\d=[mf]\}", "", tpl)
    pos = 0
    m = ctx.m
    lang = ctx.lang
    for mo in PH.finditer(tpl):
        if mo.start() > pos:
            m.t(tpl[pos:mo.start()])
        pos = mo.end()
        k = mo.group(1)
        if re.match(r"p\d:", k):
            i = int(k[1])
            shape, cue = k[3:].split("|")
            put_person(ctx, i, shape, cue)
        elif re.match(r"a\d:", k):
            i = int(k[1])
            style, cue = k[3:].split("|")
            put_addr(ctx, i, style, cue)
        elif re.match(r"g\d:", k):
            p = ctx.person(int(k[1]))
            a, b = k[3:].split("|")
            m.t(a if p.g == "m" else b)
        elif re.match(r"T\d$", k):
            m.t(R.choice(TITLES[lang][ctx.person(int(k[1])).g]))
        elif re.match(r"TL\d$", k):
            m.t(R.choice(TITLES_LONG[lang][ctx.person(int(k[2])).g]))
        elif re.match(r"e\d$", k):
            m.span(E.email_for(ctx.person(int(k[1]))), "EMAIL", "aux", {})
        elif k == "ph":
            m.span(E.phone(lang), "PHONE", "aux", {})
        elif k == "ord":
            m.span(E.order_no(), "ORDER_NUMBER", "aux", {})
        elif k.startswith("n:"):
            put_neg(ctx, k[2:])
        elif k == "w":
            w, cont = R.choice(WORDS[lang])
            m.neg(w, "WORD")
            m.t(" " + cont)
        elif k == "d2":
            m.t(str(R.randint(10, 99)))
        elif k == "date":
            m.t(date(lang))
        elif k == "time":
            m.t(f"{R.randint(7, 21):02d}:{R.randint(0, 59):02d}")
        elif k == "tix":
            m.t(str(R.randint(1000, 99999)))
        elif k == "postnr":
            m.t(str(R.randint(10000000, 9999999999)))
        else:
            raise ValueError("unknown placeholder " + k)
    m.t(tpl[pos:])


# ---------------------------------------------------------------- code-built frames
def jesc(s, asc):
    return json.dumps(s, ensure_ascii=asc)[1:-1]


KEYS = {
    "en": dict(cust="customer", name="name", ship="shipping", street="street", unit="unit", zip="postcode", city="city",
               country="country", note="note", notes=["Leave with neighbour {}", "If out, give to {}", "Gift from {}"]),
    "de": dict(cust="kunde", name="name", ship="lieferadresse", street="strasse", unit="zusatz", zip="plz", city="ort",
               country="land", note="hinweis", notes=["Bei Nachbar {} abgeben", "Falls nicht da: {}", "Geschenk von {}"]),
    "fr": dict(cust="client", name="nom", ship="livraison", street="rue", unit="complement", zip="code_postal",
               city="ville", country="pays", note="remarque", notes=["Laisser chez le voisin {}", "Si absent : {}",
                                                                   "Cadeau de la part de {}"]),
}
CODE_SHAPES = [("full", 30), ("sfirst", 14), ("upper", 12), ("init", 10), ("mid", 10), ("lower", 12), ("sfup", 12)]


def jput_person(ctx, i, shape, cue, asc):
    p = ctx.person(i)
    raw = p.render(shape)
    esc = jesc(raw, asc)
    put_person(ctx, i, shape, cue, structural="json", text_override=esc)
    if esc != raw:
        ctx.m.spans[-1]["meta"]["u_escape"] = True


def code_json_order(lang):
    ctx = Ctx(lang, "json", "json_order")
    m, k = ctx.m, KEYS[lang]
    asc = R.random() < 0.5
    a = ctx.addr(1)
    cn = E.country_name(lang, a.country) if R.random() < 0.6 else None
    m.t("{\"order_id\": \"")
    m.span(E.order_no(), "ORDER_NUMBER", "aux", {})
    m.t(f"\", \"{k['cust']}\": {{\"{k['name']}\": \"")
    jput_person(ctx, 1, wpick(CODE_SHAPES), "form_label", asc)
    m.t("\", \"email\": \"")
    m.span(E.email_for(ctx.person(1)), "EMAIL", "aux", {})
    m.t(f"\"}}, \"{k['ship']}\": {{")
    if R.random() < 0.5:
        m.t(f"\"{k['name']}\": \"")
        jput_person(ctx, 2, wpick(CODE_SHAPES), "form_label", asc)
        m.t("\", ")
    vals = []
    if a.unit_line:
        vals.append((k["unit"], a.unit_line))
    vals.append((k["street"], a.street))
    vals += [(k["zip"], a.pc), (k["city"], a.city)]
    if cn:
        vals.append((k["country"], cn))
    st = None
    forms = set(a.forms) | {"json_split"}
    for j, (kk, vv) in enumerate(vals):
        m.t(f"\"{kk}\": \"")
        if st is None:
            st = m.n
        ev = jesc(vv, asc)
        if ev != vv:
            forms.add("u_escape")
        m.t(ev)
        if j < len(vals) - 1:
            m.t("\", ")
    if cn:
        forms.add("country_name")
    m.span_from(st, "ADDRESS", "json", {"country": a.country, "forms": sorted(forms), "cue": "json", "in_quote": False})
    m.t("\"}")
    if R.random() < 0.7:
        m.t(f", \"{k['note']}\": \"")
        note = R.choice(k["notes"])
        pre, post = note.split("{}")
        m.t(jesc(pre, asc))
        jput_person(ctx, 3, wpick([("full", 50), ("sur", 20), ("given", 15), ("lower", 15)]), "delivery_note", asc)
        m.t(jesc(post, asc) + "\"")
    m.t("}")
    return ctx


CHAT_LINES = {
    "en": [("customer", "hi, I'm {P1} and my parcel never arrived"), ("agent", "Sorry to hear that, {G1}! Which address?"),
           ("customer", "{A1} – my {REL} {P2} might have taken it in"), ("agent", "Thanks {G1}, I've asked {CAR} to check.")],
    "de": [("kunde", "hallo, hier ist {P1}, mein paket ist nie angekommen"), ("agent", "Oh nein, {G1}! Welche Adresse?"),
           ("kunde", "{A1} – vielleicht hat {REL} {P2} es angenommen"), ("agent", "Danke {G1}, ich frage bei {CAR} nach.")],
    "fr": [("client", "bonjour, c'est {P1}, mon colis n'est jamais arrivé"), ("agent", "Désolé {G1} ! Quelle adresse ?"),
           ("client", "{A1} – {REL} {P2} l'a peut-être réceptionné"), ("agent", "Merci {G1}, je relance {CAR}.")],
}
RELS = {"en": {"m": ["neighbour", "brother", "flatmate"], "f": ["neighbour", "sister", "flatmate"]},
        "de": {"m": ["mein Nachbar", "mein Bruder", "mein Mitbewohner"], "f": ["meine Nachbarin", "meine Schwester", "meine Mitbewohnerin"]},
        "fr": {"m": ["mon voisin", "mon frère", "mon coloc"], "f": ["ma voisine", "ma sœur", "ma coloc"]}}


def code_json_chat(lang):
    ctx = Ctx(lang, "json", "json_chat")
    m = ctx.m
    asc = R.random() < 0.5
    m.t("{\"conversation\": [")
    lines = CHAT_LINES[lang]
    shp1 = wpick([("full", 40), ("lower", 40), ("upper", 20)])
    for j, (who, txt) in enumerate(lines):
        m.t(("" if j == 0 else ", ") + f"{{\"from\": \"{who}\", \"text\": \"")
        pos = 0
        for mo in re.finditer(r"\{(\w+)\}", txt):
            m.t(jesc(txt[pos:mo.start()], asc))
            pos = mo.end()
            tag = mo.group(1)
            if tag == "P1":
                jput_person(ctx, 1, shp1, "subject", asc)
            elif tag == "G1":
                jput_person(ctx, 1, "lowerg" if shp1 == "lower" else "given", "greeting", asc)
            elif tag == "P2":
                jput_person(ctx, 2, wpick([("full", 50), ("given", 30), ("lower", 20)]), "relation", asc)
            elif tag == "REL":
                m.t(jesc(R.choice(RELS[lang][ctx.person(2).g]), asc))
            elif tag == "CAR":
                st = m.n
                m.t(jesc(R.choice(NEG["CARRIER"]), asc))
                m.negs.append({"start": st, "end": m.n, "type": "CARRIER"})
            elif tag == "A1":
                a = ctx.addr(1)
                low = shp1 == "lower"
                s = ", ".join(a.lines())
                forms = set(a.forms) | {"json_string", "prose"}
                if low:
                    s = s.lower()
                    forms.add("lower")
                es = jesc(s, asc)
                if es != s:
                    forms.add("u_escape")
                m.span(es, "ADDRESS", "json", {"country": a.country, "forms": sorted(forms), "cue": "json",
                                               "in_quote": False})
        m.t(jesc(txt[pos:], asc) + "\"}")
    m.t("]}")
    return ctx


CSV_HEAD = {"en": "id,name,street,postcode,city,country,phone", "de": "nr;name;strasse;plz;ort;land;telefon",
            "fr": "id;nom;adresse;code_postal;ville;pays;telephone"}


def csvq(s, sep):
    if sep in s or '"' in s or "," in s:
        return True, s.replace('"', '""')
    return False, s


def code_csv(lang):
    ctx = Ctx(lang, "csv", "csv_export")
    m = ctx.m
    sep = "," if lang == "en" else ";"
    m.t(CSV_HEAD[lang] + "\n")
    nrows = R.randint(3, 5)
    for r in range(nrows):
        i = r + 1
        p = ctx.person(i)
        a = ctx.addr(i)
        m.t(f"{R.randint(1000, 9999)}{sep}")
        shape = wpick(CODE_SHAPES)
        q, v = csvq(p.render(shape), sep)
        m.t('"' if q else "")
        put_person(ctx, i, shape, "form_label", structural="csv", text_override=v)
        m.t('"' if q else "")
        m.t(sep)
        street = (a.unit_line + " " if a.unit_line else "") + a.street
        cn = E.country_name(lang, a.country)
        vals = [street, a.pc, a.city, cn]
        low = R.random() < 0.15
        forms = set(a.forms) | {"csv", "country_name"}
        if low:
            vals = [x.lower() for x in vals]
            forms.add("lower")
        st = None
        for j, vv in enumerate(vals):
            q, v = csvq(vv, sep)
            if q:
                m.t('"')
            if st is None:
                st = m.n
            m.t(v)
            if q:
                m.t('"')
            if j < len(vals) - 1:
                m.t(sep)
        m.span_from(st, "ADDRESS", "csv", {"country": a.country, "forms": sorted(forms), "cue": "csv", "in_quote": False})
        m.t(sep)
        m.span(E.phone(lang), "PHONE", "aux", {})
        m.t("\n")
    # strip trailing newline
    m.buf[-1] = m.buf[-1][:-1]
    m.n -= 1
    return ctx


DUMP_KEYS = {
    "en": ("checkout form submission", "first_name", "last_name", "address_line1", "address_line2", "postal_code", "city", "country", "gift_recipient"),
    "de": ("Formulardaten Kasse", "vorname", "nachname", "adresszeile1", "adresszeile2", "plz", "ort", "land", "geschenk_empfaenger"),
    "fr": ("données du formulaire", "prenom", "nom", "adresse_ligne1", "adresse_ligne2", "code_postal", "ville", "pays", "destinataire_cadeau"),
}


def code_form_dump(lang):
    ctx = Ctx(lang, "form", "form_dump")
    m = ctx.m
    hd, kf, kl, k1, k2, kz, kc, kn, kg = DUMP_KEYS[lang]
    up = R.random() < 0.4
    f = (lambda s: s.upper()) if up else (lambda s: s)
    m.t(f"--- {hd} ---\n{kf}: ")
    put_person(ctx, 1, "upgiven" if up else "given", "form_label", structural=None)
    m.t(f"\n{kl}: ")
    put_person(ctx, 1, "upsur" if up else "sur", "form_label")
    a = ctx.addr(1)
    rows = []
    if a.unit_line:
        rows.append((k1, a.unit_line))
        rows.append((k2, a.street))
    else:
        rows.append((k1, a.street))
    rows += [(kz, a.pc), (kc, a.city)]
    withc = R.random() < 0.5
    if withc:
        rows.append((kn, E.country_name(lang, a.country)))
    forms = set(a.forms) | {"form_dump", "multiline"}
    if up:
        forms.add("upper")
    if withc:
        forms.add("country_name")
    st = None
    for j, (kk, vv) in enumerate(rows):
        m.t(f"\n{kk}: ")
        if st is None:
            st = m.n
        m.t(f(vv))
    m.span_from(st, "ADDRESS", "form_dump", {"country": a.country, "forms": sorted(forms), "cue": "form_label",
                                             "in_quote": False})
    m.t("\nemail: ")
    m.span(E.email_for(ctx.person(1)), "EMAIL", "aux", {})
    if R.random() < 0.6:
        m.t(f"\n{kg}: ")
        put_person(ctx, 2, wpick([("upper", 30), ("full", 40), ("sfirst", 30)]) if not up else "upper", "form_label")
    return ctx


CODE_FRAMES = [code_json_order, code_json_chat, code_csv, code_form_dump]


# ---------------------------------------------------------------- main
def build():
    recs = []
    rid = 0
    for lang in ("en", "de", "fr"):
        mod = FR[lang]
        jobs = []
        for reg, name, tpl in mod.FRAMES:
            jobs += [("t", reg, name, tpl)] * 19
        for reg, name, tpl in mod.NEG_FRAMES:
            jobs += [("n", reg, name, tpl)] * 15
        for fn in CODE_FRAMES:
            jobs += [("c", fn)] * 16
        for job in jobs:
            if job[0] == "c":
                ctx = job[1](lang)
            else:
                _, reg, name, tpl = job
                ctx = Ctx(lang, reg, name)
                render(ctx, tpl)
                if job[0] == "t" and reg not in ("sms", "form", "json", "csv") and R.random() < 0.4:
                    ctx.m.t("\n\n")
                    render(ctx, R.choice(mod.PS))
            recs.append((lang, ctx.m))
    out = []
    for lang, m in recs:
        rid += 1
        out.append(m.record(f"na8-{rid:05d}"))
    return out


def main():
    recs = build()
    with open("set.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print(len(recs), "records written to set.jsonl")


if __name__ == "__main__":
    main()
