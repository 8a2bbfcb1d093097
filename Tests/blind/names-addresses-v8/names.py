# -*- coding: utf-8 -*-
# Hand-typed name pools (v8). origin code -> (region, male given, female given, surnames)
# Surnames "a/b" are gendered pairs (male/female). Region "west" = Western European / Anglo.
O = {}
def o(code, region, m, f, s):
    O[code] = (region, m.split(), f.split(), s.split())

# --- West Africa
o("yoruba", "w_africa", "Adebayo Oluwaseun Babatunde Olumide Kayode Tunde Femi Ayodele Oluwadamilare",
  "Folake Adunni Titilayo Funmilayo Yetunde Omolara Bukola Ifeoluwa Morenike Damilola",
  "Adeyemi Ogunleye Akinola Oyelaran Bamidele Adeleke Olatunji Ajayi Oyinlola Adebisi Ogundipe")
o("igbo", "w_africa", "Chukwuemeka Obinna Ikenna Nnamdi Chidi Ifeanyi Uchenna Ebuka Kelechi",
  "Ngozi Chiamaka Adaeze Nkechi Ifeoma Chinyere Obiageli Uzoamaka Chidinma",
  "Okonkwo Nwosu Eze Okafor Nwachukwu Onyekachi Iwuchukwu Anyanwu Ezeani Obiora")
o("hausa", "w_africa", "Abdullahi Musa Sani Aminu Bashir Garba Lawal Usman Kabiru",
  "Hauwa Zainab Halima Rabi Amina Jamila Hadiza Maryam Saadatu",
  "Danjuma Abubakar Bello Sule Yakubu Maikano Lawan Tanko Dikko Gwarzo")
o("akan", "w_africa", "Kwame Kofi Kwabena Yaw Kwaku Kojo Kwesi Fiifi Kwadwo",
  "Akosua Ama Abena Efua Adwoa Yaa Afia Esi Akua",
  "Mensah Asante Owusu Boateng Appiah Osei Agyeman Ofori Darko Amoako Nkansah")
o("wolof", "w_africa", "Mamadou Cheikh Ousmane Moustapha Abdoulaye Modou Babacar Ibrahima Serigne",
  "Fatou Aminata Awa Mariama Khady Ndèye Coumba Astou Rokhaya",
  "Diop Ndiaye Fall Sow Gueye Faye Sarr Mbaye Seck Thiam Ndour")
o("ewe_fon", "w_africa", "Komlan Kossi Sénamé Edem Yao Codjo Mawuli Sèna",
  "Afi Akouvi Mawuena Sika Dzifa Enyonam Abla Kafui",
  "Agbodjan Ahouansou Dossou Hounkpatin Amégan Kpodar Zinsou Gbaguidi Akakpo")
# --- East Africa
o("amhara", "e_africa", "Tesfaye Dawit Abebe Yohannes Getachew Mulugeta Berhanu Henok Yared",
  "Selamawit Meseret Tigist Hirut Bethlehem Almaz Mekdes Frehiwot Tsion",
  "Haile Bekele Tadesse Gebremedhin Alemu Wolde Kebede Girma Ayele Desta Worku")
o("swahili", "e_africa", "Baraka Juma Omondi Kamau Otieno Mwangi Kiprono Kipchoge Mutua",
  "Wanjiru Njeri Achieng Zawadi Neema Imani Wambui Akinyi Chebet",
  "Odhiambo Kariuki Wafula Njoroge Kiplagat Onyango Ndungu Wekesa Mwakilema Kimaro")
o("somali", "e_africa", "Abdirahman Abdiwali Liban Guled Mahad Bashiir Abdikarim Hamza Sahal",
  "Hodan Faadumo Sahra Ayaan Ifrah Nimco Hibaaq Sagal Ubah",
  "Warsame Hersi Jama Abdi Yusuf Farah Omar Nuur Aden Egal Samatar")
# --- South Asia
o("hindi", "s_asia", "Arjun Rohan Vikram Aditya Siddharth Rahul Karan Anish Pranav",
  "Priya Ananya Kavita Sneha Pooja Meera Deepika Ishita Shalini",
  "Sharma Verma Gupta Agarwal Mehta Srivastava Tiwari Chaturvedi Malhotra Saxena Bhatnagar")
