#!/usr/bin/env python3
"""Blind evaluation-set generator for a campaign detector (writer campaigns5).

Deterministic for a seed; standard library only.
  python gen.py --seed 81 --size 3000 --out dev5.jsonl --truth dev5.truth.jsonl
  python gen.py --seed 83 --size 3000 --out test5.jsonl --truth test5.truth.jsonl --held-out
"""
import argparse, datetime as dt, hashlib, json, random, re, unicodedata

# ---------------------------------------------------------------- name pools
# Every pool is split in two halves: the dev half (even indices) and the held-out half (odd indices).
NAMES = {
 "en": (["James","Olivia","Daniel","Emily","Thomas","Sophie","Matthew","Hannah","Ryan","Charlotte","Michael","Grace",
         "David","Lucy","Andrew","Chloe","Robert","Megan","Joseph","Amelia","Mark","Jessica","Peter","Rachel","Simon",
         "Laura","Kevin","Natalie","Brian","Ellie","Gareth","Fiona","Liam","Rebecca","Nathan","Zoe"],
        ["Smith","Taylor","Brown","Walker","Wright","Thompson","Hughes","Edwards","Green","Hall","Wood","Harris","Clarke",
         "Jackson","Turner","Hill","Moore","Cooper","Ward","Morris","King","Baker","Carter","Mitchell","Bennett","Shaw",
         "Kelly","Murphy","Price","Russell","Fletcher","Holmes","Barnes","Lloyd","Doyle","Reid"]),
 "de": (["Lukas","Anna","Jonas","Lea","Felix","Laura","Maximilian","Katharina","Tobias","Julia","Sebastian","Miriam",
         "Florian","Sarah","Matthias","Johanna","Stefan","Verena","Markus","Carina","Benedikt","Franziska","Jörg","Annika"],
        ["Müller","Schmidt","Schneider","Fischer","Weber","Meyer","Wagner","Becker","Schulz","Hoffmann","Koch","Richter",
         "Klein","Wolf","Schröder","Neumann","Schwarz","Zimmermann","Braun","Krüger","Hartmann","Lange","Vogel","Brandt"]),
 "fr": (["Camille","Julien","Manon","Nicolas","Élodie","Antoine","Claire","Mathieu","Inès","Guillaume","Pauline","Hugo",
         "Amandine","Sébastien","Chloé","Romain","Aurélie","Thibault","Margaux","Olivier","Sandrine","Benoît","Léa","Yann"],
        ["Martin","Bernard","Dubois","Thomas","Robert","Richard","Petit","Durand","Leroy","Moreau","Simon","Laurent",
         "Lefèvre","Michel","Garcia","David","Bertrand","Roux","Vincent","Fournier","Morel","Girard","Mercier","Bonnet"]),
 "es": (["Lucía","Javier","María","Alejandro","Carmen","Pablo","Elena","Sergio","Paula","Diego","Marta","Álvaro",
         "Laura","Raúl","Cristina","Adrián","Nuria","Iván","Beatriz","Jorge","Rocío","Andrés","Silvia","Gonzalo"],
        ["García","Fernández","González","Rodríguez","López","Martínez","Sánchez","Pérez","Gómez","Martín","Jiménez",
         "Ruiz","Hernández","Díaz","Moreno","Álvarez","Muñoz","Romero","Navarro","Torres","Domínguez","Gil","Vázquez","Serrano"]),
 "ru": (["Alexei","Anastasia","Dmitry","Ekaterina","Sergei","Olga","Mikhail","Natalia","Andrei","Irina","Pavel","Yulia",
         "Nikolai","Svetlana","Ivan","Tatiana","Artem","Elena","Roman","Ksenia","Viktor","Daria","Oleg","Marina"],
        ["Ivanov","Petrova","Smirnov","Kuznetsova","Popov","Sokolova","Lebedev","Kozlova","Novikov","Morozova","Volkov",
         "Pavlova","Orlov","Fedorova","Zaitsev","Belova","Romanov","Vinogradova","Kiselev","Makarova","Gusev","Tarasova","Frolov","Zhukova"]),
 "zh": (["Wei","Jing","Lei","Xiaoling","Hao","Yan","Jun","Min","Tao","Li Na","Chen","Hui","Bo","Xin","Peng","Ying",
         "Qiang","Mei","Zhiwei","Lan","Yong","Fang","Jian","Rui"],
        ["Wang","Li","Zhang","Liu","Chen","Yang","Huang","Zhao","Wu","Zhou","Xu","Sun","Ma","Zhu","Hu","Guo","He","Lin",
         "Gao","Luo","Zheng","Liang","Xie","Tang"]),
 "ar": (["Ahmed","Fatima","Omar","Layla","Youssef","Noura","Khalid","Mariam","Hassan","Aisha","Tariq","Reem","Faisal",
         "Hala","Karim","Dina","Nasser","Salma","Walid","Rania","Sami","Huda","Ziad","Lina"],
        ["Al-Mansouri","Haddad","Khalil","Al-Farsi","Nasser","Saleh","Al-Hashimi","Aziz","Rahman","Qasim","Al-Amiri",
         "Darwish","Hamdan","Al-Sayed","Mansour","Jaber","Al-Zahrani","Karam","Yousef","Salem","Al-Rashid","Fakhoury","Bakr","Suleiman"]),
}
ZH_HANZI = {"Wang":"王","Li":"李","Zhang":"张","Liu":"刘","Chen":"陈","Yang":"杨","Huang":"黄","Zhao":"赵","Wu":"吴",
            "Zhou":"周","Xu":"徐","Sun":"孙","Ma":"马","Zhu":"朱","Hu":"胡","Guo":"郭","He":"何","Lin":"林","Gao":"高",
            "Luo":"罗","Zheng":"郑","Liang":"梁","Xie":"谢","Tang":"唐"}
RU_CYR = {"Alexei":"Алексей","Anastasia":"Анастасия","Dmitry":"Дмитрий","Ekaterina":"Екатерина","Sergei":"Сергей",
          "Olga":"Ольга","Mikhail":"Михаил","Natalia":"Наталья","Andrei":"Андрей","Irina":"Ирина","Pavel":"Павел",
          "Yulia":"Юлия","Nikolai":"Николай","Svetlana":"Светлана","Ivan":"Иван","Tatiana":"Татьяна","Artem":"Артём",
          "Elena":"Елена","Roman":"Роман","Ksenia":"Ксения","Viktor":"Виктор","Daria":"Дарья","Oleg":"Олег","Marina":"Марина"}

# ---------------------------------------------------------------- targets (the people approached)
ORGS = [
 {"org":"Ministry of Defence","dom":"mod-uk.example","lang":"en","loc":"London, England, United Kingdom",
  "depts":["Defence Equipment & Support","Submarine Delivery Agency","Nuclear Policy","Defence Intelligence","Cyber & Specialist Operations","Commercial","Communications"]},
 {"org":"Aerodyne Systems plc","dom":"aerodyne.example","lang":"en","loc":"Bristol, England, United Kingdom",
  "depts":["Propulsion R&D","Hypersonics Programme","Avionics Software","Supply Chain","Export Control","Human Resources"]},
 {"org":"HM Treasury","dom":"hmt-uk.example","lang":"en","loc":"London, England, United Kingdom",
  "depts":["International Finance","Sanctions Unit","Energy & Net Zero","Trade Policy","Economic Security"]},
 {"org":"Quantum Photonics Lab, University of Northbridge","dom":"northbridge-uni.example","lang":"en","loc":"Manchester, England, United Kingdom",
  "depts":["School of Physics","Quantum Technologies Hub","Materials Science","Research Office","Computer Science"]},
 {"org":"Bundesamt für Rüstungstechnik","dom":"bart-de.example","lang":"de","loc":"Koblenz, Rheinland-Pfalz, Deutschland",
  "depts":["Abteilung Luftfahrzeuge","Abteilung Cyber/IT","Beschaffung","Grundsatzangelegenheiten","Presse"]},
 {"org":"Halbleiterwerk Dresden GmbH","dom":"hlw-dresden.example","lang":"de","loc":"Dresden, Sachsen, Deutschland",
  "depts":["Prozessentwicklung","Lithografie","Einkauf","Exportkontrolle","Personal"]},
 {"org":"Direction générale de l'armement","dom":"dga-fr.example","lang":"fr","loc":"Paris, Île-de-France, France",
  "depts":["Systèmes navals","Espace","Maîtrise de l'information","Achats","Relations internationales"]},
 {"org":"Navalis Énergie SA","dom":"navalis.example","lang":"fr","loc":"Cherbourg-en-Cotentin, Normandie, France",
  "depts":["Propulsion nucléaire","Ingénierie coques","Cybersécurité","Supply chain","Communication"]},
 {"org":"Ministerio de Asuntos Exteriores","dom":"maec-es.example","lang":"es","loc":"Madrid, Comunidad de Madrid, España",
  "depts":["Dirección General de Política Exterior","Gabinete","Asuntos Consulares","Seguridad","Comunicación"]},
 {"org":"Instituto Aeroespacial Ibérico","dom":"iai-es.example","lang":"es","loc":"Sevilla, Andalucía, España",
  "depts":["Sistemas de satélites","Ensayos estructurales","Compras","Ciberseguridad","Recursos Humanos"]},
 {"org":"European Space Operations Consortium","dom":"esoc-consortium.example","lang":"en","loc":"Darmstadt, Hesse, Germany",
  "depts":["Ground Segment","Flight Dynamics","Procurement","Security Office"]},
 {"org":"Gridline Energy Networks","dom":"gridline.example","lang":"en","loc":"Glasgow, Scotland, United Kingdom",
  "depts":["Grid Control","OT Security","Regulatory Affairs","Interconnectors","Procurement"]},
]

PLATFORM_MSG = ["linkedin"]*8 + ["linkedin-inmail","email","xing","x"]

# ---------------------------------------------------------------- helpers
def sha(*parts):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()

def half(lst, held):
    """dev mode takes even indices, held-out odd indices (falls back to the whole list if too short)."""
    if len(lst) < 2:
        return lst
    return lst[1::2] if held else lst[0::2]

def slug(s):
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")

def ru_gender(f, l):
    male = f in ("Alexei", "Dmitry", "Sergei", "Mikhail", "Andrei", "Pavel", "Nikolai", "Ivan", "Artem", "Roman", "Viktor", "Oleg")
    if male and l.endswith("a"):
        return l[:-1]
    if not male and not l.endswith("a"):
        return l + "a"
    return l

class G:
    def __init__(self, seed, held):
        self.r = random.Random(seed)
        self.seed = seed
        self.held = held
        self.urls = set()
        self.names = set()
        self.opn = 0
    def pick(self, lst):
        return self.r.choice(half(lst, self.held))
    def pickall(self, lst):
        return self.r.choice(lst)

    # names -------------------------------------------------------------
    def name(self, lang, unseen_bias=True):
        first, last = NAMES[lang]
        for _ in range(50):
            if self.held and self.r.random() < 0.12:
                f, l = self.r.choice(first), self.r.choice(last)     # some overlap with dev pools
            else:
                f, l = self.pick(first), self.pick(last)
            if lang == "ru":
                l = ru_gender(f, l)
            disp = f"{f} {l}"
            if lang == "zh" and self.r.random() < 0.25:
                disp = f"{l} {f}"
            if lang == "zh" and self.r.random() < 0.15:
                disp = f"{f} {l} ({ZH_HANZI.get(l,'')}{'伟' if f=='Wei' else '静' if f=='Jing' else '明'})"
            if lang == "ru" and self.r.random() < 0.15 and f in RU_CYR:
                disp = f"{RU_CYR[f]} {l}"
            if disp not in self.names or self.r.random() < 0.03:
                self.names.add(disp)
                return {"first": f, "last": l, "display": disp, "lang": lang}
        return {"first": f, "last": l, "display": disp, "lang": lang}

    # urls ---------------------------------------------------------------
    def url(self, p, platform="linkedin"):
        r = self.r
        f, l = slug(p["first"]), slug(p["last"])
        for _ in range(100):
            tail = "".join(r.choice("0123456789abcdef") for _ in range(r.choice([6, 8, 9])))
            if platform == "linkedin":
                host = r.choice(["www.linkedin.com"]*6 + ["uk.linkedin.com","de.linkedin.com","fr.linkedin.com","es.linkedin.com","linkedin.com"])
                shape = r.random()
                if shape < 0.45:
                    u = f"https://{host}/in/{f}-{l}-{tail}"
                elif shape < 0.6:
                    u = f"https://{host}/in/{f}{l}{r.randint(1,999)}/"
                elif shape < 0.75:
                    u = f"https://{host}/in/{f}-{l}-{tail}?utm_source=share&utm_campaign=share_via&utm_content=profile&utm_medium={r.choice(['ios_app','android_app','member_desktop'])}"
                elif shape < 0.85:
                    u = f"https://{host}/in/{f[0]}{l}-{tail}?trk=public_profile_browsemap"
                else:
                    u = f"https://{host}/in/{f}-{l}-{r.randint(10,99)}{tail[:3]}/?originalSubdomain={r.choice(['uk','de','fr','es','ae','cn','sg','hk'])}"
            elif platform == "xing":
                u = f"https://www.xing.com/profile/{p['first'].replace(' ','')}_{p['last'].replace(' ','')}{r.randint(1,99):02d}" + r.choice(["", "/cv", "?sc_o=da980_e"])
            elif platform == "x":
                u = f"https://x.com/{f.replace('-','')}_{l.replace('-','')[:6]}{r.randint(1,9999)}"
            elif platform == "facebook":
                u = f"https://www.facebook.com/profile.php?id=1000{r.randint(10**10, 10**11-1)}"
            elif platform == "researchgate":
                u = f"https://www.researchgate.net/profile/{p['first'].replace(' ','-')}-{p['last']}-{r.randint(2,9)}"
            elif platform == "github":
                u = f"https://github.com/{f[:3]}{l}{r.randint(1,99)}"
            elif platform == "wechat":
                u = f"https://www.maimai.cn/profile/detail?dstu={r.randint(10**7, 10**9)}"
            else:
                u = f"https://{platform}/people/{f}.{l}.{tail}"
            if u not in self.urls:
                self.urls.add(u)
                return u
        raise RuntimeError("url")

    # photos -------------------------------------------------------------
    def photo_unique(self, tag):
        h = sha("photo", self.seed, tag, self.r.random())
        return {"present": True, "path": f"photos/{h[:16]}.jpg", "sha256": h}

def photo_of(h, ext="jpg"):
    return {"present": True, "path": f"photos/{h[:16]}.{ext}", "sha256": h}

def d2s(d):
    return d.isoformat()

def ts(g, d):
    return f"{d.isoformat()}T{g.r.randint(6,22):02d}:{g.r.randint(0,59):02d}:{g.r.randint(0,59):02d}Z"

START = dt.date(2025, 1, 6)
END = dt.date(2026, 11, 20)

def rand_date(g, a=START, b=END):
    return a + dt.timedelta(days=g.r.randint(0, (b - a).days))

