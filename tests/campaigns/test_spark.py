"""The Spark jobs in local mode (one SparkSession for the whole test session, small data):
the same campaigns as one process, the same assess() scores, and bad input refused before
anything is written."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from vetlink.assess import assess_many
from vetlink.campaigns import find_campaigns
from vetlink.campaigns.generate import generate
from vetlink.campaigns.lines import parse_object
from vetlink.errors import InputError

pyspark = pytest.importorskip("pyspark")
if shutil.which("java") is None and not os.environ.get("CI"):
    pytest.skip("Java is not installed (scripts/system-deps.sh installs it)",
                allow_module_level=True)


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    from vetlink.batch.spark import session

    made = session("local[2]", "vetlink-tests")
    made.sparkContext.setLogLevel("ERROR")
    yield made
    made.stop()


def rows(n: int, seed: int) -> list[dict[str, Any]]:
    out = []
    for row in generate(n, seed):
        row.pop("_truth", None)
        row.pop("reporter", None)
        out.append(row)
    return out


def test_spark_campaigns_equal_the_single_process_ones(spark: Any, tmp_path: Path) -> None:
    from vetlink.batch.spark import campaigns_job

    data = rows(240, seed=41)
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in data))
    assert campaigns_job(spark, str(source), str(tmp_path / "out")) > 0
    found = spark.read.parquet(str(tmp_path / "out")).collect()
    lines = [parse_object(r, i + 1, report=False) for i, r in enumerate(data)]
    assessments = assess_many((ln.profile, ln.conversation) for ln in lines)
    records = [ln.record(tuple(f.id for f in a.findings))
               for ln, a in zip(lines, assessments, strict=True)]
    local = find_campaigns(records)
    expected = {c.id: (sorted(local.table.ids[m] for m in c.members), c.score)
                for c in local.campaigns}
    got = {r["id"]: (sorted(r["members"]), r["score"]) for r in found}
    assert got == expected
    assert all(json.loads(r["evidence"]) for r in found)


def test_spark_scores_parquet_with_the_same_assess(spark: Any, tmp_path: Path) -> None:
    import pandas as pd

    from vetlink.batch.spark import score_job

    data = rows(30, seed=42)
    frame = pd.DataFrame({
        "profile": [json.dumps(r["profile"]) for r in data],
        "conversation": [json.dumps(r["conversation"]) for r in data],
        "department": [r["department"] for r in data],
    })
    source = tmp_path / "in.parquet"
    frame.to_parquet(source)
    assert score_job(spark, str(source), str(tmp_path / "scores")) == 30
    scored = {r["url"]: r["score"] for r in
              spark.read.parquet(str(tmp_path / "scores")).collect()}
    lines = [parse_object(r, 1, report=False) for r in data]
    for line, result in zip(lines, assess_many((ln.profile, ln.conversation) for ln in lines),
                            strict=True):
        assert scored[line.profile.url] == result.score


def test_bad_lines_and_columns_stop_the_job_before_writing(spark: Any, tmp_path: Path) -> None:
    import pandas as pd

    from vetlink.batch.spark import score_job

    good = rows(2, seed=43)
    source = tmp_path / "bad.jsonl"
    source.write_text(json.dumps(good[0]) + "\n{oops\n"
                      + json.dumps({"profile": {"name": "No Url"}}) + "\n")
    with pytest.raises(InputError, match=r"line 2: not JSON.*line 3: profile.url"):
        score_job(spark, str(source), str(tmp_path / "o1"))
    assert not (tmp_path / "o1").exists()
    pd.DataFrame({"conversation": ["{}"]}).to_parquet(tmp_path / "missing.parquet")
    with pytest.raises(InputError, match="column 'profile'"):
        score_job(spark, str(tmp_path / "missing.parquet"), str(tmp_path / "o2"))
    pd.DataFrame({"profile": [json.dumps(good[0]["profile"])], "department": [7]}).to_parquet(
        tmp_path / "typed.parquet")
    with pytest.raises(InputError, match="department is bigint"):
        score_job(spark, str(tmp_path / "typed.parquet"), str(tmp_path / "o3"))
    assert not (tmp_path / "o2").exists() and not (tmp_path / "o3").exists()
