"""The Spark jobs: ``vetlink batch score IN OUT`` and ``vetlink batch campaigns IN OUT``.

Input: JSON lines (one import line a line: ``{"profile": ..., "conversation"?, "department"?,
"sector"?, "reported_at"?, "photo_hashes"?}``) or Parquet with string columns of the same names
(``profile`` required, holding the profile JSON; ``conversation`` and ``photo_hashes`` JSON).
Every line is checked first (:func:`vetlink.campaigns.lines.parse_object`, the import's own
check); a bad line stops the job before anything is written, naming its line or row.

Lines are numbered in the JVM, then parsed, checked and processed in ONE Python pass
(``mapInPandas``, Arrow batches); a bad line becomes a row carrying its error, the result is
persisted, and the job stops before writing when any row has an error.

- score: ``assess_many`` in chunks of 256 per Arrow batch -> one row per profile (line, id,
  url, name, score, band, findings);
- campaigns: :mod:`vetlink.batch.linking` (keys once per batch with ``persona_keys_many``,
  candidate pairs from block keys, the pair score of :mod:`vetlink.campaigns.link`, connected
  components on DataFrames, ``build_campaigns`` per group of components).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

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
    so the models ``assess()`` loads are loaded once per worker.

    Local mode only (a cluster's are the submitter's ``--conf``): ``LOCAL_CONF`` — a few
    shuffle partitions (the default 200 are 200 tiny tasks on one machine) and enough driver
    memory for a million personas' keys (the driver is the executor); each is a default that
    ``spark-defaults.conf`` or ``--conf`` overrides."""
    from pyspark.sql import SparkSession

    workers_python(master)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if is_local(master):
        for key, value in LOCAL_CONF.items():
            builder = builder.config(key, value)
    return (builder.config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.python.worker.reuse", "true")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .getOrCreate())


LOCAL_CONF = {
    "spark.sql.shuffle.partitions": "8",
    "spark.driver.memory": "6g",
    "spark.sql.adaptive.enabled": "true",
}


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
    """A DataFrame of ``line`` (the line or row number, from 1) and ``value`` (the text of a
    JSON line) or the Parquet file's import columns. Numbered in the JVM (no Python pass):
    :func:`with_numbers`."""
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
        frame = frame.select(*[c for c in frame.columns if c in FIELDS])
    else:
        frame = spark.read.text(path)
    return with_numbers(frame)


def with_numbers(frame: Any) -> Any:
    """``frame`` with its row numbers (from 1, in file order) as ``line``: each row's
    ``monotonically_increasing_id`` is (partition << 33) + its index in the partition, so the
    number is the rows of the partitions before it (one counting job in the JVM) plus that
    index. Replaces ``rdd.zipWithIndex``, which ran every line through Python once more."""
    from pyspark.sql import functions as F

    tagged = frame.withColumn("_id", F.monotonically_increasing_id())
    part = F.shiftright(F.col("_id"), 33)
    counts = sorted((int(r[0]), int(r[1])) for r in
                    tagged.groupBy(part.alias("p")).count().collect())
    offsets, total = [], 0
    for p, n in counts:
        offsets.extend([F.lit(p), F.lit(total)])
        total += n
    if not offsets:
        return tagged.withColumn("line", F.lit(0).cast("long")).drop("_id")
    local = F.col("_id").bitwiseAND(F.lit((1 << 33) - 1))
    line = F.create_map(*offsets)[part] + local + F.lit(1)
    return tagged.withColumn("line", line.cast("long")).drop("_id")


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


def present(value: Any) -> bool:
    """Not a missing value (pandas gives None or NaN, whatever the string dtype)."""
    return value is not None and not (isinstance(value, float) and value != value)


def frame_rows(frame: Any) -> Iterator[tuple[int, Any]]:
    """(line number, raw text or column dict) of the rows of one Arrow batch."""
    numbers = frame["line"].tolist()
    if "value" in frame.columns:
        yield from zip(numbers, frame["value"].tolist(), strict=True)
        return
    columns = [c for c in frame.columns if c != "line"]
    values = zip(*(frame[c].tolist() for c in columns), strict=True)
    for number, row in zip(numbers, values, strict=True):
        yield number, {c: v for c, v in zip(columns, row, strict=True) if present(v)}


def parse_rows(rows: Iterable[tuple[int, Any]]) -> tuple[list[Line], list[tuple[int, str]]]:
    """The good lines and the (number, message) of the bad ones (blank lines skipped)."""
    good, bad = [], []
    for number, value in rows:
        if isinstance(value, str) and not value.strip():
            continue
        try:
            good.append(parse_row(number, value))
        except InputError as exc:
            bad.append((number, exc.message))
    return good, bad


def assessed(lines: list[Line], use_models: bool, size: int = CHUNK) -> Iterator[Any]:
    """The assessment of each line: ``assess_many`` on ``size`` lines at a time (one shared
    context; the models are loaded once per Python worker, which Spark reuses)."""
    from vetlink.assess import assess_many

    for start in range(0, len(lines), size):
        chunk = lines[start:start + size]
        yield from assess_many(((ln.profile, ln.conversation) for ln in chunk),
                               use_models=use_models)


def raise_bad(frame: Any, path: str) -> None:
    """Stop before anything is written when any line or row is bad (``error`` column)."""
    from pyspark.sql import functions as F

    bad = (frame.where(F.col("error").isNotNull()).select("pid", "error")
           .orderBy("pid").limit(MAX_ERRORS).collect())
    if bad:
        where = "row" if is_parquet(path) else "line"
        listed = "; ".join(f"{where} {r['pid']}: {r['error']}" for r in bad)
        raise InputError(f"{path}: bad input, nothing written: {listed}")


# --- score ---------------------------------------------------------------------------------

SCORE_SCHEMA = ("pid long, error string, id string, url string, name string, score int, "
                "band string, findings array<string>")
SCORE_COLUMNS = [c.split()[0] for c in SCORE_SCHEMA.split(", ")]


def score_batches(batches: Iterable[Any], use_models: bool = True) -> Iterator[Any]:
    """``mapInPandas``: each Arrow batch of numbered lines parsed and assessed in one pass;
    a bad line becomes a row with its ``error`` (the job stops on any before writing)."""
    import pandas as pd

    for frame in batches:
        lines, bad = parse_rows(frame_rows(frame))
        out: list[tuple[Any, ...]] = [(n, m, None, None, None, None, None, None) for n, m in bad]
        for line, result in zip(lines, assessed(lines, use_models), strict=True):
            out.append((line.number, None, line.digest, line.profile.url, line.profile.name,
                        result.score, result.band, [f.id for f in result.findings]))
        yield pd.DataFrame(out, columns=SCORE_COLUMNS)


def score_job(spark: Any, source: str, out: str, use_models: bool = True) -> int:
    """Parse and assess every line once (cached); any bad line stops the job before writing;
    otherwise the scores are written, one row per profile (``line`` = its line or row)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    scored = (numbered(spark, source)
              .mapInPandas(lambda b: score_batches(b, use_models), SCORE_SCHEMA)
              .persist(StorageLevel.MEMORY_AND_DISK))
    try:
        raise_bad(scored, source)
        good = (scored.where(F.col("error").isNull()).drop("error")
                .withColumnRenamed("pid", "line"))
        write_whole(good, out)
    finally:
        scored.unpersist()
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


# --- campaigns ---------------------------------------------------------------------------

def campaigns_job(spark: Any, source: str, out: str, use_models: bool = True,
                  lures: bool = True) -> int:
    """``vetlink batch campaigns``: see :mod:`vetlink.batch.linking`."""
    from vetlink.batch.linking import campaigns_job as job

    return job(spark, source, out, use_models=use_models, lures=lures)


def log(stage: str) -> None:
    """Stage timings: logger ``vetlink.batch`` (INFO), and stderr when VETLINK_DEBUG is set."""
    import logging
    import os
    import sys
    import time

    logging.getLogger("vetlink.batch").info("%s", stage)
    if os.environ.get("VETLINK_DEBUG"):
        sys.stderr.write(f"vetlink batch: {stage} at {time.monotonic():.1f}s\n")
