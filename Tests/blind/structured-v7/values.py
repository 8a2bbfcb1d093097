"""Value generators for structured-v7. Every table typed by hand from general knowledge."""
import random, string, base64, json, uuid as _uuid

R = random.Random(7_16_2026_0255)
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_fix(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


def luhn_break(d):
    """return same-length digit run that is Luhn-invalid"""
    if not luhn_ok(d):
        return d
    last = (int(d[-1]) + R.randint(1, 9)) % 10
    return d[:-1] + str(last)


# ---------------- cards ----------------
ISSUERS = [  # name, prefixes, lengths
    ("visa", ["4"], [16, 16, 16, 13, 19]),
    ("visa_cb", ["4970", "4973", "4978"], [16]),
    ("mastercard", ["51", "52", "53", "54", "55"], [16]),
    ("mastercard2", ["2221", "2306", "2480", "2598", "2720"], [16]),
    ("amex", ["34", "37"], [15]),
    ("discover", ["6011", "644", "648", "65"], [16, 19]),
    ("jcb", ["3528", "3540", "3566", "3589"], [16]),
    ("diners", ["36", "38", "300", "305"], [14]),
    ("maestro", ["5018", "5020", "6304", "6759", "6761"], [12, 13, 16, 19]),
    ("unionpay", ["62"], [16, 17, 19]),
    ("mir", ["2200", "2202", "2204"], [16]),
]


def card_digits(issuer=None):
    it = R.choice(ISSUERS) if issuer is None else [i for i in ISSUERS if i[0] == issuer][0]
    name, prefs, lens = it
    p = R.choice(prefs)
    n = R.choice(lens)
    return name, luhn_fix(p + rs(DIG, n - len(p) - 1))


def groups_for(n, name):
    if name == "amex":
        return [4, 6, 5]
    if name == "diners" and n == 14:
        return [4, 6, 4]
    g = []
    while n > 0:
        g.append(min(4, n))
        n -= 4
    if g[-1] < 3 and len(g) > 1:  # 13 -> 4 4 5, 17 -> 4 4 4 5
        g[-2] += g[-1]
        g.pop()
    return g


CARD_SEPS = {
    "space": " ", "dash": "-", "dot": ".", "slash": "/", "underscore": "_", "tab": "\t", "nul": "\x00",
    "nbsp": "\u00a0", "nnbsp": "\u202f", "zwsp": "\u200b", "zwnj": "\u200c", "wj": "\u2060", "dspace": "  ",
    "newline": "\n", "crlf": "\r\n", "space_newline": " \n",
}
CARD_FORMS = list(CARD_SEPS) + ["plain", "everydigit", "mixed", "mixed", "mixed", "linebreak_mid", "linebreak_mid",
                                "run", "irregular", "hyphen_space", "newline", "crlf", "space_newline"]


def split_by(d, gs):
    out, i = [], 0
    for g in gs:
        out.append(d[i:i + g])
        i += g
    return out


def card(form=None, issuer=None):
    name, d = card_digits(issuer)
    form = form or R.choice(CARD_FORMS)
    gs = split_by(d, groups_for(len(d), name))
    if form == "plain":
        t = d
    elif form == "everydigit":
        t = " ".join(d)
    elif form == "mixed":
        pool = [" ", "-", ".", "\u00a0", "\t", "/", "_", "\u200b", "\n", " - "]
        t = gs[0] + "".join(R.choice(pool) + g for g in gs[1:])
    elif form == "linebreak_mid":  # groups separated by spaces, one break in the middle (like a wrapped line)
        k = R.randint(1, len(gs) - 1)
        t = " ".join(gs[:k]) + R.choice(["\n", " \n", "\r\n", "\n  "]) + " ".join(gs[k:])
    elif form == "run":
        sep = R.choice([" - ", " -- ", "\u200b\u200b", " / ", "..", " _ ", "   ", "\t\t"])
        t = sep.join(gs)
    elif form == "hyphen_space":
        t = R.choice([" -", "- "]).join(gs)
    elif form == "irregular":
        cuts, i, parts = [], 0, []
        while i < len(d):
            k = R.randint(2, 6)
            parts.append(d[i:i + k])
            i += k
        t = R.choice([" ", "-", " "]).join(parts)
    else:
        t = CARD_SEPS[form].join(gs)
    return t, f"{name}/{form}"


def card_luhn_invalid():
    name, d = card_digits()
    d = luhn_break(d)
    gs = split_by(d, groups_for(len(d), name))
    return R.choice([" ", "-", "", "\u00a0", "."]).join(gs)


# ---------------- IBAN ----------------
# country: BBAN spec (n digits, a upper letters, c alnum), letters fixed where banks use codes
IBAN_REG = {
    "DE": "8n10n", "AT": "5n11n", "CH": "5n12c", "LI": "5n12c", "FR": "5n5n11c2n", "MC": "5n5n11c2n",
    "BE": "3n7n2n", "NL": "4a10n", "LU": "3n13c", "IT": "1a5n5n12c", "SM": "1a5n5n12c", "VA": "3n15n",
    "ES": "4n4n1n1n10n", "AD": "4n4n12c", "PT": "4n4n11n2n", "GB": "4a6n8n", "IE": "4a6n8n", "GI": "4a15c",
    "PL": "8n16n", "CZ": "4n6n10n", "SK": "4n6n10n", "HU": "3n4n1n15n1n", "SI": "5n8n2n", "HR": "7n10n",
    "RO": "4a16c", "BG": "4a4n2n8c", "GR": "3n4n16c", "CY": "3n5n16c", "MT": "4a5n18c", "DK": "4n9n1n",
    "FO": "4n9n1n", "GL": "4n9n1n", "SE": "3n16n1n", "NO": "4n6n1n", "FI": "3n11n", "IS": "4n2n6n10n",
    "EE": "2n2n11n1n", "LV": "4a13c", "LT": "5n11n", "PL_": "", "TR": "5n1n16c", "SA": "2n18c", "AE": "3n16n",
    "QA": "4a21c", "KW": "4a22c", "BH": "4a14c", "IL": "3n3n13n", "JO": "4a4n18c", "LB": "4n20c", "EG": "4n4n17n",
    "TN": "2n3n13n2n", "MR": "5n5n11n2n", "BR": "8n5n10n1a1c", "PK": "4a16c", "GE": "2a16n", "AZ": "4a20c",
    "KZ": "3n13c", "UA": "6n19c", "MD": "2c18c", "RS": "3n13n2n", "ME": "3n13n2n", "MK": "3n10c2n",
    "AL": "8n16c", "BA": "3n3n8n2n", "XK": "4n10n2n", "LC": "4a24c", "SC": "4a2n2n16n3a", "MU": "4a2n2n12n3n3a",
    "DO": "4a20n", "CR": "4n14n", "GT": "4c20c", "SV": "4a20n", "VG": "4a16n", "TL": "3n14n2n", "IQ": "4a3n12n",
    "PS": "4a21c", "ST": "8n11n2n", "LY": "3n3n15n", "SD": "2n12n", "BI": "5n5n11n2n", "DJ": "5n5n11n2n",
    "RU": "9n5n15c", "SO": "4n3n12n", "NI": "4a24n", "MN": "4n12n", "FK": "2a12n", "OM": "3n16c", "YE": "4a4n18c",
    "BY": "4c4n16c",
}
del IBAN_REG["PL_"]
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "LI": 21, "FR": 27, "MC": 27, "BE": 16, "NL": 18, "LU": 20, "IT": 27,
            "SM": 27, "VA": 22, "ES": 24, "AD": 24, "PT": 25, "GB": 22, "IE": 22, "GI": 23, "PL": 28, "CZ": 24,
            "SK": 24, "HU": 28, "SI": 19, "HR": 21, "RO": 24, "BG": 22, "GR": 27, "CY": 28, "MT": 31, "DK": 18,
            "FO": 18, "GL": 18, "SE": 24, "NO": 15, "FI": 18, "IS": 26, "EE": 20, "LV": 21, "LT": 20, "TR": 26,
            "SA": 24, "AE": 23, "QA": 29, "KW": 30, "BH": 22, "IL": 23, "JO": 30, "LB": 28, "EG": 29, "TN": 24,
            "MR": 27, "BR": 29, "PK": 24, "GE": 22, "AZ": 28, "KZ": 20, "UA": 29, "MD": 24, "RS": 22, "ME": 22,
            "MK": 19, "AL": 28, "BA": 20, "XK": 20, "LC": 32, "SC": 31, "MU": 30, "DO": 28, "CR": 22, "GT": 28,
            "SV": 28, "VG": 24, "TL": 23, "IQ": 23, "PS": 29, "ST": 25, "LY": 25, "SD": 18, "BI": 27, "DJ": 27,
            "RU": 33, "SO": 23, "NI": 32, "MN": 20, "FK": 18, "OM": 23, "YE": 30, "BY": 28}
