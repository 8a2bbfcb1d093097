#!/usr/bin/env python3
"""Generator for blind set names-addresses-v2 (seeded, deterministic, stdlib only).
   python3 gen.py  -> writes set.jsonl"""
import json, random, re, sys
import names as N, places as P, negs as NG
from frames import FRAMES

rng = random.Random(20261205)
LOCAL = {"en": ["UK", "IE", "WA", "CB", "IN", "NG", "GH", "QC"], "de": ["DE", "AT", "CH", "AL", "PL", "TR", "HU", "FL"],
         "fr": ["FR", "BR", "QC", "MA", "SN", "CD", "AL", "FL", "CH"]}
ALL_O = list(N.ORIGINS)
HYPH = [(g, s, o) for o in ALL_O for g, s in N.GIVEN[o] if "-" in g]
PART_GIVEN = {"NL": "FL", "ES": "PT", "AR": "MA", "IEf": "IE", "QC": "QC"}

def jesc(s):  # JSON string escape, keep non-ASCII
    return json.dumps(s, ensure_ascii=False)[1:-1]
def uesc(s):  # JSON string escape with \u for non-ASCII
    return json.dumps(s, ensure_ascii=True)[1:-1]
def noesc(s): return s

class Person:
    def __init__(s, given, surname, gender, origin, kind="plain"):
        s.given, s.surname, s.gender, s.origin, s.kind = given, surname, gender, origin, kind
    def full(s):
        if s.origin == "VN":
            return f"{s.surname} {s.mid} {s.given}"
        if s.origin == "HU" and getattr(s, "hu_order", False):
            return f"{s.surname} {s.given}"
        return f"{s.given} {s.surname}"

def pick_origin(lang, pool=None):
    if pool: return rng.choice(pool)
    return rng.choice(LOCAL[lang]) if rng.random() < 0.45 else rng.choice(ALL_O)

def new_person(lang, gender=None, kind="plain"):
    if kind == "hyphen":
        cands = [h for h in HYPH if gender is None or h[1] == gender]
        g, gd, o = rng.choice(cands)
        s = rng.choice(N.SURN[rng.choice(ALL_O)])
        p = Person(g, s, gd, o, "hyphen")
        return p
    if kind == "particle":
        sur, po = rng.choice(N.PARTICLE_SURNAMES)
        go = PART_GIVEN.get(po, po) if PART_GIVEN.get(po, po) in N.GIVEN else rng.choice(ALL_O)
        if po == "IEf": gender = "f"
        cands = [x for x in N.GIVEN[go] if gender is None or x[1] == gender]
        g, gd = rng.choice(cands)
        return Person(g, sur, gd, go, "particle")
    if kind == "nw":
        o = rng.choice(sorted(N.NW_ORIGINS))
    else:
        o = pick_origin(lang)
    cands = [x for x in N.GIVEN[o] if gender is None or x[1] == gender]
    g, gd = rng.choice(cands)
    s = rng.choice(N.SURN[o])
    if gd == "f": s = N.female_surname(s, o)
    p = Person(g, s, gd, o, "nw" if o in N.NW_ORIGINS else "plain")
    if o == "VN":
        p.mid = rng.choice(N.VN_MID[gd])
        if rng.random() < 0.3:
            p.given, p.surname, p.mid = (x.translate(N.ASCII_FOLD) for x in (p.given, p.surname, p.mid))
    if o == "HU": p.hu_order = rng.random() < 0.5
    return p

USED_G, USED_S = set(), set()

def auto_variant(p, text, var):
    if var != "plain": return var
    if p.kind == "particle": return "particle"
    if p.kind == "hyphen" or "-" in p.given: return "hyphen_given"
    if p.kind == "nw": return "non_western"
    if any(ord(c) > 127 for c in text): return "accented"
    return "plain"

# ---------------- addresses ----------------
def hn(style=None):
    """house number; returns (text, is_range)"""
    r = rng.random() if style is None else style
    n = rng.choice([rng.randint(1, 30), rng.randint(1, 140), rng.randint(1, 260)])
    if r < 0.72: return str(n), False
    k = rng.choice(["a", "b", "A", " c", "-", "–", "bis", "ter"])
    if k in ("-", "–"): return f"{n}{k}{n + rng.choice([2, 4, 6])}", True
    if k in ("bis", "ter"): return f"{n} {k}", True
    return f"{n}{k}", True

