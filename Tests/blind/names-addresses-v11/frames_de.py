PROSE = [
 "{P1} hat schon wieder wegen der Erstattung angerufen.", "Ich habe heute früh mit {P1:o} gesprochen.", "{P1} aus der {N:TEAM} sagt, die Rechnung stimmt nicht.",
 "Kannst du {P1:o} fragen, ob die Palette raus ist?", "{P1} und {P2} haben dieselbe Lampe bestellt.", "wir haben {P1:o} einen Gutschein gegeben.",
 "angeblich hat {P1} das zweite Paket nie bekommen.", "{P1} ist krank, {P2} übernimmt.", "Bitte an {P1:o} weiterleiten.",
 "Meine Kollegin {P1.given:t} hat den Bestand schon geprüft.", "{P1} hat das Paket gestern am Schalter abgegeben.", "Sie hat {P1:o} das falsche Datum genannt.",
 "Danke an {P1:o} für die schnelle Hilfe!", "{P1} wollte zurückrufen, hat sich aber nicht gemeldet.", "Ich habe {P1:o} in CC gesetzt, sie macht die Retouren.",
 "{T1} war am Telefon sehr geduldig.", "{P1} möchte die Quittung auf ihren Namen.", "wir haben {P1:o} beim Pop-up in {CITY} getroffen.",
 "{P1} hat unterschrieben, nicht ich.", "Der Bote hat es {P1:o} nebenan gegeben.", "{P1} bringt die Muster am {N:WEEKDAY}.",
 "Ich glaube, {P1} hat die zwei Bestellungen verwechselt.", "{P1} (Lager) hat den Scan um 14:02 bestätigt.", "frag {P1.given:o}, sie kennt den Lieferanten.",
 "Letzte Woche hat {P1} die {N:BRAND}-Jacke zurückgeschickt.", "{P1} schreibt ständig an die alte Adresse.", "{P1} und ich teilen uns die Lieferung.",
 "Hat jemand {P1.given:o} heute gesehen?", "Wir schulden {T1} noch 24,90 €.", "{P1} ist seit 2014 Kundin bei uns.",
 "Niemand hat {P1:o} gesagt, dass der Laden zu war.", "{P1} hat mit {N:PAYMENT} bezahlt, {P2} bar.", "Erinnerung: {P1} fängt am {N:WEEKDAY} an der Kasse an.",
 "Ehrlich, {P1} war super, bitte ausrichten.", "Laut {P1:o} war der Karton schon offen.", "{P1} lässt grüßen",
 "Das Formular hat {P1} ausgefüllt, nicht der Kontoinhaber.", "{T1} möchte keinen Katalog mehr.", "{P1} hat {P2:o} am neuen Scanner eingearbeitet.",
 "Wir haben {P1:o} schon zwei Ersatzteile geschickt.", "{P1} hat mir wegen {N:PRODUCT} geschrieben.", "Dann meinte {P1}, sie ruft nach der Mittagspause zurück.",
 "Beim Abholen hat {P1} den Ausweis vergessen.",
]
REL = [
 "meine Frau {P1:r} holt es ab", "Mein Mann, {P1:r}, hat bestellt.", "das Geschenk ist für meine Oma {P1:r}", "unser Sohn {P1.given:r} hat eine Nussallergie",
 "Karteninhaberin: {P1:l}", "Kontoinhaber: {P1:l}", "Empfänger: {P1:l}", "z. Hd. {P1:l}", "c/o {P1:l}", "Anrufer verifiziert als {P1:l}.",
 "mein Mitbewohner {P1:r} hat unterschrieben", "es ist das Konto von meinem Schwager {P1:r}", "Abholberechtigt: {P1:l}", "mein Partner {P1.given:r} hat den Beleg",
 "bestellt hat meine Tochter {P1:r}", "zu Händen {P1:l}", "Ansprechpartnerin: {P1:l}, {N:JOB_TITLE}", "Meine Nachbarin {P1:r} kann es annehmen.",
 "unsere Tagesmutter {P1.given:r} ist ab 15 Uhr da", "Notfallkontakt: {P1:l}", "meine Mutter ({P1:r}) hat bezahlt", "Gebucht von {P1:l} für {P2:l}.",
 "Bevollmächtigte Person: {P1:l}", "Karteninhaber laut Bank: {P1:l}",
]
DELIV = [
 "Klingel: {P1.sur:d}", "Bitte bei Nachbar {P1:d} in Nr. 14 abgeben.", "Briefkasten: {P1.sur:d} / {P2.sur:d}", "bei {P1.sur:d} klingeln, oberste Klingel",
 "falls nicht da, bei {P1:d} im EG abgeben", "Gegensprechanlage: {P1.sur:d}", "Ablageort: Garage. Oder an {P1.given:d} geben.", "auf dem Klingelschild steht {P1.sur:d}",
 "Hintereingang, nach {P1.given:d} fragen", "Abgegeben bei {P1:d} (Nachbar) um 11:40.", "Benachrichtigungskarte für {P1:d} eingeworfen", "Türcode 4471, Wohnung {P1:d}",
]
ADDR = [
 "Bitte stattdessen an {A} schicken.", "Meine neue Adresse ist {A}.", "das Paket soll an {A} gehen", "Können Sie die Lieferadresse auf {A} ändern?",
 "Es wurde aus Versehen an {A} geliefert.", "wir wohnen seit März in {A}", "Rechnung bitte an {A}", "Rücksendeadresse: {A}",
 "Ich wohne in der {AS}, 1. OG.", "Erste Adresszeile? {AS}.", "Sie arbeitet in der {AS}, der Empfang unterschreibt.",
]
NEG = [
 "[[WORD:Kurz]] noch: ist der {N:BRAND}-Hoodie wieder da?", "[[WORD:Ernst]] gemeint, der Karton war nass.", "[[WORD:Frank]] und frei: die Farbe {N:COLOUR} ist anders als im Bild.", "[[WORD:Wolf]]sburg liefern Sie auch?",
 "Im Lesekreis lesen wir gerade {N:WORK}.", "Das {N:PRODUCT} kam mit Sprung an.", "Gibt es die Farbe {N:COLOUR} noch?", "Habe es dann bei {N:STORE} gekauft.",
 "Das Poster von {N:PUBLIC_FIGURE} war geknickt.", "Versand mit {N:CARRIER}, Sendung hängt.", "Treffen am {N:PLACE}?", "Die {N:COMPANY}-Spülmaschine leckt immer noch.",
 "PLZ {PC} liegt außerhalb unseres Gebiets.", "Nach {CITY} liefern wir am {N:WEEKDAY}.", "Ticket in {N:SOFTWARE} an {N:TEAM} verschoben.", "Unser {N:JOB_TITLE} prüft das.",
 "Mittagessen wieder von {N:SHOP}", "Der [[NOUN:Koch]] hat heute frei.", "Brötchen gibt's beim [[NOUN:Bäcker]] um die Ecke.", "Ein [[NOUN:Fuchs]] hat die Mülltonne umgeworfen.",
 "Farbe: {N:COLOUR}, Größe M", "bezahlt per {N:PAYMENT} im {N:MONTH}-Sale", "der {N:BRAND}-Gürtel ist ein Geschenk", "{N:WORK} Box – originalverpackt",
 "Sehr geehrte [[TITLE:Damen und Herren]],", "Der [[NOUN:Schneider]] kürzt die Hose.", "[[WORD:Rosa]] ist leider ausverkauft.", "Der [[NOUN:Zimmermann]] kommt erst im {N:MONTH}.",
]
CHAT = [
 "ok", "jaaa", "haha", "bin unterwegs", "kann jemand die schlüssel holen", "wer hat heute den transporter?", "👍", "sorry 10 min später", "paket ist da!!",
 "hat {P1.given} geantwortet?", "sag {P1.given:o} danke", "{P1.given} holt die torte", "ich frag {P1.given:o}", "kommt {P1.given} am samstag?",
 "{P1.given} hat die adresse geschickt: {A}", "schick mir mal deine adresse", "meine ist {A}", "da steht zugestellt an {P1:o} ??", "karte für {P1.given:o} haben alle unterschrieben",
 "{N:CARRIER} schon wieder... nie pünktlich", "war jemand schon bei {N:SHOP}?", "hab doch die farbe {N:COLOUR} genommen", "sind jetzt am {N:PLACE}", "{P1.given} bist du da?",
 "termin auf {N:WEEKDAY} verschoben", "haha {P1.given} 😂", "{P1} hat die gruppe verlassen", "kannst du bei {P1.sur:d} klingeln, bin unter der dusche",
]
FILL = ["Vielen Dank im Voraus.", "Danke!", "Gebt Bescheid.", "Viele Grüße", "Sorry für die Umstände.", "Besten Dank!", "Keine Eile."]
GREET = ["Hallo {P1.given:g},", "Guten Tag {P1:g},", "{TG1},", "Hi {P1.given:g}!", "Liebe {P1.given:g},", "Moin {P1.given:g},", "Guten Morgen {T1:g},"]
SIGN = ["Viele Grüße\n{P1:f}", "Danke,\n{P1.given:f}", "Mit freundlichen Grüßen\n{P1:f}", "LG {P1.given:f}", "Freundliche Grüße\n{P1:f}\n{N:JOB_TITLE}", "— {P1:f}", "Beste Grüße\n{P1.init:f}"]
PROSE += [
 "{T1} hat den Sofabezug am {N:WEEKDAY} abgeholt.", "Dr. {P1.sur:ts} braucht die Brille bis Freitag.", "{P1.given} hat zweimal angerufen und dann {P2:o} gemailt.", "Wir erstatten {T1} den Betrag, sobald die Retoure da ist.",
 "{P1} glaubt, der Bote hat gar nicht geklingelt.", "Ich habe {T1} um ein Foto vom Schaden gebeten.", "{P1} hat ausgepackt und die Farbe {N:COLOUR} gefunden.", "Kann {P1.given} bitte {P2.given:o} vor 17 Uhr zurückrufen?",
 "{P1} hat die Anprobe gebucht, gekommen ist aber {P2}.", "Der Fahrer, {P1.given}, sagt, er hat geklopft.", "{P1} hat die Fotos an die {N:TEAM} geschickt.", "Sag {P1:o}, dass {N:PRODUCT} wieder da ist.",
 "{P1} unterschreibt das Angebot, wenn {P2} es freigibt.", "Gestern hat sich {P1} wieder über {N:CARRIER} beschwert.", "Herr {P1.sur:ts} will keine Gutschrift.", "{P1} schreibt lieber per WhatsApp.",
 "{P1.given} und ihre Schwester {P2.given:r} teilen sich die Kundenkarte.", "Laden wir {P1:o} zur Eröffnung ein?", "{P1} hat mir die Leiter geliehen, also nett sein.", "Bitte {T1} die zweite Lieferung nicht berechnen.",
 "{P1} ist ausgezogen, Post bitte an {P2:o}.", "Unser Außendienstler {P1.given:t} kommt am {N:WEEKDAY}.", "Das Paket für {P1:o} liegt noch im Depot.", "Frau {P1.sur:ts} fragt, ob es die Jacke in {N:COLOUR} gibt.",
 "^^HERR {P1.sur:ts} HAT SICH ÜBER DEN TON BESCHWERT.",
]
REL += ["mein Schwiegervater {P1:r} hat bezahlt", "Rechnungsempfänger: {P1:l}", "die Karte gehört meiner Tante {P1:r}", "Mitgliedsname: {P1:l}", "Ansprechpartner vor Ort: {P1:l}", "meine Pflegerin {P1.given:r} hat einen Schlüssel", "Zahler: {P1:l}", "Name des Reisenden: {P1:l}"]
DELIV += ["Nachbarin {P1.given:d} (Nr. 9) nimmt Pakete an", "Klingel 3 – {P1.sur:d}", "in den Briefkasten mit {P1.sur:d}", "am Empfang bei {P1:d} abgeben", "sonst bei {P1.sur:d} oben klingeln", "Klingel {P1.sur:d}/{P2.sur:d}, 2. OG"]
ADDR += ["Lieferung an {A}, Seiteneingang.", "Ihre Adresse ist {A}, glaube ich.", "Alte Adresse (bitte löschen): {A}", "Abholung in {A} ab 10 Uhr.", "Rechnungsadresse: {A}, Lieferadresse gleich.", "Er ist meistens in der {AS}."]
NEG += ["Die {N:BRAND}-Tasche in {N:COLOUR} ist toll.", "Die {N:TEAM} ist am {N:WEEKDAY} nicht besetzt.", "Geht {N:PAYMENT} bei {N:STORE}?", "Die Doku über {N:PUBLIC_FIGURE} war gut.", "Taxi zum {N:PLACE}, dann Zug.",
        "Der [[NOUN:Müller]] liefert das Mehl am {N:WEEKDAY}.", "Der [[NOUN:Wagner]] repariert die Kutsche.", "[[WORD:Klar]] doch, gerne!", "[[WORD:Heide]] und Moor: bitte die Wanderkarte mitschicken.", "Der {N:JOB_TITLE} hat die {N:PRODUCT}-Bestellung freigegeben.",
        "Bestellungen werden nachts aus {N:SOFTWARE} importiert.", "[[WORD:Sommer]]schlussverkauf ab {N:MONTH}.", "{N:COMPANY} ruft den Wasserkocher zurück.", "Signierte Ausgabe von {N:WORK}."]
CHAT += ["^^HAB ES {P1.given:o} SCHON GESCHICKT", "{P1.given} kannst du mal schauen", "abholen in {A} um 18 uhr?", "wer ist {P1.given} lol", "frau {P1.sur:ts} von nr. 12 hat unser paket", "@{P1.given} danke fürs mitnehmen", "herr {P1.sur:ts} ruft später an"]
