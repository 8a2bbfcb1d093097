"""Person and address models, template renderer and span builder for names-addresses-v9."""
import json
import random
import unicodedata

import names
import negs
import places

# ---------------------------------------------------------------- persons
ORIG = {}
for code, (region, m, f, s) in names.ORIGINS.items():
    ORIG[code] = dict(region=region, m=[x.replace("_", " ") for x in m.split()], f=[x.replace("_", " ") for x in f.split()],
                      s=[x.replace("_", " ") for x in s.split()])
WEST = [c for c in ORIG if ORIG[c]["region"] == "west"]
NONWEST = [c for c in ORIG if ORIG[c]["region"] != "west"]
ORIGIN_OF_LANG = {"en": ["en", "ie"], "de": ["de", "nl"], "fr": ["fr", "it", "es", "pt"]}
EAST_NATIVE = {"zh", "ko", "ja", "vi", "yue", "mn"}


class Person:
    def __init__(self, rng, lang, gender=None):
        self.gender = gender or rng.choice("mf")
        r = rng.random()
        if r < 0.30:
            pool = WEST if rng.random() < 0.6 else ORIGIN_OF_LANG[lang]
            self.origin = rng.choice(pool)
        else:
            self.origin = rng.choice(NONWEST)
        o = ORIG[self.origin]
        self.given = rng.choice(o[self.gender])
        sur = rng.choice(o["s"])
        if "/" in sur:
            a, b = sur.split("/")
            sur = a if self.gender == "m" else b
        self.sur = sur
        self.particle = False
        self.hyph_given = False
        self.origin_label = self.origin
        if rng.random() < 0.09:
            ps, po = rng.choice(names.PARTICLES)
            if ps.startswith("bin ") and self.gender == "f":
                ps = "binti " + ps[4:]
            if ps.startswith("binti ") and self.gender == "m":
                ps = "bin " + ps[6:]
            self.sur = ps
            self.particle = True
            self.origin = po
            self.origin_label = po
            self.given = rng.choice(ORIG[po][self.gender])
        if rng.random() < 0.08 and "-" not in self.given:
            o2 = rng.choice(list(ORIG))
            g2 = rng.choice(ORIG[o2][self.gender])
            if "-" not in g2 and " " not in g2 and g2 != self.given:
                self.given = self.given + "-" + g2
                self.origin_label = self.origin + "+" + o2 if o2 != self.origin else self.origin
        self.hyph_given = "-" in self.given
        self.mid = rng.choice("ABCDEFGHJKLMNOPRSTVWYZ") + "."
        self.region = ORIG[self.origin]["region"]
        self.mentions = 0
        self.native_order = self.origin in EAST_NATIVE and rng.random() < 0.35

    def render(self, shape):
        g, s = self.given, self.sur
        full = (s + " " + g) if self.native_order else (g + " " + s)
        return {
            "full": full, "given": g, "sur": s, "init": g[0] + ". " + s, "mid": g + " " + self.mid + " " + s,
            "sfirst": s + ", " + g, "sfup": s.upper() + " " + g, "upper": full.upper(), "upsur": s.upper(), "upgiven": g.upper(),
            "lower": full.lower(), "lowerg": g.lower(), "lowers": s.lower(),
        }[shape]


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    s = s.replace("æ", "ae").replace("œ", "oe").replace("ð", "d").replace("þ", "th").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-"))


DOMAINS = {"en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "proton.me", "hotmail.com"],
           "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org", "gmx.at", "bluewin.ch"],
           "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr", "skynet.be", "videotron.ca"]}


