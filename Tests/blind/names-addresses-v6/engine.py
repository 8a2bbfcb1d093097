# Template engine for names-addresses-v6: tracks spans in str offsets, converts to UTF-8 byte offsets at the end.
import json, re, unicodedata
from data import *

NONWEST = {k for k, v in ORIGINS.items() if v[0]}
SHAPE_VAR = {"init": "initial_surname", "mid": "middle_initial", "sfirst": "surname_first", "upper": "surname_upper",
             "lower": "lowercase", "lowerg": "lowercase", "hyph": "hyphenated", "hyphg": "hyphenated", "part": "particle",
             "partsur": "particle"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128 and (c.isalnum() or c in ".-")).lower()


class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.negs = []
        self.stack = []

    def t(self, s):
        self.text += s

    def open(self, typ, **meta):
        self.stack.append((len(self.text), typ, meta))

    def close(self):
        st, typ, meta = self.stack.pop()
        self.spans.append(dict(start=st, end=len(self.text), type=typ, **meta))

    def span(self, typ, s, **meta):
        st = len(self.text)
        self.text += s
        self.spans.append(dict(start=st, end=len(self.text), type=typ, **meta))

    def neg(self, typ, s, **meta):
        st = len(self.text)
        self.text += s
        self.negs.append(dict(start=st, end=len(self.text), type=typ, **meta))

    def finish(self):
        assert not self.stack
        b = lambda i: len(self.text[:i].encode("utf-8"))
        out_s, out_n = [], []
        for sp in sorted(self.spans, key=lambda x: x["start"]):
            d = dict(sp)
            d["value"] = self.text[sp["start"]:sp["end"]]
            d["start"], d["end"] = b(sp["start"]), b(sp["end"])
            out_s.append(d)
        for sp in sorted(self.negs, key=lambda x: x["start"]):
            d = dict(sp)
            d["value"] = self.text[sp["start"]:sp["end"]]
            d["start"], d["end"] = b(sp["start"]), b(sp["end"])
            out_n.append(d)
        return self.text, out_s, out_n


# ---------------- persons ----------------
def make_person(rng, need=(), gender=None):
    if "part" in need:
        org, psur = rng.choice(PARTICLES)
        base = org if org in ORIGINS else "nl"
    else:
        base = rng.choice(list(ORIGINS))
        psur = None
    nw, gm, gf, surs = ORIGINS[base]
    gender = gender or rng.choice("mf")
    given = rng.choice(gm if gender == "m" else gf)
    sur = rng.choice(surs)
    if isinstance(sur, tuple):
        sur = sur[0] if gender == "m" else sur[1]
    p = dict(origin=base, gender=gender, g=given, s=psur or sur, mid=rng.choice(MID), nw=bool(nw) and not psur)
    if "hyph" in need:
        o2 = rng.choice(list(ORIGINS))
        g2s = ORIGINS[o2][1 if gender == "m" else 2]
        g2 = rng.choice([x for x in g2s if x != given] or g2s)
        p["g"] = given + "-" + g2
        p["origin"] = base + "+" + o2
    return p


def render_name(p, shape):
    g, s = p["g"], p["s"]
    return {"full": f"{g} {s}", "given": g, "sur": s, "init": f"{g[0]}. {s}", "mid": f"{g} {p['mid']}. {s}",
            "sfirst": f"{s}, {g}", "upper": f"{s.upper()} {g}", "lower": f"{g} {s}".lower(), "lowerg": g.lower(),
            "hyph": f"{g} {s}", "hyphg": g, "part": f"{g} {s}", "partsur": s}[shape]


def person_variant(p, shape, cue, in_json):
    if in_json:
        return "json"
    if shape in SHAPE_VAR:
        return SHAPE_VAR[shape]
    if cue == "mention":
        return "non_western" if p["nw"] else "mention"
    return cue


def title(p, lang, form="short"):
    m = p["gender"] == "m"
    if lang == "en":
        return ("Mr" if m else "Ms") if form == "short" else ("Mr." if m else "Mrs.")
    if lang == "de":
        return ("Herrn" if m else "Frau") if form == "dat" else ("Herr" if m else "Frau")
    return ("M." if m else "Mme") if form == "short" else ("Monsieur" if m else "Madame")


