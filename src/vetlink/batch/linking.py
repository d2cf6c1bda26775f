"""``vetlink batch campaigns`` on Spark: the same keys, pair score and clusters as one process
(:mod:`vetlink.campaigns.pipeline`), with the data flow shaped for Spark.

1. **Keys once per Arrow batch** (``mapInArrow``: no pandas frame): the lines are parsed,
   optionally assessed (lures), keyed with :func:`vetlink.campaigns.keys.persona_keys_many`
   (the batch function: MinHash of the whole batch at once) and their block keys computed with
   :func:`vetlink.campaigns.link.block_rows`. Each persona's keys travel as ONE binary column
   (:func:`pack`: every field of :class:`PersonaKeys`, so a field added to it flows through
   with no schema change); the block keys as two Arrow list columns. A bad line is a row with
   its error; the result is persisted and the job stops before writing if any row has one.
2. **Candidate pairs without the key rows**: the (block key, persona) rows are exploded in
   the JVM; each block's size and kind by one window over the key (one shuffle, persisted);
   which blocks are expanded is decided by :func:`vetlink.campaigns.link.pair_blocks` (the one
   rule), asked once per distinct (kind, size) on the driver; the members of those blocks are
   self-joined on the key into (a, b, kind, block size) rows, grouped to one row per pair.
3. **Each side's keys joined once per pair**, with the sizes of its shareable MinHash bands,
   and the pairs scored in ``mapInArrow`` by :func:`score_pairs`, which calls
   ``frequency_weight``, ``text_bits`` and ``confirm_photo`` exactly as ``link.link`` does.
4. **Connected components** on DataFrames (:mod:`vetlink.batch.components`) and **clusters**
   by :func:`vetlink.campaigns.cluster.build_campaigns` over groups of whole components
   (cogrouped ``applyInPandas``; Leiden runs per connected part, so a group of components
   gives the campaigns each would alone, and the one process's).
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from typing import Any

import numpy as np

from vetlink.batch.rows import (
    AUTO_PARTITIONS,
    arrow_rows,
    assessed,
    log,
    parse_rows,
    raise_bad,
    write_whole,
)
from vetlink.campaigns.keys import PersonaKeys, persona_keys_many

KEYED_SCHEMA = ("pid long, error string, keys binary, sig binary, photo binary, "
                "bkey array<long>, bkind array<int>, vouches boolean")
PAIR_SCHEMA = "a long, b long, total double, by_kind array<double>"
CAMPAIGN_SCHEMA = ("id string, score double, size int, members array<string>, "
                   "names array<string>, urls array<string>, evidence string, features string, "
                   "targets array<string>, lures array<string>, first_seen string, "
                   "last_seen string")
_U32 = "u64-as-u32"


# --- one binary column per persona ---------------------------------------------------------

def pack(keys: PersonaKeys) -> bytes:
    """Every field of ``keys`` (pickled dict; a uint64 array whose values fit 32 bits, like
    the MinHash signature, is stored as uint32: half the bytes)."""
    data: dict[str, Any] = {}
    for f in fields(keys):
        value = getattr(keys, f.name)
        if (isinstance(value, np.ndarray) and value.dtype == np.uint64 and value.size
                and int(value.max()) < 1 << 32):
            value = (_U32, value.astype(np.uint32))
        data[f.name] = value
    return pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)


def unpack(blob: bytes) -> PersonaKeys:
    """The inverse of :func:`pack` (fields this version does not know are ignored)."""
    data = pickle.loads(blob)  # written by pack() in this same job, never from input
    known = {f.name for f in fields(PersonaKeys)}
    out = {}
    for name, value in data.items():
        if name not in known:
            continue
        if isinstance(value, tuple) and len(value) == 2 and value[0] == _U32:
            value = value[1].astype(np.uint64)
        out[name] = value
    return PersonaKeys(**out)


# --- 1. keys -------------------------------------------------------------------------------

def keyed_arrow_schema() -> Any:
    import pyarrow as pa

    return pa.schema([("pid", pa.int64()), ("error", pa.string()), ("keys", pa.binary()),
                      ("sig", pa.binary()), ("photo", pa.binary()),
                      ("bkey", pa.list_(pa.int64())), ("bkind", pa.list_(pa.int32())),
                      ("vouches", pa.bool_())])


def pair_columns(keys: Sequence[PersonaKeys]) -> tuple[list[bytes | None], list[bytes | None]]:
    """What the pair score reads of each persona, as two small binary columns: its MinHash
    signature (``NUM_PERM`` uint32, None without text) and its photo hashes ((views, 3)
    uint64, None without a photo) — a few hundred bytes that the pair joins carry instead
    of the whole packed keys."""
    sigs = [None if k.minhash is None else np.asarray(k.minhash, np.uint32).tobytes()
            for k in keys]
    photos = [None if k.photo is None else np.asarray(k.photo, np.uint64).tobytes()
              for k in keys]
    return sigs, photos


def lists(values: np.ndarray, offsets: np.ndarray) -> Any:
    """An Arrow list column from flat values and row offsets (no Python list per row)."""
    import pyarrow as pa

    return pa.ListArray.from_arrays(pa.array(offsets.astype(np.int32)), pa.array(values))


def keys_batches(batches: Iterable[Any], use_models: bool, lures: bool) -> Iterator[Any]:
    """``mapInArrow``: (pid, error, keys, block keys, block kinds) per line of each batch."""
    import pyarrow as pa

    from vetlink.campaigns.keys import gc_paused
    from vetlink.campaigns.link import block_rows, key_table

    schema = keyed_arrow_schema()
    for batch in batches:
        with gc_paused():  # parsing a batch allocates many small containers: keys.gc_paused
            lines, bad = parse_rows(arrow_rows(batch))
        found: list[tuple[str, ...]] = [()] * len(lines)
        if lures:
            found = [tuple(f.id for f in r.findings) for r in assessed(lines, use_models)]
        keys = persona_keys_many([ln.record(f) for ln, f in zip(lines, found, strict=True)])
        key, person, kind = block_rows(key_table(keys))
        order = np.argsort(person, kind="stable")
        bounds = np.searchsorted(person[order], np.arange(len(keys) + 1))
        offsets = np.r_[bounds, np.full(len(bad), bounds[-1])]
        sigs, photos = pair_columns(keys)
        none = [None] * len(bad)
        yield pa.RecordBatch.from_arrays([
            pa.array([ln.number for ln in lines] + [n for n, _ in bad], pa.int64()),
            pa.array([None] * len(lines) + [m for _, m in bad], pa.string()),
            pa.array([pack(k) for k in keys] + none, pa.binary()),
            pa.array(sigs + none, pa.binary()), pa.array(photos + none, pa.binary()),
            lists(key[order].view(np.int64), offsets),
            lists(kind[order].astype(np.int32), offsets),
            pa.array([k.vouches for k in keys] + none, pa.bool_())],
            schema=schema)


# --- 2. candidate pairs --------------------------------------------------------------------

def shared_block_rows(keyed: Any) -> Any:
    """(key, pid, kind, size, bkind, vouched) of every block key at least two personas share:
    the (block key, persona) rows exploded in the JVM, each block's size, kind (that of its
    smallest persona, as the sorted table in link.py) and whether any member vouches for it
    (``holders.block_vouched``) by a window over the key — one shuffle, no join back."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    rows = (keyed.select("pid", "vouches",
                         F.explode(F.arrays_zip("bkey", "bkind")).alias("r"))
            .select(F.col("r.bkey").alias("key"), "pid", F.col("r.bkind").alias("kind"),
                    F.coalesce(F.col("vouches"), F.lit(True)).cast("int").alias("vouches")))
    block = Window.partitionBy("key")
    sized = rows.select("key", "pid", "kind", F.count("*").over(block).alias("size"),
                        F.min(F.struct("pid", "kind")).over(block)["kind"].alias("bkind"),
                        F.max("vouches").over(block).alias("vouched"))
    return sized.where(F.col("size") >= 2)