o("tamil", "s_asia", "Karthik Senthil Murugan Arun Balaji Vignesh Saravanan Prakash Ilango",
  "Lakshmi Kavitha Revathi Thenmozhi Meenakshi Divya Anitha Saranya Vaishnavi",
  "Subramanian Krishnan Rajendran Venkatesan Natarajan Ramasamy Annamalai Chidambaram Pillai Iyer")
o("bengali", "s_asia", "Sourav Arnab Debashish Anirban Tanvir Rafiq Sabbir Partha Shuvo",
  "Rupa Moumita Tahmina Nusrat Sharmin Ishani Farzana Sanchita Tithi",
  "Chatterjee Banerjee Mukherjee Ghosh Das Chowdhury Rahman Hossain Bose Sen Majumdar")
o("punjabi", "s_asia", "Gurpreet Harjit Manpreet Jaspal Balwinder Amrit Navdeep Sukhdev Harminder",
  "Simran Jaspreet Kiranjit Rajwinder Navneet Gurleen Harleen Manjit Parminder",
  "Sandhu Gill Dhillon Sidhu Grewal Bains Randhawa Cheema Brar Virk Aujla")
o("sinhala", "s_asia", "Chaminda Nuwan Dinesh Kasun Lahiru Ruwan Sampath Tharindu Asanka",
  "Dilani Nadeesha Chathurika Sanduni Ishara Anoma Thilini Nilmini Hiruni",
  "Perera Jayasuriya Wickramasinghe Bandara Gunawardena Dissanayake Senanayake Herath Ranasinghe Weerakoon")
o("nepali", "s_asia", "Bikash Sujan Ramesh Anil Bishal Suman Dipak Roshan Nabin",
  "Sabina Anjali Sunita Pratima Sarita Bimala Asmita Kabita Srijana",
  "Shrestha Gurung Thapa Tamang Adhikari Rai Magar Karki Bhattarai Poudel Lama")
o("urdu", "s_asia", "Imran Faisal Bilal Hamza Usman Kashif Adeel Zeeshan Waqas",
  "Ayesha Sana Hina Mehwish Rabia Nida Saima Fariha Iqra",
  "Qureshi Siddiqui Chaudhry Butt Malik Ansari Mirza Akhtar Rana Javed Niazi")
# --- South-East Asia
o("viet", "se_asia", "Minh Tuấn Hùng Đức Quang Khánh Long Thành Phúc",
  "Lan Hương Mai Thảo Ngọc Trang Linh Hạnh Thu",
  "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Ngô Dương")
o("thai", "se_asia", "Somchai Anan Kittisak Chaiwat Prasert Narongsak Wichai Thanawat Pongsak",
  "Siriporn Malee Nittaya Kanokwan Ratana Pimchanok Supaporn Wanida Chalida",
  "Srisuk Chaiyaporn Wongsawat Boonmee Saetang Thongchai Kittikhun Phromsri Jantarasuk Charoenkul")
o("filipino", "se_asia", "Rodel Jayson Romeo Eduardo Ariel Jomar Rommel Dindo Joselito",
  "Maricel Jocelyn Rowena Analyn Liezl Marites Divina Rosalinda Jhenny",
  "Santos Reyes Bautista Mendoza Macaraeg Villanueva Manalo Dimaculangan Pangilinan Tolentino Magbanua")
o("indonesian", "se_asia", "Budi Agus Hendra Wahyu Rizky Eko Bayu Dimas Yudhistira",
  "Dewi Ratna Putri Ayu Indah Wulan Sri Kartika Larasati",
  "Santoso Wijaya Setiawan Kusuma Hartono Nugroho Pratama Saputra Gunawan Susanto Hidayat")
o("malay", "se_asia", "Ahmad Faizal Hafiz Azlan Syafiq Khairul Zulkifli Amirul Shahrul",
  "Nurul Aisyah Farah Norazlina Izzati Aina Hidayah Syazwani Nabilah",
  "Ismail Yusof Rahman Hamid Osman Ibrahim Razak Salleh Kassim Mahmud")
