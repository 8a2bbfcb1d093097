#!/usr/bin/env python3
"""Validate structured-v6 set.jsonl and print counts.

Offsets are UTF-8 BYTE offsets (the scorer's convention, as in v5):
  text.encode('utf-8')[start:end].decode('utf-8') == value
Checks: keys, unique ids, langs, offsets/values, types, variant on positives, no overlapping positives, no negative
overlapping a positive, Luhn + length on cards, mod-97 + registry length on IBANs, Luhn-invalid CARD_LUHN,
mod-97-invalid IBAN_CHECKSUM, Luhn-valid IMEI (by design), no 12-19 digit Luhn-valid run inside numeric negatives
other than IMEI/SIRET, size targets.
"""
import collections
import json
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] if "/" in __file__ else ".")
from values import luhn_ok, iban_valid, IBAN_REG  # noqa: E402

TYPES = {"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "ORDER_NUMBER", "SECRET"}


def main(fn):
    errs = []
    recs = [json.loads(l) for l in open(fn, encoding="utf-8") if l.strip()]
    ids = set()
    c_type, c_var, c_lang, c_reg, c_neg = (collections.Counter() for _ in range(5))
    c_tl = collections.Counter()
    with_neg = neg_only = 0
    for r in recs:
        for k in ("id", "lang", "register", "text", "spans", "negatives"):
            if k not in r:
                errs.append((r.get("id"), "missing " + k))
        if r["id"] in ids:
            errs.append((r["id"], "dup id"))
        ids.add(r["id"])
        if r["lang"] not in ("en", "de", "fr"):
            errs.append((r["id"], "lang"))
        b = r["text"].encode("utf-8")
        c_lang[r["lang"]] += 1
        c_reg[r["register"]] += 1
        for s in r["spans"] + r["negatives"]:
            if not (0 <= s["start"] < s["end"] <= len(b)):
                errs.append((r["id"], "range", s))
                continue
            try:
                v = b[s["start"]:s["end"]].decode("utf-8")
            except UnicodeDecodeError:
                errs.append((r["id"], "not on char boundary", s))
                continue
            if v != s["value"]:
                errs.append((r["id"], "value mismatch", s))
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append((r["id"], "type", s["type"]))
            if not s.get("variant"):
                errs.append((r["id"], "no variant", s))
            c_type[s["type"]] += 1
            c_tl[(s["type"], r["lang"])] += 1
            c_var[(s["type"], s["variant"])] += 1
            v = s["value"]
            if "\\" in v:  # span inside a JSON string: validate the decoded value
                v = json.loads('"' + v + '"')
            if s["type"] == "CREDIT_CARD":
                d = re.sub(r"\D", "", v)
                if not (12 <= len(d) <= 19 and luhn_ok(d)):
                    errs.append((r["id"], "card", v))
            if s["type"] == "IBAN":
                if not iban_valid(v):
                    errs.append((r["id"], "iban", v))
        for s in r["negatives"]:
            if not s["type"].startswith("NEGATIVE_"):
                errs.append((r["id"], "neg type", s))
            c_neg[s["type"]] += 1
            v = s["value"]
            d = re.sub(r"\D", "", v)
            if s["type"] == "NEGATIVE_CARD_LUHN" and luhn_ok(d):
                errs.append((r["id"], "card_luhn is valid", v))
            if s["type"] == "NEGATIVE_IBAN_CHECKSUM" and iban_valid(v):
                errs.append((r["id"], "iban_checksum is valid", v))
            if s["type"] == "NEGATIVE_IMEI" and not luhn_ok(d):
                errs.append((r["id"], "imei not luhn", v))
            if s["type"] not in ("NEGATIVE_IMEI", "NEGATIVE_SIRET", "NEGATIVE_CARD_LUHN"):
                for run in re.findall(r"\d+", v):
                    if 12 <= len(run) <= 19 and luhn_ok(run):
                        errs.append((r["id"], "numeric negative is Luhn-valid", v))
        sp = sorted(r["spans"], key=lambda s: s["start"])
        for a, b2 in zip(sp, sp[1:]):
            if b2["start"] < a["end"]:
                errs.append((r["id"], "overlap", a, b2))
        for n in r["negatives"]:
            for s in r["spans"]:
                if n["start"] < s["end"] and s["start"] < n["end"]:
                    errs.append((r["id"], "neg overlaps pos", n, s))
        if r["negatives"]:
            with_neg += 1
        if not r["spans"]:
            neg_only += 1
    n = len(recs)
    print(f"records {n}  langs {dict(c_lang)}  with negatives {with_neg} ({with_neg / n:.1%})  without positives {neg_only}")
    print(f"positive spans {sum(c_type.values())}  negative spans {sum(c_neg.values())}")
    print("\n== positives by type (all / en / de / fr)")
    for t in sorted(c_type):
        print(f"  {t:<13}{c_type[t]:>5}  {c_tl[(t, 'en')]:>4} {c_tl[(t, 'de')]:>4} {c_tl[(t, 'fr')]:>4}")
    print("\n== registers")
    for k, v in sorted(c_reg.items()):
        print(f"  {k:<22}{v:>5}")
    print("\n== variants")
    for t in sorted(c_type):
        vs = sorted((k[1], v) for k, v in c_var.items() if k[0] == t)
        print(f"  {t} ({len(vs)} variants)")
        if t in ("CREDIT_CARD", "IBAN", "PHONE"):
            a1 = collections.Counter()
            a2 = collections.Counter()
            for v, c in vs:
                x, y = v.split("/")
                a1[x] += c
                a2[y] += c
            print("    by " + {"CREDIT_CARD": "issuer", "IBAN": "country", "PHONE": "country"}[t] + ": " + ", ".join(f"{k} {v}" for k, v in sorted(a1.items())))
            print("    by " + {"CREDIT_CARD": "separator", "IBAN": "form", "PHONE": "form"}[t] + ": " + ", ".join(f"{k} {v}" for k, v in sorted(a2.items())))
        else:
            print("    " + ", ".join(f"{v} {c}" for v, c in vs))
    print("\n== negatives")
    print("  " + ", ".join(f"{k[9:]} {v}" for k, v in sorted(c_neg.items())))
    # size targets
    if n < 1800:
        errs.append(("-", "fewer than 1800 records"))
    if with_neg / n < 0.30:
        errs.append(("-", "fewer than 30% with negatives"))
    for t in TYPES:
        if c_type[t] == 0:
            errs.append(("-", "missing type " + t))
    missing_cc = set(IBAN_REG) - {v.split("/")[0] for (t, v) in c_var if t == "IBAN"}
    if missing_cc:
        errs.append(("-", "IBAN countries missing", sorted(missing_cc)))
    print(f"\nerrors: {len(errs)}")
    for e in errs[:40]:
        print("  ", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
