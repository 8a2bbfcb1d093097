#!/usr/bin/env python3
"""Blind names-and-addresses set v11 generator. Deterministic (seed below). Standard library only."""
import json, random
import engine
from engine import Msg, FR
SEED = 1117202603
LANGS = ['en', 'de', 'fr']

class Clock:
    def __init__(s, r): s.r = r; s.d, s.mo, s.h, s.mi = r.randint(1, 20), r.randint(1, 12), r.randint(7, 12), r.randint(0, 59)
    def tick(s):
        s.mi += s.r.choice([0, 1, 1, 2, 3, 7, 15, 40])
        while s.mi >= 60: s.mi -= 60; s.h += 1
        if s.h > 23: s.h = 8; s.d += 1
def ts(r, style, ck=None):
    d, mo, h, mi = r.randint(1, 28), r.randint(1, 12), r.randint(7, 23), r.randint(0, 59)
    if ck: ck.tick(); d, mo, h, mi = ck.d, ck.mo, ck.h, ck.mi
    if style == 'ios': return f"[{d:02d}.{mo:02d}.26, {h:02d}:{mi:02d}:{r.randint(0,59):02d}]"
    if style == 'android': return f"{d:02d}/{mo:02d}/2026, {h:02d}:{mi:02d} -"
    if style == 'tg': return f"[{d:02d}.{mo:02d}.2026 {h:02d}:{mi:02d}]"
    return f"{2026}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}"

def L(lang, en, de, fr): return {'en': en, 'de': de, 'fr': fr}[lang]

