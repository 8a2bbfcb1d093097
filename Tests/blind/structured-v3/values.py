"""Value generators for blind set structured-v3 (standard library only).

Every generator takes a random.Random and returns (text, variant). Formats follow public documentation of the
schemes (card IIN ranges + Luhn, ISO 13616 registry BBAN layouts + mod-97, provider token prefixes/lengths).
Bodies are random; nothing here is a real credential, account or card.
"""
import base64
import json
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
AN = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = AN + "+/"
URLSAFE = AN + "-_"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        t += x
    return t % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + rs(r, DIG, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


def luhn_invalid(r, n, first=None):
    while True:
        d = (first or r.choice("123456789")) + rs(r, DIG, n - len(first or "x"))
        if not luhn_ok(d):
            return d


# ---------------------------------------------------------------- credit cards
ISSUERS = {
    "visa": (lambda r: "4" + r.choice(["0", "1", "2", "3", "5", "6", "8", "9"]), [16, 16, 16, 13, 19]),
    "mastercard": (lambda r: "5" + r.choice("12345"), [16]),
    "mastercard2": (lambda r: str(r.randint(2221, 2720)), [16]),
    "amex": (lambda r: r.choice(["34", "37"]), [15]),
    "discover": (lambda r: r.choice(["6011", "644", "645", "646", "647", "648", "649", "65"]), [16, 19]),
    "jcb": (lambda r: str(r.randint(3528, 3589)), [16]),
    "maestro": (lambda r: r.choice(["6759", "5018", "5020", "5038", "6304", "6761", "6763"]), [16, 19, 13]),
    "unionpay": (lambda r: "62" + r.choice(["2", "4", "5", "6", "8"]), [16, 19]),
    "diners": (lambda r: r.choice(["36", "38", "300", "301", "305"]), [14]),
    "cartes_bancaires": (lambda r: r.choice(["4970", "4973", "4974", "5132", "4976"]), [16]),
}
CARD_SEPS = {"space": " ", "dspace": "  ", "tab": "\t", "dot": ".", "dash": "-", "slash": "/", "underscore": "_",
             "nbsp": "\u00a0", "nnbsp": "\u202f", "zwsp": "\u200b", "plain": "", "everydigit": " "}


def groups_for(n):
    return {13: [4, 4, 5], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[n]


def split_groups(d, g):
    out, i = [], 0
    for k in g:
        out.append(d[i:i + k])
        i += k
    return out


def card(r, issuer=None, sep=None):
    issuer = issuer or r.choice(list(ISSUERS))
    pre, lens = ISSUERS[issuer]
    n = r.choice(lens)
    d = luhn_complete(pre(r), n, r)
    sep = sep or r.choice(["space"] * 4 + ["plain", "dash"] * 2 + list(CARD_SEPS))
    if sep == "everydigit":
        txt = " ".join(d)
    elif sep == "plain":
        txt = d
    else:
        txt = CARD_SEPS[sep].join(split_groups(d, groups_for(n)))
    return txt, f"{issuer}_{sep}"


def card_luhn_bad(r, sep=" "):
    pre, lens = ISSUERS[r.choice(["visa", "mastercard", "amex"])]
    n = 16 if lens[0] == 16 else lens[0]
    while True:
        d = pre(r) + rs(r, DIG, n - 2)
        if not luhn_ok(d):
            break
    return sep.join(split_groups(d, groups_for(n)))


# ---------------------------------------------------------------- IBAN
# country: (length, BBAN spec list of (count, kind)) kind n=digits a=upper letters c=alnum; fixed bank codes below.
IBAN_SPEC = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "AZ": "4a20c", "BA": "3n3n8n2n", "BE": "3n7n2n",
    "BG": "4a4n2n8c", "BH": "4a14c", "BR": "8n5n10n1a1c", "CH": "5n12c", "CR": "4n14n", "CY": "3n5n16c",
    "CZ": "4n6n10n", "DE": "8n10n", "DK": "4n9n1n", "DO": "4c20n", "EE": "2n2n11n1n", "ES": "4n4n1n1n10n",
    "FI": "3n11n", "FO": "4n9n1n", "FR": "5n5n11c2n", "GB": "4a6n8n", "GE": "2a16n", "GI": "4a15c", "GL": "4n9n1n",
    "GR": "3n4n16c", "HR": "7n10n", "HU": "3n4n1n15n1n", "IE": "4a6n8n", "IL": "3n3n13n", "IS": "4n2n6n10n",
    "IT": "1a5n5n12c", "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c", "LI": "5n12c", "LT": "5n11n", "LU": "3n13c",
    "LV": "4a13c", "MC": "5n5n11c2n", "MD": "2c18c", "ME": "3n13n2n", "MK": "3n10c2n", "MT": "4a5n18c",
    "MU": "4a2n2n12n3n3a", "NL": "4a10n", "NO": "4n6n1n", "PK": "4a16c", "PL": "8n16n", "PS": "4a21c",
    "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c", "RS": "3n13n2n", "SA": "2n18c", "SE": "3n16n1n",
    "SI": "5n8n2n", "SK": "4n6n10n", "SM": "1a5n5n12c", "TN": "2n3n13n2n", "TR": "5n1n16c", "UA": "6n19c",
    "XK": "4n10n2n",
}
BANK_LETTERS = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"], "IE": ["AIBK", "BOFI", "IPBS"],
                "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB", "BUNQ"], "BG": ["BNBG", "UNCR", "STSA"],
                "BH": ["NBOB", "BBKU"], "GI": ["NWBK"], "KW": ["CBKU", "NBOK"], "LV": ["HABA", "UNLA", "RIKO"],
                "MT": ["MALT", "VALL"], "MU": ["BOMM", "MCBL"], "PK": ["SCBL", "HABB"], "PS": ["PALS"],
                "QA": ["DOHB", "QNBA"], "RO": ["RNCB", "BTRL", "INGB"], "AZ": ["NABZ", "IBAZ"], "GE": ["NB", "TB", "BG"]}
