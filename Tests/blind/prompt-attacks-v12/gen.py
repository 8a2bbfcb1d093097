#!/usr/bin/env python3
"""Deterministic generator for prompt-attacks-v12. Standard library only."""
import json, random, re
import common as C
import data_en, data_de, data_fr

SEED = 20261207
LANGS = {'en': data_en, 'de': data_de, 'fr': data_fr}
INTENTS = ['override', 'roleplay', 'system_prompt', 'targeted_customer_data', 'bulk_customer_data',
           'business_secrets', 'indirect_injection', 'fake_delimiters', 'encoded']
ASK_INTENTS = INTENTS[:6]
PER_INTENT_LANG = 18
BEN_TARGET = {'look_alike': 108, 'product_questions': 46, 'order_support': 52, 'short_turns': 40, 'long_messages': 36}

# value tokens: digits inside control chars, so noise never touches them
TOK = {'name': '\x010\x02', 'email': '\x011\x02', 'order': '\x012\x02', 'city': '\x013\x02', 'first': '\x014\x02',
       'iban': '\x015\x02', 'payload': '\x016\x02', 'plain': '\x017\x02',
       'sname': '\x018\x02', 'semail': '\x019\x02', 'sorder': '\x0110\x02', 'sfirst': '\x0111\x02'}

PH = re.compile(r'\{\{|\}\}|\{(\w+)\}')
def fill(t, **kw):
    def r(m):
        g = m.group(0)
        if g == '{{': return '{'
        if g == '}}': return '}'
        k = m.group(1)
        if k in kw: return kw[k]
        raise KeyError(k)
    return PH.sub(r, t)

def cap(s):
    return s[:1].upper() + s[1:] if s else s

def rng_for(*parts):
    return random.Random('%d|%s' % (SEED, '|'.join(map(str, parts))))

def make_iban(lang, rng):
    if lang == 'en':
        bank = rng.choice(['NWBK', 'BARC', 'LOYD', 'MIDL'])
        return C.make_iban('GB', bank + ''.join(rng.choice('0123456789') for _ in range(14)))
    if lang == 'de':
        return C.make_iban('DE', ''.join(rng.choice('0123456789') for _ in range(18)))
    bank = '%05d' % rng.randrange(10000, 99999); br = '%05d' % rng.randrange(0, 99999); acc = '%011d' % rng.randrange(10**9, 10**11)
    key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97)
    return C.make_iban('FR', bank + br + acc + '%02d' % key)

def person_vals(D, rng, lang):
    p, q = rng.sample(D.PEOPLE, 2)
    return {'name': p[0], 'email': p[1], 'order': p[2], 'city': p[3], 'first': p[0].split()[0], 'iban': make_iban(lang, rng),
            'sname': q[0], 'semail': q[1], 'sorder': q[2], 'sfirst': q[0].split()[0]}

def finalize(text, vals):
    for k, t in TOK.items():
        if t in text:
            text = text.replace(t, vals[k])
    assert '\x01' not in text and '\x02' not in text, repr(text)
    return text

def wrap_register(D, body, reg, rng, sender=False):
    who = {'name': TOK['sname'], 'email': TOK['semail'], 'order': TOK['sorder'], 'first': TOK['sfirst']} if sender else \
          {'name': TOK['name'], 'email': TOK['email'], 'order': TOK['order'], 'first': TOK['first']}
    if reg == 'chat':
        return body
    if reg == 'email':
        return rng.choice(D.GREET) + '\n\n' + body + '\n\n' + fill(rng.choice(D.SIGN), first=who['first'])
    if reg == 'ticket':
        return fill(D.TICKET, subj=rng.choice(D.SUBJ), cat=rng.choice(D.CAT), body=body)
    if reg == 'form':
        return fill(D.FORM, name=who['name'], email=who['email'], order=rng.choice([who['order'], '-', '']), body=body)
    if reg == 'whatsapp':
        parts = re.split(r'(?<=[.?!])\s+', body)
        return '\n'.join(parts)
    raise ValueError(reg)

def pick_noise(rng, lang, allow_lower=True):
    r = rng.random()
    if r < 0.5: return 'clean'
    if r < 0.7: return 'typos'
    if r < 0.8: return 'lower' if allow_lower else 'typos'
    if r < 0.9: return 'noaccent' if lang != 'en' else 'sloppy'
    return 'sloppy'

