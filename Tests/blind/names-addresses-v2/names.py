# Hand-written name data (writer's own knowledge of real naming; no library lists).
# origin: (male given, female given, surnames, flags)
# flags: nw = non-Western order/origin for variant labelling
ORIGINS = {
 "PL": ("Krzysztof Grzegorz Wojciech Przemysław Łukasz Tomasz Paweł Jarosław Bartłomiej Zbigniew",
        "Agnieszka Małgorzata Katarzyna Joanna Bożena Zofia Jadwiga Grażyna Dorota Ewelina",
        "Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Pawłowski Michalski Wróbel Jabłoński Sienkiewicz Brzęczyszczykiewicz Zając Chmielewski Wasilewski", "nw"),
 "PT": ("João Tiago Rui Nuno Gonçalo Duarte Afonso Vasco Henrique",
        "Inês Beatriz Leonor Mariana Rita Conceição Filipa Matilde Graça",
        "Ferreira Gonçalves Rodrigues Pereira Carvalho Sousa Fernandes Teixeira Magalhães Cardoso Pinto Ribeiro Monteiro Mendes Lourenço Quaresma Falcão Brandão Assunção Guimarães", ""),
 "TR": ("Mehmet Mustafa Emre Burak Oğuz Çağlar Serkan Hakan Tolga Yusuf",
        "Ayşe Zeynep Elif Gülşen Şule Özlem Derya Büşra Hatice Sevgi",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Güneş Karadağ Akgül", "nw"),
 "VN": ("Minh Tuấn Hùng Dũng Quang Khoa Thành Long Bảo Phúc",
        "Lan Hương Thảo Ngọc Trang Linh Hạnh Phương Mai Yến",
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh", "nw"),
 "NG": ("Chukwuemeka Oluwaseun Babatunde Obinna Adebayo Emeka Ikechukwu Tunde Chidi Femi Segun",
        "Ngozi Chiamaka Folake Adaeze Funmilayo Yetunde Nneka Oluwakemi Bukola Ifeoma",
        "Okafor Adeyemi Okonkwo Eze Nwosu Ogunleye Balogun Olawale Obi Chukwu Okeke Adewale Ibekwe Akinola Oyelaran Nnamdi Bello Abubakar Danjuma Oyedepo Adesanya Onwuachi", "nw"),
 "GH": ("Kwame Kofi Kwabena Yaw Kwaku Kojo Kwesi Fiifi Nana",
        "Ama Akosua Abena Efua Adwoa Afua Yaa Esi Akua",
        "Mensah Boateng Owusu Asante Osei Agyeman Appiah Darko Ofori Amoah Boakye Acheampong Gyamfi Sarpong Quaye Tetteh Addo Quartey Ansah Frimpong", "nw"),
 "IR": ("Reza Dariush Kourosh Farhad Behnam Arash Mehdi Siavash Babak Kaveh",
        "Shirin Parisa Maryam Nasrin Leila Golnaz Mahsa Azadeh Roya Niloufar",
        "Hosseini Rezaei Mohammadi Karimi Ahmadi Jafari Rahimi Moradi Sadeghi Ghorbani Tehrani Farahani Shirazi Esfahani Kazemi Najafi Mousavi Bagheri Zand Pourmand Ebrahimi", "nw"),
 "IN": ("Arjun Rohit Vikram Sandeep Anil Rajesh Suresh Venkatesh Aditya Karthik Harpreet",
        "Priya Ananya Lakshmi Deepika Sneha Kavitha Pooja Meenakshi Divya Gurpreet",
        "Sharma Iyer Venkataraman Reddy Nair Menon Chatterjee Banerjee Mukherjee Gupta Agarwal Deshpande Kulkarni Patil Joshi Pillai Krishnan Subramanian Bhattacharya Srinivasan Chaudhary Malhotra Kapoor Sandhu Gill", "nw"),
 "GR": ("Giorgos Dimitris Konstantinos Nikos Yannis Stavros Panagiotis Christos Vasilis Thanasis",
        "Eleni Katerina Despina Sofia Georgia Vasiliki Eirini Paraskevi Chrysoula Foteini",
        "Papadopoulos Papadakis Georgiou Oikonomou Nikolaidis Karagiannis Vlachos Antoniou Dimitriou Konstantinidis Makris Christodoulou Papanikolaou Alexiou Theodorou Kyriakidis Triantafyllou Stavropoulos Angelopoulos Manolakis", "nw"),
 "RO": ("Andrei Mihai Ionuț Bogdan Radu Cătălin Florin Ștefan Vlad Sorin",
        "Ioana Andreea Mihaela Roxana Oana Loredana Cristina Irina Ramona Simona",
        "Popescu Ionescu Popa Dumitrescu Stan Constantinescu Munteanu Stoica Gheorghiu Rădulescu Dinu Moldovan Lungu Țurcanu Bălan Niculescu Vasilescu Cârstea Ardeleanu Neagu", ""),
 "HU": ("László Zoltán Gábor Attila Tamás Levente Csaba Ferenc Bence Gergely",
        "Katalin Erzsébet Zsófia Réka Ildikó Anikó Ágnes Eszter Krisztina Boglárka",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Rácz Fekete Szűcs Vörös Gulyás Hegedűs", "nw"),
 "FI": ("Juha Jukka Mikko Timo Matti Antti Ville Pekka Tuomas Janne Eero",
        "Aino Tuula Päivi Riikka Satu Sanna Kaisa Liisa Maarit Sirpa",
        "Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Kinnunen Tuominen Väisänen Honkanen Karjalainen", ""),
 "IE": ("Seán Ciarán Pádraig Oisín Cormac Diarmuid Eoin Tadhg Colm Fergal",
        "Siobhán Aoife Niamh Caoimhe Saoirse Gráinne Róisín Orla Deirdre Clodagh",
        "McCarthy Byrne Ryan Doyle Kavanagh Gallagher Fitzgerald Brennan Dunne Quinlan Kinsella Geraghty Moriarty Houlihan Cullinane Tierney Breathnach Ahern Mulcahy Nolan", ""),
 "WA": ("Rhys Dafydd Gareth Iwan Gethin Ieuan Owain Emyr Huw Aled",
        "Cerys Angharad Bethan Seren Nia Rhiannon Sioned Eleri Gwenllian Ffion",
        "Llewellyn Pritchard Pugh Prosser Vaughan Meredith Bowen Powell Griffiths Gruffydd Rees Price Hopkin Probert Parry Lloyd Bevan Pryce Llywelyn Watkins", ""),
 "BR": ("Yann Erwan Gwenaël Loïc Ronan Tanguy Corentin Maël Goulven Brieuc",
        "Maïwenn Nolwenn Gwenola Katell Soizic Rozenn Enora Anaïg Gwenn Azenor",
        "Le Goff|Le Gall|Le Bihan|Le Floch|Le Guen|Kervella|Quéméner|Le Meur|Le Corre|Guivarc'h|Le Bras|Le Du|Kerhervé|Jaouen|Riou|Le Berre|Kerdoncuff|Caradec|Le Hir|Gourvennec", ""),
 "AL": ("Thiébaut Ludovic Florent Rémi Joseph Aloïse Lucien",
        "Odile Christiane Marthe Adèle Clémence Solène",
        "Schaeffer Haberer Kientz Hirtz Fritsch Wendling Scheer Heitz Schwoerer Ehrhart Ritleng Goetz Kieffer Oberlin Sengel Wirth Rinckenbach Zimmermann Schnitzler Ungerer", ""),
 "FL": ("Jens Pieter Wouter Bart Stijn Joris Koen Dries Sander Wannes",
        "Lotte Els Sofie Liesbeth Griet Marijke Ine Annelies Fien Nele",
        "Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|Vermeulen|Verstraete|Vandenbroucke|Vercammen|Verhaeghe|Vanhoutte|Declercq|Baert|Coppens|Dewulf|Vlaeminck", ""),
 "CH": ("Urs Beat Reto Jürg Mattia Fabian Heinz Ueli Nicolò Gian",
        "Regula Verena Ursula Corinne Mirjam Seraina Nadine Chantal Flurina Annina",
        "Brunner Gerber Baumgartner Zürcher Käser Bühler Egli Hürlimann Tschudi Zbinden Aebischer Imhof Stucki Blaser Rüegg Inäbnit Caflisch Sprecher Flückiger Grüninger", ""),
 "AT": ("Florian Dominik Wolfgang Andreas Gernot Leopold Valentin Herwig",
        "Theresa Magdalena Veronika Kerstin Birgit Hemma Notburga Rosalinde",
        "Gruber Huber Pichler Moser Steiner Hofer Leitner Berger Eder Wimmer Lechner Auer Haas Egger Reiter Brandstätter Oberhuber Pointner Wallner Mayrhofer", ""),
 "MA": ("Mohamed Youssef Karim Rachid Hamid Nabil Samir Abdelkader Anouar Hicham",
        "Fatima Khadija Nadia Samira Yasmina Houda Meriem Soraya Nour Rachida",
        "Benali|Bensaïd|Belkacem|Boukhalfa|Haddad|Mansouri|El Amrani|Ait Ahmed|Bouzid|Cherif|Zerouali|Bouaziz|Kaddour|Lahlou|Benjelloun|El Idrissi|Ouali|Tazi|Hamdaoui|Chaouch|Mebarki", "nw"),
 "SN": ("Mamadou Ousmane Cheikh Moussa Ibrahima Abdoulaye Modou Babacar Lamine",
        "Aminata Fatou Awa Mariama Ndèye Aïssatou Khady Coumba Rokhaya",
        "Diop Ndiaye Fall Sow Diallo Gueye Faye Sarr Sy Mbaye Cissé Thiam Seck Ndour Diouf Niang Kane Sène Wade", "nw"),
 "CD": ("Dieudonné Patrice Fiston Blaise Trésor Héritier Déogratias Papy Kevin",
        "Bijou Grâce Espérance Mireille Béatrice Gloire Merveille Nathalie",
        "Mbuyi Kalonji Tshibanda Lukusa Mukendi Ilunga Kasongo Mutombo Ngoy Kabongo Nsimba Makiese Mpiana Mbemba Kanza Bakambu Tshilombo Kabamba Lokwa Mabiala", "nw"),
 "CB": ("Dwayne Delroy Winston Marlon Errol Neville Lascelles Fitzroy Wesley Jean-Robert",
        "Shanice Marcia Yolande Keisha Paulette Sherene Claudette Nadège Marie-Flore Tamika",
        "McKenzie|Beckford|Ferguson|Wellington|Baptiste|Jean-Baptiste|Pierre-Louis|Joseph|Étienne|Toussaint|Delva|Chérubin|Augustin|Montrose|Francis|Dessalines|Lafortune|Bernadin|Gooding|Forde", ""),
 "QC": ("Jean-François Pierre-Luc Marc-André Étienne Mathieu Sébastien Félix Gabriel Maxime Jean-Sébastien",
        "Marie-Ève Geneviève Isabelle Mélanie Josée Annie Marie-Claude Véronique Chloé Marie-Pier",
        "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger Lévesque Bergeron Paquette Girard Poirier Bérubé St-Pierre Thibodeau Desjardins", ""),
 "DE": ("Jürgen Uwe Jörg Torsten Kai Hendrik Malte Björn Detlef Sönke Hans-Peter Karl-Heinz Klaus-Dieter",
        "Anke Heike Silke Jutta Ulrike Wiebke Frauke Dörte Gesine Eva-Maria Ann-Kathrin Lisa-Marie",
        "Schröder Krüger Lehmann Böhm Brandt Hartmann Lorenz Vogt Seidel Ziegler Kühn Pohl Friedrich Hansen Thomsen Petersen Jessen Meißner Schäfer Weißgerber Brüggemann Kötter", ""),
 "FR": ("Thierry Didier Franck Hervé Régis Arnaud Guillaume Bastien Damien Jean-Baptiste Pierre-Yves",
        "Sandrine Nathalie Séverine Aurélie Élodie Laetitia Pauline Anne-Sophie Marie-Claire Anne-Laure",
        "Lefèvre Garnier Chevalier Rousseau Fontaine Mercier Boyer Faure Masson Perrin Marchand Dumont Brunet Lacroix Renaud Picard Barbier Lemaire Caron Delacroix Vasseur", ""),
 "UK": ("Callum Jamie Liam Stuart Alistair Graham Nigel Darren Hamish Fraser",
        "Hayley Gemma Kirsty Lindsay Fiona Morag Shona Imogen Philippa Ailsa",
        "Whitaker Hargreaves Ashworth Pemberton Fairbairn Sutcliffe Greenwood Holloway Blackwood Crowther Entwistle Thistlethwaite Buckley Moorcroft Cartwright Rowbotham Ogilvie Farquharson Urquhart Drummond", ""),
}
# surnames with particles (inside the span)
PARTICLE_SURNAMES = [
 ("van 't Hof","NL"),("van 't Veer","NL"),("ten Brink","NL"),("ten Have","NL"),("van der Linden","NL"),("van Dijk","NL"),
 ("de la Cruz","ES"),("de la Fontaine","FR"),("de la Tour","FR"),("des Rosiers","QC"),("des Jardins","FR"),("du Plessis","FR"),
 ("zu Stolberg","DE"),("von und zu Aufseß","DE"),("von und zu Lerchenfeld","DE"),("von der Heyde","DE"),("von Bülow","DE"),("zu Eltz","DE"),
 ("O'Neill","IE"),("O'Hara","IE"),("O'Sullivan","IE"),("O'Donoghue","IE"),("Ó Súilleabháin","IE"),("Ó Ceallaigh","IE"),("Ní Bhriain","IEf"),("Nic Dhonncha","IEf"),
 ("Mac Mathúna","IE"),("MacNamara","IE"),("MacLeod","UK"),("Mac Giolla Phádraig","IE"),("ap Gwilym","WA"),("ab Owain","WA"),
 ("Al-Rashid","AR"),("Al-Farsi","AR"),("Al-Khatib","AR"),("al-Masri","AR"),("Ben Amor","MA"),("Ben Hamida","MA"),("Ben Youssef","MA"),("Ben Salah","MA"),
 ("dos Santos","PT"),("da Silva","PT"),("de Oliveira","PT"),("da Costa","PT"),("d'Almeida","PT"),("Van den Broeck","FL"),("De Smet","FL"),("Vanden Eynde","FL"),("de Wit","NL"),("Le Goff","BR"),
]
NW_ORIGINS = {k for k, v in ORIGINS.items() if v[3] == "nw"}

def split(s):
    return s.split("|") if "|" in s else s.split()

GIVEN = {}   # origin -> [(name, gender)]
SURN = {}
for o, (m, f, s, fl) in ORIGINS.items():
    GIVEN[o] = [(x, "m") for x in m.split()] + [(x, "f") for x in f.split()]
    SURN[o] = split(s)

def female_surname(s, origin):
    if origin == "PL":
        for a, b in (("cki", "cka"), ("ski", "ska"), ("dzki", "dzka")):
            if s.endswith(a):
                return s[:-len(a)] + b
    if origin == "GR":
        if s.endswith("os"): return s[:-2] + "ou"
        if s.endswith("idis"): return s[:-4] + "idou"
        if s.endswith("is"): return s[:-2] + "i"
    return s

VN_MID = {"m": ["Văn", "Đức", "Hữu", "Quốc", "Minh"], "f": ["Thị", "Ngọc", "Thanh", "Thu", "Kim"]}
ASCII_FOLD = str.maketrans("ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
                           "aadeoouAADEOOUaaaaaaaaaaaaaaaeeeeeeeeeeiiiiiooooooooooooooouuuuuuuuuuyyyyy")