o("khmer", "se_asia", "Sokha Vannak Dara Rithy Sovann Bunthoeun Piseth Visal Chanthy",
  "Sreymom Chanthou Sophea Bopha Kanha Sreyneang Dalin Malis Sotheary",
  "Sok Chea Meas Heng Chhay Pich Ouk Touch Nhem Chhun Sam")
# --- East Asia
o("chinese", "e_asia", "Wei Jun Hao Lei Jian Zhiqiang Yifan Haoran Zihan",
  "Xiaoling Mei Ying Jing Yan Xiu Lihua Yuxin Ruoxi",
  "Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Guo")
o("cantonese", "e_asia", "Ka-Ming Wing-Kei Chun-Hung Man-Lok Siu-Fung Kwok-Wai",
  "Wai-Man Mei-Ling Hoi-Yan Pui-Shan Ka-Yee Suet-Ying",
  "Chan Wong Leung Cheung Lau Ho Tsang Yeung Kwok Ng Tse")
o("korean", "e_asia", "Minjun Jihoon Seojun Dohyun Hyunwoo Taeyang Junho Sungmin Jaewon",
  "Jiyeon Seoyeon Minji Yuna Haeun Soyeon Eunji Dahye Sumin",
  "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Han")
o("japanese", "e_asia", "Haruto Takumi Kenji Daisuke Ren Sōta Hiroshi Yūto Kazuki",
  "Yui Sakura Aoi Hina Misaki Yuka Haruka Emi Chihiro",
  "Satō Suzuki Takahashi Tanaka Watanabe Itō Yamamoto Nakamura Kobayashi Katō Morimoto")
o("mongol", "e_asia", "Batbayar Ganbold Temuulen Erdene Bat-Erdene Tsogt Enkhbat Altangerel Munkhbat",
  "Oyunchimeg Sarangerel Khulan Nomin Enkhjargal Solongo Anujin Bolormaa Tsetseg",
  "Dorj Bold Ganbaatar Purev Batsaikhan Tseveen Namjil Otgonbayar Gantulga Damdin")
# --- Arabic / Persian / Turkish / Kurdish / Hebrew
o("levant", "mena", "Khalil Omar Yousef Tariq Karim Samir Hisham Walid Faris Ziad",
  "Layla Rania Nour Yasmin Hala Dina Salma Reem Lina Rasha",
  "Haddad Khoury Nasser Mansour Saleh Hamdan Abboud Aziz Qasim Sabbagh Tannous")
o("gulf", "mena", "Abdulaziz Saud Faisal Nasser Majed Turki Fahad Mishal Hamad",
  "Noura Maha Haya Lulwa Shaikha Maitha Hessa Dana Alanoud",
  "Al-Otaibi Al-Harbi Al-Qahtani Al-Dosari Al-Mutairi Al-Shammari Al-Zahrani Al-Mansoori Al-Suwaidi")
o("maghreb", "mena", "Youssef Mehdi Rachid Hamza Nabil Sofiane Amine Redouane Abdelkader",
  "Samira Nadia Khadija Imane Meriem Houda Yasmina Siham Loubna",
  "Benali Bouazza Belkacem Haddouche Zerrouki Bensaïd Cherkaoui Boudjema Tazi Lamrani Ouahbi")
o("persian", "mena", "Dariush Kourosh Arash Babak Reza Farhad Mehrdad Kaveh Siavash",
  "Shirin Parisa Nasrin Mahsa Golnaz Azadeh Roya Setareh Niloufar",
  "Tehrani Hosseini Karimi Rahimi Moradi Ahmadi Rezaei Jafari Shirazi Farahani Sadeghi")
o("turkish", "mena", "Emre Mehmet Burak Oğuz Serkan Mustafa Hakan Yusuf Tolga",
  "Elif Zeynep Ayşe Büşra Merve Gülsüm Derya Esra Şeyma",
  "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç")
o("kurdish", "mena", "Azad Rêber Dilovan Serhat Shivan Bawar Hejar Rojhat Karwan",
  "Rojda Berivan Zilan Dilan Nazdar Helin Jiyan Evîn Bêrîvan",
  "Amedi Hawrami Zebari Duhoki Bakir Mirani Sindi Goran Xoşnaw")
