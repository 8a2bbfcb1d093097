# Span-tracking builder, person and address renderers for names-addresses-v7.
import json
import re
import unicodedata

import names
import places
import negpools

ORIGIN_KEYS = sorted(names.ORIGINS)


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ð", "d").replace("þ", "th").replace("Þ", "Th").replace("ł", "l").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def jesc(s, ascii_only):
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


class Builder:
    def __init__(self, lang):
        self.lang = lang
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []
        self.esc = None  # None | "u" | "utf"
        self.open = None

    def w(self, s):
        if self.esc:
            s = jesc(s, self.esc == "u")
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))

    def raw(self, s):
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))

    def span(self, typ, s, variant=None, meta=None):
        st = self.n
        self.w(s)
        self.spans.append({"start": st, "end": self.n, "type": typ, "variant": variant, "meta": meta or {}})

    def neg(self, typ, s):
        st = self.n
        self.w(s)
        self.negs.append({"start": st, "end": self.n, "type": typ})

    def begin(self):
        self.open = self.n

    def end(self, typ, variant, meta):
        self.spans.append({"start": self.open, "end": self.n, "type": typ, "variant": variant, "meta": meta})
        self.open = None

    def text(self):
        return "".join(self.parts)

    def finish(self):
        t = self.text()
        bt = t.encode("utf-8")
        for s in self.spans + self.negs:
            s["value"] = bt[s["start"]:s["end"]].decode("utf-8")
        return t


# ---------------------------------------------------------------- persons
class Person:
    def __init__(self, rng, origin=None, gender=None):
        self.origin = origin or rng.choice(ORIGIN_KEYS)
        nw, m, f, s = names.ORIGINS[self.origin]
        self.nonwestern = nw
        self.gender = gender or rng.choice("mf")
        pool = (m if self.gender == "m" else f).split("|")
        self.given = rng.choice(pool)
        sur = rng.choice(s.split("|"))
        if "/" in sur:
            a, b = sur.split("/")
            sur = a if self.gender == "m" else b
        self.surname = sur
        # second given-name part from an unrelated origin, for the hyphenated shape
        o2 = rng.choice([k for k in ORIGIN_KEYS if k != self.origin])
        p2 = (names.ORIGINS[o2][1] if self.gender == "m" else names.ORIGINS[o2][2]).split("|")
        g1 = self.given.split("-")[0].split(" ")[0]
        g2 = rng.choice([x for x in p2 if "-" not in x and " " not in x] or p2)
        self.hyph = g1 + "-" + g2
        self.hyph_origin = self.origin + "+" + o2
        po, ps = rng.choice(names.PARTICLE_SURNAMES)
        self.part_origin = po
        self.part_sur = ps
        self.mid = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.rng = rng
        # identity is fixed per message: some people carry a two-part hyphenated given name or a particle surname
        r = rng.random()
        self.is_hyph = r < 0.10
        self.is_part = 0.10 <= r < 0.20
        if self.is_hyph:
            self.given = self.hyph
        if self.is_part:
            self.surname = self.part_sur

    def render(self, shape):
        g, s = self.given, self.surname
        if shape == "full":
            return g + " " + s
        if shape == "given":
            return g
        if shape == "sur":
            return s
        if shape == "init":
            if "-" in g:
                a, b = g.split("-", 1)
                return a[0] + ".-" + b[0] + ". " + s
            return g[0] + ". " + s
        if shape == "mid":
            return g + " " + self.mid + ". " + s
        if shape == "sfirst":
            return s + ", " + g
        if shape == "upper":
            return s.upper() + " " + g
        if shape == "lower":
            return (g + " " + s).lower()
        if shape == "lowerg":
            return g.lower()
        raise ValueError(shape)

    def variant_shape(self, shape):
        """shape used for the variant: explicit shapes first, then identity (hyphenated given, particle surname)"""
        if shape in ("init", "mid", "sfirst", "upper", "lower", "lowerg", "upsur"):
            return shape
        if self.is_hyph and shape in ("full", "given"):
            return "hyph"
        if self.is_part and shape in ("full", "sur"):
            return "part"
        return shape

    def origin_for(self, shape):
        shows_given = shape in ("full", "given", "mid", "sfirst", "upper", "lower", "lowerg")
        shows_sur = shape in ("full", "sur", "init", "mid", "sfirst", "upper", "upsur", "lower")
        if self.is_hyph and shows_given:
            return self.hyph_origin
        if self.is_part and shows_sur:
            return self.part_origin
        return self.origin

    def email(self, rng):
        g = re.sub(r"[^a-z]", "", fold(self.given.split("-")[0].split(" ")[0]).lower())
        s = re.sub(r"[^a-z]", "", fold(self.surname).lower())
        dom = rng.choice(["gmx.de", "web.de", "posteo.de", "t-online.de", "gmail.com", "outlook.com", "orange.fr", "free.fr",
                          "laposte.net", "bluewin.ch", "icloud.com", "proton.me", "hotmail.co.uk", "eircom.net", "yahoo.ca",
                          "gmx.at", "hispeed.ch", "skynet.be", "pt.lu", "ziggo.nl", "live.dk", "sfr.fr", "aol.com"])
        form = rng.choice(["{g}.{s}", "{g}{s}", "{g0}.{s}", "{s}.{g}", "{g}_{s}{n}", "{g}{n}"])
        return form.format(g=g, s=s, g0=g[:1], n=rng.randint(2, 98)) + "@" + dom