BANK_LETTERS = {"GB": ["BARC", "LOYD", "HBUK", "NWBK", "MIDL", "MONZ"], "IE": ["AIBK", "BOFI", "IPBS"],
                "NL": ["ABNA", "RABO", "INGB", "TRIO", "KNAB", "SNSB"], "RO": ["BTRL", "RNCB", "INGB"],
                "BG": ["UNCR", "BNBG", "STSA"], "MT": ["VALL", "MALT"], "LV": ["HABA", "UNLA", "PARX"],
                "GI": ["NWBK"], "QA": ["DOHB", "QNBA"], "KW": ["NBOK", "CBKU"], "BH": ["NBOB", "BBKU"],
                "JO": ["CBJO", "ARAB"], "PK": ["SCBL", "HABB"], "AZ": ["NABZ", "IBAZ"], "LC": ["HEMM"],
                "SC": ["SSCB", "MCBL"], "MU": ["BOMM", "MCBL"], "DO": ["BAGR", "BPDO"], "SV": ["CENR", "BAGR"],
                "VG": ["VPVG"], "IQ": ["NBIQ", "RAFB"], "PS": ["PALS", "ARAB"], "NI": ["BAPR", "BCCE"],
                "YE": ["CBYE", "IBYE"], "GE": ["NB", "TB", "BG"], "FK": ["SC"]}
assert set(IBAN_REG) == set(IBAN_LEN)


def _parse(spec):
    out, num = [], ""
    for ch in spec:
        if ch.isdigit():
            num += ch
        else:
            out.append((int(num), ch))
            num = ""
    return out


def iban_bban(cc):
    parts = _parse(IBAN_REG[cc])
    s = ""
    for i, (n, k) in enumerate(parts):
        if i == 0 and k == "a" and cc in BANK_LETTERS:
            s += R.choice([b for b in BANK_LETTERS[cc] if len(b) == n])
        elif k == "n":
            s += rs(DIG, n)
        elif k == "a":
            s += rs(UP, n)
        else:
            s += rs(UP + DIG * 3, n)
    assert len(s) + 4 == IBAN_LEN[cc], (cc, len(s))
    return s


