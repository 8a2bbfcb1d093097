"""Value generators for structured-v6. Every table typed by hand from public format documentation / general knowledge.

A generator returns a list of segments: (text, label) with label None, ('P', TYPE, variant) or ('N', KIND).
"""
import base64
import json
import random
import string

R = random.Random(16_2026_0206)

D = string.digits
HEX = "0123456789abcdef"
UP = string.ascii_uppercase
LO = string.ascii_lowercase
B62 = string.ascii_letters + D
B64 = B62 + "+/"
B64U = B62 + "-_"
B32 = UP + "234567"


def rb64(nbytes):
    return base64.b64encode(bytes(R.randint(0, 255) for _ in range(nbytes))).decode()


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def P(text, typ, var):
    return [(text, ("P", typ, var))]


def N(text, kind):
    return [(text, ("N", kind))]


def T(text):
    return [(text, None)]


# ---------------------------------------------------------------- Luhn
def luhn_sum(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s


def luhn_ok(digits):
    return luhn_sum(digits) % 10 == 0


def luhn_complete(body):
    for c in D:
        if luhn_ok(body + c):
            return body + c


def luhn_break(digits):
    """return same-length digits that are Luhn-invalid"""
    if not luhn_ok(digits):
        return digits
    last = int(digits[-1])
    return digits[:-1] + str((last + R.choice([1, 3, 5, 7])) % 10)


# ---------------------------------------------------------------- cards
CARD_ISSUERS = {
    # name: (list of prefixes, list of lengths)
    "visa": (["4"], [16, 16, 16, 13, 19]),
    "visa_electron": (["4026", "417500", "4508", "4844", "4913", "4917"], [16]),
    "cartes_bancaires": (["4970", "4973", "4976", "4978"], [16]),
    "mastercard": (["51", "52", "53", "54", "55"], [16]),
    "mastercard_2series": (["2221", "2300", "2470", "2598", "2633", "2720"], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "644", "645", "648", "649", "65"], [16, 16, 19]),
    "jcb": (["3528", "3530", "3548", "3566", "3589"], [16]),
    "diners": (["36", "38", "300", "302", "305"], [14]),
    "maestro": (["5018", "5020", "5038", "6304", "6759", "6761", "6763", "5893"], [12, 13, 16, 18, 19]),
    "unionpay": (["62", "6212", "6282"], [16, 17, 19]),
    "mir": (["2200", "2201", "2202", "2204"], [16]),
}

CARD_SEPS = ["plain", "space", "dash", "dot", "slash", "underscore", "tab", "nul", "nbsp", "nnbsp", "zwsp", "zwnj", "zwj",
             "wj", "bom", "everydigit", "doublespace", "run", "irregular", "mixed", "space_dash_space", "newline"]

SEPCH = {"space": " ", "dash": "-", "dot": ".", "slash": "/", "underscore": "_", "tab": "\t", "nul": "\x00",
         "nbsp": "\u00a0", "nnbsp": "\u202f", "zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "wj": "\u2060",
         "bom": "\ufeff", "doublespace": "  ", "space_dash_space": " - ", "newline": "\n"}


def card_digits(issuer=None):
    issuer = issuer or R.choice(list(CARD_ISSUERS))
    pre, lens = CARD_ISSUERS[issuer]
    p = R.choice(pre)
    n = R.choice(lens)
    body = p + rs(D, n - len(p) - 1)
    return issuer, luhn_complete(body)


def card_groups(num):
    n = len(num)
    if n == 15:
        g = [4, 6, 5]
    elif n == 14:
        g = [4, 6, 4]
    elif n == 13:
        g = [4, 3, 3, 3]
    elif n == 12:
        g = [4, 4, 4]
    elif n == 17:
        g = [4, 4, 4, 5]
    elif n == 18:
        g = [4, 4, 4, 6]
    elif n == 19:
        g = R.choice([[4, 4, 4, 4, 3], [6, 13]])
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
    if sep == "run":
        s = R.choice([" -- ", "  ", "\u200b\u200b", " / ", "..", " _ ", "\t\t", "- ", " \u00a0"])
        return s.join(card_groups(num))
    if sep == "irregular":
        cuts = sorted(R.sample(range(2, len(num) - 1), R.randint(2, 4)))
        parts, last = [], 0
        for c in cuts:
            parts.append(num[last:c])
            last = c
        parts.append(num[last:])
        return R.choice([" ", "-", " "]).join(parts)
    if sep == "mixed":
        g = card_groups(num)
        out = g[0]
        for x in g[1:]:
            out += R.choice([" ", "-", ".", "\u00a0", "/", "_"]) + x
        return out
    return SEPCH[sep].join(card_groups(num))


def card(issuer=None, sep=None):
    issuer, num = card_digits(issuer)
    sep = sep or R.choice(CARD_SEPS)
    return P(fmt_card(num, sep), "CREDIT_CARD", f"{issuer}/{sep}")


def neg_card_luhn():
    issuer, num = card_digits()
    bad = luhn_break(num)
    sep = R.choice(["plain", "space", "dash", "dot", "nbsp", "everydigit"])
    return N(fmt_card(bad, sep), "CARD_LUHN")


# ---------------------------------------------------------------- IBAN
# ISO 13616 registry BBAN layouts (n digits, a upper letters, c alnum), typed from the registry
IBAN_REG = {
    "AD": (24, "4n4n12c"), "AE": (23, "3n16n"), "AL": (28, "8n16c"), "AT": (20, "5n11n"), "AZ": (28, "4a20c"),
    "BA": (20, "3n3n8n2n"), "BE": (16, "3n7n2n"), "BG": (22, "4a4n2n8c"), "BH": (22, "4a14c"), "BI": (27, "5n5n11n2n"),
    "BR": (29, "8n5n10n1a1c"), "BY": (28, "4c4n16c"), "CH": (21, "5n12c"), "CR": (22, "4n14n"), "CY": (28, "3n5n16c"),
    "CZ": (24, "4n6n10n"), "DE": (22, "8n10n"), "DJ": (27, "5n5n11n2n"), "DK": (18, "4n9n1n"), "DO": (28, "4c20n"),
    "EE": (20, "2n2n11n1n"), "EG": (29, "4n4n17n"), "ES": (24, "4n4n1n1n10n"), "FI": (18, "3n11n"), "FK": (18, "2a12n"),
    "FO": (18, "4n9n1n"), "FR": (27, "5n5n11c2n"), "GB": (22, "4a6n8n"), "GE": (22, "2a16n"), "GI": (23, "4a15c"),
    "GL": (18, "4n9n1n"), "GR": (27, "3n4n16c"), "GT": (28, "4c20c"), "HN": (28, "4a20n"), "HR": (21, "7n10n"),
    "HU": (28, "3n4n1n15n1n"), "IE": (22, "4a6n8n"), "IL": (23, "3n3n13n"), "IQ": (23, "4a3n12n"), "IS": (26, "4n2n6n10n"),
    "IT": (27, "1a5n5n12c"), "JO": (30, "4a4n18c"), "KW": (30, "4a22c"), "KZ": (20, "3n13c"), "LB": (28, "4n20c"),
    "LC": (32, "4a24c"), "LI": (21, "5n12c"), "LT": (20, "5n11n"), "LU": (20, "3n13c"), "LV": (21, "4a13c"),
    "LY": (25, "3n3n15n"), "MC": (27, "5n5n11c2n"), "MD": (24, "2c18c"), "ME": (22, "3n13n2n"), "MK": (19, "3n10c2n"),
    "MN": (20, "4n12n"), "MR": (27, "5n5n11n2n"), "MT": (31, "4a5n18c"), "MU": (30, "4a2n2n12n3n3a"), "NI": (28, "4a20n"),
    "NL": (18, "4a10n"), "NO": (15, "4n6n1n"), "OM": (23, "3n16c"), "PK": (24, "4a16c"), "PL": (28, "8n16n"),
    "PS": (29, "4a21c"), "PT": (25, "4n4n11n2n"), "QA": (29, "4a21c"), "RO": (24, "4a16c"), "RS": (22, "3n13n2n"),
    "RU": (33, "9n5n15c"), "SA": (24, "2n18c"), "SC": (31, "4a2n2n16n3a"), "SD": (18, "2n12n"), "SE": (24, "3n16n1n"),
    "SI": (19, "5n8n2n"), "SK": (24, "4n6n10n"), "SM": (27, "1a5n5n12c"), "SO": (23, "4n3n12n"), "ST": (25, "8n11n2n"),
    "SV": (28, "4a20n"), "TL": (23, "3n14n2n"), "TN": (24, "2n3n13n2n"), "TR": (26, "5n1n16c"), "UA": (29, "6n19c"),
    "VA": (22, "3n15n"), "VG": (24, "4a16n"), "XK": (20, "4n10n2n"), "YE": (30, "4a4n18c"),
}
# a few real bank identifiers for letter-led BBANs
BANK_LETTERS = {"GB": ["BARC", "LOYD", "HBUK", "MIDL", "NWBK", "MONZ", "SRLG"], "IE": ["AIBK", "BOFI", "IPBS"],
                "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "BUNQ", "KNAB"], "BG": ["BNBG", "UNCR", "STSA"],
                "RO": ["BTRL", "RNCB", "INGB", "BRDE"], "LV": ["HABA", "UNLA", "PARX"], "MT": ["MALT", "VALL"],
                "PK": ["SCBL", "HABB"], "QA": ["QNBA", "DOHB"], "JO": ["CBJO", "ARAB"], "KW": ["CBKU", "NBOK"],
                "BH": ["NBOB", "BBKU"], "GI": ["NWBK"], "AZ": ["NABZ", "IBAZ"], "PS": ["PALS"], "MU": ["BOMM", "MCBL"],
                "SC": ["SSCB", "MCBL"], "VG": ["VPVG"], "SV": ["CENR"], "NI": ["BAPR"], "HN": ["CABF"], "LC": ["HEMM"],
                "IQ": ["NBIQ"], "YE": ["CBYE"], "GE": ["NB", "TB", "BG"], "FK": ["SC"]}


