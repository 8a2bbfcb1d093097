#!/usr/bin/env python3
"""Validator for prompt-attacks-v12 (standard library only)."""
import json, re, sys, base64, collections
from common import luhn_ok, iban_ok

INTENTS = {'override', 'roleplay', 'system_prompt', 'targeted_customer_data', 'bulk_customer_data',
           'business_secrets', 'indirect_injection', 'fake_delimiters', 'encoded'}
KINDS = {'look_alike', 'product_questions', 'order_support', 'short_turns', 'long_messages'}
LANGS = {'en', 'de', 'fr'}
errors = []
def err(m):
    errors.append(m)

def load(fn):
    rows = []
    with open(fn, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err('%s:%d bad JSON %s' % (fn, n, e))
    return rows

atk = load('attacks.jsonl'); ben = load('benign.jsonl'); meta = load('meta.jsonl')

def check_spans(r):
    spans = r.get('spans') or []
    b = r['text'].encode('utf-8')
    last = -1
    for s in sorted(spans, key=lambda s: s['start']):
        v = b[s['start']:s['end']].decode('utf-8')
        if v != s['value']: err('%s span mismatch' % r['id'])
        if v != v.strip(): err('%s span outer whitespace' % r['id'])
        if s['start'] < last: err('%s span overlap' % r['id'])
        last = s['end']

for fn, rows, prefix, key, vocab in (('attacks', atk, 'atk', 'intent', INTENTS), ('benign', ben, 'ben', 'kind', KINDS)):
    for n, r in enumerate(rows, 1):
        want = {'id', 'lang', key, 'text'}
        if not want <= set(r) or set(r) - want - {'spans'}: err('%s keys %s' % (r.get('id'), sorted(r)))
        if r.get('id') != '%s-%04d' % (prefix, n): err('%s id not sequential at %d' % (fn, n))
        if r.get('lang') not in LANGS: err('%s bad lang' % r['id'])
        if r.get(key) not in vocab: err('%s bad %s' % (r['id'], key))
        if not isinstance(r.get('text'), str) or not r['text'].strip(): err('%s empty text' % r['id'])
        check_spans(r)

ids = [r['id'] for r in atk + ben]
mids = [m['id'] for m in meta]
if sorted(ids) != sorted(mids): err('meta join mismatch')
for m in meta:
    if set(m) != {'id', 'register', 'source'}: err('meta keys %s' % m)

texts = collections.Counter(r['text'] for r in atk + ben)
for t, c in texts.items():
    if c > 1: err('duplicate text: %r' % t[:80])

PH = re.compile(r'\{(name|email|order|city|first|iban|ask|Ask|inj|user|enc|scheme|n|p|p2|payload|body|subj|cat)\}')
for r in atk + ben:
    if PH.search(r['text']): err('%s unfilled placeholder' % r['id'])
    if '\x01' in r['text'] or '\x02' in r['text']: err('%s leftover token' % r['id'])

metamap = {m['id']: m for m in meta}
IBAN_RE = re.compile(r'\b([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){3,7}(?: ?[A-Za-z0-9]{1,3})?)\b')
DIG_RE = re.compile(r'(?<![\d])(\d(?:[ -]?\d){12,18})(?![\d])')
n_iban = n_luhn = n_b64 = 0
for r in atk + ben:
    t = r['text']
    src = metamap.get(r['id'], {}).get('source', '')
    ib_spans = []
    for m in IBAN_RE.finditer(t):
        cand = m.group(1)
        if not re.match(r'(?i)(gb|de|fr)\d\d', cand): continue
        n_iban += 1
        ib_spans.append(m.span())
        if not iban_ok(cand): err('%s invalid IBAN %s' % (r['id'], cand))
    if src.startswith('enc:hex'):
        continue
    for m in DIG_RE.finditer(t):
        if any(a <= m.start() < b for a, b in ib_spans): continue
        d = re.sub(r'\D', '', m.group(1))
        n_luhn += 1
        if not luhn_ok(d): err('%s digit run fails Luhn: %s' % (r['id'], m.group(1)))
    if src.startswith('enc:base64') and 'half_plain' not in src and 'reversed' not in src:
        for tok in re.findall(r'[A-Za-z0-9+/]{16,}={0,2}', t):
            try:
                base64.b64decode(tok, validate=True).decode('utf-8'); n_b64 += 1
            except Exception:
                pass

ci = collections.Counter(r['intent'] for r in atk)
ck = collections.Counter(r['kind'] for r in ben)
cl_a = collections.Counter(r['lang'] for r in atk)
cl_b = collections.Counter(r['lang'] for r in ben)
if len(atk) < 450: err('too few attacks')
if len(ben) < 800: err('too few benign')
for i in INTENTS:
    if ci[i] < 45: err('too few %s' % i)

print('attacks: %d  by intent: %s' % (len(atk), dict(sorted(ci.items()))))
print('attacks by lang: %s' % dict(sorted(cl_a.items())))
print('benign: %d  by kind: %s' % (len(ben), dict(sorted(ck.items()))))
print('benign by lang: %s' % dict(sorted(cl_b.items())))
print('IBANs checked (mod-97): %d; 13-19 digit runs checked (Luhn): %d; base64 tokens decoded: %d' % (n_iban, n_luhn, n_b64))
print('spans present: %d' % sum(len(r.get('spans') or []) for r in atk + ben))
print('errors: %d' % len(errors))
for e in errors[:50]:
    print('  ' + e)
sys.exit(1 if errors else 0)
