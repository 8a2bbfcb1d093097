"""Value generators for structured-v8. All tables typed by hand. Standard library only."""
import string

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"


def rs(rng, alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


def digits_of(t):
    return "".join(c for c in t if c.isdigit())


def luhn_risky(t):
    d = digits_of(t)
    return 12 <= len(d) <= 19 and luhn_ok(d)

# ---------------------------------------------------------------- cards
ISSUERS = {
    # name: (prefix chooser, lengths)
    "visa": (lambda r: "4" + rs(r, DIG, r.choice([0, 1, 2, 3])), [16, 16, 16, 13, 19]),
    "mastercard": (lambda r: str(r.randint(51, 55)), [16]),
    "mastercard_2series": (lambda r: str(r.randint(2221, 2720)), [16]),
    "amex": (lambda r: r.choice(["34", "37"]), [15]),
    "discover": (lambda r: r.choice(["6011", "65", str(r.randint(644, 649))]), [16, 19]),
    "jcb": (lambda r: str(r.randint(3528, 3589)), [16, 19]),
    "diners": (lambda r: r.choice(["36", "38", "30" + str(r.randint(0, 5))]), [14]),
    "maestro": (lambda r: r.choice(["5018", "5020", "5038", "6304", "6759", "6761", "6763"]), [12, 13, 15, 16, 18, 19]),
    "unionpay": (lambda r: "62" + rs(r, DIG, 2), [16, 17, 18, 19]),
    "mir": (lambda r: "220" + str(r.randint(0, 4)), [16]),
}

# separator forms: name -> gap string chooser (None = special handling)
CARD_GAPS = {
    "space": " ", "dspace": "  ", "tab": "\t", "dot": ".", "dash": "-", "space_dash": " - ",
    "slash": "/", "underscore": "_", "nbsp": "\u00a0", "nnbsp": "\u202f", "thinsp": "\u2009",
    "zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "wj": "\u2060", "bom": "\ufeff",
    "nul": "\x00", "newline": "\n", "crlf": "\r\n", "space_newline": " \n",
}
CARD_FORMS = (["plain"] + list(CARD_GAPS) +
              ["everydigit_space", "everydigit_zwsp", "everydigit_dot", "linebreak_mid", "mixed",
               "group_pairs", "group_alt", "group_3s", "group_8_8", "group_6_rest", "space_zwsp_mix", "trailing_groups_dash"])
MIX_POOL = [" ", "-", ".", "\u00a0", "\t", "/", "_", "\u200b", "\n", " - ", "  ", "\u202f"]


def card_digits(rng, issuer, good=True):
    pre_fn, lens = ISSUERS[issuer]
    n = rng.choice(lens)
    pre = pre_fn(rng)
    body = pre + rs(rng, DIG, n - len(pre) - 1)
    full = luhn_complete(body)
    if good:
        return full
    last = int(full[-1])
    bad = (last + rng.randint(1, 9)) % 10
    return full[:-1] + str(bad)


def default_groups(n, issuer):
    if issuer == "amex":
        return [4, 6, 5]
    if issuer == "diners" and n == 14:
        return [4, 6, 4]
    g = []
    while n > 0:
        g.append(min(4, n))
        n -= 4
    return g


def split_groups(d, groups):
    out, i = [], 0
    for g in groups:
        out.append(d[i:i + g])
        i += g
    return out


def alt_groups(rng, n):
    opts = {12: [[4, 4, 4], [3, 3, 3, 3], [6, 6]], 13: [[4, 4, 5], [4, 3, 3, 3], [1, 4, 4, 4]],
            14: [[4, 6, 4], [2, 4, 4, 4], [7, 7]], 15: [[4, 6, 5], [5, 5, 5], [3, 4, 4, 4]],
            16: [[4, 6, 6], [5, 5, 6], [6, 4, 6], [4, 4, 8], [2, 6, 8], [4, 2, 4, 2, 4]],
            17: [[5, 4, 4, 4], [4, 4, 4, 5], [6, 11]], 18: [[6, 6, 6], [4, 4, 4, 6], [2, 4, 4, 4, 4]],
            19: [[4, 4, 4, 4, 3], [6, 13], [4, 5, 5, 5], [8, 11]]}
    return rng.choice(opts[n])


def render_card(rng, issuer, form, digits):
    n = len(digits)
    if form == "plain":
        return digits
    if form == "everydigit_space":
        return " ".join(digits)
    if form == "everydigit_zwsp":
        return "\u200b".join(digits)
    if form == "everydigit_dot":
        return ".".join(digits)
    groups = default_groups(n, issuer)
    if form == "group_pairs":
        groups = [2] * (n // 2) + ([1] if n % 2 else [])
    elif form == "group_alt":
        groups = alt_groups(rng, n)
    elif form == "group_3s":
        groups = [3] * (n // 3) + ([n % 3] if n % 3 else [])
    elif form == "group_8_8":
        groups = [8, n - 8]
    elif form == "group_6_rest":
        groups = [6, n - 6]
    parts = split_groups(digits, groups)
    k = len(parts) - 1
    if form in CARD_GAPS:
        gaps = [CARD_GAPS[form]] * k
    elif form == "linebreak_mid":
        br = rng.choice(["\n", " \n", "\r\n", "\n  ", "\n\t"])
        gaps = [" "] * k
        gaps[rng.randrange(k)] = br
    elif form == "mixed":
        while True:
            gaps = [rng.choice(MIX_POOL) for _ in range(k)]
            if len(set(gaps)) > 1:
                break
    elif form == "space_zwsp_mix":
        gaps = [rng.choice([" ", " \u200b", "\u200b "]) for _ in range(k)]
    elif form == "trailing_groups_dash":
        gaps = [" "] * k
        gaps[-1] = "-"
    else:  # group_* forms
        gaps = [rng.choice([" ", " ", "-", "."])] * k
    out = parts[0]
    for g, p in zip(gaps, parts[1:]):
        out += g + p
    return out

# ---------------------------------------------------------------- IBAN
IBAN_LAYOUT = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "AZ": "4a20c", "BA": "3n3n8n2n",
    "BE": "3n7n2n", "BG": "4a4n2n8c", "BH": "4a14c", "BR": "8n5n10n1a1c", "CH": "5n12c", "CR": "4n14n",
    "CY": "3n5n16c", "CZ": "4n6n10n", "DE": "8n10n", "DK": "4n9n1n", "DO": "4c20n", "EE": "2n2n11n1n",
    "EG": "4n4n17n", "ES": "4n4n1n1n10n", "FI": "3n11n", "FO": "4n9n1n", "FR": "5n5n11c2n", "GB": "4a6n8n",
    "GE": "2a16n", "GI": "4a15c", "GL": "4n9n1n", "GR": "3n4n16c", "GT": "4c20c", "HR": "7n10n",
    "HU": "3n4n1n15n1n", "IE": "4a6n8n", "IL": "3n3n13n", "IS": "4n2n6n10n", "IT": "1a5n5n12c",
    "JO": "4a4n18c", "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c", "LI": "5n12c", "LT": "5n11n",
    "LU": "3n13c", "LV": "4a13c", "MC": "5n5n11c2n", "MD": "2c18c", "ME": "3n13n2n", "MK": "3n10c2n",
    "MR": "5n5n11n2n", "MT": "4a5n18c", "MU": "4a2n2n12n3n3a", "NL": "4a10n", "NO": "4n6n1n",
    "PK": "4a16c", "PL": "8n16n", "PS": "4a21c", "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c",
    "RS": "3n13n2n", "SA": "2n18c", "SE": "3n16n1n", "SI": "5n8n2n", "SK": "4n6n10n", "SM": "1a5n5n12c",
    "TN": "2n3n13n2n", "TR": "5n1n16c", "UA": "6n19c", "VA": "3n15n", "VG": "4a16n", "XK": "4n10n2n",
}
BANK_CODES = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG"], "IE": ["AIBK", "BOFI", "IPBS", "ULSB"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB", "SNSB", "ASNB", "BUNQ", "RBRB"], "RO": ["BTRL", "RNCB", "BRDE", "INGB"],
    "LV": ["HABA", "UNLA", "PARX"], "BG": ["BNBG", "UNCR", "STSA"], "BH": ["NBOB", "BBKU"], "KW": ["CBKU", "NBOK"],
    "QA": ["DOHB", "QNBA"], "JO": ["CBJO", "ARAB"], "MT": ["MALT", "VALL"], "MU": ["BOMM", "MCBL"], "PK": ["SCBL", "HABB"],
    "AZ": ["NABZ", "IBAZ"], "GI": ["NWBK", "GIBR"], "PS": ["PALS"], "VG": ["VPVG"], "GE": ["NB", "TB", "BG"],
}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_bban(rng, cc):
    lay = IBAN_LAYOUT[cc]
    import re
    parts = re.findall(r"(\d+)([nac])", lay)
    out = ""
    first = True
    for n, t in parts:
        n = int(n)
        if first and t == "a" and cc in BANK_CODES and len(BANK_CODES[cc][0]) == n:
            out += rng.choice(BANK_CODES[cc])
        elif t == "n":
            out += rs(rng, DIG, n)
        elif t == "a":
            out += rs(rng, UP, n)
        else:
            # mostly digits, sometimes letters mixed in
            if rng.random() < 0.3:
                out += "".join(rng.choice(UP) if rng.random() < 0.3 else rng.choice(DIG) for _ in range(n))
            else:
                out += rs(rng, DIG, n)
        first = False
    return out


