"""Value makers (hand-typed tables, stdlib only). All randomness through the passed Random."""
import string, base64, re

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = string.ascii_letters + string.digits
ANU = UP + DIG
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"


def rs(R, alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


# ---------------------------------------------------------------- Luhn
def luhn_sum(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s


def luhn_ok(d):
    return len(d) > 1 and luhn_sum(d) % 10 == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


def luhn_hygienic(s):
    """True if no digit run 12-19 long and the joined digits (if 12-19) are not Luhn-valid."""
    for run in re.findall(r"\d+", s):
        if 12 <= len(run) <= 19 and luhn_ok(run):
            return False
    j = "".join(re.findall(r"\d", s))
    if 12 <= len(j) <= 19 and luhn_ok(j):
        return False
    return True


def clean(R, fn, *a):
    for _ in range(200):
        v = fn(R, *a)
        if luhn_hygienic(v if isinstance(v, str) else v[0]):
            return v
    raise RuntimeError("no luhn-clean value")


# ---------------------------------------------------------------- cards
ISSUERS = [  # name, prefixes, lengths
    ("visa", ["4"], [16, 16, 16, 13, 19]),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2300", "2720", "2501"], [16]),
    ("amex", ["34", "37"], [15]),
    ("discover", ["6011", "644", "649", "65"], [16, 19]),
    ("jcb", ["3528", "3540", "3589"], [16]),
    ("diners", ["300", "305", "36", "38"], [14]),
    ("maestro", ["5018", "5020", "5038", "6304", "6759", "6761"], [12, 13, 16, 18, 19]),
    ("unionpay", ["62"], [16, 17, 18, 19]),
    ("mir", ["2200", "2202", "2204"], [16]),
    ("rupay", ["6521", "6522", "508"], [16]),
    ("cartes_bancaires", ["4970", "4973", "5132"], [16]),
    ("bancontact", ["6703"], [17, 19]),
    ("dankort", ["5019"], [16]),
    ("troy", ["9792"], [16]),
    ("elo", ["636368", "504175", "509048"], [16]),
    ("hipercard", ["606282"], [16]),
    ("uatp", ["1"], [15]),
    ("verve", ["5061", "650002"], [16, 19]),
]


def card(R):
    name, pre, lens = R.choice(ISSUERS)
    p = R.choice(pre)
    n = R.choice(lens)
    body = p + rs(R, DIG, n - len(p) - 1)
    return name, luhn_complete(body)


def groups_for(n):
    if n == 15:
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    g = []
    while n > 0:
        g.append(min(4, n))
        n -= 4
    return g


CARD_FORMS = ["plain", "space", "space", "dash", "dot", "slash", "underscore", "tab", "nbsp", "nnbsp", "thinsp",
              "zwsp", "zwnj", "wordjoiner", "everydigit_space", "everydigit_dash", "newline", "crlf", "pipe",
              "space_pipe", "dspace", "colon", "mixed_space_dash"]
SEPS = {"space": " ", "dash": "-", "dot": ".", "slash": "/", "underscore": "_", "tab": "\t", "nbsp": "\u00a0",
        "nnbsp": "\u202f", "thinsp": "\u2009", "zwsp": "\u200b", "zwnj": "\u200c", "wordjoiner": "\u2060",
        "newline": "\n", "crlf": "\r\n", "urlplus": "+", "url20": "%20", "pipe": "|", "space_pipe": " | ", "dspace": "  ", "colon": ":"}


def render_card(R, d, form):
    if form == "plain":
        return d
    if form == "everydigit_space":
        return " ".join(d)
    if form == "everydigit_dash":
        return "-".join(d)
    gs = groups_for(len(d))
    parts, i = [], 0
    for g in gs:
        parts.append(d[i:i + g]); i += g
    if form == "mixed_space_dash":
        out = parts[0]
        for k, p in enumerate(parts[1:]):
            out += (" " if k % 2 == 0 else "-") + p
        return out
    if form in ("newline", "crlf"):
        h = len(parts) // 2
        return "".join(parts[:h]) + SEPS[form] + "".join(parts[h:])
    return SEPS[form].join(parts)


# ---------------------------------------------------------------- IBAN
# country: BBAN structure (SWIFT notation, n digits, a upper letters, c alnum)
IBAN_TAB = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "AZ": "4a20c", "BA": "3n3n8n2n", "BE": "3n7n2n",
    "BG": "4a4n2n8c", "BH": "4a14c", "BI": "5n5n11n2n", "BR": "8n5n10n1a1c", "BY": "4c4n16c", "CH": "5n12c",
    "CR": "4n14n", "CY": "3n5n16c", "CZ": "4n6n10n", "DE": "8n10n", "DJ": "5n5n11n2n", "DK": "4n9n1n",
    "DO": "4c20n", "EE": "2n2n11n1n", "EG": "4n4n17n", "ES": "4n4n1n1n10n", "FI": "3n11n", "FK": "2a12n",
    "FO": "4n9n1n", "FR": "5n5n11c2n", "GB": "4a6n8n", "GE": "2a16n", "GI": "4a15c", "GL": "4n9n1n",
    "GR": "3n4n16c", "GT": "4c20c", "HN": "4a20n", "HR": "7n10n", "HU": "3n4n1n15n1n", "IE": "4a6n8n",
    "IL": "3n3n13n", "IQ": "4a3n12n", "IS": "4n2n6n10n", "IT": "1a5n5n12c", "JO": "4a4n18c", "KW": "4a22c",
    "KZ": "3n13c", "LB": "4n20c", "LC": "4a24c", "LI": "5n12c", "LT": "5n11n", "LU": "3n13c", "LV": "4a13c",
    "LY": "3n3n15n", "MC": "5n5n11c2n", "MD": "2c18c", "ME": "3n13n2n", "MK": "3n10c2n", "MN": "4n12n",
    "MR": "5n5n11n2n", "MT": "4a5n18c", "MU": "4a2n2n12n3n3a", "NI": "4a20n", "NL": "4a10n", "NO": "4n6n1n",
    "OM": "3n16c", "PK": "4a16c", "PL": "8n16n", "PS": "4a21c", "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c",
    "RS": "3n13n2n", "RU": "9n5n15c", "SA": "2n18c", "SC": "4a2n2n16n3a", "SD": "2n12n", "SE": "3n16n1n",
    "SI": "5n8n2n", "SK": "4n6n10n", "SM": "1a5n5n12c", "SO": "4n3n12n", "ST": "8n11n2n", "SV": "4a20n",
    "TL": "3n14n2n", "TN": "2n3n13n2n", "TR": "5n1n16c", "UA": "6n19c", "VA": "3n15n", "VG": "4a16n",
    "XK": "4n10n2n", "YE": "4a4n18c",
}
BANKS_A = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"],
           "BG": ["BNBG", "UNCR"], "RO": ["BTRL", "RNCB", "INGB"], "MT": ["MALT", "VALL"], "LV": ["HABA", "UNLA"]}
DE_BLZ = ["10010010", "12030000", "20041133", "37040044", "50010517", "43060967", "70150000", "76026000", "60050101",
          "30050110", "25050180", "10070000", "50070010", "66010075"]
IBAN_LEN = {c: 4 + sum(int(x[:-1]) for x in re.findall(r"\d+[nac]", s)) for c, s in IBAN_TAB.items()}