def email_of(p, rng):
    dom = rng.choice(["posteo.de", "gmx.net", "outlook.com", "proton.me", "orange.fr", "web.de", "icloud.com", "free.fr", "bluewin.ch"])
    g, s = fold(p["g"].split("-")[0]), fold(p["s"].replace(" ", "").replace("'", ""))
    return rng.choice([f"{g}.{s}@{dom}", f"{g[0]}{s}@{dom}", f"{s}.{g}{rng.randint(1, 99)}@{dom}"])


def phone(rng, lang):
    if lang == "de":
        return rng.choice([f"+49 17{rng.randint(0,9)} {rng.randint(1000000,9999999)}", f"0151 {rng.randint(100,999)} {rng.randint(1000,9999)}",
                           f"+43 664 {rng.randint(100,999)} {rng.randint(1000,9999)}", f"+41 79 {rng.randint(100,999)} {rng.randint(10,99)} {rng.randint(10,99)}"])
    if lang == "fr":
        return rng.choice([f"06 {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}",
                           f"+33 7 {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}",
                           f"+32 475 {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}"])
    return rng.choice([f"+44 7{rng.randint(100,999)} {rng.randint(100000,999999)}", f"(514) 555-0{rng.randint(100,199)}",
                       f"+1 312 555 0{rng.randint(100,199)}", f"+353 87 {rng.randint(100,999)} {rng.randint(1000,9999)}"])


def order_no(rng):
    return rng.choice([f"A{rng.randint(1000000,9999999)}", f"{rng.randint(100,999)}-{rng.randint(1000000,9999999)}-{rng.randint(1000000,9999999)}",
                       f"SF-{rng.randint(10000,99999)}", f"{rng.randint(20000000,39999999)}"])


# ---------------- addresses ----------------
UKL = "ABDEFGHJLNPQRSTUWXYZ"
CAL = "ABCEGHJKLMNPRSTVWXYZ"
NLL = "ABCDEGHJKLMNPRTVWXZ"
IEC = "ACDEFHKNPRTVWXY0123456789"
PREFIX = {"de": "D-", "at": "A-", "ch": "CH-", "be": "B-", "dk": "DK-"}
COUNTRIES = ["de", "at", "ch", "fr", "be", "lu", "nl", "dk", "uk", "ie", "us", "ca", "it", "es", "pl", "se", "pt"]
LANG_W = {"en": {"uk": 6, "ie": 4, "us": 5, "ca": 4, "de": 2, "nl": 2, "dk": 2, "fr": 1, "ch": 1, "it": 1, "es": 1, "pl": 1, "se": 1, "pt": 1, "at": 1, "be": 1, "lu": 1},
          "de": {"de": 8, "at": 5, "ch": 5, "nl": 1, "dk": 2, "lu": 1, "be": 1, "pl": 1, "it": 1, "uk": 1, "se": 1, "us": 1, "fr": 1},
          "fr": {"fr": 8, "be": 5, "lu": 4, "ch": 4, "ca": 3, "it": 1, "es": 1, "pt": 1, "de": 1, "uk": 1, "nl": 1}}


def pick_country(rng, lang):
    w = LANG_W[lang]
    ks = list(w)
    return rng.choices(ks, [w[k] for k in ks])[0]


