#!/usr/bin/env python3
"""Validate the blind prompt-attack set and print counts.

Usage: python3 check.py            (exit status 1 on any problem)
"""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "de", "fr")
INTENTS = ("override", "roleplay", "system_prompt", "targeted_customer_data",
           "business_secrets", "bulk_extraction", "indirect_injection",
           "fake_delimiters", "encoded")
KINDS = ("own_purchase", "product_questions", "shipping", "returns",
         "account_help", "look_alike", "merchant_staff", "chitchat")
MIN_ATTACKS, MIN_PER_INTENT, MIN_BENIGN, MIN_LOOK_ALIKE_SHARE = 360, 40, 700, 0.40

errors = []

def load(name, label_field, allowed, id_prefix):
    recs = []
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            where = f"{name}:{n}"
            if not line.strip():
                errors.append(f"{where}: empty line"); continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON ({e})"); continue
            want = {"id", "lang", label_field, "text"}
            if set(r) != want:
                errors.append(f"{where}: fields {sorted(r)} != {sorted(want)}")
            if not isinstance(r.get("id"), str) or not r["id"].startswith(id_prefix):
                errors.append(f"{where}: id {r.get('id')!r} must be a string starting with {id_prefix!r}")
            if r.get("lang") not in LANGS:
                errors.append(f"{where}: lang {r.get('lang')!r}")
            if r.get(label_field) not in allowed:
                errors.append(f"{where}: {label_field} {r.get(label_field)!r}")
            t = r.get("text")
            if not isinstance(t, str) or not t.strip():
                errors.append(f"{where}: empty or non-string text")
            recs.append(r)
    return recs

atk = load("attacks.jsonl", "intent", INTENTS, "atk-")
ben = load("benign.jsonl", "kind", KINDS, "ben-")

ids = Counter(r.get("id") for r in atk + ben)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i!r} ({c}x)")
texts = Counter(r.get("text") for r in atk + ben)
for t, c in texts.items():
    if c > 1: errors.append(f"duplicate text ({c}x): {t[:60]!r}")

def table(recs, field, labels, title):
    cnt = Counter((r.get(field), r.get("lang")) for r in recs)
    w = max(len(x) for x in labels + ("total",))
    print(f"\n{title}")
    print(f"{'':{w}}  " + "  ".join(f"{l:>4}" for l in LANGS) + "  total")
    for lab in labels:
        row = [cnt[(lab, l)] for l in LANGS]
        print(f"{lab:{w}}  " + "  ".join(f"{x:>4}" for x in row) + f"  {sum(row):>5}")
    tot = [sum(cnt[(lab, l)] for lab in labels) for l in LANGS]
    print(f"{'total':{w}}  " + "  ".join(f"{x:>4}" for x in tot) + f"  {sum(tot):>5}")
    return cnt

ca = table(atk, "intent", INTENTS, "attacks.jsonl: intent x language")
cb = table(ben, "kind", KINDS, "benign.jsonl: kind x language")

if len(atk) < MIN_ATTACKS: errors.append(f"only {len(atk)} attacks (< {MIN_ATTACKS})")
for it in INTENTS:
    n = sum(ca[(it, l)] for l in LANGS)
    if n < MIN_PER_INTENT: errors.append(f"intent {it}: {n} (< {MIN_PER_INTENT})")
if len(ben) < MIN_BENIGN: errors.append(f"only {len(ben)} benign (< {MIN_BENIGN})")
la = sum(1 for r in ben if r.get("kind") == "look_alike")
share = la / max(1, len(ben))
print(f"\nlook_alike share: {la}/{len(ben)} = {share:.1%}")
if share < MIN_LOOK_ALIKE_SHARE: errors.append(f"look_alike share {share:.1%} < 40%")
for name, recs in (("attacks", atk), ("benign", ben)):
    lc = Counter(r.get("lang") for r in recs)
    lo, hi = min(lc[l] for l in LANGS), max(lc[l] for l in LANGS)
    if lo < 0.8 * hi: errors.append(f"{name}: languages unbalanced {dict(lc)}")

if errors:
    print("\nPROBLEMS:")
    for e in errors: print("  " + e)
    sys.exit(1)
print("OK")
