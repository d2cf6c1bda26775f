"""The recruitment-fraud model on a job advert, where it is in its own domain.

When the input is a job advert (given as one, or a pasted block of text the genre detector
reads as one: :mod:`vetlink.approach.genre`), the advert model
(:mod:`vetlink.model.advert`) gives a calibrated probability and this finding carries it as
its weight. On chats this signal is silent and ``message.model_recruitment_fraud`` keeps its
capped weight.
"""

from __future__ import annotations

from collections.abc import Iterator

from vetlink.signals.base import Context, Hit, signal
from vetlink.signals.message_view import ConversationView, on_conversation

ADVERT_MODEL = "recruitment_fraud_advert"
ADVERT_FROM = 0.5  # below even odds the model raises nothing


def advert_severity(probability: float) -> str:
    if probability >= 0.8:
        return "high"
    return "medium" if probability >= 0.65 else "low"


def percent(probability: float) -> str:
    return f"{probability:.0%}" if probability < 0.995 else "over 99%"


def reasons(contributions: list[dict[str, object]]) -> str:
    """What raised the probability, in plain words: the words, then the advert's cues."""
    words = [f"“{c['feature']}”" for c in contributions if c.get("kind") == "word"]
    cues = [str(c["feature"]) for c in contributions if c.get("kind") == "cue"]
    parts = []
    if words:
        parts.append("it uses words common in fraudulent adverts (" + ", ".join(words[:5]) + ")")
    parts += cues
    return "; ".join(parts) or "no single word or feature stood out"


@signal(
    "message.advert_fraud_model",
    severity="medium",
    title="This job advert reads like a fraudulent one (trained model)",
    advice="Check that the employer exists and posts this job on its own website; never pay "
    "a fee, buy equipment or give bank details to get a job.",
)
@on_conversation
def advert_fraud_model(view: ConversationView, ctx: Context) -> Iterator[Hit]:
    """On a job advert, the recruitment-fraud model (EMSCAD job adverts 2012-14, calibrated)
    gives a probability of fraud of at least 0.5, if fraudulent and genuine adverts were
    equally common. The finding's weight is that probability (high from 0.8, medium from
    0.65); its evidence names only what raised it."""
    model = view.model
    if view.genre != "advert" or model is None or model.name != ADVERT_MODEL:
        return
    if model.probability < ADVERT_FROM:
        return
    yield Hit(
        evidence=f"chance of fraud {percent(model.probability)} (if fraudulent and genuine "
                 f"adverts were equally common); what raised it: {reasons(model.contributions)}",
        severity=advert_severity(model.probability),  # type: ignore[arg-type]
        where="the advert",
        weight=model.probability,
    )
