#!/usr/bin/env python3
"""Validate set.jsonl (names/addresses blind set) and print counts.

  python3 check.py [set.jsonl]

Checks: JSON per line, unique ids, required keys, types exactly PERSON/ADDRESS,
negative types NEGATIVE_*, UTF-8 byte offsets within text and on character
boundaries, text[start:end] (bytes) decodes to "value", no span overlaps
another span, no negative overlaps a span, no empty or whitespace-edged spans.
Exit status 1 on any error.
"""
import collections
import json
import os
import sys

fn = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl")
errors = []
ids = set()
texts = collections.Counter()
neg_only = 0
r2 = collections.Counter()  # round-2 (id >= na-0252) counts
r2_neg_only = 0
r2_langs = collections.Counter()
bad_json = 0
by_type = collections.Counter()
by_var = collections.Counter()
negs = collections.Counter()
langs = collections.Counter()
regs = collections.Counter()
n = 0


def err(i, msg):
    errors.append(f"line {i}: {msg}")


with open(fn, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except Exception as e:  # noqa: BLE001
            err(i, f"bad JSON: {e}")
            continue
        n += 1
        for k in ("id", "lang", "register", "text", "spans", "negatives"):
            if k not in d:
                err(i, f"missing key {k}")
        if d.get("id") in ids:
            err(i, f"duplicate id {d.get('id')}")
        ids.add(d.get("id"))
        langs[d.get("lang")] += 1
        regs[d.get("register")] += 1
        texts[d["text"]] += 1
        is_r2 = str(d.get("id", "")).startswith("na-") and int(str(d["id"])[3:]) >= 252
        if is_r2:
            r2_langs[d.get("lang")] += 1
            if d.get("register") == "json_tool":
                try:
                    json.loads(d["text"])
                except ValueError:
                    err(i, "json_tool text is not valid JSON")
        if not d.get("spans") and d.get("negatives"):
            neg_only += 1
            r2_neg_only += is_r2
        if d.get("lang") not in ("en", "de", "fr"):
            err(i, f"bad lang {d.get('lang')}")
        b = d["text"].encode("utf-8")
        ivals = []
        for s in d.get("spans", []):
            for k in ("start", "end", "type", "variant", "value"):
                if k not in s:
                    err(i, f"span missing {k}: {s}")
            if s.get("type") not in ("PERSON", "ADDRESS"):
                err(i, f"bad type {s.get('type')}")
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(b)):
                err(i, f"offsets out of range {s}")
                continue
            try:
                v = b[st:en].decode("utf-8")
            except UnicodeDecodeError:
                err(i, f"span not on char boundary {s}")
                continue
            if v != s.get("value"):
                err(i, f"value mismatch {v!r} != {s.get('value')!r}")
            if v != v.strip():
                err(i, f"span has edge whitespace {v!r}")
            by_type[s["type"]] += 1
            if is_r2:
                r2[s["type"]] += 1
            by_var[(s["type"], s.get("variant"))] += 1
            ivals.append((st, en, "span"))
        for x in d.get("negatives", []):
            t = x.get("type", "")
            if not t.startswith("NEGATIVE_"):
                err(i, f"bad negative type {t}")
            st, en = x["start"], x["end"]
            if not (0 <= st < en <= len(b)):
                err(i, f"negative out of range {x}")
                continue
            try:
                b[st:en].decode("utf-8")
            except UnicodeDecodeError:
                err(i, f"negative not on char boundary {x}")
            negs[t] += 1
            ivals.append((st, en, "neg"))
        ivals.sort()
        for a, c in zip(ivals, ivals[1:]):
            if c[0] < a[1]:
                err(i, f"overlap {a} {c}")

for t, c in texts.items():
    if c > 1:
        errors.append(f"duplicate text x{c}: {t[:80]!r}")
print(f"records: {n}  (hard-negative-only records: {neg_only})")
print(f"round 2 (na-0252..): {sum(r2_langs.values())} records, langs {dict(r2_langs)}, "
      f"spans {dict(r2)}, hard-negative-only {r2_neg_only}")
print("langs:", dict(langs))
print("registers:", dict(regs))
print("spans per type:", dict(by_type))
print("spans per (type, variant):")
for (t, v), c in sorted(by_var.items()):
    print(f"  {t:<8} {v:<16} {c}")
print("negatives:", dict(sorted(negs.items())), "total", sum(negs.values()))
if errors:
    print(f"{len(errors)} ERRORS")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
