"""The Spark jobs in local mode (one SparkSession for the whole test session, small data):
the same campaigns as one process, the same assess() scores, and bad input refused before
anything is written."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

import pytest

from vetlink.assess import assess_many
from vetlink.campaigns import find_campaigns
from vetlink.campaigns.generate import generate
from vetlink.campaigns.lines import parse_object, records_of
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


@contextmanager
def many_partitions(spark: Any, count: int = 7) -> Iterator[None]:
    """Shuffles into ``count`` partitions that adaptive execution does not merge (small test
    data would otherwise end in one partition, where every block of a pair is together)."""
    keys = ("spark.sql.shuffle.partitions", "spark.sql.adaptive.coalescePartitions.enabled")
    before = [spark.conf.get(k) for k in keys]
    spark.conf.set(keys[0], str(count))
    spark.conf.set(keys[1], "false")
    try:
        yield
    finally:
        for k, v in zip(keys, before, strict=True):
            spark.conf.set(k, v)


def rows(n: int, seed: int) -> list[dict[str, Any]]:
    out = []
    for row in generate(n, seed):
        row.pop("_truth", None)
        row.pop("reporter", None)
        out.append(row)
    return out


@pytest.mark.parametrize("where", ["executors", "driver"])
def test_spark_campaigns_equal_the_single_process_ones(spark: Any, tmp_path: Path,
                                                       where: str) -> None:
    """Both paths of the job (linking on the executors — ``local_personas`` lowered to 0,
    over 7 shuffle partitions that are not merged, so blocks, pairs and groups of components
    are spread —; on the driver, for a table of at most ``local_personas``) give the one
    process's campaigns and scores."""
    from vetlink.batch.spark import campaigns_job

    data = rows(240, seed=41)
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in data))
    limit = 0 if where == "executors" else 10_000
    with many_partitions(spark) if where == "executors" else nullcontext():
        assert campaigns_job(spark, str(source), str(tmp_path / "out"),
                             local_personas=limit) > 0
    found = spark.read.parquet(str(tmp_path / "out")).collect()
    lines = [parse_object(r, i + 1, report=False) for i, r in enumerate(data)]
    records = records_of(lines, use_models=True)  # as the job keys them: with models
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


def test_workers_run_this_python_in_local_mode_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from vetlink.batch.spark import is_local, workers_python

    monkeypatch.delenv("PYSPARK_PYTHON", raising=False)
    monkeypatch.delenv("MASTER", raising=False)
    assert not is_local("spark://head:7077") and not is_local("yarn")
    assert workers_python("spark://head:7077") is None  # the cluster's Python, not ours
    assert workers_python("k8s://https://api:6443") is None
    assert workers_python("local[2]") == sys.executable
    monkeypatch.setenv("PYSPARK_PYTHON", "/opt/env/bin/python")
    assert workers_python("local[2]") == "/opt/env/bin/python"  # an explicit one wins


def test_more_bad_input_is_refused_with_its_row_and_the_old_output_kept(
        spark: Any, tmp_path: Path) -> None:
    import pandas as pd

    from vetlink.batch.spark import campaigns_job, score_job

    good = rows(3, seed=44)
    out = tmp_path / "out"
    source = tmp_path / "good.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in good))
    assert score_job(spark, str(source), str(out)) == 3
    before = sorted(p.name for p in out.iterdir())
    pd.DataFrame({"profile": [json.dumps(good[0]["profile"]), "{not json",
                              json.dumps({"name": "No Url"})]}).to_parquet(
        tmp_path / "rows.parquet")
    with pytest.raises(InputError, match=r"row 2: profile: not JSON.*row 3: profile.url"):
        score_job(spark, str(tmp_path / "rows.parquet"), str(out))
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 this is not parquet")
    with pytest.raises(InputError, match="not readable as Parquet"):
        campaigns_job(spark, str(tmp_path / "broken.parquet"), str(out))
    (tmp_path / "array.jsonl").write_text(json.dumps(good[0]) + "\n[1, 2]\n")
    with pytest.raises(InputError, match="line 2: a JSON object is required"):
        campaigns_job(spark, str(tmp_path / "array.jsonl"), str(out))
    assert sorted(p.name for p in out.iterdir()) == before  # the old output, untouched
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp dirs