SHAPE_VARIANT = {"init": "initial_surname", "mid": "middle_initial", "sfirst": "surname_first", "upper": "surname_upper",
                 "upsur": "surname_upper", "lower": "lowercase", "lowerg": "lowercase", "hyph": "hyphenated",
                 "part": "particle"}


def person_variant(shape, cue, in_json):
    if in_json:
        return "json"
    if shape in SHAPE_VARIANT:
        return SHAPE_VARIANT[shape]
    return cue


# ---------------------------------------------------------------- phones, orders
def phone(rng, lang):
    k = rng.choice({"en": ["uk", "uk", "ie", "us", "ca"], "de": ["de", "de", "at", "ch"], "fr": ["fr", "fr", "be", "ch", "ca"]}[lang])
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if k == "uk":
        return rng.choice(["07700 900" + d(3), "+44 7700 900" + d(3), "020 7946 0" + d(3)])
    if k == "ie":
        return rng.choice(["087 " + d(3) + " " + d(4), "+353 86 " + d(3) + " " + d(4)])
    if k == "us":
        return rng.choice(["(" + rng.choice(["503", "312", "512", "208"]) + ") 555-01" + d(2), "+1 608 555 01" + d(2)])
    if k == "ca":
        return rng.choice(["514-555-01" + d(2), "+1 (902) 555-01" + d(2)])
    if k == "de":
        return rng.choice(["0176 " + d(8), "+49 151 " + d(4) + " " + d(4), "0941 " + d(6), "+49 (0)40 " + d(7)])
    if k == "at":
        return rng.choice(["+43 664 " + d(7), "0699 " + d(3) + " " + d(4)])
    if k == "ch":
        return rng.choice(["+41 79 " + d(3) + " " + d(2) + " " + d(2), "078 " + d(3) + " " + d(2) + " " + d(2)])
    if k == "fr":
        return rng.choice(["06 " + " ".join(d(2) for _ in range(4)), "+33 7 " + " ".join(d(2) for _ in range(4)),
                           "07." + ".".join(d(2) for _ in range(4))])
    if k == "be":
        return rng.choice(["+32 478 " + d(2) + " " + d(2) + " " + d(2), "0494/" + d(2) + "." + d(2) + "." + d(2)])


def order_no(rng):
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    L = lambda n: "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXZ") for _ in range(n))
    return rng.choice(["BE-" + d(7), L(2) + d(6), "2026-" + d(6), "#" + d(8)[:7] if False else "WX" + d(5) + L(1),
                       d(3) + "-" + d(7) + "-" + d(7), "ORD" + d(6), "KD" + d(4) + "/" + d(3), "C" + d(9)])