def _field(kind, n, cc, first):
    if kind == "n":
        return rs(D, n)
    if kind == "a":
        if first and cc in BANK_LETTERS and len(BANK_LETTERS[cc][0]) == n:
            return R.choice(BANK_LETTERS[cc])
        return rs(UP, n)
    # c: mostly digits, some letters
    return "".join(R.choice(UP) if R.random() < 0.2 else R.choice(D) for _ in range(n))


def _parse(layout):
    out, num = [], ""
    for ch in layout:
        if ch.isdigit():
            num += ch
        else:
            out.append((ch, int(num)))
            num = ""
    return out


def iban_check(cc, bban):
    s = bban + cc + "00"
    v = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - v % 97)


def iban_valid(iban):
    iban = "".join(ch for ch in iban if ch.isalnum()).upper()
    if iban[:2] not in IBAN_REG or len(iban) != IBAN_REG[iban[:2]][0]:
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return "0" if d == 11 else ("1" if d == 10 else str(d))


def _fr_key(bank, guichet, acct):
    tr = {}
    for i, ch in enumerate("ABCDEFGHI"):
        tr[ch] = str(i + 1)
    for i, ch in enumerate("JKLMNOPQR"):
        tr[ch] = str(i + 1)
    for i, ch in enumerate("STUVWXYZ"):
        tr[ch] = str(i + 2)
    a = "".join(tr.get(c, c) for c in acct)
    return "%02d" % (97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(a)) % 97)


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_cin(s):
    tot = 0
    for i, ch in enumerate(s):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _IT_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + tot % 26)


def iban_compact(cc=None):
    cc = cc or R.choice(list(IBAN_REG))
    length, layout = IBAN_REG[cc]
    while True:
        parts = [_field(k, n, cc, i == 0) for i, (k, n) in enumerate(_parse(layout))]
        if cc == "BE":
            parts[2] = "%02d" % ((int(parts[0] + parts[1]) % 97) or 97)
        elif cc in ("FR", "MC"):
            parts[3] = _fr_key(parts[0], parts[1], parts[2])
        elif cc == "ES":
            parts[2] = _es_dc("00" + parts[0] + parts[1])[0]
            parts[3] = _es_dc(parts[4])
        elif cc in ("IT", "SM"):
            parts[0] = _it_cin(parts[1] + parts[2] + parts[3])
        elif cc == "NO":
            ten = parts[0] + parts[1]
            w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            c = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
            if c == 10:
                continue
            parts[2] = "0" if c == 11 else str(c)
        elif cc == "DE" and R.random() < 0.6:
            parts[0] = R.choice(["10010010", "20040000", "37040044", "50010517", "70020270", "76050101", "12030000",
                                 "43060967", "60050101", "66050101", "10070024", "50070010"])
        bban = "".join(parts)
        assert len(bban) + 4 == length, cc
        return cc + iban_check(cc, bban) + bban


IBAN_FORMS = ["compact", "grouped", "dspace", "ccspace", "dashed", "linebreak", "lower", "lowergrouped", "nbsp", "tab",
              "irregular", "dotted_groups", "grouped_mixedcase"]


def fmt_iban(ib, form):
    g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    if form == "compact":
        return ib
    if form == "grouped":
        return " ".join(g)
    if form == "dspace":
        return "  ".join(g)
    if form == "ccspace":
        rest = ib[2:]
        return ib[:2] + " " + R.choice([rest[:2] + " " + " ".join(rest[2 + i:6 + i] for i in range(0, len(rest) - 2, 4)), rest])
    if form == "dashed":
        return "-".join(g)
    if form == "linebreak":
        k = R.randint(2, max(2, len(g) - 1))
        return " ".join(g[:k]) + R.choice(["\n", " \n", "\r\n"]) + " ".join(g[k:])
    if form == "lower":
        return ib.lower()
    if form == "lowergrouped":
        return " ".join(g).lower()
    if form == "nbsp":
        return "\u00a0".join(g)
    if form == "tab":
        return "\t".join(g)
    if form == "irregular":
        cuts = sorted(R.sample(range(2, len(ib) - 1), R.randint(3, 5)))
        out, last = [], 0
        for c in cuts:
            out.append(ib[last:c])
            last = c
        out.append(ib[last:])
        return " ".join(out)
    if form == "dotted_groups":
        return ".".join(g)
    if form == "grouped_mixedcase":
        s = " ".join(g)
        return s[:2].lower() + s[2:] if R.random() < 0.5 else s[:2] + s[2:].lower()
    raise ValueError(form)


def iban(cc=None, form=None):
    cc = cc or R.choice(["DE"] * 8 + ["FR"] * 8 + ["AT", "CH", "BE", "NL", "LU", "IT", "ES", "GB", "IE"] * 2 + list(IBAN_REG))
    form = form or R.choice(IBAN_FORMS)
    return P(fmt_iban(iban_compact(cc), form), "IBAN", f"{cc}/{form}")


def neg_iban_checksum():
    ib = iban_compact(R.choice(["DE", "FR", "AT", "BE", "NL", "ES", "IT", "CH"]))
    while True:
        i = R.randint(4, len(ib) - 1)
        if ib[i].isdigit():
            bad = ib[:i] + str((int(ib[i]) + R.randint(1, 9)) % 10) + ib[i + 1:]
            if not iban_valid(bad):
                break
    return N(fmt_iban(bad, R.choice(["compact", "grouped"])), "IBAN_CHECKSUM")


def neg_creditor_id():
    # SEPA creditor identifier: CC + check + 3-char business code + national id; mod-97 like IBAN but not an IBAN
    cc = R.choice(["DE", "FR", "AT", "NL"])
    nat = {"DE": lambda: "0" + rs(D, 10), "FR": lambda: rs(UP, 1) + rs(D, 5), "AT": lambda: rs(D, 11),
           "NL": lambda: rs(D, 8) + "0000"}[cc]()
    bc = "ZZZ"
    chk = iban_check(cc, nat)  # business code ignored in the check
    return N(f"{cc}{chk}{bc}{nat}", "CREDITOR_ID")


