#!/usr/bin/env python3
"""Generator for a blind campaign-detection evaluation set (writer "campaigns4").

Deterministic for a seed; standard library only.
  python gen.py --seed 71 --size 3000 --out dev4.jsonl --truth dev4.truth.jsonl
  python gen.py --seed 73 --size 3000 --out test4.jsonl --truth test4.truth.jsonl --held-out
"""
import argparse, hashlib, json, random, unicodedata, datetime as dt

HELD = False          # set from --held-out
R = None              # random.Random

# --------------------------------------------------------------------------- helpers
def split(lst):
    """every third item is held back for the held-out set"""
    return [x for i, x in enumerate(lst) if i % 3 != 2], [x for i, x in enumerate(lst) if i % 3 == 2]

def pool(lst, p_held=0.6):
    d, h = split(lst)
    if HELD and h and R.random() < p_held:
        return R.choice(h)
    return R.choice(d)

def bank(b, p_held=0.65):
    """b = {'d': [...], 'h': [...]}; returns (tag, index, text)"""
    if HELD and b.get('h') and R.random() < p_held:
        i = R.randrange(len(b['h'])); return ('h', i, b['h'][i])
    i = R.randrange(len(b['d'])); return ('d', i, b['d'][i])

class SafeDict(dict):
    def __missing__(self, k):
        return '{' + k + '}'

def fill(t, ctx):
    return t.format_map(SafeDict(ctx))

def hexh(n=64):
    return '%0*x' % (n, R.getrandbits(4 * n))

