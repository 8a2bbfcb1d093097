"""Encoders (with round-trip asserts), IBAN helpers and register wrappers. Standard library only."""
import base64, codecs, html, json, urllib.parse

# ---------------------------------------------------------------- encoders
MORSE = {
    'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....',
    'i': '..', 'j': '.---', 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.',
    'q': '--.-', 'r': '.-.', 's': '...', 't': '-', 'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-',
    'y': '-.--', 'z': '--..', '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-',
    '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.', ',': '--..--', '.': '.-.-.-',
    '?': '..--..', '@': '.--.-.', "'": '.----.', ':': '---...', '-': '-....-', '/': '-..-.',
}
MORSE_REV = {v: k for k, v in MORSE.items()}
LEET = {'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '5', 't': '7', 'A': '4', 'E': '3', 'I': '1',
        'O': '0', 'S': '5', 'T': '7'}
HOMO = {'a': '\u0430', 'e': '\u0435', 'o': '\u043e', 'p': '\u0440', 'c': '\u0441', 'x': '\u0445',
        'i': '\u0456', 'y': '\u0443', 'A': '\u0391', 'E': '\u0395', 'O': '\u039f', 'P': '\u03a1',
        'T': '\u03a4', 'H': '\u0397', 'K': '\u039a', 'M': '\u039c'}
HOMO_REV = {v: k for k, v in HOMO.items()}


def enc_base64(s):
    out = base64.b64encode(s.encode()).decode()
    assert base64.b64decode(out).decode() == s
    return out


def enc_hex(s, spaced=False):
    out = s.encode().hex()
    if spaced:
        out = ' '.join(out[i:i + 2] for i in range(0, len(out), 2))
    assert bytes.fromhex(out.replace(' ', '')).decode() == s
    return out


def enc_rot13(s):
    out = codecs.encode(s, 'rot13')
    assert codecs.decode(out, 'rot13') == s
    return out


def enc_url(s, full=False):
    if full:
        out = ''.join('%%%02X' % b for b in s.encode())
    else:
        out = urllib.parse.quote(s, safe='')
    assert urllib.parse.unquote(out) == s
    return out


def enc_leet(s):
    return ''.join(LEET.get(c, c) for c in s)


def enc_reversed(s):
    out = s[::-1]
    assert out[::-1] == s
    return out


def enc_morse(s):
    words = s.lower().split(' ')
    out = ' / '.join(' '.join(MORSE[c] for c in w) for w in words)
    assert ' '.join(''.join(MORSE_REV[x] for x in w.split(' ')) for w in out.split(' / ')) == s.lower()
    return out


def enc_spaced(s, sep=' '):
    words = s.split(' ')
    out = '   '.join(sep.join(w) for w in words) if sep == ' ' else (' ' + sep + ' ').join(' '.join(w) for w in words)
    return out


def enc_homoglyph(s):
    out = ''.join(HOMO.get(c, c) for c in s)
    assert ''.join(HOMO_REV.get(c, c) for c in out) == s
    assert out != s
    return out


def enc_tags(s):
    """Unicode tag characters (invisible), U+E0000 + ASCII."""
    out = ''.join(chr(0xE0000 + ord(c)) for c in s)
    assert ''.join(chr(ord(c) - 0xE0000) for c in out) == s
    return out


def enc_zwsp(s):
    """Zero-width characters between letters inside words (words stay readable)."""
    zw = ['\u200b', '\u200c', '\u200d', '\u2060']
    out = []
    k = 0
    for w in s.split(' '):
        chars = []
        for i, c in enumerate(w):
            chars.append(c)
            if i < len(w) - 1:
                chars.append(zw[k % 4]); k += 1
        out.append(''.join(chars))
    res = ' '.join(out)
    assert ''.join(c for c in res if c not in zw) == s
    return res


# ---------------------------------------------------------------- IBAN
def _mod97(numstr):
    r = 0
    for ch in numstr:
        r = (r * 10 + int(ch)) % 97
    return r


