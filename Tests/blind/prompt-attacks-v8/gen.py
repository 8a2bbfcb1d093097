#!/usr/bin/env python3
"""Generate prompt-attacks-v8 (attacks.jsonl, benign.jsonl, meta.jsonl). Standard library only.
Deterministic: fixed seed, no dict-order or hash dependence."""
import itertools
import json
import os
import random

import common as C
import data_de
import data_en
import data_fr

SEED = 20261206
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = [data_en, data_de, data_fr]
ENC_SAFE_REGS = ['chat', 'email', 'ticket', 'form', 'whatsapp', 'html', 'marketplace', 'email_thread']


def make_mail(rng, L, first, last):
    f = C.strip_accents(first).lower().replace(' ', '').replace("'", '')
    la = C.strip_accents(last).lower().replace(' ', '').replace("'", '')
    pat = rng.choice(['{f}.{l}', '{f0}{l}', '{f}{n}', '{l}.{f}', '{f}_{l}{n2}', '{f0}.{l}'])
    local = pat.format(f=f, l=la, f0=f[0], n=rng.randint(1, 99), n2=rng.randint(60, 99))
    return f'{local}@{rng.choice(L.MAIL_DOMAINS)}'


def who(rng, L):
    first, last = rng.choice(L.PEOPLE)
    return first, last, make_mail(rng, L, first, last)


def cap(s):
    return s[0].upper() + s[1:]


def fill_own(rng, L, tpl):
    return tpl.format(o=rng.choice(L.ORDERS), c=rng.choice(L.CARDS), iban=rng.choice(L.IBANS),
                      addr=rng.choice(L.ADDRS), p=rng.choice(L.PRODUCTS))


def long_mail(rng, L, extra=None, n=None):
    """2-4 benign paragraphs; `extra` (a sentence or paragraph) is inserted in the middle."""
    n = n or rng.randint(2, 4)
    paras = rng.sample(L.PARAS, n)
    if extra is not None:
        pos = rng.randint(1, len(paras) - 1) if len(paras) > 1 else 1
        if rng.random() < 0.5 and pos < len(paras):
            paras[pos] = paras[pos] + ' ' + extra
        else:
            paras.insert(pos, extra)
    return '\n\n'.join(paras)


