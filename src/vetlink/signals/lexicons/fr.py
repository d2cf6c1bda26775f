"""French lexicon (regex alternatives per hallmark; see :mod:`vetlink.signals.lexicons`)."""

LEXICON: dict[str, tuple[str, ...]] = {
    # Common words (plain words, not patterns): the language's patterns run only on
    # texts that contain one of them.
    "hint": ("le", "la", "les", "vous", "est", "un", "une", "des", "du", "et", "pour", "avec",
             "nous", "je", "pas", "sur", "au", "aux", "votre", "vos", "ce", "mon", "notre",
             "nos", "serait", "êtes", "qui", "tu", "ton", "toi"),
    "negation": (r"pas", r"sans", r"aucun\w{0,2}", r"ni", r"malheureusement"),
    "pay": (r"rémunér\w{0,6}", r"honoraires?", r"pay[ée]\w{0,2}", r"payons", r"paierons",
            r"versée?s?", r"rétribu\w{0,6}"),
    "written": (r"rapports?", r"notes?(?: de synthèse| d'analyse)?", r"études?", r"analyses?",
                r"articles?", r"synthèses?", r"livres? blancs?", r"mémos?",
                r"contributions? écrites?"),
    "paid_offer": (
        r"honoraires?", r"rémunération", r"rémunérée?s?", r"défraiement",
        r"(?:nous )?(?:vous )?(?:rémunérerons|paierons|payerons|rétribuerons)",
        r"missions? (?:de conseil )?rémunérées?", r"(?:un |une )?cachet",
    ),
    "lavish_money": (
        r"(?:très |extrêmement )?(?:bien|généreusement|grassement) (?:payée?s?|rémunérée?s?)",
        r"(?:rémunération|honoraires?) (?:très )?(?:attractive?s?|généreu\w{1,3}|"
        r"confortables?|élevée?s?)",
    ),
    "expenses_paid": (
        r"(?:tous )?frais (?:de (?:voyage|déplacement|transport|séjour|mission)s? )?"
        r"(?:sont |seront )?(?:entièrement )?(?:pris en charge|payés|remboursés|couverts)",
        r"tous frais payés", r"(?:vol|billet|hôtel|hébergement)s? (?:[\w'-]{1,15} ){0,3}"
        r"(?:sont |seront )?(?:pris en charge|offerts|payés|remboursés)",
        r"(?:nous )?prenons en charge (?:l'ensemble |tous |toutes )?(?:de |des |les |vos )?"
        r"(?:frais|billets?|vols?|hébergement|voyage)",
        r"classe affaires", r"hôtel (?:cinq|5) étoiles",
    ),
    "speaking": (
        r"conférencier (?:principal|d'honneur)", r"conférencière (?:principale|d'honneur)",
        r"conférence (?:plénière|inaugurale)", r"discours d'ouverture",
        r"(?:vous )?inviter? à (?:intervenir|prendre la parole|donner une conférence)",
        r"en tant qu'intervenante?", r"espace intervenants?",
    ),
    "off_platform": (
        r"(?:sur|via|par) signal",
        r"(?:adresse |e-?mail |mail |courriel |numéro )(?:personnelle?|privée?)",
        r"(?:m'écrire|me contacter|m'ajouter|écris-moi|écrivez-moi) (?:sur|via|par) "
        r"(?:whats ?app|telegram|signal|wechat|mail|e-?mail)",
    ),
    "contact_ask": (
        r"(?:votre|ton) (?:numéro|portable|mobile|whats ?app)(?: personnel)?",
        r"mon (?:pseudo|identifiant|numéro)", r"(?:au|le) \+\d{2}",
    ),
    "off_platform_strong": (
        r"(?:adresse|e-?mail|mail|courriel) (?:personnelle?|privée?)[^.!?\n]{0,60}?"
        r"(?:plutôt que|et non|pas (?:de )?(?:votre|ton|celle)) (?:\w{1,10} )?"
        r"(?:professionnel\w{0,2}|de (?:l'|votre )?(?:entreprise|travail|bureau))",
    ),
    "secrecy_strong": (
        r"(?:cela |ça )?reste(?:ra)? entre nous", r"entre nous",
        r"(?:gardez|garde|gardons) (?:cela|ça|le|la|ceci) pour (?:vous|toi|nous)",
        r"(?:n'en parlez|n'en parle|ne le dites|ne dites rien|n'en informez) (?:pas |rien )?"
        r"(?:à (?:personne|votre (?:employeur|hiérarchie|entreprise|chef|direction)))?",
        r"inutile d'(?:en )?(?:parler|informer|prévenir) (?:à )?(?:votre|ton|personne)",
        r"sans (?:en )?(?:informer|prévenir|parler à) (?:votre|ton|personne)",
        r"(?:supprimez|effacez) (?:ce|ces|nos) (?:message|messages|échanges?|mails?)",
    ),
    "secrecy_soft": (
        r"discrétion", r"discrète(?:ment)?", r"strictement confidentiel\w{0,2}",
        r"(?:en toute|la plus stricte) confidentialité", r"officieusement",
        r"hors micro", r"(?:de façon|de manière) (?:tout à fait )?(?:officieuse|informelle)",
    ),
    "cv": (r"cv", r"curriculum(?: vitae)?", r"c\.v\.", r"dossier de candidature"),
    "clearance": (
        r"habilitation(?: de sécurité| défense)?", r"(?:confidentiel|secret)[- ]défense",
        r"niveau d'habilitation", r"enquête administrative",
    ),
    "cv_targets": (
        r"programmes? classifiés?", r"projets? classifiés?",
        r"(?:liste|détail) des (?:projets|programmes)",
        r"date (?:d'obtention|de délivrance) (?:de (?:votre|l') ?habilitation)?",
    ),
    "vague_client": (
        r"(?:client|mandat|poste|mission|projet) confidentiel\w{0,2}",
        r"(?:un grand|un important|un prestigieux) (?:client|groupe|think tank|cabinet|fonds)",
    ),
    "credential": (
        r"(?:vous )?connecter avec vos identifiants(?: professionnels)?",
        r"identifiants? (?:professionnels? )?\(?(?:adresse e-?mail et )?mot de passe",
        r"(?:votre|ton) mot de passe", r"(?:prise de|en) contrôle à distance",
        r"session (?:à distance|distante)",
    ),
    "otp": (r"code (?:de validation|de vérification|de confirmation|sms|à \d chiffres|"
            r"reçu par sms)", r"code à usage unique"),
    "code_forward": (
        r"(?:nous |me )?(?:le )?(?:retransmettre|transmettre|renvoyer)",
    ),
    "run_verb": (r"ouvr\w{1,5}", r"exécut\w{1,5}", r"lance[rz]?", r"install\w{1,5}",
                 r"clone[rz]?", r"télécharge[rz]?", r"décompress\w{1,5}"),
    "run_code": (
        r"clone[rz]? (?:le |ce )?(?:dépôt|repo|projet)", r"npm (?:install|start|run)",
        r"(?:activer|activez) les macros", r"test technique", r"exercice technique",
        r"install\w{1,5} (?:le |un |ce |notre )?(?:petit )?(?:plug-?in|module|logiciel|client)",
    ),
    "work_machine": (
        r"(?:sur|depuis|avec) (?:votre|ton|l') ?(?:ordinateur|poste|pc|portable) "
        r"(?:de travail|professionnel|du bureau)",
    ),
    "passport": (
        r"(?:copie|scan|photo|numéro)s? (?:[\w'-]{1,15} ){0,3}(?:passeport|carte d'identité)",
        r"passeport \(?(?:page (?:de données|d'identité)|scanné)",
    ),
}
