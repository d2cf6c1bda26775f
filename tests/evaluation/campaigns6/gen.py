#!/usr/bin/env python3
"""Blind evaluation-set generator "campaigns6" (standard library only, deterministic per seed).

Writes reported personas (profile + optional conversation + reporter metadata) and a truth file that
groups the fake personas of coordinated hostile operations into campaigns. See README.md.
"""
import argparse, datetime, hashlib, json, random, unicodedata

# ----------------------------------------------------------------------------------------------
# Name pools.  Each entry of the Russian / Chinese / Arabic pools carries the native script and the
# romanisations seen in the wild.  Held-back names: index % 4 == 3 (dev never uses them).
# ----------------------------------------------------------------------------------------------
EN_FIRST = ["James", "Olivia", "Daniel", "Sophie", "Michael", "Emma", "Thomas", "Hannah", "Ryan", "Laura",
            "Andrew", "Rachel", "David", "Chloe", "Mark", "Jessica", "Peter", "Amy", "Simon", "Katie",
            "Richard", "Lucy", "Benjamin", "Grace", "Matthew", "Charlotte", "Christopher", "Eleanor",
            "Nathan", "Abigail", "Gareth", "Fiona", "Neil", "Megan", "Adam", "Harriet", "Owen", "Jennifer",
            "Luke", "Victoria", "Samuel", "Natalie", "Alistair", "Bethany", "Callum", "Imogen"]
EN_LAST = ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Robinson", "Thompson", "White",
           "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke",
           "Turner", "Hill", "Scott", "Cooper", "Morris", "Ward", "Moore", "King", "Watson", "Baker",
           "Harrison", "Morgan", "Patel", "Young", "Allen", "Mitchell", "Bell", "Kelly", "Carter", "Fletcher",
           "Reid", "Sutton", "Palmer", "Hayes"]
DE_FIRST = ["Jonas", "Lena", "Felix", "Anna", "Lukas", "Katharina", "Maximilian", "Julia", "Tobias", "Sarah",
            "Florian", "Laura", "Stefan", "Miriam", "Matthias", "Sabine", "Jan", "Christina", "Philipp",
            "Nadine", "Moritz", "Franziska", "Sebastian", "Carina", "Henrik", "Johanna", "Dominik", "Vanessa"]
DE_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
           "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
           "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Vogel", "Brandt", "Kaiser", "Ludwig"]
FR_FIRST = ["Camille", "Julien", "Manon", "Antoine", "Léa", "Nicolas", "Chloé", "Mathieu", "Élodie", "Guillaume",
            "Claire", "Sébastien", "Aurélie", "Romain", "Pauline", "Thibault", "Margaux", "Vincent", "Inès",
            "Maxime", "Hélène", "Quentin", "Solène", "Baptiste"]
FR_LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
           "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent",
           "Fournier", "Morel", "Girard", "Lemaire", "Chevalier"]
ES_FIRST = ["Carlos", "Lucía", "Javier", "María", "Alejandro", "Paula", "Daniel", "Carmen", "Pablo", "Elena",
            "Sergio", "Laura", "Diego", "Marta", "Andrés", "Isabel", "Miguel", "Sofía", "Raúl", "Beatriz",
            "Álvaro", "Nuria", "Gonzalo", "Irene"]
ES_LAST = ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
           "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Romero", "Navarro", "Torres",
           "Domínguez", "Castillo", "Ortega", "Rubio", "Serrano"]
RU_FIRST = [("Сергей", ["Sergey", "Sergei"], "m"), ("Юлия", ["Yulia", "Yuliya", "Julia"], "f"),
            ("Алексей", ["Alexey", "Aleksei", "Alexei"], "m"), ("Наталья", ["Natalya", "Natalia"], "f"),
            ("Дмитрий", ["Dmitry", "Dmitriy", "Dmitri"], "m"), ("Екатерина", ["Ekaterina", "Yekaterina"], "f"),
            ("Андрей", ["Andrey", "Andrei"], "m"), ("Анастасия", ["Anastasia", "Anastasiya"], "f"),
            ("Михаил", ["Mikhail", "Michail"], "m"), ("Ксения", ["Ksenia", "Kseniya", "Xenia"], "f"),
            ("Артём", ["Artem", "Artyom"], "m"), ("Ольга", ["Olga"], "f"),
            ("Евгений", ["Evgeny", "Yevgeny", "Evgenii"], "m"), ("Татьяна", ["Tatyana", "Tatiana"], "f"),
            ("Игорь", ["Igor"], "m"), ("Мария", ["Maria", "Mariya"], "f"), ("Илья", ["Ilya", "Ilia"], "m"),
            ("Дарья", ["Darya", "Daria"], "f"), ("Григорий", ["Grigory", "Grigoriy"], "m"),
            ("Алёна", ["Alena", "Alyona"], "f"), ("Вадим", ["Vadim"], "m"), ("Полина", ["Polina"], "f"),
            ("Константин", ["Konstantin", "Constantine"], "m"), ("Виктория", ["Viktoria", "Victoria"], "f")]
RU_LAST = [("Кузнецов", ["Kuznetsov"]), ("Соловьёв", ["Solovyov", "Soloviev", "Solovev"]), ("Морозов", ["Morozov"]),
           ("Волков", ["Volkov"]), ("Лебедев", ["Lebedev"]), ("Козлов", ["Kozlov"]), ("Новиков", ["Novikov"]),
           ("Фёдоров", ["Fedorov", "Fyodorov"]), ("Смирнов", ["Smirnov"]), ("Орлов", ["Orlov"]),
           ("Зайцев", ["Zaitsev", "Zaytsev"]), ("Воробьёв", ["Vorobyov", "Vorobiev"]),
           ("Григорьев", ["Grigoryev", "Grigoriev"]), ("Белов", ["Belov"]), ("Тарасов", ["Tarasov"]),
           ("Ковалёв", ["Kovalev", "Kovalyov"]), ("Медведев", ["Medvedev"]), ("Соколов", ["Sokolov"]),
           ("Егоров", ["Egorov", "Yegorov"]), ("Никитин", ["Nikitin"])]
ZH_LAST = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
           ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"),
           ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"), ("林", "Lin"), ("何", "He"), ("郭", "Guo"), ("马", "Ma"),
           ("罗", "Luo")]
ZH_GIVEN = [("伟", "Wei"), ("静", "Jing"), ("敏", "Min"), ("丽娜", "Lina"), ("强", "Qiang"), ("磊", "Lei"),
            ("洋", "Yang"), ("艳", "Yan"), ("勇", "Yong"), ("军", "Jun"), ("杰", "Jie"), ("娟", "Juan"),
            ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("秀英", "Xiuying"), ("晓东", "Xiaodong"),
            ("海燕", "Haiyan"), ("子涵", "Zihan"), ("欣怡", "Xinyi"), ("浩然", "Haoran"), ("雨桐", "Yutong"),
            ("俊杰", "Junjie"), ("思远", "Siyuan")]
ZH_ENGLISH = ["David", "Grace", "Kevin", "Amy", "Jason", "Cindy", "Eric", "Vivian", "Tony", "Helen", "Frank",
              "Iris"]
AR_FIRST = [("محمد", ["Mohammed", "Muhammad", "Mohamed", "Mohamad"]), ("أحمد", ["Ahmed", "Ahmad"]),
            ("حسين", ["Hussein", "Hossein", "Husain"]), ("علي", ["Ali"]), ("يوسف", ["Youssef", "Yousef", "Yusuf"]),
            ("خالد", ["Khaled", "Khalid"]), ("عمر", ["Omar", "Umar"]), ("فاطمة", ["Fatima", "Fatma"]),
            ("مريم", ["Maryam", "Mariam"]), ("ليلى", ["Layla", "Leila", "Laila"]), ("نور", ["Nour", "Noor"]),
            ("سارة", ["Sara", "Sarah"]), ("رانيا", ["Rania", "Ranya"]), ("كريم", ["Karim", "Kareem"]),
            ("طارق", ["Tarek", "Tariq"]), ("هدى", ["Huda", "Hoda"])]
AR_LAST = [("الحسيني", ["Al-Husseini", "Alhusseini", "El Husseini"]), ("حداد", ["Haddad"]),
           ("منصور", ["Mansour", "Mansur"]), ("الخطيب", ["Al-Khatib", "Alkhatib", "El-Khatib"]),
           ("سليمان", ["Suleiman", "Sulaiman", "Soliman"]), ("عبد الله", ["Abdullah", "Abdallah"]),
           ("الشامي", ["Al-Shami", "Alshami"]), ("الرشيد", ["Al-Rashid", "Alrashid"]),
           ("قاسم", ["Qasem", "Kassem", "Qassim"]), ("صالح", ["Saleh", "Salih"]), ("جابر", ["Jaber", "Jabir"]),
           ("النجار", ["Al-Najjar", "Elnaggar", "Alnajjar"])]
FA_FIRST = [("سارا", ["Sara"]), ("نیلوفر", ["Niloufar", "Nilufar"]), ("رضا", ["Reza"]), ("مریم", ["Maryam"]),
            ("امیر", ["Amir"]), ("شیرین", ["Shirin"]), ("کاوه", ["Kaveh"]), ("پریسا", ["Parisa"])]
FA_LAST = [("احمدی", ["Ahmadi"]), ("رضایی", ["Rezaei", "Rezaee"]), ("کریمی", ["Karimi"]), ("حسینی", ["Hosseini", "Hoseini"]),
           ("موسوی", ["Mousavi", "Musavi"]), ("صادقی", ["Sadeghi", "Sadeqi"])]

LATIN_POOLS = {"en": (EN_FIRST, EN_LAST), "de": (DE_FIRST, DE_LAST), "fr": (FR_FIRST, FR_LAST),
               "es": (ES_FIRST, ES_LAST)}

# ----------------------------------------------------------------------------------------------
# Invented (hostile) organisations and events; dev and held-out lists never overlap.
# ----------------------------------------------------------------------------------------------
HOSTILE_ORGS = {
    "dev": ["Albion Strategic Advisory", "Meridian Insight Partners", "Northgate Policy Institute",
            "Castlebridge Talent", "Helvetic Risk Review", "Orion Global Consulting", "Bluewater Horizon Research",
            "Sterling Crest Associates", "Atlas Futures Forum", "Kingsway Executive Search",
            "Euro-Asia Dialogue Centre", "Lumen Analytics Group", "Pioneer Defence Review", "Greyfriars Policy Lab",
            "Silverline Recruitment", "Nordic Security Observatory", "Crescent Advisory Partners",
            "Vantage Point Talent", "Trident Horizon Consulting", "Beacon International Studies"],
    "test": ["Halcyon Risk Analytics", "Sable Ridge Advisory", "Copperfield Research Council",
             "Aurora Bridge Foundation", "Westmarch Talent Network", "Polaris Expert Exchange",
             "Granite Harbour Institute", "Emerald Axis Partners", "Sunbridge Scholars Programme",
             "Clearwater Frontier Journal", "Ironbridge Policy Forum", "Azimuth Talent Alliance",
             "Tidewater Strategic Studies", "Lodestar Knowledge Network", "Cobalt Meridian Review",
             "Brightwater Global Fellows", "Ravenscourt Analytics", "Silk Route Innovation Council"],
}
HOSTILE_EVENTS = {
    "dev": ["Global Future Defence Dialogue", "International Summit on Emerging Security Technologies",
            "Eurasian Energy Security Forum", "World Congress on Quantum Futures", "Strategic Horizons Roundtable",
            "International Forum on Maritime Autonomy"],
    "test": ["Transcontinental Aerospace Leadership Summit", "Silk Road Science & Innovation Conference",
             "Gulf–Europe Cyber Resilience Roundtable", "International Symposium on Advanced Materials Policy",
             "Future Battlespace Webinar Series", "Arctic Strategy Dialogue"],
}
CITIES = ["Dubai", "Istanbul", "Singapore", "Vienna", "Geneva", "Doha", "Kuala Lumpur", "Belgrade", "Hong Kong",
          "Baku", "Abu Dhabi", "Budapest"]
PHISH_DOMAINS = {"dev": ["gfdd-events.org", "isest-summit.com", "energyforum-eurasia.net", "wcqf2026.org",
                         "strat-horizons.info", "maritime-autonomy-forum.com"],
                 "test": ["tals-summit.net", "silkroad-sci-conf.org", "gecr-roundtable.com", "isamp-policy.org",
                          "fbw-webinars.live", "arctic-dialogue.events"]}
REPO_NAMES = {"dev": ["defi-trading-assessment", "interview-task-node", "wallet-connector-test", "pricing-engine-demo"],
              "test": ["take-home-radar-sim", "candidate-eval-kit", "fintech-onboarding-task", "nft-market-challenge"]}

# genuine organisations (real-looking, fictitious); dev vs held-out
GENUINE = {
    "dev": {
        "agency": [("Harcourt Blake Recruitment", "+44 20 7946 0321", "harcourtblake.example"),
                   ("Ridgeway Technical Search", "+44 117 496 0455", "ridgewaysearch.example")],
        "multinational": [("Thalvor Industries", "thalvor.example"), ("Nexaris Group", "nexaris.example")],
        "conference": [("EuroSec Systems Conference 2026", "Lisbon", "eurosec-conf.example"),
                       ("Applied Photonics Workshop (APW 2026)", "Grenoble", "apw2026.example")],
        "university": [("University of Brentwick", "brentwick.ac.example"), ("Technische Hochschule Altenau", "th-altenau.example")],
        "lab": [("Brentwick Autonomous Systems Lab", "bas-lab.example")],
        "coworking": [("Canal Works Coworking, 12 Canal Street, Manchester", "+44 161 496 0777")],
        "translation": [("LinguaBridge Translations", "+44 20 7946 0555", "linguabridge.example")],
        "langschool": [("Polyglot Corporate Language Academy", "polyglot-academy.example")],
        "diaspora": [("ru", "Verein russischsprachiger Ingenieure e.V.", "vrie-ev.example"),
                     ("zh", "UK Chinese Engineers & Scientists Association", "ukcesa.example"),
                     ("ar", "Arab Professionals Network London", "apnl.example")],
        "newsroom": [("The Northern Ledger", "northernledger.example")],
        "vendor": [("Cobaltic Software", "cobaltic.example")],
        "expertnet": [("Gleneagle Expert Network", "gleneagle-experts.example")],
    },
    "test": {
        "agency": [("Ashdown Carter Associates", "+44 20 7946 0888", "ashdowncarter.example"),
                   ("Pennine Cleared Talent", "+44 113 496 0222", "penninecleared.example")],
        "multinational": [("Valdramar Systems", "valdramar.example"), ("Orsetti Aerospace", "orsetti.example")],
        "conference": [("NordicRadar Symposium 2026", "Trondheim", "nordicradar.example"),
                       ("Iberian Space Technology Days", "Seville", "istd2026.example")],
        "university": [("Kingsmere University", "kingsmere.ac.example"), ("Université de Valmont", "univ-valmont.example")],
        "lab": [("Kingsmere Quantum Materials Group", "kqmg.example")],
        "coworking": [("The Foundry Hub, 3 Mill Lane, Bristol", "+44 117 496 0999")],
        "translation": [("Transcripta Language Services", "+49 30 5557 2100", "transcripta.example")],
        "langschool": [("Babel & Co Sprachschule", "babelco.example")],
        "diaspora": [("ru", "Russian-Speaking Professionals Club Paris", "rspc-paris.example"),
                     ("zh", "Verband chinesischer Wissenschaftler in Bayern", "vcwb.example"),
                     ("ar", "Association des ingénieurs arabes de France", "aiaf.example")],
        "newsroom": [("Meridian Defence Weekly", "mdweekly.example")],
        "vendor": [("Quillstone Analytics", "quillstone.example")],
        "expertnet": [("Tessaly Insight Calls", "tessaly.example")],
        "standards": [("IEC TC 999 Working Group 4", "iec-wg4.example")],
        "chamber": [("British–Iberian Chamber of Commerce", "bicc.example")],
    },
}

# ----------------------------------------------------------------------------------------------
# Targets: organisations whose staff report approaches.
# ----------------------------------------------------------------------------------------------
TARGET_ORGS = [
    # domain, lang (name culture), sector, departments
    ("cabinetoffice.example", "en", "gov", ["National Security Secretariat", "Economic Security Unit", "Cyber Policy Team"]),
    ("fcdo.example", "en", "gov", ["Eastern Europe & Central Asia Directorate", "China Department", "Middle East & North Africa Directorate", "Sanctions Unit"]),
    ("mod-des.example", "en", "gov", ["Defence Equipment & Support – Submarines", "Complex Weapons", "Air Support Team"]),
    ("desnz.example", "en", "gov", ["Civil Nuclear & Resilience", "Energy Security Strategy"]),
    ("aerotech-systems.example", "en", "defence", ["Radar & Electronic Warfare", "Systems Engineering", "Bids & Proposals", "Export Control"]),
    ("marinecore.example", "en", "defence", ["Submarine Propulsion", "Sonar Systems", "Programme Office"]),
    ("qubitworks.example", "en", "tech", ["Quantum Hardware", "Cryogenics", "Business Development"]),
    ("brightcell.example", "en", "tech", ["Battery Chemistry R&D", "Manufacturing Engineering"]),
    ("uni-northfield.example", "en", "academia", ["School of Physics – Photonics Group", "Centre for Strategic Studies", "Hypersonics Laboratory"]),
    ("coinvault.example", "en", "fintech", ["Platform Engineering", "Blockchain Core", "Security Engineering"]),
    ("bmvg-baainbw.example", "de", "gov", ["Abteilung Luft", "Referat Rüstungskontrolle", "Cyber- und Informationsraum"]),
    ("auswaertiges-amt.example", "de", "gov", ["Referat Osteuropa", "Referat Ostasien", "Krisenstab"]),
    ("hensoldtec.example", "de", "defence", ["Radartechnik", "Sensorik & Optronik", "Vertrieb Behörden"]),
    ("fraunhofer-iox.example", "de", "academia", ["Halbleitertechnologie", "Lasertechnik", "Quantensensorik"]),
    ("sgdsn.example", "fr", "gov", ["Direction des affaires internationales", "Protection du secret"]),
    ("navalia-fr.example", "fr", "defence", ["Propulsion navale", "Systèmes de combat", "Direction commerciale"]),
    ("cnrs-lab.example", "fr", "academia", ["Laboratoire de physique des plasmas", "Institut d'optique"]),
    ("indra-sys.example", "es", "defence", ["Sistemas de defensa aérea", "Ciberseguridad", "Programas espaciales"]),
    ("exteriores.example", "es", "gov", ["Dirección General de Política Exterior", "Gabinete del Ministro"]),
    ("itri-tw.example", "zh", "tech", ["半导体研发部", "光电所", "先进封装部"]),
    ("edge-defence.example", "ar", "defence", ["Missile Systems", "Unmanned Systems", "Strategy Office"]),
    ("riga-energy.example", "ru", "gov", ["Energy Security Department", "Grid Interconnection Office"]),
]
TOPICS = {
    "gov": ["sanctions policy", "national security strategy", "export controls", "energy security", "China policy",
            "Eastern European affairs", "defence procurement", "arms control"],
    "defence": ["radar signal processing", "electronic warfare", "naval propulsion", "sonar systems", "air defence",
                "defence exports", "UAV autonomy", "complex weapons"],
    "tech": ["superconducting qubits", "advanced packaging", "battery chemistry", "cryogenic engineering",
             "compound semiconductors", "photonic integrated circuits"],
    "academia": ["hypersonic flow", "nonlinear optics", "plasma physics", "strategic studies", "quantum sensing",
                 "materials science"],
    "fintech": ["blockchain infrastructure", "DeFi security", "payments engineering", "wallet security"],
}
PROJECT_NAMES = ["Dreadnought", "Tempest", "the next-generation radar", "the new frigate programme", "the 2nm pilot line",
                 "the hypersonic test campaign", "the grid interconnector", "the air-defence upgrade"]

