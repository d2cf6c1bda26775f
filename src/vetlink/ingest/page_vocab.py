"""The words of a copied LinkedIn page, per UI language: one table, read by the parsers.

A profile page copied with Ctrl+A / Ctrl+C carries the site's chrome (navigation, the
messaging overlay, the footer, "People also viewed") and names its sections in the reader's
UI language. Everything language-specific the page parsers need is DATA here, so a language
is added by adding words, not code. Keys per language:

- ``sections``: a section heading -> the section kind (``about``, ``experience``, ...);
- ``noise``: lines that are buttons, navigation or badges, dropped wherever they appear;
- ``footer``: items of the page footer (a run of them marks where the footer starts);
- ``overlay``: lines that open the messaging overlay (everything after them is the overlay);
- ``connections`` / ``followers``: the count nouns ("500+ Kontakte", "1 126 abonnés");
- ``capped``: the "more than" words before a capped count ("Plus de 500 relations");
- ``mutual``: the words of "... and 8 other mutual connections" after the number;
- ``employment`` / ``work_modes``: employment types and work modes of experience entries;
- ``pronouns``: pronoun badges shown under the name;
- ``received``: the "show all N received recommendations" phrase, with ``N`` for the number;
- ``chat``: the messaging window's own lines ("Write a message…", "Send GIF"); a line that
  starts with one of the last kind ("close your conversation with") is chrome too.
"""

from __future__ import annotations

