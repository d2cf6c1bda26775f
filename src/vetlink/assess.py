"""The single entry point: ``assess(profile, conversation, photo) -> Assessment``.

The CLI, the web app and the batch job all call this. Each input kind is checked by its own
part (profile signals here; conversations in :mod:`vetlink.approach`; photos in
:mod:`vetlink.photo`), and the parts' findings are combined by :mod:`vetlink.scoring`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from vetlink import scoring
from vetlink.domain import (
    SEVERITY_ORDER,
    Assessment,
    Conversation,
    Finding,
    Message,
    Profile,
    Status,
)
from vetlink.errors import InputError
from vetlink.parts import Part  # also imported from here by older callers
from vetlink.signals.base import Context, run_signals

BAND_ADVICE: dict[str, list[str]] = {
    "low": [
        "No strong warning signs were found. Accept only if you know the person or can see why "
        "they would contact you, and stay alert if the conversation moves to money, your work "
        "or another platform.",
    ],
    "medium": [
        "Recognise: some hallmarks of a fake or hostile persona are present. Do not accept yet.",
        "Verify the person through a channel you find yourself (their employer's switchboard, "
        "a known colleague), not through details they gave you.",
        "Report it to your security team if you work in government, defence, research or "
        "critical industry, even if you are unsure.",
    ],
    "high": [
        "Recognise: this profile or approach shows several hallmarks of a fake or hostile persona.",
        "Report: send it to your security team (and use the platform's report button).",
        "Remove: do not accept, do not reply, and do not move to another platform or open "
        "attachments. If you already connected, remove the connection after reporting.",
    ],
}


# Said instead of the low band's reassurance when some findings are medium or high: the
# advice never contradicts the findings shown below it.
LOW_WITH_FLAGS = (
    "Some warning signs were found (see the findings), though not enough together to rate "
    "this higher. Do not accept until you have checked each one, and verify the person "
    "through a channel you find yourself."
)


def check_profile(profile: Profile, ctx: Context) -> Part:
    result = run_signals("profile", profile, ctx)
    return Part(findings=result.findings, not_checked=result.not_checked)


def check_conversation(conversation: Conversation, ctx: Context, use_models: bool,
                       genre: str | None = None) -> Part:
    from vetlink.approach import check_conversation as run

    return run(conversation, ctx, use_models=use_models, genre=genre)


def advert_conversation(text: str) -> Conversation:
    """A job advert is checked as one message from the contact, read as an advert."""
    if not text.strip():
        raise InputError("advert: the advert is empty")
    return Conversation(messages=[Message(sender="contact", text=text)])


def check_photo(photo: Path | bytes, ctx: Context, use_models: bool, name: str | None) -> Part:
    from vetlink.photo import check_photo as run

    return run(photo, ctx, use_models=use_models, persona=name)


def assess(
    profile: Profile | None = None,
    conversation: Conversation | None = None,
    photo: Path | bytes | None = None,
    *,
    context: Context | None = None,
    use_models: bool = True,
    advert: str | None = None,
) -> Assessment:
    """Check whatever is given and combine it into one assessment. ``advert`` is the text
    of a job advert (checked like a message; the recruitment-fraud model speaks there with its
    calibrated probability)."""
    if profile is None and conversation is None and photo is None and advert is None:
        raise InputError("nothing to check: give a profile, a conversation, an advert or a "
                         "photo")
    ctx = context or Context()
    parts: list[Part] = []
    inputs: list[str] = []
    if profile is not None:
        inputs.append("profile")
        parts.append(check_profile(profile, ctx))
        if photo is None and profile.photo and profile.photo.path:
            photo = Path(profile.photo.path)
    if conversation is not None:
        inputs.append("conversation")
        parts.append(check_conversation(conversation, ctx, use_models))
    if advert is not None:
        inputs.append("advert")
        parts.append(check_conversation(advert_conversation(advert), ctx, use_models, "advert"))
    if photo is not None:
        inputs.append("photo")
        parts.append(check_photo(photo, ctx, use_models, profile.name if profile else None))
    if profile is not None and conversation is not None:
        parts.append(check_pair(profile, conversation, ctx))
    parts.append(check_watchlist(profile, conversation, parts, ctx))
    subject = subject_of(profile, conversation, inputs)
    genres = [p.genre for p in parts if p.genre]
    if conversation is not None and genres:
        subject["genre"] = genres[0]  # detected from the pasted conversation
    return combine(parts, subject)


def check_pair(profile: Profile, conversation: Conversation, ctx: Context) -> Part:
    """What only the profile and the conversation together show (``pair.*`` signals)."""
    from vetlink.signals.pair import Pair

    result = run_signals("pair", Pair(profile=profile, conversation=conversation), ctx)
    return Part(findings=result.findings, not_checked=result.not_checked, across=True)


def check_watchlist(
    profile: Profile | None, conversation: Conversation | None, parts: list[Part], ctx: Context
) -> Part:
    from vetlink.intel.match import check_watchlist as run

    prints = [p.fingerprint for p in parts if p.fingerprint is not None]
    part = run(profile, conversation, prints[0] if prints else None, ctx)
    part.across = True
    return part


BatchItem = tuple[Profile | None, Conversation | None]
BATCH_CHUNK = 64  # items assessed together: their sentences are embedded in one call
BATCH_SENTENCES = 1024  # ... at most about this many sentences (bounded memory per chunk)


def assess_many(
    items: Iterable[BatchItem],
    *,
    context: Context | None = None,
    use_models: bool = True,
    chunk: int = BATCH_CHUNK,
) -> Iterator[Assessment]:
    """The batch entry point (bulk import, Spark partitions): :func:`assess` on each
    ``(profile, conversation)`` in order, with one shared context, lazily by chunks of
    ``chunk`` items (fewer when their conversations hold more than ``BATCH_SENTENCES``
    sentences). With the models, the sentences of a chunk's conversations are embedded
    together in one encoder call and reused: the same findings as one by one, faster."""
    ctx = context or Context()
    batch: list[BatchItem] = []
    sentences: list[str] = []
    for profile, conversation in items:
        batch.append((profile, conversation))
        if use_models and conversation is not None:
            from vetlink.approach.asks import conversation_sentences

            sentences.extend(conversation_sentences(conversation))
        if len(batch) >= chunk or len(sentences) >= BATCH_SENTENCES:
            yield from assess_chunk(batch, sentences, ctx, use_models)
            batch, sentences = [], []
    if batch:
        yield from assess_chunk(batch, sentences, ctx, use_models)


def assess_chunk(batch: list[BatchItem], sentences: list[str], ctx: Context,
                 use_models: bool) -> list[Assessment]:
    if not sentences:
        return [assess(p, c, context=ctx, use_models=use_models) for p, c in batch]
    from vetlink.approach.intent import shared_embeddings

    with shared_embeddings(sentences):
        return [assess(p, c, context=ctx, use_models=use_models) for p, c in batch]


def subject_of(
    profile: Profile | None, conversation: Conversation | None, inputs: list[str]
) -> dict[str, Any]:
    subject: dict[str, Any] = {"inputs": inputs}
    if profile is not None:
        subject["name"] = profile.name
        if profile.url:
            subject["url"] = profile.url
    elif conversation is not None and conversation.contact:
        subject["name"] = conversation.contact
    return subject


def combine(parts: list[Part], subject: dict[str, Any]) -> Assessment:
    findings = group_findings([f for part in parts for f in part.findings])
    findings.sort(key=lambda f: (-SEVERITY_ORDER[f.severity], f.id))
    models = [m for part in parts for m in part.models]
    value = scoring.score(findings)
    band = scoring.band(value)
    status, reason = status_of(parts)
    return Assessment(
        subject=subject,
        score=value,
        band=band,
        status=status,
        not_assessed_reason=reason,
        findings=findings,
        model=models[0] if models else None,
        models=models,
        advice=unique_advice(advice_for(band, findings, status)
                             + [a for part in parts for a in part.advice]),
        not_checked=[n for part in parts for n in part.not_checked],
    )


def status_of(parts: list[Part]) -> tuple[Status, str | None]:
    """``not_assessed`` when no input could be read (a conversation in a language vetlink
    cannot read, or with no words): the band would be false reassurance, so it is not shown,
    though findings of the language-independent checks (links, addresses, files) still are.
    ``partly_assessed`` when an input could not be read but another one (a profile, a photo)
    was assessed: that band stands, and the reason is shown above it."""
    parts = [p for p in parts if not p.across]
    reasons = [p.not_assessed for p in parts if p.not_assessed]
    if not reasons:
        return "assessed", None
    reason = "; ".join(reasons)
    if any(p.not_assessed is None for p in parts):
        return "partly_assessed", reason
    return "not_assessed", reason


NOT_ASSESSED_ADVICE = [
    "vetlink could not assess this, so it says nothing either way: treat the contact with the "
    "same caution as any stranger. Ask someone you trust to translate it, and send it to your "
    "security team if it asks about your work, colleagues, travel or documents.",
]
PARTLY_ASSESSED_LOW = [
    "Part of the input could not be assessed (see above), so this is no reassurance: the "
    "score covers only what vetlink could read. Treat the unread part with the same caution "
    "as any stranger's message.",
]


def advice_for(band: str, findings: list[Finding], status: Status = "assessed") -> list[str]:
    """The band's advice (or why there is none), then each medium or high finding's own
    advice once. A low band with medium or high findings does not say "no strong warning
    signs"."""
    if status == "not_assessed":
        advice = list(NOT_ASSESSED_ADVICE)
    elif status == "partly_assessed" and band == "low":
        advice = list(PARTLY_ASSESSED_LOW)
    elif band == "low" and any(f.severity in ("medium", "high") for f in findings):
        advice = [LOW_WITH_FLAGS]  # never "no strong warning signs" beside a red flag
    else:
        advice = list(BAND_ADVICE[band])
    seen = set(advice)
    for finding in findings:
        if finding.severity in ("medium", "high") and finding.advice and finding.advice not in seen:
            seen.add(finding.advice)
            advice.append(finding.advice)
    return advice


