"""ReDoS check: every regular expression in the package against adversarial strings.

:func:`collect_patterns` imports every module of ``vetlink`` and takes each ``re.Pattern`` at
module level (also inside module-level tuples, lists, sets and dicts), plus the literal
patterns passed straight to ``re.search``/``re.sub``/... inside functions (read from the
source with ``ast``, so a pattern written inline is checked too).

:func:`check_patterns` runs them in a worker subprocess, one pattern at a time, each against a
family of adversarial strings (runs of the pattern's own literal characters and words, repeated
words with spaces, ``"a" * n``, ``@``- and ``.``-heavy strings, digit runs, nested brackets,
unicode) at two sizes. A pattern fails when the time on the long strings grows much faster than
the length (``ratio``), exceeds an absolute budget, or when the worker does not answer within
the watchdog timeout (a catastrophic pattern is killed and reported, never hangs CI).

Run ``python tests/redos_check.py`` to print the slowest patterns.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import pkgutil
import re
import select
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SMALL, LARGE = 2_000, 20_000
RATIO_LIMIT = 40.0  # linear is 10x for 10x the length; allow noise, refuse quadratic (100x)
FLOOR = 0.0005  # seconds: the small-size time never counts as less than this in the ratio
NOISE = 0.01  # seconds: below this a long-string time is timer and scheduler noise
GROWTH_LIMIT = 8.0  # growth from LARGE to 4 x LARGE: linear is 4, quadratic 16
BUDGET = 1.0  # seconds for one pattern on one long string
WORKERS = 2  # worker processes measuring at once (CPU time is per process: no interference)
WATCHDOG = 20.0  # seconds without any answer from the worker (one per string): it hangs
RE_FUNCS = {"compile", "search", "match", "findall", "finditer", "sub", "subn", "split",
            "fullmatch"}
SRC = Path(__file__).resolve().parents[2] / "src" / "vetlink"


@dataclass(frozen=True)
class Found:
    source: str  # the pattern text
    flags: int
    where: str  # module.NAME or file:line


def collect_patterns(package: str = "vetlink") -> list[Found]:
    """Every distinct pattern in the package (module-level objects and inline literals)."""
    found: dict[tuple[str, int], Found] = {}
    for item in _module_patterns(package) + _inline_patterns():
        found.setdefault((item.source, item.flags), item)
    return list(found.values())


def _module_patterns(package: str) -> list[Found]:
    root = importlib.import_module(package)
    out: list[Found] = []
    names = [package] + [m.name for m in pkgutil.walk_packages(root.__path__, package + ".")]
    for name in names:
        if ".migrations" in name:
            continue  # Alembic scripts run only inside Alembic; they hold no patterns
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if attr in FACTORIES and hasattr(value, "cache_info"):
                value = value()  # a cached builder without arguments: its one pattern
            for pattern in _patterns_in(value, depth=3):
                out.append(Found(pattern.pattern, pattern.flags, f"{name}.{attr}"))
    return [f for f in out if isinstance(f.source, str)]


def _patterns_in(value: object, depth: int) -> list[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        return [value]
    if depth == 0:
        return []
    if isinstance(value, dict):
        value = list(value.values()) + list(value.keys())
    if isinstance(value, (tuple, list, set, frozenset)):
        return [p for item in value for p in _patterns_in(item, depth - 1)]
    return []


def _inline_patterns() -> list[Found]:
    """Literal patterns given directly to ``re.<func>(...)`` anywhere in the source."""
    out: list[Found] = []
    for path in sorted(SRC.rglob("*.py")):
        for call in _re_calls(ast.parse(path.read_text("utf-8"))):
            arg = call.args[0] if call.args else None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                where = f"{path.relative_to(SRC.parent)}:{call.lineno}"
                out.append(Found(arg.value, _flags_of(call) | re.UNICODE, where))
    return out


# Functions that build a pattern from their arguments, called only at module level (their
# results are module constants, collected above) or, for ``place_pattern``, cached with no
# arguments (collected by calling it).
FACTORIES = {"rx", "words_re", "place_pattern", "compile_entry"}


def dynamic_patterns_in_functions() -> list[str]:
    """``re.<func>`` calls inside functions whose pattern is built at run time (an f-string,
    a concatenation, a variable that is not a module constant): such a pattern escapes the
    check, so the package must have none (build it once at module level instead)."""
    out: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for func in [n for n in ast.walk(tree)
                     if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
                     and n.name not in FACTORIES]:
            for call in _re_calls(func):
                arg = call.args[0] if call.args else None
                if isinstance(arg, (ast.JoinedStr, ast.BinOp, ast.Call)):
                    out.append(f"{path.relative_to(SRC.parent)}:{call.lineno}")
    return sorted(set(out))


def _re_calls(tree: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and isinstance(n.func.value, ast.Name) and n.func.value.id == "re"
            and n.func.attr in RE_FUNCS]


def _flags_of(call: ast.Call) -> int:
    flags = 0
    for node in ast.walk(call):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "re" and node.attr in ("I", "IGNORECASE", "M", "MULTILINE",
                                                             "S", "DOTALL", "X", "VERBOSE"):
            flags |= int(getattr(re, node.attr))
    return flags


# --- the adversarial strings -------------------------------------------------------------

BASE_UNITS = ["a", "a ", "and ", "a@", "@", ".", "a.", "a-", "1", "1,", "1 ", "1.", "-",
              " ", "\n", "a\n", "[", "(", "([", "{", "<", "é", "é ", "日本", "a,", ", ", ":",
              "a:", "/", "a/", "_", "'", "•", "\t", "+", "+1 ", "@a.", "a@a.", "http://a",
              "A", "Aa ", "A. "]
TAILS = ["", "!"]


def literal_units(source: str) -> list[str]:
    """Runs made from the pattern's own text: each word, each literal punctuation mark, and
    the pattern's words joined by spaces (what a human-shaped near-miss looks like)."""
    words = re.findall(r"[A-Za-z]{2,}", source.replace("\\b", " ").replace("\\s", " "))
    marks = [c for c in dict.fromkeys(source) if not c.isalnum() and c not in "\\^$|?*+()[]{}"]
    units = [w + " " for w in dict.fromkeys(words)][:12] + marks[:12]
    if words:
        units.append(" ".join(list(dict.fromkeys(words))[:6]) + " ")
    return units


