# Hand-typed tables for names-addresses-v6. No downloaded lists, no fake-data library.
# origin: (non_western, male given, female given, surnames)  surnames: str or (masc, fem)
ORIGINS = {
 "tr": (1, "Emre Burak Oğuzhan Kerem Tolga Serkan".split(), "Elif Zeynep Gülşen Büşra Ayşegül Nazlı".split(),
        "Yıldırım Çelik Aydın Öztürk Kılıç Şahin Karaca Doğan".split()),
 "lev": (1, "Karim Ziad Rami Tarek Samir Fadi".split(), "Rania Lina Nour Dima Hiba Yasmine".split(),
         ["Haddad", "Khoury", "Nasrallah", "Saab", "Aoun", "Mansour", "Abi Nader", "Chidiac"]),
 "eg": (1, "Mahmoud Amr Sherif Hossam Tamer".split(), "Mona Dalia Heba Shaimaa Reem".split(),
        "Abdelrahman El-Sayed Fahmy Shawky Ragab Soliman".split()),
 "ru": (0, "Dmitri Aleksei Pavel Yuri Gennadi".split(), "Svetlana Darya Polina Yekaterina Lyudmila".split(),
        [("Kuznetsov", "Kuznetsova"), ("Volkov", "Volkova"), ("Sokolov", "Sokolova"), ("Morozov", "Morozova"), ("Lebedev", "Lebedeva")]),
 "ua": (0, "Taras Bohdan Oleksandr Mykola".split(), "Oksana Halyna Solomiia Iryna".split(),
        "Shevchuk Kovalenko Bondarenko Tkachuk Melnyk Hrytsenko".split()),
 "es": (0, "Álvaro Gonzalo Rodrigo Sergio".split(), "Lucía Nerea Rocío Begoña".split(),
        "Fernández Jiménez Castaño Sáez Muñoz Delgado Ibáñez".split()),
 "it": (0, "Gianluca Matteo Salvatore Vittorio".split(), "Chiara Federica Giuseppina Ilaria".split(),
        "Esposito Ferraro Lombardi Bianchi Russo Mancini Ricci Marchetti".split()),
 "br": (1, "Thiago Rafael Vinícius Caio".split(), "Luana Thaís Fernanda Gabriela".split(),
        "Oliveira Carvalho Nascimento Gonçalves Souza Araújo".split()),
 "pl": (0, "Krzysztof Wojciech Grzegorz Łukasz".split(), "Agnieszka Małgorzata Joanna Katarzyna".split(),
        [("Wiśniewski", "Wiśniewska"), "Kowalczyk", ("Zieliński", "Zielińska"), "Wójcik", ("Dąbrowski", "Dąbrowska"), "Mazur"]),
 "se": (0, "Björn Joakim Mattias Pelle".split(), "Linnéa Maja Ingrid Ebba".split(),
        "Lindqvist Bergström Sjöberg Åkesson Holmgren Nyström".split()),
 "nl": (0, "Joost Sjoerd Maarten Bram".split(), "Femke Lieke Anouk Marloes".split(),
        "Bakker Visser Mulder Smit Hendriks Brouwer Kuipers".split()),
 "gr": (0, "Giorgos Dimitris Kostas Nikos".split(), "Eleni Katerina Despina Vasiliki".split(),
        [("Papadopoulos", "Papadopoulou"), "Georgiou", ("Karagiannis", "Karagianni"), ("Nikolaidis", "Nikolaidou")]),
 "hu": (0, "Bence Levente Zoltán Gergő".split(), "Réka Zsófia Enikő Noémi".split(), "Nagy Kovács Szabó Tóth Horváth Farkas".split()),
 "vn": (1, "Minh Tuấn Đức Khoa".split(), "Thảo Ngọc Hương Linh".split(), "Nguyễn Trần Lê Phạm Hoàng Vũ".split()),
 "cn": (1, "Wei Jun Hao Zhiwei".split(), "Xiaoling Mei Yan Jing".split(), "Wang Zhang Liu Chen Zhou Huang".split()),
 "kr": (1, "Minjun Jiho Seungwoo Dohyun".split(), "Seoyeon Jiwoo Haeun Yuna".split(), "Kim Park Choi Jung Kang Yoon".split()),
 "jp": (1, "Haruto Kenji Takumi Daisuke".split(), "Yui Haruka Aoi Misaki".split(), "Tanaka Watanabe Yamamoto Kobayashi Nakamura Saitō".split()),
 "in": (1, "Arjun Vikram Rohan Siddharth".split(), "Priya Ananya Kavya Shreya".split(), "Sharma Iyer Reddy Banerjee Nair Chatterjee Deshpande".split()),
 "pk": (1, "Imran Bilal Usman Faisal".split(), "Ayesha Sana Mehwish Rabia".split(), "Qureshi Chaudhry Malik Siddiqui Butt".split()),
 "ng": (1, "Chinedu Oluwaseun Abubakar Emeka".split(), "Ngozi Folake Chiamaka Hauwa".split(), "Okafor Adeyemi Okonkwo Balogun Eze Danjuma".split()),
 "et": (1, "Dawit Tesfaye Yonas Biniam".split(), "Selamawit Hiwot Meron Tigist".split(), "Bekele Girma Haile Alemu Wolde".split()),
 "ke": (1, "Kamau Odhiambo Kiprono Baraka".split(), "Wanjiku Achieng Njeri Akinyi".split(), "Mwangi Otieno Kariuki Ochieng Chebet".split()),
 "ph": (1, "Jerome Rommel Arnel Dindo".split(), "Maricel Rowena Jocelyn Lovely".split(), ["Dela Cruz", "Santos", "Bautista", "Villanueva", "Macaraeg"]),
 "ma": (1, "Youssef Hamza Mehdi Anas".split(), "Khadija Salma Imane Houda".split(), ["Benali", "El Amrani", "Bennani", "Alaoui", "Tazi", "Chraibi"]),
 "he": (1, "Yonatan Itai Amit Noam".split(), "Noa Tamar Shira Michal".split(), "Mizrahi Peretz Ben-David Avraham Golan".split()),
 "ro": (0, "Mihai Andrei Radu Cosmin".split(), "Ioana Alina Roxana Bianca".split(), "Popescu Ionescu Stănescu Dumitrescu Munteanu".split()),
 "de": (0, "Torsten Eike Jannik Helmut".split(), "Gesa Anke Jutta Mareike".split(), "Brinkmann Hoffmeister Lüdtke Wegener Overbeck Schönfeld Kramp".split()),
 "atch": (0, "Florian Lukas Beat Urs".split(), "Verena Ursina Barbara Rahel".split(), "Gruber Moser Leitgeb Wyss Baumgartner Hochreiter Gisler".split()),
 "fr": (0, "Gaëtan Loïc Mathis Hervé".split(), "Solène Maëlle Gwenaëlle Ségolène".split(), "Lefebvre Marchand Guérin Lemaire Chevalier Faure Roussel".split()),
 "uk": (0, "Callum Rhys Declan Alistair".split(), "Siobhan Niamh Imogen Bethan".split(), "Whitcombe Pennington Ashworth Fairbairn Hargreaves O'Sullivan".split()),
 "us": (0, "Tyler Brandon DeShawn Cody".split(), "Madison Tiffany LaToya Brittany".split(), "Brennan McAllister Whitaker Castellano Jablonski Ruiz".split()),
 "qc": (0, "Étienne Gabriel Mathieu Sébastien".split(), "Geneviève Annie Josée Mélanie".split(), "Tremblay Gagnon Bouchard Côté Pelletier Lévesque".split()),
 "ir": (1, "Reza Arash Kian Babak".split(), "Shirin Parisa Negar Mahsa".split(), "Hosseini Karimi Rahimi Moradi Jafari".split()),
}
# particle surnames (origin tag)
PARTICLES = [("nl", "van 't Veer"), ("nl", "ten Brink"), ("nl", "van der Linden"), ("nl", "ter Steege"), ("nl", "van den Heuvel"),
             ("de", "zu Dohna"), ("de", "von Hagen"), ("de", "von der Heydt"), ("fr", "des Rosiers"), ("fr", "de La Motte"),
             ("fr", "d'Aubigny"), ("it", "di Stefano"), ("it", "De Santis"), ("br", "dos Santos"), ("br", "da Costa"),
             ("es", "de la Fuente"), ("ma", "El Idrissi"), ("lev", "Abou Jaoude"), ("be", "Van de Velde"), ("be", "Vanden Bossche")]
