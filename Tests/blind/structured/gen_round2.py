#!/usr/bin/env python3
"""Round-2 generator for the blind structured set (issue 16).

  python3 gen_round2.py            # rewrites set.jsonl: keeps the first 323 records, appends round 2

Hand-written message frames (FRAMES, in frames_round2.py) with placeholders, filled with format-valid
values built from the documented formats (Luhn, ISO 13616 mod-97 with each country's BBAN structure,
provider token shapes with random tails, ...). Seeded, so the output is reproducible. No fake-data
library; the few names, streets and domains are hand-written below.

Placeholder syntax inside a frame:  [[KIND:arg@tag]]
  O  order number   (arg = scheme)          C  credit card (arg = issuer, 'json' = no tab/ZWSP)
  I  IBAN (arg = country / 'nobreak')       P  phone (arg = country / 'tel' / 'ext')
  IP ip address (arg = v4|v6|private|public|defang|url|port|mapped)
  E  e-mail (arg = form)                    S  secret (arg = provider/kind, see SECRET_GEN)
  N  hard negative (arg = kind)             lowercase = unlabelled filler (first, last, city, ...)
  @tag stores the value; [[@tag]] repeats it (same type/variant, new span)
"""
import base64
import json
import os
import random
import re
import string
import uuid

R = random.Random(1604_2026)
HERE = os.path.dirname(os.path.abspath(__file__))

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = string.ascii_letters + string.digits
B64 = AN + "+/"
B64U = AN + "-_"
HEX = "0123456789abcdef"


def rs(n, alph=AN):
    return "".join(R.choice(alph) for _ in range(n))


def dig(n, first_nonzero=False):
    s = rs(n, DG)
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


# ------------------------------------------------------------------ hand-written fillers
FIRST = ["Anna", "Jonas", "Léa", "Mathis", "Sophie", "Lukas", "Camille", "Noah", "Chloé", "Felix", "Inès", "Paul",
         "Marie", "Hugo", "Greta", "Tom", "Manon", "Jan", "Élodie", "Moritz", "Sarah", "Olivier", "Katrin", "Ben",
         "Priya", "Kemal", "Zofia", "Luca", "Aylin", "Rafael", "Nele", "Yannick", "Hannah", "Émile", "Ida"]
LAST = ["Wagner", "Dubois", "Schreiber", "Lefèvre", "Brenner", "Morel", "Hoffmann", "Girard", "Kowalski", "Rossi",
        "Öztürk", "Van Dijk", "Peeters", "Huber", "Keller", "Fontaine", "Becker", "Lambert", "Novak", "Jansen",
        "Marchetti", "Schulte", "Roux", "Bauer", "Clément", "Winter", "Fischer", "Gauthier", "Lindner", "Meyer"]
CITY = ["Köln", "Lyon", "Wien", "Zürich", "Hamburg", "Bordeaux", "Graz", "Genève", "Leipzig", "Lille", "Utrecht",
        "Gent", "München", "Nantes", "Bern", "Dresden", "Toulouse", "Linz", "Rotterdam", "Liège"]
STREET = ["Lindenstraße", "rue des Lilas", "Hauptstr.", "avenue Jean-Jaurès", "Am Mühlbach", "Schillerweg",
          "rue Victor-Hugo", "Bahnhofstraße", "chemin des Vignes", "Gartenstr.", "Kirchgasse", "boulevard Voltaire"]
SHOP = ["velo-haus", "kaffeekontor", "atelier-lumiere", "nordlicht-moebel", "papeterie-claire", "bergsport24",
        "la-cave-de-paul", "strickliesel", "teeladen-mueller", "bijoux-ines", "holzwerk-kern", "gruenzeug"]
TLD = ["de", "fr", "at", "ch", "be", "nl", "com", "eu", "shop", "io"]
MAILDOM = ["gmail.com", "web.de", "gmx.de", "orange.fr", "free.fr", "outlook.com", "t-online.de", "yahoo.fr",
           "bluewin.ch", "proton.me", "icloud.com", "laposte.net", "gmx.at", "hotmail.fr", "posteo.de"]
IDNDOM = ["müller-shop.de", "bäckerei-schön.de", "café-lumière.fr", "grüne-wiese.at", "straße.ch",
          "blumen-köhler.de", "pâtisserie-élise.fr", "küchenprofi.at"]
PRODUCT = ["Wanderrucksack 28 L", "lampe de chevet en laiton", "Espressokocher", "coussin en lin", "Fahrradschloss",
           "carnet A5 pointillé", "Teekanne Gusseisen", "bracelet argent", "Schreibtischlampe", "tasse en grès",
           "Regenjacke", "sac à dos 20 L", "Wollsocken (3er)", "plaid en laine", "Gartenschere"]
TENANT = ["contoso", "fabrikam", "veloshop", "kaffeekontor", "northwind", "atelierlumiere"]
HOSTS = ["db-prod-1", "pg.internal", "mysql-primary", "cluster0.x7kqp.mongodb.net", "redis-cache", "rabbitmq",
         "db.shop.local", "10.0.3.12", "postgres", "mq.internal"]
USERS = ["app", "shop", "admin", "deploy", "magento", "presta", "root", "svc_orders", "wp_user", "backup"]


def fill(kind):
    if kind == "first":
        return R.choice(FIRST)
    if kind == "last":
        return R.choice(LAST)
    if kind == "name":
        return R.choice(FIRST) + " " + R.choice(LAST)
    if kind == "city":
        return R.choice(CITY)
    if kind == "street":
        return "%s %d" % (R.choice(STREET), R.randint(1, 120)) if R.random() < .5 else "%d %s" % (R.randint(1, 90), R.choice(STREET))
    if kind == "shop":
        return R.choice(SHOP)
    if kind == "domain":
        return R.choice(SHOP) + "." + R.choice(TLD)
    if kind == "product":
        return R.choice(PRODUCT)
    if kind == "host":
        return R.choice(HOSTS)
    if kind == "user":
        return R.choice(USERS)
    if kind == "tenant":
        return R.choice(TENANT)
    if kind == "qty":
        return str(R.randint(1, 6))
    if kind == "n2":
        return str(R.randint(2, 30))
    raise KeyError(kind)


# ------------------------------------------------------------------ credit cards
def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        t += x
    return t % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + dig(length - len(prefix) - 1)
    for c in DG:
        if luhn_ok(body + c):
            return body + c