def test_the_cli_says_what_is_wrong_in_one_line_with_exit_2(spark: Any, tmp_path: Path) -> None:
    import subprocess
    import sys

    source = tmp_path / "bad.jsonl"
    source.write_text(json.dumps(rows(1, seed=45)[0]) + "\nnot json at all\n")
    done = subprocess.run(
        [sys.executable, "-m", "vetlink.cli", "batch", "score", str(source),
         str(tmp_path / "out"), "--master", "local[1]"],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.returncode == 2
    last = [ln for ln in done.stderr.splitlines() if ln.startswith("vetlink:")]
    assert len(last) == 1 and "line 2: not JSON" in last[0]
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_spark_submit_runs_the_batch_script(tmp_path: Path) -> None:
    """``spark-submit vetlink/batch/submit.py score IN OUT`` (pyspark's own spark-submit,
    local master): the documented way to run the job on a cluster."""
    import subprocess
    import sys

    import vetlink.batch.submit as script

    submit = Path(pyspark.__file__).parent / "bin" / "spark-submit"
    if not submit.exists():
        pytest.skip("pyspark has no bin/spark-submit")
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows(4, seed=46)))
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable,
           "PYSPARK_DRIVER_PYTHON": sys.executable, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [str(submit), "--master", "local[1]", "--conf", "spark.ui.enabled=false",
         script.__file__, "score", str(source), str(tmp_path / "out"), "--no-model"],
        capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "scored 4 profiles" in done.stdout
    import pandas as pd

    assert len(pd.read_parquet(tmp_path / "out")) == 4


def test_connected_components_cut_their_lineage_and_count_rounds(spark: Any) -> None:
    from vetlink.batch import components

    # a chain 1-2-...-40 (the slowest shape to converge) and a separate pair 100-101
    edges = [(i, i + 1) for i in range(1, 40)] + [(101, 100)]
    seen: list[tuple[int, int]] = []
    parts = components.connected_components(spark.createDataFrame(edges, "a long, b long"),
                                            on_round=lambda n, c: seen.append((n, c)),
                                            local_edges=0)
    got = {r["node"]: r["component"] for r in parts.collect()}
    assert got == {**dict.fromkeys(range(1, 41), 1), 100: 100, 101: 100}
    assert components.ROUNDS[0] == len(seen) > 1
    plan = parts._jdf.queryExecution().optimizedPlan().toString()
    assert "Join" not in plan  # a checkpointed scan, not the rounds' joins


def test_small_graphs_get_the_same_components_on_the_driver(spark: Any) -> None:
    import random

    from vetlink.batch import components

    rng = random.Random(5)
    edges = [(rng.randrange(400), rng.randrange(400)) for _ in range(300)]
    edges += [(i, i + 1) for i in range(1000, 1030)]  # a chain
    frame = spark.createDataFrame(edges, "a long, b long")
    rounds = components.connected_components(frame, local_edges=0).collect()
    assert components.ROUNDS[0] > 1
    local = components.connected_components(frame).collect()
    assert components.ROUNDS[0] == 0  # found on the driver
    got = {r["node"]: r["component"] for r in local}
    assert got == {r["node"]: r["component"] for r in rounds}
    assert got[1030] == 1000 and len(set(got.values())) < len(got)


def chain(length: int) -> list[dict[str, Any]]:
    """Personas linked only as a chain (each shares a phone number with the next one), with
    a templated summary (MinHash bands) lightly varied from one to the next."""
    out = []
    for k in range(length):
        phones = [f"+44 7700 9{k:05d}", f"+44 7700 9{k + 1:05d}"]
        about = ("We advise senior officials on emerging policy and invite a small number of "
                 f"experts to a paid roundtable series number {k} in Geneva each quarter.")
        out.append({"profile": {"schema": "vetlink/profile/v1", "platform": "linkedin",
                                "url": f"https://www.linkedin.com/in/chain-persona-{k}",
                                "name": f"Chain Persona {k}", "about": about,
                                "contact": {"phones": phones}},
                    "department": "Cabinet Office"})
    return out