def tokask(t):
    return fill(t, name=TOK['name'], email=TOK['email'], order=TOK['order'], city=TOK['city'], iban=TOK['iban'])

FRAMES = ['escalation', 'fiction', 'testing', 'manyshot', 'polite', 'escalation_polite', 'fiction', 'testing', 'escalation',
          'plain', 'fiction', 'manyshot', 'testing', 'escalation', 'polite', 'fiction', 'testing', 'escalation_fiction']

def build_ask_attack(D, lang, intent, i, rng):
    frame = FRAMES[i % len(FRAMES)]
    ask = tokask(rng.choice(D.ASKS[intent]))
    polite = tokask(rng.choice(D.POLITE[intent]))
    n = str(rng.randrange(100, 9999))
    if frame == 'escalation':
        warm = ' '.join(rng.sample(D.WARMUP, rng.randint(1, 3)))
        body = warm + '\n' + rng.choice(D.ESC_JOIN) + ask + rng.choice(['?', '.', '', ' pls', '!'])
    elif frame == 'escalation_polite':
        warm = ' '.join(rng.sample(D.WARMUP, rng.randint(2, 3)))
        body = warm + ' ' + polite
    elif frame == 'escalation_fiction':
        warm = rng.choice(D.WARMUP)
        body = warm + '\n\n' + fill(rng.choice(D.FICTION), ask=ask)
    elif frame == 'fiction':
        body = fill(rng.choice(D.FICTION), ask=ask)
    elif frame == 'testing':
        body = fill(rng.choice(D.TESTING), ask=ask, Ask=cap(ask), n=n)
    elif frame == 'manyshot':
        u, a = rng.choice(D.MANY_LABELS)
        pairs = list(D.FAKE_PAIRS[intent])
        rng.shuffle(pairs)
        k = min(len(pairs), rng.randint(3, 4))
        lines = []
        for q, ans in pairs[:k]:
            lines.append('%s: %s\n%s: %s' % (u, q, a, ans))
        body = rng.choice(D.MANY_FINAL) + '\n\n' + '\n\n'.join(lines) + '\n\n%s: %s\n%s:' % (u, cap(ask), a)
    elif frame in ('polite', 'plain'):
        body = polite if frame == 'polite' else (cap(ask) + rng.choice(['.', '?', '', ' please.', ' thx']) if lang == 'en' else cap(ask) + rng.choice(['.', '', ' bitte.' if lang == 'de' else ' stp.', '!']))
    else:
        raise ValueError(frame)
    reg = rng.choice(['chat', 'chat', 'chat', 'email', 'ticket', 'form'] if frame != 'manyshot' else ['chat', 'chat', 'ticket'])
    body = wrap_register(D, body, reg, rng, sender=True)
    mode = pick_noise(rng, lang, allow_lower=(frame != 'manyshot'))
    body = C.noise(body, rng, lang, mode)
    return body, reg, 'frame:%s+%s' % (frame, mode)

def build_indirect(D, lang, i, rng):
    cname, ct = D.CARRIERS[i % len(D.CARRIERS)]
    inj = tokask(rng.choice(D.INJ))
    body = fill(ct, inj=inj)
    reg = rng.choice(['chat', 'chat', 'email', 'ticket'])
    body = wrap_register(D, body, reg, rng, sender=True)
    mode = rng.choice(['clean', 'clean', 'typos', 'noaccent' if lang != 'en' else 'clean'])
    body = C.noise(body, rng, lang, mode)
    return body, reg, 'hidden:%s+%s' % (cname, mode)

DELIM_NAMES = ['chatml', 'inst_sys', 'hash_system', 'xml_system', 'json_role', 'end_of_user', 'tool_result', 'endoftext',
               'bracket_operator', 'admin_xml', 'transcript_roles', 'html_comment', 'alpaca', 'function_results']
