"""The Spark jobs: ``vetlink batch score IN OUT`` and ``vetlink batch campaigns IN OUT``.

Input: JSON lines (one import line a line: ``{"profile": ..., "conversation"?, "department"?,
"sector"?, "reported_at"?, "photo_hashes"?}``) or Parquet with string columns of the same names
(``profile`` required, holding the profile JSON; ``conversation`` and ``photo_hashes`` JSON).
Every line is checked first (:func:`vetlink.campaigns.lines.parse_object`, the import's own
check); a bad line stops the job before anything is written, naming its line or row.

Lines are numbered in the JVM, then parsed, checked and processed in ONE Python pass
(``mapInArrow``: Arrow batches, no pandas); a bad line becomes a row carrying its error,
the result is persisted, and the job stops before writing when any row has an error.

- score: ``assess_many`` in chunks of 256 per Arrow batch -> one row per profile (line, id,
  url, name, score, band, findings);
- campaigns: :mod:`vetlink.batch.linking` (keys once per batch with ``persona_keys_many``,
  candidate pairs from block keys, the pair score of :mod:`vetlink.campaigns.link`, connected
  components on DataFrames, ``build_campaigns`` per group of components).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from vetlink.batch.rows import (  # noqa: F401 - the job's reading, re-exported
    AUTO_PARTITIONS,
    CHUNK,
    arrow_rows,
    assessed,
    is_parquet,
    log,
    numbered,
    parse_rows,
    raise_bad,
    write_checked,
    write_whole,
)


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
    memory for a million personas' keys (the driver is the executor); each is only a default:
    a property the submitter set in ``spark-defaults.conf`` or with ``--conf`` is kept
    (:func:`local_conf`)."""
    from pyspark.sql import SparkSession

    workers_python(master)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if is_local(master):
        for key, value in local_conf().items():
            builder = builder.config(key, value)
    made = (builder.config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.python.worker.reuse", "true")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .getOrCreate())
    if not made.sparkContext.getConf().contains(ARROW_BATCH):
        made.conf.set(ARROW_BATCH, str(BATCH_ROWS))
    return made


# Rows per Arrow batch handed to the Python passes, unless the submitter sets it: keying
# 10,000 personas at once (Spark's default) costs ~30 % more CPU per persona than 2,000
# (measured; the MinHash arrays of a batch outgrow the caches) — one process keys chunks of
# 2,000 (pipeline.CHUNK) too.
ARROW_BATCH = "spark.sql.execution.arrow.maxRecordsPerBatch"
BATCH_ROWS = 2_000


LOCAL_CONF = {
    "spark.sql.shuffle.partitions": "8",
    AUTO_PARTITIONS: "true",
    "spark.driver.memory": "6g",
    "spark.sql.adaptive.enabled": "true",
}


def submitted_keys() -> set[str]:
    """The Spark properties the submitter set: in ``spark-defaults.conf`` (in
    ``SPARK_CONF_DIR``, else ``SPARK_HOME/conf``, else pyspark's own ``conf``), with
    ``--conf``/``--driver-memory`` in ``PYSPARK_SUBMIT_ARGS``, or in the conf of the JVM that
    ``spark-submit`` started for this driver."""
    import itertools
    import os
    import shlex
    from pathlib import Path

    keys: set[str] = set()
    home = os.environ.get("SPARK_HOME")
    if not home:
        import pyspark

        home = str(Path(pyspark.__file__).parent)
    defaults = Path(os.environ.get("SPARK_CONF_DIR") or Path(home) / "conf") / "spark-defaults.conf"
    if defaults.is_file():
        for line in defaults.read_text(errors="replace").splitlines():
            words = line.strip().replace("=", " ", 1).split()
            if words and not words[0].startswith("#"):
                keys.add(words[0])
    args = shlex.split(os.environ.get("PYSPARK_SUBMIT_ARGS", ""))
    for flag, value in itertools.pairwise(args):
        if flag == "--conf":
            keys.add(value.split("=", 1)[0])
        elif flag == "--driver-memory":
            keys.add("spark.driver.memory")
    if os.environ.get("PYSPARK_GATEWAY_PORT"):  # launched by spark-submit: its JVM's conf
        from pyspark import SparkConf, SparkContext

        SparkContext._ensure_initialized()
        keys.update(k for k, _ in SparkConf().getAll())
    return keys


def local_conf() -> dict[str, str]:
    """``LOCAL_CONF`` less what the submitter set (:func:`submitted_keys`); a submitter's
    shuffle partitions also turn off sizing them to the data (``AUTO_PARTITIONS``)."""
    taken = submitted_keys()
    if "spark.sql.shuffle.partitions" in taken:
        taken.add(AUTO_PARTITIONS)
    return {k: v for k, v in LOCAL_CONF.items() if k not in taken}


# --- score ---------------------------------------------------------------------------------

SCORE_SCHEMA = ("line long, failed boolean, id string, url string, name string, score int, "
                "band string, findings array<string>")
SCORE_COLUMNS = [c.split()[0] for c in SCORE_SCHEMA.split(", ")]


def score_arrow_schema() -> Any:
    import pyarrow as pa

    return pa.schema([("line", pa.int64()), ("failed", pa.bool_()), ("id", pa.string()),
                      ("url", pa.string()), ("name", pa.string()), ("score", pa.int32()),
                      ("band", pa.string()), ("findings", pa.list_(pa.string()))])


def score_batches(batches: Iterable[Any], use_models: bool = True) -> Iterator[Any]:
    """``mapInArrow``: each Arrow batch of numbered lines parsed and assessed in one pass
    (``assess_many`` in chunks). A bad line becomes a row with ``failed`` set and its
    message as its only finding (``write_checked`` stops the job on any before the output
    appears)."""
    import pyarrow as pa

    schema = score_arrow_schema()
    for batch in batches:
        lines, bad = parse_rows(arrow_rows(batch))
        out: list[tuple[Any, ...]] = [(n, True, None, None, None, None, None, [m])
                                      for n, m in bad]
        for line, result in zip(lines, assessed(lines, use_models), strict=True):
            out.append((line.number, False, line.digest, line.profile.url, line.profile.name,
                        result.score, result.band, [f.id for f in result.findings]))
        columns: list[Any] = (list(zip(*out, strict=True)) if out
                              else [[] for _ in SCORE_COLUMNS])
        yield pa.RecordBatch.from_arrays([pa.array(list(c), type=f.type)
                                          for c, f in zip(columns, schema, strict=True)],
                                         schema=schema)


def score_job(spark: Any, source: str, out: str, use_models: bool = True) -> int:
    """Parse and assess every line in ONE pass that writes as it goes (no cached copy, no
    second pass: :func:`vetlink.batch.rows.write_checked`); any bad line stops the job
    before ``out`` appears; otherwise one row per profile (``line`` = its line or row)."""
    scored = numbered(spark, source).mapInArrow(lambda b: score_batches(b, use_models),
                                                SCORE_SCHEMA)
    return write_checked(scored, out, source)


# --- campaigns ---------------------------------------------------------------------------

def campaigns_job(spark: Any, source: str, out: str, use_models: bool = True,
                  lures: bool = True, local_personas: int | None = None) -> int:
    """``vetlink batch campaigns``: see :mod:`vetlink.batch.linking` (``local_personas``:
    up to how many personas the linking runs on the driver; its default when None)."""
    from vetlink.batch.linking import LOCAL_PERSONAS
    from vetlink.batch.linking import campaigns_job as job

    return job(spark, source, out, use_models=use_models, lures=lures,
               local_personas=LOCAL_PERSONAS if local_personas is None else local_personas)


