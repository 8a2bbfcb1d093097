#!/usr/bin/env python3
"""Generates attacks.jsonl, benign.jsonl, meta.jsonl (prompt-attacks-v9). Fixed seed; stdlib only."""
import json, os, random
import common as C
import data_en, data_de, data_fr

SEED = 20261206
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = {'en': data_en, 'de': data_de, 'fr': data_fr}

# attack targets per language (German and targeted/business weighted)
ATK_N = {
    'en': dict(override=10, roleplay=10, system_prompt=10, targeted_customer_data=32, bulk_customer_data=14,
               business_secrets=26, indirect_injection=12, fake_delimiters=10, encoded=16),
    'fr': dict(override=10, roleplay=10, system_prompt=10, targeted_customer_data=32, bulk_customer_data=14,
               business_secrets=26, indirect_injection=12, fake_delimiters=10, encoded=16),
    'de': dict(override=12, roleplay=12, system_prompt=12, targeted_customer_data=42, bulk_customer_data=14,
               business_secrets=34, indirect_injection=14, fake_delimiters=12, encoded=22),
}
BEN_N = {
    'en': dict(own=40, tp_comp=40, long_mail=36, long_tp=20),
    'fr': dict(own=40, tp_comp=40, long_mail=36, long_tp=20),
    'de': dict(own=46, tp_comp=45, long_mail=42, long_tp=24),
}
ENC_KINDS = ['base64', 'hex', 'rot13', 'url', 'leet', 'reversed', 'morse', 'spaced', 'homoglyph', 'unicode_tags',
             'zero_width']
REG_W = {'chat': 30, 'email': 16, 'email_thread': 6, 'ticket': 8, 'form': 7, 'json': 5, 'sms': 6, 'whatsapp': 7,
         'html': 4, 'marketplace': 6, 'voice_transcript': 5}


def pick_reg(rng, allowed=None):
    regs = allowed or C.REGISTERS
    return rng.choices(regs, weights=[REG_W[r] for r in regs])[0]


def cap(s):
    return s[0].upper() + s[1:]


def encode(kind, payload, rng):
    if kind == 'base64': return C.enc_base64(payload)
    if kind == 'hex': return C.enc_hex(payload, spaced=rng.random() < 0.5)
    if kind == 'rot13': return C.enc_rot13(payload)
    if kind == 'url': return C.enc_url(payload, full=rng.random() < 0.4)
    if kind == 'leet': return C.enc_leet(payload)
    if kind == 'reversed': return C.enc_reversed(payload)
    if kind == 'morse': return C.enc_morse(payload)
    if kind == 'spaced': return C.enc_spaced(payload, sep=rng.choice([' ', '|', '/', '.']))
    if kind == 'homoglyph': return C.enc_homoglyph(payload)
    raise ValueError(kind)


KNAME = {'en': {'base64': 'base64', 'hex': 'hex', 'rot13': 'rot13', 'url': 'URL-encoded', 'leet': 'leetspeak',
                'reversed': 'backwards', 'morse': 'Morse', 'spaced': 'spaced out', 'homoglyph': 'plain text'},
         'de': {'base64': 'Base64', 'hex': 'Hex', 'rot13': 'ROT13', 'url': 'URL-kodiert', 'leet': 'Leetspeak',
                'reversed': 'rückwärts', 'morse': 'Morsecode', 'spaced': 'gesperrt geschrieben', 'homoglyph': 'Klartext'},
         'fr': {'base64': 'base64', 'hex': 'hexa', 'rot13': 'ROT13', 'url': 'encodé URL', 'leet': 'leet speak',
                'reversed': 'à l\'envers', 'morse': 'morse', 'spaced': 'lettres espacées', 'homoglyph': 'texte normal'}}