def email_of(rng, p, lang):
    g, s = fold(p.given).lower(), fold(p.sur).lower().replace(" ", "")
    form = rng.choice(["{g}.{s}", "{g}{s}", "{g0}.{s}", "{s}.{g}", "{g}_{s}{n}", "{g}{n}", "{s}{g0}"])
    local = form.format(g=g, s=s, g0=g[:1], n=rng.randint(1, 99))
    return local.strip(".") + "@" + rng.choice(DOMAINS[lang])


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng, lang):
    f = rng.choice({
        "en": ["07700 900{3}", "+44 7700 900{3}", "+44 20 7946 0{3}", "(503) 555-01{2}", "+1 416 555 01{2}", "0161 496 0{3}", "+1 (312) 555-01{2}"],
        "de": ["+49 151 {4} {4}", "0176 {8}", "030 {4} {3}", "+43 664 {7}", "+41 79 {3} {2} {2}", "0171/{7}", "+49 (0)40 {6}"],
        "fr": ["06 {2} {2} {2} {2}", "+33 7 {2} {2} {2} {2}", "01 {2} {2} {2} {2}", "+32 47{1} {2} {2} {2}", "+352 621 {3} {3}", "+1 514 555 01{2}", "07.{2}.{2}.{2}.{2}"],
    }[lang])
    out = ""
    i = 0
    while i < len(f):
        if f[i] == "{":
            j = f.index("}", i)
            out += digits(rng, int(f[i + 1:j]))
            i = j + 1
        else:
            out += f[i]
            i += 1
    return out


def order_no(rng):
    f = rng.choice(["#{6}", "{3}-{7}-{7}", "CMD-{8}", "BE{10}", "A{2}-{6}", "FR-{4}-{4}", "WEB{7}", "{9}", "DE-{3}-{5}", "R{8}"])
    out, i = "", 0
    while i < len(f):
        if f[i] == "{":
            j = f.index("}", i)
            out += digits(rng, int(f[i + 1:j]))
            i = j + 1
        else:
            out += f[i]
            i += 1
    return out


# ---------------------------------------------------------------- addresses
SAFE = "ABDEFGHJLNPQRSTUWXYZ"


def pc(rng, pat):
    return "".join(rng.choice("0123456789") if c == "#" else rng.choice(SAFE) if c == "L" else c for c in pat)


