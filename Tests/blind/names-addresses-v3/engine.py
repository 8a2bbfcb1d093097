"""Template engine: renders hand-written frames, tracking spans (char offsets, converted to UTF-8 bytes at the end)."""
import json
import re
import unicodedata

import names as N
import places as PL
from negs import NEG, WORD_CTX

NAMES = N.parse()
ALLC = ["de", "at", "ch", "be", "lu", "nl", "dk", "fr", "uk", "ie", "us", "ca", "es", "it", "pl", "cz", "se"]
LOC = {"en": ["uk"] * 4 + ["ie"] * 2 + ["us"] * 3 + ["ca"] * 2,
       "de": ["de"] * 5 + ["at"] * 3 + ["ch"] * 3 + ["lu"],
       "fr": ["fr"] * 5 + ["be"] * 3 + ["ch"] * 2 + ["lu"] + ["ca"]}
FOREIGN = ["es", "it", "pl", "cz", "se", "dk", "nl", "be", "lu", "at", "ch", "de", "fr", "uk", "ie", "us", "ca"]
CITIES = {"en": ["Manchester", "Glasgow", "Truro", "Cork", "Leeds", "Aberdeen", "Boston", "Toronto", "Bristol", "Inverness", "Galway", "Seattle"],
          "de": ["Leipzig", "Regensburg", "Graz", "Basel", "Rosenheim", "Kiel", "Innsbruck", "Luzern", "Passau", "Bremen", "Linz", "Winterthur"],
          "fr": ["Lyon", "Bastia", "Rodez", "Liège", "Genève", "Toulouse", "Ajaccio", "Namur", "Brest", "Albi", "Nantes", "Lausanne"]}
SHAPE = {"init": "initial_surname", "mid": "middle_initial", "sfirst": "surname_first", "upper": "surname_upper",
         "lower": "lowercase", "glower": "lowercase", "hyph": "hyphen_given", "part": "particle", "nw": "non_western"}
TITLES = {"en": {"m": ["Mr", "Mr."], "f": ["Ms", "Mrs", "Ms.", "Miss"]},
          "de": {"m": ["Herr"], "f": ["Frau"]},
          "fr": {"m": ["M.", "Monsieur"], "f": ["Mme", "Madame", "Mme"]}}
GT = {"en": {"m": ["Dear Mr", "Hello Mr", "Dear Mr."], "f": ["Dear Ms", "Dear Mrs", "Hello Ms"]},
      "de": {"m": ["Sehr geehrter Herr", "Guten Tag Herr", "Lieber Herr", "Grüezi Herr"], "f": ["Sehr geehrte Frau", "Guten Tag Frau", "Liebe Frau", "Grüezi Frau"]},
      "fr": {"m": ["Cher Monsieur", "Bonjour M.", "Bonjour Monsieur"], "f": ["Chère Madame", "Bonjour Mme", "Bonjour Madame"]}}
MONTHS = {"may", "june", "august", "april", "march", "mai", "juni", "märz", "juin", "août", "avril", "mars"}
PRON = {"en": {"f": "she", "m": "he"}, "de": {"f": "sie", "m": "er"}, "fr": {"f": "elle", "m": "il"}}
REL = {"en": {"m": ["my brother", "my husband", "my father-in-law", "my son", "my neighbour", "my flatmate", "my grandad", "my stepdad"],
              "f": ["my sister", "my wife", "my mother-in-law", "my daughter", "my neighbour", "my gran", "my niece", "my aunt"]},
       "de": {"m": ["mein Bruder", "mein Mann", "mein Schwiegervater", "mein Sohn", "mein Nachbar", "mein Mitbewohner", "mein Opa", "mein Neffe"],
              "f": ["meine Schwester", "meine Frau", "meine Schwiegermutter", "meine Tochter", "meine Nachbarin", "meine Oma", "meine Tante", "meine Mitbewohnerin"]},
       "fr": {"m": ["mon frère", "mon mari", "mon beau-père", "mon fils", "mon voisin", "mon colocataire", "mon grand-père", "mon neveu"],
              "f": ["ma sœur", "ma femme", "ma belle-mère", "ma fille", "ma voisine", "ma grand-mère", "ma tante", "ma nièce"]}}