def make_iban(rng, cc):
    bban = make_bban(rng, cc)
    return cc + iban_check(cc, bban) + bban


def grp4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


IBAN_FORMS = ["compact", "grouped", "grouped", "lower", "lower_grouped", "ccspace", "dashed", "dspace",
              "linebreak", "nbsp", "irregular", "dotted_groups", "mixedcase"]


def render_iban(rng, iban, form):
    if form == "compact":
        return iban
    if form == "grouped":
        return grp4(iban)
    if form == "lower":
        return iban.lower()
    if form == "lower_grouped":
        return grp4(iban.lower())
    if form == "ccspace":
        return iban[:2] + " " + iban[2:4] + " " + grp4(iban[4:])
    if form == "dashed":
        return grp4(iban, "-")
    if form == "dspace":
        return grp4(iban, "  ")
    if form == "nbsp":
        return grp4(iban, "\u00a0")
    if form == "dotted_groups":
        return grp4(iban, ".")
    if form == "mixedcase":
        return grp4(iban[:2] + iban[2:].lower()) if rng.random() < .5 else grp4(iban[:2].lower() + iban[2:])
    if form == "linebreak":
        g = grp4(iban).split(" ")
        k = rng.randrange(1, len(g))
        return " ".join(g[:k]) + rng.choice(["\n", " \n", "\r\n"]) + " ".join(g[k:])
    if form == "irregular":
        out, i = [], 0
        while i < len(iban):
            n = rng.choice([2, 3, 4, 5, 6])
            out.append(iban[i:i + n])
            i += n
        return " ".join(out)
    raise ValueError(form)