ISSUERS = {
    "visa": (lambda: "4", [16, 16, 16, 13, 19]),
    "mastercard": (lambda: str(R.randint(51, 55)), [16]),
    "mastercard2": (lambda: str(R.randint(2221, 2720)), [16]),
    "amex": (lambda: R.choice(["34", "37"]), [15]),
    "discover": (lambda: R.choice(["6011", "644", "645", "646", "647", "648", "649", "65"]), [16]),
    "jcb": (lambda: str(R.randint(3528, 3589)), [16]),
    "maestro": (lambda: R.choice(["5018", "5020", "5038", "6304", "6759", "6761", "6763"]), [12, 16, 16, 19]),
    "unionpay": (lambda: "62" + R.choice(["2", "4", "5", "8"]), [16, 16, 19]),
    "diners": (lambda: R.choice(["36", "300", "301", "305", "38"]), [14]),
}
CARD_SEP = {"spaced": " ", "dspace": "  ", "tab": "\t", "dotted": ".", "dashed": "-", "slash": "/", "underscore": "_",
            "nbsp": "\u00a0", "nnbsp": "\u202f", "zwsp": "\u200b", "digitspaced": None, "plain": ""}


def card_groups(d):
    n = len(d)
    if n == 15:
        sizes = [4, 6, 5]
    elif n == 14:
        sizes = [4, 6, 4]
    elif n == 13:
        sizes = [4, 3, 3, 3]
    else:
        sizes = [4] * (n // 4) + ([n % 4] if n % 4 else [])
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s]); i += s
    return out


def gen_card(arg=None):
    issuer = arg if arg in ISSUERS else R.choice(list(ISSUERS))
    pfx, lens = ISSUERS[issuer]
    d = luhn_complete(pfx(), R.choice(lens))
    seps = list(CARD_SEP)
    if arg == "json":
        seps = [s for s in seps if s not in ("tab",)]
    if arg == "plainish":
        seps = ["plain", "spaced", "dashed"]
    sep = R.choice(seps)
    if sep == "digitspaced":
        v = " ".join(d)
    else:
        v = CARD_SEP[sep].join(card_groups(d))
    return v, "%s_%s" % (issuer, sep)


# ------------------------------------------------------------------ IBAN
# BBAN structures from the SWIFT IBAN registry (n digits, a upper-case letters, c alphanumeric)
BBAN = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "AZ": "4a20c", "BA": "3n3n8n2n", "BE": "3n7n2n",
    "BG": "4a4n2n8c", "BH": "4a14c", "BR": "8n5n10n1a1c", "CH": "5n12c", "CR": "4n14n", "CY": "3n5n16c",
    "CZ": "4n6n10n", "DE": "8n10n", "DK": "4n9n1n", "DO": "4a20n", "EE": "2n2n11n1n", "ES": "4n4n1n1n10n",
    "FI": "3n11n", "FO": "4n9n1n", "FR": "5n5n11c2n", "GB": "4a6n8n", "GE": "2a16n", "GI": "4a15c", "GL": "4n9n1n",
    "GR": "3n4n16c", "HR": "7n10n", "HU": "3n4n1n15n1n", "IE": "4a6n8n", "IL": "3n3n13n", "IS": "4n2n6n10n",
    "IT": "1a5n5n12c", "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c", "LI": "5n12c", "LT": "5n11n", "LU": "3n13c",
    "LV": "4a13c", "MC": "5n5n11c2n", "MD": "2c18c", "ME": "3n13n2n", "MK": "3n10c2n", "MR": "5n5n11n2n",
    "MT": "4a5n18c", "MU": "4a2n2n12n3n3a", "NL": "4a10n", "NO": "4n6n1n", "PK": "4a16c", "PL": "8n16n",
    "PS": "4a21c", "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c", "RS": "3n13n2n", "SA": "2n18c", "SE": "3n16n1n",
    "SI": "5n8n2n", "SK": "4n6n10n", "SM": "1a5n5n12c", "TN": "2n3n13n2n", "TR": "5n1n16c", "UA": "6n19c",
    "VG": "4a16n", "XK": "4n10n2n",
}
# real-looking bank letter codes where the registry has letters
BANK_LETTERS = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"], "IE": ["AIBK", "BOFI", "IPBS"],
                "NL": ["ABNA", "INGB", "RABO", "KNAB", "SNSB", "BUNQ"], "MT": ["MALT", "VALL", "APSB"],
                "BH": ["NBOB", "BBKU"], "CY": [], "GI": ["NWBK"], "KW": ["CBKU", "NBOK"], "LV": ["HABA", "UNLA", "PARX"],
                "BG": ["BNBG", "UNCR", "STSA"], "RO": ["AAAA", "BTRL", "RNCB", "INGB"], "QA": ["DOHB", "QNBA"],
                "PK": ["SCBL", "HABB"], "PS": ["PALS"], "AZ": ["NABZ"], "MU": ["BOMM", "MCBL"], "DO": ["BAGR"],
                "VG": ["VPVG"]}


# countries whose alphanumeric account part often carries letters in practice
LETTER_HEAVY = {"MT", "KW", "BH", "QA", "PS", "GI", "LV", "RO", "BG", "CY", "KZ", "AZ", "UA", "PK", "MD"}


def _bban(cc):
    out = []
    for num, kind in re.findall(r"(\d+)([nac])", BBAN[cc]):
        num = int(num)
        if kind == "n":
            out.append(dig(num))
        elif kind == "a":
            if not out and cc in BANK_LETTERS and BANK_LETTERS[cc] and num == 4:
                out.append(R.choice(BANK_LETTERS[cc]))
            else:
                out.append(rs(num, UP))
        else:
            # alphanumeric positions are mostly digits in practice, sometimes letters
            p = .2 if cc in LETTER_HEAVY else .02
            out.append("".join(R.choice(UP) if R.random() < p else R.choice(DG) for _ in range(num)))
    b = "".join(out)
    if cc in ("FR", "MC"):  # RIB key over bank, branch, account (letters map to digits)
        conv = {c: str(i % 9 + 1) for i, c in enumerate(UP)}
        conv.update({"S": "2", "T": "3", "U": "4", "V": "5", "W": "6", "X": "7", "Y": "8", "Z": "9"})
        acct = "".join(conv.get(c, c) for c in b[10:21])
        key = 97 - (89 * int(b[:5]) + 15 * int(b[5:10]) + 3 * int(acct)) % 97
        b = b[:21] + "%02d" % key
    if cc == "ES":  # two national control digits (entidad+oficina, cuenta)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        dc = lambda t: (lambda r: 1 if r == 10 else (0 if r == 11 else r))(11 - sum(int(c) * w[i] for i, c in enumerate(t)) % 11)
        b = b[:8] + str(dc("00" + b[:8])) + str(dc(b[10:20])) + b[10:20]
    if cc == "BE":  # national check: first 10 digits mod 97 (97 when 0)
        m = int(b[:10]) % 97 or 97
        b = b[:10] + "%02d" % m
    return b


