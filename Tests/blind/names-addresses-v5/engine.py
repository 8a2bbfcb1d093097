# -*- coding: utf-8 -*-
"""Template engine for names-addresses-v5. Placeholders are written «...» in frames.py.
Offsets are UTF-8 byte offsets (same convention as v4 / score.py)."""
import json
import re
import unicodedata
from data import *

PH_RE = re.compile(r"«([^«»]+)»")

SHAPE_VAR = {"init": "initial_surname", "mid": "middle_initial", "sfirst": "surname_first", "upper": "surname_upper",
             "lower": "lowercase", "lowerg": "lowercase", "hyph": "hyphenated", "hyphg": "hyphenated",
             "part": "particle", "partsur": "particle", "partupper": "particle", "lowersur": "lowercase"}
ORIGIN_KEYS = list(ORIGINS)
LOCAL_FOR = {"en": ["uk", "us", "ie"], "de": ["de", "at", "chde"], "fr": ["fr", "be", "qc"]}


def jesc(s, mode):
    out = json.dumps(s, ensure_ascii=(mode == "ju"))[1:-1]
    return out


def fold(s):
    s = s.replace("ı", "i").replace("ə", "e").replace("Ə", "E").replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    s = s.replace("ł", "l").replace("'", "").replace(" ", "").replace("-", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


class Persona:
    def __init__(self, rng, lang, origin=None):
        if origin is None:
            if rng.random() < 0.22:
                origin = rng.choice(LOCAL_FOR[lang] + ["dk", "nl"])
            else:
                origin = rng.choice([o for o in ORIGIN_KEYS if ORIGINS[o][0] != "loc"])
        self.origin = origin
        grp, m, f, surs = ORIGINS[origin]
        self.group = grp
        self.g = rng.choice("mf")
        self.given = rng.choice(m if self.g == "m" else f)
        s = rng.choice(surs)
        if isinstance(s, tuple):
            s = s[0] if self.g == "m" else s[1]
        self.sur = s
        self.mid = rng.choice(MIDDLE)
        po, p = rng.choice(PARTICLES)
        self.psur = p
        self.porigin = po
        first = rng.choice(HYPH_M if self.g == "m" else HYPH_F)
        second = self.given
        if "-" in second or " " in second or second == first:
            o2 = rng.choice(["fr", "de", "tr", "ba", "gl", "sw", "ha", "nl", "dk"])
            second = rng.choice(ORIGINS[o2][1] if self.g == "m" else ORIGINS[o2][2])
            if second == first:
                second = "Amal"
        self.hyph = f"{first}-{second}"

    def render(self, shape):
        g, s = self.given, self.sur
        return {
            "full": f"{g} {s}", "nw": f"{g} {s}", "given": g, "sur": s, "init": f"{g[0]}. {s}",
            "mid": f"{g} {self.mid}. {s}", "sfirst": f"{s}, {g}", "upper": f"{s.upper()} {g}",
            "lower": f"{g} {s}".lower(), "lowerg": g.lower(), "hyph": f"{self.hyph} {s}", "hyphg": self.hyph,
            "part": f"{g} {self.psur}", "partsur": self.psur, "partupper": f"{self.psur.upper()} {g}",
            "lowersur": s.lower(),
        }[shape]

    def email(self, rng):
        g, s = fold(self.given), fold(self.sur)
        form = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}", f"{g}{rng.randint(1, 99)}", f"{g}_{s}"])
        return f"{form}@{rng.choice(MAIL_DOMAINS)}"


def ukin(rng):
    return f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def eircode(rng, key):
    al = "ACDEFHKNPRTVWXY0123456789"
    return f"{key} {rng.choice('ACDEFHKNPRTVWXY')}{''.join(rng.choice(al) for _ in range(3))}"


