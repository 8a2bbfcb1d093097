# -*- coding: utf-8 -*-
"""Template engine: renders a frame while tracking UTF-8 byte offsets of every labelled span."""
import json
import random
import unicodedata

import data as D

SPECIAL_SHAPES = {"init": "initial_surname", "mid": "middle_initial", "sfirst": "surname_first", "upper": "surname_upper",
                  "lower": "lowercase", "lowerg": "lowercase", "hyph": "hyphenated", "hyphg": "hyphenated",
                  "part": "particle", "partsur": "particle"}

REL = {
    "en": {"child": ("my son", "my daughter"), "partner": ("my husband", "my wife"), "sib": ("my brother", "my sister"),
           "parent": ("my dad", "my mum"), "inlaw": ("my father-in-law", "my mother-in-law"),
           "neighbour": ("my neighbour", "my neighbour"), "friend": ("my mate", "my friend"),
           "grandchild": ("my grandson", "my granddaughter"), "flat": ("my flatmate", "my flatmate"),
           "godchild": ("my godson", "my goddaughter")},
    "de": {"child": ("mein Sohn", "meine Tochter"), "partner": ("mein Mann", "meine Frau"), "sib": ("mein Bruder", "meine Schwester"),
           "parent": ("mein Vater", "meine Mutter"), "inlaw": ("mein Schwiegervater", "meine Schwiegermutter"),
           "neighbour": ("unser Nachbar", "unsere Nachbarin"), "friend": ("mein Kumpel", "meine Freundin"),
           "grandchild": ("mein Enkel", "meine Enkelin"), "flat": ("mein Mitbewohner", "meine Mitbewohnerin"),
           "godchild": ("mein Patenkind", "mein Patenkind")},
    "fr": {"child": ("mon fils", "ma fille"), "partner": ("mon mari", "ma femme"), "sib": ("mon frère", "ma sœur"),
           "parent": ("mon père", "ma mère"), "inlaw": ("mon beau-père", "ma belle-mère"),
           "neighbour": ("mon voisin", "ma voisine"), "friend": ("mon pote", "mon amie"),
           "grandchild": ("mon petit-fils", "ma petite-fille"), "flat": ("mon coloc", "ma coloc"),
           "godchild": ("mon filleul", "ma filleule")},
}
TITLE = {"en": (["Mr", "Mr."], ["Ms", "Mrs", "Ms."]), "de": (["Herr"], ["Frau"]), "fr": (["M."], ["Mme", "Mme."])}
TITLE_LONG = {"en": (["Mr"], ["Ms"]), "de": (["Herrn"], ["Frau"]), "fr": (["Monsieur"], ["Madame"])}
MAILDOM = ["gmx.de", "web.de", "posteo.de", "t-online.de", "orange.fr", "free.fr", "laposte.net", "outlook.com", "gmail.com",
           "bluewin.ch", "telenet.be", "btinternet.com", "icloud.com", "proton.me", "sfr.fr", "aon.at", "gmx.at", "yahoo.co.uk",
           "mailbox.org", "hotmail.fr"]
PROD = {"en": ["parka", "duvet cover", "ankle boots", "cast-iron pan", "rain jacket", "linen shirt", "desk lamp", "yoga mat",
               "wool scarf", "kettle", "backpack", "bath towels"],
        "de": ["Regenjacke", "Bettwäsche", "Stiefeletten", "Gusspfanne", "Wanderschuhe", "Leinenhemd", "Schreibtischlampe",
               "Yogamatte", "Wollschal", "Wasserkocher", "Rucksack", "Handtücher"],
        "fr": ["doudoune", "housse de couette", "bottines", "cocotte en fonte", "veste de pluie", "chemise en lin",
               "lampe de bureau", "tapis de yoga", "écharpe en laine", "bouilloire", "sac à dos", "serviettes de bain"]}
LANG_COUNTRIES = {"en": ["uk", "uk", "uk", "us", "us", "ca", "nl", "dk", "de", "ch"],
                  "de": ["de", "de", "de", "at", "at", "ch", "ch", "nl", "dk", "lu", "be"],
                  "fr": ["fr", "fr", "fr", "chfr", "chfr", "be", "be", "lu", "ca", "fr"]}