def iban_check(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return "%02d" % (98 - n % 97)


def mod97_ok(s):
    s = re.sub(r"[\s\-]", "", s).upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


IBAN_FMT = ["grouped", "grouped", "grouped", "compact", "compact", "lower", "lowercompact", "dashed", "dspace",
            "ccgap", "ccspace", "linebreak"]


def fmt_iban(s, f):
    g = [s[i:i + 4] for i in range(0, len(s), 4)]
    if f == "grouped":
        return " ".join(g)
    if f == "compact":
        return s
    if f == "lower":
        return " ".join(g).lower()
    if f == "lowercompact":
        return s.lower()
    if f == "dashed":
        return "-".join(g)
    if f == "dspace":
        return "  ".join(g)
    if f == "ccgap":
        return s[:2] + " " + s[2:]
    if f == "ccspace":
        return s[:4] + " " + s[4:]
    if f == "linebreak":
        k = R.randint(2, len(g) - 2)
        return " ".join(g[:k]) + "\n" + " ".join(g[k:])
    raise KeyError(f)


COMMON_CC = ["DE", "FR", "AT", "CH", "BE", "NL", "LU", "IT", "ES", "GB", "IE", "PT", "PL"]


def gen_iban(arg=None):
    if arg and arg.upper() in BBAN:
        cc = arg.upper()
    elif R.random() < .45:
        cc = R.choice(COMMON_CC)
    else:
        cc = R.choice(list(BBAN))
    b = _bban(cc)
    s = cc + iban_check(cc, b) + b
    assert mod97_ok(s)
    fmts = IBAN_FMT + ["linebreak"] * 3 if arg == "form" else [f for f in IBAN_FMT if f != "linebreak"]
    f = R.choice(fmts)
    return fmt_iban(s, f), "%s_%s" % (cc.lower(), f)


# ------------------------------------------------------------------ phones
def gen_phone(arg=None):
    ccs = ["de", "fr", "at", "ch", "uk", "us", "nl", "be", "es", "it", "pl"]
    cc = arg if arg in ccs else R.choice(ccs)
    form = R.choice(["national", "national", "intl", "intl", "e164"])
    if arg == "tel":
        form = "e164"
    ext = ""
    if arg == "ext" or R.random() < .12:
        ext = "ext"
    d = lambda n: dig(n)
    if cc == "de":
        area, sub = R.choice([("30", 8), ("40", 7), ("89", 7), ("221", 6), ("69", 8), ("711", 6), ("351", 7),
                              ("151", 8), ("160", 8), ("170", 8), ("176", 8), ("1522", 7)])
        s = d(sub)
        if form == "national":
            v = R.choice(["0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s", "0%s %s"]) % (area, s)
            if ext:
                v += "-" + d(R.choice([2, 3]))
        elif form == "intl":
            v = R.choice(["+49 %s %s", "+49 (0)%s %s", "0049 %s %s", "+49-%s-%s"]) % (area, s)
            if ext:
                v += "-" + d(2)
        else:
            v = "+49%s%s" % (area, s)
    elif cc == "fr":
        first = R.choice("1234567")
        p = [d(2) for _ in range(4)]
        if form == "national":
            sep = R.choice([" ", ".", "", "-"])
            v = "0" + first + sep + sep.join(p)
        elif form == "intl":
            v = R.choice(["+33 %s %s", "+33 (0)%s %s", "0033 %s %s"]) % (first, " ".join(p))
        else:
            v = "+33" + first + "".join(p)
        if ext and form != "e164":
            v += " poste " + d(R.choice([2, 3, 4]))
    elif cc == "at":
        area, sub = R.choice([("1", 7), ("316", 6), ("512", 6), ("662", 6), ("664", 7), ("676", 7), ("699", 8)])
        s = d(sub)
        if form == "national":
            v = R.choice(["0%s %s", "0%s/%s", "0%s %s %s"])
            v = v % (area, s[:3], s[3:]) if v.count("%s") == 3 else v % (area, s)
            if ext:
                v += "-" + d(2)
        elif form == "intl":
            v = "+43 %s %s" % (area, s)
            if ext:
                v += "-" + d(2 if len(s) > 7 else 3)
        else:
            v = "+43%s%s" % (area, s)
    elif cc == "ch":
        area = R.choice(["44", "43", "31", "61", "22", "21", "71", "76", "78", "79", "77"])
        s = d(7)
        g = "%s %s %s" % (s[:3], s[3:5], s[5:])
        if form == "national":
            v = "0%s %s" % (area, g)
        elif form == "intl":
            v = R.choice(["+41 %s %s", "+41 (0)%s %s", "0041 %s %s"]) % (area, g)
        else:
            v = "+41%s%s" % (area, s)
        if ext and form != "e164":
            v += " ext. " + d(3)
    elif cc == "uk":
        kind = R.choice(["ldn", "mob", "mcr"])
        if kind == "ldn":
            nat, intl, e = "020 7946 0%s", "+44 20 7946 0%s", "+44207946%s"
            x = d(3); e = e % ("0" + x)
        elif kind == "mob":
            nat, intl, e = "07700 900%s", "+44 7700 900%s", "+447700900%s"
            x = d(3); e = e % x
        else:
            nat, intl, e = "0161 496 0%s", "+44 161 496 0%s", "+44161496%s"
            x = d(3); e = e % ("0" + x)
        v = {"national": nat % x, "intl": (intl % x) if R.random() < .7 else (intl % x).replace("+44 ", "+44 (0)"), "e164": e}[form]
        if ext and form != "e164":
            v += R.choice([" ext. ", " ext ", " x"]) + d(R.choice([2, 3, 4]))
    elif cc == "us":
        a = R.choice(["206", "212", "312", "415", "512", "617", "646", "720", "305", "503"])
        x = "01" + d(2)
        if form == "national":
            v = R.choice(["(%s) 555-%s", "%s-555-%s", "%s.555.%s"]) % (a, x)
        elif form == "intl":
            v = R.choice(["+1 %s 555 %s", "+1 (%s) 555-%s", "+1-%s-555-%s"]) % (a, x)
        else:
            v = "+1%s555%s" % (a, x)
        if ext and form != "e164":
            v += R.choice([" x", " ext. ", " ext "]) + d(R.choice([2, 3, 4]))
    elif cc == "nl":
        if R.random() < .5:
            s = d(8)
            v = {"national": R.choice(["06 %s", "06-%s", "06 %s"]) % s, "intl": "+31 6 %s" % s, "e164": "+316" + s}[form]
        else:
            area = R.choice(["20", "10", "30", "70", "40"])
            s = d(7)
            v = {"national": "0%s %s %s" % (area, s[:3], s[3:]), "intl": "+31 %s %s %s" % (area, s[:3], s[3:]),
                 "e164": "+31%s%s" % (area, s)}[form]
        if ext and form != "e164":
            v += " ext. " + d(3)
    elif cc == "be":
        if R.random() < .5:
            m = R.choice(["470", "475", "478", "486", "496"])
            s = d(6)
            g = "%s %s %s" % (s[:2], s[2:4], s[4:])
            v = {"national": "0%s %s" % (m, g), "intl": "+32 %s %s" % (m, g), "e164": "+32%s%s" % (m, s)}[form]
        else:
            s = d(7)
            g = "%s %s %s" % (s[:3], s[3:5], s[5:])
            v = {"national": "02 %s" % g, "intl": "+32 2 %s" % g, "e164": "+322" + s}[form]
        if ext and form != "e164":
            v += " ext. " + d(2)
    elif cc == "es":
        f = R.choice(["6", "7", "91", "93", "96"])
        s = f + d(9 - len(f))
        v = {"national": R.choice(["%s %s %s", "%s %s %s"]) % (s[:3], s[3:6], s[6:]), "intl": "+34 %s %s %s" % (s[:3], s[3:6], s[6:]),
             "e164": "+34" + s}[form]
        if form == "national" and R.random() < .4:
            v = "%s %s %s %s" % (s[:3], s[3:5], s[5:7], s[7:])
        if ext and form != "e164":
            v += " ext. " + d(3)
    elif cc == "it":
        if R.random() < .5:
            s = R.choice(["33", "34", "32", "39"]) + d(8)
            v = {"national": "%s %s %s" % (s[:3], s[3:6], s[6:]), "intl": "+39 %s %s" % (s[:3], s[3:]), "e164": "+39" + s}[form]
        else:
            s = "0" + R.choice(["2", "6", "11", "55"])
            r = d(10 - len(s))
            v = {"national": "%s %s" % (s, r), "intl": "+39 %s %s" % (s, r), "e164": "+39" + s + r}[form]
        if ext and form != "e164":
            v += " int. " if False else " ext. "
            v += d(3)
    else:  # pl
        if R.random() < .5:
            s = R.choice(["5", "6", "7", "8"]) + d(8)
            g = "%s %s %s" % (s[:3], s[3:6], s[6:])
        else:
            s = R.choice(["22", "12", "61", "71", "58"]) + d(7)
            g = "%s %s %s %s" % (s[:2], s[2:5], s[5:7], s[7:])
        v = {"national": g, "intl": "+48 " + g, "e164": "+48" + s}[form]
        if ext and form != "e164":
            v += " wew. " if False else " ext. "
            v += d(3)
    var = "%s_%s%s" % (cc, form, "_ext" if (ext and form != "e164") else "")
    return v, var


# ------------------------------------------------------------------ IP addresses
def _pub4():
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 0):
            continue
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def _priv4():
    k = R.randint(0, 2)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k == 1:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))


