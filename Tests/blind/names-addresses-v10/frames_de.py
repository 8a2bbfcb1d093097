# Deutsche Satzrahmen (von Hand geschrieben).
GREET = [
 "Hallo {P@R.given.greeting},", "Liebe {P@Rf.given.greeting},", "Lieber {P@Rm.given.greeting},", "Sehr geehrte{g@R:r Herr| Frau} {P@R.sur.greeting},",
 "Guten Tag {T@R} {P@R.sur.greeting},", "Hi {P@R.given.greeting}!", "Moin {P@R.given.greeting},", "Servus {P@R.given.greeting},",
 "Guten Morgen {P@R.full.greeting},", "Grüezi {T@R} {P@R.sur.greeting}", "{P@R.given.greeting},", "Sehr geehrte {=TITLE:Damen und Herren},",
]
SIGN = [
 "Viele Grüße\n{P@W.full.signoff}", "Mit freundlichen Grüßen\n{P@W.full.signoff}\n{N:JOB_TITLE}", "LG {P@W.given.signoff}", "Beste Grüße,\n{P@W.init.signoff}",
 "Gruß\n{P@W.given.signoff}", "Freundliche Grüße\n{P@W.mid.signoff}", "Danke und Gruß,\n{P@W.sfup.signoff}", "Herzliche Grüße aus {CITY}\n{P@W.given.signoff}",
 "MfG\n{P@W.full.signoff}", "-- \n{P@W.full.signoff} | {N:JOB_TITLE}\nTel. {PH}", "Schöne Grüße\n{P@W.given.signoff} {P@W.sur.signoff}", "Mit besten Grüßen\n{P@W.full.signoff}\n{=COMPANY:Miele} Kundendienst",
]
PROSE = [
 "{P2.any.subject} hat das erste Paket gepackt und es kam heil an.", "Ich habe gestern mit {P2.any.object} telefoniert, {g2:er|sie} wollte zurückrufen.",
 "Ihr Kollege {P2m.given.staff} war an der Kasse sehr hilfsbereit.", "{P2.given.subject} aus dem Lager sagt, die Palette ging am {N:WEEKDAY} raus.",
 "Der Fahrer, {P3m.full.staff}, hat eine Karte eingeworfen, aber nicht geklingelt.", "Könnten Sie {P2.given.object} fragen, ob die Rechnung raus ist?",
 "{P2.full.subject} und {P3.full.subject} haben dieselbe Lampe bestellt, bitte die Pakete nicht zusammenlegen.",
 "Meine Mitbewohnerin {P2f.given.relation} hat das Paket angenommen. {P2.rep} hat mit Kürzel unterschrieben.",
 "Letztes Mal hat {P3.any.staff} das in einer Stunde gelöst – kann {g3:er|sie} das wieder übernehmen?", "Laut {P2.any.object} wurde die Erstattung am {DATE} freigegeben.",
 "{P2.given.subject} holt es für mich ab, {g2:er|sie} hat die Bestellnummer.", "Wir haben es bereits an {P3.full.object} in der Buchhaltung eskaliert.",
 "Ich leite das an {P2.given.object} weiter, {g2:er|sie} betreut den Standort Hannover.", "Unsere Nachbarin {P4f.any.relation} hat den Karton zwei Tage aufbewahrt.",
 "{T2} {P2.sur.title_surname} aus der Buchhaltung hat die Zahlung heute früh bestätigt.", "Danke an {P3.given.object} für die schnelle Antwort!",
 "Bitte rufen Sie {P2.given.object} nicht mehr an, {g2:er|sie} hat mit der Bestellung nichts zu tun.", "{P2.init.subject} hat um 14:05 unterschrieben.",
 "Ich glaube, {P2.given.subject} hat die Etiketten vertauscht – {P2.rep} hat sich schon entschuldigt.", "{P2.given.subject} und {P3.given.subject} waren in CC, aber keiner hat geantwortet.",
 "Der Techniker, {P3m.mid.staff}, hat das Scharnier getauscht, die Tür klemmt trotzdem.", "Fragen Sie an der Retourentheke nach {P2.given.staff}, {g2:er|sie} kennt den Fall.",
 "{P4.full.subject} hat mich zweimal wegen der fehlenden Schrauben angerufen.", "Meine Mutter {P2f.given.relation} ist 82, der Fahrer soll bitte warten.",
 "Eine gewisse {P3f.given.object} meinte, der Artikel sei ausgelaufen.", "{P2.given.subject} ist bis {N:MONTH} im Urlaub, {P3.given.subject} vertritt.",
 "Angeblich hat {P2.any.subject} im Depot Bochum das Paket als zugestellt gescannt.", "Schicken Sie die Fotos bitte an {P2.given.object} und mich.",
 "hab {P3.given.object} an der packstation getroffen, {g3:er|sie} meinte passt schon", "Ihr Mitarbeiter {P2m.full.staff} hat gesagt, ich soll hier schreiben.",
 "Das Paket von {P2.given.subject} kam an, meins nicht.", "{P2.full.subject} (mein Geschäftspartner) soll die Belege auch bekommen.",
 "Ich habe {P3.given.object} in CC gesetzt, damit {g3:er|sie} die Farbe bestätigt.", "Der Karton war offen – {P2.given.subject} hat das aufgeschnittene Klebeband bemerkt.",
 "Zusteller {P4m.given.staff} war super nett, bitte richten Sie meinen Dank aus.", "Also sagt {P2.rep} das eine und {P3.rep} das andere.",
 "Frau {P3f.sur.title_surname} vom Empfang hat das Paket in den Keller gebracht.", "Wir hatten auch {P3.sur.subject} aus der IT wegen des Logins dran.",
 "Bei {P2.given.object} im Büro liegt noch die alte Ware.",
]
REL = [
 "Das Paket ist für meine Tochter {P2f.full.relation}, bitte ihren Namen aufs Etikett.", "Karteninhaberin: {P2f.full.role}", "Karteninhaber: {P2m.full.role}",
 "Kontoinhaber: {P2.full.role}", "Mein Mann {P2m.given.relation} ist ab 18 Uhr zu Hause.", "Meine Frau {P2f.full.relation} hat über ihr Konto bestellt.",
 "Das Geschenk ist für meinen Neffen {P3m.given.relation}, bitte keine Rechnung beilegen.", "Anrufer verifiziert als {P2.full.role}.", "z. Hd. {P2.full.role}",
 "Bitte an: c/o {P2.full.role}", "Empfänger: {P2.full.role}", "Mein Partner {P2m.any.relation} hat denselben Nachnamen, aber eine andere Karte.",
 "Bevollmächtigt: {P2.full.role}", "Die Vollmacht hat mein Sohn {P3m.full.relation}.", "Notfallkontakt: {P2.full.role}, {PH}",
 "Bestellt hat meine Assistentin {P2f.given.relation} in meinem Namen.", "Zahlungsempfänger: {P2.sfirst.role}", "Name auf der Karte: {P2.upper.role}",
 "Käufer: {P2.full.role}", "Bitte an meine Oma, {P2f.full.relation}, schicken.", "Hauptmieterin: {P2f.full.role}", "Ansprechpartner vor Ort: {T2} {P2.sur.role}",
]
DELIV = [
 "Klingelschild: {P2.upsur.delivery_note} / {P3.upsur.delivery_note}", "Wenn niemand öffnet, bitte bei {g2:Herrn|Frau} {P2.sur.delivery_note} (Nr. 14) abgeben.",
 "Bitte bei {P2.sur.delivery_note} klingeln, meine Klingel geht nicht.", "Briefkasten beschriftet mit {P2.full.delivery_note}.",
 "Bitte bei {P3.given.delivery_note} im Laden unten abgeben.", "Abstellgenehmigung: Garage, sonst Nachbar {P2m.full.delivery_note}.",
 "Beim Nachbarn {P2m.full.delivery_note} abgegeben, 12:41 Uhr.", "Klingel 3, Name {P2.upper.delivery_note}.", "Laut klopfen, {P2.given.delivery_note} hört schlecht.",
 "Nachbarin {P2f.sur.delivery_note} (EG links) nimmt an.", "Hoftor Code 4512, dann nach {P3.given.delivery_note} fragen.",
 "Am Empfang an {P2.init.delivery_note} übergeben.", "Bitte NICHT mehr bei {g2:Herrn|Frau} {P2.sur.delivery_note} in Nr. 9 abgeben!",
]
ADDR = [
 "Meine neue Adresse lautet {A1.in}.", "Bitte den Ersatz an {A1.in} schicken.", "Ich wohne in der {A1.st}, das Paket kam nie an.",
 "Auf der Rechnung steht noch die alte Adresse ({A2.in}).", "Bitte an mein Büro umleiten: {A1.in}", "Lieferung an:\n{A1.bl}",
 "Ich bin von {A2.in} nach {A1.in} umgezogen, gültig ab {DATE}.", "Lieferadresse:\n{A1.bl}", "Rechnungsadresse ist weiterhin {A2.in}.",
 "Abholung bei der Arbeit, {A1.st}, zwischen 9 und 17 Uhr.", "Wir sind in der {A1.in}, die blaue Tür neben dem {N:CARRIER}-Shop.",
 "Hinterlegte Adresse: {A1.in}", "Schickt es zu meiner Schwester, {A1.in}.", "Absender:\n{A1.bl}",
]
NEGS = [
 "Das {N:PRODUCT} kam zerkratzt an.", "Ich hatte die Farbe {N:COLOUR} bestellt, nicht Grau.", "Ist die {N:BRAND}-Jacke noch da?",
 "Gekauft bei {N:STORE} am letzten {N:WEEKDAY}.", "Laut {N:CARRIER} hängt es im Verteilzentrum.", "Wir haben gerade {N:WORK} im Lesekreis gelesen.",
 "Die Kinder lieben {N:PUBLIC_FIGURE} und wollten das Poster.", "Die Abholstation ist am {N:PLACE}.", "Versendet mit {N:CARRIER}, Sendungsnummer {TRK}.",
 "Der {=NOUN:Koch} in unserer Kantine hat das Gerät zuerst benutzt.", "Beim {=NOUN:Bäcker} nebenan liegt noch ein Paket.", "Der {=NOUN:Fischer} am Markt nimmt keine Pakete an.",
 "Ein {=NOUN:Fuchs} hat den Karton auf der Terrasse zerrissen.", "Mein Vater war {=NOUN:Schneider} und sagt, die Naht ist schief.", "Der {=NOUN:Meister} in der Werkstatt prüft es.",
 "Der {=NOUN:Bauer} vom Hofladen hat es angenommen.", "Wie ein {=NOUN:König} behandelt wurde ich nicht gerade.", "Der {=NOUN:Richter} hat im Urteil anders entschieden.",
 "{=WORD:Frank} gesagt: das ist das dritte Mal.", "{=WORD:Rosa} wäre mir lieber gewesen als {N:COLOUR}.", "{=WORD:Kurz} gesagt, ich will mein Geld zurück.",
 "{=WORD:Ernst} gemeint: bitte keine Gutscheine.", "{=WORD:Gerade} erst angekommen und schon kaputt.", "{=WORD:Heide} und Moor – so sah der Karton nach dem Regen aus.",
 "Im {N:MONTH} ist Inventur.", "Das Update von {N:SOFTWARE} hat den Export zerschossen.", "Ticket liegt jetzt in {N:SOFTWARE}.", "Ist ein Originalteil von {N:COMPANY}.",
 "Die Stelle {N:JOB_TITLE} prüft das am {N:WEEKDAY}.", "Nach {CITY} dauert der Versand meist zwei Tage.", "Liefert ihr auch nach {PC}?",
 "Bei {N:STORE} und {N:STORE} ausverkauft.", "Der {N:COLOUR}-Schal von {N:BRAND} hat einen Zieher.", "Sind beim {N:PRODUCT} Batterien dabei?",
 "Im {N:SHOP} kann man bis 19 Uhr Pakete abgeben.", "Hab ich in einem Interview mit {N:PUBLIC_FIGURE} gelesen.",
]
FILL = [
 "Vielen Dank im Voraus.", "Melden Sie sich, wenn noch was fehlt.", "Das ist wirklich ärgerlich.", "Keine Eile, nur zur Info.",
 "Foto im Anhang.", "Ich bin seit Jahren Kundin.", "Bestellt am {DATE}.", "Sendungsnummer: {TRK}", "Ticket {TKT}", "Bestellung {ORD}.",
 "Telefonisch bin ich unter {PH} erreichbar.", "Gesamtbetrag {AMT}.", "Der Karton war ok, der Inhalt nicht.", "Bitte per Mail bestätigen.",
 "Nicht dringend.", "Ich kann bis nächste Woche warten.", "Lieber Erstattung als Gutschein.", "Können Sie das prüfen?",
]
AGENT = [
 "Mein Name ist {P@W.given.staff}, ich kümmere mich heute um Ihr Anliegen.", "Ich habe mit meiner Kollegin {P3f.given.staff} im Lager Rücksprache gehalten.",
 "{P3.full.staff} aus dem Retourenteam meldet sich innerhalb von 48 Stunden.", "Ich habe das an {P3.given.staff} weitergegeben ({N:JOB_TITLE}).",
 "Danke für Ihre Geduld, {T@R} {P@R.sur.title_surname}.", "Wie {P3.given.staff} schon sagte, die Erstattung ist unterwegs.",
 "Es tut mir leid, {P@R.given.object}, das sollte so nicht laufen.", "Ich habe einen Nachforschungsauftrag bei {N:CARRIER} gestellt (Ref. {TKT}).",
 "Sie hören von {P3.any.staff}, sobald die Ware geprüft ist.", "Ich übergebe an {P3.given.staff}, {g3:er|sie} ist Spezialist{g3:|in} für Rechnungen.",
]
MARKET = [
 "Hallo, ist die {N:COLOUR} Variante noch zu haben?", "Verkäufer {P@Rm.given.staff} schrieb ungetragen, die Sohle ist aber abgelaufen.", "Ich kann abholen, wohne bei {CITY}.",
 "Mein Bruder {P2m.given.relation} holt es am {N:WEEKDAY} ab.", "Verschickt mit {N:CARRIER}, Nummer {TRK}.", "Wie ist dein voller Name für die Überweisung? Meiner ist {P@W.full.form_label}.",
 "Geld ist raus an {P@R.full.role}, bitte prüfen.", "Kannst du es an {A1.in} schicken?", "hat {P2.given.subject} gekauft, nicht ich",
 "Danke {P@R.given.greeting}, fünf Sterne von mir.", "VB {AMT}, nur Abholung.", "Ist das {N:BRAND}-Etikett original?",
]
TRANS = [
 "Darf ich Ihren vollständigen Namen haben?", "{P@W.full.role}.", "Und die Straße?", "{A1.st}, genau.", "Die komplette Adresse ist {A1.in}.",
 "Danke, {T@W} {P@W.sur.title_surname}.", "Eigentlich hat meine Frau {P2f.given.relation} bestellt.", "Ich hatte letzte Woche mit {P3.given.staff} gesprochen.",
 "Einen Moment, ich stelle Sie kurz in die Warteschleife.", "Läuft das Paket auf Ihren Namen oder auf {P2.given.object}?", "Okay, ich sehe die Bestellung, {ORD}.",
 "War das {N:CARRIER} oder der andere?", "Also hat {P3.rep} gesagt, es kommt am {N:WEEKDAY}?", "Am besten unter {PH}.",
 "Können Sie den Nachnamen buchstabieren?", "Ich notiere, dass {P2.given.subject} unterschreiben darf.",
]
REVIEW = [
 "Super Service, {P3.given.staff} an der Kasse war so geduldig.", "Finger weg. Das {N:PRODUCT} ging nach einer Woche kaputt.", "{P3.given.staff} hat mir bei der Farbe {N:COLOUR} geholfen.",
 "Lieferung mit {N:CARRIER} war spät, aber {P3.given.staff} (Fahrer) hat vorher angerufen.", "Für meinen Papa {P2m.given.relation} bestellt, er liebt es.",
 "Fünf Sterne für {P3.full.staff} vom Kundenservice!", "Nicht wie abgebildet. {N:BRAND} war mal besser.", "Für eine {N:WORK}-Mottoparty gekauft.",
 "Laden am {N:PLACE}, gut zu erreichen.", "{P3.any.staff} hat ohne Diskussion erstattet.", "Gerne wieder.", "Kleiner als gedacht, Farbe eher {N:COLOUR}.",
]

