# Hand-typed hard-negative pools for names-addresses-v7. None of these is PII in the frames that use them.

P = lambda s: [x.strip() for x in s.split("|")]

NEG = {
    # fashion houses and brands named after people
    "BRAND": P("Hugo Boss|Jil Sander|Karl Lagerfeld|Tommy Hilfiger|Calvin Klein|Stella McCartney|Yves Saint Laurent|"
               "Christian Dior|Salvatore Ferragamo|Giorgio Armani|Paul Smith|Ted Baker|Vivienne Westwood|Tom Tailor|"
               "Marc Cain|Otto Kern|Wolfgang Joop|Bogner|Sergio Tacchini|Fred Perry|Ben Sherman|Manolo Blahnik|"
               "Jimmy Choo|Christian Louboutin|Kate Spade|Michael Kors|Tory Burch|Diane von Furstenberg|Isabel Marant|"
               "Agnès b.|Jean Paul Gaultier|Pierre Cardin|René Lezard|Sonia Rykiel|Nina Ricci|Chantal Thomass|"
               "Emilio Pucci|Dolce & Gabbana|Max Mara|Gerry Weber|Betty Barclay|Toni Gard|Bruno Banani|Marc O'Polo|"
               "Hackett|Alexander McQueen|John Varvatos|Paul & Joe|Anne Fontaine|Zadig & Voltaire|Lindt|Dr. Oetker|"
               "Kellogg's|Ben & Jerry's|Dr. Martens|Levi's|Melitta|Miele|Dyson|Braun|Wilkinson|Gillette|Birkenstock|"
               "Rolf Benz|Villeroy & Boch|Mont Blanc|Lamy|Faber-Castell|Carl Zeiss|Ralph Lauren|Tod's|"
               "Gucci|Prada|Fendi|Hermès|Louis Vuitton|Coco Chanel|Guerlain|Yves Rocher|Jean Louis David|Franck Provost|"
               "Jacques Dessange|Pierre Hermé|Ladurée|Ferrero|Hipp|Weleda|Sebastian Professional|Wella|"
               "Dr. Hauschka|Annemarie Börlind|Paul Mitchell|Estée Lauder|Helena Rubinstein|Elizabeth Arden|Clarins|"
               "Lancaster|Bobbi Brown|Charlotte Tilbury|Victoria Beckham|Marc Jacobs|Oscar de la Renta|Carolina Herrera"),
    # retail chains and department stores (several named after founders)
    "STORE": P("Peek & Cloppenburg|John Lewis|Marks & Spencer|Sainsbury's|Harrods|Selfridges|Galeries Lafayette|"
               "Breuninger|Rossmann|Müller|Douglas|Thalia|Hugendubel|Dallmayr|Käthe Wohlfahrt|Engelhorn|Jelmoli|"
               "Manor|Franz Carl Weber|E.Leclerc|Darty|Boulanger|Fielmann|Karstadt|Ludwig Beck|Trader Joe's|Macy's|"
               "Nordstrom|Kohl's|Dunnes Stores|Brown Thomas|Arnotts|Tiffany & Co.|Hudson's Bay|La Maison Simons|"
               "Jean Coutu|Delhaize|Colruyt|Albert Heijn|Magasin du Nord|Illums Bolighus|Rinascente|Kaufhof|"
               "Bijenkorf|Conforama|Lidl|Aldi Süd|Globus|Loeb|Kastner & Öhler|Gerngross|Steffl|Hervis|Intersport Eybl|"
               "Mr Bricolage|Monsieur Meuble|Maisons du Monde|Casa|Søstrene Grene|Dunelm|Argos|Currys|Lowe's|Walgreens"),
    # small independent shops, often with a first name in them
    "SHOP": P("Blumen Heidi|Chez Marcel|Salon Sylvie|Optik Schwarz|Boulangerie Paul|Pizzeria da Toni|Maison Georges|"
              "Tante Emma Laden|Frisör Petra|Antiquariat Kästner|Metzgerei Huber|Café Anna|Bei Mario|Atelier Lucienne|"
              "Fromagerie Bernard|Fahrrad Franz|Schuhhaus Klauser|Papeterie Jeanne|Uncle Sam's Diner|Betty's Bakery|"
              "Joe's Hardware|Mrs. Potts Teashop|Casa Lucia|Lisa's Nail Bar|Glaserei Wolff|Konditorei Lehmann|"
              "Vinothek Anton|Buchladen Rosa|Épicerie chez Fatou|Le Comptoir de Mathilde|Brasserie Léon|"
              "Trattoria Nonna Pina|Bistro Emil|Eisdiele Giovanni|Sam's Corner Shop|Dolly's Vintage|Kiosk Ali|"
              "Goldschmiede Winter|Reformhaus Keller|Librairie Gérard|Café Frieda|Bella Italia|Waschsalon Herta"),
    "COMPANY": P("Robert Bosch GmbH|Siemens AG|Ferrero SpA|Michelin|Dassault Systèmes|Bouygues Telecom|Procter & Gamble|"
                 "Johnson & Johnson|Hewlett-Packard|Rolls-Royce|Merck KGaA|Boehringer Ingelheim|Alfred Kärcher SE|"
                 "Liebherr|Stihl|Vorwerk|Haribo|Bahlsen|Kühne + Nagel|Würth|Porsche AG|Ferrari|Peugeot|Citroën|"
                 "Renault|Ford|Dell Technologies|Heraeus|Henkel|Beiersdorf|Oetker-Gruppe|Tengelmann|Otto Group|"
                 "Schaeffler|Mars Inc.|Kraft Heinz|Walt Disney Company|Ricola|Sprüngli|Pierre Fabre|L'Oréal|"
                 "Lactalis|Danone|Decathlon|Carrefour|Arla Foods|Lego|Bang & Olufsen|Maersk|Heineken|Philips|Stellantis"),
    "PRODUCT": P("Billy bookcase|Sophie la girafe|Barbie Dreamhouse|Birkin|Lady Dior|Miss Dior|Chesterfield sofa|"
                 "Eames Lounge Chair|Wassily chair|Earl Grey|Lady Grey|Granny Smith|Peach Melba|Mozartkugeln|Sachertorte|"
                 "Tarte Tatin|Crêpe Suzette|Bircher Müesli|Baby Born|Polly Pocket|Kelly bag|Jackie 1961|Stanley Quencher|"
                 "Pavlova|Margherita|Caesar dressing|Beef Wellington|Eggs Benedict|Teddy bear|Tiffany lamp|Marie biscuits|"
                 "Madeleines|Alexander Technique book|Ivar shelf|Kallax|Poäng|Henriksdal chair|Elsa dress|Paw Patrol Chase|"
                 "Peppa Pig puzzle|Hello Kitty backpack|Käthe Kruse Puppe|Steiff Teddy Margarete|Rubik's Cube|Jacuzzi|"
                 "Graham crackers|Nespresso Vertuo|Tom Ford Oud Wood|Chanel N°5|Shalimar|Eau Sauvage|Opium|Angel|"
                 "La Vie est Belle|Mon Paris|Emma Matratze|Lola sneaker|Stan Smith|Chuck Taylor|Mary Jane shoes|"
                 "Peter Pan collar blouse|Charlotte au chocolat|Paris-Brest|Saint-Honoré|Sandwich Club|Nicoise salad"),
    "PUBLIC_FIGURE": P("Zinedine Zidane|Angela Merkel|Marie Curie|Roger Federer|Édith Piaf|David Bowie|Greta Thunberg|"
                       "Taylor Swift|Dua Lipa|Kylian Mbappé|Helene Fischer|Jacques Brel|Stromae|Simone de Beauvoir|"
                       "Albert Einstein|Frida Kahlo|Serena Williams|Lionel Messi|Wolfgang Amadeus Mozart|"
                       "Ludwig van Beethoven|Kaiserin Sisi|Queen Elizabeth II|Harry Styles|Beyoncé|Freddie Mercury|"
                       "Virginia Woolf|Astrid Lindgren|Johann Wolfgang von Goethe|Victor Hugo|Céline Dion|Shakira|"
                       "Michael Jordan|Cristiano Ronaldo|Novak Djokovic|Rafael Nadal|Marlene Dietrich|Romy Schneider|"
                       "Catherine Deneuve|Brigitte Bardot|Marilyn Monroe|Audrey Hepburn|Charles Aznavour|Elvis Presley|"
                       "Mahatma Gandhi|Nelson Mandela|Barack Obama|Pablo Picasso|Vincent van Gogh|Claude Monet|Bob Marley"),
    "PLACE": P("Charles de Gaulle airport|Flughafen Franz Josef Strauß|Gare Saint-Lazare|the Lincoln Center|"
               "Rockefeller Center|JFK airport|Bahnhof Friedrichstraße|the Rudolf-Virchow-Klinikum|Lycée Henri-IV|"
               "Goethe-Gymnasium|Place Stanislas|the Heldenplatz|Hôpital Édouard-Herriot|George Best Belfast City Airport|"
               "Marco Polo airport|Pont Alexandre-III|the Albert Dock|Parc André-Citroën|Stade Pierre-Mauroy|"
               "Max-Planck-Institut|the Victoria and Albert Museum|Kennedy Center|Sankt-Georg-Krankenhaus|"
               "Station Jean-Talon|Université Laval|Sophie-Scholl-Schule|Humboldt-Universität|Allianz Arena|"
               "Lansdowne Road stadium|Kastrup airport|Wilhelmina Gasthuis|Parc Léopold|Ernst-Happel-Stadion|"
               "Pearson airport|Trudeau airport|Mont-Royal|St. Stephen's Green|Tivoli Gardens|Schloss Charlottenburg"),
    "TITLE": P("Effi Briest|Madame Bovary|Anna Karenina|Harry Potter and the Goblet of Fire|Oliver Twist|Jane Eyre|"
               "Emil und die Detektive|Pippi Langstrumpf|Le Petit Nicolas|Le Fabuleux Destin d'Amélie Poulain|Forrest Gump|"
               "Jerry Maguire|Billy Elliot|Erin Brockovich|Thérèse Raquin|Eugénie Grandet|Heidi|Momo|Tintin au Tibet|"
               "Astérix le Gaulois|Sherlock Holmes|Matilda|Emma|Rebecca|Lolita|Carrie|Coraline|Paddington|"
               "Bridget Jones's Diary|Annie Hall|Jules et Jim|Amélie|Der kleine Nick|Michel aus Lönneberga|"
               "Die unendliche Geschichte|Frankenstein|Dracula|Moby Dick|David Copperfield|Robinson Crusoe|Nils Holgersson|"
               "Ronja Räubertochter|Hannah Arendt|Joséphine, ange gardien|Gaston Lagaffe|Maigret tend un piège|"
               "Pride and Prejudice|Little Women|Black Beauty|Peter Rabbit|Mary Poppins|Charlie and the Chocolate Factory"),
    "CITY": P("Lyon|Graz|Bielefeld|Ghent|Leeds|Cork|Winnipeg|Aarhus|Esch-sur-Alzette|Lausanne|Eindhoven|Nantes|"
              "Brisbane|Zaragoza|Bologna|Innsbruck|Dundee|Halifax|Strasbourg|Kassel|Odense|Namur|Basel|Linz"),
    "POSTCODE": P("80331|8004|1050|SW1A|H2J|75011|L-2444|3511|2200|D07|10115|9020|60647|V5N|4051|EH6|1016|33000"),
    "WORD": P("Rose|Ruby|Amber|Jade|Olive|Hazel|Ginger|Sienna|Violette|Salbei|Rosa|Bordeaux|Lavande|Jasmin|Ivory|"
              "Sage|Iris|Daisy|Heather|Coral|Camel|Cognac|Petrol|Flieder|Aubergine|Taupe|Mandarine|Melba|Magnolia|"
              "Pearl|Marine|Kaki|Océane|Céleste|Blanche|Saffron"),
    "JOB_TITLE": P("Head of Customer Care|Teamleiterin Versand|responsable logistique|Kundendienstleiter|"
                   "Customer Success Manager|chargée de clientèle|Filialleiter|Returns Coordinator|conseillère de vente|"
                   "Leiterin Retourenmanagement|Store Manager|chef de rayon|Sachbearbeiter Reklamation|Support Agent Tier 2|"
                   "directrice commerciale|Lagerist|Category Manager|assistante SAV"),
    "CARRIER": P("DHL|Hermes|GLS|DPD|UPS|La Poste|Colissimo|Chronopost|Royal Mail|Evri|An Post|PostNL|bpost|"
                 "Swiss Post|Österreichische Post|PostNord|Canada Post|USPS|FedEx|Mondial Relay|Fastway|Purolator"),
    "GREETING": {"en": P("Hi there|Dear Sir or Madam|Hello team|Good morning all|To whom it may concern|Hey folks"),
                 "de": P("Hallo zusammen|Sehr geehrte Damen und Herren|Liebes Team|Moin zusammen|Guten Tag|Servus miteinand"),
                 "fr": P("Bonjour à tous|Madame, Monsieur|Bonjour l'équipe|Salut tout le monde|Chère équipe|Bonsoir")},
    "SIGNOFF": {"en": P("Your Customer Care team|The Support Team|Kind regards, the shop team|Cheers, the crew"),
                "de": P("Ihr Kundenservice|Dein Support-Team|Viele Grüße, Ihr Shop-Team|Das Team vom Versand"),
                "fr": P("L'équipe Service Client|Le service après-vente|Cordialement, l'équipe|Toute l'équipe boutique")},
}
