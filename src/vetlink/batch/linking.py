"""``vetlink batch campaigns`` on Spark: the same keys, pair score and clusters as one process
(:mod:`vetlink.campaigns.pipeline`), with the data flow shaped for Spark.

1. **Keys once per Arrow batch** (``mapInArrow``: no pandas frame): the lines are parsed,
   optionally assessed (lures), keyed with :func:`vetlink.campaigns.keys.persona_keys_many`
   (the batch function: MinHash of the whole batch at once) and their block keys computed with
   :func:`vetlink.campaigns.link.block_rows`. Each persona's keys travel as ONE binary column
   (:func:`pack`: every field of :class:`PersonaKeys`, so a field added to it flows through
   with no schema change); the block keys as two Arrow list columns. A bad line is a row with
   its error; the result is persisted and the job stops before writing if any row has one.
2. **Linked pairs** (:mod:`vetlink.batch.pairs`): blocks sized and chosen inside key
   partitions by :func:`vetlink.campaigns.link.pair_blocks` and
   ``holders.unvouched_blocks`` (the one rules); each persona, with its MinHash signature and
   photo hashes, routed to the partitions of the blocks it is expanded in; the pairs of each
   block expanded there, each pair's bits per kind from the blocks its two personas share,
   and scored once by :func:`vetlink.campaigns.link.score_pairs` — only links leave.
3. **Connected components** on DataFrames (:mod:`vetlink.batch.components`) and **clusters**
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

from vetlink.batch.pairs import PAIR_SCHEMA, lists, scored_edges  # noqa: F401 - the job's pairs
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


def unique_keys(pids: np.ndarray, blobs: Sequence[bytes]) -> tuple[np.ndarray, list[Any]]:
    """(sorted distinct pids, their decoded keys): each persona decoded once."""
    order = np.argsort(pids, kind="stable")
    sorted_pids = pids[order]
    first = np.r_[True, sorted_pids[1:] != sorted_pids[:-1]] if len(pids) else np.zeros(0, bool)
    return sorted_pids[first], [unpack(blobs[int(k)]) for k in order[first]]


# --- 2-3. linked pairs: vetlink.batch.pairs (scored_edges) ---------------------------------

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
    linked_count = parts.count()
    log(f"components: {linked_count} personas linked")
    group = F.pmod(F.col("component"), F.lit(groups))
    groups_of = parts.select(F.col("node").alias("pid"), group.alias("g1"))
    if linked_count <= BROADCAST_LINKED:  # the keys (~1 KB a persona) are not shuffled whole
        groups_of = F.broadcast(groups_of)
    members = keyed.select("pid", "keys").join(groups_of, "pid")
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


# linked personas up to which their (pid, group) rows are broadcast to the keys' partitions
# (a few MB): only the linked personas' packed keys are then shuffled to their groups
BROADCAST_LINKED = 2_000_000
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
        edges = scored_edges(keyed).persist(StorageLevel.MEMORY_AND_DISK)
        log(f"edges: {edges.count()} links")
        campaigns = campaigns_of(keyed, edges, max(1, groups))
    write_whole(campaigns.orderBy(F.desc("score"), "id"), out)
    log("campaigns written")
    if edges is not None:
        edges.unpersist()
    persisted.unpersist()
    return int(spark.read.parquet(out).count())
