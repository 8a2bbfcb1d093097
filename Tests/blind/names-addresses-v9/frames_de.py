# German sentence frames (same token syntax as frames_en).
GREET = [
    "Hallo {P1:g:gr},", "Liebe{G1:r|} {P1:g:gr},", "Sehr geehrte{G1:r|} {T1} {P1:s:ts},", "Moin {P1:g:gr},", "Servus {P1:g:gr}!",
    "Guten Tag {T1} {P1:s:ts},", "Hi {P1:g:gr},", "Grüß Gott {T1} {P1:s:ts},", "Hallo {P1:f:gr},", "Sehr geehrte{G1:r|} {T1} {P1:mid:ts},",
    "{P1:g:gr},", "Hey {P1:lg:gr}", "Guten Morgen {P1:g:gr},", "Grüezi {T1} {P1:s:ts},", "Liebe{G1:r|} {P1:f:gr}, liebes Team,",
    "Hallo zusammen, hallo {P1:g:gr},",
]
SIGN = [
    "Viele Grüße\n{P0:sig:si}", "Mit freundlichen Grüßen\n\n{P0:f:si}", "LG {P0:g:si}", "Beste Grüße,\n{P0:f:si}\n{PH}",
    "Gruß\n{P0:i:si}", "Danke und Gruß, {P0:g:si}", "Freundliche Grüße\n{P0:mid:si}\n{N:JOB_TITLE}", "Liebe Grüße aus {N:CITY}\n{P0:g:si}",
    "VG {P0:lg:si}", "Mit besten Grüßen\n{P0:f:si} ({E0})", "Herzliche Grüße\n{P0:sig:si}", "Schöne Grüße\n{P0:f:si}\n{N:JOB_TITLE}, {N:STORE}",
    "-- \n{P0:f:si}", "Bis bald, {P0:g:si}",
]
TP = [
    "{P2:g:su} hat das Paket gepackt, {G2:sein|ihr} Kürzel steht auf dem Lieferschein.",
    "Fragen Sie {P2:g:ob} an der Information, {G2:er|sie} weiß Bescheid.",
    "{P2:name:su} meinte, der Ersatz geht am {N:WEEKDAY} raus.",
    "Ich habe gestern mit {P2:name:ob} telefoniert.",
    "{GM2}Mein Kollege {P2:f:re} hat die Reklamation schon ausgefüllt.",
    "{GM2}Der Fahrer, {P2:g:tp}, hat es wieder bei den Mülltonnen abgestellt.",
    "{P2:f:su} aus Ihrem Lager hat mich um {TM} angerufen.",
    "{GF2}Eine Freundin, die das Gleiche bestellt hat, {P2:f:tp}, hatte genau dasselbe Problem.",
    "{P2:g:su} und {P3:g:su} haben sich beide mit dem gemeinsamen Konto angemeldet.",
    "Bitte leiten Sie das an {P2:name:ob} weiter, {G2:er|sie} macht bei uns die Rechnungen.",
    "Letztes Mal hat {P2:g:su} das in fünf Minuten gelöst.",
    "In einer Bewertung schreibt {P2:f:tp}, dass das Scharnier bricht.",
    "Als ich anrief, hat mich {P2:g:su} vierzig Minuten warten lassen.",
    "{P2:f:ob} habe ich in Kopie gesetzt.",
    "{P2:g:su} sagte, ich soll die Verpackung aufheben.",
    "Kann {P2:name:su} den neuen Termin bestätigen?",
    "Wir haben das Angebot von {P2:g:tp} aus dem {N:MONTH} genommen.",
    "{P2:f:su} ist krank, {P3:f:su} übernimmt diese Woche.",
    "Danke an {P2:g:ob} fürs Nachhaken!",
    "{GM2}Mein Mitbewohner {P2:g:re} hat unterschrieben, nicht ich.",
    "Das alte Gerät habe ich {P2:name:ob} an der Kasse gegeben.",
    "{GM2}Der Techniker, {P2:name:tp}, meinte, die Sicherung sei in Ordnung.",
    "{P2:g:su} am Empfang lässt Ihren Fahrer rein.",
    "Angeblich hat {P2:f:su} die Erstattung freigegeben.",
    "Ehrlich gesagt war {P2:g:su} die einzige hilfreiche Person.",
    "Jemand namens {P2:f:tp} bekommt ständig meine Post.",
    "Ich schreibe für {P2:f:ob}, {G2:er|sie} hat kein E-Mail.",
    "{P2:init:su} aus der Buchhaltung braucht die Bestellnummer.",
    "{GM2}Der Monteur, {P2:g:tp}, hat zwei Schrauben vergessen.",
    "Sagen Sie {P2:g:ob}, der Ersatzschlüssel liegt unter dem Blumentopf.",
    "{P2:g:su} glaubt, das ist ein Produktionsfehler.",
    "{GF2}Unsere Nachbarin {P2:f:re} hat gesehen, wie der Wagen einfach weiterfuhr.",
    "Wir sind Kunden, seit {P2:g:su} den alten Laden hatte.",
    "Bedient hat mich {P2:name:ob}, am {N:WEEKDAY} vormittags.",
    "{P2:f:su} und ich teilen uns das Konto.",
    "Hat {P2:g:su} Ihnen die Fotos geschickt?",
    "Die Bestellung von {P2:g:ob} kam in zwei Kartons.",
    "Ich glaube, {P2:name:su} hat unsere Pakete vertauscht.",
    "Falls {P2:g:su} anruft: alles erledigt.",
    "Laden Sie bitte {P2:f:ob} und {P3:f:ob} zur Begehung ein.",
    "{GF2}Meine Chefin {P2:f:re} möchte eine schriftliche Antwort.",
    "{P2:g:su} aus der Filiale bei {N:STORE} hat Preisgleichheit zugesagt.",
    "Großes Dankeschön an {P2:f:ob} aus der Retourenabteilung.",
    "Geöffnet hat den Karton {P2:g:su}, nicht der Bote.",
    "Auf dem Beleg steht als Unterschrift „{P2:s:tp}“, keine Ahnung, wer das ist.",
    "{GF2}Ihre Kollegin {P2:g:re} hat mir einen Gutschein versprochen.",
    "{P2:f:su} von der Hausverwaltung schließt Ihnen auf.",
    "Auf der Messe hat mir {P2:g:su} dieses Modell empfohlen.",
    "Kann {P2:g:su} oder {P3:g:su} das statt mir abholen?",
    "gestern war {P2:lg:su} nochmal im laden, ohne erfolg",
]
REP = [
    "{P2:ref:rm} hat sich sehr entschuldigt.", "{P2:ref:rm} hat meine Nummer.", "Wie gesagt, {P2:ref:rm} kennt die ganze Geschichte.",
    "Von {P2:ref:rm} kam seitdem nichts.", "{P2:ref:rm} hat sogar ein Foto geschickt.", "Ich frage heute Abend {P2:ref:rm}.",
    "Bitte nicht wieder an {P2:ref:rm} schicken.", "So hat es mir {P2:ref:rm} jedenfalls erklärt.", "{P2:ref:rm} ist ab 18 Uhr zu Hause.",
    "Rufen Sie {P2:ref:rm} an, wenn Sie das Haus nicht finden.", "{P2:ref:rm} kann das bestätigen.", "Laut {P2:ref:rm} ist es das dritte Mal.",
    "Die Quittung hat {P2:ref:rm}.", "Danke auch an {P2:ref:rm}!",
]
REL = [
    "Mein{G2:|e} {G2:Mann|Frau} {P2:f:re} nimmt es an.", "{GF2}Meine Schwägerin {P2:g:re} wohnt jetzt dort.", "{GM2}Das ist ein Geschenk für meinen Enkel {P2:g:re}.",
    "{GF2}Meine Mutter, {P2:f:re}, hat mit meiner Karte bestellt.", "{GM2}Unser Sohn {P2:g:re} nutzt das Konto.", "Mein{G2:|e} Partner{G2:|in} {P2:g:re} macht evtl. auf.",
    "{GM2}Unser Vermieter, {P2:f:re}, hat einen Zweitschlüssel.", "{GM2}Mein Onkel {P2:name:re} holt es ab.", "{GF2}Es ist für den Geburtstag meiner Tochter {P2:g:re}.",
    "{GF2}Meine Betreuerin {P2:f:re} liest mir die Mails vor.", "{GF2}Rechnung bitte an meine Steuerberaterin {P2:f:re}.", "{GM2}Mein Bruder {P2:f:re} ist ausgezogen.",
    "{GF2}Unsere Untermieterin {P2:g:re} hat das bestellt, nicht wir.", "{GF2}Meine Cousine {P2:f:re} hat Sie empfohlen.", "{GF2}Oma {P2:g:re} freut sich schon.",
]
ROLE = [
    "Karteninhaber{G2:|in}: {P2:form:fl}", "Kontoinhaber{G2:|in} ist {P2:f:ro}.", "Empfänger{G2:|in}: {P2:form:fl}", "z. Hd. {P2:f:ro}",
    "z.Hd. {TD2} {P2:f:ro}", "Anrufer{G2:|in} verifiziert als {P2:f:ro} (Geburtsdatum + PLZ).", "c/o {P2:f:ro}", "Bevollmächtigt: {P2:form:fl}",
    "Abgeholt von {P2:f:ro} mit Ausweis.", "Rechnungsempfänger: {P2:form:fl}", "Zahlungspflichtige{G2:r|}: {P2:f:ro}", "{GM2}Bürge: {P2:f:ro}",
    "Die Bestellung hat {P2:f:ro} als Gast aufgegeben.", "Versicherungsnehmer{G2:|in} {P2:f:ro} hat den Schaden gemeldet.",
    "Gesetzliche{G2:r|} Vertreter{G2:|in}: {P2:form:fl}", "Unterschrieben von: {P2:upsur:ro}", "Ansprechpartner{G2:|in}: {P2:form:fl}",
]
ADDR = [
    "Bitte schicken Sie es an {A1:line:prose}.", "Meine neue Adresse lautet {A1:line:prose}.", "Wir sind umgezogen, jetzt {A1:line:prose}.",
    "Können Sie an meine Arbeit liefern? {A1:line:prose}.", "Es ging an die alte Wohnung, {A1:line:prose}, dort wohne ich seit {N:MONTH} nicht mehr.",
    "Lieferadresse:\n{P2:form:ab}\n{A1:ml:block}", "Versand an:\n{A1:ml:block}", "Bis Freitag bin ich unter {A1:line:prose} erreichbar.",
    "Auf der Rechnung steht noch {A1:line:prose}.", "Retourenetikett bitte auf {A1:line:prose}, nicht auf das Lager in {N:CITY}.",
    "Büro: {A1:line:label}", "Rechnungsadresse: {A1:line:label}", "Ich wohne in der {A1:street:prose}, Hinterhof.", "Abgabe bitte in der {A1:street:prose} beim Hausmeister.",
    "Korrekte Anschrift:\n{A1:ml:block}", "ab sofort bitte {A1:line:prose} verwenden", "Abholort: {A1:line:label}",
    "Die Ferienwohnung ist {A1:line:prose}, geht das dahin?", "Treffpunkt: {A1:line:label}", "Anschrift für die Gutschrift: {A1:line:label}",
]
DEL = [
    "Auf der Klingel steht {P2:s:dn}, nicht mein Name.", "{GF2}Falls keiner da ist: Nachbarin {P2:f:dn}, Hausnummer 4.",
    "Briefkasten: {P2:ups:dn} / {P3:ups:dn}", "Bitte bei {P2:s:dn} klingeln.", "Abgabe bei {P2:g:dn} nebenan.",
    "{GM2}Nachbar {P2:f:dn} nimmt das Paket an.", "Klingel: {P2:s:dn} (3. OG)", "Ablageort: Garage. Sonst bei {P2:f:dn}, EG links.",
    "Auf dem Schild steht {P2:ups:dn}.", "NICHT bei {P2:s:dn} abgeben, da kommt nie was an.", "{GM2}Bitte beim Hausmeister {P2:f:dn} abgeben.",
    "klingeln bei {P2:ls:dn} oder {P3:ls:dn}",
]
AUX = [
    "Meine Bestellnummer ist {ON}.", "Bestellung {ON} - immer noch nichts.", "Sie erreichen mich unter {PH}.", "Bitte ab 17 Uhr unter {PH} anrufen.",
    "Antwort bitte an {E0}, nicht an die alte Adresse.", "Auftrag: {ON}", "Mobil: {PH}", "Zur Sendung {ON} steht nur „in Zustellung“.",
    "Schreiben Sie mir eine SMS an {PH}, wenn Sie da sind.", "E-Mail: {E0}",
]
FILL = [
    "Das ist jetzt fast drei Wochen her.", "Der Karton war durchnässt.", "In der App steht auch nichts.", "Noch eine Woche warten möchte ich nicht.",
    "Gibt es eine günstigere Versandart?", "Die Farbe passt, die Größe nicht.", "Vielen Dank im Voraus.", "Sorry für die lange Nachricht.",
    "Ich habe zwei Fotos angehängt.", "Es hat niemand geklingelt, ich war den ganzen Tag da.", "Ich möchte eine Erstattung, keinen Gutschein.",
    "Das ist schon meine zweite Mail dazu.", "Das Siegel war schon aufgebrochen.", "Können Sie das per Mail bestätigen?",
    "Nicht dringend, aber ärgerlich.", "Sagen Sie mir, was Sie noch brauchen.", "Die Ware ist unbenutzt.",
]
NEGS = [
    "Die {N:BRAND}-Jacke ist eine Nummer zu klein.", "Ich habe den Artikel „{N:PRODUCT}“ letzte Woche bei {N:STORE} gekauft.", "Gibt es die Farbe {N:COLOUR} wieder?",
    "Im Lesekreis lesen wir gerade {N:TITLE}.", "Das {N:PUBLIC_FIGURE}-Poster kam geknickt an.", "{N:CARRIER} wollte am {N:WEEKDAY} zustellen.",
    "An dem Tag war ich in {N:CITY}.", "Liefern Sie auch nach {N:POSTCODE}?", "Unser{C:e| } {N:JOB_TITLE} hat die Rückgabe genehmigt.",
    "Es kam mit {N:CARRIER}, nicht mit {N:CARRIER}.", "Der Kuchen von {N:SHOP} war super, das Paket nicht.", "Gehören die jetzt zu {N:COMPANY}?",
    "Bei „{N:PRODUCT}“ fehlt die Anleitung.", "Das {N:BRAND}-Parfum ist ausgelaufen.", "Treffpunkt {N:PLACE}.", "Im {N:MONTH} ist es zu spät.",
    "Lieferfenster: {N:WEEKDAY} 8-12 Uhr.", "Die Decke in {N:COLOUR} wirkt bei Tageslicht grau.", "Die DVD von {N:TITLE} springt.",
    "{N:STORE} hatte es günstiger.", "Die {N:PUBLIC_FIGURE}-Box ist unvollständig.", "Ihr {N:CARRIER}-Fahrer war sehr nett.",
    "Die Lampe ist von {N:SHOP}, das Regal von {N:STORE}.", "Ein Vertreter von {N:COMPANY} hat wegen der Garantie angerufen.",
    "Gibt es {N:BRAND} auch in Kindergrößen?", "Die Farbe heißt laut Etikett „{N:COLOUR}“.",
    "Der {NL:NOUN:Koch} im Restaurant nebenan hat das Paket angenommen.", "Beim {NL:NOUN:Schneider} lasse ich die Hose kürzen.",
    "Der {NL:NOUN:Bauer} vom Hofladen hat Eier mitgebracht.", "Ein {NL:NOUN:Fuchs} hat den Sack im Garten zerrissen.",
    "Der {NL:NOUN:Winter} kommt, die Jacke brauche ich jetzt.", "Unser {NL:NOUN:Förster} hat den Weg gesperrt.",
    "Der {NL:NOUN:Vogel} hat aufs Paket gemacht, sorry.", "Im {NL:NOUN:Sommer} war die Lieferung schneller.",
    "Der {NL:NOUN:Jäger} im Wald hat den Karton gefunden.", "Der {NL:NOUN:Kaiser} von China auf dem Puzzle fehlt.",
    "{W}", "{W}", "{W}",
]
NEGMSG = [
    "Hallo,\n\nkommt der {N:BRAND}-Mantel nochmal in {N:COLOUR}? Bei {N:STORE} heißt es, der ist ausverkauft.\n\nDanke",
    "{W} Liefert {N:CARRIER} auch samstags nach {N:POSTCODE}?",
    "Bewertung: {N:PRODUCT} fürs Arbeitszimmer gekauft. Stabil, leicht aufzubauen, 4/5. Die {N:PUBLIC_FIGURE}-Tasse dazu ist auch nett.",
    "Lesekreis im {N:MONTH}: {N:TITLE}. Gibt es bei {N:STORE} oder bei {N:SHOP}.",
    "Frage zu {N:CITY}: versenden Sie dorthin mit {N:CARRIER} oder {N:CARRIER}?",
    "Zur Info: die {N:JOB_TITLE} bei {N:STORE} sagt, {N:BRAND}-Retouren laufen über {N:COMPANY}.",
    "{W} Die Kissenhüllen in {N:COLOUR} von {N:SHOP} sind schön, nur das {N:PRODUCT} war zerkratzt.",
    "Treffen am {N:WEEKDAY} am {N:PLACE}? Bring die {N:TITLE}-DVD mit.",
    "Der {NL:NOUN:Koch} sagt, der {NL:NOUN:Bauer} liefert am {N:WEEKDAY}. {N:CARRIER} bringt nur die Kisten.",
]

