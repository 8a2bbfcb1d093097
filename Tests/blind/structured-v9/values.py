"""Value generators for structured-v9 (cards, IBANs, phones, e-mails, IPs, order ids).
Every table here was typed by hand. Only the Python standard library is used."""
import string

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
HEX = "0123456789abcdef"
B62 = DIG + UP + LO


def rs(R, alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c


def only_digits(s):
    return "".join(c for c in s if c.isdigit())


def luhn_risky(s):
    d = only_digits(s)
    return 12 <= len(d) <= 19 and luhn_ok(d)


# ---------------------------------------------------------------- cards
ISSUERS = {
    "visa": (["4"], [13, 16, 19]),
    "mastercard": (["51", "52", "53", "54", "55"], [16]),
    "mastercard_2series": (["2221", "2300", "2459", "2612", "2720", "2480"], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "644", "645", "649", "65"], [16, 19]),
    "jcb": (["3528", "3530", "3566", "3589"], [16, 19]),
    "diners": (["300", "301", "305", "36", "38"], [14, 16]),
    "maestro": (["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"], [12, 13, 15, 16, 18, 19]),
    "unionpay": (["62", "6212", "6288"], [16, 17, 18, 19]),
    "mir": (["2200", "2201", "2202", "2204"], [16]),
    "rupay": (["6521", "6522", "508", "8172"], [16]),
    "dankort": (["5019"], [16]),
    "bancontact": (["6703"], [17, 19]),
    "troy": (["9792"], [16]),
    "uatp": (["1"], [15]),
    "elo": (["401178", "438935", "504175", "506699", "636368"], [16]),
    "hipercard": (["606282"], [16]),
    "verve": (["506099", "650002"], [16, 19]),
}


def card_digits(R, issuer):
    pre, lens = ISSUERS[issuer]
    p = R.choice(pre)
    n = R.choice(lens)
    body = p + rs(R, DIG, n - len(p) - 1)
    return luhn_complete(body)


def card_groups(d):
    n = len(d)
    if n == 15:
        g = [4, 6, 5]
    elif n == 14:
        g = [4, 6, 4]
    elif n == 12:
        g = [4, 4, 4]
    elif n == 13:
        g = [4, 4, 5]
    elif n == 16:
        g = [4, 4, 4, 4]
    elif n == 17:
        g = [4, 4, 4, 5]
    elif n == 18:
        g = [4, 4, 4, 6]
    else:
        g = [4, 4, 4, 4, 3]
    out, i = [], 0
    for k in g:
        out.append(d[i:i + k])
        i += k
    return out


CARD_SEPS = {
    "plain": "", "space": " ", "dspace": "  ", "tab": "\t", "nul": "\x00", "dot": ".", "dash": "-",
    "slash": "/", "underscore": "_", "nbsp": "\u00a0", "nnbsp": "\u202f", "thinsp": "\u2009",
    "zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "wj": "\u2060", "bom": "\ufeff",
    "newline": "\n", "crlf": "\r\n", "space_dash": " - ", "colon": ":", "pipe": " | ", "figsp": "\u2007",
}
CARD_FORMS_SAFE = ["plain", "space", "dspace", "dot", "dash", "slash", "underscore", "nbsp", "nnbsp", "thinsp",
                   "zwsp", "zwnj", "zwj", "wj", "bom", "space_dash", "figsp", "colon",
                   "everydigit_space", "group_alt", "mixed_safe"]
CARD_FORMS_PROSE = CARD_FORMS_SAFE + ["tab", "nul", "newline", "crlf", "space_newline", "everydigit_zwsp",
                                      "everydigit_dot", "pipe", "linebreak_mid"]


