import base64, codecs, random, urllib.parse, unicodedata

def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        s += n
    return s % 10 == 0

def iban_ok(iban):
    x = iban.replace(' ', '').upper()
    r = x[4:] + x[:4]
    num = ''.join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1

def make_iban(cc, bban):
    r = bban + cc + '00'
    num = ''.join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    ib = '%s%02d%s' % (cc, chk, bban)
    assert iban_ok(ib)
    return ' '.join(ib[i:i+4] for i in range(0, len(ib), 4))

def enc_b64(s):
    o = base64.b64encode(s.encode()).decode(); assert base64.b64decode(o).decode() == s; return o
def enc_hex(s):
    o = s.encode().hex(); assert bytes.fromhex(o).decode() == s; return o
def enc_hex_sp(s):
    o = ' '.join('%02x' % b for b in s.encode()); assert bytes.fromhex(o.replace(' ', '')).decode() == s; return o
def enc_rot13(s):
    o = codecs.encode(s, 'rot13'); assert codecs.decode(o, 'rot13') == s; return o
def enc_url(s):
    o = urllib.parse.quote(s, safe=''); assert urllib.parse.unquote(o) == s; return o
LEET = {'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '5', 't': '7'}
def enc_leet(s):
    return ''.join(LEET.get(c.lower(), c) for c in s)
def enc_rev(s):
    return s[::-1]
def enc_spaced(s):
    return ' '.join(s.replace(' ', '/'))
HOMO = {'a': '\u0430', 'e': '\u0435', 'o': '\u043e', 'p': '\u0440', 'c': '\u0441', 'x': '\u0445', 'y': '\u0443', 'i': '\u0456', 'A': '\u0410', 'E': '\u0415', 'O': '\u041e', 'P': '\u0420', 'C': '\u0421', 'T': '\u0422', 'H': '\u041d', 'K': '\u041a', 'M': '\u041c', 'B': '\u0412'}
def enc_homo(s):
    return ''.join(HOMO.get(c, c) for c in s)
def enc_zw(s):
    return '\u200b'.join(s)
def enc_zwj(s):
    out = []
    for w in s.split(' '):
        out.append('\u200c'.join(w))
    return ' '.join(out)
def enc_split(s):
    w = s.split(' ')
    n = max(1, len(w) // 5)
    return '\n'.join(' '.join(w[i:i+n]) for i in range(0, len(w), n))
def enc_fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in s)
def enc_b64_rev(s):
    return enc_b64(s)[::-1]

ENCODERS = {
    'base64': enc_b64, 'hex': enc_hex, 'hex_spaced': enc_hex_sp, 'rot13': enc_rot13, 'url': enc_url,
    'leet': enc_leet, 'reversed': enc_rev, 'spaced': enc_spaced, 'homoglyph': enc_homo, 'zero_width': enc_zw,
    'zwnj_words': enc_zwj, 'split_lines': enc_split, 'fullwidth': enc_fullwidth, 'base64_reversed': enc_b64_rev,
}

def strip_accents(s):
    s = s.replace('ß', 'ss').replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('Ä', 'Ae').replace('Ö', 'Oe').replace('Ü', 'Ue')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')

def strip_accents_bare(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn').replace('ß', 'ss')

def typos(s, rng, rate=0.015):
    out = []
    chars = list(s)
    i = 0
    while i < len(chars):
        c = chars[i]
        if c.isalpha() and c.isascii() and rng.random() < rate:
            op = rng.randrange(3)
            if op == 0 and i + 1 < len(chars) and chars[i+1].isalpha():
                out.append(chars[i+1]); out.append(c); i += 2; continue
            if op == 1:
                i += 1; continue
            out.append(c); out.append(c); i += 1; continue
        out.append(c); i += 1
    return ''.join(out)

def noise(s, rng, lang, mode):
    if mode == 'clean':
        return s
    if mode == 'lower':
        return s.lower()
    if mode == 'typos':
        return typos(s, rng)
    if mode == 'noaccent':
        return strip_accents(s) if rng.random() < 0.5 else strip_accents_bare(s)
    if mode == 'sloppy':
        return typos(strip_accents_bare(s).lower(), rng, 0.012)
    return s