def thin_firm(size: int) -> list[dict[str, Any]]:
    """Thin, unverified personas (few connections) all in one firm that nobody established
    vouches for (``campaigns/holders.py``), each reported from another department."""
    return [{"profile": {"schema": "vetlink/profile/v1", "platform": "linkedin",
                         "url": f"https://www.linkedin.com/in/thin-persona-{k}",
                         "name": f"Thin Persona {k}", "connections": 20 + k,
                         "experience": [{"title": "Fellow", "company": "Harbour Policy Forum",
                                         "start": "2025-10", "end": None}]},
             "department": f"Department {k}", "reported_at": "2026-05-01T09:00:00Z"}
            for k in range(size)]


def translated(k: int, text: str) -> dict[str, Any]:
    """A persona whose contact runs one script in its own language (the same fee and event:
    a shared skeleton, no shared word pair)."""
    return {"profile": {"schema": "vetlink/profile/v1", "platform": "linkedin",
                        "url": f"https://www.linkedin.com/in/translated-{k}",
                        "name": f"Translated Persona {k}"},
            "conversation": {"schema": "vetlink/conversation/v1", "contact": f"Persona {k}",
                             "messages": [{"sender": "contact", "text": text}]},
            "department": "Cabinet Office"}


def handoffs() -> list[dict[str, Any]]:
    """Two personas whose messages name "Naomi Palmer", held by two personas (a name block:
    pairs only between a namer and a named persona, never two namers or two holders)."""
    texts = {"Mark Ellis": "My colleague Naomi Palmer will contact you directly.",
             "Ruth Gale": "Naomi Palmer passed on your details to me.",
             "Naomi Palmer": "Hello, a short paid consultation?"}
    out = []
    for k, name in enumerate(["Mark Ellis", "Ruth Gale", "Naomi Palmer", "Naomi Palmer"]):
        out.append({"profile": {"schema": "vetlink/profile/v1", "platform": "linkedin",
                                "url": f"https://www.linkedin.com/in/handoff-{k}",
                                "name": name},
                    "conversation": {"schema": "vetlink/conversation/v1", "contact": name,
                                     "messages": [{"sender": "contact", "text": texts[name]}]},
                    "department": "Cabinet Office"})
    return out


TRANSLATIONS = ["Our client pays USD 2,000 per paper; join us at the Arctic Futures Summit.",
                "Unser Mandant zahlt 2.000 $ pro Bericht; kommen Sie zum Arctic Futures Summit.",
                "Notre client paie 2 000 dollars par rapport, au Arctic Futures Summit."]


