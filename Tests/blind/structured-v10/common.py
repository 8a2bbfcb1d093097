"""Document builder, positive value makers, negative makers."""
import re

import values as V
import secrets_tab as S
from frames import FIRST, LAST, F

DIG, UP, LO, ALNUM = V.DIG, V.UP, V.LO, V.ALNUM
rs = V.rs
STATS = {}


def stat(k):
    STATS[k] = STATS.get(k, 0) + 1


class Doc:
    def __init__(self, lang, reg):
        self.lang, self.reg, self.parts = lang, reg, []

    def t(self, s):
        if s:
            self.parts.append([s, None])
        return self

    def p(self, v, typ, var):
        assert v and v == v.strip(), repr(v)
        self.parts.append([v, ("P", typ, var)])
        return self

    def n(self, v, typ):
        assert v and v == v.strip(), repr(v)
        self.parts.append([v, ("N", "NEGATIVE_" + typ)])
        return self

    def frame(self, fr, v, lab):
        """fr contains {v}; lab is ('P',typ,var) or ('N',kind)"""
        if v.startswith("#") and "#{v}" in fr:
            fr = fr.replace("#{v}", "{v}")
        a, b = fr.split("{v}", 1)
        self.t(a)
        if lab[0] == "P":
            self.p(v, lab[1], lab[2])
        else:
            self.n(v, lab[1])
        self.t(b)
        return self

    def text(self):
        return "".join(p[0] for p in self.parts)

    def build(self, rid):
        text, spans, negs, off = [], [], [], 0
        for s, lab in self.parts:
            b = s.encode("utf-8")
            if lab:
                if lab[0] == "P":
                    spans.append({"start": off, "end": off + len(b), "type": lab[1], "variant": lab[2], "value": s})
                else:
                    negs.append({"start": off, "end": off + len(b), "type": lab[1], "value": s})
            text.append(s)
            off += len(b)
        return {"id": rid, "lang": self.lang, "register": self.reg, "text": "".join(text), "spans": spans, "negatives": negs}


def person(R, lang):
    return R.choice(FIRST[lang]), R.choice(LAST[lang])


def digit_runs_ok(v):
    """False if v has a 12-19 digit run (ignoring single separators) that is Luhn-valid"""
    for m in re.finditer(r"\d+", v):
        d = m.group()
        if 12 <= len(d) <= 19 and V.luhn_ok(d):
            return False
    d = re.sub(r"\D", "", v)
    if 12 <= len(d) <= 19 and V.luhn_ok(d):
        return False
    return True


# ------------------------------------------------------------- ORDER_NUMBER
AMZ = ["028", "302", "303", "304", "305", "306", "171", "111", "112", "113", "114", "402", "403", "404", "405", "406", "407", "408"]


