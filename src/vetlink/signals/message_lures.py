"""Message signals for in-person lures: invitations to meet (abroad, with "the client", over
dinner) and gifts. Each takes a :class:`~vetlink.signals.message_view.MessageView` of one
message from the contact, like the signals in :mod:`vetlink.signals.message`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vetlink.signals import lexicons
from vetlink.signals.base import Context, Hit, signal
from vetlink.signals.message_view import MessageView, phrases, rx

# Who a lure asks you to meet: a party the contact does not name.
UNNAMED_PARTY = (r"(?:the |our |my )?(?:client|clients|sponsors?|principals?|director|boss|"
                 r"chairman|ceo|president|partners?|management|leadership|investors?|"
                 r"(?:senior )?(?:colleagues|people))")
PLACE = r"[\w ,'’-]{2,40}?"
FOR_MEETINGS = r"(?:to meet|for (?:a |an )?(?:meetings?|talks|discussions?))"
TRAVEL_TO_MEET = [
    rx(rf"(?:fly|travel|come|go|visit)(?: over| out)? to {PLACE} to meet(?: with)? "
       rf"{UNNAMED_PARTY}",
       rf"(?:fly|bring) you (?:over |out )?to {PLACE} {FOR_MEETINGS}",
       rf"invit\w* you to (?:visit|come to|travel to|fly to) {PLACE} {FOR_MEETINGS}",
       rf"(?:trip|visit|journey) (?:to {PLACE} )?to meet(?: with)? {UNNAMED_PARTY}",
       rf"meet(?: with)? {UNNAMED_PARTY} (?:in person|face[- ]to[- ]face|personally|abroad|"
       r"overseas)"),
]
MEET_IN_PERSON = [
    rx(r"meet (?:you |up )?(?:in person|face[- ]to[- ]face)",
       r"(?:an? )?(?:in[- ]person|face[- ]to[- ]face) (?:meeting|meet-?up|chat|discussion)",
       r"(?:invite you|join (?:us|me)|take you(?: out)?|treat you|host you) (?:to|for) "
       r"(?:a |an )?(?:private |informal |small |nice |business )?(?:dinner|lunch|drinks|meal)",
       r"over (?:a |an )?(?:private |informal |nice )?(?:dinner|lunch|drinks|meal)",
       r"(?:dinner|lunch) (?:with (?:me|us|the client|my boss|our director)|invitation)"),
]


@signal(
    "message.meeting_invitation",
    severity="medium",
    title="Invites you to meet in person or to travel to meet",
    advice="Meeting in person, above all abroad or with an unnamed 'client', is how an online "
    "approach moves to recruitment. Tell your security officer before you agree to any meeting.",
)
def meeting_invitation(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact invites you to travel (or flies you out) to meet "the client", "our
    director" or another party they do not name (medium); or to meet in person, over dinner,
    lunch or drinks (low: colleagues do this too; it matters with fees, paid travel or
    secrecy). An event with its own public programme is not a meeting with "the client"."""
    for phrase in phrases(TRAVEL_TO_MEET, view.text):
        yield Hit(evidence=phrase, where=view.where)
    for phrase in phrases(MEET_IN_PERSON, view.text):
        yield Hit(evidence=phrase, where=view.where, severity="low")


GIFT = [
    rx(r"(?:small |little |modest )?tokens? of (?:our |my )?(?:appreciation|gratitude|thanks)",
       r"(?:send|give|offer|present|post|ship) you (?:a |an |some |our )?(?:small |little |"
       r"special |personal )?(?:gifts?|presents?|vouchers?|hampers?)",
       r"(?:gift|shopping|amazon|travel|restaurant|spa|hotel|retail) vouchers?",
       r"vouchers? (?:worth|for|of) ",
       r"(?:a |an |our |some )?(?:small |little |special )?(?:gifts?|presents?) (?:for you|to "
       r"(?:thank|show)|as a thank[- ]you|of (?:appreciation|thanks|gratitude))",
       r"thank[- ]you (?:gifts?|presents?|hampers?)",
       r"(?:complimentary|free) (?:ipad|iphone|laptop|phone|smartphone|tablet|watch|camera)"),
]


@signal(
    "message.gift_offer",
    severity="medium",
    title="Offers you a gift",
    advice="Gifts create a sense of obligation, and accepting one can breach your employer's "
    "rules. Decline, and tell your security officer about unsolicited gifts.",
)
def gift_offer(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact offers a gift, vouchers, a hamper or "a small token of appreciation" (gift
    cards as payment are ``message.unusual_payment``)."""
    for phrase in phrases(GIFT, view.text):
        yield Hit(evidence=phrase, where=view.where)


# --- lures from public case reports (APT35, Sapphire Sleet / Lazarus) --------------------------


SENTENCE_BREAK = re.compile(r"[.!?](?=\s)|[。！？\n]")


def sentence_of(text: str, start: int) -> str:
    """The sentence around position ``start`` (evidence for rules that combine phrases); a
    full stop ends a sentence only before a space, so links and file names stay whole."""
    begin = 0
    for found in SENTENCE_BREAK.finditer(text, 0, start):
        begin = found.end()
    after = SENTENCE_BREAK.search(text, start)
    end = after.end() if after else len(text)
    return " ".join(text[begin:end].split())


@signal(
    "message.credential_request",
    severity="high",
    title="Asks for a password, a one-time code or a login through a link",
    advice="No genuine organiser needs your password, your verification code or a login with "
    "your work account on their site, nor control of your screen. Do not enter or forward "
    "anything; report the message to your security team.",
)
def credential_request(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact asks you to sign in with your work, Microsoft or Google account on a link
    they send, to give a password, to accept a remote session or screen control, or to
    forward a verification / one-time code you are about to receive (the APT35 conference
    and webinar lures), in any supported language."""
    for phrase in lexicons.phrases("credential", view.text):
        yield Hit(evidence=phrase, where=view.where)
    if lexicons.present("otp", view.text):
        for start, _, _ in lexicons.find("code_forward", view.text):
            yield Hit(evidence=sentence_of(view.text, start), where=view.where)
            return


@signal(
    "message.work_machine_lure",
    severity="high",
    title="Asks you to open or run something on your work computer",
    advice="A 'take-home test', repository or document that must run on your work machine is "
    "how Lazarus / Sapphire Sleet personas reach employers' networks. Do not run it anywhere; "
    "report it to your security team.",
)
def work_machine_lure(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact asks you to open, install, clone or run something (a test, a repository,
    a file, an archive) on your work laptop or computer, in any supported language. The
    evidence is the sentence naming the work machine."""
    for start, _, _ in lexicons.find("work_machine", view.text):
        sentence = sentence_of(view.text, start)
        if (lexicons.present("run_verb", sentence, view.text)
                or lexicons.present("run_code", view.text)):
            yield Hit(evidence=sentence, where=view.where)
            return


@signal(
    "message.passport_request",
    severity="medium",
    title="Asks for a copy of your passport or ID",
    advice="A passport scan with your date of birth and address is enough to impersonate you "
    "and to track your travel. Send identity documents only to an organiser you have verified "
    "independently, and tell your security officer about the trip first.",
)
def passport_request(view: MessageView, ctx: Context) -> Iterator[Hit]:
    """The contact asks for a copy, scan, photo or number of your passport or ID card (the
    'visa letter' step of expenses-paid trip lures), in any supported language. Medium on its
    own: genuine organisers of events abroad sometimes need it; it matters together with paid
    travel, fees or urgency."""
    for phrase in lexicons.phrases("passport", view.text):
        yield Hit(evidence=phrase, where=view.where)