UI: dict[str, dict[str, tuple[str, ...] | dict[str, str]]] = {
    "en": {
        "chat": (
            "messaging", "focused", "other", "compose message", "search messages",
            "write a message…", "write a message...", "attach an image", "attach a file",
            "send gif", "open emoji keyboard", "send", "open send options", "home", "my network",
            "jobs", "notifications", "for business", "active now", "press enter to send",
            "close your conversation with",
        ),
        "sections": {
            "about": "about", "summary": "about", "experience": "experience",
            "work experience": "experience", "education": "education", "skills": "skills",
            "top skills": "skills_inline", "skills & endorsements": "skills",
            "languages": "languages", "licenses & certifications": "certifications",
            "licences & certifications": "certifications", "certifications": "certifications",
            "activity": "activity", "featured": "featured", "volunteering": "other",
            "volunteer experience": "other", "projects": "other", "publications": "other",
            "honors & awards": "other", "honors and awards": "other", "courses": "other",
            "organizations": "other", "patents": "other", "test scores": "other",
            "recommendations": "recommendations", "recommendations received": "recommendations",
            "interests": "other", "causes": "other", "analytics": "other", "services": "other",
            "people also viewed": "other", "people you may know": "other",
            "you might like": "other", "contact": "other", "highlights": "other",
            "more profiles for you": "other", "explore premium profiles": "other",
            "other similar profiles": "other", "explore more posts": "other",
            "pages for you": "other", "others named": "other", "similar profiles": "other",
            "profile language": "other", "public profile & url": "other",
        },
        "noise": (
            "articles", "people", "games", "join now", "sign in", "welcome back",
            "email or phone", "password", "show", "forgot password?", "or",
            "new to linkedin? join now", "join to view profile", "see your mutual connections",
            "get introduced", "contact directly", "join now to view", "see who you know in common",
            "received", "given", "promoted", "sponsored", "ad", "post", "status is offline",
            "compose message", "search messages", "focused", "other", "write a message…",
            "write a message...", "attach an image", "attach a file", "send gif",
            "open emoji keyboard", "open send options", "top voices", "companies", "groups",
            "newsletters", "schools",
        ),
        "footer": (
            "about", "accessibility", "talent solutions", "community guidelines", "careers",
            "marketing solutions", "privacy & terms", "ad choices", "advertising",
            "sales solutions", "mobile", "small business", "safety center", "questions?",
            "visit our help center.", "manage your account and privacy", "go to your settings.",
            "recommendation transparency", "learn more about recommended content.",
            "select language", "help center", "business services", "get the linkedin app",
            "user agreement", "privacy policy", "cookie policy", "copyright policy",
            "brand policy", "guest controls", "language", "community guidelines",
        ),
        "overlay": (
            "status is online", "status is offline", "status is reachable", "status is away",
            "you are on the messaging overlay. press enter to open the list of conversations.",
        ),
        "connections": ("connection", "connections"),
        "followers": ("follower", "followers"),
        "capped": ("more than",),
        "mutual": ("other mutual connections", "other mutual connection", "mutual connections",
                   "mutual connection"),
        "employment": (
            "full-time", "part-time", "self-employed", "freelance", "contract", "internship",
            "apprenticeship", "seasonal", "temporary", "permanent", "volunteer", "trainee",
            "permanent full-time", "permanent part-time", "contract full-time",
            "contract part-time",
        ),
        "work_modes": ("on-site", "remote", "hybrid"),
        "pronouns": ("he/him", "she/her", "they/them", "he/they", "she/they", "they/he",
                     "they/she", "ze/zir", "xe/xem"),
        "received": ("show all N received", "N people have recommended",
                     "N person has recommended"),
    },
    "de": {
        "chat": (
            "nachrichten", "fokussiert", "sonstige", "nachricht verfassen",
            "nachrichten durchsuchen", "nachricht schreiben…", "nachricht schreiben...",
            "bild anhängen", "datei anhängen", "gif senden", "emoji-tastatur öffnen", "senden",
            "sendeoptionen öffnen", "startseite", "mein netzwerk", "jobs", "mitteilungen",
            "unterhaltung schließen mit",
        ),
        "sections": {
            "info": "about", "berufserfahrung": "experience", "erfahrung": "experience",
            "ausbildung": "education", "kenntnisse": "skills", "top-kenntnisse": "skills_inline",
            "sprachen": "languages", "bescheinigungen und zertifikate": "certifications",
            "lizenzen und zertifikate": "certifications", "zertifikate": "certifications",
            "aktivitäten": "activity", "im fokus": "featured", "ehrenamt": "other",
            "projekte": "other", "publikationen": "other", "auszeichnungen": "other",
            "kurse": "other", "organisationen": "other", "patente": "other",
            "empfehlungen": "recommendations", "interessen": "other",
            "andere angesehene profile": "other", "personen, die sie kennen könnten": "other",
            "ehrenamtliche tätigkeiten": "other", "profilsprache": "other",
            "öffentliches profil und url": "other",
        },
        "noise": (
            "zum hauptinhalt springen", "suchen", "startseite", "mein netzwerk", "jobs",
            "nachrichten", "mitteilungen", "ich", "für unternehmen", "nachricht", "vernetzen",
            "mehr", "folgen", "kontaktinfo", "beiträge", "kommentare", "bilder", "videos",
            "erhalten", "gegeben", "anzeige", "gesponsert", "beitrag", "link",
            "nachricht verfassen", "nachrichten durchsuchen", "fokussiert", "sonstige",
            "nachricht schreiben…", "nachricht schreiben...", "bild anhängen", "datei anhängen",
            "gif senden", "emoji-tastatur öffnen", "senden", "sendeoptionen öffnen",
            "…mehr", "...mehr",
            "unternehmen", "gruppen", "newsletter", "schulen", "top voices",
        ),
        "footer": (
            "info", "barrierefreiheit", "talent solutions", "community-richtlinien", "karriere",
            "marketing solutions", "datenschutz & agb", "werbeanzeigen-einstellungen",
            "werbung", "sales solutions", "mobil", "kleinunternehmen", "sicherheitszentrum",
            "fragen?", "besuchen sie unseren hilfebereich.", "konto und datenschutz verwalten",
            "öffnen sie ihre einstellungen.", "transparenz bei empfehlungen",
            "weitere informationen zu empfohlenen inhalten.", "sprache auswählen",
            "hilfebereich", "business services", "linkedin app herunterladen",
            "nutzervereinbarung", "datenschutzrichtlinie", "cookie-richtlinie",
        ),
        "overlay": (
            "status: online", "status: offline", "status: erreichbar", "status: abwesend",
            "sie befinden sich im nachrichten-overlay. drücken sie die eingabetaste, um die "
            "liste ihrer unterhaltungen zu öffnen.",
        ),
        "connections": ("kontakt", "kontakte", "kontakten"),
        "followers": ("follower", "followern"),
        "capped": ("mehr als", "über"),
        "mutual": ("weitere gemeinsame kontakte", "weiterer gemeinsamer kontakt",
                   "gemeinsame kontakte", "gemeinsamer kontakt"),
        "employment": (
            "vollzeit", "teilzeit", "selbstständig", "selbständig", "freiberuflich",
            "freiberuflich tätig", "praktikum", "befristet", "unbefristet", "werkvertrag",
            "ehrenamtlich", "saisonal", "duales studium", "trainee", "minijob", "zeitarbeit",
            "festanstellung", "vollzeit, unbefristet",
        ),
        "work_modes": ("vor ort", "remote", "hybrid"),
        "pronouns": ("er/ihm", "sie/ihr", "they/them", "er/sie"),
        "received": ("alle N erhaltenen empfehlungen anzeigen", "N erhaltene empfehlungen"),
    },
    "fr": {
        "chat": (
            "messagerie", "prioritaires", "autres", "rédiger un message",
            "rechercher dans les messages", "écrire un message…", "écrire un message...",
            "joindre une image", "joindre un fichier", "envoyer un gif",
            "ouvrir le clavier d’emojis", "ouvrir le clavier d'emojis", "envoyer",
            "ouvrir les options d’envoi", "accueil", "réseau", "emplois", "notifications",
            "fermer votre conversation avec",
        ),
        "sections": {
            "infos": "about", "à propos": "about", "expérience": "experience",
            "expériences": "experience", "formation": "education", "éducation": "education",
            "compétences": "skills", "principales compétences": "skills_inline",
            "langues": "languages", "licences et certifications": "certifications",
            "certifications": "certifications", "activité": "activity", "sélection": "featured",
            "en vedette": "featured", "bénévolat": "other", "projets": "other",
            "publications": "other", "distinctions et prix": "other", "cours": "other",
            "organisations": "other", "brevets": "other", "recommandations": "recommendations",
            "centres d’intérêt": "other", "centres d'intérêt": "other", "intérêts": "other",
            "autres profils consultés": "other", "autres personnes consultées": "other",
            "personnes que vous pourriez connaître": "other", "langue du profil": "other",
            "profil public et url": "other",
        },
        "noise": (
            "passer au contenu principal", "recherche", "accueil", "réseau", "emplois",
            "messagerie", "vous", "pour les entreprises", "se connecter", "plus", "suivre",
            "coordonnées", "posts", "commentaires", "images", "vidéos", "reçues", "données",
            "sponsorisé", "promu", "…plus", "...plus", "rédiger un message",
            "rechercher dans les messages", "prioritaires", "autres", "écrire un message…",
            "écrire un message...", "joindre une image", "joindre un fichier",
            "envoyer un gif", "ouvrir le clavier d’emojis", "ouvrir le clavier d'emojis",
            "envoyer", "ouvrir les options d’envoi", "ouvrir les options d'envoi",
            "entreprises", "groupes", "newsletters", "écoles",
        ),
        "footer": (
            "à propos", "accessibilité", "talent solutions", "règles de la communauté",
            "carrières", "solutions marketing", "confidentialité et conditions",
            "choix de publicité", "publicité", "solutions de vente", "mobile",
            "petites entreprises", "centre de sécurité", "des questions ?",
            "consultez notre assistance clientèle.", "gérer votre compte et votre confidentialité",
            "accédez à vos préférences.", "transparence des recommandations",
            "sélectionner la langue", "assistance clientèle", "services aux entreprises",
            "télécharger l’application linkedin", "télécharger l'application linkedin",
            "conditions d’utilisation", "politique de confidentialité",
            "politique relative aux cookies",
        ),
        "overlay": (
            "statut : en ligne", "statut : joignable", "statut : hors ligne", "statut : absent",
            "vous êtes dans la fenêtre de messagerie. appuyez sur entrée pour ouvrir la liste "
            "des conversations.",
        ),
        "connections": ("relation", "relations"),
        "followers": ("abonné", "abonnés", "abonnée", "abonnées"),
        "capped": ("plus de",),
        "mutual": ("autres relations en commun", "autre relation en commun",
                   "relations en commun", "relation en commun"),
        "employment": (
            "temps plein", "temps partiel", "cdi", "cdd", "stage", "indépendant",
            "indépendante", "freelance", "alternance", "intérim", "apprentissage",
            "bénévole", "saisonnier", "contrat", "travailleur indépendant",
        ),
        "work_modes": ("sur site", "à distance", "hybride", "télétravail"),
        "pronouns": ("il/lui", "elle/elle", "iel", "il", "elle"),
        "received": ("afficher les N recommandations reçues", "N recommandations reçues"),
    },
    "es": {
        "chat": (
            "mensajes", "prioritarios", "otros", "redactar mensaje", "buscar mensajes",
            "escribe un mensaje…", "escribe un mensaje...", "adjuntar una imagen",
            "adjuntar un archivo", "enviar gif", "abrir teclado de emojis", "enviar",
            "abrir opciones de envío", "inicio", "mi red", "empleos", "notificaciones",
            "cerrar tu conversación con",
        ),
        "sections": {
            "acerca de": "about", "extracto": "about", "experiencia": "experience",
            "educación": "education", "formación": "education", "aptitudes": "skills",
            "conocimientos y aptitudes": "skills", "principales aptitudes": "skills_inline",
            "idiomas": "languages", "licencias y certificaciones": "certifications",
            "actividad": "activity", "destacado": "featured", "voluntariado": "other",
            "proyectos": "other", "reconocimientos y premios": "other", "cursos": "other",
            "organizaciones": "other", "patentes": "other",
            "recomendaciones": "recommendations", "intereses": "other",
            "otros perfiles vistos": "other", "personas que quizá conozcas": "other",
            "idioma del perfil": "other", "perfil público y url": "other",
        },
        "noise": (
            "saltar al contenido principal", "buscar", "inicio", "mi red", "empleos",
            "mensajes", "notificaciones", "yo", "para negocios", "seguir", "enviar mensaje",
            "más", "conectar", "mensaje", "información de contacto", "publicaciones",
            "comentarios", "imágenes", "vídeos", "recibidas", "enviadas", "promocionado",
            "…más", "...más", "redactar mensaje", "buscar mensajes", "prioritarios", "otros",
            "escribe un mensaje…", "escribe un mensaje...", "adjuntar una imagen",
            "adjuntar un archivo", "enviar gif", "abrir teclado de emojis", "enviar",
            "abrir opciones de envío", "empresas", "grupos", "boletines", "colegios",
        ),
        "footer": (
            "acerca de", "accesibilidad", "talent solutions", "pautas comunitarias", "empleo",
            "soluciones de marketing", "privacidad y condiciones", "opciones de publicidad",
            "publicidad", "soluciones de ventas", "móvil", "pequeñas empresas",
            "centro de seguridad", "¿tienes preguntas?", "visita nuestro servicio de ayuda.",
            "gestiona tu cuenta y tu privacidad", "ve a tu configuración.",
            "transparencia de las recomendaciones",
            "más información sobre el contenido recomendado.", "seleccionar idioma",
            "servicio de ayuda", "servicios empresariales", "descargar la aplicación de linkedin",
            "condiciones de uso", "política de privacidad", "política de cookies",
        ),
        "overlay": (
            "estado: en línea", "estado: disponible", "estado: desconectado", "estado: ausente",
            "estás en la ventana superpuesta de mensajes. pulsa intro para abrir la lista de "
            "conversaciones.",
        ),
        "connections": ("contacto", "contactos"),
        "followers": ("seguidor", "seguidores"),
        "capped": ("más de",),
        "mutual": ("contactos en común más", "contacto en común más", "contactos en común",
                   "contacto en común"),
        "employment": (
            "jornada completa", "jornada parcial", "autónomo", "autónoma", "por cuenta propia",
            "prácticas", "contrato temporal", "contrato por obra", "freelance", "becario",
            "voluntario", "temporal", "indefinido",
        ),
        "work_modes": ("presencial", "en remoto", "híbrido", "remoto"),
        "pronouns": ("él", "ella", "él/ella"),
        "received": ("mostrar las N recomendaciones recibidas", "N recomendaciones recibidas"),
    },
    "it": {
        "chat": (
            "messaggistica", "principali", "altro", "scrivi messaggio", "cerca messaggi",
            "scrivi un messaggio…", "scrivi un messaggio...", "allega un’immagine",
            "allega un'immagine", "allega un file", "invia gif", "apri la tastiera delle emoji",
            "invia", "apri le opzioni di invio", "rete", "lavoro", "notifiche",
            "chiudi la conversazione con",
        ),
        "sections": {
            "informazioni": "about", "esperienza": "experience", "esperienze": "experience",
            "formazione": "education", "istruzione": "education", "competenze": "skills",
            "competenze principali": "skills_inline", "lingue": "languages",
            "licenze e certificazioni": "certifications", "attività": "activity",
            "in primo piano": "featured", "volontariato": "other", "progetti": "other",
            "pubblicazioni": "other", "riconoscimenti e premi": "other", "corsi": "other",
            "organizzazioni": "other", "brevetti": "other", "referenze": "recommendations",
            "raccomandazioni": "recommendations", "segnalazioni": "recommendations",
            "interessi": "other", "altri profili consultati": "other",
            "persone che potresti conoscere": "other", "lingua del profilo": "other",
            "profilo pubblico e url": "other",
        },
        "noise": (
            "passa al contenuto principale", "cerca", "home", "rete", "lavoro",
            "messaggistica", "notifiche", "tu", "per le aziende", "messaggio", "collegati",
            "altro", "segui", "informazioni di contatto", "post", "commenti", "immagini",
            "video", "ricevute", "fornite", "promosso", "sponsorizzato", "…altro", "...altro",
            "scrivi messaggio", "cerca messaggi", "principali", "altri", "scrivi un messaggio…",
            "scrivi un messaggio...", "allega un’immagine", "allega un'immagine",
            "allega un file", "invia gif", "apri la tastiera delle emoji", "invia",
            "apri le opzioni di invio", "aziende", "gruppi", "newsletter", "scuole",
        ),
        "footer": (
            "informazioni", "accessibilità", "talent solutions", "linee guida della community",
            "carriera", "soluzioni di marketing", "privacy e condizioni",
            "scelte relative alla pubblicità", "pubblicità", "soluzioni di vendita", "mobile",
            "piccole imprese", "centro sicurezza", "domande?",
            "visita il nostro centro assistenza.", "gestisci il tuo account e la tua privacy",
            "vai alle impostazioni.", "trasparenza dei consigli",
            "scopri di più sui contenuti consigliati.", "seleziona lingua",
            "centro assistenza", "servizi alle aziende", "scarica l’app linkedin",
            "scarica l'app linkedin", "contratto di licenza", "informativa sulla privacy",
            "informativa sui cookie",
        ),
        "overlay": (
            "stato: online", "stato: offline", "stato: disponibile", "stato: assente",
            "sei nella finestra della messaggistica. premi invio per aprire l’elenco delle "
            "conversazioni.",
            "sei nella finestra della messaggistica. premi invio per aprire l'elenco delle "
            "conversazioni.",
        ),
        "connections": ("collegamento", "collegamenti"),
        "followers": ("follower",),
        "capped": ("oltre", "più di"),
        "mutual": ("collegamenti in comune", "collegamento in comune"),
        "employment": (
            "a tempo pieno", "part-time", "tempo parziale", "tirocinio", "stage",
            "lavoro autonomo", "libero professionista", "freelance", "contratto a termine",
            "contratto a tempo determinato", "apprendistato", "volontariato", "stagionale",
        ),
        "work_modes": ("in sede", "da remoto", "ibrido", "remoto"),
        "pronouns": ("lui", "lei", "lui/lei"),
        "received": ("mostra tutte le referenze ricevute (N)", "N referenze ricevute",
                     "mostra tutte le segnalazioni ricevute (N)"),
    },
}


def _words(key: str) -> frozenset[str]:
    return frozenset(w for table in UI.values() for w in table.get(key, ()))  # type: ignore[union-attr]


def _sections() -> dict[str, str]:
    out: dict[str, str] = {}
    for table in UI.values():
        out.update(table["sections"])  # type: ignore[arg-type]
    return out


SECTION_TITLES: dict[str, str] = _sections()
PAGE_NOISE = _words("noise")
FOOTER_ITEMS = _words("footer")
OVERLAY_LINES = _words("overlay")
CONNECTION_WORDS = _words("connections")
FOLLOWER_WORDS = _words("followers")
CAPPED_WORDS = _words("capped")
MUTUAL_WORDS = _words("mutual")
EMPLOYMENT_TYPES = _words("employment")
WORK_MODES = _words("work_modes")
PRONOUN_LINES = _words("pronouns")
RECEIVED_PHRASES = _words("received")
CHAT_CHROME = _words("chat") | OVERLAY_LINES