def _order(R, scheme):
    if scheme == "magento_default":
        return R.choice(["000", "100", "200", "300"]) + rs(R, DIG, 6)
    if scheme == "magento_store_prefix":
        return R.choice(["DE", "AT", "FR", "CH", "UK", "BE", "NL", "B2B", "EU"]) + R.choice(["", "-", ""]) + R.choice(["1", "2", "0"]) + rs(R, DIG, 8)
    if scheme == "magento_sequence_prefix":
        return R.choice(["WEB", "MG", "SHOP", "M2"]) + R.choice(["", "-"]) + "0000" + rs(R, DIG, 5)
    if scheme == "shopify_default":
        return "#" + str(R.randint(1001, 98999))
    if scheme == "shopify_prefix":
        return "#" + R.choice(["EU", "KW", "LM-", "NS", "SHOP-", "BB", "OT"]) + str(R.randint(1001, 45999))
    if scheme == "shopify_suffix":
        return "#" + str(R.randint(1001, 45999)) + R.choice(["-DE", "-FR", "-UK", "B", "-EU", "/W"])
    if scheme == "shopify_prefix_suffix":
        return "#" + R.choice(["HH", "LC-", "BX"]) + str(R.randint(1001, 45999)) + R.choice(["-A", "-CH", "X"])
    if scheme == "woocommerce_default":
        return R.choice(["#", "", "#"]) + str(R.randint(120, 98000))
    if scheme == "woo_sequential":
        return R.choice(["WC-", "ORD-", "WO", "KW-", "LM"]) + R.choice(["2024-", "2025-", "", "26-"]) + rs(R, DIG, R.choice([4, 5, 6]))
    if scheme == "shopware_default":
        return str(R.randint(10000, 99999))
    if scheme == "shopware_prefix":
        return R.choice(["SW", "SW-", "BE-"]) + str(R.randint(10000, 299999))
    if scheme == "prestashop_reference":
        return rs(R, UP, 9)
    if scheme == "prestashop_id":
        return str(R.randint(100, 99999))
    if scheme == "amazon_3_7_7":
        return R.choice(AMZ) + "-" + rs(R, DIG, 7) + "-" + rs(R, DIG, 7)
    if scheme == "amazon_digital":
        return "D01-" + rs(R, DIG, 7) + "-" + rs(R, DIG, 7)
    if scheme == "ebay_2_5_5":
        return rs(R, DIG, 2) + "-" + rs(R, DIG, 5) + "-" + rs(R, DIG, 5)
    if scheme == "ebay_12digit":
        return R.choice("123") + rs(R, DIG, 11)
    if scheme == "etsy_receipt":
        return R.choice(["", "#"]) + R.choice(["2", "3"]) + rs(R, DIG, 9)
    if scheme == "zalando":
        return "10" + rs(R, DIG, 12)
    if scheme == "otto_market":
        return rs(R, UP, 2) + rs(R, DIG, 2) + rs(R, UP + DIG, 4)
    if scheme == "kaufland":
        return rs(R, UP, 3) + rs(R, DIG + UP, 3) + rs(R, DIG, 1)
    if scheme == "bol":
        return R.choice(["A0", "10", "11"]) + rs(R, DIG + UP if R.random() < .3 else DIG, 8)
    if scheme == "cdiscount":
        return rs(R, DIG, 10) + rs(R, UP, 5)
    if scheme == "aliexpress":
        return "8" + rs(R, DIG, 15)
    if scheme == "temu":
        return "PO-" + R.choice(["211", "076", "101"]) + "-" + rs(R, DIG, 17)
    if scheme == "back_market":
        return str(R.randint(10000000, 99999999))
    if scheme == "letter_prefixed":
        return R.choice(["AB", "ORD", "BST", "CMD", "CDE", "SO", "VK", "AU", "BE", "PO"]) + R.choice(["-", "", " ", "/"]).strip() + rs(R, DIG, R.choice([5, 6, 7]))
    if scheme == "year_prefixed":
        y = R.choice(["2024", "2025", "2026", "24", "25"])
        return y + R.choice(["-", "/", "", "-DE-", "-FR-"]) + rs(R, DIG, R.choice([4, 5, 6]))
    if scheme == "context_generic":
        return rs(R, UP, R.randint(0, 2)) + rs(R, DIG, R.randint(3, 8)) + rs(R, UP, R.choice([0, 0, 1]))
    raise ValueError(scheme)


ORDER_SCHEMES = ["magento_default", "magento_store_prefix", "magento_sequence_prefix", "shopify_default", "shopify_prefix",
                 "shopify_suffix", "shopify_prefix_suffix", "woocommerce_default", "woo_sequential", "shopware_default",
                 "shopware_prefix", "prestashop_reference", "prestashop_id", "amazon_3_7_7", "amazon_digital", "ebay_2_5_5",
                 "ebay_12digit", "etsy_receipt", "zalando", "otto_market", "kaufland", "bol", "cdiscount", "aliexpress",
                 "temu", "back_market", "letter_prefixed", "year_prefixed", "context_generic"]