UNITS = {
    "de": ["Hinterhaus, 3. OG", "Whg. 14", "2. Etage links", "Aufgang B", "Seitenflügel, 1. OG rechts", "App. 7", "Dachgeschoss"],
    "at": ["Stiege 2, Top 14", "Tür 7", "Stiege 3/Top 21", "2. Stock, Top 9"],
    "ch": ["3. Stock", "Wohnung 4", "Hinterhaus", "Parterre links"],
    "chfr": ["2e étage", "app. 12", "rez inférieur"],
    "be": ["bte 3", "bus 2", "boîte 14", "bus 101"],
    "lu": ["2e étage", "app. 4", "Résidence Les Roses"],
    "dk": ["2. tv.", "st. th.", "3. mf.", "1. th."],
    "nl": ["3-hoog", "huis", "bis", "2e etage"],
    "fr": ["Bât. B", "Bât. C, esc. 2, 3e étage", "appt 21", "Résidence Les Glycines, Bât. A", "4e étage porte gauche", "étage 2, appt 8"],
    "uk": ["Flat 3", "Flat 2/1", "Unit 7", "Apartment 12", "Basement Flat", "Flat C"],
    "us": ["Apt 4", "Apt 3B", "Unit 12", "Suite 210", "#5"],
    "ca": ["Apt 502", "app. 3", "Unit 8"],
}


def rnd_digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ð", "d").replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


class Persona:
    def __init__(self, rng, kind):
        self.rng = rng
        if kind == "part":
            sur, origin = rng.choice(D.PARTICLES)
            self.origin = origin
            self.g = rng.choice("mf")
            self.given = rng.choice(self._givens(origin, self.g))
            self.sur = sur
        else:
            if kind == "nw":
                origin = rng.choice(sorted(D.NONWESTERN))
            elif kind == "local":
                origin = rng.choice(sorted(D.LOCAL))
            else:
                r = rng.random()
                origin = rng.choice(sorted(D.LOCAL)) if r < 0.25 else rng.choice(sorted(o for o in D.ORIGINS if o not in D.LOCAL))
            self.origin = origin
            self.g = rng.choice("mf")
            self.given = rng.choice(self._givens(origin, self.g))
            s = rng.choice(D.ORIGINS[origin][1].split("|"))
            if "/" in s:
                s = s.split("/")[0 if self.g == "m" else 1]
            self.sur = s
        self.vnmid = rng.choice(D.VN_MID[self.g]) if self.origin == "vn" else None
        self.mid_initial = rng.choice("ABCDEFGHJKLMNOPRSTVW") + "."
        self.hyph = rng.choice(D.HYPH_FIRST[self.g]) + "-" + self.given if rng.random() < 0.5 else \
            self.given + "-" + rng.choice(self._givens(rng.choice(sorted(D.ORIGINS)), self.g))
        if kind == "hyph":
            self.given = self.hyph
        self.hyphflag = kind == "hyph"

    def _givens(self, origin, g):
        gv = D.ORIGINS[origin][0]
        part = [p for p in gv.split(" f:")]
        m = part[0][2:].split("|")
        f = part[1].split("|")
        return m if g == "m" else f

    def full(self):
        if self.origin == "vn":
            return f"{self.sur} {self.vnmid} {self.given}"
        return f"{self.given} {self.sur}"

    def render(self, shape):
        r = self.rng
        if shape in ("full", "nw", "part"):
            return self.full()
        if shape in ("given", "nwg"):
            return self.given
        if shape in ("sur", "nwsur", "partsur"):
            return self.sur
        if shape == "init":
            return f"{self.given[0]}. {self.sur}" if not self.given[0] in "ĠĊŻ" else f"{self.given[:1]}. {self.sur}"
        if shape == "mid":
            return f"{self.given} {self.mid_initial} {self.sur}"
        if shape == "sfirst":
            return f"{self.sur}, {self.given}" if self.origin != "vn" else f"{self.sur}, {self.vnmid} {self.given}"
        if shape == "upper":
            return f"{self.sur.upper()} {self.given}"
        if shape == "lower":
            return self.full().lower()
        if shape == "lowerg":
            return self.given.lower()
        if shape == "hyph":
            return f"{self.hyph} {self.sur}"
        if shape == "hyphg":
            return self.hyph
        raise ValueError(shape)

    def email(self):
        g, s = fold(self.given).lower().replace(" ", ""), fold(self.sur).lower().replace(" ", "").replace("'", "")
        f = self.rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{s}.{g}", f"{g}{s}", f"{g}_{s[:4]}{rnd_digits(self.rng, 2)}", f"{g}{rnd_digits(self.rng, 2)}"])
        return f + "@" + self.rng.choice(MAILDOM)


