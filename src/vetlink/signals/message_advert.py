"""The recruitment-fraud model on a job advert, where it is in its own domain.

When the input is a job advert (given as one, or a pasted block of text the genre detector
reads as one: :mod:`vetlink.approach.genre`), the advert model
(:mod:`vetlink.model.advert`) gives a calibrated probability and its finding sets the score:
a monotone mapping of the probability (:func:`advert_weight`), so the product ranks adverts
as the model does; alone it makes an advert at most medium. Only the rules that mean the
same in an advert as in a chat (:data:`ADVERT_RULES`: a fee, an unusual payment, a login, a
file or program to run, a copy of your passport, a webmail address, a move to a messaging
app, payment per report) add to it; the findings of rules built for chats are shown as
information and weigh nothing there (:func:`on_advert`). On chats this signal is silent and
``message.model_recruitment_fraud`` keeps its capped weight.
"""

from __future__ import annotations

from collections.abc import Iterator

from vetlink.domain import Finding
from vetlink.signals.base import Context, Hit, signal
from vetlink.signals.message_view import ConversationView, on_conversation

ADVERT_MODEL = "recruitment_fraud_advert"
ADVERT_FINDING = "message.advert_fraud_model"
# The probability (calibrated at even odds, :mod:`vetlink.model.advert`) from which the model
# alone makes an advert medium; alone it never makes it high (HIGH_FROM_P = None): a rule
# hallmark must agree. Chosen on EMSCAD out-of-fold and the blind advert dev set
# (`bench/advert_eval.py` prints both, with the other mappings): on adverts written outside
# EMSCAD (UK defence, academic, agency, ordinary adverts) the model ranks little better than
# chance and was 0.8-0.98 sure on genuine ones, so a lower threshold or a high band from the
# model alone made genuine adverts medium or high without catching more fraud there.
MEDIUM_FROM_P = 0.9
HIGH_FROM_P: float | None = None
# The finding's weight: linear from 0 to LOW_TOP below MEDIUM_FROM_P (the score stays in the
# low band, under 30), then linear from MEDIUM_TOP[0] to MEDIUM_TOP[1] (scores 30-59, medium).
# It rises with the probability everywhere, so the product ranks adverts as the model does.
LOW_TOP = 0.29
MEDIUM_TOP = (0.30, 0.59)
# Rules that mean the same in a job advert as in a chat: a genuine employer's advert never
# asks for them. Everything else (flattery, urgency, "paid" work, clearance, vague clients,
# the asks for information...) describes ordinary adverts too, and is information there.
ADVERT_RULES = frozenset({
    "message.advance_fee", "message.unusual_payment", "message.credential_request",
    "message.work_machine_lure", "message.risky_file", "message.lookalike_domain",
    "message.link_shortener", "message.passport_request", "message.personal_email",
    "message.sender_domain", "message.off_platform", "message.paid_reports",
})
# An interview "by Skype" is how 2012-14 adverts said "by video call": not a move off-platform.
VIDEO_CALL_ONLY = frozenset({"skype", "zoom", "teams", "microsoft teams", "google meet"})
NOT_COUNTED = "not counted on a job advert: this hallmark describes ordinary adverts too"


def advert_weight(probability: float) -> float:
    """The finding's weight for a calibrated probability: strictly increasing."""
    p = min(max(probability, 0.0), 1.0)
    if p < MEDIUM_FROM_P:
        return round(LOW_TOP * p / MEDIUM_FROM_P, 4)
    start, top = MEDIUM_TOP
    return round(start + (top - start) * (p - MEDIUM_FROM_P) / (1.0 - MEDIUM_FROM_P), 4)


def advert_severity(probability: float) -> str:
    if HIGH_FROM_P is not None and probability >= HIGH_FROM_P:
        return "high"
    return "medium" if probability >= MEDIUM_FROM_P else "info"


def counts_on_advert(finding: Finding) -> bool:
    if finding.id == ADVERT_FINDING:
        return True
    if finding.id == "message.off_platform":
        named = {part.strip().lower() for part in finding.evidence.split(";")}
        return finding.severity == "high" or not named <= VIDEO_CALL_ONLY
    return finding.id in ADVERT_RULES


def on_advert(findings: list[Finding]) -> list[Finding]:
    """A job advert's findings: the advert model's and :data:`ADVERT_RULES` count as they
    are; the others are kept as information, weighing nothing."""
    return [f if counts_on_advert(f) else
            f.model_copy(update={"severity": "info", "weight": 0.0, "why": NOT_COUNTED})
            for f in findings]


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
    title="How much this job advert reads like a fraudulent one (trained model)",
    advice="Check that the employer exists and posts this job on its own website; never pay "
    "a fee, buy equipment or give bank details to get a job.",
)
@on_conversation
def advert_fraud_model(view: ConversationView, ctx: Context) -> Iterator[Hit]:
    """On a job advert, the recruitment-fraud model (EMSCAD job adverts 2012-14, calibrated)
    gives a probability of fraud if fraudulent and genuine adverts were equally common, and
    its finding sets the advert's score (:func:`advert_weight`: medium from probability 0.9,
    never high alone; below 0.9 the finding is information with a smaller weight). Its
    evidence names only what raised the probability."""
    model = view.model
    if view.genre != "advert" or model is None or model.name != ADVERT_MODEL:
        return
    p = model.probability
    raised = f"what raised it: {reasons(model.contributions)}" if p >= MEDIUM_FROM_P else \
        "on its own not a warning sign (the model counts from 90%)"
    yield Hit(
        evidence=f"chance of fraud {percent(p)} (if fraudulent and genuine adverts were "
                 f"equally common); {raised}",
        severity=advert_severity(p),  # type: ignore[arg-type]
        where="the advert",
        weight=advert_weight(p),
    )