# ---------------------------------------------------------------- phones
# spec: cc, trunk, forms allowed, plans [(prefixes, rest_len, rest_groups)]
PH = {
    "DE": ("49", "0", [(["30", "40", "89", "69", "221", "211", "711", "911", "341", "351", "421", "511", "6221", "761", "228"], 7, [7]),
                       (["151", "152", "157", "159", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"], 7, [7]),
                       (["1512", "1522", "1573"], 7, [3, 4])]),
    "AT": ("43", "0", [(["1"], 7, [3, 4]), (["316", "512", "662", "732", "463"], 6, [6]),
                       (["650", "660", "664", "676", "680", "681", "688", "699"], 7, [7])]),
    "CH": ("41", "0", [(["44", "43", "31", "61", "22", "21", "91", "71", "41", "76", "77", "78", "79", "75"], 7, [3, 2, 2])]),
    "FR": ("33", "0", [(["1", "2", "3", "4", "5", "6", "7", "9"], 8, [2, 2, 2, 2])]),
    "BE": ("32", "0", [(["2", "3", "9"], 7, [3, 2, 2]), (["470", "471", "472", "475", "476", "477", "478", "479", "483", "484", "485", "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"], 6, [2, 2, 2]),
                       (["10", "11", "13", "14", "15", "16", "19", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "63", "64", "65", "67", "68", "69", "71", "80", "81", "82", "83", "84", "85", "86", "87", "89"], 6, [2, 2, 2])]),
    "NL": ("31", "0", [(["20", "10", "70", "30", "40", "50", "43", "24", "26"], 7, [3, 4]), (["6"], 8, [8])]),
    "LU": ("352", "", [(["621", "628", "661", "671", "691"], 6, [3, 3]), (["26", "27", "40", "44", "45", "49"], 6, [2, 2, 2])]),
    "IT": ("39", "", [(["02", "06", "011", "055", "081", "051", "041", "010"], 7, [4, 3]), (["320", "328", "333", "335", "338", "340", "345", "347", "349", "366", "380", "388", "392"], 7, [3, 4])]),
    "ES": ("34", "", [(["91", "93", "95", "96", "94", "98"], 7, [3, 2, 2]), (["612", "622", "634", "655", "666", "678", "699", "711", "722"], 6, [2, 2, 2])]),
    "GB": ("44", "0", [(["20"], 8, [4, 4]), (["161", "131", "121", "113", "117", "141", "151", "191"], 7, [3, 4]),
                       (["7700", "7911", "7400", "7555", "7802", "7946", "7520", "7389"], 6, [6])]),
    "IE": ("353", "0", [(["1"], 7, [3, 4]), (["83", "85", "86", "87", "89"], 7, [3, 4]), (["21", "61", "91"], 6, [3, 3])]),
    "US": ("1", "1", [(["212", "415", "312", "617", "206", "512", "303", "404", "305", "702", "646", "718", "213", "503", "612"], 7, [3, 4])]),
    "CA": ("1", "1", [(["416", "514", "604", "613", "403", "438", "819", "902"], 7, [3, 4])]),
    "PL": ("48", "", [(["501", "502", "505", "510", "530", "600", "601", "602", "660", "691", "721", "781", "790", "880", "885"], 6, [3, 3]), (["22", "12", "61", "71", "58"], 7, [3, 2, 2])]),
    "CZ": ("420", "", [(["602", "603", "604", "605", "608", "720", "731", "777", "222", "224", "233", "234"], 6, [3, 3])]),
    "DK": ("45", "", [(["20", "21", "22", "25", "26", "28", "30", "31", "40", "42", "50", "60", "33", "35", "86", "98"], 6, [2, 2, 2])]),
    "SE": ("46", "0", [(["8"], 7, [3, 2, 2]), (["70", "72", "73", "76", "79"], 7, [3, 2, 2]), (["31", "40", "18"], 6, [3, 3])]),
    "NO": ("47", "", [(["40", "41", "45", "46", "47", "48", "90", "91", "92", "93", "94", "95", "97", "98", "99"], 6, [3, 2, 3], True), (["22", "55", "73"], 6, [2, 2, 2])]),
    "FI": ("358", "0", [(["40", "41", "44", "45", "50"], 7, [3, 4]), (["9"], 8, [4, 4])]),
    "PT": ("351", "", [(["912", "913", "917", "919", "925", "926", "933", "936", "961", "962", "965", "966"], 6, [3, 3]), (["213", "214", "217", "222", "223", "225"], 6, [3, 3])]),
    "GR": ("30", "", [(["690", "693", "694", "697", "698", "699"], 7, [3, 4]), (["210", "231"], 7, [3, 4])]),
    "HU": ("36", "06", [(["20", "30", "70"], 7, [3, 4]), (["1"], 7, [3, 4])]),
    "RO": ("40", "0", [(["721", "722", "723", "744", "745", "755", "766", "788"], 6, [3, 3]), (["21"], 7, [3, 4])]),
    "TR": ("90", "0", [(["532", "533", "535", "542", "544", "505", "555", "212", "216", "312"], 7, [3, 2, 2])]),
    "MA": ("212", "0", [(["6", "7"], 8, [2, 2, 2, 2]), (["5"], 8, [2, 2, 2, 2])]),
    "TN": ("216", "", [(["20", "22", "25", "50", "52", "55", "92", "98", "71"], 6, [3, 3])]),
    "DZ": ("213", "0", [(["55", "66", "77", "69", "79"], 7, [3, 2, 2, 2], True)]),
    "SN": ("221", "", [(["77", "78", "76", "70", "33"], 7, [3, 2, 2])]),
    "CI": ("225", "", [(["07", "05", "01", "27"], 8, [2, 2, 2, 2])]),
    "BR": ("55", "", [(["11", "21", "31", "41", "51", "61", "71", "81"], 9, [5, 4])]),
    "MX": ("52", "", [(["55", "33", "81"], 8, [4, 4])]),
    "AU": ("61", "0", [(["2", "3", "7", "8"], 8, [4, 4]), (["412", "422", "433", "401", "450"], 6, [3, 3])]),
    "JP": ("81", "0", [(["3", "6"], 8, [4, 4]), (["90", "80", "70"], 8, [4, 4])]),
    "IN": ("91", "0", [(["98", "99", "97", "91", "88", "70"], 8, [5, 5], True)]),
    "HR": ("385", "0", [(["91", "92", "95", "98", "99", "1"], 7, [3, 4])]),
    "SK": ("421", "0", [(["901", "903", "905", "910", "915", "944"], 6, [3, 3])]),
}
PHONE_COUNTRIES_EN = ["GB", "US", "IE", "CA", "AU", "IN", "NL", "DE", "FR", "SE", "DK", "FI", "NO", "PL", "ES", "IT", "PT",
                      "GR", "JP", "MX", "BR", "CZ", "RO", "HR", "SK"]
PHONE_COUNTRIES_DE = ["DE"] * 5 + ["AT"] * 3 + ["CH"] * 3 + ["LU", "NL", "PL", "CZ", "TR", "HU", "IT", "GR", "HR", "DK", "SK", "RO"]
PHONE_COUNTRIES_FR = ["FR"] * 6 + ["BE"] * 3 + ["CH"] * 2 + ["LU", "MA", "TN", "DZ", "SN", "CI", "CA", "ES", "PT", "IT"]

PHONE_FORMS = ["national", "intl", "e164", "intl00", "trunk0", "ext", "dotted", "dashed", "paren_area", "slash", "compact_nat"]


def phone_forms_for(cc):
    f = ["national", "intl", "e164", "intl00", "compact_nat"]
    if cc in ("DE", "AT", "CH", "GB", "NL", "FR", "BE", "IE"):
        f.append("trunk0")
    if cc in ("DE", "AT", "US", "CA", "GB", "FR", "CH"):
        f.append("ext")
    if cc in ("FR", "BE", "US", "CA", "MA", "DZ", "CH", "LU"):
        f.append("dotted")
    if cc in ("US", "CA", "NL", "JP", "SE", "DE", "AT", "BR"):
        f.append("dashed")
    if cc in ("US", "CA", "DE", "AU", "BR", "NL", "MX"):
        f.append("paren_area")
    if cc in ("DE", "AT"):
        f.append("slash")
    return f


def _grp(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def phone(cc=None, form=None, lang="en"):
    if cc is None:
        cc = R.choice({"en": PHONE_COUNTRIES_EN, "de": PHONE_COUNTRIES_DE, "fr": PHONE_COUNTRIES_FR}[lang])
    code, trunk, plans = PH[cc]
    plan = R.choice(plans)
    prefixes, rest_len, rgroups = plan[:3]
    pre = R.choice(prefixes)
    rest = str(R.randint(2, 9)) + rs(D, rest_len - 1)
    if len(plan) == 4:  # groups apply to the whole national number
        parts = _grp(pre + rest, rgroups)
        pre, rg = parts[0], parts[1:]
        rest = "".join(rg)
    else:
        rg = _grp(rest, rgroups)
    allowed = phone_forms_for(cc)
    form = form if form in allowed else R.choice(allowed)
    nanp = cc in ("US", "CA")
    tr = "" if nanp else (trunk + " " if trunk == "06" else trunk)
    if form == "national":
        if nanp:
            s = f"({pre}) {rg[0]}-{rg[1]}" if R.random() < 0.5 else f"{pre} {rg[0]} {rg[1]}"
        else:
            s = tr + pre + " " + " ".join(rg)
    elif form == "compact_nat":
        s = (tr if not nanp else "") + pre + rest
    elif form == "intl":
        s = f"+{code} " + pre + " " + " ".join(rg)
    elif form == "e164":
        s = f"+{code}{pre}{rest}"
    elif form == "intl00":
        s = f"00{code} " + pre + " " + " ".join(rg)
    elif form == "trunk0":
        s = f"+{code} ({trunk}){pre} " + " ".join(rg)
    elif form == "dotted":
        if nanp:
            s = f"{pre}.{rg[0]}.{rg[1]}"
        elif cc in ("FR", "MA", "DZ"):
            s = tr + pre + "." + ".".join(_grp(rest, [2, 2, 2, 2]))
        else:
            s = tr + pre + "." + ".".join(rg)
    elif form == "dashed":
        if nanp:
            s = f"{pre}-{rg[0]}-{rg[1]}"
        elif cc == "JP":
            s = f"0{pre}-{rg[0]}-{rg[1]}"
        elif cc == "BR":
            s = f"({pre}) {rg[0]}-{rg[1]}"
        else:
            s = tr + pre + "-" + rest
    elif form == "paren_area":
        if nanp:
            s = f"({pre}) {rg[0]}-{rg[1]}"
        else:
            s = f"({tr}{pre}) " + " ".join(rg)
    elif form == "slash":
        s = f"{tr}{pre}/{rest}" if R.random() < 0.5 else f"{tr}{pre} / {' '.join(rg)}"
    elif form == "ext":
        base = tr + pre + " " + " ".join(rg) if not nanp else f"({pre}) {rg[0]}-{rg[1]}"
        e = rs(D, R.choice([2, 3]))
        if cc in ("DE", "AT"):
            s = R.choice([f"{tr}{pre} {rest[:-2]}-{rest[-2:]}", f"{base}-{e}"])
        elif cc in ("FR", "CH"):
            s = base + R.choice([f" poste {e}", f" (poste {e})"])
        else:
            s = base + R.choice([f" ext. {e}", f" x{e}", f" ext {e}"])
    else:
        raise ValueError(form)
    return P(s, "PHONE", f"{cc}/{form}")


# ---------------------------------------------------------------- e-mail
LOCALS = ["amara.okafor", "j.kowalczyk", "lena.vogt", "t.nguyen", "s.haddad", "m.ferreira", "ines.benali", "k.yamamoto",
          "pablo.iglesias", "oksana.melnyk", "h.oyelaran", "anneke.devries", "r.castellanos", "sabine_krause",
          "y.benyoussef", "mehmet.aydin", "chloe.marchand", "dmitri.sokolov", "priya.raman", "lucia.moretti",
          "ole.halvorsen", "e.papadakis", "zsofia.nagy", "thibault.rousseau", "ngozi.eze", "wei.zhang", "fatou.diop",
          "jan.novak", "matteo.ricci", "aisling.byrne", "karin.lindqvist", "tomasz.wisniewski", "marie-claire.dubois",
          "jurgen.hoffmann", "anouk.peeters", "rafael.souza", "leila.farahani", "giorgos.k", "noor.alsayed",
          "einkauf", "buchhaltung", "contact", "service.client", "ops-alerts", "billing+eu", "returns", "kundenservice",
          "compta.fournisseurs", "sav", "webmaster", "no-reply", "bestellung", "facturation", "support-team", "hello"]
DOMAINS = ["gmail.com", "web.de", "gmx.de", "gmx.at", "bluewin.ch", "orange.fr", "free.fr", "laposte.net", "outlook.com",
           "yahoo.co.uk", "hotmail.fr", "t-online.de", "posteo.de", "proton.me", "icloud.com", "skynet.be", "telenet.be",
           "sfr.fr", "wanadoo.fr", "mail.ch", "kabelmail.de", "btinternet.com", "eircom.net",
           "alpenkraft-outdoor.de", "maison-lumen.fr", "nordlicht-moebel.de", "atelier-sauvage.fr", "brewhaus-supply.co.uk",
           "velo-garage.ch", "kaffeekontor.at", "petitspois-kids.be", "teeblatt.shop", "oakandiron.com", "lunaire.store",
           "mail.studio-fenix.eu", "logistik.fahrradwerk.de", "shop.cremerie-duval.fr"]
IDN_MAILS = ["jürgen.weiß@müller-druck.de", "zoë@café-lumière.fr", "françois@crêperie-bretonne.fr", "sören@bücherstube.at",
             "anaïs.leroy@orange.fr", "göktürk@posteo.de"]


def email_addr():
    loc = R.choice(LOCALS)
    if R.random() < 0.12:
        loc += "+" + R.choice(["shop", "orders", "newsletter", "amzn", "ebay", "2025"])
    if R.random() < 0.1:
        loc += str(R.randint(1, 99))
    dom = R.choice(DOMAINS)
    a = f"{loc}@{dom}"
    if R.random() < 0.06:
        a = a.upper() if R.random() < 0.3 else a[0].upper() + a[1:]
    return a


def email(form=None):
    form = form or R.choice(["plain"] * 6 + ["angle", "mailto", "html_escaped", "idn", "quoted_name", "md_link"])
    if form == "idn":
        return P(R.choice(IDN_MAILS), "EMAIL", "idn")
    a = email_addr()
    if form == "plain":
        return P(a, "EMAIL", "plain" if "+" not in a else "plus_tag")
    if form == "angle":
        return T("<") + P(a, "EMAIL", "angle") + T(">")
    if form == "quoted_name":
        nm = R.choice(["Kundenservice", "Service Client", "Billing", "Einkauf GmbH", "Support", "Compta"])
        return T(f'"{nm}" <') + P(a, "EMAIL", "quoted_name") + T(">")
    if form == "mailto":
        return T('<a href="mailto:') + P(a, "EMAIL", "mailto") + T('">') + P(a, "EMAIL", "mailto") + T("</a>")
    if form == "html_escaped":
        return T("&lt;") + P(a, "EMAIL", "html_escaped") + T("&gt;")
    if form == "md_link":
        return T("[") + P(a, "EMAIL", "md_link") + T("](mailto:") + P(a, "EMAIL", "md_link") + T(")")
    raise ValueError(form)


# ---------------------------------------------------------------- IP
def _pub4():
    while True:
        a = R.choice([5, 23, 31, 37, 45, 46, 51, 62, 77, 78, 80, 81, 82, 85, 87, 88, 91, 93, 94, 95, 109, 141, 145, 151,
                      176, 178, 185, 193, 195, 212, 213, 217])
        return [a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)]


def _priv4():
    return R.choice([[10, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)],
                     [192, 168, R.randint(0, 255), R.randint(1, 254)],
                     [172, R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)]])


