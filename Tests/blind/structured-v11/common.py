"""Generator context: positive/negative makers bound to a Random, a language and a Doc."""
import json, collections
import values as V
from doc import Doc

STATS = collections.defaultdict(collections.Counter)

NAMES_F = {l: [x.capitalize() for x in V.FIRST[l]] for l in V.FIRST}
NAMES_L = {"en": ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Roberts", "Walker", "Hughes", "O'Connor", "Murphy", "Patel", "Campbell", "Kelly"],
           "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz", "Krüger", "Zimmermann", "Böhm", "Lange"],
           "fr": ["Martin", "Bernard", "Dubois", "Petit", "Durand", "Leroy", "Moreau", "Lefèbvre", "Roux", "Fournier", "Girard", "Chevalier", "Mercier", "Faure"]}
STREETS = {"en": ["12 Mill Lane", "4 Church Street", "88 Harbour Road", "Flat 3, 27 Victoria Terrace", "155 Elm Avenue", "9 Kingsway"],
           "de": ["Hauptstraße 14", "Lindenallee 3a", "Am Mühlbach 7", "Bahnhofstr. 112", "Goethestraße 45", "Kirchweg 2"],
           "fr": ["12 rue des Lilas", "4 avenue Jean Jaurès", "27 boulevard Voltaire", "3 impasse du Moulin", "58 rue de la République", "9 quai Saint-Vincent"]}
CITIES = {"en": ["London", "Manchester", "Leeds", "Bristol", "Dublin", "Glasgow", "Cork"],
          "de": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Wien", "Zürich", "Bremen"],
          "fr": ["Paris", "Lyon", "Marseille", "Nantes", "Bordeaux", "Lille", "Bruxelles", "Genève"]}
