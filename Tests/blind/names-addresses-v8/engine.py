# -*- coding: utf-8 -*-
"""Span-tracking builder, person model, address model (v8). Standard library only."""
import json
import re
import unicodedata

from names import O, PARTICLES, AFRIKAANS_GIVEN, region
import places as P
from negs import NEG, WORDS

R = None  # random.Random, set by gen.py


def setrng(r):
    global R
    R = r


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------- persons
ORIGIN_W = [(c, (2.6 if O[c][0] == "west" else 1.0)) for c in sorted(O)]


def _given(code, g):
    if code == "afrikaans":
        return R.choice(AFRIKAANS_GIVEN[0 if g == "m" else 1])
    return R.choice(O[code][1] if g == "m" else O[code][2])


def _sur(code, g):
    s = R.choice(O[code][3])
    if "/" in s:
        s = s.split("/")[0 if g == "m" else 1]
    return s


class Person:
    def __init__(self, gender=None):
        self.g = gender or R.choice("mf")
        self.hyph = False
        self.part = False
        x = R.random()
        if x < 0.09:
            while True:
                c1 = wpick(ORIGIN_W)
                c2 = wpick(ORIGIN_W)
                if region(c2) == region(c1):
                    continue
                g1 = _given(c1, self.g)
                g2 = _given(c2, self.g)
                if not ("-" in g1 or "-" in g2 or "'" in g1 or "'" in g2):
                    break
            self.given = g1 + "-" + g2
            self.sur = _sur(c1 if R.random() < 0.5 else c2, self.g)
            self.origin = c1 + "+" + c2
            self.hyph = True
            self.regions = [region(c1), region(c2)]
        elif x < 0.18:
            sur, code = R.choice(PARTICLES)
            if sur.startswith("bin ") and self.g == "f":
                sur = "binti " + sur[4:]
            if sur.startswith("binti ") and self.g == "m":
                sur = "bin " + sur[6:]
            self.given = _given(code, self.g)
            self.sur = sur
            self.origin = code
            self.part = True
            self.regions = [region(code)]
        else:
            code = wpick(ORIGIN_W)
            self.given = _given(code, self.g)
            self.sur = _sur(code, self.g)
            self.origin = code
            self.regions = [region(code)]
        self.mid = R.choice("ABCDEFGHIJKLMNOPRSTVWYZ")
        self.nonwestern = any(r != "west" for r in self.regions)

    def initials(self):
        out = []
        for p in self.given.split("-"):
            ch = next(c for c in p if c.isalpha())
            out.append(ch.upper() + ".")
        return "-".join(out)

    def render(self, shape):
        g, s = self.given, self.sur
        return {
            "full": f"{g} {s}", "given": g, "sur": s, "init": f"{self.initials()} {s}",
            "mid": f"{g} {self.mid}. {s}", "sfirst": f"{s}, {g}", "sfup": f"{s.upper()} {g}",
            "upper": f"{g} {s}".upper(), "upsur": s.upper(), "upgiven": g.upper(),
            "lower": f"{g} {s}".lower(), "lowerg": g.lower(), "lowers": s.lower(),
        }[shape]


SHAPE_VARIANT = {"init": "initial_surname", "mid": "middle_initial", "sfirst": "surname_first",
                 "sfup": "surname_first", "upper": "uppercase", "upsur": "surname_upper", "upgiven": "uppercase",
                 "lower": "lowercase", "lowerg": "lowercase", "lowers": "lowercase"}
HAS_SUR = {"full", "sur", "init", "mid", "sfirst", "sfup", "upper", "upsur", "lower", "lowers"}
ANY_SHAPES = [("full", 40), ("init", 11), ("mid", 11), ("sfirst", 8), ("sfup", 7), ("upper", 6)]
SIG_SHAPES = [("full", 40), ("given", 16), ("init", 11), ("mid", 9), ("upper", 8), ("sfup", 6), ("sfirst", 4)]
REP_SHAPES = [("given", 65), ("sur", 35)]


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ð", "d").replace("þ", "th")
    s = s.replace("Þ", "Th").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_"))


DOMAINS = ["gmx.de", "web.de", "orange.fr", "free.fr", "gmail.com", "outlook.com", "proton.me", "bluewin.ch",
           "telenet.be", "yahoo.co.uk", "icloud.com", "laposte.net", "t-online.de", "posteo.de", "hotmail.fr",
           "sunrise.ch", "aon.at", "pt.lu", "live.dk", "hey.com"]


