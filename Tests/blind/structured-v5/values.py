"""Value generators for blind set structured-v5 (standard library only, hand-typed tables).

Every generator takes the shared Random `R` and a variant string and returns a list of pieces
(text, label, variant) where label is a type name (EMAIL, ..., SECRET), a "NEGATIVE_<KIND>" or None
(unlabelled text inside the value, e.g. the user name in a connection string or a port).
"""
import base64
import json
import string

R = None  # set by gen.py
LANG = "en"  # set by gen.py per record (language-specific date/time/price styles)

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def rd(n, first_nonzero=False):
    s = rs(DIG, n)
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def rmix(n, chars=ALNUM):
    """random string guaranteed to contain at least one digit, one upper and one lower (entropy)."""
    while True:
        s = rs(chars, n)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def rhex(n):
    while True:
        s = rs(HEX, n)
        if sum(c.isdigit() for c in s) >= 2 and sum(c.isalpha() for c in s) >= 2:
            return s


# ---------------------------------------------------------------- Luhn
def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + rd(length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


def luhn_break(num):
    while True:
        i = R.randrange(len(num) - 4, len(num))
        c = R.choice(DIG)
        n2 = num[:i] + c + num[i + 1:]
        if not luhn_ok(n2):
            return n2


def not_luhn(s):
    return s if not luhn_ok(s) else luhn_break(s)


# ---------------------------------------------------------------- cards
ISSUERS = {
    "visa": (lambda: "4" + rd(5), [16, 16, 16, 13, 19]),
    "visa_cb": (lambda: R.choice(["4970", "4973", "4975", "4978"]) + rd(2), [16]),  # Cartes Bancaires co-badged
    "mastercard": (lambda: "5" + R.choice("12345") + rd(4), [16]),
    "mastercard2": (lambda: str(R.randint(2221, 2720)) + rd(2), [16]),
    "amex": (lambda: R.choice(["34", "37"]) + rd(4), [15]),
    "discover": (lambda: R.choice(["6011", "644" + R.choice("0123456789"), "65" + rd(2)]) + rd(2), [16, 19]),
    "jcb": (lambda: str(R.randint(3528, 3589)) + rd(2), [16]),
    "diners": (lambda: R.choice(["36", "38", "300", "305"]) + rd(3), [14]),
    "maestro": (lambda: R.choice(["6759", "5018", "5020", "6304", "6761"]) + rd(2), [12, 13, 16, 18, 19]),
    "unionpay": (lambda: "62" + R.choice(["2126", "4000", "5888", "8200"]), [16, 17, 19]),
    "mir": (lambda: "220" + R.choice("01234") + rd(2), [16]),
}

CARD_SEPS = ["plain", "space", "dash", "dot", "slash", "underscore", "tab", "nul", "nbsp", "nnbsp",
             "zwsp", "zwnj", "wj", "everydigit", "dspace", "run", "irregular", "mixed", "space_dash_space"]


def group_card(num):
    n = len(num)
    if n == 15:
        g = [4, 6, 5]
    elif n == 14:
        g = [4, 6, 4]
    elif n == 19:
        g = R.choice([[4, 4, 4, 4, 3], [6, 13], [4, 4, 4, 7]])
    elif n == 13:
        g = [4, 4, 5]
    elif n == 12:
        g = [4, 4, 4]
    elif n == 17:
        g = [4, 4, 4, 5]
    elif n == 18:
        g = [4, 4, 4, 6]
    else:
        g = [4, 4, 4, 4]
    out, i = [], 0
    for k in g:
        out.append(num[i:i + k])
        i += k
    return out


def fmt_card(num, sep):
    if sep == "plain":
        return num
    if sep == "everydigit":
        return " ".join(num)
    if sep == "irregular":
        cuts = sorted(R.sample(range(1, len(num)), R.randint(2, 4)))
        parts, p = [], 0
        for c in cuts + [len(num)]:
            parts.append(num[p:c])
            p = c
        return R.choice([" ", "-"]).join(parts)
    gs = group_card(num)
    if sep == "mixed":
        out = gs[0]
        for g in gs[1:]:
            out += R.choice([" ", "-", ".", "  ", "\u00a0"]) + g
        return out
    s = {"space": " ", "dash": "-", "dot": ".", "slash": "/", "underscore": "_", "tab": "\t", "nul": "\u0000",
         "nbsp": "\u00a0", "nnbsp": "\u202f", "zwsp": "\u200b", "zwnj": "\u200c", "wj": "\u2060", "dspace": "  ",
         "run": R.choice([" - ", " -- ", "\u200b\u200b", " / ", "..", " _ "]), "space_dash_space": " - "}[sep]
    return s.join(gs)


def card_number(issuer):
    pre, lens = ISSUERS[issuer]
    return luhn_complete(pre(), R.choice(lens))


def gen_card(v):
    issuer, sep = (v.split(":") + ["*"])[:2]
    if issuer == "*":
        issuer = R.choice(list(ISSUERS))
    if sep == "*":
        sep = R.choice(CARD_SEPS)
    return [(fmt_card(card_number(issuer), sep), "CREDIT_CARD", f"{issuer}/{sep}")]


# ---------------------------------------------------------------- IBAN (ISO 13616 registry layouts)
IBAN_LAYOUT = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "AZ": "4a20c", "BA": "3n3n8n2n",
    "BE": "3n7n2n", "BG": "4a4n2n8c", "BH": "4a14c", "BR": "8n5n10n1a1c", "BY": "4c4n16c", "CH": "5n12c",
    "CR": "4n14n", "CY": "3n5n16c", "CZ": "4n6n10n", "DE": "8n10n", "DK": "4n9n1n", "DO": "4c20n",
    "EE": "2n2n11n1n", "EG": "4n4n17n", "ES": "4n4n1n1n10n", "FI": "3n11n", "FO": "4n9n1n",
    "FR": "5n5n11c2n", "GB": "4a6n8n", "GE": "2a16n", "GI": "4a15c", "GL": "4n9n1n", "GR": "3n4n16c",
    "GT": "4c20c", "HR": "7n10n", "HU": "3n4n1n15n1n", "IE": "4a6n8n", "IL": "3n3n13n", "IQ": "4a3n12n",
    "IS": "4n2n6n10n", "IT": "1a5n5n12c", "JO": "4a4n18c", "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c",
    "LC": "4a24c", "LI": "5n12c", "LT": "5n11n", "LU": "3n13c", "LV": "4a13c", "MC": "5n5n11c2n",
    "MD": "2c18c", "ME": "3n13n2n", "MK": "3n10c2n", "MR": "5n5n11n2n", "MT": "4a5n18c", "MU": "4a2n2n12n3n3a",
    "NL": "4a10n", "NO": "4n6n1n", "PK": "4a16c", "PL": "8n16n", "PS": "4a21c", "PT": "4n4n11n2n",
    "QA": "4a21c", "RO": "4a16c", "RS": "3n13n2n", "SA": "2n18c", "SC": "4a2n2n16n3a", "SE": "3n16n1n",
    "SI": "5n8n2n", "SK": "4n6n10n", "SM": "1a5n5n12c", "ST": "4n4n11n2n", "SV": "4a20n", "TL": "3n14n2n",
    "TN": "2n3n13n2n", "TR": "5n1n16c", "UA": "6n19c", "VA": "3n15n", "VG": "4a16n", "XK": "4n10n2n",
    "LY": "3n3n15n", "BI": "5n5n11n2n", "DJ": "5n5n11n2n", "SD": "2n12n", "MN": "4n12n",
}
# a few real bank identifiers so that the letters look right
BANK_LETTERS = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"], "IE": ["AIBK", "BOFI", "IPBS"],
                "NL": ["ABNA", "RABO", "INGB", "TRIO", "SNSB", "KNAB", "BUNQ"], "RO": ["RNCB", "BTRL", "BRDE"],
                "LV": ["HABA", "UNLA", "PARX"], "MT": ["MALT", "VALL"], "GI": ["NWBK"], "BG": ["BNBG", "UNCR"],
                "PK": ["SCBL", "HABB"], "QA": ["DOHB", "QNBA"], "KW": ["CBKU", "NBOK"], "JO": ["CBJO", "ARAB"],
                "AZ": ["NABZ"], "BH": ["BMAG", "NBOB"], "SV": ["CENR"], "VG": ["VPVG"], "MU": ["BOMM", "MCBL"],
                "SC": ["SSCB"], "LC": ["HEMM"], "PS": ["PALS"], "IQ": ["NBIQ"], "GE": ["NB", "TB", "BG"]}