def mod97(s):
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97


def iban(R, cc=None, alnum_avoid_OI=True):
    cc = cc or R.choice(list(IBAN_TAB))
    spec = IBAN_TAB[cc]
    bban = ""
    for m in re.findall(r"(\d+)([nac])", spec):
        n, k = int(m[0]), m[1]
        if k == "n":
            bban += rs(R, DIG, n)
        elif k == "a":
            bban += rs(R, UP, n)
        else:
            al = DIG * 3 + UP.replace("O", "").replace("I", "")
            bban += rs(R, al, n)
    if cc == "DE":
        bban = R.choice(DE_BLZ) + bban[8:]
    if cc in BANKS_A:
        bban = R.choice(BANKS_A[cc]) + bban[4:]
    for ck in range(2, 99):
        s = "%s%02d%s" % (cc, ck, bban)
        if mod97(s) == 1:
            return s


IBAN_FORMS = ["compact", "grouped", "grouped", "grouped", "lower_grouped", "ccspace", "dash", "nbsp", "dspace",
              "mixedcase", "lower", "newline_mid", "dot"]


def render_iban(R, s, form):
    g = [s[i:i + 4] for i in range(0, len(s), 4)]
    if form == "compact":
        return s
    if form == "grouped":
        return " ".join(g)
    if form == "lower_grouped":
        return " ".join(g).lower()
    if form == "lower":
        return s.lower()
    if form == "ccspace":
        return s[:2] + " " + s[2:4] + " " + " ".join(s[4 + i:8 + i] for i in range(0, len(s) - 4, 4))
    if form == "dash":
        return "-".join(g)
    if form == "dot":
        return ".".join(g)
    if form == "nbsp":
        return "\u00a0".join(g)
    if form == "dspace":
        return "  ".join(g)
    if form == "mixedcase":
        return "".join(c.lower() if R.random() < 0.4 else c for c in " ".join(g))
    if form == "newline_mid":
        h = len(g) // 2
        return " ".join(g[:h]) + "\n" + " ".join(g[h:])
    raise ValueError(form)


# ---------------------------------------------------------------- phones
# cc -> (country code, list of (national prefix pattern, subscriber length), trunk '0' or '')
PHONE_TAB = {
    "DE": ("49", [("151", 8), ("160", 7), ("170", 8), ("176", 8), ("30", 8), ("89", 7), ("40", 8), ("221", 7), ("69", 8), ("711", 7)], "0"),
    "AT": ("43", [("664", 7), ("676", 7), ("1", 7), ("316", 6), ("512", 6)], "0"),
    "CH": ("41", [("79", 7), ("78", 7), ("44", 7), ("22", 7), ("31", 7)], "0"),
    "FR": ("33", [("6", 8), ("7", 8), ("1", 8), ("4", 8), ("5", 8), ("9", 8)], "0"),
    "BE": ("32", [("470", 6), ("485", 6), ("2", 7), ("9", 7)], "0"),
    "LU": ("352", [("621", 6), ("691", 6)], ""),
    "NL": ("31", [("6", 8), ("20", 7), ("10", 7)], "0"),
    "GB": ("44", [("7700", 6), ("7911", 6), ("20", 8), ("161", 7), ("131", 7)], "0"),
    "IE": ("353", [("87", 7), ("85", 7), ("1", 7)], "0"),
    "US": ("1", [("212", 7), ("415", 7), ("312", 7), ("646", 7), ("206", 7)], ""),
    "CA": ("1", [("514", 7), ("438", 7), ("416", 7), ("418", 7)], ""),
    "IT": ("39", [("347", 7), ("333", 7), ("06", 8), ("02", 8)], ""),
    "ES": ("34", [("612", 6), ("699", 6), ("91", 7), ("93", 7)], ""),
    "PL": ("48", [("501", 6), ("601", 6), ("22", 7)], ""),
    "SE": ("46", [("70", 7), ("8", 7)], "0"),
    "PT": ("351", [("912", 6), ("21", 7)], ""),
    "DK": ("45", [("20", 6), ("31", 6)], ""),
    "MA": ("212", [("661", 6), ("522", 6)], "0"),
}
PHONE_BY_LANG = {"en": ["GB", "GB", "US", "IE", "CA", "US", "DE", "NL", "SE", "DK"],
                 "de": ["DE", "DE", "DE", "AT", "CH", "DE", "LU", "NL", "PL", "IT"],
                 "fr": ["FR", "FR", "FR", "BE", "CH", "LU", "CA", "MA", "ES", "PT"]}


def _grp(s, sizes):
    out, i = [], 0
    for z in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + z]); i += z
    if i < len(s):
        out[-1] += s[i:]
    return out


def phone(R, cc, form=None):
    code, plans, trunk = PHONE_TAB[cc]
    area, n = R.choice(plans)
    sub = rs(R, "23456789", 1) + rs(R, DIG, n - 1)
    nat_digits = area + sub
    forms = ["intl", "intl", "e164", "national", "intl00", "national_compact", "intl_dash", "tel_uri"]
    if cc == "FR":
        forms += ["fr_pairs", "fr_pairs", "fr_dots"]
    if cc in ("US", "CA"):
        forms += ["us_paren", "us_dash", "us_dots"]
    if cc in ("DE", "AT", "CH"):
        forms += ["intl_paren0", "slash"]
    form = form or R.choice(forms)
    tr = trunk
    if form == "intl":
        v = "+%s %s %s" % (code, area, " ".join(_grp(sub, [3, 4] if len(sub) > 6 else [3, 3])))
    elif form == "e164":
        v = "+" + code + nat_digits
    elif form == "intl00":
        v = "00%s %s %s" % (code, area, sub)
    elif form == "national":
        v = "%s%s %s" % (tr, area, " ".join(_grp(sub, [3, 4] if len(sub) > 6 else [3, 3])))
    elif form == "national_compact":
        v = tr + nat_digits
    elif form == "intl_dash":
        v = "+%s-%s-%s" % (code, area, sub)
    elif form == "tel_uri":
        v = "tel:+" + code + nat_digits
    elif form in ("fr_pairs", "fr_dots"):
        d = "0" + nat_digits
        p = [d[i:i + 2] for i in range(0, 10, 2)]
        v = (" " if form == "fr_pairs" else ".").join(p)
    elif form == "us_paren":
        v = "(%s) %s-%s" % (area, sub[:3], sub[3:])
    elif form == "us_dash":
        v = "+1 %s-%s-%s" % (area, sub[:3], sub[3:]) if R.random() < .5 else "%s-%s-%s" % (area, sub[:3], sub[3:])
    elif form == "us_dots":
        v = "%s.%s.%s" % (area, sub[:3], sub[3:])
    elif form == "intl_paren0":
        v = "+%s (0)%s %s" % (code, area, sub)
    elif form == "slash":
        v = "0%s/%s" % (area, sub)
    else:
        raise ValueError(form)
    return v, "%s_%s" % (form, cc)


