#!/usr/bin/env python3
"""Generate names-addresses-v7/set.jsonl (seeded, byte-identical on every run).

Template tags (frames_*.py):
  {A.shape:cue}  person A..D. shapes: full given sur init mid sfirst upper upsur lower lowerg hyph hyphg part partsur
                 any sig; title forms tsur tfull tpart. cue -> PERSON variant when the shape has none.
  {A.rel} {A.Rel} {A.reld} {A.relword} relation words agreeing with A's gender (no span)
  {A.he} {A.He} {A.him} {A.his} pronouns; {A.email} {A.phone} aux spans
  {A=f} / {A=m}  force gender of A (renders nothing)
  {X.line:cue} {X.ml:cue} {X.low:cue} {X.st} {X.pack} {X.pfil:cue} {X.pobox}  ADDRESS spans
  {N.TYPE}       hard negative from negpools
  {ORD} order number (aux)  {D} date  {T} time  {NUM} small number  {PNUM} Postnummer (not labelled)
  {Q}            everything after this marker is quoted history (meta in_quote)
"""
import json
import random
import re
import sys

import engine as E
import names
import frames_en
import frames_de
import frames_fr

SEED = 20261217
OUT = "set.jsonl"
TAG = re.compile(r"\{([A-Z]+)(?:\.([A-Za-z_]+))?(?::([a-z_]+))?\}|\{([A-D])=([mf])\}")