# ---------------------------------------------------------------- registers
def reg_chat(m):
    r, lang, F = m.r, m.lang, FR[m.lang]
    style = r.choice(['ios', 'android', 'tg'])
    ck = Clock(r)
    speakers = [m.newp() for _ in range(r.randint(2, 4))]
    shapes = {id(p): r.choice(['full', 'given', 'given', 'full', 'ginit']) for p in speakers}
    lowchat = r.random() < 0.6
    if style != 'tg' and r.random() < 0.5:
        m.t(ts(r, style, ck) + ' ' if style == 'ios' else ts(r, style, ck) + ' ')
        m.t(L(lang, 'Messages and calls are end-to-end encrypted.', 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.', 'Les messages et les appels sont chiffrés de bout en bout.') + '\n')
    if r.random() < 0.3:
        p = r.choice(speakers)
        m.t(ts(r, style, ck) + ' ' + ('~ ' if style == 'ios' else ''))
        m.person(p, shapes[id(p)], 'chat_prefix')
        m.t(' ' + L(lang, "joined using this group's invite link", 'ist über den Einladungslink der Gruppe beigetreten', "a rejoint le groupe via le lien d'invitation") + '\n')
    for i in range(r.randint(5, 11)):
        p = r.choice(speakers)
        if style == 'tg':
            m.person(p, shapes[id(p)], 'chat_prefix'); m.t(', ' + ts(r, 'tg', ck) + '\n')
        else:
            m.t(ts(r, style, ck) + ' '); m.person(p, shapes[id(p)], 'chat_prefix'); m.t(': ')
        x = r.random()
        pool = F.CHAT if x < 0.62 else F.PROSE if x < 0.74 else F.DELIV if x < 0.8 else F.ADDR if x < 0.88 else F.NEG if x < 0.95 else F.REL
        if lowchat: m.fold = 'lower'
        m.render(r.choice(pool), pm={1: r.choice(speakers + [m.pick(0.4)])} if r.random() < 0.4 else None, reuse=0.4)
        m.fold = None
        m.t('\n')

def reg_social(m):
    r, lang, F = m.r, m.lang, FR[m.lang]
    shop = r.choice(engine.negs.N['SHOP'] + engine.negs.N['BRAND'])
    cust = m.newp(); staff = m.newp()
    st = r.choice(['ig', 'fb', 'dm'])
    if st == 'ig':
        m.person(cust, r.choice(['full', 'given', 'ginit']), 'chat_prefix'); m.t(' · ' + r.choice(['2 h', '5 min', '1 d', '3 Std.', '2 j']) + '\n')
    elif st == 'fb':
        m.person(cust, 'full', 'chat_prefix'); m.t(L(lang, ' commented on your post:\n', ' hat deinen Beitrag kommentiert:\n', ' a commenté votre publication :\n'))
    else:
        m.t(L(lang, 'Conversation with ', 'Unterhaltung mit ', 'Conversation avec ')); m.person(cust, 'full', 'chat_prefix'); m.t('\n'); m.person(cust, 'given', 'chat_prefix'); m.t(': ')
    low = r.random() < 0.45
    if low: m.fold = 'lower'
    for _ in range(r.randint(1, 3)):
        x = r.random(); pool = F.PROSE if x < 0.35 else F.ADDR if x < 0.55 else F.NEG if x < 0.75 else F.REL if x < 0.88 else F.CHAT
        m.render(r.choice(pool)); m.t(' ')
    m.fold = None
    m.t('\n')
    m.t('↳ ' if st != 'dm' else ''); m.neg('SHOP' if shop in engine.negs.N['SHOP'] else 'BRAND', shop)
    m.t(L(lang, ' replied: ' if st != 'dm' else ': ', ' hat geantwortet: ' if st != 'dm' else ': ', ' a répondu : ' if st != 'dm' else ' : '))
    m.render(r.choice(L(lang, ["Hi {P1.given:g}, so sorry about that! ", "Hey {P1.given:g} 💛 ", "Thanks {P1.given:g}! "],
                              ["Hallo {P1.given:g}, das tut uns leid! ", "Hey {P1.given:g} 💛 ", "Danke {P1.given:g}! "],
                              ["Bonjour {P1.given:g}, désolés ! ", "Coucou {P1.given:g} 💛 ", "Merci {P1.given:g} ! "])), pm={1: cust})
    m.render(r.choice(L(lang, ["Can you DM us your order number? ", "We've sent a new one to {A}. ", "{P2.given:t} from our team will check. ", "Please send it to us at {E1}. "],
                              ["Schick uns bitte die Bestellnummer per DM. ", "Wir haben Ersatz an {A} geschickt. ", "{P2.given:t} aus dem Team schaut nach. ", "Schreib uns an {E1}. "],
                              ["Envoie-nous ton numéro de commande en MP. ", "On a renvoyé un colis au {A}. ", "{P2.given:t} de l'équipe va vérifier. ", "Écris-nous à {E1}. "])), pm={1: cust, 2: staff})
    m.t(r.choice(['^', '– ', '/']) ); m.person(staff, r.choice(['given', 'given', 'ginit']), 'signoff')

FORUM_TOPIC = {'en': ["Parcel left with wrong neighbour", "Courier never rings the bell", "Best way to return a gift?", "Lost Packstation code", "Chargeback — worth it?"],
               'de': ["Paket beim falschen Nachbarn", "Bote klingelt nie", "Geschenk zurückgeben – wie?", "Packstation-Code verloren", "Rückbuchung – lohnt sich das?"],
               'fr': ["Colis laissé chez le mauvais voisin", "Le livreur ne sonne jamais", "Rendre un cadeau ?", "Code Point Relais perdu", "Rétrofacturation, ça vaut le coup ?"]}
def reg_forum(m):
    r, lang, F = m.r, m.lang, FR[m.lang]
    op = m.newp(); other = m.newp()
    m.t('Re: ' + r.choice(FORUM_TOPIC[lang]) + '\n')
    m.t(L(lang, 'Posted by ', 'Beitrag von ', 'Message de ')); m.person(op, r.choice(['full', 'ginit', 'given']), 'chat_prefix'); m.t(' » ' + engine.negs.NL[lang]['WEEKDAY'][r.randrange(7)] + '\n\n')
    if r.random() < 0.6:
        m.in_quote = True
        m.person(other, r.choice(['full', 'given']), 'quote_header'); m.t(L(lang, ' wrote:\n> ', ' schrieb:\n> ', ' a écrit :\n> '))
        m.render(r.choice(F.PROSE + F.DELIV)); m.t(' '); m.render(r.choice(F.NEG)); m.t('\n\n')
        m.in_quote = False
    for _ in range(r.randint(2, 4)):
        x = r.random(); pool = F.PROSE if x < 0.45 else F.DELIV if x < 0.6 else F.NEG if x < 0.8 else F.ADDR if x < 0.9 else F.REL
        if r.random() < 0.15: m.fold = 'lower'
        m.render(r.choice(pool)); m.fold = None; m.t(' ')
    if r.random() < 0.5:
        m.render(r.choice(L(lang, ["The {N:CARRIER} driver, {P1.given:s}, is usually fine though.", "Mods: please ask {P1.given:o} to stop posting addresses.", "Update: {P1} from the depot rang me back."],
                                  ["Der {N:CARRIER}-Fahrer, {P1.given:s}, ist sonst zuverlässig.", "Mods: bitte {P1.given:o} sagen, keine Adressen zu posten.", "Update: {P1} vom Depot hat zurückgerufen."],
                                  ["Le livreur {N:CARRIER}, {P1.given:s}, est pourtant sérieux.", "Modos : dites à {P1.given:o} d'arrêter de poster des adresses.", "Màj : {P1} du dépôt m'a rappelé."])))
    m.t('\n'); m.render(r.choice(F.SIGN), pm={1: op})

CRM = {'en': ["Customer rang re {ON}; says {P1:o} signed for it.", "Spoke to {T1}, wants refund to original {N:PAYMENT}.", "Address updated to {A}.", "Cust. very upset, escalated to {P2.given:t} ({N:TEAM}).",
              "{T1} prefers contact by phone: {PH}.", "Note: husband {P1:r} may call on her behalf.", "Goodwill £10 approved by {P2:t}.", "VIP — do not send marketing. Contact: {E1}.", "Repeat caller. {P1.given:s} was polite but firm."],
       'de': ["Kunde rief wg. {ON} an; laut ihm hat {P1:o} unterschrieben.", "Mit {T1} gesprochen, Erstattung auf {N:PAYMENT}.", "Adresse geändert auf {A}.", "Kundin verärgert, an {P2.given:t} ({N:TEAM}) eskaliert.",
              "{T1} möchte telefonisch kontaktiert werden: {PH}.", "Hinweis: Ehemann {P1:r} darf für sie anrufen.", "Kulanz 10 € freigegeben von {P2:t}.", "Keine Werbung schicken. Kontakt: {E1}.", "Wiederholter Anruf. {P1.given:s} blieb freundlich."],
       'fr': ["Client a appelé pour {ON} ; selon lui {P1:o} a signé.", "Échange avec {T1}, remboursement sur {N:PAYMENT}.", "Adresse mise à jour : {A}.", "Cliente mécontente, escaladé à {P2.given:t} ({N:TEAM}).",
              "{T1} préfère être contactée par téléphone : {PH}.", "NB : son mari {P1:r} peut appeler pour elle.", "Geste commercial 10 € validé par {P2:t}.", "Pas de marketing. Contact : {E1}.", "Appels répétés. {P1.given:s} est resté courtois."]}
def reg_crm(m):
    r, lang, F = m.r, m.lang, FR[m.lang]
    c = m.newp()
    up = r.random() < 0.3
    if up: m.fold = 'upper'
    m.t(r.choice(['CRM', 'Salesforce', 'HubSpot', 'Odoo']) if False else '')
    m.neg('SOFTWARE', r.choice(['Salesforce', 'HubSpot', 'Odoo', 'Zendesk', 'SAP', 'Sage']))
    m.t(L(lang, ' · Customer ', ' · Kunde ', ' · Client ') + str(r.randint(100000, 999999)) + ' · ')
    m.person(c, r.choice(['sfup', 'sfirst', 'full']), 'form_label'); m.t('\n')
    pm = {1: c}
    for _ in range(r.randint(2, 5)):
        staff = m.pick(0.3) if r.random() < 0.5 else m.newp()
        m.t(ts(r, 'iso') + ' '); m.person(staff, r.choice(['ginit', 'given', 'init', 'full']), 'staff'); m.t(': ')
        if r.random() < 0.2: m.fold = 'upper'
        elif r.random() < 0.15: m.fold = 'lower'
        fr_ = r.choice(CRM[lang] + F.PROSE[:12] + F.REL[:8])
        p2 = pm.get(2)
        m.render(fr_, pm={1: c if r.random() < 0.6 else m.pick(0.2), 2: p2 or m.newp()})
        m.fold = 'upper' if up else None
        m.t('\n')
    m.fold = None

def reg_chargeback(m):
    r, lang, F = m.r, m.lang, FR[m.lang]
    ch = m.newp(); sp = m.newp(); ag = m.newp()
    m.t(L(lang, 'Dispute reference: ', 'Rückbuchungs-Referenz: ', 'Référence du litige : ') + f"CB-{r.randint(10000000,99999999)}\n")
    m.render(L(lang, r.choice(["Cardholder: {P1:l}\n", "Card holder name: {P1:l}\n", "Customer: {P1:l}\n"]), r.choice(["Karteninhaberin: {P1:l}\n", "Karteninhaber: {P1:l}\n", "Name laut Karte: {P1:l}\n"]),
                 r.choice(["Titulaire de la carte : {P1:l}\n", "Porteur : {P1:l}\n", "Nom du titulaire : {P1:l}\n"])), pm={1: ch})
    m.t(L(lang, 'Merchant: ', 'Händler: ', 'Commerçant : ')); m.neg(r.choice(['STORE', 'SHOP', 'COMPANY'])); m.t('\n')
    m.t(L(lang, 'Reason: ', 'Grund: ', 'Motif : ') + r.choice(['13.1', '4853', '10.4', '13.3']) + ' ' + L(lang, r.choice(['Merchandise not received', 'Not as described', 'Fraud – card absent']), r.choice(['Ware nicht erhalten', 'Nicht wie beschrieben']), r.choice(['Marchandise non reçue', 'Non conforme'])) + '\n')
    m.t(L(lang, 'Payment method: ', 'Zahlart: ', 'Moyen de paiement : ')); m.neg('PAYMENT'); m.t(' •••• ' + str(r.randint(1000, 9999)) + '\n\n')
    m.render(r.choice(F.GREET), pm={1: ch if r.random() < 0.6 else m.newp()}); m.t('\n')
    bodies = L(lang, ["The order {ON} was shipped with {N:CARRIER} to the address given at checkout:\n{AB}\nIt was signed for by {P2} on {N:WEEKDAY}. ",
                      "Our records show the parcel was delivered to {A} and left with the neighbour, {P2}. ",
                      "The cardholder {P1} states she never authorised this payment; her son {P2:r} may have used the card. ",
                      "Proof of delivery is attached (signature: {P2.sur:d}). The shipping address matches the billing address ({A}). "],
                 ["Die Bestellung {ON} wurde mit {N:CARRIER} an die beim Kauf angegebene Adresse verschickt:\n{AB}\nUnterschrieben hat {P2} am {N:WEEKDAY}. ",
                  "Laut unseren Daten wurde das Paket an {A} zugestellt und bei Nachbarin {P2} abgegeben. ",
                  "Die Karteninhaberin {P1} gibt an, die Zahlung nicht autorisiert zu haben; ihr Sohn {P2:r} könnte die Karte benutzt haben. ",
                  "Zustellnachweis anbei (Unterschrift: {P2.sur:d}). Liefer- und Rechnungsadresse stimmen überein ({A}). "],
                 ["La commande {ON} a été expédiée par {N:CARRIER} à l'adresse indiquée :\n{AB}\nSignée par {P2} le {N:WEEKDAY}. ",
                  "Selon nos données, le colis a été livré au {A} et remis à la voisine, {P2}. ",
                  "La titulaire {P1} déclare ne pas avoir autorisé ce paiement ; son fils {P2:r} aurait utilisé la carte. ",
                  "Preuve de livraison jointe (signature : {P2.sur:d}). L'adresse de livraison correspond à l'adresse de facturation ({A}). "])
    m.render(r.choice(bodies), pm={1: ch, 2: sp})
    if r.random() < 0.5: m.render(' ' + r.choice(F.PROSE), pm={1: ch if r.random() < 0.5 else sp})
    m.t('\n\n'); m.render(r.choice(F.SIGN), pm={1: ag}); m.t('\n'); m.t(L(lang, 'Disputes team, ', 'Team Rückbuchungen, ', 'Service litiges, ')); m.neg(r.choice(['PAYMENT', 'COMPANY']))

GIFT = {'en': ["Happy birthday Aunty {P1.given:r}! Love, {P2.given:f} & {P3.given:f} xx", "To {P1.given:g} — congrats on the new flat! From all of us at {N:TEAM}", "Dear Grandma {P1.given:r}, this {N:COLOUR} scarf reminded me of you. Love {P2.given:f}",
               "For {P1:o}, with thanks for looking after {P2.given:o}. {P3:f}", "Merry Christmas {P1.given:g}! Hope you like {N:WORK} as much as I did. {P2.given:f}", "happy anniversary {P1.given:g} ❤ love always, {P2.given:f}",
               "Welcome to the world, little {P1.given:o}! From Uncle {P2.given:r}", "Get well soon {P1.given:g}! {P2.given:f}, {P3.given:f} and the cat"],
        'de': ["Alles Gute zum Geburtstag, Tante {P1.given:r}! Deine {P2.given:f} & {P3.given:f}", "Für {P1.given:g} – zur neuen Wohnung! Von allen aus der {N:TEAM}", "Liebe Oma {P1.given:r}, der Schal in {N:COLOUR} hat mich an dich erinnert. {P2.given:f}",
               "Für {P1:o}, danke fürs Aufpassen auf {P2.given:o}. {P3:f}", "Frohe Weihnachten {P1.given:g}! Viel Spaß mit {N:WORK}. {P2.given:f}", "alles liebe zum jahrestag {P1.given:g} ❤ {P2.given:f}",
               "Willkommen, kleine {P1.given:o}! Von Onkel {P2.given:r}", "Gute Besserung {P1.given:g}! {P2.given:f}, {P3.given:f} und die Katze"],
        'fr': ["Joyeux anniversaire Tata {P1.given:r} ! Bisous, {P2.given:f} et {P3.given:f}", "Pour {P1.given:g} – bravo pour l'appart ! De toute l'équipe {N:TEAM}", "Chère Mamie {P1.given:r}, cette écharpe {N:COLOUR} m'a fait penser à toi. {P2.given:f}",
               "Pour {P1:o}, merci d'avoir gardé {P2.given:o}. {P3:f}", "Joyeux Noël {P1.given:g} ! J'espère que {N:WORK} te plaira. {P2.given:f}", "joyeux anniversaire de mariage {P1.given:g} ❤ {P2.given:f}",
               "Bienvenue petite {P1.given:o} ! De la part de Tonton {P2.given:r}", "Bon rétablissement {P1.given:g} ! {P2.given:f}, {P3.given:f} et le chat"]}
def reg_gift(m):
    r, lang = m.r, m.lang
    gf = r.choice(GIFT[lang])
    rec = m.newp('f' if engine.re.search(r'(Aunty|Grandma|little|Tante|Oma|kleine|Tata|Mamie|petite)', gf) else None); buyer = m.newp('m' if engine.re.search('(Uncle|Onkel|Tonton)', gf) else None)
    m.t(L(lang, 'Order ', 'Bestellung ', 'Commande ')); m.order(); m.t(L(lang, ' – gift options\n', ' – Geschenkoptionen\n', ' – options cadeau\n'))
    m.t(L(lang, 'Gift message: "', 'Grußbotschaft: „', 'Message cadeau : « '))
    if r.random() < 0.25: m.fold = 'upper'
    m.render(gf, pm={1: rec, 2: buyer, 3: m.newp()})
    m.fold = None
    m.t(L(lang, '"\n', '“\n', ' »\n'))
    m.t(L(lang, 'Gift wrap: ', 'Geschenkpapier: ', 'Papier cadeau : ')); m.neg('COLOUR'); m.t('\n')
    m.t(L(lang, 'Recipient:\n', 'Empfänger:\n', 'Destinataire :\n')); m.person(rec, r.choice(['full', 'full', 'mid', 'sfup']), 'address_block'); m.t('\n')
    x = r.random()
    if lang == 'de' and x < 0.35:
        m.t('Postnummer ' + str(r.randint(100000, 99999999)) + '\n'); m.special(r.choice(['packstation', 'postfiliale']))
    elif lang == 'fr' and x < 0.35:
        m.neg('SHOP'); m.t('\n'); m.special('point_relais')
    elif lang == 'en' and x < 0.2:
        m.special('locker')
    else:
        m.address('block', '\n')
    m.t('\n' + L(lang, 'Ordered by: ', 'Besteller: ', 'Commandé par : ')); m.person(buyer, r.choice(['full', 'sfirst', 'init']), 'form_label'); m.t(' · '); m.email(buyer)
    if r.random() < 0.5: m.t('\n' + L(lang, 'Note: ', 'Hinweis: ', 'Note : ')); m.render(r.choice(FR[lang].DELIV + FR[lang].NEG))

def reg_booking(m):
    r, lang = m.r, m.lang
    c = m.newp(); staff = m.newp()
    kind = r.choice(['appt', 'cc', 'cc'])
    if kind == 'appt':
        m.t(L(lang, 'Booking confirmed ✔\n', 'Termin bestätigt ✔\n', 'Rendez-vous confirmé ✔\n'))
        m.t(L(lang, 'Name: ', 'Name: ', 'Nom : ')); m.person(c, r.choice(['full', 'sfirst', 'full']), 'form_label'); m.t('\n')
        m.t(L(lang, 'Service: ', 'Leistung: ', 'Prestation : ') + r.choice(L(lang, ['Cut & blow-dry', 'Eyebrow threading', 'Bike service', 'Suit fitting'], ['Waschen, Schneiden, Föhnen', 'Fahrradinspektion', 'Anzuganprobe'], ['Coupe-brushing', 'Révision vélo', 'Retouche costume'])))
        m.t(L(lang, ' with ', ' bei ', ' avec ')); m.person(staff, 'given', 'staff'); m.t('\n')
        m.t(L(lang, 'Where: ', 'Wo: ', 'Où : ')); m.neg('SHOP'); m.t(', '); m.address('block', ', ', cc={'en': 'uk', 'de': 'de', 'fr': 'fr'}[lang] if r.random() < 0.6 else None, unit_p=0.1); m.t('\n')
        m.t(L(lang, 'When: ', 'Wann: ', 'Quand : ')); m.neg('WEEKDAY'); m.t(f" {r.randint(1,28)} "); m.neg('MONTH'); m.t(f", {r.randint(9,18)}:{r.choice(['00','15','30','45'])}\n")
        m.t(L(lang, 'Phone: ', 'Telefon: ', 'Tél. : ')); m.phone(); m.t('\n')
        if r.random() < 0.6: m.t(L(lang, 'Notes: ', 'Notiz: ', 'Remarque : ')); m.render(r.choice(FR[lang].REL + FR[lang].PROSE))
    else:
        col = m.newp()
        m.t(L(lang, 'Click & Collect – ready for pickup\n', 'Click & Collect – abholbereit\n', 'Click & Collect – prête à retirer\n'))
        m.t(L(lang, 'Order ', 'Bestellung ', 'Commande ')); m.order(); m.t('\n')
        m.t(L(lang, 'Store: ', 'Filiale: ', 'Magasin : ')); m.neg('STORE'); m.t(' '); m.neg('CITY', engine.city_only(r, lang)); m.t('\n')
        m.t(L(lang, 'Customer: ', 'Kunde: ', 'Client : ')); m.person(c, r.choice(['full', 'sfup', 'sfirst', 'init']), 'form_label'); m.t('\n')
        m.render(L(lang, r.choice(["Collected by: {P1:l} (authorised by the customer)\n", "Authorised collector: {P1:l}\n", "Pickup person: {P1:l} – ID checked\n"]),
                     r.choice(["Abholung durch: {P1:l} (Vollmacht liegt vor)\n", "Abholberechtigt: {P1:l}\n", "Abholer: {P1:l} – Ausweis geprüft\n"]),
                     r.choice(["Retrait par : {P1:l} (procuration)\n", "Personne autorisée : {P1:l}\n", "Retiré par : {P1:l} – pièce d'identité vérifiée\n"])), pm={1: col})
        m.t(L(lang, 'Handed over by: ', 'Ausgegeben von: ', 'Remis par : ')); m.person(staff, r.choice(['ginit', 'given', 'full']), 'staff'); m.t('\n')
        if r.random() < 0.5: m.render(r.choice(FR[lang].PROSE), pm={1: col if r.random() < 0.5 else c})

def reg_loyalty(m):
    r, lang = m.r, m.lang
    p = m.newp()
    m.t(L(lang, '== Loyalty sign-up ==\n', '== Kundenkarte Anmeldung ==\n', '== Inscription carte fidélité ==\n'))
    m.neg('STORE'); m.t(' Club\n')
    if lang == 'fr' and r.random() < 0.5:
        m.t('Nom : '); m.person(p, 'sur', 'form_label') if r.random() < 0.5 else m.person(p, 'sur', 'form_label'); m.t('\nPrénom : '); m.person(p, 'given', 'form_label'); m.t('\n')
    elif r.random() < 0.65:
        m.t(L(lang, 'First name: ', 'Vorname: ', 'Prénom : ')); m.person(p, 'given', 'form_label'); m.t('\n')
        m.t(L(lang, 'Last name: ', 'Nachname: ', 'Nom : ')); m.person(p, 'sur', 'form_label'); m.t('\n')
    else:
        m.t(L(lang, 'Full name: ', 'Vollständiger Name: ', 'Nom complet : ')); m.person(p, r.choice(['full', 'mid', 'sfup']), 'form_label'); m.t('\n')
    m.t(L(lang, 'Date of birth: ', 'Geburtsdatum: ', 'Date de naissance : ') + f"{r.randint(1,28):02d}/{r.randint(1,12):02d}/{r.randint(1950,2006)}\n")
    # form dump address: street value ... city value, labels inside
    cc = r.choice({'en': ['uk', 'uk', 'ie', 'us'], 'de': ['de', 'de', 'at', 'ch'], 'fr': ['fr', 'fr', 'be', 'lu', 'ch']}[lang])
    lines, forms = engine.places.build(r, cc, lang, unit_p=0.2)
    street = lines[0] if len(lines) == 1 else ', '.join(lines[:-1]) if cc not in ('uk',) else lines[0]
    rest = lines[1:] if cc != 'uk' else lines[1:]
    lab = L(lang, 'Town / postcode: ', 'PLZ/Ort: ', 'CP / Ville : ')
    m.t(L(lang, 'Address: ', 'Straße/Nr.: ', 'Adresse : '))
    m._cc = cc
    m.addr([street, lab + ' '.join(rest)], forms | {'form_dump'}, 'form_dump', '\n')
    m.t('\n' + L(lang, 'Email: ', 'E-Mail: ', 'E-mail : ')); m.email(p)
    m.t('\n' + L(lang, 'Mobile: ', 'Handy: ', 'Portable : ')); m.phone()
    m.t('\n' + L(lang, 'Newsletter: ', 'Newsletter: ', 'Newsletter : ') + r.choice(L(lang, ['yes', 'no'], ['ja', 'nein'], ['oui', 'non'])))
    m.t('\n' + L(lang, 'Favourite colour: ', 'Lieblingsfarbe: ', 'Couleur préférée : ')); m.neg('COLOUR')
    if r.random() < 0.6:
        m.render('\n' + L(lang, 'Referred by: {P1:l}', 'Geworben von: {P1:l}', 'Parrainé(e) par : {P1:l}'), pm={1: m.newp()})
    if r.random() < 0.5:
        m.t('\n' + L(lang, 'Staff: ', 'Mitarbeiter/in: ', 'Vendeur·se : ')); m.person(m.newp(), r.choice(['given', 'ginit']), 'staff')

def reg_b2b(m):
    r, lang = m.r, m.lang
    buyer = m.newp(); rec = m.newp(); appr = m.newp(); sales = m.newp()
    kind = r.choice(['po', 'quote'])
    m.t(L(lang, 'PURCHASE ORDER ' if kind == 'po' else 'QUOTATION ', 'BESTELLUNG ' if kind == 'po' else 'ANGEBOT ', 'BON DE COMMANDE ' if kind == 'po' else 'DEVIS ') + f"{'PO' if kind=='po' else 'Q'}-2026-{r.randint(1000,9999)}\n")
    m.t(L(lang, 'Buyer: ', 'Auftraggeber: ', 'Acheteur : ')); m.neg('COMPANY'); m.t(' – '); m.neg('TEAM'); m.t('\n')
    m.render(L(lang, r.choice(["Contact: {T1} ({N:JOB_TITLE}), {E1}\n", "Contact person: {P1:l}, {N:JOB_TITLE}\n", "Your contact: {P1:l} · tel. {PH}\n"]),
                 r.choice(["Ansprechpartner: {T1} ({N:JOB_TITLE}), {E1}\n", "Kontakt: {P1:l}, {N:JOB_TITLE}\n", "Ihr Ansprechpartner: {P1:l} · Tel. {PH}\n"]),
                 r.choice(["Contact : {T1} ({N:JOB_TITLE}), {E1}\n", "Interlocuteur : {P1:l}, {N:JOB_TITLE}\n", "Votre contact : {P1:l} · tél. {PH}\n"])), pm={1: buyer})
    m.t(L(lang, 'Deliver to:\n', 'Lieferanschrift:\n', 'Livraison :\n')); m.neg('COMPANY'); m.t('\n')
    m.render(L(lang, r.choice(['Attn: {P1:l}\n', 'FAO {P1:l}, Goods-in\n']), r.choice(['z. Hd. {P1:l}\n', 'Wareneingang, z. Hd. {T1:l}\n']), r.choice(["À l'attention de {P1:l}\n", 'Quai de réception – {P1:l}\n'])), pm={1: rec})
    m.address('block', '\n', unit_p=0.1)
    m.t('\n' + L(lang, 'Invoice to: ', 'Rechnung an: ', 'Facturation : '))
    if r.random() < 0.5: m.t(L(lang, 'same as delivery', 'wie Lieferanschrift', 'identique à la livraison'))
    else: m.address('block', ', ', unit_p=0)
    m.t('\n\n')
    for i in range(r.randint(1, 3)):
        m.t(f"{i+1}  {r.randint(1,50)} x "); m.neg(r.choice(['PRODUCT', 'BRAND'])); m.t(' – '); m.neg('COLOUR'); m.t(f"  {r.randint(5,900)},{r.randint(10,99)}\n")
    m.render(r.choice(L(lang, ["Please confirm delivery date to {P1.given:o} in {N:TEAM}.", "{P2} will check the goods on arrival.", "Delivery {N:WEEKDAY} mornings only; ask for {P2.given:d} at the gate."],
                             ["Bitte Liefertermin an {P1.given:o} in der {N:TEAM} bestätigen.", "{P2} prüft die Ware beim Eingang.", "Anlieferung nur {N:WEEKDAY} vormittags, am Tor nach {P2.given:d} fragen."],
                             ["Merci de confirmer la date à {P1.given:o} au {N:TEAM}.", "{P2} contrôlera la marchandise.", "Livraison le {N:WEEKDAY} matin, demander {P2.given:d} à l'accueil."])), pm={1: buyer, 2: rec})
    m.t('\n' + L(lang, 'Approved by: ', 'Freigegeben: ', 'Validé par : ')); m.person(appr, r.choice(['full', 'init', 'sfup', 'mid']), 'staff')
    if kind == 'quote':
        m.t('\n' + L(lang, 'Sales: ', 'Vertrieb: ', 'Commercial : ')); m.person(sales, r.choice(['full', 'init']), 'staff'); m.t(', '); m.neg('JOB_TITLE')

def reg_rota(m):
    r, lang = m.r, m.lang
    crew = [m.newp() for _ in range(r.randint(4, 7))]
    sh = {id(p): r.choice(['given', 'ginit', 'given', 'full']) for p in crew}
    m.t(L(lang, 'Rota wk ', 'Dienstplan KW ', 'Planning sem. ') + str(r.randint(1, 52)) + ' – '); m.neg(r.choice(['STORE', 'SHOP'])); m.t(' '); m.neg('CITY', engine.city_only(r, lang)); m.t('\n')
    days = engine.negs.NL[lang]['WEEKDAY']
    for d in r.sample(range(7), r.randint(2, 4)):
        m.neg('WEEKDAY', days[d]); m.t(' | ' + r.choice(L(lang, ['Early', 'Late', 'Close'], ['Früh', 'Spät', 'Nacht'], ['Matin', 'Soir', 'Fermeture'])) + ' | ')
        for j, p in enumerate(r.sample(crew, r.randint(1, 3))):
            if j: m.t(', ')
            m.person(p, sh[id(p)], 'staff')
        m.t('\n')
    m.t(L(lang, '\nHandover notes:\n', '\nÜbergabe:\n', '\nPassation :\n'))
    for _ in range(r.randint(2, 4)):
        fr_ = r.choice(L(lang, ["- {P1.given:s} counted till 2, £5 short.", "- {P1.given:s} swapped with {P2.given:o} on {N:WEEKDAY}.", "- {T3} will come back re the {N:PRODUCT} (complaint).", "- keys are with {P1.given:o}.",
                                "- {P3} rang about her click & collect, told her {N:WEEKDAY}.", "- new starter {P3} shadowing {P1.given:o}.", "- {P1.given:s} off sick, covered by {P2.given:o}."],
                               ["- {P1.given:s} hat Kasse 2 gezählt, 5 € fehlen.", "- {P1.given:s} tauscht am {N:WEEKDAY} mit {P2.given:o}.", "- {T3} kommt wegen {N:PRODUCT} wieder (Reklamation).", "- Schlüssel hat {P1.given:o}.",
                                "- {P3} hat wegen Abholung angerufen, auf {N:WEEKDAY} vertröstet.", "- Neue Kollegin {P3} läuft bei {P1.given:o} mit.", "- {P1.given:s} krank, {P2.given:s} springt ein."],
                               ["- {P1.given:s} a compté la caisse 2, il manque 5 €.", "- {P1.given:s} échange avec {P2.given:o} {N:WEEKDAY}.", "- {T3} repassera pour le {N:PRODUCT} (réclamation).", "- les clés sont chez {P1.given:o}.",
                                "- {P3} a appelé pour son retrait, je lui ai dit {N:WEEKDAY}.", "- nouvelle recrue {P3} en binôme avec {P1.given:o}.", "- {P1.given:s} malade, remplacé par {P2.given:o}."]))
        if r.random() < 0.25: m.fold = r.choice(['lower', 'upper'])
        a, b = r.sample(crew, 2)
        m.render(fr_, pm={1: a, 2: b, 3: m.newp()}); m.fold = None; m.t('\n')
    m.render(r.choice(FR[lang].SIGN), pm={1: r.choice(crew)})

OCR_LAB = {'en': [('SENDER', 'SEN0ER', 'Sendcr'), ('RECIPIENT', 'RECIP1ENT', 'Rec1pient'), ('Contents', 'C0ntents', 'Conteuts')],
           'de': [('ABSENDER', 'ABS3NDER', 'Absendcr'), ('EMPFÄNGER', 'EMPF4NGER', 'Empf@nger'), ('Inhalt', 'lnhalt', 'Inha1t')],
           'fr': [('EXPÉDITEUR', 'EXPEDlTEUR', 'Expéd1teur'), ('DESTINATAIRE', 'DESTINATAlRE', 'Dest1nataire'), ('Contenu', 'Conteuu', 'C0ntenu')]}
def reg_ocr(m):
    r, lang = m.r, m.lang
    snd = m.newp(); rec = m.newp(); drv = m.newp()
    cn = r.random() < 0.5
    lab = [r.choice(x) for x in OCR_LAB[lang]]
    if cn: m.t('CN23  ' + L(lang, 'CUSTOMS DECLARATION', 'ZOLLINHALTSERKLÄRUNG', 'DÉCLARATION EN DOUANE') + ' |||\n')
    else: m.t(L(lang, 'DELIVERY NOTE', 'LIEFERSCHEIN', 'BON DE LIVRAISON') + f" Nr. {r.randint(10000,99999)}  ")
    if not cn: m.neg('CARRIER'); m.t('\n')
    up = r.random() < 0.5
    m.t(lab[0] + ': '); m.fold = 'upper' if up else None; m.person(snd, r.choice(['full', 'sfup', 'init']), 'address_block'); m.t('\n'); m.address('block', '\n', unit_p=0.2); m.fold = None; m.t('\n')
    m.t(lab[1] + ': '); m.fold = 'upper' if up or r.random() < 0.3 else None
    if r.random() < 0.3: m.t(r.choice(['C/O ', 'c/o ', 'ATTN ']) if m.fold else 'c/o ')
    m.person(rec, r.choice(['full', 'full', 'mid', 'sfup']), 'address_block'); m.t('\n')
    x = r.random()
    if x < 0.2 and lang == 'de': m.t('Postnummer ' + str(r.randint(1000000, 99999999)) + '\n'); m.special(r.choice(['packstation', 'postfiliale']))
    elif x < 0.2 and lang == 'fr': m.t('Point Relais ' + L(lang, '', '', '') ); m.neg('SHOP'); m.t('\n'); m.special('point_relais')
    elif x < 0.3:
        if r.random() < 0.5: m.neg('CARRIER', 'InPost'); m.t(' ')
        m.special('locker')
    else: m.address('block', '\n', unit_p=0.3)
    m.fold = None; m.t('\n')
    m.t(lab[2] + ': ')
    for _ in range(r.randint(1, 3)):
        m.neg(r.choice(['PRODUCT', 'BRAND', 'WORK'])); m.t(f" x{r.randint(1,4)}  HS {r.choice(['6109.10','4901.99','8517.62','6204.43','3304.99'])}  {r.randint(5,200)}.00 EUR; ")
    m.t('\n')
    if cn: m.t(L(lang, 'Gift', 'Geschenk', 'Cadeau') + ' [X]  ' + L(lang, 'Commercial sample [ ]', 'Warenmuster [ ]', 'Échantillon [ ]') + '\n')
    m.t(L(lang, 'Signature: ', 'Unterschrift: ', 'Signature : ')); m.person(snd, r.choice(['sur', 'init', 'full']), 'signoff')
    if not cn and r.random() < 0.7:
        m.t('\n' + L(lang, 'Driver: ', 'Fahrer: ', 'Chauffeur : ')); m.person(drv, r.choice(['given', 'ginit', 'full']), 'staff'); m.t('  ')
        m.render(r.choice(FR[lang].DELIV))

VM = {'en': ["hi this is {P1.given:s} from {N:SHOP}, calling for {T2:ts} about your order", "hello, it's {P1} here, I'm ringing on behalf of my mum {P2:r}", "yeah hi, {P1.given:s} speaking, the courier left my parcel with {P2:o} I think",
             "hi it's {P1.given:s}, your driver, I'm outside {A} but nobody's answering", "good morning, message for {P2.given:o}, it's {P1} from {N:COMPANY} accounts"],
      'de': ["hallo hier ist {P1.given:s} von {N:SHOP}, ich rufe für {T2:ts} wegen der bestellung an", "guten tag, {P1} hier, ich rufe für meine mutter {P2:r} an", "ja hallo, {P1.given:s} hier, der bote hat mein paket glaub ich bei {P2:o} abgegeben",
             "hi hier ist {P1.given:s}, ihr fahrer, ich stehe vor {A}, aber es macht keiner auf", "guten morgen, nachricht für {P2.given:o}, hier ist {P1} von der {N:TEAM} bei {N:COMPANY}"],
      'fr': ["bonjour c'est {P1.given:s} de {N:SHOP}, j'appelle pour {T2:ts} au sujet de la commande", "bonjour, {P1} à l'appareil, j'appelle de la part de ma mère {P2:r}", "oui allô, c'est {P1.given:s}, le livreur a laissé mon colis chez {P2:o} je crois",
             "salut c'est {P1.given:s}, votre livreur, je suis devant le {A} mais personne ne répond", "bonjour, message pour {P2.given:o}, c'est {P1} du service {N:TEAM} de {N:COMPANY}"]}
VM2 = {'en': ["can you call me back on {PH}", "the reference is {ON}", "I'll try again on {N:WEEKDAY}", "or just leave it with {P3:d} next door", "thanks, bye"],
       'de': ["rufen sie mich bitte unter {PH} zurück", "die nummer ist {ON}", "ich versuch's am {N:WEEKDAY} nochmal", "oder einfach bei {P3:d} nebenan abgeben", "danke, tschüss"],
       'fr': ["rappelez-moi au {PH}", "la référence c'est {ON}", "je réessaie {N:WEEKDAY}", "ou laissez-le chez {P3:d} à côté", "merci, au revoir"]}
def reg_voicemail(m):
    r, lang = m.r, m.lang
    m.t(L(lang, 'Voicemail from ', 'Sprachnachricht von ', 'Message vocal de ')); m.phone(); m.t(f" · 0:{r.randint(10,59)} · " + L(lang, 'transcribed', 'transkribiert', 'transcrit') + '\n')
    m.t('"')
    up = r.random(); m.fold = 'lower' if up < 0.6 else 'upper' if up < 0.75 else None
    pm = {}
    m.render(r.choice(VM[lang]), pm=pm, reuse=0); m.t(', ')
    for x in r.sample(VM2[lang], r.randint(1, 3)):
        m.render(x, pm=pm, reuse=0); m.t(', ')
    if r.random() < 0.5: m.render(r.choice(FR[lang].PROSE).rstrip('.!?'), pm={1: m.pick(0.5)}); m.t(' ')
    m.t(L(lang, "uh that's it", 'äh das war\'s', 'euh voilà'))
    m.fold = None; m.t('"')

def reg_neg(m):
    r, lang, F = m.r, m.lang, FR[m.lang]
    for _ in range(r.randint(3, 6)):
        m.render(r.choice(F.NEG)); m.t(r.choice([' ', '\n']))
    if r.random() < 0.3: m.t(r.choice(F.FILL))

REGS = [('whatsapp', reg_chat), ('social_dm', reg_social), ('forum', reg_forum), ('crm_note', reg_crm), ('chargeback', reg_chargeback), ('gift_message', reg_gift),
        ('booking', reg_booking), ('loyalty_form', reg_loyalty), ('b2b_po', reg_b2b), ('staff_rota', reg_rota), ('ocr_delivery', reg_ocr), ('voicemail', reg_voicemail), ('neg', reg_neg)]
PER = 42

def main():
    r = random.Random(SEED)
    out = []
    for name, fn in REGS:
        for lang in LANGS:
            n = 30 if name == 'neg' else PER
            for i in range(n):
                m = Msg(r, lang)
                fn(m)
                text, spans, negs_ = m.build()
                kind = 'pii' if spans else 'neg'
                out.append({'id': f"v11-{name}-{lang}-{i:03d}", 'lang': lang, 'register': name, 'kind': kind, 'frame': name, 'text': text, 'spans': spans, 'negatives': negs_})
    with open('set.jsonl', 'w', encoding='utf-8') as f:
        for d in out: f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(len(out), 'records')

if __name__ == '__main__':
    main()