def ascii_slug(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return ''.join(c for c in s.lower() if c.isalnum())

def iso(d):
    return d.strftime('%Y-%m-%dT%H:%M:%SZ')

def rdate(a, b):
    return a + dt.timedelta(seconds=R.randrange(int((b - a).total_seconds()) + 1))

T0 = dt.datetime(2025, 1, 6, 8, 0, 0)
T1 = dt.datetime(2026, 9, 15, 18, 0, 0)

# --------------------------------------------------------------------------- name pools
NAMES = {
 'en': (['James','Oliver','Daniel','Michael','Thomas','Matthew','Andrew','David','Jack','Robert','William','Benjamin','Samuel','George','Christopher','Alexander','Joseph','Ryan','Nathan','Luke','Edward','Henry','Peter','Mark','Simon','Adam','Richard','Patrick','Owen','Callum'],
        ['Emily','Sophie','Katie','Hannah','Sarah','Charlotte','Laura','Rachel','Emma','Lucy','Grace','Olivia','Chloe','Rebecca','Amelia','Jessica','Natalie','Megan','Abigail','Victoria','Helen','Claire','Fiona','Alice','Harriet','Joanna','Kate','Naomi','Zoe','Eleanor'],
        ['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright','Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke','Harris','Lewis','Turner','Morgan','Cooper','Hughes','Edwards','Hill','Moore','Clark','Baker','Carter','Mitchell','Bennett','Reed','Foster','Palmer','Hayes','Shaw','Ellis','Fletcher','Barnes','Holmes','Lawson','Sutton']),
 'de': (['Lukas','Felix','Jonas','Maximilian','Tobias','Florian','Niklas','Sebastian','Moritz','Philipp','Stefan','Matthias','Jan','Christian','Markus','Andreas','Tim','Jens'],
        ['Anna','Julia','Lena','Laura','Katharina','Sophie','Hannah','Marie','Johanna','Lea','Sabine','Claudia','Miriam','Franziska','Carolin','Jana','Nina','Svenja'],
        ['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Hoffmann','Koch','Richter','Klein','Wolf','Schröder','Neumann','Schwarz','Zimmermann','Braun','Krüger','Hofmann','Hartmann','Lange','Werner','Vogel','Brandt','Kühn']),
 'fr': (['Julien','Thomas','Nicolas','Antoine','Maxime','Hugo','Romain','Mathieu','Guillaume','Baptiste','Sébastien','Quentin','Olivier','Pierre','Arnaud'],
        ['Camille','Léa','Manon','Chloé','Sarah','Pauline','Claire','Élodie','Inès','Margaux','Aurélie','Céline','Juliette','Mathilde','Anaïs'],
        ['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau','Simon','Laurent','Lefebvre','Michel','Garnier','Bertrand','Roux','Vincent','Fournier','Morel','Girard','Mercier','Blanc','Chevalier']),
 'es': (['Alejandro','Javier','Carlos','Diego','Pablo','Sergio','Andrés','Miguel','Raúl','Fernando','Jorge','Álvaro','Iván','Rubén','Gonzalo'],
        ['Lucía','María','Paula','Carmen','Elena','Marta','Laura','Sofía','Isabel','Cristina','Ana','Beatriz','Nuria','Irene','Rocío'],
        ['García','Fernández','González','Rodríguez','López','Martínez','Sánchez','Pérez','Gómez','Martín','Jiménez','Ruiz','Hernández','Díaz','Moreno','Álvarez','Romero','Navarro','Torres','Domínguez','Vázquez','Ramos','Gil','Serrano']),
 'ru': (['Alexei','Dmitry','Sergei','Ivan','Nikolai','Pavel','Andrei','Mikhail','Vladimir','Artem','Kirill','Maxim','Roman','Denis','Yegor'],
        ['Anastasia','Ekaterina','Olga','Maria','Tatiana','Irina','Yulia','Natalia','Elena','Daria','Ksenia','Polina','Svetlana','Alina','Vera'],
        ['Ivanov','Smirnov','Kuznetsov','Popov','Vasiliev','Petrov','Sokolov','Mikhailov','Novikov','Fedorov','Morozov','Volkov','Alekseev','Lebedev','Semenov','Egorov','Pavlov','Kozlov','Stepanov','Nikolaev','Orlov']),
 'zh': (['Wei','Jun','Hao','Lei','Tao','Kevin','Jason','Bo','Yang','Ming','Peng','Qiang','Eric','Jian','Feng'],
        ['Na','Jing','Li','Yan','Fang','Grace','Vivian','Xiaoyu','Mei','Ying','Lin','Cindy','Hui','Ting','Shan'],
        ['Zhang','Wang','Li','Liu','Chen','Yang','Huang','Zhao','Wu','Zhou','Xu','Sun','Ma','Zhu','Hu','Guo','He','Lin','Gao','Luo','Zheng']),
 'ar': (['Ahmed','Omar','Youssef','Karim','Khaled','Tariq','Hassan','Ali','Samir','Faisal','Hamza','Nabil','Walid','Rami','Ziad'],
        ['Fatima','Layla','Nour','Rania','Mariam','Salma','Yasmin','Hana','Dina','Amira','Lina','Reem','Huda','Sara','Noor'],
        ['Hassan','Al-Sayed','Khalil','Haddad','Mansour','Abdallah','Nasser','Saleh','Ibrahim','Farouk','Aziz','Hamdan','Al-Amin','Rahman','Darwish','Habib','Khoury','Saad','Qasim','Yousef','Mahmoud']),
}
# Native-script renderings used on some profiles (realistic display names)
NATIVE = {
 'ru': (['Алексей','Дмитрий','Сергей','Иван','Николай','Павел','Андрей','Михаил'],
        ['Анастасия','Екатерина','Ольга','Мария','Татьяна','Ирина','Юлия','Наталья'],
        [('Иванов','Иванова'),('Смирнов','Смирнова'),('Кузнецов','Кузнецова'),('Попов','Попова'),('Соколов','Соколова'),('Новиков','Новикова'),('Волков','Волкова'),('Орлов','Орлова')]),
 'zh': (['伟','军','浩','磊','涛','明','鹏','强'], ['娜','静','丽','燕','芳','梅','颖','琳'], ['张','王','李','刘','陈','杨','黄','赵','吴','周','徐','孙']),
 'ar': (['أحمد','عمر','يوسف','كريم','خالد','طارق'], ['فاطمة','ليلى','نور','رانيا','مريم','سلمى'], ['حسن','السيد','خليل','حداد','منصور','ناصر','صالح','إبراهيم']),
}

def person(lang, native_p=0.0):
    m, f, last = NAMES[lang]
    g = R.random() < 0.5
    first = pool(m if g else f); ln = pool(last)
    if lang == 'ru' and not g and ln.endswith(('ov', 'ev', 'in')):
        ln = ln + 'a'
    if lang in NATIVE and R.random() < native_p:
        nm, nf, nl = NATIVE[lang]
        if lang == 'ru':
            fn = R.choice(nm if g else nf); l = R.choice(nl)[0 if g else 1]
            return {'first': fn, 'last': l, 'display': fn + ' ' + l, 'latin_first': first, 'latin_last': ln}
        if lang == 'zh':
            fn = R.choice(nm if g else nf); l = R.choice(nl)
            return {'first': fn, 'last': l, 'display': l + fn, 'latin_first': first, 'latin_last': ln}
        fn = R.choice(nm if g else nf); l = R.choice(nl)
        return {'first': fn, 'last': l, 'display': fn + ' ' + l, 'latin_first': first, 'latin_last': ln}
    disp = first + ' ' + ln
    if lang == 'zh' and R.random() < 0.3:
        disp = ln + ' ' + first
    if R.random() < 0.06:
        disp = first + ' ' + ln[0] + '.'
    if R.random() < 0.05:
        disp = disp + R.choice([', PhD', ', CISSP', ' MBA', ', CEng'])
    return {'first': first, 'last': ln, 'display': disp, 'latin_first': first, 'latin_last': ln}

# --------------------------------------------------------------------------- reference data
DEPTS = {  # department of the reporter -> (topic, sector)
 'Defence Equipment & Support': ('armoured vehicle procurement', 'defence'),
 'Cyber Security Operations': ('threat intelligence sharing', 'cyber security'),
 'Nuclear Policy Directorate': ('nuclear deterrent policy', 'defence policy'),
 'Trade Policy Group': ('the bilateral trade negotiations', 'trade'),
 'Space Directorate': ('secure satellite communications', 'space'),
 'Quantum Technologies Programme': ('quantum sensing', 'quantum technology'),
 'Semiconductor Strategy Unit': ('semiconductor supply chains', 'semiconductors'),
 'Energy Security Division': ('LNG supply resilience', 'energy'),
 'Asia-Pacific Desk': ('Indo-Pacific policy', 'foreign policy'),
 'Sanctions Unit': ('sanctions enforcement', 'finance and sanctions'),
 'Aerospace Engineering': ('hypersonic propulsion testing', 'aerospace'),
 'Telecoms Security': ('5G core network security', 'telecoms'),
 'AI Research Lab': ('machine-learning assurance', 'artificial intelligence'),
 'Biosecurity Team': ('pathogen surveillance', 'life sciences'),
 'Export Controls': ('dual-use export licensing', 'export control'),
 'Human Resources': ('workforce planning', 'HR'),
 'Communications': ('public communications', 'communications'),
 'Finance': ('budget planning', 'finance'),
 'Legal Services': ('contract law', 'legal'),
 'Estates & Facilities': ('estate modernisation', 'facilities'),
}
SENSITIVE = [d for d in DEPTS if d not in ('Human Resources', 'Communications', 'Finance', 'Legal Services', 'Estates & Facilities')]

CITIES = {'en': ['London', 'Washington, DC', 'Manchester', 'Singapore', 'New York', 'Dubai', 'Hong Kong', 'Bristol', 'Edinburgh', 'Toronto'],
          'de': ['Berlin', 'München', 'Hamburg', 'Frankfurt am Main', 'Wien', 'Zürich', 'Köln', 'Bonn'],
          'fr': ['Paris', 'Lyon', 'Bruxelles', 'Genève', 'Toulouse', 'Strasbourg', 'Bordeaux'],
          'es': ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao', 'Ciudad de México', 'Buenos Aires'],
          'ru': ['Moscow', 'Saint Petersburg', 'Minsk', 'Almaty', 'Istanbul', 'Dubai', 'Vienna'],
          'zh': ['Shanghai', 'Beijing', 'Shenzhen', 'Hong Kong', 'Singapore', 'Kuala Lumpur', 'Hangzhou'],
          'ar': ['Dubai', 'Doha', 'Abu Dhabi', 'Beirut', 'Amman', 'Cairo', 'Riyadh', 'Istanbul']}
COUNTRY = {'London': 'United Kingdom', 'Manchester': 'United Kingdom', 'Bristol': 'United Kingdom', 'Edinburgh': 'United Kingdom',
           'Washington, DC': 'United States', 'New York': 'United States', 'Toronto': 'Canada', 'Singapore': 'Singapore',
           'Dubai': 'United Arab Emirates', 'Abu Dhabi': 'United Arab Emirates', 'Hong Kong': 'Hong Kong SAR',
           'Berlin': 'Deutschland', 'München': 'Deutschland', 'Hamburg': 'Deutschland', 'Frankfurt am Main': 'Deutschland',
           'Köln': 'Deutschland', 'Bonn': 'Deutschland', 'Wien': 'Österreich', 'Vienna': 'Austria', 'Zürich': 'Schweiz',
           'Paris': 'France', 'Lyon': 'France', 'Toulouse': 'France', 'Strasbourg': 'France', 'Bordeaux': 'France',
           'Bruxelles': 'Belgique', 'Genève': 'Suisse', 'Madrid': 'España', 'Barcelona': 'España', 'Valencia': 'España',
           'Sevilla': 'España', 'Bilbao': 'España', 'Ciudad de México': 'México', 'Buenos Aires': 'Argentina',
           'Moscow': 'Russia', 'Saint Petersburg': 'Russia', 'Minsk': 'Belarus', 'Almaty': 'Kazakhstan', 'Istanbul': 'Türkiye',
           'Shanghai': 'China', 'Beijing': 'China', 'Shenzhen': 'China', 'Hangzhou': 'China', 'Kuala Lumpur': 'Malaysia',
           'Doha': 'Qatar', 'Beirut': 'Lebanon', 'Amman': 'Jordan', 'Cairo': 'Egypt', 'Riyadh': 'Saudi Arabia'}

def loc(city):
    c = COUNTRY.get(city, '')
    return R.choice([city + (', ' + c if c else ''), city, (city.split(',')[0] + ' Area' if c else city), c or city])

# invented fronts used by operations (held-out set reserves every third one)
EV_A = ['Global', 'International', 'World', 'Annual', 'Euro-Asian', 'Transatlantic', 'Gulf', 'Indo-Pacific', 'Nordic', 'Mediterranean', 'Silk Road', 'Eurasian']
EV_B = ['Cyber Resilience', 'Emerging Security Technologies', 'Defence Innovation', 'Energy Transition', 'Strategic Affairs', 'Quantum Futures', 'Space Security',
        'AI Governance', 'Sanctions Compliance', 'Arctic Security', 'Critical Minerals', 'Maritime Security', 'Nuclear Energy Policy', 'Biosecurity Preparedness', 'Digital Sovereignty']
EV_C = ['Summit', 'Forum', 'Congress', 'Conference', 'Dialogue', 'Roundtable', 'Leadership Symposium']
USED_EV = set()

def event_name():
    for _ in range(3000):
        c = R.choice(EV_C)
        c = c if not HELD or R.random() < 0.5 else R.choice(['Convention', 'Policy Week', 'Expert Meeting'])
        n = R.choice(EV_A) + ' ' + R.choice(EV_B) + ' ' + c
        if n not in USED_EV: break
    USED_EV.add(n); return n

FRONT_EVENTS = ['Global Cyber Resilience Summit', 'International Conference on Emerging Security Technologies',
                'Future of Defence Innovation Forum', 'World Energy Transition Dialogue', 'Asia-Europe Strategic Forum',
                'Quantum Futures Congress', 'Space Security Roundtable', 'Global Governance and AI Summit',
                'International Sanctions Compliance Forum', 'Arctic Security Dialogue', 'Mediterranean Security Conference',
                'Critical Minerals Leadership Summit']

# real employers / agencies / events / universities / coworking / vendors / outlets used by genuine groups
EMPLOYERS = [('BAE Systems', 'baesystems.com'), ('Rolls-Royce', 'rolls-royce.com'), ('Leidos', 'leidos.com'),
             ('Airbus', 'airbus.com'), ('Siemens', 'siemens.com'), ('MBDA', 'mbda-systems.com'), ('Thales', 'thalesgroup.com'),
             ('QinetiQ', 'qinetiq.com'), ('Saab', 'saab.com'), ('Leonardo', 'leonardo.com'), ('Babcock International', 'babcockinternational.com'),
             ('Rheinmetall', 'rheinmetall.com'), ('Ericsson', 'ericsson.com'), ('Capgemini', 'capgemini.com'), ('Nokia', 'nokia.com'),
             ('Indra', 'indracompany.com'), ('Safran', 'safran-group.com'), ('Raytheon UK', 'raytheon.co.uk')]
AGENCIES = [('Hays', 'hays.co.uk', '+44 20 7259 8700'), ('Morgan McKinley', 'morganmckinley.com', '+44 20 7092 0000'),
            ('Michael Page', 'michaelpage.co.uk', '+44 20 7831 2000'), ('Harvey Nash', 'harveynash.com', '+44 20 7333 0033'),
            ('Randstad Technologies', 'randstad.co.uk', '+44 1483 704 800'), ('Computer Futures', 'computerfutures.com', '+44 20 7092 4000'),
            ('Hudson Shribman', 'hudsonshribman.co.uk', '+44 1727 848 292'), ('Matchtech', 'matchtech.com', '+44 1489 898 989'),
            ('Gleeson Recruitment Group', 'grg.co.uk', '+44 20 7618 9000'), ('Adecco', 'adecco.de', '+49 211 30140 0'),
            ('Spencer Ogden', 'spencer-ogden.com', '+44 20 3327 0000'), ('Walters People', 'walterspeople.co.uk', '+44 20 7379 3333')]
EVENTS = [('CyberUK', 'https://www.ncsc.gov.uk/cyberuk', 'Manchester'), ('Black Hat Europe', 'https://www.blackhat.com/eu/', 'London'),
          ('RSA Conference', 'https://www.rsaconference.com/usa/call-for-submissions', 'San Francisco'),
          ('ACM CCS', 'https://www.sigsac.org/ccs/', 'Salt Lake City'), ('FIRST Annual Conference', 'https://www.first.org/conference/', 'Copenhagen'),
          ('USENIX Security Symposium', 'https://www.usenix.org/conference/usenixsecurity', 'Seattle'),
          ('DSEI', 'https://www.dsei.co.uk', 'London'), ('Farnborough International Airshow', 'https://www.farnboroughairshow.com', 'Farnborough'),
          ('Eurosatory', 'https://www.eurosatory.com', 'Paris'), ('IEEE Symposium on Security and Privacy', 'https://sp2026.ieee-security.org/cfpapers.html', 'San Francisco'),
          ('Munich Cyber Security Conference', 'https://mcsc.io', 'München'), ('SANS Cyber Threat Intelligence Summit', 'https://www.sans.org/cyber-security-training-events/', 'Washington, DC'),
          ('Space Symposium', 'https://www.spacesymposium.org', 'Colorado Springs'), ('NeurIPS', 'https://neurips.cc/Conferences/2026/CallForPapers', 'Vancouver'),
          ('Quantum.Tech Europe', 'https://www.quantumtech-europe.com', 'London')]
UNIS = [('University of Manchester', 'manchester.ac.uk'), ('Imperial College London', 'imperial.ac.uk'), ('University of Edinburgh', 'ed.ac.uk'),
        ('Technische Universität München', 'tum.de'), ('Sciences Po', 'sciencespo.fr'), ('KU Leuven', 'kuleuven.be'),
        ('Universidad Complutense de Madrid', 'ucm.es'), ('University of Bristol', 'bristol.ac.uk'), ('ETH Zürich', 'ethz.ch'),
        ('King\'s College London', 'kcl.ac.uk'), ('University of Warwick', 'warwick.ac.uk'), ('Université Paris-Saclay', 'universite-paris-saclay.fr'),
        ('Cranfield University', 'cranfield.ac.uk'), ('University of Glasgow', 'gla.ac.uk'), ('Lancaster University', 'lancaster.ac.uk')]
LABS = ['Systems Security Research Group', 'Quantum Photonics Lab', 'Centre for Doctoral Training in Cyber Security', 'Autonomous Systems Lab',
        'Computational Biology Group', 'Space Propulsion Laboratory', 'Energy Policy Research Group', 'Trustworthy AI Lab',
        'Centre for Science and Security Studies', 'Materials Modelling Group', 'Networked Systems Group', 'Strategic Studies Unit']
COWORK = ['WeWork Aldgate Tower, 2 Leman Street, London E1', 'Second Home Spitalfields, 68 Hanbury Street, London', 'betahaus, Rudi-Dutschke-Straße 23, Berlin',
          'Mindspace Hamburg, Hohe Bleichen 8', 'Station F, 5 Parvis Alan Turing, Paris', 'Impact Hub Madrid, Calle Alameda 22',
          'Runway East Bristol, 1 Victoria Street', 'The Melting Pot, 5 Rose Street, Edinburgh', 'Spaces Zuidas, Amsterdam',
          'TechSpace Shoreditch, 32-38 Scrutton Street, London', 'Factory Görlitzer Park, Lohmühlenstraße 65, Berlin', 'Cargo Works, 1-2 Hatfields, London SE1']
VENDORS = [('Darktrace', 'AI-driven network detection'), ('Splunk', 'SIEM and observability'), ('CrowdStrike', 'endpoint protection'),
           ('Palo Alto Networks', 'SASE and firewall consolidation'), ('Tenable', 'exposure management'), ('Rapid7', 'managed detection and response'),
           ('Snowflake', 'secure data sharing'), ('ServiceNow', 'IT service management'), ('Zscaler', 'zero trust access')]
OUTLETS = [('Financial Times', 'ft.com'), ('Reuters', 'thomsonreuters.com'), ('Politico Europe', 'politico.eu'), ('Der Spiegel', 'spiegel.de'),
           ('Le Monde', 'lemonde.fr'), ('The Economist', 'economist.com'), ('El País', 'elpais.es'), ('The Times', 'thetimes.co.uk'),
           ('Bloomberg', 'bloomberg.net'), ('Handelsblatt', 'handelsblatt.com'), ('Jane\'s Defence Weekly', 'janes.com'), ('The Record', 'therecord.media')]
BIGNAMES = ['Deloitte', 'McKinsey & Company', 'PwC', 'KPMG', 'Booz Allen Hamilton', 'Accenture', 'EY', 'Oliver Wyman', 'Control Risks',
            'Boston Consulting Group', 'Goldman Sachs', 'HSBC', 'Chatham House', 'RAND Corporation', 'World Bank', 'United Nations Development Programme']
SCHOOLS_ELITE = ['Harvard Kennedy School', 'London School of Economics', 'University of Michigan', 'Georgetown University', 'Johns Hopkins SAIS',
                 'University of Oxford', 'Columbia University', 'Sciences Po', 'National University of Singapore', 'Tsinghua University',
                 'Peking University', 'American University of Beirut', 'Moscow State Institute of International Relations (MGIMO)', 'Stanford University']

# --------------------------------------------------------------------------- multilingual script (parallel translations)
# ML[phase][lang] = {'d': [...], 'h': [...]}; index i of every language is the same sentence.
ML = {
 'opener': {
  'en': {'d': ["Hello {first}, I came across your profile and was impressed by your experience in {topic}. I work for {org} and we are looking for experts for a confidential advisory engagement. Would you be interested in a short exchange?"],
         'h': ["Hi {first}, {org} is building a small network of specialists who occasionally share their assessment of {topic} with us. May I tell you more?"]},
  'de': {'d': ["Guten Tag {first}, ich bin auf Ihr Profil gestoßen und bin beeindruckt von Ihrer Erfahrung im Bereich {topic}. Ich arbeite für {org} und wir suchen Experten für eine vertrauliche Beratungstätigkeit. Hätten Sie Interesse an einem kurzen Austausch?"],
         'h': ["Hallo {first}, {org} baut derzeit ein kleines Netzwerk von Fachleuten auf, die uns gelegentlich ihre Einschätzung zu {topic} geben. Darf ich Ihnen mehr dazu erzählen?"]},
  'fr': {'d': ["Bonjour {first}, j'ai découvert votre profil et votre expérience sur {topic} m'a beaucoup impressionné. Je travaille pour {org} et nous recherchons des experts pour une mission de conseil confidentielle. Seriez-vous disponible pour un échange ?"],
         'h': ["Bonjour {first}, {org} constitue un petit réseau de spécialistes qui nous éclairent ponctuellement sur {topic}. Puis-je vous en dire davantage ?"]},
  'es': {'d': ["Hola {first}, he visto tu perfil y me ha impresionado tu experiencia en {topic}. Trabajo para {org} y buscamos expertos para una consultoría confidencial. ¿Te interesaría hablar un momento?"],
         'h': ["Buenos días {first}, en {org} estamos formando una pequeña red de especialistas que nos asesoran de vez en cuando sobre {topic}. ¿Puedo contarte más?"]},
  'ru': {'d': ["Здравствуйте, {first}! Я увидел ваш профиль, и меня впечатлил ваш опыт в области «{topic}». Я представляю {org}, мы ищем экспертов для конфиденциального консультирования. Было бы вам интересно коротко пообщаться?"],
         'h': ["Добрый день, {first}. {org} формирует небольшую сеть специалистов, которые время от времени делятся с нами оценками по теме «{topic}». Могу рассказать подробнее?"]},
  'zh': {'d': ["{first}您好，我看到了您的资料，对您在“{topic}”方面的经验印象深刻。我代表{org}，我们正在寻找专家提供保密的咨询服务，不知您是否有兴趣简单聊一聊？"],
         'h': ["{first}您好！{org}正在组建一个小型专家网络，不定期就“{topic}”交流看法。方便的话我可以详细介绍一下。"]},
  'ar': {'d': ["مرحباً {first}، اطلعت على ملفك الشخصي وأعجبتني خبرتك في مجال {topic}. أعمل لدى {org} ونبحث عن خبراء لتقديم استشارات سرية. هل لديك اهتمام بحديث قصير؟"],
         'h': ["السلام عليكم {first}، تعمل {org} على تكوين شبكة صغيرة من المتخصصين الذين يشاركوننا تقديراتهم حول {topic} من حين لآخر. هل يمكنني أن أشرح لك أكثر؟"]},
 },
 'elicit': {
  'en': {'d': ["How big is your team at the moment, and who is responsible for {topic} on your side?", "How is the programme going? I hear the schedule has slipped."],
         'h': ["Which suppliers are currently being considered for the next phase?", "Is there already a leaning internally on how the decision will go?"]},
  'de': {'d': ["Wie groß ist Ihr Team aktuell, und wer ist bei Ihnen für {topic} verantwortlich?", "Wie ist der aktuelle Stand des Programms? Man hört, der Zeitplan habe sich verschoben."],
         'h': ["Welche Zulieferer sind für die nächste Phase im Gespräch?", "Gibt es intern schon eine Tendenz, wie die Entscheidung ausfallen wird?"]},
  'fr': {'d': ["Combien de personnes compte votre équipe aujourd'hui, et qui pilote le dossier {topic} chez vous ?", "Où en est le programme ? On entend dire que le calendrier a glissé."],
         'h': ["Quels industriels sont envisagés pour la prochaine phase ?", "Y a-t-il déjà une orientation en interne sur la décision à venir ?"]},
  'es': {'d': ["¿Cuántas personas hay ahora en tu equipo y quién lleva el tema de {topic}?", "¿Cómo va el programa? He oído que el calendario se ha retrasado."],
         'h': ["¿Qué proveedores se están considerando para la siguiente fase?", "¿Hay ya alguna tendencia interna sobre cómo irá la decisión?"]},
  'ru': {'d': ["Сколько человек сейчас в вашей команде и кто у вас отвечает за направление «{topic}»?", "Как продвигается программа? Говорят, сроки сдвинулись."],
         'h': ["Какие поставщики рассматриваются на следующий этап?", "Есть ли уже внутри понимание, каким будет решение?"]},
  'zh': {'d': ["您的团队现在大概有多少人？“{topic}”这块主要是谁负责？", "项目目前进展如何？听说时间表有所推迟。"],
         'h': ["下一阶段目前在考虑哪些供应商？", "内部对这个决定现在有倾向了吗？"]},
  'ar': {'d': ["كم عدد أعضاء فريقك حالياً، ومن المسؤول عن ملف {topic} لديكم؟", "كيف يسير البرنامج؟ سمعت أن الجدول الزمني تأخر."],
         'h': ["ما هم الموردون المطروحون للمرحلة القادمة؟", "هل هناك توجه داخلي بشأن القرار القادم؟"]},
 },
 'money': {
  'en': {'d': ["For a short report (2–3 pages) we pay {fee}."], 'h': ["We can offer you {fee} per conversation, paid within a week."]},
  'de': {'d': ["Für einen kurzen Bericht (2–3 Seiten) zahlen wir {fee}."], 'h': ["Pro Gespräch können wir Ihnen {fee} anbieten, zahlbar innerhalb einer Woche."]},
  'fr': {'d': ["Pour une note courte (2 à 3 pages), nous versons {fee}."], 'h': ["Chaque entretien est rémunéré {fee}, versés sous huit jours."]},
  'es': {'d': ["Por un informe breve (2–3 páginas) pagamos {fee}."], 'h': ["Por cada conversación podemos ofrecerte {fee}, pagados en una semana."]},
  'ru': {'d': ["За короткую записку (2–3 страницы) мы платим {fee}."], 'h': ["За каждую беседу можем предложить {fee}, оплата в течение недели."]},
  'zh': {'d': ["一篇简短报告（2–3页）我们支付{fee}。"], 'h': ["每次交流我们可以提供{fee}的咨询费，一周内支付。"]},
  'ar': {'d': ["ندفع {fee} مقابل تقرير قصير (2–3 صفحات)."], 'h': ["يمكننا أن نقدم لك {fee} عن كل محادثة، تُدفع خلال أسبوع."]},
 },
 'off_platform': {
  'en': {'d': ["Shall we continue on WhatsApp? My number: {phone}"], 'h': ["Message me on Telegram ({handle}), I'm rarely on here."]},
  'de': {'d': ["Können wir auf WhatsApp weiterschreiben? Meine Nummer: {phone}"], 'h': ["Schreiben Sie mir gern auf Telegram ({handle}), hier bin ich selten online."]},
  'fr': {'d': ["Pouvons-nous continuer sur WhatsApp ? Mon numéro : {phone}"], 'h': ["Écrivez-moi plutôt sur Telegram ({handle}), je passe rarement ici."]},
  'es': {'d': ["¿Seguimos por WhatsApp? Mi número es {phone}"], 'h': ["Escríbeme por Telegram ({handle}), aquí casi no entro."]},
  'ru': {'d': ["Давайте продолжим в WhatsApp? Мой номер: {phone}"], 'h': ["Напишите мне в Telegram ({handle}), здесь я бываю редко."]},
  'zh': {'d': ["方便加一下微信吗？我的微信号是 {handle}，或者WhatsApp：{phone}"], 'h': ["这里我不常上，我们可以在Telegram上聊：{handle}"]},
  'ar': {'d': ["هل يمكننا متابعة الحديث على واتساب؟ رقمي {phone}"], 'h': ["راسلني على تيليغرام ({handle})، نادراً ما أدخل هنا."]},
 },
 'secrecy': {
  'en': {'d': ["I'd be grateful if this stayed between us for now."], 'h': ["Please don't mention this to your employer yet."]},
  'de': {'d': ["Ich wäre Ihnen dankbar, wenn das vorerst unter uns bleibt."], 'h': ["Bitte erwähnen Sie das noch nicht gegenüber Ihrem Arbeitgeber."]},
  'fr': {'d': ["Je vous remercie de garder cela entre nous pour le moment."], 'h': ["Inutile d'en parler à votre hiérarchie à ce stade."]},
  'es': {'d': ["Te agradecería que esto quedara entre nosotros por ahora."], 'h': ["Mejor no comentarlo todavía en tu empresa."]},
  'ru': {'d': ["Буду признателен, если пока это останется между нами."], 'h': ["Работодателю пока лучше об этом не говорить."]},
  'zh': {'d': ["希望这件事暂时只在我们之间。"], 'h': ["暂时不必告诉您的单位。"]},
  'ar': {'d': ["أرجو أن يبقى هذا بيننا في الوقت الحالي."], 'h': ["لا داعي لإبلاغ جهة عملك في هذه المرحلة."]},
 },
 'documents': {
  'en': {'d': ["If you could share any documents or presentations, that would be very helpful."], 'h': ["Even an older version of the internal paper would be valuable to us."]},
  'de': {'d': ["Wenn Sie Unterlagen oder Präsentationen teilen könnten, wäre das sehr hilfreich."], 'h': ["Auch eine ältere Fassung des internen Papiers wäre für uns schon wertvoll."]},
  'fr': {'d': ["Si vous pouviez partager quelques documents ou présentations, cela nous aiderait énormément."], 'h': ["Même une ancienne version de la note interne nous serait précieuse."]},
  'es': {'d': ["Si pudieras compartir algún documento o presentación, nos ayudaría mucho."], 'h': ["Incluso una versión antigua del documento interno nos sería muy útil."]},
  'ru': {'d': ["Если сможете поделиться материалами или презентациями, это очень поможет."], 'h': ["Даже старая версия внутреннего документа будет для нас ценной."]},
  'zh': {'d': ["如果您能分享一些资料或者演示文稿，会对我们很有帮助。"], 'h': ["哪怕是内部文件的旧版本对我们也很有价值。"]},
  'ar': {'d': ["إذا كان بإمكانك مشاركة أي وثائق أو عروض تقديمية فسيكون ذلك مفيداً جداً."], 'h': ["حتى نسخة قديمة من الورقة الداخلية ستكون قيّمة بالنسبة لنا."]},
 },
 'travel': {
  'en': {'d': ["Will you be at any conferences in the coming months? We could meet in person."], 'h': ["When are you next in {city}? We'll gladly cover the travel costs."]},
  'de': {'d': ["Sind Sie in den nächsten Monaten auf Konferenzen? Wir könnten uns gern persönlich treffen."], 'h': ["Wann sind Sie das nächste Mal in {city}? Die Reisekosten übernehmen wir gern."]},
  'fr': {'d': ["Serez-vous à des conférences dans les prochains mois ? Ce serait l'occasion de nous rencontrer."], 'h': ["Quand serez-vous de passage à {city} ? Nous prenons volontiers vos frais en charge."]},
  'es': {'d': ["¿Vas a ir a algún congreso en los próximos meses? Podríamos vernos en persona."], 'h': ["¿Cuándo vas a estar en {city}? Nosotros cubrimos el viaje con gusto."]},
  'ru': {'d': ["Планируете ли вы конференции в ближайшие месяцы? Могли бы встретиться лично."], 'h': ["Когда вы будете в {city}? Расходы на поездку мы охотно возьмём на себя."]},
  'zh': {'d': ["您近期会参加什么会议吗？我们可以见面聊聊。"], 'h': ["您下次什么时候来{city}？差旅费用由我们承担。"]},
  'ar': {'d': ["هل ستحضر أي مؤتمرات في الأشهر القادمة؟ يمكننا أن نلتقي شخصياً."], 'h': ["متى ستكون في {city} المرة القادمة؟ يسعدنا أن نتكفل بتكاليف السفر."]},
 },
 'handoff': {
  'en': {'d': ["My colleague {colleague} handles this area and will contact you directly — please expect a message from them."], 'h': ["I'm passing you to {colleague}, who leads our work on this; they'll be in touch shortly."]},
  'de': {'d': ["Mein Kollege {colleague} betreut diesen Bereich und wird sich direkt bei Ihnen melden."], 'h': ["Ich gebe Sie an {colleague} weiter, der das bei uns verantwortet; Sie hören bald von ihm."]},
  'fr': {'d': ["Mon collègue {colleague} suit ce sujet et vous contactera directement."], 'h': ["Je vous mets en relation avec {colleague}, qui pilote ce dossier ; vous aurez bientôt de ses nouvelles."]},
  'es': {'d': ["Mi colega {colleague} lleva este tema y se pondrá en contacto contigo directamente."], 'h': ["Te paso con {colleague}, que coordina esto; te escribirá en breve."]},
  'ru': {'d': ["Этим направлением занимается мой коллега {colleague}, он свяжется с вами напрямую."], 'h': ["Передаю вас {colleague}, который курирует эту тему; он скоро напишет."]},
  'zh': {'d': ["这方面由我的同事{colleague}负责，他会直接联系您。"], 'h': ["我把您介绍给{colleague}，这个项目由他牵头，他很快会联系您。"]},
  'ar': {'d': ["زميلي {colleague} مسؤول عن هذا الملف وسيتواصل معك مباشرة."], 'h': ["سأحيلك إلى {colleague} الذي يقود هذا العمل، وسيتواصل معك قريباً."]},
 },
 'pickup': {
  'en': {'d': ["Hello {first}, {colleague} passed on your details and said you might be open to a conversation."], 'h': ["Hi {first}, following up from {colleague} — they mentioned you'd spoken briefly."]},
  'de': {'d': ["Guten Tag {first}, {colleague} hat mir Ihre Kontaktdaten gegeben und meinte, Sie wären offen für ein Gespräch."], 'h': ["Hallo {first}, ich melde mich im Anschluss an das Gespräch mit {colleague}."]},
  'fr': {'d': ["Bonjour {first}, {colleague} m'a transmis vos coordonnées et m'a dit que vous seriez ouvert à un échange."], 'h': ["Bonjour {first}, je fais suite à votre échange avec {colleague}."]},
  'es': {'d': ["Hola {first}, {colleague} me pasó tus datos y me dijo que estarías abierto a hablar."], 'h': ["Hola {first}, te escribo a raíz de tu conversación con {colleague}."]},
  'ru': {'d': ["Здравствуйте, {first}! {colleague} передал мне ваши контакты и сказал, что вы готовы пообщаться."], 'h': ["Добрый день, {first}, пишу по итогам вашего разговора с {colleague}."]},
  'zh': {'d': ["{first}您好，{colleague}把您的联系方式转给了我，说您愿意聊一聊。"], 'h': ["{first}您好，我是接着{colleague}和您的沟通来联系您的。"]},
  'ar': {'d': ["مرحباً {first}، أعطاني {colleague} بياناتك وقال إنك قد تكون منفتحاً على الحديث."], 'h': ["مرحباً {first}، أتواصل معك متابعةً لحديثك مع {colleague}."]},
 },
}
LANGS = ['en', 'de', 'fr', 'es', 'ru', 'zh', 'ar']

# --------------------------------------------------------------------------- English hostile wording
OPENERS = {
 'recruiter': {'d': ["Hi {first}, I came across your profile and was impressed by your background in {topic}. I'm working on a confidential senior role with a client in the {sector} sector — would you be open to a conversation?",
                     "Hello {first}, I'm {me}, a partner at {org}. We've been retained on an advisory opportunity that matches your experience very closely. Part-time, flexible and very well paid.",
                     "Dear {first}, your experience really stands out. One of our clients, a respected international consultancy, is looking for someone with your insight into {topic}. Could we have a quick chat?"],
               'h': ["Hi {first} — {me} from {org} here. Quick one: would you consider a part-time advisory role? Mostly remote, a few hours a month, and the compensation is generous.",
                     "Good afternoon {first}. I head the strategic practice at {org} and I'm quietly approaching a handful of senior people with your profile. Nothing public yet — may I share the outline?"]},
 'thinktank': {'d': ["Dear {first}, I'm a research fellow at {org}. We publish analysis on {topic} and are building a network of expert contributors. Your insights would be very valuable to us.",
                     "Hello {first}, I read your comments on {topic} and found them very insightful. Our institute, {org}, commissions short papers from practitioners like yourself.",
                     "Dear {first}, {org} is preparing a confidential briefing series for clients in Asia and the Gulf on {topic}. We'd love to include your perspective."],
               'h': ["Dear {first}, {org} convenes closed-door expert circles on {topic}. Members write occasional short notes and are compensated for their time.",
                     "Hi {first}, we're a young but well-funded research council ({org}) and we are looking for a few practitioners to join our advisory panel on {topic}."]},
 'conference': {'d': ["Dear {first}, on behalf of the organising committee of the {event}, it is our pleasure to invite you to speak in {city}. All expenses will be covered and an attractive honorarium is offered.",
                      "Dear {first}, Greetings from {org}! We are organising an international webinar series on {topic} and your name was recommended to us as a distinguished expert.",
                      "Dear {first}, we would be honoured to invite you as a keynote speaker at the {event} ({city}). Business-class flights, five-star accommodation and a speaker fee are included."],
                'h': ["Dear {first}, you have been shortlisted for the closing panel of the {event} in {city}. Our committee was impressed by your profile; travel, hotel and a generous fee are on us.",
                      "Hello {first}, I coordinate the invited-speaker track of the {event}. Would you give a 20-minute talk on {topic}? We take care of all logistics and expenses."]},
 'journalist': {'d': ["Hi {first}, I'm a reporter with {org}, working on a long read about {topic}. Would you be willing to share a few background thoughts? Happy to keep you anonymous.",
                      "Hello {first}, I'm a freelance correspondent writing for {org}. I'm trying to understand how decisions on {topic} are actually made — could I ask you a few questions?"],
                'h': ["Hi {first}, I produce an investigative newsletter for {org}. I'm not after quotes, just trying to get the story right on {topic}."]},
 'scholar': {'d': ["Dear {first}, I'm a PhD researcher at {org} writing my thesis on {topic}. I'd be very grateful for your perspective as a practitioner.",
                   "Hello {first}, I'm a visiting scholar at {org}. My project looks at {topic} and your experience would help me a lot. Could I send you a few questions?"],
             'h': ["Dear {first}, I'm preparing a comparative study on {topic} for {org} and I'm hoping to interview a few practitioners informally."]},
 'devrecruiter': {'d': ["Hi {first}, I'm a technical recruiter at {org}, a fast-growing Web3 / fintech company. We have a senior engineering role, fully remote, paying {fee}. Interested?",
                        "Hello {first}! {org} is hiring a Lead Engineer for our trading infrastructure. Your GitHub and background look like a great fit. Compensation is {fee}, plus tokens."],
                  'h': ["Hey {first}, {me} here from the talent team at {org}. We're a stealth-mode DeFi startup backed by top funds, looking for a principal engineer. Package is {fee}."]},
 'consultancy': {'d': ["Hi {first}, I work with {org}, a boutique consultancy advising investment clients on {topic}. We're looking for experienced professionals for short, paid consultations.",
                       "Hello {first}, our firm ({org}) supports institutional investors who need a better understanding of {topic}. Would you be open to sharing your view for a fee?"],
                 'h': ["Hi {first}, {org} runs a small market-insight desk for family offices. Our clients value practitioner opinions on {topic} and pay well for them."]},
 # held-out covers ------------------------------------------------------------
 'expertnet': {'d': ["Hi {first}, I'm a research associate at {org}. A client is seeking a 60-minute phone consultation with someone who understands {topic}. The rate is {fee} per hour.",
                     "Hello {first}, we're an expert network ({org}). One of our clients has a short project on {topic} and your background is a strong match. Calls are paid at {fee}/hour."],
               'h': ["Dear {first}, {org} connects investors with practitioners. Would you be available for a paid 45-minute call on {topic} next week? We compensate at {fee} per hour."]},
 'fellowship': {'d': ["Dear {first}, congratulations — you have been nominated for the {org} Visiting Leaders Fellowship 2026, a fully funded two-week programme in {city}.",
                      "Dear {first}, the {org} invites a small group of rising leaders in {topic} to a fully funded study tour in {city}. Your nomination came from a former fellow."],
                'h': ["Dear {first}, I'm pleased to inform you that the selection panel of {org} has chosen you for its international fellowship cohort. All travel and accommodation are covered."]},
 'podcast': {'d': ["Hi {first}! I host a podcast on {topic} ({org}) with a growing audience among policy people. Would you come on as a guest? Totally informal, 30–40 minutes.",
                   "Hello {first}, I'm producing a documentary-style podcast series on {topic} for {org}. We'd love to feature your insights — no prep needed."],
             'h': ["Hey {first}, big fan of your posts. Our show ({org}) interviews practitioners about {topic}. Would you be up for a relaxed recorded conversation?"]},
 'venturescout': {'d': ["Hi {first}, I'm a scout at {org}. We invest in deep-tech spin-outs related to {topic} and would value your view on where the field is going. We pay advisers {fee}.",
                        "Hello {first}, {org} is evaluating a Series A in the {sector} space. We'd like a practitioner to help with technical due diligence — paid, of course ({fee})."],
                  'h': ["Hi {first}, I run technical diligence for {org}. Our partners would love to hear how your team benchmarks {topic}; we compensate experts at {fee}."]},
 'social': {'d': ["Hi {first}! I noticed we have a few connections in common. I'm new to {city} and trying to build my network in {sector}. Would love to connect 😊",
                  "Hey {first}, loved your post last week. I'm working on a career move into {sector} — any advice for someone starting out?"],
            'h': ["Hi {first}, hope you don't mind me reaching out! I'm just getting into {sector} and your profile really inspired me."]},
}

INTENT_EN = {
 'team': {'d': ["Out of interest, how big is your team these days, and who leads on the {topic} side?",
                "Who else in your department would be good to speak to about this? I'm happy to reach out to them directly.",
                "Is it mainly you handling {topic}, or do you have colleagues who see the wider picture?"],
          'h': ["Could you point me to whoever signs off the {topic} work? A name would save me a lot of time.",
                "I'm trying to map who's who in this area — roughly how many people sit in your unit, and who reports to whom?"]},
 'programme': {'d': ["What's the current timeline for the {topic} programme? I heard it slipped to next year.",
                     "Which suppliers are you working with on {topic} at the moment?",
                     "How is the {topic} project going — is it on budget?"],
               'h': ["Are the milestones for {topic} still on track for the spring review?",
                     "Which partners were shortlisted for the next phase of {topic}, if you don't mind me asking?"]},
 'internal': {'d': ["What's the mood internally about the reorganisation? Who is likely to come out on top?",
                    "Between us, what position will your side take in the next round of talks?",
                    "Any sense of what will be announced before the summer?"],
              'h': ["Who really makes the call on {topic} — the minister's office or your directorate?",
                    "Is there a draft of the new policy circulating yet? Just curious which direction it is taking."]},
 'travel': {'d': ["Will you be at any conferences in the coming months? It would be great to meet in person.",
                  "Where are you travelling next? We could arrange a meeting around your schedule."],
            'h': ["Let me know your dates for the next trip abroad and I'll see if our partners can host you.",
                  "Are you going to any of the big trade shows this year? Which days will you be there?"]},
 'technical': {'d': ["What sort of performance figures are you seeing in testing? Even rough numbers would help.",
                     "What are the key specifications your team is working to for {topic}?"],
               'h': ["Did the latest trials meet the range requirement? I won't quote you.",
                     "Roughly what tolerances and frequency bands are you working with? Just a ballpark."]},
 'documents': {'d': ["If you have any slides or internal notes you could share, that would be extremely helpful.",
                     "Anything you can share — briefings, presentations, drafts — would be very valuable for our clients."],
               'h': ["Could you send over the deck from your last internal review? I'll treat it carefully.",
                     "Even an older version of the strategy paper would be great, whatever you have to hand."]},
 'cv_clearance': {'d': ["Please send me your updated CV, including your current security clearance level and when it was last renewed.",
                        "For the client's records, could you list your vetting level (SC/DV) and the programmes you have worked on?"],
                  'h': ["We need your clearance details up front — please add your vetting status, expiry date and sponsoring department to your CV."]},
 'off_record': {'d': ["This would be a completely informal chat, nothing official, just between us.",
                      "Off the record of course — I'm just trying to understand the landscape."],
                'h': ["No minutes, no names — it's purely a background conversation."]},
 'money': {'d': ["We pay {fee} per short report, and more for longer pieces.",
                 "Our client offers an honorarium of {fee} for a 2–3 page paper on {topic}.",
                 "Consultancy rates are {fee} per hour, paid promptly by bank transfer or PayPal."],
           'h': ["For your time we can offer {fee} per call, paid within a week.",
                 "There is a stipend of {fee} for each brief you contribute."]},
 'off_platform': {'d': ["LinkedIn messaging is a bit clunky — could we continue on WhatsApp? My number is {phone}.",
                        "Do you use Telegram? It's easier for me: {handle}",
                        "Could you share your personal email? Our messages sometimes get caught by corporate filters."],
                  'h': ["I'm on Signal if that's easier — {handle}.",
                        "Add me on WeChat ({handle}), I'm rarely on this site."]},
 'secrecy': {'d': ["I'd appreciate it if you kept this between us for now — our client is very discreet.",
                   "There's no need to mention this to your employer at this stage."],
             'h': ["Please don't forward this — the project isn't public yet.",
                   "Best not to loop in your line manager until things are more concrete."]},
 'speaking': {'d': ["We would be honoured to have you as a speaker at our event in {city}. All expenses are covered, plus an attractive fee of {fee}."],
              'h': ["We'd like you on the closing panel in {city}; flights, hotel and a speaker fee of {fee} are on us."]},
 'credentials': {'d': ["To access the speaker portal please log in with your work account here: {link}",
                       "You'll receive a one-time code by SMS — please forward it to me so I can complete your registration.",
                       "Please join the remote session at {link} so our technician can set up your presentation."],
                 'h': ["Your invitation is in the shared folder — sign in with your Microsoft 365 credentials to view it: {link}",
                       "Just reply with the 6-digit code you receive, that confirms your slot."]},
 'malware_lure': {'d': ["The next step is a short take-home test. Please clone {repo} and run `npm install && npm start` on your work laptop — it needs your usual environment.",
                        "I've attached the job description as a password-protected archive (password: {pw}); please open it on your work machine."],
                  'h': ["Our tech lead asks that you run the assessment script before the interview: {repo}. It only takes ten minutes.",
                        "Please install our interview tool from {link} so we can do the coding exercise together."]},
 'passport': {'d': ["To book your flights and hotel, please send a scan of your passport (photo page) and your date of birth."],
              'h': ["The visa letter needs your passport number, expiry date and a copy of your ID — could you send those today?"]},
}
RAPPORT = {'d': ["Thanks so much for getting back to me — I really admire the work your team does.", "Great to hear from you! How has your week been?",
                 "Your recent post on {topic} was spot on, by the way.", "Really appreciate your reply. It's rare to find someone so knowledgeable and approachable.",
                 "Wonderful, thank you. I think there is a lot we could do together."],
           'h': ["That's very kind of you to reply so quickly. I hope the weather in your part of the world is better than here!",
                 "Brilliant — I had a feeling we'd get on. You clearly know this field inside out.", "Thank you! I'll keep it short, I know how busy you must be."]}
QUIRKS = ["Kindly revert at the earliest.", "Greetings of the day!", "Looking forward for your kind reply.", "Best Regard,", "Hope you are doing great and safe.",
          "Please do the needful.", "Waiting your answer.", "Thanks and Regrads,", "Have a blessed day.", "I remain at your disposal for any query's.",
          "Kind regards & best wishes,", "P.S. Sorry for my English 🙏"]
USER_REPLIES = {'d': ["Thanks for reaching out. What is this regarding?", "Happy to chat in general terms, but I can't discuss anything work related.",
                      "Sounds interesting — can you tell me more about your client?", "Thanks, I'm not looking for anything at the moment.",
                      "Sure, what did you have in mind?", "I'd need to check with my line manager first.", "Sorry, that's not something I can share.",
                      "Thanks, I'll have a look.", "Hi, thanks for the message. Who is the client?", "Can you send me something in writing first?"],
                'h': ["Appreciate it, but I'd rather keep things on here.", "What sort of time commitment are we talking about?",
                      "I'm afraid I'm quite limited in what I can say publicly.", "Interesting — how did you find me?"]}

# --------------------------------------------------------------------------- genuine wording
GEN = {
 'agency_recruiters': {  # shared agency template: first message fixed per agency, follow-ups free
   'd': ["Hi {first}, I'm {me}, a consultant at {org} specialising in cleared engineering roles. I'm recruiting for a {role} at {employer} in {city} (hybrid, SC required). Would you be open to a chat? You can reach me on {phone} or reply here.",
         "Hi {first}, hope you're well. {org} is partnering with {employer} on a number of {role} vacancies in {city}. Permanent, hybrid, salary up to £{salary}k + benefits. Active SC is essential. Drop me a line on {phone} if you'd like the full spec."],
   'h': ["Hello {first}, {me} here from {org}'s Defence & Security desk. {employer} has asked us to help with a {role} hire in {city} — circa £{salary}k, hybrid. Worth a conversation? Office line {phone}."]},
 'agency_followup': {'d': ["What's your current notice period, and what salary would you be looking for?", "Do you currently hold active SC or DV? The role needs it from day one — I only need the level, nothing else.",
                           "I'll send the full job description to your email. The hiring manager is hoping to interview within two weeks.", "Are you open to hybrid working, three days on site?"],
                     'h': ["Would you be able to do a first-stage Teams interview next Thursday?", "Just so I can brief the client: is your clearance current, and are you sole UK national?"]},
 'employer_staff': {'d': ["Hi {first}, good to connect — we met at the {employer} supplier day in {city}. Let me know if you ever need a contact in our systems team.",
                          "Hi {first}, I'm joining the {employer} programme office next month and I think we'll be working together on the interface side. Looking forward to it!",
                          "Hi {first}, I'm in early-careers recruitment at {employer}; we're running an open evening for engineers on {date}. Public registration: {link}",
                          "Hello {first}, thanks for the useful session at the joint review. I've sent the actions through the usual channel; shout if anything is missing."],
                    'h': ["Hi {first}, following up on the working group — I'll circulate the agreed minutes through official email rather than here.",
                          "Hey {first}, saw you're also on the {employer} graduate alumni group. Small world! Hope all is well."]},
 'conference_organisers': {'d': ["Dear {first}, I'm on the programme committee for {event} {year}. The call for papers is open until {date} — details at {link}. Given your work on {topic}, we'd love to see a submission.",
                                 "Hi {first}, a reminder that the {event} CFP closes on {date}. Submissions go through the public portal ({link}); reviews are double-blind.",
                                 "Hello {first}, I help organise {event}. We don't pay speaker fees, but accepted speakers get a free pass and travel can be reimbursed under our standard policy. Full CFP: {link}"],
                           'h': ["Dear {first}, {event} {year} registration is now open at {link}. Early-bird rates end on {date}. Hope to see you there!",
                                 "Hi {first}, we're putting together a panel on {topic} for {event}. If you're interested, could you submit an abstract via the public CFP ({link})? Happy to answer questions."]},
 'alumni_network': {'d': ["Hi {first}, I'm from the {school} alumni relations team. We're updating our records and putting together a careers panel — would you be willing to share an update or join as a mentor?",
                          "Fellow {school} alum here — saw you work in {dept}. Would love to connect!",
                          "Hi {first}, the {school} alumni association is holding a reunion drinks in {city} on {date}. Tickets via {link}."],
                    'h': ["Hello {first}, we're featuring alumni working in public service in the next {school} magazine. Would you be happy to answer three short questions about your career path?"]},
 'research_group': {'d': ["Hi {first}, I'm a postdoc in the {lab} at {school}. We're running an anonymous, ethics-approved survey of practitioners on {topic} — link: {link}",
                          "Hello {first}, our group at {school} is hosting a public seminar on {topic} on {date}; slides will be posted on the lab website afterwards.",
                          "Dear {first}, I'm a PhD student in the {lab}. Would your organisation's press or engagement team be the right contact for a public-facing interview request?"],
                    'h': ["Hi {first}, the {lab} has just published an open-access paper on {topic} ({link}). Thought it might interest you — feedback welcome!"]},
 'stock_phrases': {'d': ["I'd like to add you to my professional network on LinkedIn.", "Hope this message finds you well! I'm always keen to connect with like-minded professionals in {sector}.",
                         "Let's connect and grow together!", "Came across your profile and would love to connect.", "Hi {first}, it would be great to have you in my network. Let's stay in touch!"],
                   'h': ["Expanding my network with inspiring people in {sector}. Would be glad to connect!", "Always happy to connect with fellow professionals. Have a great day!"]},
 'coworking_freelancers': {'d': ["Hi {first}, I'm a freelance {skill} based at {cowork}. I work with public-sector teams on short projects — happy to share my portfolio if useful.",
                                 "Hello {first}, independent {skill} here (I work out of {cowork}). If your team ever needs short-term support, my rates and references are on my website."],
                           'h': ["Hi {first}, we met briefly at a meetup at {cowork}. I'm freelancing as a {skill} now — would be great to stay in touch."]},
 'vendor_sales_team': {'d': ["Hi {first}, I'm an account executive at {vendor}. We help organisations like yours with {product}. Would a 20-minute demo next week be useful? Here's my calendar: {link}",
                             "Hi {first}, following up on my last note — we've just published a free guide on {product} for the public sector. Happy to send it over."],
                       'h': ["Hello {first}, {vendor} is hosting a customer roundtable on {product} in {city} on {date}. Registration is on our events page: {link}"]},
 'newsroom_journalists': {'d': ["Hi {first}, I'm a reporter at {outlet} working on a story about {topic}. Could you point me to your press office, or let me know who handles media enquiries?",
                                "Hello {first}, I cover {sector} for {outlet}. I understand you may not be able to comment — if so, could you share the right press contact?"],
                          'h': ["Hi {first}, {outlet} here. We're publishing on {topic} this week and would like to offer your organisation the right of reply via its press office."]},
 'student_cohort': {'d': ["Hi {first}, I'm a final-year {field} student at {school} and I'm really interested in careers in {dept}. Would you have 15 minutes for a quick call about how you got into the field? No worries if not!",
                          "Hello {first}, I'm studying {field} at {school} and exploring graduate schemes. Any advice on applying to organisations like yours would be hugely appreciated."],
                    'h': ["Hi {first}, our {school} careers society is organising a virtual panel on careers in public service. Would you consider joining as a speaker for 45 minutes?"]},
 'ex_colleagues': {'d': ["Long time no speak! Hope things are good. Are you still in {city}? Would be great to grab a coffee.",
                         "Hi {first}, just saw your new role — congratulations! We all miss you at {employer}.",
                         "Hey {first}! A few of us from the old {employer} team are meeting up on {date}. You in?"],
                   'h': ["Hi {first}, I'm finally leaving {employer} after nine years. Would love to hear how you found the move."]},
 'photo_victim': {'d': ["Hi {first}, nice to connect — we met at the {event} last year.", "Hi {first}, thanks for accepting. Let me know if you ever need anything from our side."],
                  'h': ["Hello {first}, I think we were on the same training course in {city}. Good to be connected!"]},
}
GEN_NL = {
 'de': {
  'agency_recruiters': ["Guten Tag {first}, ich bin Personalberater bei {org} und suche für {employer} eine/n {role} in {city}. Eine Sicherheitsüberprüfung (Ü2) ist Voraussetzung. Hätten Sie Interesse an einem Austausch? Sie erreichen mich unter {phone}."],
  'employer_staff': ["Hallo {first}, danke für die gute Abstimmung beim letzten Review. Die Protokolle schicke ich wie üblich per Dienstmail.", "Hallo {first}, wir haben uns beim {employer} Lieferantentag kurz unterhalten. Freue mich, in Kontakt zu bleiben!"],
  'conference_organisers': ["Hallo {first}, der Call for Papers für {event} {year} läuft noch bis {date}. Alle Infos unter {link} — wir würden uns über eine Einreichung freuen."],
  'alumni_network': ["Hallo {first}, ich bin auch Alumni der {school} und habe gesehen, dass du im Bereich {sector} arbeitest. Lass uns gern vernetzen!"],
  'research_group': ["Hallo {first}, wir führen am {lab} eine anonyme Umfrage unter Praktikern zu {topic} durch (ethisch begutachtet). Link: {link}"],
  'stock_phrases': ["Ich würde mich freuen, Sie in mein berufliches Netzwerk aufzunehmen.", "Hallo {first}, ich vernetze mich gern mit Fachleuten aus dem Bereich {sector}. Beste Grüße!"],
  'coworking_freelancers': ["Hallo {first}, ich arbeite freiberuflich als {skill} im {cowork}. Falls Ihr Team kurzfristig Unterstützung braucht, finden Sie Referenzen auf meiner Website."],
  'vendor_sales_team': ["Hallo {first}, ich bin Account Executive bei {vendor}. Hätten Sie nächste Woche 20 Minuten für eine kurze Demo zu {product}? Termin gern hier: {link}"],
  'newsroom_journalists': ["Guten Tag {first}, ich recherchiere für {outlet} zu {topic}. Könnten Sie mir sagen, wer bei Ihnen für Presseanfragen zuständig ist?"],
  'student_cohort': ["Hallo {first}, ich studiere {field} an der {school} und interessiere mich sehr für eine Laufbahn im Bereich {sector}. Hätten Sie 15 Minuten für ein kurzes Gespräch?"],
  'ex_colleagues': ["Hey {first}, lange nichts gehört! Bist du noch in {city}? Lass uns mal wieder auf einen Kaffee treffen.", "Hallo {first}, wir vermissen dich bei {employer}! Wie läuft es im neuen Job?"],
  'photo_victim': ["Hallo {first}, wir haben uns auf der {event} kurz unterhalten. Ich würde mich freuen, in Kontakt zu bleiben!"]},
 'fr': {
  'agency_recruiters': ["Bonjour {first}, je suis consultante chez {org} et je recrute pour {employer} un(e) {role} à {city}. Une habilitation est requise. Seriez-vous ouvert(e) à un échange ? Ma ligne : {phone}."],
  'employer_staff': ["Bonjour {first}, merci pour la réunion de lancement. Je vous transmets le compte rendu par la messagerie interne.", "Bonjour {first}, ravi d'avoir échangé lors de la journée fournisseurs {employer}. Au plaisir !"],
  'conference_organisers': ["Bonjour {first}, le comité de programme de {event} lance son appel à communications ({link}). N'hésitez pas à soumettre une proposition avant le {date} !"],
  'alumni_network': ["Bonjour {first}, je suis chargée des relations alumni de {school}. Accepteriez-vous de partager votre parcours avec nos étudiants ?"],
  'research_group': ["Bonjour {first}, notre équipe ({lab}, {school}) organise un séminaire public sur {topic} le {date}. Les supports seront en ligne ensuite."],
  'stock_phrases': ["Je souhaiterais vous ajouter à mon réseau professionnel.", "Bonjour {first}, toujours ravi d'échanger avec des professionnels du secteur {sector}. Au plaisir !"],
  'coworking_freelancers': ["Bonjour {first}, je suis {skill} indépendant, installé à {cowork}. Si votre équipe a besoin d'un renfort ponctuel, mon portfolio est en ligne."],
  'vendor_sales_team': ["Bonjour {first}, je travaille chez {vendor}. Auriez-vous 20 minutes la semaine prochaine pour une démonstration sur {product} ? Mon agenda : {link}"],
  'newsroom_journalists': ["Bonjour {first}, je suis journaliste à {outlet} et je travaille sur {topic}. Pourriez-vous m'indiquer le contact de votre service de presse ?"],
  'student_cohort': ["Bonjour {first}, je suis étudiant en {field} à {school} et je m'intéresse beaucoup aux métiers du secteur {sector}. Auriez-vous 15 minutes pour un échange ?"],
  'ex_colleagues': ["Salut {first} ! Ça fait longtemps. Tu es toujours à {city} ? On se prend un café un de ces jours ?"],
  'photo_victim': ["Bonjour {first}, nous nous sommes croisés à {event}. Ravie d'être connectée !"]},
 'es': {
  'agency_recruiters': ["Hola {first}, soy consultor en {org} y estoy buscando un/a {role} para {employer} en {city}. Se requiere habilitación de seguridad. ¿Te interesaría hablar? Mi teléfono: {phone}."],
  'employer_staff': ["Hola {first}, gracias por la reunión de seguimiento. Te envío el acta por el correo corporativo.", "Hola {first}, encantado de haber coincidido en la jornada de proveedores de {employer}."],
  'conference_organisers': ["Hola {first}, la convocatoria de ponencias de {event} {year} está abierta hasta el {date}. Toda la información en {link}."],
  'alumni_network': ["Hola {first}, desde la asociación de antiguos alumnos de {school} estamos preparando un encuentro en {city}. ¿Te apuntas? Inscripción: {link}"],
  'research_group': ["Hola {first}, soy investigadora posdoctoral en {school}. Estamos haciendo una encuesta anónima sobre {topic}: {link}"],
  'stock_phrases': ["Me gustaría añadirte a mi red profesional.", "Hola {first}, siempre es un placer conectar con profesionales del sector {sector}. ¡Un saludo!"],
  'coworking_freelancers': ["Hola {first}, trabajo como {skill} autónomo en {cowork}. Si tu equipo necesita apoyo puntual, tienes mi portfolio en mi web."],
  'vendor_sales_team': ["Hola {first}, soy Account Executive en {vendor}. ¿Tendrías 20 minutos la semana que viene para una demo sobre {product}? Agenda: {link}"],
  'newsroom_journalists': ["Hola {first}, soy periodista de {outlet} y estoy preparando un reportaje sobre {topic}. ¿Podrías indicarme el contacto de prensa de tu organización?"],
  'student_cohort': ["Hola {first}, soy estudiante de último curso en {school} y me interesa mucho trabajar en {sector}. ¿Tendrías 15 minutos para una charla sobre tu experiencia?"],
  'ex_colleagues': ["Hola {first}, ¡cuánto tiempo! ¿Sigues en {city}? A ver si quedamos para un café."],
  'photo_victim': ["Hola {first}, coincidimos en {event}. ¡Encantada de conectar!"]},
 'ru': {
  'agency_recruiters': ["Здравствуйте, {first}! Я консультант {org}, ищу кандидата на позицию {role} в {employer} ({city}). Нужен действующий допуск. Интересно обсудить? Мой телефон: {phone}."],
  'employer_staff': ["Добрый день, {first}! Спасибо за встречу, протокол отправлю по рабочей почте.", "Здравствуйте, {first}! Приятно было познакомиться на дне поставщиков {employer}."],
  'conference_organisers': ["Здравствуйте, {first}! Открыт приём докладов на {event} {year}, срок — до {date}. Подробности: {link}"],
  'alumni_network': ["Здравствуйте, {first}! Мы вместе учились в {school}. Рад, что нашёл вас здесь."],
  'research_group': ["Добрый день, {first}! Наша группа в {school} проводит анонимный опрос специалистов по теме «{topic}»: {link}"],
  'stock_phrases': ["Хочу добавить вас в свою профессиональную сеть.", "Здравствуйте, {first}! Рад контактам с коллегами из сферы {sector}."],
  'coworking_freelancers': ["Здравствуйте, {first}! Я фрилансер ({skill}), работаю в {cowork}. Портфолио на моём сайте."],
  'vendor_sales_team': ["Добрый день, {first}. Приглашаем вас на открытый вебинар {vendor} о {product}, регистрация по ссылке: {link}"],
  'newsroom_journalists': ["Здравствуйте, {first}! Я журналист {outlet}, готовлю материал о {topic}. Подскажите, пожалуйста, контакт пресс-службы?"],
  'student_cohort': ["Здравствуйте, {first}! Я студент {school}, интересуюсь карьерой в сфере {sector}. Могли бы вы уделить 15 минут на короткий разговор?"],
  'ex_colleagues': ["Привет, {first}! Сто лет не виделись. Ты всё ещё в {city}? Давай встретимся на кофе."],
  'photo_victim': ["Здравствуйте, {first}! Мы познакомились на {event}. Рада быть на связи."]},
 'zh': {
  'agency_recruiters': ["{first}您好，我是{org}的招聘顾问，目前为{employer}招聘{role}（{city}），需要有效的安全许可。方便聊聊吗？电话：{phone}"],
  'employer_staff': ["{first}你好，谢谢今天的会议，纪要我会通过公司邮箱发给你。", "{first}您好，很高兴在{employer}供应商交流日认识您。"],
  'conference_organisers': ["{first}您好，{event} {year} 征稿截止日期为{date}，详情请见 {link}，欢迎投稿！"],
  'alumni_network': ["{first}你好，我是{school}的校友，看到你在{sector}领域工作，想加个好友交流一下。"],
  'research_group': ["{first}您好，我们{school}的课题组正在做一项关于{topic}的匿名问卷调查：{link}"],
  'stock_phrases': ["您好，希望能加入您的职业人脉。", "{first}您好，很高兴认识{sector}领域的同行！"],
  'coworking_freelancers': ["{first}您好，我是一名自由职业{skill}，在{cowork}办公。作品集见我的网站。"],
  'vendor_sales_team': ["{first}您好，我是{vendor}的客户经理。下周是否方便安排20分钟演示{product}？预约链接：{link}"],
  'newsroom_journalists': ["{first}您好，我是{outlet}的记者，正在做关于{topic}的报道。能否告知贵单位新闻办公室的联系方式？"],
  'student_cohort': ["{first}您好，我是{school}的学生，对{sector}领域的职业很感兴趣，能否占用您15分钟聊聊？"],
  'ex_colleagues': ["{first}，好久不见！还在{city}吗？有空一起喝杯咖啡。"],
  'photo_victim': ["{first}您好，我们在{event}上交换过名片，很高兴在这里联系上。"]},
 'ar': {
  'agency_recruiters': ["مرحباً {first}، أنا مستشار توظيف في {org} وأبحث عن {role} لدى {employer} في {city}. يشترط وجود تصريح أمني. هل تود الحديث؟ هاتف المكتب: {phone}"],
  'employer_staff': ["مرحباً {first}، شكراً على الاجتماع اليوم. سأرسل المحضر عبر البريد الرسمي.", "مرحباً {first}، سعدت بلقائك في يوم الموردين لدى {employer}."],
  'conference_organisers': ["مرحباً {first}، باب تقديم الأوراق لمؤتمر {event} {year} مفتوح حتى {date}. التفاصيل: {link}"],
  'alumni_network': ["مرحباً {first}، أنا من خريجي {school} أيضاً ويسعدني التواصل معك."],
  'research_group': ["مرحباً {first}، تجري مجموعتنا البحثية في {school} استبياناً مجهول الهوية حول {topic}: {link}"],
  'stock_phrases': ["أود إضافتك إلى شبكتي المهنية.", "مرحباً {first}، يسعدني التواصل مع المهنيين في مجال {sector}."],
  'coworking_freelancers': ["مرحباً {first}، أعمل {skill} مستقلاً في {cowork}. يمكنك الاطلاع على أعمالي في موقعي."],
  'vendor_sales_team': ["مرحباً {first}، أعمل في {vendor}. هل لديك 20 دقيقة الأسبوع القادم لعرض توضيحي حول {product}؟ {link}"],
  'newsroom_journalists': ["مرحباً {first}، أنا صحفي في {outlet} وأعمل على تقرير حول {topic}. هل يمكنك إرشادي إلى المكتب الإعلامي لديكم؟"],
  'student_cohort': ["مرحباً {first}، أنا طالب في {school} ومهتم بالعمل في مجال {sector}. هل لديك ربع ساعة لمحادثة قصيرة؟"],
  'ex_colleagues': ["أهلاً {first}! اشتقنا لك. هل ما زلت في {city}؟ لنلتقِ على فنجان قهوة."],
  'photo_victim': ["مرحباً {first}، تشرفت بلقائك في {event}. يسعدني البقاء على تواصل."]},
}

GEN_FOLLOW = {
 'agency_recruiters': [],
 'employer_staff': ["No rush on this — whenever suits.", "By the way, are you coming to the all-hands next week?", "I'll put something in the diary for after the review.", "Thanks! I'll ping you on Teams instead, easier there.", "Great, I've looped in my manager on the official thread."],
 'conference_organisers': ["Just to add: the reviewing is double-blind, so please anonymise the submission.", "Happy to clarify the scope if that helps — the track is quite broad this year.", "We also have a short-talk track if a full paper is too much.", "Travel grants are available for students and early-career researchers; details are on the website."],
 'alumni_network': ["No pressure at all — even a two-line update is great.", "The event is free for alumni, partners welcome.", "Thanks so much! I'll add you to the mentoring list.", "We'll send the formal invitation from the alumni office address."],
 'research_group': ["The survey takes about 10 minutes and no organisation names are recorded.", "Happy to share the results once published.", "If this needs approval from your comms team, no problem at all — just let me know who to contact."],
 'stock_phrases': ["Thanks for connecting!", "Have a great week!", "Looking forward to seeing your posts."],
 'coworking_freelancers': ["My day rate and references are on my site; I also work through framework agencies.", "No problem if not now — happy to stay in touch.", "I've attached a short case study from a previous council project."],
 'vendor_sales_team': ["Just bumping this to the top of your inbox!", "Would next Tuesday or Wednesday work for a quick call?", "No worries if the timing isn't right — happy to reconnect next quarter.", "I can also loop in our public-sector framework contact if procurement is a question."],
 'newsroom_journalists': ["Thanks — I'll go through the press office then.", "Totally understand you can't comment personally.", "Our deadline is Thursday, in case that helps the press team."],
 'student_cohort': ["Thank you so much! Any time next week works for me.", "I completely understand if you're busy — even a couple of tips by message would be great.", "Thanks for the advice about the graduate scheme, that's really useful!"],
 'ex_colleagues': ["Ha, brilliant. How are the kids?", "Let me know a date that works — I'm around most Thursdays.", "Also, did you ever hear what happened with the old project? Only joking — don't answer that!", "Great catching up! Say hi to everyone for me."],
 'photo_victim': ["Hope all's well!", "Let me know if you're ever in town."],
}
GEN_FOLLOW_NL = {'de': ["Vielen Dank für Ihre Rückmeldung!", "Kein Stress — melden Sie sich einfach, wenn es passt.", "Ich schicke die Details noch per E-Mail."],
                 'fr': ["Merci beaucoup pour votre retour !", "Aucune urgence, revenez vers moi quand vous voulez.", "Je vous envoie les détails par e-mail."],
                 'es': ["¡Muchas gracias por tu respuesta!", "Sin prisa, cuando te venga bien.", "Te mando los detalles por correo."],
                 'ru': ["Спасибо за ответ!", "Никакой спешки, пишите, когда будет удобно.", "Подробности пришлю по почте."],
                 'zh': ["谢谢您的回复！", "不着急，您方便的时候再说。", "详细信息我会通过邮件发给您。"],
                 'ar': ["شكراً جزيلاً على ردك!", "لا داعي للعجلة، متى ما كان ذلك مناسباً لك.", "سأرسل لك التفاصيل عبر البريد الإلكتروني."]}
ROLES = ['Principal Systems Engineer', 'Senior Software Engineer (Embedded)', 'Cyber Security Architect', 'Programme Manager', 'RF Engineer',
         'Lead Test Engineer', 'Safety Engineer', 'Data Scientist', 'Solutions Architect', 'Project Controls Manager', 'Quality Engineer', 'Network Security Engineer']
SKILLS_FREE = ['UX designer', 'technical writer', 'data engineer', 'copywriter', 'service designer', 'Python developer', 'video producer', 'accessibility consultant', 'translator', 'illustrator']
FIELDS = ['Computer Science', 'International Relations', 'Physics', 'Aerospace Engineering', 'War Studies', 'Economics', 'Electrical Engineering', 'Politics']

# --------------------------------------------------------------------------- formatting of money, phones, handles, links
def _grp(a, sep):
    s = str(a); out = ''
    while len(s) > 3:
        out = sep + s[-3:] + out; s = s[:-3]
    return s + out

def money(a, cur, lang):
    en, de, fr = _grp(a, ','), _grp(a, '.'), _grp(a, '\u202f' if R.random() < 0.5 else ' ')
    sym = {'USD': '$', 'EUR': '€', 'GBP': '£', 'CNY': '¥', 'RUB': '₽'}[cur]
    if lang == 'en':
        return R.choice({'USD': ['USD ' + en, '$' + en, 'US$' + en, en + ' USD'], 'EUR': ['€' + en, 'EUR ' + en, en + ' euros'],
                         'GBP': ['£' + en, 'GBP ' + en], 'CNY': ['¥' + en, 'RMB ' + en, 'CNY ' + en], 'RUB': [en + ' roubles', 'RUB ' + en]}[cur])
    if lang == 'de':
        return R.choice([de + ' ' + sym, sym + de, de + ' ' + {'USD': 'US-Dollar', 'EUR': 'Euro', 'GBP': 'Pfund', 'CNY': 'Yuan', 'RUB': 'Rubel'}[cur]])
    if lang == 'fr':
        return R.choice([fr + ' ' + sym, fr + ' ' + {'USD': 'dollars', 'EUR': 'euros', 'GBP': 'livres', 'CNY': 'yuans', 'RUB': 'roubles'}[cur]])
    if lang == 'es':
        return R.choice([de + ' ' + {'USD': 'dólares', 'EUR': 'euros', 'GBP': 'libras', 'CNY': 'yuanes', 'RUB': 'rublos'}[cur], de + ' ' + sym, 'US$' + de if cur == 'USD' else de + ' ' + sym])
    if lang == 'ru':
        return R.choice([fr + ' ' + {'USD': 'долларов', 'EUR': 'евро', 'GBP': 'фунтов', 'CNY': 'юаней', 'RUB': '₽'}[cur], fr + ' ' + sym])
    if lang == 'zh':
        return R.choice([{'USD': en + '美元', 'EUR': en + '欧元', 'GBP': en + '英镑', 'CNY': en + '元', 'RUB': en + '卢布'}[cur], sym + en])
    if lang == 'ar':
        return R.choice([en + ' ' + {'USD': 'دولار', 'EUR': 'يورو', 'GBP': 'جنيه إسترليني', 'CNY': 'يوان', 'RUB': 'روبل'}[cur], sym + en])
    return sym + en

def dig(n):
    return ''.join(str(R.randrange(10)) for _ in range(n))

PHONE_FMT = {
 'uk': lambda: '+44 7' + dig(3) + ' ' + dig(6), 'us': lambda: '+1 (202) ' + dig(3) + '-' + dig(4), 'sg': lambda: '+65 ' + R.choice('89') + dig(3) + ' ' + dig(4),
 'ae': lambda: '+971 5' + R.choice('0258') + ' ' + dig(3) + ' ' + dig(4), 'hk': lambda: '+852 ' + R.choice('569') + dig(3) + ' ' + dig(4),
 'cn': lambda: '+86 1' + R.choice(['38', '39', '58', '86', '77']) + ' ' + dig(4) + ' ' + dig(4), 'ru': lambda: '+7 9' + dig(2) + ' ' + dig(3) + '-' + dig(2) + '-' + dig(2),
 'de': lambda: '+49 15' + dig(1) + ' ' + dig(7), 'fr': lambda: '+33 6 ' + ' '.join(dig(2) for _ in range(4)), 'es': lambda: '+34 6' + dig(2) + ' ' + dig(3) + ' ' + dig(3),
 'tr': lambda: '+90 5' + dig(2) + ' ' + dig(3) + ' ' + dig(2) + ' ' + dig(2), 'my': lambda: '+60 1' + dig(1) + '-' + dig(3) + ' ' + dig(4),
}
LANG_PHONE = {'en': ['uk', 'us', 'sg', 'ae', 'hk'], 'de': ['de'], 'fr': ['fr'], 'es': ['es'], 'ru': ['ru', 'tr', 'ae'], 'zh': ['cn', 'hk', 'sg', 'my'], 'ar': ['ae', 'tr']}

def phone(lang):
    return PHONE_FMT[R.choice(LANG_PHONE[lang])]()

def near_phone(base):
    """a number from the same batch of SIMs: same prefix, nearby final digits"""
    d = [c for c in base]
    idx = [i for i, c in enumerate(d) if c.isdigit()][-3:]
    v = int(''.join(d[i] for i in idx)); v = (v + R.randint(1, 40)) % 1000
    s = '%03d' % v
    for k, i in enumerate(idx):
        d[i] = s[k]
    return ''.join(d)

def handle(p, kind='tg'):
    a, b = ascii_slug(p['latin_first']), ascii_slug(p['latin_last'])
    if kind == 'tg':
        return '@' + R.choice([a + '_' + b, a + b[:1] + dig(2), b + '_' + a[:1], a + '.' + b[:3] + dig(1)]).replace('.', '_')
    if kind == 'wx':
        return R.choice([a + b + dig(3), 'wxid_' + hexh(10), b + '_' + a + dig(2)])
    if kind == 'signal':
        return R.choice([a + '.' + dig(2), a + b[:1] + '.' + dig(3)])
    return a + b

WEBMAIL = ['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'hotmail.com', 'gmx.de', 'mail.ru', 'yandex.ru', '163.com', 'qq.com', 'icloud.com']

def email_of(p, domain):
    a, b = ascii_slug(p['latin_first']), ascii_slug(p['latin_last'])
    return R.choice([a + '.' + b, a[0] + b, a + b[:1], a + '_' + b + dig(2), b + '.' + a]) + '@' + domain

def slugify(s):
    return '-'.join(w for w in ''.join(c if c.isalnum() else ' ' for c in unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()).split())

USED_URLS = set()

def make_url(platform, p):
    a, b = ascii_slug(p['latin_first']) or 'user', ascii_slug(p['latin_last']) or 'x'
    tries = 0
    while True:
        tries += 1
        if platform == 'linkedin':
            sub = R.choice(['www', 'www', 'www', 'uk', 'de', 'fr', 'es', 'ae', 'sg', 'hk', 'ch', 'be'])
            shape = R.randrange(6)
            if shape == 0: u = 'https://%s.linkedin.com/in/%s-%s-%s/' % (sub, a, b, hexh(R.choice([8, 9])))
            elif shape == 1: u = 'https://%s.linkedin.com/in/%s%s%s' % (sub, a, b, dig(R.randint(0, 3)) if not HELD else '-' + dig(4))
            elif shape == 2: u = 'https://www.linkedin.com/in/%s%s%s?utm_source=share&utm_campaign=share_via&utm_content=profile&utm_medium=%s' % (a[0], b, '' if not HELD else '-' + hexh(5), R.choice(['ios_app', 'android_app']))
            elif shape == 3: u = 'https://www.linkedin.com/in/%s-%s-%s?trk=%s' % (a, b, dig(R.randint(2, 4)), R.choice(['public_profile_browsemap', 'people-guest_people_search-card', 'org-employees', 'public_post_feed-actor-name']))
            elif shape == 4: u = 'https://linkedin.com/in/%s-%s%s' % (b, a, dig(2) if not HELD else '-' + dig(3))
            else: u = 'https://www.linkedin.com/in/%s-%s-%s%s/?originalSubdomain=%s' % (a, b, R.choice(['ph-d-', 'cissp-', 'mba-', '']), hexh(6), R.choice(['uk', 'de', 'ae', 'sg']))
        elif platform == 'xing':
            u = 'https://www.xing.com/profile/%s_%s%s%s' % (p['latin_first'].replace(' ', ''), p['latin_last'].replace(' ', ''), dig(R.randint(0, 3)), R.choice(['', '/cv', '/cv?sc_o=da980_e']))
            u = unicodedata.normalize('NFKD', u).encode('ascii', 'ignore').decode()
        elif platform == 'x':
            u = R.choice(['https://x.com/', 'https://twitter.com/']) + R.choice([a + '_' + b, a + b[:3] + dig(2), b + a[:1]]) + R.choice(['', '', '?lang=en', '?s=21&t=' + hexh(10)])
        elif platform == 'facebook':
            u = R.choice(['https://www.facebook.com/%s.%s.%s' % (a, b, dig(R.randint(0, 4))), 'https://www.facebook.com/profile.php?id=1000%s' % dig(11)])
        elif platform == 'researchgate':
            u = 'https://www.researchgate.net/profile/%s-%s%s' % (unicodedata.normalize('NFKD', p['latin_first']).encode('ascii', 'ignore').decode(), unicodedata.normalize('NFKD', p['latin_last']).encode('ascii', 'ignore').decode(), R.choice(['', '-2', '-3']) if not HELD else R.choice(['-4', '-5', '-6', '-7']))
        elif platform == 'github':
            u = 'https://github.com/' + R.choice([a + b, a[0] + b, a + '-' + b[:3], b + dig(2)])
        elif platform == 'maimai':
            u = 'https://maimai.cn/profile/detail?dstu=%s&from=webview' % dig(8)
        elif platform == 'vk':
            u = R.choice(['https://vk.com/id%s' % dig(9), 'https://vk.com/%s_%s' % (a, b)])
        elif platform == 'malt':
            u = 'https://www.malt.%s/profile/%s%s' % (R.choice(['uk', 'fr', 'de', 'es']), a, b)
        else:
            u = 'https://%s/%s%s' % (platform, a, b)
        if HELD and platform in ('x', 'github', 'facebook', 'vk', 'malt') and '?' not in u:
            u = u.rstrip('/') + dig(2)   # held-out handles carry a numeric tail (keeps URLs disjoint from dev)
        if tries > 3:
            u = u.rstrip('/') + ('&' if '?' in u else '?') + 'ref=' + hexh(4) if tries > 6 else u.rstrip('/') + '-' + dig(3)
        if u not in USED_URLS:
            USED_URLS.add(u); return u

def photo_sha():
    return hexh(64)

def variants(name):
    w = name.split()
    out = {name}
    out.add(name + R.choice([' Ltd', ' LLC', ' Ltd.', ' Group', ' FZ-LLC', ' Pte. Ltd.']))
    if ' & ' in name: out.add(name.replace(' & ', ' and '))
    if len(w) > 1:
        last = w[-1]
        if last.endswith('s'): out.add(' '.join(w[:-1] + [last[:-1]]))
        out.add(''.join(x[0] for x in w if x[0].isalpha()).upper())
        out.add(' '.join(w[:-1]) + ' ' + {'Partners': 'Partnership', 'Group': 'Grp', 'Institute': 'Institue', 'Research': 'Reserach', 'Consulting': 'Consultancy',
                                           'Council': 'Counsel', 'Forum': 'Forums', 'Centre': 'Center', 'Network': 'Networks', 'Solutions': 'Solution',
                                           'Search': 'Searches', 'Review': 'Reviews', 'Insights': 'Insight', 'Analytics': 'Analytic', 'Trust': 'Trust Fund'}.get(last, last + 's'))
        i = R.randrange(len(w[0]) - 1) + 1
        out.add(w[0][:i] + w[0][i] + w[0][i:] + ' ' + ' '.join(w[1:]))  # doubled letter typo
        out.add(name.replace('-', ' ') if '-' in name else name.replace(' ', '', 1))
    return sorted(out)

# --------------------------------------------------------------------------- profiles
LANG_NAMES = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'ru': 'Russian', 'zh': 'Mandarin Chinese', 'ar': 'Arabic'}

def ym(d):
    return '%04d-%02d' % (d.year, d.month)

def career(now, current, n_prev=2, prev_pool=None, loc_city=None, start_back=(6, 40)):
    """experience list: current role + previous roles"""
    exp = []
    start = now - dt.timedelta(days=30 * R.randint(*start_back))
    cur = dict(current); cur.setdefault('start', ym(start) if R.random() < 0.8 else str(start.year)); cur.setdefault('end', None)
    if loc_city and R.random() < 0.6: cur.setdefault('location', loc_city)
    exp.append(cur)
    end = start
    for _ in range(n_prev):
        s = end - dt.timedelta(days=30 * R.randint(14, 60))
        e = {'title': R.choice(['Analyst', 'Senior Associate', 'Consultant', 'Manager', 'Research Assistant', 'Project Manager', 'Engineer', 'Associate Director', 'Policy Adviser', 'Account Manager']),
             'company': R.choice(prev_pool or BIGNAMES), 'start': ym(s) if R.random() < 0.7 else str(s.year), 'end': ym(end) if R.random() < 0.7 else str(end.year)}
        exp.append(e); end = s
    return exp, end

def education(before, school=None, field=None):
    y = before.year - R.randint(0, 3)
    e = {'school': school or R.choice(SCHOOLS_ELITE)}
    if R.random() < 0.9: e['degree'] = R.choice(['BA', 'BSc', 'MA', 'MSc', 'MPhil', 'MBA', 'PhD', 'Master of Public Policy', 'MEng'])
    if R.random() < 0.8: e['field'] = field or R.choice(['International Relations', 'Economics', 'Political Science', 'Computer Science', 'Finance', 'Security Studies', 'Electrical Engineering', 'Law', 'Business Administration'])
    e['start'] = str(y - R.randint(1, 4)); e['end'] = str(y)
    return [e]

def build_profile(p, platform, headline, city, exp, edu, about=None, photo=None, created=None, conns=None, capped=None, mutual=None,
                  followers=None, verified=None, skills=None, langs=None, activity=None, contact=None, url=None):
    prof = {'schema': 'vetlink/profile/v1', 'platform': platform, 'url': url or make_url(platform, p), 'name': p['display']}
    if headline: prof['headline'] = headline
    if city: prof['location'] = loc(city)
    if photo is not None: prof['photo'] = photo
    if conns is not None:
        prof['connections'] = conns
        if platform == 'linkedin' and (capped or conns >= 500):
            prof['connections'] = 500; prof['connections_capped'] = True
    if followers is not None: prof['followers'] = followers
    if mutual is not None: prof['mutual_connections'] = mutual
    if created: prof['created'] = created.strftime('%Y-%m-%d')
    if verified: prof['verified'] = verified
    if about: prof['about'] = about
    if exp: prof['experience'] = exp
    if edu: prof['education'] = edu
    if skills: prof['skills'] = skills
    if langs: prof['languages'] = langs
    if activity: prof['activity'] = activity
    if contact: prof['contact'] = {k: v for k, v in contact.items() if v}
    if 'contact' in prof and not prof['contact']: del prof['contact']
    return prof

SKILLS = ['Strategy', 'Geopolitics', 'Risk Analysis', 'Talent Acquisition', 'Executive Search', 'Stakeholder Management', 'Public Policy',
          'Research', 'Due Diligence', 'Business Development', 'Negotiation', 'Cybersecurity', 'Python', 'Systems Engineering', 'Project Management',
          'Market Research', 'International Relations', 'Event Management', 'Journalism', 'Blockchain', 'Solidity', 'Recruiting', 'Data Analysis']

def activity_for(now, texts, n):
    out = []
    for _ in range(n):
        d = now - dt.timedelta(days=R.randint(1, 400))
        out.append({'date': d.strftime('%Y-%m-%d'), 'kind': R.choice(['post', 'share', 'share', 'comment', 'like']), 'text': R.choice(texts)})
    return sorted(out, key=lambda x: x['date'], reverse=True)

SHARE_TEXTS = ['Great insights on the future of global security. #leadership', 'Excited to share our latest report!', 'Congratulations to the team on a fantastic event!',
               'Interesting read on supply chain resilience.', 'Proud to be part of this amazing community.', 'Thoughts? 👇', 'Honoured to have spoken at this year\'s summit.',
               'We are hiring! DM me for details.', 'Happy to announce I\'ve started a new position!', 'Five lessons I learned about leadership this year.',
               'Always learning. #growthmindset', 'Fascinating panel today on AI governance.']

# --------------------------------------------------------------------------- conversations
def conv(platform, contact_name, msgs):
    c = {'schema': 'vetlink/conversation/v1', 'platform': platform, 'contact': contact_name, 'messages': []}
    for s, t, d, att in msgs:
        m = {'sender': s, 'text': t}
        if d is not None: m['sent'] = iso(d) if R.random() < 0.85 else d.strftime('%Y-%m-%d')
        if att: m['attachments'] = att
        c['messages'].append(m)
    return c

def user_reply():
    return bank(USER_REPLIES)[2]

def sign(text, me, org, lang, p_sig=0.4):
    if R.random() < p_sig:
        if lang == 'en': return text + R.choice(['\n\nBest,\n' + me, '\n\nKind regards,\n' + me + ('\n' + org if org else ''), '\n— ' + me, '\n\nThanks,\n' + me])
        if lang == 'de': return text + R.choice(['\n\nBeste Grüße\n' + me, '\n\nMit freundlichen Grüßen\n' + me + ('\n' + org if org else '')])
        if lang == 'fr': return text + R.choice(['\n\nBien cordialement,\n' + me, '\n\nCordialement,\n' + me + ('\n' + org if org else '')])
        if lang == 'es': return text + R.choice(['\n\nUn saludo,\n' + me, '\n\nSaludos cordiales,\n' + me])
        if lang == 'ru': return text + R.choice(['\n\nС уважением,\n' + me, '\n\nВсего доброго,\n' + me])
        if lang == 'zh': return text + '\n\n' + me
        if lang == 'ar': return text + R.choice(['\n\nمع خالص التحية،\n' + me, '\n\nتحياتي،\n' + me])
    return text

# --------------------------------------------------------------------------- hostile operation styles
STYLES = {
 # style: cover, intents, languages (weights), care levels, platforms, headline templates, cities, targets
 'headhunter_network': dict(cover='recruiter', intents=['cv_clearance', 'team', 'programme', 'money', 'off_platform', 'secrecy'],
        langs={'en': 8, 'zh': 1, 'ar': 1, 'de': 1}, care=[0, 0, 1], platforms={'linkedin': 9, 'xing': 1},
        heads=['Senior Headhunter at {org}', 'Partner | Executive Search | {org}', 'Talent Acquisition Lead – Defence & Aerospace', 'Recruitment Consultant at {org}', 'Director, Global Executive Search'],
        cities=['London', 'Singapore', 'Hong Kong', 'Dubai', 'Washington, DC'], targets=['Defence Equipment & Support', 'Aerospace Engineering', 'Space Directorate', 'Quantum Technologies Programme', 'Nuclear Policy Directorate', 'Telecoms Security'],
        currencies=['USD', 'GBP']),
 'thinktank_paid_reports': dict(cover='thinktank', intents=['internal', 'programme', 'documents', 'money', 'off_record', 'off_platform', 'secrecy'],
        langs={'en': 6, 'zh': 2, 'ru': 1, 'fr': 1}, care=[0, 1, 1, 2], platforms={'linkedin': 8, 'x': 1, 'researchgate': 1},
        heads=['Research Fellow, {org}', 'Senior Analyst at {org}', 'Director of Programmes | {org}', 'Associate Fellow – Geoeconomics', 'Head of Partnerships, {org}'],
        cities=['Hong Kong', 'Geneva', 'Washington, DC', 'Singapore', 'London', 'Brussels'], targets=['Trade Policy Group', 'Asia-Pacific Desk', 'Sanctions Unit', 'Energy Security Division', 'Nuclear Policy Directorate', 'Semiconductor Strategy Unit', 'Export Controls'],
        currencies=['USD', 'EUR', 'CNY']),
 'conference_phish': dict(cover='conference', intents=['speaking', 'travel', 'credentials', 'passport'],
        langs={'en': 7, 'ar': 2, 'fr': 1, 'de': 1}, care=[0, 1], platforms={'linkedin': 7, 'x': 2, 'facebook': 1},
        heads=['Conference Director at {org}', 'Event Manager | {org}', 'Speaker Relations Coordinator', 'Programme Manager – International Summits', 'Head of Delegations, {org}'],
        cities=['Dubai', 'Istanbul', 'Vienna', 'Kuala Lumpur', 'Doha', 'Geneva'], targets=['Cyber Security Operations', 'Nuclear Policy Directorate', 'Energy Security Division', 'Asia-Pacific Desk', 'Biosecurity Team', 'AI Research Lab'],
        currencies=['USD', 'EUR']),
 'devjob_malware': dict(cover='devrecruiter', intents=['malware_lure', 'off_platform', 'technical'],
        langs={'en': 9, 'es': 1}, care=[0, 1], platforms={'linkedin': 8, 'x': 1, 'github': 1},
        heads=['Technical Recruiter at {org}', 'Talent Partner | Web3 | {org}', 'Engineering Hiring Manager', 'HR Business Partner – {org}', 'Head of Talent @ {org}'],
        cities=['Singapore', 'Hong Kong', 'Dubai', 'New York', 'Toronto'], targets=['AI Research Lab', 'Cyber Security Operations', 'Telecoms Security', 'Finance', 'Semiconductor Strategy Unit'],
        currencies=['USD']),
 'translated_script': dict(cover='ml', intents=['elicit', 'money', 'documents', 'off_platform', 'secrecy', 'travel'],
        langs={'en': 3, 'de': 2, 'fr': 2, 'es': 2, 'ru': 2, 'zh': 2, 'ar': 2}, care=[2], platforms={'linkedin': 6, 'xing': 2, 'vk': 1, 'maimai': 1, 'x': 1},
        heads=['Consultant', 'Senior Advisor', 'Berater', 'Consultant senior', 'Consultor', 'Консультант', '高级顾问', 'مستشار', 'Associate Partner'],
        cities=None, targets=SENSITIVE, currencies=['USD', 'EUR']),
 'handoff_consultancy': dict(cover='consultancy', intents=['programme', 'internal', 'money', 'secrecy', 'documents', 'technical'],
        langs={'en': 7, 'de': 1, 'zh': 1, 'ru': 1}, care=[1, 2], platforms={'linkedin': 9, 'xing': 1},
        heads=['Managing Director, {org}', 'Engagement Manager at {org}', 'Senior Consultant – Industrial Markets', 'Client Partner | {org}', 'Research Director'],
        cities=['London', 'Singapore', 'Hong Kong', 'Zürich', 'Dubai'], targets=['Semiconductor Strategy Unit', 'Quantum Technologies Programme', 'Space Directorate', 'Aerospace Engineering', 'Energy Security Division', 'Export Controls'],
        currencies=['USD', 'GBP', 'EUR']),
 'journalist_front': dict(cover='journalist', intents=['off_record', 'internal', 'team', 'travel', 'off_platform'],
        langs={'en': 6, 'fr': 1, 'es': 1, 'ar': 1}, care=[1, 2], platforms={'linkedin': 5, 'x': 4, 'facebook': 1},
        heads=['Correspondent at {org}', 'Freelance journalist | {org}', 'Investigative reporter', 'Contributing Editor, {org}', 'Senior Reporter – Security & Defence'],
        cities=['Brussels', 'London', 'Washington, DC', 'Beirut', 'Istanbul'], targets=['Nuclear Policy Directorate', 'Sanctions Unit', 'Asia-Pacific Desk', 'Communications', 'Trade Policy Group'],
        currencies=['USD']),
 # ------- held-out styles (test only)
 'expert_network_calls': dict(cover='expertnet', intents=['money', 'programme', 'technical', 'internal', 'off_platform'],
        langs={'en': 7, 'zh': 2, 'de': 1}, care=[0, 1, 2], platforms={'linkedin': 9, 'xing': 1},
        heads=['Research Associate at {org}', 'Project Manager | Expert Network', 'Client Services, {org}', 'Senior Research Manager – Industrials', 'Associate, Expert Recruitment'],
        cities=['Hong Kong', 'Singapore', 'London', 'New York', 'Shanghai'], targets=['Semiconductor Strategy Unit', 'Quantum Technologies Programme', 'Space Directorate', 'Telecoms Security', 'Energy Security Division'],
        currencies=['USD', 'CNY']),
 'fellowship_passport': dict(cover='fellowship', intents=['speaking', 'travel', 'passport', 'cv_clearance'],
        langs={'en': 6, 'ar': 2, 'ru': 1, 'es': 1}, care=[0, 1], platforms={'linkedin': 7, 'facebook': 2, 'x': 1},
        heads=['Fellowship Coordinator, {org}', 'Programme Officer | {org}', 'Director of International Programmes', 'Alumni & Fellowships Lead', 'Selection Committee Secretary'],
        cities=['Doha', 'Istanbul', 'Vienna', 'Almaty', 'Abu Dhabi', 'Geneva'], targets=['Nuclear Policy Directorate', 'Biosecurity Team', 'Energy Security Division', 'Cyber Security Operations', 'Sanctions Unit', 'Export Controls'],
        currencies=['USD', 'EUR']),
 'podcast_rapport': dict(cover='podcast', intents=['off_record', 'team', 'travel', 'off_platform', 'internal'],
        langs={'en': 7, 'es': 1, 'fr': 1, 'ru': 1}, care=[1, 2], platforms={'x': 4, 'linkedin': 5, 'facebook': 1},
        heads=['Host & Producer, {org}', 'Podcaster | Security & Tech', 'Audio journalist', 'Founder of {org}', 'Producer at {org}'],
        cities=['London', 'Washington, DC', 'Berlin', 'Madrid', 'Paris'], targets=['Cyber Security Operations', 'AI Research Lab', 'Space Directorate', 'Asia-Pacific Desk', 'Communications'],
        currencies=['USD']),
 'venture_dd': dict(cover='venturescout', intents=['technical', 'documents', 'programme', 'money', 'credentials'],
        langs={'en': 8, 'zh': 1, 'de': 1}, care=[0, 1, 2], platforms={'linkedin': 9, 'x': 1},
        heads=['Venture Scout at {org}', 'Investment Associate | Deep Tech', 'Principal, {org}', 'Technical Due Diligence Lead', 'Partner at {org}'],
        cities=['Singapore', 'Hong Kong', 'London', 'Zürich', 'Shenzhen'], targets=['Quantum Technologies Programme', 'Semiconductor Strategy Unit', 'AI Research Lab', 'Aerospace Engineering', 'Space Directorate'],
        currencies=['USD', 'EUR', 'GBP']),
 'slow_social_rapport': dict(cover='social', intents=['travel', 'team', 'off_platform', 'documents', 'internal'],
        langs={'en': 8, 'de': 1, 'fr': 1}, care=[2], platforms={'linkedin': 7, 'x': 2, 'facebook': 1},
        heads=['Aspiring policy analyst', 'MA candidate | International Security', 'Research intern', 'Junior consultant | Passionate about {sector}', 'Graduate trainee'],
        cities=['London', 'Washington, DC', 'Brussels', 'Berlin', 'Paris'], targets=['Nuclear Policy Directorate', 'Asia-Pacific Desk', 'Sanctions Unit', 'Defence Equipment & Support', 'Space Directorate'],
        currencies=['USD']),
}
DEV_STYLES = ['headhunter_network', 'thinktank_paid_reports', 'conference_phish', 'devjob_malware', 'translated_script', 'handoff_consultancy', 'journalist_front']
HELD_STYLES = ['expert_network_calls', 'fellowship_passport', 'podcast_rapport', 'venture_dd', 'slow_social_rapport']

ML_PHASE = {'team': 'elicit', 'programme': 'elicit', 'internal': 'elicit', 'technical': 'elicit', 'elicit': 'elicit', 'money': 'money',
            'off_platform': 'off_platform', 'secrecy': 'secrecy', 'off_record': 'secrecy', 'documents': 'documents', 'travel': 'travel'}

def wchoice(d):
    ks = list(d); return R.choices(ks, weights=[d[k] for k in ks])[0]

def ml_text(phase, lang, tag=None, idx=None):
    b = ML[phase][lang]
    if tag is None:
        tag, idx, _ = bank(b)
    lst = b[tag] if b.get(tag) else b['d']
    return lst[idx % len(lst)]

ODD_FEES = [1350, 2750, 880, 1650, 3300, 4200, 950, 2250, 640, 1175, 5500, 1980, 725, 3150]

def intent_text(intent, lang, fixed=None, force_ml=False):
    """returns text for an intent in a language; fixed=(tag, idx) reproduces the op's template"""
    if (lang != 'en' or force_ml) and intent in ML_PHASE:
        ph = ML_PHASE[intent]
        if fixed: return ml_text(ph, lang, fixed[0], fixed[1])
        return ml_text(ph, lang)
    b = INTENT_EN[intent] if intent in INTENT_EN else ML[ML_PHASE[intent]]['en']
    if fixed:
        lst = b[fixed[0]] if b.get(fixed[0]) else b['d']
        return lst[fixed[1] % len(lst)]
    return bank(b)[2]

PFX_NAMED = ['Avalon', 'Meridian', 'Lindqvist', 'Northbridge', 'Caldera', 'Cobalt Ridge', 'Sterling Crest', 'Global Horizon', 'Marlow', 'Pinnacle', 'Atlas',
             'Quayside', 'Euro-Asia', 'Helix', 'Thornbury', 'Keystone', 'Orion', 'Aurora', 'Silverline', 'Trident', 'Halcyon', 'Veritas', 'BlueHarbor',
             'Brightwater', 'Crescent Bay', 'Summit Ridge', 'Eastgate', 'Oakmont', 'Nordlicht', 'Kestrel', 'Harbourline', 'Westbrook', 'Sable Point',
             'Granite Peak', 'Lumen', 'Vantage', 'Redwood', 'Tessera', 'Polaris', 'Arden & Vale', 'Solstice', 'Cedar Gate', 'Bellwether', 'Corvid',
             'Sentinel', 'Albion Bridge', 'Beacon Hill', 'Carrington', 'Dunmore', 'Everstone', 'Fenwick', 'Greystone', 'Hawthorne', 'Juniper',
             'Kingsgate', 'Lockwood', 'Mayfair Crest', 'Northstar', 'Osprey', 'Prestwick', 'Regent Ridge', 'Silver Fern', 'Thames Gate',
             'Unity Bridge', 'Valmont', 'Windsor Park', 'Yorkfield', 'Zephyr']
PFX_A = ['Silver', 'North', 'East', 'West', 'Grand', 'Iron', 'Stone', 'Cedar', 'Oak', 'Maple', 'Harbor', 'River', 'Lake', 'Bright', 'Clear', 'High', 'Red', 'Green', 'Gold', 'Fair']
PFX_B = ['gate', 'field', 'bridge', 'crest', 'wood', 'haven', 'mere', 'ford', 'stone', 'ridge', 'view', 'point', 'wick', 'brook', 'mont', 'water', 'hurst', 'dale', 'vale', 'cliff']
FRONT_PREFIXES = PFX_NAMED + [a + b for a in PFX_A for b in PFX_B]
COVER_SUFFIX = {'recruiter': ['Talent Partners', 'Executive Search', 'Global Recruitment', 'Talent Solutions', 'Search & Selection', 'Human Capital'],
                'devrecruiter': ['Labs', 'Technologies', 'Digital', 'Protocol', 'Capital Labs', 'Fintech'],
                'thinktank': ['Policy Institute', 'Research Council', 'Strategic Review', 'Centre for Global Affairs', 'Dialogue Forum', 'Policy Exchange', 'Institute for Strategy'],
                'conference': ['Summit Secretariat', 'Forum', 'International Conferences', 'Events Council', 'Dialogue'],
                'consultancy': ['Advisory', 'Consulting Group', 'Strategic Partners', 'Insight Partners', 'Analytics', 'Capital Research'],
                'expertnet': ['Expert Network', 'Expert Circle', 'Insight Network', 'Research Syndicate', 'Advisors Network'],
                'venturescout': ['Ventures', 'Capital', 'Venture Partners', 'Frontier Fund', 'Deep Tech Capital'],
                'fellowship': ['Fellowship Trust', 'Foundation', 'Leadership Programme', 'Fellows Council', 'Global Scholars Fund'],
                'podcast': ['Podcast Network', 'Audio', 'Signal Podcast', 'Media', 'Talks'],
                'journalist': ['Review', 'Monitor', 'Dispatch', 'Observer', 'Herald Online', 'Insider'],
                'social': ['Youth Forum', 'Network', 'Foundation', 'Young Leaders'],
                'ml': ['Advisory', 'Consulting Group', 'Strategic Partners', 'Insight Partners', 'Global Consulting']}
HELD_SUFFIX = {'recruiter': ['Talent Advisory', 'Leadership Search'], 'thinktank': ['Geo-Economics Centre', 'Strategy Lab'], 'consultancy': ['Advisory House', 'Partners AG'],
               'conference': ['Congress Office', 'Summit Partners'], 'journalist': ['Ledger', 'Briefing'], 'devrecruiter': ['Chain Labs', 'Quant'], 'ml': ['Advisory House', 'Partners AG']}
USED_PFX = set()

def front_for(cover):
    d, h = split(FRONT_PREFIXES)
    for _ in range(2000):
        pf = R.choice(h) if (HELD and R.random() < 0.75) else R.choice(d)
        if pf not in USED_PFX: break
    USED_PFX.add(pf)
    suf = COVER_SUFFIX.get(cover, COVER_SUFFIX['ml'])
    if HELD and cover in HELD_SUFFIX and R.random() < 0.5: suf = HELD_SUFFIX[cover]
    return pf + ' ' + R.choice(suf)

ZH_A = ['环亚', '东方', '华信', '远景', '太平洋', '新丝路', '中欧', '寰宇', '瀚海', '博远', '泰和', '国研', '鼎新', '启明', '恒远']
ZH_B = ['战略研究院', '咨询有限公司', '国际交流中心', '人才服务', '政策论坛', '智库', '科技咨询']
USED_ZH = set()

def zh_front():
    for _ in range(500):
        n = R.choice(ZH_A) + R.choice(ZH_B)
        if n not in USED_ZH: break
    USED_ZH.add(n); return n

LANG_HEADS = {'en': ['Senior Advisor', 'Associate Partner', 'Consultant'], 'de': ['Berater', 'Senior Berater', 'Partner'], 'fr': ['Consultant senior', 'Conseiller', 'Associé'],
              'es': ['Consultor', 'Asesor sénior', 'Socio'], 'ru': ['Консультант', 'Старший консультант', 'Партнёр'], 'zh': ['高级顾问', '咨询顾问', '合伙人'], 'ar': ['مستشار', 'مستشار أول', 'شريك']}

def make_op(style, size, cid, staff_by_dept, front=None):
    cfg = STYLES[style]
    care = R.choice(cfg['care'])
    front = front or front_for(cfg['cover'])
    op_zh = zh_front()
    fvars = variants(front)
    orgslug = slugify(front)
    domain = orgslug.replace('-', '') + R.choice(['.com', '.org', '.net', '.co', '.io', '-group.com', '.co.uk'])
    event = event_name() + ' ' + R.choice(['2025', '2026'])
    start = rdate(T0, T1 - dt.timedelta(days=45))
    span = R.choice([14, 21, 30, 45, 60, 90, 120, 180, 270, 365, 540])
    end = min(start + dt.timedelta(days=span), T1)
    targets = R.sample(cfg['targets'], k=min(len(cfg['targets']), R.randint(1, 3)))
    cur = R.choice(cfg['currencies'])
    fee_amt = R.choice(ODD_FEES)
    if style == 'devjob_malware': fee_amt = R.choice([165000, 185000, 210000, 240000, 195000])
    if style in ('expert_network_calls',): fee_amt = R.choice([575, 450, 650, 725, 380])
    if cur == 'CNY': fee_amt *= 7
    lang0 = wchoice(cfg['langs'])
    base_phone = phone(lang0)
    shared_handle = '@' + orgslug.replace('-', '_')[:18] + R.choice(['', '_hr', '_team', dig(2)])
    stolen = [photo_sha() for _ in range(R.randint(2, 4))] if care == 0 else []
    quirk = R.choice(QUIRKS)
    pw = R.choice(['Talent', 'Offer', 'JD', 'Assess', 'Career']) + R.choice(['2025', '2026', '@24', '#1']) + R.choice(['!', '', '$'])
    repo_name = R.choice(['take-home-assessment', 'nft-marketplace-test', 'trading-dashboard-task', 'defi-wallet-challenge', 'interview-project-v2'])
    link_host = slugify(event).split('-2')[0][:24] + R.choice(['-portal.com', '.events', '-summit.org', '-registration.net', '-speakers.com'])
    link_path = R.choice(['/speaker/login?id=', '/auth/signin?ref=', '/portal/verify?token=', '/delegates/access?uid='])
    op_school = R.choice(SCHOOLS_ELITE); op_field = R.choice(['International Relations', 'Economics', 'Human Resource Management', 'Political Science', 'Finance'])
    op_prev = R.sample(BIGNAMES, 3)
    op_head = R.choice(cfg['heads'])
    about_tpls = [
        'Connecting exceptional talent with exceptional opportunities. {org} works discreetly with governments, investors and global corporations.',
        'Passionate about {sector}, geopolitics and building bridges between East and West. Views my own.',
        'I help senior professionals share their expertise with decision-makers around the world. Always happy to connect!',
        'Experienced professional with a demonstrated history of working in the {sector} industry. Strong networking and communication skills.',
        'Research, dialogue and insight on {sector}. Open to collaboration with practitioners and experts.']
    op_about = R.sample(about_tpls, k=2)
    fixed_open = bank(OPENERS[cfg['cover']]) if cfg['cover'] in OPENERS else None
    fixed_int = {i: (lambda t: (t[0], t[1]))(bank(INTENT_EN[i] if i in INTENT_EN else ML[ML_PHASE[i]]['en'])) for i in cfg['intents']}
    ml_fixed = {ph: bank(ML[ph]['en'])[:2] for ph in ML}
    seq = R.sample(cfg['intents'], k=min(len(cfg['intents']), R.randint(2, 4)))
    handoffs = style == 'handoff_consultancy' or (care == 2 and R.random() < 0.35)
    interval = R.randint(5, 16)
    aged = care == 2 and R.random() < 0.4
    batch0 = start - dt.timedelta(days=R.randint(5, 40))
    # personas
    personas = []
    times = sorted(rdate(start, end) for _ in range(size))
    for i in range(size):
        lang = wchoice(cfg['langs'])
        if style == 'translated_script' and i < 7: lang = LANGS[i]
        nlang = lang if R.random() < 0.75 else R.choice(['en', 'en', lang])
        pp = person(nlang, native_p=0.3 if nlang in ('ru', 'zh', 'ar') else 0)
        personas.append({'p': pp, 'lang': lang, 't': times[i]})
    out, victims, targets_used = [], [], []
    pickup = [handoffs and i > 0 and R.random() < 0.55 for i in range(size)]
    for i, ps in enumerate(personas):
        p, lang, t = ps['p'], ps['lang'], ps['t']
        # target (a handed-off target is the previous persona's target)
        if pickup[i]:
            tgt = targets_used[-1]
        elif targets_used and R.random() < 0.18:
            tgt = R.choice(targets_used)
        else:
            tgt = R.choice(staff_by_dept[R.choice(targets)])
        targets_used.append(tgt)
        topic, sector = DEPTS[tgt['dept']]
        org = front if care == 0 and R.random() < 0.8 else R.choice(fvars)
        if lang == 'zh' and care >= 1 and R.random() < 0.4: org = op_zh + '（' + front + '）'
        city = R.choice(cfg['cities'] or CITIES[lang])
        platform = wchoice(cfg['platforms'])
        if platform == 'vk' and lang not in ('ru',): platform = 'linkedin'
        if platform == 'maimai' and lang != 'zh': platform = 'linkedin'
        # photo
        if care == 0:
            if R.random() < 0.75: sha = R.choice(stolen)
            else: sha = photo_sha()
            photo = {'present': True, 'sha256': sha}
        elif care == 1:
            photo = {'present': True, 'sha256': photo_sha()}  # re-cropped / re-encoded copies: no shared hash
            if R.random() < 0.25: victims.append(('recrop', photo_sha(), t))
        else:
            photo = {'present': True, 'sha256': photo_sha()} if R.random() < 0.9 else {'present': False}
        if R.random() < 0.07: photo = None
        # creation date
        if care == 0: created = batch0 + dt.timedelta(days=R.randint(0, 6), hours=R.randint(0, 23))
        elif care == 1: created = start - dt.timedelta(days=R.randint(20, 140))
        elif aged: created = start - dt.timedelta(days=R.randint(900, 3000))
        else: created = batch0 - dt.timedelta(days=60) + dt.timedelta(days=i * interval + R.randint(-1, 1))
        if created > t: created = t - dt.timedelta(days=R.randint(1, 10))
        show_created = R.random() < (0.75 if platform in ('x', 'facebook', 'vk', 'github') else 0.5)
        # contacts
        ph = None
        if care == 0: ph = base_phone if R.random() < 0.7 else near_phone(base_phone)
        elif care == 1: ph = near_phone(base_phone) if R.random() < 0.5 else (phone(lang) if R.random() < 0.5 else None)
        else: ph = phone(lang) if R.random() < 0.5 else None
        hd = shared_handle if care == 0 and R.random() < 0.5 else handle(p, R.choice(['tg', 'wx', 'signal']) if lang != 'zh' else 'wx')
        emails = []
        if care == 0: emails.append(email_of(p, domain))
        elif care == 1 and R.random() < 0.5: emails.append(email_of(p, R.choice([domain, domain.replace('.', '-hq.', 1), orgslug.split('-')[0] + '-' + orgslug.split('-')[-1] + '.com'])))
        elif R.random() < 0.5: emails.append(email_of(p, R.choice(WEBMAIL)))
        site = None
        if care == 0: site = 'https://www.' + domain
        elif care == 1 and R.random() < 0.5: site = 'https://' + slugify(org).replace('-', '')[:30] + R.choice(['.com', '.org', '.net'])
        contact = {'emails': emails, 'phones': [ph] if ph and R.random() < 0.6 else [], 'websites': [site] if site else [],
                   'messaging': [('WhatsApp: ' + ph) if ph and R.random() < 0.5 else ('Telegram: ' + hd if hd.startswith('@') else 'WeChat: ' + hd)] if R.random() < 0.5 else []}
        # profile body
        head = fill(op_head if care < 2 else R.choice(cfg['heads']), {'org': org, 'sector': sector})
        if style == 'translated_script': head = R.choice(LANG_HEADS[lang]) + R.choice(['', ' · ' + org, ' | ' + org, ' at ' + org])
        title = head.split(' at ')[0].split(' | ')[0].split(',')[0]
        cur_job = {'title': title, 'company': org}
        if site and R.random() < 0.5: cur_job['company_url'] = site
        elif R.random() < 0.3: cur_job['company_url'] = 'https://www.linkedin.com/company/' + slugify(front) + R.choice(['', '-ltd', '-group', '-' + dig(2)]) + '/'
        exp, before = career(t, cur_job, n_prev=R.randint(0, 3) if care < 2 else R.randint(2, 4), prev_pool=op_prev if care < 2 else None, loc_city=city,
                             start_back=(2, 14) if care == 0 else (6, 40))
        edu = education(before, school=op_school if (care < 2 and R.random() < 0.8) or (care == 2 and R.random() < 0.4) else None,
                        field=op_field if care < 2 else None) if R.random() < 0.85 else None
        about = fill(op_about[0] if care == 0 else R.choice(op_about if care == 1 else about_tpls), {'org': org, 'sector': sector}) if R.random() < 0.8 else None
        if care == 0: conns = R.randint(8, 260)
        elif care == 1: conns = R.randint(120, 520)
        else: conns = R.choice([500, R.randint(280, 499), R.randint(500, 1400)])
        fol = conns + R.randint(0, 300) if R.random() < 0.6 else None
        if platform == 'x': fol = R.randint(20, 2500) if care < 2 else R.randint(600, 9000)
        prof = build_profile(p, platform, head, city, exp, edu, about=about, photo=photo, created=created if show_created else None,
                             conns=conns if platform != 'x' else None, mutual=R.randint(1, 40) if R.random() < 0.8 else None, followers=fol,
                             verified={'identity': False} if R.random() < 0.2 else ({'phone': True} if care == 2 and R.random() < 0.3 else ({'identity': True} if care == 2 and R.random() < 0.08 else ({'workplace': True} if care >= 1 and site and R.random() < 0.15 else None))),
                             skills=R.sample(SKILLS, k=R.randint(3, 8)) if R.random() < 0.7 else None,
                             langs=sorted({'English', LANG_NAMES[lang]}) if R.random() < 0.6 else None,
                             activity=activity_for(t, SHARE_TEXTS, R.randint(1, 5)) if (care == 2 or R.random() < 0.3) else None,
                             contact=contact)
        # conversation
        me = p['first']
        fee = money(fee_amt, cur, lang)
        link = 'https://' + (link_host if care == 0 else slugify(event)[:18] + R.choice(['-hub.com', '-conf.org', '-delegate.net', '.live'])) + link_path + hexh(12)
        if style == 'venture_dd': link = 'https://' + R.choice(['docs-share', 'dataroom', 'deal-room', 'vdr']) + '-' + orgslug.split('-')[0] + R.choice(['.com', '.app', '.io']) + '/auth?next=/room/' + hexh(8)
        gh_user = (orgslug.split('-')[0] + '-dev') if care == 0 else R.choice([ascii_slug(p['latin_first']) + '-' + dig(2), orgslug.split('-')[0] + dig(2), 'hr-' + ascii_slug(p['latin_last'])])
        repo = R.choice(['https://github.com/', 'https://bitbucket.org/', 'https://gitlab.com/']) + gh_user + '/' + repo_name
        colleague_next = personas[i + 1]['p']['display'] if i + 1 < size else None
        colleague_prev = personas[i - 1]['p']['display'] if i > 0 else None
        ctx = {'first': tgt['first'], 'me': me, 'org': org, 'topic': topic, 'sector': sector, 'fee': fee, 'phone': ph or phone(lang), 'handle': hd,
               'link': link, 'repo': repo, 'pw': pw, 'city': city, 'event': event}
        msgs = []
        tt = t
        def add(sender, text, att=None):
            nonlocal tt
            msgs.append((sender, text, tt, att))
            tt = tt + dt.timedelta(hours=R.randint(1, 96), minutes=R.randint(0, 59))
        # opener
        olang = lang
        if pickup[i]:
            ctx['colleague'] = colleague_prev
            op_text = fill(ml_text('pickup', lang, *ml_fixed['pickup']) if care < 2 else ml_text('pickup', lang), ctx)
        elif lang == 'en' and cfg['cover'] in OPENERS:
            if care == 0: lst = OPENERS[cfg['cover']][fixed_open[0]]; op_text = fill(lst[fixed_open[1]], ctx)
            else: op_text = fill(bank(OPENERS[cfg['cover']])[2], ctx)
        elif cfg['cover'] in ('conference', 'devrecruiter', 'fellowship', 'podcast', 'social') and R.random() < 0.6:
            op_text = fill(bank(OPENERS[cfg['cover']])[2], ctx); olang = 'en'
        else:
            op_text = fill(ml_text('opener', lang, *ml_fixed['opener']) if style == 'translated_script' or care == 0 else ml_text('opener', lang), ctx)
        if care == 0 or R.random() < 0.7:
            op_text = (quirk + ' ' + op_text) if quirk.endswith('!') else (op_text + '\n' + quirk if not quirk.endswith(',') else op_text + '\n\n' + quirk + '\n' + me)
        add('contact', sign(op_text, me, org, olang, p_sig=0.0 if quirk.endswith(',') else 0.35))
        ints = list(seq) if care == 0 else R.sample(cfg['intents'], k=min(len(cfg['intents']), R.randint(2, 4)))
        if style == 'translated_script': ints = [x for x in ['elicit', 'money', 'documents', 'off_platform', 'secrecy'] if x in seq or R.random() < 0.5] or ['elicit', 'money']
        n_turn = R.randint(1, len(ints))
        if R.random() < 0.2: n_turn = 0   # opener only, reported straight away
        elif R.random() < 0.2: n_turn = 1
        k = 0
        if n_turn and R.random() < 0.5 and lang == 'en':
            add('user', user_reply()); add('contact', fill(bank(RAPPORT)[2], ctx))
        while k < n_turn:
            if R.random() < 0.75: add('user', user_reply())
            parts = []
            for _ in range(R.choice([1, 1, 2])):
                if k >= len(ints): break
                it = ints[k]; k += 1
                fx = (ml_fixed[ML_PHASE[it]] if (style == 'translated_script' and it in ML_PHASE) else fixed_int.get(it)) if care == 0 or style == 'translated_script' else None
                parts.append(fill(intent_text(it, lang, fx, force_ml=(style == 'translated_script')), ctx))
            if not parts: break
            att = None
            if 'malware_lure' in ints[k - len(parts):k] and 'archive' in ' '.join(parts):
                att = [R.choice(['JD_', 'Offer_', 'Role_Overview_']) + orgslug.split('-')[0].capitalize() + R.choice(['.zip', '.rar', '.7z'])]
            add('contact', ' '.join(parts), att)
            n_turn = n_turn if k < len(ints) else k
        if colleague_next and pickup[i + 1]:
            ctx['colleague'] = colleague_next
            add('contact', fill(ml_text('handoff', lang, *ml_fixed['handoff']) if care < 2 else ml_text('handoff', lang), ctx))
            personas[i + 1]['t'] = min(max(personas[i + 1]['t'], tt + dt.timedelta(hours=R.randint(2, 72))), T1 + dt.timedelta(days=30))
        if R.random() < 0.3: add('user', user_reply())
        cplat = R.choice(['linkedin', 'linkedin', 'email', platform]) if platform != 'x' else R.choice(['x', 'x', 'email'])
        c = conv(cplat, p['display'] if R.random() < 0.85 else prof['url'], msgs) if R.random() > 0.06 else None
        rep = tt + dt.timedelta(hours=R.randint(1, 240))
        out.append(report(prof, c, tgt, rep, {'campaign': cid, 'kind': style}))
    if care == 0:
        for s in stolen:
            if R.random() < 0.75: victims.append(('exact', s, start))
    return out, victims, {'style': style, 'care': care, 'size': size, 'front': front}

def report(prof, c, tgt, when, truth):
    r = {'profile': prof}
    if c: r['conversation'] = c
    r['reporter'] = tgt['email']; r['department'] = tgt['dept']; r['reported_at'] = iso(when)
    return (r, {'url': prof['url'], 'campaign': truth['campaign'], 'kind': truth['kind']})

# --------------------------------------------------------------------------- lone hostile approaches
LONE_A = ['Crestview', 'Blue Meridian', 'Fairhaven', 'Ironwood', 'Larkspur', 'Mistral', 'Novara', 'Pemberton', 'Quill', 'Ravensworth', 'Saltmarsh', 'Tidewater',
          'Umbra', 'Vireo', 'Whitcombe', 'Yarrow', 'Zenith Bay', 'Ashgrove', 'Brackenridge', 'Copperleaf', 'Driftwood', 'Emberly', 'Foxhollow', 'Glenmoor']
LONE_B = ['Advisory', 'Insight Partners', 'Policy Studio', 'Talent', 'Research Associates', 'Strategy House', 'Global Consulting', 'Events', 'Media', 'Capital', 'Institute', 'Council']
USED_LONE = set()

def lone_front():
    la = [x for x in LONE_A if x not in FRONT_PREFIXES]
    while True:
        n = R.choice(la) + ' ' + R.choice(LONE_B) + ('' if R.random() < 0.7 else ' ' + R.choice(['Ltd', 'LLC', 'Group', 'International']))
        if n not in USED_LONE:
            USED_LONE.add(n); return n

def make_lone(styles, staff_by_dept):
    st = R.choice(styles)
    out, victims, _ = make_op(st, 1, None, staff_by_dept)
    r, t = out[0]
    t['kind'] = 'lone_hostile'
    return (r, t), victims

# --------------------------------------------------------------------------- genuine people
GEN_ABOUT = ['{role} with {n} years\' experience in {sector}. Views are my own.', 'I lead {role_l} work at {org}. Previously at {prev}.',
             'Engineer by training, problem-solver by habit. Currently at {org}.', 'Dad, runner, and {role_l} at {org}.',
             'Helping {org} deliver for its customers. Outside work: cycling, choir and far too much coffee.', '',
             'Recruiter at {org} — I place cleared engineers and programme professionals across the UK. Please call the office if you can\'t reach me here.',
             'Passionate about {sector} and developing the next generation of talent.', 'Chartered engineer (IET). STEM ambassador.']

GENUINE_SCHOOLS = {'en': ['University of Leeds', 'University of Birmingham', 'University of Southampton', 'Loughborough University', 'University of Nottingham', 'University of Bath',
                          'Cardiff University', 'University of Sheffield', 'Durham University', 'University of Exeter', 'Open University', 'University of Surrey', 'Queen\'s University Belfast',
                          'University of York', 'Newcastle University', 'University of Strathclyde', 'Aston University', 'Oxford Brookes University', 'University of Reading'],
                   'de': ['RWTH Aachen', 'Universität Stuttgart', 'TU Berlin', 'Universität Hamburg', 'KIT Karlsruhe', 'Universität zu Köln'],
                   'fr': ['INSA Lyon', 'Université de Bordeaux', 'ISAE-SUPAERO', 'Université de Strasbourg', 'Sorbonne Université', 'École Centrale de Lyon'],
                   'es': ['Universidad Politécnica de Madrid', 'Universitat de Barcelona', 'Universidad de Sevilla', 'Universidad Carlos III de Madrid'],
                   'ru': ['Bauman Moscow State Technical University', 'Saint Petersburg State University', 'University of Tartu', 'University of Warsaw'],
                   'zh': ['University of Hong Kong', 'National Taiwan University', 'University of Nottingham Ningbo', 'Fudan University', 'University of Manchester'],
                   'ar': ['American University of Beirut', 'Khalifa University', 'University of Jordan', 'Cairo University', 'Qatar University']}

def genuine_profile(p, lang, t, head, org, city, comp_url=None, school=None, prev_pool=None, thin=False, email_domain=None, phones=None,
                    website=None, photo=None, about=None, platform=None, mutual=None, prev_company=None, loc_override=None, edu_override=None):
    platform = platform or wchoice({'linkedin': 14, 'xing': 2 if lang == 'de' else 0.1, 'x': 1, 'facebook': 0.4, 'vk': 1.5 if lang == 'ru' else 0,
                                    'maimai': 1.5 if lang == 'zh' else 0, 'github': 0.3, 'researchgate': 0.2})
    if lang in ('de', 'fr', 'es') and ' at ' in head and R.random() < 0.4:
        head = head.replace(' at ', {'de': ' bei ', 'fr': ' chez ', 'es': ' en '}[lang], 1)
    title = head.split(' at ')[0].split(' | ')[0].split(',')[0].split(' – ')[0]
    cur = {'title': title, 'company': org}
    if comp_url and R.random() < 0.25 and email_domain: comp_url = 'https://www.' + email_domain
    if comp_url: cur['company_url'] = comp_url
    npv = 0 if thin else R.randint(1, 4)
    pp = list(prev_pool or []) + R.sample(BIGNAMES, 2) + R.sample(['Accenture', 'Atkins', 'Civil Service', 'Ministry of Defence', 'Capita', 'Network Rail', 'NHS Digital', 'Arup',
                                          'Jacobs', 'Serco', 'Vodafone', 'BT Group', 'IBM', 'Cisco', 'Ordnance Survey', 'Met Office', 'Frazer-Nash Consultancy'], 4)
    exp, before = career(t, cur, n_prev=npv, prev_pool=pp, loc_city=city, start_back=(1, 30) if thin else (3, 96))
    if prev_company:
        exp.insert(1, {'title': R.choice(['Systems Engineer', 'Project Engineer', 'Analyst', 'Software Engineer', 'Consultant']), 'company': prev_company,
                       'start': str(before.year - 3), 'end': str(before.year)})
    edu = education(before, school=school or (R.choice(SCHOOLS_ELITE) if R.random() < 0.2 else R.choice(GENUINE_SCHOOLS.get(lang, GENUINE_SCHOOLS['en']))), field=R.choice(FIELDS) if R.random() < 0.8 else None) if R.random() < (0.9 if not thin else 0.7) else None
    if edu_override is not None: edu = edu_override
    if about is None and R.random() < 0.6:
        about = fill(R.choice(GEN_ABOUT + ['Experienced professional with a demonstrated history of working in the {sector} industry. Strong networking and communication skills.',
                                           'Always happy to connect!', 'Passionate about {sector}, innovation and building bridges between people.']), {'role': title, 'role_l': title.lower(), 'n': R.randint(3, 25), 'sector': R.choice(['defence', 'engineering', 'public service', 'security', 'research']),
                                           'org': org, 'prev': R.choice(pp)}) or None
    if photo is None:
        photo = {'present': True, 'sha256': photo_sha()} if R.random() < 0.82 else ({'present': False} if R.random() < 0.7 else None)
    conns = R.randint(3, 150) if thin else R.choice([R.randint(40, 499), 500, 500])
    created = t - dt.timedelta(days=R.randint(10, 200) if thin else R.randint(400, 6000))
    contact = {'emails': [email_of(p, email_domain)] if email_domain and R.random() < 0.6 else ([email_of(p, R.choice(WEBMAIL))] if R.random() < 0.15 else []),
               'phones': phones or ([phone(lang)] if R.random() < 0.06 else []), 'websites': [website] if website else [],
               'messaging': [R.choice({'zh': ['WeChat: ' + handle(p, 'wx')], 'ru': ['Telegram: ' + handle(p, 'tg')], 'ar': ['WhatsApp: ' + phone('ar')]}.get(lang, ['WhatsApp: ' + phone('en'), 'Signal: ' + handle(p, 'signal'), 'Telegram: ' + handle(p, 'tg')]))] if R.random() < 0.08 else []}
    prof = build_profile(p, platform, head, loc_override or city, exp, edu, about=about, photo=photo,
                         created=created if R.random() < (0.7 if platform in ('x', 'facebook') else 0.35) else None,
                         conns=conns if platform != 'x' else None, mutual=mutual if mutual is not None else (R.randint(0, 15) if R.random() < 0.8 else None),
                         followers=(conns + R.randint(0, 900)) if R.random() < 0.5 else None,
                         verified=R.choice([{'identity': True}, {'identity': True, 'workplace': True}, {'workplace': True}, {'identity': False}, {'phone': True}, {'identity': True, 'phone': True}, None, None, None]),
                         skills=R.sample(SKILLS, k=R.randint(2, 10)) if R.random() < 0.75 else None,
                         langs=sorted({'English', LANG_NAMES[lang]}) if R.random() < 0.5 else None,
                         activity=activity_for(t, SHARE_TEXTS + ['Great to see the team at the site visit today.', 'Delighted to share our paper has been accepted!', 'Recruiting now — see link.'], R.randint(1, 6)) if R.random() < (0.15 if thin else 0.5) else None,
                         contact=contact)
    return prof

def gen_conv(platform, name, first_text, followups, t, lang='en', me='', org='', att=None):
    msgs = []; tt = t
    def add(s, x, a=None):
        nonlocal tt
        msgs.append((s, x, tt, a)); tt = tt + dt.timedelta(hours=R.randint(1, 72), minutes=R.randint(0, 59))
    if R.random() < 0.05: first_text = first_text + '\n' + R.choice(QUIRKS[:9])
    add('contact', sign(first_text, me, org, lang, 0.4), att if att and R.random() < 0.5 else None)
    for f in followups:
        if R.random() < 0.8: add('user', user_reply() if R.random() < 0.6 else R.choice(['Thanks — sure.', 'Sounds good.', 'Happy to help where I can.', 'Thanks, will do.', 'Cheers!', 'No problem.']))
        add('contact', f)
    if R.random() < 0.4: add('user', R.choice(['Thanks!', 'Great, speak soon.', 'Will take a look.', 'Appreciated.']))
    return conv(platform, name, msgs), tt

ENG_DEPTS = ['Defence Equipment & Support', 'Aerospace Engineering', 'Space Directorate', 'Telecoms Security', 'Cyber Security Operations', 'Quantum Technologies Programme', 'AI Research Lab']
NEG_KINDS = ['agency_recruiters', 'employer_staff', 'conference_organisers', 'alumni_network', 'research_group', 'stock_phrases',
             'coworking_freelancers', 'vendor_sales_team', 'newsroom_journalists', 'student_cohort', 'ex_colleagues']

def lang_for_group():
    return wchoice({'en': 10, 'de': 2, 'fr': 2, 'es': 1.2, 'zh': 1.2, 'ru': 0.8, 'ar': 1})

def make_group(kind, size, staff_by_dept, all_staff):
    out = []
    start = rdate(T0, T1 - dt.timedelta(days=30))
    burst = kind in ('conference_organisers', 'vendor_sales_team', 'agency_recruiters', 'stock_phrases') and R.random() < 0.6
    end = min(start + dt.timedelta(days=R.randint(7, 30) if burst else R.randint(60, 500)), T1)
    depts = R.sample(ENG_DEPTS if kind in ('agency_recruiters', 'vendor_sales_team') else list(DEPTS), k=R.randint(1, 3))
    emp, emp_dom = pool(EMPLOYERS)
    ag = pool(AGENCIES); ev = pool(EVENTS); uni, uni_dom = pool(UNIS); lab = R.choice(LABS); cw = pool(COWORK)
    vend, prod = pool(VENDORS); outlet, out_dom = pool(OUTLETS)
    year = '2026'
    fixed_tpl = None
    for i in range(size):
        t = rdate(start, end)
        tgt = R.choice(staff_by_dept[R.choice(depts)]) if (burst or R.random() < 0.6) else R.choice(all_staff)
        topic, sector = DEPTS[tgt['dept']]
        lang = lang_for_group() if kind not in ('agency_recruiters', 'newsroom_journalists') else ('en' if R.random() < 0.8 else R.choice(['de', 'fr', 'es', 'zh', 'ar']))
        p = person(lang, native_p=0.4)
        ctx = {'first': tgt['first'], 'me': p['first'], 'topic': topic, 'sector': sector, 'dept': tgt['dept'], 'city': R.choice(CITIES['en'][:5] + CITIES[lang][:2]),
               'date': (t + dt.timedelta(days=R.randint(10, 60))).strftime(R.choice(['%d %B', '%A %d %B', '%d/%m/%Y', '%B %d'])), 'year': year}
        follow = []
        kw = {}
        if kind == 'agency_recruiters':
            a_name, a_dom, a_phone = ag
            city = R.choice(['London', 'Bristol', 'Manchester', 'Farnborough', 'Reading', 'Guildford'])
            head = R.choice(['Senior Consultant – Defence & Security', 'Principal Recruitment Consultant', 'Associate Director, Engineering', 'Recruitment Consultant – Cleared Roles', 'Talent Consultant']) + ' | ' + a_name
            phones = [a_phone] + ([phone('en')] if R.random() < 0.3 else [])
            prof = genuine_profile(p, lang, t, head, a_name, city, comp_url='https://www.linkedin.com/company/' + slugify(a_name) + '/', email_domain=a_dom,
                                   phones=phones if R.random() < 0.8 else None, website='https://www.' + a_dom if R.random() < 0.6 else None)
            ctx.update(org=a_name, employer=pool([e for e, _ in EMPLOYERS]), role=R.choice(ROLES), salary=R.choice([55, 60, 65, 70, 75, 80, 85, 95]), phone=a_phone, city=city)
            if fixed_tpl is None: fixed_tpl = bank(GEN['agency_recruiters'])
            first = fixed_tpl[2] if R.random() < 0.75 else bank(GEN['agency_recruiters'])[2]
            follow = list(dict.fromkeys(bank(GEN['agency_followup'])[2] for _ in range(R.randint(0, 3))))
        elif kind == 'employer_staff':
            city = R.choice(['Farnborough', 'Bristol', 'Warton', 'Filton', 'Derby', 'Stevenage', 'Portsmouth', 'London', 'Toulouse', 'München', 'Ottobrunn'])
            head = R.choice(ROLES + ['HR Business Partner', 'Early Careers Recruiter', 'Bid Manager', 'Supplier Quality Manager', 'Chief Engineer']) + ' at ' + emp
            prof = genuine_profile(p, lang, t, head, emp, city, comp_url='https://www.linkedin.com/company/' + slugify(emp) + '/', email_domain=emp_dom,
                                   mutual=R.randint(3, 60), website=None)
            ctx.update(employer=emp, link='https://careers.' + emp_dom + '/events/' + R.choice(['open-evening', 'engineering-insight', 'graduate-fair']))
            first = bank(GEN['employer_staff'])[2]
        elif kind == 'conference_organisers':
            e_name, e_url, e_city = ev
            dayjob = R.choice([('Associate Professor', pool(UNIS)[0]), ('Principal Scientist', pool([x for x, _ in EMPLOYERS])), ('Security Researcher', R.choice(['Google', 'Microsoft', 'NCC Group', 'Kaspersky', 'ESET', 'Trend Micro'])),
                               ('Events Manager', e_name), ('Programme Chair', e_name)])
            head = dayjob[0] + ' at ' + dayjob[1] + ' | ' + R.choice(['PC member', 'Programme Committee', 'Track chair', 'Organising committee']) + ', ' + e_name
            prof = genuine_profile(p, lang, t, head, dayjob[1], e_city, website=e_url if R.random() < 0.7 else None)
            ctx.update(event=e_name, link=e_url)
            first = bank(GEN['conference_organisers'])[2]
        elif kind == 'alumni_network':
            staffer = R.random() < 0.35
            if staffer:
                head = R.choice(['Alumni Relations Officer', 'Head of Alumni Engagement', 'Development & Alumni Relations Manager', 'Careers Adviser']) + ' at ' + uni
                prof = genuine_profile(p, lang, t, head, uni, R.choice(['London', 'Manchester', 'Edinburgh', 'Bristol', 'Paris', 'Madrid', 'Zürich']), email_domain=uni_dom, school=uni,
                                       website='https://www.' + uni_dom + '/alumni')
            else:
                emp2 = R.choice([e for e, _ in EMPLOYERS] + BIGNAMES)
                prof = genuine_profile(p, lang, t, R.choice(ROLES) + ' at ' + emp2, emp2, R.choice(CITIES['en'][:5]), school=uni)
            ctx.update(school=uni, link='https://www.' + uni_dom + '/alumni/events')
            first = bank(GEN['alumni_network'])[2]
        elif kind == 'research_group':
            head = R.choice(['PhD Candidate', 'Postdoctoral Research Associate', 'Professor', 'Senior Lecturer', 'Research Fellow', 'Lab Manager']) + ', ' + lab + ', ' + uni
            site = 'https://www.' + uni_dom + '/research/' + slugify(lab)
            prof = genuine_profile(p, lang, t, head, uni, R.choice(['London', 'Manchester', 'Edinburgh', 'Bristol', 'München', 'Leuven', 'Zürich']), school=uni, email_domain=uni_dom,
                                   website=site, platform=R.choice(['linkedin', 'linkedin', 'researchgate', 'x']))
            ctx.update(school=uni, lab=lab, link=R.choice([site + '/survey', 'https://forms.office.com/e/' + hexh(10), 'https://arxiv.org/abs/25' + dig(2) + '.' + dig(5)]))
            first = bank(GEN['research_group'])[2]
        elif kind == 'stock_phrases':
            emp2 = R.choice([e for e, _ in EMPLOYERS] + BIGNAMES + ['Self-employed', 'Tesco', 'Unilever', 'Barclays', 'Lloyds Banking Group'])
            prof = genuine_profile(p, lang, t, R.choice(ROLES + ['Business Analyst', 'Sales Manager', 'Account Director', 'Operations Lead', 'Founder']) + ' at ' + emp2, emp2,
                                   R.choice(CITIES['en'] + CITIES[lang]), thin=R.random() < 0.3)
            if fixed_tpl is None: fixed_tpl = bank(GEN['stock_phrases'])
            first = fixed_tpl[2] if R.random() < 0.6 else bank(GEN['stock_phrases'])[2]
        elif kind == 'coworking_freelancers':
            skill = R.choice(SKILLS_FREE)
            city = cw.split(',')[-1].strip().split()[-1] if ',' in cw else 'London'
            city = {'E1': 'London', 'SE1': 'London', 'London': 'London', 'Berlin': 'Berlin', 'Paris': 'Paris', '8': 'Hamburg', '22': 'Madrid', 'Street': 'Bristol', 'Edinburgh': 'Edinburgh', 'Amsterdam': 'Amsterdam'}.get(city, city)
            web = 'https://www.' + ascii_slug(p['latin_first'] + p['latin_last']) + R.choice(['.design', '.co.uk', '.com', '.studio', '.dev'])
            prof = genuine_profile(p, lang, t, 'Freelance ' + skill + R.choice(['', ' | Open to projects', ' · Public sector & charities']), 'Self-employed', city,
                                   about='Independent ' + skill + '. Based at ' + cw + '. ' + R.choice(['Available for short contracts.', 'Portfolio on my website.', 'IR35-compliant, happy to work via agencies.']),
                                   website=web, platform=R.choice(['linkedin', 'linkedin', 'malt']))
            ctx.update(skill=skill, cowork=cw)
            first = bank(GEN['coworking_freelancers'])[2]
        elif kind == 'vendor_sales_team':
            head = R.choice(['Account Executive – Public Sector', 'Enterprise Account Manager', 'Sales Development Representative', 'Solutions Engineer', 'Regional Sales Director']) + ' at ' + vend
            vdom = ascii_slug(vend) + '.com'
            prof = genuine_profile(p, lang, t, head, vend, R.choice(['London', 'Reading', 'Cambridge', 'Dublin', 'Amsterdam']), comp_url='https://www.linkedin.com/company/' + slugify(vend) + '/', email_domain=vdom)
            ctx.update(vendor=vend, product=prod, link=R.choice(['https://calendly.com/' + ascii_slug(p['latin_first']) + '-' + ascii_slug(p['latin_last']) + '/20min', 'https://www.' + vdom + '/events/']))
            if fixed_tpl is None: fixed_tpl = bank(GEN['vendor_sales_team'])
            first = fixed_tpl[2] if R.random() < 0.7 else bank(GEN['vendor_sales_team'])[2]
            follow = [R.choice(['Just bumping this to the top of your inbox!', 'Would next Tuesday or Wednesday work for a quick call?', 'No worries if the timing isn\'t right — happy to reconnect next quarter.'])] if R.random() < 0.5 else []
        elif kind == 'newsroom_journalists':
            head = R.choice(['Defence Correspondent', 'Technology Reporter', 'Security Editor', 'Europe Correspondent', 'Senior Reporter', 'Data Journalist']) + ' at ' + outlet
            prof = genuine_profile(p, lang, t, head, outlet, R.choice(['London', 'Brussels', 'Berlin', 'Paris', 'Madrid', 'Washington, DC']), email_domain=out_dom,
                                   platform=R.choice(['linkedin', 'x', 'x']), website='https://www.' + out_dom + '/' + R.choice(['stream/', 'authors/', 'journalists/']) + ascii_slug(p['latin_first'] + '-' + p['latin_last']))
            ctx.update(outlet=outlet)
            first = bank(GEN['newsroom_journalists'])[2]
        elif kind == 'student_cohort':
            field = R.choice(FIELDS)
            prof = genuine_profile(p, lang, t, R.choice(['Student', 'Final-year student', 'MSc candidate', 'Undergraduate']) + ' at ' + uni + ' | ' + field, uni,
                                   R.choice(['London', 'Manchester', 'Edinburgh', 'Bristol', 'Madrid', 'Paris']), school=uni, thin=True,
                                   edu_override=[{'school': uni, 'degree': R.choice(['BSc', 'BA', 'MSc', 'MEng', 'MA']), 'field': field, 'start': str(t.year - R.randint(0, 3)), 'end': str(t.year + R.randint(0, 1))}])
            ctx.update(school=uni, field=field)
            first = bank(GEN['student_cohort'])[2]
        elif kind == 'ex_colleagues':
            emp2 = R.choice([e for e, _ in EMPLOYERS if e != emp] + BIGNAMES)
            prof = genuine_profile(p, lang, t, R.choice(ROLES) + ' at ' + emp2, emp2, R.choice(['London', 'Bristol', 'Farnborough', 'Manchester', 'Reading']), prev_company=emp,
                                   mutual=R.randint(10, 80))
            ctx.update(employer=emp)
            first = bank(GEN['ex_colleagues'])[2]
        ctx.setdefault('event', ev[0]); ctx.setdefault('school', uni); ctx.setdefault('link', ev[1]); ctx.setdefault('org', emp); ctx.setdefault('employer', emp)
        c = None; tt = t
        mlang = 'en'
        if lang != 'en' and kind in GEN_NL.get(lang, {}) and R.random() < 0.75:
            first = R.choice(GEN_NL[lang][kind]); mlang = lang; follow = []
        nf = R.choice([0, 0, 1, 1, 2, 2, 3, 4])
        pool_f = GEN_FOLLOW_NL[mlang] if mlang != 'en' else GEN_FOLLOW.get(kind, [])
        if pool_f and len(follow) < nf:
            follow = follow + R.sample(pool_f, k=min(len(pool_f), nf - len(follow)))
        comp = prof.get('experience', [{}])[0].get('company', '') if kind not in ('student_cohort', 'stock_phrases', 'ex_colleagues') else ''
        if R.random() > (0.12 if kind != 'stock_phrases' else 0.05):
            c, tt = gen_conv(R.choice(['linkedin', 'linkedin', 'email']) if prof['platform'] != 'x' else 'x', p['display'] if R.random() < 0.9 else prof['url'],
                             fill(first, ctx), [fill(f, ctx) for f in follow], t, lang=mlang, me=p['first'], org=comp if comp != 'Self-employed' else '',
                             att={'agency_recruiters': ['JD_' + ctx.get('role', 'Role').replace(' ', '_') + '.pdf'], 'conference_organisers': ['CFP_' + ctx['event'].replace(' ', '_') + '.pdf'],
                                  'vendor_sales_team': [ctx.get('vendor', 'Vendor') + '_Public_Sector_Overview.pdf'], 'coworking_freelancers': ['Portfolio_2026.pdf'],
                                  'research_group': ['Participant_Information_Sheet.pdf'], 'alumni_network': ['Reunion_invite.pdf']}.get(kind))
        out.append(report(prof, c, tgt, tt + dt.timedelta(hours=R.randint(1, 200)), {'campaign': None, 'kind': kind}))
    return out

def make_victim(sha, t, staff_by_dept, all_staff):
    lang = lang_for_group(); p = person(lang, native_p=0.3)
    emp2 = R.choice([e for e, _ in EMPLOYERS] + BIGNAMES + ['Self-employed', 'NHS', 'University of Leeds', 'Unilever'])
    tt = rdate(max(T0, t - dt.timedelta(days=200)), min(T1, t + dt.timedelta(days=200)))
    prof = genuine_profile(p, lang, tt, R.choice(ROLES + ['Marketing Manager', 'Model & Actress', 'Travel blogger', 'Nurse', 'Teacher', 'Architect']) + ' at ' + emp2, emp2,
                           R.choice(CITIES['en'] + CITIES[lang]), photo={'present': True, 'sha256': sha})
    tgt = R.choice(all_staff)
    ctx = {'first': tgt['first'], 'event': pool(EVENTS)[0], 'city': R.choice(CITIES['en'])}
    c = None
    if R.random() < 0.7:
        if lang != 'en' and R.random() < 0.75: txt, ml = R.choice(GEN_NL[lang]['photo_victim']), lang
        else: txt, ml = bank(GEN['photo_victim'])[2], 'en'
        c, tt = gen_conv('linkedin', p['display'], fill(txt, ctx), [], tt, lang=ml, me=p['first'])
    return report(prof, c, tgt, tt + dt.timedelta(hours=R.randint(1, 300)), {'campaign': None, 'kind': 'photo_victim'})

def make_single(staff_by_dept, all_staff):
    k = R.choice(NEG_KINDS)
    r, t = make_group(k, 1, staff_by_dept, all_staff)[0]
    t['kind'] = 'genuine_single'
    return (r, t)

# --------------------------------------------------------------------------- staff (the people approached) and main
def make_staff(n):
    staff, seen = [], set()
    depts = list(DEPTS)
    for i in range(n):
        lang = wchoice({'en': 20, 'de': 1, 'fr': 1, 'es': 1, 'zh': 1, 'ar': 1, 'ru': 0.5})
        m, f, last = NAMES[lang]
        first = R.choice(R.choice([m, f])); ln = R.choice(last)
        base = ascii_slug(first) + '.' + ascii_slug(ln).replace('-', '')
        e = base; k = 1
        while e in seen:
            k += 1; e = base + str(k)
        seen.add(e)
        staff.append({'first': first, 'last': ln, 'email': e + '@org.example', 'dept': depts[i % len(depts)]})
    by = {}
    for s in staff: by.setdefault(s['dept'], []).append(s)
    return staff, by

def op_size():
    return R.choice([3, 3, 4, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 21, 25, 30, 36, 40])

def main():
    global HELD, R
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, required=True); ap.add_argument('--size', type=int, default=3000)
    ap.add_argument('--out', required=True); ap.add_argument('--truth', required=True); ap.add_argument('--held-out', action='store_true')
    ap.add_argument('--summary', help='optional JSON summary (ops, care levels)')
    a = ap.parse_args()
    HELD = a.held_out; R = random.Random(a.seed)
    N = a.size
    staff, by = make_staff(max(300, N // 3))
    styles = (HELD_STYLES + sorted(R.sample(DEV_STYLES, 4))) if HELD else list(DEV_STYLES)
    recs, ops_meta = [], []
    victims = []
    op_budget = round(0.42 * N); lone_budget = round(0.08 * N)
    order = styles * 2
    R.shuffle(order)
    k = 0; rem = op_budget
    while rem >= 3:
        st = order[k] if k < len(order) else R.choice(styles)
        s = min(op_size(), rem)
        if 0 < rem - s < 3: s = rem if rem <= 40 else s - 3
        cid = 'op-' + hashlib.sha256(('%d:%d:%s:%s' % (a.seed, k, st, HELD)).encode()).hexdigest()[:12]
        out, vic, meta = make_op(st, s, cid, by)
        meta['campaign'] = cid; ops_meta.append(meta)
        recs += out; victims += vic; rem -= s; k += 1
    lone_budget += rem
    for _ in range(lone_budget):
        r, vic = make_lone(styles, by); recs.append(r); victims += vic[:1]
    gen_budget = N - len(recs)
    R.shuffle(victims)
    cap = int(0.04 * N)
    ex = [v for v in victims if v[0] == 'exact']; rc = [v for v in victims if v[0] != 'exact']
    chosen = ex[:int(cap * 0.65)]; chosen += rc[:cap - len(chosen)]
    for kind, sha, t in chosen:
        recs.append(make_victim(sha, t, by, staff)); gen_budget -= 1
    group_budget = int(gen_budget * 0.78)
    kinds = list(NEG_KINDS); R.shuffle(kinds); ki = 0
    while group_budget >= 3:
        kd = kinds[ki % len(kinds)]; ki += 1
        s = min(R.choice([3, 4, 5, 6, 8, 10, 12, 15, 20, 25]), group_budget)
        if 0 < group_budget - s < 3: s = group_budget
        g = make_group(kd, s, by, staff)
        recs += g; group_budget -= s; gen_budget -= s
    while gen_budget > 0:
        recs.append(make_single(by, staff)); gen_budget -= 1
    recs.sort(key=lambda x: (x[0]['reported_at'], x[1]['url']))
    with open(a.out, 'w', encoding='utf-8') as fo, open(a.truth, 'w', encoding='utf-8') as ft:
        for r, t in recs:
            fo.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + '\n')
            ft.write(json.dumps(t, ensure_ascii=False) + '\n')
    if a.summary:
        with open(a.summary, 'w') as f:
            json.dump(ops_meta, f, indent=1)

if __name__ == '__main__':
    main()