# ---------------------------------------------------------------- email
FIRST = {"en": ["oliver", "emma", "jack", "sophie", "liam", "grace", "noah", "chloe", "harry", "amelia", "ethan", "isla",
                "mason", "ruby", "leo", "zoe", "owen", "hannah", "sam", "megan", "tom", "kate", "dylan", "erin"],
         "de": ["lukas", "anna", "jonas", "lena", "felix", "marie", "paul", "julia", "max", "laura", "tim", "sarah",
                "jan", "lea", "niklas", "katrin", "sven", "jana", "jürgen", "sören", "björn", "uwe", "heike", "dirk"],
         "fr": ["lucas", "camille", "hugo", "lea", "louis", "manon", "gabriel", "chloe", "jules", "ines", "arthur",
                "juliette", "theo", "margaux", "nathan", "elodie", "remi", "celine", "mathis", "oceane", "yann",
                "gaelle", "loic", "aurelie"]}
LAST = {"en": ["smith", "jones", "taylor", "brown", "wilson", "evans", "thomas", "roberts", "walker", "wright",
               "hughes", "green", "hall", "clarke", "patel", "murphy", "kelly", "byrne", "oconnor", "campbell"],
        "de": ["mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker", "hoffmann",
               "schulz", "koch", "richter", "klein", "wolf", "neumann", "schwarz", "zimmermann", "krueger", "hartmann", "lange"],
        "fr": ["martin", "bernard", "dubois", "thomas", "robert", "richard", "petit", "durand", "leroy", "moreau",
               "simon", "laurent", "lefebvre", "michel", "garcia", "david", "bertrand", "roux", "vincent", "fournier"]}
DOM = {"en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com", "proton.me",
              "sky.com", "virginmedia.com", "eircom.net", "fastmail.com", "aol.com"],
       "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de", "gmx.net", "outlook.de",
              "mailbox.org", "arcor.de", "yahoo.de", "gmx.at", "bluewin.ch"],
       "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "hotmail.fr", "wanadoo.fr", "yahoo.fr",
              "outlook.fr", "bbox.fr", "skynet.be", "bluewin.ch", "neuf.fr"]}
SHOPDOM = {"en": ["brightleaf-home.co.uk", "northwind-outdoor.com", "copperkettle.shop", "tidewater-goods.com",
                  "oakandash.co.uk", "pixelpantry.io", "harbourlane.ie"],
           "de": ["waldhaus-moebel.de", "kaffeeroesterei-lindner.de", "fahrradkontor.de", "teeladen-am-markt.de",
                  "hanse-textil.de", "alpenbedarf.at", "buerowelt24.de", "gartenglueck-shop.de"],
           "fr": ["maison-lumiere.fr", "la-boutique-du-the.fr", "atelier-cuir-lyon.fr", "velo-passion.fr",
                  "epicerie-fine-dupont.fr", "jardin-et-cie.be", "mode-rivegauche.fr", "chocolaterie-valois.fr"]}
ROLES = {"en": ["support", "orders", "billing", "hello", "returns", "accounts", "sales", "noreply", "ops", "admin", "devops", "alerts"],
         "de": ["kundenservice", "bestellung", "info", "buchhaltung", "rechnung", "service", "versand", "retoure", "admin", "technik"],
         "fr": ["contact", "commandes", "service-client", "facturation", "sav", "compta", "bonjour", "retours", "admin", "support"]}


def uml(s):
    return s.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")


def email(R, lang, kind=None):
    kind = kind or R.choice(["personal", "personal", "personal", "work", "role", "plus", "digits"])
    f = uml(R.choice(FIRST[lang])); l = R.choice(LAST[lang])
    if kind == "personal":
        lp = R.choice([f + "." + l, f + l, f[0] + "." + l, f + "_" + l, l + "." + f, f + "-" + l])
        return lp + "@" + R.choice(DOM[lang]), kind
    if kind == "digits":
        return R.choice([f + l[:3], f + "." + l, f[0] + l]) + str(R.randint(1, 99)).zfill(R.choice([1, 2])) + str(R.choice(["", R.randint(70, 99)])) + "@" + R.choice(DOM[lang]), kind
    if kind == "work":
        return R.choice([f + "." + l, f[0] + l, f]) + "@" + R.choice(SHOPDOM[lang]), kind
    if kind == "role":
        return R.choice(ROLES[lang]) + "@" + R.choice(SHOPDOM[lang]), kind
    if kind == "plus":
        return f + "." + l + "+" + R.choice(["shop", "orders", "amazon", "news", "etsy", "2024", "promo"]) + "@" + R.choice(DOM[lang]), kind


def obfuscate_email(R, e, lang):
    lp, dom = e.split("@")
    parts = dom.split(".")
    st = R.choice(["brackets", "paren", "words", "braces", "caps", "spaced_at", "at_only_paren"])
    if st == "brackets":
        return lp + " [at] " + " [dot] ".join(parts), "obf_brackets"
    if st == "paren":
        return lp + "(at)" + ".".join(parts), "obf_paren"
    if st == "at_only_paren":
        return lp + " (at) " + " (dot) ".join(parts), "obf_paren_dot"
    if st == "words":
        at = {"en": " at ", "de": R.choice([" at ", " ät "]), "fr": R.choice([" at ", " arobase "])}[lang]
        dot = {"en": " dot ", "de": R.choice([" dot ", " punkt "]), "fr": R.choice([" dot ", " point "])}[lang]
        return lp + at + dot.join(parts), "obf_words"
    if st == "braces":
        return lp + "{at}" + "{dot}".join(parts), "obf_braces"
    if st == "caps":
        return lp + " AT " + " DOT ".join(parts), "obf_caps"
    return lp + " @ " + ".".join(parts), "obf_spaced_at"


# ---------------------------------------------------------------- IP
def ipv4(R, kind=None):
    kind = kind or R.choice(["pub", "pub", "pub", "priv"])
    if kind == "priv":
        t = R.choice(["10", "172", "192", "100"])
        if t == "10":
            return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if t == "172":
            return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
        if t == "100":
            return "100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254))
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    a = R.choice([5, 31, 37, 46, 62, 77, 78, 80, 81, 82, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 130, 141,
                  145, 149, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 51, 52, 54, 63, 66, 73, 98, 104, 142, 162])
    return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


V6P = ["2a01:4f8", "2a02:810d", "2003:e3", "2a01:cb08", "2a01:e0a", "2600:1700", "2a00:23c5", "2001:16b8", "2a02:8071",
       "2604:a880", "2a03:2880", "2a05:d014", "2001:41d0", "2a0a:a545"]


def h16(R):
    return "%x" % R.randint(1, 0xffff)


def ipv6(R, kind=None):
    kind = kind or R.choice(["compressed", "compressed", "full", "linklocal_zone", "mapped", "ula", "loop_mid", "leading"])
    p = R.choice(V6P)
    if kind == "compressed":
        return p + ":" + ":".join(h16(R) for _ in range(R.randint(1, 2))) + "::" + ":".join(h16(R) for _ in range(R.randint(1, 3))), "v6_compressed"
    if kind == "full":
        pre = p.split(":")
        rest = [h16(R) for _ in range(8 - len(pre))]
        return ":".join(pre + rest), "v6_full"
    if kind == "linklocal_zone":
        return "fe80::%s:%s:%s:%s%%%s" % (h16(R), h16(R), h16(R), h16(R), R.choice(["eth0", "en0", "ens3", "wlan0", "12"])), "v6_zone"
    if kind == "mapped":
        return "::ffff:" + ipv4(R, "pub"), "v6_mapped"
    if kind == "ula":
        return "fd%02x:%s:%s::%s" % (R.randint(0, 255), h16(R), h16(R), h16(R)), "v6_ula"
    if kind == "loop_mid":
        return p + "::" + h16(R), "v6_short"
    return "%s:%s:%s:%s:%s:%s:%s:%s" % tuple(["%04x" % R.randint(0x2000, 0x2fff)] + ["%04x" % R.randint(0, 0xffff) for _ in range(7)]), "v6_padded"


