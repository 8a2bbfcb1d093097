"""Value generators for blind set structured-v4 (standard library only).

All generators draw from the module RNG `R`, seeded by gen.py. Formats follow public documentation
(ISO 13616 IBAN registry BBAN layouts, ISO/IEC 7812 Luhn, provider token prefixes/lengths as listed in
provider docs and gitleaks' public rule list). Bodies are random.
"""
import base64
import random
import string

R = random.Random(0)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HEX = "0123456789abcdef"
B62 = UP + LO + DG
B64U = B62 + "-_"
B64 = B62 + "+/"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rd(n, first_nonzero=False):
    s = rs(DG, n)
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def pick(x):
    return R.choice(x)

# ---------------------------------------------------------------- Luhn / cards

def luhn_digit(body):
    t = 0
    for i, c in enumerate(reversed(body)):
        x = int(c)
        if i % 2 == 0:
            x = x * 2 - 9 if x > 4 else x * 2
        t += x
    return str((10 - t % 10) % 10)


def luhn_ok(d):
    return luhn_digit(d[:-1]) == d[-1]


ISSUERS = {
    "visa": (["4"], [16, 16, 16, 13, 19]),
    "mastercard": (["51", "52", "53", "54", "55"], [16]),
    "mastercard2": ([str(x) for x in range(2221, 2721, 37)], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "65", "644", "645", "649"], [16, 16, 19]),
    "jcb": ([str(x) for x in range(3528, 3590, 7)], [16]),
    "maestro": (["5018", "5020", "5038", "6304", "6759", "6761"], [12, 13, 16, 18, 19]),
    "unionpay": (["62", "6212", "6240", "6288"], [16, 17, 19]),
    "diners": (["36", "300", "305", "38"], [14]),
    "cartes_bancaires": (["4970", "4973", "5131", "4974"], [16]),
}
SEPS = {"space": " ", "dspace": "  ", "tab": "\t", "dot": ".", "dash": "-", "slash": "/", "underscore": "_",
        "nbsp": "\u00a0", "nnbsp": "\u202f", "zwsp": "\u200b", "plain": "", "everydigit": " ", "mixed": None}
SEP_W = ["space"] * 6 + ["plain"] * 5 + ["dash"] * 3 + ["dspace", "tab", "dot", "slash", "underscore", "nbsp", "nnbsp",
                                                          "zwsp", "everydigit", "mixed", "nbsp", "dot"]


def card_digits(issuer, valid=True):
    pre, lens = ISSUERS[issuer]
    p = pick(pre)
    n = pick(lens)
    body = p + rd(n - len(p) - 1)
    c = luhn_digit(body)
    if not valid:
        c = str((int(c) + R.randint(1, 9)) % 10)
    return body + c


def groups_for(n, issuer):
    if issuer == "amex":
        return [4, 6, 5]
    if issuer == "diners" and n == 14:
        return pick([[4, 6, 4], [4, 4, 4, 2]])
    return {12: [4, 4, 4], 13: [4, 4, 5], 16: [4, 4, 4, 4], 17: [4, 4, 4, 5], 18: [4, 4, 4, 6], 19: [4, 4, 4, 4, 3]}[n]


def fmt_card(d, issuer, sep):
    if sep == "plain":
        return d
    if sep == "everydigit":
        return " ".join(d)
    g = groups_for(len(d), issuer)
    parts, i = [], 0
    for k in g:
        parts.append(d[i:i + k])
        i += k
    if sep == "mixed":
        out = parts[0]
        for p in parts[1:]:
            out += pick([" ", "-", " ", "."]) + p
        return out
    return SEPS[sep].join(parts)


def card(issuer="*", sep="*", valid=True):
    if issuer == "*":
        issuer = pick(list(ISSUERS))
    if sep == "*":
        sep = pick(SEP_W)
    d = card_digits(issuer, valid)
    return fmt_card(d, issuer, sep), f"{issuer}_{sep}"

# ---------------------------------------------------------------- IBAN
# ISO 13616 registry BBAN structures (n digits, a upper letters, c upper alphanumerics)
IBAN_BBAN = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "AZ": "4a20c", "BA": "3n3n8n2n", "BE": "3n7n2n",
    "BG": "4a4n2n8c", "BH": "4a14c", "BR": "8n5n10n1a1c", "CH": "5n12c", "CR": "4n14n", "CY": "3n5n16c",
    "CZ": "4n6n10n", "DE": "8n10n", "DK": "4n9n1n", "DO": "4c20n", "EE": "2n2n11n1n", "ES": "4n4n1n1n10n",
    "FI": "3n11n", "FO": "4n9n1n", "FR": "5n5n11c2n", "GB": "4a6n8n", "GE": "2a16n", "GI": "4a15c", "GL": "4n9n1n",
    "GR": "3n4n16c", "HR": "7n10n", "HU": "3n4n1n15n1n", "IE": "4a6n8n", "IL": "3n3n13n", "IS": "4n2n6n10n",
    "IT": "1a5n5n12c", "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c", "LI": "5n12c", "LT": "5n11n", "LU": "3n13c",
    "LV": "4a13c", "MC": "5n5n11c2n", "MD": "2c18c", "ME": "3n13n2n", "MK": "3n10c2n", "MR": "5n5n11n2n",
    "MT": "4a5n18c", "MU": "4a2n2n12n3n3a", "NL": "4a10n", "NO": "4n6n1n", "PK": "4a16c", "PL": "8n16n",
    "PS": "4a21c", "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c", "RS": "3n13n2n", "SA": "2n18c",
    "SE": "3n16n1n", "SI": "5n8n2n", "SK": "4n6n10n", "SM": "1a5n5n12c", "TN": "2n3n13n2n", "TR": "5n1n16c",
    "UA": "6n19c", "VG": "4a16n", "XK": "4n10n2n",
}
IBAN_FMTS = ["grouped"] * 5 + ["compact"] * 5 + ["lower", "dashed", "ccspace", "dspace", "linebreak", "lower"]
COMMON_CC = ["DE", "DE", "DE", "FR", "FR", "FR", "AT", "CH", "NL", "BE", "LU", "ES", "IT", "GB", "IE", "PL"]