def expandable(shared: Any) -> Any:
    """The (block kind, size, vouched) combinations ``link.pair_blocks`` and
    ``holders.unvouched_blocks`` (the one rules) expand, each with the kind its pairs get
    (``unvouched`` for the second): they decide by a block's kind, size and whether a member
    vouches alone, so they are asked once per distinct combination (a few hundred
    rows, on the driver) instead of once per block in a Python pass."""
    from vetlink.campaigns.holders import unvouched_blocks
    from vetlink.campaigns.link import (
        JUDGED_KIND_IDS,
        KIND_ID,
        Blocks,
        Weights,
        pair_blocks,
        pair_kinds,
    )

    combos = [(int(r["bkind"]), int(r["size"]), int(r["vouched"]))
              for r in shared.select("bkind", "size", "vouched").distinct().collect()]
    n = len(combos)
    kind = np.array([k for k, _, _ in combos], dtype=np.int8)
    size = np.array([s for _, s, _ in combos], dtype=np.int64)
    vouched = np.array([v > 0 for _, _, v in combos], dtype=bool)
    chosen = pair_blocks(Blocks(key=np.zeros(n, np.uint64), person=np.zeros(n, np.int64),
                                kind=kind, start=np.arange(n), size=size), Weights())
    unvouched = unvouched_blocks(kind, size, vouched, JUDGED_KIND_IDS)
    rows = ([(*combo, int(pair_kinds(np.int64(combo[0]))))
             for combo, ok in zip(combos, chosen, strict=True) if ok]
            + [(*combo, KIND_ID["unvouched"])
               for combo, ok in zip(combos, unvouched, strict=True) if ok])
    return shared.sparkSession.createDataFrame(
        rows or [(-1, -1, -1, -1)], "bkind int, size long, vouched int, pair_kind int")