def _v6full():
    pre = R.choice(["2001:0db8", "2a01:04f8", "2a02:8108", "2606:4700", "fe80:0000", "2a00:1450"])
    return pre + ":" + ":".join("%04x" % R.randint(0, 65535) for _ in range(6))


def _v6comp():
    pre = R.choice(["2001:db8", "2a01:4f8", "2a02:8108", "2606:4700", "fe80:", "2a00:1450:4001", "2a03:2880"])
    tail = ":".join("%x" % R.randint(0, 65535) for _ in range(R.randint(1, 3)))
    return (pre + ":" + tail) if pre.endswith(":") else (pre + "::" + tail)


def gen_ip(arg=None):
    forms = ["v4_public", "v4_public", "v4_private", "v6_full", "v6_compressed", "v6_mapped",
             "defang_last", "defang_all", "defang_paren"]
    if arg == "v4":
        forms = ["v4_public", "v4_private"]
    elif arg == "private":
        forms = ["v4_private"]
    elif arg == "public":
        forms = ["v4_public"]
    elif arg == "v6":
        forms = ["v6_full", "v6_compressed", "v6_mapped"]
    elif arg == "defang":
        forms = ["defang_last", "defang_all", "defang_paren", "defang_last"]
    elif arg == "plain":
        forms = forms[:6]
    f = R.choice(forms)
    if f == "v4_public":
        return _pub4(), f
    if f == "v4_private":
        return _priv4(), f
    if f == "v6_full":
        return _v6full(), f
    if f == "v6_compressed":
        return _v6comp(), f
    if f == "v6_mapped":
        return "::ffff:" + _pub4(), f
    a = _pub4().split(".")
    if f == "defang_last":
        return ".".join(a[:3]) + "[.]" + a[3], f
    if f == "defang_all":
        return "[.]".join(a), f
    return ".".join(a[:3]) + "(.)" + a[3], f


# ------------------------------------------------------------------ e-mail
LOCAL = ["anna.wagner", "j.schreiber", "lea.morel", "mathis_g", "sophie.b", "lukas1987", "camille.fontaine",
         "n.peeters", "chloe.roux", "felix.huber", "ines.lambert", "paul.k", "marie-claire", "hugo.becker",
         "greta.winter", "tom.jansen", "manon.c", "jan.novak", "elodie", "moritz.keller", "s.oeztuerk",
         "olivier.girard", "katrin.bauer", "ben.meyer", "priya.n", "kemal.ozturk", "zofia.k", "luca.rossi"]
UNI_LOCAL = ["jürgen", "françois.roux", "zoë.meyer", "müller.anna", "élodie.b"]


def gen_email(arg=None):
    forms = ["plain", "plain", "plain", "plus", "subdomain", "idn", "unicode_local", "shop"]
    if arg == "sa":  # GCP service-account address
        return "%s@%s-prod.iam.gserviceaccount.com" % (R.choice(["deployer", "ci-runner", "exporter", "sa-orders"]), fill("shop")), "subdomain"
    f = arg if arg in forms else R.choice(forms)
    loc = R.choice(LOCAL)
    if f == "plain":
        return "%s@%s" % (loc, R.choice(MAILDOM)), f
    if f == "plus":
        return "%s+%s@%s" % (loc, R.choice(["shop", "orders", "newsletter", "amazon", "etsy", "spam", "2024"]), R.choice(MAILDOM)), f
    if f == "subdomain":
        return "%s@%s.%s" % (loc, R.choice(["mail", "eu", "support", "kunden", "compta", "lists"]), fill("domain")), f
    if f == "idn":
        return "%s@%s" % (R.choice(["info", "kontakt", "bestellung", "contact", loc]), R.choice(IDNDOM)), f
    if f == "unicode_local":
        return "%s@%s" % (R.choice(UNI_LOCAL), R.choice(MAILDOM)), f
    return "%s@%s" % (R.choice(["service", "kundenservice", "support", "commandes", "hello", "shop", "buchhaltung"]), fill("domain")), "plain"


