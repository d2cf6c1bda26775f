"""Spark local mode against one process, in the same run (issue 10).

1. **Batch scoring**: ``vetlink batch score`` (Spark ``local[2]``: chunks of ``assess_many``
   per partition, Python workers reused) against the single-process ``assess_many`` loop on
   the same profiles, for profile-only lines and for lines with a conversation (the sentence
   encoder runs), in profiles/s and profiles/s per core (Spark: divided by 2).
2. **Campaigns**: ``vetlink batch campaigns`` (Spark ``local[2]``, keys without assess, as
   ``pipeline.run_file`` by default) against the single-process pipeline
   (:func:`vetlink.campaigns.pipeline.run_file`, 2 key workers) on the same generated file
   (``campaigns.generate.write``, made once under /tmp/vetlink-bench, not timed): wall time,
   CPU seconds and peak memory of the whole process tree (driver, JVM, Python workers;
   sampled from /proc every 0.5 s), the Spark job's stage times (its ``VETLINK_DEBUG`` log),
   and whether both found the same clusters. A Spark run longer than ``--spark-timeout`` is
   stopped and reported with the last stage it reached.

Each measurement runs in a fresh subprocess; the load average is printed with each figure
(the machine is shared, so compare the ratios, not the absolute times).

With ``--against SRC`` (a checkout's ``src``, e.g. ``git archive main src | tar -x -C
/tmp/base``) every Spark measurement is also run on that code, right after this code's, and
the ratio new/old printed: a before/after in the same run. ``--local-personas 0`` forces the
executors' path of ``batch campaigns`` (linking and clustering off the driver) at every size.

    .venv/bin/python bench/spark_bench.py [--score-sizes 1000,10000]
        [--conversation-sizes 1000] [--campaign-sizes 10000,100000,1000000]
        [--spark-timeout 1800] [--all-pairs-max 10000] [--skip score,campaigns]
        [--spark-only 1000000] [--against /tmp/base/src] [--local-personas 0]
        [--single-max 100000] [--driver-memory 4g] [--stderr-to FILE]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

SEED = 7
CORES = 2  # local[2]


# --- memory of a process tree (no psutil: /proc) -------------------------------------------

def tree(root: int) -> dict[int, tuple[int, float]]:
    """{pid: (RSS bytes, CPU seconds)} of ``root`` and all its descendants."""
    children: dict[int, list[int]] = {}
    stats: dict[int, tuple[int, float]] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            children.setdefault(int(fields[1]), []).append(int(entry.name))
            stats[int(entry.name)] = (int(fields[21]) * os.sysconf("SC_PAGE_SIZE"),
                                      (int(fields[11]) + int(fields[12])) / tick)
        except (OSError, ValueError, IndexError):
            continue
    out, todo = {}, [root]
    while todo:
        pid = todo.pop()
        if pid in stats:
            out[pid] = stats[pid]
        todo.extend(children.get(pid, []))
    return out


AGAINST: list[str] = []  # the baseline's src directory, when --against is given


def run_child(args: list[str], timeout: float = 7200, src: str | None = None
              ) -> dict[str, Any]:
    """Run this script as a child; its last stdout line is JSON; add the tree's peak RSS, its
    CPU seconds (each process's last sample, summed) and the Spark stage log (stderr lines
    ``vetlink batch: ...``, VETLINK_DEBUG). Past ``timeout`` the child is killed and the
    result says so."""
    env = {**os.environ, "VETLINK_DEBUG": "1"}
    if src:  # the baseline's code first on the path (this script stays the same)
        env["PYTHONPATH"] = os.pathsep.join([src, env.get("PYTHONPATH", "")])
    kept = os.environ.get("VETLINK_BENCH_STDERR")  # --stderr-to: the child's stderr kept
    err = (open(kept, "a+", encoding="utf-8", errors="replace") if kept  # noqa: SIM115
           else tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace"))  # noqa: SIM115
    err.seek(0, os.SEEK_END)
    mine = err.tell()  # this child's lines start here (a kept file holds earlier children's)
    proc = subprocess.Popen([sys.executable, __file__, "--child", *args],
                            stdout=subprocess.PIPE, stderr=err, text=True, env=env,
                            start_new_session=True)
    peak, cpu, done = [0.0], {}, threading.Event()

    def sample() -> None:
        while not done.wait(0.5):
            now = tree(proc.pid)
            peak[0] = max(peak[0], sum(r for r, _ in now.values()) / 2**20)
            cpu.update({pid: c for pid, (_, c) in now.items()})

    threads = [threading.Thread(target=sample, daemon=True)]
    for t in threads:
        t.start()
    start = time.perf_counter()
    waited = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.communicate()
        out = json.dumps({"timeout": True, "seconds": time.perf_counter() - start})
    done.set()
    for t in threads:
        t.join(timeout=5)
    if proc.returncode not in (0, -9) and "timeout" not in out:
        raise SystemExit(f"child {args} failed ({proc.returncode})")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = round(peak[0])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    reaped = (after.ru_utime + after.ru_stime) - (waited.ru_utime + waited.ru_stime)
    # sampled: every process of the tree (misses the last 0.5 s of each); reaped: the child
    # and the descendants it waited for (misses any it did not wait for, e.g. the JVM)
    result["cpu_s"] = round(max(sum(cpu.values()), reaped), 1)
    err.seek(mine)
    stages = [ln.strip()[len("vetlink batch: "):] for ln in err
              if ln.startswith("vetlink batch:")]
    err.close()
    result["stages"] = stage_seconds(stages)
    return result


def stage_seconds(stages: list[str]) -> str:
    """'keys 44s, edges 52s, ...' from the ``... at 123.4s`` lines of the Spark job's log."""
    out, last = [], None
    for line in stages:
        text, _, at = line.rpartition(" at ")
        try:
            now = float(at.rstrip("s"))
        except ValueError:
            continue
        if last is not None:
            out.append(f"{text.split(':')[0].split(' of ')[0]} {now - last:.0f}s")
        last = now
    return ", ".join(out)


