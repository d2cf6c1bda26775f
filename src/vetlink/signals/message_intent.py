"""Message signals for what the contact asks, read by the intent model in any wording and any
supported language (see :mod:`vetlink.approach.intent`).

The approach check embeds the contact's sentences once per conversation and puts what the model
read on each :class:`~vetlink.signals.message_view.MessageView` (``view.intents``); each signal
here turns the sentences of its intent into findings that quote the sentence. A sentence an
exact English rule (``message.elicitation_*``, ``message.clearance_question``,
``message.cv_with_clearance``, ``message.secrecy``) already caught gives one finding, the more
severe of the two (:func:`vetlink.approach.merge.one_finding_per_sentence`).

Severity: an intent's *strong* severity when the model is sure (probability at least the
calibrated ``strong`` threshold) and the sentence asks (a question mark or a request cue);
its *weak* severity otherwise. Questions about your work or technical details after you
described your work take the strong severity: the contact wants more than you offered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from vetlink.domain import Severity
from vetlink.signals.base import Context, Hit, signal
from vetlink.signals.message import USER_DESCRIBED_WORK
from vetlink.signals.message_view import MessageView


@dataclass(frozen=True)
class Intent:
    """One kind of elicitation: what a non-expert reads, and how much it weighs."""

    title: str
    strong: Severity
    weak: Severity
    advice: str
    doc: str


VERIFY = "Do not answer until you have verified who they are through a channel you found yourself."
INTENTS: dict[str, Intent] = {
    "team": Intent(
        "Asks who else is in your team and who has access", "high", "medium",
        "Who works with you and who has access is what a hostile service needs to pick its next "
        f"target. {VERIFY}",
        "The contact asks who else is in your team, who your colleagues or managers are, or "
        "who has access to systems, sites or files."),
    "programme": Intent(
        "Asks about a programme or project: progress, schedule, budget, partners or suppliers",
        "high", "medium",
        "Progress, schedules, budgets, partners and suppliers of a programme are what "
        f"elicitation is after. Share only what is already public. {VERIFY}",
        "The contact asks about a programme or project: what you work on, how it is "
        "progressing, its schedule, budget, partners or suppliers."),
    "decisions": Intent(
        "Asks about internal decisions, negotiating positions or who signs off", "high",
        "medium",
        "Internal decisions, negotiating positions and reorganisations are not public for a "
        f"reason. {VERIFY}",
        "The contact asks about internal decisions, negotiating positions, reorganisations or "
        "who signs off."),
    "technical": Intent(
        "Asks for technical parameters or non-public data", "high", "medium",
        f"Technical parameters and test data are exactly what is collected. {VERIFY}",
        "The contact asks for technical parameters, specifications, test results or other "
        "non-public data."),
    "documents": Intent(
        "Asks you to send internal documents", "high", "medium",
        "Never send internal documents, slides, minutes or drafts to a contact outside your "
        "organisation; report the request to your security team.",
        "The contact asks you to send or show documents: reports, slides, minutes, drafts, "
        "contracts, organisation charts."),
    "travel": Intent(
        "Asks about your travel plans and meetings", "high", "medium",
        "Your travel plans and meetings tell a hostile service where to find you away from "
        "your security team. Do not share them with unverified contacts.",
        "The contact asks where and when you travel, which meetings or events you attend and "
        "whom you will meet."),
    "clearance": Intent(
        "Asks about your security clearance or the classified work in your CV", "medium", "low",
        "Your clearance level and classified projects are themselves sensitive. Tell only "
        "verified employers, through their official process.",
        "The contact asks about your security clearance or vetting, or for a CV that lists "
        "classified work."),
    "off_record": Intent(
        "Asks to talk 'off the record' or in confidence", "high", "medium",
        "A genuine contact has no need to talk off the record with you. Keep to what you would "
        "say publicly, and tell your security officer.",
        "The contact asks to talk off the record, informally or in confidence."),
}
# Intents that ask about your work itself: after you described it, a follow-up is strong.
WORK_INTENTS = frozenset({"programme", "technical"})


def signal_id(intent: str) -> str:
    return f"message.asks_{intent}"


def intent_hits(view: MessageView, intent: str) -> Iterator[Hit]:
    info = INTENTS[intent]
    described = intent in WORK_INTENTS and any(
        USER_DESCRIBED_WORK.search(said) for said in view.user_before)
    for asked in view.intents:
        if asked.intent == intent:
            strong = asked.strong or (described and asked.probability >= 0.5)
            yield Hit(evidence=asked.sentence, where=view.where,
                      severity=info.strong if strong else info.weak)


def register(intent: str) -> None:
    info = INTENTS[intent]

    def run(view: MessageView, ctx: Context) -> Iterator[Hit]:
        return intent_hits(view, intent)

    run.__doc__ = (f"{info.doc} Read by the multilingual intent model, in any wording; "
                   f"{info.strong} when the model is sure and the sentence asks, {info.weak} "
                   "otherwise.")
    run.__name__ = f"asks_{intent}"
    decorate: Callable[..., object] = signal(
        signal_id(intent), severity=info.strong, title=info.title, advice=info.advice)
    decorate(run)


for _intent in INTENTS:
    register(_intent)