# ---------------------------------------------------------------- phones
def _g(rng, n):
    return rs(rng, DIG, n)


def _s(rng, n):
    """subscriber number: never starts with 0 or 1"""
    return str(rng.randint(2, 9)) + rs(rng, DIG, n - 1)


def ph_de(r):
    if r.random() < .5:
        a = r.choice(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"])
        s = _g(r, r.choice([7, 8]))
        return a, [s[:3], s[3:]] if r.random() < .5 else [s]
    a = r.choice(["30", "40", "89", "221", "69", "711", "211", "351", "341", "911", "421", "511", "6221", "761", "2131", "4651", "228", "381", "531", "8821"])
    s = _s(r, 10 - len(a) - r.choice([0, 1, 2]))
    return a, [s] if r.random() < .6 else [s[:3], s[3:]]


def ph_at(r):
    if r.random() < .5:
        a = r.choice(["650", "660", "664", "676", "680", "681", "688", "699"])
        s = _s(r, 7)
        return a, [s[:3], s[3:5], s[5:]] if r.random() < .4 else [s]
    a = r.choice(["1", "316", "732", "662", "512", "463", "2742", "5572"])
    s = _s(r, 10 - len(a) - r.choice([0, 1, 2]))
    return a, [s]


def ph_ch(r):
    a = r.choice(["44", "43", "31", "61", "22", "21", "41", "71", "91", "32", "76", "77", "78", "79", "79"])
    s = _s(r, 7)
    return a, [s[:3], s[3:5], s[5:]]


def ph_fr(r):
    a = r.choice(["1", "2", "3", "4", "5", "6", "7", "9", "6", "6", "7"])
    s = _g(r, 8)
    return a, [s[0:2], s[2:4], s[4:6], s[6:8]]


def ph_be(r):
    if r.random() < .45:
        a = r.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "490", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
        s = _s(r, 6)
        return a, [s[:2], s[2:4], s[4:]]
    if r.random() < .5:
        a = r.choice(["2", "3", "4", "9"])
        s = _s(r, 7)
        return a, [s[:3], s[3:5], s[5:]]
    a = r.choice(["10", "11", "13", "14", "15", "16", "19", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "63", "64", "65", "67", "68", "69", "71", "80", "81", "82", "83", "84", "85", "86", "87", "89"])
    s = _s(r, 6)
    return a, [s[:2], s[2:4], s[4:]]


def ph_nl(r):
    if r.random() < .45:
        s = _s(r, 8)
        return "6", [s] if r.random() < .5 else [s[:2], s[2:4], s[4:6], s[6:]]
    a = r.choice(["20", "10", "70", "30", "40", "50", "43", "24", "53", "71", "13", "76", "15", "38", "58", "118", "252", "475"])
    s = _s(r, 9 - len(a))
    return a, [s] if len(s) != 7 else [s[:3], s[3:]]


def ph_lu(r):
    if r.random() < .5:
        a = r.choice(["621", "628", "661", "671", "691", "651", "661"])
        s = _s(r, 6)
        return a, [s[:3], s[3:]]
    s = _s(r, r.choice([6, 8]))
    pairs = [s[i:i + 2] for i in range(0, len(s), 2)]
    return pairs[0], pairs[1:]


def ph_gb(r):
    x = r.random()
    if x < .4:
        s = _s(r, 6)
        return "7" + r.choice(["700", "400", "500", "711", "812", "903", "956", "824", "468", "377"]), [s]
    if x < .7:
        s = _s(r, 8)
        return "20", [s[:4], s[4:]]
    a = r.choice(["161", "121", "131", "141", "113", "117", "151", "191", "1223", "1865", "1632"])
    s = _s(r, 10 - len(a))
    return a, [s[:3], s[3:]] if len(s) == 7 else [s]


def ph_ie(r):
    if r.random() < .45:
        s = _s(r, 7)
        return r.choice(["83", "85", "86", "87", "89"]), [s[:3], s[3:]]
    a = r.choice(["1", "21", "91", "61", "51", "66", "74", "404"])
    s = _s(r, 7 if len(a) < 3 else 5)
    return a, [s[:3], s[3:]]


US_AREAS = ["212", "415", "312", "617", "206", "512", "303", "202", "305", "702", "404", "646", "718", "213", "503", "612", "919", "480", "267", "802"]


def ph_us(r):
    a = r.choice(US_AREAS)
    ex = str(r.randint(2, 9)) + _g(r, 2)
    return a, [ex, _g(r, 4)]


def ph_it(r):
    if r.random() < .5:
        a = r.choice(["320", "328", "333", "338", "340", "347", "348", "349", "366", "380", "391", "327"])
        s = _s(r, 7)
        return a, [s[:3], s[3:]]
    a = r.choice(["06", "02", "081", "011", "055", "051", "041", "010", "091", "0471"])
    s = _s(r, 10 - len(a) - r.choice([0, 0, 1]))
    return a, [s[:4], s[4:]] if len(s) >= 7 else [s]


def ph_es(r):
    if r.random() < .5:
        s = _s(r, 6)
        a = r.choice(["6", "7"]) + _g(r, 2)
        return a, [s[:3], s[3:]] if r.random() < .6 else [s[:2], s[2:4], s[4:]]
    a = r.choice(["91", "93", "95", "96", "94", "98", "97", "92"]) + _g(r, 1)
    s = _s(r, 6)
    return a, [s[:3], s[3:]]


def ph_pl(r):
    if r.random() < .5:
        a = r.choice(["501", "502", "510", "512", "530", "535", "570", "601", "602", "604", "660", "665", "691", "692", "721", "781", "790", "795", "880", "885"])
        s = _s(r, 6)
        return a, [s[:3], s[3:]]
    a = r.choice(["22", "12", "61", "71", "58", "42", "32", "81", "91", "52"])
    s = _s(r, 7)
    return a, [s[:3], s[3:5], s[5:]]


PHONE_PLANS = {
    # cc: (gen, country code, trunk prefix)
    "DE": (ph_de, "49", "0"), "AT": (ph_at, "43", "0"), "CH": (ph_ch, "41", "0"), "FR": (ph_fr, "33", "0"),
    "BE": (ph_be, "32", "0"), "NL": (ph_nl, "31", "0"), "LU": (ph_lu, "352", ""), "GB": (ph_gb, "44", "0"),
    "IE": (ph_ie, "353", "0"), "US": (ph_us, "1", ""), "IT": (ph_it, "39", ""), "ES": (ph_es, "34", ""),
    "PL": (ph_pl, "48", ""),
}
PHONE_FORMS = {
    "DE": ["intl", "e164", "intl00", "intl_paren0", "national", "slash", "dashed", "paren_area", "ext", "national_compact", "intl_dash"],
    "AT": ["intl", "e164", "intl00", "intl_paren0", "national", "slash", "paren_area", "ext", "national_compact"],
    "CH": ["intl", "e164", "intl00", "intl_paren0", "national", "dotted", "ext", "national_compact"],
    "FR": ["intl", "e164", "intl00", "intl_paren0", "national", "dotted", "dashed", "ext", "national_compact"],
    "BE": ["intl", "e164", "intl00", "national", "slash", "dotted", "ext", "national_compact"],
    "NL": ["intl", "e164", "intl00", "intl_paren0", "national", "dashed", "ext", "national_compact"],
    "LU": ["intl", "e164", "intl00", "national", "dotted", "ext"],
    "GB": ["intl", "e164", "intl00", "intl_paren0", "national", "paren_area", "ext", "national_compact"],
    "IE": ["intl", "e164", "intl00", "intl_paren0", "national", "paren_area", "ext", "dashed"],
    "US": ["intl", "e164", "intl_dash", "national", "paren_area", "dotted", "dashed", "ext", "one_dash"],
    "IT": ["intl", "e164", "intl00", "national", "dotted", "slash", "ext"],
    "ES": ["intl", "e164", "intl00", "national", "dotted", "ext", "national_compact"],
    "PL": ["intl", "e164", "intl00", "national", "dashed", "ext", "paren_cc"],
}


def render_phone(rng, cc, form):
    gen, ccode, trunk = PHONE_PLANS[cc]
    a, sub = gen(rng)
    subj = " ".join(sub)
    subc = "".join(sub)
    nat_area = trunk + a
    if form == "intl":
        return "+%s %s %s" % (ccode, a, subj)
    if form == "e164":
        return "+%s%s%s" % (ccode, a, subc)
    if form == "intl00":
        return "00%s %s %s" % (ccode, a, subj)
    if form == "intl_paren0":
        return "+%s (0)%s %s" % (ccode, a, subj)
    if form == "intl_dash":
        return "+%s-%s-%s" % (ccode, a, "-".join(sub))
    if form == "paren_cc":
        return "(+%s) %s %s" % (ccode, a, subj)
    if form == "national":
        if cc == "US":
            return "(%s) %s-%s" % (a, sub[0], sub[1])
        return "%s %s" % (nat_area, subj)
    if form == "national_compact":
        return nat_area + subc
    if form == "slash":
        return "%s/%s" % (nat_area, subc if rng.random() < .6 else subj)
    if form == "dashed":
        if cc == "US":
            return "%s-%s-%s" % (a, sub[0], sub[1])
        return "%s-%s" % (nat_area, subc if rng.random() < .5 else "-".join(sub))
    if form == "one_dash":
        return "1-%s-%s-%s" % (a, sub[0], sub[1])
    if form == "dotted":
        if cc == "CH" or cc == "FR":
            return ".".join([nat_area] + sub)
        return ".".join([nat_area] + sub)
    if form == "paren_area":
        if cc == "US":
            return "(%s) %s-%s" % (a, sub[0], sub[1])
        return "(%s) %s" % (nat_area, subj)
    if form == "ext":
        for _ in range(30):
            if not ((cc == "DE" and a[0] == "1") or (cc == "AT" and a[0] == "6") or (cc == "CH" and a[0] == "7")
                    or (cc in ("IT", "ES", "PL") and a[0] in "367" and len(a) == 3) or (cc == "FR" and a in "67")
                    or (cc in ("BE", "LU") and len(a) == 3) or (cc == "NL" and a == "6") or (cc in ("GB",) and a[0] == "7")):
                break
            a, sub = gen(rng)
        base_form = rng.choice(["intl", "national"])
        base = render_phone_base(ccode, trunk, a, sub, base_form, cc)
        if cc in ("DE", "AT", "CH"):
            return base.replace(" ", " ", 1) + "-" + _g(rng, rng.choice([2, 3]))
        if cc in ("FR", "BE", "LU"):
            return base + " poste " + _g(rng, rng.choice([2, 3, 4]))
        if cc in ("IT",):
            return base + " int. " + _g(rng, 3)
        if cc in ("ES",):
            return base + " ext. " + _g(rng, 3)
        if cc in ("PL",):
            return base + " wew. " + _g(rng, 3)
        if cc in ("NL",):
            return base + " toestel " + _g(rng, 3)
        return base + rng.choice([" ext. ", " x", " ext ", " Ext. "]) + _g(rng, rng.choice([3, 4]))
    raise ValueError(form)


def render_phone_base(ccode, trunk, a, sub, form, cc):
    if form == "intl":
        return "+%s %s %s" % (ccode, a, " ".join(sub))
    if cc == "US":
        return "(%s) %s-%s" % (a, sub[0], sub[1])
    return "%s %s" % (trunk + a, " ".join(sub))


def phone(rng, cc, form):
    for _ in range(50):
        t = render_phone(rng, cc, form)
        if not luhn_risky(t):
            return t
    return t

# ---------------------------------------------------------------- email
LOCALS_FIRST = ["anna", "jonas", "leonie", "mehmet", "svetlana", "pierre", "amelie", "sebastien", "maelle", "yannick", "noah",
                "oliver", "siobhan", "padraig", "giulia", "matteo", "lucia", "alejandro", "zofia", "krzysztof", "agnieszka",
                "femke", "daan", "sanne", "bram", "lotte", "jeroen", "ines", "tiago", "aylin", "emre", "kofi", "amara",
                "priya", "raj", "mei", "hiroshi", "olusegun", "chiara", "dorothea", "wilhelmina", "gustav", "hedwig",
                "margaux", "thibault", "gwenaelle", "yvette", "loic", "benedikt", "cosima", "ottilie", "ruairi", "niamh",
                "catalina", "bartosz", "jadwiga", "wojtek", "mathis", "clemence", "henrike", "till", "malte", "fenja"]
LOCALS_LAST = ["brandstaetter", "okafor", "lefebvre", "nguyen", "kowalczyk", "van-dijk", "de.groot", "oconnor", "murphy",
               "rossi", "esposito", "garcia", "fernandez", "moreau", "girard", "haas", "pichler", "gruber", "brunner",
               "steiner", "wuethrich", "meier", "schaerer", "dupont", "lambert", "peeters", "janssens", "maes",
               "schmitz", "weber", "hoffmann", "yilmaz", "demir", "nowak", "wisniewska", "adeyemi", "mensah", "tanaka",
               "kaminski", "ferreira", "lindqvist", "halvorsen", "kessler", "roux", "faure", "bernard", "keane",
               "byrne", "walsh", "mcguinness", "ambrosi", "colombo", "sorensen", "vogel", "kranz", "lehmkuhl", "thill"]
FREEMAIL = ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gmail.com", "outlook.fr", "orange.fr", "free.fr",
            "laposte.net", "wanadoo.fr", "sfr.fr", "hotmail.co.uk", "yahoo.com", "icloud.com", "proton.me", "bluewin.ch",
            "gmx.at", "aon.at", "skynet.be", "telenet.be", "ziggo.nl", "kpnmail.nl", "pt.lu", "eircom.net",
            "btinternet.com", "libero.it", "wp.pl", "onet.pl", "o2.pl", "telefonica.net", "gmx.ch", "hotmail.de",
            "yahoo.fr", "outlook.com", "me.com", "freenet.de", "arcor.de", "hispeed.ch", "numericable.fr"]
