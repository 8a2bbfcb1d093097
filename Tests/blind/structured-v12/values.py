"""Hand-typed value makers for blind set v12 (stdlib only)."""
import base64
import string

R = None  # random.Random set by gen.py

D10 = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def luhn_ok(ds):
    s = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix_body):
    for c in D10:
        if luhn_ok(prefix_body + c):
            return prefix_body + c


def digits_of(s):
    return "".join(c for c in s if c.isdigit())


def luhn_safe(s):
    """True if joined digits and every digit run are not a Luhn-valid 12-19 digit string."""
    import re
    cands = [digits_of(s)] + re.findall(r"\d+", s)
    for c in cands:
        if 12 <= len(c) <= 19 and luhn_ok(c):
            return False
    return True


def safe(fn):
    for _ in range(200):
        v = fn()
        if luhn_safe(v):
            return v
    raise RuntimeError("luhn")


# ---------------- credit cards ----------------
ISSUERS = {
    "visa": [("4", 16), ("4", 16), ("4", 13), ("4", 19)],
    "mastercard": [("51", 16), ("52", 16), ("53", 16), ("54", 16), ("55", 16), ("2221", 16), ("2720", 16), ("23", 16)],
    "amex": [("34", 15), ("37", 15)],
    "discover": [("6011", 16), ("65", 16), ("644", 16), ("649", 16)],
    "jcb": [("3528", 16), ("3589", 16), ("353", 16)],
    "diners": [("36", 14), ("300", 14), ("305", 14)],
    "maestro": [("6759", 16), ("5018", 12), ("5020", 19), ("6304", 18), ("6761", 13)],
    "unionpay": [("62", 16), ("62", 19), ("622126", 17)],
    "mir": [("2200", 16), ("2204", 16)],
    "rupay": [("6521", 16), ("6522", 16)],
    "cartes_bancaires": [("4970", 16), ("4974", 16)],
    "bancontact": [("6703", 17), ("6703", 19)],
    "dankort": [("5019", 16)],
    "troy": [("9792", 16)],
    "elo": [("636368", 16), ("504175", 16), ("438935", 16)],
    "hipercard": [("606282", 16)],
    "uatp": [("1", 15)],
    "verve": [("5061", 16), ("650002", 19)],
}


def card_digits(issuer):
    p, n = R.choice(ISSUERS[issuer])
    return luhn_complete(p + rs(D10, n - len(p) - 1))


def groups(ds, issuer=None):
    n = len(ds)
    if issuer == "amex" or (n == 15):
        g = [4, 6, 5]
    elif n == 14:
        g = [4, 6, 4]
    else:
        g = [4] * (n // 4) + ([n % 4] if n % 4 else [])
    out, i = [], 0
    for k in g:
        out.append(ds[i:i + k])
        i += k
    return out


CARD_SEPS = {
    "plain": None, "space": " ", "dash": "-", "dot": ".", "slash": "/", "underscore": "_", "tab": "\t",
    "nbsp": "\u00a0", "nnbsp": "\u202f", "zwsp": "\u200b", "zwnj": "\u200c", "wordjoiner": "\u2060",
    "pipe": "|", "space_pipe": " | ", "dspace": "  ", "newline": "\n", "crlf": "\r\n", "colon": ":",
    "everydigit_space": "E ", "everydigit_dash": "E-", "mixed_space_dash": "M",
}


def card(issuer=None, sep=None):
    issuer = issuer or R.choice(list(ISSUERS))
    sep = sep or R.choice(list(CARD_SEPS))
    ds = card_digits(issuer)
    s = CARD_SEPS[sep]
    if s is None:
        v = ds
    elif s.startswith("E"):
        v = s[1:].join(ds)
    elif s == "M":
        gs = groups(ds, issuer)
        v = gs[0]
        for g in gs[1:]:
            v += R.choice([" ", "-"]) + g
    else:
        v = s.join(groups(ds, issuer))
    return v, issuer, sep


# ---------------- IBAN ----------------
# country: (length, BBAN layout in registry notation)
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
    "SK": (24, "4n6n10n"), "SM": (27, "1a5n5n12c"), "SO": (23, "4n3n12n"), "ST": (25, "4n4n11n2n"), "SV": (28, "4a20n"),
    "TL": (23, "3n14n2n"), "TN": (24, "2n3n13n2n"), "TR": (26, "5n1n16c"), "UA": (29, "6n19c"), "VA": (22, "3n15n"),
    "VG": (24, "4a16n"), "XK": (20, "4n10n2n"), "YE": (30, "4a4n18c"),
}
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]
DE_BLZ = ["37040044", "10010010", "50010517", "20041133", "70150000", "43060967", "12030000", "76050101"]
ALNUM_SAFE = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def bban_for(cc):
    import re
    ln, lay = IBAN[cc]
    out = ""
    for n, k in re.findall(r"(\d+)([nac])", lay):
        n = int(n)
        out += rs({"n": D10, "a": "ABCDEFGHJKLMNPQRSTUVWXYZ", "c": ALNUM_SAFE}[k], n)
    if cc == "DE":
        out = R.choice(DE_BLZ) + out[8:]
    if cc in ("GB", "IE"):
        out = (R.choice(GB_BANKS) if cc == "GB" else R.choice(["AIBK", "BOFI", "IPBS"])) + out[4:]
    assert len(out) + 4 == ln, cc
    return out


IBAN_FMTS = ["compact", "grouped", "grouped", "lower_grouped", "ccspace", "dash", "nbsp", "dspace", "newline_mid", "lower", "dot"]