MID = "ABCDEFGHJKLMNPRSTVW"

# ---- hard negatives (typed by hand) ----
NEG = {
 "NEGATIVE_BRAND": ["Tommy Hilfiger", "Ralph Lauren", "Paul Smith", "Ted Baker", "Calvin Klein", "Michael Kors", "Vivienne Westwood",
                    "Jean Paul Gaultier", "Sonia Rykiel", "Guido Maria Kretschmer", "Estée Lauder", "Annemarie Börlind", "Dr. Hauschka",
                    "Marc O'Polo", "Tom Tailor", "Laura Ashley", "Kate Spade", "Tory Burch", "Alexander McQueen", "Karen Millen",
                    "Nina Ricci", "Paco Rabanne", "Claudie Pierlot", "Sandro", "Pierre Hermé", "Ben & Jerry's", "Dr. Martens",
                    "Tony's Chocolonely", "Mary Kay", "Hugo Boss", "Armani", "Lacoste", "Christian Dior", "Louis Vuitton"],
 "NEGATIVE_STORE": ["John Lewis", "Marks & Spencer", "Sainsbury's", "Fortnum & Mason", "Karstadt", "Ludwig Beck", "Douglas", "Müller",
                    "Thalia", "Hugendubel", "Darty", "Leclerc", "Albert Heijn", "Jelmoli", "Macy's", "Nordstrom", "Trader Joe's",
                    "Kohl's", "Tim Hortons", "Dunnes Stores", "Fielmann", "Kastner & Öhler"],
 "NEGATIVE_SHOP": ["Chez Ginette", "Bei Hasan", "Onkel Willis Kiosk", "Mama Ngozi's Kitchen", "Atelier Solène", "Maison Fernand",
                   "Uncle Raj's Spices", "Nonna Pina Pasta", "Tante Trudes Wollstube", "Le Comptoir d'Yvette", "Fleurs de Colette",
                   "Lottes Laden", "Sophie's Stitchery", "Kaffeerösterei Jansen", "Boutique Anouk"],
 "NEGATIVE_COMPANY": ["Hubert Schlegel GmbH & Co. KG", "Dupuis Frères SARL", "Jansen & Zonen B.V.", "Mortensen ApS",
                      "Whitfield & Sons Ltd", "Kessler Logistik AG", "Ferrand Emballages SAS", "Rossi Trasporti S.r.l.",
                      "Hallberg AB", "O'Driscoll Print Ltd", "Bergmann Versand e.K.", "Lambert & Fils SA", "Maier Textil GmbH"],
 "NEGATIVE_PRODUCT": ["Earl Grey", "Caesar salad", "Pavlova", "Pizza Margherita", "Bloody Mary", "Granny Smith", "Birkin bag",
                      "Kelly bag", "Billy shelf", "Ivar shelving", "Prinzregententorte", "Bircher Müsli", "Leibniz-Keks",
                      "Tarte Tatin", "Croque-Monsieur", "Poire Belle-Hélène", "Madeleines", "Lady Grey", "Chelsea boots",
                      "Mr. Potato Head", "Barbie", "Käthe-Kruse-Puppe", "Bismarckhering", "Napoleon cake"],
 "NEGATIVE_STREET_PRODUCT": ["Savile Row", "Carnaby", "Rodeo Drive", "Fifth Avenue", "Champs-Élysées", "Place Vendôme",
                             "Bond Street", "Kurfürstendamm", "Königsallee", "Jungfernstieg", "Rue de la Paix", "Portobello",
                             "Bahnhofstrasse", "Unter den Linden", "Abbey Road"],
 "NEGATIVE_PUBLIC_FIGURE": ["Ada Lovelace", "Hildegard von Bingen", "Simone de Beauvoir", "Victor Hugo", "Édith Piaf",
                            "Nelson Mandela", "Albert Einstein", "Ludwig van Beethoven", "Clara Schumann", "Vincent van Gogh",
                            "Jane Austen", "Oscar Wilde", "Virginia Woolf", "Charles Darwin", "Marlene Dietrich", "Sophie Scholl",
                            "Audrey Hepburn", "Freddie Mercury", "David Bowie", "Agatha Christie", "Émile Zola", "Hannah Arendt"],
 "NEGATIVE_PLACE": ["Royal Albert Hall", "Stade Pierre-Mauroy", "Heinrich-Heine-Universität", "Collège Jean-Moulin",
                    "George Best Belfast City Airport", "Lycée Marie-Curie", "Mozarteum", "Rembrandtplein", "Willy-Brandt-Haus",
                    "Gare Montparnasse", "Fiumicino Leonardo da Vinci"],
 "NEGATIVE_TITLE": ["Pippi Langstrumpf", "Anna Karenina", "Oliver Twist", "Emil und die Detektive", "Heidi", "Amélie",
                    "Roxanne", "Layla", "Michelle", "Hey Jude", "Lola rennt", "Peter Pan", "Matilda", "Bel-Ami",
                    "Nils Holgersson", "Tom Sawyer", "Tintin", "Jolene"],
 "NEGATIVE_CITY": ["Florence", "Lourdes", "Victoria", "Santiago", "Charlotte", "Eugene", "Austin", "Orlando", "Adelaide",
                   "Valence", "Bochum", "Nantes", "Aarhus", "Galway", "Winnipeg", "Basel", "Graz", "Liège", "Utrecht", "Leeds",
                   "Esch-sur-Alzette", "Cincinnati"],
 "NEGATIVE_WORD": ["Olive", "Rose", "Ruby", "Amber", "Jade", "Hazel", "Violet", "Lavender", "Heather", "Coral", "Magnolia",
                   "Bordeaux", "Céladon", "Anthrazit", "Salbei", "Mauve", "Sienna", "Pearl", "Iris", "Holly", "Sage", "Honey",
                   "Petrol", "Ocre", "Marine", "Cerise"],
 "NEGATIVE_CARRIER": ["Hermes", "DPD", "GLS", "Colissimo", "Royal Mail", "Evri", "PostNL", "bpost", "UPS", "Canada Post", "An Post"],
}
DE_NOUNS = ["Bäcker", "Fischer", "Schneider", "Jäger", "Wolf", "Vogel", "Schäfer", "Graf", "König", "Kaiser", "Schuster", "Gärtner", "Maurer"]
PRODUCTS = {"en": ["the rain jacket", "the wool blanket", "the desk lamp", "the trainers", "the cast-iron pan", "the yoga mat", "the kettle", "the backpack"],
            "de": ["die Regenjacke", "die Wolldecke", "die Schreibtischlampe", "die Sneaker", "die Gusspfanne", "die Yogamatte", "den Wasserkocher", "den Rucksack"],
            "fr": ["la veste de pluie", "le plaid en laine", "la lampe de bureau", "les baskets", "la poêle en fonte", "le tapis de yoga", "la bouilloire", "le sac à dos"]}

