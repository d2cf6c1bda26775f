"""The Spark jobs: ``vetlink batch score IN OUT`` and ``vetlink batch campaigns IN OUT``.

Input: JSON lines (one import line a line: ``{"profile": ..., "conversation"?, "department"?,
"sector"?, "reported_at"?, "photo_hashes"?}``) or Parquet with string columns of the same names
(``profile`` required, holding the profile JSON; ``conversation`` and ``photo_hashes`` JSON).
Every line is checked first (:func:`vetlink.campaigns.lines.parse_object`, the import's own
check); a bad line stops the job before anything is written, naming its line or row.

- score: ``assess_many`` in ``mapPartitions`` -> one row per profile (line, id, url, name,
  score, band, findings);
- campaigns: per partition, the personas' keys (:func:`vetlink.campaigns.keys.persona_keys`)
  and block keys (:func:`vetlink.campaigns.link.block_rows`); blocks are grouped by key, each
  expandable block scores its pairs with the same weights and checks (``frequency_weight``,
  ``confirm_text``, ``confirm_photo``); pairs reaching ``link_bits`` are edges; connected
  components on DataFrames (:mod:`vetlink.batch.components`); and each component is clustered
  and explained by :func:`vetlink.campaigns.cluster.build_campaigns` (Leiden per connected
  part, as in one process) -> one row per campaign.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

from vetlink.campaigns.keys import PersonaKeys, persona_keys
from vetlink.campaigns.lines import FIELDS, Line, parse_object
from vetlink.errors import InputError

STRING_COLUMNS = sorted(FIELDS - {"reporter"})
JSON_COLUMNS = ("profile", "conversation", "photo_hashes")
MAX_ERRORS = 5


CHUNK = 256  # profiles handed to assess_many at a time inside a partition


def is_local(master: str | None) -> bool:
    """Local mode: ``local``, ``local[N]``, ``local[*]``, or no master given and none
    configured by ``spark-submit`` (pyspark then defaults to ``local[*]``)."""
    import os

    chosen = master or os.environ.get("MASTER") or submitted_master()
    return chosen is None or chosen.startswith("local")


def submitted_master() -> str | None:
    """The master ``spark-submit --master`` passed to this driver (it reaches the driver as
    the ``spark.master`` property in ``PYSPARK_SUBMIT_ARGS`` or the launcher's conf)."""
    import os
    import shlex

    args = shlex.split(os.environ.get("PYSPARK_SUBMIT_ARGS", ""))
    for i, arg in enumerate(args[:-1]):
        if arg == "--master":
            return args[i + 1]
    if not os.environ.get("PYSPARK_GATEWAY_PORT"):
        return None  # not launched by spark-submit
    from pyspark import SparkConf, SparkContext

    SparkContext._ensure_initialized()  # connects to spark-submit's JVM, whose conf we read
    return SparkConf().get("spark.master", None)


def workers_python(master: str | None) -> str | None:
    """Local mode: the Python workers run this interpreter unless ``PYSPARK_PYTHON`` says
    otherwise. A cluster: nothing is set (the driver's path means nothing on an executor)."""
    import os
    import sys

    if is_local(master):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return os.environ.get("PYSPARK_PYTHON")


def session(master: str | None = None, app_name: str = "vetlink") -> Any:
    """A SparkSession. In local mode the Python workers run this same interpreter (its
    packages), so ``PYSPARK_PYTHON`` defaults to it; on a cluster it is left alone: the
    executors' Python is the cluster's (``PYSPARK_PYTHON`` / ``spark.pyspark.python`` set by
    whoever submits the job, see docs/campaigns.md). Python workers are reused between tasks,
    so the models ``assess()`` loads are loaded once per worker."""
    from pyspark.sql import SparkSession

    workers_python(master)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    return (builder.config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.python.worker.reuse", "true")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .getOrCreate())


# --- reading -------------------------------------------------------------------------------

def is_parquet(path: str) -> bool:
    from pathlib import Path

    p = Path(path)
    return p.suffix == ".parquet" or (p.is_dir() and any(p.glob("*.parquet")))


def check_parquet_schema(frame: Any, path: str) -> None:
    from pyspark.sql.types import StringType

    types = {f.name: f.dataType for f in frame.schema.fields}
    if "profile" not in types:
        raise InputError(f"{path}: column 'profile' (the profile JSON, a string) is missing")
    wrong = [f"{name} is {types[name].simpleString()}" for name in [*STRING_COLUMNS, "reporter"]
             if name in types and not isinstance(types[name], StringType)]
    if wrong:
        raise InputError(f"{path}: columns must be strings: {', '.join(wrong)}")


def numbered(spark: Any, path: str) -> Any:
    """An RDD of (line number, dict or raw text) from JSON lines or Parquet."""
    from pathlib import Path

    if not Path(path).exists():
        raise InputError(f"{path}: no such file or directory")
    if is_parquet(path):
        try:
            frame = spark.read.parquet(path)
        except Exception as exc:
            first = (str(exc).strip().splitlines() or ["unreadable"])[0]
            raise InputError(f"{path}: not readable as Parquet ({first[:160]})") from exc
        check_parquet_schema(frame, path)
        columns = [c for c in frame.columns if c in FIELDS]
        rows = frame.select(*columns).rdd.map(lambda r: r.asDict())
    else:
        rows = spark.read.text(path).rdd.map(lambda r: r.value)
    return rows.zipWithIndex().map(lambda pair: (pair[1] + 1, pair[0]))


def parse_row(number: int, value: Any) -> Line:
    if isinstance(value, str):
        try:
            data = json.loads(value)
        except json.JSONDecodeError as exc:
            raise InputError(f"not JSON ({str(exc)[:80]})") from exc
    else:
        data = {}
        for key, item in value.items():
            if item is None:
                continue
            try:
                data[key] = json.loads(item) if key in JSON_COLUMNS else item
            except json.JSONDecodeError as exc:
                raise InputError(f"{key}: not JSON ({str(exc)[:60]})") from exc
    return parse_object(data, number, report=False)


def parsed(rows: Iterable[tuple[int, Any]]) -> Iterator[Line]:
    for number, value in rows:
        if isinstance(value, str) and not value.strip():
            continue
        yield parse_row(number, value)


def chunks(rows: Iterable[tuple[int, Any]], size: int = CHUNK) -> Iterator[list[Line]]:
    """The parsed lines of a partition, ``size`` at a time (bounded memory per task)."""
    chunk: list[Line] = []
    for line in parsed(rows):
        chunk.append(line)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def assessed(rows: Iterable[tuple[int, Any]], use_models: bool) -> Iterator[tuple[Line, Any]]:
    """Each line with its assessment: ``assess_many`` on one chunk at a time (one shared
    context; the models are loaded once per Python worker, which Spark reuses)."""
    from vetlink.assess import assess_many

    for chunk in chunks(rows):
        results = assess_many(((ln.profile, ln.conversation) for ln in chunk),
                              use_models=use_models)
        yield from zip(chunk, results, strict=True)


def errors_of(rows: Iterable[tuple[int, Any]]) -> Iterator[tuple[int, str]]:
    for number, value in rows:
        if isinstance(value, str) and not value.strip():
            continue
        try:
            parse_row(number, value)
        except InputError as exc:
            yield number, exc.message


def validate(rdd: Any, path: str) -> None:
    """Stop before anything is written when any line or row is bad."""
    bad = rdd.mapPartitions(errors_of).takeOrdered(MAX_ERRORS, key=lambda e: e[0])
    if bad:
        where = "row" if is_parquet(path) else "line"
        listed = "; ".join(f"{where} {n}: {m}" for n, m in bad)
        raise InputError(f"{path}: bad input, nothing written: {listed}")


# --- score ---------------------------------------------------------------------------------

SCORE_SCHEMA = ("line long, id string, url string, name string, score int, band string, "
                "findings array<string>")


def score_partition(rows: Iterable[tuple[int, Any]], use_models: bool = True
                    ) -> Iterator[tuple[Any, ...]]:
    for line, result in assessed(rows, use_models):
        yield (line.number, line.digest, line.profile.url, line.profile.name, result.score,
               result.band, [f.id for f in result.findings])


def score_job(spark: Any, source: str, out: str, use_models: bool = True) -> int:
    rdd = numbered(spark, source)
    validate(rdd, source)
    frame = spark.createDataFrame(
        rdd.mapPartitions(lambda rows: score_partition(rows, use_models)), SCORE_SCHEMA)
    write_whole(frame, out)
    return int(spark.read.parquet(out).count())


def write_whole(frame: Any, out: str) -> None:
    """Write Parquet to a temporary directory beside ``out``, then rename it into place: a
    job that fails half-way leaves no partial ``out`` (and an existing ``out`` is replaced
    only once the new one is complete). Local paths only are renamed this way; other file
    systems get Spark's own job commit (``_SUCCESS`` marks a whole output)."""
    import shutil
    import uuid
    from pathlib import Path
    from urllib.parse import urlparse

    scheme = urlparse(out).scheme
    if scheme not in ("", "file"):
        frame.write.mode("overwrite").parquet(out)
        return
    target = Path(urlparse(out).path if scheme else out)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        frame.write.parquet(str(temp))
        if target.exists():
            old = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.old")
            target.rename(old)
            temp.rename(target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            temp.rename(target)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


# --- campaigns -----------------------------------------------------------------------------

KEYS_SCHEMA = ("pid long, id string, name string, url string, minhash binary, photo binary, "
               "entities array<string>, lures array<string>, targets array<string>, "
               "created long, contacted long")


def keys_partition(rows: Iterable[tuple[int, Any]], use_models: bool = True
                   ) -> Iterator[tuple[Any, ...]]:
    for line, result in assessed(rows, use_models):
        keys = persona_keys(line.record(tuple(f.id for f in result.findings)))
        yield (line.number, keys.id, keys.name, keys.url,
               None if keys.minhash is None else keys.minhash.astype("<u4").tobytes(),
               None if keys.photo is None else keys.photo.astype("<u8").tobytes(),
               sorted(keys.entities), sorted(keys.lures), sorted(keys.targets),
               -1 if keys.created is None else keys.created,
               -1 if keys.contacted is None else keys.contacted)


def keys_of_row(row: Any) -> PersonaKeys:
    """A persona's keys back from a keys row (the inverse of :func:`keys_partition`)."""
    minhash = row["minhash"]
    photo = row["photo"]
    return PersonaKeys(
        id=row["id"], name=row["name"], url=row["url"],
        photo=None if photo is None else np.frombuffer(photo, "<u8").reshape(-1, 3),
        minhash=None if minhash is None else np.frombuffer(minhash, "<u4").astype(np.uint64),
        entities=frozenset(row["entities"]), lures=frozenset(row["lures"]),
        targets=frozenset(row["targets"]),
        created=None if row["created"] < 0 else int(row["created"]),
        contacted=None if row["contacted"] < 0 else int(row["contacted"]))


def block_partition(rows: Iterable[Any]) -> Iterator[tuple[int, int, int]]:
    from vetlink.campaigns.link import block_rows, key_table

    rows = list(rows)
    if not rows:
        return
    table = key_table([keys_of_row(r) for r in rows])
    key, person, kind = block_rows(table)
    pids = np.array([r["pid"] for r in rows], dtype=np.int64)
    yield from zip(key.view(np.int64).tolist(), pids[person].tolist(), kind.tolist(),
                   strict=True)


PAIR_SCHEMA = "a long, b long, kind int, bits double"


BUCKETS = 64  # blocks are scored in this many pandas calls (by key hash), not one per block


def score_blocks(frame: Any) -> Any:
    """The pairs of every block in one bucket with their evidence bits (the same weights and
    checks as :func:`vetlink.campaigns.link.link`). Each persona's keys are decoded once per
    bucket, however many of its blocks fall in it."""
    import pandas as pd

    from vetlink.campaigns.link import (
        KINDS,
        Weights,
        confirm_photo,
        confirm_text,
        frequency_weight,
        key_table,
    )

    persons = frame.drop_duplicates("pid").sort_values("pid")
    table = key_table([keys_of_row(r) for r in persons.to_dict("records")])
    pid = persons["pid"].to_numpy()
    local = np.searchsorted(pid, frame["pid"].to_numpy())
    out = []
    weights = Weights()
    for _, block in frame.assign(local=local).groupby("key", sort=False):
        members, kind = block["local"].to_numpy(), int(block["kind"].iloc[0])
        a, b = np.triu_indices(len(members), k=1)
        i, j = members[a], members[b]
        by_kind = np.zeros((len(i), len(KINDS)))
        by_kind[:, kind] = frequency_weight(np.array([kind]), np.array([len(members)]),
                                            weights)[0]
        confirm_text(table, i, j, by_kind)
        confirm_photo(table, i, j, by_kind)
        keep = by_kind[:, kind] > 0
        out.append(pd.DataFrame({"a": np.minimum(pid[i], pid[j])[keep],
                                 "b": np.maximum(pid[i], pid[j])[keep], "kind": kind,
                                 "bits": by_kind[keep, kind]}))
    if not out:
        return pd.DataFrame({"a": [], "b": [], "kind": [], "bits": []}).astype(
            {"a": "int64", "b": "int64", "kind": "int32", "bits": "float64"})
    return pd.concat(out, ignore_index=True)


CAMPAIGN_SCHEMA = ("id string, score double, size int, members array<string>, "
                   "names array<string>, urls array<string>, evidence string, features string, "
                   "targets array<string>, lures array<string>, first_seen string, "
                   "last_seen string")


def cluster_component(members: Any, edges: Any) -> Any:
    """Campaigns of one connected component (:func:`build_campaigns`, as in one process)."""
    import pandas as pd

    from vetlink.campaigns.cluster import build_campaigns
    from vetlink.campaigns.link import KINDS, Links, key_table

    rows = members.sort_values("pid").to_dict("records")
    table = key_table([keys_of_row(r) for r in rows])
    index = {int(r["pid"]): i for i, r in enumerate(rows)}
    by_kind = np.zeros((len(edges), len(KINDS)))
    for n, kinds in enumerate(edges["kinds"]):
        for kind, bits in kinds:
            by_kind[n, int(kind)] = bits
    links = Links(np.array([index[int(x)] for x in edges["a"]], dtype=np.int64),
                  np.array([index[int(x)] for x in edges["b"]], dtype=np.int64),
                  by_kind.sum(axis=1), by_kind, candidates=len(edges))
    out = []
    for c in build_campaigns(table, links):
        out.append({"id": c.id, "score": c.score, "size": len(c.members),
                    "members": [table.ids[m] for m in c.members],
                    "names": [table.names[m] for m in c.members],
                    "urls": [table.urls[m] or "" for m in c.members],
                    "evidence": json.dumps(c.evidence), "features": json.dumps(c.features),
                    "targets": c.targets, "lures": c.lures, "first_seen": c.first_seen,
                    "last_seen": c.last_seen})
    return pd.DataFrame(out, columns=[f.split()[0] for f in CAMPAIGN_SCHEMA.split(", ")])


def campaigns_job(spark: Any, source: str, out: str, use_models: bool = True) -> int:
    from pyspark.sql import functions as F

    from vetlink.batch.components import connected_components
    from vetlink.campaigns.link import Weights

    weights = Weights()  # the defaults, as score_blocks uses them
    rdd = numbered(spark, source)
    validate(rdd, source)
    log("start")
    keys = spark.createDataFrame(rdd.mapPartitions(lambda rows: keys_partition(rows, use_models)),
                                 KEYS_SCHEMA).cache()
    log(f"keys of {keys.count()} personas")
    blocks = spark.createDataFrame(keys.rdd.mapPartitions(block_partition),
                                   "key long, pid long, kind int")
    sizes = blocks.groupBy("key").agg(F.count("*").alias("size"))
    usable = sizes.where((F.col("size") >= 2) & (F.col("size") <= weights.block_cap))
    members = blocks.join(usable, "key").join(keys, "pid")
    pairs = (members.withColumn("bucket", F.pmod(F.col("key"), F.lit(BUCKETS)))
             .groupBy("bucket").applyInPandas(score_blocks, PAIR_SCHEMA))
    strongest = pairs.groupBy("a", "b", "kind").agg(F.max("bits").alias("bits"))
    edges = (strongest.groupBy("a", "b")
             .agg(F.sum("bits").alias("total"),
                  F.collect_list(F.array(F.col("kind").cast("double"), "bits")).alias("kinds"))
             .where(F.col("total") >= weights.link_bits).cache())
    log("edges")
    parts = connected_components(edges, on_round=lambda n, c: log(f"components round {n}: {c}"))
    log(f"components: {parts.count()} personas linked")
    # two copies of the components with separate lineage: cogroup needs them unambiguous
    again = spark.createDataFrame(parts.rdd, parts.schema)
    part_members = keys.join(parts.withColumnRenamed("node", "pid"), "pid")
    part_edges = edges.join(again.withColumnRenamed("node", "a"), "a")
    campaigns = (part_members.groupBy("component").cogroup(part_edges.groupBy("component"))
                 .applyInPandas(cluster_component, CAMPAIGN_SCHEMA))
    write_whole(campaigns.orderBy(F.desc("score"), "id"), out)
    log("campaigns")
    return int(spark.read.parquet(out).count())


def log(stage: str) -> None:
    """Stage timings: logger ``vetlink.batch`` (INFO), and stderr when VETLINK_DEBUG is set."""
    import logging
    import os
    import sys
    import time

    logging.getLogger("vetlink.batch").info("%s", stage)
    if os.environ.get("VETLINK_DEBUG"):
        sys.stderr.write(f"vetlink batch: {stage} at {time.monotonic():.1f}s\n")
