# German frames for names-addresses-v7.

FRAMES = [
("de_umleitung_rel", "email", "pii", """Hallo {B.given:greeting},

kurze Frage zu Bestellung {ORD}: Ich bin am {D} nicht da, deshalb nimmt {A.rel} {A.any:relation} das Paket an. {A.He} wohnt gleich um die Ecke, {X.line:prose}. Könnt ihr die Lieferung dorthin umleiten?

Danke und viele Grüße
{C.sig:signoff}
{C.phone}"""),

("de_zitat_antwort", "email", "pii", """Guten Tag,

leider ist immer noch nichts angekommen, siehe unten.

Gruß
{C.full:signoff}
{Q}
Am {D} schrieb {B.full:quote_header} <{B.email}>:
> Sehr geehrte/r {C.tsur:title_surname},
>
> vielen Dank für Ihre Geduld. Laut Lager wurde das Paket mit {N.CARRIER} an {X.line:prose} verschickt.
> Falls niemand zu Hause war, wurde es vermutlich bei {A.tsur:quoted} im Erdgeschoss abgegeben.
>
> Mit freundlichen Grüßen
> {B.sig:signoff}
> {N.JOB_TITLE}"""),

("de_chat_kollege", "chat", "pii", """[{T}] Kunde: hallo, {A.rel} holt die Bestellung am {D} in der Filiale {N.CITY} ab, geht das?
[{T}] Support ({B.given:role}): Klar! Auf welchen Namen läuft die Bestellung?
[{T}] Kunde: auf meinen, {C.sfirst:form_label}. Abholen kommt {A.full:relation}
[{T}] Support ({B.given:role}): Danke. {A.given:relation} braucht bitte einen Ausweis und die Nummer {ORD}.
[{T}] Kunde: passt, danke!"""),

("de_lieferschein", "delivery_note", "pii", """LIEFERSCHEIN {ORD}
Empfänger: {C.upper:role}
{X.ml:address_block}
Hinweis für Zusteller: Bei Abwesenheit bitte bei {A.reld} ({A.tsur:delivery_note}, Hausnummer {NUM}) abgeben, nicht in die Garage. Klingel: {C.upsur:delivery_note} / {B.sur:delivery_note}"""),

("de_bewertung_personal", "review", "pii", """{A=f}★★★★☆ Habe den {N.PRODUCT} als Geschenk gekauft. Die Verkäuferin bei {N.STORE}, ich glaube sie hieß {A.given:role}, war super nett und hat alles eingepackt. Einen Stern Abzug, weil auf dem Karton ein {N.PUBLIC_FIGURE}-Aufkleber klebte."""),

("de_sms_schwester", "sms", "pii", """hi hier ist {C.given:signoff}, kannst du das 2. paket bitte an {A.rel} schicken? {A.full:relation}, {X.line:prose}. {A.he} ist den ganzen tag da"""),

("de_im_auftrag", "email", "pii", """Sehr geehrte Damen und Herren,

{A.Rel}, {A.mid:relation}, hat letzte Woche den {N.PRODUCT} bestellt, hat aber kein E-Mail-Konto. Ich schreibe deshalb für {A.him}; Rückfragen bitte an mich. Die Lieferadresse bleibt:

{X.ml:address_block}

Mit freundlichen Grüßen

{C.sig:signoff}
Tel. {C.phone}
{C.email}"""),

("de_weiterleitung", "email", "pii", """Kann das bitte jemand übernehmen? Ich bin ab morgen im Urlaub.

LG {B.given:signoff}
{Q}
-------- Weitergeleitete Nachricht --------
Von: {A.full:quote_header} <{A.email}>
Datum: {D}
Betreff: falsche Größe

Hallo,

ich habe das {N.BRAND}-Hemd in XL statt M bekommen. Ich hab es schon zurückgeschickt, auf dem Retourenschein stand {X.line:prose}. Stimmt das so?

Grüße
{A.given:signoff}"""),

("de_kleinanzeige", "marketplace", "pii", """Nachricht vom Käufer:
Hallo {B.given:greeting}, die {N.BRAND}-Tasche ist toll! Könnten Sie sie direkt an {A.rel} schicken? {A.He} studiert gerade:
{A.full:relation}
{X.ml:address_block}
Porto zahle ich extra. LG {C.full:signoff}"""),

("de_ticket_anruf", "ticket", "pii", """{A=m}Ticket {NUM}{NUM} | Kanal: Telefon | Bearbeiter: {B.init:role}
Anrufer verifiziert als {C.full:role} (Geburtsdatum + PLZ). Laut Anrufer hat der Nachbar {A.full:relation} am {D} für das Paket unterschrieben, bestreitet aber, es zu haben. Nachbar wohnt {X.line:prose}. An {N.CARRIER} Reklamation weitergegeben."""),

("de_schlampig", "sloppy_chat", "pii", """{A=m}sry mein mitbewohner {A.lower:relation} hat den {N.WORD} pulli aus versehen über meinen account bestellt, könnt ihr das einfach an {X.low:prose} schicken?? danke"""),

("de_thread_lang", "email", "pii", """{D=f}Hallo {B.given:greeting},

danke für die schnelle Erstattung. Eine Sache noch: Der Ersatz soll bitte ins Büro, nicht nach Hause. Unsere Empfangskraft {A.full:role} nimmt alles an.

Beste Grüße
{C.mid:signoff}
{N.JOB_TITLE} | {N.COMPANY}
{C.phone}
{Q}
> Von: {B.full:quote_header}
> Gesendet: {D}
> An: {C.full:quote_header}
> Betreff: Ihre Retoure
>
> Hallo {C.tsur:greeting},
> die Erstattung für {ORD} ist veranlasst. Freitags betreut übrigens meine Kollegin {D.full:quoted} das Postfach.
> {B.given:signoff}"""),

("de_geschenk_prosa", "chat", "pii", """Das ist eine Überraschung zum 80. von {A.reld}, bitte keine Rechnung beilegen. Liefern Sie bitte an {A.full:relation}, {X.line:prose} – {A.he} hört schlecht, also kräftig klopfen! Auf die Karte: „Alles Liebe, {C.given:mention} und {D.given:mention}“."""),

("de_formular", "form", "pii", """Kunde: {C.upper:form_label}
Abweichender Empfänger: {A.full:role}
Beziehung: {A.relword}
Anschrift:
{X.ml:address_block}
Telefon: {C.phone}
Anmerkung: bitte zweimal klingeln, Hinterhaus"""),

("de_packstation", "email", "pii", """Hallo,

bitte an meine Packstation liefern, zu Hause bin ich nie:

{C.full:address_block}
Postnummer {PNUM}
{X.pack}

Danke!
{C.given:signoff}"""),

("de_postfiliale", "chat", "pii", """geht auch Postfiliale? dann bitte an {C.full:role}, PostNummer {PNUM}, {X.pfil:prose}. Danke"""),

("de_strasse_allein", "chat", "pii", """bin erst ab 18 Uhr da, aber {A.given:relation} (wohnt bei mir gegenüber, {X.st}) nimmt es an. ist das für {N.CARRIER} ok?"""),

("de_signatur", "email", "pii", """Hallo zusammen,

der {N.PRODUCT} kam beschädigt an, Foto im Anhang. Ersatz gern an die gleiche Adresse wie beim letzten Mal.

-- 
{C.sig:signoff}
{X.line:address_block}
{C.email}"""),

("de_hausmeister", "chat", "pii", """{A=m}Kunde: Sendung zeigt zugestellt, aber hier ist nix
{B.full:role} (Support): Das tut mir leid! Der Fahrer hat notiert: „abgegeben bei {A.full:delivery_note}, Whg. {NUM}“. Kennen Sie die Person?
Kunde: achso, {A.given:relation} ist unser Hausmeister. ok frag ich, danke {B.given:greeting}"""),

("de_postfach", "email", "pii", """Guten Tag,

bitte die Rechnung an unser Postfach, Post ans Lager kommt nicht an:

z. Hd. {C.full:role}
{X.pobox}

Danke und Gruß
{C.given:signoff}"""),

("de_schlampig_nachbar", "sloppy_chat", "pii", """also bin bis sonntag weg, {A.rel} {A.lowerg:relation} hat nen schlüssel und holt das, {A.he} wohnt {X.low:prose}. oder einfach bei {B.lower:delivery_note} unten abgeben haha"""),

("de_prosa_abholung", "chat", "pii", """Moin! Kleine Änderung: Abholen wird {A.rel} aus der Buchhaltung, {A.sfirst:relation} (ja, Nachname zuerst, so unterschreibt {A.he} immer). Falls das nicht klappt, schickt es bitte zu {A.him} nach Hause, also an {X.line:prose}. Vielen Dank, {C.full:signoff}"""),

("de_zitat_signatur", "email", "pii", """Sorry fürs Nachhaken – gibt es schon was Neues?
{C.init:signoff}
{Q}
> Am {D} schrieb {C.full:quote_header}:
> Hallo {B.given:greeting},
> meine {N.BRAND}-Bestellung ist nie angekommen. {A.Rel}, {A.full:relation}, war den ganzen Tag da und hat keinen Wagen gesehen.
>
> Danke
> {C.sig:signoff}
> {X.mlq:address_block}
> {C.phone}"""),

# hard-negative frames
("de_neg_marke", "chat", "neg", """Habt ihr noch was von {N.BRAND} oder {N.BRAND}? Suche sowas wie den {N.PRODUCT}, nur günstiger. Bei {N.STORE} ist meine Größe weg."""),
("de_neg_thema", "review", "neg", """Tolle Biografie über {N.PUBLIC_FIGURE}, schnell geliefert. Dazu noch die DVD „{N.TITLE}“ und ein Poster von {N.PUBLIC_FIGURE}. Verpackung von {N.CARRIER} war ok."""),
("de_neg_orte", "chat", "neg", """{N.GREETING}, liefert ihr auch nach {N.CITY} oder nur nach {N.CITY}? Meine PLZ fängt mit {N.POSTCODE} an. Abholen könnte ich auch am {N.PLACE}."""),
("de_neg_laden", "review", "neg", """Hab das früher immer bei {N.SHOP} gekauft, bis die zugemacht haben. Die Farbe {N.WORD} ist schön, ähnlich wie beim {N.PRODUCT} von {N.BRAND}. Empfehlenswert.
{N.SIGNOFF}"""),
("de_neg_firma", "ticket", "neg", """B2B-Auftrag für {N.COMPANY}, Lieferung ans Werk von {N.COMPANY} in {N.CITY}. Ansprechpartner: {N.JOB_TITLE}. Versand per {N.CARRIER}. Keine personenbezogenen Daten im Ticket."""),
("de_neg_gemischt", "email", "neg", """{N.GREETING},

ist die Box „{N.TITLE}“ wieder lieferbar? Und gibt es den {N.WORD}-Schal von {N.BRAND} auch in {N.WORD}?

{N.SIGNOFF}"""),
]