def card_render(R, d, form):
    if form in CARD_SEPS:
        return CARD_SEPS[form].join(card_groups(d))
    if form == "everydigit_space":
        return " ".join(d)
    if form == "everydigit_zwsp":
        return "\u200b".join(d)
    if form == "everydigit_dot":
        return ".".join(d)
    if form == "space_newline":
        return " \n".join(card_groups(d))
    if form == "linebreak_mid":
        g = card_groups(d)
        k = R.randrange(1, len(g))
        return " ".join(g[:k]) + R.choice(["\n", " \n", "\r\n", "\n   "]) + " ".join(g[k:])
    if form == "group_alt":
        n = len(d)
        opts = {16: [[6, 10], [4, 6, 6], [8, 8], [2, 2, 4, 4, 4]], 15: [[5, 5, 5], [3, 4, 4, 4]],
                19: [[6, 13], [4, 5, 5, 5]], 13: [[3, 5, 5]], 14: [[2, 4, 4, 4]], 12: [[6, 6]],
                17: [[5, 6, 6]], 18: [[6, 6, 6]]}
        g = R.choice(opts[n])
        out, i = [], 0
        for k in g:
            out.append(d[i:i + k])
            i += k
        return R.choice([" ", "-"]).join(out)
    if form == "mixed_safe":
        g = card_groups(d)
        seps = [" ", "-", ".", "\u00a0", "\u200b", "  "]
        s = g[0]
        for x in g[1:]:
            s += R.choice(seps) + x
        return s
    raise ValueError(form)


def card_spoken(R, d, lang):
    """voice transcript: digit groups with commas / pauses."""
    g = card_groups(d)
    sep = R.choice([", ", " ... ", " - ", ", äh, " if lang == "de" else ", euh, " if lang == "fr" else ", uh, "])
    return sep.join(g)


# ---------------------------------------------------------------- IBAN
# country: BBAN pattern list of (count, cls) where cls in n/a/c
IBAN_REG = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "AZ": "4a20c", "BA": "3n3n8n2n",
    "BE": "3n7n2n", "BG": "4a4n2n8c", "BH": "4a14c", "BI": "5n5n11n2n", "BR": "8n5n10n1a1c",
    "BY": "4c4n16c", "CH": "5n12c", "CR": "1n3n14n", "CY": "3n5n16c", "CZ": "4n6n10n", "DE": "8n10n",
    "DJ": "5n5n11n2n", "DK": "4n9n1n", "DO": "4c20n", "EE": "2n14n", "EG": "4n4n17n", "ES": "4n4n1n1n10n",
    "FI": "3n11n", "FK": "2a12n", "FO": "4n9n1n", "FR": "5n5n11c2n", "GB": "4a6n8n", "GE": "2a16n",
    "GI": "4a15c", "GL": "4n9n1n", "GR": "3n4n16c", "GT": "4c20c", "HN": "4a20n", "HR": "7n10n",
    "HU": "3n4n1n15n1n", "IE": "4a6n8n", "IL": "3n3n13n", "IQ": "4a3n12n", "IS": "4n2n6n10n",
    "IT": "1a5n5n12c", "JO": "4a4n18c", "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c", "LC": "4a24c",
    "LI": "5n12c", "LT": "5n11n", "LU": "3n13c", "LV": "4a13c", "LY": "3n3n15n", "MC": "5n5n11c2n",
    "MD": "2c18c", "ME": "3n13n2n", "MK": "3n10c2n", "MN": "4n12n", "MR": "5n5n11n2n", "MT": "4a5n18c",
    "MU": "4a2n2n12n3n3a", "NI": "4a20n", "NL": "4a10n", "NO": "4n6n1n", "OM": "3n16c", "PK": "4a16c",
    "PL": "8n16n", "PS": "4a21c", "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c", "RS": "3n13n2n",
    "RU": "9n5n15c", "SA": "2n18c", "SC": "4a2n2n16n3a", "SD": "2n12n", "SE": "3n16n1n", "SI": "5n8n2n",
    "SK": "4n6n10n", "SM": "1a5n5n12c", "SO": "4n3n12n", "ST": "8n11n2n", "SV": "4a20n", "TL": "3n14n2n",
    "TN": "2n3n13n2n", "TR": "5n1n16c", "UA": "6n19c", "VA": "3n15n", "VG": "4a16n", "XK": "4n10n2n",
    "YE": "4a4n18c",
}
BANK_A = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "SRLG", "MONZ"], "IE": ["AIBK", "BOFI", "IPBS"],
          "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB", "SNSB", "ASNB", "BUNQ"],
          "RO": ["BTRL", "RNCB", "BRDE", "INGB"], "BG": ["BNBG", "UNCR", "STSA"], "LV": ["HABA", "UNLA", "PARX"],
          "MT": ["MALT", "VALL", "APSB"], "GI": ["NWBK", "GIBR"], "PK": ["SCBL", "MEZN", "HABB"],
          "QA": ["QNBA", "DOHB"], "JO": ["CBJO", "ARAB"], "KW": ["CBKU", "NBOK"], "BH": ["NBOB", "BBKU"],
          "AZ": ["NABZ", "IBAZ"], "MU": ["BOMM", "MCBL"], "SC": ["SSCB", "BAHL"], "PS": ["PALS", "ARAB"],
          "IQ": ["NBIQ", "RAFB"], "VG": ["VPVG"], "HN": ["CABF", "BAHN"], "SV": ["CENR", "BAGR"],
          "NI": ["BAPR", "BANC"], "LC": ["HEMM"], "YE": ["CBYE", "YKBA"], "FK": ["SC"], "GE": ["NB", "TB", "BG"]}


