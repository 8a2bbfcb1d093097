# -*- coding: utf-8 -*-
# Hand-typed street / city pools (v8). "!" prefix on a street = no suffix word.
def L(s):
    return [x.strip() for x in s.split(";") if x.strip()]

DE_STREETS = L("""Bergmannstraße; Lindenstraße; !Am Sandtorkai; !An der Alster; !Zeil; !Gänsemarkt; !Hohe Bleichen;
Schönhauser Allee; Wilhelmshöher Allee; Kastanienweg; !Im Winkel; !Auf dem Berge; !Zum Steinbruch; Kirchgasse;
!Rosenhang; Ostertorsteinweg; !Am Weidenbruch; !Unter den Eichen; Clara-Zetkin-Straße; Geschwister-Scholl-Straße;
Bertha-von-Suttner-Weg; !Hinter der Mauer; !Am Hopfengarten; Kleiner Schlossplatz; !Weidenkamp; Marktstr.;
Friedrich-Ebert-Damm; !Mühlenkamp; !Alte Gärten; !Jungfernstieg; !Neuer Wall; Hauptstr.; !Am Stadtgraben;
!An den Teichwiesen; Eichendorffstraße; !Bohnenberg; !Klosterhof; Sonnenleite; !In der Aue; Wiesenpfad""")
DE_CITIES = [("10", "Berlin"), ("20", "Hamburg"), ("80", "München"), ("50", "Köln"), ("60", "Frankfurt am Main"),
             ("70", "Stuttgart"), ("04", "Leipzig"), ("01", "Dresden"), ("90", "Nürnberg"), ("28", "Bremen"),
             ("30", "Hannover"), ("44", "Dortmund"), ("79", "Freiburg im Breisgau"), ("24", "Kiel"),
             ("93", "Regensburg"), ("99", "Erfurt"), ("18", "Rostock"), ("66", "Saarbrücken"), ("33", "Bielefeld"),
             ("97", "Würzburg"), ("17", "Greifswald"), ("83", "Rosenheim"), ("49", "Osnabrück")]
AT_STREETS = L("""Mariahilfer Straße; Praterstraße; Herrengasse; Landstraßer Hauptstraße; Getreidegasse; !Am Heumarkt;
Lerchenfelder Gürtel; Schottenfeldgasse; Hernalser Hauptstraße; Annenstraße; Griesgasse; Sackstraße; Linzer Gasse;
!Im Werd; !Auf der Schmelz; Simmeringer Hauptstraße; Schubertstraße; Kaiserin-Elisabeth-Straße; Zollergasse;
!Am Tabor; Hofmühlgasse; !Spittelberg""")
AT_CITIES = [("1010", "Wien"), ("1020", "Wien"), ("1060", "Wien"), ("1070", "Wien"), ("1100", "Wien"),
             ("1160", "Wien"), ("8010", "Graz"), ("5020", "Salzburg"), ("4020", "Linz"), ("6020", "Innsbruck"),
             ("9020", "Klagenfurt am Wörthersee"), ("3100", "St. Pölten"), ("6900", "Bregenz"),
             ("7000", "Eisenstadt"), ("8700", "Leoben"), ("4400", "Steyr")]
CH_STREETS_DE = L("""Bahnhofstrasse; Langstrasse; !Spalenberg; Kramgasse; Marktgasse; Seefeldstrasse; !Rennweg;
!Am Schanzengraben; !Steinenvorstadt; Zähringerstrasse; Obergrundstrasse; !Oberdorf; Hohlstrasse; !Unterer Graben;
Winkelriedstrasse; !Bärenplatz""")
CH_CITIES_DE = [("8001", "Zürich"), ("8004", "Zürich"), ("8037", "Zürich"), ("4051", "Basel"), ("3011", "Bern"),
                ("6003", "Luzern"), ("9000", "St. Gallen"), ("8400", "Winterthur"), ("7000", "Chur"),
                ("3900", "Brig"), ("5000", "Aarau"), ("6300", "Zug")]
