#!/usr/bin/env python3
"""Validate set.jsonl (self-contained; does not import the generator)."""
import collections
import json
import re
import sys

TYPES = {"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "ORDER_NUMBER", "SECRET"}
# IBAN lengths, typed separately from the generator's layout table
IBAN_LEN = dict(AD=24, AE=23, AL=28, AT=20, AZ=28, BA=20, BE=16, BG=22, BH=22, BI=27, BR=29, BY=28, CH=21, CR=22, CY=28,
                CZ=24, DE=22, DJ=27, DK=18, DO=28, EE=20, EG=29, ES=24, FI=18, FK=18, FO=18, FR=27, GB=22, GE=22, GI=23,
                GL=18, GR=27, GT=28, HR=21, HU=28, IE=22, IL=23, IQ=23, IS=26, IT=27, JO=30, KW=30, KZ=20, LB=28, LC=32,
                LI=21, LT=20, LU=20, LV=21, LY=25, MC=27, MD=24, ME=22, MK=19, MN=20, MR=27, MT=31, MU=30, NI=28, NL=18,
                NO=15, OM=23, PK=24, PL=28, PS=29, PT=25, QA=29, RO=24, RS=22, RU=33, SA=24, SC=31, SD=18, SE=24, SI=19,
                SK=24, SM=27, SO=23, ST=25, SV=28, TL=23, TN=24, TR=26, UA=29, VA=22, VG=24, XK=20, YE=30)
OCR_BACK = str.maketrans({"O": "0", "l": "1", "S": "5", "B": "8"})


def luhn(ds):
    t = 0
    for i, c in enumerate(ds[::-1]):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        t += d
    return t % 10 == 0


def luhn_hit(s):
    for c in [re.sub(r"\D", "", s)] + re.findall(r"\d+", s):
        if 12 <= len(c) <= 19 and luhn(c):
            return c
    return None


def main(fn):
    errs, warns = [], []
    n = 0
    ids = set()
    cnt = collections.Counter()
    var = collections.Counter()
    lang_t = collections.Counter()
    reg = collections.Counter()
    negk = collections.Counter()
    langs = collections.Counter()
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {ln}: bad json {e}")
            continue
        n += 1
        for k in ("id", "lang", "register", "text", "spans", "negatives"):
            if k not in r:
                errs.append(f"{ln}: missing {k}")
        if r["id"] in ids:
            errs.append(f"{ln}: dup id")
        ids.add(r["id"])
        if r["lang"] not in ("en", "de", "fr"):
            errs.append(f"{ln}: lang")
        langs[r["lang"]] += 1
        reg[r["register"]] += 1
        b = r["text"].encode("utf-8")
        allsp = []
        for s in r["spans"] + r["negatives"]:
            try:
                v = b[s["start"]:s["end"]].decode("utf-8")
            except UnicodeDecodeError:
                errs.append(f"{r['id']}: span not on char boundary {s}")
                continue
            if v != s["value"]:
                errs.append(f"{r['id']}: value mismatch {s['value']!r} vs {v!r}")
            if v != v.strip() or not v:
                errs.append(f"{r['id']}: outer whitespace/empty {v!r}")
            allsp.append((s["start"], s["end"], s["type"]))
        allsp.sort()
        for a, c in zip(allsp, allsp[1:]):
            if c[0] < a[1]:
                errs.append(f"{r['id']}: overlap {a} {c}")
        for s in r["spans"]:
            t, v = s["type"], s["value"]
            if t not in TYPES:
                errs.append(f"{r['id']}: bad type {t}")
            cnt[t] += 1
            var[(t, s["variant"])] += 1
            lang_t[(t, r["lang"])] += 1
            if t == "CREDIT_CARD":
                ds = re.sub(r"\D", "", v.translate(OCR_BACK) if s["variant"].endswith("_ocr") else v)
                if not (12 <= len(ds) <= 19 and luhn(ds)):
                    errs.append(f"{r['id']}: card invalid {v!r}")
            elif t == "IBAN":
                x = re.sub(r"[\s\u00a0.\-]", "", v).upper()
                if IBAN_LEN.get(x[:2]) != len(x):
                    errs.append(f"{r['id']}: iban length {v!r}")
                elif int("".join(str(int(ch, 36)) for ch in x[4:] + x[:4])) % 97 != 1:
                    errs.append(f"{r['id']}: iban mod97 {v!r}")
            elif t in ("ORDER_NUMBER", "PHONE"):
                h = luhn_hit(v)
                if h:
                    errs.append(f"{r['id']}: {t} has Luhn-valid digits {v!r}")
            elif t == "EMAIL" and s["variant"] in ("personal", "work", "role", "plus", "digits", "amazon_relay"):
                if not re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[a-z]{2,}", v):
                    errs.append(f"{r['id']}: email shape {v!r}")
        for s in r["negatives"]:
            if not s["type"].startswith("NEGATIVE_"):
                errs.append(f"{r['id']}: neg type {s['type']}")
            negk[s["type"]] += 1
            if luhn_hit(s["value"]):
                errs.append(f"{r['id']}: negative Luhn-valid {s['value']!r}")
            if s["type"] in ("NEGATIVE_EAN", "NEGATIVE_GTIN"):
                d = s["value"]
                tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(d[-2::-1]))
                if (10 - tot % 10) % 10 != int(d[-1]):
                    errs.append(f"{r['id']}: GS1 check {d}")
        # unlabelled scan (warnings)
        txt = r["text"]
        cover = [(s["start"], s["end"]) for s in r["spans"] + r["negatives"]]

        def covered(m):
            bs = len(txt[:m.start()].encode())
            be = bs + len(m.group().encode())
            return any(a <= bs and be <= c for a, c in cover) or any(a < be and bs < c for a, c in cover)
        for m in re.finditer(r"\d{12,19}", txt):
            if luhn(m.group()) and not covered(m):
                warns.append(f"{r['id']}: unlabelled Luhn-valid run {m.group()}")
        for m in re.finditer(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+\.[A-Za-z.]{2,}", txt):
            if not covered(m):
                warns.append(f"{r['id']}: unlabelled email-like {m.group()}")
        for m in re.finditer(r"(?<![\d.])(\d{1,3}\.){3}\d{1,3}(?![\d.])", txt):
            if not covered(m):
                warns.append(f"{r['id']}: unlabelled ipv4-like {m.group()}")
    print(f"file: {fn}")
    print(f"records: {n}   langs: {dict(langs)}")
    print(f"positive spans: {sum(cnt.values())}   negative spans: {sum(negk.values())} in {len(negk)} kinds")
    print(f"ERRORS: {len(errs)}")
    for e in errs[:50]:
        print("  ", e)
    print(f"WARNINGS (unlabelled look-alikes): {len(warns)}")
    for w in warns[:30]:
        print("  ", w)
    print("\n== per type (en/de/fr)")
    for t in sorted(cnt):
        print(f"  {t:<14}{cnt[t]:>6}   " + " / ".join(str(lang_t[(t, l)]) for l in ("en", "de", "fr")))
    print("\n== per register")
    for k in sorted(reg):
        print(f"  {k:<20}{reg[k]:>5}")
    print("\n== negatives")
    for k in sorted(negk):
        print(f"  {k:<28}{negk[k]:>6}")
    print("\n== per variant")
    for k in sorted(var):
        print(f"  {k[0]:<14}{k[1]:<28}{var[k]:>5}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
