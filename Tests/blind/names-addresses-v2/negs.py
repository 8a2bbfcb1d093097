# Hand-written hard-negative material (person-like brands, stores, carriers, etc.).
BRAND = ["Ben & Jerry's","Tommy Hilfiger","Calvin Klein","Hugo Boss","Marie Claire","Jean Paul Gaultier","Ralph Lauren","Marc O'Polo",
 "Tom Tailor","Betty Barclay","Dr. Martens","Jack Wolfskin","Jack & Jones","Louis Vuitton","Yves Saint Laurent","Christian Dior",
 "Giorgio Armani","Paul Smith","Ted Baker","Karl Lagerfeld","Vivienne Westwood","Pierre Cardin","Victoria's Secret","Uncle Ben's",
 "Werther's Original","Tante Fanny","Bonne Maman","Mère Poulard","Paul Hewitt","Michael Kors","Stella McCartney","Tory Burch",
 "Kate Spade","Bruno Banani","Jil Sander","Isabel Marant","Agnès b.","Sonia Rykiel","Jacques Dessange","Franck Provost","Anne de Solène",
 "Daniel Wellington","Estée Lauder","Helena Rubinstein","Elizabeth Arden","Carolina Herrera","Nina Ricci","Jimmy Choo","Tom Ford",
 "Lucky Strike","Captain Morgan","Johnnie Walker","Jack Daniel's","Jim Beam","Ernest Hemingway Edition","Kaiser Wilhelm Sekt","Henri Lloyd",
 "Fred Perry","Ben Sherman","Lacoste","René Furterer","Klorane","Mrs. Bridges","Dr. Hauschka","Frau Antje"]
BRAND_PRODUCT_SUFFIX = {"en": ["jeans","perfume","ice cream","jacket","tote","watch","boots","shirt","gift set","magazine"],
 "de": ["Jeans","Parfum","Jacke","Uhr","Boots","Hemd","Geschenkset","Eis","Zeitschrift","Tasche"],
 "fr": ["jean","parfum","veste","montre","bottines","chemise","coffret","glace","magazine","sac"]}
PRODUCT = ["Billy","Malm","Ektorp","Poäng","Kallax","Hemnes","Mary Jane","Earl Grey","Granny Smith","Pink Lady","Williams Christ",
 "Paris-Brest","Madeleine","Sachertorte","Margherita","Tom Collins","Bloody Mary","Baby Born","Barbie","Ken","Käthe Kruse",
 "Steiff Teddy Margarete","Chesterfield","Eames Lounge","Louis XV","Marie-Antoinette","Jacky","Lily","Ottoman","Chloé Nomade",
 "Adidas Stan Smith","Converse Chuck Taylor","Air Jordan","Rolex Daytona","Kitchenaid Artisan","Nespresso Vertuo","Olaf","Elsa",
 "Peppa Pig","Paddington","Tintin","Astérix","Benjamin Blümchen","Bibi Blocksberg","Conni","Petzi","Tiptoi","Margot"]
STREET_PRODUCT = ["Schlossallee","Parkstraße","Rue de la Paix","Avenue des Champs-Élysées","Park Lane","Mayfair","Old Kent Road",
 "Abbey Road","Penny Lane","Baker Street","Kurfürstendamm","Sunset Boulevard","Broadway","Wall Street","Carnaby Street","Portobello Road",
 "Place Vendôme","Fifth Avenue","Unter den Linden","Boulevard Saint-Germain","Montmartre","Savile Row","Reeperbahn","Rodeo Drive"]
STREET_PRODUCT_FRAME = {"en": ["{} candle","{} Monopoly card","{} vinyl (remastered)","{} poster A2","{} street sign replica","{} scented diffuser"],
 "de": ["Duftkerze {}","Monopoly-Karte {}","{} Poster A2","Straßenschild-Replik {}","{} Kalender 2025","Raumduft {}"],
 "fr": ["bougie {}","carte Monopoly {}","affiche {} A2","plaque de rue {}","diffuseur {}","vinyle {}"]}
CITY = ["Rotterdam","Hamburg","Lyon","Leipzig","Antwerpen","Zürich","Wien","Dublin","Birmingham","Toronto","Montréal","Aarhus","Bordeaux",
 "Luxembourg","Graz","Köln","Lille","Glasgow","Chicago","Basel","Kraków","Porto","Izmir","Thessaloniki","Cluj-Napoca","Debrecen","Tampere",
 "Cork","Cardiff","Brest","Colmar","Gent","Lausanne","Salzburg","Casablanca","Dakar","Kinshasa","Kingston","Québec","Lagos","Accra","Mumbai"]
SHIP = ["Leipzig/Radefeld","Roissy CDG hub","Frankfurt Gateway","Köln-Eifeltor","Chilly-Mazarin","East Midlands Hub","Louisville Worldport",
 "Liège Airport","Wien Inzersdorf","Härkingen","Mülheim-Kärlich","Saint-Ouen-l'Aumône","Coventry","Neuss","Bussy-Saint-Georges","Hub Bruxelles X",
 "Nieuwegein","Brøndby","Dublin Mail Centre","Mississauga Gateway","Memphis","Staufenberg","Rungis","Obertshausen","Wallisellen"]
