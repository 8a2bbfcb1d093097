"""Hand-typed value generators: cards, IBANs, phones, e-mails, IPs. Standard library only."""
import string

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = DIG + UP + LO


def rs(R, alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


# ---------------------------------------------------------------- Luhn
def luhn_ok(d):
    d = [int(c) for c in d]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


def luhn_break(d):
    """return d with last digit changed so it is Luhn-invalid"""
    if not luhn_ok(d):
        return d
    last = (int(d[-1]) + 3) % 10
    return d[:-1] + str(last)


# issuer: (prefix choices, lengths)
ISSUERS = {
    "visa": (["4"], [16, 16, 16, 13, 19]),
    "mastercard": (["51", "52", "53", "54", "55", "2221", "2300", "2480", "2720", "2597"], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "644", "645", "649", "65", "622126"], [16, 19]),
    "jcb": (["3528", "3540", "3566", "3589"], [16, 19]),
    "diners": (["300", "305", "36", "38", "39"], [14, 16]),
    "maestro": (["5018", "5020", "5038", "6304", "6759", "6761", "6763", "5893"], [12, 13, 16, 18, 19]),
    "unionpay": (["62", "6212", "6282", "8100"], [16, 17, 18, 19]),
    "mir": (["2200", "2201", "2202", "2204"], [16]),
    "rupay": (["60", "6521", "8173"], [16]),
    "cartes_bancaires": (["4970", "4973", "5132"], [16]),
    "dankort": (["5019"], [16]),
    "bancontact": (["6703"], [17, 19]),
    "troy": (["9792"], [16]),
    "elo": (["636368", "438935", "504175", "451416", "509048"], [16]),
    "hipercard": (["606282"], [16]),
    "uatp": (["1"], [15]),
    "verve": (["506099", "650002"], [16, 19]),
}


def card_number(R, issuer=None):
    if issuer is None:
        issuer = R.choice(list(ISSUERS) + ["visa"] * 5 + ["mastercard"] * 4 + ["amex", "maestro", "cartes_bancaires"])
    prefs, lens = ISSUERS[issuer]
    p = R.choice(prefs)
    n = R.choice(lens)
    body = p + rs(R, DIG, n - len(p) - 1)
    return issuer, luhn_complete(body)


