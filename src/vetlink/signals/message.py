"""Message signals: the hallmarks of a hostile approach in what the contact writes.

Message-level signals take a :class:`~vetlink.signals.message_view.MessageView` of one message
from the contact (the user's own words are never evidence against the contact; they are only
context). Conversation-level signals, marked ``@on_conversation``, take a
:class:`~vetlink.signals.message_view.ConversationView` and follow the conversation over time.
Every finding carries the exact phrase that triggered it and ``where="message N"``.

The English phrases are written here; the same hallmarks in German, French, Spanish, Italian,
Russian and Chinese come from the per-language lexicons (:mod:`vetlink.signals.lexicons`), which
each signal reads through :func:`lexicon_hits`: one signal per hallmark, any language. They look
for what hostile approaches ask for (money for reports, another platform, your work, your
clearance, your colleagues, secrecy, files to open) rather than for the words of any one script,
so that a genuine recruiter who names the company and the role, and a genuine call for papers,
raise at most low-severity findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vetlink.domain import Severity
from vetlink.signals import lexicons
from vetlink.signals.base import Context, Hit, signal
from vetlink.signals.domains import (
    email_domains,
    is_shortener,
    is_webmail,
    link_domains,
    lookalike_of,
)
from vetlink.signals.message_view import (
    MessageView,
    first_phrase,
    phrases,
    rx,
    sentences,
)
from vetlink.signals.money import MONEY
from vetlink.signals.patterns import OFF_PLATFORM_APPS, phone_numbers


def hits(view: MessageView, patterns: list[re.Pattern[str]]) -> Iterator[Hit]:
    for phrase in phrases(patterns, view.text):
        yield Hit(evidence=phrase, where=view.where)


def lexicon_hits(view: MessageView, hallmark: str, *, negatable: bool = False,
                 severity: Severity | None = None) -> Iterator[Hit]:
    """The hallmark's phrases in any language of the lexicons (English ones included where
    the English lexicon has the hallmark)."""
    for phrase in lexicons.phrases(hallmark, view.text, negatable=negatable):
        yield Hit(evidence=phrase, where=view.where, severity=severity)


# --- too good to be true ------------------------------------------------------------------

PAID_OFFER = [
    rx(r"honorari(?:um|a)", r"(?:consult(?:ing|ancy)|speaker'?s?|speaking|advisory) fees?",
       r"paid (?:consult(?:ing|ancy)|advisory|speaking) (?:role|work|opportunity|engagement)s?",
       r"(?:we|they|i) (?:will|would|can|could) (?:pay|compensate|remunerate) you",
       r"(?:you will|you'll|you would) be (?:paid|compensated|remunerated)",
       r"(?:compensate|pay|remunerate|reward) you for your (?:time|expertise|insights?|help|"
       r"views|advice|knowledge|opinion)",
       r"(?:provid\w+|offer\w*|do|doing) (?:some |occasional |paid |part[- ]time )?"
       r"consult(?:ancy|ing)(?! firm| company)",
       rf"{MONEY}\s?(?:per|an?|/|for (?:each|every|a|one))\s?(?:article|report|paper|piece|"
       r"session|talk|briefing|essay)"),
]
LAVISH = (r"(?:very |extremely |really |most )?(?:attractive|generous|handsome|lucrative|"
          r"substantial|excellent|considerable)")
MONEY_NOUN = r"(?:fees?|honorari(?:um|a)|remuneration|compensation|payment|rewards?|pay)"
LAVISH_MONEY = [
    rx(rf"{LAVISH} {MONEY_NOUN}", r"very good (?:fees?|remuneration|compensation|payment|pay)",
       rf"{MONEY_NOUN} (?:is|are|will be|would be) {LAVISH}",
       r"(?:pay|reward|compensate|remunerate) (?:you |experts |people )?(?:very )?"
       r"(?:well|generously|handsomely)"),
]
# A stated rate (per hour or day) is normal in a recruiter's message: low on its own.
RATE = [rx(rf"{MONEY}\s?(?:per|an?|/)\s?(?:hour|day|hr|week)")]


@signal(
    "message.paid_offer",
    severity="medium",
    title="Offers money for your time or expertise",
    advice="Unsolicited offers of fees, honoraria or paid consultancy are the classic opening of "
    "hostile approaches. Check the organisation independently before replying.",
)
def paid_offer(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact offers fees, an honorarium or paid consultancy. A vague but lavish promise
    ("an attractive fee", "generous remuneration", "we pay well") is high severity: genuine
    organisers state the amount or the policy. A plain hourly or daily rate is low (recruiters
    quote rates)."""
    for phrase in phrases(LAVISH_MONEY, view.text):
        yield Hit(evidence=phrase, where=view.where, severity="high")
    yield from lexicon_hits(view, "lavish_money", negatable=True, severity="high")
    yield from hits(view, PAID_OFFER)
    yield from lexicon_hits(view, "paid_offer", negatable=True)
    for phrase in phrases(RATE, view.text):
        yield Hit(evidence=phrase, where=view.where, severity="low")