def candidate_pairs(shared: Any) -> tuple[Any, Any]:
    """(pairs: a < b, kinds, sizes — one row per candidate pair; bands: each persona's
    MinHash band keys shared by 2..block_cap personas, with their sizes)."""
    from pyspark.sql import functions as F

    from vetlink.campaigns.link import KIND_ID, Weights

    members = (shared.join(F.broadcast(expandable(shared)), ["bkind", "size", "vouched"])
               .select("key", "pid", F.col("pair_kind").alias("bkind"), "size", "kind"))
    # a name block pairs only a persona naming another with one named (link.across_roles)
    pairs = (members.select("key", F.col("pid").alias("a"), "bkind", "size",
                            F.col("kind").alias("role_a"))
             .join(members.select("key", F.col("pid").alias("b"), "bkind",
                                  F.col("kind").alias("role_b")), ["key", "bkind"])
             .where((F.col("a") < F.col("b"))
                    & ((F.col("bkind") != KIND_ID["handoff"])
                       | (F.col("role_a") != F.col("role_b"))))
             .groupBy("a", "b")
             .agg(F.collect_list("bkind").alias("kinds"), F.collect_list("size").alias("sizes")))
    bands = (shared.where((F.col("kind") == KIND_ID["text"])
                          & (F.col("size") <= Weights().block_cap))
             .groupBy("pid")
             .agg(F.collect_list("key").alias("band_keys"),
                  F.collect_list("size").alias("band_sizes")))
    return pairs, bands


# --- 3. pair scores ------------------------------------------------------------------------

