"""Campaign detection benchmark: recovery on planted campaigns, scaling, Spark, throughput.

1. **Recovery** on generated data (:mod:`vetlink.campaigns.generate`) for seeds 101.. (the
   parameters were tuned on seeds 1-3 with the default knobs only): pairwise precision,
   recall, F1 and adjusted Rand index against the planted truth, for the default knobs, the
   harder setting (``Knobs.harder()``, never tuned on) and single-knob variants (no shared
   photos, no handles, heavy rewording, slow creation); the worst-recovered campaigns are
   listed. Campaigns = communities with a campaign score >= 0.5.
2. **Scaling**, one process with ``--workers`` key processes, each size in a fresh subprocess
   (peak RSS from the OS, wall and CPU time, the time of each stage: read+keys, blocking,
   scoring, clustering, explanations), reading generated personas from JSON lines under /tmp
   (generated once; generation time printed apart), against the all-pairs baseline (every
   pair compared) at the sizes where it runs, in the same run; growth per x10 of data.
3. **Spark** local mode (``local[2]``) ``batch campaigns`` at one size.
4. **Batch scoring throughput**: Spark ``batch score`` (profiles/s per core) against the
   single-process ``assess()`` loop on the same profiles.

    .venv/bin/python bench/campaigns_bench.py [--eval-size 5000]
        [--sizes 10000,100000,1000000] [--baseline-sizes 10000] [--workers 2]
        [--spark-size 10000] [--score-size 2000]
        [--skip recovery,scaling,spark,score] [--against /tmp/base/src]

With ``--against SRC`` (e.g. ``git archive main src | tar -x -C /tmp/base``) each scaling
size is run on this code and then on that code, and the ratios printed (a same-run
before/after); ``keys us`` is the CPU per persona of reading its line and computing its keys.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

EVAL_SEEDS = (101, 102, 103)


def records_of(n: int, seed: int, knobs: Any, lures: bool = True) -> tuple[list[Any], dict]:
    from vetlink.campaigns.generate import records

    return records(n, seed, knobs, lures)


def recovery(size: int) -> None:
    from vetlink.campaigns import find_campaigns
    from vetlink.campaigns.evaluate import per_campaign_recall
    from vetlink.campaigns.evaluate import recovery as score
    from vetlink.campaigns.generate import Knobs

    variants = {
        "default": Knobs(),
        "harder (not tuned on)": Knobs.harder(),
        "no shared photos": replace(Knobs(), photo_missing=1.0),
        "no handles in messages": replace(Knobs(), handle_missing=1.0),
        "heavy rewording": replace(Knobs(), paraphrase=0.9, drop_sentence=0.6),
        "slow creation (1-2 years)": replace(Knobs(), creation_spread_days=(365, 730)),
        "harder, no photos, no handles": replace(Knobs.harder(), photo_missing=1.0,
                                                 handle_missing=1.0),
    }
    print(f"\n## Recovery: {size} personas, seeds {EVAL_SEEDS} (tuned on seeds 1-3, default)")
    print(f"{'variant':32} {'precision':>9} {'recall':>7} {'F1':>6} {'ARI':>6}  worst campaigns"
          " (pair recall, size)")
    for name, knobs in variants.items():
        totals = {"precision": [], "recall": [], "f1": [], "ari": []}
        worst: list[tuple[float, int]] = []
        for seed in EVAL_SEEDS:
            records, truth = records_of(size, seed, knobs)
            result = find_campaigns(records)
            found = [[result.table.ids[m] for m in c.members]
                     for c in result.campaigns if c.score >= 0.5]
            metrics = score(found, truth, [r.id for r in records])
            for key in totals:
                totals[key].append(metrics[key])
            sizes = {}
            for label in truth.values():
                sizes[label] = sizes.get(label, 0) + 1
            worst += [(r, sizes[k]) for k, r in list(per_campaign_recall(found, truth)
                                                     .items())[:2]]
        mean = {k: sum(v) / len(v) for k, v in totals.items()}
        worst_text = ", ".join(f"{r:.2f} (n={n})" for r, n in sorted(worst)[:3])
        print(f"{name:32} {mean['precision']:9.3f} {mean['recall']:7.3f} {mean['f1']:6.3f} "
              f"{mean['ari']:6.3f}  {worst_text}")


GEN_DIR = Path(tempfile.gettempdir()) / "vetlink-bench"
STAGES = ("read+keys", "blocking", "scoring", "clustering", "explanations")


def generated(n: int, seed: int = 7) -> tuple[Path, float | None]:
    """The generated input of ``n`` personas under /tmp (made once; seconds if made now)."""
    from vetlink.campaigns.generate import write

    path = GEN_DIR / f"personas-{n}-{seed}.jsonl"
    if path.exists() and path.with_name(path.name + ".truth.json").exists():
        return path, None
    GEN_DIR.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    write(path, n, seed)
    return path, time.perf_counter() - start


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def scale_child(n: int, mode: str, workers: int) -> None:
    """Run in a subprocess: one size, one mode; prints a JSON line."""
    from vetlink.campaigns.cluster import build_campaigns
    from vetlink.campaigns.link import all_pairs_links
    from vetlink.campaigns.pipeline import run_file, table_of_file

    path, _ = generated(n)
    start = time.perf_counter()
    if mode == "blocked":
        run = run_file(path, workers=workers)
        seconds, links, campaigns, key_cpu = run.seconds, run.links, run.campaigns, run.worker_cpu
    else:
        table, key_cpu = table_of_file(path, workers=workers)
        seconds = {"read+keys": time.perf_counter() - start}
        mark = time.perf_counter()
        links = all_pairs_links(table)
        seconds["scoring"] = time.perf_counter() - mark
        campaigns = build_campaigns(table, links, seconds)
    wall = time.perf_counter() - start
    print(json.dumps({
        "n": n, "mode": mode, "wall_s": wall, "seconds": seconds,
        "cpu_parent_s": cpu_seconds(resource.RUSAGE_SELF),
        "cpu_workers_s": cpu_seconds(resource.RUSAGE_CHILDREN),
        "key_cpu_s": key_cpu,  # CPU of reading lines and computing keys, summed
        "candidates": links.candidates, "links": len(links.i), "campaigns": len(campaigns),
        "peak_parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "load": os.getloadavg()[0]}))


AGAINST: list[str] = []  # the baseline's src directory, when --against is given


def run_child(n: int, mode: str, workers: int, src: str | None = None) -> dict[str, Any]:
    """One size and mode in a fresh subprocess; with ``src``, on the code of that ``src``."""
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    out = subprocess.run([sys.executable, __file__, "--child", f"{n}:{mode}:{workers}"],
                         capture_output=True, text=True, timeout=7200, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def key_us(r: dict[str, Any]) -> float:
    """CPU microseconds per persona of reading its line and computing its keys."""
    return sum(r.get("key_cpu_s", {}).values()) / max(1, r["n"]) * 1e6


def scaling(sizes: list[int], baseline_sizes: list[int], workers: int) -> None:
    print(f"\n## Scaling, one process + {workers} key workers (generated personas read from "
          "JSON lines under /tmp; keys without assess, so no lures)")
    for n in sorted(set(sizes) | set(baseline_sizes)):
        _, made = generated(n)
        if made is not None:
            print(f"generated {n:,} personas in {made:.1f} s (not part of the pipeline)")
    print(f"{'personas':>9} {'method':9} {'wall s':>7} {'cpu s':>7} {'keys us':>7} "
          + " ".join(f"{s:>12}" for s in STAGES)
          + f" {'pairs compared':>15} {'links':>8} {'campaigns':>9} {'peak MB':>8} "
          f"{'load':>5}")
    previous = None
    for n in sorted(set(sizes) | set(baseline_sizes)):
        for mode in ("blocked", "all-pairs"):
            if mode == "all-pairs" and n not in baseline_sizes:
                continue
            r = run_child(n, mode, workers)
            print_row(n, mode, r)
            if mode == "blocked":
                for src in AGAINST:
                    print_against(n, mode, r, run_child(n, mode, workers, src))
            cpu = r["cpu_parent_s"] + r["cpu_workers_s"]
            growth = ""
            if mode == "blocked" and previous is not None:
                ratio = n / previous[0]
                growth = (f"  x{r['wall_s'] / previous[1]:.1f} wall, "
                          f"x{cpu / previous[2]:.1f} cpu for x{ratio:.0f} data = "
                          f"{cpu / previous[2] / ratio:.2f} per 1x")
            if growth:
                print(f"{'':>9} growth:{growth}", flush=True)
            if mode == "blocked":
                previous = (n, r["wall_s"], cpu)


def print_row(n: int, mode: str, r: dict[str, Any], label: str = "") -> None:
    stages = " ".join(f"{r['seconds'].get(s, 0.0):12.1f}" for s in STAGES)
    peak = max(r["peak_parent_mb"], r["peak_worker_mb"])
    cpu = r["cpu_parent_s"] + r["cpu_workers_s"]
    print(f"{n:>9} {label or mode:9} {r['wall_s']:7.1f} {cpu:7.1f} {key_us(r):7.0f} {stages} "
          f"{r['candidates']:>15,} {r['links']:>8,} {r['campaigns']:>9,} {peak:8.0f} "
          f"{r['load']:5.1f}", flush=True)


def print_against(n: int, mode: str, new: dict[str, Any], old: dict[str, Any]) -> None:
    """The baseline's row and the ratios new/old (and whether both found the same)."""
    print_row(n, mode, old, "baseline")
    cpu = (new["cpu_parent_s"] + new["cpu_workers_s"]) / (old["cpu_parent_s"]
                                                            + old["cpu_workers_s"])
    peak = (max(new["peak_parent_mb"], new["peak_worker_mb"])
            / max(old["peak_parent_mb"], old["peak_worker_mb"]))
    same = all(new[k] == old[k] for k in ("candidates", "links", "campaigns"))
    print(f"{'':>9} new/baseline: wall x{new['wall_s'] / old['wall_s']:.2f}, cpu x{cpu:.2f}, "
          f"keys us/persona x{key_us(new) / max(key_us(old), 1e-9):.2f}, read+keys wall "
          f"x{new['seconds']['read+keys'] / old['seconds']['read+keys']:.2f}, peak x{peak:.2f}; "
          f"same pairs, links and campaigns: {same}", flush=True)