SHOPDOM = ["bergfink-outdoor.de", "kaffeekontor-ruhr.de", "maison-lavande.fr", "velo-atelier.ch", "teekanne-und-co.at",
           "papeterie-dufour.fr", "nordlicht-moebel.de", "brasserie-du-coin.be", "fietsenhuis-zwolle.nl", "lampenwelt-ost.de",
           "bijoux-celestine.fr", "gartenglueck24.de", "schuhhaus-pfeffer.de", "epicerie-fine-lyon.fr", "wollwerk.at",
           "the-tea-cabin.co.uk", "dublin-bikes-shop.ie", "sartoria-milano.it", "tienda-olivar.es", "sklep-drewno.pl"]
ROLES = ["support", "service", "kundenservice", "hello", "info", "bestellung", "commandes", "sav", "retouren", "billing",
         "no-reply", "contact", "help", "orders", "facturation", "buchhaltung", "dev", "ops", "security", "datenschutz"]


def email(rng):
    x = rng.random()
    f, l = rng.choice(LOCALS_FIRST), rng.choice(LOCALS_LAST)
    if x < .55:
        lp = rng.choice([f + "." + l, f[0] + "." + l, f + l, f + "_" + l, l + "." + f, f + "." + l + str(rng.randint(1, 99)),
                         f + str(rng.randint(70, 2005)), f + "+" + rng.choice(["shop", "amazon", "news", "returns", "etsy"]),
                         f + "-" + l])
        d = rng.choice(FREEMAIL)
        v = "personal"
    elif x < .8:
        lp = rng.choice(ROLES)
        d = rng.choice(SHOPDOM)
        v = "role"
    else:
        lp = rng.choice([f + "." + l, f[0] + l, f])
        d = rng.choice(["mail." + rng.choice(SHOPDOM), "eu." + rng.choice(SHOPDOM), rng.choice(["kanzlei-brenner.de", "cabinet-morel.fr", "hotel-alpenblick.at", "univ-lille.fr", "tu-dresden.de", "ethz.ch", "uni-wien.ac.at", "ucd.ie", "polimi.it", "uw.edu.pl"])])
        v = "work"
    e = lp + "@" + d
    if rng.random() < .08:
        e = e.upper() if rng.random() < .3 else e[0].upper() + e[1:]
        v += "_case"
    return e, v