def _v6full():
    return ":".join("%x" % R.randint(0, 0xffff) for _ in range(8)) if R.random() < 0.5 else \
        "2001:0db8:" + ":".join("%04x" % R.randint(0, 0xffff) for _ in range(6))


def _v6comp():
    pre = R.choice(["2a01:4f8", "2a02:810d", "2001:67c", "2a00:1450", "2606:4700", "2003:e4", "2a01:cb00", "fe80:"])
    tail = ":".join("%x" % R.randint(1, 0xffff) for _ in range(R.randint(1, 3)))
    if pre.endswith(":"):
        return pre + ":" + tail
    mid = ":".join("%x" % R.randint(0, 0xffff) for _ in range(R.randint(0, 2)))
    return pre + (":" + mid if mid else "") + "::" + tail


IP_FORMS = ["v4_public", "v4_private", "v4_port", "v4_bracket", "v4_paren", "v4_userat", "v4_cidr", "v4_xff",
            "defang_last", "defang_all", "defang_paren", "defang_dot_word", "defang_brace", "hxxp",
            "v6_full", "v6_compressed", "v6_bracket_port", "v6_mapped"]


def ip(form=None):
    form = form or R.choice(IP_FORMS)
    q = _pub4()
    s4 = ".".join(map(str, q))
    if form == "v4_public":
        return P(s4, "IP_ADDRESS", form)
    if form == "v4_private":
        return P(".".join(map(str, _priv4())), "IP_ADDRESS", form)
    if form == "v4_port":
        return P(s4, "IP_ADDRESS", form) + T(":" + str(R.choice([22, 80, 443, 3306, 5432, 8080, 8443, 6379, 25, 587])))
    if form == "v4_bracket":
        return T("[") + P(s4, "IP_ADDRESS", form) + T("]")
    if form == "v4_paren":
        return T("(") + P(s4, "IP_ADDRESS", form) + T(")")
    if form == "v4_userat":
        return T(R.choice(["root", "deploy", "ubuntu", "admin", "shopadm", "git"]) + "@") + P(s4, "IP_ADDRESS", form)
    if form == "v4_cidr":
        return P(s4[:s4.rfind(".")] + ".0", "IP_ADDRESS", form) + T("/" + str(R.choice([24, 16, 28, 32])))
    if form == "v4_xff":
        return P(s4, "IP_ADDRESS", form) + T(", ") + P(".".join(map(str, _priv4())), "IP_ADDRESS", form)
    if form == "defang_last":
        return P(".".join(map(str, q[:3])) + "[.]" + str(q[3]), "IP_ADDRESS", form)
    if form == "defang_all":
        return P("[.]".join(map(str, q)), "IP_ADDRESS", form)
    if form == "defang_paren":
        return P("(.)".join(map(str, q)), "IP_ADDRESS", form)
    if form == "defang_dot_word":
        return P(R.choice(["[dot]", "[.]", " [dot] "]).join(map(str, q)) if False else "[dot]".join(map(str, q)), "IP_ADDRESS", form)
    if form == "defang_brace":
        return P("{.}".join(map(str, q)) if R.random() < 0.5 else ".".join(map(str, q[:2])) + "[.]" + ".".join(map(str, q[2:])), "IP_ADDRESS", form)
    if form == "hxxp":
        sch = R.choice(["hxxp://", "hxxps://", "hXXp://", "hxxps[:]//"])
        host = R.choice([s4, ".".join(map(str, q[:3])) + "[.]" + str(q[3])])
        return T(sch) + P(host, "IP_ADDRESS", form) + T(R.choice(["/wp-login.php", "/gate.php", ":8080/payload.bin", "/admin/", "/x.sh"]))
    if form == "v6_full":
        return P(_v6full(), "IP_ADDRESS", form)
    if form == "v6_compressed":
        return P(_v6comp(), "IP_ADDRESS", form)
    if form == "v6_bracket_port":
        return T("[") + P(_v6comp(), "IP_ADDRESS", form) + T("]:" + str(R.choice([443, 8443, 22, 80])))
    if form == "v6_mapped":
        return P("::ffff:" + s4, "IP_ADDRESS", form)
    if form == "v6_loopback_ctx":
        return P(R.choice(["::1", "127.0.0.1"]), "IP_ADDRESS", form)
    raise ValueError(form)


# ---------------------------------------------------------------- order numbers
AMZ_PRE = ["028", "111", "112", "113", "114", "171", "202", "203", "204", "205", "249", "302", "303", "304", "305", "306",
           "402", "403", "404", "405", "406", "407", "408", "701", "702"]


def _nonluhn(n):
    return luhn_break(str(R.randint(1, 9)) + rs(D, n - 1))


ORDER_SCHEMES = ["amazon_3_7_7", "amazon_digital", "ebay_2_5_5", "ebay_legacy", "etsy", "zalando", "otto", "bol_numeric",
                 "bol_alnum", "cdiscount", "kaufland", "aliexpress", "manomano", "magento_default", "magento_store_prefix",
                 "magento_custom", "shopify_default", "shopify_prefix", "shopify_suffix", "shopify_order_id",
                 "woocommerce_default", "woocommerce_sequential", "shopware_default", "shopware_prefix",
                 "prestashop_reference", "prestashop_id", "letter_prefixed", "year_prefixed", "po_number", "context_generic",
                 "jtl", "oxid", "gambio"]


def order_value(scheme):
    if scheme == "amazon_3_7_7":
        return f"{R.choice(AMZ_PRE)}-{rs(D, 7)}-{rs(D, 7)}"
    if scheme == "amazon_digital":
        return f"D{R.choice(['01', '02', '03'])}-{rs(D, 7)}-{rs(D, 7)}"
    if scheme == "ebay_2_5_5":
        return f"{R.randint(1, 27):02d}-{rs(D, 5)}-{rs(D, 5)}"
    if scheme == "ebay_legacy":
        return _nonluhn(12)
    if scheme == "etsy":
        return str(R.randint(1, 3)) + rs(D, 9)
    if scheme == "zalando":
        return luhn_break("10" + rs(D, 12))
    if scheme == "otto":
        return str(R.randint(1, 9)) + rs(D, R.choice([7, 8, 9]))
    if scheme == "bol_numeric":
        return "1" + rs(D, 9)
    if scheme == "bol_alnum":
        return "A" + rs(UP + D, 9)
    if scheme == "cdiscount":
        return f"{R.randint(22, 26)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(0, 23):02d}{R.randint(0, 59):02d}" + rs(UP + D, 4)
    if scheme == "kaufland":
        return rs(UP, 1) + rs(D, 1) + rs(UP + D, 5)
    if scheme == "aliexpress":
        return luhn_break("8" + rs(D, 15))
    if scheme == "manomano":
        return "M" + rs(D, 11)
    if scheme == "magento_default":
        return "0000" + rs(D, 5)
    if scheme == "magento_store_prefix":
        return str(R.randint(1, 5)) + "0000" + rs(D, 4)
    if scheme == "magento_custom":
        return R.choice(["DE", "AT", "CH", "FR", "B2B", "WEB", "MGT", "EU"]) + R.choice(["-", "", "_"]) + "0" + rs(D, R.choice([6, 7]))
    if scheme == "shopify_default":
        return "#" + str(R.randint(1001, 48999))
    if scheme == "shopify_prefix":
        return "#" + R.choice(["EU", "FR-", "DE", "LUN", "OAK-", "BH", "KK", "SHOP", "WS-"]) + str(R.randint(1001, 29999))
    if scheme == "shopify_suffix":
        return "#" + str(R.randint(1001, 29999)) + R.choice(["-DE", "-FR", "-CH", "B", "-WS", "-EU", "-R1"])
    if scheme == "shopify_order_id":
        return luhn_break(R.choice(["5", "6"]) + rs(D, 12))
    if scheme == "woocommerce_default":
        return "#" + str(R.randint(120, 98000))
    if scheme == "woocommerce_sequential":
        return R.choice(["#", ""]) + R.choice(["WC-", "WC", "SO-", "ORD", "N-", "BE-WC-"]) + R.choice(["", "2025-", "26"]) + rs(D, 5)
    if scheme == "shopware_default":
        return str(R.randint(10000, 99999))
    if scheme == "shopware_prefix":
        return R.choice(["SW", "SW-", "ORD"]) + str(R.randint(10000, 99999))
    if scheme == "prestashop_reference":
        return rs(UP, 9)
    if scheme == "prestashop_id":
        return str(R.randint(100, 99999))
    if scheme == "letter_prefixed":
        return R.choice(["ORD-", "BST-", "CMD-", "CO-", "AU-", "A", "B-", "WEB-", "BE", "SO", "CDE-", "VK-"]) + rs(D, R.choice([5, 6, 7, 8]))
    if scheme == "year_prefixed":
        y = R.choice(["2024", "2025", "2026", "25", "26"])
        return y + R.choice(["-", "/", "", "-"]) + rs(D, R.choice([4, 5, 6]))
    if scheme == "po_number":
        return R.choice(["45", "47", "PO-", "PO", "BE-PO-"]) + rs(D, 8)
    if scheme == "context_generic":
        return R.choice([lambda: rs(UP, 1) + rs(D, 4) + "-" + rs(UP, 1), lambda: rs(D, 4) + "/" + rs(UP, 2),
                         lambda: rs(UP, 2) + rs(D, 3) + rs(UP, 2), lambda: rs(D, 3) + "." + rs(D, 4),
                         lambda: rs(D, 6), lambda: "K" + rs(D, 5) + "X", lambda: rs(UP + D, 8)])()
    if scheme == "jtl":
        return R.choice(["AU", "AB"]) + rs(D, 6)
    if scheme == "oxid":
        return str(R.randint(1000, 99999))
    if scheme == "gambio":
        return str(R.randint(400, 9999))
    raise ValueError(scheme)