# --- data ----------------------------------------------------------------------------------

def rows(n: int, conversation: bool) -> list[dict[str, Any]]:
    from vetlink.campaigns.generate import generate

    out = []
    for row in generate(n, SEED):
        row.pop("_truth", None)
        row.pop("reporter", None)
        if not conversation:
            row.pop("conversation", None)
        out.append(row)
    return out


def write_lines(path: Path, data: list[dict[str, Any]]) -> None:
    with path.open("w") as f:
        for row in data:
            f.write(json.dumps(row) + "\n")


def lines_of(path: Path) -> list[Any]:
    from vetlink.campaigns.lines import parse_object

    with path.open() as f:
        return [parse_object(json.loads(raw), i + 1, report=False) for i, raw in enumerate(f)]


# --- children ------------------------------------------------------------------------------

def child_score_single(path: Path) -> dict[str, Any]:
    """The loop over the file: read and parse each line (as the Spark job does), then
    ``assess_many``; the models are loaded inside the timed loop, as in each Spark worker."""
    from vetlink.assess import assess_many

    start = time.perf_counter()
    lines = lines_of(path)
    count = sum(1 for _ in assess_many((ln.profile, ln.conversation) for ln in lines))
    return {"count": count, "seconds": time.perf_counter() - start}


def spark_session() -> Any:
    from vetlink.batch import spark as jobs
    from vetlink.batch.spark import session

    memory = os.environ.get("VETLINK_BENCH_DRIVER_MEMORY")
    if memory:  # --driver-memory: the JVM heap of local mode (the driver is the executor)
        jobs.LOCAL_CONF["spark.driver.memory"] = memory

    spark = session(f"local[{CORES}]", "vetlink-bench")
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def child_score_spark(path: Path, out: Path) -> dict[str, Any]:
    from vetlink.batch.spark import score_job

    start = time.perf_counter()
    spark = spark_session()
    job = time.perf_counter()
    count = score_job(spark, str(path), str(out))
    end = time.perf_counter()
    spark.stop()
    return {"count": count, "seconds": end - start, "job_seconds": end - job}