MONTHS = {"en": "January February March April May June July August September October November December".split(),
          "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()}


def date(rng, lang):
    dd, mm = rng.randint(1, 28), rng.randint(1, 12)
    if lang == "en":
        return rng.choice(["%d %s" % (dd, MONTHS["en"][mm - 1]), "%s %d" % (MONTHS["en"][mm - 1][:3], dd), "%02d/%02d/2026" % (dd, mm)])
    if lang == "de":
        return rng.choice(["%02d.%02d." % (dd, mm), "%d. %s" % (dd, MONTHS["de"][mm - 1]), "%02d.%02d.2026" % (dd, mm)])
    return rng.choice(["%d %s" % (dd, MONTHS["fr"][mm - 1]), "%02d/%02d" % (dd, mm), "%02d/%02d/2026" % (dd, mm)])


class Ctx:
    def __init__(self, rng, lang, genders):
        self.rng, self.lang = rng, lang
        self.p = {k: E.Person(rng, gender=genders.get(k)) for k in "ABCD"}
        self.rel = {}
        self.a = {}
        self.in_quote = False
        self.in_json = False

    def addr(self, k, country=None):
        if k not in self.a:
            c = country or self.rng.choice(E.places.LANG_COUNTRIES[self.lang])
            self.a[k] = E.Addr(self.rng, c, self.lang)
        return self.a[k]

    def relword(self, k, case="nom"):
        p = self.p[k]
        if k not in self.rel:
            key = "de_nom" if self.lang == "de" else self.lang
            i = self.rng.randrange(len(names.REL[key][p.gender]))
            self.rel[k] = i
        i = self.rel[k]
        if self.lang == "de":
            lst = names.REL["de_dat" if case == "dat" else "de_nom"][p.gender]
            return lst[min(i, len(lst) - 1)]
        return names.REL[self.lang][p.gender][i]


def title(rng, lang, g, dative=False):
    if lang == "de":
        return "Herrn" if (g == "m" and dative) else ("Herr" if g == "m" else "Frau")
    return rng.choice(names.TITLES[lang][g])


def emit_person(b, ctx, k, shape, cue):
    p, rng = ctx.p[k], ctx.rng
    pre = None
    if shape in ("tsur", "tfull", "tpart", "tsurn"):
        pre = title(rng, ctx.lang, p.gender, shape == "tsurn")
        shape = {"tsur": "sur", "tsurn": "sur", "tfull": "full"}[shape]
        cue = cue or "title_surname"
    if shape == "any":
        shape = rng.choice(["full"] * 5 + ["init", "mid", "sfirst", "lower"])
    if shape == "sig":
        shape = rng.choice(["full"] * 5 + ["init", "mid", "upper"])
    if pre:
        b.w(pre + " ")
    if shape == "upsur":
        txt = p.surname.upper()
    else:
        txt = p.render(shape)
    vshape = p.variant_shape(shape)
    cue = cue or "mention"
    if cue == "mention" and p.nonwestern and not (p.is_hyph or p.is_part):
        cue = "non_western"
    variant = E.person_variant(vshape, cue, ctx.in_json)
    b.span("PERSON", txt, variant, {"origin": p.origin_for(shape), "shape": vshape if vshape in ("hyph", "part") and shape in ("full", "given", "sur") else shape,
                                    "cue": cue, "in_quote": ctx.in_quote, "nonwestern": p.nonwestern,
                                    "hyph_given": p.is_hyph, "particle_surname": p.is_part})


def emit_addr(b, ctx, k, kind, cue):
    rng = ctx.rng
    forms = set()
    if kind == "pack" or kind == "pfil":
        first, city = E.pack_addr(rng, "packstation" if kind == "pack" else "postfiliale")
        forms.add("packstation" if kind == "pack" else "postfiliale")
        if cue == "prose" or rng.random() < 0.4:
            txt = first + ", " + city
        else:
            txt = first + "\n" + city
        country = "de"
    elif kind == "pobox":
        country = rng.choice({"en": ["uk", "us", "ca", "ie", "uk", "us"], "de": ["de", "de", "at", "ch", "nl", "dk"],
                              "fr": ["fr", "fr", "ch", "be", "lu", "ca"]}[ctx.lang])
        ls = E.pobox(rng, country, ctx.lang)
        forms.add("pobox")
        txt = "\n".join(ls) if rng.random() < 0.7 else ", ".join(ls)
    else:
        a = ctx.addr(k)
        country = a.country
        forms |= a.forms
        if kind == "line":
            txt = a.one_line()
        elif kind == "low":
            txt = a.one_line().lower()
            forms.add("lower")
        elif kind == "ml":
            txt = "\n".join(a.lines())
        elif kind == "mlq":  # multi-line inside a "> " quoted block: the quote markers are inside the span
            txt = "\n> ".join(a.lines())
            forms.add("quote_marks")
        elif kind == "st":
            txt = a.street_only()
            forms = {f for f in forms if f in ("num_before", "num_after", "range", "letter", "no_suffix", "unit")}
            forms.add("street_only")
            if a.country in ("de", "ch", "lu", "fr", "uk", "ie"):
                forms.discard("unit")  # units sit on their own line there and are not part of the street line
        else:
            raise ValueError(kind)
    if "\n" in txt:
        forms.add("multiline")
    if cue == "prose":
        forms.add("prose")
    if ctx.in_json:
        forms.add("json_string")
        if b.esc == "u" and any(ord(c) > 127 for c in txt):
            forms.add("u_escape")
    b.span("ADDRESS", txt, E.addr_variant(forms), {"country": country, "forms": sorted(forms), "cue": cue or "block",
                                                    "in_quote": ctx.in_quote})


def render(b, ctx, tpl):
    rng, lang = ctx.rng, ctx.lang
    pos = 0
    for m in TAG.finditer(tpl):
        b.w(tpl[pos:m.start()])
        pos = m.end()
        if m.group(4):
            continue
        head, attr, cue = m.group(1), m.group(2), m.group(3)
        if head == "Q":
            ctx.in_quote = True
        elif head in ("A", "B", "C", "D") and attr:
            p = ctx.p[head]
            pr = names.PRON[lang][p.gender]
            if attr == "rel":
                b.w(ctx.relword(head))
            elif attr == "Rel":
                r = ctx.relword(head)
                b.w(r[0].upper() + r[1:])
            elif attr == "reld":
                b.w(ctx.relword(head, "dat"))
            elif attr == "relword":
                r = ctx.relword(head)
                r = re.sub(r"^(my|mein|meine|mon|ma) ", "", r)
                b.w(r[0].upper() + r[1:] if lang == "de" else r)
            elif attr == "he":
                b.w(pr[0])
            elif attr == "He":
                b.w(pr[0][0].upper() + pr[0][1:])
            elif attr == "him":
                b.w(pr[1])
            elif attr == "his":
                b.w(pr[2])
            elif attr == "email":
                b.span("EMAIL", p.email(rng), "aux", {})
            elif attr == "phone":
                b.span("PHONE", E.phone(rng, lang), "aux", {})
            else:
                emit_person(b, ctx, head, attr, cue)
        elif head in ("X", "Y"):
            emit_addr(b, ctx, head, attr, cue)
        elif head == "N":
            b.neg(attr, E.negpick(rng, attr, lang))
        elif head == "ORD":
            b.span("ORDER_NUMBER", E.order_no(rng), "aux", {})
        elif head == "D":
            b.w(date(rng, lang))
        elif head == "T":
            b.w("%02d:%02d" % (rng.randint(7, 21), rng.randint(0, 59)))
        elif head == "NUM":
            b.w(str(rng.randint(2, 48)))
        elif head == "PNUM":
            b.w(E.d(rng, 8) if rng.random() < 0.5 else E.d(rng, 9))
        else:
            raise ValueError(m.group(0))
    b.w(tpl[pos:])


PS = {
    "en": ["P.S. is the {N.BRAND} sale still on?", "PS: the {N.PRODUCT} I got last time was great!",
           "P.S. I saw your pop-up near {N.PLACE} last week.", "PS \"{N.TITLE}\" was a big hit with the kids.",
           "P.S. my friend swears by {N.STORE} for this, but you're cheaper.", "PS do you have it in {N.WORD}?",
           "P.S. ignore the {N.CARRIER} label, it's from an old box."],
    "de": ["PS: Läuft der Sale bei {N.BRAND} noch?", "PS: Der {N.PRODUCT} vom letzten Mal war super!",
           "P.S. Ich war letzte Woche bei {N.STORE}, ihr seid günstiger.", "PS: „{N.TITLE}“ kam bei den Kindern gut an.",
           "PS gibt's das auch in {N.WORD}?", "P.S. Das {N.CARRIER}-Etikett ist noch von einem alten Karton.",
           "PS: Euer Stand am {N.PLACE} war toll."],
    "fr": ["PS : les soldes {N.BRAND}, c'est encore en cours ?", "PS : le {N.PRODUCT} de la dernière fois était top !",
           "P.-S. : je suis passé(e) chez {N.SHOP} la semaine dernière.", "PS : « {N.TITLE} » a beaucoup plu aux enfants.",
           "PS vous l'avez en {N.WORD} ?", "P.-S. : ignorez l'étiquette {N.CARRIER}, c'est un vieux carton.",
           "PS : vu votre stand près de {N.PLACE}, super."],
}


def template_record(rng, lang, fid, reg, kind, tpl):
    genders = {m.group(4): m.group(5) for m in TAG.finditer(tpl) if m.group(4)}
    ctx = Ctx(rng, lang, genders)
    b = E.Builder(lang)
    render(b, ctx, tpl)
    if kind == "pii" and rng.random() < 0.35:
        ctx.in_quote = False
        b.w("\n\n" if "\n" in tpl else " ")
        render(b, ctx, rng.choice(PS[lang]))
    return b, reg


# ------------------------------------------------------------------ code-built frames
SPLIT_RE = re.compile(r"^((?:[A-Z]{1,2}-)?\d{4,5}|\d{4} ?[A-Z]{2})\s+(.+)$")

NOTE = {
    "en": ["Leave with {A.rel} {A.full:relation} if I'm out.", "{A.given:relation} ({A.rel}) will sign for it.",
           "Parcel can go to {A.tsur:delivery_note} next door."],
    "de": ["Falls ich nicht da bin: bei {A.reld} {A.full:relation} abgeben.", "{A.given:relation} ({A.rel}) unterschreibt.",
           "Gern bei {A.tsurn:delivery_note} nebenan abgeben."],
    "fr": ["Si absent, laisser à {A.rel} {A.full:relation}.", "{A.given:relation} ({A.rel}) signera.",
           "Déposer chez {A.tsur:delivery_note}, la porte à côté."],
}
KEYS = {
    "en": ("customer", "ship_to", "street", "postcode", "city", "country", "note"),
    "de": ("kunde", "lieferadresse", "strasse", "plz", "ort", "land", "hinweis"),
    "fr": ("client", "livraison", "adresse", "code_postal", "ville", "pays", "remarque"),
}


def split_parts(a):
    cl = a._city_lines()
    if len(cl) != 1:
        return None
    m = SPLIT_RE.match(cl[0])
    if not m:
        return None
    return a.one_line_join[0], m.group(1), m.group(2)


def json_split_record(rng, lang):
    ctx = Ctx(rng, lang, {})
    b = E.Builder(lang)
    b.esc = None
    esc = "u" if rng.random() < 0.6 else "utf"
    for _ in range(30):
        ctx.a = {}
        a = ctx.addr("X")
        sp = split_parts(a)
        if sp:
            break
    k = KEYS[lang]
    ctx.in_json = True
    b.raw('{"order": "')
    b.esc = esc
    b.span("ORDER_NUMBER", E.order_no(rng), "aux", {})
    b.esc = None
    b.raw('", "%s": {"name": "' % k[0])
    b.esc = esc
    emit_person(b, ctx, "C", rng.choice(["full", "sfirst", "upper", "full"]), "form_label")
    b.esc = None
    b.raw('", "email": "')
    b.esc = esc
    b.span("EMAIL", ctx.p["C"].email(rng), "aux", {})
    b.esc = None
    b.raw('"}, "%s": {"recipient": "' % k[1])
    b.esc = esc
    emit_person(b, ctx, "A", rng.choice(["full", "full", "init", "mid"]), "role")
    b.esc = None
    b.raw('", "%s": "' % k[2])
    b.esc = esc
    street, pc, city = sp
    b.begin()
    b.w(street)
    b.raw('", "%s": "' % k[3])
    b.w(pc)
    b.raw('", "%s": "' % k[4])
    b.w(city)
    forms = set(a.forms) | {"json_split"}
    if a.with_country:
        b.raw('", "%s": "' % k[5])
        b.w(a.cname())
    else:
        forms.discard("country_name")
    txt_bytes = None
    b.end("ADDRESS", "json", {"country": a.country, "forms": None, "cue": "json_split", "in_quote": False})
    b.esc = None
    b.raw('", "%s": "' % k[6])
    b.esc = esc
    render(b, ctx, rng.choice(NOTE[lang]))
    b.esc = None
    b.raw('"}}')
    t = b.text()
    sp_ = b.spans[[s["type"] for s in b.spans].index("ADDRESS")]
    if "\\u" in t.encode()[sp_["start"]:sp_["end"]].decode():
        forms.add("u_escape")
    sp_["meta"]["forms"] = sorted(forms)
    return b, "json"


CHAT_MSG = {
    "en": ["my {A.rel} {A.any:relation} is collecting it for me, please send to {A.his} place: {X.line:prose}",
           "Hi {B.given:greeting}! ship to {X.line:prose}, c/o {A.full:role} please. thx, {C.given:signoff}",
           "delivery to {A.tsur:title_surname}, {X.ml:address_block}\nits {A.rel}"],
    "de": ["{A.rel} {A.any:relation} holt es für mich ab, bitte an {A.his}e Adresse: {X.line:prose}",
           "Hallo {B.given:greeting}! bitte an {X.line:prose} schicken, c/o {A.full:role}. danke, {C.given:signoff}",
           "Lieferung an {A.tsur:title_surname}, {X.ml:address_block}\ndas ist {A.rel}"],
    "fr": ["c'est {A.rel} {A.any:relation} qui récupère, merci d'envoyer à cette adresse : {X.line:prose}",
           "Bonjour {B.given:greeting} ! à envoyer au {X.line:prose}, c/o {A.full:role}. merci, {C.given:signoff}",
           "livraison à {A.tsur:title_surname}, {X.ml:address_block}\nc'est {A.rel}"],
}


def json_chat_record(rng, lang):
    i = rng.randrange(3)
    tpl = CHAT_MSG[lang][i]
    ctx = Ctx(rng, lang, {})
    b = E.Builder(lang)
    ctx.in_json = True
    b.raw('{"role": "user", "channel": "%s", "content": "' % rng.choice(["webchat", "app", "whatsapp"]))
    b.esc = "u" if rng.random() < 0.6 else "utf"
    render(b, ctx, tpl)
    b.esc = None
    b.raw('", "ts": "2026-%02d-%02dT%02d:%02d:00Z"}' % (rng.randint(1, 11), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)))
    return b, "json"