# ---------------------------------------------------------------- addresses
NO_SUFFIX_DE = set("Am Pfaffenbühl|An der Schleifmühle|Hohe Bleichen|Unter den Eichen|Bei der Kreuzkirche|Krummer Weg|"
                   "Zur Alten Ziegelei|Lange Reihe|Obere Au|Rosenhang|Holzmarkt|Auf dem Kamp|Hinter der Mauer|Im Wiesengrund|"
                   "Mühlenstieg|Alter Postweg|Hirschgraben|Grüner Winkel|Am Sandtorkai|Pfälzer Ring|Op de Elg|Zum Hasengarten|"
                   "Schlehdornweg|Käthe-Kollwitz-Ring|Sophie-Scholl-Weg|Ebertplatz|Kirchgasse|Kleine Brüdergasse|Leopoldsgasse|"
                   "Herrengasse|Hauptplatz|Am Tabor|Anton-Wildgans-Weg|Josef-Kutscha-Gasse|Linzer Gasse|Pilgramgasse|"
                   "Kramgasse|Spalenberg|Obere Zäune|Gerechtigkeitsgasse|Unterer Graben|Steinenvorstadt|Auf der Mauer|"
                   "Rennweg|Oudegracht|Lange Voorhout|Herengracht|Westersingel|Oosterpark|Vismarkt|Meir|Brugse Poort|"
                   "Jægersborggade|Vesterbrogade|Istedgade|Nørrebrogade|Vestergade|Kongensgade|Ryesgade|Bispensgade|Møllevej|"
                   "Skt. Clemens Torv|Åboulevarden|Oudeleeuwenrui|Steenstraat|Grand-Rue".split("|"))


def d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


