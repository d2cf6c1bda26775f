"""Messages assessed per second on one core: rules only, and rules + the recruitment-fraud
model, against a baseline that only ingests and validates the same messages (same run). The
rules are also timed with their keyword pre-filter switched off, to show what it saves.

    .venv/bin/python bench/message_throughput.py [--messages 2000]

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
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from itertools import cycle, islice  # noqa: E402
from pathlib import Path  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    args = parser.parse_args()
    pinned = pin_to_one_core()
    docs = corpus(args.messages)
    chars = sum(len(d) for d in docs) / len(docs)
    load_model()
    rules_and_model(docs[0])  # warm the signal registry and the model
    print(f"{len(docs)} messages (mean {chars:.0f} bytes of JSON each), {pinned}, best of 3")
    base = rate(docs, ingest_only)
    for name, work in (("baseline: ingest + validate only", ingest_only),
                       ("rules only, pre-filter off", rules_without_prefilter),
                       ("rules only", rules_only), ("rules + model", rules_and_model)):
        value = base if work is ingest_only else rate(docs, work)
        print(f"  {name:34s} {value:9.0f} messages/s   {1000 / value:7.3f} ms/message")


if __name__ == "__main__":
    main()