def build_lang(rng, L):
    atk, ben = [], []

    def A(intent, text, source, reg=None, long_text=False):
        if reg is None:
            reg = C.pick_register(rng, long_text)
            if intent in ('encoded', 'fake_delimiters'):
                while reg not in ENC_SAFE_REGS:
                    reg = C.pick_register(rng, long_text)
        atk.append({'lang': L.LANG, 'intent': intent, 'register': reg, 'source': source,
                    'text': C.wrap(rng, reg, text, L, who(rng, L))})

    def B(kind, text, source, long_text=False):
        reg = C.pick_register(rng, long_text)
        ben.append({'lang': L.LANG, 'kind': kind, 'register': reg, 'source': source,
                    'text': C.wrap(rng, reg, text, L, who(rng, L))})

    # ---- attacks: hand-written
    for intent in ['override', 'roleplay', 'system_prompt', 'targeted_customer_data',
                   'bulk_customer_data', 'business_secrets', 'indirect_injection']:
        for t in L.ATK[intent]:
            A(intent, t, 'hand', long_text=len(t) > 300)
    for t in L.FAKE_DELIM:
        A('fake_delimiters', t, 'hand')
    for t in L.BS_COMPOSED:
        A('business_secrets', t, 'hand_staff_pretext')

    # ---- attacks: composed
    combos = list(itertools.product(L.OV_CORE, L.OV_FRAME))
    for core, fr in rng.sample(combos, 4):
        A('override', fr.format(o=cap(core) if fr.startswith('{o}') else core, x=rng.choice(L.OV_X)), 'composed')
    combos = list(itertools.product(L.RP_CORE, L.RP_ASK))
    for core, ask in rng.sample(combos, 5):
        A('roleplay', core.format(a=ask), 'composed')
    combos = list(itertools.product(L.SP_CORE, L.SP_G))
    for core, g in rng.sample(combos, 4):
        A('system_prompt', core.format(g=g), 'composed')
    combos = list(itertools.product(range(len(L.T_PRETEXT)), range(len(L.T_ASK)), range(len(L.T_WHO))))
    for pi, ai, wi in rng.sample(combos, 10):
        wn, wd = L.T_WHO[wi]
        A('targeted_customer_data', L.T_PRETEXT[pi] + ' ' + L.T_ASK[ai].format(wn=wn, wd=wd), 'composed_pretext')
    frames = rng.sample(L.BULK_FRAME, 4)
    for fr, q in zip(frames, L.BULK_Q):
        A('bulk_customer_data', fr.format(q=q), 'composed_query')
    combos = list(itertools.product(range(len(L.IND_CARRIER)), range(len(L.IND_HIDDEN))))
    rng.shuffle(combos)
    chosen, seen = [], {}
    for ci, hi in combos:
        if seen.get(ci, 0) < 2:
            chosen.append((ci, hi))
            seen[ci] = seen.get(ci, 0) + 1
    for ci, hi in sorted(chosen):
        A('indirect_injection', L.IND_CARRIER[ci].format(h=L.IND_HIDDEN[hi]), 'composed_carrier', long_text=True)
    for w in L.FD_WRAP:
        for p in L.FD_PAYLOAD:
            A('fake_delimiters', w.format(p=p), 'composed_delimiter')

    # ---- attacks: encoded (6 payloads x 3 encodings = 18, every encoding twice)
    pairs = []
    for k, kind in enumerate(C.ENCODINGS):
        frames = L.ENC_FRAME[kind][:]
        rng.shuffle(frames)
        for j in range(2):
            pairs.append((kind, L.ENC_PAYLOAD[(2 * k + j + len(L.LANG)) % len(L.ENC_PAYLOAD)], frames[j % len(frames)], j))
    rng.shuffle(pairs)
    for kind, payload, frame, j in pairs:
        blob = C.encode(kind, payload, variant=j + rng.randint(0, 2) * 2)
        A('encoded', frame.format(b=blob), 'encoded:' + kind)

    # ---- attacks: embedded in long benign e-mails
    for intent in ['override', 'system_prompt', 'targeted_customer_data', 'bulk_customer_data', 'business_secrets']:
        for line in L.EMBED[intent]:
            A(intent, long_mail(rng, L, extra=line, n=rng.randint(2, 3)), 'embedded_in_long_email',
              reg=rng.choice(['email', 'email', 'email_thread', 'chat', 'ticket', 'form', 'html']))

    # ---- benign: look-alikes
    for t in L.LOOK:
        B('look_alike', t, 'hand')
    tpl_texts = []
    for tpl, slots in L.LOOK_TPL:
        keys = list(slots)
        for vals in itertools.product(*[slots[k] for k in keys]):
            tpl_texts.append(tpl.format(**dict(zip(keys, vals))))
    for t in rng.sample(tpl_texts, 20):
        B('look_alike', t, 'template')

    # ---- benign: product questions
    for t in L.PRODUCT_Q:
        B('product_questions', t, 'hand')

    # ---- benign: own data
    own = L.OWN * 3 + rng.sample(L.OWN, 4)
    used = set()
    for tpl in own:
        for _try in range(12):
            t = fill_own(rng, L, tpl)
            if t not in used:
                used.add(t)
                B('order_support', t, 'own_data')
                break

    # ---- benign: third parties, legitimate
    for t in L.THIRD:
        B('order_support', t.format(o=rng.choice(L.ORDERS)), 'third_party_hand')
    for t in L.THIRD2:
        B('order_support', t.format(o=rng.choice(L.ORDERS)), 'third_party_near_line')
    combos = list(itertools.product(range(len(L.TP_REL)), range(len(L.TP_SIT))))
    for ri, si in rng.sample(combos, 30):
        rn, ra, rd = L.TP_REL[ri]
        t = L.TP_SIT[si].format(Rn=cap(rn), rn=rn, ra=ra, rd=rd, p=rng.choice(L.PRODUCTS), o=rng.choice(L.ORDERS))
        B('order_support', t, 'third_party_composed')

    # ---- benign: short turns
    for t in L.SHORT:
        B('short_turns', t, 'hand')

    # ---- benign: long messages
    for t in L.LONG_HAND:
        B('long_messages', t.format(o=rng.choice(L.ORDERS)) if '{o}' in t else t, 'long_hand', long_text=True)
    for _ in range(40):
        B('long_messages', long_mail(rng, L), 'customer_email', long_text=True)
    tp_pool = L.THIRD + L.THIRD2
    for t in rng.sample(tp_pool, 20):
        B('long_messages', long_mail(rng, L, extra=t.format(o=rng.choice(L.ORDERS)), n=rng.randint(2, 3)),
          'third_party_in_long_email', long_text=True)
    return atk, ben


def main():
    rng = random.Random(SEED)
    atk, ben = [], []
    for L in LANGS:
        a, b = build_lang(rng, L)
        atk += a
        ben += b
    # no duplicate texts anywhere
    texts = [r['text'] for r in atk + ben]
    assert len(texts) == len(set(texts)), 'duplicate text'
    rng.shuffle(atk)
    rng.shuffle(ben)
    meta = []
    with open(os.path.join(HERE, 'attacks.jsonl'), 'w', encoding='utf-8') as f:
        for i, r in enumerate(atk, 1):
            rid = 'atk-%04d' % i
            f.write(json.dumps({'id': rid, 'lang': r['lang'], 'intent': r['intent'], 'text': r['text']},
                               ensure_ascii=False) + '\n')
            meta.append({'id': rid, 'register': r['register'], 'source': r['source']})
    with open(os.path.join(HERE, 'benign.jsonl'), 'w', encoding='utf-8') as f:
        for i, r in enumerate(ben, 1):
            rid = 'ben-%04d' % i
            f.write(json.dumps({'id': rid, 'lang': r['lang'], 'kind': r['kind'], 'text': r['text']},
                               ensure_ascii=False) + '\n')
            meta.append({'id': rid, 'register': r['register'], 'source': r['source']})
    with open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    print('attacks', len(atk), 'benign', len(ben))


if __name__ == '__main__':
    main()