# ------------------------------------------------------------------ order numbers
def gen_order(arg=None):
    schemes = ["magento_default", "magento_store_prefix", "magento_custom_prefix", "prefix_year_seq", "year_prefixed",
               "shopify_default", "shopify_custom_prefix", "shopify_custom_suffix", "woocommerce_default",
               "woocommerce_sequential", "shopware_default", "shopware_prefix", "prestashop_reference",
               "amazon_3_7_7", "amazon_digital", "ebay", "etsy", "zalando", "otto", "bol", "cdiscount",
               "letter_prefixed", "context_generic"]
    web = schemes[:13] + ["letter_prefixed", "context_generic"]
    if arg == "web":
        s = R.choice(web)
    elif arg == "hash":
        s = R.choice(["shopify_default", "shopify_custom_prefix", "shopify_custom_suffix", "woocommerce_default"])
    elif arg == "digits":
        s = R.choice(["magento_default", "magento_store_prefix", "shopware_default", "etsy", "zalando", "otto"])
    elif arg in schemes:
        s = arg
    else:
        s = R.choice(schemes)
    y = R.choice(["2023", "2024", "2025"])
    if s == "magento_default":
        v = "0000" + dig(5, True) if R.random() < .8 else "00000" + dig(4, True)
    elif s == "magento_store_prefix":
        v = R.choice("12345") + "000" + dig(5)
    elif s == "magento_custom_prefix":
        v = R.choice(["DE", "AT", "CH", "FR", "BE", "WEB", "B2B", "SHOP", "NL"]) + R.choice(["-", "", "-"]) + "000" + dig(6)
    elif s == "prefix_year_seq":
        v = "%s-%s-%s" % (R.choice(["ORD", "ORDER", "BST", "CMD", "AUF", "SO"]), y, dig(R.choice([4, 5, 6])))
    elif s == "year_prefixed":
        v = R.choice(["%s-%s", "%s/%s", "%s%s", "%s.%s"]) % (R.choice([y, y[2:]]), dig(R.choice([4, 5, 6])))
    elif s == "shopify_default":
        v = "#" + str(R.randint(1001, 48999))
    elif s == "shopify_custom_prefix":
        v = R.choice(["#EU", "#FR-", "#CH", "SHOP-", "#DE", "#B2B-", "KK-"]) + str(R.randint(1001, 29999))
    elif s == "shopify_custom_suffix":
        v = "#" + str(R.randint(1001, 29999)) + R.choice(["-CH", "-FR", "B", "-EU", "-DE", "/AT"])
    elif s == "woocommerce_default":
        v = "#" + str(R.randint(120, 99999))
    elif s == "woocommerce_sequential":
        v = R.choice(["WC-%s-%s" % (y, dig(4)), "%s/%s" % (y, dig(4)), "WOO-%s" % dig(5), "W%s" % dig(6)])
    elif s == "shopware_default":
        v = str(R.randint(10000, 99999))
    elif s == "shopware_prefix":
        v = R.choice(["SW-", "SW"]) + str(R.randint(10000, 99999))
    elif s == "prestashop_reference":
        v = rs(9, UP)
    elif s == "amazon_3_7_7":
        v = "%s-%s-%s" % (R.choice(["028", "114", "171", "302", "303", "304", "305", "306", "402", "403", "404", "407", "408", "701"]), dig(7), dig(7))
    elif s == "amazon_digital":
        v = "D01-%s-%s" % (dig(7), dig(7))
    elif s == "ebay":
        v = "%s-%s-%s" % (dig(2, True), dig(5), dig(5))
    elif s == "etsy":
        v = R.choice("123") + dig(9)
    elif s == "zalando":
        v = "10" + dig(12)
    elif s == "otto":
        v = dig(R.choice([9, 10]), True)
    elif s == "bol":
        v = R.choice(["1", "2", "A000"]) + dig(R.choice([9, 7]))
        if v.startswith("A000"):
            v = "A000" + v[4:11].ljust(7, "0")
        else:
            v = v[:10].ljust(10, "3")
    elif s == "cdiscount":
        v = "%02d%02d%02d%02d%02d%s" % (int(y[2:]), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), rs(R.choice([4, 5]), UP))
    elif s == "letter_prefixed":
        v = R.choice(["A-%s" % dig(6), "BO-%s-%s" % (y, dig(4)), "K%s" % dig(7), "CO%s" % dig(6), "B%s" % dig(8), "R%s-%s" % (dig(2), dig(5))])
    else:
        v = R.choice(["%s%s-%s" % (dig(1), rs(1, UP), dig(5)), "K-%s-%s" % (y[2:], dig(4)), "CMD/%s-%s" % (dig(4), rs(1, UP)),
                      "E%s-%s" % (y[2:], dig(5)), "%s-%s" % (rs(2, UP), dig(7)), "%sX%s" % (dig(3), dig(5))])
    return v, s