def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _parse(pat):
    out, num = [], ""
    for ch in pat:
        if ch.isdigit():
            num += ch
        else:
            out.append((int(num), ch))
            num = ""
    return out


def _m9710(numstr):
    return "%02d" % (98 - (int(numstr) * 100) % 97)


def _it_cin(s):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def _fr_key(bank, guichet, compte):
    conv = {}
    for i, c in enumerate("ABCDEFGHI"):
        conv[c] = str(i + 1)
    for i, c in enumerate("JKLMNOPQR"):
        conv[c] = str(i + 1)
    for i, c in enumerate("STUVWXYZ"):
        conv[c] = str(i + 2)
    c2 = "".join(conv.get(c, c) for c in compte)
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(c2)) % 97))


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return str({11: 0, 10: 1}.get(v, v))


def _w_mod10(digits, weights):
    return str((10 - sum(int(a) * b for a, b in zip(digits, weights)) % 10) % 10)


def _mod11_10(digits):
    p = 10
    for ch in digits:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    return str((11 - p) % 10)


def _cz_ok(digits, weights):
    return sum(int(a) * b for a, b in zip(digits, weights)) % 11 == 0


NATIONAL_CHECKED = ["BE", "FR", "MC", "IT", "SM", "ES", "NO", "PT", "NL", "FI", "PL", "SI", "ME", "RS", "MK",
                    "BA", "HR", "HU", "CZ", "SK", "TL", "ST"]


def _bban(R, cc):
    parts = []
    for n, cls in _parse(IBAN_REG[cc]):
        if cls == "n":
            parts.append(rs(R, DIG, n))
        elif cls == "a":
            if cc in BANK_A and len(parts) == 0 and len(R.choice(BANK_A[cc])) == n:
                parts.append(R.choice([b for b in BANK_A[cc] if len(b) == n]))
            else:
                parts.append(rs(R, UP, n))
        else:
            parts.append("".join(R.choice(DIG) if R.random() < 0.8 else R.choice(UP) for _ in range(n)))
    return parts