def _to_digits(s):
    return ''.join(str(int(c, 36)) for c in s)


def make_iban(country, bban):
    chk = 98 - _mod97(_to_digits(bban + country + '00'))
    iban = '%s%02d%s' % (country, chk, bban)
    assert iban_ok(iban)
    return iban


def iban_ok(iban):
    s = iban.replace(' ', '')
    return _mod97(_to_digits(s[4:] + s[:4])) == 1


def fr_bban(bank, guichet, account):
    key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(account)) % 97)
    return '%s%s%s%02d' % (bank, guichet, account, key)


def group4(iban):
    return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- registers
LOC = {
    'en': dict(hi=['Hi,', 'Hello,', 'Dear customer service,', 'Hi there,', 'Good morning,'],
               bye=['Thanks,', 'Kind regards,', 'Cheers,', 'Many thanks,', 'Best,'],
               sent=['Sent from my iPhone', 'Sent from Outlook for Android', ''],
               subj=['Subject: Quick question', 'Subject: My order', 'Subject: Re: your message',
                     'Subject: Help please', 'Subject: Enquiry'],
               orig='On {d}, Customer Service <help@{shop}> wrote:',
               quoted=['Thank you for contacting us. Could you tell us a bit more so we can help?',
                       'Thanks for your message. We have passed this on to the team.',
                       'Hello, we are happy to help. Please reply to this e-mail with the details.'],
               form=('Name', 'E-mail', 'Order number (optional)', 'Topic', 'Your message'),
               topics=['General', 'Order', 'Returns', 'Other', 'Payment'],
               voice=['[Voice message, automatic transcript]', '[Call transcript - caller]',
                      '[Voicemail transcribed]'],
               fillers=['uh', 'erm', 'so', 'right'],
               mp=['eBay: You have a new message from {u} about item {n}.',
                   'Etsy conversation with {u} - order #{n}', 'Amazon Buyer-Seller Messaging - message from {u} (order {n})',
                   'OnBuy: buyer {u} sent a message regarding order {n}'],
               mp_end=['Reply to this message in Seller Hub.', 'Do not share personal contact details outside the platform.', ''],
               ticket='Ticket #{n} | Channel: {c} | Priority: {p}\nRequester: {r}\n---\n',
               chans=['web', 'email', 'chat', 'app'], prio=['normal', 'low', 'high'],
               locale='en-GB', date='Thu, 3 Dec 2026 at 10:{m:02d}'),
    'de': dict(hi=['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Moin,', 'Hallo liebes Team,'],
               bye=['Viele Grüße', 'Mit freundlichen Grüßen', 'LG', 'Danke und Gruß', 'Beste Grüße'],
               sent=['Von meinem iPhone gesendet', 'Gesendet mit der GMX Mail App', ''],
               subj=['Betreff: Kurze Frage', 'Betreff: Meine Bestellung', 'Betreff: AW: Ihre Nachricht',
                     'Betreff: Anfrage', 'Betreff: Bitte um Hilfe'],
               orig='Am {d} schrieb Kundenservice <service@{shop}>:',
               quoted=['Vielen Dank für Ihre Nachricht. Können Sie uns noch etwas mehr dazu sagen?',
                       'Danke für Ihre Anfrage, wir haben sie an das Team weitergeleitet.',
                       'Guten Tag, gern helfen wir weiter. Antworten Sie einfach auf diese E-Mail.'],
               form=('Name', 'E-Mail', 'Bestellnummer (optional)', 'Thema', 'Ihre Nachricht'),
               topics=['Allgemein', 'Bestellung', 'Retoure', 'Sonstiges', 'Zahlung'],
               voice=['[Sprachnachricht, automatisch transkribiert]', '[Anruf-Transkript - Anrufer]',
                      '[Mailbox-Transkription]'],
               fillers=['äh', 'ähm', 'also', 'ja'],
               mp=['eBay: Neue Nachricht von {u} zum Artikel {n}.', 'Kaufland.de Marktplatz - Käufernachricht von {u} (Bestellung {n})',
                   'Amazon Käufer-Verkäufer-Nachricht von {u} (Bestellung {n})', 'Otto Market: Kundenanfrage von {u} zu Auftrag {n}'],
               mp_end=['Antworten Sie über das Verkäuferportal.', 'Bitte keine Kontaktdaten außerhalb der Plattform austauschen.', ''],
               ticket='Ticket #{n} | Kanal: {c} | Priorität: {p}\nAnfragende Person: {r}\n---\n',
               chans=['Web', 'E-Mail', 'Chat', 'App'], prio=['normal', 'niedrig', 'hoch'],
               locale='de-DE', date='Do., 3. Dez. 2026 um 10:{m:02d}'),
    'fr': dict(hi=['Bonjour,', 'Madame, Monsieur,', 'Bonsoir,', 'Bonjour à toute l\'équipe,', 'Salut,'],
               bye=['Cordialement,', 'Merci d\'avance,', 'Bien à vous,', 'Bonne journée,', 'Merci beaucoup,'],
               sent=['Envoyé de mon iPhone', 'Envoyé depuis l\'application Mail Orange', ''],
               subj=['Objet : Petite question', 'Objet : Ma commande', 'Objet : RE: votre message',
                     'Objet : Demande', 'Objet : Besoin d\'aide'],
               orig='Le jeu. 3 déc. 2026 à 10:{m:02d}, Service client <contact@{shop}> a écrit :',
               quoted=['Merci de nous avoir contactés. Pouvez-vous nous en dire un peu plus ?',
                       'Merci pour votre message, nous l\'avons transmis à l\'équipe.',
                       'Bonjour, nous sommes là pour vous aider. Répondez simplement à cet e-mail.'],
               form=('Nom', 'E-mail', 'Numéro de commande (facultatif)', 'Sujet', 'Votre message'),
               topics=['Général', 'Commande', 'Retour', 'Autre', 'Paiement'],
               voice=['[Message vocal, transcription automatique]', '[Transcription d\'appel - client]',
                      '[Messagerie vocale transcrite]'],
               fillers=['euh', 'bon', 'alors', 'bah'],
               mp=['Leboncoin : nouveau message de {u} au sujet de l\'annonce {n}.', 'Cdiscount Marketplace - message client {u} (commande {n})',
                   'Rakuten : l\'acheteur {u} vous a écrit (commande {n})', 'Amazon Messagerie acheteur-vendeur : {u} (commande {n})'],
               mp_end=['Répondez depuis votre espace vendeur.', 'Ne partagez pas de coordonnées hors de la plateforme.', ''],
               ticket='Ticket n°{n} | Canal : {c} | Priorité : {p}\nDemandeur : {r}\n---\n',
               chans=['web', 'e-mail', 'chat', 'appli'], prio=['normale', 'basse', 'haute'],
               locale='fr-FR', date='jeu. 3 déc. 2026'),
}

