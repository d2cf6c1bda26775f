"""Reading the batch jobs' input and writing their output: numbered lines or Parquet rows,
parsed and checked by the import's own code (:func:`vetlink.campaigns.lines.parse_object`),
bad rows carried as errors, output written whole or not at all; stage log."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from vetlink.campaigns.lines import FIELDS, Line, parse_object
from vetlink.errors import InputError

STRING_COLUMNS = sorted(FIELDS - {"reporter"})
JSON_COLUMNS = ("profile", "conversation", "photo_hashes")
MAX_ERRORS = 5
# set by the local-mode defaults (``spark.session``): the campaigns job may then size its
# shuffles to its data (``linking.sized_partitions``); a submitter's --conf
# spark.sql.shuffle.partitions is kept. Here, not in spark.py, so linking reads it without
# importing the module that imports it.
AUTO_PARTITIONS = "spark.vetlink.autoPartitions"


CHUNK = 256  # profiles handed to assess_many at a time inside a partition


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


def arrow_rows(batch: Any) -> Iterator[tuple[int, Any]]:
    """(line number, raw text or column dict) of the rows of one Arrow record batch
    (``mapInArrow``: no pandas frame in between)."""
    names = batch.schema.names
    numbers = batch.column(names.index("line")).to_pylist()
    if "value" in names:
        yield from zip(numbers, batch.column(names.index("value")).to_pylist(), strict=True)
        return
    columns = [c for c in names if c != "line"]
    values = zip(*(batch.column(names.index(c)).to_pylist() for c in columns), strict=True)
    for number, row in zip(numbers, values, strict=True):
        yield number, {c: v for c, v in zip(columns, row, strict=True) if v is not None}


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
        replace(temp, target)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def write_checked(frame: Any, out: str, source: str) -> int:
    """Write ``frame`` (rows with a ``failed`` flag; a failed row's message is its only
    ``findings`` entry) to ``out`` in ONE pass, or nothing when any row failed: the rows are
    written partitioned by ``failed`` into a temporary directory beside ``out``; failed rows,
    if any, are read back (a few) for the error and the directory removed; otherwise the
    good partition (whose files hold every column but ``failed``) is renamed into place,
    replacing an old ``out`` only once complete. Returns the rows written. Outputs that are
    not local paths: the rows are cached, checked, then written (Spark's job commit)."""
    import shutil
    import uuid
    from pathlib import Path
    from urllib.parse import urlparse

    from pyspark.sql import functions as F

    scheme = urlparse(out).scheme
    if scheme not in ("", "file"):
        return write_cached(frame, out, source)
    target = Path(urlparse(out).path if scheme else out)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        frame.write.partitionBy("failed").parquet(str(temp))
        failed = temp / "failed=true"
        if failed.exists():
            bad = frame.sparkSession.read.parquet(str(failed))
            raise_bad(bad.select(F.col(bad.columns[0]).alias("pid"),
                                 F.col("findings")[0].alias("error")), source)
        good = temp / "failed=false"
        if not good.exists():  # no rows at all: an empty output with the columns
            empty = frame.sparkSession.createDataFrame([], frame.drop("failed").schema)
            empty.write.parquet(str(good))
        replace(good, target)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return int(frame.sparkSession.read.parquet(str(target)).count())


def write_cached(frame: Any, out: str, source: str) -> int:
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    cached = frame.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        raise_bad(cached.where("failed").select(F.col(cached.columns[0]).alias("pid"),
                                                F.col("findings")[0].alias("error")), source)
        cached.where(~F.col("failed")).drop("failed").write.mode("overwrite").parquet(out)
    finally:
        cached.unpersist()
    return int(frame.sparkSession.read.parquet(out).count())


def replace(made: Any, target: Any) -> None:
    """Rename the complete directory ``made`` to ``target`` (an old ``target`` is moved
    aside first and removed after)."""
    import shutil
    import uuid

    if target.exists():
        old = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.old")
        target.rename(old)
        made.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        made.rename(target)


def log(stage: str) -> None:
    """Stage timings: logger ``vetlink.batch`` (INFO), and stderr when VETLINK_DEBUG is set."""
    import logging
    import os
    import sys
    import time

    logging.getLogger("vetlink.batch").info("%s", stage)
    if os.environ.get("VETLINK_DEBUG"):
        sys.stderr.write(f"vetlink batch: {stage} at {time.monotonic():.1f}s\n")