def test_spark_links_equal_the_single_process_links(spark: Any, tmp_path: Path) -> None:
    """The Spark job's linked pairs and their bits per kind are link.link()'s, pair for pair,
    on generated personas (templated texts: MinHash bands of every size; shared photos,
    handles, firms) plus a chain only the components step can join whole, and one script in
    three languages (the skeleton keys of the same code on the executors)."""
    import numpy as np

    from vetlink.batch.components import connected_components
    from vetlink.batch.linking import keyed_personas, scored_edges
    from vetlink.campaigns.keys import persona_keys_many
    from vetlink.campaigns.link import KIND_ID, key_table, link

    data = ([translated(k, t) for k, t in enumerate(TRANSLATIONS)] + rows(400, seed=47)
            + handoffs() + chain(12) + thin_firm(6))
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in data))
    persisted, keyed = keyed_personas(spark, str(source), use_models=False, lures=False)
    with many_partitions(spark):  # a pair's blocks in different partitions: scored once
        edges = scored_edges(keyed).collect()
    got = {(r["a"], r["b"]): (round(r["total"], 9), tuple(round(x, 9) for x in r["by_kind"]))
           for r in edges}
    records = [parse_object(r, i + 1, report=False).record() for i, r in enumerate(data)]
    table = key_table(persona_keys_many(records))
    links = link(table)
    expected = {(int(i) + 1, int(j) + 1): (round(float(t), 9),
                                           tuple(round(float(x), 9) for x in row))
                for i, j, t, row in zip(links.i, links.j, links.total, links.by_kind,
                                        strict=True)}
    assert got == expected
    by_kind = np.array([row for _, row in expected.values()])
    assert (by_kind[:, KIND_ID["text"]] > 0).sum() > 10  # text bands link pairs
    assert (by_kind[:, KIND_ID["photo"]] > 0).any() and (by_kind[:, KIND_ID["phone"]] > 0).any()
    assert (by_kind[:, KIND_ID["unvouched"]] > 0).sum() == 15  # the thin firm's pairs
    assert all(expected[pair][1][KIND_ID["skeleton"]] >= 5 for pair in ((1, 2), (1, 3), (2, 3)))
    named = len(data) - 22 + 1  # line of the first hand-off persona: two namers, two named
    handed = {pair for pair, (_, row) in expected.items() if row[KIND_ID["handoff"]] > 0}
    assert handed == {(named + a, named + b) for a in (0, 1) for b in (2, 3)}
    first = len(data) - 18 + 1  # line of the chain's first persona
    assert all((first + k, first + k + 1) in got for k in range(11))
    parts = connected_components(spark.createDataFrame([(a, b) for a, b in got], "a long, b long"))
    component = {r["node"]: r["component"] for r in parts.collect()}
    assert {component[first + k] for k in range(12)} == {first}
    persisted.unpersist()


def test_the_arrow_keys_pass_gives_each_line_its_own_block_keys_and_bad_lines_their_error(
) -> None:
    """``keys_batches`` (the mapInArrow pass) on one Arrow batch: every good line's block
    keys are exactly ``link.block_rows`` of that persona; a bad line in the middle keeps its
    number and message and gets no keys."""
    import numpy as np
    import pyarrow as pa

    from vetlink.batch.linking import keys_batches, unpack
    from vetlink.campaigns.keys import persona_keys_many
    from vetlink.campaigns.link import block_rows, key_table

    data = rows(30, seed=48)
    values = [json.dumps(r) for r in data]
    values.insert(7, "{oops")
    batch = pa.RecordBatch.from_pydict({"line": list(range(1, len(values) + 1)),
                                        "value": values})
    (out,) = list(keys_batches([batch], use_models=False, lures=False))
    got = out.to_pylist()
    bad = [r for r in got if r["error"]]
    assert [(r["pid"], r["keys"], r["bkey"]) for r in bad] == [(8, None, [])]
    assert "not JSON" in bad[0]["error"]
    good = sorted((r for r in got if not r["error"]), key=lambda r: r["pid"])
    assert [r["pid"] for r in good] == [n for n in range(1, 32) if n != 8]
    records = [parse_object(r, 1, report=False).record() for r in data]
    keys = persona_keys_many(records)
    key, person, kind = block_rows(key_table(keys))
    for i, row in enumerate(good):
        mine = person == i
        assert sorted(row["bkey"]) == sorted(key[mine].view(np.int64).tolist())
        assert sorted(row["bkind"]) == sorted(kind[mine].tolist())
        assert unpack(row["keys"]).id == keys[i].id
        assert np.array_equal(unpack(row["keys"]).minhash, keys[i].minhash)