# ----------------------------------------------------------------------------------------------
# Hostile phrase banks.  Variants with index % 3 == 2 are held back from dev.
# Placeholders: {first} target, {me} sender first name, {org}, {topic}, {fee}, {event}, {city}, {date},
# {phone}, {handle}, {email}, {link}, {repo}, {colleague}, {project}, {sector}, {roledesc}
# ----------------------------------------------------------------------------------------------
H = {"en": {
 "open": ["Hi {first}, I came across your profile while researching {topic} and was genuinely impressed by your background.",
          "Dear {first}, your experience in {topic} really stands out. I hope you don't mind me reaching out directly.",
          "Hello {first} - a contact of mine mentioned your name in connection with {topic}, so I thought I'd say hello.",
          "Good afternoon {first}, I've been following your posts on {topic} for a while and would love to connect.",
          "Hi {first}! Sorry for the cold message. Your profile came up as one of the most experienced people in {topic}.",
          "{first}, hope you are well. I rarely write to strangers, but your work on {topic} is exactly what we need.",
          "Hello {first}, thanks for accepting my invitation. I admire the career you have built in {topic}.",
          "Dear {first}, I hope this note finds you well. Someone with your depth in {topic} is hard to find.",
          "Hi {first}, quick note - I think you could help us with something related to {topic}."],
 "intro": {
  "recruiter": ["I'm a senior consultant at {org}; we place experienced people with clients in {sector}.",
                "I lead the {sector} desk at {org}, and one of our clients is building a new team.",
                "I work for {org}, a specialist search firm. We have an exclusive mandate that matches your profile very well.",
                "At {org} we help a small number of well-funded clients find senior engineers."],
  "thinktank": ["I'm a research fellow at {org}, an independent policy institute based in {city}.",
                "I coordinate the expert network at {org}; we produce analysis for private and institutional clients.",
                "I work at {org} in {city}. We write short briefings on {sector} for our members.",
                "{org} is a small think tank and we are looking for practitioners, not academics."],
  "consult": ["I work for {org}, a boutique advisory firm supporting investors in {sector}.",
              "I'm a partner at {org}; our clients are mainly Asian and Gulf investment funds interested in {sector}.",
              "We at {org} provide market intelligence to companies entering the European {sector} market.",
              "My firm, {org}, runs research projects for clients who need a practitioner's view of {sector}."],
  "conference": ["I'm on the organising committee of the {event}, taking place in {city} on {date}.",
                 "I coordinate speakers for the {event} ({city}, {date}).",
                 "On behalf of the {event} secretariat I am contacting a short list of distinguished experts.",
                 "I'm the programme manager of the {event}, which will be held in {city} on {date}."],
  "journalist": ["I'm a correspondent for {org}, an online outlet covering {sector}.",
                 "I write for {org} and I'm preparing a longer piece on {topic}.",
                 "I'm a freelance journalist working with {org} on an investigation into {topic}."],
  "student": ["I'm a PhD candidate at {org}, researching {topic}.",
              "I'm a visiting scholar at {org} and my thesis is on {topic}.",
              "I'm a master's student at {org}; my supervisor suggested I talk to practitioners in {topic}."],
  "expertnet": ["I'm an associate at {org}; we connect clients with industry experts for short paid consultations.",
                "{org} arranges one-hour calls between investors and people with real industry experience.",
                "I recruit advisers for {org}, an expert network with clients in Asia and the Middle East."],
  "foundation": ["I manage the fellowship programme at {org}, which supports international research dialogue.",
                 "{org} funds short research fellowships for senior professionals in {sector}.",
                 "I'm the grants officer at {org}, a private foundation based in {city}."],
  "talent": ["I represent {org}, which identifies overseas experts for very well-funded research positions.",
             "{org} runs an international talent programme with generous packages for senior scientists.",
             "I work with {org}; we invite leading foreign specialists for short visits and longer appointments."],
  "journal": ["I'm an associate editor at {org}, a new peer-reviewed journal on {topic}.",
              "{org} is preparing a special issue on {topic} and I'm inviting contributors.",
              "I'm the managing editor of {org} and we commission practitioner papers."],
 },
 "money": ["Our clients pay {fee} for a short paper of 5-10 pages on topics you already know well.",
           "We would pay {fee} per report - nothing sensitive of course, just your own perspective.",
           "The honorarium is {fee} for each piece, paid within a week by bank transfer or PayPal.",
           "For a one-hour call we can offer {fee}, and more if the client wants a follow-up.",
           "These are short written insights; compensation is {fee} each, which I think is fair for a couple of evenings.",
           "Fee: {fee} per paper. We can pay in any currency you prefer, or in crypto.",
           "We usually agree {fee} per contribution and cover any expenses on top.",
           "The budget for this is {fee} per assignment, paid upfront if you prefer."],
 "elicit": {
  "programme": ["Out of interest, how is {project} going? Our client keeps hearing it is behind schedule.",
                "Which suppliers are you working with on the current phase?",
                "What is the timeline for the next milestone on your project, roughly?",
                "How big is the budget for the new programme these days?"],
  "team": ["Who else is on your team working on this? Perhaps they would be interested too.",
           "Who would be the right person in your department to speak to about procurement decisions?",
           "Is anyone in your group with access to the trial data open to side projects?",
           "Could you introduce me to a couple of colleagues who work on the same topic?"],
  "internal": ["What is the mood internally about the reorganisation? Who is pushing for it?",
               "Do you know which way your ministry is leaning on the export decision?",
               "Who actually signs off on these decisions in your directorate?",
               "Is there any announcement coming that we should prepare our client for?"],
  "travel": ["Will you be at any conferences this year? Which dates? It would be great to meet in person.",
             "Are you travelling anywhere in the next few months? I could arrange to meet you there.",
             "When are you next in Brussels or Geneva? I could buy you lunch."],
  "technical": ["What kind of performance are you seeing in the latest trials? Even approximate figures would help.",
                "Could you say a bit about the test results from the last campaign?",
                "What are the key specifications of the system you are working on now?",
                "Which parameters turned out to be the hardest to meet?"],
  "documents": ["If you have any presentations or internal notes you could share, that would help us tailor the brief.",
                "Anything you can send - slides, reports, drafts - would be appreciated and kept private.",
                "Do you have the latest version of the project report? Even an older draft would do."],
 },
 "cv": ["Could you send an updated CV? Please include your clearance level and when your vetting was last renewed, as the client screens for that.",
        "Please send me your resume, and mention your security clearance (DV/SC) and which programmes you have worked on.",
        "To put you forward I need a CV listing your current clearance, projects and security vetting history."],
 "off_record": ["This is just an informal chat, nothing official - strictly off the record.",
                "Just between us, nothing would be attributed to you.",
                "Think of it as a friendly conversation, not an interview."],
 "off_platform": ["LinkedIn messages are a bit slow for me - could we move to WhatsApp? My number is {phone}.",
                  "I'm much easier to reach on Telegram: {handle}.",
                  "Can you add me on WeChat ({handle})? It's easier for me from here.",
                  "Shall we switch to Signal? My number is {phone}.",
                  "Please write to my personal email {email}, our company mail filters a lot.",
                  "Drop me a message on WhatsApp ({phone}) and I'll send you the details."],
 "secrecy": ["I'd appreciate it if we kept this between us for now - the client is very private.",
             "No need to mention this to your employer; it's purely a personal arrangement.",
             "Please treat this as confidential, even within your team.",
             "It is better not to discuss this with colleagues until things are agreed."],
 "speaking": ["We would be honoured to have you as a keynote speaker at the {event} in {city} on {date}. There is an honorarium of {fee} and all travel and hotel costs are covered.",
              "The organisers cover business-class flights and five-star accommodation, plus a speaker fee of {fee}.",
              "You would give a 30-minute talk; we offer {fee} and pay for flights, hotel and a guest.",
              "Please consider joining our panel - {fee}, all expenses paid, and a visit programme afterwards."],
 "credentials": ["To confirm your speaker slot, please sign in at {link} with your work email and password.",
                 "You will receive a 6-digit verification code by SMS - could you forward it to me so I can finish your registration?",
                 "Please join the remote session at {link} ten minutes early so our technician can check your setup.",
                 "Our platform needs you to log in once with your Microsoft account at {link} to unlock the speaker pack."],
 "malware": ["The next step is a short technical assessment. Please clone {repo} and run it on your work laptop - it needs your usual dev environment.",
             "I've attached the test as a zip (password 2026). Run the setup script and follow the instructions.",
             "The client uses a custom interview tool; please install it from {link} before the call.",
             "Please run npm install && npm start in the {repo} project and send me a screenshot of the output."],
 "passport": ["To book your flights and hotel, could you send a copy of your passport photo page and your date of birth?",
              "The travel agency needs a scan of your passport to issue the tickets and the visa invitation.",
              "Please send your passport details (number, expiry, nationality) so we can arrange the invitation letter."],
 "handoff_give": ["My colleague {colleague} handles this area and will contact you directly.",
                  "I'm moving to a new project, so {colleague} will take over from here.",
                  "{colleague} from our team speaks your language and will follow up with you."],
 "handoff_recv": ["{colleague} passed on your details and said you might be open to a short collaboration.",
                  "I'm taking over from {colleague}, who told me a lot about you.",
                  "My colleague {colleague} asked me to continue our conversation."],
 "escalate": ["The client was very happy with your first paper. For the next one they would like more specific detail - names of units, dates and any figures you have.",
              "Great work on the last report. Could the next one focus on what is being discussed internally rather than public information?",
              "Thanks again. The client would now like something more substantial, and is ready to double the fee.",
              "We are very pleased. Next time please include anything you have on the budget and the partners involved."],
 "close": ["Looking forward to hearing from you.", "Best regards,", "Kind regards,", "Thanks in advance!",
           "Have a great week.", "Warm regards,"],
}}

