# Hand-typed real street names and cities; house numbers, unit numbers and some
# postcode tails are invented.  Pairings are plausible, not verified.
import random

COUNTRY_NAME = {
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
 "es": {"en": "Spain", "de": "Spanien", "fr": "Espagne"},
 "it": {"en": "Italy", "de": "Italien", "fr": "Italie"},
 "pl": {"en": "Poland", "de": "Polen", "fr": "Pologne"},
 "cz": {"en": "Czech Republic", "de": "Tschechien", "fr": "République tchèque"},
 "se": {"en": "Sweden", "de": "Schweden", "fr": "Suède"},
}

DE_STREETS = ["Sendlinger Straße", "Schanzenstraße", "Bergmannstraße", "Königsallee", "Lindenstraße", "Goethestraße",
              "Am Hopfengarten", "Mühlenweg", "Rosenheimer Straße", "Eppendorfer Weg", "Kröpeliner Straße", "Hauptstraße",
              "Hinter der Mauer", "Zeppelinstraße", "Ostertorsteinweg", "Friedrich-Ebert-Straße", "Karl-Liebknecht-Straße",
              "Im Winkel", "Auf dem Berge", "Brühl", "Domplatz", "Schweizer Straße", "Wilhelm-Leuschner-Straße", "Jahnstraße"]
DE_CITIES = [("80331", "München"), ("20095", "Hamburg"), ("50667", "Köln"), ("70173", "Stuttgart"), ("04109", "Leipzig"),
             ("01067", "Dresden"), ("90402", "Nürnberg"), ("28195", "Bremen"), ("44135", "Dortmund"),
             ("79098", "Freiburg im Breisgau"), ("93047", "Regensburg"), ("24103", "Kiel"), ("18055", "Rostock"),
             ("99084", "Erfurt"), ("66111", "Saarbrücken"), ("55116", "Mainz"), ("97070", "Würzburg"), ("86150", "Augsburg"),
             ("26122", "Oldenburg"), ("60594", "Frankfurt am Main"), ("83022", "Rosenheim"), ("94032", "Passau")]
AT_STREETS = ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Getreidegasse", "Maria-Theresien-Straße",
              "Annenstraße", "Linzergasse", "Wiedner Hauptstraße", "Favoritenstraße", "Burggasse", "Praterstraße", "Sporgasse"]
AT_CITIES = [("1060", "Wien"), ("1030", "Wien"), ("1100", "Wien"), ("1070", "Wien"), ("8020", "Graz"), ("4020", "Linz"),
             ("5020", "Salzburg"), ("6020", "Innsbruck"), ("9020", "Klagenfurt am Wörthersee"), ("6900", "Bregenz"),
             ("3100", "St. Pölten"), ("2700", "Wiener Neustadt")]
CH_DE_STREETS = ["Bahnhofstrasse", "Langstrasse", "Spitalgasse", "Marktgasse", "Freie Strasse", "Gerbergasse", "Kramgasse",
                 "Rämistrasse", "Seefeldstrasse", "Badenerstrasse", "Hertensteinstrasse", "Multergasse"]
