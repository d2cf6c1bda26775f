"""Italian lexicon (regex alternatives per hallmark; see :mod:`vetlink.signals.lexicons`)."""

LEXICON: dict[str, tuple[str, ...]] = {
    # Common words (plain words, not patterns): the language's patterns run only on
    # texts that contain one of them.
    "hint": ("il", "di", "che", "per", "non", "della", "un", "una", "sono", "lei", "le",
             "del", "con", "ci", "ti", "mi", "gli", "è", "suo", "sua", "tuo", "tua", "sul", "la",
             "nostro", "nostra", "vostro", "vostra", "sarebbe", "come"),
    "negation": (r"non", r"senza", r"nessun\w{0,2}", r"purtroppo"),
    "pay": (r"pag(?:a|ano|hiamo|heremo|ato|ati|amento|amenti)", r"compens[oi]", r"retribu\w{1,6}",
            r"remunera\w{1,6}",
            r"onorari[oi]?", r"gettone"),
    "written": (r"relazion[ei]", r"rapport[oi]", r"analisi", r"articol[oi]", r"stud[io]",
                r"note", r"dossier", r"report"),
    "paid_offer": (
        r"compenso", r"onorari[oi]", r"gettone(?: di presenza)?", r"remunerazione",
        r"retribuzione", r"(?:la |ti )?pagheremo", r"collaborazione (?:retribuita|pagata)",
        r"consulenz[ae] (?:retribuit[ae]|pagat[ae])",
    ),
    "lavish_money": (
        r"(?:molto )?ben (?:pagat[oaie]|retribuit[oaie]|remunerat[oaie])",
        r"(?:compenso|remunerazione) (?:molto )?(?:interessante|generos[oa]|elevat[oa])",
    ),
    "expenses_paid": (
        r"(?:tutte )?(?:le )?spese (?:di (?:viaggio|soggiorno|trasferta) )?(?:\([^)\n]{0,80}\) )?"
        r"(?:sono |saranno )?(?:interamente |completamente )?(?:a carico|coperte|pagate|"
        r"rimborsate)",
        r"(?:volo|voli|hotel|alloggio|viaggio)(?: e (?:hotel|alloggio))? (?:sono |saranno )?"
        r"(?:coperti|pagati|offerti|a carico)",
        r"(?:volo|voli) in business", r"business class", r"hotel a cinque stelle",
    ),
    "speaking": (
        r"relator[ei] principale", r"relatrice principale",
        r"(?:invitarla|invitarti) (?:come|a) (?:relator\w{1,3}|tenere|intervenire|parlare)",
        r"profilo relatore", r"lectio magistralis",
    ),
    "off_platform": (
        r"(?:su|via|tramite) signal",
        r"(?:email|e-mail|mail|indirizzo|numero|cellulare) (?:personale|privat[oa])",
        r"(?:tua|sua) email personale",
    ),
    "contact_ask": (
        r"(?:il )?(?:suo|tuo) numero(?: di (?:cellulare|telefono))?(?: whats ?app)?",
        r"numero whats ?app", r"mi trovi come", r"il mio (?:numero|contatto)",
    ),
    "off_platform_strong": (
        r"(?:email|e-mail|mail|indirizzo) personale[^.!?\n]{0,60}?(?:e non|anziché|invece "
        r"che|non) (?:\w{1,10} )?(?:da )?(?:quella |quello )?(?:aziendale|del lavoro|"
        r"dell'ufficio)",
    ),
    "secrecy_strong": (
        r"(?:resta|rimane|rimanga|resti) (?:tutto )?tra (?:noi|me e te)", r"tra (?:noi|me e te)",
        r"non (?:lo )?(?:dica|dire|racconti|raccontare|dirlo|dica nulla) (?:a )?(?:nessuno|"
        r"(?:al )?(?:suo|tuo) (?:datore|capo|responsabile)|in azienda)",
        r"senza (?:dirlo|informare|avvisare) (?:a )?(?:nessuno|(?:il |l')?(?:suo|tuo|azienda))",
        r"(?:meglio )?non coinvolgere (?:l'azienda|il (?:suo|tuo) datore|i (?:suoi|tuoi) "
        r"colleghi)",
        r"(?:cancelli|cancella|elimini|elimina) (?:questo|questi|i nostri) (?:messaggi?|chat|"
        r"email)",
    ),
    "secrecy_soft": (
        r"riservatezza", r"collaborazione riservata", r"strettamente riservat[oa]",
        r"in via (?:del tutto )?(?:informale|riservata|confidenziale)", r"discrezione",
        r"ufficiosamente", r"in privato",
    ),
    "cv": (r"cv", r"curriculum(?: vitae)?"),
    "clearance": (r"nulla osta di sicurezza", r"nos (?:segreto|riservatissimo|riservato)",
                  r"abilitazione di sicurezza",
                  r"livello di (?:nulla osta|segretezza)"),
    "cv_targets": (r"programmi classificati", r"progetti classificati",
                   r"(?:elenco|lista) (?:dei |di tutti i )?(?:progetti|programmi)"),
    "vague_client": (
        r"(?:cliente|incarico|posizione|progetto|mandato) (?:riservat[oa]|confidenziale)",
        r"un (?:importante|prestigioso) (?:cliente|gruppo|fondo|think tank)",
    ),
    "credential": (
        r"(?:accedere|acceda|accedi) con (?:le )?(?:sue|tue) credenziali",
        r"(?:sua|tua) password", r"(?:sessione|controllo|assistenza) (?:da )?remot[oa]",
    ),
    "otp": (r"codice (?:di verifica|di conferma|di sicurezza|sms|otp|a \d cifre)",
            r"codice (?:di verifica )?a \d cifre"),
    "code_forward": (r"me lo (?:può|puoi) (?:girare|inoltrare|mandare|inviare|dire)",
                     r"(?:inoltrarmelo|girarmelo|mandarmelo|comunicarmelo)",
                     r"(?:me lo )?(?:giri|inoltri) qui"),
    "run_verb": (r"apr\w{1,5}", r"esegu\w{1,5}", r"install\w{1,5}", r"scaric\w{1,5}",
                 r"clon\w{1,5}", r"avvi\w{1,5}"),
    "run_code": (
        r"(?:scarica|clona|scarichi|cloni) (?:il )?repository", r"npm (?:install|start|run)",
        r"prova tecnica", r"test tecnico", r"(?:abilita|attiva) (?:le )?macro",
    ),
    "work_machine": (
        r"(?:sul|dal|con il) (?:suo |tuo )?(?:computer|portatile|pc|laptop) "
        r"(?:di lavoro|aziendale|dell'ufficio)",
    ),
    "passport": (
        r"(?:copia|scansione|foto|numero) (?:[\w'-]{1,15} ){0,2}(?:passaporto|carta "
        r"d'identità)",
        r"passaporto \(?pagina (?:dei dati|con la foto)",
    ),
}