IBAN_LEN = {k: 4 + sum(int(p[:-1]) for p in __import__("re").findall(r"\d+[nac]", v)) for k, v in IBAN_SPEC.items()}


def _mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def _rib_key(bank, branch, acct):
    tr = {}
    for i, ch in enumerate("ABCDEFGHI"):
        tr[ch] = str(i + 1)
    for i, ch in enumerate("JKLMNOPQR"):
        tr[ch] = str(i + 1)
    for i, ch in enumerate("STUVWXYZ"):
        tr[ch] = str(i + 2)
    a = "".join(tr.get(c, c) for c in acct)
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(a)) % 97))


def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(c) * w[i] for i, c in enumerate(digits)) % 11
    return {11: 0, 10: 1}.get(v, v)


def bban(r, cc):
    import re
    parts = re.findall(r"(\d+)([nac])", IBAN_SPEC[cc])
    out = []
    for i, (k, t) in enumerate(parts):
        k = int(k)
        if i == 0 and t == "a" and cc in BANK_LETTERS:
            out.append(r.choice([b for b in BANK_LETTERS[cc] if len(b) == k] or [rs(r, UP, k)]))
        elif t == "n":
            out.append(rs(r, DIG, k))
        elif t == "a":
            out.append(rs(r, UP, k))
        else:  # alnum: mostly digits like real accounts, sometimes a letter
            s = rs(r, DIG, k)
            if r.random() < 0.25:
                j = r.randrange(k)
                s = s[:j] + r.choice(UP) + s[j + 1:]
            out.append(s)
    if cc == "BE":
        base = out[0] + out[1]
        ck = int(base) % 97 or 97
        out[2] = "%02d" % ck
    elif cc in ("FR", "MC"):
        out[2] = out[2].upper()
        out[3] = _rib_key(out[0], out[1], out[2])
    elif cc == "ES":
        out[2] = str(_es_dc("00" + out[0] + out[1]))
        out[3] = str(_es_dc(out[4]))
    elif cc == "CR":
        out[0] = "0" + out[0][1:]
    elif cc == "TR":
        out[1] = "0"
    return "".join(out)


def iban_compact(r, cc):
    b = bban(r, cc)
    ck = 98 - _mod97(b + cc + "00")
    return f"{cc}{ck:02d}{b}"


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


IBAN_FORMATS = ["grouped"] * 5 + ["compact"] * 3 + ["lower", "dashed", "ccspace", "dspace", "linebreak"]


def iban(r, cc=None, fmt=None):
    cc = cc or r.choice(list(IBAN_SPEC) + ["DE", "FR", "DE", "FR", "AT", "CH", "NL", "BE", "ES", "IT", "LU"] * 2)
    fmt = fmt or r.choice(IBAN_FORMATS)
    s = iban_compact(r, cc)
    if fmt == "grouped":
        t = group4(s)
    elif fmt == "compact":
        t = s
    elif fmt == "lower":
        t = group4(s.lower()) if r.random() < 0.5 else s.lower()
    elif fmt == "dashed":
        t = group4(s, "-")
    elif fmt == "ccspace":
        t = s[:2] + " " + s[2:]
    elif fmt == "dspace":
        t = group4(s, "  ")
    else:  # linebreak: grouped, broken over a line in the middle
        g = s[i:i + 4] if False else [s[i:i + 4] for i in range(0, len(s), 4)]
        k = len(g) // 2
        t = " ".join(g[:k]) + "\n" + " ".join(g[k:])
    return t, f"{cc}_{fmt}"


def iban_bad(r):
    cc = r.choice(["DE", "FR", "NL", "AT", "ES", "IT", "BE", "CH", "GB"])
    s = iban_compact(r, cc)
    while True:
        pos = r.randrange(4, len(s))
        ch = s[pos]
        if ch.isdigit():
            t = s[:pos] + str((int(ch) + r.randint(1, 9)) % 10) + s[pos + 1:]
            if _mod97(t[4:] + t[:4]) != 1:
                return group4(t) if r.random() < 0.6 else t


# ---------------------------------------------------------------- phones
def _d(r, n):
    return rs(r, DIG, n)


def _nz(r, n):
    return r.choice("23456789") + rs(r, DIG, n - 1)


PHONE_CC = {"DE": "49", "AT": "43", "CH": "41", "FR": "33", "UK": "44", "US": "1", "NL": "31", "BE": "32", "ES": "34",
            "IT": "39", "PL": "48", "IE": "353", "LU": "352", "DK": "45", "SE": "46", "NO": "47", "FI": "358",
            "PT": "351", "CZ": "420"}


