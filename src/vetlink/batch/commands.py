"""CLI: ``vetlink batch score IN OUT`` and ``vetlink batch campaigns IN OUT`` (Spark; needs
the ``spark`` extra and Java). ``--master`` defaults to Spark's own default (``local[*]`` when
run directly; the cluster's when launched by ``spark-submit``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from vetlink.errors import InputError, VetlinkError

batch_app = typer.Typer(help="Batch jobs on Apache Spark (extra 'spark').",
                        no_args_is_help=True)
Master = Annotated[str | None, typer.Option(help="Spark master, e.g. local[2] or "
                                            "spark://host:7077")]
NoModel = Annotated[bool, typer.Option("--no-model", help="Rules only (no models)")]
Lures = Annotated[bool, typer.Option("--lures/--no-lures",
                                     help="Assess each persona for its lure ids (campaign "
                                          "score feature); --no-lures keys only, as "
                                          "pipeline.run_file")]


def spark_session(master: str | None):  # type: ignore[no-untyped-def]
    try:
        from vetlink.batch.spark import session
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise InputError("the batch jobs need pyspark: pip install 'vetlink[spark]'") from exc
    return session(master)


class JobFailed(VetlinkError):
    """The Spark job itself failed (a lost executor, a worker error...): one line, exit 2."""


@contextmanager
def one_line_errors() -> Iterator[None]:
    """Spark's errors (Py4J, PySpark) are many lines of JVM stack: keep the first."""
    try:
        yield
    except VetlinkError:
        raise
    except Exception as exc:
        from py4j.protocol import Py4JError
        from pyspark.errors import PySparkException

        if not isinstance(exc, Py4JError | PySparkException):
            raise
        first = next((ln.strip() for ln in str(exc).splitlines() if ln.strip()), "")
        raise JobFailed(f"the Spark job failed, nothing written: {first[:300]}") from exc


@batch_app.command("score")
def score(source: Annotated[str, typer.Argument(help="JSON lines or Parquet of profiles")],
          out: Annotated[str, typer.Argument(help="Parquet directory to write")],
          master: Master = None, no_model: NoModel = False) -> None:
    """Assess every profile (the same assess() as everywhere); one row each."""
    from vetlink.batch.spark import score_job

    with one_line_errors():
        count = score_job(spark_session(master), source, out, use_models=not no_model)
    typer.echo(f"scored {count} profiles -> {out}")


@batch_app.command("campaigns")
def campaigns(source: Annotated[str, typer.Argument(help="JSON lines or Parquet of profiles")],
              out: Annotated[str, typer.Argument(help="Parquet directory to write")],
              master: Master = None, no_model: NoModel = False, lures: Lures = True) -> None:
    """Find campaigns among the profiles (the same keys, links and clusters)."""
    from vetlink.batch.spark import campaigns_job

    with one_line_errors():
        count = campaigns_job(spark_session(master), source, out, use_models=not no_model,
                              lures=lures)
    typer.echo(f"found {count} clusters -> {out}")