def unique_keys(pids: np.ndarray, blobs: Sequence[bytes]) -> tuple[np.ndarray, list[Any]]:
    """(sorted distinct pids, their decoded keys): each persona decoded once per batch."""
    order = np.argsort(pids, kind="stable")
    sorted_pids = pids[order]
    first = np.r_[True, sorted_pids[1:] != sorted_pids[:-1]] if len(pids) else np.zeros(0, bool)
    return sorted_pids[first], [unpack(blobs[int(k)]) for k in order[first]]


def flat(column: Any, dtype: Any) -> np.ndarray:
    """The values of an Arrow list column, flattened (null lists contribute nothing)."""
    return np.asarray(column.flatten().to_numpy(zero_copy_only=False), dtype=dtype)


def band_blocks(batch: Any) -> Any:
    """A ``Blocks`` of the shareable MinHash bands of the batch's personas with their sizes
    over the whole input (what ``link.text_bits`` looks the shared bands up in)."""
    from vetlink.campaigns.link import Blocks

    key = np.concatenate([flat(column(batch, f"band_keys_{s}"), np.int64)
                          for s in "ab"]).view(np.uint64)
    size = np.concatenate([flat(column(batch, f"band_sizes_{s}"), np.int64) for s in "ab"])
    key, first = np.unique(key, return_index=True)
    n = len(key)
    return Blocks(key=key, person=np.zeros(n, np.int64), kind=np.zeros(n, np.int8),
                  start=np.arange(n), size=size[first])


def column(batch: Any, name: str) -> Any:
    return batch.column(batch.schema.get_field_index(name))


def pair_arrow_schema() -> Any:
    import pyarrow as pa

    return pa.schema([("a", pa.int64()), ("b", pa.int64()), ("total", pa.float64()),
                      ("by_kind", pa.list_(pa.float64()))])


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
    """A ``KeyTable`` of the distinct personas of a batch of pairs holding what the pair score
    reads (MinHash, has_text, photos; :func:`pair_columns`), one row per sorted pid: each
    persona decoded once per batch, the signatures as one array view."""
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


def score_pairs(batch: Any) -> Any:
    """The pair scores of one Arrow batch of candidate pairs by ``link.score_pairs`` (the
    one process's own call: text evidence by the rarest shared band and the estimated
    Jaccard, photos confirmed, weak text-only pairs dropped), after the strongest
    ``frequency_weight`` per kind of the blocks each pair shares, as ``link.link``."""
    import pyarrow as pa

    from vetlink.campaigns.link import KINDS, Weights, band_sizes, frequency_weight
    from vetlink.campaigns.link import score_pairs as link_score_pairs

    weights = Weights()
    a = np.asarray(column(batch, "a").to_numpy(), np.int64)
    b = np.asarray(column(batch, "b").to_numpy(), np.int64)
    sides = [pa.concat_arrays([column(batch, f"{name}_a"), column(batch, f"{name}_b")])
             for name in ("sig", "photo")]
    pids, table = pair_table(np.r_[a, b], *sides)
    i, j = np.searchsorted(pids, a), np.searchsorted(pids, b)
    kinds = column(batch, "kinds")
    counts = np.asarray(kinds.value_lengths().to_numpy(zero_copy_only=False), np.int64)
    kind = flat(kinds, np.int64)
    size = flat(column(batch, "sizes"), np.int64)
    by_kind = np.zeros((len(a), len(KINDS)))
    np.maximum.at(by_kind, (np.repeat(np.arange(len(a)), counts), kind),
                  frequency_weight(kind, size, weights))
    i, j, total, by_kind = link_score_pairs(table, i, j, by_kind, weights,
                                            band_sizes(table, band_blocks(batch)))
    offsets = np.arange(len(i) + 1) * len(KINDS)
    return pa.RecordBatch.from_arrays(
        [pa.array(pids[i]), pa.array(pids[j]), pa.array(total),
         lists(by_kind.ravel(), offsets)], schema=pair_arrow_schema())


def score_batches(batches: Iterable[Any]) -> Iterator[Any]:
    for batch in batches:
        if batch.num_rows:
            yield score_pairs(batch)