def mod97(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban_compact(cc):
    b = iban_bban(cc)
    chk = 98 - mod97(cc + "00" + b)
    return f"{cc}{chk:02d}{b}"


IBAN_WEIGHT = ["DE"] * 14 + ["FR"] * 10 + ["AT"] * 4 + ["CH"] * 4 + ["NL"] * 4 + ["BE"] * 4 + ["IT"] * 4 + ["ES"] * 4 + \
              ["GB"] * 3 + ["IE"] * 2 + ["LU"] * 3 + ["PL"] * 2 + ["PT"] * 2 + list(IBAN_LEN)
IBAN_FORMS = ["compact", "grouped", "grouped", "dspace", "ccspace", "dashed", "linebreak", "lower", "lowergrouped",
              "nbsp", "irregular", "tab", "mixedcase_grouped"]


def iban_fmt(c, form):
    g = [c[i:i + 4] for i in range(0, len(c), 4)]
    if form == "compact":
        return c
    if form == "grouped":
        return " ".join(g)
    if form == "dspace":
        return "  ".join(g)
    if form == "ccspace":
        return c[:2] + " " + c[2:4] + " " + " ".join(c[i:i + 4] for i in range(4, len(c), 4)) if R.random() < .5 else c[:2] + " " + c[2:]
    if form == "dashed":
        return "-".join(g)
    if form == "linebreak":
        k = R.randint(2, len(g) - 1)
        return " ".join(g[:k]) + R.choice(["\n", " \n", "\r\n"]) + " ".join(g[k:])
    if form == "lower":
        return c.lower()
    if form == "lowergrouped":
        return " ".join(g).lower()
    if form == "nbsp":
        return "\u00a0".join(g)
    if form == "tab":
        return "\t".join(g)
    if form == "mixedcase_grouped":
        return (c[:2].lower() + " ".join(g)[2:]) if R.random() < .5 else " ".join(g[:1]).lower() + " " + " ".join(g[1:])
    if form == "irregular":
        parts, i = [], 0
        while i < len(c):
            k = R.choice([2, 3, 4, 5, 6])
            parts.append(c[i:i + k])
            i += k
        return " ".join(parts)
    raise ValueError(form)


def iban(cc=None, form=None):
    cc = cc or R.choice(IBAN_WEIGHT)
    form = form or R.choice(IBAN_FORMS)
    return iban_fmt(iban_compact(cc), form), f"{cc}/{form}"


def iban_bad():
    cc = R.choice(["DE", "FR", "AT", "NL", "BE", "IT", "ES", "CH"])
    c = iban_compact(cc)
    while True:
        i = R.randint(5, len(c) - 1)
        if c[i].isdigit():
            c2 = c[:i] + str((int(c[i]) + R.randint(1, 9)) % 10) + c[i + 1:]
            if mod97(c2) != 1:
                break
    g = [c2[i:i + 4] for i in range(0, len(c2), 4)]
    return R.choice([c2, " ".join(g)])


# ---------------- phones ----------------
# cc: (code, trunk, [(prefix, rest_len, grouping-of-full-NSN)], forms)
PHONES = {
    "DE": ("49", "0", [("151", 8, [3, 8]), ("160", 7, [3, 7]), ("176", 8, [3, 8]), ("30", 8, [2, 8]), ("89", 7, [2, 7]),
                       ("221", 7, [3, 7]), ("40", 8, [2, 8]), ("6221", 6, [4, 6]), ("711", 7, [3, 7])],
           ["national", "intl", "e164", "intl00", "trunk0", "ext", "slash", "dashed"]),
    "AT": ("43", "0", [("664", 7, [3, 7]), ("1", 7, [1, 7]), ("316", 6, [3, 6]), ("699", 8, [3, 8])],
           ["national", "intl", "e164", "trunk0", "slash"]),
    "CH": ("41", "0", [("79", 7, [2, 3, 2, 2]), ("44", 7, [2, 3, 2, 2]), ("22", 7, [2, 3, 2, 2]), ("76", 7, [2, 3, 2, 2])],
           ["national", "intl", "e164", "intl00", "trunk0"]),
    "FR": ("33", "0", [("6", 8, [1, 2, 2, 2, 2]), ("7", 8, [1, 2, 2, 2, 2]), ("1", 8, [1, 2, 2, 2, 2]),
                       ("4", 8, [1, 2, 2, 2, 2]), ("9", 8, [1, 2, 2, 2, 2])],
           ["national", "intl", "e164", "intl00", "dotted", "ext", "trunk0"]),
    "BE": ("32", "0", [("47", 7, [3, 2, 2, 2]), ("2", 7, [1, 3, 2, 2]), ("9", 7, [1, 3, 2, 2])], ["national", "intl", "dotted", "slash"]),
    "NL": ("31", "0", [("6", 8, [1, 8]), ("20", 7, [2, 7]), ("10", 7, [2, 7])], ["national", "intl", "dashed", "e164"]),
    "LU": ("352", "", [("621", 6, [3, 3, 3]), ("691", 6, [3, 3, 3]), ("26", 6, [2, 2, 2, 2])], ["intl", "national", "e164"]),
    "IT": ("39", "", [("3", 9, [3, 3, 4]), ("06", 8, [2, 4, 4]), ("02", 8, [2, 4, 4])], ["intl", "national", "e164"]),
    "ES": ("34", "", [("6", 8, [3, 3, 3]), ("91", 7, [2, 3, 2, 2]), ("93", 7, [3, 2, 2, 2])], ["intl", "national", "e164"]),
    "PT": ("351", "", [("91", 7, [3, 3, 3]), ("21", 7, [3, 3, 3])], ["intl", "national"]),
    "GB": ("44", "0", [("7", 9, [4, 6]), ("20", 8, [2, 4, 4]), ("161", 7, [3, 3, 4]), ("131", 7, [3, 3, 4])],
           ["national", "intl", "e164", "paren_area", "trunk0", "ext"]),
    "IE": ("353", "0", [("8", 8, [2, 3, 4]), ("1", 7, [1, 3, 4]), ("21", 7, [2, 3, 4])], ["national", "intl", "paren_area"]),
    "US": ("1", "1", [("", 10, [3, 3, 4])], ["intl", "paren_area", "dashed", "dotted", "e164", "ext", "national"]),
    "CA": ("1", "1", [("416", 7, [3, 3, 4]), ("604", 7, [3, 3, 4]), ("514", 7, [3, 3, 4])], ["intl", "paren_area", "dashed"]),
    "PL": ("48", "", [("5", 8, [3, 3, 3]), ("60", 7, [3, 3, 3]), ("22", 7, [2, 3, 2, 2])], ["intl", "national", "e164"]),
    "CZ": ("420", "", [("6", 8, [3, 3, 3]), ("7", 8, [3, 3, 3])], ["intl", "national"]),
    "SE": ("46", "0", [("70", 7, [2, 3, 2, 2]), ("8", 7, [1, 3, 2, 2])], ["national", "intl", "dashed"]),
    "NO": ("47", "", [("4", 7, [3, 2, 3]), ("9", 7, [3, 2, 3])], ["intl", "national"]),
    "DK": ("45", "", [("2", 7, [2, 2, 2, 2]), ("3", 7, [2, 2, 2, 2])], ["intl", "national"]),
    "FI": ("358", "0", [("40", 7, [2, 3, 4]), ("50", 7, [2, 3, 4])], ["intl", "national"]),
    "HU": ("36", "06", [("20", 7, [2, 3, 4]), ("1", 7, [1, 3, 4])], ["intl", "national"]),
    "GR": ("30", "", [("69", 8, [3, 3, 4]), ("21", 8, [3, 3, 4])], ["intl", "national"]),
    "RO": ("40", "0", [("72", 7, [3, 3, 3]), ("21", 7, [2, 3, 2, 2])], ["intl", "national"]),
    "TR": ("90", "0", [("5", 9, [3, 3, 2, 2])], ["intl", "national"]),
    "MA": ("212", "0", [("6", 8, [1, 2, 2, 2, 2]), ("5", 8, [3, 2, 2, 2])], ["intl", "national", "dotted"]),
    "TN": ("216", "", [("2", 7, [2, 3, 3]), ("9", 7, [2, 3, 3])], ["intl", "national"]),
    "SN": ("221", "", [("77", 7, [2, 3, 2, 2])], ["intl", "national"]),
    "CI": ("225", "", [("07", 8, [2, 2, 2, 2, 2])], ["intl"]),
    "AU": ("61", "0", [("4", 8, [3, 3, 3]), ("2", 8, [1, 4, 4])], ["intl", "national"]),
    "JP": ("81", "0", [("90", 8, [2, 4, 4]), ("3", 8, [1, 4, 4])], ["intl", "national", "dashed"]),
    "IN": ("91", "0", [("98", 8, [5, 5])], ["intl", "national"]),
    "BR": ("55", "0", [("11", 9, [2, 5, 4])], ["intl", "paren_area"]),
    "MX": ("52", "", [("55", 8, [2, 4, 4])], ["intl"]),
    "ZA": ("27", "0", [("82", 7, [2, 3, 4])], ["intl", "national"]),
    "AE": ("971", "0", [("50", 7, [2, 3, 4])], ["intl", "national"]),
    "IL": ("972", "0", [("52", 7, [2, 3, 4])], ["intl", "national", "dashed"]),
    "CN": ("86", "", [("138", 8, [3, 4, 4])], ["intl"]),
    "SG": ("65", "", [("9", 7, [4, 4])], ["intl"]),
}
PHONE_WEIGHT = ["DE"] * 10 + ["FR"] * 9 + ["GB"] * 5 + ["US"] * 5 + ["CH"] * 4 + ["AT"] * 4 + ["BE"] * 4 + ["NL"] * 3 + \
               ["IT"] * 3 + ["ES"] * 3 + ["LU"] * 2 + ["IE"] * 2 + list(PHONES)


def _nsn(cc):
    code, trunk, pats, forms = PHONES[cc]
    pre, rest, grp = R.choice(pats)
    if cc == "US":
        area = R.choice(["212", "415", "312", "617", "206", "305", "512", "646", "303"])
        exch = R.choice("23456789") + rs(DIG, 2)
        s = area + exch + rs(DIG, 4)
    else:
        s = pre + rs(DIG, rest)
        if cc in ("IT",) and pre == "3":
            s = "3" + R.choice("234589") + rs(DIG, rest - 1)
    # adjust grouping to len
    g = list(grp)
    while sum(g) < len(s):
        g[-1] += 1
    while sum(g) > len(s):
        g[-1] -= 1
    return s, split_by(s, g)


def phone(cc=None, form=None):
    cc = cc or R.choice(PHONE_WEIGHT)
    code, trunk, pats, forms = PHONES[cc]
    form = form or R.choice(forms)
    s, g = _nsn(cc)
    tr = trunk if cc not in ("US", "CA") else ""
    if form == "national":
        t = (tr + g[0] + " " + " ".join(g[1:])) if cc not in ("US", "CA") else "-".join(g)
    elif form == "intl":
        t = f"+{code} " + " ".join(g)
    elif form == "e164":
        t = f"+{code}{s}"
    elif form == "intl00":
        t = f"00{code} " + " ".join(g)
    elif form == "trunk0":
        t = f"+{code} (0){g[0]} " + " ".join(g[1:])
    elif form == "slash":
        t = f"{tr}{g[0]}/" + "".join(g[1:]) if R.random() < .6 else f"{tr}{g[0]} / " + " ".join(g[1:])
    elif form == "dashed":
        t = (tr + "-".join(g)) if cc not in ("US", "CA") else R.choice(["", "1-"]) + "-".join(g)
    elif form == "dotted":
        if cc in ("US",):
            t = ".".join(g)
        else:
            flat = tr + s
            t = ".".join(flat[i:i + 2] for i in range(0, len(flat), 2)) if cc in ("FR", "MA") else tr + ".".join(g)
    elif form == "paren_area":
        if cc in ("US", "CA", "BR"):
            t = (f"+{code} " if R.random() < .4 else "") + f"({g[0]}) " + " ".join(g[1:]) if cc == "BR" else \
                (R.choice(["", "1 ", "+1 "]) + f"({g[0]}) {g[1]}-{g[2]}")
        else:
            t = f"({tr}{g[0]}) " + " ".join(g[1:])
    elif form == "ext":
        base = f"+{code} " + " ".join(g) if cc != "US" else f"({g[0]}) {g[1]}-{g[2]}"
        t = base + R.choice([f"-{R.randint(10, 99)}", f" ext. {R.randint(100, 999)}", f" x{R.randint(10, 9999)}",
                             f" poste {R.randint(10, 99)}", f" Durchwahl {R.randint(10, 299)}", f" DW {R.randint(10, 99)}"])
    else:
        raise ValueError(form)
    return t, f"{cc}/{form}"


# ---------------- e-mail ----------------
LOCALS = ["ayse.kaya", "j.oconnor", "m.dubois", "lukas_weber", "n.okafor", "chen.wei", "p.nowak", "sofia.rossi",
          "kenji.sato", "f.benali", "oriane.leclerc", "h.jansen", "ingrid.lund", "t.nguyen", "priya.raman",
          "dmitri.volkov", "ana-maria.pop", "k.schmitz", "y.haddad", "elif.demir", "support", "bestellungen",
          "service.client", "einkauf", "compta", "sav", "ops-alerts", "billing+eu", "noreply", "kontakt",
          "jonas.berg2", "marta.garcia84", "zoe.martin", "olu.adeyemi", "s.mueller", "leonie.fischer",
          "thibault.r", "aiko.tanaka", "g.papadopoulos", "v.horvath", "mehmet.yilmaz", "hello", "shop"]
DOMAINS = ["gmail.com", "web.de", "gmx.de", "gmx.at", "orange.fr", "free.fr", "laposte.net", "outlook.com",
           "yahoo.fr", "t-online.de", "bluewin.ch", "proton.me", "icloud.com", "hotmail.co.uk", "posteo.de",
           "wanadoo.fr", "mail.ru", "skynet.be", "ziggo.nl", "sfr.fr", "freenet.de", "libero.it"]
SHOPDOM = ["kaffeewerk-shop.de", "maison-lavande.fr", "bergsport-outlet.at", "velo-atelier.ch", "teestube24.de",
           "lunettes-paris.com", "nordic-knits.co.uk", "papeterie-bleue.fr", "gartenglueck.shop", "bricoplus.be",
           "spielzeugkiste.de", "ceramique-sud.fr", "urbanrunner.eu", "mode-ecoresponsable.fr", "tierbedarf-huber.de"]


def email(kind=None):
    kind = kind or R.choice(["personal", "personal", "shop", "subdomain", "plus", "upper"])
    if kind == "personal":
        return R.choice(LOCALS) + "@" + R.choice(DOMAINS), kind
    if kind == "shop":
        return R.choice(["service", "bestellung", "commandes", "info", "returns", "retour", "buchhaltung"]) + "@" + R.choice(SHOPDOM), kind
    if kind == "subdomain":
        return R.choice(LOCALS) + "@" + R.choice(["mail.", "eu.", "staff."]) + R.choice(SHOPDOM), kind
    if kind == "plus":
        return R.choice(LOCALS).split("+")[0] + "+" + R.choice(["orders", "amazon", "shop", "2024"]) + "@" + R.choice(DOMAINS), kind
    return R.choice(LOCALS).upper() + "@" + R.choice(DOMAINS).upper(), kind


# ---------------- IP ----------------
def ip4(private=False):
    if private:
        return R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                         f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
                         f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])
    a = R.choice([5, 31, 37, 46, 62, 78, 81, 85, 88, 91, 93, 95, 104, 109, 141, 151, 176, 185, 193, 194, 195, 203, 212, 213, 217])
    return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ip6(compressed=True):
    if compressed:
        return R.choice(["2a02:810d:4b3f::", "2a01:4f8:c17::", "2003:e6:7f1a::", "2a0e:97c0::", "fe80::", "2606:4700::"]) + \
            ":".join(rs(HEX, R.randint(1, 4)).lstrip("0") or "1" for _ in range(R.randint(1, 3)))
    return ":".join(rs(HEX, 4) for _ in range(8))


