#!/usr/bin/env python3
"""Validate attacks.jsonl / benign.jsonl and print count tables. Exit 1 on any problem."""
import json, sys, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ['en', 'de', 'fr']
INTENTS = ['override', 'roleplay', 'system_prompt', 'targeted_customer_data', 'bulk_customer_data',
           'business_secrets', 'indirect_injection', 'fake_delimiters', 'encoded']
KINDS = ['look_alike', 'product_questions', 'order_support', 'short_turns', 'long_messages']
problems = []

def load(name, prefix, field, allowed):
    rows = []
    for n, line in enumerate(open(HERE / name, encoding='utf-8'), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            problems.append(f'{name}:{n}: bad JSON {e}'); continue
        if set(r) != {'id', 'lang', field, 'text'}:
            problems.append(f'{name}:{n}: fields {sorted(r)}')
        if r.get('id') != f'{prefix}-{n:04d}':
            problems.append(f'{name}:{n}: id {r.get("id")} not sequential')
        if r.get('lang') not in LANGS:
            problems.append(f'{name}:{n}: lang {r.get("lang")}')
        if r.get(field) not in allowed:
            problems.append(f'{name}:{n}: {field} {r.get(field)}')
        t = r.get('text')
        if not isinstance(t, str) or not t.strip():
            problems.append(f'{name}:{n}: empty text')
        elif '{{' in t and '}}' in t:
            problems.append(f'{name}:{n}: unexpanded marker')
        rows.append(r)
    return rows

def table(rows, field, labels, title):
    c = collections.Counter((r[field], r['lang']) for r in rows)
    print(f'{title}: {field} x language')
    print(f'{"":32}' + ''.join(f'{l:>6}' for l in LANGS) + f'{"total":>7}')
    for lab in labels:
        print(f'{lab:32}' + ''.join(f'{c[(lab, l)]:>6}' for l in LANGS) + f'{sum(c[(lab, l)] for l in LANGS):>7}')
    print(f'{"total":32}' + ''.join(f'{sum(c[(x, l)] for x in labels):>6}' for l in LANGS) + f'{len(rows):>7}\n')
    return c

atk = load('attacks.jsonl', 'atk', 'intent', INTENTS)
ben = load('benign.jsonl', 'ben', 'kind', KINDS)
seen = {}
for name, rows in (('attacks', atk), ('benign', ben)):
    for r in rows:
        key = ' '.join(r['text'].split()).lower()
        if key in seen:
            problems.append(f'duplicate text: {r["id"]} and {seen[key]}')
        seen[key] = r['id']

ca = table(atk, 'intent', INTENTS, 'attacks.jsonl')
cb = table(ben, 'kind', KINDS, 'benign.jsonl')
if len(atk) < 405: problems.append('fewer than 405 attacks')
for i in INTENTS:
    for l in LANGS:
        if ca[(i, l)] < 15: problems.append(f'{i}/{l} < 15')
for l in LANGS:
    if sum(cb[(k, l)] for k in KINDS) < 230: problems.append(f'benign {l} < 230')
    if cb[('short_turns', l)] < 60: problems.append(f'short_turns {l} < 60')
    for k in KINDS:
        if cb[(k, l)] == 0: problems.append(f'no {k}/{l}')
for name, rows in (('attacks', atk), ('benign', ben)):
    w = sorted(len(r['text'].split()) for r in rows)
    print(f'{name}: words min {w[0]}, median {w[len(w)//2]}, max {w[-1]}')
if problems:
    print('\nPROBLEMS:'); print('\n'.join(problems)); sys.exit(1)
print('\nOK')