H["de"] = {
 "open": ["Hallo {first}, ich bin bei meiner Recherche zu {topic} auf Ihr Profil gestoßen und war sehr beeindruckt.",
          "Sehr geehrte/r {first}, Ihre Erfahrung im Bereich {topic} ist wirklich bemerkenswert.",
          "Guten Tag {first}, ein Bekannter hat Ihren Namen im Zusammenhang mit {topic} erwähnt.",
          "Hallo {first}, entschuldigen Sie die direkte Nachricht – Ihr Werdegang in {topic} hat mich neugierig gemacht."],
 "intro": ["Ich arbeite für {org} in {city}, wir sind im Bereich {roledesc} tätig.",
           "Kurz zu mir: ich bin bei {org} ({roledesc}) und suche erfahrene Praktiker.",
           "{org} ist ein kleines Team für {roledesc}; ich betreue dort die Expertenkontakte."],
 "money": ["Für ein kurzes Papier von etwa fünf Seiten zahlen wir {fee}.",
           "Das Honorar beträgt {fee} pro Bericht, Überweisung innerhalb einer Woche.",
           "Wir bieten {fee} je Beitrag – natürlich nur Ihre persönliche Einschätzung, nichts Vertrauliches."],
 "elicit": {"programme": ["Wie läuft eigentlich {project}? Man hört, der Zeitplan sei ins Rutschen geraten.",
                          "Mit welchen Zulieferern arbeiten Sie in der aktuellen Phase zusammen?"],
            "team": ["Wer arbeitet in Ihrem Team noch an dem Thema? Vielleicht hätten Kollegen auch Interesse.",
                     "Wer entscheidet bei Ihnen eigentlich über die Beschaffung?"],
            "internal": ["Wie ist die Stimmung intern zur Umstrukturierung? Wer treibt das voran?",
                         "Wissen Sie, in welche Richtung das Haus bei der Exportentscheidung tendiert?"],
            "technical": ["Welche Werte erreichen Sie bei den aktuellen Tests ungefähr?",
                          "Könnten Sie etwas zu den Testergebnissen der letzten Kampagne sagen?"],
            "documents": ["Falls Sie Präsentationen oder interne Unterlagen haben, würde uns das sehr helfen.",
                          "Alles, was Sie teilen können – Folien, Entwürfe, Berichte – behandeln wir vertraulich."],
            "travel": ["Sind Sie dieses Jahr auf Konferenzen? Wann genau? Ein persönliches Treffen wäre schön."]},
 "cv": ["Könnten Sie mir Ihren Lebenslauf schicken, bitte mit Angabe Ihrer Sicherheitsüberprüfung (Ü2/Ü3)?",
        "Für den Kunden brauche ich einen CV mit Ihrer aktuellen Sicherheitsstufe und den Projekten, an denen Sie beteiligt waren."],
 "off_record": ["Das ist nur ein informelles Gespräch, ganz unter uns.", "Natürlich alles inoffiziell, nichts wird zitiert."],
 "off_platform": ["Können wir auf WhatsApp weiterschreiben? Meine Nummer: {phone}.",
                  "Am besten erreichen Sie mich über Telegram: {handle}.",
                  "Schreiben Sie mir gern an meine private Adresse {email}.",
                  "Wollen wir zu Signal wechseln? {phone}"],
 "secrecy": ["Ich wäre dankbar, wenn das vorerst unter uns bleibt.",
             "Ihr Arbeitgeber muss davon nichts wissen, es ist eine rein private Vereinbarung.",
             "Bitte behandeln Sie das vertraulich, auch gegenüber Kollegen."],
 "speaking": ["Wir möchten Sie herzlich als Hauptredner zum {event} in {city} am {date} einladen. Das Honorar beträgt {fee}, Reise und Hotel werden übernommen.",
              "Flüge in der Business Class, Hotel und ein Rednerhonorar von {fee} übernehmen die Veranstalter."],
 "credentials": ["Bitte bestätigen Sie Ihre Teilnahme unter {link} mit Ihrer dienstlichen E-Mail und Ihrem Passwort.",
                 "Sie erhalten gleich einen Bestätigungscode per SMS – könnten Sie ihn mir weiterleiten?",
                 "Bitte treten Sie der Fernsitzung unter {link} zehn Minuten früher bei, damit unser Techniker alles prüfen kann."],
 "passport": ["Für die Flugbuchung bräuchten wir eine Kopie Ihres Reisepasses und Ihr Geburtsdatum.",
              "Bitte senden Sie uns Ihre Passdaten (Nummer, Ablaufdatum), damit wir das Einladungsschreiben ausstellen können."],
 "handoff_give": ["Meine Kollegin/mein Kollege {colleague} ist für Deutschland zuständig und meldet sich direkt bei Ihnen.",
                  "{colleague} aus unserem Team übernimmt ab jetzt – auf Deutsch geht es einfacher."],
 "handoff_recv": ["{colleague} hat mir Ihren Kontakt gegeben und meinte, Sie seien offen für eine kurze Zusammenarbeit.",
                  "Ich übernehme das Gespräch von {colleague}, der/die mir viel von Ihnen erzählt hat."],
 "escalate": ["Der Kunde war sehr zufrieden. Beim nächsten Mal bitte konkreter – Namen, Termine, Zahlen.",
              "Vielen Dank! Könnte der nächste Bericht eher auf die internen Diskussionen eingehen?"],
 "close": ["Beste Grüße", "Viele Grüße", "Herzliche Grüße", "Ich freue mich auf Ihre Antwort."],
}
H["fr"] = {
 "open": ["Bonjour {first}, j'ai découvert votre profil en travaillant sur {topic} et votre parcours m'a beaucoup impressionné.",
          "Cher/Chère {first}, votre expérience en {topic} est tout à fait remarquable.",
          "Bonjour {first}, une connaissance commune m'a parlé de vous au sujet de {topic}.",
          "Bonjour {first}, pardon pour ce message direct : votre expertise en {topic} nous intéresse vivement."],
 "intro": ["Je travaille pour {org} à {city}, dans le domaine {roledesc}.",
           "Je suis chez {org} ({roledesc}) et nous cherchons des praticiens expérimentés.",
           "{org} est une petite structure spécialisée ({roledesc}) ; je m'occupe du réseau d'experts."],
 "money": ["Nous rémunérons {fee} une note courte de cinq à dix pages.",
           "Les honoraires sont de {fee} par rapport, versés sous huit jours.",
           "Nous proposons {fee} par contribution, uniquement votre analyse personnelle bien sûr."],
 "elicit": {"programme": ["Où en est {project} ? On entend dire que le calendrier a pris du retard.",
                          "Avec quels fournisseurs travaillez-vous sur la phase actuelle ?"],
            "team": ["Qui d'autre travaille sur ce sujet dans votre équipe ?", "Qui décide des achats dans votre service ?"],
            "internal": ["Comment la réorganisation est-elle perçue en interne ? Qui la porte ?",
                         "Savez-vous de quel côté penche votre ministère sur la décision d'exportation ?"],
            "technical": ["Quelles performances obtenez-vous lors des derniers essais, à peu près ?",
                          "Pourriez-vous nous parler des résultats de la dernière campagne d'essais ?"],
            "documents": ["Si vous avez des présentations ou des notes internes à partager, cela nous aiderait beaucoup.",
                          "Tout ce que vous pourrez transmettre restera strictement entre nous."],
            "travel": ["Serez-vous à des conférences cette année ? À quelles dates ? J'aimerais vous rencontrer."]},
 "cv": ["Pourriez-vous m'envoyer votre CV en précisant votre niveau d'habilitation (Confidentiel/Secret Défense) ?",
        "Le client demande un CV mentionnant votre habilitation et les programmes sur lesquels vous avez travaillé."],
 "off_record": ["C'est une discussion informelle, rien d'officiel.", "Entre nous, rien ne vous sera attribué."],
 "off_platform": ["Pouvons-nous continuer sur WhatsApp ? Mon numéro : {phone}.",
                  "Je suis plus joignable sur Telegram : {handle}.",
                  "Écrivez-moi plutôt sur mon adresse personnelle {email}.",
                  "Passons sur Signal si vous voulez : {phone}."],
 "secrecy": ["Je vous remercie de garder cela pour vous pour le moment.",
             "Inutile d'en parler à votre employeur, c'est un arrangement personnel.",
             "Merci de traiter cette proposition de manière confidentielle."],
 "speaking": ["Nous serions honorés de vous accueillir comme intervenant principal au {event} à {city} le {date}. Honoraires de {fee}, voyage et hôtel pris en charge.",
              "Les organisateurs prennent en charge les vols en classe affaires, l'hôtel et des honoraires de {fee}."],
 "credentials": ["Merci de confirmer votre intervention sur {link} avec votre adresse professionnelle et votre mot de passe.",
                 "Vous allez recevoir un code de vérification par SMS, pourriez-vous me le transmettre ?",
                 "Merci de rejoindre la session à distance sur {link} dix minutes avant, pour un test technique."],
 "passport": ["Pour réserver vos billets, pourriez-vous nous envoyer une copie de votre passeport ?",
              "Merci de nous communiquer les données de votre passeport (numéro, date d'expiration) pour la lettre d'invitation."],
 "handoff_give": ["Mon/ma collègue {colleague} s'occupe de la France et vous contactera directement.",
                  "{colleague} prend le relais, ce sera plus simple en français."],
 "handoff_recv": ["{colleague} m'a transmis vos coordonnées et m'a dit que vous seriez ouvert(e) à une collaboration.",
                  "Je prends la suite de {colleague}, qui m'a dit beaucoup de bien de vous."],
 "escalate": ["Le client est très satisfait. Pour la prochaine note, il faudrait des éléments plus précis : noms, dates, chiffres.",
              "Merci encore ! La prochaine fois, pourriez-vous vous concentrer sur les discussions internes ?"],
 "close": ["Bien cordialement,", "Belle journée,", "Au plaisir de vous lire.", "Cordialement,"],
}
H["es"] = {
 "open": ["Hola {first}, encontré su perfil investigando sobre {topic} y me impresionó mucho su trayectoria.",
          "Estimado/a {first}, su experiencia en {topic} es realmente destacable.",
          "Buenas tardes {first}, un contacto en común me habló de usted en relación con {topic}.",
          "Hola {first}, disculpe el mensaje directo; su perfil en {topic} es justo lo que buscamos."],
 "intro": ["Trabajo para {org} en {city}, en el ámbito de {roledesc}.",
           "Soy parte de {org} ({roledesc}) y buscamos profesionales con experiencia real.",
           "{org} es un equipo pequeño de {roledesc}; yo coordino la red de expertos."],
 "money": ["Pagamos {fee} por un informe breve de cinco a diez páginas.",
           "Los honorarios son de {fee} por informe, con pago en una semana.",
           "Ofrecemos {fee} por colaboración; solo su opinión personal, nada confidencial."],
 "elicit": {"programme": ["¿Cómo va {project}? Se comenta que hay retrasos en el calendario.",
                          "¿Con qué proveedores trabajan en la fase actual?"],
            "team": ["¿Quién más trabaja en este tema en su equipo?", "¿Quién toma las decisiones de compra en su departamento?"],
            "internal": ["¿Cómo se vive internamente la reorganización? ¿Quién la impulsa?",
                         "¿Sabe hacia dónde se inclina el ministerio en la decisión de exportación?"],
            "technical": ["¿Qué resultados están obteniendo en las últimas pruebas, aproximadamente?",
                          "¿Podría contarnos algo de los resultados de la última campaña de ensayos?"],
            "documents": ["Si tiene presentaciones o notas internas que pueda compartir, nos ayudaría mucho.",
                          "Cualquier documento que pueda enviarnos se tratará con total discreción."],
            "travel": ["¿Va a asistir a algún congreso este año? ¿En qué fechas? Me encantaría conocerle."]},
 "cv": ["¿Podría enviarme su CV indicando su nivel de habilitación de seguridad?",
        "El cliente necesita un currículum con su acreditación de seguridad y los programas en los que ha participado."],
 "off_record": ["Es solo una charla informal, nada oficial.", "Entre nosotros, no se le citará en ningún caso."],
 "off_platform": ["¿Seguimos por WhatsApp? Mi número es {phone}.",
                  "Me encuentra más fácilmente en Telegram: {handle}.",
                  "Escríbame mejor a mi correo personal {email}.",
                  "¿Pasamos a Signal? {phone}"],
 "secrecy": ["Le agradecería que esto quedara entre nosotros por ahora.",
             "No hace falta comentarlo con su empresa; es un acuerdo personal.",
             "Por favor, trate esta propuesta con discreción."],
 "speaking": ["Sería un honor contar con usted como ponente principal en el {event}, en {city}, el {date}. Honorarios de {fee} y todos los gastos cubiertos.",
              "La organización cubre vuelos en business, hotel y unos honorarios de {fee}."],
 "credentials": ["Para confirmar su ponencia, inicie sesión en {link} con su correo corporativo y contraseña.",
                 "Le llegará un código de verificación por SMS; ¿me lo puede reenviar para completar el registro?",
                 "Únase a la sesión remota en {link} diez minutos antes para la prueba técnica."],
 "passport": ["Para reservar los vuelos necesitamos una copia de su pasaporte y su fecha de nacimiento.",
              "Envíenos los datos de su pasaporte (número y caducidad) para la carta de invitación."],
 "malware": ["El siguiente paso es una prueba técnica: clone {repo} y ejecútelo en su portátil del trabajo.",
             "Le adjunto la prueba en un zip; ejecute el script de instalación y siga las instrucciones."],
 "handoff_give": ["Mi compañero/a {colleague} lleva España y le escribirá directamente.",
                  "{colleague} continuará con usted a partir de ahora, en español será más fácil."],
 "handoff_recv": ["{colleague} me pasó su contacto y me dijo que estaría abierto/a a colaborar.",
                  "Tomo el relevo de {colleague}, que me habló muy bien de usted."],
 "escalate": ["El cliente quedó muy contento. Para el próximo informe necesitaría más detalle: nombres, fechas, cifras.",
              "¡Gracias! ¿El siguiente podría centrarse en lo que se discute internamente?"],
 "close": ["Un saludo,", "Saludos cordiales,", "Quedo atento/a.", "Muchas gracias de antemano."],
}
H["ru"] = {
 "open": ["Здравствуйте, {first}! Нашёл(ла) ваш профиль, когда изучал(а) тему «{topic}», и очень впечатлён(а) вашим опытом.",
          "Добрый день, {first}. Ваш опыт в области {topic} действительно выделяется.",
          "{first}, здравствуйте! Общий знакомый упомянул вас в связи с темой {topic}.",
          "Здравствуйте, {first}, простите за прямое сообщение — нам очень нужен специалист вашего уровня."],
 "intro": ["Я работаю в {org} ({city}), мы занимаемся направлением «{roledesc}».",
           "Коротко о себе: я представляю {org} ({roledesc}), мы ищем практиков, а не теоретиков.",
           "{org} — небольшая команда ({roledesc}), я отвечаю за работу с экспертами."],
 "money": ["За короткую аналитическую записку на 5–10 страниц мы платим {fee}.",
           "Гонорар — {fee} за отчёт, оплата в течение недели, можно в любой валюте.",
           "Мы предлагаем {fee} за материал — только ваше личное мнение, ничего секретного."],
 "elicit": {"programme": ["Как продвигается {project}? Говорят, сроки сдвигаются.",
                          "С какими поставщиками вы работаете на текущем этапе?"],
            "team": ["Кто ещё в вашей команде занимается этой темой?", "Кто у вас принимает решения о закупках?"],
            "internal": ["Как внутри относятся к реорганизации? Кто её продвигает?",
                         "Не знаете, к какому решению склоняется министерство по экспорту?"],
            "technical": ["Какие показатели вы получаете на последних испытаниях, хотя бы примерно?",
                          "Можете рассказать о результатах последних испытаний?"],
            "documents": ["Если есть презентации или внутренние записки, которыми можно поделиться, это очень поможет.",
                          "Любые материалы, которые пришлёте, останутся строго между нами."],
            "travel": ["Вы будете на каких-нибудь конференциях в этом году? В какие даты? Было бы здорово встретиться."]},
 "cv": ["Пришлите, пожалуйста, резюме с указанием уровня допуска и даты последней проверки.",
        "Клиенту нужно резюме с информацией о вашем допуске и проектах, в которых вы участвовали."],
 "off_record": ["Это просто неформальный разговор, ничего официального.", "Строго между нами, без ссылок на вас."],
 "off_platform": ["Давайте перейдём в Telegram — {handle}.",
                  "Удобнее в WhatsApp: {phone}.",
                  "Напишите мне лучше на личную почту {email}.",
                  "Может, продолжим в Signal? {phone}"],
 "secrecy": ["Буду признателен(на), если пока это останется между нами.",
             "Работодателю об этом знать не обязательно, это частная договорённость.",
             "Пожалуйста, не обсуждайте это с коллегами."],
 "speaking": ["Приглашаем вас выступить с основным докладом на мероприятии «{event}» в {city}, {date}. Гонорар {fee}, перелёт и проживание за наш счёт.",
              "Организаторы оплачивают перелёт бизнес-классом, гостиницу и гонорар {fee}."],
 "credentials": ["Чтобы подтвердить участие, войдите на {link} с рабочей почтой и паролем.",
                 "Вам придёт SMS с кодом подтверждения — перешлите его, пожалуйста, мне.",
                 "Подключитесь к удалённой сессии по ссылке {link} за десять минут до начала."],
 "passport": ["Для покупки билетов пришлите, пожалуйста, скан паспорта и дату рождения.",
              "Нужны данные паспорта (номер, срок действия) для оформления приглашения."],
 "handoff_give": ["Мой коллега {colleague} курирует ваш регион и свяжется с вами напрямую.",
                  "Дальше с вами будет работать {colleague}, так будет удобнее."],
 "handoff_recv": ["{colleague} передал(а) мне ваши контакты и сказал(а), что вы открыты к сотрудничеству.",
                  "Я продолжаю разговор вместо {colleague}, который(ая) очень хорошо о вас отзывался(ась)."],
 "escalate": ["Клиент очень доволен. В следующий раз нужны подробности: имена, даты, цифры.",
              "Спасибо! Следующий материал лучше посвятить внутренним обсуждениям."],
 "close": ["С уважением,", "Всего доброго!", "Буду ждать ответа.", "Хорошего дня!"],
}
H["zh"] = {
 "open": ["{first}您好！我在研究{topic}时看到了您的资料，对您的经历非常钦佩。",
          "{first}老师好，您在{topic}方面的经验非常突出。",
          "{first}您好，一位共同的朋友提到您在{topic}领域很有见解。",
          "您好{first}，冒昧打扰，我们一直在寻找像您这样的{topic}专家。"],
 "intro": ["我在{city}的{org}工作，主要负责{roledesc}。",
           "简单介绍一下：我代表{org}（{roledesc}），正在寻找有实际经验的专家。",
           "{org}是一个专注于{roledesc}的小团队，我负责专家联络。"],
 "money": ["一篇五到十页的简短报告，我们支付{fee}。",
           "每篇报告的酬劳是{fee}，一周内付款，币种可以商量。",
           "每次合作我们提供{fee}，只需要您的个人看法，不涉及敏感内容。"],
 "elicit": {"programme": ["{project}进展如何？听说进度有些推迟。", "目前这一阶段你们和哪些供应商合作？"],
            "team": ["您团队里还有谁在做这个方向？", "你们部门的采购由谁决定？"],
            "internal": ["内部对这次重组怎么看？是谁在推动？", "您知道部里在出口问题上倾向于什么决定吗？"],
            "technical": ["最近的试验大概达到了什么指标？", "能介绍一下上一轮测试的结果吗？"],
            "documents": ["如果有可以分享的内部材料或演示文稿，会对我们很有帮助。", "您发来的任何资料我们都会严格保密。"],
            "travel": ["您今年会参加哪些会议？具体什么时间？希望能当面交流。"]},
 "cv": ["麻烦发一份简历，请注明您的安全许可级别和参与过的项目。", "客户需要一份包含您涉密资质和项目经历的简历。"],
 "off_record": ["这只是非正式的交流，不代表任何官方立场。", "我们私下聊聊，不会引用您的名字。"],
 "off_platform": ["方便加个微信吗？我的微信号：{handle}。", "我们换到微信聊吧，更方便：{handle}。",
                  "也可以发邮件到我的私人邮箱 {email}。", "您用Telegram吗？{handle}"],
 "secrecy": ["这件事希望暂时只在我们之间。", "不必告诉您的单位，这是私人合作。", "请对此事保密，也不要和同事讨论。"],
 "speaking": ["诚邀您作为主旨演讲嘉宾出席{date}在{city}举行的{event}，演讲费{fee}，差旅住宿全部由主办方承担。",
              "主办方承担商务舱机票、五星级酒店，并支付演讲费{fee}。"],
 "credentials": ["请用您的工作邮箱和密码在 {link} 登录确认您的演讲安排。", "您会收到一条短信验证码，麻烦转发给我以完成注册。",
                 "请提前十分钟通过 {link} 加入远程会议，技术人员会帮您调试。"],
 "passport": ["为了预订机票，请发送护照首页扫描件和出生日期。", "请提供护照信息（号码、有效期），以便办理邀请函。"],
 "handoff_give": ["我的同事{colleague}负责您所在的地区，会直接和您联系。", "之后由{colleague}跟您对接，沟通会更方便。"],
 "handoff_recv": ["{colleague}把您的联系方式给了我，说您可能愿意合作。", "我接替{colleague}继续和您沟通，他/她对您评价很高。"],
 "escalate": ["客户非常满意。下一篇希望更具体一些：人名、时间、数据。", "谢谢！下一篇能否重点写写内部的讨论情况？"],
 "close": ["祝好！", "期待您的回复。", "此致敬礼", "谢谢！"],
}
H["ar"] = {
 "open": ["مرحباً {first}، صادفت ملفك الشخصي أثناء بحثي في {topic} وقد أعجبتني خبرتك كثيراً.",
          "عزيزي/عزيزتي {first}، خبرتك في مجال {topic} لافتة حقاً.",
          "مساء الخير {first}، ذكر أحد المعارف اسمك فيما يتعلق بـ{topic}.",
          "مرحباً {first}، أعتذر عن الرسالة المباشرة، فنحن نبحث عن خبير بمستواك في {topic}."],
 "intro": ["أعمل لدى {org} في {city}، في مجال {roledesc}.",
           "باختصار: أمثل {org} ({roledesc}) ونبحث عن خبراء ممارسين.",
           "{org} فريق صغير متخصص في {roledesc}، وأنا مسؤول عن التواصل مع الخبراء."],
 "money": ["ندفع {fee} مقابل ورقة قصيرة من خمس إلى عشر صفحات.",
           "المكافأة {fee} عن كل تقرير، تُدفع خلال أسبوع.",
           "نقدم {fee} لكل مساهمة، رأيك الشخصي فقط ولا شيء سري."],
 "elicit": {"programme": ["كيف يسير {project}؟ يقال إن الجدول الزمني تأخر.", "مع أي موردين تعملون في المرحلة الحالية؟"],
            "team": ["من غيرك في فريقك يعمل على هذا الموضوع؟", "من يتخذ قرارات الشراء في إدارتكم؟"],
            "internal": ["كيف ينظرون داخلياً إلى إعادة الهيكلة؟ ومن يدفع بها؟", "هل تعرف إلى أين تميل الوزارة في قرار التصدير؟"],
            "technical": ["ما هي النتائج التي تحققونها في التجارب الأخيرة تقريباً؟", "هل يمكنك إخباري عن نتائج الاختبارات الأخيرة؟"],
            "documents": ["إذا كانت لديك عروض تقديمية أو مذكرات داخلية يمكن مشاركتها فسيكون ذلك مفيداً جداً.",
                          "أي مواد ترسلها ستبقى بيننا فقط."],
            "travel": ["هل ستحضر مؤتمرات هذا العام؟ في أي تواريخ؟ يسعدني أن نلتقي."]},
 "cv": ["هل يمكنك إرسال سيرتك الذاتية مع ذكر مستوى التصريح الأمني؟", "يحتاج العميل سيرة ذاتية تتضمن تصريحك الأمني والمشاريع التي شاركت فيها."],
 "off_record": ["هذه مجرد دردشة غير رسمية.", "بيننا فقط، ولن يُنسب إليك أي شيء."],
 "off_platform": ["هل نكمل على واتساب؟ رقمي {phone}.", "يمكنك التواصل معي على تيليغرام: {handle}.",
                  "راسلني على بريدي الشخصي {email}.", "لننتقل إلى سيغنال: {phone}"],
 "secrecy": ["أرجو أن يبقى هذا بيننا في الوقت الحالي.", "لا داعي لإبلاغ جهة عملك، فهو ترتيب شخصي.", "يرجى التعامل مع هذا العرض بسرية."],
 "speaking": ["يشرفنا دعوتك متحدثاً رئيسياً في {event} في {city} بتاريخ {date}، مع مكافأة قدرها {fee} وتغطية كاملة للسفر والإقامة.",
              "يتحمل المنظمون تذاكر درجة رجال الأعمال والفندق ومكافأة قدرها {fee}."],
 "credentials": ["لتأكيد مشاركتك، يرجى تسجيل الدخول عبر {link} باستخدام بريد العمل وكلمة المرور.",
                 "ستصلك رسالة برمز تحقق، هل يمكنك إرساله لي لإكمال التسجيل؟",
                 "يرجى الانضمام إلى الجلسة عن بُعد عبر {link} قبل الموعد بعشر دقائق."],
 "passport": ["لحجز تذاكر الطيران نحتاج نسخة من جواز سفرك وتاريخ ميلادك.", "يرجى إرسال بيانات جواز السفر (الرقم وتاريخ الانتهاء) لإصدار خطاب الدعوة."],
 "handoff_give": ["زميلي {colleague} مسؤول عن منطقتكم وسيتواصل معك مباشرة.", "سيتابع معك {colleague} من الآن فصاعداً."],
 "handoff_recv": ["أعطاني {colleague} بيانات التواصل معك وقال إنك قد تكون منفتحاً على التعاون.", "أتابع المحادثة بدلاً من {colleague} الذي أثنى عليك كثيراً."],
 "escalate": ["العميل سعيد جداً. في المرة القادمة نحتاج تفاصيل أدق: أسماء وتواريخ وأرقام.", "شكراً! هل يمكن أن يركز التقرير القادم على النقاشات الداخلية؟"],
 "close": ["مع خالص التحية،", "تحياتي،", "بانتظار ردك.", "شكراً جزيلاً."],
}
ROLEDESC = {
 "de": {"recruiter": "Personalberatung", "thinktank": "Politikanalyse", "consult": "Marktanalyse und Beratung",
        "conference": "Konferenzorganisation", "journalist": "Fachjournalismus", "student": "Promotionsforschung",
        "expertnet": "Expertennetzwerk", "foundation": "Stipendienprogramme", "talent": "internationale Talentförderung", "journal": "Fachpublikation"},
 "fr": {"recruiter": "recrutement de cadres", "thinktank": "analyse politique", "consult": "veille et conseil",
        "conference": "organisation de conférences", "journalist": "journalisme spécialisé", "student": "recherche doctorale",
        "expertnet": "réseau d'experts", "foundation": "bourses de recherche", "talent": "talents internationaux", "journal": "édition scientifique"},
 "es": {"recruiter": "selección de directivos", "thinktank": "análisis político", "consult": "consultoría e inteligencia de mercado",
        "conference": "organización de congresos", "journalist": "periodismo especializado", "student": "investigación doctoral",
        "expertnet": "red de expertos", "foundation": "becas de investigación", "talent": "talento internacional", "journal": "publicación científica"},
 "ru": {"recruiter": "подбор руководителей", "thinktank": "аналитика", "consult": "консалтинг и аналитика рынка",
        "conference": "организация конференций", "journalist": "журналистика", "student": "диссертационное исследование",
        "expertnet": "экспертная сеть", "foundation": "исследовательские гранты", "talent": "привлечение зарубежных специалистов", "journal": "научное издание"},
 "zh": {"recruiter": "高端人才猎聘", "thinktank": "政策研究", "consult": "咨询与市场研究", "conference": "会议组织",
        "journalist": "专业报道", "student": "博士研究", "expertnet": "专家网络", "foundation": "研究资助",
        "talent": "海外高层次人才引进", "journal": "学术出版"},
 "ar": {"recruiter": "استقطاب الكفاءات", "thinktank": "التحليل السياسي", "consult": "الاستشارات وأبحاث السوق",
        "conference": "تنظيم المؤتمرات", "journalist": "الصحافة المتخصصة", "student": "البحث الأكاديمي",
        "expertnet": "شبكة الخبراء", "foundation": "المنح البحثية", "talent": "استقطاب الخبراء الدوليين", "journal": "النشر العلمي"},
}
USER_REPLY = {
 "en": ["Thanks for reaching out. What did you have in mind?", "Sounds interesting - can you tell me a bit more?",
        "I'd need to check with my employer first.", "Who is your client, exactly?", "I'm not sure I can talk about that.",
        "Happy to have a short chat.", "Thanks, I'll think about it.", "What sort of topics?", "OK, send me the details."],
 "de": ["Danke für die Nachricht. Worum genau geht es?", "Klingt interessant, erzählen Sie mehr.",
        "Das müsste ich erst mit meinem Arbeitgeber klären.", "Wer ist denn Ihr Auftraggeber?", "Dazu kann ich leider nichts sagen."],
 "fr": ["Merci pour votre message. De quoi s'agit-il exactement ?", "Intéressant, pouvez-vous m'en dire plus ?",
        "Je dois d'abord en parler à mon employeur.", "Qui est votre client ?", "Je ne peux pas parler de ce sujet."],
 "es": ["Gracias por escribirme. ¿Qué tenía en mente?", "Suena interesante, ¿me cuenta más?",
        "Tendría que consultarlo con mi empresa.", "¿Quién es su cliente?", "De eso no puedo hablar."],
 "ru": ["Спасибо за сообщение. Что именно вы предлагаете?", "Интересно, расскажите подробнее.",
        "Мне нужно сначала согласовать это с работодателем.", "А кто ваш клиент?", "Об этом я говорить не могу."],
 "zh": ["谢谢您的来信。具体是什么合作？", "听起来不错，能详细说说吗？", "我需要先和单位确认一下。", "请问您的客户是哪家机构？", "这个我不方便谈。"],
 "ar": ["شكراً على رسالتك. ما الذي تقترحه بالضبط؟", "يبدو مثيراً للاهتمام، هل يمكنك توضيح المزيد؟",
        "يجب أن أتحقق من جهة عملي أولاً.", "من هو عميلكم؟", "لا أستطيع الحديث عن ذلك."],
}