def defang(R, ip):
    st = R.choice(["last", "all", "paren", "dot_word"])
    if st == "last":
        i = ip.rfind(".")
        return ip[:i] + "[.]" + ip[i + 1:], "defang_last"
    if st == "all":
        return ip.replace(".", "[.]"), "defang_all"
    if st == "paren":
        return ip.replace(".", "(.)"), "defang_paren"
    return ip.replace(".", "[dot]"), "defang_dotword"


# ---------------------------------------------------------------- order numbers
def _o(R, scheme):
    d = lambda n: rs(R, DIG, n)
    y = str(R.choice([2023, 2024, 2025, 2026]))
    if scheme == "magento_default":
        return "%09d" % R.randint(1000, 4999999)
    if scheme == "magento_store_prefix":
        return str(R.randint(1, 9)) + "%08d" % R.randint(100, 9999999)
    if scheme == "magento_prefix":
        return R.choice(["DE", "FR", "UK", "AT", "B2B", "WEB", "MAG"]) + R.choice(["", "-"]) + "%09d" % R.randint(1000, 999999)
    if scheme == "shopify_default":
        return "#" + str(R.randint(1001, 98000))
    if scheme == "shopify_prefix":
        return R.choice(["#", ""]) + R.choice(["SH", "NW", "BL", "EU", "ORD", "KK", "MLU"]) + R.choice(["", "-"]) + str(R.randint(1001, 60000))
    if scheme == "shopify_suffix":
        return "#" + str(R.randint(1001, 60000)) + R.choice(["-DE", "-FR", "-EU", "-UK", "B", "-W"])
    if scheme == "woocommerce":
        return "#" + str(R.randint(100, 99999))
    if scheme == "woo_sequential":
        return R.choice(["WC-", "WP", "SO-", "BST-", "CMD-", ""]) + y + R.choice(["-", ""]) + "%05d" % R.randint(1, 99999)
    if scheme == "shopware":
        return str(R.randint(10000, 99999))
    if scheme == "shopware_prefix":
        return R.choice(["SW", "SW-", "B2C-"]) + str(R.randint(10000, 999999))
    if scheme == "prestashop_ref":
        return rs(R, UP, 9)
    if scheme == "prestashop_id":
        return str(R.randint(100, 99999))
    if scheme == "amazon":
        return "%s-%s-%s" % (R.choice(["302", "303", "304", "305", "028", "171", "112", "114", "407", "403", "406", "408"]), d(7), d(7))
    if scheme == "ebay":
        return "%02d-%05d-%05d" % (R.randint(1, 27), R.randint(0, 99999), R.randint(0, 99999))
    if scheme == "etsy":
        return str(R.randint(1000000000, 3999999999))
    if scheme == "zalando":
        return "10" + d(12)
    if scheme == "otto":
        return R.choice(UP) + rs(R, ANU, 7)
    if scheme == "kaufland":
        return rs(R, ANU, 7)
    if scheme == "bol":
        return "A" + rs(R, ANU, 8) if R.random() < .5 else d(10)
    if scheme == "cdiscount":
        return d(6) + rs(R, UP + DIG, 8)
    if scheme == "aliexpress":
        return "80" + d(14)
    if scheme == "temu":
        return "PO-%s-%s" % (R.choice(["211", "076", "014"]), d(17))
    if scheme == "backmarket":
        return d(8)
    if scheme == "letter_prefixed":
        return R.choice(["A", "B", "ORD", "BE", "CMD", "AU", "ON", "SO", "PO", "B2B"]) + R.choice(["", "-", "/"]) + d(R.randint(5, 8))
    if scheme == "year_prefixed":
        return y + R.choice(["-", "/", ""]) + d(R.randint(4, 7))
    if scheme == "year_letter":
        return R.choice(["BE", "AUF", "CO", "ORD"]) + "-" + y + "-" + d(R.randint(4, 6))
    if scheme == "generic_digits":
        return d(R.randint(5, 11))
    if scheme == "generic_alnum":
        return rs(R, UP, R.randint(1, 3)) + d(R.randint(4, 8)) + R.choice(["", rs(R, UP, 1)])
    raise ValueError(scheme)


ORDER_SCHEMES = ["magento_default", "magento_store_prefix", "magento_prefix", "shopify_default", "shopify_prefix",
                 "shopify_suffix", "woocommerce", "woo_sequential", "shopware", "shopware_prefix", "prestashop_ref",
                 "prestashop_id", "amazon", "ebay", "etsy", "zalando", "otto", "kaufland", "bol", "cdiscount",
                 "aliexpress", "temu", "backmarket", "letter_prefixed", "year_prefixed", "year_letter",
                 "generic_digits", "generic_alnum"]
MARKET = {"amazon": "Amazon", "ebay": "eBay", "etsy": "Etsy", "zalando": "Zalando", "otto": "OTTO Market",
          "kaufland": "Kaufland", "bol": "bol.com", "cdiscount": "Cdiscount", "aliexpress": "AliExpress", "temu": "Temu",
          "backmarket": "Back Market"}


def order(R, scheme=None, nohash=False):
    scheme = scheme or R.choice(ORDER_SCHEMES)
    for _ in range(100):
        v = _o(R, scheme)
        if nohash:
            v = v.lstrip("#")
        if luhn_hygienic(v) and (scheme == "prestashop_ref" or re.search(r"\d", v)):
            return v, scheme


# ---------------------------------------------------------------- secrets
def jwt(R):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(('{"sub":"%d","iat":%d,"scope":"%s"}' % (R.randint(1000, 99999), R.randint(1700000000, 1790000000), R.choice(["orders:write", "admin", "api", "read write"]))).encode()).decode().rstrip("=")
    return h + "." + p + "." + rs(R, B64U, 43)