def uk_pc(out):
    return f"{out} {rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
def nl_letters():
    while True:
        l = rng.choice("ABCDEGHJKLMNPRTVWXZ") + rng.choice("ABCDEGHJKLMNPRTVWXZ")
        if l not in ("SS", "SA", "SD"): return l
def eircode(rk):
    ch = "ACDEFHKNPRTVWXY0123456789"
    return rk + " " + rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(ch) for _ in range(3))

def addr(cc, fr_lang=False):
    """returns (lines, is_range_number, unit)"""
    LAST_CC[0] = cc
    num, rg = hn()
    unit = None
    if cc == "de":
        st = rng.choice(P.DE_STREETS); pc, city = rng.choice(P.DE_CITIES)
        if rng.random() < 0.1: pc = "D-" + pc
        l1 = f"{st} {num}"
        if rng.random() < 0.2: unit = rng.choice(["3. OG", "Hinterhaus", f"Whg. {rng.randint(1,40)}", "2. Etg. links", "Gartenhaus, 1. OG", "Etg. 4"])
        lines = [l1] + ([unit] if unit else []) + [f"{pc} {city}"]
        if rng.random() < 0.12: lines.append(rng.choice(["Deutschland", "Germany", "DE"]))
    elif cc == "at":
        st = rng.choice(P.AT_STREETS); pc, city = rng.choice(P.AT_CITIES)
        if rng.random() < 0.25: pc = "A-" + pc
        r = rng.random()
        if r < 0.3: l1 = f"{st} {num}/{rng.randint(1,5)}/{rng.randint(1,30)}"; unit = 1
        elif r < 0.55: l1 = f"{st} {num}, Stiege {rng.randint(1,4)}, Top {rng.randint(1,28)}"; unit = 1
        elif r < 0.7: l1 = f"{st} {num}/Top {rng.randint(1,20)}"; unit = 1
        else: l1 = f"{st} {num}"
        lines = [l1, f"{pc} {city}"] + ([rng.choice(["Österreich", "Austria"])] if rng.random() < 0.2 else [])
    elif cc == "ch":
        if fr_lang or rng.random() < 0.25:
            st = rng.choice(P.CH_FR_STREETS); pc, city = rng.choice(P.CH_FR_CITIES)
        else:
            st = rng.choice(P.CH_STREETS); pc, city = rng.choice(P.CH_CITIES)
        if rng.random() < 0.4: pc = "CH-" + pc
        l1 = f"{st} {num}"
        lines = [l1, f"{pc} {city}"] + (["Schweiz" if not fr_lang else "Suisse"] if rng.random() < 0.2 else [])
    elif cc == "be":
        if fr_lang or rng.random() < 0.4:
            st = rng.choice(P.BE_FR_STREETS); pc, city = rng.choice(P.BE_FR_CITIES); box = "bte"
        else:
            st = rng.choice(P.BE_NL_STREETS); pc, city = rng.choice(P.BE_NL_CITIES); box = "bus"
        if rng.random() < 0.15: pc = "B-" + pc
        l1 = f"{st} {num}" + (f" {box} {rng.randint(1,30)}" if rng.random() < 0.35 else "")
        lines = [l1, f"{pc} {city}"] + ([rng.choice(["Belgique", "België", "Belgium"])] if rng.random() < 0.2 else [])
    elif cc == "lu":
        st = rng.choice(P.LU_STREETS); pc, city = rng.choice(P.LU_CITIES)
        lines = [f"{num}, {st}", f"L-{pc} {city}"] + (["Luxembourg"] if rng.random() < 0.15 and city != "Luxembourg" else [])
    elif cc == "nl":
        st = rng.choice(P.NL_STREETS); pc, city = rng.choice(P.NL_CITIES)
        n2 = num + rng.choice(["", "", "-1", "-II", " hs", "A"])
        pcs = f"{pc} {nl_letters()}" if rng.random() < 0.8 else f"{pc}{nl_letters()}"
        if rng.random() < 0.15: pcs = "NL " + pcs
        lines = [f"{st} {n2}", f"{pcs} {city}"] + (["Nederland"] if rng.random() < 0.15 else [])
        rg = rg or n2 != num
    elif cc == "fr":
        st = rng.choice(P.FR_STREETS); pc, city = rng.choice(P.FR_CITIES)
        l1 = f"{num} {st}" if rng.random() < 0.8 else f"{num}, {st}"
        pre = []
        if rng.random() < 0.25:
            unit = rng.choice([f"Bât. {rng.choice('ABCDE')}", f"Bâtiment {rng.choice('ABC')}, {rng.randint(1,7)}e étage",
                               f"Résidence Les Tilleuls, Apt {rng.randint(1,80)}", f"{rng.randint(1,6)}e étage gauche", f"Escalier {rng.randint(1,4)}, porte {rng.randint(1,30)}"])
            pre = [unit]
        cedex = " Cedex" if rng.random() < 0.06 else ""
        lines = pre + [l1, f"{pc} {city.upper() if rng.random() < 0.3 else city}{cedex}"] + (["France"] if rng.random() < 0.15 else [])
    elif cc == "uk":
        st = rng.choice(P.UK_STREETS); out, town = rng.choice(P.UK_TOWNS)
        l1 = f"{num} {st}"
        pre = [f"Flat {rng.randint(1,12)}{rng.choice(['', 'B', 'A'])}"] if rng.random() < 0.25 else []
        if pre: unit = 1
        pc = uk_pc(out)
        tl = [town.upper() if rng.random() < 0.3 else town, pc] if rng.random() < 0.5 else [f"{town} {pc}"]
        lines = pre + [l1] + tl + (["United Kingdom"] if rng.random() < 0.12 else [])
    elif cc == "us":
        st = rng.choice(P.US_STREETS); city, stt, z3 = rng.choice(P.US_CITIES)
        num = str(rng.randint(10, 9800)); rg = False
        apt = rng.choice(["", "", f" Apt {rng.randint(1,20)}{rng.choice('ABCD')}", f" Unit {rng.randint(1,300)}", f" Suite {rng.randint(100,950)}", f" #{rng.randint(1,40)}"])
        if apt: unit = 1
        z = f"{z3}{rng.randint(0,99):02d}" + (f"-{rng.randint(0,9999):04d}" if rng.random() < 0.3 else "")
        lines = [f"{num} {st}{apt}", f"{city}, {stt} {z}"] + (["USA"] if rng.random() < 0.12 else [])
    elif cc == "ca":
        if fr_lang or rng.random() < 0.3:
            st = rng.choice(P.CA_STREETS_FR); city, pr, fsa = rng.choice(P.CA_CITIES_FR)
            num = str(rng.randint(10, 9800))
            lines = [f"{num}, {st}" + (f", app. {rng.randint(1,30)}" if rng.random() < 0.3 else ""), f"{city} ({'Québec' if rng.random() < 0.5 else 'QC'}) {fsa} {rng.randint(0,9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0,9)}"]
        else:
            st = rng.choice(P.CA_STREETS_EN); city, pr, fsa = rng.choice(P.CA_CITIES_EN)
            num = str(rng.randint(10, 3000))
            if rng.random() < 0.3: num = f"{rng.randint(100,2400)}-{num}"; unit = 1
            lines = [f"{num} {st}", f"{city}, {pr} {fsa} {rng.randint(0,9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0,9)}"]
        rg = False
        if rng.random() < 0.12: lines.append("Canada")
    elif cc == "ie":
        st = rng.choice(P.IE_STREETS); town, rk = rng.choice(P.IE_TOWNS)
        num = str(rng.randint(1, 120)); rg = False
        pre = [f"Apt {rng.randint(1,40)}, {rng.choice(['The Maltings', 'Gasworks Apartments', 'Cois Abhann'])}"] if rng.random() < 0.2 else []
        lines = pre + [f"{num} {st}", town, eircode(rk)] + (["Ireland"] if rng.random() < 0.15 else [])
    elif cc == "dk":
        st = rng.choice(P.DK_STREETS); pc, city = rng.choice(P.DK_CITIES)
        fl = rng.choice(["", "", f", {rng.randint(1,5)}. th.", f", {rng.randint(1,5)}. tv.", ", st. tv.", f", {rng.randint(1,4)}. mf."])
        if fl: unit = 1
        if rng.random() < 0.2: pc = "DK-" + pc
        lines = [f"{st} {num}{fl}", f"{pc} {city}"] + (["Danmark"] if rng.random() < 0.15 else [])
    return lines, rg, unit

