"""The cost of judging firms by their holders (``campaigns/holders.py``): candidate pairs,
links, blocking + scoring time and peak memory of ``link.link`` against a baseline source
tree (e.g. ``/work/main/src``), on the same files, in the same run.

    .venv/bin/python bench/campaigns_holders_cost.py --baseline-src /work/main/src
        [--sizes 20000,100000] [--sources blind,generator]

``blind``: the frozen blind generator's personas (``tests/evaluation/campaigns/
blind_generator.py``, seed 7, as ``campaigns_blind.py --scale`` makes them: profiles show
their connections, so unvouched firms are judged); ``generator``: the in-house generator
(:mod:`vetlink.campaigns.generate`: no connection counts, so no firm is judged — only the
extra ``current`` key costs). Each (source tree, file) runs in a fresh subprocess: keys
without lures (as ``pipeline.run_file`` by default), then ``link.link``; the keys stage is
timed apart. The 1M run is not made here (shared machine); pairs grow with blocks, so the
100k ratio is the one to read.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

HERE = Path(__file__).resolve().parent.parent
BLIND_GENERATOR = HERE / "tests" / "evaluation" / "campaigns" / "blind_generator.py"

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from vetlink.campaigns.pipeline import table_of_file
from vetlink.campaigns.link import link
path = Path(sys.argv[1])
start = time.perf_counter()
table, _ = table_of_file(path, workers=1)
keyed = time.perf_counter()
seconds = {}
cpu = time.process_time()
links = link(table, seconds=seconds)
print(json.dumps({"personas": len(table), "candidates": int(links.candidates),
                  "links": int(len(links.i)), "keys_s": keyed - start,
                  "blocking_s": seconds["blocking"], "scoring_s": seconds["scoring"],
                  "link_cpu_s": time.process_time() - cpu,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def blind_file(size: int, folder: Path) -> Path:
    subprocess.run([sys.executable, str(BLIND_GENERATOR), "--seed", "7", "--personas",
                    str(size), "--out", str(folder), "--name", f"blind{size}"],
                   check=True, capture_output=True)
    return folder / f"blind{size}.jsonl"


def generator_file(size: int, folder: Path) -> Path:
    from vetlink.campaigns.generate import generate

    path = folder / f"generated{size}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for row in generate(size, seed=7):
            row.pop("_truth", None)
            out.write(json.dumps(row) + "\n")
    return path


def measure(src: str, path: Path) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=src)
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline-src", required=True)
    parser.add_argument("--sizes", default="20000,100000")
    parser.add_argument("--sources", default="blind,generator")
    args = parser.parse_args()
    here_src = str(HERE / "src")
    makers = {"blind": blind_file, "generator": generator_file}
    print(f"{'source':10} {'size':>7} {'tree':9} {'candidates':>11} {'links':>9} "
          f"{'block s':>8} {'score s':>8} {'link cpu':>9} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for source in args.sources.split(","):
            for size in [int(s) for s in args.sizes.split(",")]:
                path = makers[source](size, Path(tmp))
                rows = {"baseline": measure(args.baseline_src, path),
                        "this": measure(here_src, path)}
                for tree, m in rows.items():
                    print(f"{source:10} {size:7} {tree:9} {m['candidates']:11} "
                          f"{m['links']:9} {m['blocking_s']:8.2f} {m['scoring_s']:8.2f} "
                          f"{m['link_cpu_s']:9.2f} {m['peak_mb']:8.0f}")
                base, this = rows["baseline"], rows["this"]
                print(f"{'':10} {'':7} {'ratio':9} "
                      f"{this['candidates'] / max(base['candidates'], 1):11.3f} "
                      f"{this['links'] / max(base['links'], 1):9.3f} {'':8} {'':8} "
                      f"{this['link_cpu_s'] / max(base['link_cpu_s'], 1e-9):9.3f} "
                      f"{this['peak_mb'] / max(base['peak_mb'], 1):8.3f}", flush=True)


if __name__ == "__main__":
    main()
