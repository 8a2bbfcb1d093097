# Hand-typed name tables. origin -> (region, male given, female given, surnames)
# Surnames "A|B" are male|female forms. Region "west"/"nordic" counts as Western European.
O = {}
def o(code, region, m, f, s):
    O[code] = (region, m.split(","), f.split(","), s.split(","))

# --- Western European ---
o("en", "west", "Oliver,Jack,Harry,George,Callum,Liam,Toby", "Chloe,Sophie,Hannah,Megan,Abigail,Rebecca,Imogen", "Thompson,Whitaker,Harrington,Pemberton,Holloway,Bradshaw,Fairclough,Ashworth")
o("ie", "west", "Cian,Oisín,Seán,Darragh,Pádraig,Cathal", "Aoife,Siobhán,Niamh,Caoimhe,Saoirse,Róisín", "Murphy,Byrne,O'Brien,McCarthy,Fitzgerald,Kavanagh,Ó Briain")
o("de", "west", "Jürgen,Lukas,Matthias,Tobias,Florian,Dieter,Hans-Jürgen", "Sabine,Anja,Katrin,Ursula,Franziska,Jana,Anna-Lena", "Schulze,Hoffmann,Krüger,Zimmermann,Schäfer,Brandt,Lehmann,Kühn")
o("fr", "west", "Mathieu,Guillaume,Thibault,Étienne,Benoît,Loïc,Jean-Baptiste", "Amélie,Mathilde,Océane,Élodie,Margaux,Ségolène,Anne-Sophie", "Lefèvre,Moreau,Girard,Fournier,Rousseau,Gauthier,Bonnet,Perrin")
o("nl", "west", "Joost,Sander,Bram,Pieter,Maarten,Wouter", "Femke,Anouk,Marieke,Sanne,Lieke,Floor", "Jansen,Bakker,Visser,Smit,Mulder,Hendriks,Dijkstra")
o("it", "west", "Giuseppe,Lorenzo,Davide,Matteo,Alessandro,Gianluca", "Giulia,Chiara,Francesca,Martina,Alessia,Ilaria", "Rossi,Esposito,Bianchi,Romano,Colombo,Ricci,Greco,Marino")
o("es", "west", "Javier,Sergio,Álvaro,Iñigo,Jordi,Rubén", "Lucía,Nerea,Ainhoa,Montserrat,Paula,Itziar", "García,Fernández,Martínez,Sánchez,Iglesias,Etxeberria,Puig")
o("pt", "west", "Duarte,Tiago,Rui,Gonçalo,Nuno", "Inês,Leonor,Matilde,Joana,Filipa", "Ferreira,Costa,Rodrigues,Martins,Gonçalves,Magalhães")
o("dk", "nordic", "Mads,Rasmus,Søren,Kasper", "Freja,Mette,Signe,Ida", "Nørgaard,Kjærsgaard,Mikkelsen,Dahl,Østergaard")
o("se", "nordic", "Anders,Henrik,Linus,Björn", "Astrid,Ebba,Linnea,Maja", "Lindqvist,Bergström,Sjöberg,Åkesson,Holmgren")
o("no", "nordic", "Håkon,Sindre,Eirik,Ola", "Ingrid,Solveig,Sigrid,Tuva", "Haugen,Solberg,Bakken,Strand,Lie")
o("fi", "nordic", "Jukka,Eetu,Ville,Matti", "Aino,Pihla,Sanna,Riikka", "Virtanen,Korhonen,Mäkinen,Nieminen,Heikkinen")
o("is", "nordic", "Sigurður,Gunnar,Ólafur,Einar", "Sigríður,Guðrún,Katrín,Hildur", "Jónsson|Jónsdóttir,Gunnarsson|Gunnarsdóttir,Ólafsson|Ólafsdóttir")
# --- Africa ---
o("yo", "africa", "Adebayo,Oluwaseun,Tunde,Babatunde,Femi,Olumide", "Folake,Funmilayo,Yetunde,Temitope,Bukola,Oluwadamilola", "Adeyemi,Ogunleye,Balogun,Akinola,Olatunji,Oyelaran")
o("ig", "africa", "Chinedu,Emeka,Obinna,Ikenna,Chukwuemeka", "Ngozi,Chiamaka,Adaeze,Nneka,Ifeoma", "Okafor,Okonkwo,Eze,Nwosu,Obi,Uzor,Nwachukwu")
o("ak", "africa", "Kwame,Kofi,Kwabena,Yaw,Kojo", "Akosua,Ama,Abena,Efua,Adwoa", "Mensah,Asante,Owusu,Boateng,Agyeman,Osei")
o("ke", "africa", "Baraka,Juma,Kamau,Otieno,Kiprono", "Wanjiru,Achieng,Neema,Zawadi,Wairimu", "Odhiambo,Mwangi,Njoroge,Wambui,Kariuki,Chebet")
o("wo", "africa", "Mamadou,Cheikh,Ousmane,Abdoulaye,Moussa", "Fatou,Aminata,Awa,Khady,Ndèye", "Diop,Ndiaye,Sow,Fall,Sarr,Gueye,Mbaye,Faye")
o("cd", "africa", "Dieudonné,Patient,Héritier,Fiston,Christelain", "Glodie,Merveille,Nsimba,Gracia,Exaucée", "Mbuyi,Kabongo,Tshibanda,Lukusa,Ilunga,Mukendi")
o("et", "africa", "Dawit,Yonas,Tesfaye,Abebe,Mekonnen", "Selam,Hiwot,Meron,Tigist,Bethlehem", "Haile,Bekele,Gebremedhin,Alemu,Tadesse,Girma")
o("so", "africa", "Abdirahman,Abdullahi,Guled,Mustafe", "Hodan,Faduma,Sahra,Ayaan,Ifrah", "Warsame,Farah,Abdi,Jama,Hirsi,Osman")
o("za", "africa", "Sipho,Thabo,Themba,Lwazi,Mandla", "Nomvula,Thandiwe,Lindiwe,Zanele,Palesa", "Dlamini,Nkosi,Ndlovu,Mthembu,Khumalo,Mokoena")
# --- MENA ---
o("ar", "mena", "Omar,Khaled,Youssef,Tariq,Samir,Bassel", "Layla,Rania,Nour,Yasmin,Huda,Dima", "Haddad,Khoury,Nasser,Mansour,Darwish,Hamdan,Kanaan")
o("mg", "mena", "Karim,Mehdi,Yassine,Rachid,Nabil,Sofiane,Hamza", "Samira,Amina,Nadia,Leïla,Soraya,Imane,Meriem,Fatima-Zahra", "Benali,Bouzid,El Amrani,Belkacem,Cherif,Mansouri,Benjelloun,Ouali")
o("he", "mena", "Yonatan,Eitan,Noam,Avi,Itai", "Noa,Tamar,Shira,Yael,Michal", "Mizrahi,Peretz,Ben-David,Azoulay,Biton,Shapira")
o("fa", "persian", "Arash,Dariush,Reza,Kian,Behrouz,Farhad", "Shirin,Mahsa,Parisa,Niloufar,Golnaz,Roya", "Rahimi,Hosseini,Tehrani,Karimi,Moradi,Jafari,Ahmadi")
o("af", "persian", "Wahid,Zabihullah,Farid,Naveed,Hamid", "Zarghona,Fereshta,Nilofar,Mursal,Pashtana", "Sultani,Popal,Stanikzai,Noorzai,Hakimi,Wardak")
o("tr", "turkic", "Emre,Mehmet,Burak,Murat,Cem,Oğuz,Kerem", "Ayşe,Elif,Zeynep,Büşra,Derya,Gülşen,Özlem", "Yılmaz,Demir,Kaya,Şahin,Çelik,Öztürk,Arslan,Aydın,Doğan")
o("ku", "turkic", "Azad,Rojhat,Dilovan,Serhat,Berzan", "Berfin,Rojda,Nishtiman,Zilan,Hêvî", "Amedi,Baban,Hawrami,Mirani,Zêbarî")
o("kz", "turkic", "Nurlan,Yerlan,Timur,Aziz,Bekzod,Rustam", "Aigerim,Dinara,Madina,Gulnara,Nodira", "Akhmetov|Akhmetova,Nurpeisov|Nurpeisova,Tursunov|Tursunova,Karimov|Karimova,Abenov|Abenova")
o("mn", "east_asia", "Batbayar,Ganbold,Temuulen,Erdene", "Oyunchimeg,Sarangerel,Enkhjargal,Nomin", "Dorj,Bold,Tsogt,Batsaikhan,Ganzorig")
o("ge", "caucasus", "Giorgi,Levan,Davit,Irakli,Nika", "Nino,Ketevan,Mariam,Salome,Tamta", "Beridze,Kapanadze,Gelashvili,Tsiklauri,Lomidze,Maisuradze")
o("hy", "caucasus", "Aram,Tigran,Hovhannes,Armen,Narek", "Anahit,Lusine,Siranush,Ani,Gayane", "Petrosyan,Hakobyan,Sargsyan,Grigoryan,Khachatryan,Avetisyan")
# --- South Asia ---
o("hi", "south_asia", "Rahul,Amit,Vikram,Arjun,Rohan,Sandeep", "Priya,Ananya,Pooja,Neha,Kavya,Deepika", "Sharma,Verma,Gupta,Agarwal,Mishra,Chaturvedi,Srivastava")
o("ta", "south_asia", "Karthik,Senthil,Murugan,Arun,Vignesh", "Lakshmi,Meenakshi,Divya,Kavitha,Revathi", "Subramanian,Ramasamy,Krishnan,Venkatesan,Palaniappan,Sundaram")
o("bn", "south_asia", "Sourav,Arnab,Tanvir,Rafiq,Debashish", "Moumita,Rituparna,Nusrat,Farzana,Shreya", "Chatterjee,Banerjee,Mukherjee,Hossain,Rahman,Chowdhury")
o("pa", "south_asia", "Gurpreet,Harjit,Manpreet,Jaspal,Amarjit", "Simran,Harleen,Navneet,Jaspreet,Kulwinder", "Sandhu,Gill,Dhillon,Grewal,Sidhu,Bains")
o("ur", "south_asia", "Imran,Faisal,Usman,Bilal,Zeeshan", "Ayesha,Sana,Mehwish,Hina,Rabia", "Qureshi,Malik,Siddiqui,Butt,Chaudhry,Akhtar,Iqbal")
o("si", "south_asia", "Chaminda,Nuwan,Dinesh,Kasun", "Dilani,Sanduni,Nadeesha,Ishara", "Perera,Jayawardena,Wickramasinghe,Bandara,Gunasekara")
o("np", "south_asia", "Bishal,Sanjay,Prakash,Suman", "Sarita,Anjali,Pratiksha,Sabina", "Shrestha,Gurung,Tamang,Thapa,Adhikari")
# --- East / SE Asia ---
o("zh", "east_asia", "Wei,Jun,Hao,Zhiwei,Lei,Yang,Haoran", "Xiaoling,Mei,Jing,Yuxin,Fang,Xue,Ruoxi", "Wang,Li,Zhang,Liu,Chen,Zhao,Huang,Zhou,Xu")
o("yue", "east_asia", "Ka-Ming,Wai-Keung,Chun-Hei,Kin-Wah", "Mei-Ling,Wing-Yan,Siu-Fong,Hoi-Yan", "Chan,Wong,Leung,Cheung,Lau,Ng,Tsang,Yip")
o("ja", "east_asia", "Haruto,Takeshi,Kenji,Yuto,Daisuke,Shota", "Yui,Sakura,Aoi,Haruka,Misaki,Yuko", "Tanaka,Suzuki,Takahashi,Watanabe,Yamamoto,Nakamura,Kobayashi,Saito")
o("ko", "east_asia", "Min-jun,Ji-hoon,Seung-woo,Dong-hyun,Jae-won", "Seo-yeon,Ji-woo,Min-seo,Hye-jin,Soo-ah", "Kim,Lee,Park,Choi,Jung,Kang,Yoon,Han")
o("vi", "se_asia", "Minh,Tuấn,Huy,Quang,Đức", "Linh,Thảo,Lan,Ngọc,Hương", "Nguyễn,Trần,Lê,Phạm,Hoàng,Vũ,Đặng,Bùi")
o("th", "se_asia", "Somchai,Thanawat,Kittisak,Anan", "Siriporn,Pimchanok,Nattaya,Kanokwan", "Srisuk,Wongsawat,Chaiyaporn,Phromma,Saetang,Boonmee")
o("tl", "se_asia", "Jomar,Rodel,Jericho,Rey,Arnel", "Maricel,Jonalyn,Rowena,Lovely,Analyn", "Bautista,Villanueva,Macaraeg,Dimaculangan,Pangilinan,Manalo")
o("id", "se_asia", "Budi,Agus,Wahyu,Rizky,Dimas", "Dewi,Putri,Wulan,Ayu,Kartika", "Santoso,Wijaya,Hidayat,Kusuma,Pratama,Setiawan,Nugroho")
o("my", "se_asia", "Faizal,Hafiz,Azlan,Syafiq", "Nurul,Aisyah,Farah,Siti", "Ismail,Hashim,Osman,Zakaria")
# --- Americas / Pacific / Arctic ---
o("la", "latam", "Alejandro,Mateo,Santiago,Diego,Esteban", "Valentina,Camila,Ximena,Guadalupe,Luz", "Hernández,Ramírez,Quispe,Mamani,Huanca,Castillo,Chávez")
o("br", "latam", "João,Thiago,Rafael,Gustavo,Caio", "Larissa,Thaís,Juliana,Fernanda,Luana", "Silva,Souza,Oliveira,Pereira,Carvalho,Nascimento")
o("ht", "caribbean", "Jean-Ronel,Wilner,Fritznel,Jacquelin", "Mirlande,Nadège,Rose-Marie,Guerline,Islande", "Pierre-Louis,Dorvil,Célestin,Jeanty,Augustin,Desrosiers")
o("jm", "caribbean", "Delroy,Winston,Kemar,Jermaine,Andre", "Shanique,Kerry-Ann,Latoya,Shanice,Tameka", "Ricketts,McKenzie,Grant,Francis,Bailey,Powell")
o("pc", "pacific", "Tane,Wiremu,Sione,Tamati,Manaia", "Aroha,Mere,Losana,Anahera,Ana", "Ngata,Tuilagi,Fonoti,Faleolo,Parata,Tapsell")
o("kl", "indigenous", "Aputsiaq,Malik,Inuk,Kunuk", "Naja,Nivi,Pipaluk,Ivalu", "Lynge,Kleist,Berthelsen,Kristiansen,Zeeb")
o("sa", "indigenous", "Ánte,Niillas,Máhtte,Áslat", "Sára,Ánne,Inga,Elle", "Somby,Gaup,Utsi,Buljo,Eira")
# --- Eastern Europe / Balkans ---
o("pl", "slavic", "Tomasz,Krzysztof,Paweł,Grzegorz,Łukasz,Wojciech", "Agnieszka,Małgorzata,Katarzyna,Zofia,Joanna", "Kowalski|Kowalska,Wiśniewski|Wiśniewska,Wójcik,Kamiński|Kamińska,Lewandowski|Lewandowska,Zieliński|Zielińska,Dąbrowski|Dąbrowska")
o("cz", "slavic", "Jiří,Petr,Tomáš,Ondřej,Lukáš", "Tereza,Lucie,Kateřina,Markéta,Veronika", "Novák|Nováková,Dvořák|Dvořáková,Černý|Černá,Procházka|Procházková,Svoboda|Svobodová,Kučera|Kučerová")
o("ua", "slavic", "Oleksandr,Andriy,Mykola,Dmytro,Bohdan", "Olena,Oksana,Yuliia,Iryna,Kateryna", "Kovalenko,Bondarenko,Melnyk,Tkachenko,Kravchuk,Savchenko")
o("ru", "slavic", "Dmitri,Sergei,Ivan,Alexei,Nikolai", "Natalia,Svetlana,Yekaterina,Anastasia,Olga", "Ivanov|Ivanova,Sokolov|Sokolova,Morozov|Morozova,Volkov|Volkova,Lebedev|Lebedeva")
o("rs", "balkan", "Dragan,Nikola,Stefan,Miloš,Goran,Dejan", "Jelena,Ivana,Milica,Snežana,Vesna", "Petrović,Jovanović,Horvat,Kovačević,Popović,Nikolić,Babić")
o("al", "balkan", "Arben,Besnik,Driton,Ilir", "Arta,Blerta,Drita,Elira", "Krasniqi,Berisha,Gashi,Shala,Morina")
o("ro", "balkan", "Andrei,Mihai,Ionuț,Bogdan,Răzvan", "Ioana,Andreea,Raluca,Mădălina,Cristina", "Popescu,Ionescu,Dumitrescu,Stoica,Munteanu,Georgescu")
o("hu", "balkan", "Gábor,Zoltán,Bence,Levente,Péter", "Zsófia,Katalin,Réka,Eszter,Anikó", "Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Molnár")
o("lt", "baltic", "Mindaugas,Tomas,Rokas,Darius", "Ieva,Rūta,Agnė,Gintarė", "Kazlauskas|Kazlauskienė,Jankauskas|Jankauskienė,Petrauskas|Petrauskienė")
o("lv", "baltic", "Jānis,Andris,Kārlis,Edgars", "Ilze,Līga,Dace,Zane", "Bērziņš|Bērziņa,Kalniņš|Kalniņa,Ozoliņš|Ozoliņa")
o("gr", "balkan", "Giorgos,Dimitris,Konstantinos,Nikos,Yannis", "Eleni,Katerina,Despina,Vasiliki,Sofia", "Papadopoulos|Papadopoulou,Georgiou,Nikolaidis|Nikolaidou,Karagiannis|Karagianni,Vlachos|Vlachou")

