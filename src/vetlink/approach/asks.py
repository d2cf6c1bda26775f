"""Put what the intent model reads on the contact's message views, and merge its findings with
the exact English rules so that one sentence gives one finding.

The contact's sentences are embedded in one batch per conversation (at most
``sentences.MAX_SENTENCES``, questions and requests first); only messages in a language vetlink
reads are given to the model.
"""

from __future__ import annotations

from dataclasses import replace

from vetlink.approach.sentences import Sentence, choose, split
from vetlink.domain import SEVERITY_ORDER, Conversation, Finding
from vetlink.errors import ModelUnavailable
from vetlink.signals.message_view import AskedIntent, MessageView, message_views

NOTE_PREFIX = "message.asks_*"
# A sentence that does not ask (the contact describing their own team or trip) counts only
# from this probability, at the intent's weak severity.
STATEMENT_FROM = 0.9
# The exact rules that catch some of the same asks in English: a sentence they caught and the
# intent model also read gives one finding, the more severe.
EXACT_ASK_RULES = frozenset({
    "message.elicitation_sensitive", "message.elicitation_work", "message.clearance_question",
    "message.cv_with_clearance", "message.secrecy",
})


def with_intents(views: list[MessageView], readable: set[int]) -> tuple[list[MessageView], str]:
    """The views with ``intents`` set on the contact's readable messages, and a not-checked
    note ("" when everything was read). A sentence that does not ask (no question mark,
    question word or request cue: the contact describing their own team or trip) counts only
    from ``STATEMENT_FROM``, and then at the intent's weak severity."""
    from vetlink.approach.intent import classifier, classify

    sentences = [Sentence(v.index, text) for v in views
                 if v.sender == "contact" and v.index in readable for text in split(v.text)]
    chosen, skipped = choose(sentences)
    try:
        found = classify([s.text for s in chosen])
        strong_from = classifier().strong if chosen else 1.0
    except ModelUnavailable as exc:
        return views, f"{NOTE_PREFIX}: {exc.message}; the exact rules still ran"
    by_message: dict[int, list[AskedIntent]] = {}
    for sentence, hit in zip(chosen, found, strict=True):
        if hit is not None and (sentence.asks or hit[1] >= STATEMENT_FROM):
            intent, probability = hit
            by_message.setdefault(sentence.where, []).append(AskedIntent(
                intent=intent, sentence=sentence.text, probability=round(probability, 3),
                strong=probability >= strong_from and sentence.asks,
            ))
    note = ""
    if skipped:
        note = (f"{NOTE_PREFIX}: the contact wrote {len(sentences)} sentences; the intent model "
                f"read {len(chosen)} (questions and requests first) and skipped {skipped}")
    out = [replace(v, intents=tuple(by_message.get(v.index, ()))) for v in views]
    return out, note


def conversation_sentences(conversation: Conversation) -> list[str]:
    """The sentences the intent model will likely read in the conversation: the contact's
    sentences, at most ``MAX_SENTENCES``, chosen as :func:`with_intents` does (in every
    language: a sentence of a language vetlink does not read is embedded for nothing, one
    read but not chosen here is embedded when it is needed)."""
    sentences = [Sentence(v.index, text) for v in message_views(conversation)
                 if v.sender == "contact" for text in split(v.text)]
    return [s.text for s in choose(sentences)[0]]


def one_finding_per_sentence(findings: list[Finding]) -> list[Finding]:
    """Within one message: where an intent finding's sentence holds the evidence of an exact
    ask rule, keep the more severe of the two (the exact rule on a tie: its evidence is the
    precise phrase)."""
    intent_findings = [f for f in findings if f.id.startswith("message.asks_")]
    if not intent_findings:
        return findings
    drop: set[int] = set()
    for asked in intent_findings:
        sentence = asked.evidence.lower()
        same = [f for f in findings
                if f.id in EXACT_ASK_RULES
                and (f.evidence.lower() in sentence or sentence in f.evidence.lower())]
        if not same:
            continue
        if max(SEVERITY_ORDER[f.severity] for f in same) >= SEVERITY_ORDER[asked.severity]:
            drop.add(id(asked))
        else:
            drop.update(id(f) for f in same)
    return [f for f in findings if id(f) not in drop]