def _phone_parts(r, cc):
    """return (trunk_prefix, area_or_mobile_code, subscriber_groups_national, subscriber_groups_intl)"""
    if cc == "DE":
        a = r.choice(["30", "89", "40", "221", "69", "711", "211", "351", "151", "160", "170", "171", "176", "152"])
        sub = _nz(r, 7 if len(a) == 3 and a[0] == "1" else r.choice([6, 7, 8]) - (1 if len(a) == 3 else 0))
        return "0", a, [sub]
    if cc == "AT":
        a = r.choice(["1", "664", "676", "699", "316", "512", "662"])
        return "0", a, [_nz(r, 7 if a != "1" else 7)]
    if cc == "CH":
        a = r.choice(["44", "43", "31", "61", "22", "79", "78", "76", "71"])
        return "0", a, [_nz(r, 3), _d(r, 2), _d(r, 2)]
    if cc == "FR":
        a = r.choice("1234567")
        return "0", a, [_d(r, 2) for _ in range(4)]
    if cc == "UK":
        k = r.choice(["20", "161", "7700", "7911", "7456", "131", "117", "1632"])
        if k == "20":
            return "0", k, [_nz(r, 4), _d(r, 4)]
        if k.startswith("7"):
            return "0", k, [_d(r, 6)]
        return "0", k, [_nz(r, 3), _d(r, 4)] if len(k) == 3 else [_nz(r, 6)]
    if cc == "US":
        return "", _nz(r, 3), [_nz(r, 3), _d(r, 4)]
    if cc == "NL":
        a = r.choice(["6", "20", "10", "30", "70", "6"])
        return "0", a, [_nz(r, 8)] if a == "6" else [_nz(r, 3), _d(r, 4)]
    if cc == "BE":
        a = r.choice(["470", "475", "486", "499", "2", "3", "9"])
        return "0", a, [_d(r, 2), _d(r, 2), _d(r, 2)] if len(a) == 3 else [_nz(r, 3), _d(r, 2), _d(r, 2)]
    if cc == "ES":
        a = r.choice(["6", "7", "91", "93"])
        return "", a, [_d(r, 2), _d(r, 3), _d(r, 3)] if len(a) == 1 else [_d(r, 3), _d(r, 2), _d(r, 2)]
    if cc == "IT":
        a = r.choice(["333", "347", "320", "02", "06", "055"])
        return "", a, [_d(r, 3), _d(r, 4)] if a[0] == "3" else [_nz(r, 4), _d(r, 4)]
    if cc == "PL":
        return "", r.choice(["512", "601", "790", "22", "12"]), [_d(r, 3), _d(r, 3)]
    if cc == "IE":
        a = r.choice(["87", "86", "85", "1", "21"])
        return "0", a, [_nz(r, 3), _d(r, 4)]
    if cc == "LU":
        a = r.choice(["621", "661", "691", "27"])
        return "", a, [_d(r, 3), _d(r, 3)] if a != "27" else [_d(r, 2), _d(r, 2), _d(r, 2)]
    if cc == "DK":
        return "", _nz(r, 2), [_d(r, 2), _d(r, 2), _d(r, 2)]
    if cc == "SE":
        a = r.choice(["70", "72", "73", "8", "31", "40"])
        return "0", a, [_nz(r, 3), _d(r, 2), _d(r, 2)]
    if cc == "NO":
        return "", r.choice(["4", "9", "2"]) + _d(r, 2), [_d(r, 2), _d(r, 3)]
    if cc == "FI":
        a = r.choice(["40", "50", "44", "9"])
        return "0", a, [_nz(r, 3), _d(r, 4)]
    if cc == "PT":
        return "", r.choice(["912", "936", "965", "213", "223"]), [_d(r, 3), _d(r, 3)]
    if cc == "CZ":
        return "", r.choice(["601", "602", "731", "777", "220"]), [_d(r, 3), _d(r, 3)]


def phone(r, cc=None, form=None, ext=None):
    cc = cc or r.choice(list(PHONE_CC))
    form = form or r.choice(["national", "national", "intl", "intl", "e164", "intl00"])
    trunk, area, groups = _phone_parts(r, cc)
    c = PHONE_CC[cc]
    sub = " ".join(groups)
    if form == "national":
        if cc == "US":
            t = r.choice([f"({area}) {groups[0]}-{groups[1]}", f"{area}-{groups[0]}-{groups[1]}",
                          f"{area}.{groups[0]}.{groups[1]}"])
        elif cc == "DE":
            t = r.choice([f"0{area} {sub}", f"0{area}/{sub}", f"(0{area}) {sub}", f"0{area}-{sub}"])
        elif cc == "FR":
            t = r.choice([f"0{area} {sub}", f"0{area}.{'.'.join(groups)}", f"0{area}{''.join(groups)}"])
        elif cc == "SE":
            t = f"0{area}-{sub}"
        else:
            t = f"{trunk}{area} {sub}"
    elif form == "intl":
        if cc == "US":
            t = r.choice([f"+1 {area}-{groups[0]}-{groups[1]}", f"+1 ({area}) {groups[0]}-{groups[1]}"])
        elif trunk and r.random() < 0.3 and cc in ("DE", "AT", "CH", "UK", "FR", "NL"):
            t = f"+{c} (0){area} {sub}"
        else:
            t = f"+{c} {area} {sub}"
    elif form == "intl00":
        t = f"00{c} {area} {sub}"
    else:
        t = f"+{c}{area}{''.join(groups)}"
    var = f"{cc}_{form}"
    if ext or (ext is None and r.random() < 0.12):
        kind = ext if isinstance(ext, str) else r.choice(["ext", "x", "poste", "dw"])
        if kind == "dw" and form != "e164":
            t = t + "-" + _d(r, r.choice([1, 2, 3]))
        elif kind == "poste":
            t = t + " poste " + _d(r, 3)
        elif kind == "x":
            t = t + " x" + _d(r, 3)
        else:
            t = t + " ext. " + _d(r, r.choice([2, 3, 4]))
        var += "_ext"
    return t, var


# ---------------------------------------------------------------- IP
def ipv4_public(r):
    while True:
        a = r.randint(1, 223)
        if a in (10, 127, 169, 172, 192, 100, 0):
            continue
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv4_private(r):
    k = r.choice([10, 172, 192])
    if k == 10:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 172:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _h16(r):
    return "%x" % r.randint(0, 0xffff)