# ---------------------------------------------------------------- hostile phrase banks
# Placeholders: {n} target first name, {me} persona first name, {org} persona organisation, {role} persona role,
# {fee} formatted fee, {app} messaging app, {handle} handle, {topic} target topic, {col} colleague name,
# {event} event name, {city} city, {link} link, {sector} sector.
H = {"en": {
 "greet": ["Hi {n},", "Dear {n},", "Hello {n},", "Good morning {n},", "Hi {n}, hope you are well.", "Dear Mr/Ms {n},"],
 "intro": ["I'm {me}, {role} at {org}.", "My name is {me} and I work as {role} with {org}.",
           "I lead a small team at {org} ({role}).", "Let me introduce myself, I am {me}, {role} at {org}, we advise clients on {sector}.",
           "{me} here from {org}, I am a {role}.", "I am reaching you on behalf of {org} where I'm {role}."],
 "flatter": ["Your profile really stood out, your experience in {topic} is exactly what our client values.",
             "I have been following your work on {topic}, very impressive career.",
             "People in the industry speak highly of your expertise in {topic}.",
             "It's rare to find someone with your depth in {topic}, honestly.",
             "Your background in {topic} caught my eye immediately.",
             "I read about your team's work on {topic} and was really impressed."],
 "ask_team": ["Who else in your team works on this? It would help me understand the structure.",
              "How big is your team these days and who does it report to?",
              "Out of interest, who are the key people around you on {topic}? Maybe they would be interested too.",
              "Could you tell me who leads the {topic} side and who has the final say?"],
 "ask_programme": ["What are the main projects you are on at the moment? Any milestones coming up this year?",
                   "How is the {topic} programme progressing? Are you on schedule?",
                   "Which partners and suppliers are involved on {topic}? Just to understand the landscape.",
                   "I'm curious what budget and timeline the {topic} work has for next year."],
 "ask_internal": ["How is the mood internally after the reorganisation? Who is likely to sign off the next phase?",
                  "Is there any decision coming on {topic} that hasn't been announced yet?",
                  "What's the internal position on {topic} ahead of the negotiations?",
                  "Do you expect any changes in leadership? We hear rumours but you would know better."],
 "ask_travel": ["Will you be at any conferences in the coming months? It would be great to meet in person.",
                "Are you travelling abroad soon? I am often in Europe and could meet you wherever is convenient.",
                "Where will you be in {month}? I could arrange to be in the same city.",
                "Do you have trips planned this autumn, maybe to Brussels or Geneva?"],
 "ask_technical": ["Just for my understanding, what performance figures are you seeing in testing?",
                   "What are the key technical parameters your team is working towards?",
                   "Any results from the recent trials you could describe in general terms?",
                   "Our client would like to understand the specifications, even roughly."],
 "ask_documents": ["If you have any presentation or internal note you could share, that would help a lot.",
                   "Anything you can send over, slides, reports, even drafts, would be very useful for the client.",
                   "Could you share the document you mentioned? It stays with me only.",
                   "Maybe you have some materials from the last meeting you could pass on?"],
 "money": ["We pay {fee} per short report, usually 2-3 pages of your own analysis.",
           "The client offers {fee} for each paper, paid promptly.",
           "For a one-hour call we can offer {fee}, plus more for written pieces.",
           "Compensation is {fee} per assignment, transfer to any account you prefer.",
           "This would be a paid consultancy, {fee} for each short piece of market insight.",
           "Honorarium is {fee}, and there is more work if the client is happy."],
 "cv_clearance": ["Could you send your updated CV? Please include your security clearance level and when it was granted.",
                  "Please share your résumé, and mention your vetting status (SC/DV) so I can present you properly.",
                  "For the client it's important to know your clearance, please add that to the CV you send.",
                  "Send me your CV with the details of your clearance and the projects you've worked on."],
 "off_platform": ["LinkedIn is not very practical for me, can we continue on {app}? {handle}",
                  "Let's move to {app}, it's easier: {handle}",
                  "I rarely check messages here. Please add me on {app} ({handle}).",
                  "Better to talk on {app}, my contact is {handle}.",
                  "Do you use {app}? Please reach me there: {handle}",
                  "I'm travelling a lot, {app} works best for me: {handle}"],
 "off_email": ["Could you write me on my personal email instead? {handle}", "Please use my private address, the company mail is unreliable: {handle}",
               "Better to continue by email, outside LinkedIn: {handle}", "Send it to my personal mailbox please, {handle}"],
 "secrecy": ["Please keep this between us for now, the client is very discreet.",
             "I would appreciate if this remains confidential, no need to mention it at work.",
             "It's better not to discuss this with your employer at this stage.",
             "Our client values discretion, so please don't share this conversation.",
             "Let's keep it low key, nothing official."],
 "off_record": ["It's just an informal chat, off the record of course.",
                "Nothing official, just between us, your personal view.",
                "No need to prepare anything formal, just an informal exchange."],
 "speaking": ["We would like to invite you to speak at {event} in {city}. All expenses paid, business class, plus a speaker fee of {fee}.",
              "You are invited as keynote at {event} ({city}), flights and hotel covered and an attractive honorarium of {fee}.",
              "Our organising committee selected you for a keynote at {event}. We cover travel, 5-star hotel and {fee}.",
              "Would you join a closed expert panel at {event} in {city}? Fully funded trip and {fee}."],
 "credentials": ["To confirm your speaker slot please log in with your work account here: {link}",
                 "Please join the preparation call via this remote session link and sign in with your corporate account: {link}",
                 "You will receive a verification code by SMS, please send it to me so I can activate your speaker profile.",
                 "The webinar platform needs you to sign in with your Microsoft account first: {link}"],
 "malware": ["The next step is a short take-home test. Please clone the repo and run it on your work laptop so we can check the environment: {link}",
             "Attached is the assessment archive, please open it and run setup before our call.",
             "Please install our interview tool from {link}, it runs the coding exercise locally.",
             "Could you download the project from {link}, run npm install and fix the failing test? Should take 30 minutes."],
 "passport": ["To book your flights we need a scan of your passport, please send it here.",
              "Please send passport details (number, expiry, date of birth) for the ticket and visa invitation.",
              "Our travel desk needs a copy of your passport and your ID for the hotel."],
 "handoff": ["My colleague {col} will contact you about the next steps, she handles this client.",
             "I'm moving to another account, {col} from our team will follow up with you.",
             "{col} will reach out to you directly, please trust her/him as you would me.",
             "I passed your details to {col}, who covers your sector."],
 "handed": ["Hello {n}, {col} passed me your details, I'm continuing the discussion with you.",
            "Hi {n}, I'm {me}, I work with {col}. She mentioned you might help us with {topic}.",
            "Dear {n}, following your exchange with {col}, I take over from here."],
 "close": ["Looking forward to hear from you.", "Thanks a lot, talk soon.", "Best regards", "Kind regards", "Cheers", "Many thanks in advance."],
},
"de": {
 "ask_technical": ["Nur zum Verständnis: Welche Leistungswerte sehen Sie bei den Tests?", "Welche technischen Parameter strebt Ihr Team an, grob gesagt?"],
 "greet": ["Hallo {n},", "Sehr geehrte/r {n},", "Guten Tag {n},", "Liebe/r {n},"],
 "intro": ["mein Name ist {me}, ich bin {role} bei {org}.", "ich bin {me} und arbeite als {role} für {org}."],
 "flatter": ["Ihr Profil ist mir sofort aufgefallen, Ihre Erfahrung im Bereich {topic} ist beeindruckend.",
             "Ich verfolge Ihre Arbeit zu {topic} schon länger, wirklich bemerkenswert."],
 "ask_team": ["Wer arbeitet in Ihrem Team noch an diesem Thema?", "Wie groß ist Ihr Team und wem berichten Sie?"],
 "ask_programme": ["An welchen Projekten arbeiten Sie gerade? Gibt es dieses Jahr wichtige Meilensteine?",
                   "Welche Partner und Zulieferer sind bei {topic} beteiligt?"],
 "ask_internal": ["Wie ist die interne Stimmung nach der Umstrukturierung? Wer entscheidet über die nächste Phase?",
                  "Gibt es zu {topic} Entscheidungen, die noch nicht öffentlich sind?"],
 "ask_travel": ["Sind Sie in den nächsten Monaten auf Konferenzen? Ein persönliches Treffen wäre schön.",
                "Reisen Sie demnächst ins Ausland? Ich bin oft in Europa unterwegs."],
 "ask_documents": ["Falls Sie eine Präsentation oder interne Unterlage teilen könnten, wäre das sehr hilfreich.",
                   "Alles, was Sie schicken können, Folien, Berichte, auch Entwürfe, hilft dem Kunden sehr."],
 "money": ["Wir zahlen {fee} pro kurzem Bericht (2-3 Seiten).", "Der Kunde bietet {fee} pro Papier, schnelle Überweisung."],
 "cv_clearance": ["Könnten Sie mir Ihren Lebenslauf schicken, inklusive Ihrer Sicherheitsüberprüfung (Ü2/Ü3)?",
                  "Bitte senden Sie mir Ihren CV mit Angaben zu Ihrer Sicherheitsfreigabe."],
 "off_platform": ["Können wir auf {app} weiterschreiben? {handle}", "Hier bin ich selten online, bitte schreiben Sie mir auf {app}: {handle}"],
 "secrecy": ["Bitte behandeln Sie das vertraulich, der Kunde legt großen Wert auf Diskretion.",
             "Es ist besser, das vorerst nicht mit Ihrem Arbeitgeber zu besprechen."],
 "off_record": ["Nur ein informelles Gespräch, ganz inoffiziell.", "Nichts Offizielles, nur unter uns."],
 "speaking": ["Wir möchten Sie als Redner zu {event} in {city} einladen. Alle Kosten werden übernommen, dazu ein Honorar von {fee}.",
              "Sie sind als Keynote-Sprecher bei {event} ({city}) eingeladen, Flug und Hotel inklusive, Honorar {fee}."],
 "credentials": ["Bitte bestätigen Sie Ihre Teilnahme, indem Sie sich mit Ihrem Dienstkonto anmelden: {link}",
                 "Sie erhalten einen Bestätigungscode per SMS, bitte leiten Sie ihn an mich weiter."],
 "passport": ["Für die Flugbuchung benötigen wir eine Kopie Ihres Reisepasses.", "Bitte schicken Sie uns Ihre Passdaten für Ticket und Visum."],
 "handoff": ["Meine Kollegin {col} wird sich wegen der nächsten Schritte bei Ihnen melden.", "Ich habe Ihre Daten an {col} weitergegeben, der/die Ihren Bereich betreut."],
 "handed": ["Hallo {n}, {col} hat mir Ihre Kontaktdaten gegeben, ich übernehme ab hier.", "Guten Tag {n}, ich bin {me} und arbeite mit {col} zusammen."],
 "close": ["Ich freue mich auf Ihre Antwort.", "Beste Grüße", "Viele Grüße", "Mit freundlichen Grüßen"],
},
"fr": {
 "ask_technical": ["Pour ma compréhension, quelles performances observez-vous lors des essais ?", "Quels sont les paramètres techniques visés par votre équipe, même approximativement ?"],
 "greet": ["Bonjour {n},", "Cher/Chère {n},", "Bonsoir {n},", "Bonjour {n}, j'espère que vous allez bien."],
 "intro": ["je m'appelle {me}, {role} chez {org}.", "je suis {me}, je travaille comme {role} pour {org}."],
 "flatter": ["Votre profil m'a tout de suite marqué, votre expérience en {topic} est remarquable.",
             "Je suis vos travaux sur {topic} depuis un moment, parcours très impressionnant."],
 "ask_team": ["Qui d'autre travaille sur ce sujet dans votre équipe ?", "Votre équipe compte combien de personnes et à qui rendez-vous compte ?"],
 "ask_programme": ["Sur quels projets travaillez-vous en ce moment ? Des jalons importants cette année ?",
                   "Quels partenaires et fournisseurs sont impliqués sur {topic} ?"],
 "ask_internal": ["Comment se passe la réorganisation en interne ? Qui valide la prochaine phase ?",
                  "Y a-t-il des décisions sur {topic} qui ne sont pas encore annoncées ?"],
 "ask_travel": ["Serez-vous à des conférences dans les prochains mois ? Ce serait bien de se voir.",
                "Voyagez-vous bientôt à l'étranger ? Je passe souvent en Europe."],
 "ask_documents": ["Si vous aviez une présentation ou une note interne à partager, cela aiderait beaucoup.",
                   "Tout ce que vous pouvez envoyer, slides, rapports, même des brouillons, serait très utile."],
 "money": ["Nous rémunérons {fee} par rapport court (2-3 pages).", "Le client propose {fee} par note, payé rapidement."],
 "cv_clearance": ["Pourriez-vous m'envoyer votre CV en précisant votre niveau d'habilitation (CD, SD) ?",
                  "Merci de m'envoyer votre CV avec votre habilitation de sécurité."],
 "off_platform": ["Pouvons-nous continuer sur {app} ? {handle}", "Je suis rarement connecté ici, écrivez-moi sur {app} : {handle}"],
 "secrecy": ["Merci de garder cela confidentiel, le client tient à la discrétion.",
             "Mieux vaut ne pas en parler à votre employeur pour l'instant."],
 "off_record": ["Un échange informel, en off bien sûr.", "Rien d'officiel, juste entre nous."],
 "speaking": ["Nous souhaitons vous inviter à intervenir à {event} à {city}. Tous frais payés, avec des honoraires de {fee}.",
              "Vous êtes invité(e) comme keynote à {event} ({city}), vol et hôtel pris en charge, cachet de {fee}."],
 "credentials": ["Merci de confirmer votre intervention en vous connectant avec votre compte professionnel : {link}",
                 "Vous allez recevoir un code par SMS, merci de me le transmettre pour activer votre profil d'intervenant."],
 "passport": ["Pour réserver vos vols, nous avons besoin d'une copie de votre passeport.", "Merci d'envoyer les informations de votre passeport pour le billet."],
 "handoff": ["Ma collègue {col} va vous contacter pour la suite.", "J'ai transmis vos coordonnées à {col}, qui suit votre secteur."],
 "handed": ["Bonjour {n}, {col} m'a transmis vos coordonnées, je prends le relais.", "Bonjour {n}, je suis {me}, je travaille avec {col}."],
 "close": ["Dans l'attente de votre retour.", "Bien cordialement", "Belle journée", "Cordialement"],
},
"es": {
 "ask_technical": ["Solo para entenderlo, ¿qué rendimiento estáis viendo en las pruebas?", "¿Cuáles son los parámetros técnicos que buscáis, aunque sea a grandes rasgos?"],
 "greet": ["Hola {n},", "Estimado/a {n}:", "Buenos días {n},", "Hola {n}, espero que estés bien."],
 "intro": ["me llamo {me} y soy {role} en {org}.", "soy {me}, trabajo como {role} para {org}."],
 "flatter": ["Tu perfil me llamó mucho la atención, tu experiencia en {topic} es impresionante.",
             "Llevo tiempo siguiendo tu trabajo sobre {topic}, una trayectoria admirable."],
 "ask_team": ["¿Quién más trabaja en esto en tu equipo?", "¿Cuántas personas sois en el equipo y a quién reportas?"],
 "ask_programme": ["¿En qué proyectos estás ahora? ¿Hay hitos importantes este año?",
                   "¿Qué socios y proveedores participan en {topic}?"],
 "ask_internal": ["¿Cómo va la reorganización por dentro? ¿Quién aprueba la siguiente fase?",
                  "¿Hay alguna decisión sobre {topic} que todavía no se haya anunciado?"],
 "ask_travel": ["¿Vas a asistir a algún congreso en los próximos meses? Sería genial vernos.",
                "¿Tienes viajes previstos al extranjero? Yo estoy a menudo en Europa."],
 "ask_documents": ["Si tienes alguna presentación o nota interna que puedas compartir, sería de gran ayuda.",
                   "Cualquier material que puedas enviar, diapositivas, informes, incluso borradores, sería muy útil."],
 "money": ["Pagamos {fee} por cada informe breve (2-3 páginas).", "El cliente ofrece {fee} por documento, con pago rápido."],
 "cv_clearance": ["¿Podrías enviarme tu CV indicando tu habilitación de seguridad?", "Envíame tu currículum con el nivel de habilitación que tienes."],
 "off_platform": ["¿Seguimos por {app}? {handle}", "Aquí entro poco, escríbeme por {app}: {handle}"],
 "secrecy": ["Te pido discreción, el cliente es muy reservado.", "Mejor no comentarlo en tu trabajo por ahora."],
 "off_record": ["Es solo una charla informal, extraoficial.", "Nada oficial, solo entre nosotros."],
 "speaking": ["Queremos invitarte a participar como ponente en {event} en {city}. Todos los gastos pagados y honorarios de {fee}.",
              "Estás invitado/a como ponente principal en {event} ({city}), vuelos y hotel incluidos, {fee} de honorarios."],
 "credentials": ["Para confirmar tu participación inicia sesión con tu cuenta corporativa aquí: {link}",
                 "Vas a recibir un código por SMS, por favor reenvíamelo para activar tu perfil."],
 "passport": ["Para reservar los vuelos necesitamos una copia de tu pasaporte.", "Envíanos los datos del pasaporte para el billete."],
 "handoff": ["Mi compañera {col} te contactará para los siguientes pasos.", "He pasado tus datos a {col}, que lleva tu sector."],
 "handed": ["Hola {n}, {col} me pasó tu contacto, sigo yo a partir de ahora.", "Hola {n}, soy {me}, trabajo con {col}."],
 "close": ["Quedo atento/a a tu respuesta.", "Un saludo", "Saludos cordiales", "Gracias de antemano."],
},
"ru": {
 "ask_technical": ["Просто для понимания: какие характеристики вы получаете на испытаниях?", "Какие технические параметры закладываются, хотя бы примерно?"],
 "greet": ["Здравствуйте, {n}!", "Добрый день, {n}.", "{n}, добрый вечер!", "Привет, {n}!"],
 "intro": ["Меня зовут {me}, я {role} в {org}.", "Я {me}, работаю {role} в компании {org}."],
 "flatter": ["Ваш профиль сразу привлёк внимание, у вас огромный опыт в области {topic}.",
             "Давно слежу за вашей работой по теме {topic}, очень впечатляет."],
 "ask_team": ["Кто ещё в вашей команде занимается этим?", "Сколько человек в команде и кому вы подчиняетесь?"],
 "ask_programme": ["Над какими проектами вы сейчас работаете? Какие ключевые этапы в этом году?",
                   "Какие партнёры и поставщики участвуют в {topic}?"],
 "ask_internal": ["Как внутри восприняли реорганизацию? Кто утверждает следующий этап?",
                  "Есть ли решения по {topic}, о которых ещё не объявляли?"],
 "ask_travel": ["Будете ли вы на конференциях в ближайшие месяцы? Было бы здорово встретиться.",
                "Планируете поездки за границу? Я часто бываю в Европе."],
 "ask_documents": ["Если есть презентация или внутренняя записка, которой можно поделиться, это очень поможет.",
                   "Любые материалы, слайды, отчёты, даже черновики, будут очень полезны."],
 "money": ["Мы платим {fee} за короткий аналитический отчёт.", "Клиент предлагает {fee} за каждую записку, оплата сразу."],
 "cv_clearance": ["Пришлите, пожалуйста, резюме и укажите вашу форму допуска.", "Отправьте резюме с информацией о допуске к секретным сведениям."],
 "off_platform": ["Давайте продолжим в {app}? {handle}", "Здесь я бываю редко, напишите мне в {app}: {handle}"],
 "secrecy": ["Прошу сохранить это в тайне, клиент очень ценит конфиденциальность.", "Лучше пока не говорить об этом на работе."],
 "off_record": ["Просто неформальная беседа, не для протокола.", "Ничего официального, только между нами."],
 "speaking": ["Приглашаем вас выступить на {event} в {city}. Все расходы оплачиваются, гонорар {fee}.",
              "Вы приглашены основным докладчиком на {event} ({city}), перелёт и отель за наш счёт, гонорар {fee}."],
 "credentials": ["Для подтверждения участия войдите с рабочей учётной записью: {link}", "Вам придёт код по SMS, перешлите его мне, пожалуйста."],
 "passport": ["Для покупки билетов нужна копия вашего паспорта.", "Пришлите паспортные данные для оформления билета."],
 "handoff": ["Моя коллега {col} свяжется с вами по следующим шагам.", "Я передал ваши контакты {col}, он(а) ведёт ваше направление."],
 "handed": ["Здравствуйте, {n}! {col} передал(а) мне ваши контакты, дальше общаемся со мной.", "Добрый день, {n}, я {me}, работаю вместе с {col}."],
 "close": ["Жду вашего ответа.", "С уважением", "Всего доброго", "Заранее спасибо!"],
},
"zh": {
 "ask_technical": ["想请教一下，最近测试的性能指标大概是多少？", "你们团队目标的技术参数大致是什么范围？"],
 "greet": ["{n}您好！", "尊敬的{n}：", "{n}老师好，", "Hi {n}，您好！"],
 "intro": ["我是{org}的{role}{me}。", "冒昧打扰，我叫{me}，在{org}担任{role}。"],
 "flatter": ["拜读过您在{topic}方面的成果，非常钦佩。", "您在{topic}领域的经验非常丰富，我们很希望向您请教。"],
 "ask_team": ["请问您团队里还有哪些老师在做这个方向？", "您的团队大概多少人，是谁负责？"],
 "ask_programme": ["您目前在做哪些项目？今年有哪些重要节点？", "{topic}项目的合作方和供应商有哪些？"],
 "ask_internal": ["内部对这次调整怎么看？下一阶段由谁拍板？", "{topic}方面有没有还没公布的决定？"],
 "ask_travel": ["您最近有出国开会的计划吗？希望能当面交流。", "您今年会去哪些会议？我们可以安排见面。"],
 "ask_documents": ["如果有方便分享的报告或内部资料，对我们帮助很大。", "任何材料都可以，PPT、报告、草稿都行。"],
 "money": ["每篇短报告我们支付{fee}。", "客户愿意为每份材料支付{fee}，可以马上转账。"],
 "cv_clearance": ["麻烦发一份您的简历，注明您的安全许可级别。", "请把简历发给我，包括您参与过的项目和保密资质。"],
 "off_platform": ["我们加个{app}聊吧：{handle}", "这里我不常上，方便的话加我{app}：{handle}"],
 "secrecy": ["这件事请先保密，客户很注重低调。", "暂时不要跟单位说，比较好。"],
 "off_record": ["只是私下随便聊聊，不算正式的。", "不是官方交流，就我们俩之间。"],
 "speaking": ["诚邀您出席在{city}举办的{event}并作主旨报告，往返机票和食宿全包，另有讲课费{fee}。",
              "我们邀请您参加{event}（{city}）专家研讨会，全程费用由我方承担，劳务费{fee}。"],
 "credentials": ["请用您的单位邮箱账号登录确认报名：{link}", "您会收到一个短信验证码，麻烦转发给我。"],
 "passport": ["订机票需要您的护照扫描件。", "请发一下护照号码和有效期，方便办理邀请函。"],
 "handoff": ["我的同事{col}会跟您联系后续事宜。", "我已经把您的联系方式给了{col}，之后由他/她对接。"],
 "handed": ["{n}您好，{col}把您的联系方式给了我，后续由我跟进。", "{n}您好，我是{me}，和{col}是同事。"],
 "close": ["期待您的回复！", "谢谢！", "祝好", "盼复"],
},
"ar": {
 "ask_technical": ["فقط للفهم، ما هي نتائج الأداء في الاختبارات الأخيرة؟", "ما هي المواصفات الفنية التي يستهدفها فريقك تقريباً؟"],
 "greet": ["مرحباً {n}،", "السلام عليكم {n}،", "الأستاذ/ة {n} المحترم/ة،", "صباح الخير {n}،"],
 "intro": ["أنا {me}، {role} في {org}.", "اسمي {me} وأعمل {role} لدى {org}."],
 "flatter": ["لفت انتباهي ملفك الشخصي، خبرتك في {topic} مميزة جداً.", "أتابع أعمالك في مجال {topic} منذ فترة، مسيرة رائعة."],
 "ask_team": ["من يعمل معك أيضاً في هذا الملف؟", "كم عدد أعضاء فريقك ولمن ترفع تقاريرك؟"],
 "ask_programme": ["ما هي المشاريع التي تعمل عليها حالياً؟ وما أهم المراحل هذا العام؟", "من هم الشركاء والموردون في {topic}؟"],
 "ask_internal": ["كيف تسير إعادة الهيكلة داخلياً؟ ومن يعتمد المرحلة القادمة؟", "هل هناك قرارات بشأن {topic} لم تُعلن بعد؟"],
 "ask_travel": ["هل ستحضر مؤتمرات في الأشهر القادمة؟ يسعدني أن نلتقي.", "هل لديك سفر قريب إلى الخارج؟"],
 "ask_documents": ["إذا كان لديك عرض تقديمي أو مذكرة داخلية يمكنك مشاركتها فسيكون ذلك مفيداً جداً.", "أي مواد يمكنك إرسالها ستكون مفيدة للعميل."],
 "money": ["ندفع {fee} مقابل كل تقرير قصير.", "يعرض العميل {fee} عن كل ورقة، والدفع فوري."],
 "cv_clearance": ["هل يمكنك إرسال سيرتك الذاتية مع مستوى التصريح الأمني؟", "أرسل لي السيرة الذاتية مع تفاصيل التصريح الأمني."],
 "off_platform": ["لنكمل على {app}: {handle}", "لا أدخل هنا كثيراً، راسلني على {app} {handle}"],
 "secrecy": ["أرجو أن يبقى هذا سرياً، العميل حريص جداً.", "من الأفضل ألا تخبر جهة عملك الآن."],
 "off_record": ["مجرد حديث ودي غير رسمي.", "لا شيء رسمي، بيننا فقط."],
 "speaking": ["يسعدنا دعوتك للتحدث في {event} في {city}، مع تغطية كاملة للتكاليف ومكافأة قدرها {fee}.",
              "أنت مدعو كمتحدث رئيسي في {event} ({city})، السفر والإقامة على حسابنا ومكافأة {fee}."],
 "credentials": ["لتأكيد مشاركتك يرجى تسجيل الدخول بحساب العمل: {link}", "سيصلك رمز تحقق برسالة نصية، أرجو إرساله لي."],
 "passport": ["نحتاج صورة جواز سفرك لحجز الطيران.", "أرسل بيانات جواز السفر لإصدار التذكرة."],
 "handoff": ["ستتواصل معك زميلتي {col} بخصوص الخطوات القادمة.", "أعطيت بياناتك لـ{col} وهو/هي المسؤول/ة عن قطاعك."],
 "handed": ["مرحباً {n}، أعطاني {col} بياناتك وسأتابع معك.", "مرحباً {n}، أنا {me} وأعمل مع {col}."],
 "close": ["بانتظار ردك.", "مع خالص التحية", "شكراً جزيلاً", "تحياتي"],
}}