def house(rng, rngstyle, cc):
    n = rng.randint(1, 160)
    if not rngstyle:
        return str(n)
    if cc in ("fr", "lu", "be") and rng.random() < 0.5:
        return f"{n} {rng.choice(['bis', 'ter'])}"
    return rng.choice([f"{n}{rng.choice('abc')}", f"{n} {rng.choice('abcd')}", f"{n}-{n + 2}", f"{n}–{n + 4}",
                       f"{n}{rng.choice('ABC')}"])


def pick_street(rng, lst, nosuf):
    if nosuf:
        c = [x for x in lst if x[-1] == 1]
        if c:
            return rng.choice(c), True
    x = rng.choice(lst)
    return x, bool(x[-1])


def address(rng, lang, cc, styles):
    """returns dict(lines=[...], fields=(street, zip, city, country), forms=set, country=cc)"""
    st = set(styles)
    forms = set([cc])
    rngs = "range" in st
    unit = "unit" in st
    nos = "nosuf" in st
    pre = "prefix" in st
    cty = COUNTRY_NAMES[cc][lang] if "cty" in st else None
    num = house(rng, rngs, cc)
    lines = []
    if cc in ("de", "at", "ch", "be", "nl", "dk"):
        forms.add("num_after")
        if cc == "de":
            (street, ns), _ = pick_street(rng, DE_STREETS, nos); pc, city = rng.choice(DE_CITIES); p = "D-"
        elif cc == "at":
            (street, ns), _ = pick_street(rng, AT_STREETS, nos); pc, city = rng.choice(AT_CITIES); p = "A-"
        elif cc == "ch":
            if lang == "fr" or (lang == "en" and rng.random() < 0.4):
                (street, ns), _ = pick_street(rng, CH_STREETS_FR, nos); pc, city = rng.choice(CH_CITIES_FR)
            else:
                (street, ns), _ = pick_street(rng, CH_STREETS_DE, nos); pc, city = rng.choice(CH_CITIES_DE)
            p = "CH-"
        elif cc == "be":
            (street, ns), _ = pick_street(rng, BE_STREETS, nos); pc, city = rng.choice(BE_CITIES); p = "B-"
        elif cc == "nl":
            (street, ns), _ = pick_street(rng, NL_STREETS, nos); city, pp = rng.choice(NL_CITIES)
            pc = f"{pp}{rng.randint(10, 99)} {rng.choice('BCDEGHJKLMNPRTVWXZ')}{rng.choice('ABCEGHJKLMNPRTVWXZ')}"; p = ""
        else:
            (street, ns), _ = pick_street(rng, DK_STREETS, nos); pc, city = rng.choice(DK_CITIES); p = "DK-"
        if ns:
            forms.add("no_suffix")
        sl = f"{street} {num}"
        extra = None
        if unit:
            forms.add("unit")
            if cc == "de":
                u = rng.choice(["2. OG links", "Whg. 14", "Hinterhaus", "3. Stock rechts", "App. 7", "Gartenhaus, EG"])
                if rng.random() < 0.5:
                    sl = f"{sl}, {u}"
                else:
                    extra = u
            elif cc == "at":
                if rng.random() < 0.5:
                    sl = f"{sl}/{rng.randint(1, 4)}/{rng.randint(1, 30)}"
                else:
                    sl = f"{sl}, Stiege {rng.randint(1, 5)}, Top {rng.randint(1, 40)}"
            elif cc == "ch":
                u = rng.choice(["3. Stock", "Wohnung 12", "2e étage", "app. 5", "Dachwohnung"])
                extra = u
            elif cc == "be":
                sl = f"{sl} {rng.choice(['bte', 'bus', 'boîte'])} {rng.randint(1, 30)}"
            elif cc == "nl":
                sl = f"{sl}{rng.choice(['-1', '-2', ' hs', '-3hoog', ' III'])}"
            else:
                sl = f"{sl}, {rng.choice(['st. th.', '1. tv.', '3. mf.', '2. th.', '4.'])}"
        cl = f"{p if pre and p else ''}{pc} {city}"
        if pre and p:
            forms.add("prefix")
        lines = [sl]
        if extra:
            lines = [extra, sl] if rng.random() < 0.4 else [sl, extra]
        lines.append(cl)
        fields = (", ".join(x for x in lines[:-1]), f"{p if pre and p else ''}{pc}", city)
        sls = lines[:-1]
    elif cc in ("fr", "lu"):
        forms.add("num_before")
        if cc == "fr":
            (street, ns), _ = pick_street(rng, FR_STREETS, nos); pc, city = rng.choice(FR_CITIES); cl_pc = pc
        else:
            (street, ns), _ = pick_street(rng, LU_STREETS, nos); pc, city = rng.choice(LU_CITIES); cl_pc = f"L-{pc}"
            forms.add("prefix")
        if ns:
            forms.add("no_suffix")
        if street in ("Le Bourg", "lieu-dit La Croix Blanche"):
            sl = street
        else:
            sl = f"{num}{',' if cc == 'lu' or rng.random() < 0.3 else ''} {street}"
        ul = []
        if unit:
            forms.add("unit")
            ul = [rng.choice([f"Bât. {rng.choice('ABCD')}", f"Appt {rng.randint(2, 60)}", f"{rng.randint(1, 6)}e étage",
                              f"Résidence Les {rng.choice(['Glycines', 'Mimosas', 'Capucines', 'Érables'])}",
                              f"Esc. {rng.randint(1, 4)}, porte {rng.randint(1, 12)}"])]
        lines = ul + [sl, f"{cl_pc} {city}"]
        fields = (", ".join(lines[:-1]), cl_pc, city)
        sls = lines[:-1]
    elif cc in ("uk", "ie"):
        forms.add("num_before")
        if cc == "uk":
            street, city, out, ns = rng.choice([x for x in UK_ADDR if x[3]] if nos else UK_ADDR)
            pc = f"{out} {ukin(rng)}"
        else:
            street, city, out, ns = rng.choice([x for x in IE_ADDR if x[3]] if nos else IE_ADDR)
            pc = eircode(rng, out)
        if ns:
            forms.add("no_suffix")
        sl = f"{num} {street}"
        if cc == "ie" and rng.random() < 0.25 and not rngs:
            sl = street
        ul = []
        if unit:
            forms.add("unit")
            ul = [rng.choice([f"Flat {rng.randint(1, 12)}", f"Apartment {rng.randint(1, 40)}", f"Unit {rng.randint(1, 9)}",
                              f"Flat {rng.randint(1, 5)}{rng.choice('ABC')}", f"{rng.choice(['Ground', 'Top', 'First'])} Floor Flat"])]
        if cc == "ie" and "," in city:
            town, county = city.split(", ")
            lines = ul + [sl, town, f"{county} {pc}"]
        else:
            lines = ul + [sl, f"{city} {pc}"]
        fields = (", ".join(ul + [sl]), pc, city)
        sls = ul + [sl]
    elif cc == "us":
        forms.add("num_before")
        street, city, stt, z = rng.choice(US_ADDR)
        if street == "Broadway":
            forms.add("no_suffix")
        if rng.random() < 0.2:
            z = f"{z}-{rng.randint(1000, 9999)}"
        sl = f"{rng.randint(100, 4800)}{'' if not rngs else rng.choice(['A', ' 1/2', 'B'])} {street}"
        if unit:
            forms.add("unit")
            sl = f"{sl}, {rng.choice(['Apt 3B', 'Apt. 12', 'Suite 210', '#5', 'Unit 4C', 'Ste 100'])}"
        lines = [sl, f"{city}, {stt} {z}"]
        fields = (sl, z, f"{city}, {stt}")
        sls = [sl]
    elif cc == "ca":
        forms.add("num_before")
        if lang == "fr" or rng.random() < 0.3:
            street, city, fsa = rng.choice(CA_QC)
            pc = f"{fsa} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}"
            n = rng.randint(100, 9000)
            if unit:
                forms.add("unit")
                sl = f"{n}, {street}, {rng.choice(['app. ', 'bureau ', 'local '])}{rng.randint(1, 40)}"
            else:
                sl = f"{n}, {street}"
            lines = [sl, f"{city} (Québec) {pc}"]
            fields = (sl, pc, city)
            sls = [sl]
        else:
            street, city, prov, fsa = rng.choice(CA_ADDR)
            pc = f"{fsa} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}"
            n = rng.randint(10, 3000)
            if unit:
                forms.add("unit")
                sl = f"{rng.randint(1, 30)}-{n} {street}" if rng.random() < 0.5 else f"{n} {street}, Unit {rng.randint(1, 30)}"
            else:
                sl = f"{n} {street}"
            lines = [sl, f"{city}, {prov} {pc}"]
            fields = (sl, pc, f"{city}, {prov}")
            sls = [sl]
    if rngs:
        forms.add("range")
    if cty:
        lines.append(cty)
        forms.add("country_name")
    return dict(lines=lines, street_lines=sls, fields=fields + (cty,), forms=forms, country=cc)


