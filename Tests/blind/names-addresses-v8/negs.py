# -*- coding: utf-8 -*-
# Hand-typed hard-negative pools (v8).
def L(s):
    return [x.strip() for x in s.split(";") if x.strip()]

NEG = {
    # brands named like people
    "BRAND": L("""Tommy Hilfiger; Hugo Boss; Ralph Lauren; Calvin Klein; Marc O'Polo; Jack Wolfskin; Tom Tailor;
Paul Smith; Ted Baker; Karl Lagerfeld; Jean Paul Gaultier; Fred Perry; Ben Sherman; Jimmy Choo; Carl Zeiss;
Dr. Oetker; Mrs. Meyer's; Ferdinand Porsche Design; Ray-Ban; Levi's; Michael Kors; Tory Burch; Kate Spade;
Vivienne Westwood; Stella McCartney; Isabel Marant; Agnès b.; Jacques Dessange; Yves Rocher; Estée Lauder;
Sebastian Professional; John Frieda; Paul Mitchell; Birkenstock; Werner & Mertz; Wilkinson Sword; Victorinox;
Anne Fontaine; Helly Hansen; Jack Daniel's; Johnnie Walker; Martha Stewart Living; Uncle Ben's; Aunt Bessie's"""),
    "STORE": L("""Peek & Cloppenburg; Ernsting's family; Claire's; Sainsbury's; Marks & Spencer; Müller; Rossmann; Thalia;
Hugendubel; Fnac; Boulanger; Darty; Leroy Merlin; Cultura; Holland & Barrett; Dunnes Stores; John Lewis; Debenhams;
Galeries Lafayette; Bijou Brigitte; Gerry Weber; Rituals; Søstrene Grene; Jysk; Tiger; Manor; Globus; Migros;
Hema; Kruidvat; Albert Heijn; Colruyt; Delhaize; Carrefour; Monoprix; Kiabi; Intermarché; Mediamarkt; Saturn"""),
    "SHOP": L("""Oma Gerdas Wollstube; Chez Josette; Papeterie Marguerite; Tante Emma Laden; Uncle Sam's Surplus;
Mama Ngozi's Kitchen; Boutique Amélie; Fräulein Ida Kaffeebar; Monsieur Bricolage; Madame Chocolat;
Little Miss Muffin Bakery; Bäckerei Maximilian; Mister Minit; Papa John's; Wendy's; Tim Hortons; Ben's Cookies;
Sara's Second Hand; Dr. Lipp Bio-Markt; Café Anouk; Juwelier Ludwig; Frau Holle Bettwaren"""),
    "COMPANY": L("""Siemens; Bosch; Johnson & Johnson; Procter & Gamble; Ferrero; Haribo; Miele; Kärcher; Philips;
Dassault Systèmes; Michelin; Peugeot; Renault; Ford; Dell; Hewlett-Packard; Boeing; Toyota; Honda; Suzuki;
Mitsubishi; Samsung; Hyundai; Tata; Mahindra; Dangote; Jumia; Safaricom; Rakuten; Alibaba; Tencent; Lenovo; Xiaomi;
Nestlé; Heineken; Carlsberg; Lindt & Sprüngli; Roche; Novartis; Adidas; Puma; Dr. Martens"""),
    "PRODUCT": L("""iPhone 15; Galaxy S24; Kindle Paperwhite; Billy bookcase; Kallax shelf; Thermomix TM6; Dyson V15;
Nespresso Vertuo; Barbie Dreamhouse; Ken doll; Alexa speaker; Echo Dot; Siri Remote; Tonie box; Marie biscuits;
Hemnes dresser; Ivar cabinet; Malm bed; Stanley Cup tumbler; Moulinex Companion; Roomba j7; Apple Pencil;
Polly Pocket; Cabbage Patch doll; Playmobil Victoria; Lego Friends Andrea's house; Kitchen Aid Artisan; Dr. Bronner's soap;
Ben & Jerry's Phish Food; Galaxy Buds; Fire TV Stick; Pixel 8; Aeron chair; Hugo spritz set; Maggi Würze; Nutella jar"""),
    "PUBLIC_FIGURE": L("""Lionel Messi; Taylor Swift; Angela Merkel; Emmanuel Macron; Albert Einstein; Frida Kahlo;
Chimamanda Ngozi Adichie; Wole Soyinka; Hayao Miyazaki; Shah Rukh Khan; Mohamed Salah; Naomi Osaka; Zinedine Zidane;
Ludwig van Beethoven; Johann Wolfgang von Goethe; Victor Hugo; Marie Curie; Nelson Mandela; Yuri Gagarin;
Greta Thunberg; Kylian Mbappé; Serena Williams; Bob Marley; Freddie Mercury; Stromae; Aya Nakamura; Rumi;
Haruki Murakami; Malala Yousafzai; Jacinda Ardern; Wangari Maathai; Simone Biles; Son Heung-min; Björk;
Astrid Lindgren; Édith Piaf; Sigmund Freud; Frédéric Chopin; Keanu Reeves; Oprah Winfrey; Olaf Scholz"""),
    "PLACE": L("""Willy-Brandt-Haus; Flughafen Franz Josef Strauß; JFK airport; Lincoln Center; Rockefeller Center;
Royal Albert Hall; Centre Pompidou; Place Kléber; Lycée Victor-Hugo; Parc André-Citroën; Humboldt-Universität;
Goethe-Institut; Karlsplatz; Stade Pierre-Mauroy; Hôpital Georges-Pompidou; Queen Elizabeth Olympic Park;
Victoria station; Sigmund-Freud-Park; Kaiser-Wilhelm-Gedächtniskirche; Gare Saint-Charles; Mozarteum;
Château de Versailles; Jardin Jean-Jaurès; Erasmusbrug; Tycho Brahe Planetarium; Palazzo Pitti;
Kennedy Space Center; Elisabeth-Klinik; Aéroport Marseille Provence; Heinrich-Heine-Universität"""),
    "TITLE": L("""Anna Karenina; Emma; Jane Eyre; Madame Bovary; Oliver Twist; Forrest Gump; Amélie; Heidi;
Pippi Langstrumpf; Harry Potter; Matilda; Effi Briest; Le Petit Nicolas; Tintin; Astérix; Momo; Coraline;
Paddington; Things Fall Apart; Americanah; Persepolis; Der kleine Nick; Bridget Jones; Jean de Florette;
Dr. Schiwago; Mrs. Doubtfire; Annie Hall; Kiki's Delivery Service; Mulan; Moana; Encanto; Pinocchio;
Rebecca; Lolita; Max und Moritz; Michel aus Lönneberga; Les Misérables; Amadeus"""),
    "JOB_TITLE": {
        "en": L("""delivery driver; customer service advisor; warehouse supervisor; Head of Customer Care; returns clerk;
store manager; courier; account manager; duty manager; fulfilment lead; concierge; caretaker; postman"""),
        "de": L("""Zusteller; Kundenberaterin; Filialleiterin; Lagerleiter; Teamleiter Kundenservice; Hausmeister;
Sachbearbeiterin; Fahrer; Paketbote; Disponentin; Schichtleiter; Verkaufsberater"""),
        "fr": L("""livreur; conseillère clientèle; responsable logistique; chef de rayon; gardienne; facteur;
service après-vente; chargé de clientèle; directrice de magasin; préparateur de commandes; coursier"""),
    },
    "CARRIER": L("""DHL; DPD; Hermes; GLS; UPS; FedEx; Colissimo; Chronopost; Mondial Relay; Royal Mail; Evri;
PostNL; bpost; Swiss Post; Österreichische Post; PostNord; Poczta Polska; Correos; CTT; Yodel; Relais Colis;
DHL Express; Amazon Logistics; TNT; Post Luxembourg; GO! Express; Parcelforce"""),
}
# sentence-start ordinary words that are also given names (language, word, continuation)
WORDS = {
    "en": [("Will", "you send a label?"), ("Mark", "the parcel as fragile, please."), ("Bill", "me for the extra shipping."),
           ("Grace", "period for returns is 30 days, right?"), ("Rose", "gold was the colour I picked."),
           ("Amber", "light keeps blinking on the router."), ("Ruby", "red is sold out apparently."),
           ("Olive", "green would also be fine."), ("Pat", "it dry before storing."), ("Sue", "the shop? No, not yet."),
           ("Hope", "this reaches the right team."), ("Frank", "answer appreciated."), ("Iris", "scanner does not work."),
           ("Jasmine", "tea was missing from the box."), ("June", "delivery would be too late."),
           ("Summer", "sale price was not applied."), ("Chase", "the courier? I tried."), ("Faith", "in your service is low."),
           ("Joy", "of joys, the box was wet."), ("Sterling", "silver chain arrived tarnished."), ("Max", "two items per order?")],
    "de": [("Mai", "wäre als Liefertermin zu spät."), ("Rose", "ist die Farbe, die ich wollte."),
           ("Ernst", "gemeint: das Paket fehlt."), ("Frank", "und frei gesagt, ich bin enttäuscht."),
           ("August", "kommt die Ware angeblich wieder rein."), ("Hoffnung", "habe ich kaum noch."),
           ("Heide", "und Moor stehen auf dem Puzzle, nicht Berge."), ("Kurt", "angebunden war die Hotline."),
           ("Klara", "Sache: ich will mein Geld zurück."), ("Rosa", "wäre die Alternativfarbe."),
           ("Wolf", "und Schaf sind als Figuren dabei."), ("Sonne", "hat den Karton ausgebleicht."),
           ("Sommer", "ist zu spät für die Lieferung."), ("Engel", "und Sterne sind als Anhänger dabei."),
           ("Krug", "und Becher kamen zerbrochen an.")],
    "fr": [("Pierre", "naturelle, pas de résine, svp."), ("Rose", "poudré, c'est la teinte choisie."),
           ("Olive", "ou kaki, peu importe."), ("Blanche", "la housse est arrivée grise."), ("Prudence", "avec le colis, il est fragile."),
           ("Constance", "du service : jamais de réponse."), ("Patience", "à bout, je l'avoue."),
           ("Victoire", "! le colis est arrivé."), ("Ambre", "et vanille, le parfum de la bougie."),
           ("Clément", "comme le temps ? pas vraiment."), ("Aimé", "ou pas, l'article reste défectueux."),
           ("Margot", "? non, je parlais du modèle."), ("Jade", "véritable, paraît-il."), ("Capucine", "orange, la couleur du pull."),
           ("Violette", "est la teinte en rupture.")],
}