def ip(r, kind=None):
    kind = kind or r.choice(["v4_public"] * 4 + ["v4_private"] * 2 + ["v6_full", "v6_compressed", "v6_compressed",
                                                                       "v6_mapped", "defang_last", "defang_all"])
    if kind == "v4_public":
        t = ipv4_public(r)
    elif kind == "v4_private":
        t = ipv4_private(r)
    elif kind == "v6_full":
        pre = r.choice(["2a02", "2001", "2a01", "2003", "2600", "2c0f", "2406"])
        t = ":".join([pre] + ["%04x" % r.randint(0, 0xffff) for _ in range(7)])
    elif kind == "v6_compressed":
        pre = r.choice(["2a02:8108", "2001:4860", "2a01:4f8", "2003:e6", "2606:4700", "fe80:"])
        if pre == "fe80:":
            t = "fe80::" + ":".join(_h16(r) for _ in range(4))
        else:
            t = pre + ":" + _h16(r) + "::" + ":".join(_h16(r) for _ in range(r.randint(1, 2)))
    elif kind == "v6_mapped":
        t = "::ffff:" + ipv4_public(r)
    elif kind == "defang_last":
        a = ipv4_public(r).rsplit(".", 1)
        t = a[0] + "[.]" + a[1]
    elif kind == "defang_all":
        t = ipv4_public(r).replace(".", "[.]")
    elif kind == "defang_paren":
        t = ipv4_public(r).replace(".", "(.)")
    return t, kind


# ---------------------------------------------------------------- e-mail
LOCALS = ["anna.keller", "j.moreau", "tom", "lena_b", "mkowalski", "sophie.lambert", "h.janssen", "pieter", "clara88",
          "f.ricci", "olli.v", "nadia.h", "jb", "m.schulz", "louis.gauthier", "ingrid.olsen", "k.weber", "eva.novak",
          "p.dubois", "timo.k", "sanne.de.vries", "r.meier", "chloe.b", "ben.w", "yusuf.a", "marta.s", "d.lemaire"]
ROLES = ["support", "billing", "orders", "kundenservice", "service-client", "compta", "buchhaltung", "returns",
         "retouren", "sav", "ops", "noreply-orders", "ap", "einkauf", "achats", "procurement"]
DOMAINS = ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.com", "orange.fr", "free.fr",
           "laposte.net", "bluewin.ch", "ziggo.nl", "telenet.be", "icloud.com", "proton.me", "hotmail.fr", "yahoo.de",
           "kaffeeroesterei-hansen.de", "moebelhaus-brandt.de", "velo-atelier.ch", "la-fromagerie-du-coin.fr",
           "brasserie-lefort.fr", "outdoorkontor.de", "nordlicht-textil.de", "papeterie-roux.fr", "teeladen24.de",
           "bureau-fournitures.fr", "hausundgarten-shop.at", "keramik-werkstatt.de"]
SUBDOMAINS = ["mail.ostseeversand.de", "eu.support.lumenwerk.com", "team.atelier-vert.fr", "corp.baeckerei-huber.de",
              "shop.kletterbox.at", "lists.cafe-noisette.fr", "de.orders.nordhafen.io", "ap.finance.vandermeer.nl"]
IDN = ["müller-gartenbedarf.de", "bäckerei-jürgens.de", "café-crème.fr", "schuhhaus-größe.de", "élégance-mode.fr",
       "zürich-velo.ch", "öko-kiste.at", "hôtel-lumière.fr"]
UNI_LOCAL = ["jürgen", "françois.petit", "zoë.martin", "søren", "andré", "mädchen.mode", "hélène.r", "björn.s"]


def email(r, kind=None):
    kind = kind or r.choice(["plain"] * 4 + ["plus_tag", "subdomain", "idn", "unicode_local", "dotted", "role",
                                             "role", "plus_tag"])
    if kind == "plain":
        t = r.choice(LOCALS).replace(".", r.choice([".", "", "_"])) + "@" + r.choice(DOMAINS)
    elif kind == "plus_tag":
        t = r.choice(LOCALS) + "+" + r.choice(["shop", "orders", "amazon", "ebay", "newsletter", "b2b", "2025",
                                                 "returns", "zalando", "test"]) + "@" + r.choice(DOMAINS)
    elif kind == "subdomain":
        t = r.choice(LOCALS + ROLES) + "@" + r.choice(SUBDOMAINS)
    elif kind == "idn":
        t = r.choice(LOCALS + ROLES) + "@" + r.choice(IDN)
    elif kind == "unicode_local":
        t = r.choice(UNI_LOCAL) + "@" + r.choice(DOMAINS)
    elif kind == "dotted":
        t = ".".join(rs(r, LO, r.randint(1, 6)) for _ in range(3)) + "@" + r.choice(DOMAINS)
    else:
        t = r.choice(ROLES) + "@" + r.choice(DOMAINS[16:] + SUBDOMAINS)
    return t, kind


# ---------------------------------------------------------------- order numbers
AMZ = ["028", "111", "112", "113", "114", "171", "202", "203", "205", "302", "303", "304", "305", "306", "402",
       "403", "404", "405", "406", "407", "408", "249", "701"]