def group_findings(findings: list[Finding]) -> list[Finding]:
    """One finding per signal id: the same red flag seen in several places (message 1,
    message 3...) is one finding whose evidence quotes every place and whose ``where`` lists
    them, at its strongest severity and weight. Findings that carry a rewrite (exposure)
    stay one per sentence, since each has its own rewrite."""
    order: list[str] = []
    groups: dict[str, list[Finding]] = {}
    singles: list[Finding] = []
    for finding in findings:
        if finding.rewrite is not None:
            singles.append(finding)
            continue
        if finding.id not in groups:
            order.append(finding.id)
        groups.setdefault(finding.id, []).append(finding)
    return [merge(groups[i]) for i in order] + singles


def merge(same: list[Finding]) -> Finding:
    if len(same) == 1:
        return same[0]
    strongest = max(same, key=lambda f: (SEVERITY_ORDER[f.severity], f.weight or 0.0))
    places = list(dict.fromkeys(f.where for f in same if f.where))
    quotes: list[str] = []
    for f in same:
        quote = f"{f.evidence} ({f.where})" if f.where and len(places) > 1 else f.evidence
        if quote not in quotes:
            quotes.append(quote)
    weights = [f.weight for f in same if f.weight is not None]
    return strongest.model_copy(update={
        "evidence": "; ".join(quotes),
        "where": places_text(places) if places else None,
        "weight": max(weights) if weights else None,
    })