def group_card(d, issuer):
    n = len(d)
    if issuer == "amex" or (n == 15):
        g = [4, 6, 5]
    elif n == 14:
        g = [4, 6, 4]
    elif n == 19:
        g = [4, 4, 4, 4, 3]
    elif n == 13:
        g = [4, 4, 5]
    elif n == 12:
        g = [4, 4, 4]
    elif n == 17:
        g = [4, 4, 4, 5]
    elif n == 18:
        g = [4, 4, 4, 6]
    else:
        g = [4] * (n // 4)
    out, i = [], 0
    for k in g:
        out.append(d[i:i + k])
        i += k
    if i < n:
        out[-1] += d[i:]
    return out


CARD_SEPS = {
    "plain": None, "space": " ", "dspace": "  ", "tab": "\t", "dot": ".", "dash": "-", "slash": "/",
    "underscore": "_", "nbsp": "\u00a0", "nnbsp": "\u202f", "zwsp": "\u200b", "zwnj": "\u200c", "wj": "\u2060",
    "newline": "\n", "crlf": "\r\n", "pipe": "|", "space_pipe": " | ", "space_dash": " - ", "colon": ":",
    "everydigit_space": "E ", "everydigit_dash": "E-", "everydigit_zwsp": "E\u200b", "linebreak_mid": "M",
    "html_nbsp": "&nbsp;", "thinsp": "\u2009",
}


def render_card(R, d, issuer, form):
    sep = CARD_SEPS[form]
    if sep is None:
        return d
    if sep.startswith("E"):
        return sep[1:].join(d)
    gs = group_card(d, issuer)
    if sep == "M":
        k = len(gs) // 2
        return " ".join(gs[:k]) + "\n" + " ".join(gs[k:])
    return sep.join(gs)


# ---------------------------------------------------------------- IBAN
# country: (length, bban structure)   n digits, a upper letters, c alnum upper
IBAN = {
    "AD": (24, "4n4n12c"), "AE": (23, "3n16n"), "AL": (28, "8n16c"), "AT": (20, "5n11n"), "AZ": (28, "4a20c"),
    "BA": (20, "3n3n8n2n"), "BE": (16, "3n7n2n"), "BG": (22, "4a4n2n8c"), "BH": (22, "4a14c"), "BI": (27, "5n5n11n2n"),
    "BR": (29, "8n5n10n1a1c"), "BY": (28, "4c4n16c"), "CH": (21, "5n12c"), "CR": (22, "4n14n"), "CY": (28, "3n5n16c"),
    "CZ": (24, "4n6n10n"), "DE": (22, "8n10n"), "DJ": (27, "5n5n11n2n"), "DK": (18, "4n9n1n"), "DO": (28, "4c20n"),
    "EE": (20, "2n2n11n1n"), "EG": (29, "4n4n17n"), "ES": (24, "4n4n1n1n10n"), "FI": (18, "3n11n"), "FK": (18, "2a12n"),
    "FO": (18, "4n9n1n"), "FR": (27, "5n5n11c2n"), "GB": (22, "4a6n8n"), "GE": (22, "2a16n"), "GI": (23, "4a15c"),
    "GL": (18, "4n9n1n"), "GR": (27, "3n4n16c"), "GT": (28, "4c20c"), "HR": (21, "7n10n"), "HU": (28, "3n4n1n15n1n"),
    "IE": (22, "4a6n8n"), "IL": (23, "3n3n13n"), "IQ": (23, "4a3n12n"), "IS": (26, "4n2n6n10n"), "IT": (27, "1a5n5n12c"),
    "JO": (30, "4a4n18c"), "KW": (30, "4a22c"), "KZ": (20, "3n13c"), "LB": (28, "4n20c"), "LC": (32, "4a24c"),
    "LI": (21, "5n12c"), "LT": (20, "5n11n"), "LU": (20, "3n13c"), "LV": (21, "4a13c"), "LY": (25, "3n3n15n"),
    "MC": (27, "5n5n11c2n"), "MD": (24, "2c18c"), "ME": (22, "3n13n2n"), "MK": (19, "3n10c2n"), "MN": (20, "4n12n"),
    "MR": (27, "5n5n11n2n"), "MT": (31, "4a5n18c"), "MU": (30, "4a2n2n12n3n3a"), "NI": (28, "4a20n"), "NL": (18, "4a10n"),
    "NO": (15, "4n6n1n"), "OM": (23, "3n16c"), "PK": (24, "4a16c"), "PL": (28, "8n16n"), "PS": (29, "4a21c"),
    "PT": (25, "4n4n11n2n"), "QA": (29, "4a21c"), "RO": (24, "4a16c"), "RS": (22, "3n13n2n"), "RU": (33, "9n5n15c"),
    "SA": (24, "2n18c"), "SC": (31, "4a2n2n16n3a"), "SD": (18, "2n12n"), "SE": (24, "3n16n1n"), "SI": (19, "5n8n2n"),
    "SK": (24, "4n6n10n"), "SM": (27, "1a5n5n12c"), "SO": (23, "4n3n12n"), "ST": (25, "8n11n2n"), "SV": (28, "4a20n"),
    "TL": (23, "3n14n2n"), "TN": (24, "2n3n13n2n"), "TR": (26, "5n1n16c"), "UA": (29, "6n19c"), "VA": (22, "3n15n"),
    "VG": (24, "4a16n"), "XK": (20, "4n10n2n"), "YE": (30, "4a4n18c"),
}
# plausible bank codes for a few letter-bank countries
BANK_LETTERS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "BUKB"], "IE": ["AIBK", "BOFI"],
                "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"], "RO": ["RNCB", "BTRL", "INGB"],
                "BG": ["BNBG", "UNCR"], "LV": ["HABA", "PARX"], "MT": ["MALT", "VALL"], "PK": ["SCBL"],
                "GI": ["NWBK"], "KW": ["CBKU"], "QA": ["DOHB"], "JO": ["CBJO"], "BH": ["NBOB"], "MU": ["BOMM"],
                "SC": ["SSCB"], "VG": ["VPVG"], "AZ": ["NABZ"], "PS": ["PALS"], "LC": ["HEMM"], "IQ": ["NBIQ"],
                "SV": ["CENR"], "NI": ["BAPR"], "YE": ["CBYE"], "GE": ["NB"], "FK": ["SC"]}
DE_BLZ = ["10010010", "20041133", "37040044", "50010517", "70020270", "76026000", "12030000", "43060967",
          "60050101", "25050180", "44050199", "86055592", "30050110", "50050201", "66050101", "72050000"]


