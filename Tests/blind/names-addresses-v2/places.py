# Hand-written streets/cities per country (real street and city names, invented numbers/postcode tails).
DE_STREETS = ["Am Markt","An der Alster","Hohe Straße","Unter den Linden","Kastanienallee","Schönhauser Allee","Sonnenallee",
 "Hauptstraße","Bahnhofstraße","Lindenweg","Am Hang","Im Winkel","Auf dem Berge","Zum Kirchberg","Hinter der Mauer","Alter Markt",
 "Neuer Wall","Große Bleichen","Breite Straße","Karl-Liebknecht-Str.","Friedrich-Ebert-Platz","In den Gärten","Zur Mühle",
 "Jungfernstieg","Rosenthaler Str.","Oranienstraße","Mühlenkamp","Sandweg","Glockengießerwall","Am Sandtorkai","Eppendorfer Landstr.",
 "Bergmannstraße","Zülpicher Str.","Ehrenstraße","Sendlinger Str.","Auf der Horst","Vor dem Steintor","Hinterm Bach","Rüttenscheider Str.",
 "Königsallee","Kurze Geismarstraße","Im Hölzle","Unterm Schloss","Zeil"]
DE_CITIES = [("10115","Berlin"),("10999","Berlin"),("20095","Hamburg"),("22303","Hamburg"),("80331","München"),("50667","Köln"),
 ("60311","Frankfurt am Main"),("70173","Stuttgart"),("04109","Leipzig"),("01067","Dresden"),("28195","Bremen"),("30159","Hannover"),
 ("90402","Nürnberg"),("44135","Dortmund"),("24103","Kiel"),("53111","Bonn"),("79098","Freiburg im Breisgau"),("69117","Heidelberg"),
 ("18055","Rostock"),("99084","Erfurt"),("45130","Essen"),("37073","Göttingen"),("72070","Tübingen"),("26122","Oldenburg (Oldb)")]
AT_STREETS = ["Mariahilfer Straße","Landstraßer Hauptstraße","Thaliastraße","Herrengasse","Getreidegasse","Maria-Theresien-Straße",
 "Favoritenstraße","Hernalser Hauptstraße","Annenstraße","Linzergasse","Ottakringer Straße","Am Heumarkt","Schottenfeldgasse",
 "Währinger Gürtel","Lerchenfelder Straße","Neubaugasse","Sporgasse","Wiedner Hauptstraße"]
AT_CITIES = [("1010","Wien"),("1070","Wien"),("1160","Wien"),("1090","Wien"),("8010","Graz"),("4020","Linz"),("5020","Salzburg"),
 ("6020","Innsbruck"),("9020","Klagenfurt am Wörthersee"),("3100","St. Pölten"),("6900","Bregenz"),("4600","Wels")]
CH_STREETS = ["Langstrasse","Badenerstrasse","Kramgasse","Spalenberg","Seefeldstrasse","Weinbergstrasse","Rennweg","Marktgasse",
 "Hirschengraben","Poststrasse","Bahnhofstrasse","Zähringerstrasse","Hauptgasse","Obere Gasse","Bäckerstrasse","Steinenvorstadt"]
CH_FR_STREETS = ["Rue du Rhône","Avenue de la Gare","Rue de Lausanne","Chemin des Crêts","Rue du Simplon","Boulevard Carl-Vogt","Place de la Palud"]
CH_CITIES = [("8001","Zürich"),("8004","Zürich"),("8005","Zürich"),("3011","Bern"),("4051","Basel"),("6003","Luzern"),("9000","St. Gallen"),
 ("7000","Chur"),("2502","Biel/Bienne"),("5400","Baden"),("8400","Winterthur"),("3600","Thun")]
CH_FR_CITIES = [("1201","Genève"),("1003","Lausanne"),("1700","Fribourg"),("2000","Neuchâtel"),("1950","Sion")]
BE_FR_STREETS = ["Rue Neuve","Chaussée d'Ixelles","Avenue Louise","Rue Saint-Gilles","Boulevard Anspach","Rue des Bouchers",
 "Rue de la Loi","Chaussée de Wavre","Rue Haute","Place Flagey","Rue du Marché aux Herbes","Rue de Fer"]