CSV_HEAD = {"en": "order;name;street;postcode;city;country;collected_by",
            "de": "bestellung;name;strasse;plz;ort;land;abholer",
            "fr": "commande;nom;rue;cp;ville;pays;retrait_par"}


def csv_record(rng, lang):
    ctx = Ctx(rng, lang, {})
    b = E.Builder(lang)
    b.w(CSV_HEAD[lang] + "\n")
    low = rng.random() < 0.15
    for row in range(rng.randint(2, 3)):
        ctx.p = {k: E.Person(rng) for k in "ABCD"}
        ctx.a = {}
        for _ in range(30):
            ctx.a = {}
            a = ctx.addr("X")
            sp = split_parts(a)
            if sp:
                break
        b.span("ORDER_NUMBER", E.order_no(rng), "aux", {})
        b.w(";")
        emit_person(b, ctx, "C", rng.choice(["sfirst", "upper", "full", "full"]), "form_label")
        b.w(";")
        street, pc, city = sp
        if low:
            street, pc, city = street.lower(), pc.lower(), city.lower()
        forms = set(a.forms) | {"csv"}
        if low:
            forms.add("lower")
        quoted = ";" in street
        if quoted:
            b.w('"')
        b.begin()
        b.w(street + ('"' if quoted else "") + ";" + pc + ";" + city)
        if a.with_country:
            b.w(";" + (a.cname().lower() if low else a.cname()))
            b.end("ADDRESS", "csv", {"country": a.country, "forms": sorted(forms), "cue": "csv", "in_quote": False})
        else:
            forms.discard("country_name")
            b.end("ADDRESS", "csv", {"country": a.country, "forms": sorted(forms), "cue": "csv", "in_quote": False})
            b.w(";")
        b.w(";")
        if rng.random() < 0.6:
            emit_person(b, ctx, "A", rng.choice(["full", "init", "lower"]), "role")
        b.w("\n")
    return b, "csv"


