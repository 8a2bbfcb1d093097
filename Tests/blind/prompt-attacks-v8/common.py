# Shared helpers for prompt-attacks-v8: encoders and register wrappers.
# Everything here is typed by hand; standard library only.
import base64
import json
import unicodedata
import urllib.parse

# ---------------------------------------------------------------- encoders

MORSE = {
    'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.',
    'h': '....', 'i': '..', 'j': '.---', 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.',
    'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.', 's': '...', 't': '-', 'u': '..-',
    'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..',
    '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-', '5': '.....',
    '6': '-....', '7': '--...', '8': '---..', '9': '----.', '.': '.-.-.-', ',': '--..--',
    '?': '..--..', '@': '.--.-.', '-': '-....-', '/': '-..-.', ':': '---...', "'": '.----.',
}
MORSE_REV = {v: k for k, v in MORSE.items()}

# Latin -> Cyrillic / Greek look-alikes (lower and upper)
HOMO = {
    'a': '\u0430', 'e': '\u0435', 'o': '\u043e', 'p': '\u0440', 'c': '\u0441', 'x': '\u0445',
    'y': '\u0443', 'i': '\u0456', 's': '\u0455', 'j': '\u0458',
    'A': '\u0391', 'B': '\u0392', 'E': '\u0395', 'H': '\u0397', 'I': '\u0399', 'K': '\u039a',
    'M': '\u039c', 'N': '\u039d', 'O': '\u039f', 'P': '\u03a1', 'T': '\u03a4', 'X': '\u03a7',
}
LEET = {'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '5', 't': '7', 'g': '9', 'b': '8'}


def strip_accents(s):
    out = unicodedata.normalize('NFKD', s)
    out = ''.join(ch for ch in out if not unicodedata.combining(ch))
    return out.replace('ß', 'ss')


def enc_base64(s):
    return base64.b64encode(s.encode('utf-8')).decode('ascii')


def enc_hex(s, spaced):
    h = s.encode('utf-8').hex()
    if spaced:
        return ' '.join(h[i:i + 2] for i in range(0, len(h), 2))
    return h


def enc_rot13(s):
    out = []
    for ch in s:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)


def enc_url(s, full):
    if full:
        return ''.join('%%%02X' % b for b in s.encode('utf-8'))
    return urllib.parse.quote(s, safe='')


def enc_leet(s):
    return ''.join(LEET.get(ch.lower(), ch) if ch.isalpha() else ch for ch in s)


def enc_reversed(s):
    return s[::-1]


def enc_morse(s):
    s = strip_accents(s).lower()
    words = []
    for w in s.split():
        words.append(' '.join(MORSE[c] for c in w if c in MORSE))
    return ' / '.join(words)


def dec_morse(m):
    return ' '.join(''.join(MORSE_REV[c] for c in w.split()) for w in m.split(' / '))


def enc_spaced(s, sep):
    words = s.split()
    return sep.join(' '.join(w) for w in words)


def enc_homoglyph(s):
    return ''.join(HOMO.get(ch, ch) for ch in s)


def encode(kind, s, variant=0):
    """Return encoded text; asserts a round trip where one exists."""
    if kind == 'base64':
        e = enc_base64(s)
        assert base64.b64decode(e).decode('utf-8') == s
    elif kind == 'hex':
        e = enc_hex(s, spaced=bool(variant % 2))
        assert bytes.fromhex(e.replace(' ', '')).decode('utf-8') == s
    elif kind == 'rot13':
        e = enc_rot13(s)
        assert enc_rot13(e) == s
    elif kind == 'url':
        e = enc_url(s, full=bool(variant % 2))
        assert urllib.parse.unquote(e) == s
    elif kind == 'leet':
        e = enc_leet(s)
    elif kind == 'reversed':
        e = enc_reversed(s)
        assert e[::-1] == s
    elif kind == 'morse':
        e = enc_morse(s)
        assert dec_morse(e) == ' '.join(
            ''.join(c for c in w if c in MORSE) for w in strip_accents(s).lower().split())
    elif kind == 'spaced':
        e = enc_spaced(s, ['   ', ' / ', ' | '][variant % 3])
    elif kind == 'homoglyph':
        e = enc_homoglyph(s)
    else:
        raise ValueError(kind)
    return e


ENCODINGS = ['base64', 'hex', 'rot13', 'url', 'leet', 'reversed', 'morse', 'spaced', 'homoglyph']

# ---------------------------------------------------------------- wrappers
# Every wrapper is used for attacks and benign records alike.