MARKET = {"amazon_3_7_7": "Amazon", "amazon_digital": "Amazon", "ebay_2_5_5": "eBay", "ebay_12digit": "eBay",
          "etsy_receipt": "Etsy", "zalando": "Zalando", "otto_market": "OTTO Market", "kaufland": "Kaufland",
          "bol": "bol.com", "cdiscount": "Cdiscount", "aliexpress": "AliExpress", "temu": "Temu", "back_market": "Back Market"}


def order(R, scheme=None):
    scheme = scheme or R.choice(ORDER_SCHEMES)
    while True:
        v = _order(R, scheme)
        if digit_runs_ok(v) and any(c.isdigit() for c in v) or scheme == "prestashop_reference":
            stat("order:" + scheme)
            return v, scheme


# ------------------------------------------------------------- cards, IBAN, phone, email, IP
CARD_FORMS = list(V.CARD_SEPS)
CARD_FORMS_TEXT = [f for f in CARD_FORMS if f != "html_nbsp"]


def card(R, form=None, html=False):
    issuer, d = V.card_number(R)
    form = form or R.choice(CARD_FORMS if html else CARD_FORMS_TEXT)
    stat("card_issuer:" + issuer)
    return V.render_card(R, d, issuer, form), form


def iban(R, form=None, cc=None, lang=None, home_p=0.45):
    if cc is None:
        home = {"de": ["DE", "DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "FR", "BE", "LU", "CH", "MC"], "en": ["GB", "IE", "GB"]}
        cc = R.choice(home.get(lang, ["DE"])) if (lang and R.random() < home_p) else R.choice(list(V.IBAN))
    ib = V.make_iban(R, cc)
    form = form or R.choice(V.IBAN_FORMS)
    stat("iban_country:" + cc)
    return V.render_iban(R, ib, form), form


HOME_PH = {"de": ["DE", "DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "FR", "BE", "LU", "CH", "CA_QC", "MA", "TN", "SN"],
           "en": ["GB", "GB", "IE", "US", "CA"]}


def phone(R, lang, form=None, country=None):
    country = country or (R.choice(HOME_PH[lang]) if R.random() < 0.7 else R.choice(list(V.PHONE)))
    form = form or R.choice(V.PHONE_FORMS)
    while True:
        v = V.make_phone(R, country, form)
        if digit_runs_ok(v):
            break
    stat("phone_country:" + country)
    return v, form


def email(R, lang, enc=None, who=None):
    f, l = who or person(R, lang)
    kind, e = V.make_email(R, lang, f, l)
    var = kind
    if enc == "html":
        e = e.replace("@", R.choice(["&#64;", "&#x40;", "@"]))
    elif enc == "qp":
        e = e.replace("@", "=40")
    elif enc == "json":
        e = e.replace("@", "\\u0040")
    elif enc == "url":
        e = e.replace("@", "%40").replace("+", "%2B")
    elif enc == "obf":
        e = e.replace("@", R.choice([" [at] ", " (at) ", " at ", "[at]", " @ "])).replace(".", R.choice([" [dot] ", " (dot) ", "."]), 1 if R.random() < .5 else 9)
    if enc:
        var += "_" + enc
    if any(ord(c) > 127 for c in e):
        var += "_idn"
    return e, var


def ip(R, kind=None):
    """returns (pre, value, post, variant)"""
    kind = kind or R.choice(["v4", "v4", "v4_priv", "v4_port", "v4_bracket", "v4_userat", "v4_cidr", "v4_url",
                             "defang_brackets", "defang_all", "hxxp", "v6", "v6", "v6_bracket_port", "v4_paren"])
    v4 = V.ipv4_private(R) if kind == "v4_priv" or (kind in ("v4_userat", "v4_cidr") and R.random() < .5) else V.ipv4_public(R)
    if kind in ("v4", "v4_priv"):
        return "", v4, "", kind
    if kind == "v4_port":
        return "", v4, ":" + str(R.choice([22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9200, 25, 587])), kind
    if kind == "v4_bracket":
        return "[", v4, "]", kind
    if kind == "v4_paren":
        return "(", v4, ")", kind
    if kind == "v4_userat":
        return R.choice(["root@", "deploy@", "ubuntu@", "admin@", "git@"]), v4, "", kind
    if kind == "v4_cidr":
        return "", v4, "/" + str(R.choice([24, 32, 16, 28])), kind
    if kind == "v4_url":
        return R.choice(["http://", "https://"]), v4, R.choice(["/admin", ":8080/", "/phpmyadmin/", "/"]), kind
    if kind == "defang_brackets":
        a = v4.split(".")
        return "", ".".join(a[:3]) + "[.]" + a[3], "", kind
    if kind == "defang_all":
        return "", v4.replace(".", R.choice(["[.]", "(.)", "[dot]"])), "", kind
    if kind == "hxxp":
        return R.choice(["hxxp://", "hxxps://"]), v4.replace(".", "[.]"), R.choice(["/wp-login.php", "/", ":8443/x.sh"]), kind
    k6, v6 = V.ipv6(R)
    if kind == "v6_bracket_port":
        return "[", v6 if k6 != "loop" else "2a01:4f8:c17::2", "]:" + str(R.choice([443, 8080, 22])), kind
    return "", v6, "", "v6_" + k6


def put_ip(d, R, kind=None):
    pre, v, post, var = ip(R, kind)
    d.t(pre)
    d.p(v, "IP_ADDRESS", var)
    d.t(post)


def secret(R, kind=None):
    k, v, keys, need = S.make_secret(R, kind)
    stat("secret:" + k)
    return k, v, keys, need


# ------------------------------------------------------------- negatives
MON = {"de": ["Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dez"],
       "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
       "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]}


def date(R, lang, style=None, ymd=None):
    y, m, dd = ymd or (R.choice([2024, 2025, 2026]), R.randint(1, 12), R.randint(1, 28))
    style = style if style is not None else R.randint(0, 5)
    if style == 0:
        return f"{dd:02d}.{m:02d}.{y}" if lang == "de" else f"{dd:02d}/{m:02d}/{y}"
    if style == 1:
        return f"{y}-{m:02d}-{dd:02d}"
    if style == 2:
        return f"{dd}. {MON['de'][m-1]} {y}" if lang == "de" else f"{dd} {MON[lang][m-1]} {y}"
    if style == 3:
        return f"{dd:02d}.{m:02d}.{str(y)[2:]}" if lang == "de" else f"{dd:02d}/{m:02d}/{str(y)[2:]}"
    if style == 4:
        return f"{m}/{dd}/{str(y)[2:]}" if lang == "en" else f"{dd}.{m}.{y}"
    return f"{dd:02d}-{m:02d}-{y}"


def time(R, sec=False):
    s = f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}"
    return s + (f":{R.randint(0, 59):02d}" if sec else "")


def amount(R, lang):
    a = R.randint(1, 2999)
    c = R.randint(0, 99)
    if lang == "en":
        return R.choice([f"£{a}.{c:02d}", f"€{a}.{c:02d}", f"{a}.{c:02d} GBP", f"${a:,}.{c:02d}"])
    return R.choice([f"{a},{c:02d} €", f"{a},{c:02d} EUR", f"EUR {a},{c:02d}", f"{a:,},{c:02d} €".replace(",", ".", 1) if a >= 1000 else f"{a},{c:02d}€", f"CHF {a}.{c:02d}"])


def ean13(R):
    while True:
        b = R.choice(["400", "401", "419", "300", "376", "500", "501", "540", "560", "871", "761"]) + rs(R, DIG, 9)
        s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(b))
        e = b + str((10 - s % 10) % 10)
        if not V.luhn_ok(e):
            return e


def gtin14(R):
    while True:
        b = R.choice("1234") + ean13(R)[:12]
        s = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(b))
        e = b + str((10 - s % 10) % 10)
        if not V.luhn_ok(e):
            return e


def _noluhn(R, fn):
    while True:
        v = fn()
        if digit_runs_ok(v):
            return v


def vat(R):
    c = R.choice(["DE", "FR", "ATU", "BE0", "LU", "NL", "IE", "GB", "CHE-"])
    if c == "DE":
        return "DE" + rs(R, DIG, 9)
    if c == "FR":
        return "FR" + rs(R, DIG, 2) + rs(R, DIG, 9)
    if c == "ATU":
        return "ATU" + rs(R, DIG, 8)
    if c == "BE0":
        return "BE0" + rs(R, DIG, 9)
    if c == "LU":
        return "LU" + rs(R, DIG, 8)
    if c == "NL":
        return "NL" + rs(R, DIG, 9) + "B0" + R.choice("123")
    if c == "IE":
        return "IE" + rs(R, DIG, 7) + R.choice("WABCDE")
    if c == "GB":
        return "GB" + rs(R, DIG, 3) + " " + rs(R, DIG, 4) + " " + rs(R, DIG, 2)
    return "CHE-" + rs(R, DIG, 3) + "." + rs(R, DIG, 3) + "." + rs(R, DIG, 3) + " MWST"


def tracking(R):
    k = R.randint(0, 6)
    if k == 0:
        return "00340434" + rs(R, DIG, 12)  # DHL 20 digits
    if k == 1:
        return "1Z" + rs(R, UP + DIG, 6) + rs(R, DIG, 10)
    if k == 2:
        return rs(R, UP, 2) + rs(R, DIG, 9) + R.choice(["DE", "FR", "GB", "CN"])
    if k == 3:
        return R.choice(["6A", "8R", "6C", "5V"]) + rs(R, DIG, 11)
    if k == 4:
        return "H" + rs(R, DIG, 19)
    if k == 5:
        return "0" + rs(R, DIG, 13) + R.choice(["", ""]) if False else "JJD" + rs(R, DIG, 18)
    return "3S" + rs(R, UP, 4) + rs(R, DIG, 7)


def ocr_garble(R, s):
    """OCR confusions: 0->O, 1->l, only used in negatives"""
    out = list(s)
    idx = [i for i, c in enumerate(out) if c in "01"]
    for i in R.sample(idx, min(len(idx), R.randint(1, 2))):
        out[i] = {"0": "O", "1": R.choice("lI")}[out[i]]
    return "".join(out)


def neg_value(R, lang, kind):
    for _ in range(50):
        v = _neg_value(R, lang, kind)
        if digit_runs_ok(v):
            return v
    raise RuntimeError(kind)


def _neg_value(R, lang, kind):
    if kind == "SKU":
        return _noluhn(R, lambda: R.choice([f"{rs(R, UP, 3)}-{rs(R, DIG, 4)}-{rs(R, UP, 2)}", f"ART-{rs(R, DIG, 6)}", f"{rs(R, DIG, 5)}-{R.choice(['S', 'M', 'L', 'XL', '38', '42'])}",
                                        f"SKU{rs(R, DIG, 7)}", f"{rs(R, UP, 2)}{rs(R, DIG, 3)}/{rs(R, DIG, 2)}"]))
    if kind == "TRACKING":
        return _noluhn(R, lambda: tracking(R))
    if kind == "EAN":
        return ean13(R)
    if kind == "GTIN":
        return gtin14(R)
    if kind == "DATE":
        return date(R, lang)
    if kind == "TIME":
        return time(R, R.random() < .4)
    if kind == "DATETIME":
        return R.choice([f"{date(R, lang, 1)}T{time(R, True)}Z", f"{date(R, lang, 0)} {time(R, True)}", f"{date(R, lang, 1)} {time(R, True)}"])
    if kind == "POSTCODE":
        return R.choice({"de": ["10115", "80331", "50667", "1010", "8004", "04109", "D-70173"], "fr": ["75011", "69003", "13001", "1000", "L-1616", "F-67000", "33000"],
                         "en": ["SW1A 1AA", "M1 1AE", "D02 X285", "EH1 1YZ", "90210", "CF10 1EP"]}[lang])
    if kind == "VAT_ID":
        return vat(R)
    if kind == "PLACEHOLDER":
        return R.choice(S.PLACEHOLDERS)
    if kind == "PUBLIC_KEY":
        return S.public_key_neg(R)
    if kind == "HASH":
        return R.choice([rs(R, S.HEX, 40), rs(R, S.HEX, 64), rs(R, S.HEX, 7), "sha256:" + rs(R, S.HEX, 64), rs(R, S.HEX, 32)])
    if kind == "UUID":
        return S.uuid(R)
    if kind == "INVOICE":
        return _noluhn(R, lambda: R.choice([f"RE-{R.choice(['2024', '2025', '2026'])}-{rs(R, DIG, 5)}", f"R{rs(R, DIG, 8)}", f"FA{rs(R, DIG, 6)}", f"F-2025-{rs(R, DIG, 4)}", f"INV-{rs(R, DIG, 6)}", f"{rs(R, DIG, 4)}/{R.choice(['24', '25', '26'])}"]))
    if kind == "TICKET":
        return R.choice([f"{R.choice(['SHOP', 'OPS', 'SUP', 'CS', 'WEB'])}-{R.randint(10, 9999)}", f"#{R.randint(10000, 999999)}", f"INC{rs(R, DIG, 7)}", f"ZD-{R.randint(1000, 99999)}"])
    if kind == "MODEL":
        return R.choice([f"{rs(R, UP, 2)}-{rs(R, DIG, 4)}{R.choice(['', 'X', 'B'])}", f"iPhone 1{R.randint(1, 6)} Pro", f"SM-G{rs(R, DIG, 3)}B", f"WH-1000XM{R.randint(3, 5)}", f"Typ {rs(R, DIG, 3)}.{rs(R, DIG, 2)}"])
    if kind == "VERSION":
        return R.choice([f"{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 30)}", f"v{R.randint(1, 5)}.{R.randint(0, 9)}.{R.randint(0, 9)}",
                         f"2.4.{R.randint(1, 7)}-p{R.randint(1, 3)}", f"{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}", f"8.{R.randint(1, 3)}.{R.randint(0, 30)}"])
    if kind == "AMOUNT":
        return amount(R, lang)
    if kind == "CUSTOMER_ID":
        return _noluhn(R, lambda: R.choice([f"K{rs(R, DIG, 6)}", f"{rs(R, DIG, 7)}", f"CU-{rs(R, DIG, 5)}", f"C{rs(R, DIG, 8)}", f"KD{rs(R, DIG, 5)}"]))
    if kind == "CSRF_TOKEN":
        return R.choice([rs(R, ALNUM, 16), rs(R, ALNUM, 40), rs(R, S.HEX, 10), rs(R, S.URLS, 43)])
    if kind == "BIC":
        return R.choice(sum(V.BIC.values(), []))
    if kind == "MANDATE_REF":
        return R.choice([f"M{rs(R, DIG, 8)}", f"MREF-{rs(R, UP + DIG, 10)}", f"{rs(R, DIG, 6)}-{rs(R, DIG, 3)}", f"SEPA{rs(R, DIG, 9)}"])
    if kind == "CREDITOR_ID":
        return R.choice(["DE", "FR", "AT", "NL"]) + rs(R, DIG, 2) + "ZZZ" + rs(R, DIG, R.choice([8, 11]))
    if kind == "END_TO_END_ID":
        return R.choice(["NOTPROVIDED", f"E2E{rs(R, UP + DIG, 14)}", f"{rs(R, DIG, 10)}-{rs(R, UP, 3)}"])
    if kind == "MASKED_CARD":
        return R.choice([f"**** **** **** {rs(R, DIG, 4)}", f"XXXX-XXXX-XXXX-{rs(R, DIG, 4)}", f"4{rs(R, DIG, 5)}******{rs(R, DIG, 4)}", f"•••• {rs(R, DIG, 4)}", f"5{rs(R, DIG, 3)} XXXX XXXX {rs(R, DIG, 4)}"])
    if kind == "MASKED_IBAN":
        return R.choice(["DE", "FR", "AT", "GB"]) + rs(R, DIG, 2) + " **** **** **** " + rs(R, DIG, 2)
    if kind == "RMA":
        return R.choice([f"RMA-{rs(R, DIG, 6)}", f"RET{rs(R, DIG, 7)}", f"R-{rs(R, DIG, 5)}-{rs(R, UP, 2)}"])
    if kind == "COUPON":
        return R.choice(["WELCOME10", "SOMMER25", "NOEL2025", "BLACKFRIDAY", "FREESHIP", "MERCI15", "HERBST20", "SPRING24"])
    if kind == "REQUEST_ID":
        return R.choice([rs(R, S.HEX, 16), "req_" + rs(R, ALNUM, 14), S.uuid(R), rs(R, UP + DIG, 26)])
    if kind == "DELIVERY_NOTE":
        return _noluhn(R, lambda: R.choice([f"LS-{rs(R, DIG, 6)}", f"BL{rs(R, DIG, 7)}", f"DN-{rs(R, DIG, 5)}"]))
    if kind == "SHORTCODE":
        return R.choice(["36180", "38046", "66121", "22250", "82020", "60400", "88022"])
    if kind == "TAX_NUMBER":
        return R.choice([f"{rs(R, DIG, 2)}/{rs(R, DIG, 3)}/{rs(R, DIG, 5)}", f"{rs(R, DIG, 3)}/{rs(R, DIG, 4)}/{rs(R, DIG, 4)}"])
    if kind == "SIREN":
        return f"{rs(R, DIG, 3)} {rs(R, DIG, 3)} {rs(R, DIG, 3)}"
    if kind == "PID":
        return str(R.randint(100, 65000))
    if kind == "HTTP_STATUS":
        return str(R.choice([200, 301, 302, 304, 400, 401, 403, 404, 499, 500, 502, 503]))
    if kind == "PORT":
        return str(R.choice([80, 443, 3306, 5432, 6379, 8080, 9000, 11211, 25, 587, 465]))
    if kind == "BYTES":
        return str(R.randint(0, 250000))
    if kind == "TIMESTAMP":
        return _noluhn(R, lambda: str(R.randint(1704067200, 1798761600)) + R.choice(["", "000", str(R.randint(100, 999))]))
    if kind == "BLZ":
        return R.choice(V.DE_BLZ)
    if kind == "PARCEL_LOCKER":
        return R.choice([f"Packstation {R.randint(100, 299)}", f"Locker {rs(R, UP, 3)}{rs(R, DIG, 2)}", f"Relais {rs(R, DIG, 6)}"])
    if kind == "CVV_LABEL":
        return "CVC"
    raise ValueError(kind)


class Clock:
    """increasing date/time for one conversation"""
    def __init__(self, R, lang):
        import datetime
        self.R, self.lang = R, lang
        self.dt = datetime.datetime(R.choice([2024, 2025, 2026]), R.randint(1, 12), R.randint(1, 28), R.randint(7, 15), R.randint(0, 59), R.randint(0, 59))

    def tick(self, big=False):
        import datetime
        R = self.R
        if big:
            self.dt += datetime.timedelta(hours=R.randint(2, 60), minutes=R.randint(0, 59))
        else:
            self.dt += datetime.timedelta(seconds=R.randint(5, 2400))
        return self

    def ymd(self):
        return (self.dt.year, self.dt.month, self.dt.day)

    def date(self, style):
        return date(self.R, self.lang, style, self.ymd())

    def time(self, sec=False):
        return self.dt.strftime("%H:%M:%S" if sec else "%H:%M")