DOMAINS = {"en": ["gmail.com", "outlook.com", "btinternet.com", "icloud.com", "yahoo.co.uk", "proton.me", "eircom.net"],
           "de": ["gmx.de", "web.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de", "mailbox.org"],
           "fr": ["orange.fr", "free.fr", "laposte.net", "yahoo.fr", "sfr.fr", "skynet.be", "pt.lu"]}
PRODUCTS = {"en": ["rain jacket", "desk lamp", "wool throw", "phone case", "kettle", "trainers", "duvet cover", "backpack"],
            "de": ["Regenjacke", "Schreibtischlampe", "Wolldecke", "Handyhülle", "Wasserkocher", "Turnschuhe", "Bettwäsche", "Rucksack"],
            "fr": ["imperméable", "lampe de bureau", "plaid en laine", "coque de téléphone", "bouilloire", "baskets", "housse de couette", "sac à dos"]}
LOCKERS = [("pl", "InPost Paczkomat WAW22A", "CARRIER"), ("pl", "InPost Paczkomat KRA01M", "CARRIER"), ("cz", "Zásilkovna Z-BOX", "CARRIER"),
           ("uk", "Amazon Hub Locker Juniper", "STORE"), ("uk", "Amazon Hub Locker Henrietta", "STORE"), ("uk", "InPost Locker", "CARRIER"),
           ("se", "PostNord Paketbox", "CARRIER"), ("dk", "GLS Pakkeshop", "CARRIER"), ("nl", "DHL ServicePoint Albert Heijn", "STORE"),
           ("es", "Citypaq Correos", "CARRIER"), ("it", "Amazon Locker Clementina", "STORE"), ("fr", "Pickup Station", "CARRIER"),
           ("ie", "An Post Parcel Locker", "CARRIER"), ("at", "Post Abholstation", "CARRIER"), ("ch", "My Post 24", "CARRIER"),
           ("be", "bpost Parcel Locker", "CARRIER"), ("de", "Amazon Hub Locker Marmelade", "STORE")]
RELAIS = ["Tabac Le Narval", "Presse de la Mairie", "Bar-Tabac Le Totem", "Épicerie Chez Lulu", "Pressing Saint-Jean",
          "Fleuriste Marguerite", "Boulangerie Paulette", "Librairie Les Deux Mondes", "Supérette Casino"]


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ł", "l").replace("Ł", "L").replace("þ", "th").replace("Þ", "Th").replace("ð", "d").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and (c.isalnum() or c in "-")).lower()


USED_GIVEN, USED_SUR = set(), set()


class Person:
    pass