o("hebrew", "mena", "Yonatan Itai Noam Eitan Ariel Amitai Oren Yuval Gilad",
  "Tamar Noa Shira Yael Michal Hadas Liat Orly Ayelet",
  "Ben-David Levi Mizrahi Peretz Friedman Avraham Shapira Katz Dahan Biton")
# --- Caucasus / Central Asia
o("georgian", "caucasus", "Giorgi Levan Davit Irakli Zurab Nika Lasha Tornike Beka",
  "Nino Tamar Mariam Ketevan Eka Salome Natia Tamta Maka",
  "Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri Javakhishvili Chikovani Gogoladze Abashidze")
o("armenian", "caucasus", "Aram Tigran Hayk Narek Armen Vardan Gor Samvel Ashot",
  "Ani Lusine Anahit Nare Mane Siranush Gayane Hasmik Lilit",
  "Petrosyan Hakobyan Grigoryan Sargsyan Harutyunyan Avetisyan Mkrtchyan Khachatryan Ghazaryan Vardanyan")
o("azeri", "caucasus", "Elvin Rashad Tural Orkhan Farid Kamran Ilkin Emin Vugar",
  "Aysel Gunel Nigar Sevinj Aytan Narmin Konul Lala Ulviyya",
  "Aliyev/Aliyeva Mammadov/Mammadova Huseynov/Huseynova Guliyev/Guliyeva Hasanov/Hasanova Ismayilov/Ismayilova Rzayev/Rzayeva")
o("kazakh_uzbek", "caucasus", "Nurlan Yerlan Daulet Timur Bekzod Rustam Sherzod Azamat Jasur",
  "Aigerim Dinara Gulnara Madina Zarina Kamila Saule Dilnoza Nodira",
  "Nurlanov/Nurlanova Sultanov/Sultanova Abdullaev/Abdullaeva Karimov/Karimova Tursunov/Tursunova Yusupov/Yusupova Bekmukhamedov/Bekmukhamedova")
# --- Latin America / Caribbean
o("mexico", "latam", "Emiliano Rodrigo Jesús Héctor Cuauhtémoc Iván Arturo Ulises Efraín",
  "Ximena Guadalupe Citlali Itzel Mariana Fernanda Yesenia Araceli Xóchitl",
  "Hernández Ramírez Cervantes Domínguez Guzmán Medina Zavala Villaseñor Tlaseca Olvera")
o("brazil", "latam", "João Thiago Gabriel Vinícius Leandro Wellington Caio Renan Everton",
  "Larissa Thaís Letícia Jéssica Camila Gabriela Vitória Raíssa Luana",
  "Oliveira Souza Pereira Carvalho Rodrigues Almeida Nascimento Lima Araújo Barbosa Cavalcanti")
o("andean", "latam", "Wilber Edwin Percy Alcides Nilo Rolando Grover Freddy Yuri",
  "Yanet Roxana Nilda Marleny Flor Delia Yolanda Maribel Nélida",
  "Quispe Mamani Huamán Condori Choque Apaza Yupanqui Huanca Ticona Ccahuana")
o("rioplata_col", "latam", "Santiago Sebastián Matías Facundo Agustín Tomás Nahuel Joaquín Esteban",
  "Valentina Luciana Florencia Milagros Catalina Agustina Sofía Daniela Micaela",
  "Gutiérrez Castaño Restrepo Ocampo Betancourt Echeverri Giraldo Zapata Pereyra Benítez")
o("haiti_carib", "latam", "Fritznel Wisly Jacky Wilner Fednel Jude Ricardo Dieuvel Marckenson",
  "Ketly Mirlande Roseline Nadège Islande Guerline Youseline Dieula Farah",
  "Jean-Baptiste Célestin Dorvil Augustin Désir Milfort Lafortune Toussaint Estimé Dorélien")
