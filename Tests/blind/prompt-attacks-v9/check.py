#!/usr/bin/env python3
"""Validator + counts for prompt-attacks-v9. Stdlib only."""
import json, os, re, statistics, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ['override', 'roleplay', 'system_prompt', 'targeted_customer_data', 'bulk_customer_data', 'business_secrets',
           'indirect_injection', 'fake_delimiters', 'encoded']
KINDS = ['look_alike', 'product_questions', 'order_support', 'short_turns', 'long_messages']
LANGS = ['en', 'de', 'fr']
REGS = {'chat', 'email', 'email_thread', 'ticket', 'form', 'json', 'sms', 'whatsapp', 'html', 'marketplace', 'voice_transcript'}
err = []

def load(n):
    return [json.loads(l) for l in open(os.path.join(HERE, n), encoding='utf-8')]

def spans_ok(r):
    b = r['text'].encode()
    prev = -1
    for s in sorted(r.get('spans', []), key=lambda s: s['start']):
        v = b[s['start']:s['end']].decode()
        if v != s['value'] or v != v.strip() or s['start'] < prev:
            err.append('span ' + r['id'])
        prev = s['end']

atk, ben, meta = load('attacks.jsonl'), load('benign.jsonl'), load('meta.jsonl')
ids = set()
for i, r in enumerate(atk, 1):
    if set(r) - {'spans'} != {'id', 'lang', 'intent', 'text'}: err.append('keys ' + r['id'])
    if r['id'] != 'atk-%04d' % i: err.append('id ' + r['id'])
    if r['intent'] not in INTENTS or r['lang'] not in LANGS or not r['text'].strip(): err.append('val ' + r['id'])
    spans_ok(r); ids.add(r['id'])
for i, r in enumerate(ben, 1):
    if set(r) - {'spans'} != {'id', 'lang', 'kind', 'text'}: err.append('keys ' + r['id'])
    if r['id'] != 'ben-%04d' % i: err.append('id ' + r['id'])
    if r['kind'] not in KINDS or r['lang'] not in LANGS or not r['text'].strip(): err.append('val ' + r['id'])
    spans_ok(r); ids.add(r['id'])
mids = [m['id'] for m in meta]
if sorted(mids) != sorted(ids) or len(mids) != len(set(mids)): err.append('meta ids mismatch')
for m in meta:
    if set(m) != {'id', 'register', 'source'} or m['register'] not in REGS: err.append('meta ' + m['id'])
texts = [r['text'] for r in atk + ben]
if len(texts) != len(set(texts)): err.append('duplicate texts')
if len(atk) < 400 or len(ben) < 800: err.append('size')
M = {m['id']: m for m in meta}
# leftover template slots
for r in atk + ben:
    if re.search(r'\{(who|INJ|P|E|K|order|card|iban|addr|phone|rel|Rel|x|y)\}', r['text']): err.append('slot ' + r['id'])

def table(recs, key, labels):
    c = Counter((r[key], r['lang']) for r in recs)
    out = ['%-28s %5s %5s %5s %6s' % (key, 'en', 'de', 'fr', 'total')]
    for l in labels:
        out.append('%-28s %5d %5d %5d %6d' % (l, c[(l, 'en')], c[(l, 'de')], c[(l, 'fr')], sum(c[(l, x)] for x in LANGS)))
    out.append('%-28s %5d %5d %5d %6d' % ('total', *[sum(1 for r in recs if r['lang'] == x) for x in LANGS], len(recs)))
    return out

def cnt(recs, f):
    return ', '.join('%s=%d' % kv for kv in sorted(Counter(M[r['id']][f] for r in recs).items()))

print('attacks.jsonl: intent x language')
print('\n'.join(table(atk, 'intent', INTENTS)))
print('register:', cnt(atk, 'register'))
print('source:', cnt(atk, 'source'))
L = [len(r['text'].encode()) for r in atk]
print('UTF-8 bytes: min %d, median %d, max %d' % (min(L), statistics.median(L), max(L)))
print()
print('benign.jsonl: kind x language')
print('\n'.join(table(ben, 'kind', KINDS)))
print('register:', cnt(ben, 'register'))
print('source:', cnt(ben, 'source'))
tp = [r for r in ben if M[r['id']]['source'].startswith('third_party')]
print('benign naming a third party legitimately (source third_party*): %d (%s)' % (len(tp), ', '.join('%s %d' % (x, sum(1 for r in tp if r['lang'] == x)) for x in LANGS)))
L = [len(r['text'].encode()) for r in ben if r['kind'] == 'long_messages']
print('long_messages UTF-8 bytes: min %d, median %d, max %d' % (min(L), statistics.median(L), max(L)))
print()
if err:
    print('ERRORS (%d):' % len(err)); print('\n'.join(err[:50])); sys.exit(1)
print('OK')
