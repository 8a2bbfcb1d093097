#!/usr/bin/env python3
"""Validate prompt-attacks-v6 and print counts. Standard library only.

Checks: valid JSON per line, exact field sets, sequential ids, languages, intent/kind names, non-empty
text, no unexpanded {placeholders}, no duplicate texts (within/across files), sizes, per intent x language
minimum, long messages 300-3000 UTF-8 bytes, meta.jsonl covering every id. If a record ever carries
"spans", each span is checked as UTF-8 byte offsets (start inclusive, end exclusive) and, when the span
carries "value", text.encode()[start:end].decode() == value. This set has no spans (labels are per message).
"""
import collections
import json
import re
import sys

LANGS = ["en", "de", "fr"]
INTENTS = ["override", "roleplay", "system_prompt", "targeted_customer_data", "bulk_customer_data",
           "business_secrets", "indirect_injection", "fake_delimiters", "encoded"]
KINDS = ["look_alike", "product_questions", "order_support", "short_turns", "long_messages"]
PLACEHOLDER = re.compile(r"\{(name|email|order|surname|city|p|e|last4|iban|addr|phone|text|ctx|day|n|prio|subj|user|item|ord)\}")

errors = []


def err(m):
    errors.append(m)


def load(fn, prefix, label):
    out = []
    with open(fn, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                d = json.loads(line)
            except Exception as e:
                err(f"{fn}:{i}: bad JSON {e}")
                continue
            keys = set(d) - {"spans"}
            if keys != {"id", "lang", label, "text"}:
                err(f"{fn}:{i}: fields {sorted(d)}")
            if d.get("id") != f"{prefix}-{i:04d}":
                err(f"{fn}:{i}: id {d.get('id')}")
            if d.get("lang") not in LANGS:
                err(f"{fn}:{i}: lang {d.get('lang')}")
            t = d.get("text")
            if not isinstance(t, str) or not t.strip():
                err(f"{fn}:{i}: empty text")
                continue
            if PLACEHOLDER.search(t):
                err(f"{fn}:{i}: unexpanded placeholder {PLACEHOLDER.search(t).group(0)}")
            b = t.encode("utf-8")
            for s in d.get("spans", []):
                if not (0 <= s["start"] < s["end"] <= len(b)):
                    err(f"{fn}:{i}: span out of range {s}")
                elif "value" in s and b[s["start"]:s["end"]].decode("utf-8", "replace") != s["value"]:
                    err(f"{fn}:{i}: span value mismatch {s}")
            out.append(d)
    return out


def table(rows, labels, key):
    c = collections.Counter((d[key], d["lang"]) for d in rows)
    print(f"{key:<28}" + "".join(f"{l:>7}" for l in LANGS) + f"{'total':>8}")
    for x in labels:
        print(f"{x:<28}" + "".join(f"{c[(x, l)]:>7}" for l in LANGS) + f"{sum(c[(x, l)] for l in LANGS):>8}")
    print(f"{'total':<28}" + "".join(f"{sum(c[(x, l)] for x in labels):>7}" for l in LANGS) + f"{len(rows):>8}")
    return c


def main():
    atk = load("attacks.jsonl", "atk", "intent")
    ben = load("benign.jsonl", "ben", "kind")
    for d in atk:
        if d.get("intent") not in INTENTS:
            err(f"{d['id']}: intent {d.get('intent')}")
    for d in ben:
        if d.get("kind") not in KINDS:
            err(f"{d['id']}: kind {d.get('kind')}")
    seen = {}
    for d in atk + ben:
        if d["text"] in seen:
            err(f"duplicate text {d['id']} = {seen[d['text']]}")
        seen[d["text"]] = d["id"]
    meta = {}
    with open("meta.jsonl", encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            meta[m["id"]] = m
    for d in atk + ben:
        if d["id"] not in meta:
            err(f"{d['id']}: no meta")

    print("attacks.jsonl: intent x language")
    ca = table(atk, INTENTS, "intent")
    print("\nbenign.jsonl: kind x language")
    cb = table(ben, KINDS, "kind")
    if len(atk) < 450:
        err(f"only {len(atk)} attacks")
    if len(ben) < 700:
        err(f"only {len(ben)} benign")
    for x in INTENTS:
        for l in LANGS:
            if ca[(x, l)] < 15:
                err(f"{x}/{l}: only {ca[(x, l)]}")
    for l in LANGS:
        if not 0.3 <= sum(cb[(k, l)] for k in KINDS) / len(ben) <= 0.37:
            err(f"benign language imbalance {l}")
    longs = [len(d["text"].encode()) for d in ben if d["kind"] == "long_messages"]
    for d in ben:
        if d["kind"] == "long_messages" and not 300 <= len(d["text"].encode()) <= 3000:
            err(f"{d['id']}: long message {len(d['text'].encode())} bytes")
    longs.sort()
    ab = sorted(len(d["text"].encode()) for d in atk)
    print(f"\nlong_messages bytes: n={len(longs)} min {longs[0]}, median {longs[len(longs) // 2]}, max {longs[-1]}")
    print(f"attack bytes: min {ab[0]}, median {ab[len(ab) // 2]}, max {ab[-1]}; >=300 B: {sum(x >= 300 for x in ab)}; "
          f"multi-line: {sum(1 for d in atk if chr(10) in d['text'])}")

    print("\nregister x file (meta.jsonl)")
    rc = collections.Counter((meta[d["id"]]["register"], "atk") for d in atk) + \
        collections.Counter((meta[d["id"]]["register"], "ben") for d in ben)
    for r in sorted({k[0] for k in rc}):
        print(f"  {r:<14}{rc[(r, 'atk')]:>6}{rc[(r, 'ben')]:>6}")
    print("\nattack source (hand / combo / combo_mixed_<lang of ask> / enc_<encoding>)")
    sc = collections.Counter(meta[d["id"]]["source"] for d in atk)
    for s in sorted(sc):
        print(f"  {s:<24}{sc[s]:>5}")
    print("\nbenign source")
    sb = collections.Counter(meta[d["id"]]["source"] for d in ben)
    for s in sorted(sb):
        print(f"  {s:<24}{sb[s]:>5}")
    na = sum(1 for d in atk + ben if "\\u" in json.dumps(d["text"], ensure_ascii=False))
    print(f"\nrecords whose text contains literal \\u escapes (JSON register / unicode_escape payloads): {na}")
    if errors:
        print("\nERRORS:")
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