class Render:
    def __init__(self, rng, lang, register, kind):
        self.r, self.lang, self.register, self.kind = rng, lang, register, kind
        self.text = ""
        self.spans, self.negs = [], []
        self.people = {}
        self.req = {}

    # ---------- people
    def make_person(self, slot):
        r = self.r
        req = self.req.get(slot, set())
        p = Person()
        g = "f" if "f" in req else "m" if "m" in req else r.choice("mf")
        p.gender = g
        if "any" in req and not req & {"hyph", "part", "nw"}:
            x = r.random()
            extra = "hyph" if x < 0.1 else "part" if x < 0.2 else "nw" if x < 0.35 else None
            if extra:
                req = set(req) | {extra}
        if "nw" in req:
            org = r.choice(sorted(N.NON_WESTERN))
        elif r.random() < 0.35:
            org = r.choice(N.HOME[self.lang])
        else:
            org = r.choice(sorted(N.ORIGINS))
        d = NAMES[org]
        given = r.choice(d[g])
        if "init" in req and self.lang == "fr":
            for _ in range(20):
                if not given.startswith("M"):
                    break
                given = r.choice(d[g])
        m, f = r.choice(d["s"])
        sur = f if g == "f" else m
        p.origin = org
        if "hyph" in req:
            cands = [h for h in N.HYPHEN_GIVEN if h[1] == g]
            ho, _, given = r.choice(cands)
            p.origin = ho
            if ho in NAMES:
                m, f = r.choice(NAMES[ho]["s"]); sur = f if g == "f" else m
        if "part" in req:
            po, sur = r.choice(N.PARTICLE)
            p.origin = po
            pd = NAMES.get(po)
            if pd and "hyph" not in req:
                given = r.choice(pd[g])
        p.given, p.sur = given, sur
        order = NAMES[p.origin]["order"] if p.origin in NAMES else "gs"
        if order == "mixed":
            order = r.choice(["gs", "sg"])
        p.order = order
        full_sur = sur
        if p.origin in ("es", "cl") and r.random() < 0.5 and "part" not in req:
            m2, f2 = r.choice(NAMES[p.origin]["s"])
            if m2 != sur:
                full_sur = sur + " " + m2
        p.full_sur = full_sur
        if p.origin == "so" and r.random() < 0.5 and "part" not in req:
            p.full = f"{given} {r.choice(NAMES['so']['m'])} {sur}"
        elif order == "sg":
            p.full = f"{full_sur} {given}"
        else:
            p.full = f"{given} {full_sur}"
        p.nw = p.origin in N.NON_WESTERN
        p.particle = "part" in req
        p.hyph = "-" in given
        p.accented = any(ord(c) > 127 for c in p.full)
        self.people[slot] = p
        return p

    def person(self, slot):
        return self.people.get(slot) or self.make_person(slot)

    def pform(self, p, form):
        r = self.r
        if form == "given":
            return p.given
        if form in ("full", "hyph", "part", "nw", "any"):
            return p.full
        if form == "sur":
            return p.sur
        if form == "init":
            if "-" in p.given:
                ini = "-".join(x[0] + "." for x in p.given.split("-"))
            else:
                ini = p.given[0] + "."
            return f"{ini} {p.full_sur}"
        if form == "mid":
            return f"{p.given} {r.choice(N.MIDDLE_LETTERS)}. {p.full_sur}"
        if form == "sfirst":
            return f"{p.full_sur}, {p.given}"
        if form == "upper":
            return f"{p.full_sur.upper()} {p.given}"
        if form == "lower":
            return p.full.lower()
        if form == "glower":
            return p.given.lower()
        raise ValueError(form)

    # ---------- output
    def emit(self, s):
        self.text += s

    def span(self, s, typ, variant=None, **extra):
        st = len(self.text)
        self.text += s
        if typ.startswith("NEGATIVE_"):
            self.negs.append([st, len(self.text), typ])
        else:
            self.spans.append([st, len(self.text), typ, variant, extra])

    # ---------- template
    def prescan(self, tpl):
        for m in re.finditer(r"\[\[P ([^\s\]]+) ([^\s\]]+) ([^\s\]]+)((?: [^\s\]]+)*)\]\]", tpl):
            v, form, slot, flags = m.group(1), m.group(2), m.group(3), m.group(4).split()
            s = self.req.setdefault(slot, set())
            if form in ("hyph", "part", "nw", "init", "any"):
                s.add(form)
            for fl in flags:
                if fl in ("f", "m", "nw"):
                    s.add(fl)

    def run(self, tpl):
        self.prescan(tpl)
        self.expand(tpl)

    def expand(self, tpl):
        i = 0
        while i < len(tpl):
            j = tpl.find("[[", i)
            if j < 0:
                self.emit(tpl[i:]); return
            self.emit(tpl[i:j])
            depth, k = 0, j
            while k < len(tpl):
                if tpl.startswith("[[", k):
                    depth += 1; k += 2; continue
                if tpl.startswith("]]", k):
                    depth -= 1; k += 2
                    if depth == 0:
                        break
                    continue
                k += 1
            self.ph(tpl[j + 2:k - 2])
            i = k

    def split_top(self, s):
        out, depth, cur, k = [], 0, "", 0
        while k < len(s):
            if s.startswith("[[", k):
                depth += 1; cur += "[["; k += 2; continue
            if s.startswith("]]", k):
                depth -= 1; cur += "]]"; k += 2; continue
            if s[k] == "|" and depth == 0:
                out.append(cur); cur = ""; k += 1; continue
            cur += s[k]; k += 1
        out.append(cur)
        return out

    def esc(self, s, flags):
        if "ju" in flags:
            return json.dumps(s, ensure_ascii=True)[1:-1]
        if "j" in flags:
            return json.dumps(s, ensure_ascii=False)[1:-1]
        return s

    def pick_cc(self, spec):
        r = self.r
        if spec == "loc":
            return r.choice(LOC[self.lang])
        if spec == "*":
            return r.choice(LOC[self.lang]) if r.random() < 0.6 else r.choice(FOREIGN)
        return r.choice(spec.split(","))

    def ph(self, c):
        r, lang = self.r, self.lang
        if c.startswith("R "):
            self.expand(r.choice(self.split_top(c[2:])))
            return
        if c.startswith("N:"):
            _, typ, txt = c.split(":", 2)
            self.span(txt, "NEGATIVE_" + typ)
            return
        parts = c.split()
        t = parts[0]
        if t == "P":
            variant, form, slot = parts[1:4]
            flags = set(parts[4:])
            p = self.person(slot)
            val = self.pform(p, form)
            if "q" in flags:
                self.emit('"')
            if variant == "-" or (form in SHAPE and variant not in ("json_name", "csv")):
                if form in SHAPE:
                    variant = SHAPE[form]
                elif variant == "-":
                    variant = "particle" if p.particle else "hyphen_given" if p.hyph and form != "sur" else "non_western" if p.nw else "accented" if any(ord(ch) > 127 for ch in val) else "plain"
            if form == "nw" and not p.nw:
                variant = "plain"
            self.span(self.esc(val, flags), "PERSON", variant, origin=p.origin)
            if form not in ("sur", "init"):
                USED_GIVEN.add(p.given)
            if form not in ("given", "glower"):
                USED_SUR.add(p.sur)
            if "q" in flags:
                self.emit('"')
        elif t == "T":
            p = self.person(parts[1])
            self.emit(r.choice(TITLES[lang][p.gender]))
        elif t == "GT":
            p = self.person(parts[1])
            self.emit(r.choice(GT[lang][p.gender]))
        elif t == "G":
            p = self.person(parts[1])
            alts = c.split(None, 2)[2].split("|")
            self.emit(alts[0] if p.gender == "f" else alts[1])
        elif t == "PRON":
            p = self.person(parts[1])
            self.emit(PRON[lang][p.gender])
        elif t == "REL":
            p = self.person(parts[1])
            rel = r.choice(REL[lang][p.gender])
            self.emit(rel[0].upper() + rel[1:] if "cap" in parts[2:] else rel)
        elif t == "E":
            slot = parts[1]
            if slot == "-":
                e = r.choice(["service", "kundenservice", "sav", "support", "returns", "info"]) + "@" + r.choice(["nordlicht-living.de", "maison-aubertin.fr", "bergblick-shop.at", "harrowandfinch.co.uk", "fjellgear.com", "lavande-et-sel.fr"])
            else:
                p = self.person(slot)
                g, s = fold(p.given), fold(p.sur.split()[-1])
                e = r.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}{r.randint(1, 99)}", f"{s}.{g}", f"{g}_{s}"]) + "@" + r.choice(DOMAINS[lang])
            self.span(self.esc(e, set(parts[2:])), "EMAIL", "aux")
        elif t == "PH":
            cc = self.pick_cc(parts[1]) if len(parts) > 1 else r.choice(LOC[lang])
            d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
            ph = {"de": r.choice([f"+49 151 {d(8)}", f"0171 {d(7)}", f"+49 (0)89 {d(6)}"]),
                  "at": f"+43 664 {d(7)}", "ch": r.choice([f"+41 79 {d(3)} {d(2)} {d(2)}", f"079 {d(3)} {d(2)} {d(2)}"]),
                  "fr": r.choice([f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 7 {d(2)} {d(2)} {d(2)} {d(2)}"]),
                  "be": f"+32 47{d(1)} {d(2)} {d(2)} {d(2)}", "lu": f"+352 621 {d(3)} {d(3)}",
                  "uk": r.choice([f"07700 {d(6)}", f"+44 7911 {d(6)}", f"0131 {d(3)} {d(4)}"]), "ie": f"+353 87 {d(3)} {d(4)}",
                  "us": f"({r.randint(201, 989)}) 555-{d(4)}", "ca": f"({r.randint(204, 905)}) 555-{d(4)}",
                  }.get(cc, f"+46 70 {d(3)} {d(2)} {d(2)}")
            self.span(ph, "PHONE", "aux")
        elif t == "A":
            self.address(parts[1], parts[2], parts[3], set(parts[4:]))
        elif t == "AP":
            self.special(parts[1], parts[2], set(parts[3:]))
        elif t == "N":
            typ = parts[1]
            flags = set(parts[2:])
            if typ == "CITY":
                val = r.choice(CITIES[lang])
            elif typ == "DATE" and ("mon" in flags or "day" in flags):
                lst = [x for x in NEG["DATE"][lang] if (x.lower() in MONTHS) == ("mon" in flags)]
                val = r.choice(lst)
            else:
                lst = NEG[typ]
                if isinstance(lst, dict):
                    lst = lst[lang]
                val = r.choice(lst)
            if "lower" in flags:
                val = val.lower()
            self.span(self.esc(val, flags), "NEGATIVE_" + typ)
        elif t == "WCTX":
            self.expand(r.choice(WORD_CTX[lang]))
        elif t == "ID":
            self.emit(r.choice(["#", "", "A-", "NL-", "FR", "W"]) + str(r.randint(100000, 9999999)))
        elif t == "NUM":
            self.emit(str(r.randint(1, 60)))
        elif t == "SKU":
            sku = r.choice([f"SKU {r.choice(['WLF', 'TBK', 'MOP', 'HGB', 'JWK'])}-{r.randint(1000, 9999)}-{r.choice(['BLK', 'NVY', 'OLV', 'RSE'])}",
                            f"Art.-Nr. {r.randint(1000, 9999)}-{r.randint(10, 99)}", f"Réf. {r.choice(['CH', 'FR', 'LU'])}-{r.randint(1000, 9999)}-{r.choice('ABC')}",
                            f"{r.randint(10000, 99999)}-{r.choice(['S', 'M', 'L', 'XL'])}", f"EAN 40{r.randint(10**10, 10**11 - 1)}"])
            self.span(sku, "NEGATIVE_SKU")
        elif t == "PC":
            cc = self.pick_cc(parts[1])
            a = PL.build(r, cc, lang)
            pc = a.parts[2] if cc in ("uk", "ie", "us", "ca") else a.parts[1]
            self.span(pc, "NEGATIVE_POSTCODE")
        elif t == "CITY":
            self.span(r.choice(CITIES[lang]), "NEGATIVE_CITY")
        elif t == "PROD":
            self.emit(r.choice(PRODUCTS[lang]))
        else:
            raise ValueError("bad placeholder " + c)

    def address(self, variant, ccspec, style, flags):
        r, lang = self.r, self.lang
        cc = self.pick_cc(ccspec)
        a = PL.build(r, cc, lang, unit="unit" in flags, rng="rng" in flags, ctry="cty" in flags)
        if style == "one":
            s = ", ".join(a.lines)
        elif style == "multi":
            s = "\n".join(a.lines)
        elif style == "street":
            s = a.street_line
        elif style == "sname":
            s = a.sname
        elif style == "csv":
            sep = ";" if "sc" in flags else "\t" if "tab" in flags else ","
            vals = list(a.parts) + ([PL.COUNTRY_NAME[cc][lang]] if "cty" in flags else [])
            if any(sep in v for v in vals):
                vals = ['"%s"' % v if sep in v else v for v in vals]
                # quote chars of first/last value would sit inside the span; strip outer ones from the span below
            s = sep.join(vals)
        elif style == "form":
            st, pc, city = a.parts
            if cc in ("uk", "ie", "us", "ca"):
                st, city, pc = a.parts
            lab = {"en": [("Address line 1: ", st), ("Town/City: ", city), ("Postcode: ", pc)],
                   "de": [("Straße/Nr.: ", st), ("PLZ: ", pc), ("Ort: ", city)],
                   "fr": [("Adresse : ", st), ("Code postal : ", pc), ("Ville : ", city)]}[lang]
            if lang == "de" and r.random() < 0.5:
                lab = [("Straße: ", st), ("PLZ/Ort: ", f"{pc} {city}")]
            if "nolab" not in flags:
                self.emit(lab[0][0])
            s = lab[0][1] + "".join("\n" + l + v for l, v in lab[1:])
            if "cty" in flags:
                s += "\n" + {"en": "Country: ", "de": "Land: ", "fr": "Pays : "}[lang] + PL.COUNTRY_NAME[cc][lang]
        elif style == "jsonf":
            st, p1, p2 = a.parts
            k = r.choice([("postcode", "city"), ("zip", "city"), ("postal_code", "town")])
            if cc in ("uk", "ie", "us", "ca"):
                k = (k[1], k[0])
            s = f'{self.esc(st, flags)}", "{k[0]}": "{self.esc(p1, flags)}", "{k[1]}": "{self.esc(p2, flags)}'
            if "cty" in flags:
                s += f'", "country": "{self.esc(PL.COUNTRY_NAME[cc]["en"], flags)}'
            flags = flags - {"j", "ju"}
        else:
            raise ValueError(style)
        if "lower" in flags:
            s = s.lower()
        if "up" in flags:
            s = s.upper()
        s = self.esc(s, flags)
        if variant == "-":
            variant = {"csv": "csv", "form": "form_fields", "jsonf": "json_field", "street": "street_only", "sname": "street_name"}.get(style)
            if not variant:
                variant = "lowercase" if "lower" in flags else "unit" if "unit" in flags else "range_number" if "rng" in flags else "multiline" if style == "multi" else cc
        country = None if style == "sname" else cc
        if style == "csv" and s.startswith('"'):
            self.emit('"'); s = s[1:]
            tail = s.endswith('"')
            if tail: s = s[:-1]
            self.span(s, "ADDRESS", variant, country=country)
            if tail: self.emit('"')
            return
        if style == "csv" and s.endswith('"'):
            self.span(s[:-1], "ADDRESS", variant, country=country); self.emit('"'); return
        self.span(s, "ADDRESS", variant, country=country)

    def special(self, variant, kind, flags):
        r, lang = self.r, self.lang
        sep = "\n" if "multi" in flags else ", "
        if kind.startswith("pobox"):
            cc = self.pick_cc(kind.split(":", 1)[1]) if ":" in kind else self.pick_cc("loc")
            lines = PL.pobox(r, cc, lang)
            s = sep.join(lines)
            self.span(self.esc(s, flags), "ADDRESS", "pobox" if variant == "-" else variant, country=cc)
        elif kind == "pack":
            lines = PL.packstation(r)
            s = sep.join(lines)
            self.span(self.esc(s, flags), "ADDRESS", "packstation" if variant == "-" else variant, country="de")
        elif kind == "locker":
            cc, brand, typ = r.choice(LOCKERS)
            a = PL.build(r, cc, lang)
            self.span(brand, "NEGATIVE_" + typ)
            self.emit(r.choice([" – ", " - ", ", "]))
            self.span(", ".join(a.lines), "ADDRESS", "locker" if variant == "-" else variant, country=cc)
        elif kind == "relais":
            cc = r.choice(["fr", "fr", "fr", "be", "lu"])
            a = PL.build(r, cc, "fr")
            self.span(r.choice(RELAIS), "NEGATIVE_STORE")
            self.emit(r.choice([" – ", " - ", ", ", "\n"]))
            self.span(sep.join(a.lines), "ADDRESS", "relais" if variant == "-" else variant, country=cc)
        else:
            raise ValueError(kind)

    def record(self, rid):
        b = lambda i: len(self.text[:i].encode("utf-8"))
        tb = self.text.encode("utf-8")
        spans = []
        for st, en, typ, var, extra in self.spans:
            d = {"start": b(st), "end": b(en), "type": typ, "variant": var, "value": self.text[st:en]}
            d.update(extra)
            spans.append(d)
        negs = [{"start": b(st), "end": b(en), "type": typ, "value": self.text[st:en]} for st, en, typ in self.negs]
        return {"id": rid, "lang": self.lang, "register": self.register, "kind": self.kind, "text": self.text,
                "spans": spans, "negatives": negs}