def spark_run(size: int) -> None:
    from vetlink.batch.spark import campaigns_job, session
    from vetlink.campaigns.generate import write

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        write(source, size, 7)
        spark = session("local[2]", "vetlink-bench")
        spark.sparkContext.setLogLevel("ERROR")
        start = time.perf_counter()
        count = campaigns_job(spark, str(source), str(Path(tmp) / "out"))
        elapsed = time.perf_counter() - start
        spark.stop()
    print(f"\n## Spark local[2] batch campaigns: {size} personas in {elapsed:.1f} s "
          f"(including assess() with models for the lures), {count} clusters")


def score_throughput(size: int) -> None:
    from vetlink.assess import assess_many
    from vetlink.batch.spark import score_job, session
    from vetlink.campaigns.generate import write
    from vetlink.campaigns.lines import parse_line

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        write(source, size, 8)
        lines = [parse_line(raw, i) for i, raw in enumerate(source.read_bytes().splitlines())]
        start = time.perf_counter()
        for _ in assess_many((ln.profile, ln.conversation) for ln in lines):
            pass
        single = time.perf_counter() - start
        spark = session("local[2]", "vetlink-bench")
        spark.sparkContext.setLogLevel("ERROR")
        start = time.perf_counter()
        score_job(spark, str(source), str(Path(tmp) / "out"))
        distributed = time.perf_counter() - start
        spark.stop()
    print(f"\n## Batch scoring, {size} profiles (assess with models)")
    print(f"single-process assess() loop: {size / single:7.1f} profiles/s on 1 core")
    print(f"Spark local[2] batch score:   {size / distributed:7.1f} profiles/s on 2 cores = "
          f"{size / distributed / 2:.1f} per core (job start, validation and Parquet "
          "writing included)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--eval-size", type=int, default=5000)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--workers", type=int, default=2, help="key worker processes")
    parser.add_argument("--baseline-sizes", default="10000")
    parser.add_argument("--spark-size", type=int, default=10000)
    parser.add_argument("--score-size", type=int, default=2000)
    parser.add_argument("--skip", default="")
    parser.add_argument("--against", default="",
                        help="a checkout's src (git archive main src | tar -x -C /tmp/base): "
                        "each scaling size is also run on that code, right after this code's")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.against:
        AGAINST.append(str(Path(args.against).resolve()))
    if args.child:
        n, mode, workers = args.child.split(":")
        scale_child(int(n), mode, int(workers))
        return
    skip = set(args.skip.split(","))
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if "recovery" not in skip:
        recovery(args.eval_size)
    if "scaling" not in skip:
        scaling([int(x) for x in args.sizes.split(",") if x],
                [int(x) for x in args.baseline_sizes.split(",") if x], args.workers)
    if "spark" not in skip:
        spark_run(args.spark_size)
    if "score" not in skip:
        score_throughput(args.score_size)


if __name__ == "__main__":
    main()