def iban(rng, cc):
    body = {"DE": 18, "FR": 23, "AT": 16, "CH": 17, "BE": 12, "LU": 16, "NL": None}[cc]
    if cc == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA"]) + rnd_digits(rng, 10)
    else:
        bban = rnd_digits(rng, body)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def phone(rng, cc):
    d = lambda n: rnd_digits(rng, n)
    return rng.choice({
        "de": [f"+49 1{rng.choice('567')}{d(1)} {d(4)} {d(4)}", f"01{rng.choice('567')}{d(1)} {d(7)}", f"0{d(3)} {d(6)}"],
        "fr": [f"0{rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 {rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}"],
        "en": [f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(3)} {d(3)}", f"({rng.choice(['512', '503', '608', '828'])}) {d(3)}-{d(4)}"],
        "ch": [f"+41 7{rng.choice('689')} {d(3)} {d(2)} {d(2)}", f"07{rng.choice('689')} {d(3)} {d(2)} {d(2)}"],
        "at": [f"+43 664 {d(7)}", f"0676 {d(3)} {d(4)}"],
        "be": [f"+32 4{d(2)} {d(2)} {d(2)} {d(2)}", f"04{d(2)} {d(2)} {d(2)} {d(2)}"],
    }[cc])


def order_no(rng):
    d = lambda n: rnd_digits(rng, n)
    return rng.choice([f"WEB{d(7)}", f"#{d(6)}", f"CMD-2026-{d(6)}", f"{d(3)}-{d(7)}-{d(7)}", f"BST{d(8)}", f"A{d(2)}-{d(5)}", f"ORD-{d(5)}-X"])


def postcode(rng, cc, base):
    if cc == "nl":
        return f"{base} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
    if cc == "uk":
        return f"{base} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if cc == "us":
        return base + rnd_digits(rng, 2)
    if cc == "ca":
        return f"{base} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
    return base


def house(rng, cc, rng_num=False):
    n = rng.choice([rng.randint(1, 40), rng.randint(1, 140), rng.randint(2, 9)])
    if not rng_num:
        return str(n)
    opts = {"fr": [f"{n} bis", f"{n} ter", f"{n}-{n + 2}", f"{n}B"], "uk": [f"{n}a", f"{n}-{n + 4}", f"{n}B"],
            "us": [f"{n}{rng.randint(0, 9)}{rng.randint(0, 9)}-{n}{rng.randint(0, 9)}{rng.randint(0, 9)}", f"{n}½"],
            "nl": [f"{n}-bis", f"{n} hs", f"{n}-{n + 1}", f"{n}C"]}.get(cc, [f"{n}a", f"{n} b", f"{n}-{n + 2}", f"{n}–{n + 4}", f"{n}/1", f"{n}c"])
    return rng.choice(opts)