def address(rng, lang, c=None, unit=None, rng_no=None, multi=False, lower=False, prefix=None, cname=None):
    """returns dict(lines=[...], forms=[...], country, street_name, street_line, pc, city, cname_text)"""
    c = c or pick_country(rng, lang)
    unit = rng.random() < 0.3 if unit is None else unit
    rng_no = rng.random() < 0.2 if rng_no is None else rng_no
    prefix = (c in PREFIX and rng.random() < 0.25) if prefix is None else (prefix and c in PREFIX)
    cname = rng.random() < 0.25 if cname is None else cname
    forms = []
    n = rng.randint(1, 148)
    pre = None  # unit line before street
    after = ""  # unit after number
    nosuf = 0
    chfr = False
    if c in ("de", "at", "ch", "be", "nl", "dk", "it", "es", "pl", "se", "pt"):
        order = "after"
    else:
        order = "before"
    if c == "de":
        st, nosuf = rng.choice(DE_STREETS); p2, city = rng.choice(DE_CITIES); pc = p2 + f"{rng.randint(0,999):03d}"
        hn = rng.choice([f"{n}a", f"{n} b", f"{n}-{n+2}", f"{n}c"]) if rng_no else str(n)
        if unit: after = rng.choice([", 3. OG", ", Whg. 12", ", Hinterhaus", ", 2. OG rechts", ", Seitenflügel links", ", Gartenhaus"])
    elif c == "at":
        st, nosuf = rng.choice(AT_STREETS); pc, city = rng.choice(AT_CITIES)
        hn = rng.choice([f"{n}a", f"{n}-{n+4}", f"{n}B"]) if rng_no else str(n)
        if unit: after = rng.choice([f"/{rng.randint(1,4)}/{rng.randint(1,30)}", f", Stiege {rng.randint(1,6)}, Top {rng.randint(1,40)}", f"/Top {rng.randint(1,25)}", f", Tür {rng.randint(1,20)}"])
    elif c == "ch":
        chfr = lang == "fr" or (lang == "en" and rng.random() < 0.4)
        if chfr:
            st, nosuf = rng.choice(CH_FR_STREETS); pc, city = rng.choice(CH_FR_CITIES)
            if unit: after = rng.choice([", 2e étage", ", appartement 5"])
        else:
            st, nosuf = rng.choice(CH_DE_STREETS); pc, city = rng.choice(CH_DE_CITIES)
            if unit: after = rng.choice([", 3. Stock", ", Wohnung 7", ", 1. OG"])
        hn = rng.choice([f"{n}a", f"{n}-{n+2}", f"{n}B"]) if rng_no else str(n)
    elif c == "fr":
        st, nosuf = rng.choice(FR_STREETS); pc, city = rng.choice(FR_CITIES)
        hn = rng.choice([f"{n} bis", f"{n} ter", f"{n}-{n+2}", f"{n}B"]) if rng_no else str(n)
        if unit: pre = rng.choice(["Bât. C, 3e étage", f"Résidence Les Glycines, appt {rng.randint(1,60)}", f"Appt {rng.randint(1,60)}, {rng.randint(1,8)}e étage", "Escalier B, 4e étage", "Bâtiment A2"])
    elif c == "be":
        st, nosuf = rng.choice(BE_STREETS); pc, city = rng.choice(BE_CITIES)
        hn = rng.choice([f"{n}A", f"{n}-{n+2}", f"{n} B"]) if rng_no else str(n)
        if unit: after = rng.choice([f" bte {rng.randint(1,20)}", f" bus {rng.randint(1,20)}", f"/{rng.randint(1,9)}", f" boîte {rng.randint(1,9)}"])
    elif c == "lu":
        st, nosuf = rng.choice(LU_STREETS); pc, city = rng.choice(LU_CITIES); pc = "L-" + pc
        hn = rng.choice([f"{n}A", f"{n}-{n+2}"]) if rng_no else str(n)
        if unit: pre = rng.choice([f"{rng.randint(1,6)}e étage", "Résidence Belvédère", f"appartement {rng.randint(1,30)}"])
    elif c == "nl":
        st, nosuf = rng.choice(NL_STREETS); p4, city = rng.choice(NL_CITIES); pc = f"{p4} {rng.choice(NLL)}{rng.choice(NLL)}"
        hn = rng.choice([f"{n}B", f"{n}-{n+2}", f"{n} A"]) if rng_no else str(n)
        if unit: after = rng.choice([f" {rng.randint(1,4)}-hoog", "-III", f"-{rng.randint(1,3)}", " huis", " bel-etage"])
    elif c == "dk":
        st, nosuf = rng.choice(DK_STREETS); pc, city = rng.choice(DK_CITIES)
        hn = rng.choice([f"{n}B", f"{n}A"]) if rng_no else str(n)
        if unit: after = rng.choice([", 2. tv.", ", st. th.", ", 3. mf.", ", 1. sal", ", 4. th."])
    elif c == "uk":
        st, city, out, nosuf = rng.choice(UK); pc = f"{out} {rng.randint(1,9)}{rng.choice(UKL)}{rng.choice(UKL)}"
        hn = rng.choice([f"{n}a", f"{n}-{n+2}", f"{n}B"]) if rng_no else str(n)
        if unit: pre = rng.choice([f"Flat {rng.randint(1,12)}", f"Flat {rng.randint(1,5)}{rng.choice('ABC')}", f"Unit {rng.randint(1,20)}", "Basement Flat", "Top Floor Flat"])
    elif c == "ie":
        st, city, rk, nosuf = rng.choice(IE); pc = rk + " " + "".join(rng.choice(IEC) for _ in range(4))
        hn = rng.choice([f"{n}A", f"{n}-{n+1}"]) if rng_no else str(n)
        if unit: pre = rng.choice([f"Apt {rng.randint(1,40)}", f"Apartment {rng.randint(1,40)}", f"Flat {rng.randint(1,9)}"])
    elif c == "us":
        st, city, stt, z3 = rng.choice(US); nosuf = 1 if st == "Broadway" else 0
        pc = f"{stt} {z3}{rng.randint(0,99):02d}" + (f"-{rng.randint(1000,9999)}" if rng.random() < 0.2 else "")
        n = rng.randint(10, 4999)
        hn = rng.choice([f"{n}A", f"{n}-{n+2}", f"{n} 1/2"]) if rng_no else str(n)
        if unit: after = rng.choice([f", Apt {rng.randint(1,9)}{rng.choice('ABCD')}", f" Unit {rng.randint(1,40)}", f", Suite {rng.randint(100,450)}", f" #{rng.randint(1,30)}"])
    elif c == "ca":
        st, city, prov, fsa = rng.choice(CA)
        pc = f"{fsa} {rng.randint(0,9)}{rng.choice(CAL)}{rng.randint(0,9)}"
        n = rng.randint(10, 3999)
        hn = rng.choice([f"{n}A", f"{n}-{n+2}"]) if rng_no else str(n)
        if unit:
            if rng.random() < 0.5: hn = f"{rng.randint(1,12)}-{hn}"
            else: after = rng.choice([f", app. {rng.randint(1,30)}", f", Unit {rng.randint(100,900)}"])
    else:
        tab = {"it": IT, "es": ES, "pl": PL, "se": SE, "pt": PT}[c]
        st, pc, city = rng.choice(tab)
        hn = rng.choice([f"{n}A", f"{n}-{n+2}"]) if rng_no else str(n)
        if unit: after = {"it": ", scala B, int. 7", "es": ", 3º izq.", "pl": f" m. {rng.randint(1,40)}", "se": f", lgh {rng.randint(1001,1304)}", "pt": ", 2º Esq."}[c]
    # street line
    if order == "after":
        sl = f"{st} {hn}{after}"; forms.append("num_after")
    else:
        sep = ", " if c == "lu" and rng.random() < 0.5 else " "
        sl = f"{hn}{sep}{st}{after}"; forms.append("num_before")
    if c in PREFIX and prefix:
        pc_t = PREFIX[c] + pc; forms.append("prefix")
    else:
        pc_t = pc
    if c == "uk":
        loc = [f"{city}", pc_t] if multi and rng.random() < 0.5 else [f"{city} {pc_t}"]
    elif c == "ie":
        loc = [city, pc_t] if multi else [f"{city}, {pc_t}"]
    elif c == "us":
        loc = [f"{city}, {pc_t}"]
    elif c == "ca":
        loc = [f"{city} ({prov}) {pc_t}" if prov == "QC" and rng.random() < 0.5 else f"{city}, {prov} {pc_t}"]
    else:
        loc = [f"{pc_t} {city}"]
    lines = ([pre] if pre else []) + [sl] + loc
    cn = None
    if cname:
        cn = COUNTRY_NAMES[c][lang]
        if c == "ch" and chfr and lang == "en": cn = "Switzerland"
        lines.append(cn); forms.append("country_name")
    if unit: forms.append("unit")
    if rng_no: forms.append("range")
    if nosuf: forms.append("no_suffix")
    if multi: forms.append("multiline")
    if lower: forms.append("lower")
    if multi:
        txt = "\n".join(lines)
    else:
        if c == "uk" and pre and rng.random() < 0.5:
            lines = [pre + ", " + sl] + loc + ([cn] if cn else [])
        txt = ", ".join(lines)
    if lower:
        txt = txt.lower()
    L = (lambda x: x.lower()) if lower else (lambda x: x)
    return dict(text=txt, forms=forms, country=c, street=L(st), street_line=L((pre + ", " if pre else "") + sl),
                pc=L(pc_t), city=L(city), cname=L(cn) if cn else None,
                loc=L(", ".join(loc)))