def build_delim(D, lang, i, rng):
    j = i % len(D.DELIM)
    user = rng.choice(D.DELIM_USER)
    mode = rng.choice(['clean', 'clean', 'typos', 'lower'])
    user = C.noise(user, rng, lang, mode)
    inj = tokask(rng.choice(D.DELIM_INJ))
    body = fill(D.DELIM[j], inj=inj, user=user)
    reg = rng.choice(['chat', 'chat', 'chat', 'form'])
    body = wrap_register(D, body, reg, rng, sender=True)
    return body, reg, 'delim:%s+%s' % (DELIM_NAMES[j], mode)

ENC_ORDER = ['base64', 'hex', 'rot13', 'url', 'leet', 'reversed', 'spaced', 'homoglyph', 'zero_width', 'split_lines',
             'hex_spaced', 'base64', 'fullwidth', 'zwnj_words', 'base64_reversed', 'rot13', 'leet', 'url']
PLAIN_LOOK = {'homoglyph', 'zero_width', 'zwnj_words', 'split_lines', 'fullwidth'}
def build_encoded(D, lang, i, rng, vals):
    scheme = ENC_ORDER[i % len(ENC_ORDER)]
    if scheme in PLAIN_LOOK:
        it = rng.choice(ASK_INTENTS)
        payload = cap(finalize(tokask(rng.choice(D.ASKS[it])), vals))
        enc = C.ENCODERS[scheme](payload)
        lead = rng.choice(D.WARMUP) + rng.choice(['\n', ' ', '\n\n'])
        body = lead + TOK['payload']
        src = 'enc:%s+plainlook' % scheme
    else:
        payload = finalize(tokask(rng.choice(D.ENC_PAYLOADS)), vals)
        mixed = rng.random() < 0.3 and scheme not in ('reversed',)
        if mixed:
            words = payload.split(' ')
            h = max(1, len(words) // 2)
            plain = ' '.join(words[:h]) + ' '
            enc = C.ENCODERS[scheme](' '.join(words[h:]))
            vals = dict(vals, plain=plain)
            body = fill(rng.choice(D.ENC_WRAP), scheme=D.ENC_NAMES[scheme], enc=TOK['plain'] + TOK['payload'])
            src = 'enc:%s+half_plain' % scheme
        else:
            enc = C.ENCODERS[scheme](payload)
            body = fill(rng.choice(D.ENC_WRAP), scheme=D.ENC_NAMES[scheme], enc=TOK['payload'])
            src = 'enc:%s' % scheme
    vals = dict(vals, payload=enc)
    reg = rng.choice(['chat', 'chat', 'email', 'ticket'])
    body = wrap_register(D, body, reg, rng, sender=True)
    mode = rng.choice(['clean', 'clean', 'typos', 'lower'])
    body = C.noise(body, rng, lang, mode)
    return body, reg, src + '+' + mode, vals

def gen_attacks():
    out = []
    seen = set()
    for intent in INTENTS:
        for lang, D in LANGS.items():
            rng = rng_for('atk', intent, lang)
            made = 0; tries = 0
            while made < PER_INTENT_LANG:
                tries += 1; assert tries < 2000, (intent, lang)
                i = made + (tries - made - 1) * 7 if tries > made + 1 else made
                vals = person_vals(D, rng, lang)
                if intent in ASK_INTENTS:
                    body, reg, src = build_ask_attack(D, lang, intent, i, rng)
                elif intent == 'indirect_injection':
                    body, reg, src = build_indirect(D, lang, i, rng)
                elif intent == 'fake_delimiters':
                    body, reg, src = build_delim(D, lang, i, rng)
                else:
                    body, reg, src, vals = build_encoded(D, lang, i, rng, vals)
                text = finalize(body, vals)
                if text in seen:
                    continue
                seen.add(text)
                out.append({'lang': lang, 'intent': intent, 'text': text, '_reg': reg, '_src': src})
                made += 1
    return out

def gen_benign():
    out = []
    seen = set()
    for lang, D in LANGS.items():
        for kind, target in BEN_TARGET.items():
            rng = rng_for('ben', kind, lang)
            made = 0; tries = 0
            if kind == 'look_alike':
                pool = [('own', t) for t in D.OWN] + [('staff', t) for t in D.STAFF] + [('dev', t) for t in D.DEV] + \
                       [('fiction', t) for t in D.FICTION_OK] + [('polite', t) for t in D.POLITE_OK] + \
                       [('words', t) for t in D.WORDS] + [('review_imperative', t) for t in D.REVIEWS]
            while made < target:
                tries += 1; assert tries < 5000, (kind, lang)
                vals = person_vals(D, rng, lang)
                allow_lower = True
                if kind == 'look_alike':
                    sub, t = pool[made] if made < len(pool) else rng.choice(pool + [x for x in pool if x[0] == 'own'])
                    body = tokask(t) if sub != 'dev' else t
                    if made >= len(pool):
                        extra = rng.choice(['warm', 'greet', 'none', 'warm_after'])
                        if extra == 'warm': body = rng.choice(D.WARMUP) + ' ' + body
                        elif extra == 'warm_after': body = body + '\n' + rng.choice(D.WARMUP)
                        elif extra == 'greet': body = rng.choice(D.GREET) + ' ' + body
                    src = 'look:%s' % sub
                    reg = rng.choice(['chat', 'chat', 'email', 'ticket', 'form'] if sub != 'dev' else ['chat', 'ticket'])
                    allow_lower = sub not in ('dev',)
                elif kind == 'product_questions':
                    p, p2 = rng.sample(D.PRODUCTS, 2)
                    body = fill(rng.choice(D.PRODUCT), p=p, p2=p2)
                    if rng.random() < 0.35:
                        p, p2 = rng.sample(D.PRODUCTS, 2)
                        body += ' ' + fill(rng.choice(D.PRODUCT), p=p, p2=p2)
                    src = 'prod:question'
                    reg = rng.choice(['chat', 'chat', 'whatsapp', 'email', 'form'])
                elif kind == 'order_support':
                    body = tokask(rng.choice(D.ORDER))
                    if rng.random() < 0.4:
                        body += ' ' + tokask(rng.choice(D.ORDER))
                    src = 'order:support'
                    reg = rng.choice(['chat', 'email', 'ticket', 'form', 'whatsapp'])
                elif kind == 'short_turns':
                    body = rng.choice(D.SHORT)
                    if made >= len(D.SHORT) // 2 or rng.random() < 0.3:
                        body = body + rng.choice([' ', ', ', '! ', ' - ']) + rng.choice(D.SHORT)
                    src = 'short:turn'
                    reg = 'chat'
                else:
                    mids = rng.sample(D.LONG_MID, rng.randint(3, 6))
                    if rng.random() < 0.5:
                        mids.insert(rng.randrange(len(mids)), tokask(rng.choice(D.OWN)))
                    if rng.random() < 0.3:
                        mids.insert(rng.randrange(len(mids)), rng.choice(D.WORDS))
                    body = rng.choice(D.LONG_OPEN) + ' ' + ' '.join(mids) + ' ' + rng.choice(D.LONG_CLOSE)
                    src = 'long:multi_issue'
                    reg = rng.choice(['email', 'email', 'ticket', 'form', 'chat'])
                body = wrap_register(D, body, reg, rng)
                mode = pick_noise(rng, lang, allow_lower)
                body = C.noise(body, rng, lang, mode)
                text = finalize(body, vals)
                if text in seen:
                    continue
                seen.add(text)
                out.append({'lang': lang, 'kind': kind, 'text': text, '_reg': reg, '_src': src + '+' + mode})
                made += 1
    return out

def main():
    atk = gen_attacks()
    ben = gen_benign()
    meta = []
    with open('attacks.jsonl', 'w', encoding='utf-8') as f:
        for n, r in enumerate(atk, 1):
            rid = 'atk-%04d' % n
            f.write(json.dumps({'id': rid, 'lang': r['lang'], 'intent': r['intent'], 'text': r['text']}, ensure_ascii=False) + '\n')
            meta.append({'id': rid, 'register': r['_reg'], 'source': r['_src']})
    with open('benign.jsonl', 'w', encoding='utf-8') as f:
        for n, r in enumerate(ben, 1):
            rid = 'ben-%04d' % n
            f.write(json.dumps({'id': rid, 'lang': r['lang'], 'kind': r['kind'], 'text': r['text']}, ensure_ascii=False) + '\n')
            meta.append({'id': rid, 'register': r['_reg'], 'source': r['_src']})
    with open('meta.jsonl', 'w', encoding='utf-8') as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    print('attacks', len(atk), 'benign', len(ben))

if __name__ == '__main__':
    main()
