# -*- coding: utf-8 -*-
# German frames (v8), hand-written.
FRAMES = [
("email", "liebe_adresse", """{g1:Lieber|Liebe} {p1:given|greeting},

danke für den Rückruf. Wie besprochen bitte die Bestellung {ord} nicht an mich, sondern an {g2:meinen Bruder|meine Schwester} {p2:full|relation} schicken:

{a1:multi|address_block}

{p2:given|repeat} ist tagsüber zuhause. Falls nicht, bitte bei {p3:full|relation} ({g3:Nachbar|Nachbarin}, EG) abgeben.

Viele Grüße
{p4:sig|signoff}"""),
("email", "zhd_firma", """Sehr geehrte Damen und Herren,

bitte senden Sie die Gutschrift z. Hd. {T1} {p1:any|role} an folgende Anschrift:

{a1:multic|address_block}

Rückfragen gerne an {p2:full|role} aus unserer Buchhaltung, Tel. {ph}.

Mit freundlichen Grüßen
{p3:sig|signoff}
{n:JOB}"""),
("chat", "kunde_chat", """[{time}] Kunde: hallo, mein Paket ist bei {p1:full|third_party} gelandet, keine Ahnung wer das ist
[{time}] Agent {p2:given|signoff}: Das tut mir leid! Welche Lieferadresse ist hinterlegt?
[{time}] Kunde: {a1:line|prose}
[{time}] Agent {p2:given|signoff}: Danke. Laut {n:CARRIER} hat {p1:given|repeat} unterschrieben. Ich starte einen Nachforschungsauftrag."""),
("sloppy_chat", "sloppy_wg", """boah das paket is wieder bei {p1:lowerg|third_party} von gegenüber
{g1:der|die} wohnt {a1:street|prose}
kannst du {p2:lower|relation} sagen dass {g2:mein bruder|meine schwester} das abholt, {p2:lowerg|repeat} hat nen schlüssel
lg {p3:lowerg|signoff}"""),
("sms", "sms_filiale", """{n:CARRIER}: Ihre Sendung für {p1:upper|role} liegt zur Abholung bereit. Postnummer {postnr}
{a1:filiale|prose}
Abholung mit Ausweis bis {date}."""),
("sms", "sms_packstation", """Hi {p1:given|greeting}, hab die Lieferadresse geändert auf
{postnr}
{a1:pack|address_block}
– {p2:given|signoff}"""),
("voice_transcript", "voice_de", """[Sprachnachricht] ja hallo hier ist {p1:lower|subject} ähm ich ruf an wegen der bestellung von {g2:meinem vater|meiner mutter} {p2:lower|relation} {g2:der|die} {p2:lowerg|repeat} wohnt jetzt {a1:lower|prose} und das paket ging noch an die alte adresse ja rufen sie mich bitte zurück unter {ph} danke"""),
("form", "formular_upper", """LIEFERSCHEIN
KUNDE: {p1:sfup|form_label}
ANSCHRIFT: {a1:upper|form_label}
EMPFÄNGER ABWEICHEND: {p2:upper|form_label}
KLINGEL: {p3:upsur|delivery_note} / {p1:upsur|delivery_note}
HINWEIS: BEI NICHTANTREFFEN BRIEFKASTEN"""),
("crm_note", "crm_de", """{!p1=f}{!p2=f}Notiz {date}: Anruferin verifiziert als {p1:any|role}. Karteninhaberin ist laut System {p2:full|role}. {p1:given|repeat} sagt, {p2:given|subject} sei ihre Mutter und habe die Bestellung {ord} für {a1:line|prose} freigegeben. Rückruf durch {p3:init|role} vereinbart."""),
("marketplace", "marktplatz_verkauft", """Glückwunsch, dein Artikel „{n:PRODUCT}“ wurde verkauft!
Käufer: {p1:any|role}
Versand an:
{p1:full|address_block}
{a1:multi|address_block}
Bitte innerhalb von 3 Werktagen versenden. Fragen? Schreib {p1:given|repeat} über die App."""),
("review", "bewertung", """★★★★★ Für {g1:meinen Kollegen|meine Kollegin} {p1:full|relation} bestellt, {p1:given|subject} war begeistert. Der Fahrer, {p2:given|third_party}, hat sogar im 4. Stock geklingelt. Nur die {n:BRAND}-Verpackung war eingedrückt. – {p3:init|signoff}"""),
("delivery_note", "zustellhinweis", """Zustellhinweis: {a1:any|delivery_note}. Am Briefkasten steht {p1:upsur|delivery_note}, auf der Klingel {p2:sur|delivery_note}. Bei Abwesenheit bitte bei {p3:full|relation} im Hinterhaus abgeben."""),
("ticket", "ticket_de", """Ticket {tix} – falscher Empfänger
{g1:Kunde|Kundin} {p1:sfirst|form_label} meldet, dass die Sendung {ord} an {p2:mid|third_party} übergeben wurde (Unterschrift „{p2:init|third_party}“).
Adresse laut Konto:
{a1:multi|address_block}
Bearbeiter: {p3:full|role}"""),
("email", "zitat_de", """Hallo {p1:given|greeting},

kannst du dir das anschauen?

Am {date} schrieb {p2:full|quote_header}:
> Guten Tag,
> {g3:mein Vater|meine Mutter} {p3:full|relation} hat an die alte Adresse bestellt:
> {a1:multi|address_block}
> {p3:given|repeat} ist aber umgezogen. Bitte stornieren.
> Gruß {p2:sig|signoff}

Danke, {p4:sig|signoff}"""),
("chat", "co_chat", """[{time}] {p1:given|form_label}: Bitte den Ersatz c/o {p2:full|role} schicken: {a1:line|prose}
[{time}] Support: Notiert. Soll auf dem Etikett „z. Hd. {p1:full|role}“ stehen?
[{time}] {p1:given|form_label}: ja, und falls keiner aufmacht bei {p3:sur|delivery_note} klingeln"""),
("email", "signatur_de", """Guten Tag,

{p1:full|subject} aus Ihrem Kundenservice meinte, ich solle die neue Adresse per Mail schicken. Ich wohne nicht mehr in {n:CITY}.

{a1:multic|address_block}

Beste Grüße
{p2:sig|signoff}
{n:JOB}, {n:COMPANY}
{ph}"""),
("sloppy_chat", "sloppy_gruppe", """{p1:lowerg|subject}: wer hat den mixer bestellt
{p2:lowerg|subject}: ich nich, das war {p3:lower|third_party}
{p1:lowerg|repeat}: der kam an {a1:lower|prose}, kennt keiner
{p3:lowerg|repeat}: upps alte adresse sorry"""),
("email", "kontoinhaber", """Sehr geehrte Damen und Herren,

ich schreibe im Auftrag {g1:des Kontoinhabers Herrn|der Kontoinhaberin Frau} {p1:sur|title_surname}, {g1:der|die} zurzeit im Krankenhaus liegt. {g1:Er|Sie} bittet, das Abo zu kündigen und die letzte Lieferung an {g1:sein|ihr}{g2:en Enkel|e Enkelin} {p2:full|relation} zu senden:

{a1:multi|address_block}

Mit freundlichen Grüßen
{p3:mid|signoff}"""),
("form", "formular", """Retourenformular
Name: {p1:full|form_label}
Straße: {a1:street|form_label}
E-Mail: {e1}
Grund: beschädigt; {p2:full|subject} vom Lager hat das telefonisch bestätigt.
Unterschrift: {p1:init|signoff}"""),
("chat", "empfaenger", """[{time}] Kundin: Kann der Empfänger auf {p1:any|role} geändert werden? {g1:Er|Sie} holt es für mich ab.
[{time}] Agent: Klar. Bleibt die Adresse {a1:line|prose}?
[{time}] Kundin: nein, bitte {a2:line|prose}
[{time}] Agent: Erledigt. Sonst noch etwas, {T2} {p2:sur|title_surname}?"""),
("email", "hausgemeinschaft", """Hallo,

wir wohnen zu dritt in der {a1:line|prose}. Pakete für {p1:full|third_party}, {p2:full|third_party} und mich landen ständig bei Hausnummer {d2}. {p2:given|subject} wollte mit dem Fahrer reden, hat nichts gebracht. {p1:sur|repeat} hat sogar ein Einschreiben verloren.

Danke
{p3:sig|signoff}"""),
("email", "servus", """Servus {p1:given|greeting},

mein Spezl {p2:full|relation} hat das {n:PRODUCT} über mein Konto bestellt, als Geschenk für {p3:given|third_party}. Bitte an {p2:given|repeat} schicken:

{a1:multi|address_block}

Pfiat di
{p4:sig|signoff}"""),
("ticket", "intern_de", """Intern: {p1:full|subject} aus der Buchhaltung fragt, warum auf der Rechnung zu {ord} {p2:sfup|form_label} als Käufer steht. Lieferadresse: {a1:country|prose}. {p1:given|repeat} braucht das bis Freitag. cc {p3:init|role}"""),
]

