#!/usr/bin/env python3
"""Blind evaluation-set generator for a campaign detector (campaigns3).

python gen.py --seed N --size 3000 --out X.jsonl --truth X.truth.jsonl [--held-out]

Standard library only; deterministic for a given seed and flags.
Every persona is a report of a profile (plus, usually, the approach conversation).
Truth: one line per report: {"url", "campaign" (id or null), "kind"}.
"""
import argparse
import datetime as dt
import hashlib
import json
import random
import re
import string

R = random.Random(0)
HELD_OUT = False


# ----------------------------------------------------------------------------
# variant picking: dev draws only from the first part of each variant list;
# --held-out draws half the time from the held-back tail of the list.
# ----------------------------------------------------------------------------
def V(lst):
    n = len(lst)
    if n <= 2:
        return R.choice(lst)
    cut = max(1, (n * 2 + 2) // 3)
    if not HELD_OUT:
        return R.choice(lst[:cut])
    if R.random() < 0.5:
        return R.choice(lst[cut:])
    return R.choice(lst)


def C(lst):
    return R.choice(lst)


def P(p):
    return R.random() < p


def W(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def sample(lst, k):
    k = max(0, min(k, len(lst)))
    return R.sample(lst, k)


_HC = [0]


def new_hash(tag="img"):
    _HC[0] += 1
    return hashlib.sha256(f"{SEED}/{tag}/{_HC[0]}".encode()).hexdigest()


SEED = 0

# ----------------------------------------------------------------------------
# registries: identifiers never collide unless shared on purpose
# ----------------------------------------------------------------------------
USED = {"url": set(), "phone": set(), "email": set(), "handle": set(), "domain": set(), "slug": set()}


def claim(kind, key):
    key = key.lower()
    if key in USED[kind]:
        return False
    USED[kind].add(key)
    return True


# ----------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------
NAMES = {
    "en": (["James", "Oliver", "Sarah", "Emily", "Daniel", "Rachel", "Thomas", "Hannah", "Matthew", "Laura", "Michael",
            "Sophie", "David", "Claire", "Andrew", "Katie", "Robert", "Jessica", "Peter", "Amy", "Jonathan", "Eleanor",
            "Christopher", "Natalie", "Simon", "Grace", "Mark", "Helen", "Stephen", "Abigail", "Gareth", "Fiona",
            "Liam", "Megan", "Owen", "Bethany"],
           ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Turner",
            "Hughes", "Edwards", "Baker", "Harrison", "Morgan", "Cooper", "Ward", "Price", "Bennett", "Fletcher",
            "Marsh", "Holloway", "Pritchard", "Whitfield", "Ashworth"]),
    "us": (["Ashley", "Brian", "Megan", "Kevin", "Jennifer", "Ryan", "Brittany", "Tyler", "Nicole", "Justin",
            "Heather", "Brandon", "Amanda", "Jason", "Stephanie", "Eric", "Lauren", "Scott", "Kimberly", "Derek",
            "Courtney", "Travis", "Melissa", "Chad"],
           ["Miller", "Anderson", "Martinez", "Moore", "Thomas", "Lee", "Harris", "Clark", "Lewis", "Young", "Allen",
            "King", "Scott", "Nguyen", "Hill", "Adams", "Nelson", "Carter", "Mitchell", "Perez", "Campbell",
            "Parker", "Collins", "Stewart"]),
    "de": (["Lukas", "Anna", "Jonas", "Laura", "Felix", "Julia", "Maximilian", "Katharina", "Tobias", "Sabine",
            "Stefan", "Christina", "Matthias", "Andrea", "Florian", "Nadine", "Jan", "Franziska", "Markus", "Melanie",
            "Sebastian", "Kerstin", "Dirk", "Ute"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz",
            "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Krüger", "Hartmann", "Lange",
            "Werner", "Krause", "Lehmann", "Köhler"]),
    "fr": (["Julien", "Camille", "Nicolas", "Claire", "Antoine", "Élodie", "Mathieu", "Aurélie", "Guillaume",
            "Sophie", "Pierre", "Céline", "Thomas", "Manon", "Benoît", "Amélie", "Olivier", "Hélène", "Romain",
            "Justine", "Yann", "Margaux"],
           ["Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel", "Garnier",
            "Rousseau", "Fontaine", "Chevalier", "Girard", "Lambert", "Bonnet", "Faure", "Mercier", "Blanc",
            "Guérin", "Perrin", "Morel"]),
    "es": (["Alejandro", "Lucía", "Javier", "María", "Carlos", "Elena", "Pablo", "Carmen", "Diego", "Laura",
            "Sergio", "Marta", "Andrés", "Paula", "Miguel", "Isabel", "Raúl", "Cristina", "Jorge", "Beatriz"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
            "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Romero", "Navarro", "Torres",
            "Domínguez"]),
    "ru": (["Alexei", "Olga", "Dmitry", "Natalia", "Sergei", "Elena", "Andrei", "Irina", "Mikhail", "Svetlana",
            "Pavel", "Yulia", "Ivan", "Anastasia", "Nikolai", "Ekaterina", "Artem", "Daria"],
           ["Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov", "Novikov",
            "Morozov", "Volkov", "Fedorov", "Orlov", "Pavlov", "Semenov", "Vinogradov", "Belov", "Zaitsev"]),
    "zh": (["Wei", "Li", "Jing", "Min", "Hao", "Xin", "Yang", "Lei", "Ying", "Jun", "Hui", "Tao", "Fang", "Qiang",
            "Yan", "Chen", "Mei", "Bo", "Rui", "Lin"],
           ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
            "Hu", "Guo", "He", "Lin", "Gao", "Luo"]),
    "ar": (["Ahmed", "Fatima", "Omar", "Layla", "Khalid", "Noura", "Youssef", "Mariam", "Hassan", "Huda", "Tariq",
            "Reem", "Karim", "Salma", "Faisal", "Dana", "Walid", "Rania"],
           ["Al-Mansouri", "Haddad", "Khoury", "Al-Farsi", "Nasser", "Saleh", "Hamdan", "Aziz", "Rahman", "Al-Sayed",
            "Qasim", "Barakat", "Al-Hashimi", "Mahmoud", "Suleiman", "Darwish", "Al-Amri", "Fakhoury"]),
    "fa": (["Ali", "Maryam", "Reza", "Sara", "Mohammad", "Nazanin", "Hossein", "Shirin", "Amir", "Leila",
            "Mehdi", "Parisa", "Saeed", "Roya", "Babak", "Niloufar"],
           ["Hosseini", "Ahmadi", "Karimi", "Rezaei", "Moradi", "Jafari", "Sadeghi", "Rahimi", "Tehrani", "Farahani",
            "Ebrahimi", "Mousavi", "Najafi", "Shirazi", "Kazemi", "Ghorbani"]),
    "it": (["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Matteo", "Valentina", "Davide",
            "Elisa", "Stefano", "Sara"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo"]),
    "nl": (["Daan", "Sanne", "Bram", "Lotte", "Thijs", "Eva", "Joost", "Femke", "Ruben", "Anouk"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
            "Mulder"]),
    "pl": (["Piotr", "Anna", "Krzysztof", "Katarzyna", "Tomasz", "Magdalena", "Paweł", "Agnieszka", "Marcin",
            "Joanna"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
            "Dąbrowski", "Kozłowski"]),
    "in": (["Rahul", "Priya", "Arjun", "Ananya", "Vikram", "Neha", "Sanjay", "Divya", "Karthik", "Pooja",
            "Rohan", "Shreya"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Kumar", "Menon", "Desai", "Rao", "Singh",
            "Chatterjee"]),
    "ko": (["Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Hyun-woo", "Ji-woo", "Dong-hyun", "Soo-jin"],
           ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang"]),
    "tr": (["Emre", "Elif", "Burak", "Zeynep", "Mehmet", "Ayşe", "Can", "Selin"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan"]),
}

ZH_CHARS = {"Wang": "王", "Li": "李", "Zhang": "张", "Liu": "刘", "Chen": "陈", "Yang": "杨", "Huang": "黄",
            "Zhao": "赵", "Wu": "吴", "Zhou": "周", "Xu": "徐", "Sun": "孙", "Ma": "马", "Zhu": "朱", "Hu": "胡",
            "Guo": "郭", "He": "何", "Lin": "林", "Gao": "高", "Luo": "罗"}
ZH_GIVEN = {"Wei": "伟", "Li": "丽", "Jing": "静", "Min": "敏", "Hao": "浩", "Xin": "欣", "Yang": "洋", "Lei": "磊",
            "Ying": "颖", "Jun": "军", "Hui": "慧", "Tao": "涛", "Fang": "芳", "Qiang": "强", "Yan": "燕", "Chen": "晨",
            "Mei": "梅", "Bo": "波", "Rui": "睿", "Lin": "琳"}
RU_CYR = {"Alexei": "Алексей", "Olga": "Ольга", "Dmitry": "Дмитрий", "Natalia": "Наталья", "Sergei": "Сергей",
          "Elena": "Елена", "Andrei": "Андрей", "Irina": "Ирина", "Mikhail": "Михаил", "Svetlana": "Светлана",
          "Pavel": "Павел", "Yulia": "Юлия", "Ivan": "Иван", "Anastasia": "Анастасия", "Nikolai": "Николай",
          "Ekaterina": "Екатерина", "Artem": "Артём", "Daria": "Дарья", "Ivanov": "Иванов", "Petrov": "Петров",
          "Smirnov": "Смирнов", "Kuznetsov": "Кузнецов", "Popov": "Попов", "Sokolov": "Соколов", "Lebedev": "Лебедев",
          "Kozlov": "Козлов", "Novikov": "Новиков", "Morozov": "Морозов", "Volkov": "Волков", "Fedorov": "Фёдоров",
          "Orlov": "Орлов", "Pavlov": "Павлов", "Semenov": "Семёнов", "Vinogradov": "Виноградов", "Belov": "Белов",
          "Zaitsev": "Зайцев"}
FEM_RU = {"Olga", "Natalia", "Elena", "Irina", "Svetlana", "Yulia", "Anastasia", "Ekaterina", "Daria"}


class Person:
    def __init__(self, culture, first, last):
        self.culture, self.first, self.last = culture, first, last

    @property
    def latin(self):
        return f"{self.first} {self.last}"

    def display(self):
        c = self.culture
        if c == "zh":
            r = R.random()
            if r < 0.25:
                return ZH_CHARS.get(self.last, "王") + ZH_GIVEN.get(self.first, "伟")
            if r < 0.4:
                return f"{self.last} {self.first}"
            if r < 0.5:
                return f"{C(['Kevin', 'Cindy', 'Jason', 'Grace', 'Eric', 'Vivian', 'Tony', 'Helen'])} {self.first} {self.last}"
        if c == "ru" and R.random() < 0.3:
            last = RU_CYR.get(self.last) or (RU_CYR.get(self.last[:-1], self.last[:-1]) + "а" if self.last.endswith("a") else self.last)
            return RU_CYR.get(self.first, self.first) + " " + last
        if c == "ar" and R.random() < 0.15:
            return f"{self.first} {self.last} (Dr.)".replace(" (Dr.)", "") if P(0.5) else f"Dr. {self.first} {self.last}"
        return self.latin


def person(culture):
    firsts, lasts = NAMES[culture]
    f, l = V(firsts), V(lasts)
    if culture == "ru" and f in FEM_RU and not l.endswith("a"):
        l = l + "a"
    return Person(culture, f, l)


def ascii_slug(s):
    tr = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e", "á": "a", "à": "a",
          "â": "a", "í": "i", "ï": "i", "î": "i", "ó": "o", "ô": "o", "ú": "u", "ñ": "n", "ç": "c", "ł": "l", "ś": "s",
          "ą": "a", "ę": "e", "ź": "z", "ż": "z", "ć": "c", "ń": "n", "ı": "i", "ş": "s", "ğ": "g", "Ö": "O",
          "Ü": "U", "Ä": "A", "É": "E", "Á": "A", "Ç": "C", "Ş": "S", "Ż": "Z", "Ł": "L", "Ś": "S", "Î": "I"}
    out = "".join(tr.get(ch, ch) for ch in s)
    out = re.sub(r"[^A-Za-z0-9]+", "-", out).strip("-").lower()
    return out or "user"


# ----------------------------------------------------------------------------
# identifiers
# ----------------------------------------------------------------------------
COUNTRY_PHONE = {
    "uk": ("44", lambda: f"{C(['20', '113', '121', '161', '131', '1223', '117'])}{R.randint(1000000, 9999999)}", "mobile7"),
    "de": ("49", lambda: f"{C(['30', '89', '40', '69', '221', '711', '228'])}{R.randint(1000000, 99999999)}", "mobile15"),
    "fr": ("33", lambda: f"{C(['1', '4', '5'])}{R.randint(10000000, 99999999)}", "mobile6"),
    "es": ("34", lambda: f"{C(['91', '93', '96', '95'])}{R.randint(1000000, 9999999)}", "mobile6"),
    "ru": ("7", lambda: f"{C(['495', '499', '812'])}{R.randint(1000000, 9999999)}", "mobile9"),
    "cn": ("86", lambda: f"{C(['10', '21', '755', '20'])}{R.randint(10000000, 99999999)}", "mobile13"),
    "hk": ("852", lambda: f"{C(['2', '3'])}{R.randint(1000000, 9999999)}", "mobile9"),
    "sg": ("65", lambda: f"6{R.randint(1000000, 9999999)}", "mobile8"),
    "ae": ("971", lambda: f"4{R.randint(1000000, 9999999)}", "mobile50"),
    "qa": ("974", lambda: f"44{R.randint(100000, 999999)}", "mobile3"),
    "ir": ("98", lambda: f"21{R.randint(10000000, 99999999)}", "mobile91"),
    "us": ("1", lambda: f"{C(['202', '703', '571', '415', '212', '617', '312'])}{R.randint(2000000, 9999999)}", "mobileus"),
    "nl": ("31", lambda: f"{C(['20', '70', '10'])}{R.randint(1000000, 9999999)}", "mobile6"),
    "be": ("32", lambda: f"2{R.randint(1000000, 9999999)}", "mobile47"),
    "ch": ("41", lambda: f"{C(['44', '22', '31'])}{R.randint(1000000, 9999999)}", "mobile79"),
    "kr": ("82", lambda: f"2{R.randint(10000000, 99999999)}", "mobile10"),
    "in": ("91", lambda: f"{C(['22', '80', '11'])}{R.randint(10000000, 99999999)}", "mobile98"),
    "it": ("39", lambda: f"0{C(['2', '6'])}{R.randint(1000000, 99999999)}", "mobile3"),
    "pl": ("48", lambda: f"22{R.randint(1000000, 9999999)}", "mobile5"),
    "tr": ("90", lambda: f"212{R.randint(1000000, 9999999)}", "mobile5"),
}


def _mobile(cc, kind):
    if kind == "mobile7":
        return f"7{R.randint(100000000, 999999999)}"
    if kind == "mobile15":
        return f"1{C(['51', '52', '60', '70', '76'])}{R.randint(10000000, 99999999)}"
    if kind == "mobile6":
        return f"6{R.randint(10000000, 99999999)}"
    if kind == "mobile9":
        return f"9{R.randint(100000000, 999999999)}"[:10] if cc == "7" else f"9{R.randint(1000000, 9999999)}"
    if kind == "mobile13":
        return f"1{C(['38', '39', '58', '86', '35'])}{R.randint(10000000, 99999999)}"
    if kind == "mobile8":
        return f"{C(['8', '9'])}{R.randint(1000000, 9999999)}"
    if kind == "mobile50":
        return f"5{C(['0', '2', '5', '6'])}{R.randint(1000000, 9999999)}"
    if kind == "mobile3":
        return f"3{R.randint(1000000, 99999999)}"
    if kind == "mobile91":
        return f"9{C(['12', '13', '35', '01'])}{R.randint(1000000, 9999999)}"
    if kind == "mobileus":
        return f"{C(['202', '646', '415', '312', '571'])}{R.randint(2000000, 9999999)}"
    if kind == "mobile47":
        return f"47{R.randint(1000000, 9999999)}"
    if kind == "mobile79":
        return f"79{R.randint(1000000, 9999999)}"
    if kind == "mobile10":
        return f"10{R.randint(10000000, 99999999)}"
    if kind == "mobile98":
        return f"98{R.randint(10000000, 99999999)}"
    if kind == "mobile5":
        return f"5{R.randint(10000000, 99999999)}"
    return f"{R.randint(100000000, 999999999)}"


class Phone:
    """A phone number; .fmt() writes it in one of several real-world formats."""

    def __init__(self, country, mobile=False):
        cc, fixed, mk = COUNTRY_PHONE[country]
        while True:
            nat = _mobile(cc, mk) if mobile else fixed()
            if claim("phone", cc + nat):
                break
        self.cc, self.nat, self.country = cc, nat, country

    def fmt(self, style=None):
        cc, n = self.cc, self.nat
        styles = ["intl_sp", "intl_compact", "00", "national", "intl_dash", "intl_paren", "dots"]
        s = style or V(styles)
        groups = " ".join([n[:3], n[3:6], n[6:]]).strip() if len(n) > 6 else n
        if s == "intl_sp":
            return f"+{cc} {groups}"
        if s == "intl_compact":
            return f"+{cc}{n}"
        if s == "00":
            return f"00{cc} {n[:4]} {n[4:]}"
        if s == "national":
            trunk = "" if cc in ("1", "39") else ("8 " if cc == "7" else "0")
            return f"{trunk}{n[:3]} {n[3:]}" if cc != "1" else f"({n[:3]}) {n[3:6]}-{n[6:]}"
        if s == "intl_dash":
            return f"+{cc}-{n[:3]}-{n[3:6]}-{n[6:]}"
        if s == "intl_paren":
            return f"+{cc} (0) {n[:3]} {n[3:]}" if cc not in ("1", "7", "86") else f"+{cc} ({n[:3]}) {n[3:]}"
        return f"+{cc}.{n[:3]}.{n[3:6]}.{n[6:]}"


def handle(base, kind="tg"):
    base = re.sub(r"[^a-z0-9_]", "", base.lower().replace("-", "_").replace(" ", "_"))[:20] or "user"
    for i in range(200):
        h = base if i == 0 else f"{base}{C(['', '_'])}{R.randint(2, 9999)}"
        if claim("handle", h):
            return h
    raise RuntimeError


def handle_fmt(h, kind):
    if kind == "tg":
        return V([f"@{h}", f"t.me/{h}", f"Telegram: @{h}", f"https://t.me/{h}", f"telegram @{h}", f"TG: {h}"])
    if kind == "wx":
        return V([f"WeChat: {h}", f"微信: {h}", f"WeChat ID {h}", f"wechat: {h}", f"微信号：{h}"])
    if kind == "signal":
        return V([f"Signal: @{h}.{R.randint(10, 99)}", f"signal username {h}.01", f"Signal @{h}.07"])
    if kind == "skype":
        return V([f"Skype: live:.cid.{h}", f"skype: {h}"])
    return h


def domain(base, tlds):
    base = ascii_slug(base).replace("--", "-")[:28]
    for i in range(200):
        d = f"{base}.{C(tlds)}" if i == 0 else f"{base}{C(['', '-'])}{C(['group', 'intl', 'global', 'hq', 'online', str(R.randint(2, 99))])}.{C(tlds)}"
        if claim("domain", d):
            return d
    raise RuntimeError


WEBMAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "proton.me", "protonmail.com", "gmx.de", "web.de",
           "yandex.ru", "mail.ru", "163.com", "qq.com", "yahoo.fr", "orange.fr", "hotmail.es", "icloud.com",
           "aol.com", "t-online.de", "libero.it", "tutanota.com"]


def email(p, dom, style=None):
    f, l = ascii_slug(p.first).replace("-", ""), ascii_slug(p.last).replace("-", "")
    pats = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}", f"{f}_{l}", f"{l}.{f}", f"{f[0]}.{l}", f"{f}.{l}{R.randint(1, 99)}",
            f"{f}{R.randint(70, 99)}", f"{l}{f[0]}", f"{f}-{l}"]
    if style is not None:
        pats = [pats[style % 4]] + pats
    for i in range(300):
        local = pats[i] if i < len(pats) else f"{f}.{l}{R.randint(100, 9999)}"
        e = f"{local}@{dom}"
        if claim("email", e):
            return e
    raise RuntimeError


def case_variant(e):
    """Same address written differently (case, mailto, angle brackets)."""
    local, dom = e.split("@")
    return V([e, e.upper() if P(0.1) else local.title().replace(".", ".") + "@" + dom, f"mailto:{e}", f"<{e}>",
              local + " [at] " + dom, local + "@" + dom.upper(), f"{local} (at) {dom.replace('.', ' dot ')}"])


# ----------------------------------------------------------------------------
# profile URLs
# ----------------------------------------------------------------------------
LI_SUB = ["uk", "de", "fr", "es", "ru", "cn", "ae", "nl", "it", "ch", "be", "in", "sg", "hk", "ca", "au", "ir", "pl"]
TRK = ["trk=public_profile_browsemap", "utm_source=share&utm_campaign=share_via&utm_content=profile&utm_medium=ios_app",
       "utm_source=share&utm_medium=member_desktop", "originalSubdomain=uk", "originalSubdomain=de",
       "trk=people-guest_people_search-card", "miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA{r}",
       "lipi=urn%3Ali%3Apage%3Ad_flagship3_profile_view_base%3B{r}", "trk=org-employees",
       "original_referer=https%3A%2F%2Fwww.google.com%2F", "fbclid=IwAR{r}", "si={r}"]


def _rand_token(n):
    return "".join(R.choice(string.ascii_letters + string.digits) for _ in range(n))


def profile_url(p, platform, sub=None):
    base = ascii_slug(p.latin)
    for i in range(500):
        if i == 0 and P(0.35):
            slug = base
        elif P(0.5):
            slug = f"{base}-{''.join(R.choice('0123456789abcdef') for _ in range(C([6, 8, 9])))}"
        elif P(0.5):
            slug = f"{base}-{R.randint(1, 999)}"
        else:
            slug = f"{ascii_slug(p.first)[0]}{ascii_slug(p.last).replace('-', '')}{R.randint(1, 99) if P(0.5) else ''}"
        if claim("slug", platform + ":" + slug):
            break
    if platform == "linkedin":
        host = V(["www.linkedin.com", "linkedin.com", f"{sub or C(LI_SUB)}.linkedin.com", "www.linkedin.com",
                  "m.linkedin.com", "LinkedIn.com"])
        scheme = V(["https://", "https://", "", "http://"])
        url = f"{scheme}{host}/in/{slug}"
        if P(0.45):
            url += "/"
        if P(0.3):
            url += "?" + V(TRK).replace("{r}", _rand_token(10))
    elif platform == "xing":
        url = f"https://www.xing.com/profile/{p.first.replace(' ', '_')}_{p.last.replace(' ', '_')}{R.randint(1, 999) if P(0.6) else ''}"
        url = url if claim("slug", "xingurl:" + url) else f"https://www.xing.com/profile/{slug}"
        if P(0.2):
            url += V(["/cv", "?sc_o=da980_e", "/"])
    elif platform == "x":
        h = handle(ascii_slug(p.first)[:8] + ascii_slug(p.last)[:8], "x")
        url = V([f"https://x.com/{h}", f"https://twitter.com/{h}", f"x.com/{h}", f"https://mobile.twitter.com/{h}"])
    elif platform == "facebook":
        url = V([f"https://www.facebook.com/{slug}", f"https://www.facebook.com/profile.php?id=1000{R.randint(10 ** 10, 10 ** 11)}",
                 f"https://m.facebook.com/{slug}"])
    elif platform == "researchgate":
        url = f"https://www.researchgate.net/profile/{slug.replace('-', '_').title()}"
    else:
        url = f"https://{platform}.example/{slug}"
    assert claim("url", url)
    return url


# ----------------------------------------------------------------------------
# the reporting organisation
# ----------------------------------------------------------------------------
DEPTS = {
    "Defence Systems Engineering": ["radar signal processing", "hypersonic flight testing", "missile seeker design",
                                    "naval sonar arrays", "electronic warfare"],
    "Quantum Technologies Lab": ["quantum sensing", "trapped-ion qubits", "quantum key distribution", "cryogenic control electronics"],
    "Semiconductor R&D": ["GaN power devices", "advanced packaging", "EUV lithography metrology", "RF front-end chips"],
    "Space Programmes": ["satellite ground segment", "optical inter-satellite links", "earth observation payloads"],
    "Cyber Security Operations": ["threat intelligence", "incident response", "OT network security"],
    "Energy & Climate Policy": ["gas supply security", "grid interconnectors", "hydrogen strategy", "nuclear new build"],
    "International Relations": ["China policy", "EU sanctions policy", "Gulf relations", "arms-control negotiations"],
    "Export Control & Compliance": ["dual-use export licensing", "sanctions compliance", "end-user checks"],
    "Procurement & Supply Chain": ["supplier qualification", "rare-earth sourcing", "long-lead components"],
    "Research Computing": ["HPC procurement", "AI model evaluation", "secure research environments"],
    "Human Resources": ["vetting and onboarding", "graduate recruitment"],
    "Communications": ["press relations", "ministerial briefings"],
    "Battery & Materials Science": ["solid-state battery chemistry", "cathode materials", "high-entropy alloys"],
    "Nuclear Engineering": ["reactor thermal hydraulics", "fuel cycle safeguards"],
}
DEPT_NAMES = list(DEPTS)
REPORTERS = []  # (person, email, dept)


def make_reporters():
    REPORTERS.clear()
    cultures = ["en"] * 8 + ["de", "fr", "es", "in", "it", "nl", "pl", "zh", "ar", "us"]
    for dept in DEPT_NAMES:
        for _ in range(R.randint(3, 6)):
            for _t in range(50):
                p = person(C(cultures))
                em = f"{ascii_slug(p.first).replace('-', '')}.{ascii_slug(p.last).replace('-', '')}@org.example"
                if claim("email", em):
                    break
            REPORTERS.append((p, em, dept))


def reporter_in(depts=None):
    pool = [r for r in REPORTERS if depts is None or r[2] in depts]
    return C(pool or REPORTERS)


YEAR_START = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)
YEAR_DAYS = 320
TZS = ["Z", "+00:00", "+01:00", "+02:00", "-05:00", "+05:30", "+08:00", "+04:00", "-08:00", "+03:00"]