# ----------------------------------------------------------------------------------------------
# Genuine phrase banks (hard negatives).
# ----------------------------------------------------------------------------------------------
G = {
 "agency": {"en": [
   "Hi {first}, I'm {me} at {org}. I'm recruiting a {role} for {employer} in {city} (permanent, hybrid). The role needs active SC clearance - do you currently hold it? If you're open to a move, what's your notice period and current package? Happy to talk on {phone}.",
   "Hello {first}, {me} from {org} here. We're working with {employer} on several {role} positions in {city}. Do you hold current SC or DV clearance, and would you consider a move this year? Salary band is competitive. You can reach me on {phone} or reply here.",
   "Hi {first}, hope you're well. I'm helping {employer} hire a {role} ({city}). Eligibility for SC is required. Could you let me know your notice period and salary expectations? Full job spec at {url}.",
   "Morning {first} - quick one. {employer} have asked us to find a {role} for their {city} site. Clearance needed (SC minimum). Are you looking at the moment? If so, what would tempt you? {me}, {org}, {phone}."],
   "de": ["Hallo {first}, ich bin {me} von {org}. Für {employer} in {city} suchen wir eine/n {role} (unbefristet). Voraussetzung ist eine Sicherheitsüberprüfung Ü2 – haben Sie diese aktuell? Wie ist Ihre Kündigungsfrist und Ihre Gehaltsvorstellung? Erreichbar unter {phone}."]},
 "multinational": {
  "en": ["Dear {first}, I'm {me}, supplier development manager at {org}. We're running our annual supplier day in {city} and would welcome your company. Registration is via our supplier portal {url}. {org} – Engineering a safer tomorrow. This message may contain confidential information intended only for the addressee.",
         "Hi {first}, {me} here from {org}'s partnerships team. We're launching a public tender for test services; documents are on {url}. Questions can go through the portal only. {org} – Engineering a safer tomorrow.",
         "Hello {first}, following the trade fair, I'm sharing our public capability brochure: {url}. Our local team will be happy to meet. {org} – Engineering a safer tomorrow."],
  "de": ["Sehr geehrte/r {first}, ich bin {me}, Lieferantenentwicklung bei {org}. Wir laden zu unserem jährlichen Lieferantentag in {city} ein. Die Anmeldung erfolgt über unser Lieferantenportal {url}. {org} – Engineering a safer tomorrow. Diese Nachricht kann vertrauliche Informationen enthalten.",
         "Hallo {first}, hier {me} aus dem Partnerschaftsteam von {org}. Die Ausschreibungsunterlagen finden Sie unter {url}; Rückfragen bitte ausschließlich über das Portal. {org} – Engineering a safer tomorrow."],
  "fr": ["Bonjour {first}, je suis {me}, responsable développement fournisseurs chez {org}. Notre journée fournisseurs aura lieu à {city} ; inscription sur notre portail {url}. {org} – Engineering a safer tomorrow. Ce message peut contenir des informations confidentielles.",
         "Bonjour {first}, {me} de l'équipe partenariats de {org}. Le dossier d'appel d'offres est disponible sur {url} ; les questions passent uniquement par le portail. {org} – Engineering a safer tomorrow."],
  "es": ["Hola {first}, soy {me}, responsable de desarrollo de proveedores en {org}. Celebramos nuestra jornada de proveedores en {city}; la inscripción es a través del portal {url}. {org} – Engineering a safer tomorrow. Este mensaje puede contener información confidencial."]},
 "conference": {
  "en": ["Dear {first}, on behalf of the programme committee of {event} ({city}, {date}) I'd like to invite you to submit a paper. The call for papers is public at {url}; deadline in six weeks. Invited speakers receive economy travel reimbursement under our standard policy.",
         "Hi {first}, I'm {me}, one of the session chairs at {event}. Your recent paper would fit our session well - would you consider submitting? CFP and registration: {url}.",
         "Hello {first}, a reminder that registration for {event} is open at {url}. Early-bird rates end next month. We hope to see you in {city}!"],
  "de": ["Sehr geehrte/r {first}, im Namen des Programmkomitees der {event} ({city}, {date}) lade ich Sie ein, einen Beitrag einzureichen. Den Call for Papers finden Sie unter {url}. Eingeladene Vortragende erhalten eine Reisekostenerstattung (Economy) nach unseren Richtlinien.",
         "Hallo {first}, die Anmeldung zur {event} ist jetzt unter {url} geöffnet. Wir freuen uns auf Sie in {city}!"],
  "fr": ["Bonjour {first}, au nom du comité de programme de {event} ({city}, {date}), je vous invite à soumettre une communication. L'appel est public : {url}. Les orateurs invités sont remboursés de leurs frais de voyage en classe économique.",
         "Bonjour {first}, les inscriptions à {event} sont ouvertes sur {url}. Au plaisir de vous voir à {city} !"],
  "es": ["Estimado/a {first}, en nombre del comité de programa de {event} ({city}, {date}) le invito a enviar una comunicación. La convocatoria es pública en {url}. A los ponentes invitados se les reembolsa el viaje en clase turista."]},
 "alumni": {"en": ["Hi {first}, I'm {me} from the alumni relations office at {org}. We're putting together the next alumni magazine - would you share a short update on what you're doing now? You can also update your details at {url}.",
                   "Dear {first}, greetings from {org}! We'd love to feature graduates working in your field at our careers evening. Interested? Details at {url}.",
                   "Hello {first}, the {org} alumni network is organising a reunion in {city}. Tickets via {url}. Hope to see you there!"],
            "fr": ["Bonjour {first}, je suis {me}, du service des anciens de {org}. Nous préparons le prochain magazine des diplômés : auriez-vous un petit mot sur votre parcours ? Mise à jour possible sur {url}."]},
 "lab": {"en": ["Hi {first}, I'm a postdoc at {org}. We're organising an open workshop on our published results next month - programme at {url}. Would you like to come along?",
                "Hello {first}, {me} from {org}. I read your paper and wondered if you'd be interested in co-authoring a review article; all material would be from published sources.",
                "Dear {first}, our group ({org}) has a funded PhD position starting in October - could you share it with any students who might be interested? Details: {url}."]},
 "coworking": {"en": ["Hi {first}, I'm a freelance {role} based at {org}. If your team ever needs extra capacity, my portfolio is at {url}.",
                      "Hello {first}, {me} here - independent {role}, working out of {org}. Would be happy to connect and share what I do.",
                      "Hi {first}, I noticed we're both in {city}. I'm a freelance {role}; happy to grab a coffee if you ever need help."]},
 "translation": {
  "en": ["Dear {first}, I'm {me}, project manager at {org}. We provide certified technical translation in 40 languages, ISO 17100 certified. Price list on request or at {url}.",
         "Hello {first}, {org} here. If your team needs conference interpreting or document translation, we'd be glad to quote. {phone}"],
  "de": ["Sehr geehrte/r {first}, ich bin {me}, Projektmanager/in bei {org}. Wir bieten beglaubigte Fachübersetzungen in 40 Sprachen (ISO 17100). Preisliste unter {url}."],
  "fr": ["Bonjour {first}, je suis {me}, chef(fe) de projet chez {org}. Nous proposons des traductions techniques certifiées dans 40 langues. Tarifs sur {url}."],
  "es": ["Hola {first}, soy {me}, gestor/a de proyectos en {org}. Ofrecemos traducción técnica certificada en 40 idiomas. Tarifas en {url}."],
  "ru": ["Здравствуйте, {first}! Меня зовут {me}, я менеджер проектов в {org}. Мы выполняем сертифицированные технические переводы на 40 языков. Прайс-лист: {url}."],
  "zh": ["{first}您好，我是{org}的项目经理{me}。我们提供40种语言的认证技术翻译服务，报价见 {url}。"],
  "ar": ["مرحباً {first}، أنا {me}، مدير مشاريع في {org}. نقدم ترجمة تقنية معتمدة بأكثر من 40 لغة. قائمة الأسعار على {url}."]},
 "langschool": {
  "en": ["Hi {first}, I'm {me}, a {lang} teacher at {org}. We run corporate language courses on site or online - first lesson free. Details: {url}.",
         "Hello {first}, {org} is starting new evening groups in {lang} next month. Would your team be interested? {url}"],
  "de": ["Hallo {first}, ich bin {me} und unterrichte {lang} bei {org}. Wir bieten Firmenkurse vor Ort oder online an – die erste Stunde ist kostenlos. {url}"]},
 "diaspora": {
  "ru": ["Здравствуйте, {first}! Приглашаем на ежегодную встречу {org} в {city}. Доклады, нетворкинг, ужин. Регистрация: {url}. Членский взнос 30 € в год.",
         "Добрый день, {first}! {org} ищет волонтёров для программы наставничества молодых инженеров. Подробности: {url}."],
  "zh": ["{first}您好！{org}将于下月在{city}举办年度交流会，欢迎参加，报名链接：{url}。会员年费20英镑。",
         "您好{first}，{org}正在招募青年工程师导师计划的志愿者，详情见 {url}。"],
  "ar": ["مرحباً {first}، يسرنا دعوتك إلى اللقاء السنوي لـ{org} في {city}. التسجيل عبر {url}. رسوم العضوية السنوية 30 جنيهاً.",
         "مرحباً {first}، تبحث {org} عن متطوعين لبرنامج الإرشاد المهني للمهندسين الشباب. التفاصيل: {url}"],
  "en": ["Hi {first}, we're {org}, a volunteer-run professional association. Our annual networking evening is in {city} next month - registration at {url}.",
         "Hello {first}, {org} is looking for mentors for young engineers. If you'd like to help, details are at {url}."],
  "de": ["Hallo {first}, wir sind {org}, ein ehrenamtlicher Berufsverband. Unser Netzwerkabend findet nächsten Monat in {city} statt – Anmeldung unter {url}."],
  "fr": ["Bonjour {first}, {org} organise sa soirée annuelle à {city}. Inscriptions sur {url}."]},
 "newsroom": {"en": ["Hi {first}, I'm {me}, a reporter at {org}. I'm writing about {topic} and would like to include a comment from your organisation - could you point me to your press office?",
                     "Hello {first}, {me} from {org}. Is there a media contact at your organisation I should speak to for an on-the-record comment about {topic}?",
                     "Dear {first}, I'm working on a piece on {topic} for {org}. I understand you may not be able to comment personally - who handles press enquiries?"]},
 "students": {"en": ["Hi {first}, I'm a final-year student at {org} studying engineering. Would you have 15 minutes for a quick careers chat about how you got into {topic}?",
                     "Hello {first}, I'm {me}, an undergraduate at {org}. I'm applying for graduate schemes and would really value 15 minutes of your advice.",
                     "Dear {first}, our university careers service suggested I contact alumni in {topic}. Could I ask you a couple of questions about your career path?"]},
 "vendor": {"en": ["Hi {first}, I'm {me} at {org}. We help engineering teams cut test-reporting time by 40%. Worth a 20-minute demo? Book here: {url}",
                   "Hello {first}, following up on my last note - {org} just released a new version with single sign-on and audit trails. Free trial at {url}.",
                   "Hi {first}, {org} here. Customers like yours use us to manage requirements traceability. Happy to share a case study."]},
 "own_hr": {"en": ["Hi {first}, this is {me} from HR. Reminder that annual security refresher training is due by the end of the month - please complete it on the intranet.",
                   "Hello {first}, {me} (HR Business Partner). Could you confirm your line manager details are correct in the HR system? Thanks!",
                   "Hi {first}, quick one from HR: the internal vacancy you asked about has been published on the intranet jobs board."],
            "de": ["Hallo {first}, hier ist {me} aus der Personalabteilung. Bitte denken Sie an die jährliche Sicherheitsunterweisung im Intranet."]},
 "expertnet": {"en": ["Hi {first}, I'm {me} at {org}. A client (an investment fund) is looking for perspectives on the {topic} market. Calls are paid at USD 300/hour. Please note: we never ask for confidential or non-public information, and you should check your employer's policy before accepting. Our compliance terms are at {url}.",
                      "Hello {first}, {org} here. We have a paid consultation request on {topic} ($250/hr). Before any call you'll complete our compliance questionnaire confirming you won't share confidential information. Terms: {url}",
                      "Dear {first}, would you be open to joining {org}'s network? Consultations are paid, arranged via our platform, and governed by our public compliance rules ({url}). Current or former government employees must confirm eligibility."]},
 "stock": {"en": ["I'd like to add you to my professional network on LinkedIn.", "Greetings of the day! Hope you are doing well. Would love to connect.",
                  "Hi {first}, I came across your profile and would like to connect with like-minded professionals.",
                  "Dear {first}, kindly accept my request. Looking forward to exchange ideas.",
                  "Hello {first}, I'm expanding my network in {topic}. Kindly revert if interested in connecting."]},
 "excolleague": {"en": ["Hey {first}! Long time no speak. How are things at the new place? We should grab a pint next time I'm in {city}.",
                        "Hi {first}, saw your promotion - congratulations! Miss working with you.",
                        "{first}! Just saw your post. Are you still in touch with the old team? Would be fun to do a reunion."],
                 "de": ["Hallo {first}, lange nichts gehört! Wie läuft es im neuen Job? Lass uns mal wieder einen Kaffee trinken."],
                 "fr": ["Salut {first} ! Ça fait longtemps. Comment ça se passe dans ta nouvelle équipe ?"],
                 "es": ["¡Hola {first}! Cuánto tiempo. ¿Qué tal en el nuevo trabajo? A ver si quedamos un día."]},
 "standards": {"en": ["Dear {first}, as convenor of {org} I'm circulating the committee draft for comment. Please submit comments via your national committee's portal ({url}) by the deadline.",
                      "Hello {first}, reminder: the next {org} meeting is in {city}. Agenda and documents are on the committee server for registered experts."],
               "de": ["Sehr geehrte/r {first}, anbei der Hinweis auf den Komitee-Entwurf von {org}. Kommentare bitte über das Portal Ihres nationalen Komitees ({url})."],
               "fr": ["Bonjour {first}, en tant qu'animateur de {org}, je vous signale le projet de comité ouvert aux commentaires, via le portail de votre comité national ({url})."]},
 "chamber": {"en": ["Dear {first}, {org} is organising a trade mission to {city} for technology companies. Participation fee and programme are published at {url}.",
                    "Hello {first}, {org} invites members to a networking breakfast in {city}. Registration: {url}."],
             "es": ["Estimado/a {first}, {org} organiza una misión comercial a {city} para empresas tecnológicas. Programa y cuota de participación en {url}."]},
}

