# Hand-typed street/city tables and address builders for 20 countries.
# Street markers: "~" = no suffix word, "*" = named after a person.
import string

def D(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))

def S(x):
    return x.split(";")

ST = {
 "de": S("Hauptstraße;Bahnhofstr.;Goethestraße*;Schillerstraße*;Am Mühlbach~;Im Winkel~;Lindenallee;Berliner Allee;Karl-Marx-Allee*;Friedrich-Ebert-Straße*;Kastanienweg;Auf der Höhe~;Hinter der Kirche~;Sonnenstraße;Am Anger~;Zum Sportplatz~;Sophie-Scholl-Str.*;Oranienstraße;Weserstr.;Rosa-Luxemburg-Platz*"),
 "at": S("Mariahilfer Straße;Favoritenstraße;Gumpendorfer Straße;Herrengasse;Getreidegasse;Maria-Theresien-Straße*;Lerchenfelder Gürtel~;Am Hof~;Thaliastraße;Praterstraße;Bertha-von-Suttner-Gasse*"),
 "ch": S("Bahnhofstrasse;Langstrasse;Seefeldstrasse;Rue du Rhône;Avenue de la Gare;Spalenberg~;Marktgasse;Rue de Carouge;Chemin des Vignes;Dufourstrasse*;Via Nassa~"),
 "fr": S("rue de la République;avenue Jean-Jaurès*;boulevard Voltaire*;rue Victor-Hugo*;place du Marché;impasse des Lilas;allée des Tilleuls;rue du Faubourg Saint-Antoine;quai de la Loire;chemin des Vignes;rue Oberkampf*;cours Lafayette*;rue Nationale;rue des Écoles;avenue Simone-Veil*;rue de la Canebière;Grande Rue~"),
 "be": S("Rue Neuve;Chaussée d'Ixelles;Avenue Louise*;Meir~;Kerkstraat;Veldstraat;Rue Saint-Gilles;Boulevard d'Avroy;Korenmarkt~;Tiensestraat;Rue de Fer;Frankrijklei~;Rue Émile Vandervelde*"),
 "lu": S("rue de Hollerich;boulevard Royal;avenue de la Liberté;Grand-Rue~;rue de l'Alzette;route d'Arlon;rue Philippe II*;rue Robert Schuman*"),
 "nl": S("Keizersgracht~;Prinsengracht~;Damrak~;Coolsingel~;Oudegracht~;Kalverstraat;Lange Voorhout~;Vondelstraat*;Stationsplein;Witte de Withstraat*;Herengracht~;Nieuwe Binnenweg~"),
 "dk": S("Nørrebrogade;Vesterbrogade;Østergade;Jægersborggade;H.C. Andersens Boulevard*;Store Kongensgade;Fredensgade;Nørre Allé~"),
 "uk": S("High Street;Station Road;Church Lane;Victoria Road*;Kingsway~;Deansgate~;The Crescent~;Albert Street*;Mill Lane;Park Avenue;Briggate~;Newington Butts~;Granby Row~;Cowley Road"),
 "us": S("Elm St;Maple Ave;Martin Luther King Jr Blvd*;Broadway~;5th Ave;Lincoln Way*;N Halsted St;SE Division St;Peachtree St NE;Cesar Chavez St*;Bedford Ave"),
 "ca": S("Queen St W;rue Sainte-Catherine E;boulevard Saint-Laurent;Robson St;Yonge St*;Jasper Ave;Spring Garden Rd;avenue du Mont-Royal"),
 "it": S("Via Roma;Via Garibaldi*;Corso Vittorio Emanuele II*;Via del Corso;Viale Monza;Via Toledo;Via dei Mille;Via Santo Stefano;Borgo Pinti~"),
 "es": S("Calle Mayor;Calle de Alcalá;Gran Vía~;Carrer de Mallorca;Avenida de la Constitución;Calle Sierpes;Passeig de Gràcia;Calle de Cervantes*;Carrer de Verdi*;Rambla de Catalunya"),
 "pt": S("Rua Augusta;Avenida da Liberdade;Rua de Santa Catarina;Rua Garrett*;Travessa do Carmo;Largo do Chiado;Rua Dom Pedro V*;Rua de Cedofeita"),
 "pl": S("ul. Marszałkowska;ul. Piotrkowska;al. Jerozolimskie;ul. Floriańska;ul. Długa;ul. Mickiewicza*;ul. Jana Pawła II*;ul. Świętokrzyska;ul. Kościuszki*"),
 "se": S("Drottninggatan;Götgatan;Sveavägen;Kungsgatan;Storgatan;Linnégatan*;Hornsgatan;Södra Förstadsgatan"),
 "no": S("Karl Johans gate*;Thorvald Meyers gate*;Bogstadveien;Storgata;Kongens gate;Strandgaten;Markveien;Møllergata"),
 "cz": S("Vinohradská~;Národní~;Karlova~;Husova*;Masarykova*;Jindřišská~;Dlouhá~;Palackého*;Křižíkova*"),
 "ie": S("Main Street;O'Connell Street*;Grafton Street;Shop Street;Patrick Street;Dame Street;Parnell Square*;Henry Street;The Quay~"),
 "fi": S("Mannerheimintie*;Aleksanterinkatu*;Hämeenkatu;Fredrikinkatu;Kauppakatu;Yliopistonkatu;Runeberginkatu*"),
}