SECRET_KINDS = {
    "github_pat": lambda R: "ghp_" + rs(R, AN, 36),
    "github_oauth": lambda R: "gho_" + rs(R, AN, 36),
    "github_app": lambda R: R.choice(["ghs_", "ghu_"]) + rs(R, AN, 36),
    "github_refresh": lambda R: "ghr_" + rs(R, AN, 36),
    "github_fine_grained": lambda R: "github_pat_" + rs(R, ANU, 22) + "_" + rs(R, AN, 59),
    "gitlab_pat": lambda R: "glpat-" + rs(R, AN + "-_", 20),
    "gitlab_pipeline_trigger": lambda R: "glptt-" + rs(R, HEX, 40),
    "gitlab_runner": lambda R: R.choice(["glrt-", "GR1348941"]) + rs(R, AN + "-_", 20),
    "gitlab_deploy": lambda R: "gldt-" + rs(R, AN + "-_", 20),
    "slack_bot": lambda R: "xoxb-%s-%s-%s" % (rs(R, DIG, 12), rs(R, DIG, 13), rs(R, AN, 24)),
    "slack_user": lambda R: "xoxp-%s-%s-%s-%s" % (rs(R, DIG, 12), rs(R, DIG, 12), rs(R, DIG, 13), rs(R, HEX, 32)),
    "slack_app": lambda R: "xapp-1-A%s-%s-%s" % (rs(R, ANU, 10), rs(R, DIG, 13), rs(R, HEX, 64)),
    "stripe_secret": lambda R: R.choice(["sk_live_", "sk_test_"]) + rs(R, AN, R.choice([24, 99])),
    "stripe_restricted": lambda R: "rk_live_" + rs(R, AN, R.choice([24, 99])),
    "stripe_webhook_secret": lambda R: "whsec_" + rs(R, AN, 32),
    "openai": lambda R: R.choice(["sk-proj-" + rs(R, AN + "-_", 120) + "T3BlbkFJ" + rs(R, AN + "-_", 30),
                                  "sk-" + rs(R, AN, 20) + "T3BlbkFJ" + rs(R, AN, 20)]),
    "anthropic": lambda R: "sk-ant-api03-" + rs(R, AN + "-_", 93) + "AA",
    "anthropic_admin": lambda R: "sk-ant-admin01-" + rs(R, AN + "-_", 93) + "AA",
    "aws_access_key": lambda R: R.choice(["AKIA", "ASIA"]) + rs(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
    "aws_secret_key": lambda R: rs(R, AN + "/+", 40),
    "google_api": lambda R: "AIza" + rs(R, AN + "-_", 35),
    "google_oauth_secret": lambda R: "GOCSPX-" + rs(R, AN + "-_", 28),
    "google_oauth_access": lambda R: "ya29." + rs(R, AN + "-_", 120),
    "twilio_api_key": lambda R: "SK" + rs(R, HEX, 32),
    "twilio_auth_token": lambda R: rs(R, HEX, 32),
    "sendgrid": lambda R: "SG." + rs(R, AN + "-_", 22) + "." + rs(R, AN + "-_", 43),
    "mailgun": lambda R: "key-" + rs(R, HEX, 32),
    "mailchimp": lambda R: rs(R, HEX, 32) + "-us" + str(R.randint(1, 21)),
    "brevo": lambda R: "xkeysib-" + rs(R, HEX, 64) + "-" + rs(R, AN, 16),
    "shopify_access": lambda R: "shpat_" + rs(R, HEX, 32),
    "shopify_shared_secret": lambda R: "shpss_" + rs(R, HEX, 32),
    "shopify_custom_app": lambda R: "shpca_" + rs(R, HEX, 32),
    "shopify_private_app": lambda R: "shppa_" + rs(R, HEX, 32),
    "npm": lambda R: "npm_" + rs(R, AN, 36),
    "pypi": lambda R: "pypi-AgEIcHlwaS5vcmc" + rs(R, AN + "-_", 60),
    "rubygems": lambda R: "rubygems_" + rs(R, HEX, 48),
    "vault_service": lambda R: "hvs." + rs(R, AN + "-_", 90),
    "vault_batch": lambda R: "hvb." + rs(R, AN + "-_", 138),
    "terraform_cloud": lambda R: rs(R, AN, 14) + ".atlasv1." + rs(R, AN + "-_=", 67),
    "huggingface": lambda R: "hf_" + rs(R, string.ascii_letters, 34),
    "digitalocean_pat": lambda R: "dop_v1_" + rs(R, HEX, 64),
    "digitalocean_oauth": lambda R: "doo_v1_" + rs(R, HEX, 64),
    "databricks": lambda R: "dapi" + rs(R, HEX, 32),
    "newrelic_user": lambda R: "NRAK-" + rs(R, ANU, 27),
    "newrelic_insert": lambda R: "NRII-" + rs(R, AN + "-_", 32),
    "grafana_cloud": lambda R: "glc_" + rs(R, AN + "+/", 80) + "==",
    "grafana_sa": lambda R: "glsa_" + rs(R, AN, 32) + "_" + rs(R, HEX, 8),
    "square_access": lambda R: "EAAA" + rs(R, AN + "-_", 60),
    "square_oauth_secret": lambda R: "sq0csp-" + rs(R, AN + "-_", 43),
    "shippo": lambda R: "shippo_live_" + rs(R, HEX, 40),
    "postman": lambda R: "PMAK-" + rs(R, HEX, 24) + "-" + rs(R, HEX, 34),
    "pulumi": lambda R: "pul-" + rs(R, HEX, 40),
    "linear": lambda R: "lin_api_" + rs(R, AN, 40),
    "atlassian": lambda R: "ATATT3xFfGF0" + rs(R, AN + "-_", 170) + "=" + rs(R, ANU, 8),
    "telegram_bot": lambda R: str(R.randint(100000000, 8999999999)) + ":AA" + rs(R, AN + "-_", 33),
    "age_secret": lambda R: "AGE-SECRET-KEY-1" + rs(R, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58),
    "doppler": lambda R: "dp.pt." + rs(R, AN, 43),
    "planetscale_token": lambda R: "pscale_tkn_" + rs(R, AN + "-_", 43),
    "planetscale_password": lambda R: "pscale_pw_" + rs(R, AN + "-_", 43),
    "alibaba_access_key": lambda R: "LTAI" + rs(R, AN, 20),
    "azure_client_secret": lambda R: rs(R, AN, 3) + "8Q~" + rs(R, AN + "-_.~", 34),
    "sentry_user": lambda R: "sntryu_" + rs(R, HEX, 64),
    "sentry_org": lambda R: "sntrys_eyJpYXQiOjE3" + rs(R, AN, 80) + "_" + rs(R, AN + "/+", 43),
    "docker_pat": lambda R: "dckr_pat_" + rs(R, AN + "-_", 27),
    "dynatrace": lambda R: "dt0c01." + rs(R, ANU, 24) + "." + rs(R, ANU, 64),
    "easypost": lambda R: "EZAK" + rs(R, AN, 54),
    "flutterwave": lambda R: "FLWSECK-" + rs(R, HEX, 32) + "-X",
    "frameio": lambda R: "fio-u-" + rs(R, AN + "-_=", 64),
    "readme": lambda R: "rdme_" + rs(R, HEX, 70),
    "prefect": lambda R: "pnu_" + rs(R, AN, 36),
    "infracost": lambda R: "ico-" + rs(R, AN, 32),
    "scalingo": lambda R: "tk-us-" + rs(R, AN + "-_", 48),
    "clojars": lambda R: "CLOJARS_" + rs(R, LO + DIG, 60),
    "duffel": lambda R: "duffel_live_" + rs(R, AN + "-_=", 43),
    "openshift": lambda R: "sha256~" + rs(R, AN + "-_", 43),
    "okta": lambda R: "00" + rs(R, AN + "-_", 40),
    "contentful": lambda R: "CFPAT-" + rs(R, AN + "-_", 43),
    "airtable_pat": lambda R: "pat" + rs(R, AN, 14) + "." + rs(R, HEX, 64),
    "notion": lambda R: R.choice(["secret_" + rs(R, AN, 43), "ntn_" + rs(R, DIG, 11) + rs(R, AN, 35)]),
    "mollie": lambda R: R.choice(["live_", "test_"]) + rs(R, AN, 30),
    "mollie_access": lambda R: "access_" + rs(R, AN, 40),
    "adyen_api": lambda R: "AQE" + rs(R, AN, 3) + "mfxK" + rs(R, AN + "+/", 60) + "=" + "-" + rs(R, AN + "+/", 43) + "=-" + rs(R, AN, 12),
    "braintree": lambda R: "access_token$production$" + rs(R, LO + DIG, 16) + "$" + rs(R, HEX, 32),
    "paypal_client_secret": lambda R: "E" + rs(R, AN + "-_", 79),
    "klaviyo_private": lambda R: "pk_" + rs(R, HEX, 34),
    "mapbox_secret": lambda R: "sk.eyJ1Ijoi" + rs(R, AN, 40) + "." + rs(R, AN + "-_", 22),
    "jwt": jwt,
    "cloudflare_api_token": lambda R: rs(R, AN + "-_", 40),
    "heroku": lambda R: "HRKU-AA" + rs(R, AN + "-_", 58),
    "fly": lambda R: "FlyV1 fm2_" + rs(R, AN + "+/", 140) + "==",
    "woo_consumer_key": lambda R: "ck_" + rs(R, HEX, 40),
    "woo_consumer_secret": lambda R: "cs_" + rs(R, HEX, 40),
    "shopware_access_key": lambda R: "SWIA" + rs(R, ANU, 22),
    "magento_integration": lambda R: rs(R, LO + DIG, 32),
    "prestashop_ws_key": lambda R: rs(R, ANU, 32),
    "laravel_app_key": lambda R: "base64:" + base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode(),
    "django_secret": lambda R: "django-insecure-" + rs(R, LO + DIG + "!@#$%^&*(-_=+)", 50) if R.random() < .3 else rs(R, LO + DIG + "!@#%^&*(-_=+)", 50),
    "generic_hex": lambda R: rs(R, HEX, R.choice([32, 40, 48, 64])),
    "generic_b64": lambda R: rs(R, AN, R.choice([24, 32, 40, 48])),
    "password": None,
    "basic_auth": None,
    "session_cookie": None,
    "gcp_service_account_key": None,
}
NAMED_ONLY = {"aws_secret_key", "twilio_auth_token", "mailchimp", "magento_integration", "prestashop_ws_key",
              "generic_hex", "generic_b64", "cloudflare_api_token", "okta", "azure_client_secret", "mollie",
              "klaviyo_private", "paypal_client_secret", "django_secret", "password"}
KEYNAMES = {
    "github_pat": ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"], "github_oauth": ["GITHUB_OAUTH_TOKEN"], "github_app": ["GH_APP_TOKEN"],
    "github_refresh": ["GH_REFRESH_TOKEN"], "github_fine_grained": ["GH_TOKEN", "RELEASE_TOKEN"],
    "gitlab_pat": ["GITLAB_TOKEN", "CI_API_TOKEN"], "gitlab_pipeline_trigger": ["TRIGGER_TOKEN"], "gitlab_runner": ["RUNNER_TOKEN"],
    "gitlab_deploy": ["DEPLOY_TOKEN"], "slack_bot": ["SLACK_BOT_TOKEN"], "slack_user": ["SLACK_USER_TOKEN"], "slack_app": ["SLACK_APP_TOKEN"],
    "stripe_secret": ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "stripe_secret"], "stripe_restricted": ["STRIPE_RESTRICTED_KEY"],
    "stripe_webhook_secret": ["STRIPE_WEBHOOK_SECRET", "STRIPE_ENDPOINT_SECRET"], "openai": ["OPENAI_API_KEY"],
    "anthropic": ["ANTHROPIC_API_KEY"], "anthropic_admin": ["ANTHROPIC_ADMIN_KEY"], "aws_access_key": ["AWS_ACCESS_KEY_ID", "aws_access_key_id"],
    "aws_secret_key": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"], "google_api": ["GOOGLE_MAPS_API_KEY", "GOOGLE_API_KEY"],
    "google_oauth_secret": ["GOOGLE_CLIENT_SECRET"], "google_oauth_access": ["GOOGLE_ACCESS_TOKEN"], "twilio_api_key": ["TWILIO_API_KEY"],
    "twilio_auth_token": ["TWILIO_AUTH_TOKEN"], "sendgrid": ["SENDGRID_API_KEY"], "mailgun": ["MAILGUN_API_KEY"],
    "mailchimp": ["MAILCHIMP_API_KEY"], "brevo": ["BREVO_API_KEY", "SENDINBLUE_KEY"], "shopify_access": ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"],
    "shopify_shared_secret": ["SHOPIFY_API_SECRET"], "shopify_custom_app": ["SHOPIFY_CUSTOM_APP_TOKEN"], "shopify_private_app": ["SHOPIFY_PASSWORD"],
    "npm": ["NPM_TOKEN", "NODE_AUTH_TOKEN"], "pypi": ["PYPI_TOKEN", "TWINE_PASSWORD"], "rubygems": ["GEM_HOST_API_KEY"],
    "vault_service": ["VAULT_TOKEN"], "vault_batch": ["VAULT_TOKEN"], "terraform_cloud": ["TFE_TOKEN", "TF_API_TOKEN"],
    "huggingface": ["HF_TOKEN", "HUGGINGFACE_HUB_TOKEN"], "digitalocean_pat": ["DIGITALOCEAN_TOKEN", "DO_TOKEN"],
    "digitalocean_oauth": ["DO_OAUTH_TOKEN"], "databricks": ["DATABRICKS_TOKEN"], "newrelic_user": ["NEW_RELIC_API_KEY"],
    "newrelic_insert": ["NEW_RELIC_INSERT_KEY"], "grafana_cloud": ["GRAFANA_CLOUD_TOKEN"], "grafana_sa": ["GRAFANA_SA_TOKEN"],
    "square_access": ["SQUARE_ACCESS_TOKEN"], "square_oauth_secret": ["SQUARE_APP_SECRET"], "shippo": ["SHIPPO_API_KEY"],
    "postman": ["POSTMAN_API_KEY"], "pulumi": ["PULUMI_ACCESS_TOKEN"], "linear": ["LINEAR_API_KEY"], "atlassian": ["JIRA_API_TOKEN", "ATLASSIAN_TOKEN"],
    "telegram_bot": ["TELEGRAM_BOT_TOKEN"], "age_secret": ["SOPS_AGE_KEY"], "doppler": ["DOPPLER_TOKEN"],
    "planetscale_token": ["PLANETSCALE_SERVICE_TOKEN"], "planetscale_password": ["DATABASE_PASSWORD"], "alibaba_access_key": ["ALIBABA_CLOUD_ACCESS_KEY_ID"],
    "azure_client_secret": ["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET"], "sentry_user": ["SENTRY_AUTH_TOKEN"], "sentry_org": ["SENTRY_AUTH_TOKEN"],
    "docker_pat": ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], "dynatrace": ["DT_API_TOKEN"], "easypost": ["EASYPOST_API_KEY"],
    "flutterwave": ["FLW_SECRET_KEY"], "frameio": ["FRAMEIO_TOKEN"], "readme": ["README_API_KEY"], "prefect": ["PREFECT_API_KEY"],
    "infracost": ["INFRACOST_API_KEY"], "scalingo": ["SCALINGO_API_TOKEN"], "clojars": ["CLOJARS_PASSWORD"], "duffel": ["DUFFEL_ACCESS_TOKEN"],
    "openshift": ["OC_TOKEN"], "okta": ["OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN"], "contentful": ["CONTENTFUL_MANAGEMENT_TOKEN"],
    "airtable_pat": ["AIRTABLE_TOKEN"], "notion": ["NOTION_TOKEN", "NOTION_API_KEY"], "mollie": ["MOLLIE_API_KEY", "MOLLIE_KEY"],
    "mollie_access": ["MOLLIE_ACCESS_TOKEN"], "adyen_api": ["ADYEN_API_KEY"], "braintree": ["BRAINTREE_ACCESS_TOKEN"],
    "paypal_client_secret": ["PAYPAL_CLIENT_SECRET", "PAYPAL_SECRET"], "klaviyo_private": ["KLAVIYO_PRIVATE_KEY"],
    "mapbox_secret": ["MAPBOX_SECRET_TOKEN"], "jwt": ["API_JWT", "SERVICE_TOKEN", "AUTH_TOKEN"], "cloudflare_api_token": ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"],
    "heroku": ["HEROKU_API_KEY"], "fly": ["FLY_API_TOKEN"], "woo_consumer_key": ["WC_CONSUMER_KEY"], "woo_consumer_secret": ["WC_CONSUMER_SECRET"],
    "shopware_access_key": ["SHOPWARE_ACCESS_KEY"], "magento_integration": ["MAGENTO_ACCESS_TOKEN", "MAGENTO_INTEGRATION_TOKEN"],
    "prestashop_ws_key": ["PRESTASHOP_WS_KEY", "PS_WEBSERVICE_KEY"], "laravel_app_key": ["APP_KEY"], "django_secret": ["DJANGO_SECRET_KEY", "SECRET_KEY"],
    "generic_hex": ["API_SECRET", "HMAC_SECRET", "SIGNING_KEY", "ENCRYPTION_KEY", "WEBHOOK_SECRET"],
    "generic_b64": ["API_KEY", "ERP_API_TOKEN", "PIM_TOKEN", "INTERNAL_API_KEY", "CLIENT_SECRET"],
    "password": ["DB_PASSWORD", "MYSQL_PASSWORD", "POSTGRES_PASSWORD", "SMTP_PASSWORD", "REDIS_PASSWORD", "ADMIN_PASSWORD"],
    "session_cookie": ["SESSION"], "gcp_service_account_key": ["GOOGLE_CREDENTIALS"],
}
PW_WORDS = ["Sommer", "Winter", "Kaffee", "Soleil", "Hiver", "Maison", "Falcon", "Harbour", "Tiger", "Berlin", "Lyon",
            "Nordsee", "Orange", "Velo", "Garten", "Bretagne", "Mercury", "Atlas", "Kestrel", "Pfanne"]