ORGWORDS = {
 "dev": (["Albion", "Meridian", "Northgate", "Castlebridge", "Helvetic", "Orion", "Bluewater", "Sterling", "Atlas",
          "Kingsway", "Lumen", "Pioneer", "Greyfriars", "Silverline", "Nordic", "Crescent", "Vantage", "Trident",
          "Beacon", "Harbourview", "Summit", "Crownfield", "Regent", "Ashgrove", "Eurasia", "Bellweather"],
         ["Strategic", "Insight", "Policy", "Talent", "Risk", "Global", "Horizon", "Executive", "Futures", "Analytics",
          "Security", "Dialogue"],
         ["Advisory", "Partners", "Institute", "Group", "Review", "Consulting", "Research", "Associates", "Forum",
          "Search", "Lab", "Centre"]),
 "test": (["Halcyon", "Sable Ridge", "Copperfield", "Aurora", "Westmarch", "Polaris", "Granite", "Emerald", "Sunbridge",
           "Clearwater", "Ironbridge", "Azimuth", "Tidewater", "Lodestar", "Cobalt", "Brightwater", "Ravenscourt",
           "Silk Route", "Juniper", "Obsidian", "Marigold", "Quayside", "Larkspur", "Fenwick"],
          ["Frontier", "Knowledge", "Scholars", "Expert", "Axis", "Bridge", "Talent", "Strategic", "Innovation",
           "Harbour", "Fellows", "Risk"],
          ["Analytics", "Advisory", "Council", "Foundation", "Network", "Exchange", "Institute", "Partners", "Programme",
           "Journal", "Forum", "Alliance"]),
}
EVENTWORDS = {
 "dev": (["Global", "International", "Eurasian", "World", "Strategic", "Future"],
         ["Defence Dialogue", "Security Technologies", "Energy Security", "Quantum Futures", "Maritime Autonomy", "Space Policy"],
         ["Summit", "Forum", "Congress", "Roundtable"]),
 "test": (["Transcontinental", "Silk Road", "Gulf–Europe", "Arctic", "Pan-Pacific", "Trans-Atlantic"],
          ["Aerospace Leadership", "Science & Innovation", "Cyber Resilience", "Advanced Materials", "Battlespace", "Strategy"],
          ["Symposium", "Conference", "Webinar Series", "Dialogue"]),
}
TITLES = {
 "recruiter": ["Senior Talent Partner", "Executive Search Consultant", "Headhunter", "Principal Recruiter", "Talent Acquisition Lead"],
 "thinktank": ["Research Fellow", "Programme Director", "Senior Analyst", "Head of Expert Network"],
 "consult": ["Partner", "Senior Analyst", "Associate Director", "Client Relations Manager"],
 "conference": ["Event Director", "Speaker Relations Manager", "Programme Manager", "Conference Coordinator"],
 "journalist": ["Correspondent", "Contributing Editor", "Investigative Reporter"],
 "student": ["PhD Candidate", "Visiting Scholar", "Research Student", "MSc Student"],
 "expertnet": ["Network Associate", "Expert Recruitment Manager", "Research Associate"],
 "foundation": ["Fellowship Programme Manager", "Grants Officer", "Director of Partnerships"],
 "talent": ["International Talent Officer", "Overseas Recruitment Director", "Science Liaison"],
 "journal": ["Associate Editor", "Managing Editor", "Guest Editor"],
}
ABOUT = {
 "recruiter": ["Connecting exceptional people with exceptional opportunities.", "Confidential search for senior technical leaders.",
               "Passionate about careers in defence and high tech. Always happy to chat!"],
 "thinktank": ["Independent analysis for decision makers.", "Bridging practitioners and policy.", "Interested in security, energy and geopolitics."],
 "consult": ["Helping investors understand complex markets.", "Discreet research for global clients.", "Strategy | Research | Market entry"],
 "conference": ["Bringing world leaders and experts together.", "Creating platforms for high-level dialogue."],
 "journalist": ["Covering defence, tech and geopolitics. DMs open.", "Stories that matter."],
 "student": ["Curious about technology and international relations.", "Researcher. Open to collaboration."],
 "expertnet": ["We connect decision makers with the experts who know.", "Expert calls, fast."],
 "foundation": ["Supporting dialogue and research across borders."],
 "talent": ["Attracting top global talent to world-class research."],
 "journal": ["Open access, rigorous, fast peer review."],
}
OP_LOCATIONS = ["London, England, United Kingdom", "Dubai, United Arab Emirates", "Singapore", "Hong Kong SAR",
                "Geneva, Switzerland", "Vienna, Austria", "Istanbul, Türkiye", "Washington DC-Baltimore Area",
                "Kuala Lumpur, Malaysia", "Brussels, Belgium", "Doha, Qatar", "Belgrade, Serbia", "Cyprus"]
FAKE_PRIOR = ["Deloitte", "McKinsey & Company", "Reuters", "Booz Allen Hamilton", "KPMG", "Accenture", "RAND Corporation",
              "Chatham House", "PwC", "Ernst & Young"]
FAKE_SCHOOLS = ["University of Michigan", "London School of Economics", "Harvard University", "King's College London",
                "Sciences Po", "Tsinghua University", "Moscow State University", "American University of Beirut",
                "Georgetown University", "University of Cambridge", "National University of Singapore"]
REAL_SCHOOLS = ["University of Leeds", "University of Bristol", "Imperial College London", "TU München", "RWTH Aachen",
                "Université Paris-Saclay", "INSA Lyon", "Universidad Politécnica de Madrid", "University of Glasgow",
                "University of Manchester", "KTH Stockholm", "Politecnico di Milano", "Cardiff University"]
GEN_ROLES = ["Systems Engineer", "Software Engineer", "RF Engineer", "Project Manager", "Test Engineer", "Data Scientist",
             "Mechanical Design Engineer", "Embedded Software Engineer", "Technical Writer", "UX Designer", "Bid Manager"]
LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "ru": "Russian", "zh": "Chinese (Mandarin)",
              "ar": "Arabic", "fa": "Persian"}
CC_BY_CITY = {"Dubai": "ae", "Istanbul": "tr", "Singapore": "sg", "Vienna": "at", "Geneva": "ch", "Doha": "qa",
              "Kuala Lumpur": "my", "Belgrade": "rs", "Hong Kong": "hk", "Baku": "az", "Abu Dhabi": "ae", "Budapest": "hu"}
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
          "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
          "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]}
WEBMAIL = ["gmail.com", "outlook.com", "protonmail.com", "yandex.ru", "mail.ru", "163.com", "qq.com", "gmx.de", "hotmail.com", "yahoo.com"]

# ================================================================================================
# Engine
# ================================================================================================
def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slugify(s):
    out, prev = [], "-"
    for c in fold(s).lower():
        if c.isascii() and c.isalnum():
            out.append(c); prev = c
        elif prev != "-":
            out.append("-"); prev = "-"
    return "".join(out).strip("-") or "user"


def fill(text, vals):
    for k, v in vals.items():
        text = text.replace("{" + k + "}", str(v))
    return text


class Ctx:
    def __init__(self, seed, held):
        self.rng = random.Random(seed)
        self.seed, self.held = seed, held
        self.split = "test" if held else "dev"
        self.urls, self.used_orgs, self.used_events, self.used_phones = set(), set(), set(), set()
        self.n = 0

    def pick(self, bank):
        r = self.rng
        if len(bank) < 3:
            return r.choice(bank)
        common = [b for i, b in enumerate(bank) if i % 3 != 2]
        if not self.held:
            return r.choice(common)
        res = [b for i, b in enumerate(bank) if i % 3 == 2]
        return r.choice(res) if r.random() < 0.5 else r.choice(bank)

    def pick_name(self, pool):
        r = self.rng
        common = [b for i, b in enumerate(pool) if i % 4 != 3]
        if not self.held:
            return r.choice(common)
        res = [b for i, b in enumerate(pool) if i % 4 == 3]
        return r.choice(res) if r.random() < 0.6 else r.choice(pool)

    def h(self, label):
        self.n += 1
        return hashlib.sha256(f"{self.seed}:{label}:{self.n}".encode()).hexdigest()


# ---------------------------------------------------------------- identities
def make_identity(ctx, culture):
    r = ctx.rng
    if culture in LATIN_POOLS:
        fp, lp = LATIN_POOLS[culture]
        f, l = ctx.pick_name(fp), ctx.pick_name(lp)
        return {"culture": culture, "native": None, "latin": [f"{f} {l}"], "first": f, "native_first": f, "last": l}
    if culture == "ru":
        f, l = ctx.pick_name(RU_FIRST), ctx.pick_name(RU_LAST)
        lc, ll = l[0], l[1]
        if f[2] == "f":
            lc, ll = lc + "а", [x + "a" for x in ll]
        lat = [f"{a} {b}" for a in f[1] for b in ll]
        r.shuffle(lat)
        return {"culture": "ru", "native": f"{f[0]} {lc}", "latin": lat, "first": f[1][0], "native_first": f[0], "last": ll[0],
                "gender": f[2]}
    if culture == "zh":
        s, g = ctx.pick_name(ZH_LAST), ctx.pick_name(ZH_GIVEN)
        eng = r.choice(ZH_ENGLISH)
        lat = [f"{g[1]} {s[1]}", f"{s[1]} {g[1]}", f"{eng} {s[1]}", f"{g[1]} ({eng}) {s[1]}"]
        return {"culture": "zh", "native": s[0] + g[0], "latin": lat, "first": g[1], "native_first": g[0], "last": s[1]}
    if culture in ("ar", "fa"):
        fp, lp = (AR_FIRST, AR_LAST) if culture == "ar" else (FA_FIRST, FA_LAST)
        f, l = ctx.pick_name(fp), ctx.pick_name(lp)
        lat = [f"{a} {b}" for a in f[1] for b in l[1]]
        r.shuffle(lat)
        return {"culture": culture, "native": f"{f[0]} {l[0]}", "latin": lat, "first": f[1][0], "native_first": f[0], "last": l[1][0]}
    raise ValueError(culture)


NATIVE_PLATFORMS = {"vk", "weibo", "facebook", "x", "telegram", "maimai", "ok"}


def display_name(ctx, ident, platform, vidx=None):
    r = ctx.rng
    if ident["native"] and platform in NATIVE_PLATFORMS and r.random() < 0.8:
        return ident["native"]
    lat = ident["latin"]
    return lat[vidx % len(lat)] if vidx is not None else lat[0] if r.random() < 0.6 else r.choice(lat)


# ---------------------------------------------------------------- urls, phones, handles
def rand_alnum(r, n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(chars) for _ in range(n))


def make_url(ctx, platform, name, handle=None, domain=None):
    r = ctx.rng
    slug = slugify(name)
    for attempt in range(200):
        if platform == "linkedin":
            sub = r.choice(["www.", "www.", "www.", "uk.", "de.", "fr.", "es.", "ae.", ""])
            tail = r.choice([slug, f"{slug}-{rand_alnum(r, 8, '0123456789abcdef')}", f"{slug.replace('-', '')}{r.randint(1, 999)}",
                             f"{slug}-{r.randint(10, 99)}{rand_alnum(r, 3)}", f"{slug[:1]}{slug.split('-')[-1]}"])
            url = f"https://{sub}linkedin.com/in/{tail}"
            q = r.random()
            if q < 0.15:
                url += "?utm_source=share&utm_campaign=share_via&utm_content=profile&utm_medium=" + r.choice(["android_app", "ios_app"])
            elif q < 0.25:
                url += "/?originalSubdomain=" + r.choice(["uk", "de", "fr", "es", "ae", "sg"])
            elif q < 0.32:
                url += "?trk=public_profile_browsemap"
            elif q < 0.42:
                url += "/"
        elif platform == "xing":
            p = "_".join(w.capitalize() for w in slug.split("-"))
            url = f"https://www.xing.com/profile/{p}{r.choice(['', str(r.randint(1, 99)).zfill(2)])}" + r.choice(["", "/cv", "/cv?sc_o=da980_e"])
        elif platform == "vk":
            url = r.choice([f"https://vk.com/id{r.randint(10**7, 9 * 10**8)}", f"https://vk.com/{slug.replace('-', '_')}{r.randint(1, 999)}"])
        elif platform == "x":
            hd = handle or (slug.replace("-", "_")[:11] + str(r.randint(1, 9999)))
            url = r.choice([f"https://x.com/{hd}", f"https://twitter.com/{hd}", f"https://x.com/{hd}?s=21&t={rand_alnum(r, 10)}"])
        elif platform == "facebook":
            url = r.choice([f"https://www.facebook.com/profile.php?id=1000{r.randint(10**10, 10**11)}",
                            f"https://www.facebook.com/{slug.replace('-', '.')}.{r.randint(1, 999)}",
                            f"https://m.facebook.com/{slug.replace('-', '')}{r.randint(10, 99)}?mibextid=ZbWKwL"])
        elif platform == "weibo":
            url = r.choice([f"https://weibo.com/u/{r.randint(10**9, 8 * 10**9)}", f"https://m.weibo.cn/profile/{r.randint(10**9, 8 * 10**9)}"])
        elif platform == "maimai":
            url = f"https://maimai.cn/contact/share/card?u={rand_alnum(r, 12)}&_share_channel=copy_link"
        elif platform == "telegram":
            hd = (handle or slug.replace("-", "_")).lstrip("@")
            url = f"https://t.me/{hd}" + ("" if attempt == 0 else str(r.randint(1, 99)))
        elif platform == "researchgate":
            p = "-".join(w.capitalize() for w in slug.split("-"))
            url = f"https://www.researchgate.net/profile/{p}" + r.choice(["", f"-{r.randint(2, 9)}"])
        elif platform == "website":
            url = f"https://{domain}/" + r.choice(["team/", "people/", "about/staff/", "en/contacts/"]) + slug + r.choice(["", "/", ".html"])
        else:
            url = f"https://{platform}.example/{slug}{r.randint(1, 9999)}"
        if url not in ctx.urls:
            ctx.urls.add(url)
            return url
    raise RuntimeError("url")


PHONE_PLANS = {"uk": ("+44", "7700 9", 5), "ae": ("+971", "50 ", 7), "tr": ("+90", "53", 8), "sg": ("+65", "8", 7),
               "at": ("+43", "660 ", 7), "ch": ("+41", "79 ", 7), "qa": ("+974", "55", 6), "my": ("+60", "12 ", 7),
               "rs": ("+381", "64 ", 7), "hk": ("+852", "6", 7), "az": ("+994", "50 ", 7), "hu": ("+36", "30 ", 7),
               "de": ("+49", "151 ", 8), "fr": ("+33", "6 ", 8), "es": ("+34", "6", 8), "ru": ("+7", "9", 9),
               "cn": ("+86", "13", 9), "lv": ("+371", "2", 7), "us": ("+1", "202 555 0", 3)}


def new_phone(ctx, cc):
    r = ctx.rng
    while True:
        pre, mid, n = PHONE_PLANS.get(cc, PHONE_PLANS["uk"])
        ph = f"{pre} {mid}{''.join(str(r.randint(0, 9)) for _ in range(n))}"
        if ph not in ctx.used_phones:
            ctx.used_phones.add(ph)
            return ph


def phone_format(r, ph, style):
    digits = "".join(c for c in ph if c.isdigit() or c == "+")
    if style == 0:
        return ph
    if style == 1:
        return digits
    if style == 2:
        return digits.replace("+", "00", 1)
    return digits[:4] + "-" + digits[4:7] + "-" + digits[7:]


def new_handle(ctx, base):
    r = ctx.rng
    b = slugify(base).replace("-", r.choice(["_", "", "."]))[:18]
    return "@" + b + r.choice(["", str(r.randint(1, 99)), "_official", "_consult", "88"])


def new_webmail(ctx, ident):
    r = ctx.rng
    loc = slugify(ident["latin"][0]).replace("-", r.choice([".", "_", ""])) + r.choice(["", str(r.randint(1, 99)), str(r.randint(1970, 1999))])
    return f"{loc}@{r.choice(WEBMAIL)}"


# ---------------------------------------------------------------- numbers and dates
def grp(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def fmt_fee(r, amount, cur, lang):
    a = amount
    sym = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "RUB": "₽", "AED": "AED "}[cur]
    if lang == "en":
        opts = {"USD": [f"USD {grp(a, ',')}", f"${grp(a, ',')}", f"US${grp(a, ',')}", f"{grp(a, ',')} US dollars"],
                "EUR": [f"€{grp(a, ',')}", f"EUR {grp(a, ',')}", f"{grp(a, ',')} euros"],
                "GBP": [f"£{grp(a, ',')}", f"GBP {grp(a, ',')}"], "CNY": [f"¥{grp(a, ',')}", f"RMB {grp(a, ',')}", f"CNY {grp(a, ',')}"],
                "RUB": [f"{grp(a, ',')} roubles", f"RUB {grp(a, ',')}"], "AED": [f"AED {grp(a, ',')}"]}[cur]
    elif lang in ("de", "es"):
        word = {"USD": "US-Dollar" if lang == "de" else "dólares", "EUR": "Euro" if lang == "de" else "euros"}.get(cur, cur)
        opts = [f"{grp(a, '.')} {sym.strip()}", f"{grp(a, '.')} {cur}", f"{grp(a, '.')} {word}"]
    elif lang == "fr":
        word = {"USD": "dollars", "EUR": "euros"}.get(cur, cur)
        opts = [f"{grp(a, ' ')} {sym.strip()}", f"{grp(a, ' ')} {cur}", f"{grp(a, ' ')} {word}"]
    elif lang == "ru":
        word = {"USD": "долларов", "EUR": "евро", "RUB": "рублей", "CNY": "юаней"}.get(cur, cur)
        opts = [f"{grp(a, ' ')} {word}", f"{grp(a, ' ')} {sym.strip()}", f"{sym.strip()}{a}"]
    elif lang == "zh":
        word = {"USD": "美元", "EUR": "欧元", "CNY": "元人民币", "GBP": "英镑", "RUB": "卢布"}.get(cur, cur)
        opts = [f"{a}{word}", f"{cur} {grp(a, ',')}"] + ([f"{a // 10000}万元人民币"] if cur == "CNY" and a % 10000 == 0 else [])
    else:
        word = {"USD": "دولار", "EUR": "يورو", "GBP": "جنيه إسترليني", "AED": "درهم"}.get(cur, cur)
        opts = [f"{a} {word}", f"{grp(a, ',')} {word} أمريكي" if cur == "USD" else f"{grp(a, ',')} {word}", f"{sym.strip()}{grp(a, ',')}"]
    return r.choice(opts)