# city tables: (city, postcode-maker)
def pc_de(pre): return lambda r: pre + D(r, 3)
CITY = {
 "de": [("Berlin", pc_de("10")), ("Hamburg", pc_de("22")), ("München", pc_de("80")), ("Köln", pc_de("50")), ("Frankfurt am Main", pc_de("60")), ("Leipzig", pc_de("04")), ("Dresden", pc_de("01")), ("Stuttgart", pc_de("70")), ("Bremen", pc_de("28")), ("Nürnberg", pc_de("90")), ("Hannover", pc_de("30")), ("Bochum", pc_de("44")), ("Freiburg im Breisgau", pc_de("79")), ("Kiel", pc_de("24"))],
 "at": [("Wien", lambda r: "1" + "%02d" % r.randint(1, 23) + "0"), ("Graz", lambda r: r.choice(["8010", "8020", "8041"])), ("Linz", lambda r: "4020"), ("Salzburg", lambda r: "5020"), ("Innsbruck", lambda r: "6020"), ("Klagenfurt", lambda r: "9020")],
 "ch": [("Zürich", lambda r: "80" + "%02d" % r.randint(1, 57)), ("Bern", lambda r: "30" + "%02d" % r.randint(1, 27)), ("Basel", lambda r: "40" + "%02d" % r.randint(51, 59)), ("Genève", lambda r: "120" + str(r.randint(1, 9))), ("Lausanne", lambda r: "100" + str(r.randint(3, 7))), ("Luzern", lambda r: "600" + str(r.randint(3, 6))), ("St. Gallen", lambda r: "9000"), ("Lugano", lambda r: "6900")],
 "fr": [("Paris", lambda r: "750" + "%02d" % r.randint(1, 20)), ("Lyon", lambda r: "6900" + str(r.randint(1, 9))), ("Marseille", lambda r: "130" + "%02d" % r.randint(1, 16)), ("Toulouse", lambda r: r.choice(["31000", "31200", "31300", "31400", "31500"])), ("Nantes", lambda r: r.choice(["44000", "44100", "44200", "44300"])), ("Bordeaux", lambda r: r.choice(["33000", "33100", "33200", "33300", "33800"])), ("Lille", lambda r: r.choice(["59000", "59800"])), ("Strasbourg", lambda r: r.choice(["67000", "67100", "67200"])), ("Montpellier", lambda r: r.choice(["34000", "34070", "34090"])), ("Rennes", lambda r: r.choice(["35000", "35200", "35700"])), ("Saint-Denis", lambda r: "93200"), ("Villeurbanne", lambda r: "69100")],
 "be": [("Bruxelles", lambda r: "1000"), ("Ixelles", lambda r: "1050"), ("Schaerbeek", lambda r: "1030"), ("Antwerpen", lambda r: r.choice(["2000", "2018", "2060"])), ("Gent", lambda r: "9000"), ("Liège", lambda r: "4000"), ("Namur", lambda r: "5000"), ("Leuven", lambda r: "3000"), ("Brugge", lambda r: "8000"), ("Charleroi", lambda r: "6000")],
 "lu": [("Luxembourg", lambda r: "L-" + r.choice("12") + D(r, 3)), ("Esch-sur-Alzette", lambda r: "L-4" + D(r, 3)), ("Differdange", lambda r: "L-45" + D(r, 2)), ("Dudelange", lambda r: "L-34" + D(r, 2)), ("Ettelbruck", lambda r: "L-90" + D(r, 2))],
 "nl": [("Amsterdam", lambda r: "10" + D(r, 2)), ("Rotterdam", lambda r: "30" + D(r, 2)), ("Utrecht", lambda r: "35" + D(r, 2)), ("Den Haag", lambda r: "25" + D(r, 2)), ("Eindhoven", lambda r: "56" + D(r, 2)), ("Groningen", lambda r: "97" + D(r, 2)), ("Leiden", lambda r: "23" + D(r, 2))],
 "dk": [("København K", lambda r: "1" + D(r, 3)), ("København N", lambda r: "2200"), ("Aarhus C", lambda r: "8000"), ("Odense C", lambda r: "5000"), ("Aalborg", lambda r: "9000"), ("Frederiksberg", lambda r: "2000")],
 "uk": [("London", lambda r: r.choice(["SW1A", "E8", "N16", "SE15", "NW5", "W12", "EC1V"])), ("Manchester", lambda r: r.choice(["M1", "M4", "M14", "M20"])), ("Birmingham", lambda r: r.choice(["B1", "B12", "B29"])), ("Leeds", lambda r: r.choice(["LS1", "LS6"])), ("Glasgow", lambda r: r.choice(["G2", "G12", "G41"])), ("Edinburgh", lambda r: r.choice(["EH1", "EH6", "EH9"])), ("Bristol", lambda r: r.choice(["BS1", "BS5"])), ("Cardiff", lambda r: r.choice(["CF10", "CF24"])), ("Leicester", lambda r: r.choice(["LE1", "LE2"])), ("Belfast", lambda r: r.choice(["BT1", "BT7"]))],
 "us": [("Brooklyn, NY", lambda r: "112" + D(r, 2)), ("Chicago, IL", lambda r: "606" + D(r, 2)), ("Austin, TX", lambda r: "787" + D(r, 2)), ("Seattle, WA", lambda r: "981" + D(r, 2)), ("Portland, OR", lambda r: "972" + D(r, 2)), ("Denver, CO", lambda r: "802" + D(r, 2)), ("Atlanta, GA", lambda r: "303" + D(r, 2)), ("Minneapolis, MN", lambda r: "554" + D(r, 2))],
 "ca": [("Toronto ON", lambda r: "M5V"), ("Montréal QC", lambda r: "H2X"), ("Vancouver BC", lambda r: "V6B"), ("Calgary AB", lambda r: "T2P"), ("Ottawa ON", lambda r: "K1P"), ("Halifax NS", lambda r: "B3J"), ("Winnipeg MB", lambda r: "R3C")],
 "it": [("Roma RM", lambda r: "001" + D(r, 2)), ("Milano MI", lambda r: "201" + D(r, 2)), ("Napoli NA", lambda r: "801" + D(r, 2)), ("Torino TO", lambda r: "101" + D(r, 2)), ("Bologna BO", lambda r: "401" + D(r, 2)), ("Firenze FI", lambda r: "501" + D(r, 2)), ("Palermo PA", lambda r: "901" + D(r, 2))],
 "es": [("Madrid", lambda r: "280" + D(r, 2)), ("Barcelona", lambda r: "080" + D(r, 2)), ("Valencia", lambda r: "460" + D(r, 2)), ("Sevilla", lambda r: "410" + D(r, 2)), ("Bilbao", lambda r: "480" + D(r, 2)), ("Zaragoza", lambda r: "500" + D(r, 2)), ("Málaga", lambda r: "290" + D(r, 2))],
 "pt": [("Lisboa", lambda r: "1" + D(r, 3) + "-" + D(r, 3)), ("Porto", lambda r: "4" + r.choice(["000", "050", "100", "150"]) + "-" + D(r, 3)), ("Braga", lambda r: "47" + D(r, 2) + "-" + D(r, 3)), ("Coimbra", lambda r: "30" + D(r, 2) + "-" + D(r, 3)), ("Faro", lambda r: "80" + D(r, 2) + "-" + D(r, 3))],
 "pl": [("Warszawa", lambda r: "0" + str(r.randint(0, 4)) + "-" + D(r, 3)), ("Kraków", lambda r: r.choice(["30", "31"]) + "-" + D(r, 3)), ("Wrocław", lambda r: "5" + str(r.randint(0, 4)) + "-" + D(r, 3)), ("Gdańsk", lambda r: "80-" + D(r, 3)), ("Poznań", lambda r: "6" + str(r.randint(0, 1)) + "-" + D(r, 3)), ("Łódź", lambda r: "9" + str(r.randint(0, 4)) + "-" + D(r, 3))],
 "se": [("Stockholm", lambda r: "11" + str(r.randint(1, 8)) + " " + D(r, 2)), ("Göteborg", lambda r: "41" + str(r.randint(1, 8)) + " " + D(r, 2)), ("Malmö", lambda r: "21" + str(r.randint(1, 7)) + " " + D(r, 2)), ("Uppsala", lambda r: "753 " + D(r, 2)), ("Lund", lambda r: "222 " + D(r, 2))],
 "no": [("Oslo", lambda r: "0" + D(r, 3)), ("Bergen", lambda r: "50" + D(r, 2)), ("Trondheim", lambda r: "70" + D(r, 2)), ("Stavanger", lambda r: "40" + D(r, 2)), ("Tromsø", lambda r: "90" + D(r, 2))],
 "cz": [("Praha 1", lambda r: "110 00"), ("Praha 2", lambda r: "120 00"), ("Praha 3", lambda r: "130 00"), ("Brno", lambda r: "602 00"), ("Ostrava", lambda r: "702 00"), ("Plzeň", lambda r: "301 00"), ("Olomouc", lambda r: "779 00")],
 "ie": [("Dublin 2", lambda r: "D02"), ("Dublin 8", lambda r: "D08"), ("Cork", lambda r: "T12"), ("Galway", lambda r: "H91"), ("Limerick", lambda r: "V94"), ("Ballincollig, Co. Cork", lambda r: "P31"), ("Dún Laoghaire, Co. Dublin", lambda r: "A96"), ("Kilkenny", lambda r: "R95")],
 "fi": [("Helsinki", lambda r: "00" + str(r.randint(1, 9)) + "0" + "0"), ("Espoo", lambda r: "02" + str(r.randint(1, 9)) + "00"), ("Tampere", lambda r: "33" + str(r.randint(1, 9)) + "00"), ("Turku", lambda r: "20" + str(r.randint(1, 9)) + "00"), ("Oulu", lambda r: "90" + str(r.randint(1, 5)) + "00")],
}