def ts_iso(t, tz=None):
    tz = tz or V(TZS)
    if tz == "Z":
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    sign = 1 if tz[0] == "+" else -1
    hh, mm = int(tz[1:3]), int(tz[4:6])
    off = dt.timedelta(hours=hh, minutes=mm) * sign
    loc = t + off
    return loc.strftime("%Y-%m-%dT%H:%M:%S") + tz


def rand_time(start=None, days=None):
    start = start or YEAR_START
    days = YEAR_DAYS if days is None else days
    return start + dt.timedelta(seconds=R.randint(0, max(1, int(days * 86400))))


def work_hours(t):
    return t.replace(hour=R.randint(7, 19), minute=R.randint(0, 59), second=R.randint(0, 59))


# ----------------------------------------------------------------------------
# money in many formats
# ----------------------------------------------------------------------------
def money(lang, lo=300, hi=5000):
    a = R.randint(lo // 50, hi // 50) * 50
    b = a + R.randint(2, 20) * 50
    if lang == "de":
        return V([f"{a:,}".replace(",", ".") + " €", f"€{a:,}".replace(",", "."), f"{a:,}".replace(",", ".") + " bis " + f"{b:,}".replace(",", ".") + " Euro",
                  f"EUR {a:,}".replace(",", ".") + ",-", f"{a} € netto pro Beitrag", f"USD {a:,}".replace(",", ".")])
    if lang == "fr":
        return V([f"{a:,}".replace(",", " ") + " €", f"{a:,}".replace(",", " ") + " euros", f"entre {a} et {b} €",
                  f"{a:,}".replace(",", "\u202f") + " € HT", f"{a:,}".replace(",", " ") + " dollars"])
    if lang == "es":
        return V([f"{a:,}".replace(",", ".") + " dólares", f"{a:,}".replace(",", ".") + " €", f"US$ {a:,}".replace(",", "."),
                  f"entre {a} y {b} euros", f"{a:,}".replace(",", ".") + " USD"])
    if lang == "ru":
        r = a * 90
        return V([f"{r:,}".replace(",", " ") + " ₽", f"{r:,}".replace(",", " ") + " рублей", f"${a:,}".replace(",", " "),
                  f"{a} долларов", f"от {a} до {b} USD"])
    if lang == "zh":
        y = a * 7
        return V([f"¥{y:,}", f"{y:,}元", f"{max(1, y // 10000)}万元人民币", f"{a}美元", f"人民币{y:,}元"])
    if lang == "ar":
        return V([f"{a:,} دولار", f"{a:,} USD", f"$ {a:,}", f"{a * 4:,} درهم", f"{a:,} دولار أمريكي"])
    if lang == "fa":
        return V([f"{a:,} دلار", f"USD {a:,}", f"{a:,}$"])
    return V([f"USD {a:,}–{b:,} per report", f"${a:,}", f"£{a:,}", f"€{a:,}", f"US${a:,} per paper",
              f"{a:,} USD", f"a ${a:,} honorarium", f"GBP {a:,} per piece", f"${a / 1000:.1f}k per report".replace(".0k", "k"),
              f"{a:,} dollars"])


# ----------------------------------------------------------------------------
# hostile phrasing library (generic elicitation beats), per intent and language
# slots: {u} user first name, {me} sender, {org}, {topic}, {amount}, {chan}, {link}, {city}, {conf}, {file}
# ----------------------------------------------------------------------------
HB = {
    "greet": {
        "en": ["Hi {u},", "Dear {u},", "Hello {u}!", "Good afternoon {u},", "Hi {u}, hope your week is going well.",
               "Dear Mr/Ms {ul},", "Hey {u} 🙂", "Greetings {u},", "{u} — hello again,"],
        "de": ["Hallo {u},", "Sehr geehrte/r {ul},", "Guten Tag {u},", "Liebe/r {u},"],
        "fr": ["Bonjour {u},", "Cher/Chère {u},", "Bonjour Madame, Monsieur {ul},", "Salut {u},"],
        "es": ["Hola {u},", "Estimado/a {u}:", "Buenos días {u},"],
        "ru": ["Здравствуйте, {u}!", "Добрый день, {u}.", "Привет, {u}!"],
        "zh": ["{u}您好，", "尊敬的{u}：", "{u}老师好！"],
        "ar": ["مرحباً {u}،", "السيد/السيدة {u} المحترم/ة،", "تحية طيبة {u}،"],
        "fa": ["سلام {u} عزیز،", "{u} گرامی، سلام", "با سلام و احترام {u}،"],
    },
    "flattery": {
        "en": ["I came across your profile and your background in {topic} really stood out.",
               "Your work on {topic} is exactly the expertise our clients keep asking about.",
               "I read your comments on {topic} and was genuinely impressed by the depth.",
               "Few people combine hands-on {topic} experience with your kind of seniority.",
               "Several colleagues recommended you as one of the sharpest minds on {topic}.",
               "Your profile suggests you are very well placed to comment on {topic}."],
        "de": ["Ihr Profil ist mir wegen Ihrer Erfahrung im Bereich {topic} aufgefallen.",
               "Ihre Expertise zu {topic} ist genau das, was unsere Mandanten suchen.",
               "Sie gelten als ausgewiesene/r Kenner/in beim Thema {topic}."],
        "fr": ["Votre parcours dans le domaine {topic} a retenu toute mon attention.",
               "Votre expertise sur {topic} est exactement ce que recherchent nos clients.",
               "On m'a recommandé votre profil comme l'un des meilleurs sur {topic}."],
        "es": ["Su experiencia en {topic} me llamó mucho la atención.",
               "Su perfil encaja perfectamente con lo que buscan nuestros clientes en {topic}."],
        "ru": ["Ваш опыт в области «{topic}» произвёл на меня большое впечатление.",
               "Мне рекомендовали вас как одного из лучших специалистов по теме «{topic}»."],
        "zh": ["拜读了您在{topic}方面的工作，非常钦佩。", "您在{topic}领域的经验正是我们客户所需要的。"],
        "ar": ["لفت انتباهي ملفك المهني وخبرتك في مجال {topic}.", "خبرتك في {topic} هي بالضبط ما يبحث عنه عملاؤنا."],
        "fa": ["سوابق شما در زمینه {topic} بسیار چشمگیر است.", "تخصص شما در حوزه {topic} دقیقاً چیزی است که به دنبالش هستیم."],
    },
    "team": {
        "en": ["Out of interest, how big is your team these days, and who else there works on {topic}?",
               "Who would you say are the key people in your group? I'd love to know who else might be interested.",
               "Is there a colleague of yours who handles the day-to-day side of {topic}? Happy to reach out to them too.",
               "Who actually has access to the test data in your unit — is it a small circle?"],
        "de": ["Wie groß ist Ihr Team eigentlich, und wer beschäftigt sich dort noch mit {topic}?",
               "Gibt es Kolleginnen oder Kollegen, die ich ebenfalls ansprechen könnte?"],
        "fr": ["Combien êtes-vous dans l'équipe, et qui d'autre travaille sur {topic} ?",
               "Auriez-vous un collègue qui suit ce dossier au quotidien ?"],
        "es": ["¿Cuántas personas hay en su equipo y quién más trabaja en {topic}?"],
        "ru": ["Сколько человек у вас в команде и кто ещё занимается темой «{topic}»?"],
        "zh": ["请问您团队有多少人？还有哪些同事负责{topic}？"],
        "ar": ["كم عدد أعضاء فريقك، ومن غيرك يعمل على {topic}؟"],
        "fa": ["تیم شما چند نفر است و چه کسان دیگری روی {topic} کار می‌کنند؟"],
    },
    "programme": {
        "en": ["Where is the {topic} programme at now — still on schedule for next year?",
               "Which suppliers and partners are you working with on {topic}? Purely for context.",
               "What sort of budget is behind the {topic} work, roughly?",
               "Could you walk me through the main milestones you're aiming for on {topic}?"],
        "de": ["Wie ist der aktuelle Stand beim Projekt {topic} – liegt man im Zeitplan?",
               "Mit welchen Zulieferern und Partnern arbeiten Sie bei {topic} zusammen?"],
        "fr": ["Où en est le programme {topic} ? Le calendrier est-il tenu ?",
               "Quels sont vos principaux partenaires industriels sur {topic} ?"],
        "es": ["¿En qué punto está el programa de {topic}? ¿Van según el calendario?"],
        "ru": ["На каком этапе сейчас программа по теме «{topic}»? Укладываетесь в сроки?"],
        "zh": ["{topic}项目目前进展如何？预算和时间表大概是怎样的？"],
        "ar": ["ما هي المرحلة التي وصل إليها برنامج {topic}؟ ومن هم الموردون الرئيسيون؟"],
        "fa": ["پروژه {topic} الان در چه مرحله‌ای است؟ طبق برنامه پیش می‌رود؟"],
    },
    "internal": {
        "en": ["How are decisions on {topic} actually made internally — who signs off?",
               "Is there any reorganisation coming that would affect your area? Our client is trying to read the tea leaves.",
               "What is the internal mood on {topic} ahead of the next announcement?",
               "Is the leadership leaning one way or the other on {topic}? Any sense of the negotiating position?"],
        "de": ["Wer entscheidet bei Ihnen intern über {topic}, und wie ist die Stimmung im Haus?",
               "Steht eine Umstrukturierung an, die Ihren Bereich betrifft?"],
        "fr": ["Comment se prennent les décisions en interne sur {topic} ? Qui valide ?",
               "Y a-t-il une réorganisation en préparation dans votre direction ?"],
        "es": ["¿Cómo se toman internamente las decisiones sobre {topic}? ¿Quién firma?"],
        "ru": ["Как у вас внутри принимаются решения по теме «{topic}»? Кто утверждает?"],
        "zh": ["内部对{topic}的决策是怎么做的？由谁拍板？"],
        "ar": ["كيف تُتخذ القرارات داخلياً بشأن {topic}؟ ومن يوقّع عليها؟"],
        "fa": ["تصمیم‌گیری داخلی درباره {topic} چگونه است؟ چه کسی تأیید نهایی می‌کند؟"],
    },
    "travel": {
        "en": ["Will you be travelling to any conferences this spring? It would be great to meet in person.",
               "Are you by any chance in {city} in the coming weeks? I'm there on the 14th.",
               "Which events are you attending this year? I'll try to plan my trips around yours."],
        "de": ["Sind Sie in nächster Zeit auf Konferenzen unterwegs? Vielleicht in {city}?"],
        "fr": ["Serez-vous en déplacement prochainement ? Je passe par {city} le mois prochain."],
        "es": ["¿Tiene previsto viajar a algún congreso próximamente? Yo estaré en {city}."],
        "ru": ["Вы не собираетесь в ближайшее время в {city}? Было бы здорово встретиться."],
        "zh": ["您最近会去{city}出差吗？很希望能当面拜访。"],
        "ar": ["هل ستسافر إلى {city} قريباً؟ يسعدني أن نلتقي."],
        "fa": ["آیا به زودی به {city} سفر می‌کنید؟ خوشحال می‌شوم حضوری ملاقات کنیم."],
    },
    "technical": {
        "en": ["What kind of performance figures are you seeing in testing? Even ballpark numbers would help.",
               "Are the test results on {topic} better than what has been published?",
               "What are the key parameters — range, tolerance, that sort of thing — on the current design?"],
        "de": ["Welche Testergebnisse sehen Sie bei {topic}? Grobe Zahlen würden schon helfen."],
        "fr": ["Quels résultats d'essais obtenez-vous sur {topic} ? Même des ordres de grandeur."],
        "es": ["¿Qué resultados están obteniendo en las pruebas de {topic}?"],
        "ru": ["Какие результаты испытаний вы получаете? Хотя бы порядок цифр."],
        "zh": ["目前测试数据如何？大概的性能参数能分享一下吗？"],
        "ar": ["ما هي نتائج الاختبارات التي تحصلون عليها في {topic}؟"],
        "fa": ["نتایج آزمایش‌ها در {topic} چطور بوده؟ حتی اعداد تقریبی کمک می‌کند."],
    },
    "documents": {
        "en": ["If you have any slides or internal notes on {topic} you could share, that would be incredibly helpful.",
               "Anything you can send over — presentations, drafts, even old reports — would give our client the context they need.",
               "Could you share the briefing pack from your last internal meeting? Just for background."],
        "de": ["Falls Sie Präsentationen oder interne Unterlagen zu {topic} teilen könnten, wäre das sehr hilfreich."],
        "fr": ["Si vous pouviez partager quelques documents internes ou présentations, ce serait très utile."],
        "es": ["Si pudiera compartir alguna presentación o documento interno, nos ayudaría muchísimo."],
        "ru": ["Если есть какие-то презентации или внутренние материалы, которыми можно поделиться, — будет очень полезно."],
        "zh": ["如果方便的话，能否分享一些内部资料或汇报材料？仅供参考。"],
        "ar": ["إذا كان بإمكانك مشاركة أي عروض أو وثائق داخلية، فسيكون ذلك مفيداً جداً."],
        "fa": ["اگر اسلاید یا گزارش داخلی دارید که بتوانید به اشتراک بگذارید، خیلی کمک می‌کند."],
    },
    "cv_clearance": {
        "en": ["Could you send me your latest CV? Please make sure it lists your security clearance level and when it was granted.",
               "For the client's screening I'll need a CV that mentions your vetting status (SC/DV) explicitly.",
               "Please include your clearance and the programmes you were cleared for — it helps us a lot."],
        "de": ["Senden Sie mir bitte Ihren Lebenslauf, gern mit Angabe Ihrer Sicherheitsüberprüfung (Ü2/Ü3)."],
        "fr": ["Pourriez-vous m'envoyer votre CV en précisant votre niveau d'habilitation (Confidentiel/Secret Défense) ?"],
        "es": ["¿Podría enviarme su CV indicando su nivel de habilitación de seguridad?"],
        "ru": ["Пришлите, пожалуйста, резюме с указанием вашего допуска."],
        "zh": ["请发一份您的简历，注明您的安全许可级别。"],
        "ar": ["أرجو إرسال سيرتك الذاتية مع ذكر مستوى التصريح الأمني."],
        "fa": ["لطفاً رزومه خود را همراه با سطح مجوز امنیتی‌تان ارسال کنید."],
    },
    "off_record": {
        "en": ["This would be a completely informal chat, nothing official.", "Just between us, of course.",
               "Strictly off the record — I'm only after your personal view."],
        "de": ["Das wäre ein ganz informelles Gespräch, nichts Offizielles.", "Natürlich ganz unter uns."],
        "fr": ["Ce serait un échange tout à fait informel, rien d'officiel.", "Entre nous, bien sûr."],
        "es": ["Sería una charla totalmente informal, nada oficial.", "Entre nosotros, por supuesto."],
        "ru": ["Это абсолютно неформальный разговор, ничего официального.", "Строго между нами."],
        "zh": ["只是非正式的交流，不涉及任何官方内容。", "就我们俩私下聊聊。"],
        "ar": ["مجرد حديث غير رسمي، لا شيء رسمي.", "بيننا فقط بالطبع."],
        "fa": ["فقط یک گفت‌وگوی کاملاً غیررسمی است.", "البته فقط بین خودمان."],
    },
    "money": {
        "en": ["Our client pays {amount} for short written pieces, usually 3–5 pages.",
               "We can offer {amount} for each report, paid promptly.",
               "The fee would be {amount}; we can pay via PayPal, Wise or crypto, whatever suits you.",
               "For an hour of your time we'd offer {amount}, plus more for follow-up papers."],
        "de": ["Unser Auftraggeber zahlt {amount} für kurze Analysen von 3–5 Seiten.",
               "Wir bieten {amount} pro Bericht, die Zahlung erfolgt zügig."],
        "fr": ["Notre client rémunère {amount} pour de courtes notes de 3 à 5 pages.",
               "La rémunération serait de {amount} par rapport."],
        "es": ["Nuestro cliente paga {amount} por informes breves.", "Podemos ofrecer {amount} por cada informe."],
        "ru": ["Заказчик платит {amount} за короткую аналитическую записку.", "Мы готовы заплатить {amount} за каждый отчёт."],
        "zh": ["每篇报告我们可以支付{amount}。", "一小时咨询费{amount}，后续报告另计。"],
        "ar": ["يدفع عميلنا {amount} مقابل كل تقرير قصير.", "يمكننا تقديم {amount} لكل ساعة استشارة."],
        "fa": ["مشتری ما برای هر گزارش کوتاه {amount} پرداخت می‌کند."],
    },
    "off_platform": {
        "en": ["LinkedIn messages are a bit clunky — could we continue on WhatsApp? {chan}",
               "I'm rarely on here; easier to reach me on Telegram: {chan}",
               "Can you add me on WeChat? {chan}", "Shall we move this to Signal? {chan}",
               "Please drop me a line on my personal address instead: {chan}"],
        "de": ["Können wir auf WhatsApp weitermachen? {chan}", "Am besten erreichen Sie mich über Telegram: {chan}",
               "Schreiben Sie mir gern an meine private Adresse: {chan}"],
        "fr": ["Pouvons-nous continuer sur WhatsApp ? {chan}", "Le plus simple est de me joindre sur Telegram : {chan}",
               "Écrivez-moi plutôt sur mon adresse personnelle : {chan}"],
        "es": ["¿Seguimos por WhatsApp? {chan}", "Mejor escríbame por Telegram: {chan}"],
        "ru": ["Давайте продолжим в Telegram: {chan}", "Удобнее в WhatsApp: {chan}"],
        "zh": ["方便加个微信吗？{chan}", "领英不太方便，我们微信聊吧：{chan}"],
        "ar": ["هل يمكننا متابعة الحديث على واتساب؟ {chan}", "تواصل معي عبر تيليغرام: {chan}"],
        "fa": ["می‌توانیم در واتس‌اپ ادامه دهیم؟ {chan}", "در تلگرام پیام بدهید: {chan}"],
    },
    "secrecy": {
        "en": ["I'd appreciate it if you kept this between us for now — no need to mention it to your employer.",
               "Our client values discretion, so please treat this as confidential.",
               "Best not to loop in your HR or security team at this stage; it only complicates things."],
        "de": ["Bitte behandeln Sie das vertraulich – Ihr Arbeitgeber muss davon nichts wissen.",
               "Diskretion ist unserem Mandanten sehr wichtig."],
        "fr": ["Merci de garder cela confidentiel ; inutile d'en parler à votre employeur.",
               "Notre client tient beaucoup à la discrétion."],
        "es": ["Le agradecería que esto quedara entre nosotros; no hace falta comentarlo en su empresa."],
        "ru": ["Прошу сохранить это в тайне, работодателю сообщать не нужно."],
        "zh": ["请对此保密，不必告知您的单位。"],
        "ar": ["أرجو أن يبقى هذا سرياً، لا داعي لإبلاغ جهة عملك."],
        "fa": ["لطفاً این موضوع محرمانه بماند، لازم نیست به کارفرمایتان بگویید."],
    },
    "speaking": {
        "en": ["We would love you to give a keynote at {conf} in {city} — business-class flights, 5-star hotel and an attractive fee are all covered.",
               "You are invited as a distinguished speaker at {conf}; all expenses paid plus an honorarium.",
               "Our institute would host you in {city} for a two-day seminar, everything covered."],
        "de": ["Wir würden Sie gern als Keynote-Speaker zu {conf} nach {city} einladen – alle Kosten übernehmen wir, dazu ein attraktives Honorar."],
        "fr": ["Nous serions ravis de vous inviter comme intervenant à {conf} à {city}, tous frais payés et honoraires attractifs."],
        "es": ["Nos encantaría invitarle como ponente principal en {conf} en {city}, con todos los gastos pagados."],
        "ru": ["Приглашаем вас выступить на {conf} в {city}: перелёт бизнес-классом и гонорар за наш счёт."],
        "zh": ["诚邀您出席在{city}举办的{conf}并作主旨演讲，往返机票、酒店及讲课费均由我方承担。"],
        "ar": ["يسعدنا دعوتك كمتحدث رئيسي في {conf} في {city}، مع تغطية كاملة للمصاريف ومكافأة مجزية."],
        "fa": ["از شما دعوت می‌کنیم به عنوان سخنران در {conf} در {city} شرکت کنید؛ تمام هزینه‌ها پرداخت می‌شود."],
    },
    "credentials": {
        "en": ["To access the speaker portal please sign in with your work account here: {link}",
               "You'll receive a 6-digit code by SMS in a moment — could you send it to me so I can activate your speaker access?",
               "Please join the remote session via {link} so our technician can set up your presentation.",
               "The interview questions are in a shared document; log in with your organisation email to open it: {link}"],
        "de": ["Bitte melden Sie sich mit Ihrem Dienstkonto im Referentenportal an: {link}",
               "Sie erhalten gleich einen Code per SMS – bitte schicken Sie ihn mir zur Freischaltung."],
        "fr": ["Merci de vous connecter avec votre compte professionnel sur l'espace intervenants : {link}",
               "Vous allez recevoir un code à 6 chiffres, pourriez-vous me le transmettre pour activer votre accès ?"],
        "es": ["Por favor, inicie sesión con su cuenta corporativa en el portal de ponentes: {link}",
               "Recibirá un código por SMS; envíemelo para activar su acceso."],
        "ru": ["Пожалуйста, войдите через рабочую учётную запись по ссылке: {link}"],
        "zh": ["请用您的工作邮箱登录会议系统：{link}"],
        "ar": ["يرجى تسجيل الدخول بحساب العمل عبر الرابط: {link}", "ستصلك رسالة برمز التحقق، أرجو إرساله لي لتفعيل حسابك."],
        "fa": ["لطفاً با ایمیل کاری خود از این لینک وارد شوید: {link}", "کد تأییدی که برایتان پیامک می‌شود را برای من بفرستید."],
    },
    "malware_lure": {
        "en": ["The next step is a short technical assessment — please download {file} and run it on your work laptop, it checks your environment.",
               "Could you clone the repo {link} and run the test suite? It takes 20 minutes.",
               "I've attached the job description ({file}); the password is in my next message.",
               "Please install our interview tool from {link} before the call; it records the coding exercise."],
        "es": ["Le envío la prueba técnica ({file}); por favor ejecútela en su ordenador de trabajo.",
               "Clone el repositorio {link} y ejecute los tests, son 20 minutos."],
        "de": ["Bitte laden Sie {file} herunter und führen Sie den Test auf Ihrem Arbeitsrechner aus."],
        "fr": ["Merci de télécharger {file} et de lancer le test sur votre poste de travail."],
        "ru": ["Скачайте, пожалуйста, {file} и запустите тест на рабочем компьютере."],
        "zh": ["请下载{file}，在工作电脑上运行测试程序。"],
        "ar": ["يرجى تنزيل {file} وتشغيله على جهاز العمل."],
        "fa": ["لطفاً فایل {file} را دانلود و روی لپ‌تاپ کاری اجرا کنید."],
    },
    "passport": {
        "en": ["To book your flights and hotel I'll need a scan of your passport (photo page) and your date of birth.",
               "Please send your passport number and expiry date so our travel desk can arrange the visa invitation.",
               "Our travel agent needs a copy of your passport by Friday."],
        "de": ["Für die Flugbuchung benötige ich eine Kopie Ihres Reisepasses."],
        "fr": ["Pour réserver vos vols, j'aurais besoin d'une copie de votre passeport."],
        "es": ["Para reservar los vuelos necesito una copia de su pasaporte."],
        "ru": ["Для бронирования билетов пришлите, пожалуйста, скан паспорта."],
        "zh": ["为了预订机票，请提供护照信息页扫描件。"],
        "ar": ["لحجز التذاكر، أحتاج إلى نسخة من جواز سفرك."],
        "fa": ["برای رزرو پرواز، تصویر صفحه اول گذرنامه‌تان را بفرستید."],
    },
    "close": {
        "en": ["Looking forward to hearing from you.", "Thanks so much, talk soon!", "Best regards,\n{me}", "Kind regards, {me}",
               "Cheers, {me}", "Let me know what you think.", "Many thanks in advance."],
        "de": ["Beste Grüße\n{me}", "Ich freue mich auf Ihre Rückmeldung.", "Viele Grüße, {me}"],
        "fr": ["Bien cordialement,\n{me}", "Au plaisir de vous lire.", "Belle journée, {me}"],
        "es": ["Un saludo,\n{me}", "Quedo a la espera de su respuesta.", "Saludos cordiales, {me}"],
        "ru": ["С уважением,\n{me}", "Жду вашего ответа.", "Спасибо!"],
        "zh": ["期待您的回复！", "祝好，{me}", "谢谢！"],
        "ar": ["مع خالص التحيات،\n{me}", "بانتظار ردك.", "شكراً جزيلاً."],
        "fa": ["با احترام،\n{me}", "منتظر پاسخ شما هستم.", "ممنون"],
    },
}

HOSTILE_FOLLOWUP = {
    "en": ["Thanks for getting back to me!", "Great, that's really helpful.", "Totally understand.", "Perfect, thank you.",
           "No problem at all.", "Appreciate the quick reply.", "Of course, no pressure."],
    "de": ["Danke für Ihre Rückmeldung!", "Verstehe ich völlig.", "Sehr gut, vielen Dank."],
    "fr": ["Merci pour votre retour !", "Je comprends tout à fait.", "Parfait, merci."],
    "es": ["¡Gracias por responder!", "Lo entiendo perfectamente.", "Perfecto, gracias."],
    "ru": ["Спасибо за ответ!", "Понимаю.", "Отлично, спасибо."],
    "zh": ["谢谢您的回复！", "理解理解。", "太好了，谢谢。"],
    "ar": ["شكراً على ردك!", "أفهم تماماً.", "ممتاز، شكراً."],
    "fa": ["ممنون از پاسخ شما!", "کاملاً درک می‌کنم.", "عالی، ممنون."],
}

USER_REPLY = {
    "en": ["Thanks for reaching out. What exactly is this about?", "Hi, thanks — can you tell me a bit more about your organisation?",
           "I'm happy to chat in general terms but I can't discuss anything about current work.",
           "I'd need to run this past my line manager first.", "Sorry, I don't really use WhatsApp for work contacts.",
           "Interesting. Who is the client?", "I'm not sure that's something I can share.",
           "Sure, I have a few minutes next week.", "Not really my area, to be honest.",
           "How did you find my profile?", "I'll think about it.", "That sounds a bit unusual — why the need for discretion?",
           "Thanks. I'm travelling a lot at the moment, so replies may be slow.", "Ok, what would you need from me?",
           "I don't think I'm the right person, sorry.", "Can you send me something on your company letterhead?",
           "Appreciate it, but I'd rather keep things on LinkedIn.", "Happy to help if it's public information.",
           "Who else have you spoken to at our place?", "Let me check my diary and come back to you."],
    "de": ["Danke für die Nachricht. Worum geht es genau?", "Dazu kann ich leider nichts sagen.",
           "Das müsste ich erst mit meiner Vorgesetzten abklären.", "Für welchen Auftraggeber arbeiten Sie?",
           "Ich bleibe lieber hier auf XING/LinkedIn.", "Klingt interessant, schicken Sie mir gern Details."],
    "fr": ["Merci pour votre message. De quoi s'agit-il exactement ?", "Je ne peux pas parler de mon travail actuel.",
           "Je dois d'abord en parler à ma hiérarchie.", "Qui est votre client ?", "Je préfère rester sur LinkedIn."],
    "es": ["Gracias por escribir. ¿De qué se trata exactamente?", "No puedo hablar de mi trabajo actual.",
           "Tendría que consultarlo con mi responsable.", "¿Quién es el cliente?"],
}


# ----------------------------------------------------------------------------
# coordinated-operation styles
# ----------------------------------------------------------------------------
def _orgs(a, b, c, extra=None):
    def f():
        A, B, Cc = V(a), V(b), V(c)
        full = f"{A} {B} {Cc}".strip()
        acr = "".join(w[0] for w in full.split() if w[0].isalpha()).upper()
        vs = [full, full + V([" Ltd", " Ltd.", " Limited", " LLC", " Pte. Ltd.", " GmbH", " SARL", " Inc."]), f"{A} {B}",
              acr, f"{acr} {Cc}", full.upper(), full.replace(" ", "")]
        if extra:
            vs.append(extra(A, B, Cc))
        return full, vs
    return f


STYLES = {}


def style(name, **kw):
    kw["name"] = name
    STYLES[name] = kw


style("think_tank_paid_reports", held_out=False,
      cultures=[("zh", 4), ("en", 3), ("us", 1), ("in", 1)], langs=[("en", 7), ("zh", 3)],
      platforms=[("linkedin", 10)], locs=["Hong Kong", "Singapore", "Shanghai, China", "London, United Kingdom", "Beijing", "Shenzhen, Guangdong", "Kuala Lumpur"],
      phone_cc=["hk", "sg", "cn"],
      titles=["Research Director", "Senior Analyst", "Project Manager", "Head of Client Relations", "Research Associate", "Partner", "Business Development Manager"],
      org=_orgs(["Global", "Pacific", "Horizon", "Silk Bridge", "Everbright", "Summit", "Harmony", "Orient", "Blue Ocean", "Meridian", "Jade Gate", "Greatwall"],
                ["Strategic", "Policy", "Insight", "Research", "Advisory", "Risk"], ["Consulting", "Institute", "Partners", "Group", "Think Tank", "Solutions"],
                extra=lambda A, B, Cc: f"{A} {B}（香港）有限公司"),
      pitch={"en": ["I'm with {org}, a consultancy that provides policy insight to Asian investors and government-linked clients.",
                    "We run a small research programme at {org} and are looking for part-time experts to write short papers.",
                    "{org} advises clients across Asia on Western policy trends; we'd value your perspective.",
                    "I lead a project at {org} on technology and regulation, and we pay independent experts for background reports.",
                    "Our think tank ({org}) is building a panel of overseas advisers."],
             "zh": ["我在{org}工作，是一家为亚洲客户提供政策研究的咨询公司。", "我们{org}正在招募海外兼职专家撰写简短报告。", "{org}希望邀请您担任我们的顾问。"]},
      intents=["money", "documents", "internal", "programme", "off_platform", "secrecy", "team", "travel", "off_record"],
      core=["money"], chans=["wx", "wa", "mail"], traces=["org", "site", "phone", "handle", "email_dom", "photo", "about", "script", "money_phrase", "handoff", "target", "timing", "skills"],
      about=["{org} is an independent consultancy connecting global expertise with Asia-Pacific decision makers. Research | Policy | Advisory.",
             "Experienced analyst. Passionate about bridging East and West through research and dialogue. Always happy to connect with experts.",
             "Looking for talented consultants on policy, energy, technology and defence. Flexible remote projects, competitive pay."],
      skills=["Policy Analysis", "Consulting", "Research", "Business Development", "International Relations", "Market Research", "Strategy"],
      conn=(40, 500), depts=["International Relations", "Energy & Climate Policy", "Defence Systems Engineering", "Export Control & Compliance", "Semiconductor R&D"],
      conv_p=0.85)

style("exec_search_cleared", held_out=False,
      cultures=[("en", 5), ("us", 2), ("de", 1), ("fr", 1), ("nl", 1)], langs=[("en", 8), ("de", 1), ("fr", 1)],
      platforms=[("linkedin", 10)], locs=["London, England, United Kingdom", "Reading, UK", "Bristol", "Amsterdam", "Munich, Bavaria", "Greater London", "Toulouse"],
      phone_cc=["uk", "nl", "de"],
      titles=["Senior Consultant – Defence & Security", "Talent Acquisition Partner", "Executive Search Consultant", "Principal Recruiter, Aerospace",
              "Headhunter | Cleared Engineering", "Associate Director, Defence Practice"],
      org=_orgs(["Sterling", "Ashford", "Kingsbridge", "Carlisle", "Northgate", "Redwood", "Vantage", "Halden", "Orion", "Brightwater", "Castellan"],
                ["Talent", "Executive", "Search", "Defence", "Technical"], ["Partners", "Search", "Recruitment", "Associates", "Consulting"]),
      pitch={"en": ["I'm recruiting for a confidential client — a major defence prime — for a senior role that matches your experience.",
                    "We have an exclusive mandate for a Lead Engineer position with a tier-1 aerospace client, package around £140k.",
                    "I'm working on a retained search for a discreet client in the sector; the role is remote-first and very well paid.",
                    "One of our clients in the Gulf is building a new R&D centre and is hiring senior people from your field."],
             "de": ["Ich suche im Auftrag eines vertraulichen Kunden aus der Rüstungsindustrie eine Führungskraft mit Ihrem Profil."],
             "fr": ["Je recrute pour un client confidentiel du secteur défense un poste senior qui correspond à votre profil."]},
      intents=["cv_clearance", "team", "programme", "off_platform", "secrecy", "technical", "travel"],
      core=["cv_clearance"], chans=["wa", "tg", "mail"], traces=["org", "site", "phone", "handle", "email_dom", "photo", "about", "script", "handoff", "target", "timing", "created"],
      about=["Specialist headhunter in defence, aerospace and security-cleared engineering. Confidential searches for leading primes worldwide.",
             "Connecting cleared talent with exceptional opportunities. DV/SC/NATO roles. All conversations in strict confidence.",
             "15+ years placing engineers in defence and space. Let's talk about your next move."],
      skills=["Executive Search", "Headhunting", "Defence", "Aerospace", "Talent Acquisition", "Security Clearance Recruitment"],
      conn=(150, 500), depts=["Defence Systems Engineering", "Space Programmes", "Nuclear Engineering", "Quantum Technologies Lab"],
      conv_p=0.85)

style("deepfake_policy_network", held_out=False,
      cultures=[("en", 5), ("us", 4)], langs=[("en", 10)], platforms=[("linkedin", 10)],
      locs=["Washington, District of Columbia", "Arlington, Virginia", "London", "Brussels", "New York City Metropolitan Area"],
      phone_cc=["us"],
      titles=["Senior Fellow", "Research Fellow", "Policy Analyst", "Visiting Scholar", "Program Associate", "Non-Resident Fellow"],
      org=_orgs(["Atlantic", "Center for", "Institute for", "Hudson Valley", "Transatlantic", "Carnegie Hill", "Potomac"],
                ["Strategic", "Security", "Policy", "Global"], ["Futures", "Studies", "Forum", "Dialogue", "Initiative"]),
      pitch={"en": ["I'm building my network of people working on {topic}, would be great to connect.",
                    "Saw we have several connections in common — I'd love to add you to my network.",
                    "I work on transatlantic policy and your perspective on {topic} would be valuable.",
                    "Would be glad to connect. I'm researching {topic} for an upcoming paper."]},
      intents=["internal", "team", "off_record", "travel"], core=[], chans=["mail"], short=True,
      traces=["org", "about", "script", "created", "edu", "skills", "target", "timing"],
      about=["Policy analyst focused on Russia, Eurasia and transatlantic security. Views my own.",
             "Researcher interested in emerging technology, great-power competition and economic statecraft.",
             "Fellow working at the intersection of technology and national security. Previously {org}."],
      skills=["Foreign Policy", "National Security", "International Relations", "Economics", "Research", "Public Policy"],
      conn=(12, 80), depts=["International Relations", "Energy & Climate Policy", "Communications", "Export Control & Compliance"],
      conv_p=0.6, gan=True)

style("fake_conference_phish", held_out=False,
      cultures=[("en", 3), ("fa", 3), ("ar", 1), ("de", 2), ("us", 1)], langs=[("en", 6), ("fa", 2), ("de", 1), ("ar", 1)],
      platforms=[("linkedin", 7), ("x", 2), ("facebook", 1)], locs=["Munich, Germany", "Vienna, Austria", "Geneva", "London", "Berlin", "Istanbul", "Dubai"],
      phone_cc=["de", "ch", "tr", "ae"],
      titles=["Conference Coordinator", "Program Chair", "Event Manager", "Editor", "Senior Correspondent", "Speaker Relations"],
      org=_orgs(["International", "Munich", "Global", "Euro-Atlantic", "Vienna", "Middle East", "Geneva"],
                ["Security", "Strategic", "Policy", "Energy", "Defence"], ["Summit", "Dialogue", "Forum", "Conference", "Review"]),
      pitch={"en": ["On behalf of the {org} organising committee, I'm pleased to invite you to speak on a panel about {topic}.",
                    "I'm preparing an interview series for {org} and would value your expert comments on {topic}.",
                    "The {org} would like to feature you in an online roundtable on {topic} next month.",
                    "I am a journalist with {org}; we are preparing a special report on {topic} and would like to interview you."],
             "fa": ["از طرف کمیته برگزاری {org} از شما برای سخنرانی در پنل {topic} دعوت می‌کنم.", "برای گزارشی در {org} مایلم با شما مصاحبه کنم."],
             "de": ["Im Namen des Organisationskomitees von {org} lade ich Sie herzlich zu einem Panel über {topic} ein."],
             "ar": ["نيابة عن اللجنة المنظمة لـ{org}، يسعدني دعوتك للمشاركة في جلسة حول {topic}."]},
      intents=["credentials", "speaking", "travel", "off_record", "internal"], core=["credentials"], chans=["mail"],
      traces=["org", "site", "link", "photo", "about", "script", "handoff", "email_dom", "target", "timing", "attachment"],
      link_fmt=["https://{d}/speaker/login?id={t}", "https://{d}/webinar/{t}", "https://drive.{d}/s/{t}", "https://{d}/invite?u={t}", "hxxps://{d}/auth/{t}"],
      link_tlds=["org", "info", "online", "live", "net", "site"],
      files=["Programme_Draft.pdf", "Speaker_Guidelines.docx", "Invitation_Letter.pdf", "Interview_Questions.pdf"],
      about=["Organising dialogue on global security since 2009. Views are my own.",
             "Journalist and editor covering energy, security and the Middle East.",
             "Event professional connecting policymakers, experts and industry."],
      skills=["Event Management", "Journalism", "Public Relations", "International Security", "Editing"],
      conn=(30, 500), depts=["International Relations", "Nuclear Engineering", "Cyber Security Operations", "Energy & Climate Policy", "Communications"],
      conv_p=0.9)

style("dream_job_malware", held_out=False,
      cultures=[("en", 3), ("us", 3), ("es", 2), ("ko", 1), ("in", 1)], langs=[("en", 8), ("es", 2)],
      platforms=[("linkedin", 10)], locs=["San Francisco Bay Area", "Singapore", "Remote", "Austin, Texas", "Madrid, Comunidad de Madrid", "Seoul", "London"],
      phone_cc=["us", "sg", "es"],
      titles=["Technical Recruiter", "Talent Acquisition Lead", "HR Manager", "Engineering Hiring Manager", "Recruitment Specialist"],
      org=_orgs(["Nexa", "BlockForge", "Quantix", "Aurora", "Helix", "Corvus", "Polaris", "Zenith", "Arcane"],
                ["Capital", "Labs", "Digital", "Systems", "Defense"], ["", "Technologies", "Holdings", "Group"]),
      pitch={"en": ["We're hiring a Senior Engineer at {org} — fully remote, $180–240k plus token allocation. Your profile is a strong match.",
                    "I'm a recruiter at {org}. We're expanding our R&D team and your background in {topic} caught my eye.",
                    "Our client in the aerospace sector is hiring for a lead role — very competitive package, relocation optional.",
                    "{org} is looking for someone with your skills for a contract role; the process is short: one technical test and a call."],
             "es": ["Estamos contratando en {org} un/a Senior Engineer, 100% remoto y con un salario muy competitivo.",
                    "Soy reclutadora en {org}; su perfil encaja muy bien con una vacante en I+D."]},
      intents=["malware_lure", "off_platform", "cv_clearance", "secrecy"], core=["malware_lure"], chans=["wa", "tg", "mail"],
      traces=["org", "site", "handle", "link", "attachment", "photo", "about", "script", "email_dom", "created", "target", "timing"],
      link_fmt=["https://github.com/{d0}/{t}-assessment", "https://{d}/careers/test/{t}", "https://gitlab.com/{d0}/{t}", "https://{d}/download/{t}.zip", "https://bitbucket.org/{d0}/{t}"],
      link_tlds=["io", "com", "dev", "app", "tech"],
      files=["JD_Senior_Engineer.pdf.zip", "Skills_Assessment.iso", "Technical_Test_v2.zip", "Job_Description.docx", "coding_challenge.tar.gz", "Oferta_Puesto.zip", "Salary_Benefits.pdf.lnk"],
      about=["Hiring top engineers for the future of decentralised finance. DM me!",
             "Recruiting talent for high-growth technology and defence companies worldwide.",
             "Passionate about connecting engineers with life-changing opportunities."],
      skills=["Technical Recruiting", "Blockchain", "Talent Acquisition", "Headhunting", "Sourcing", "Cryptocurrency"],
      conn=(60, 500), depts=["Research Computing", "Cyber Security Operations", "Semiconductor R&D", "Space Programmes"],
      conv_p=0.9)

style("visiting_scholar_elicitation", held_out=False,
      cultures=[("zh", 7), ("en", 1), ("ru", 1)], langs=[("en", 6), ("zh", 4)],
      platforms=[("linkedin", 7), ("researchgate", 3)], locs=["Beijing, China", "Harbin", "Xi'an, Shaanxi", "Nanjing", "Chengdu, Sichuan", "Hong Kong SAR"],
      phone_cc=["cn"],
      titles=["PhD Candidate", "Visiting Researcher", "Associate Professor", "Postdoctoral Fellow", "Research Assistant", "Lecturer"],
      org=None,
      claims=["Harbin Institute of Technology", "Beihang University", "Northwestern Polytechnical University", "Nanjing University of Science and Technology",
              "National University of Defense Technology", "Beijing Institute of Technology", "Harbin Engineering University", "University of Electronic Science and Technology of China"],
      pitch={"en": ["I am a researcher working on {topic} and I have read your papers with great interest.",
                    "I will be a visiting scholar in Europe next year and hope to learn from your group's work on {topic}.",
                    "My supervisor suggested I contact you about a possible research exchange on {topic}.",
                    "I am writing my thesis on {topic} and your work is central to my literature review."],
             "zh": ["我是研究{topic}方向的博士生，仔细拜读了您的论文。", "我导师建议我联系您，希望能在{topic}方面交流合作。", "明年我将作为访问学者赴欧，希望能到您的课题组学习。"]},
      intents=["documents", "technical", "team", "programme", "off_platform", "travel", "money"], core=["documents"], chans=["wx", "mail"],
      traces=["claim", "handle", "photo", "about", "script", "email_dom", "handoff", "target", "timing", "skills", "edu"],
      about=["Researcher interested in {topic}. Open to collaboration and academic exchange.",
             "PhD student. Research interests: signal processing, materials, advanced manufacturing.",
             "Looking for international cooperation opportunities. 欢迎交流合作！"],
      skills=["MATLAB", "Signal Processing", "Materials Science", "Research", "Python", "Finite Element Analysis", "Academic Writing"],
      conn=(5, 220), depts=["Quantum Technologies Lab", "Semiconductor R&D", "Battery & Materials Science", "Defence Systems Engineering", "Nuclear Engineering"],
      conv_p=0.85)

style("energy_beratung_de", held_out=False,
      cultures=[("de", 6), ("ru", 3), ("en", 1)], langs=[("de", 7), ("ru", 1), ("en", 2)],
      platforms=[("xing", 5), ("linkedin", 5)], locs=["Berlin", "Hamburg", "Frankfurt am Main", "Wien", "Zug, Schweiz", "Düsseldorf"],
      phone_cc=["de", "ch"],
      titles=["Geschäftsführer", "Senior Berater", "Projektleiterin", "Referent Energiepolitik", "Partner", "Beraterin Public Affairs"],
      org=_orgs(["Nordstrom", "Baltic", "Eurasia", "Kontinental", "Ostsee", "Rhein", "Elbe", "Transkontinental"],
                ["Energie", "Strategie", "Politik", "Dialog"], ["Consulting GmbH", "Beratung", "Partners", "Forum", "Institut"],
                extra=lambda A, B, Cc: f"ООО «{A} {B}»"),
      pitch={"de": ["Ich bin Berater bei {org}; wir erstellen für Industrie­kunden Hintergrundanalysen zur Energie- und Sicherheitspolitik.",
                    "{org} sucht für ein Projekt zur Versorgungssicherheit erfahrene Gesprächspartner aus Ministerien und Verwaltung.",
                    "Für eine vertrauliche Studie unseres Hauses ({org}) würden wir gern Ihre Einschätzung einholen.",
                    "Wir bei {org} organisieren einen kleinen Expertenkreis zu {topic} – Ihre Sicht wäre uns wichtig."],
             "ru": ["Я представляю {org}, мы готовим аналитику по энергетической политике для промышленных клиентов.",
                    "{org} ищет экспертов из госструктур для консультаций по теме «{topic}»."],
             "en": ["I'm a consultant with {org}; we prepare background analysis on energy and security policy for industrial clients."]},
      intents=["internal", "money", "off_record", "documents", "team", "travel", "off_platform", "secrecy"], core=["internal"], chans=["tg", "mail", "signal"],
      traces=["org", "site", "phone", "handle", "email_dom", "photo", "about", "script", "money_phrase", "handoff", "target", "timing"],
      about=["Unabhängige Beratung an der Schnittstelle von Energie, Politik und Wirtschaft. Vertraulichkeit ist unser Prinzip.",
             "Netzwerker zwischen Ost und West. Schwerpunkte: Energiepolitik, Regulierung, Versorgungssicherheit.",
             "Public Affairs | Energie | Strategie. Ich freue mich über Kontaktanfragen."],
      skills=["Energiepolitik", "Public Affairs", "Beratung", "Strategie", "Regulierung", "Lobbying"],
      conn=(30, 400), depts=["Energy & Climate Policy", "International Relations", "Export Control & Compliance"],
      conv_p=0.85)

style("cabinet_conseil_fr", held_out=False,
      cultures=[("fr", 5), ("zh", 3), ("en", 1)], langs=[("fr", 7), ("en", 2), ("zh", 1)],
      platforms=[("linkedin", 10)], locs=["Paris, Île-de-France", "Lyon", "Shanghai", "Hong Kong", "Bruxelles", "Genève"],
      phone_cc=["fr", "hk", "cn"],
      titles=["Chargée de recrutement", "Consultant senior", "Directeur associé", "Responsable partenariats", "Chasseur de têtes"],
      org=_orgs(["Cabinet", "Groupe", "Agence"], ["Horizon", "Lumière", "Saint-Honoré", "Azur", "Orient-Express", "Méridien", "Étoile"],
                ["Conseil", "Partners", "Stratégie", "Recrutement", "International"]),
      pitch={"fr": ["Je travaille pour {org}, cabinet qui accompagne des clients asiatiques souhaitant mieux comprendre les politiques européennes.",
                    "{org} recherche des experts pour des missions ponctuelles de conseil, très bien rémunérées.",
                    "Un de nos clients aimerait vous inviter à un séminaire d'échange à Shanghai, tous frais pris en charge.",
                    "Votre profil correspond parfaitement à une mission de conseil pour un grand groupe international."],
             "en": ["I work for {org}, which helps Asian clients understand European policy — we offer well-paid short missions."],
             "zh": ["我们{org}诚邀您赴上海参加交流研讨会，所有费用由我方承担。"]},
      intents=["speaking", "passport", "money", "internal", "documents", "off_platform", "secrecy", "cv_clearance"], core=["speaking"], chans=["wx", "wa", "mail"],
      traces=["org", "site", "phone", "handle", "email_dom", "photo", "about", "script", "money_phrase", "handoff", "target", "timing"],
      about=["Cabinet de conseil spécialisé dans l'accompagnement des entreprises internationales en Europe.",
             "Passionnée par les échanges franco-chinois. Recrutement, conseil, relations internationales.",
             "Consultant en stratégie. Missions de courte durée pour experts confirmés."],
      skills=["Conseil", "Recrutement", "Relations internationales", "Stratégie", "Chinois", "Négociation"],
      conn=(40, 500), depts=["International Relations", "Space Programmes", "Nuclear Engineering", "Export Control & Compliance", "Defence Systems Engineering"],
      conv_p=0.85)

style("fake_outlet_journalists", held_out=False,
      cultures=[("en", 3), ("pl", 2), ("ru", 2), ("de", 2), ("us", 1)], langs=[("en", 6), ("ru", 1), ("de", 2), ("es", 1)],
      platforms=[("linkedin", 5), ("x", 4), ("facebook", 1)], locs=["Warsaw", "Vilnius", "Berlin", "London", "Riga", "Kyiv", "Brussels"],
      phone_cc=["pl", "de", "uk", "be"],
      titles=["Freelance Journalist", "Editor-in-Chief", "Investigative Reporter", "Contributing Editor", "Correspondent"],
      org=_orgs(["Baltic", "Eastern", "European", "Continental", "Free", "New", "Independent"], ["Policy", "Security", "Affairs", "Post"],
                ["Review", "Insider", "Observer", "Monitor", "Journal", "Times"]),
      pitch={"en": ["I'm writing a piece for {org} on {topic} and would love a short comment from someone with your insight.",
                    "We at {org} are investigating {topic}; your name came up as someone who really knows the details.",
                    "Quick question for an article in {org}: how do people inside see the current debate on {topic}?",
                    "I'm a journalist with {org}. Could we talk briefly about {topic}? Anonymity guaranteed."],
             "de": ["Ich schreibe für {org} einen Artikel über {topic} und würde Sie gern kurz zitieren – auf Wunsch anonym."],
             "ru": ["Я готовлю материал для {org} о теме «{topic}». Могли бы вы анонимно прокомментировать?"],
             "es": ["Escribo un artículo para {org} sobre {topic}; ¿podría darme un comentario anónimo?"]},
      intents=["off_record", "internal", "team", "documents", "off_platform", "secrecy"], core=["off_record"], chans=["signal", "tg", "mail"],
      traces=["org", "site", "handle", "email_dom", "photo", "about", "script", "handoff", "target", "timing", "created"],
      about=["Journalist covering security, energy and European politics. DMs open. Signal available.",
             "Independent reporter. Tips welcome, sources protected.",
             "Editor. Writing about what governments don't want you to know."],
      skills=["Journalism", "Investigative Reporting", "Editing", "Media Relations", "Political Analysis"],
      conn=(20, 400), depts=["Communications", "International Relations", "Energy & Climate Policy", "Cyber Security Operations"],
      conv_p=0.85)

style("connection_farm", held_out=False,
      cultures=[("en", 3), ("us", 3), ("es", 2), ("in", 1), ("tr", 1)], langs=[("en", 7), ("es", 3)],
      platforms=[("linkedin", 10)], locs=["United States", "Miami, Florida", "Madrid", "Dubai, United Arab Emirates", "Istanbul", "London Area, United Kingdom"],
      phone_cc=["us", "ae", "tr"],
      titles=["HR Business Partner", "Talent Manager", "Recruiting Coordinator", "Business Consultant", "Career Coach", "Investment Advisor"],
      org=_orgs(["Prime", "Elite", "Apex", "Crown", "Infinity", "Global"], ["Talent", "Career", "Business"], ["Hub", "Network", "Solutions", "Connect"]),
      pitch={"en": ["Hi, I'd like to add you to my professional network.", "Let's connect! Always great to meet professionals in {topic}.",
                    "Hello, I see we work in similar fields. Would love to connect.", "I'm expanding my network in your industry — happy to connect."],
             "es": ["Hola, me gustaría añadirte a mi red profesional.", "¡Conectemos! Siempre es bueno conocer profesionales del sector."]},
      intents=["off_platform", "team", "travel"], core=[], chans=["wa", "tg"], short=True,
      traces=["org", "photo", "about", "script", "created", "skills", "handle", "target", "timing", "edu"],
      about=["Helping professionals grow their careers. Let's connect!", "Business consultant. Open to new opportunities and partnerships.",
             "People person. HR. Talent. Growth mindset. 🚀"],
      skills=["Human Resources", "Recruiting", "Networking", "Leadership", "Management", "Sales"],
      conn=(3, 160), depts=None, conv_p=0.5)

# ---- test-only styles (never generated without --held-out) ----
style("gulf_advisory_board", held_out=True,
      cultures=[("ar", 5), ("en", 3), ("in", 1)], langs=[("en", 6), ("ar", 4)],
      platforms=[("linkedin", 10)], locs=["Dubai, United Arab Emirates", "Doha, Qatar", "Abu Dhabi", "Riyadh", "London"],
      phone_cc=["ae", "qa"],
      titles=["Managing Director", "Investment Director", "Chief of Staff", "Advisory Board Secretary", "Principal"],
      org=_orgs(["Al Noor", "Falcon", "Crescent", "Oasis", "Pearl", "Sandstone", "Desert Rose"], ["Capital", "Sovereign", "Strategic", "Investment"],
                ["Advisory", "Partners", "Holdings", "Group"]),
      pitch={"en": ["I represent {org}, a family office investing in advanced technology; we are forming an international advisory board.",
                    "Our principals at {org} would like to invite you to join a small advisory board — quarterly meetings, generous retainer.",
                    "{org} is evaluating investments related to {topic} and seeks senior advisers from your field."],
             "ar": ["أمثل {org}، ونحن بصدد تشكيل مجلس استشاري دولي في مجال التقنيات المتقدمة.", "يسرّ {org} دعوتك للانضمام إلى مجلسنا الاستشاري بمكافأة سخية."]},
      intents=["internal", "money", "passport", "travel", "programme", "secrecy", "off_platform"], core=["money"], chans=["wa", "mail"],
      traces=["org", "site", "phone", "handle", "email_dom", "photo", "about", "script", "money_phrase", "handoff", "target", "timing"],
      about=["Investment professional. Technology, infrastructure, long-term capital.", "Family office executive. Building bridges between the Gulf and Europe.",
             "Advisor to sovereign and private investors."],
      skills=["Private Equity", "Investments", "Strategy", "Board Relations", "Venture Capital"],
      conn=(80, 500), depts=["Semiconductor R&D", "Quantum Technologies Lab", "Nuclear Engineering", "Energy & Climate Policy"], conv_p=0.85)

style("language_exchange_rapport", held_out=True,
      cultures=[("ru", 6), ("en", 1), ("de", 1)], langs=[("en", 6), ("ru", 3), ("de", 1)],
      platforms=[("linkedin", 6), ("facebook", 4)], locs=["Moscow", "Saint Petersburg", "Minsk", "Riga", "Limassol, Cyprus", "Berlin"],
      phone_cc=["ru"],
      titles=["English teacher", "Translator", "Marketing Specialist", "Event Manager", "Student", "Interpreter"],
      org=None, claims=["Freelance", "Lingua Bridge", "Self-employed", "Moscow State Linguistic University", "Language Club"],
      pitch={"en": ["I'm practising my English and your profile looked friendly 😊 Do you mind if we chat sometimes?",
                    "I'm looking for a language exchange partner — I can help with Russian if you like!",
                    "Sorry for writing out of the blue, I just liked your post about {topic}. Where are you based?",
                    "We were both at the same webinar last week, I think? I recognised your name 🙂 How are you?"],
             "ru": ["Я ищу партнёра для языкового обмена, могу помочь с русским 😊", "Извините, что пишу просто так — понравился ваш пост. Вы где живёте?",
                    "Мы, кажется, были на одном вебинаре на прошлой неделе? Узнала ваше имя 🙂"],
             "de": ["Ich suche einen Tandempartner, um mein Deutsch zu verbessern 😊", "Entschuldigung, dass ich einfach so schreibe – Ihr Beitrag hat mir gefallen. Wo wohnen Sie?"]},
      user_replies=["Hi, sure, happy to chat a bit.", "Hello! Where are you based?", "Sorry, I don't really do language exchanges.",
                    "Ha, nice. My Russian is non-existent though.", "Thanks, that's kind. I'm pretty busy at the moment.", "Hi! Do we know each other?",
                    "Sure, why not.", "I'm in the office most days, not much travel."],
      intents=["travel", "off_platform", "team", "secrecy", "internal"], core=["travel"], chans=["tg", "wa"], casual=True,
      traces=["handle", "photo", "about", "script", "handoff", "target", "timing", "created"],
      about=["Love travelling, languages and good coffee ☕", "Translator EN-RU-DE. Curious about people and cultures.",
             "Always learning. Books, music, mountains."],
      skills=["Translation", "English", "Russian", "Teaching", "Communication"],
      conn=(10, 150), depts=None, conv_p=0.9)

style("podcast_remote_session", held_out=True,
      cultures=[("es", 3), ("en", 3), ("fa", 2), ("us", 2)], langs=[("en", 5), ("es", 3), ("fa", 2)],
      platforms=[("linkedin", 6), ("x", 4)], locs=["Barcelona", "Mexico City", "Toronto", "London", "Madrid", "Remote"],
      phone_cc=["es", "us"],
      titles=["Host & Producer", "Podcast Producer", "Booking Manager", "Presentadora", "Editorial Lead"],
      org=_orgs(["Deep", "Frontier", "Signal", "Open", "Future", "Hidden"], ["Tech", "Policy", "Security", "Science"], ["Talks", "Podcast", "Pod", "Sessions", "Radio"]),
      pitch={"en": ["I host {org}, a podcast on science and security, and we'd love to have you as a guest to talk about {topic}.",
                    "We're recording a special episode of {org} on {topic} — would you join us for 40 minutes?",
                    "Big fan of your work! {org} would like to interview you for our next season."],
             "es": ["Presento {org}, un pódcast sobre ciencia y seguridad; nos encantaría entrevistarte sobre {topic}.",
                    "Estamos grabando un episodio especial de {org} sobre {topic}, ¿te animas?"],
             "fa": ["من مجری پادکست {org} هستم و مایلیم درباره {topic} با شما گفت‌وگو کنیم."]},
      intents=["credentials", "malware_lure", "travel", "team", "off_record"], core=["credentials"], chans=["mail", "signal"],
      traces=["org", "site", "link", "photo", "about", "script", "email_dom", "handoff", "target", "timing", "attachment"],
      link_fmt=["https://{d}/studio/join/{t}", "https://studio.{d}/r/{t}", "https://{d}/guest?token={t}", "https://rec.{d}/{t}"],
      link_tlds=["fm", "studio", "live", "audio", "show"],
      files=["Guest_Brief.pdf", "Episode_Outline.docx", "Recording_Setup.exe", "Pauta_Entrevista.pdf"],
      about=["Podcaster. Curious about science, technology and the people behind it.", "Producer. Telling stories that matter.",
             "Presentadora y productora de contenidos sonoros."],
      skills=["Podcasting", "Audio Production", "Interviewing", "Content Creation", "Journalism"],
      conn=(50, 500), depts=["Quantum Technologies Lab", "Cyber Security Operations", "Space Programmes", "Research Computing"], conv_p=0.9)

style("procurement_supplier_survey", held_out=True,
      cultures=[("en", 3), ("de", 2), ("zh", 3), ("in", 1)], langs=[("en", 6), ("de", 2), ("zh", 2)],
      platforms=[("linkedin", 10)], locs=["Frankfurt", "Singapore", "Shenzhen", "Rotterdam", "Birmingham, UK", "Stuttgart"],
      phone_cc=["sg", "de", "cn"],
      titles=["Supply Chain Analyst", "Sourcing Manager", "Market Intelligence Lead", "Procurement Consultant", "Category Manager"],
      org=_orgs(["Trident", "Keystone", "Vector", "Anchor", "Lodestar", "Axiom"], ["Supply", "Sourcing", "Market", "Industrial"],
                ["Intelligence", "Analytics", "Insights", "Partners"]),
      pitch={"en": ["{org} is running an industry benchmarking survey on {topic} supply chains; participants receive the final report and a thank-you fee.",
                    "I'm mapping the supplier landscape for {topic} for a manufacturing client and would value 20 minutes of your time.",
                    "We are compiling a confidential market study on {topic} components and your input would be paid."],
             "de": ["{org} führt eine Lieferantenstudie zu {topic} durch; Teilnehmende erhalten eine Aufwandsentschädigung."],
             "zh": ["{org}正在做{topic}供应链调研，参与者可获得报告及酬金。"]},
      intents=["programme", "technical", "documents", "money", "team", "off_platform"], core=["programme"], chans=["mail", "wx", "wa"],
      traces=["org", "site", "link", "phone", "email_dom", "photo", "about", "script", "money_phrase", "handoff", "target", "timing"],
      link_fmt=["https://{d}/survey/{t}", "https://forms.{d}/s/{t}", "https://{d}/study?ref={t}"],
      link_tlds=["com", "net", "co", "biz"],
      files=["Survey_Questionnaire.xlsx", "NDA_Participant.pdf"],
      about=["Supply chain analytics for industrial clients. Benchmarking | Sourcing | Risk.", "Procurement professional, 10+ years in electronics and aerospace.",
             "Market intelligence for manufacturers."],
      skills=["Supply Chain Management", "Procurement", "Market Research", "Sourcing", "Analytics"],
      conn=(60, 500), depts=["Procurement & Supply Chain", "Semiconductor R&D", "Space Programmes", "Battery & Materials Science"], conv_p=0.85)

CITIES = ["Beijing", "Shanghai", "Singapore", "Dubai", "Doha", "Istanbul", "Vienna", "Geneva", "Moscow", "Minsk", "Hong Kong", "Tehran",
          "Abu Dhabi", "Macau", "Baku", "Belgrade", "Budapest", "Kuala Lumpur", "Bangkok", "Almaty"]
CONFS = ["the International Forum on Emerging Technology", "the Global Security Dialogue", "the Asia-Europe Innovation Summit",
         "the World Energy Futures Conference", "the International Symposium on Advanced Materials", "the Silk Road Think Tank Forum",
         "the Future Defence Technologies Congress", "the Global Governance Roundtable"]


# ----------------------------------------------------------------------------
# shared profile helpers
# ----------------------------------------------------------------------------
USED["org"] = set()
BIG_EMPLOYERS = ["Deloitte", "PwC", "Accenture", "Siemens", "Huawei", "HSBC", "KPMG", "Capgemini", "Tencent", "Alibaba Group",
                 "Sberbank", "Thales", "Airbus", "BAE Systems", "Rolls-Royce", "EY", "IBM", "Oracle", "Bosch", "SAP",
                 "Leonardo", "Safran", "Ericsson", "Nokia", "McKinsey & Company", "Hays", "Michael Page", "Randstad",
                 "Reuters", "BBC", "Le Monde", "Telefónica", "Santander", "Emirates Group", "Lenovo", "ByteDance",
                 "Samsung Electronics", "Infosys", "Tata Consultancy Services", "Vodafone", "Orange", "Deutsche Telekom"]
SCHOOLS = ["University of Manchester", "King's College London", "University of Edinburgh", "TU München", "Sciences Po",
           "Universidad Complutense de Madrid", "Lomonosov Moscow State University", "Tsinghua University", "Peking University",
           "American University of Beirut", "University of Tehran", "Georgetown University", "Johns Hopkins SAIS", "LSE",
           "Humboldt-Universität zu Berlin", "Université Paris-Saclay", "National University of Singapore", "Fudan University",
           "MGIMO", "University of Warsaw", "Delft University of Technology", "IE Business School", "University of Toronto",
           "Imperial College London", "ETH Zürich", "Politecnico di Milano", "University of Leeds", "Cardiff University"]
DEGREES = ["BA", "BSc", "MA", "MSc", "MBA", "PhD", "LLM", "MEng", "Diplom", "Master 2", "Licenciatura", "Bachelor"]
FIELDS = ["International Relations", "Economics", "Political Science", "Electrical Engineering", "Computer Science",
          "Physics", "Business Administration", "Journalism", "Law", "Materials Science", "Chemistry", "Mechanical Engineering",
          "Human Resources Management", "History", "Public Policy", "Mathematics"]
GENERIC_SKILLS = ["Communication", "Leadership", "Project Management", "Microsoft Office", "Teamwork", "Negotiation",
                  "Data Analysis", "Public Speaking", "Strategic Planning", "Stakeholder Management", "Research",
                  "Python", "Excel", "Problem Solving", "Presentation Skills"]
LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "ru": "Russian", "zh": "Chinese", "ar": "Arabic",
              "fa": "Persian", "it": "Italian", "nl": "Dutch", "pl": "Polish", "in": "Hindi", "ko": "Korean", "tr": "Turkish", "us": "English"}


