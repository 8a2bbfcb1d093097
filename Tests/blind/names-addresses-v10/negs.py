# Hand-typed hard-negative pools.
def S(x):
    return x.split(";")

NEG = {
 "BRAND": S("Tommy Hilfiger;Calvin Klein;Hugo Boss;Dr. Oetker;Uncle Ben's;Aunt Bessie's;Marc O'Polo;Paul Smith;Ralph Lauren;Ted Baker;Jack Wolfskin;Tom Tailor;Karl Lagerfeld;Jean Paul Gaultier;Yves Rocher;Ben & Jerry's;Mrs. Meyer's;Tante Fanny;Kinder;Camper;Kiehl's;Dr. Martens;Stella McCartney;Isabel Marant;Mango;Levi's"),
 "STORE": S("Marks & Spencer;Galeries Lafayette;Peek & Cloppenburg;Sainsbury's;Dunnes Stores;Harvey Nichols;John Lewis;Karstadt;Printemps;Monoprix;Müller;Rossmann;dm;Lidl;Aldi;Carrefour;Fnac;Boulanger;Debenhams;Tesco;Decathlon;Hornbach;Leroy Merlin"),
 "SHOP": S("Chez Fatou;Kiosk am Eck;Boulangerie Marie-Claire;Bäckerei Kamps;Tabac de la Gare;Épicerie Chez Karim;Mama Ngozi's Kitchen;Corner Shop Patel & Sons;Salon Yasmin;Blumen Anneliese;Pressing Saint-Michel;Nisa Local;Spätkauf Aydın;Café Luise"),
 "COMPANY": S("Siemens;Ferrero;Michelin;Dyson;Bosch;Miele;Porsche;Renault;Peugeot;Johnson & Johnson;Procter & Gamble;Hermès;Louis Vuitton;Christian Dior;Yves Saint Laurent;Philips;Ford;Dell;Mercedes-Benz;Bertelsmann;Lamborghini;Ferrari;Roche;Nestlé"),
 "PRODUCT": S("Billy shelf;Ektorp sofa;Poäng chair;Malm bed frame;Alexa;Siri;Cortana;Thermomix;Model Y;Kallax unit;Hemnes dresser;Roomba;Galaxy Tab;Mr. Muscle;Tena Lady;Barbie;Ken doll;Lego Friends Olivia set;Henry hoover;Hetty hoover;Pinot Grigio;Jack Daniel's;Jim Beam;Johnnie Walker;Baileys;Tia Maria"),
 "WORK": S("Anna Karenina;Madame Bovary;Jane Eyre;Emma;Harry Potter;Effi Briest;Le Petit Prince;Oliver Twist;Amélie;Heidi;Pippi Langstrumpf;Tintin;Astérix;Bridget Jones;Forrest Gump;Mary Poppins;Sherlock Holmes"),
 "PUBLIC_FIGURE": S("Angela Merkel;Emmanuel Macron;Taylor Swift;Zinedine Zidane;Kylian Mbappé;Olaf Scholz;Beyoncé;Albert Einstein;Marie Curie;Nelson Mandela;Greta Thunberg;Lionel Messi;Rihanna;Victor Hugo;Goethe;Shakespeare;Napoleon;Frida Kahlo;Mahatma Gandhi;Simone Veil;Stromae;Helene Fischer;Keir Starmer;Céline Dion"),
 "PLACE": S("Charles de Gaulle;Place Charles-de-Gaulle;Gare Saint-Lazare;Alexanderplatz;Willy-Brandt-Flughafen;Lycée Victor-Hugo;Rockefeller Center;Kennedy Airport;Karl-Marx-Allee;Trafalgar Square;Place de la Bastille;Jardin du Luxembourg;Gare Montparnasse;Kurfürstendamm;Sankt-Georg-Hospital;Hôpital Pitié-Salpêtrière;Stade Pierre-Mauroy;Johns Hopkins Hospital;Waterloo Station;St. Pancras"),
 "CARRIER": S("DHL;UPS;Hermes;DPD;GLS;Colissimo;Chronopost;Royal Mail;Evri;La Poste;Mondial Relay;PostNL;bpost;Swiss Post;Österreichische Post;FedEx;USPS;PostNord;InPost;Deutsche Post;An Post;Yodel;Relais Colis;Canada Post"),
 "SOFTWARE": S("Jenkins;Jira;Zendesk;Freshdesk;Salesforce;Ansible;Kafka;Django;Grafana;Hugo;Julia;Ada;Cassandra;Sentry;Confluence;Gitlab;Magento;Shopify;WooCommerce;Mailchimp;Twilio;Klaviyo;Gorgias"),
}
COLOUR = {
 "en": S("Rose;Olive;Hazel;Ruby;Jade;Amber;Ivory;Sienna;Coral;Ash;Heather;Sage;Rosewood;Blush;Navy;Suede;Velvet;Linen"),
 "de": S("Rosé;Oliv;Bordeaux;Flieder;Jade;Bernstein;Elfenbein;Salbei;Koralle;Anthrazit;Leinen;Wildleder;Samt;Cognac;Petrol"),
 "fr": S("Rose poudré;Olive;Bordeaux;Lilas;Jade;Ambre;Ivoire;Sauge;Corail;Anthracite;Lin;Daim;Velours;Camel;Prune"),
}
WEEKDAY = {"en": S("Monday;Tuesday;Wednesday;Thursday;Friday;Saturday;Sunday"), "de": S("Montag;Dienstag;Mittwoch;Donnerstag;Freitag;Samstag;Sonntag"), "fr": S("lundi;mardi;mercredi;jeudi;vendredi;samedi;dimanche")}
MONTH = {"en": S("January;March;April;May;June;July;August;September;October;November;December"), "de": S("Januar;März;April;Mai;Juni;Juli;August;September;Oktober;November;Dezember"), "fr": S("janvier;mars;avril;mai;juin;juillet;août;septembre;octobre;novembre;décembre")}
JOB_TITLE = {
 "en": S("Customer Care Lead;Head of Logistics;Warehouse Supervisor;Account Manager;Returns Specialist;Delivery Driver;Store Manager;Team Lead, Support;Billing Officer;Senior Buyer"),
 "de": S("Teamleiterin Kundenservice;Leiter Logistik;Lagerist;Kundenberater;Sachbearbeiterin Retouren;Zusteller;Filialleiter;Buchhaltung;Einkäuferin;Disponent"),
 "fr": S("Responsable service client;Chef d'équipe logistique;Préparateur de commandes;Conseillère clientèle;Chargé de facturation;Livreur;Directeur de magasin;Gestionnaire des retours;Acheteuse;Agent d'accueil"),
}
# German common nouns that are also surnames
NOUN_DE = S("Koch;Bauer;Fischer;Schneider;Müller;Weber;Becker;Richter;Meister;Vogel;Fuchs;Wolf;Jäger;Kaiser;König;Graf;Zimmermann;Schreiber;Bäcker;Schmidt;Hahn;Krause;Lange;Braun")
# words that look like given names but are plain words, used at sentence start
WORD = {
 "en": ["Will", "Mark", "Bill", "Grace", "Hope", "Joy", "Faith", "Rob", "Pat", "Sue", "Frank", "Nick", "Sunny", "Drew", "Art", "Chase", "Dawn", "Rusty", "Sandy", "Summer"],
 "de": ["Frank", "Rosa", "Heide", "Ernst", "Kurz", "Gerade"],
 "fr": ["Claire", "Olive", "Pierre", "Rose", "Prime", "Fleur", "Aimé", "Victoire", "Constance", "Félicité", "Colombe"],
}
TITLE_W = {"en": S("Sir;Madam;Sir or Madam"), "de": S("Damen und Herren;Herren;Damen"), "fr": S("Madame, Monsieur;Monsieur;Madame")}
