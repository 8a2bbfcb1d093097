#!/usr/bin/env python3
"""Validate prompt-attacks-v7 and print counts per label x language, register and source."""
import json, collections, sys

INTENTS = ["override", "roleplay", "system_prompt", "targeted_customer_data", "bulk_customer_data",
           "business_secrets", "indirect_injection", "fake_delimiters", "encoded"]
KINDS = ["look_alike", "product_questions", "order_support", "short_turns", "long_messages"]
LANGS = ["en", "de", "fr"]
errs = []


def load(fn, prefix, labkey, labels):
    rows = []
    with open(fn, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            d = json.loads(line)
            if set(d) - {"spans"} != {"id", "lang", labkey, "text"}:
                errs.append(f"{fn}:{n} fields {sorted(d)}")
            if d["id"] != f"{prefix}-{n:04d}":
                errs.append(f"{fn}:{n} id {d['id']}")
            if d["lang"] not in LANGS:
                errs.append(f"{fn}:{n} lang")
            if d[labkey] not in labels:
                errs.append(f"{fn}:{n} label {d[labkey]}")
            if not isinstance(d["text"], str) or not d["text"].strip():
                errs.append(f"{fn}:{n} empty text")
            for m in ("{h}", "{p}", "{x}", "{o}", "{c}", "{i}", "{a}", "{n}", "{who}"):
                if m in d["text"]:
                    errs.append(f"{fn}:{n} unexpanded {m}")
            # spans (none in this set): Python str offsets, text[start:end] == value
            for s in d.get("spans", []):
                if d["text"][s["start"]:s["end"]] != s.get("value"):
                    errs.append(f"{fn}:{n} span mismatch {s}")
            rows.append(d)
    return rows


atk = load("attacks.jsonl", "atk", "intent", INTENTS)
ben = load("benign.jsonl", "ben", "kind", KINDS)
meta = {}
with open("meta.jsonl", encoding="utf-8") as f:
    for line in f:
        m = json.loads(line); meta[m["id"]] = m
texts = collections.Counter(d["text"] for d in atk + ben)
dups = [t for t, c in texts.items() if c > 1]
if dups:
    errs.append(f"{len(dups)} duplicate texts")
for d in atk + ben:
    if d["id"] not in meta:
        errs.append(f"no meta for {d['id']}")


def table(rows, labkey, labels, title):
    c = collections.Counter((d[labkey], d["lang"]) for d in rows)
    print(f"\n{title}: {labkey} x language")
    print(f"{labkey:<26}" + "".join(f"{l:>6}" for l in LANGS) + f"{'total':>7}")
    for k in labels:
        print(f"{k:<26}" + "".join(f"{c[(k, l)]:>6}" for l in LANGS) + f"{sum(c[(k, l)] for l in LANGS):>7}")
    print(f"{'total':<26}" + "".join(f"{sum(c[(k, l)] for k in labels):>6}" for l in LANGS) + f"{len(rows):>7}")
    r = collections.Counter(meta[d["id"]]["register"] for d in rows)
    print("register: " + ", ".join(f"{k}={v}" for k, v in sorted(r.items())))
    s = collections.Counter(meta[d["id"]]["source"] for d in rows)
    print("source/variant: " + ", ".join(f"{k}={v}" for k, v in sorted(s.items())))


table(atk, "intent", INTENTS, "attacks.jsonl")
table(ben, "kind", KINDS, "benign.jsonl")
lb = sorted(len(d["text"].encode()) for d in ben if d["kind"] == "long_messages")
print(f"\nlong_messages UTF-8 bytes: min {lb[0]}, median {lb[len(lb)//2]}, max {lb[-1]}; >=1000 B: {sum(x >= 1000 for x in lb)}")
ab = sorted(len(d["text"].encode()) for d in atk)
print(f"attack UTF-8 bytes: min {ab[0]}, median {ab[len(ab)//2]}, max {ab[-1]}; >=300 B: {sum(x >= 300 for x in ab)}")
jesc = sum(1 for d in atk + ben if meta[d["id"]]["register"] == "json" and "\\u00" in d["text"])
print(f"JSON records with \\u escapes: {jesc}")
ci = collections.Counter((d["intent"], d["lang"]) for d in atk)
if len(atk) < 360 or any(ci[(i, l)] < 13 for i in INTENTS for l in LANGS):
    errs.append("attack size")
if len(ben) < 750 or lb[0] < 300:
    errs.append("benign size / long length")
print("\n" + ("OK" if not errs else "ERRORS:\n" + "\n".join(errs[:50])))
sys.exit(1 if errs else 0)