NEGS += [
    "Den Hund haben wir nach {N:PUBLIC_FIGURE} benannt, lange Geschichte.", "Auf dem {N:PUBLIC_FIGURE}-Kalender steht das falsche Jahr.",
    "Gibt es eine Packstation in der Nähe vom {N:PLACE}?", "Der Fahrer hat sich beim {N:PLACE} verfahren.", "Im {N:MONTH} ziehe ich nach {N:CITY}.",
    "Die PLZ {N:POSTCODE} wird im Checkout immer abgelehnt.", "Zählt {N:POSTCODE} als Inselzuschlag?", "{N:SHOP} hatte das letzte Exemplar.",
    "Das {N:COMPANY}-Logo auf dem Karton stand auf dem Kopf.", "Mein Kind will das Buch {N:TITLE}, nicht den Film.", "{W}", "{W}",
    "Eine Tasse mit {N:PUBLIC_FIGURE} vorne und {N:PUBLIC_FIGURE} hinten.", "Unser Büro ist gegenüber vom {N:PLACE}.",
    "Der Versand nach {N:CITY} hat ewig gedauert.", "{N:SHOP} und {N:SHOP} haben es beide.", "Bestellt über den Mitarbeitershop von {N:COMPANY}.",
    "Der {NL:NOUN:Schmied} im Dorf hat das Tor repariert.", "Der {NL:NOUN:König} im Schachspiel fehlt.", "Unser {NL:NOUN:Engel} aus Glas ist zerbrochen.",
]
PS = ["PS: {W}", "PS: {N:PUBLIC_FIGURE}-Fans werden die Tasse lieben.", "PS: die in {N:COLOUR}, nicht die schwarze.", "PS: Ich bin meist in der Nähe vom {N:PLACE}.",
      "PS: {N:CARRIER} klingelt nie.", "PS: Liegt {N:POSTCODE} in Ihrem Liefergebiet?", "PS: Im {N:MONTH} habe ich wenig Zeit.", "P.S. Der {NL:NOUN:Bauer} bringt Kartoffeln mit."]

ADDR += ["Wir wohnen jetzt {A1:street:prose}, Erdgeschoss.", "Oma wohnt inzwischen {A1:street:prose}, bitte dorthin schicken.", "Mein Atelier ist {A1:street:prose}, Tor 2."]