def _bban_random(cc):
    lay = IBAN_LAYOUT[cc]
    out = ""
    i = 0
    first_a = True
    import re
    for n, t in re.findall(r"(\d+)([nac])", lay):
        n = int(n)
        if t == "n":
            out += rd(n)
        elif t == "a":
            if first_a and cc in BANK_LETTERS and len(BANK_LETTERS[cc][0]) == n:
                out += R.choice(BANK_LETTERS[cc])
            else:
                out += rs(UP, n)
            first_a = False
        else:  # c: mostly digits, sometimes letters
            out += "".join(R.choice(UP) if R.random() < 0.15 else R.choice(DIG) for _ in range(n))
        i += n
    return out


def _letval(c):
    return str(int(c, 36))


def mod97(s):
    return int("".join(_letval(c) for c in s)) % 97


def iban_check(cc, bban):
    return "%02d" % (98 - mod97(bban + cc + "00"))


def iban_valid(ib):
    ib = ib.replace(" ", "").upper()
    return mod97(ib[4:] + ib[:4]) == 1


_RIB = {c: v for v, cs in {1: "AJ", 2: "BKS", 3: "CLT", 4: "DMU", 5: "ENV", 6: "FOW", 7: "GPX", 8: "HQY", 9: "IRZ"}.items() for c in cs}