for _l, _d in {'de': {'money': ['Für jede kurze Analyse überweisen wir {fee}.', 'Die Vergütung beträgt {fee} je Beitrag.'], 'secrecy': ['Bitte sprechen Sie mit niemandem darüber.', 'Das bleibt bitte unter uns.'], 'ask_documents': ['Haben Sie vielleicht Unterlagen aus der letzten Sitzung?', 'Könnten Sie mir das erwähnte Dokument schicken? Es bleibt bei mir.']}, 'fr': {'money': ['Chaque note courte est rémunérée {fee}.', 'La rétribution est de {fee} par contribution.'], 'secrecy': ["Merci de n'en parler à personne.", "Gardons cela entre nous, s'il vous plaît."], 'ask_documents': ['Auriez-vous des documents de la dernière réunion ?', "Pourriez-vous m'envoyer le document dont vous parliez ? Il restera entre mes mains."]}, 'es': {'money': ['Cada informe corto se paga a {fee}.', 'La remuneración es de {fee} por colaboración.'], 'secrecy': ['Por favor, no se lo comentes a nadie.', 'Que quede entre nosotros, por favor.'], 'ask_documents': ['¿Tienes materiales de la última reunión?', '¿Podrías enviarme el documento que mencionaste? Se queda conmigo.']}, 'ru': {'money': ['За каждую короткую записку — {fee}.', 'Вознаграждение составляет {fee} за материал.'], 'secrecy': ['Пожалуйста, никому об этом не говорите.', 'Пусть это останется между нами.'], 'ask_documents': ['Может, у вас остались материалы с последнего совещания?', 'Не могли бы вы прислать документ, о котором говорили? Он останется у меня.']}, 'zh': {'money': ['每份简短材料报酬{fee}。', '稿酬是每篇{fee}。'], 'secrecy': ['请不要跟别人提起。', '这事就我们俩知道。'], 'ask_documents': ['上次会议的材料方便发一份吗？', '您提到的那份文件能发给我吗？只我自己看。']}, 'ar': {'money': ['نقدم {fee} عن كل مذكرة قصيرة.', 'المكافأة {fee} عن كل مساهمة.'], 'secrecy': ['أرجو ألا تخبر أحداً بذلك.', 'ليبقَ هذا بيننا من فضلك.'], 'ask_documents': ['هل لديك مواد من الاجتماع الأخير؟', 'هل يمكنك إرسال الوثيقة التي ذكرتها؟ ستبقى معي فقط.']}}.items():
    for _k, _v in _d.items():
        H[_l][_k] = H[_l][_k] + _v

USER_REPLY = {
 "en": ["Thanks for reaching out. What is this about exactly?", "Hi, thanks. I'm not really looking but happy to hear more.",
        "Sure, what do you need?", "I'd rather not go into detail about my work, sorry.", "OK, sounds interesting.",
        "Who is the client?", "I'll have to think about it.", "Thanks, let me check my diary.", "Sorry, I can't share that.",
        "Happy to have a quick chat.", "Can you send me something in writing first?", "Is there a website for your company?"],
 "de": ["Danke für die Nachricht. Worum geht es genau?", "Klingt interessant, erzählen Sie mehr.", "Dazu kann ich leider nichts sagen.",
        "Wer ist denn der Kunde?", "Ich überlege es mir.", "Gerne, was brauchen Sie?"],
 "fr": ["Merci pour votre message. De quoi s'agit-il ?", "Pourquoi pas, dites-m'en plus.", "Je ne peux pas en parler, désolé.",
        "Qui est le client ?", "Je vais réfléchir.", "D'accord, avec plaisir."],
 "es": ["Gracias por escribir. ¿De qué se trata exactamente?", "Suena interesante, cuéntame más.", "De eso no puedo hablar, lo siento.",
        "¿Quién es el cliente?", "Lo pensaré.", "Vale, sin problema."],
 "ru": ["Спасибо. А о чём именно речь?", "Интересно, расскажите подробнее.", "Об этом я говорить не могу.", "А кто клиент?", "Подумаю.", "Хорошо."],
 "zh": ["谢谢联系。具体是什么事？", "可以，您说。", "这个不太方便说。", "客户是哪家？", "我考虑一下。", "好的。"],
 "ar": ["شكراً لتواصلك. ما الموضوع بالتحديد؟", "يبدو مثيراً للاهتمام، أخبرني أكثر.", "لا أستطيع الحديث عن ذلك.", "من هو العميل؟", "سأفكر في الأمر.", "حسناً."],
}

TOPICS = {
 "en": ["hypersonic propulsion","quantum sensing","satellite ground segments","submarine acoustics","grid control systems",
        "semiconductor lithography","export controls","sanctions policy","defence procurement","AI for signals processing",
        "trade negotiations","energy security","space situational awareness","OT cybersecurity","composite airframes"],
 "de": ["Hyperschallantriebe","Quantensensorik","Halbleiterlithografie","Rüstungsbeschaffung","Exportkontrolle","Cybersicherheit","Satellitentechnik"],
 "fr": ["propulsion navale","systèmes spatiaux","cybersécurité","achats de défense","contrôle des exportations","acoustique sous-marine"],
 "es": ["sistemas de satélites","política exterior","ciberseguridad","ensayos estructurales","contratación pública de defensa"],
 "ru": ["гиперзвуковые технологии","спутниковые системы","полупроводники","энергетическая безопасность","кибербезопасность"],
 "zh": ["量子传感","高超声速推进","半导体光刻","卫星地面站","电网控制系统","复合材料机身"],
 "ar": ["أمن الطاقة","الأمن السيبراني","أنظمة الأقمار الصناعية","الصناعات الدفاعية","السياسة التجارية"],
}

def fmt_fee(amount, cur, lang, style=0):
    """Render one amount in the language's number format (the same odd fee seen in several languages)."""
    a = int(amount)
    en = f"{a:,}"
    dot = en.replace(",", ".")
    sp = en.replace(",", "\u202f" if style else " ")
    sym = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "RUB": "₽", "AED": "AED"}[cur]
    if lang == "en":
        return [f"{cur} {en}", f"{sym}{en}", f"{en} {cur}"][style % 3]
    if lang == "de":
        return [f"{dot} {sym}", f"{cur} {dot}", f"{dot},- {cur}"][style % 3]
    if lang == "fr":
        return [f"{sp} {sym}", f"{sp} {cur}", f"{sp} {'dollars' if cur=='USD' else 'euros' if cur=='EUR' else cur}"][style % 3]
    if lang == "es":
        return [f"{dot} {'dólares' if cur=='USD' else 'euros' if cur=='EUR' else cur}", f"{dot} {sym}", f"{cur} {dot}"][style % 3]
    if lang == "ru":
        return [f"{sp} {sym}", f"{sp} {'долларов' if cur=='USD' else 'евро' if cur=='EUR' else cur}", f"{a} {cur}"][style % 3]
    if lang == "zh":
        return [f"{a}{'美元' if cur=='USD' else '欧元' if cur=='EUR' else '英镑' if cur=='GBP' else '元'}", f"{sym}{en}", f"{cur} {en}"][style % 3]
    if lang == "ar":
        return [f"{a} {'دولار' if cur=='USD' else 'يورو' if cur=='EUR' else cur}", f"{en} {cur}", f"{sym}{en}"][style % 3]
    return f"{cur} {en}"

# ---------------------------------------------------------------- hostile operation styles
DEV_STYLES = ["recruiter_farm", "think_tank_reports", "conference_phish", "fake_job_malware",
              "translated_consultancy", "scholar_exchange", "headhunter_handoff", "journalist_front", "ru_analytics_centre"]
HELD_STYLES = ["podcast_paid_interview", "grant_foundation", "alumni_reunion", "gulf_advisory",
               "expert_network_supply", "dormant_aged_accounts"]
# styles seen in both sets (the held-out set uses the other half of every wording / firm / name pool for them)
SHARED_IN_TEST = ["recruiter_farm", "think_tank_reports", "conference_phish", "translated_consultancy", "scholar_exchange"]

FIRMS = {
 "recruiter_farm": ["Apex Talent Partners","BrightPath Global Recruitment","Northstar Executive Search","Crestline Talent Solutions",
                    "Silverline HR Consulting","Keystone Global Talent","Vantage Point Recruiting","Harborview Search Group",
                    "Everfield Talent Group","Clearwater Recruitment International"],
 "think_tank_reports": ["Institute for Eurasian Strategic Dialogue","Centre for Global Policy Insight","Atlantic-Pacific Forum for Security Studies",
                        "Meridian Policy Institute","Geneva Centre for Strategic Foresight","Horizon Institute of International Affairs",
                        "Baltic-Asia Policy Research Centre","Institute for Future Security Studies"],
 "conference_phish": ["Global Cyber Defence Summit","International Conference on Energy Security","Euro-Asia Aerospace Forum",
                      "World Quantum Technologies Congress","Future of Diplomacy Summit","International Symposium on Nuclear Policy",
                      "Mediterranean Security Dialogue","Space Resilience World Forum"],
 "fake_job_malware": ["Stellar Chain Capital","Qubit Defence Labs","Orbital Ledger Technologies","NovaGrid Systems","BlockForge Ventures",
                      "AstraNet Security","Helix Quant Trading","Ironclad Avionics"],
 "translated_consultancy": ["Lindqvist & Partners Advisory","Harcourt Strategy","Beaumont Conseil","Kessler Advisory GmbH","Altamira Consultores",
                            "Whitcombe Analytics","Rivière Stratégie","Norfeld Consulting","Calloway Risk","Solano & Vidal Asesores",
                            "Brenner Market Intelligence","Ashgrove Insight","Vauclair Partners","Ostermann Research","Monteverde Analistas",
                            "Pemberton Advisory","Delacroix Intelligence Économique","Falkenried Consulting","Arroyo & Bosch Consultoría","Thornbury Partners"],
 "scholar_exchange": ["Institute of International Technology Studies","Center for Advanced Materials Exchange",
                      "Asia-Pacific Science Cooperation Association","Shenzhen Frontier Research Institute",
                      "Overseas Talent Exchange Office","Yangtze Delta Innovation Academy"],
 "headhunter_handoff": ["Sterling Crown Associates","Blue Harbour Search","Pinnacle Cleared Careers","Oakridge Defence Talent"],
 "journalist_front": ["The Strategic Monitor","Global Affairs Review","Eurasia Dispatch","Defence Insider Weekly","Policy Horizons Magazine","The Diplomatic Ledger"],
 "ru_analytics_centre": ["Аналитический центр «Горизонт»","Экспертная группа «Меридиан»","Центр стратегических оценок","Институт прикладной аналитики"],
 "podcast_paid_interview": ["The Frontier Signal Podcast","Deep Tech Conversations","Defence Futures Show","Policy Unplugged","Engineering Leaders Talk"],
 "grant_foundation": ["Aldermoor Foundation for Science","Fondation Lumière pour la Recherche","Fundación Horizonte Ciencia","Global Young Scholars Trust","Kestrel Research Fellowship Fund"],
 "alumni_reunion": ["Imperial College London","University of Cambridge","Technische Universität München","Sciences Po","Universidad Politécnica de Madrid","University of Edinburgh"],
 "gulf_advisory": ["Al Noor Strategic Advisory","Gulf Horizon Consulting","Dar Al Khibra Consultancy","Sahara Bridge Partners"],
 "expert_network_supply": ["Tessera Expert Network","Brightwater Due Diligence","Quorum Insight Partners","Kessington Market Research","Veridian Supply Analytics"],
 "dormant_aged_accounts": ["Independent consultant","Freelance analyst","Self-employed","Consultant (independent)"],
}

ROLES = {
 "recruiter_farm": ["Senior Talent Acquisition Specialist","Recruitment Consultant","Headhunter","Talent Partner","HR Manager"],
 "think_tank_reports": ["Research Fellow","Programme Director","Senior Analyst","Project Coordinator","Visiting Fellow"],
 "conference_phish": ["Conference Coordinator","Speaker Relations Manager","Programme Committee Secretary","Event Director"],
 "fake_job_malware": ["Technical Recruiter","Engineering Manager","Head of Talent","CTO","Hiring Lead"],
 "translated_consultancy": ["Managing Partner","Associate Director","Senior Consultant","Business Development Manager","Principal"],
 "scholar_exchange": ["Visiting Scholar","Project Officer","Research Assistant","PhD candidate","International Cooperation Officer"],
 "headhunter_handoff": ["Executive Search Consultant","Principal Consultant","Research Associate","Client Partner"],
 "journalist_front": ["Correspondent","Senior Editor","Freelance journalist","Investigations Editor"],
 "ru_analytics_centre": ["ведущий аналитик","руководитель проектов","эксперт","координатор программ"],
 "podcast_paid_interview": ["Host & Producer","Podcast Host","Head of Guest Booking","Executive Producer"],
 "grant_foundation": ["Grants Officer","Programme Manager","Fellowship Coordinator","Director of Research Partnerships"],
 "alumni_reunion": ["Alumni Relations Volunteer","Class Representative","Alumni Network Chair","Former student"],
 "gulf_advisory": ["Senior Advisor","Partner","Director, Government Advisory","Associate"],
 "expert_network_supply": ["Research Associate","Expert Network Manager","Project Manager, Due Diligence","Senior Associate"],
 "dormant_aged_accounts": ["Consultant","Independent analyst","Advisor","Researcher"],
}
ROLE_TR = {"de": ["Senior Berater","Partner","Projektleiter"], "fr": ["Consultant senior","Associé","Chef de projet"],
           "es": ["Consultor sénior","Socio","Director de proyectos"], "ru": ["ведущий консультант","партнёр","руководитель проектов"],
           "zh": ["项目主管","研究员","国际合作专员"], "ar": ["مستشار أول","شريك","مدير مشاريع"]}

ROLE_TR_STYLE = {("journalist_front", "fr"): ["correspondant(e)", "rédacteur en chef adjoint", "journaliste indépendant(e)"],
                 ("journalist_front", "ru"): ["корреспондент", "редактор", "обозреватель"],
                 ("scholar_exchange", "zh"): ["访问学者", "项目专员", "博士研究生", "国际合作专员"],
                 ("grant_foundation", "fr"): ["chargé(e) de programme", "responsable des bourses"],
                 ("grant_foundation", "es"): ["responsable de becas", "coordinador/a de programas"],
                 ("podcast_paid_interview", "de"): ["Moderator & Produzent", "Redaktion / Gästebuchung"],
                 ("headhunter_handoff", "es"): ["consultor/a de búsqueda de directivos", "socio/a de cuentas"],
                 ("recruiter_farm", "es"): ["reclutador/a sénior", "consultor/a de selección"],
                 ("recruiter_farm", "de"): ["Senior Recruiter", "Personalberater/in"],
                 ("conference_phish", "fr"): ["coordinateur/trice de conférence", "responsable des intervenants"],
                 ("conference_phish", "de"): ["Konferenzkoordinatorin", "Referentenbetreuung"]}

EVENTS_CITIES = ["Dubai","Istanbul","Singapore","Doha","Vienna","Geneva","Bangkok","Abu Dhabi","Hong Kong","Baku","Belgrade","Kuala Lumpur"]
APPS = {"en": ["WhatsApp","Telegram","Signal"], "de": ["WhatsApp","Telegram","Signal"], "fr": ["WhatsApp","Telegram"],
        "es": ["WhatsApp","Telegram"], "ru": ["Telegram","WhatsApp"], "zh": ["WeChat"], "ar": ["WhatsApp","Telegram"]}

QUIRKS = ["revert", "informations", "space_comma", "emoji", "doubledot", "dear_sir", "oppurtunity", "regards_bang", "none"]

HELD = [False]   # set by main(); the held-out set words the same consistent mistakes differently

def apply_quirk(text, q, lang):
    if q == "revert" and lang == "en":
        return text + (" Do the needful and revert back." if HELD[0] else " Kindly revert back at your earliest.")
    if q == "informations" and lang == "en":
        return text.replace("information", "informations").replace("details", "informations") if ("information" in text or "details" in text) else text + (" Kindly provide me the informations." if HELD[0] else " Please share me the informations.")
    if q == "space_comma" and lang in ("en", "de", "es"):
        return text.replace(", ", " , ")
    if q == "emoji":
        return text + " 🙂"
    if q == "doubledot":
        return text.replace(". ", ".. ")
    if q == "oppurtunity" and lang == "en":
        return text + (" This is very good oppurtunity for your carrier." if HELD[0] else " It is a great oppurtunity for you.")
    if q == "regards_bang":
        return text + " Best Regards!!"
    return text