def _field(R, kind, n):
    # alnum BBAN fields: mostly digits, never the OCR-ambiguous letters O and I (they are kept for negatives only)
    return rs(R, {"n": DIG, "a": UP.replace("O", "").replace("I", ""), "c": DIG * 4 + "ABCDEFGHJKLMNPQRSTUVWXYZ"}[kind], n)


def mod97(s):
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_check_digits(cc, bban):
    r = mod97(bban + cc + "00")
    return "%02d" % (98 - r)


def iban_valid(iban):
    iban = iban.upper()
    return mod97(iban[4:] + iban[:4]) == 1


# ---- national checks
def rib_key(bank, branch, acct):
    tr = {}
    for i, ch in enumerate("ABCDEFGHI"):
        tr[ch] = str(i + 1)
    for i, ch in enumerate("JKLMNOPQR"):
        tr[ch] = str(i + 1)
    for i, ch in enumerate("STUVWXYZ"):
        tr[ch] = str(i + 2)
    a = "".join(tr.get(c, c) for c in acct)
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(a)) % 97))


CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cin(s):
    t = 0
    for i, c in enumerate(s):
        idx = int(c) if c.isdigit() else ord(c) - 65
        t += CIN_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + t % 26)


def es_dc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(r, r)
    return "%d%d" % (d("00" + bank + branch), d(acct))


def no_ok(b):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(a) * x for a, x in zip(b[:10], w)) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(b[10])


MOD9710_NAT = {"PT", "SI", "ME", "RS", "MK", "BA", "TL"}


def nat_ok(cc, bban):
    """national check; True if not implemented"""
    if cc == "BE":
        r = int(bban[:10]) % 97
        return (r or 97) == int(bban[10:])
    if cc in ("FR", "MC"):
        return rib_key(bban[:5], bban[5:10], bban[10:21]) == bban[21:]
    if cc in ("IT", "SM"):
        return cin(bban[1:]) == bban[0]
    if cc == "ES":
        return es_dc(bban[:4], bban[4:8], bban[10:]) == bban[8:10]
    if cc == "NO":
        return no_ok(bban)
    if cc in MOD9710_NAT:
        return mod97(bban) == 1 if cc != "MK" else True
    return True


def make_bban(R, cc):
    ln, st = IBAN[cc]
    parts = []
    i = 0
    while i < len(st):
        j = i
        while st[j].isdigit():
            j += 1
        parts.append((st[j], int(st[i:j])))
        i = j + 1
    for _ in range(500):
        fs = [_field(R, k, n) for k, n in parts]
        if cc in BANK_LETTERS and parts[0][0] == "a":
            cands = [b for b in BANK_LETTERS[cc] if len(b) == parts[0][1]]
            if cands:
                fs[0] = R.choice(cands)
        if cc == "DE":
            fs[0] = R.choice(DE_BLZ)
        if cc == "GB" or cc == "IE":
            pass
        bban = "".join(fs)
        if cc == "BE":
            r = int(bban[:10]) % 97
            bban = bban[:10] + "%02d" % (r or 97)
        elif cc in ("FR", "MC"):
            bban = bban[:21] + rib_key(bban[:5], bban[5:10], bban[10:21])
        elif cc in ("IT", "SM"):
            bban = cin(bban[1:]) + bban[1:]
        elif cc == "ES":
            bban = bban[:8] + es_dc(bban[:4], bban[4:8], bban[10:]) + bban[10:]
        elif cc == "NO":
            if not no_ok(bban):
                continue
        elif cc in MOD9710_NAT and cc != "MK":
            body = bban[:-2]
            bban = body + "%02d" % (98 - (int(body) * 100) % 97)
        assert len(bban) == ln - 4, (cc, bban)
        return bban
    raise RuntimeError(cc)


def make_iban(R, cc=None):
    if cc is None:
        cc = R.choice(list(IBAN))
    bban = make_bban(R, cc)
    return cc + iban_check_digits(cc, bban) + bban


IBAN_FORMS = ["compact", "grouped", "grouped", "grouped", "lower", "lower_grouped", "ccspace", "dspace", "dashed",
              "dotted", "linebreak", "mixedcase", "nbsp", "tab_grouped", "grouped_trailing"]


