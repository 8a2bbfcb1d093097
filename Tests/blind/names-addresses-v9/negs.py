# Hand-typed hard-negative pools. Keys: type -> list (shared) or dict lang -> list.
def S(x):
    return [w.strip() for w in x.split("|") if w.strip()]

NEG = {
    "BRAND": S("Tommy Hilfiger|Ralph Lauren|Hugo Boss|Marc O'Polo|Jack Wolfskin|Calvin Klein|Ted Baker|Paul Smith|Karl Lagerfeld|"
               "Jil Sander|Giorgio Armani|Kate Spade|Michael Kors|Tory Burch|Vera Wang|Issey Miyake|Jimmy Choo|Christian Louboutin|"
               "Stella McCartney|Estée Lauder|Bobbi Brown|Charlotte Tilbury|Dr. Martens|Tom Ford|Salvatore Ferragamo|Bruno Banani|"
               "Fred Perry|Ben Sherman|Isabel Marant|Sonia Rykiel|Agnès b.|Jean Paul Gaultier|Yves Saint Laurent|Marc Jacobs|"
               "Vivienne Westwood|Paul Mitchell|Ben & Jerry's|Jack Daniel's|Johnnie Walker|Captain Morgan|Uncle Ben's|Kiehl's|"
               "Dr. Oetker|Mrs. Meyer's|Werther's|Lacoste|Rémy Martin|Veuve Clicquot|Dr. Hauschka|Anne Fontaine|Sandro|Maje|"
               "Roberto Cavalli|Stefanel|Tom Tailor|Bugatti|Ferrari|Lamborghini|Carolina Herrera|Oscar de la Renta|Elie Saab|"
               "Manish Malhotra|Sabyasachi|Yohji Yamamoto|Kenzo|Alexander Wang|Diane von Furstenberg|Oskar Hansen"),
    "STORE": {
        "en": S("Marks & Spencer|Sainsbury's|Morrisons|John Lewis|Harrods|Selfridges|Trader Joe's|Walgreens|Macy's|Nordstrom|Kohl's|"
                "Dillard's|Wegmans|Aldi|Lidl|Argos|Boots|Waitrose|Matalan|Dunelm|Sephora|TK Maxx|Wilko|Hobbycraft"),
        "de": S("Müller|Rossmann|Douglas|Thalia|Hugendubel|Fielmann|Peek & Cloppenburg|Breuninger|Edeka|Aldi Süd|Lidl|Kaufland|"
                "Tchibo|Dallmayr|Obi|Hornbach|Globus|Netto|Penny|Karstadt|C&A|Woolworth|dm|Norma"),
        "fr": S("Galeries Lafayette|Printemps|Leclerc|Darty|Boulanger|Fnac|Monoprix|Franprix|Intermarché|Carrefour|Auchan|Picard|"
                "Casino|Gifi|Jules|Camaïeu|Nicolas|Leroy Merlin|Castorama|Cultura|Maisons du Monde|Grand Frais|Lidl|La Halle"),
    },
    "SHOP": {
        "en": S("Aunty Bola's Kitchen|Chez Margot Bakery|Mama Rosa's Pizzeria|Uncle Wong's Noodle Bar|Nana's Yarn Corner|"
                "Little Priya's Spices|Sultan Ahmet Grill|Big Tony's Hardware|Auntie Ama's Fabrics|Mr. Kim's Dry Cleaning|"
                "Granny Mae's Pantry|Papa Kofi Barbers"),
        "de": S("Bäckerei Tante Hilde|Blumen Rosi|Salon Yasemin|Onkel Ali's Gemüse|Café Luise|Friseur Carlo|Schuhhaus Emil|"
                "Opa Heinz' Fahrradladen|Metzgerei Frieda|Kiosk Mama Ngozi|Änderungsschneiderei Frau Aylin|Teestube Scheherazade"),
        "fr": S("Chez Fatou|Boulangerie Mamie Jeanne|La Cave d'Hubert|Chez Madeleine|Épicerie Tonton Karim|Salon Coiffure Nadia|"
                "Le Comptoir d'Amélie|Chez Mémé Lucienne|Brasserie Chez Gégène|Pressing Monsieur Lin|Fleurs de Joséphine|Crêperie Chez Yvonne"),
    },
    "COMPANY": S("Johnson & Johnson|Procter & Gamble|Siemens|Porsche|ThyssenKrupp|Ernst & Young|Deloitte|McKinsey|Boehringer Ingelheim|"
                 "Merck|Bayer|Michelin|Peugeot|Renault|Citroën|Hermès|Chanel|Dassault|Bouygues|Pernod Ricard|Boiron|Lindt & Sprüngli|"
                 "Nestlé|Hoffmann-La Roche|Tata|Mahindra|Hyundai|Toyota|Suzuki|Honda|Wells Fargo|Goldman Sachs|Morgan Stanley|"
                 "Charles Schwab|Dell|Hewlett-Packard|Ford|Bosch|Miele|Liebherr|Dangote|Adani|Wipro|Heineken|Carlsberg|Kellogg's"),
    "PRODUCT": {
        "en": S("Billy bookcase|Ken doll|Alexa|Siri|Henry hoover|Hetty vacuum|Sophie la girafe teether|Opel Adam|Renault Zoe|"
                "Citroën Picasso|Mr Muscle spray|Moulinex|Furby|Barbie Dreamhouse|Chanel No. 5|Kallax shelf|Poäng chair|"
                "Hemnes dresser|Ford Mustang|Dodge Charger|Werther's Original|Jean Paul Gaultier Le Male|Tassimo|Ninja air fryer"),
        "de": S("Billy-Regal|Ken-Puppe|Alexa|Siri|Meister Proper|Käpt'n Iglo Fischstäbchen|Dr. Best Zahnbürste|Mozartkugeln|"
                "Prinzenrolle|Opel Adam|Renault Zoe|Citroën Picasso|Poäng-Sessel|Kallax-Regal|Malm-Kommode|Mon Chéri|Henry-Staubsauger|"
                "Thermomix|Ford Mustang|Barbie-Traumhaus|Steiff-Teddy|Käthe Kruse Puppe|Werther's Original|Nivea Creme"),
        "fr": S("étagère Billy|poupée Ken|Alexa|Siri|Monsieur Propre|Sophie la girafe|Opel Adam|Renault Zoé|Citroën Picasso|"
                "fauteuil Poäng|commode Malm|Mon Chéri|aspirateur Henry|Thermomix|Barbie|Ford Mustang|Chanel N°5|Petit Écolier|"
                "Carambar|Prince de LU|Kinder Bueno|Cousteau gourde|Bic Cristal|Vache qui rit"),
    },
    "PUBLIC_FIGURE": S("Albert Einstein|Marie Curie|Beyoncé|Taylor Swift|Shakespeare|Mozart|Frida Kahlo|Nelson Mandela|Angela Merkel|"
                       "Zinedine Zidane|Kylian Mbappé|Édith Piaf|Victor Hugo|Napoleon|Cleopatra|Bob Marley|Freddie Mercury|David Bowie|"
                       "Chimamanda Ngozi Adichie|Rabindranath Tagore|Hayao Miyazaki|Naomi Osaka|Mohamed Salah|Serena Williams|Usain Bolt|"
                       "Malala Yousafzai|Wangari Maathai|Fela Kuti|Youssou N'Dour|Ai Weiwei|Haruki Murakami|Orhan Pamuk|Naguib Mahfouz|"
                       "Lionel Messi|Roger Federer|Heidi Klum|Helene Fischer|Herbert Grönemeyer|Stromae|Aya Nakamura|Omar Sy|Céline Dion|"
                       "Goethe|Beethoven|Simone de Beauvoir|Jacques Brel|Shah Rukh Khan|Lata Mangeshkar|Umm Kulthum|Fairuz|Burna Boy|"
                       "Miriam Makeba|Angélique Kidjo|Yayoi Kusama|BTS|Jackie Chan|Bruce Lee|Greta Thunberg|Pelé"),
    "TITLE": {
        "en": S("Jane Eyre|Oliver Twist|David Copperfield|Rebecca|Matilda|Emma|Heidi|Tom Sawyer|Hamlet|Othello|Americanah|"
                "Purple Hibiscus|Half of a Yellow Sun|Midnight's Children|The Kite Runner|Norwegian Wood|Kafka on the Shore|"
                "Kim Jiyoung, Born 1982|Zorba the Greek|Doctor Zhivago|Forrest Gump|Jerry Maguire|Annie Hall|Moana|Mulan|Coco|Shrek"),
        "de": S("Effi Briest|Momo|Heidi|Pippi Langstrumpf|Emil und die Detektive|Jim Knopf|Ronja Räubertochter|Faust|Wilhelm Tell|"
                "Nathan der Weise|Woyzeck|Siddhartha|Der kleine Nick|Rico, Oskar und die Tieferschatten|Tschick|Die Leiden des jungen Werthers|"
                "Der Vorleser|Michel aus Lönneberga|Das doppelte Lottchen|Hanni und Nanni|Benjamin Blümchen|Bibi Blocksberg|Yakari"),
        "fr": S("Madame Bovary|Eugénie Grandet|Le Père Goriot|Thérèse Raquin|Nana|Le Petit Nicolas|Jean de Florette|Manon des Sources|"
                "Amélie Poulain|Persépolis|Le Comte de Monte-Cristo|Cyrano de Bergerac|Tartuffe|Candide|Astérix|Tintin|Boule et Bill|"
                "Martine à la plage|Caroline et ses amis|Kirikou|Zazie dans le métro|Bel-Ami|Aya de Yopougon"),
    },
    "PLACE": {
        "en": S("JFK Airport|John Lennon Airport|King's Cross|St Thomas' Hospital|Victoria Station|Lincoln Center|Rockefeller Center|"
                "Nelson Mandela Square|Kelvingrove Park|Alexandra Palace|the Churchill War Rooms|Prince Charles Cinema|Florence Nightingale Museum"),
        "de": S("Willy-Brandt-Flughafen|Humboldt-Forum|Max-Planck-Institut|Clara-Zetkin-Park|Albertina|Rudolf-Virchow-Klinikum|"
                "Goethe-Gymnasium|Sophie-Scholl-Schule|Beethovenhalle|Bertolt-Brecht-Theater|Marie-Curie-Gymnasium|Adenauer-Brücke|Kaiser-Wilhelm-Gedächtniskirche"),
        "fr": S("aéroport Charles-de-Gaulle|gare Saint-Lazare|lycée Jean-Moulin|Centre Pompidou|stade Pierre-Mauroy|parc André-Citroën|"
                "hôpital Georges-Pompidou|collège Simone-Veil|médiathèque Aimé-Césaire|piscine Joséphine-Baker|pont Mirabeau|musée Rodin|place Charles-de-Gaulle"),
    },
    "CITY": S("Nancy|Adelaide|Charlotte|Victoria|Regina|Sofia|Alexandria|Florence|Georgetown|Jackson|Austin|Houston|Lincoln|Hamilton|"
              "Kingston|Laval|Vincennes|Lourdes|Saint-Étienne|Santiago|Elizabeth|Zwickau|Augusta|Marion|Eugene|Santa Clara|Saint-Louis"),
    "POSTCODE": S("10115|75011|SW1A 1AA|8001|H2Y 1Z8|1016 GV|00-640|120 00|69003|80331|1060|L-1450|97205|M5H 2M9|2200|111 21|1100-053|28013"),
    "JOB_TITLE": {
        "en": S("Head of Customer Success|shift supervisor|store manager|customer service advisor|warehouse lead|delivery driver|"
                "complaints officer|Senior Account Manager|night porter|returns clerk|team leader|duty manager|claims handler"),
        "de": S("Filialleiterin|Sachbearbeiter|Kundenberaterin|Teamleiter|Lagerist|Paketzusteller|Hausmeister|Schichtleitung|"
                "Reklamationsabteilung|Abteilungsleiter|Kassiererin|Servicetechniker|Auszubildende"),
        "fr": S("chef de rayon|responsable SAV|conseillère clientèle|livreur|gardien d'immeuble|directrice du magasin|préparateur de commandes|"
                "chargé de clientèle|caissière|responsable logistique|technicien|hôtesse d'accueil|stagiaire"),
    },
    "CARRIER": {
        "en": S("DHL|DPD|UPS|FedEx|Royal Mail|Evri|Parcelforce|Yodel|USPS|Canada Post|Purolator|GLS|InPost"),
        "de": S("DHL|Hermes|DPD|GLS|UPS|Deutsche Post|Österreichische Post|Die Post|PostNL|bpost|PostNord|Poczta Polska|FedEx"),
        "fr": S("La Poste|Colissimo|Chronopost|Mondial Relay|Relais Colis|DPD|UPS|GLS|DHL|bpost|Postes Canada|Post Luxembourg|Swiss Post"),
    },
    "WEEKDAY": {"en": S("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
                "de": S("Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"),
                "fr": S("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche")},
    "MONTH": {"en": S("April|May|June|August|January|March|October"),
              "de": S("Mai|August|Juni|April|März|Januar|Oktober"),
              "fr": S("juin|mai|août|avril|mars|janvier|octobre")},
    "COLOUR": {"en": S("Olive|Hazel|Ruby|Amber|Ivory|Coral|Jade|Sienna|Sage|Indigo|Violet|Saffron|Rose Gold|Ebony|Heather"),
               "de": S("Rosé|Bernstein|Jade|Oliv|Koralle|Elfenbein|Flieder|Salbei|Petrol|Bordeaux|Cognac|Rosa|Sand|Mauve"),
               "fr": S("Marine|Capucine|Olive|Ambre|Jade|Rose poudré|Céladon|Émeraude|Ébène|Prune|Violette|Sienne|Camel|Cognac")},
}

# capitalised sentence-start words that are also given names, with a short continuation (WORD span = first word only)
WORD_START = {
    "en": S("Will the parcel still arrive today?|Mark the box as fragile, please.|Frank answer: it broke on day two.|"
            "Chase it up with the depot if you can.|Sue them? No, just refund me.|Bill me later if that is easier.|"
            "Grace period ends tomorrow, right?|Hope this gets sorted soon.|Joy of joys, the lid is cracked.|"
            "Rob the drawer of screws and you get this.|Drew a blank when the driver asked for ID.|Dawn delivery would suit me.|"
            "Art prints arrived rolled, not flat.|Pat the fabric dry, do not wring.|Sandy residue all over the tent.|"
            "Faith restored, it finally came.|Gene therapy book was the wrong edition.|Rich chocolate taste, but melted.|"
            "Don the gloves before opening the pack.|Lance the blister pack with scissors.|Summer range is sold out again.|"
            "Carol singers kept the neighbour busy.|Dean's list letter came in the same envelope.|Nick in the paint on the left door.|"
            "Ray of light: the spare part is in stock."),
    "de": S("Ernst gemeint, das war die dritte Lieferung.|Roman kam mit geknicktem Umschlag an.|Frank und frei: der Service war schlecht.|"
            "Rosa ist die Farbe nicht, eher Lachs.|Silvester waren wir nicht zu Hause.|Nikolaus steht vor der Tür, bitte vorher liefern.|"
            "Kai am Hafen ist kein Lieferort.|Heide und Moor, so sah der Karton aus.|Bernstein-Kette fehlt im Paket.|"
            "Otto Normalverbraucher versteht die AGB nicht.|Wolf im Schafspelz, diese Rabattaktion.|Engel gibt es im Kundenservice offenbar doch.|"
            "Mark und Bein, so laut war die Türklingel.|"
            "Jasmin-Tee war nicht im Paket.|"
            "Hoffnung habe ich keine mehr.|Emma-Matratze ist zu hart.|Fritz-Kola fehlt in der Lieferung.|Paula-Pudding war ausgelaufen."),
    "fr": S("Noël approche, il faut livrer avant.|Rose pâle, pas fuchsia comme sur la photo.|Claire, la notice ne l'est pas du tout.|"
            "Constance du service : nulle.|Patience, on m'a dit, encore patience.|Victoire, le colis est arrivé !|"
            "Pierre de taille ou béton ? La fiche ne le dit pas.|Aurore boréale sur l'emballage, joli mais inutile.|"
            "Toussaint oblige, le magasin était fermé.|Olive ou kaki, je n'arrive pas à trouver.|"
            "Prudence avec le verre, merci.|Céleste, ce bleu est magnifique.|Pâques tombe tôt, donc livraison avant le 28 ?|"
            "Blanche comme neige, la nappe ? Non, grise.|Violette en photo, mauve en vrai.|Capucine, c'est le nom du modèle.|"
            "Ambre gris, odeur trop forte.|Espérance de vie du produit : deux mois.|Colombe en céramique reçue en morceaux."),
}

# German common nouns that double as surnames / names, used mid-sentence in de
DE_NOUNS = S("Koch|Bauer|Schneider|Müller|Fischer|Vogel|Fuchs|Wolf|Engel|Kaiser|König|Graf|Becker|Schmied|Jäger|Förster|Sommer|Winter|Stein")