def iban_make(R, cc):
    """returns compact IBAN; national check digits computed for NATIONAL_CHECKED countries."""
    while True:
        p = _bban(R, cc)
        if cc == "BE":
            ten = p[0] + p[1]
            c = int(ten) % 97
            p[2] = "%02d" % (c if c else 97)
        elif cc in ("FR", "MC"):
            p[2] = rs(R, DIG, 11)
            p[3] = _fr_key(p[0], p[1], p[2])
        elif cc in ("IT", "SM"):
            p[3] = rs(R, DIG, 12)
            p[0] = _it_cin(p[1] + p[2] + p[3])
        elif cc == "ES":
            p[2] = _es_dc("00" + p[0] + p[1])
            p[3] = _es_dc(p[4])
        elif cc == "NO":
            ten = p[0] + p[1]
            w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            r = sum(int(a) * b for a, b in zip(ten, w)) % 11
            k = 0 if r == 0 else 11 - r
            if k == 10:
                continue
            p[2] = str(k)
        elif cc == "PT":
            p[3] = _m9710(p[0] + p[1] + p[2])
        elif cc == "NL":
            w = list(range(10, 0, -1))
            if sum(int(a) * b for a, b in zip(p[1], w)) % 11 != 0:
                continue
        elif cc == "FI":
            p[1] = luhn_complete((p[0] + p[1])[:13])[3:]
        elif cc == "PL":
            p[0] = p[0][:7] + _w_mod10(p[0][:7], [3, 9, 7, 1, 3, 9, 7])
        elif cc in ("SI", "ME", "RS", "BA", "TL", "ST"):
            p[-1] = _m9710("".join(p[:-1]))
        elif cc == "MK":
            p[1] = rs(R, DIG, 10)
            p[2] = _m9710(p[0] + p[1])
        elif cc == "HR":
            p[0] = p[0][:6] + _mod11_10(p[0][:6])
            p[1] = p[1][:9] + _mod11_10(p[1][:9])
        elif cc == "HU":
            w = [9, 7, 3, 1] * 5
            p[2] = _w_mod10(p[0] + p[1], w)
            p[4] = _w_mod10(p[3], w)
        elif cc in ("CZ", "SK"):
            if not _cz_ok(p[1], [10, 5, 8, 4, 2, 1]) or not _cz_ok(p[2], [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]):
                continue
        bban = "".join(p)
        return cc + _iban_check(cc, bban) + bban


IBAN_FORMS = ["compact", "grouped", "lower", "lower_grouped", "ccspace", "dspace", "dashed", "nbsp",
              "irregular", "mixedcase", "grouped_trailing", "dotted"]
IBAN_FORMS_PROSE = IBAN_FORMS + ["linebreak", "linebreak_cc", "tabbed"]


def iban_render(R, ib, form):
    g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    if form == "compact":
        return ib
    if form == "grouped":
        return " ".join(g)
    if form == "grouped_trailing":
        return " ".join(g)
    if form == "lower":
        return ib.lower()
    if form == "lower_grouped":
        return " ".join(g).lower()
    if form == "ccspace":
        return ib[:2] + " " + ib[2:]
    if form == "dspace":
        return "  ".join(g)
    if form == "dashed":
        return "-".join(g)
    if form == "nbsp":
        return "\u00a0".join(g)
    if form == "dotted":
        return ".".join(g)
    if form == "tabbed":
        return "\t".join(g)
    if form == "irregular":
        s, i = [], 0
        while i < len(ib):
            k = R.choice([2, 3, 4, 5, 6])
            s.append(ib[i:i + k])
            i += k
        return " ".join(s)
    if form == "mixedcase":
        return "".join(c.lower() if R.random() < 0.5 else c for c in " ".join(g))
    if form == "linebreak":
        k = R.randrange(2, len(g))
        return " ".join(g[:k]) + R.choice(["\n", "\r\n", " \n"]) + " ".join(g[k:])
    if form == "linebreak_cc":
        return ib[:4] + "\n" + " ".join(g[1:])
    raise ValueError(form)