def places_text(places: list[str]) -> str:
    """["message 1", "message 3"] -> "messages 1 and 3"; mixed places are listed as they are."""
    if len(places) == 1:
        return places[0]
    parts = [p.rsplit(" ", 1) for p in places]
    if all(len(p) == 2 and p[1].isdigit() and p[0] == parts[0][0] for p in parts):
        numbers = [p[1] for p in parts]
        return f"{parts[0][0]}s {', '.join(numbers[:-1])} and {numbers[-1]}"
    return ", ".join(places)


@lru_cache(maxsize=1024)  # advice comes from a small fixed set of texts
def _advice_key(text: str) -> frozenset[str]:
    return frozenset(w for w in "".join(c if c.isalnum() else " " for c in text.lower()).split()
                     if len(w) > 3)


def unique_advice(advice: list[str]) -> list[str]:
    """Each piece of advice once: a bullet that repeats another (the same words, or all its
    meaningful words already said by an earlier bullet) is left out."""
    return list(_unique_advice(tuple(advice)))


@lru_cache(maxsize=4096)  # the bullets come from a small fixed set: so do their lists
def _unique_advice(advice: tuple[str, ...]) -> tuple[str, ...]:
    kept: list[str] = []
    keys: list[frozenset[str]] = []
    for line in advice:
        key = _advice_key(line)
        if any(key <= earlier or (key and len(key & earlier) >= 0.8 * len(key))
               for earlier in keys):
            continue
        kept.append(line)
        keys.append(key)
    return tuple(kept)