def vary_firm(g, firm, care):
    """Variant spellings of one invented organisation."""
    if care == 0 or g.r.random() < 0.35:
        return firm
    v = firm
    ops = [lambda s: s.replace("Centre", "Center"), lambda s: s.replace("Insight", "Insights"), lambda s: s + " Ltd",
           lambda s: s.replace("Institute for", "Institute of"), lambda s: s.replace(" & ", " and "),
           lambda s: s.upper(), lambda s: "The " + s if not s.startswith("The ") else s[4:],
           lambda s: "".join(w[0] for w in s.split() if w[0].isupper()) + " - " + s,
           lambda s: s.replace("International", "Int'l"), lambda s: s.replace("Studies", "Study"), lambda s: s + " (Group)",
           lambda s: s.replace("ll", "l", 1)]
    for f in g.r.sample(ops, g.r.randint(1, 2)):
        v = f(v)
    return v

PHONE_FMT = {"+44 7": "+44 7{3} {6}", "+49 15": "+49 15{2} {7}", "+33 6": "+33 6 {2} {2} {2} {2}", "+971 5": "+971 5{1} {3} {4}",
             "+852 9": "+852 9{3} {4}", "+65 8": "+65 8{3} {4}", "+7 9": "+7 9{2} {3}-{2}-{2}", "+86 13": "+86 13{1} {4} {4}",
             "+90 5": "+90 5{2} {3} {2} {2}", "+1 202": "+1 202-{3}-{4}"}

def phone(r, cc):
    return re.sub(r"\{(\d)\}", lambda m: "".join(r.choice("0123456789") for _ in range(int(m.group(1)))), PHONE_FMT[cc])

def handle_for(g, op, p, app):
    """Messaging handle: shared by sloppy operations, patterned for medium ones, distinct for careful ones."""
    if op["care"] == 0 and op.get("shared_handle") and g.r.random() < 0.85:
        return op["shared_handle"][app] if isinstance(op["shared_handle"], dict) else op["shared_handle"]
    if app in ("WhatsApp", "Signal"):
        return phone(g.r, g.r.choice(op["phone_ccs"]))
    if app == "WeChat":
        return f"{slug(p['first']).replace('-','')}_{g.r.randint(1980,2004)}" if op["care"] else f"{op['handle_stem']}{g.r.randint(10,99)}"
    if app == "email":
        return f"{slug(p['first']).replace('-','')}.{slug(p['last']).replace('-','')}{g.r.randint(1,99)}@{g.r.choice(['gmail.com','outlook.com','proton.me','yandex.ru','163.com','hotmail.com'])}"
    # Telegram
    if op["care"] == 1:
        return f"@{op['handle_stem']}_{slug(p['first']).replace('-','')}"
    return f"@{slug(p['first']).replace('-','')}{slug(p['last'])[:3]}{g.r.randint(1,999)}"

CUSTOM = {  # English-only style-specific wording; a non-English persona uses the generic fallback key
 "podcast_paid_interview": {
   "pod_invite": ["We'd love to have you as a guest on {org}. Our audience is senior people in {sector}. Guests receive an appearance fee of {fee}.",
                  "I produce {org} and think you'd be a brilliant guest. It's a relaxed 40-minute conversation, and we pay guests {fee}.",
                  "Would you come on {org}? We record remotely, and there's a {fee} honorarium for your time.",
                  "Our show {org} is booking guests for next season, there is a fee of {fee} per episode."],
   "pod_prep": ["For the prep call, could you walk me through what your team is building right now and who's involved? Nothing goes on air without your OK.",
                "Before recording I like to understand the real story: current projects, partners, timelines. Off the record, of course.",
                "To prepare the questions, what are the programmes you're most proud of at the moment, and what's coming next?",
                "It helps if you tell me a bit more about internal priorities, just for background, we won't publish it."]},
 "grant_foundation": {
   "grant": ["Our foundation runs a fellowship for experts in {topic}: {fee} for a short research paper, plus a funded trip to our annual meeting in {city}.",
             "You have been nominated for our small research grant ({fee}). The only requirement is a report on current work in your organisation.",
             "We fund independent papers on {topic}; the stipend is {fee} and we cover travel to {city} for the workshop.",
             "I'm pleased to tell you that the selection panel shortlisted you for a {fee} grant."]},
 "alumni_reunion": {
   "alumni": ["Hi {n}! Fellow {org} alum here, I think we overlapped a couple of years. Are you still in touch with anyone from the old crowd?",
              "Hello {n}, I'm organising a small {org} alumni get-together abroad and your name came up!",
              "Hey {n}, great to find another {org} graduate working in {sector}. How has life been since graduation?",
              "{n}! I remember you from {org}, I was two years below. So cool to see where you ended up."],
   "reunion": ["We're hosting a small alumni dinner in {city}, flights and hotel are covered by a sponsor. You should come!",
               "A few of us are meeting in {city} next month, the alumni fund pays travel. Who else from your office studied with us?",
               "There's a funded alumni weekend in {city}. Could you give me names of colleagues who were also at {org}?"]},
 "expert_network_supply": {
   "expert": ["We connect investors with industry experts for short paid phone consultations. Our client pays {fee} per hour.",
              "I'm working on a due-diligence project in {sector} and your expertise would be very valuable: a one-hour call, {fee}.",
              "Our client, a private equity fund, would like a 60-minute call with a practitioner. The fee is {fee}.",
              "Would you join a paid expert call ({fee} per hour) on the supply chain in {sector}?"],
   "supply": ["Which suppliers does your organisation rely on for the key components, and are there any bottlenecks?",
              "Who are the main subcontractors on the current tenders, and which ones are at risk?",
              "Can you say which partners are shortlisted for the next contract round and what budget is planned?",
              "What do you expect in the next procurement decision, who is favoured internally?"]},
 "dormant_aged_accounts": {
   "rapport": ["Saw your comment on that piece about {topic}, completely agree with you.",
               "How was your week? I just got back from a long trip, exhausting but good.",
               "Funny, I was reading about {topic} this morning and thought of our chat.",
               "Did you watch the match at the weekend? Anyway, hope work is not too crazy."]},
}
CUSTOM_L = {
 ("podcast_paid_interview", "pod_invite", "de"): ["Wir würden Sie gern als Gast in {org} begrüßen. Für Gäste gibt es ein Honorar von {fee}.",
                                                  "Hätten Sie Lust auf eine Folge bei {org}? Wir zeichnen remote auf, Aufwandsentschädigung {fee}."],
 ("podcast_paid_interview", "pod_prep", "de"): ["Für das Vorgespräch: Woran arbeitet Ihr Team gerade, und wer ist beteiligt? Ohne Ihre Freigabe geht nichts auf Sendung.",
                                                "Zur Vorbereitung wüsste ich gern, welche Projekte gerade laufen und was als Nächstes kommt, rein als Hintergrund."],
 ("grant_foundation", "grant", "fr"): ["Notre fondation finance des travaux indépendants sur {topic} : une bourse de {fee} pour une courte note, et un séjour pris en charge à {city}.",
                                       "Vous avez été présélectionné(e) pour notre bourse de recherche ({fee}). Seule condition : un rapport sur les travaux en cours dans votre organisation."],
 ("grant_foundation", "grant", "es"): ["Nuestra fundación financia estudios independientes sobre {topic}: una beca de {fee} por un breve informe y un viaje pagado a {city}.",
                                       "Has sido preseleccionado/a para nuestra ayuda de investigación ({fee}). Solo pedimos un informe sobre el trabajo actual de tu organización."],
 ("expert_network_supply", "expert", "de"): ["Wir vermitteln Investoren kurze, bezahlte Expertengespräche. Unser Kunde zahlt {fee} pro Stunde.",
                                             "Für ein Due-Diligence-Projekt im Bereich {sector} suchen wir Praktiker für ein einstündiges Telefonat, Honorar {fee}."],
 ("expert_network_supply", "expert", "es"): ["Ponemos en contacto a inversores con expertos para llamadas breves remuneradas. Nuestro cliente paga {fee} por hora.",
                                             "Estoy en un proyecto de due diligence en {sector}; sería una llamada de una hora, {fee}."],
 ("expert_network_supply", "supply", "de"): ["Auf welche Zulieferer ist Ihre Organisation bei den Schlüsselkomponenten angewiesen, und gibt es Engpässe?",
                                             "Wer sind die Hauptunterauftragnehmer bei den laufenden Ausschreibungen?"],
 ("expert_network_supply", "supply", "es"): ["¿De qué proveedores depende tu organización para los componentes clave? ¿Hay cuellos de botella?",
                                             "¿Quiénes son los principales subcontratistas en las licitaciones actuales?"],
 ("dormant_aged_accounts", "rapport", "de"): ["Wie war Ihre Woche? Ich bin gerade von einer langen Reise zurück.", "Ich habe heute Morgen etwas zu {topic} gelesen und an unser Gespräch gedacht."],
 ("dormant_aged_accounts", "rapport", "fr"): ["Comment s'est passée votre semaine ? Je rentre d'un long voyage.", "J'ai lu un article sur {topic} ce matin et j'ai pensé à notre échange."],
 ("dormant_aged_accounts", "rapport", "es"): ["¿Qué tal la semana? Acabo de volver de un viaje largo.", "Esta mañana leí algo sobre {topic} y me acordé de nuestra conversación."],
}
FALLBACK = {"pod_invite": "money", "pod_prep": "ask_programme", "grant": "money", "alumni": "flatter", "reunion": "speaking",
            "expert": "money", "supply": "ask_programme", "rapport": "flatter"}

# style -> (care levels, languages, size range, span days, apps, script)
SPECS = {
 "recruiter_farm": dict(care=[0], langs=["en"]*6 + ["es", "de"], size=(8, 40), span=(30, 120),
     script=[["greet", "intro", "flatter", "close"], ["cv_clearance", "off_platform"], ["ask_team", "secrecy", "close"]]),
 "think_tank_reports": dict(care=[1], langs=["target"], size=(5, 25), span=(60, 200),
     script=[["greet", "intro", "flatter", "close"], ["money", "ask_programme"], ["off_platform", "secrecy"], ["ask_documents", "close"]]),
 "conference_phish": dict(care=[1, 0], langs=["en", "en", "fr", "de"], size=(4, 15), span=(20, 60),
     script=[["greet", "speaking", "close"], ["credentials"], ["passport", "close"]]),
 "fake_job_malware": dict(care=[0, 1], langs=["en"], size=(5, 30), span=(60, 180),
     script=[["greet", "intro", "flatter", "close"], ["off_platform"], ["malware", "secrecy"]]),
 "translated_consultancy": dict(care=[2], langs=["target"], size=(6, 20), span=(120, 300),
     script=[["greet", "intro", "flatter", "close"], ["off_record", "ask_internal"], ["money", "off_platform"], ["ask_documents", "secrecy", "close"]]),
 "scholar_exchange": dict(care=[1], langs=["zh", "zh", "en"], size=(4, 18), span=(60, 240),
     script=[["greet", "intro", "flatter"], ["ask_programme", "ask_technical"], ["speaking"], ["off_platform", "close"]]),
 "headhunter_handoff": dict(care=[1], langs=["en", "en", "es"], size=(3, 10), span=(60, 150),
     script=[["greet", "intro", "flatter", "close"], ["cv_clearance", "ask_team"], ["handoff", "close"]]),
 "journalist_front": dict(care=[1], langs=["en", "en", "fr", "ru"], size=(3, 12), span=(30, 150),
     script=[["greet", "intro", "flatter"], ["off_record", "ask_internal"], ["money", "off_platform"], ["secrecy", "close"]]),
 "ru_analytics_centre": dict(care=[1, 0], langs=["ru"], size=(4, 15), span=(40, 160),
     script=[["greet", "intro", "flatter"], ["money", "ask_programme"], ["off_platform", "secrecy", "close"]]),
 "podcast_paid_interview": dict(care=[1], langs=["en", "en", "de"], size=(4, 14), span=(40, 120),
     script=[["greet", "intro", "flatter"], ["pod_invite"], ["pod_prep", "ask_team"], ["off_platform", "close"]]),
 "grant_foundation": dict(care=[1], langs=["en", "fr", "es"], size=(5, 20), span=(60, 200),
     script=[["greet", "intro", "flatter"], ["grant"], ["ask_documents", "ask_technical"], ["passport", "close"]]),
 "alumni_reunion": dict(care=[0, 1], langs=["en"], size=(5, 25), span=(30, 100),
     script=[["alumni"], ["ask_team"], ["reunion", "ask_travel"], ["off_platform", "close"]]),
 "gulf_advisory": dict(care=[1], langs=["ar", "ar", "en"], size=(4, 15), span=(60, 180),
     script=[["greet", "intro", "flatter"], ["money", "off_record"], ["ask_internal", "ask_documents"], ["off_platform", "secrecy"]]),
 "expert_network_supply": dict(care=[1, 2], langs=["target"], size=(6, 30), span=(90, 260),
     script=[["greet", "intro"], ["expert"], ["supply", "ask_internal"], ["secrecy", "close"]]),
 "dormant_aged_accounts": dict(care=[2], langs=["target"], size=(5, 20), span=(150, 320),
     script=[["greet", "flatter"], ["rapport"], ["ask_travel", "rapport"], ["off_record", "ask_programme"], ["money", "off_platform"]]),
}

CLAIMED_LOC = ["London, England, United Kingdom","Singapore","Dubai, United Arab Emirates","Hong Kong SAR","Washington DC-Baltimore Area",
               "Berlin, Germany","Paris, Île-de-France, France","Madrid, Spain","Geneva, Switzerland","New York, United States",
               "Brussels, Belgium","Vienna, Austria","Shanghai, China","Moscow, Russia","Abu Dhabi, United Arab Emirates","Toronto, Canada"]
ARTICLES = ["https://www.defensenews.example/2025/03/hypersonic-test-range-delays", "https://www.ft.example/content/semiconductor-export-rules-eu",
            "https://www.spacenews.example/ground-segment-consolidation", "https://www.politico.example/eu-sanctions-package-18",
            "https://www.janes.example/news/submarine-sonar-upgrade", "https://www.euractiv.example/energy/interconnector-security",
            "https://www.reuters.example/technology/quantum-sensing-navy-trial", "https://www.lemonde.example/economie/dga-commandes-2026"]

def fill(s, ctx):
    return re.sub(r"\{(\w+)\}", lambda m: str(ctx.get(m.group(1), m.group(0))), s)

class Roster:
    """The people approached: reporters with e-mail first.last@org.example and a department."""
    def __init__(self, g):
        self.g = g
        self.people = {}
    def person(self, org, dept=None, lang=None):
        g = self.g
        lang = lang or (org["lang"] if g.r.random() < 0.85 else g.r.choice(["en", "de", "fr", "es", "ru", "zh", "ar"]))
        f, l = g.r.choice(NAMES[lang][0]), g.r.choice(NAMES[lang][1])
        l = ru_gender(f, l) if lang == "ru" else l
        email = f"{slug(f).replace('-', '')}.{slug(l).replace('-', '')}@{org['dom']}"
        dept = dept or g.r.choice(org["depts"])
        key = email
        if key in self.people:
            return self.people[key]
        pr = {"first": f, "last": l, "email": email, "dept": dept, "org": org, "lang": lang}
        self.people[key] = pr
        return pr

def pick_phrase(g, style, key, lang):
    if key in CUSTOM.get(style, {}):
        if lang == "en":
            return g.pick(CUSTOM[style][key])
        if (style, key, lang) in CUSTOM_L:
            return g.pick(CUSTOM_L[(style, key, lang)])
        key = FALLBACK[key]
    bank = H.get(lang, H["en"])
    if key not in bank:
        bank = H["en"]
    cands = half(bank[key], g.held)
    if style in NOCLIENT:
        c2 = [c for c in cands if not re.search(r"client|Kunde|клиент|客户|العميل|Der Kunde|Le client|El cliente", c, re.I)]
        cands = c2 or [c for c in bank[key] if not re.search(r"client|Kunde|клиент|客户|العميل", c, re.I)] or cands
    return g.r.choice(cands)

NOCLIENT = {"scholar_exchange", "journalist_front", "podcast_paid_interview", "grant_foundation", "alumni_reunion", "conference_phish", "dormant_aged_accounts"}

