"""Figures on the frozen, blind evaluation sets of approaches and profiles.

    .venv/bin/python bench/evaluate_approach.py                     # dev and test sets
    .venv/bin/python bench/evaluate_approach.py tests/evaluation/approach/dev.jsonl --misses
    .venv/bin/python bench/evaluate_approach.py --json results.json

The sets in ``tests/evaluation/`` were written by helpers given only the threat description and
the exchange formats, never the rules, and frozen (see their README and FROZEN files) before the
rules they measure were changed. Never edit a case to make it pass. ``dev`` sets may be studied
and tuned on; ``test`` sets are held out: run them only to report figures (``--misses`` lists
only case ids and intents for a test set, never the text).

Each case is checked through the real ingest path (the JSON is parsed as an uploaded file).
Outcomes:

* hostile:     flagged when the band is medium or high (and the input was assessed);
* benign:      the false alarm that counts is a HIGH band (medium is reported too);
* unsupported: right when the assessment says "not assessed" (``status == "not_assessed"``),
               never a confident "low";
* edge:        any result or a clear ``InputError`` within the time budget is right.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vetlink.assess import assess
from vetlink.errors import VetlinkError
from vetlink.ingest import profile_from_bytes
from vetlink.ingest.conversation import conversation_from_bytes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = [
    ROOT / "tests" / "evaluation" / "approach" / "dev.jsonl",
    ROOT / "tests" / "evaluation" / "approach" / "test.jsonl",
    ROOT / "tests" / "evaluation" / "profiles" / "hallmarks-dev.jsonl",
    ROOT / "tests" / "evaluation" / "profiles" / "hallmarks-test.jsonl",
]
EDGE_BUDGET_S = 10.0


@dataclass
class Outcome:
    case: dict[str, Any]
    band: str
    score: int
    status: str
    seconds: float
    error: str | None = None
    finding_ids: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return str(self.case.get("label", "?"))

    @property
    def flagged(self) -> bool:
        return self.status == "assessed" and self.band in ("medium", "high")

    @property
    def right(self) -> bool:
        if self.label == "hostile":
            return self.flagged
        if self.label == "benign":
            return self.band != "high"
        if self.label == "unsupported":
            return self.status == "not_assessed"
        return self.seconds <= EDGE_BUDGET_S  # edge: a result or a clear error, in time


def read_cases(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def run_case(case: dict[str, Any]) -> Outcome:
    start = time.perf_counter()
    try:
        if case.get("kind") == "profile":
            data = json.dumps(case["profile"]).encode()
            result = assess(profile=profile_from_bytes(data, f"{case['id']}.json"))
        else:
            data = json.dumps(case["conversation"]).encode()
            result = assess(conversation=conversation_from_bytes(data, f"{case['id']}.json"))
    except VetlinkError as exc:
        return Outcome(case, "error", 0, "error", time.perf_counter() - start, error=str(exc))
    status = str(getattr(result, "status", "assessed") or "assessed")
    return Outcome(
        case, result.band, result.score, status, time.perf_counter() - start,
        finding_ids=sorted({f.id for f in result.findings}),
    )


def rate(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "-"


def summary_of(outcomes: list[Outcome]) -> dict[str, Any]:
    hostile = [o for o in outcomes if o.label == "hostile"]
    benign = [o for o in outcomes if o.label == "benign"]
    unsupported = [o for o in outcomes if o.label == "unsupported"]
    edge = [o for o in outcomes if o.label == "edge"]
    return {
        "cases": len(outcomes),
        "hostile_flagged": [sum(o.flagged for o in hostile), len(hostile)],
        "benign_high": [sum(o.band == "high" for o in benign), len(benign)],
        "benign_medium": [sum(o.band == "medium" for o in benign), len(benign)],
        "unsupported_not_assessed": [sum(o.right for o in unsupported), len(unsupported)],
        "edge_ok": [sum(o.right for o in edge), len(edge)],
        "errors": sum(o.error is not None for o in outcomes),
        "max_seconds": round(max((o.seconds for o in outcomes), default=0.0), 3),
    }


def line_of(name: str, s: dict[str, Any]) -> str:
    parts = [f"{name:<22} n={s['cases']:<4}"]
    if s["hostile_flagged"][1]:
        parts.append(f"hostile flagged {rate(*s['hostile_flagged'])}")
    if s["benign_high"][1]:
        parts.append(f"benign high {rate(*s['benign_high'])}")
        parts.append(f"benign medium {rate(*s['benign_medium'])}")
    if s["unsupported_not_assessed"][1]:
        parts.append(f"unsupported said so {rate(*s['unsupported_not_assessed'])}")
    if s["edge_ok"][1]:
        parts.append(f"edge ok {rate(*s['edge_ok'])}")
    return "  ".join(parts)


def grouped(outcomes: list[Outcome], key: str) -> dict[str, list[Outcome]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[str(outcome.case.get(key, "?"))].append(outcome)
    return dict(sorted(groups.items()))


def misses_by_intent(outcomes: list[Outcome]) -> dict[str, list[str]]:
    misses: dict[str, list[str]] = defaultdict(list)
    for outcome in outcomes:
        if outcome.label == "hostile" and not outcome.flagged:
            for intent in outcome.case.get("intents") or outcome.case.get("hallmarks") or ["?"]:
                misses[intent].append(outcome.case["id"])
    return dict(sorted(misses.items(), key=lambda kv: -len(kv[1])))


def report(path: Path, outcomes: list[Outcome], show_misses: bool) -> dict[str, Any]:
    whole = summary_of(outcomes)
    print(f"\n== {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    print(line_of("all", whole) + f"  max {whole['max_seconds']} s  errors {whole['errors']}")
    result: dict[str, Any] = {"all": whole}
    for key in ("category", "language"):
        result[key] = {}
        for name, group in grouped(outcomes, key).items():
            result[key][name] = summary_of(group)
            print("  " + line_of(f"{key[:4]}={name}", result[key][name]))
    result["misses_by_intent"] = misses = misses_by_intent(outcomes)
    print("  hostile misses by intent: " + ", ".join(f"{k} {len(v)}" for k, v in misses.items()))
    if show_misses:
        print_misses(path, outcomes)
    return result


def print_misses(path: Path, outcomes: list[Outcome]) -> None:
    held_out = "test" in path.name
    for outcome in outcomes:
        if outcome.right:
            continue
        what = f"{outcome.label} -> {outcome.status}/{outcome.band} {outcome.score}"
        line = f"    MISS {outcome.case['id']}: {what} {outcome.finding_ids}"
        if not held_out:
            line += f"  ({outcome.case.get('why', '')})"
        print(line)


def evaluate(paths: Iterable[Path], show_misses: bool) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for path in paths:
        if not path.exists():
            print(f"(missing: {path})", file=sys.stderr)
            continue
        outcomes = [run_case(case) for case in read_cases(path)]
        results[path.name] = report(path, outcomes, show_misses)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="JSONL files (default: all)")
    parser.add_argument("--misses", action="store_true", help="list every wrong case")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    results = evaluate([p.resolve() for p in args.sets] or DEFAULT_SETS, args.misses)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