# ---------------------------------------------------------------- phones
# cc, trunk, [(prefix, sublen, kind)]
PHONE_PLAN = {
    "DE": ("49", "0", [("151", 8, "m"), ("157", 8, "m"), ("160", 7, "m"), ("162", 7, "m"), ("170", 7, "m"),
                       ("172", 7, "m"), ("176", 8, "m"), ("178", 8, "m"), ("30", 8, "l"), ("40", 8, "l"),
                       ("89", 8, "l"), ("69", 8, "l"), ("221", 7, "l"), ("711", 7, "l"), ("351", 7, "l"),
                       ("6221", 6, "l"), ("511", 7, "l")]),
    "AT": ("43", "0", [("664", 7, "m"), ("650", 7, "m"), ("676", 7, "m"), ("699", 8, "m"), ("1", 7, "l"),
                       ("316", 6, "l"), ("512", 6, "l"), ("662", 6, "l")]),
    "CH": ("41", "0", [("79", 7, "m"), ("78", 7, "m"), ("76", 7, "m"), ("44", 7, "l"), ("31", 7, "l"),
                       ("61", 7, "l"), ("22", 7, "l"), ("21", 7, "l")]),
    "FR": ("33", "0", [("6", 8, "m"), ("7", 8, "m"), ("1", 8, "l"), ("2", 8, "l"), ("3", 8, "l"), ("4", 8, "l"),
                       ("5", 8, "l"), ("9", 8, "l")]),
    "BE": ("32", "0", [("470", 6, "m"), ("472", 6, "m"), ("475", 6, "m"), ("486", 6, "m"), ("496", 6, "m"),
                       ("2", 7, "l"), ("3", 7, "l"), ("4", 7, "l"), ("9", 7, "l")]),
    "LU": ("352", "", [("621", 6, "m"), ("661", 6, "m"), ("691", 6, "m"), ("", 6, "l")]),
    "NL": ("31", "0", [("6", 8, "m"), ("20", 7, "l"), ("10", 7, "l"), ("30", 7, "l"), ("70", 7, "l")]),
    "GB": ("44", "0", [("7700", 6, "m"), ("7412", 6, "m"), ("7911", 6, "m"), ("7983", 6, "m"), ("20", 8, "l"),
                       ("161", 7, "l"), ("121", 7, "l"), ("131", 7, "l")]),
    "IE": ("353", "0", [("83", 7, "m"), ("85", 7, "m"), ("86", 7, "m"), ("87", 7, "m"), ("1", 7, "l"),
                        ("21", 7, "l")]),
    "US": ("1", "1", [("212", 7, "l"), ("415", 7, "l"), ("312", 7, "l"), ("617", 7, "l"), ("206", 7, "l"),
                      ("305", 7, "l"), ("512", 7, "l"), ("303", 7, "l")]),
    "CA": ("1", "1", [("416", 7, "l"), ("514", 7, "l"), ("604", 7, "l"), ("613", 7, "l")]),
    "IT": ("39", "", [("320", 7, "m"), ("333", 7, "m"), ("347", 7, "m"), ("388", 7, "m"), ("06", 8, "l"),
                      ("02", 8, "l"), ("055", 7, "l")]),
    "ES": ("34", "", [("612", 6, "m"), ("655", 6, "m"), ("699", 6, "m"), ("722", 6, "m"), ("91", 7, "l"),
                      ("93", 7, "l"), ("954", 6, "l")]),
    "PL": ("48", "", [("501", 6, "m"), ("512", 6, "m"), ("601", 6, "m"), ("694", 6, "m"), ("788", 6, "m"),
                      ("22", 7, "l"), ("12", 7, "l")]),
    "PT": ("351", "", [("912", 6, "m"), ("926", 6, "m"), ("936", 6, "m"), ("963", 6, "m"), ("21", 7, "l"),
                       ("22", 7, "l")]),
    "DK": ("45", "", [("20", 6, "m"), ("31", 6, "m"), ("42", 6, "m"), ("33", 6, "l"), ("86", 6, "l")]),
    "SE": ("46", "0", [("70", 7, "m"), ("72", 7, "m"), ("73", 7, "m"), ("8", 7, "l"), ("31", 7, "l")]),
    "CZ": ("420", "", [("602", 6, "m"), ("731", 6, "m"), ("777", 6, "m"), ("2", 8, "l")]),
}
PHONE_COUNTRY_W = {"en": ["GB", "GB", "US", "IE", "CA", "NL", "DK", "SE", "DE", "FR", "ES", "PT", "IT", "PL", "CZ"],
                   "de": ["DE", "DE", "DE", "AT", "AT", "CH", "CH", "NL", "PL", "CZ", "DK", "LU", "IT", "GB"],
                   "fr": ["FR", "FR", "FR", "BE", "BE", "CH", "LU", "LU", "ES", "PT", "IT", "DE", "CA"]}