def render_iban(R, ib, form):
    g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    if form == "compact":
        return ib
    if form == "grouped":
        return " ".join(g)
    if form == "grouped_trailing":  # trailing group kept as is e.g. ' 00'
        return " ".join(g)
    if form == "lower":
        return ib.lower()
    if form == "lower_grouped":
        return " ".join(g).lower()
    if form == "ccspace":
        return ib[:2] + " " + ib[2:4] + " " + " ".join(ib[i:i + 4] for i in range(4, len(ib), 4))
    if form == "dspace":
        return "  ".join(g)
    if form == "dashed":
        return "-".join(g)
    if form == "dotted":
        return ".".join(g)
    if form == "linebreak":
        k = max(1, len(g) // 2)
        return " ".join(g[:k]) + "\n" + " ".join(g[k:])
    if form == "mixedcase":
        s = " ".join(g)
        return "".join(c.lower() if c.isalpha() and R.random() < 0.5 else c for c in s)
    if form == "nbsp":
        return "\u00a0".join(g)
    if form == "tab_grouped":
        return "\t".join(g)
    raise ValueError(form)


BIC = {"DE": ["COBADEFFXXX", "DEUTDEFF", "GENODEF1M04", "INGDDEFFXXX", "BYLADEM1001", "SOLADEST600", "HYVEDEMMXXX"],
       "FR": ["BNPAFRPPXXX", "SOGEFRPP", "CRLYFRPP", "AGRIFRPP882", "CCBPFRPPMTG", "PSSTFRPPPAR"],
       "AT": ["BKAUATWW", "GIBAATWWXXX", "RZOOAT2L"], "CH": ["UBSWCHZH80A", "CRESCHZZ80A", "POFICHBEXXX"],
       "BE": ["GEBABEBB", "BBRUBEBB", "KREDBEBB"], "NL": ["ABNANL2A", "INGBNL2A", "RABONL2U"],
       "LU": ["BCEELULL", "BILLLULL"], "GB": ["NWBKGB2L", "BARCGB22"], "IT": ["UNCRITMM", "BCITITMM"],
       "ES": ["CAIXESBBXXX", "BSCHESMM"]}

# ---------------------------------------------------------------- phones
# country: (cc, [(trunk-less area/mobile prefix, subscriber length)], national trunk)
PHONE = {
    "DE": ("49", [("30", 8), ("40", 8), ("89", 8), ("221", 7), ("69", 8), ("711", 7), ("351", 7), ("151", 8),
                  ("160", 7), ("170", 7), ("176", 8), ("172", 7), ("1512", 7), ("621", 7), ("511", 7)], "0"),
    "AT": ("43", [("1", 7), ("316", 6), ("662", 6), ("664", 7), ("676", 7), ("699", 8), ("512", 6)], "0"),
    "CH": ("41", [("44", 7), ("22", 7), ("31", 7), ("61", 7), ("79", 7), ("78", 7), ("76", 7)], "0"),
    "FR": ("33", [("1", 8), ("6", 8), ("7", 8), ("4", 8), ("5", 8), ("2", 8), ("3", 8), ("9", 8)], "0"),
    "BE": ("32", [("2", 7), ("3", 7), ("9", 7), ("470", 6), ("475", 6), ("486", 6), ("496", 6)], "0"),
    "LU": ("352", [("621", 6), ("661", 6), ("691", 6), ("2", 7), ("4", 6)], ""),
    "NL": ("31", [("20", 7), ("10", 7), ("70", 7), ("6", 8), ("30", 7)], "0"),
    "GB": ("44", [("20", 8), ("121", 7), ("161", 7), ("7700", 6), ("7911", 6), ("7429", 6), ("131", 7)], "0"),
    "IE": ("353", [("1", 7), ("21", 7), ("85", 7), ("87", 7), ("86", 7)], "0"),
    "US": ("1", [("212", 7), ("415", 7), ("646", 7), ("312", 7), ("206", 7), ("617", 7)], ""),
    "CA": ("1", [("416", 7), ("514", 7), ("604", 7), ("438", 7)], ""),
    "IT": ("39", [("02", 8), ("06", 8), ("347", 7), ("333", 7), ("055", 7)], ""),
    "ES": ("34", [("91", 7), ("93", 7), ("612", 6), ("678", 6), ("722", 6)], ""),
    "PL": ("48", [("22", 7), ("501", 6), ("601", 6), ("12", 7)], ""),
    "PT": ("351", [("21", 7), ("91", 7), ("93", 7), ("22", 7)], ""),
    "SE": ("46", [("8", 7), ("70", 7), ("31", 7), ("73", 7)], "0"),
    "DK": ("45", [("", 8)], ""),
    "MA": ("212", [("6", 8), ("5", 8)], "0"),
    "TN": ("216", [("2", 7), ("9", 7)], ""),
    "SN": ("221", [("77", 7), ("33", 7)], ""),
    "CA_QC": ("1", [("514", 7), ("418", 7)], ""),
}
PHONE_FORMS = ["intl", "intl", "e164", "intl00", "national", "national", "intl_dash", "dotted", "intl_paren0",
               "paren_area", "slash", "national_compact", "tel_uri"]


def _sub(R, n):
    return R.choice("23456789") + rs(R, DIG, n - 1)


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


def make_phone(R, country, form):
    cc, plans, trunk = PHONE[country]
    area, n = R.choice(plans)
    sub = _sub(R, n)
    if country in ("US", "CA", "CA_QC"):
        a, x, y = area, sub[:3], sub[3:]
        f = {"intl": f"+1 {a} {x} {y}", "e164": f"+1{a}{x}{y}", "intl00": f"001 {a} {x} {y}",
             "national": f"({a}) {x}-{y}", "intl_dash": f"+1-{a}-{x}-{y}", "dotted": f"{a}.{x}.{y}",
             "intl_paren0": f"+1 ({a}) {x}-{y}", "paren_area": f"({a}) {x}-{y}", "slash": f"{a}/{x}-{y}",
             "national_compact": f"{a}{x}{y}", "tel_uri": f"tel:+1{a}{x}{y}"}
        return f.get(form, f["intl"])
    if country == "FR":
        d = area + sub  # 9 digits
        pairs = " ".join(_grp(d[1:], [2, 2, 2, 2]))
        f = {"intl": f"+33 {d[0]} {pairs}", "e164": f"+33{d}", "intl00": f"0033 {d[0]} {pairs}",
             "national": "0" + d[0] + " " + pairs, "intl_dash": "+33-" + d[0] + "-" + pairs.replace(" ", "-"),
             "dotted": "0" + d[0] + "." + pairs.replace(" ", "."), "intl_paren0": f"+33 (0){d[0]} {pairs}",
             "paren_area": f"(0{d[0]}) {pairs}", "slash": "0" + d[0] + "/" + pairs.replace(" ", ""),
             "national_compact": "0" + d, "tel_uri": f"tel:+33{d}"}
        return f[form]
    nat_area = (trunk + area) if area else ""
    sg = " ".join(_grp(sub, [3, 2, 2] if n == 7 else [3, 3, 2] if n == 8 else [3, 3] if n == 6 else [4, 4]))
    if country in ("IT",):
        nat_area = area
    f = {
        "intl": f"+{cc} {area} {sg}".replace("  ", " "),
        "e164": f"+{cc}{area}{sub}",
        "intl00": f"00{cc} {area} {sg}".replace("  ", " "),
        "national": f"{nat_area} {sg}".strip(),
        "intl_dash": f"+{cc}-{area}-{sub}".replace("--", "-"),
        "dotted": f"{nat_area}.{sg.replace(' ', '.')}".strip("."),
        "intl_paren0": (f"+{cc} ({trunk}){area} {sg}" if trunk else f"+{cc} {area} {sg}").replace("  ", " "),
        "paren_area": f"({nat_area}) {sg}" if nat_area else f"+{cc} {sg}",
        "slash": f"{nat_area}/{sub}" if nat_area else f"+{cc} {sub}",
        "national_compact": f"{nat_area}{sub}" if nat_area else f"+{cc}{sub}",
        "tel_uri": f"tel:+{cc}{area}{sub}",
    }
    return f[form]


def phone_digits(p):
    return "".join(c for c in p if c.isdigit())


# ---------------------------------------------------------------- e-mail
MAIL_DOMAINS = {
    "de": ["web.de", "gmx.de", "gmx.net", "t-online.de", "posteo.de", "freenet.de", "mailbox.org", "outlook.de",
           "gmail.com", "yahoo.de", "icloud.com", "arcor.de", "gmx.at", "bluewin.ch", "aon.at", "hispeed.ch",
           "müller-bau.de", "proton.me"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr", "yahoo.fr",
           "outlook.fr", "skynet.be", "bluewin.ch", "neuf.fr", "live.fr", "icloud.com", "pt.lu", "proton.me"],
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "btinternet.com", "icloud.com", "aol.com",
           "protonmail.com", "sky.com", "virginmedia.com", "eircom.net", "fastmail.com", "me.com", "live.co.uk"],
}
WORK_DOMAINS = ["kanzlei-berger.de", "stadtwerke-ulm.de", "brasserie-dupont.fr", "atelier-lumiere.fr",
                "northwind-supplies.co.uk", "uni-heidelberg.de", "etu.univ-lyon1.fr", "ed.ac.uk", "hoffmann-it.at",
                "cabinet-martin.be", "logistik.kraemer-gruppe.de", "fenwick-and-doyle.com", "mairie-annecy.fr",
                "schreinerei-wolf.ch", "tierarztpraxis-am-see.de", "acme-gmbh.de", "bureau-vallee-clients.fr"]