CH_DE_CITIES = [("8004", "Zürich"), ("8008", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
                ("9000", "St. Gallen"), ("8400", "Winterthur"), ("5000", "Aarau"), ("7000", "Chur"), ("6300", "Zug")]
CH_FR_STREETS = ["Rue du Rhône", "Rue de Carouge", "Avenue de la Gare", "Rue de Bourg", "Chemin des Pâquerettes",
                 "Rue du Seyon", "Avenue de Rumine", "Boulevard Carl-Vogt", "Rue de Lausanne", "Rue des Alpes"]
CH_FR_CITIES = [("1204", "Genève"), ("1205", "Genève"), ("1003", "Lausanne"), ("1005", "Lausanne"), ("2000", "Neuchâtel"),
                ("1700", "Fribourg"), ("1950", "Sion"), ("2300", "La Chaux-de-Fonds"), ("1800", "Vevey")]
CH_IT_STREETS = ["Via Nassa", "Corso Pestalozzi", "Via Cattedrale", "Piazza Grande", "Via Canova"]
CH_IT_CITIES = [("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno")]
BE_FR_STREETS = ["Rue Neuve", "Chaussée d'Ixelles", "Rue du Midi", "Avenue Louise", "Rue de la Cathédrale",
                 "Place Saint-Lambert", "Rue de Fer", "Boulevard Tirou", "Rue des Carmes", "Rue Haute"]
BE_FR_CITIES = [("1000", "Bruxelles"), ("1050", "Ixelles"), ("1060", "Saint-Gilles"), ("4000", "Liège"), ("5000", "Namur"),
                ("6000", "Charleroi"), ("7000", "Mons"), ("1348", "Louvain-la-Neuve"), ("6700", "Arlon")]
BE_NL_STREETS = ["Veldstraat", "Korenmarkt", "Bondgenotenlaan", "Steenstraat", "Nationalestraat", "Diestsestraat",
                 "Kortrijksesteenweg", "Lange Nieuwstraat", "Bruul"]
BE_NL_CITIES = [("9000", "Gent"), ("2000", "Antwerpen"), ("2018", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge"),
                ("2800", "Mechelen"), ("3500", "Hasselt"), ("8500", "Kortrijk")]
LU_STREETS = ["avenue de la Liberté", "Grand-Rue", "rue de l'Alzette", "boulevard Royal", "rue Philippe II", "route d'Arlon",
              "rue du Fossé", "avenue de la Gare", "rue de Hollerich", "rue Principale", "Montée de la Pétrusse"]
LU_CITIES = [("L-1931", "Luxembourg"), ("L-1660", "Luxembourg"), ("L-4050", "Esch-sur-Alzette"), ("L-9010", "Ettelbruck"),
             ("L-3401", "Dudelange"), ("L-6460", "Echternach"), ("L-8009", "Strassen"), ("L-9530", "Wiltz"), ("L-5201", "Sandweiler")]
NL_STREETS = ["Oudegracht", "Prinsengracht", "Witte de Withstraat", "Nieuwe Binnenweg", "Herestraat", "Breestraat",
              "Stratumseind", "Nieuwestad", "Zuiderdiep", "Lange Poten", "Wycker Brugstraat", "Vismarkt", "Eewal"]
NL_CITIES = [("3511", "Utrecht"), ("1016", "Amsterdam"), ("3014", "Rotterdam"), ("2511", "Den Haag"), ("9712", "Groningen"),
             ("8911", "Leeuwarden"), ("2312", "Leiden"), ("6221", "Maastricht"), ("5611", "Eindhoven"), ("6811", "Arnhem")]
DK_STREETS = ["Nørrebrogade", "Vesterbrogade", "Jægersborggade", "Istedgade", "Amagerbrogade", "Søndergade", "Vestergade",
              "Østerbrogade", "Åboulevarden", "Kongensgade", "Blågårdsgade"]
DK_CITIES = [("2200", "København N"), ("1620", "København V"), ("2100", "København Ø"), ("2300", "København S"),
             ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"), ("6700", "Esbjerg"), ("7100", "Vejle")]
FR_STREETS = ["rue des Lilas", "rue de la République", "boulevard Voltaire", "avenue Jean-Jaurès", "rue du Faubourg Saint-Antoine",
              "cours Mirabeau", "rue Sainte-Catherine", "quai des Chartrons", "allée des Tilleuls", "impasse des Mésanges",
              "chemin des Vignes", "place du Capitole", "rue Nationale", "rue Paul-Bert", "cours Napoléon", "rue Fesch",
              "boulevard Paoli", "rue d'Alsace-Lorraine", "rue Pargaminières", "avenue de Grande-Bretagne", "route de Narbonne",
              "rue du Docteur-Roux", "place des Carmes", "rue de la Croix-Rousse", "montée du Gourguillon"]
FR_CITIES = [("75011", "Paris"), ("75018", "Paris"), ("69003", "Lyon"), ("69004", "Lyon"), ("13006", "Marseille"),
             ("33000", "Bordeaux"), ("44000", "Nantes"), ("67000", "Strasbourg"), ("59000", "Lille"), ("35000", "Rennes"),
             ("34000", "Montpellier"), ("06000", "Nice"), ("20000", "Ajaccio"), ("20200", "Bastia"), ("31000", "Toulouse"),
             ("64100", "Bayonne"), ("87000", "Limoges"), ("21000", "Dijon"), ("29200", "Brest"), ("12000", "Rodez"),
             ("81000", "Albi"), ("65000", "Tarbes"), ("13100", "Aix-en-Provence"), ("38000", "Grenoble"), ("20250", "Corte")]
UK = [("Rose Street", "Edinburgh", "EH2"), ("Byres Road", "Glasgow", "G12"), ("Union Street", "Aberdeen", "AB11"),
      ("Castle Street", "Inverness", "IV2"), ("Lemon Street", "Truro", "TR1"), ("Chapel Street", "Penzance", "TR18"),
      ("Arwenack Street", "Falmouth", "TR11"), ("Deansgate", "Manchester", "M3"), ("Briggate", "Leeds", "LS1"),
      ("Gloucester Road", "Bristol", "BS7"), ("Cowbridge Road East", "Cardiff", "CF11"), ("Elm Hill", "Norwich", "NR3"),
      ("Stonegate", "York", "YO1"), ("Upper Street", "London", "N1"), ("Rye Lane", "London", "SE15"),
      ("Mill Road", "Cambridge", "CB1"), ("Cowley Road", "Oxford", "OX4"), ("South Street", "St Andrews", "KY16"),
      ("Fore Street", "St Ives", "TR26"), ("High Street", "Fort William", "PH33"), ("Commercial Street", "Lerwick", "ZE1"),
      ("Bold Street", "Liverpool", "L1"), ("Old Christchurch Road", "Bournemouth", "BH1")]
IE = [("Shop Street", "Galway", "H91"), ("Oliver Plunkett Street", "Cork", "T12"), ("O'Connell Street", "Limerick", "V94"),
      ("Camden Street Lower", "Dublin 2", "D02"), ("Thomas Street", "Dublin 8", "D08"), ("The Quay", "Waterford", "X91"),
      ("High Street", "Kilkenny", "R95"), ("Wine Street", "Sligo", "F91"), ("Green Street", "Dingle, Co. Kerry", "V92")]
US = [("Hawthorne Boulevard", "Portland", "OR", "972"), ("South Congress Avenue", "Austin", "TX", "787"),
      ("Larimer Street", "Denver", "CO", "802"), ("Pike Street", "Seattle", "WA", "981"),
      ("North Milwaukee Avenue", "Chicago", "IL", "606"), ("Newbury Street", "Boston", "MA", "021"),
      ("Nicollet Mall", "Minneapolis", "MN", "554"), ("Fifth Avenue", "Brooklyn", "NY", "112"),
      ("State Street", "Madison", "WI", "537"), ("Magazine Street", "New Orleans", "LA", "701"),
      ("Peachtree Street NE", "Atlanta", "GA", "303"), ("Valencia Street", "San Francisco", "CA", "941")]
CA_EN = [("Queen Street West", "Toronto", "ON", "M5V"), ("Granville Street", "Vancouver", "BC", "V6Z"),
         ("Spring Garden Road", "Halifax", "NS", "B3J"), ("Whyte Avenue", "Edmonton", "AB", "T6E"),
         ("Corydon Avenue", "Winnipeg", "MB", "R3M"), ("Bank Street", "Ottawa", "ON", "K1S"), ("Water Street", "St. John's", "NL", "A1C")]
CA_FR = [("rue Saint-Denis", "Montréal", "H2X"), ("avenue du Mont-Royal Est", "Montréal", "H2J"), ("rue Saint-Jean", "Québec", "G1R"),
         ("boulevard René-Lévesque Ouest", "Montréal", "H3B"), ("rue King Ouest", "Sherbrooke", "J1H"), ("rue des Forges", "Trois-Rivières", "G9A")]
ES = [("Calle de Alcalá", "28009", "Madrid"), ("Calle Mayor", "28013", "Madrid"), ("Carrer de Provença", "08037", "Barcelona"),
      ("Carrer de Verdi", "08012", "Barcelona"), ("Calle Sierpes", "41004", "Sevilla"), ("Calle de Colón", "46004", "Valencia"),
      ("Gran Vía Don Diego López de Haro", "48001", "Bilbao"), ("Calle Larios", "29005", "Málaga"), ("Calle Real", "15003", "A Coruña"),
      ("Paseo de la Independencia", "50004", "Zaragoza"), ("Calle Recogidas", "18005", "Granada"), ("Calle San Francisco", "20002", "Donostia")]
IT = [("Via Garibaldi", "10122", "Torino", "TO"), ("Corso Buenos Aires", "20124", "Milano", "MI"),
      ("Via dei Calzaiuoli", "50122", "Firenze", "FI"), ("Via dell'Indipendenza", "40121", "Bologna", "BO"),
      ("Via Toledo", "80134", "Napoli", "NA"), ("Via Maqueda", "90133", "Palermo", "PA"), ("Via XX Settembre", "16121", "Genova", "GE"),
      ("Via Mazzini", "37121", "Verona", "VR"), ("Corso Vittorio Emanuele", "09124", "Cagliari", "CA"), ("Via del Corso", "00186", "Roma", "RM"),
      ("Piazza delle Erbe", "35122", "Padova", "PD")]
PL = [("ul. Marszałkowska", "00-624", "Warszawa"), ("ul. Floriańska", "31-019", "Kraków"), ("ul. Długa", "80-827", "Gdańsk"),
      ("ul. Świdnicka", "50-066", "Wrocław"), ("ul. Półwiejska", "61-888", "Poznań"), ("ul. Piotrkowska", "90-406", "Łódź"),
      ("al. Jerozolimskie", "00-024", "Warszawa"), ("ul. Mariacka", "40-014", "Katowice")]
CZ = [("Vinohradská", "120 00", "Praha 2"), ("Národní", "110 00", "Praha 1"), ("Masarykova", "602 00", "Brno"),
      ("Kobližná", "602 00", "Brno"), ("Americká", "301 00", "Plzeň"), ("Horní náměstí", "779 00", "Olomouc"),
      ("Lannova třída", "370 01", "České Budějovice"), ("Nádražní", "702 00", "Ostrava"), ("Bělehradská", "140 00", "Praha 4")]
SE = [("Drottninggatan", "111 51", "Stockholm"), ("Götgatan", "116 46", "Stockholm"), ("Kungsportsavenyen", "411 36", "Göteborg"),
      ("Södra Förstadsgatan", "211 43", "Malmö"), ("Svartbäcksgatan", "753 20", "Uppsala"), ("Storgatan", "903 26", "Umeå"),
      ("Ågatan", "582 22", "Linköping"), ("Kungsgatan", "411 19", "Göteborg")]

UK_IN = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "ACDEFHKNPRTVWXY0123456789"


class Addr:
    """lines: list of address lines; parts: (street_line, postcode, city) for CSV/JSON/forms; sname: street name."""
    def __init__(self, cc, lines, parts, sname, street_line):
        self.cc, self.lines, self.parts, self.sname, self.street_line = cc, lines, parts, sname, street_line


def _num(r, lo=1, hi=180):
    return str(r.randint(lo, hi))


def range_num(r, cc):
    n = r.randint(2, 140)
    if cc in ("de", "at", "ch", "lu"):
        return r.choice([f"{n}a", f"{n}b", f"{n}-{n+2}", f"{n} c", f"{n}A", f"{n}–{n+4}"])
    if cc in ("fr", "be", "ca"):
        return r.choice([f"{n} bis", f"{n}bis", f"{n}ter", f"{n} ter", f"{n} B", f"{n}-{n+2}"])
    if cc == "nl":
        return r.choice([f"{n}A", f"{n}-II", f"{n} hs", f"{n}-{n+2}", f"{n}bis"])
    if cc in ("uk", "ie", "us"):
        return r.choice([f"{n}a", f"{n}B", f"{n}-{n+2}", f"{n}–{n+4}"])
    if cc == "it":
        return r.choice([f"{n}/A", f"{n} bis", f"{n}r", f"{n}-{n+2}"])
    if cc == "es":
        return r.choice([f"{n}-{n+2}", f"{n} bis", f"{n}B"])
    if cc == "pl":
        return f"{n}/{r.randint(1, 60)}"
    if cc == "cz":
        return f"{r.randint(200, 2400)}/{n}"
    if cc == "se":
        return r.choice([f"{n}A", f"{n} B", f"{n}-{n+2}"])
    if cc == "dk":
        return r.choice([f"{n}A", f"{n}B", f"{n}-{n+2}"])
    return f"{n}a"


def build(r, cc, lang, unit=False, rng=False, ctry=False):
    num = range_num(r, cc) if rng else _num(r)
    pre, post = [], []
    if cc == "de":
        s = r.choice(DE_STREETS); pc, city = r.choice(DE_CITIES)
        if r.random() < 0.15: pc = "D-" + pc
        sl = f"{s} {num}"
        if unit: post.append(r.choice(["Whg. %d" % r.randint(1, 40), "%d. OG" % r.randint(1, 6), "Hinterhaus, %d. OG links" % r.randint(1, 4), "App. %d" % r.randint(1, 90), "%d. Etage rechts" % r.randint(1, 5)]))
        cl = f"{pc} {city}"
    elif cc == "at":
        s = r.choice(AT_STREETS); pc, city = r.choice(AT_CITIES)
        if unit:
            if r.random() < 0.5: num = f"{num}/{r.randint(1,5)}/{r.randint(1,30)}"
            else: post.append(f"Stiege {r.randint(1,6)}, Top {r.randint(1,40)}")
        sl = f"{s} {num}"
        cl = (r.choice(["", "A-"]) + pc) + " " + city
    elif cc == "ch":
        if lang == "fr": s = r.choice(CH_FR_STREETS); pc, city = r.choice(CH_FR_CITIES)
        elif r.random() < 0.15: s = r.choice(CH_IT_STREETS); pc, city = r.choice(CH_IT_CITIES)
        else: s = r.choice(CH_DE_STREETS); pc, city = r.choice(CH_DE_CITIES)
        sl = f"{s} {num}"
        if unit: post.append(r.choice(["%d. Stock" % r.randint(1, 6), "app. %d" % r.randint(1, 40), "Wohnung %d" % r.randint(1, 20)]))
        cl = r.choice(["", "", "CH-"]) + pc + " " + city
    elif cc == "be":
        if lang == "fr" or (lang == "en" and r.random() < 0.5): s = r.choice(BE_FR_STREETS); pc, city = r.choice(BE_FR_CITIES); box = r.choice(["bte", "boîte"])
        else: s = r.choice(BE_NL_STREETS); pc, city = r.choice(BE_NL_CITIES); box = "bus"
        sl = f"{s} {num}"
        if unit: sl += f" {box} {r.randint(1, 40)}"
        cl = r.choice(["", "", "B-"]) + pc + " " + city
    elif cc == "lu":
        s = r.choice(LU_STREETS); pc, city = r.choice(LU_CITIES)
        sl = r.choice([f"{num}, {s}", f"{num} {s}"])
        if unit: post.append(r.choice(["%de étage" % r.randint(2, 6), "1er étage", "app. %d" % r.randint(1, 30)]))
        cl = f"{pc} {city}"
    elif cc == "nl":
        s = r.choice(NL_STREETS); pc, city = r.choice(NL_CITIES)
        let = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
        if unit: num = num + r.choice(["-II", "-III", " hs", "-1", " bis"])
        sl = f"{s} {num}"
        cl = r.choice([f"{pc} {let} {city}", f"{pc}{let} {city}", f"{pc} {let} {city.upper()}", f"NL {pc} {let} {city}"])
    elif cc == "dk":
        s = r.choice(DK_STREETS); pc, city = r.choice(DK_CITIES)
        sl = f"{s} {num}"
        if unit: sl += ", " + r.choice(["%d. th." % r.randint(1, 5), "st. tv.", "%d. mf." % r.randint(1, 4), "%d. tv." % r.randint(1, 5)])
        cl = r.choice(["", "", "DK-"]) + pc + " " + city
    elif cc == "fr":
        s = r.choice(FR_STREETS); pc, city = r.choice(FR_CITIES)
        if r.random() < 0.3: city = city.upper()
        sl = r.choice([f"{num} {s}", f"{num}, {s}"])
        if unit:
            pre.append(r.choice(["Bât. %s" % r.choice("ABCD"), "Bâtiment %s, escalier %d" % (r.choice("ABC"), r.randint(1, 4)),
                                 "Résidence Les Oliviers, appt %d" % r.randint(1, 80), "Escalier %s, %de étage" % (r.choice("ABC"), r.randint(1, 7)),
                                 "Appt %d, %de étage" % (r.randint(1, 60), r.randint(1, 9))]))
        cl = f"{pc} {city}" + (r.choice([" Cedex", " CEDEX 2"]) if r.random() < 0.06 else "")
    elif cc == "uk":
        s, city, out = r.choice(UK)
        if unit: pre.append(r.choice(["Flat %d" % r.randint(1, 20), "Flat %d/%d" % (r.randint(0, 3), r.randint(1, 3)), "Unit %d" % r.randint(1, 12), "Flat %s" % r.choice("ABCD")]))
        sl = f"{num} {s}"
        pc = f"{out} {r.randint(1,9)}{r.choice(UK_IN)}{r.choice(UK_IN)}"
        cl = f"{city} {pc}"
    elif cc == "ie":
        s, city, rk = r.choice(IE)
        if unit: pre.append(r.choice(["Apartment %d" % r.randint(1, 40), "Apt %d" % r.randint(1, 40)]))
        sl = f"{num} {s}"
        pc = rk + " " + "".join(r.choice(EIR) for _ in range(4))
        cl = f"{city} {pc}"
    elif cc == "us":
        s, city, st, zp = r.choice(US)
        sl = f"{r.randint(100, 4800)} {s}"
        if rng: sl = f"{r.randint(100, 4800)}-{r.choice('ABC')} {s}"
        if unit: sl += ", " + r.choice(["Apt %d%s" % (r.randint(1, 9), r.choice("ABCD")), "Suite %d" % r.randint(100, 450), "Unit %d" % r.randint(1, 30), "#%d" % r.randint(2, 40)])
        pc = zp + "%02d" % r.randint(1, 99) + (("-%04d" % r.randint(1, 9999)) if r.random() < 0.2 else "")
        cl = f"{city}, {st} {pc}"
    elif cc == "ca":
        if lang == "fr" or (lang == "de" and r.random() < 0.3):
            s, city, fsa = r.choice(CA_FR)
            pc = f"{fsa} {r.randint(1,9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(1,9)}"
            sl = f"{num}, {s}" if r.random() < 0.5 else f"{num} {s}"
            if unit: sl = f"{r.randint(2,30)}-{sl}" if r.random() < 0.5 else sl + f", app. {r.randint(1, 30)}"
            cl = f"{city} (Québec) {pc}"
        else:
            s, city, pv, fsa = r.choice(CA_EN)
            pc = f"{fsa} {r.randint(1,9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(1,9)}"
            sl = f"{num} {s}"
            if unit: sl = f"{r.randint(101,2400)}-{sl}" if r.random() < 0.5 else f"Unit {r.randint(1, 30)}, {sl}"
            cl = f"{city}, {pv} {pc}"
    elif cc == "es":
        s, pc, city = r.choice(ES)
        sl = r.choice([f"{s} {num}", f"{s}, {num}"])
        if s.startswith("Calle ") and r.random() < 0.3: sl = sl.replace("Calle ", "C/ ")
        if unit: sl += ", " + r.choice(["%dº %s" % (r.randint(1, 8), r.choice("ABCD")), "%dº izda." % r.randint(1, 6), "%dº dcha." % r.randint(1, 6), "piso %d, puerta %d" % (r.randint(1, 9), r.randint(1, 4)), "bajo A", "ático"])
        cl = f"{pc} {city}"
    elif cc == "it":
        s, pc, city, pv = r.choice(IT)
        sl = r.choice([f"{s} {num}", f"{s}, {num}"])
        if unit: sl += ", " + r.choice(["scala %s, interno %d" % (r.choice("ABC"), r.randint(1, 30)), "int. %d" % r.randint(1, 30), "piano %d" % r.randint(1, 6), "scala %s" % r.choice("ABCD")])
        cl = r.choice([f"{pc} {city} ({pv})", f"{pc} {city} {pv}", f"{pc} {city}"])
    elif cc == "pl":
        s, pc, city = r.choice(PL)
        sl = f"{s} {num}"
        if unit: sl += r.choice([f" m. {r.randint(1, 90)}", f"/{r.randint(1, 90)}", f" lok. {r.randint(1, 40)}"])
        cl = f"{pc} {city}"
    elif cc == "cz":
        s, pc, city = r.choice(CZ)
        sl = f"{s} {num}"
        if unit: post.append(f"byt {r.randint(1, 40)}")
        cl = f"{pc} {city}"
    elif cc == "se":
        s, pc, city = r.choice(SE)
        sl = f"{s} {num}"
        if unit: sl += ", " + r.choice([f"lgh {r.randint(1001, 1604)}", f"{r.randint(1, 5)} tr"])
        cl = f"{pc} {city}"
    else:
        raise ValueError(cc)
    lines = pre + [sl] + post + [cl]
    if cc == "uk" and r.random() < 0.3:
        lines = pre + [sl] + post + [city, pc]
    if ctry:
        cn = COUNTRY_NAME[cc][lang]
        if cc in ("uk", "us", "fr") and r.random() < 0.3: cn = cn.upper()
        lines.append(cn)
    if cc in ("uk", "ie"):
        parts = (sl, city, pc)  # UK/IE csv order: street, town, postcode
    elif cc in ("us",):
        parts = (sl, city, pc)
    elif cc == "ca":
        parts = (sl, cl.rsplit(" ", 2)[0] if False else city, pc)
    else:
        pc_ = cl.split(" ")[0] if cc not in ("cz", "se", "nl") else None
        if cc in ("cz", "se"):
            pc_, city_ = pc, city
        elif cc == "nl":
            pc_, city_ = f"{pc} {let}", city
        else:
            pc_, city_ = cl.split(" ", 1)
        parts = (sl, pc_, city_)
    return Addr(cc, lines, parts, s, sl)


def pobox(r, cc, lang):
    if cc == "de":
        pc, city = r.choice(DE_CITIES)
        return [f"Postfach {r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)}", f"{pc} {city}"]
    if cc == "at":
        return [f"Postfach {r.randint(1,400)}", f"{r.choice(['1011 Wien', '8011 Graz', '4010 Linz', '5010 Salzburg'])}"]
    if cc == "ch":
        return r.choice([["Postfach", r.choice(["8021 Zürich", "3001 Bern", "4002 Basel"])], [f"Case postale {r.randint(100, 9999)}", r.choice(["1211 Genève 3", "1001 Lausanne"])], [f"Postfach {r.randint(100, 9999)}", "6002 Luzern"]])
    if cc == "fr":
        return r.choice([[f"BP {r.randint(10, 999)}", r.choice(["31001 Toulouse Cedex 6", "13331 Marseille Cedex 3", "69401 Lyon Cedex 03", "35012 Rennes Cedex"])],
                         [f"CS {r.randint(10000, 90000)}", r.choice(["59045 Lille Cedex", "44035 Nantes Cedex 1"])]])
    if cc == "uk":
        s, city, out = r.choice(UK)
        return [f"PO Box {r.randint(10, 9999)}", f"{city} {out} {r.randint(1,9)}{r.choice(UK_IN)}{r.choice(UK_IN)}"]
    if cc == "us":
        return [f"P.O. Box {r.randint(10, 9999)}", r.choice(["Boise, ID 83701", "Burlington, VT 05402", "Santa Fe, NM 87504", "Duluth, MN 55801"])]
    if cc == "ca":
        if lang == "fr":
            return [f"C.P. {r.randint(100, 9999)}, succursale Centre-ville", "Montréal (Québec) H3C 3J7"]
        return [f"PO Box {r.randint(100, 9999)}, Station A", r.choice(["Halifax, NS B3J 2N7", "Toronto, ON M5W 1E6"])]
    if cc == "es":
        return [f"Apartado de Correos {r.randint(10, 2000)}", r.choice(["28080 Madrid", "08080 Barcelona", "48080 Bilbao"])]
    if cc == "it":
        return [f"Casella Postale {r.randint(10, 900)}", r.choice(["20100 Milano", "00100 Roma", "10100 Torino"])]
    if cc == "se":
        return [f"Box {r.randint(100, 9999)}", r.choice(["111 84 Stockholm", "401 20 Göteborg"])]
    if cc == "nl":
        return [f"Postbus {r.randint(100, 9999)}", r.choice(["3500 AA Utrecht", "1000 AB Amsterdam", "9700 AA Groningen"])]
    if cc == "be":
        return [r.choice(["BP", "Postbus"]) + f" {r.randint(1, 400)}", r.choice(["1000 Bruxelles 1", "9000 Gent 1", "4000 Liège 1"])]
    if cc == "ie":
        s, city, rk = r.choice(IE)
        return [f"PO Box {r.randint(10, 999)}", f"{city} {rk} " + "".join(r.choice(EIR) for _ in range(4))]
    if cc == "lu":
        return [f"B.P. {r.randint(100, 2999)}", f"L-{r.randint(1010, 1099)} Luxembourg"]
    raise ValueError(cc)


def packstation(r):
    pc, city = r.choice(DE_CITIES)
    kind = r.random()
    if kind < 0.55:
        return [f"Packstation {r.randint(100, 699)}", f"{pc} {city}"]
    if kind < 0.85:
        return [f"Postfiliale {r.randint(400, 999)}", f"{pc} {city}"]
    return [f"Paketshop {r.randint(10, 99)}", f"{pc} {city}"]
