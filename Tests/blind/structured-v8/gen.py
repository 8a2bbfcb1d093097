#!/usr/bin/env python3
"""structured-v8 blind set generator (issue 16). python3 gen.py -> set.jsonl (byte-identical on every run)."""
import json
import random
import re

import frames as F
from values import *
from secrets_tab import KINDS, WEBHOOKS, PEM_KINDS, webhook, pem, public_block, PLACEHOLDERS, publishable, uuid

R = random.Random(16202612)
N_MSG = 2250


class P:
    def __init__(self, text, typ, variant):
        self.text, self.typ, self.variant = text, typ, variant


class N:
    def __init__(self, text, kind):
        self.text, self.kind = text, kind


class Cyc:
    def __init__(self, items):
        self.items, self.pool = list(items), []

    def next(self):
        if not self.pool:
            self.pool = self.items[:]
            R.shuffle(self.pool)
        return self.pool.pop()


C_ISSUER = Cyc(ISSUERS)
C_CARDFORM = Cyc(CARD_FORMS + ["mixed", "linebreak_mid", "space", "plain", "everydigit_space", "group_alt"])
C_PHONE = Cyc([(cc, f) for cc in PHONE_FORMS for f in PHONE_FORMS[cc]])
C_IBANCC = Cyc(list(IBAN_LAYOUT) + ["DE"] * 12 + ["FR"] * 10 + ["AT", "CH", "BE", "NL", "LU", "GB", "IE", "IT", "ES", "PL"] * 4)
C_IBANFORM = Cyc(IBAN_FORMS)
C_IP = Cyc(IP_FORMS)
C_ORDER = Cyc([k for k, w in ORDER_WEIGHTS.items() for _ in range(w)])
C_SECRET = Cyc(list(KINDS) + ["password", "generic_hex", "generic_b64", "generic_b62", "jwt", "aws_access_key_id", "stripe_sk_live", "github_pat_classic"])
C_WEBHOOK = Cyc(WEBHOOKS)
C_PEM = Cyc(list(PEM_KINDS))

# ------------------------------------------------------------------ positives


def mk_card(exclude=()):
    form = C_CARDFORM.next()
    tries = 0
    while form in exclude and tries < 40:
        form = R.choice(CARD_FORMS)
        tries += 1
    iss = C_ISSUER.next()
    d = card_digits(R, iss)
    return P(render_card(R, iss, form, d), "CREDIT_CARD", iss + "/" + form)


def mk_phone(cc=None, form=None, exclude=()):
    if cc is None:
        cc, form = C_PHONE.next()
        while form in exclude:
            cc, form = R.choice([(c, f) for c in PHONE_FORMS for f in PHONE_FORMS[c]])
    elif form is None:
        form = R.choice([f for f in PHONE_FORMS[cc] if f not in exclude])
    return P(phone(R, cc, form), "PHONE", cc + "/" + form)


LANG_CC = {"de": ["DE", "DE", "AT", "CH", "DE", "LU"], "fr": ["FR", "FR", "BE", "CH", "LU", "FR"], "en": ["GB", "IE", "US", "GB", "NL", "IT", "ES", "PL"]}


def mk_iban(exclude=()):
    cc = C_IBANCC.next()
    form = C_IBANFORM.next()
    while form in exclude:
        form = R.choice(IBAN_FORMS)
    return P(render_iban(R, make_iban(R, cc), form), "IBAN", cc + "/" + form)


def mk_email():
    e, v = email(R)
    return P(e, "EMAIL", v)


def mk_order(scheme=None):
    scheme = scheme or C_ORDER.next()
    while True:
        t = ORDER_SCHEMES[scheme](R)
        if not luhn_risky(t):
            return P(t, "ORDER_NUMBER", scheme)


def ip_pieces(form=None):
    """returns list of pieces (str / P) for one IP mention"""
    if form is None:
        form = C_IP.next()
        while form in ("v4_start", "v4_end"):
            form = C_IP.next()
    v4 = ipv4(R)
    if form in ("v4", "v4_start", "v4_end", "v4_quoted"):
        return [P(v4, "IP_ADDRESS", form)] if form != "v4_quoted" else ['"', P(v4, "IP_ADDRESS", form), '"']
    if form == "v4_priv":
        return [P(ipv4(R, R.choice(["priv10", "priv192", "priv172", "loop", "cgnat"])), "IP_ADDRESS", form)]
    if form == "v4_port":
        return [P(v4, "IP_ADDRESS", form), ":" + str(R.choice([22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9200]))]
    if form == "v4_bracket":
        return ["[", P(v4, "IP_ADDRESS", form), "]"]
    if form == "v4_paren":
        return ["(", P(v4, "IP_ADDRESS", form), ")"]
    if form == "v4_userat":
        return [R.choice(["root", "deploy", "admin", "ubuntu", "git", "shop"]) + "@", P(v4, "IP_ADDRESS", form)]
    if form == "v4_cidr":
        a = v4.rsplit(".", 1)[0] + ".0"
        return [P(a, "IP_ADDRESS", form), "/" + str(R.choice([24, 16, 28, 32]))]
    if form == "v4_url":
        return ["http%s://" % R.choice(["", "s"]), P(v4, "IP_ADDRESS", form), R.choice(["/admin", ":8080/", "/api/v2/orders", "/"])]
    if form == "v4_xff_list":
        return [P(v4, "IP_ADDRESS", form), ", ", P(ipv4(R, "priv10"), "IP_ADDRESS", form)]
    o = v4.split(".")
    if form == "defang_last":
        return [P(".".join(o[:3]) + "[.]" + o[3], "IP_ADDRESS", form)]
    if form == "defang_all":
        return [P("[.]".join(o), "IP_ADDRESS", form)]
    if form == "defang_paren":
        return [P("(.)".join(o), "IP_ADDRESS", form)]
    if form == "defang_brace":
        return [P("{.}".join(o), "IP_ADDRESS", form)]
    if form == "defang_dot_word":
        return [P(R.choice(["[dot]", "[DOT]", "(dot)"]).join(o), "IP_ADDRESS", form)]
    if form == "hxxp":
        return [R.choice(["hxxp://", "hxxps://", "hXXp://", "hxxp[:]//"]), P(".".join(o[:3]) + "[.]" + o[3], "IP_ADDRESS", form), R.choice(["/wp-login.php", "/payload.bin", "/", "/gate.php?id=7"])]
    if form == "hxxps_port":
        return ["hxxps://", P("[.]".join(o), "IP_ADDRESS", form), ":" + str(R.choice([8443, 4443, 8080])) + "/"]
    if form == "v6_bracket_port":
        return ["[", P(ipv6(R, "v6_compressed"), "IP_ADDRESS", form), "]:" + str(R.choice([443, 8443, 22]))]
    if form.startswith("v6"):
        return [P(ipv6(R, form), "IP_ADDRESS", form)]
    raise ValueError(form)

# ------------------------------------------------------------------ negatives


def gs1_check(body):
    s = sum(int(c) * (3 if i % 2 == (len(body) % 2 == 0 and 1 or 0) else 1) for i, c in enumerate(body))
    # weight 3 on the digit right before the check digit, alternating leftwards
    s = 0
    for i, c in enumerate(reversed(body)):
        s += int(c) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def ean(n=13):
    while True:
        pre = R.choice(["400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "40", "42", "43", "30", "31", "32", "35", "37", "54", "76", "90", "91", "87", "80", "84", "590"]) if n >= 13 else R.choice(["40", "41", "30", "76", "90"])
        body = pre + rs(R, DIG, n - 1 - len(pre))
        e = body + gs1_check(body)
        if not luhn_ok(e):
            return e


def nonluhn(n, first=None):
    while True:
        d = (first or str(R.randint(1, 9))) + rs(R, DIG, n - len(first or "x"))
        if not (12 <= len(d) <= 19 and luhn_ok(d)):
            return d


def siret():
    while True:
        d = str(R.randint(3, 9)) + rs(R, DIG, 8)
        if luhn_ok(d):
            break
    while True:
        full = d + rs(R, DIG, 5)
        if luhn_ok(full):
            return "%s %s %s %s" % (full[:3], full[3:6], full[6:9], full[9:])


def n_amt(lang):
    eur = R.randint(3, 2400) + R.choice([0, .5, .9, .99, .95, .49])
    whole, cents = int(eur), int(round((eur - int(eur)) * 100))
    if lang == "de":
        w = "{:,}".format(whole).replace(",", ".")
        return R.choice(["%s,%02d €" % (w, cents), "%s,%02d EUR" % (w, cents), "€ %s,%02d" % (w, cents), "CHF %d.%02d" % (whole, cents), "%d,- €" % whole])
    if lang == "fr":
        w = "{:,}".format(whole).replace(",", "\u202f")
        return R.choice(["%s,%02d €" % (w, cents), "%s,%02d EUR" % (w, cents), "%d€%02d" % (whole, cents), "%d,%02d CHF" % (whole, cents)])
    return R.choice(["£%d.%02d" % (whole, cents), "$%s.%02d" % ("{:,}".format(whole), cents), "€%d.%02d" % (whole, cents), "%d.%02d EUR" % (whole, cents)])


MON = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
       "fr": ["janv.", "févr.", "mars", "avril", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
       "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]}


def n_date(lang):
    y, m, d = R.choice([2025, 2026, 2026]), R.randint(1, 12), R.randint(1, 28)
    if lang == "de":
        return R.choice(["%02d.%02d.%d" % (d, m, y), "%d.%d.%02d" % (d, m, y % 100), "%d. %s %d" % (d, MON["de"][m - 1], y), "%d-%02d-%02d" % (y, m, d)])
    if lang == "fr":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MON["fr"][m - 1], y), "%02d/%02d/%02d" % (d, m, y % 100), "%d-%02d-%02d" % (y, m, d)])
    return R.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MON["en"][m - 1], d, y), "%d %s %d" % (d, MON["en"][m - 1], y), "%d-%02d-%02d" % (y, m, d)])


