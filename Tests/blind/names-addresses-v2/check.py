#!/usr/bin/env python3
"""Validate set.jsonl of blind set names-addresses-v2 and print counts.
   python3 check.py [set.jsonl]   (exit 1 on any error)"""
import collections, json, sys

fn = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
err = 0
C = collections.Counter(); V = collections.Counter(); NEG = collections.Counter()
lang = collections.Counter(); reg = collections.Counter(); negonly = collections.Counter(); ids = set()
def bad(i, msg):
    global err
    err += 1
    if err < 30: print(f"line {i}: {msg}")
for i, line in enumerate(open(fn, encoding="utf-8"), 1):
    r = json.loads(line)
    for k in ("id", "lang", "register", "text", "spans", "negatives"):
        if k not in r: bad(i, f"missing {k}")
    if r["id"] in ids: bad(i, "duplicate id")
    ids.add(r["id"])
    b = r["text"].encode("utf-8")
    lang[r["lang"]] += 1; reg[r["register"]] += 1
    if r["register"] == "json":
        try: json.loads(r["text"])
        except Exception as e: bad(i, f"json text invalid: {e}")
    for s in r["spans"]:
        if s["type"] not in ("PERSON", "ADDRESS"): bad(i, f"bad type {s['type']}")
        if not (0 <= s["start"] < s["end"] <= len(b)): bad(i, f"span out of range {s}"); continue
        try: seg = b[s["start"]:s["end"]].decode("utf-8")
        except UnicodeDecodeError: bad(i, f"span cuts a UTF-8 char {s}"); continue
        if "value" in s and seg != s["value"]: bad(i, f"value mismatch {seg!r} != {s['value']!r}")
        if seg != seg.strip(): bad(i, f"span has outer whitespace {seg!r}")
        C[s["type"]] += 1; V[(s["type"], s.get("variant", "-"))] += 1
    ss = sorted(r["spans"], key=lambda s: s["start"])
    for a, c in zip(ss, ss[1:]):
        if c["start"] < a["end"]: bad(i, f"overlapping spans {a} {c}")
    for n in r["negatives"]:
        if not n["type"].startswith("NEGATIVE_"): bad(i, f"bad negative type {n['type']}")
        if not (0 <= n["start"] < n["end"] <= len(b)): bad(i, f"negative out of range {n}"); continue
        if any(n["start"] < s["end"] and s["start"] < n["end"] for s in r["spans"]): bad(i, f"negative overlaps gold span {n}")
        NEG[n["type"]] += 1
    if not r["spans"]:
        negonly[r["lang"]] += 1
        if not r["negatives"]: bad(i, "record with neither spans nor negatives")
n = sum(lang.values())
print(f"records {n}: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(lang.items())))
print("registers:", dict(sorted(reg.items())))
print("records without PERSON/ADDRESS (hard negatives only):", sum(negonly.values()), dict(negonly))
print("spans:", dict(C), " negatives:", sum(NEG.values()))
print("variants:")
for k in sorted(V): print(f"  {k[0]:<8}{k[1]:<16}{V[k]:>5}")
print("negatives by kind:")
for k in sorted(NEG): print(f"  {k:<28}{NEG[k]:>5}")
print("ERRORS:", err)
sys.exit(1 if err else 0)
