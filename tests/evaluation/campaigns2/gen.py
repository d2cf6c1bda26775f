#!/usr/bin/env python3
"""Blind generator of campaign-grouping evaluation sets (standard library only).

usage: python3 gen.py --seed 41 --n 3000 --mode dev  --out dev2
       python3 gen.py --seed 43 --n 3000 --mode test --out test2

Every wording / name / format pool is split into a MAIN part and a held-back TAIL
(last ~20 % of each list).  dev mode never draws from a tail; test mode draws from the
tail with probability 0.5.  Some campaign styles exist only in test mode.
"""
import argparse, json, random, re, datetime, unicodedata

# ----------------------------------------------------------------------------- core
class G:
    def __init__(self, seed, test):
        self.r = random.Random(seed)
        self.test = test
        self.used_urls = set()
        self.used_slugs = set()
        self.used_emails = set()
        self.used_phones = set()
        self.used_handles = set()

    def pk(self, pool):
        """pick from pool honouring the held-back tail"""
        n = len(pool)
        if n < 2:
            return pool[0]
        t = max(1, round(n * 0.2))
        main, tail = pool[:n - t], pool[n - t:]
        if self.test and self.r.random() < 0.5:
            return self.r.choice(tail)
        return self.r.choice(main)

    def spk(self, pool, k):
        """sample k distinct items honouring the held-back tail"""
        n = len(pool)
        t = max(1, round(n * 0.2)) if n >= 2 else 0
        avail = list(pool) if self.test else list(pool[:n - t])
        return self.r.sample(avail, min(k, len(avail)))

    def main_only(self, pool):
        n = len(pool)
        if n < 2:
            return pool[0]
        t = max(1, round(n * 0.2))
        return self.r.choice(pool[:n - t])

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def ri(self, a, b):
        return self.r.randint(a, b)

    def x(self, s, **slots):
        """expand {a|b} alternations (innermost first) then <slot> fills"""
        pat = re.compile(r"\{([^{}]*\|[^{}]*)\}")
        while True:
            m = pat.search(s)
            if not m:
                break
            s = s[:m.start()] + self.r.choice(m.group(1).split("|")) + s[m.end():]
        def fill(m):
            k = m.group(1)
            v = slots.get(k)
            if v is None:
                return m.group(0)
            return str(v)
        s = re.sub(r"<(\w+)>", fill, s)
        return re.sub(r"  +", " ", s).strip()

    def hex(self, n=64):
        return "%0*x" % (n, self.r.getrandbits(4 * n))


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s or "member"

# ----------------------------------------------------------------------------- names
NAMES = {
    "en": (["James", "Oliver", "Sarah", "Emma", "Thomas", "Rachel", "Daniel", "Laura", "Michael", "Hannah",
            "Chris", "Sophie", "Matthew", "Charlotte", "Andrew", "Lucy", "Mark", "Jessica", "Paul", "Katie",
            "Richard", "Amy", "Simon", "Helen", "Ben", "Grace", "Tom", "Natalie", "George", "Megan",
            "Gareth", "Fiona", "Callum", "Imogen", "Rhys", "Bethany", "Declan", "Harriet"],
           ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
            "Harris", "Lewis", "Turner", "Hughes", "Edwards", "Cooper", "Morris", "Ward", "Bennett", "Fletcher",
            "Pritchard", "Ashworth", "Gallagher", "Whitfield", "Kavanagh", "Lockwood"]),
    "us": (["Jennifer", "Ryan", "Ashley", "Brandon", "Kimberly", "Tyler", "Nicole", "Kevin", "Stephanie",
            "Jason", "Melissa", "Eric", "Danielle", "Justin", "Lauren", "Marcus", "Courtney", "Derek"],
           ["Miller", "Anderson", "Martinez", "Thomas", "Moore", "Jackson", "Lee", "Harris", "Clark",
            "Rodriguez", "Young", "King", "Scott", "Nguyen", "Hill", "Baker", "Mitchell", "Carter"]),
    "de": (["Lukas", "Anna", "Jonas", "Lea", "Felix", "Maximilian", "Katharina", "Tobias", "Julia",
            "Sebastian", "Lena", "Florian", "Miriam", "Stefan", "Sabine", "Jörg", "Ulrike", "Bernd"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
            "Schulz", "Koch", "Richter", "Wolf", "Neumann", "Zimmermann", "Krüger", "Hartmann", "Vogt"]),
    "fr": (["Julien", "Camille", "Nicolas", "Chloé", "Antoine", "Manon", "Mathieu", "Élodie", "Pierre",
            "Claire", "Guillaume", "Aurélie", "Hugo", "Léa", "Baptiste", "Solène"],
           ["Martin", "Bernard", "Dubois", "Laurent", "Moreau", "Lefèvre", "Girard", "Fournier", "Mercier",
            "Rousseau", "Blanc", "Garnier", "Chevalier", "Perrin", "Lemaire", "Fabre"]),
    "es": (["Alejandro", "Lucía", "Javier", "María", "Carlos", "Elena", "Pablo", "Carmen", "Diego",
            "Marta", "Sergio", "Nuria", "Íñigo", "Rocío"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Díaz",
            "Moreno", "Álvarez", "Romero", "Navarro", "Iglesias"]),
    "ru_m": (["Dmitry", "Sergei", "Alexei", "Mikhail", "Ivan", "Pavel", "Andrei", "Nikolai", "Yuri", "Artem"],
             ["Ivanov", "Petrov", "Smirnov", "Volkov", "Sokolov", "Kuznetsov", "Orlov", "Morozov", "Belov", "Zaitsev"]),
    "ru_f": (["Anna", "Elena", "Olga", "Natalia", "Ekaterina", "Irina", "Svetlana", "Maria", "Yulia", "Daria"],
             ["Ivanova", "Petrova", "Smirnova", "Volkova", "Sokolova", "Kuznetsova", "Orlova", "Morozova", "Belova", "Zaitseva"]),
    "zh": (["Wei", "Jing", "Li", "Xin", "Hao", "Yan", "Lei", "Min", "Jun", "Ying", "Tao", "Hui", "Xiaoming",
            "Yifan", "Ruoxi", "Zihan", "Haoran", "Mengyao"],
           ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
            "Zhu", "Hu", "Guo", "Lin", "Tang"]),
    "in": (["Priya", "Rahul", "Ananya", "Arjun", "Deepa", "Vikram", "Sneha", "Rohan", "Kavya", "Aditya",
            "Meera", "Siddharth"],
           ["Sharma", "Patel", "Gupta", "Iyer", "Reddy", "Nair", "Singh", "Kumar", "Mehta", "Rao", "Banerjee", "Joshi"]),
    "ar": (["Omar", "Layla", "Ahmed", "Fatima", "Youssef", "Nour", "Karim", "Sara", "Hassan", "Rania", "Tariq", "Yasmin"],
           ["Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Aziz", "Farouk", "Hamdan", "Rahman", "Qureshi", "Darwish", "Issa"]),
    "nl": (["Lars", "Ingrid", "Erik", "Sanne", "Pieter", "Astrid", "Maarten", "Sofie", "Henrik", "Femke"],
           ["de Vries", "Jansen", "Lindqvist", "Andersen", "Nilsen", "Bakker", "van Dijk", "Johansson", "Visser", "Berg"]),
    "kr": (["Min-jun", "Ji-woo", "Hiroshi", "Yuki", "Kenji", "Sakura", "Seo-yeon", "Takumi"],
           ["Kim", "Park", "Lee", "Tanaka", "Suzuki", "Sato", "Choi", "Watanabe"]),
}
CULTURES_GENUINE = ["en", "en", "en", "en", "us", "us", "de", "fr", "es", "in", "in", "zh", "ar", "nl", "kr", "ru_m", "ru_f"]
CULTURES_FAKE = ["en", "en", "us", "us", "zh", "zh", "in", "ar", "de", "fr", "es", "ru_m", "ru_f", "kr", "nl"]

NAME_FORMATS = ["{f} {l}", "{f} {l}", "{f} {l}", "{f} {l}", "{f} {l}", "{f} {i}. {l}", "Dr. {f} {l}", "Dr {f} {l}",
                "{f} {l}, PhD", "{f} {l} MBA", "{f} {l} (she/her)", "{f} {l} (he/him)", "{L} {f}",
                "{f} {l}, CISSP", "{f} \u201c{n}\u201d {l}", "{f}-{f2} {l}"]

def make_name(g, culture=None, fake=False, plain=False):
    if culture is None:
        culture = g.ch(CULTURES_FAKE if fake else CULTURES_GENUINE)
    firsts, lasts = NAMES[culture]
    f, l = g.pk(firsts), g.pk(lasts)
    if plain or g.p(0.6):
        fmt = "{f} {l}"
    else:
        fmt = g.pk(NAME_FORMATS)
    nick = f[:3] if len(f) > 4 else f
    f2 = g.pk(firsts)
    name = fmt.format(f=f, l=l, L=l.upper(), i=g.ch("ABCDEFGHJKLMNPRSTW"), n=nick, f2=f2)
    if culture == "zh" and fmt == "{f} {l}" and g.p(0.25):
        name = "{l} {f}".format(f=f, l=l)
    return {"name": name, "first": f, "last": l, "culture": culture}

# ----------------------------------------------------------------------------- phones
COUNTRIES = {
    # cc, trunk, list of (area_len, nsn generator)
    "UK": ("44", "0", [(2, lambda g: "20" + "79460" + "%03d" % g.ri(0, 999)), (4, lambda g: "7700" + "900" + "%03d" % g.ri(0, 999)),
                       (3, lambda g: "161" + "496" + "%04d" % g.ri(0, 9999)), (4, lambda g: "1632" + "960" + "%03d" % g.ri(0, 999))]),
    "DE": ("49", "0", [(2, lambda g: "30" + "%08d" % g.ri(0, 99999999)), (3, lambda g: "151" + "%08d" % g.ri(0, 99999999)),
                       (2, lambda g: "89" + "%07d" % g.ri(0, 9999999))]),
    "FR": ("33", "0", [(1, lambda g: "1" + "%08d" % g.ri(0, 99999999)), (1, lambda g: "6" + "%08d" % g.ri(0, 99999999))]),
    "US": ("1", "", [(3, lambda g: g.pk(["202", "703", "571", "617", "415"]) + "555" + "01%02d" % g.ri(0, 99))]),
    "SG": ("65", "", [(4, lambda g: g.pk(["8", "9", "6"]) + "%07d" % g.ri(0, 9999999))]),
    "AE": ("971", "0", [(2, lambda g: g.pk(["50", "55", "52"]) + "%07d" % g.ri(0, 9999999)), (1, lambda g: "4" + "%07d" % g.ri(0, 9999999))]),
    "HK": ("852", "", [(4, lambda g: g.pk(["5", "6", "9"]) + "%07d" % g.ri(0, 9999999))]),
    "CN": ("86", "0", [(3, lambda g: g.pk(["138", "139", "186", "135"]) + "%08d" % g.ri(0, 99999999)), (2, lambda g: "10" + "%08d" % g.ri(0, 99999999))]),
    "CH": ("41", "0", [(2, lambda g: "22" + "%07d" % g.ri(0, 9999999)), (2, lambda g: "79" + "%07d" % g.ri(0, 9999999))]),
    "NL": ("31", "0", [(2, lambda g: "70" + "%07d" % g.ri(0, 9999999)), (1, lambda g: "6" + "%08d" % g.ri(0, 99999999))]),
    "TR": ("90", "0", [(3, lambda g: "532" + "%07d" % g.ri(0, 9999999))]),
    "RU": ("7", "8", [(3, lambda g: "495" + "%07d" % g.ri(0, 9999999)), (3, lambda g: "916" + "%07d" % g.ri(0, 9999999))]),
    "ES": ("34", "", [(3, lambda g: "6" + "%08d" % g.ri(0, 99999999)), (2, lambda g: "91" + "%07d" % g.ri(0, 9999999))]),
    "BE": ("32", "0", [(1, lambda g: "2" + "%07d" % g.ri(0, 9999999))]),
    "MY": ("60", "0", [(2, lambda g: "12" + "%07d" % g.ri(0, 9999999))]),
}

def new_phone(g, country=None):
    if country is None:
        country = g.pk(list(COUNTRIES))
    cc, trunk, kinds = COUNTRIES[country]
    while True:
        alen, fn = g.ch(kinds)
        nsn = fn(g)
        if (cc, nsn) not in g.used_phones:
            g.used_phones.add((cc, nsn))
            return {"country": country, "cc": cc, "trunk": trunk, "alen": alen, "nsn": nsn}

def _groups(ph):
    n, a = ph["nsn"], ph["alen"]
    head, rest = n[:a], n[a:]
    if len(rest) <= 4:
        return [head, rest]
    if len(rest) == 8:
        return [head, rest[:4], rest[4:]]
    return [head, rest[:3], rest[3:]]

PHONE_FORMATS = ["e164", "intl_space", "intl_space", "national", "intl_zero", "00", "dots", "brackets",
                 "dashes", "intl_compact_area", "plain_digits", "us_style", "tel_uri", "zero_brackets_dash",
                 "00_zero", "slash"]

def fmt_phone(g, ph, style=None):
    if style is None:
        style = g.pk(PHONE_FORMATS)
    cc, tr, n = ph["cc"], ph["trunk"], ph["nsn"]
    gr = _groups(ph)
    if cc == "1" and style in ("us_style", "national", "brackets"):
        return g.pk(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:]),
                     "%s-%s-%s" % (n[:3], n[3:6], n[6:])])
    if style == "e164":
        return "+" + cc + n
    if style == "intl_space":
        return "+%s %s" % (cc, " ".join(gr))
    if style == "national":
        return (tr + " ".join(gr)) if tr else " ".join(gr)
    if style == "intl_zero":
        return "+%s (%s)%s" % (cc, tr or "0", " ".join(gr)) if tr else "+%s %s" % (cc, " ".join(gr))
    if style == "00":
        return "00%s %s" % (cc, " ".join(gr))
    if style == "dots":
        return "+%s.%s" % (cc, ".".join(gr))
    if style == "brackets":
        return "(%s%s) %s" % (tr, gr[0], " ".join(gr[1:]))
    if style == "dashes":
        return "+%s-%s" % (cc, "-".join(gr))
    if style == "intl_compact_area":
        return "+%s %s %s" % (cc, gr[0], "".join(gr[1:]))
    if style == "plain_digits":
        return cc + n
    if style == "us_style":
        return "+%s (%s) %s" % (cc, gr[0], "-".join(gr[1:]))
    if style == "tel_uri":
        return "tel:+%s-%s" % (cc, "-".join(gr))
    if style == "zero_brackets_dash":
        return "+%s (0) %s" % (cc, "-".join(gr))
    if style == "00_zero":
        return "00%s(0)%s" % (cc, "".join(gr))
    if style == "slash":
        return "%s%s / %s" % (tr, gr[0], "".join(gr[1:]))
    return "+" + cc + n

# ----------------------------------------------------------------------------- firms
FIRM_W1 = ["Apex", "Meridian", "Sterling", "Crescent", "Bluewater", "Summit", "Evergreen", "Pinnacle", "Harbour",
           "Silverline", "Orion", "Beacon", "Atlas", "Vantage", "Keystone", "Northstar", "Horizon", "Lodestar",
           "Clearview", "Ironbridge", "Redwood", "Sapphire", "Trident", "Westgate", "Cobalt", "Granite", "Linden",
           "Halcyon", "Aurora", "Falcon", "Tideline", "Saxon", "Quorum", "Kingsway"]
FIRM_W2 = ["Strategic", "Global", "Pacific", "Euro-Asia", "Policy", "Capital", "Risk", "Talent", "Insight", "Defence",
           "Energy", "Advisory", "Intelligence", "Analytics", "Research", "Executive", "Frontier", "Continental",
           "Maritime", "Technology", "Sino-European", "Atlantic"]
FIRM_W3 = ["Consulting", "Partners", "Advisory", "Group", "Associates", "Research", "Institute", "Search",
           "Solutions", "Network", "Foundation", "Forum", "Council", "Ventures", "Analytics", "Holdings",
           "Collective", "Exchange", "Bureau", "Centre"]
LEGAL_SUFFIX = ["Ltd", "Ltd.", "Limited", "LLC", "Inc.", "GmbH", "S.A.", "S.A.R.L.", "SAS", "Pte. Ltd.", "Pte Ltd",
                "FZE", "FZ-LLC", "B.V.", "AG", "S.L.", "Co., Ltd.", "LLP", "Sp. z o.o.", "OOO", "K.K.", "SRL", "AB", "Oy"]
REGION_QUAL = ["(Asia Pacific)", "(APAC)", "Europe", "UK", "Middle East", "(EMEA)", "Hong Kong", "Singapore",
               "International", "Global", "North America", "DACH", "(Greater China)", "Nordics"]
TLDS = ["com", "com", "net", "org", "co", "io", "co.uk", "org.uk", "sg", "hk", "ae", "eu", "group", "consulting",
        "biz", "info", "online", "global", "pro", "agency"]

def new_firm(g, kind=None):
    w1, w2, w3 = g.pk(FIRM_W1), g.pk(FIRM_W2), g.pk(FIRM_W3)
    form = g.ri(0, 3)
    if form == 0:
        base = "%s %s %s" % (w1, w2, w3)
    elif form == 1:
        base = "%s %s" % (w1, w3)
    elif form == 2:
        base = "%s %s" % (w2, w3) if g.p(0.3) else "%s %s %s" % (w1, w2, w3)
    else:
        base = "%s & %s %s" % (w1, g.pk(FIRM_W1), w3)
    words = re.findall(r"[A-Za-z]+", base)
    acr = "".join(w[0] for w in words if w.lower() not in ("and",)).upper()
    dom_style = g.ri(0, 3)
    if dom_style == 0:
        dom = ascii_slug(base).replace("-", "")
    elif dom_style == 1:
        dom = ascii_slug(base)
    elif dom_style == 2:
        dom = acr.lower() + "-" + ascii_slug(words[-1])
    else:
        dom = ascii_slug(w1) + ascii_slug(words[-1])[:4]
    domain = dom + "." + g.pk(TLDS)
    return {"base": base, "acr": acr, "domain": domain, "suffix": g.pk(LEGAL_SUFFIX), "w1": w1}

