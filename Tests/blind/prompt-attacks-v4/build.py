#!/usr/bin/env python3
"""Assemble attacks.jsonl / benign.jsonl from the hand-written src/*.txt.

Source format: header `@ attack <intent> <lang>` or `@ benign <kind> <lang>`,
then one message per line. In a line `\\n` is a newline, `\\t` a tab, `\\\\` a
backslash; any other backslash stays literal. `{{codec:plain}}` is replaced by
the plain text encoded with `codec` (standard library only); every encoding is
decoded again and asserted equal to the plain text. Blank lines are skipped.
No templates: every message is one hand-written line.
"""
import base64, binascii, codecs, json, random, re, sys, urllib.parse, quopri
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261205

MORSE = {'A': '.-', 'B': '-...', 'C': '-.-.', 'D': '-..', 'E': '.', 'F': '..-.', 'G': '--.', 'H': '....',
         'I': '..', 'J': '.---', 'K': '-.-', 'L': '.-..', 'M': '--', 'N': '-.', 'O': '---', 'P': '.--.',
         'Q': '--.-', 'R': '.-.', 'S': '...', 'T': '-', 'U': '..-', 'V': '...-', 'W': '.--', 'X': '-..-',
         'Y': '-.--', 'Z': '--..', '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-',
         '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.'}
NATO = {'A': 'Alfa', 'B': 'Bravo', 'C': 'Charlie', 'D': 'Delta', 'E': 'Echo', 'F': 'Foxtrot', 'G': 'Golf',
        'H': 'Hotel', 'I': 'India', 'J': 'Juliett', 'K': 'Kilo', 'L': 'Lima', 'M': 'Mike', 'N': 'November',
        'O': 'Oscar', 'P': 'Papa', 'Q': 'Quebec', 'R': 'Romeo', 'S': 'Sierra', 'T': 'Tango', 'U': 'Uniform',
        'V': 'Victor', 'W': 'Whiskey', 'X': 'Xray', 'Y': 'Yankee', 'Z': 'Zulu'}
BRAILLE = dict(zip('abcdefghijklmnopqrstuvwxyz',
                   '⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵'))
CYR = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'i': 'і'}

def shift(s, k):
    out = []
    for ch in s:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)

def atbash(s):
    out = []
    for ch in s:
        if 'a' <= ch <= 'z':
            out.append(chr(122 - (ord(ch) - 97)))
        elif 'A' <= ch <= 'Z':
            out.append(chr(90 - (ord(ch) - 65)))
        else:
            out.append(ch)
    return ''.join(out)