# ---------------------------------------------------------------- IP
def ipv4(rng, kind=None):
    kind = kind or rng.choice(["pub", "pub", "pub", "priv10", "priv192", "priv172", "loop", "cgnat"])
    if kind == "priv10":
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if kind == "priv192":
        return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    if kind == "priv172":
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    if kind == "loop":
        return "127.0.0.1"
    if kind == "cgnat":
        return "100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254))
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 100, 172, 192):
            break
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng, form):
    hx = lambda: "%x" % rng.randint(0, 0xffff)
    if form == "v6_full":
        return ":".join("%04x" % rng.randint(0, 0xffff) for _ in range(8))
    if form == "v6_mapped":
        return "::ffff:" + ipv4(rng, "pub")
    if form == "v6_loop":
        return "::1"
    if form == "v6_linklocal":
        return "fe80::" + ":".join(hx() for _ in range(4))
    pre = rng.choice(["2001:db8", "2a01:4f8", "2a00:1450", "2606:4700", "2003:e5", "2a02:8108", "fd12:3456"])
    tail = ":".join(hx() for _ in range(rng.randint(1, 3)))
    return pre + ":" + hx() + "::" + tail


IP_FORMS = ["v4", "v4", "v4_port", "v4_bracket", "v4_paren", "v4_userat", "v4_cidr", "v4_priv", "v4_start", "v4_end",
            "defang_last", "defang_all", "defang_paren", "defang_brace", "defang_dot_word", "hxxp", "hxxps_port",
            "v6_compressed", "v6_full", "v6_bracket_port", "v6_mapped", "v6_loop", "v6_linklocal", "v4_xff_list",
            "v4_quoted", "v4_url"]