def test_blocks_are_sized_and_chosen_inside_partitions_as_link_chooses_them(
        spark: Any, tmp_path: Path) -> None:
    """The entries the Spark job routes personas by (``pairs.entries_frame``: blocks sized
    and chosen inside key partitions) are exactly the one-process table's: every member of
    every block ``link.pair_blocks`` expands (with the block's kind and its own), of every
    block ``unvouched_of`` marks, and of every MinHash band of 2..block_cap personas, each
    with the block's size — on more partitions than blocks fit in one."""
    import numpy as np

    from vetlink.batch.linking import keyed_personas
    from vetlink.batch.pairs import BAND, entries_frame
    from vetlink.campaigns.keys import persona_keys_many
    from vetlink.campaigns.link import (
        KIND_ID,
        Weights,
        blocks_of,
        key_table,
        pair_blocks,
        unvouched_of,
    )

    data = rows(300, seed=49) + thin_firm(5)
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in data))
    persisted, keyed = keyed_personas(spark, str(source), use_models=False, lures=False)
    with many_partitions(spark):
        got = sorted((r["pid"], r["key"], r["ekind"], r["role"], r["size"])
                     for r in entries_frame(keyed).collect())
    persisted.unpersist()
    records = [parse_object(r, i + 1, report=False).record() for i, r in enumerate(data)]
    table = key_table(persona_keys_many(records))
    blocks = blocks_of(table)
    weights = Weights()
    kinds = blocks.kind[blocks.start]
    chosen = pair_blocks(blocks, weights)
    unvouched = unvouched_of(table, blocks)
    band = ((kinds == KIND_ID["text"]) & (blocks.size >= 2)
            & (blocks.size <= weights.block_cap))
    assert unvouched.sum() == 1 and chosen.sum() > 20 and band.sum() > 20
    expected = []
    for b in range(len(blocks.start)):
        span = range(blocks.start[b], blocks.start[b] + blocks.size[b])
        key, size = int(blocks.key[blocks.start[b]].view(np.int64)), int(blocks.size[b])
        for ok, ekind in ((chosen[b], int(kinds[b])), (unvouched[b], KIND_ID["unvouched"]),
                          (band[b], BAND)):
            if ok:
                expected += [(int(blocks.person[r]) + 1, key, ekind,
                              BAND if ekind == BAND else int(blocks.kind[r]), size)
                             for r in span]
    assert got == sorted(expected)


def test_the_session_hands_python_small_arrow_batches_unless_told_otherwise(spark: Any) -> None:
    from vetlink.batch.spark import ARROW_BATCH, BATCH_ROWS

    assert spark.conf.get(ARROW_BATCH) == str(BATCH_ROWS) == "2000"
    assert not spark.sparkContext.getConf().contains(ARROW_BATCH)  # ours, not a submitter's


def test_batch_score_writes_exactly_what_assess_many_gives_in_one_pass(
        spark: Any, tmp_path: Path) -> None:
    """The one-pass score job (written partitioned by ``failed``, renamed when no row
    failed) writes every profile's assess_many result — score, band, finding ids, in line
    order — and only the output columns; an input of blank lines gives an empty output with
    those columns; a bad line still leaves no output and no temporary directory."""
    from vetlink.batch.spark import score_job

    data = rows(25, seed=52)
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in data))
    assert score_job(spark, str(source), str(tmp_path / "scores"), use_models=False) == 25
    written = spark.read.parquet(str(tmp_path / "scores"))
    assert written.columns == ["line", "id", "url", "name", "score", "band", "findings"]
    got = [(r["line"], r["url"], r["score"], r["band"], list(r["findings"]))
           for r in written.orderBy("line").collect()]
    lines = [parse_object(r, i + 1, report=False) for i, r in enumerate(data)]
    expected = [(ln.number, ln.profile.url, res.score, res.band, [f.id for f in res.findings])
                for ln, res in zip(lines, assess_many(((ln.profile, ln.conversation)
                                                       for ln in lines), use_models=False),
                                   strict=True)]
    assert got == expected
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n")
    assert score_job(spark, str(blank), str(tmp_path / "none"), use_models=False) == 0
    assert spark.read.parquet(str(tmp_path / "none")).columns == written.columns
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(data[0]) + "\n" + "{no\n" * 7)
    with pytest.raises(InputError, match=r"line 2: not JSON.*line 6: not JSON"):
        score_job(spark, str(bad), str(tmp_path / "o"), use_models=False)
    assert not (tmp_path / "o").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_pair_columns_give_the_pair_score_the_keys_it_reads(spark: Any) -> None:
    """What the pair joins carry instead of the packed keys (MinHash signature, photo
    hashes) decodes, for every persona of a batch of pairs, to the same signature, text flag
    and photo hashes as ``link.key_table`` of the whole keys; personas without text or photo
    included."""
    import numpy as np
    import pyarrow as pa

    from vetlink.batch.linking import pair_columns
    from vetlink.batch.pairs import pair_table
    from vetlink.campaigns.keys import persona_keys_many
    from vetlink.campaigns.link import key_table

    data = rows(60, seed=53)
    data[3]["profile"].pop("photo", None)
    data[3].pop("photo_hashes", None)
    data[5]["profile"]["about"] = ""
    data[5]["profile"]["headline"] = ""
    data[5]["profile"]["experience"] = []
    records = [parse_object(r, i + 1, report=False).record() for i, r in enumerate(data)]
    keys = persona_keys_many(records)
    full = key_table(keys)
    assert not full.has_text.all() and any(p is None for p in full.photos)
    sigs, photos = pair_columns(keys)
    pids = np.arange(len(keys), dtype=np.int64)[::-1] * 10  # unsorted, as pairs come
    order = pids.argsort()
    got_pids, table = pair_table(np.r_[pids, pids[:7]],
                                 pa.array(sigs + sigs[:7], pa.binary()).slice(0),
                                 pa.array(photos + photos[:7], pa.binary()))
    assert got_pids.tolist() == sorted(pids.tolist())
    assert np.array_equal(table.minhash, full.minhash[order])
    assert np.array_equal(table.has_text, full.has_text[order])
    for mine, theirs in zip(table.photos, [full.photos[k] for k in order], strict=True):
        assert (mine is None) == (theirs is None)
        assert mine is None or np.array_equal(mine, theirs)