BE_FR_CITIES = [("1000","Bruxelles"),("1050","Ixelles"),("1030","Schaerbeek"),("4000","Liège"),("5000","Namur"),("1060","Saint-Gilles"),("6000","Charleroi")]
BE_NL_STREETS = ["Meir","Kouter","Korenmarkt","Bondgenotenlaan","Steenstraat","Veldstraat","Nationalestraat","Oudaan","Vlasmarkt",
 "Sint-Pietersnieuwstraat","Brugse Poort","Lange Nieuwstraat","Bruul","Diestsestraat"]
BE_NL_CITIES = [("2000","Antwerpen"),("2018","Antwerpen"),("9000","Gent"),("3000","Leuven"),("8000","Brugge"),("2800","Mechelen"),("3500","Hasselt"),("8500","Kortrijk")]
LU_STREETS = ["rue de la Gare","boulevard Royal","avenue de la Liberté","Grand-Rue","route d'Arlon","rue de Hollerich","rue Philippe II",
 "rue de l'Alzette","avenue Pasteur","rue du Fossé","montée de la Pétrusse"]
LU_CITIES = [("1611","Luxembourg"),("2449","Luxembourg"),("1931","Luxembourg"),("4002","Esch-sur-Alzette"),("9051","Ettelbruck"),
 ("3401","Dudelange"),("8009","Strassen"),("6460","Echternach")]
NL_STREETS = ["Prinsengracht","Keizersgracht","Oudegracht","Coolsingel","Lange Voorhout","Grote Markt","Witte de Withstraat",
 "Stratumseind","Breestraat","Vrijthof","Herengracht","Burgemeester Reigerstraat","'s-Gravendijkwal","Kerkstraat","Nieuwe Binnenweg",
 "Zeedijk","Biltstraat","Van Woustraat","Oude Ebbingestraat","Lange Hezelstraat"]
NL_CITIES = [("1016","Amsterdam"),("1017","Amsterdam"),("1073","Amsterdam"),("3011","Rotterdam"),("3014","Rotterdam"),("3511","Utrecht"),
 ("2511","Den Haag"),("5611","Eindhoven"),("9711","Groningen"),("2011","Haarlem"),("2311","Leiden"),("6211","Maastricht"),("6511","Nijmegen")]
FR_STREETS = ["rue Lepic","rue de la République","avenue Jean Jaurès","boulevard Voltaire","rue du Faubourg Saint-Antoine",
 "place Bellecour","quai des Chartrons","rue Sainte-Catherine","allée des Tilleuls","impasse des Lilas","chemin des Vignes",
 "rue de Siam","Grand'Rue","rue des Juifs","rue Nationale","boulevard de la Liberté","rue Oberkampf","cours Julien","rue du Bac",
 "avenue de la Canebière","rue des Martyrs","route de Lorient","rue du Vieux-Marché-aux-Vins","place du Capitole","rue Mouffetard"]
FR_CITIES = [("75018","Paris"),("75011","Paris"),("75005","Paris"),("69003","Lyon"),("13001","Marseille"),("31000","Toulouse"),
 ("33000","Bordeaux"),("44000","Nantes"),("67000","Strasbourg"),("59000","Lille"),("35000","Rennes"),("29200","Brest"),
 ("34000","Montpellier"),("06000","Nice"),("68100","Mulhouse"),("21000","Dijon"),("38000","Grenoble"),("29000","Quimper"),("68000","Colmar")]
UK_STREETS = ["Rookery Road","Albert Terrace","Cathedral Road","High Street","Station Road","Church Lane","Mill Hill","The Crescent",
 "Kingsway","Victoria Street","Byres Road","Leith Walk","Deansgate","Wilmslow Road","Hope Street","Gloucester Road","Ecclesall Road",
 "Mumbles Road","Lisburn Road","Shields Road","Mare Street","Pentonville Road","Marchmont Street","Otley Road","Soho Road"]