IP_FORMS = ["v4_public", "v4_public", "v4_private", "v4_port", "v4_bracket", "v4_paren", "v4_userat", "v4_cidr",
            "defang_last", "defang_all", "defang_paren", "defang_dot_word", "hxxp", "v6_full", "v6_compressed",
            "v6_bracket_port", "v6_mapped", "v4_start", "v4_end", "defang_brace"]


def ip_value(form):
    """returns (core_text, prefix, suffix) - core is labelled"""
    a = ip4(form == "v4_private")
    if form in ("v4_public", "v4_private", "v4_start", "v4_end"):
        return a, "", ""
    if form == "v4_port":
        return a, "", f":{R.choice([22, 443, 8080, 3306, 5432, 25, 3389, 6379])}"
    if form == "v4_bracket":
        return a, "[", "]"
    if form == "v4_paren":
        return a, "(", ")"
    if form == "v4_userat":
        return a, R.choice(["root@", "deploy@", "ubuntu@", "admin@"]), ""
    if form == "v4_cidr":
        return a, "", f"/{R.choice([24, 32, 16, 28])}"
    p = a.split(".")
    if form == "defang_last":
        return ".".join(p[:3]) + "[.]" + p[3], "", ""
    if form == "defang_all":
        return "[.]".join(p), "", ""
    if form == "defang_paren":
        return "(.)".join(p), "", ""
    if form == "defang_dot_word":
        return R.choice(["[dot]", " [dot] ", "[.]"]).join(p) if False else "[dot]".join(p), "", ""
    if form == "defang_brace":
        return "{.}".join(p) if R.random() < .5 else p[0] + "." + p[1] + "." + p[2] + "{.}" + p[3], "", ""
    if form == "hxxp":
        d = R.choice([".".join(p), ".".join(p[:3]) + "[.]" + p[3]])
        return d, R.choice(["hxxp://", "hxxps://", "hXXp://", "hxxp[:]//"]), R.choice(["/login.php", "/wp-admin/", "/pay/verify", ":8080/a.exe", "/"])
    if form == "v6_full":
        return ip6(False), "", ""
    if form == "v6_compressed":
        return ip6(True), "", ""
    if form == "v6_bracket_port":
        return ip6(True), "[", f"]:{R.choice([443, 8443, 80])}"
    if form == "v6_mapped":
        return "::ffff:" + a, "", ""
    raise ValueError(form)


# ---------------- order numbers ----------------
def order(scheme=None):
    for _ in range(200):
        v, s = _order(scheme)
        if _digit_runs_ok(v):
            return v, s
    raise RuntimeError(scheme)