def _grp(s, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def phone_parts(R, cc_code):
    cc, trunk, plan = PHONE_PLAN[cc_code]
    pre, n, kind = R.choice(plan)
    sub = R.choice("23456789") + rs(R, DIG, n - 1)
    return cc, trunk, pre, sub


PHONE_FORMS = ["intl", "e164", "intl00", "national", "national_compact", "intl_dash", "dotted", "intl_paren0",
               "paren_area", "slash", "paren_cc", "ext"]


def phone_render(R, cc_code, form, lang="en"):
    cc, trunk, pre, sub = phone_parts(R, cc_code)
    if cc_code in ("US", "CA"):
        a, b, c = pre, sub[:3], sub[3:]
        m = {"intl": "+1 %s %s %s" % (a, b, c), "e164": "+1%s%s%s" % (a, b, c), "intl00": "001 %s %s %s" % (a, b, c),
             "national": "(%s) %s-%s" % (a, b, c), "national_compact": "%s%s%s" % (a, b, c),
             "intl_dash": "+1-%s-%s-%s" % (a, b, c), "dotted": "%s.%s.%s" % (a, b, c),
             "intl_paren0": "+1 (%s) %s-%s" % (a, b, c), "paren_area": "(%s) %s-%s" % (a, b, c),
             "slash": "%s/%s-%s" % (a, b, c), "paren_cc": "(+1) %s-%s-%s" % (a, b, c),
             "ext": "%s-%s-%s ext. %s" % (a, b, c, rs(R, DIG, R.choice([2, 3, 4])))}
        return m[form]
    if cc_code == "FR" or (cc_code in ("BE", "LU") and len(sub) == 6 and R.random() < 0.5):
        natdigits = pre + sub
        pairs = _grp(natdigits[1:], [2, 2, 2, 2]) if cc_code == "FR" else _grp(sub, [2, 2, 2])
    subg = " ".join(_grp(sub, [3, 2, 2, 2] if len(sub) in (7, 9) else [2, 2, 2, 2] if len(sub) == 8 and cc_code in ("FR", "DK", "CZ") else [4, 4] if len(sub) == 8 else [3, 3] if len(sub) == 6 else [4, 4, 4]))
    if cc_code == "FR":
        subg = " ".join(_grp(sub, [2, 2, 2, 2]))
    tp = trunk + pre
    E = "+" + cc
    ext_word = {"DE": "-", "AT": "-", "CH": " Durchwahl ", "FR": " poste ", "BE": " poste ", "LU": " poste ",
                "NL": " toestel ", "IT": " int. ", "PL": " wew. ", "ES": " ext. ", "PT": " ext. ", "DK": " lokal ",
                "SE": " ankn. ", "CZ": " linka ", "GB": " ext. ", "IE": " ext. "}[cc_code]
    if form == "intl":
        return "%s %s %s" % (E, pre, subg) if pre else "%s %s" % (E, subg)
    if form == "e164":
        return E + pre + sub
    if form == "intl00":
        return "00%s %s %s" % (cc, pre, subg) if pre else "00%s %s" % (cc, subg)
    if form == "national":
        if cc_code == "FR":
            return "0%s %s" % (pre, subg)
        return "%s %s" % (tp, subg) if tp else subg
    if form == "national_compact":
        return tp + sub
    if form == "intl_dash":
        return "%s-%s-%s" % (E, pre, subg.replace(" ", "-")) if pre else "%s-%s" % (E, subg.replace(" ", "-"))
    if form == "dotted":
        if cc_code == "FR":
            return "0" + pre + "." + ".".join(_grp(sub, [2, 2, 2, 2]))
        return "%s.%s" % (tp, subg.replace(" ", ".")) if tp else subg.replace(" ", ".")
    if form == "intl_paren0":
        if trunk == "0":
            return "%s (0)%s %s" % (E, pre, subg)
        return "%s (%s) %s" % (E, pre, subg) if pre else "%s %s" % (E, subg)
    if form == "paren_area":
        return "(%s) %s" % (tp, subg) if tp else "(%s) %s" % (E, subg)
    if form == "slash":
        return "%s/%s" % (tp, subg) if tp else "%s/%s" % (E, subg)
    if form == "paren_cc":
        return "(%s) %s %s" % (E, pre, subg) if pre else "(%s) %s" % (E, subg)
    if form == "ext":
        base = "%s %s %s" % (E, pre, subg) if pre else "%s %s" % (E, subg)
        return base + ext_word + rs(R, DIG, R.choice([2, 3]))
    raise ValueError(form)


def phone_spoken(R, cc_code, lang):
    cc, trunk, pre, sub = phone_parts(R, cc_code)
    plus = {"en": "plus", "de": "plus", "fr": "plus"}[lang]
    sep = R.choice([", ", " ... ", " - "])
    groups = _grp(sub, [3, 2, 2, 2]) if len(sub) % 2 else _grp(sub, [2, 2, 2, 2])
    if R.random() < 0.5:
        return plus + " " + cc + sep + (pre + sep if pre else "") + sep.join(groups)
    return (trunk + pre) + sep + sep.join(groups) if (trunk + pre) else sep.join(groups)


# ---------------------------------------------------------------- e-mail
FIRST = ["anna", "lukas", "marie", "jonas", "sophie", "paul", "lea", "felix", "emma", "noah", "camille", "louis",
         "chloe", "hugo", "manon", "theo", "ines", "jules", "olivia", "jack", "amelia", "harry", "isla", "oscar",
         "freya", "liam", "aoife", "cian", "niamh", "sean", "greta", "matthias", "henrike", "bastien", "solene",
         "yannick", "margaux", "wiebke", "torsten", "ruth", "eamon", "priya", "ravi", "mehmet", "zeynep", "piotr",
         "agnieszka", "joao", "beatriz", "lars", "ingrid", "tomas", "katerina", "giulia", "marco"]
LAST = ["becker", "schulte", "hoffmann", "wagner", "krause", "lehmann", "dubois", "lefebvre", "moreau", "girard",
        "fontaine", "rousseau", "murphy", "kelly", "walsh", "thompson", "harris", "clarke", "evans", "jansen",
        "de-vries", "peeters", "maes", "kowalski", "nowak", "silva", "rossi", "ferrari", "lindqvist", "novak",
        "oconnor", "brennan", "vogt", "brandt", "kessler", "marchand", "perrin", "barbier", "okafor", "yilmaz"]
FREEMAIL = ["gmail.com", "web.de", "gmx.de", "gmx.at", "gmx.ch", "t-online.de", "outlook.com", "hotmail.fr",
            "orange.fr", "free.fr", "laposte.net", "sfr.fr", "yahoo.co.uk", "icloud.com", "proton.me", "bluewin.ch",
            "posteo.de", "mailbox.org", "skynet.be", "telenet.be", "live.nl", "ziggo.nl", "eircom.net", "aon.at",
            "wp.pl", "seznam.cz", "sapo.pt", "yahoo.es", "libero.it"]
SHOPDOM = ["kaffeerösterei-hansen.de", "velo-atelier.ch", "la-maison-du-the.fr", "nordlicht-moebel.de",
           "bergsport-huber.at", "kidsandco.co.uk", "epicerie-fine-lyon.fr", "lampenwelt24.de", "fahrradkiste.de",
           "bijoux-celeste.fr", "greenleaf-supply.ie", "papeterie-moulin.be", "zooparadies.at", "tuinhuis-shop.nl",
           "outdoorgear.co.uk", "savon-provence.fr", "holzspielzeug-manufaktur.de", "teeladen-ostfriesland.de",
           "brickhouse-games.com", "mode-atelier.lu", "kuechenprofi.ch", "sportnahrung-direkt.de",
           "cavedevins.fr", "printshop-express.eu", "gartenland.shop", "petitsprix.fr", "mybikeparts.io"]
ROLE = ["support", "service", "kundenservice", "bestellung", "info", "commandes", "sav", "contact", "orders",
        "hello", "retouren", "retours", "buchhaltung", "compta", "billing", "noreply", "versand", "logistique",
        "shop", "team", "kontakt"]
WORKDOM = ["mail.muenchen-logistik.de", "eu.fulfilment-partner.com", "stud.uni-heidelberg.de", "etu.univ-lyon2.fr",
           "tcd.ie", "ed.ac.uk", "kpmg-example.ch", "zentrale.hansa-versand.de", "ops.parcelhub.eu",
           "agence-digitale.paris", "it.stadtwerke-bonn.de", "cs.kuleuven.be", "post.lu", "rechnung.lexware-partner.de"]
ASCII_SHOPDOM = [d for d in SHOPDOM if all(ord(c) < 128 for c in d)]


def email_make(R, kind):
    f, l = R.choice(FIRST), R.choice(LAST)
    if kind == "personal":
        local = R.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, R.randint(1, 99)),
                          "%s.%s%d" % (f, l[0], R.randint(70, 99)), "%s-%s" % (f, l), "%s%d" % (l, R.randint(1, 999))])
        return local + "@" + R.choice(FREEMAIL)
    if kind == "role":
        return R.choice(ROLE) + "@" + R.choice(ASCII_SHOPDOM)
    if kind == "idn":
        return R.choice(ROLE) + "@" + R.choice([d for d in SHOPDOM if d not in ASCII_SHOPDOM])
    if kind == "plus_tag":
        return "%s.%s+%s@%s" % (f, l, R.choice(["shop", "amazon", "newsletter", "bestellung", "promo2026"]),
                                R.choice(FREEMAIL))
    if kind == "work":
        return "%s.%s@%s" % (f, l, R.choice(WORKDOM))
    if kind == "marketplace_relay":
        return R.choice([rs(R, LO + DIG, 16) + "@marketplace.amazon.de", rs(R, LO + DIG, 14) + "@marketplace.amazon.fr",
                         rs(R, LO + DIG, 16) + "@marketplace.amazon.co.uk", "%s.%s@members.ebay.de" % (f, rs(R, DIG, 4)),
                         "customer-%s@partner.zalando.net" % rs(R, DIG, 8)])
    raise ValueError(kind)


