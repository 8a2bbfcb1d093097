#!/usr/bin/env python3
"""Self-contained validator + counter for set.jsonl (does not import the generator)."""
import json, re, sys, collections

TYPES = {"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "ORDER_NUMBER", "SECRET"}
IBAN_LEN = dict(AD=24, AE=23, AL=28, AT=20, AZ=28, BA=20, BE=16, BG=22, BH=22, BI=27, BR=29, BY=28, CH=21, CR=22, CY=28, CZ=24,
                DE=22, DJ=27, DK=18, DO=28, EE=20, EG=29, ES=24, FI=18, FK=18, FO=18, FR=27, GB=22, GE=22, GI=23, GL=18, GR=27,
                GT=28, HN=28, HR=21, HU=28, IE=22, IL=23, IQ=23, IS=26, IT=27, JO=30, KW=30, KZ=20, LB=28, LC=32, LI=21, LT=20,
                LU=20, LV=21, LY=25, MC=27, MD=24, ME=22, MK=19, MN=20, MR=27, MT=31, MU=30, NI=28, NL=18, NO=15, OM=23, PK=24,
                PL=28, PS=29, PT=25, QA=29, RO=24, RS=22, RU=33, SA=24, SC=31, SD=18, SE=24, SI=19, SK=24, SM=27, SO=23, ST=25,
                SV=28, TL=23, TN=24, TR=26, UA=29, VA=22, VG=24, XK=20, YE=30)


def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c) * (2 if i % 2 else 1)
        s += x - 9 if x > 9 else x
    return s % 10 == 0


def luhn_clean(v):
    for run in re.findall(r"\d+", v):
        if 12 <= len(run) <= 19 and luhn(run):
            return False
    j = re.sub(r"\D", "", v)
    return not (12 <= len(j) <= 19 and luhn(j))


def gs1(v):
    s = sum(int(c) * (3 if (len(v) - 1 - i) % 2 else 1) for i, c in enumerate(v[:-1]))
    return (10 - s % 10) % 10 == int(v[-1])


def main(fn):
    errs = []
    E = lambda rid, m: errs.append("%s: %s" % (rid, m))
    ids = set()
    cnt = collections.Counter(); var = collections.Counter(); tl = collections.Counter(); negc = collections.Counter()
    reg = collections.Counter(); langs = collections.Counter(); reglang = collections.Counter()
    nrec = 0
    for ln, line in enumerate(open(fn, encoding="utf-8")):
        try:
            r = json.loads(line)
        except Exception as e:
            E("line%d" % ln, "bad json %s" % e); continue
        nrec += 1
        for k in ("id", "lang", "register", "text", "spans", "negatives"):
            if k not in r:
                E(r.get("id", ln), "missing key " + k)
        rid = r["id"]
        if rid in ids:
            E(rid, "dup id")
        ids.add(rid)
        if r["lang"] not in ("en", "de", "fr"):
            E(rid, "lang")
        langs[r["lang"]] += 1; reg[r["register"]] += 1; reglang[(r["register"], r["lang"])] += 1
        b = r["text"].encode("utf-8")
        allsp = []
        for kind, lst in (("span", r["spans"]), ("neg", r["negatives"])):
            for s in lst:
                v = s["value"]
                try:
                    got = b[s["start"]:s["end"]].decode("utf-8")
                except UnicodeDecodeError:
                    got = None
                if got != v:
                    E(rid, "offset mismatch %r vs %r" % (got, v))
                if v != v.strip() or not v:
                    E(rid, "outer whitespace %r" % v)
                allsp.append((s["start"], s["end"], s["type"]))
                if kind == "span":
                    if s["type"] not in TYPES:
                        E(rid, "bad type " + s["type"])
                    cnt[s["type"]] += 1; var[(s["type"], s["variant"])] += 1; tl[(s["type"], r["lang"])] += 1
                    t = s["type"]
                    if t == "CREDIT_CARD":
                        d = re.sub(r"\D", "", v.replace("%20", " "))
                        if not (12 <= len(d) <= 19 and luhn(d)):
                            E(rid, "card invalid %r" % v)
                    elif t == "IBAN":
                        x = re.sub(r"[\s\u00a0\-.]", "", v).upper()
                        if IBAN_LEN.get(x[:2]) != len(x):
                            E(rid, "iban length %r" % v)
                        num = "".join(str(int(c, 36)) for c in x[4:] + x[:4])
                        if int(num) % 97 != 1:
                            E(rid, "iban mod97 %r" % v)
                    elif t in ("ORDER_NUMBER", "PHONE"):
                        if not luhn_clean(v):
                            E(rid, "luhn-valid digits in %s %r" % (t, v))
                        if t == "ORDER_NUMBER" and not re.search(r"\d", v) and not s["variant"].endswith("prestashop_ref"):
                            E(rid, "order without digit %r" % v)
                    elif t == "EMAIL":
                        if not re.search(r"@|\[at\]|\(at\)| at | AT |\{at\}|%40|&#64;|&#x40;|\\u0040| ät | arobase ", v):
                            E(rid, "email without at-form %r" % v)
                else:
                    if not s["type"].startswith("NEGATIVE_"):
                        E(rid, "neg type " + s["type"])
                    negc[s["type"]] += 1
                    if not luhn_clean(v):
                        E(rid, "luhn-valid digits in negative %r" % v)
                    if s["type"] in ("NEGATIVE_EAN", "NEGATIVE_GTIN", "NEGATIVE_GLN") and not gs1(v):
                        E(rid, "gs1 check %r" % v)
        allsp.sort()
        for a, c in zip(allsp, allsp[1:]):
            if c[0] < a[1]:
                E(rid, "overlap %r %r" % (a, c))
    out = []
    out.append("file: %s" % fn)
    out.append("records: %d   errors: %d" % (nrec, len(errs)))
    out += ["  ERR " + e for e in errs[:50]]
    out.append("positive spans: %d   hard-negative spans: %d in %d kinds" % (sum(cnt.values()), sum(negc.values()), len(negc)))
    out.append("\n== languages"); out += ["  %s %d" % kv for kv in sorted(langs.items())]
    out.append("\n== positives per type (total / en / de / fr)")
    for t in sorted(cnt, key=lambda t: -cnt[t]):
        out.append("  %-13s %5d  %5d %5d %5d" % (t, cnt[t], tl[(t, "en")], tl[(t, "de")], tl[(t, "fr")]))
    out.append("\n== variants")
    for t in sorted(cnt):
        vs = sorted([(v, n) for (tt, v), n in var.items() if tt == t], key=lambda x: (-x[1], x[0]))
        out.append("  %s (%d variants)" % (t, len(vs)))
        out += ["    %-34s %d" % x for x in vs]
    out.append("\n== hard negatives")
    out += ["  %-28s %d" % kv for kv in sorted(negc.items(), key=lambda x: (-x[1], x[0]))]
    out.append("\n== registers (records: total en/de/fr)")
    for k in sorted(reg):
        out.append("  %-26s %4d  %d/%d/%d" % (k, reg[k], reglang[(k, "en")], reglang[(k, "de")], reglang[(k, "fr")]))
    print("\n".join(out))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