CH_STREETS_FR = L("""Rue du Rhône; Rue de Lausanne; Avenue de la Gare; Chemin des Crêts; Route de Chêne; Rue des Alpes;
Rue de Carouge; Chemin du Muveran; Rue du Simplon; Avenue de Beaulieu; Rue des Moulins""")
CH_CITIES_FR = [("1204", "Genève"), ("1205", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel"),
                ("1700", "Fribourg"), ("1950", "Sion"), ("1800", "Vevey"), ("2300", "La Chaux-de-Fonds")]
BE_STREETS_FR = L("""Rue Neuve; Chaussée d'Ixelles; Avenue Louise; Rue des Bouchers; Rue Saint-Gilles;
Boulevard d'Avroy; Rue Haute; Rue de l'Ange; Rue des Carmes; Avenue Brugmann; Rue Royale""")
BE_CITIES_FR = [("1000", "Bruxelles"), ("1050", "Ixelles"), ("1060", "Saint-Gilles"), ("4000", "Liège"),
                ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"), ("1348", "Louvain-la-Neuve"),
                ("1180", "Uccle")]
BE_STREETS_NL = L("""!Meir; Kerkstraat; Veldstraat; Nationalestraat; Langestraat; !Vlasmarkt; Mechelsesteenweg;
Bondgenotenlaan; Steenstraat; !Korenmarkt; Brusselsesteenweg""")
BE_CITIES_NL = [("2000", "Antwerpen"), ("2018", "Antwerpen"), ("9000", "Gent"), ("8000", "Brugge"), ("3000", "Leuven"),
                ("2800", "Mechelen"), ("3500", "Hasselt"), ("8500", "Kortrijk")]
LU_STREETS = L("""rue de la Poste; avenue de la Liberté; !Grand-Rue; boulevard Royal; rue du Fossé; route d'Arlon;
rue de Hollerich; Montée de Clausen; rue de l'Alzette; rue Principale; rue des Jardiniers; avenue Pasteur""")
LU_CITIES = [("1", "Luxembourg"), ("4", "Esch-sur-Alzette"), ("9", "Ettelbruck"), ("8", "Strassen"),
             ("3", "Dudelange"), ("4", "Differdange"), ("7", "Mersch"), ("6", "Echternach"), ("9", "Wiltz")]
DK_STREETS = L("""Nørrebrogade; Vesterbrogade; Østergade; Jægersborggade; Istedgade; Frederiksberg Allé; Søndergade;
Bredgade; Ryesgade; Åboulevard; Klostergade; Vestergade; !Nyhavn; Store Kongensgade; Amagerbrogade; !Gammeltorv""")
DK_CITIES = [("1050", "København K"), ("2200", "København N"), ("2100", "København Ø"), ("1620", "København V"),
             ("2000", "Frederiksberg"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"),
             ("6700", "Esbjerg"), ("7100", "Vejle"), ("4000", "Roskilde"), ("3000", "Helsingør")]
NL_STREETS = L("""Prinsengracht; Keizersgracht; Oudegracht; !Coolsingel; Witte de Withstraat; !Zeedijk;
!Lange Voorhout; !Haarlemmerdijk; Nieuwe Binnenweg; !Vismarkt; Breestraat; Molenstraat; !Ganzenmarkt;
Oude Ebbingestraat; Hoogstraat; Biltstraat; !Oudezijds Voorburgwal""")
NL_CITIES = [("1016", "Amsterdam"), ("1012", "Amsterdam"), ("1094", "Amsterdam"), ("3511", "Utrecht"),
             ("3011", "Rotterdam"), ("2514", "Den Haag"), ("9711", "Groningen"), ("2311", "Leiden"),
             ("5611", "Eindhoven"), ("6511", "Nijmegen"), ("8011", "Zwolle"), ("4811", "Breda"),
             ("6211", "Maastricht"), ("2011", "Haarlem")]
UK = [("Mill Lane", "Leeds", "LS6"), ("Deansgate", "Manchester", "M3"), ("Bold Street", "Liverpool", "L1"),
      ("Cowley Road", "Oxford", "OX4"), ("Gloucester Road", "Bristol", "BS7"), ("Byres Road", "Glasgow", "G12"),
      ("Leith Walk", "Edinburgh", "EH6"), ("Queen Street", "Cardiff", "CF10"), ("Ecclesall Road", "Sheffield", "S11"),
      ("Mill Road", "Cambridge", "CB1"), ("Holloway Road", "London", "N7"), ("Coldharbour Lane", "London", "SE5"),
      ("Botanic Avenue", "Belfast", "BT7"), ("Jesmond Road", "Newcastle upon Tyne", "NE2"),
      ("Stokes Croft", "Bristol", "BS1"), ("Chapel Walk", "Sheffield", "S1"), ("Whiteladies Road", "Bristol", "BS8"),
      ("Rusholme Grove", "Manchester", "M14"), ("Hope Street", "Liverpool", "L1"), ("Stoney Stanton Road", "Coventry", "CV1"),
      ("Albert Road", "Southsea", "PO5"), ("Kingsland Road", "London", "E8")]
UK_HOUSES = ["Rose Cottage", "The Old Forge", "Ivy House", "Fernlea", "Hillcrest", "The Granary"]
US = [("NE Alberta Street", "Portland", "OR", "972"), ("Mission Street", "San Francisco", "CA", "941"),
      ("Magazine Street", "New Orleans", "LA", "701"), ("South Congress Avenue", "Austin", "TX", "787"),
      ("Washtenaw Avenue", "Ann Arbor", "MI", "481"), ("Grand Avenue", "Saint Paul", "MN", "551"),
      ("Bedford Avenue", "Brooklyn", "NY", "112"), ("N Milwaukee Ave", "Chicago", "IL", "606"),
      ("East Colfax Avenue", "Denver", "CO", "802"), ("Peachtree St NE", "Atlanta", "GA", "303"),
      ("Fremont Ave N", "Seattle", "WA", "981"), ("Central Ave SE", "Albuquerque", "NM", "871"),
      ("Kapahulu Avenue", "Honolulu", "HI", "968"), ("Boylston Street", "Boston", "MA", "021"),
      ("SW 8th Street", "Miami", "FL", "331"), ("Broadway", "Nashville", "TN", "372"),
      ("Lyndale Ave S", "Minneapolis", "MN", "554"), ("Frankford Avenue", "Philadelphia", "PA", "191")]
CA = [("rue Saint-Denis", "Montréal", "QC", "H2X"), ("Queen Street West", "Toronto", "ON", "M5V"),
      ("Commercial Drive", "Vancouver", "BC", "V5L"), ("rue Saint-Jean", "Québec", "QC", "G1R"),
      ("Whyte Avenue", "Edmonton", "AB", "T6E"), ("17 Avenue SW", "Calgary", "AB", "T2S"),
      ("Spring Garden Road", "Halifax", "NS", "B3J"), ("Osborne Street", "Winnipeg", "MB", "R3L"),
      ("Bank Street", "Ottawa", "ON", "K1S"), ("boulevard Saint-Laurent", "Montréal", "QC", "H2T"),
      ("Water Street", "St. John's", "NL", "A1C"), ("avenue du Mont-Royal Est", "Montréal", "QC", "H2J"),
      ("rue King Ouest", "Sherbrooke", "QC", "J1H")]
FR_STREETS = L("""rue des Lilas; rue de la République; avenue Jean-Médecin; boulevard Voltaire; rue Oberkampf;
quai des Chartrons; cours Julien; rue Sainte-Catherine; impasse des Tilleuls; place du Marché; allée des Acacias;
chemin de la Croix-Blanche; rue du Faubourg Saint-Antoine; rue Paradis; rue Mercière; avenue de Saxe; rue de Siam;
rue Nationale; boulevard de la Liberté; rue Pasteur; route de Vannes; rue des Trois-Rois; passage du Désir;
rue du Pont-Neuf; avenue Foch; rue Lamartine""")
FR_CITIES = [("75011", "Paris"), ("75018", "Paris"), ("75020", "Paris"), ("69002", "Lyon"), ("69007", "Lyon"),
             ("13006", "Marseille"), ("33000", "Bordeaux"), ("31000", "Toulouse"), ("06000", "Nice"),
             ("44000", "Nantes"), ("67000", "Strasbourg"), ("59000", "Lille"), ("35000", "Rennes"),
             ("29200", "Brest"), ("34000", "Montpellier"), ("21000", "Dijon"), ("63000", "Clermont-Ferrand"),
             ("76000", "Rouen"), ("64200", "Biarritz"), ("97400", "Saint-Denis"), ("87000", "Limoges"),
             ("25000", "Besançon"), ("56100", "Lorient")]
IT_STREETS = L("""Via Garibaldi; Via Roma; Corso Vittorio Emanuele II; Via dei Mille; Viale Monza; Via Toledo;
Via del Corso; Borgo San Frediano; Via Etnea; Via Nazionale; Via Zamboni; Vicolo del Cinque; Via Po""")
IT_CITIES = [("20121", "Milano", "MI"), ("00186", "Roma", "RM"), ("80134", "Napoli", "NA"), ("50124", "Firenze", "FI"),
             ("10123", "Torino", "TO"), ("40126", "Bologna", "BO"), ("95124", "Catania", "CT"),
             ("16123", "Genova", "GE"), ("90133", "Palermo", "PA"), ("30121", "Venezia", "VE")]
ES_STREETS = L("""Calle Mayor; Calle de Alcalá; Gran Vía; Carrer de Verdi; Passeig de Gràcia;
Avenida de la Constitución; Calle Larios; Rúa do Franco; Calle San Fernando; Carrer de Blai; Calle Elcano;
Calle del Pez; Avenida de Andalucía""")
ES_CITIES = [("28013", "Madrid"), ("28004", "Madrid"), ("08012", "Barcelona"), ("41004", "Sevilla"),
             ("29005", "Málaga"), ("46002", "Valencia"), ("15705", "Santiago de Compostela"), ("48001", "Bilbao"),
             ("50003", "Zaragoza"), ("18009", "Granada"), ("35002", "Las Palmas de Gran Canaria")]
PT_STREETS = L("""Rua Augusta; Rua de Santa Catarina; Avenida da Liberdade; Rua do Almada; Travessa do Carmo;
Rua Garrett; Rua Direita; Rua Ferreira Borges; Rua de Cedofeita; Avenida Almirante Reis""")
PT_CITIES = [("1100", "Lisboa"), ("1250", "Lisboa"), ("1170", "Lisboa"), ("4000", "Porto"), ("4050", "Porto"),
             ("3000", "Coimbra"), ("8000", "Faro"), ("4700", "Braga"), ("9000", "Funchal")]
PL_STREETS = L("""ul. Marszałkowska; ul. Piotrkowska; ul. Floriańska; al. Jerozolimskie; ul. Długa; ul. Świętojańska;
ul. Mickiewicza; ul. Ruska; ul. Półwiejska; ul. Krakowskie Przedmieście; ul. Szewska; ul. Ogrodowa""")
PL_CITIES = [("00", "Warszawa"), ("02", "Warszawa"), ("90", "Łódź"), ("31", "Kraków"), ("80", "Gdańsk"),
             ("50", "Wrocław"), ("61", "Poznań"), ("81", "Gdynia"), ("20", "Lublin"), ("70", "Szczecin")]
SE_STREETS = L("""Drottninggatan; Götgatan; Kungsgatan; Linnégatan; Stora Nygatan; Storgatan; Västra Hamngatan;
Södra Förstadsgatan; Ringvägen; Hornsgatan; Sankt Eriksgatan""")
SE_CITIES = [("111", "Stockholm"), ("118", "Stockholm"), ("113", "Stockholm"), ("411", "Göteborg"), ("211", "Malmö"),
             ("753", "Uppsala"), ("903", "Umeå"), ("582", "Linköping"), ("972", "Luleå")]
NO_STREETS = L("""Karl Johans gate; Thorvald Meyers gate; Bogstadveien; Markveien; Torggata; Kongens gate;
Olav Tryggvasons gate; Strandgaten; Grünerløkka Allé; Storgata; Møllergata""")
NO_CITIES = [("0154", "Oslo"), ("0552", "Oslo"), ("0357", "Oslo"), ("5003", "Bergen"), ("7011", "Trondheim"),
             ("4006", "Stavanger"), ("9008", "Tromsø"), ("3015", "Drammen")]
CZ_STREETS = L("""Vinohradská; Karlova; Nerudova; Masarykova; Palackého; Korunní; Husova; Dlouhá; Údolní; Křenová;
Slezská; Jugoslávských partyzánů""")
CZ_CITIES = [("120 00", "Praha 2"), ("110 00", "Praha 1"), ("130 00", "Praha 3"), ("602 00", "Brno"),
             ("301 00", "Plzeň"), ("779 00", "Olomouc"), ("702 00", "Ostrava"), ("370 01", "České Budějovice")]

COUNTRY_NAMES = {
    "en": {"de": "Germany", "at": "Austria", "ch": "Switzerland", "be": "Belgium", "lu": "Luxembourg", "dk": "Denmark",
           "nl": "Netherlands", "uk": "United Kingdom", "us": "USA", "ca": "Canada", "fr": "France", "it": "Italy",
           "es": "Spain", "pt": "Portugal", "pl": "Poland", "se": "Sweden", "no": "Norway", "cz": "Czech Republic"},
    "de": {"de": "Deutschland", "at": "Österreich", "ch": "Schweiz", "be": "Belgien", "lu": "Luxemburg", "dk": "Dänemark",
           "nl": "Niederlande", "uk": "Großbritannien", "us": "USA", "ca": "Kanada", "fr": "Frankreich", "it": "Italien",
           "es": "Spanien", "pt": "Portugal", "pl": "Polen", "se": "Schweden", "no": "Norwegen", "cz": "Tschechien"},
    "fr": {"de": "Allemagne", "at": "Autriche", "ch": "Suisse", "be": "Belgique", "lu": "Luxembourg", "dk": "Danemark",
           "nl": "Pays-Bas", "uk": "Royaume-Uni", "us": "États-Unis", "ca": "Canada", "fr": "France", "it": "Italie",
           "es": "Espagne", "pt": "Portugal", "pl": "Pologne", "se": "Suède", "no": "Norvège", "cz": "Tchéquie"},
}
LANG_COUNTRIES = {
    "en": [("uk", 16), ("us", 13), ("ca", 6), ("de", 6), ("nl", 5), ("dk", 4), ("ch", 4), ("at", 3), ("be", 3),
           ("lu", 2), ("it", 4), ("es", 4), ("pt", 3), ("pl", 4), ("se", 4), ("no", 3), ("cz", 3), ("fr", 4)],
    "de": [("de", 22), ("at", 14), ("ch", 12), ("lu", 4), ("dk", 5), ("nl", 5), ("be", 3), ("pl", 4), ("cz", 4),
           ("se", 3), ("no", 3), ("it", 3), ("es", 2), ("uk", 2), ("us", 1)],
    "fr": [("fr", 24), ("be", 13), ("ch", 11), ("lu", 10), ("ca", 8), ("it", 4), ("es", 4), ("pt", 5), ("de", 3),
           ("nl", 2), ("pl", 2), ("uk", 2), ("us", 1)],
}
# Packstation / Postfiliale cities (plz prefix, city)
PACK_CITIES = DE_CITIES