def test_local_mode_sizes_the_shuffles_to_the_data_unless_the_submitter_did(
        spark: Any) -> None:
    from vetlink.batch.linking import sized_partitions
    from vetlink.batch.rows import AUTO_PARTITIONS

    before = spark.conf.get("spark.sql.shuffle.partitions")
    try:
        assert sized_partitions(spark, 10_000) == 8
        assert sized_partitions(spark, 1_000_000) == 40
        assert sized_partitions(spark, 100_000_000) == 400
        spark.conf.set(AUTO_PARTITIONS, "false")  # as on a cluster: the submitter's value
        spark.conf.set("spark.sql.shuffle.partitions", "123")
        assert sized_partitions(spark, 1_000_000) == 123
    finally:
        spark.conf.set(AUTO_PARTITIONS, "true")
        spark.conf.set("spark.sql.shuffle.partitions", before)


def test_local_defaults_give_way_to_spark_defaults_conf_and_submit_args(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Local mode's ``LOCAL_CONF`` is only a default: a property set in
    ``spark-defaults.conf`` (``SPARK_CONF_DIR``) or with ``--conf``/``--driver-memory`` is
    the submitter's, and set shuffle partitions are not resized to the data."""
    from vetlink.batch.rows import AUTO_PARTITIONS
    from vetlink.batch.spark import LOCAL_CONF, local_conf

    monkeypatch.delenv("PYSPARK_GATEWAY_PORT", raising=False)
    monkeypatch.setenv("SPARK_CONF_DIR", str(tmp_path))
    monkeypatch.setenv("PYSPARK_SUBMIT_ARGS", "")
    assert local_conf() == LOCAL_CONF  # nothing set: every default applies
    (tmp_path / "spark-defaults.conf").write_text(
        "# comment\nspark.sql.shuffle.partitions   64\n\nspark.executor.cores 1\n")
    assert local_conf() == {k: v for k, v in LOCAL_CONF.items()
                            if k not in ("spark.sql.shuffle.partitions", AUTO_PARTITIONS)}
    monkeypatch.setenv("PYSPARK_SUBMIT_ARGS",
                       "--driver-memory 2g --conf spark.sql.adaptive.enabled=false pyspark-shell")
    assert local_conf() == {}