def ym(y0, y1):
    y = R.randint(y0, y1)
    return V([f"{y}-{R.randint(1, 12):02d}", str(y), f"{y}-{R.randint(1, 12):02d}"])


def rand_edu(n=None):
    out = []
    for _ in range(n if n is not None else W([(0, 1), (1, 5), (2, 3)])):
        y = R.randint(1995, 2022)
        e = {"school": C(SCHOOLS)}
        if P(0.85):
            e["degree"] = C(DEGREES)
        if P(0.75):
            e["field"] = C(FIELDS)
        if P(0.7):
            e["start"], e["end"] = str(y), str(y + R.randint(1, 5))
        out.append(e)
    return out


def prior_jobs(n):
    out = []
    y = 2024
    for _ in range(n):
        y1 = y - R.randint(1, 5)
        j = {"title": C(["Analyst", "Consultant", "Project Manager", "Research Assistant", "Engineer", "Account Manager",
                          "Associate", "Coordinator", "Specialist", "Intern", "Officer", "Team Lead"]), "company": C(BIG_EMPLOYERS)}
        if P(0.7):
            j["start"], j["end"] = str(y1), str(y)
        out.append(j)
        y = y1
    return out


def fresh_org(st):
    for _ in range(60):
        full, vs = st["org"]()
        keys = [full.lower()] + [v.lower() for v in vs[2:]]
        if not any(k in USED["org"] for k in keys):
            for k in keys:
                USED["org"].add(k)
            return full, vs
    for _ in range(200):
        full, vs = st["org"]()
        if claim("org", full):
            return full, [v for v in vs if v.lower() not in USED["org"] or v == full] or [full]
    for i in range(2, 10000):
        if claim("org", f"{full} {i}"):
            return f"{full} {i}", [f"{full} {i}"]