class Addr:
    """Renders an address. Returns (text, meta). style flags: one multi street sname form lower unit range pfx cty"""

    @staticmethod
    def make(rng, lang, cc, flags):
        if cc == "L":
            cc = rng.choice(LANG_COUNTRIES[lang])
        if cc == "chx":
            cc = "chfr" if lang == "fr" else "ch"
        unit = "unit" in flags
        rn = "range" in flags
        multi = "multi" in flags
        sep = "\n" if multi else ", "
        forms = []
        num = house(rng, cc, rn)
        if cc in ("uk", "us", "ca"):
            street, city, *rest = rng.choice(D.STREETS[cc])
            if cc == "uk":
                pc = postcode(rng, cc, rest[0]); cityline = f"{city} {pc}"
            else:
                st, base = rest; pc = postcode(rng, cc, base); cityline = f"{city}, {st} {pc}" if not (cc == "ca" and rng.random() < 0.3) else f"{city} ({st}) {pc}"
            u = rng.choice(UNITS[cc]) if unit else None
            if cc == "ca" and unit and rng.random() < 0.4:
                sline = f"{rng.randint(2, 1400)}-{num} {street}"
            elif cc == "us" and u:
                sline = f"{num} {street} {u}"
            elif u:
                sline = f"{u}{sep}{num} {street}"
            else:
                sline = f"{num} {street}"
            nosfx = street in ("Briggate", "Deansgate", "Micklegate", "The Shambles", "Stokes Croft", "Gallowtree Gate")
            forms.append("num_before")
        else:
            street = rng.choice(D.STREETS[cc])
            pcb, city = rng.choice(D.CITIES[cc])
            pc = postcode(rng, cc, pcb)
            pfx = D.PREFIX.get(cc, "") if "pfx" in flags else ""
            if pfx:
                forms.append("country_prefix")
            cityline = f"{pfx}{pc} {city}"
            u = rng.choice(UNITS[cc]) if unit else None
            if cc == "fr":
                sline = f"{num} {street}"
                if u:
                    sline = f"{u}{sep}{sline}"
                forms.append("num_before")
            elif cc == "lu":
                sline = f"{num}{rng.choice([', ', ' '])}{street}"
                if u:
                    sline = f"{sline}, {u}"
                forms.append("num_before")
            else:
                sline = f"{street} {num}"
                if u:
                    if cc == "at" and rng.random() < 0.5:
                        sline = f"{street} {num}/{rng.randint(1, 6)}/{rng.randint(1, 30)}"
                    elif cc in ("be", "nl"):
                        sline = f"{sline} {u}"
                    else:
                        sline = f"{sline}{sep}{u}" if not multi else f"{sline}, {u}"
                forms.append("num_after")
            nosfx = not any(w in street.lower() for w in ("straße", "strasse", "gasse", "weg", "allee", "platz", "rue", "avenue",
                                                          "boulevard", "chaussée", "straat", "gade", "allé", "gürtel", "chemin",
                                                          "route", "quai", "cours", "impasse", "place", "montée", "ring", "allée",
                                                          "chaussee", "dijk", "markt", "vismarkt"))
        if nosfx:
            forms.append("no_suffix")
        if unit:
            forms.append("unit")
        if rn:
            forms.append("range_number")
        if multi:
            forms.append("multiline")
        ctry = ""
        if "cty" in flags:
            ctry = sep + D.COUNTRY_NAME[lang][cc] if rng.random() < 0.7 else sep + D.COUNTRY_NAME["en"][cc].upper()
            forms.append("country")
        lines = {"street": sline, "pc": pc, "city": city, "cityline": cityline, "ctry": ctry}
        if "street" in flags:
            text, style = sline, "street_only"
        elif "sname" in flags:
            text, style = street, "street_name"
        else:
            text, style = f"{sline}{sep}{cityline}{ctry}", None
        if "lower" in flags:
            text = text.lower(); forms.append("lowercase")
        if style is None:
            for v in ("lowercase", "unit", "range_number", "multiline", "no_suffix", "country_prefix"):
                if v in forms:
                    style = v
                    break
            else:
                style = forms[0]
        return text, {"country": None if style == "street_name" else ("ch" if cc == "chfr" else cc), "forms": forms,
                      "variant": style, "lines": lines, "cc": cc}


class Builder:
    def __init__(self, rng, lang, esc=None):
        self.rng, self.lang = rng, lang
        self.buf = bytearray()
        self.spans, self.negs = [], []
        self.slots = {}
        self.esc = esc  # None, "j" (json), "ju" (json, non-ASCII as \\u), "jua" (json, also punctuation/space in values)

    def _e(self, s, force=False):
        if not self.esc:
            return s
        out = json.dumps(s, ensure_ascii=(self.esc in ("ju", "jua")))[1:-1]
        if self.esc == "jua":
            out = "".join(f"\\u{ord(c):04x}" if c in " ,-.'@" else c for c in out)
        return out

    def raw(self, s):
        self.buf += s.encode("utf-8")

    def span(self, s, typ, variant, esc=True, **meta):
        v = self._e(s) if esc else s
        st = len(self.buf)
        self.raw(v)
        d = {"start": st, "end": len(self.buf), "type": typ, "variant": variant, "value": v}
        d.update(meta)
        self.spans.append(d)

    def neg(self, s, typ):
        v = self._e(s)
        st = len(self.buf)
        self.raw(v)
        self.negs.append({"start": st, "end": len(self.buf), "type": typ, "value": v})

    def text(self, s):
        self.raw(self._e(s))

    def persona(self, slot, shape):
        if slot not in self.slots:
            kind = "part" if shape in ("part", "partsur") else "nw" if shape.startswith("nw") else "hyph" if shape.startswith("hyph") else \
                "local" if shape == "loc" else "any"
            self.slots[slot] = Persona(self.rng, kind)
        return self.slots[slot]

    def result(self):
        return self.buf.decode("utf-8")