# ---- addresses ----
# DE: (street, no_suffix)
DE_STREETS = [("Kastanienallee", 0), ("Pappelallee", 0), ("Ackerstraße", 0), ("Lindenstraße", 0), ("Weserstraße", 0),
              ("Am Kupfergraben", 1), ("An der Urania", 1), ("Unter den Eichen", 1), ("Hohe Pforte", 1), ("Kleine Freiheit", 1),
              ("Große Bleiche", 1), ("Zeil", 1), ("Rossmarkt", 1), ("Schildergasse", 0), ("Alter Markt", 1), ("Neuer Graben", 1),
              ("Ostertorsteinweg", 0), ("Zum Alten Speicher", 1), ("Auf dem Berge", 1), ("Im Winkel", 1), ("Mühlenkamp", 1),
              ("Eppendorfer Baum", 1), ("Lange Reihe", 1), ("Steintor", 1), ("Kaiser-Wilhelm-Ring", 0), ("Dorfstraße", 0),
              ("Gneisenaustraße", 0), ("Hinter der Mauer", 1), ("Wallstraße", 0), ("Sandweg", 0)]
DE_CITIES = [("10", "Berlin"), ("20", "Hamburg"), ("80", "München"), ("50", "Köln"), ("04", "Leipzig"), ("28", "Bremen"),
             ("60", "Frankfurt am Main"), ("01", "Dresden"), ("79", "Freiburg im Breisgau"), ("34", "Kassel"), ("48", "Münster"),
             ("18", "Rostock"), ("99", "Erfurt"), ("55", "Mainz"), ("93", "Regensburg"), ("24", "Kiel")]