def child_campaigns_single(path: Path) -> dict[str, Any]:
    from vetlink.campaigns.pipeline import run_file

    start = time.perf_counter()
    run = run_file(path, workers=CORES)
    seconds = time.perf_counter() - start
    clusters = sorted(sorted(run.table.ids[m] for m in c.members) for c in run.campaigns)
    return {"seconds": seconds, "clusters": len(clusters), "digest": digest(clusters),
            "links": len(run.links.i),
            "pipeline": ", ".join(f"{k} {v:.0f}s" for k, v in run.seconds.items())}


def child_campaigns_allpairs(path: Path) -> dict[str, Any]:
    """The all-pairs baseline: the same keys (2 key workers), every pair compared
    (``link.all_pairs_links``), the same clustering."""
    from vetlink.campaigns.cluster import build_campaigns
    from vetlink.campaigns.link import all_pairs_links
    from vetlink.campaigns.pipeline import table_of_file

    start = time.perf_counter()
    table, _ = table_of_file(path, workers=CORES)
    links = all_pairs_links(table)
    found = build_campaigns(table, links)
    seconds = time.perf_counter() - start
    clusters = sorted(sorted(table.ids[m] for m in c.members) for c in found)
    return {"seconds": seconds, "clusters": len(clusters), "digest": digest(clusters),
            "links": len(links.i)}


def child_campaigns_spark(path: Path, out: Path, local_personas: int | None
                          ) -> dict[str, Any]:
    import vetlink
    from vetlink.batch import components
    from vetlink.batch.spark import campaigns_job

    sys.stderr.write(f"vetlink code: {vetlink.__file__}\n")
    start = time.perf_counter()
    spark = spark_session()
    count = campaigns_job(spark, str(path), str(out), use_models=False, lures=False,
                          local_personas=local_personas)
    seconds = time.perf_counter() - start
    clusters = sorted(sorted(r["members"]) for r in spark.read.parquet(str(out)).collect())
    spark.stop()
    return {"seconds": seconds, "clusters": count, "digest": digest(clusters),
            "rounds": components.ROUNDS[0]}


def digest(clusters: list[list[str]]) -> str:
    import hashlib

    return hashlib.sha256(json.dumps(clusters).encode()).hexdigest()[:12]


def child(args: list[str]) -> None:
    kind, path = args[0], Path(args[1])
    out = Path(args[2]) if len(args) > 2 else None
    local = int(args[3]) if len(args) > 3 and args[3] != "default" else None
    result = {"score-single": lambda: child_score_single(path),
              "score-spark": lambda: child_score_spark(path, out),
              "campaigns-single": lambda: child_campaigns_single(path),
              "campaigns-allpairs": lambda: child_campaigns_allpairs(path),
              "campaigns-spark": lambda: child_campaigns_spark(path, out, local)}[kind]()
    print(json.dumps(result), flush=True)


# --- the report ----------------------------------------------------------------------------

