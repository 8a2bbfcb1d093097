#!/usr/bin/env python3
"""Validate set.jsonl and print the counts used in BRIEF.md.  Exit 1 on error."""
import collections
import json
import sys

err = 0
recs = [json.loads(l) for l in open("set.jsonl", encoding="utf-8")]
ids = set()
C = collections.Counter()
kv = collections.Counter()
reg = collections.Counter()
lang = collections.Counter()
kindlang = collections.Counter()
negt = collections.Counter()
ctry = collections.Counter()
var_lang = collections.Counter()
with_neg = no_pii = 0
no_pii_lang = collections.Counter()
for d in recs:
    if d["id"] in ids:
        print("dup id", d["id"]); err += 1
    ids.add(d["id"])
    b = d["text"].encode("utf-8")
    lang[d["lang"]] += 1
    reg[d["register"]] += 1
    kindlang[(d["kind"], d["lang"])] += 1
    for s in d["spans"] + d["negatives"]:
        v = b[s["start"]:s["end"]].decode("utf-8")
        if v != s["value"] or not v or v != v.strip():
            print("bad span", d["id"], s); err += 1
    allsp = sorted(d["spans"], key=lambda s: s["start"])
    for a, c in zip(allsp, allsp[1:]):
        if c["start"] < a["end"]:
            print("overlap gold", d["id"], a, c); err += 1
    for n in d["negatives"]:
        for s in d["spans"]:
            if n["start"] < s["end"] and s["start"] < n["end"]:
                print("neg overlaps gold", d["id"], n, s); err += 1
        negt[n["type"]] += 1
    if d["register"] == "json":
        try:
            json.loads(d["text"])
        except Exception as e:
            print("bad json", d["id"], e, d["text"]); err += 1
    for s in d["spans"]:
        kv[(s["type"], s["variant"])] += 1
        var_lang[(s["type"], s["variant"], d["lang"])] += 1
        if s["type"] == "ADDRESS":
            ctry[s.get("country")] += 1
    if d["negatives"]:
        with_neg += 1
    if not any(s["type"] in ("PERSON", "ADDRESS") for s in d["spans"]):
        no_pii += 1; no_pii_lang[d["lang"]] += 1

print("records", len(recs), dict(lang))
print("registers", dict(reg.most_common()))
print("records with >=1 negative: %d (%.1f%%)" % (with_neg, 100 * with_neg / len(recs)))
print("records without PERSON/ADDRESS:", no_pii, dict(no_pii_lang))
print("\nspan variants (type, variant): total  en de fr")
for (t, v), n in sorted(kv.items()):
    print(f"  {t:8} {v:18} {n:5}  " + " ".join(f"{var_lang[(t, v, l)]:4}" for l in ("en", "de", "fr")))
print("\nADDRESS by country:", dict(ctry.most_common()))
print("\nnegatives:", dict(negt.most_common()), "total", sum(negt.values()))
print("\nrecord kind x lang:")
kinds = sorted({k for k, _ in kindlang})
for k in kinds:
    print(f"  {k:20} " + " ".join(f"{kindlang[(k, l)]:4}" for l in ("en", "de", "fr")))
print("\nERRORS:", err)
sys.exit(1 if err else 0)
