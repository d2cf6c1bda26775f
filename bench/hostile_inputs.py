"""Hostile inputs of issue 9, before and after the input budgets, next to a normal check.

Each case runs in its own subprocess (wall time, CPU time and peak RSS from ``wait4``), under
an address-space limit so that nothing can exhaust the machine, and with a CPU-time limit
(``RLIMIT_CPU``; CPU time, because on a shared machine wall time mostly measures the other
processes): a case that needs more is killed and its ingest time reported as ``>TIMEOUT s``.
"before" runs the package of an old commit (default 73bbe5d, checked out into a temporary
git worktree), "after" the working tree's ``src``. The normal check (a typical pasted
profile, ingest + assessment) runs the same way in the same run, so the ratios compare like
with like.

    python bench/hostile_inputs.py [--old-commit 73bbe5d] [--timeout 60] [--only NAME]
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.ingest.pdf_makers import content_pdf, spaces_bomb  # noqa: E402

MEMORY_LIMIT = 3 * 1024**3  # bytes of address space for one case
WALL_FACTOR = 10  # the timeout is CPU seconds (RLIMIT_CPU); wall time may be this much more

RUNNER = r"""
import sys, time
from pathlib import Path
kind, path = sys.argv[1], sys.argv[2]
data = Path(path).read_bytes()
import vetlink.ingest, vetlink.ingest.conversation, vetlink.exposure.details
if kind == "check":
    import vetlink.assess
outcome = "ok"
start = time.process_time()
print("started", flush=True)
try:
    if kind == "profile":
        from vetlink.ingest import profile_from_bytes
        profile_from_bytes(data, path)
    elif kind == "check":
        from vetlink.ingest import profile_from_bytes
        from vetlink.assess import assess
        assess(profile_from_bytes(data, path))
    elif kind == "conversation":
        from vetlink.ingest.conversation import conversation_from_bytes
        conversation_from_bytes(data, path)
    elif kind == "details":
        from vetlink.exposure.details import find_contact_details
        find_contact_details(data.decode())
except Exception as exc:
    outcome = type(exc).__name__
spent = time.process_time() - start
if kind == "check":  # the same check again, warm (imports and lazy patterns done)
    runs = []
    for _ in range(15):
        again = time.process_time()
        assess(profile_from_bytes(data, path))
        runs.append(time.process_time() - again)
    print(f"warm {sorted(runs)[7]:.4f}")