def _bban(cc):
    spec = IBAN_BBAN[cc]
    out = ""
    num = ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        k = int(num)
        num = ""
        out += rs({"n": DG, "a": UP, "c": UP + DG + DG}[ch], k)
    if cc == "BE":
        b = out[:10]
        m = int(b) % 97 or 97
        out = b + f"{m:02d}"
    elif cc in ("FR", "MC"):
        bank, guichet, compte = out[:5], out[5:10], out[10:21]
        tr = {c: str((("ABCDEFGHI".find(c) + 1) if c in "ABCDEFGHI" else
                      ("JKLMNOPQR".find(c) + 1) if c in "JKLMNOPQR" else
                      ("STUVWXYZ".find(c) + 2))) for c in UP}
        cn = "".join(tr.get(c, c) for c in compte)
        key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(cn)) % 97
        out = bank + guichet + compte + f"{key:02d}"
    return out


def _check(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return f"{98 - n % 97:02d}"


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_raw(cc, valid=True):
    bban = _bban(cc)
    s = cc + _check(cc, bban) + bban
    if not valid:
        while True:
            i = R.randrange(4, len(s))
            if s[i].isdigit():
                t = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]
                if not iban_ok(t):
                    return t
    return s


def fmt_iban(s, fmt):
    g = [s[i:i + 4] for i in range(0, len(s), 4)]
    if fmt == "compact":
        return s
    if fmt == "grouped":
        return " ".join(g)
    if fmt == "lower":
        return pick([" ".join(g), s]).lower()
    if fmt == "dashed":
        return "-".join(g)
    if fmt == "ccspace":
        return s[:2] + " " + s[2:]
    if fmt == "dspace":
        return "  ".join(g)
    if fmt == "linebreak":
        k = len(g) // 2
        return " ".join(g[:k]) + "\n" + " ".join(g[k:])
    raise ValueError(fmt)


def iban(cc="*", fmt="*", valid=True):
    if cc == "*":
        cc = pick(COMMON_CC) if R.random() < 0.45 else pick(list(IBAN_BBAN))
    if fmt == "*":
        fmt = pick(IBAN_FMTS)
    return fmt_iban(iban_raw(cc, valid), fmt), f"{cc}_{fmt}"

# ---------------------------------------------------------------- phones
# per country: (cc, [national patterns], [international patterns without +cc]) ; N = digit, M = nonzero digit
PHONES = {
    "DE": ("49", ["030 MNNNNNN", "0151 NNNNNNNN", "089/NNNNNNN", "0221 NNNNNN", "0176-NNNNNNNN", "040 NNNN NNNN", "06151 NNNNN"],
           ["30 MNNNNNN", "151 NNNNNNNN", "89 NNNNNNN", "(0)221 NNNNNN", "176 NNNNNNNN", "40 NNNN NNNN"]),
    "AT": ("43", ["01 MNNNNNN", "0664 NNNNNNN", "0316 NNNNNN", "0699/NNNNNNNN"], ["1 MNNNNNN", "664 NNN NNNN", "(0)316 NNNNNN", "699 NNNNNNNN"]),
    "CH": ("41", ["044 MNN NN NN", "079 MNN NN NN", "031 MNN NN NN", "061 MNN NN NN"], ["44 MNN NN NN", "79 MNN NN NN", "(0)31 MNN NN NN"]),
    "FR": ("33", ["01 NN NN NN NN", "06 NN NN NN NN", "07.NN.NN.NN.NN", "04 NN NN NN NN", "09NNNNNNNN"],
           ["1 NN NN NN NN", "6 NN NN NN NN", "(0)7 NN NN NN NN", "4 NN NN NN NN"]),
    "UK": ("44", ["020 7MNN NNNN", "07MNN NNNNNN", "0161 MNN NNNN", "0131 MNN NNNN"], ["20 7MNN NNNN", "7MNN NNNNNN", "161 MNN NNNN"]),
    "US": ("1", ["(MNN) MNN-NNNN", "MNN-MNN-NNNN", "MNN.MNN.NNNN"], ["MNN-MNN-NNNN", "(MNN) MNN-NNNN", "MNN MNN NNNN"]),
    "NL": ("31", ["020 MNN NNNN", "06 NNNNNNNN", "010-MNNNNNN", "06-NN NN NN NN"], ["20 MNN NNNN", "6 NNNNNNNN", "10 MNN NNNN"]),
    "BE": ("32", ["02 MNN NN NN", "0470 NN NN NN", "09/MNN.NN.NN", "0495 NN NN NN"], ["2 MNN NN NN", "470 NN NN NN", "495 NN NN NN"]),
    "ES": ("34", ["91M NNN NNN", "6NN NNN NNN", "93M NN NN NN"], ["91M NNN NNN", "6NN NN NN NN", "93M NNN NNN"]),
    "IT": ("39", ["02 NNNN NNNN", "34N NNN NNNN", "06 NNNN NNNN"], ["02 NNNN NNNN", "34N NNN NNNN", "06 NNNNNNNN"]),
    "PL": ("48", ["22 MNN NN NN", "5NN NNN NNN", "12 MNN NN NN"], ["22 MNN NN NN", "5NN NNN NNN", "6NN-NNN-NNN"]),
    "IE": ("353", ["01 MNN NNNN", "08N NNN NNNN", "021 NNN NNNN"], ["1 MNN NNNN", "8N NNN NNNN", "21 NNN NNNN"]),
    "LU": ("352", ["26 NN NN NN", "621 NNN NNN", "691 NNN NNN"], ["26 NN NN NN", "621 NNN NNN", "661 NNN NNN"]),
    "DK": ("45", ["3M NN NN NN", "2N NN NN NN"], ["3M NN NN NN", "2NNNNNNN"]),
    "SE": ("46", ["08-MNN NNN NN", "070-NNN NN NN", "031-NN NN NN"], ["8 MNN NNN NN", "70 NNN NN NN", "31 NN NN NN"]),
    "NO": ("47", ["2M NN NN NN", "4NN NN NNN", "9NN NN NNN"], ["2M NN NN NN", "4NN NN NNN", "9NNNNNNN"]),
    "FI": ("358", ["09 MNNN NNN", "040 NNN NNNN", "050 NNN NNNN"], ["9 MNNN NNN", "40 NNN NNNN", "50 NNNNNNN"]),
    "PT": ("351", ["21 NNN NNNN", "91N NNN NNN", "22 NNN NNNN"], ["21 NNN NNNN", "91N NNN NNN", "93N NNN NNN"]),
    "CZ": ("420", ["60N NNN NNN", "22N NNN NNN"], ["60N NNN NNN", "22N NNN NNN", "77NNNNNNN"]),
}
PH_FORMS = ["national"] * 4 + ["intl"] * 4 + ["e164"] * 3 + ["intl00"] * 2 + ["national_ext", "intl_ext"]
LANG_PH = {"en": ["UK", "UK", "US", "US", "IE", "DE", "NL", "SE", "DK", "FI", "NO", "PL", "CZ", "PT", "ES", "IT"],
           "de": ["DE", "DE", "DE", "AT", "AT", "CH", "CH", "LU", "NL", "PL", "CZ", "DK", "IT"],
           "fr": ["FR", "FR", "FR", "BE", "BE", "CH", "LU", "LU", "ES", "IT", "PT"]}