class Address:
    """lines: list of address lines (unit/street/city/country); forms: set of properties."""

    def __init__(self, rng, cc, lang, kind="normal"):
        self.cc = cc
        self.forms = set()
        st = rng.choice(places.STREETS[cc])
        while st[0] in "~*":
            self.forms.add("no_suffix" if st[0] == "~" else "person_street")
            st = st[1:]
        city, pat = rng.choice(places.CITIES[cc])
        code = pc(rng, pat)
        n = rng.randint(1, 160) if rng.random() < 0.85 else rng.randint(161, 2400)
        num = str(n)
        r = rng.random()
        unit = None
        if r < 0.12:
            self.forms.add("letter")
            num += {"de": rng.choice("abc"), "at": rng.choice("ab"), "nl": rng.choice(["a", "b", "-H", "-1"]), "uk": rng.choice("AB"),
                    "fr": rng.choice([" bis", " ter", "B"]), "lu": rng.choice(["A", " bis"]), "no": rng.choice("AB"),
                    "be": rng.choice(["A", "B"]), "ch": rng.choice("ab"), "dk": rng.choice("AB"), "se": rng.choice("AB")}.get(cc, rng.choice("AB"))
        elif r < 0.21:
            self.forms.add("range")
            num = f"{n}-{n + rng.choice([2, 4])}" if cc not in ("fr", "uk", "us") else f"{n}-{n + 2}"
        s = rng.random()
        # country specific street line
        if cc in ("de", "ch", "nl", "be", "dk", "se", "no", "it", "es", "pt", "pl", "cz", "at"):
            sep = ", " if (cc in ("it", "es") and rng.random() < 0.4) else " "
            street = st + sep + num
            self.forms.add("num_after")
        else:
            sep = ", " if cc in ("lu",) or (cc in ("fr", "ca") and rng.random() < 0.2) else " "
            street = num + sep + st
            self.forms.add("num_before")
        pre_unit = post_unit = None
        if s < 0.28:
            self.forms.add("unit")
            if cc == "de":
                if rng.random() < 0.5:
                    pre_unit = rng.choice(["Hinterhaus, 3. OG", "Seitenflügel links", "Gartenhaus", "2. OG rechts", "Aufgang B"])
                else:
                    post_unit = rng.choice(["Whg. " + str(rng.randint(1, 40)), "App. " + str(rng.randint(1, 90)), "3. Etage"])
            elif cc == "at":
                street = st + " " + num + "/" + str(rng.randint(1, 9)) + "/" + str(rng.randint(1, 30)) if rng.random() < 0.6 else street
                if "/" not in street:
                    post_unit = "Top " + str(rng.randint(1, 40))
            elif cc == "ch":
                pre_unit = rng.choice(["Wohnung 12", "2. Stock", "Postfach", "c/o Praxis am See"]) if rng.random() < 0.3 else None
                if not pre_unit:
                    post_unit = rng.choice(["Stiege 2", "3. Stock"])
            elif cc in ("fr", "lu"):
                pre_unit = rng.choice(["Bât. B, 3e étage", "Appt 23", "Résidence Les Tilleuls, bât. C", "Escalier 2, porte gauche", "Apt. 14"])
            elif cc == "be":
                post_unit = rng.choice(["bus " + str(rng.randint(1, 30)), "bte " + str(rng.randint(1, 12))])
                street = street + " " + post_unit
                post_unit = None
            elif cc == "nl":
                street = street + rng.choice([" III", " hs", " 2-hoog", "-bis"])
            elif cc == "dk":
                post_unit = rng.choice(["2. th.", "1. tv.", "st. th.", "4. mf.", "3. 12"])
            elif cc == "uk":
                pre_unit = rng.choice(["Flat " + str(rng.randint(1, 30)), "Flat " + str(rng.randint(1, 9)) + rng.choice("ABC"), "Apartment 12", "Basement Flat", "Unit 4"])
            elif cc == "us":
                street = street + rng.choice([" Apt " + str(rng.randint(1, 40)) + rng.choice("ABCD"), " Unit " + str(rng.randint(1, 300)), " #" + str(rng.randint(2, 900)), " Suite " + str(rng.randint(100, 900))])
            elif cc == "ca":
                if rng.random() < 0.5:
                    street = str(rng.randint(101, 2400)) + "-" + street
                else:
                    street = street + rng.choice([", Unit ", ", app. ", " Suite "]) + str(rng.randint(1, 900))
            elif cc == "it":
                post_unit = rng.choice(["int. " + str(rng.randint(1, 20)), "scala B", "piano 3"])
            elif cc == "es":
                post_unit = rng.choice([str(rng.randint(1, 8)) + "º " + rng.choice("ABCD"), str(rng.randint(1, 6)) + "º izda.", "bajo dcha."])
            elif cc == "pt":
                post_unit = rng.choice([str(rng.randint(1, 8)) + "º Esq.", str(rng.randint(1, 8)) + "º Dto.", "r/c"])
            elif cc == "pl":
                street = street + ("/" + str(rng.randint(1, 90)) if rng.random() < 0.7 else " m. " + str(rng.randint(1, 90)))
            elif cc == "se":
                post_unit = "lgh " + str(rng.randint(1001, 1604))
            elif cc == "no":
                post_unit = "H0" + str(rng.randint(101, 504))
            elif cc == "cz":
                street = st + " " + str(rng.randint(100, 3000)) + "/" + str(rng.randint(1, 90))
            if not (pre_unit or post_unit) and street.endswith(num):
                pass
        elif cc == "cz":
            street = st + " " + str(rng.randint(100, 3000)) + "/" + num
        prefix = ""
        if cc in places.COUNTRY_PREFIX and (cc == "lu" or rng.random() < 0.12):
            prefix = places.COUNTRY_PREFIX[cc]
            self.forms.add("prefix")
        if cc in ("uk",):
            city_line = [city, code] if rng.random() < 0.5 else [city + " " + code]
            if rng.random() < 0.3:
                city_line = [city.upper() + " " + code] if len(city_line) == 1 else [city.upper(), code]
        elif cc in ("us", "ca"):
            city_line = [city + " " + code]
        elif cc == "fr" and rng.random() < 0.3:
            city_line = [prefix + code + " " + city.upper()]
        else:
            city_line = [prefix + code + " " + city]
        lines = []
        if pre_unit:
            lines.append(pre_unit)
        lines.append(street + (", " + post_unit if post_unit else ""))
        lines += city_line
        self.country = None
        if rng.random() < 0.22 or (cc not in ("uk", "us", "de", "fr") and rng.random() < 0.25):
            self.country = places.COUNTRY_NAMES[cc][{"en": 0, "de": 1, "fr": 2}[lang]]
            if rng.random() < 0.3:
                self.country = self.country.upper()
            lines.append(self.country)
            self.forms.add("country_name")
        self.kind = kind
        self.street_line = street + (", " + post_unit if post_unit else "")
        self.lines = lines
        self.city = city
        self.code = code
        self.unit_pre = pre_unit

    def text(self, mode):
        if mode == "ml":
            return "\n".join(self.lines)
        if mode == "street":
            return self.street_line
        return ", ".join(self.lines)


