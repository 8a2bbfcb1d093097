# Hand-typed streets and cities. Street kind: 's' suffix word, 'n' no suffix word, 'p' named after a person.
import random
def D(r,n): return ''.join(str(r.randint(0,9)) for _ in range(n))
L='ABDEFGHJLNPQRSTUWXYZ'
C = {
 'de': (['Lindenstraße s','Am Sandtorkai n','Goethestraße p','Hauptstraße s','Sonnenallee s','Schillerplatz p','Im Winkel n','Kastanienweg s','Rosa-Luxemburg-Straße p','Hinter der Mauer n'],
        [('Berlin','10',3),('Hamburg','20',3),('Köln','50',3),('Leipzig','04',3),('München','80',3),('Bremen','28',3),('Kassel','34',3),('Freiburg im Breisgau','79',3)]),
 'at': (['Mariahilfer Straße s','Getreidegasse s','Praterstern n','Kaiser-Josef-Straße p','Landstraßer Hauptstraße s'],
        [('Wien','1',3),('Graz','80',2),('Salzburg','50',2),('Linz','40',2),('Innsbruck','60',2)]),
 'ch': (['Bahnhofstrasse s','Rue du Rhône s','Spalenberg n','Dufourstrasse p','Marktgasse s','Via Nassa s'],
        [('Zürich','80',2),('Genève','12',2),('Basel','40',2),('Bern','30',2),('Lugano','69',2),('Lausanne','10',2)]),
 'fr': (['rue des Lilas s','avenue Jean-Jaurès p','boulevard Voltaire p','place du Marché s','rue Oberkampf n','chemin des Vignes s','quai de la Loire s','rue Victor-Hugo p','allée des Tilleuls s'],
        [('Paris','750',2),('Lyon','6900',1),('Marseille','130',2),('Lille','5900',1),('Toulouse','3100',1),('Nantes','4400',1),('Strasbourg','6700',1),('Saint-Denis','932',2)]),
 'be': (['Rue de la Loi s','Meir n','Chaussée de Wavre s','Avenue Louise p','Kortrijksesteenweg s','Rue Haute s'],
        [('Bruxelles','10',2),('Antwerpen','20',2),('Liège','40',2),('Gent','90',2),('Namur','50',2)]),
 'lu': (['rue de Hollerich s','avenue de la Gare s','Grand-Rue s','boulevard Royal s','rue Notre-Dame s'],
        [('Luxembourg','1',3),('Esch-sur-Alzette','4',3),('Differdange','4',3),('Ettelbruck','9',3)]),
 'nl': (['Prinsengracht n','Kerkstraat s','Oudegracht n','Lange Voorhout n','Willem Barentszstraat p','Nieuwe Binnenweg s'],
        [('Amsterdam','10',2),('Utrecht','35',2),('Den Haag','25',2),('Rotterdam','30',2),('Groningen','97',2)]),
 'dk': (['Nørrebrogade s','Vesterbrogade s','Strøget n','H.C. Andersens Boulevard p','Jægersborggade s'],
        [('København N','22',2),('Aarhus C','80',2),('Odense C','50',2),('Aalborg','90',2)]),
 'uk': (['Albert Road p','Station Road s','Kingsway n','Church Lane s','Victoria Terrace p','The Crescent n','Coldharbour Lane s','Mill Hill n'],
        [('Leeds','LS'),('Manchester','M'),('London','E'),('Bristol','BS'),('Glasgow','G'),('Cardiff','CF'),('Leicester','LE'),('Birmingham','B')]),
 'us': (['Maple Ave s','Martin Luther King Jr Blvd p','Broadway n','Elm Street s','Lincoln Way p','Ocean Drive s','Pine Hollow Rd s'],
        [('Columbus','OH','432'),('Austin','TX','787'),('Portland','OR','972'),('Minneapolis','MN','554'),('Brooklyn','NY','112'),('Chicago','IL','606')]),
 'ca': (['Rue Saint-Denis p','Queen Street West s','Yonge Street s','Boulevard René-Lévesque p','Jasper Avenue s'],
        [('Montréal','QC','H2X'),('Toronto','ON','M5V'),('Edmonton','AB','T5J'),('Ottawa','ON','K1P'),('Québec','QC','G1R')]),
 'it': (['Via Garibaldi p','Corso Buenos Aires s','Via del Corso s','Piazza Navona n','Via Roma s','Viale Giulio Cesare p'],
        [('Milano','201','MI'),('Roma','001','RM'),('Torino','101','TO'),('Napoli','801','NA'),('Bologna','401','BO')]),
 'es': (['Calle de Alcalá s','Carrer de Mallorca s','Gran Vía n','Avenida de la Constitución s','Calle Cervantes p','Rambla de Catalunya n'],
        [('Madrid','280'),('Barcelona','080'),('Sevilla','410'),('Valencia','460'),('Bilbao','480')]),
 'pt': (['Rua Augusta s','Avenida da Liberdade s','Rua de Santa Catarina s','Rua Garrett p','Travessa do Carmo s'],
        [('Lisboa','11'),('Porto','40'),('Braga','47'),('Coimbra','30')]),
 'pl': (['ul. Marszałkowska s','ul. Piotrkowska s','al. Jana Pawła II p','ul. Długa s','ul. Floriańska s'],
        [('Warszawa','0'),('Łódź','9'),('Kraków','3'),('Gdańsk','8'),('Wrocław','5')]),
 'se': (['Kungsgatan s','Drottninggatan s','Götgatan s','Storgatan s','Sveavägen s'],
        [('Stockholm','11'),('Göteborg','41'),('Malmö','21'),('Uppsala','75')]),
 'no': (['Thorvald Meyers gate p','Karl Johans gate p','Bryggen n','Storgata s','Kongens gate s'],
        [('Oslo','0'),('Bergen','50'),('Trondheim','70'),('Stavanger','40')]),
 'cz': (['Vinohradská s','Na Příkopě n','Masarykova p','Karlova s','Milady Horákové p'],
        [('Praha 2','120'),('Praha 6','160'),('Brno','602'),('Ostrava','702'),('Plzeň','301')]),
 'ie': (['Main Street s','Grafton Street s','Shop Street s','Patrick Street p','Oliver Plunkett Street p','The Mall n'],
        [('Dublin 8','D08'),('Ballincollig, Co. Cork','P31'),('Galway','H91'),('Limerick','V94'),('Tralee, Co. Kerry','V92')]),
 'fi': (['Mannerheimintie p','Hämeenkatu s','Aleksanterinkatu p','Iso Roobertinkatu s','Kauppakatu s'],
        [('Helsinki','00'),('Tampere','33'),('Turku','20'),('Oulu','90')]),
}
CNAME = {
 'de':{'en':'Germany','de':'Deutschland','fr':'Allemagne'}, 'at':{'en':'Austria','de':'Österreich','fr':'Autriche'},
 'ch':{'en':'Switzerland','de':'Schweiz','fr':'Suisse'}, 'fr':{'en':'France','de':'Frankreich','fr':'France'},
 'be':{'en':'Belgium','de':'Belgien','fr':'Belgique'}, 'lu':{'en':'Luxembourg','de':'Luxemburg','fr':'Luxembourg'},
 'nl':{'en':'Netherlands','de':'Niederlande','fr':'Pays-Bas'}, 'dk':{'en':'Denmark','de':'Dänemark','fr':'Danemark'},
 'uk':{'en':'United Kingdom','de':'Großbritannien','fr':'Royaume-Uni'}, 'us':{'en':'USA','de':'USA','fr':'États-Unis'},
 'ca':{'en':'Canada','de':'Kanada','fr':'Canada'}, 'it':{'en':'Italy','de':'Italien','fr':'Italie'},
 'es':{'en':'Spain','de':'Spanien','fr':'Espagne'}, 'pt':{'en':'Portugal','de':'Portugal','fr':'Portugal'},
 'pl':{'en':'Poland','de':'Polen','fr':'Pologne'}, 'se':{'en':'Sweden','de':'Schweden','fr':'Suède'},
 'no':{'en':'Norway','de':'Norwegen','fr':'Norvège'}, 'cz':{'en':'Czech Republic','de':'Tschechien','fr':'République tchèque'},
 'ie':{'en':'Ireland','de':'Irland','fr':'Irlande'}, 'fi':{'en':'Finland','de':'Finnland','fr':'Finlande'},
}
PREFIX = {'de':'D-','at':'A-','ch':'CH-','fr':'F-','be':'B-','lu':'L-'}
CW = {'en': {'uk':14,'ie':8,'us':7,'ca':5,'de':6,'fr':5,'nl':4,'pl':3,'se':2,'no':2,'dk':2,'fi':2,'it':3,'es':3,'pt':2,'cz':2,'ch':3,'at':2,'be':2,'lu':1},
      'de': {'de':22,'at':9,'ch':9,'lu':2,'nl':3,'pl':3,'cz':3,'dk':2,'it':2,'fr':2,'uk':2,'se':1,'no':1,'fi':1,'es':1,'pt':1,'be':1,'ie':1,'us':1,'ca':1},
      'fr': {'fr':20,'be':8,'ch':7,'lu':5,'ca':5,'de':3,'it':3,'es':3,'pt':3,'uk':2,'nl':1,'pl':1,'cz':1,'ie':1,'dk':1,'se':1,'no':1,'fi':1,'at':1,'us':1}}