def order(r, scheme):
    y = r.choice(["2024", "2025", "2026"])
    yy = y[2:]
    if scheme == "magento_default":
        return "%09d" % r.randint(1000, 999999)
    if scheme == "magento_store_prefix":
        return r.choice("123456") + "%08d" % r.randint(100, 9999999)
    if scheme == "magento_custom":
        n = "%09d" % r.randint(1000, 999999)
        return r.choice([f"DE{n}", f"AT-{n}", f"{n}-B2B", f"B2B{n}", f"FR{n}", f"MAG-{n}", f"{n}-CH", f"EU{yy}{n[3:]}",
                         f"ECOM{n}", f"{n}R"])
    if scheme == "shopify_default":
        return "#%d" % r.randint(1001, 98000)
    if scheme == "shopify_prefix":
        return "#" + r.choice(["NL", "EU", "B2B-", "WEB", "ST-", "DE", "FR-", "AX"]) + str(r.randint(1001, 60000))
    if scheme == "shopify_suffix":
        return "#" + str(r.randint(1001, 60000)) + r.choice(["-DE", "-FR", "B", "-W", "-POS", "-AT"])
    if scheme == "woocommerce_default":
        return "#%d" % r.randint(120, 48000)
    if scheme == "woocommerce_sequential":
        n = r.randint(1, 9999)
        return r.choice([f"WC-{y}-{n:05d}", f"{y}-{n:04d}", f"WOO{n:06d}", f"BST{yy}-{n:04d}", f"ORDER-{n:05d}",
                         f"{yy}{n:05d}", f"CMD-{y}-{n:04d}", f"WSO{yy}{n:04d}"])
    if scheme == "shopware_default":
        return str(r.randint(10000, 99999))
    if scheme == "shopware_prefix":
        return r.choice(["SW", "SW-", "SW6-", "SWO"]) + str(r.randint(10000, 99999))
    if scheme == "prestashop_reference":
        return rs(r, UP, 9)
    if scheme == "prestashop_id":
        return str(r.randint(100, 99999))
    if scheme == "amazon_3_7_7":
        return f"{r.choice(AMZ)}-{_d(r, 7)}-{_d(r, 7)}"
    if scheme == "amazon_digital":
        return f"D01-{_d(r, 7)}-{_d(r, 7)}"
    if scheme == "ebay_2_5_5":
        return f"{_d(r, 2)}-{_d(r, 5)}-{_d(r, 5)}"
    if scheme == "ebay_12digit":
        return luhn_invalid(r, 12)
    if scheme == "etsy":
        return luhn_invalid(r, 10, first=r.choice("123"))
    if scheme == "zalando":
        return luhn_invalid(r, 14, first="1")[:1] + "0" + luhn_invalid(r, 12)
    if scheme == "otto":
        while True:
            s = rs(r, LO + DIG, 9)
            if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
                return s
    if scheme == "bol":
        return r.choice(["1", "2", "A"]) + _d(r, 9) if r.random() < 0.8 else "C" + rs(r, UP + DIG, 8) + "1"
    if scheme == "cdiscount":
        return f"{yy}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}" + rs(r, UP, 4)
    if scheme == "kaufland":
        while True:
            s = rs(r, UP + DIG, 7)
            if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
                return s
    if scheme == "aliexpress":
        return luhn_invalid(r, 16, first=r.choice(["8", "3"]))
    if scheme == "allegro":
        return uuid(r, version="1")
    if scheme == "jtl":
        return r.choice(["AU", "AU-", "AU" + y, "RE-AU"]) + str(r.randint(10000, 999999))
    if scheme == "plentymarkets":
        return str(r.randint(100000, 999999))
    if scheme == "shopware6":
        return str(r.randint(10000, 99999))
    if scheme == "sfcc":
        return r.choice(["", "", "EU", "DE", "00"]) + "%08d" % r.randint(1000, 9999999)
    if scheme == "bigcommerce":
        return str(r.randint(100, 99999))
    if scheme == "letter_prefixed":
        return r.choice(["ORD-", "ORD", "BE-", "PO-", "SO-", "A", "K-", "VK", "CO-", "BN", "WEB-", "AB-"]) + str(
            r.randint(1000, 9999999))
    if scheme == "year_prefixed":
        n = r.randint(1, 99999)
        return r.choice([f"{y}-{n:06d}", f"{yy}/{n:05d}", f"{y}{n:06d}", f"{y}.{n:05d}", f"{yy}-{n:05d}-A"])
    if scheme == "po_number":
        return r.choice(["PO-", "PO", "4500", "BANF-", "EK-", "BC-"]) + str(r.randint(100000, 999999))
    if scheme == "context_generic":
        return r.choice([f"{rs(r, UP, 1)}{_d(r, 1)}-{_d(r, 4)}", f"{_d(r, 5)}-{rs(r, UP, 1)}", f"{_d(r, 6)}",
                         f"{rs(r, UP, 2)}{_d(r, 5)}", f"{_d(r, 3)}/{_d(r, 4)}", f"X{_d(r, 7)}", f"{_d(r, 7)}"])
    raise KeyError(scheme)


# ---------------------------------------------------------------- secrets
def _b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r):
    h = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    p = {"sub": str(r.randint(10000, 999999)), "iat": r.randint(1700000000, 1790000000),
         r.choice(["scope", "role", "shop"]): r.choice(["orders:read", "admin", "merchant", "checkout"])}
    return (_b64u(json.dumps(h, separators=(",", ":")).encode()) + "." +
            _b64u(json.dumps(p, separators=(",", ":")).encode()) + "." + rs(r, URLSAFE, 43))


def pem(r, kind):
    def body(first, nlines):
        lines = [(first + rs(r, B64, 64))[:64]] + [rs(r, B64, 64) for _ in range(nlines - 1)]
        lines.append(rs(r, B64, r.randint(8, 60)) + r.choice(["", "=", "=="]))
        return "\n".join(lines)
    if kind == "pem_rsa":
        return "-----BEGIN RSA PRIVATE KEY-----\n" + body("MIIEpAIBAAKCAQEA", r.randint(6, 12)) + "\n-----END RSA PRIVATE KEY-----"
    if kind == "pem_pkcs8":
        return "-----BEGIN PRIVATE KEY-----\n" + body("MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", r.randint(6, 12)) + "\n-----END PRIVATE KEY-----"
    if kind == "pem_ec":
        return "-----BEGIN EC PRIVATE KEY-----\n" + body("MHcCAQEEI", 2) + "\n-----END EC PRIVATE KEY-----"
    if kind == "pem_encrypted":
        return "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + body("MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", r.randint(6, 10)) + "\n-----END ENCRYPTED PRIVATE KEY-----"
    if kind == "pem_openssh":
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA", r.randint(4, 8)) + "\n-----END OPENSSH PRIVATE KEY-----"
    if kind == "pem_pgp":
        return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body("lQVYBGV", r.randint(6, 10)) + "\n=" + rs(r, B64, 4) +
                "\n-----END PGP PRIVATE KEY BLOCK-----")
    if kind == "pem_dsa":
        return "-----BEGIN DSA PRIVATE KEY-----\n" + body("MIIBuwIBAAKBgQ", 5) + "\n-----END DSA PRIVATE KEY-----"
    raise KeyError(kind)


