"""Sharing at scale: STIX and MISP export and import of 10,000 confirmed-hostile personas
(time and peak Python memory), and what the watchlist costs a check (checks per second with
an empty and with a 100,000-entry watchlist, in the same run).

    python bench/intel_bench.py [--personas 10000] [--entries 100000] [--checks 300]

Synthetic data (made-up personas in a throw-away SQLite database and data directory); peak
memory is tracemalloc's peak of Python allocations during the step (run separately from the
timing, which runs without tracing).
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


def seed_personas(engine: Any, count: int) -> None:
    from vetlink.store.db import write_session
    from vetlink.store.models import Case, Report, User

    start = datetime(2026, 1, 1)
    with write_session(engine) as session:
        users = [User(username=f"user{i}", password_hash="x", role="reporter",
                      department=random.choice(["defense", "government-national", "research"]))
                 for i in range(50)]
        session.add_all(users)
        session.flush()
        cases = [Case(persona_name=f"Persona {i}", url=f"linkedin.com/in/persona-{i}",
                      name_key=f"persona {i}", status="confirmed_hostile",
                      created=start + timedelta(minutes=i), updated=start + timedelta(minutes=i))
                 for i in range(count)]
        session.add_all(cases)
        session.flush()
        session.add_all([Report(
            reporter_id=users[i % 50].id, case_id=case.id, note="private note",
            profile={"name": case.persona_name, "url": f"https://www.{case.url}/",
                     "experience": [{"title": "Recruiter", "company": f"Firm {i % 300}"}],
                     "contact": {"emails": [f"persona.{i}@gmail.com"],
                                 "phones": [f"+4420794{i:05d}"]}},
            assessment={"score": 80, "band": "high", "findings": []}, score=80, band="high",
            persona_name=case.persona_name, created=case.created)
            for i, case in enumerate(cases)])


def measured(step: Callable[[], Any]) -> tuple[Any, float, float]:
    """(result, seconds, peak MiB): timed once untraced, then once under tracemalloc."""
    began = time.perf_counter()
    result = step()
    seconds = time.perf_counter() - began
    tracemalloc.start()
    step()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return result, seconds, peak


def exchange(work: Path, personas: int) -> None:
    from vetlink.intel.export import export_text
    from vetlink.intel.importing import import_document
    from vetlink.intel.watchlist import Watchlist
    from vetlink.store.db import make_engine, session_factory, upgrade

    engine = make_engine(f"sqlite:///{work / 'bench.sqlite3'}")
    upgrade(engine)
    seed_personas(engine, personas)
    print(f"{personas:,} confirmed-hostile personas (one report each)")
    for format in ("stix", "misp"):
        def export(format: str = format) -> str:
            with session_factory(engine)() as session:
                return export_text(session, format, "amber", data_dir=work)

        text, seconds, peak = measured(export)
        print(f"  export {format}: {seconds:6.1f} s, peak {peak:6.0f} MiB, "
              f"{len(text.encode()) / 2**20:5.1f} MiB written")
        data = text.encode()
        def load(format: str = format, data: bytes = data,
                 runs: Any = iter(range(2))) -> Any:
            target = Watchlist(work / f"wl-{format}-{next(runs)}.sqlite3")
            return import_document(target, format, data, f"bench.{format}", "bench")

        result, seconds, peak = measured(load)
        print(f"  import {format}: {seconds:6.1f} s, peak {peak:6.0f} MiB, "
              f"{result.source.entries:,} entries")
    engine.dispose()


def big_watchlist(path: Path, entries: int) -> Any:
    from vetlink.intel.watchlist import NewEntry, Watchlist

    rng = random.Random(7)
    made = []
    for i in range(entries):
        kind = ("account", "email", "phone", "url", "photo")[i % 5]
        value = {"account": f"linkedin:fake-{i}", "email": f"fake.{i}@example.org",
                 "phone": f"+1202{i:07d}", "url": f"https://fake-{i}.example/team",
                 "photo": f"{rng.getrandbits(256):064x}"}[kind]
        made.append(NewEntry(kind, value, f"Fake {i}", "TLP:AMBER"))
    watchlist = Watchlist(path)
    watchlist.add_source("bench", "stix", "bench", f"bench-{entries}", made)
    return watchlist


def photo() -> bytes:
    import numpy as np
    from PIL import Image

    small = np.random.default_rng(5).integers(0, 255, (8, 8, 3), dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(small).resize((400, 400), Image.BILINEAR).save(out, "JPEG")
    return out.getvalue()


def rate(check: Callable[[], Any], count: int) -> float:
    check()  # warm: imports, the in-memory copy of the watchlist
    began = time.perf_counter()
    for _ in range(count):
        check()
    return count / (time.perf_counter() - began)


def lookups(work: Path, entries: int, checks: int) -> None:
    from vetlink.assess import assess
    from vetlink.domain import Contact, Conversation, Message, Profile
    from vetlink.intel.watchlist import Watchlist
    from vetlink.signals.base import Context

    profile = Profile(name="Jane Doe", url="https://uk.linkedin.com/in/jane-doe-77/",
                      headline="Recruiter", contact=Contact(emails=["jane.doe@gmail.com"],
                                                            phones=["+44 20 7946 0000"]))
    chat = Conversation(contact="Jane <jane@example.org>", messages=[Message(
        sender="contact", text="Lovely to connect! WhatsApp me on +44 7700 900123 or see "
        "https://think-tank.example/fellows for the paid review.")])
    image = photo()
    lists = {"empty watchlist": Watchlist(work / "empty.sqlite3"),
             f"{entries:,}-entry watchlist": big_watchlist(work / "big.sqlite3", entries)}
    began = time.perf_counter()
    lists[f"{entries:,}-entry watchlist"].lookup([("account", "linkedin:x")])
    print(f"first load of the {entries:,}-entry watchlist into memory: "
          f"{time.perf_counter() - began:.2f} s (once per process and change)")
    cases = {
        "profile": (lambda ctx: assess(profile, context=ctx, use_models=False), checks),
        "profile + conversation": (lambda ctx: assess(profile, chat, context=ctx,
                                                      use_models=False), checks),
        "photo": (lambda ctx: assess(photo=image, context=ctx, use_models=False),
                  max(checks // 20, 5)),
    }
    for what, (check, count) in cases.items():
        figures = {name: rate(lambda w=w, check=check: check(Context(watchlist=w)), count)
                   for name, w in lists.items()}
        line = ", ".join(f"{name} {value:7.1f}/s" for name, value in figures.items())
        base, big = figures.values()
        print(f"  {what:<24} {line}  (cost per check {1000 / big - 1000 / base:+.2f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--personas", type=int, default=10_000)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--checks", type=int, default=300)
    args = parser.parse_args()
    random.seed(1)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        import os

        os.environ["VETLINK_DATA_DIR"] = str(work)
        exchange(work, args.personas)
        print("checks per second (rules only, one process), same run:")
        lookups(work, args.entries, args.checks)


if __name__ == "__main__":
    main()
