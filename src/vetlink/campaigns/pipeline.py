"""The campaign pipeline at scale in one process: JSON lines (or persona records) -> keys, in
worker processes -> blocks -> candidate pairs -> pair scores -> graph -> communities ->
campaign scores and explanations, with the time of each stage.

Keys are the expensive part (text normalisation, entity patterns, MinHash), and each persona's
keys depend on that persona alone, so they are computed in ``workers`` processes over chunks
of lines; a worker parses its lines (:func:`vetlink.campaigns.lines.parse_line`, the import's
and the Spark job's reader), computes the keys of the chunk at once
(:func:`vetlink.campaigns.keys.persona_keys_many`, the same function everywhere) and sends
back a compact :class:`vetlink.campaigns.link.KeyTable` (numpy arrays and short strings). At
most ``2 * workers`` chunks are in flight, so memory stays bounded by the keys, not the
input. Rows keep the input order, so the serial and parallel paths give the same table.
Linking and clustering then run in the parent (numpy, igraph)."""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vetlink.campaigns.cluster import Campaign, build_campaigns
from vetlink.campaigns.keys import PersonaRecord, persona_keys_many
from vetlink.campaigns.link import KeyTable, Links, Weights, key_table, link
from vetlink.errors import InputError

CHUNK = 2_000  # personas per worker task


@dataclass
class Run:
    table: KeyTable
    links: Links
    campaigns: list[Campaign]
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per stage
    worker_cpu: dict[str, float] = field(default_factory=dict)  # summed over the workers


def keys_of_records(records: Sequence[PersonaRecord]) -> tuple[KeyTable, dict[str, float]]:
    start = time.process_time()
    table = key_table(persona_keys_many(records))
    return table, {"keys": time.process_time() - start}


def keys_of_lines(first: int, raws: Sequence[bytes | None], lures: bool
                  ) -> tuple[KeyTable, dict[str, float]]:
    """Worker task: parse a chunk of lines (numbered from ``first``) and key its personas."""
    from vetlink.campaigns.keys import gc_paused
    from vetlink.campaigns.lines import MAX_LINE, parse_line, records_of

    start = time.process_time()
    lines = []
    with gc_paused():  # a chunk of lines: see keys.gc_paused
        for number, raw in enumerate(raws, start=first):
            if raw is None:
                raise InputError(f"line {number}: longer than {MAX_LINE:,} bytes")
            try:
                lines.append(parse_line(raw, number, report=False))
            except InputError as exc:
                raise InputError(f"line {number}: {exc.message}") from exc
        records = records_of(lines, lures)
    parsed = time.process_time()
    table, cpu = keys_of_records(records)
    return table, {"read": parsed - start, **cpu}


def line_chunks(path: Path, size: int = CHUNK) -> Iterator[tuple[int, list[bytes | None]]]:
    """(number of the first line, raw lines) in chunks; blank lines are skipped (and numbered)."""
    from vetlink.store.bulk_import import raw_lines

    with path.open("rb") as stream:
        chunk: list[bytes | None] = []
        first = 1
        expected = 1
        for number, raw in raw_lines(stream):
            if number != expected or len(chunk) >= size:  # a gap (blank lines) starts a chunk
                if chunk:
                    yield first, chunk
                chunk, first = [], number
            chunk.append(raw)
            expected = number + 1
        if chunk:
            yield first, chunk


def bounded_map(task: Callable[..., Any], jobs: Iterable[tuple[Any, ...]], workers: int
                ) -> Iterator[Any]:
    """``task(*job)`` for every job, in order; in ``workers`` processes (at most twice as many
    jobs in flight) or, for one worker, here."""
    if workers <= 1:
        for job in jobs:
            yield task(*job)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[Any]] = deque()
        for job in jobs:
            pending.append(pool.submit(task, *job))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def merge(parts: Iterable[tuple[KeyTable, dict[str, float]]]
          ) -> tuple[KeyTable, dict[str, float]]:
    tables, cpu = [], {"read": 0.0, "keys": 0.0}
    for table, seconds in parts:
        tables.append(table)
        for name, value in seconds.items():
            cpu[name] = cpu.get(name, 0.0) + value
    if not tables:
        return key_table([]), cpu
    return KeyTable.concat(tables), cpu


def table_of_file(path: Path, workers: int = 2, lures: bool = False, chunk: int = CHUNK
                  ) -> tuple[KeyTable, dict[str, float]]:
    """The key table of a JSON-lines file (the import's line format; reporter optional)."""
    jobs = ((first, raws, lures) for first, raws in line_chunks(path, chunk))
    return merge(bounded_map(keys_of_lines, jobs, workers))


def table_of_records(records: Sequence[PersonaRecord], workers: int = 2, chunk: int = CHUNK
                     ) -> tuple[KeyTable, dict[str, float]]:
    jobs = ((records[i:i + chunk],) for i in range(0, len(records), chunk))
    return merge(bounded_map(keys_of_records, jobs, workers))


def cluster_table(table: KeyTable, weights: Weights | None = None,
                  seconds: dict[str, float] | None = None) -> tuple[Links, list[Campaign]]:
    """Link and cluster a key table (``seconds`` gets blocking, scoring, clustering and
    explanations)."""
    seconds = seconds if seconds is not None else {}
    links = link(table, weights, seconds)
    return links, build_campaigns(table, links, seconds)


def run_file(path: Path, workers: int = 2, lures: bool = False,
             weights: Weights | None = None) -> Run:
    """The whole pipeline over a JSON-lines file."""
    start = time.perf_counter()
    table, cpu = table_of_file(path, workers, lures)
    seconds = {"read+keys": time.perf_counter() - start}
    links, campaigns = cluster_table(table, weights, seconds)
    return Run(table, links, campaigns, seconds, cpu)


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))