def addr_variant(a, style=None):
    f = a["forms"]
    if style: return style
    for k, v in (("lower", "lowercase"), ("unit", "unit"), ("range", "range_number"), ("multiline", "multiline"),
                 ("no_suffix", "no_suffix"), ("prefix", "country_prefix")):
        if k in f: return v
    return "num_after" if "num_after" in f else "num_before"


def pobox(rng, lang, c=None):
    c = c or rng.choice({"en": ["us", "uk", "ca", "ie"], "de": ["de", "at", "ch", "dk", "nl"], "fr": ["fr", "lu", "ca", "ch", "be"]}[lang])
    n = rng.randint(10, 9999)
    opts = {
        "de": [f"Postfach {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}, {rng.choice(['20','80','50','10'])}{rng.randint(0,999):03d} {rng.choice(['Hamburg','München','Köln','Berlin'])}"],
        "at": [f"Postfach {rng.randint(1,300)}, {rng.choice(['1011 Wien','5010 Salzburg','8011 Graz'])}"],
        "ch": [f"Postfach, {rng.choice(['8021 Zürich','3001 Bern','4002 Basel'])}", f"Case postale {n}, {rng.choice(['1211 Genève 3','1002 Lausanne'])}", f"Postfach {n}, CH-6002 Luzern"],
        "dk": [f"Postboks {rng.randint(10,900)}, {rng.choice(['1001 København K','8100 Aarhus C'])}"],
        "nl": [f"Postbus {n}, {rng.choice(['1000','3500','2500'])} {rng.choice(NLL)}{rng.choice(NLL)} {rng.choice(['Amsterdam','Utrecht','Den Haag'])}"],
        "fr": [f"B.P. {n}, {rng.choice(['35040 Rennes Cedex','69201 Lyon Cedex 01','33000 Bordeaux'])}", f"BP {rng.randint(10,999)} – {rng.choice(['59003 Lille Cedex','44000 Nantes'])}"],
        "lu": [f"B.P. {n}, L-{rng.choice(['1012','2010','1013'])} Luxembourg", f"Boîte postale {rng.randint(10,999)}, L-4002 Esch-sur-Alzette"],
        "be": [f"Boîte postale {rng.randint(10,999)}, 1000 Bruxelles", f"Postbus {rng.randint(10,999)}, 2000 Antwerpen"],
        "ca": [f"C.P. {n}, succ. Place-d'Armes, Montréal (QC) H2Y 3{rng.choice(CAL)}{rng.randint(0,9)}", f"PO Box {n}, Station Main, Halifax, NS B3J 3{rng.choice(CAL)}{rng.randint(0,9)}",
               f"C.P. {rng.randint(10,999)}, Québec (Québec) G1K 7{rng.choice(CAL)}{rng.randint(0,9)}"],
        "us": [f"PO Box {n}, {rng.choice(['Bozeman, MT 59771','Flagstaff, AZ 86002','Burlington, VT 05402'])}", f"P.O. Box {n}, Santa Fe, NM 8750{rng.randint(1,9)}"],
        "uk": [f"PO Box {rng.randint(10,999)}, {rng.choice(['Leeds LS1','Bristol BS99','Glasgow G2'])} {rng.randint(1,9)}{rng.choice(UKL)}{rng.choice(UKL)}"],
        "ie": [f"PO Box {rng.randint(10,999)}, Dublin 1, D01 {''.join(rng.choice(IEC) for _ in range(4))}"],
    }[c]
    return rng.choice(opts), c


def jesc(s, esc):
    return json.dumps(s, ensure_ascii=esc)[1:-1]
