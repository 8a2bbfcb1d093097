# Template renderer with piece-based span builder (UTF-8 byte offsets computed at the end).
import re
import unicodedata
from names import O, PARTICLE, NONWEST, WEST, SUR_FIRST_ORIGINS, WESTERN_REGIONS
import places
import negs

TOK = re.compile(r"\{([^{}]+)\}")
UPPERS = "ABCDEFGHJKLMNPRSTVW"


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ı", "i").replace("ð", "d").replace("þ", "th").replace("ŋ", "n")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Person:
    pass


def new_person(rng, gender=None):
    p = Person()
    p.particle = False
    part = None
    if rng.random() < 0.10:
        part = rng.choice(PARTICLE)
        if part[2] and gender and part[2] != gender:
            part = None
    if part:
        origin = part[1]
        p.particle = True
        if part[2]:
            gender = part[2]
    else:
        origin = rng.choice(NONWEST) if rng.random() < 0.70 else rng.choice(WEST)
    gender = gender or rng.choice("mf")
    region, m, f, s = O[origin]
    given = rng.choice(m if gender == "m" else f)
    p.hyph = "-" in given
    p.origin = origin
    if not p.hyph and rng.random() < 0.06:
        o2 = origin if rng.random() < 0.5 else rng.choice(list(O))
        _, m2, f2, _ = O[o2]
        g2 = rng.choice(m2 if gender == "m" else f2)
        if "-" not in g2 and g2 != given:
            given = given + "-" + g2
            p.hyph = True
            if o2 != origin:
                p.origin = origin + "+" + o2
    if part:
        sur = part[0]
    else:
        sur = rng.choice(s)
        if "|" in sur:
            sur = sur.split("|")[0 if gender == "m" else 1]
        if origin == "pa" and rng.random() < 0.35:
            sur = "Singh" if gender == "m" else "Kaur"
    p.given, p.sur, p.gender, p.region = given, sur, gender, region
    p.mid = rng.choice(UPPERS)
    p.surfirst = origin in SUR_FIRST_ORIGINS and rng.random() < 0.35
    p.nonwestern = region not in WESTERN_REGIONS
    loc = ascii_fold(given).lower().replace(" ", "").replace("'", "")
    ls = ascii_fold(sur).lower().replace(" ", "").replace("'", "")
    p.email_local = rng.choice([loc + "." + ls, loc[0] + ls, loc + "_" + ls, ls + "." + loc, loc + ls[:3] + str(rng.randint(1, 99)), loc + "." + ls + str(rng.randint(70, 99))])
    return p


def render_name(rng, p, shape):
    g, s = p.given, p.sur
    if shape == "any":
        shape = rng.choices(["full", "given", "init", "mid", "sfirst"], [45, 35, 7, 8, 5])[0]
    if shape == "rep":
        shape = "given" if rng.random() < 0.6 else "sur"
    full = (s + " " + g) if p.surfirst else (g + " " + s)
    if shape == "full":
        t = full
    elif shape == "given":
        t = g
    elif shape == "sur":
        t = s
    elif shape == "init":
        t = g[0] + ". " + s
    elif shape == "mid":
        t = g + " " + p.mid + ". " + s
    elif shape == "sfirst":
        t = s + ", " + g
    elif shape == "sfup":
        t = s.upper() + " " + g
    elif shape == "upper":
        t = full.upper()
    elif shape == "upsur":
        t = s.upper()
    elif shape == "upgiven":
        t = g.upper()
    elif shape == "ginit":
        t = g + " " + s[0] + "."
        if not s[0].isupper():
            t = g + " " + s
    else:
        raise ValueError(shape)
    return t, shape


TITLE = {"en": ("Mr", "Ms"), "de": ("Herr", "Frau"), "fr": ("M.", "Mme")}
DOMAINS = "gmail.com;web.de;gmx.de;gmx.at;orange.fr;free.fr;outlook.com;yahoo.co.uk;icloud.com;proton.me;laposte.net;t-online.de;hotmail.fr;bluewin.ch;posteo.de;hotmail.com;sfr.fr;mail.com;yahoo.fr;live.co.uk".split(";")