def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def score(sizes: list[int], conversation_sizes: list[int], tmp: Path) -> None:
    print("\n## Batch scoring: Spark local[2] `batch score` vs the single-process assess_many "
          "loop (profiles/s; per core = Spark / 2)", flush=True)
    for conversation in (False, True):
        for n in conversation_sizes if conversation else sizes:
            path = tmp / f"score-{n}-{int(conversation)}.jsonl"
            write_lines(path, rows(n, conversation))
            before = load()
            single = run_child(["score-single", str(path)])
            spark = run_child(["score-spark", str(path), str(tmp / f"score-out-{n}")])
            one = single["count"] / single["seconds"]
            old = ""
            for src in AGAINST:
                before_old = load()
                base = run_child(["score-spark", str(path), str(tmp / f"score-old-{n}")],
                                 src=src)
                rate = base["count"] / base["seconds"]
                old = (f" | against {src}: {rate / CORES:.1f}/s per core ({base['seconds']:.0f} s,"
                       f" {base['cpu_s']:.0f} s CPU, {base['peak_mb']} MB) = new/old "
                       f"{spark['count'] / spark['seconds'] / rate:.2f}x throughput | "
                       f"{before_old} -> {load()}")
            total = spark["count"] / spark["seconds"]
            job = spark["count"] / spark["job_seconds"]
            kind = "with conversation" if conversation else "profile only"
            # per CPU second of the whole process tree: what a core delivers, whatever share
            # of the shared machine each side got
            one_cpu = single["count"] / max(single["cpu_s"], 0.1)
            spark_cpu = spark["count"] / max(spark["cpu_s"], 0.1)
            print(f"{kind:18} n={n:>7,}: single {one:7.1f}/s ({single['seconds']:.0f} s, "
                  f"{single['cpu_s']:.0f} s CPU = {one_cpu:.0f}/CPU-s, {single['peak_mb']} MB) | "
                  f"spark {total:7.1f}/s = {total / CORES:6.1f}/s per core "
                  f"({spark['seconds']:.0f} s; without session start {job / CORES:.1f}/s per "
                  f"core; {spark['cpu_s']:.0f} s CPU = {spark_cpu:.0f}/CPU-s; "
                  f"{spark['peak_mb']} MB) | per-core ratio spark/single {total / CORES / one:.2f}"
                  f", per CPU-s {spark_cpu / one_cpu:.2f} | {before} -> {load()}{old}", flush=True)