# particle surnames: (surname, origin, gender or "")
PARTICLE = [
    ("van 't Hek", "nl", ""), ("ten Hove", "nl", ""), ("van der Berg", "nl", ""), ("van den Broek", "nl", ""), ("de Vries", "nl", ""),
    ("zu Solms", "de", ""), ("von der Heide", "de", ""), ("vom Stein", "de", ""), ("von Arnim", "de", ""),
    ("des Jardins", "fr", ""), ("de la Fontaine", "fr", ""), ("du Plessis", "fr", ""), ("Le Goff", "fr", ""), ("d'Aubigny", "fr", ""),
    ("dos Santos", "br", ""), ("da Silva", "br", ""), ("de Souza", "br", ""), ("d'Almeida", "pt", ""),
    ("de la Cruz", "la", ""), ("del Castillo", "la", ""), ("dela Cruz", "tl", ""), ("del Rosario", "tl", ""),
    ("bin Abdullah", "my", "m"), ("bin Yusof", "my", "m"), ("binti Kamal", "my", "f"), ("binti Hassan", "my", "f"),
    ("al-Rashid", "ar", ""), ("al-Masri", "ar", ""), ("el-Sayed", "ar", ""), ("Al Amin", "ar", ""),
    ("Ben Youssef", "mg", ""), ("Ould Abdallah", "mg", "m"), ("Ait Benhaddou", "mg", ""),
    ("Te Whata", "pc", ""), ("Ní Cheallaigh", "ie", "f"), ("Mac Giolla Phádraig", "ie", "m"),
    ("di Stefano", "it", ""), ("De Luca", "it", ""), ("dalla Torre", "it", ""),
]

WESTERN_REGIONS = {"west", "nordic"}
NONWEST = [c for c, v in O.items() if v[0] not in WESTERN_REGIONS]
WEST = [c for c, v in O.items() if v[0] in WESTERN_REGIONS]
# East-Asian style: full name may be written surname first
SUR_FIRST_ORIGINS = {"zh", "yue", "ko", "vi", "hu", "ja", "mn"}