def scored_edges(keyed: Any, held: list[Any] | None = None) -> Any:
    """The linked pairs (a < b, total bits, bits per kind) of the keyed personas. The shared
    block rows are persisted (three jobs read them) and appended to ``held``, for the caller
    to unpersist once the edges are materialised."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    shared = shared_block_rows(keyed).persist(StorageLevel.MEMORY_AND_DISK)
    if held is not None:
        held.append(shared)
    pairs, bands = candidate_pairs(shared)
    side = keyed.select("pid", "sig", "photo").join(bands, "pid", "left")

    def renamed(suffix: str) -> Any:
        return side.select(*[F.col(c).alias(f"{c}_{suffix}" if c != "pid" else suffix)
                             for c in side.columns])

    joined = pairs.join(renamed("a"), "a").join(renamed("b"), "b")
    return joined.mapInArrow(score_batches, PAIR_SCHEMA)


# --- 4. components and campaigns -----------------------------------------------------------

def cluster_group(members: Any, edges: Any) -> Any:
    """Campaigns of a group of whole connected components (:func:`build_campaigns`, as in
    one process: rows ordered by persona id, edges by pair)."""
    from vetlink.campaigns.cluster import build_campaigns
    from vetlink.campaigns.link import Links, key_table

    if not len(members) or not len(edges):
        return campaign_frame(key_table([]), [])
    pids, keys = unique_keys(members["pid"].to_numpy(), list(members["keys"]))
    table = key_table(keys)
    edges = edges.sort_values(["a", "b"])
    by_kind = np.array([np.asarray(x, dtype=float) for x in edges["by_kind"]])
    links = Links(np.searchsorted(pids, edges["a"].to_numpy()),
                  np.searchsorted(pids, edges["b"].to_numpy()),
                  edges["total"].to_numpy(dtype=float), by_kind, candidates=len(edges))
    return campaign_frame(table, build_campaigns(table, links))


def campaign_frame(table: Any, campaigns: Sequence[Any]) -> Any:
    """One row per campaign (``CAMPAIGN_SCHEMA``), as a pandas frame."""
    import pandas as pd

    out = []
    for c in campaigns:
        out.append({"id": c.id, "score": c.score, "size": len(c.members),
                    "members": [table.ids[m] for m in c.members],
                    "names": [table.names[m] for m in c.members],
                    "urls": [table.urls[m] or "" for m in c.members],
                    "evidence": json.dumps(c.evidence), "features": json.dumps(c.features),
                    "targets": c.targets, "lures": c.lures, "first_seen": c.first_seen,
                    "last_seen": c.last_seen})
    return pd.DataFrame(out, columns=[f.split()[0] for f in CAMPAIGN_SCHEMA.split(", ")])


def campaigns_on_driver(keyed: Any) -> Any:
    """Linking and clustering of a key table small enough for the driver: the keys (one
    packed column) collected through Arrow, ordered by line, and
    :func:`vetlink.campaigns.pipeline.cluster_table` — ``link.link`` and ``build_campaigns``,
    the one process's own call — run once. Every shuffle of the distributed path (block
    sizes, pairs, both sides' keys, components, groups) costs seconds of fixed cost that a
    small table does not need; the keys stage stays distributed."""
    from vetlink.campaigns.link import key_table
    from vetlink.campaigns.pipeline import cluster_table

    collected = keyed.select("pid", "keys").toArrow()
    pids = np.asarray(collected.column("pid").to_numpy(), np.int64)
    _, keys = unique_keys(pids, collected.column("keys").to_pylist())
    del collected
    table = key_table(keys)
    del keys
    seconds: dict[str, float] = {}
    links, found = cluster_table(table, seconds=seconds)
    log(f"linked and clustered on the driver: {len(links.i)} links "
        f"({', '.join(f'{k} {v:.0f}s' for k, v in seconds.items())})")
    return keyed.sparkSession.createDataFrame(campaign_frame(table, found), CAMPAIGN_SCHEMA)


def campaigns_of(keyed: Any, edges: Any, groups: int) -> Any:
    from pyspark.sql import functions as F

    from vetlink.batch.components import connected_components

    parts = connected_components(edges, on_round=lambda n, c: log(f"components round {n}: "
                                                                  f"{c} edges"))
    log(f"components: {parts.count()} personas linked")
    group = F.pmod(F.col("component"), F.lit(groups))
    members = (keyed.select("pid", "keys")
               .join(parts.select(F.col("node").alias("pid"), group.alias("g1")), "pid"))
    linked = edges.join(parts.select(F.col("node").alias("a"), group.alias("g2")), "a")
    return (members.groupBy("g1").cogroup(linked.groupBy("g2"))
            .applyInPandas(cluster_group, CAMPAIGN_SCHEMA))


def keyed_personas(spark: Any, source: str, use_models: bool, lures: bool) -> tuple[Any, Any]:
    """(the persisted frame, its good rows: pid, keys, block keys); stops on any bad line."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from vetlink.batch.rows import numbered

    keyed = (numbered(spark, source)
             .mapInArrow(lambda b: keys_batches(b, use_models, lures), KEYED_SCHEMA)
             .persist(StorageLevel.MEMORY_AND_DISK))
    try:
        raise_bad(keyed, source)
    except Exception:
        keyed.unpersist()
        raise
    return keyed, keyed.where(F.col("error").isNull()).drop("error")