print(f"{spent:.3f} {outcome}")
"""


@dataclass(frozen=True)
class Case:
    name: str
    finding: str
    kind: str
    file: str
    data: bytes


def many_part_email(parts: int) -> bytes:
    body = "".join(f"--B\r\nContent-Type: text/plain\r\n\r\npart {i} " + "x" * 60 + "\r\n"
                   for i in range(parts))
    return (f"From: Ann <ann@example.org>\r\nSubject: hello\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: multipart/mixed; boundary=B\r\n\r\n{body}--B--\r\n").encode()


def cases() -> list[Case]:
    typical = (REPO / "tests/fixtures/pasted/linkedin_recruiter.txt").read_bytes()
    return [
        Case("normal check (pasted profile)", "baseline", "check", "typical.txt", typical),
        Case("mutual-connections line", "1 regex", "profile", "ands.txt",
             b"Jane Doe\n" + b"and " * 1000),
        Case("about = 'a' * 40000 (e-mail pattern)", "1 regex", "profile", "about.txt",
             b"Jane Doe\nRecruiter\nAbout\n" + b"a" * 40_000 + b"\n"),
        Case("exposure details, 'a' * 40000", "1 regex", "details", "details.txt",
             b"a" * 40_000),
        Case("PDF, 600 MB of spaces deflated twice", "2 PDF", "profile", "bomb.pdf",
             spaces_bomb(600)),
        Case("PDF, one 300k-character text command", "2 PDF", "profile", "text.pdf",
             content_pdf(b"BT /F1 1 Tf 10 700 Td (" + b"A" * 300_000 + b") Tj ET")),
        Case("PDF, 200k path operations", "2 PDF", "profile", "paths.pdf",
             content_pdf(b"0 0 m 1 1 l " * 100_000 + b"S", flate_times=1)),
        Case(".eml with 100,000 MIME parts", "3 email", "conversation", "parts.eml",
             many_part_email(100_000)),
        Case("JSON nested 100,000 deep", "4 JSON", "profile", "deep.json",
             b"[" * 100_000 + b"]" * 100_000),
    ]


@dataclass
class Run:
    wall: float  # the whole subprocess
    cpu: float  # the whole subprocess (interpreter start and imports included)
    rss_mb: float
    outcome: str
    timed_out: bool
    call_cpu: float | None = None  # the ingest call alone, after the imports
    warm_cpu: float | None = None  # the normal check repeated in the same process (median)


def run_case(case: Case, src: Path, folder: Path, timeout: float) -> Run:
    path = folder / case.file
    path.write_bytes(case.data)
    env = dict(os.environ, PYTHONPATH=str(src))

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        seconds = int(timeout)
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))

    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", RUNNER, case.kind, str(path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            preexec_fn=limit)
    timed_out = False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - start > timeout * WALL_FACTOR:
            os.kill(proc.pid, signal.SIGKILL)
            pid, status, usage = os.wait4(proc.pid, 0)
            timed_out = True
            break
        time.sleep(0.02)
    wall = time.perf_counter() - start
    assert proc.stdout is not None
    lines = proc.stdout.read().decode().split()
    warm = None
    if "warm" in lines:
        at = lines.index("warm")
        warm = float(lines[at + 1])
        del lines[at:at + 2]
    call_cpu, outcome = None, "killed" if timed_out else f"crashed (status {status})"
    if len(lines) == 3:
        call_cpu, outcome = float(lines[1]), lines[2]
    elif not timed_out and os.WIFSIGNALED(status):
        outcome = f"killed by signal {os.WTERMSIG(status)}"
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, outcome,
               timed_out, call_cpu, warm)


def old_tree(commit: str) -> Path:
    target = Path(tempfile.gettempdir()) / f"vetlink-old-{commit}"
    if not (target / "src").is_dir():
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(target),
                        commit], check=True, capture_output=True)
    return target / "src"


def show(run: Run | None, timeout: float) -> str:
    if run is None:
        return "-"
    over = run.timed_out or run.outcome == "killed by signal 24"  # SIGXCPU: out of CPU time
    wall = f">{timeout:.0f} s" if run.timed_out else f"{run.wall:6.2f} s"
    call = f"{run.call_cpu:7.3f} s" if run.call_cpu is not None else (
        f"  >{timeout:.0f} s" if over else "      -  ")
    return (f"wall {wall:>8}  process cpu {run.cpu:6.2f} s  ingest cpu {call}  "
            f"peak RSS {run.rss_mb:6.0f} MB  {run.outcome}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--old-commit", default="73bbe5d")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--only", default="")
    parser.add_argument("--no-before", action="store_true")
    args = parser.parse_args()
    old_src = None if args.no_before else old_tree(args.old_commit)
    new_src = REPO / "src"
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for case in cases():
            if args.only and args.only not in case.name and case.finding != "baseline":
                continue
            before = run_case(case, old_src, folder, args.timeout) if old_src else None
            after = run_case(case, new_src, folder, args.timeout)
            results.append((case, before, after))
            print(f"{case.finding:8} {case.name:40} ({len(case.data):,} bytes)\n"
                  f"         before: {show(before, args.timeout)}\n"
                  f"         after:  {show(after, args.timeout)}", flush=True)
    normal = results[0][2]
    worst = max(results[1:], key=lambda r: r[2].call_cpu or 0.0)
    base = max(normal.call_cpu or 0.0, 1e-3)
    warm = max(normal.warm_cpu or 0.0, 1e-4)
    print(f"\nnormal check (ingest + assessment, after): first in a fresh process {base:.3f} s "
          f"cpu, warm {warm * 1000:.1f} ms cpu, {normal.rss_mb:.0f} MB peak")
    print(f"worst hostile case after the fix: {worst[0].name}: {worst[2].call_cpu:.3f} s cpu "
          f"= {(worst[2].call_cpu or 0.0) / base:.1f}x a first normal check, "
          f"{(worst[2].call_cpu or 0.0) / warm:.0f}x a warm one; peak {worst[2].rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