# --- Pacific / Indigenous / Arctic
o("samoan", "pacific", "Tavita Iosefa Lefiti Tupe Malaki Pita Ioane Fa'amoe Leilua",
  "Losa Malia Sina Lagi Fetu Talia Siutiti Faleula Leota",
  "Faleolo Tuilagi Leiataua Fa'asavalu Sapolu Matagi Aiono Tauiliili Leavasa Pouono")
o("tongan", "pacific", "Sione Viliami Tevita Siaosi Sitani Lopeti Sefo Tomasi",
  "Mele Salote Losana Lupe Seini Kalolaine 'Ana Heilala",
  "Fifita Taufa Vaipulu Latu Fonua Havili Mahe Veikune Tu'ipulotu Kioa")
o("maori", "pacific", "Wiremu Tamati Rawiri Hemi Nikau Tāne Manaia Ihaia Rangi",
  "Aroha Moana Ngaio Hine Kiri Mere Anahera Tui Ataahua",
  "Ngata Parata Tipene Tawhiri Herewini Pomare Kereama Paewai Tuhiwai Rāwiri")
o("fijian", "pacific", "Josefa Semi Viliame Apenisa Jone Peni Isikeli Waisea",
  "Litia Mereoni Salote Vasemaca Unaisi Sereana Akanisi Losalini",
  "Ravouvou Naivalu Tuisawau Vakaloloma Waqa Seruvatu Tabua Nakuta Vunipola")
o("dine_cree", "indigenous", "Ahiga Nakai Dyami Delbert Loren Tahoma Darrell Hastiin",
  "Shandiin Nizhoni Dezba Kateri Winona Talise Aiyana Ninabah",
  "Yazzie Begay Tsosie Benally Nez Etsitty Bitsui Cardinal Redsky Manygoats Kakegamic")
o("sami", "indigenous", "Áilu Ánte Niillas Máhtte Jovnna Heaika Ovllá Piera",
  "Biret Elle Sárá Risten Ánne Márjá Inga Kárená",
  "Gaup Hætta Eira Somby Bongo Turi Balto Utsi Länsman Valkeapää")
o("inuit", "indigenous", "Aqqaluk Nuka Inuk Malik Kunuk Aputsiaq Minik Ole",
  "Paninnguaq Naja Arnaq Ivalu Aviaja Nivi Pipaluk Najaaraq",
  "Kleist Lynge Berthelsen Kristiansen Heilmann Motzfeldt Kreutzmann Lyberth Kuko")
# --- Slavic
o("polish", "slavic", "Paweł Krzysztof Grzegorz Wojciech Tomasz Łukasz Jarosław Bartosz Przemysław",
  "Agnieszka Małgorzata Katarzyna Zofia Joanna Beata Dorota Magdalena Grażyna",
  "Kowalski/Kowalska Wiśniewski/Wiśniewska Zieliński/Zielińska Woźniak Krawczyk Szymański/Szymańska Dąbrowski/Dąbrowska Mazur Grabowski/Grabowska Pietrzak Chmielewski/Chmielewska")
o("czech_slovak", "slavic", "Jiří Tomáš Ondřej Vojtěch Radek Lukáš Zdeněk Petr Matúš",
  "Lucie Kateřina Markéta Zuzana Tereza Hana Jana Veronika Ľubica",
  "Novák/Nováková Svoboda/Svobodová Dvořák/Dvořáková Černý/Černá Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová Pokorný/Pokorná")
o("russian", "slavic", "Dmitri Aleksei Sergei Andrei Mikhail Nikolai Pavel Yegor Vsevolod",
  "Olga Natalia Svetlana Yekaterina Irina Tatiana Anastasia Yulia Ksenia",
  "Ivanov/Ivanova Smirnov/Smirnova Kuznetsov/Kuznetsova Sokolov/Sokolova Lebedev/Lebedeva Kozlov/Kozlova Novikov/Novikova Morozov/Morozova Volkov/Volkova Zaitsev/Zaitseva")
o("ukrainian", "slavic", "Oleksandr Andriy Taras Bohdan Mykola Yurii Vasyl Ostap Dmytro",
  "Oksana Olena Halyna Iryna Solomiia Kateryna Zoriana Mariia Lesia",
  "Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Oliinyk Lysenko Hrytsenko Savchuk Marchuk")