LOCAL_PERSONAS = 250_000  # personas up to which linking and clustering run on the driver
ROWS_PER_PARTITION = 25_000  # personas per shuffle partition of the executors' path (local mode)


def sized_partitions(spark: Any, count: int) -> int:
    """The shuffle partitions of the executors' path: with the local-mode defaults
    (``rows.AUTO_PARTITIONS``), one per ``ROWS_PER_PARTITION`` personas, 8 to 400 (the
    candidate pairs grow with the data; 8 partitions of a million personas' pairs are tasks
    of hundreds of MB that spill; adaptive execution merges partitions that come out small);
    otherwise the submitter's ``spark.sql.shuffle.partitions``."""
    if spark.conf.get(AUTO_PARTITIONS, "false") == "true":
        spark.conf.set("spark.sql.shuffle.partitions",
                       str(max(8, min(400, count // ROWS_PER_PARTITION))))
    return int(spark.conf.get("spark.sql.shuffle.partitions", "8"))


def campaigns_job(spark: Any, source: str, out: str, use_models: bool = True,
                  lures: bool = True, local_personas: int = LOCAL_PERSONAS) -> int:
    """Campaigns among the lines of ``source`` written to ``out`` (Parquet, one row per
    cluster, highest score first). ``lures=False`` keys without assessing (no lure ids:
    what ``pipeline.run_file`` does by default). The keys are always computed on the
    executors; up to ``local_personas`` personas the linking and clustering then run on the
    driver (:func:`campaigns_on_driver`), beyond it on the executors (pairs, scores,
    components, clusters per group of components)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    log("start")
    persisted, keyed = keyed_personas(spark, source, use_models, lures)
    count = keyed.count()
    log(f"keys of {count} personas")
    edges = None
    if count <= local_personas:
        campaigns = campaigns_on_driver(keyed)
    else:
        groups = sized_partitions(spark, count)
        held: list[Any] = []
        edges = scored_edges(keyed, held).persist(StorageLevel.MEMORY_AND_DISK)
        log(f"edges: {edges.count()} links")
        for frame in held:
            frame.unpersist()
        campaigns = campaigns_of(keyed, edges, max(1, groups))
    write_whole(campaigns.orderBy(F.desc("score"), "id"), out)
    log("campaigns written")
    if edges is not None:
        edges.unpersist()
    persisted.unpersist()
    return int(spark.read.parquet(out).count())
