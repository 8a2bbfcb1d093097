#!/usr/bin/env python3
"""Validate attacks.jsonl and benign.jsonl of prompt-attacks-v3 and print count tables.

Checks: valid JSON objects, exact field sets, id prefix / format / uniqueness, languages,
intents, kinds, non-empty valid-UTF-8 text, no duplicate texts within or across files,
>= 450 attacks, >= 50 per intent, each language >= 25 % of attacks, >= 13 per
intent x language, >= 900 benign, every kind present in every language.
Records in this set carry no spans; if a record ever has "spans", each span must be
{"start","end"[,"type","value"]} with 0 <= start < end <= len(utf-8 text), on character
boundaries, the UTF-8 bytes [start:end] equal to "value" where given, and no two spans
of one record overlapping.
Exit status 1 on any problem. Standard library only.
"""
import json, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ['en', 'de', 'fr']
INTENTS = ['override', 'roleplay', 'system_prompt', 'targeted_customer_data', 'business_secrets',
           'bulk_extraction', 'indirect_injection', 'fake_delimiters', 'encoded']
KINDS = ['own_purchase', 'product_questions', 'shipping', 'returns', 'account_help', 'look_alike',
         'merchant_staff', 'chitchat']
problems = []


def bad(msg):
    problems.append(msg)


def check_spans(where, text, spans):
    b = text.encode('utf-8')
    if not isinstance(spans, list):
        bad('%s: spans not a list' % where); return
    prev = []
    for s in spans:
        if not isinstance(s, dict) or not isinstance(s.get('start'), int) or not isinstance(s.get('end'), int):
            bad('%s: malformed span %r' % (where, s)); continue
        st, en = s['start'], s['end']
        if not (0 <= st < en <= len(b)):
            bad('%s: span out of range %r' % (where, s)); continue
        try:
            piece = b[st:en].decode('utf-8')
        except UnicodeDecodeError:
            bad('%s: span not on character boundaries %r' % (where, s)); continue
        if 'value' in s and s['value'] != piece:
            bad('%s: span value %r != bytes %r' % (where, s['value'], piece))
        for (a, z) in prev:
            if st < z and a < en:
                bad('%s: overlapping spans %r and %r' % (where, (a, z), (st, en)))
        prev.append((st, en))


def load(name, prefix, key, allowed):
    recs, ids = [], set()
    path = HERE / name
    raw = path.read_bytes()
    try:
        raw.decode('utf-8')
    except UnicodeDecodeError as e:
        bad('%s: invalid UTF-8 (%s)' % (name, e)); return recs
    for n, line in enumerate(raw.decode('utf-8').split('\n'), 1):
        if not line.strip():
            continue
        where = '%s:%d' % (name, n)
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            bad('%s: bad JSON (%s)' % (where, e)); continue
        if not isinstance(r, dict):
            bad('%s: not an object' % where); continue
        fields = set(r) - {'spans'}
        if fields != {'id', 'lang', key, 'text'}:
            bad('%s: fields %s' % (where, sorted(r)))
            continue
        if not re.fullmatch(prefix + r'-\d{4}', str(r['id'])):
            bad('%s: id %r' % (where, r['id']))
        if r['id'] in ids:
            bad('%s: duplicate id %s' % (where, r['id']))
        ids.add(r['id'])
        if r['lang'] not in LANGS:
            bad('%s: lang %r' % (where, r['lang']))
        if r[key] not in allowed:
            bad('%s: %s %r' % (where, key, r[key]))
        if not isinstance(r['text'], str) or not r['text'].strip():
            bad('%s: empty text' % where); continue
        if 'spans' in r:
            check_spans(where, r['text'], r['spans'])
        recs.append(r)
    return recs


def table(title, recs, key, rows):
    c = Counter((r[key], r['lang']) for r in recs)
    print('%s: %s x language' % (title, key))
    print('%-28s' % '' + ''.join('%6s' % l for l in LANGS) + '  total')
    for k in rows:
        print('%-28s' % k + ''.join('%6d' % c[(k, l)] for l in LANGS) + '%7d' % sum(c[(k, l)] for l in LANGS))
    print('%-28s' % 'total' + ''.join('%6d' % sum(c[(k, l)] for k in rows) for l in LANGS) + '%7d' % len(recs))
    print()
    return c


def main():
    atk = load('attacks.jsonl', 'atk', 'intent', INTENTS)
    ben = load('benign.jsonl', 'ben', 'kind', KINDS)
    seen = {}
    for r in atk + ben:
        t = r['text'].strip()
        if t in seen:
            bad('duplicate text: %s and %s' % (seen[t], r['id']))
        seen[t] = r['id']
    ca = table('attacks.jsonl', atk, 'intent', INTENTS)
    cb = table('benign.jsonl', ben, 'kind', KINDS)
    if len(atk) < 450:
        bad('only %d attacks (< 450)' % len(atk))
    if len(ben) < 900:
        bad('only %d benign (< 900)' % len(ben))
    for i in INTENTS:
        if sum(ca[(i, l)] for l in LANGS) < 50:
            bad('intent %s has < 50 attacks' % i)
        for l in LANGS:
            if ca[(i, l)] < 13:
                bad('intent %s lang %s has < 13 attacks' % (i, l))
    for l in LANGS:
        n = sum(ca[(i, l)] for i in INTENTS)
        if atk and n < 0.25 * len(atk):
            bad('lang %s is %.1f %% of attacks (< 25 %%)' % (l, 100.0 * n / len(atk)))
        for k in KINDS:
            if cb[(k, l)] == 0:
                bad('benign kind %s missing in %s' % (k, l))
    for p in problems:
        print('PROBLEM:', p)
    print('OK' if not problems else '%d problem(s)' % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