def make_op(g, style, size, roster):
    spec = SPECS[style]
    r = g.r
    g.opn += 1
    care = r.choice(spec["care"])
    opid = "op-" + sha("op", g.seed, g.opn, style)[:14]
    span = r.randint(*spec["span"])
    start = rand_date(g, START, END - dt.timedelta(days=span + 5))
    firm_pool = half(FIRMS[style], g.held)
    firm = r.choice(firm_pool)
    # targets: an operation works from a target list (a few organisations, a few departments, some named people)
    n_orgs = r.choice([1, 2, 3])
    orgs = r.sample(ORGS, n_orgs)
    if spec["langs"] == ["target"]:
        # operations that translate one script work across countries: organisations in 2-3 different languages
        by_lang = {}
        for o in r.sample(ORGS, len(ORGS)):
            by_lang.setdefault(o["lang"], o)
        langs = r.sample(sorted(by_lang), r.choice([2, 3, 3, 4]))
        orgs = [by_lang[l] for l in langs]
    lang_set = set(spec["langs"])
    if style in ("ru_analytics_centre",):
        orgs = r.sample(ORGS, 2)
    depts = []
    for o in orgs:
        for d in r.sample(o["depts"], r.choice([1, 2])):
            depts.append((o, d))
    target_people = []
    n_people = max(3, size // r.choice([1, 2, 3]))
    for _ in range(n_people):
        o, d = r.choice(depts)
        lang = None
        if lang_set & {"ru", "zh", "ar"} and r.random() < (0.95 if lang_set <= {"ru", "zh", "ar"} else 0.7):
            lang = r.choice(sorted(lang_set & {"ru", "zh", "ar"}))
        target_people.append(roster.person(o, d, lang))
    fee_amount = r.randint(25, 199) * 25 if care == 2 or r.random() < 0.5 else r.choice([500, 1000, 1500, 2000, 2500, 3000, 5000])
    cur = r.choice(["USD", "USD", "EUR", "GBP"]) if style not in ("ru_analytics_centre",) else r.choice(["USD", "RUB"])
    if cur == "RUB":
        fee_amount *= 40
    if style == "scholar_exchange" and r.random() < 0.5:
        cur, fee_amount = "CNY", fee_amount * 7
    if style == "gulf_advisory":
        cur = r.choice(["USD", "AED"])
    n_stock = r.choice([1, 2, 3, 4])
    op = {
        "id": opid, "style": style, "care": care, "span": span, "start": start, "firm": firm,
        "firm2": r.choice(firm_pool), "orgs": orgs, "depts": depts, "targets": target_people,
        "fee": (fee_amount, cur), "fee_style": r.randint(0, 2),
        "stock_photos": [sha("stock", g.seed, opid, i) for i in range(n_stock)],
        "app": r.choice(APPS[r.choice(spec["langs"]) if spec["langs"] != ["target"] else "en"]),
        "phone_ccs": r.sample(["+44 7", "+49 15", "+33 6", "+971 5", "+852 9", "+65 8", "+7 9", "+86 13", "+90 5", "+1 202"], 2),
        "handle_stem": r.choice(["hr", "talent", "career", "research", "insight", "global", "expert", "desk"]) + r.choice(["team", "hub", "pro", "desk", "line"]),
        "quirk": r.choice(QUIRKS),
        "event": r.choice(half(FIRMS["conference_phish"], g.held)),
        "city": r.choice(EVENTS_CITIES),
        "domain": slug(firm)[:18].strip("-") + r.choice(["-global.com", ".org", "-intl.net", "-group.co", ".info", "-hq.com", "-events.org"]),
        "about": None, "created0": start - dt.timedelta(days=r.randint(20, 120)),
        "stagger": r.randint(5, 13), "claimed_loc": r.choice(CLAIMED_LOC),
        "articles": r.sample(ARTICLES, 3),
        "topic_en": r.choice(TOPICS["en"]),
        "sector": r.choice(["defence", "aerospace", "energy", "semiconductors", "government affairs", "space", "critical infrastructure"]),
    }
    op["shared_handle"] = {a: (phone(r, r.choice(op["phone_ccs"])) if a in ("WhatsApp", "Signal")
                              else f"@{op['handle_stem']}{r.randint(1,99)}" if a == "Telegram" else f"{op['handle_stem']}{r.randint(100,999)}")
                           for a in ("WhatsApp", "Signal", "Telegram", "WeChat")}
    op["shared_phone"] = op["shared_handle"]["WhatsApp"]
    if style == "conference_phish":
        op["firm2"] = firm
    return op

def persona_lang(g, op, target):
    langs = SPECS[op["style"]]["langs"]
    if langs == ["target"]:
        return target["lang"] if target["lang"] in H else "en"
    if target["lang"] in langs and g.r.random() < 0.85:
        return target["lang"]
    lang = g.r.choice(langs)
    if lang != "en" and target["lang"] != lang:
        return "en"      # a persona writes in the target's language or in English
    return lang

def name_lang_for(g, op, lang):
    style = op["style"]
    if style in ("scholar_exchange",):
        return "zh"
    if style == "ru_analytics_centre":
        return "ru"
    if style == "gulf_advisory":
        return "ar" if g.r.random() < 0.8 else "en"
    if op["care"] == 2 or (lang in ("ru", "zh", "ar", "de", "fr", "es") and g.r.random() < 0.7):
        return lang       # a name that fits the language the persona writes in
    return g.r.choice(["en", "en", lang])

def fake_profile(g, op, p, lang, idx, url, platform):
    r = g.r
    care = op["care"]
    style = op["style"]
    firm = op["firm"]
    if style == "translated_consultancy":
        firm = r.choice(half(FIRMS[style], g.held))      # careful: a different firm for every persona
    elif style == "dormant_aged_accounts":
        firm = r.choice(FIRMS[style])
    elif style == "alumni_reunion":
        firm = r.choice(["Meridian Capital", "Self-employed", "Northwind Logistics", "Freelance", "Harlow & Finch"])
    else:
        firm = vary_firm(g, firm if r.random() < 0.85 else op["firm2"], care)
    role = r.choice(ROLES[style]) if lang in ("en",) or style == "ru_analytics_centre" else r.choice(ROLE_TR_STYLE.get((style, lang)) or ROLE_TR.get(lang, ROLES[style]))
    # photo
    if care == 0 and r.random() < 0.8:
        photo = photo_of(r.choice(op["stock_photos"]))        # the very same stock/stolen file
    elif care == 1 and r.random() < 0.25:
        photo = photo_of(r.choice(op["stock_photos"]))
    elif r.random() < 0.08:
        photo = {"present": False}
    else:
        photo = g.photo_unique(("recrop", op["id"], idx))    # re-cropped / re-encoded or GAN face: unique hash
    # creation date
    if style == "dormant_aged_accounts":
        created = dt.date(r.randint(2013, 2019), r.randint(1, 12), r.randint(1, 28))
    elif care == 2:
        created = op["created0"] + dt.timedelta(days=idx * op["stagger"] + r.randint(-1, 1))
    elif care == 1:
        created = op["created0"] + dt.timedelta(days=r.randint(0, 45))
    else:
        created = op["created0"] + dt.timedelta(days=r.randint(0, 12))
    conns = {0: r.randint(12, 260), 1: r.randint(80, 480), 2: r.randint(250, 500)}[care]
    prof = {"schema": "vetlink/profile/v1", "platform": platform, "url": url, "name": p["display"]}
    hl = {"en": f"{role} at {firm}", "de": f"{role} bei {firm}", "fr": f"{role} chez {firm}", "es": f"{role} en {firm}",
          "ru": f"{role} — {firm}", "zh": f"{firm} {role}", "ar": f"{role} - {firm}"}.get(lang, f"{role} | {firm}")
    if style == "dormant_aged_accounts":
        hl = f"{role} | {op['sector']}" if lang == "en" else f"{role} | {firm}"
    if care == 0 and style in ("recruiter_farm", "fake_job_malware", "headhunter_handoff") and r.random() < 0.4:
        hl += " | Hiring now! | " + r.choice(["Defence", "Aerospace", "Government", "Tech"]) + " talent"
    prof["headline"] = hl
    prof["location"] = op["claimed_loc"] if r.random() < (0.8 if care == 0 else 0.4) else r.choice(CLAIMED_LOC)
    prof["photo"] = photo
    prof["connections"] = 500 if conns >= 500 else conns
    if conns >= 500:
        prof["connections_capped"] = True
    if r.random() < 0.5:
        prof["followers"] = conns + r.randint(0, 60)
    prof["mutual_connections"] = r.choice([0, 0, 0, 1, 2, 3, 5, 8]) if care < 2 else r.randint(2, 25)
    if r.random() < ({0: 0.5, 1: 0.4, 2: 0.3}[care] if style != "dormant_aged_accounts" else 0.6):
        prof["created"] = d2s(created)
    if r.random() < 0.2:
        prof["verified"] = {"identity": False, "workplace": False, "phone": care == 2}
    # about: sloppy operations paste one template; others paraphrase
    topic = op["topic_en"]
    abouts = [f"Passionate about connecting top talent with world-class opportunities in {op['sector']}. Open to new connections!",
              f"Experienced professional in {op['sector']} with strong network across Europe and Asia. Let's connect and grow together.",
              f"I help organisations understand {topic} and the wider {op['sector']} market. Always happy to talk.",
              f"Results-driven {role} with 10+ years of international experience. Discreet, reliable, client-focused.",
              f"Bridging experts and decision-makers. Focus areas: {topic}, policy, strategy."]
    if care == 0:
        if op["about"] is None:
            op["about"] = r.choice(abouts)
        prof["about"] = op["about"]
    elif r.random() < 0.7:
        prof["about"] = r.choice(abouts)
    if care == 0 or r.random() < 0.3:
        prof["about"] = apply_quirk(prof.get("about", ""), op["quirk"], "en").strip() or prof.get("about", "")
        if not prof["about"]:
            del prof["about"]
    exp = [{"title": role, "company": firm, "start": f"{created.year}-{created.month:02d}", "end": None}]
    if care == 0 and r.random() < 0.6:
        exp[0]["company_url"] = "https://www." + op["domain"]
    if care >= 1 and r.random() < 0.7:
        y = created.year - r.randint(3, 9)
        exp.append({"title": r.choice(["Analyst", "Consultant", "Project Manager", "Researcher", "Account Manager", "HR Specialist"]),
                    "company": r.choice(["Deloitte", "KPMG", "Accenture", "Ernst & Young", "Freelance", "Self-employed", "Confidential", "A global consultancy"]),
                    "start": str(y), "end": str(y + r.randint(2, 4))})
    if style == "dormant_aged_accounts":
        exp[0]["start"] = str(created.year + 1)
    prof["experience"] = exp
    if style == "alumni_reunion":
        prof["education"] = [{"school": op["firm"], "degree": r.choice(["MSc", "BEng", "MA", "MBA", "BSc"]), "start": str(r.randint(2004, 2014))}]
        prof["education"][0]["end"] = str(int(prof["education"][0]["start"]) + r.choice([1, 3, 4]))
    elif r.random() < 0.75:
        prof["education"] = [{"school": r.choice(["London School of Economics", "University of Hong Kong", "Peking University", "Moscow State Institute of International Relations (MGIMO)",
                                                   "National University of Singapore", "Georgetown University", "Sorbonne Université", "King's College London",
                                                   "Universidad Complutense de Madrid", "American University of Sharjah", "Tsinghua University", "Free University of Berlin"]),
                              "degree": r.choice(["MA", "MSc", "BA", "MBA", "PhD"]), "field": r.choice(["International Relations", "Business Administration", "Economics", "Human Resources", "Political Science", "Engineering"])}]
    prof["skills"] = r.sample(["Recruiting", "Talent Acquisition", "Consulting", "Strategy", "Policy Analysis", "Geopolitics", "Research",
                               "Networking", "Market Research", "Due Diligence", "Event Management", "Public Relations", "Negotiation"], r.randint(0, 6))
    if not prof["skills"]:
        del prof["skills"]
    prof["endorsements"] = r.randint(0, 15) if care < 2 else r.randint(5, 60)
    prof["recommendations"] = 0 if care < 2 else r.randint(0, 3)
    contact = {}
    if care == 0 and r.random() < 0.7:
        contact["phones"] = [op["shared_phone"]]
    if care <= 1 and r.random() < 0.5:
        contact["websites"] = ["https://" + op["domain"] + r.choice(["", "/", "/about", "/careers", "/en/"])]
    if care == 0 and r.random() < 0.5:
        contact["messaging"] = ["WhatsApp: " + op["shared_phone"]]
    if r.random() < 0.35:
        contact["emails"] = [f"{slug(p['first']).replace('-', '')}{r.choice(['.', '_', ''])}{slug(p['last']).replace('-', '')}{r.choice(['', str(r.randint(1, 99))])}@"
                             + (op["domain"] if care < 2 else r.choice(["gmail.com", "outlook.com", "proton.me", "yahoo.com"]))]
    if contact:
        prof["contact"] = contact
    # activity
    acts = []
    if style == "dormant_aged_accounts":
        base = op["start"] - dt.timedelta(days=r.randint(60, 120))
        for k, art in enumerate(op["articles"]):
            d = base + dt.timedelta(days=k * 17, hours=0)
            acts.append({"date": d2s(d + dt.timedelta(days=r.choice([0, 0, 1]))), "kind": "share", "text": f"Worth reading. {art}"})
    elif r.random() < 0.4:
        acts.append({"date": d2s(created + dt.timedelta(days=r.randint(3, 40))), "kind": r.choice(["post", "like", "share"]),
                     "text": r.choice(["Excited to start a new chapter!", "We are hiring across Europe. DM me.", "Great insights on global security trends.",
                                       "Thrilled to announce our new programme.", "Congratulations to the team!"])})
    if acts:
        prof["activity"] = acts
    langs = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "ru": "Russian", "zh": "Chinese", "ar": "Arabic"}
    if r.random() < 0.5:
        prof["languages"] = sorted({langs[lang], "English"})
    return prof, firm, role

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