def password(r):
    n = r.randint(10, 22)
    s = rs(r, AN, n)
    for _ in range(r.randint(0, 2)):
        j = r.randrange(n)
        s = s[:j] + r.choice("-_.!~*$") + s[j + 1:]
    return s


def uuid(r, version="4"):
    h = rs(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-{version}{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def secret(r, kind):
    h = lambda n: rs(r, HEX, n)
    a = lambda n: rs(r, AN, n)
    u = lambda n: rs(r, URLSAFE, n)
    K = {
        "aws_access_key_id": lambda: r.choice(["AKIA", "ASIA"]) + rs(r, UP + "234567", 16),
        "aws_secret_key": lambda: rs(r, AN + "/+", 40),
        "gcp_api_key": lambda: "AIza" + u(35),
        "azure_storage_key": lambda: rs(r, B64, 86) + "==",
        "azure_client_secret": lambda: a(3) + "8Q~" + rs(r, AN + "_~.-", 34),
        "azure_sas_sig": lambda: rs(r, B64, 43).replace("+", "%2B").replace("/", "%2F") + "%3D",
        "digitalocean": lambda: r.choice(["dop_v1_", "doo_v1_"]) + h(64),
        "cloudflare_token": lambda: u(40),
        "github_pat": lambda: r.choice(["ghp_", "gho_", "ghs_", "ghu_"]) + a(36),
        "github_fine_grained": lambda: "github_pat_11" + rs(r, UP + DIG, 20) + "_" + a(59),
        "gitlab_pat": lambda: r.choice(["glpat-", "glpat-", "gldt-", "glrt-"]) + u(20),
        "bitbucket_app_password": lambda: "ATBB" + a(28) + rs(r, UP + DIG, 8),
        "npm_token": lambda: "npm_" + a(36),
        "pypi_token": lambda: "pypi-AgEIcHlwaS5vcmc" + u(r.randint(50, 70)),
        "dockerhub_pat": lambda: "dckr_pat_" + u(27),
        "circleci_token": lambda: "CCIPAT_" + a(22) + "_" + h(40),
        "terraform_token": lambda: a(14) + ".atlasv1." + a(67),
        "stripe_secret": lambda: r.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"]) + a(r.choice([24, 99])),
        "stripe_webhook_secret": lambda: "whsec_" + a(32),
        "adyen_api_key": lambda: "AQE" + rs(r, B64, 60) + "==-" + rs(r, B64, 43) + "=-" + rs(r, AN + "{}%;,", 16),
        "mollie_key": lambda: r.choice(["live_", "test_"]) + a(30),
        "mollie_access_token": lambda: "access_" + a(40),
        "paypal_client_secret": lambda: "E" + u(79),
        "braintree_access_token": lambda: "access_token$production$" + rs(r, LO + DIG, 16) + "$" + h(32),
        "klarna_api_key": lambda: "klarna_live_api_" + u(44),
        "payplug_secret": lambda: "sk_live_" + a(r.choice([24, 30])),
        "square_token": lambda: r.choice(["EAAA" + u(60), "sq0atp-" + u(22), "sq0csp-" + u(43)]),
        "checkout_secret": lambda: r.choice(["sk_sbox_" + rs(r, LO + DIG, 27), "sk_test_" + uuid(r)]),
        "shopify_token": lambda: r.choice(["shpat_", "shpss_", "shpca_", "shppa_"]) + h(32),
        "shopware_key_id": lambda: r.choice(["SWIA", "SWUA", "SWSC"]) + rs(r, UP + DIG, 22),
        "shopware_secret": lambda: a(56),
        "magento_token": lambda: rs(r, LO + DIG, 32),
        "woocommerce_key": lambda: r.choice(["ck_", "cs_"]) + h(40),
        "slack_token": lambda: r.choice([f"xoxb-{_d(r, 12)}-{_d(r, 13)}-{a(24)}",
                                         f"xoxp-{_d(r, 12)}-{_d(r, 12)}-{_d(r, 13)}-{h(32)}",
                                         f"xapp-1-A{rs(r, UP + DIG, 10)}-{_d(r, 13)}-{h(64)}"]),
        "discord_bot_token": lambda: _b64u(_d(r, 18).encode()) + "." + u(6) + "." + u(38),
        "telegram_bot_token": lambda: f"{r.randint(100000000, 8999999999)}:AA{u(33)}",
        "twilio_auth_token": lambda: h(32),
        "twilio_api_key": lambda: "SK" + h(32),
        "sendgrid": lambda: "SG." + u(22) + "." + u(43),
        "mailgun": lambda: r.choice(["key-" + h(32), h(32) + "-" + h(8) + "-" + h(8)]),
        "postmark_token": lambda: uuid(r),
        "brevo": lambda: r.choice(["xkeysib-", "xsmtpsib-"]) + h(64) + "-" + a(16),
        "openai": lambda: r.choice(["sk-proj-" + u(156), "sk-" + a(20) + "T3BlbkFJ" + a(20),
                                    "sk-svcacct-" + u(120)]),
        "anthropic": lambda: "sk-ant-api03-" + u(93) + "AA",
        "huggingface": lambda: "hf_" + rs(r, UP + LO, 34),
        "mistral": lambda: a(32),
        "cohere": lambda: a(40),
        "groq": lambda: "gsk_" + a(52),
        "replicate": lambda: "r8_" + a(37),
        "datadog_api_key": lambda: h(32),
        "datadog_app_key": lambda: h(40),
        "sentry_auth_token": lambda: r.choice(["sntrys_" + _b64u(json.dumps({"iat": r.randint(1700000000, 1790000000), "url": "https://sentry.io", "org": "shop"}).encode()) + "_" + u(43), "sntryu_" + h(64)]),
        "newrelic_key": lambda: r.choice(["NRAK-" + rs(r, UP + DIG, 27), h(36) + "NRAL", "NRII-" + u(32)]),
        "grafana_token": lambda: r.choice(["glsa_" + a(32) + "_" + h(8), "glc_" + a(80) + "=="]),
        "atlassian_token": lambda: "ATATT3xFfGF0" + u(170) + "=" + rs(r, UP + DIG, 8),
        "linear": lambda: "lin_api_" + a(40),
        "notion": lambda: r.choice(["secret_" + a(43), "ntn_" + _d(r, 11) + a(35)]),
        "postman": lambda: "PMAK-" + h(24) + "-" + h(34),
        "hubspot": lambda: "pat-" + r.choice(["na1", "eu1"]) + "-" + uuid(r),
        "airtable": lambda: "pat" + a(14) + "." + h(64),
        "jwt": lambda: jwt(r),
        "bearer_opaque": lambda: u(r.choice([32, 40, 64])),
        "basic_auth": lambda: base64.b64encode((r.choice(["api", "shop", "admin", "svc-export", "merchant"]) + ":" +
                                                password(r)).encode()).decode(),
        "password": lambda: password(r),
        "generic_hex": lambda: h(r.choice([32, 40, 48, 64])),
        "generic_b64": lambda: rs(r, B64, r.choice([32, 44, 48])) + r.choice(["", "="]),
        "generic_b62": lambda: a(r.choice([24, 32, 40])),
        "app_key_laravel": lambda: "base64:" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(),
        "django_secret": lambda: "django-insecure-" + rs(r, LO + DIG + "!@#%^&*(-_=+)", 50),
        "k8s_secret_b64": lambda: base64.b64encode(password(r).encode()).decode(),
        "slack_webhook": lambda: f"https://hooks.slack.com/services/T{rs(r, UP + DIG, 8)}/B{rs(r, UP + DIG, 10)}/{a(24)}",
        "discord_webhook": lambda: f"https://discord.com/api/webhooks/{_d(r, 19)}/{u(68)}",
        "teams_webhook": lambda: f"https://{r.choice(['contoso', 'nordhafen', 'atelierlumen', 'kaffeeco'])}.webhook.office.com/webhookb2/{uuid(r)}@{uuid(r)}/IncomingWebhook/{h(32)}/{uuid(r)}",
        "zapier_webhook": lambda: f"https://hooks.zapier.com/hooks/catch/{_d(r, 7)}/{rs(r, LO + DIG, 7)}/",
        "gchat_webhook": lambda: f"https://chat.googleapis.com/v1/spaces/AAAA{u(7)}/messages?key=AIza{u(35)}&token={u(43)}%3D",
        "sentry_dsn": lambda: f"https://{h(32)}@o{_d(r, 6)}.ingest.{r.choice(['', 'de.', 'us.'])}sentry.io/{_d(r, 7)}",
    }
    if kind.startswith("pem_"):
        if kind == "pem_jsonesc":
            return pem(r, "pem_pkcs8").replace("\n", "\\n")
        return pem(r, kind)
    return K[kind]()


# ---------------------------------------------------------------- negatives
def neg(r, kind):
    y = r.choice([2024, 2025, 2026])
    if kind == "SKU":
        return r.choice([f"{rs(r, UP, 3)}-{_d(r, 4)}-{rs(r, UP, 2)}", f"SKU-{_d(r, 6)}", f"{rs(r, UP, 2)}{_d(r, 5)}-{r.choice(['S','M','L','XL','38','42'])}",
                         f"ART-{_d(r, 5)}", f"{_d(r, 4)}-{rs(r, UP, 3)}-{r.choice(['BLK','WHT','NAV','RED'])}"])
    if kind == "MODEL":
        return r.choice([f"{rs(r, UP, 2)}-{_d(r, 4)}{r.choice(UP)}", f"WM{_d(r, 2)}{rs(r, UP, 1)}{_d(r, 3)}",
                         f"KG{_d(r, 2)}{rs(r, UP, 3)}{_d(r, 2)}", f"{rs(r, UP, 3)}{_d(r, 3)}", f"{r.choice(['iPhone 15', 'Galaxy S24', 'XPS 13', 'ThinkPad T14', 'EOS R6'])}"])
    if kind == "TICKET":
        return r.choice([f"#{_d(r, 6)}", f"TCK-{_d(r, 5)}", f"INC{_d(r, 7)}", f"JIRA-{_d(r, 4)}", f"SUP-{_d(r, 4)}",
                         f"CS-{_d(r, 6)}", f"ZD{_d(r, 6)}"])
    if kind == "INVOICE":
        return r.choice([f"RE-{y}-{_d(r, 5)}", f"INV-{_d(r, 6)}", f"FA{y}{_d(r, 5)}", f"R{_d(r, 8)}", f"F-{y}-{_d(r, 4)}",
                         f"RG{_d(r, 7)}"])
    if kind == "CUSTOMER_NUMBER":
        return r.choice([f"KD-{_d(r, 6)}", f"K{_d(r, 7)}", f"CUST-{_d(r, 5)}", f"CL{_d(r, 6)}", f"{_d(r, 8)}",
                         f"DEB-{_d(r, 5)}"])
    if kind == "TRACKING":
        return r.choice(["00340" + _d(r, 15), "JJD" + _d(r, 18), "1Z" + rs(r, UP + DIG, 6) + _d(r, 10),
                         "9400" + _d(r, 18), r.choice(["6A", "8L", "6C"]) + _d(r, 11), "LA" + _d(r, 9) + "FR",
                         _d(r, 14), "H" + _d(r, 19), _d(r, 12), "CX" + _d(r, 9) + "DE", "RR" + _d(r, 9) + "DE",
                         "0" + _d(r, 13)])
    if kind == "PRICE":
        v = r.randint(3, 2400)
        c = r.choice(["€", "EUR", "CHF", "$", "£"])
        return r.choice([f"{v},{r.randint(0, 99):02d} {c}", f"{c} {v}.{r.randint(0, 99):02d}", f"{v}.{r.randint(0, 99):02d}",
                         f"{v},{r.randint(0, 99):02d}"]).replace("$ ", "$")
    if kind == "EAN":
        while True:
            d = r.choice(["40", "42", "30", "37", "87", "54", "76", "0"]) + _d(r, 11)
            d = d[:13] if len(d) >= 13 else d + _d(r, 13 - len(d))
            if d[0] == "0":
                d = d[:12]
            t = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:-1] if len(d) == 13 else d))
            if len(d) == 13:
                d = d[:-1] + str((10 - t % 10) % 10)
            if not luhn_ok(d):
                return d
    if kind == "DATE":
        m, dd = r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"{dd:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}/{m:02d}/{y}", f"{dd}.{m}.{str(y)[2:]}",
                         f"{y}-{m:02d}-{dd:02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"])
    if kind == "TIME":
        return r.choice([f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
                         f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}", f"{r.randint(8, 20)}h{r.randint(0, 5)}0"])
    if kind == "POSTCODE":
        return r.choice([_d(r, 5), f"{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)} {rs(r, UP, 2)}",
                         f"{r.choice(['SW1A', 'M1', 'EC2A', 'B3', 'LS6'])} {_d(r, 1)}{rs(r, UP, 2)}", f"L-{r.randint(1000, 9999)}",
                         f"{r.choice(['D', 'A', 'CH'])}-{_d(r, 4 + r.randint(0, 1))}"])
    if kind == "VERSION":
        return r.choice([f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}", f"v{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                         f"6.{r.randint(4, 6)}.{r.randint(0, 9)}.{r.randint(0, 12)}", f"2.4.{r.randint(5, 8)}-p{r.randint(1, 4)}",
                         f"10.0.{r.randint(17000, 26100)}.{r.randint(100, 5000)}", f"{r.randint(100, 131)}.0.{r.randint(1000, 6999)}.{r.randint(10, 200)}"])
    if kind == "HASH":
        return r.choice([rs(r, HEX, 40), rs(r, HEX, 7), rs(r, HEX, 64), rs(r, HEX, 32), "sha256:" + rs(r, HEX, 64)])
    if kind == "UUID":
        return uuid(r)
    if kind == "PLACEHOLDER":
        return r.choice(["your_api_key", "<YOUR_TOKEN>", "xxxxxxxxxxxxxxxx", "${STRIPE_SECRET_KEY}", "{{ secrets.API_KEY }}",
                         "********", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
                         "changeme", "%env(APP_SECRET)%", "[REDACTED]", "<redacted>", "REPLACE_ME", "$DB_PASSWORD",
                         "sk-...", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "os.environ['OPENAI_API_KEY']", "****1234",
                         "dein_token_hier", "votre_cle_api", "<mot-de-passe>", "TODO"])
    if kind == "PUBLISHABLE_KEY":
        return r.choice(["pk_live_" + rs(r, AN, 24), "pk_test_" + rs(r, AN, 24), "pk_live_" + rs(r, AN, 99),
                         "pk_sbox_" + rs(r, LO + DIG, 27), "test_" + "pk_" + rs(r, AN, 20)])
    if kind == "CARD_LUHN":
        return card_luhn_bad(r, r.choice([" ", "", "-"]))
    if kind == "IBAN_MOD97":
        return iban_bad(r)
    if kind == "PART_NUMBER":
        return r.choice([f"A{_d(r, 3)} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"0 {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
                         f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 4)}", f"{_d(r, 2)}.{_d(r, 3)}.{_d(r, 3)}.{_d(r, 2)}",
                         f"PN {_d(r, 4)}-{_d(r, 4)}", f"{_d(r, 4)} {_d(r, 3)} {_d(r, 3)}"])
    if kind == "QUANTITY":
        return str(r.choice([2, 3, 4, 5, 6, 8, 10, 12, 20, 24, 25, 48, 50, 100, 120, 250, 500]))
    if kind == "VAT_ID":
        return r.choice([f"DE{_d(r, 9)}", f"FR{_d(r, 2)}{_d(r, 9)}", f"ATU{_d(r, 8)}", f"NL{_d(r, 9)}B0{r.randint(1, 9)}",
                         f"BE0{_d(r, 9)}", f"CHE-{_d(r, 3)}.{_d(r, 3)}.{_d(r, 3)} MWST", f"LU{_d(r, 8)}", f"IT{_d(r, 11)}"])
    if kind == "BIC":
        return r.choice(["COBADEFFXXX", "DEUTDEFF", "GENODEF1S04", "BNPAFRPP", "SOGEFRPP", "CEPAFRPP", "INGBNL2A",
                         "RABONL2U", "UBSWCHZH80A", "BKAUATWW", "GEBABEBB", "BCEELULL", "CRLYFRPP", "PBNKDEFF",
                         "HYVEDEMM", "BYLADEM1001", "NTSBDEB1", "AGRIFRPP882", "CCBPFRPPVER", "ZKBKCHZZ80A"])
    if kind == "SIRET":
        return f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)} {_d(r, 5)}"
    if kind == "RMA":
        return r.choice([f"RMA-{_d(r, 6)}", f"RET{y}{_d(r, 4)}", f"RT-{_d(r, 5)}"])
    if kind == "BUILD_ID":
        return r.choice([str(r.randint(1000, 99999)), f"#{r.randint(100, 9999)}", f"build-{r.randint(1000, 9999)}"])
    if kind == "PORT":
        return str(r.choice([5432, 3306, 6379, 8080, 443, 9200, 27017, 5672, 11211]))
    if kind == "OID":
        return f"1.3.6.1.4.1.{r.randint(1000, 60000)}.{r.randint(1, 9)}.{r.randint(1, 30)}"
    if kind == "PAYMENT_REF":
        return r.choice([f"pi_{rs(r, AN, 24)}", f"ch_{rs(r, AN, 24)}", f"tr_{rs(r, AN, 10)}", f"cus_{rs(r, AN, 14)}"])
    raise KeyError(kind)