ADDR_BY_LANG = {"en": ["uk", "uk", "us", "us", "ca", "ie", "ie", "dk", "nl", "de", "be"], "de": ["de", "de", "de", "at", "at", "ch", "ch", "lu", "nl", "dk", "be"],
                "fr": ["fr", "fr", "fr", "be", "be", "ch", "lu", "ca", "ca", "fr"]}

def addr_text(cc, lang, sep=None):
    lines, rg, unit = addr(cc, fr_lang=(lang == "fr"))
    if sep is None: sep = ", "
    txt = sep.join(lines)
    return txt, rg, unit

# ---------------- context ----------------
class Ctx:
    def __init__(s, lang, esc):
        s.lang, s.esc, s.slots, s.last = lang, esc, {}, None

def get_person(ctx, slot, gender=None, kind="plain"):
    if slot and slot in ctx.slots: return ctx.slots[slot]
    p = new_person(ctx.lang, gender, kind)
    if slot: ctx.slots[slot] = p
    ctx.last = p
    return p

def note_used(p, t):
    if p.given in t or p.given.lower() in t or p.given[:1] + "." in t: USED_G.add(p.given)
    if p.surname in t or p.surname.upper() in t or p.surname.lower() in t: USED_S.add(p.surname)

SHAPE_KEYS = {"I", "MI", "SF", "SU", "LO", "LOG", "LOS", "HG", "HGG", "PA", "PAS", "NW"}
PFORMS = {  # key: (gender, kind, render, default variant)
 "G": (None, "plain", lambda p: p.given, "greeting_given"),
 "GF": ("f", "plain", lambda p: p.given, "greeting_given"),
 "GM": ("m", "plain", lambda p: p.given, "greeting_given"),
 "F": (None, "plain", lambda p: p.full(), "plain"),
 "FF": ("f", "plain", lambda p: p.full(), "plain"),
 "FM": ("m", "plain", lambda p: p.full(), "plain"),
 "I": (None, "plain", lambda p: f"{p.given[0]}. {p.surname}", "initial_surname"),
 "MI": (None, "plain", lambda p: f"{p.given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {p.surname}", "middle_initial"),
 "SF": (None, "plain", lambda p: f"{p.surname}, {p.given}", "surname_first"),
 "SU": (None, "plain", lambda p: f"{p.surname.upper()} {p.given}", "surname_upper"),
 "LO": (None, "plain", lambda p: p.full().lower(), "lowercase"),
 "LOG": (None, "plain", lambda p: p.given.lower(), "lowercase"),
 "LOS": (None, "plain", lambda p: p.surname.lower(), "lowercase"),
 "HG": (None, "hyphen", lambda p: p.full(), "hyphen_given"),
 "HGG": (None, "hyphen", lambda p: p.given, "hyphen_given"),
 "PA": (None, "particle", lambda p: p.full(), "particle"),
 "PAS": (None, "particle", lambda p: p.surname, "particle"),
 "NW": (None, "nw", lambda p: p.full(), "non_western"),
 "SUR": (None, "plain", lambda p: p.surname, "title_surname"),
 "SURF": ("f", "plain", lambda p: p.surname, "title_surname"),
 "SURM": ("m", "plain", lambda p: p.surname, "title_surname"),
}