def password(R):
    st = R.random()
    if st < .4:
        return rs(R, AN, R.randint(16, 28))
    if st < .7:
        return R.choice(PW_WORDS) + R.choice(["!", "#", "$", "%", "&", "_", ".", "-"]) + str(R.randint(10, 9999)) + R.choice(PW_WORDS).lower() + R.choice(["?", "!", "*", ""])
    return rs(R, AN + "!#%*-_.", R.randint(14, 24))


def session_cookie(R):
    k = R.choice(["PHPSESSID", "laravel_session", "connect.sid", "JSESSIONID", "sessionid", "frontend", "_session_id", "SESS"])
    if k == "PHPSESSID" or k == "frontend":
        v = rs(R, LO + DIG, 26)
    elif k == "laravel_session":
        v = "eyJpdiI6" + rs(R, AN, 180) + "%3D"
    elif k == "connect.sid":
        v = "s%3A" + rs(R, AN + "-_", 32) + "." + rs(R, AN + "%", 43)
    elif k == "JSESSIONID":
        v = rs(R, "0123456789ABCDEF", 32)
    elif k == "sessionid":
        v = rs(R, LO + DIG, 32)
    else:
        v = rs(R, HEX, 32)
    return k, v


def secret(R, kind=None):
    kind = kind or R.choice([k for k in SECRET_KINDS if k not in ("session_cookie", "gcp_service_account_key", "basic_auth")])
    if kind == "password":
        return password(R), kind
    if kind == "session_cookie":
        return session_cookie(R)[1], kind
    if kind == "basic_auth":
        u = R.choice(["admin", "api", "shop_sync", "erp", "K1234_merchant", "PK12345_abc", "webhook", "deploy"])
        return base64.b64encode((u + ":" + password(R)).encode()).decode(), kind
    if kind == "gcp_service_account_key":
        kind = "generic_b64"
    return SECRET_KINDS[kind](R), kind


