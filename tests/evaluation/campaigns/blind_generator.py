#!/usr/bin/env python3
"""Blind evaluation-data generator: reports of suspicious profiles with planted campaigns.

Usage:
    python blind_generator.py --seed 11 --personas 2000 --out DIR --name dev

Writes DIR/NAME.jsonl (one report per line, shuffled) and DIR/NAME.truth.jsonl
({"url", "campaign", "kind"} per persona).  Standard library only.

Template split: every pool of campaign wording (About templates, conversation lines,
paraphrase operations, firm-name variants, phone formats, URL variants, campaign styles)
has a held-back tail.  With --template-set dev (default unless NAME contains "test") the
held-back tail is never used.  With --template-set test held-back items are preferred
and two campaign styles exist only there ("chain_infra", "lure_script").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

Json = dict[str, Any]

# --------------------------------------------------------------------------------------
# Names and places
# --------------------------------------------------------------------------------------

NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (
        [
            "James",
            "Oliver",
            "Thomas",
            "Daniel",
            "Matthew",
            "Andrew",
            "Richard",
            "Mark",
            "Christopher",
            "Peter",
            "Simon",
            "Ben",
            "Tom",
            "Jack",
            "Harry",
            "Michael",
            "David",
            "Robert",
            "Stephen",
            "Gareth",
            "Ian",
            "Alistair",
            "Ryan",
            "Kevin",
            "Paul",
        ],
        [
            "Katie",
            "Sarah",
            "Emma",
            "Charlotte",
            "Sophie",
            "Hannah",
            "Laura",
            "Rachel",
            "Emily",
            "Jessica",
            "Amy",
            "Lucy",
            "Claire",
            "Helen",
            "Rebecca",
            "Victoria",
            "Natalie",
            "Olivia",
            "Megan",
            "Joanne",
            "Fiona",
            "Kirsty",
            "Jennifer",
            "Alice",
        ],
        [
            "Smith",
            "Jones",
            "Williams",
            "Taylor",
            "Brown",
            "Davies",
            "Evans",
            "Wilson",
            "Thomas",
            "Johnson",
            "Roberts",
            "Robinson",
            "Thompson",
            "Wright",
            "Walker",
            "White",
            "Edwards",
            "Hughes",
            "Green",
            "Hall",
            "Lewis",
            "Harris",
            "Clarke",
            "Patel",
            "Jackson",
            "Wood",
            "Turner",
            "Martin",
            "Cooper",
            "Hill",
            "Ward",
            "Morris",
            "Moore",
            "Clark",
            "Lee",
            "King",
            "Baker",
            "Harrison",
            "Morgan",
            "Allen",
            "Carter",
            "Fletcher",
            "Marsh",
            "Holloway",
            "Pemberton",
            "Ashworth",
            "Whitfield",
            "Gallagher",
        ],
    ),
    "de": (
        [
            "Lukas",
            "Jonas",
            "Maximilian",
            "Felix",
            "Tobias",
            "Stefan",
            "Andreas",
            "Markus",
            "Florian",
            "Sebastian",
            "Jan",
            "Michael",
            "Christian",
            "Matthias",
            "Johannes",
        ],
        [
            "Anna",
            "Laura",
            "Julia",
            "Lena",
            "Katharina",
            "Sarah",
            "Sabine",
            "Claudia",
            "Nina",
            "Franziska",
            "Miriam",
            "Stefanie",
            "Johanna",
            "Lisa",
            "Carolin",
        ],
        [
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Schröder",
            "Neumann",
            "Braun",
            "Zimmermann",
            "Krüger",
            "Hartmann",
            "Lange",
            "Werner",
            "Krause",
        ],
    ),
    "fr": (
        [
            "Thomas",
            "Nicolas",
            "Julien",
            "Antoine",
            "Maxime",
            "Pierre",
            "Alexandre",
            "Guillaume",
            "Mathieu",
            "Romain",
            "Hugo",
            "Louis",
            "Baptiste",
            "Olivier",
        ],
        [
            "Camille",
            "Marie",
            "Julie",
            "Claire",
            "Sophie",
            "Élodie",
            "Manon",
            "Chloé",
            "Pauline",
            "Aurélie",
            "Léa",
            "Charlotte",
            "Céline",
            "Mathilde",
        ],
        [
            "Martin",
            "Bernard",
            "Dubois",
            "Thomas",
            "Robert",
            "Richard",
            "Petit",
            "Durand",
            "Leroy",
            "Moreau",
            "Simon",
            "Laurent",
            "Lefebvre",
            "Michel",
            "Garcia",
            "Fournier",
            "Girard",
            "Bonnet",
            "Mercier",
            "Lambert",
            "Rousseau",
            "Chevalier",
        ],
    ),
    "es": (
        [
            "Javier",
            "Carlos",
            "Alejandro",
            "Miguel",
            "Pablo",
            "Daniel",
            "David",
            "Sergio",
            "Jorge",
            "Diego",
            "Álvaro",
            "Luis",
            "Andrés",
            "Fernando",
        ],
        [
            "María",
            "Lucía",
            "Carmen",
            "Laura",
            "Marta",
            "Paula",
            "Ana",
            "Elena",
            "Sara",
            "Cristina",
            "Isabel",
            "Natalia",
            "Sofía",
            "Beatriz",
        ],
        [
            "García",
            "Rodríguez",
            "González",
            "Fernández",
            "López",
            "Martínez",
            "Sánchez",
            "Pérez",
            "Gómez",
            "Martín",
            "Jiménez",
            "Ruiz",
            "Hernández",
            "Díaz",
            "Moreno",
            "Álvarez",
            "Romero",
            "Navarro",
            "Torres",
            "Domínguez",
        ],
    ),
    "zh": (
        [
            "Wei",
            "Jun",
            "Hao",
            "Lei",
            "Tao",
            "Jian",
            "Ming",
            "Qiang",
            "Yong",
            "Peng",
            "Bo",
            "Chen",
            "Kai",
            "Yi",
            "Zhiwei",
        ],
        [
            "Li",
            "Ying",
            "Xin",
            "Mei",
            "Jing",
            "Fang",
            "Yan",
            "Lin",
            "Xiaoyu",
            "Hui",
            "Qing",
            "Yue",
            "Na",
            "Lu",
            "Ting",
        ],
        [
            "Zhang",
            "Wang",
            "Li",
            "Liu",
            "Chen",
            "Yang",
            "Huang",
            "Zhao",
            "Wu",
            "Zhou",
            "Xu",
            "Sun",
            "Ma",
            "Zhu",
            "Hu",
            "Guo",
            "He",
            "Lin",
            "Gao",
            "Luo",
        ],
    ),
    "ru": (
        [
            "Alexei",
            "Dmitry",
            "Sergei",
            "Ivan",
            "Mikhail",
            "Andrei",
            "Nikolai",
            "Pavel",
            "Artem",
            "Maxim",
            "Yuri",
            "Vladimir",
        ],
        [
            "Olga",
            "Anna",
            "Elena",
            "Natalia",
            "Irina",
            "Tatiana",
            "Svetlana",
            "Maria",
            "Ekaterina",
            "Yulia",
            "Anastasia",
            "Daria",
        ],
        [
            "Ivanov",
            "Smirnov",
            "Kuznetsov",
            "Popov",
            "Sokolov",
            "Lebedev",
            "Kozlov",
            "Novikov",
            "Morozov",
            "Petrov",
            "Volkov",
            "Solovyov",
            "Vasiliev",
            "Orlov",
            "Belov",
            "Sorokin",
            "Pavlov",
            "Zaitsev",
        ],
    ),
    "in": (
        [
            "Rahul",
            "Arjun",
            "Vikram",
            "Amit",
            "Sanjay",
            "Rohan",
            "Karthik",
            "Anil",
            "Suresh",
            "Nikhil",
            "Aditya",
            "Ravi",
        ],
        [
            "Priya",
            "Ananya",
            "Neha",
            "Kavya",
            "Pooja",
            "Divya",
            "Sneha",
            "Lakshmi",
            "Meera",
            "Aisha",
            "Shreya",
            "Deepa",
        ],
        [
            "Sharma",
            "Patel",
            "Singh",
            "Kumar",
            "Gupta",
            "Iyer",
            "Reddy",
            "Nair",
            "Rao",
            "Mehta",
            "Joshi",
            "Desai",
            "Menon",
            "Banerjee",
            "Chopra",
        ],
    ),
    "ar": (
        [
            "Mohammed",
            "Ahmed",
            "Omar",
            "Youssef",
            "Khalid",
            "Hassan",
            "Ali",
            "Tariq",
            "Karim",
            "Sami",
            "Faisal",
            "Rami",
        ],
        [
            "Fatima",
            "Layla",
            "Noor",
            "Mariam",
            "Sara",
            "Yasmin",
            "Huda",
            "Rania",
            "Leila",
            "Dina",
            "Salma",
            "Amira",
        ],
        [
            "Khan",
            "Haddad",
            "Hassan",
            "Mansour",
            "Nasser",
            "Saleh",
            "Aziz",
            "Rahman",
            "Farouk",
            "Khalil",
            "Hamdan",
            "Qureshi",
            "Ali",
            "Said",
        ],
    ),
}

CITIES: dict[str, list[str]] = {
    "en": [
        "London, England, United Kingdom",
        "Manchester, England, United Kingdom",
        "Bristol, England, United Kingdom",
        "Edinburgh, Scotland, United Kingdom",
        "Cambridge, England, United Kingdom",
        "Reading, England, United Kingdom",
        "Glasgow, Scotland, United Kingdom",
        "Cardiff, Wales, United Kingdom",
        "Washington, District of Columbia, United States",
        "New York, New York, United States",
        "Boston, Massachusetts, United States",
        "Arlington, Virginia, United States",
        "Sydney, New South Wales, Australia",
        "Toronto, Ontario, Canada",
        "Dublin, Ireland",
    ],
    "de": [
        "Berlin, Deutschland",
        "München, Bayern, Deutschland",
        "Hamburg, Deutschland",
        "Frankfurt am Main, Hessen, Deutschland",
        "Stuttgart, Baden-Württemberg, Deutschland",
        "Bonn, Nordrhein-Westfalen, Deutschland",
        "Wien, Österreich",
        "Zürich, Schweiz",
    ],
    "fr": [
        "Paris, Île-de-France, France",
        "Lyon, Auvergne-Rhône-Alpes, France",
        "Toulouse, Occitanie, France",
        "Bordeaux, Nouvelle-Aquitaine, France",
        "Bruxelles, Belgique",
        "Genève, Suisse",
    ],
    "es": [
        "Madrid, Comunidad de Madrid, España",
        "Barcelona, Cataluña, España",
        "Sevilla, Andalucía, España",
        "Valencia, España",
        "Ciudad de México, México",
        "Buenos Aires, Argentina",
    ],
    "zh": [
        "Beijing, China",
        "Shanghai, China",
        "Shenzhen, Guangdong, China",
        "Hong Kong SAR",
        "Singapore",
        "Hangzhou, Zhejiang, China",
        "Taipei, Taiwan",
    ],
    "ru": [
        "Moscow, Russia",
        "Saint Petersburg, Russia",
        "Minsk, Belarus",
        "Almaty, Kazakhstan",
        "Riga, Latvia",
    ],
    "in": [
        "Bengaluru, Karnataka, India",
        "Mumbai, Maharashtra, India",
        "New Delhi, Delhi, India",
        "Hyderabad, Telangana, India",
        "Pune, India",
    ],
    "ar": [
        "Dubai, United Arab Emirates",
        "Abu Dhabi, United Arab Emirates",
        "Doha, Qatar",
        "Riyadh, Saudi Arabia",
        "Amman, Jordan",
    ],
}

LANG_OF_CULTURE = {
    "en": "en",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "zh": "zh",
    "ru": "ru",
    "in": "en",
    "ar": "en",
}
LANG_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "zh": "Chinese",
    "ru": "Russian",
}

COMMON_NAMES: list[tuple[str, str, str]] = [
    ("John", "Smith", "en"),
    ("David", "Jones", "en"),
    ("Sarah", "Williams", "en"),
    ("James", "Brown", "en"),
    ("Wei", "Zhang", "zh"),
    ("Li", "Wang", "zh"),
    ("Jing", "Liu", "zh"),
    ("María", "García", "es"),
    ("Carlos", "Rodríguez", "es"),
    ("Mohammed", "Ali", "ar"),
    ("Ahmed", "Khan", "ar"),
    ("Anna", "Müller", "de"),
    ("Thomas", "Müller", "de"),
    ("Olga", "Ivanova", "ru"),
    ("Alexei", "Ivanov", "ru"),
    ("Priya", "Sharma", "in"),
    ("Rahul", "Kumar", "in"),
    ("Marie", "Martin", "fr"),
    ("Emma", "Wilson", "en"),
    ("Michael", "Johnson", "en"),
]

UNIVERSITIES: list[tuple[str, str]] = [
    ("Imperial College London", "en"),
    ("University of Cambridge", "en"),
    ("University of Oxford", "en"),
    ("University College London", "en"),
    ("University of Manchester", "en"),
    ("University of Bristol", "en"),
    ("University of Edinburgh", "en"),
    ("King's College London", "en"),
    ("Cranfield University", "en"),
    ("University of Southampton", "en"),
    ("Georgetown University", "en"),
    ("Johns Hopkins University", "en"),
    ("Massachusetts Institute of Technology", "en"),
    ("Stanford University", "en"),
    ("Technische Universität München", "de"),
    ("RWTH Aachen University", "de"),
    ("Freie Universität Berlin", "de"),
    ("Karlsruher Institut für Technologie", "de"),
    ("Sciences Po", "fr"),
    ("École Polytechnique", "fr"),
    ("Université Paris-Saclay", "fr"),
    ("Universidad Complutense de Madrid", "es"),
    ("Universitat Politècnica de Catalunya", "es"),
    ("Tsinghua University", "zh"),
    ("Peking University", "zh"),
    ("Fudan University", "zh"),
    ("National University of Singapore", "zh"),
    ("Moscow State University", "ru"),
    ("MGIMO University", "ru"),
    ("Indian Institute of Technology Bombay", "in"),
    ("University of Delhi", "in"),
    ("American University of Beirut", "ar"),
    ("Khalifa University", "ar"),
]

DEGREES = ["BSc", "BA", "BEng", "MEng", "MSc", "MA", "MBA", "PhD", "LLB", "MPhil"]

# --------------------------------------------------------------------------------------
# Sectors targeted by operations, with their translations and the targets they approach
# --------------------------------------------------------------------------------------

SECTORS: dict[str, dict[str, str]] = {
    "defence procurement": {
        "de": "Rüstungsbeschaffung",
        "fr": "l'armement",
        "es": "la contratación de defensa",
        "zh": "国防采购",
        "ru": "оборонных закупок",
    },
    "aerospace and space systems": {
        "de": "Luft- und Raumfahrt",
        "fr": "l'aérospatial",
        "es": "el sector aeroespacial",
        "zh": "航空航天",
        "ru": "аэрокосмической отрасли",
    },
    "semiconductor manufacturing": {
        "de": "Halbleiterfertigung",
        "fr": "les semi-conducteurs",
        "es": "los semiconductores",
        "zh": "半导体制造",
        "ru": "производства полупроводников",
    },
    "energy security": {
        "de": "Energiesicherheit",
        "fr": "la sécurité énergétique",
        "es": "la seguridad energética",
        "zh": "能源安全",
        "ru": "энергетической безопасности",
    },
    "quantum technologies": {
        "de": "Quantentechnologie",
        "fr": "les technologies quantiques",
        "es": "las tecnologías cuánticas",
        "zh": "量子技术",
        "ru": "квантовых технологий",
    },
    "cyber security": {
        "de": "Cybersicherheit",
        "fr": "la cybersécurité",
        "es": "la ciberseguridad",
        "zh": "网络安全",
        "ru": "кибербезопасности",
    },
    "nuclear energy": {
        "de": "Kernenergie",
        "fr": "le nucléaire civil",
        "es": "la energía nuclear",
        "zh": "核能",
        "ru": "атомной энергетики",
    },
    "telecommunications and 5G": {
        "de": "Telekommunikation und 5G",
        "fr": "les télécommunications et la 5G",
        "es": "las telecomunicaciones y el 5G",
        "zh": "电信与5G",
        "ru": "телекоммуникаций и 5G",
    },
    "trade and sanctions policy": {
        "de": "Handels- und Sanktionspolitik",
        "fr": "la politique commerciale et les sanctions",
        "es": "la política comercial y de sanciones",
        "zh": "贸易与制裁政策",
        "ru": "торговой и санкционной политики",
    },
    "artificial intelligence": {
        "de": "Künstliche Intelligenz",
        "fr": "l'intelligence artificielle",
        "es": "la inteligencia artificial",
        "zh": "人工智能",
        "ru": "искусственного интеллекта",
    },
}

ORGS: dict[str, list[str]] = {
    "defence-ministry.example": [
        "Defence Equipment & Support",
        "Nuclear Programmes",
        "Defence Policy Directorate",
        "Cyber Operations",
        "Strategic Command",
    ],
    "aerospace-prime.example": [
        "Space Systems",
        "Avionics Engineering",
        "Export Control",
        "Combat Air Programme Office",
        "Missile Systems",
    ],
    "university.example": [
        "Physics Department",
        "Quantum Technologies Lab",
        "AI Research Group",
        "School of Engineering",
        "Centre for Security Studies",
    ],
    "treasury.example": ["Sanctions Unit", "International Finance", "Trade Policy"],
    "energy-grid.example": [
        "Grid Operations",
        "Nuclear New Build",
        "OT Security",
        "Interconnectors",
    ],
    "telecom.example": ["5G Core Engineering", "Network Security", "Spectrum Strategy"],
    "chipmaker.example": ["Lithography R&D", "Semiconductor Design", "Fab Operations"],
    "foreign-office.example": [
        "China Department",
        "Russia Department",
        "Consular Services",
        "Economic Diplomacy",
    ],
    "regulator.example": ["Nuclear Safety", "Telecoms Policy"],
}

SECTOR_TARGETS: dict[str, list[tuple[str, str]]] = {
    "defence procurement": [
        ("defence-ministry.example", "Defence Equipment & Support"),
        ("aerospace-prime.example", "Combat Air Programme Office"),
        ("aerospace-prime.example", "Missile Systems"),
        ("defence-ministry.example", "Defence Policy Directorate"),
    ],
    "aerospace and space systems": [
        ("aerospace-prime.example", "Space Systems"),
        ("aerospace-prime.example", "Avionics Engineering"),
        ("university.example", "School of Engineering"),
    ],
    "semiconductor manufacturing": [
        ("chipmaker.example", "Lithography R&D"),
        ("chipmaker.example", "Semiconductor Design"),
        ("chipmaker.example", "Fab Operations"),
    ],
    "energy security": [
        ("energy-grid.example", "Grid Operations"),
        ("energy-grid.example", "Interconnectors"),
        ("energy-grid.example", "OT Security"),
    ],
    "quantum technologies": [
        ("university.example", "Quantum Technologies Lab"),
        ("university.example", "Physics Department"),
    ],
    "cyber security": [
        ("defence-ministry.example", "Cyber Operations"),
        ("telecom.example", "Network Security"),
        ("energy-grid.example", "OT Security"),
    ],
    "nuclear energy": [
        ("energy-grid.example", "Nuclear New Build"),
        ("regulator.example", "Nuclear Safety"),
        ("defence-ministry.example", "Nuclear Programmes"),
    ],
    "telecommunications and 5G": [
        ("telecom.example", "5G Core Engineering"),
        ("telecom.example", "Spectrum Strategy"),
        ("regulator.example", "Telecoms Policy"),
    ],
    "trade and sanctions policy": [
        ("treasury.example", "Sanctions Unit"),
        ("treasury.example", "Trade Policy"),
        ("foreign-office.example", "Economic Diplomacy"),
        ("foreign-office.example", "China Department"),
    ],
    "artificial intelligence": [
        ("university.example", "AI Research Group"),
        ("defence-ministry.example", "Strategic Command"),
        ("aerospace-prime.example", "Avionics Engineering"),
    ],
}

# --------------------------------------------------------------------------------------
# Fake covers: firm-name parts, headlines, About templates (last item(s) held back)
# --------------------------------------------------------------------------------------

FIRM_A = [
    "Global",
    "Summit",
    "Meridian",
    "Apex",
    "Atlas",
    "Sterling",
    "Crown",
    "Pinnacle",
    "Horizon",
    "Keystone",
    "Northstar",
    "Silverline",
    "Eastgate",
    "Oakridge",
    "Beacon",
    "Lodestar",
    "Trident",
    "Granite",
    "Harbour",
    "Concord",
    "Orion",
    "Regent",
    "Sovereign",
    "Crestview",
    "Westbrook",
    "Ironwood",
    "Bluewater",
    "Evergreen",
    "Silk Road",
    "Pacific Rim",
    "Lionsgate",
    "Ashford",
    "Kingsway",
    "Highbury",
]
FIRM_B = {
    "recruiter": ["Talent", "Executive", "Search", "Career", "People", "Recruitment"],
    "think_tank": ["Policy", "Strategic", "Geopolitical", "Security", "Foresight"],
    "consultancy": ["Insight", "Advisory", "Risk", "Capital", "Strategy", "Market"],
    "conference": ["Defence", "Security", "Energy", "Innovation", "Tech", "Leaders"],
    "academic": ["Research", "Studies", "Policy", "Development", "Innovation"],
    "journalist": ["Review", "Monitor", "Report", "Dispatch", "Brief"],
}
FIRM_C = {
    "recruiter": ["Partners", "Group", "Associates", "Solutions", "Consulting", "Global"],
    "think_tank": ["Institute", "Forum", "Centre", "Council", "Foundation"],
    "consultancy": ["Partners", "Advisors", "Consulting", "Group", "Associates"],
    "conference": ["Summit", "Forum", "Congress", "Events", "World Summit"],
    "academic": ["Institute", "Academy", "Centre", "Research Center"],
    "journalist": ["Media", "Weekly", "Network", "Magazine"],
}
TLDS = [
    ".com",
    ".co.uk",
    ".net",
    ".org",
    ".io",
    ".global",
    ".group",
    ".consulting",
    ".com.sg",
    ".asia",
    ".eu",
]

ROLE_WORD = {
    "recruiter": [
        "Senior Recruiter",
        "Talent Acquisition Partner",
        "Headhunter",
        "Executive Search Consultant",
        "Recruitment Manager",
    ],
    "think_tank": [
        "Research Coordinator",
        "Programme Manager",
        "Senior Fellow",
        "Director of Partnerships",
    ],
    "consultancy": [
        "Managing Consultant",
        "Expert Network Manager",
        "Senior Associate",
        "Client Director",
    ],
    "conference": [
        "Head of Speaker Relations",
        "Event Director",
        "Programme Curator",
        "Conference Producer",
    ],
    "academic": [
        "Visiting Researcher",
        "PhD Candidate",
        "Associate Professor",
        "Research Assistant",
    ],
    "journalist": ["Freelance Correspondent", "Editor", "Investigative Reporter", "Senior Writer"],
}

HEADLINES = [
    "{role} at {firm} | {sector} | Open to connect",
    "{role} @ {firm} — connecting top talent in {sector}",
    "{role} | {firm} | Helping experts grow",
    "{role} at {firm}",
    "{role}, {firm} • {sector} • Let's talk",
    "Helping professionals in {sector} find their next challenge | {role} at {firm}",
]

ABOUT_EN: dict[str, list[str]] = {
    "recruiter": [
        "I am a {role} at {firm}, a boutique executive search firm headquartered in {city}. "
        "For over {years} years we have helped senior specialists in {sector} find discreet, "
        "well-paid advisory roles with our international clients. Our clients value first-hand "
        "expertise and offer flexible, remote engagements. I am always happy to connect with "
        "experienced professionals, feel free to message me.",
        "Talent partner at {firm}. We place experienced people from {sector} into confidential "
        "short-term projects for governments and global corporations in Asia and the Middle "
        "East. {years}+ years in headhunting, more than {count} successful placements. If you "
        "are open to new opportunities, let's connect!",
        "Connecting exceptional {sector} talent with the world's most ambitious organisations. "
        "At {firm} I manage a portfolio of retained searches for board-level and technical "
        "advisory positions. Compensation is highly competitive and many roles can be combined "
        "with your current position. Discretion is guaranteed. Drop me a line.",
    ],
    "think_tank": [
        "{firm} is an independent, non-partisan research institute based in {city}. I "
        "coordinate our expert network on {sector} and commission short analytical papers from "
        "practitioners. Our contributors are paid generously for their insights. We welcome "
        "contact from officials, academics and industry professionals.",
        "Research coordinator at {firm}. I build bridges between policy makers and experts in "
        "{sector}. We regularly invite guest authors to write briefing notes (honorarium "
        "provided) and to join closed-door roundtables in {city}. Happy to connect with people "
        "who want their expertise to make a difference.",
        "Senior Fellow and Programme Lead, {firm}. My work focuses on {sector} and the "
        "geopolitics of emerging technology. I run our visiting-expert scheme, which funds "
        "travel and pays a daily fee for short consultations. Previously {years} years in "
        "government advisory roles. Opinions are my own.",
    ],
    "consultancy": [
        "Managing consultant at {firm}, a strategic advisory company serving investors in "
        "{sector}. We connect clients with experienced practitioners for paid expert calls and "
        "written market insight. Typical engagements take 1-2 hours a month and are fully "
        "remote. {years} years of experience in cross-border consulting.",
        "At {firm} we provide decision makers with on-the-ground insight into {sector}. I "
        "manage our network of more than {count} industry experts worldwide. If you have deep "
        "knowledge in your field and would like to earn extra income through short "
        "consultations, I'd be glad to hear from you.",
        "Helping global investors understand {sector}, one expert conversation at a time. "
        "{firm} pays industry insiders for their perspective on markets, regulation and "
        "technology trends. Flexible, confidential, remote. Based in {city}, working with "
        "clients across Asia, Europe and the Gulf.",
    ],
    "conference": [
        "Head of Speaker Relations at {firm}. We organise high-level international summits on "
        "{sector} bringing together ministers, CEOs and leading experts. I am currently "
        "curating the speaker line-up for our next flagship event in {city}. Keynote speakers "
        "receive an attractive honorarium and all expenses are covered.",
        "Event director, {firm}. {years} years of experience producing premium conferences and "
        "executive roundtables on {sector}. We fly our speakers business class and look after "
        "every detail. Always scouting for inspiring voices, get in touch if you would like to "
        "speak.",
        "Curating conversations that shape the future of {sector}. I lead the programme "
        "committee at {firm}, whose summits in {city}, Dubai and Singapore attract over {count} "
        "delegates. We are proud to offer our keynote speakers a generous fee and a fully paid "
        "trip.",
    ],
    "academic": [
        "Visiting researcher at {firm}, studying {sector} in comparative perspective. I am "
        "currently preparing an edited volume and looking for practitioners willing to share "
        "their views in short interviews or contribute a chapter (with compensation). Based in "
        "{city}.",
        "PhD candidate and research assistant at {firm}. My thesis examines {sector}. I am very "
        "interested in learning from experienced professionals and would be grateful for any "
        "advice or materials you could share. Always happy to connect!",
        "Associate Professor, {firm}. Research interests: {sector}, technology policy, "
        "international cooperation. I host a funded exchange programme for foreign experts "
        "(travel, accommodation and honorarium included) and welcome collaboration proposals.",
    ],
    "journalist": [
        "Freelance correspondent covering {sector} for {firm}. I write in-depth features based "
        "on conversations with insiders, always treated in strict confidence. Previously "
        "{years} years at regional newspapers in {city}. DMs open for tips.",
        "Editor at {firm}, a subscription newsletter for professionals in {sector}. We pay "
        "expert contributors for short commentary pieces and background briefings. Sources are "
        "never named.",
        "Investigative reporter. Currently working on a long-form project about {sector} for "
        "{firm}. Looking to speak with people who have first-hand knowledge. Anonymity "
        "guaranteed, compensation for your time possible.",
    ],
}

ABOUT_OTHER: dict[str, list[str]] = {
    "de": [
        "Ich bin {role} bei {firm} in {city}. Seit über {years} Jahren vermitteln wir erfahrene "
        "Fachleute aus dem Bereich {sector} an internationale Auftraggeber, diskret, flexibel "
        "und sehr gut vergütet. Ich freue mich über neue Kontakte!",
        "Bei {firm} bringen wir Expertinnen und Experten aus {sector} mit Entscheidern in Asien "
        "und Europa zusammen. Kurze Beratungsgespräche, attraktive Honorare, absolute "
        "Vertraulichkeit. Schreiben Sie mir gern.",
    ],
    "fr": [
        "Je suis {role} chez {firm}, cabinet de conseil basé à {city}. Depuis plus de {years} "
        "ans, nous mettons en relation des experts de {sector} avec des clients internationaux "
        "pour des missions ponctuelles, discrètes et bien rémunérées. N'hésitez pas à me "
        "contacter.",
        "Chez {firm}, nous organisons des conférences de haut niveau sur {sector}. Nos "
        "intervenants reçoivent des honoraires attractifs et tous les frais sont pris en "
        "charge. Toujours à la recherche de nouveaux talents !",
    ],
    "es": [
        "Soy {role} en {firm}, con sede en {city}. Desde hace más de {years} años conectamos a "
        "profesionales con experiencia en {sector} con clientes internacionales para proyectos "
        "de consultoría remunerados, flexibles y confidenciales. ¡Encantada de conectar!",
        "En {firm} buscamos expertos en {sector} para colaborar en informes breves y "
        "entrevistas. Ofrecemos honorarios competitivos y total discreción. Escríbeme sin "
        "compromiso.",
    ],
    "zh": [
        "我是{firm}的{role}，公司总部位于{city}。{years}年来，我们一直为{sector}领域的资深专家"
        "提供高薪、灵活、保密的国际咨询机会。欢迎联系！",
        "{firm}专注于{sector}行业研究，诚邀业内专家撰写短篇报告或参加线上访谈，报酬优厚，"
        "严格保密。期待与您交流。",
    ],
    "ru": [
        "Я {role} в компании {firm} ({city}). Более {years} лет мы помогаем специалистам в "
        "области {sector} находить конфиденциальные и хорошо оплачиваемые консультационные "
        "проекты у международных клиентов. Буду рад знакомству!",
        "{firm} приглашает экспертов в сфере {sector} к сотрудничеству: короткие аналитические "
        "записки, онлайн-интервью, достойное вознаграждение и полная конфиденциальность. "
        "Пишите!",
    ],
}
ROLE_OTHER = {
    "de": "Senior Consultant",
    "fr": "consultante senior",
    "es": "consultora sénior",
    "zh": "高级顾问",
    "ru": "старший консультант",
}

# Careful personas write their own About from these free sentence pools (no template).
OWN_ABOUT_SENTENCES = [
    "Curious by nature and always learning.",
    "I enjoy helping people see the bigger picture.",
    "My background spans the public and private sectors in {region}.",
    "I have lived and worked in {n} countries and speak {langs}.",
    "Happy to connect with professionals in {sector}.",
    "I work with a small group of clients who value independent analysis of {sector}.",
    "Interested in how technology changes the balance between states.",
    "I love meeting people from different backgrounds and exchanging ideas.",
    "Recently relocated to {city} and building my network here.",
    "Former analyst, now working on cross-border projects.",
    "Passionate about building long-term relationships based on trust.",
    "My clients are mostly in Asia and the Gulf, so I travel a lot.",
    "I believe the best insights come from practitioners, not from reports.",
    "Please feel free to reach out if our interests overlap.",
    "Outside of work: hiking, photography and good coffee.",
    "Always open to a conversation about {sector}.",
]
REGIONS = [
    "Europe and Asia",
    "the Gulf region",
    "East Asia",
    "the UK and Singapore",
    "Central Europe",
    "North America and Europe",
]

FAKE_POSTS = [
    "We are expanding our expert network in {sector}! If you have 5+ years of experience, "
    "send me a message.",
    "Great insights from our latest closed-door roundtable on {sector}. Thank you to all "
    "participants!",
    "Hiring: senior advisers with a background in {sector}. Remote, flexible, well paid.",
    "Excited to announce our next summit in {city}. Speaker applications are open, DM me.",
    "Proud to have placed another outstanding candidate this week. #hiring #{tag}",
]

# --------------------------------------------------------------------------------------
# Fake conversation script pools (index >= held mark are test-only)
# --------------------------------------------------------------------------------------

OPENERS = [
    "Hello, I came across your profile while researching experts in {sector} and was "
    "genuinely impressed by your background. I'd love to connect.",
    "Dear {tname}, I hope this message finds you well. Your experience in {sector} stood out "
    "to me, it is exactly the profile our clients appreciate.",
    "Hi there! We share a few interests in {sector} and I thought it would be great to be "
    "connected. Your career path is really inspiring.",
    "Good afternoon. I lead a small team at {firm} and we are looking for someone with your "
    "expertise in {sector}. Would you be open to a short exchange?",
    "Hi {tname}, apologies for the cold message. A former colleague of yours suggested you "
    "were the person to speak to about {sector}.",
    "Hello! Congratulations on your recent work anniversary. I've been following your posts "
    "on {sector} and have a proposal that might interest you.",
]
RAPPORT = [
    "Thanks for accepting! How long have you been in your current role? It sounds like a "
    "fascinating place to work.",
    "It's great to hear from you. I imagine your team is very busy at the moment with "
    "everything going on in {sector}.",
    "Thank you for your kind reply. I'm curious, what does a typical week look like for you?",
    "Lovely to be connected. I spent some time in {tcity} myself, do you enjoy living there?",
]
ELICIT = [
    "Out of interest, how big is your team and who else works on the technical side? Our "
    "client may want to speak to a couple of your colleagues too.",
    "Could you tell me a little about the programmes you're involved in, where things stand, "
    "timelines, which suppliers you work with?",
    "What is the internal thinking on the upcoming reorganisation? Who ultimately signs off "
    "on decisions like that?",
    "Will you be travelling to any conferences this spring? It would be nice to meet in "
    "person if our schedules align.",
    "Our client is particularly interested in performance figures and test results, even "
    "rough numbers would help.",
    "If you have any slides or internal reports you could share, that would give our client "
    "a much better picture.",
    "I hear there's been some debate inside your organisation about the new strategy. How do "
    "you see it playing out, and who is pushing for it?",
]
LURES: dict[str, list[str]] = {
    "speaking": [
        "We would be honoured to invite you as a keynote speaker at our summit in {lcity}. We "
        "offer a speaker fee of {money}, business-class flights and five-star accommodation, "
        "all expenses paid.",
        "The organising committee has approved an honorarium of {money} for a 30-minute "
        "keynote, plus travel for you and a companion.",
    ],
    "paper": [
        "Our client would like to commission a short white paper (5-10 pages) on {sector}. The "
        "fee is {money} per report, and there may be regular follow-up work.",
        "We pay {money} for each short briefing note; many of our contributors write one per "
        "month.",
    ],
    "consultancy": [
        "We're offering paid expert consultations: one hour by phone, remunerated at {money}. "
        "Nothing formal, just your personal perspective.",
        "Our client would retain you as a part-time adviser at {money} a month, fully remote.",
    ],
    "job_cv": [
        "There's a senior advisory role with a very generous package. Could you send me your "
        "CV, including your current security clearance level and vetting dates, so I can "
        "present you to the client?",
        "Please send an updated résumé listing your clearance (SC, DV or equivalent) and any "
        "programmes you've been vetted for.",
    ],
    "webinar_creds": [
        "We've registered you for the closed expert webinar. Please log in with your work email "
        "and password at {link} to confirm your seat. You'll receive a one-time code, just send "
        "it to me to finalise.",
        "Our IT team will start a short remote session to set up your speaker account, please "
        "join via {link} and read me the code that appears.",
    ],
    "coding_test": [
        "The next step is a short technical assessment. Please clone the repository {link} and "
        "run the setup script on your work laptop; it takes about 20 minutes.",
        "I've attached the take-home exercise as a zip. Please extract it and run install.bat "
        "on the machine you use every day so the environment matches.",
    ],
    "trip_passport": [
        "To book your flights and hotel for the visit, could you send me a scan of your "
        "passport and your date of birth?",
        "Our travel desk needs a copy of your passport photo page today to secure the "
        "business-class fare.",
    ],
}
LURE_HELD = 1  # index >= 1 in each LURES list is held back
MOVES = [
    "It's easier to talk on WhatsApp, my number is {wa}.",
    "LinkedIn messages are a bit unreliable for me, could we continue on Telegram? I'm {tg}.",
    "Do you have WeChat? My ID is {wc}. Most of our clients use it.",
    "Please send any material to my personal address {pmail} rather than through this platform.",
    "Signal would be better for privacy. Can I have your mobile number?",
]
SECRECY = [
    "Of course this is all completely confidential, there's no need to mention it to your "
    "employer.",
    "Just between us, informally, nothing official.",
    "We'd appreciate your discretion; our client prefers not to be named at this stage.",
    "This is off the record, so please don't discuss it with colleagues for now.",
]
OTHER_CONV: dict[str, dict[str, list[str]]] = {
    "de": {
        "open": [
            "Guten Tag, ich bin auf Ihr Profil gestoßen und war von Ihrer Erfahrung im "
            "Bereich {sector} sehr beeindruckt. Ich würde mich über eine Vernetzung freuen.",
            "Hallo, ein gemeinsamer Kontakt hat mir empfohlen, mich bei Ihnen zu melden.",
        ],
        "lure": [
            "Unser Kunde würde gern eine kurze Analyse bei Ihnen in Auftrag geben, das "
            "Honorar beträgt {money}.",
            "Wir möchten Sie als Keynote-Speaker nach {lcity} einladen; Flug, Hotel und ein "
            "Honorar von {money} übernehmen wir.",
        ],
        "move": [
            "Können wir auf WhatsApp weiterschreiben? Meine Nummer: {wa}.",
            "Schreiben Sie mir lieber auf Telegram: {tg}.",
        ],
        "secret": [
            "Das bleibt natürlich streng vertraulich, Ihr Arbeitgeber muss davon nichts wissen.",
            "Ganz unter uns, völlig informell.",
        ],
    },
    "fr": {
        "open": [
            "Bonjour, j'ai découvert votre profil et votre expérience dans {sector} m'a "
            "beaucoup impressionnée. Je serais ravie d'échanger avec vous.",
            "Bonjour, un ancien collègue à vous m'a conseillé de vous contacter.",
        ],
        "lure": [
            "Notre client souhaite vous commander une courte note d'analyse, rémunérée {money}.",
            "Nous aimerions vous inviter comme intervenant principal à {lcity}, avec des "
            "honoraires de {money} et tous les frais pris en charge.",
        ],
        "move": [
            "Pouvons-nous continuer sur WhatsApp ? Mon numéro : {wa}.",
            "Je suis plus disponible sur Telegram : {tg}.",
        ],
        "secret": [
            "Tout cela reste bien sûr strictement confidentiel.",
            "Entre nous, de manière tout à fait informelle.",
        ],
    },
    "es": {
        "open": [
            "Hola, he visto tu perfil y tu experiencia en {sector} me ha parecido "
            "impresionante. Me encantaría conectar.",
            "Buenas tardes, un antiguo compañero suyo me recomendó que le escribiera.",
        ],
        "lure": [
            "Nuestro cliente quiere encargarte un breve informe; los honorarios son de {money}.",
            "Queremos invitarte como ponente principal en {lcity}: {money} de honorarios y "
            "todos los gastos pagados.",
        ],
        "move": [
            "¿Seguimos por WhatsApp? Mi número es {wa}.",
            "Mejor escríbeme por Telegram: {tg}.",
        ],
        "secret": [
            "Por supuesto, todo esto es totalmente confidencial.",
            "Entre nosotros, de manera informal, nada oficial.",
        ],
    },
    "zh": {
        "open": [
            "您好，我在研究{sector}领域专家时看到了您的资料，"
            "您的经历令人印象深刻，希望能与您建立联系。",
            "您好！一位您的前同事推荐我联系您。",
        ],
        "lure": [
            "我们的客户希望请您撰写一份简短的行业报告，报酬为{money}。",
            "诚邀您作为主讲嘉宾出席在{lcity}举办的峰会，酬金{money}，全部费用由我们承担。",
        ],
        "move": ["我们加个微信聊吧，我的微信号是{wc}。", "方便的话请用WhatsApp联系我：{wa}。"],
        "secret": ["这件事请务必保密，不需要告诉您的单位。", "只是私下交流，不是正式的。"],
    },
    "ru": {
        "open": [
            "Здравствуйте! Я увидела ваш профиль, ваш опыт в области {sector} очень "
            "впечатляет. Буду рада знакомству.",
            "Добрый день, ваш бывший коллега посоветовал мне обратиться к вам.",
        ],
        "lure": [
            "Наш клиент хотел бы заказать у вас короткую аналитическую записку, "
            "вознаграждение {money}.",
            "Приглашаем вас выступить с докладом в {lcity}: гонорар {money}, все расходы "
            "за наш счёт.",
        ],
        "move": ["Давайте продолжим в Telegram: {tg}.", "Удобнее в WhatsApp: {wa}."],
        "secret": ["Разумеется, всё строго конфиденциально.", "Это между нами, неофициально."],
    },
}
USER_REPLIES = [
    "Thanks for reaching out.",
    "Hi, thanks. What is this regarding?",
    "I'm not sure I can discuss much about my work, but happy to hear more.",
    "Sounds interesting. Who is the client?",
    "Can you send more details by email?",
    "I'd need to check with my line manager first.",
    "Thanks, I'll think about it.",
    "Hello. I'm fairly busy at the moment, what did you have in mind?",
    "I'm afraid I can't share anything about current projects.",
    "Who gave you my name?",
    "OK, what would that involve exactly?",
]
MONEY = [
    "USD 500-1,500",
    "$2,000",
    "€2.000",
    "£1,500",
    "1.500 dólares",
    "¥10,000",
    "30 000 ₽",
    "3,000 US dollars",
    "USD 800",
    "€1,200",
    "£350-£600",
    "5.000 €",
    "USD 4,500",
    "$750",
    "GBP 2,500",
    "¥20,000",
    "1,000-3,000 USD",
]
LURE_CITIES = [
    "Dubai",
    "Singapore",
    "Istanbul",
    "Hong Kong",
    "Doha",
    "Geneva",
    "Vienna",
    "Kuala Lumpur",
    "Shanghai",
    "Baku",
]

# --------------------------------------------------------------------------------------
# Genuine people
# --------------------------------------------------------------------------------------

GENERIC_EMPLOYERS = [
    "Deloitte",
    "KPMG",
    "Accenture",
    "Capgemini",
    "BT Group",
    "Vodafone",
    "Rolls-Royce",
    "Siemens",
    "Airbus",
    "Thales",
    "Leonardo",
    "QinetiQ",
    "Arup",
    "Atkins",
    "Ocado",
    "Sky",
    "HSBC",
    "Barclays",
    "Lloyds Banking Group",
    "NHS Digital",
    "Met Office",
    "Ordnance Survey",
    "Civil Service",
    "Cabinet Office",
    "HM Revenue & Customs",
    "Bosch",
    "SAP",
    "Infineon",
    "Dassault Systèmes",
    "Orange",
    "Telefónica",
    "Indra",
    "Huawei",
    "Alibaba",
    "Infosys",
    "Tata Consultancy Services",
    "Wipro",
    "Arm",
    "Graphcore",
    "DeepMind",
    "Cambridge Consultants",
    "Frazer-Nash Consultancy",
    "University of Leeds",
    "University of Warwick",
    "Reuters",
    "BBC",
    "Financial Times",
    "Northwind Analytics",
    "Fenmore Software",
    "Tallis Robotics",
    "Brackenfield Engineering",
    "Quayside Digital",
    "Greyfriars Data",
    "Hollins & Mercer",
    "Larchmont Systems",
]
ROLES: dict[str, Json] = {
    "software_engineer": {
        "titles": [
            "Software Engineer",
            "Senior Software Engineer",
            "Backend Developer",
            "Lead Developer",
            "Principal Engineer",
            "Full Stack Developer",
        ],
        "skills": [
            "Python",
            "Java",
            "Go",
            "Kubernetes",
            "AWS",
            "PostgreSQL",
            "React",
            "TypeScript",
            "CI/CD",
            "Distributed Systems",
            "Rust",
            "Terraform",
        ],
        "intro": [
            "Software engineer who likes boring, reliable systems.",
            "I build backend services, mostly in {skill} these days.",
            "{years} years writing software, the last few leading small teams.",
            "Developer at {employer}. Previously startups, now big-company problems.",
        ],
        "detail": [
            "Currently working on our payments platform and trying to make deploys less scary.",
            "I care about code review, testing and documentation people actually read.",
            "Most of my work is in {skill} and {skill2}.",
            "Occasional conference speaker on observability.",
            "I mentor junior developers through a local code club.",
        ],
    },
    "systems_engineer": {
        "titles": [
            "Systems Engineer",
            "Senior Systems Engineer",
            "Chief Engineer",
            "Mechanical Design Engineer",
            "Electronics Engineer",
            "Test Engineer",
        ],
        "skills": [
            "Systems Engineering",
            "MBSE",
            "Requirements Management",
            "DOORS",
            "MATLAB",
            "Simulink",
            "Verification & Validation",
            "FMEA",
            "SysML",
            "Embedded Systems",
            "RF Design",
            "Thermal Analysis",
        ],
        "intro": [
            "Chartered engineer (IMechE) working on complex integrated systems.",
            "Systems engineer with a background in {field}.",
            "I turn requirements into things that actually work on the test bench.",
            "Engineer at {employer}, {years} years in aerospace and defence.",
        ],
        "detail": [
            "Experience across the full lifecycle from concept to in-service support.",
            "I enjoy integration and test more than I probably should.",
            "STEM ambassador and occasional guest lecturer.",
            "Interested in model-based systems engineering and digital twins.",
        ],
    },
    "project_manager": {
        "titles": [
            "Project Manager",
            "Programme Manager",
            "Senior Project Manager",
            "PMO Lead",
            "Delivery Manager",
            "Portfolio Manager",
        ],
        "skills": [
            "PRINCE2",
            "Agile",
            "Stakeholder Management",
            "Risk Management",
            "MS Project",
            "Budgeting",
            "Change Management",
            "Scrum",
            "APM PMQ",
        ],
        "intro": [
            "Delivery-focused programme manager.",
            "I help teams deliver complex projects on time and roughly on budget.",
            "Project manager at {employer}.",
            "{years} years in project delivery across infrastructure and IT.",
        ],
        "detail": [
            "Chartered Project Professional (ChPP).",
            "I have delivered programmes worth up to £{m}m.",
            "Comfortable with both waterfall and agile, pragmatic about both.",
            "Currently leading a transformation programme.",
        ],
    },
    "policy_adviser": {
        "titles": [
            "Policy Adviser",
            "Senior Policy Adviser",
            "Policy Officer",
            "Head of Policy",
            "Economic Adviser",
            "Private Secretary",
        ],
        "skills": [
            "Policy Analysis",
            "Briefing",
            "Stakeholder Engagement",
            "Legislation",
            "Economics",
            "Public Sector",
            "Drafting",
            "International Relations",
        ],
        "intro": [
            "Civil servant working on {topic}.",
            "Policy professional, {years} years in government.",
            "I work at the intersection of policy and {topic}.",
            "Fast Streamer turned policy lead.",
        ],
        "detail": [
            "All views my own.",
            "Previously worked in local government and a think tank.",
            "Interested in evidence-based policy and open data.",
            "Trustee of a small housing charity.",
        ],
    },
    "data_scientist": {
        "titles": [
            "Data Scientist",
            "Senior Data Scientist",
            "Machine Learning Engineer",
            "Data Analyst",
            "Analytics Lead",
            "Research Scientist",
        ],
        "skills": [
            "Python",
            "Machine Learning",
            "SQL",
            "PyTorch",
            "Statistics",
            "Spark",
            "NLP",
            "Computer Vision",
            "Data Visualisation",
            "R",
        ],
        "intro": [
            "Data scientist who started out in {field}.",
            "I use data to answer awkward questions.",
            "ML engineer at {employer}.",
            "Statistician by training, coder by habit.",
        ],
        "detail": [
            "Recent work: forecasting, anomaly detection and a lot of data cleaning.",
            "I co-organise a local PyData meetup.",
            "Interested in responsible AI and model evaluation.",
            "Kaggle expert, occasional blogger.",
        ],
    },
    "finance_analyst": {
        "titles": [
            "Financial Analyst",
            "Risk Analyst",
            "Associate",
            "Vice President",
            "Credit Risk Manager",
            "Compliance Officer",
            "Treasury Analyst",
        ],
        "skills": [
            "Financial Modelling",
            "Excel",
            "Risk Management",
            "Basel III",
            "AML",
            "KYC",
            "Valuation",
            "Bloomberg",
            "Regulatory Reporting",
        ],
        "intro": [
            "Risk professional at {employer}.",
            "{years} years in banking.",
            "Finance person who learned to code.",
            "CFA charterholder.",
        ],
        "detail": [
            "Focused on regulatory change and model risk.",
            "Previously in audit at a Big Four firm.",
            "Mentor with a women-in-finance network.",
            "I run marathons slowly and read history books quickly.",
        ],
    },
    "researcher": {
        "titles": [
            "Research Fellow",
            "Postdoctoral Researcher",
            "Lecturer",
            "Senior Lecturer",
            "Professor",
            "Research Associate",
        ],
        "skills": [
            "Research",
            "Teaching",
            "Academic Writing",
            "Grant Writing",
            "Quantum Optics",
            "Materials Science",
            "Machine Learning",
            "Photonics",
            "Control Theory",
        ],
        "intro": [
            "Researcher in {field} at {employer}.",
            "Academic working on {field}.",
            "Lecturer and researcher.",
            "Postdoc, interested in {field} and good coffee.",
        ],
        "detail": [
            "My group works on {field} with partners in industry.",
            "Publications on Google Scholar.",
            "I supervise PhD students and teach undergraduate {field}.",
            "Open to collaborations through the usual university channels.",
        ],
    },
    "cyber_analyst": {
        "titles": [
            "Security Analyst",
            "SOC Analyst",
            "Penetration Tester",
            "Security Architect",
            "Threat Intelligence Analyst",
            "CISO",
        ],
        "skills": [
            "Incident Response",
            "SIEM",
            "Splunk",
            "Threat Hunting",
            "Penetration Testing",
            "ISO 27001",
            "Cloud Security",
            "Malware Analysis",
            "NIST CSF",
        ],
        "intro": [
            "Blue teamer.",
            "Security architect at {employer}.",
            "{years} years in information security.",
            "Cyber defender.",
        ],
        "detail": [
            "CISSP, OSCP.",
            "I speak at BSides events now and then.",
            "Interested in detection engineering.",
            "No, I won't click your link.",
        ],
    },
    "sales": {
        "titles": [
            "Account Executive",
            "Business Development Manager",
            "Sales Director",
            "Key Account Manager",
            "Solutions Consultant",
            "Partner Manager",
        ],
        "skills": [
            "B2B Sales",
            "SaaS",
            "Negotiation",
            "CRM",
            "Salesforce",
            "Account Management",
            "Public Sector Sales",
            "Pre-sales",
        ],
        "intro": [
            "I help public sector teams buy software without the pain.",
            "Account executive at {employer}.",
            "{years} years in B2B technology sales.",
            "Business development, mostly in defence and government.",
        ],
        "detail": [
            "Always happy to share what similar organisations are doing.",
            "G-Cloud and DOS frameworks experience.",
            "Proud to work with a fantastic customer success team.",
            "Dog owner, cyclist, terrible golfer.",
        ],
    },
    "hr": {
        "titles": [
            "HR Business Partner",
            "Talent Acquisition Specialist",
            "People Manager",
            "HR Advisor",
            "Head of People",
            "Recruitment Coordinator",
        ],
        "skills": [
            "Employee Relations",
            "Talent Acquisition",
            "CIPD",
            "Workforce Planning",
            "Onboarding",
            "HR Policy",
            "Employer Branding",
        ],
        "intro": [
            "HR business partner at {employer}.",
            "People person (sorry).",
            "CIPD-qualified HR professional.",
            "I recruit engineers for {employer}.",
        ],
        "detail": [
            "We're hiring, see our careers page.",
            "Passionate about inclusion and early careers.",
            "Previously in agency recruitment.",
            "Mental health first aider.",
        ],
    },
    "journalist": {
        "titles": [
            "Reporter",
            "Defence Correspondent",
            "Technology Editor",
            "Journalist",
            "Senior Reporter",
            "News Editor",
        ],
        "skills": [
            "Journalism",
            "Investigations",
            "Writing",
            "Editing",
            "Broadcasting",
            "Data Journalism",
            "Interviewing",
        ],
        "intro": [
            "Reporter at {employer}.",
            "Journalist covering {topic}.",
            "{years} years in newsrooms.",
            "Writer and editor.",
        ],
        "detail": [
            "Tips via the contact details on my outlet's website.",
            "NCTJ trained.",
            "Retweets aren't endorsements, as they say.",
            "Previously at a regional daily.",
        ],
    },
    "student": {
        "titles": [
            "Student",
            "MSc Student",
            "PhD Student",
            "Undergraduate",
            "Summer Intern",
            "Graduate Engineer",
        ],
        "skills": ["Python", "MATLAB", "Research", "Teamwork", "Excel", "C++", "LaTeX"],
        "intro": [
            "{field} student at {school}.",
            "Final-year student looking for graduate roles in {topic}.",
            "PhD student working on {field}.",
            "Aspiring engineer.",
        ],
        "detail": [
            "Open to internships and graduate schemes.",
            "President of the university engineering society.",
            "Happy to chat about my dissertation.",
            "Currently on a year in industry.",
        ],
    },
}
TOPICS = [
    "energy policy",
    "defence procurement",
    "trade",
    "digital government",
    "telecoms regulation",
    "cyber security",
    "net zero",
    "space",
    "semiconductors",
    "housing",
    "health data",
    "AI regulation",
]
FIELDS = [
    "Physics",
    "Electrical Engineering",
    "Computer Science",
    "Mechanical Engineering",
    "Mathematics",
    "Economics",
    "International Relations",
    "Chemistry",
    "Aerospace Engineering",
    "Materials Science",
    "Politics",
    "History",
    "Law",
]
CLOSERS = [
    "Outside work I coach junior football.",
    "Mum of two and amateur baker.",
    "Dad, runner, bad guitarist.",
    "Views my own.",
    "Cyclist and occasional triathlete.",
    "I volunteer with a mountain rescue team.",
    "Lifelong Arsenal fan, please don't hold it against me.",
    "Currently learning Spanish (slowly).",
    "Allotment enthusiast.",
    "Ask me about sourdough.",
    "Proud to be neurodivergent.",
    "Reservist.",
    "Parkrun regular.",
    "Governor at a local primary school.",
    "",
]
STOCK = [
    "Results-driven professional with a proven track record of success.",
    "Passionate about innovation and continuous improvement.",
    "Strong communicator and natural team player.",
    "Always eager to learn and grow.",
    "Dynamic, detail-oriented self-starter.",
    "Committed to delivering excellence in everything I do.",
    "Highly motivated individual with excellent interpersonal skills.",
    "Thrives in fast-paced environments.",
    "Strategic thinker with a hands-on approach.",
    "Proven ability to build strong relationships with stakeholders at all levels.",
    "Passionate about making a difference.",
    "Solutions-oriented leader who loves a challenge.",
]
GENUINE_POSTS = [
    "Really enjoyed speaking at the {topic} meetup last night. Thanks to the organisers!",
    "We're hiring! Several roles in my team, link in the comments.",
    "Proud of the team for getting this over the line after two years of hard work.",
    "Interesting read on {topic}, worth ten minutes of your time.",
    "Ten years at {employer} today. Time flies.",
    "Thrilled to share that I've passed my {cert} exam!",
    "Great panel discussion on {topic}. Lots to think about.",
    "Congratulations to our graduate cohort on finishing their first rotation!",
]
CERTS = [
    "PRINCE2 Practitioner",
    "CISSP",
    "AWS Solutions Architect",
    "APM PMQ",
    "CFA Level II",
    "Chartered Engineer",
    "CIPD Level 5",
    "Scrum Master",
    "ITIL 4",
]

BIG_EMPLOYERS: list[Json] = [
    {
        "name": "Aldermoor Defence Systems",
        "domain": "aldermoor-defence.com",
        "sector": "defence",
        "city": "Bristol, England, United Kingdom",
        "phone": ("44", "0", "117", ["496", "0100"]),
        "boiler": [
            "Aldermoor Defence Systems is a leading provider of advanced defence, "
            "security and aerospace solutions, trusted by armed forces in over 40 "
            "countries.",
            "At Aldermoor we protect those who protect us.",
            "Views are my own and do not represent Aldermoor Defence Systems.",
        ],
        "roles": [
            "systems_engineer",
            "software_engineer",
            "project_manager",
            "hr",
            "cyber_analyst",
        ],
    },
    {
        "name": "Northgate Banking Group",
        "domain": "northgatebank.com",
        "sector": "finance",
        "city": "London, England, United Kingdom",
        "phone": ("44", "0", "20", ["7946", "0800"]),
        "boiler": [
            "Northgate Banking Group serves more than 12 million customers across the UK "
            "and Europe.",
            "Helping Britain prosper, one customer at a time.",
            "All opinions are my own, not those of Northgate Banking Group plc.",
        ],
        "roles": [
            "finance_analyst",
            "software_engineer",
            "data_scientist",
            "hr",
            "cyber_analyst",
            "project_manager",
        ],
    },
    {
        "name": "Helix Aerospace",
        "domain": "helix-aero.com",
        "sector": "aerospace",
        "city": "Toulouse, Occitanie, France",
        "phone": ("33", "0", "5", ["61", "00", "42", "00"]),
        "boiler": [
            "Helix Aerospace designs and builds satellites, launch systems and "
            "avionics for civil and defence customers worldwide.",
            "Pioneering the sky, together.",
        ],
        "roles": ["systems_engineer", "software_engineer", "project_manager", "hr"],
    },
    {
        "name": "Caledon Energy",
        "domain": "caledonenergy.co.uk",
        "sector": "energy",
        "city": "Glasgow, Scotland, United Kingdom",
        "phone": ("44", "0", "141", ["496", "0200"]),
        "boiler": [
            "Caledon Energy generates and delivers low-carbon electricity to over 5 "
            "million homes and businesses.",
            "Powering a cleaner future.",
            "Posts are my own views.",
        ],
        "roles": ["systems_engineer", "project_manager", "data_scientist", "cyber_analyst", "hr"],
    },
    {
        "name": "Brightwater Telecom",
        "domain": "brightwatertel.com",
        "sector": "telecoms",
        "city": "Reading, England, United Kingdom",
        "phone": ("44", "0", "118", ["496", "0300"]),
        "boiler": [
            "Brightwater Telecom connects people, businesses and public services with "
            "fast, secure networks.",
            "Building the networks of tomorrow, today.",
        ],
        "roles": ["software_engineer", "systems_engineer", "sales", "cyber_analyst", "hr"],
    },
    {
        "name": "Vestra Halbleiter",
        "domain": "vestra-semi.de",
        "sector": "semiconductors",
        "city": "München, Bayern, Deutschland",
        "phone": ("49", "0", "89", ["4400", "1000"]),
        "boiler": [
            "Vestra Halbleiter ist ein weltweit führender Hersteller von Leistungshalbleitern.",
            "Vestra is a global leader in power semiconductors "
            "for automotive and industrial applications.",
        ],
        "roles": ["systems_engineer", "data_scientist", "software_engineer", "hr", "sales"],
    },
]
AGENCIES: list[Json] = [
    {
        "name": "Harcourt Lane Recruitment",
        "domain": "harcourtlane.co.uk",
        "city": "London, England, United Kingdom",
        "phone": ("44", "0", "20", ["7946", "0500"]),
        "boiler": "Harcourt Lane is a specialist technical recruiter for the defence, security "
        "and engineering sectors.",
        "clients": [
            "Aldermoor Defence Systems",
            "QinetiQ",
            "Thales",
            "BAE Systems",
            "Frazer-Nash Consultancy",
        ],
    },
    {
        "name": "Pembroke Technical Search",
        "domain": "pembroketech.com",
        "city": "Bristol, England, United Kingdom",
        "phone": ("44", "0", "117", ["496", "0700"]),
        "boiler": "Pembroke Technical Search places engineers and project professionals in "
        "aerospace, nuclear and energy.",
        "clients": ["Rolls-Royce", "Helix Aerospace", "EDF Energy", "Caledon Energy", "Airbus"],
    },
    {
        "name": "Stanmore Cleared Talent",
        "domain": "stanmorecleared.com",
        "city": "Cheltenham, England, United Kingdom",
        "phone": ("44", "0", "1242", ["496", "900"]),
        "boiler": "Stanmore Cleared Talent recruits SC and DV cleared professionals for "
        "government and defence.",
        "clients": [
            "Leidos",
            "CGI",
            "Roke",
            "Aldermoor Defence Systems",
            "BAE Systems Digital Intelligence",
        ],
    },
    {
        "name": "Brandt & Vogel Personalberatung",
        "domain": "brandt-vogel.de",
        "city": "Hamburg, Deutschland",
        "phone": ("49", "0", "40", ["3200", "5500"]),
        "boiler": "Brandt & Vogel ist eine Personalberatung für Ingenieurinnen und Ingenieure "
        "in Luftfahrt und Energie.",
        "clients": [
            "Airbus",
            "Siemens Energy",
            "Vestra Halbleiter",
            "Lufthansa Technik",
            "Hensoldt",
        ],
    },
]
CONFERENCES: list[Json] = [
    {
        "name": "European Conference on Applied Cryptography (ECAC 2027)",
        "short": "ECAC 2027",
        "url": "https://ecac-conf.org/2027/",
        "cfp": "https://ecac-conf.org/2027/cfp",
        "city": "Leuven, Belgium",
        "topic": "applied cryptography",
    },
    {
        "name": "Systems Engineering Forum UK 2027",
        "short": "SEF-UK 2027",
        "url": "https://sef-uk.org.uk",
        "cfp": "https://sef-uk.org.uk/call-for-papers",
        "city": "Coventry, England, United Kingdom",
        "topic": "systems engineering",
    },
    {
        "name": "International Symposium on Space Propulsion (ISSP 2027)",
        "short": "ISSP 2027",
        "url": "https://issp-symposium.eu",
        "cfp": "https://issp-symposium.eu/submit",
        "city": "Noordwijk, Netherlands",
        "topic": "space propulsion",
    },
    {
        "name": "Nordic Grid Resilience Workshop 2027",
        "short": "NGRW 2027",
        "url": "https://ngrw.no/2027",
        "cfp": "https://ngrw.no/2027/cfp",
        "city": "Trondheim, Norway",
        "topic": "grid resilience",
    },
    {
        "name": "Quantum Technologies Showcase Conference 2027",
        "short": "QTSC 2027",
        "url": "https://qt-showcase.org/conference",
        "cfp": "https://qt-showcase.org/cfp",
        "city": "London, England, United Kingdom",
        "topic": "quantum technologies",
    },
]

# --------------------------------------------------------------------------------------
# Styles and their trait-sharing probabilities
# --------------------------------------------------------------------------------------

DEV_STYLES = [
    "sloppy_copy",
    "paraphrased_template",
    "careful_firm_only",
    "careful_infra",
    "multilingual",
]
TEST_ONLY_STYLES = ["chain_infra", "lure_script"]

STYLE_P: dict[str, dict[str, float]] = {
    "sloppy_copy": {
        "firm": 0.95,
        "fvar": 0.1,
        "web": 0.85,
        "phone": 0.7,
        "email": 0.85,
        "msg": 0.6,
        "photo": 0.6,
        "head": 0.9,
        "city": 0.9,
        "target": 0.9,
        "post": 0.5,
        "conv": 0.55,
        "cdays": 10,
        "rdays": 14,
        "ops": 1,
    },
    "paraphrased_template": {
        "firm": 0.85,
        "fvar": 0.6,
        "web": 0.5,
        "phone": 0.4,
        "email": 0.5,
        "msg": 0.35,
        "photo": 0.25,
        "head": 0.5,
        "city": 0.6,
        "target": 0.8,
        "post": 0.25,
        "conv": 0.55,
        "cdays": 35,
        "rdays": 45,
        "ops": 3,
    },
    "careful_firm_only": {
        "firm": 1.0,
        "fvar": 0.7,
        "web": 0.1,
        "phone": 0.0,
        "email": 0.1,
        "msg": 0.0,
        "photo": 0.0,
        "head": 0.1,
        "city": 0.3,
        "target": 0.85,
        "post": 0.0,
        "conv": 0.5,
        "cdays": 120,
        "rdays": 120,
        "ops": 0,
    },
    "careful_infra": {
        "firm": 0.0,
        "fvar": 0.0,
        "web": 0.0,
        "phone": 0.4,
        "email": 0.35,
        "msg": 0.45,
        "photo": 0.0,
        "head": 0.0,
        "city": 0.3,
        "target": 0.7,
        "post": 0.0,
        "conv": 0.5,
        "cdays": 90,
        "rdays": 100,
        "ops": 0,
    },
    "multilingual": {
        "firm": 0.9,
        "fvar": 0.5,
        "web": 0.6,
        "phone": 0.3,
        "email": 0.4,
        "msg": 0.3,
        "photo": 0.15,
        "head": 0.3,
        "city": 0.3,
        "target": 0.8,
        "post": 0.2,
        "conv": 0.55,
        "cdays": 40,
        "rdays": 50,
        "ops": 1,
    },
    "chain_infra": {
        "firm": 0.0,
        "fvar": 0.0,
        "web": 0.0,
        "phone": 0.0,
        "email": 0.0,
        "msg": 0.0,
        "photo": 0.0,
        "head": 0.0,
        "city": 0.2,
        "target": 0.6,
        "post": 0.0,
        "conv": 0.5,
        "cdays": 150,
        "rdays": 150,
        "ops": 0,
    },
    "lure_script": {
        "firm": 0.0,
        "fvar": 0.0,
        "web": 0.0,
        "phone": 0.0,
        "email": 0.0,
        "msg": 0.0,
        "photo": 0.0,
        "head": 0.0,
        "city": 0.2,
        "target": 0.95,
        "post": 0.0,
        "conv": 1.0,
        "cdays": 20,
        "rdays": 9,
        "ops": 2,
    },
}

FAKE_SKILLS = {
    "recruiter": [
        "Recruiting",
        "Executive Search",
        "Headhunting",
        "Talent Acquisition",
        "Networking",
        "Negotiation",
        "Human Resources",
        "Interviewing",
    ],
    "think_tank": [
        "Policy Analysis",
        "International Relations",
        "Research",
        "Geopolitics",
        "Strategic Communications",
        "Public Policy",
        "Networking",
    ],
    "consultancy": [
        "Consulting",
        "Market Research",
        "Due Diligence",
        "Business Strategy",
        "Expert Networks",
        "Investment Research",
        "Client Relations",
    ],
    "conference": [
        "Event Management",
        "Public Relations",
        "Conference Production",
        "Sponsorship",
        "Marketing",
        "Stakeholder Engagement",
    ],
    "academic": [
        "Research",
        "Academic Writing",
        "International Relations",
        "Qualitative Research",
        "Teaching",
        "Policy Analysis",
    ],
    "journalist": [
        "Journalism",
        "Writing",
        "Investigative Reporting",
        "Editing",
        "Interviewing",
        "Research",
    ],
}
FAKE_PREV = {
    "recruiter": (
        ["Recruitment Consultant", "Talent Sourcer", "HR Specialist", "Account Manager"],
        ["Hays", "Michael Page", "Robert Walters", "Randstad", "Adecco", "Korn Ferry"],
    ),
    "think_tank": (
        ["Research Assistant", "Analyst", "Project Officer", "Intern"],
        [
            "United Nations Development Programme",
            "OECD",
            "Control Risks",
            "Oxford Analytica",
            "European Policy Centre",
        ],
    ),
    "consultancy": (
        ["Analyst", "Associate", "Business Analyst", "Research Associate"],
        ["Deloitte", "PwC", "KPMG", "GLG", "AlphaSights", "Frost & Sullivan"],
    ),
    "conference": (
        ["Marketing Executive", "Event Coordinator", "Sponsorship Manager"],
        ["Informa", "Clarion Events", "Reed Exhibitions", "Hilton Hotels"],
    ),
    "academic": (
        ["Teaching Assistant", "Research Intern", "Junior Researcher"],
        [
            "University of Hong Kong",
            "National University of Singapore",
            "London School of Economics",
            "Fudan University",
        ],
    ),
    "journalist": (
        ["Staff Writer", "Reporter", "Producer"],
        ["South China Morning Post", "The Diplomat", "Euronews", "Al Jazeera"],
    ),
}

SYNONYMS: dict[str, list[str]] = {
    "leading": ["top", "premier", "foremost"],
    "clients": ["customers", "partners"],
    "help": ["assist", "support"],
    "helped": ["assisted", "supported"],
    "experts": ["specialists", "professionals"],
    "opportunities": ["openings", "prospects"],
    "global": ["international", "worldwide"],
    "international": ["global", "overseas"],
    "confidential": ["discreet", "private"],
    "discreet": ["confidential", "low-key"],
    "experienced": ["seasoned", "senior"],
    "firm": ["company", "agency"],
    "insight": ["perspective", "understanding"],
    "insights": ["perspectives", "views"],
    "currently": ["at present", "right now"],
    "connect": ["network", "link up"],
    "organisations": ["organizations", "institutions"],
    "generous": ["attractive", "handsome"],
    "generously": ["handsomely", "very well"],
    "short": ["brief", "compact"],
    "welcome": ["invite", "are glad to receive"],
    "regularly": ["often", "frequently"],
    "happy": ["glad", "delighted"],
    "always": ["ever", "constantly"],
    "based": ["located", "headquartered"],
    "paid": ["remunerated", "compensated"],
    "practitioners": ["insiders", "professionals"],
    "knowledge": ["expertise", "know-how"],
    "flexible": ["adaptable", "part-time"],
    "premium": ["exclusive", "top-tier"],
    "attractive": ["competitive", "generous"],
    "impressed": ["struck", "amazed"],
    "interested": ["keen", "eager"],
    "proposal": ["offer", "opportunity"],
    "fascinating": ["exciting", "interesting"],
    "share": ["send", "pass on"],
}
SPELLING = [
    ("organis", "organiz"),
    ("specialis", "specializ"),
    ("programme", "program"),
    ("honour", "honor"),
    ("favour", "favor"),
    ("centre", "center"),
    ("analys", "analyz"),
]
CONTRACTIONS = [
    ("I am", "I'm"),
    ("we are", "we're"),
    ("We are", "We're"),
    ("do not", "don't"),
    ("I would", "I'd"),
    ("it is", "it's"),
    ("let us", "let's"),
]
HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "i": "і"}
FILLERS = [
    "Trust and confidentiality are at the heart of everything we do.",
    "We work only with carefully selected partners.",
    "Our network spans more than 30 countries.",
    "Feel free to reach out any time.",
    "Every engagement is tailored to the individual expert.",
]
EMOJIS = ["🌍", "✈️", "🤝", "🚀", "💼", "📈", "✨"]


def split_idx(rng: random.Random, n: int, held: int, tset: str) -> int:
    """Index into a pool of n items whose last `held` items are test-only."""
    if held <= 0 or held >= n:
        return rng.randrange(n)
    if tset == "test" and rng.random() < 0.6:
        return rng.randrange(n - held, n)
    return rng.randrange(n - held)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def fake_sha(rng: random.Random) -> str:
    return hashlib.sha256(rng.getrandbits(128).to_bytes(16, "big")).hexdigest()


# --------------------------------------------------------------------------------------
# Phones, URLs, firm names
# --------------------------------------------------------------------------------------


@dataclass
class Phone:
    cc: str
    trunk: str
    area: str
    groups: list[str]


PHONE_FMT_DEV = ["intl", "nat", "00"]
PHONE_FMT_TEST = ["paren", "compact", "dots"]


def fmt_phone(p: Phone, kind: str) -> str:
    g = p.groups
    if kind == "intl":
        return f"+{p.cc} {p.area} {' '.join(g)}"
    if kind == "nat":
        if p.cc == "1":
            return f"({p.area}) {g[0]}-{g[1]}"
        return f"{p.trunk}{p.area} {' '.join(g)}"
    if kind == "00":
        return f"00{p.cc}-{p.area}-{'-'.join(g)}"
    if kind == "paren":
        if p.trunk:
            return f"+{p.cc} ({p.trunk}){p.area} {' '.join(g)}"
        return f"+{p.cc} ({p.area}) {'-'.join(g)}"
    if kind == "compact":
        return f"+{p.cc}{p.area}{''.join(g)}"
    return f"+{p.cc}.{p.area}.{'.'.join(g)}"


def phone_fmt_kind(rng: random.Random, tset: str) -> str:
    if tset == "test" and rng.random() < 0.5:
        return rng.choice(PHONE_FMT_TEST)
    return rng.choice(PHONE_FMT_DEV)


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def url_variant(rng: random.Random, domain: str, tset: str) -> str:
    dev = [
        f"https://www.{domain}",
        f"http://{domain}",
        f"https://{domain}/",
        f"https://www.{domain}/?utm_source=linkedin&utm_medium=profile",
        f"www.{domain}",
        f"https://{domain}",
    ]
    test = [
        f"https://careers.{domain}/en/",
        f"HTTPS://WWW.{domain.upper()}",
        f"https://{domain}/?ref=li_{digits(rng, 4)}",
        f"https://{domain}/about-us",
        f"{domain}",
        f"http://www.{domain}/index.html",
    ]
    if tset == "test" and rng.random() < 0.5:
        return rng.choice(test)
    return rng.choice(dev)


SUFFIX_DEV = ["Ltd", "LLC", "Limited", "Inc.", "", "Ltd.", "Group"]
SUFFIX_TEST = ["GmbH", "SARL", "S.L.", "Pte. Ltd.", "FZ-LLC", "Co., Ltd.", "LLP"]


def firm_name(words: list[str], suffix: str) -> str:
    return " ".join(words) + (f" {suffix}" if suffix else "")


def firm_variant(rng: random.Random, words: list[str], suffix: str, tset: str) -> str:
    ops_dev = ["suffix", "join", "case", "drop_suffix", "and"]
    ops_test = ["acronym", "local_suffix", "geo"]
    w = list(words)
    s = suffix
    if tset == "test" and rng.random() < 0.55:
        op = rng.choice(ops_test)
        if op == "acronym":
            acro = "".join(x[0] for x in " ".join(w).split()).upper()
            kind = rng.choice(["Consulting", "Group", "Global"])
            return rng.choice([f"{acro} {w[-1]}", acro, f"{acro} {kind}"])
        if op == "local_suffix":
            return firm_name(w, rng.choice(SUFFIX_TEST))
        geo = rng.choice(["Asia", "(UK)", "Middle East", "Europe", "International", "HK"])
        return firm_name(w + [geo], s)
    for op in rng.sample(ops_dev, rng.randint(1, 2)):
        if op == "suffix":
            s = rng.choice([x for x in SUFFIX_DEV if x != s])
        elif op == "join" and len(w) >= 2:
            i = rng.randrange(len(w) - 1)
            w = w[:i] + [w[i] + w[i + 1]] + w[i + 2 :]
        elif op == "case":
            w = [x.upper() for x in w] if rng.random() < 0.5 else [x.lower() for x in w]
        elif op == "drop_suffix":
            s = ""
        elif op == "and":
            w = [x.replace("&", "and") for x in w]
            if len(w) >= 3 and rng.random() < 0.5:
                w = w[:-1] + ["&", w[-1]]
    return firm_name(w, s)


# --------------------------------------------------------------------------------------
# Paraphrase operations
# --------------------------------------------------------------------------------------


def _match_case(src: str, repl: str) -> str:
    return repl[0].upper() + repl[1:] if src[:1].isupper() else repl


def op_synonyms(rng: random.Random, text: str) -> str:
    def sub(m: re.Match[str]) -> str:
        word = m.group(0)
        alts = SYNONYMS.get(word.lower())
        if alts and rng.random() < 0.55:
            return _match_case(word, rng.choice(alts))
        return word

    return re.sub(r"[A-Za-z]+", sub, text)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?。！])\s*", text) if s.strip()]


def op_reorder(rng: random.Random, text: str) -> str:
    s = sentences(text)
    if len(s) < 3:
        return text
    mid = s[1:]
    rng.shuffle(mid)
    sep = "" if re.search(r"[。！]", text) else " "
    return sep.join([s[0]] + mid)


def op_numbers(rng: random.Random, text: str) -> str:
    def sub(m: re.Match[str]) -> str:
        n = int(m.group(0))
        if n < 3 or n > 5000:
            return m.group(0)
        return str(max(2, int(round(n * rng.uniform(0.7, 1.35)))))

    return re.sub(r"\b\d+\b", sub, text)


def op_typos(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        kind = rng.randrange(3)
        if kind == 0:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        elif kind == 1:
            w = w[:j] + w[j + 1 :]
        else:
            w = w[:j] + w[j] + w[j:]
        words[i] = w
    return " ".join(words)


def op_spelling(rng: random.Random, text: str) -> str:
    for a, b in SPELLING:
        if rng.random() < 0.7:
            text = text.replace(a, b)
    return text


def op_contract(rng: random.Random, text: str) -> str:
    for a, b in CONTRACTIONS:
        if rng.random() < 0.5:
            text = text.replace(a, b) if a in text else text.replace(b, a)
    return text


def op_drop(rng: random.Random, text: str) -> str:
    s = sentences(text)
    if len(s) < 4:
        return text
    del s[rng.randrange(1, len(s))]
    return " ".join(s)


def op_homoglyph(rng: random.Random, text: str) -> str:
    chars = list(text)
    idx = [i for i, c in enumerate(chars) if c in HOMOGLYPHS]
    for i in rng.sample(idx, min(len(idx), rng.randint(3, 8))):
        chars[i] = HOMOGLYPHS[chars[i]]
    return "".join(chars)


def op_bullets(rng: random.Random, text: str) -> str:
    s = sentences(text)
    if len(s) < 3:
        return text
    mark = rng.choice(["•", "-", "▪", "✔"])
    return s[0] + "\n" + "\n".join(f"{mark} {x}" for x in s[1:])


def op_filler(rng: random.Random, text: str) -> str:
    s = sentences(text)
    s.insert(rng.randrange(1, len(s) + 1), rng.choice(FILLERS))
    return " ".join(s)


def op_emoji(rng: random.Random, text: str) -> str:
    e = rng.sample(EMOJIS, 2)
    return f"{e[0]} {text} {e[1]}"


OPS_DEV: list[Callable[[random.Random, str], str]] = [
    op_synonyms,
    op_reorder,
    op_numbers,
    op_typos,
    op_spelling,
    op_contract,
    op_drop,
]
OPS_TEST: list[Callable[[random.Random, str], str]] = [
    op_homoglyph,
    op_bullets,
    op_filler,
    op_emoji,
]
OPS_ANY_LANG = {op_reorder, op_numbers, op_typos, op_bullets, op_emoji, op_homoglyph}


def paraphrase(
    rng: random.Random, text: str, n_ops: int, tset: str, lang: str, chat: bool = False
) -> str:
    """Apply n_ops random paraphrase operations (chat=True: message-safe subset)."""
    if n_ops <= 0:
        return text
    pool = [o for o in OPS_DEV if not (chat and o in (op_drop, op_reorder))]
    chosen: list[Callable[[random.Random, str], str]] = []
    if tset == "test" and rng.random() < 0.6:
        chosen.append(op_homoglyph if chat else rng.choice(OPS_TEST))
    if lang != "en":
        pool = [o for o in pool if o in OPS_ANY_LANG]
    rest = [o for o in pool if o not in chosen]
    chosen += rng.sample(rest, min(len(rest), max(0, n_ops - len(chosen))))
    # bullets/emoji make sense last
    chosen.sort(key=lambda o: o in (op_bullets, op_emoji))
    for op in chosen:
        text = op(rng, text)
    return text


# --------------------------------------------------------------------------------------
# Generator state
# --------------------------------------------------------------------------------------

END_REPORT = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)
TZS = [
    UTC,
    timezone(timedelta(hours=1)),
    timezone(timedelta(hours=2)),
    timezone(timedelta(hours=-5)),
    timezone(timedelta(hours=8)),
]


@dataclass
class Person:
    first: str
    last: str
    culture: str
    female: bool

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Campaign:
    cid: str
    style: str
    size: int
    cover: str
    sector: str
    langs: list[str]
    cultures: list[str]
    firm_words: list[str]
    firm_suffix: str
    domain: str
    phones: list[Phone]
    mobiles: list[Phone]
    tg: str
    wc: str
    photos: list[str]
    about_idx: int
    about_other: dict[str, int]
    head_idx: int
    role: str
    city: str
    targets: list[tuple[str, str]]
    created0: date
    report0: datetime
    script: dict[str, int]
    lure: str
    money: str
    lcity: str
    post_idx: int
    aged: bool
    mail_local: str
    links: list[list[tuple[str, str]]] = field(default_factory=list)


class Gen:
    def __init__(self, seed: int, tset: str) -> None:
        self.rng = random.Random(seed)
        self.tset = tset
        self.urls: set[str] = set()
        self.phones: set[str] = set()
        self.domains: set[str] = set()
        self.handles: set[str] = set()
        self.rows: list[tuple[Json, Json]] = []

    # ---- basic pieces ------------------------------------------------------------
    def person(self, culture: str | None = None, female: bool | None = None) -> Person:
        r = self.rng
        c = culture or r.choices(list(NAMES), [40, 8, 7, 6, 10, 4, 8, 6])[0]
        f = r.random() < 0.5 if female is None else female
        males, females, lasts = NAMES[c]
        first = r.choice(females if f else males)
        last = r.choice(lasts)
        if c == "ru" and f:
            last = last + "a"
        return Person(first, last, c, f)

    def city(self, culture: str) -> str:
        return self.rng.choice(CITIES[culture])

    def new_phone(self, country: str | None = None, mobile: bool = False) -> Phone:
        r = self.rng
        while True:
            c = country or r.choice(["gb", "gb", "gb", "us", "sg", "hk", "de", "ae", "fr", "cn"])
            if c == "gb":
                area = r.choice(["20", "20", "161", "117", "131", "121"])
                p = (
                    Phone("44", "0", "7700", [digits(r, 3), digits(r, 3)])
                    if mobile
                    else Phone("44", "0", area, [digits(r, 4 if area == "20" else 3), digits(r, 4)])
                )
            elif c == "us":
                p = Phone(
                    "1",
                    "",
                    r.choice(["202", "703", "212", "617", "571"]),
                    [digits(r, 3), digits(r, 4)],
                )
            elif c == "sg":
                p = Phone("65", "", ("9" if mobile else "6") + digits(r, 3), [digits(r, 4)])
            elif c == "hk":
                p = Phone("852", "", ("9" if mobile else "2") + digits(r, 3), [digits(r, 4)])
            elif c == "de":
                p = Phone(
                    "49",
                    "0",
                    "1" + r.choice(["51", "52", "60", "70"])
                    if mobile
                    else r.choice(["30", "89", "40", "69"]),
                    [digits(r, 4), digits(r, 4)],
                )
            elif c == "ae":
                p = Phone("971", "0", "50" if mobile else "4", [digits(r, 3), digits(r, 4)])
            elif c == "fr":
                p = Phone("33", "0", "6" if mobile else "1", [digits(r, 2) for _ in range(4)])
            else:
                p = (
                    Phone(
                        "86", "", "1" + r.choice(["38", "39", "86"]), [digits(r, 4), digits(r, 4)]
                    )
                    if mobile
                    else Phone(
                        "86", "0", r.choice(["10", "21", "755"]), [digits(r, 4), digits(r, 4)]
                    )
                )
            key = fmt_phone(p, "compact")
            if key not in self.phones:
                self.phones.add(key)
                return p

    def new_domain(self, words: list[str]) -> str:
        r = self.rng
        while True:
            base = ("-" if r.random() < 0.3 else "").join(
                slugify(w).replace("-", "") for w in words
            )
            d = base + r.choice(TLDS)
            if d not in self.domains:
                self.domains.add(d)
                return d
            words = words + [r.choice(["hq", "intl", "global", "group", "uk", "asia"])]

    def new_handle(self, base: str) -> str:
        r = self.rng
        while True:
            h = slugify(base).replace("-", r.choice(["_", "", "."]))[:14]
            h = h + r.choice(["", "_hr", "2024", "_official", str(r.randint(1, 99)), "_uk"])
            if h not in self.handles and len(h) >= 4:
                self.handles.add(h)
                return h
            base = base + r.choice("abcdefghxyz")

    def profile_url(self, p: Person) -> str:
        r = self.rng
        while True:
            slug = slugify(p.full) or "member"
            if r.random() < 0.8:
                slug = f"{slug}-{r.getrandbits(32):08x}"[: len(slug) + 1 + r.choice([6, 8, 9])]
            elif r.random() < 0.5:
                slug = f"{slug}{r.randint(1, 999)}"
            url = f"https://www.linkedin.com/in/{slug}"
            if url not in self.urls:
                self.urls.add(url)
                return url

    def email_for(self, p: Person, domain: str) -> str:
        f, last = slugify(p.first).replace("-", ""), slugify(p.last).replace("-", "")
        form = self.rng.choice(
            [f"{f}.{last}", f"{f[0]}.{last}", f"{f}{last[0]}", f, f"{f}_{last}", f"{last}.{f}"]
        )
        return f"{form}@{domain}"

    def personal_email(self, p: Person) -> str:
        f, last = slugify(p.first).replace("-", ""), slugify(p.last).replace("-", "")
        prov = self.rng.choice(
            [
                "gmail.com",
                "outlook.com",
                "yahoo.com",
                "proton.me",
                "163.com",
                "mail.ru",
                "gmx.de",
                "hotmail.co.uk",
            ]
        )
        return f"{f}.{last}{self.rng.randint(1, 99)}@{prov}"

    def report_time_genuine(self) -> datetime:
        r = self.rng
        start = datetime(2026, 1, 5, tzinfo=UTC)
        return start + timedelta(seconds=r.randrange(int((END_REPORT - start).total_seconds())))

    def reporter(self, org: str) -> tuple[str, Person]:
        p = self.person(self.rng.choice(["en", "en", "en", "de", "fr", "in", "es"]))
        f, last = slugify(p.first).replace("-", ""), slugify(p.last).replace("-", "")
        local = self.rng.choice([f"{f}.{last}", f"{f[0]}.{last}", f"{f}{last}"])
        return f"{local}@{org}", p

    def localize(self, dt: datetime) -> str:
        return dt.astimezone(self.rng.choice(TZS)).isoformat(timespec="seconds")

    def photo(
        self, shared: list[str] | None = None, p_shared: float = 0.0, p_absent: float = 0.1
    ) -> Json | None:
        r = self.rng
        x = r.random()
        if x < p_absent:
            return {"present": False} if r.random() < 0.6 else None
        if shared and r.random() < p_shared:
            return {"present": True, "sha256": r.choice(shared)}
        return {"present": True, "sha256": fake_sha(r)}

    def education(
        self,
        school: str | None,
        end_year: int,
        field_: str | None = None,
        degree: str | None = None,
    ) -> list[Json]:
        r = self.rng
        sch = school or r.choice(UNIVERSITIES)[0]
        deg = degree or r.choice(DEGREES[:6])
        length = 4 if deg in ("MEng",) else (1 if deg in ("MSc", "MA", "MBA") else 3)
        ed: Json = {"school": sch, "degree": deg, "field": field_ or r.choice(FIELDS)}
        if r.random() < 0.85:
            ed["start"] = str(end_year - length)
            ed["end"] = str(end_year)
        out = [ed]
        if deg in ("MSc", "MA", "MBA", "PhD") and r.random() < 0.6:
            first: Json = {
                "school": r.choice(UNIVERSITIES)[0],
                "degree": r.choice(["BSc", "BA", "BEng"]),
                "field": ed["field"],
            }
            first["start"] = str(end_year - length - 3)
            first["end"] = str(end_year - length)
            out.append(first)
        return out

    def career(
        self,
        start_year: int,
        current: Json,
        prev_titles: list[str],
        prev_companies: list[str],
        n_prev: int,
        loc: str,
    ) -> list[Json]:
        r = self.rng
        span = max(1, 2026 - start_year)
        cuts = sorted(r.sample(range(1, span + 1), min(n_prev, span - 1))) if span > 1 else []
        years = [min(2025, start_year + c) for c in [0] + cuts]
        exp: list[Json] = []
        cur = dict(current)
        cur_start = years[-1] if years[-1] < 2026 else 2025
        cur["start"] = f"{cur_start}-{r.randint(1, 12):02d}" if r.random() < 0.7 else str(cur_start)
        cur["end"] = None
        exp.append(cur)
        for i in range(len(years) - 2, -1, -1):
            e: Json = {"title": r.choice(prev_titles), "company": r.choice(prev_companies)}
            if r.random() < 0.5:
                e["location"] = loc
            e["start"] = f"{years[i]}-{r.randint(1, 12):02d}"
            e["end"] = f"{years[i + 1]}-{r.randint(1, 12):02d}"
            if e["end"] <= e["start"]:
                e["end"] = f"{years[i + 1]}-12"
            exp.append(e)
        return exp

    def emit(
        self,
        profile: Json,
        conv: Json | None,
        reporter: str,
        dept: str,
        reported: datetime,
        campaign: str | None,
        kind: str,
    ) -> None:
        rep: Json = {"profile": profile}
        if conv is not None:
            rep["conversation"] = conv
        rep["reporter"] = reporter
        rep["department"] = dept
        rep["reported_at"] = self.localize(reported)
        self.rows.append((rep, {"url": profile["url"], "campaign": campaign, "kind": kind}))

    # ---- campaigns ---------------------------------------------------------------
    def new_firm(self, cover: str) -> tuple[list[str], str]:
        r = self.rng
        a = r.choice(FIRM_A)
        if cover == "think_tank" and r.random() < 0.4:
            words = [
                a,
                "Institute",
                "for",
                r.choice(["Strategic", "Policy", "Security", "Eurasian"]),
                "Studies",
            ]
        elif cover == "conference" and r.random() < 0.5:
            words = [a, r.choice(FIRM_B[cover]), "Summit"]
        else:
            words = [a, r.choice(FIRM_B[cover]), r.choice(FIRM_C[cover])]
        words = " ".join(words).split()
        suffix = r.choice(["Ltd", "LLC", "Limited", "", "", "Inc."])
        if cover in ("think_tank", "academic", "conference"):
            suffix = ""
        return words, suffix

    def make_campaign(self, cid: str, style: str, size: int) -> Campaign:
        r = self.rng
        cover = r.choices(list(FIRM_B), [30, 18, 22, 14, 9, 7])[0]
        sector = r.choice(list(SECTORS))
        if style == "multilingual":
            langs = ["en"] + r.sample(["de", "fr", "es", "zh", "ru"], r.randint(2, 4))
            cultures = langs
        else:
            base = r.choice(
                [
                    ["en"],
                    ["en"],
                    ["en", "zh"],
                    ["zh"],
                    ["en", "in"],
                    ["en", "ar"],
                    ["en", "de"],
                    ["en", "ru"],
                ]
            )
            cultures = base
            langs = ["en"]
            if style in ("lure_script", "chain_infra") and r.random() < 0.5:
                langs = ["en", r.choice(["de", "fr", "es", "zh", "ru"])]
                cultures = list(dict.fromkeys(cultures + [langs[1]]))
        words, suffix = self.new_firm(cover)
        domain = self.new_domain(words[:3])
        country = r.choice(["gb", "gb", "us", "sg", "hk", "ae", "de", "cn"])
        phones = [self.new_phone(country) for _ in range(r.randint(1, 2))]
        mobiles = [
            self.new_phone(r.choice(["gb", "sg", "hk", "ae", "cn"]), mobile=True)
            for _ in range(r.randint(1, 2))
        ]
        tg = self.new_handle(words[0] + r.choice(["", "_", "."]) + words[1][:4])
        wc = self.new_handle(words[0][:5] + r.choice(["hr", "consult", "talent", "cn"]))
        n_photos = 1 if style == "sloppy_copy" else 3
        photos = [fake_sha(r) for _ in range(n_photos)]
        tset = self.tset
        about_idx = split_idx(r, len(ABOUT_EN[cover]), 1, tset)
        about_other = {lg: split_idx(r, len(ABOUT_OTHER[lg]), 1, tset) for lg in ABOUT_OTHER}
        p = STYLE_P[style]
        targets = r.sample(
            SECTOR_TARGETS[sector], min(len(SECTOR_TARGETS[sector]), r.randint(1, 2))
        )
        cdays = int(p["cdays"])
        rdays = int(p["rdays"])
        created0 = date(2025, 5, 1) + timedelta(days=r.randrange(0, 430))
        report0 = datetime(created0.year, created0.month, created0.day, tzinfo=UTC) + timedelta(
            days=cdays + r.randint(5, 45)
        )
        latest = END_REPORT - timedelta(days=rdays)
        if report0 > latest:
            shift = report0 - latest
            report0 -= shift
            created0 -= timedelta(days=shift.days + 1)
        lure = r.choice(list(LURES))
        if cover == "conference":
            lure = r.choice(["speaking", "speaking", "trip_passport", "webinar_creds"])
        elif cover == "recruiter":
            lure = r.choice(["job_cv", "job_cv", "consultancy", "coding_test", "paper"])
        script = {
            "open": split_idx(r, len(OPENERS), 2, tset),
            "rapport": split_idx(r, len(RAPPORT), 1, tset),
            "elicit": split_idx(r, len(ELICIT), 1, tset),
            "elicit2": split_idx(r, len(ELICIT), 1, tset),
            "lure": split_idx(r, 2, LURE_HELD, tset),
            "move": split_idx(r, len(MOVES), 1, tset),
            "secret": split_idx(r, len(SECRECY), 1, tset),
            "other": r.randrange(2),
        }
        camp = Campaign(
            cid=cid,
            style=style,
            size=size,
            cover=cover,
            sector=sector,
            langs=langs,
            cultures=cultures,
            firm_words=words,
            firm_suffix=suffix,
            domain=domain,
            phones=phones,
            mobiles=mobiles,
            tg=tg,
            wc=wc,
            photos=photos,
            about_idx=about_idx,
            about_other=about_other,
            head_idx=r.randrange(len(HEADLINES)),
            role=r.choice(ROLE_WORD[cover]),
            city=self.city(r.choice(cultures)),
            targets=targets,
            created0=created0,
            report0=report0,
            script=script,
            lure=lure,
            money=r.choice(MONEY),
            lcity=r.choice(LURE_CITIES),
            post_idx=r.randrange(len(FAKE_POSTS)),
            aged=style in ("careful_firm_only", "careful_infra", "chain_infra")
            and r.random() < 0.5,
            mail_local=r.choice(["talent", "info", "careers", "contact", "experts", "hr"]),
        )
        if style == "chain_infra":
            camp.links = self.chain_links(size)
        return camp

    def chain_links(self, size: int) -> list[list[tuple[str, str]]]:
        r = self.rng
        links: list[list[tuple[str, str]]] = [[] for _ in range(size)]
        pairs = [(i - 1, i) for i in range(1, size)]
        pairs += [(r.randrange(size), r.randrange(size)) for _ in range(size // 4)]
        for a, b in pairs:
            if a == b:
                continue
            kind = r.choice(["phone", "wa", "tg", "maildomain", "web"])
            if kind in ("phone", "wa"):
                val = json.dumps(self.new_phone(mobile=kind == "wa").__dict__)
            elif kind == "tg":
                val = self.new_handle(r.choice(FIRM_A) + r.choice(["_x", "_pro", "_biz"]))
            else:
                val = self.new_domain(
                    [r.choice(FIRM_A), r.choice(["Link", "Hub", "Pro", "Desk", "Net"])]
                )
            links[a].append((kind, val))
            links[b].append((kind, val))
        return links

    # ---- fake personas -----------------------------------------------------------
    def fake_persona(self, c: Campaign, i: int, truth: str | None, kind: str) -> None:
        r = self.rng
        p = STYLE_P[c.style]
        tset = self.tset
        sloppy = c.style == "sloppy_copy"
        if c.style == "multilingual":
            lang = c.langs[i % len(c.langs)] if i < len(c.langs) else r.choice(c.langs)
            culture = lang
        else:
            lang = c.langs[0] if r.random() < 0.75 else r.choice(c.langs)
            culture = lang if lang != "en" and r.random() < 0.7 else r.choice(c.cultures)
        if r.random() < 0.07:
            f, la, cu = r.choice(COMMON_NAMES)
            person = Person(f, la, cu, f in NAMES[cu][1] or f in ("Sarah", "Emma", "Jing"))
        else:
            person = self.person(culture, female=r.random() < 0.7)
        # firm
        share_firm = r.random() < p["firm"]
        if share_firm:
            if r.random() < p["fvar"]:
                firm = firm_variant(r, c.firm_words, c.firm_suffix, tset)
            else:
                firm = firm_name(c.firm_words, c.firm_suffix)
            domain = c.domain
        else:
            words, suf = self.new_firm(c.cover)
            firm = firm_name(words, suf)
            domain = self.new_domain(words[:3])
        role = c.role if (sloppy or r.random() < 0.4) else r.choice(ROLE_WORD[c.cover])
        # contact details
        emails: list[str] = []
        phones: list[str] = []
        webs: list[str] = []
        msgs: list[str] = []
        handles: dict[str, str] = {}
        shared_any = False
        fmt_fixed = "intl"
        if share_firm and r.random() < p["web"]:
            webs.append(
                f"https://www.{domain}"
                if sloppy and r.random() < 0.8
                else url_variant(r, domain, tset)
            )
            shared_any = True
        elif not share_firm and r.random() < 0.45:
            webs.append(url_variant(r, domain, tset))
        if r.random() < p["email"]:
            if sloppy and r.random() < 0.5:
                emails.append(f"{c.mail_local}@{c.domain}")
            else:
                emails.append(self.email_for(person, c.domain))
            shared_any = True
        elif r.random() < 0.5:
            emails.append(
                self.email_for(person, domain)
                if not share_firm or r.random() < 0.5
                else self.personal_email(person)
            )
        if r.random() < p["phone"]:
            ph = c.phones[0] if sloppy or r.random() < 0.6 else r.choice(c.phones)
            phones.append(
                fmt_phone(ph, fmt_fixed if sloppy and r.random() < 0.8 else phone_fmt_kind(r, tset))
            )
            shared_any = True
        elif r.random() < 0.35:
            phones.append(fmt_phone(self.new_phone(), phone_fmt_kind(r, tset)))
        if r.random() < p["msg"]:
            which = r.choice(["wa", "tg", "wc"]) if not sloppy else "wa"
            self.add_handle(msgs, handles, which, c, tset)
            shared_any = True
        elif r.random() < 0.35:
            own = Campaign.__new__(Campaign)
            own.mobiles = [self.new_phone(mobile=True)]
            own.tg = self.new_handle(person.first + person.last[:3])
            own.wc = self.new_handle(person.first[:4] + "_" + person.last[:4])
            self.add_handle(msgs, handles, r.choice(["wa", "tg", "wc"]), own, tset)
        if c.style == "careful_infra" and not shared_any:
            which = r.choice(["phone", "email", "msg"])
            if which == "phone":
                phones.append(fmt_phone(r.choice(c.phones), phone_fmt_kind(r, tset)))
            elif which == "email":
                emails.append(self.email_for(person, c.domain))
            else:
                self.add_handle(msgs, handles, r.choice(["wa", "tg", "wc"]), c, tset)
        for lk, val in c.links[i] if c.links else []:
            if lk in ("phone", "wa"):
                ph = Phone(**json.loads(val))
                s = fmt_phone(ph, phone_fmt_kind(r, tset))
                if lk == "phone":
                    phones.append(s)
                else:
                    msgs.append(f"WhatsApp: {s}")
                    handles["wa"] = s
            elif lk == "tg":
                msgs.append(r.choice([f"Telegram: @{val}", f"t.me/{val}", f"TG @{val}"]))
                handles["tg"] = "@" + val
            elif lk == "maildomain":
                emails.append(self.email_for(person, val))
            else:
                webs.append(url_variant(r, val, tset))
        # about and headline
        years = r.randint(6, 18) if not sloppy else 12
        count = r.choice([150, 200, 300, 500, 1200]) if not sloppy else 300
        city = (
            c.city if r.random() < p["city"] else self.city(culture if culture in CITIES else "en")
        )
        if c.style in ("sloppy_copy", "paraphrased_template") or (
            c.style == "multilingual" and lang == "en"
        ):
            tmpl = ABOUT_EN[c.cover][c.about_idx]
            vals = {
                "role": role,
                "firm": firm,
                "city": city.split(",")[0],
                "years": years,
                "count": count,
                "sector": c.sector,
            }
            about = tmpl.format(**vals)
            n_ops = int(p["ops"]) if not sloppy else (1 if r.random() < 0.4 else 0)
            if c.style == "paraphrased_template":
                n_ops = r.randint(2, 4)
            if sloppy and n_ops:
                about = r.choice([op_typos, op_contract])(r, about)
            else:
                about = paraphrase(r, about, n_ops, tset, "en")
        elif c.style == "multilingual":
            tmpl = ABOUT_OTHER[lang][c.about_other[lang]]
            vals = {
                "role": ROLE_OTHER[lang],
                "firm": firm,
                "city": city.split(",")[0],
                "years": years,
                "count": count,
                "sector": SECTORS[c.sector][lang],
            }
            about = paraphrase(r, tmpl.format(**vals), 1, tset, lang)
        else:
            about = self.own_about(role, firm, c.sector, city)
        if r.random() < p["head"]:
            headline = HEADLINES[c.head_idx].format(role=role, firm=firm, sector=c.sector)
        elif lang != "en" and c.style == "multilingual":
            headline = f"{ROLE_OTHER[lang]} | {firm}"
        else:
            headline = r.choice(
                [
                    f"{role} at {firm}",
                    f"{role} | {firm}",
                    f"{role} • {c.sector.title()}",
                    f"{role}, {firm}",
                ]
            )
        # career
        start = 2026 - r.randint(5, 16)
        cur: Json = {"title": role, "company": firm}
        if share_firm and webs and r.random() < 0.6:
            cur["company_url"] = webs[0]
        if r.random() < 0.6:
            cur["location"] = city
        if r.random() < 0.3:
            cur["description"] = r.choice(
                [
                    f"Sourcing senior experts in {c.sector} for international clients.",
                    "Managing relationships with our network of advisers.",
                    f"Speaker relations and programme curation ({c.sector}).",
                    "Research and analysis for government and corporate clients.",
                ]
            )
        prev_t, prev_c = FAKE_PREV[c.cover]
        exp = self.career(start, cur, prev_t, prev_c, r.randint(0, 2), city)
        edu = self.education(None, start, degree=r.choice(["BA", "MA", "MSc", "BSc", "MBA"]))
        if r.random() < 0.25:
            edu = []
        prof: Json = {
            "schema": "vetlink/profile/v1",
            "platform": "linkedin",
            "url": self.profile_url(person),
            "name": person.full,
            "headline": headline,
            "location": city,
        }
        ph_ = self.photo(c.photos, p["photo"], 0.08)
        if ph_ is not None:
            prof["photo"] = ph_
        conn = r.randint(15, 500) if not c.aged else r.randint(150, 700)
        prof["connections"] = min(conn, 500)
        if conn >= 500:
            prof["connections_capped"] = True
        if r.random() < 0.5:
            prof["followers"] = conn + r.randint(0, 80)
        prof["mutual_connections"] = r.randint(0, 12)
        if c.aged:
            created = date(2011, 1, 1) + timedelta(days=r.randrange(0, 3900))
        else:
            created = c.created0 + timedelta(days=r.randrange(0, int(p["cdays"]) + 1))
        prof["created"] = created.isoformat()
        if r.random() < 0.04:
            prof["verified"] = {"phone": True}
        if about and r.random() > 0.05:
            prof["about"] = about
        prof["experience"] = exp
        if edu:
            prof["education"] = edu
        prof["skills"] = r.sample(FAKE_SKILLS[c.cover], r.randint(2, 6))
        langs = ["English"] + ([LANG_NAMES[lang]] if lang != "en" else [])
        if r.random() < 0.4:
            langs.append(r.choice(["Mandarin", "Arabic", "French", "Russian", "Spanish"]))
        prof["languages"] = list(dict.fromkeys(langs))
        prof["recommendations"] = r.choice([0, 0, 0, 1, 2])
        prof["endorsements"] = r.randint(0, 25)
        if r.random() < p["post"]:
            prof["activity"] = [
                {
                    "date": (created + timedelta(days=r.randint(3, 40))).isoformat(),
                    "kind": "post",
                    "text": FAKE_POSTS[c.post_idx].format(
                        sector=c.sector,
                        city=c.city.split(",")[0],
                        tag=slugify(c.sector).replace("-", ""),
                    ),
                }
            ]
        elif r.random() < 0.2:
            prof["activity"] = [
                {
                    "date": (created + timedelta(days=r.randint(3, 90))).isoformat(),
                    "kind": r.choice(["share", "like", "comment"]),
                    "text": r.choice(GENUINE_POSTS).format(
                        topic=c.sector, employer=firm, cert="PRINCE2"
                    ),
                }
            ]
        contact: Json = {}
        for key, vals_ in (
            ("emails", emails),
            ("phones", phones),
            ("websites", webs),
            ("messaging", msgs),
        ):
            if vals_:
                contact[key] = list(dict.fromkeys(vals_))
        if contact:
            prof["contact"] = contact
        # report
        if r.random() < p["target"]:
            org, dept = r.choice(c.targets)
        else:
            org = r.choice(list(ORGS))
            dept = r.choice(ORGS[org])
        reporter, rp = self.reporter(org)
        reported = c.report0 + timedelta(seconds=r.randrange(int(p["rdays"] * 86400) + 1))
        cr_dt = datetime(created.year, created.month, created.day, tzinfo=UTC)
        if reported < cr_dt + timedelta(days=2):
            reported = cr_dt + timedelta(days=r.randint(2, 20), hours=r.randint(8, 18))
        conv = None
        if r.random() < p["conv"]:
            if "wa" not in handles:
                handles["wa"] = fmt_phone(
                    r.choice(c.mobiles)
                    if share_firm or c.style == "careful_infra"
                    else self.new_phone(mobile=True),
                    phone_fmt_kind(r, tset),
                )
            handles.setdefault(
                "tg",
                "@" + c.tg
                if share_firm
                else "@" + self.new_handle(person.first + "_" + person.last[:2]),
            )
            handles.setdefault("wc", c.wc if share_firm else self.new_handle(person.first))
            handles.setdefault("pmail", self.personal_email(person))
            conv = self.fake_conv(c, lang, person, firm, domain, rp.first, handles, reported)
        self.emit(prof, conv, reporter, dept, reported, truth, kind)

    def add_handle(
        self, msgs: list[str], handles: dict[str, str], which: str, c: Campaign, tset: str
    ) -> None:
        r = self.rng
        if which == "wa":
            s = fmt_phone(r.choice(c.mobiles), phone_fmt_kind(r, tset))
            forms = ["WhatsApp: {s}", "WhatsApp {s}", "WA: {s}"]
            if tset == "test":
                forms += ["wa.me/{c}", "Whatsapp/Signal {s}"]
            msgs.append(
                r.choice(forms).format(s=s, c=fmt_phone(c.mobiles[0], "compact").lstrip("+"))
            )
            handles["wa"] = s
        elif which == "tg":
            forms = ["Telegram: @{h}", "Telegram @{h}", "TG: @{h}"]
            if tset == "test":
                forms += ["t.me/{h}", "https://t.me/{h}"]
            msgs.append(r.choice(forms).format(h=c.tg))
            handles["tg"] = "@" + c.tg
        else:
            forms = ["WeChat: {h}", "WeChat ID: {h}", "微信: {h}"]
            if tset == "test":
                forms += ["Weixin {h}", "WeChat - {h}"]
            msgs.append(r.choice(forms).format(h=c.wc))
            handles["wc"] = c.wc

    def own_about(self, role: str, firm: str, sector: str, city: str) -> str:
        r = self.rng
        if r.random() < 0.12:
            return ""
        s = [
            r.choice(
                [
                    f"{role} at {firm}.",
                    f"I work as {role.lower()} with {firm}.",
                    f"{firm} | {role}.",
                    f"Currently {role.lower()} at {firm}.",
                ]
            ).replace("..", ".")
        ]
        for x in r.sample(OWN_ABOUT_SENTENCES, r.randint(2, 4)):
            s.append(
                x.format(
                    region=r.choice(REGIONS),
                    n=r.randint(3, 7),
                    langs=r.choice(
                        [
                            "English and Mandarin",
                            "four languages",
                            "English, French and Arabic",
                            "English and Russian",
                        ]
                    ),
                    sector=sector,
                    city=city.split(",")[0],
                )
            )
        if r.random() < 0.3:
            s.insert(r.randrange(1, len(s) + 1), r.choice(STOCK))
        return " ".join(s)

    def fake_conv(
        self,
        c: Campaign,
        lang: str,
        person: Person,
        firm: str,
        domain: str,
        tname: str,
        handles: dict[str, str],
        reported: datetime,
    ) -> Json:
        r = self.rng
        tset = self.tset
        shared = c.style in ("sloppy_copy", "paraphrased_template", "multilingual", "lure_script")
        if shared:
            idx = dict(c.script)
        else:
            idx = {
                "open": split_idx(r, len(OPENERS), 2, tset),
                "rapport": split_idx(r, len(RAPPORT), 1, tset),
                "elicit": split_idx(r, len(ELICIT), 1, tset),
                "elicit2": split_idx(r, len(ELICIT), 1, tset),
                "lure": split_idx(r, 2, LURE_HELD, tset),
                "move": split_idx(r, len(MOVES), 1, tset),
                "secret": split_idx(r, len(SECRECY), 1, tset),
                "other": r.randrange(2),
            }
        lure = c.lure if shared or r.random() < 0.6 else r.choice(list(LURES))
        n_ops = {
            "sloppy_copy": 0,
            "paraphrased_template": 2,
            "lure_script": 2,
            "multilingual": 1,
        }.get(c.style, 0)
        link = (
            url_variant(r, domain, tset).rstrip("/")
            + "/"
            + r.choice(["webinar/login", "speaker-portal", "join", "assessment"])
            if lure in ("webinar_creds", "coding_test")
            else ""
        )
        if lure == "coding_test" and r.random() < 0.5:
            link = f"https://github.com/{handles['tg'].lstrip('@')}/tech-assessment"
        vals = {
            "sector": c.sector if lang == "en" else SECTORS[c.sector].get(lang, c.sector),
            "firm": firm,
            "tname": tname,
            "tcity": r.choice(["London", "Bristol", "Manchester", "Cambridge"]),
            "money": c.money if shared else r.choice(MONEY),
            "lcity": c.lcity if shared else r.choice(LURE_CITIES),
            "link": link,
            "wa": handles["wa"],
            "tg": handles["tg"],
            "wc": handles["wc"],
            "pmail": handles["pmail"],
        }

        keep = {"wa": "⟦W⟧", "tg": "⟦T⟧", "wc": "⟦C⟧", "pmail": "⟦M⟧", "link": "⟦L⟧"}
        plain = dict(vals, **keep)

        def say(t: str) -> str:
            # handles, links and addresses must survive the paraphrase untouched
            out = paraphrase(r, t.format(**plain), n_ops, tset, lang, chat=True)
            for k, tok in keep.items():
                out = out.replace(tok, vals[k])
            return out

        msgs: list[Json] = []
        if lang != "en" and lang in OTHER_CONV:
            oc = OTHER_CONV[lang]
            k = idx["other"]
            msgs.append({"sender": "contact", "text": say(oc["open"][k])})
            msgs.append({"sender": "user", "text": r.choice(USER_REPLIES)})
            msgs.append({"sender": "contact", "text": say(oc["lure"][k])})
            if r.random() < 0.7:
                msgs.append({"sender": "contact", "text": say(oc["move"][k])})
            if r.random() < 0.6:
                msgs.append({"sender": "contact", "text": say(oc["secret"][k])})
        else:
            msgs.append({"sender": "contact", "text": say(OPENERS[idx["open"]])})
            if r.random() < 0.8:
                msgs.append({"sender": "user", "text": r.choice(USER_REPLIES)})
                if r.random() < 0.6:
                    msgs.append({"sender": "contact", "text": say(RAPPORT[idx["rapport"]])})
                    msgs.append({"sender": "user", "text": r.choice(USER_REPLIES)})
                if r.random() < 0.7:
                    msgs.append({"sender": "contact", "text": say(ELICIT[idx["elicit"]])})
                    if r.random() < 0.3 and idx["elicit2"] != idx["elicit"]:
                        msgs.append({"sender": "contact", "text": say(ELICIT[idx["elicit2"]])})
                    msgs.append({"sender": "user", "text": r.choice(USER_REPLIES)})
                msgs.append({"sender": "contact", "text": say(LURES[lure][idx["lure"]])})
                if r.random() < 0.65:
                    msgs.append({"sender": "contact", "text": say(MOVES[idx["move"]])})
                if r.random() < 0.5:
                    msgs.append({"sender": "contact", "text": say(SECRECY[idx["secret"]])})
                if r.random() < 0.4:
                    msgs.append({"sender": "user", "text": r.choice(USER_REPLIES)})
        self.add_times(msgs, reported)
        conv: Json = {
            "schema": "vetlink/conversation/v1",
            "platform": r.choice(["linkedin"] * 6 + ["email", "linkedin-inmail"]),
            "contact": person.full,
            "messages": msgs,
        }
        if lure == "coding_test" and r.random() < 0.4:
            for m in reversed(msgs):
                if m["sender"] == "contact":
                    m["attachments"] = [
                        r.choice(["assessment.zip", "TechTest_v2.zip", "setup_env.7z"])
                    ]
                    break
        return conv

    def add_times(self, msgs: list[Json], reported: datetime) -> None:
        r = self.rng
        if r.random() < 0.3:
            return
        t = reported - timedelta(hours=r.randint(24, 24 * 25))
        tz = r.choice(TZS)
        for m in msgs:
            t += timedelta(minutes=r.randint(5, 60 * 40))
            if t >= reported:
                t = reported - timedelta(minutes=r.randint(1, 30))
            m["sent"] = t.astimezone(tz).isoformat(timespec="seconds")

    # ---- genuine personas --------------------------------------------------------
    def genuine_about(
        self,
        person: Person,
        role: str,
        title: str,
        employer: str,
        years: int,
        school: str,
        field_: str,
        topic: str,
        stock_n: int,
        boiler: list[str] | None,
        extra: list[str],
    ) -> str:
        r = self.rng
        rd = ROLES[role]
        sk = r.sample(rd["skills"], 2)
        vals = {
            "skill": sk[0],
            "skill2": sk[1],
            "employer": employer,
            "years": years,
            "field": field_.lower() if r.random() < 0.5 else field_,
            "topic": topic,
            "school": school,
            "m": r.randint(2, 90),
        }
        if not boiler and not extra and stock_n == 0 and r.random() < 0.1:
            return ""
        if (
            person.culture in GEN_OTHER
            and r.random() < 0.35
            and stock_n == 0
            and not boiler
            and not extra
        ):
            pool = GEN_OTHER[person.culture]
            parts = [x.format(**vals, title=title) for x in r.sample(pool, r.randint(2, 3))]
        elif r.random() < 0.08 and stock_n == 0:
            bits = [
                title,
                r.choice(["Runner", "Parent", "Cyclist", "Reader", "Climber"]),
                r.choice(["Tea drinker", "Amateur astronomer", "Chess player", "Gardener"]),
            ]
            parts = [". ".join(bits) + "."]
        else:
            if r.random() < 0.15:
                pro = "She" if person.female else "He"
                parts = [
                    f"{person.first} is a {title.lower()} at {employer}.",
                    f"{pro} has {years} years of experience in {topic}.",
                ]
            else:
                parts = [r.choice(rd["intro"]).format(**vals)]
            parts += [x.format(**vals) for x in r.sample(rd["detail"], r.randint(1, 2))]
        parts += extra
        for s in r.sample(STOCK, stock_n):
            parts.insert(r.randrange(0, len(parts) + 1), s)
        if stock_n == 0 and r.random() < 0.2:
            parts.insert(r.randrange(1, len(parts) + 1), r.choice(STOCK))
        if boiler:
            b = r.sample(boiler, r.randint(1, min(2, len(boiler))))
            parts = b + parts if r.random() < 0.5 else parts + b
        closer = r.choice(CLOSERS)
        if closer and r.random() < 0.5:
            parts.append(closer)
        return ("\n\n" if r.random() < 0.25 else " ").join(parts)

    def genuine(
        self,
        kind: str,
        person: Person | None = None,
        role: str | None = None,
        employer: str | None = None,
        emp_url: str | None = None,
        boiler: list[str] | None = None,
        city: str | None = None,
        school: str | None = None,
        field_: str | None = None,
        grad_year: int | None = None,
        stock_n: int = 0,
        extra: list[str] | None = None,
        contact: Json | None = None,
        conv_kind: str | None = None,
        conv_ctx: Json | None = None,
        orgs: list[str] | None = None,
        title: str | None = None,
        prev: tuple[list[str], list[str]] | None = None,
        headline: str | None = None,
        p_conv: float = 0.45,
        degree: str | None = None,
    ) -> None:
        r = self.rng
        person = person or self.person()
        role = role or r.choices(list(ROLES), [14, 10, 10, 9, 8, 9, 8, 7, 8, 5, 4, 8])[0]
        rd = ROLES[role]
        years = r.randint(0, 2) if role == "student" else r.randint(2, 30)
        school = school or r.choice(UNIVERSITIES)[0]
        if employer is None:
            if role == "researcher":
                employer = r.choice(UNIVERSITIES)[0]
            elif role == "journalist":
                employer = r.choice(
                    [
                        "Reuters",
                        "BBC",
                        "Financial Times",
                        "The Guardian",
                        "Jane's",
                        "Politico Europe",
                        "Der Spiegel",
                        "Le Monde",
                        "Wired UK",
                        "Computer Weekly",
                    ]
                )
            elif role == "student":
                employer = school
            else:
                employer = r.choice(GENERIC_EMPLOYERS)
        title = title or r.choice(rd["titles"])
        culture_city = person.culture if person.culture in CITIES else "en"
        city = (
            city
            if city and r.random() < 0.8
            else self.city(culture_city if r.random() < 0.7 else "en")
        )
        field_ = field_ or r.choice(FIELDS)
        topic = r.choice(TOPICS)
        career_start = 2026 - years
        grad = grad_year or (career_start if role != "student" else 2026 + r.randint(0, 2))
        about = self.genuine_about(
            person,
            role,
            title,
            employer,
            years,
            school,
            field_,
            topic,
            stock_n,
            boiler,
            extra or [],
        )
        sk = r.sample(rd["skills"], min(len(rd["skills"]), r.randint(3, 9)))
        hl = headline or r.choice(
            [
                f"{title} at {employer}",
                f"{title} | {sk[0]} | {sk[1]}",
                f"{title} @ {employer}",
                title,
                f"{title} at {employer} | {r.choice(CERTS)}",
                f"{title}, {employer}",
                f"{title} - {topic.capitalize()}",
            ]
        )
        prof: Json = {
            "schema": "vetlink/profile/v1",
            "platform": "linkedin",
            "url": self.profile_url(person),
            "name": person.full,
            "headline": hl,
            "location": city,
        }
        ph = self.photo(None, 0.0, 0.15)
        if ph is not None:
            prof["photo"] = ph
        conn = int(min(2000, r.lognormvariate(5.3, 0.9)))
        prof["connections"] = min(conn, 500)
        if conn >= 500:
            prof["connections_capped"] = True
        if r.random() < 0.6:
            prof["followers"] = conn + r.randint(0, 900)
        prof["mutual_connections"] = r.randint(0, 60)
        if role == "student":
            created = date(2019, 1, 1) + timedelta(days=r.randrange(0, 2400))
        else:
            hi = min(2025, max(2008, career_start + 8))
            created = date(2004, 1, 1) + timedelta(days=r.randrange(0, (hi - 2004) * 365))
        prof["created"] = created.isoformat()
        if r.random() < 0.3:
            prof["verified"] = {"identity": True, "workplace": r.random() < 0.5}
        if about:
            prof["about"] = about
        if role == "student":
            cur: Json = {"title": title, "company": employer}
            exp = [dict(cur, start=str(2025), end=None)] if r.random() < 0.6 else []
        else:
            cur = {"title": title, "company": employer}
            if emp_url and r.random() < 0.6:
                cur["company_url"] = emp_url
            if r.random() < 0.5:
                cur["location"] = city
            if r.random() < 0.35:
                cur["description"] = r.choice(rd["detail"]).format(
                    skill=sk[0],
                    skill2=sk[1],
                    employer=employer,
                    years=years,
                    field=field_,
                    topic=topic,
                    school=school,
                    m=r.randint(2, 90),
                )
            unis = [u for u, _ in UNIVERSITIES]
            pt, pc = prev or (rd["titles"], unis if role == "researcher" else GENERIC_EMPLOYERS)
            exp = self.career(career_start, cur, pt, pc, r.randint(0, min(4, years // 3 + 1)), city)
        prof["experience"] = exp
        prof["education"] = self.education(
            school, grad if role != "student" else grad, field_, degree
        )
        prof["skills"] = sk
        langs = ["English"]
        lg = LANG_OF_CULTURE.get(person.culture, "en")
        if lg != "en":
            langs.insert(0, LANG_NAMES[lg])
        if r.random() < 0.35:
            langs.append(
                r.choice(
                    [
                        "French",
                        "German",
                        "Spanish",
                        "Italian",
                        "Welsh",
                        "Hindi",
                        "Arabic",
                        "Mandarin",
                        "Japanese",
                    ]
                )
            )
        prof["languages"] = list(dict.fromkeys(langs))
        if r.random() < 0.4:
            prof["certifications"] = r.sample(CERTS, r.randint(1, 2))
        prof["recommendations"] = r.randint(0, 14)
        prof["endorsements"] = r.randint(0, 160)
        acts = []
        for _ in range(r.choice([0, 0, 1, 1, 2, 3, 4])):
            acts.append(
                {
                    "date": (date(2025, 1, 1) + timedelta(days=r.randrange(680))).isoformat(),
                    "kind": r.choice(["post", "share", "comment", "like"]),
                    "text": r.choice(GENUINE_POSTS).format(
                        topic=topic, employer=employer, cert=r.choice(CERTS)
                    ),
                }
            )
        if acts:
            prof["activity"] = acts
        ct: Json = dict(contact or {})
        if "emails" not in ct and r.random() < 0.2:
            ct["emails"] = [self.personal_email(person)]
        if "messaging" not in ct and r.random() < 0.04:
            ct["messaging"] = [
                r.choice(["WhatsApp: ", "Signal: ", "WA "])
                + fmt_phone(self.new_phone(mobile=True), r.choice(PHONE_FMT_DEV))
            ]
        if "phones" not in ct and r.random() < 0.05:
            ct["phones"] = [fmt_phone(self.new_phone(), r.choice(PHONE_FMT_DEV))]
        if "websites" not in ct and r.random() < 0.1:
            ct["websites"] = [f"https://{slugify(person.full)}.{r.choice(['dev', 'me', 'net'])}"]
        if ct:
            prof["contact"] = ct
        org_list = orgs or list(ORGS)
        org = r.choice(org_list)
        dept = r.choice(ORGS[org])
        reporter, rp = self.reporter(org)
        reported = self.report_time_genuine()
        cr_dt = datetime(created.year, created.month, created.day, tzinfo=UTC)
        if reported < cr_dt:
            reported = cr_dt + timedelta(days=r.randint(5, 60))
        conv = None
        if r.random() < p_conv:
            conv = self.genuine_conv(
                conv_kind or self.default_conv(role),
                person,
                title,
                employer,
                rp.first,
                conv_ctx or {},
                school,
                topic,
            )
            self.add_times(conv["messages"], reported)
        self.emit(prof, conv, reporter, dept, reported, None, kind)

    def default_conv(self, role: str) -> str:
        return {
            "journalist": "press",
            "student": "student",
            "sales": "vendor",
            "hr": "internal_recruiter",
            "researcher": "research",
        }.get(role, self.rng.choice(["colleague", "colleague", "event", "mentoring"]))

    def genuine_conv(
        self,
        kind: str,
        person: Person,
        title: str,
        employer: str,
        tname: str,
        ctx: Json,
        school: str,
        topic: str,
    ) -> Json:
        r = self.rng
        pools = GEN_CONV[kind]
        vals = {
            "tname": tname,
            "me": person.first,
            "full": person.full,
            "title": title,
            "employer": employer,
            "school": school,
            "topic": topic,
            "job": r.choice(JOBS),
            "client": ctx.get("client", r.choice(GENERIC_EMPLOYERS)),
            "jcity": r.choice(
                [
                    "Bristol",
                    "Farnborough",
                    "Cheltenham",
                    "Manchester",
                    "Glasgow",
                    "London",
                    "Reading",
                    "Barrow-in-Furness",
                ]
            ),
            "salary": r.choice(
                [
                    "£55-65k",
                    "£70,000 + bonus",
                    "up to £85k",
                    "£48k-£58k",
                    "€75.000",
                    "£600/day outside IR35",
                ]
            ),
            "url": ctx.get("url", f"https://www.{slugify(employer).replace('-', '')}.com"),
            "conf": ctx.get("conf", "our annual meeting"),
            "cfp": ctx.get("cfp", ""),
            "deadline": r.choice(["15 March", "1 April", "30 January", "12 May"]),
            "product": r.choice(
                [
                    "our requirements-management tool",
                    "a SIEM add-on",
                    "a secure file-transfer service",
                    "our MBSE platform",
                ]
            ),
            "ref": digits(r, 5),
        }
        msgs: list[Json] = []
        for i, stage in enumerate(pools):
            if i > 0 and r.random() < 0.25:
                break
            msgs.append({"sender": "contact", "text": r.choice(stage).format(**vals)})
            if i < len(pools) - 1 or r.random() < 0.5:
                msgs.append({"sender": "user", "text": r.choice(GEN_REPLIES[kind])})
        return {
            "schema": "vetlink/conversation/v1",
            "platform": r.choice(["linkedin"] * 5 + ["email"]),
            "contact": person.full,
            "messages": msgs,
        }

    # ---- negative groups ---------------------------------------------------------
    def big_employer(self, emp: Json, n: int) -> None:
        r = self.rng
        for _ in range(n):
            role = r.choice(emp["roles"])
            person = self.person()
            site = f"https://www.{emp['domain']}"
            ct: Json = {}
            if r.random() < 0.45:
                ct["emails"] = [self.email_for(person, emp["domain"])]
            if r.random() < 0.35:
                ct["websites"] = [
                    r.choice([site, site + "/", f"https://{emp['domain']}", site + "/careers"])
                ]
            if r.random() < 0.25:
                sw = Phone(*emp["phone"])
                ct["phones"] = [fmt_phone(sw, r.choice(["intl", "intl", "nat"]))]
            self.genuine(
                "big_employer",
                person=person,
                role=role,
                employer=emp["name"],
                emp_url=site,
                boiler=emp["boiler"] if r.random() < 0.7 else None,
                city=emp["city"],
                contact=ct,
                conv_kind="internal_recruiter" if role == "hr" else None,
                conv_ctx={"url": site + "/careers"},
            )

    def agency_staff(self, ag: Json, n: int) -> None:
        r = self.rng
        site = f"https://www.{ag['domain']}"
        sw = Phone(*ag["phone"])
        for _ in range(n):
            person = self.person(r.choice(["en", "en", "en", "in", "de", "ar", "fr"]))
            ct: Json = {}
            if r.random() < 0.8:
                ct["websites"] = [
                    r.choice([site, site + "/", f"https://{ag['domain']}", site + "/jobs"])
                ]
            phs = []
            if r.random() < 0.55:
                phs.append(fmt_phone(sw, r.choice(["intl", "nat"])))
            if r.random() < 0.6:
                direct = Phone(
                    sw.cc, sw.trunk, sw.area, sw.groups[:-1] + [digits(r, len(sw.groups[-1]))]
                )
                phs.append(fmt_phone(direct, r.choice(["intl", "nat"])))
            if r.random() < 0.3:
                phs.append(fmt_phone(self.new_phone("gb", mobile=True), "nat"))
            if phs:
                ct["phones"] = phs
            if r.random() < 0.8:
                ct["emails"] = [self.email_for(person, ag["domain"])]
            spec = r.choice(
                [
                    "cleared systems engineers",
                    "embedded software developers",
                    "nuclear safety case engineers",
                    "project controls people",
                    "cyber security specialists (SC/DV)",
                    "RF and antenna engineers",
                    "mechanical design engineers",
                    "test and trials engineers",
                ]
            )
            region = r.choice(
                [
                    "the South West",
                    "the M4 corridor",
                    "Scotland",
                    "the North West",
                    "Hampshire and Surrey",
                    "Germany",
                    "the whole of the UK",
                ]
            )
            own = [
                r.choice(
                    [
                        f"I recruit {spec} across {region}.",
                        f"My desk covers {spec} in {region}, mostly permanent roles.",
                        f"Specialist recruiter for {spec}; I've been doing this for "
                        f"{r.randint(2, 20)} years.",
                        f"I place {spec} with clients like {r.choice(ag['clients'])}.",
                    ]
                ),
                r.choice(
                    [
                        "I'll always tell you the salary up front and I won't send your CV "
                        "anywhere without asking.",
                        "Honest feedback, no ghosting. If it's not right for you I'll say so.",
                        "Before recruitment I spent six years as a design engineer, so I do "
                        "understand the work.",
                        "Current vacancies are on our website; feel free to call the office.",
                        "Happy to give salary benchmarking advice even if you're not looking.",
                    ]
                ),
            ]
            boiler = [ag["boiler"]] if r.random() < 0.35 else None
            prev = (
                [
                    "Recruitment Consultant",
                    "Resourcer",
                    "Trainee Recruitment Consultant",
                    "Account Manager",
                    "Graduate Engineer",
                    "Sales Executive",
                ],
                [
                    "Hays",
                    "Michael Page",
                    "Matchtech",
                    "Jonathan Lee Recruitment",
                    "Gi Group",
                    "Morson Talent",
                    "Babcock International",
                    "Enterprise",
                ],
            )
            self.genuine(
                "agency_staff",
                person=person,
                role="hr",
                employer=ag["name"],
                emp_url=site,
                boiler=boiler,
                city=ag["city"],
                extra=own,
                contact=ct,
                conv_kind="agency",
                title=r.choice(
                    [
                        "Senior Recruitment Consultant",
                        "Recruitment Consultant",
                        "Principal Consultant",
                        "Associate Director",
                        "Resourcer",
                        "Delivery Consultant",
                        "Team Lead",
                    ]
                ),
                conv_ctx={"client": r.choice(ag["clients"]), "url": site + "/jobs/" + digits(r, 5)},
                orgs=[
                    "defence-ministry.example",
                    "aerospace-prime.example",
                    "energy-grid.example",
                    "telecom.example",
                ],
                prev=prev,
                p_conv=0.6,
            )

    def conference_organisers(self, conf: Json, n: int) -> None:
        r = self.rng
        roles = [
            "General Chair",
            "Programme Chair",
            "Programme Co-Chair",
            "Local Arrangements Chair",
            "Publicity Chair",
            "Sponsorship Chair",
            "Steering Committee Member",
            "Workshops Chair",
        ]
        for k in range(n):
            person = self.person()
            role_c = roles[k % len(roles)]
            uni = r.choice(UNIVERSITIES)[0]
            extra = [
                r.choice(
                    [
                        f"{role_c} of {conf['name']}. "
                        f"The call for papers is open at {conf['cfp']}.",
                        f"This year I'm {role_c.lower()} for {conf['short']} in "
                        f"{conf['city'].split(',')[0]}. Submissions welcome!",
                        f"Serving as {role_c} for {conf['short']}; details at {conf['url']}.",
                    ]
                )
            ]
            ct: Json = (
                {"websites": [r.choice([conf["url"], conf["cfp"]])]} if r.random() < 0.7 else {}
            )
            self.genuine(
                "conference_organiser",
                person=person,
                role="researcher",
                employer=uni,
                extra=extra,
                contact=ct,
                conv_kind="cfp",
                conv_ctx={"conf": conf["name"], "cfp": conf["cfp"]},
                headline=r.choice(
                    [
                        f"Professor at {uni} | {role_c}, {conf['short']}",
                        f"{role_c}, {conf['short']} | {r.choice(ROLES['researcher']['titles'])}",
                        f"Researcher in {conf['topic']} at {uni}",
                    ]
                ),
                orgs=["university.example", "aerospace-prime.example", "energy-grid.example"],
                p_conv=0.6,
            )

    def alumni(self, n: int) -> None:
        r = self.rng
        school, cult = r.choice(UNIVERSITIES)
        field_ = r.choice(FIELDS)
        degree = r.choice(["BSc", "MSc", "MEng", "BA", "MA", "PhD"])
        year = r.randint(2005, 2022)
        short = school.replace("University of ", "").replace(" University", "")
        for _ in range(n):
            person = self.person(cult if r.random() < 0.5 else None)
            extra = []
            if r.random() < 0.6:
                extra.append(
                    r.choice(
                        [
                            f"Proud {short} alum.",
                            f"{degree} {field_}, {school} ({year}).",
                            f"Studied {field_} at {school}.",
                            f"{short} graduate, class of {year}.",
                        ]
                    )
                )
            self.genuine(
                "alumni",
                person=person,
                school=school,
                field_=field_,
                grad_year=year + r.choice([-1, 0, 0, 0, 1]),
                extra=extra,
                degree=degree,
                conv_kind="alumni" if r.random() < 0.3 else None,
            )

    def common_name(self, n: int) -> None:
        r = self.rng
        f, la, cu = r.choice(COMMON_NAMES)
        fem = f in NAMES[cu][1] or f in ("Sarah", "Emma", "Jing", "Marie")
        for _ in range(n):
            self.genuine("common_name", person=Person(f, la, cu, fem))


GEN_OTHER: dict[str, list[str]] = {
    "de": [
        "{title} bei {employer}.",
        "Seit {years} Jahren in der Branche tätig.",
        "Schwerpunkte: {skill} und {skill2}.",
        "Meine Beiträge geben meine eigene Meinung wieder.",
        "Ich freue mich über fachlichen Austausch zu {topic}.",
        "Studium {field} an der {school}.",
    ],
    "fr": [
        "{title} chez {employer}.",
        "{years} ans d'expérience, dont plusieurs à l'international.",
        "Spécialités : {skill}, {skill2}.",
        "Les opinions exprimées n'engagent que moi.",
        "Diplômé(e) de {school}.",
        "Toujours partant(e) pour échanger sur {topic}.",
    ],
    "es": [
        "{title} en {employer}.",
        "Más de {years} años de experiencia en el sector.",
        "Me especializo en {skill} y {skill2}.",
        "Las opiniones son mías.",
        "Formado en {school}.",
        "Interesado en {topic}.",
    ],
    "zh": [
        "{employer}{title}。",
        "从业{years}年，专注于{skill}和{skill2}。",
        "毕业于{school}。",
        "欢迎交流{topic}相关话题。",
        "观点仅代表个人。",
    ],
    "ru": [
        "{title} в {employer}.",
        "Опыт работы — {years} лет.",
        "Основные направления: {skill}, {skill2}.",
        "Окончил(а) {school}.",
        "Мнение — моё личное.",
    ],
}
JOBS = [
    "Senior Systems Engineer",
    "Embedded Software Engineer",
    "Safety Engineer",
    "Project Controls Manager",
    "Security Architect (DV)",
    "RF Engineer",
    "Mechanical Design Engineer",
    "Test Engineer",
    "Data Engineer",
    "Programme Manager",
]
GEN_CONV: dict[str, list[list[str]]] = {
    "agency": [
        [
            "Hi {tname}, I'm {me}, a consultant at {employer}. I'm working on a {job} role with "
            "{client} in {jcity}, permanent, {salary}. It needs active SC clearance; do you hold "
            "it currently? Would you be open to a quick call this week?",
            "Hello {tname}, hope you're well. I noticed your background and wondered if you'd "
            "consider a {job} position with {client} ({jcity}, {salary}). The role requires "
            "eligibility for DV, so UK nationals only I'm afraid.",
            "Hi {tname}, {me} from {employer} here. Not sure if you're looking, but {client} "
            "has asked me to find a {job} for their {jcity} site. Salary is {salary}.",
        ],
        [
            "Thanks for coming back to me. It's three days a week on site in {jcity}. Could you "
            "let me know your notice period and salary expectations? Full spec here: {url}",
            "Great. The hiring manager is keen to move quickly. What's your notice period, and "
            "are you happy for me to put you forward? I won't send your CV without your say-so.",
            "No problem at all if the timing isn't right. The advert is on our site if you want "
            "to have a look ({url}), reference {ref}.",
        ],
    ],
    "internal_recruiter": [
        [
            "Hi {tname}, I'm part of the talent acquisition team at {employer}. We've just "
            "opened a {job} vacancy in {jcity} and your experience looks like a strong match.",
            "Hello {tname}, {me} here from {employer} recruitment. We're growing the team in "
            "{jcity} and I wanted to flag our {job} opening.",
        ],
        [
            "You can apply directly through our careers site: {url}. Happy to answer questions "
            "about the interview process.",
            "The role is advertised on {url}. Please note it requires SC clearance, which we "
            "sponsor for successful candidates.",
        ],
    ],
    "press": [
        [
            "Hi {tname}, I'm a reporter at {employer} working on a piece about {topic}. Could "
            "you point me to your press office? I'd rather go through the proper channels.",
            "Hello, {me} from {employer} here. We're writing about {topic} and would welcome a "
            "comment from your organisation; who handles media enquiries?",
        ],
        [
            "Thanks, I'll contact the press office then. Much appreciated.",
            "Understood, I'll email the media team. Thanks for your help.",
        ],
    ],
    "student": [
        [
            "Hi {tname}, I'm a final-year {topic} student at {school}. I'd be really grateful for "
            "a 15-minute chat about how you got into your field, whenever suits you.",
            "Hello! I'm studying at {school} and hoping to work in {topic}. Would you have time "
            "for a quick careers chat? Totally understand if you're busy.",
        ],
        [
            "Thank you so much, that's really helpful. I'll look at the graduate scheme page.",
            "Thanks! Any time next week works for me, I'll send a Teams invite.",
        ],
    ],
    "alumni": [
        [
            "Hi {tname}, we were both at {school}, I think a couple of years apart. Would be great "
            "to connect.",
            "Greetings from a fellow {school} graduate! I'm organising the regional alumni "
            "drinks in {jcity} next month; you'd be very welcome.",
        ],
        [
            "Registration is through the alumni office page, nothing to pay. Hope to see you!",
            "Great to be connected. Let me know if you're ever in {jcity}.",
        ],
    ],
    "cfp": [
        [
            "Dear {tname}, I'm on the organising committee of {conf}. We'd be delighted if you "
            "considered submitting a talk; the call for papers is open at {cfp} until {deadline}.",
            "Hello {tname}, as programme chair of {conf} I wanted to make sure you'd seen our "
            "call for papers ({cfp}). Deadline is {deadline}.",
        ],
        [
            "All submissions are peer reviewed. Registration is waived for invited speakers and "
            "we reimburse standard economy travel in line with our policy.",
            "There's no fee involved; details on registration and the venue are on the website.",
        ],
    ],
    "vendor": [
        [
            "Hi {tname}, I work with engineering teams at organisations like yours on {product}. "
            "Would a 20-minute demo next week be useful?",
            "Hello {tname}, quick one: we've just released a new version of {product}. Happy to "
            "send the datasheet.",
        ],
        [
            "No worries. Here's a public case study in case it's useful later: {url}",
            "Understood, I'll check back next quarter. Thanks for replying.",
        ],
    ],
    "colleague": [
        [
            "Hey {tname}! Long time no see, saw you moved teams. Fancy a coffee next time I'm in "
            "{jcity}?",
            "Hi {tname}, hope all is well since {employer}! Are you going to the summer party?",
            "{tname}! Just saw your post, congratulations on the new role.",
        ],
        [
            "Great, let's sort something out. Say hi to the old team from me.",
            "Brilliant, I'll message you nearer the time.",
        ],
    ],
    "event": [
        [
            "Hi {tname}, we're running a free breakfast briefing on {topic} in {jcity}. "
            "Registration is on the public page: {url}",
            "Hello {tname}, our next {topic} meetup is on the 14th, open to all, sign-up link: "
            "{url}",
        ],
        [
            "Thanks for registering, see you there!",
            "No problem, the slides will be online afterwards.",
        ],
    ],
    "mentoring": [
        [
            "Hi {tname}, I'm {title} at {employer}. I saw you volunteer as a mentor; would you "
            "be open to an occasional chat about moving into {topic}?",
            "Hello {tname}, we met briefly at the {topic} conference. Would you mind if I asked a "
            "couple of questions about your career path?",
        ],
        ["Thanks for the advice, that's really useful.", "Really appreciate it, thank you!"],
    ],
    "research": [
        [
            "Dear {tname}, I read your recent paper with interest. Would you be open to a "
            "collaboration on {topic}? Happy to go through the usual university agreements.",
            "Hi {tname}, we're putting together a consortium bid on {topic}; the call is public "
            "on the funder's website. Would your group be interested?",
        ],
        [
            "Great, I'll loop in our research office to sort out the paperwork.",
            "Thanks, I'll send the draft work packages by email.",
        ],
    ],
}
GEN_REPLIES: dict[str, list[str]] = {
    k: [
        "Thanks for getting in touch.",
        "Sounds good, thanks.",
        "Hi, happy to hear more.",
        "Not at the moment, but thanks.",
        "Sure, what's the best time?",
        "Thanks, will do.",
        "Let me think about it and come back to you.",
        "Appreciate the message!",
    ]
    for k in GEN_CONV
}
GEN_REPLIES["agency"] = GEN_REPLIES["agency"] + [
    "My notice period is three months.",
    "I do hold SC, yes. What's the hybrid policy?",
    "I'm not really looking, but what's the salary?",
]


# --------------------------------------------------------------------------------------
# Plan and main
# --------------------------------------------------------------------------------------

SIZE_CHOICES = [2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 8, 9, 10, 12, 14, 16, 20, 25, 30, 38]


def campaign_sizes(rng: random.Random, budget: int) -> list[int]:
    sizes: list[int] = []
    if budget >= 150:
        sizes.append(rng.choice([45, 52, 60]))
    while sum(sizes) < budget:
        s = rng.choice(SIZE_CHOICES)
        left = budget - sum(sizes)
        if s > left:
            s = max(2, left)
        sizes.append(s)
    return sizes


def chunks(rng: random.Random, total: int, lo: int, hi: int) -> list[int]:
    out: list[int] = []
    while total > 0:
        n = min(total, rng.randint(lo, hi))
        if total - n < lo and total - n > 0:
            n = total
        out.append(n)
        total -= n
    return out


def build(seed: int, n: int, tset: str) -> Gen:
    g = Gen(seed, tset)
    r = g.rng
    n_fake = round(n * r.uniform(0.11, 0.14))
    n_solo = round(n * 0.025)
    sizes = campaign_sizes(r, n_fake)
    styles = DEV_STYLES + (TEST_ONLY_STYLES if tset == "test" else [])
    order = list(styles)
    r.shuffle(order)
    plan = [
        order[i % len(order)] if i < len(order) else r.choice(styles) for i in range(len(sizes))
    ]
    r.shuffle(sizes)
    for i, (size, style) in enumerate(zip(sizes, plan, strict=True)):
        cid = f"c{i + 1:02d}"
        camp = g.make_campaign(cid, style, size)
        for j in range(size):
            g.fake_persona(camp, j, cid, style)
    for _ in range(n_solo):
        style = r.choice(["sloppy_copy", "paraphrased_template", "careful_firm_only"])
        camp = g.make_campaign("", style, 1)
        g.fake_persona(camp, 0, None, "solitary_fake")
    n_gen = n - len(g.rows)
    quotas = {
        "big_employer": 0.21,
        "agency_staff": 0.05,
        "stock_phrase": 0.11,
        "alumni": 0.10,
        "common_name": 0.06,
        "conference_organiser": 0.025,
    }
    counts = {k: round(n_gen * v) for k, v in quotas.items()}
    emp_sizes = [0] * len(BIG_EMPLOYERS)
    for _ in range(counts["big_employer"]):
        emp_sizes[r.randrange(len(BIG_EMPLOYERS))] += 1
    for emp, m in zip(BIG_EMPLOYERS, emp_sizes, strict=True):
        g.big_employer(emp, m)
    ag_sizes = [0] * len(AGENCIES)
    for _ in range(counts["agency_staff"]):
        ag_sizes[r.randrange(len(AGENCIES))] += 1
    for ag, m in zip(AGENCIES, ag_sizes, strict=True):
        g.agency_staff(ag, m)
    for _ in range(counts["stock_phrase"]):
        g.genuine("stock_phrase", stock_n=r.randint(2, 4))
    for m in chunks(r, counts["alumni"], 8, 30):
        g.alumni(m)
    for m in chunks(r, counts["common_name"], 3, 9):
        g.common_name(m)
    conf_left = counts["conference_organiser"]
    while conf_left > 0:
        for conf in CONFERENCES:
            m = min(conf_left, r.randint(3, 9))
            if m <= 0:
                break
            g.conference_organisers(conf, m)
            conf_left -= m
    while len(g.rows) < n:
        g.genuine("ordinary")
    g.rows = g.rows[:n] if len(g.rows) > n else g.rows
    r.shuffle(g.rows)
    return g


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--personas", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--name", required=True)
    ap.add_argument(
        "--template-set",
        choices=["dev", "test"],
        default=None,
        help="default: 'test' if NAME contains 'test', else 'dev'",
    )
    a = ap.parse_args()
    tset = a.template_set or ("test" if "test" in a.name else "dev")
    g = build(a.seed, a.personas, tset)
    a.out.mkdir(parents=True, exist_ok=True)
    with open(a.out / f"{a.name}.jsonl", "w", encoding="utf-8") as fh:
        for rep, _ in g.rows:
            fh.write(json.dumps(rep, ensure_ascii=False) + "\n")
    with open(a.out / f"{a.name}.truth.jsonl", "w", encoding="utf-8") as fh:
        for _, truth in g.rows:
            fh.write(json.dumps(truth, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