def fmt_date(r, d, lang, quirk=None):
    if quirk == "dotted_iso":
        return d.strftime("%Y.%m.%d")
    if lang == "en":
        return r.choice([f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}", f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}", d.strftime("%d/%m/%Y")])
    if lang == "de":
        return r.choice([f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}", d.strftime("%d.%m.%Y")])
    if lang == "fr":
        return f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    if lang == "ru":
        return r.choice([f"{d.day} {MONTHS['ru'][d.month - 1]} {d.year} г.", d.strftime("%d.%m.%Y")])
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {MONTHS['ar'][d.month - 1]} {d.year}"


def iso_dt(r, d):
    return f"{d.isoformat()}T{r.randint(6, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


D0 = datetime.date(2025, 1, 6)

# ---------------------------------------------------------------- targets (reporters)
ORG_CULTURE = {"en": "en", "de": "de", "fr": "fr", "es": "es", "zh": "zh", "ar": "ar", "ru": "ru"}


def build_targets(ctx):
    r = ctx.rng
    staff, seen = [], set()
    for dom, lang, sector, depts in TARGET_ORGS:
        for dept in depts:
            for _ in range(14):
                cul = ORG_CULTURE[lang]
                if lang in ("en", "de", "fr") and r.random() < 0.15:
                    cul = r.choice(["zh", "ru", "ar", "fa", "en", "es"])
                ident = make_identity(ctx, cul)
                local = slugify(ident["first"]).replace("-", "") + "." + slugify(ident["last"]).replace("-", "")
                email = f"{local}@{dom}"
                k = 2
                while email in seen:
                    email = f"{local}{k}@{dom}"; k += 1
                seen.add(email)
                heritage = cul if cul in ("zh", "ru", "ar") else None
                staff.append({"ident": ident, "email": email, "org": dom, "dept": dept, "lang": lang, "sector": sector,
                              "heritage": heritage})
    return staff


def greet(staff, lang):
    i = staff["ident"]
    if lang in ("ru", "zh", "ar") and staff.get("heritage") == lang:
        return i["native_first"]
    return i["first"]


# ---------------------------------------------------------------- profile builder
def build_profile(ctx, *, name, platform, url, headline=None, location=None, photo=None, connections=None, created=None,
                  about=None, experience=None, education=None, skills=None, languages=None, contact=None, activity=None,
                  followers=None, mutual=None, verified=None, recommendations=None, endorsements=None):
    p = {"schema": "vetlink/profile/v1", "platform": platform, "url": url, "name": name}
    if headline: p["headline"] = headline
    if location: p["location"] = location
    if photo is not None: p["photo"] = photo
    if connections is not None:
        if platform == "linkedin" and connections >= 500:
            p["connections"], p["connections_capped"] = 500, True
        else:
            p["connections"] = connections
    if followers is not None: p["followers"] = followers
    if mutual is not None: p["mutual_connections"] = mutual
    if created: p["created"] = created.isoformat()
    if verified: p["verified"] = verified
    if about: p["about"] = about
    if experience: p["experience"] = experience
    if education: p["education"] = education
    if skills: p["skills"] = skills
    if languages: p["languages"] = languages
    if recommendations is not None: p["recommendations"] = recommendations
    if endorsements is not None: p["endorsements"] = endorsements
    if activity: p["activity"] = activity
    if contact:
        c = {k: v for k, v in contact.items() if v}
        if c: p["contact"] = c
    return p


def photo_obj(sha):
    if sha is None:
        return {"present": False}
    return {"present": True, "sha256": sha}


def ym(d):
    return f"{d.year}-{d.month:02d}"


# ---------------------------------------------------------------- hostile operation styles
# beats per contact message; "elicit" draws from the op's chosen intents
STYLES = {
 "recruiter_ring": dict(role="recruiter", sectors=["defence", "tech", "gov"], langs=["en"], care=["sloppy"],
                        seq=[["open", "intro"], ["cv", "elicit"], ["off_platform"], ["elicit", "secrecy"]],
                        intents=["team", "programme"], channels=["whatsapp", "email"], platforms=["linkedin"]),
 "thinktank_paraphrase": dict(role="thinktank", sectors=["gov", "academia", "defence"], langs=["en", "de", "fr"],
                              care=["medium"], seq=[["open", "intro"], ["money", "elicit"], ["off_platform", "secrecy"], ["escalate", "elicit"]],
                              intents=["internal", "programme", "documents"], channels=["whatsapp", "telegram", "email", "signal"],
                              platforms=["linkedin", "linkedin", "xing", "x"]),
 "conference_phish": dict(role="conference", sectors=["gov", "academia", "defence", "tech"], langs=["en", "de", "fr", "es", "ar", "zh"],
                          care=["medium", "sloppy"], seq=[["open", "intro", "speaking"], ["credentials"], ["passport"], ["credentials"]],
                          intents=["travel"], channels=["whatsapp", "email"], platforms=["linkedin", "linkedin", "x", "facebook"]),
 "handoff_relay": dict(role="consult", sectors=["gov", "defence", "tech"], langs=["en", "de", "ru", "fr", "es"], care=["medium", "careful"],
                       seq=[["open", "intro"], ["money", "elicit"], ["off_platform", "secrecy"], ["handoff_give"]],
                       intents=["internal", "programme", "team"], channels=["telegram", "whatsapp", "signal"],
                       platforms=["linkedin", "linkedin", "xing", "telegram"]),
 "script_mirror": dict(role="thinktank", sectors=["gov", "academia", "tech"], langs=["ru", "zh", "ar", "en"], care=["medium"],
                       seq=[["open", "intro"], ["money", "elicit"], ["off_platform"], ["elicit", "off_record"]],
                       intents=["internal", "technical", "travel"], channels=["telegram", "wechat", "whatsapp"],
                       platforms=["linkedin", "vk", "weibo", "facebook", "x", "maimai", "telegram"]),
 "devjob_repo": dict(role="recruiter", sectors=["fintech", "tech", "defence"], langs=["en", "es"], care=["sloppy", "medium"],
                     seq=[["open", "intro"], ["malware"], ["off_platform"], ["malware"]],
                     intents=["technical"], channels=["telegram", "whatsapp"], platforms=["linkedin", "x"]),
 "careful_consultancy": dict(role="consult", sectors=["gov", "defence", "tech"], langs=["en", "de", "fr", "es"], care=["careful"],
                             seq=[["open", "intro"], ["money", "off_record"], ["elicit", "elicit"], ["secrecy", "escalate"]],
                             intents=["internal", "programme", "documents", "technical"], channels=["signal", "email"],
                             platforms=["linkedin", "linkedin", "xing"]),
 "fake_journalist": dict(role="journalist", sectors=["gov", "defence"], langs=["en", "fr", "es"], care=["sloppy", "medium"],
                         seq=[["open", "intro"], ["off_record", "elicit"], ["off_platform"], ["elicit", "secrecy"]],
                         intents=["internal", "team", "travel"], channels=["whatsapp", "signal"], platforms=["linkedin", "x"]),
 # ---- held-out only
 "scholar_exchange": dict(role="student", sectors=["academia", "tech"], langs=["zh", "en"], care=["medium"],
                          seq=[["open", "intro"], ["elicit", "money"], ["off_platform"], ["elicit"]],
                          intents=["technical", "documents"], channels=["wechat", "email"], platforms=["linkedin", "researchgate", "weibo", "maimai"]),
 "talent_program_trip": dict(role="talent", sectors=["academia", "tech", "defence"], langs=["zh", "ru", "en"], care=["medium", "careful"],
                             seq=[["open", "intro"], ["speaking", "money"], ["passport"], ["cv"]],
                             intents=["technical"], channels=["wechat", "email", "telegram"], platforms=["linkedin", "researchgate", "vk"]),
 "webinar_otp": dict(role="conference", sectors=["gov", "academia"], langs=["ar", "en", "fr", "de"], care=["sloppy", "medium"],
                     seq=[["open", "intro"], ["credentials"], ["credentials"], ["off_platform"]],
                     intents=["travel"], channels=["whatsapp", "email"], platforms=["linkedin", "x", "facebook"]),
 "expert_network_fake": dict(role="expertnet", sectors=["gov", "defence", "tech", "fintech"], langs=["en", "de", "es", "ru"], care=["medium", "careful"],
                             seq=[["open", "intro"], ["money", "off_platform"], ["elicit", "secrecy"], ["escalate"]],
                             intents=["internal", "programme"], channels=["telegram", "signal"], platforms=["linkedin", "xing"]),
 "foundation_grant": dict(role="foundation", sectors=["academia", "gov"], langs=["ar", "fr", "en", "es"], care=["medium"],
                          seq=[["open", "intro"], ["money", "elicit"], ["passport", "secrecy"], ["elicit"]],
                          intents=["documents", "internal"], channels=["whatsapp", "email"], platforms=["linkedin", "facebook"]),
 "journal_cfp": dict(role="journal", sectors=["academia", "defence"], langs=["en", "ru", "zh"], care=["sloppy", "medium"],
                     seq=[["open", "intro"], ["money", "elicit"], ["elicit", "off_platform"], ["escalate"]],
                     intents=["technical", "documents"], channels=["telegram", "wechat", "email"], platforms=["linkedin", "researchgate", "vk"]),
}
DEV_STYLES = ["recruiter_ring", "thinktank_paraphrase", "conference_phish", "handoff_relay", "script_mirror", "devjob_repo",
              "careful_consultancy", "fake_journalist"]
TEST_ONLY = ["scholar_exchange", "talent_program_trip", "webinar_otp", "expert_network_fake", "foundation_grant", "journal_cfp"]
QUIRKS = ["greetings", "kindly_revert", "double_space", "lowercase_i", "informations", "respected", "dotted_iso", "ellipsis", None, None]
ODD_FEES = [(1350, "USD"), (2750, "USD"), (875, "EUR"), (1150, "GBP"), (3200, "USD"), (1650, "EUR"), (10000, "CNY"),
            (4500, "USD"), (2250, "EUR"), (30000, "CNY"), (1250, "USD"), (950, "GBP"), (100000, "RUB"), (5500, "AED")]
ROUND_FEES = [(500, "USD"), (1000, "USD"), (1500, "USD"), (2000, "EUR"), (1000, "GBP"), (3000, "USD")]


def apply_quirk(text, quirk, lang):
    if lang != "en" or not quirk:
        return text
    if quirk == "greetings":
        return "Greetings of the day! " + text
    if quirk == "kindly_revert":
        return text + " Kindly revert at the earliest."
    if quirk == "double_space":
        return text.replace(". ", ".  ")
    if quirk == "lowercase_i":
        return text.replace("I'm ", "i'm ").replace(" I ", " i ").replace("I'd ", "i'd ")
    if quirk == "informations":
        return text + " I can share more informations if needed."
    if quirk == "respected":
        return "Respected Sir/Madam, " + text
    if quirk == "ellipsis":
        return text.replace(". ", "... ", 1)
    return text


def org_variants(r, name):
    words = name.split()
    vs = [name, name + r.choice([" Ltd", " LLC", " FZE", " Pte. Ltd.", " GmbH", " Limited"])]
    last = words[-1]
    vs.append(" ".join(words[:-1] + [last[:-1] if last.endswith("s") else last + "s"]))
    acr = "".join(w[0] for w in words if w[:1].isupper())
    vs.append(acr + " " + r.choice(["Consulting", "Group", "International", "Global"]))
    i = r.randrange(len(words))
    w = words[i]
    if len(w) > 4:
        j = r.randrange(1, len(w) - 2)
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    vs.append(" ".join(words[:i] + [w] + words[i + 1:]))
    vs.append(name.replace(" ", "-", 1))
    out = []
    for v in vs:
        if v not in out:
            out.append(v)
    return out


def new_org(ctx):
    r = ctx.rng
    A, B, C = ORGWORDS[ctx.split]
    while True:
        n = f"{r.choice(A)} {r.choice(B)} {r.choice(C)}"
        if n not in ctx.used_orgs:
            ctx.used_orgs.add(n)
            return n


def new_event(ctx, year):
    r = ctx.rng
    A, B, C = EVENTWORDS[ctx.split]
    while True:
        n = f"{r.choice(A)} {r.choice(B)} {r.choice(C)}" + r.choice([f" {year}", f" {year}", ""])
        if n not in ctx.used_events:
            ctx.used_events.add(n)
            return n

CHANNEL_MARK = {"whatsapp": ["WhatsApp", "واتساب"], "telegram": ["Telegram", "تيليغرام"], "wechat": ["WeChat", "微信"],
                "signal": ["Signal", "سيغنال"], "email": ["{email}"]}
STYLE_CULTURES = {
    "recruiter_ring": ["en"], "devjob_repo": ["en", "en", "es"], "fake_journalist": ["en", "fr", "es"],
    "thinktank_paraphrase": ["en", "de", "fr"], "conference_phish": ["en", "ar", "zh", "en"],
    "handoff_relay": ["en", "de", "ru", "fr", "es"], "careful_consultancy": ["en", "de", "fr", "es"],
    "scholar_exchange": ["zh"], "talent_program_trip": ["zh", "ru"], "webinar_otp": ["fa", "ar", "en"],
    "expert_network_fake": ["en", "de", "es", "ru"], "foundation_grant": ["ar", "fr", "en"], "journal_cfp": ["ru", "zh", "en"],
}
SIDE_PLATFORM = {"ru": "vk", "zh": "weibo", "ar": "facebook", "fa": "x"}


def msg_lang(r, staff, op_langs):
    if staff.get("heritage") in op_langs and r.random() < 0.75:
        return staff["heritage"]
    if staff["lang"] in op_langs:
        return staff["lang"]
    return "en" if "en" in op_langs else op_langs[0]


def bank(lang, beat, role=None, intent=None):
    L = H.get(lang, H["en"])
    if beat == "intro":
        return H["en"]["intro"][role] if lang == "en" else L["intro"]
    if beat == "elicit":
        return L["elicit"][intent]
    if beat not in L:
        return H["en"][beat]
    return L[beat]


class Op:
    pass


def make_op(ctx, style, size, staff_all, campaign, kind, victims, lone=False):
    r = ctx.rng
    S = STYLES[style]
    op = Op()
    op.care = r.choice(S["care"])
    if lone:
        op.care = r.choice(["sloppy", "medium"])
    op.role = S["role"]
    op.org = new_org(ctx)
    op.variants = org_variants(r, op.org)
    op.start = D0 + datetime.timedelta(days=r.randint(30, 620))
    op.evdate = op.start + datetime.timedelta(days=r.randint(60, 260))
    op.event = new_event(ctx, op.evdate.year) if op.role == "conference" or style == "talent_program_trip" else None
    op.city = r.choice(CITIES)
    cc = CC_BY_CITY[op.city]
    op.fee = r.choice(ODD_FEES) if (op.care == "careful" or r.random() < 0.6) else r.choice(ROUND_FEES)
    op.channel = r.choice(S["channels"])
    op.shared_phones = [new_phone(ctx, cc) for _ in range(r.randint(1, 2))] if (op.care == "sloppy" or (op.care == "medium" and r.random() < 0.35)) else None
    op.shared_handle = new_handle(ctx, op.org) if op.care != "careful" and r.random() < 0.5 else None
    op.website = f"https://www.{slugify(op.org)}.{r.choice(['com', 'org', 'net', 'co.uk', 'ch', 'ae', 'io'])}"
    base = slugify(op.event or op.org).replace("-", "")[:14]
    op.link_domains = [f"{base}.{t}" for t in r.sample(["com", "org", "net", "events", "live", "info", "online"], 3)]
    op.repo_host = r.choice(["github.com", "gitlab.com", "bitbucket.org"])
    op.repo_owner = slugify(op.org).split("-")[0] + r.choice(["-dev", "-hr", "-labs", "-recruit", "tech"])
    op.repo_names = REPO_NAMES[ctx.split]
    op.quirk = r.choice([q for q in QUIRKS if q]) if op.care == "careful" else r.choice(QUIRKS)
    op.intents = r.sample(S["intents"], k=r.randint(1, len(S["intents"])))
    op.photo_mode = {"sloppy": "shared", "medium": r.choice(["stolen_exact", "recrop", "shared"]),
                     "careful": r.choice(["recrop", "stolen_exact"])}[op.care]
    op.shared_photos = [ctx.h("photo") for _ in range(r.randint(1, 3))]
    if op.photo_mode == "shared" and r.random() < 0.5:
        victims.append((op.shared_photos[0], r.choice(["en", "de", "fr", "es"])))
    op.created_mode = {"sloppy": "burst", "medium": r.choice(["burst", "staggered", "aged", "hidden"]),
                       "careful": r.choice(["staggered", "aged", "staggered"])}[op.care]
    op.step = r.randint(2, 9)
    op.tpl = {} if op.care == "sloppy" else None
    op.location = r.choice(OP_LOCATIONS)
    # languages
    langs = S["langs"]
    if style == "script_mirror":
        fam = r.choice(["ru", "zh", "ar"])
        op.langs, op.cultures = [fam, "en"], [fam]
    else:
        extra = [l for l in langs if l != "en"]
        op.langs = (["en"] if "en" in langs else []) + r.sample(extra, k=min(len(extra), r.randint(1, 3))) if extra else ["en"]
        if "en" not in op.langs and not op.langs:
            op.langs = langs[:1]
        cl = STYLE_CULTURES[style]
        nonlat = sorted({c for c in cl if c not in LATIN_POOLS})
        if nonlat:
            fam = r.choice(nonlat)
            cl = [c for c in cl if c in LATIN_POOLS or c == fam]
        op.cultures = cl
    # targets
    sect = S["sectors"]
    pool = [s for s in staff_all if s["sector"] in sect]
    nonen = [l for l in op.langs if l != "en"]
    fam_pool = [s for s in pool if s["lang"] in nonen or s.get("heritage") in nonen]
    if len(fam_pool) >= 6 and (style == "script_mirror" or r.random() < 0.7 or "en" not in op.langs):
        en_pool = [s for s in pool if s not in fam_pool]
        pool = fam_pool + r.sample(en_pool, k=min(len(en_pool), len(fam_pool) // 2))
    if op.care == "careful" or (op.care == "medium" and r.random() < 0.5):
        units = sorted({(s["org"], s["dept"]) for s in pool})
        chosen = set(r.sample(units, k=min(len(units), r.randint(1, 2))))
        pool = [s for s in pool if (s["org"], s["dept"]) in chosen]
        pool = r.sample(pool, k=min(len(pool), max(3, size // 2 + r.randint(0, 3))))
    else:
        pool = r.sample(pool, k=min(len(pool), max(size * 2, 10)))
    op.pool = pool
    span = {"sloppy": r.randint(10, 60), "medium": r.randint(30, 150), "careful": r.randint(90, 330)}[op.care]
    op.span = span
    op.handoff = style == "handoff_relay" or (op.care == "medium" and r.random() < 0.15)

    # ---- personas (reports)
    personas = []
    idx = 0
    while len(personas) < size:
        cul = r.choice(op.cultures)
        ident = make_identity(ctx, cul)
        n_prof = 1
        if style == "script_mirror":
            n_prof = r.choice([1, 2, 2, 3])
        elif ident["native"] and r.random() < 0.3:
            n_prof = 2
        n_prof = min(n_prof, size - len(personas))
        plats = []
        if ident["native"] and n_prof >= 1:
            side = SIDE_PLATFORM.get(cul, "x")
            choices = [p for p in S["platforms"] if p not in ("linkedin",)] or [side]
            plats = ["linkedin", side if side in choices or r.random() < 0.5 else r.choice(choices), r.choice(["telegram", "x", "xing"])][:n_prof]
            r.shuffle(plats)
        else:
            plats = [r.choice(S["platforms"]) for _ in range(n_prof)]
            if plats[0] in ("vk", "weibo", "maimai") and not ident["native"]:
                plats[0] = "linkedin"
        base_photo = r.choice(op.shared_photos) if op.photo_mode == "shared" else ctx.h("photo")
        if op.photo_mode == "stolen_exact" and r.random() < 0.5:
            victims.append((base_photo, r.choice(["en", "de", "fr", "es", "ru", "zh"])))
        own_phone = new_phone(ctx, r.choice([cc, cc, "uk", "ae", "tr", "hk"]))
        own_handle = new_handle(ctx, ident["latin"][0])
        webmail = new_webmail(ctx, ident)
        title = r.choice(TITLES[op.role])
        for k, plat in enumerate(plats):
            personas.append(dict(ident=ident, platform=plat, vidx=r.randrange(8), idx=idx, title=title, own_phone=own_phone,
                                 own_handle=own_handle, webmail=webmail,
                                 photo=(None if r.random() < (0.25 if op.care == "careful" else 0.08) else
                                        (base_photo if op.photo_mode != "recrop" or k == 0 else ctx.h("recrop")))))
        idx += 1
    n_id = idx
    # creation dates
    lead = n_id * op.step + r.randint(20, 60)
    for p in personas:
        if op.created_mode == "staggered":
            c = op.start - datetime.timedelta(days=lead) + datetime.timedelta(days=p["idx"] * op.step)
        elif op.created_mode == "burst":
            c = op.start - datetime.timedelta(days=r.randint(10, 25))
        elif op.created_mode == "aged":
            c = datetime.date(r.randint(2011, 2020), r.randint(1, 12), r.randint(1, 28))
        else:
            c = op.start - datetime.timedelta(days=r.randint(30, 400))
        p["created"] = c
        p["approach"] = max(op.start + datetime.timedelta(days=r.randint(0, op.span)), c + datetime.timedelta(days=r.randint(7, 30)))
        p["show_created"] = op.created_mode != "hidden" and r.random() < (0.85 if op.created_mode == "staggered" else 0.55)
        p["staff"] = r.choice(op.pool)
        p["handoff_to"] = p["handoff_from"] = None
    # hand-offs: pair consecutive identities, same target, receiver writes in target's language
    if op.handoff and n_id >= 2:
        by_id = {}
        for p in personas:
            by_id.setdefault(p["idx"], []).append(p)
        ids = sorted(by_id)
        for a, b in zip(ids[0::2], ids[1::2]):
            if r.random() < 0.8:
                A, B = by_id[a][0], by_id[b][0]
                B["staff"] = A["staff"]
                B["approach"] = A["approach"] + datetime.timedelta(days=r.randint(3, 20))
                A["handoff_to"], B["handoff_from"] = B, A
                B["force_lang"] = msg_lang(r, A["staff"], op.langs + ([A["staff"]["lang"]] if A["staff"]["lang"] in H else []))
    out = []
    for p in personas:
        out.append(persona_report(ctx, op, style, p, campaign, kind))
    return out


def colleague_name(ctx, p, lang):
    ident = p["ident"]
    if lang in ("ru", "zh", "ar") and ident["native"] and ident["culture"] == lang:
        return ident["native"]
    return ctx.rng.choice(ident["latin"])


def render_beat(ctx, op, p, beat, lang, vals):
    r = ctx.rng
    if beat == "elicit":
        intent = r.choice(op.intents)
        if intent not in H.get(lang, H["en"])["elicit"]:
            intent = "programme"
        b = bank(lang, "elicit", intent=intent)
        key = (lang, beat, intent)
    elif beat == "off_platform":
        b = bank(lang, beat)
        marks = CHANNEL_MARK[op.channel]
        fb = [t for t in b if any(m in t for m in marks)]
        b = fb or b
        key = (lang, beat, op.channel)
    else:
        b = bank(lang, beat, role=op.role)
        key = (lang, beat)
    if op.tpl is not None and r.random() < 0.9:
        if key not in op.tpl:
            op.tpl[key] = ctx.pick(b)
        t = op.tpl[key]
    else:
        t = ctx.pick(b)
    return fill(t, vals)


def persona_report(ctx, op, style, p, campaign, kind):
    r = ctx.rng
    S = STYLES[style]
    ident, staff = p["ident"], p["staff"]
    lang = p.get("force_lang") or msg_lang(r, staff, op.langs)
    if lang not in H:
        lang = "en"
    name = display_name(ctx, ident, p["platform"], p["vidx"])
    orgv = op.org if op.care == "sloppy" else r.choice(op.variants)
    phone = phone_format(r, r.choice(op.shared_phones), r.randrange(4) if op.care != "sloppy" else 0) if op.shared_phones else p["own_phone"]
    handle = op.shared_handle if op.shared_handle and r.random() < 0.8 else p["own_handle"]
    if op.channel == "wechat":
        handle = handle.lstrip("@").replace(".", "_")
    link = f"https://{r.choice(op.link_domains) if op.care != 'sloppy' else op.link_domains[0]}/" + \
           r.choice(["speaker-portal", "login", "register", "verify", "session/join"]) + f"?ref={rand_alnum(r, 8)}"
    repo = f"https://{op.repo_host}/{op.repo_owner}/{r.choice(op.repo_names)}"
    me = ident["native_first"] if lang in ("ru", "zh", "ar") and ident["native"] and ident["culture"] == lang else ident["first"]
    topic = r.choice(TOPICS[staff["sector"]])
    vals = {"first": greet(staff, lang), "me": me, "org": orgv, "topic": topic, "event": op.event or orgv, "city": op.city,
            "date": fmt_date(r, op.evdate, lang, op.quirk), "phone": phone, "handle": handle, "email": p["webmail"], "link": link,
            "repo": repo, "project": r.choice(PROJECT_NAMES), "sector": staff["sector"] if staff["sector"] != "gov" else "government affairs",
            "roledesc": ROLEDESC.get(lang, {}).get(op.role, ""), "fee": fmt_fee(r, op.fee[0], op.fee[1], lang)}
    # conversation
    conv = None
    if r.random() < 0.9:
        k = r.choices([1, 2, 3, 4], weights=[25, 30, 25, 20])[0]
        seq = [list(x) for x in S["seq"][:k]]
        if p["handoff_from"] is not None:
            vals["colleague"] = colleague_name(ctx, p["handoff_from"], lang)
            seq[0] = ["open", "handoff_recv", "intro"] if r.random() < 0.5 else ["handoff_recv", "intro"]
        seq = [b for b in seq if b != ["handoff_give"]] or [["open", "intro"]]
        vals2 = None
        if p["handoff_to"] is not None:
            vals2 = colleague_name(ctx, p["handoff_to"], lang)
            seq.append(["handoff_give"])
        msgs, d = [], p["approach"]
        for i, beats in enumerate(seq):
            if beats == ["handoff_give"]:
                vals["colleague"] = vals2
            parts = [render_beat(ctx, op, p, b, lang, vals) for b in beats]
            text = " ".join(parts) if lang not in ("zh",) else "".join(parts)
            if r.random() < 0.85 and (i == 0 or op.quirk not in ("greetings", "respected")):
                text = apply_quirk(text, op.quirk, lang)
            if i == 0 or r.random() < 0.4:
                text += (" " if lang != "zh" else "") + fill(ctx.pick(bank(lang, "close")), vals) + ("\n" + me if r.random() < 0.6 else "")
            msgs.append({"sender": "contact", "sent": d.isoformat(), "text": text})
            d += datetime.timedelta(days=r.randint(0, 6))
            if i < len(seq) - 1 or r.random() < 0.5:
                if r.random() < 0.9:
                    msgs.append({"sender": "user", "sent": d.isoformat(), "text": ctx.pick(USER_REPLY[lang])})
                d += datetime.timedelta(days=r.randint(0, 4))
        cplat = p["platform"] if r.random() < 0.85 else r.choice(["email", "linkedin"])
        conv = {"schema": "vetlink/conversation/v1", "platform": cplat, "contact": name, "messages": msgs}
        if r.random() < 0.1 and msgs:
            last = d
    # profile
    contact = {}
    if op.care == "sloppy":
        if op.shared_phones:
            contact["phones"] = [phone]
        if op.shared_handle:
            contact["messaging"] = [f"{op.channel.capitalize() if op.channel != 'email' else 'Telegram'}: {handle}"]
        if r.random() < 0.7:
            contact["websites"] = [op.website]
        if r.random() < 0.3:
            contact["emails"] = [p["webmail"]]
    elif op.care == "medium":
        if r.random() < 0.4:
            contact["websites"] = [op.website if r.random() < 0.6 else op.website.replace("www.", "")]
        if r.random() < 0.3:
            contact["messaging"] = [f"Telegram: {handle}" if op.channel != "wechat" else f"WeChat: {handle}"]
        if r.random() < 0.2:
            contact["emails"] = [p["webmail"]]
    else:
        if r.random() < 0.15:
            contact["emails"] = [p["webmail"]]
    conn = {"sloppy": r.randint(8, 220), "medium": r.randint(40, 520), "careful": r.randint(180, 900)}[op.care]
    exp = [{"title": p["title"], "company": orgv, "location": op.location if op.care == "sloppy" else r.choice(OP_LOCATIONS),
            "start": ym(p["created"] + datetime.timedelta(days=r.randint(-400, 10))), "end": None}]
    if r.random() < 0.6:
        y = r.randint(2010, 2019)
        exp.append({"title": r.choice(["Analyst", "Consultant", "Research Assistant", "Associate", "Recruitment Consultant", "Reporter"]),
                    "company": r.choice(FAKE_PRIOR), "start": str(y), "end": str(y + r.randint(1, 4))})
    edu = [{"school": r.choice(FAKE_SCHOOLS), "degree": r.choice(["BA", "MA", "MSc", "PhD", "MBA"]),
            "field": r.choice(["International Relations", "Economics", "Political Science", "Physics", "Computer Science", "Human Resources"])}] if r.random() < 0.8 else None
    hl = r.choice([f"{p['title']} at {orgv}", f"{p['title']} | {orgv}", f"{p['title']} – {orgv} – {topic}", f"{p['title']}"])
    langs = [LANG_NAMES[l] for l in op.langs if l in LANG_NAMES]
    if ident["culture"] in LANG_NAMES and LANG_NAMES[ident["culture"]] not in langs:
        langs.append(LANG_NAMES[ident["culture"]])
    act = None
    if r.random() < 0.35:
        act = [{"date": (p["created"] + datetime.timedelta(days=r.randint(1, 60))).isoformat(), "kind": r.choice(["share", "like", "post"]),
                "text": r.choice(["Excited to be part of this great team!", "Proud to announce our new programme.",
                                  f"Great discussion on {topic} today.", "We are hiring!", "Interesting read."])}]
    prof = build_profile(ctx, name=name, platform=p["platform"], url=make_url(ctx, p["platform"], ident["latin"][0], handle=None),
                         headline=hl, location=op.location if op.care == "sloppy" else r.choice(OP_LOCATIONS),
                         photo=photo_obj(p["photo"]), connections=conn, created=p["created"] if p["show_created"] else None,
                         about=ctx.pick(ABOUT[op.role]) if r.random() < 0.7 else None, experience=exp, education=edu,
                         skills=r.sample(["Research", "Recruitment", "Geopolitics", "Consulting", "Event Management", "Strategy",
                                          "Analysis", "Negotiation", "Talent Acquisition", "Journalism"], k=r.randint(0, 4)) or None,
                         languages=langs if r.random() < 0.6 else None, contact=contact, activity=act,
                         followers=r.randint(5, 900) if p["platform"] in ("x", "vk", "weibo", "telegram", "facebook") else None,
                         mutual=r.randint(0, 12) if r.random() < 0.5 else None,
                         endorsements=r.randint(0, 30) if r.random() < 0.3 else None)
    rep_date = (p["approach"] + datetime.timedelta(days=r.randint(0, 25)))
    rep = {"profile": prof}
    if conv:
        rep["conversation"] = conv
    rep.update({"reporter": staff["email"], "department": staff["dept"], "reported_at": iso_dt(r, rep_date)})
    return rep, {"url": prof["url"], "campaign": campaign, "kind": kind}

# ---------------------------------------------------------------- genuine personas
GEN_PRIOR = ["Rolls-Royce", "Airbus", "Siemens", "Capgemini", "Thales", "BAE Systems", "Arup", "Jacobs", "Leonardo",
             "Ocado Technology", "BT Group", "Dyson", "Babcock", "QinetiQ", "Atkins", "Sopra Steria", "Hays", "Reed"]
FREELANCE = ["Graphic Designer", "Copywriter", "Web Developer", "Translator", "Photographer", "Bookkeeper", "Video Editor", "SEO Consultant"]
GEN_LOC = {"en": ["London, England, United Kingdom", "Bristol, England", "Manchester Area, United Kingdom", "Leeds, England", "Edinburgh, Scotland"],
           "de": ["München, Bayern, Deutschland", "Berlin, Deutschland", "Hamburg, Deutschland", "Stuttgart, Baden-Württemberg"],
           "fr": ["Paris, Île-de-France, France", "Toulouse, Occitanie", "Lyon, Auvergne-Rhône-Alpes"],
           "es": ["Madrid, Comunidad de Madrid, España", "Barcelona, Cataluña", "Sevilla, Andalucía"],
           "ru": ["Berlin, Deutschland", "Riga, Latvia", "London, United Kingdom", "Paris, France"],
           "zh": ["London, United Kingdom", "Cambridge, England", "München, Deutschland", "Shanghai, China"],
           "ar": ["London, United Kingdom", "Paris, France", "Dubai, United Arab Emirates", "Manchester, England"],
           "fa": ["London, United Kingdom", "Toronto, Canada"]}
GEN_ABOUT = ["Engineer by training, problem solver by nature.", "Views my own.", "Helping teams deliver complex programmes.",
             "Always happy to connect with people in the industry.", "Husband, father, runner, engineer.",
             "Passionate about languages and intercultural communication.", "Recruiting cleared engineers across the UK since 2014.",
             "Bringing people together around science.", "I write about technology and policy."]


PRETTY = {"cabinetoffice": "Cabinet Office", "fcdo": "FCDO", "mod-des": "MOD DE&S", "desnz": "DESNZ",
          "aerotech-systems": "AeroTech Systems", "marinecore": "MarineCore", "qubitworks": "QubitWorks", "brightcell": "BrightCell",
          "uni-northfield": "University of Northfield", "coinvault": "CoinVault", "bmvg-baainbw": "BAAINBw", "auswaertiges-amt": "Auswärtiges Amt",
          "hensoldtec": "Hensoldtec", "fraunhofer-iox": "Fraunhofer IOX", "sgdsn": "SGDSN", "navalia-fr": "Navalia", "cnrs-lab": "CNRS",
          "indra-sys": "Indra Sistemas", "exteriores": "Ministerio de Asuntos Exteriores", "itri-tw": "ITRI", "edge-defence": "EDGE Defence",
          "riga-energy": "Riga Energy Agency"}
EMPLOYERS = ["AeroTech Systems", "MarineCore", "QubitWorks", "Hensoldtec", "Navalia", "BrightCell"]


def org_pretty(dom):
    return PRETTY.get(dom.split(".")[0], dom.split(".")[0].title())


def genuine_profile_report(ctx, *, ident, platform, title, company, company_dom, text_bank, lang, staff, vals, kind, when,
                           contact=None, photo=None, about=None, headline=None, school=None, connections=None, created=None,
                           location=None, conv=True, extra_msgs=None, template_pick=None):
    r = ctx.rng
    name = display_name(ctx, ident, platform, r.randrange(6))
    if photo is None:
        photo = ctx.h("gphoto") if r.random() < 0.88 else False
    sha = photo or None
    if created is None:
        created = datetime.date(r.randint(2008, 2023), r.randint(1, 12), r.randint(1, 28))
    exp = [{"title": title, "company": company, "start": ym(created + datetime.timedelta(days=r.randint(0, 900))), "end": None}]
    if company_dom:
        exp[0]["company_url"] = f"https://www.{company_dom}"
    if r.random() < 0.7:
        y = r.randint(2005, 2018)
        exp.append({"title": r.choice(GEN_ROLES), "company": r.choice(GEN_PRIOR), "start": str(y), "end": str(y + r.randint(1, 6))})
    edu = [{"school": school or r.choice(REAL_SCHOOLS), "degree": r.choice(["BSc", "BEng", "MSc", "MEng", "PhD", "BA", "MA"]),
            "end": str(r.randint(1998, 2024))}]
    act = None
    if r.random() < 0.6:
        act = [{"date": (when - datetime.timedelta(days=r.randint(1, 300))).isoformat(), "kind": r.choice(["post", "share", "comment", "like"]),
                "text": r.choice(["Great to see the team at the trade show this week.", "Congratulations to our graduates!",
                                  "We're hiring - link in comments.", "Thoughtful piece, worth a read.", "Proud of this project.",
                                  "Registration is now open.", "Happy to share our new paper."])} for _ in range(r.randint(1, 3))]
    prof = build_profile(ctx, name=name, platform=platform,
                         url=make_url(ctx, platform, ident["latin"][0], domain=company_dom or "example.org"),
                         headline=headline or f"{title} at {company}", location=location or r.choice(GEN_LOC.get(ident["culture"], GEN_LOC["en"])),
                         photo=photo_obj(sha), connections=connections if connections is not None else r.randint(40, 1500), created=created if r.random() < 0.5 else None,
                         about=about or (r.choice(GEN_ABOUT) if r.random() < 0.6 else None), experience=exp, education=edu,
                         skills=r.sample(["Systems Engineering", "Project Management", "Python", "Recruitment", "Event Management", "Translation",
                                          "Research", "Sales", "Teaching", "Journalism", "Procurement", "HR"], k=r.randint(1, 5)),
                         languages=[LANG_NAMES[ident["culture"]]] + (["English"] if ident["culture"] != "en" else []) if r.random() < 0.5 else None,
                         contact=contact, activity=act, followers=r.randint(20, 5000) if platform not in ("linkedin", "xing") else None,
                         mutual=r.randint(0, 60) if r.random() < 0.6 else None,
                         recommendations=r.randint(0, 15) if r.random() < 0.4 else None,
                         endorsements=r.randint(0, 99) if r.random() < 0.4 else None,
                         verified={"identity": r.random() < 0.3, "workplace": r.random() < 0.3} if r.random() < 0.4 else None)
    rep = {"profile": prof}
    if conv and text_bank:
        L = lang if lang in text_bank else ("en" if "en" in text_bank else next(iter(text_bank)))
        t = template_pick(L) if template_pick else ctx.pick(text_bank[L])
        t = fill(t, vals)
        msgs = [{"sender": "contact", "sent": when.isoformat(), "text": t}]
        if r.random() < 0.6:
            msgs.append({"sender": "user", "sent": (when + datetime.timedelta(days=r.randint(0, 3))).isoformat(),
                         "text": ctx.pick(USER_REPLY.get(L, USER_REPLY["en"]))})
            if extra_msgs and r.random() < 0.6:
                msgs.append({"sender": "contact", "sent": (when + datetime.timedelta(days=r.randint(1, 5))).isoformat(), "text": fill(r.choice(extra_msgs), vals)})
        rep["conversation"] = {"schema": "vetlink/conversation/v1", "platform": platform if r.random() < 0.85 else "email",
                               "contact": name, "messages": msgs}
    rep.update({"reporter": staff["email"], "department": staff["dept"], "reported_at": iso_dt(r, when + datetime.timedelta(days=r.randint(0, 20)))})
    return rep, {"url": prof["url"], "campaign": None, "kind": kind}


GEN_FOLLOWUP = {
    "agency": ["Just checking you saw my message - happy to send the full spec to your personal email if easier.",
               "No worries if not - would you mind if I kept your details on file for future cleared roles?"],
    "expertnet": ["Thanks! I'll send the compliance form through our platform; the call is scheduled only after you've completed it."],
    "conference": ["Thanks for your interest - all submissions go through the public system; reviews are double-blind."],
}


def genuine_group(ctx, gkind, size, staff_all, start):
    r = ctx.rng
    GS = GENUINE[ctx.split]
    out = []
    kind = "neg_" + gkind
    span = r.randint(20, 300)
    def when():
        return start + datetime.timedelta(days=r.randint(0, span))
    if gkind == "agency":
        name, phone, dom = r.choice(GS["agency"])
        sect_staff = [s for s in staff_all if s["sector"] in ("defence", "tech", "gov")]
        units = sorted({(s["org"], s["dept"]) for s in sect_staff})
        chosen = set(r.sample(units, k=3))
        pool = [s for s in sect_staff if (s["org"], s["dept"]) in chosen]
        bank_ = G["agency"]
        fav = ctx.pick(bank_["en"])
        for _ in range(size):
            ident = make_identity(ctx, r.choice(["en", "en", "en", "de", "fr", "zh", "ar"]))
            s = r.choice(pool)
            employer = r.choice(EMPLOYERS)
            vals = {"first": s["ident"]["first"], "me": ident["first"], "org": name, "role": r.choice(GEN_ROLES), "employer": employer,
                    "city": r.choice(["Bristol", "Portsmouth", "Farnborough", "Manchester", "Glasgow"]), "phone": phone,
                    "url": f"https://www.{dom}/jobs/{r.randint(10000, 99999)}"}
            out.append(genuine_profile_report(ctx, ident=ident, platform="linkedin", title=r.choice(["Senior Recruitment Consultant", "Principal Consultant – Defence & Security", "Recruitment Consultant", "Talent Manager"]),
                       company=name, company_dom=dom, text_bank=bank_, lang="en" if s["lang"] != "de" else "de", staff=s, vals=vals, kind=kind, when=when(),
                       contact={"phones": [phone] if r.random() < 0.7 else None, "emails": [f"{slugify(ident['first'])}.{slugify(ident['last'])}@{dom}"] if r.random() < 0.5 else None,
                                "websites": [f"https://www.{dom}"]},
                       about="Recruiting cleared engineers across the UK since 2014." if r.random() < 0.3 else None,
                       extra_msgs=GEN_FOLLOWUP["agency"], template_pick=lambda L: fav if L == "en" and r.random() < 0.7 else ctx.pick(bank_[L])))
        return out
    if gkind in ("multinational", "translation", "langschool", "diaspora", "conference", "lab", "newsroom", "vendor", "expertnet",
                 "alumni", "students", "coworking", "standards", "chamber"):
        entry = r.choice(GS.get(gkind if gkind not in ("alumni", "students") else "university"))
        shared_photo = ctx.h("logo") if gkind == "conference" and r.random() < 0.6 else None
        dup = None
        for i in range(size):
            langs_ok = ["en"]
            contact, school, plat, created, conns = {}, None, "linkedin", None, None
            vals = {}
            if gkind == "multinational":
                name, dom = entry
                cul = r.choice(["en", "de", "fr", "es"])
                title, company, cdom = r.choice(["Supplier Development Manager", "Partnerships Manager", "Key Account Manager", "Procurement Lead"]), name, dom
                langs_ok = ["en", "de", "fr", "es"]
                contact = {"websites": [f"https://www.{dom}"], "phones": ["+49 89 5551 0000"] if r.random() < 0.3 else None}
                vals = {"org": name, "url": f"https://suppliers.{dom}/portal", "city": r.choice(["Toulouse", "München", "Madrid", "Bristol"])}
                pool = [s for s in staff_all if s["sector"] in ("defence", "tech")]
                plat = "xing" if cul == "de" and r.random() < 0.4 else "linkedin"
            elif gkind == "translation":
                name, phone, dom = entry
                cul = r.choice(["en", "de", "fr", "es", "ru", "zh", "ar"])
                title, company, cdom = r.choice(["Project Manager", "Sworn Translator", "Account Manager", "Conference Interpreter"]), name, dom
                langs_ok = ["en", "de", "fr", "es", "ru", "zh", "ar"]
                contact = {"phones": [phone] if r.random() < 0.6 else None, "websites": [f"https://www.{dom}"]}
                vals = {"org": name, "url": f"https://www.{dom}/prices", "phone": phone}
                pool = staff_all
                plat = r.choice(["linkedin", "linkedin", SIDE_PLATFORM.get(cul, "linkedin"), "xing"])
            elif gkind == "langschool":
                name, dom = entry
                cul = r.choice(["ru", "zh", "ar", "es", "fr", "de"])
                title, company, cdom = f"{LANG_NAMES[cul].split(' ')[0]} Teacher", name, dom
                vals = {"org": name, "url": f"https://www.{dom}/corporate", "lang": LANG_NAMES[cul].split(" ")[0]}
                langs_ok = ["en", "de"]
                contact = {"websites": [f"https://www.{dom}"]}
                pool = staff_all
                plat = r.choice(["linkedin", "facebook", SIDE_PLATFORM.get(cul, "linkedin")])
            elif gkind == "diaspora":
                fam, name, dom = entry
                cul = fam
                title, company, cdom = r.choice(["Board Member", "Volunteer Coordinator", "Member", "Events Officer", "Treasurer"]), name, dom
                langs_ok = [fam, "en", "de", "fr"]
                contact = {"websites": [f"https://{dom}"]}
                vals = {"org": name, "url": f"https://{dom}/events/{r.randint(100, 999)}", "city": r.choice(["London", "Berlin", "Paris", "München"])}
                pool = [s for s in staff_all if s.get("heritage") == fam] or staff_all
                plat = r.choice(["linkedin", SIDE_PLATFORM.get(fam, "x"), SIDE_PLATFORM.get(fam, "x"), "xing"])
            elif gkind == "conference":
                name, city, dom = entry
                cul = r.choice(["en", "de", "fr", "es", "en"])
                title, company, cdom = r.choice(["Programme Committee Chair", "Session Chair", "Local Organising Committee", "Conference Secretariat"]), name, dom
                langs_ok = ["en", "de", "fr", "es"]
                vals = {"event": name, "city": city, "url": f"https://{dom}/cfp", "date": fmt_date(r, start + datetime.timedelta(days=200), "en")}
                contact = {"websites": [f"https://{dom}"]}
                pool = [s for s in staff_all if s["sector"] in ("academia", "tech")]
            elif gkind == "lab":
                name, dom = entry
                cul = r.choice(["en", "zh", "de", "ru", "es", "ar", "fr"])
                title, company, cdom = r.choice(["Postdoctoral Researcher", "PhD Student", "Research Fellow", "Lab Manager"]), name, dom
                contact = {"websites": [f"https://{dom}"]}
                vals = {"org": name, "url": f"https://{dom}/" + r.choice(["workshop", "positions", "publications"])}
                pool = [s for s in staff_all if s["sector"] in ("academia", "tech")]
                plat = r.choice(["linkedin", "linkedin", "researchgate"])
                school = GS["university"][0][0]
            elif gkind == "newsroom":
                name, dom = entry
                cul = "en"
                title, company, cdom = r.choice(["Defence Correspondent", "Technology Reporter", "Political Reporter", "News Editor"]), name, dom
                vals = {"org": name}
                contact = {"websites": [f"https://www.{dom}"]}
                pool = [s for s in staff_all if s["sector"] in ("gov", "defence")]
                plat = r.choice(["linkedin", "x"])
            elif gkind == "vendor":
                name, dom = entry
                cul = r.choice(["en", "en", "de"])
                title, company, cdom = r.choice(["Account Executive", "Sales Development Representative", "Solutions Engineer"]), name, dom
                vals = {"org": name, "url": f"https://www.{dom}/demo"}
                contact = {"websites": [f"https://www.{dom}"]}
                pool = staff_all
            elif gkind == "expertnet":
                name, dom = entry
                cul = r.choice(["en", "en", "de", "es", "zh"])
                title, company, cdom = r.choice(["Associate", "Senior Associate", "Project Manager – Expert Recruitment"]), name, dom
                vals = {"org": name, "url": f"https://www.{dom}/compliance"}
                contact = {"websites": [f"https://www.{dom}"]}
                pool = [s for s in staff_all if s["sector"] in ("tech", "defence", "fintech")]
            elif gkind in ("alumni", "students"):
                uni, dom = entry
                cul = r.choice(["en", "en", "de", "zh", "es", "ar"]) if gkind == "students" else r.choice(["en", "fr", "de"])
                school = uni
                if gkind == "alumni":
                    title, company, cdom = r.choice(["Alumni Relations Officer", "Development Officer", "Alumni Engagement Manager"]), uni, dom
                    vals = {"org": uni, "url": f"https://alumni.{dom}/update", "city": r.choice(["London", "Hong Kong", "Paris"])}
                    langs_ok = ["en", "fr"]
                else:
                    title, company, cdom = r.choice(["Student", "MEng Student", "Undergraduate"]), uni, dom
                    vals = {"org": uni}
                    created = start - datetime.timedelta(days=r.randint(30, 700))
                    conns = r.randint(3, 180)
                pool = staff_all
            elif gkind == "coworking":
                addr, phone = entry
                cul = r.choice(["en", "en", "es", "de", "fr", "zh", "ar", "ru"])
                title = r.choice(FREELANCE)
                company, cdom = "Self-employed", None
                contact = {"phones": [phone] if r.random() < 0.5 else None, "websites": [f"https://{slugify('x ' + str(r.randint(1, 10**6)))}.example.com"]}
                vals = {"org": addr.split(",")[0], "role": title.lower(), "city": addr.split(",")[-1].strip(), "url": contact["websites"][0]}
                pool = staff_all
            elif gkind == "standards":
                name, dom = entry
                cul = r.choice(["en", "de", "fr", "zh", "es"])
                title, company, cdom = r.choice(["Convenor", "Expert", "Project Leader"]), name, dom
                langs_ok = ["en", "de", "fr"]
                vals = {"org": name, "url": f"https://{dom}/comments", "city": r.choice(["Geneva", "Berlin", "Delft"])}
                pool = [s for s in staff_all if s["sector"] in ("tech", "defence")]
            else:  # chamber
                name, dom = entry
                cul = r.choice(["en", "es"])
                title, company, cdom = r.choice(["Events Manager", "Trade Mission Coordinator", "Membership Officer"]), name, dom
                langs_ok = ["en", "es"]
                vals = {"org": name, "url": f"https://www.{dom}/missions", "city": r.choice(["Madrid", "Lisbon", "Bilbao"])}
                pool = staff_all
            if dup is not None:
                ident, plat = dup
                dup = None
            else:
                ident = make_identity(ctx, cul)
                if ident["native"] and r.random() < 0.3:
                    other = "linkedin" if plat != "linkedin" else SIDE_PLATFORM.get(cul, "x")
                    dup = (ident, other)
            s = r.choice(pool)
            vals.setdefault("org", company)
            lang = msg_lang(r, s, langs_ok)
            if ident["culture"] in langs_ok and s.get("heritage") == ident["culture"] and r.random() < 0.7:
                lang = ident["culture"]
            vals.update({"first": greet(s, lang),
                         "me": ident["native_first"] if ident["native"] and lang == ident["culture"] else ident["first"],
                         "topic": r.choice(TOPICS[s["sector"]])})
            ph = shared_photo if (shared_photo and r.random() < 0.7) else None
            out.append(genuine_profile_report(ctx, ident=ident, platform=plat, title=title, company=company, company_dom=cdom,
                                              text_bank=G["alumni" if gkind == "alumni" else gkind], lang=lang, staff=s, vals=vals, kind=kind,
                                              when=when(), contact=contact, photo=ph, school=school, created=created, connections=conns,
                                              extra_msgs=GEN_FOLLOWUP.get(gkind)))
        return out
    if gkind == "own_hr":
        dom = r.choice(TARGET_ORGS)[0]
        pool = [s for s in staff_all if s["org"] == dom]
        for _ in range(size):
            s = r.choice(pool)
            cul = "de" if s["lang"] == "de" else r.choice(["en", "en", "fr", "es"])
            ident = make_identity(ctx, cul)
            vals = {"first": s["ident"]["first"], "me": ident["first"]}
            out.append(genuine_profile_report(ctx, ident=ident, platform="linkedin", title=r.choice(["HR Business Partner", "HR Advisor", "People Partner"]),
                                              company=org_pretty(dom), company_dom=dom, text_bank=G["own_hr"], lang=s["lang"], staff=s, vals=vals,
                                              kind=kind, when=when(), contact={"emails": [f"{slugify(ident['first'])}.{slugify(ident['last'])}@{dom}"]}))
        return out
    raise ValueError(gkind)


def genuine_single(ctx, skind, staff_all, victim=None):
    r = ctx.rng
    s = r.choice(staff_all)
    when = D0 + datetime.timedelta(days=r.randint(0, 680))
    if skind == "photo_victim":
        sha, cul = victim
        ident = make_identity(ctx, cul)
        bankname = r.choice(["excolleague", "stock", None, None])
        vals = {"first": s["ident"]["first"], "city": "London", "topic": r.choice(TOPICS[s["sector"]])}
        return genuine_profile_report(ctx, ident=ident, platform=r.choice(["linkedin", "linkedin", "facebook", "x"]),
                                      title=r.choice(GEN_ROLES + ["Marketing Manager", "Nurse", "Teacher", "Fitness Coach", "Architect"]),
                                      company=r.choice(GEN_PRIOR), company_dom=None, text_bank=G[bankname] if bankname else None,
                                      lang="en", staff=s, vals=vals, kind="neg_photo_victim", when=when, photo=sha, conv=bankname is not None,
                                      connections=r.randint(150, 2500))
    if skind == "stock":
        ident = make_identity(ctx, r.choice(["en", "en", "es", "ar", "zh", "ru", "fr", "de"]))
        vals = {"first": s["ident"]["first"], "topic": r.choice(TOPICS[s["sector"]])}
        return genuine_profile_report(ctx, ident=ident, platform="linkedin", title=r.choice(GEN_ROLES + ["Sales Manager", "Business Analyst", "Student"]),
                                      company=r.choice(GEN_PRIOR + ["Infosys", "Tata Consultancy Services", "Wipro", "Accenture"]),
                                      company_dom=None, text_bank=G["stock"], lang="en", staff=s, vals=vals, kind="neg_stock_phrase", when=when)
    # excolleague
    ident = make_identity(ctx, s["lang"] if s["lang"] in LATIN_POOLS else "en")
    vals = {"first": s["ident"]["first"], "city": r.choice(["London", "Bristol", "Munich", "Paris", "Madrid"])}
    rep = genuine_profile_report(ctx, ident=ident, platform="linkedin" if s["lang"] != "de" or r.random() < 0.5 else "xing",
                                 title=r.choice(GEN_ROLES), company=r.choice(GEN_PRIOR), company_dom=None, text_bank=G["excolleague"],
                                 lang=s["lang"], staff=s, vals=vals, kind="neg_excolleague", when=when)
    rep[0]["profile"].setdefault("experience", []).append({"title": r.choice(GEN_ROLES), "company": org_pretty(s["org"]),
                                                          "start": str(r.randint(2012, 2018)), "end": str(r.randint(2019, 2024))})
    return rep


# ================================================================================================
def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--size", type=int, default=3000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--held-out", action="store_true", help="held-out set: extra styles, held-back wording, names and firms")
    a = ap.parse_args()
    ctx = Ctx(a.seed, a.held_out)
    r = ctx.rng
    staff = build_targets(ctx)
    N = a.size
    n_camp = round(N * 0.42)
    n_lone = round(N * 0.07)
    recs, victims = [], []
    # ---- coordinated operations
    styles = DEV_STYLES + (TEST_ONLY if a.held_out else [])
    schedule = []
    if a.held_out:
        schedule = TEST_ONLY * 2 + r.sample(DEV_STYLES, len(DEV_STYLES))
    else:
        schedule = DEV_STYLES * 2
    r.shuffle(schedule)
    remaining, k = n_camp, 0
    while remaining >= 3:
        band = r.choices(["s", "m", "l"], weights=[35, 40, 25])[0]
        size = {"s": r.randint(3, 8), "m": r.randint(9, 20), "l": r.randint(21, 40)}[band]
        size = min(size, remaining)
        if remaining - size < 3:
            size = remaining if remaining <= 40 else remaining - 3
        style = schedule[k] if k < len(schedule) else r.choice(styles)
        camp = "op-" + hashlib.sha256(f"campaigns6:{a.seed}:{k}".encode()).hexdigest()[:12]
        recs.extend(make_op(ctx, style, size, staff, camp, style, victims))
        remaining -= size
        k += 1
    # ---- lone hostile approaches (no operation behind them)
    for i in range(n_lone):
        style = r.choice(styles)
        recs.extend(make_op(ctx, style, 1, staff, None, "lone_" + style, victims, lone=True))
    # ---- genuine personas
    n_gen = N - len(recs)
    gen = []
    for v in victims[: max(1, n_gen // 25)]:
        gen.append(genuine_single(ctx, "photo_victim", staff, v))
    gkinds = ["agency", "multinational", "conference", "alumni", "lab", "coworking", "translation", "langschool", "diaspora",
              "newsroom", "students", "vendor", "own_hr", "expertnet"] + (["standards", "chamber"] if a.held_out else [])
    group_budget = int(n_gen * 0.66)
    gi = 0
    order = gkinds[:]
    r.shuffle(order)
    while len(gen) < group_budget:
        gk = order[gi % len(order)] if gi < 2 * len(order) else r.choice(gkinds)
        size = r.choice([r.randint(3, 8), r.randint(6, 18), r.randint(12, 40)])
        size = min(size, max(3, group_budget - len(gen)))
        start = D0 + datetime.timedelta(days=r.randint(0, 500))
        gen.extend(genuine_group(ctx, gk, size, staff, start))
        gi += 1
    # genuine singletons: look-alike individuals of the group kinds, stock phrases, ex-colleagues
    while len(gen) < n_gen:
        x = r.random()
        if x < 0.3:
            gen.append(genuine_single(ctx, "stock", staff))
        elif x < 0.55:
            gen.append(genuine_single(ctx, "excolleague", staff))
        else:
            gk = r.choice(["agency", "conference", "newsroom", "students", "vendor", "expertnet", "lab", "diaspora", "translation", "alumni"])
            gen.extend(genuine_group(ctx, gk, 1, staff, D0 + datetime.timedelta(days=r.randint(0, 600))))
    recs.extend(gen[:n_gen])
    r.shuffle(recs)
    with open(a.out, "w", encoding="utf-8") as fo, open(a.truth, "w", encoding="utf-8") as ft:
        for rep, tru in recs:
            fo.write(json.dumps(rep, ensure_ascii=False) + "\n")
            ft.write(json.dumps(tru, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
