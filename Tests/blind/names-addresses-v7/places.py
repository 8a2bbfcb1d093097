# Hand-typed street and city tables for names-addresses-v7 (typed from general knowledge).
# Streets and cities inside one country are paired freely, except UK/IE/US/CA where a street stays with its city.

DE_STREETS = ("Am Pfaffenbühl|An der Schleifmühle|Hohe Bleichen|Unter den Eichen|Bei der Kreuzkirche|Krummer Weg|"
              "Zur Alten Ziegelei|Kirchgasse|Lange Reihe|Obere Au|Rosenhang|Holzmarkt|Auf dem Kamp|Hinter der Mauer|"
              "Im Wiesengrund|Schwanthalerstr.|Bgm.-Smidt-Str.|Wilhelm-Leuschner-Straße|Käthe-Kollwitz-Ring|"
              "Sophie-Scholl-Weg|Mühlenstieg|Alter Postweg|Ebertplatz|Hirschgraben|Grüner Winkel|Lerchenfeldstraße|"
              "Fritz-Reuter-Straße|Bahnhofsvorplatz|Ludwig-Erhard-Allee|Am Sandtorkai|Pfälzer Ring|Kleine Brüdergasse|"
              "Heinrich-Heine-Allee|Else-Lasker-Schüler-Straße|Op de Elg|Zum Hasengarten|Schlehdornweg|Amalienstr.").split("|")
DE_CITIES = [("Regensburg", "930"), ("Lüneburg", "213"), ("Bamberg", "960"), ("Kassel", "341"), ("Freiburg im Breisgau", "791"),
             ("Oldenburg", "261"), ("Erfurt", "990"), ("Görlitz", "028"), ("Trier", "542"), ("Bielefeld", "336"),
             ("Hamburg", "223"), ("Leipzig", "041"), ("Köln", "509"), ("München", "803"), ("Rostock", "180"),
             ("Würzburg", "970"), ("Flensburg", "249"), ("Konstanz", "784"), ("Halle (Saale)", "061"), ("Kiel", "241"),
             ("Darmstadt", "642"), ("Passau", "940"), ("Wuppertal", "421"), ("Jena", "077")]

AT_STREETS = ("Hernalser Hauptstraße|Gumpendorfer Straße|Leopoldsgasse|Annenstraße|Herrengasse|Landstraßer Hauptstraße|"
              "Kaiserjägerstraße|Linzer Gasse|Wiedner Gürtel|Pilgramgasse|Bürgerstraße|Schönbrunner Straße|"
              "Hauptplatz|Museumstraße|Elisabethstraße|Am Tabor|Josef-Kutscha-Gasse|Anton-Wildgans-Weg").split("|")
AT_CITIES = [("Wien", ["1070", "1160", "1020", "1050", "1030", "1120", "1170"]), ("Graz", ["8010", "8020"]),
             ("Linz", ["4020"]), ("Salzburg", ["5020"]), ("Innsbruck", ["6020"]), ("Klagenfurt", ["9020"]),
             ("Dornbirn", ["6850"]), ("Wels", ["4600"]), ("St. Pölten", ["3100"]), ("Leoben", ["8700"])]

CH_STREETS_DE = ("Zwinglistrasse|Langstrasse|Kramgasse|Spalenberg|Hirschmattstrasse|Rorschacher Strasse|Bahnhofstr.|"
                 "Obere Zäune|Tellstrasse|Gerechtigkeitsgasse|Unterer Graben|Steinenvorstadt|Auf der Mauer|"
                 "Weinbergstrasse|Rennweg|Johanniterstrasse|Dufour-Strasse").split("|")
CH_CITIES_DE = [("Zürich", ["8004", "8001", "8005", "8037"]), ("Bern", ["3011", "3013"]), ("Basel", ["4051", "4057"]),
                ("Luzern", ["6003", "6004"]), ("St. Gallen", ["9000"]), ("Winterthur", ["8400"]), ("Chur", ["7000"]),
                ("Thun", ["3600"]), ("Aarau", ["5000"]), ("Schaffhausen", ["8200"])]
CH_STREETS_FR = ("Avenue de Cour|Rue de Carouge|Chemin des Pâquerettes|Rue du Simplon|Avenue de la Gare|Rue des Moulins|"
                 "Boulevard Carl-Vogt|Route de Chêne|Rue de Lausanne|Chemin de Bonne-Espérance").split("|")