class Addr:
    """Holds address lines (list of str) and forms. lines[0..k] street/unit lines, last line(s) city."""

    def __init__(self, rng, country, lang):
        self.country = country
        self.lang = lang
        self.forms = set()
        self.rng = rng
        getattr(self, "_" + country)(rng)
        self.with_country = rng.random() < 0.22
        if self.with_country:
            self.forms.add("country_name")

    # each builder sets self.street_lines (list) and self.city_line (str)
    def _num(self, rng, allow_range=True, allow_letter=True, spaced_letter=False):
        r = rng.random()
        n = rng.randint(1, 148)
        if allow_range and r < 0.16:
            self.forms.add("range")
            return "%d-%d" % (n, n + rng.choice([2, 4, 1]))
        if allow_letter and r < 0.34:
            self.forms.add("letter")
            return str(n) + (" " if spaced_letter and rng.random() < 0.4 else "") + rng.choice("abcd")
        return str(n)

    def _de(self, rng):
        st = rng.choice(places.DE_STREETS)
        city, pre = rng.choice(places.DE_CITIES)
        plz = pre + d(rng, 5 - len(pre))
        if st in NO_SUFFIX_DE:
            self.forms.add("no_suffix")
        self.forms.add("num_after")
        line = st + " " + self._num(rng, spaced_letter=True)
        unit = None
        if rng.random() < 0.3:
            self.forms.add("unit")
            unit = rng.choice(["3. OG", "Hinterhaus", "Whg. 12", "App. 4", "2. OG links", "Seitenflügel, 1. Stock", "EG rechts"])
        pfx = ""
        if rng.random() < 0.08:
            pfx = "D-"
            self.forms.add("prefix")
        self.street_lines = [line] + ([unit] if unit else [])
        self.one_line_join = [line + (", " + unit if unit else "")]
        self.city_line = pfx + plz + " " + city

    def _at(self, rng):
        st = rng.choice(places.AT_STREETS)
        city, plzs = rng.choice(places.AT_CITIES)
        self.forms.add("num_after")
        if st in NO_SUFFIX_DE:
            self.forms.add("no_suffix")
        num = self._num(rng)
        r = rng.random()
        if r < 0.35:
            self.forms.add("unit")
            line = "%s %s/%d/%d" % (st, num, rng.randint(1, 4), rng.randint(1, 24))
        elif r < 0.6:
            self.forms.add("unit")
            line = "%s %s, Stiege %d, Top %d" % (st, num, rng.randint(1, 5), rng.randint(1, 30))
        elif r < 0.75:
            self.forms.add("unit")
            line = "%s %s/Top %d" % (st, num, rng.randint(1, 30))
        else:
            line = st + " " + num
        pfx = ""
        if rng.random() < 0.15:
            pfx = "A-"
            self.forms.add("prefix")
        self.street_lines = [line]
        self.one_line_join = [line]
        self.city_line = pfx + rng.choice(plzs) + " " + city

    def _ch(self, rng):
        if self.lang == "fr" or rng.random() < 0.25:
            st = rng.choice(places.CH_STREETS_FR)
            city, plzs = rng.choice(places.CH_CITIES_FR)
        else:
            st = rng.choice(places.CH_STREETS_DE)
            city, plzs = rng.choice(places.CH_CITIES_DE)
        self.forms.add("num_after")
        if st in NO_SUFFIX_DE:
            self.forms.add("no_suffix")
        line = st + " " + self._num(rng)
        unit = None
        if rng.random() < 0.25:
            self.forms.add("unit")
            unit = rng.choice(["3. Stock", "Dachwohnung", "2e étage", "Appartement 7", "Wohnung 12"])
        pfx = ""
        if rng.random() < 0.35:
            pfx = "CH-"
            self.forms.add("prefix")
        self.street_lines = [line] + ([unit] if unit else [])
        self.one_line_join = [line + (", " + unit if unit else "")]
        self.city_line = pfx + rng.choice(plzs) + " " + city

    def _be(self, rng):
        fr = self.lang == "fr" or (self.lang != "de" and rng.random() < 0.5)
        if fr:
            st = rng.choice(places.BE_STREETS_FR)
            city, plz = rng.choice(places.BE_CITIES_FR)
        else:
            st = rng.choice(places.BE_STREETS_NL)
            city, plz = rng.choice(places.BE_CITIES_NL)
        self.forms.add("num_after")
        if st in NO_SUFFIX_DE:
            self.forms.add("no_suffix")
        line = st + " " + self._num(rng)
        r = rng.random()
        if r < 0.4:
            self.forms.add("unit")
            line += rng.choice([" bte %d" % rng.randint(1, 12), " boîte %d" % rng.randint(1, 12), "/%d" % rng.randint(1, 9),
                                " bus %d" % rng.randint(1, 12)] if fr else [" bus %d" % rng.randint(1, 12), "/%d" % rng.randint(1, 9)])
        pfx = ""
        if rng.random() < 0.2:
            pfx = "B-"
            self.forms.add("prefix")
        self.street_lines = [line]
        self.one_line_join = [line]
        self.city_line = pfx + plz + " " + city

    def _lu(self, rng):
        st = rng.choice(places.LU_STREETS)
        city, plzs = rng.choice(places.LU_CITIES)
        num = self._num(rng, allow_range=True)
        if rng.random() < 0.7:
            self.forms.add("num_before")
            line = num + ", " + st
        else:
            self.forms.add("num_after")
            line = st + " " + num
        unit = None
        if rng.random() < 0.25:
            self.forms.add("unit")
            unit = rng.choice(["2e étage", "app. 4", "Résidence Les Peupliers", "3. Stack"])
        self.forms.add("prefix")
        self.street_lines = ([unit] if unit and unit.startswith("R") else []) + [line] + ([unit] if unit and not unit.startswith("R") else [])
        self.one_line_join = [", ".join(self.street_lines)]
        self.city_line = ("L-" if rng.random() < 0.85 else "") + rng.choice(plzs) + " " + city
        if not self.city_line.startswith("L-"):
            self.forms.discard("prefix")

    def _nl(self, rng):
        st = rng.choice(places.NL_STREETS)
        city, pre = rng.choice(places.NL_CITIES)
        plz = pre + d(rng, 2) + " " + rng.choice("BCEGHJKLMNPRTVWXZ") + rng.choice("ABCEGHJKLMNPRTVWXZ")
        if rng.random() < 0.3:
            plz = plz.replace(" ", "")
        self.forms.add("num_after")
        if st in NO_SUFFIX_DE:
            self.forms.add("no_suffix")
        n = rng.randint(1, 320)
        r = rng.random()
        if r < 0.2:
            num = "%d-%s" % (n, rng.choice(["I", "II", "III", "1", "2", "hs"]))
            self.forms.add("unit")
        elif r < 0.35:
            num = "%d %s" % (n, rng.choice(["huis", "bis", "zw", "A"]))
            self.forms.add("unit")
        elif r < 0.5:
            num = "%d%s" % (n, rng.choice("ABCDE"))
            self.forms.add("letter")
        else:
            num = str(n)
        line = st + " " + num
        self.street_lines = [line]
        self.one_line_join = [line]
        self.city_line = plz + " " + (city if rng.random() < 0.8 else city.upper())

    def _dk(self, rng):
        st = rng.choice(places.DK_STREETS)
        city, plz = rng.choice(places.DK_CITIES)
        self.forms.add("num_after")
        if st in NO_SUFFIX_DE:
            self.forms.add("no_suffix")
        line = st + " " + self._num(rng, allow_range=False)
        if rng.random() < 0.55:
            self.forms.add("unit")
            line += ", " + rng.choice(["2. tv.", "st. th.", "1. mf.", "3. th", "4.tv", "kl."])
        pfx = ""
        if rng.random() < 0.25:
            pfx = "DK-"
            self.forms.add("prefix")
        self.street_lines = [line]
        self.one_line_join = [line]
        self.city_line = pfx + plz + " " + city

    def _fr(self, rng):
        st = rng.choice(places.FR_STREETS)
        city, cps = rng.choice(places.FR_CITIES)
        self.forms.add("num_before")
        n = rng.randint(1, 190)
        r = rng.random()
        if r < 0.22:
            num = "%d %s" % (n, rng.choice(["bis", "ter", "B"]))
            self.forms.add("letter")
        elif r < 0.32:
            num = "%d-%d" % (n, n + 2)
            self.forms.add("range")
        else:
            num = str(n)
        sep = ", " if rng.random() < 0.2 else " "
        line = num + sep + st
        pre = []
        if rng.random() < 0.35:
            self.forms.add("unit")
            pre = [rng.choice(["Bât. B, 3e étage", "Appt 42", "Résidence Les Tilleuls, bât. C", "Esc. 2, 5e étage, porte gauche",
                               "Appartement 17", "Bâtiment A2", "Chez M. et Mme Vidal-Nourry" if False else "4e étage droite"])]
        cityname = city.upper() if rng.random() < 0.45 else city
        self.street_lines = pre + [line]
        self.one_line_join = [", ".join(pre + [line])]
        self.city_line = rng.choice(cps) + " " + cityname
        if rng.random() < 0.1 and city in ("Paris", "Lyon", "Marseille"):
            self.city_line = rng.choice(cps) + " " + cityname

    def _uk(self, rng):
        st, city, outs = rng.choice(places.UK)
        self.forms.add("num_before")
        num = self._num(rng, allow_range=True, allow_letter=True)
        line = num + " " + st
        pre = []
        if rng.random() < 0.4:
            self.forms.add("unit")
            pre = [rng.choice(places.UK_UNITS)]
        pc = rng.choice(outs) + " " + str(rng.randint(1, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXY") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        self.street_lines = pre + [line]
        self.one_line_join = [", ".join(pre + [line])]
        self.city_line = (city + " " + pc) if rng.random() < 0.6 else (city.upper() + "\n" + pc)
        if "\n" in self.city_line:
            self.city_lines = [city.upper(), pc]
        else:
            self.city_lines = [self.city_line]

    def _ie(self, rng):
        st, city, rk = rng.choice(places.IE)
        self.forms.add("num_before")
        num = self._num(rng, allow_range=False)
        line = num + " " + st
        pre = []
        if rng.random() < 0.4:
            self.forms.add("unit")
            pre = [rng.choice(["Apartment 12, The Maltings", "Flat 4", "Apt 3, Distillery Court", "No. 2 The Mews"])]
        ec = rk + " " + "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        self.street_lines = pre + [line]
        self.one_line_join = [", ".join(pre + [line])]
        self.city_lines = [city, ec] if rng.random() < 0.5 else [city + " " + ec]
        if rng.random() < 0.25:
            self.city_lines = [city]  # Eircode left off
        self.city_line = ", ".join(self.city_lines)

    def _us(self, rng):
        st, city, stt, zp = rng.choice(places.US)
        self.forms.add("num_before")
        n = rng.randint(12, 4890)
        num = str(n) if rng.random() > 0.06 else "%d 1/2" % n
        line = num + " " + st
        if rng.random() < 0.45:
            self.forms.add("unit")
            u = rng.choice(places.US_UNITS)
            line = line + (", " if rng.random() < 0.4 else " ") + u
        zipc = zp + d(rng, 2) + ("-" + d(rng, 4) if rng.random() < 0.15 else "")
        self.street_lines = [line]
        self.one_line_join = [line]
        self.city_line = city + ", " + stt + " " + zipc

    def _ca(self, rng):
        st, city, prov, fsa, french = rng.choice(places.CA)
        self.forms.add("num_before")
        n = rng.randint(10, 7800)
        ldu = str(rng.randint(0, 9)) + rng.choice("ABCEGHJKLMNPRSTVWXYZ") + str(rng.randint(0, 9))
        r = rng.random()
        if r < 0.25:
            self.forms.add("unit")
            line = "%d-%d %s" % (rng.randint(1, 30), n, st)
        elif r < 0.45:
            self.forms.add("unit")
            line = ("%d, %s, app. %d" if french else "%d %s, Unit %d") % (n, st, rng.randint(1, 30))
        else:
            line = ("%d, %s" if french and rng.random() < 0.5 else "%d %s") % (n, st)
        if french and rng.random() < 0.6:
            cl = "%s (%s) %s %s" % (city, "Québec", fsa, ldu)
        else:
            cl = "%s%s %s %s %s" % (city, "," if rng.random() < 0.6 else "", prov, fsa, ldu)
        self.street_lines = [line]
        self.one_line_join = [line]
        self.city_line = cl

    def _it(self, rng):
        st = rng.choice(places.IT_STREETS)
        city, pv, pre = rng.choice(places.IT_CITIES)
        self.forms.add("num_after")
        n = rng.randint(1, 260)
        r = rng.random()
        if r < 0.2:
            num = "%d/%s" % (n, rng.choice("ABC"))
            self.forms.add("letter")
        else:
            num = str(n)
        line = st + " " + num
        if rng.random() < 0.3:
            self.forms.add("unit")
            line += ", " + rng.choice(["int. 5", "scala B", "piano 3", "int. 12"])
        self.street_lines = [line]
        self.one_line_join = [line]
        self.city_line = pre + d(rng, 2) + " " + city + (" (%s)" % pv if rng.random() < 0.5 else "")

    def _es(self, rng):
        st = rng.choice(places.ES_STREETS)
        city, pre = rng.choice(places.ES_CITIES)
        self.forms.add("num_after")
        line = st + " " + str(rng.randint(1, 140))
        if rng.random() < 0.5:
            self.forms.add("unit")
            line += ", " + rng.choice(["3º izq.", "2º B", "bajo", "2n 1a", "5º dcha.", "ático"])
        self.street_lines = [line]
        self.one_line_join = [line]
        self.city_line = pre + d(rng, 2) + " " + city

    # ---- renderers
    def cname(self):
        return places.COUNTRY_NAMES[self.country][self.lang]

    def _city_lines(self):
        return getattr(self, "city_lines", self.city_line.split("\n"))

    def one_line(self):
        parts = self.one_line_join + [", ".join(self._city_lines())]
        if self.country == "us" or self.country == "ca":
            pass
        s = ", ".join(parts)
        if self.with_country:
            s += ", " + self.cname()
        return s

    def lines(self):
        ls = self.street_lines + self._city_lines()
        if self.with_country:
            ls = ls + [self.cname().upper() if self.rng.random() < 0.5 else self.cname()]
        return ls

    def street_only(self):
        return self.street_lines[-1] if self.country in ("fr", "uk", "ie") else self.street_lines[0]


def pack_addr(rng, kind):
    city, pre = rng.choice(places.PACK_CITIES)
    plz = pre + d(rng, 2)
    if kind == "packstation":
        first = "Packstation " + str(rng.randint(101, 689))
    else:
        first = "Postfiliale " + str(rng.randint(401, 799))
    return first, plz + " " + city


def pobox(rng, country, lang):
    """returns list of lines"""
    if country == "de":
        city, pre = rng.choice(places.DE_CITIES)
        return ["Postfach %s %s %s" % (d(rng, 2), d(rng, 2), d(rng, 2)), pre + d(rng, 5 - len(pre)) + " " + city]
    if country == "at":
        city, plzs = rng.choice(places.AT_CITIES)
        return ["Postfach %d" % rng.randint(10, 400), plzs[0][:3] + "1" + " " + city]
    if country == "ch":
        if lang == "fr":
            return ["Case postale %d" % rng.randint(10, 999), rng.choice(["1211 Genève 4", "1002 Lausanne", "2001 Neuchâtel"])]
        return ["Postfach %d" % rng.randint(10, 999), rng.choice(["8021 Zürich", "3001 Bern", "4002 Basel", "6002 Luzern"])]
    if country == "fr":
        city, cps = rng.choice(places.FR_CITIES)
        return ["BP %d" % rng.randint(10, 90000), cps[0][:2] + d(rng, 3) + " " + city.upper() + " CEDEX"]
    if country == "uk":
        st, city, outs = rng.choice(places.UK)
        return ["PO Box %d" % rng.randint(10, 9000), city + " " + outs[0] + " " + str(rng.randint(1, 9)) +
                rng.choice("ABDEFGHJLNPQRSTUWXY") + rng.choice("ABDEFGHJLNPQRSTUWXY")]
    if country == "us":
        st, city, stt, zp = rng.choice(places.US)
        return ["PO Box %d" % rng.randint(10, 99000), "%s, %s %s%s" % (city, stt, zp, d(rng, 2))]
    if country == "ca":
        st, city, prov, fsa, fr = rng.choice(places.CA)
        lab = "C.P. %d" % rng.randint(10, 9000) if fr else "PO Box %d" % rng.randint(10, 9000)
        return [lab, "%s %s %s %d%s%d" % (city, prov, fsa, rng.randint(0, 9), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randint(0, 9))]
    if country == "nl":
        city, pre = rng.choice(places.NL_CITIES)
        return ["Postbus %d" % rng.randint(10, 9999), pre + d(rng, 2) + " " + rng.choice("ABCEGH") + rng.choice("ABCEGH") + " " + city]
    if country == "ie":
        st, city, rk = rng.choice(places.IE)
        return ["PO Box %d" % rng.randint(10, 999), city]
    if country == "dk":
        city, plz = rng.choice(places.DK_CITIES)
        return ["Postboks %d" % rng.randint(10, 999), plz + " " + city]
    if country == "be":
        city, plz = rng.choice(places.BE_CITIES_FR)
        return ["Boîte postale %d" % rng.randint(10, 300), plz + " " + city]
    if country == "lu":
        city, plzs = rng.choice(places.LU_CITIES)
        return ["B.P. %d" % rng.randint(10, 3000), "L-" + str(rng.randint(1010, 1999)) + " " + city]
    raise ValueError(country)


ADDR_STYLE_VARIANTS = ["json", "csv", "form_fields", "street_only", "packstation", "postfiliale", "pobox"]


def addr_variant(forms):
    for v in ADDR_STYLE_VARIANTS:
        if v in forms or (v == "json" and ("json_split" in forms or "json_string" in forms)):
            return v
    if "lower" in forms:
        return "lowercase"
    if "prose" in forms:
        return "prose"
    if "unit" in forms:
        return "unit"
    if "range" in forms:
        return "range_number"
    if "multiline" in forms:
        return "multiline"
    if "no_suffix" in forms:
        return "no_suffix"
    if "prefix" in forms:
        return "country_prefix"
    if "num_before" in forms:
        return "num_before"
    return "num_after"


def negpick(rng, typ, lang):
    pool = negpools.NEG[typ]
    if isinstance(pool, dict):
        pool = pool[lang]
    return rng.choice(pool)