# ---------------------------------------------------------------- orders
def amazon(r):
    while True:
        t = "%s-%s-%s" % (r.choice(["302", "303", "304", "305", "028", "114", "171", "205", "407", "408", "401", "702"]), _g(r, 7), _g(r, 7))
        if not luhn_risky(t):
            return t


def nonluhn_digits(r, n, first=None):
    while True:
        d = (first or str(r.randint(1, 9))) + _g(r, n - len(first or "x"))
        if not luhn_ok(d):
            return d


ORDER_SCHEMES = {
    "amazon_3_7_7": amazon,
    "amazon_digital": lambda r: "D01-%s-%s" % (_g(r, 7), _g(r, 7)),
    "ebay_2_5_5": lambda r: "%s-%s-%s" % (_g(r, 2), _g(r, 5), _g(r, 5)) if True else "",
    "ebay_12digit": lambda r: nonluhn_digits(r, 12, r.choice(["1", "2", "3"])),
    "etsy_receipt": lambda r: str(r.randint(1, 3)) + _g(r, 9),
    "zalando": lambda r: "10" + _g(r, 12) if False else nonluhn_digits(r, 14, "10"),
    "otto": lambda r: _g(r, 10),
    "bol": lambda r: "A" + rs(r, UP + DIG, 9) if r.random() < .3 else r.choice(["27", "28", "29"]) + _g(r, 8),
    "cdiscount": lambda r: "%02d%02d%02d%02d%02d%s" % (r.randint(23, 26), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), rs(r, UP, 5)),
    "magento_default": lambda r: "0000" + _g(r, 5),
    "magento_store_prefix": lambda r: str(r.randint(1, 5)) + "000" + _g(r, 5),
    "magento_custom": lambda r: r.choice(["DE-", "FR", "CH-", "AT", "M2-", "WEB-", "B2B-"]) + _g(r, r.choice([6, 8, 9])),
    "shopify_default": lambda r: "#" + str(r.randint(1001, 48999)),
    "shopify_prefix": lambda r: "#" + r.choice(["EU", "DE", "FR-", "SHOP", "BF", "LAV-", "ML"]) + str(r.randint(1001, 29999)),
    "shopify_suffix": lambda r: "#" + str(r.randint(1001, 29999)) + r.choice(["-DE", "-FR", "-B2B", "-CH", "EU", "-A"]),
    "shopify_bare": lambda r: str(r.randint(1001, 9999)),
    "woocommerce_default": lambda r: "#" + str(r.randint(100, 99999)),
    "woo_sequential": lambda r: r.choice(["WC-", "WC", "ORD-", "WOO-", "SO-"]) + r.choice(["2025-", "2026", "2026/", ""]) + _g(r, r.choice([4, 5, 6])),
    "shopware_default": lambda r: str(r.randint(10000, 10999 + r.randint(0, 60000))),
    "shopware_prefix": lambda r: r.choice(["SW", "SW-", "BE", "B2C-"]) + str(r.randint(10000, 99999)),
    "prestashop_reference": lambda r: rs(r, UP, 9),
    "prestashop_id": lambda r: str(r.randint(12, 48000)),
    "letter_prefixed": lambda r: r.choice(["ORD-", "BST-", "CMD-", "AUF-", "A", "BE-", "KD-ORD-", "PO-", "CO-", "VK-", "SO"]) + r.choice(["", "2026-", "26-", "2025/"]) + _g(r, r.choice([4, 5, 6, 7])),
    "year_prefixed": lambda r: r.choice(["2025", "2026", "26"]) + r.choice(["-", "/", ""]) + _g(r, r.choice([4, 5, 6])),
    "context_generic": lambda r: r.choice([
        lambda: _g(r, 4) + "-" + _g(r, 2),
        lambda: rs(r, UP, 2) + _g(r, 5),
        lambda: _g(r, 5) + rs(r, UP, 1),
        lambda: _g(r, 3) + "/" + _g(r, 4),
        lambda: rs(r, UP, 1) + _g(r, 2) + "-" + _g(r, 4) + "-" + rs(r, UP, 1),
        lambda: _g(r, 6),
        lambda: _g(r, 7),
        lambda: "X" + _g(r, 4) + "-" + rs(r, UP, 1),
        lambda: rs(r, LO, 3) + "_" + _g(r, 5),
    ])(),
}
# schemes whose shape is distinctive enough to appear after merely a platform name
ORDER_WEIGHTS = {"amazon_3_7_7": 8, "amazon_digital": 2, "ebay_2_5_5": 5, "ebay_12digit": 2, "etsy_receipt": 3, "zalando": 3,
                 "otto": 3, "bol": 3, "cdiscount": 3, "magento_default": 5, "magento_store_prefix": 4, "magento_custom": 4,
                 "shopify_default": 7, "shopify_prefix": 4, "shopify_suffix": 3, "shopify_bare": 2, "woocommerce_default": 4,
                 "woo_sequential": 4, "shopware_default": 4, "shopware_prefix": 3, "prestashop_reference": 3, "prestashop_id": 2,
                 "letter_prefixed": 6, "year_prefixed": 5, "context_generic": 14}