SHOPS = ['lindenhof-living.example', 'kettle-and-crate.example', 'maison-ardoise.example', 'velohaus24.example']
USERS = ['kiwi_garden88', 'blue.heron.crafts', 'mrs_tinkerbox', 'n0rdlicht', 'chouette_deco', 'paddy-o-57',
         'sunny.kittel', 'le_grand_bleu', 'fox_and_fern', 'hafenkind_hh']

REGISTERS = ['chat', 'email', 'email_thread', 'ticket', 'form', 'json', 'sms', 'whatsapp', 'html',
             'marketplace', 'voice_transcript']
SAFE_REGISTERS = ['chat', 'email', 'email_thread', 'ticket', 'form', 'whatsapp', 'html', 'marketplace']
PLAIN_REGISTERS = ['chat', 'email', 'ticket', 'form', 'marketplace']


def split_sentences(t):
    out, cur = [], ''
    for i, ch in enumerate(t):
        cur += ch
        if ch in '.!?' and (i + 1 == len(t) or t[i + 1] == ' ') and len(cur.strip()) > 25:
            out.append(cur.strip()); cur = ''
    if cur.strip():
        out.append(cur.strip())
    return out


def wrap(reg, text, lang, rng, sender):
    L = LOC[lang]
    if reg == 'chat':
        return text
    if reg == 'email':
        parts = []
        if rng.random() < 0.5:
            parts.append(rng.choice(L['subj']) + '\n\n')
        if not text.lstrip().startswith(tuple(h.rstrip(',') for h in L['hi'])) and rng.random() < 0.8:
            parts.append(rng.choice(L['hi']) + '\n\n')
        parts.append(text + '\n\n' + rng.choice(L['bye']) + '\n' + sender)
        s = rng.choice(L['sent'])
        if s:
            parts.append('\n\n' + s)
        return ''.join(parts)
    if reg == 'email_thread':
        q = rng.choice(L['quoted'])
        hdr = L['orig'].format(d=L['date'].format(m=rng.randrange(60)) if '{m' in L['date'] else L['date'],
                               shop=rng.choice(SHOPS), m=rng.randrange(60))
        return text + '\n\n' + sender + '\n\n' + hdr + '\n> ' + q
    if reg == 'ticket':
        return L['ticket'].format(n=rng.randrange(100000, 999999), c=rng.choice(L['chans']),
                                  p=rng.choice(L['prio']), r=sender) + text
    if reg == 'form':
        f = L['form']
        order = '' if rng.random() < 0.6 else str(rng.randrange(10000000, 99999999))
        mail = sender.lower().replace(' ', '.').replace('ß', 'ss')
        mail = ''.join(c for c in mail if c.isascii()) + '@' + rng.choice(['gmail.com', 'web.de', 'orange.fr', 'outlook.com', 'gmx.net'])
        return '%s: %s\n%s: %s\n%s: %s\n%s: %s\n%s:\n%s' % (f[0], sender, f[1], mail, f[2], order, f[3],
                                                           rng.choice(L['topics']), f[4], text)
    if reg == 'json':
        obj = {'channel': rng.choice(['webchat', 'app', 'widget']), 'locale': L['locale'],
               'conversation_id': 'c-%06d' % rng.randrange(1000000),
               'messages': [{'from': 'customer', 'text': text}]}
        if rng.random() < 0.5:
            return json.dumps(obj, ensure_ascii=rng.random() < 0.5)
        return json.dumps(obj, ensure_ascii=rng.random() < 0.5, indent=2)
    if reg == 'sms':
        t = ' '.join(text.split()).lower()
        t = t.rstrip('.!')
        return t
    if reg == 'whatsapp':
        sents = split_sentences(' '.join(text.split('\n')))
        h, m = rng.randrange(8, 21), rng.randrange(0, 50)
        lines = []
        for s in sents:
            lines.append('[%02d.12.26, %02d:%02d] %s: %s' % (rng.randrange(1, 6), h, m, sender, s))
            m += rng.randrange(0, 3)
        return '\n'.join(lines)
    if reg == 'html':
        paras = [p for p in text.split('\n') if p.strip()]
        return '<div class="message">' + ''.join('<p>%s</p>' % html.escape(p, quote=False) for p in paras) + '</div>'
    if reg == 'marketplace':
        head = rng.choice(L['mp']).format(u=rng.choice(USERS), n=rng.randrange(100000000, 999999999))
        end = rng.choice(L['mp_end'])
        return head + '\n\n' + text + ('\n\n' + end if end else '')
    if reg == 'voice_transcript':
        t = ' '.join(text.split())
        f = rng.choice(L['fillers'])
        t = f + ', ' + t
        t = t.replace('!', '.').replace(';', ',')
        return rng.choice(L['voice']) + '\n' + t
    raise ValueError(reg)