def phone(lang):
    r = rng.random()
    if lang == "de": return rng.choice([f"+49 {rng.randint(150,179)} {rng.randint(1000000,9999999)}", f"0{rng.randint(30,89)} {rng.randint(100000,999999)}-{rng.randint(10,99)}", f"+43 664 {rng.randint(1000000,9999999)}", f"+41 79 {rng.randint(100,999)} {rng.randint(10,99)} {rng.randint(10,99)}"])
    if lang == "fr": return rng.choice([f"06 {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}", f"+33 7 {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}", f"+32 470 {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}", f"(514) {rng.randint(200,999)}-{rng.randint(1000,9999)}"])
    return rng.choice([f"07{rng.randint(100,999)} {rng.randint(100000,999999)}", f"+44 20 {rng.randint(7000,8999)} {rng.randint(1000,9999)}", f"(312) {rng.randint(200,999)}-{rng.randint(1000,9999)}", f"+353 87 {rng.randint(100,999)} {rng.randint(1000,9999)}"])

def fold(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("ı", "i").replace("'", "").replace(" ", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()

def email(ctx, p=None):
    dom = rng.choice(["gmail.com", "web.de", "gmx.at", "orange.fr", "outlook.com", "bluewin.ch", "free.fr", "yahoo.co.uk", "eircom.net", "hotmail.be", "proton.me", "icloud.com"])
    if p: return f"{fold(p.given)}.{fold(p.surname)}@{dom}" if rng.random() < 0.6 else f"{fold(p.given)[0]}{fold(p.surname)}@{dom}"
    return f"{rng.choice(['info', 'kontakt', 'orders', 'sav', 'support', 'hello'])}@{rng.choice(['lindenhof-shop', 'atelier-brume', 'nordlicht-versand', 'harbourandpine', 'maison-ocre'])}.{rng.choice(['de', 'fr', 'co.uk', 'ch', 'be'])}"

def neg_postcode():
    return rng.choice([f"{rng.randint(10000,99999)}", f"CH-{rng.randint(1000,9658)}", f"A-{rng.randint(1010,9992)}", f"{rng.randint(1000,9999)} {nl_letters()}",
                       uk_pc(rng.choice(P.UK_TOWNS)[0]), f"{rng.choice(['M5V', 'H2J', 'V6B', 'K1P'])} {rng.randint(0,9)}{rng.choice('ABCEGHJ')}{rng.randint(0,9)}",
                       eircode(rng.choice(P.IE_TOWNS)[1]), f"L-{rng.randint(1000,9999)}", f"{rng.choice(['IL', 'TX', 'NY'])} {rng.randint(10000,99999)}"])

def neg_id():
    return rng.choice([f"PO-{rng.randint(2023,2026)}-{rng.randint(10000,999999)}", f"#{rng.randint(10000,99999)}", f"INC{rng.randint(1000000,9999999)}",
                       f"SAV-{rng.randint(10000,99999)}", f"TCK-{rng.randint(100000,999999)}", f"4500{rng.randint(100000,999999)}", f"RMA {rng.randint(100000,999999)}", f"BE-{rng.randint(2024,2026)}/{rng.randint(1000,9999)}"])

def fill(key, var, slot, ctx):
    """returns list of (text, tag) ; tag None | ('P',variant) | ('A',variant) | ('N',kind)"""
    e, lang = ctx.esc, ctx.lang
    if key.startswith("="):  # literal negative  [[=KIND:text]]
        return [(e(var), ("N", "NEGATIVE_" + key[1:]))]
    if key in PFORMS:
        g, kind, rend, dv = PFORMS[key]
        p = get_person(ctx, slot, g, kind)
        while key in ("I",) and ctx.lang == "fr" and p.given[:1] == "M" and not slot:  # "M." would read as Monsieur
            p = get_person(ctx, None, g, kind)
        if slot is None or slot not in ctx.slots: pass
        if kind != p.kind and kind in ("hyphen", "particle", "nw") and slot in ctx.slots and ctx.slots[slot] is not p: pass
        t = rend(p)
        note_used(p, t)
        v = var or dv
        if key in SHAPE_KEYS and var not in ("csv", "json_name"):
            v = dv  # the name-shape difficulty wins over the cue (documented in BRIEF.md)
        if key in ("F", "FF", "FM") or (var and var.endswith("+")):
            v = auto_variant(p, t, v.rstrip("+"))
        return [(e(t), ("P", v, {"origin": p.origin}))]
    if key == "EMAIL": return [(e(email(ctx, ctx.slots.get(slot) if slot else None)), None)]
    if key == "PHONE": return [(e(phone(lang)), None)]
    if key == "ORDER": return [(e(rng.choice([f"{rng.randint(100,999)}-{rng.randint(1000000,9999999)}-{rng.randint(1000000,9999999)}", f"A{rng.randint(10000000,99999999)}", f"CMD-{rng.randint(100000,999999)}", f"Bestellung {rng.randint(1000000,9999999)}"])), None)]
    if key == "TRACK": return [(e(rng.choice([f"JJD{rng.randint(10**15,10**16-1)}", f"1Z{rng.randint(10**13,10**14-1)}", f"6A{rng.randint(10**10,10**11-1)}", f"00340{rng.randint(10**14,10**15-1)}"])), None)]
    if key == "NUM": return [(str(rng.randint(2, 9)), None)]
    if key.startswith("A"):
        return fill_addr(key, var, ctx)
    if key.startswith("N."):
        k = key[2:]
        if k == "brand":
            b = rng.choice(NG.BRAND); suf = rng.choice(NG.BRAND_PRODUCT_SUFFIX[lang])
            if lang == "en": return [(e(b), ("N", "NEGATIVE_BRAND")), (e(" " + suf), None)]
            return [(e(suf + " "), None), (e(b), ("N", "NEGATIVE_BRAND"))]
        if k == "brandonly": return [(e(rng.choice(NG.BRAND)), ("N", "NEGATIVE_BRAND"))]
        if k == "product": return [(e(rng.choice(NG.PRODUCT)), ("N", "NEGATIVE_PRODUCT"))]
        if k == "streetprod":
            fr = rng.choice(NG.STREET_PRODUCT_FRAME[lang]); sp = rng.choice(NG.STREET_PRODUCT)
            a, b = fr.split("{}")
            return [(e(a), None), (e(sp), ("N", "NEGATIVE_STREET_PRODUCT")), (e(b), None)]
        table = {"city": (NG.CITY, "CITY"), "ship": (NG.SHIP, "SHIP_PLACE"), "store": (NG.STORE, "STORE"), "carrier": (NG.CARRIER, "CARRIER"),
                 "company": (NG.COMPANY, "COMPANY"), "job": (NG.JOB[lang], "JOB"), "date": (NG.DATE[lang], "DATE"), "day": (NG.DAY[lang], "DATE"), "signoff": (NG.SIGNOFF[lang], "SIGNOFF"),
                 "greet": (NG.GREET[lang], "GREETING")}
        if k in table:
            lst, kind = table[k]
            return [(e(rng.choice(lst)), ("N", "NEGATIVE_" + kind))]
        if k == "postcode": return [(e(neg_postcode()), ("N", "NEGATIVE_POSTCODE"))]
        if k == "id": return [(e(neg_id()), ("N", "NEGATIVE_ID"))]
    raise KeyError(key)

def fill_addr(key, var, ctx):
    out = _fill_addr(key, var, ctx)
    return [(t, (tag[0], tag[1], {"country": LAST_CC[0]}) if tag and tag[0] == "A" else tag) for t, tag in out]

LAST_CC = [None]

def _fill_addr(key, var, ctx):
    LAST_CC[0] = None
    e, lang = ctx.esc, ctx.lang
    k = key[2:] if key.startswith("A.") else "any"
    if k in ("any", "ml", "lower", "csv", "json", "form") or k in ("de", "at", "ch", "be", "lu", "nl", "fr", "uk", "us", "ca", "ie", "dk"):
        cc = k if k in ("de", "at", "ch", "be", "lu", "nl", "fr", "uk", "us", "ca", "ie", "dk") else rng.choice(ADDR_BY_LANG[lang])
        lines, rg, unit = addr(cc, fr_lang=(lang == "fr"))
        if k == "ml":
            return [(e("\n".join(lines)), ("A", var or "multiline"))]
        if k == "lower":
            return [(e(", ".join(lines).lower()), ("A", var or "lowercase"))]
        if k == "csv":  # address split over CSV columns -> one span, separators included
            sep = var or ";"
            return [(sep.join(lines), ("A", "csv"))]
        if k == "json":  # address split over JSON fields -> one span from first value to last value
            es = uesc if var == "u" else jesc
            frag = '", "'.join(("" if i == 0 else f'addr{i + 1}": "') + es(l) for i, l in enumerate(lines))
            return [('"addr1": "', None), (frag, ("A", "json_field")), ('"', None)]
        if k == "form":
            lab = {"en": ("Street: ", "Town/City: "), "de": ("Straße: ", "PLZ/Ort: "), "fr": ("Adresse : ", "CP / Ville : ")}[lang]
            return [(lab[0], None), (e(lines[0] + "\n" + lab[1] + lines[1]), ("A", "form_fields"))]
        v = var or ("range_number" if rg else ("unit" if unit else cc))
        return [(e(", ".join(lines)), ("A", v))]
    if k == "street":
        cc = rng.choice(ADDR_BY_LANG[lang]); lines, rg, unit = addr(cc, lang == "fr")
        s = lines[0] if not lines[0].startswith(("Flat", "Bât", "Rés", "Apt", "Esc")) and "étage" not in lines[0] else lines[1]
        return [(e(s), ("A", var or "street_only"))]
    if k == "streetname":
        s = rng.choice({"en": P.UK_STREETS + P.US_STREETS[8:] + ["Kastanienallee", "Prinsengracht"], "de": P.DE_STREETS + P.AT_STREETS + P.CH_STREETS,
                        "fr": P.FR_STREETS + P.BE_FR_STREETS + P.CA_STREETS_FR}[lang])
        return [(e(s), ("A", "street_name"))]
    if k == "pack":
        r = rng.random()
        if lang == "de" or (r < 0.2):
            pc, city = rng.choice(P.DE_CITIES); LAST_CC[0] = "de"
            t = rng.choice([f"Packstation {rng.randint(100,399)}, {pc} {city}", f"Packstation {rng.randint(100,399)}\n{pc} {city}",
                            f"Postfiliale {rng.randint(400,699)}, {rng.choice(P.DE_STREETS)} {rng.randint(1,90)}, {pc} {city}", f"Postfiliale {rng.randint(400,699)}\n{pc} {city}"])
            return [(e(t), ("A", "packstation"))]
        if lang == "fr":
            pc, city = rng.choice(P.FR_CITIES); st = rng.choice(P.FR_STREETS); LAST_CC[0] = "fr"
            shop = rng.choice(["Tabac Le Balto", "Presse du Marché", "Relais Pickup Carrefour City", "Pressing des Lilas", "Consigne Pickup Station", "Fleuriste Rose Thé", "Épicerie Chez Moussa"])
            return [(e(f"Point relais {shop} – "), None), (e(f"{rng.randint(1,120)} {st}, {pc} {city}"), ("A", "relais"))]
        out, town = rng.choice(P.UK_TOWNS); st = rng.choice(P.UK_STREETS); LAST_CC[0] = "uk"
        shop = rng.choice(["InPost Locker", "Amazon Locker", "Evri ParcelShop", "DPD Pickup locker", "Royal Mail Parcel Locker"])
        return [(e(f"{shop} – "), None), (e(f"{rng.randint(1,300)} {st}, {town} {uk_pc(out)}"), ("A", "locker"))]
    if k == "co":
        cc = rng.choice(ADDR_BY_LANG[lang]); lines, rg, unit = addr(cc, lang == "fr")
        p = get_person(ctx, None)
        return [(e("c/o "), None), (e(p.full()), ("P", "cue_role")), (e("\n"), None), (e("\n".join(lines)), ("A", "co_line"))]
    raise KeyError(key)

TOK = re.compile(r"\[\[([^\]:#|]+)(?::([^\]#|]*))?(?:#(\w+))?(?:\|(\w))?\]\]")

def render(tpl, lang, slots_esc=None):
    ctx = Ctx(lang, noesc)
    out, pos, spans, negs = [], 0, [], []
    blen = 0
    def add(t, tag):
        nonlocal blen
        b = len(t.encode("utf-8"))
        if tag:
            d = {"start": blen, "end": blen + b}
            if tag[0] == "N": d["type"] = tag[1]; negs.append(d)
            else:
                d.update(type="PERSON" if tag[0] == "P" else "ADDRESS", variant=tag[1], value=t)
                if len(tag) > 2 and tag[2]: d.update(tag[2])
                spans.append(d)
        out.append(t); blen += b
    for m in TOK.finditer(tpl):
        add(tpl[pos:m.start()], None)
        key, var, slot, mod = m.group(1), m.group(2), m.group(3), m.group(4)
        ctx.esc = {"j": jesc, "u": uesc, None: noesc, "r": noesc}[mod]
        if key == "A.json" and mod == "u": var = "u"
        for t, tag in fill(key, var, slot, ctx):
            add(t, tag)
        pos = m.end()
    add(tpl[pos:], None)
    return "".join(out), spans, negs

TARGET = {"en": 680, "de": 510, "fr": 510}

def main():
    recs = []
    for lang in ("en", "de", "fr"):
        fr = [f for f in FRAMES if f[0] == lang]
        n = TARGET[lang]
        per = [n // len(fr)] * len(fr)
        for i in range(n - sum(per)): per[i] += 1
        for (lg, reg, tpl), k in zip(fr, per):
            for _ in range(k):
                text, spans, negs = render(tpl, lang)
                recs.append({"lang": lang, "register": reg, "text": text, "spans": spans, "negatives": negs})
    rng.shuffle(recs)
    with open("set.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs):
            r = {"id": f"na2-{i:04d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "records;", len(USED_G), "distinct given names and", len(USED_S), "distinct surnames rendered in PERSON spans")

if __name__ == "__main__":
    main()