def connections(lo, hi):
    c = R.randint(lo, hi)
    return c


def photo_unique():
    return {"present": True, "sha256": new_hash("photo")}


def fill(_tmpl, **kw):
    class D(dict):
        def __missing__(self, k):
            return "{" + k + "}"
    return _tmpl.format_map(D(**kw))


def beat(intent, lang):
    if intent == "off_platform":
        return "{offp}"
    d = HB[intent]
    lst = d.get(lang) or d["en"]
    return V(lst)


RECROPS = []


# ----------------------------------------------------------------------------
# campaign engine
# ----------------------------------------------------------------------------
ABOUT_CLAUSES = ["Based in {city} for the last {n} years.", "{n}+ years of experience.", "Previously at {emp}.", "Alumnus of {school}.",
                 "Fluent in {lang1} and {lang2}.", "Happy to connect with professionals in {field}.", "Father of two, marathon runner.",
                 "Coffee lover ☕ and amateur photographer.", "Always open to new ideas.", "Member of the {city} chapter of {assoc}.",
                 "Speaker at {n} international events.", "MBA, {school}.", "Former {emp} employee.", "Volunteer mentor.",
                 "Interested in {field} and {field2}.", "Passionate about {field}.", "Mother, reader, hiker.", "Proud {city} native."]