HTML_SIG = {
    "en": ("<p>Thanks so much!</p>\n<p>Warm wishes,<br>", "</p>"),
    "de": ("<p>Vielen Dank!</p>\n<p>Herzliche Grüße<br>", "</p>"),
    "fr": ("<p>Merci beaucoup !</p>\n<p>Bien à vous,<br>", "</p>"),
}
HTML_BODY = {
    "en": "<p>Hello {B.given:greeting},</p>\n<p>please note {A.rel} {A.full:relation} will be at home to receive the {N.PRODUCT}.</p>\n",
    "de": "<p>Hallo {B.given:greeting},</p>\n<p>zur Info: {A.rel} {A.full:relation} ist zu Hause und nimmt den {N.PRODUCT} an.</p>\n",
    "fr": "<p>Bonjour {B.given:greeting},</p>\n<p>pour info, {A.rel} {A.full:relation} sera là pour réceptionner le {N.PRODUCT}.</p>\n",
}


def html_record(rng, lang):
    ctx = Ctx(rng, lang, {})
    b = E.Builder(lang)
    render(b, ctx, HTML_BODY[lang])
    pre, post = HTML_SIG[lang]
    b.w(pre)
    emit_person(b, ctx, "C", rng.choice(["full", "mid", "full", "init"]), "signoff")
    b.w("<br>")
    a = ctx.addr("X")
    lines = a.lines()
    forms = set(a.forms) | {"multiline", "html_br"}
    if not a.with_country:
        forms.discard("country_name")
    b.begin()
    b.w("<br>".join(lines))
    b.end("ADDRESS", "multiline", {"country": a.country, "forms": sorted(forms), "cue": "signature", "in_quote": False})
    b.w("<br>")
    b.span("PHONE", E.phone(rng, lang), "aux", {})
    b.w(post)
    return b, "html"