# (outward, town) covering A9, A99, A9A, AA9, AA99, AA9A outward forms
UK_TOWNS = [("M1","Manchester"),("M14","Manchester"),("B33","Birmingham"),("B21","Birmingham"),("W1A","London"),("N1C","London"),
 ("CR2","South Croydon"),("LS16","Leeds"),("LS6","Leeds"),("EC1A","London"),("SW1P","London"),("G12","Glasgow"),("EH9","Edinburgh"),
 ("CF11","Cardiff"),("BS8","Bristol"),("L8","Liverpool"),("S11","Sheffield"),("SA1","Swansea"),("BT9","Belfast"),("NE6","Newcastle upon Tyne"),
 ("E8","London"),("WC1N","London"),("SE15","London"),("DN55","Doncaster")]
US_STREETS = ["N Clark St","Congress Ave","SE Hawthorne Blvd","Flatbush Ave","Pike St","E Colfax Ave","Commonwealth Ave","Hennepin Ave",
 "Peachtree St NE","State St","Ocean Dr","E Camelback Rd","Elm Street","Maple Ave","W 4th St","Willow Creek Dr","Lake Shore Dr","Dauphine St"]
US_CITIES = [("Chicago","IL","606"),("Austin","TX","787"),("Portland","OR","972"),("Brooklyn","NY","112"),("Seattle","WA","981"),
 ("Denver","CO","802"),("Boston","MA","021"),("Minneapolis","MN","554"),("Atlanta","GA","303"),("Madison","WI","537"),("Miami Beach","FL","331"),
 ("Phoenix","AZ","850"),("New Orleans","LA","701"),("Burlington","VT","054")]
CA_STREETS_EN = ["Queen St W","Bloor St W","Danforth Ave","Robson St","Commercial Dr","17 Ave SW","Spring Garden Rd","Elgin St","Portage Ave","Whyte Ave"]
CA_CITIES_EN = [("Toronto","ON","M5V"),("Toronto","ON","M4K"),("Vancouver","BC","V6B"),("Vancouver","BC","V5L"),("Calgary","AB","T2S"),
 ("Halifax","NS","B3J"),("Ottawa","ON","K1P"),("Winnipeg","MB","R3C"),("Edmonton","AB","T6E")]
CA_STREETS_FR = ["rue Saint-Denis","boulevard Saint-Laurent","avenue du Mont-Royal","rue Sainte-Catherine Est","Grande Allée Est","rue Saint-Jean","chemin de la Côte-des-Neiges","rue Principale"]
CA_CITIES_FR = [("Montréal","QC","H2J"),("Montréal","QC","H2T"),("Québec","QC","G1R"),("Gatineau","QC","J8X"),("Sherbrooke","QC","J1H"),("Trois-Rivières","QC","G9A")]
IE_STREETS = ["Main Street","Ashgrove Park","Shandon Street","Mill Road","Church View","Bóthar na Trá","Eyre Square","O'Connell Street",
 "Dominick Street Lower","Rathmines Road Upper","Oliver Plunkett Street","Sráid an Mhuilinn","Father Griffin Road","The Mall"]
IE_TOWNS = [("Dublin 2","D02"),("Dublin 6W","D6W"),("Dublin 8","D08"),("Cork","T12"),("Galway","H91"),("Limerick","V94"),
 ("Ballincollig, Co. Cork","P31"),("Sligo","F91"),("Waterford","X91"),("Navan, Co. Meath","C15"),("Tralee, Co. Kerry","V92"),("An Daingean, Co. Chiarraí","V92")]
DK_STREETS = ["Nørrebrogade","Vesterbrogade","Østerbrogade","Amagertorv","Jægersborggade","Søndergade","Vestergade","Kongensgade",
 "Fredensgade","Åboulevarden","Bispensgade","Istedgade","Blågårdsgade"]
DK_CITIES = [("2200","København N"),("1620","København V"),("2100","København Ø"),("8000","Aarhus C"),("5000","Odense C"),
 ("9000","Aalborg"),("6700","Esbjerg"),("7100","Vejle"),("2300","København S")]