STORE = ["Galeries Lafayette","Peek & Cloppenburg","Marks & Spencer","John Lewis","Leroy Merlin","Albert Heijn","Sainsbury's","Harvey Nichols",
 "Fortnum & Mason","Ludwig Beck","Hema","Jules","Maisons du Monde","Monoprix","Thalia","Hugendubel","Dallmayr","Käthe Wohlfahrt",
 "Selfridges","Harrods","Claire's","Dunnes Stores","Brown Thomas","Magasin du Nord","Globus","Jelmoli","Manor","Kaufhaus Breuninger",
 "Boulanger","Darty","Printemps","Jean Coutu","Simons","Hudson's Bay","Trader Joe's","Macy's","Dillard's","Kiehl's","Mister Minit","Tante Emma Laden"]
CARRIER = ["DHL","Hermes","DPD","GLS","UPS","FedEx","Royal Mail","Evri","Chronopost","Colissimo","Mondial Relay","La Poste","Die Post",
 "Österreichische Post","PostNL","bpost","An Post","Canada Post","Purolator","USPS","Yodel","Parcelforce","Relais Colis","Colis Privé","PostNord",
 "GO! Express","Trans-o-flex","DHL Express","Fastway","Post Luxembourg"]
COMPANY = ["Siemens","Porsche","Bosch","Miele","Dr. Oetker","Peugeot","Michelin","Renault","Ferrero","Barilla","Haribo","Kellogg's","Heinz",
 "Bertelsmann","Vorwerk","Kärcher","Rossmann","Fielmann","Douglas","Lidl","Hornbach","Vileda","WMF","Villeroy & Boch","Faber-Castell",
 "Stabilo","Leitz","Durex","Gillette","Philips","Dyson","Bang & Olufsen","Hermès","Cartier","Chanel","Guerlain","Dacia","Lancôme","Bic","Rowenta"]
JOB = {"en": ["Head of Procurement","Store Manager","Customer Success Lead","Key Account Manager","Warehouse Supervisor","Data Protection Officer",
 "Senior Buyer","Operations Coordinator","Returns Specialist","Team Lead, Fulfilment","Chief Operating Officer","Delivery Driver"],
 "de": ["Filialleiterin","Sachbearbeiter","Teamleiter Versand","Datenschutzbeauftragter","Einkaufsleiterin","Geschäftsführer","Kundenberaterin",
 "Lagerist","Abteilungsleiter Retouren","Prokuristin","Zusteller","Schichtleiter"],
 "fr": ["Responsable logistique","Chef de rayon","Directrice commerciale","Conseillère clientèle","Gestionnaire SAV","Délégué à la protection des données",
 "Préparateur de commandes","Responsable des achats","Chargée de relation client","Livreur","Gérante","Directeur d'agence"]}
DATE = {"en": ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday","January","April","May","June","August","September","December"],
 "de": ["Montag","Dienstag","Mittwoch","Donnerstag","Freitag","Samstag","Sonntag","Januar","April","Mai","Juni","Juli","August","Oktober","Dezember"],
 "fr": ["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche","janvier","avril","mai","juin","juillet","août","décembre","Mardi","Vendredi"]}
SIGNOFF = {"en": ["Kind regards,\nThe Customer Care Team","Best wishes,\nYour Support Team","Cheers,\nThe Returns Desk","Many thanks,\nAccounts Payable",
 "Regards,\nOrder Management","Warm regards,\nThe Team at Harbour & Pine","Thanks,\nLogistics","Sincerely,\nCustomer Service"],
 "de": ["Mit freundlichen Grüßen\nIhr Kundenservice","Viele Grüße\nDas Retouren-Team","Beste Grüße\nIhre Buchhaltung","Freundliche Grüße\nTeam Versand",
 "Herzliche Grüße\nIhr Team vom Hofladen","LG\nder Support","Mit besten Grüßen\nKundendienst Süd"],
 "fr": ["Cordialement,\nLe service client","Bien à vous,\nL'équipe SAV","Belle journée,\nLe service commandes","Salutations distinguées,\nLa comptabilité fournisseurs",
 "Bonne journée,\nL'équipe logistique","Merci,\nLe support","Très cordialement,\nLe pôle relation client"]}
GREET = {"en": ["Hi team","Hello all","Dear Sir or Madam","Hi there","Good morning everyone","Hey folks","Dear Customer","To whom it may concern"],
 "de": ["Hallo zusammen","Sehr geehrte Damen und Herren","Liebes Team","Moin in die Runde","Hallo liebes Support-Team","Guten Tag","Servus miteinander"],
 "fr": ["Bonjour à tous","Madame, Monsieur","Bonjour l'équipe","Coucou tout le monde","Chère cliente, cher client","Bonsoir","Salut la team"]}
# capitalised sentence starts / ordinary words that are also given names
WORD = {"en": ["Will","Grace","Frank","Mark","Rose","Bill","Sunny","Amber","Hazel","Olive","Jade","Summer","Hope","Faith","Chase","Carol","Max."],
 "de": ["Ernst","Frank","Heide","Rosa","Max.","Flieder","Erika","Konstanz","Hanna","Klaus","Bauer","Koch","Winter","Sommer","Fuchs"],
 "fr": ["Rose","Claire","Constance","Prudence","Olive","Capucine","Garance","Hortense","Marguerite","Violette","Blanche","Aimé","Pascal","Florence"]}
WORD_FRAME = {"en": ["Will","Grace","Frank","Mark","Rose","Bill","Sunny","Amber","Hazel","Olive","Jade","Summer","Hope","Faith","Chase","Carol","Max."]}
DAY = {"en": ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"],
 "de": ["Montag","Dienstag","Mittwoch","Donnerstag","Freitag","Samstag","Sonntag"],
 "fr": ["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche"]}
