#!/usr/bin/env python3
"""Validate set.jsonl and print counts. Standard library only."""
import json, re, collections, sys
GOLD = {'PERSON', 'ADDRESS', 'EMAIL', 'PHONE', 'ORDER_NUMBER'}
errs = []; recs = []
with open('set.jsonl', encoding='utf-8') as f:
    for i, line in enumerate(f):
        try: recs.append(json.loads(line))
        except Exception as e: errs.append(f"line {i}: bad JSON {e}")
ids = collections.Counter(d['id'] for d in recs)
errs += [f"dup id {k}" for k, v in ids.items() if v > 1]
C = collections.defaultdict(collections.Counter)
for d in recs:
    for k in ('id', 'lang', 'register', 'kind', 'frame', 'text', 'spans', 'negatives'):
        if k not in d: errs.append(f"{d.get('id')}: missing {k}")
    b = d['text'].encode('utf-8')
    if re.search(r"\{(P|T|TG|E)\d|\{A\}|\{AS\}|\{AB\}|\[\[|\{N:|\{CITY\}|\{PC\}|\{PH\}|\{ON\}", d['text'], re.I): errs.append(f"{d['id']}: unrendered token")
    allsp = []
    for s in d['spans'] + d['negatives']:
        v = b[s['start']:s['end']].decode('utf-8', errors='replace')
        if v != s['value']: errs.append(f"{d['id']}: span value mismatch {s}")
        if not v or v != v.strip(): errs.append(f"{d['id']}: outer whitespace/empty {s['value']!r}")
        allsp.append((s['start'], s['end'], s['type']))
    allsp.sort()
    for a, c in zip(allsp, allsp[1:]):
        if c[0] < a[1]: errs.append(f"{d['id']}: overlap {a} {c}")
    for s in d['spans']:
        if s['type'] not in GOLD: errs.append(f"{d['id']}: bad gold type {s['type']}")
        if 'variant' not in s or 'meta' not in s: errs.append(f"{d['id']}: span lacks variant/meta")
        if s['type'] == 'PERSON':
            for k in ('origin', 'shape', 'cue', 'nonwestern', 'repeat', 'in_quote'):
                if k not in s['meta']: errs.append(f"{d['id']}: PERSON meta lacks {k}")
        if s['type'] == 'ADDRESS':
            for k in ('country', 'forms', 'cue'):
                if k not in s['meta']: errs.append(f"{d['id']}: ADDRESS meta lacks {k}")
        if s['type'] == 'EMAIL' and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", s['value'], re.I): errs.append(f"{d['id']}: bad email {s['value']}")
        # checksum-bearing values: none are generated; flag anything that looks like a card or IBAN
        if re.fullmatch(r"(?:\d[ -]?){13,19}", s['value']) and s['type'] != 'ORDER_NUMBER' and s['type'] != 'PHONE': errs.append(f"{d['id']}: card-like value")
        if re.search(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,}", d['text']): errs.append(f"{d['id']}: IBAN-like text")
    if (d['kind'] == 'pii') != bool(d['spans']): errs.append(f"{d['id']}: kind/spans mismatch")
    C['records'][d['kind']] += 1; C['lang'][d['lang']] += 1; C['register'][d['register']] += 1
    C['register_lang'][f"{d['register']}/{d['lang']}"] += 1
    for s in d['spans']:
        C['gold'][s['type']] += 1; C['gold_lang'][f"{s['type']}/{d['lang']}"] += 1; C['variant'][f"{s['type']}/{s['variant']}"] += 1
        if s['type'] == 'PERSON':
            m = s['meta']; C['person_cue'][m['cue']] += 1; C['person_shape'][m['shape']] += 1; C['person_region'][m['region']] += 1
            C['person_flags']['nonwestern'] += m['nonwestern']; C['person_flags']['repeat'] += m['repeat']; C['person_flags']['in_quote'] += m['in_quote']
            C['person_flags']['hyph_given'] += m['hyph_given']; C['person_flags']['particle_surname'] += m['particle_surname']
            C['person_register'][d['register']] += 1
        if s['type'] == 'ADDRESS':
            C['addr_country'][s['meta']['country']] += 1; C['addr_cue'][s['meta']['cue']] += 1
            for fm in s['meta']['forms']: C['addr_forms'][fm] += 1
    for n in d['negatives']:
        C['neg'][n['type']] += 1; C['neg_lang'][d['lang']] += 1
print('records:', len(recs))
for k in ['records', 'lang', 'register', 'register_lang', 'gold', 'gold_lang', 'variant', 'person_cue', 'person_shape', 'person_region', 'person_flags', 'person_register', 'addr_country', 'addr_cue', 'addr_forms', 'neg', 'neg_lang']:
    print(f"\n[{k}] total={sum(C[k].values())}")
    print('  ' + ', '.join(f"{a} {b}" for a, b in sorted(C[k].items(), key=lambda x: (-x[1], x[0]))))
np_ = C['gold']['PERSON']; nw = C['person_flags']['nonwestern']
print(f"\nnon-Western-European share of PERSON spans: {nw}/{np_} = {nw/np_:.3f} (Nordic counted as Western)")
tgt = [('messages >= 1500', len(recs) >= 1500), ('PERSON >= 3500', np_ >= 3500), ('ADDRESS >= 1000', C['gold']['ADDRESS'] >= 1000),
       ('hard negatives >= 2000', sum(C['neg'].values()) >= 2000), ('non-Western share >= 0.60', nw / np_ >= 0.60)]
print('\ntargets:'); [print(f"  {'OK ' if ok else 'FAIL'} {t}") for t, ok in tgt]
print(f"\nerrors: {len(errs)}")
for e in errs[:50]: print('  ' + e)
sys.exit(1 if errs or not all(ok for _, ok in tgt) else 0)