CYR = {"a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж",
       "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т",
       "u": "у", "v": "в", "w": "у", "x": "кс", "y": "й", "z": "з"}

def translit_cyr(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in CYR:
            c = CYR[lo]
            out.append(c.upper() if ch.isupper() else c)
        else:
            out.append(ch)
    return "".join(out)

FIRM_VARIANTS = ["plain", "suffix", "suffix", "acr", "acr_suffix", "region", "upper", "lower_dash",
                 "suffix_region", "comma_suffix", "acr_paren", "the", "cyr", "nospace", "ampersand_and"]

def firm_variant(g, firm, style=None):
    style = style or g.pk(FIRM_VARIANTS)
    b, a, s = firm["base"], firm["acr"], firm["suffix"]
    if style == "plain":
        return b
    if style == "suffix":
        return "%s %s" % (b, g.pk(LEGAL_SUFFIX) if g.p(0.5) else s)
    if style == "acr":
        return a
    if style == "acr_suffix":
        return "%s %s" % (a, s)
    if style == "region":
        return "%s %s" % (b, g.pk(REGION_QUAL))
    if style == "upper":
        return b.upper()
    if style == "lower_dash":
        return ascii_slug(b)
    if style == "suffix_region":
        return "%s %s %s" % (b, g.pk(REGION_QUAL), g.pk(LEGAL_SUFFIX))
    if style == "comma_suffix":
        return "%s, %s" % (b, s)
    if style == "acr_paren":
        return "%s (%s)" % (b, a)
    if style == "the":
        return "The %s" % b
    if style == "cyr":
        return translit_cyr(b)
    if style == "nospace":
        return b.replace(" ", "")
    if style == "ampersand_and":
        return b.replace("&", "and") if "&" in b else b + " Intl."
    return b

URL_STYLES = ["https_www", "https", "http_www", "utm", "utm", "subdomain", "case", "trailing_path", "bare",
              "lang_path", "fbclid", "ref", "mixed_case_path", "port_like"]

def url_variant(g, domain, style=None, path=""):
    style = style or g.pk(URL_STYLES)
    if style == "https_www":
        return "https://www.%s/%s" % (domain, path)
    if style == "https":
        return "https://%s/%s" % (domain, path)
    if style == "http_www":
        return "http://www.%s" % domain
    if style == "utm":
        return "https://www.%s/%s?utm_source=%s&utm_medium=%s&utm_campaign=%s" % (
            domain, path, g.pk(["linkedin", "li", "LinkedIn", "social"]), g.pk(["social", "profile", "dm", "inmail"]),
            g.pk(["talent2026", "outreach", "q3_network", "expert_panel", "summit"]))
    if style == "subdomain":
        return "https://%s.%s/" % (g.pk(["careers", "en", "www2", "jobs", "network", "portal", "uk", "asia"]), domain)
    if style == "case":
        d = "".join(c.upper() if g.p(0.35) else c for c in domain)
        return "https://www.%s" % d
    if style == "trailing_path":
        return "https://%s/%s" % (domain, g.pk(["about-us/", "team", "contact.html", "index.php?page=about", "en/home"]))
    if style == "bare":
        return domain if g.p(0.5) else "www." + domain
    if style == "lang_path":
        return "https://www.%s/%s/" % (domain, g.ch(["en", "en-gb", "de", "fr", "zh-cn", "es"]))
    if style == "fbclid":
        return "https://%s/?fbclid=IwAR%s" % (domain, g.hex(20))
    if style == "ref":
        return "https://www.%s/?ref=%s" % (domain, g.pk(["linkedin", "lnkd", "profile", "signature"]))
    if style == "mixed_case_path":
        return "HTTPS://WWW.%s/Home" % domain.upper()
    if style == "port_like":
        return "https://www.%s:443/" % domain
    return "https://" + domain

# ----------------------------------------------------------------------------- topics / fees
# topics with translations: en, de, fr, es, ru, zh
TOPICS = [
    ("European grid-scale battery storage", "Batteriespeicher im europäischen Stromnetz", "le stockage par batteries du réseau européen", "el almacenamiento en baterías de la red europea", "сетевые аккумуляторные накопители в Европе", "欧洲电网级储能"),
    ("UK defence procurement reform", "die Reform der britischen Rüstungsbeschaffung", "la réforme des achats de défense britanniques", "la reforma de compras de defensa del Reino Unido", "реформа оборонных закупок Великобритании", "英国国防采购改革"),
    ("satellite communications resilience", "die Resilienz der Satellitenkommunikation", "la résilience des communications par satellite", "la resiliencia de las comunicaciones por satélite", "устойчивость спутниковой связи", "卫星通信韧性"),
    ("semiconductor export controls", "Exportkontrollen für Halbleiter", "le contrôle des exportations de semi-conducteurs", "los controles de exportación de semiconductores", "экспортный контроль полупроводников", "半导体出口管制"),
    ("small modular reactors", "kleine modulare Reaktoren", "les petits réacteurs modulaires", "los pequeños reactores modulares", "малые модульные реакторы", "小型模块化反应堆"),
    ("NATO capability planning", "die Fähigkeitsplanung der NATO", "la planification capacitaire de l'OTAN", "la planificación de capacidades de la OTAN", "планирование возможностей НАТО", "北约能力规划"),
    ("quantum-safe cryptography migration", "die Migration zu quantensicherer Kryptografie", "la migration vers la cryptographie post-quantique", "la migración a criptografía poscuántica", "переход на постквантовую криптографию", "抗量子密码迁移"),
    ("hypersonic propulsion research", "Forschung zu Hyperschallantrieben", "la recherche sur la propulsion hypersonique", "la investigación en propulsión hipersónica", "исследования гиперзвуковых двигателей", "高超音速推进研究"),
    ("critical minerals supply chains", "Lieferketten für kritische Rohstoffe", "les chaînes d'approvisionnement en minerais critiques", "las cadenas de suministro de minerales críticos", "цепочки поставок критически важных минералов", "关键矿产供应链"),
    ("undersea cable security", "die Sicherheit von Unterseekabeln", "la sécurité des câbles sous-marins", "la seguridad de los cables submarinos", "безопасность подводных кабелей", "海底电缆安全"),
    ("AI assurance in government", "KI-Absicherung in der Verwaltung", "l'assurance de l'IA dans l'administration", "la garantía de la IA en la administración", "надёжность ИИ в госуправлении", "政府人工智能保障"),
    ("5G network security policy", "die Sicherheitspolitik für 5G-Netze", "la politique de sécurité des réseaux 5G", "la política de seguridad de redes 5G", "политика безопасности сетей 5G", "5G网络安全政策"),
    ("Arctic shipping routes", "arktische Schifffahrtsrouten", "les routes maritimes arctiques", "las rutas marítimas del Ártico", "арктические морские пути", "北极航道"),
    ("drone counter-measures", "Drohnenabwehr", "la lutte anti-drones", "las contramedidas antidrones", "средства противодействия дронам", "反无人机措施"),
    ("hydrogen infrastructure investment", "Investitionen in Wasserstoffinfrastruktur", "l'investissement dans les infrastructures hydrogène", "la inversión en infraestructura de hidrógeno", "инвестиции в водородную инфраструктуру", "氢能基础设施投资"),
]
LANGS = ["en", "de", "fr", "es", "ru", "zh"]
LI = {l: i for i, l in enumerate(LANGS)}

CLIENTS = {
    "en": ["a Singapore-based family office", "a Gulf sovereign investor", "a European energy fund", "an Asian think tank",
           "a private equity client", "a consortium of investors in Hong Kong", "a Canadian research foundation",
           "a Swiss private bank", "a government-backed research institute", "a boutique hedge fund"],
    "de": ["ein Family Office aus Singapur", "ein Investor aus dem Golf", "ein europäischer Energiefonds", "ein asiatischer Thinktank"],
    "fr": ["un family office basé à Singapour", "un investisseur du Golfe", "un fonds européen de l'énergie", "un groupe de réflexion asiatique"],
    "es": ["un family office con sede en Singapur", "un inversor del Golfo", "un fondo europeo de energía", "un think tank asiático"],
    "ru": ["семейный офис из Сингапура", "инвестор из стран Залива", "европейский энергетический фонд", "азиатский аналитический центр"],
    "zh": ["一家新加坡家族办公室", "一位海湾地区投资人", "一家欧洲能源基金", "一家亚洲智库"],
}

FEE_FORMATS = {
    "USD": ["USD <a>", "US$<a>", "$<a>", "<a> USD", "USD <a>–<b>", "$<a>-$<b>", "<a> US dollars", "USD <a> to <b>"],
    "EUR": ["€<a>", "<a> €", "EUR <a>", "<a> euros", "€<a>–<b>", "<a> EUR"],
    "GBP": ["£<a>", "GBP <a>", "<a> pounds", "£<a>–£<b>"],
    "CNY": ["¥<a>", "<a> 元", "RMB <a>", "人民币<a>元"],
    "RUB": ["<a> ₽", "<a> руб.", "<a> рублей"],
    "CHF": ["CHF <a>", "<a> CHF"],
}

def fmt_num(g, v, lang):
    s = "{:,}".format(v)
    if lang in ("de", "es"):
        s = s.replace(",", ".")
    elif lang in ("fr", "ru"):
        s = s.replace(",", "\u202f" if g.p(0.5) else " ")
    elif lang == "en" and g.p(0.15):
        s = str(v)
    return s

def new_fee(g, lang="en", cur=None):
    if cur is None:
        cur = {"en": g.pk(["USD", "USD", "GBP", "EUR"]), "de": "EUR", "fr": "EUR", "es": g.pk(["EUR", "USD"]),
               "ru": g.pk(["RUB", "USD"]), "zh": g.pk(["CNY", "USD"])}[lang]
    base = {"USD": g.pk([300, 500, 800, 1000, 1500, 2000, 2500, 3000, 5000]),
            "EUR": g.pk([400, 500, 750, 1000, 1500, 2000, 3000]),
            "GBP": g.pk([300, 500, 800, 1000, 1200, 2000]),
            "CNY": g.pk([3000, 5000, 8000, 10000, 20000]),
            "RUB": g.pk([30000, 50000, 80000, 150000]),
            "CHF": g.pk([500, 1000, 2000])}[cur]
    return {"cur": cur, "a": base, "b": base * g.pk([2, 3])}

def render_fee(g, fee, lang):
    tpl = g.pk(FEE_FORMATS[fee["cur"]])
    return tpl.replace("<a>", fmt_num(g, fee["a"], lang)).replace("<b>", fmt_num(g, fee["b"], lang))

APPS = ["WhatsApp", "Telegram", "WeChat", "Signal", "Viber", "Threema", "Wire", "Line"]

# ----------------------------------------------------------------------------- hostile script stages
HS = {
 "opener": {
  "en": ["{Hi|Hello|Dear} <first>, I came across your profile {while researching|when looking into} <topic> and was {really|genuinely} impressed by your background.",
         "Good {morning|afternoon} <first>. I lead a small {team|practice} at <firm> and your experience {at|with} <employer> stood out to me.",
         "<first>, I hope you don't mind me {reaching out directly|contacting you out of the blue}. We work with clients who are {keen|eager} to hear from experienced people in <topic>.",
         "Dear <first>, my name is <me> and I am <role> at <firm>. Your profile {caught my eye|stood out} as we are building an {advisory|expert} network on <topic>.",
         "Hello <first> — I've been following your {posts|comments} on <topic> for a while and {wanted|thought it was time} to say hello.",
         "{Hi|Hey} <first>! {Sorry for the cold message|Apologies for the unsolicited note} — your name came up in a {discussion|conversation} about <topic>.",
         "Dear Mr./Ms. <last>, I am writing on behalf of <firm> regarding a {short|paid} consultation on <topic>.",
         "Hi <first>, a former colleague of yours suggested I get in touch about <topic>."],
  "de": ["{Hallo|Guten Tag} <first>, ich bin bei der Recherche zu <topic> auf Ihr Profil gestoßen und war von Ihrem Werdegang sehr beeindruckt.",
         "Sehr geehrte/r <first> <last>, ich bin <me> von <firm>. Wir bauen ein Expertennetzwerk zu <topic> auf.",
         "Hallo <first>, entschuldigen Sie die direkte Nachricht – Ihr Name fiel in einem Gespräch über <topic>.",
         "Guten Tag <first>, Ihre Erfahrung bei <employer> ist für unsere Mandanten sehr interessant."],
  "fr": ["Bonjour <first>, en faisant des recherches sur <topic>, je suis tombé(e) sur votre profil et votre parcours m'a beaucoup impressionné(e).",
         "Cher/Chère <first>, je suis <me>, de <firm>. Nous constituons un réseau d'experts sur <topic>.",
         "Bonjour <first>, pardonnez ce message direct : votre nom est revenu dans une discussion sur <topic>.",
         "Bonsoir <first>, votre expérience chez <employer> intéresse beaucoup nos clients."],
  "es": ["Hola <first>, investigando sobre <topic> encontré su perfil y me impresionó mucho su trayectoria.",
         "Estimado/a <first>, soy <me>, de <firm>. Estamos creando una red de expertos sobre <topic>.",
         "Hola <first>, disculpe el mensaje directo: su nombre salió en una conversación sobre <topic>.",
         "Buenas tardes <first>, su experiencia en <employer> resulta muy interesante para nuestros clientes."],
  "ru": ["Здравствуйте, <first>! Изучая тему «<topic>», я нашёл ваш профиль — у вас впечатляющий опыт.",
         "Добрый день, <first>. Меня зовут <me>, я представляю <firm>. Мы формируем экспертную сеть по теме «<topic>».",
         "<first>, простите за прямое сообщение — ваше имя прозвучало в разговоре о теме «<topic>».",
         "Здравствуйте! Ваш опыт в <employer> очень интересен нашим клиентам."],
  "zh": ["<first>您好，我在研究<topic>时看到了您的资料，您的经历令人印象深刻。",
         "<first>您好，我是<firm>的<me>，我们正在建立一个关于<topic>的专家网络。",
         "冒昧打扰，<first>。在一次关于<topic>的讨论中有人提到了您。",
         "您好<first>，您在<employer>的经验对我们的客户非常有价值。"],
 },
 "rapport": {
  "en": ["It's rare to find someone with both the technical depth and the policy perspective you have.",
         "I {really|very much} enjoyed your recent post — you clearly know this field better than most so-called experts.",
         "How long have you been at <employer>? It must be fascinating work, even if I imagine you can't say much about it!",
         "I was in <city> last {month|spring} and loved it. Do you enjoy living there?",
         "Our clients value independent voices like yours rather than the official line.",
         "You must be {very busy|incredibly busy}, so I really appreciate you taking the time to reply.",
         "Forgive me if this is too forward, but I feel we share a lot of interests.",
         "Your career path is {exactly|precisely} the kind of experience our network is missing."],
  "de": ["Es ist selten, jemanden mit so viel Fachwissen und politischem Verständnis zu finden.",
         "Ihr letzter Beitrag hat mir sehr gefallen – Sie kennen sich wirklich aus.",
         "Wie lange sind Sie schon bei <employer>? Das muss spannende Arbeit sein.",
         "Unsere Mandanten schätzen unabhängige Stimmen wie Ihre."],
  "fr": ["Il est rare de trouver quelqu'un qui allie une telle expertise technique et une vision politique.",
         "J'ai beaucoup apprécié votre dernière publication, vous connaissez vraiment le sujet.",
         "Depuis combien de temps êtes-vous chez <employer> ? Ce doit être passionnant.",
         "Nos clients apprécient les voix indépendantes comme la vôtre."],
  "es": ["Es poco común encontrar a alguien con tanta experiencia técnica y visión política.",
         "Me gustó mucho su última publicación, se nota que domina el tema.",
         "¿Cuánto tiempo lleva en <employer>? Debe de ser un trabajo fascinante.",
         "Nuestros clientes valoran las voces independientes como la suya."],
  "ru": ["Редко встретишь человека с таким техническим опытом и пониманием политики.",
         "Мне очень понравилась ваша последняя публикация — видно, что вы знаете тему.",
         "Давно вы работаете в <employer>? Наверное, очень интересная работа.",
         "Наши клиенты ценят независимое мнение таких специалистов, как вы."],
  "zh": ["像您这样既懂技术又懂政策的人非常少见。", "很喜欢您最近发的文章，看得出您非常专业。",
         "您在<employer>工作多久了？一定很有意思。", "我们的客户非常重视您这样独立的声音。"],
 },
 "elicit": {
  "en": {"team": ["Who else in your team works on <topic>? It would help to know who leads it.",
                  "How big is the team these days, and who actually signs things off?",
                  "Is there anyone else in your department I should be speaking to?"],
         "programme": ["Where does the <topic> work stand at the moment — is it still on schedule?",
                       "Which suppliers are involved in the current phase, roughly?",
                       "What's the budget looking like for next year, if you don't mind me asking?"],
         "internal": ["What is the internal thinking on <topic> ahead of the next review?",
                      "Is there much debate inside your organisation about the reorganisation?",
                      "Who has the final say when these decisions are made?"],
         "travel": ["Will you be at any conferences in the coming months? I'd love to meet in person.",
                    "Are you travelling to {Brussels|Singapore|Washington|Geneva} any time soon?"],
         "technical": ["What kind of performance figures are you seeing in testing?",
                       "Out of interest, what are the key specifications you're working to?"],
         "documents": ["If you have any slides or internal summaries, even older ones, they would be very useful.",
                       "Anything you could share — briefing notes, drafts — would help our client enormously."],
         "cv_clearance": ["Could you send your CV, including your current clearance level, so I can present you to the client?",
                          "For the client's records, please list your vetting status (SC/DV or equivalent) on your CV."],
         "off_record": ["This would just be an informal chat, nothing official, just between us.",
                        "Of course, everything would be off the record."]},
  "de": {"g": ["Wer in Ihrem Team ist eigentlich für <topic> zuständig?", "Wie ist der aktuelle Stand des Projekts – liegt es noch im Zeitplan?",
               "Welche Zulieferer sind derzeit beteiligt?", "Wie wird intern über <topic> diskutiert?",
               "Hätten Sie vielleicht interne Unterlagen oder Folien, die Sie teilen könnten?"]},
  "fr": {"g": ["Qui, dans votre équipe, s'occupe de <topic> ?", "Où en est le programme actuellement ? Est-il dans les temps ?",
               "Quels fournisseurs sont impliqués dans la phase actuelle ?", "Quelle est la position interne sur <topic> ?",
               "Auriez-vous des notes internes ou une présentation à partager ?"]},
  "es": {"g": ["¿Quién lleva el tema de <topic> en su equipo?", "¿Cómo va el programa ahora mismo? ¿Sigue en plazo?",
               "¿Qué proveedores participan en la fase actual?", "¿Cuál es la postura interna sobre <topic>?",
               "¿Tendría algún documento interno o presentación que pudiera compartir?"]},
  "ru": {"g": ["Кто в вашей команде отвечает за направление «<topic>»?", "Как сейчас продвигается программа? Укладываетесь в сроки?",
               "Какие поставщики участвуют на текущем этапе?", "Какая внутренняя позиция по теме «<topic>»?",
               "Может быть, у вас есть внутренние материалы или презентация, которыми можно поделиться?"]},
  "zh": {"g": ["您团队里是谁负责<topic>的？", "这个项目现在进展如何？还按计划吗？", "目前这个阶段有哪些供应商参与？",
               "内部对<topic>是怎么考虑的？", "您有没有可以分享的内部资料或者演示文稿？"]},
 },
 "offplat": {
  "en": ["LinkedIn is a bit slow for me — could we continue on <app>? My number is <phone>.",
         "It's easier to talk on <app>. You can find me at <handle>.",
         "Please drop me a line at my personal address <email>, I rarely check messages here.",
         "Do you use <app>? I prefer it for privacy. <handle>",
         "Shall we move this to <app>? Add me: <handle>",
         "Let's take this off LinkedIn — message me on <app> (<handle>)."],
  "de": ["Können wir auf <app> weiterschreiben? Meine Nummer: <phone>", "Schreiben Sie mir gern privat an <email>.", "Sie finden mich auf <app> unter <handle>."],
  "fr": ["Pouvons-nous continuer sur <app> ? Mon numéro : <phone>", "Écrivez-moi plutôt à mon adresse personnelle <email>.", "Vous me trouverez sur <app> : <handle>."],
  "es": ["¿Podemos seguir por <app>? Mi número es <phone>", "Escríbame mejor a mi correo personal <email>.", "Me encuentra en <app> como <handle>."],
  "ru": ["Давайте продолжим в <app>? Мой номер: <phone>", "Напишите мне лучше на личную почту <email>.", "Найдите меня в <app>: <handle>."],
  "zh": ["我们可以在<app>上继续聊吗？我的号码是<phone>", "请发邮件到我的私人邮箱<email>。", "加我<app>：<handle>"],
 },
 "money": {
  "en": ["Our client would pay <fee> for a short report of two or three pages on <topic>.",
         "We offer <fee> per paper, paid promptly by bank transfer or PayPal.",
         "For an hour of your time on a call the fee would be <fee>, plus expenses.",
         "If it goes well there would be regular work — <fee> per monthly update.",
         "The honorarium is <fee> for a brief written overview; nothing classified of course.",
         "We can pay <fee> for your insights, in cash or crypto if you prefer."],
  "de": ["Unser Mandant zahlt <fee> für einen kurzen Bericht von zwei, drei Seiten.", "Wir bieten <fee> pro Gutachten, zügig per Überweisung.", "Für ein einstündiges Gespräch wären es <fee> zzgl. Spesen."],
  "fr": ["Notre client paierait <fee> pour un court rapport de deux ou trois pages.", "Nous proposons <fee> par note, réglés rapidement par virement.", "Pour une heure d'échange, les honoraires seraient de <fee>, frais compris."],
  "es": ["Nuestro cliente pagaría <fee> por un breve informe de dos o tres páginas.", "Ofrecemos <fee> por informe, pagados rápidamente por transferencia.", "Por una hora de conversación serían <fee>, más gastos."],
  "ru": ["Наш клиент заплатит <fee> за короткий отчёт на две-три страницы.", "Мы платим <fee> за каждую аналитическую записку, быстро и удобно.", "За часовую консультацию гонорар составит <fee> плюс расходы."],
  "zh": ["我们的客户愿意为一份两三页的简短报告支付<fee>。", "每篇报告我们支付<fee>，通过银行转账及时结算。", "一小时的交流报酬为<fee>，另报销费用。"],
 },
 "secrecy": {
  "en": ["Please keep this between us for now; our client is very discreet.",
         "No need to mention this to your employer — it's purely private consultancy.",
         "I'd appreciate it if we kept this conversation confidential.",
         "Best not to discuss this at work, people can misunderstand these things."],
 },
}
SPECIAL = {
 "speaking": ["We'd like to invite you as a keynote speaker at <conf> in <city>. Business-class flights and a five-star hotel are covered, plus an honorarium of <fee>.",
              "You have been shortlisted to speak at <conf>. All expenses paid, and a speaker fee of <fee>."],
 "passport": ["To book your flights I'll need a scan of your passport photo page and your date of birth.",
              "Could you send a copy of your passport so our travel desk can issue the tickets and visa letter?"],
 "credentials": ["Please sign in with your work account at <link> to confirm your speaker slot.",
                 "You'll get a one-time code by SMS in a minute — could you forward it to me so I can finish the registration?",
                 "Join the remote session here <link> so our technician can set up the webinar on your laptop."],
 "malware": ["As part of the process please clone <repo> and run the setup script on your work laptop — it only takes 20 minutes.",
             "I've attached the job description as a password-protected archive; the password is <pw>.",
             "The take-home test is in <repo>. Please run npm install and start it before our call."],
}
CONFS = ["the Global Security Leaders Summit", "the Future Energy Dialogue", "the Asia-Europe Strategic Forum",
         "the International Defence Innovation Congress", "the Space Policy Roundtable", "the Cyber Resilience World Forum",
         "the Eurasian Technology Symposium", "the Maritime Futures Conference", "the Critical Infrastructure Leaders Retreat",
         "the Next-Gen Aerospace Summit"]

USER_REPLIES = {
 "en": ["Thanks for reaching out. What is it you have in mind?", "Hi, thanks — happy to hear more, but I'm quite busy at the moment.",
        "Thank you. Which organisation are you with exactly?", "I'm afraid I can't really talk about my work.",
        "Sounds interesting. Can you send more details?", "Thanks! Yes, it's a good place to work.",
        "I'd need to check with my employer before doing anything like that.", "Sorry for the slow reply, it's been a hectic week.",
        "Who is the client?", "Not sure I'm the right person, to be honest.", "Ok, what would that involve?",
        "Cheers, appreciate the kind words.", "I'd rather keep things on LinkedIn if that's ok."],
 "de": ["Danke für Ihre Nachricht. Worum geht es genau?", "Klingt interessant, aber ich bin gerade sehr eingespannt.", "Für welche Firma arbeiten Sie?", "Darüber kann ich leider nicht sprechen."],
 "fr": ["Merci pour votre message. De quoi s'agit-il exactement ?", "Intéressant, mais je suis très pris en ce moment.", "Pour quelle société travaillez-vous ?", "Je ne peux pas vraiment parler de mon travail."],
 "es": ["Gracias por el mensaje. ¿De qué se trata exactamente?", "Interesante, pero ahora mismo estoy muy ocupado.", "¿Para qué empresa trabaja?", "No puedo hablar mucho de mi trabajo."],
 "ru": ["Спасибо за сообщение. О чём именно речь?", "Интересно, но сейчас я очень занят.", "Какую компанию вы представляете?", "Я не могу обсуждать свою работу."],
 "zh": ["谢谢联系。具体是什么事？", "听起来不错，但我最近很忙。", "您是哪家公司的？", "我不太方便谈工作上的事。"],
}

# ----------------------------------------------------------------------------- genuine material
SECTORS = {
 "defence": {"titles": ["Systems Engineer", "Senior Systems Engineer", "Principal Systems Engineer", "Project Manager", "Programme Manager",
                        "Test & Evaluation Engineer", "Software Engineer", "Chief Engineer", "Bid Manager", "Safety Engineer", "Mechanical Design Engineer",
                        "Graduate Engineer", "Integration Lead", "Engineering Manager", "Supply Chain Manager"],
             "skills": ["Systems Engineering", "MBSE", "Requirements Management", "IBM DOORS", "MATLAB", "Simulink", "Project Management",
                        "Risk Management", "Radar", "Embedded Systems", "Verification & Validation", "SysML", "Earned Value Management", "C++", "Ada"],
             "employers": ["Kestrel Dynamics", "Arcturus Marine", "Veritas Avionics", "Hollins Precision Engineering", "Sentinel Land Systems",
                           "Marchmont Ordnance", "Brackley Composites", "Tamar Naval Services"]},
 "civil": {"titles": ["Policy Adviser", "Senior Policy Adviser", "Head of Strategy", "Analyst", "Private Secretary", "Deputy Director",
                      "Economist", "Policy Lead", "Senior Executive Officer", "Higher Executive Officer", "Fast Streamer", "Head of International Engagement"],
           "skills": ["Policy Analysis", "Stakeholder Management", "Ministerial Briefing", "Public Policy", "Economics", "Drafting",
                      "Negotiation", "Parliamentary Affairs", "Programme Delivery", "Data Analysis"],
           "employers": ["Ministry of Defence", "Cabinet Office", "Department for Business and Trade", "Home Office", "Foreign, Commonwealth & Development Office",
                         "Department for Science, Innovation and Technology", "HM Treasury", "Bundesministerium der Verteidigung"]},
 "academia": {"titles": ["Lecturer", "Senior Lecturer", "Research Fellow", "Professor", "PhD Researcher", "Postdoctoral Research Associate",
                         "Reader", "Associate Professor", "Research Software Engineer", "Lab Manager"],
              "skills": ["Research", "Teaching", "Python", "Grant Writing", "Machine Learning", "Materials Science", "Photonics",
                         "Control Theory", "International Relations", "Statistics", "LaTeX", "Public Engagement"],
              "employers": ["University of Bristol", "Imperial College London", "University of Manchester", "King's College London",
                            "University of Southampton", "Cranfield University", "TU München", "Université Paris-Saclay", "University of Strathclyde"]},
 "energy": {"titles": ["Grid Engineer", "Commercial Manager", "Nuclear Safety Case Engineer", "Energy Analyst", "Protection Engineer",
                       "Asset Manager", "Control Room Engineer", "Project Engineer", "Decommissioning Manager"],
            "skills": ["Power Systems", "Nuclear Safety", "Energy Markets", "PSS/E", "Asset Management", "HV Engineering", "Renewables", "Commercial Negotiation"],
            "employers": ["Albion Grid", "Severn Nuclear Services", "Nordlicht Energie GmbH", "Pennine Renewables", "Ardmore Offshore Wind", "Castleford Power"]},
 "tech": {"titles": ["Software Engineer", "Senior Software Engineer", "DevOps Engineer", "Security Engineer", "Data Scientist",
                     "Engineering Manager", "SOC Analyst", "Penetration Tester", "Site Reliability Engineer", "Product Manager",
                     "Cloud Architect", "Threat Intelligence Analyst", "Frontend Developer"],
          "skills": ["Python", "Go", "Kubernetes", "AWS", "Terraform", "Incident Response", "Threat Hunting", "React", "Rust",
                     "SIEM", "Linux", "CI/CD", "Machine Learning", "TypeScript"],
          "employers": ["Quillsoft", "Brightpath Labs", "Cygnet Security", "Larkspur Data", "Fenwick Cloud", "Ostara Robotics", "Pelham Networks"]},
 "finance": {"titles": ["Financial Analyst", "Finance Business Partner", "Auditor", "Management Accountant", "Procurement Officer", "Commercial Analyst"],
             "skills": ["Financial Modelling", "Excel", "Budgeting", "IFRS", "Procurement", "SAP", "Forecasting"],
             "employers": ["Marlow & Reed LLP", "Hartigan Audit", "Colbeck Financial", "Ashdown Procurement Services"]},
 "comms": {"titles": ["Communications Manager", "Press Officer", "Journalist", "Editor", "Content Lead", "Head of Media Relations"],
           "skills": ["Media Relations", "Copywriting", "Crisis Communications", "Social Media", "Editing", "Storytelling"],
           "employers": ["The Northern Ledger", "Defence Matters Weekly", "Brightline PR", "Energy Today Magazine"]},
 "hr": {"titles": ["HR Business Partner", "Talent Acquisition Specialist", "People Partner", "Learning & Development Manager", "HR Advisor"],
        "skills": ["Employee Relations", "Recruitment", "Workday", "Talent Management", "Coaching", "Onboarding"],
        "employers": ["Kestrel Dynamics", "Quillsoft", "Albion Grid", "Cabinet Office"]},
}
SECTOR_LIST = ["defence", "defence", "civil", "civil", "academia", "energy", "tech", "tech", "finance", "comms", "hr"]

GEN_LOCATIONS = ["London, England, United Kingdom", "Greater London", "Bristol, England, United Kingdom", "Manchester Area, United Kingdom",
                 "Edinburgh, Scotland, United Kingdom", "Cambridge, England", "Oxford", "Farnborough, England, United Kingdom",
                 "Portsmouth", "Glasgow, Scotland", "Cheltenham, England, United Kingdom", "Reading, Berkshire", "Leeds",
                 "Berlin, Germany", "München, Bayern, Deutschland", "Paris, Île-de-France, France", "Toulouse, Occitanie",
                 "Madrid, Comunidad de Madrid, España", "Brussels Metropolitan Area", "The Hague, South Holland, Netherlands",
                 "Stockholm, Sweden", "Washington DC-Baltimore Area", "Boston, Massachusetts", "Ottawa, Ontario, Canada",
                 "Canberra, Australia", "Belfast, Northern Ireland", "Cardiff, Wales", "Derby, England", "Barrow-in-Furness", "Yeovil, Somerset"]
FAKE_LOCATIONS = ["London, United Kingdom", "Singapore", "Hong Kong SAR", "Dubai, United Arab Emirates", "Washington, District of Columbia, United States",
                  "New York, United States", "Geneva, Switzerland", "Shanghai, China", "Beijing", "Kuala Lumpur, Malaysia", "Istanbul, Türkiye",
                  "Brussels, Belgium", "Vienna, Austria", "Abu Dhabi", "Toronto, Canada", "Sydney, Australia", "Zug, Switzerland", "Doha, Qatar"]
CITY_OF = lambda loc: loc.split(",")[0].replace(" Area", "").replace("Greater ", "").replace(" Metropolitan", "")

GEN_ABOUT_OPEN = [
 "I've spent the last <years> years working on <thing>, and I still get a kick out of seeing a test go well.",
 "<title> with a background in <field>. Currently at <employer>, mostly working on <thing>.",
 "Engineer by training, problem-solver by habit. At <employer> I look after <thing>.",
 "I work on <thing> at <employer>. Before that I did a PhD in <field>, which I mostly remember for the coffee.",
 "Hi! I'm a <title> based in <city>. My work sits somewhere between <field> and <thing>.",
 "Currently: <title> at <employer>. Previously a few years in <field>.",
 "Quietly obsessed with <thing>. Day job: <title>.",
 "Over <years> years' experience in <field>, most recently leading work on <thing>.",
 "I help teams deliver <thing> without losing their sanity.",
 "Chartered engineer (IET) working on <thing>.",
 "My background is in <field>; these days I spend most of my time on <thing> and mentoring junior colleagues.",
 "Ich arbeite bei <employer> an <thing>. Vorher war ich einige Jahre im Bereich <field> tätig.",
 "Je travaille chez <employer> sur <thing>, après plusieurs années dans le domaine <field>.",
 "Trabajo en <employer> en <thing>. Antes estuve varios años en <field>.",
 "Two decades in <field> and counting. Currently at <employer>.",
 "I started out in <field> and somehow ended up running <thing>. No regrets.",
]
GEN_ABOUT_MORE = [
 "Outside work I coach under-11s football and try (and fail) to keep my allotment alive.",
 "STEM ambassador and occasional parkrunner.", "Views my own.", "Always happy to chat to students thinking about a career in engineering.",
 "Fluent in English and German, conversational French.", "Proud mum of two and trustee of a local charity.",
 "Currently learning Japanese, very slowly.", "Not looking for new opportunities, but happy to connect with people I've worked with.",
 "I write occasionally about what I'm learning.", "Member of the IET and the RAeS.", "Keen sailor and amateur astronomer.",
 "Mentor on the Women in Defence programme.", "Please don't send me crypto opportunities.", "Ex-Army (Royal Signals).",
 "Governor at a local primary school.", "Based in the South West, happy to travel.", "Part-time MSc student at the OU.",
]
THINGS = {"defence": ["radar signal processing", "naval combat systems integration", "armoured vehicle electrics", "avionics software certification",
                      "supply-chain assurance", "flight test instrumentation", "sonar trials"],
          "civil": ["defence industrial policy", "trade negotiations", "counter-terrorism strategy", "spending review preparation", "science and technology policy"],
          "academia": ["quantum photonics", "autonomous systems", "international security", "battery chemistry", "materials for extreme environments"],
          "energy": ["grid connection studies", "nuclear safety cases", "offshore wind commissioning", "energy market modelling"],
          "tech": ["cloud platform reliability", "detection engineering", "payment APIs", "ML model deployment", "identity and access management"],
          "finance": ["programme finance", "supplier audits", "commercial assurance"],
          "comms": ["media relations", "internal communications", "long-form features on industry"],
          "hr": ["graduate recruitment", "early careers", "leadership development"]}
FIELDS = ["aerospace engineering", "electronic engineering", "physics", "economics", "international relations", "computer science",
          "mechanical engineering", "chemistry", "mathematics", "public policy", "law", "materials science"]

STOCK_PHRASES = ["Results-driven professional with a proven track record of delivering value.",
                 "Passionate about innovation and making a difference.",
                 "Dynamic and highly motivated team player with excellent communication skills.",
                 "Detail-oriented self-starter who thrives in fast-paced environments.",
                 "Strategic thinker passionate about leveraging technology to drive growth.",
                 "Proven leader with a passion for continuous improvement and excellence.",
                 "Customer-focused professional committed to exceeding expectations.",
                 "Innovative problem solver who loves turning challenges into opportunities.",
                 "Thought leader passionate about digital transformation.",
                 "Highly organised professional with a can-do attitude."]

UNIS = [("University of Bristol", "BEng", "Aerospace Engineering"), ("University of Cambridge", "MEng", "Engineering"),
        ("Imperial College London", "MSc", "Computing"), ("University of Warwick", "BSc", "Economics"),
        ("University of Edinburgh", "MA", "International Relations"), ("King's College London", "MA", "War Studies"),
        ("Loughborough University", "BEng", "Mechanical Engineering"), ("University of Sheffield", "PhD", "Materials Science"),
        ("Cranfield University", "MSc", "Defence Systems Engineering"), ("University of Southampton", "MEng", "Electronic Engineering"),
        ("London School of Economics", "MSc", "Public Policy"), ("Technische Universität München", "M.Sc.", "Elektrotechnik"),
        ("Sciences Po", "Master", "Affaires internationales"), ("Universidad Politécnica de Madrid", "Grado", "Ingeniería Aeroespacial"),
        ("University of Glasgow", "BSc", "Physics"), ("Open University", "BSc", "Computing"), ("Durham University", "BA", "History"),
        ("University of Nottingham", "BSc", "Mathematics"), ("Delft University of Technology", "MSc", "Aerospace Engineering"),
        ("IIT Bombay", "B.Tech", "Computer Science"), ("Tsinghua University", "BEng", "Automation"), ("University of Strathclyde", "MEng", "Naval Architecture")]
FAKE_UNIS = [("University of Cambridge", "MPhil", "International Relations"), ("London School of Economics and Political Science", "MSc", "International Political Economy"),
             ("Harvard Kennedy School", "MPA", "Public Administration"), ("Tsinghua University", "MBA", "Business"),
             ("Sciences Po Paris", "Master", "International Security"), ("National University of Singapore", "MSc", "Management"),
             ("Georgetown University", "MA", "Security Studies"), ("Peking University", "LLM", "International Law"),
             ("INSEAD", "MBA", ""), ("University of Oxford", "MSc", "Global Governance"), ("Johns Hopkins SAIS", "MA", "Strategic Studies"),
             ("Moscow State Institute of International Relations (MGIMO)", "MA", "International Relations")]

# genuine conversation templates by kind
GCONV = {
 "recruiter": [["Hi <first>, I'm recruiting for a <jtitle> role with <jemp> in <jcity>. It needs active {SC|DV} clearance — is that something you hold? Happy to share the full spec.",
                "Thanks — what's the salary range?", "It's <sal> plus bonus and pension. What's your notice period at the moment?", "Three months. I'm not actively looking, but send the spec over."],
               ["Hello <first>, hope you're well. I'm working on a <jtitle> position at <jemp> and your background looks like a strong fit. Would you be open to a quick call this week?",
                "Possibly, what are the details?", "Hybrid, 3 days in <jcity>, <sal>. Could you let me know your current salary expectations and notice period?"],
               ["Hi <first>, saw you're a <title> at <employer>. We have an opening for a <jtitle> (<jemp>, permanent). Here's the advert: <joblink>. Let me know if you'd like to chat!"]],
 "journalist": [["Hi <first>, I'm a reporter at <outlet> working on a piece about <thing>. Could you point me to your press office, or is there someone I should contact for an on-the-record comment?",
                 "Hi, best to go through the press office: press@<edomain>.", "Perfect, thank you — I'll drop them a line."]],
 "student": [["Hi <first>, I'm a final-year <field> student at <uni> and really interested in a career in <thing>. Would you have 15 minutes for a quick careers chat sometime? Totally understand if not!",
              "Of course, happy to help. How about Thursday lunchtime?", "That would be brilliant, thank you so much!"]],
 "alumni": [["Dear <first>, greetings from the <uni> Alumni Office! We're updating our records and would love to hear what you've been up to since graduating. You can update your details here: <alumlink>",
             "Thanks, will do."]],
 "conference_chair": [["Dear <first>, I'm co-chairing the programme committee for <rconf>. The call for papers is open until <cfpdate> (<cfplink>) and I thought your work on <thing> would make a great talk. Speakers get free registration; travel can be reimbursed under the usual policy.",
                       "Thanks for thinking of me! I'll take a look at the CfP.", "Great — let me know if you have any questions about the format."]],
 "colleague": [["Hey <first>! Long time no speak — how's life at <employer>? Are you still working on <thing>?", "Ha, yes, still at it! How about you?",
                "Moved to <jemp> last year, loving it. We should grab a coffee next time I'm in <city>."],
               ["Hi <first>, congrats on the new role! Well deserved.", "Thanks so much!"],
               ["Morning <first>, are you going to the leaving drinks for <other> on Friday?", "Yes, see you there!"]],
 "vendor": [["Hi <first>, I noticed <employer> is growing its <thing> team. We help organisations like yours cut test cycle times by 30% — would you be open to a 20-minute demo next week?",
             "Not right now, thanks.", "No problem, I'll check back next quarter."]],
 "hr": [["Hi <first>, just a reminder from HR that your annual security refresher training is due by the end of the month. You can complete it on the usual intranet portal.", "Thanks, will do it this week."]],
}
GCONV_L = {  # a few in other languages
 "de": [["Hallo <first>, lange nicht gesehen! Wie läuft es bei <employer>?", "Gut, danke! Viel zu tun. Und bei dir?", "Alles bestens. Lass uns mal wieder Mittag essen gehen."],
        ["Guten Tag <first>, ich suche für <jemp> eine/n <jtitle> in <jcity>. Hätten Sie Interesse? Wie lang ist Ihre Kündigungsfrist?", "Drei Monate. Schicken Sie mir gern die Details."]],
 "fr": [["Bonjour <first>, je prépare un article sur <thing> pour <outlet>. Pourriez-vous m'indiquer le contact de votre service de presse ?", "Bonjour, le plus simple est de passer par press@<edomain>."],
        ["Salut <first> ! Ça fait longtemps. Tu es toujours chez <employer> ?", "Oui, toujours ! Et toi ?"]],
 "es": [["Hola <first>, soy estudiante de <field> en <uni>. ¿Tendría 15 minutos para una charla sobre su carrera?", "¡Claro! ¿Te va bien el jueves?"],
        ["Hola <first>, ¿qué tal por <employer>? ¡Cuánto tiempo!", "¡Muy bien! ¿Y tú?"]],
}

GCONV["recruiter"] += [
 ["Hi <first> — I hope you don't mind the message. We're hiring a <jtitle> at <jemp> (<jcity>, hybrid). The role sits on a programme that requires eligibility for {SC|DV} clearance, so I have to ask up front: are you a sole UK national, or do you already hold clearance? Salary is <sal>.",
  "I hold SC at the moment. Notice is one month.", "Great, thanks. I'll send the job description to your email if that's ok — what's the best address?", "You can use the one on my profile."],
 ["Hey <first>, quick one: are you open to contract work at the moment? Outside IR35, 6 months initially, on-site in <jcity> 3 days a week. Day rate around £550-£600.", "Not at the moment, thanks.", "No worries at all, I'll keep you in mind for the future."],
]
GCONV["journalist"] += [
 ["Hello <first>, I'm writing a feature for <outlet> about careers in <thing>. I'm not after anything sensitive — just a general quote about what the job is like. If you'd prefer I go via your comms team, that's absolutely fine.",
  "Thanks, I'd need to go through our comms team for anything on the record.", "Understood — could you share who I should contact there?"],
]
GCONV["student"] += [
 ["Hello <first>, I'm doing an MSc dissertation on <thing> at <uni>. My supervisor suggested I speak to practitioners about publicly available material — would you be willing to do a 20-minute interview? Ethics approval and consent form attached.",
  "Happy to, as long as it's about public information only.", "Of course — everything will be based on public sources. Thanks so much!"],
]
GCONV["colleague"] += [
 ["<first>! Saw your talk got accepted — congrats! Are you around next week for a coffee?", "Thanks! Yes, Tuesday works."],
 ["Hi <first>, I'm putting the team photo slides together for the away day — could you send me a recent picture? No worries if not.", "Sure, will send it over on Teams."],
 ["Hi <first>, it's been ages — I'm back in <city> for a few days in March, fancy a pint?", "Definitely, let me know dates!"],
]
GCONV["vendor"] += [
 ["Hi <first>, we're running a free webinar on <thing> next month (public registration here: https://events.{quillsoft|larkspurdata|fenwickcloud}.com/webinar). Thought it might be relevant to your team.", "Thanks, I'll take a look."],
]
GCONV["conference_chair"] += [
 ["Hi <first>, following the workshop last year, we'd love you to give an invited talk at <rconf>. We can cover your registration and reimburse economy travel in line with the society's policy. Details of the programme are on <cfplink>.", "That's kind — let me check my diary and come back to you."],
]

OUTLETS = ["the Financial Times", "Defense News", "The Guardian", "Reuters", "the BBC", "Jane's", "Le Monde", "Der Spiegel", "Politico Europe", "The Register"]

# ----------------------------------------------------------------------------- profile helpers
PROFILE_URL_FMT = ["https://www.linkedin.com/in/<s>", "https://www.linkedin.com/in/<s>/", "https://linkedin.com/in/<s>",
                   "https://uk.linkedin.com/in/<s>", "https://www.linkedin.com/in/<s>", "www.linkedin.com/in/<s>",
                   "https://www.linkedin.com/in/<s>?trk=public_profile_browsemap", "https://de.linkedin.com/in/<s>",
                   "https://www.linkedin.com/in/<s>/?originalSubdomain=uk", "linkedin.com/in/<s>", "https://sg.linkedin.com/in/<s>",
                   "https://www.linkedin.com/in/<s>?utm_source=share&utm_medium=member_desktop"]

def profile_url(g, first, last):
    base = ascii_slug(first + " " + last)
    while True:
        r = g.ri(0, 4)
        if r == 0:
            s = base
        elif r == 1:
            s = "%s-%s" % (base, g.hex(8))
        elif r == 2:
            s = "%s-%d" % (base, g.ri(1, 999))
        elif r == 3:
            s = "%s%s-%s" % (ascii_slug(first)[:1], ascii_slug(last), g.hex(6))
        else:
            s = "%s-%s-%s" % (base, g.hex(3), g.hex(5))
        if s not in g.used_slugs:
            g.used_slugs.add(s)
            break
    return g.pk(PROFILE_URL_FMT).replace("<s>", s)

def ym(y, m=None):
    return "%04d-%02d" % (y, m) if m else "%04d" % y

def rand_date(g, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(g.ri(d0, d1))

def photo_unique(g, p_present=0.85, p_absent=0.1):
    r = g.r.random()
    if r < p_present:
        return {"present": True, "sha256": g.hex(64)}
    if r < p_present + p_absent:
        return {"present": False}
    return None

def uemail(g, local, domain):
    addr = "%s@%s" % (local, domain)
    k = 2
    while addr.lower() in g.used_emails:
        addr = "%s%d@%s" % (local, k + g.ri(0, 90), domain)
        k += 1
    g.used_emails.add(addr.lower())
    return addr

def email_local(g, first, last):
    f, l = ascii_slug(first).replace("-", ""), ascii_slug(last).replace("-", "")
    return g.pk(["%s.%s" % (f, l), "%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s" % (f, l), "%s" % f, "%s.%s%d" % (f, l, g.ri(1, 99)),
                 "%s%s" % (l, f[0]), "%s-%s" % (f, l)])

WEBMAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "proton.me", "icloud.com", "gmx.de", "163.com", "qq.com",
           "mail.ru", "yandex.ru", "yahoo.co.uk", "protonmail.com", "tutanota.com", "aol.com"]

HANDLE_FMT = ["Telegram: @<h>", "t.me/<h>", "@<h> (Telegram)", "WeChat ID: <h>", "WeChat: <h>", "Signal: <h>.<d2>", "Telegram @<h>",
              "TG: <h>", "https://t.me/<h>", "wechat <h>", "Skype: live:<h>", "Line ID: <h>"]

def new_handle(g, first, last):
    h = _new_handle(g, first, last)
    while h.lower() in g.used_handles:
        h = h + str(g.ri(0, 9))
    g.used_handles.add(h.lower())
    return h

def _new_handle(g, first, last):
    f, l = ascii_slug(first).replace("-", ""), ascii_slug(last).replace("-", "")
    return g.pk(["%s_%s" % (f, l), "%s%s%d" % (f[0], l, g.ri(1, 99)), "%s.%s" % (f, g.pk(["consult", "hr", "talent", "research", "official"])),
                 "%s_%s" % (g.pk(["global", "asia", "euro", "pro"]), f), "%s%d" % (l, g.ri(100, 9999)), "%s%s" % (f, l[:3])])

def fmt_handle(g, h):
    return g.pk(HANDLE_FMT).replace("<h>", h).replace("<d2>", "%02d" % g.ri(1, 99))

def wa_link(g, ph):
    return g.pk(["wa.me/%s%s" % (ph["cc"], ph["nsn"]), "WhatsApp: " + fmt_phone(g, ph), "WhatsApp " + fmt_phone(g, ph),
                 "https://wa.me/%s%s" % (ph["cc"], ph["nsn"]), fmt_phone(g, ph) + " (WhatsApp/Signal)"])

ROLES = {
 "recruiter": {"head": ["Senior Talent Partner at <firm>", "Executive Search Consultant | Defence, Aerospace & Security", "Headhunter – <firm> | Confidential mandates",
                        "Talent Acquisition Lead @ <firm>", "Recruitment Consultant – Cleared Roles | <firm>", "Principal Consultant, <firm>"],
               "title": ["Senior Talent Partner", "Executive Search Consultant", "Principal Recruiter", "Head of Talent", "Associate Director, Search"]},
 "thinktank": {"head": ["Research Fellow at <firm>", "Director of Programmes | <firm>", "Senior Fellow, Asia-Europe Security", "Policy Researcher – <topic>",
                        "Visiting Fellow, <firm>"], "title": ["Research Fellow", "Director of Programmes", "Senior Fellow", "Programme Officer"]},
 "consultant": {"head": ["Managing Partner at <firm> | Geopolitical Risk", "Senior Analyst – Market Insight, <firm>", "Expert Network Manager at <firm>",
                         "Strategy Consultant | Energy & Defence", "Partner, <firm>"], "title": ["Managing Partner", "Senior Analyst", "Expert Network Manager", "Associate Partner"]},
 "journalist": {"head": ["Freelance journalist | security & technology", "Correspondent, <firm>", "Writer and researcher on <topic>"],
                "title": ["Correspondent", "Freelance Journalist", "Contributing Editor"]},
 "student": {"head": ["PhD candidate in International Relations", "Visiting scholar | <firm>", "Postgraduate researcher – <topic>"],
             "title": ["PhD Candidate", "Visiting Scholar", "Research Assistant"]},
 "events": {"head": ["Programme Director at <firm> | Summits & Roundtables", "Head of Speaker Relations, <firm>", "Conference Producer – <firm>"],
            "title": ["Programme Director", "Head of Speaker Relations", "Conference Producer", "Events Manager"]},
}
FAKE_ABOUT = [
 "<firm> connects decision-makers with leading experts in <topic>. I manage a global network of senior advisers and am always keen to meet experienced professionals.",
 "{Over|More than} <years> years of experience {in|across} executive search for government, defence and technology clients. {Discretion guaranteed.|Confidential enquiries welcome.}",
 "I research <topic> and help our clients understand the policy landscape. Open to collaboration with practitioners and academics.",
 "Building bridges between Europe and Asia. Passionate about <topic>, dialogue and long-term partnerships.",
 "Connecting talent with opportunity. {Feel free to connect!|Let's connect!} {Open networker.|LION.}",
 "<firm> is a boutique advisory firm serving institutional investors and governments. We pay well for expert insight.",
 "Experienced consultant based in <city>. I support clients with research on <topic> and organise expert roundtables.",
 "Independent researcher. Former analyst. Interested in <topic> and international cooperation.",
 "We organise high-level summits and roundtables for policymakers and industry leaders worldwide.",
 "Talent partner for confidential clients. If you have experience in <topic>, I'd love to hear from you.",
]
FAKE_SKILLS = ["Executive Search", "Geopolitics", "Research", "Networking", "International Relations", "Consulting", "Market Research",
               "Recruiting", "Talent Acquisition", "Strategy", "Event Management", "Policy Analysis", "Public Speaking", "Negotiation", "Business Development"]
PRIOR_EMPLOYERS = ["Deloitte", "McKinsey & Company", "Accenture", "HSBC", "KPMG", "PwC", "Boston Consulting Group", "Standard Chartered",
                   "Hays", "Michael Page", "Korn Ferry", "Oxford Analytica", "Control Risks", "Ernst & Young"]

ORG_EMPLOYER = ["your organisation", "the Agency", "your department", "your team", "your current employer"]

# ----------------------------------------------------------------------------- fake persona
def make_fake(g, role=None, firm=None, firm_str=None, culture=None, created=None, location=None, photo="unique",
              about=None, headline=None, topic=None, website=None, thin=False):
    nm = make_name(g, culture, fake=True)
    role = role or g.pk(list(ROLES))
    firm = firm or new_firm(g)
    fs = firm_str or (firm_variant(g, firm, "suffix") if g.p(0.5) else firm["base"])
    topic = topic if topic is not None else g.ri(0, len(TOPICS) - 1)
    loc = location or g.pk(FAKE_LOCATIONS)
    slots = {"firm": fs, "topic": TOPICS[topic][0], "city": CITY_OF(loc), "years": g.ri(6, 20)}
    prof = {"schema": "vetlink/profile/v1", "platform": "linkedin", "url": profile_url(g, nm["first"], nm["last"]), "name": nm["name"]}
    prof["headline"] = headline or g.x(g.pk(ROLES[role]["head"]), **slots)
    prof["location"] = loc
    if photo == "unique":
        ph = photo_unique(g, 0.9, 0.07)
        if ph:
            prof["photo"] = ph
    elif photo is not None:
        prof["photo"] = photo
    cr = created or rand_date(g, 2023, 2026) if g.p(0.8) else rand_date(g, 2012, 2022)
    if created:
        cr = created
    if cr > datetime.date(2026, 11, 20):
        cr = datetime.date(2026, 11, 20)
    if g.p(0.85):
        prof["created"] = cr.isoformat()
    c = g.pk([g.ri(12, 180), g.ri(150, 499), 500, 500])
    prof["connections"] = c
    if c == 500:
        prof["connections_capped"] = True
    if g.p(0.3):
        prof["followers"] = c + g.ri(0, 300)
    if g.p(0.5):
        prof["mutual_connections"] = g.ri(0, 25)
    if about is not None:
        prof["about"] = about
    elif not thin or g.p(0.4):
        prof["about"] = g.x(g.pk(FAKE_ABOUT), **slots)
    exp = [{"title": g.pk(ROLES[role]["title"]), "company": fs, "start": ym(max(cr.year - g.ri(0, 2), 2010), g.ri(1, 12)), "end": None}]
    if g.p(0.6) and not thin:
        y = int(exp[0]["start"][:4])
        exp.append({"title": g.pk(["Consultant", "Analyst", "Associate", "Senior Associate", "Recruiter", "Researcher"]),
                    "company": g.pk(PRIOR_EMPLOYERS), "start": ym(y - g.ri(3, 8)), "end": ym(y)})
    if website:
        exp[0]["company_url"] = website
    if g.p(0.4):
        exp[0]["location"] = loc
    prof["experience"] = exp
    if g.p(0.7):
        u = g.pk(FAKE_UNIS)
        e = {"school": u[0]}
        if u[1]:
            e["degree"] = u[1]
        if u[2]:
            e["field"] = u[2]
        if g.p(0.5):
            y = g.ri(2000, 2018)
            e["start"], e["end"] = str(y), str(y + g.ri(1, 2))
        prof["education"] = [e]
    if g.p(0.6):
        prof["skills"] = g.spk(FAKE_SKILLS, g.ri(2, 6))
    if g.p(0.25):
        prof["languages"] = g.spk(["English", "Mandarin", "French", "German", "Russian", "Arabic", "Spanish"], g.ri(1, 3))
    prof["recommendations"] = g.pk([0, 0, 0, 1, 2])
    if g.p(0.5):
        prof["endorsements"] = g.ri(0, 40)
    if g.p(0.3):
        prof["verified"] = {"identity": False} if g.p(0.7) else {"identity": True}
    meta = {"first": nm["first"], "last": nm["last"], "name": nm["name"], "firm": fs, "role": role, "topic": topic,
            "city": CITY_OF(loc), "culture": nm["culture"]}
    return prof, meta

def add_contact(prof, key, val):
    c = prof.setdefault("contact", {})
    lst = c.setdefault(key, [])
    if val not in lst:
        lst.append(val)

# ----------------------------------------------------------------------------- hostile conversation
def new_script(g, meta, lang="en", fixed=False):
    topic = meta.get("topic", g.ri(0, len(TOPICS) - 1))
    order = ["opener", "rapport", "elicit", "offplat", "money"]
    if g.p(0.3):
        order = ["opener", "elicit", "rapport", "money", "offplat"] if g.p(0.5) else ["opener", "rapport", "offplat", "elicit", "money"]
    intents = g.r.sample(["team", "programme", "internal", "travel", "technical", "documents", "cv_clearance", "off_record"], g.ri(1, 3))
    sc = {"lang": lang, "topic": topic, "order": order, "intents": intents, "idx": {k: g.ri(0, 50) for k in order + ["secrecy", "ei"]},
          "app": g.pk(APPS), "fee": new_fee(g, lang), "secrecy": g.p(0.5), "specials": [], "client_i": g.ri(0, 50),
          "fixed": fixed, "conf": g.pk(CONFS)}
    return sc

def pick_idx(g, sc, key, pool):
    if sc.get("fixed") and g.p(0.8):
        return pool[sc["idx"][key] % len(pool)]
    return g.pk(pool)

def hostile_conv(g, meta, sc, ident, target_first="there", target_last="", lang=None, truncate=True, start=None):
    lang = lang or sc["lang"]
    slots = {"first": target_first, "last": target_last, "me": meta["first"] + " " + meta["last"] if g.p(0.7) else meta["first"],
             "role": g.pk(ROLES[meta["role"]]["title"]).lower(), "firm": meta["firm"], "topic": TOPICS[sc["topic"]][LI[lang]],
             "employer": g.pk(ORG_EMPLOYER),
             "city": g.pk(["London", "Bristol", "Cheltenham", "Berlin", "Paris"]), "app": sc["app"],
             "fee": render_fee(g, sc["fee"], lang), "conf": sc["conf"], "n": g.ri(3, 40)}
    if lang != "en":
        slots["employer"] = {"de": "Ihrer Organisation", "fr": "votre organisation", "es": "su organización", "ru": "вашей организации", "zh": "贵单位"}[lang]
    slots["handle"] = ident.get("handle_txt") or ident.get("phone_txt") or fmt_handle(g, new_handle(g, meta["first"], meta["last"]))
    for key, app in (("Telegram", "Telegram"), ("t.me", "Telegram"), ("TG:", "Telegram"), ("WeChat", "WeChat"), ("wechat", "WeChat"),
                     ("Signal", "Signal"), ("Skype", "Skype"), ("Line ID", "Line"), ("WhatsApp", "WhatsApp"), ("wa.me", "WhatsApp")):
        if key in slots["handle"]:
            slots["app"] = app
            break
    slots["phone"] = ident.get("phone_txt") or ident.get("handle_txt") or fmt_phone(g, new_phone(g))
    slots["email"] = ident.get("email") or uemail(g, email_local(g, meta["first"], meta["last"]), g.pk(WEBMAIL))
    slots.update(ident.get("extra_slots", {}))
    msgs = []
    order = list(sc["order"])
    if truncate and not sc.get("fixed") and g.p(0.3):
        order = order[:g.ri(2, len(order))]
    need_off = ident.get("force_off")
    if need_off and "offplat" not in order:
        order.append("offplat")
    for k, stage in enumerate(order):
        if stage == "elicit":
            if lang == "en":
                parts = [g.pk(HS["elicit"]["en"][it]) for it in sc["intents"]]
            else:
                pool = HS["elicit"][lang]["g"]
                parts = [pick_idx(g, sc, "ei", pool)]
                if g.p(0.5):
                    extra = g.pk(pool)
                    if extra != parts[0]:
                        parts.append(extra)
            text = " ".join(g.x(p, **slots) for p in parts)
        elif stage == "offplat":
            pool = HS["offplat"][lang]
            if ident.get("offplat_kind") == "email":
                cands = [t for t in pool if "<email>" in t]
            elif ident.get("offplat_kind") == "phone":
                cands = [t for t in pool if "<phone>" in t] or pool
            elif ident.get("offplat_kind") == "handle":
                cands = [t for t in pool if "<handle>" in t] or pool
            else:
                cands = pool
            text = g.x(pick_idx(g, sc, "offplat", cands), **slots)
        elif stage == "money":
            text = g.x(pick_idx(g, sc, "money", HS["money"][lang]), **slots)
            if lang != "en" and g.p(0.3):
                text = text.replace(TOPICS[sc["topic"]][LI[lang]], TOPICS[sc["topic"]][LI[lang]])
            if sc["secrecy"] and lang == "en":
                text += " " + g.x(pick_idx(g, sc, "secrecy", HS["secrecy"]["en"]), **slots)
        else:
            text = g.x(pick_idx(g, sc, stage, HS[stage][lang]), **slots)
        if stage == "opener" and g.p(0.3) and lang == "en" and not sc.get("fixed"):
            text += " " + g.pk(["Would you be open to a brief exchange?", "Hope you're well.", "I'd love to connect.", ""])
        msgs.append({"sender": "contact", "text": text.strip()})
        if k < len(order) - 1 and g.p(0.75):
            msgs.append({"sender": "user", "text": g.pk(USER_REPLIES[lang])})
    for sp in sc["specials"]:
        msgs.append({"sender": "contact", "text": g.x(g.pk(SPECIAL[sp]), **slots)})
        if g.p(0.4):
            msgs.append({"sender": "user", "text": g.pk(USER_REPLIES[lang])})
    if msgs[-1]["sender"] == "user" and g.p(0.5):
        msgs.pop()
    conv = {"schema": "vetlink/conversation/v1", "platform": g.pk(["linkedin", "linkedin", "linkedin", "linkedin-inmail", "email"]) if g.p(0.2) else "linkedin",
            "contact": meta["name"], "messages": msgs}
    if start is not None and g.p(0.6):
        t = start
        for m in msgs:
            t = t + datetime.timedelta(minutes=g.ri(5, 60 * 48))
            m["sent"] = t.strftime("%Y-%m-%dT%H:%M:%SZ") if g.p(0.8) else t.date().isoformat()
    return conv

# ----------------------------------------------------------------------------- genuine persona
def make_genuine(g, sector=None, employer=None, employer_str=None, culture=None, name=None, location=None, about=None,
                 title=None, edu=None, email_domain=None, extra_about=None):
    sector = sector or g.ch(SECTOR_LIST)
    S = SECTORS[sector]
    nm = name or make_name(g, culture)
    emp = employer_str or employer or g.pk(S["employers"])
    title = title or g.pk(S["titles"])
    loc = location or g.pk(GEN_LOCATIONS)
    cr = rand_date(g, 2006, 2024)
    newbie = g.p(0.08)
    if newbie:
        cr = rand_date(g, 2025, 2026)
        cr = min(cr, datetime.date(2026, 10, 1))
    years = g.ri(3, 28)
    thing = g.pk(THINGS[sector])
    field = g.pk(FIELDS)
    prof = {"schema": "vetlink/profile/v1", "platform": "linkedin" if g.p(0.96) else "xing", "url": profile_url(g, nm["first"], nm["last"]),
            "name": nm["name"]}
    hl = g.pk(["<title> at <emp>", "<title> | <emp>", "<title> @ <emp>", "<title>, <emp>", "<title>", "<title> at <emp> | <skill>",
               "<title> – <thing>", "<title> at <emp> — views my own"])
    prof["headline"] = hl.replace("<title>", title).replace("<emp>", emp).replace("<skill>", g.pk(S["skills"])).replace("<thing>", thing)
    if g.p(0.95):
        prof["location"] = loc
    ph = photo_unique(g)
    if ph:
        prof["photo"] = ph
    if g.p(0.35):
        prof["created"] = cr.isoformat()
    c = g.pk([g.ri(20, 200), g.ri(150, 499), g.ri(300, 499), 500])
    if newbie:
        c = g.ri(3, 90)
        prof["created"] = cr.isoformat()
    prof["connections"] = c
    if c == 500:
        prof["connections_capped"] = True
    if g.p(0.3):
        prof["followers"] = c + g.ri(0, 2000)
    if g.p(0.6):
        prof["mutual_connections"] = g.ri(0, 60)
    slots = {"years": years, "thing": thing, "title": title.lower() if g.p(0.5) else title, "employer": emp, "field": field, "city": CITY_OF(loc)}
    if about is not None:
        if about:
            prof["about"] = about
    elif g.p(0.72):
        op = g.pk(GEN_ABOUT_OPEN)
        while (op.startswith("Ich ") and nm["culture"] != "de") or (op.startswith("Je ") and nm["culture"] != "fr") or (op.startswith("Trabajo ") and nm["culture"] != "es"):
            op = g.pk(GEN_ABOUT_OPEN)
        parts = [re.sub(r"\b([Aa]) ([aeiouAEIOU])", r"\1n \2", g.x(op, **slots))]
        for _ in range(g.ri(0, 2)):
            parts.append(g.pk(GEN_ABOUT_MORE))
        prof["about"] = " ".join(parts) if g.p(0.7) else "\n\n".join(parts)
    if extra_about:
        prof["about"] = (prof.get("about", "") + "\n\n" + extra_about).strip()
    # experience
    exp = []
    start_y = min(2026, max(cr.year - g.ri(0, 3), 1995) + g.ri(0, 6))
    e0 = {"title": title, "company": emp, "start": ym(start_y, g.ri(1, 12)) if g.p(0.7) else ym(start_y), "end": None}
    if g.p(0.5):
        e0["location"] = loc
    if g.p(0.35):
        e0["description"] = g.pk(["Working on %s." % thing, "Responsible for %s across several programmes." % thing,
                                  "Leading a small team on %s." % thing, "%s, stakeholder engagement and reporting." % thing.capitalize()])
    exp.append(e0)
    y = start_y
    for _ in range(g.ri(0, 3)):
        y0 = y - g.ri(1, 6)
        exp.append({"title": g.pk(S["titles"]), "company": g.pk(SECTORS[g.ch(SECTOR_LIST)]["employers"] if g.p(0.3) else S["employers"]),
                    "start": ym(y0), "end": ym(y)})
        y = y0
    prof["experience"] = exp
    if edu is not None:
        prof["education"] = edu
    elif g.p(0.8):
        u = g.pk(UNIS)
        ey = y - g.ri(0, 2)
        prof["education"] = [{"school": u[0], "degree": u[1], "field": u[2], "start": str(ey - g.ri(1, 4)), "end": str(ey)}]
        if g.p(0.3):
            prof["education"][0].pop("start")
    if g.p(0.8):
        prof["skills"] = g.spk(S["skills"], min(len(S["skills"]), g.ri(3, 8)))
    if g.p(0.3):
        prof["languages"] = g.spk(["English", "German", "French", "Spanish", "Italian", "Welsh", "Mandarin", "Hindi", "Arabic", "Dutch"], g.ri(1, 3))
    if g.p(0.2):
        prof["certifications"] = g.spk(["PRINCE2 Practitioner", "APM PMQ", "CISSP", "AWS Solutions Architect", "CEng", "ITIL v4", "PMP", "OSCP"], g.ri(1, 2))
    prof["recommendations"] = g.pk([0, 0, 1, 2, 3, 5, 8, 12])
    if g.p(0.6):
        prof["endorsements"] = g.ri(0, 150)
    if g.p(0.25):
        prof["verified"] = {"identity": True} if g.p(0.6) else {"identity": True, "workplace": True}
    if g.p(0.3):
        prof["activity"] = [{"date": rand_date(g, 2025, 2026).isoformat(), "kind": g.pk(["post", "comment", "share", "like"]),
                             "text": g.pk(["Great to see the team's hard work recognised!", "Interesting read on %s." % thing,
                                           "We're hiring! Get in touch if you're interested.", "Proud to have presented at the regional IET meeting.",
                                           "Congratulations to everyone involved.", "Some thoughts on %s after this week's workshop." % thing])}]
    if g.p(0.2):
        add_contact(prof, "emails", uemail(g, email_local(g, nm["first"], nm["last"]), email_domain or g.pk(WEBMAIL)))
    meta = {"first": nm["first"], "last": nm["last"], "name": nm["name"], "employer": emp, "title": title, "sector": sector,
            "thing": thing, "field": field, "city": CITY_OF(loc)}
    return prof, meta

JOB_EMPS = ["Kestrel Dynamics", "Arcturus Marine", "Albion Grid", "Quillsoft", "Sentinel Land Systems", "Cygnet Security", "Veritas Avionics", "Larkspur Data"]
RCONFS = [("RadarConf 2027", "https://radarconf2027.org", "https://radarconf2027.org/call-for-papers"),
          ("the European Conference on Antennas and Propagation (EuCAP 2027)", "https://www.eucap2027.org", "https://www.eucap2027.org/cfp"),
          ("CyberUK 2027", "https://www.cyberuk.uk", "https://www.cyberuk.uk/speak"),
          ("the IET International Conference on Power Electronics", "https://events.theiet.org/pemd", "https://events.theiet.org/pemd/cfp"),
          ("the Space Systems Engineering Workshop", "https://ssew-workshop.eu", "https://ssew-workshop.eu/submit"),
          ("the Nordic Security Research Forum", "https://nsrf.no", "https://nsrf.no/call")]

def genuine_conv(g, meta, kind=None, target_first="there", extra=None, lang="en"):
    extra = extra or {}
    kind = kind or g.pk(list(GCONV))
    rc = g.pk(RCONFS)
    slots = {"first": target_first, "jtitle": g.pk(SECTORS[g.pk(["defence", "defence", "tech", "energy", "civil", "academia"])]["titles"]), "jemp": g.pk(JOB_EMPS),
             "jcity": g.pk(["Bristol", "Farnborough", "Manchester", "London", "Portsmouth", "Edinburgh"]),
             "sal": g.pk(["£55–65k", "£70,000-£80,000", "£90k", "up to £62k", "£48-52k"]), "title": g.pk(["systems engineer", "analyst", "engineer"]),
             "employer": g.pk(ORG_EMPLOYER), "outlet": g.pk(OUTLETS), "thing": meta.get("thing", "engineering"),
             "edomain": "org.example", "field": meta.get("field", "engineering"), "uni": g.pk(UNIS)[0],
             "alumlink": "https://alumni.%s.ac.uk/update" % g.pk(["bristol", "leeds", "warwick", "soton"]), "rconf": rc[0], "cfplink": rc[2],
             "cfpdate": g.pk(["15 January", "1 March", "28 February", "30 April"]), "city": g.pk(["London", "Bristol", "Cheltenham"]),
             "other": g.pk(["Dave", "Priya", "Gareth", "Sue", "Mo"]), "joblink": "https://careers.%s.com/jobs/%d" % (ascii_slug(g.pk(JOB_EMPS)), g.ri(1000, 99999))}
    slots.update(extra)
    if lang != "en" and lang in GCONV_L:
        tpl = g.pk(GCONV_L[lang])
    else:
        tpl = g.pk(GCONV[kind])
    msgs = []
    for i, t in enumerate(tpl):
        msgs.append({"sender": "contact" if i % 2 == 0 else "user", "text": g.x(t, **slots)})
    if len(msgs) > 1 and g.p(0.25):
        msgs = msgs[:-1] if msgs[-1]["sender"] == "user" else msgs
    return {"schema": "vetlink/conversation/v1", "platform": "linkedin", "contact": meta["name"], "messages": msgs}

# ----------------------------------------------------------------------------- reporters
DEPTS = ["Defence Equipment Programmes", "Cyber Security Operations", "Policy & Strategy", "Research & Development", "Procurement",
         "Energy Systems", "Space Directorate", "Legal", "Communications", "Finance", "Human Resources", "Nuclear Policy",
         "International Partnerships", "Digital & Data", "Estates & Security"]

def make_reporters(g, n=260):
    reps = []
    seen = set()
    while len(reps) < n:
        c = g.ch(["en", "en", "en", "us", "in", "de", "fr", "nl"])
        f, l = g.pk(NAMES[c][0]), g.pk(NAMES[c][1])
        em = "%s.%s@org.example" % (ascii_slug(f).replace("-", ""), ascii_slug(l).replace("-", ""))
        if em in seen:
            continue
        seen.add(em)
        reps.append({"first": f, "last": l, "email": em, "dept": g.pk(DEPTS)})
    return reps

def pick_rep(g, reps, dept=None, p=0.8):
    if dept and g.p(p):
        c = [r for r in reps if r["dept"] == dept]
        if c:
            return g.ch(c)
    return g.ch(reps)

def item(prof, conv, kind, camp, rep, when=None):
    return {"profile": prof, "conversation": conv, "kind": kind, "campaign": camp, "rep": rep, "when": when}

def conv_time(g, base=None):
    if base is None:
        base = rand_date(g, 2025, 2026)
        if base > datetime.date(2026, 11, 25):
            base = datetime.date(2026, 11, 25)
    base = min(base, datetime.date(2026, 10, 25))
    return datetime.datetime(base.year, base.month, base.day, g.ri(6, 20), g.ri(0, 59))

# ----------------------------------------------------------------------------- campaign styles
def camp_window(g):
    d = rand_date(g, 2023, 2026)
    return min(d, datetime.date(2026, 9, 1))

def style_chain_contact(g, cid, n, reps):
    out = []
    metas = []
    dept = g.pk(DEPTS) if g.p(0.4) else None
    tp = g.ri(0, len(TOPICS) - 1) if g.p(0.6) else None
    for i in range(n):
        prof, meta = make_fake(g, topic=tp)
        metas.append((prof, meta, {}))
    # chain links
    for i in range(n - 1):
        kind = g.pk(["phone", "phone", "handle", "handle", "email_domain", "email", "wa"])
        a, b = metas[i], metas[i + 1]
        if kind in ("phone", "wa"):
            ph = new_phone(g, g.pk(["UK", "SG", "HK", "AE", "CN", "US", "MY", "TR"]))
            for (prof, meta, idn) in (a, b):
                txt = wa_link(g, ph) if kind == "wa" else fmt_phone(g, ph)
                if g.p(0.65) or "phone_txt" in idn:
                    add_contact(prof, "phones" if kind == "phone" else "messaging", txt)
                else:
                    idn["phone_txt"] = txt
                    idn["offplat_kind"] = "phone"
                    idn["force_off"] = True
        elif kind == "handle":
            h = new_handle(g, a[1]["first"], a[1]["last"]) if g.p(0.5) else new_handle(g, b[1]["first"], b[1]["last"])
            for (prof, meta, idn) in (a, b):
                txt = fmt_handle(g, h)
                if g.p(0.65) or "handle_txt" in idn:
                    add_contact(prof, "messaging", txt)
                else:
                    idn["handle_txt"] = txt
                    idn["offplat_kind"] = "handle"
                    idn["force_off"] = True
        else:
            dom = ascii_slug(g.pk(FIRM_W1)) + g.pk(["-mail", "mail", "-hr", "-consult", "-office", "corp", "-secure"]) + "." + g.pk(["com", "net", "org", "co", "biz"])
            for (prof, meta, idn) in (a, b):
                d = "".join(ch.upper() if g.p(0.2) else ch for ch in dom) if g.p(0.3) else dom
                if kind == "email":
                    em = "%s@%s" % (g.pk(["hr", "info", "contact", "talent", "research", "office"]), dom)
                else:
                    em = uemail(g, email_local(g, meta["first"], meta["last"]), d)
                if g.p(0.6) or "email" in idn:
                    add_contact(prof, "emails", em)
                else:
                    idn["email"] = em
                    idn["offplat_kind"] = "email"
                    idn["force_off"] = True
    for prof, meta, idn in metas:
        # each member also has own, unshared identifiers sometimes
        if g.p(0.4):
            add_contact(prof, "phones", fmt_phone(g, new_phone(g)))
        if g.p(0.3):
            add_contact(prof, "emails", uemail(g, email_local(g, meta["first"], meta["last"]), g.pk(WEBMAIL)))
        rep = pick_rep(g, reps, dept, 0.6)
        conv = None
        if g.p(0.8) or idn.get("force_off"):
            sc = new_script(g, meta, g.ch(["en", "en", "en", "en", "de", "fr", "es", "ru", "zh"]))
            conv = hostile_conv(g, meta, sc, idn, rep["first"], rep["last"], start=conv_time(g))
        out.append(item(prof, conv, "chain_contact", cid, rep))
    return out

def style_firm_registrant(g, cid, n, reps):
    out = []
    pat = g.pk(["parent_host", "mail_domain", "tld_path", "name_pattern"])
    host = ascii_slug(g.pk(FIRM_W1)) + g.pk(["-sites", "hub", "-biz", "-web", "pages", "-cloud"]) + "." + g.pk(["net", "com", "site", "online"])
    maildom = g.pk(["corp", "biz", "office", "secure", "pro"]) + g.pk(["mail", "-mailbox", "post", "-inbox"]) + "." + g.pk(["com", "net", "co", "io"])
    tld = g.pk(["consulting", "group", "global", "pro", "agency", "biz", "online"])
    path = g.pk(["index.php?lang=en&page=team", "en/about-us/", "home.html#experts", "site/index.aspx", "?page_id=12"])
    suffix = g.pk(["-partners-intl.com", "-advisory-group.com", "-global-insight.com", "-research.org", "-consult.co"])
    reg_phone = new_phone(g, g.pk(["UK", "SG", "HK", "AE", "CH"]))
    role = g.pk(list(ROLES)) if g.p(0.5) else None
    dept = g.pk(DEPTS) if g.p(0.5) else None
    for i in range(n):
        firm = new_firm(g)
        slug = ascii_slug(firm["base"]).replace("-", "") if g.p(0.5) else ascii_slug(firm["base"])
        if pat == "parent_host":
            web = g.pk(["https://%s.%s/", "http://%s.%s", "https://www.%s.%s/en/", "%s.%s"]) % (slug, host)
        elif pat == "name_pattern":
            web = url_variant(g, ascii_slug(firm["w1"]) + suffix)
        elif pat == "tld_path":
            web = "https://www.%s.%s/%s" % (slug, tld, path) if g.p(0.7) else "http://%s.%s/%s" % (slug, tld, path)
        else:
            web = url_variant(g, firm["domain"])
        prof, meta = make_fake(g, role=role, firm=firm, website=web)
        if g.p(0.6):
            add_contact(prof, "websites", web)
        idn = {}
        if pat == "mail_domain" or g.p(0.25):
            em = "%s@%s" % (g.pk([email_local(g, meta["first"], meta["last"]), "info." + slug[:12], slug[:10]]), maildom)
            if g.p(0.7):
                add_contact(prof, "emails", em)
            else:
                idn["email"] = em
                idn["offplat_kind"] = "email"
        if pat == "tld_path" and g.p(0.4):
            add_contact(prof, "phones", fmt_phone(g, reg_phone))
        rep = pick_rep(g, reps, dept, 0.6)
        conv = None
        if g.p(0.7):
            conv = hostile_conv(g, meta, new_script(g, meta, g.ch(["en", "en", "en", "fr", "de", "zh"])), idn, rep["first"], rep["last"], start=conv_time(g))
        out.append(item(prof, conv, "firm_registrant", cid, rep))
    return out

def style_script_reuse(g, cid, n, reps):
    out = []
    langs = ["en"] if g.p(0.45) else (["en", g.ch(LANGS[1:])] if g.p(0.6) else g.r.sample(LANGS, 3))
    dummy = {"topic": g.ri(0, len(TOPICS) - 1), "first": "x", "last": "y"}
    sc = new_script(g, dummy, "en", fixed=True)
    sc["secrecy"] = g.p(0.6)
    sc["specials"] = [g.pk(["speaking", "passport"])] if g.p(0.25) else []
    dept = g.pk(DEPTS) if g.p(0.5) else None
    role = g.pk(list(ROLES))
    for i in range(n):
        prof, meta = make_fake(g, role=role if g.p(0.6) else None, topic=sc["topic"])
        lang = g.ch(langs)
        s2 = dict(sc)
        s2["lang"] = lang
        s2["fee"] = dict(sc["fee"]) if lang == "en" else new_fee(g, lang)
        if lang != "en":
            s2["fee"]["a"] = sc["fee"]["a"] if s2["fee"]["cur"] == sc["fee"]["cur"] else s2["fee"]["a"]
        idn = {}
        if g.p(0.3):
            add_contact(prof, "phones", fmt_phone(g, new_phone(g)))
        if g.p(0.5):
            idn["handle_txt"] = fmt_handle(g, new_handle(g, meta["first"], meta["last"]))
        rep = pick_rep(g, reps, dept, 0.6)
        conv = hostile_conv(g, meta, s2, idn, rep["first"], rep["last"], lang=lang, truncate=False, start=conv_time(g))
        if g.p(0.05):
            conv = None
        out.append(item(prof, conv, "script_reuse", cid, rep))
    return out

BURST_ABOUT = [
 "{Experienced|Seasoned} {talent partner|headhunter|search consultant} {supporting|working with} {leading|top-tier} {defence|aerospace|security} {organisations|clients} {across Europe and Asia|worldwide}. {I specialise in|My focus is} {senior|confidential|cleared} {roles|appointments} {in|within} <topic>. {Always happy to connect|Happy to connect} with {professionals|experts} {in this space|in the sector}.",
 "{Researcher|Analyst} at <firm>. {My work focuses on|I focus on|I work on} <topic> {and|as well as} {the wider|broader} {security|policy} {environment|landscape}. {Interested in|Keen on} {exchanging views|dialogue} with {practitioners|officials and engineers}.",
 "{I connect|Connecting} {investors|clients} with {independent|senior} {experts|specialists} {on|in} <topic>. {Paid|Well-paid} {consultations|short projects}, {flexible|remote} {and fully confidential|and discreet}.",
 "{Helping|I help} {organisations|governments and companies} {understand|navigate} <topic>. {Former|Ex-} {Big Four|strategy} {consultant|adviser}. {Based in|Located in} <city>, {working globally|travelling often}.",
 "{Organiser of|I organise} {high-level|senior} {roundtables|dialogues|summits} {on|about} <topic>. {Looking for|Seeking} {speakers|contributors} {with first-hand experience|from government and industry}.",
]

def style_burst_target(g, cid, n, reps):
    out = []
    start = camp_window(g)
    span = g.ri(1, 6)
    dept = g.pk(DEPTS)
    tpl = g.pk(BURST_ABOUT)
    tp = g.ri(0, len(TOPICS) - 1)
    role = g.pk(list(ROLES))
    loc = g.pk(FAKE_LOCATIONS) if g.p(0.5) else None
    for i in range(n):
        cr = start + datetime.timedelta(days=g.ri(0, span))
        firm = new_firm(g)
        fs = firm["base"]
        about = g.x(tpl, topic=TOPICS[tp][0], firm=fs, city=CITY_OF(loc or g.pk(FAKE_LOCATIONS)))
        prof, meta = make_fake(g, role=role, firm=firm, firm_str=fs, created=cr, location=loc, about=about, topic=tp)
        prof["created"] = cr.isoformat()
        rep = pick_rep(g, reps, dept, 0.92)
        conv = None
        if g.p(0.7):
            conv = hostile_conv(g, meta, new_script(g, meta, g.ch(["en", "en", "en", "de", "fr"])), {}, rep["first"], rep["last"],
                                start=conv_time(g, cr + datetime.timedelta(days=g.ri(5, 60))))
        out.append(item(prof, conv, "burst_target", cid, rep, cr + datetime.timedelta(days=g.ri(10, 90))))
    return out

def style_firm_variants(g, cid, n, reps):
    out = []
    firm = new_firm(g)
    office = new_phone(g, g.pk(["UK", "SG", "HK", "AE", "CH", "NL", "DE"]))
    role = g.pk(list(ROLES))
    dept = g.pk(DEPTS) if g.p(0.5) else None
    for i in range(n):
        fs = firm_variant(g, firm)
        web = url_variant(g, firm["domain"])
        prof, meta = make_fake(g, role=role if g.p(0.7) else None, firm=firm, firm_str=fs, website=web if g.p(0.5) else None)
        if g.p(0.5):
            add_contact(prof, "websites", web)
        if g.p(0.45):
            add_contact(prof, "phones", fmt_phone(g, office))
        if g.p(0.35):
            d = firm["domain"] if g.p(0.7) else firm["domain"].upper()
            add_contact(prof, "emails", uemail(g, email_local(g, meta["first"], meta["last"]), d))
        if g.p(0.3):
            add_contact(prof, "messaging", fmt_handle(g, new_handle(g, meta["first"], meta["last"])))
        rep = pick_rep(g, reps, dept, 0.6)
        conv = None
        if g.p(0.65):
            conv = hostile_conv(g, meta, new_script(g, meta, g.ch(["en", "en", "en", "de", "fr", "es", "ru", "zh"])), {}, rep["first"], rep["last"], start=conv_time(g))
        out.append(item(prof, conv, "firm_variants", cid, rep))
    return out

CONF_FRONT = ["Global <w> Security Summit", "International <w> Leaders Forum", "<w> Strategy Dialogue", "World <w> Innovation Congress",
              "<w> Futures Roundtable", "Euro-Asian <w> Cooperation Forum", "<w> Resilience Conference", "Annual <w> Policy Symposium"]
CONF_W = ["Energy", "Cyber", "Space", "Maritime", "Aerospace", "Defence Technology", "Quantum", "Critical Infrastructure", "Arctic", "Supply Chain"]

def conf_variant(g, base, abbr, year):
    return g.pk(["%s %d" % (base, year), base, "%s (%s %d)" % (base, abbr, year), "%s%d" % (abbr, year), "%s %d" % (abbr, year),
                 "the %s" % base, "%s – %s" % (base, g.pk(["Dubai", "Singapore", "Geneva", "Istanbul", "Vienna"])), base.upper()])

def style_conference_front(g, cid, n, reps):
    out = []
    base = g.pk(CONF_FRONT).replace("<w>", g.pk(CONF_W))
    abbr = "".join(w[0] for w in re.findall(r"[A-Za-z]+", base) if w[0].isupper())
    year = g.pk([2026, 2027])
    dom = ascii_slug(abbr) + str(year) + "." + g.pk(["org", "com", "events", "net", "global"])
    city = g.pk(["Dubai", "Singapore", "Geneva", "Istanbul", "Vienna", "Doha", "Kuala Lumpur"])
    fee = new_fee(g, "en")
    sp = g.pk([["speaking", "passport"], ["speaking", "credentials"], ["speaking"]])
    dept = g.pk(DEPTS) if g.p(0.5) else None
    for i in range(n):
        firm = new_firm(g) if g.p(0.7) else {"base": base + " Secretariat", "acr": abbr, "domain": dom, "suffix": "Ltd", "w1": abbr}
        cname = conf_variant(g, base, abbr, year)
        link = url_variant(g, dom, g.pk(["utm", "https", "subdomain", "trailing_path", "ref", "case", "lang_path"]), g.pk(["register", "speakers", "apply", ""]))
        prof, meta = make_fake(g, role="events", firm=firm, headline=g.pk(["Programme Director, %s" % cname, "Speaker Relations | %s" % cname,
                                                                        "Head of Partnerships at %s" % firm["base"], "Organising Committee – %s" % cname]))
        if g.p(0.5):
            prof["about"] = g.x("{We are delighted to|We will} {host|convene} <c> in <city>, {bringing together|gathering} {senior officials|ministers}, {industry leaders|CEOs} and {experts|researchers}. {Speakers enjoy|Invited speakers receive} {fully covered travel|all-expenses-paid travel} {and accommodation|and a 5-star hotel}.",
                                c=cname, city=city)
        if g.p(0.5):
            add_contact(prof, "websites", link)
        sc = new_script(g, meta, "en")
        sc["conf"] = cname
        sc["specials"] = list(sp)
        sc["fee"] = fee
        rep = pick_rep(g, reps, dept, 0.6)
        idn = {"extra_slots": {"link": link, "city": city}}
        conv = hostile_conv(g, meta, sc, idn, rep["first"], rep["last"], start=conv_time(g)) if g.p(0.85) else None
        out.append(item(prof, conv, "conference_front", cid, rep))
    return out

def style_photo_reuse(g, cid, n, reps):
    out = []
    pool = [{"present": True, "sha256": g.hex(64)} for _ in range(g.ri(1, 3))]
    loc = g.pk(FAKE_LOCATIONS)
    role = g.pk(list(ROLES))
    firm = new_firm(g)
    hl = g.pk(ROLES[role]["head"])
    about = g.x(g.pk(FAKE_ABOUT), firm=firm["base"], topic=TOPICS[g.ri(0, 14)][0], city=CITY_OF(loc), years=g.ri(6, 15))
    culture = g.pk(CULTURES_FAKE)
    dept = g.pk(DEPTS) if g.p(0.5) else None
    for i in range(n):
        ph = g.ch(pool) if g.p(0.85) else photo_unique(g, 0.9, 0.1)
        f2 = new_firm(g) if g.p(0.5) else firm
        prof, meta = make_fake(g, role=role, firm=f2, culture=culture if g.p(0.7) else None, location=loc if g.p(0.8) else None,
                               photo=ph, headline=g.x(hl, firm=f2["base"], topic=TOPICS[g.ri(0, 14)][0]),
                               about=about if g.p(0.5) else None, thin=True)
        rep = pick_rep(g, reps, dept, 0.6)
        conv = hostile_conv(g, meta, new_script(g, meta, "en"), {}, rep["first"], rep["last"], start=conv_time(g)) if g.p(0.6) else None
        out.append(item(prof, conv, "photo_reuse", cid, rep))
    return out

# ----------------------------------------------------------------------------- test-only campaign styles
HANDOFF = ["My colleague <other> will {follow up|be in touch} with {the details|the contract|next steps} — {please|do} {accept|expect} {her|his|their} {connection request|message}.",
           "From here <other> {will take over|is handling the paperwork}; {they|she|he} {will contact you|will reach out} {shortly|this week}.",
           "As <other> {mentioned|explained} {earlier|last week}, our client {is very interested|would value your perspective}.",
           "I'm passing your details to <other> in our {finance|research|events} team, who {will arrange payment|will send the brief}.",
           "<other> from our {Singapore|London|Dubai|Geneva} office {will call you|will message you} {on WhatsApp|here} to {finalise|confirm} things."]

def name_ref(g, meta):
    return g.pk([meta["first"] + " " + meta["last"], meta["first"], "%s %s." % (meta["first"], meta["last"][0]), "Dr %s" % meta["last"],
                 "%s (%s)" % (meta["first"] + " " + meta["last"], meta["firm"]), meta["last"].upper() + " " + meta["first"]])

def style_handoff_relay(g, cid, n, reps):
    out = []
    tp = g.ri(0, len(TOPICS) - 1)
    mems = []
    for i in range(n):
        prof, meta = make_fake(g, topic=tp)
        mems.append((prof, meta))
    dept = g.pk(DEPTS) if g.p(0.5) else None
    for i, (prof, meta) in enumerate(mems):
        others = []
        if i + 1 < n:
            others.append(mems[i + 1][1])
        if i > 0 and g.p(0.4):
            others.append(mems[i - 1][1])
        if not others:
            others.append(mems[0][1])
        rep = pick_rep(g, reps, dept, 0.6)
        sc = new_script(g, meta, "en")
        conv = hostile_conv(g, meta, sc, {}, rep["first"], rep["last"], truncate=False, start=conv_time(g))
        for o in others:
            conv["messages"].append({"sender": "contact", "text": g.x(g.pk(HANDOFF), other=name_ref(g, o))})
        if g.p(0.15):
            add_contact(prof, "messaging", fmt_handle(g, new_handle(g, meta["first"], meta["last"])))
        out.append(item(prof, conv, "handoff_relay", cid, rep))
    return out

REPO_HOSTS = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org"]

def style_repo_lure(g, cid, n, reps):
    out = []
    org_stem = g.pk(["hiring", "talent", "assess", "devtest", "careers", "recruit"])
    repo = g.pk(["skills-assessment", "take-home-challenge", "defi-dashboard-test", "trading-bot-eval", "coding-task-v2", "interview-kit"])
    arch = g.pk(["Skill_Assessment_v3.zip", "JD_Confidential.7z", "TakeHome_Task.zip", "Role_Details_2026.rar", "Coding_Test_Final.zip"])
    pw = g.pk(["2027", "Hire2026!", "job2026", "123456"])
    tp = g.pk([3, 6, 10, 11])
    dept = g.pk(["Cyber Security Operations", "Digital & Data", "Research & Development"])
    for i in range(n):
        firm = new_firm(g)
        org = g.pk(["%s-%s" % (ascii_slug(firm["w1"]), org_stem), "%s%s" % (firm["acr"].lower(), org_stem), "%s-%s" % (org_stem, ascii_slug(firm["w1"]))])
        host = g.pk(REPO_HOSTS)
        link = g.pk(["https://%s/%s/%s", "%s/%s/%s", "https://www.%s/%s/%s.git", "https://%s/%s/%s/tree/main"]) % (host, org, repo)
        prof, meta = make_fake(g, role="recruiter", firm=firm, topic=tp,
                               headline=g.pk(["Technical Recruiter at %s" % firm["base"], "Talent Lead | Web3 & Fintech | %s" % firm["base"],
                                              "Hiring Senior Engineers – remote, top pay", "Engineering Recruiter @ %s" % firm["acr"]]))
        sc = new_script(g, meta, "en")
        sc["order"] = ["opener", "rapport", "elicit"] if g.p(0.5) else ["opener", "elicit"]
        sc["intents"] = g.spk(["team", "technical", "cv_clearance", "programme"], 1)
        sc["specials"] = ["malware"] + (["credentials"] if g.p(0.3) else [])
        rep = pick_rep(g, reps, dept, 0.7)
        idn = {"extra_slots": {"repo": link, "pw": pw, "link": "https://%s/%s" % (host, org)}}
        conv = hostile_conv(g, meta, sc, idn, rep["first"], rep["last"], truncate=False, start=conv_time(g))
        if g.p(0.5):
            for m in conv["messages"]:
                if m["sender"] == "contact" and ("archive" in m["text"] or "test" in m["text"]):
                    m["attachments"] = [arch]
                    break
            else:
                conv["messages"].append({"sender": "contact", "text": g.pk(["Attached is the role description.", "Please find the assessment attached."]),
                                         "attachments": [arch]})
        if g.p(0.3):
            add_contact(prof, "messaging", fmt_handle(g, new_handle(g, meta["first"], meta["last"])))
        out.append(item(prof, conv, "repo_lure", cid, rep))
    return out

def typo_domains(g, dom):
    stem, _, tld = dom.partition(".")
    c = []
    c.append(stem + "-careers." + tld)
    c.append(stem.replace("i", "l", 1) + "." + tld if "i" in stem else stem + "s." + tld)
    c.append(stem + "-hr.com")
    c.append(stem.replace("-", "") + "-group.net")
    c.append(stem + "." + g.pk(["co", "io", "net", "org"]))
    c.append("mail-" + stem + ".com")
    c.append(stem[:-1] + stem[-1] * 2 + "." + tld)
    return c

def style_profile_clone(g, cid, n, reps, clone_src):
    out = []
    emp, srcs = clone_src
    fam = typo_domains(g, emp["domain"])
    shared_h = new_handle(g, g.pk(NAMES["en"][0]), g.pk(NAMES["en"][1]))
    start = camp_window(g)
    for i in range(n):
        src = g.ch(srcs)
        nm = make_name(g, g.ch(["en", "us", "in", "zh"]), fake=True)
        prof = json.loads(json.dumps(src))
        prof["name"] = nm["name"]
        prof["url"] = profile_url(g, nm["first"], nm["last"])
        prof["photo"] = {"present": True, "sha256": g.hex(64)}
        prof.pop("contact", None)
        prof.pop("verified", None)
        prof.pop("activity", None)
        prof["created"] = (start + datetime.timedelta(days=g.ri(0, 120))).isoformat()
        prof["connections"] = g.ri(40, 400)
        prof.pop("connections_capped", None)
        prof["recommendations"] = 0
        prof["headline"] = g.pk(["Talent Acquisition Partner at %s" % emp["name"], "Recruiting Lead | %s" % emp["name"],
                                 prof.get("headline", "Engineer"), "Graduate & Experienced Hiring – %s" % emp["name"]])
        add_contact(prof, "emails", uemail(g, email_local(g, nm["first"], nm["last"]), g.ch(fam)))
        if g.p(0.35):
            add_contact(prof, "messaging", fmt_handle(g, shared_h))
        meta = {"first": nm["first"], "last": nm["last"], "name": nm["name"], "firm": emp["name"], "role": "recruiter",
                "topic": g.ri(0, 14), "city": "London"}
        rep = pick_rep(g, reps)
        sc = new_script(g, meta, "en")
        sc["intents"] = ["cv_clearance"] + g.spk(["team", "programme", "internal"], 1)
        conv = hostile_conv(g, meta, sc, {}, rep["first"], rep["last"], start=conv_time(g)) if g.p(0.8) else None
        out.append(item(prof, conv, "profile_clone", cid, rep))
    return out

SURVEY = ["As part of my {doctoral|PhD} research at <uni>, I'm running {a short survey|brief interviews} on <topic>. Participants receive an honorarium of <fee>. The questionnaire is here: <link>",
          "我在<uni>攻读博士，正在做关于<topic>的调研，完成问卷可获得<fee>的酬谢：<link>",
          "I'm a visiting scholar at <uni> and would love to interview you (30–45 min) about <topic>. We offer <fee> for your time. Please start with this form: <link>",
          "Could you fill in our expert questionnaire (<link>)? Questions cover your team's current projects and timelines. <fee> is paid on completion."]

def style_scholar_survey(g, cid, n, reps):
    out = []
    sdom = g.pk(["research-survey", "expertpanel", "scholar-forms", "policy-insight", "acad-survey"]) + "." + g.pk(["org", "net", "info", "com"])
    fee = new_fee(g, "en", "USD")
    tp = g.ri(0, 14)
    dept = g.pk(DEPTS)
    start = camp_window(g)
    for i in range(n):
        uni = g.pk(FAKE_UNIS)[0]
        link = g.pk(["https://%s/s/%s", "https://www.%s/q/%s", "http://%s/?sid=%s", "https://forms.%s/%s"]) % (sdom, g.hex(6))
        prof, meta = make_fake(g, role="student", culture=g.pk(["zh", "zh", "en", "us", "kr"]), topic=tp,
                               created=start + datetime.timedelta(days=g.ri(0, 30)))
        prof["headline"] = g.pk(["PhD candidate at %s" % uni, "Doctoral researcher | %s" % uni, "Visiting Scholar, %s" % uni, "%s | PhD student" % uni])
        prof["experience"] = [{"title": g.pk(["PhD Candidate", "Doctoral Researcher", "Visiting Scholar"]), "company": uni, "start": str(g.ri(2022, 2025)), "end": None}]
        lang = "zh" if meta["culture"] == "zh" and g.p(0.4) else "en"
        rep = pick_rep(g, reps, dept, 0.7)
        tpl = g.pk(SURVEY)
        if lang == "zh":
            tpl = SURVEY[1]
        elif tpl == SURVEY[1]:
            tpl = SURVEY[0]
        msgs = [{"sender": "contact", "text": g.x(g.pk(HS["opener"][lang]), first=rep["first"], last=rep["last"], me=meta["first"],
                                                   firm=uni, role="researcher", topic=TOPICS[tp][LI[lang]], employer="your organisation")}]
        if g.p(0.7):
            msgs.append({"sender": "user", "text": g.pk(USER_REPLIES[lang])})
        msgs.append({"sender": "contact", "text": g.x(tpl, uni=uni, topic=TOPICS[tp][LI[lang]], fee=render_fee(g, fee, lang), link=link)})
        if g.p(0.5):
            msgs.append({"sender": "contact", "text": g.x(g.pk(HS["elicit"]["en"]["programme"]), topic=TOPICS[tp][0])})
        conv = {"schema": "vetlink/conversation/v1", "platform": "linkedin", "contact": meta["name"], "messages": msgs}
        out.append(item(prof, conv, "scholar_survey", cid, rep))
    return out

DEV_STYLES = ["chain_contact", "firm_registrant", "script_reuse", "burst_target", "firm_variants", "conference_front", "photo_reuse"]
TEST_ONLY_STYLES = ["handoff_relay", "repo_lure", "profile_clone", "scholar_survey"]
STYLE_FN = {"chain_contact": style_chain_contact, "firm_registrant": style_firm_registrant, "script_reuse": style_script_reuse,
            "burst_target": style_burst_target, "firm_variants": style_firm_variants, "conference_front": style_conference_front,
            "photo_reuse": style_photo_reuse, "handoff_relay": style_handoff_relay, "repo_lure": style_repo_lure,
            "scholar_survey": style_scholar_survey}

# ----------------------------------------------------------------------------- hard negatives
BIG_EMPLOYERS = [
 {"name": "Northbridge Aerospace", "variants": ["Northbridge Aerospace", "Northbridge Aerospace plc", "Northbridge Aerospace", "Northbridge"],
  "domain": "northbridge-aero.com", "sb": ("UK", "1632", "960000"), "hq": "Farnborough, England, United Kingdom", "sector": "defence",
  "boiler": ["Northbridge Aerospace designs and builds mission systems that keep people safe in the air, at sea and on land.",
             "At Northbridge Aerospace we engineer mission systems that keep people safe in the air, at sea and on land."]},
 {"name": "Halden Defence Systems", "variants": ["Halden Defence Systems", "Halden Defence Systems Ltd", "Halden", "Halden Defence Systems UK"],
  "domain": "haldends.co.uk", "sb": ("UK", "161", "4960000"), "hq": "Manchester Area, United Kingdom", "sector": "defence",
  "boiler": ["Halden is a trusted partner to the UK MOD, delivering land and maritime capability for over 70 years.",
             "Part of Halden Defence Systems – trusted partner to the MOD for more than seventy years."]},
 {"name": "Corvane Energy", "variants": ["Corvane Energy", "Corvane Energy plc", "Corvane"], "domain": "corvane-energy.com",
  "sb": ("UK", "20", "79460100"), "hq": "London, England, United Kingdom", "sector": "energy",
  "boiler": ["Corvane Energy is powering the transition to a net zero future across the UK and Europe.",
             "At Corvane we're powering the transition to net zero."]},
 {"name": "Helixa Technologies", "variants": ["Helixa Technologies", "Helixa", "Helixa Technologies Ltd"], "domain": "helixa.tech",
  "sb": ("UK", "1632", "960500"), "hq": "Cambridge, England", "sector": "tech",
  "boiler": ["Helixa builds secure cloud and AI infrastructure for governments and regulated industries.",
             "Helixa Technologies – secure cloud and AI for government and regulated industries."]},
 {"name": "Strandmoor Naval Engineering", "variants": ["Strandmoor Naval Engineering", "Strandmoor", "Strandmoor Naval Engineering Ltd"],
  "domain": "strandmoor.co.uk", "sb": ("UK", "20", "79460900"), "hq": "Barrow-in-Furness", "sector": "defence",
  "boiler": ["Strandmoor designs, builds and supports submarines and complex naval platforms.", "Strandmoor – building the UK's naval future."]},
 {"name": "Europäische Raumfahrt Systeme", "variants": ["Europäische Raumfahrt Systeme GmbH", "ERS GmbH", "Europaeische Raumfahrt Systeme", "ERS"],
  "domain": "ers-space.de", "sb": ("DE", "89", "4960000"), "hq": "München, Bayern, Deutschland", "sector": "defence",
  "boiler": ["ERS entwickelt Satelliten und Bodensegmente für institutionelle und kommerzielle Kunden in Europa.",
             "ERS builds satellites and ground segments for European institutional and commercial customers."]},
]

def emp_phone(emp):
    c, a, r = emp["sb"]
    cc, tr, _ = COUNTRIES[c]
    return {"country": c, "cc": cc, "trunk": tr, "alen": len(a), "nsn": a + r}

def neg_same_employer(g, n, reps, emp):
    out = []
    srcs = []
    sb = emp_phone(emp)
    for i in range(n):
        extra = g.pk(emp["boiler"]) if g.p(0.6) else None
        prof, meta = make_genuine(g, sector=emp["sector"] if g.p(0.8) else None, employer_str=g.pk(emp["variants"]),
                                  location=emp["hq"] if g.p(0.6) else None, extra_about=extra, email_domain=emp["domain"])
        if g.p(0.45):
            add_contact(prof, "emails", uemail(g, email_local(g, meta["first"], meta["last"]), emp["domain"]))
        if g.p(0.35):
            add_contact(prof, "phones", fmt_phone(g, sb))
        if g.p(0.25):
            add_contact(prof, "websites", url_variant(g, emp["domain"], g.pk(["https_www", "https", "subdomain", "bare"])))
        if g.p(0.3):
            prof["experience"][0]["company_url"] = "https://www.%s" % emp["domain"]
        rep = pick_rep(g, reps)
        conv = genuine_conv(g, meta, g.pk(["colleague", "colleague", "hr", "recruiter", "vendor"]), rep["first"]) if g.p(0.5) else None
        out.append(item(prof, conv, "same_employer", None, rep))
        srcs.append(prof)
    return out, srcs

AGENCIES = [{"name": "Talbot & Finch Recruitment", "variants": ["Talbot & Finch Recruitment", "Talbot & Finch", "Talbot and Finch Recruitment Ltd"],
             "domain": "talbotfinch.co.uk", "sb": ("UK", "117", "4960123"), "loc": "Bristol, England, United Kingdom"},
            {"name": "Greyfield Technical Search", "variants": ["Greyfield Technical Search", "Greyfield", "Greyfield Technical Search Ltd"],
             "domain": "greyfield-search.com", "sb": ("UK", "113", "4960777"), "loc": "Leeds"}]
AGENCY_ABOUT = ["I'm a {consultant|senior consultant|recruitment consultant} at <ag>, specialising in <sec> roles across <reg>. {I work with|We partner with} {SMEs and primes|some of the UK's leading employers} and {take the time to|genuinely} understand what candidates want.",
                "At <ag> I recruit {permanent and contract|permanent} <sec> {professionals|engineers} in <reg>. {Feel free to get in touch for a confidential chat.|Always happy to chat about the market.}",
                "<sec> recruitment specialist at <ag>. {10+|Several|Five} years placing {engineers|specialists} into {cleared|security-cleared} and commercial roles across <reg>."]

def neg_agency(g, n, reps, ag):
    out = []
    sb = emp_phone({"sb": ag["sb"]})
    for i in range(n):
        sec = g.pk(["defence engineering", "cyber security", "energy", "software", "project controls", "nuclear"])
        reg = g.pk(["the South West", "the North of England", "the UK", "the M4 corridor", "Scotland", "the Midlands"])
        about = g.x(g.pk(AGENCY_ABOUT), ag=g.pk(ag["variants"]), sec=sec, reg=reg)
        prof, meta = make_genuine(g, sector="hr", employer_str=g.pk(ag["variants"]), location=ag["loc"] if g.p(0.7) else None, about=about,
                                  title=g.pk(["Recruitment Consultant", "Senior Recruitment Consultant", "Principal Consultant", "Resourcer", "Team Lead"]))
        add_contact(prof, "emails", uemail(g, email_local(g, meta["first"], meta["last"]), ag["domain"])) if g.p(0.6) else None
        if g.p(0.5):
            add_contact(prof, "phones", fmt_phone(g, sb))
        if g.p(0.3):
            add_contact(prof, "websites", url_variant(g, ag["domain"], g.pk(["https_www", "utm", "bare"])))
        rep = pick_rep(g, reps)
        conv = genuine_conv(g, meta, "recruiter", rep["first"]) if g.p(0.7) else None
        out.append(item(prof, conv, "agency_staff", None, rep))
    return out

def neg_alumni(g, n, reps):
    out = []
    u = g.pk(UNIS)
    y = g.ri(2010, 2022)
    for i in range(n):
        edu = [{"school": u[0], "degree": u[1], "field": u[2], "start": str(y - 1 if u[1].startswith("M") else y - 3), "end": str(y)}]
        extra = g.pk(["Proud %s alum (%s %s, class of %d)." % (u[0], u[1], u[2], y), None, None])
        prof, meta = make_genuine(g, edu=edu, extra_about=extra)
        rep = pick_rep(g, reps)
        conv = genuine_conv(g, meta, g.pk(["colleague", "student", "recruiter"]), rep["first"]) if g.p(0.4) else None
        out.append(item(prof, conv, "alumni_cohort", None, rep))
    return out

COMMON_NAMES = [("en", "David", "Smith"), ("en", "Sarah", "Jones"), ("zh", "Wei", "Zhang"), ("es", "María", "García"), ("ar", "Ahmed", "Hassan"),
                ("in", "Rahul", "Sharma"), ("us", "Michael", "Johnson"), ("de", "Thomas", "Müller"), ("en", "James", "Wilson"), ("zh", "Jing", "Wang"),
                ("fr", "Nicolas", "Martin"), ("ru_m", "Alexander", "Ivanov")]

def neg_common_name(g, n, reps):
    out = []
    c, f, l = g.pk(COMMON_NAMES)
    for i in range(n):
        nm = {"name": g.pk(["%s %s" % (f, l)] * 4 + ["%s %s." % (f, l[0]), "Dr %s %s" % (f, l), "%s %s %s" % (f, g.ch("ABCDJMPR"), l)]),
              "first": f, "last": l, "culture": c}
        prof, meta = make_genuine(g, name=nm)
        rep = pick_rep(g, reps)
        conv = genuine_conv(g, meta, None, rep["first"]) if g.p(0.4) else None
        out.append(item(prof, conv, "common_name", None, rep))
    return out

def neg_conference(g, n, reps):
    out = []
    rc = g.pk(RCONFS)
    for i in range(n):
        role = g.pk(["General Chair", "Programme Co-Chair", "Publicity Chair", "Local Organising Committee", "Sponsorship Chair", "Workshops Chair"])
        prof, meta = make_genuine(g, sector="academia" if g.p(0.7) else None, extra_about=g.pk(["%s, %s." % (role, rc[0]), "Currently serving as %s for %s — submit your papers!" % (role, rc[0]), None]))
        prof["experience"].insert(1, {"title": role, "company": rc[0].replace("the ", ""), "start": "2026", "end": None})
        if g.p(0.6):
            add_contact(prof, "websites", g.pk([rc[1], rc[2], rc[1] + "/?utm_source=linkedin"]))
        rep = pick_rep(g, reps)
        conv = genuine_conv(g, meta, "conference_chair", rep["first"], extra={"rconf": rc[0], "cfplink": rc[2]}) if g.p(0.6) else None
        out.append(item(prof, conv, "conference_organisers", None, rep))
    return out

def neg_stock(g, n, reps):
    out = []
    for i in range(n):
        ab = " ".join(g.spk(STOCK_PHRASES, g.ri(1, 3)))
        if g.p(0.5):
            ab += " " + g.pk(GEN_ABOUT_MORE)
        prof, meta = make_genuine(g, about=ab)
        rep = pick_rep(g, reps)
        conv = genuine_conv(g, meta, None, rep["first"]) if g.p(0.3) else None
        out.append(item(prof, conv, "stock_phrases", None, rep))
    return out

REAL_EVENTS = ["DSEI 2027 at ExCeL London", "the Farnborough International Airshow", "CyberUK 2027 in Manchester", "the RUSI Land Warfare Conference",
               "the Space-Comm Expo", "Team offsite in Bristol on the 14th", "the All-Energy exhibition in Glasgow", "the Security & Policing show"]
EVENT_MSGS = ["Hi <first>, are you going to <ev>? A few of us from <emp> will be on the stand on the Tuesday — would be great to catch up.",
              "Hey <first>! Quick one — is your team sending anyone to <ev>? We're trying to coordinate a dinner on the first evening.",
              "Morning <first>, just checking you got the invite for <ev>. Let me know if you need a pass, we have a couple spare.",
              "Hi <first>, we're putting together a small panel at <ev>. Would you or a colleague fancy joining? Nothing formal.",
              "<first> — see you at <ev>? I'll be around both days.",
              "Hallo <first>, kommst du auch zu <ev>? Wir sind mit ein paar Leuten von <emp> dort."]

def neg_event_colleagues(g, n, reps, emp):
    out = []
    ev = g.pk(REAL_EVENTS)
    rep = pick_rep(g, reps)
    for i in range(n):
        prof, meta = make_genuine(g, sector=emp["sector"], employer_str=g.pk(emp["variants"]), location=emp["hq"] if g.p(0.5) else None)
        if g.p(0.4):
            add_contact(prof, "emails", uemail(g, email_local(g, meta["first"], meta["last"]), emp["domain"]))
        msgs = [{"sender": "contact", "text": g.x(g.pk(EVENT_MSGS), first=rep["first"], ev=ev, emp=emp["name"])}]
        if g.p(0.6):
            msgs.append({"sender": "user", "text": g.pk(["Yes, I'll be there on the Wednesday.", "Probably, depends on work.", "Sounds good!", "Thanks, will let you know."])})
        conv = {"schema": "vetlink/conversation/v1", "platform": "linkedin", "contact": meta["name"], "messages": msgs}
        out.append(item(prof, conv, "event_colleagues", None, rep))
    return out

ATS = ["https://boards.greenhouse.io/<c>/jobs/<id>", "https://jobs.lever.co/<c>/<uuid>", "https://<c>.wd3.myworkdayjobs.com/en-US/careers/job/<id>",
       "https://apply.workable.com/<c>/j/<hexid>/", "https://jobs.smartrecruiters.com/<C>/<id>"]

def neg_ats(g, n, reps):
    out = []
    ats = g.pk(ATS)
    for i in range(n):
        emp = g.pk(JOB_EMPS + [e["name"] for e in BIG_EMPLOYERS[:3]] + ["Larkspur Data", "Fenwick Cloud", "Ostara Robotics"])
        c = ascii_slug(emp).replace("-", "")
        link = ats.replace("<c>", c).replace("<C>", emp.replace(" ", "")).replace("<id>", str(g.ri(100000, 9999999))).replace("<uuid>", "%s-%s-%s" % (g.hex(8), g.hex(4), g.hex(12))).replace("<hexid>", g.hex(10).upper())
        prof, meta = make_genuine(g, sector="hr", employer_str=emp, title=g.pk(["Talent Acquisition Partner", "Technical Recruiter", "Senior Recruiter", "Early Careers Recruiter"]))
        rep = pick_rep(g, reps)
        conv = genuine_conv(g, meta, "recruiter", rep["first"], extra={"joblink": link, "jemp": emp})
        conv["messages"] = [conv["messages"][0]] if g.p(0.3) else conv["messages"]
        if link not in conv["messages"][0]["text"]:
            conv["messages"][0]["text"] += " Full details and the application form: " + link
        out.append(item(prof, conv, "ats_recruiters", None, rep))
    return out

def neg_plain(g, n, reps):
    out = []
    for i in range(n):
        prof, meta = make_genuine(g)
        rep = pick_rep(g, reps)
        conv = None
        if g.p(0.5):
            lang = g.ch(["en"] * 8 + ["de", "fr", "es"])
            conv = genuine_conv(g, meta, None, rep["first"], lang=lang)
        out.append(item(prof, conv, "genuine", None, rep))
    return out

def neg_solitary(g, n, reps):
    out = []
    for i in range(n):
        prof, meta = make_fake(g)
        if g.p(0.4):
            add_contact(prof, "phones", fmt_phone(g, new_phone(g)))
        idn = {}
        if g.p(0.4):
            idn["handle_txt"] = fmt_handle(g, new_handle(g, meta["first"], meta["last"]))
        rep = pick_rep(g, reps)
        sc = new_script(g, meta, g.ch(["en"] * 6 + ["de", "fr", "es", "ru", "zh"]))
        if g.p(0.2):
            sc["specials"] = [g.pk(["speaking", "passport", "credentials", "malware"])]
            idn["extra_slots"] = {"link": "https://%s/login" % new_firm(g)["domain"], "repo": "https://github.com/%s/assessment" % g.hex(6), "pw": "2026"}
        conv = hostile_conv(g, meta, sc, idn, rep["first"], rep["last"], start=conv_time(g)) if g.p(0.85) else None
        out.append(item(prof, conv, "solitary_fake", None, rep))
    return out

# ----------------------------------------------------------------------------- assembly
TZS = ["+00:00", "Z", "+01:00", "+01:00", "+00:00", "-05:00", "+02:00", "-04:00", "+10:00", "+05:30", "+08:00"]
SIZES = [3, 3, 4, 4, 5, 5, 6, 6, 7, 8, 8, 10, 10, 12, 14, 15, 18, 20, 24, 28, 32, 40]

def reported_at(g, it):
    prof = it["profile"]
    d = it["when"] or datetime.date.fromordinal(g.ri(datetime.date(2025, 1, 6).toordinal(), datetime.date(2026, 11, 30).toordinal()))
    lo = None
    if prof.get("created"):
        lo = datetime.date.fromisoformat(prof["created"]) + datetime.timedelta(days=g.ri(3, 60))
    conv = it["conversation"]
    if conv:
        for m in conv["messages"]:
            if m.get("sent"):
                sd = datetime.date.fromisoformat(m["sent"][:10]) + datetime.timedelta(days=g.ri(0, 5))
                lo = max(lo, sd) if lo else sd
    if lo and d < lo:
        d = lo
    if d > datetime.date(2026, 11, 30):
        d = datetime.date(2026, 11, 30)
    tz = g.pk(TZS)
    t = "%sT%02d:%02d:%02d%s" % (d.isoformat(), g.ri(7, 19), g.ri(0, 59), g.ri(0, 59), tz)
    return t

def build(seed, n, test):
    g = G(seed, test)
    reps = make_reporters(g)
    for e in BIG_EMPLOYERS + AGENCIES:
        ph = emp_phone(e)
        g.used_phones.add((ph["cc"], ph["nsn"]))
    items = []
    # --- campaigns
    target = round(n * g.r.uniform(0.27, 0.33))
    sizes = []
    while sum(sizes) < target:
        s = g.ch(SIZES)
        rem = target - sum(sizes)
        if rem - s < 3 and rem - s != 0:
            s = rem if rem <= 40 else s
        sizes.append(s)
    styles = DEV_STYLES + (TEST_ONLY_STYLES if test else [])
    n_sol = round(n * g.r.uniform(0.035, 0.05))
    n_gen = n - target - n_sol
    n_hard = round(n_gen * g.r.uniform(0.42, 0.48))
    # --- hard negatives
    w = {"same_employer": 0.36, "agency_staff": 0.07, "alumni_cohort": 0.1, "common_name": 0.1, "conference_organisers": 0.05,
         "stock_phrases": 0.11, "event_colleagues": 0.09, "ats_recruiters": 0.12}
    alloc = {k: int(n_hard * v) for k, v in w.items()}
    alloc["same_employer"] += n_hard - sum(alloc.values())
    emps = []
    while len(emps) < 4:
        e = g.pk(BIG_EMPLOYERS)
        if e not in emps:
            emps.append(e)
    clone_srcs = []
    left = alloc["same_employer"]
    for i, e in enumerate(emps):
        k = left if i == len(emps) - 1 else int(alloc["same_employer"] * g.ch([0.2, 0.25, 0.3]))
        k = min(k, left)
        left -= k
        its, srcs = neg_same_employer(g, k, reps, e)
        items += its
        if srcs:
            clone_srcs.append(({"name": e["name"], "domain": e["domain"]}, srcs))
    ag = g.pk(AGENCIES)
    items += neg_agency(g, alloc["agency_staff"], reps, ag)
    for key, fn in (("alumni_cohort", neg_alumni), ("common_name", neg_common_name), ("conference_organisers", neg_conference),
                    ("event_colleagues", None), ("ats_recruiters", neg_ats)):
        tot = alloc[key]
        while tot > 0:
            k = min(tot, g.ch([4, 6, 8, 10, 15]) if key != "conference_organisers" else tot)
            if tot - k < 3:
                k = tot
            if key == "event_colleagues":
                items += neg_event_colleagues(g, k, reps, g.ch(emps))
            else:
                items += fn(g, k, reps)
            tot -= k
    items += neg_stock(g, alloc["stock_phrases"], reps)
    items += neg_plain(g, n_gen - n_hard, reps)
    items += neg_solitary(g, n_sol, reps)
    # --- campaigns
    # balance personas across styles: greedy on (persons so far / weight), jittered
    weight = {st: (0.58 / len(DEV_STYLES) if test else 1.0 / len(DEV_STYLES)) for st in DEV_STYLES}
    if test:
        for st in TEST_ONLY_STYLES:
            weight[st] = 0.42 / len(TEST_ONLY_STYLES)
    tot = {st: 0 for st in weight}
    order = []
    for s in sorted(sizes, reverse=True):
        st = min(weight, key=lambda k: (tot[k] + g.r.uniform(0, 8)) / weight[k])
        tot[st] += s
        order.append((st, s))
    g.r.shuffle(order)
    for ci, (st, s) in enumerate(order):
        cid = "k%02d" % (ci + 1)
        if st == "profile_clone":
            items += style_profile_clone(g, cid, s, reps, g.ch(clone_srcs))
        else:
            items += STYLE_FN[st](g, cid, s, reps)
    g.r.shuffle(items)
    lines, truth = [], []
    urls = set()
    for it in items:
        prof = it["profile"]
        assert prof["url"] not in urls, prof["url"]
        urls.add(prof["url"])
        rep = it["rep"]
        rec = {"profile": prof}
        if it["conversation"]:
            rec["conversation"] = it["conversation"]
        rec["reporter"] = rep["email"]
        rec["department"] = rep["dept"]
        rec["reported_at"] = reported_at(g, it)
        lines.append(rec)
        truth.append({"url": prof["url"], "campaign": it["campaign"], "kind": it["kind"]})
    return lines, truth

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--mode", choices=["dev", "test"], required=True)
    ap.add_argument("--out", required=True, help="output stem, e.g. dev2 -> dev2.jsonl + dev2.truth.jsonl")
    a = ap.parse_args()
    lines, truth = build(a.seed, a.n, a.mode == "test")
    with open(a.out + ".jsonl", "w", encoding="utf-8") as f:
        for r in lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(a.out + ".truth.jsonl", "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    from collections import Counter
    kinds = Counter(t["kind"] for t in truth)
    camps = Counter(t["campaign"] for t in truth if t["campaign"])
    print("personas", len(lines), "campaigns", len(camps), "in campaigns", sum(camps.values()))
    for k, v in sorted(kinds.items()):
        print("  %-22s %d" % (k, v))

if __name__ == "__main__":
    main()