COUNTRY = {"en": ["GB", "GB", "IE", "US"], "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "LU"]}
IBAN_CC = {"en": ["GB", "IE", "NL", "DE", "MT", "CY", "GR", "SE", "NO", "DK", "FI", "IS", "GI", "FK"],
           "de": ["DE", "DE", "DE", "AT", "CH", "LI", "LU", "NL", "PL", "CZ", "HU", "SK", "SI", "HR", "LT", "LV", "EE"],
           "fr": ["FR", "FR", "FR", "BE", "LU", "MC", "CH", "IT", "ES", "PT", "SM", "TN", "MR", "RO", "BG"]}


class Lab(tuple):
    pass


def P(t, v, val):
    return Lab(("P", t, v, val))


def NL(k, val):
    """negative label; keeps every digit run / the joined digits Luhn-invalid (seconds are nudged for date-times)."""
    import re
    if not V.luhn_hygienic(val):
        m = list(re.finditer(r":(\d\d)", val))
        if not m:
            raise RuntimeError("luhn-valid negative %r" % val)
        a, b = m[-1].span(1)
        for s in range(60):
            v2 = val[:a] + "%02d" % s + val[b:]
            if V.luhn_hygienic(v2):
                val = v2
                break
        else:
            raise RuntimeError(val)
    return Lab(("N", k, val))


class G:
    def __init__(self, R, lang):
        self.R, self.lang = R, lang
        self.d = Doc()

    # ---- doc
    def t(self, *xs):
        for x in xs:
            if isinstance(x, Lab):
                if x[0] == "P":
                    self.d.P(x[1], x[2], x[3])
                else:
                    self.d.N(x[1], x[2])
            elif isinstance(x, (list, tuple)):
                self.t(*x)
            else:
                self.d.t(str(x))
        return self

    def tpl(self, s, **kw):
        import re
        for i, seg in enumerate(re.split(r"\{(\w+)\}", s)):
            if i % 2 == 0:
                if seg:
                    self.d.t(seg)
            else:
                self.t(kw[seg])
        return self

    def ch(self, xs):
        return self.R.choice(xs)

    def L(self, en, de, fr):
        x = {"en": en, "de": de, "fr": fr}[self.lang]
        return self.R.choice(x) if isinstance(x, list) else x

    # ---- people
    def first(self):
        return self.ch(NAMES_F[self.lang])

    def last(self):
        return self.ch(NAMES_L[self.lang])

    def name(self):
        return self.first() + " " + self.last()

    def street(self):
        return self.ch(STREETS[self.lang])

    def city(self):
        return self.ch(CITIES[self.lang])

    # ---- positives
    def email(self, enc=None, kind=None, lang=None):
        R = self.R
        e, k = V.email(R, lang or self.lang, kind)
        STATS["email_kind"][k] += 1
        if enc == "json" and R.random() < .3:
            return P("EMAIL", k + "_json_u0040", e.replace("@", "\\u0040"))
        if enc == "url":
            return P("EMAIL", k + "_url", e.replace("@", "%40").replace("+", "%2B"))
        if enc == "html":
            if R.random() < .5:
                return P("EMAIL", k + "_html_entity", e.replace("@", R.choice(["&#64;", "&#x40;"])))
            return P("EMAIL", k, e)
        if enc == "obf":
            o, v = V.obfuscate_email(R, e, self.lang)
            return P("EMAIL", v, o)
        return P("EMAIL", k, e)

    def role_email(self, enc=None):
        return self.email(enc, "role")

    def phone(self, form=None, cc=None):
        R = self.R
        cc = cc or R.choice(V.PHONE_BY_LANG[self.lang])
        for _ in range(50):
            v, var = V.phone(R, cc, form)
            if V.luhn_hygienic(v):
                break
        STATS["phone_country"][cc] += 1
        return P("PHONE", var.rsplit("_", 1)[0], v)

    def iban(self, form=None, cc=None):
        R = self.R
        cc = cc or R.choice(IBAN_CC[self.lang] + list(V.IBAN_TAB))
        s = V.iban(R, cc)
        form = form or R.choice(V.IBAN_FORMS)
        STATS["iban_country"][cc] += 1
        return P("IBAN", form, V.render_iban(R, s, form))

    def card(self, form=None):
        R = self.R
        iss, d = V.card(R)
        form = form or R.choice(V.CARD_FORMS)
        STATS["card_issuer"][iss] += 1
        return P("CREDIT_CARD", form, V.render_card(R, d, form))

    def ip4(self, kind=None, var=None):
        ip = V.ipv4(self.R, kind)
        v = var or ("v4_priv" if ip.startswith(("10.", "172.", "192.168", "100.")) else "v4")
        return P("IP_ADDRESS", v, ip)

    def ip6(self, kind=None, var_suffix=""):
        ip, v = V.ipv6(self.R, kind)
        return P("IP_ADDRESS", v + var_suffix, ip)

    def ip(self, var_suffix=""):
        if self.R.random() < .65:
            l = self.ip4()
            return P("IP_ADDRESS", l[2] + var_suffix, l[3])
        return self.ip6(var_suffix=var_suffix)

    def defanged(self):
        ip = V.ipv4(self.R, "pub")
        v, var = V.defang(self.R, ip)
        return P("IP_ADDRESS", var, v)

    def order(self, scheme=None, nohash=False, var=None):
        v, s = V.order(self.R, scheme, nohash)
        STATS["order_scheme"][s] += 1
        return P("ORDER_NUMBER", (var + "_" + s) if var else s, v)

    def secret(self, kind=None, var=None):
        v, k = V.secret(self.R, kind)
        STATS["secret_kind"][k] += 1
        return P("SECRET", var or k, v)

    def pem(self, nl="\n", indent="", suffix=""):
        v, var = V.pem(self.R, nl, indent)
        STATS["secret_kind"][var] += 1
        return P("SECRET", var + suffix, v)

    # ---- negatives
    def N(self, kind, fn, *a):
        for _ in range(100):
            v = fn(self.R, *a) if callable(fn) else fn
            if V.luhn_hygienic(v):
                return NL(kind, v)
            if not callable(fn):
                raise RuntimeError(v)
        raise RuntimeError(kind)

    def date(self):
        return NL("DATE", V.n_date(self.R, self.lang))

    def amount(self):
        return NL("AMOUNT", V.n_amount(self.R, self.lang))

    def ph(self):
        return NL("PLACEHOLDER", self.ch(V.PLACEHOLDERS))


def jdump(g, obj, indent=2, lvl=0, compact=False):
    """Serialize obj (dict/list/str/int/Lab) as JSON into the doc. Lab values are quoted unless ('raw',) wrapper."""
    sp = "" if compact else "\n" + " " * (indent * (lvl + 1))
    end = "" if compact else "\n" + " " * (indent * lvl)
    sep = ", " if compact else ","
    if isinstance(obj, Lab):
        g.t('"', obj, '"')
    elif isinstance(obj, Raw):
        g.t(obj.lab)
    elif isinstance(obj, dict):
        if not obj:
            g.t("{}"); return
        g.t("{")
        for i, (k, v) in enumerate(obj.items()):
            g.t((sep if i else "") + sp + json.dumps(k) + ": ")
            jdump(g, v, indent, lvl + 1, compact)
        g.t(end + "}")
    elif isinstance(obj, list):
        if not obj:
            g.t("[]"); return
        g.t("[")
        for i, v in enumerate(obj):
            g.t((sep if i else "") + sp)
            jdump(g, v, indent, lvl + 1, compact)
        g.t(end + "]")
    else:
        g.t(json.dumps(obj, ensure_ascii=False))


class Raw:
    def __init__(self, lab):
        self.lab = lab