def order(scheme=None):
    scheme = scheme or R.choice(ORDER_SCHEMES)
    v = order_value(scheme)
    if scheme == "context_generic":
        while not any(c.isdigit() for c in v):
            v = order_value(scheme)
    return P(v, "ORDER_NUMBER", scheme)


# ---------------------------------------------------------------- secrets
def b64u_json(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt():
    h = b64u_json({"alg": R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
    p = b64u_json({"sub": rs(D, 8), "iss": R.choice(["shop-api", "https://auth.lunaire.store", "checkout"]),
                   "iat": 1760000000 + R.randint(0, 9999999), "scope": R.choice(["orders:read", "admin", "refunds"])})
    return f"{h}.{p}.{rs(B64U, 43)}"


def _der_b64(n_lines, head):
    body = head + bytes(R.randint(0, 255) for _ in range(n_lines * 48))
    s = base64.b64encode(body).decode()
    return [s[i:i + 64] for i in range(0, len(s), 64)]


PEM_KINDS = {
    "pem_rsa": ("RSA PRIVATE KEY", b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00"),
    "pem_pkcs8": ("PRIVATE KEY", b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00"),
    "pem_ec": ("EC PRIVATE KEY", b"\x30\x77\x02\x01\x01\x04\x20"),
    "pem_dsa": ("DSA PRIVATE KEY", b"\x30\x82\x01\xbb\x02\x01\x00\x02\x81\x81\x00"),
    "pem_encrypted": ("ENCRYPTED PRIVATE KEY", b"\x30\x82\x05\x0c\x30\x4e\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0d"),
    "openssh": ("OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none"),
    "pgp": ("PGP PRIVATE KEY BLOCK", b"\x95\x03\xc6\x04"),
}


def pem(kind=None, nl="\n"):
    kind = kind or R.choice(list(PEM_KINDS))
    label, head = PEM_KINDS[kind]
    lines = _der_b64({"pem_ec": 2, "openssh": 5, "pem_dsa": 6}.get(kind, R.choice([6, 9, 12])), head)
    if kind == "pgp":
        body = ["", *lines, "=" + rs(B64, 4)]
    elif kind == "pem_rsa" and R.random() < 0.3:
        kind = "pem_rsa_legacy_enc"
        body = ["Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC," + rs("0123456789ABCDEF", 32), "", *lines]
    else:
        body = lines
    return kind, nl.join([f"-----BEGIN {label}-----", *body, f"-----END {label}-----"])


def _uuid():
    return f"{rs(HEX, 8)}-{rs(HEX, 4)}-4{rs(HEX, 3)}-{R.choice('89ab')}{rs(HEX, 3)}-{rs(HEX, 12)}"


# documented token formats, bodies random
SECRET_FORMATS = {
    "aws_access_key_id": lambda: R.choice(["AKIA", "ASIA"]) + rs(UP + "234567", 16),
    "github_pat": lambda: "ghp_" + rs(B62, 36),
    "github_oauth": lambda: "gho_" + rs(B62, 36),
    "github_user_to_server": lambda: "ghu_" + rs(B62, 36),
    "github_server_to_server": lambda: "ghs_" + rs(B62, 36),
    "github_refresh": lambda: "ghr_" + rs(B62, 36),
    "github_fine_grained": lambda: "github_pat_11" + rs(UP + D, 20) + "_" + rs(B62, 59),
    "gitlab_pat": lambda: "glpat-" + rs(B62 + "-_", 20),
    "gitlab_runner": lambda: "glrt-" + rs(B62 + "-_", 20),
    "gitlab_deploy": lambda: "gldt-" + rs(B62 + "-_", 20),
    "gitlab_trigger": lambda: "glptt-" + rs(HEX, 40),
    "stripe_secret_live": lambda: "sk_live_" + rs(B62, R.choice([24, 99])),
    "stripe_secret_test": lambda: "sk_test_" + rs(B62, R.choice([24, 99])),
    "stripe_restricted": lambda: "rk_live_" + rs(B62, R.choice([24, 99])),
    "stripe_webhook_secret": lambda: "whsec_" + rs(B62, 32),
    "slack_bot": lambda: f"xoxb-{rs(D, 12)}-{rs(D, 13)}-{rs(B62, 24)}",
    "slack_user": lambda: f"xoxp-{rs(D, 12)}-{rs(D, 12)}-{rs(D, 13)}-{rs(HEX, 32)}",
    "slack_app": lambda: f"xapp-1-A{rs(UP + D, 10)}-{rs(D, 13)}-{rs(HEX, 64)}",
    "slack_config": lambda: f"xoxe.xoxp-1-{rs(B62, 160)}",
    "google_api_key": lambda: "AIza" + rs(B64U, 35),
    "gcp_oauth_secret": lambda: "GOCSPX-" + rs(B64U, 28),
    "openai_project": lambda: "sk-proj-" + rs(B64U, 156),
    "openai_legacy": lambda: "sk-" + rs(B62, 20) + "T3BlbkFJ" + rs(B62, 20),
    "openai_svcacct": lambda: "sk-svcacct-" + rs(B64U, 130),
    "anthropic_api": lambda: "sk-ant-api03-" + rs(B64U, 93) + "AA",
    "anthropic_admin": lambda: "sk-ant-admin01-" + rs(B64U, 93) + "AA",
    "twilio_api_key": lambda: "SK" + rs(HEX, 32),
    "sendgrid": lambda: "SG." + rs(B64U, 22) + "." + rs(B64U, 43),
    "mailgun_private": lambda: "key-" + rs(HEX, 32),
    "mailgun_new": lambda: rs(HEX, 32) + "-" + rs(HEX, 8) + "-" + rs(HEX, 8),
    "mailchimp": lambda: rs(HEX, 32) + "-us" + str(R.randint(1, 21)),
    "shopify_access": lambda: "shpat_" + rs(HEX, 32),
    "shopify_shared_secret": lambda: "shpss_" + rs(HEX, 32),
    "shopify_custom_app": lambda: "shpca_" + rs(HEX, 32),
    "shopify_private_app": lambda: "shppa_" + rs(HEX, 32),
    "npm": lambda: "npm_" + rs(B62, 36),
    "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + rs(B64U, 150),
    "azure_ad_secret": lambda: rs(B62, 3) + "8Q~" + rs(B62 + "_~.-", 34),
    "digitalocean_pat": lambda: "dop_v1_" + rs(HEX, 64),
    "digitalocean_oauth": lambda: "doo_v1_" + rs(HEX, 64),
    "heroku_new": lambda: "HRKU-AA" + rs(B64U, 58),
    "huggingface": lambda: "hf_" + rs(string.ascii_letters, 34),
    "huggingface_org": lambda: "api_org_" + rs(string.ascii_letters, 34),
    "telegram_bot": lambda: f"{R.randint(10**8, 8 * 10**9)}:AA{rs(B64U, 33)}",
    "atlassian": lambda: "ATATT3xFfGF0" + rs(B64U, 170) + "=" + rs("0123456789ABCDEF", 8),
    "postman": lambda: f"PMAK-{rs(HEX, 24)}-{rs(HEX, 34)}",
    "doppler": lambda: R.choice(["dp.pt.", "dp.st.", "dp.sa."]) + rs(B62, 43),
    "vault_service": lambda: "hvs." + rs(B64U, 90),
    "vault_batch": lambda: "hvb." + rs(B64U, 138),
    "terraform_cloud": lambda: rs(B62, 14) + ".atlasv1." + rs(B62, 67),
    "linear": lambda: "lin_api_" + rs(B62, 40),
    "notion_legacy": lambda: "secret_" + rs(B62, 43),
    "notion_ntn": lambda: "ntn_" + rs(D, 11) + rs(B62, 35),
    "grafana_sa": lambda: "glsa_" + rs(B62, 32) + "_" + rs(HEX, 8),
    "grafana_cloud": lambda: "glc_" + rs(B64, 60) + "==",
    "databricks": lambda: "dapi" + rs(HEX, 32) + R.choice(["", "-2", "-3"]),
    "newrelic_user": lambda: "NRAK-" + rs(UP + D, 27),
    "newrelic_insert": lambda: "NRII-" + rs(B64U, 32),
    "planetscale": lambda: R.choice(["pscale_tkn_", "pscale_pw_", "pscale_oauth_"]) + rs(B64U, 43),
    "pulumi": lambda: "pul-" + rs(HEX, 40),
    "rubygems": lambda: "rubygems_" + rs(HEX, 48),
    "shippo": lambda: "shippo_live_" + rs(HEX, 40),
    "easypost": lambda: "EZAK" + rs(B62, 54),
    "age": lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58),
    "alibaba": lambda: "LTAI" + rs(B62, 20),
    "square_access": lambda: "EAAA" + rs(B64U, 60),
    "square_oauth_secret": lambda: "sq0csp-" + rs(B64U, 43),
    "brevo": lambda: f"xkeysib-{rs(HEX, 64)}-{rs(B62, 16)}",
    "contentful": lambda: "CFPAT-" + rs(B64U, 43),
    "dynatrace": lambda: f"dt0c01.{rs(UP + D, 24)}.{rs(UP + D, 64)}",
    "sentry_user": lambda: "sntryu_" + rs(HEX, 64),
    "sentry_org": lambda: "sntrys_" + b64u_json({"iat": 1761000000.1, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "lunaire"}) + "_" + rs(B64U, 43),
    "dropbox_short": lambda: "sl." + rs(B64U, 136),
    "figma": lambda: "figd_" + rs(B64U, 40),
    "flutterwave": lambda: R.choice(["FLWSECK-", "FLWSECK_TEST-"]) + rs(HEX, 32) + "-X",
    "mollie": lambda: R.choice(["live_", "test_"]) + rs(B62, 30),
    "braintree": lambda: f"access_token$production${rs(D + LO, 16)}${rs(HEX, 32)}",
    "okta": lambda: "00" + rs(B64U, 40),
    "facebook_page": lambda: "EAA" + rs(B62, R.choice([150, 190])),
    "adobe_client_secret": lambda: "p8e-" + rs(B62, 32),
    "hubspot_pat": lambda: R.choice(["pat-na1-", "pat-eu1-"]) + _uuid(),
    "dockerhub_pat": lambda: "dckr_pat_" + rs(B64U, 27),
    "flyio": lambda: "FlyV1 fm2_" + rs(B64, 180) + "==",
    "perplexity": lambda: "pplx-" + rs(B62, 48),
    "groq": lambda: "gsk_" + rs(B62, 52),
    "replicate": lambda: "r8_" + rs(B62, 37),
    "langsmith": lambda: R.choice(["lsv2_pt_", "lsv2_sk_"]) + rs(HEX, 32) + "_" + rs(HEX, 10),
    "supabase_pat": lambda: "sbp_" + rs(HEX, 40),
    "onepassword_sa": lambda: "ops_eyJ" + rs(B64U, 250),
    "clojars": lambda: "CLOJARS_" + rs(HEX, 60),
    "airtable_pat": lambda: "pat" + rs(B62, 14) + "." + rs(HEX, 64),
    "mapbox_secret": lambda: "sk.eyJ1Ijoi" + rs(B64U, 60) + "." + rs(B64U, 22),
    "typeform": lambda: "tfp_" + rs(B64U, 44) + "_" + rs(B62, 14),
    "readme": lambda: "rdme_" + rs(HEX, 70),
    "prefect": lambda: "pnu_" + rs(B62, 36),
    "scalingo": lambda: "tk-us-" + rs(B64U, 48),
    "frameio": lambda: "fio-u-" + rs(B64U, 64),
    "netlify": lambda: "nfp_" + rs(B62, 36),
    "jfrog_api": lambda: "AKCp8" + rs(B62, 68),
    "twitter_bearer": lambda: "AAAAAAAAAAAAAAAAAAAAA" + rs(B62, 30) + "%3D" + rs(B62, 50),
    "asana_pat": lambda: f"2/{rs(D, 16)}/{rs(D, 16)}:{rs(HEX, 32)}",
    "intercom": lambda: "dG9rOj" + rs(B64, 54) + "=",
    "discord_bot": lambda: base64.b64encode(str(R.randint(10**17, 10**18 * 9)).encode()).decode().rstrip("=") + "." + rs(B64U, 6) + "." + rs(B64U, 38),
    "jwt": jwt,
}
# key-named kinds (no prefix): generator + preferred key names
KEYED_SECRETS = {
    "aws_secret_key": (lambda: rs(B62 + "/+", 40), ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey"]),
    "twilio_auth_token": (lambda: rs(HEX, 32), ["TWILIO_AUTH_TOKEN", "twilio_auth_token", "authToken"]),
    "cloudflare_api_token": (lambda: rs(B64U, 40), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN", "cf_token"]),
    "cloudflare_global_key": (lambda: rs(HEX, 37), ["CLOUDFLARE_API_KEY", "CF_API_KEY", "X-Auth-Key"]),
    "algolia_admin": (lambda: rs(HEX, 32), ["ALGOLIA_ADMIN_KEY", "algolia_admin_api_key", "adminApiKey"]),
    "datadog_api": (lambda: rs(HEX, 32), ["DD_API_KEY", "DATADOG_API_KEY", "datadog_api_key"]),
    "datadog_app": (lambda: rs(HEX, 40), ["DD_APP_KEY", "DATADOG_APP_KEY"]),
    "azure_storage_key": (lambda: rb64(64), ["AZURE_STORAGE_KEY", "storageAccountKey", "AccountKeyBackup"]),
    "generic_hex": (lambda: rs(HEX, R.choice([32, 40, 48, 64])), ["api_key", "API_SECRET", "client_secret", "secret", "apiSecret", "X-Api-Key", "webhook_secret", "signing_secret", "HMAC_KEY", "app_secret", "secret_key", "cle_api", "apiSchluessel", "jeton"]),
    "generic_b64": (lambda: rb64(R.choice([30, 32, 40, 48])), ["SECRET_KEY", "encryption_key", "JWT_SECRET", "SESSION_SECRET", "master_key", "APP_KEY", "secret", "client_secret", "privateKey"]),
    "generic_b64url": (lambda: rs(B64U, R.choice([32, 43, 48, 64])), ["refresh_token", "access_token", "token", "authToken", "API_TOKEN", "bearer_token", "apiToken"]),
    "generic_b62": (lambda: rs(B62, R.choice([32, 40, 48])), ["api_key", "ACCESS_KEY", "apikey", "client_secret", "password_salt", "license_key_secret", "PARTNER_SECRET", "SHOP_API_KEY"]),
    "password": (lambda: R.choice([rs(B62, 3) + R.choice("!$%&#?*+") + rs(B62, 5) + rs(D, 2),
                                   R.choice(["Sommer", "Lavande", "Kiwi", "Gletscher", "Brume", "Falcon"]) + R.choice(["#", "!", "_", "$"]) + rs(D, 4) + rs(UP, 2),
                                   rs(B62 + "!#%&*", 14)]), ["password", "DB_PASSWORD", "PASSWORD", "passwd", "pwd", "SMTP_PASS", "Passwort", "mot_de_passe", "MYSQL_ROOT_PASSWORD", "REDIS_PASSWORD", "admin_password"]),
}


def secret(kind=None):
    kind = kind or R.choice(list(SECRET_FORMATS))
    return kind, SECRET_FORMATS[kind]()


def keyed(kind=None):
    kind = kind or R.choice(list(KEYED_SECRETS))
    g, names = KEYED_SECRETS[kind]
    return kind, R.choice(names), g()


def _host():
    return R.choice(["db.internal", "db-primary.internal", "pg-prod-eu.cluster-c7x.eu-central-1.rds.amazonaws.com", "mysql.lunaire.store",
                     "cluster0.ab1cd.mongodb.net", "redis-17412.c251.eu-central-1-1.ec2.cloud.redislabs.com", "localhost",
                     "rabbit.shop.local", "smtp.mailgun.org", "ftp.nordlicht-moebel.de", "db-replica-2"])


def pw():
    return KEYED_SECRETS["password"][0]()


def conn_string(kind=None):
    """returns segments; only the password (or key) is the SECRET span"""
    kind = kind or R.choice(["postgres", "mysql", "mongodb", "redis", "amqp", "smtp", "ftp", "jdbc", "ado", "azure_storage",
                             "azure_sas", "sqlalchemy", "https_basic"])
    p = pw()
    user = R.choice(["shop", "app_rw", "admin", "magento", "woo_user", "svc_orders", "readonly", "sw6"])
    if kind == "postgres":
        return T(f"{R.choice(['postgres', 'postgresql'])}://{user}:") + P(p, "SECRET", "conn_url") + T(f"@{_host()}:5432/{R.choice(['orders', 'shop', 'prod'])}")
    if kind == "mysql":
        return T(f"mysql://{user}:") + P(p, "SECRET", "conn_url") + T(f"@{_host()}:3306/{R.choice(['magento2', 'shopware', 'presta'])}")
    if kind == "mongodb":
        return T(f"mongodb+srv://{user}:") + P(p, "SECRET", "conn_url") + T(f"@{_host()}/?retryWrites=true&w=majority")
    if kind == "redis":
        return T("redis://:" if R.random() < 0.5 else f"rediss://default:") + P(p, "SECRET", "conn_url") + T(f"@{_host()}:6379/0")
    if kind == "amqp":
        return T(f"amqp://{user}:") + P(p, "SECRET", "conn_url") + T(f"@{_host()}:5672/%2F")
    if kind == "smtp":
        return T("smtp://postmaster:") + P(p, "SECRET", "url_password") + T("@smtp.mailgun.org:587")
    if kind == "ftp":
        return T(f"ftp://{user}:") + P(p, "SECRET", "url_password") + T(f"@{_host()}/export/")
    if kind == "https_basic":
        return T(f"https://{user}:") + P(p, "SECRET", "url_password") + T("@repo.magento.com/")
    if kind == "sqlalchemy":
        return T(f"postgresql+psycopg2://{user}:") + P(p, "SECRET", "conn_url") + T(f"@{_host()}/analytics")
    if kind == "jdbc":
        return T(f"jdbc:mysql://{_host()}:3306/erp?user={user}&password=") + P(p, "SECRET", "jdbc") + T("&useSSL=true")
    if kind == "ado":
        return T(f"Server=tcp:{R.choice(['sql-shop-we.database.windows.net', 'ERP01'])},1433;Database=Orders;User ID={user};Password=") + P(p, "SECRET", "ado_conn") + T(";Encrypt=True;")
    if kind == "azure_storage":
        acct = R.choice(["lunairemedia", "nordlichtexports", "shopassetsweu"])
        return T(f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey=") + P(rb64(64), "SECRET", "azure_storage_conn") + T(";EndpointSuffix=core.windows.net")
    if kind == "azure_sas":
        acct = R.choice(["lunairemedia", "nordlichtexports"])
        return T(f"https://{acct}.blob.core.windows.net/invoices/2025-11.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-31T23:59:59Z&spr=https&sig=") + P(rs(B64U.replace("-", "").replace("_", ""), 43) + "%3D", "SECRET", "azure_sas")
    raise ValueError(kind)


def webhook(kind=None):
    kind = kind or R.choice(["slack", "slack_workflow", "discord", "teams", "power_automate", "google_chat", "zapier", "make", "mattermost"])
    if kind == "slack":
        u = f"https://hooks.slack.com/services/T{rs(UP + D, 8)}/B{rs(UP + D, R.choice([8, 10]))}/{rs(B62, 24)}"
    elif kind == "slack_workflow":
        u = f"https://hooks.slack.com/triggers/T{rs(UP + D, 8)}/{rs(D, 13)}/{rs(HEX, 32)}"
    elif kind == "discord":
        u = f"https://{R.choice(['discord.com', 'discordapp.com', 'ptb.discord.com'])}/api/webhooks/{rs(D, 19)}/{rs(B64U, 68)}"
    elif kind == "teams":
        u = (f"https://{R.choice(['lunaire', 'nordlicht', 'contoso'])}.webhook.office.com/webhookb2/{_uuid()}@{_uuid()}"
             f"/IncomingWebhook/{rs(HEX, 32)}/{_uuid()}/V2{rs(B64U, 40)}")
    elif kind == "power_automate":
        u = (f"https://prod-{R.randint(10, 99)}.westeurope.logic.azure.com:443/workflows/{rs(HEX, 32)}/triggers/manual/paths/invoke"
             f"?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={rs(B64U, 43)}")
    elif kind == "google_chat":
        u = f"https://chat.googleapis.com/v1/spaces/AAAA{rs(B64U, 7)}/messages?key=AIzaSy{rs(B64U, 33)}&token={rs(B64U, 43)}%3D"
    elif kind == "zapier":
        u = f"https://hooks.zapier.com/hooks/catch/{rs(D, 8)}/{rs(LO + D, 7)}/"
    elif kind == "make":
        u = f"https://hook.{R.choice(['eu1', 'eu2', 'us1'])}.make.com/{rs(LO + D, 32)}"
    elif kind == "mattermost":
        u = f"https://chat.{R.choice(['lunaire.store', 'fahrradwerk.de'])}/hooks/{rs(LO + D, 26)}"
    return P(u, "SECRET", "webhook_" + kind)


def auth_header(kind=None):
    kind = kind or R.choice(["bearer_jwt", "bearer_opaque", "basic", "ssws", "token"])
    if kind == "bearer_jwt":
        return T("Authorization: Bearer ") + P(jwt(), "SECRET", "auth_bearer_jwt")
    if kind == "bearer_opaque":
        return T(R.choice(["Authorization: Bearer ", "authorization: bearer ", "Authorization:Bearer "])) + P(rs(B64U, R.choice([32, 40, 64])), "SECRET", "auth_bearer_opaque")
    if kind == "basic":
        u = R.choice(["api", "shop-sync", "ck_export", "erp"])
        cred = base64.b64encode(f"{u}:{pw()}".encode()).decode()
        return T("Authorization: Basic ") + P(cred, "SECRET", "auth_basic")
    if kind == "ssws":
        return T("Authorization: SSWS ") + P("00" + rs(B64U, 40), "SECRET", "okta")
    if kind == "token":
        return T("Authorization: token ") + P("ghp_" + rs(B62, 36), "SECRET", "github_pat")
    raise ValueError(kind)


# ---------------------------------------------------------------- hard negatives
def _ean13():
    while True:
        body = R.choice(["400", "401", "402", "404", "405", "426", "300", "340", "376", "380", "540", "590", "800", "841", "871", "760", "900"]) + rs(D, 9)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        e = body + str((10 - s % 10) % 10)
        if not luhn_ok(e):
            return e


def _siret():
    while True:
        s = luhn_complete(R.choice("478") + rs(D, 7))
        if s:
            siren = s
            break
    nic = luhn_complete_siret(siren)
    return siren, nic


def luhn_complete_siret(siren):
    for _ in range(200):
        cand = siren + rs(D, 4)
        full = luhn_complete(cand)
        if full:
            return full
    return siren + "00010"


def _luhn_run(v):
    import re
    return any(12 <= len(x) <= 19 and luhn_ok(x) for x in re.findall(r"\d+", v))


def neg(kind, lang="en"):
    for _ in range(50):
        segs = _neg(kind, lang)
        if kind in ("IMEI", "SIRET", "CARD_LUHN") or not _luhn_run(segs[0][0]):
            return segs
    raise RuntimeError(kind)


def _neg(kind, lang="en"):
    k = kind
    if k == "SKU":
        v = R.choice([lambda: rs(UP, 3) + "-" + rs(D, 4) + "-" + R.choice(["BLK", "WHT", "S", "M", "XL", "38", "42"]),
                      lambda: "ART-" + rs(D, 6), lambda: rs(UP, 2) + rs(D, 5), lambda: "SKU " + rs(D, 7) if False else rs(D, 3) + "." + rs(D, 3) + "." + rs(D, 2),
                      lambda: rs(UP, 1) + rs(D, 2) + "-" + rs(UP + D, 4)])()
    elif k == "EAN":
        v = _ean13()
    elif k == "MODEL":
        v = R.choice(["WH-1000XM5", "SM-S921B", "KD-55X85L", "EQ6 TE657", "MX Master 3S", "TS-1550", "iPhone 15 Pro", "RX-V685",
                      "QE55Q80C", "HW-Q990D", "GA-B650M", "ZD 7750", "DCD796N", "GSB 18V-55", "TE-CD 18/40", "A2337", "ESP32-S3",
                      "PX-7 Pro", "CR2032", "HD 660S2", "Vivobook S14 S5406", "F2410M", "XR-18", "BTH-240"])
    elif k == "TICKET":
        v = R.choice([lambda: f"#{R.randint(10000, 999999)}", lambda: f"INC{rs(D, 7)}", lambda: f"OPS-{R.randint(100, 9999)}",
                      lambda: f"CS-{rs(D, 6)}", lambda: f"Case {rs(D, 8)}", lambda: f"SR-{rs(D, 5)}", lambda: f"[Ticket#{rs(D, 10)}]",
                      lambda: f"ZD-{rs(D, 6)}", lambda: f"JIRA SHOP-{R.randint(10, 4999)}"])()
    elif k == "CUSTOMER_NUMBER":
        v = R.choice([lambda: rs(D, 4) + " " + rs(D, 4), lambda: "K-" + rs(D, 6), lambda: "KD" + rs(D, 7), lambda: "C" + rs(D, 8),
                      lambda: "0" + rs(D, 3) + " " + rs(D, 6), lambda: rs(D, 3) + " " + rs(D, 3) + " " + rs(D, 3)])()
    elif k == "INVOICE":
        v = R.choice([lambda: f"RE-{R.choice(['2025', '2026'])}-{rs(D, 5)}", lambda: f"INV-{rs(D, 6)}", lambda: f"F{R.choice(['2025', '2026'])}-{rs(D, 4)}",
                      lambda: f"FA{rs(D, 8)}", lambda: f"GS-{rs(D, 5)}", lambda: f"AV-{rs(D, 5)}", lambda: f"R{rs(D, 7)}"])()
    elif k == "PRICE":
        a = R.randint(3, 2400)
        c = R.randint(0, 99)
        v = {"en": R.choice([f"€{a}.{c:02d}", f"£{a}.{c:02d}", f"{a}.{c:02d} EUR", f"${a:,}.{c:02d}"]),
             "de": R.choice([f"{a:,}".replace(",", ".") + f",{c:02d} €", f"EUR {a},{c:02d}", f"{a},{c:02d} EUR", f"CHF {a}.{c:02d}"]),
             "fr": R.choice([f"{a},{c:02d} €", f"{a} € {c:02d}", f"{a},{c:02d} EUR", f"{a} {c:02d} €".replace(' ', ',', 1) if False else f"{a},{c:02d}\u00a0€"])}[lang]
    elif k == "DATE":
        d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026])
        v = {"en": R.choice([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}"]),
             "de": R.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"]),
             "fr": R.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {['janv.', 'févr.', 'mars', 'avril', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'][m - 1]} {y}"])}[lang]
    elif k == "TIME":
        h, mi = R.randint(0, 23), R.randint(0, 59)
        v = {"en": R.choice([f"{h:02d}:{mi:02d}", f"{h % 12 or 12}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{h:02d}:{mi:02d}:{R.randint(0, 59):02d} UTC"]),
             "de": R.choice([f"{h:02d}:{mi:02d} Uhr", f"{h}.{mi:02d} Uhr"]),
             "fr": R.choice([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}", f"{h} h {mi:02d}"])}[lang]
    elif k == "POSTCODE":
        v = R.choice({"en": ["SW1A 2AA", "M4 1HN", "EH1 3EG", "D02 X285", "10001", "94103", "BT1 5GS", "1012 AB"],
                      "de": ["10115", "80331", "D-50667", "A-1070", "8004", "CH-3011", "20457", "01067", "1010"],
                      "fr": ["75011", "F-69002", "13001", "1000", "1204", "L-1724", "33000", "31000", "4000"]}[lang])
    elif k == "VERSION":
        v = R.choice([f"v{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 30)}", f"{R.randint(2, 6)}.{R.randint(0, 9)}.{R.randint(0, 9)}-p{R.randint(1, 5)}",
                      f"{R.randint(100, 131)}.0.{R.randint(1000, 6999)}.{R.randint(10, 250)}", f"10.0.{R.randint(17000, 26100)}.{R.randint(100, 5000)}",
                      f"2.4.{R.randint(3, 8)}-p{R.randint(1, 9)}", f"6.{R.randint(4, 7)}.{R.randint(0, 9)}.{R.randint(0, 9)}", f"iOS 18.{R.randint(0, 6)}.{R.randint(0, 3)}"])
    elif k == "BUILD_ID":
        v = R.choice([lambda: f"build {R.randint(2025, 2026)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}.{R.randint(1, 9)}", lambda: f"#{R.randint(1000, 9999)}",
                      lambda: f"run {rs(D, 10)}", lambda: f"pipeline {rs(D, 7)}", lambda: f"b{rs(D, 5)}"])()
    elif k == "HASH":
        v = R.choice([rs(HEX, 40), rs(HEX, 7), rs(HEX, 64), rs(HEX, 32), "sha256:" + rs(HEX, 64)])
    elif k == "UUID":
        v = _uuid()
    elif k == "PUBLISHABLE_KEY":
        v = R.choice(["pk_live_" + rs(B62, 24), "pk_test_" + rs(B62, 24), "pk.eyJ1Ijoi" + rs(B64U, 50) + "." + rs(B64U, 22),
                      "pk_" + rs(HEX, 32) if False else "pk_live_" + rs(B62, 99)])
    elif k == "PLACEHOLDER":
        v = R.choice(["your_api_key", "<YOUR_SECRET_KEY>", "sk_live_" + "x" * 24, "ghp_" + "X" * 36, "AKIAIOSFODNN7EXAMPLE",
                      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "[REDACTED]", "********", "••••••••", "${STRIPE_SECRET_KEY}",
                      "{{ vault_db_password }}", "%env(APP_SECRET)%", "process.env.SHOPIFY_TOKEN", "REPLACE_ME", "sk-...",
                      "<Ihr-API-Schlüssel>", "votre_cle_secrete", "dein_token_hier", "xoxb-your-token", "0000000000000000000000000000000000000000",
                      "changeme-in-prod", "<password>", "YOUR_WEBHOOK_URL", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "<mot-de-passe>",
                      "glpat-xxxxxxxxxxxxxxxxxxxx", "npm_" + "0" * 36, "SG.xxxxx.yyyyy", "$DB_PASSWORD", "os.environ['API_KEY']"])
    elif k == "TRACKING":
        v = R.choice([lambda: "00340" + rs(D, 15), lambda: "JJD" + luhn_break(rs(D, 15)), lambda: "1Z" + rs(UP + D, 6) + rs(D, 10),
                      lambda: R.choice(["6A", "8R", "5R", "6C"]) + rs(D, 11), lambda: R.choice(["LA", "RR", "CB", "LX", "RB"]) + rs(D, 9) + R.choice(["FR", "DE", "NL", "CH", "GB"]),
                      lambda: luhn_break(rs(D, 14)), lambda: "3S" + rs(UP, 4) + rs(D, 9), lambda: "H" + rs(D, 19)[:19],
                      lambda: luhn_break("9400" + rs(D, 18)[:15])])()
    elif k == "RMA":
        v = R.choice([lambda: f"RMA-{rs(D, 6)}", lambda: f"RET{rs(D, 6)}", lambda: f"R-{R.choice(['2025', '2026'])}-{rs(D, 4)}", lambda: f"RMA{rs(D, 5)}"])()
    elif k == "VAT_ID":
        v = R.choice([lambda: "DE" + rs(D, 9), lambda: "FR" + rs(D, 2) + rs(D, 9), lambda: "ATU" + rs(D, 8), lambda: "BE0" + rs(D, 9),
                      lambda: "CHE-" + rs(D, 3) + "." + rs(D, 3) + "." + rs(D, 3) + " MWST", lambda: "NL" + rs(D, 9) + "B01", lambda: "GB" + rs(D, 9)])()
    elif k == "SIRET":
        siren, siret = _siret()
        v = R.choice([siret, siret[:3] + " " + siret[3:6] + " " + siret[6:9] + " " + siret[9:], siren[:3] + " " + siren[3:6] + " " + siren[6:]])
    elif k == "BIC":
        v = R.choice(["COBADEFFXXX", "DEUTDEFF", "BNPAFRPP", "SOGEFRPP", "INGDDEFFXXX", "GENODEF1S04", "RZOOAT2L", "UBSWCHZH80A",
                      "BBRUBEBB", "ABNANL2A", "AGRIFRPP882", "CCBPFRPPPAR", "BCEELULL", "NWBKGB2L", "PSSTFRPPSCE", "GIBAATWWXXX"])
    elif k == "BANK_CODE":
        v = R.choice([lambda: rs(D, 3) + " " + rs(D, 3) + " " + rs(D, 2), lambda: f"{rs(D, 2)}-{rs(D, 2)}-{rs(D, 2)}", lambda: rs(D, 5), lambda: rs(D, 8)])()
    elif k == "TAX_NUMBER":
        v = R.choice([lambda: f"{rs(D, 2)}/{rs(D, 3)}/{rs(D, 5)}", lambda: f"{rs(D, 3)}/{rs(D, 4)}/{rs(D, 4)}", lambda: rs(D, 2) + " " + rs(D, 3) + " " + rs(D, 3) + " " + rs(D, 3),
                      lambda: f"{R.randint(1, 2)} {rs(D, 2)} {rs(D, 2)} {rs(D, 2)} {rs(D, 3)} {rs(D, 3)}"])()
    elif k == "QUANTITY":
        v = R.choice([f"{R.randint(2, 500)} Stück", f"{R.randint(2, 500)} pcs", f"{R.randint(2, 80)} x", f"{R.randint(2, 200)} unités", f"{R.randint(2, 999)}"])
    elif k == "OTP":
        v = rs(D, 6)
    elif k == "PORT":
        v = str(R.choice([22, 443, 3306, 5432, 6379, 8080, 9200, 27017, 11211, 2525]))
    elif k == "DOTTED_NUMBER":
        v = R.choice([f"1.3.6.1.4.1.{R.randint(1000, 60000)}.{R.randint(1, 9)}", f"{R.randint(256, 999)}.{R.randint(1, 255)}.{R.randint(1, 255)}.{R.randint(1, 255)}",
                      f"{R.randint(1, 12)}.{R.randint(1, 9)}.{R.randint(1, 9)}.{R.randint(1, 9)}.{R.randint(1, 9)}", f"§ {R.randint(1, 20)}.{R.randint(1, 9)}.{R.randint(1, 9)}",
                      f"8471.{R.randint(10, 80)}.{R.randint(0, 99):02d}", f"{R.randint(1, 9)}.{R.randint(1, 9)}.{R.randint(1, 9)}"])
    elif k == "ACCOUNT_ID":
        v = R.choice([lambda: "AC" + rs(HEX, 32), lambda: "acct_1" + rs(B62, 15), lambda: "org-" + rs(B62, 24), lambda: "A" + rs(UP + D, 13),
                      lambda: "arn:aws:iam::" + luhn_break(rs(D, 12)) + ":role/shop-deploy"])()
    elif k == "PAYMENT_REF":
        v = R.choice([lambda: "pi_3" + rs(B62, 23), lambda: "ch_3" + rs(B62, 23), lambda: "cus_" + rs(B62, 14), lambda: "re_3" + rs(B62, 23),
                      lambda: "PAYID-" + rs(UP + D, 24), lambda: "tr_" + rs(B62, 10), lambda: "txn_" + rs(B62, 24), lambda: "in_1" + rs(B62, 23)])()
    elif k == "ITEM_NUMBER":
        v = luhn_break(R.choice(["1", "2", "3"]) + rs(D, 11))
    elif k == "ASIN":
        v = "B0" + rs(UP + D, 8)
    elif k == "IMEI":
        v = luhn_complete("35" + rs(D, 12))
        if R.random() < 0.4:
            v = f"{v[:2]} {v[2:8]} {v[8:14]} {v[14]}"
    elif k == "ISBN":
        v = R.choice(["978-3-16-148410-0", "978-2-07-036822-8", "978-0-14-103614-4", "978-3-442-27234-5", "979-10-90636-07-1"])
    elif k == "SERIAL":
        v = R.choice([lambda: "SN " + rs(UP + D, 12), lambda: "S/N " + rs(D, 4) + "-" + rs(D, 4) + "-" + rs(D, 4), lambda: rs(UP, 2) + rs(D, 10)])()
    elif k == "HRB":
        v = R.choice([f"HRB {R.randint(1000, 250000)}", f"RCS Lyon B {rs(D, 3)} {rs(D, 3)} {rs(D, 3)}", f"FN {R.randint(10000, 599999)}{R.choice('abdfhimpstvxy')}", f"CHE-{rs(D, 3)}.{rs(D, 3)}.{rs(D, 3)}"])
    elif k == "CARD_LUHN":
        return neg_card_luhn()
    elif k == "IBAN_CHECKSUM":
        return neg_iban_checksum()
    elif k == "CREDITOR_ID":
        return neg_creditor_id()
    elif k == "CARD_MASKED":
        v = R.choice([f"**** **** **** {rs(D, 4)}", f"XXXX-XXXX-XXXX-{rs(D, 4)}", f"{R.choice(['4', '5'])}{rs(D, 5)}******{rs(D, 4)}", f"•••• {rs(D, 4)}"])
    elif k == "IBAN_MASKED":
        v = R.choice([f"DE** **** **** **** **{rs(D, 2)} {rs(D, 2)}", f"FR76 **** **** **** **** ***{rs(D, 1)} {rs(D, 3)}", f"…{rs(D, 4)}"])
    else:
        raise ValueError(kind)
    return N(v, k)


NEG_KINDS = ["SKU", "EAN", "MODEL", "TICKET", "CUSTOMER_NUMBER", "INVOICE", "PRICE", "DATE", "TIME", "POSTCODE", "VERSION",
             "BUILD_ID", "HASH", "UUID", "PUBLISHABLE_KEY", "PLACEHOLDER", "TRACKING", "RMA", "VAT_ID", "SIRET", "BIC",
             "BANK_CODE", "TAX_NUMBER", "QUANTITY", "OTP", "PORT", "DOTTED_NUMBER", "ACCOUNT_ID", "PAYMENT_REF", "ITEM_NUMBER",
             "ASIN", "IMEI", "ISBN", "SERIAL", "HRB", "CARD_LUHN", "IBAN_CHECKSUM", "CREDITOR_ID", "CARD_MASKED", "IBAN_MASKED"]
