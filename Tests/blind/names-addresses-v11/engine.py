import random, re, unicodedata
import names, places, negs
import frames_en, frames_de, frames_fr
FR = {'en': frames_en, 'de': frames_de, 'fr': frames_fr}
ORIG = list(names.O)
NONW = [o for o in ORIG if names.O[o][1]]
WESTO = [o for o in ORIG if not names.O[o][1]]
UP = 'ABCDEFGHIJKLMNOPRSTVWZ'
PART_RE = re.compile(r"^(van|von|zu|ten|de|des|d'|di|De|dos|dela|bin|binti|al-|el-|Ben|Te|El|Ould)(\b|')")
CUE = {'s':'subject','o':'object','r':'relation','l':'role','d':'delivery_note','t':'staff','k':'form_label','g':'greeting',
       'f':'signoff','c':'chat_prefix','p':'speaker','b':'address_block','x':'label','q':'quote_header','v':'reviewer','ts':'title_surname'}

def ascii_(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).replace('ß','ss').replace('ł','l').replace('Ł','L').replace('đ','d').replace('Đ','D').replace('ø','o').replace('Ø','O').replace('ð','d').replace('ı','i')

class Person:
    def __init__(s, r, lang, gender=None):
        s.origin = r.choice(WESTO) if r.random() < 0.30 else r.choice(NONW)
        reg, nw, ms, fs, surs = names.O[s.origin]
        s.region, s.nonwestern = reg, nw
        s.gender = gender or r.choice('mf')
        pool = ms if s.gender == 'm' else fs
        s.given = r.choice(pool); s.hyph = False; s.ocode = s.origin
        hy = s.origin in ('fr', 'de', 'nl', 'nordic', 'haitian')
        if '-' not in s.given and (hy and r.random() < 0.3 or not hy and r.random() < 0.05):
            o2 = s.origin if hy and r.random() < 0.6 else r.choice(['fr', 'de'])
            p2 = names.O[o2][2] if s.gender == 'm' else names.O[o2][3]
            g2 = r.choice([g for g in p2 if g != s.given and '-' not in g] or [s.given])
            if g2 != s.given:
                s.given = f"{s.given}-{g2}"; s.hyph = True
                if o2 != s.origin: s.ocode = f"{s.origin}+{o2}"
        if '-' in s.given and s.origin in ('cantonese','korean','haitian'): s.hyph = True
        sur = r.choice(surs)
        if s.origin in names.PARTICLES and r.random() < 0.35: sur = r.choice(names.PARTICLES[s.origin])
        if '|' in sur: sur = sur.split('|')[0 if s.gender == 'm' else 1]
        s.sur = sur
        s.particle = bool(PART_RE.match(sur))
        s.mi = r.choice(UP)
        s.sf = s.origin in names.EAST_SF and r.random() < 0.35
        dom = r.choice(['gmail.com','web.de','gmx.de','orange.fr','outlook.com','yahoo.fr','icloud.com','proton.me','hotmail.co.uk','free.fr','posteo.de'])
        a = ascii_(s.given).lower().replace(' ','').replace("'",''); b = ascii_(s.sur).lower().replace(' ','').replace("'",'')
        s.email = r.choice([f"{a}.{b}@{dom}", f"{a[0]}{b}@{dom}", f"{a}{r.randint(1,99)}@{dom}", f"{b}.{a}@{dom}", f"{a}_{b[:3]}@{dom}"])
    def initial(s):
        return '-'.join(p[0] + '.' for p in s.given.split('-'))
    def render(s, shape):
        if shape == 'full': return f"{s.sur} {s.given}" if s.sf else f"{s.given} {s.sur}"
        if shape == 'given': return s.given
        if shape == 'sur': return s.sur
        if shape == 'init': return f"{s.initial()} {s.sur}"
        if shape == 'mid': return f"{s.given} {s.mi}. {s.sur}"
        if shape == 'sfirst': return f"{s.sur}, {s.given}"
        if shape == 'sfup': return f"{s.sur.upper()} {s.given}"
        if shape == 'ginit':
            w = [x for x in re.split(r"[ '-]", s.sur) if x and x[0].isupper()] or [s.sur]
            return f"{s.given} {w[-1][0]}."
        raise ValueError(shape)

