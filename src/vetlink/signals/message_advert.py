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
# How far the probability, calibrated on EMSCAD's 2012-14 adverts, carries over to adverts
# from elsewhere. On the blind genre-dev adverts (UK defence, academic and agency adverts)
# a probability of 0.8 or more was right 2 times in 4, so the finding weighs half the
# probability: the model alone can make an advert medium (up to 50), and with one rule
# hallmark (a fee, webmail, a move off-platform...) high. 1.0 would be the literal full say;
# `bench/advert_eval.py` prints both.
ADVERT_TRUST = 0.5


def advert_weight(probability: float) -> float:
    if probability < ADVERT_FROM:
        return 0.0
    return round(ADVERT_TRUST * probability, 4)


def advert_severity(probability: float) -> str:
    return "high" if probability >= 0.8 else "medium"


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
    equally common. The finding's weight is half that probability (``ADVERT_TRUST``: the
    calibration is EMSCAD's, and adverts from elsewhere are less certain), so the model alone
    makes an advert at most medium; its evidence names only what raised it."""
    model = view.model
    if view.genre != "advert" or model is None or model.name != ADVERT_MODEL:
        return
    weight = advert_weight(model.probability)
    if weight <= 0:
        return
    yield Hit(
        evidence=f"chance of fraud {percent(model.probability)} (if fraudulent and genuine "
                 f"adverts were equally common); what raised it: {reasons(model.contributions)}",
        severity=advert_severity(model.probability),  # type: ignore[arg-type]
        where="the advert",
        weight=weight,
    )
