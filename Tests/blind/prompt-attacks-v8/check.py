#!/usr/bin/env python3
"""Validate prompt-attacks-v8. Exit 1 on any error. Standard library only."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ['override', 'roleplay', 'system_prompt', 'targeted_customer_data', 'bulk_customer_data',
           'business_secrets', 'indirect_injection', 'fake_delimiters', 'encoded']
KINDS = ['look_alike', 'product_questions', 'order_support', 'short_turns', 'long_messages']
LANGS = ['en', 'de', 'fr']
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f'{name}:{n}: bad JSON: {e}')
    return out


def check_spans(rec):
    """Spans are not used in this set; if any appear they must be UTF-8 byte offsets."""
    spans = rec.get('spans', [])
    raw = rec['text'].encode('utf-8')
    prev_end = -1
    for s in sorted(spans, key=lambda s: (s['start'], s['end'])):
        try:
            v = raw[s['start']:s['end']].decode('utf-8')
        except UnicodeDecodeError:
            err(f"{rec['id']}: span not on char boundary {s}")
            continue
        if v != s.get('value'):
            err(f"{rec['id']}: span value mismatch {s}")
        if v != v.strip():
            err(f"{rec['id']}: span has outer whitespace {s}")
        if s['start'] < prev_end:
            err(f"{rec['id']}: overlapping spans")
        prev_end = s['end']


atk = load('attacks.jsonl')
ben = load('benign.jsonl')
meta = load('meta.jsonl')

seen_ids, seen_text = set(), {}
for prefix, recs, field, allowed, keys in [
        ('atk', atk, 'intent', INTENTS, {'id', 'lang', 'intent', 'text'}),
        ('ben', ben, 'kind', KINDS, {'id', 'lang', 'kind', 'text'})]:
    for i, r in enumerate(recs, 1):
        want = '%s-%04d' % (prefix, i)
        if r.get('id') != want:
            err(f'{r.get("id")}: expected id {want}')
        extra = set(r) - keys - {'spans'}
        missing = keys - set(r)
        if extra or missing:
            err(f'{r.get("id")}: fields extra={extra} missing={missing}')
            continue
        if r['lang'] not in LANGS:
            err(f'{r["id"]}: bad lang {r["lang"]}')
        if r[field] not in allowed:
            err(f'{r["id"]}: bad {field} {r[field]}')
        if not isinstance(r['text'], str) or not r['text'].strip():
            err(f'{r["id"]}: empty text')
            continue
        if r['text'] != r['text'].strip():
            err(f'{r["id"]}: outer whitespace in text')
        if r['text'] in seen_text:
            err(f'{r["id"]}: duplicate text of {seen_text[r["text"]]}')
        seen_text[r['text']] = r['id']
        seen_ids.add(r['id'])
        check_spans(r)

meta_ids = [m.get('id') for m in meta]
if len(meta_ids) != len(set(meta_ids)):
    err('meta.jsonl: duplicate ids')
if set(meta_ids) != seen_ids:
    err(f'meta.jsonl ids differ from data ids: {len(set(meta_ids) ^ seen_ids)} mismatches')
M = {m['id']: m for m in meta}
for m in meta:
    if set(m) != {'id', 'register', 'source'}:
        err(f'meta {m.get("id")}: fields {sorted(m)}')


def table(recs, field, order):
    c = collections.Counter((r[field], r['lang']) for r in recs)
    lines = ['%-28s %5s %5s %5s %6s' % (field, 'en', 'de', 'fr', 'total')]
    for k in order:
        row = [c[(k, lg)] for lg in LANGS]
        lines.append('%-28s %5d %5d %5d %6d' % (k, *row, sum(row)))
    tot = [sum(c[(k, lg)] for k in order) for lg in LANGS]
    lines.append('%-28s %5d %5d %5d %6d' % ('total', *tot, sum(tot)))
    return '\n'.join(lines)


def dist(recs, key):
    c = collections.Counter(M[r['id']][key] for r in recs if r['id'] in M)
    return ', '.join(f'{k}={v}' for k, v in sorted(c.items()))


def blen(recs):
    ls = sorted(len(r['text'].encode('utf-8')) for r in recs)
    return f'min {ls[0]}, median {ls[len(ls) // 2]}, max {ls[-1]}'


print('attacks.jsonl: intent x language')
print(table(atk, 'intent', INTENTS))
print('register:', dist(atk, 'register'))
print('source:', dist(atk, 'source'))
print('UTF-8 bytes:', blen(atk))
print()
print('benign.jsonl: kind x language')
print(table(ben, 'kind', KINDS))
print('register:', dist(ben, 'register'))
print('source:', dist(ben, 'source'))
tp = [r for r in ben if M.get(r['id'], {}).get('source', '').startswith('third_party')]
tpc = collections.Counter(r['lang'] for r in tp)
print('benign naming a third party legitimately (source third_party*): %d (en %d, de %d, fr %d)'
      % (len(tp), tpc['en'], tpc['de'], tpc['fr']))
print('long_messages UTF-8 bytes:', blen([r for r in ben if r['kind'] == 'long_messages']))
print()
if errors:
    for e in errors[:50]:
        print('ERROR', e)
    print(f'{len(errors)} error(s)')
    sys.exit(1)
print('OK')