MONTHS_L = {"de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
            "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]}

def conv_dates(g, end, n):
    """n strictly increasing message times ending on or before `end` (the reporting day), hours to weeks apart."""
    r = g.r
    t = dt.datetime.combine(end, dt.time(0, 0)) - dt.timedelta(minutes=r.randint(30, 3600))
    out = []
    for _ in range(n):
        out.append(t)
        t = t - dt.timedelta(minutes=r.choice([7, 25, 90, 300, 900, 1500, 2900, 4400, 7300, 11600, 18000]) + r.randint(0, 240))
    return list(reversed(out))

def fdt(t, g):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ") if g.r.random() < 0.75 else t.date().isoformat()

def hostile_messages(g, op, p, target, lang, ctx, script, report_day, extra_first=None):
    r = g.r
    style = op["style"]
    # a few contact messages of the script (never all for every persona: some reports come early)
    n_contact = r.randint(1, len(script)) if r.random() < 0.3 else len(script)
    contact_msgs = []
    for i, keys in enumerate(script[:n_contact]):
        parts = []
        for k in keys:
            if k == "close" and r.random() < 0.4:
                continue
            if k == "greet" and (i > 0 or extra_first):
                continue
            if k == "off_platform" and ctx.get("is_email"):
                k = "off_email"
            if k == "close" and op["quirk"] == "regards_bang":
                continue
            s = pick_phrase(g, style, k, lang)
            parts.append(fill(s, ctx))
        if i == 0 and extra_first:
            parts.insert(1 if parts else 0, fill(extra_first, ctx))
        text = " ".join(parts) if lang not in ("zh",) else "".join(parts)
        if op["quirk"] in ("emoji", "doubledot", "regards_bang", "space_comma") or (lang == "en" and op["quirk"] != "none" and i == len(script) - 1):
            if op["care"] < 2 or r.random() < 0.8:
                text = apply_quirk(text, op["quirk"], lang)
        contact_msgs.append(text)
    msgs = []
    dates = conv_dates(g, report_day, 2 * len(contact_msgs))
    di = 0
    ur = USER_REPLY.get(target["lang"] if target["lang"] == lang else lang, USER_REPLY["en"])
    for i, t in enumerate(contact_msgs):
        m = {"sender": "contact", "text": t}
        if r.random() < 0.85:
            m["sent"] = fdt(dates[di], g)
        if style == "fake_job_malware" and "malware" in script[i] and r.random() < 0.5:
            m["attachments"] = [r.choice(["Assessment_Task.zip", "coding_challenge_v2.zip", "JD_Senior_Engineer.pdf.lnk", "interview-kit.iso"])]
        if style in ("think_tank_reports", "grant_foundation") and i == 1 and r.random() < 0.3:
            m["attachments"] = [r.choice(["Terms_of_Reference.docx", "Fellowship_Brochure.pdf", "Paper_guidelines.pdf"])]
        msgs.append(m)
        di += 1
        if i < len(contact_msgs) - 1 or r.random() < 0.4:
            u = {"sender": "user", "text": r.choice(ur)}
            if "sent" in m and r.random() < 0.8:
                u["sent"] = fdt(dates[min(di, len(dates) - 1)], g)
            msgs.append(u)
            di += 1
    return msgs

def op_personas(g, op, size, roster):
    r = g.r
    style = op["style"]
    reports = []
    personas = []
    # persona identities first (hand-offs need the colleague's name)
    for i in range(size):
        target = r.choice(op["targets"])
        lang = persona_lang(g, op, target)
        p = g.name(name_lang_for(g, op, lang))
        platform = "linkedin"
        if style == "scholar_exchange" and r.random() < 0.25:
            platform = r.choice(["researchgate", "wechat"])
        elif target["lang"] == "de" and r.random() < 0.3:
            platform = "xing"
        elif style in ("journalist_front", "podcast_paid_interview") and r.random() < 0.3:
            platform = "x"
        elif style == "fake_job_malware" and r.random() < 0.15:
            platform = "github"
        elif r.random() < 0.04:
            platform = "facebook"
        personas.append((p, target, lang, platform))
    day_offsets = sorted(r.randint(0, op["span"]) for _ in range(size))
    for i, (p, target, lang, platform) in enumerate(personas):
        url = g.url(p, platform)
        prof, firm, role = fake_profile(g, op, p, lang, i, url, platform)
        report_day = op["start"] + dt.timedelta(days=day_offsets[i] + r.randint(0, 4))
        app = op["app"] if op["app"] in APPS.get(lang, ["WhatsApp"]) else r.choice(APPS.get(lang, ["WhatsApp"]))
        if r.random() < 0.12 and op["care"] >= 1:
            app = "email"
        handle = handle_for(g, op, p, app)
        if style == "fake_job_malware":
            link = f"https://github.com/{slug(op['firm']).replace('-', '')}-{r.choice(['hiring', 'talent', 'assessments'])}/{r.choice(['take-home', 'backend-task', 'dapp-challenge', 'interview'])}-{r.randint(1, 40)}"
            if op["care"] == 0:
                link = f"https://github.com/{slug(op['firm']).replace('-', '')}-hiring/assessment"
        elif style == "conference_phish":
            link = f"https://{op['domain'].split('.')[0]}-{r.choice(['speakers', 'portal', 'login', 'verify'])}.{r.choice(['com', 'net', 'online'])}/{r.choice(['auth', 'session', 'sso', 'confirm'])}?id={r.randint(1000, 99999)}"
        else:
            link = f"https://{op['domain']}/portal"
        col = personas[(i + 1) % size][0]["display"]
        ctx = {"n": target["first"], "me": p["first"], "org": firm, "role": role, "is_email": app == "email",
               "app": app if app != "email" else {"de": "E-Mail", "fr": "e-mail", "es": "correo", "ru": "почту", "zh": "邮箱", "ar": "البريد الإلكتروني"}.get(lang, "email"),
               "handle": handle, "topic": r.choice(TOPICS.get(lang, TOPICS["en"])) if r.random() < 0.6 else (op["topic_en"] if lang == "en" else r.choice(TOPICS.get(lang, TOPICS["en"]))),
               "fee": fmt_fee(op["fee"][0], op["fee"][1], lang, op["fee_style"] if op["care"] < 2 else r.randint(0, 2)),
               "col": col, "event": op["event"] if style != "podcast_paid_interview" else firm, "city": op["city"], "link": link,
               "sector": op["sector"], "month": r.choice(MONTHS)}
        if style == "alumni_reunion":
            ctx["org"] = op["firm"]
        if style in ("conference_phish",):
            ctx["event"] = vary_firm(g, op["firm"], op["care"])
            ctx["org"] = ctx["event"]
        script = list(SPECS[style]["script"])
        extra = None
        if style == "headhunter_handoff" and i > 0:
            prev = personas[i - 1][0]["display"]
            ctx2 = dict(ctx, col=prev)
            extra = fill(pick_phrase(g, style, "handed", lang), ctx2)
            if i == size - 1:
                script = script[:2]
        elif op["care"] == 2 and r.random() < 0.35:
            # careful operations also hand targets on between personas
            if r.random() < 0.5:
                script = script + [["handoff"]]
            else:
                extra = fill(pick_phrase(g, style, "handed", lang), dict(ctx, col=personas[(i - 1) % size][0]["display"]))
        msgs = hostile_messages(g, op, p, target, lang, ctx, script, report_day, extra)
        if style == "headhunter_handoff" and extra:
            msgs[0]["text"] = msgs[0]["text"]
        conv = None
        if r.random() < 0.9:
            conv = {"schema": "vetlink/conversation/v1", "platform": r.choice(PLATFORM_MSG) if platform == "linkedin" else platform,
                    "contact": p["display"] if r.random() < 0.8 else url, "messages": msgs}
        rep = {"profile": prof}
        if conv:
            rep["conversation"] = conv
        rep["reporter"] = target["email"]
        rep["department"] = target["dept"]
        rep["reported_at"] = ts(g, report_day) if r.random() < 0.8 else ts(g, report_day).replace("Z", "+01:00")
        reports.append((rep, {"url": url, "campaign": op["id"], "kind": style}))
    return reports

# ---------------------------------------------------------------- genuine people
EMPLOYERS = [("Rolls-Royce", "rolls-royce.com", "Derby, England, United Kingdom"), ("Airbus", "airbus.com", "Toulouse, Occitanie, France"),
             ("Thales", "thalesgroup.com", "Paris, Île-de-France, France"), ("BAE Systems", "baesystems.com", "Farnborough, England, United Kingdom"),
             ("Siemens Energy", "siemens-energy.com", "Erlangen, Bayern, Deutschland"), ("Leonardo", "leonardo.com", "Yeovil, England, United Kingdom"),
             ("Indra", "indracompany.com", "Alcobendas, Madrid, España"), ("Safran", "safran-group.com", "Paris, Île-de-France, France"),
             ("QinetiQ", "qinetiq.com", "Farnborough, England, United Kingdom"), ("Babcock International", "babcockinternational.com", "Plymouth, England, United Kingdom"),
             ("Hensoldt", "hensoldt.net", "Taufkirchen, Bayern, Deutschland"), ("Naval Group", "naval-group.com", "Lorient, Bretagne, France")]
AGENCIES = [("Hays", "+44 20 3465 0000"), ("Randstad", "+49 69 5950 0"), ("Michael Page", "+44 20 7831 2000"), ("Matchtech", "+44 1489 898989"),
            ("Robert Walters", "+44 20 7379 3333"), ("Adecco", "+33 1 30 69 06 00"), ("Hudson Shribman", "+44 1329 840 100"), ("Gi Group", "+34 91 444 34 00"),
            ("Hamilton Barnes", "+44 20 3026 1800"), ("SThree", "+44 20 7268 6000")]
EVENTS = [("RUSI Land Warfare Conference", "https://www.rusi.org/events/land-warfare-conference", "London"),
          ("IEEE Aerospace Conference", "https://www.aeroconf.org/call-for-papers", "Big Sky, Montana"),
          ("Quantum.Tech Europe", "https://www.quantumtech-europe.example/speak", "London"),
          ("ILA Berlin", "https://www.ila-berlin.de/en/conferences", "Berlin"),
          ("Paris Air Forum", "https://www.parisairforum.fr/programme", "Paris"),
          ("FEINDEF", "https://www.feindef.com/congreso", "Madrid"),
          ("CyberUK", "https://www.ncsc.gov.uk/cyberuk", "Manchester"),
          ("Space Tech Expo Europe", "https://www.spacetechexpo.eu/call-for-papers", "Bremen"),
          ("European Conference on Cyber Warfare and Security", "https://www.academic-conferences.org/conferences/eccws", "Jyväskylä"),
          ("Forum International de la Cybersécurité", "https://www.forum-fic.com/appel-a-contributions", "Lille")]
UNIVERSITIES = ["University of Bristol", "Imperial College London", "Technische Universität Dresden", "Université Paris-Saclay",
                "Universidad Carlos III de Madrid", "University of Glasgow", "Cranfield University", "KTH Royal Institute of Technology",
                "Delft University of Technology", "University of Southampton"]
LABS = [("Ultrafast Photonics Group", "Prof. Helen Carmichael"), ("Autonomous Systems Lab", "Prof. Markus Albrecht"), ("Power Electronics Group", "Dr. Claire Mounier"),
        ("Space Propulsion Laboratory", "Prof. Javier Ortega"), ("Secure Systems Group", "Dr. Anil Mehta"), ("Computational Fluid Dynamics Group", "Prof. Ruth Okafor"),
        ("Quantum Materials Group", "Prof. Li Wen"), ("Nuclear Fusion Materials Lab", "Dr. Sophie Lindgren")]
OUTLETS = [("Financial Times", "ft.com"), ("Der Spiegel", "spiegel.de"), ("Le Monde", "lemonde.fr"), ("El País", "elpais.es"), ("Reuters", "thomsonreuters.com"),
           ("Janes", "janes.com"), ("Politico Europe", "politico.eu"), ("Handelsblatt", "handelsblatt.com")]
VENDORS = [("Darktrace", "Darktrace for OT"), ("Splunk", "Splunk Enterprise Security"), ("Dassault Systèmes", "3DEXPERIENCE"), ("Claroty", "Claroty xDome"),
           ("Nozomi Networks", "Nozomi Guardian"), ("Ansys", "Ansys Fluent"), ("Palo Alto Networks", "Prisma SASE"), ("Hexagon", "Hexagon Smart Build")]
THINKTANKS = [("RUSI", "rusi.org"), ("Chatham House", "chathamhouse.org"), ("IISS", "iiss.org"), ("SWP Berlin", "swp-berlin.org"), ("Ifri", "ifri.org"),
              ("Real Instituto Elcano", "realinstitutoelcano.org"), ("ECFR", "ecfr.eu"), ("DGAP", "dgap.org")]
COWORKING = [("Runway East", "Runway East, 20 St Thomas St, London SE1"), ("Factory Berlin", "Factory Berlin Görlitzer Park, Lohmühlenstraße 65"),
             ("Station F", "Station F, 5 Parvis Alan Turing, Paris"), ("Impact Hub Madrid", "Impact Hub Madrid, Calle Alameda 22"),
             ("Spaces Bristol", "Spaces Bristol, Temple Quay"), ("Rainmaking Loft", "Rainmaking Loft, St Katharine Docks, London")]
STOCK_PHRASES = ["I'd like to join your LinkedIn network.", "Hope this message finds you well!", "Let's connect!",
                 "I came across your profile and would love to connect.", "Always great to expand my network with like-minded professionals.",
                 "Would be great to connect and stay in touch.", "Your profile popped up as someone I should know, let's connect.",
                 "Hi, I'm trying to grow my network in the industry, would be glad to connect."]

GT = {  # genuine wordings (dev half = even indices, held-out half = odd indices)
 "agency": {
  "en": ["Hi {n}, I'm {me}, a consultant at {agency} specialising in cleared engineering roles. I'm recruiting for a {job} with {client} in {city}. The role needs active {clr} clearance (or eligibility). Salary is {sal}. Are you open to a chat? What's your notice period?",
         "Hello {n}, {me} from {agency} here. I've got a permanent {job} position with {client} ({city}), {sal} plus benefits. It requires {clr}, do you currently hold that? Happy to share the full spec.",
         "Hi {n}, hope you're well. I'm working on a {job} vacancy for {client}, hybrid in {city}, {sal}. Security clearance ({clr}) is essential. Would you be interested or know anyone who might be?",
         "Morning {n}, I recruit for {client} through {agency}. They're building out their {job} team in {city}. Must hold or be able to obtain {clr}. Could we have a 10 minute call this week? You can reach me on our office line {phone}."],
  "de": ["Hallo {n}, ich bin {me} von {agency} und suche für {client} in {city} eine/n {job}. Voraussetzung ist eine Sicherheitsüberprüfung ({clr}). Gehalt: {sal}. Haben Sie Interesse? Wie ist Ihre Kündigungsfrist?",
         "Guten Tag {n}, für unseren Kunden {client} ({city}) suche ich eine/n {job}, {sal}. Eine {clr}-Überprüfung ist erforderlich. Darf ich Ihnen die Stellenbeschreibung schicken?"],
  "fr": ["Bonjour {n}, je suis {me}, consultant(e) chez {agency}. Je recrute un(e) {job} pour {client} à {city}, {sal}. Le poste nécessite une habilitation {clr}. Seriez-vous ouvert(e) à un échange ? Quel est votre préavis ?",
         "Bonjour {n}, {agency} recrute pour {client} ({city}) un poste de {job}, {sal}. Habilitation {clr} requise. Puis-je vous envoyer la fiche de poste ?"],
  "es": ["Hola {n}, soy {me}, consultor/a en {agency}. Estoy buscando un/a {job} para {client} en {city}, {sal}. Se requiere habilitación de seguridad ({clr}). ¿Te interesa? ¿Cuál es tu preaviso?",
         "Buenos días {n}, desde {agency} buscamos {job} para {client} ({city}), {sal}. Es imprescindible la habilitación {clr}. ¿Podemos hablar?"]},
 "agency_follow": ["Feel free to WhatsApp me on {mobile} if that's easier, I'm out at client sites most of the week.",
                   "If you prefer, drop me a text on {mobile} and we can arrange a call after work.","What salary would you be looking for, and are you open to hybrid working?", "Could you send me an up-to-date CV? No need to include anything sensitive, just roles and dates.",
                   "Thanks {n}! I'll send the job spec to your email. Interviews are with {client} directly.", "No worries if not, I'll keep you in mind for future roles."],
 "employer": ["Hi {n}, I'm in the {employer} talent team. We've got internal vacancies on the {job} side in {city} and your name came up from a colleague. The role requires DV, which I believe you'd be eligible for. Fancy a chat?",
              "Hey {n}, long time! I'm still at {employer}, now in the {job} team. Are you coming to the supplier day next month?",
              "Hi {n}, we met at the {employer} supplier conference. I'm following up on the integration work, could you point me to the right contact in your procurement team?",
              "Hello {n}, {me} from {employer} here, I work on the graduate programme. Would your team be up for hosting a site visit for our apprentices?",
              "Hi {n}, quick one, {employer} is running an open evening for engineers in {city}, registration is on our careers page. Thought of you!",
              "Hi {n}, I've just joined {employer} as {job}. We'll be working with your department on the joint programme, looking forward to it."],
 "conference": ["Dear {n}, your talk at {event} has been accepted, congratulations! If you need a visa invitation letter, please request it through the registration portal ({link}) so our secretariat can issue it.",
                "Hi {n}, as an invited speaker at {event} your registration fee is waived. Please book travel yourself and claim economy fares afterwards, details at {link}.","Dear {n}, I'm on the organising committee of {event} ({city}). The call for papers is open until {month} at {link}. Given your work on {topic}, we'd be delighted if you considered submitting an abstract. Speakers get a free pass; travel is reimbursed under our standard policy.",
                "Hi {n}, I'm co-chairing a session on {topic} at {event}. Would you be willing to join the panel? Details and registration: {link}. We can't pay fees but we cover economy travel and one night's accommodation.",
                "Hello {n}, {event} registration is now open ({link}). As a previous attendee you're eligible for the early-bird rate until the end of {month}.",
                "Dear {n}, thank you for your abstract to {event}. The programme committee is reviewing submissions; decisions will be emailed from the conference system by {month}.",
                "Hi {n}, we're looking for reviewers for the {topic} track at {event}. Would you be interested? It's voluntary, roughly 4 papers."],
 "alumni": ["Hi {n}, I'm {me} from the {uni} alumni relations office. We're updating our records, would you mind telling us your current role for the alumni magazine?",
            "Hi {n}! Fellow {uni} alum here, we were both in the engineering society I think. Hope all's well!",
            "Dear {n}, the {uni} Alumni Association invites you to the annual reunion on campus in {month}. Registration is free on the alumni portal.",
            "Hey {n}, saw you're at {org} now, congrats! I'm doing a similar thing at {employer}. We should grab a coffee at the next {uni} alumni drinks.",
            "Hello {n}, I'm a current {uni} student and the careers service suggested I contact alumni in your field. Could I ask you a few questions about your career path?"],
 "research": ["Dear {n}, I'm a postdoc in the {lab} ({pi}) at {uni}. We read your paper on {topic} with great interest. Would you be open to a short call about a possible collaboration on the next proposal?",
              "Hi {n}, I'm a PhD student in {pi}'s group. Would it be possible to get the slides from your talk at the workshop? The public version is fine.",
              "Dear {n}, we are organising the {lab} seminar series this term and would love to invite you to give a talk (online or in person, we can reimburse travel).",
              "Hello {n}, our group just posted a preprint on {topic} on arXiv, you might find it relevant. Comments welcome!",
              "Hi {n}, we're looking for an industrial partner for a PhD studentship on {topic}. Would your organisation be interested? Happy to send the outline."],
 "research_de": ["Sehr geehrte/r {n}, ich bin Doktorand/in in der Gruppe von {pi} ({uni}). Wir würden Sie gerne zu einem Vortrag in unser Seminar einladen. Reisekosten übernehmen wir gern.",
                 "Hallo {n}, wir haben Ihren Artikel zu {topic} gelesen. Hätten Sie Interesse an einem kurzen Austausch über ein gemeinsames Projekt?"],
 "research_zh": ["{n}老师您好，我是{uni}{pi}课题组的博士生，拜读了您关于{topic}的文章，想请教几个公开数据方面的问题，方便的话发邮件交流。",
                 "{n}您好，我们课题组下个月有一个线上学术报告会，想邀请您做个报告，纯学术交流。"],
 "stock": STOCK_PHRASES,
 "photo_victim": ["Hi {n}, good to see you at the event last week. Let's stay in touch.", "Hello {n}, I think we met at the industry day, connecting as promised.",
                  "Hi {n}, I saw your post about {topic}, really interesting. Would love to connect.", "Hello {n}, I'm a project engineer at {employer}, we work with your team on the interface specs."],
 "cowork": ["Hi {n}, I'm a freelance {trade} based at {cw}. If your team ever needs support with {svc}, I'd be happy to help. Portfolio: {site}",
            "Hello {n}, I'm an independent {trade} working out of {cw}. I'm expanding my client base in {sector}, would you be open to a quick intro call?",
            "Hi {n}, we met at the {cw} meetup last month! Here's my website as promised: {site}",
            "Hi {n}, I run a small {trade} practice from {cw}. Do you know who handles supplier onboarding in your organisation?"],
 "journalist": ["Hi {n}, I'm at {outlet} covering {topic}. I understand if you can't speak on the record; I'm also happy to talk on background, but only with your press office's knowledge.",
                "Hello {n}, {me} at {outlet}. We're publishing on {topic} next week and are giving organisations the chance to respond. Could you forward this to your media team?","Hi {n}, I'm a reporter at {outlet} working on a story about {topic}. Could you point me to your press office, or is there someone authorised to speak on the record?",
                "Hello {n}, {me} from {outlet}. I'm writing about {topic} and would welcome an expert view. If you can't comment, could you share your comms team's contact?",
                "Dear {n}, I cover {topic} for {outlet}. I'd like to request an interview through the proper channels, who in your press team should I contact?",
                "Hi {n}, I'm researching a feature on {topic} for {outlet}. Happy to go through your organisation's media office if that's easier."],
 "students": ["Hi {n}, I'm a final-year student at {uni} studying engineering. Would you have 15 minutes for a careers chat about working in {sector}? Totally understand if you're busy.",
              "Hello {n}, I'm a {uni} student interested in a career in {sector}. Could I ask you a few questions about how you got into your role?",
              "Dear {n}, as part of the {uni} mentoring scheme I'm reaching out to professionals in {sector}. Would you be open to a short video call?",
              "Hi {n}, I'm applying for graduate schemes and your path really interests me. Any advice on applications would be amazing!"],
 "vendor": ["Hi {n}, I'm {me} from {vendor}. Teams like yours use {product} to cut down incident response time. Are you the right person to talk to about {topic}, or could you point me to who owns that?",
            "Hello {n}, following up on my last note. Would a 20 minute demo of {product} be useful? Here's my calendar: {link}",
            "Hi {n}, we're hosting a {vendor} customer roundtable in {city} (public registration: {link}). Thought it might be relevant for your team.",
            "Hi {n}, quick question, who in your team is responsible for {topic} tooling? I'd love to share a case study from a similar organisation."],
 "thinktank": ["Dear {n}, {tt} is convening a closed roundtable on {topic} under the Chatham House Rule in {month}. We'd be delighted if you could join. Unfortunately we can't offer a fee.",
               "Hi {n}, I'm a research fellow at {tt}. We're writing a public report on {topic} and are interviewing practitioners. Everything is non-attributable unless you agree otherwise, and your press office is welcome to review.",
               "Dear {n}, you're invited to the launch of our new {tt} paper on {topic}. Registration: {link}",
               "Hello {n}, {tt} is running a workshop on {topic}; participation is by invitation and off the record in the usual Chatham House sense. Travel within the UK can be reimbursed."],
 "excolleague": ["Hi {n}! How are things at {org}? Miss the old team. Are you still working with the same people?",
                 "Hey {n}, long time no see! I moved to {employer} last year. Fancy a pint next time you're in {city}?",
                 "Hi {n}, congrats on the promotion! Well deserved. Let's catch up soon.",
                 "Hi {n}, I'm putting together a leaving do for Dave, are you coming? It's at the usual place on Friday."],
 "excolleague_ru": ["Привет, {n}! Сто лет не виделись. Как дела на работе? Я теперь в {employer}.", "{n}, привет! Видел(а) твой пост, поздравляю с повышением!"],
 "excolleague_zh": ["{n}，好久不见！最近怎么样？我去年换到{employer}了，有空一起吃饭。", "{n}你好，看到你升职了，恭喜恭喜！"],
 "excolleague_ar": ["مرحباً {n}! اشتقنا لك، كيف الأحوال في العمل؟ انتقلت إلى {employer} العام الماضي.", "{n}، مبروك الترقية! تستحقها."],
 "hr": ["Hi {n}, this is {me} from HR. Just a reminder that your annual security refresher is due. You can complete it on the intranet.",
        "Hello {n}, as part of the reorganisation we're arranging 1:1s with everyone in {dept}. Could you book a slot via the HR portal?",
        "Hi {n}, please confirm your updated emergency contact details on the HR system when you get a moment."],
}
GT_TR = {
 "employer": {
  "de": ["Hallo {n}, ich bin im Recruiting-Team von {employer}. Wir haben interne Stellen im Bereich {job} in {city}, und ein Kollege hat Ihren Namen genannt. Die Stelle erfordert eine Ü2-Überprüfung. Hätten Sie Lust auf ein Gespräch?",
         "Hallo {n}, lange nicht gesehen! Ich bin immer noch bei {employer}, inzwischen im Team {job}. Kommst du zum Lieferantentag nächsten Monat?",
         "Hallo {n}, {employer} veranstaltet einen Infoabend für Ingenieurinnen und Ingenieure in {city}, Anmeldung über unsere Karriereseite.",
         "Guten Tag {n}, ich habe gerade bei {employer} als {job} angefangen. Wir werden im gemeinsamen Programm mit Ihrer Abteilung zusammenarbeiten, ich freue mich darauf."],
  "fr": ["Bonjour {n}, je fais partie de l'équipe recrutement de {employer}. Nous avons des postes internes de {job} à {city} et un collègue m'a donné votre nom. Le poste nécessite une habilitation. Seriez-vous partant(e) pour en discuter ?",
         "Salut {n}, ça fait longtemps ! Toujours chez {employer}, maintenant dans l'équipe {job}. Tu viens à la journée fournisseurs le mois prochain ?",
         "Bonjour {n}, {employer} organise une soirée portes ouvertes pour les ingénieurs à {city}, inscription sur notre site carrières.",
         "Bonjour {n}, je viens de rejoindre {employer} comme {job}. Nous allons travailler avec votre service sur le programme commun, au plaisir !"],
  "es": ["Hola {n}, soy del equipo de selección de {employer}. Tenemos vacantes internas de {job} en {city} y un compañero me dio tu nombre. El puesto requiere habilitación de seguridad. ¿Te apetece hablar?",
         "¡Hola {n}, cuánto tiempo! Sigo en {employer}, ahora en el equipo de {job}. ¿Vienes a la jornada de proveedores el mes que viene?",
         "Hola {n}, {employer} organiza una jornada de puertas abiertas para ingenieros en {city}; la inscripción está en nuestra web de empleo.",
         "Hola {n}, acabo de incorporarme a {employer} como {job}. Vamos a trabajar con tu departamento en el programa conjunto, ¡encantado/a!"]},
 "conference": {
  "de": ["Sehr geehrte/r {n}, ich bin im Organisationskomitee von {event} ({city}). Der Call for Papers läuft bis {month}: {link}. Angesichts Ihrer Arbeit zu {topic} würden wir uns über einen Beitrag freuen. Vortragende erhalten freien Eintritt; Reisekosten werden nach unseren üblichen Regeln erstattet.",
         "Hallo {n}, ich moderiere bei {event} ein Panel zu {topic}. Hätten Sie Interesse? Details und Anmeldung: {link}. Ein Honorar können wir nicht zahlen, Bahnfahrt und eine Übernachtung übernehmen wir.",
         "Sehr geehrte/r {n}, Ihr Beitrag für {event} wurde angenommen. Falls Sie ein Visa-Einladungsschreiben benötigen, beantragen Sie es bitte über das Registrierungsportal ({link}).",
         "Hallo {n}, die Anmeldung für {event} ist geöffnet ({link}). Frühbucherpreis bis Ende {month}."],
  "fr": ["Bonjour {n}, je fais partie du comité d'organisation de {event} ({city}). L'appel à communications est ouvert jusqu'en {month} : {link}. Vu vos travaux sur {topic}, une proposition de votre part serait la bienvenue. Les intervenants sont invités ; les frais de transport sont remboursés selon nos règles habituelles.",
         "Bonjour {n}, j'anime une table ronde sur {topic} à {event}. Accepteriez-vous d'y participer ? Informations et inscription : {link}. Nous ne rémunérons pas les intervenants mais prenons en charge le train et une nuit d'hôtel.",
         "Bonjour {n}, votre proposition pour {event} a été retenue. Si vous avez besoin d'une lettre d'invitation pour un visa, faites la demande via le portail d'inscription ({link}).",
         "Bonjour {n}, les inscriptions à {event} sont ouvertes ({link}), tarif préférentiel jusqu'à fin {month}."],
  "es": ["Estimado/a {n}: formo parte del comité organizador de {event} ({city}). La convocatoria de ponencias está abierta hasta {month} en {link}. Por tu trabajo en {topic}, nos encantaría recibir una propuesta. Los ponentes tienen inscripción gratuita y el viaje se reembolsa según nuestra política habitual.",
         "Hola {n}, modero una mesa sobre {topic} en {event}. ¿Te gustaría participar? Información e inscripción: {link}. No pagamos honorarios, pero cubrimos el viaje en turista y una noche de hotel.",
         "Hola {n}, tu ponencia para {event} ha sido aceptada. Si necesitas carta de invitación para el visado, solicítala en el portal de inscripción ({link}).",
         "Hola {n}, ya está abierta la inscripción a {event} ({link}), con tarifa reducida hasta finales de {month}."]},
 "alumni": {
  "de": ["Hallo {n}, hier ist {me} vom Alumni-Büro der {uni}. Wir aktualisieren unsere Daten, würden Sie uns Ihre aktuelle Position für das Alumni-Magazin mitteilen?",
         "Hallo {n}! Auch {uni}-Alumni hier, wir waren, glaube ich, im selben Jahrgang. Schön, dich hier zu finden!",
         "Liebe/r {n}, die {uni} lädt im {month} zum Alumni-Tag auf den Campus ein. Die Anmeldung ist kostenlos im Alumni-Portal."],
  "fr": ["Bonjour {n}, {me} du service Alumni de {uni}. Nous mettons à jour nos fichiers : pourriez-vous nous indiquer votre poste actuel pour le magazine des anciens ?",
         "Salut {n} ! Ancien(ne) de {uni} moi aussi, on était dans la même promo je crois. Content(e) de te retrouver ici !",
         "Bonjour {n}, l'association des anciens de {uni} vous invite à la journée des diplômés en {month}. Inscription gratuite sur le portail alumni."],
  "es": ["Hola {n}, soy {me}, de la oficina de antiguos alumnos de {uni}. Estamos actualizando datos, ¿nos cuentas tu puesto actual para la revista de alumni?",
         "¡Hola {n}! También estudié en {uni}, creo que coincidimos en la misma promoción. ¡Qué alegría encontrarte!",
         "Hola {n}, la asociación de antiguos alumnos de {uni} te invita al encuentro anual en el campus en {month}. Inscripción gratuita en el portal."]},
 "students": {
  "de": ["Hallo {n}, ich studiere im letzten Jahr an der {uni}. Hätten Sie 15 Minuten für ein kurzes Gespräch über den Berufseinstieg im Bereich {sector}? Völlig in Ordnung, falls nicht.",
         "Guten Tag {n}, ich interessiere mich für eine Karriere im Bereich {sector}. Dürfte ich Ihnen ein paar Fragen zu Ihrem Werdegang stellen?"],
  "fr": ["Bonjour {n}, je suis étudiant(e) en dernière année à {uni}. Auriez-vous 15 minutes pour échanger sur les métiers du secteur {sector} ? Je comprends tout à fait si vous êtes pris(e).",
         "Bonjour {n}, je m'intéresse à une carrière dans le secteur {sector}. Puis-je vous poser quelques questions sur votre parcours ?"],
  "es": ["Hola {n}, estoy en el último curso en {uni}. ¿Tendrías 15 minutos para una charla sobre cómo es trabajar en {sector}? Lo entiendo perfectamente si no puedes.",
         "Hola {n}, me interesa mucho el sector de {sector}. ¿Podría hacerte unas preguntas sobre tu trayectoria?"]},
 "journalist": {
  "de": ["Hallo {n}, ich bin Redakteur/in bei {outlet} und recherchiere zu {topic}. Können Sie mich an Ihre Pressestelle verweisen?",
         "Guten Tag {n}, {me} von {outlet}. Ich schreibe über {topic}. Falls Sie sich nicht äußern dürfen, wer in Ihrer Pressestelle wäre der richtige Kontakt?"],
  "fr": ["Bonjour {n}, je suis journaliste à {outlet} et je travaille sur {topic}. Pourriez-vous m'indiquer votre service de presse ?",
         "Bonjour {n}, {me} de {outlet}. J'écris sur {topic} ; si vous ne pouvez pas vous exprimer, pourriez-vous me transmettre le contact de votre service communication ?"],
  "es": ["Hola {n}, soy periodista en {outlet} y estoy preparando un reportaje sobre {topic}. ¿Podrías indicarme el contacto de vuestro gabinete de prensa?",
         "Hola {n}, {me} de {outlet}. Escribo sobre {topic}; si no puedes hablar, ¿me pasas el contacto de comunicación?"]},
 "vendor": {
  "de": ["Hallo {n}, ich bin {me} von {vendor}. Teams wie Ihres nutzen {product}, um Vorfälle schneller zu bearbeiten. Sind Sie der richtige Ansprechpartner für {topic}, oder wer ist dafür zuständig?",
         "Hallo {n}, kurze Nachfrage zu meiner letzten Nachricht: Wäre eine 20-minütige Demo von {product} interessant? Hier mein Kalender: {link}"],
  "fr": ["Bonjour {n}, je suis {me} chez {vendor}. Des équipes comme la vôtre utilisent {product} pour réduire les délais de réponse aux incidents. Êtes-vous la bonne personne pour parler de {topic}, ou qui s'en occupe ?",
         "Bonjour {n}, je me permets de relancer : une démo de 20 minutes de {product} vous serait-elle utile ? Mon agenda : {link}"],
  "es": ["Hola {n}, soy {me}, de {vendor}. Equipos como el tuyo usan {product} para reducir el tiempo de respuesta. ¿Eres la persona adecuada para hablar de {topic} o quién lo lleva?",
         "Hola {n}, retomo mi mensaje anterior: ¿te serviría una demo de 20 minutos de {product}? Mi agenda: {link}"]},
 "excolleague": {
  "de": ["Hallo {n}! Wie läuft's bei {org}? Ich vermisse das alte Team. Arbeitest du noch mit denselben Leuten?", "Hey {n}, Glückwunsch zur Beförderung! Lass uns bald mal wieder quatschen."],
  "fr": ["Salut {n} ! Comment ça va chez {org} ? L'ancienne équipe me manque. Tu bosses toujours avec les mêmes ?", "Coucou {n}, félicitations pour ta promotion ! On se fait un café bientôt ?"],
  "es": ["¡Hola {n}! ¿Qué tal todo en {org}? Echo de menos al equipo. ¿Sigues con la misma gente?", "¡Enhorabuena por el ascenso, {n}! A ver si nos tomamos algo pronto."]},
 "hr": {
  "de": ["Hallo {n}, hier {me} aus der Personalabteilung. Ihre jährliche Sicherheitsunterweisung ist fällig, bitte im Intranet abschließen.",
         "Hallo {n}, im Rahmen der Umstrukturierung führen wir Einzelgespräche mit allen in {dept}. Bitte buchen Sie einen Termin über das HR-Portal."],
  "fr": ["Bonjour {n}, ici {me} des RH. Votre sensibilisation annuelle à la sécurité est à renouveler sur l'intranet.",
         "Bonjour {n}, dans le cadre de la réorganisation nous organisons des entretiens individuels avec tout le service {dept}. Merci de réserver un créneau sur le portail RH."],
  "es": ["Hola {n}, soy {me}, de Recursos Humanos. Te toca renovar la formación anual de seguridad en la intranet.",
         "Hola {n}, con motivo de la reorganización estamos haciendo reuniones individuales con todo {dept}. Reserva un hueco en el portal de RR. HH., por favor."]},
 "stock": {
  "de": ["Ich würde mich freuen, mich mit Ihnen zu vernetzen.", "Gerne würde ich Sie zu meinem beruflichen Netzwerk hinzufügen."],
  "fr": ["Je souhaiterais vous ajouter à mon réseau professionnel.", "Ravi(e) de rejoindre votre réseau !"],
  "es": ["Me gustaría añadirte a mi red profesional.", "¡Encantado/a de conectar contigo!"],
  "zh": ["您好，希望能加入您的职业人脉。", "很高兴认识您，期待交流！"],
  "ar": ["يسعدني الانضمام إلى شبكتك المهنية.", "تشرفت بالتواصل معك."],
  "ru": ["Добрый день! Буду рад(а) добавить вас в свою профессиональную сеть.", "Приятно познакомиться, давайте дружить профилями!"]},
 "thinktank": {
  "de": ["Sehr geehrte/r {n}, {tt} veranstaltet im {month} einen vertraulichen Runden Tisch zu {topic} nach Chatham-House-Regel. Wir würden uns über Ihre Teilnahme freuen; ein Honorar können wir leider nicht anbieten."],
  "fr": ["Bonjour {n}, {tt} organise en {month} une table ronde fermée sur {topic}, sous la règle de Chatham House. Nous serions ravis de vous compter parmi nous ; nous ne pouvons malheureusement pas proposer d'honoraires."],
  "es": ["Estimado/a {n}: {tt} organiza en {month} una mesa redonda a puerta cerrada sobre {topic} bajo la regla de Chatham House. Nos encantaría contar contigo; lamentablemente no podemos ofrecer honorarios."]},
 "cowork": {
  "de": ["Hallo {n}, ich bin freiberufliche/r {trade} im {cw}. Falls Ihr Team Unterstützung bei {svc} braucht, melden Sie sich gern. Portfolio: {site}"],
  "fr": ["Bonjour {n}, je suis {trade} indépendant(e), installé(e) à {cw}. Si votre équipe a besoin d'aide pour {svc}, n'hésitez pas. Portfolio : {site}"],
  "es": ["Hola {n}, soy {trade} autónomo/a y trabajo en {cw}. Si tu equipo necesita apoyo con {svc}, aquí estoy. Portfolio: {site}"]},
}
for _k, _d in GT_TR.items():
    if not isinstance(GT[_k], dict):
        GT[_k] = {"en": GT[_k]}
    for _l, _v in _d.items():
        GT[_k][_l] = _v

COMMUNITY = {"ru": [("Russian-Speaking Engineers UK", "Ассоциация русскоязычных инженеров"), ("Deutsch-Russisches Forum Alumni", "Клуб выпускников"), ("Club des ingénieurs russophones de France", "Клуб инженеров")],
             "zh": [("Chinese Students and Scholars Association alumni", "学联校友会"), ("Chinese Professionals Network Europe", "欧洲华人专业人士协会"), ("UK-China Engineers Society", "英中工程师协会")],
             "ar": [("Arab Engineers Network UK", "شبكة المهندسين العرب"), ("Association des ingénieurs arabophones", "جمعية المهندسين"), ("Arab Women in Tech Europe", "نساء عربيات في التكنولوجيا")]}
GT["community"] = {
 "ru": ["Здравствуйте, {n}! Я из {club}. В конце месяца устраиваем неформальную встречу в {city}, вход свободный, регистрация на сайте. Будем рады видеть!",
        "{n}, привет! Увидел(а) тебя в группе выпускников. Мы собираем русскоязычных инженеров на лекцию про карьеру в Европе, приходи.",
        "Добрый день, {n}. Наш клуб готовит новогодний вечер, может, захотите присоединиться? Всё бесплатно, просто приходите.",
        "{n}, здравствуйте! Мы делаем рассылку вакансий для русскоязычных специалистов, можно добавить ваш рабочий e-mail? Если нет, не страшно."],
 "zh": ["{n}你好！我是{club}的志愿者，下个月在{city}有个春节联欢活动，免费参加，欢迎来玩～",
        "{n}您好，我们协会下个月有个职业发展分享会，主讲人是行业前辈，公开报名，链接在群里。",
        "{n}，好久不见！校友群里看到你了，周末一起吃火锅吗？",
        "{n}您好，我们在整理旅欧华人工程师的联系方式，方便时可以加入我们的领英群组。"],
 "ar": ["مرحباً {n}، أنا من {club}. ننظم لقاء تعارف في {city} الشهر القادم، الدخول مجاني والتسجيل عبر موقعنا.",
        "أهلاً {n}! رأيت اسمك في مجموعة الخريجين، عندنا ندوة عن التطوير المهني الأسبوع القادم، يسعدنا حضورك.",
        "السلام عليكم {n}، نحضّر إفطاراً جماعياً في رمضان لأعضاء الشبكة، هل تود الانضمام؟",
        "مرحباً {n}، نبحث عن متحدثين متطوعين لورشة للطلاب حول العمل في الهندسة، هل يهمك ذلك؟"]}

USER_G = ["Thanks!", "Sure, happy to.", "Sounds good.", "Thanks, I'll take a look.", "Not right now, but thanks.", "Yes, let's do that.",
          "Please go through our press office.", "Sorry, can't help with that.", "Great to hear from you!", "Sure, send me the details by email."]

JOBS = ["Systems Engineer", "Principal Software Engineer", "Cyber Security Analyst", "Project Manager", "Test Engineer", "Mechanical Design Engineer",
        "Programme Controls Manager", "Embedded Software Engineer", "Safety Engineer", "Data Scientist"]
TRADES = [("graphic designer", "brand identity"), ("technical writer", "documentation"), ("web developer", "web projects"), ("translator (DE/EN)", "translation"),
          ("UX researcher", "user research"), ("photographer", "corporate photography"), ("bookkeeper", "accounts"), ("motion designer", "explainer videos")]

def genuine_profile(g, p, platform, url, headline, company, location, lang="en", company_url=None, school=None, about=None, photo=None, contact=None,
                    extra_exp=True, skills=None, activity=None):
    r = g.r
    prof = {"schema": "vetlink/profile/v1", "platform": platform, "url": url, "name": p["display"], "headline": headline, "location": location}
    prof["photo"] = photo if photo is not None else (g.photo_unique(("gen", url)) if r.random() < 0.88 else {"present": False})
    c = r.randint(60, 1400)
    prof["connections"] = min(c, 500)
    if c >= 500:
        prof["connections_capped"] = True
    if r.random() < 0.6:
        prof["followers"] = c + r.randint(0, 900)
    prof["mutual_connections"] = r.randint(0, 60)
    if r.random() < 0.35:
        prof["created"] = d2s(dt.date(r.randint(2006, 2026), r.randint(1, 12), r.randint(1, 28)))
        if prof["created"] > "2026-10-01":
            prof["created"] = "2024-03-14"
    if r.random() < 0.4:
        prof["verified"] = {"identity": r.random() < 0.8, "workplace": r.random() < 0.5, "phone": r.random() < 0.3}
    if about:
        prof["about"] = about
    start = r.randint(2008, 2024)
    exp = [{"title": headline.split(" at ")[0].split(" bei ")[0].split(" chez ")[0].split(" en ")[0].split(" | ")[0][:80], "company": company,
            "start": f"{start}-{r.randint(1, 12):02d}", "end": None}]
    if company_url:
        exp[0]["company_url"] = company_url
    if r.random() < 0.7:
        exp[0]["location"] = location
    if extra_exp:
        y = start
        for _ in range(r.randint(0, 3)):
            y2 = y - r.randint(1, 6)
            exp.append({"title": r.choice(JOBS + ["Graduate Engineer", "Intern", "Research Assistant", "Account Executive", "Analyst"]),
                        "company": r.choice([e[0] for e in EMPLOYERS] + ["Capgemini", "Atkins", "Arup", "Fraunhofer IIS", "CNRS", "Accenture", "Local council", "NHS"]),
                        "start": str(y2), "end": str(y)})
            y = y2
    prof["experience"] = exp
    if school or r.random() < 0.8:
        s = school or r.choice(UNIVERSITIES + ["University of Leeds", "RWTH Aachen", "INSA Lyon", "Universidad de Sevilla", "University of Warwick", "Zhejiang University"])
        e0 = r.randint(1990, 2022)
        prof["education"] = [{"school": s, "degree": r.choice(["BEng", "MEng", "MSc", "PhD", "BA", "MA", "Diplom-Ingenieur", "Máster", "Licence"]),
                              "field": r.choice(["Aerospace Engineering", "Physics", "Computer Science", "International Relations", "Electrical Engineering", "Economics", "Journalism", "Chemistry", "Mathematics"]),
                              "start": str(e0 - r.choice([3, 4])), "end": str(e0)}]
    prof["skills"] = skills or r.sample(["Systems Engineering", "Python", "Project Management", "MATLAB", "Stakeholder Management", "Recruitment",
                                         "Public Speaking", "Research", "Cyber Security", "Negotiation", "Event Planning", "Journalism", "CAD", "Leadership"], r.randint(2, 8))
    prof["endorsements"] = r.randint(0, 250)
    prof["recommendations"] = r.randint(0, 12)
    if r.random() < 0.5:
        prof["languages"] = r.sample(["English", "German", "French", "Spanish", "Italian", "Mandarin", "Arabic", "Russian"], r.randint(1, 3))
    if contact:
        prof["contact"] = contact
    acts = activity or []
    if not acts and r.random() < 0.5:
        acts = [{"date": d2s(rand_date(g)), "kind": r.choice(["post", "comment", "like", "share"]),
                 "text": r.choice(["Proud of the team for delivering this milestone.", "Great day at the careers fair!", "Interesting read on supply chain resilience.",
                                   "Congratulations Sarah on the new role!", "We're hiring! Link in comments.", "Thanks to everyone who came to our talk.",
                                   "Excellent panel this morning.", "Happy to share that I've started a new position!"])}]
    if acts:
        prof["activity"] = acts
    return prof

def gmsg(g, key, lang="en"):
    bank = GT[key]
    if isinstance(bank, dict):
        bank = bank.get(lang, bank["en"])
    return g.pick(bank)

USER_G_L = {"de": ["Danke!", "Gerne.", "Klingt gut.", "Bitte über unsere Pressestelle.", "Schicken Sie mir die Details per Mail."],
            "fr": ["Merci !", "Avec plaisir.", "Ça marche.", "Merci de passer par notre service de presse.", "Envoyez-moi les détails par mail."],
            "es": ["¡Gracias!", "Claro, encantado/a.", "Me parece bien.", "Mejor a través de nuestro gabinete de prensa.", "Mándame los detalles por correo."],
            "ru": ["Спасибо!", "Привет! Давно не виделись.", "Хорошо."], "zh": ["谢谢！", "好的。", "好久不见！"], "ar": ["شكراً!", "أهلاً، سعيد بسماع أخبارك.", "حسناً."]}

def genuine_conv(g, p, platform, texts, end_day, lang="en"):
    r = g.r
    msgs = []
    dates = conv_dates(g, end_day, 2 * len(texts))
    for i, t in enumerate(texts):
        m = {"sender": "contact", "text": t}
        if r.random() < 0.8:
            m["sent"] = fdt(dates[2 * i], g)
        msgs.append(m)
        if i < len(texts) - 1 or r.random() < 0.4:
            u = {"sender": "user", "text": r.choice(USER_G_L.get(lang, USER_G))}
            if "sent" in m and r.random() < 0.7:
                u["sent"] = fdt(dates[2 * i + 1], g)
            msgs.append(u)
    return {"schema": "vetlink/conversation/v1", "platform": r.choice(PLATFORM_MSG) if platform == "linkedin" else platform,
            "contact": p["display"], "messages": msgs}

GENKEY = {"employer_staff": "employer", "agency_recruiters": "agency", "conference_organisers": "conference", "university_alumni": "alumni",
          "stock_phrases": "stock", "coworking_freelancers": "cowork", "newsroom_journalists": "journalist", "careers_students": "students",
          "vendor_sales_team": "vendor", "think_tank_staff": "thinktank", "ex_colleagues": "excolleague", "own_hr": "hr", "stolen_photo_victim": "photo_victim"}

def gen_group(g, kind, size, roster, victims=None):
    """A genuine group that innocently shares traces (or singletons when size == 1)."""
    r = g.r
    out = []
    # group-level shared context
    emp = r.choice(half(EMPLOYERS, g.held)); agency = r.choice(half(AGENCIES, g.held)); ev = r.choice(half(EVENTS, g.held))
    uni = r.choice(half(UNIVERSITIES, g.held)); lab = r.choice(half(LABS, g.held)); outlet = r.choice(half(OUTLETS, g.held))
    vendor = r.choice(half(VENDORS, g.held)); tt = r.choice(half(THINKTANKS, g.held)); cw = r.choice(half(COWORKING, g.held))
    group_day = rand_date(g, START + dt.timedelta(days=30), END)
    spread = {"conference_organisers": 60, "agency_recruiters": 300, "employer_staff": 500, "stock_phrases": 600}.get(kind, 400)
    template_stock = r.choice(STOCK_PHRASES)
    hr_org = r.choice(ORGS)
    for i in range(size):
        comm_lang = None
        if kind == "heritage_language_network":
            comm_lang = comm_lang_g if i else None
            if i == 0:
                comm_lang_g = r.choice(["ru", "zh", "ar"])
                comm_lang = comm_lang_g
        target = roster.person(hr_org if kind == "own_hr" else r.choice(ORGS), None, comm_lang)
        lang = target["lang"] if r.random() < 0.5 else "en"
        if kind in ("agency_recruiters", "stock_phrases") and r.random() < 0.3:
            lang = target["org"]["lang"]
        bank = GT.get(GENKEY.get(kind, ""), {})
        if not (isinstance(bank, dict) and lang in bank) and kind not in ("agency_recruiters", "ex_colleagues", "research_group"):
            lang = "en"
        nl = lang if lang in NAMES and r.random() < 0.85 else "en"
        if comm_lang:
            lang = nl = comm_lang
        if kind == "research_group" and r.random() < 0.3:
            nl = r.choice(["zh", "de", "fr", "es", "ar", "ru"])
        if kind == "stolen_photo_victim":
            nl = r.choice(["en", "en", "de", "fr", "es"])
        if kind == "ex_colleagues" and target["lang"] in ("ru", "zh", "ar") and r.random() < 0.7:
            nl = target["lang"]
        p = g.name(nl)
        platform = "linkedin" if r.random() < 0.85 else r.choice(["xing", "x", "facebook"] + (["researchgate"] if kind in ("research_group", "university_alumni") else []))
        if platform == "xing" and nl not in ("de",) and r.random() < 0.7:
            platform = "linkedin"
        if kind == "research_group" and r.random() < 0.3:
            platform = "researchgate"
        url = g.url(p, platform)
        day = group_day + dt.timedelta(days=r.randint(-spread // 2, spread // 2))
        day = min(max(day, START), END)
        ctx = {"n": target["first"], "me": p["first"], "city": r.choice(["London", "Bristol", "Munich", "Toulouse", "Madrid", "Manchester", "Paris"]),
               "topic": r.choice(TOPICS.get(lang, TOPICS["en"])), "month": MONTHS_L.get(lang, MONTHS)[r.randrange(12)], "org": target["org"]["org"], "dept": target["dept"],
               "sector": r.choice(["defence", "aerospace", "energy", "space", "cyber security", "the civil service"])}
        contact = None
        texts = []
        about = None
        school = None
        photo = None
        loc = r.choice(["London, England, United Kingdom", "Bristol, England, United Kingdom", "Munich, Bavaria, Germany", "Toulouse, Occitanie, France",
                        "Madrid, Comunidad de Madrid, España", "Edinburgh, Scotland, United Kingdom", "Lyon, Auvergne-Rhône-Alpes, France", "Hamburg, Germany"])
        company = None; cu = None
        if kind == "employer_staff":
            company, cu, loc = emp[0], f"https://www.linkedin.com/company/{slug(emp[0])}/", emp[2]
            job = r.choice(JOBS + ["Talent Acquisition Partner", "Early Careers Lead", "HR Business Partner"])
            headline = f"{job} at {emp[0]}"
            ctx.update(employer=emp[0], job=r.choice(JOBS))
            texts = [fill(gmsg(g, "employer", lang), ctx)]
            if r.random() < 0.4:
                about = r.choice([f"Views my own. Working at {emp[0]}.", f"{job} at {emp[0]}. Opinions are my own.", ""]) or None
            if r.random() < 0.5:
                contact = {"emails": [f"{slug(p['first']).replace('-', '')}.{slug(p['last']).replace('-', '')}@{emp[1]}"], "websites": [f"https://careers.{emp[1]}"]}
        elif kind == "agency_recruiters":
            company = agency[0]; cu = f"https://www.{slug(agency[0]).replace('-', '')}.com"
            headline = r.choice([f"Recruitment Consultant at {agency[0]}", f"Senior Consultant - Defence & Security | {agency[0]}", f"Principal Recruiter, Cleared Engineering, {agency[0]}"])
            cl = {"en": r.choice(["SC", "DV", "BPSS", "eDV"]), "de": r.choice(["Ü2", "Ü3"]), "fr": r.choice(["Confidentiel Défense", "Secret"]), "es": r.choice(["Nacional Confidencial", "Nacional Secreto"])}
            sal = {"en": r.choice(["£55,000-£70,000", "£65k-£80k", "up to £90,000", "£48,000 + 10% bonus"]), "de": r.choice(["75.000-90.000 €", "bis 95.000 EUR"]),
                   "fr": r.choice(["55 000 à 65 000 € bruts", "60-70 k€"]), "es": r.choice(["45.000-55.000 € brutos", "hasta 60.000 €"])}
            gl = lang if lang in ("en", "de", "fr", "es") else "en"
            client = r.choice(EMPLOYERS)
            ctx.update(agency=agency[0], job=r.choice(JOBS), client=client[0], clr=cl[gl], sal=sal[gl], phone=agency[1], city=client[2].split(",")[0],
                       mobile=phone(r, r.choice(["+44 7", "+49 15", "+33 6"])))
            texts = [fill(gmsg(g, "agency", gl), ctx)]
            if r.random() < 0.6:
                texts.append(fill(g.pick(GT["agency_follow"]), ctx))
            contact = {"phones": [agency[1]]}
            if r.random() < 0.6:
                contact["emails"] = [f"{slug(p['first']).replace('-', '')}.{slug(p['last']).replace('-', '')}@{slug(agency[0]).replace('-', '')}.com"]
        elif kind == "conference_organisers":
            company = ev[0] + r.choice([" (Organising Committee)", "", " Programme Committee"])
            headline = r.choice([f"Programme Chair, {ev[0]}", f"Event Manager at {ev[0]}", f"Conference Producer | {ev[0]}", f"Speaker Manager, {ev[0]}"])
            ctx.update(event=ev[0], city=ev[2], link=ev[1] + r.choice(["", "?utm_source=linkedin", "?utm_medium=social&utm_campaign=cfp"]))
            texts = [fill(gmsg(g, "conference", lang), ctx)]
            contact = {"websites": [ev[1].split("/call")[0]]}
            about = f"Part of the team behind {ev[0]}." if r.random() < 0.4 else None
        elif kind == "university_alumni":
            school = uni
            role, company = r.choice([("Alumni Relations Officer", uni), ("Development & Alumni Engagement Manager", uni), (r.choice(JOBS), r.choice(EMPLOYERS)[0]),
                                      ("Consultant", "Accenture"), ("Policy Advisor", "Civil Service"), ("Freelance engineering consultant", "Self-employed"),
                                      ("MSc student", uni)])
            headline = f"{role} at {company}"
            ctx.update(uni=uni, employer=r.choice(EMPLOYERS)[0])
            texts = [fill(gmsg(g, "alumni", lang), ctx)]
        elif kind == "research_group":
            school = uni
            company = f"{lab[0]}, {uni}"
            headline = r.choice([f"PhD Researcher, {lab[0]}", f"Postdoctoral Research Associate at {uni}", f"Research Fellow | {lab[0]}", f"Lab Manager, {lab[0]}"])
            ctx.update(lab=lab[0], pi=lab[1], uni=uni)
            key = "research_zh" if nl == "zh" and r.random() < 0.6 else "research_de" if nl == "de" and r.random() < 0.6 else "research"
            texts = [fill(g.pick(GT[key]), ctx)]
            contact = {"websites": [f"https://www.{slug(uni)[:20].strip('-')}.ac.example/{slug(lab[0])}"]}
        elif kind == "stock_phrases":
            company = r.choice([e[0] for e in EMPLOYERS] + ["Capgemini", "Deloitte", "Self-employed", "Siemens", "Ocado", "Unilever"])
            headline = f"{r.choice(JOBS + ['Sales Manager', 'Account Director', 'Consultant'])} at {company}"
            texts = [template_stock if (r.random() < 0.6 and lang == "en") else gmsg(g, "stock", lang)]
        elif kind == "stolen_photo_victim":
            company = r.choice([e[0] for e in EMPLOYERS] + ["Arup", "Jacobs", "Siemens", "EDF", "Iberdrola"])
            headline = f"{r.choice(JOBS)} at {company}"
            ctx.update(employer=company)
            texts = [fill(gmsg(g, "photo_victim"), ctx)]
            if victims:
                photo = photo_of(victims.pop())
        elif kind == "coworking_freelancers":
            trade = r.choice(TRADES)
            company = "Freelance"
            headline = f"Freelance {trade[0]} | {cw[0]}"
            loc = cw[1].split(", ")[-1] if r.random() < 0.3 else loc
            site = f"https://www.{slug(p['first'])}{slug(p['last'])}.{r.choice(['com', 'co.uk', 'de', 'design', 'studio'])}"
            about = f"Independent {trade[0]}. You'll find me at {cw[1]}."
            ctx.update(trade=trade[0], svc=trade[1], cw=cw[0], site=site)
            texts = [fill(gmsg(g, "cowork", lang), ctx)]
            contact = {"websites": [site, f"https://{slug(cw[0])}.example/members"]}
        elif kind == "newsroom_journalists":
            company = outlet[0]
            headline = r.choice([f"Reporter at {outlet[0]}", f"Defence correspondent, {outlet[0]}", f"Technology journalist | {outlet[0]}", f"Europe editor at {outlet[0]}"])
            ctx.update(outlet=outlet[0])
            texts = [fill(gmsg(g, "journalist", lang), ctx)]
            contact = {"emails": [f"{slug(p['first']).replace('-', '')}.{slug(p['last']).replace('-', '')}@{outlet[1]}"]}
        elif kind == "careers_students":
            school = uni
            company = uni
            headline = f"{r.choice(['MEng', 'BSc', 'MSc', 'BA'])} student at {uni}"
            ctx.update(uni=uni)
            texts = [fill(gmsg(g, "students", lang), ctx)]
        elif kind == "vendor_sales_team":
            company = vendor[0]
            headline = r.choice([f"Sales Development Representative at {vendor[0]}", f"Account Executive, Public Sector | {vendor[0]}", f"Enterprise Account Manager at {vendor[0]}"])
            ctx.update(vendor=vendor[0], product=vendor[1], link=f"https://meetings.hubspot.com/{slug(p['first'])}-{slug(p['last'])}")
            texts = [fill(gmsg(g, "vendor", lang), ctx)]
            if r.random() < 0.5:
                t2 = fill(gmsg(g, "vendor", lang), ctx)
                if t2 != texts[0]:
                    texts.append(t2)
        elif kind == "think_tank_staff":
            company = tt[0]
            headline = r.choice([f"Research Fellow at {tt[0]}", f"Events Manager, {tt[0]}", f"Senior Research Fellow | {tt[0]}", f"Programme Manager at {tt[0]}"])
            ctx.update(tt=tt[0], link=f"https://www.{tt[1]}/events")
            texts = [fill(gmsg(g, "thinktank", lang), ctx)]
            contact = {"emails": [f"{slug(p['first'])[0]}{slug(p['last']).replace('-', '')}@{tt[1]}"]}
        elif kind == "ex_colleagues":
            company = r.choice([e[0] for e in EMPLOYERS])
            headline = f"{r.choice(JOBS)} at {company}"
            ctx.update(employer=company)
            if target["lang"] in ("ru", "zh", "ar") and nl == target["lang"]:
                texts = [fill(g.pick(GT["excolleague_" + target["lang"]]), ctx)]
            else:
                texts = [fill(gmsg(g, "excolleague", lang), ctx)]
            exp_school = None
        elif kind == "heritage_language_network":
            club = r.choice(COMMUNITY[comm_lang])
            company = club[0]
            headline = f"{r.choice(JOBS + ['Community volunteer', 'Board member'])} | {club[0]}"
            ctx.update(club=club[1])
            texts = [fill(g.pick(GT["community"][comm_lang]), ctx)]
            about = f"Volunteer at {club[0]}. Day job in {ctx['sector']}."
        elif kind == "own_hr":
            company = target["org"]["org"]
            headline = f"{r.choice(['HR Advisor', 'HR Business Partner', 'People Partner', 'Security Vetting Officer'])} at {company}"
            texts = [fill(gmsg(g, "hr", lang), ctx)]
            contact = {"emails": [f"{slug(p['first']).replace('-', '')}.{slug(p['last']).replace('-', '')}@{target['org']['dom']}"]}
        prof = genuine_profile(g, p, platform, url, headline, company, loc, lang, cu, school, about, photo, contact)
        if kind == "ex_colleagues":
            prof["experience"].append({"title": r.choice(JOBS), "company": target["org"]["org"], "start": "2015", "end": "2021"})
        rep = {"profile": prof}
        if r.random() < 0.92:
            tl = lang
            if kind == "ex_colleagues" and nl in ("ru", "zh", "ar") and target["lang"] == nl:
                tl = nl
            if comm_lang:
                tl = comm_lang
            if kind == "research_group" and nl in ("zh", "de"):
                tl = nl if not texts[0].isascii() or nl == "de" and " Sie " in texts[0] else "en"
            rep["conversation"] = genuine_conv(g, p, platform, texts, day, tl)
        rep["reporter"] = target["email"]
        rep["department"] = target["dept"]
        rep["reported_at"] = ts(g, day)
        out.append((rep, {"url": url, "campaign": None, "kind": kind if size > 1 or kind in ("stolen_photo_victim",) else "genuine_single"}))
    return out

# ---------------------------------------------------------------- lone hostile approaches (no operation behind them)
LONE_FIRMS = ["Bluecrest Advisory", "Orion Career Partners", "Stratos Insight", "Westbridge Global", "Lumen Policy Group", "Vertex Talent Hub",
              "Crown Meridian Consulting", "Silk Route Analytics", "Peregrine Search", "Tidewater Research", "Aurora Strategic", "Granite Peak Talent",
              "Kingsway Intelligence", "Polaris Expert Circle", "Summit Ridge Partners", "Marlow Conseil", "Hohenfels Beratung", "Cardinal Forum"]

def lone_hostile(g, styles, roster):
    r = g.r
    style = r.choice(styles)
    op = make_op(g, style, 1, roster)
    op["firm"] = op["firm2"] = r.choice(LONE_FIRMS) if style not in ("alumni_reunion", "dormant_aged_accounts") else op["firm"]
    op["event"] = r.choice(["International Forum on " + r.choice(["Strategic Technologies", "Energy Transition", "Cyber Resilience", "Space Security"]),
                            "Global Leaders Summit " + str(r.choice([2025, 2026]))])
    op["domain"] = slug(op["firm"])[:16].strip("-") + r.choice([".com", ".net", "-consult.com", ".co"])
    op["care"] = r.choice([0, 1, 1, 2])
    op["id"] = None
    out = op_personas(g, op, 1, roster)
    res = []
    for rep, tr in out:
        tr["campaign"] = None
        tr["kind"] = "lone_hostile"
        res.append((rep, tr))
    return res

NEG_GROUPS = {"heritage_language_network": (4, 14), "employer_staff": (6, 30), "agency_recruiters": (5, 20), "conference_organisers": (3, 12), "university_alumni": (5, 20),
              "research_group": (4, 15), "stock_phrases": (5, 25), "coworking_freelancers": (4, 12), "newsroom_journalists": (3, 10),
              "careers_students": (4, 15), "vendor_sales_team": (4, 15), "think_tank_staff": (3, 10), "ex_colleagues": (3, 10), "own_hr": (3, 8)}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--size", type=int, default=3000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--held-out", action="store_true")
    a = ap.parse_args()
    g = G(a.seed, a.held_out)
    HELD[0] = a.held_out
    r = g.r
    roster = Roster(g)
    N = a.size
    styles = (SHARED_IN_TEST + HELD_STYLES) if a.held_out else DEV_STYLES
    n_camp = round(0.43 * N)
    n_lone = round(0.06 * N)
    # operation sizes: every style at least twice, sizes within the style's range, total = n_camp
    plan = []
    order = styles * 2
    r.shuffle(order)
    total = 0
    while total < n_camp:
        st = order[len(plan)] if len(plan) < len(order) else r.choice(styles)
        lo, hi = SPECS[st]["size"]
        sz = r.randint(lo, hi) if r.random() < 0.7 else r.randint(lo, (lo + hi) // 2)
        plan.append([st, sz])
        total += sz
    excess = total - n_camp
    for item in sorted(plan, key=lambda x: -x[1]):
        lo = SPECS[item[0]]["size"][0]
        cut = min(excess, item[1] - max(lo, 3))
        item[1] -= cut
        excess -= cut
        if excess == 0:
            break
    records = []
    ops = []
    for st, sz in plan:
        op = make_op(g, st, sz, roster)
        ops.append(op)
        records += op_personas(g, op, sz, roster)
    for _ in range(n_lone):
        records += lone_hostile(g, styles, roster)
    # genuine people whose exact photo file an operation lifted
    used = {}
    for rep, tr in records:
        h = rep["profile"].get("photo", {}).get("sha256")
        if h and tr["campaign"]:
            used.setdefault(h, set()).add(tr["campaign"])
    stock = set()
    for op in ops:
        stock.update(op["stock_photos"])
    victims = sorted(h for h in used if h in stock)
    r.shuffle(victims)
    victims = victims[:max(8, N // 120)]
    n_gen = N - len(records)
    gen_records = gen_group(g, "stolen_photo_victim", len(victims), roster, list(victims))
    neg_target = int(0.72 * n_gen)
    kinds = list(NEG_GROUPS)
    ki = 0
    while len(gen_records) < neg_target:
        k = kinds[ki % len(kinds)] if ki < len(kinds) * 2 else r.choice(kinds)
        ki += 1
        lo, hi = NEG_GROUPS[k]
        sz = min(r.randint(lo, hi), max(lo, neg_target - len(gen_records)))
        gen_records += gen_group(g, k, sz, roster)
    single_kinds = [k for k in kinds if k not in ("own_hr",)]
    while len(gen_records) < n_gen:
        gen_records += gen_group(g, r.choice(single_kinds), 1, roster)
    records += gen_records[:n_gen]
    r.shuffle(records)
    with open(a.out, "w", encoding="utf-8") as fo, open(a.truth, "w", encoding="utf-8") as ft:
        for rep, tr in records:
            fo.write(json.dumps(rep, ensure_ascii=False) + "\n")
            ft.write(json.dumps(tr, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