def iban(cc=None, fmt=None):
    cc = cc or R.choice(list(IBAN))
    fmt = fmt or R.choice(IBAN_FMTS)
    b = bban_for(cc)
    raw = cc + iban_check(cc, b) + b
    gs = [raw[i:i + 4] for i in range(0, len(raw), 4)]
    if fmt == "compact":
        v = raw
    elif fmt == "grouped":
        v = " ".join(gs)
    elif fmt == "lower_grouped":
        v = " ".join(gs).lower()
    elif fmt == "lower":
        v = raw.lower()
    elif fmt == "ccspace":
        v = cc + " " + raw[2:4] + " " + " ".join(raw[i:i + 4] for i in range(4, len(raw), 4))
    elif fmt == "dash":
        v = "-".join(gs)
    elif fmt == "dot":
        v = ".".join(gs)
    elif fmt == "nbsp":
        v = "\u00a0".join(gs)
    elif fmt == "dspace":
        v = "  ".join(gs)
    elif fmt == "newline_mid":
        k = len(gs) // 2
        v = " ".join(gs[:k]) + "\n" + " ".join(gs[k:])
    return v, cc, fmt


# ---------------- phones ----------------
# cc: (country code, trunk, [prefixes], subscriber digits)
PH = {
    "DE": ("49", "0", ["151", "160", "170", "176", "30", "89", "40", "221", "69", "711", "351"], 8),
    "AT": ("43", "0", ["664", "676", "699", "1", "316", "512"], 7),
    "CH": ("41", "0", ["79", "78", "76", "44", "31", "61"], 7),
    "FR": ("33", "0", ["6", "7", "1", "4", "5", "3", "9"], 8),
    "BE": ("32", "0", ["470", "475", "486", "2", "9", "3"], 6),
    "LU": ("352", "", ["621", "661", "691"], 6),
    "NL": ("31", "0", ["6", "20", "10", "30"], 8),
    "GB": ("44", "0", ["7700", "7911", "20", "161", "131"], 6),
    "US": ("1", "1", ["212", "415", "646", "312", "617", "305"], 7),
    "CA": ("1", "1", ["416", "514", "604"], 7),
    "IT": ("39", "", ["347", "333", "02", "06"], 7),
    "ES": ("34", "", ["612", "655", "91", "93"], 7),
    "PL": ("48", "", ["501", "600", "22"], 6),
    "IE": ("353", "0", ["87", "86", "1"], 7),
    "MA": ("212", "0", ["6", "7", "5"], 8),
}
LANG_PH = {"de": ["DE", "DE", "DE", "AT", "CH", "LU"], "fr": ["FR", "FR", "FR", "BE", "CH", "LU", "MA"],
           "en": ["GB", "GB", "US", "IE", "CA", "NL", "IT", "ES", "PL", "DE"]}


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


def phone(cc=None, fmt=None, lang="en"):
    def mk():
        c = cc or R.choice(LANG_PH[lang])
        code, trunk, pres, n = PH[c]
        pre = R.choice(pres)
        sub = R.choice("23456789") + rs(D10, n - 1)
        if c == "FR":
            sub = rs(D10, 8)
        natl = (trunk if c not in ("US", "CA") else "") + pre + sub
        intl_n = pre + sub
        f = fmt
        opts = ["intl", "e164", "national", "national_compact", "intl00", "intl_dash"]
        if c == "DE" or c == "AT":
            opts += ["slash", "intl_paren0"]
        if c == "FR":
            opts += ["fr_pairs", "fr_pairs", "fr_dots"]
        if c in ("US", "CA"):
            opts = ["us_paren", "us_dash", "us_dots", "e164", "intl"]
        f = f or R.choice(opts)
        if f not in opts:
            f = opts[0]
        if c in ("US", "CA"):
            a, b, d = pre, sub[:3], sub[3:]
            v = {"us_paren": f"({a}) {b}-{d}", "us_dash": f"{a}-{b}-{d}", "us_dots": f"{a}.{b}.{d}",
                 "e164": f"+1{a}{b}{d}", "intl": f"+1 {a} {b} {d}"}[f]
        elif c == "FR" and f in ("fr_pairs", "fr_dots", "national", "national_compact"):
            n10 = "0" + pre + sub[:8]
            n10 = n10[:10]
            pairs = [n10[i:i + 2] for i in range(0, 10, 2)]
            v = {"fr_pairs": " ".join(pairs), "fr_dots": ".".join(pairs), "national": " ".join(pairs),
                 "national_compact": n10}[f]
        elif c == "FR":
            n9 = (pre + sub)[:9]
            v = {"intl": "+33 " + n9[0] + " " + " ".join(n9[i:i + 2] for i in range(1, 9, 2)),
                 "e164": "+33" + n9, "intl00": "0033 " + n9[0] + " " + " ".join(n9[i:i + 2] for i in range(1, 9, 2)),
                 "intl_dash": "+33-" + n9[0] + "-" + "-".join(n9[i:i + 2] for i in range(1, 9, 2))}[f]
        else:
            sg = _grp(sub, {8: [4, 4], 7: [3, 4], 6: [3, 3]}.get(len(sub), [3, 3, 3]))
            v = {"intl": f"+{code} {pre} " + " ".join(sg), "e164": f"+{code}{pre}{sub}",
                 "national": f"{trunk}{pre} " + " ".join(sg), "national_compact": natl,
                 "intl00": f"00{code} {pre} {sub}", "intl_dash": f"+{code}-{pre}-{sub}",
                 "slash": f"{trunk}{pre}/{sub}", "intl_paren0": f"+{code} (0){pre} {sub}"}[f]
        return v, c, f
    for _ in range(200):
        v, c, f = mk()
        if luhn_safe(v):
            return v, c, f
    raise RuntimeError