AT_STREETS = [("Gumpendorfer Straße", 0), ("Herrengasse", 0), ("Getreidegasse", 0), ("Landstraßer Hauptstraße", 0), ("Am Hof", 1),
              ("Graben", 1), ("Kohlmarkt", 1), ("Linzer Gasse", 0), ("Sporgasse", 0), ("Maria-Theresien-Straße", 0),
              ("Neubaugasse", 0), ("Hoher Markt", 1), ("Praterstraße", 0), ("Annenstraße", 0)]
AT_CITIES = [("1060", "Wien"), ("1010", "Wien"), ("1070", "Wien"), ("1020", "Wien"), ("5020", "Salzburg"), ("8010", "Graz"),
             ("6020", "Innsbruck"), ("4020", "Linz"), ("9020", "Klagenfurt am Wörthersee"), ("3100", "St. Pölten"), ("6900", "Bregenz")]
CH_DE_STREETS = [("Spalentorweg", 0), ("Marktgasse", 0), ("Kramgasse", 0), ("Rämistrasse", 0), ("Langstrasse", 0),
                 ("Spitalgasse", 0), ("Rennweg", 0), ("Hirschengraben", 1), ("Gerechtigkeitsgasse", 0), ("Steinenvorstadt", 1),
                 ("Spalenberg", 1), ("Badenerstrasse", 0), ("Obere Zäune", 1)]