def email_for(p):
    g = fold(p.given.lower().replace(" ", "").replace("'", ""))
    s = fold(p.sur.lower().replace(" ", "").replace("'", ""))
    f = R.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}_{s}{R.randint(1, 99)}", f"{s}.{g}", f"{g}{s[:3]}{R.randint(70, 99)}",
                  f"{g[0]}{s}"])
    return f + "@" + R.choice(DOMAINS)


def phone(lang):
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if lang == "en":
        return R.choice([f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(3)} {d(3)}", f"({R.randint(201, 989)}) {d(3)}-{d(4)}",
                         f"+1 {R.randint(201, 989)} {d(3)} {d(4)}", f"+353 8{R.randint(3, 9)} {d(3)} {d(4)}"])
    if lang == "de":
        return R.choice([f"+49 15{R.randint(1, 9)} {d(4)} {d(4)}", f"0171 {d(3)} {d(2)} {d(2)}",
                         f"+43 664 {d(3)} {d(4)}", f"+41 7{R.randint(6, 9)} {d(3)} {d(2)} {d(2)}", f"030 {d(8)}"])
    return R.choice([f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 7 {d(2)} {d(2)} {d(2)} {d(2)}",
                     f"+32 4{R.randint(70, 99)} {d(2)} {d(2)} {d(2)}", f"+352 6{R.randint(21, 91)} {d(3)} {d(3)}",
                     f"+41 2{R.randint(1, 7)} {d(3)} {d(2)} {d(2)}"])


def order_no():
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return R.choice([f"ORD-2026-{d(6)}", f"{d(3)}-{d(7)}-{d(7)}", f"{R.choice(L)}{R.choice(L)}-{d(5)}-{R.choice(L)}",
                     f"CMD{d(8)}", f"{d(10)}", f"B{d(2)}-{d(4)}-{d(4)}", f"MP{d(9)}"])


# ---------------------------------------------------------------- addresses
PERSON_STREETS = {"Clara-Zetkin-Straße", "Geschwister-Scholl-Straße", "Bertha-von-Suttner-Weg", "Friedrich-Ebert-Damm",
                  "Eichendorffstraße", "Schubertstraße", "Kaiserin-Elisabeth-Straße", "Zähringerstrasse",
                  "Winkelriedstrasse", "Witte de Withstraat", "avenue Jean-Médecin", "boulevard Voltaire", "rue Pasteur",
                  "rue Lamartine", "avenue Foch", "Via Garibaldi", "Corso Vittorio Emanuele II", "Carrer de Verdi",
                  "Rua Garrett", "Rua Ferreira Borges", "ul. Mickiewicza", "Linnégatan", "Karl Johans gate",
                  "Thorvald Meyers gate", "Olav Tryggvasons gate", "Nerudova", "Masarykova", "Palackého", "Husova",
                  "avenue Pasteur", "Avenida Almirante Reis"}


def _num(letters="abc", allow_range=True, style="de"):
    n = R.randint(1, 160) if R.random() < 0.85 else R.randint(161, 480)
    forms = set()
    x = R.random()
    if x < 0.14:
        if style == "nl":
            s = R.choice([f"{n}-{R.choice('ABC')}", f"{n} {R.choice('abc')}", f"{n}{R.choice('ABC')}", f"{n} hs"])
        elif style == "fr":
            s = f"{n} {R.choice(['bis', 'ter'])}"
        elif style == "no":
            s = f"{n}{R.choice('ABC')}"
        else:
            s = f"{n}{R.choice(letters)}"
        forms.add("letter")
    elif x < 0.22 and allow_range:
        s = f"{n}-{n + R.choice([2, 4])}"
        forms.add("range")
    else:
        s = str(n)
    return s, forms