# ------------------------------------------------------------------ secrets
def b64u_json(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt():
    alg = R.choice(["HS256", "RS256", "ES256"])
    h = b64u_json({"alg": alg, "typ": "JWT"})
    p = b64u_json({"sub": dig(6), "iat": 1717000000 + R.randint(0, 9999999), "exp": 1737000000 + R.randint(0, 9999999),
                   "scope": R.choice(["orders:read", "admin", "api", "read write"])})
    sig = rs({"HS256": 43, "RS256": 342, "ES256": 86}[alg], B64U)
    return "%s.%s.%s" % (h, p, sig)


def b64body(n):
    s = rs(n, B64)
    return s


PEM_KINDS = {
    "pem_rsa": ("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1580),
    "pem_ec": ("EC PRIVATE KEY", "MHcCAQEEI", 160),
    "pem_dsa": ("DSA PRIVATE KEY", "MIIBuwIBAAKBgQ", 620),
    "pem_openssh": ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 330),
    "pem_pkcs8": ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 1600),
    "pem_encrypted": ("ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 1700),
    "pem_rsa_encrypted": ("RSA PRIVATE KEY", "", 1580),
    "pgp_private": ("PGP PRIVATE KEY BLOCK", "lQVYBG", 900),
}


def pem(kind, nl="\n", indent=""):
    label, pfx, n = PEM_KINDS[kind]
    n = int(n * R.uniform(.85, 1.1))
    body = pfx + b64body(n - len(pfx))
    if kind != "pgp_private" and R.random() < .5:
        body = body[:-1] + "="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    head = ["-----BEGIN %s-----" % label]
    if kind == "pem_rsa_encrypted":
        head += ["Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-256-CBC,%s" % rs(32, "0123456789ABCDEF"), ""]
    if kind == "pgp_private":
        head += [""]
        lines += ["=" + rs(4, B64)]
    all_lines = head + lines + ["-----END %s-----" % label]
    # continuation lines carry the indentation (YAML block scalar); empty lines stay empty
    return nl.join(l if (i == 0 or not l) else indent + l for i, l in enumerate(all_lines))


def pw():
    """A real-looking password (no quotes, backslashes, spaces)."""
    words = ["Sommer", "Kaffee", "Soleil", "Berg", "Lapin", "Hafen", "Mistral", "Tiger", "Fenster", "Rhone", "Nebel",
             "Velo", "Bretzel", "Amsel", "Citron", "Falke", "Orage", "Ostsee"]
    k = R.randint(0, 3)
    if k == 0:
        return R.choice(words) + str(R.randint(1970, 2025)) + R.choice("!#$%&*?") + R.choice(words).lower()
    if k == 1:
        return rs(R.randint(12, 20), AN + "!#%*-_")
    if k == 2:
        return R.choice(words) + R.choice(".-_") + R.choice(words) + str(R.randint(10, 99))
    return rs(R.randint(16, 28), AN)


def urlpw():
    return "".join(c for c in pw() if c not in "#%?/@:") or rs(14)


def sec(kind):
    """Return (value, variant) for a secret kind."""
    k = kind
    if k == "aws_id":
        return R.choice(["AKIA", "AKIA", "ASIA"]) + rs(16, UP + "234567"), "aws_access_key_id"
    if k == "aws_secret":
        return rs(40, B64), "aws_secret_access_key"
    if k == "ghp":
        p = R.choice(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"])
        return p + rs(36), {"ghp_": "github_classic", "gho_": "github_oauth", "ghu_": "github_user_to_server",
                            "ghs_": "github_server_to_server", "ghr_": "github_refresh"}[p]
    if k == "github_pat":
        return "github_pat_11" + rs(20, UP + DG) + "_" + rs(59), "github_fine_grained"
    if k == "gitlab":
        p = R.choice(["glpat-", "glpat-", "gldt-", "glrt-"])
        return p + rs(20, AN + "_-"), {"glpat-": "gitlab_pat", "gldt-": "gitlab_deploy_token", "glrt-": "gitlab_runner_token"}[p]
    if k == "slack":
        p = R.choice(["xoxb", "xoxp", "xoxa", "xapp"])
        if p == "xoxb":
            return "xoxb-%s-%s-%s" % (dig(11, True), dig(13, True), rs(24)), "slack_bot_token"
        if p == "xoxp":
            return "xoxp-%s-%s-%s-%s" % (dig(11, True), dig(12, True), dig(13, True), rs(32, HEX)), "slack_user_token"
        if p == "xoxa":
            return "xoxa-2-%s-%s-%s-%s" % (dig(11, True), dig(12, True), dig(12, True), rs(64, HEX)), "slack_app_token"
        return "xapp-1-A%s-%s-%s" % (rs(10, UP + DG), dig(13, True), rs(64, HEX)), "slack_app_level_token"
    if k == "slack_hook":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP + DG), rs(10, UP + DG), rs(24)), "slack_webhook"
    if k == "discord_hook":
        return "https://%s/api/webhooks/%s/%s" % (R.choice(["discord.com", "discordapp.com"]), dig(19, True), rs(68, B64U)), "discord_webhook"
    if k == "teams_hook":
        u = lambda: str(uuid.UUID(int=R.getrandbits(128), version=4))
        v = "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (fill("tenant"), u(), u(), rs(32, HEX), u())
        if R.random() < .5:
            v += "/V2" + rs(43, B64U)
        return v, "teams_webhook"
    if k == "zapier_hook":
        return "https://hooks.zapier.com/hooks/catch/%s/%s/" % (dig(R.choice([7, 8]), True), rs(7, LO + DG)), "zapier_webhook"
    if k == "hook":
        return sec(R.choice(["slack_hook", "discord_hook", "teams_hook", "zapier_hook"]))
    if k == "stripe":
        p = R.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_", "whsec_"])
        if p == "whsec_":
            return p + rs(32), "stripe_webhook"
        tail = "51" + rs(R.choice([22, 97]), AN) if R.random() < .7 else rs(24)
        return p + tail, {"sk_live_": "stripe_live_secret", "rk_live_": "stripe_restricted", "sk_test_": "stripe_test_secret"}[p]
    if k == "google":
        return "AIza" + rs(35, B64U), "google_api_key"
    if k == "openai":
        f = R.random()
        if f < .5:
            return "sk-proj-" + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U), "openai_key"
        if f < .75:
            return "sk-" + rs(20) + "T3BlbkFJ" + rs(20), "openai_key_legacy"
        return "sk-svcacct-" + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U), "openai_service_account"
    if k == "anthropic":
        p = "sk-ant-api03-" if R.random() < .85 else "sk-ant-admin01-"
        return p + rs(93, B64U) + "AA", "anthropic_key" if "api03" in p else "anthropic_admin_key"
    if k == "shopify":
        p = R.choice(["shpat_", "shpss_", "shpca_", "shppa_"])
        return p + rs(32, HEX), "shopify_token"
    if k == "sendgrid":
        return "SG." + rs(22, B64U) + "." + rs(43, B64U), "sendgrid_key"
    if k == "twilio":
        return "SK" + rs(32, HEX), "twilio_api_key"
    if k == "mailgun":
        return ("key-" + rs(32, HEX)) if R.random() < .6 else "%s-%s-%s" % (rs(32, HEX), rs(8, HEX), rs(8, HEX)), "mailgun_key"
    if k == "mailchimp":
        return rs(32, HEX) + "-us" + str(R.randint(1, 21)), "mailchimp_key"
    if k == "npm":
        return "npm_" + rs(36), "npm_token"
    if k == "pypi":
        return "pypi-AgEIcHlwaS5vcmc" + rs(R.randint(60, 140), B64U), "pypi_token"
    if k == "hf":
        return "hf_" + rs(34, string.ascii_letters), "huggingface_token"
    if k == "do":
        return R.choice(["dop_v1_", "doo_v1_", "dor_v1_"]) + rs(64, HEX), "digitalocean_token"
    if k == "doppler":
        return R.choice(["dp.pt.", "dp.st.prd.", "dp.sa."]) + rs(43), "doppler_token"
    if k == "databricks":
        return "dapi" + rs(32, HEX) + (R.choice(["", "-2", "-3"])), "databricks_token"
    if k == "heroku":
        return "HRKU-AA" + rs(58, B64U), "heroku_api_key"
    if k == "heroku_uuid":
        return str(uuid.UUID(int=R.getrandbits(128), version=4)), "heroku_api_key"
    if k == "atlassian":
        return "ATATT3xFfGF0" + rs(171, B64U) + "=" + rs(8, "0123456789ABCDEF"), "atlassian_api_token"
    if k == "linear":
        return "lin_api_" + rs(40), "linear_api_key"
    if k == "postman":
        return "PMAK-%s-%s" % (rs(24, HEX), rs(34, HEX)), "postman_api_key"
    if k == "square":
        f = R.random()
        if f < .4:
            return "sq0atp-" + rs(22, B64U), "square_access_token"
        if f < .7:
            return "EAAA" + rs(60, B64U), "square_access_token"
        return "sq0csp-" + rs(43, B64U), "square_oauth_secret"
    if k == "braintree":
        return "access_token$production$%s$%s" % (rs(16, LO + DG), rs(32, HEX)), "braintree_access_token"
    if k == "telegram":
        return "%s:AA%s" % (dig(R.choice([9, 10]), True), rs(33, B64U)), "telegram_bot_token"
    if k == "jwt":
        return jwt(), "jwt"
    if k in PEM_KINDS:
        return pem(k), k
    if k == "pem":
        kk = R.choice(list(PEM_KINDS))
        return pem(kk), kk
    if k == "pemjson":
        kk = R.choice(["pem_pkcs8", "pem_pkcs8", "pem_rsa", "pem_ec"])
        return pem(kk, nl="\\n"), kk + "_json_escaped"
    if k.startswith("pemind"):
        kk = R.choice(list(PEM_KINDS))
        return pem(kk, indent=" " * int(k[6:] or 2)), kk
    if k == "pw":
        return pw(), "password_assignment"
    if k == "urlpw":
        return urlpw(), "connection_string_password"
    if k == "dbpw":
        return pw(), "db_password"
    if k == "client_secret":
        return R.choice([rs(40, AN + "~._-"), rs(32, HEX), rs(48, B64U)]), "client_secret"
    if k == "apikey":
        return R.choice([rs(32, AN), rs(40, HEX), rs(48, B64U)]), "generic_api_key"
    if k == "basic":
        cred = "%s:%s" % (fill("user"), urlpw())
        return base64.b64encode(cred.encode()).decode(), "basic_auth"
    if k == "bearer":
        if R.random() < .5:
            return jwt(), "bearer_jwt"
        return rs(R.choice([40, 48, 64]), B64U), "bearer_token"
    if k == "generic":
        f = R.choice(["hex", "b64", "b64url", "b62"])
        if f == "hex":
            return rs(R.choice([32, 40, 64]), HEX), "generic_hex_token"
        if f == "b64":
            s = rs(R.choice([43, 42, 86]), B64)
            return s + "=" * ((4 - len(s) % 4) % 4), "generic_base64_token"
        if f == "b64url":
            return rs(R.choice([43, 64]), B64U), "generic_base64url_token"
        return rs(R.choice([32, 40, 50]), AN), "generic_base62_token"
    if k == "token":
        # any provider token usable stand-alone in prose
        return sec(R.choice(["aws_id", "ghp", "github_pat", "gitlab", "slack", "stripe", "google", "openai", "anthropic",
                             "shopify", "sendgrid", "twilio", "npm", "hf", "do", "doppler", "databricks", "linear",
                             "postman", "square", "telegram", "jwt", "mailchimp", "pypi", "heroku", "atlassian",
                             "braintree", "mailgun"]))
    raise KeyError(kind)