o("bcs", "slavic", "Marko Nikola Dušan Stefan Luka Miloš Zoran Dragan Goran",
  "Jelena Ivana Milica Snežana Dragana Marija Vesna Tijana Jovana",
  "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Kovačević Babić Horvat Šarić")
o("bulgarian", "slavic", "Georgi Dimitar Ivaylo Hristo Stoyan Plamen Todor Nikolay Radoslav",
  "Desislava Tsvetelina Radostina Yordanka Gergana Milena Boryana Mariela Ralitsa",
  "Petrov/Petrova Georgiev/Georgieva Dimitrov/Dimitrova Todorov/Todorova Stoyanov/Stoyanova Angelov/Angelova Kolev/Koleva Hristov/Hristova")
# --- Baltic
o("lithuanian", "baltic", "Mindaugas Darius Tomas Audrius Vytautas Giedrius Rimantas Saulius Žilvinas",
  "Rūta Eglė Aušra Jurgita Giedrė Ieva Lina Dalia Gintarė",
  "Kazlauskas/Kazlauskienė Jankauskas/Jankauskienė Petrauskas/Petrauskienė Stankevičius/Stankevičienė Vasiliauskas/Vasiliauskienė Žukauskas/Žukauskienė Butkus/Butkienė Paulauskas/Paulauskienė")
o("latvian", "baltic", "Jānis Andris Kārlis Mārtiņš Edgars Raimonds Uldis Artūrs Gints",
  "Ilze Kristīne Inese Līga Dace Zane Baiba Sanita Dagnija",
  "Bērziņš/Bērziņa Kalniņš/Kalniņa Ozoliņš/Ozoliņa Liepiņš/Liepiņa Krūmiņš/Krūmiņa Vītols/Vītola Zariņš/Zariņa Kļaviņš/Kļaviņa")
o("estonian", "baltic", "Tõnu Jaan Rein Märt Priit Indrek Kalev Tiit Urmas",
  "Kadri Piret Triin Maarja Liis Kersti Eeva Helle Katrin",
  "Tamm Saar Sepp Mägi Kask Kukk Rebane Pärn Koppel Lepik Vaher")
# --- Nordic
o("finnish", "nordic", "Juha Mikko Jussi Antti Timo Pekka Ville Tuomas Jarkko",
  "Aino Tuulikki Sanna Päivi Riikka Satu Outi Kaisa Hilkka",
  "Korhonen Virtanen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen")
o("icelandic", "nordic", "Guðmundur Sigurður Einar Ragnar Þórður Kristján Ólafur Hjörtur Snorri",
  "Guðrún Sigríður Kristín Hildur Ragnheiður Þórdís Ásta Sólveig Bryndís",
  "Jónsson/Jónsdóttir Sigurðsson/Sigurðardóttir Gunnarsson/Gunnarsdóttir Ólafsson/Ólafsdóttir Einarsson/Einarsdóttir Magnússon/Magnúsdóttir")
o("scandi", "nordic", "Øyvind Håkan Torbjørn Sindre Björn Mads Leif Anders Espen",
  "Ingrid Solveig Åsa Sigrid Maren Karin Astrid Linnea Signe",
  "Haugen Bakke Lindqvist Sjöberg Nyström Dahl Strand Åberg Søndergaard Møller Kjærgaard")
# --- Western European / Anglo (kept under 40 %)
o("english", "west", "Gareth Callum Rhys Declan Hugh Toby Alistair Fergus Ewan",
  "Siobhan Bethany Harriet Niamh Imogen Tamsin Gemma Rhiannon Aoife",
  "Whitfield Ashworth Pemberton Hargreaves O'Sullivan McAllister Thornton Fairbairn Cartwright Llewellyn")
o("us", "west", "Tyler Brandon Cody Jaxon Dwayne Marcus Trevor Kyle DeShawn",
  "Brittany Kayla Destiny Madison Tiffany Kayleigh Ashlyn Jolene LaToya",
  "Brennan Whitaker Caldwell Hendricks Pruitt Mayfield Tolliver Dawson Mercer")