def _order(scheme=None):
    s = scheme or R.choice(ORDER_SCHEMES)
    if s == "amazon_3_7_7":
        v = f"{R.choice(['302', '303', '304', '028', '171', '405', '406', '701', '114', '305'])}-{rs(DIG, 7)}-{rs(DIG, 7)}"
    elif s == "amazon_digital":
        v = f"D01-{rs(DIG, 7)}-{rs(DIG, 7)}"
    elif s == "ebay_2_5_5":
        v = f"{R.randint(10, 27)}-{rs(DIG, 5)}-{rs(DIG, 5)}"
    elif s == "ebay_legacy":
        v = luhn_break(R.choice(["1", "2", "3"]) + rs(DIG, 11)) + "-" + luhn_break(rs(DIG, 13))
    elif s == "etsy":
        v = str(R.randint(1800000000, 3400000000))
    elif s == "zalando":
        v = luhn_break("10" + rs(DIG, 12))
    elif s == "otto":
        v = R.choice([rs(DIG, 9), "O" + rs(DIG, 9), rs(DIG, 11)])
    elif s == "bol":
        v = R.choice(["A" + rs(UP + DIG, 8), rs(DIG, 10), "C" + rs(UP + DIG, 7)])
    elif s == "cdiscount":
        v = f"{R.randint(22, 26)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{rs(DIG, 4)}{rs(UP, 4)}"
    elif s == "kaufland":
        v = rs(UP + DIG, 7) if R.random() < .5 else "MP" + rs(DIG, 8)
    elif s == "manomano":
        v = "M" + rs(DIG, 11)
    elif s == "shopify_default":
        v = "#" + str(R.randint(1001, 48000))
    elif s == "shopify_prefix":
        v = "#" + R.choice(["EU", "DE", "FR", "SH", "KW", "ML-", "B2B-"]) + str(R.randint(1001, 99999))
    elif s == "shopify_suffix":
        v = "#" + str(R.randint(1001, 99999)) + R.choice(["-DE", "-FR", "-AT", "-CH", "/B", "-W"])
    elif s == "shopify_order_id":
        v = luhn_break("5" + rs(DIG, 12))
    elif s == "woocommerce_default":
        v = "#" + str(R.randint(120, 99999))
    elif s == "woocommerce_sequential":
        v = R.choice(["WC-", "#WC", "WOO-", "WP"]) + str(R.randint(2021, 2026)) + R.choice(["-", ""]) + f"{R.randint(1, 9999):05d}"
    elif s == "magento_default":
        v = f"{R.choice(['0000', '1000', '2000', '3000'])}{R.randint(10000, 99999)}"
    elif s == "magento_store_prefix":
        v = f"{R.choice(['1', '2', '3', '4'])}000{R.randint(10000, 99999)}"
    elif s == "magento_custom":
        v = R.choice(["DE", "FR", "AT", "CH", "INV", "MG", "B2B"]) + R.choice(["-", "", "_"]) + f"{R.randint(1, 999999):08d}"
    elif s == "shopware_default":
        v = str(R.randint(10000, 99999)) if R.random() < .5 else "SW" + str(R.randint(10000, 999999))
    elif s == "shopware_prefix":
        v = R.choice(["SW-", "BS-", "ORD"]) + str(R.randint(2022, 2026)) + "-" + str(R.randint(10000, 99999))
    elif s == "prestashop_reference":
        v = rs(UP, 9)
    elif s == "prestashop_id":
        v = str(R.randint(100, 60000))
    elif s == "letter_prefixed":
        v = R.choice(["ORD-", "BO-", "CMD-", "BE-", "A", "AB", "K-", "WEB"]) + str(R.randint(100000, 9999999))
    elif s == "year_prefixed":
        y = R.randint(2022, 2026)
        v = R.choice([f"{y}-{R.randint(1, 999999):06d}", f"{y}/{R.randint(1, 99999):05d}", f"{y}{R.randint(10000, 999999)}", f"{str(y)[2:]}-{R.randint(1000, 99999)}"])
    elif s == "po_number":
        v = R.choice(["PO-", "PO", "4500", "BE"]) + str(R.randint(100000, 999999))
    elif s == "context_generic":
        v = R.choice([rs(DIG, R.randint(5, 8)), rs(UP, 2) + rs(DIG, 6), rs(DIG, 3) + "-" + rs(DIG, 4), "X" + rs(DIG, 5) + rs(UP, 1),
                      rs(LO, 3) + rs(DIG, 5)])
    else:
        raise ValueError(s)
    return v, s


ORDER_SCHEMES = ["amazon_3_7_7", "amazon_3_7_7", "amazon_digital", "ebay_2_5_5", "ebay_legacy", "etsy", "zalando", "otto", "bol",
                 "cdiscount", "kaufland", "manomano", "shopify_default", "shopify_default", "shopify_prefix", "shopify_suffix",
                 "shopify_order_id", "woocommerce_default", "woocommerce_sequential", "magento_default", "magento_store_prefix",
                 "magento_custom", "shopware_default", "shopware_prefix", "prestashop_reference", "prestashop_id",
                 "letter_prefixed", "letter_prefixed", "year_prefixed", "po_number", "context_generic", "context_generic"]
PLATFORM = {"amazon_3_7_7": "Amazon", "amazon_digital": "Amazon", "ebay_2_5_5": "eBay", "ebay_legacy": "eBay", "etsy": "Etsy",
            "zalando": "Zalando", "otto": "OTTO Market", "bol": "bol.com", "cdiscount": "Cdiscount", "kaufland": "Kaufland",
            "manomano": "ManoMano", "shopify_default": "Shopify", "shopify_prefix": "Shopify", "shopify_suffix": "Shopify",
            "shopify_order_id": "Shopify", "woocommerce_default": "WooCommerce", "woocommerce_sequential": "WooCommerce",
            "magento_default": "Magento", "magento_store_prefix": "Magento", "magento_custom": "Adobe Commerce",
            "shopware_default": "Shopware", "shopware_prefix": "Shopware", "prestashop_reference": "PrestaShop",
            "prestashop_id": "PrestaShop", "letter_prefixed": "", "year_prefixed": "", "po_number": "", "context_generic": ""}