CNAME = {
 "de": {"en": "Germany", "de": "Deutschland", "fr": "Allemagne"}, "at": {"en": "Austria", "de": "Österreich", "fr": "Autriche"},
 "ch": {"en": "Switzerland", "de": "Schweiz", "fr": "Suisse"}, "fr": {"en": "France", "de": "Frankreich", "fr": "France"},
 "be": {"en": "Belgium", "de": "Belgien", "fr": "Belgique"}, "lu": {"en": "Luxembourg", "de": "Luxemburg", "fr": "Luxembourg"},
 "nl": {"en": "Netherlands", "de": "Niederlande", "fr": "Pays-Bas"}, "dk": {"en": "Denmark", "de": "Dänemark", "fr": "Danemark"},
 "uk": {"en": "United Kingdom", "de": "Vereinigtes Königreich", "fr": "Royaume-Uni"}, "us": {"en": "USA", "de": "USA", "fr": "États-Unis"},
 "ca": {"en": "Canada", "de": "Kanada", "fr": "Canada"}, "it": {"en": "Italy", "de": "Italien", "fr": "Italie"},
 "es": {"en": "Spain", "de": "Spanien", "fr": "Espagne"}, "pt": {"en": "Portugal", "de": "Portugal", "fr": "Portugal"},
 "pl": {"en": "Poland", "de": "Polen", "fr": "Pologne"}, "se": {"en": "Sweden", "de": "Schweden", "fr": "Suède"},
 "no": {"en": "Norway", "de": "Norwegen", "fr": "Norvège"}, "cz": {"en": "Czech Republic", "de": "Tschechien", "fr": "Tchéquie"},
 "ie": {"en": "Ireland", "de": "Irland", "fr": "Irlande"}, "fi": {"en": "Finland", "de": "Finnland", "fr": "Finlande"},
}
PREFIX = {"de": "D-", "at": "A-", "ch": "CH-", "fr": "F-", "be": "B-", "dk": "DK-", "nl": "NL-", "it": "I-", "se": "S-", "no": "N-", "fi": "FI-"}
UKL = "ABDEFGHJLNPQRSTUWXYZ"
CAL = "ABCEGHJKLMNPRSTVWXYZ"
EIR = "ACDEFHKNPRTVWXY0123456789"
NLL = "ABCDEFGHJKLMNPRTVWXZ"