o("german", "west", "Jörg Ulf Heiko Malte Sönke Torsten Jannik Wolfgang Detlef",
  "Heike Anke Silke Wiebke Dörte Gesine Ute Frauke Hannelore",
  "Schimmelpfennig Brandhorst Krümmel Pfitzner Dreesen Häberle Lütkemeyer Stöcklein Wüstefeld Rademacher")
o("alpine", "west", "Reto Urs Beat Florian Leopold Kilian Gian Ferdinand Valentin",
  "Seraina Corina Vreni Regula Theresia Annelies Rosmarie Leonie Ladina",
  "Zürcher Gisler Ammann Gruber Pichler Egger Rüegg Hofstetter Oberhuber Tschanz")
o("french", "west", "Gaëtan Loïc Yannick Thibault Benoît Grégoire Maël Anatole Hervé",
  "Solène Gwenaëlle Maëlys Clémence Ségolène Anaïs Bérénice Océane Gaëlle",
  "Lefèvre Garnier Chevalier Barbier Lemoine Guillot Fournier Perrin Kerbrat Le Goff")
o("dutch_flemish", "west", "Joost Maarten Sjoerd Wouter Bram Jeroen Thijs Stijn Koen",
  "Femke Anouk Marieke Ilse Saskia Lotte Griet Annelies Fien",
  "Bakker Visser Smit Mulder Hendriks Brouwer Vermeulen Claes Peeters Wuyts")
o("italian", "west", "Giacomo Lorenzo Federico Salvatore Gennaro Pietro Fabrizio Ettore Corrado",
  "Chiara Giulia Francesca Alessia Rosaria Ilaria Benedetta Concetta Annalisa",
  "Esposito Russo Bianchi Colombo Ricci Marino Greco Gallo Conti Lombardi")
o("iberian", "west", "Íñigo Álvaro Javier Unai Borja Rubén Jordi Tiago Gonçalo",
  "Nerea Lucía Ainhoa Montserrat Itziar Rocío Maite Inês Leonor",
  "Etxeberria Navarro Iglesias Ortega Castillo Vidal Puig Arrieta Gonçalves Teixeira")

# Particle surnames (surname, origin code)
PARTICLES = [
    ("van 't Hof", "dutch_flemish"), ("ten Brink", "dutch_flemish"), ("van der Meulen", "dutch_flemish"),
    ("ter Horst", "dutch_flemish"), ("van den Bosch", "dutch_flemish"), ("De Smet", "dutch_flemish"),
    ("Vanden Eynde", "dutch_flemish"), ("op de Beeck", "dutch_flemish"), ("des Rosiers", "french"),
    ("de la Fosse", "french"), ("Le Bihan", "french"), ("zu Dohna", "german"), ("von der Heide", "german"),
    ("von Stetten", "german"), ("zu Eltz", "german"), ("da Silva", "brazil"), ("dos Santos", "brazil"),
    ("de Souza", "brazil"), ("di Stefano", "italian"), ("del Monte", "italian"), ("de la Cruz", "mexico"),
    ("de los Ríos", "rioplata_col"), ("al-Haddad", "levant"), ("El Idrissi", "maghreb"), ("Ait Ouali", "maghreb"),
    ("bin Yusof", "malay"), ("binti Osman", "malay"), ("Te Huia", "maori"), ("Ó Briain", "english"),
    ("Mac Giolla Phádraig", "english"), ("du Plessis", "afrikaans"), ("van Wyk", "afrikaans"),
    ("Abu Samra", "levant"), ("Ould Ahmed", "maghreb"), ("dela Paz", "filipino"), ("de Guzman", "filipino"),
    ("ben Haim", "hebrew"), ("Van Steenkiste", "dutch_flemish"), ("von Aesch", "alpine"), ("De Sousa", "iberian"),
]
REGION_OF_EXTRA = {"afrikaans": "s_africa"}
AFRIKAANS_GIVEN = ("Pieter Johan Riaan Francois Hennie".split(), "Annelie Elmarie Marietjie Liezel Charlize".split())

WEST = {"west"}
NORDIC = {"nordic"}

def region(code):
    if code in O:
        return O[code][0]
    return REGION_OF_EXTRA.get(code, "other")
