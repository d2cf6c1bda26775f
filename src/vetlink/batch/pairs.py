"""The executors' pair stage of ``vetlink batch campaigns``: linked pairs from the keyed
personas, the same links as :func:`vetlink.campaigns.link.link`, with each persona's
signature carried once per block it is expanded in, not twice per candidate pair.

1. **Blocks sized inside partitions**: the (block key, persona, kind, vouches) rows are
   exploded in the JVM and repartitioned by key (one shuffle of small fixed-width rows); a
   ``mapInArrow`` pass sorts each partition's rows into whole blocks (every row of a key is
   in one partition) and asks the one rules — :func:`link.pair_blocks` (which blocks are
   expanded) and :func:`holders.unvouched_blocks` (firms nobody vouches for) — on those
   blocks, as ``link.link`` asks them on its sorted table. Out come each persona's
   **entries**: (key, kind of the block's pairs before ``pair_kinds``, the persona's own
   kind in the block, block size) of every block it is expanded in, and (key, size) of its
   MinHash bands shared by 2..``block_cap`` personas (what ``text_bits`` reads).
2. **Personas routed to their blocks**: the entries are grouped per persona and joined to
   its pair columns (MinHash signature, photo hashes: ``linking.pair_columns``); each
   persona row goes to the partition of every block it is expanded in (a few per persona).
3. **Pairs scored where the signatures are** (``mapInArrow``, a whole partition at once):
   the pairs of each block are expanded (``np.triu_indices``, as ``link.candidate_rows``);
   a pair's evidence is the intersection of its two personas' entries — every block the two
   share, wherever it is owned — so its bits per kind are complete here: the strongest
   ``frequency_weight`` per kind of the blocks that make the pair (``link.across_roles``,
   ``link.pair_kinds``), then :func:`link.score_pairs` itself (text, photo confirmation,
   weak text-only pairs dropped). A pair that two blocks make is scored once: in the
   partition of the smallest key among the blocks that make it. Only links leave.

Why: the join of both sides' signatures onto ~30 M candidate pair rows at a million
personas (two shuffles of ~0.3 KB per pair side, after a self-join and a ``groupBy(a, b)``
of the pair rows) did not finish in 12 minutes; here a persona's ~0.3 KB travels to the
~5 blocks it is expanded in, and pair rows never leave a Python worker.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

PAIR_SCHEMA = "a long, b long, total double, by_kind array<double>"
ENTRY_SCHEMA = "pid long, key long, ekind int, role int, size int"
BAND = -1  # the ``ekind`` of a band entry (a shareable MinHash band: text_bits reads its size)
OUT_ROWS = 65_536  # rows per Arrow batch handed back to the JVM


# --- Arrow helpers ---------------------------------------------------------------------------

def whole(batches: Iterable[Any]) -> Any:
    """The partition's batches as one table with one chunk per column (None when empty)."""
    import pyarrow as pa

    got = [b for b in batches if b.num_rows]
    return pa.Table.from_batches(got).combine_chunks() if got else None


def debug(text: str) -> None:
    """A partition's figures on stderr when ``VETLINK_DEBUG`` is set (the workers' stderr is
    the job's in local mode)."""
    import os
    import sys

    if os.environ.get("VETLINK_DEBUG"):
        sys.stderr.write(f"vetlink pairs: {text}\n")


def numbers(table: Any, name: str, dtype: Any) -> np.ndarray:
    column = table.column(name)
    return np.asarray(column.to_numpy(), dtype) if column.num_chunks else np.zeros(0, dtype)


def sliced(columns: dict[str, np.ndarray], schema: Any) -> Iterator[Any]:
    """Arrow batches of at most ``OUT_ROWS`` rows of flat numpy columns."""
    import pyarrow as pa

    n = len(next(iter(columns.values())))
    for start in range(0, n, OUT_ROWS):
        yield pa.RecordBatch.from_arrays(
            [pa.array(v[start:start + OUT_ROWS]) for v in columns.values()], schema=schema)


def lists(values: np.ndarray, offsets: np.ndarray) -> Any:
    """An Arrow list column from flat values and row offsets (no Python list per row)."""
    import pyarrow as pa

    return pa.ListArray.from_arrays(pa.array(offsets.astype(np.int32)), pa.array(values))