# ------------------------------------------------------------------ hard negatives
def ean13():
    b = R.choice(["400", "401", "402", "403", "404", "376", "377", "379", "300", "301", "302", "871", "872", "540", "541", "760", "761", "900", "901"]) + dig(9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


LANG = ["en"]  # language of the frame being rendered (for dates, prices, times)

MODELS = ["WH-1000XM5", "KD-55X85K", "RTX 4070 Ti", "WM14N2ECO", "SM-S921B", "iPhone 15 Pro", "EOS R6 Mark II",
          "MX Master 3S", "XPS 13 9340", "ThinkPad T14 Gen 4", "A2337", "GT-I9505", "EX-S10", "DCS-8000LH",
          "UE55CU7179U", "FRITZ!Box 7590 AX", "HD 660S2", "BKS 3050", "S7-1200", "KitchenAid 5KSM175",
          "Galaxy Tab S9 FE", "TS-453D", "ZV-E10 II", "CM-V500", "EA-2050"]


def neg(kind):
    k = kind
    y = R.choice(["2023", "2024", "2025"])
    if k == "SKU":
        return R.choice(["SKU-%s" % dig(6), "%s-%s-%s" % (rs(3, UP), R.choice(["S", "M", "L", "XL"]), rs(3, UP)),
                         "ART-%s" % dig(5), "%s%s-%s" % (rs(3, UP), dig(4), rs(2, UP)), "Art.-Nr. %s" % dig(6),
                         "%s.%s.%s" % (dig(3), dig(3), dig(2)), "TSH-%s-%s" % (R.choice(["BLK", "RED", "NVY"]), dig(2))])
    if k == "MODEL":
        return R.choice(MODELS)
    if k == "TICKET":
        return R.choice(["#%s" % dig(5, True), "INC%s" % dig(7), "TCK-%s" % dig(6), "[#%s-%s]" % (R.choice(["FSM", "SUP", "HD"]), dig(4, True)),
                         "SUP-%s" % dig(4, True), "CS-%s" % dig(6), "#%s" % dig(6, True), "REQ%s" % dig(6)])
    if k == "INVOICE":
        return R.choice(["RE-%s-%s" % (y, dig(5)), "FA-%s-%s" % (y, dig(4)), "F%s-%s" % (y, dig(5)), "INV-%s" % dig(6),
                         "R%s%s" % (y[2:], dig(6)), "%s-%s" % (y, dig(5)), "FAC/%s/%s" % (y, dig(4)), "RG%s" % dig(7)])
    if k == "CUSTOMER":
        return R.choice(["KD-%s" % dig(6), dig(7, True), "C%s" % dig(7), "K%s" % dig(6), "CLI-%s" % dig(5), "%s-%s" % (dig(3), dig(4))])
    if k == "PRICE":
        e, c = R.randint(3, 2400), R.randint(0, 99)
        if LANG[0] == "de":
            return R.choice(["%d,%02d €" % (e, c), "%d,%02d EUR" % (e, c), "€ %d,%02d" % (e, c), "CHF %d.%02d" % (e, c), "%d,- €" % e])
        if LANG[0] == "fr":
            return R.choice(["%d,%02d €" % (e, c), "%d,%02d EUR" % (e, c), "%d € TTC" % e, "%d,%02d CHF" % (e, c)])
        return R.choice(["$%d.%02d" % (e, c), "£%d.%02d" % (e, c), "€%d.%02d" % (e, c), "%d.%02d EUR" % (e, c), "USD %d.%02d" % (e, c)])
    if k == "EAN":
        return ean13()
    if k == "DATE":
        d, m = R.randint(1, 28), R.randint(1, 12)
        if LANG[0] == "de":
            return R.choice(["%02d.%02d.%s" % (d, m, y), "%d.%d.%s" % (d, m, y), "%s-%02d-%02d" % (y, m, d),
                             "%d. %s %s" % (d, R.choice(["März", "Juli", "Oktober", "Mai", "Januar", "Dezember"]), y)])
        if LANG[0] == "fr":
            return R.choice(["%02d/%02d/%s" % (d, m, y), "%s-%02d-%02d" % (y, m, d),
                             "%d %s %s" % (d, R.choice(["mars", "juillet", "octobre", "mai", "janvier", "décembre"]), y)])
        return R.choice(["%02d/%02d/%s" % (m, d, y), "%s-%02d-%02d" % (y, m, d), "%02d.%02d.%s" % (d, m, y),
                         "%s %d, %s" % (R.choice(["March", "July", "Oct", "May", "Jan.", "December"]), d, y)])
    if k == "TIME":
        if LANG[0] == "fr" and R.random() < .5:
            return "%dh%02d" % (R.randint(8, 19), R.randint(0, 59))
        if LANG[0] == "de" and R.random() < .3:
            return "%d:%02d Uhr" % (R.randint(8, 19), R.randint(0, 59))
        return R.choice(["%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "%d:%02d pm" % (R.randint(1, 11), R.randint(0, 59)),
                         "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "%dh%02d" % (R.randint(8, 19), R.randint(0, 59))])
    if k == "POSTCODE":
        return R.choice([dig(5, True), dig(4, True), "%s %s" % (dig(4, True), rs(2, UP)), "SW1A 1AA", "EC1V 9HX", "75011", "69002"])
    if k == "TRACKING":
        return R.choice(["00340434%s" % dig(12), "JJD%s" % dig(15), "1Z%s%s" % (rs(6, UP + DG), dig(10)), "6A%s" % dig(11),
                         "8R%s" % dig(11), "LX%sDE" % dig(9), "CB%sFR" % dig(9), "%s" % dig(12, True)])
    if k == "VERSION":
        return R.choice(["v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 40)), "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 30)),
                         "2.4.7-p%d" % R.randint(1, 4), "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9), R.randint(100, 9999)),
                         "v%d.%d.%d-rc.%d" % (R.randint(1, 5), R.randint(0, 9), R.randint(0, 9), R.randint(1, 4))])
    if k == "HASH":
        return R.choice([rs(40, HEX), rs(7, HEX), rs(64, HEX), rs(12, HEX)])
    if k == "SHA256":
        return rs(64, HEX)
    if k == "GITSHA":
        return rs(40, HEX) if R.random() < .5 else rs(7, HEX)
    if k == "UUID":
        return str(uuid.UUID(int=R.getrandbits(128), version=4))
    if k == "PLACEHOLDER":
        return R.choice(["YOUR_API_KEY", "<token>", "<your-api-key>", "sk_test_" + "x" * 24, "sk_live_" + "X" * 24, "AKIAIOSFODNN7EXAMPLE",
                         "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "********", "REPLACE_ME", "${DB_PASSWORD}", "<your password>",
                         "changeme-in-prod", "xxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "{{ secrets.API_TOKEN }}",
                         "$STRIPE_SECRET_KEY", "%env(DATABASE_PASSWORD)%", "<PASSWORD>", "...", "•••••••••", "os.environ['API_KEY']"])
    if k == "PUBLISHABLE_KEY":
        return R.choice(["pk_live_", "pk_test_"]) + "51" + rs(R.choice([22, 97])), None
    if k == "CARD_LUHN":
        while True:
            d = R.choice(["4", "51", "52", "37", "6011", "35"]) + dig(R.choice([14, 13, 12]))
            d = d[:16] if not d.startswith("37") else d[:15]
            if not luhn_ok(d):
                break
        sep = R.choice([" ", "-", "", " "])
        return sep.join(card_groups(d))
    if k == "IBAN_MOD97":
        cc = R.choice(COMMON_CC + ["DK", "SE", "FI", "CZ"])
        b = _bban(cc)
        good = iban_check(cc, b)
        bad = good
        while bad == good:
            bad = "%02d" % R.randint(2, 98)
        s = cc + bad + b
        assert not mod97_ok(s)
        return fmt_iban(s, R.choice(["grouped", "compact", "grouped"]))
    if k == "PHONE_LIKE_CODE":
        return R.choice(["0%s-%s-%s" % (dig(2), dig(4), dig(2)), "%s.%s.%s" % (dig(4), dig(3), dig(3)),
                         "%s %s %s %s" % (dig(2), dig(3), dig(4), dig(2)), "%s-%s-%s" % (dig(3), dig(3), dig(4)),
                         "0%s/%s-%s" % (dig(3), dig(3), dig(2))])
    raise KeyError(kind)


# ------------------------------------------------------------------ frame rendering
PH = re.compile(r"\[\[([^\[\]]+)\]\]")


def render(frame):
    """frame -> (text, spans, negatives)."""
    out = bytearray()
    spans, negs = [], []
    tags = {}
    pos = 0
    for m in PH.finditer(frame):
        out += frame[pos:m.start()].encode()
        pos = m.end()
        tok = m.group(1)
        tag = None
        if "@" in tok:
            tok, tag = tok.split("@", 1)
        if tok == "":
            typ, val, var = tags[tag]
        else:
            kind, _, arg = tok.partition(":")
            arg = arg or None
            typ = None
            if kind == "O":
                val, var = gen_order(arg); typ = "ORDER_NUMBER"
            elif kind == "C":
                val, var = gen_card(arg); typ = "CREDIT_CARD"
            elif kind == "I":
                val, var = gen_iban(arg); typ = "IBAN"
            elif kind == "P":
                val, var = gen_phone(arg); typ = "PHONE"
            elif kind == "IP":
                val, var = gen_ip(arg); typ = "IP_ADDRESS"
            elif kind == "E":
                val, var = gen_email(arg); typ = "EMAIL"
            elif kind == "S":
                val, var = sec(arg); typ = "SECRET"
            elif kind == "N":
                nk = arg
                val = neg(nk)
                if isinstance(val, tuple):
                    val = val[0]
                nk = {"SHA256": "HASH", "GITSHA": "HASH"}.get(nk, nk)
                typ, var = "NEGATIVE_" + {"CUSTOMER": "CUSTOMER_NUMBER"}.get(nk, nk), None
            else:
                val, var = fill(kind), None
            if tag:
                tags[tag] = (typ, val, var)
        b = val.encode()
        st = len(out)
        out += b
        if typ and typ.startswith("NEGATIVE_"):
            negs.append({"start": st, "end": len(out), "type": typ, "value": val})
        elif typ:
            spans.append({"start": st, "end": len(out), "type": typ, "variant": var, "value": val})
    out += frame[pos:].encode()
    return out.decode(), spans, negs


def main():
    from frames_round2 import FRAMES  # noqa: E402  (hand-written frames)
    path = os.path.join(HERE, "set.jsonl")
    with open(path, encoding="utf-8") as f:
        old = [l for l in f if l.strip()][:323]
    recs = []
    for fi, fr in enumerate(FRAMES):
        lang, reg, uses, text = fr
        for _ in range(uses):
            LANG[0] = lang
            t, sp, ng = render(text)
            recs.append({"lang": lang, "register": reg, "text": t, "spans": sp, "negatives": ng})
    R.shuffle(recs)
    recs = [dict({"id": "bs-%04d" % (323 + i)}, **r) for i, r in enumerate(recs)]
    with open(path, "w", encoding="utf-8") as f:
        for l in old:
            f.write(l if l.endswith("\n") else l + "\n")
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d old + %d new records" % (len(old), len(recs)))


if __name__ == "__main__":
    import sys
    sys.path.insert(0, HERE)
    main()