CH_DE_CITIES = [("8001", "Zürich"), ("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6004", "Luzern"),
                ("9000", "St. Gallen"), ("8400", "Winterthur"), ("2502", "Biel/Bienne"), ("5000", "Aarau")]
CH_FR_STREETS = [("Rue du Marché", 0), ("Avenue de la Gare", 0), ("Rue de Bourg", 0), ("Place du Molard", 0),
                 ("Rue des Granges", 0), ("Chemin des Pâquerettes", 0), ("Boulevard Carl-Vogt", 0), ("Rue de Carouge", 0)]
CH_FR_CITIES = [("1204", "Genève"), ("1205", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel"), ("1700", "Fribourg"), ("1950", "Sion")]
FR_STREETS = [("rue des Tanneurs", 0), ("avenue Jean-Médecin", 0), ("allée des Tilleuls", 0), ("quai de la Fosse", 0),
              ("boulevard Voltaire", 0), ("rue Sainte-Catherine", 0), ("impasse du Moulin", 0), ("chemin des Vignes", 0),
              ("place du Capitole", 0), ("cours Julien", 0), ("rue de la République", 0), ("La Canebière", 1),
              ("Grande Rue", 1), ("rue du Faubourg Saint-Antoine", 0), ("Le Clos des Lilas", 1), ("route de Lyon", 0)]
FR_CITIES = [("75011", "Paris"), ("75018", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"),
             ("44000", "Nantes"), ("33000", "Bordeaux"), ("67000", "Strasbourg"), ("59000", "Lille"), ("35000", "Rennes"),
             ("34000", "Montpellier"), ("21000", "Dijon"), ("29200", "Brest"), ("64100", "Bayonne"), ("06000", "Nice")]
BE_STREETS = [("Rue Haute", 0), ("Meir", 1), ("Kortrijksesteenweg", 0), ("Rue du Midi", 0), ("Veldstraat", 0),
              ("Avenue Louise", 0), ("Chaussée de Wavre", 0), ("Lange Nieuwstraat", 0), ("Place Flagey", 0),
              ("Vrijdagmarkt", 1), ("Steenhouwersvest", 1), ("Rue Saint-Gilles", 0)]
BE_CITIES = [("1000", "Bruxelles"), ("2000", "Antwerpen"), ("9000", "Gent"), ("4000", "Liège"), ("3000", "Leuven"),
             ("8000", "Brugge"), ("5000", "Namur"), ("1050", "Ixelles"), ("6000", "Charleroi"), ("2800", "Mechelen")]
LU_STREETS = [("Grand-Rue", 1), ("rue de Hollerich", 0), ("boulevard Royal", 0), ("rue de l'Alzette", 0), ("route d'Arlon", 0),
              ("avenue de la Liberté", 0), ("rue du Fossé", 0), ("Montée de la Pétrusse", 0)]
LU_CITIES = [("1741", "Luxembourg"), ("2449", "Luxembourg"), ("4002", "Esch-sur-Alzette"), ("9053", "Ettelbruck"),
             ("6401", "Echternach"), ("8009", "Strassen"), ("3401", "Dudelange")]
NL_STREETS = [("Lange Voorhout", 1), ("Nieuwe Binnenweg", 0), ("Oudegracht", 1), ("Haarlemmerdijk", 1), ("Vismarkt", 1),
              ("Korte Putstraat", 0), ("Javastraat", 0), ("Brouwersgracht", 1), ("Grote Markt", 1), ("Spui", 1),
              ("Zeedijk", 1), ("Van Woustraat", 0), ("Folkingestraat", 0)]
NL_CITIES = [("1015", "Amsterdam"), ("1093", "Amsterdam"), ("3511", "Utrecht"), ("3012", "Rotterdam"), ("2511", "Den Haag"),
             ("9711", "Groningen"), ("5211", "'s-Hertogenbosch"), ("6811", "Arnhem"), ("2311", "Leiden"), ("5611", "Eindhoven")]
DK_STREETS = [("Nørrebrogade", 0), ("Vesterbrogade", 0), ("Nyhavn", 1), ("Strøget", 1), ("Jægersborggade", 0),
              ("Istedgade", 0), ("Frederiksborggade", 0), ("Møllevangs Allé", 0), ("Kongensgade", 0)]
DK_CITIES = [("2200", "København N"), ("1620", "København V"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"),
             ("6700", "Esbjerg"), ("2100", "København Ø")]
# UK: (street, city, outward, no_suffix)
UK = [("Cowley Road", "Oxford", "OX4", 0), ("Stokes Croft", "Bristol", "BS1", 1), ("Deansgate", "Manchester", "M3", 1),
      ("Bold Street", "Liverpool", "L1", 0), ("Byres Road", "Glasgow", "G12", 0), ("Leith Walk", "Edinburgh", "EH6", 1),
      ("Headingley Lane", "Leeds", "LS6", 0), ("Upper Street", "London", "N1", 0), ("Coldharbour Lane", "London", "SE5", 0),
      ("Kingsland High Street", "London", "E8", 0), ("Sidney Street", "Cambridge", "CB2", 0), ("Castle Street", "Cardiff", "CF10", 0),
      ("Botanic Avenue", "Belfast", "BT7", 0), ("Micklegate", "York", "YO1", 1), ("Osborne Road", "Newcastle upon Tyne", "NE2", 0),
      ("Fore Street", "Exeter", "EX4", 0), ("Old Street", "London", "EC1V", 0), ("The Parade", "Leamington Spa", "CV32", 1),
      ("Whiteladies Road", "Bristol", "BS8", 0), ("Ecclesall Road", "Sheffield", "S11", 0)]
IE = [("Camden Street Lower", "Dublin 2", "D02", 0), ("Shop Street", "Galway", "H91", 0), ("Oliver Plunkett Street", "Cork", "T12", 0),
      ("O'Connell Street", "Limerick", "V94", 0), ("The Quay", "Waterford", "X91", 1), ("Main Street", "Dingle", "V92", 0),
      ("Rathmines Road Upper", "Dublin 6", "D06", 0)]
US = [("Valencia Street", "San Francisco", "CA", "941"), ("Bedford Avenue", "Brooklyn", "NY", "112"), ("N Milwaukee Ave", "Chicago", "IL", "606"),
      ("SE Hawthorne Blvd", "Portland", "OR", "972"), ("Magazine Street", "New Orleans", "LA", "701"), ("South Congress Ave", "Austin", "TX", "787"),
      ("Newbury Street", "Boston", "MA", "021"), ("Pike Street", "Seattle", "WA", "981"), ("E Colfax Ave", "Denver", "CO", "802"),
      ("Peachtree St NE", "Atlanta", "GA", "303"), ("Broadway", "Nashville", "TN", "372"), ("Main Street", "Ann Arbor", "MI", "481"),
      ("State Street", "Madison", "WI", "537")]
CA = [("rue Saint-Denis", "Montréal", "QC", "H2X"), ("Queen Street West", "Toronto", "ON", "M5V"), ("Commercial Drive", "Vancouver", "BC", "V5L"),
      ("Spring Garden Road", "Halifax", "NS", "B3J"), ("Bank Street", "Ottawa", "ON", "K1S"), ("rue Saint-Jean", "Québec", "QC", "G1R"),
      ("Corydon Avenue", "Winnipeg", "MB", "R3M"), ("17th Avenue SW", "Calgary", "AB", "T2S"), ("avenue du Mont-Royal Est", "Montréal", "QC", "H2J")]
IT = [("Via dei Serpenti", "00184", "Roma"), ("Corso Buenos Aires", "20124", "Milano"), ("Via San Vitale", "40125", "Bologna"),
      ("Via Toledo", "80134", "Napoli"), ("Borgo San Frediano", "50124", "Firenze")]
ES = [("Calle de Fuencarral", "28004", "Madrid"), ("Carrer de Verdi", "08012", "Barcelona"), ("Calle Feria", "41003", "Sevilla"),
      ("Calle Ruzafa", "46004", "València")]
PL = [("ul. Piotrkowska", "90-006", "Łódź"), ("ul. Długa", "80-827", "Gdańsk"), ("ul. Mazowiecka", "00-048", "Warszawa"),
      ("ul. Floriańska", "31-019", "Kraków")]
SE = [("Götgatan", "118 46", "Stockholm"), ("Linnégatan", "413 04", "Göteborg"), ("Stora Södergatan", "222 23", "Lund")]
PT = [("Rua Augusta", "1100-053", "Lisboa"), ("Rua de Cedofeita", "4050-180", "Porto")]

COUNTRY_NAMES = {
 "de": {"en": "Germany", "de": "Deutschland", "fr": "Allemagne"}, "at": {"en": "Austria", "de": "Österreich", "fr": "Autriche"},
 "ch": {"en": "Switzerland", "de": "Schweiz", "fr": "Suisse"}, "fr": {"en": "France", "de": "Frankreich", "fr": "France"},
 "be": {"en": "Belgium", "de": "Belgien", "fr": "Belgique"}, "lu": {"en": "Luxembourg", "de": "Luxemburg", "fr": "Luxembourg"},
 "nl": {"en": "Netherlands", "de": "Niederlande", "fr": "Pays-Bas"}, "dk": {"en": "Denmark", "de": "Dänemark", "fr": "Danemark"},
 "uk": {"en": "United Kingdom", "de": "Großbritannien", "fr": "Royaume-Uni"}, "ie": {"en": "Ireland", "de": "Irland", "fr": "Irlande"},
 "us": {"en": "USA", "de": "USA", "fr": "États-Unis"}, "ca": {"en": "Canada", "de": "Kanada", "fr": "Canada"},
 "it": {"en": "Italy", "de": "Italien", "fr": "Italie"}, "es": {"en": "Spain", "de": "Spanien", "fr": "Espagne"},
 "pl": {"en": "Poland", "de": "Polen", "fr": "Pologne"}, "se": {"en": "Sweden", "de": "Schweden", "fr": "Suède"},
 "pt": {"en": "Portugal", "de": "Portugal", "fr": "Portugal"},
}
PACKSTATION_CITIES = [("04109", "Leipzig"), ("80331", "München"), ("50667", "Köln"), ("10243", "Berlin"), ("22765", "Hamburg"),
                      ("70173", "Stuttgart"), ("90402", "Nürnberg"), ("30159", "Hannover")]
