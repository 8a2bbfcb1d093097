#!/usr/bin/env python3
"""Round-2 generator for the names/addresses blind set (issue 17).

  python3 gen_round2.py            # rewrites set.jsonl: the 252 round-1 lines
                                   # (kept byte-identical) + round-2 records
  python3 gen_round2.py --stdout   # print round-2 records only

Hand-written message frames (frames_round2.py) are filled with hand-written
names and real-looking addresses (data_round2.py).  Seeded; deterministic.
No fake-data library is used anywhere.

Frame mini-language
  ⟨KIND:variant⟩        PERSON slot (KIND: G Gf Gm F Ff Fm S Sf Sm I M SF SU
                        HG HGg HS PT PTs NW NWg); variant = the span's variant
                        ("lowercase" also lower-cases the name; "plain" is
                        refined to non_western / particle / hyphen_given).
  ⟨A⟩ ⟨A@uk⟩           ADDRESS one line (variant = country or range_number)
  ⟨AML⟩ ⟨ALC⟩ ⟨AST⟩     multi-line / lower-case / street only
  ⟨APK⟩ ⟨APO⟩           Packstation-Postfiliale / PO box
  ⟨A:variant⟩           any of the above with an explicit variant
  ⟨a.street⟩ ⟨a.zip⟩ ⟨a.city⟩ ⟨a.country⟩ ⟨a.state⟩   parts of the record's
                        address (first use may carry @cc); not spans themselves
  ⟪variant|…⟫           one ADDRESS span over the enclosed text (split fields)
  ⟨N.KIND⟩              hard negative filled from a list (NEGATIVE_KIND)
  ⟦text|KIND⟧           literal hard negative
  \\n                    newline (in json_tool frames it stays an escape)
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data_round2 as D  # noqa: E402
import frames_round2 as FR  # noqa: E402

SEED = 17_2026
rng = random.Random(SEED)
NAMES = D.build()
ORIGINS = sorted(NAMES)
LOCAL = {"en": {"en", "ie", "sc"}, "de": {"de", "at", "ch"}, "fr": {"fr", "be", "lu"}}
SPL = D._split


def lst(s, sep=";"):
    return [x.strip() for x in s.split(sep) if x.strip()]


# ----------------------------------------------------------------- names
def pick_origin(lang, pool=None):
    pool = pool or ORIGINS
    w = [5 if o in LOCAL[lang] else 1 for o in pool]
    return rng.choices(pool, w)[0]


def fem_surname(o, s):
    if o == "pl":
        for a, b in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
            if s.endswith(a):
                return s[: -len(a)] + b
    if o == "cz":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("a"):
            return s[:-1] + "ová"
        if s.endswith("ek"):
            return s[:-2] + "ková"
        return s + "ová"
    if o == "gr":
        if s.endswith("os"):
            return s[:-2] + "ou"
        if s.endswith("is"):
            return s[:-1]
        if s.endswith("as"):
            return s[:-1]
    return s


def person(o, g):
    given = rng.choice(NAMES[o][g])
    sur = rng.choice(NAMES[o]["s"])
    if g == "f":
        sur = fem_surname(o, sur)
    if o == "es" and rng.random() < 0.4:
        sur = sur + " " + rng.choice(NAMES[o]["s"])
    return given, sur


PARTICLE_RE = re.compile(r"(van|von|de|du|des|da|dos|das|do|di|del|della|dal|la|le|el|al|ben|bin|abu|ó|ní|nic|mac an|ap|ten|ter|zu|op|in 't|d')[ '-]", re.I)


def gen_name(kind, lang, force=None):
    """Return (text, origin, flags, gender).  force=(origin, gender) pairs a
    separate first-name / last-name field with the name before it."""
    bases = ("G", "F", "S", "I", "M", "SF", "SU", "HG", "HGg", "HS", "PT", "PTs", "NW", "NWg")
    if kind in bases:
        k, g = kind, rng.choice("fm")
    elif kind[:-1] in bases and kind[-1] in "fm":
        k, g = kind[:-1], kind[-1]
    else:
        raise ValueError(kind)
    flags = set()
    if force:
        o, g = force
        given, sur = person(o, g)
        t = given if k == "G" else sur
        return t, o, ({"nonwestern"} if o in D.NON_WESTERN else set()), g
    if k in ("NW", "NWg"):
        o = rng.choice(sorted(D.NON_WESTERN))
    elif k in ("PT", "PTs"):
        o = rng.choice(sorted(D.PARTICLE_SURNAMES))
    elif k in ("HG", "HGg"):
        o = rng.choice([x for x in D.HYPHEN_GIVEN for _ in range(3 if x == lang else 1)])
    else:
        o = pick_origin(lang)
    given, sur = person(o, g)
    if k in ("PT", "PTs"):
        sur = rng.choice(SPL(D.PARTICLE_SURNAMES[o]))
        flags.add("particle")
    if k in ("HG", "HGg"):
        given = rng.choice(SPL(D.HYPHEN_GIVEN[o]))
        flags.add("hyphen")
        if o == "kr":
            sur = rng.choice(NAMES["kr"]["s"])
    if k == "HS":
        s2 = rng.choice(NAMES[o]["s"])
        while s2 == sur:
            s2 = rng.choice(NAMES[o]["s"])
        sur = sur.split(" ")[0] + "-" + s2.split(" ")[-1]
        flags.add("hyphen_sur")
    if o in D.NON_WESTERN:
        flags.add("nonwestern")
    if PARTICLE_RE.match(sur):
        flags.add("particle")
    if k == "I" and lang == "fr":  # "M." would read as Monsieur
        while given[0] in "M":
            given = rng.choice(NAMES[o][g])
    if k in ("G", "HGg", "NWg"):
        flags -= {"particle", "hyphen_sur"}
        t = given
    elif k in ("S", "PTs"):
        t = sur
    elif k == "I":
        if "-" in given and rng.random() < 0.6:
            ini = "-".join(p[0] + "." for p in given.split("-"))
        else:
            ini = given[0] + "."
            if rng.random() < 0.15:
                ini += " " + rng.choice("ABCDEFGHJKLMNPRSTW") + "."
        t = f"{ini} {sur}"
    elif k == "M":
        t = f"{given} {rng.choice('ABCDEFGHJKLMNOPRSTVW')}. {sur}"
    elif k == "SF":
        t = f"{sur}, {given}"
    elif k == "SU":
        t = f"{sur.upper()} {given}"
    elif o == "vn" and rng.random() < 0.5:
        t = f"{sur} {given}"
    elif o in ("hu", "cn", "kr", "jp") and rng.random() < 0.2:
        t = f"{sur} {given}"
    else:
        t = f"{given} {sur}"
    return t, o, flags, g


# ----------------------------------------------------------------- addresses
LANG_COUNTRIES = {
    "en": {"uk": 30, "us": 25, "ca": 8, "ie": 10, "de": 5, "nl": 5, "dk": 4, "it": 4, "es": 4, "pt": 2, "pl": 2, "fr": 2, "at": 1},
    "de": {"de": 50, "at": 20, "ch": 15, "lu": 3, "nl": 4, "dk": 3, "be": 2, "it": 2, "pl": 2, "es": 1},
    "fr": {"fr": 50, "be": 15, "ch_fr": 12, "lu": 8, "ca": 8, "it": 2, "es": 2, "pt": 2},
}
LI = {"en": 0, "de": 1, "fr": 2}
UKL = "ABDEFGHJLNPQRSTUWXYZ"
CAL = "ABCEGHJKLMNPRSTVWXYZ"
EIR = "0123456789ACDEFHKNPRTVWXY"


def streets(cc):
    out = []
    for city, pcs, sts in D.ADDR[cc]:
        for s in lst(sts):
            name, _, pin = s.partition("|")
            out.append((city, pcs, name.strip(), pin.strip()))
    return out


STREETS = {cc: streets(cc) for cc in D.ADDR}


def housenum(cc):
    n = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 180)])
    if cc in ("us", "ca"):
        n = rng.choice([rng.randint(100, 4999), rng.randint(10, 999), rng.randint(1000, 9999)])
    if rng.random() < 0.2:
        if cc in ("fr", "lu", "ch_fr", "be") and rng.random() < 0.5:
            return f"{n} {rng.choice(['bis', 'bis', 'ter'])}", True
        if cc == "nl":
            return rng.choice([f"{n}-{rng.randint(1, 3)}", f"{n} hs", f"{n}-II", f"{n}A", f"{n} III"]), True
        if cc in ("us", "ca", "uk", "ie"):
            if cc == "uk" or cc == "ie":
                return rng.choice([f"{n}A", f"{n}-{n + 2}", f"{n}b"]), True
            return str(n), False
        return rng.choice([f"{n}a", f"{n} a", f"{n}b", f"{n}-{n + 2}", f"{n}–{n + 4}", f"{n} c", f"{n}A"]), True
    return str(n), False


def gen_address(cc, lang):
    city, pcs, street, pin = rng.choice(STREETS[cc])
    no, odd = housenum(cc)
    pre_lines = []
    a = {"cc": cc, "odd": odd, "state": ""}
    if cc in ("de", "at", "ch", "ch_fr", "nl", "be", "dk", "it", "es", "pt", "pl", "lu"):
        pc = pin or rng.choice(pcs.split())
        unit = ""
        if cc == "de" and rng.random() < 0.15:
            unit = rng.choice([", Whg. %d" % rng.randint(1, 30), ", %d. OG" % rng.randint(1, 5), ", Hinterhaus", ", %d. Etage links" % rng.randint(1, 4)])
        if cc == "at" and rng.random() < 0.55:
            unit = rng.choice(["/%d/%d" % (rng.randint(1, 6), rng.randint(1, 40)), ", Stiege %d, Top %d" % (rng.randint(1, 5), rng.randint(1, 30)), "/Top %d" % rng.randint(1, 24), "/%d" % rng.randint(1, 30)])
        if cc == "be" and rng.random() < 0.25:
            unit = rng.choice([" bus %d" % rng.randint(1, 40), " bte %d" % rng.randint(1, 12), " boîte %d" % rng.randint(1, 9)])
        if cc == "dk" and rng.random() < 0.5:
            unit = rng.choice([", %d. th." % rng.randint(1, 5), ", %d. tv." % rng.randint(1, 5), ", st. tv.", ", %d. mf." % rng.randint(1, 4)])
        if cc == "es" and rng.random() < 0.55:
            unit = rng.choice([", %dº %s" % (rng.randint(1, 8), rng.choice("ABCD")), ", %dº %dª" % (rng.randint(1, 8), rng.randint(1, 4)), ", bajo", ", ático"])
        if cc == "it" and rng.random() < 0.2:
            unit = rng.choice([", int. %d" % rng.randint(1, 20), ", scala %s" % rng.choice("ABC")])
        if cc == "pl" and rng.random() < 0.6:
            unit = rng.choice([" m. %d" % rng.randint(1, 80), "/%d" % rng.randint(1, 80)])
        if cc == "ch_fr" and rng.random() < 0.1:
            unit = ", %de étage" % rng.randint(2, 6)
        if cc == "lu" and rng.random() < 0.6:
            sl = f"{no}, {street}"
        elif cc == "lu" and rng.random() < 0.5:
            sl = f"{no} {street}"
        else:
            sl = f"{street} {no}{unit}"
        if cc == "nl":
            pc = f"{pc} {rng.choice('ABCDEGHJKLMNPRTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        if cc == "pt":
            pc = f"{pc}-{rng.randint(0, 999):03d}"
        prefix = ""
        r = rng.random()
        if cc in ("ch", "ch_fr") and r < 0.3:
            prefix = "CH-"
        elif cc == "lu" and r < 0.75:
            prefix = "L-"
        elif cc == "de" and r < 0.08:
            prefix = "D-"
        elif cc == "at" and r < 0.2:
            prefix = rng.choice(["A-", "AT-"])
        elif cc == "be" and r < 0.2:
            prefix = "B-"
        elif cc == "dk" and r < 0.3:
            prefix = "DK-"
        cityname = city
        if cc == "it":
            pc_line = f"{prefix}{pc} {city}" + rng.choice(["", f" ({pcs})", f" {pcs}"])
        else:
            pc_line = f"{prefix}{pc} {cityname}"
        a.update(street=sl, zip=prefix + pc, city=city, lines=[sl, pc_line])
    elif cc == "fr":
        pc = pin or pcs.split()[0]
        sl = f"{no} {street}"
        if rng.random() < 0.3:
            pre_lines.append(rng.choice(["Bât. %s" % rng.choice("ABCDE"), "Bâtiment %s, %de étage" % (rng.choice("ABC"), rng.randint(1, 7)),
                                         "Résidence Les Tilleuls, Apt %d" % rng.randint(1, 90), "Escalier %s, %de étage gauche" % (rng.choice("AB"), rng.randint(1, 6)),
                                         "%de étage, porte %d" % (rng.randint(1, 8), rng.randint(1, 30)), "Appartement %d" % rng.randint(1, 120)]))
        cedex = " Cedex" if rng.random() < 0.04 else ""
        a.update(street=(pre_lines[0] + ", " if pre_lines else "") + sl, zip=pc, city=city, lines=pre_lines + [sl, f"{pc} {city}{cedex}"])
    elif cc == "uk":
        ic = f"{rng.randint(0, 9)}{rng.choice(UKL)}{rng.choice(UKL)}"
        pc = f"{pin} {ic}"
        flat = ""
        if rng.random() < 0.25:
            flat = rng.choice(["Flat %d, " % rng.randint(1, 24), "Flat %d%s, " % (rng.randint(1, 9), rng.choice("ABC")), "Apartment %d, " % rng.randint(1, 60)])
        sl = f"{flat}{no} {street}"
        a.update(street=sl, zip=pc, city=city, lines=[sl, f"{city} {pc}"] if rng.random() < 0.6 else [sl, city, pc])
    elif cc == "us":
        cname, st = city.split(", ")
        z = rng.choice(pcs.split())
        if rng.random() < 0.2:
            z += "-%04d" % rng.randint(1, 9999)
        unit = ""
        if rng.random() < 0.35:
            unit = rng.choice([", Apt %d%s" % (rng.randint(1, 9), rng.choice("ABCDR")), " Unit %d" % rng.randint(1, 30), ", Suite %d" % rng.randint(100, 450), " #%d" % rng.randint(2, 40), ", Apt. %d" % rng.randint(1, 40)])
        sl = f"{no} {street}{unit}"
        a.update(street=sl, zip=z, city=cname, state=st, lines=[sl, f"{cname}, {st} {z}"])
    elif cc == "ca":
        qc = lang == "fr"
        pool = [x for x in STREETS["ca"] if (", QC" in x[0]) == qc] if qc or rng.random() < 0.8 else STREETS["ca"]
        city, pcs, street, pin = rng.choice(pool)
        cname, prov = city.split(", ")
        pc = f"{pin} {rng.randint(0, 9)}{rng.choice(CAL)}{rng.randint(0, 9)}"
        if rng.random() < 0.2:
            no = f"{rng.randint(101, 2405)}-{no}"
        if qc:
            sl = f"{no}, {street}" if rng.random() < 0.6 else f"{no} {street}"
            cl = f"{cname} (Québec) {pc}" if rng.random() < 0.6 else f"{cname} QC {pc}"
        else:
            sl = f"{no} {street}"
            cl = f"{cname}, {prov} {pc}" if rng.random() < 0.7 else f"{cname} {prov} {pc}"
        a.update(street=sl, zip=pc, city=cname, state=prov, lines=[sl, cl])
    elif cc == "ie":
        eir = f"{pin} {''.join(rng.choice(EIR) for _ in range(4))}"
        if rng.random() < 0.3:
            eir = eir[:4] + rng.choice("ACDEFHKNPRTVWXY") + eir[5:]
        sl = f"{no} {street}"
        cl = city if not city.startswith("Dublin") or rng.random() < 0.7 else "Dublin"
        if cl in ("Galway", "Kilkenny") and rng.random() < 0.5:
            cl = "Co. " + cl
        a.update(street=sl, zip=eir, city=cl, lines=[sl, cl, eir] if rng.random() < 0.5 else [sl, f"{cl}, {eir}"])
    a["country"] = D.COUNTRY_NAME[cc][LI[lang]]
    a["street_only"] = f"{street} {no}" if cc in ("de", "at", "ch", "ch_fr", "nl", "be", "dk", "it", "es", "pl") else f"{no} {street}"
    if rng.random() < 0.18 and cc not in ("us",) or (cc in ("us", "ca") and lang != "en" and rng.random() < 0.5):
        a["lines"] = a["lines"] + [a["country"]]
    return a


def pick_cc(lang):
    d = LANG_COUNTRIES[lang]
    return rng.choices(list(d), list(d.values()))[0]


def addr_variant(a):
    if a["odd"]:
        return "range_number"
    return "ch" if a["cc"] == "ch_fr" else a["cc"]


def packstation(lang):
    city, pcs, street, pin = rng.choice(STREETS["de"])
    pc = pin or rng.choice(pcs.split())
    n = rng.randint(101, 499)
    r = rng.random()
    if r < 0.5:
        return [f"Packstation {n}", f"{pc} {city}"]
    if r < 0.8:
        return [f"Postfiliale {rng.randint(401, 699)}", f"{pc} {city}"]
    return [f"Postfiliale {rng.randint(401, 699)}", f"{street} {rng.randint(1, 90)}", f"{pc} {city}"]


def pobox(lang):
    cc = pick_cc(lang)
    if lang == "en":
        cc = rng.choice(["uk", "us", "ie", "ca"])
        a = gen_address(cc, lang)
        box = f"PO Box {rng.randint(10, 9999)}" if rng.random() < 0.7 else f"P.O. Box {rng.randint(10, 9999)}"
        return [box] + a["lines"][1:]
    if lang == "de":
        cc = rng.choice(["de", "de", "at", "ch"])
        a = gen_address(cc, lang)
        if cc == "de":
            box = "Postfach %d %02d %02d" % (rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99))
        else:
            box = "Postfach %d" % rng.randint(10, 9999)
        return [box] + a["lines"][1:]
    cc = rng.choice(["fr", "fr", "ch_fr", "be"])
    a = gen_address(cc, lang)
    box = {"fr": "BP %d" % rng.randint(10, 9999), "ch_fr": "Case postale %d" % rng.randint(10, 999), "be": "Boîte postale %d" % rng.randint(10, 999)}[cc]
    ln = a["lines"][1:]
    if cc == "fr" and rng.random() < 0.5 and not ln[0].endswith("Cedex"):
        ln = [ln[0] + " Cedex"] + ln[1:]
    return [box] + ln


# ----------------------------------------------------------------- negatives
def neg_fill(kind, lang):
    if kind == "PC":
        a = gen_address(pick_cc(lang), lang)
        return a["zip"], "POSTCODE"
    if kind in ("DAY", "MONTH"):
        days = lst(D.NEG["DATE_" + lang])
        return rng.choice(days[:7] if kind == "DAY" else days[7:19]), "DATE"
    key = kind + "_" + lang if kind + "_" + lang in D.NEG else kind
    label = kind.split("_")[0]
    return rng.choice(lst(D.NEG[key])), D.NEG_LABEL.get(label, label)


# ----------------------------------------------------------------- engine
TOK = re.compile(r"⟨([^⟩]+)⟩|⟦([^⟧|]+)\|([A-Z]+)⟧|⟪([a-z_]+)\||⟫")


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def render(lang, register, tmpl):
    is_json = register == "json_tool"
    ascii_ = rng.random() < 0.55
    if not is_json:
        tmpl = tmpl.replace("\\n", "\n")
    out = bytearray()
    spans, negs = [], []
    addr = {}
    group = None
    last_single = None
    used = {"given": set(), "sur": set()}

    def emit(s):
        s = jesc(s, ascii_) if is_json else s
        st = len(out)
        out.extend(s.encode("utf-8"))
        return st, len(out), s

    pos = 0
    for m in TOK.finditer(tmpl):
        lit = tmpl[pos:m.start()]
        out.extend(lit.encode("utf-8"))
        pos = m.end()
        if m.group(0) == "⟫":
            st = group[1]
            v = out[st:].decode("utf-8")
            spans.append({"start": st, "end": len(out), "type": "ADDRESS", "variant": group[0], "value": v})
            group = None
            continue
        if m.group(4):
            group = (m.group(4), len(out))
            continue
        if m.group(2):
            st = len(out)
            out.extend(m.group(2).encode("utf-8"))
            negs.append({"start": st, "end": len(out), "type": "NEGATIVE_" + m.group(3)})
            continue
        slot = m.group(1)
        kind, _, var = slot.partition(":")
        kind, _, cc = kind.partition("@")
        if kind.startswith("N."):
            t, nk = neg_fill(kind[2:], lang)
            st, en, _ = emit(t)
            negs.append({"start": st, "end": en, "type": "NEGATIVE_" + nk})
            continue
        if kind.startswith("a."):
            if not addr:
                addr.update(gen_address(cc or pick_cc(lang), lang))
            part = kind[2:]
            emit(addr[part])
            continue
        if kind == "ASTf":
            pool = [x for x in STREETS[cc or "de"] if re.search(r"(straße|strasse|gasse|allee|chaussee)$", x[2], re.I)]
            city, pcs, street, pin = rng.choice(pool)
            no, _ = housenum(cc or "de")
            t = f"{street} {no}"
            st, en, s_ = emit(t.lower() if var == "lowercase" else t)
            spans.append({"start": st, "end": en, "type": "ADDRESS", "variant": var or "street_only", "value": s_})
            continue
        if kind in ("A", "AML", "ALC", "AST", "APK", "APO"):
            if kind == "APK":
                lines, v = packstation(lang), "packstation"
            elif kind == "APO":
                lines, v = pobox(lang), "po_box"
            else:
                a = gen_address(cc or pick_cc(lang), lang)
                lines, v = a["lines"], addr_variant(a)
                if kind == "AST":
                    lines, v = [a["street_only"]], "street_only"
            if kind == "AML":
                text = "\n".join(lines)
                v = "multiline"
            elif kind == "APK" and rng.random() < 0.5:
                text = "\n".join(lines)
            else:
                text = ", ".join(lines)
            if kind == "ALC":
                text, v = text.lower(), "lowercase"
            if var:
                v = var
                if v == "lowercase":
                    text = text.lower()
            st, en, s = emit(text)
            spans.append({"start": st, "end": en, "type": "ADDRESS", "variant": v, "value": s})
            continue
        # PERSON
        force = None
        if kind in ("G", "S") and last_single and last_single[0] != kind and var == last_single[3]:
            force = last_single[1:3]
        for _ in range(20):
            t, o, flags, gg = gen_name(kind, lang, force)
            if t not in used["given"]:
                break
        used["given"].add(t)
        last_single = None if force or kind not in ("G", "S") else (kind, o, gg, var)
        v = var or "plain"
        if v == "lowercase":
            t = t.lower()
        if v == "upper":
            t = t.upper()
            v = "surname_upper"
        if v == "plain":
            if "particle" in flags:
                v = "particle"
            elif "hyphen" in flags:
                v = "hyphen_given"
            elif "hyphen_sur" in flags:
                v = "hyphen_surname"
            elif "nonwestern" in flags:
                v = "non_western"
        st, en, s = emit(t)
        spans.append({"start": st, "end": en, "type": "PERSON", "variant": v, "value": s})
    out.extend(tmpl[pos:].encode("utf-8"))
    assert group is None, tmpl
    text = out.decode("utf-8")
    return text, spans, negs


REGISTERS = {"chat", "email", "delivery_note", "form", "marketplace", "json_tool", "csv"}


def parse_frames():
    frames = []
    for lang, blob in FR.FRAMES:
        for line in blob.strip("\n").split("\n"):
            if not line.strip() or line.startswith("#"):
                continue
            reg, _, t = line.partition(" | ")
            assert reg.strip() in REGISTERS and t, line
            frames.append((lang, reg.strip(), t.rstrip()))
    return frames


def main():
    frames = parse_frames()
    base = []
    with open(os.path.join(HERE, "set.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                base.append(line.rstrip("\n"))
            if len(base) == 252:
                break
    recs = []
    seen = set()
    uses = FR.USES
    for fi, (lang, reg, t) in enumerate(frames):
        n = uses if "⟨" in t else 1  # a frame without fillers is used once
        for _ in range(n):
            for _try in range(30):
                text, spans, negs = render(lang, reg, t)
                if text not in seen:
                    break
            seen.add(text)
            recs.append((lang, reg, text, spans, negs, fi))
    rng.shuffle(recs)
    lines = []
    for i, (lang, reg, text, spans, negs, fi) in enumerate(recs):
        d = {"id": "na-%04d" % (252 + i), "lang": lang, "register": reg, "text": text,
             "spans": spans, "negatives": negs, "frame": "r2-%03d" % fi}
        lines.append(json.dumps(d, ensure_ascii=False))
    if "--stdout" in sys.argv:
        print("\n".join(lines))
        return
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(base + lines) + "\n")
    print(f"frames: {len(frames)}; round-2 records: {len(lines)}; total {len(base) + len(lines)}", file=sys.stderr)


if __name__ == "__main__":
    main()
