"""Campaign detection benchmark: recovery on planted campaigns, scaling, Spark, throughput.

1. **Recovery** on generated data (:mod:`vetlink.campaigns.generate`) for seeds 101.. (the
   parameters were tuned on seeds 1-3 with the default knobs only): pairwise precision,
   recall, F1 and adjusted Rand index against the planted truth, for the default knobs, the
   harder setting (``Knobs.harder()``, never tuned on) and single-knob variants (no shared
   photos, no handles, heavy rewording, slow creation); the worst-recovered campaigns are
   listed. Campaigns = communities with a campaign score >= 0.5.
2. **Scaling**, single process, each size in a fresh subprocess (peak RSS from the OS): keys,
   then linking + clustering, against the all-pairs baseline (every pair compared) at the sizes
   where it runs, in the same run.
3. **Spark** local mode (``local[2]``) ``batch campaigns`` at one size.
4. **Batch scoring throughput**: Spark ``batch score`` (profiles/s per core) against the
   single-process ``assess()`` loop on the same profiles.

    .venv/bin/python bench/campaigns_bench.py [--eval-size 5000] [--sizes 10000,100000]
        [--baseline-sizes 2000,5000,10000] [--spark-size 10000] [--score-size 2000]
        [--skip recovery,scaling,spark,score]
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
    from vetlink.assess import assess_many
    from vetlink.campaigns.generate import generate
    from vetlink.campaigns.lines import parse_object

    truth, lines = {}, []
    for number, row in enumerate(generate(n, seed, knobs)):
        label = row.pop("_truth", None)
        line = parse_object(row, number + 1)
        lines.append(line)
        if label:
            truth[line.digest] = label
    if not lures:
        return [ln.record() for ln in lines], truth
    found = assess_many(((ln.profile, ln.conversation) for ln in lines), use_models=False)
    return [ln.record(tuple(f.id for f in a.findings)) for ln, a in zip(lines, found,
                                                                        strict=True)], truth


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


def scale_child(n: int, mode: str) -> None:
    """Run in a subprocess: one size, one mode; prints a JSON line."""
    from vetlink.campaigns.cluster import build_campaigns
    from vetlink.campaigns.generate import Knobs
    from vetlink.campaigns.keys import persona_keys
    from vetlink.campaigns.link import all_pairs_links, key_table, link

    records, _ = records_of(n, 7, Knobs(), lures=False)
    start = time.perf_counter()
    keys = [persona_keys(r) for r in records]
    del records
    keyed = time.perf_counter()
    table = key_table(keys)
    del keys
    links = link(table) if mode == "blocked" else all_pairs_links(table)
    campaigns = build_campaigns(table, links)
    done = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"n": n, "mode": mode, "keys_s": keyed - start,
                      "link_cluster_s": done - keyed, "candidates": links.candidates,
                      "links": len(links.i), "campaigns": len(campaigns), "peak_mb": peak}))


def run_child(n: int, mode: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child", f"{n}:{mode}"],
                         capture_output=True, text=True, timeout=3600, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def scaling(sizes: list[int], baseline_sizes: list[int]) -> None:
    print("\n## Scaling, single process (generated personas, keys without assess)")
    print(f"{'personas':>9} {'method':9} {'keys s':>8} {'link+cluster s':>15} {'total s':>8} "
          f"{'pairs compared':>15} {'links':>8} {'peak MB':>8}")
    previous = None
    for n in sorted(set(sizes) | set(baseline_sizes)):
        for mode in ("blocked", "all-pairs"):
            if mode == "blocked" and n not in sizes and n not in baseline_sizes:
                continue
            if mode == "all-pairs" and n not in baseline_sizes:
                continue
            r = run_child(n, mode)
            total = r["keys_s"] + r["link_cluster_s"]
            growth = ""
            if mode == "blocked" and previous is not None:
                growth = f"  x{total / previous[1]:.2f} time for x{n / previous[0]:.1f} data"
            print(f"{n:>9} {mode:9} {r['keys_s']:8.1f} {r['link_cluster_s']:15.1f} "
                  f"{total:8.1f} {r['candidates']:>15,} {r['links']:>8,} "
                  f"{r['peak_mb']:8.0f}{growth}", flush=True)
            if mode == "blocked":
                previous = (n, total)


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
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--baseline-sizes", default="2000,5000,10000")
    parser.add_argument("--spark-size", type=int, default=10000)
    parser.add_argument("--score-size", type=int, default=2000)
    parser.add_argument("--skip", default="")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        n, mode = args.child.split(":")
        scale_child(int(n), mode)
        return
    skip = set(args.skip.split(","))
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if "recovery" not in skip:
        recovery(args.eval_size)
    if "scaling" not in skip:
        scaling([int(x) for x in args.sizes.split(",") if x],
                [int(x) for x in args.baseline_sizes.split(",") if x])
    if "spark" not in skip:
        spark_run(args.spark_size)
    if "score" not in skip:
        score_throughput(args.score_size)


if __name__ == "__main__":
    main()