def special_address(rng, kind, lang):
    """Packstation / Postfiliale (de) or Point Relais (fr): returns (text_ml, text_line, forms, cc)."""
    if kind in ("packstation", "postfiliale"):
        city, pat = rng.choice(places.CITIES["de"])
        code = pc(rng, pat)
        st = ("Packstation " if kind == "packstation" else "Postfiliale ") + str(rng.randint(101, 999))
        return [st, code + " " + city], {kind}, "de"
    city, pat = rng.choice(places.CITIES["fr"])
    code = pc(rng, pat)
    st = rng.choice(places.STREETS["fr"]).lstrip("~*")
    return [str(rng.randint(1, 120)) + " " + st, code + " " + city], {"point_relais", "num_before"}, "fr"


# ---------------------------------------------------------------- builder
SHAPE_ALIAS = {"g": "given", "f": "full", "s": "sur", "i": "init", "init": "init", "mid": "mid", "sf": "sfirst", "sfup": "sfup",
               "up": "upper", "ups": "upsur", "upsur": "upsur", "upg": "upgiven", "l": "lower", "lg": "lowerg", "ls": "lowers"}
CUES = {"su": "subject", "ob": "object", "tp": "third_party", "gr": "greeting", "si": "signoff", "re": "relation", "ro": "role",
        "fl": "form_label", "dn": "delivery_note", "ts": "title_surname", "rm": "repeat_mention", "qh": "quote_header",
        "ab": "address_block", "cp": "chat_prefix", "ca": "calendar", "rv": "reviewer", "st": "staff", "js": "json", "cv": "csv"}
TITLES = {"en": {"m": ["Mr", "Mr."], "f": ["Ms", "Mrs", "Ms."]}, "de": {"m": ["Herr"], "f": ["Frau"]},
          "fr": {"m": ["M.", "Monsieur"], "f": ["Mme", "Madame"]}}
TITLES_D = {"en": TITLES["en"], "de": {"m": ["Herrn"], "f": ["Frau"]}, "fr": TITLES["fr"]}


def neg_pool(t, lang):
    v = negs.NEG[t]
    return v[lang] if isinstance(v, dict) else v