def _d(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


class Addr:
    """lines: list of lines (unit line optional first), street: street+number (+ unit on same line), cityline."""

    def __init__(self, country, lang):
        self.country = country
        self.lang = lang
        self.forms = set()
        self.unit_line = None
        getattr(self, "_" + country)()
        if self.street_name.startswith("!"):
            pass

    def _street(self, pool):
        s = R.choice(pool)
        if s.startswith("!"):
            s = s[1:]
            self.forms.add("no_suffix")
        if s in PERSON_STREETS:
            self.forms.add("person_street")
        self.street_name = s
        return s

    def _after(self, pool, style="de", sep=" "):
        s = self._street(pool)
        n, f = _num(style=style)
        self.forms |= f
        self.forms.add("num_after")
        return f"{s}{sep}{n}"

    def _before(self, pool, style="uk", sep=" "):
        s = self._street(pool)
        n, f = _num(style=style)
        self.forms |= f
        self.forms.add("num_before")
        return f"{n}{sep}{s}"

    def _unit(self):
        self.forms.add("unit")

    def _prefix(self, p, prob):
        if R.random() < prob:
            self.forms.add("prefix")
            return p
        return ""

    def _de(self):
        self.street = self._after(P.DE_STREETS)
        if R.random() < 0.18:
            self._unit()
            self.unit_line = R.choice(["Hinterhaus, 3. OG", "Seitenflügel links", "Whg. " + str(R.randint(1, 40)),
                                       "2. OG rechts", "Gartenhaus", "App. " + str(R.randint(1, 120)), "DG links"])
        pre, city = R.choice(P.DE_CITIES)
        self.pc = pre + _d(3)
        self.city = city
        self.cityline = f"{self._prefix('D-', 0.05)}{self.pc} {city}"

    def _at(self):
        self.street = self._after(P.AT_STREETS)
        x = R.random()
        if x < 0.25:
            self._unit()
            self.street += f"/{R.randint(1, 4)}/{R.randint(1, 30)}"
        elif x < 0.45:
            self._unit()
            self.street += R.choice([f", Stiege {R.randint(1, 5)}, Top {R.randint(1, 40)}", f"/Top {R.randint(1, 25)}",
                                     f"/{R.randint(1, 20)}", f", Tür {R.randint(1, 18)}"])
        pc, city = R.choice(P.AT_CITIES)
        self.pc, self.city = pc, city
        self.cityline = f"{self._prefix('A-', 0.12)}{pc} {city}"

    def _ch(self):
        if self.lang == "fr" or (self.lang == "en" and R.random() < 0.3):
            self.street = self._after(P.CH_STREETS_FR)
            pc, city = R.choice(P.CH_CITIES_FR)
        else:
            self.street = self._after(P.CH_STREETS_DE)
            pc, city = R.choice(P.CH_CITIES_DE)
        if R.random() < 0.08:
            self._unit()
            self.unit_line = R.choice(["Postfach", "Wohnung " + str(R.randint(1, 30)), "app. " + str(R.randint(1, 30))])
            if self.unit_line == "Postfach":
                self.unit_line = "Wohnung 3"
        self.pc, self.city = pc, city
        self.cityline = f"{self._prefix('CH-', 0.35)}{pc} {city}"

    def _be(self):
        if self.lang == "fr" or (self.lang == "en" and R.random() < 0.5):
            self.street = self._after(P.BE_STREETS_FR)
            pc, city = R.choice(P.BE_CITIES_FR)
            box = "bte"
        else:
            self.street = self._after(P.BE_STREETS_NL)
            pc, city = R.choice(P.BE_CITIES_NL)
            box = "bus"
        if R.random() < 0.22:
            self._unit()
            self.street += f" {box} {R.randint(1, 30)}"
        self.pc, self.city = pc, city
        self.cityline = f"{self._prefix('B-', 0.15)}{pc} {city}"

    def _lu(self):
        sep = R.choice([", ", " "])
        self.street = self._before(P.LU_STREETS, style="fr", sep=sep)
        pre, city = R.choice(P.LU_CITIES)
        self.pc = pre + _d(3)
        self.city = city
        self.cityline = f"{self._prefix('L-', 0.7)}{self.pc} {city}"

    def _dk(self):
        self.street = self._after(P.DK_STREETS)
        if R.random() < 0.4:
            self._unit()
            self.street += ", " + R.choice(["st. th.", "st. tv.", f"{R.randint(1, 5)}. tv.", f"{R.randint(1, 5)}. th.",
                                            f"{R.randint(1, 4)}. mf.", f"{R.randint(1, 6)}. sal"])
        pc, city = R.choice(P.DK_CITIES)
        self.pc, self.city = pc, city
        self.cityline = f"{self._prefix('DK-', 0.25)}{pc} {city}"

    def _nl(self):
        self.street = self._after(P.NL_STREETS, style="nl")
        pc, city = R.choice(P.NL_CITIES)
        self.pc = pc + " " + R.choice("BCDEGHJKLMNPRTVWXZ") + R.choice("ABCEGHJKLMNPRTVWXZ")
        self.city = city
        self.cityline = f"{self.pc} {city}"
        if R.random() < 0.12:
            self.cityline = f"{pc}{self.pc[-2:]} {city.upper()}"
            self.pc = self.cityline.split(" ")[0]

    def _uk(self):
        st, city, out = R.choice(P.UK)
        n, f = _num(style="uk", allow_range=True)
        self.forms |= f
        self.forms.add("num_before")
        if "no_suffix" not in self.forms and st in ("Deansgate", "Stokes Croft", "Leith Walk"):
            self.forms.add("no_suffix")
        self.street_name = st
        self.street = f"{n} {st}"
        x = R.random()
        if x < 0.28:
            self._unit()
            self.unit_line = R.choice([f"Flat {R.randint(1, 12)}", f"Flat {R.randint(1, 6)}{R.choice('ABCD')}",
                                       f"Unit {R.randint(1, 20)}", f"Apartment {R.randint(1, 60)}", "Basement Flat",
                                       f"Room {R.randint(1, 9)}, Hadley House"])
        elif x < 0.36:
            self._unit()
            self.unit_line = R.choice(P.UK_HOUSES)
        self.pc = f"{out} {R.randint(1, 9)}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        self.city = city
        self.cityline = f"{city} {self.pc}"

    def _us(self):
        st, city, stt, z = R.choice(P.US)
        n = str(R.randint(100, 9899))
        self.forms.add("num_before")
        self.street_name = st
        self.street = f"{n} {st}"
        if st == "Broadway":
            self.forms.add("no_suffix")
        if R.random() < 0.35:
            self._unit()
            self.street += R.choice([f", Apt {R.randint(1, 9)}{R.choice('ABCDEF')}", f" Apt {R.randint(101, 999)}",
                                     f", Unit {R.randint(1, 40)}", f" #{R.randint(2, 30)}", f", Suite {R.randint(100, 450)}"])
        self.pc = z + _d(2)
        self.city = city
        self.cityline = f"{city}, {stt} {self.pc}"

    def _ca(self):
        st, city, prov, fsa = R.choice(P.CA)
        n = str(R.randint(10, 4999))
        self.forms.add("num_before")
        self.street_name = st
        self.pc = f"{fsa} {R.randint(1, 9)}{R.choice('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(0, 9)}"
        self.city = city
        if prov == "QC":
            self.street = f"{n}, {st}"
            if R.random() < 0.35:
                self._unit()
                self.street += f", app. {R.randint(1, 40)}"
            self.cityline = f"{city} (Québec) {self.pc}" if R.random() < 0.6 else f"{city}, QC {self.pc}"
        else:
            self.street = f"{n} {st}"
            if R.random() < 0.35:
                self._unit()
                self.street = f"{R.randint(101, 1900)}-{self.street}" if R.random() < 0.5 else self.street + f", Unit {R.randint(1, 40)}"
            self.cityline = f"{city}, {prov} {self.pc}" if R.random() < 0.6 else f"{city} {prov}  {self.pc}".replace("  ", " ")

    def _fr(self):
        self.street = self._before(P.FR_STREETS, style="fr")
        if R.random() < 0.25:
            self._unit()
            self.unit_line = R.choice([f"Bât. {R.choice('ABCDE')}, {R.randint(1, 9)}e étage",
                                       f"Résidence Les Tilleuls, appt {R.randint(1, 90)}", f"Escalier {R.choice('ABC')}",
                                       f"Bâtiment {R.choice('ABCD')}, porte {R.randint(1, 30)}",
                                       f"{R.randint(2, 8)}e étage gauche", f"Appartement {R.randint(1, 80)}"])
        pc, city = R.choice(P.FR_CITIES)
        self.pc = pc
        self.city = city.upper() if R.random() < 0.25 else city
        self.cityline = f"{pc} {self.city}"

    def _it(self):
        self.street = self._after(P.IT_STREETS, sep=R.choice([" ", ", "]))
        if R.random() < 0.2:
            self._unit()
            self.street += f", scala {R.choice('ABC')}, int. {R.randint(1, 20)}"
        pc, city, prov = R.choice(P.IT_CITIES)
        self.pc, self.city = pc, city
        self.cityline = f"{pc} {city} {prov}" if R.random() < 0.5 else f"{pc} {city} ({prov})"

    def _es(self):
        self.street = self._after(P.ES_STREETS, sep=R.choice([" ", ", "]))
        if R.random() < 0.55:
            self._unit()
            self.street += R.choice([f", {R.randint(1, 8)}º {R.choice('ABCD')}", f", {R.randint(1, 6)}º {R.randint(1, 4)}ª",
                                     ", bajo izq.", f" {R.randint(1, 7)}-{R.randint(1, 3)}"])
        pc, city = R.choice(P.ES_CITIES)
        self.pc, self.city = pc, city
        self.cityline = f"{pc} {city}"

    def _pt(self):
        self.street = self._after(P.PT_STREETS, sep=R.choice([" ", ", n.º "]))
        if R.random() < 0.5:
            self._unit()
            self.street += R.choice([f", {R.randint(1, 6)}.º Esq.", f", {R.randint(1, 6)}.º Dto.", ", r/c"])
        pre, city = R.choice(P.PT_CITIES)
        self.pc = f"{pre}-{_d(3)}"
        self.city = city
        self.cityline = f"{self.pc} {city}"

    def _pl(self):
        self.street = self._after(P.PL_STREETS)
        if R.random() < 0.5:
            self._unit()
            self.street += R.choice([f"/{R.randint(1, 60)}", f" m. {R.randint(1, 60)}", f" lok. {R.randint(1, 20)}"])
        pre, city = R.choice(P.PL_CITIES)
        self.pc = f"{pre}-{_d(3)}"
        self.city = city
        self.cityline = f"{self.pc} {city}"

    def _se(self):
        self.street = self._after(P.SE_STREETS)
        if R.random() < 0.35:
            self._unit()
            self.street += R.choice([f", lgh {R.randint(1001, 1603)}", f", {R.randint(1, 5)} tr"])
        pre, city = R.choice(P.SE_CITIES)
        self.pc = f"{pre} {_d(2)}"
        self.city = city
        self.cityline = f"{self.pc} {city}"

    def _no(self):
        self.street = self._after(P.NO_STREETS, style="no")
        if R.random() < 0.3:
            self._unit()
            self.street += f", H0{R.randint(1, 5)}0{R.randint(1, 9)}"
        pc, city = R.choice(P.NO_CITIES)
        self.pc, self.city = pc, city
        self.cityline = f"{pc} {city}"

    def _cz(self):
        s = self._street(P.CZ_STREETS)
        self.forms.add("num_after")
        self.street = f"{s} {R.randint(100, 2999)}/{R.randint(1, 90)}" if R.random() < 0.7 else f"{s} {R.randint(1, 90)}"
        pc, city = R.choice(P.CZ_CITIES)
        self.pc, self.city = pc, city
        self.cityline = f"{pc} {city}"

    # ---- rendering
    def lines(self, country_name=None):
        out = []
        if self.unit_line:
            out.append(self.unit_line)
        out.append(self.street)
        out.append(self.cityline)
        if country_name:
            out.append(country_name)
        return out


def country_name(lang, c):
    return P.COUNTRY_NAMES[lang][c]


def pick_country(lang):
    return wpick(P.LANG_COUNTRIES[lang])


# ---------------------------------------------------------------- builder
class Msg:
    def __init__(self, lang, register, frame):
        self.lang, self.register, self.frame = lang, register, frame
        self.buf = []
        self.n = 0
        self.spans = []
        self.negs = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))

    def text(self):
        return "".join(self.buf)

    def cur_line(self):
        s = "".join(self.buf[-40:])
        return s.rsplit("\n", 1)[-1]

    def span(self, s, typ, variant, meta):
        st = self.n
        self.t(s)
        self.spans.append({"start": st, "end": self.n, "type": typ, "variant": variant, "meta": meta})

    def span_from(self, st, typ, variant, meta):
        self.spans.append({"start": st, "end": self.n, "type": typ, "variant": variant, "meta": meta})

    def neg(self, s, typ):
        st = self.n
        self.t(s)
        self.negs.append({"start": st, "end": self.n, "type": typ})

    def record(self, rid):
        text = self.text()
        b = text.encode("utf-8")
        spans = []
        for sp in sorted(self.spans, key=lambda x: x["start"]):
            d = dict(sp)
            d["value"] = b[sp["start"]:sp["end"]].decode("utf-8")
            spans.append({"start": d["start"], "end": d["end"], "type": d["type"], "variant": d["variant"],
                          "meta": d["meta"], "value": d["value"]})
        negs = []
        for ng in sorted(self.negs, key=lambda x: x["start"]):
            negs.append({"start": ng["start"], "end": ng["end"], "type": ng["type"],
                         "value": b[ng["start"]:ng["end"]].decode("utf-8")})
        kind = "pii" if spans else "neg"
        return {"id": rid, "lang": self.lang, "register": self.register, "kind": kind, "frame": self.frame,
                "text": text, "spans": spans, "negatives": negs}