def _fill(p):
    return "".join(R.choice("123456789") if c == "M" else R.choice(DG) if c == "N" else c for c in p)


def phone(cc="*", form="*", lang="en"):
    if cc == "*":
        cc = pick(LANG_PH[lang])
    if form == "*":
        form = pick(PH_FORMS)
    code, nat, intl = PHONES[cc]
    base = form.replace("_ext", "")
    if base == "national":
        v = _fill(pick(nat))
    elif base == "intl":
        v = "+" + code + " " + _fill(pick(intl))
    elif base == "intl00":
        v = "00" + code + " " + _fill(pick(intl)).replace("(0)", "").strip()
    else:  # e164
        v = "+" + code + "".join(c for c in _fill(pick(intl)).replace("(0)", "") if c.isdigit())
    v = v.replace("  ", " ")
    if form.endswith("_ext"):
        if cc in ("DE", "AT", "CH") and base == "national" and " " in v and "/" not in v:
            v += "-" + rd(R.randint(2, 3), True)
        elif lang == "fr" or cc in ("FR", "BE", "LU"):
            v += " poste " + rd(3, True)
        else:
            v += pick([" ext. ", " x", " ext "]) + rd(R.randint(2, 4), True)
    return v, f"{cc}_{form}"

# ---------------------------------------------------------------- IP

def ipv4_public():
    while True:
        a = R.choice([5, 18, 23, 31, 37, 46, 62, 77, 78, 80, 81, 82, 84, 85, 87, 88, 89, 91, 93, 94, 95, 109, 134, 141,
                      145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv4_private():
    k = R.randrange(3)
    if k == 0:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if k == 1:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"


def _h():
    return f"{R.randint(0, 0xffff):x}"


def ip(kind="*"):
    if kind == "*":
        kind = pick(["v4_public"] * 4 + ["v4_private"] * 2 + ["v6_full", "v6_compressed", "v6_compressed", "v6_mapped",
                                                                 "defang_last", "defang_all", "defang_paren"])
    if kind == "v4_public":
        v = ipv4_public()
    elif kind == "v4_private":
        v = ipv4_private()
    elif kind == "v6_full":
        v = ":".join([pick(["2001", "2a01", "2a02", "2a00", "2003", "2a0a"])] + [f"{R.randint(0, 0xffff):04x}" for _ in range(7)])
    elif kind == "v6_compressed":
        v = pick(["2001:db8", "2a01:4f8", "2a02:8108", "2003:e6", "fe80:", "2a00:1450", "fd00:"])
        if v.endswith(":"):
            v += ":" + ":".join(_h() for _ in range(R.randint(2, 4)))
        else:
            v += ":" + _h() + "::" + ":".join(_h() for _ in range(R.randint(1, 3)))
    elif kind == "v6_mapped":
        v = "::ffff:" + pick([ipv4_public, ipv4_private])()
    elif kind == "defang_last":
        p = ipv4_public().rsplit(".", 1)
        v = p[0] + "[.]" + p[1]
    elif kind == "defang_all":
        v = ipv4_public().replace(".", "[.]")
    elif kind == "defang_paren":
        v = ipv4_public().replace(".", "(.)")
    else:
        raise ValueError(kind)
    return v, kind

# ---------------------------------------------------------------- e-mail
FIRST = {"en": ["megan", "tom", "priya", "oliver", "hannah", "dev", "chloe", "sam", "ruth", "kwame", "lena", "joe", "aisha", "ivan", "nora"],
         "de": ["jana", "lukas", "svenja", "matthias", "ute", "deniz", "katrin", "jonas", "birgit", "ole", "mira", "tobias", "heike", "ali"],
         "fr": ["camille", "theo", "manon", "yanis", "ines", "lucas", "chloe", "mathis", "lea", "karim", "sophie", "hugo", "anais", "remi"]}
DOM = {"en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me", "brightcrate.co.uk", "northpeakgear.com",
              "hollowoakhome.com", "fernandpine.io", "tidewaterparts.com"],
       "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gartenkontor-nord.de", "kaffeewerk-ulm.de",
              "radlager24.de", "moebelstuebchen.at", "bergsport-graubuenden.ch"],
       "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "atelier-lavande.fr", "cave-du-rhone.fr",
              "ludotheque-marmotte.fr", "mercerie-bleue.be", "epicerie-fine-lyon.fr"]}
IDN = ["müller-gartenbau.de", "bäckerei-schön.de", "küchenstudio-köln.de", "straßenkicker.at", "boulangerie-étoile.fr",
       "crêperie-lorient.fr", "fromagerie-léa.fr", "zürich-velo.ch", "hôtel-du-lac.fr", "blütenzauber.de"]
ROLE = {"en": ["support", "orders", "billing", "returns", "accounts", "hello", "ops", "noreply", "sales"],
        "de": ["buchhaltung", "bestellung", "service", "info", "retouren", "einkauf", "kontakt", "rechnung"],
        "fr": ["compta", "commandes", "sav", "contact", "service-client", "facturation", "achats", "retours"]}


def email(kind="*", lang="en"):
    if kind == "*":
        kind = pick(["plain"] * 3 + ["plus_tag", "plus_tag", "subdomain", "idn", "role", "role", "dotted"])
    f = pick(FIRST[lang])
    d = pick(DOM[lang])
    if kind == "plain":
        v = f + pick(["", str(R.randint(1, 99)), "." + pick(LO), "_" + rd(2)]) + "@" + d
    elif kind == "plus_tag":
        v = f + "+" + pick(["amazon", "shop", "ebay", "orders", "etsy", "test", "newsletter", "b2b", "rma"]) + "@" + d
    elif kind == "subdomain":
        v = pick(ROLE[lang]) + "@" + pick(["mail", "eu", "mg", "notify", "de", "fr", "b2b", "in"]) + "." + pick(DOM[lang][5:])
    elif kind == "idn":
        v = pick([f, pick(ROLE[lang])]) + "@" + pick(IDN)
    elif kind == "role":
        v = pick(ROLE[lang]) + "@" + pick(DOM[lang][5:])
    elif kind == "dotted":
        v = f + "." + pick(LO) + pick(["", "", "-" + pick(LO)]) + "@" + d
    else:
        raise ValueError(kind)
    return v, kind

