"""English lexicon: the hallmarks that the English rules in :mod:`vetlink.signals.message`
do not already carry (credentials, work machines, passports, moves away from work email).

Each entry is a tuple of regex alternatives (bounded quantifiers only); see
:mod:`vetlink.signals.lexicons` for how they are compiled and what each hallmark means."""

LEXICON: dict[str, tuple[str, ...]] = {
    "paid_offer": (r"retain you(?: as an? (?:adviser|advisor|consultant))?", r"retainer"),
    "secrecy_strong": (
        r"(?:there'?s |there is )?no need to (?:tell|mention|say|share) (?:it|this|that|"
        r"anything)(?: to| with)? (?:anyone|anybody|your (?:colleagues|employer|manager|boss|"
        r"security|organi[sz]ation|company|department|team|line manager))",
        r"(?:don'?t|do not|please don'?t|best not to|better not to) (?:tell|mention|say|share) "
        r"(?:it|this|that|anything)(?: to| with)? (?:anyone|anybody|your (?:colleagues|"
        r"employer|manager|boss|security|organi[sz]ation|company|department|team))",
    ),
    "off_platform": (
        r"(?:your|a) (?:personal|private) (?:mobile|cell|phone|whats ?app) (?:number|no\.?)",
        r"(?:easier|better|quicker|simpler|more convenient|safer) than (?:linkedin|here|"
        r"this platform|e-?mail)",
        r"my (?:handle|username|user ?name|id) (?:is|there|on)",
        r"(?:reply|write|respond|email) (?:to me )?from (?:a|your) (?:personal|private) "
        r"(?:e-?mail|address|account)",
    ),
    "contact_ask": (
        r"(?:your|a) (?:personal |private )?(?:mobile|cell|phone|whats ?app|telegram|signal) "
        r"(?:number|no\.?|handle|id)",
        r"my (?:number|handle|username|id) is", r"(?:drop|send|text) me a message there",
        r"add my (?:whats ?app|we ?chat|telegram|signal|line|skype|viber)",
        r"(?:whats ?app|we ?chat|telegram|signal|skype|viber|line)(?: id)? ?[:：] ?"
        r"[\w.-]{3,30}",
        r"my (?:whats ?app|we ?chat|telegram|signal|skype|viber) (?:id|number|handle|is)",
    ),
    "off_platform_strong": (
        r"(?:personal|private) (?:e-?mail|address|account|gmail|outlook)[^.!?\n]{0,60}?"
        r"(?:rather than|instead of|not (?:from )?your|away from) (?:your |the )?"
        r"(?:work|company|office|corporate|professional)",
        r"(?:away from|avoid) (?:your )?(?:company|work|office|corporate)(?:'s)? "
        r"(?:e-?mail|inbox|spam filters?|systems?|monitoring)",
    ),
    "credential": (
        r"(?:forward|send|give|share|tell|read|pass)(?: me| us)?(?: the| that| this| your)? "
        r"(?:\d-digit |six-digit |one-time |verification |security |confirmation |sms )"
        r"{1,3}(?:code|pin|passcode)",
        r"(?:sign|log) ?in with your (?:work |office |microsoft |google |corporate |"
        r"company |outlook |microsoft 365 |office 365 |university |institutional ){1,3}"
        r"(?:account|credentials|e-?mail|password|login)",
        r"(?:enter|confirm|provide|send|give|share|type) (?:me |us )?(?:your |the )?"
        r"(?:work |account |e-?mail |login )?(?:password|credentials|login details)",
        r"enter the (?:verification |security |one-time |sms )?code (?:you receive|sent|we send)",
        r"accept the (?:remote |screen )?control request", r"remote (?:control|access) session",
        r"(?:run|join|start) (?:a |the )?(?:quick )?remote session",
    ),
    "otp": (
        r"(?:\d-digit|six-digit|one-time|verification|security|confirmation|sms|login|"
        r"validation) (?:code|pin|passcode)", r"otp",
    ),
    "code_forward": (
        r"(?:forward|send|give|share|pass|read) (?:it|that|them|the code)(?: back)? "
        r"(?:to me|to us|here)",
    ),
    "run_verb": (
        r"open(?:s|ing)?", r"run(?:s|ning)?", r"install\w{0,3}", r"clone", r"download\w{0,3}",
        r"execute", r"extract", r"launch",
    ),
    "run_code": (
        r"(?:git )?clone (?:the |this |our |my )?(?:repo(?:sitory)?|project|code|https?)",
        r"npm (?:install|i|start|run)", r"pip install", r"yarn (?:install|start)",
        r"run (?:the )?(?:included |attached )?(?:setup|installer|script|code|project|tests?)",
        r"install (?:a |the |this |our )?(?:small |quick |short )?(?:plug-?in|extension|"
        r"add-?on|client|agent|update)",
        r"(?:macros?|content|editing) enabled",
        r"(?:take-?home|coding) (?:test|assessment|challenge|exercise|task)",
        r"password[- ]protected",
    ),
    "work_machine": (
        r"(?:on|from|using|with) (?:your |the )?(?:main |usual |own )?(?:work|office|"
        r"company|corporate|employer'?s?|professional) (?:laptop|computer|machine|pc|"
        r"device|workstation|environment|network)",
    ),
    "passport": (
        r"(?:copy|scan|photo|picture|image|details?|number)s? of (?:your |the )?"
        r"(?:passport|id card|identity card|national id|driving licen[cs]e)",
        r"(?:your )?passport(?:'s)? (?:photo |data |bio(?:data)? |id |details )?"
        r"(?:page|copy|scan|details|number|photo)",
    ),
}