PEM_KINDS = [("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", "pem_rsa"), ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "pem_pkcs8"),
             ("EC PRIVATE KEY", "MHcCAQEEI", "pem_ec"), ("DSA PRIVATE KEY", "MIIBuwIBAAKBgQ", "pem_dsa"),
             ("ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", "pem_encrypted"),
             ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA", "openssh"),
             ("PGP PRIVATE KEY BLOCK", "lQOYBG", "pgp_private")]


def pem(R, nl="\n", indent="", kind=None):
    name, start, var = kind or R.choice(PEM_KINDS)
    nlines = R.randint(4, 9) if var not in ("pem_ec", "openssh") else R.randint(3, 6)
    lines = []
    body = start + rs(R, B64, 64 * nlines - len(start))
    for i in range(0, len(body), 64 if var != "openssh" else 70):
        lines.append(body[i:i + (64 if var != "openssh" else 70)])
    lines[-1] = lines[-1][:R.randint(20, 60)] + R.choice(["=", "==", ""])
    if var == "pgp_private":
        lines = ["", ] + lines + ["=" + rs(R, AN, 4)]
    all_ = ["-----BEGIN %s-----" % name] + lines + ["-----END %s-----" % name]
    return (nl + indent).join(all_), var


# ---------------------------------------------------------------- negatives
def n_date(R, lang):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2024, 2025, 2026])
    return R.choice({"en": ["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, R.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Sep", "Oct", "Nov", "Dec"]), y)],
                     "de": ["%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d. %s %d" % (d, R.choice(["Januar", "März", "Mai", "Juni", "Oktober", "Dezember"]), y)],
                     "fr": ["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, R.choice(["janvier", "février", "mars", "mai", "juin", "octobre", "décembre"]), y)]}[lang])


def iso_date(R):
    return "%d-%02d-%02d" % (R.choice([2025, 2026]), R.randint(1, 12), R.randint(1, 28))


def iso_dt(R):
    return "%sT%02d:%02d:%02d%s" % (iso_date(R), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.choice(["Z", "+01:00", "+02:00", ".%03dZ" % R.randint(0, 999)]))


def n_time(R):
    return "%02d:%02d" % (R.randint(7, 22), R.randint(0, 59)) + R.choice(["", ":%02d" % R.randint(0, 59)])


def n_amount(R, lang):
    v = R.randint(199, 99999) / 100
    if lang == "en":
        return R.choice(["£%.2f" % v, "€%.2f" % v, "$%.2f" % v, "%.2f EUR" % v])
    s = ("%.2f" % v).replace(".", ",")
    return R.choice([s + " €", s + " EUR", "EUR " + s, s + "\u00a0€"])


def n_sku(R):
    return R.choice([rs(R, UP, 3) + "-" + rs(R, DIG, 4) + "-" + rs(R, UP, R.randint(1, 2)),
                     rs(R, UP, 2) + rs(R, DIG, 5), "SKU-" + rs(R, DIG, 6), rs(R, UP, 4) + "-" + rs(R, DIG, 3) + "-" + R.choice(["BLK", "WHT", "XL", "M", "38", "42"])])


def ean13(R, prefix=None):
    for _ in range(500):
        b = (prefix or R.choice(["400", "401", "403", "426", "300", "376", "500", "501", "540", "590", "800", "871"])) + rs(R, DIG, 12 - len(prefix or "400"))
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
        v = b + str((10 - s % 10) % 10)
        if not luhn_ok(v):
            return v


def gs1_ok(v):
    s = sum(int(c) * (3 if (len(v) - 1 - i) % 2 else 1) for i, c in enumerate(v[:-1]))
    return (10 - s % 10) % 10 == int(v[-1])


def gtin14(R):
    for _ in range(500):
        b = str(R.randint(0, 8)) + rs(R, DIG, 12)
        s = sum(int(c) * (3 if (13 - i) % 2 else 1) for i, c in enumerate(b))
        v = b + str((10 - s % 10) % 10)
        if gs1_ok(v) and not luhn_ok(v):
            return v


def gln(R):
    return ean13(R, R.choice(["428", "430", "376", "501"]))


def n_tracking(R):
    return clean(R, lambda R: R.choice(["00340434" + rs(R, DIG, 12), "1Z" + rs(R, ANU, 6) + "68" + rs(R, DIG, 8),
                                         "JJD" + rs(R, DIG, 18), rs(R, UP, 2) + rs(R, DIG, 9) + R.choice(["DE", "FR", "GB"]),
                                         "6A" + rs(R, DIG, 11), "H" + rs(R, DIG, 4) + rs(R, UP, 3) + rs(R, DIG, 7)]))


def n_postcode(R, lang):
    return {"en": R.choice(["SW1A 2AA", "M1 1AE", "EC1V 9HX", "LS1 4DY", "D02 X285", "BS1 5TR"]) if R.random() < .5 else "%s%d %d%s" % (rs(R, UP, 2), R.randint(1, 20), R.randint(1, 9), rs(R, UP, 2)),
            "de": "%05d" % R.randint(1067, 99998), "fr": "%05d" % R.randint(1000, 95999)}[lang]


def n_vat(R, lang):
    return R.choice({"en": ["GB" + rs(R, DIG, 9), "IE" + rs(R, DIG, 7) + rs(R, UP, 1)], "de": ["DE" + rs(R, DIG, 9), "ATU" + rs(R, DIG, 8), "CHE-%s.%s.%s MWST" % (rs(R, DIG, 3), rs(R, DIG, 3), rs(R, DIG, 3))],
                     "fr": ["FR" + rs(R, DIG, 2) + rs(R, DIG, 9), "BE0" + rs(R, DIG, 9), "LU" + rs(R, DIG, 8)]}[lang])


def n_uuid(R):
    return "%s-%s-4%s-%s%s-%s" % (rs(R, HEX, 8), rs(R, HEX, 4), rs(R, HEX, 3), R.choice("89ab"), rs(R, HEX, 3), rs(R, HEX, 12))


def n_hash(R):
    return rs(R, HEX, R.choice([32, 64, 64]))


def n_commit(R):
    return rs(R, HEX, R.choice([7, 8, 40, 40]))


def n_version(R):
    return R.choice(["%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 40)), "v%d.%d.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 9)),
                     "2.4.%d-p%d" % (R.randint(3, 7), R.randint(1, 4)), "%d.%d" % (R.randint(1, 20), R.randint(0, 9))])