def personal_clauses(k=None):
    out = []
    for _ in range(k if k is not None else R.randint(1, 2)):
        out.append(fill(C(ABOUT_CLAUSES), city=C(CITIES + UK_CITIES), n=R.randint(3, 25), emp=C(BIG_EMPLOYERS), school=C(SCHOOLS),
                        lang1=C(list(LANG_NAMES.values())), lang2="English", field=C(FIELDS).lower(), field2=C(FIELDS).lower(),
                        assoc=C(["IEEE", "Rotary", "Toastmasters", "the Chamber of Commerce", "the Business Club", "the Young Professionals Network"])))
    return " ".join(out)


def mutate_text(t):
    """A lightly edited copy of reused text (operators copy, paste and tweak)."""
    r = R.random()
    if r < 0.35:
        return t
    if r < 0.5:
        return t.rstrip(".") + V([" 🙂", " |", ".", " — DM me.", " ✉", ""])
    if r < 0.65:
        return t.replace(" and ", " & ", 1)
    if r < 0.8:
        parts = t.split(". ")
        return ". ".join(parts[:-1]) + "." if len(parts) > 1 else t.lower().capitalize()
    return V(["Hello! ", "Hi, ", "", "👋 "]) + t


def link_for(st, dom, d0):
    t = _rand_token(R.randint(6, 10))
    return fill(V(st["link_fmt"]), d=dom, d0=d0, t=t)


class Infra:
    pass