def adversarial(source: str, size: int) -> list[str]:
    out = []
    for unit in BASE_UNITS + literal_units(source):
        run = (unit * (size // max(len(unit), 1) + 1))[:size]
        out.extend(run + tail for tail in TAILS)
    out.append(("(" * (size // 2)) + (")" * (size // 2)))
    out.append(("[" * (size // 2)) + ("]" * (size // 2)))
    out.append("Jane Doe\n" + ("and " * (size // 4))[:size])
    return out


def time_pattern(pattern: re.Pattern[str], text: str) -> float:
    """CPU seconds to scan ``text`` (CPU time, not wall time: other processes on a shared
    machine do not count)."""
    start = time.process_time()
    for _ in pattern.finditer(text):
        pass
    return time.process_time() - start


def measure(source: str, flags: int,
            progress: Callable[[], None] = lambda: None) -> dict[str, object]:
    """The worst growth and the worst long-string time over the family. A string whose time
    grew more than ``RATIO_LIMIT`` times from SMALL to LARGE is measured again at four times
    LARGE: linear time grows 4 times there, quadratic 16 times (small strings fit in the
    cache and are disproportionately fast, so the first ratio alone overstates growth)."""
    pattern = re.compile(source, flags)
    worst_ratio, worst_time, worst_text = 0.0, 0.0, ""
    for small, large in zip(adversarial(source, SMALL), adversarial(source, LARGE), strict=True):
        t_small = min(time_pattern(pattern, small) for _ in range(2))
        t_large = time_pattern(pattern, large)
        if t_large > NOISE:
            t_large = min(t_large, time_pattern(pattern, large))
        worst_time = max(worst_time, t_large)
        ratio = t_large / max(t_small, FLOOR)
        if ratio > RATIO_LIMIT and t_large > NOISE:
            t_large = min(t_large, time_pattern(pattern, large))
            growth = min(time_pattern(pattern, large * 4) for _ in range(3)) / t_large
            ratio = 10 * growth / 4 if growth < GROWTH_LIMIT else ratio
        else:
            ratio = min(ratio, RATIO_LIMIT)
        if ratio > worst_ratio:
            worst_ratio, worst_text = ratio, small[:12] + "…"
        progress()
    return {"ratio": worst_ratio, "time": worst_time, "sample": worst_text}


# --- the watchdog -------------------------------------------------------------------------

def worker(items: list[tuple[str, int]]) -> None:
    for index, (source, flags) in enumerate(items):
        print(json.dumps({"start": index}), flush=True)
        result = measure(source, flags, lambda: print('{"tick": 1}', flush=True))
        print(json.dumps({"done": index, **result}), flush=True)


def check_patterns(items: list[tuple[str, int]], watchdog: float = WATCHDOG,
                   workers: int = WORKERS) -> list[dict[str, object]]:
    """Measure every pattern in worker subprocesses (``workers`` at once, each pattern
    measured by one); a pattern that hangs is killed and marked ``hung``."""
    from concurrent.futures import ThreadPoolExecutor

    shares = [list(range(i, len(items), workers)) for i in range(workers)]
    with ThreadPoolExecutor(workers) as pool:
        parts = pool.map(lambda share: _check_share(items, share, watchdog), shares)
    results = [r for part in parts for r in part]
    return sorted(results, key=lambda r: int(r["index"]))  # type: ignore[call-overload]


def _check_share(items: list[tuple[str, int]], share: list[int],
                 watchdog: float) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    remaining = list(share)
    env = dict(os.environ)
    while remaining:
        batch = [items[i] for i in remaining]
        proc = subprocess.Popen([sys.executable, __file__, "--worker"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps(batch))
        proc.stdin.close()
        done = _read_results(proc, watchdog)
        for local, result in done:
            results.append({"index": remaining[local], **result})
        finished = {local for local, _ in done}
        hung = next((i for i in range(len(batch)) if i not in finished), None)
        proc.kill()
        proc.wait()
        if hung is None:
            break
        results.append({"index": remaining[hung], "hung": True, "ratio": float("inf"),
                        "time": float("inf"), "sample": ""})
        remaining = remaining[hung + 1:]
    return results


def _read_results(proc: subprocess.Popen[str], watchdog: float) -> list[tuple[int, dict]]:
    assert proc.stdout is not None
    done: list[tuple[int, dict]] = []
    while True:
        ready, _, _ = select.select([proc.stdout], [], [], watchdog)
        if not ready:
            return done  # the pattern that started last is hanging
        line = proc.stdout.readline()
        if not line:
            return done
        message = json.loads(line)
        if "done" in message:
            done.append((message.pop("done"), message))


def failures(results: list[dict[str, object]], items: list[tuple[str, int]],
             names: list[str]) -> list[str]:
    out = []
    for result in results:
        ratio, spent = float(result["ratio"]), float(result["time"])  # type: ignore[arg-type]
        if result.get("hung") or ratio > RATIO_LIMIT or spent > BUDGET:
            index = int(result["index"])  # type: ignore[call-overload]
            out.append(f"{names[index]}: {items[index][0][:60]!r} ratio={ratio:.0f} "
                       f"time={spent:.2f}s on {result['sample']!r}"
                       + (" (hung, killed)" if result.get("hung") else ""))
    return out


if __name__ == "__main__":
    if sys.argv[1:] == ["--worker"]:
        worker([tuple(i) for i in json.loads(sys.stdin.read())])  # type: ignore[misc]
        sys.exit(0)
    patterns = [p for p in collect_patterns()
                if not sys.argv[1:] or any(a in p.where for a in sys.argv[1:])]
    pairs = [(p.source, p.flags) for p in patterns]
    checked = check_patterns(pairs)
    for line in failures(checked, pairs, [p.where for p in patterns]):
        print("FAIL", line)
    slowest = sorted(checked, key=lambda r: -float(r["time"]))[:10]  # type: ignore[arg-type]
    for r in slowest:
        i = int(r["index"])  # type: ignore[call-overload]
        print(f"{float(r['time']):.3f}s ratio={float(r['ratio']):.1f} "  # type: ignore[arg-type]
              f"{patterns[i].where}")
    print(f"{len(patterns)} patterns checked")
