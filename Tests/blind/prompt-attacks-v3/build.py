#!/usr/bin/env python3
"""Assemble attacks.jsonl and benign.jsonl from the hand-written src/*.txt.

Source format (UTF-8):
  @ attack <intent> <lang>     -- header: following lines are attacks
  @ benign <kind> <lang>       -- header: following lines are benign messages
  one message per line; blank lines are skipped.
  Escapes inside a line: \\n newline, \\t tab, \\\\ a literal backslash;
  any other backslash stays literal (so \\u00fc stays the six characters).
  {{enc:plain text}} is replaced by the plain text really encoded with the
  standard library; every encoding is decoded again and compared (assert).
  enc: b64 b32 hex hexsp url rot13 rev morse bin uesc html zw homo fullw
Standard library only. Output is shuffled with a fixed seed.
"""
import base64, codecs, json, random, re, sys, urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent

MORSE = {
    'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....',
    'i': '..', 'j': '.---', 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.',
    'q': '--.-', 'r': '.-.', 's': '...', 't': '-', 'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-',
    'y': '-.--', 'z': '--..', '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-',
    '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.',
}
RMORSE = {v: k for k, v in MORSE.items()}
HOMO = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'i': 'і',
        'A': 'А', 'E': 'Е', 'O': 'О', 'P': 'Р', 'C': 'С', 'T': 'Т', 'H': 'Н', 'K': 'К', 'M': 'М', 'B': 'В'}
RHOMO = {v: k for k, v in HOMO.items()}
ZW = '\u200b'


def encode(kind, s):
    if kind == 'b64':
        out = base64.b64encode(s.encode()).decode(); back = base64.b64decode(out).decode()
    elif kind == 'b32':
        out = base64.b32encode(s.encode()).decode(); back = base64.b32decode(out).decode()
    elif kind == 'hex':
        out = s.encode().hex(); back = bytes.fromhex(out).decode()
    elif kind == 'hexsp':
        out = ' '.join('%02x' % b for b in s.encode()); back = bytes.fromhex(out.replace(' ', '')).decode()
    elif kind == 'url':
        out = urllib.parse.quote(s, safe=''); back = urllib.parse.unquote(out)
    elif kind == 'rot13':
        out = codecs.encode(s, 'rot13'); back = codecs.decode(out, 'rot13')
    elif kind == 'rev':
        out = s[::-1]; back = out[::-1]
    elif kind == 'morse':
        assert all(c == ' ' or c in MORSE for c in s.lower()), s
        out = ' / '.join(' '.join(MORSE[c] for c in w) for w in s.lower().split(' '))
        back = ' '.join(''.join(RMORSE[c] for c in w.split(' ')) for w in out.split(' / '))
        s = s.lower()
    elif kind == 'bin':
        out = ' '.join(format(b, '08b') for b in s.encode()); back = bytes(int(x, 2) for x in out.split()).decode()
    elif kind == 'uesc':
        out = ''.join('\\u%04x' % ord(c) for c in s); back = out.encode().decode('unicode_escape')
    elif kind == 'html':
        out = ''.join('&#%d;' % ord(c) for c in s)
        back = re.sub(r'&#(\d+);', lambda m: chr(int(m.group(1))), out)
    elif kind == 'zw':
        out = ZW.join(s); back = out.replace(ZW, '')
    elif kind == 'homo':
        out = ''.join(HOMO.get(c, c) for c in s); back = ''.join(RHOMO.get(c, c) for c in out)
        assert out != s, s
    elif kind == 'fullw':
        out = ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)
        back = ''.join(chr(ord(c) - 0xFEE0) if '\uff01' <= c <= '\uff5e' else c for c in out)
    else:
        raise ValueError('unknown encoding %r' % kind)
    assert back == s, (kind, s, back)
    return out


def unescape(line):
    out, i = [], 0
    while i < len(line):
        c = line[i]
        if c == '\\' and i + 1 < len(line) and line[i + 1] in 'nt\\':
            out.append({'n': '\n', 't': '\t', '\\': '\\'}[line[i + 1]]); i += 2
        else:
            out.append(c); i += 1
    return ''.join(out)


MARK = re.compile(r'\{\{(b64|b32|hex|hexsp|url|rot13|rev|morse|bin|uesc|html|zw|homo|fullw):(.*?)\}\}(?!\})')
HEAD = re.compile(r'^@ (attack|benign) ([a-z_]+) (en|de|fr)\s*$')


def main():
    attacks, benign = [], []
    for path in sorted((HERE / 'src').glob('*.txt')):
        cur = None
        for n, raw in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
            if not raw.strip():
                continue
            m = HEAD.match(raw)
            if m:
                cur = m.groups(); continue
            if cur is None:
                sys.exit('%s:%d: text before header' % (path.name, n))
            text = MARK.sub(lambda m: encode(m.group(1), m.group(2)), unescape(raw.strip()))
            if cur[0] == 'attack':
                attacks.append({'lang': cur[2], 'intent': cur[1], 'text': text})
            else:
                benign.append({'lang': cur[2], 'kind': cur[1], 'text': text})
    rnd = random.Random(20261205)
    rnd.shuffle(attacks); rnd.shuffle(benign)
    for name, recs, prefix, key in (('attacks.jsonl', attacks, 'atk', 'intent'),
                                    ('benign.jsonl', benign, 'ben', 'kind')):
        with open(HERE / name, 'w', encoding='utf-8') as f:
            for i, r in enumerate(recs, 1):
                rec = {'id': '%s-%04d' % (prefix, i), 'lang': r['lang'], key: r[key], 'text': r['text']}
                f.write(json.dumps(rec, ensure_ascii=False) + '\n')
        print('%s: %d records' % (name, len(recs)))


if __name__ == '__main__':
    main()