TITLES = {'en': {'m': ['Mr', 'Mr.', 'Dr'], 'f': ['Ms', 'Mrs', 'Ms.', 'Dr']}, 'de': {'m': ['Herr', 'Herrn', 'Dr.'], 'f': ['Frau', 'Frau', 'Dr.']},
          'fr': {'m': ['M.', 'Monsieur', 'Dr'], 'f': ['Mme', 'Madame', 'Mme']}}
TG = {'en': {'m': 'Dear Mr', 'f': 'Dear Ms'}, 'de': {'m': 'Sehr geehrter Herr', 'f': 'Sehr geehrte Frau'}, 'fr': {'m': 'Cher Monsieur', 'f': 'Chère Madame'}}

def phone(r, lang):
    if lang == 'en': return r.choice([f"07700 900{r.randint(100,999)}", f"+44 7700 900{r.randint(100,999)}", f"(555) 01{r.randint(10,99)}", f"+353 87 {r.randint(100,999)} {r.randint(1000,9999)}"])
    if lang == 'de': return r.choice([f"0151 {r.randint(1000,9999)} {r.randint(1000,9999)}", f"+49 176 {r.randint(10000000,99999999)}", f"030 {r.randint(100000,999999)}", f"+43 664 {r.randint(1000000,9999999)}"])
    return r.choice([f"06 {r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)}", f"+33 7 {r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)}", f"+32 470 {r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)}", f"+41 79 {r.randint(100,999)} {r.randint(10,99)} {r.randint(10,99)}"])

def order_no(r):
    return r.choice([f"#{r.randint(100000,999999)}", f"A{r.randint(10,99)}-{r.randint(1000000,9999999)}", f"{r.randint(100,999)}-{r.randint(1000000,9999999)}-{r.randint(1000000,9999999)}", f"ORD-{r.randint(2024,2026)}-{r.randint(10000,99999)}", f"WEB{r.randint(1000000,9999999)}"])

def city_only(r, lang):
    cc = places.pick_country(r, lang); return places.C[cc][1][r.randrange(len(places.C[cc][1]))][0].split(',')[0]

def postcode_only(r, lang):
    return r.choice({'en': [f"SW{r.randint(1,20)} {r.randint(1,9)}AB", f"M{r.randint(1,40)}", f"D0{r.randint(1,9)}", f"EH{r.randint(1,17)}"],
                     'de': [f"{r.randint(10000,99999):05d}", f"{r.randint(1000,9999)}"], 'fr': [f"{r.randint(10000,95999):05d}", f"{r.randint(1000,9999)}"]}[lang])

FEM = re.compile(r"(wife|grandmother|Grandma|daughter|mum|Aunty|Ms|Mrs|sister|nanny|Frau|Oma|Tochter|Mutter|Nachbarin|Kollegin|Tante|Tagesmutter|Karteninhaberin|Ansprechpartnerin|Kundin|femme|grand-mère|fille|mère|voisine|Interlocutrice|nounou|Tata|Mamie|Chère|petite|titulaire|collègue|cliente|Mme|Madame|La titulaire)\W*$")
MASC = re.compile(r"(husband|son|brother-in-law|Uncle|flatmate|Mr|Mann|Sohn|Schwager|Mitbewohner|Onkel|Partner|Nachbar|Herr|Herrn|mari|fils|beau-frère|colocataire|conjoint|Tonton|Cher|voisin|Monsieur|M\.)\W*$")
def gender_hint(before):
    t = before[-30:]
    if FEM.search(t): return 'f'
    if MASC.search(t): return 'm'
    return None

TOK = re.compile(r"\{(TG|T|P)(\d)(?:\.(\w+))?(?::(\w+))?\}|\{(AS|AB|A)\}|\{N:(\w+)\}|\[\[(\w+):([^\]]+)\]\]|\{(CITY|PC|PH|ON)\}|\{E(\d)\}")