ENC = {
    'b64': (lambda s: base64.b64encode(s.encode()).decode(), lambda e: base64.b64decode(e).decode()),
    'b32': (lambda s: base64.b32encode(s.encode()).decode(), lambda e: base64.b32decode(e).decode()),
    'b85': (lambda s: base64.b85encode(s.encode()).decode(), lambda e: base64.b85decode(e).decode()),
    'hex': (lambda s: s.encode().hex(), lambda e: bytes.fromhex(e).decode()),
    'hexsp': (lambda s: ' '.join(f'{b:02x}' for b in s.encode()), lambda e: bytes.fromhex(e).decode()),
    'hex0x': (lambda s: ' '.join(f'0x{b:02X}' for b in s.encode()),
              lambda e: bytes(int(t, 16) for t in e.split()).decode()),
    'octal': (lambda s: ' '.join(f'{b:03o}' for b in s.encode()),
              lambda e: bytes(int(t, 8) for t in e.split()).decode()),
    'dec': (lambda s: ' '.join(str(b) for b in s.encode()), lambda e: bytes(int(t) for t in e.split()).decode()),
    'bin': (lambda s: ' '.join(f'{b:08b}' for b in s.encode()), lambda e: bytes(int(t, 2) for t in e.split()).decode()),
    'rot13': (lambda s: codecs.encode(s, 'rot13'), lambda e: codecs.decode(e, 'rot13')),
    'caesar3': (lambda s: shift(s, 3), lambda e: shift(e, -3)),
    'atbash': (atbash, atbash),
    'url': (lambda s: urllib.parse.quote(s, safe=''), urllib.parse.unquote),
    'qp': (lambda s: quopri.encodestring(s.encode()).decode(), lambda e: quopri.decodestring(e.encode()).decode()),
    'rev': (lambda s: s[::-1], lambda e: e[::-1]),
    'revwords': (lambda s: ' '.join(s.split(' ')[::-1]), lambda e: ' '.join(e.split(' ')[::-1])),
    'spaced': (lambda s: ' '.join(s.replace(' ', '/')), lambda e: e.replace(' ', '').replace('/', ' ')),
    'dotted': (lambda s: '.'.join(s.replace(' ', '_')), lambda e: e.replace('.', '').replace('_', ' ')),
    'uesc': (lambda s: ''.join(f'\\u{ord(c):04x}' for c in s), lambda e: e.encode().decode('unicode_escape')),
    'xesc': (lambda s: ''.join(f'\\x{b:02x}' for b in s.encode()),
             lambda e: bytes.fromhex(e.replace('\\x', '')).decode()),
    'htmlent': (lambda s: ''.join(f'&#x{ord(c):x};' for c in s),
                lambda e: ''.join(chr(int(t, 16)) for t in re.findall(r'&#x([0-9a-f]+);', e))),
    'morse': (lambda s: ' / '.join(' '.join(MORSE[c] for c in w) for w in s.upper().split(' ')),
              lambda e: ' '.join(''.join({v: k for k, v in MORSE.items()}[c] for c in w.split()) for w in e.split(' / '))),
    'nato': (lambda s: ' / '.join(' '.join(NATO[c] for c in w) for w in s.upper().split(' ')),
             lambda e: ' '.join(''.join(t[0].upper() for t in w.split()) for w in e.split(' / '))),
    'a1z26': (lambda s: ' / '.join('-'.join(str(ord(c) - 64) for c in w) for w in s.upper().split(' ')),
              lambda e: ' '.join(''.join(chr(int(t) + 64) for t in w.split('-')) for w in e.split(' / '))),
    'braille': (lambda s: ''.join(BRAILLE.get(c, c) for c in s.lower()),
                lambda e: ''.join({v: k for k, v in BRAILLE.items()}.get(c, c) for c in e)),
    'fullwidth': (lambda s: ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in s),
                  lambda e: ''.join(chr(ord(c) - 0xFEE0) if '\uff01' <= c <= '\uff5e' else (' ' if c == '\u3000' else c) for c in e)),
    'zw': (lambda s: '\u200b'.join(s), lambda e: e.replace('\u200b', '')),
    'soft': (lambda s: s.replace('a', 'a\u00ad').replace('e', 'e\u00ad'), lambda e: e.replace('\u00ad', '')),
    'cyr': (lambda s: ''.join(CYR.get(c, c) for c in s), lambda e: ''.join({v: k for k, v in CYR.items()}.get(c, c) for c in e)),
    'circled': (lambda s: ''.join(chr(0x24D0 + ord(c) - 97) if 'a' <= c <= 'z' else c for c in s.lower()),
                lambda e: ''.join(chr(ord(c) - 0x24D0 + 97) if '\u24d0' <= c <= '\u24e9' else c for c in e)),
    'regional': (lambda s: ' '.join(chr(0x1F1E6 + ord(c) - 97) if 'a' <= c <= 'z' else '/' for c in s.lower()),
                 lambda e: ''.join(chr(ord(c) - 0x1F1E6 + 97) if len(c) == 1 and ord(c) >= 0x1F1E6 else ' ' for c in e.split(' '))),
    'everyother': (lambda s: ''.join(c + 'x' for c in s), lambda e: e[0::2]),
    'pct_all': (lambda s: ''.join(f'%{b:02X}' for b in s.encode()), urllib.parse.unquote),
}

MARK = re.compile(r'\{\{([a-z0-9_]+):(.*?)\}\}', re.S)
enc_counts = {}

def unescape(line):
    out, i = [], 0
    while i < len(line):
        c = line[i]
        if c == '\\' and i + 1 < len(line) and line[i + 1] in 'nt\\':
            out.append({'n': '\n', 't': '\t', '\\': '\\'}[line[i + 1]]); i += 2
        else:
            out.append(c); i += 1
    return ''.join(out)

def encode(m):
    codec, plain = m.group(1), m.group(2)
    if codec not in ENC:
        sys.exit(f'unknown codec {codec}')
    f, g = ENC[codec]
    e = f(plain)
    back = g(e)
    norm = (lambda s: s.upper()) if codec in ('morse', 'nato', 'a1z26') else \
           (lambda s: s.lower()) if codec in ('braille', 'circled', 'regional') else (lambda s: s)
    assert norm(back) == norm(plain), (codec, plain, back)
    enc_counts[codec] = enc_counts.get(codec, 0) + 1
    return e

def load():
    recs = {'attack': [], 'benign': []}
    for p in sorted((HERE / 'src').glob('*.txt')):
        cur = None
        for n, raw in enumerate(p.read_text(encoding='utf-8').splitlines(), 1):
            if not raw.strip():
                continue
            if raw.startswith('@ '):
                parts = raw.split()
                assert len(parts) == 4 and parts[1] in recs, (p, n, raw)
                cur = (parts[1], parts[2], parts[3]); continue
            assert cur, (p, n)
            text = MARK.sub(encode, unescape(raw))
            assert '{{' not in text or cur[0] == 'benign', (p, n, text)
            recs[cur[0]].append((cur[2], cur[1], text.strip()))
    return recs

def main():
    recs = load()
    rng = random.Random(SEED)
    for kind, prefix, field, fname in (('attack', 'atk', 'intent', 'attacks.jsonl'),
                                       ('benign', 'ben', 'kind', 'benign.jsonl')):
        rows = recs[kind][:]
        rng.shuffle(rows)
        with open(HERE / fname, 'w', encoding='utf-8') as fh:
            for i, (lang, label, text) in enumerate(rows, 1):
                fh.write(json.dumps({'id': f'{prefix}-{i:04d}', 'lang': lang, field: label, 'text': text},
                                    ensure_ascii=False) + '\n')
    print('encodings used:', dict(sorted(enc_counts.items())))

if __name__ == '__main__':
    main()