CH_CITIES_FR = [("Lausanne", ["1003", "1004", "1007"]), ("Genève", ["1205", "1201", "1207"]), ("Fribourg", ["1700"]),
                ("Neuchâtel", ["2000"]), ("Sion", ["1950"]), ("Yverdon-les-Bains", ["1400"]), ("Vevey", ["1800"])]

BE_STREETS_FR = ("Rue de la Station|Chaussée de Wavre|Rue Vanderkindere|Avenue Louise|Rue Saint-Gilles|Rue des Wallons|"
                 "Rue Haute|Boulevard d'Avroy|Rue de Fer|Rue Émile Vandervelde").split("|")
BE_CITIES_FR = [("Ixelles", "1050"), ("Schaerbeek", "1030"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"),
                ("Mons", "7000"), ("Louvain-la-Neuve", "1348"), ("Uccle", "1180")]
BE_STREETS_NL = ("Kerkstraat|Vlaanderenstraat|Lange Kievitstraat|Brugse Poort|Naamsestraat|Steenstraat|Meir|"
                 "Sint-Pietersnieuwstraat|Oudeleeuwenrui|Pieter Coutereelstraat").split("|")
BE_CITIES_NL = [("Gent", "9000"), ("Antwerpen", "2018"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"),
                ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Berchem", "2600")]

LU_STREETS = ("rue Michel Rodange|rue des Romains|route d'Arlon|avenue de la Liberté|rue de l'Alzette|rue Dicks|"
              "Grand-Rue|montée de la Pétrusse|rue du Fossé|boulevard Prince Henri").split("|")
LU_CITIES = [("Luxembourg", ["1234", "2444", "1611", "2340"]), ("Esch-sur-Alzette", ["4010", "4170"]), ("Ettelbruck", ["9010"]),
             ("Echternach", ["6440"]), ("Dudelange", ["3401"]), ("Strassen", ["8009"]), ("Walferdange", ["7220"]),
             ("Diekirch", ["9233"])]

NL_STREETS = ("Oudegracht|Lange Voorhout|Nieuwe Binnenweg|Herengracht|Bilderdijkstraat|Jan Pieterszoon Coenstraat|"
              "Laan van Meerdervoort|Westersingel|Korte Houtstraat|Tweede Tuindwarsstraat|Oosterpark|Breestraat|"
              "Vismarkt|Kanaalweg|Van Woustraat").split("|")
NL_CITIES = [("Amsterdam", "10"), ("Utrecht", "35"), ("Den Haag", "25"), ("Groningen", "97"), ("Eindhoven", "56"),
             ("Arnhem", "68"), ("Breda", "48"), ("Leiden", "23"), ("Enschede", "75"), ("Zwolle", "80"),
             ("Rotterdam", "30"), ("Haarlem", "20")]

DK_STREETS = ("Jægersborggade|Vesterbrogade|Istedgade|H.C. Andersens Boulevard|Skt. Clemens Torv|Åboulevarden|"
              "Frederiksberg Allé|Vestergade|Møllevej|Kongensgade|Nørrebrogade|Ryesgade|Bispensgade").split("|")
DK_CITIES = [("København N", "2200"), ("København V", "1620"), ("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"),
             ("Esbjerg", "6700"), ("Vejle", "7100"), ("Roskilde", "4000"), ("Helsingør", "3000"), ("Frederiksberg C", "1820")]

FR_STREETS = ("rue Oberkampf|avenue Jean-Jaurès|boulevard Voltaire|rue de la Roquette|allée des Acacias|impasse du Moulin|"
              "chemin de la Source|quai Saint-Vincent|rue Paul-Bert|cours Julien|place du Marché|rue Sainte-Catherine|"
              "route de Narbonne|rue du Faubourg Saint-Antoine|rue des Trois-Rois|rue Mercière|avenue Georges-Clemenceau|"
              "rue Lucie-Aubrac|rue du Docteur-Roux|sentier des Vignes|rue de la Pompe|rue Marcel-Pagnol").split("|")
FR_CITIES = [("Paris", ["75011", "75019", "75004", "75015", "75020"]), ("Lyon", ["69003", "69007", "69001"]),
             ("Marseille", ["13006", "13001"]), ("Toulouse", ["31000", "31400"]), ("Bordeaux", ["33000", "33800"]),
             ("Lille", ["59000"]), ("Strasbourg", ["67000"]), ("Nantes", ["44000"]), ("Rennes", ["35000"]),
             ("Montpellier", ["34000"]), ("Nice", ["06000", "06300"]), ("Dijon", ["21000"]), ("Tours", ["37000"]),
             ("Limoges", ["87000"]), ("Brest", ["29200"]), ("Clermont-Ferrand", ["63000"]), ("Rouen", ["76000"]),
             ("Bayonne", ["64100"]), ("Grenoble", ["38000"]), ("Quimper", ["29000"]), ("Annecy", ["74000"]),
             ("Saint-Étienne", ["42000"]), ("Besançon", ["25000"]), ("Metz", ["57000"])]

# UK: (street, city, outward codes)
UK = [("Mapledene Road", "London", ["E8"]), ("Gloucester Avenue", "London", ["NW1"]), ("Wilmslow Road", "Manchester", ["M14", "M20"]),
      ("Cotham Hill", "Bristol", ["BS6"]), ("Headingley Lane", "Leeds", ["LS6"]), ("Leith Walk", "Edinburgh", ["EH6", "EH7"]),
      ("Albany Road", "Cardiff", ["CF24"]), ("Byres Road", "Glasgow", ["G12"]), ("Unthank Road", "Norwich", ["NR2"]),
      ("Haxby Road", "York", ["YO31"]), ("Lewes Road", "Brighton", ["BN2"]), ("Ecclesall Road", "Sheffield", ["S11"]),
      ("Lisburn Road", "Belfast", ["BT9"]), ("Cowley Road", "Oxford", ["OX4"]), ("Mill Road", "Cambridge", ["CB1"]),
      ("Stokes Croft", "Bristol", ["BS1"]), ("Chatsworth Road", "London", ["E5"]), ("Lark Lane", "Liverpool", ["L17"]),
      ("Jesmond Road", "Newcastle upon Tyne", ["NE2"]), ("Mansfield Road", "Nottingham", ["NG5"]),
      ("Walcot Street", "Bath", ["BA1"]), ("Clarendon Park Road", "Leicester", ["LE2"])]
UK_UNITS = ["Flat 3", "Flat 2B", "Apartment 14", "Basement Flat", "Top Floor Flat", "Flat C", "Unit 6"]

# IE: (street, city/area, eircode routing key)
IE = [("Manor Street", "Dublin 7", "D07"), ("Prussia Street", "Dublin 7", "D07"), ("Rathgar Road", "Dublin 6", "D06"),
      ("Douglas Road", "Cork", "T12"), ("Shandon Street", "Cork", "T23"), ("Quay Street", "Galway", "H91"),
      ("Newcastle Road", "Galway", "H91"), ("O'Connell Street", "Limerick", "V94"), ("John Street", "Kilkenny", "R95"),
      ("The Mall", "Waterford", "X91"), ("Wine Street", "Sligo", "F91"), ("Clanbrassil Street Lower", "Dublin 8", "D08")]

# US: (street, city, state, zip prefix)
US = [("N Damen Ave", "Chicago", "IL", "606"), ("SE Hawthorne Blvd", "Portland", "OR", "972"), ("S Congress Ave", "Austin", "TX", "787"),
      ("7th Ave", "Brooklyn", "NY", "112"), ("Lyndale Ave S", "Minneapolis", "MN", "554"), ("Haywood Rd", "Asheville", "NC", "288"),
      ("N 8th St", "Boise", "ID", "837"), ("Williamson St", "Madison", "WI", "537"), ("E Jones St", "Savannah", "GA", "314"),
      ("Pearl Street", "Burlington", "VT", "054"), ("E Speedway Blvd", "Tucson", "AZ", "857"), ("N High St", "Columbus", "OH", "432"),
      ("Magazine St", "New Orleans", "LA", "701"), ("Capitol Hill Ave", "Cheyenne", "WY", "820"), ("Elm Street", "Northampton", "MA", "010"),
      ("W Colfax Ave", "Denver", "CO", "802")]
US_UNITS = ["Apt 2R", "Apt 4B", "Unit 12", "Ste 210", "#3", "Apt. 1F", "Unit B"]

# CA: (street, city, province, FSA, french?)
CA = [("rue Saint-Denis", "Montréal", "QC", "H2J", True), ("avenue du Mont-Royal Est", "Montréal", "QC", "H2T", True),
      ("rue Saint-Jean", "Québec", "QC", "G1R", True), ("boulevard René-Lévesque", "Québec", "QC", "G1R", True),
      ("Queen St W", "Toronto", "ON", "M6J", False), ("Commercial Dr", "Vancouver", "BC", "V5N", False),
      ("Spring Garden Rd", "Halifax", "NS", "B3H", False), ("Corydon Ave", "Winnipeg", "MB", "R3M", False),
      ("Bank St", "Ottawa", "ON", "K1S", False), ("Fort St", "Victoria", "BC", "V8W", False),
      ("17 Ave SW", "Calgary", "AB", "T2S", False), ("Water St", "St. John's", "NL", "A1C", False)]

IT_STREETS = ("Via Pietro Borsieri|Corso Vittorio Emanuele II|Via Toledo|Borgo San Frediano|Via Zamboni|Via Garibaldi|"
              "Piazza delle Erbe|Via Etnea|Via Maqueda|Via del Pratello|Via Nazionale|Vicolo del Cinque").split("|")
IT_CITIES = [("Milano", "MI", "201"), ("Torino", "TO", "101"), ("Napoli", "NA", "801"), ("Firenze", "FI", "501"),
             ("Bologna", "BO", "401"), ("Genova", "GE", "161"), ("Verona", "VR", "371"), ("Catania", "CT", "951"),
             ("Palermo", "PA", "901"), ("Roma", "RM", "001")]

ES_STREETS = ("Calle de Fuencarral|Carrer de Verdi|Calle Sierpes|Avenida del Puerto|Calle Laurel|Rúa do Franco|Calle Mayor|"
              "Alameda de Mazarredo|Calle Larios|Carrer del Parlament|Calle de Lavapiés").split("|")
ES_CITIES = [("Madrid", "280"), ("Barcelona", "080"), ("Sevilla", "410"), ("València", "460"), ("Logroño", "260"),
             ("Santiago de Compostela", "157"), ("Zaragoza", "500"), ("Bilbao", "480"), ("Málaga", "290"), ("Granada", "180")]

PACK_CITIES = [("Dortmund", "441"), ("Mainz", "551"), ("Augsburg", "861"), ("Hannover", "301"), ("Dresden", "010"),
               ("Münster", "481"), ("Ulm", "890"), ("Potsdam", "144")]

COUNTRY_NAMES = {
    "de": {"en": "Germany", "de": "Deutschland", "fr": "Allemagne"},
    "at": {"en": "Austria", "de": "Österreich", "fr": "Autriche"},
    "ch": {"en": "Switzerland", "de": "Schweiz", "fr": "Suisse"},
    "be": {"en": "Belgium", "de": "Belgien", "fr": "Belgique"},
    "lu": {"en": "Luxembourg", "de": "Luxemburg", "fr": "Luxembourg"},
    "nl": {"en": "Netherlands", "de": "Niederlande", "fr": "Pays-Bas"},
    "dk": {"en": "Denmark", "de": "Dänemark", "fr": "Danemark"},
    "fr": {"en": "France", "de": "Frankreich", "fr": "France"},
    "uk": {"en": "United Kingdom", "de": "Großbritannien", "fr": "Royaume-Uni"},
    "ie": {"en": "Ireland", "de": "Irland", "fr": "Irlande"},
    "us": {"en": "USA", "de": "USA", "fr": "États-Unis"},
    "ca": {"en": "Canada", "de": "Kanada", "fr": "Canada"},
    "it": {"en": "Italy", "de": "Italien", "fr": "Italie"},
    "es": {"en": "Spain", "de": "Spanien", "fr": "Espagne"},
}

# which countries a message in each language draws from (weights)
LANG_COUNTRIES = {
    "en": ["uk"] * 4 + ["ie"] * 3 + ["us"] * 4 + ["ca"] * 3 + ["de", "at", "ch", "nl", "dk", "fr", "be", "lu", "it", "es"],
    "de": ["de"] * 6 + ["at"] * 4 + ["ch"] * 4 + ["lu", "nl", "nl", "dk", "dk", "be", "uk", "fr", "it", "es", "ie", "us"],
    "fr": ["fr"] * 6 + ["ch"] * 3 + ["be"] * 3 + ["lu"] * 3 + ["ca"] * 3 + ["de", "nl", "dk", "uk", "it", "es", "at", "ie"],
}