def addr_variant(forms, style=None):
    if style:
        return style
    if "lower" in forms:
        return "lowercase"
    for f, v in (("unit", "unit"), ("range", "range_number"), ("ml", "multiline"), ("no_suffix", "no_suffix"),
                 ("prefix", "country_prefix")):
        if f in forms:
            return v
    return "num_after" if "num_after" in forms else "num_before"


def special_addr(rng, lang, kind):
    if kind == "pack":
        pc, city = rng.choice(PACK_CITIES)
        return [f"Packstation {rng.randint(101, 299)}", f"{pc} {city}"], "de", "packstation"
    if kind == "postfil":
        pc, city = rng.choice(DE_CITIES)
        return [f"Postfiliale {rng.randint(400, 699)}", f"{pc} {city}"], "de", "postfiliale"
    if kind == "pobox":
        c = rng.choice(["de", "ch", "fr", "uk", "us"])
        if c == "de":
            pc, city = rng.choice(DE_CITIES); return [f"Postfach {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", f"{pc} {city}"], c, "pobox"
        if c == "ch":
            pc, city = rng.choice(CH_CITIES_DE); return ["Postfach", f"{pc} {city}"], c, "pobox"
        if c == "fr":
            pc, city = rng.choice(FR_CITIES); return [f"BP {rng.randint(10, 900)}", f"{pc} {city} Cedex"], c, "pobox"
        if c == "uk":
            s, city, out, _ = rng.choice(UK_ADDR); return [f"PO Box {rng.randint(10, 999)}", f"{city} {out} {ukin(rng)}"], c, "pobox"
        s, city, stt, z = rng.choice(US_ADDR); return [f"P.O. Box {rng.randint(100, 9999)}", f"{city}, {stt} {z}"], c, "pobox"