COUNTRY_W = {
 "de": {"de": 22, "at": 12, "ch": 10, "lu": 3, "nl": 6, "dk": 4, "pl": 5, "cz": 4, "fr": 4, "uk": 3, "it": 3, "se": 3, "no": 2, "fi": 2, "be": 3, "us": 2, "es": 2, "pt": 2, "ie": 2, "ca": 1},
 "fr": {"fr": 24, "be": 12, "ch": 10, "lu": 8, "ca": 5, "de": 4, "it": 3, "es": 4, "pt": 4, "uk": 3, "nl": 2, "us": 2, "pl": 2, "ie": 2, "dk": 1, "se": 1, "no": 1, "cz": 1, "fi": 1, "at": 1},
 "en": {"uk": 18, "us": 12, "ie": 10, "ca": 6, "de": 4, "fr": 4, "nl": 4, "dk": 3, "se": 3, "no": 3, "fi": 3, "pl": 3, "cz": 3, "it": 3, "es": 3, "pt": 3, "ch": 3, "at": 2, "be": 2, "lu": 2},
}


def make_address(rng, cc):
    """Returns dict(cc, unit, street, city, extra, forms)."""
    st = rng.choice(ST[cc])
    forms = []
    if st.endswith("~"):
        st = st[:-1]; forms.append("no_suffix")
    if st.endswith("*"):
        st = st[:-1]; forms.append("person_street")
    city, pcf = rng.choice(CITY[cc])
    pc = pcf(rng)
    n = str(rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(1, 199), rng.randint(1, 9)]))
    unit = None
    r = rng.random()
    num = n
    if cc in ("de", "at", "ch", "nl", "be", "dk", "se", "no", "fi", "it", "es", "pt", "pl", "cz"):
        pass
    # letters / ranges
    if r < 0.12:
        if cc in ("de", "at", "ch", "nl", "uk", "ie", "us", "fi", "dk", "no", "se"):
            num = n + rng.choice(["a", "b", "A", "B", "c"]) if cc != "nl" else n + rng.choice(["A", "B", "-II", "-1", " hs", "-3"])
            forms.append("letter")
        elif cc in ("fr", "be", "lu", "ca"):
            num = n + rng.choice([" bis", " ter", "bis", "B"]); forms.append("letter")
    elif r < 0.2 and cc in ("de", "uk", "fr", "nl", "at", "ch", "be", "us"):
        a = int(n); num = "%d-%d" % (a, a + rng.choice([2, 1, 4])); forms.append("range")
    if rng.random() < 0.3:
        forms.append("unit")
    u = "unit" in forms
    if cc == "de":
        if u: unit = rng.choice(["Hinterhaus, 3. OG", "Whg. %d" % rng.randint(1, 40), "2. Etage links", "Seitenflügel, 1. OG", "App. %d" % rng.randint(1, 20), "Gartenhaus"])
        street = "%s %s" % (st, num); forms.append("num_after"); cityl = "%s %s" % (pc, city)
    elif cc == "at":
        if u:
            street = "%s %s/%d/%d" % (st, num, rng.randint(1, 4), rng.randint(1, 30))
        else:
            street = "%s %s" % (st, num)
        forms.append("num_after"); cityl = "%s %s" % (pc, city)
    elif cc == "ch":
        if u: unit = rng.choice(["3. Stock", "c/o Hauswart", "2e étage", "Wohnung %d" % rng.randint(1, 12)]) if False else rng.choice(["3. Stock", "2e étage", "Wohnung %d" % rng.randint(1, 12)])
        street = "%s %s" % (st, num); forms.append("num_after"); cityl = "%s %s" % (pc, city)
    elif cc == "fr":
        if u: unit = rng.choice(["Bât. B, 3e étage", "Apt %d" % rng.randint(1, 60), "Résidence Les Tilleuls, Esc. 2", "Appartement %d, porte gauche" % rng.randint(1, 40), "Bâtiment C"])
        street = "%s %s" % (num, st); forms.append("num_before"); cityl = "%s %s" % (pc, city)
    elif cc == "be":
        street = "%s %s" % (st, num)
        if u: street += rng.choice([" bus %d" % rng.randint(1, 12), " boîte %d" % rng.randint(1, 12), "/%d" % rng.randint(1, 9)])
        forms.append("num_after"); cityl = "%s %s" % (pc, city)
    elif cc == "lu":
        street = "%s, %s" % (num, st) if rng.random() < 0.6 else "%s %s" % (num, st)
        if u: unit = rng.choice(["Résidence Belair, 2e étage", "App. %d" % rng.randint(1, 20)])
        forms.append("num_before"); cityl = "%s %s" % (pc, city)
    elif cc == "nl":
        street = "%s %s" % (st, num); forms.append("num_after")
        cityl = "%s %s%s %s" % (pc, rng.choice(NLL), rng.choice(NLL), city) if rng.random() < 0.5 else "%s %s%s  %s" % (pc, rng.choice(NLL), rng.choice(NLL), city)
        cityl = cityl.replace("  ", " ")
    elif cc == "dk":
        street = "%s %s" % (st, num)
        if u: street += ", " + rng.choice(["2. th.", "st. tv.", "3. mf.", "1. tv.", "4. th."])
        forms.append("num_after"); cityl = "%s %s" % (pc, city)
    elif cc == "uk":
        if u: unit = rng.choice(["Flat %d" % rng.randint(1, 30), "Flat %dB" % rng.randint(1, 9), "Apartment %d" % rng.randint(1, 80), "Unit %d" % rng.randint(1, 12)])
        street = "%s %s" % (num, st); forms.append("num_before")
        cityl = "%s %s %d%s%s" % (city, pc, rng.randint(1, 9), rng.choice(UKL), rng.choice(UKL))
    elif cc == "us":
        street = "%s %s" % (num if "range" not in forms else n, st)
        if "range" in forms: forms.remove("range")
        if u: street += rng.choice([", Apt %d%s" % (rng.randint(1, 9), rng.choice("ABCD")), " Suite %d" % rng.randint(100, 450), " Unit %d" % rng.randint(1, 30)])
        forms.append("num_before")
        z = pc + ("-" + D(rng, 4) if rng.random() < 0.25 else "")
        cityl = "%s %s" % (city, z)
    elif cc == "ca":
        nn = num
        if u: nn = "%d-%s" % (rng.randint(101, 2405), n)
        street = "%s %s" % (nn, st); forms.append("num_before")
        cityl = "%s %s %d%s%d" % (city, pc, rng.randint(0, 9), rng.choice(CAL), rng.randint(0, 9))
    elif cc == "it":
        street = "%s %s" % (st, num if "letter" not in forms else n + "/" + rng.choice("ABC"))
        if u: street += ", " + rng.choice(["scala B, int. %d" % rng.randint(1, 20), "int. %d" % rng.randint(1, 20), "piano 3"])
        forms.append("num_after"); cityl = "%s %s" % (pc, city)
    elif cc == "es":
        street = "%s, %s" % (st, n) if rng.random() < 0.5 else "%s %s" % (st, n)
        if u: street += ", " + rng.choice(["3º B", "2º izq.", "1º 2ª", "bajo A", "4º dcha."])
        forms.append("num_after"); cityl = "%s %s" % (pc, city)
    elif cc == "pt":
        street = "%s, %s" % (st, n) if rng.random() < 0.5 else "%s %s" % (st, n)
        if u: street += ", " + rng.choice(["2º Esq.", "3º Dto", "R/C", "1º Frente"])
        forms.append("num_after"); cityl = "%s %s" % (pc, city)
    elif cc == "pl":
        street = "%s %s" % (st, n)
        if u: street += rng.choice(["/%d" % rng.randint(1, 80), " m. %d" % rng.randint(1, 80), " lok. %d" % rng.randint(1, 20)])
        forms.append("num_after"); cityl = "%s %s" % (pc, city)
    elif cc == "se":
        street = "%s %s" % (st, num)
        if u: street += ", " + rng.choice(["lgh %d" % rng.randint(1001, 1504), "3 tr", "2 tr"])
        forms.append("num_after"); cityl = "%s %s" % (pc, city)
    elif cc == "no":
        street = "%s %s" % (st, num)
        if u: street += ", " + "H%d%02d" % (rng.randint(1, 5), rng.randint(1, 6))
        forms.append("num_after"); cityl = "%s %s" % (pc, city)
    elif cc == "cz":
        street = "%s %d/%s" % (st, rng.randint(100, 2999), n)
        if u: street += ", byt %d" % rng.randint(1, 30)
        forms.append("num_after"); cityl = "%s %s" % (pc, city)
    elif cc == "ie":
        if u: unit = rng.choice(["Apt %d, The Maltings" % rng.randint(1, 40), "Apartment %d" % rng.randint(1, 60), "Flat %d" % rng.randint(1, 9)])
        street = "%s %s" % (num, st); forms.append("num_before")
        cityl = "%s, %s %s" % (city, pc, "".join(rng.choice(EIR) for _ in range(4)))
    elif cc == "fi":
        street = "%s %s" % (st, num)
        if u: street += " " + rng.choice(["A", "B", "C"]) + " " + str(rng.randint(1, 60))
        forms.append("num_after"); cityl = "%s %s" % (pc, city)
    if "unit" in forms and unit is None and cc in ("de", "ch", "fr", "lu", "uk", "ie"):
        forms.remove("unit")
    return {"cc": cc, "unit": unit, "street": street, "city": cityl, "cityname": city, "pc": pc, "forms": forms}


def city_alone(rng, cc):
    city, pcf = rng.choice(CITY[cc])
    return city, pcf(rng)