class Msg:
    def __init__(s, r, lang):
        s.r, s.lang = r, lang
        s.parts = []; s.people = []; s.seen = set(); s.fold = None; s.in_quote = False
    def f(s, t):
        if s.fold == 'lower': return t.lower()
        if s.fold == 'upper': return t.upper()
        return t
    def t(s, text):
        if text: s.parts.append((s.f(text), None, None))
    def newp(s, gender=None):
        p = Person(s.r, s.lang, gender); s.people.append(p); return p
    def pick(s, reuse=0.25, gender=None):
        if s.people and s.r.random() < reuse:
            c = [p for p in s.people if gender is None or p.gender == gender]
            if c: return s.r.choice(c)
        return s.newp(gender)
    def person(s, p, shape, cue):
        txt = s.f(p.render(shape))
        sh = shape
        if s.fold == 'lower': sh = {'full': 'lower', 'given': 'lowerg', 'sur': 'lowers'}.get(shape, shape)
        if s.fold == 'upper': sh = {'full': 'upper', 'given': 'upgiven', 'sur': 'upsur', 'sfup': 'sfup'}.get(shape, shape)
        rep = id(p) in s.seen; s.seen.add(id(p))
        if shape in ('init',): v = 'initial_surname'
        elif shape == 'mid': v = 'middle_initial'
        elif shape in ('sfirst', 'sfup'): v = 'surname_first'
        elif s.fold == 'upper': v = 'uppercase'
        elif s.fold == 'lower': v = 'lowercase'
        elif p.hyph and shape in ('full', 'given', 'ginit'): v = 'hyphenated'
        elif p.particle and shape in ('full', 'sur', 'init', 'mid', 'sfirst', 'sfup'): v = 'particle'
        elif rep: v = 'repeat'
        else: v = cue
        meta = {'origin': p.ocode, 'region': p.region, 'shape': sh, 'cue': cue, 'nonwestern': p.nonwestern, 'repeat': rep,
                'in_quote': s.in_quote, 'gender': p.gender, 'hyph_given': p.hyph, 'particle_surname': p.particle}
        s.parts.append((txt, 'PERSON', (v, meta)))
    def title_sur(s, p, cue='title_surname', greet=False):
        s.t((TG[s.lang][p.gender] if greet else s.r.choice(TITLES[s.lang][p.gender])) + ' ')
        s.person(p, 'sur', cue)
    def addr(s, lines, forms, cue, sep=', '):
        forms = set(forms)
        if sep == ', ': forms.add('prose') if cue == 'prose' else None
        if '\n' in sep: forms.add('multiline')
        if s.fold == 'lower': forms.add('lower')
        if s.fold == 'upper': forms.add('upper')
        if s.in_quote: forms.add('in_quote')
        txt = s.f(sep.join(lines))
        order = [('form_dump','form_dump'),('packstation','packstation'),('postfiliale','postfiliale'),('point_relais','point_relais'),('locker','locker'),
                 ('street_only','street_only'),('lower','lowercase'),('upper','uppercase'),('prose','prose'),('unit','unit'),('range','range_number'),
                 ('letter','letter'),('multiline','multiline'),('no_suffix','no_suffix'),('prefix','country_prefix'),('num_before','num_before'),('num_after','num_after')]
        v = next((b for a, b in order if a in forms), 'other')
        s.parts.append((txt, 'ADDRESS', (v, {'country': s._cc, 'forms': sorted(forms), 'cue': cue, 'in_quote': s.in_quote})))
    def address(s, cue='prose', sep=', ', cc=None, kind=None, unit_p=0.25):
        cc = cc or places.pick_country(s.r, s.lang)
        s._cc = cc
        if kind == 'street':
            lines, forms = places.build(s.r, cc, s.lang, unit_p=0); lines = lines[:1]; forms = (forms - {'country_name', 'prefix'}) | {'street_only'}
        else:
            lines, forms = places.build(s.r, cc, s.lang, unit_p=unit_p)
        s.addr(lines, forms, cue, sep)
    def special(s, which, cue='label', sep='\n'):
        fn = {'packstation': places.packstation, 'postfiliale': places.postfiliale, 'point_relais': places.point_relais, 'locker': places.locker}[which]
        lines, forms = fn(s.r); s._cc = {'packstation': 'de', 'postfiliale': 'de', 'point_relais': 'fr', 'locker': 'pl' if lines[0].startswith('Pacz') else 'uk'}[which]
        s.addr(lines, forms, cue, sep)
    def neg(s, typ, val=None):
        if val is None:
            pool = negs.N.get(typ) or negs.NL[s.lang][typ]; val = s.r.choice(pool)
        s.parts.append((s.f(val), 'NEG', typ))
    def aux(s, typ, val):
        s.parts.append((s.f(val) if typ != 'EMAIL' else (val.upper() if s.fold == 'upper' else val), typ, ('aux', {'in_quote': s.in_quote})))
    def email(s, p): s.aux('EMAIL', p.email)
    def phone(s): s.aux('PHONE', phone(s.r, s.lang))
    def order(s): s.aux('ORDER_NUMBER', order_no(s.r))

    def render(s, fmt, pm=None, cue='subject', reuse=0.25):
        """render a frame; pm maps slot index -> Person (filled in as needed)"""
        pm = {} if pm is None else pm
        if fmt.startswith('^^'):
            keep = s.fold; s.fold = 'upper'
            try: return s.render(fmt[2:], pm, cue, reuse)
            finally: s.fold = keep
        pos = 0
        for m in TOK.finditer(fmt):
            s.t(fmt[pos:m.start()]); pos = m.end()
            if m.group(1):
                k = int(m.group(2))
                if k not in pm: pm[k] = s.pick(reuse, gender_hint(fmt[:m.start()]))
                p = pm[k]; c = CUE.get(m.group(4), m.group(4)) if m.group(4) else cue
                if m.group(1) == 'T': s.title_sur(p, c if m.group(4) else 'title_surname')
                elif m.group(1) == 'TG': s.title_sur(p, 'greeting', greet=True)
                else:
                    sh = m.group(3) or s.default_shape(p, c)
                    s.person(p, sh, c)
            elif m.group(5):
                g = m.group(5)
                if g == 'A': s.address('prose', ', ')
                elif g == 'AS': s.address('prose', kind='street')
                else: s.address('block', '\n')
            elif m.group(6): s.neg(m.group(6))
            elif m.group(7): s.neg(m.group(7), m.group(8))
            elif m.group(9):
                g = m.group(9)
                if g == 'CITY': s.neg('CITY', city_only(s.r, s.lang))
                elif g == 'PC': s.neg('POSTCODE', postcode_only(s.r, s.lang))
                elif g == 'PH': s.phone()
                else: s.order()
            elif m.group(10):
                k = int(m.group(10))
                if k not in pm: pm[k] = s.pick(reuse)
                s.email(pm[k])
        s.t(fmt[pos:])
        return pm
    def default_shape(s, p, cue):
        r = s.r
        if id(p) in s.seen: return r.choices(['given', 'full', 'sur'], [4, 4, 2])[0]
        if cue in ('role', 'form_label', 'address_block', 'label'):
            return r.choices(['full', 'sfirst', 'sfup', 'init', 'mid'], [50, 14, 14, 12, 10])[0]
        if cue in ('greeting', 'staff', 'chat_prefix'): return r.choices(['full', 'given'], [5, 5])[0]
        return r.choices(['full', 'given', 'init', 'mid', 'sfirst'], [58, 18, 11, 9, 4])[0]

    def build(s):
        text = ''; spans = []; negs_ = []; b = 0
        for txt, kind, info in s.parts:
            bl = len(txt.encode('utf-8'))
            if kind == 'NEG': negs_.append({'start': b, 'end': b + bl, 'type': info, 'value': txt})
            elif kind:
                spans.append({'start': b, 'end': b + bl, 'type': kind, 'variant': info[0], 'meta': info[1], 'value': txt})
            text += txt; b += bl
        return text, spans, negs_