PS = [
    "PS: {w}", "PS: Das {n:PRODUCT} habe ich auch bestellt.", "PS: Die {n:TITLE}-Tasse ist super!",
    "PS: Gibt es die {n:BRAND}-Jacke wieder?", "PS: Die {n:STORE}-Filiale hatte Sonntag zu.",
    "PS: Die {n:CARRIER}-Sendungsverfolgung geht mal wieder nicht.", "PS: Das {n:PUBLIC_FIGURE}-Poster kam heil an.",
    "PS: Ich fliege am Montag ab {n:PLACE}.", "PS: {n:SHOP} nebenan hatte dasselbe Problem.",
    "PS: Bis zum 20. bin ich nicht in {n:CITY}.", "PS: Unser {n:JOB} ist diese Woche nicht da.",
]

NEG_FRAMES = [
("email", "neg_marken", """Hallo,

fällt {n:BRAND} genauso aus wie {n:BRAND}? Ich habe letztes Jahr bei {n:STORE} in {n:CITY} eins gekauft. Wird das {n:PRODUCT} mit {n:CARRIER} oder {n:CARRIER} verschickt?

Danke"""),
("review", "neg_bewertung", """{w} Die {n:TITLE}-Box und eine {n:PUBLIC_FIGURE}-Tasse bestellt. Kam mit {n:CARRIER}, alles heil. Die Geschenkverpackung von {n:SHOP} war toll."""),
("chat", "neg_chat_de", """[{time}] Kunde: liefert ihr nach {n:POSTCODE}?
[{time}] Agent: ja, {n:CARRIER} fährt dort. Unser {n:JOB} bestätigt das Zeitfenster.
[{time}] Kunde: und das {n:PRODUCT}? hab es bei {n:STORE} gesehen."""),
("sloppy_chat", "neg_sloppy_de", """lol das {n:PRODUCT} kam in nem {n:BRAND} karton, meine kleine dachte es ist von {n:PUBLIC_FIGURE}
abholstelle ist beim {n:PLACE} übrigens"""),
("ticket", "neg_ticket_de", """Ticket {tix}: Paket hängt im {n:CARRIER}-Depot in {n:CITY}. {w} Artikel: {n:PRODUCT}. Motiv laut Angebot: {n:TITLE}."""),
("email", "neg_firma_de", """Guten Tag,

wir sind Händler für {n:COMPANY} und {n:COMPANY}. Könnte Ihr {n:JOB} uns die Preisliste schicken? Wir versenden ab {n:CITY}, PLZ {n:POSTCODE}.

Gruß, der Einkauf"""),
]
