#!/usr/bin/env python3
"""Writes Tests/ner/dev.jsonl: hand-written NER v2 tuning examples (issue 17), one per kind.

Markup: [[P:name]] PERSON, [[A:address]] ADDRESS, [[N:text]] hard negative. Offsets are UTF-8 bytes.
Tuning data only (the blind set under Tests/blind is scored once at the end of a round).
"""
import json, os, re

EX = r"""
en|Hi [[P:Siobhan]], your parcel is on its way.
en|Hey [[P:Wojciech]] - thanks for the quick reply!
de|Hallo [[P:Jannik]], danke für die Info.
de|Liebe [[P:Henrike]], anbei die Rechnung.
de|Servus [[P:Vroni]], passt alles.
de|Moin [[P:Fiete]], das Paket ist da.
fr|Bonjour [[P:Gwenaëlle]], merci pour votre message.
fr|Coucou [[P:Maëlys]], le colis est arrivé ?
fr|Salut [[P:Titouan]], tu peux vérifier ?
en|Thanks for your help.\nKind regards,\n[[P:Niamh Ó Dálaigh]]\n+353 87 123 4567
en|Best wishes\n-- \n[[P:Chidinma Okonkwo-Bello]]\nchidinma@example.org
de|Viele Grüße\n[[P:Wiebke Thormählen]]\nTel. 0171 2345678
de|Mit freundlichen Grüßen\n\n[[P:Korbinian Aschenbrenner]]
fr|Cordialement,\n[[P:Anne-Soizic Le Guennec]]\n06 12 34 56 78
fr|Bien à vous,\n[[P:Quang Nguyen Van]]
en|Cheers,\n[[P:Tadhg]]
en|The parcel was signed by [[P:K. Wróblewski]] at the door.
en|Please forward it to [[P:Marcus J. Whitfield]].
en|Contact person: [[P:Priyanka R. Venkataraman]]
de|Ansprechpartner ist [[P:T. Brinkschulte]].
de|[[P:HUBER Theresa]], geb. 12.03.1981
fr|[[P:LEFEBVRE Aurélien]] a commandé deux articles.
de|Name: [[P:Brinkmann, Gesine]]
en|Surname, first name: [[P:Okafor, Ngozi]]
en|hi my name is [[P:lukas berger]] and my order is late
en|this is [[P:ana paula]] again, any news?
de|hallo hier ist [[P:jörg]], wo bleibt mein paket
fr|bonjour c'est [[P:sandrine]] pour la commande
en|Order for [[P:Anna-Lena]] please.
de|Die Bestellung ist für [[P:Hans-Jürgen Müller-Lüdenscheidt]].
en|I spoke with [[P:Jan van 't Hoff]] yesterday.
de|Kontakt: [[P:Elisabeth von und zu Guttenberg]]
fr|Le dossier de [[P:Marie-Claire de la Tour]] est clos.
en|Ask for [[P:Giulia di Stefano]] at reception.
en|Invoice to [[P:Youssef El Amrani]].
en|Customer: [[P:Abdullah Al-Rashidi]]
de|Meine Tochter [[P:Ayşe]] holt das Paket ab.
en|My daughter [[P:Thandiwe]] will pick it up.
fr|Ma fille [[P:Inès]] récupérera le colis.
en|My husband [[P:Bartholomew]] ordered the lamp.
de|Mein Mann [[P:Dariusz]] hat bestellt.
en|Leave it with my neighbour [[P:Gwilym]] at number 5.
de|Bitte beim Nachbarn [[P:Özdemir]] abgeben.
fr|Déposez chez ma voisine Mme [[P:Bouchareb]].
en|Cardholder: [[P:Xochitl Ramírez]]
en|Account holder [[P:Oluwaseun Adebayo]]
en|Recipient: [[P:Nguyễn Thị Hương]]
de|Karteninhaberin: [[P:Svetlana Kuznetsova]]
de|Kontoinhaber [[P:Radosław Kaczmarczyk]]
de|z. Hd. [[P:Ilse Vogelsang]]
fr|À l'attention de [[P:Baptiste Lemoine]]
en|c/o [[P:Ravindra Subramaniam]]
en|Caller verified as [[P:Eilidh MacAskill]].
de|Empfänger: [[P:Leandro Pereira]]
fr|Destinataire : [[P:Ophélie Marchand]]
en|Name: [[P:Zbigniew Kowalczyk]]
fr|Nom : [[P:Dubreuil]]\nPrénom : [[P:Clémence]]
de|Kunde: [[P:Ferhat Yıldırım]]
de|Vorname: [[P:Kassandra]]\nNachname: [[P:Ruckdeschel]]
en|Customer name: [[P:Tamsin Penhaligon]]
en|{"firstname":"[[P:Eero]]","lastname":"[[P:Väisänen]]","city":"Tampere"}
en|{"name": "[[P:Bích Ngọc Trần]]", "status": "paid"}
fr|{"nom":"[[P:Rousseau]]","prenom":"[[P:Gaëtan]]"}
en|Doorbell says [[P:Kowalski]].
de|Bitte bei [[P:Hinrichsen]] klingeln.
en|Letterbox is marked [[P:Fitzgerald]].
fr|Laisser chez Mme [[P:Pottier]] au 2e.
de|Bitte bei [[P:Schwertfeger]] klingeln, 3. OG.
de|Frau [[P:Okoro]] hat angerufen.
de|Herr [[P:Wyrwich]] wartet auf Rückruf.
fr|M. [[P:Ducrocq]] a appelé.
fr|Mme [[P:Benslimane]] attend le remboursement.
en|Mr [[P:Adeyemi]] called twice.
en|Mrs. [[P:Featherstonehaugh]] wants a refund.
en|Dr [[P:Raghunathan]] will sign.
en|Please ship to [[A:Bahnhofstrasse 12, CH-8001 Zürich]].
de|Adresse: [[A:Mariahilfer Straße 45/3/12, 1060 Wien]]
de|Lieferadresse: [[A:Hauptgasse 7, 3011 Bern]]
fr|Adresse : [[A:Rue Neuve 14, 1000 Bruxelles]]
fr|Livrer au [[A:12, rue de la Gare, L-1611 Luxembourg]]
en|Address: [[A:Vesterbrogade 32, 1620 København V]]
en|Deliver to [[A:Prinsengracht 263, 1016 GV Amsterdam]]
en|Send it to [[A:221B Baker Street, London NW1 6XE]].
en|Ship to [[A:1600 Pennsylvania Ave NW, Washington, DC 20500]]
en|New address: [[A:350 Fifth Avenue, New York, NY 10118-0110]]
en|Please use [[A:24 Sussex Drive, Ottawa, ON K1M 1M4]]
de|Ich wohne in der [[A:Kastanienallee 77]].
de|Lieferung an [[A:Am Krögel 3, 10179 Berlin]]
de|Neue Anschrift: [[A:An der Alster 12, 20099 Hamburg]]
de|Bitte an [[A:Hohe Straße 44, 50667 Köln]]
de|Bitte an [[A:Unter den Linden 6, 10117 Berlin]]
de|[[A:Lindenweg 12a, 79098 Freiburg]]
de|[[A:Sonnenstraße 12-14, 80331 München]]
de|[[A:Bergstraße 103 c, 69120 Heidelberg]]
fr|[[A:7 bis rue des Lilas, 75019 Paris]]
de|[[A:Landstraßer Hauptstraße 9, Stiege 2, Top 14, 1030 Wien]]
fr|[[A:Bât. C, 3e étage, 15 avenue Jean Jaurès, 69007 Lyon]]
en|[[A:Apt 4B, 77 Massachusetts Ave, Cambridge, MA 02139]]
en|[[A:Flat 3, 12 Rookery Road, Bristol BS3 4PT]]
de|[[A:Goethestr. 5, Whg. 12, 60313 Frankfurt am Main]]
de|Anschrift:\n[[A:Rosenheimer Str. 145\n81671 München\nDeutschland]]
en|Address:\n[[A:14 Rookery Road\nBristol\nBS3 4PT\nUnited Kingdom]]
fr|Adresse :\n[[A:3 place Bellecour\n69002 Lyon\nFrance]]
de|[[P:Theodor Albrecht]]\n[[A:Kirchplatz 3\n6020 Innsbruck\nÖsterreich]]
en|ship to [[A:12 elm street, springfield, IL 62704]]
de|lieferung an [[A:bahnhofstraße 4, 04109 leipzig]]
de|Bitte an [[A:Packstation 142, 30163 Hannover]]
de|Abholung [[A:Postfiliale 512, Hauptstraße 1, 01067 Dresden]]
en|{"street":"[[A:Kastellstraße 8","zip":"65183","city":"Wiesbaden]]"}
en|{"address":"[[A:Ch\u00e2telstra\u00dfe 4, 8010 Graz]]"}
en|{"name":"[[P:J\u00fcrgen Wei\u00df]]","note":"ok"}
de|Bitte an [[A:Postfach 10 02 63, 80077 München]]
en|Mail it to [[A:PO Box 4471, Springfield, IL 62704]]
fr|Envoyer à [[A:BP 1207, 31036 Toulouse Cedex 1]]
de|Straße: [[A:Ringstraße 14\nPLZ/Ort: 8010 Graz]]
en|Line 1: [[A:9 Tanners Lane\nTown: Norwich\nPostcode: NR3 1HY]]
en|name,street,zip,city\n[[P:Marek Dvořák]],"[[A:Kaiserstraße 88","60329","Frankfurt]]"
en|Ship to [[A:ul. Mokotowska 12, 00-640 Warszawa]]
de|Briefkasten [[P:Antoniou]]/[[P:Vörös]]
de|Das Paket ist für [[P:Anna]] und [[P:Jonas Becker]].
de|Herr [[P:von Arnim]] hat angerufen.
de|hallo herr [[P:thomsen]], wo ist das paket
en|The manager [[P:Rashid al-Hakim]] signed.
fr|Livrer au [[A:12 rue de la gare, 75010 paris]]
en|Deliver to [[A:1203-55 Queen St W, Toronto, ON M5H 2M9]]
es|Enviar a [[A:Calle de Alcalá 45, 28014 Madrid]]
it|Spedire a [[A:Via Garibaldi 12, int. 5, 16124 Genova]]
nl|Bezorgen op [[A:Keizersgracht 174-2, 1016 DW Amsterdam, Nederland]]
be|Adresse : [[A:Avenue Louise 231 bte 3, B-1050 Bruxelles]]
en|Regards,\n[[P:Nnamdi Eze]]\nSenior Buyer\n+44 20 7946 0000
en|Thanks,\n\n[[P:Chiara]]
de|Grüße aus [[N:Hamburg]]
en|See you in [[N:Paris]]!
de|[[N:Frankfurt]] am Main ist schön.
en|Warehouse [[N:8001]] Zürich closed
en|i live at [[A:14 rookery road]] btw
en|Send to [[A:7 Harcourt Street, Dublin 2, D02 X285]]
en|We ship to [[N:Zürich]] in 2 days.
en|The postcode [[N:8001]] is not covered.
de|Versand nach [[N:Hamburg]] dauert länger.
en|I love my [[N:Tommy Hilfiger]] jacket.
en|[[N:Hi team]], any update?
de|[[N:Hallo zusammen]], kurze Frage.
fr|[[N:Bonjour à tous]], une question.
en|The [[N:Marketing Manager]] will call.
de|Die [[N:Rechnung]] kam am [[N:Montag]].
en|Delivered by [[N:Hermes]] on [[N:Friday]].
en|Bought at [[N:John Lewis]] last week.
de|[[N:Siemens]] Waschmaschine defekt.
fr|Je cherche la couleur [[N:Capucine]].
en|The [[N:Rose]] gold version please.
en|Our warehouse in [[N:Leeds]] is closed.
en|Zip [[N:10118]] only.
de|Die [[N:Müller]] Drogerie hat es.
en|[[N:Dear customer]], thank you.
en|[[N:Hello there]], quick question.
en|[[N:Ben & Jerry's]] ice cream out of stock.
de|Liefergebiet: [[N:3011]] und [[N:8001]]
fr|Retrait au [[N:Relais Colis]] de [[N:Lille]].
en|[[N:Grace]] period ends Friday.
en|The [[N:Billy]] bookcase is back.
de|Hallo, ich habe eine Frage.
en|Regards,\nThe Support Team
de|Viele Grüße\nIhr Kundenservice
en|Thanks!\nSent from my iPhone
"""


def parse(line):
    lang, body = line.split("|", 1)
    body = body.replace("\\n", "\n")
    out = b""
    spans, negs = [], []
    i = 0
    for m in re.finditer(r"\[\[([PAN]):(.*?)\]\]", body, re.S):
        out += body[i:m.start()].encode()
        s = len(out)
        out += m.group(2).encode()
        e = len(out)
        kind = m.group(1)
        if kind == "N":
            negs.append({"start": s, "end": e, "type": "NEGATIVE_WORD"})
        else:
            spans.append({"start": s, "end": e, "type": "PERSON" if kind == "P" else "ADDRESS", "variant": "dev",
                          "value": m.group(2)})
        i = m.end()
    out += body[i:].encode()
    return lang, out.decode(), spans, negs


here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "dev.jsonl"), "w", encoding="utf-8") as f:
    for n, line in enumerate(l for l in EX.strip("\n").split("\n") if l.strip()):
        lang, text, spans, negs = parse(line)
        f.write(json.dumps({"id": f"ner-dev-{n:03d}", "lang": lang, "register": "dev", "text": text,
                            "spans": spans, "negatives": negs}, ensure_ascii=False) + "\n")