class Msg:
    def __init__(self, rng, lang):
        self.rng = rng
        self.lang = lang
        self.pieces = []  # (text, ann)
        self.persons = {}
        self.addrs = {}
        self.quote = False
        self.case = None  # None | 'lower' | 'upper'
        self.next_pid = 2
        self.third = []  # global ids of third parties already mentioned
        self.used = set()
        self.open_line = False
        self.structural = None  # 'json' | 'csv' | 'form_dump'

    # -- persons
    def person(self, pid, gender=None):
        if pid not in self.persons:
            self.persons[pid] = Person(self.rng, self.lang, gender)
        return self.persons[pid]

    def t(self, s):
        if s:
            self.pieces.append((s, None, self.quote))

    def add_person(self, pid, shape, cue, extra=None):
        p = self.person(pid)
        rng = self.rng
        if shape == "name":
            shape = rng.choices(["full", "given", "init", "mid"], [50, 38, 6, 6])[0]
        elif shape == "sig":
            shape = rng.choices(["full", "given", "init", "mid"], [55, 30, 8, 7])[0]
        elif shape == "form":
            shape = rng.choices(["full", "sfirst", "sfup", "upper", "mid"], [45, 20, 10, 15, 10])[0]
        elif shape == "ref":
            shape = rng.choices(["given", "sur", "full"], [55, 30, 15])[0] if p.mentions else "full"
        elif shape == "any":
            shape = rng.choice(["full", "given", "init", "mid", "sfirst", "upper", "lower"])
        else:
            shape = SHAPE_ALIAS.get(shape, shape)
        text = p.render(shape)
        meta = dict(origin=p.origin_label, region=p.region, shape=shape, cue=CUES.get(cue, cue),
                    nonwestern=p.region != "west", repeat=p.mentions > 0, in_quote=self.quote, gender=p.gender,
                    hyph_given=p.hyph_given and shape in ("full", "given", "mid", "upper", "upgiven", "lower", "lowerg", "sfirst", "sfup"),
                    particle_surname=p.particle and shape not in ("given", "upgiven", "lowerg"))
        if extra:
            meta.update(extra)
        p.mentions += 1
        if pid >= 2 and pid not in self.third:
            self.third.append(pid)
        self.pieces.append((text, {"k": "P", "meta": meta}, self.quote))

    def add_addr(self, aid, mode, cue, cc=None):
        rng = self.rng
        if aid not in self.addrs:
            r = rng.random()
            if mode == "street":
                cc = cc or rng.choice({"en": ["uk", "us", "uk", "ca"], "de": ["de", "de", "at", "ch"], "fr": ["fr", "fr", "be", "lu"]}[self.lang])
                self.addrs[aid] = ("normal", Address(rng, cc, self.lang))
            elif self.lang == "de" and r < 0.13:
                self.addrs[aid] = ("special", special_address(rng, rng.choice(["packstation", "postfiliale"]), "de"))
            elif self.lang == "fr" and r < 0.09:
                self.addrs[aid] = ("special", special_address(rng, "point_relais", "fr"))
            else:
                wc = places.LANG_COUNTRIES[self.lang]
                cc = cc or rng.choices(list(wc), list(wc.values()))[0]
                self.addrs[aid] = ("normal", Address(rng, cc, self.lang))
        kind, a = self.addrs[aid]
        if kind == "special":
            lines, forms, cc = a
            forms = set(forms)
            if "point_relais" in forms:
                self.t("Point Relais ")
                self.add_neg("SHOP", rng.choice(neg_pool("SHOP", "fr")))
                self.t("\n" if mode == "ml" else ", ")
            elif mode == "ml" and "packstation" in forms:
                self.t("Postnummer " + digits(rng, 9) + "\n")
            text = "\n".join(lines) if mode == "ml" else ", ".join(lines)
            if mode == "ml":
                forms.add("multiline")
        else:
            forms = set(a.forms)
            cc = a.cc
            if mode == "street":
                forms.add("street_only")
                forms.discard("country_name")
                forms.discard("prefix")
                text = a.street_line
            else:
                text = a.text(mode)
                if mode == "ml":
                    forms.add("multiline")
                if a.unit_pre is None and "unit" in forms and mode == "line":
                    pass
        if cue == "prose":
            forms.add("prose")
        meta = dict(country=cc, forms=sorted(forms), cue=cue, in_quote=self.quote)
        self.pieces.append((text, {"k": "A", "meta": meta}, self.quote))

    def add_neg(self, typ, text=None):
        if text is None:
            text = self.rng.choice(neg_pool(typ, self.lang))
        self.pieces.append((text, {"k": "N", "type": typ}, self.quote))

    def add_aux(self, typ, text):
        self.pieces.append((text, {"k": "X", "type": typ}, self.quote))

    # -- templates
    def render(self, tpl, pmap=None, amap=None):
        pmap = {} if pmap is None else pmap
        amap = {} if amap is None else amap
        rng = self.rng
        # forced genders
        for g in ("GF", "GM"):
            k = 0
            while True:
                k = tpl.find("{" + g, k)
                if k < 0:
                    break
                j = tpl.index("}", k)
                li = int(tpl[k + 3:j])
                gid = pmap.get(li, li)
                if gid not in self.persons:
                    self.person(gid, "f" if g == "GF" else "m")
                k = j
        i = 0
        buf = ""
        while i < len(tpl):
            c = tpl[i]
            if c != "{":
                buf += c
                i += 1
                continue
            depth, j = 0, i
            while True:
                if tpl[j] == "{":
                    depth += 1
                elif tpl[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            tok = tpl[i + 1:j]
            i = j + 1
            self.t(buf)
            buf = ""
            self.token(tok, pmap, amap)
        self.t(buf)

    def gid(self, li, pmap):
        return pmap.get(li, li)

    def token(self, tok, pmap, amap):
        rng = self.rng
        if tok.startswith("C:"):
            self.render(rng.choice(split_top(tok[2:])), pmap, amap)
        elif tok.startswith("GF") or tok.startswith("GM"):
            pass
        elif tok.startswith("G") and tok[1].isdigit():
            li, alts = tok[1:].split(":", 1)
            m, f = alts.split("|")
            p = self.person(self.gid(int(li), pmap))
            self.t(m if p.gender == "m" else f)
        elif tok.startswith("TD") and tok[2:].isdigit():
            p = self.person(self.gid(int(tok[2:]), pmap))
            self.t(rng.choice(TITLES_D[self.lang][p.gender]))
        elif tok.startswith("T") and tok[1:].isdigit():
            p = self.person(self.gid(int(tok[1:]), pmap))
            self.t(rng.choice(TITLES[self.lang][p.gender]))
        elif tok.startswith("P") and tok[1].isdigit():
            li, shape, cue = tok[1:].split(":")
            self.add_person(self.gid(int(li), pmap), shape, cue)
        elif tok.startswith("A") and tok[1].isdigit():
            li, mode, cue = tok[1:].split(":")
            self.add_addr(amap.get(int(li), int(li)), mode, cue)
        elif tok.startswith("NL:"):
            _, typ, text = tok.split(":", 2)
            self.add_neg(typ, text)
        elif tok.startswith("N:"):
            self.add_neg(tok[2:])
        elif tok.startswith("E") and tok[1:].isdigit():
            p = self.person(self.gid(int(tok[1:]), pmap))
            self.add_aux("EMAIL", email_of(rng, p, self.lang))
        elif tok == "PH":
            self.add_aux("PHONE", phone(rng, self.lang))
        elif tok == "ON":
            self.add_aux("ORDER_NUMBER", order_no(rng))
        elif tok == "D":
            self.t(date_str(rng, self.lang))
        elif tok == "TM":
            self.t(f"{rng.randint(7, 20)}:{rng.choice(['00', '15', '30', '45', '05', '52'])}" if self.lang != "fr" or rng.random() < 0.5
                   else f"{rng.randint(7, 20)} h {rng.choice(['', '15', '30'])}".strip())
        elif tok == "W":
            line = rng.choice(negs.WORD_START[self.lang])
            w = line.split(" ")[0].rstrip("?,.:!")
            self.add_neg("WORD", w)
            self.t(line[len(w):])
        else:
            raise ValueError(tok)

    # -- finalise
    def finish(self):
        text = ""
        blen = 0
        spans, negs_ = [], []
        for s, ann, q in self.pieces:
            if self.case == "lower":
                s = s.lower()
            elif self.case == "upper":
                s = s.upper()
            if q:
                s = s.replace("\n", "\n> ")
            b = len(s.encode("utf-8"))
            if ann is not None:
                st, en = blen, blen + b
                # trim outer whitespace (none expected)
                assert s == s.strip(), repr(s)
                if ann["k"] == "N":
                    negs_.append(dict(start=st, end=en, type=ann["type"], value=s))
                elif ann["k"] == "X":
                    spans.append(dict(start=st, end=en, type=ann["type"], variant="aux", meta={}, value=s))
                else:
                    meta = dict(ann["meta"])
                    if ann["k"] == "P":
                        if self.case:
                            base = meta["shape"]
                            if self.case == "lower":
                                meta["shape"] = {"given": "lowerg", "sur": "lowers"}.get(base, "lower")
                            else:
                                meta["shape"] = {"given": "upgiven", "sur": "upsur", "sfup": "upper"}.get(base, "upper")
                        if self.structural in ("json", "csv"):
                            meta["structural"] = self.structural
                        spans.append(dict(start=st, end=en, type="PERSON", variant=person_variant(meta), meta=meta, value=s))
                    else:
                        forms = set(meta["forms"])
                        if self.case == "lower":
                            forms.add("lower")
                        elif self.case == "upper":
                            forms.add("upper")
                        if self.structural:
                            forms.add(self.structural)
                        meta["forms"] = sorted(forms)
                        spans.append(dict(start=st, end=en, type="ADDRESS", variant=address_variant(forms), meta=meta, value=s))
            text += s
            blen += b
        return text, spans, negs_


def person_variant(m):
    if m.get("structural"):
        return m["structural"]
    sh = m["shape"]
    v = {"init": "initial_surname", "mid": "middle_initial", "sfirst": "surname_first", "sfup": "surname_first",
         "upper": "uppercase", "upgiven": "uppercase", "upsur": "surname_upper", "lower": "lowercase", "lowerg": "lowercase",
         "lowers": "lowercase"}.get(sh)
    if v:
        return v
    if m["hyph_given"] and sh in ("full", "given"):
        return "hyphenated"
    if m["particle_surname"]:
        return "particle"
    if m["repeat"]:
        return "repeat"
    return m["cue"]


ADDR_ORDER = ["json", "csv", "form_dump", "packstation", "postfiliale", "point_relais", "street_only", "lower", "upper", "prose", "unit",
              "range", "letter", "multiline", "no_suffix", "prefix", "num_before", "num_after"]
ADDR_NAME = {"lower": "lowercase", "upper": "uppercase", "range": "range_number", "prefix": "country_prefix"}


def address_variant(forms):
    for f in ADDR_ORDER:
        if f in forms:
            return ADDR_NAME.get(f, f)
    return "plain"


def split_top(s):
    out, depth, cur = [], 0, ""
    for c in s:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += c
    out.append(cur)
    return out


MONTHS = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
          "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.".split(),
          "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()}


def date_str(rng, lang):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    f = rng.random()
    if f < 0.5:
        return f"{d:02d}/{m:02d}/2026" if lang != "de" else f"{d:02d}.{m:02d}.2026"
    return f"{d} {MONTHS[lang][m - 1]} 2026" if lang != "de" else f"{d}. {MONTHS[lang][m - 1]} 2026"