def make_infra(st, size, solo=False):
    inf = Infra()
    inf.st = st
    care = "solo" if solo else W([("careful", 0.3), ("normal", 0.5), ("sloppy", 0.2)])
    inf.care = care
    pool = list(st["traces"])
    if solo:
        inf.enabled = {}
    else:
        if care == "careful":
            keep, lo, hi = sample(pool, R.randint(3, 4)), 0.15, 0.4
        elif care == "normal":
            keep, lo, hi = sample(pool, R.randint(5, 8)), 0.25, 0.6
        else:
            keep, lo, hi = sample(pool, R.randint(7, len(pool))), 0.4, 0.85
        inf.enabled = {t: R.uniform(lo, hi) for t in keep}
    if st.get("org"):
        inf.org_full, inf.org_vars = fresh_org(st)
    else:
        inf.org_full, inf.org_vars = None, []
    inf.claim = C(st["claims"]) if st.get("claims") else None
    base = inf.org_full or (inf.claim or "research") + " " + _rand_token(3)
    inf.site = domain(V([base, "".join(w[0] for w in base.split()), base.split()[0] + "-" + C(["consult", "advisory", "group", "intl", "global", "research"])]),
                      st.get("link_tlds") or ["com", "org", "net", "co", "com.hk", "de", "fr", "io"])
    inf.site2 = domain(inf.site.split(".")[0] + C(["-mail", "-hq", "-online", "-portal", "mail"]), ["com", "net", "org"]) if P(0.4) else inf.site
    inf.mail_dom = V([inf.site, inf.site2, inf.site])
    inf.link_dom = domain(C(["secure", "meet", "portal", "login", "event", "cloud", "docs", "share"]) + "-" + inf.site.split(".")[0][:10],
                          st.get("link_tlds") or ["com", "net"]) if P(0.6) else inf.site
    inf.link_d0 = ascii_slug(inf.site.split(".")[0])[:14] + C(["-hr", "-dev", "", "-careers", "-team"])
    inf.phone = Phone(C(st["phone_cc"]))
    ch = C(st["chans"])
    inf.chan_kind = ch
    nm = person(C([c for c, _ in st["cultures"]]))
    if ch == "tg":
        inf.handle = handle(C([ascii_slug(nm.first), ascii_slug(nm.first) + "_" + ascii_slug(nm.last)[:4], inf.site.split(".")[0][:10] if inf.org_full else ascii_slug(nm.last)]) + C(["_desk", "_team", "", "_hr", "_pa", "", "_" + str(R.randint(70, 99))]), "tg")
    elif ch == "wx":
        inf.handle = handle(C(["wxid_", "", ""]) + ascii_slug(nm.first) + C(["_bj", "_sh", "_hk", "88", "2020", ""]), "wx")
    elif ch == "signal":
        inf.handle = handle(ascii_slug(nm.first) + C(["_news", "_desk", "_tips", ""]), "signal")
    elif ch == "wa":
        inf.handle = Phone(C(st["phone_cc"]), mobile=True)
    else:
        inf.handle = email(nm, C(WEBMAIL))
    inf.photos = [new_hash("photo") for _ in range(max(1, size // 5 + (1 if P(0.5) else 0)))]
    inf.about = fill(V(st["about"]), org=V(inf.org_vars) if inf.org_vars else "", topic=C(C(list(DEPTS.values())))) + " " + personal_clauses(1)
    if inf.org_full and P(0.5):
        inf.about += " " + V([f"Contact: {inf.site}", f"More at www.{inf.site}", f"Part of the {inf.org_full} team.", f"Email me: info@{inf.site}"])
    sidx = R.randrange(max(len(v) for v in st["pitch"].values()))
    inf.script = {lg: sidx % len(v) for lg, v in st["pitch"].items()}  # aligned index = the same script in translation
    inf.script_flat = {lg: V(v) for lg, v in HB["flattery"].items()}
    inf.money = {lg: money(lg) for lg in ["en", "de", "fr", "es", "ru", "zh", "ar", "fa"]}
    inf.created0 = YEAR_START.date() + dt.timedelta(days=R.randint(-200, 200))
    inf.edu = rand_edu(1)[0]
    inf.skills = sample(st["skills"], R.randint(3, len(st["skills"]))) + sample(GENERIC_SKILLS, R.randint(0, 3))
    inf.files = sample(st.get("files") or ["Brief.pdf"], 2)
    depts = st.get("depts") or DEPT_NAMES
    inf.targets = sample(depts, R.randint(1, 2))
    inf.waves = []
    for _ in range(R.randint(1, 3)):
        inf.waves.append((YEAR_START + dt.timedelta(days=R.randint(0, YEAR_DAYS - 20)), R.randint(2, 14)))
    return inf


def assign_traces(inf, size):
    en = inf.enabled
    sets = [set() for _ in range(size)]
    if not en:
        return sets
    keys = list(en)
    for t in keys:
        for s in sets:
            if P(en[t]):
                s.add(t)
    for t in keys:  # each enabled trace shared by >=2 members, but never by every member
        have = [i for i in range(size) if t in sets[i]]
        if len(have) == size and size > 1:
            sets[C(have)].discard(t)
        have = [i for i in range(size) if t in sets[i]]
        if len(have) < 2 and size >= 3:
            for i in sample([i for i in range(size) if t not in sets[i]], 2 - len(have)):
                sets[i].add(t)
    for i in range(size):
        if not sets[i]:
            sets[i].add(C(keys))
    for _pass in range(20):  # re-check the "never on every member" rule until stable
        changed = False
        for t in keys:
            have = [i for i in range(size) if t in sets[i]]
            if len(have) == size and size > 1:
                changed = True
                multi = [i for i in have if len(sets[i]) > 1]
                j = C(multi) if multi else C(have)
                sets[j].discard(t)
                if not sets[j]:
                    other = [k for k in keys if k != t and sum(1 for x in sets if k in x) < size - 1]
                    if other:
                        sets[j].add(C(other))
        if not changed:
            break
    return sets


def hostile_persona(st, inf, T, me, others, kind_label):
    """Build one (profile, conversation, reporter...) record for a fake persona."""
    plat = W(st["platforms"])
    sub = {"de": "de", "fr": "fr", "es": "es", "ru": "ru", "zh": "cn", "ar": "ae", "fa": "ir"}.get(me.culture)
    url = profile_url(me, plat, sub if P(0.5) else None)
    disp = me.display()
    prof = {"schema": "vetlink/profile/v1"} if P(0.7) else {}
    prof["platform"] = plat
    prof["url"] = url
    prof["name"] = disp
    # organisation shown
    if st.get("org"):
        if "org" in T:
            orgname = V(inf.org_vars)
        else:
            full, vs = fresh_org(st)
            orgname = V([full, vs[1], full, vs[-1] if vs[-1] != vs[2] else full]) if len(vs) >= 3 else full  # own cover org, long forms only
    else:
        orgname = inf.claim if ("claim" in T and inf.claim) else C(st.get("claims") or BIG_EMPLOYERS)
    title = V(st["titles"])
    shown = orgname if P(0.88) else C(["Independent", "Freelance", "Self-employed", "Consultant"])
    hl = V([f"{title} at {shown}", f"{title} | {shown}", f"{title} @ {shown}", f"{title} – {shown}", title,
            f"{shown} · {title}", f"{title}, {shown} | {C(['Policy', 'Research', 'Talent', 'Strategy', 'Tech'])}"])
    if P(0.93):
        prof["headline"] = hl
    if P(0.85):
        prof["location"] = V(st["locs"])
    # photo
    if "photo" in T:
        if P(0.25):
            h = new_hash("recrop")
            RECROPS.append(h)
            prof["photo"] = {"present": True, "sha256": h}
        else:
            prof["photo"] = {"present": True, "sha256": C(inf.photos)}
    elif st.get("gan") or P(0.8):
        prof["photo"] = photo_unique()
    elif P(0.5):
        prof["photo"] = {"present": False}
    lo, hi = st["conn"]
    c = connections(lo, hi)
    prof["connections"] = min(c, 500)
    if c >= 500:
        prof["connections_capped"] = True
    if P(0.4):
        prof["followers"] = c + R.randint(0, 300)
    if P(0.5):
        prof["mutual_connections"] = R.randint(0, 12)
    if "created" in T:
        prof["created"] = (inf.created0 + dt.timedelta(days=R.randint(-6, 6))).isoformat()
    elif P(0.3):
        prof["created"] = dt.date(R.randint(2012, 2026), R.randint(1, 12), R.randint(1, 28)).isoformat()
    if P(0.2):
        prof["verified"] = {"identity": False, "workplace": False} if P(0.7) else {"phone": True}
    # about
    if "about" in T:
        prof["about"] = mutate_text(inf.about)
    elif P(0.75):
        t = fill(V(st["about"]), org=orgname, topic=C(C(list(DEPTS.values()))))
        t = t if P(0.6) else mutate_text(t)
        prof["about"] = (t + " " + personal_clauses()).strip() if P(0.85) else personal_clauses(2)
    # experience
    exp = [{"title": title, "company": shown}]
    if P(0.7):
        exp[0]["start"] = ym(2019, 2026)
        exp[0]["end"] = None
    if "site" in T and P(0.5):
        exp[0]["company_url"] = V([f"https://www.{inf.site}", f"https://{inf.site}/", f"http://{inf.site}"])
    exp += prior_jobs(W([(0, 3), (1, 4), (2, 3), (3, 1)]))
    if P(0.92):
        prof["experience"] = exp
    if "edu" in T:
        prof["education"] = [dict(inf.edu)]
    elif "claim" in T and inf.claim and P(0.6):
        prof["education"] = [{"school": inf.claim, "degree": C(["PhD", "MSc", "MEng"])}]
    else:
        e = rand_edu()
        if e:
            prof["education"] = e
    if "skills" in T:
        prof["skills"] = list(inf.skills)
    elif P(0.6):
        prof["skills"] = sample(st["skills"], R.randint(1, 4)) + sample(GENERIC_SKILLS, R.randint(0, 4))
    if P(0.6):
        prof["languages"] = sorted(set([LANG_NAMES.get(me.culture, "English"), "English"] + ([C(list(LANG_NAMES.values()))] if P(0.3) else [])))
    if P(0.3):
        prof["endorsements"] = R.randint(0, 60)
    # contact block
    contact = {}
    if "email_dom" in T:
        e = email(me, inf.mail_dom)
        contact["emails"] = [e if P(0.7) else case_variant(e)]
    elif P(0.25):
        contact["emails"] = [email(me, C(WEBMAIL))]
    if "phone" in T and P(0.8):
        contact["phones"] = [inf.phone.fmt()]
    elif P(0.1):
        contact["phones"] = [Phone(C(st["phone_cc"]), mobile=True).fmt()]
    if "site" in T:
        contact["websites"] = [V([f"https://{inf.site}", f"www.{inf.site}", f"http://{inf.site}/en/", inf.site, f"https://www.{inf.site}/team"])]
    chan_str = chan_string(inf, T, me, st)
    if "handle" in T and P(0.45):
        contact["messaging"] = [chan_str]
    if contact:
        prof["contact"] = contact
    if P(0.3):
        prof["activity"] = [{"date": (YEAR_START + dt.timedelta(days=R.randint(-90, 200))).date().isoformat(),
                             "kind": C(["post", "share", "like", "comment"]),
                             "text": V(["Great insights on the future of " + C(C(list(DEPTS.values()))) + "!",
                                        "Honoured to be part of this discussion.", "We are hiring! DM me.",
                                        "Interesting read. Thoughts?", "Congratulations to the whole team!",
                                        "Excited to announce my new position!"])}]
    # timing, target
    if "timing" in T:
        w0, wl = C(inf.waves)
        t = w0 + dt.timedelta(seconds=R.randint(0, wl * 86400))
    else:
        t = rand_time()
    t = work_hours(t)
    rep = reporter_in(inf.targets) if "target" in T else reporter_in(None)
    rec = {"profile": prof}
    conv_needed = any(k in T for k in ("script", "handoff", "link", "money_phrase", "attachment")) or ("handle" in T and "messaging" not in contact)
    if conv_needed or P(st["conv_p"]):
        rec["conversation"] = hostile_conv(st, inf, T, me, disp, others, rep, chan_str, orgname, t)
    rec["reporter"] = rep[1]
    rec["department"] = rep[2]
    rec["reported_at"] = ts_iso(t + dt.timedelta(hours=R.randint(0, 72)))
    return rec


def chan_string(inf, T, me, st):
    kind = inf.chan_kind
    if "handle" in T:
        if kind == "wa":
            return V(["WhatsApp ", "WA: ", "", "whatsapp "]) + inf.handle.fmt()
        if kind == "mail":
            return case_variant(inf.handle)
        return handle_fmt(inf.handle, kind)
    # a persona-specific channel (not shared)
    if kind == "wa":
        return V(["WhatsApp ", "WA: ", ""]) + Phone(C(st["phone_cc"]), mobile=True).fmt()
    if kind == "mail":
        return email(me, C(WEBMAIL))
    return handle_fmt(handle(ascii_slug(me.first) + C(["", "_", "."]).replace(".", "") + ascii_slug(me.last)[:6], kind), kind)


CHAN_WORDS = {"wa": ["WhatsApp", "واتس"], "tg": ["Telegram", "تيليغرام", "تلگرام"], "wx": ["WeChat", "微信"], "signal": ["Signal"],
              "mail": ["address", "Adresse", "adresse"]}
OFFP_GENERIC = {"en": ["You can reach me directly: {chan}", "Easier to talk outside LinkedIn — {chan}", "My direct contact: {chan}"],
                "de": ["Direkt erreichen Sie mich hier: {chan}", "Mein direkter Kontakt: {chan}"],
                "fr": ["Vous pouvez me joindre directement : {chan}", "Mon contact direct : {chan}"],
                "es": ["Puede escribirme directamente: {chan}", "Mi contacto directo: {chan}"],
                "ru": ["Пишите мне напрямую: {chan}", "Мой прямой контакт: {chan}"],
                "zh": ["可以直接联系我：{chan}", "我的私人联系方式：{chan}"],
                "ar": ["يمكنك التواصل معي مباشرة: {chan}"], "fa": ["می‌توانید مستقیم با من در تماس باشید: {chan}"]}


def offp_line(kind, lang, chan):
    lst = HB["off_platform"].get(lang) or HB["off_platform"]["en"]
    ok = [x for x in lst if any(w in x for w in CHAN_WORDS.get(kind, []))]
    if ok and P(0.75):
        return fill(V(ok), chan=chan)
    return fill(V(OFFP_GENERIC.get(lang, OFFP_GENERIC["en"])), chan=chan)


def msg_times(t_report, n):
    t_report = t_report or rand_time()
    gaps = [dt.timedelta(minutes=R.randint(3, 60 * 36)) for _ in range(n)]
    t = t_report - sum(gaps, dt.timedelta()) - dt.timedelta(minutes=R.randint(5, 600))
    out = []
    for g in gaps:
        out.append(t)
        t = t + g
    return out


def hostile_conv(st, inf, T, me, disp, others, rep, chan_str, orgname, t_report):
    avail = dict(st["langs"])
    if me.culture in avail and P(0.65):
        lang = me.culture
    elif "en" in avail and P(0.7):
        lang = "en"
    else:
        lang = W(st["langs"])
    u = rep[0].first
    topic = C(DEPTS[rep[2]])
    if lang != "en" and P(0.6):
        topic = V(TOPIC_LOCAL[lang])
    city, conf = C(CITIES), C(CONFS)
    pv = st["pitch"].get(lang) or st["pitch"]["en"]
    lg_p = lang if lang in st["pitch"] else "en"
    if "script" in T:
        pitch = pv[inf.script[lg_p] % len(pv)]
        flat = inf.script_flat.get(lang) or inf.script_flat["en"]
    else:
        pitch = V(pv)
        flat = beat("flattery", lang)
    amt = inf.money[lang] if ("money_phrase" in T and lang in inf.money) else money(lang)
    link = link_for(st, inf.link_dom, inf.link_d0) if ("link" in T and st.get("link_fmt")) else (
        link_for(st, domain(C(["meet", "portal", "event", "cloud", "docs", "secure"]) + "-" + _rand_token(5).lower(), st.get("link_tlds") or ["com"]),
                 ascii_slug(me.last) + _rand_token(3).lower()) if st.get("link_fmt") else "https://" + domain("share-" + _rand_token(6).lower(), ["com", "net"]))
    file = C(inf.files) if "attachment" in T else (C(st["files"]) if st.get("files") else None)
    me_first = me.first
    kw = dict(u=u, ul=rep[0].last, me=me_first, org=orgname, topic=topic, amount=amt, chan=chan_str, link=link, city=city, conf=conf, file=file)
    intents = list(st["core"]) + sample([i for i in st["intents"] if i not in st["core"]], R.randint(1, 3))
    if "handle" in T and "off_platform" not in intents:
        intents.append("off_platform")
    if "money_phrase" in T and "money" not in intents:
        intents.append("money")
    if "link" in T and not any(i in intents for i in ("credentials", "malware_lure")):
        intents.append("credentials" if "credentials" in st["intents"] else "malware_lure")
    R.shuffle(intents)
    kw["offp"] = offp_line(inf.chan_kind, lang, chan_str)
    msgs = []
    if st.get("casual"):
        first = [fill(V(CASUAL_GREET.get(lang, CASUAL_GREET["en"])), **kw)]
    else:
        first = [fill(beat("greet", lang), **kw)]
        if P(0.7):
            first.append(fill(flat, **kw))
    first.append(fill(pitch, **kw))
    if st.get("short"):
        msgs.append(("contact", " ".join(first)))
        if P(0.6):
            msgs.append(("user", C(["Thanks for connecting.", "Hi, nice to connect.", "Hello — do we know each other?", "Thanks!"])))
            msgs.append(("contact", fill(beat(intents[0] if intents else "off_record", lang), **kw) +
                         (" " + kw["offp"] if "handle" in T else "")))
    else:
        if intents and P(0.4):
            first.append(fill(beat(intents.pop(0), lang), **kw))
        msgs.append(("contact", " ".join(first) if P(0.6) else "\n\n".join(first)))
        replies = USER_REPLY.get(lang) if lang in USER_REPLY and P(0.7) else USER_REPLY["en"]
        if st.get("user_replies"):
            replies = st["user_replies"]
        msgs.append(("user", C(replies)))
        rounds = max(1, (len(intents) + 1) // 2)
        for r_i in range(rounds):
            chunk = intents[r_i * 2:(r_i + 1) * 2]
            parts = [C(HOSTILE_FOLLOWUP.get(lang, HOSTILE_FOLLOWUP["en"]))] + [fill(beat(i, lang), **kw) for i in chunk]
            if r_i == rounds - 1 and "handoff" in T and others:
                hv = HANDOFF.get(lang, HANDOFF["en"])
                if not st.get("org"):
                    hv = [h for h in hv if "{org}" not in h] or hv
                parts.append(fill(V(hv), other=C(others), org=orgname))
            if r_i == rounds - 1 and "phone" in T and P(0.5):
                parts.append(V(OFFICE_LINE.get(lang, OFFICE_LINE["en"])).format(ph=inf.phone.fmt()))
            if r_i == rounds - 1 and "site" in T and P(0.35):
                parts.append(V(SITE_LINE.get(lang, SITE_LINE["en"])).format(site=V([inf.site, "www." + inf.site, "https://" + inf.site + "/about"])))
            if r_i == rounds - 1 and P(0.6):
                parts.append(fill(beat("close", lang), **kw))
            msgs.append(("contact", " ".join(parts)))
            if r_i < rounds - 1 or P(0.5):
                ctx = [REPLY_BY_INTENT[i] for i in chunk if i in REPLY_BY_INTENT]
                msgs.append(("user", C(C(ctx)) if ctx and P(0.7) else C(replies)))
    conv = {"schema": "vetlink/conversation/v1"} if P(0.8) else {}
    plat = W([(st["platforms"][0][0], 8), ("email", 1), ("linkedin", 2)])
    conv["platform"] = plat
    conv["contact"] = disp if P(0.85) else me.latin
    out = []
    n = len(msgs)
    stamps = msg_times(t_report, len(msgs))
    stamp = P(0.55)
    tzc = "Z" if P(0.5) else V(TZS)
    for i, (s, txt) in enumerate(msgs):
        m = {"sender": s, "text": txt}
        if stamp:
            m["sent"] = ts_iso(stamps[i], tzc) if P(0.85) else stamps[i].date().isoformat()
        out.append(m)
    if file and ("attachment" in T or (P(0.3) and any(i in ("malware_lure", "documents", "speaking", "credentials") for i in st["core"]))):
        for m in out:
            if m["sender"] == "contact" and (file in m["text"] or m is out[-1] or m is out[0]):
                m["attachments"] = [file]
                break
    conv["messages"] = out
    return conv


TOPIC_LOCAL = {
    "de": ["Ihrem Fachgebiet", "Energiesicherheit", "Verteidigungstechnik", "Exportkontrolle", "Halbleitertechnik", "Wasserstoffstrategie"],
    "fr": ["votre domaine", "la sécurité énergétique", "les technologies de défense", "le contrôle des exportations", "le spatial", "les semi-conducteurs"],
    "es": ["su ámbito", "la seguridad energética", "la tecnología de defensa", "el sector espacial", "los semiconductores"],
    "ru": ["вашей области", "энергетической безопасности", "оборонных технологий", "экспортного контроля", "полупроводников"],
    "zh": ["您的研究领域", "量子技术", "半导体", "航空航天", "能源安全", "国防科技", "先进材料"],
    "ar": ["مجال تخصصك", "أمن الطاقة", "تقنيات الدفاع", "الطاقة النووية", "أشباه الموصلات"],
    "fa": ["حوزه تخصصی شما", "امنیت انرژی", "فناوری هسته‌ای", "سیاست خارجی", "امنیت سایبری"],
}

OFFICE_LINE = {"en": ["You can also call our office on {ph}.", "Office line: {ph}", "T: {ph}"], "de": ["Unser Büro erreichen Sie unter {ph}.", "Tel.: {ph}"],
               "fr": ["Notre bureau : {ph}", "Tél. {ph}"], "es": ["Oficina: {ph}"], "ru": ["Телефон офиса: {ph}"], "zh": ["办公室电话：{ph}"],
               "ar": ["هاتف المكتب: {ph}"], "fa": ["تلفن دفتر: {ph}"]}
SITE_LINE = {"en": ["More about us: {site}", "Our website is {site}.", "See {site} for our recent work."], "de": ["Mehr über uns: {site}"],
             "fr": ["Plus d'informations : {site}"], "es": ["Más información: {site}"], "ru": ["Подробнее: {site}"], "zh": ["公司网站：{site}"],
             "ar": ["موقعنا: {site}"], "fa": ["وب‌سایت ما: {site}"]}
CASUAL_GREET = {"en": ["Hi {u}!", "Hey {u} 🙂", "Hello {u}, hope you don't mind me writing.", "Hi there {u}!"],
                "ru": ["Привет, {u}!", "Здравствуйте, {u} 🙂"], "de": ["Hallo {u}!", "Hi {u} 🙂"]}
REPLY_BY_INTENT = {
    "money": ["What kind of reports would that be?", "I'd have to declare any outside payments to my employer.", "That's a generous fee — who's paying it?"],
    "off_platform": ["I'd rather keep it on here, thanks.", "Sorry, I don't use WhatsApp for work contacts.", "OK, I'll add you."],
    "secrecy": ["Why the need for discretion?", "I'd normally tell my manager about anything like this."],
    "credentials": ["Which portal is this exactly?", "I never share codes, sorry.", "The link didn't work for me."],
    "malware_lure": ["Can I do the test on my personal laptop instead?", "Our IT won't let me run unknown files.", "What does the test involve?"],
    "cv_clearance": ["I don't list clearance details on my CV.", "I can send a CV, but without vetting details."],
    "documents": ["Anything internal isn't mine to share.", "Our published reports are on the website."],
    "travel": ["My diary's pretty full at the moment.", "I might be at a conference in the autumn, not sure yet."],
    "passport": ["I'd rather not send passport details over chat."],
    "speaking": ["Who else is speaking?", "What would the topic be?"],
    "team": ["I'd rather not name colleagues.", "It's a normal-sized team, nothing special."],
    "programme": ["I can't really go into that.", "That's not something I can discuss."],
    "internal": ["I can't comment on internal matters.", "You'd have to ask our press office."],
    "technical": ["None of that is public, sorry.", "I can only talk about published results."],
    "off_record": ["I prefer to keep things on the record.", "Informal is fine, but I won't discuss work."],
}

HANDOFF = {
    "en": ["My colleague {other} will follow up with the details.", "{other} from our team will be in touch about logistics.",
           "I'll ask {other} to send you the paperwork.", "If I'm travelling, {other} can help you — they're copied in.",
           "You may hear from {other} as well; they handle payments at {org}."],
    "de": ["Mein Kollege/meine Kollegin {other} meldet sich mit den Details.", "{other} aus unserem Team kümmert sich um die Organisation."],
    "fr": ["Mon/ma collègue {other} vous contactera pour les détails.", "{other} s'occupera de la logistique."],
    "es": ["Mi colega {other} le contactará con los detalles."],
    "ru": ["Мой коллега {other} свяжется с вами по деталям."],
    "zh": ["我的同事{other}会和您联系具体事宜。"],
    "ar": ["سيتواصل معك زميلي {other} بالتفاصيل."],
    "fa": ["همکارم {other} برای جزئیات با شما تماس می‌گیرد."],
}


def build_campaign(st, size, cid):
    inf = make_infra(st, size)
    sets = assign_traces(inf, size)
    members = [person(W(st["cultures"])) for _ in range(size)]
    recs = []
    for i in range(size):
        others = [members[j].latin for j in range(size) if j != i]
        rec = hostile_persona(st, inf, sets[i], members[i], others, st["name"])
        recs.append((rec, {"url": rec["profile"]["url"], "campaign": cid, "kind": st["name"]}))
    return recs, inf, sets


def solitary_fake():
    names = [n for n, s in STYLES.items() if HELD_OUT or not s["held_out"]]
    st = STYLES[C(names)]
    inf = make_infra(st, 1, solo=True)
    me = person(W(st["cultures"]))
    rec = hostile_persona(st, inf, set(), me, [], "solitary_fake")
    return rec, {"url": rec["profile"]["url"], "campaign": None, "kind": "solitary_fake"}


# ----------------------------------------------------------------------------
# genuine people
# ----------------------------------------------------------------------------
G_REPLY = ["Thanks, happy to chat.", "Hi! Good to hear from you.", "Sure — what time suits you?", "Thanks for the message, I'll take a look.",
           "Not looking to move at the moment, but thanks.", "Could you send me the job spec?", "Sounds good, see you there.",
           "I'll forward this to our press office.", "Thanks, I've registered.", "Let me check and get back to you.",
           "Great to hear from you — it's been ages!", "Can we do Thursday afternoon?", "Thanks, I'll pass it on to the team.",
           "Happy to help, send over the details.", "Thanks! I'll have a look at the CFP.", "I'm on leave until Monday, will reply then.",
           "Appreciate it, but I'm not the right contact — try our comms team.", "Yes, I remember. Looking forward to it."]


def g_profile(p, title, company, plat="linkedin", loc=None, about=None, photo=True, conn=None, skills=None, edu=None, exp_more=None,
              contact=None, created=None, company_url=None, start=None):
    prof = {"schema": "vetlink/profile/v1"} if P(0.7) else {}
    prof["platform"] = plat
    sub = {"de": "de", "fr": "fr", "es": "es", "ru": "ru", "zh": "cn", "ar": "ae", "fa": "ir", "it": "it", "nl": "nl", "pl": "pl", "in": "in"}.get(p.culture)
    prof["url"] = profile_url(p, plat, sub if P(0.5) else None)
    prof["name"] = p.display() if P(0.8) else p.latin
    if P(0.95):
        prof["headline"] = V([f"{title} at {company}", f"{title} | {company}", f"{title} @ {company}", title, f"{company} – {title}"])
    if loc and P(0.9):
        prof["location"] = loc
    if photo is True:
        if P(0.85):
            prof["photo"] = photo_unique()
        elif P(0.5):
            prof["photo"] = {"present": False}
    elif isinstance(photo, str):
        prof["photo"] = {"present": True, "sha256": photo}
    c = conn if conn is not None else W([(R.randint(50, 499), 5), (R.randint(500, 3000), 5), (R.randint(5, 49), 1)])
    prof["connections"] = min(c, 500)
    if c >= 500:
        prof["connections_capped"] = True
    if P(0.4):
        prof["followers"] = c + R.randint(0, 2000)
    if P(0.6):
        prof["mutual_connections"] = R.randint(0, 60)
    if created:
        prof["created"] = created
    elif P(0.25):
        prof["created"] = dt.date(R.randint(2006, 2024), R.randint(1, 12), R.randint(1, 28)).isoformat()
    if P(0.3):
        prof["verified"] = {"identity": P(0.7), "workplace": P(0.5)}
    if about:
        prof["about"] = about
    exp = [{"title": title, "company": company}]
    if P(0.8):
        exp[0]["start"] = start or ym(2012, 2026)
        exp[0]["end"] = None
    if company_url and P(0.6):
        exp[0]["company_url"] = company_url
    exp += exp_more if exp_more is not None else prior_jobs(W([(0, 2), (1, 4), (2, 4), (3, 2)]))
    if P(0.95):
        prof["experience"] = exp
    e = edu if edu is not None else rand_edu()
    if e:
        prof["education"] = e
    if skills or P(0.7):
        prof["skills"] = skills or sample(GENERIC_SKILLS + FIELDS, R.randint(2, 8))
    if P(0.5):
        prof["languages"] = sorted(set([LANG_NAMES.get(p.culture, "English"), "English"]))
    if P(0.4):
        prof["recommendations"] = R.randint(0, 15)
    if P(0.4):
        prof["endorsements"] = R.randint(0, 250)
    if contact:
        prof["contact"] = contact
    if P(0.35):
        prof["activity"] = [{"date": (YEAR_START + dt.timedelta(days=R.randint(-200, 300))).date().isoformat(),
                             "kind": C(["post", "comment", "share", "like"]),
                             "text": V(["Proud of the team for shipping this.", f"Great panel at {C(['the RUSI conference', 'SPIE Photonics West', 'Web Summit', 'the IISS Shangri-La Dialogue', 'Eurosatory', 'DSEI'])} today.",
                                        "We're hiring — see link in comments.", "Thoughtful piece, worth a read.", "Congrats on the new role!",
                                        f"Thrilled to share our new paper on {C(C(list(DEPTS.values())))}.", "Happy to have been part of this project.",
                                        "Anyone going to the workshop next week?", "Ten years at the company today!"])}]
    return prof


def sig(p):
    return V(["", "", f"\n{p.first}", f" Thanks, {p.first}", f"\n\nBest,\n{p.first}", " Cheers!", f"\n— {p.first[0]}.", " Thanks in advance.",
              f"\n\nKind regards,\n{p.latin}", " 🙂", f" Best wishes, {p.first}", "\nSent from my phone"])


def g_conv(p, disp, msgs, plat="linkedin", t_report=None, attach=None):
    if msgs and msgs[0][0] == "contact" and P(0.7):
        msgs = [(msgs[0][0], msgs[0][1] + sig(p))] + list(msgs[1:])
    conv = {"schema": "vetlink/conversation/v1"} if P(0.8) else {}
    conv["platform"] = plat
    conv["contact"] = disp
    out = []
    stamps = msg_times(t_report, len(msgs))
    stamp = P(0.55)
    tzc = "Z" if P(0.5) else V(TZS)
    for i, (s, txt) in enumerate(msgs):
        m = {"sender": s, "text": txt}
        if stamp:
            m["sent"] = ts_iso(stamps[i], tzc) if P(0.85) else stamps[i].date().isoformat()
        out.append(m)
    if attach:
        out[0]["attachments"] = [attach]
    conv["messages"] = out
    return conv


GREPLY_BY_KIND = {
    "genuine_student": ["Happy to — does Thursday at 4 work?", "Sure, send me a couple of times.", "I'm swamped this month, but try me in a few weeks.", "Of course, good luck with the applications!"],
    "genuine_alumni_office": ["Thanks, I'll send a short update.", "I'll try to make the reunion.", "Happy to mentor, send me the details.", "Please remove me from the mailing list, thanks."],
    "genuine_colleague": ["Great to hear from you — it's been ages!", "Yes! Let's do lunch.", "I'll be there, see you!", "Ha, I still have the photos.", "Definitely, drop me a date."],
    "genuine_event_registration": ["Thanks, I've registered.", "Thanks, I'll forward it to the team.", "Not this year, but thanks.", "Is there a virtual option?"],
    "genuine_conference_chair": ["Thanks! I'll have a look at the CFP.", "I'll discuss with my co-authors.", "Happy to, I'll submit an abstract.", "Sadly I'm travelling that week."],
    "alumni_cohort": ["Count me in!", "Can't believe it's been that long!", "I'm in Manchester now, but I'll try.", "Ha, great to hear from you!"],
    "lab_group_students": ["Happy to chat — send me a few slots.", "Thanks, I'll pass this to our partnerships team.", "Congrats on the preprint!", "Please cite the dataset paper, thanks."],
    "careers_fair_recruiters": ["Great to meet you too!", "Thanks, I'll share it with our graduates.", "Lovely chatting, keep in touch."],
    "coworking_freelancers": ["Thanks, I'll keep your details.", "We're sorted for now, but thanks.", "Could you send your day rate?"],
    "small_firm_logo_photo": ["Thanks, I'll pass it to procurement.", "Thanks!", "Let me check with the team."],
    "same_employer_staff": ["Sounds good, let's set something up.", "Our legal team handles that — I'll loop them in.", "Thanks, good to connect."],
    "new_accounts": ["Welcome aboard!", "Of course, happy to connect.", "Sure — ping me any time."],
}


def g_record(prof, conv, rep, t, kind):
    if conv and kind in GREPLY_BY_KIND:
        for m in conv["messages"]:
            if m["sender"] == "user" and m["text"] in G_REPLY:
                m["text"] = C(GREPLY_BY_KIND[kind])
    rec = {"profile": prof}
    if conv:
        rec["conversation"] = conv
    rec["reporter"], rec["department"] = rep[1], rep[2]
    rec["reported_at"] = ts_iso(t + dt.timedelta(hours=R.randint(0, 120)))
    return rec, {"url": prof["url"], "campaign": None, "kind": kind}


def any_culture():
    return W([("en", 10), ("us", 4), ("de", 3), ("fr", 3), ("es", 2), ("it", 1), ("nl", 1), ("pl", 1), ("in", 2), ("zh", 2), ("ar", 1), ("fa", 1), ("ru", 1), ("tr", 1), ("ko", 1)])


def gp(culture=None):
    return person(culture or any_culture())


CLIENTS = ["Northbridge Aerospace", "Helvion Systems", "Cartwright Engineering", "Meridian Dynamics", "Albion Marine Technologies",
           "Vireo Semiconductors", "Kestrel Defence", "Solenne Énergie", "Harwick Nuclear Services", "Ostara Space", "Brightline Photonics",
           "Calder Robotics", "Tessera Quantum", "Wexford Cyber", "Lindqvist Radar AB", "Castor Microelectronics"]
UK_CITIES = ["Bristol", "Farnborough", "Manchester", "Cambridge", "Harwell", "Edinburgh", "Glasgow", "Portsmouth", "Derby", "Cheltenham",
             "Reading", "London", "Barrow-in-Furness", "Stevenage", "Munich", "Toulouse", "Paris", "Madrid", "Rotterdam", "Berlin"]


def clearance_phrase():
    return V(["active SC clearance", "current DV", "SC clearance (or eligibility to obtain it)", "BPSS and SC eligibility",
              "UK eyes only — sole British nationals due to the nature of the work", "eligibility for NATO SECRET", "Ü2 Sicherheitsüberprüfung",
              "habilitation Secret Défense (ou éligibilité)", "US citizenship and an active Secret clearance"])


def salary_phrase():
    a = R.randint(45, 130)
    return V([f"£{a}k–£{a + R.randint(5, 20)}k", f"up to £{a},000 + bonus", f"€{a}.000 brutto", f"{a} 000 € brut annuel",
              f"${a + 30}k–${a + 50}k base", f"£{a}k plus 12% pension", f"{a}-{a + 10}k € según experiencia"])


def genuine_single(kind, p=None):
    """Ordinary genuine contacts; each written individually."""
    p = p or gp()
    rep = reporter_in(None)
    u = rep[0].first
    topic = C(DEPTS[rep[2]])
    t = work_hours(rand_time())
    disp = p.latin
    if kind == "genuine_recruiter":
        agency = C(["Hays", "Michael Page", "Randstad", "Morson", "Matchtech", "Gold Group", "Adecco", "Robert Walters"] + [V(CLIENTS)])
        client = V(CLIENTS)
        city = C(UK_CITIES)
        ref = f"{C(['J', 'REF-', 'BBBH', 'JN-'])}{R.randint(10000, 999999)}"
        msgs = [("contact", f"{V(['Hi', 'Hello', 'Morning', 'Dear'])} {u}, {V(['I hope you are well.', 'hope all is good.', ''])} I'm {p.first}, {V(['a consultant', 'a recruiter', 'part of the engineering team'])} at {agency}. "
                            f"I'm {V(['recruiting for', 'working on', 'supporting'])} a {V(['Principal', 'Senior', 'Lead', 'Staff', 'Chief'])} {C(['Systems Engineer', 'Software Engineer', 'Policy Adviser', 'Test Engineer', 'Hardware Engineer', 'Programme Manager'])} role with {client} in {city} ({ref}). "
                            f"The role requires {clearance_phrase()}. {V(['Would you be open to a quick call?', 'Are you open to hearing more?', 'Is this something you might consider?', 'Worth a conversation?'])}"),
                ("user", C(["What's the salary range?", "Possibly — what's the hybrid arrangement?", "Not looking right now, thanks.", "Can you send the JD?"])),
                ("contact", f"{V(['Of course.', 'Sure thing.', 'Thanks for coming back to me.'])} It's {salary_phrase()}, {C(['hybrid 3 days on site', 'fully on site', '2 days a week in the office', 'flexible'])}. "
                            f"{V(['What notice period are you on?', 'Could you let me know your notice period and current package?', 'If you send me an updated CV I can put you forward this week.', 'The JD is on our website under ' + ref + '.'])}")]
        prof = g_profile(p, V(["Senior Recruitment Consultant", "Principal Consultant – Defence", "Talent Acquisition Partner", "Recruiter"]), agency,
                         loc=C(UK_CITIES), about=V([f"Recruiting engineers for the defence and aerospace sector since {R.randint(2008, 2021)}. " + personal_clauses(1), f"Engineering recruitment in {C(UK_CITIES)} and beyond. " + personal_clauses(1), None]))
    elif kind == "genuine_journalist":
        outlet = C(["Financial Times", "Reuters", "The Guardian", "Handelsblatt", "Le Monde", "El País", "Politico Europe", "Jane's", "Defense News", "The Times", "Bloomberg", "Der Spiegel"])
        msgs = [("contact", f"Hi {u}, I'm a {C(['reporter', 'correspondent', 'journalist'])} at {outlet}, writing about {topic}. {V(['Could you point me to the right press office contact?', 'Is there someone in your comms team I should speak to?', 'Would you be able to put me in touch with your press office for an on-record comment?'])} "
                            f"{V(['My deadline is Thursday.', 'Deadline is end of day tomorrow.', 'No rush, the piece runs next week.'])}"),
                ("user", C(["I'll forward this to our press office.", "Please contact press@org.example.", "Sure, our comms team is copied."])),
                ("contact", V(["Thanks a lot, much appreciated.", "Great, thank you!", "Perfect, I'll reach out to them."]))]
        prof = g_profile(p, C(["Reporter", "Correspondent", "Defence Editor", "Energy Correspondent", "Technology Reporter"]), outlet, loc=C(UK_CITIES))
    elif kind == "genuine_student":
        uni = C(SCHOOLS)
        msgs = [("contact", f"{V(['Hi', 'Dear', 'Hello'])} {u}, I'm a {C(['second-year', 'final-year', 'master'])} {C(FIELDS)} student at {uni}. "
                            f"{V(['Would you have 15 minutes for a short careers chat?', 'I would love to hear how you got into your field — could we do a quick 15-minute call?', 'I am considering a career in ' + topic + ' and would really value your advice.'])} "
                            f"{V(['Totally understand if you are busy!', 'Thank you for considering it.', 'Any time that suits you works for me.'])}"),
                ("user", C(G_REPLY)),
                ("contact", V(["Thank you so much! I've sent a calendar invite.", "That would be brilliant, thanks.", "Thanks — I'll send some questions in advance."]))]
        prof = g_profile(p, C(["Student", f"{C(FIELDS)} student", "MSc candidate", "Undergraduate"]), uni, conn=R.randint(20, 300), exp_more=[])
    elif kind == "genuine_alumni_office":
        uni = C(SCHOOLS)
        msgs = [("contact", f"Dear {u}, {V(['greetings from the alumni relations team at', 'I work in the Development & Alumni Office at', 'hope you are well — writing from'])} {uni}. "
                            f"{V(['We are preparing our alumni magazine and would love a short update on your career.', 'Our annual reunion is on ' + str(R.randint(2, 28)) + ' June; registration is on the university website.', 'We are looking for alumni mentors for current students — would you be interested?'])}"),
                ("user", C(G_REPLY))]
        prof = g_profile(p, C(["Alumni Relations Officer", "Development Manager", "Alumni Engagement Coordinator"]), uni)
    elif kind == "genuine_colleague":
        comp = C(BIG_EMPLOYERS + CLIENTS)
        msgs = [("contact", f"{V(['Hey', 'Hi', 'Hello', 'Hiya', 'Morning'])} {u}! {V(['Long time no see.', 'Saw your post and thought I would say hi.', 'Hope the new role is treating you well.', 'Just saw the news about your team — congrats!', 'It has been far too long since ' + comp + '.'])} "
                            f"{V(['Fancy a coffee next time you are in ' + C(UK_CITIES) + '?', 'Are you going to the ' + C(['RUSI', 'DSEI', 'SPIE', 'IEEE Radar']) + ' event?', 'Still remember the ' + C(['Friday quiz', 'trial in Wales', 'all-nighter before the review']) + ' — good times.'])}"),
                ("user", C(G_REPLY)),
                ("contact", V(["Brilliant, I'll message you nearer the time.", "Great — say hi to the team!", "Let's do it."]))]
        prof = g_profile(p, C(["Systems Engineer", "Project Manager", "Policy Adviser", "Senior Scientist", "Consultant"]), comp)
    elif kind == "genuine_vendor":
        comp = f"{C(['Data', 'Cloud', 'Secure', 'Lab', 'Quantum', 'Metro', 'Flux'])}{C(['ware', 'logic', 'stack', 'point', 'ly', 'forge'])}"
        msgs = [("contact", f"Hi {u}, {V(['quick one —', 'I hope this is relevant:', 'reaching out because'])} {comp} helps teams like yours with {C(['lab inventory', 'secure file transfer', 'test data management', 'cloud cost reporting', 'requirements tracing'])}. "
                            f"{V(['Could I show you a 20-minute demo?', 'Would a short demo be useful?', 'Happy to send a case study.'])}"),
                ("user", C(["Not at the moment, thanks.", "Send me a case study.", "Please contact our procurement team."]))]
        prof = g_profile(p, C(["Account Executive", "Sales Director", "Business Development Representative"]), comp)
    elif kind == "genuine_hr_internal":
        dl = f"{R.randint(1, 28)} {C(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Sep', 'Oct', 'Nov'])}"
        msgs = [("contact", f"Hi {u}, {V(['a reminder from HR that', 'just a heads-up that', 'quick note:', 'following up on the email from People Services —'])} {V(['your security vetting renewal is due by ' + dl + ' — please complete the form on the intranet (do not reply with personal details here).', 'the annual conflicts-of-interest declaration closes on ' + dl + '; it is on the HR portal.', 'the mandatory security awareness module is now live on the learning platform, deadline ' + dl + '.', 'your probation review is booked for ' + dl + '; your line manager will send the invite.', 'we still need your signed contract variation — could you drop it into the HR inbox by ' + dl + '?'])} {V(['Thanks!', 'Many thanks, ' + p.first, 'Best, ' + p.first, 'Cheers', ''])}".strip()),
                ("user", C(["Thanks, will do.", "Done!", "Thanks for the reminder."]))]
        prof = g_profile(p, C(["HR Business Partner", "People Advisor", "Vetting Officer", "HR Coordinator"]), V(["Org", "ORG", "Org (internal)"]),
                         contact={"emails": [email(p, "org.example")]} if P(0.5) else None)
    elif kind == "genuine_event_registration":
        ev = C(["Quantum Futures Day", "Space Tech Expo", "Energy Policy Forum", "CyberUK", "Materials Week", "Cleared Careers Fair"])
        d = domain(ev + " " + str(2026 + R.randint(0, 1)), ["com", "org", "events"])
        msgs = [("contact", f"Hi {u}, {V(['we are organising', 'I help run', 'you might like'])} {ev} on {R.randint(1, 28)} {C(['March', 'April', 'May', 'September', 'October'])}. "
                            f"{V(['Registration is free and open to all:', 'Public registration is here:', 'Tickets and agenda:'])} https://www.{d}/register"),
                ("user", C(G_REPLY))]
        prof = g_profile(p, C(["Event Manager", "Marketing Manager", "Community Lead"]), ev, contact={"websites": [f"https://www.{d}"]} if P(0.5) else None)
    else:  # genuine_conference_chair
        conf = f"{C(['IEEE', 'SPIE', 'ACM', 'IET', 'EuroSys', 'IFAC'])} {C(['Workshop on', 'Symposium on', 'Conference on'])} {topic.title()} {2026 + R.randint(0, 1)}"
        d = domain(conf, ["org"])
        msgs = [("contact", f"Dear {u}, I am {C(['general chair', 'programme chair', 'co-chair'])} of the {conf}. {V(['Given your work on', 'Because of your contributions to'])} {topic}, "
                            f"we would be delighted if you submitted a talk. {V(['The call for papers is public at', 'CFP and deadlines:', 'Details:'])} https://{d}/cfp — "
                            f"{V(['speakers register at the normal rate; we can reimburse reasonable travel for invited speakers.', 'there is no speaker fee, but invited speakers get free registration.', 'travel grants are available for early-career researchers.'])}"),
                ("user", C(G_REPLY)),
                ("contact", V(["Wonderful, thank you. The submission deadline is in six weeks.", "Thanks! Let me know if you have any questions."]))]
        prof = g_profile(p, C(["Professor", "Associate Professor", "Senior Research Scientist", "Reader"]), C(SCHOOLS))
    disp = prof["name"]
    conv = g_conv(p, disp, msgs, t_report=t) if P(0.85) else None
    return g_record(prof, conv, rep, t, kind)


# ----------------------------------------------------------------------------
# hard negatives: genuine groups that share traces innocently
# ----------------------------------------------------------------------------
BIG_ORGS = [("Northbridge Aerospace", ["Northbridge Aerospace plc", "Northbridge Aerospace", "Northbridge", "NBA Group", "Northbridge Aerospace UK Ltd"], "uk"),
            ("Helvion Systems", ["Helvion Systems", "Helvion Systems GmbH", "Helvion", "HELVION Systems AG"], "de"),
            ("Meridian Dynamics", ["Meridian Dynamics", "Meridian Dynamics Ltd", "Meridian", "Meridian Dynamics (MD)"], "uk"),
            ("Solenne Énergie", ["Solenne Énergie", "Solenne Energie SA", "Groupe Solenne", "Solenne"], "fr"),
            ("Kestrel Defence", ["Kestrel Defence", "Kestrel Defence Systems", "Kestrel", "KDS plc"], "uk"),
            ("Ostara Space", ["Ostara Space", "Ostara Space S.L.", "Ostara", "Ostara Space Systems"], "es"),
            ("Vireo Semiconductors", ["Vireo Semiconductors", "Vireo Semi", "Vireo Semiconductors B.V.", "VIREO"], "nl"),
            ("Tessera Quantum", ["Tessera Quantum", "Tessera Quantum Ltd", "Tessera", "TQ"], "uk"),
            ("Castor Microelectronics", ["Castor Microelectronics", "Castor Micro", "Castor Microelectronics Srl"], "it")]
BOILER = ["{org} is a world leader in {x}. We design, build and support systems that keep people safe.",
          "At {org}, we push the boundaries of {x}. Views my own.",
          "{org} — engineering {x} for a safer world.",
          "Working at {org} on {x}. All views are my own, not my employer's."]


def _grp_reporter(fixed=None):
    return fixed or reporter_in(None)


def group_same_employer(n):
    name, vars_, cc = V(BIG_ORGS)
    key = name + str(R.random())
    dom = domain(name, {"uk": ["com", "co.uk"], "de": ["de", "com"], "fr": ["fr", "com"], "es": ["es", "com"], "nl": ["nl", "com"], "it": ["it", "com"]}[cc])
    sw = Phone(cc)
    boiler = V(BOILER)
    x = C(["aerospace", "space systems", "semiconductors", "energy", "radar and sensing", "quantum hardware"])
    out = []
    logo = new_hash("logo") if P(0.4) else None
    for _ in range(n):
        p = gp(W([(cc if cc in NAMES else "en", 5), ("en", 3), ("in", 1), ("pl", 1)]))
        rep = reporter_in(None)
        t = work_hours(rand_time())
        title = C(["Systems Engineer", "Principal Engineer", "Programme Manager", "Graduate Engineer", "Business Development Manager",
                   "Supply Chain Lead", "Software Engineer", "Head of Partnerships", "Talent Acquisition Partner", "Test Engineer"])
        contact = {}
        if P(0.5):
            contact["emails"] = [email(p, dom)]
        if P(0.3):
            contact["phones"] = [sw.fmt()]
        if P(0.3):
            contact["websites"] = [V([f"https://www.{dom}", dom, f"https://{dom}/careers"])]
        prof = g_profile(p, title, V(vars_), loc=None, about=fill(boiler, org=V(vars_), x=x) if P(0.45) else None,
                         photo=logo if (logo and P(0.3)) else True, contact=contact or None, company_url=f"https://www.{dom}")
        u = rep[0].first
        msg = V([f"Hi {u}, we met briefly at the {C(['supplier day', 'industry day', 'trade show', 'consortium meeting'])} — I'm on the {title.lower()} side at {vars_[0]}. Would be good to stay in touch.",
                 f"Hello {u}, I'm reaching out about the {C(['joint bid', 'framework renewal', 'technical working group', 'interoperability trial'])} — our team at {V(vars_)} would like to set up a call with yours. Our switchboard is {sw.fmt()} if easier.",
                 f"Hi {u}, {V(vars_)} is hiring for several roles in {C(UK_CITIES)}; thought of you. Careers page: https://{dom}/careers",
                 f"Dear {u}, thanks for the useful session last week. Sharing our public brochure as promised (also at {dom}).",
                 f"Hi {u}, quick question on the {C(['ICD', 'test schedule', 'MoU draft', 'NDA'])} our lawyers sent over — who is best to ask on your side?"])
        msgs = [("contact", msg), ("user", C(G_REPLY))]
        if P(0.5):
            msgs.append(("contact", V(["Thanks!", "Great, speak soon.", "Perfect, I'll send an invite.", f"Cheers — {p.first}"])))
        conv = g_conv(p, prof["name"], msgs, t_report=t) if P(0.75) else None
        out.append(g_record(prof, conv, rep, t, "same_employer_staff"))
    return out


AGENCIES = [("Harrington Reed", "Harrington Reed Recruitment", "uk"), ("Clearview Technical", "Clearview Technical Resourcing", "uk"),
            ("Sapphire Cleared Careers", "Sapphire Cleared Careers Ltd", "uk"), ("Krüger & Vogt Personal", "Krüger & Vogt Personalberatung GmbH", "de"),
            ("Atlas Talent Partners", "Atlas Talent Partners", "nl"), ("Beaumont Recrutement", "Beaumont Recrutement SAS", "fr")]


def group_recruitment_agency(n):
    short, full, cc = V(AGENCIES)
    dom = domain(short, {"uk": ["co.uk", "com"], "de": ["de"], "fr": ["fr", "com"], "nl": ["nl", "com"]}[cc])
    office = Phone(cc)
    tmpl_open = V(["Hi {u}, I hope you're well. I'm {me} from {ag}. I'm currently supporting {client} with {a_role} vacancy in {city}.",
                   "Hello {u}, {me} here from {ag} — we're working exclusively with {client} on {a_role} position based in {city}.",
                   "Dear {u}, my name is {me} and I specialise in engineering roles at {ag}. {client} has asked us to find {a_role} for {city}."])
    tmpl_2 = V(["Due to the nature of the work the role requires {clr}. Salary is {sal}. Could you let me know your notice period and whether you'd like to hear more?",
                "Candidates will need {clr}. The package is {sal} plus benefits. Are you open to a confidential chat? You can reach me on {office}.",
                "This role needs {clr}; salary {sal}. If you're interested, reply here or call the office on {office}."])
    footer = V({"uk": [f"{full} is acting as an employment agency in relation to this vacancy.", f"{full} | Registered in England & Wales | www.{dom}",
                       f"{full} · {dom} · {office.fmt('intl_sp')}", f"{full} — specialist technical recruitment. T: {office.fmt()}"],
                "de": [f"{full} – Ihr Partner für technische Fachkräfte. www.{dom}", f"{full} · Tel. {office.fmt()} · {dom}", f"{full}, Personalvermittlung. {dom}"],
                "fr": [f"{full} – cabinet de recrutement. {dom}", f"{full} · {office.fmt()} · {dom}", f"{full}, recrutement d'ingénieurs. www.{dom}"],
                "nl": [f"{full} · {dom} · {office.fmt('intl_sp')}", f"{full} – technical recruitment Benelux. www.{dom}", f"{full} | {dom}"]}[cc])
    out = []
    for _ in range(n):
        p = gp(W([(cc if cc in NAMES else "en", 6), ("en", 3), ("in", 1)]))
        rep = reporter_in(C([["Defence Systems Engineering", "Space Programmes", "Nuclear Engineering"], None]))
        t = work_hours(rand_time())
        client, role, city = V(CLIENTS), C(["Systems Engineer", "Senior RF Engineer", "Safety Engineer", "Embedded Software Engineer", "Project Engineer", "Verification Lead"]), C(UK_CITIES)
        kw = dict(u=rep[0].first, me=p.first, ag=short, client=client, role=role, a_role=("an " if role[0] in "AEIOU" else "a ") + role, city=city, clr=clearance_phrase(), sal=salary_phrase(), office=office.fmt())
        msgs = [("contact", fill(tmpl_open, **kw) + " " + fill(tmpl_2, **kw) + ("\n\n" + footer if P(0.6) else "")),
                ("user", C(["What's the hybrid pattern?", "Not for me, thanks.", "Possibly — send the JD.", "I'm on 3 months' notice."]))]
        if P(0.6):
            msgs.append(("contact", V(["Thanks for letting me know — I'll keep you in mind for future roles.", "Great, I've sent the JD to your inbox.",
                                       "No problem. Could you share an updated CV so I can check fit?", "Thanks! Would Wednesday 4pm work for a call?"])))
        contact = {"emails": [email(p, dom)]} if P(0.6) else {}
        if P(0.4):
            contact["phones"] = [office.fmt()]
        prof = g_profile(p, C(["Recruitment Consultant", "Senior Consultant", "Principal Consultant", "Resourcer", "Account Manager"]), V([short, full]),
                         about=V([f"Engineering recruitment at {short}. Defence, nuclear and aerospace.", f"Part of the {short} team. Call me on {office.fmt()}.", None]),
                         contact=contact or None, company_url=f"https://www.{dom}")
        out.append(g_record(prof, g_conv(p, prof["name"], msgs, t_report=t) if P(0.9) else None, rep, t, "recruitment_agency_staff"))
    return out


ATS = [("Workable", "apply.workable.com/{c}/j/{id}", "Sent via Workable"), ("Greenhouse", "boards.greenhouse.io/{c}/jobs/{id}", "Powered by Greenhouse"),
       ("Lever", "jobs.lever.co/{c}/{id}", "This message was sent using Lever"), ("Teamtailor", "{c}.teamtailor.com/jobs/{id}", "Sent with Teamtailor"),
       ("SmartRecruiters", "jobs.smartrecruiters.com/{c}/{id}", "Sent via SmartRecruiters")]


def group_ats(n):
    name, pat, foot = V(ATS)
    out = []
    for _ in range(n):
        comp = C(CLIENTS + BIG_EMPLOYERS)
        p = gp()
        rep = reporter_in(None)
        t = work_hours(rand_time())
        jid = "".join(R.choice("0123456789ABCDEF") for _ in range(8))
        link = "https://" + pat.format(c=ascii_slug(comp), id=jid)
        msgs = [("contact", f"{V(['Hi', 'Hello', 'Hey'])} {rep[0].first}, {V(['I lead hiring for', 'I recruit for', 'I am on the talent team at'])} {comp}. "
                            f"{V(['We just opened a role that looks close to your background:', 'Thought this might interest you:', 'Sharing a new opening:'])} {link} "
                            f"{V(['Happy to answer questions.', 'Let me know if you want to chat.', ''])}\n\n— {foot}"),
                ("user", C(G_REPLY))]
        prof = g_profile(p, C(["Talent Partner", "Technical Recruiter", "Head of Talent", "People & Talent Lead"]), comp)
        out.append(g_record(prof, g_conv(p, prof["name"], msgs, t_report=t), rep, t, "ats_recruiters"))
    return out


COURSES = [("Cranfield University", "MSc", "Defence Systems Engineering"), ("King's College London", "MA", "Intelligence and International Security"),
           ("TU Delft", "MSc", "Aerospace Engineering"), ("Sciences Po", "Master", "Affaires internationales"),
           ("University of Edinburgh", "MSc", "Quantum Technologies"), ("Universidad Politécnica de Madrid", "Máster", "Sistemas Espaciales"),
           ("Imperial College London", "MRes", "Advanced Materials")]


def group_alumni(n):
    school, deg, field = V(COURSES)
    y = R.randint(2008, 2022)
    rep_pool = sample(REPORTERS, R.randint(1, 3))
    out = []
    event_day = rand_time(days=YEAR_DAYS - 30)
    for _ in range(n):
        p = gp()
        rep = C(rep_pool)
        t = work_hours(event_day - dt.timedelta(days=R.randint(0, 30)))
        edu = [{"school": school, "degree": deg, "field": field, "start": str(y - 1), "end": str(y)}] + rand_edu(W([(0, 2), (1, 3)]))
        msgs = [("contact", V([f"Hi {rep[0].first}! Can you believe it's been {2026 - y} years since {school}? A few of us are organising a reunion — are you in?",
                               f"{rep[0].first}, great to see you're doing well. Are you coming to the {deg} {y} cohort get-together?",
                               f"Hey {rep[0].first}, {C(['Prof.', 'Dr'])} {C(NAMES['en'][1])} asked me to collect updates from our {y} cohort for the course newsletter. What are you up to these days?",
                               f"Hi {rep[0].first}, hope you're well! I'm back in {C(UK_CITIES)} — any of the old {field} crowd around?"])),
                ("user", C(G_REPLY))]
        if P(0.5):
            msgs.append(("contact", V(["Brilliant! I'll add you to the group chat.", "Amazing, see you there!", "Ha, same. Let's catch up properly."])))
        prof = g_profile(p, C(["Engineer", "Analyst", "Consultant", "Project Manager", "Scientist", "Policy Officer", "Officer"]), C(BIG_EMPLOYERS + CLIENTS), edu=edu)
        out.append(g_record(prof, g_conv(p, prof["name"], msgs, t_report=t) if P(0.8) else None, rep, t, "alumni_cohort"))
    return out


COMMON = [("en", "James", "Smith"), ("en", "David", "Jones"), ("es", "María", "García"), ("zh", "Wei", "Wang"), ("de", "Thomas", "Müller"),
          ("ar", "Mohammed", "Ali"), ("fr", "Nicolas", "Martin"), ("in", "Rahul", "Sharma"), ("ru", "Alexei", "Ivanov"), ("us", "Michael", "Johnson"),
          ("zh", "Li", "Zhang"), ("fa", "Ali", "Hosseini"), ("ko", "Min-jun", "Kim"), ("en", "Sarah", "Taylor")]


def group_common_name(n):
    c, f, l = V(COMMON)
    out = []
    kinds = ["genuine_recruiter", "genuine_colleague", "genuine_student", "genuine_vendor", "genuine_journalist", "genuine_conference_chair", "genuine_alumni_office"]
    R.shuffle(kinds)
    for j in range(n):
        kind = kinds[j % len(kinds)]
        rec, tr = genuine_single(kind, p=Person(c, f, l))
        out.append((rec, {"url": rec["profile"]["url"], "campaign": None, "kind": "common_name"}))
    return out


CONFS_REAL = [("EuroQuantum Symposium 2027", "euroquantum-symposium.org"), ("Space Systems Engineering Conference (SSEC 2027)", "ssec-conference.eu"),
              ("International Workshop on Radar Signal Processing", "iwrsp.org"), ("Nordic Energy Security Forum", "nesf.no"),
              ("Conférence Matériaux Avancés 2027", "cma2027.fr"), ("Battery Materials Congress", "batterymaterialscongress.org")]


def group_conference(n):
    conf, dom0 = V(CONFS_REAL)
    dom = domain(dom0.split(".")[0], [dom0.split(".", 1)[1]])
    logo = new_hash("conflogo")
    deadline = f"{R.randint(1, 28)} {C(['January', 'February', 'March', 'April'])} 2027"
    out = []
    start = rand_time(days=YEAR_DAYS - 60)
    for i in range(n):
        p = gp()
        rep = reporter_in(None)
        t = work_hours(start + dt.timedelta(days=R.randint(0, 45)))
        role = C(["General Chair", "Programme Chair", "Publicity Chair", "Local Organising Committee", "Session Chair", "Industry Liaison", "Conference Secretariat"])
        msg = V([f"Dear {rep[0].first}, I'm {role.lower()} for {conf}. We'd be glad to see a submission from your group; the call for papers is at https://{dom}/cfp (deadline {deadline}). Registration fees apply to all speakers.",
                 f"Hi {rep[0].first}, on behalf of the {conf} committee — would you consider chairing a session on {C(DEPTS[rep[2]])}? No fee, but we waive registration for session chairs. Details: https://{dom}",
                 f"Dear colleague, a reminder that submissions to {conf} close on {deadline}. Full call: https://{dom}/call-for-papers. Please circulate to your team.",
                 f"Hello {rep[0].first}, thanks for your interest in {conf}. The programme and public registration page are now live at https://www.{dom}/programme"])
        msgs = [("contact", msg), ("user", C(G_REPLY))]
        prof = g_profile(p, C(["Professor", "Research Scientist", "Associate Professor", "Senior Engineer", "Director"]), C(SCHOOLS + CLIENTS),
                         photo=logo if P(0.2) else True,
                         about=f"{role}, {conf}." if P(0.4) else None,
                         contact={"websites": [f"https://{dom}"]} if P(0.4) else None)
        out.append(g_record(prof, g_conv(p, prof["name"], msgs, t_report=t) if P(0.85) else None, rep, t, "conference_organisers"))
    return out


def group_event_colleagues(n):
    rep = C(REPORTERS)
    ev = C(["the Harwell partners' workshop", "the joint trial at Boscombe Down", "next week's review at the ministry", "the Brussels stakeholder day",
            "the Farnborough offsite", "the Toulouse integration meeting", "the Munich kick-off", "the consortium meeting in Delft"])
    day = work_hours(rand_time(days=YEAR_DAYS - 10))
    partner = C(CLIENTS + BIG_EMPLOYERS)
    out = []
    for _ in range(n):
        p = gp()
        t = day - dt.timedelta(hours=R.randint(0, 96))
        msg = V([f"Hi {rep[0].first}, are you going to {ev}? Would be good to grab five minutes.",
                 f"{rep[0].first} — quick one about {ev}: do you know if the agenda has been circulated?",
                 f"Morning {rep[0].first}! Looking forward to {ev}. I'll bring the updated slides.",
                 f"Hi {rep[0].first}, I'll be a bit late to {ev}, train delays. Could you let the chair know?",
                 f"Hey, is {ev} still in the same room as last time?",
                 f"Hi {rep[0].first}, thanks for organising {ev}. Any dietary form we need to fill in?"])
        msgs = [("contact", msg), ("user", C(["Yes, see you there!", "Agenda went out yesterday.", "Will do.", "Same room, 2nd floor.", "No problem."]))]
        prof = g_profile(p, C(["Engineer", "Programme Manager", "Scientist", "Policy Adviser", "Technical Lead"]), V([partner, C(BIG_EMPLOYERS)]))
        out.append(g_record(prof, g_conv(p, prof["name"], msgs, t_report=t), rep, t, "event_colleagues"))
    return out


STOCK = ["I came across your profile and was impressed by your experience.", "I hope this message finds you well.",
         "I'd love to add you to my professional network.", "Your background is very impressive!", "Let's connect!",
         "I'm always keen to connect with professionals in the sector.", "I hope you don't mind me reaching out.",
         "I believe we could have a mutually beneficial conversation."]


def group_stock_phrases(n):
    out = []
    for _ in range(n):
        kind = C(["genuine_recruiter", "genuine_vendor", "genuine_student", "genuine_colleague", "genuine_event_registration"])
        rec, tr = genuine_single(kind)
        if "conversation" not in rec:
            p = gp()
            rec["conversation"] = g_conv(p, rec["profile"]["name"], [("contact", C(STOCK))])
        m = rec["conversation"]["messages"][0]
        s = C(STOCK)
        m["text"] = (s + " " + m["text"]) if P(0.6) else (m["text"] + " " + s)
        if P(0.3) and "about" not in rec["profile"]:
            rec["profile"]["about"] = V(["Passionate about people and technology.", "Results-driven professional.", "Always learning.", "Let's connect!"])
        out.append((rec, {"url": rec["profile"]["url"], "campaign": None, "kind": "stock_phrases"}))
    return out


def group_new_accounts(n):
    """Genuine new accounts, few connections (some cohort: a graduate intake joining the same week)."""
    cohort = P(0.5)
    day = YEAR_START.date() + dt.timedelta(days=R.randint(0, YEAR_DAYS - 20))
    comp = C(CLIENTS)
    out = []
    for _ in range(n):
        p = gp()
        rep = reporter_in(None)
        t = work_hours(rand_time())
        cr = (day + dt.timedelta(days=R.randint(0, 6))) if cohort else (YEAR_START.date() + dt.timedelta(days=R.randint(0, YEAR_DAYS)))
        title = C(["Graduate Engineer", "Apprentice", "Intern", "Returner Programme Participant", "Junior Analyst", "PhD Student"])
        prof = g_profile(p, title, comp if cohort else C(CLIENTS + SCHOOLS), conn=R.randint(0, 25), created=cr.isoformat(), exp_more=[],
                         photo=True if P(0.6) else None, about=None if P(0.6) else V(["New to LinkedIn!", "Just starting out.", "Graduate engineer, keen to learn."]))
        if prof.get("photo") is None:
            prof.pop("photo", None)
        msgs = [("contact", V([f"Hi {rep[0].first}, I'm new at {comp} and was told you'd be a good person to ask about {C(DEPTS[rep[2]])}. Would you mind if I connected?",
                               f"Hello, I just started my {title.lower()} role and I'm trying to build my network. Thanks for accepting!",
                               f"Hi {rep[0].first}, sorry if this is odd — we met at the careers event last week, I was the one asking about graduate schemes.",
                               f"Hi, I'm a new {title.lower()}; my manager suggested I reach out about the onboarding buddy scheme."])), ("user", C(G_REPLY))]
        out.append(g_record(prof, g_conv(p, prof["name"], msgs, t_report=t) if P(0.7) else None, rep, t, "new_accounts"))
    return out


EXPERT_NETS = [("Calloway Insight Network", "calloway"), ("Brightpath Expert Network", "brightpath"), ("Veritas Advisors Network", "veritasadvisors"),
               ("Quorum Expert Calls", "quorumcalls")]


def group_expert_network(n):
    name, base = V(EXPERT_NETS)
    dom = domain(base, ["com", "io"])
    rate = R.choice([200, 250, 300, 350, 400])
    compliance = V(["Please note: you must not share any confidential information or information about your current employer during the call.",
                    "Our compliance terms require that you disclose no confidential or material non-public information.",
                    "Before the call you will complete our compliance tutorial; current government employees are generally not eligible."])
    out = []
    for _ in range(n):
        p = gp()
        rep = reporter_in(None)
        t = work_hours(rand_time())
        msgs = [("contact", f"Hi {rep[0].first}, I'm a project manager at {name}. One of our clients, {C(['a private equity fund', 'an investment bank', 'a strategy consultancy', 'a hedge fund'])}, is researching the {C(DEPTS[rep[2]])} market "
                            f"and would value a 1-hour paid consultation with someone with your background (${rate}/hour). {compliance}"),
                ("user", C(["I'm a public servant, so I doubt I can do this.", "Thanks, I'll check with our ethics office.", "No thanks.", "What kind of questions?"])),
                ("contact", V(["Understood — thanks for letting us know. You can opt out of future requests on our site.", f"Totally fine. Our standard terms are on https://{dom}/experts.", "Thanks for considering it!"]))]
        prof = g_profile(p, C(["Project Manager", "Associate", "Senior Associate", "Research Associate"]), name, contact={"emails": [email(p, dom)]} if P(0.5) else None,
                         about=V([f"Connecting clients with industry experts at {name}.", None]))
        out.append(g_record(prof, g_conv(p, prof["name"], msgs, t_report=t), rep, t, "expert_network_staff"))
    return out


THINK_TANKS = [("Institute for Strategic Resilience", "isr"), ("European Energy Policy Centre", "eepc"), ("Centre for Technology and Society", "cts"),
               ("Forum for Maritime Security", "fms"), ("Deutsches Forum für Sicherheitspolitik", "dfsp")]


def group_think_tank(n):
    name, base = V(THINK_TANKS)
    dom = domain(base + "-" + C(["research", "institute", "centre", "forum"]), ["org", "eu", "de"])
    topic = C(C(list(DEPTS.values())))
    hon = V(["£250", "€300", "a modest honorarium of £200", "€250 (standard honorarium)"])
    out = []
    for _ in range(n):
        p = gp(W([("en", 5), ("de", 2), ("fr", 2), ("es", 1), ("pl", 1)]))
        rep = reporter_in(None)
        t = work_hours(rand_time())
        msgs = [("contact", V([f"Dear {rep[0].first}, {name} is convening a small expert roundtable on {topic} in {C(UK_CITIES)}. It will be held under the Chatham House Rule; the agenda and list of participants will be published on {dom}. We offer {hon} and standard-class travel.",
                               f"Dear {rep[0].first}, we are preparing a public report on {topic} and would like to interview you on the record. We always clear quotes with interviewees' press offices.",
                               f"Hi {rep[0].first}, I'm a research fellow at {name}. Would your organisation like to nominate someone for our {topic} working group? Terms of reference: https://{dom}/working-groups"])),
                ("user", C(["I'll need to check with our press office.", "Happy to, please send the formal invitation.", "I'll pass this to the right team.", "Thank you, sounds interesting."]))]
        prof = g_profile(p, C(["Research Fellow", "Senior Fellow", "Programme Director", "Events Manager", "Research Analyst"]), name,
                         contact={"emails": [email(p, dom)], "websites": [f"https://{dom}"]} if P(0.4) else None)
        out.append(g_record(prof, g_conv(p, prof["name"], msgs, t_report=t), rep, t, "think_tank_staff"))
    return out


def group_coworking(n):
    cw = C(["Rise Hub", "The Foundry Works", "Werkstatt 12", "La Ruche Bastille", "Espacio Cowork Chamberí", "Second Floor Studios", "Hub Zwei"])
    cc = C(["uk", "de", "fr", "es"])
    reception = Phone(cc)
    addr = f"{R.randint(1, 120)} {C(['Station Road', 'Hauptstraße', 'rue Oberkampf', 'Calle Fuencarral', 'Market Street', 'Torstraße'])}"
    out = []
    for _ in range(n):
        p = gp(W([({"uk": "en", "de": "de", "fr": "fr", "es": "es"}[cc], 5), ("en", 2), ("it", 1), ("pl", 1)]))
        rep = reporter_in(None)
        t = work_hours(rand_time())
        job = C(["Freelance translator", "Independent consultant", "UX designer", "Data scientist (freelance)", "Photographer", "Start-up founder", "Interim CFO"])
        contact = {"phones": [reception.fmt() if P(0.6) else Phone(cc, mobile=True).fmt()]}
        if P(0.5):
            contact["emails"] = [email(p, C(WEBMAIL))]
        prof = g_profile(p, job, "Self-employed" if P(0.5) else f"{p.last} {C(['Consulting', 'Studio', 'Labs', 'Translations'])}",
                         about=f"{job}. Office at {cw}, {addr}." if P(0.6) else None, contact=contact)
        msgs = [("contact", V([f"Hi {rep[0].first}, I'm a {job.lower()} — {C(['I saw you need', 'a mutual contact said your team might need', 'following up on your post about'])} {C(['technical translation', 'a workshop facilitator', 'data visualisation', 'event photography', 'a freelance analyst'])}. Portfolio available on request.",
                               f"Hello {rep[0].first}, thanks for the chat at the meetup. My details are below — I'm based at {cw} most days.",
                               f"Hi {rep[0].first}, are you still looking for someone to {C(['translate the brochure', 'redo the website', 'help with the grant application'])}?"])),
                ("user", C(G_REPLY))]
        out.append(g_record(prof, g_conv(p, prof["name"], msgs, t_report=t) if P(0.8) else None, rep, t, "coworking_freelancers"))
    return out


def group_careers_fair(n):
    fair = C(["the Cleared Careers Fair in London", "the Engineering Careers Expo in Birmingham", "the Space Careers Fair in Harwell",
              "the Women in Defence networking evening", "the Forum Emploi Défense in Paris", "the Karrieretag Luft- und Raumfahrt in Bremen"])
    day = work_hours(rand_time(days=YEAR_DAYS - 5))
    reps = sample([r for r in REPORTERS if r[2] in ("Defence Systems Engineering", "Space Programmes", "Human Resources", "Semiconductor R&D")], 3)
    out = []
    for _ in range(n):
        p = gp()
        rep = C(reps)
        t = day + dt.timedelta(hours=R.randint(4, 60))
        comp = C(CLIENTS + BIG_EMPLOYERS)
        msgs = [("contact", V([f"Hi {rep[0].first}, great to meet you at {fair} yesterday! As promised, here is the link to our graduate roles at {comp}.",
                               f"Lovely chatting at {fair}. If you know anyone looking for a {C(['systems', 'software', 'test'])} role at {comp}, send them my way.",
                               f"Hi {rep[0].first}, thanks for stopping by the {comp} stand at {fair}. Let's keep in touch.",
                               f"Following up from {fair} — our team at {comp} would love to collaborate on the outreach programme."])),
                ("user", C(G_REPLY))]
        prof = g_profile(p, C(["Early Careers Recruiter", "Talent Acquisition Specialist", "Graduate Programme Manager", "HR Advisor", "Engineering Manager"]), comp)
        out.append(g_record(prof, g_conv(p, prof["name"], msgs, t_report=t), rep, t, "careers_fair_recruiters"))
    return out


def group_lab(n):
    lab_sup = person(C(["en", "de", "fr", "nl", "it"]))
    uni = C(["University of Manchester", "TU München", "Université Paris-Saclay", "Delft University of Technology", "ETH Zürich", "University of Edinburgh", "Politecnico di Milano"])
    lab = f"{lab_sup.last} Lab" if P(0.5) else f"{C(['Quantum Photonics', 'Advanced Materials', 'RF Systems', 'Energy Storage', 'Ultrafast Optics'])} Group"
    site = domain(ascii_slug(lab_sup.last) + "-" + C(["lab", "group", "research"]), ["org", "github.io", "eu"])
    acad = reporter_in(["Quantum Technologies Lab", "Semiconductor R&D", "Battery & Materials Science", "Research Computing"])
    out = []
    for _ in range(n):
        p = gp(W([("zh", 3), ("in", 2), ("en", 2), ("de", 1), ("it", 1), ("fa", 1), ("es", 1), ("ko", 1)]))
        rep = acad if P(0.7) else reporter_in(None)
        t = work_hours(rand_time())
        msgs = [("contact", V([f"Dear Dr {rep[0].last}, I'm a PhD student in {lab} at {uni} (supervised by Prof. {lab_sup.last}). I enjoyed your public talk and wondered if you'd be willing to have a short careers chat.",
                               f"Hello {rep[0].first}, Prof. {lab_sup.last} suggested I contact you about the public dataset your team released. Is there a citation you'd prefer?",
                               f"Dear {rep[0].first}, our group ({lab}, {uni}) is applying for a Horizon Europe call and Prof. {lab_sup.last} asked whether your organisation might be interested in being an associated partner.",
                               f"Hi {rep[0].first}, thanks for the feedback on my poster at the workshop! My preprint is now on arXiv."])),
                ("user", C(G_REPLY))]
        prof = g_profile(p, C(["PhD Candidate", "Doctoral Researcher", "Postdoctoral Researcher", "Research Assistant"]), uni,
                         contact={"websites": [f"https://{site}"]} if P(0.4) else None,
                         about=f"Member of the {lab} at {uni}." if P(0.5) else None)
        out.append(g_record(prof, g_conv(p, prof["name"], msgs, t_report=t) if P(0.85) else None, rep, t, "lab_group_students"))
    return out


def group_logo_firm(n):
    firm = f"{C(['Arden', 'Bexley', 'Corvid', 'Dunmore', 'Elstree', 'Fenwick', 'Greyfriars'])} {C(['Analytics', 'Engineering', 'Advisory', 'Systems'])}"
    dom = domain(firm, ["co.uk", "com"])
    logo = new_hash("logo")
    ph = Phone("uk")
    out = []
    for _ in range(n):
        p = gp(W([("en", 6), ("in", 1), ("pl", 1)]))
        rep = reporter_in(None)
        t = work_hours(rand_time())
        prof = g_profile(p, C(["Director", "Consultant", "Analyst", "Office Manager", "Engineer"]), V([firm, firm + " Ltd"]), photo=logo if P(0.75) else True,
                         contact={"emails": [email(p, dom)], "phones": [ph.fmt()]} if P(0.5) else None,
                         about=f"{firm} — independent {firm.split()[1].lower()} since {R.randint(1998, 2018)}. www.{dom}" if P(0.5) else None)
        msgs = [("contact", V([f"Hi {rep[0].first}, we're a small firm based in {C(UK_CITIES)} — would your team be open to an introduction? Our capability statement is at {dom}.",
                               f"Hello {rep[0].first}, following up on the supplier portal registration — is there anything else your procurement team needs from us?",
                               f"Hi {rep[0].first}, congratulations on the new role!"])), ("user", C(G_REPLY))]
        out.append(g_record(prof, g_conv(p, prof["name"], msgs, t_report=t) if P(0.7) else None, rep, t, "small_firm_logo_photo"))
    return out


HARD_GROUPS = {"same_employer_staff": (group_same_employer, (5, 30)), "recruitment_agency_staff": (group_recruitment_agency, (4, 18)),
               "ats_recruiters": (group_ats, (4, 14)), "alumni_cohort": (group_alumni, (3, 12)), "common_name": (group_common_name, (3, 7)),
               "conference_organisers": (group_conference, (3, 12)), "event_colleagues": (group_event_colleagues, (3, 9)),
               "stock_phrases": (group_stock_phrases, (6, 20)), "new_accounts": (group_new_accounts, (4, 15)),
               "expert_network_staff": (group_expert_network, (3, 12)), "think_tank_staff": (group_think_tank, (3, 10)),
               "coworking_freelancers": (group_coworking, (3, 8)), "careers_fair_recruiters": (group_careers_fair, (3, 10)),
               "lab_group_students": (group_lab, (3, 9)), "small_firm_logo_photo": (group_logo_firm, (3, 8))}
SINGLE_KINDS = ["genuine_recruiter", "genuine_journalist", "genuine_student", "genuine_alumni_office", "genuine_colleague", "genuine_vendor",
                "genuine_hr_internal", "genuine_event_registration", "genuine_conference_chair"]


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def camp_size():
    return W([(R.randint(3, 6), 4), (R.randint(7, 14), 4), (R.randint(15, 26), 2.5), (R.randint(27, 40), 1)])


def generate(seed, size, held_out):
    global R, HELD_OUT, SEED
    R = random.Random(seed * 7919 + (1 if held_out else 0))
    HELD_OUT, SEED = held_out, seed
    for k in USED:
        USED[k] = set()
    RECROPS.clear()
    _HC[0] = 0
    make_reporters()
    styles = [n for n, s in STYLES.items() if held_out or not s["held_out"]]
    target_c = round(size * R.uniform(0.28, 0.32))
    plan = []
    order = list(styles)
    R.shuffle(order)
    for s in order:
        plan.append([s, camp_size()])
    if held_out:  # test-only styles get a fair share
        for s in styles:
            if STYLES[s]["held_out"]:
                plan.append([s, camp_size()])
    while sum(x[1] for x in plan) < target_c:
        plan.append([C(styles), camp_size()])
    R.shuffle(plan)
    excess = sum(x[1] for x in plan) - target_c
    while excess > 0:
        i = R.randrange(len(plan))
        take = min(excess, plan[i][1] - 3)
        if take > 0:
            plan[i][1] -= take
            excess -= take
    records = []
    camp_meta = []
    stolen_pool = []
    for idx, (s, n) in enumerate(plan):
        cid = "op-" + hashlib.sha256(f"{seed}:{idx}:{s}".encode()).hexdigest()[:8]
        recs, inf, sets = build_campaign(STYLES[s], n, cid)
        records += recs
        used_photos = [r[0]["profile"].get("photo", {}).get("sha256") for r in recs]
        stolen_pool += [h for h in inf.photos if h in used_photos]
        tcount = {}
        for st_ in sets:
            for t in st_:
                tcount[t] = tcount.get(t, 0) + 1
        camp_meta.append({"campaign": cid, "style": s, "size": n, "care": inf.care, "traces": dict(sorted(tcount.items()))})
    n_nc = size - len(records)
    n_hard = n_nc // 2
    hard = []
    n_solo = round(n_hard * 0.09)
    for _ in range(n_solo):
        hard.append(solitary_fake())
    kinds = list(HARD_GROUPS)
    ki = 0
    R.shuffle(kinds)
    groups_meta = []
    while len(hard) < n_hard:
        k = kinds[ki % len(kinds)]
        ki += 1
        fn, (lo, hi) = HARD_GROUPS[k]
        n = min(R.randint(lo, hi), n_hard - len(hard))
        if n < 2 and k not in ("stock_phrases", "new_accounts"):
            k, fn, n = "stock_phrases", group_stock_phrases, n
        if n <= 0:
            break
        g = fn(n)
        hard += g
        groups_meta.append((k, len(g)))
    easy = []
    # the real people whose photos the operations stole (their own, genuine profiles)
    for h in sample(stolen_pool, min(len(stolen_pool), R.randint(4, 8))):
        if len(hard) + len(easy) >= n_nc:
            break
        rec, tr = genuine_single(C(SINGLE_KINDS))
        rec["profile"]["photo"] = {"present": True, "sha256": h}
        tr["kind"] = "stolen_photo_owner"
        hard.append((rec, tr))
    while len(hard) + len(easy) < n_nc:
        easy.append(genuine_single(C(SINGLE_KINDS)))
    records += hard + easy
    R.shuffle(records)
    return records, camp_meta, groups_meta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--size", type=int, default=3000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--meta", help="optional: write per-campaign trace counts (JSON) here")
    a = ap.parse_args()
    records, camp_meta, groups_meta = generate(a.seed, a.size, a.held_out)
    urls = [r[1]["url"] for r in records]
    assert len(set(urls)) == len(urls), "duplicate URL"
    with open(a.out, "w", encoding="utf-8") as f, open(a.truth, "w", encoding="utf-8") as g:
        for rec, tr in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            g.write(json.dumps(tr, ensure_ascii=False) + "\n")
    if a.meta:
        with open(a.meta, "w", encoding="utf-8") as f:
            json.dump({"campaigns": camp_meta, "hard_groups": groups_meta, "recropped_photos": len(RECROPS)}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