PHONES = {"en": ["+44 7{a} {b}", "07{a} {b}", "+1 (312) 555-0{c}", "+353 87 {a} {c}"],
          "de": ["+49 1{a} {b}", "0171 {b}", "+43 664 {b}", "+41 79 {a} {c} {d}"],
          "fr": ["+33 6 {d} {d} {d} {d}", "06 {d} {d} {d} {d}", "+32 47{d} {d} {d} {d}", "+352 621 {a} {a}"]}


def phone(rng, lang):
    f = rng.choice(PHONES[lang])
    return f.format(a=rng.randint(100, 999), b=rng.randint(100000, 999999), c=rng.randint(100, 999),
                    d=f"{rng.randint(10, 99)}")


class Msg:
    def __init__(self, mode):
        self.parts = []
        self.b = 0
        self.spans = []
        self.negs = []
        self.mode = mode  # None | "j" | "ju"

    def esc(self, s):
        return jesc(s, self.mode) if self.mode in ("j", "ju") else s

    def lit(self, s):
        self.parts.append(s)
        self.b += len(s.encode("utf-8"))

    def put(self, s):
        self.lit(self.esc(s))

    def span(self, s, typ, variant, **meta):
        s = self.esc(s)
        st = self.b
        self.lit(s)
        d = dict(start=st, end=self.b, type=typ, variant=variant, value=s)
        d.update(meta)
        self.spans.append(d)

    def neg(self, s, typ):
        s = self.esc(s)
        st = self.b
        self.lit(s)
        self.negs.append(dict(start=st, end=self.b, type="NEGATIVE_" + typ, value=s))

    def text(self):
        return "".join(self.parts)