# ---------------- e-mail ----------------
FIRST = {"de": ["lukas", "anna", "jonas", "lea", "felix", "marie", "tobias", "sabine", "juergen", "katrin", "moritz", "hannah", "dieter", "ute"],
         "fr": ["camille", "louis", "chloe", "hugo", "manon", "julien", "elodie", "thomas", "amelie", "nicolas", "ines", "mathieu", "sylvie"],
         "en": ["james", "emily", "oliver", "sophie", "jack", "olivia", "harry", "grace", "liam", "megan", "ryan", "chloe", "dan", "beth"]}
LAST = {"de": ["mueller", "schmidt", "schneider", "fischer", "weber", "becker", "hoffmann", "koch", "wagner", "richter", "klein", "wolf", "zimmermann"],
        "fr": ["martin", "bernard", "dubois", "durand", "leroy", "moreau", "laurent", "simon", "michel", "lefebvre", "garnier", "rousseau", "fontaine"],
        "en": ["smith", "jones", "taylor", "brown", "wilson", "evans", "thomas", "walker", "wright", "robinson", "hughes", "clarke", "patel"]}
FREEMAIL = {"de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "freenet.de", "mailbox.org", "gmx.net"],
            "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr", "hotmail.fr", "yahoo.fr"],
            "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "hotmail.co.uk", "proton.me", "aol.com"]}
SHOPDOM = {"de": ["kaffeewelt-shop.de", "moebel-kraemer.de", "radsport-huber.de", "teeladen24.de", "nordlicht-mode.de", "werkzeug-profi.at", "bergsport-zuerich.ch"],
           "fr": ["maison-lumiere.fr", "boutique-provence.fr", "velo-atelier.fr", "cave-bordelaise.fr", "mode-paris.fr", "epicerie-fine.be", "chocolats-geneve.ch"],
           "en": ["northwind-goods.co.uk", "brightpaws.com", "oakandiron.co.uk", "tinkerbox.io", "harbourtea.com", "greenleaf-supply.com", "pixelcraft.store"]}
ROLE = ["support", "service", "kundenservice", "contact", "info", "billing", "orders", "sav", "compta", "returns", "buchhaltung", "hello"]


def email_local(lang, kind):
    f, l = R.choice(FIRST[lang]), R.choice(LAST[lang])
    if kind == "role":
        return R.choice(ROLE)
    if kind == "plus":
        return f"{f}.{l}+{R.choice(['shop', 'orders', 'news', 'amazon', 'ebay', 'promo'])}"
    if kind == "digits":
        return f"{f}{l[:3]}{R.randint(1, 99)}"
    return R.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}_{l}", f"{l}.{f}", f"{f}{l}", f"{f}-{l}"])


def email(lang, kind=None):
    kind = kind or R.choice(["personal", "personal", "work", "role", "plus", "digits"])
    loc = email_local(lang, kind)
    dom = R.choice(SHOPDOM[lang]) if kind in ("work", "role") else R.choice(FREEMAIL[lang])
    return loc + "@" + dom, kind, loc, dom


def obf_email(lang):
    _, _, loc, dom = email(lang, R.choice(["personal", "digits", "work"]))
    base, tld = dom.rsplit(".", 1)
    k = R.choice(["obf_brackets", "obf_paren", "obf_paren_dot", "obf_words", "obf_caps", "obf_braces", "obf_spaced_at", "obf_words_lang"])
    if k == "obf_brackets":
        v = f"{loc} [at] {base.replace('.', ' [dot] ')} [dot] {tld}"
    elif k == "obf_paren":
        v = f"{loc}(at){dom}"
    elif k == "obf_paren_dot":
        v = f"{loc} (at) {base.replace('.', ' (dot) ')} (dot) {tld}"
    elif k == "obf_words":
        v = f"{loc} at {base.replace('.', ' dot ')} dot {tld}"
    elif k == "obf_caps":
        v = f"{loc} AT {base.replace('.', ' DOT ')} DOT {tld}"
    elif k == "obf_braces":
        v = f"{loc}{{at}}{base}{{dot}}{tld}"
    elif k == "obf_spaced_at":
        v = f"{loc} @ {dom}"
    else:
        at, dot = {"de": ("ät", "punkt"), "fr": ("arobase", "point"), "en": ("at", "dot")}[lang]
        v = f"{loc} {at} {base.replace('.', ' ' + dot + ' ')} {dot} {tld}"
    return v, k


# ---------------- IP ----------------
def v4pub():
    while True:
        a = R.choice([5, 31, 37, 46, 62, 77, 78, 80, 81, 84, 85, 87, 88, 91, 93, 95, 109, 141, 144, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 23, 45, 66, 104, 172, 198])
        if a == 172:
            continue
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def v4priv():
    return R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def h4():
    return "%x" % R.randint(1, 0xffff)


