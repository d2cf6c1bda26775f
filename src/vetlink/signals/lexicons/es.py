"""Spanish lexicon (regex alternatives per hallmark; see :mod:`vetlink.signals.lexicons`)."""

LEXICON: dict[str, tuple[str, ...]] = {
    # Common words (plain words, not patterns): the language's patterns run only on
    # texts that contain one of them.
    "hint": ("el", "los", "las", "por", "que", "usted", "un", "una", "del", "con", "para",
             "es", "su", "tu", "nos", "te", "se", "lo", "mi", "le", "la", "nuestro", "nuestra",
             "sería", "seria", "está", "esta", "como"),
    "negation": (r"no", r"sin", r"ning[uú]n\w{0,2}", r"lamentablemente"),
    "pay": (r"pag(?:o|os|a|amos|ar[ée]?|ad[oa]s?|aremos)", r"remunera\w{1,6}", r"honorarios",
            r"abon\w{1,6}", r"cobr\w{1,6}"),
    "written": (r"informes?", r"art[ií]culos?", r"an[aá]lisis", r"estudios?", r"notas?",
                r"documentos? de an[aá]lisis", r"reportes?", r"ensayos?"),
    "paid_offer": (
        r"honorarios", r"remuneraci[oó]n", r"remunerad[oa]s?", r"(?:le |te )?pagar[ée]mos",
        r"colaboraci[oó]n remunerada", r"consultor[ií]a remunerada",
    ),
    "lavish_money": (
        r"(?:muy )?bien (?:pagad[oa]s?|remunerad[oa]s?)",
        r"(?:remuneraci[oó]n|honorarios) (?:muy )?(?:atractiv[oa]s?|generos[oa]s?|elevad[oa]s?)",
    ),
    "expenses_paid": (
        r"(?:todos )?(?:los )?gastos (?:de (?:viaje|desplazamiento|alojamiento) )?"
        r"(?:est[aá]n |ser[aá]n |quedan )?(?:totalmente )?(?:cubiertos|pagados|incluidos|"
        r"a cargo)",
        r"(?:vuelos?|billetes?|hotel|alojamiento)(?: y (?:el )?(?:hotel|alojamiento))? "
        r"(?:est[aá]n |ser[aá]n )?(?:cubiertos|pagados|incluidos)",
        r"(?:cubrimos|pagamos|asumimos) (?:todos )?(?:los |el |tu |su )?(?:gastos|vuelos?|"
        r"viaje|alojamiento|hotel)",
        r"vuelos? en business", r"clase business", r"hotel de cinco estrellas",
    ),
    "speaking": (
        r"ponente (?:principal|invitad[oa]|magistral)", r"conferencia magistral",
        r"discurso (?:inaugural|de apertura)",
        r"invitar(?:le|la|te) (?:a|como) (?:dar una (?:charla|conferencia)|ponente|hablar)",
    ),
    "off_platform": (
        r"(?:por|en|v[ií]a) signal",
        r"(?:correo|e-?mail|n[uú]mero|tel[eé]fono) (?:personal|privado)",
        r"(?:escr[ií]beme|a[ñn][aá]deme|me encuentras|seguimos) (?:por|en|como) ",
    ),
    "contact_ask": (
        r"(?:tu|su) (?:n[uú]mero|m[oó]vil|whats ?app)(?: personal)?", r"me encuentras como",
        r"mi (?:usuario|n[uú]mero)",
    ),
    "off_platform_strong": (
        r"(?:correo|e-?mail) (?:personal|privado)[^.!?\n]{0,60}?"
        r"(?:y no|en lugar de|no (?:el|desde)) "
        r"(?:\w{1,10} )?(?:corporativo|de (?:la )?(?:empresa|trabajo|oficina))",
    ),
    "secrecy_strong": (
        r"(?:que )?quede entre nosotros", r"entre (?:t[uú] y yo|nosotros)",
        r"no (?:lo )?(?:comentes|cuentes|digas|menciones) (?:(?:nada )?(?:a|con) )?"
        r"(?:nadie|tu (?:empresa|jefe|empleador)|su (?:empresa|jefe|empleador))",
        r"no (?:hace falta|es necesario) (?:que )?(?:inform\w{1,5}|avis\w{1,5}|cont\w{1,5}) "
        r"(?:a )?(?:nadie|tu|su)",
        r"sin que (?:lo sepa|se entere) (?:nadie|tu|su)",
        r"sin que conste en (?:ning[uú]n sitio|ninguna parte)",
        r"(?:borra|elimina|borre|elimine) (?:este|estos|nuestros) (?:mensajes?|correos?|chat)",
    ),
    "secrecy_soft": (
        r"discreci[oó]n", r"discretamente", r"estrictamente confidencial",
        r"(?:de manera|de forma) (?:informal|extraoficial)", r"extraoficialmente",
        r"off the record",
    ),
    "cv": (r"cv", r"curr[ií]culum(?: vitae)?", r"hoja de vida"),
    "clearance": (
        r"habilitaci[oó]n (?:personal )?de seguridad", r"habilitaci[oó]n (?:personal|HPS)",
        r"hps", r"acreditaci[oó]n de seguridad",
    ),
    "cv_targets": (
        r"programas? clasificados?", r"proyectos? clasificados?",
        r"(?:grado|fecha de concesi[oó]n|organismo que la otorg[oó])",
        r"(?:lista|relaci[oó]n) de (?:los )?(?:proyectos|programas)",
    ),
    "vague_client": (
        r"(?:posici[oó]n|cliente|proyecto|puesto|colaboraci[oó]n) confidencial",
        r"un (?:importante|prestigioso) (?:cliente|grupo|fondo|think tank)",
    ),
    "credential": (
        r"(?:inicia|inicie|accede|acceda) (?:sesi[oó]n )?con (?:tu|su) cuenta "
        r"(?:corporativa|de trabajo|de microsoft|de google|de outlook)",
        r"(?:tu|su) contrase[ñn]a", r"(?:sesi[oó]n|control) remot[oa]",
    ),
    "otp": (r"c[oó]digo (?:de verificaci[oó]n|de confirmaci[oó]n|de seguridad|sms|de \d "
            r"d[ií]gitos)",),
    "code_forward": (r"(?:reenv[ií]a|reenv[ií]e|p[aá]same|p[aá]semelo|env[ií]amelo|"
                     r"env[ií]emelo|d[ií]melo|reenv[ií]amelo|reenv[ií]emelo)",),
    "run_verb": (r"abr\w{1,5}", r"ejecut\w{1,5}", r"instal\w{1,5}", r"descarg\w{1,5}",
                 r"clon\w{1,5}", r"descomprim\w{1,5}"),
    "run_code": (
        r"(?:descarga|clona|descargue|clone) el repositorio", r"npm (?:install|start|run)",
        r"prueba t[eé]cnica", r"(?:habilita|activa) (?:las )?macros",
    ),
    "work_machine": (
        r"(?:en|desde) (?:el|tu|su) (?:ordenador|port[aá]til|equipo|pc|computador[a]?) "
        r"(?:del|de(?:l)? (?:tu |su )?)trabajo",
        r"(?:en|desde) (?:el|tu|su) (?:ordenador|port[aá]til|equipo) (?:corporativo|"
        r"de la empresa)",
    ),
    "passport": (
        r"(?:copia|escaneo|foto|n[uú]mero)(?: escaneada)? (?:[\w-]{1,15} ){0,2}"
        r"(?:pasaporte|dni|documento de identidad)",
        r"pasaporte \(?p[aá]gina de datos",
    ),
}