def render(rng, frame, lang):
    fid, register, kind, mode, tpl = frame
    m = Msg(mode)
    pers = {}
    addr_cache = {}

    def P(k):
        if k not in pers:
            pers[k] = Persona(rng, lang)
        return pers[k]

    pos = 0
    for mt in PH_RE.finditer(tpl):
        m.lit(tpl[pos:mt.start()])
        pos = mt.end()
        body = mt.group(1)
        head, _, rest = body.partition(" ")
        if head.startswith("~"):
            m.put(rng.choice(body[1:].split("|")))
        elif head[0] == "P" and head[1:].isdigit():
            args = rest.split()
            shape, cue = args[0], (args[1] if len(args) > 1 else "none")
            if shape == "init" and lang == "fr" and head not in pers:
                pp = Persona(rng, lang)
                while pp.given[0] == "M":
                    pp = Persona(rng, lang)
                pers[head] = pp
            if shape == "nw" and head not in pers:
                pers[head] = Persona(rng, lang, rng.choice([o for o in ORIGIN_KEYS if ORIGINS[o][0] == "nw"]))
            p = P(head)
            val = p.render(shape)
            if shape == "nw":
                shape = "full"
            if mode in ("j", "ju"):
                var = "json"
            elif shape in SHAPE_VAR:
                var = SHAPE_VAR[shape]
            elif cue != "none":
                var = cue
            elif p.group == "nw":
                var = "non_western"
            else:
                var = "full_name"
            origin = p.porigin if shape.startswith("part") else p.origin
            m.span(val, "PERSON", var, origin=origin, shape=shape, cue=cue)
        elif head[0] == "g" and head[1:].isdigit():
            a, b = rest.split("|")
            m.put(a if P("P" + head[1:]).g == "m" else b)
        elif head[0] == "T" and head[1:].isdigit():
            g = P("P" + head[1:]).g
            long = rest == "long"
            t = {"en": ("Mr", "Ms") if not long else ("Mr", "Mrs"), "de": ("Herr", "Frau") if not long else ("Herrn", "Frau"),
                 "fr": ("M.", "Mme") if not long else ("Monsieur", "Madame")}[lang]
            m.put(t[0] if g == "m" else t[1])
        elif head[0] == "E" and head[1:].isdigit():
            m.span(P("P" + head[1:]).email(rng), "EMAIL", "aux")
        elif head == "PH":
            m.span(phone(rng, lang), "PHONE", "aux")
        elif head == "ON":
            m.span(rng.choice([f"#{rng.randint(1000000, 9999999)}", f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}",
                               f"WEB{rng.randint(10000000, 99999999)}"]), "ORDER_NUMBER", "aux")
        elif head == "PR":
            m.put(rng.choice(PRODUCTS[lang]))
        elif head == "N":
            typ, _, vals = rest.partition("=")
            if typ == "POSTCODE":
                v = vals.split("|") if vals else None
                m.neg(rng.choice(v) if v else rng.choice([str(rng.randint(10000, 99999)), str(rng.randint(1000, 9999))]), typ)
            elif typ == "GREETING":
                m.neg(rng.choice(GREET_NEG[lang]), typ)
            elif typ == "SIGNOFF":
                m.neg(rng.choice(SIGN_NEG[lang]), typ)
            else:
                m.neg(rng.choice(vals.split("|") if vals else NEG[typ]), "BRAND" if typ == "BRANDH" else typ)
        elif head in ("A", "AF"):
            args = rest.split()
            styles = args[0].split("+") if args[0] != "-" else []
            ccs = args[1].split("|") if len(args) > 1 else ["de"]
            cc = rng.choice(ccs)
            if head == "A":
                if styles and styles[0] in ("pack", "postfil", "pobox"):
                    lines, cc2, var = special_addr(rng, lang, styles[0])
                    forms = {cc2, styles[0]}
                    sep = "\n" if "ml" in styles else ", "
                    val = sep.join(lines)
                    if "ml" in styles:
                        forms.add("ml")
                    if "lower" in styles:
                        val = val.lower(); forms.add("lower")
                    m.span(val, "ADDRESS", "json" if mode else var, country=cc2, forms=sorted(forms))
                    continue
                if styles and styles[0] == "street_name":
                    cand = {"de": DE_STREETS, "at": AT_STREETS, "ch": CH_STREETS_DE if lang != "fr" else CH_STREETS_FR,
                            "fr": FR_STREETS, "be": BE_STREETS, "nl": NL_STREETS, "dk": DK_STREETS, "lu": LU_STREETS}
                    if cc in cand:
                        s = rng.choice([x for x in cand[cc] if x[0] not in ("Le Bourg", "lieu-dit La Croix Blanche")])[0]
                    else:
                        s = rng.choice({"uk": UK_ADDR, "ie": IE_ADDR, "us": US_ADDR, "ca": CA_ADDR}[cc])[0]
                    if "lower" in styles:
                        s = s.lower()
                    m.span(s, "ADDRESS", "json" if mode else "street_name", country=None, forms=["street_name", cc] + (["lower"] if "lower" in styles else []))
                    continue
                a = address(rng, lang, cc, styles)
                forms = set(a["forms"])
                if styles and styles[0] == "street_only":
                    val = ", ".join(a["street_lines"])
                    forms = (forms - {"country_name"}) | {"street_only"}
                    if "lower" in styles:
                        val = val.lower(); forms.add("lower")
                    m.span(val, "ADDRESS", "json" if mode else "street_only", country=cc, forms=sorted(forms))
                    continue
                ml = "ml" in styles
                val = ("\n" if ml else ", ").join(a["lines"])
                if ml:
                    forms.add("ml")
                if "lower" in styles:
                    val = val.lower()
                    if "nocomma" in styles:
                        val = val.replace(",", "")
                    forms.add("lower")
                m.span(val, "ADDRESS", "json" if mode else addr_variant(forms), country=cc, forms=sorted(forms))
            else:
                layout = styles[0]
                a = address(rng, lang, cc, styles[1:])
                st, zp, city, cty = a["fields"]
                forms = set(a["forms"]) | {"fields", layout}
                if layout == "json":
                    seq = [("", st), ('", "zip": "', zp), ('", "city": "', city)]
                    if cty:
                        seq.append(('", "country": "', cty))
                elif layout == "jsonde":
                    seq = [("", st), ('",\n  "plz": "', zp), ('",\n  "ort": "', city)]
                elif layout == "csv":
                    seq = [("", st), (";", zp), (";", city)]
                elif layout == "form_en":
                    seq = [("", st), ("\nPostcode: ", zp), ("\nTown/City: ", city)] + ([("\nCountry: ", cty)] if cty else [])
                elif layout == "form_de":
                    seq = [("", st), ("\nPLZ: ", zp), ("\nOrt: ", city)] + ([("\nLand: ", cty)] if cty else [])
                elif layout == "form_fr":
                    seq = [("", st), ("\nCode postal : ", zp), ("\nVille : ", city)] + ([("\nPays : ", cty)] if cty else [])
                if "lower" in styles:
                    seq = [(a_, b_.lower()) for a_, b_ in seq]; forms.add("lower")
                val = "".join(a_ + m.esc(b_) for a_, b_ in seq)
                st0 = m.b
                m.lit(val)
                var = "json" if mode else "form_fields"
                m.spans.append(dict(start=st0, end=m.b, type="ADDRESS", variant=var, value=val, country=cc,
                                    forms=sorted(forms)))
        else:
            raise ValueError(f"bad placeholder {body} in {fid}")
    m.lit(tpl[pos:])
    return m