def n_time(lang):
    h, mi = R.randint(7, 21), R.choice([0, 5, 15, 30, 42, 45, 17])
    if lang == "fr":
        return R.choice(["%dh%02d" % (h, mi), "%02d:%02d" % (h, mi), "%dh" % h])
    if lang == "de":
        return R.choice(["%02d:%02d Uhr" % (h, mi), "%d:%02d" % (h, mi), "%02d:%02d:%02d" % (h, mi, R.randint(0, 59))])
    return R.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am"), "%02d:%02d" % (h, mi), "%d%s" % ((h - 1) % 12 + 1, "pm" if h >= 12 else "am")])


def plz(cc):
    if cc == "DE":
        return "%05d" % R.randint(1067, 99998)
    if cc in ("AT", "CH", "BE", "LU"):
        v = str(R.randint(1000, 9990))
        return ("L-" + v) if cc == "LU" and R.random() < .5 else v
    if cc == "FR":
        return "%02d%03d" % (R.choice([75, 69, 13, 33, 35, 59, 67, 44, 31, 6, 1]), R.randint(0, 999))
    if cc == "GB":
        return R.choice(["LS1 4AP", "BS1 5TR", "BA1 1SU", "SW1A 1AA", "EC1V 9HX", "M1 1AE", "G2 8DY", "EH1 1YZ"])
    if cc == "IE":
        return R.choice(["D02 X285", "D08 VF8H", "T12 R5CP", "H91 E2K3"])
    if cc == "US":
        return str(R.randint(10001, 98199))
    if cc == "NL":
        return "%d %s" % (R.randint(1011, 9999), rs(R, UP, 2))
    if cc == "PL":
        return "%02d-%03d" % (R.randint(0, 99), R.randint(0, 999))
    return str(R.randint(10000, 99999))


