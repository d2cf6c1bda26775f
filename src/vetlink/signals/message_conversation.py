"""Conversation-level message signals: how the conversation develops, who sent it, and what the
recruitment-fraud model made of it. Each takes a
:class:`~vetlink.signals.message_view.ConversationView` (marked ``@on_conversation``)."""

from __future__ import annotations

from collections.abc import Iterator

from vetlink.signals.base import Context, Hit, signal
from vetlink.signals.domains import EMAIL_RE, is_webmail, lookalike_of
from vetlink.signals.message_view import ConversationView, on_conversation

# The asks a hostile approach escalates to, by kind (ids of message-level signals).
ASK_KINDS: dict[str, str] = {
    "message.off_platform": "moving off-platform",
    "message.personal_email": "moving off-platform",
    "message.elicitation_work": "questions about your work",
    "message.elicitation_sensitive": "questions about non-public matters",
    "message.clearance_question": "questions about your clearance",
    "message.cv_with_clearance": "questions about your clearance",
    "message.paid_reports": "money",
    "message.paid_offer": "money",
    "message.expenses_paid": "money",
    "message.unusual_payment": "money",
    "message.advance_fee": "money",
    "message.secrecy": "secrecy",
    "message.risky_file": "files to open",
    "message.open_request": "files to open",
    "message.lookalike_domain": "files to open",
    "message.link_shortener": "files to open",
    "message.meeting_invitation": "meeting in person",
    "message.gift_offer": "gifts",
    # read by the intent model (signals/message_intent.py)
    "message.asks_team": "questions about non-public matters",
    "message.asks_decisions": "questions about non-public matters",
    "message.asks_documents": "questions about non-public matters",
    "message.asks_programme": "questions about your work",
    "message.asks_technical": "questions about your work",
    "message.asks_travel": "questions about your travel",
    "message.asks_clearance": "questions about your clearance",
    "message.asks_off_record": "secrecy",
    "message.credential_request": "passwords and codes",
    "message.work_machine_lure": "files to open",
    "message.passport_request": "identity documents",
}


def opening_is_benign(view: ConversationView, opening: int) -> bool:
    return not view.flags[opening]


def first_ask(view: ConversationView, after: int) -> int | None:
    for position, message in enumerate(view.messages):
        asks = any(flag in ASK_KINDS for flag in view.flags[position])
        if position > after and message.sender == "contact" and asks:
            return position
    return None


def asks_from(view: ConversationView, start: int) -> dict[str, int]:
    """Each kind of ask at or after ``start``, with the first message it appears in."""
    kinds: dict[str, int] = {}
    for position in range(start, len(view.messages)):
        if view.messages[position].sender != "contact":
            continue
        for flag in sorted(view.flags[position]):
            kind = ASK_KINDS.get(flag)
            if kind and kind not in kinds:
                kinds[kind] = view.messages[position].index
    return kinds


@signal(
    "message.escalation",
    severity="high",
    title="A harmless opening escalated to asks",
    advice="This is how cultivation works: a friendly first message, then requests to move "
    "platform, for your work or for money. Stop replying and report the whole conversation.",
)
@on_conversation
def escalation(view: ConversationView, ctx: Context) -> Iterator[Hit]:
    """The contact's first message raised no medium or high red flag, and a later message
    brought at least two kinds of ask (moving off-platform, questions about your work,
    clearance, travel or non-public matters, in any wording the intent model reads, money,
    gifts, secrecy, files to open, meeting in person). Reported at the message where it turned."""
    contact_positions = [i for i, m in enumerate(view.messages) if m.sender == "contact"]
    if len(contact_positions) < 2 or not opening_is_benign(view, contact_positions[0]):
        return
    turn = first_ask(view, contact_positions[0])
    if turn is None:
        return
    kinds = asks_from(view, turn)
    if len(kinds) < 2:
        return
    opening = view.messages[contact_positions[0]].index
    listed = ", ".join(f"{kind} (message {index})" for kind, index in kinds.items())
    turned_at = view.messages[turn].index
    yield Hit(
        evidence=f"benign opening (message {opening}); turned at message {turned_at}: {listed}",
        where=f"message {turned_at}",
    )


@signal(
    "message.sender_domain",
    severity="medium",
    title="Sent from a personal or lookalike email domain",
    advice="Organisations write from their own domain. Verify the sender through the "
    "organisation's published contact details before replying.",
)
@on_conversation
def sender_domain(view: ConversationView, ctx: Context) -> Iterator[Hit]:
    """The email's sender address is on personal webmail (medium) or on a domain imitating a
    well-known organisation (high). Only runs when the input shows the sender's address (an
    .eml file, or a contact given as "Name <address>")."""
    found = EMAIL_RE.search(view.contact or "")
    if found is None:
        return
    address, domain = found.group(0), found.group("domain").lower()
    brand = lookalike_of(domain)
    if brand:
        yield Hit(evidence=f"{address} (imitates {brand})", severity="high", where="sender")
    elif is_webmail(domain):
        yield Hit(evidence=address, where="sender")


MODEL_MAX_WEIGHT = 0.25  # the model alone can never make an assessment medium
MODEL_FROM = 0.6  # below this probability the model raises nothing


def model_weight(probability: float) -> float:
    """A conservative weight for the job-ad fraud model's probability on chat text: nothing
    below 0.6, rising linearly to 0.25 at 1.0 (one medium finding is 0.2)."""
    if probability < MODEL_FROM:
        return 0.0
    return round(MODEL_MAX_WEIGHT * (probability - MODEL_FROM) / (1.0 - MODEL_FROM), 3)


@signal(
    "message.model_recruitment_fraud",
    severity="low",
    title="Reads like a fraudulent job advert (trained model)",
    advice="The wording resembles known fraudulent job ads. On its own this is weak evidence: "
    "the model learnt from job adverts, not from messages.",
)
@on_conversation
def model_recruitment_fraud(view: ConversationView, ctx: Context) -> Iterator[Hit]:
    """The recruitment-fraud text model (trained on EMSCAD job ads, 2012-14) gives the
    contact's messages a fraud probability of at least 0.6. Its weight in the score is
    modest (at most 0.25) because it was trained on job adverts, not chat messages; the
    evidence names the words that moved it."""
    model = view.model
    if model is None or model.name != "recruitment_fraud" or view.genre == "advert":
        return
    if model_weight(model.probability) <= 0:
        return
    words = [str(c["feature"]) for c in model.contributions if float(c.get("weight", 0)) > 0]
    moved = ", ".join(words[:5]) or "no single word"
    weight = model_weight(model.probability)
    yield Hit(
        evidence=f"probability {model.probability:.2f}; words: {moved}",
        severity="medium" if weight >= 0.15 else "low",
        where="contact's messages",
        weight=weight,
    )