EMAIL_KINDS = ["personal", "personal", "personal", "role", "role", "work", "plus_tag", "idn", "marketplace_relay"]


# ---------------------------------------------------------------- IP
def ipv4(R, kind="pub"):
    if kind == "priv":
        return R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                         "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
                         "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
                         "100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254))])
    a = R.choice([5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 87, 88, 89, 91, 93, 94, 95, 109, 141, 145,
                  146, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 3, 13, 18, 34, 52, 104, 142, 162, 203])
    return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6(R, kind="comp"):
    h = lambda: "%x" % R.randint(0, 0xffff)
    if kind == "comp":
        pre = R.choice(["2a02:810d", "2001:db8", "2a01:4f8", "2003:e8", "2a00:1450", "2600:1f18", "2a03:2880",
                        "2001:16b8", "2a0a:a540", "2c0f:fb50"])
        return pre + ":" + ":".join(h() for _ in range(R.randint(1, 2))) + "::" + ":".join(h() for _ in range(R.randint(1, 3)))
    if kind == "full":
        return ":".join("%04x" % R.randint(0, 0xffff) for _ in range(8))
    if kind == "mapped":
        return "::ffff:" + ipv4(R)
    if kind == "linklocal":
        return "fe80::" + ":".join(h() for _ in range(4))
    if kind == "ula":
        return "fd%02x:%x:%x::%x" % (R.randint(0, 255), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
    if kind == "loop":
        return "::1"
    raise ValueError(kind)
