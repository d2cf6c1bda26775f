"""Message signals for in-person lures: invitations to meet (abroad, with "the client", over
dinner) and gifts. Each takes a :class:`~vetlink.signals.message_view.MessageView` of one
message from the contact, like the signals in :mod:`vetlink.signals.message`."""

from __future__ import annotations

from collections.abc import Iterator

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