def binary_values(column: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(bytes, offsets, valid) of an Arrow binary column without a Python object per row."""
    import pyarrow as pa

    array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    wide = pa.types.is_large_binary(array.type)
    _, offsets_buffer, data = array.buffers()
    offsets = np.frombuffer(offsets_buffer, np.int64 if wide else np.int32)
    offsets = offsets[array.offset:array.offset + len(array) + 1].astype(np.int64)
    raw = np.frombuffer(data, np.uint8) if data is not None else np.zeros(0, np.uint8)
    valid = np.asarray(array.is_valid().to_numpy(zero_copy_only=False), bool)
    return raw, offsets, valid


def pair_table(pids: np.ndarray, sig: Any, photo: Any) -> Any:
    """A ``KeyTable`` of the distinct personas among ``pids`` holding what the pair score
    reads (MinHash, has_text, photos; ``linking.pair_columns``), one row per sorted pid:
    each persona decoded once, the signatures as one array view."""
    from vetlink.campaigns.keys import NUM_PERM
    from vetlink.campaigns.link import KeyTable

    order = np.argsort(pids, kind="stable")
    sorted_pids = pids[order]
    first = np.r_[True, sorted_pids[1:] != sorted_pids[:-1]] if len(pids) else np.zeros(0, bool)
    rows = order[first]
    n = len(rows)
    raw, offsets, has_text = binary_values(sig)
    has_text = has_text[rows]
    width = NUM_PERM * 4
    minhash = np.zeros((n, NUM_PERM), np.uint32)
    texted = np.flatnonzero(has_text)
    if len(texted):
        at = offsets[rows[texted]]
        minhash[texted] = raw[at[:, None] + np.arange(width)].view(np.uint32)
    raw, offsets, valid = binary_values(photo)
    photos = [raw[offsets[r]:offsets[r + 1]].view(np.uint64).reshape(-1, 3) if valid[r]
              else None for r in rows]
    empty = [""] * n
    return sorted_pids[first], KeyTable(
        ids=empty, names=empty, urls=[None] * n, minhash=minhash, has_text=has_text,
        photos=photos, entities=[()] * n, lures=[frozenset()] * n, targets=[frozenset()] * n,
        created=np.full(n, -1, np.int64), contacted=np.full(n, -1, np.int64))


# --- 1. entries: blocks sized and chosen inside partitions -----------------------------------

def entries_of(key: np.ndarray, pid: np.ndarray, kind: np.ndarray, vouches: np.ndarray
               ) -> dict[str, np.ndarray]:
    """The entries (module docstring) of whole blocks' rows: (key, pid, kind, vouches) of
    every member of every block among them, in any order."""
    from vetlink.campaigns import holders
    from vetlink.campaigns.link import (
        JUDGED_KIND_IDS,
        KIND_ID,
        Weights,
        pair_blocks,
        sorted_blocks,
    )

    weights = Weights()
    order = np.lexsort((pid, key))  # as link.block_rows: a block's kind is its first member's
    key, pid, kind, vouches = key[order], pid[order], kind[order], vouches[order]
    blocks = sorted_blocks(key.view(np.uint64), np.arange(len(key)), kind)
    start, size = blocks.start, blocks.size
    bkind = kind[start].astype(np.int64)
    chosen = pair_blocks(blocks, weights)
    unvouched = holders.unvouched_blocks(bkind, size, holders.block_vouched(blocks, vouches),
                                         JUDGED_KIND_IDS)
    band = (bkind == KIND_ID["text"]) & (size >= 2) & (size <= weights.block_cap)
    parts = []
    for picked, ekind in ((chosen, bkind), (unvouched, np.full(len(start), KIND_ID["unvouched"])),
                          (band, np.full(len(start), BAND))):
        rows = np.repeat(picked, size)
        of_rows = np.repeat(ekind, size)[rows]
        parts.append({"pid": pid[rows], "key": key[rows], "ekind": of_rows.astype(np.int32),
                      "role": np.where(of_rows == BAND, BAND, kind[rows]).astype(np.int32),
                      "size": np.repeat(size, size)[rows].astype(np.int32)})
    return {name: np.concatenate([p[name] for p in parts]) for name in parts[0]}


def entry_batches(batches: Iterable[Any]) -> Iterator[Any]:
    """``mapInArrow`` over block rows partitioned by key: each partition's entries."""
    import time

    import pyarrow as pa

    table = whole(batches)
    if table is None:
        return
    start = time.process_time()
    got = entries_of(numbers(table, "key", np.int64), numbers(table, "pid", np.int64),
                     numbers(table, "kind", np.int8), numbers(table, "vouches", bool))
    schema = pa.schema([("pid", pa.int64()), ("key", pa.int64()), ("ekind", pa.int32()),
                        ("role", pa.int32()), ("size", pa.int32())])
    debug(f"entries of {table.num_rows} block rows: {len(got['pid'])} "
          f"({time.process_time() - start:.1f} CPU-s)")
    yield from sliced(got, schema)


# --- 3. pairs scored inside the block partitions ---------------------------------------------

def pair_arrow_schema() -> Any:
    import pyarrow as pa

    return pa.schema([("a", pa.int64()), ("b", pa.int64()), ("total", pa.float64()),
                      ("by_kind", pa.list_(pa.float64()))])


def block_pairs(owner: np.ndarray, person: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (lo, hi) person pairs, lo < hi, of the blocks ``owner`` groups ``person``
    rows into (each (owner, person) row once)."""
    order = np.lexsort((person, owner))
    owner, person = owner[order], person[order]
    start = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]]) if len(owner) else owner[:0]
    size = np.diff(np.r_[start, len(owner)])
    codes = []
    n = np.int64(person.max() + 1) if len(person) else np.int64(1)
    for s in np.unique(size[size >= 2]):
        a, b = np.triu_indices(int(s), k=1)
        members = person[start[size == s][:, None] + np.arange(s)]
        codes.append(members[:, a].ravel() * n + members[:, b].ravel())
    code = np.unique(np.concatenate(codes)) if codes else np.zeros(0, np.int64)
    return code // n, code % n


def shared_entries(person: np.ndarray, key: np.ndarray, ekind: np.ndarray, lo: np.ndarray,
                   hi: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For every entry of ``lo`` whose (key, ekind) ``hi`` holds too: (pair index, ``lo``'s
    entry row, ``hi``'s entry row). ``person`` must be sorted."""
    if not len(key):
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    kinds = np.lexsort((ekind, key))
    k, e = key[kinds], ekind[kinds]
    step = np.r_[True, (k[1:] != k[:-1]) | (e[1:] != e[:-1])]
    rank = np.empty(len(key), np.int64)
    rank[kinds] = np.cumsum(step) - 1
    code = person.astype(np.int64) * (int(rank.max()) + 1) + rank
    order = np.argsort(code, kind="stable")
    code_sorted = code[order]
    people = int(person.max()) + 1
    first = np.searchsorted(person[order], np.arange(people + 1))  # entries per person
    count = np.diff(first)[lo]
    pair = np.repeat(np.arange(len(lo)), count)
    within = np.arange(len(pair)) - np.repeat(np.cumsum(count) - count, count)
    mine = order[np.repeat(first[:-1][lo], count) + within]
    wanted = hi[pair].astype(np.int64) * (int(rank.max()) + 1) + rank[mine]
    at = np.searchsorted(code_sorted, wanted).clip(0, len(code_sorted) - 1)
    found = code_sorted[at] == wanted
    return pair[found], mine[found], order[at[found]]


def scored_block_pairs(owner: np.ndarray, pid: np.ndarray, sig: Any, photo: Any,
                       entries: Any) -> tuple[np.ndarray, ...]:
    """The links (a, b, total, bits per kind) a partition of routed persona rows owns:
    (owner block key, pid, signature, photo hashes, the persona's entries) per row."""
    from vetlink.campaigns.link import (
        KINDS,
        Blocks,
        Weights,
        across_roles,
        band_sizes,
        frequency_weight,
        pair_kinds,
        score_pairs,
    )

    weights = Weights()
    pids, table = pair_table(pid, sig, photo)
    person = np.searchsorted(pids, pid)
    first = np.unique(person, return_index=True)[1]  # one row per persona: its entries
    picked = entries.take(first)
    counts = np.asarray(picked.value_lengths().to_numpy(zero_copy_only=False), np.int64)
    flat = picked.flatten()
    e_person = np.repeat(person[first], counts)
    e_key, e_ekind, e_role, e_size = (np.asarray(flat.field(f).to_numpy(zero_copy_only=False),
                                                 np.int64)
                                      for f in ("key", "ekind", "role", "size"))
    is_band = e_ekind == BAND
    band_key, where = np.unique(e_key[is_band].view(np.uint64), return_index=True)
    bands = band_sizes(table, Blocks(key=band_key, person=np.zeros(len(band_key), np.int64),
                                     kind=np.zeros(len(band_key), np.int8),
                                     start=np.arange(len(band_key)),
                                     size=e_size[is_band][where]))
    lo, hi = block_pairs(owner, person)
    debug(f"{len(lo)} distinct pairs in {len(np.unique(owner))} blocks")
    ent = ~is_band
    e_person, e_key, e_ekind, e_role, e_size = (x[ent] for x in (e_person, e_key, e_ekind,
                                                                  e_role, e_size))
    order = np.argsort(e_person, kind="stable")
    e_person, e_key, e_ekind, e_role, e_size = (x[order] for x in (e_person, e_key, e_ekind,
                                                                    e_role, e_size))
    pair, mine, theirs = shared_entries(e_person, e_key, e_ekind, lo, hi)
    makes = across_roles(e_ekind[mine], e_role[mine], e_role[theirs])
    pair, mine = pair[makes], mine[makes]
    # a pair is scored in the partition of the smallest key among the blocks that make it
    smallest = np.full(len(lo), np.iinfo(np.int64).max)
    np.minimum.at(smallest, pair, e_key[mine])
    owned = np.unique(owner)
    made = np.zeros(len(lo), bool)
    made[pair] = True
    at = np.searchsorted(owned, smallest).clip(0, max(len(owned) - 1, 0))
    mine_here = made & (owned[at] == smallest) if len(owned) else made
    keep = np.flatnonzero(mine_here)
    index = np.full(len(lo), -1)
    index[keep] = np.arange(len(keep))
    rows = mine_here[pair]
    kind = pair_kinds(e_ekind[mine[rows]])
    by_kind = np.zeros((len(keep), len(KINDS)))
    np.maximum.at(by_kind, (index[pair[rows]], kind),
                  frequency_weight(kind, e_size[mine[rows]], weights))
    i, j, total, by_kind = score_pairs(table, lo[keep], hi[keep], by_kind, weights, bands)
    return pids[i], pids[j], total, by_kind


def score_batches(batches: Iterable[Any]) -> Iterator[Any]:
    """``mapInArrow`` over persona rows partitioned by owner block key: the links."""
    import time

    import pyarrow as pa

    from vetlink.campaigns.link import KINDS

    table = whole(batches)
    if table is None:
        return
    start = time.process_time()
    a, b, total, by_kind = scored_block_pairs(
        numbers(table, "owner", np.int64), numbers(table, "pid", np.int64),
        table.column("sig").chunk(0), table.column("photo").chunk(0),
        table.column("entries").chunk(0))
    debug(f"links of {table.num_rows} routed rows: {len(a)} "
          f"({time.process_time() - start:.1f} CPU-s)")
    schema = pair_arrow_schema()
    for first in range(0, len(a), OUT_ROWS):
        end = min(first + OUT_ROWS, len(a))
        offsets = np.arange(end - first + 1) * len(KINDS)
        yield pa.RecordBatch.from_arrays(
            [pa.array(a[first:end]), pa.array(b[first:end]), pa.array(total[first:end]),
             lists(by_kind[first:end].ravel(), offsets)], schema=schema)


# --- the stage -------------------------------------------------------------------------------

def entries_frame(keyed: Any) -> Any:
    """(pid, key, ekind, role, size): every persona's entries (module docstring, step 1)."""
    from pyspark.sql import functions as F

    rows = (keyed.select("pid", F.coalesce(F.col("vouches"), F.lit(True)).alias("vouches"),
                         F.explode(F.arrays_zip("bkey", "bkind")).alias("r"))
            .select(F.col("r.bkey").alias("key"), "pid",
                    F.col("r.bkind").cast("byte").alias("kind"), "vouches"))
    return rows.repartition("key").mapInArrow(entry_batches, ENTRY_SCHEMA)


def scored_edges(keyed: Any) -> Any:
    """The linked pairs (a < b, total bits, bits per kind) of the keyed personas."""
    from pyspark.sql import functions as F

    entries = (entries_frame(keyed).groupBy("pid")
               .agg(F.collect_list(F.struct("key", "ekind", "role", "size")).alias("entries")))
    personas = keyed.select("pid", "sig", "photo").join(entries, "pid")
    owners = F.array_distinct(F.transform(F.filter("entries", lambda e: e["ekind"] != BAND),
                                          lambda e: e["key"]))
    routed = (personas.select(F.explode(owners).alias("owner"), "pid", "sig", "photo",
                              "entries")
              .repartition("owner"))
    return routed.mapInArrow(score_batches, PAIR_SCHEMA)