WRITTEN = (r"(?:reports?|white ?papers?|papers?|analys[ie]s|articles?|briefings?|insights?|"
           r"assessments?|write-?ups?|(?:written |short )?pieces|essays?|commentar(?:y|ies)|"
           r"research notes?|memos?|summaries)")
PAID_REPORT = re.compile(
    r"(?:\b(?:paid|pay(?:ing)?|fees?|remunerat\w*|compensat\w*|reward\w*)\b|" + MONEY + r")"
    r"[^.!?\n]{0,60}?\b" + WRITTEN + r"\b"
    r"|\b" + WRITTEN + r"\b[^.!?\n]{0,100}?(?:\bpaid\b|\bfees?\b|\bremunerat\w*|"
    r"\bcompensat\w*|" + MONEY + r")",
    re.I,
)


@signal(
    "message.paid_reports",
    severity="high",
    title="Offers payment for reports or papers",
    advice="Being paid to write 'reports', 'white papers' or 'analysis' for a new contact is how "
    "hostile services task their sources. Do not write anything; report the approach.",
)
def paid_reports(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact offers money for reports, white papers, analysis or briefings (an amount in
    any currency and number format, or a pay word, next to the written product)."""
    yield from hits(view, [PAID_REPORT])
    for phrase in lexicons.paid_reports(view.text):
        yield Hit(evidence=phrase, where=view.where)


TRAVEL = r"(?:travel|flights?|airfares?|air tickets?|accommodation|hotels?|expenses|visas?)"
EXPENSES = [
    rx(r"all[- ]expenses?[- ]paid", r"(?:all )?expenses (?:are |will be )?(?:paid|covered)",
       rf"(?:all |your |round[- ]trip |return )?{TRAVEL}(?: costs)?(?: and [\w -]{{1,30}})? "
       r"(?:are |is |will be |would be )?(?:fully )?(?:covered|paid for|funded|provided|"
       r"reimbursed)",
       r"(?:5|five)[- ]star (?:hotel|accommodation)",
       r"(?:fully|all) (?:funded|paid|covered) (?:trip|travel|visit)",
       r"(?:we|they) (?:will|would) (?:cover|pay for|book|reimburse) (?:all )?(?:your )?"
       r"(?:travel|flights?|accommodation|hotel|expenses|visa)\w*",
       r"business[- ]class (?:flights?|travel|tickets?)",
       r"(?:free|complimentary) (?:flights?|travel|accommodation|trip)"),
]


@signal(
    "message.expenses_paid",
    severity="medium",
    title="Offers expenses-paid travel",
    advice="Expenses-paid trips abroad are used to meet targets in person, away from their "
    "security team. Tell your security officer before accepting any such invitation.",
)
def expenses_paid(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact offers to pay for travel, flights, hotels or "all expenses"."""
    yield from hits(view, EXPENSES)
    yield from lexicon_hits(view, "expenses_paid", negatable=True)


SPEAKING = [
    rx(r"keynote(?: speech| address| speaker| talk)?",
       r"speaking (?:engagement|slot|opportunit\w+)",
       r"invit\w+ you to (?:speak|give a (?:talk|speech|lecture)|present|deliver)",
       r"(?:guest|distinguished|honou?red) (?:speaker|lecturer)"),
]


@signal(
    "message.speaking_invitation",
    severity="low",
    title="Invites you to speak",
    advice="Check that the event exists outside this message (its own website, past speakers "
    "you know) before accepting or sharing slides.",
)
def speaking_invitation(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact invites you to speak or give a keynote. Low on its own (genuine organisers
    do this too); it matters together with fees, paid travel or flattery."""
    yield from hits(view, SPEAKING)
    yield from lexicon_hits(view, "speaking")


# --- recruitment lures ------------------------------------------------------------------------

VAGUE_CLIENT = [
    rx(r"(?:confidential|undisclosed|unnamed|discreet|secret) (?:client|company|employer|firm|"
       r"organi[sz]ation|sponsor|customer)",
       r"(?:can(?:not|'t)|unable to|not able to|not at liberty to) (?:yet )?(?:disclose|reveal|"
       r"share|name) (?:the |my |our )?(?:client|company|name|employer|organi[sz]ation)",
       r"(?:my|our) client,? (?:a|an|is a|is an) (?:leading|major|large|prestigious|global|"
       r"well[- ]known|top|renowned|international)",
       r"a (?:leading|major|prestigious|renowned|well[- ]known) (?:global |international )?"
       r"(?:think[- ]tank|consultancy|consulting firm|research (?:institute|firm)|"
       r"investment firm|company|firm|client)"),
]


@signal(
    "message.vague_client",
    severity="medium",
    title="Recruits for an unnamed or 'confidential' client",
    advice="Ask for the organisation's name and the role's public advert; a recruiter who "
    "cannot name either is not someone to send your CV or details to.",
)
def vague_client(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The role or work is for a client the contact will not name ("confidential client",
    "a leading think tank")."""
    yield from hits(view, VAGUE_CLIENT)
    yield from lexicon_hits(view, "vague_client")


SELECTED = [
    rx(r"(?:you have|you've) been (?:selected|hired|shortlisted|chosen|approved) for",
       r"congratulations[,!]? (?:you|your application)"),
]
UNSOLICITED = [
    rx(r"(?:an?|this) (?:exciting |unique |exclusive |new )?(?:job |career |consulting |"
       r"business |freelance |part[- ]time )?(?:opportunit(?:y|ies)|openings?|vacanc(?:y|ies))",
       r"(?:perfect|great|ideal|excellent|strong) (?:fit|match|candidate)",
       r"(?:a|an) (?:role|position) (?:that|which|i|we)",
       r"part[- ]time (?:consultant|adviser|advisor|consulting|advisory)"),
]


@signal(
    "message.unsolicited_offer",
    severity="low",
    title="Unsolicited job or consulting offer",
    advice="Unsolicited roles are normal on professional networks; verify the recruiter and the "
    "role on the company's own careers site before sharing anything.",
)
def unsolicited_offer(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact offers a role, an opportunity or consulting work you did not ask for. Low:
    genuine recruiters do this every day. Medium when you are told you have already been
    "selected" or "hired" for a job you never applied or interviewed for."""
    for phrase in phrases(SELECTED, view.text):
        yield Hit(evidence=phrase, where=view.where, severity="medium")
    yield from hits(view, UNSOLICITED)


# --- moving off-platform ------------------------------------------------------------------

MOVE_OFF = [
    rx(r"(?:continue|talk|chat|discuss|speak|move) (?:this |the |our |further )?"
       r"(?:conversation |discussion |chat )?(?:by|via|over|on) (?:personal |private )?"
       r"(?:e-?mail|phone)",
       r"(?:personal|private) (?:e-?mail|number|phone|account)",
       r"(?:off|outside|away from) (?:linkedin|this platform|this site|the platform)",
       r"(?:e-?mail|contact|reach|message|text) me (?:directly|privately|personally)"),
]


@signal(
    "message.off_platform",
    severity="medium",
    title="Asks to move the conversation to another platform",
    advice="Hostile approaches move targets to WhatsApp, WeChat, Telegram or personal email, "
    "where the platform cannot see them. Keep the conversation where it started.",
)
def off_platform(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact names a private messaging app (WhatsApp, WeChat, Telegram, Signal, Skype...)
    or asks to continue by personal email or phone, in any supported language (medium). High
    when the same message gives or asks for the number, handle or personal address to move
    to ("add me on WeChat: jenny_88", "lass uns über Signal reden, mein Benutzername...",
    "mi lasci il suo numero WhatsApp"), or asks you to write from your personal email
    instead of your work one."""
    for phrase in lexicons.phrases("off_platform_strong", view.text):
        yield Hit(evidence=phrase, where=view.where, severity="high")
    moves = [*phrases(OFF_PLATFORM_APPS + MOVE_OFF, view.text),
             *lexicons.phrases("off_platform", view.text)]
    channel = concrete_channel(view.text)
    for phrase in moves:
        yield Hit(evidence=phrase, where=view.where, severity="high" if channel else None,
                  why=f"with a way to reach them there: {channel}" if channel else None)


HANDLE_RE = re.compile(r"(?<![\w.@/])@[A-Za-z][\w.]{2,31}(?![\w@])")


def concrete_channel(text: str) -> str | None:
    """The number, handle or personal address a message gives or asks for, if any."""
    for found in lexicons.phrases("contact_ask", text):
        return found
    handle = HANDLE_RE.search(text)
    if handle:
        return handle.group(0)
    for address, domain in email_domains(text):
        if is_webmail(domain):
            return address
    return next(iter(phone_numbers(text)), None)


@signal(
    "message.personal_email",
    severity="medium",
    title="Gives or asks for a personal webmail address",
    advice="An organisation that contacts you from Gmail, QQ, 163.com or Outlook.com cannot be "
    "verified; ask for an address on the organisation's own domain.",
)
def personal_email(view: MessageView, ctx: Context) -> Iterator[str | Hit]:
    """The contact's message contains a personal webmail address (Gmail, Outlook.com, QQ,
    163.com, Yandex, Proton...)."""
    for address, domain in email_domains(view.text):
        if is_webmail(domain):
            yield Hit(evidence=address, where=view.where)


@signal(
    "message.phone_number",
    severity="low",
    title="Gives a phone number",
    advice="A phone number invites you to move to calls or messaging apps; phone back only on "
    "a number you found yourself.",
)
def phone_number(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact's message contains a phone number, international ("+33 6 ...",
    "0044 ...") or in a national format valid in one of the supported languages' countries.
    Low on its own: genuine recruiters put one in their signature."""
    for number in phone_numbers(view.text):
        yield Hit(evidence=number, where=view.where)


# --- elicitation ----------------------------------------------------------------------------

SENSITIVE_ASKS = [
    rx(r"org(?:ani[sz]ation(?:al)?)? ?charts?", r"organi[sz]ation(?:al)? structure",
       r"who (?:else )?(?:works|is working) (?:on|in|with) (?:your|the) (?:team|project|"
       r"programme|program|department|unit)",
       r"who (?:else )?(?:in|on|from) your (?:team|department|unit|lab|group|office|project)",
       r"who (?:do )?you (?:report|answer) to", r"who (?:is )?your (?:boss|manager|line manager)",
       r"how (?:are )?decisions (?:are )?(?:made|taken) (?:in|at|on|about)",
       r"(?:names?|details|contacts?|list) of (?:your |the )?(?:colleagues|team members|"
       r"co-?workers|staff|people in)",
       r"introduce me to (?:your |some )?(?:colleagues|people|team|manager|boss|director)",
       r"(?:your|the) colleagues'? (?:names?|roles?|details|work)",
       r"(?:insider|inside) (?:view|perspective|insights?|information|knowledge)",
       r"what (?:is|are) (?:your|the) (?:government|ministry|department|company|agency|"
       r"team|organi[sz]ation)'?s? (?:current |internal |latest |real |private )?(?:thinking|"
       r"position|plans?|strategy|view) (?:on|about|for)",
       r"names? of (?:people|anyone|someone|colleagues|staff|officials)",
       r"who (?:funds|finances|sponsors|pays for) (?:them|it|you|your|the)",
       r"(?:who|which (?:other )?(?:labs?|groups?|people|colleagues|organi[sz]ations|companies|"
       r"units?)) (?:do |does )?(?:you|your (?:team|lab|group|department)) (?:collaborate|"
       r"work|partner|deal) with"),
]
# Non-public material: evidence only in a sentence that asks for it (a recruiter saying the
# role involves "sensitive information" is not asking for any).
SENSITIVE_MATERIAL = [
    rx(r"(?:internal|non-?public|unpublished|confidential|classified|restricted|sensitive|"
       r"draft) (?:documents?|reports?|papers?|research|results|data|memos?|policy|policies|"
       r"briefings?|information|findings|material|plans?|specifications?|designs?)",
       r"(?:projects?|results|data|work|research|information|documents?|papers?|findings|plans?|"
       r"details)(?: that| which)? (?:are |is |have |has )?(?:not|n't) (?:yet )?(?:been )?"
       r"(?:public|published|released|announced)",
       r"(?:preliminary|raw|unreleased|pre-?publication) (?:data|results|findings|drafts?)",
       r"before (?:publication|it is published|they are published)",
       r"(?:that|which) (?:have|has|are|is)(?:n't| not) (?:yet )?(?:been )?(?:made )?(?:public|"
       r"published|released|announced|disclosed)",
       r"technical (?:specifications?|specs|drawings|details|data|parameters)"),
]
ASK_CUE = re.compile(
    r"\?|\b(?:(?:could|can|would|will) you|please|send (?:me|us|over)|share (?:with|them|it|"
    r"some|any|your)|tell (?:me|us)|let (?:me|us) (?:see|have)|give (?:me|us)|provide (?:me|us)|"
    r"pass (?:me|us|on|along)|forward|(?:i|we)(?:'d| would| will| need| want)|help (?:me|us)|"
    r"(?:would|will|it'd|it would) (?:also |really )?help|(?:like|want|need|love) to (?:know|"
    r"see|hear|learn|get|have|receive|read)|(?:interested|keen) (?:in|to))\b",
    re.I,
)


@signal(
    "message.elicitation_sensitive",
    severity="high",
    title="Asks for non-public information, colleagues or your organisation's structure",
    advice="Do not answer questions about colleagues, internal documents, unpublished work or "
    "your organisation's structure from a contact you have not verified. Report it.",
)
def elicitation_sensitive(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact asks about your colleagues, your organisation's structure, internal or
    non-public documents, unpublished research or "insider" views. Mentions of non-public
    material count only in a sentence that asks for something."""
    yield from hits(view, SENSITIVE_ASKS)
    for sentence in sentences(view.text):
        if ASK_CUE.search(sentence):
            for phrase in phrases(SENSITIVE_MATERIAL, sentence):
                yield Hit(evidence=phrase, where=view.where)


WORK_ASKS = [
    rx(r"(?:tell me|share|know|hear|learn|explain|details?|more) (?:a bit |a little )?"
       r"(?:more )?(?:about|on|of) (?:your|the) (?:current |latest |recent |ongoing )?"
       r"(?:projects?|programmes?|programs?|research|work|contracts?|clients?|tasks?|"
       r"responsibilities|department|unit|team)",
       r"what (?:exactly )?(?:are you|is your team|you are) (?:currently )?working on",
       r"which (?:projects?|programmes?|programs?|contracts?|clients?|systems?) (?:are|do|did|"
       r"have) you",
       r"which (?:projects?|programmes?|programs?|contracts?|clients?|systems?) (?:you|you're) "
       r"(?:are |have been )?(?:currently )?(?:working|involved|responsible)",
       r"(?:specifics|technical details|more details) (?:of|about|on) (?:it|that|this|your)"),
]
DETAIL_ASK = re.compile(
    r"\b(?:details?|specifics|specific|exactly|technical|which)\b", re.I
)
USER_DESCRIBED_WORK = re.compile(
    r"\b(?:i|we) (?:work|am working|'m working|are working|lead|manage|research)\b"
    r"|\bmy (?:project|research|team|programme|program|work)\b",
    re.I,
)


@signal(
    "message.elicitation_work",
    severity="medium",
    title="Asks about your current work and projects",
    advice="Share only what is already public. A new contact who keeps asking for details of "
    "your projects is eliciting; stop and verify who they are.",
)
def elicitation_work(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact asks what you are working on, or for details of your projects, clients or
    research. High when, after you described your work, it asks for specifics ("details of
    your current project", "which systems exactly"): the contact wants more than you
    offered."""
    described = any(USER_DESCRIBED_WORK.search(said) for said in view.user_before)
    for phrase in phrases(WORK_ASKS, view.text):
        severity: Severity | None = "high" if described and DETAIL_ASK.search(phrase) else None
        yield Hit(evidence=phrase, where=view.where, severity=severity)


CV_WORDS = re.compile(r"\b(?:cv|c\.v\.|resum[eé]|résumé|curriculum vitae)\b", re.I)
CLEARANCE = [
    rx(r"(?:your|security|active|current|valid|hold an?|government) clearance(?: level)?",
       r"clearance (?:level|status)",
       r"(?:dv|sc|ts|top secret|secret)[ -/]?(?:sci )?(?:cleared|clearance|vetted|vetting)",
       r"vetting (?:level|status)", r"ts/sci", r"developed vetting", r"security vetting"),
]


@signal(
    "message.clearance_question",
    severity="medium",
    title="Asks about your security clearance",
    advice="Your clearance level is itself sensitive. Tell only verified employers, through "
    "their official process, and tell your security officer about anyone else who asks.",
)
def clearance_question(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact mentions or asks about your security clearance or vetting level (outside a
    CV request, which is ``message.cv_with_clearance``), in any supported language."""
    in_cv_request = {" ".join(p.split()) for _, passage in cv_sentences(view.text)
                     for p in ANY_SENTENCE_END.split(passage)}
    for sentence in sentences(view.text):
        if " ".join(sentence.split()) in in_cv_request:
            continue
        found = lexicons.phrases("clearance", sentence, within=view.text)
        for phrase in [*phrases(CLEARANCE, sentence), *found]:
            yield Hit(evidence=phrase, where=view.where)


CV_TARGETS = rx(
    r"(?:projects?|programmes?|programs?|contracts?|clients?|systems)(?: that| which)? "
    r"(?:you|you've|you have)(?: been)? (?:worked|involved|supported|delivered|led|were|are)",
    r"classified", r"(?:all|every|each) (?:the )?(?:project|programme|program|contract)s?",
    r"details of (?:the |your |all )?(?:projects?|programmes?|programs?|contracts?)",
)
CV_CLEARANCE = rx(r"clearance", r"vetting", r"security (?:level|status)")


@signal(
    "message.cv_with_clearance",
    severity="high",
    title="Asks for a CV listing your clearance or projects",
    advice="A CV that lists your clearance and programmes is a target list. Send a public CV "
    "without them, and only to a verified employer.",
)
def cv_with_clearance(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact asks for your CV or résumé (Lebenslauf, curriculum, резюме, 简历...)
    listing the projects, programmes or classified work you did, or the date and authority of
    your clearance (high: a target list), or with your clearance or vetting level (medium:
    genuine defence recruiters ask this too; verify them first). The CV request and what it
    should list may be in two consecutive sentences."""
    for sentence, passage in cv_sentences(view.text):
        for text in (sentence, passage):
            severity = cv_request_severity(text, view.text)
            if severity:
                yield Hit(evidence=" ".join(text.split()), where=view.where, severity=severity)
                break


def cv_request_severity(text: str, message: str) -> Severity | None:
    if first_phrase([CV_TARGETS], text) or lexicons.present("cv_targets", text, message):
        return "high"
    if first_phrase([CV_CLEARANCE], text) or lexicons.present("clearance", text, message):
        return "medium"
    return None


ANY_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*|\n+")


def cv_sentences(text: str) -> Iterator[tuple[str, str]]:
    """(sentence, passage) for each sentence that asks for a CV; the passage adds the sentence
    after it (where a request often says what the CV should list)."""
    parts = [p for p in ANY_SENTENCE_END.split(text) if p.strip()]
    for i, part in enumerate(parts):
        if CV_WORDS.search(part) or lexicons.present("cv", part, text):
            yield part, " ".join(parts[i:i + 2])


# --- files and links --------------------------------------------------------------------------

RISKY_EXTENSIONS = frozenset(
    [
        "zip", "rar", "7z", "gz", "tgz", "cab", "iso", "img", "vhd", "vhdx", "exe", "msi", "scr",
        "bat", "cmd", "ps1", "vbs", "vbe", "js", "jse", "wsf", "hta", "jar", "apk", "dmg",
        "pkg", "lnk", "docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "ppsm", "one", "chm"
    ]
)
# Not files: JavaScript frameworks named like files ("Node.js" in a developer's job advert).
# ".com" is not listed: a bare domain ("careers.example.com") is far commoner than a DOS program.
JS_LIBRARIES = frozenset(["node", "next", "vue", "react", "express", "nuxt", "d3", "three",
                          "chart", "angular", "ember", "backbone", "socket", "p5", "nest",
                          "moment", "alpine", "svelte", "deno", "solid", "ext", "knockout"])
# A file name written in the text (or at the end of a link): no spaces, not an address.
FILE_NAME_RE = re.compile(
    r"(?<![\w@.:()'-])[\w()'-]+(?:\.[\w()'-]+)*\.(?P<ext>[A-Za-z0-9]{1,5})(?![\w/@-]|\.\w)"
)
OPEN_LURE = [
    rx(r"enable (?:macros?|content|editing)",
       r"(?:download|install|run|execute|launch) (?:the |this |our |my )?(?:attached )?"
       r"(?:job description|jd|skills? (?:assessment|test)|coding (?:test|challenge|assessment)|"
       r"assessment (?:tool|app|software)|app|application|software|tool|file|archive|package|"
       r"installer|client|plugin|extension)",
       r"(?:password|pass ?code) (?:for|to open|of) (?:the )?"
       r"(?:file|archive|zip|document|attachment)",
       r"(?:the )?(?:password|pass ?code) is"),
]


def risky_files(view: MessageView) -> Iterator[str]:
    for name in view.attachments:
        if name.rsplit(".", 1)[-1].lower() in RISKY_EXTENSIONS:
            yield name
    for found in FILE_NAME_RE.finditer(view.text):
        name, ext = found.group(0), found.group("ext").lower()
        if ext in RISKY_EXTENSIONS and "@" not in name and not (
                ext == "js" and name[:-3].lower() in JS_LIBRARIES):
            yield name


@signal(
    "message.risky_file",
    severity="high",
    title="Sends an archive, disk image, program or macro document",
    advice="Do not open archives, disk images, programs or macro documents from a new contact, "
    "nor 'skill assessments' to install. Send them to your security team unopened.",
)
def risky_file(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact attaches or names an archive, disk image, program, shortcut or macro
    document (.zip .rar .iso .exe .lnk .js .docm .xlsm...)."""
    seen: set[str] = set()
    for name in risky_files(view):
        if name.lower() not in seen:
            seen.add(name.lower())
            yield Hit(evidence=name, where=view.where)


@signal(
    "message.open_request",
    severity="medium",
    title="Asks you to download, install or run something",
    advice="Fake recruiters deliver malware as 'job descriptions', 'skill assessments' and "
    "'coding tests'. Do not download, run or enable anything; report it.",
)
def open_request(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact asks you to download, install or run something ("the job description",
    "a skill assessment", "the coding test app", "clone the repo and run npm install", a
    take-home test, a plug-in), to enable macros, or gives a password to open a file, in any
    supported language. High when the same message carries an archive, disk image, program or macro
    document."""
    severity: Severity | None = "high" if next(risky_files(view), None) else None
    found = list(phrases(OPEN_LURE, view.text))
    found += [extra for extra in lexicons.phrases("run_code", view.text)
              if not any(extra.lower() in phrase.lower() for phrase in found)]
    for phrase in found:
        yield Hit(evidence=phrase, where=view.where, severity=severity)


@signal(
    "message.link_shortener",
    severity="medium",
    title="Sends a shortened link",
    advice="A shortened link hides where it goes. Do not click it; ask for the full address on "
    "the organisation's own domain.",
)
def link_shortener(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact sends a link through a shortener (bit.ly, tinyurl, cutt.ly...)."""
    for shown, domain in link_domains(view.text):
        if is_shortener(domain):
            yield Hit(evidence=shown, where=view.where)


@signal(
    "message.lookalike_domain",
    severity="high",
    title="Link or address on a lookalike of a well-known organisation's domain",
    advice="The domain imitates a well-known organisation but is not theirs. Do not click or "
    "reply; report it.",
)
def lookalike_domain(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """A link or email address in the message uses a domain that imitates a well-known company
    or institution (``linkedln-careers.com``, ``rnicrosoft.com``) but is not one of its own."""
    found = [*link_domains(view.text), *email_domains(view.text)]
    for shown, domain in found:
        brand = lookalike_of(domain)
        if brand:
            yield Hit(evidence=f"{shown} (imitates {brand})", where=view.where)


# --- pressure: flattery, urgency, secrecy ----------------------------------------------------

FLATTERY = [
    rx(r"prestigious", r"(?:very |most |deeply |greatly |really )?impressed (?:by|with) your",
       r"(?:outstanding|exceptional|impressive|remarkable|unique|extraordinary|stellar) "
       r"(?:expertise|experience|background|profile|career|work|achievements|insights?|"
       r"knowledge|contributions?|reputation)",
       r"(?:renowned|leading|distinguished|eminent|world[- ]class|respected) (?:expert|"
       r"authority|specialist|scholar|figure)",
       r"(?:hand[- ]?picked|specially selected|carefully selected|you have been selected)",
       r"(?:very )?few (?:people|experts) (?:have|with|like you)"),
]


@signal(
    "message.flattery",
    severity="low",
    title="Flatters you",
    advice="Flattery lowers guard; judge the request on its merits, not the compliments.",
)
def flattery(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact flatters you ("prestigious", "impressed by your outstanding expertise",
    "hand-picked")."""
    yield from hits(view, FLATTERY)


URGENCY = [
    rx(r"urgent(?:ly)?", r"as soon as possible", r"asap", r"within (?:the next )?\d{1,2} hours",
       r"(?:today|tonight) only", r"immediately", r"time[- ]sensitive", r"limited time",
       r"(?:act|respond|reply|decide) (?:fast|quickly|now)", r"before (?:it'?s|it is) too late",
       r"last chance", r"deadline is (?:today|tonight|tomorrow)"),
]


@signal(
    "message.urgency",
    severity="low",
    title="Pressures you to act quickly",
    advice="Urgency stops you checking. Nothing genuine is lost by taking a day to verify.",
)
def urgency(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact pushes for a quick answer ("urgent", "within 24 hours", "act now")."""
    yield from hits(view, URGENCY)


SECRECY_STRONG = [
    rx(r"keep (?:this|it|our (?:conversation|discussion|contact|arrangement)) (?:just )?"
       r"(?:between (?:us|you and me|ourselves)|to yourself|secret|quiet)",
       r"between (?:you and me|us|ourselves)",
       r"(?:don'?t|do not|no need to|there is no need to|please don'?t) (?:tell|inform|mention|"
       r"share (?:this|it) with|let|involve|notify|report (?:this|it) to) (?:anyone|anybody|"
       r"your (?:colleagues|employer|manager|boss|security|organi[sz]ation|company|"
       r"department|team|line manager)|them)",
       r"without (?:telling|informing|involving) (?:anyone|your (?:colleagues|employer|manager|"
       r"boss|security|organi[sz]ation))",
       r"(?:delete|destroy) (?:this|these|our) (?:messages?|conversation|emails?|chat)"),
]
SECRECY_SOFT = [
    rx(r"discreet(?:ly)?", r"discretion", r"off the record",
       r"(?:talk|speak|chat|communicate) (?:more )?(?:freely|privately|securely)",
       r"keep (?:this|it|our (?:conversation|discussion|contact)) (?:private|confidential)",
       r"strictly (?:confidential|private)", r"in (?:strict|the strictest) confidence"),
]


@signal(
    "message.secrecy",
    severity="high",
    title="Asks you to keep the contact secret",
    advice="A genuine contact never needs you to hide them from your employer or security "
    "team. Report any request for secrecy.",
)
def secrecy(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact asks you to keep the contact between you, not to tell your employer or
    colleagues, or to delete messages (high); or stresses discretion (medium)."""
    for phrase in phrases(SECRECY_STRONG, view.text, skip_negated=False):
        yield Hit(evidence=phrase, where=view.where)
    yield from lexicon_hits(view, "secrecy_strong")
    for phrase in phrases(SECRECY_SOFT, view.text):
        yield Hit(evidence=phrase, where=view.where, severity="medium")
    yield from lexicon_hits(view, "secrecy_soft", severity="medium")


# --- money moving the wrong way or through odd channels ---------------------------------------

PAY_WORD = (r"(?:pa(?:y|id|ys|ying|yment|yments)|transfer\w*|send|sent|wire[ds]?|"
            r"remunerat\w*|compensat\w*|rewards?|fees?|salary|wages?)")
PAY_CHANNEL = (r"(?:bitcoins?|btc|usdt|tether|ethereum|crypto(?:currency|currencies)?|cash|"
               r"(?:personal|private|third[- ]party) (?:bank )?account)")
UNUSUAL_PAYMENT = [
    rx(r"gift ?cards?", r"(?:itunes|amazon|google play|steam) cards?", r"western union",
       r"moneygram", r"(?:crypto|bitcoin|btc|usdt) wallet",
       rf"{PAY_WORD}\b[^.!?\n]{{0,40}}?\b{PAY_CHANNEL}",
       rf"{PAY_CHANNEL}\b[^.!?\n]{{0,40}}?\b{PAY_WORD}"),
]


@signal(
    "message.unusual_payment",
    severity="high",
    title="Payment through untraceable channels",
    advice="Payment in crypto, gift cards, Western Union or cash is untraceable by design; no "
    "genuine employer or conference pays that way. Report it.",
)
def unusual_payment(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact mentions crypto, gift cards, money transfer services (Western Union,
    MoneyGram), cash or third-party accounts as a way to pay or be paid."""
    yield from hits(view, UNUSUAL_PAYMENT)


ADVANCE_FEE = [
    rx(r"(?:pay|transfer|send|deposit) (?:a |the |an |us )?(?:small |one[- ]time |refundable )?"
       r"(?:processing|application|training|visa|onboarding|admin(?:istration)?|"
       r"background[- ]check|certification|equipment|starter kit|membership) (?:fee|cost|"
       r"charge|deposit)s?",
       r"(?:processing|application|training|visa|onboarding) fee",
       r"(?:buy|purchase|pay for) (?:[\w-]+ ){0,3}(?:equipment|laptops?|software|supplies|kit|"
       r"materials|devices?)[^.!?\n]{0,60}(?:reimburs\w+|refund\w*)",
       r"(?:deposit|cash) (?:the |this )?(?:cheque|check)"),
]


@signal(
    "message.advance_fee",
    severity="high",
    title="Asks you to pay up front",
    advice="Genuine employers and conferences do not charge candidates or speakers fees, nor "
    "ask them to buy equipment or cash cheques. This is fraud.",
)
def advance_fee(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact asks you to pay a processing, application, training or visa fee, to buy
    equipment to be reimbursed, or to deposit a cheque."""
    yield from hits(view, ADVANCE_FEE)
