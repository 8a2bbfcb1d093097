#!/usr/bin/env python3
"""Validate attacks.jsonl / benign.jsonl of blind set prompt-attacks-v5 and print counts.

Checks: valid JSON per line, exact field sets, sequential unique ids, valid lang /
intent / kind, non-empty text that round-trips through UTF-8, no duplicate texts
within or across files, no unexpanded markers, minimum counts (>= 450 attacks,
>= 15 per intent x language, >= 700 benign, >= 150 long messages of 300-3000
bytes, balanced languages). Records carry no spans; if a record ever carries
"spans", each span's byte offsets are checked against the UTF-8 encoding of text.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr"]
INTENTS = ["override", "roleplay", "system_prompt", "targeted_customer_data",
           "bulk_customer_data", "business_secrets", "indirect_injection",
           "fake_delimiters", "encoded"]
KINDS = ["look_alike", "product_questions", "order_support", "short_turns", "long_messages"]
errors = []


def err(msg):
    errors.append(msg)


def load(name, prefix, label, labels):
    recs = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON {e}")
                continue
            keys = {"id", "lang", label, "text"} | ({"spans"} if "spans" in d else set())
            if set(d) != keys:
                err(f"{name}:{n}: fields {sorted(d)}")
            if d.get("id") != f"{prefix}-{n:04d}":
                err(f"{name}:{n}: id {d.get('id')}")
            if d.get("lang") not in LANGS:
                err(f"{name}:{n}: lang {d.get('lang')}")
            if d.get(label) not in labels:
                err(f"{name}:{n}: {label} {d.get(label)}")
            t = d.get("text")
            if not isinstance(t, str) or not t.strip():
                err(f"{name}:{n}: empty text")
                continue
            b = t.encode("utf-8")
            if b.decode("utf-8") != t:
                err(f"{name}:{n}: utf-8 round trip")
            if "{P}" in t or "## " in t[:3] or "\\n" in t:
                err(f"{name}:{n}: unexpanded marker")
            for s in d.get("spans", []):
                if not (0 <= s["start"] < s["end"] <= len(b)):
                    err(f"{name}:{n}: span out of range {s}")
                elif s.get("text") is not None and b[s["start"]:s["end"]].decode("utf-8", "replace") != s["text"]:
                    err(f"{name}:{n}: span text mismatch {s}")
            recs.append(d)
    return recs


def table(recs, label, labels):
    c = collections.Counter((r[label], r["lang"]) for r in recs)
    print(f"{label:<28}" + "".join(f"{l:>7}" for l in LANGS) + f"{'total':>8}")
    for x in labels:
        print(f"{x:<28}" + "".join(f"{c[(x, l)]:>7}" for l in LANGS) + f"{sum(c[(x, l)] for l in LANGS):>8}")
    print(f"{'total':<28}" + "".join(f"{sum(c[(x, l)] for x in labels):>7}" for l in LANGS) + f"{len(recs):>8}")
    return c


def main():
    A = load("attacks.jsonl", "atk", "intent", INTENTS)
    B = load("benign.jsonl", "ben", "kind", KINDS)
    print("attacks.jsonl: intent x language")
    ca = table(A, "intent", INTENTS)
    print("\nbenign.jsonl: kind x language")
    cb = table(B, "kind", KINDS)
    texts = collections.Counter(r["text"] for r in A + B)
    for t, k in texts.items():
        if k > 1:
            err(f"duplicate text ({k}x): {t[:60]!r}")
    if len(A) < 450:
        err(f"only {len(A)} attacks")
    for i in INTENTS:
        for l in LANGS:
            if ca[(i, l)] < 15:
                err(f"attacks {i}/{l}: {ca[(i, l)]} < 15")
    la = collections.Counter(r["lang"] for r in A)
    lb = collections.Counter(r["lang"] for r in B)
    if max(la.values()) - min(la.values()) > 10 or max(lb.values()) - min(lb.values()) > 10:
        err(f"languages unbalanced {la} {lb}")
    if len(B) < 700:
        err(f"only {len(B)} benign")
    longs = [r for r in B if r["kind"] == "long_messages"]
    if len(longs) < 150:
        err(f"only {len(longs)} long messages")
    for r in longs:
        n = len(r["text"].encode("utf-8"))
        if not 300 <= n <= 3000:
            err(f"{r['id']}: long message {n} bytes outside 300-3000")
    lb_ = sorted(len(r["text"].encode()) for r in longs)
    print(f"\nlong_messages bytes: min {lb_[0]}, median {lb_[len(lb_) // 2]}, max {lb_[-1]}; "
          f">=1000 B: {sum(x >= 1000 for x in lb_)}, >=2000 B: {sum(x >= 2000 for x in lb_)}")
    ab = sorted(len(r["text"].encode()) for r in A)
    print(f"attack bytes: min {ab[0]}, median {ab[len(ab) // 2]}, max {ab[-1]}; >=300 B: {sum(x >= 300 for x in ab)}")
    if errors:
        print("\nERRORS:")
        for e in errors[:50]:
            print(" ", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