def v6(kind=None):
    kind = kind or R.choice(["v6_compressed", "v6_full", "v6_padded", "v6_short", "v6_zone", "v6_mapped", "v6_ula", "v6_loopless"])
    pre = R.choice(["2001:db8", "2a02:810d", "2003:e5", "2a01:4f8", "2001:41d0", "2a00:1450", "2600:1f18", "2a03:2880"])
    if kind == "v6_compressed":
        v = f"{pre}:{h4()}::{h4()}:{h4()}"
    elif kind == "v6_full":
        v = pre + ":" + ":".join(h4() for _ in range(8 - len(pre.split(":"))))
    elif kind == "v6_padded":
        v = ":".join("%04x" % R.randint(0, 0xffff) for _ in range(8))
        v = "2a02" + v[4:]
    elif kind == "v6_short":
        v = f"{pre}::{h4()}"
    elif kind == "v6_zone":
        v = f"fe80::{h4()}:{h4()}:{h4()}:{h4()}%{R.choice(['eth0', 'en0', 'wlan0', 'ens3', '12'])}"
    elif kind == "v6_mapped":
        v = "::ffff:" + v4pub()
    elif kind == "v6_ula":
        v = f"fd{R.randint(0, 255):02x}:{h4()}:{h4()}::{h4()}"
    else:
        v = f"{pre}:{h4()}:{h4()}:{h4()}::1"
        kind = "v6_compressed"
    return v, kind


def defang(ip, k):
    if k == "defang_last":
        i = ip.rfind(".")
        return ip[:i] + "[.]" + ip[i + 1:]
    if k == "defang_all":
        return ip.replace(".", "[.]")
    if k == "defang_paren":
        return ip.replace(".", "(.)")
    if k == "defang_dotword":
        return ip.replace(".", "[dot]")
    return ip


# ---------------- order numbers ----------------
def _o_magento():
    return R.choice(["0000", "1000", "2000", "3000"]) + rs(D10, 5)


ORDER = {
    "magento_default": lambda: "0000" + rs(D10, 5) if R.random() < .5 else "10000" + rs(D10, 4),
    "magento_store_prefix": lambda: R.choice(["2", "3", "4"]) + "00" + rs(D10, 6),
    "magento_prefix": lambda: R.choice(["DE", "FR", "AT", "CH", "UK", "B2B-", "WEB"]) + _o_magento(),
    "shopify_default": lambda: "#" + str(R.randint(1001, 48999)),
    "shopify_prefix": lambda: "#" + R.choice(["SH", "KW", "BX", "EU", "NL", "MX"]) + R.choice(["", "-"]) + str(R.randint(1001, 29999)),
    "shopify_suffix": lambda: "#" + str(R.randint(1001, 29999)) + R.choice(["-DE", "-FR", "-UK", "B", "-EU"]),
    "woocommerce": lambda: "#" + str(R.randint(120, 98000)),
    "woo_sequential": lambda: R.choice(["WC-", "ORD-", "SO-", "BS"]) + R.choice(["", "2025-", "2026-"]) + str(R.randint(100, 99999)).zfill(R.choice([5, 6])),
    "shopware": lambda: str(R.randint(10000, 99999)),
    "shopware_prefix": lambda: R.choice(["SW", "SW-", "B2C"]) + str(R.randint(10000, 299999)),
    "prestashop_ref": lambda: rs(UP, 9),
    "prestashop_id": lambda: str(R.randint(12, 40000)),
    "amazon": lambda: f"{R.choice(['028', '302', '303', '304', '305', '171', '112', '114', '406', '407', '408', '402', '403'])}-{rs(D10, 7)}-{rs(D10, 7)}",
    "ebay": lambda: f"{rs(D10, 2)}-{rs(D10, 5)}-{rs(D10, 5)}",
    "etsy": lambda: str(R.randint(1800000000, 3599999999)),
    "zalando": lambda: "10" + rs(D10, 12),
    "otto": lambda: R.choice(["", "OT"]) + rs(D10, 9) if False else rs(D10, 2) + rs(UP, 1) + rs(D10, 7),
    "kaufland": lambda: rs(UP + D10, 6) if R.random() < .5 else "KL" + rs(D10, 9),
    "bol": lambda: "A" + rs(D10, 3) + rs("ABCDEFGHJKLMNPQRSTUVWXYZ", 1) + rs(D10, 4) if R.random() < .4 else str(R.randint(1100000000, 1399999999)),
    "cdiscount": lambda: rs(D10, 4) + rs(UP, 2) + rs(D10, 4) + rs(UP, 2) if R.random() < .5 else rs(D10, 13),
    "aliexpress": lambda: "8" + rs(D10, 15),
    "temu": lambda: "PO-211-" + rs(D10, 17),
    "backmarket": lambda: str(R.randint(40000000, 79999999)),
    "letter_prefixed": lambda: R.choice(["A", "B", "BE", "AU", "ORD", "KD", "CMD", "BST", "PO"]) + R.choice(["", "-", "/"]) + rs(D10, R.randint(4, 8)),
    "year_prefixed": lambda: R.choice(["2024", "2025", "2026"]) + R.choice(["-", "/", ""]) + rs(D10, R.randint(4, 6)),
    "year_letter": lambda: R.choice(["BE", "CO", "AB", "ORD", "CMD"]) + "-" + R.choice(["2025", "2026", "25", "26"]) + "-" + rs(D10, R.randint(3, 6)),
    "generic_digits": lambda: rs("123456789", 1) + rs(D10, R.randint(4, 9)),
    "generic_alnum": lambda: rs(UP, R.randint(1, 3)) + rs(D10, R.randint(3, 7)) + R.choice(["", rs(UP, 1)]),
}
# make sure otto looks like otto: digits+letter
ORDER["otto"] = lambda: rs(D10, 9) + R.choice(["", rs(UP, 1)]) if R.random() < .5 else "D" + rs(D10, 9)


def order(scheme=None):
    scheme = scheme or R.choice(list(ORDER))
    v = safe(ORDER[scheme])
    return v, scheme


MARKET_SCHEME = {"amazon": "amazon", "ebay": "ebay", "etsy": "etsy", "kaufland": "kaufland", "otto": "otto",
                 "cdiscount": "cdiscount", "bol": "bol", "zalando": "zalando", "backmarket": "backmarket",
                 "aliexpress": "aliexpress", "temu": "temu"}


