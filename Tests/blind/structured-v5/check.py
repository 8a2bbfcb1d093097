#!/usr/bin/env python3
"""Validate blind set structured-v5 and print counts.   python3 check.py [set.jsonl]

Checks per record: required keys, unique id, lang in en/de/fr, every span/negative has 0 <= start < end <= len(utf8),
value == the UTF-8 bytes text[start:end], types valid, positives carry a variant, positive spans do not overlap
each other, negatives do not overlap positives. Value checks: CREDIT_CARD digits pass Luhn with 12-19 digits,
IBAN passes mod-97 with the registry length, NEGATIVE_CARD_LUHN fails Luhn, NEGATIVE_IBAN_CHECKSUM fails mod-97.
Exit status 1 on any error. Also enforces the size targets (>=1500 records, >=3000 spans, >=2000 negatives).
"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from values import IBAN_LAYOUT, luhn_ok, mod97  # noqa: E402

TYPES = {"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "ORDER_NUMBER", "SECRET", "PERSON", "ADDRESS"}


def iban_len(cc):
    return 4 + sum(int(n) for n in re.findall(r"(\d+)[nac]", IBAN_LAYOUT[cc]))


def main():
    fn = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl")
    errs = []
    ids = set()
    C = collections.Counter()
    by_var = collections.Counter()
    by_sub = collections.Counter()
    negs = collections.Counter()
    langs, regs = collections.Counter(), collections.Counter()
    lang_types = collections.Counter()
    nrec = npos_rec = 0
    with open(fn, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            d = json.loads(line)
            nrec += 1
            for k in ("id", "lang", "register", "text", "spans", "negatives"):
                if k not in d:
                    errs.append(f"line {ln}: missing {k}")
            if d["id"] in ids:
                errs.append(f"line {ln}: duplicate id")
            ids.add(d["id"])
            if d["lang"] not in ("en", "de", "fr"):
                errs.append(f"line {ln}: lang {d['lang']}")
            langs[d["lang"]] += 1
            regs[d["register"]] += 1
            b = d["text"].encode("utf-8")
            if d["spans"]:
                npos_rec += 1
            for s in d["spans"]:
                if not (0 <= s["start"] < s["end"] <= len(b)):
                    errs.append(f"{d['id']}: bad offsets {s}")
                    continue
                if b[s["start"]:s["end"]].decode("utf-8", "replace") != s["value"]:
                    errs.append(f"{d['id']}: value mismatch {s}")
                if s["type"] not in TYPES:
                    errs.append(f"{d['id']}: bad type {s['type']}")
                if not s.get("variant"):
                    errs.append(f"{d['id']}: no variant {s}")
                v = s["value"]
                if s["type"] == "CREDIT_CARD":
                    dg = re.sub(r"\D", "", v)
                    if not (12 <= len(dg) <= 19 and luhn_ok(dg)):
                        errs.append(f"{d['id']}: card not Luhn/len {v!r}")
                if s["type"] == "IBAN":
                    c = re.sub(r"[\s\-\u00a0]", "", v).upper()
                    if c[:2] not in IBAN_LAYOUT or len(c) != iban_len(c[:2]) or mod97(c[4:] + c[:4]) != 1:
                        errs.append(f"{d['id']}: IBAN invalid {v!r}")
                C[s["type"]] += 1
                lang_types[(d["lang"], s["type"])] += 1
                by_var[(s["type"], s["variant"])] += 1
                if "/" in s["variant"]:
                    a, c2 = s["variant"].split("/", 1)
                    by_sub[(s["type"], "by_first", a)] += 1
                    by_sub[(s["type"], "by_second", c2)] += 1
            sp = sorted(d["spans"], key=lambda s: s["start"])
            for x, y in zip(sp, sp[1:]):
                if y["start"] < x["end"]:
                    errs.append(f"{d['id']}: overlapping spans {x['value']!r} {y['value']!r}")
            for n in d["negatives"]:
                if not (0 <= n["start"] < n["end"] <= len(b)):
                    errs.append(f"{d['id']}: bad neg offsets {n}")
                    continue
                if b[n["start"]:n["end"]].decode("utf-8", "replace") != n["value"]:
                    errs.append(f"{d['id']}: neg value mismatch {n}")
                if not n["type"].startswith("NEGATIVE_"):
                    errs.append(f"{d['id']}: bad neg type {n['type']}")
                if any(n["start"] < s["end"] and s["start"] < n["end"] for s in d["spans"]):
                    errs.append(f"{d['id']}: negative overlaps a positive {n['value']!r}")
                if n["type"] == "NEGATIVE_CARD_LUHN" and luhn_ok(re.sub(r"\D", "", n["value"])):
                    errs.append(f"{d['id']}: CARD_LUHN negative is Luhn-valid")
                if n["type"] == "NEGATIVE_IBAN_CHECKSUM":
                    c = re.sub(r"\s", "", n["value"]).upper()
                    if mod97(c[4:] + c[:4]) == 1:
                        errs.append(f"{d['id']}: IBAN_CHECKSUM negative is valid")
                negs[n["type"]] += 1
    tot = sum(C.values())
    ntot = sum(negs.values())
    print(f"records {nrec} (with positives {npos_rec}, negative-only {nrec - npos_rec}); positive spans {tot}; hard-negative spans {ntot}")
    print("languages:", dict(langs))
    print("registers:", dict(sorted(regs.items())))
    print("per type:", dict(C.most_common()))
    print("per language/type:", {f"{k[0]}/{k[1]}": v for k, v in sorted(lang_types.items())})
    for t in sorted(C):
        print(f"\n{t} variants ({len([k for k in by_var if k[0] == t])}):")
        print("  " + ", ".join(f"{k[1]} {v}" for k, v in sorted(by_var.items()) if k[0] == t))
        for which in ("by_first", "by_second"):
            items = [(k[2], v) for k, v in sorted(by_sub.items()) if k[0] == t and k[1] == which]
            if items:
                print(f"  {which}: " + ", ".join(f"{a} {v}" for a, v in items))
    print("\nhard negatives:", ", ".join(f"{k[9:]} {v}" for k, v in sorted(negs.items())))
    if nrec < 1500:
        errs.append("fewer than 1500 records")
    if tot < 3000:
        errs.append("fewer than 3000 positive spans")
    if ntot < 2000:
        errs.append("fewer than 2000 hard negatives")
    if errs:
        print(f"\n{len(errs)} ERRORS")
        for e in errs[:40]:
            print("  ", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