def _rib_key(bank, branch, acct):
    a = "".join(str(_RIB[c]) if c.isalpha() else c for c in acct)
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(a)) % 97))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_cin(s):
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def _es_dc(s10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(s10, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def bban_for(cc):
    while True:
        b = _bban_random(cc)
        if cc == "BE":
            b = b[:10] + "%02d" % ((int(b[:10]) % 97) or 97)
        elif cc in ("FR", "MC"):
            acct = b[10:21]
            b = b[:21] + _rib_key(b[:5], b[5:10], acct)
        elif cc in ("IT", "SM"):
            rest = b[1:]
            b = _it_cin(rest) + rest
        elif cc == "ES":
            d1 = _es_dc("00" + b[:8])
            d2 = _es_dc(b[10:])
            b = b[:8] + str(d1) + str(d2) + b[10:]
        elif cc == "NO":
            w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            d = 11 - sum(int(a) * x for a, x in zip(b[:10], w)) % 11
            if d == 10:
                continue
            b = b[:10] + str(0 if d == 11 else d)
        elif cc in ("PT", "ST"):
            b = b[:19] + "%02d" % (98 - (int(b[:19]) * 100) % 97)
        return b


IBAN_FMTS = ["compact", "grouped", "dspace", "ccspace", "dashed", "linebreak", "lower", "lowergrouped",
             "nbsp", "irregular", "tab"]


def fmt_iban(ib, f):
    g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    if f == "compact":
        return ib
    if f == "grouped":
        return " ".join(g)
    if f == "dspace":
        return "  ".join(g)
    if f == "ccspace":
        return ib[:2] + " " + ib[2:4] + " " + R.choice([ib[4:], " ".join(ib[i:i + 4] for i in range(4, len(ib), 4))])
    if f == "dashed":
        return "-".join(g)
    if f == "linebreak":
        k = R.randint(2, len(g) - 2)
        return " ".join(g[:k]) + R.choice(["\n", "\n", " \n", "\r\n"]) + " ".join(g[k:])
    if f == "lower":
        return ib.lower()
    if f == "lowergrouped":
        return " ".join(x.lower() for x in g)
    if f == "nbsp":
        return "\u00a0".join(g)
    if f == "tab":
        return "\t".join(g)
    if f == "irregular":
        cuts = sorted(R.sample(range(2, len(ib) - 1), 3))
        parts, p = [], 0
        for c in cuts + [len(ib)]:
            parts.append(ib[p:c])
            p = c
        return " ".join(parts)
    raise ValueError(f)


def iban_number(cc):
    b = bban_for(cc)
    return cc + iban_check(cc, b) + b


EU_IBAN = ["DE", "DE", "DE", "FR", "FR", "FR", "AT", "CH", "BE", "NL", "LU", "IT", "ES", "PT", "IE", "PL", "CZ",
           "DK", "SE", "FI", "NO", "MC", "LI", "GB", "SK", "SI", "HR", "HU", "RO", "BG", "GR", "CY", "MT", "EE",
           "LV", "LT", "IS"]


def gen_iban(v):
    cc, f = (v.split(":") + ["*"])[:2]
    if cc == "*":
        cc = R.choice(EU_IBAN) if R.random() < 0.65 else R.choice(list(IBAN_LAYOUT))
    if cc == "eu":
        cc = R.choice(EU_IBAN)
    if f == "*":
        f = R.choice(IBAN_FMTS)
    return [(fmt_iban(iban_number(cc), f), "IBAN", f"{cc}/{f}")]


def iban_badcheck(cc=None):
    cc = cc or R.choice(EU_IBAN)
    ib = iban_number(cc)
    while True:
        i = R.randrange(5, len(ib))
        if not ib[i].isdigit():
            continue
        c = R.choice(DIG)
        b = ib[:i] + c + ib[i + 1:]
        if b != ib and not iban_valid(b):
            return b


# ---------------------------------------------------------------- phones
def _grp(s, pat):
    out, i = [], 0
    for k in pat:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return out


# cc -> list of (area, sub_len, group pattern for sub, national trunk)
PH = {
    "DE": ("49", "0", [("30", 8), ("40", 7), ("89", 8), ("221", 7), ("69", 8), ("711", 7), ("351", 6), ("511", 7),
                      ("911", 6), ("1512", 7), ("1523", 7), ("160", 7), ("1575", 7), ("170", 7), ("171", 7),
                      ("172", 7), ("176", 8), ("177", 7), ("179", 7), ("6221", 6), ("4131", 6)]),
    "AT": ("43", "0", [("1", 7), ("664", 7), ("676", 7), ("699", 8), ("316", 6), ("512", 6), ("662", 6), ("650", 7)]),
    "CH": ("41", "0", [("44", 7), ("43", 7), ("31", 7), ("61", 7), ("22", 7), ("79", 7), ("78", 7), ("76", 7), ("21", 7)]),
    "FR": ("33", "0", [("1", 8), ("6", 8), ("7", 8), ("4", 8), ("5", 8), ("9", 8), ("2", 8), ("3", 8)]),
    "BE": ("32", "0", [("2", 7), ("470", 6), ("475", 6), ("486", 6), ("495", 6), ("9", 7), ("3", 7), ("4", 7)]),
    "NL": ("31", "0", [("20", 7), ("6", 8), ("10", 7), ("30", 7), ("70", 7)]),
    "LU": ("352", "", [("621", 6), ("661", 6), ("691", 6), ("", 6), ("", 8)]),
    "IT": ("39", "", [("02", 8), ("06", 8), ("333", 7), ("347", 7), ("320", 7), ("055", 6), ("011", 7)]),
    "ES": ("34", "", [("6", 8), ("91", 7), ("93", 7), ("7", 8), ("96", 7)]),
    "GB": ("44", "0", [("20", 8), ("7700", 6), ("7911", 6), ("161", 7), ("131", 7), ("113", 7), ("1632", 6)]),
    "US": ("1", "", [("212", 7), ("415", 7), ("646", 7), ("312", 7), ("206", 7), ("512", 7)]),
    "CA": ("1", "", [("416", 7), ("514", 7), ("604", 7)]),
    "IE": ("353", "0", [("1", 7), ("87", 7), ("85", 7), ("21", 7), ("83", 7)]),
    "PL": ("48", "", [("512", 6), ("601", 6), ("22", 7), ("12", 7), ("797", 6)]),
    "CZ": ("420", "", [("602", 6), ("731", 6), ("2", 8), ("777", 6)]),
    "DK": ("45", "", [("", 8)]),
    "SE": ("46", "0", [("8", 7), ("70", 7), ("31", 7), ("73", 7)]),
    "NO": ("47", "", [("", 8)]),
    "FI": ("358", "0", [("40", 7), ("50", 7), ("9", 7)]),
    "PT": ("351", "", [("91", 7), ("93", 7), ("21", 7), ("96", 7)]),
    "MA": ("212", "0", [("6", 8), ("5", 8)]),
    "TN": ("216", "", [("", 8)]),
    "HU": ("36", "06", [("1", 7), ("30", 7), ("20", 7)]),
    "GR": ("30", "", [("69", 8), ("21", 8)]),
}


def _sub_groups(cc, sub):
    n = len(sub)
    if cc in ("FR", "MA"):
        return _grp(sub, [2] * 4)
    if cc in ("CH",):
        return _grp(sub, [3, 2, 2])
    if cc in ("US", "CA"):
        return _grp(sub, [3, 4])
    if cc in ("DK", "NO"):
        return _grp(sub, [2, 2, 2, 2]) if R.random() < 0.6 else _grp(sub, [3, 2, 3])
    if cc in ("BE", "LU", "PL", "CZ", "PT", "ES", "TN") and n in (6, 7, 8, 9):
        return _grp(sub, [3, 3]) if n == 6 else (_grp(sub, [3, 2, 2]) if n == 7 else _grp(sub, [2, 2, 2, 2]))
    if cc in ("NL", "IE", "GB", "IT", "GR", "FI", "HU", "SE"):
        return _grp(sub, [3, 4]) if n == 7 else (_grp(sub, [4, 4]) if n == 8 else _grp(sub, [3, 3]))
    # DE/AT: often one block or 3-4/4-4
    r = R.random()
    if r < 0.5:
        return [sub]
    return _grp(sub, [n // 2, n - n // 2])


PHONE_FORMS = ["national", "intl", "e164", "intl00", "trunk0", "ext", "dotted", "dashed", "paren_area"]


def gen_phone(v):
    cc, form = (v.split(":") + ["*"])[:2]
    if cc == "*":
        cc = R.choice(list(PH))
    code, trunk, areas = PH[cc]
    if form == "*":
        form = R.choice(PHONE_FORMS)
    # keep to the written forms each country actually uses
    if form == "paren_area" and cc not in ("DE", "AT", "CH", "FR", "BE", "NL", "GB", "IE", "FI", "SE", "US", "CA", "MA", "IT"):
        form = "intl"
    if form == "dotted" and cc not in ("FR", "MA", "BE", "LU", "CH", "US", "CA", "DE", "PL", "NL"):
        form = "intl"
    if form == "dashed" and cc not in ("US", "CA", "DE", "NL", "IE", "IT", "SE", "FI", "HU", "BE", "AT", "CZ"):
        form = "intl"
    area, sl = R.choice(areas)
    sub = rd(sl, first_nonzero=True)
    if cc in ("US", "CA"):
        sub = R.choice("23456789") + rd(2) + "-01" + rd(2) if R.random() < 0.6 else R.choice("23456789") + rd(6)
        sub = sub.replace("-", "")
    if cc in ("FR", "MA"):
        area_sub = area + sub[:-1] if False else None
    groups = _sub_groups(cc, sub)
    if cc in ("FR", "MA"):
        # French numbers: 0X XX XX XX XX  (area = 1 digit, sub = 8 digits)
        nat_g = [trunk + area] + groups
        int_g = [area] + groups
    elif cc in ("US", "CA"):
        nat_g = None
        int_g = [area] + groups
    else:
        nat_g = ([trunk + area] if (trunk or area) else []) + groups
        int_g = ([area] if area else []) + groups
    if cc in ("US", "CA"):
        if form in ("national", "paren_area", "trunk0"):
            s = f"({area}) {groups[0]}-{groups[1]}"
        elif form == "dotted":
            s = f"{area}.{groups[0]}.{groups[1]}"
        elif form == "dashed":
            s = f"{area}-{groups[0]}-{groups[1]}"
        elif form == "e164":
            s = "+1" + area + sub
        elif form == "intl00":
            s = "001 " + area + " " + groups[0] + " " + groups[1]
        elif form == "ext":
            s = f"+1 {area}-{groups[0]}-{groups[1]} " + R.choice(["ext. ", "x", "ext "]) + rd(R.randint(2, 4), True)
        else:
            s = f"+1 {area} {groups[0]} {groups[1]}" if R.random() < 0.5 else f"+1 ({area}) {groups[0]}-{groups[1]}"
        return [(s, "PHONE", f"{cc}/{form}")]
    if form == "national":
        s = " ".join(nat_g) if nat_g[0] else " ".join(groups)
        if cc in ("DE", "AT") and R.random() < 0.4 and len(nat_g) >= 2:
            s = nat_g[0] + R.choice(["/", " / ", "-"]) + "".join(nat_g[1:])
    elif form == "paren_area":
        s = "(" + nat_g[0] + ") " + " ".join(nat_g[1:]) if len(nat_g) > 1 else " ".join(nat_g)
    elif form == "intl":
        s = "+" + code + " " + " ".join(int_g)
    elif form == "e164":
        s = "+" + code + "".join(int_g)
    elif form == "intl00":
        s = "00" + code + R.choice([" ", " ", ""]) + " ".join(int_g)
    elif form == "trunk0":
        if trunk:
            s = "+" + code + " (" + trunk + ")" + " ".join(int_g)
        else:
            s = "+" + code + " " + " ".join(int_g)
    elif form == "dotted":
        s = ".".join(nat_g) if cc in ("FR", "MA", "BE", "LU", "CH") else "+" + code + "." + ".".join(int_g)
    elif form == "dashed":
        s = "-".join(nat_g) if R.random() < 0.5 else "+" + code + "-" + "-".join(int_g)
    elif form == "ext":
        base = "+" + code + " " + " ".join(int_g)
        if cc in ("DE", "AT") and R.random() < 0.6:
            s = base.rstrip() + "-" + rd(R.randint(2, 3), True)
        else:
            if cc in ("DE", "AT", "CH"):
                w = R.choice([" Durchwahl ", " Dw. ", " App. ", "-"])
            elif cc in ("FR", "BE", "LU", "MA", "TN"):
                w = R.choice([" poste ", " p. ", " poste "])
            else:
                w = R.choice([" ext. ", " ext ", " x", " extn "])
            s = base + w + rd(R.randint(2, 3), True)
    else:
        raise ValueError(form)
    return [(s, "PHONE", f"{cc}/{form}")]


# ---------------------------------------------------------------- emails
LOCALS = ["kontakt", "info", "service", "hello", "bonjour", "buchhaltung", "compta", "versand", "retouren",
          "support", "sav", "facturation", "einkauf", "noreply-orders", "ops", "dispo", "billing", "shop"]
PERS_LOCAL = ["lena.k", "mheinz", "c.dubois84", "tom_rees", "j.vandam", "anouk.p", "r.ostrowski", "kaz.m",
              "sbaumgart", "helene.roux", "yusuf.demir", "ines-ferreira", "pk1977", "marguerite.lb", "ojo.ade",
              "b.schoenfeld", "vero.nique", "d.oconnell", "fabi.w", "noor.h", "elif.s", "g.marchetti"]
DOMAINS = ["gmx.de", "web.de", "t-online.de", "posteo.de", "orange.fr", "free.fr", "laposte.net", "outlook.com",
           "gmail.com", "proton.me", "icloud.com", "bluewin.ch", "yahoo.fr", "hotmail.de", "mailbox.org", "sfr.fr",
           "a1.net", "skynet.be", "pt.lu", "libero.it"]
SHOP_DOMAINS = ["nordlicht-textil.de", "maison-rivage.fr", "bergwerk-outdoor.at", "kaffeerei.ch", "velo-atelier.be",
                "papeterie-lumen.fr", "hofladen-ahrweiler.de", "lampenmanufaktur.com", "teeraum.eu", "ski-depot.ch",
                "herbier-d-argile.fr", "kleinkram-shop.de", "ceramiques-du-lot.fr", "brotzeitbox.de"]


def gen_email(v):
    k = v if v != "*" else R.choice(["plain", "personal", "plus", "subdomain", "idn", "role", "dotted", "upper",
                                       "mailto", "angle"])
    if k == "plain":
        s = R.choice(PERS_LOCAL) + "@" + R.choice(DOMAINS)
    elif k == "personal":
        s = R.choice(PERS_LOCAL).replace(".", "") + rd(2) + "@" + R.choice(DOMAINS)
    elif k == "plus":
        s = R.choice(PERS_LOCAL) + "+" + R.choice(["shop", "orders", "amazon", "newsletter", "ebay", "2024"]) + "@" + R.choice(DOMAINS)
    elif k == "subdomain":
        s = R.choice(LOCALS) + "@" + R.choice(["mail", "eu", "kunden", "clients", "mx1"]) + "." + R.choice(SHOP_DOMAINS)
    elif k == "idn":
        s = R.choice(["jürgen.weiß", "françois", "zoë.k", "müller-lüdenscheidt", "andré", "søren", "łukasz.w", "gaëlle"]) + "@" + R.choice(["gmx.de", "müller-shop.de", "orange.fr", "café-lumière.fr", "web.de"])
    elif k == "role":
        s = R.choice(LOCALS) + "@" + R.choice(SHOP_DOMAINS)
    elif k == "dotted":
        s = ".".join(R.sample(["anna", "b", "de", "la", "cruz", "m", "von", "ost", "jo"], 3)) + "@" + R.choice(DOMAINS)
    elif k == "upper":
        s = R.choice(PERS_LOCAL).upper() + "@" + R.choice(DOMAINS).upper()
    elif k == "mailto":
        e = R.choice(LOCALS) + "@" + R.choice(SHOP_DOMAINS)
        return [("<a href=\"mailto:", None, None), (e, "EMAIL", "mailto"), ("\">", None, None), (e, "EMAIL", "mailto"), ("</a>", None, None)]
    elif k == "angle":
        e = R.choice(PERS_LOCAL) + "@" + R.choice(DOMAINS)
        return [("&lt;", None, None), (e, "EMAIL", "html_escaped"), ("&gt;", None, None)]
    else:
        raise ValueError(v)
    return [(s, "EMAIL", k)]


# ---------------------------------------------------------------- IP addresses
def v4_public():
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 169, 172, 192, 100, 0):
            continue
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def v4_private():
    return R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def v6_full():
    return ":".join(R.choice(["2001", "2a02", "2a01", "2003", "2a00", "fd12"]) if i == 0 else "%x" % R.randint(0, 65535) for i in range(8))


def v6_comp():
    head = [R.choice(["2001:db8", "2a02:810d", "2a01:4f8", "fe80:", "2003:e8", "2a00:1450", "fd00:a1"])]
    tail = ["%x" % R.randint(1, 65535) for _ in range(R.randint(1, 3))]
    h = head[0]
    if h.endswith(":"):
        return h + ":" + ":".join(tail)
    return h + "::" + ":".join(tail)


IP_KINDS = ["v4_public", "v4_private", "v4_port", "v4_bracket", "v4_paren", "v4_userat", "defang_last", "defang_all",
            "defang_paren", "hxxp", "v6_full", "v6_compressed", "v6_bracket_port", "v6_mapped", "v4_cidr", "defang_dot_word"]


def gen_ip(v):
    k = v if v != "*" else R.choice(IP_KINDS)
    ip = v4_public() if R.random() < 0.7 else v4_private()
    if k == "v4_public":
        return [(v4_public(), "IP_ADDRESS", k)]
    if k == "v4_private":
        return [(v4_private(), "IP_ADDRESS", k)]
    if k == "v4_port":
        return [(ip, "IP_ADDRESS", k), (":" + str(R.choice([22, 80, 443, 3306, 5432, 8080, 8443, 6379, 25, 587, 9200])), None, None)]
    if k == "v4_bracket":
        return [("[", None, None), (ip, "IP_ADDRESS", k), ("]", None, None)]
    if k == "v4_paren":
        return [("(", None, None), (ip, "IP_ADDRESS", k), (")", None, None)]
    if k == "v4_userat":
        return [(R.choice(["root", "deploy", "ubuntu", "admin", "shop", "ec2-user"]) + "@", None, None), (ip, "IP_ADDRESS", k)]
    if k == "v4_cidr":
        return [(ip, "IP_ADDRESS", k), ("/" + str(R.choice([32, 24, 28])), None, None)]
    p = ip.split(".")
    if k == "defang_last":
        return [(".".join(p[:3]) + "[.]" + p[3], "IP_ADDRESS", k)]
    if k == "defang_all":
        return [("[.]".join(p), "IP_ADDRESS", k)]
    if k == "defang_paren":
        return [("(.)".join(p) if R.random() < 0.5 else ".".join(p[:3]) + "(.)" + p[3], "IP_ADDRESS", k)]
    if k == "defang_dot_word":
        return [("[dot]".join(p) if R.random() < 0.5 else "[.]".join(p[:2]) + "." + ".".join(p[2:]), "IP_ADDRESS", k)]
    if k == "hxxp":
        d = R.choice(["[.]".join(p), ".".join(p[:3]) + "[.]" + p[3], ".".join(p)])
        return [(R.choice(["hxxp://", "hxxps://", "hXXp://"]), None, None), (d, "IP_ADDRESS", k),
                (R.choice(["/wp-login.php", "/admin/", ":8080/x.sh", "/checkout/pay.js", "/.env", "/"]), None, None)]
    if k == "v6_full":
        return [(v6_full(), "IP_ADDRESS", k)]
    if k == "v6_compressed":
        return [(v6_comp(), "IP_ADDRESS", k)]
    if k == "v6_bracket_port":
        return [("[", None, None), (v6_comp(), "IP_ADDRESS", k), ("]:" + str(R.choice([443, 8443, 22, 5432])), None, None)]
    if k == "v6_mapped":
        return [("::ffff:" + v4_public(), "IP_ADDRESS", k)]
    raise ValueError(v)


# ---------------------------------------------------------------- order numbers
AMZ_FIRST = ["028", "111", "112", "113", "114", "171", "202", "203", "204", "205", "302", "303", "304", "305", "306",
             "402", "403", "404", "405", "406", "407", "408", "701", "702", "249", "026"]


def gen_order(v):
    k = v if v != "*" else R.choice(ORDER_SCHEMES)
    n = R.randint
    if k == "magento_default":
        s = "0000" + rd(5, True) if R.random() < 0.5 else "00000" + rd(4, True)
    elif k == "magento_store_prefix":
        s = str(n(1, 9)) + "000" + rd(5, True)
    elif k == "magento_custom":
        s = R.choice(["M2-", "WEB", "DE", "FR-", "ST1-", "B2B-", "MG"]) + str(n(1, 3)) + "000" + rd(4, True)
    elif k == "shopify_default":
        s = "#" + str(n(1001, 48999))
    elif k == "shopify_prefix":
        s = "#" + R.choice(["EU", "NL-", "CH", "SHOP", "FR", "KB-", "DE", "B2B-", "ATL"]) + str(n(1001, 39999))
    elif k == "shopify_suffix":
        s = "#" + str(n(1001, 29999)) + R.choice(["-DE", "-FR", "B", "-W", "-AT", "/2", "-EU"])
    elif k == "shopify_nohash":
        s = str(n(1001, 29999))
    elif k == "shopify_order_id":
        s = "5" + rd(12)
        s = not_luhn(s)
    elif k == "woocommerce_default":
        s = "#" + str(n(120, 98000))
    elif k == "woocommerce_sequential":
        s = R.choice([f"WC-{n(2023, 2026)}-{rd(5)}", f"#ORD-{rd(5)}", f"{n(2023, 2026)}-{rd(6)}", f"WO{rd(6)}",
                      f"#{n(2024, 2026)}{rd(4)}", f"SO-{rd(4)}-{n(24, 26)}", f"WB{n(24, 26)}{rd(4)}"])
    elif k == "shopware_default":
        s = str(n(10001, 89999))
    elif k == "shopware_prefix":
        s = R.choice(["SW", "SW-", "AT-", "B-", "ON"]) + str(n(10001, 99999))
    elif k == "prestashop_reference":
        s = rs(UP, 9)
    elif k == "prestashop_id":
        s = str(n(100, 99999))
    elif k == "amazon_3_7_7":
        s = R.choice(AMZ_FIRST) + "-" + rd(7) + "-" + rd(7)
    elif k == "amazon_digital":
        s = "D01-" + rd(7) + "-" + rd(7)
    elif k == "ebay_2_5_5":
        s = rd(2, True) + "-" + rd(5) + "-" + rd(5)
    elif k == "ebay_legacy":
        s = not_luhn(R.choice(["1", "2", "3"]) + rd(11)) + "-" + not_luhn(rd(13, True))
    elif k == "etsy":
        s = R.choice(["1", "2", "3"]) + rd(9)
    elif k == "zalando":
        s = not_luhn("10" + rd(12))
    elif k == "otto":
        s = rs(LO + DIG, 10)
        while not any(c.isdigit() for c in s) or not any(c.isalpha() for c in s):
            s = rs(LO + DIG, 10)
    elif k == "bol":
        s = R.choice(["1", "2", "A"]) + (rd(9) if R.random() < 0.6 else rs(UP + DIG, 9))
        while not any(c.isdigit() for c in s):
            s = "A" + rs(UP + DIG, 9)
    elif k == "cdiscount":
        s = f"{n(22, 25):02d}{n(1, 12):02d}{n(1, 28):02d}{n(0, 23):02d}{n(0, 59):02d}" + rs(UP + DIG, 5)
    elif k == "kaufland":
        s = rs(UP + DIG, 7)
        while not any(c.isdigit() for c in s):
            s = rs(UP + DIG, 7)
    elif k == "letter_prefixed":
        s = R.choice(["ORD-", "CMD-", "BST-", "A", "KD-", "AUF-", "CO", "BE", "CDE-", "WEB-", "R", "OR", "BO-"]) + rd(R.randint(5, 8))
    elif k == "year_prefixed":
        y = n(2023, 2026)
        s = R.choice([f"{y}-{rd(6)}", f"{y}/{rd(5)}", f"{y % 100}-{n(1, 12):02d}-{rd(4)}", f"{y}{rd(6)}",
                      f"{y}.{rd(5)}", f"{y}-{n(1, 12):02d}-{rd(4)}"])
    elif k == "context_generic":
        s = R.choice([f"{rd(2)}-{rd(4)}-{rs(UP, 2)}", f"{rd(4)}{R.choice(UP)}", f"kb{rd(4)}", f"{rd(3)}-{rd(2)}",
                      f"{rs(UP, 2)}{rd(3)}{rs(UP, 1)}", f"{rd(6)}", f"{rd(3)}/{rd(4)}", f"X{rd(4)}-{R.choice(UP)}",
                      f"{rd(7)}", f"L{rd(3)}.{rd(3)}"])
    elif k == "po_number":
        s = R.choice([f"PO-{rd(6)}", f"PO{rd(7)}", f"4500{rd(6)}", f"BC-{rd(5)}"])
    else:
        raise ValueError(v)
    return [(s, "ORDER_NUMBER", k)]


ORDER_SCHEMES = ["magento_default", "magento_store_prefix", "magento_custom", "shopify_default", "shopify_prefix",
                 "shopify_suffix", "shopify_order_id", "woocommerce_default", "woocommerce_sequential",
                 "shopware_default", "shopware_prefix", "prestashop_reference", "prestashop_id", "amazon_3_7_7",
                 "amazon_digital", "ebay_2_5_5", "ebay_legacy", "etsy", "zalando", "otto", "bol", "cdiscount",
                 "letter_prefixed", "year_prefixed", "context_generic", "kaufland"]


# ---------------------------------------------------------------- secrets
def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def make_jwt():
    hdr = {"alg": R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if R.random() < 0.4:
        hdr["kid"] = rs(LO + DIG, 8)
    pl = {"sub": rd(R.randint(4, 9)), "iat": R.randint(1735000000, 1767000000)}
    pl["exp"] = pl["iat"] + 3600 * R.choice([1, 12, 24, 720])
    if R.random() < 0.5:
        pl["scope"] = R.choice(["orders:read", "admin", "checkout", "read write"])
    if R.random() < 0.4:
        pl["iss"] = "https://auth." + R.choice(SHOP_DOMAINS)
    h = b64url_nopad(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(pl, separators=(",", ":")).encode())
    sig = b64url_nopad(bytes(R.randrange(256) for _ in range(32 if hdr["alg"] == "HS256" else 64)))
    return f"{h}.{p}.{sig}"


def pem_body(nbytes, prefix=b""):
    raw = prefix + bytes(R.randrange(256) for _ in range(nbytes))
    b = base64.b64encode(raw).decode()
    return "\n".join(b[i:i + 64] for i in range(0, len(b), 64))


def pem(kind):
    if kind == "pem_rsa":
        return "-----BEGIN RSA PRIVATE KEY-----\n" + pem_body(R.choice([600, 900, 1190]), b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00") + "\n-----END RSA PRIVATE KEY-----"
    if kind == "pem_pkcs8":
        return "-----BEGIN PRIVATE KEY-----\n" + pem_body(R.choice([600, 1200]), b"\x30\x82\x04\xbd\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00") + "\n-----END PRIVATE KEY-----"
    if kind == "pem_ec":
        return "-----BEGIN EC PRIVATE KEY-----\n" + pem_body(100, b"\x30\x77\x02\x01\x01\x04\x20") + "\n-----END EC PRIVATE KEY-----"
    if kind == "pem_dsa":
        return "-----BEGIN DSA PRIVATE KEY-----\n" + pem_body(420, b"\x30\x82\x01\xbb\x02\x01\x00") + "\n-----END DSA PRIVATE KEY-----"
    if kind == "pem_encrypted":
        return "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + pem_body(R.choice([700, 1250]), b"\x30\x82\x05\x16\x30\x40\x06\x09") + "\n-----END ENCRYPTED PRIVATE KEY-----"
    if kind == "pem_rsa_legacy_enc":
        return ("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC," + rs("0123456789ABCDEF", 32)
                + "\n\n" + pem_body(900) + "\n-----END RSA PRIVATE KEY-----")
    if kind == "pem_openssh":
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + pem_body(R.choice([300, 380, 1700]), b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01") + "\n-----END OPENSSH PRIVATE KEY-----"
    if kind == "pem_pgp":
        return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + pem_body(R.choice([500, 900]), b"\x95\x03\xc6\x04")
                + "\n=" + rs(B64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----")
    if kind == "pem_putty":
        return ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build\nPublic-Lines: 2\n"
                + pem_body(51) + "\nPrivate-Lines: 1\n" + pem_body(36) + "\nPrivate-MAC: " + rhex(64))
    raise ValueError(kind)


SECRET_SIMPLE = {
    "aws_access_key_id": lambda: R.choice(["AKIA", "AKIA", "ASIA"]) + rs(UP + "234567", 16),
    "aws_secret_key": lambda: rmix(40, ALNUM + "+/"),
    "github_classic": lambda: R.choice(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + rmix(36),
    "github_fine_grained": lambda: "github_pat_11" + rs(UP + DIG, 20) + "_" + rmix(59),
    "gitlab_pat": lambda: "glpat-" + rmix(20, ALNUM + "-_"),
    "gitlab_runner": lambda: R.choice(["glrt-", "gldt-", "GR1348941"]) + rmix(20, ALNUM + "-_"),
    "stripe_live": lambda: "sk_live_" + rmix(R.choice([24, 99])),
    "stripe_restricted": lambda: "rk_live_" + rmix(R.choice([24, 99])),
    "stripe_webhook": lambda: "whsec_" + rmix(32),
    "slack_bot": lambda: "xoxb-" + rd(R.choice([11, 12]), True) + "-" + rd(13, True) + "-" + rmix(24),
    "slack_user": lambda: "xoxp-" + rd(11, True) + "-" + rd(12, True) + "-" + rd(13, True) + "-" + rhex(32),
    "slack_app": lambda: "xapp-1-A" + rs(UP + DIG, 10) + "-" + rd(13, True) + "-" + rhex(64),
    "slack_webhook": lambda: "https://hooks.slack.com/services/T" + rs(UP + DIG, 8) + "/B" + rs(UP + DIG, 10) + "/" + rmix(24),
    "discord_webhook": lambda: "https://" + R.choice(["discord.com", "discordapp.com", "ptb.discord.com"]) + "/api/webhooks/" + rd(19, True) + "/" + rmix(68, ALNUM + "-_"),
    "teams_webhook": lambda: ("https://" + R.choice(["nordlicht", "rivagesas", "contoso", "bergwerk"]) + ".webhook.office.com/webhookb2/"
                              + uuid4() + "@" + uuid4() + "/IncomingWebhook/" + rhex(32) + "/" + uuid4() + ("/V2" + rmix(43, ALNUM + "-_") if R.random() < 0.5 else "")),
    "powerautomate_webhook": lambda: ("https://prod-" + str(R.randint(10, 99)) + "." + R.choice(["westeurope", "germanywestcentral", "francecentral"])
                                      + ".logic.azure.com:443/workflows/" + rhex(32) + "/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + rmix(43, ALNUM + "-_")),
    "zapier_webhook": lambda: "https://hooks.zapier.com/hooks/catch/" + rd(R.choice([7, 8]), True) + "/" + rs(LO + DIG, 7) + "/",
    "gchat_webhook": lambda: "https://chat.googleapis.com/v1/spaces/AAAA" + rmix(7) + "/messages?key=AIzaSy" + rmix(33, ALNUM + "-_") + "&token=" + rmix(43, ALNUM + "-_") + "%3D",
    "google_api_key": lambda: "AIzaSy" + rmix(33, ALNUM + "-_"),
    "gcp_oauth_secret": lambda: "GOCSPX-" + rmix(28, ALNUM + "-_"),
    "openai_proj": lambda: "sk-proj-" + rmix(74, ALNUM + "-_") + "T3BlbkFJ" + rmix(74, ALNUM + "-_"),
    "openai_legacy": lambda: "sk-" + rmix(20) + "T3BlbkFJ" + rmix(20),
    "openai_svcacct": lambda: "sk-svcacct-" + rmix(74, ALNUM + "-_") + "T3BlbkFJ" + rmix(74, ALNUM + "-_"),
    "anthropic": lambda: "sk-ant-api03-" + rmix(93, ALNUM + "-_") + "AA",
    "anthropic_admin": lambda: "sk-ant-admin01-" + rmix(93, ALNUM + "-_") + "AA",
    "twilio_api_key": lambda: "SK" + rhex(32),
    "sendgrid": lambda: "SG." + rmix(22, ALNUM + "-_") + "." + rmix(43, ALNUM + "-_"),
    "mailgun_key": lambda: R.choice(["key-" + rhex(32), rhex(32) + "-" + rhex(8) + "-" + rhex(8)]),
    "shopify_token": lambda: R.choice(["shpat_", "shpat_", "shpca_", "shppa_", "shpss_"]) + rhex(32),
    "npm_token": lambda: "npm_" + rmix(36),
    "pypi_token": lambda: "pypi-AgEIcHlwaS5vcmc" + rmix(R.choice([50, 70, 120]), ALNUM + "-_"),
    "azure_ad_secret": lambda: rmix(3, ALNUM) + R.choice("0123456789") + "Q~" + rmix(34, ALNUM + "_~.-"),
    "digitalocean": lambda: R.choice(["dop_v1_", "doo_v1_", "dor_v1_"]) + rhex(64),
    "heroku_new": lambda: "HRKU-AA" + rmix(58, ALNUM + "-_"),
    "huggingface": lambda: "hf_" + rmix(34),
    "telegram_bot": lambda: rd(R.choice([9, 10]), True) + ":AA" + rmix(33, ALNUM + "-_"),
    "atlassian": lambda: "ATATT3xFfGF0" + rmix(180, ALNUM + "-_")[:R.choice([180, 172])] + "=" + rs("0123456789ABCDEF", 8),
    "postman": lambda: "PMAK-" + rhex(24) + "-" + rhex(34),
    "doppler": lambda: "dp.pt." + rmix(43),
    "vault": lambda: "hvs." + rmix(R.choice([24, 90]), ALNUM + "-_"),
    "terraform_cloud": lambda: rmix(14) + ".atlasv1." + rmix(67, ALNUM + "-_="),
    "linear": lambda: "lin_api_" + rmix(40),
    "notion": lambda: R.choice(["secret_" + rmix(43), "ntn_" + rd(11, True) + rmix(35)]),
    "grafana_sa": lambda: "glsa_" + rmix(32) + "_" + rhex(8),
    "grafana_cloud": lambda: "glc_" + rmix(R.choice([60, 80]), ALNUM + "+/") + "==",
    "databricks": lambda: "dapi" + rhex(32) + R.choice(["", "-2", "-3"]),
    "newrelic": lambda: R.choice(["NRAK-" + rs(UP + DIG, 27), "NRII-" + rmix(32, ALNUM + "-_"), "NRJS-" + rhex(19)]),
    "planetscale": lambda: R.choice(["pscale_pw_", "pscale_tkn_", "pscale_oauth_"]) + rmix(43, ALNUM + "-_"),
    "pulumi": lambda: "pul-" + rhex(40),
    "rubygems": lambda: "rubygems_" + rhex(48),
    "shippo": lambda: R.choice(["shippo_live_", "shippo_test_"]) + rhex(40),
    "easypost": lambda: R.choice(["EZAK", "EZTK"]) + rmix(54),
    "age_secret": lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
    "alibaba": lambda: "LTAI" + rmix(20),
    "square": lambda: R.choice(["EAAA", "sq0csp-"]) + rmix(60, ALNUM + "-_")[:R.choice([60, 43])],
    "mailchimp": lambda: rhex(32) + "-us" + str(R.randint(1, 21)),
    "brevo": lambda: "xkeysib-" + rhex(64) + "-" + rmix(16),
    "contentful": lambda: "CFPAT-" + rmix(43, ALNUM + "-_"),
    "dynatrace": lambda: "dt0c01." + rs(UP + DIG, 24) + "." + rs(UP + DIG, 64),
    "sentry_auth": lambda: R.choice(["sntrys_eyJpYXQiOjE3" + rmix(120, ALNUM + "+/") + "==_" + rmix(43, ALNUM + "+/"), "sntryu_" + rhex(64)]),
    "dropbox": lambda: "sl." + rmix(135, ALNUM + "-_"),
    "figma": lambda: "figd_" + rmix(40, ALNUM + "-_"),
    "flutterwave": lambda: "FLWSECK-" + rhex(32) + "-X",
    "mollie_live": lambda: "live_" + rmix(30),
    "braintree": lambda: "access_token$production$" + rs(LO + DIG, 16) + "$" + rhex(32),
    "okta": lambda: "00" + rmix(40, ALNUM + "-_"),
    "cloudflare_origin_ca": lambda: "v1.0-" + rhex(24) + "-" + rhex(146),
    "jwt": make_jwt,
    "facebook_token": lambda: "EAAB" + rmix(R.choice([100, 180])),
    "adobe_client_secret": lambda: "p8e-" + rmix(32, ALNUM + "-_"),
    "intercom": lambda: "dG9rOj" + rmix(54, ALNUM),
    "hubspot_pat": lambda: "pat-" + R.choice(["eu1", "na1"]) + "-" + uuid4(),
    "docker_pat": lambda: "dckr_pat_" + rmix(27, ALNUM + "-_"),
    "fly_io": lambda: "FlyV1 fm2_" + rmix(140, ALNUM + "+/") + "==",
    "perplexity": lambda: "pplx-" + rmix(48),
    "groq": lambda: "gsk_" + rmix(52),
    "replicate": lambda: "r8_" + rmix(37),
    "langsmith": lambda: "lsv2_pt_" + rhex(32) + "_" + rhex(10),
    "supabase_service": lambda: "sbp_" + rhex(40),
}


def uuid4():
    h = rhex(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


PASSWORDS = None


def password():
    w = R.choice(["Sommer", "Hafen", "Ciboulette", "Kastanie", "Brioche", "Gletscher", "Moulin", "Tanne", "Zebra", "Lumen",
                  "Quark", "Pfeffer", "Falaise", "Nordwind", "Rosier", "Kiesel"])
    return R.choice([w + R.choice(["!", "#", "$", "%", "&", "*", "?"]) + rd(R.randint(2, 4)) + rs(UP + LO, 2),
                     rmix(R.randint(14, 24), ALNUM + "!#%*+-_"),
                     rs(LO, 3) + rd(2) + R.choice(UP) + "-" + rmix(6) + R.choice("!?$"),
                     rmix(R.randint(16, 32))])


def basic_cred():
    user = R.choice(["api", "shopsync", "ck_" + rhex(40), "admin", "jtl-worker", "export", "feed"])
    pw = password() if not user.startswith("ck_") else "cs_" + rhex(40)
    return base64.b64encode((user + ":" + pw).encode()).decode()


def gen_secret(v):
    k = v
    if k == "*":
        k = R.choice(SECRET_KINDS)
    if k.startswith("pem_"):
        return [(pem(k), "SECRET", k)]
    if k == "pem_jsonesc":
        pass
    if k == "conn_url":
        scheme = R.choice(["postgres", "postgresql", "mysql", "mongodb+srv", "mongodb", "redis", "rediss", "amqp", "amqps", "mssql", "mariadb"])
        host = R.choice(["db.internal", "10.0.4.12", "pg-prod.rivage.lan", "cluster0.x7kq2.mongodb.net", "redis-master", "rabbit.local", "sql-eu-1.nordlicht.de"])
        user = R.choice(["shop", "root", "app_rw", "magento", "woo", "wp_user", "default", "guest2", "presta"])
        pw = password()
        tail = R.choice(["/shop", ":5432/orders", ":3306/magento?ssl=true", "/?retryWrites=true&w=majority", ":6379/0", ":5672/%2F", "/prod"])
        if scheme.startswith("redis") and R.random() < 0.5:
            return [(scheme + "://:", None, None), (pw, "SECRET", "conn_url"), ("@" + host + tail, None, None)]
        return [(scheme + "://" + user + ":", None, None), (pw, "SECRET", "conn_url"), ("@" + host + tail, None, None)]
    if k == "url_password":
        return [(R.choice(["https://", "ftp://", "sftp://", "smtp://", "smtps://", "http://"]) + R.choice(["feed", "export", "orders", "mailer"]) + ":", None, None),
                (password(), "SECRET", k), ("@" + R.choice(["ftp.partner-logistik.de", "smtp.mailbox.org", "feeds.maison-rivage.fr", "ws.otto.market", "edi.bol.com"]) + R.choice(["/out/", ":587", ":21/in", "/orders.csv", ""]), None, None)]
    if k == "jdbc":
        return [(R.choice(["jdbc:postgresql://db1:5432/erp?user=erp&password=", "jdbc:mysql://10.1.2.3:3306/shop?useSSL=true&user=app&password=", "jdbc:sqlserver://sql01;databaseName=Warenwirtschaft;user=sa;password="]), None, None),
                (password(), "SECRET", k)]
    if k == "ado_conn":
        return [("Server=" + R.choice(["tcp:sql-jtl.database.windows.net,1433", "SQL01\\JTLWAWI", "localhost"]) + ";Database=" + R.choice(["eazybusiness", "Mandant_1", "shop"]) + ";User Id=" + R.choice(["sa", "jtl", "shop_ro"]) + ";Password=", None, None),
                (password(), "SECRET", k), (";" + R.choice(["Encrypt=True;", "TrustServerCertificate=true;", ""]), None, None)]
    if k == "azure_storage_conn":
        return [("DefaultEndpointsProtocol=https;AccountName=" + R.choice(["shopmedia", "exportsprod", "rivageblob"]) + ";AccountKey=", None, None),
                (rmix(86, ALNUM + "+/") + "==", "SECRET", k), (";EndpointSuffix=core.windows.net", None, None)]
    if k == "azure_sas":
        return [("https://" + R.choice(["shopmedia", "exportsprod"]) + ".blob.core.windows.net/" + R.choice(["invoices", "feeds"]) + "/x.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-03-01T00:00:00Z&sig=", None, None),
                (rmix(43, ALNUM + "%") + "%3D", "SECRET", k)]
    if k == "bearer_jwt":
        return [(make_jwt(), "SECRET", k)]
    if k == "bearer_opaque":
        return [(rmix(R.choice([32, 40, 48, 64]), ALNUM + R.choice(["", "-_", "._~"])), "SECRET", k)]
    if k == "basic_auth":
        return [(basic_cred(), "SECRET", k)]
    if k == "generic_hex":
        return [(rhex(R.choice([32, 40, 64])), "SECRET", k)]
    if k == "generic_b64":
        return [(rmix(R.choice([40, 44, 56, 86]), ALNUM + "+/") + R.choice(["", "=", "=="]), "SECRET", k)]
    if k == "generic_b64url":
        return [(rmix(R.choice([32, 43, 50]), ALNUM + "-_"), "SECRET", k)]
    if k == "generic_b62":
        return [(rmix(R.choice([24, 32, 40, 48])), "SECRET", k)]
    if k == "password":
        return [(password(), "SECRET", k)]
    if k == "heroku_uuid":
        return [(uuid4(), "SECRET", k)]
    if k == "twilio_auth_token":
        return [(rhex(32), "SECRET", k)]
    if k == "cloudflare_api_token":
        return [(rmix(40, ALNUM + "-_"), "SECRET", k)]
    if k == "datadog_api_key":
        return [(rhex(32), "SECRET", k)]
    if k == "gcp_sa_private_key_id":
        return [(rhex(40), "SECRET", k)]
    f = SECRET_SIMPLE[k]
    return [(f(), "SECRET", k)]


SECRET_KINDS = [k for k, f in SECRET_SIMPLE.items() if f is not None] + [
    "pem_rsa", "pem_pkcs8", "pem_ec", "pem_dsa", "pem_encrypted", "pem_openssh", "pem_pgp", "pem_rsa_legacy_enc",
    "conn_url", "url_password", "jdbc", "ado_conn", "azure_storage_conn", "azure_sas", "bearer_jwt", "bearer_opaque",
    "basic_auth", "generic_hex", "generic_b64", "generic_b64url", "generic_b62", "password", "heroku_uuid",
    "twilio_auth_token", "cloudflare_api_token", "datadog_api_key"]
# providers recognisable from the value alone (used for "bare" frames without a key name)
SELF_ID_SECRETS = ["aws_access_key_id", "github_classic", "github_fine_grained", "gitlab_pat", "stripe_live",
                   "stripe_restricted", "stripe_webhook", "slack_bot", "slack_user", "slack_app", "google_api_key",
                   "openai_proj", "openai_legacy", "anthropic", "sendgrid", "shopify_token", "npm_token", "pypi_token",
                   "digitalocean", "heroku_new", "huggingface", "postman", "doppler", "vault", "linear", "grafana_sa",
                   "databricks", "newrelic", "planetscale", "pulumi", "rubygems", "shippo", "easypost", "age_secret",
                   "brevo", "contentful", "dynatrace", "docker_pat", "groq", "perplexity", "replicate", "twilio_api_key",
                   "jwt", "gcp_oauth_secret", "figma", "flutterwave", "langsmith", "supabase_service", "mailchimp",
                   "anthropic_admin", "openai_svcacct", "telegram_bot", "atlassian", "alibaba", "notion", "sentry_auth"]
WEBHOOKS = ["slack_webhook", "discord_webhook", "teams_webhook", "zapier_webhook", "gchat_webhook", "powerautomate_webhook"]
PEMS = ["pem_rsa", "pem_pkcs8", "pem_ec", "pem_dsa", "pem_encrypted", "pem_openssh", "pem_pgp", "pem_rsa_legacy_enc"]


# ---------------------------------------------------------------- hard negatives
def _ean13():
    while True:
        b = R.choice(["400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "440", "300", "301", "340",
                      "370", "376", "379", "540", "541", "760", "761", "870", "871", "800", "840"]) + rd(9)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
        e = b + str((10 - s % 10) % 10)
        if not luhn_ok(e):
            return e


def _tracking():
    return R.choice([
        lambda: not_luhn("00340434" + rd(12)),                      # DHL parcel 20 digits
        lambda: "JJD" + rd(18),                                       # DHL/Deutsche Post
        lambda: "1Z" + rs(UP + DIG, 6) + rd(10),                      # UPS
        lambda: "9400" + rd(18),                                      # USPS
        lambda: R.choice(["6A", "8L", "6C", "8R"]) + rd(11),          # Colissimo
        lambda: R.choice(["LA", "CB", "RR", "CX", "LX", "RB"]) + rd(9) + R.choice(["FR", "DE", "BE", "CH"]),
        lambda: "H" + rd(19),                                         # Hermes
        lambda: not_luhn("0" + rd(13)),                               # DPD 14
        lambda: "3S" + rs(UP, 4) + rd(7),                             # PostNL
        lambda: not_luhn(rd(11, True)) if True else "",               # GLS
        lambda: "CD" + rd(9) + "BE",                                   # bpost
        lambda: "XW" + rd(9) + "FR",
    ])()


def _price():
    a = R.randint(1, 2400)
    c = R.randint(0, 99)
    th = f"{a:,}"
    if LANG == "de":
        return R.choice([f"{a},{c:02d} €", th.replace(",", ".") + f",{c:02d} €", f"{a},{c:02d} EUR", f"EUR {a},{c:02d}", f"CHF {a}.{c:02d}",
                         f"{a},{c:02d}\u00a0€", f"-{a},{c:02d} EUR", f"{a},-- €", f"€ {a},{c:02d}"])
    if LANG == "fr":
        return R.choice([f"{a},{c:02d} €", th.replace(",", "\u202f") + f",{c:02d} €", f"{a} € {c:02d}", f"{a}€{c:02d}", f"{a},{c:02d} EUR",
                         f"{a},{c:02d}\u00a0€ TTC", f"CHF {a}.{c:02d}", f"{a} euros"])
    return R.choice([f"€{a}.{c:02d}", f"£{a}.{c:02d}", f"{a}.{c:02d} EUR", f"EUR {th}.{c:02d}", f"${a}.{c:02d}", f"€{th}.{c:02d}", f"{a} EUR"])


def _date():
    y, m, d = R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28)
    return R.choice([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z",
                     f"{d}.{m}.{y % 100:02d}", f"{m}/{d}/{y}", f"{y}{m:02d}{d:02d}", f"{d:02d}-{m:02d}-{y}",
                     f"{y}-{m:02d}-{d:02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"])


def _time():
    h, mi = R.randint(0, 23), R.randint(0, 59)
    if LANG == "de":
        return R.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} Uhr", f"{h:02d}:{mi:02d} Uhr", f"{h:02d}:{mi:02d}:{R.randint(0, 59):02d}"])
    if LANG == "fr":
        return R.choice([f"{h}h{mi:02d}", f"{h:02d}h{mi:02d}", f"{h:02d}:{mi:02d}", f"{h:02d}:{mi:02d}:{R.randint(0, 59):02d}"])
    return R.choice([f"{h:02d}:{mi:02d}", f"{h % 12 + 1}:{mi:02d} {R.choice(['am', 'pm', 'AM', 'PM'])}", f"{h % 12 + 1}.{mi:02d}pm", f"{h:02d}:{mi:02d}:{R.randint(0, 59):02d}"])


def _postcode():
    return R.choice([rd(5, True), rd(5, True), "F-" + rd(5, True), "D-" + rd(5, True), "CH-" + rd(4, True), "A-" + rd(4, True),
                     rd(4, True) + " " + rs(UP, 2), "L-" + rd(4, True), R.choice(["SW1A 1AA", "EC1V 9HX", "M1 1AE", "B33 8TH"]), rd(4, True)])


def _version():
    return R.choice([f"{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 30)}", f"v{R.randint(1, 6)}.{R.randint(0, 12)}.{R.randint(0, 9)}",
                     f"6.{R.randint(4, 6)}.{R.randint(0, 9)}.{R.randint(0, 9)}", f"2.4.{R.randint(4, 8)}-p{R.randint(1, 4)}",
                     f"{R.randint(100, 131)}.0.{R.randint(1000, 6999)}.{R.randint(10, 250)}", f"10.0.{R.randint(19041, 26100)}.{R.randint(100, 5000)}",
                     f"8.{R.randint(1, 4)}.{R.randint(0, 28)}", f"{R.randint(1, 3)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}"])


def _dotted():
    return R.choice([f"{R.randint(1, 12)}.{R.randint(1, 9)}.{R.randint(1, 9)}", f"{R.randint(1, 9)}.{R.randint(1, 9)}.{R.randint(1, 9)}.{R.randint(1, 9)}",
                     "1.3.6.1.4.1." + str(R.randint(100, 60000)) + "." + str(R.randint(1, 9)), f"{R.randint(256, 999)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(0, 255)}",
                     f"{R.randint(1, 9)}.{R.randint(1, 9)}.{R.randint(10, 40)}.{R.randint(1, 9)}.{R.randint(1, 9)}"])


def _placeholder():
    return R.choice(["your_api_key", "YOUR_API_KEY_HERE", "<YOUR_SECRET_KEY>", "sk_live_" + "x" * 24, "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
                     "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "ghp_" + "X" * 36, "xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx",
                     "[REDACTED]", "********", "••••••••••", "<redacted>", "${STRIPE_SECRET_KEY}", "{{ vault_shop_db_password }}",
                     "%env(MAILER_DSN)%", "changeme_in_prod", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "0000000000000000000000000000000000000000",
                     "<token>", "REPLACE_ME", "sk-...", "AIza...", "glpat-xxxxxxxxxxxxxxxxxxxx", "process.env.SHOPIFY_TOKEN",
                     "os.environ['DB_PASS']", "dein_api_schluessel", "votre_cle_api", "EXAMPLE_TOKEN_123", "<Ihr Passwort>",
                     "npm_" + "0" * 36, "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "***REMOVED***"])


NEG = {
    "SKU": lambda: R.choice([f"{rs(UP, 3)}-{rd(4)}-{rs(UP, 2)}", f"SKU{rd(6)}", f"{rs(UP, 2)}{rd(5)}-{R.choice(['S', 'M', 'L', 'XL', '38', '42'])}",
                             f"ART-{rd(5)}", f"{rd(3)}.{rd(3)}.{rd(2)}", f"{rs(UP, 4)}{rd(3)}", f"TSH-{rd(3)}-{R.choice(['BLK', 'WHT', 'NVY'])}-{R.choice(['M', 'L'])}",
                             f"{rd(6)}-{rd(3)}"]),
    "MODEL": lambda: R.choice([f"WM{rd(4)}{R.choice(UP)}", f"KGN{rd(2)}{rs(UP, 3)}{rd(2)}", f"RX-{rd(3)}", f"SM-A{rd(3)}B", f"{rs(UP, 2)}{rd(4)}/{rd(2)}",
                               f"HD{rd(4)}/{rd(2)}", f"EX{rd(3)}-{rd(2)}", f"WAN{rd(5)}", f"Q{rd(2)}{rs(UP, 2)}{rd(3)}"]),
    "TICKET": lambda: R.choice([f"#{rd(6)}", f"TKT-{rd(6)}", f"SUP-{rd(4)}", f"INC{rd(7)}", f"ZD-{rd(6)}", f"[#{rd(5)}]", f"CS-{rd(5)}", f"JIRA OPS-{rd(4)}", f"Fall {rd(7)}"]),
    "INVOICE": lambda: R.choice([f"RE-{R.randint(2023, 2026)}-{rd(5)}", f"INV-{rd(6)}", f"F{R.randint(2023, 2026)}{rd(5)}", f"FA-{rd(6)}",
                                 f"RG{rd(7)}", f"GS-{rd(5)}", f"AV-{R.randint(2024, 2026)}-{rd(4)}", f"{R.randint(2024, 2026)}/RE/{rd(4)}"]),
    "PRICE": _price,
    "TRACKING": _tracking,
    "EAN": _ean13,
    "DATE": _date,
    "TIME": _time,
    "POSTCODE": _postcode,
    "VERSION": _version,
    "UUID": uuid4,
    "HASH": lambda: R.choice([rhex(40), rhex(7), rhex(64), rhex(32), rhex(12)]),
    "PLACEHOLDER": _placeholder,
    "CARD_LUHN": lambda: fmt_card(luhn_break(card_number(R.choice(list(ISSUERS)))), R.choice(["plain", "space", "dash", "dot", "nbsp", "everydigit"])),
    "IBAN_CHECKSUM": lambda: fmt_iban(iban_badcheck(), R.choice(["compact", "grouped", "grouped", "lower"])),
    "DOTTED_NUMBER": _dotted,
    "CUSTOMER_NUMBER": lambda: R.choice([f"KD{rd(6)}", rd(8, True), f"{rd(3)} {rd(3)} {rd(3)}", f"C-{rd(7)}", f"{rd(2)}-{rd(6)}",
                                         f"0{rd(3)} {rd(6)}", f"{rd(4)} {rd(4)} {rd(2)}", f"CL{rd(8)}", f"{rd(10, True)}"]),
    "BANK_CODE": lambda: R.choice([f"{rd(3, True)} {rd(3)} {rd(2)}", rd(8, True), f"{rd(2)}-{rd(2)}-{rd(2)}",
                                   f"{rd(5)} {rd(5)}", "0" + rd(8)]),
    "PUBLISHABLE_KEY": lambda: R.choice(["pk_live_", "pk_test_", "pk_live_", "pk.eyJ1Ijoi"]) + rmix(R.choice([24, 40, 99]))[:R.choice([24, 40, 99])],
    "PAYMENT_REF": lambda: R.choice(["pi_", "ch_", "cus_", "re_", "tr_", "PAYID-", "in_", "txn_", "seti_"]) + rmix(R.choice([14, 24]))[:R.choice([14, 24])],
    "VAT_ID": lambda: R.choice([f"DE{rd(9, True)}", f"FR{rd(2)}{rd(9, True)}", f"ATU{rd(8)}", f"CHE-{rd(3)}.{rd(3)}.{rd(3)} MWST", f"BE0{rd(9)}", f"LU{rd(8)}", f"NL{rd(9)}B01"]),
    "RMA": lambda: R.choice([f"RMA-{rd(6)}", f"RET{rd(5)}", f"R-{R.randint(2024, 2026)}-{rd(4)}", f"RMA{rd(7)}"]),
    "QUANTITY": lambda: str(R.choice([2, 3, 5, 6, 10, 12, 20, 24, 40, 50, 100, 120, 250, 500])),
    "TAX_NUMBER": lambda: R.choice([f"{rd(2, True)}/{rd(3)}/{rd(5)}", f"{rd(3)} {rd(3)} {rd(3)}", f"{rd(14)}"]),
    "ACCOUNT_ID": lambda: R.choice(["AC" + rhex(32), "acct_" + rmix(16), "org-" + rmix(24), "pfl_" + rmix(10), "A1" + rs(UP + DIG, 12)]),
    "SIRET": lambda: R.choice([f"{rd(3, True)} {rd(3)} {rd(3)} {rd(5)}", rd(14, True), f"{rd(3, True)} {rd(3)} {rd(3)}"]),
    "PORT": lambda: str(R.choice([22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9000, 11211, 27017])),
    "OTP": lambda: rd(6),
    "BIC": lambda: R.choice(["COBADEFFXXX", "DEUTDEDBBER", "BNPAFRPPXXX", "GENODEF1S02", "INGDDEFFXXX", "SOGEFRPP", "BCEELULL", "RZOOAT2L",
                             "UBSWCHZH80A", "PSSTFRPPPAR", "AGRIFRPP882", "GKCCBEBB", "ABNANL2A", "BARCGB22", "AIBKIE2D", "CCRAFRPP", "HELADEF1KAS", "BKAUATWW"]),
    "CREDITOR_ID": lambda: R.choice([f"DE{rd(2)}ZZZ{rd(11)}", f"FR{rd(2)}ZZZ{rd(6)}", f"AT{rd(2)}ZZZ{rd(11)}"]),
    "ITEM_NUMBER": lambda: not_luhn(R.choice(["1", "2", "3"]) + rd(11)),
    "BUILD_ID": lambda: R.choice([f"#{rd(4)}", f"build-{rd(5)}", f"run {rd(10, True)}", f"{R.randint(2024, 2026)}.{R.randint(1, 12)}.{rd(3)}"]),
}


def gen_neg(v):
    k = v if v != "*" else R.choice(list(NEG))
    val = NEG[k]()
    if k in ("SKU", "CUSTOMER_NUMBER", "BANK_CODE", "SIRET", "TAX_NUMBER", "TRACKING", "MODEL", "TICKET", "INVOICE"):
        digits = "".join(c for c in val if c.isdigit())
        if 12 <= len(digits) <= 19 and luhn_ok(digits):
            return gen_neg(k)
    return [(val, "NEGATIVE_" + k, None)]