REGISTERS = ['chat', 'email', 'email_thread', 'ticket', 'form', 'csv', 'json', 'sms',
             'marketplace', 'whatsapp', 'html']


def sms_style(t):
    t = t.replace('\n\n', ' ').replace('\n', ' ')
    t = t.lower()
    for p in ['. ', '! ', '? ', '; ']:
        t = t.replace(p, ' ')
    t = t.rstrip('.!')
    return t


def wrap(rng, reg, text, L, who):
    """L is the language module (greetings, labels...), who = (first, last, email)."""
    first, last, mail = who
    if reg == 'chat':
        return text
    if reg == 'sms':
        return sms_style(text)
    if reg == 'email':
        g = rng.choice(L.GREET).format(first=first)
        c = rng.choice(L.CLOSE)
        sig = rng.choice([
            f'{first} {last}',
            f'{first}',
            f'{first} {last}\n{rng.choice(L.SIGLINE)}',
            f'-- \n{first} {last}\n{rng.choice(L.SENT_FROM)}',
        ])
        subj = rng.choice(L.SUBJECTS)
        head = '' if rng.random() < 0.5 else f'{L.SUBJ_LABEL}: {subj}\n\n'
        return f'{head}{g}\n\n{text}\n\n{c}\n{sig}'
    if reg == 'email_thread':
        q = rng.choice(L.AGENT_REPLIES)
        qd = '\n'.join('> ' + ln if ln else '>' for ln in q.split('\n'))
        hdr = rng.choice(L.QUOTE_HDR).format(date=rng.choice(L.DATES))
        return f'{text}\n\n{first}\n\n{hdr}\n{qd}'
    if reg == 'ticket':
        no = rng.randint(30000, 98999)
        cat = rng.choice(L.TICKET_CATS)
        prio = rng.choice(['low', 'normal', 'normal', 'high'])
        return (f'[{L.TICKET}#{no}] {cat}\n{L.PRIO}: {prio} | {L.CHANNEL}: {rng.choice(L.CHANNELS)}\n'
                f'{L.FROM}: {first} {last} <{mail}>\n---\n{text}')
    if reg == 'form':
        fields = L.FORM_FIELDS
        return (f'{fields[0]}: {first} {last}\n{fields[1]}: {mail}\n{fields[2]}: {rng.choice(L.TOPICS)}\n'
                f'{fields[3]}:\n{text}')
    if reg == 'csv':
        t = text.replace('"', '""')
        d = rng.choice(L.DATES)
        return f'date;channel;customer;message\n{d};webform;{mail};"{t}"'
    if reg == 'json':
        obj = {'conversation_id': 'c-%06d' % rng.randint(1000, 999999), 'locale': L.LOCALE,
               'customer': {'name': f'{first} {last}', 'email': mail},
               'message': text}
        return json.dumps(obj, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    if reg == 'marketplace':
        mp = rng.choice(L.MARKETPLACES)
        return f'{mp}\n{L.MP_LINE.format(user=first.lower() + str(rng.randint(10, 99)))}\n\n{text}\n\n{L.MP_FOOT}'
    if reg == 'whatsapp':
        d = rng.choice(['03.12.26', '04.12.26', '05.12.26', '06.12.26'])
        h = rng.randint(7, 22)
        lines = [ln for ln in text.split('\n') if ln.strip()]
        out = []
        m = rng.randint(0, 50)
        for ln in lines:
            out.append(f'[{d}, {h:02d}:{m:02d}] {first}: {ln}')
            m = min(59, m + rng.randint(0, 3))
        return '\n'.join(out)
    if reg == 'html':
        paras = [p for p in text.split('\n\n') if p.strip()]
        body = ''.join('<p>' + p.replace('\n', '<br>') + '</p>' for p in paras)
        return f'<div class="msg" data-from="{mail}">{body}</div>'
    raise ValueError(reg)


def pick_register(rng, long_text=False):
    r = rng.random()
    if long_text:
        table = [(0.22, 'chat'), (0.52, 'email'), (0.64, 'email_thread'), (0.72, 'ticket'),
                 (0.78, 'form'), (0.83, 'csv'), (0.90, 'json'), (0.94, 'html'), (1.0, 'marketplace')]
    else:
        table = [(0.38, 'chat'), (0.52, 'email'), (0.57, 'email_thread'), (0.64, 'ticket'),
                 (0.70, 'form'), (0.75, 'csv'), (0.82, 'json'), (0.88, 'sms'), (0.92, 'whatsapp'),
                 (0.95, 'html'), (1.0, 'marketplace')]
    for lim, name in table:
        if r < lim:
            return name
    return 'chat'