class Msg:
    def __init__(self, rng, lang, reg, cmap=None):
        self.rng, self.lang, self.reg = rng, lang, reg
        self.persons, self.addrs = {}, {}
        self.force = {}
        self.pieces = []
        self.q = False
        self.fold = None       # region fold
        self.mentions = {}
        self.agent_domain = None

    def prescan(self, tpl):
        for m in re.finditer(r"\{P(\d+)([mf])\.", tpl):
            self.force[int(m.group(1))] = m.group(2)

    def person(self, slot):
        if slot not in self.persons:
            self.persons[slot] = new_person(self.rng, self.force.get(slot))
        return self.persons[slot]

    def add(self, text, kind=None, info=None):
        if text == "":
            return
        self.pieces.append({"text": text, "kind": kind, "info": info, "q": self.q, "fold": self.fold})

    # --- address ---
    def address(self, slot):
        if slot not in self.addrs:
            w = places.COUNTRY_W[self.lang]
            cc = self.rng.choices(list(w), list(w.values()))[0]
            self.addrs[slot] = places.make_address(self.rng, cc)
        return self.addrs[slot]

    def render_addr(self, slot, mode):
        rng, lang = self.rng, self.lang
        a = self.address(slot)
        forms = list(a["forms"])
        cc = a["cc"]
        cue = {"in": "prose", "bl": "block", "lb": "label", "st": "prose", "fd": "form_dump"}.get(mode, "block")
        if mode in ("ps", "pf", "pr", "lk"):
            return self.render_special(slot, mode)
        city = a["city"]
        if cc in places.PREFIX and rng.random() < 0.12 and mode != "st":
            city = places.PREFIX[cc] + city
            forms.append("prefix")
        parts = []
        if a["unit"]:
            parts.append(a["unit"])
        parts.append(a["street"])
        if mode == "st":
            forms = [f for f in forms if f not in ("prefix",)]
            if a["unit"] and "unit" in forms:
                forms.remove("unit")
            forms.append("street_only")
            self.add(a["street"], "ADDRESS", {"cc": cc, "forms": forms, "cue": cue})
            return
        parts.append(city)
        home = {"en": ("uk", "us", "ie", "ca"), "de": ("de", "at", "ch"), "fr": ("fr", "be", "ch", "lu")}[lang]
        if rng.random() < (0.15 if cc in home else 0.55):
            cn = places.CNAME[cc][lang]
            if mode in ("lb",) or rng.random() < 0.2:
                cn = cn.upper()
            parts.append(cn)
            forms.append("country_name")
        if mode == "fd":
            lab = {"en": ("Address line 1: ", "Address line 2: ", "Town / postcode: ", "Country: "),
                   "de": ("Adresszusatz: ", "Straße/Nr.: ", "PLZ/Ort: ", "Land: "),
                   "fr": ("Complément : ", "Adresse : ", "CP / Ville : ", "Pays : ")}[lang]
            lines = []
            if a["unit"]:
                lines.append(lab[0] + a["unit"])
                lines.append(lab[1] + a["street"])
            else:
                lines.append(lab[1] + a["street"] if lang != "en" else lab[0] + a["street"])
            lines.append(lab[2] + city)
            if "country_name" in forms:
                lines.append(lab[3] + parts[-1])
            txt = "\n".join(lines)
            # span starts at first value, ends at end
            first_lab = lines[0][:lines[0].index(": ") + 2]
            self.add(first_lab)
            forms.append("form_dump")
            self.add(txt[len(first_lab):], "ADDRESS", {"cc": cc, "forms": forms, "cue": cue})
            return
        if mode in ("bl", "lb"):
            txt = "\n".join(parts)
            forms.append("multiline")
        else:
            sep = ", " if rng.random() < 0.85 else " - " if lang != "fr" else " – "
            txt = sep.join(parts)
        self.add(txt, "ADDRESS", {"cc": cc, "forms": forms, "cue": cue})

    def render_special(self, slot, mode):
        rng, lang = self.rng, self.lang
        multi = rng.random() < 0.5
        sep = "\n" if multi else ", "
        if mode in ("ps", "pf"):
            city, pcf = rng.choice(places.CITY["de"])
            pc = pcf(rng)
            self.add(("Postnummer: " if lang == "de" else "Postnummer " if lang == "fr" else "Postnummer: ") + places.D(rng, rng.choice([8, 9, 10])) + "\n")
            line = ("Packstation %d" % rng.randint(101, 399)) if mode == "ps" else ("Postfiliale %d" % rng.randint(400, 699))
            txt = line + sep + pc + " " + city
            forms = ["packstation" if mode == "ps" else "postfiliale"] + (["multiline"] if multi else [])
            self.add(txt, "ADDRESS", {"cc": "de", "forms": forms, "cue": "block"})
        elif mode == "pr":
            cc = rng.choice(["fr", "fr", "fr", "be", "lu"])
            a = places.make_address(rng, cc)
            self.add(rng.choice(["Point Relais ", "Relais Colis : ", "Point Pickup "]))
            self.add(rng.choice(negs.NEG["SHOP"]), "NEG", "SHOP")
            self.add(sep if multi else " – ")
            txt = a["street"] + sep + a["city"]
            self.add(txt, "ADDRESS", {"cc": cc, "forms": ["point_relais"] + [f for f in a["forms"] if f != "unit"] + (["multiline"] if multi else []), "cue": "block"})
        elif mode == "lk":
            cc = rng.choice(["pl", "uk"])
            a = places.make_address(rng, cc)
            code = ("%s%02d%s" % (rng.choice(["WAW", "KRA", "GDA", "POZ", "WRO"]), rng.randint(1, 99), rng.choice("MNAH"))) if cc == "pl" else "%s%03d" % (rng.choice(["LDN", "MAN", "BIR", "LDS"]), rng.randint(1, 999))
            lab = "Paczkomat " + code if cc == "pl" else "InPost Locker " + code
            if cc == "pl":
                self.add("InPost", "NEG", "CARRIER")
                self.add(" ")
            txt = lab + sep + a["street"] + sep + a["city"]
            self.add(txt, "ADDRESS", {"cc": cc, "forms": ["locker"] + [f for f in a["forms"] if f != "unit"] + (["multiline"] if multi else []), "cue": "block"})

    # --- misc values ---
    def phone(self):
        r, l = self.rng, self.lang
        d = lambda n: places.D(r, n)
        if l == "en":
            return r.choice(["07700 900%s" % d(3), "+44 7700 900%s" % d(3), "(555) 01%s-%s" % (d(1), d(4))[:14] if False else "555-01%s" % d(2), "+1 555 01%s" % d(2), "087 %s %s" % (d(3), d(4))])
        if l == "de":
            return r.choice(["0151 %s" % d(8), "+49 170 %s" % d(7), "030 %s" % d(7), "+43 664 %s" % d(7), "+41 79 %s %s %s" % (d(3), d(2), d(2)), "0176-%s" % d(8)])
        return r.choice(["06 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "+33 7 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "+32 470 %s %s %s" % (d(2), d(2), d(2)), "+352 621 %s %s" % (d(3), d(3)), "01 %s %s %s %s" % (d(2), d(2), d(2), d(2))])

    def order(self):
        r = self.rng
        d = lambda n: places.D(r, n)
        return r.choice(["%s-%s-%s" % (d(3), d(7), d(7)), "ORD-2026-%s" % d(6), "#%s" % d(6), "FR%s" % d(9), "DE-%s" % d(8), "W%s" % d(9), "%s" % d(10), "CMD-%s-%s" % (d(4), d(4)), "A%s-%s" % (d(2), d(5))])

    def plain(self, k):
        r, l = self.rng, self.lang
        d = lambda n: places.D(r, n)
        if k == "DATE":
            dd, mm = r.randint(1, 28), r.randint(1, 12)
            return r.choice(["%02d.%02d.2026" % (dd, mm), "%02d/%02d/2026" % (dd, mm), "2026-%02d-%02d" % (mm, dd)]) if l != "en" else r.choice(["%d/%d/2026" % (dd, mm), "2026-%02d-%02d" % (mm, dd), "%d %s 2026" % (dd, ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Sep", "Oct", "Nov", "Dec"][r.randint(0, 9)])])
        if k == "TIME":
            return "%02d:%02d" % (r.randint(7, 21), r.randint(0, 59))
        if k == "TKT":
            return r.choice(["#%s" % d(5), "TCK-%s" % d(6), "CS%s" % d(7), "%s" % d(6)])
        if k == "TRK":
            return r.choice(["JJD%s" % d(16), "1Z%s%s" % ("".join(r.choice("ABCDEFGHJKLMNPRSTVWXY0123456789") for _ in range(6)), d(10)), "6A%s" % d(11), "%s" % d(14), "3S%s" % "".join(r.choice("ABCDEFGHKLMNPQRSTUVWXYZ") for _ in range(4)) + d(7)])
        if k == "AMT":
            v = "%d,%02d" % (r.randint(5, 480), r.randint(0, 99))
            if not getattr(self, "cur", None):
                self.cur = r.choice(["£", "€", "$"]) if l == "en" else r.choice([" €", " €", " €", " CHF"])
            return self.cur + v.replace(",", ".") if l == "en" else v + self.cur
        if k == "SKU":
            return "SKU-%s" % d(6)
        if k == "NUM":
            return str(r.randint(2, 9))
        raise KeyError(k)

    def neg_pool(self, t):
        l = self.lang
        if t == "COLOUR": return negs.COLOUR[l]
        if t == "WEEKDAY": return negs.WEEKDAY[l]
        if t == "MONTH": return negs.MONTH[l]
        if t == "JOB_TITLE": return negs.JOB_TITLE[l]
        if t == "TITLE": return negs.TITLE_W[l]
        if t == "NOUN": return negs.NOUN_DE
        return negs.NEG[t]

    def city_neg(self, pc=False):
        w = places.COUNTRY_W[self.lang]
        cc = self.rng.choices(list(w), list(w.values()))[0]
        city, p = places.city_alone(self.rng, cc)
        city = city.split(",")[0]
        for suf in (" RM", " MI", " NA", " TO", " BO", " FI", " PA", " ON", " QC", " BC", " AB", " NS", " MB"):
            if city.endswith(suf):
                city = city[:-len(suf)]
        if pc:
            if cc == "uk":
                p = p + " %d%s%s" % (self.rng.randint(1, 9), self.rng.choice(places.UKL), self.rng.choice(places.UKL))
            elif cc == "ca":
                p = p + " %d%s%d" % (self.rng.randint(0, 9), self.rng.choice(places.CAL), self.rng.randint(0, 9))
            elif cc == "ie":
                p = p + " " + "".join(self.rng.choice(places.EIR) for _ in range(4))
            elif cc == "nl":
                p = p + " " + self.rng.choice(places.NLL) + self.rng.choice(places.NLL)
            return p
        return city

    # --- main renderer ---
    def render(self, tpl):
        rng = self.rng
        pos = 0
        for m in TOK.finditer(tpl):
            self.add(tpl[pos:m.start()].replace("⟦", "{").replace("⟧", "}"))
            pos = m.end()
            self.token(m.group(1))
        self.add(tpl[pos:].replace("⟦", "{").replace("⟧", "}"))

    def token(self, t):
        rng = self.rng
        if t == "Q":
            self.q = True
            self.add("> ")
            return
        if t == "/Q":
            self.q = False
            return
        if t in ("U", "L"):
            self.fold = "upper" if t == "U" else "lower"
            return
        if t in ("/U", "/L"):
            self.fold = None
            return
        m = re.fullmatch(r"P(\d+)[mf]?\.(\w+)(?:\.(\w+))?", t)
        if m:
            slot, shape, cue = int(m.group(1)), m.group(2), m.group(3)
            if cue is None:
                cue = "repeat_mention" if shape == "rep" else "subject"
            p = self.person(slot)
            txt, sh = render_name(rng, p, shape)
            self.add(txt, "PERSON", {"slot": slot, "shape": sh, "cue": cue})
            return
        m = re.fullmatch(r"T(\d+)", t)
        if m:
            p = self.person(int(m.group(1)))
            self.add(TITLE[self.lang][0 if p.gender == "m" else 1])
            return
        m = re.fullmatch(r"g(\d+):(.*)", t, re.S)
        if m:
            p = self.person(int(m.group(1)))
            a, b = m.group(2).split("|")
            self.add(a if p.gender == "m" else b)
            return
        m = re.fullmatch(r"E(\d+)", t)
        if m:
            slot = int(m.group(1))
            p = self.person(slot)
            if slot == 1 and self.agent_domain:
                dom = self.agent_domain
            else:
                dom = rng.choice(DOMAINS)
            self.add(p.email_local + "@" + dom, "AUX", "EMAIL")
            return
        m = re.fullmatch(r"A(\d+)\.(\w+)", t)
        if m:
            self.render_addr(int(m.group(1)), m.group(2))
            return
        m = re.fullmatch(r"N:(\w+)", t)
        if m:
            self.add(rng.choice(self.neg_pool(m.group(1))), "NEG", m.group(1))
            return
        m = re.fullmatch(r"=(\w+):(.+)", t)
        if m:
            self.add(m.group(2), "NEG", m.group(1))
            return
        if t == "CITY":
            self.add(self.city_neg(), "NEG", "CITY"); return
        if t == "PC":
            self.add(self.city_neg(pc=True), "NEG", "POSTCODE"); return
        if t == "PH":
            self.add(self.phone(), "AUX", "PHONE"); return
        if t == "ORD":
            self.add(self.order(), "AUX", "ORDER_NUMBER"); return
        if t == "MAIL":  # role mailbox, plain-text EMAIL aux
            self.add(rng.choice(["support", "kundenservice", "service.client", "returns", "billing", "noreply"]) + "@" + (self.agent_domain or "shop.example"), "AUX", "EMAIL"); return
        self.add(self.plain(t))

    # --- finalize ---
    def finish(self, msg_fold=None):
        text_parts, spans, negatives = [], [], []
        off = 0
        seen = {}
        for pc in self.pieces:
            txt = pc["text"]
            if pc["q"]:
                txt = txt.replace("\n", "\n> ")
            f = pc["fold"] or msg_fold
            if f == "upper":
                txt = txt.upper()
            elif f == "lower":
                txt = txt.lower()
            b = txt.encode("utf-8")
            st, en = off, off + len(b)
            off = en
            text_parts.append(txt)
            k = pc["kind"]
            if k == "PERSON":
                info = pc["info"]
                p = self.persons[info["slot"]]
                sh = info["shape"]
                if f == "lower":
                    sh = {"given": "lowerg", "sur": "lowers", "upsur": "lowers", "upgiven": "lowerg", "ginit": "lower"}.get(sh, "lower")
                elif f == "upper":
                    sh = {"given": "upgiven", "sur": "upsur", "upsur": "upsur", "upgiven": "upgiven"}.get(sh, "upper")
                rep = info["slot"] in seen
                seen[info["slot"]] = True
                meta = {"origin": p.origin, "region": p.region, "shape": sh, "cue": info["cue"], "nonwestern": p.nonwestern,
                        "repeat": rep, "in_quote": pc["q"], "gender": p.gender, "hyph_given": p.hyph and sh not in ("sur", "upsur", "lowers", "init"),
                        "particle_surname": p.particle and sh not in ("given", "upgiven", "lowerg")}
                if sh == "init":
                    var = "initial_surname"
                elif sh == "mid":
                    var = "middle_initial"
                elif sh in ("sfirst", "sfup"):
                    var = "surname_first"
                elif sh in ("upper", "upgiven", "upsur"):
                    var = "uppercase"
                elif sh in ("lower", "lowerg", "lowers"):
                    var = "lowercase"
                elif meta["hyph_given"]:
                    var = "hyphenated"
                elif meta["particle_surname"]:
                    var = "particle"
                elif rep:
                    var = "repeat"
                else:
                    var = info["cue"]
                spans.append({"start": st, "end": en, "type": "PERSON", "variant": var, "meta": meta, "value": txt})
            elif k == "ADDRESS":
                info = pc["info"]
                forms = list(info["forms"])
                if f == "lower": forms.append("lower")
                if f == "upper": forms.append("upper")
                if pc["q"]: forms.append("in_quote")
                if info["cue"] == "prose" and "street_only" not in forms: forms.append("prose")
                var = None
                for v, fm in (("form_dump", "form_dump"), ("packstation", "packstation"), ("postfiliale", "postfiliale"), ("point_relais", "point_relais"),
                              ("locker", "locker"), ("street_only", "street_only"), ("lowercase", "lower"), ("uppercase", "upper"), ("prose", "prose"),
                              ("unit", "unit"), ("range_number", "range"), ("letter", "letter"), ("multiline", "multiline"), ("no_suffix", "no_suffix"),
                              ("country_prefix", "prefix"), ("num_before", "num_before"), ("num_after", "num_after")):
                    if fm in forms:
                        var = v
                        break
                var = var or "num_after"
                spans.append({"start": st, "end": en, "type": "ADDRESS", "variant": var,
                              "meta": {"country": info["cc"], "forms": forms, "cue": info["cue"], "in_quote": pc["q"]}, "value": txt})
            elif k == "AUX":
                spans.append({"start": st, "end": en, "type": pc["info"], "variant": "aux", "meta": {"in_quote": pc["q"]}, "value": txt})
            elif k == "NEG":
                negatives.append({"start": st, "end": en, "type": pc["info"], "value": txt})
        return "".join(text_parts), spans, negatives