def main():
    rng = random.Random(SEED)
    out = []
    frames = {"en": frames_en.FRAMES, "de": frames_de.FRAMES, "fr": frames_fr.FRAMES}
    code = [("json_split", json_split_record, 12), ("json_chat", json_chat_record, 12), ("csv", csv_record, 10),
            ("html_sig", html_record, 10)]
    for lang in ("en", "de", "fr"):
        for fid, reg, kind, tpl in frames[lang]:
            reps = {"en": 22, "de": 20, "fr": 21}[lang] if kind == "pii" else 17
            for _ in range(reps):
                b, r = template_record(rng, lang, fid, reg, kind, tpl)
                out.append((lang, r, kind, fid, b))
        for fid, fn, reps in code:
            for _ in range(reps):
                b, r = fn(rng, lang)
                out.append((lang, r, "pii", lang + "_" + fid, b))
    rng.shuffle(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (lang, reg, kind, fid, b) in enumerate(out):
            text = b.finish()
            rec = {"id": "na7-%04d" % i, "lang": lang, "register": reg, "kind": kind, "frame": fid, "text": text,
                   "spans": sorted(b.spans, key=lambda s: s["start"]), "negatives": sorted(b.negs, key=lambda s: s["start"])}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(out), "records to", OUT)


if __name__ == "__main__":
    main()