def split_top(s, sep="|"):
    out, depth, cur = [], 0, ""
    for c in s:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c == sep and depth == 0:
            out.append(cur); cur = ""
        else:
            cur += c
    out.append(cur)
    return out


def lit(s):
    return s.replace("\u00ab", "{").replace("\u00bb", "}")


def render(b, tpl, tplesc=False):
    """tplesc: literal template text is itself inside a JSON string -> written raw (author escapes)."""
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            b.raw(lit(tpl[i:])); break
        b.raw(lit(tpl[i:j]))
        depth, k = 0, j
        while True:
            if tpl[k] == "{":
                depth += 1
            elif tpl[k] == "}":
                depth -= 1
                if depth == 0:
                    break
            k += 1
        token(b, tpl[j + 1:k])
        i = k + 1


def token(b, tok):
    rng, lang = b.rng, b.lang
    head, _, rest = tok.partition(" ")
    if head == "R":
        render(b, rng.choice(split_top(rest)))
        return
    a = rest.split(" ") if rest else []
    if head == "P":
        slot, shape, var = a[0], a[1], a[2]
        p = b.persona(slot, shape)
        shp = "full" if shape == "loc" else shape
        text = p.render(shp)
        if var == "json":
            variant = "json"
        elif shp in SPECIAL_SHAPES:
            variant = SPECIAL_SHAPES[shp]
        elif var == "plain" and p.origin in D.NONWESTERN:
            variant = "non_western"
        elif var == "plain" and p.hyphflag:
            variant = "hyphenated"
        else:
            variant = var
        b.span(text, "PERSON", variant, origin=p.origin, shape=shp, cue=var)
    elif head == "T":
        p = b.persona(a[0], "full")
        b.text(rng.choice(TITLE[lang][p.g == "f"]))
    elif head == "TT":
        p = b.persona(a[0], "full")
        b.text(rng.choice(TITLE_LONG[lang][p.g == "f"]))
    elif head == "G":
        p = b.persona(a[0], "full")
        alts = " ".join(a[1:]).split("|")
        b.text(alts[p.g == "f"])
    elif head == "REL":
        p = b.persona(a[0], "full")
        b.text(REL[lang][a[1]][p.g == "f"])
    elif head == "E":
        p = b.persona(a[0], "full")
        b.span(p.email(), "EMAIL", "aux")
    elif head == "EX":  # an unrelated e-mail
        b.span(Persona(rng, "any").email(), "EMAIL", "aux")
    elif head == "PH":
        b.span(phone(rng, a[0] if a else {"en": "en", "de": "de", "fr": "fr"}[lang]), "PHONE", "aux")
    elif head == "ORD":
        b.span(order_no(rng), "ORDER_NUMBER", "aux")
    elif head == "IBAN":
        b.span(iban(rng, a[0]), "IBAN", "aux")
    elif head == "A":
        cc, flags = a[0], set(a[1].split("+")) if len(a) > 1 else set()
        text, m = Addr.make(rng, lang, cc, flags)
        b.span(text, "ADDRESS", "json" if b.esc and "keep" not in flags else m["variant"], country=m["country"], forms=m["forms"])
    elif head == "AF":  # address as labelled form lines / json split fields; first label written by the frame
        cc, mode = a[0], a[1]
        text, m = Addr.make(rng, lang, cc, set(a[2].split("+")) if len(a) > 2 else set())
        L = m["lines"]
        if mode == "form":
            lab = {"en": ("Postcode: ", "City: ", "Country: "), "de": ("PLZ: ", "Ort: ", "Land: "), "fr": ("Code postal : ", "Ville : ", "Pays : ")}[lang]
            s = f"{L['street']}\n{lab[0]}{L['pc']}\n{lab[1]}{L['city']}"
            b.span(s, "ADDRESS", "form_fields", country=m["country"], forms=m["forms"] + ["form_fields"])
        else:  # json split; frame writes opening quote of first value and closing quote of last
            s = f'{b._e(L["street"])}", "zip": "{b._e(L["pc"])}", "city": "{b._e(L["city"])}'
            b.span(s, "ADDRESS", "json", esc=False, country=m["country"], forms=m["forms"] + ["json_fields"])
    elif head == "PS":
        pc, city = rng.choice(D.PACKSTATION_CITIES)
        kind = a[0] if a else "ps"
        nl = "\n" if "multi" in a else ", "
        if kind == "ps":
            s = f"{rng.choice(['Packstation', 'Packstation', 'PACKSTATION', 'packstation'])} {rng.randint(101, 399)}{nl}{pc} {city}"
            v = "packstation"
        else:
            s = f"{rng.choice(['Postfiliale', 'Postfiliale', 'Filiale'])} {rng.randint(401, 699)}{nl}{pc} {city}"
            v = "postfiliale"
        b.span(s, "ADDRESS", v, country="de", forms=[v])
    elif head == "PO":
        cc = a[0]
        n = rnd_digits(rng, 4)
        s = {"de": f"Postfach {n[:2]} {n[2:]} {rnd_digits(rng, 2)}, {rng.choice(CITIES_PO['de'])}",
             "ch": f"Postfach {n[:3]}, {rng.choice(CITIES_PO['ch'])}",
             "chfr": f"Case postale {n[:3]}, {rng.choice(CITIES_PO['chfr'])}",
             "fr": f"{rng.choice(['BP', 'B.P.'])} {n[:3]}, {rng.choice(CITIES_PO['fr'])} Cedex",
             "nl": f"Postbus {n}, {rng.choice(CITIES_PO['nl'])}",
             "uk": f"PO Box {n[:3]}, {rng.choice(CITIES_PO['uk'])}",
             "us": f"P.O. Box {n}, {rng.choice(CITIES_PO['us'])}",
             "ca": f"{rng.choice(['PO Box', 'C.P.'])} {n}, {rng.choice(CITIES_PO['ca'])}",
             "at": f"Postfach {n[:3]}, {rng.choice(CITIES_PO['at'])}"}[cc]
        b.span(s, "ADDRESS", "pobox", country="ch" if cc == "chfr" else cc, forms=["pobox"])
    elif head == "N":
        typ = "NEGATIVE_" + a[0]
        pool = D.NEG[typ].get(lang) or D.NEG[typ].get("*")
        b.neg(rng.choice(pool), typ)
    elif head == "NL":  # literal negative: {NL TYPE literal words}
        b.neg(" ".join(a[1:]), "NEGATIVE_" + a[0])
    elif head == "PC":
        cc = rng.choice(["de", "at", "ch", "fr", "nl", "dk", "be"])
        pcb, _ = rng.choice(D.CITIES[cc])
        b.neg(postcode(rng, cc, pcb), "NEGATIVE_POSTCODE")
    elif head == "PROD":
        b.text(rng.choice(PROD[lang]))
    elif head == "NUM":
        b.text(str(rng.randint(2, 48)))
    elif head == "DATE":
        b.text(rng.choice({"en": ["3 Nov", "Tuesday", "the 14th", "last Friday", "12/11"], "de": ["3.11.", "Dienstag", "am 14.", "letzten Freitag", "12.11.2026"],
                           "fr": ["3 nov.", "mardi", "le 14", "vendredi dernier", "12/11/2026"]}[lang]))
    else:
        raise ValueError(tok)


CITIES_PO = {
    "de": ["20354 Hamburg", "04003 Leipzig", "30002 Hannover", "99005 Erfurt"],
    "ch": ["8021 Zürich", "3001 Bern", "CH-4002 Basel"],
    "chfr": ["1211 Genève 3", "1002 Lausanne", "CH-2001 Neuchâtel"],
    "fr": ["35040 Rennes", "69441 Lyon", "31036 Toulouse", "44041 Nantes"],
    "nl": ["3006 AK Rotterdam", "1000 BC Amsterdam", "3500 GA Utrecht"],
    "uk": ["Leeds LS1 9XB", "Bristol BS99 7AQ", "Glasgow G2 5QR"],
    "us": ["Burlington, VT 05402", "Austin, TX 78767", "Madison, WI 53701"],
    "ca": ["Halifax, NS B3J 2Z3", "Montréal (Québec) H3C 3J7", "Winnipeg, MB R3C 2E6"],
    "at": ["1011 Wien", "8011 Graz", "A-4010 Linz"],
}
