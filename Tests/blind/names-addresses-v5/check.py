#!/usr/bin/env python3
"""Validates set.jsonl (UTF-8 byte offsets, as in v4 and score.py) and prints counts. Exit 1 on any error."""
import collections
import json
import sys

GOLD = {"PERSON", "ADDRESS", "EMAIL", "PHONE", "ORDER_NUMBER", "IBAN"}


def main(fn="set.jsonl"):
    errs = []
    recs = [json.loads(l) for l in open(fn, encoding="utf-8") if l.strip()]
    C = collections.defaultdict(collections.Counter)
    ids = set()
    for r in recs:
        rid = r["id"]
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        b = r["text"].encode("utf-8")
        allsp = []
        for s in r["spans"] + r["negatives"]:
            if not (0 <= s["start"] < s["end"] <= len(b)):
                errs.append(f"{rid}: bad offsets {s}")
                continue
            try:
                v = b[s["start"]:s["end"]].decode("utf-8")
            except UnicodeDecodeError:
                errs.append(f"{rid}: offsets split a UTF-8 char {s}")
                continue
            if v != s["value"]:
                errs.append(f"{rid}: value mismatch {v!r} != {s['value']!r}")
            if v != v.strip():
                errs.append(f"{rid}: span has outer whitespace {v!r}")
            allsp.append(s)
        for s in r["spans"]:
            if s["type"] not in GOLD:
                errs.append(f"{rid}: bad gold type {s['type']}")
        for n in r["negatives"]:
            if not n["type"].startswith("NEGATIVE_"):
                errs.append(f"{rid}: bad negative type {n['type']}")
        ss = sorted(allsp, key=lambda x: x["start"])
        for a, c in zip(ss, ss[1:]):
            if c["start"] < a["end"]:
                errs.append(f"{rid}: overlap {a['value']!r} / {c['value']!r}")
        if r["register"] == "json":
            try:
                json.loads(r["text"])
            except Exception as e:
                errs.append(f"{rid}: invalid JSON {e}")
        C["lang"][r["lang"]] += 1
        C["register"][r["register"]] += 1
        C["kind"][r["kind"]] += 1
        if r["negatives"]:
            C["rec"]["with_negative"] += 1
        if not any(s["type"] in ("PERSON", "ADDRESS") for s in r["spans"]):
            C["rec"]["no_person_address"] += 1
        if r["register"] == "json" and "\\u" in r["text"]:
            C["rec"]["json_with_u_escape"] += 1
        for s in r["spans"]:
            C["type"][s["type"]] += 1
            if s["type"] == "PERSON":
                C["PERSON variant"][(s["variant"], r["lang"])] += 1
                C["PERSON origin"][s["origin"]] += 1
                C["PERSON shape"][s["shape"]] += 1
            elif s["type"] == "ADDRESS":
                C["ADDRESS variant"][(s["variant"], r["lang"])] += 1
                C["ADDRESS country"][s["country"] or "none"] += 1
                for f in s["forms"]:
                    C["ADDRESS form"][f] += 1
        for n in r["negatives"]:
            C["negative"][n["type"]] += 1
    print(f"records: {len(recs)}")
    for k in ("lang", "register", "kind", "rec", "type", "negative", "PERSON shape", "PERSON origin", "ADDRESS country",
              "ADDRESS form"):
        print(f"\n== {k} ==")
        for a, c in sorted(C[k].items(), key=lambda x: -x[1]):
            print(f"  {a}: {c}")
    for k in ("PERSON variant", "ADDRESS variant"):
        print(f"\n== {k} (total  en/de/fr) ==")
        vs = sorted({v for v, _ in C[k]})
        for v in sorted(vs, key=lambda v: -sum(C[k][(v, l)] for l in ("en", "de", "fr"))):
            t = [C[k][(v, l)] for l in ("en", "de", "fr")]
            print(f"  {v:<18}{sum(t):>5}   {t[0]} / {t[1]} / {t[2]}")
    print(f"\nerrors: {len(errs)}")
    for e in errs[:40]:
        print("  " + e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