SHOP_DOMAINS = ["kaffeewerk.de", "lumiere-maison.fr", "nordic-socks.co.uk", "velohaus-berlin.de", "la-cave-a-the.fr",
                "greenleaf-tea.com", "outdoor-kraemer.de", "bijoux-celeste.fr", "handmade-hygge.eu",
                "teppich-paradies.at", "papeterie-nantes.fr", "brewbox.co.uk", "spielzeug-insel.de"]
ROLE = ["info", "service", "kontakt", "support", "commandes", "contact", "orders", "billing", "buchhaltung",
        "retouren", "sav", "hello", "compta", "noreply", "versand", "facturation", "help"]


def translit(s):
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("è", "e"), ("ê", "e"),
                 ("ë", "e"), ("ç", "c"), ("à", "a"), ("â", "a"), ("î", "i"), ("ï", "i"), ("ô", "o"), ("û", "u"),
                 ("ù", "u"), ("'", ""), (" ", "")):
        s = s.replace(a, b)
    return s.lower()


def make_email(R, lang, first, last, kind=None):
    kind = kind or R.choice(["personal"] * 5 + ["work", "work", "role", "plus_tag", "digits"])
    f, l = translit(first), translit(last)
    if kind == "role":
        return kind, R.choice(ROLE) + "@" + R.choice(SHOP_DOMAINS + WORK_DOMAINS)
    loc = R.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{l}.{f}", f"{f}_{l}", f"{f}.{l}{R.randint(1, 99)}",
                    f"{l}{f[0]}", f"{f}-{l}", f"{f}{R.randint(70, 2005)}"])
    if kind == "digits":
        loc = f"{f[:3]}{l[:4]}{R.randint(10, 9999)}"
    if kind == "plus_tag":
        loc += "+" + R.choice(["shop", "amazon", "newsletter", "orders", "ebay", "promo", "2024"])
    dom = R.choice(WORK_DOMAINS) if kind == "work" else R.choice(MAIL_DOMAINS[lang])
    return kind, f"{loc}@{dom}"