PLZ_LANG = {"de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "LU"], "en": ["GB", "IE", "US", "NL", "PL"]}

VAT = [lambda: "DE" + rs(R, DIG, 9), lambda: "ATU" + rs(R, DIG, 8), lambda: "FR" + rs(R, DIG, 2) + rs(R, DIG, 9),
       lambda: "BE0" + rs(R, DIG, 9), lambda: "NL" + rs(R, DIG, 9) + "B01", lambda: "CHE-%s.%s.%s" % (rs(R, DIG, 3), rs(R, DIG, 3), rs(R, DIG, 3)),
       lambda: "GB" + rs(R, DIG, 9), lambda: "IE" + rs(R, DIG, 7) + rs(R, UP, 1), lambda: "IT" + rs(R, DIG, 11), lambda: "ESB" + rs(R, DIG, 8),
       lambda: "LU" + rs(R, DIG, 8), lambda: "PL" + rs(R, DIG, 10), lambda: "DE " + rs(R, DIG, 3) + " " + rs(R, DIG, 3) + " " + rs(R, DIG, 3),
       lambda: "FR " + rs(R, DIG, 2) + " " + rs(R, DIG, 3) + " " + rs(R, DIG, 3) + " " + rs(R, DIG, 3)]


def vat():
    while True:
        v = R.choice(VAT)()
        if not luhn_risky(v):
            return v


def tax(lang):
    if lang == "de":
        return R.choice([lambda: "%s/%s/%s" % (rs(R, DIG, 2), rs(R, DIG, 3), rs(R, DIG, 5)), lambda: "%s %s %s %s" % (rs(R, DIG, 2), rs(R, DIG, 3), rs(R, DIG, 3), rs(R, DIG, 3)),
                         lambda: "%s/%s/%s" % (rs(R, DIG, 3), rs(R, DIG, 3), rs(R, DIG, 5))])()
    if lang == "fr":
        return R.choice([lambda: nonluhn(13, R.choice("0123")), lambda: siret()])()
    return R.choice([lambda: "%s %s" % (rs(R, DIG, 5), rs(R, DIG, 5)), lambda: "%s %s %s %s" % (rs(R, UP, 2), rs(R, DIG, 2), rs(R, DIG, 2), rs(R, DIG, 2)) + R.choice("ABCD")])()


def tracking():
    k = R.randrange(10)
    if k == 0:
        return nonluhn(12, R.choice(["2", "3", "6"]))  # DHL Paket
    if k == 1:
        return "JJD" + nonluhn(18, "0")
    if k == 2:
        return "00340434" + rs(R, DIG, 12)
    if k == 3:
        return "1Z" + rs(R, UP + DIG, 6) + R.choice(["03", "68", "66", "01"]) + rs(R, DIG, 8)
    if k == 4:
        return R.choice(["6A", "8K", "8L", "8R", "6C"]) + rs(R, DIG, 11)
    if k == 5:
        return R.choice(["RR", "LA", "CB", "XY", "EE", "LX"]) + rs(R, DIG, 9) + R.choice(["FR", "DE", "BE", "GB"])
    if k == 6:
        return nonluhn(R.choice([11, 12]), "5") if R.random() < .5 else rs(R, UP + DIG, 8)  # GLS
    if k == 7:
        g = nonluhn(14, "0")
        return "%s %s %s %s" % (g[:4], g[4:8], g[8:12], g[12:]) if R.random() < .5 else g  # DPD
    if k == 8:
        return "3S" + rs(R, UP, 4) + rs(R, DIG, 7)  # PostNL
    return "H" + nonluhn(19, "1")[1:] if False else "H" + rs(R, DIG, 4) + rs(R, UP + DIG, 6) + rs(R, DIG, 5)  # Hermes


MODELS = ["WH-1000XM5", "KG39EAICA", "SM-A546B", "DCP-L2530DW", "HR2381/10", "EQ6 S700", "MQD32FN/A", "RX-V685", "KM 5860",
          "TKG EAM 3000", "XPS 9320", "GA-B650M", "EF 50mm f/1.8", "HD 660S2", "BKS 4060", "CM7450", "EX-Z100", "FD-7701",
          "UE55DU7170U", "LN-4401-W", "Aeron B", "CH-7F", "T480s", "S22U-256", "MX Keys S", "QN90C", "KF-6080", "ZR-220", "G733"]


def neg(kind, lang):
    if kind == "n_sku":
        v = R.choice([lambda: "%s-%s-%d-%s" % (rs(R, UP, 2), rs(R, UP, 2), R.randint(100, 9999), R.choice(["BLK", "NVY", "M", "XL", "42", "RED"])),
                      lambda: "ART-%06d" % R.randint(1, 999999), lambda: "%s-%dG-%s" % (rs(R, UP, 2), R.choice([250, 500, 1000]), rs(R, UP, 3)),
                      lambda: "%d-%s-%s" % (R.randint(1000, 9999), rs(R, UP, 2), R.choice(["S", "M", "L"])), lambda: "SKU%d" % R.randint(10000, 999999),
                      lambda: "%s%d/%s" % (rs(R, UP, 3), R.randint(10, 999), rs(R, DIG, 2))])()
        return N(v, "NEGATIVE_SKU")
    if kind == "n_ean":
        return N(R.choice([ean(13), ean(13), ean(8), ean(14)]), "NEGATIVE_EAN")
    if kind == "n_model":
        return N(R.choice(MODELS), "NEGATIVE_MODEL")
    if kind == "n_ticket":
        return N(R.choice([lambda: "#%d" % R.randint(10000, 999999), lambda: "INC%07d" % R.randint(1, 9999999), lambda: "SUP-%d" % R.randint(100, 9999),
                           lambda: "CS-2026-%05d" % R.randint(1, 99999), lambda: "TKT-%d" % R.randint(10000, 99999), lambda: "%d" % R.randint(1000000, 9999999),
                           lambda: "[#%s-%d]" % (R.choice(["HD", "SAV", "KS"]), R.randint(1000, 99999))])(), "NEGATIVE_TICKET")
    if kind == "n_track":
        return N(tracking(), "NEGATIVE_TRACKING")
    if kind == "n_inv":
        return N(R.choice([lambda: "RE-2026-%05d" % R.randint(1, 99999), lambda: "F2026-%04d" % R.randint(1, 9999), lambda: "INV-%d" % R.randint(1000, 99999),
                           lambda: "2026/%04d" % R.randint(1, 9999), lambda: "FA-%05d" % R.randint(1, 99999), lambda: "R%d-%d" % (R.randint(24, 26), R.randint(100, 9999))])(), "NEGATIVE_INVOICE")
    if kind == "n_cust":
        return N(R.choice([lambda: "K-%d" % R.randint(10000, 999999), lambda: "%d" % R.randint(100000, 999999), lambda: "CUST-%05d" % R.randint(1, 99999),
                           lambda: "C%d" % R.randint(1000, 99999), lambda: "KD%d" % R.randint(1000000, 9999999)])(), "NEGATIVE_CUSTOMER_NUMBER")
    if kind == "n_vat":
        return N(vat(), "NEGATIVE_VAT_ID")
    if kind == "n_tax":
        return N(tax(lang), "NEGATIVE_TAX_NUMBER")
    if kind == "n_amt":
        return N(n_amt(lang), "NEGATIVE_AMOUNT")
    if kind == "n_date":
        return N(n_date(lang), "NEGATIVE_DATE")
    if kind == "n_time":
        return N(n_time(lang), "NEGATIVE_TIME")
    if kind == "n_plz":
        return N(plz(R.choice(PLZ_LANG[lang])), "NEGATIVE_POSTCODE")
    if kind == "n_ver":
        return N(R.choice([lambda: "v%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 40)), lambda: "%d.%d.%d-beta.%d" % (R.randint(1, 5), R.randint(0, 9), R.randint(0, 9), R.randint(1, 9)),
                           lambda: "%d.%d" % (R.randint(1, 20), R.randint(0, 99)), lambda: "%d.%d.%d" % (R.randint(2, 9), R.randint(0, 20), R.randint(0, 200))])(), "NEGATIVE_VERSION")
    if kind == "n_ipver":
        return N("%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 60), R.randint(0, 250)), "NEGATIVE_VERSION_IPLIKE")
    if kind == "n_hash":
        return N(R.choice([lambda: rs(R, HEXL, 40), lambda: rs(R, HEXL, 7), lambda: rs(R, HEXL, 8), lambda: "sha256:" + rs(R, HEXL, 64)])(), "NEGATIVE_HASH")
    if kind == "n_uuid":
        return N(uuid(R), "NEGATIVE_UUID")
    if kind == "n_luhn":
        iss = R.choice(list(ISSUERS))
        d = card_digits(R, iss, good=False)
        return N(render_card(R, iss, R.choice(["space", "plain", "dash", "space"]), d), "NEGATIVE_CARD_LUHN")
    if kind == "n_rma":
        return N(R.choice([lambda: "RMA-%d" % R.randint(10000, 99999), lambda: "R-2026-%04d" % R.randint(1, 9999), lambda: "RET%d" % R.randint(10000, 99999)])(), "NEGATIVE_RMA")
    if kind == "n_bic":
        return N(R.choice(["COBADEFFXXX", "BNPAFRPP", "GENODEF1S04", "INGDDEFFXXX", "UBSWCHZH80A", "BKAUATWW", "AIBKIE2D", "DEUTDEDBBER",
                           "CCBPFRPPMTG", "GEBABEBB", "BCEELULL", "RABONL2U", "NWBKGB2L", "BSCHESMM", "UNCRITMM", "PKOPPLPW", "SOGEFRPP"]), "NEGATIVE_BIC")
    if kind == "n_exp":
        return N(R.choice(["%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "%02d/20%02d" % (R.randint(1, 12), R.randint(26, 31))]), "NEGATIVE_DATE")
    if kind == "n_siret":
        return N(siret(), "NEGATIVE_SIRET")
    if kind == "n_pk":
        return N(publishable(R), "NEGATIVE_PUBLIC_KEY")
    if kind == "n_ph":
        return N(R.choice(PLACEHOLDERS), "NEGATIVE_PLACEHOLDER")
    raise KeyError(kind)

# ------------------------------------------------------------------ document builder


class Doc:
    def __init__(self, lang):
        self.lang = lang
        self.parts = []
        self.lower = False

    def add(self, *xs):
        for x in xs:
            if isinstance(x, list):
                self.add(*x)
            else:
                self.parts.append(x)
        return self

    def tpl(self, s, fill=None, lower=False):
        fill = dict(fill or {})
        if "[[plat]]" in s and "order" not in fill:
            fill["order"] = mk_order()
        for i, tok in enumerate(re.split(r"\[\[(\w+)\]\]", s)):
            if i % 2 == 0:
                if tok:
                    self.parts.append(tok.lower() if lower else tok)
            else:
                v = fill[tok] if tok in fill else self.slot(tok, fill)
                if tok == "order" and self.parts and isinstance(self.parts[-1], str) and self.parts[-1].endswith("#"):
                    # a '#' written right before an order id is always part of the span
                    self.parts[-1] = self.parts[-1][:-1]
                    if not v.text.startswith("#"):
                        v = P("#" + v.text, v.typ, v.variant)
                    if not self.parts[-1]:
                        self.parts.pop()
                self.parts.append(v)
        return self

    def slot(self, name, fill):
        lang = self.lang
        if name == "card":
            return mk_card()
        if name == "iban":
            return mk_iban()
        if name == "phone":
            return mk_phone()
        if name == "email":
            return mk_email()
        if name == "order":
            return mk_order()
        if name == "ip":
            return ip_pieces(R.choice([f for f in IP_FORMS if f not in ("v4_start", "v4_end")]))
        if name == "plat":
            sch = fill["order"].variant
            for k, v in [("amazon", "Amazon"), ("ebay", "eBay"), ("etsy", "Etsy"), ("zalando", "Zalando"), ("otto", "OTTO"), ("bol", "bol.com"), ("cdiscount", "Cdiscount")]:
                if sch.startswith(k):
                    return v
            return R.choice(["Bergfink", "Lavande", "Webshop", "online", "Kaffeekontor", "shop"])
        if name == "qname":
            return R.choice(F.NAMES)
        return neg(name, lang)

    def build(self):
        text, spans, negs = "", [], []
        pos = 0

        def flat(xs):
            for x in xs:
                if isinstance(x, list):
                    yield from flat(x)
                else:
                    yield x
        for x in flat(self.parts):
            if isinstance(x, str):
                s = x
            else:
                s = x.text
            b = s.encode()
            if isinstance(x, P):
                spans.append({"start": pos, "end": pos + len(b), "type": x.typ, "variant": x.variant, "value": s})
            elif isinstance(x, N):
                negs.append({"start": pos, "end": pos + len(b), "type": x.kind, "value": s})
            text += s
            pos += len(b)
        return text, spans, negs


def frame(topic, lang):
    return R.choice(getattr(F, topic)[lang])


TOPIC_W = [("CARD", 32), ("PHONE", 22), ("ORDER", 28), ("IBAN", 7), ("EMAIL", 4), ("IP", 4), ("NEG", 14)]


def topic():
    t = R.choices([a for a, _ in TOPIC_W], [w for _, w in TOPIC_W])[0]
    return t

# ------------------------------------------------------------------ prose registers


def sentences(d, k, lower=False, topics=None):
    out = []
    for _ in range(k):
        t = R.choice(topics) if topics else topic()
        out.append(t)
    for i, t in enumerate(out):
        if i:
            d.add(R.choice([" ", "\n", ". ", " - ", "\n\n", " "]))
        d.tpl(frame(t, d.lang), lower=lower)
        if R.random() < .25:
            d.add(R.choice([" ", "\n"]))
            f = R.choice(F.FILLER[d.lang])
            d.add(f.lower() if lower else f)


def reg_chat(lang):
    d = Doc(lang)
    sentences(d, R.choice([1, 1, 2, 2, 3]))
    return d, "chat"


def reg_sms(lang):
    d = Doc(lang)
    if R.random() < .3:
        d.add(R.choice({"en": ["hi ", "hey ", "yo "], "de": ["hallo ", "moin ", "hi "], "fr": ["bjr ", "coucou ", "slt "]}[lang]))
    sentences(d, R.choice([1, 1, 2]), lower=True)
    if R.random() < .3:
        d.add(R.choice({"en": [" thx", " ty", " :)", " 🙏"], "de": [" danke", " lg", " :)", " 🙏"], "fr": [" merci", " bises", " :)", " 🙏"]}[lang]))
    return d, "sms"


def signature(d, sep="\n"):
    lang = d.lang
    d.add(R.choice(F.NAMES))
    role = R.choice(F.ROLES_T[lang])
    if role:
        d.add(sep + role)
    if R.random() < .6:
        d.add(sep + R.choice(F.COMPANIES))
    if R.random() < .6:
        st, city, cc = R.choice(F.STREETS[lang])
        d.add(sep + st + sep)
        d.tpl(city, {"n_plz": N(plz(cc), "NEGATIVE_POSTCODE")})
    n_ph = R.choice([1, 1, 1, 2])
    for i in range(n_ph):
        d.add(sep + R.choice(F.PHONE_LABELS[lang]))
        cc = R.choice(LANG_CC[lang]) if R.random() < .6 else None
        d.add(mk_phone(cc))
    if R.random() < .45:
        d.add(sep + R.choice({"en": ["", "Email: ", "e: ", "✉ "], "de": ["", "E-Mail: ", "Mail: ", "✉ "], "fr": ["", "Courriel : ", "E-mail : ", "✉ "]}[lang]))
        d.add(mk_email())
    if R.random() < .3:
        d.add(sep + R.choice(["USt-IdNr.: ", "VAT: ", "TVA : ", "UID: "]))
        d.add(neg("n_vat", lang))
    if R.random() < .12 and lang == "fr":
        d.add(sep + "SIRET : ")
        d.add(neg("n_siret", lang))


def reg_email(lang):
    d = Doc(lang)
    if R.random() < .45:
        d.add(R.choice(["Subject: ", "Betreff: ", "Objet : "]) if R.random() < .4 else ({"en": "Subject: ", "de": "Betreff: ", "fr": "Objet : "}[lang]))
        d.tpl(R.choice(F.SUBJECT_ORDER[lang]))
        d.add("\n\n")
    d.add(R.choice(F.GREET[lang]) + "\n\n")
    sentences(d, R.choice([1, 2, 2, 3, 4]))
    d.add("\n\n" + R.choice(F.CLOSE[lang]) + "\n")
    if R.random() < .5:
        d.add("-- \n")
    signature(d)
    if R.random() < .55:
        d.add("\n\n")
        d.tpl(F.QUOTE_HDR[lang])
        d.add("\n> ")
        k = R.choice([1, 2])
        for i in range(k):
            if i:
                d.add("\n>\n> ")
            t = topic()
            s = frame(t, lang)
            # quoted lines: a line break inside the quoted text gets the '> ' prefix
            parts = re.split(r"(\n)", s)
            for p in parts:
                if p == "\n":
                    d.add("\n> ")
                elif p:
                    d.tpl(p)
        if R.random() < .4:
            d.add("\n> \n> ")
            d.add(R.choice(F.NAMES))
            d.add("\n> ")
            d.add(R.choice(F.PHONE_LABELS[lang]))
            d.add(mk_phone())
    return d, "email_quoted"


def reg_html(lang):
    d = Doc(lang)
    d.add('<div dir="ltr"><p>' + R.choice(F.GREET[lang]) + "</p>\n<p>")
    for i in range(R.choice([1, 2, 3])):
        if i:
            d.add("</p>\n<p>")
        t = topic()
        if t == "CARD" and R.random() < .35:
            iss = C_ISSUER.next()
            dg = card_digits(R, iss)
            groups = split_groups(dg, default_groups(len(dg), iss))
            ent = R.choice(["&nbsp;", "&#160;", "&#xA0;", "&#8203;"])
            d.tpl(R.choice(["Card: [[card]]", "Karte: [[card]]", "Carte : [[card]]", "<b>[[card]]</b>"]), {"card": P(ent.join(groups), "CREDIT_CARD", iss + "/html_entity")})
        else:
            s = frame(t, lang).replace("\n", "<br>\n")
            d.tpl(s)
    d.add("</p>\n<p>" + R.choice(F.CLOSE[lang]) + "<br>\n" + R.choice(F.NAMES) + "<br>\n")
    cc = R.choice(LANG_CC[lang])
    ph = mk_phone(cc, "intl")
    href = re.sub(r"[ ()\-./]", "", ph.text)
    d.add(R.choice(F.PHONE_LABELS[lang]) + '<a href="tel:', P(href, "PHONE", cc + "/tel_href"), '">', ph, "</a><br>\n")
    em = mk_email()
    d.add('<a href="mailto:', em, '">', P(em.text, "EMAIL", em.variant + "_html"), "</a></p></div>")
    return d, "html_mail"


TICKET_HDR = {"en": ["Ticket", "Priority: high", "Channel: e-mail", "Status: open", "Requester"], "de": ["Ticket", "Priorität: hoch", "Kanal: E-Mail", "Status: offen", "Anfragende Person"],
              "fr": ["Ticket", "Priorité : haute", "Canal : e-mail", "Statut : ouvert", "Demandeur"]}


def reg_ticket(lang):
    d = Doc(lang)
    h = TICKET_HDR[lang]
    d.add(h[0] + " ", neg("n_ticket", lang), " | " + h[1] + " | " + h[2] + "\n")
    d.add(R.choice(["Created: ", "Erstellt: ", "Créé le : "]), neg("n_date", lang), " ", neg("n_time", lang), "\n")
    d.add(h[4] + ": " + R.choice(F.NAMES) + " <", mk_email(), ">\n")
    if R.random() < .5:
        d.add({"en": "Subject: ", "de": "Betreff: ", "fr": "Objet : "}[lang])
        d.tpl(R.choice(F.SUBJECT_ORDER[lang]))
        d.add("\n")
    d.add("---\n")
    sentences(d, R.choice([1, 2, 3]))
    d.add("\n---\n" + {"en": "Internal note: ", "de": "Interne Notiz: ", "fr": "Note interne : "}[lang])
    sentences(d, 1)
    return d, "ticket"


def reg_chat_export(lang):
    d = Doc(lang)
    style = R.randrange(3)
    who = [R.choice(F.NAMES).split()[0], R.choice(["Support", "Agent Lina", "Kundenservice", "SAV Julie", "Bot"])]
    y = R.choice([25, 26])
    for i in range(R.choice([3, 4, 5])):
        m, dd, h, mi = R.randint(1, 12), R.randint(1, 28), R.randint(8, 22), R.randint(0, 59)
        if style == 0:
            ts = "%02d.%02d.%02d, %02d:%02d:%02d" % (dd, m, y, h, mi, R.randint(0, 59))
            d.add("[", N(ts, "NEGATIVE_DATETIME"), "] " + who[i % 2] + ": ")
        elif style == 1:
            ts = "%d/%d/%02d, %d:%02d %s" % (m, dd, y, (h - 1) % 12 + 1, mi, "PM" if h >= 12 else "AM")
            d.add(N(ts, "NEGATIVE_DATETIME"), " - " + who[i % 2] + ": ")
        else:
            ts = "20%02d-%02d-%02d %02d:%02d" % (y, m, dd, h, mi)
            d.add(N(ts, "NEGATIVE_DATETIME"), " | " + who[i % 2] + " | ")
        if i % 2 == 0 or R.random() < .5:
            d.tpl(frame(topic(), lang).replace("\n", " "))
        else:
            d.add(R.choice(F.FILLER[lang]))
        d.add("\n")
    return d, "chat_export"

# ------------------------------------------------------------------ structured registers

COLS = {
    "order": {"en": ["order_id", "Order", "Order No.", "order_number", "PO"], "de": ["Bestellnummer", "Bestell-Nr.", "Auftrag", "Auftragsnr", "bestellung"], "fr": ["N° commande", "commande", "ref_commande", "Réf. commande", "numero_commande"]},
    "email": {"en": ["email", "E-mail", "customer_email"], "de": ["E-Mail", "email", "Mail"], "fr": ["courriel", "e-mail", "Email"]},
    "phone": {"en": ["phone", "Phone", "tel", "mobile"], "de": ["Telefon", "Tel.", "Handy", "telefon"], "fr": ["téléphone", "Tél.", "portable", "tel"]},
    "card": {"en": ["card_number", "Card", "pan"], "de": ["Kartennummer", "Karte", "kreditkarte"], "fr": ["numero_carte", "Carte", "CB"]},
    "iban": {"en": ["iban", "IBAN", "refund_iban"], "de": ["IBAN", "iban", "Bankverbindung"], "fr": ["IBAN", "iban", "rib_iban"]},
    "ip": {"en": ["ip", "client_ip", "remote_addr"], "de": ["IP", "ip_adresse", "client_ip"], "fr": ["IP", "adresse_ip", "ip_client"]},
    "n_sku": {"en": ["sku", "SKU", "item"], "de": ["Artikelnr.", "SKU", "artikel"], "fr": ["réf. article", "SKU", "article"]},
    "n_ean": {"en": ["ean", "GTIN", "barcode"], "de": ["EAN", "GTIN", "ean"], "fr": ["EAN", "code_barre", "gtin"]},
    "n_amt": {"en": ["total", "amount", "Total"], "de": ["Betrag", "Summe", "gesamt"], "fr": ["montant", "Total TTC", "total"]},
    "n_date": {"en": ["date", "created_at", "Date"], "de": ["Datum", "Bestelldatum", "datum"], "fr": ["date", "Date commande", "date_creation"]},
    "n_plz": {"en": ["zip", "postcode", "postal_code"], "de": ["PLZ", "plz", "Postleitzahl"], "fr": ["code_postal", "CP", "cp"]},
    "n_track": {"en": ["tracking", "tracking_no", "Tracking"], "de": ["Sendungsnr.", "tracking", "Paketnummer"], "fr": ["suivi", "n° suivi", "tracking"]},
    "n_cust": {"en": ["customer_no", "Customer", "client_id"], "de": ["Kundennr.", "Kunde", "kundennummer"], "fr": ["n° client", "client", "code_client"]},
    "n_inv": {"en": ["invoice", "Invoice No."], "de": ["Rechnungsnr.", "Rechnung"], "fr": ["facture", "n° facture"]},
    "n_ticket": {"en": ["ticket", "case_id"], "de": ["Ticket", "Vorgang"], "fr": ["ticket", "dossier"]},
    "n_vat": {"en": ["vat_id", "VAT"], "de": ["USt-IdNr", "ust_id"], "fr": ["tva_intra", "TVA"]},
    "n_uuid": {"en": ["request_id", "trace_id"], "de": ["request_id", "Anfrage-ID"], "fr": ["request_id", "id_requete"]},
}


def field_value(col, exclude_card=(), exclude_phone=()):
    lang = None
    if col == "order":
        return mk_order()
    if col == "email":
        return mk_email()
    if col == "phone":
        return mk_phone(exclude=exclude_phone)
    if col == "card":
        return mk_card(exclude=exclude_card)
    if col == "iban":
        return mk_iban(exclude=("linebreak",))
    if col == "ip":
        return P(ipv4(R) if R.random() < .8 else ipv6(R, "v6_compressed"), "IP_ADDRESS", "table_cell")
    return None


def cell(col, lang, **kw):
    v = field_value(col, **kw)
    return v if v is not None else neg(col, lang)


def pick_cols(lang):
    must = R.choice(["order", "order", "card", "card", "phone", "iban"])
    pool = ["order", "email", "phone", "card", "iban", "ip", "n_sku", "n_ean", "n_amt", "n_date", "n_plz", "n_track", "n_cust", "n_inv", "n_ticket", "n_vat", "n_uuid"]
    cols = [must] + R.sample([c for c in pool if c != must], R.randint(2, 5))
    R.shuffle(cols)
    return cols


NOLINE = ("newline", "crlf", "space_newline", "linebreak_mid", "mixed", "nul")


def reg_csv(lang, tsv=False):
    d = Doc(lang)
    cols = pick_cols(lang)
    sep = "\t" if tsv else R.choice([",", ";", ";", ","])
    names = [R.choice(COLS[c][lang]) for c in cols]
    d.add(sep.join(names) + "\n")
    ex = NOLINE + (("tab",) if tsv else ())
    for r_ in range(R.choice([1, 2, 3, 4])):
        for j, c in enumerate(cols):
            if j:
                d.add(sep)
            v = cell(c, lang, exclude_card=ex, exclude_phone=())
            q = (not tsv) and (sep in v.text or R.random() < .25)
            d.add('"' if q else "", v, '"' if q else "")
        d.add("\n")
    return d, "tsv" if tsv else "csv"


def jstr(d, key, v, indent):
    d.add(indent + '"' + key + '": "', v, '"')


JKEY = {"order": ["order_id", "orderNumber", "increment_id", "name", "bestellnummer", "numero_commande", "reference", "order_ref"],
        "email": ["email", "customer_email", "mail", "courriel"], "phone": ["phone", "telephone", "mobile", "tel"],
        "card": ["card_number", "pan", "cc_number", "numero_carte"], "iban": ["iban", "refund_iban", "bank_iban"],
        "ip": ["client_ip", "remote_ip", "ip"], "n_sku": ["sku", "article_no"], "n_ean": ["ean", "gtin"], "n_amt": ["total", "grand_total"],
        "n_date": ["created_at", "date"], "n_plz": ["zip", "postcode", "code_postal"], "n_track": ["tracking_number", "sendungsnummer"],
        "n_cust": ["customer_id", "kundennummer"], "n_inv": ["invoice_no", "rechnungsnummer"], "n_ticket": ["ticket_id"], "n_vat": ["vat_id"],
        "n_uuid": ["request_id", "correlation_id"]}


def reg_json(lang):
    d = Doc(lang)
    cols = pick_cols(lang)
    pretty = R.random() < .6
    nl, ind = ("\n", "  ") if pretty else ("", "")
    d.add("{" + nl)
    wrap = R.random() < .4
    if wrap:
        d.add(ind + '"event": "' + R.choice(["order.created", "checkout.failed", "customer.updated", "refund.requested"]) + '",' + nl + ind + '"data": {' + nl)
    inner = ind * (2 if wrap else 1)
    for j, c in enumerate(cols):
        if j:
            d.add("," + nl)
        key = R.choice(JKEY[c])
        if c == "order" and key == "name":
            v = mk_order(R.choice(["shopify_default", "shopify_prefix", "shopify_suffix"]))
        else:
            v = cell(c, lang, exclude_card=NOLINE + ("tab", "bom"))
        if c == "n_amt":
            d.add(inner + '"' + key + '": ' + str(R.randint(5, 900)) + "." + str(R.randint(10, 99)))
            continue
        jstr(d, key, v, inner)
    if wrap:
        d.add(nl + ind + "}")
    d.add(nl + "}")
    return d, "json"


def reg_yaml(lang):
    d = Doc(lang)
    cols = pick_cols(lang)
    d.add(R.choice(["order:\n", "customer:\n", "- record:\n", "kunde:\n", "commande:\n"]))
    for c in cols:
        key = R.choice(JKEY[c])
        v = cell(c, lang, exclude_card=NOLINE + ("tab",))
        q = R.random() < .4 or (c == "order" and v.text.startswith("#"))
        d.add("  " + key + ": " + ('"' if q else ""), v, ('"' if q else "") + "\n")
    return d, "yaml"


def reg_md(lang):
    d = Doc(lang)
    cols = pick_cols(lang)
    names = [R.choice(COLS[c][lang]) for c in cols]
    if R.random() < .4:
        d.add({"en": "Here's the list from the export:\n\n", "de": "Hier die Liste aus dem Export:\n\n", "fr": "Voici la liste de l'export :\n\n"}[lang])
    d.add("| " + " | ".join(names) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r_ in range(R.choice([1, 2, 3])):
        d.add("|")
        for c in cols:
            d.add(" ", cell(c, lang, exclude_card=NOLINE + ("tab",)), " |")
        d.add("\n")
    return d, "md_table"


FORM_LBL = {"en": {"name": "Name", "email": "Email", "phone": "Phone", "order": "Order number", "msg": "Message", "card": "Card number", "iban": "IBAN", "n_plz": "ZIP"},
            "de": {"name": "Name", "email": "E-Mail", "phone": "Telefon", "order": "Bestellnummer", "msg": "Nachricht", "card": "Kartennummer", "iban": "IBAN", "n_plz": "PLZ"},
            "fr": {"name": "Nom", "email": "E-mail", "phone": "Téléphone", "order": "N° de commande", "msg": "Message", "card": "N° de carte", "iban": "IBAN", "n_plz": "Code postal"}}


def reg_form(lang):
    d = Doc(lang)
    L = FORM_LBL[lang]
    style = R.randrange(3)
    fields = ["name", "email", "phone"] + R.sample(["order", "order", "card", "iban", "n_plz"], 2)
    R.shuffle(fields)
    d.add(R.choice(["New contact form submission\n", "Neue Kontaktanfrage über das Formular\n", "Nouveau message via le formulaire de contact\n", "=== FORM DUMP ===\n", ""]))
    for f in fields + ["msg"]:
        lbl = L[f]
        if style == 0:
            d.add(lbl + ": ")
        elif style == 1:
            d.add("[" + lbl.lower().replace(" ", "_") + "] => ")
        else:
            d.add("**" + lbl + ":** ")
        if f == "name":
            d.add(R.choice(F.NAMES))
        elif f == "msg":
            sentences(d, 1)
        else:
            d.add(cell(f, lang, exclude_card=("nul",)))
        d.add("\n")
    return d, "form"


def reg_log(lang):
    d = Doc(lang)
    for i in range(R.choice([2, 3, 4, 5])):
        ts = "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
        d.add(N(ts, "NEGATIVE_DATETIME"), " " + R.choice(["INFO ", "WARN ", "ERROR", "DEBUG"]) + " [" + R.choice(["checkout", "payment", "api", "auth", "webhook", "mailer"]) + "] ")
        k = R.randrange(7)
        if k == 0:
            d.add("order placed order=", mk_order(), " ip=", ip_pieces(R.choice(["v4", "v4_priv", "v6_compressed", "v6_mapped"])), " req=", neg("n_uuid", lang))
        elif k == 1:
            d.add("login failed user=", mk_email(), " from ", ip_pieces(R.choice(["v4", "v4_port", "v6_compressed"])))
        elif k == 2:
            d.add("sms sent to=", mk_phone(exclude=("ext",)), " status=queued sid=SM", rs(R, HEXL, 32))
        elif k == 3:
            d.add('payment declined pan="', mk_card(exclude=NOLINE + ("tab",)), '" reason=do_not_honor amount=', neg("n_amt", "en"))
        elif k == 4:
            d.add("upstream ", ip_pieces(R.choice(["v4_port", "v4_bracket", "v6_bracket_port", "v4"])), " timeout after 30000ms version=", neg("n_ver", lang))
        elif k == 5:
            d.add("GET /api/orders/", P(str(R.randint(1000, 99999)), "ORDER_NUMBER", "rest_path"), " 200 ", str(R.randint(3, 900)) + "ms")
        else:
            d.add("refund queued iban=", mk_iban(exclude=("linebreak",)), " ref=", neg("n_inv", lang))
        d.add("\n")
    return d, "log"

# ------------------------------------------------------------------ secrets / dev registers


def mk_secret(kind=None):
    kind = kind or C_SECRET.next()
    fn, prefixed, keys = KINDS[kind]
    return R.choice(keys), P(fn(R), "SECRET", kind)


def url_pw():
    return R.choice([lambda: rs(R, ALNUM, R.randint(12, 24)), lambda: R.choice(["Tulpe", "Velo", "Soleil", "Kaffee", "Marmotte"]) + str(R.randint(10, 99)) + rs(R, ALNUM, 5) + R.choice(["!", "-", "_", "~", ""])])()


def host_piece():
    if R.random() < .35:
        return [P(ipv4(R, R.choice(["priv10", "priv192", "pub", "priv172"])), "IP_ADDRESS", "conn_host")]
    return [R.choice(["db.internal", "pg-prod-01.bergfink.local", "mysql.lavande.fr", "cluster0.x8k2q.mongodb.net", "redis-master", "rabbit.eu-central-1.amazonaws.com", "smtp.mailbox.org", "10-0-3-12.svc"])]


def conn_pieces():
    k = R.randrange(10)
    user = R.choice(["app", "shop", "root", "admin", "deploy", "magento", "wp_user", "svc_orders", "postgres"])
    pw = P(url_pw(), "SECRET", "conn_url")
    if k == 0:
        return ["postgres://" + user + ":", pw, "@", host_piece(), ":5432/" + R.choice(["shop", "orders", "prod"])]
    if k == 1:
        return ["mysql://" + user + ":", pw, "@", host_piece(), ":3306/" + R.choice(["magento", "wordpress", "presta"])]
    if k == 2:
        return ["mongodb+srv://" + user + ":", pw, "@cluster0." + rs(R, LO + DIG, 5) + ".mongodb.net/?retryWrites=true&w=majority"]
    if k == 3:
        return ["redis://:", pw, "@", host_piece(), ":6379/0"]
    if k == 4:
        return ["amqps://" + user + ":", pw, "@b-" + uuid(R) + ".mq.eu-central-1.amazonaws.com:5671"]
    if k == 5:
        return ["smtp://" + user + "%40bergfink-outdoor.de:", pw, "@smtp." + R.choice(["office365.com", "gmail.com", "mailbox.org"]) + ":587"]
    if k == 6:
        return ["jdbc:postgresql://", host_piece(), ":5432/shop?user=" + user + "&password=", P(url_pw(), "SECRET", "jdbc")]
    if k == 7:
        return ["Server=tcp:" + R.choice(["bergfink", "lavande"]) + "-sql.database.windows.net,1433;Database=shop;User ID=" + user + ";Password=", P(url_pw(), "SECRET", "ado_conn"), ";Encrypt=True;"]
    if k == 8:
        return ["DefaultEndpointsProtocol=https;AccountName=" + R.choice(["bergfinkassets", "lavandemedia"]) + ";AccountKey=", P(b64(64), "SECRET", "azure_storage_key"), ";EndpointSuffix=core.windows.net"]
    return ["https://" + user + ":", P(url_pw(), "SECRET", "url_password"), "@" + R.choice(["ftp.bergfink-outdoor.de", "git.lavande.fr", "nexus.intern", "backup.teekanne.at"]) + "/"]


def b64(n):
    import base64
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


def auth_pieces():
    k = R.randrange(6)
    if k == 0:
        return ["Authorization: Bearer ", P(KINDS["jwt"][0](R), "SECRET", "auth_bearer_jwt")]
    if k == 1:
        return ["Authorization: Bearer ", P(rs(R, ALNUM + "-_", R.choice([32, 40, 48])), "SECRET", "auth_bearer_opaque")]
    if k == 2:
        import base64
        cred = R.choice(["api", "shop", "admin", "deploy"]) + ":" + url_pw()
        return ["Authorization: Basic ", P(base64.b64encode(cred.encode()).decode(), "SECRET", "auth_basic")]
    if k == 3:
        return ["Authorization: token ", P(KINDS["github_pat_classic"][0](R), "SECRET", "github_pat_classic")]
    if k == 4:
        kind = R.choice(["stripe_sk_live", "openai_project", "anthropic", "sendgrid", "shopify_admin", "groq", "hubspot_pat", "linear", "notion"])
        return ["Authorization: Bearer ", P(KINDS[kind][0](R), "SECRET", kind)]
    return [R.choice(["X-Api-Key: ", "x-api-key: ", "X-Auth-Token: "]), P(rs(R, HEXL, 32) if R.random() < .5 else rs(R, ALNUM, 40), "SECRET", "api_key_header")]


def cfg_line(style, key, val, lang):
    """render key/value in a config style; val is P/N/str"""
    if style == "env":
        q = '"' if (isinstance(val, P) and val.variant == "password") or R.random() < .2 else ""
        return [key.upper() + "=" + q, val, q]
    if style == "yaml":
        q = '"' if R.random() < .4 else ""
        return ["  " + key.lower() + ": " + q, val, q]
    if style == "json":
        return ['  "' + key + '": "', val, '"']
    if style == "props":
        return [key.lower().replace("_", ".") + "=", val]
    if style == "php":
        return ["    '" + key.lower() + "' => '", val, "',"]
    if style == "toml":
        return [key.lower() + ' = "', val, '"']
    raise ValueError(style)


PLAIN_CFG = [("APP_ENV", "production"), ("LOG_LEVEL", "debug"), ("PORT", "8080"), ("REGION", "eu-central-1"), ("SHOP_LOCALE", "de_DE"),
             ("MAIL_FROM", None), ("DB_HOST", "ip"), ("CACHE_TTL", "3600"), ("FEATURE_NEW_CHECKOUT", "true"), ("STRIPE_PUBLISHABLE_KEY", "pk"),
             ("SENTRY_RELEASE", "ver"), ("GIT_SHA", "hash"), ("TIMEZONE", "Europe/Berlin")]


def cfg_doc(lang, style):
    d = Doc(lang)
    sep = ",\n" if style == "json" else "\n"
    lines = []
    n_sec = R.choice([2, 2, 3, 3, 4])
    for _ in range(n_sec):
        key, p = mk_secret()
        lines.append(cfg_line(style, key, p, lang))
    for _ in range(R.choice([1, 2, 3])):
        k, v = R.choice(PLAIN_CFG)
        if v is None:
            v = mk_email()
        elif v == "ip":
            v = P(ipv4(R, R.choice(["priv10", "priv192", "pub"])), "IP_ADDRESS", "cfg_value")
        elif v == "pk":
            v = neg("n_pk", lang)
        elif v == "ver":
            v = neg("n_ver", lang)
        elif v == "hash":
            v = N(rs(R, HEXL, 40), "NEGATIVE_HASH")
        lines.append(cfg_line(style, k, v, lang))
    if R.random() < .6:
        k = R.choice(["STRIPE_SECRET_KEY", "OPENAI_API_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "api_key", "SMTP_PASSWORD", "GITHUB_TOKEN"])
        lines.append(cfg_line(style, k, neg("n_ph", lang), lang))
    if R.random() < .5 and style != "json":
        k = R.choice(["DATABASE_URL", "REDIS_URL", "MONGO_URI", "AMQP_URL", "MAILER_DSN", "AZURE_STORAGE_CONNECTION_STRING"])
        lines.append(cfg_line(style, k, conn_pieces(), lang) if style != "env" else [k + "=", conn_pieces()])
    if R.random() < .3:
        wk = C_WEBHOOK.next()
        key = {"slack": "SLACK_WEBHOOK_URL", "discord": "DISCORD_WEBHOOK", "teams": "TEAMS_WEBHOOK_URL", "zapier": "ZAPIER_HOOK", "google_chat": "GCHAT_WEBHOOK"}[wk]
        lines.append(cfg_line(style, key, P(webhook(R, wk), "SECRET", "webhook_" + wk), lang))
    R.shuffle(lines)
    if style == "json":
        d.add("{\n")
    elif style == "php":
        d.add("<?php\nreturn [\n")
    elif R.random() < .5:
        d.add(R.choice(["# production secrets – DO NOT COMMIT\n", "# .env.local\n", "# Konfiguration Shop\n", "# config prod (ne pas partager)\n", "[default]\n" if style == "toml" else "# ---\n"]))
    if style == "yaml":
        d.add(R.choice(["env:\n", "secrets:\n", "config:\n", "services:\n"]))
    for i, l in enumerate(lines):
        if i:
            d.add(sep)
        d.add(l)
    if style == "json":
        d.add("\n}")
    elif style == "php":
        d.add("\n];")
    return d


def reg_cfg(lang):
    style = R.choice(["env", "env", "yaml", "json", "props", "php", "toml"])
    d = cfg_doc(lang, style)
    if R.random() < .35:
        intro = {"en": ["here's our config, something is wrong with the mailer:\n\n", "staging env below\n```\n"],
                 "de": ["hier unsere Config, irgendwas stimmt mit dem Mailer nicht:\n\n", "die .env vom Staging:\n```\n"],
                 "fr": ["voici notre config, le mailer plante :\n\n", "le .env de préprod :\n```\n"]}[lang]
        it = R.choice(intro)
        d.parts.insert(0, it)
        if "```" in it:
            d.add("\n```")
    return d, "config_" + style


SHELL_CMDS = [
    lambda: ["export ", None],
    lambda: ["curl -s -H \"Authorization: Bearer ", "TOK", "\" https://api." + R.choice(["stripe.com/v1/charges", "openai.com/v1/models", "github.com/user", "shop.example/api/orders"])],
    lambda: ["curl -u " + R.choice(["api", "admin", "ck_shop"]) + ":", "PW", " https://" + R.choice(["api.mailgun.net/v3/domains", "shop.bergfink-outdoor.de/wp-json/wc/v3/orders"])],
    lambda: ["git clone https://oauth2:", "GL", "@gitlab.com/bergfink/shop.git"],
    lambda: ["git remote set-url origin https://", "GH", "@github.com/lavande/boutique.git"],
    lambda: ["docker login -u deploy -p ", "PW", " registry.gitlab.com"],
    lambda: ["mysql -h ", "IP", " -u root -p", "PW", " magento"],
    lambda: ["echo ", "GH", " | gh auth login --with-token"],
    lambda: ["npm config set //registry.npmjs.org/:_authToken ", "NPM"],
    lambda: ["ssh ", "IPU", " -p 2222"],
    lambda: ["ping -c 3 ", "IP"],
    lambda: ["aws configure set aws_secret_access_key ", "AWSS"],
]


def reg_shell(lang):
    d = Doc(lang)
    n0 = R.randint(100, 1900)
    hist = R.random() < .6
    prompt = R.choice(["$ ", "root@web01:~# ", "deploy@ci:/srv/shop$ ", "PS C:\\shop> ", "❯ "])
    for i in range(R.choice([2, 3, 4, 5])):
        d.add(("%5d  " % (n0 + i)) if hist else prompt)
        parts = R.choice(SHELL_CMDS)()
        for p in parts:
            if p is None:
                key, sp = mk_secret()
                d.add(key.upper() + "=", sp)
            elif p == "TOK":
                kind = R.choice(["stripe_sk_live", "openai_project", "github_pat_classic", "jwt", "anthropic", "shopify_admin"])
                d.add(P(KINDS[kind][0](R), "SECRET", kind))
            elif p == "PW":
                d.add(P(url_pw(), "SECRET", "password_cli"))
            elif p == "GL":
                d.add(P(KINDS["gitlab_pat"][0](R), "SECRET", "gitlab_pat"))
            elif p == "GH":
                kind = R.choice(["github_pat_classic", "github_fine_grained", "github_app_server"])
                d.add(P(KINDS[kind][0](R), "SECRET", kind))
            elif p == "NPM":
                d.add(P(KINDS["npm"][0](R), "SECRET", "npm"))
            elif p == "IP":
                d.add(P(ipv4(R), "IP_ADDRESS", "shell_arg"))
            elif p == "IPU":
                d.add(ip_pieces("v4_userat"))
            elif p == "AWSS":
                d.add(P(KINDS["aws_secret_key"][0](R), "SECRET", "aws_secret_key"))
            else:
                d.add(p)
        d.add("\n")
    if R.random() < .3:
        d.add(prompt + "export STRIPE_KEY=", neg("n_ph", lang), "\n")
    return d, "shell"


def reg_stack(lang):
    d = Doc(lang)
    k = R.randrange(4)
    if k == 0:
        kind = R.choice(["stripe_sk_live", "google_api", "mailgun", "generic_hex", "twilio_api_key", "sendgrid"])
        param = R.choice(["api_key", "key", "token", "access_token"])
        d.add("Traceback (most recent call last):\n  File \"/srv/shop/payments/client.py\", line " + str(R.randint(20, 400)) + ", in charge\n    resp.raise_for_status()\n")
        d.add("requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api." + R.choice(["payments.example", "maps.googleapis.com/maps/api/geocode/json", "mailer.example/v3/messages"]) + "?" + param + "=", P(KINDS[kind][0](R), "SECRET", kind), "&ts=", neg("n_date", "en"))
    elif k == 1:
        d.add("psycopg2.OperationalError: connection to server failed\nDSN: ", conn_pieces(), "\n  at db/pool.py:" + str(R.randint(10, 200)))
    elif k == 2:
        d.add("Exception in thread \"main\" java.lang.IllegalStateException: auth failed for header [", auth_pieces(), "]\n\tat com.bergfink.shop.api.Client.call(Client.java:" + str(R.randint(10, 900)) + ")\n\tat com.bergfink.shop.OrderSync.run(OrderSync.java:" + str(R.randint(10, 200)) + ")")
    else:
        key, p = mk_secret()
        d.add("UnhandledPromiseRejectionWarning: Error: Request failed with status code 403\n    at settle (node_modules/axios/lib/core/settle.js:19:12)\n  config: { headers: { '" + key + "': '", p, "' }, url: 'https://api.example.shop/v2/orders' }")
    if R.random() < .5:
        d.add("\n", R.choice(["request_id=", "X-Request-Id: ", "trace: "]), neg("n_uuid", lang))
    if R.random() < .5:
        intro = {"en": "Getting this since the deploy ", "de": "Seit dem Deploy kommt das ", "fr": "Depuis le déploiement on a ça "}[lang]
        d.parts[0:0] = [intro, neg("n_hash", lang), ":\n\n"]
    return d, "stacktrace"


def reg_http(lang):
    d = Doc(lang)
    d.add(R.choice(["POST /v1/charges HTTP/1.1\n", "GET /admin/api/2025-10/orders.json HTTP/1.1\n", "PUT /wp-json/wc/v3/orders/", "POST /api/checkout HTTP/2\n"]))
    if d.parts[-1].startswith("PUT"):
        d.add(P(str(R.randint(100, 99999)), "ORDER_NUMBER", "rest_path"), " HTTP/1.1\n")
    d.add("Host: " + R.choice(["api.stripe.com", "bergfink.myshopify.com", "shop.lavande.fr", "api.kaffeekontor-ruhr.de"]) + "\n")
    d.add(auth_pieces(), "\n")
    if R.random() < .7:
        d.add("X-Forwarded-For: ", ip_pieces("v4_xff_list"), "\n")
    d.add("X-Request-Id: ", neg("n_uuid", lang), "\n")
    d.add("User-Agent: ShopSync/", neg("n_ver", lang), "\n")
    if R.random() < .5:
        d.add("Content-Type: application/json\n\n{\"order_id\": \"", mk_order(), "\", \"email\": \"", mk_email(), "\"}")
    return d, "http_dump"


DEVCHAT = {
 "en": ["can you put [[sec]] into the staging vault? the old one got revoked", "new token for the ci: [[sec]]", "oops, that was the prod key: [[sec]] — rotating now",
        "[[sec]] <- that's the one from the dashboard, right?", "the webhook secret is [[sec]], don't ask me why it's in slack", "here you go [[sec]]"],
 "de": ["kannst du [[sec]] ins Staging-Vault legen? der alte wurde widerrufen", "neuer Token für die CI: [[sec]]", "ups, das war der Prod-Key: [[sec]] – rotiere gleich",
        "[[sec]] ist doch der aus dem Dashboard, oder?", "Webhook-Secret ist [[sec]], frag nicht warum das im Chat steht", "bitte schön: [[sec]]"],
 "fr": ["tu peux mettre [[sec]] dans le vault de préprod ? l'ancien a été révoqué", "nouveau jeton pour la CI : [[sec]]", "oups c'était la clé de prod : [[sec]] – je la régénère",
        "[[sec]] c'est bien celle du dashboard ?", "le secret du webhook c'est [[sec]], me demande pas pourquoi c'est sur slack", "voilà : [[sec]]"],
}
DEVNEG = {
 "en": ["the publishable key [[n_pk]] is fine to ship in the frontend", "docs say to use [[n_ph]] as the value", "deployed [[n_hash]] as [[n_ver]]", "firmware [[n_ipver]] on the scanner", "request [[n_uuid]] timed out"],
 "de": ["der Publishable Key [[n_pk]] darf ins Frontend", "laut Doku einfach [[n_ph]] eintragen", "[[n_hash]] als [[n_ver]] deployt", "Scanner läuft mit Firmware [[n_ipver]]", "Request [[n_uuid]] lief in ein Timeout"],
 "fr": ["la clé publique [[n_pk]] peut aller dans le front", "la doc dit de mettre [[n_ph]]", "déployé [[n_hash]] en [[n_ver]]", "le scanner est en firmware [[n_ipver]]", "la requête [[n_uuid]] a expiré"],
}


def reg_devchat(lang):
    d = Doc(lang)
    for i in range(R.choice([1, 2, 2, 3])):
        if i:
            d.add("\n")
        if R.random() < .7:
            k = C_SECRET.next()
            fn, prefixed, keys = KINDS[k]
            s = R.choice(DEVCHAT[lang])
            if prefixed:
                d.tpl(s, {"sec": P(fn(R), "SECRET", k)})
            else:
                d.tpl(s, {"sec": [R.choice(keys) + "=", P(fn(R), "SECRET", k)]})
        else:
            d.tpl(R.choice(DEVNEG[lang]))
    return d, "dev_chat"


def reg_pem(lang):
    d = Doc(lang)
    intro = {"en": ["key for the sftp box, pls don't share:\n", "here's the deploy key\n\n", "```\n"], "de": ["Key für den SFTP-Server, bitte nicht weitergeben:\n", "hier der Deploy-Key\n\n", "```\n"],
             "fr": ["la clé pour le sftp, ne pas partager svp :\n", "voici la clé de déploiement\n\n", "```\n"]}[lang]
    it = R.choice(intro)
    d.add(it)
    k = C_PEM.next()
    if R.random() < .15:
        d.add('{"private_key": "', P(pem(R, k, "\\n"), "SECRET", "pem_jsonesc_" + k), '", "client_email": "', mk_email(), '"}')
    else:
        d.add(P(pem(R, k), "SECRET", k))
    if "```" in it:
        d.add("\n```")
    if R.random() < .6:
        d.add("\n\n" + {"en": "and the public part for authorized_keys / the server:\n", "de": "und der öffentliche Teil für den Server:\n", "fr": "et la partie publique pour le serveur :\n"}[lang])
        kk = R.choice(["ssh", "pem_public", "certificate"])
        d.add(N(public_block(R, kk), "NEGATIVE_CERTIFICATE" if kk == "certificate" else "NEGATIVE_PUBLIC_KEY"))
    if R.random() < .4:
        d.add("\n" + {"en": "server is ", "de": "Server ist ", "fr": "le serveur c'est "}[lang], ip_pieces(R.choice(["v4", "v4_userat", "v4_port"])))
    return d, "pem_paste"


def reg_misc_cfg(lang):
    d = Doc(lang)
    k = R.randrange(6)
    if k == 0:
        d.add("# ~/.npmrc\n//registry.npmjs.org/:_authToken=", P(KINDS["npm"][0](R), "SECRET", "npm"), "\n@bergfink:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=", P(KINDS["github_pat_classic"][0](R), "SECRET", "github_pat_classic"), "\n")
    elif k == 1:
        d.add("machine api.heroku.com\n  login ", mk_email(), "\n  password ", P(KINDS["heroku_v2"][0](R), "SECRET", "heroku_v2"), "\nmachine ftp.", R.choice(["bergfink-outdoor.de", "lavande.fr"]), "\n  login deploy\n  password ", P(url_pw(), "SECRET", "password"), "\n")
    elif k == 2:
        d.add('[remote "origin"]\n\turl = https://', R.choice(["x-access-token:", "oauth2:", ""]), P(KINDS["github_app_server"][0](R), "SECRET", "github_app_server"), "@github.com/bergfink/shop.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n")
    elif k == 3:
        d.add("apiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-secrets\ntype: Opaque\nstringData:\n")
        for _ in range(R.choice([1, 2, 3])):
            key, p = mk_secret()
            d.add("  " + key + ": \"", p, "\"\n")
        d.add("  PUBLIC_STRIPE_KEY: \"", neg("n_pk", lang), "\"\n")
    elif k == 4:
        d.add("services:\n  shop:\n    image: ghcr.io/bergfink/shop@", N("sha256:" + rs(R, HEXL, 64), "NEGATIVE_HASH"), "\n    environment:\n")
        for _ in range(R.choice([2, 3])):
            key, p = mk_secret()
            d.add("      - " + key + "=", p, "\n")
        d.add("      - DATABASE_URL=", conn_pieces(), "\n    ports:\n      - \"8080:80\"\n")
    else:
        d.add("*:*:", R.choice(["shop", "orders"]), ":", R.choice(["app", "postgres"]), ":", P(url_pw(), "SECRET", "pgpass"), "\n")
        d.add(host_piece(), ":5432:*:replicator:", P(url_pw(), "SECRET", "pgpass"), "\n")
    return d, "config_misc"


SEC_TXT = {
 "en": ["IOC list for the phishing wave:", "Confirmed C2 traffic to", "Blocklist update, please apply:", "Brute force on /admin from"],
 "de": ["IOC-Liste zur Phishing-Welle:", "Bestätigter C2-Verkehr zu", "Blocklist-Update, bitte einspielen:", "Brute-Force auf /admin von"],
 "fr": ["Liste d'IOC pour la vague de phishing :", "Trafic C2 confirmé vers", "Mise à jour de la blocklist, à appliquer :", "Brute force sur /admin depuis"],
}


def reg_security(lang):
    d = Doc(lang)
    edge = R.random()
    if edge < .15:
        d.add(ip_pieces("v4_start"), " " + {"en": "keeps hammering the login, blocked for 24h", "de": "hämmert weiter auf den Login, 24h gesperrt", "fr": "martèle toujours la page de connexion, bloquée 24h"}[lang])
        return d, "security"
    if edge < .3:
        d.add({"en": "Offending address: ", "de": "Auffällige Adresse: ", "fr": "Adresse en cause : "}[lang], ip_pieces("v4_end"))
        return d, "security"
    d.add(R.choice(SEC_TXT[lang]) + "\n")
    for _ in range(R.choice([2, 3, 4])):
        d.add(R.choice(["- ", "* ", "  ", "• "]), ip_pieces(), "\n")
    if R.random() < .5:
        d.add({"en": "not related: scanner firmware ", "de": "nicht relevant: Scanner-Firmware ", "fr": "sans rapport : firmware du scanner "}[lang], neg("n_ipver", lang), ", ", R.choice(["hash ", "build "]), neg("n_hash", lang))
    return d, "security"


def reg_neg(lang):
    d = Doc(lang)
    sentences(d, R.choice([2, 3, 4]), topics=["NEG"])
    return d, "neg_only"

# ------------------------------------------------------------------ main

REGS = [(reg_chat, 230), (reg_sms, 120), (reg_email, 260), (reg_html, 70), (reg_ticket, 110), (reg_chat_export, 110), (reg_form, 110),
        (reg_csv, 90), (lambda l: reg_csv(l, tsv=True), 40), (reg_json, 110), (reg_yaml, 50), (reg_md, 60), (reg_log, 70),
        (reg_cfg, 200), (reg_shell, 90), (reg_stack, 70), (reg_http, 60), (reg_devchat, 120), (reg_pem, 60), (reg_misc_cfg, 70),
        (reg_security, 60), (reg_neg, 90)]


def main():
    schedule = []
    tot = sum(w for _, w in REGS)
    for fn, w in REGS:
        schedule += [fn] * round(w * N_MSG / tot)
    R.shuffle(schedule)
    out = []
    for i, fn in enumerate(schedule):
        lang = ["en", "de", "fr"][i % 3]
        d, reg = fn(lang)
        text, spans, negs = d.build()
        for s in spans:
            if s["variant"] == "v4_start":
                assert s["start"] == 0
            if s["variant"] == "v4_end":
                assert s["end"] == len(text.encode())
        out.append({"id": "sv8-%05d" % i, "lang": lang, "register": reg, "text": text, "spans": spans, "negatives": negs})
    with open("set.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "records")


if __name__ == "__main__":
    main()