PROSE += [
 "{P2.sfirst.subject} ist als Kontakt hinterlegt, {P2.rep} ist aber im {N:MONTH} ausgeschieden.", "Wir haben {P3.init.object} gebeten, das Paket nachzuwiegen.",
 "Gestern haben {P2.given.subject} und ich alles ausgepackt, {P2.rep} fand den Beleg im Deckel.", "{P4.full.subject} hat mir geschrieben, der Transporter ist liegen geblieben.",
 "Unsere Büroleiterin {P2f.full.staff} nimmt alle Lieferungen an.", "Bitte danken Sie {P3.given.object} in der Filiale Graz von mir.",
 "Eine Frau namens {P2f.given.subject} ging ans Telefon und legte auf.", "{P3.full.subject} hat die Videoaufnahme geprüft: der Fahrer ließ es am Tor.",
 "Keine Ahnung, ob {P2.given.subject} es Ihnen gesagt hat, aber wir sind umgezogen.", "Auf dem Karton stand der Name von {P2.full.object} statt meiner.",
 "Ihr Außendienstler {P3m.mid.staff} hat kostenlose Rücksendung versprochen.", "Ich bin weg, {P4.given.subject} von nebenan kümmert sich.",
 "Letzten Monat hat {P2.any.subject} genau das Gleiche bestellt, ohne Probleme.", "Die Sendung lief über {P2.given.object}, nicht über mich.",
]
REL += [
 "Paket an meine Stieftochter {P2f.full.relation}.", "Ansprechpartner: {P2.sfup.role}", "Rechnungsempfänger: {P2.full.role}",
 "Das Konto läuft noch auf meinen verstorbenen Vater, {P2m.full.relation}.", "Gesetzliche Betreuerin: {P2f.full.role}", "Unterschrieben von: {P2.init.role}",
]
DELIV += [
 "Gegensprechanlage: 12 drücken und nach {P2.given.delivery_note} fragen.", "In den Briefkasten {P2.upsur.delivery_note}-{P3.upsur.delivery_note} einwerfen.",
 "Wenn ich nicht da bin, hat Nachbar{g2:| in} {P2.full.delivery_note} in 7a einen Schlüssel.", "Bitte nicht bei {P2.sur.delivery_note} klingeln, Baby schläft.",
 "Ab 17 Uhr bei {P3.given.delivery_note} im Kiosk an der Ecke abholen.",
]
ADDR += [
 "Bitte an meine Packstation:\n{A1.ps}", "Lieferung an die Postfiliale: {A1.pf}", "An den Paketautomaten: {A1.lk}",
 "Abholpunkt: {A1.pr}", "Ich bin meistens in der {A1.st}, da ist mein Atelier.", "Alte Adresse (NICHT verwenden): {A2.in}",
 "Bitte an meine Packstation: {A1.ps}",
]
NEGS += [
 "Hat {N:PUBLIC_FIGURE} das wirklich im Fernsehen getragen?", "Am {N:PLACE} war wieder Stau.", "Das Depot am {N:PLACE} war zu.",
 "Ist die Biografie über {N:PUBLIC_FIGURE} wieder lieferbar?", "Nächster Liefertermin erst im {N:MONTH}.", "Das Lager in {CITY} ist langsam.",
 "Die PLZ {PC} wird beim Checkout immer abgelehnt.", "Abholung in {CITY} am {N:WEEKDAY}.", "Das Poster von {N:PUBLIC_FIGURE} kam geknickt an.",
 "Unsere Filiale gegenüber vom {N:PLACE} hat es.", "Der {=NOUN:Jäger} von nebenan hat das Paket gefunden.", "Der {=NOUN:Wolf} im Kinderbuch fehlt auf Seite 3.",
]