def n_invoice(R):
    return clean(R, lambda R: R.choice(["RE-%d-%05d" % (R.randint(2024, 2026), R.randint(1, 99999)), "INV-%06d" % R.randint(1, 999999),
                                         "FA%d%06d" % (R.randint(24, 26), R.randint(1, 999999)), "F-%d-%04d" % (R.randint(2024, 2026), R.randint(1, 9999)),
                                         "RG%08d" % R.randint(1, 99999999)]))


def n_customer(R):
    return R.choice(["KD-%06d" % R.randint(1, 999999), "CUST-%05d" % R.randint(1, 99999), "cus_" + rs(R, AN, 14), "C%07d" % R.randint(1, 9999999), "CL-%05d" % R.randint(1, 99999)])


def n_ticket(R):
    return R.choice(["#%d" % R.randint(10000, 999999), "ZD-%d" % R.randint(10000, 99999), "%s-%d" % (R.choice(["SHOP", "OPS", "SUP", "ECOM", "PAY"]), R.randint(10, 9999)), "TCK-%06d" % R.randint(1, 999999)])


def n_model(R):
    return R.choice(["WH-1000XM5", "SM-S918B", "iPhone 15 Pro", "MQ6F3ZD/A", "KD-55X85L", "DCB184-XJ", "WM14N2G1", "EOS R50", "GA-402", "Pixel 8a", "Dyson V15"])


def n_request_id(R):
    return R.choice(["req_" + rs(R, AN, 14), n_uuid(R), rs(R, HEX, 32), "Root=1-%s-%s" % (rs(R, HEX, 8), rs(R, HEX, 24)), rs(R, ANU, 26)])


def n_build_id(R):
    return R.choice([str(R.randint(1000000000, 9999999999)), "#%d" % R.randint(100, 9999), str(R.randint(100000, 9999999))])


def n_csrf(R):
    return R.choice([rs(R, AN, 16), rs(R, AN, 40), rs(R, HEX, 10)])


def n_bic(R, cc):
    return rs(R, UP, 4) + cc + rs(R, ANU, 2) + R.choice(["", "XXX", rs(R, ANU, 3)])


PLACEHOLDERS = ["<YOUR_API_KEY>", "${STRIPE_SECRET_KEY}", "{{ secrets.GITHUB_TOKEN }}", "${{ secrets.NPM_TOKEN }}", "changeme", "***",
                "[MASKED]", "xxxxxxxxxxxxxxxx", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
                "your-secret-here", "REPLACE_ME", "%env(APP_SECRET)%", "<password>", "dummy", "${DB_PASSWORD}", "$(cat /run/secrets/db_pw)",
                "{{ .Values.db.password }}", "var.db_password", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "********", "<token>", "REDACTED",
                "$CI_JOB_TOKEN", "example-token-123", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"]


def n_pubkey(R):
    t = R.random()
    if t < .4:
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(R, AN + "+/", 43) + " " + R.choice(["deploy@ci", "jenkins@build01", "ops@bastion"])
    if t < .6:
        return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(R, AN + "+/", 180) + " " + R.choice(["deploy@ci", "admin@shop"])
    if t < .8:
        return R.choice(["pk_live_", "pk_test_"]) + rs(R, AN, 99)
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(R, B64, 150)
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----"