# ---------------------------------------------------------------- order numbers

def _noluhn(n, first="123456789"):
    while True:
        d = R.choice(first) + rd(n - 1)
        if not luhn_ok(d):
            return d


ORDER = {
    "magento_default": lambda: f"{R.randint(1, 99999999):09d}" if R.random() < 0.5 else "0000" + rd(5, True),
    "magento_store_prefix": lambda: pick("123") + f"{R.randint(1, 9999999):08d}",
    "magento_custom": lambda: pick(["WEB", "B2B", "DE", "FR", "AT", "CH", "MG", "EU"]) + pick(["", "-"]) + pick("123") + f"{R.randint(1, 999999):08d}" if R.random() < 0.6 else pick("12") + f"{R.randint(1, 999999):08d}" + pick(["-B2B", "-DE", "-FR", "_NL"]),
    "shopify_default": lambda: "#" + str(R.randint(1001, 48999)),
    "shopify_prefix": lambda: "#" + pick(["EU", "DE", "FR", "UK", "SHOP", "BK", "NP", "HK-", "CH-"]) + str(R.randint(1001, 29999)),
    "shopify_suffix": lambda: "#" + str(R.randint(1001, 29999)) + pick(["-DE", "-FR", "-EU", "-B2B", "-W", "-AT"]),
    "shopify_order_id": lambda: pick(["5", "6"]) + rd(12),
    "woocommerce_default": lambda: "#" + str(R.randint(120, 98999)),
    "woocommerce_sequential": lambda: pick(["WC-", "WC", "", "BS-", "ORD-"]) + pick(["2025", "2026", "26"]) + pick(["-", "", "/"]) + f"{R.randint(1, 99999):05d}",
    "shopware_default": lambda: str(R.randint(10000, 99999)),
    "shopware_prefix": lambda: pick(["SW", "SW-", "SW6-"]) + str(R.randint(10000, 299999)),
    "shopware6": lambda: str(R.randint(10001, 120000)),
    "prestashop_reference": lambda: rs(UP, 9),
    "prestashop_id": lambda: str(R.randint(100, 99999)),
    "amazon_3_7_7": lambda: pick(["028", "302", "303", "304", "305", "306", "171", "111", "112", "113", "114", "402", "403", "404", "405", "406", "407", "408", "701"]) + "-" + rd(7) + "-" + rd(7),
    "amazon_digital": lambda: "D01-" + rd(7) + "-" + rd(7),
    "ebay_2_5_5": lambda: rd(2, True) + "-" + rd(5) + "-" + rd(5),
    "ebay_12digit": lambda: _noluhn(12, "12"),
    "etsy": lambda: _noluhn(10, "123"),
    "zalando": lambda: "1010" + rd(10) if R.random() < 0.5 else _noluhn(14, "1"),
    "otto": lambda: "".join(R.choice(UP) if i in (0, 2, 5, 7) else R.choice(DG) for i in range(9)),
    "bol": lambda: pick(["1", "2", "A"]) + rd(9) if R.random() < 0.7 else "A" + rs(UP + DG, 9).replace("O", "0"),
    "cdiscount": lambda: "2" + pick("56") + f"{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + rd(4) + rs(UP + DG, 4),
    "kaufland": lambda: pick(UP) + rs(UP + DG, 4) + rd(1) + pick(UP),
    "aliexpress": lambda: _noluhn(16, "38"),
    "allegro_legacy": lambda: rd(10, True),
    "jtl": lambda: pick(["AU", "AU-", "AB", "AU2026-"]) + f"{R.randint(1, 99999):05d}",
    "plentymarkets": lambda: str(R.randint(10000, 999999)),
    "sap_sales_order": lambda: "00" + pick(["10", "12", "20"]) + rd(6),
    "sfcc": lambda: pick(["", "", "INT", "DE", "FR", "EU"]) + f"{R.randint(1, 9999999):08d}",
    "bigcommerce": lambda: pick(["#", ""]) + str(R.randint(100, 29999)),
    "odoo": lambda: "S" + f"{R.randint(1, 99999):05d}",
    "mirakl": lambda: rd(9, True) + "-" + pick("ABC"),
    "letter_prefixed": lambda: pick(["ORD", "BST", "CMD", "A", "ORDER", "BO", "WEB", "VK", "AUF", "CO", "SO", "WO"]) + pick(["-", "", "_", "-"]) + rd(R.randint(5, 8), True),
    "year_prefixed": lambda: pick(["2025", "2026", "26"]) + pick(["-", "/", ""]) + rd(R.randint(4, 6)),
    "po_number": lambda: pick(["PO-", "PO", "45", "BE-", "PO#"]) + rd(8, True) if R.random() < 0.7 else "45" + rd(8),
    "context_generic": lambda: pick([rs(UP, 2) + rd(4) + pick(UP), rd(3) + "-" + rs(UP, 3) + rd(2), "K" + rd(6), rs(UP, 1) + rd(2) + "-" + rd(4) + "-" + rs(UP + DG, 2), rd(7, True)]),
}


def order(scheme):
    if scheme == "*":
        scheme = pick(list(ORDER))
    v = ORDER[scheme]()
    if scheme == "po_number" and v.startswith("PO#"):
        v = "PO-" + v[3:]
    if scheme == "context_generic" and not any(c.isdigit() for c in v):
        v += "7"
    return v, scheme

# ---------------------------------------------------------------- secrets

def _b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def _b64u(nbytes):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def _uuid():
    h = rs(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def pem(label, lines=None, first="MII"):
    lines = lines or R.randint(6, 12)
    body = _b64(48 * lines)
    body = first + body[len(first):]
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def _pgp():
    body = _b64(48 * R.randint(6, 10))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQdGBGV" + rows[0][7:] + "\n" + "\n".join(rows[1:]) + "\n=" + rs(B62, 4) +
            "\n-----END PGP PRIVATE KEY BLOCK-----")


def _password():
    core = pick(["Sommer", "Winter", "Kaffee", "Pinguin", "Soleil", "Marmotte", "Harbour", "Falcon", "Lavande", "Birke", "Tiger", "Orca"])
    k = R.randrange(4)
    if k == 0:
        return core + rd(R.randint(2, 4)) + pick(["!", "$", "*", "-", "_", "."]) + rs(B62, 3)
    if k == 1:
        return rs(B62, R.randint(14, 24))
    if k == 2:
        return rs(B62 + "!*-_~", R.randint(16, 28)).replace("~~", "~a")
    return pick(LO) + rs(LO + DG, 5) + "-" + rs(LO + DG, 6) + "-" + rs(LO + DG, 6)


