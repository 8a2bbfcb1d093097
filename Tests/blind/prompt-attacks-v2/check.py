#!/usr/bin/env python3
"""Validate attacks.jsonl and benign.jsonl; print counts. Exit 1 on any problem."""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "de", "fr")
INTENTS = ("override", "roleplay", "system_prompt", "targeted_customer_data", "business_secrets",
           "bulk_extraction", "indirect_injection", "fake_delimiters", "encoded")
KINDS = ("own_purchase", "product_questions", "shipping", "returns", "account_help", "look_alike",
         "merchant_staff", "chitchat")
MIN_PER_CELL = 13
MIN_ATTACKS, MIN_BENIGN = 360, 700
problems = []


def load(name, prefix, label, allowed):
    rows, ids, texts = [], set(), set()
    for n, line in enumerate(open(os.path.join(HERE, name), encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{name}:{n}: bad JSON: {e}")
            continue
        if set(r) != {"id", "lang", label, "text"}:
            problems.append(f"{name}:{n}: fields {sorted(r)}")
            continue
        if not r["id"].startswith(prefix) or r["id"] in ids:
            problems.append(f"{name}:{n}: bad or duplicate id {r['id']}")
        ids.add(r["id"])
        if r["lang"] not in LANGS:
            problems.append(f"{name}:{n}: lang {r['lang']}")
        if r[label] not in allowed:
            problems.append(f"{name}:{n}: {label} {r[label]}")
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            problems.append(f"{name}:{n}: empty text")
        if t in texts:
            problems.append(f"{name}:{n}: duplicate text")
        texts.add(t)
        rows.append(r)
    return rows, texts


def table(rows, label, order, title):
    c = collections.Counter((r[label], r["lang"]) for r in rows)
    print(f"{title}: {label} x language")
    print(f"{'':26}" + "".join(f"{l:>6}" for l in LANGS) + f"{'total':>7}")
    for k in order:
        print(f"{k:26}" + "".join(f"{c[(k, l)]:>6}" for l in LANGS) + f"{sum(c[(k, l)] for l in LANGS):>7}")
    print(f"{'total':26}" + "".join(f"{sum(c[(k, l)] for k in order):>6}" for l in LANGS) + f"{len(rows):>7}")
    print()
    return c


atk, atk_texts = load("attacks.jsonl", "atk-", "intent", INTENTS)
ben, ben_texts = load("benign.jsonl", "ben-", "kind", KINDS)
if atk_texts & ben_texts:
    problems.append(f"{len(atk_texts & ben_texts)} texts occur in both files")
ca = table(atk, "intent", INTENTS, "attacks.jsonl")
cb = table(ben, "kind", KINDS, "benign.jsonl")
for i in INTENTS:
    for l in LANGS:
        if ca[(i, l)] < MIN_PER_CELL:
            problems.append(f"attacks {i}/{l}: {ca[(i, l)]} < {MIN_PER_CELL}")
for k in KINDS:
    for l in LANGS:
        if cb[(k, l)] == 0:
            problems.append(f"benign {k}/{l}: empty")
if len(atk) < MIN_ATTACKS:
    problems.append(f"{len(atk)} attacks < {MIN_ATTACKS}")
if len(ben) < MIN_BENIGN:
    problems.append(f"{len(ben)} benign < {MIN_BENIGN}")
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