# ---------------------------------------------------------------- IP
def ipv4_public(R):
    while True:
        a = R.choice([5, 31, 37, 46, 62, 77, 78, 80, 81, 82, 84, 85, 87, 88, 89, 91, 92, 93, 94, 95, 109, 141, 151,
                      176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 2, 23, 51, 52, 54, 86, 90, 104, 134, 145])
        ip = f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        return ip


def ipv4_private(R):
    k = R.randint(0, 3)
    if k == 0:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if k == 1:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if k == 2:
        return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return f"100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6(R, kind=None):
    kind = kind or R.choice(["compressed", "compressed", "full", "linklocal", "ula", "mapped", "loop"])
    h = lambda: "%x" % R.randint(0, 0xffff)
    if kind == "compressed":
        pre = R.choice(["2a02:8108", "2a01:cb00", "2003:e4", "2a00:1450", "2001:16b8", "2a01:4f8",
                        "2600:1f18", "2a02:a03f", "2a0e:8f02"])
        return kind, f"{pre}:{h()}::{h()}:{h()}"
    if kind == "full":
        return kind, ":".join(["%x" % R.choice([0x2a02, 0x2001, 0x2a01])] + ["%04x" % R.randint(0, 0xffff) for _ in range(7)])
    if kind == "linklocal":
        return kind, f"fe80::{h()}:{h()}:{h()}:{h()}"
    if kind == "ula":
        return kind, f"fd{R.randint(0, 255):02x}:{h()}:{h()}::{h()}"
    if kind == "mapped":
        return kind, "::ffff:" + ipv4_public(R)
    return kind, "::1"