def pick_country(r, lang):
    w = CW[lang]; ks = list(w); return r.choices(ks, [w[k] for k in ks])[0]

def build(r, cc, lang, unit_p=0.25):
    """return (lines, forms) ; lines is a list of address lines (street line(s) then city line)."""
    streets, cities = C[cc]
    st = r.choice(streets); name, kind = st.rsplit(' ',1)
    forms = set()
    if kind == 'n': forms.add('no_suffix')
    if kind == 'p': forms.add('person_street')
    num = str(r.randint(1, 180))
    x = r.random()
    if x < 0.12: num += r.choice('abcAB'); forms.add('letter')
    elif x < 0.18: num = f"{num}-{int(num)+r.choice([2,4,6])}"; forms.add('range')
    unit = None
    ci = r.choice(cities)
    lines = []
    if cc in ('de','at','ch','nl','dk','it','es','pt','pl','se','no','cz','fi','be'):
        forms.add('num_after')
        if cc == 'it' and name.startswith('Piazza') is False and r.random()<0.2: num = num + '/' + r.choice('ABC')
        street = f"{name} {num}"
        if r.random() < unit_p:
            forms.add('unit')
            street += {'de': r.choice([f", {r.randint(1,4)}. OG", f" / Whg. {r.randint(1,30)}", f", Hinterhaus"]), 'at': f"/{r.randint(1,9)}/{r.randint(1,20)}",
                       'ch': f", {r.randint(1,5)}. Stock", 'nl': f"-{r.choice(['I','II','hs','1','2'])}" if True else '', 'dk': f", {r.randint(1,5)}. {r.choice(['th','tv','mf'])}.",
                       'it': f", scala {r.choice('ABC')}, int. {r.randint(1,20)}", 'es': f", {r.randint(1,8)}º {r.choice('ABCD')}", 'pt': f", {r.randint(1,6)}º {r.choice(['Esq.','Dto.'])}",
                       'pl': f" m. {r.randint(1,90)}", 'se': f", lgh {r.randint(11,16)}{r.randint(1,9):02d}", 'no': f", H0{r.randint(1,4)}0{r.randint(1,4)}",
                       'cz': f"/{r.randint(1,80)}", 'fi': f" {r.choice('ABC')} {r.randint(1,60)}", 'be': f" bus {r.randint(1,12)}"}[cc]
        if cc == 'be' and 'Rue' in name or cc == 'be' and 'Chaussée' in name or cc=='be' and 'Avenue' in name:
            pass
        lines.append(street)
    elif cc in ('fr','lu'):
        forms.add('num_before')
        sep = ', ' if cc == 'lu' else ' '
        b = r.choice(['',' bis',' ter','','','']) if cc=='fr' else ''
        if b: forms.add('letter')
        if cc=='fr' and r.random() < unit_p:
            forms.add('unit'); lines.append(r.choice([f"Bât. {r.choice('ABC')}, {r.randint(1,7)}e étage", f"Appt {r.randint(1,60)}", f"Résidence Les Pins, esc. {r.randint(1,4)}"]))
        lines.append(f"{num}{b}{sep}{name}")
    elif cc in ('uk','ie','us','ca'):
        forms.add('num_before')
        if cc in ('uk','ie') and r.random() < unit_p:
            forms.add('unit'); lines.append(r.choice([f"Flat {r.randint(1,20)}", f"Apartment {r.randint(1,90)}", f"Unit {r.randint(1,12)}", f"Flat {r.randint(1,9)}{r.choice('ABC')}"]))
        s = f"{num} {name}"
        if cc in ('us','ca') and r.random() < unit_p:
            forms.add('unit'); s += r.choice([f" Apt {r.randint(1,20)}{r.choice('ABCD')}", f", Suite {r.randint(100,900)}", f" #{r.randint(2,40)}"])
        lines.append(s)
    # city line
    city = ci[0]
    if cc == 'de': cl = f"{ci[1]}{D(r,ci[2])} {city}"
    elif cc in ('at','ch','lu'): cl = f"{ci[1]}{D(r,ci[2])} {city}"
    elif cc == 'fr': cl = f"{ci[1]}{D(r,ci[2])} {city}" + (' CEDEX' if r.random()<0.04 else '')
    elif cc == 'be': cl = f"{ci[1]}{D(r,ci[2])} {city}"
    elif cc == 'nl': cl = f"{ci[1]}{D(r,2)} {r.choice(L)}{r.choice(L)} {city}"
    elif cc == 'dk': cl = f"{ci[1]}{D(r,2)} {city}"
    elif cc == 'uk':
        out = f"{ci[1]}{r.randint(1,20)}"; cl = f"{city} {out} {r.randint(1,9)}{r.choice(L)}{r.choice(L)}" if r.random()<0.6 else None
        if cl is None: lines.append(city); cl = f"{out} {r.randint(1,9)}{r.choice(L)}{r.choice(L)}"
    elif cc == 'us': cl = f"{city}, {ci[1]} {ci[2]}{D(r,2)}"
    elif cc == 'ca': cl = f"{city} {ci[1]} {ci[2]} {r.randint(1,9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(1,9)}"
    elif cc == 'it': cl = f"{ci[1]}{D(r,2)} {city} ({ci[2]})" if r.random()<0.5 else f"{ci[1]}{D(r,2)} {city} {ci[2]}"
    elif cc == 'es': cl = f"{ci[1]}{D(r,2)} {city}"
    elif cc == 'pt': cl = f"{ci[1]}{D(r,2)}-{D(r,3)} {city}"
    elif cc == 'pl': cl = f"{ci[1]}{D(r,1)}-{D(r,3)} {city}"
    elif cc == 'se': cl = f"{ci[1]}{D(r,1)} {D(r,2)} {city}"
    elif cc == 'no': cl = f"{ci[1]}{D(r,4-len(ci[1]))} {city}"
    elif cc == 'cz': cl = f"{ci[1][:3]} {D(r,2)} {city}"
    elif cc == 'ie': cl = f"{city}, {ci[1]} {r.choice(L)}{D(r,1)}{r.choice(L)}{D(r,1)}"
    elif cc == 'fi': cl = f"{ci[1]}{D(r,3)} {city}"
    if cc in PREFIX and r.random() < 0.15:
        cl = PREFIX[cc] + cl; forms.add('prefix')
    lines.append(cl)
    if r.random() < 0.25 and not (lang == 'de' and cc == 'de') and not (lang=='fr' and cc=='fr') and not (lang=='en' and cc=='uk') or r.random()<0.05:
        lines.append(CNAME[cc][lang] if r.random()<0.8 else CNAME[cc][lang].upper()); forms.add('country_name')
    return lines, forms

# Special delivery points
def packstation(r):
    c = r.choice(C['de'][1])
    return [f"Packstation {r.randint(101,399)}", f"{c[1]}{D(r,c[2])} {c[0]}"], {'packstation'}
def postfiliale(r):
    c = r.choice(C['de'][1])
    return [f"Postfiliale {r.randint(401,699)}", f"{c[1]}{D(r,c[2])} {c[0]}"], {'postfiliale'}
def point_relais(r):
    lines, f = build(r, 'fr', 'fr', unit_p=0)
    return lines, f | {'point_relais'}
def locker(r):
    if r.random()<0.5:
        c = r.choice(C['pl'][1])
        return [f"Paczkomat {c[0][:3].upper().replace('Ł','L').replace('Ó','O')}{r.randint(10,99)}{r.choice('ABMN')}", f"{c[1]}{D(r,1)}-{D(r,3)} {c[0]}"], {'locker'}
    c = r.choice(C['uk'][1])
    return [f"InPost Locker {c[1]}{r.randint(100,999)}", f"{c[0]} {c[1]}{r.randint(1,20)} {r.randint(1,9)}{r.choice(L)}{r.choice(L)}"], {'locker'}