def _jwt():
    hdr = pick(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9", "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9"])
    pl = base64.urlsafe_b64encode(('{"sub":"' + rd(6) + '","scope":"' + pick(["orders:read", "admin", "api", "write"]) +
                                   '","iat":17' + rd(8) + '}').encode()).decode().rstrip("=")
    return hdr + "." + pl + "." + _b64u(32 if "HS256" in hdr or "IkpXVCJ9" == hdr[-8:] else 64)


SECRETS = {
    # payments
    "stripe_secret": lambda: pick(["sk_live_", "sk_live_", "sk_test_", "rk_live_"]) + rs(B62, pick([24, 99])),
    "stripe_webhook_secret": lambda: "whsec_" + rs(B62, 32),
    "adyen_api_key": lambda: "AQE" + pick(["yhmfxK", "qhmfuX", "yhmfxL", "whmfxK"]) + rs(B64, 100) + "=-" + rs(B64, 44) + "=-" + rs(B62, 16),
    "mollie_key": lambda: pick(["live_", "test_"]) + rs(B62, 30),
    "mollie_access_token": lambda: "access_" + rs(B62, 40),
    "braintree_access_token": lambda: "access_token$production$" + rs(LO + DG, 16) + "$" + rs(HEX, 32),
    "paypal_client_secret": lambda: "E" + rs(B64U, 79),
    "klarna_api_key": lambda: "klarna_" + pick(["live", "test"]) + "_api_" + rs(B62, 36) + "_" + rs(B62, 8),
    "square_token": lambda: pick(["EAAA", "sq0csp-"]) + rs(B64U, 60 if R.random() < 0.5 else 43),
    "checkout_secret": lambda: pick(["sk_sbox_" + rs("abcdefghijklmnopqrstuvwxyz234567", 26), "sk_" + _uuid()]),
    "worldline_secret": lambda: _b64(33),
    "payplug_secret": lambda: "sk_live_" + rs(B62, 24),
    "shippo_token": lambda: "shippo_live_" + rs(HEX, 40),
    "easypost_key": lambda: "EZAK" + rs(HEX, 54),
    # shops
    "shopify_token": lambda: pick(["shpat_", "shpat_", "shpss_", "shpca_", "shppa_"]) + rs(HEX, 32),
    "shopware_access_key": lambda: "SWIA" + rs(UP + DG, 24),
    "shopware_secret": lambda: rs(B62, 54),
    "magento_token": lambda: rs(LO + DG, 32),
    "woocommerce_key": lambda: pick(["ck_", "cs_"]) + rs(HEX, 40),
    # messaging
    "slack_token": lambda: pick(["xoxb-", "xoxp-"]) + rd(12, True) + "-" + rd(13, True) + "-" + rs(B62, 24),
    "slack_app_token": lambda: "xapp-1-A" + rs(UP + DG, 10) + "-" + rd(13, True) + "-" + rs(HEX, 64),
    "slack_webhook": lambda: "https://hooks.slack.com/services/T" + rs(UP + DG, 8) + "/B" + rs(UP + DG, 10) + "/" + rs(B62, 24),
    "discord_bot_token": lambda: pick(["MT", "OD", "OT"]) + rs(B62, 24) + "." + rs(B64U, 6) + "." + rs(B64U, 38),
    "discord_webhook": lambda: "https://discord.com/api/webhooks/1" + rd(18) + "/" + rs(B64U, 68),
    "telegram_bot_token": lambda: rd(10, True) + ":AA" + rs(B64U, 33),
    "twilio_api_key": lambda: "SK" + rs(HEX, 32),
    "twilio_auth_token": lambda: rs(HEX, 32),
    "sendgrid": lambda: "SG." + rs(B64U, 22) + "." + rs(B64U, 43),
    "mailgun": lambda: pick(["key-" + rs(HEX, 32), rs(HEX, 32) + "-" + rs(HEX, 8) + "-" + rs(HEX, 8)]),
    "postmark_token": lambda: _uuid(),
    "brevo": lambda: pick(["xkeysib-", "xsmtpsib-"]) + rs(HEX, 64) + "-" + rs(B62, 16),
    "teams_webhook": lambda: "https://" + pick(["contoso", "shopteam", "haendlerbund", "maisonlumen"]) + ".webhook.office.com/webhookb2/" + _uuid() + "@" + _uuid() + "/IncomingWebhook/" + rs(HEX, 32) + "/" + _uuid() + "/V2" + rs(B64U, 40),
    "gchat_webhook": lambda: "https://chat.googleapis.com/v1/spaces/AAAA" + rs(B64U, 7) + "/messages?key=AIzaSy" + rs(B64U, 33) + "&token=" + rs(B64U, 43) + "%3D",
    "zapier_webhook": lambda: "https://hooks.zapier.com/hooks/catch/" + rd(7, True) + "/" + rs(LO + DG, 7) + "/",
    "make_webhook": lambda: "https://hook." + pick(["eu1", "eu2", "us1"]) + ".make.com/" + rs(LO + DG, 32),
    "mattermost_webhook": lambda: "https://chat." + pick(["shopteam.io", "lagerhaus.de", "atelier.fr"]) + "/hooks/" + rs(LO + DG, 26),
    # AI
    "openai": lambda: pick(["sk-proj-" + rs(B64U, 156), "sk-" + rs(B62, 20) + "T3BlbkFJ" + rs(B62, 20), "sk-svcacct-" + rs(B64U, 120)]),
    "anthropic": lambda: pick(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"]) + rs(B64U, 93) + "AA",
    "huggingface": lambda: "hf_" + rs(UP + LO, 34),
    "mistral": lambda: rs(B62, 32),
    "cohere": lambda: rs(B62, 40),
    "groq": lambda: "gsk_" + rs(B62, 52),
    "replicate": lambda: "r8_" + rs(B62, 37),
    "perplexity": lambda: "pplx-" + rs(B62, 48),
    # observability
    "datadog_api_key": lambda: rs(HEX, 32),
    "datadog_app_key": lambda: rs(HEX, 40),
    "sentry_dsn": lambda: "https://" + rs(HEX, 32) + "@o" + rd(6, True) + ".ingest." + pick(["", "de.", "us."]) + "sentry.io/" + rd(7, True),
    "sentry_auth_token": lambda: pick(["sntrys_eyJpYXQiOjE3" + rs(B64U, 120) + "_" + rs(B64U, 43), "sntryu_" + rs(HEX, 64)]),
    "newrelic_key": lambda: pick(["NRAK-" + rs(UP + DG, 27), rs(HEX, 36) + "NRAL", "NRII-" + rs(B64U, 32)]),
    "grafana_token": lambda: pick(["glc_eyJvIjoi" + rs(B64U, 90) + "=", "glsa_" + rs(B62, 32) + "_" + rs(HEX, 8)]),
    # cloud / VCS / CI
    "aws_access_key_id": lambda: pick(["AKIA", "ASIA"]) + rs(UP + "234567", 16),
    "aws_secret_key": lambda: rs(B64, 40),
    "gcp_api_key": lambda: "AIza" + rs(B64U, 35),
    "azure_storage_key": lambda: _b64(64),
    "azure_client_secret": lambda: rs(B62, 3) + "8Q~" + rs(B62 + "~._-", 34),
    "github_pat": lambda: pick(["ghp_", "gho_", "ghs_", "ghu_"]) + rs(B62, 36),
    "github_fine_grained": lambda: "github_pat_11" + rs(UP + DG, 20) + "_" + rs(B62, 59),
    "gitlab_pat": lambda: pick(["glpat-", "glpat-", "glrt-", "gldt-"]) + rs(B64U, 20),
    "bitbucket_app_password": lambda: "ATBB" + rs(B62, 28) + rs("0123456789ABCDEF", 8),
    "atlassian_token": lambda: "ATATT3xFfGF0" + rs(B64U, 170) + "=" + rs("0123456789ABCDEF", 8),
    "npm_token": lambda: "npm_" + rs(B62, 36),
    "pypi_token": lambda: "pypi-AgEIcHlwaS5vcmc" + rs(B64U, 70),
    "dockerhub_pat": lambda: "dckr_pat_" + rs(B64U, 27),
    "digitalocean": lambda: pick(["dop_v1_", "doo_v1_"]) + rs(HEX, 64),
    "cloudflare_token": lambda: rs(B64U, 40),
    "terraform_token": lambda: rs(B62, 14) + ".atlasv1." + rs(B62, 67),
    "vault_token": lambda: "hvs." + rs(B64U, 90),
    "supabase_token": lambda: "sbp_" + rs(HEX, 40),
    "planetscale_password": lambda: "pscale_pw_" + rs(B64U, 43),
    "databricks_token": lambda: "dapi" + rs(HEX, 32),
    "sonar_token": lambda: "squ_" + rs(HEX, 40),
    "pulumi_token": lambda: "pul-" + rs(HEX, 40),
    "rubygems_token": lambda: "rubygems_" + rs(HEX, 48),
    "heroku_key": lambda: "HRKU-" + _uuid() if R.random() < 0.5 else "HRKU-AA" + rs(B64U, 58),
    "linear": lambda: "lin_api_" + rs(B62, 40),
    "notion": lambda: pick(["secret_" + rs(B62, 43), "ntn_" + rd(11) + rs(B62, 35)]),
    "airtable": lambda: "pat" + rs(B62, 14) + "." + rs(HEX, 64),
    "hubspot": lambda: "pat-" + pick(["eu1", "na1"]) + "-" + _uuid(),
    "postman": lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34),
    "contentful": lambda: "CFPAT-" + rs(B64U, 43),
    "mapbox_secret": lambda: "sk.eyJ1Ijoi" + rs(B64U, 50) + "." + rs(B64U, 22),
    "age_secret_key": lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
    "doppler_token": lambda: "dp.st." + pick(["prd.", "dev."]) + rs(B62, 40),
    "flyio_token": lambda: "fo1_" + rs(B64U, 43),
    "algolia_admin_key": lambda: rs(HEX, 32),
    "scaleway_secret": lambda: _uuid(),
    # generic
    "generic_hex": lambda: rs(HEX, pick([32, 40, 48, 64])),
    "generic_b64": lambda: _b64(pick([24, 32, 33, 48])),
    "generic_b62": lambda: rs(B62, R.randint(24, 44)),
    "app_key_laravel": lambda: "base64:" + _b64(32),
    "django_secret": lambda: "django-insecure-" + rs(LO + DG + "!@#%^&*(-_=+)", 50) if R.random() < 0.4 else rs(LO + DG + "!@%^&*(-_=+)", 50),
    "k8s_secret_b64": lambda: base64.b64encode(_password().encode()).decode(),
    "password": _password,
    "jwt": _jwt,
    "bearer_opaque": lambda: rs(B64U, R.randint(32, 48)),
    "basic_auth": lambda: base64.b64encode((pick(["api", "admin", "shop", "svc-export", "jtl", "datev"]) + ":" + _password()).encode()).decode(),
    "pem_rsa": lambda: pem("RSA PRIVATE KEY", first="MIIE"),
    "pem_ec": lambda: pem("EC PRIVATE KEY", lines=3, first="MHcCAQEEI"),
    "pem_pkcs8": lambda: pem("PRIVATE KEY", first="MIIEv"),
    "pem_encrypted": lambda: pem("ENCRYPTED PRIVATE KEY", first="MIIFHDBOBgkqhkiG9w0BBQ0w"),
    "pem_openssh": lambda: pem("OPENSSH PRIVATE KEY", lines=R.randint(5, 8), first="b3BlbnNzaC1rZXktdjEAAAAA"),
    "pem_pgp": _pgp,
    "pem_jsonesc": lambda: pem("PRIVATE KEY", lines=R.randint(5, 8), first="MIIEv").replace("\n", "\\n"),
}


def secret(kind):
    if kind == "*":
        kind = pick(list(SECRETS))
    return SECRETS[kind](), kind

# ---------------------------------------------------------------- hard negatives
MON = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
       "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
       "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]}


def _date(lang):
    d, m, y = R.randint(1, 28), R.randint(1, 12), pick([2025, 2026, 2026])
    k = R.randrange(5)
    if k == 0:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 1:
        return f"{y}-{m:02d}-{d:02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"
    if lang == "en":
        return pick([f"{d} {MON['en'][m - 1]} {y}", f"{m:02d}/{d:02d}/{y}", f"{MON['en'][m - 1]} {d}, {y}"])
    if lang == "de":
        return pick([f"{d:02d}.{m:02d}.{y}", f"{d}. {MON['de'][m - 1]} {y}", f"{d:02d}.{m:02d}.{str(y)[2:]}"])
    return pick([f"{d:02d}/{m:02d}/{y}", f"{d} {MON['fr'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])


def _price(lang):
    a = R.randint(1, 2999)
    c = R.randint(0, 99)
    if lang == "en":
        return pick([f"£{a}.{c:02d}", f"${a:,}.{c:02d}", f"€{a}.{c:02d}", f"{a}.{c:02d} EUR", f"USD {a}.{c:02d}"])
    if lang == "de":
        return pick([f"{a:,}".replace(",", ".") + f",{c:02d} €", f"{a},{c:02d} EUR", f"EUR {a},{c:02d}", f"CHF {a}.{c:02d}", f"{a},{c:02d}€"])
    return pick([f"{a},{c:02d} €", f"{a} {c:02d}0 €".replace(" 0", ",0") if False else f"{a},{c:02d} € TTC", f"{a},{c:02d} EUR", f"{a}€{c:02d}"])


def _tracking():
    k = R.randrange(10)
    if k == 0:
        return "00340434" + rd(12)
    if k == 1:
        return "JJD" + rd(18)
    if k == 2:
        return "1Z" + rs(UP + DG, 6) + rd(10)
    if k == 3:
        return "9400" + rd(18)
    if k == 4:
        return pick(["6A", "8L", "6C", "8R"]) + rd(11)
    if k == 5:
        return pick(["LA", "CB", "RR", "CX"]) + rd(9) + pick(["FR", "DE"])
    if k == 6:
        return "H" + rd(19)
    if k == 7:
        return rd(11, True)  # GLS
    if k == 8:
        return "0" + rd(13)  # DPD
    return "3S" + rs(UP, 4) + rd(7)  # PostNL


def _ean():
    while True:
        d = pick(["40", "42", "30", "37", "87", "54", "76", "0"]) + rd(11)
        d = d[:13]
        if len(d) == 12:
            d = d  # UPC-A
        # GS1 check digit (3-1 weights); keep only if Luhn-invalid
        body = d[:-1]
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body.rjust(12, "0")))
        d = body + str((10 - s % 10) % 10)
        if not luhn_ok(d):
            return d


def _placeholder():
    return pick(["your_api_key", "<YOUR_SECRET_KEY>", "xxxxxxxxxxxxxxxx", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "${STRIPE_SECRET_KEY}",
                 "${{ secrets.SHOPIFY_TOKEN }}", "{{ vault_db_password }}", "********", "changeme", "[REDACTED]", "AKIAIOSFODNN7EXAMPLE",
                 "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "%env(MOLLIE_API_KEY)%",
                 "os.environ['OPENAI_API_KEY']", "<insert-token-here>", "REPLACE_ME", "dummy", "process.env.SENDGRID_API_KEY",
                 "$(cat /run/secrets/db_pw)", "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "test1234", "••••••••", "<redacted>"])


def _model():
    return pick([pick(UP) + pick(UP) + "-" + rd(3) + pick(["", "X", "i", "S"]), "WM" + rd(4), pick(["RTX ", "GX-", "XPS "]) + rd(4),
                 "SM-" + pick("ASGN") + rd(3) + pick("BFU"), "KDL-" + rd(2) + "W" + rd(3), "EOS " + rd(3) + "D", "TX" + rd(3) + "-" + pick(["B", "W"])])


def _vat():
    return pick(["DE" + rd(9, True), "ATU" + rd(8), "FR" + rd(2) + rd(9, True), "CHE-" + rd(3) + "." + rd(3) + "." + rd(3) + " MWST",
                 "NL" + rd(9) + "B01", "BE0" + rd(9), "LU" + rd(8), "IT" + rd(11), "ESB" + rd(8), "GB" + rd(9)])


def _bic():
    return pick(["COBADEFFXXX", "DEUTDEFF", "BNPAFRPP", "SOGEFRPP", "INGDDEFFXXX", "GENODEF1S02", "BYLADEM1001", "RZOOAT2L",
                 "UBSWCHZH80A", "KREDBEBB", "BCEELULL", "ABNANL2A", "CRLYFRPP", "AGRIFRPP", "PBNKDEFF", "HELADEF1RRS", "SOLADES1HDB"])


def _hash():
    return pick([rs(HEX, 7), rs(HEX, 40), rs(HEX, 32), rs(HEX, 64), "sha256:" + rs(HEX, 64), rs(HEX, 12)])


def _version():
    return pick([f"{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 20)}", f"v{R.randint(0, 5)}.{R.randint(0, 40)}.{R.randint(0, 9)}",
                 f"6.{R.randint(4, 6)}.{R.randint(0, 9)}.{R.randint(0, 3)}", f"2.4.{R.randint(4, 8)}-p{R.randint(1, 4)}",
                 f"1{R.randint(20, 40)}.0.{R.randint(1000, 6999)}.{R.randint(10, 199)}", f"10.0.{R.randint(17000, 26999)}.{R.randint(1, 999)}",
                 f"8.{R.randint(1, 4)}.{R.randint(0, 20)}"])


def _postcode():
    return pick([rd(5, True), rd(4, True), rd(5, True), pick(["SW1A ", "EC2R ", "M4 ", "EH1 ", "BS8 "]) + rd(1) + rs(UP, 2), rd(4, True) + " " + rs(UP, 2),
                 "D0" + rd(1) + " " + rs(UP, 1) + rd(1) + rs(UP, 2), "L-" + rd(4, True), "CH-" + rd(4, True), "F-" + rd(5, True)])


NEG = {
    "SKU": lambda l: pick([rs(UP, 3) + "-" + rd(4) + "-" + pick(["BLK", "WHT", "S", "M", "XL", "42", "RED"]), "SKU" + rd(6), rd(3) + "." + rd(3) + "." + rd(2),
                           rs(UP, 2) + rd(5), "ART-" + rd(5), "P" + rd(4) + "-" + rs(UP, 2)]),
    "MODEL": lambda l: _model(),
    "TICKET": lambda l: pick(["#" + rd(5, True), "ZD-" + rd(6, True), "SUP-" + rd(4, True), "JIRA-" + rd(3, True), "INC" + rd(7), "CS-" + rd(5, True),
                              rs(UP, 3) + "-" + rd(4, True), "TCK-" + rd(6)]),
    "INVOICE": lambda l: pick(["RE-" + pick(["2025", "2026"]) + "-" + rd(5), "INV-" + rd(6, True), "FA" + rd(8), "R" + rd(7, True),
                               "F-2026-" + rd(4), "GS-" + rd(5, True), "INV/" + pick(["2025", "2026"]) + "/" + rd(4), "AV" + rd(6)]),
    "CUSTOMER_NUMBER": lambda l: pick(["KD-" + rd(6, True), "KNR " + rd(7, True), "CUST-" + rd(5, True), "C" + rd(8), "D" + rd(5) + "-" + rd(2),
                                       "10" + rd(5), "CLI" + rd(6)]),
    "TRACKING": lambda l: _tracking(),
    "PRICE": _price,
    "EAN": lambda l: _ean(),
    "DATE": _date,
    "TIME": lambda l: pick([f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}", f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
                            f"{R.randint(1, 12)}:{R.randint(0, 59):02d} {pick(['am', 'pm', 'AM', 'PM'])}", f"{R.randint(7, 20)}h{R.randint(0, 59):02d}"]),
    "POSTCODE": lambda l: _postcode(),
    "VERSION": lambda l: _version(),
    "HASH": lambda l: _hash(),
    "UUID": lambda l: _uuid(),
    "PLACEHOLDER": lambda l: _placeholder(),
    "PUBLISHABLE_KEY": lambda l: pick(["pk_live_" + rs(B62, 99), "pk_test_" + rs(B62, 24), "pk_sbox_" + rs("abcdefghijklmnopqrstuvwxyz234567", 26),
                                       "pk." + "eyJ1Ijoi" + rs(B64U, 50) + "." + rs(B64U, 22), "test_" + rs(B62, 12) + "_client"]),
    "CARD_LUHN": lambda l: card(valid=False)[0].replace("\u200b", " "),
    "IBAN_MOD97": lambda l: fmt_iban(iban_raw(pick(COMMON_CC), False), pick(["grouped", "compact"])),
    "PART_NUMBER": lambda l: pick(["0 986 " + rd(3) + " " + rd(3), "A " + rd(3) + " " + rd(3) + " " + rd(2) + " " + rd(2), rd(2) + "." + rd(3) + "." + rd(3),
                                   rd(3) + "-" + rd(3) + "-" + rd(3), "1K0 " + rd(3) + " " + rd(3) + " " + pick(["A", "B", "C"])]),
    "QUANTITY": lambda l: str(pick([1, 2, 3, 4, 5, 6, 10, 12, 20, 24, 25, 40, 48, 50, 100, 120, 200, 250, 500, 1000])),
    "VAT_ID": lambda l: _vat(),
    "BIC": lambda l: _bic(),
    "RMA": lambda l: pick(["RMA-" + rd(6, True), "RET" + rd(7), "RMA" + rd(5, True), "R-" + rd(4) + "-" + rs(UP, 2)]),
    "BUILD_ID": lambda l: pick(["#" + rd(4, True), "build " + rd(5, True), rd(10, True), "run-" + rd(10, True)]).split()[-1],
    "PORT": lambda l: str(pick([22, 25, 80, 443, 587, 993, 3306, 5432, 6379, 8080, 8443, 9200, 27017, 5672, 15672, 9000])),
    "SIRET": lambda l: pick([rd(3, True) + " " + rd(3) + " " + rd(3) + " " + rd(5), rd(14, True), rd(3, True) + " " + rd(3) + " " + rd(3)]),
    "PAYMENT_REF": lambda l: pick(["pi_" + rs(B62, 24), "ch_" + rs(B62, 24), "cus_" + rs(B62, 14), "tr_" + rs(B62, 10), "re_" + rs(B62, 24),
                                   "psp " + rs(UP + DG, 16), "PAYID-" + rs(UP + DG, 24), "txn_" + rs(B62, 20)]).split()[-1],
    "ACCOUNT_ID": lambda l: pick(["AC" + rs(HEX, 32), "acct_" + rs(B62, 16), "MG" + rs(HEX, 32), "pfl_" + rs(B62, 10), "org_" + rs(B62, 24),
                                  "AWS account " + rd(12, True)]).split()[-1],
    "CREDITOR_ID": lambda l: pick(["DE98ZZZ0" + rd(10), "FR72ZZZ" + rd(6), "AT61ZZZ0" + rd(10)]),
    "PHONE_LIKE": lambda l: pick([rd(2) + "/" + rd(2) + "/" + rd(4), rd(4) + " " + rd(4) + " " + rd(4), "+" + rd(3) + " Stück" if l == "de" else rd(3) + "-" + rd(3)]).split()[0],
    "IP_LIKE": lambda l: pick([f"{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 20)}.{R.randint(0, 999)}", "1.3.6.1.4.1." + rd(5, True), f"{R.randint(300, 999)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(0, 255)}"]),
}


def neg(kind, lang):
    return NEG[kind](lang)


# ---------------------------------------------------------------- fillers (unlabelled)
FILL = {
    "name": FIRST,
    "shop": {"en": ["Brightcrate", "North Peak Gear", "Hollow Oak Home", "Fern & Pine", "Tidewater Parts", "Kettle & Crumb", "Loomhouse"],
             "de": ["Gartenkontor Nord", "Kaffeewerk Ulm", "Radlager24", "Möbelstübchen", "Bergsport Graubünden", "Holzwurm & Co", "Teekiste Lüneburg"],
             "fr": ["Atelier Lavande", "Cave du Rhône", "Ludothèque Marmotte", "Mercerie Bleue", "Épicerie Fine Lyon", "La Savonnerie d'Arles", "Bocal & Co"]},
    "city": {"en": ["Leeds", "Bristol", "Dublin", "Austin", "Cork", "Glasgow", "Denver", "Manchester"],
             "de": ["Ulm", "Kassel", "Graz", "Bern", "Münster", "Rostock", "Linz", "Freiburg"],
             "fr": ["Lyon", "Nantes", "Lille", "Liège", "Annecy", "Rennes", "Genève", "Toulouse"]},
    "product": {"en": ["trail running shoes", "cast iron skillet", "oak side table", "wool throw", "espresso grinder", "bike lights"],
                "de": ["Gartenschlauch 20 m", "Espressokocher", "Kinderfahrrad", "Wolldecke", "Akkuschrauber", "Teeservice"],
                "fr": ["cafetière italienne", "plaid en laine", "vélo enfant", "lampe de chevet", "jeu de société", "savon d'Alep"]},
    "host": {"en": ["db-prod-1", "api.internal", "shop-web-02", "worker-3", "edge-fra-1"], "de": ["db-prod-1", "wawi-sql01", "shop-web-02", "erp-app"],
             "fr": ["db-prod-1", "bdd-01", "shop-web-02", "presta-front"]},
}


def fill(name, lang):
    return pick(FILL[name][lang])