# ---------------- secrets ----------------
def _b64(n):
    return rs(B64, n)


SECRETS = {
    "github_pat": ("GITHUB_TOKEN", lambda: "ghp_" + rs(AN, 36)),
    "github_oauth": ("GH_OAUTH_TOKEN", lambda: "gho_" + rs(AN, 36)),
    "github_app": ("GITHUB_APP_TOKEN", lambda: R.choice(["ghs_", "ghu_"]) + rs(AN, 36)),
    "github_refresh": ("GH_REFRESH", lambda: "ghr_" + rs(AN, 36)),
    "github_fine": ("GH_PAT", lambda: "github_pat_" + rs(AN, 22) + "_" + rs(AN, 59)),
    "gitlab_pat": ("GITLAB_TOKEN", lambda: "glpat-" + rs(AN + "-_", 20)),
    "gitlab_ptt": ("CI_TRIGGER_TOKEN", lambda: "glptt-" + rs(HEXL, 40)),
    "gitlab_runner": ("RUNNER_TOKEN", lambda: "glrt-" + rs(AN + "-_", 20)),
    "gitlab_deploy": ("GITLAB_DEPLOY_TOKEN", lambda: "gldt-" + rs(AN + "-_", 20)),
    "slack_bot": ("SLACK_BOT_TOKEN", lambda: f"xoxb-{rs(D10, 12)}-{rs(D10, 13)}-{rs(AN, 24)}"),
    "slack_user": ("SLACK_TOKEN", lambda: f"xoxp-{rs(D10, 12)}-{rs(D10, 12)}-{rs(D10, 13)}-{rs(HEXL, 32)}"),
    "slack_app": ("SLACK_APP_TOKEN", lambda: f"xapp-1-A{rs(UP + D10, 10)}-{rs(D10, 13)}-{rs(HEXL, 64)}"),
    "stripe_live": ("STRIPE_SECRET_KEY", lambda: "sk_live_" + rs(AN, R.choice([24, 99]))),
    "stripe_test": ("STRIPE_SECRET", lambda: "sk_test_" + rs(AN, R.choice([24, 99]))),
    "stripe_restricted": ("STRIPE_RESTRICTED_KEY", lambda: "rk_live_" + rs(AN, 99)),
    "stripe_whsec": ("STRIPE_WEBHOOK_SECRET", lambda: "whsec_" + rs(AN, 32)),
    "openai": ("OPENAI_API_KEY", lambda: R.choice(["sk-proj-", "sk-svcacct-"]) + rs(AN + "-_", 74) + "T3BlbkFJ" + rs(AN + "-_", 74)),
    "anthropic": ("ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + rs(AN + "-_", 93) + "AA"),
    "anthropic_admin": ("ANTHROPIC_ADMIN_KEY", lambda: "sk-ant-admin01-" + rs(AN + "-_", 93) + "AA"),
    "aws_akid": ("AWS_ACCESS_KEY_ID", lambda: R.choice(["AKIA", "ASIA"]) + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)),
    "aws_secret": ("AWS_SECRET_ACCESS_KEY", lambda: rs(AN + "+/", 40)),
    "google_api": ("GOOGLE_MAPS_API_KEY", lambda: "AIza" + rs(AN + "-_", 35)),
    "google_oauth_secret": ("GOOGLE_CLIENT_SECRET", lambda: "GOCSPX-" + rs(AN + "-_", 28)),
    "google_ya29": ("GOOGLE_ACCESS_TOKEN", lambda: "ya29." + rs(AN + "-_", 120)),
    "twilio_sk": ("TWILIO_API_KEY", lambda: "SK" + rs(HEXL, 32)),
    "twilio_auth": ("TWILIO_AUTH_TOKEN", lambda: rs(HEXL, 32)),
    "sendgrid": ("SENDGRID_API_KEY", lambda: "SG." + rs(AN + "-_", 22) + "." + rs(AN + "-_", 43)),
    "mailgun": ("MAILGUN_API_KEY", lambda: "key-" + rs(HEXL, 32)),
    "mailchimp": ("MAILCHIMP_API_KEY", lambda: rs(HEXL, 32) + "-us" + str(R.randint(1, 21))),
    "brevo": ("BREVO_API_KEY", lambda: "xkeysib-" + rs(HEXL, 64) + "-" + rs(AN, 16)),
    "shopify_pat": ("SHOPIFY_ACCESS_TOKEN", lambda: "shpat_" + rs(HEXL, 32)),
    "shopify_shared": ("SHOPIFY_API_SECRET", lambda: "shpss_" + rs(HEXL, 32)),
    "shopify_custom": ("SHOPIFY_CUSTOM_APP_TOKEN", lambda: "shpca_" + rs(HEXL, 32)),
    "npm": ("NPM_TOKEN", lambda: "npm_" + rs(AN, 36)),
    "pypi": ("PYPI_TOKEN", lambda: "pypi-AgEIcHlwaS5vcmc" + rs(AN + "-_", 60)),
    "rubygems": ("GEM_HOST_API_KEY", lambda: "rubygems_" + rs(HEXL, 48)),
    "vault": ("VAULT_TOKEN", lambda: "hvs." + rs(AN, 24)),
    "terraform": ("TFE_TOKEN", lambda: rs(AN, 14) + ".atlasv1." + rs(AN, 67)),
    "huggingface": ("HF_TOKEN", lambda: "hf_" + rs(AN, 34)),
    "digitalocean": ("DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + rs(HEXL, 64)),
    "databricks": ("DATABRICKS_TOKEN", lambda: "dapi" + rs(HEXL, 32)),
    "newrelic": ("NEW_RELIC_API_KEY", lambda: "NRAK-" + rs(UP + D10, 27)),
    "grafana": ("GRAFANA_TOKEN", lambda: "glsa_" + rs(AN, 32) + "_" + rs(HEXL, 8)),
    "square": ("SQUARE_ACCESS_TOKEN", lambda: "EAAA" + rs(AN + "-_", 60)),
    "postman": ("POSTMAN_API_KEY", lambda: "PMAK-" + rs(HEXL, 24) + "-" + rs(HEXL, 34)),
    "pulumi": ("PULUMI_ACCESS_TOKEN", lambda: "pul-" + rs(HEXL, 40)),
    "linear": ("LINEAR_API_KEY", lambda: "lin_api_" + rs(AN, 40)),
    "telegram_bot": ("TELEGRAM_BOT_TOKEN", lambda: str(R.randint(100000000, 7999999999)) + ":AA" + rs(AN + "-_", 33)),
    "doppler": ("DOPPLER_TOKEN", lambda: "dp.st." + rs(AN, 43)),
    "planetscale": ("PLANETSCALE_PASSWORD", lambda: "pscale_pw_" + rs(AN + "_", 43)),
    "alibaba": ("ALIBABA_ACCESS_KEY_ID", lambda: "LTAI" + rs(AN, 20)),
    "azure_secret": ("AZURE_CLIENT_SECRET", lambda: rs(AN, 3) + "8Q~" + rs(AN + "~_.-", 31)),
    "sentry": ("SENTRY_AUTH_TOKEN", lambda: "sntrys_" + rs(AN, 90)),
    "docker_pat": ("DOCKERHUB_TOKEN", lambda: "dckr_pat_" + rs(AN + "-_", 27)),
    "dynatrace": ("DT_API_TOKEN", lambda: "dt0c01." + rs(UP + D10, 24) + "." + rs(UP + D10, 64)),
    "easypost": ("EASYPOST_API_KEY", lambda: "EZAK" + rs(HEXL, 54)),
    "flutterwave": ("FLW_SECRET_KEY", lambda: "FLWSECK-" + rs(HEXL, 32) + "-X"),
    "openshift": ("OC_TOKEN", lambda: "sha256~" + rs(AN + "-_", 43)),
    "contentful": ("CONTENTFUL_DELIVERY_TOKEN", lambda: rs(AN + "-_", 43)),
    "airtable": ("AIRTABLE_PAT", lambda: "pat" + rs(AN, 14) + "." + rs(HEXL, 64)),
    "notion": ("NOTION_TOKEN", lambda: R.choice(["secret_" + rs(AN, 43), "ntn_" + rs(D10, 11) + rs(AN, 35)])),
    "mollie": ("MOLLIE_API_KEY", lambda: R.choice(["live_", "test_"]) + rs(AN, 30)),
    "paypal_secret": ("PAYPAL_CLIENT_SECRET", lambda: "E" + rs(AN + "-_", 79)),
    "mapbox": ("MAPBOX_SECRET_TOKEN", lambda: "sk.eyJ1Ijoi" + rs(AN, 30) + "." + rs(AN + "-_", 22)),
    "jwt": ("JWT_TOKEN", lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + rs(B64U, R.randint(40, 90)) + "." + rs(B64U, 43)),
    "cloudflare": ("CLOUDFLARE_API_TOKEN", lambda: rs(AN + "-_", 40)),
    "heroku": ("HEROKU_API_KEY", lambda: "HRKU-" + rs(AN + "-_", 60)),
    "woo_ck": ("WOOCOMMERCE_CONSUMER_KEY", lambda: "ck_" + rs(HEXL, 40)),
    "woo_cs": ("WOOCOMMERCE_CONSUMER_SECRET", lambda: "cs_" + rs(HEXL, 40)),
    "shopware_swia": ("SHOPWARE_ACCESS_KEY", lambda: "SWIA" + rs(UP + D10, 22)),
    "magento_integration": ("MAGENTO_ACCESS_TOKEN", lambda: rs(LO + D10, 32)),
    "prestashop_ws": ("PS_WEBSERVICE_KEY", lambda: rs(UP + D10, 32)),
    "laravel_app_key": ("APP_KEY", lambda: "base64:" + rs(AN + "+/", 43) + "="),
    "django_secret": ("DJANGO_SECRET_KEY", lambda: "django-insecure-" + rs(LO + D10 + "!@#$%^&*(-_=+)", 50) if R.random() < .3 else rs(LO + D10 + "!@#%^&*(-_=+)", 50)),
    "generic_hex": ("API_SECRET", lambda: rs(HEXL, R.choice([32, 40, 48, 64]))),
    "generic_b64": ("AUTH_SECRET", lambda: rs(AN + "+/", R.choice([32, 43, 44])) + R.choice(["", "="])),
    "password": ("DB_PASSWORD", lambda: R.choice(["Sommer2026!", "W1nter#Lager", "Pa$$w0rd_Kasse7", "Bordeaux!33Cave", "Tr0ub4dor&3", "kX9#mQ2!vL7p", "Lager-Halle-2024", "Zx8!Qw3#Er5t", "Ch@teau1789", "h4rb0ur-T3a!"]) + R.choice(["", str(R.randint(1, 99))])),
    "klaviyo": ("KLAVIYO_PRIVATE_KEY", lambda: "pk_" + rs(HEXL, 34)),
    "braintree": ("BRAINTREE_TOKEN", lambda: f"access_token$production${rs(LO + D10, 16)}${rs(HEXL, 32)}"),
    "adyen": ("ADYEN_API_KEY", lambda: "AQE" + rs(AN, 60) + "..." + rs(AN + "-_", 32)),
    "okta": ("OKTA_API_TOKEN", lambda: "00" + rs(AN + "-_", 40)),
    "age": ("SOPS_AGE_KEY", lambda: "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)),
}
SECRET_KINDS = list(SECRETS)

PEM_KINDS = {
    "pem_rsa": ("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA"),
    "pem_pkcs8": ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"),
    "pem_ec": ("EC PRIVATE KEY", "MHcCAQEEI"),
    "pem_dsa": ("DSA PRIVATE KEY", "MIIBuwIBAAKBgQD"),
    "pem_encrypted": ("ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI"),
    "openssh": ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"),
    "pgp_private": ("PGP PRIVATE KEY BLOCK", "lQOYBF"),
}


def pem(kind=None, indent=""):
    kind = kind or R.choice(list(PEM_KINDS))
    label, head = PEM_KINDS[kind]
    w = 70 if kind == "openssh" else 64
    n = R.randint(3, 9)
    body = head + rs(B64, w * n - len(head) + R.randint(5, 40))
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    out = [f"-----BEGIN {label}-----"]
    if kind == "pgp_private":
        out.append(indent)
        out[-1] = ""
    out += lines
    if kind == "pgp_private":
        out.append("=" + rs(AN, 4))
    out.append(f"-----END {label}-----")
    return ("\n" + indent).join(out), kind


def secret(kind=None):
    kind = kind or R.choice(SECRET_KINDS)
    key, fn = SECRETS[kind]
    return fn(), kind, key


def basic(lang):
    user = R.choice(["admin", "api", "shop", "deploy", "ci", email_local(lang, "personal")])
    pw = SECRETS["password"][1]() if R.random() < .5 else rs(AN, 20)
    return base64.b64encode(f"{user}:{pw}".encode()).decode()


COOKIES = {"PHPSESSID": lambda: rs(LO + D10, 26), "laravel_session": lambda: "eyJpdiI6" + rs(B64U, 120),
           "connect.sid": lambda: "s%3A" + rs(AN + "-_", 32) + "." + rs(AN, 43),
           "JSESSIONID": lambda: rs("0123456789ABCDEF", 32), "sessionid": lambda: rs(LO + D10, 32),
           "frontend": lambda: rs(LO + D10, 26), "_session_id": lambda: rs(HEXL, 32),
           "PrestaShop-a1b2": lambda: "def50200" + rs(HEXL, 120), "wordpress_logged_in_3f2a": lambda: "admin%7C" + str(R.randint(1760000000, 1790000000)) + "%7C" + rs(AN, 43) + "%7C" + rs(HEXL, 64)}


def webhook():
    k = R.choice(["slack", "discord", "teams", "google_chat", "mattermost"])
    if k == "slack":
        v = f"https://hooks.slack.com/services/T{rs(UP + D10, 8)}/B{rs(UP + D10, 10)}/{rs(AN, 24)}"
    elif k == "discord":
        v = f"https://discord.com/api/webhooks/{rs(D10, 18)}/{rs(AN + '-_', 68)}"
    elif k == "teams":
        v = f"https://{R.choice(['contoso', 'kaffeewelt', 'maisonlumiere'])}.webhook.office.com/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{rs(HEXL, 32)}/{uuid()}"
    elif k == "google_chat":
        v = f"https://chat.googleapis.com/v1/spaces/AAAA{rs(AN, 7)}/messages?key=AIza{rs(AN + '-_', 35)}&token={rs(AN + '-_', 43)}"
    else:
        v = f"https://chat.{R.choice(['example-shop.de', 'intern.boutique.fr'])}/hooks/{rs(LO + D10, 26)}"
    return v, "webhook_" + k


# ---------------- negatives ----------------
def gs1_check(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        s += int(c) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def ean13():
    def f():
        b = R.choice(["400", "401", "402", "403", "404", "405", "300", "301", "340", "370", "500", "501", "871", "540", "761"]) + rs(D10, 9)
        return b + gs1_check(b)
    return safe(f)


def gtin14():
    def f():
        b = R.choice(["1", "2", "0"]) + R.choice(["400", "401", "340", "500"]) + rs(D10, 9)
        return b + gs1_check(b)
    return safe(f)


def uuid():
    h = rs(HEXL, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def neg(kind, lang="en"):
    return safe(lambda: _neg(kind, lang))


def _neg(kind, lang="en"):
    k = kind
    if k == "SKU":
        return safe(lambda: (R.choice(["SKU-", "ART-", "", "TS-", "MUG-", "KF"]) + rs(UP, R.randint(0, 3)) + R.choice(["", "-"]) + rs(D10, R.randint(3, 6)) + R.choice(["", "-" + R.choice(["BL", "XL", "M", "500G", "RED"])])).lstrip("-"))
    if k == "TRACKING":
        return R.choice([lambda: "00340434" + rs(D10, 12), lambda: "1Z" + rs(UP + D10, 16), lambda: "JJD" + rs(D10, 18),
                         lambda: "6A" + rs(D10, 11), lambda: rs(UP, 2) + rs(D10, 9) + "DE", lambda: "LX" + rs(D10, 9) + "FR",
                         lambda: "H" + rs(D10, 19)])()
    if k == "EAN":
        return ean13()
    if k == "GTIN":
        return gtin14()
    if k == "DATE":
        d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026])
        return R.choice([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{str(y)[2:]}"])
    if k == "TIME":
        return f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}" + R.choice(["", f":{R.randint(0, 59):02d}"])
    if k == "POSTCODE":
        return R.choice([str(R.randint(10115, 99998)), str(R.randint(1000, 9999)), f"{R.randint(10, 95)}{R.randint(0, 999):03d}", f"{R.choice(['SW1A', 'EC1V', 'M1', 'LS6'])} {R.randint(1, 9)}{rs('ABDEFGHJLNPQRSTUWXYZ', 2)}"])
    if k == "VAT_ID":
        return R.choice([lambda: "DE" + rs(D10, 9), lambda: "FR" + rs(D10, 2) + rs(D10, 9), lambda: "ATU" + rs(D10, 8),
                         lambda: "GB" + rs(D10, 9), lambda: "NL" + rs(D10, 9) + "B01", lambda: "BE0" + rs(D10, 9)])()
    if k == "PLACEHOLDER":
        return R.choice(["<YOUR_API_KEY>", "${STRIPE_SECRET_KEY}", "{{ secrets.SHOP_TOKEN }}", "changeme", "********", "xxxxxxxxxxxx",
                         "AKIAIOSFODNN7EXAMPLE", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "your-secret-here", "%env(APP_SECRET)%", "[REDACTED]", "<password>", "REPLACE_ME", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"])
    if k == "PUBLIC_KEY":
        return R.choice([lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43), lambda: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + rs(B64, 180),
                         lambda: "pk_live_" + rs(AN, 24), lambda: "pk_test_" + rs(AN, 24)])()
    if k == "HASH":
        return rs(HEXL, R.choice([32, 40, 64])) if R.random() < .7 else "sha256:" + rs(HEXL, 64)
    if k == "UUID":
        return uuid()
    if k == "INVOICE":
        return safe(lambda: R.choice(["RE-", "RE", "INV-", "FA-", "F", "RG-", "FAC-"]) + R.choice(["2025-", "2026-", ""]) + rs(D10, R.randint(4, 6)))
    if k == "TICKET":
        return R.choice(["#", "", "TCK-", "SR-", "INC"]) + str(R.randint(1000, 999999))
    if k == "MODEL":
        return R.choice(["iPhone 15 Pro", "WH-1000XM5", "SM-S921B", "EOS R6", "KF-7700", "TX-55LZW2004", "XPS 13 9340", "MX Master 3S", "RTX 4070", "DCD796N"])
    if k == "VERSION":
        return R.choice(["v", "", ""]) + f"{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 30)}" + R.choice(["", "-p1", "-rc2", ".1"])
    if k == "AMOUNT":
        a = R.randint(3, 4999)
        c = R.randint(0, 99)
        return R.choice([f"{a},{c:02d} €", f"€{a}.{c:02d}", f"{a}.{c:02d} EUR", f"£{a}.{c:02d}", f"{a:,}".replace(",", ".") + f",{c:02d}", f"CHF {a}.{c:02d}", f"${a}.{c:02d}"])
    if k == "CUSTOMER_ID":
        return safe(lambda: R.choice(["KD-", "CUST-", "C", "K", "CL-", "D"]) + rs(D10, R.randint(5, 8)))
    if k == "CSRF_TOKEN":
        return rs(AN, 16) if R.random() < .5 else rs(AN + "-_", 40)
    if k == "REQUEST_ID":
        return R.choice([lambda: uuid(), lambda: "req_" + rs(AN, 14), lambda: rs(HEXL, 16), lambda: "Root=1-" + rs(HEXL, 8) + "-" + rs(HEXL, 24)])()
    if k == "BUILD_ID":
        return R.choice(["#", "build-", "b", ""]) + str(R.randint(100, 99999))
    if k == "COMMIT":
        return rs(HEXL, R.choice([7, 8, 40]))
    if k == "BIC":
        return R.choice(["COBADEFFXXX", "DEUTDEFF", "BNPAFRPPXXX", "SOGEFRPP", "GENODEF1S04", "INGDDEFFXXX", "PBNKDEFF", "AGRIFRPP882", "BARCGB22", "NWBKGB2L", "UBSWCHZH80A", "RZBAATWW"])
    if k == "DELIVERY_NOTE":
        return safe(lambda: R.choice(["LS-", "LS", "BL-", "DN-"]) + rs(D10, R.randint(5, 8)))
    if k == "SHIPMENT_ID":
        return safe(lambda: R.choice(["SHP-", "AMZN-FBA-", "FBA"]) + rs(UP + D10, 9))
    if k == "ASIN":
        return "B0" + rs(UP + D10, 8)
    if k == "STEUERNUMMER":
        return f"{R.randint(10, 99)}/{R.randint(100, 999)}/{R.randint(10000, 99999)}"
    if k == "BELEG":
        return safe(lambda: R.choice(["BN", "ER", "AR", "KB"]) + rs(D10, 6))
    if k == "IDOC_NUMBER":
        return "0000000" + rs(D10, 9)
    if k == "TRANSACTION_ID":
        return safe(lambda: R.choice(["pi_" + rs(AN, 24), "ch_" + rs(AN, 24), "tr_" + rs(AN, 10), rs(UP + D10, 17)]))
    if k == "IMAGE_DIGEST":
        return "sha256:" + rs(HEXL, 64)
    if k == "MASKED_CARD":
        return R.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "************", "•••• "]) + rs(D10, 4)
    if k == "CVC":
        return rs(D10, R.choice([3, 3, 4]))
    if k == "PID":
        return str(R.randint(100, 65000))
    raise KeyError(k)