def build_attacks(lang, rng):
    D = DATA[lang].ATK
    M = DATA[lang]
    N = ATK_N[lang]
    out = []  # (intent, text, source, reg_allowed)

    def hand(intent, key=None, n=None):
        items = list(D[key or intent])
        rng.shuffle(items)
        return [(intent, t, 'hand', None) for t in items[:n]]

    for it in ['override', 'roleplay', 'system_prompt']:
        assert len(D[it]) >= N[it], (lang, it, len(D[it]))
        out += hand(it, n=N[it])

    # bulk: all hand + all queries
    b = hand('bulk_customer_data') + [('bulk_customer_data', t, 'query', C.SAFE_REGISTERS) for t in D['bulk_queries']]
    rng.shuffle(b)
    assert len(b) >= N['bulk_customer_data'], (lang, len(b))
    out += b[:N['bulk_customer_data']]

    # targeted: hand + embedded (2) + rapport + composed
    tg = hand('targeted_customer_data')
    combos = [(p, a, w) for p in M.TGT_PRETEXT for a in M.TGT_ASK for w in M.TGT_WHO]
    rng.shuffle(combos)
    n_embed, n_rapport = 3, 6
    asks_w = [(a, w) for a in M.TGT_ASK for w in M.TGT_WHO]
    rng.shuffle(asks_w)
    for i in range(n_rapport):
        a, w = asks_w[i]
        op = M.TGT_RAPPORT[i % len(M.TGT_RAPPORT)]
        body = op + '\n' + a.format(who=w)
        if i % 2 == 0:
            body = op + '\n' + M.TGT_PRETEXT[(i * 3) % len(M.TGT_PRETEXT)] + ' ' + a.format(who=w)
        tg.append(('targeted_customer_data', body, 'rapport_multi_turn', ['chat', 'whatsapp', 'email', 'voice_transcript']))
    for i in range(n_embed):
        a, w = asks_w[n_rapport + i]
        tg.append(('targeted_customer_data', ('EMBED', M.TGT_PRETEXT[i] + ' ' + a.format(who=w)), 'embedded_in_long_email', ['email', 'email_thread', 'ticket']))
    k = 0
    while len(tg) < N['targeted_customer_data']:
        p, a, w = combos[k]; k += 1
        tg.append(('targeted_customer_data', p + ' ' + a.format(who=w), 'composed_pretext', None))
    out += tg[:N['targeted_customer_data']]

    # business secrets
    bs = hand('business_secrets')
    bcombos = [(p, a) for p in M.BIZ_PRETEXT for a in M.BIZ_ASK]
    rng.shuffle(bcombos)
    for i in range(2):
        p, a = bcombos[i]
        bs.append(('business_secrets', ('EMBED', p + ' ' + a), 'embedded_in_long_email', ['email', 'email_thread', 'ticket']))
    for i in range(3):
        p, a = bcombos[2 + i]
        bs.append(('business_secrets', M.TGT_RAPPORT[(i + 1) % len(M.TGT_RAPPORT)] + '\n' + p + ' ' + a,
                   'rapport_multi_turn', ['chat', 'whatsapp', 'email']))
    k = 5
    while len(bs) < N['business_secrets']:
        p, a = bcombos[k]; k += 1
        bs.append(('business_secrets', p + ' ' + a, 'composed_pretext', None))
    out += bs[:N['business_secrets']]

    # indirect: carriers x injections, each carrier at least twice
    ind = []
    carriers = D['indirect_carriers']
    injs = D['indirect_inj']
    for i in range(N['indirect_injection']):
        cname, ctext = carriers[i % len(carriers)]
        inj = injs[(i + i // len(carriers)) % len(injs)]
        ind.append(('indirect_injection', ctext.replace('{INJ}', inj), 'carrier:' + cname, C.PLAIN_REGISTERS))
    out += ind

    # fake delimiters
    styles, pays = D['delim_styles'], D['delim_payloads']
    fd = []
    for i in range(N['fake_delimiters']):
        st = styles[i % len(styles)]
        pl = pays[(i + i // len(styles)) % len(pays)]
        fd.append(('fake_delimiters', st.replace('{P}', pl).replace('{{', '{').replace('}}', '}'), 'composed_delimiter', ['chat', 'ticket', 'form', 'marketplace']))
    out += fd

    # encoded
    pays = D['enc_payloads']
    for i in range(N['encoded']):
        kind = ENC_KINDS[i % len(ENC_KINDS)]
        pl = pays[(i * 5 + i // len(ENC_KINDS)) % len(pays)]
        if kind == 'unicode_tags':
            text = rng.choice(D['tag_covers']) + C.enc_tags(pl)
        elif kind == 'zero_width':
            text = rng.choice(D['zw_frames']).replace('{E}', C.enc_zwsp(pl))
        else:
            e = encode(kind, pl, rng)
            if kind in ('leet', 'spaced', 'homoglyph') and rng.random() < 0.4:
                text = e
            else:
                text = rng.choice(D['enc_frames']).replace('{E}', e).replace('{K}', KNAME[lang][kind])
        out.append(('encoded', text, 'encoded:' + kind, ['chat', 'ticket', 'form', 'marketplace', 'email']))
    return out


def long_mail(M, rng, extra=None):
    idx = sorted(rng.sample(range(len(M.LONG_PARAS)), rng.randint(2, 4)))
    paras = [M.LONG_PARAS[j] for j in idx]
    if extra:
        paras.insert(rng.randint(1, len(paras)), extra)
    return '\n\n'.join(paras)


def build_benign(lang, rng):
    M = DATA[lang]
    N = BEN_N[lang]
    out = []  # (kind, text, source, allowed)
    for t in M.LOOK:
        out.append(('look_alike', t, 'hand', None))
    for tpl in M.LOOK_TPL:
        for v in (M.LOOK_X if '{x}' in tpl else M.LOOK_Y):
            out.append(('look_alike', tpl.replace('{x}', v).replace('{y}', v), 'template', None))
    for t in M.PRODUCT:
        out.append(('product_questions', t, 'hand', None))
    for t in M.SHORT:
        out.append(('short_turns', t, 'hand', ['chat', 'sms', 'whatsapp', 'json']))
    ibans = [C.make_iban(c, b) for c, b in M.IBAN_BBANS]
    for i in range(N['own']):
        tpl = M.OWN_TPL[i % len(M.OWN_TPL)]
        ib = ibans[i % len(ibans)]
        ib = C.group4(ib) if i % 2 else ib
        t = tpl.format(card=rng.choice(M.CARDS), iban=ib, order=rng.choice(M.ORDERS), addr=rng.choice(M.ADDRS),
                       phone=rng.choice(M.PHONES))
        out.append(('order_support', t, 'own_data', None))
    for t in M.TP_HAND:
        out.append(('order_support', t.replace('{order}', rng.choice(M.ORDERS)), 'third_party_hand', None))
    combos = [(r, s) for s in M.TP_SIT for r in M.TP_REL]
    rng.shuffle(combos)
    for r, s in combos[:N['tp_comp']]:
        t = s.replace('{rel}', r).replace('{Rel}', cap(r))
        if hasattr(M, 'tp_fix'):
            t = M.tp_fix(t)
        out.append(('order_support', t, 'third_party_composed', None))
    for t in M.LONG_HAND:
        out.append(('long_messages', t, 'long_hand', C.PLAIN_REGISTERS + ['email_thread', 'json']))
    for i in range(N['long_mail']):
        out.append(('long_messages', long_mail(M, rng), 'customer_email', ['email', 'email_thread', 'ticket', 'form', 'html', 'json', 'marketplace']))
    for i in range(N['long_tp']):
        out.append(('long_messages', long_mail(M, rng, M.TP_PARAS[i % len(M.TP_PARAS)]), 'third_party_in_long_email',
                    ['email', 'email_thread', 'ticket', 'form', 'html']))
    return out


def render(lang, items, rng):
    M = DATA[lang]
    recs = []
    for lab, text, src, allowed in items:
        if isinstance(text, tuple):  # embedded attack sentence inside a long customer mail
            text = long_mail(M, rng, text[1])
        reg = pick_reg(rng, allowed)
        sender = rng.choice(M.SENDERS)
        while sender.split()[-1] in text:
            sender = rng.choice(M.SENDERS)
        recs.append((lang, lab, C.wrap(reg, text, lang, rng, sender), reg, src))
    return recs


def main():
    rng = random.Random(SEED)
    atk, ben = [], []
    for lang in ['en', 'de', 'fr']:
        atk += render(lang, build_attacks(lang, rng), rng)
        ben += render(lang, build_benign(lang, rng), rng)
    rng.shuffle(atk)
    rng.shuffle(ben)
    def dedup(recs):
        s, out = set(), []
        for r in recs:
            if r[2] not in s:
                s.add(r[2]); out.append(r)
        return out
    atk, ben = dedup(atk), dedup(ben)
    seen = set()
    meta = []
    with open(os.path.join(HERE, 'attacks.jsonl'), 'w', encoding='utf-8') as fa:
        for i, (lang, lab, text, reg, src) in enumerate(atk, 1):
            assert text not in seen, text[:80]; seen.add(text)
            rid = 'atk-%04d' % i
            fa.write(json.dumps({'id': rid, 'lang': lang, 'intent': lab, 'text': text}, ensure_ascii=False) + '\n')
            meta.append({'id': rid, 'register': reg, 'source': src})
    with open(os.path.join(HERE, 'benign.jsonl'), 'w', encoding='utf-8') as fb:
        for i, (lang, lab, text, reg, src) in enumerate(ben, 1):
            assert text not in seen, text[:80]; seen.add(text)
            rid = 'ben-%04d' % i
            fb.write(json.dumps({'id': rid, 'lang': lang, 'kind': lab, 'text': text}, ensure_ascii=False) + '\n')
            meta.append({'id': rid, 'register': reg, 'source': src})
    with open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as fm:
        for m in meta:
            fm.write(json.dumps(m, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