# ---------------- secrets ----------------
def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt():
    h = b64u(json.dumps({"alg": R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps({"sub": str(R.randint(10000, 99999)), "iat": R.randint(1.7e9, 1.8e9), "scope": R.choice(["orders:read", "admin", "checkout"])}, separators=(",", ":")).encode())
    return f"{h}.{p}.{rs(B64U, 43)}"


def pem(kind):
    body_len = {"rsa": R.randint(20, 25), "pkcs8": R.randint(16, 26), "ec": 3, "dsa": 10, "encrypted": R.randint(17, 27), "openssh": R.randint(5, 7), "pgp": R.randint(8, 12)}[kind]
    head = {"rsa": "MIIEow" + "IBAAKCAQEA", "pkcs8": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "ec": "MHcCAQEEI", "dsa": "MIIBuwIBAAKBgQ",
            "encrypted": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQww", "openssh": "b3BlbnNzaC1rZXktdjEAAAAA", "pgp": "lQVYBGX"}[kind]
    lab = {"rsa": "RSA PRIVATE KEY", "pkcs8": "PRIVATE KEY", "ec": "EC PRIVATE KEY", "dsa": "DSA PRIVATE KEY",
           "encrypted": "ENCRYPTED PRIVATE KEY", "openssh": "OPENSSH PRIVATE KEY", "pgp": "PGP PRIVATE KEY BLOCK"}[kind]
    w = 70 if kind == "openssh" else 64
    raw = head + rs(B64, w * body_len - len(head))
    lines = [raw[i:i + w] for i in range(0, len(raw), w)]
    tail = rs(B64, R.randint(8, 40)) + R.choice(["", "=", "=="])
    if kind == "pgp":
        return f"-----BEGIN {lab}-----\n\n" + "\n".join(lines) + "\n" + tail + "\n=" + rs(B64, 4) + f"\n-----END {lab}-----"
    return f"-----BEGIN {lab}-----\n" + "\n".join(lines) + "\n" + tail + f"\n-----END {lab}-----"


def _azure_key():
    return rs(B64, 86) + "=="


SECRET_GEN = {
    "aws_access_key": lambda: R.choice(["AKIA", "ASIA"]) + rs(UP + "234567", 16),
    "aws_secret_key": lambda: rs(B64, 40),
    "github_pat": lambda: "ghp_" + rs(AN, 36),
    "github_oauth": lambda: "gho_" + rs(AN, 36),
    "github_app": lambda: R.choice(["ghu_", "ghs_"]) + rs(AN, 36),
    "github_refresh": lambda: "ghr_" + rs(AN, 36),
    "github_fine_grained": lambda: "github_pat_" + rs(AN, 22) + "_" + rs(AN, 59),
    "gitlab_pat": lambda: "glpat-" + rs(AN + "-_", 20),
    "gitlab_runner": lambda: "glrt-" + rs(AN + "-_", 20),
    "gitlab_ptt": lambda: "glptt-" + rs(HEX, 40),
    "stripe_live": lambda: "sk_live_" + rs(AN, R.choice([24, 99])),
    "stripe_restricted": lambda: "rk_live_" + rs(AN, R.choice([24, 99])),
    "stripe_webhook": lambda: "whsec_" + rs(AN, 32),
    "slack_bot": lambda: f"xoxb-{rs(DIG, 12)}-{rs(DIG, 13)}-{rs(AN, 24)}",
    "slack_user": lambda: f"xoxp-{rs(DIG, 12)}-{rs(DIG, 12)}-{rs(DIG, 13)}-{rs(HEX, 32)}",
    "slack_app": lambda: f"xapp-1-A{rs(UP + DIG, 10)}-{rs(DIG, 13)}-{rs(HEX, 64)}",
    "slack_webhook": lambda: f"https://hooks.slack.com/services/T{rs(UP + DIG, 8)}/B{rs(UP + DIG, 10)}/{rs(AN, 24)}",
    "discord_webhook": lambda: f"https://{R.choice(['discord.com', 'discordapp.com', 'ptb.discord.com'])}/api/webhooks/{rs(DIG, 19)}/{rs(B64U, 68)}",
    "teams_webhook": lambda: f"https://{R.choice(['contoso', 'shopteam', 'mahlerag'])}.webhook.office.com/webhookb2/{_uuid.UUID(int=R.getrandbits(128))}@{_uuid.UUID(int=R.getrandbits(128))}/IncomingWebhook/{rs(HEX, 32)}/{_uuid.UUID(int=R.getrandbits(128))}",
    "zapier_webhook": lambda: f"https://hooks.zapier.com/hooks/catch/{rs(DIG, 7)}/{rs(LO + DIG, 6)}/",
    "google_chat_webhook": lambda: f"https://chat.googleapis.com/v1/spaces/AAAA{rs(AN, 7)}/messages?key=AIzaSy{rs(AN + '-_', 33)}&token={rs(AN + '-_', 43)}%3D",
    "google_api_key": lambda: "AIza" + rs(AN + "-_", 35),
    "gcp_oauth_secret": lambda: "GOCSPX-" + rs(AN + "-_", 28),
    "openai_project": lambda: "sk-proj-" + rs(AN + "-_", 156),
    "openai_legacy": lambda: "sk-" + rs(AN, 20) + "T3BlbkFJ" + rs(AN, 20),
    "anthropic_api": lambda: "sk-ant-api03-" + rs(AN + "-_", 93) + "AA",
    "anthropic_admin": lambda: "sk-ant-admin01-" + rs(AN + "-_", 93) + "AA",
    "twilio_api_key": lambda: "SK" + rs(HEX, 32),
    "sendgrid": lambda: "SG." + rs(AN + "-_", 22) + "." + rs(AN + "-_", 43),
    "mailgun_key": lambda: "key-" + rs(HEX, 32),
    "shopify_access": lambda: R.choice(["shpat_", "shpca_", "shppa_", "shpss_"]) + rs(HEX, 32),
    "npm_token": lambda: "npm_" + rs(AN, 36),
    "pypi_token": lambda: "pypi-AgEIcHlwaS5vcmc" + rs(AN + "-_", 70),
    "digitalocean": lambda: R.choice(["dop_v1_", "doo_v1_", "dor_v1_"]) + rs(HEX, 64),
    "huggingface": lambda: "hf_" + rs(string.ascii_letters, 34),
    "telegram_bot": lambda: f"{R.randint(100000000, 7999999999)}:AA{rs(AN + '-_', 33)}",
    "databricks": lambda: "dapi" + rs(HEX, 32),
    "newrelic_user": lambda: "NRAK-" + rs(UP + DIG, 27),
    "grafana_sa": lambda: "glsa_" + rs(AN, 32) + "_" + rs(HEX, 8),
    "pulumi": lambda: "pul-" + rs(HEX, 40),
    "postman": lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34),
    "doppler": lambda: "dp.pt." + rs(AN, 43),
    "vault_token": lambda: "hvs." + rs(AN + "_-", 90),
    "terraform_cloud": lambda: rs(AN, 14) + ".atlasv1." + rs(AN + "-_", 67),
    "linear": lambda: "lin_api_" + rs(AN, 40),
    "notion": lambda: R.choice(["secret_" + rs(AN, 43), "ntn_" + rs(DIG, 11) + rs(AN, 35)]),
    "planetscale": lambda: "pscale_tkn_" + rs(AN + "_", 43),
    "rubygems": lambda: "rubygems_" + rs(HEX, 48),
    "shippo": lambda: "shippo_live_" + rs(HEX, 40),
    "easypost": lambda: "EZAK" + rs(AN, 54),
    "age_secret": lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
    "alibaba": lambda: "LTAI" + rs(AN, 20),
    "square": lambda: R.choice(["sq0atp-" + rs(AN + "-_", 22), "sq0csp-" + rs(AN + "-_", 43), "EAAA" + rs(AN + "-_", 60)]),
    "mailchimp": lambda: rs(HEX, 32) + "-us" + str(R.randint(1, 21)),
    "contentful": lambda: "CFPAT-" + rs(AN + "-_", 43),
    "dynatrace": lambda: "dt0c01." + rs(UP + DIG, 24) + "." + rs(UP + DIG, 64),
    "dropbox": lambda: "sl." + rs(AN + "-_", 135),
    "figma": lambda: "figd_" + rs(AN + "-_", 40),
    "flutterwave": lambda: "FLWSECK-" + rs(HEX, 32) + "-X",
    "mollie": lambda: "live_" + rs(AN, 30),
    "adobe": lambda: "p8e-" + rs(AN, 32),
    "hubspot": lambda: "pat-" + R.choice(["na1", "eu1"]) + "-" + str(_uuid.UUID(int=R.getrandbits(128))),
    "dockerhub": lambda: "dckr_pat_" + rs(AN + "-_", 27),
    "flyio": lambda: "FlyV1 fm2_" + rs(AN + "+/", 120) + "==",
    "perplexity": lambda: "pplx-" + rs(AN, 48),
    "groq": lambda: "gsk_" + rs(AN, 52),
    "replicate": lambda: "r8_" + rs(AN, 37),
    "langsmith": lambda: "lsv2_" + R.choice(["pt", "sk"]) + "_" + rs(HEX, 32) + "_" + rs(HEX, 10),
    "supabase": lambda: "sbp_" + rs(HEX, 40),
    "atlassian": lambda: "ATATT3xFfGF0" + rs(AN + "-_", 170) + "=" + rs(UP + DIG, 8),
    "sentry_auth": lambda: "sntrys_" + rs(AN, 100) if False else "sntryu_" + rs(HEX, 64),
    "mapbox_secret": lambda: "sk.eyJ1Ijoi" + rs(AN, 30) + "." + rs(AN + "-_", 22),
    "cloudflare_token": lambda: rs(AN + "-_", 40),
    "azure_ad_secret": lambda: rs(AN, 3) + R.choice(["7Q~", "8Q~"]) + rs(AN + "-_.~", 31),
    "facebook_token": lambda: "EAAG" + rs(AN, 180),
    "okta": lambda: "00" + rs(AN + "-_", 40),
    "braintree": lambda: "access_token$production$" + rs(LO + DIG, 16) + "$" + rs(HEX, 32),
    "paypal_secret": lambda: "E" + rs(AN + "-_", 79),
    "klaviyo": lambda: "pk_" + rs(HEX, 34),
    "jwt": jwt,
    "generic_hex": lambda: rs(HEX, R.choice([32, 40, 64])),
    "generic_b64": lambda: rs(B64, R.choice([32, 44, 48])) + R.choice(["", "=", "=="]),
    "generic_b64url": lambda: rs(B64U, R.choice([32, 43, 50])),
    "generic_b62": lambda: rs(AN, R.choice([24, 32, 40])),
    "password": lambda: R.choice(["Xq7!", "pL#9", "Wn2$", "tR8%", "Zk4&"]) + rs(AN + "!$%#", R.randint(9, 16)),
}
# providers with config key names
SECRET_KEYNAME = {
    "aws_access_key": "AWS_ACCESS_KEY_ID", "aws_secret_key": "AWS_SECRET_ACCESS_KEY", "github_pat": "GITHUB_TOKEN",
    "github_oauth": "GH_OAUTH_TOKEN", "github_app": "GH_APP_TOKEN", "github_refresh": "GITHUB_REFRESH_TOKEN",
    "github_fine_grained": "GH_PAT", "gitlab_pat": "GITLAB_TOKEN", "gitlab_runner": "CI_RUNNER_TOKEN",
    "gitlab_ptt": "TRIGGER_TOKEN", "stripe_live": "STRIPE_SECRET_KEY", "stripe_restricted": "STRIPE_RK",
    "stripe_webhook": "STRIPE_WEBHOOK_SECRET", "slack_bot": "SLACK_BOT_TOKEN", "slack_user": "SLACK_USER_TOKEN",
    "slack_app": "SLACK_APP_TOKEN", "slack_webhook": "SLACK_WEBHOOK_URL", "discord_webhook": "DISCORD_WEBHOOK",
    "teams_webhook": "TEAMS_WEBHOOK_URL", "zapier_webhook": "ZAPIER_HOOK", "google_chat_webhook": "GCHAT_WEBHOOK",
    "google_api_key": "GOOGLE_MAPS_API_KEY", "gcp_oauth_secret": "GOOGLE_CLIENT_SECRET", "openai_project": "OPENAI_API_KEY",
    "openai_legacy": "OPENAI_KEY", "anthropic_api": "ANTHROPIC_API_KEY", "anthropic_admin": "ANTHROPIC_ADMIN_KEY",
    "twilio_api_key": "TWILIO_API_KEY", "sendgrid": "SENDGRID_API_KEY", "mailgun_key": "MAILGUN_API_KEY",
    "shopify_access": "SHOPIFY_ADMIN_TOKEN", "npm_token": "NPM_TOKEN", "pypi_token": "PYPI_API_TOKEN",
    "digitalocean": "DIGITALOCEAN_TOKEN", "huggingface": "HF_TOKEN", "telegram_bot": "TELEGRAM_BOT_TOKEN",
    "databricks": "DATABRICKS_TOKEN", "newrelic_user": "NEW_RELIC_API_KEY", "grafana_sa": "GRAFANA_SA_TOKEN",
    "pulumi": "PULUMI_ACCESS_TOKEN", "postman": "POSTMAN_API_KEY", "doppler": "DOPPLER_TOKEN", "vault_token": "VAULT_TOKEN",
    "terraform_cloud": "TFE_TOKEN", "linear": "LINEAR_API_KEY", "notion": "NOTION_TOKEN", "planetscale": "PLANETSCALE_TOKEN",
    "rubygems": "GEM_HOST_API_KEY", "shippo": "SHIPPO_TOKEN", "easypost": "EASYPOST_API_KEY", "age_secret": "SOPS_AGE_KEY",
    "alibaba": "ALIBABA_CLOUD_ACCESS_KEY_ID", "square": "SQUARE_ACCESS_TOKEN", "mailchimp": "MAILCHIMP_API_KEY",
    "contentful": "CONTENTFUL_MANAGEMENT_TOKEN", "dynatrace": "DT_API_TOKEN", "dropbox": "DROPBOX_ACCESS_TOKEN",
    "figma": "FIGMA_TOKEN", "flutterwave": "FLW_SECRET_KEY", "mollie": "MOLLIE_API_KEY", "adobe": "ADOBE_CLIENT_SECRET",
    "hubspot": "HUBSPOT_PRIVATE_APP_TOKEN", "dockerhub": "DOCKERHUB_TOKEN", "flyio": "FLY_API_TOKEN",
    "perplexity": "PPLX_API_KEY", "groq": "GROQ_API_KEY", "replicate": "REPLICATE_API_TOKEN", "langsmith": "LANGSMITH_API_KEY",
    "supabase": "SUPABASE_ACCESS_TOKEN", "atlassian": "JIRA_API_TOKEN", "sentry_auth": "SENTRY_AUTH_TOKEN",
    "mapbox_secret": "MAPBOX_SECRET_TOKEN", "cloudflare_token": "CLOUDFLARE_API_TOKEN", "azure_ad_secret": "AZURE_CLIENT_SECRET",
    "facebook_token": "FB_PAGE_ACCESS_TOKEN", "okta": "OKTA_API_TOKEN", "braintree": "BRAINTREE_ACCESS_TOKEN",
    "paypal_secret": "PAYPAL_CLIENT_SECRET", "klaviyo": "KLAVIYO_PRIVATE_KEY", "jwt": "SESSION_JWT",
    "generic_hex": "APP_SECRET", "generic_b64": "ENCRYPTION_KEY", "generic_b64url": "SIGNING_SECRET",
    "generic_b62": "API_KEY", "password": "DB_PASSWORD",
}
PREFIXED = [k for k in SECRET_GEN if not k.startswith("generic") and k not in ("password", "aws_secret_key", "cloudflare_token", "okta", "paypal_secret")]
NAMED_ONLY = ["aws_secret_key", "cloudflare_token", "okta", "paypal_secret", "generic_hex", "generic_b64", "generic_b64url", "generic_b62", "password"]
GEN_KEYS = ["api_key", "apiKey", "secret", "client_secret", "token", "access_token", "auth_token", "x-api-key", "private_key",
            "webhook_secret", "hmac_key", "Passwort", "mot_de_passe", "app_secret", "signing_key", "refresh_token"]


def secret(kind=None):
    kind = kind or R.choice(list(SECRET_GEN))
    return SECRET_GEN[kind](), kind


# ---------------- negatives ----------------
def ean():
    while True:
        b = R.choice(["400", "401", "402", "300", "301", "376", "590", "871", "540", "800"]) + rs(DIG, 9)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
        d = b + str((10 - s % 10) % 10)
        if not luhn_ok(d):
            return d


def _digit_runs_ok(v):
    import re
    for run in re.findall(r"\d(?:[\d \-.\u00a0]*\d)?", v):
        d = re.sub(r"\D", "", run)
        if 12 <= len(d) <= 19 and luhn_ok(d):
            return False
    return True


def neg(kind, lang="en"):
    for _ in range(200):
        v = _neg(kind, lang)
        if kind == "CARD_LUHN" or _digit_runs_ok(v):
            return v
    raise RuntimeError(kind)


def _neg(kind, lang="en"):
    if kind == "SKU":
        return R.choice([f"{rs(UP, 3)}-{rs(DIG, 4)}-{rs(UP, 2)}", f"SKU{rs(DIG, 6)}", f"{rs(UP, 2)}{rs(DIG, 3)}-{R.choice(['S', 'M', 'L', 'XL', '38', '42'])}",
                         f"ART-{rs(DIG, 5)}", f"{rs(DIG, 4)}-{rs(DIG, 3)}-{rs(DIG, 2)}", f"B0{rs(UP + DIG, 8)}"])
    if kind == "EAN":
        return ean()
    if kind == "MODEL":
        return R.choice([f"WH-1000XM{R.randint(3, 5)}", f"SM-G9{rs(DIG, 2)}B", f"KD-55X{rs(DIG, 2)}J", f"EQ{rs(DIG, 3)}", f"TS-{rs(DIG, 4)}",
                         f"RX{rs(DIG, 4)}", f"MQ{rs(DIG, 2)}2D/A", f"HT-A{rs(DIG, 4)}", f"GTX {R.choice(['3060', '4070', '4090'])}"])
    if kind == "TICKET":
        return R.choice([f"#{rs(DIG, 6)}", f"INC{rs(DIG, 7)}", f"TKT-{rs(DIG, 5)}", f"SUP-{rs(DIG, 4)}", f"JIRA-{rs(DIG, 4)}",
                         f"CS-{rs(DIG, 6)}", f"[Ticket#{rs(DIG, 10)}]" if False else f"Ticket#{rs(DIG, 8)}"])
    if kind == "CUSTOMER_NUMBER":
        return R.choice([f"KD-{rs(DIG, 6)}", f"{rs(DIG, 7)}", f"C{rs(DIG, 8)}", f"{rs(DIG, 4)} {rs(DIG, 6)}", f"CL{rs(DIG, 6)}", f"K{rs(DIG, 5)}"])
    if kind == "INVOICE":
        return R.choice([f"RE-{R.randint(2023, 2026)}-{rs(DIG, 5)}", f"INV-{rs(DIG, 6)}", f"F{R.randint(2023, 2026)}{rs(DIG, 5)}",
                         f"FA{rs(DIG, 7)}", f"GS-{rs(DIG, 5)}", f"AV-{rs(DIG, 6)}"])
    if kind == "PRICE":
        a = R.randint(3, 2400)
        c = R.randint(0, 99)
        if lang == "de":
            return R.choice([f"{a},{c:02d} €", f"{a:,}".replace(",", ".") + f",{c:02d} EUR", f"€ {a},{c:02d}"])
        if lang == "fr":
            return R.choice([f"{a},{c:02d} €", f"{a} € {c:02d}", f"{a:,}".replace(",", "\u202f") + f",{c:02d} EUR"])
        return R.choice([f"€{a}.{c:02d}", f"£{a}.{c:02d}", f"${a:,}.{c:02d}", f"{a}.{c:02d} EUR"])
    if kind == "TRACKING":
        return R.choice([f"00340434{rs(DIG, 12)}", f"1Z{rs(UP + DIG, 6)}{rs(DIG, 10)}", f"{R.choice(['LA', 'RR', 'CB', 'LX'])}{rs(DIG, 9)}{R.choice(['FR', 'DE', 'GB', 'NL'])}",
                         f"6A{rs(DIG, 11)}", f"3S{rs(UP, 4)}{rs(DIG, 7)}", f"H{rs(DIG, 19)}", f"{rs(DIG, 11)}"])
    if kind == "DATE":
        d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2026)
        if lang == "de":
            return R.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"])
        if lang == "fr":
            return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"])
        return R.choice([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])
    if kind == "TIME":
        h, mi = R.randint(0, 23), R.randint(0, 59)
        return {"de": f"{h:02d}:{mi:02d} Uhr", "fr": R.choice([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}"])}.get(lang, f"{h:02d}:{mi:02d}:{R.randint(0, 59):02d}")
    if kind == "POSTCODE":
        return {"de": rs(DIG, 5), "fr": R.choice(["75", "69", "13", "33", "59", "67"]) + rs(DIG, 3)}.get(lang, R.choice(["SW1A 2AA", "EC1V 9HX", "M1 1AE", "D02 X285", "90210", "10115"]))
    if kind == "VERSION":
        return R.choice([f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)}", f"{R.randint(1, 20)}.{R.randint(0, 9)}.{R.randint(0, 9)}",
                         f"{R.randint(100, 131)}.0.{R.randint(6000, 6999)}.{R.randint(10, 200)}", f"10.0.{R.randint(19041, 26100)}.{R.randint(100, 4000)}"])
    if kind == "BUILD_ID":
        return R.choice([f"build-{rs(DIG, 5)}", f"#{rs(DIG, 4)}", f"{R.randint(2024, 2026)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}.{R.randint(1, 9)}", f"run {rs(DIG, 10)}"])
    if kind == "HASH":
        return rs(HEX, R.choice([7, 40, 64, 32]))
    if kind == "UUID":
        return str(_uuid.UUID(int=R.getrandbits(128), version=4))
    if kind == "PUBLISHABLE_KEY":
        return R.choice(["pk_live_" + rs(AN, 24), "pk_test_" + rs(AN, 24), "pk.eyJ1Ijoi" + rs(AN, 20) + "." + rs(AN, 22)])
    if kind == "PLACEHOLDER":
        return R.choice(["your_api_key", "<YOUR_TOKEN>", "sk_live_" + "x" * 24, "ghp_" + "X" * 36, "AKIAIOSFODNN7EXAMPLE",
                         "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "********", "[REDACTED]", "${STRIPE_SECRET}",
                         "{{ vault_db_password }}", "changeme", "REPLACE_ME", "dein_token_hier", "votre_cle_secrete",
                         "xoxb-xxxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx", "0000000000000000000000000000000000000000",
                         "sk-...", "<mot de passe>", "%env(APP_SECRET)%"])
    if kind == "CARD_LUHN":
        return card_luhn_invalid()
    if kind == "IBAN_CHECKSUM":
        return iban_bad()
    if kind == "VAT_ID":
        return R.choice([f"DE{rs(DIG, 9)}", f"FR{rs(DIG, 2)}{rs(DIG, 9)}", f"ATU{rs(DIG, 8)}", f"CHE-{rs(DIG, 3)}.{rs(DIG, 3)}.{rs(DIG, 3)} MWST",
                         f"BE0{rs(DIG, 9)}", f"NL{rs(DIG, 9)}B01", f"IT{rs(DIG, 11)}", f"GB{rs(DIG, 9)}"])
    if kind == "TAX_NUMBER":
        return R.choice([f"{rs(DIG, 2)}/{rs(DIG, 3)}/{rs(DIG, 5)}", f"{rs(DIG, 3)}/{rs(DIG, 4)}/{rs(DIG, 4)}", f"{rs(DIG, 2)} {rs(DIG, 3)} {rs(DIG, 3)} {rs(DIG, 3)}",
                         f"{rs(DIG, 11)}"])
    if kind == "SIRET":
        return luhn_break(rs(DIG, 14)) if R.random() < .5 else " ".join([rs(DIG, 3), rs(DIG, 3), rs(DIG, 3)])
    if kind == "QUANTITY":
        return str(R.randint(2, 250))
    if kind == "RMA":
        return R.choice([f"RMA-{rs(DIG, 6)}", f"RET{rs(DIG, 7)}", f"R-{R.randint(2024, 2026)}-{rs(DIG, 4)}"])
    if kind == "BIC":
        return R.choice(["COBADEFFXXX", "DEUTDEFF", "BNPAFRPPXXX", "SOGEFRPP", "INGDDEFFXXX", "GENODEF1M04", "RABONL2U", "UBSWCHZH80A", "BKAUATWW", "AGRIFRPP882"])
    if kind == "DOTTED_NUMBER":
        return R.choice([f"{R.randint(1, 9)}.{R.randint(1, 9)}.{R.randint(1, 9)}", f"1.3.6.1.4.1.{rs(DIG, 4)}", f"{R.randint(256, 999)}.{R.randint(1, 255)}.{R.randint(1, 255)}.{R.randint(1, 255)}",
                         f"{R.randint(1, 20)}.{R.randint(1, 20)}.{R.randint(1, 20)}.{R.randint(1, 20)}.{R.randint(1, 20)}"])
    if kind == "PORT":
        return str(R.choice([8080, 5432, 3306, 6379, 443, 8443, 9200, 27017]))
    if kind == "ITEM_NUMBER":
        return rs(DIG, 12) if False else "3" + rs(DIG, 11)
    if kind == "PAYMENT_REF":
        return R.choice(["pi_3" + rs(AN, 23), "ch_3" + rs(AN, 23), "cus_" + rs(AN, 14), "PAYID-" + rs(UP + DIG, 24), "txn_" + rs(AN, 16), "in_1" + rs(AN, 23)])
    if kind == "ACCOUNT_ID":
        return R.choice(["AC" + rs(HEX, 32), "acct_1" + rs(AN, 15), "org-" + rs(AN, 24), "A" + rs(UP + DIG, 13)])
    if kind == "CREDITOR_ID":
        return R.choice(["DE98ZZZ0" + rs(DIG, 10), "FR" + rs(DIG, 2) + "ZZZ" + rs(DIG, 6)])
    if kind == "OTP":
        return rs(DIG, 6)
    if kind == "PHONE_LIKE":  # e.g. postal box / hotline code style - not used
        return rs(DIG, 5)
    raise ValueError(kind)


NEG_KINDS = ["SKU", "EAN", "MODEL", "TICKET", "CUSTOMER_NUMBER", "INVOICE", "PRICE", "TRACKING", "DATE", "TIME", "POSTCODE",
             "VERSION", "BUILD_ID", "HASH", "UUID", "PUBLISHABLE_KEY", "PLACEHOLDER", "CARD_LUHN", "IBAN_CHECKSUM", "VAT_ID",
             "TAX_NUMBER", "SIRET", "QUANTITY", "RMA", "BIC", "DOTTED_NUMBER", "PORT", "ITEM_NUMBER", "PAYMENT_REF",
             "ACCOUNT_ID", "CREDITOR_ID", "OTP"]
