"""Every throughput figure of issue 12, each next to its baseline measured in the same run.

Runs, one after the other (never at once, so they do not steal each other's cores), the
benchmark scripts that each measure one part, with ``--json``, and prints one table:

- checks: ``bench/profile_throughput.py`` (baseline: parse + validate only) and
  ``bench/message_throughput.py`` (baseline: ingest only; ``assess`` one by one vs ``assess_many``);
- server: ``bench/web_throughput.py`` (baseline: a bare FastAPI app and a static file under
  the same uvicorn, loaded by ``hey``, a compiled load generator);
- photos: ``bench/photo_bench.py`` (baseline: decode only);
- cold start: ``bench/cold_start.py`` (baseline: ``python -c pass``).

Each script can also be run alone. ``--only NAME`` (repeatable) picks parts; ``--json`` prints
the collected figures as one JSON object.

    .venv/bin/python bench/throughput.py [--only checks|messages|web|photo|cold] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
PARTS: dict[str, list[str]] = {
    "checks": ["profile_throughput.py"],
    "messages": ["message_throughput.py"],
    "web": ["web_throughput.py"],
    "photo": ["photo_bench.py", "--throughput-only"],
    "cold": ["cold_start.py"],
}


def run_part(name: str) -> dict[str, Any]:
    script, *extra = PARTS[name]
    cmd = [sys.executable, str(BENCH / script), *extra, "--json"]
    started = time.monotonic()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    elapsed = time.monotonic() - started
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        return {"part": name, "error": " | ".join(tail), "seconds": elapsed, "figures": []}
    result = last_json(done.stdout)
    if result is None:
        return {"part": name, "error": "no JSON in its output", "seconds": elapsed,
                "figures": []}
    result.update(part=name, seconds=elapsed)
    return result


def last_json(out: str) -> dict[str, Any] | None:
    """The JSON object a script printed last (on one line or indented over several)."""
    lines = out.splitlines()
    for start in range(len(lines) - 1, -1, -1):
        if lines[start].startswith("{"):
            try:
                found = json.loads("\n".join(lines[start:]))
            except json.JSONDecodeError:
                continue
            return found if isinstance(found, dict) else None
    return None


def fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if value < 10 else f"{value:,.0f}"
    return "" if value is None else str(value)


def table(results: list[dict[str, Any]]) -> str:
    rows = [("part", "figure", "value", "unit", "baseline", "baseline value", "ratio",
             "target")]
    for result in results:
        if result.get("error"):
            rows.append((result["part"], "FAILED", result["error"], "", "", "", "", ""))
        for fig in result.get("figures", []):
            rows.append((result["part"], fig.get("name", ""), fmt(fig.get("value")),
                         fig.get("unit", ""), fig.get("baseline_name", ""),
                         fmt(fig.get("baseline_value")), fmt(fig.get("ratio")),
                         fig.get("target", "")))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True))
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=sorted(PARTS))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    results = []
    for name in args.only or list(PARTS):
        print(f"running {name} ...", file=sys.stderr)
        results.append(run_part(name))
    if args.json:
        print(json.dumps({"load_average_at_start": load, "parts": results}))
        return
    print(f"load average at start: {load:.2f}; cores: {os.cpu_count()}")
    print(table(results))


if __name__ == "__main__":
    main()