def generated(n: int) -> Path:
    """The generated input of ``n`` personas (made once under /tmp; the campaigns bench's;
    an existing file is used even without its truth file, which this bench does not read)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from campaigns_bench import GEN_DIR
    from campaigns_bench import generated as made

    existing = GEN_DIR / f"personas-{n}-{SEED}.jsonl"
    if n and existing.exists() and existing.stat().st_size:
        return existing
    return made(n, SEED)[0]


def spark_campaigns(n: int, path: Path, tmp: Path, spark_timeout: float,
                    local_personas: int | None, label: str, src: str | None,
                    single: dict[str, Any]) -> dict[str, Any] | None:
    """One Spark run of ``batch campaigns`` (this code, or the one in ``src``), printed."""
    before = load()
    where = "default" if local_personas is None else str(local_personas)
    spark = run_child(["campaigns-spark", str(path), str(tmp / f"campaigns-out-{n}-{label}"),
                       where], timeout=spark_timeout, src=src)
    name = f"{label} local[2]" + (f" [{src}]" if src else "")
    if spark.get("timeout"):
        print(f"n={n:>9,} {name}: stopped after {spark['seconds']:.0f} s "
              f"({spark['cpu_s']} s CPU, {spark['peak_mb']} MB peak) [{spark['stages']}] "
              f"| {before} -> {load()}", flush=True)
        return None
    same = single["digest"] == spark["digest"]
    print(f"n={n:>9,} {name}: {spark['seconds']:7.1f} s wall, {spark['cpu_s']:7.1f} "
          f"s CPU, {spark['peak_mb']:6} MB peak, {spark['clusters']} clusters, "
          f"{spark['rounds']} components rounds [{spark['stages']}] | spark/one process: "
          f"wall {spark['seconds'] / single['seconds']:.2f}, CPU "
          f"{spark['cpu_s'] / max(single['cpu_s'], 0.1):.2f}, peak "
          f"{spark['peak_mb'] / max(single['peak_mb'], 1):.2f} | same clusters as one "
          f"process: {same} (digest {spark['digest']}) | {before} -> {load()}", flush=True)
    return spark


def campaigns(sizes: list[int], tmp: Path, spark_timeout: float, all_pairs_max: int,
              spark_only: set[int], local_personas: int | None = None) -> None:
    print("\n## Campaigns: Spark local[2] `batch campaigns` vs the single-process pipeline "
          "(run_file, 2 key workers; same file, keys without assess) vs the all-pairs "
          "baseline (same keys, every pair compared) where it runs", flush=True)
    walls: dict[str, list[tuple[int, float]]] = {"one process": [], "spark": []}
    for n in sizes:
        path = generated(n)
        before = load()
        single = ({"seconds": float("nan"), "cpu_s": float("nan"), "peak_mb": 0, "digest": "",
                   "clusters": "?", "links": "?", "pipeline": "not run (--spark-only)"}
                  if n in spark_only else run_child(["campaigns-single", str(path)]))
        if n not in spark_only:
            walls["one process"].append((n, single["seconds"]))
        print(f"n={n:>9,} one process: {single['seconds']:7.1f} s wall, {single['cpu_s']:7.1f} "
              f"s CPU, {single['peak_mb']:6} MB peak, {single['clusters']} clusters, "
              f"{single['links']} links [{single.get('pipeline', '')}] | {before} -> {load()}",
              flush=True)
        if n <= all_pairs_max:
            before = load()
            base = run_child(["campaigns-allpairs", str(path)])
            print(f"n={n:>9,} all pairs:   {base['seconds']:7.1f} s wall, {base['cpu_s']:7.1f} "
                  f"s CPU, {base['peak_mb']:6} MB peak, {base['clusters']} clusters, "
                  f"{base['links']} links | all pairs/one process: wall "
                  f"{base['seconds'] / single['seconds']:.2f} | {before} -> {load()}",
                  flush=True)
        for label, src in [("spark", None), *(("spark (against)", x) for x in AGAINST)]:
            spark = spark_campaigns(n, path, tmp, spark_timeout, local_personas, label, src,
                                    single)
            if spark is not None:
                walls.setdefault(label, []).append((n, spark["seconds"]))
    for method, points in walls.items():
        for (n0, t0), (n1, t1) in itertools.pairwise(points):
            print(f"growth {method}: {n0:,} -> {n1:,}: wall x{t1 / t0:.1f} for x{n1 / n0:.0f} "
                  f"data = {t1 / t0 / (n1 / n0):.2f} per 1x", flush=True)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--score-sizes", default="1000,10000")
    parser.add_argument("--conversation-sizes", default="",
                        help="sizes for lines with a conversation (the encoder runs)")
    parser.add_argument("--campaign-sizes", default="10000,100000,1000000")
    parser.add_argument("--spark-timeout", type=float, default=1800,
                        help="seconds after which a Spark campaigns run is stopped")
    parser.add_argument("--all-pairs-max", type=int, default=10_000,
                        help="largest size at which the all-pairs baseline runs")
    parser.add_argument("--spark-only", default="",
                        help="sizes at which only the Spark job runs (e.g. 1000000)")
    parser.add_argument("--skip", default="")
    parser.add_argument("--against", default="",
                        help="a baseline checkout's src directory: its Spark runs are "
                             "measured too, in the same run (before/after)")
    parser.add_argument("--driver-memory", default="",
                        help="the JVM heap of the local-mode Spark runs (e.g. 4g; default: "
                             "batch.spark.LOCAL_CONF's)")
    parser.add_argument("--local-personas", type=int, default=None,
                        help="batch campaigns' local_personas (0: the executors' path at "
                             "every size); its default when not given")
    parser.add_argument("--stderr-to", default="",
                        help="append the children's stderr (stage and partition logs) here")
    args = parser.parse_args()
    if args.stderr_to:
        os.environ["VETLINK_BENCH_STDERR"] = str(Path(args.stderr_to).resolve())
    if args.against:
        AGAINST.append(str(Path(args.against).resolve()))
    if args.driver_memory:
        os.environ["VETLINK_BENCH_DRIVER_MEMORY"] = args.driver_memory
    skip = set(args.skip.split(","))
    with tempfile.TemporaryDirectory(prefix="vetlink-spark-bench-") as name:
        tmp = Path(name)
        if "score" not in skip:
            score([int(x) for x in args.score_sizes.split(",") if x],
                  [int(x) for x in args.conversation_sizes.split(",") if x], tmp)
        if "campaigns" not in skip:
            campaigns([int(x) for x in args.campaign_sizes.split(",") if x], tmp,
                      args.spark_timeout, args.all_pairs_max,
                      {int(x) for x in args.spark_only.split(",") if x},
                      args.local_personas)


if __name__ == "__main__":
    main()
