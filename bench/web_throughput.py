"""Web throughput next to the framework's floor, measured in the same run (issue 12).

    PYTHONPATH=src python bench/web_throughput.py [--workers 1 2] [--duration 5] [--rounds 3]
        [--baseline-src /tmp/web-base/src] [--hey-cpus 1] [--json]

Needs ``hey`` (a compiled HTTP load generator; Debian: ``apt-get install -y hey``, also in
``scripts/system-deps.sh``); the script installs nothing. For each worker count it starts
on loopback, under uvicorn with that many worker processes:

1. a bare FastAPI app in the same virtualenv (``GET /`` answers ``{"hello": "world"}``, and
   ``/static/app.css`` is vetlink's style sheet served by Starlette's ``StaticFiles``): the
   framework's floor;
2. vetlink (this tree; and the ``--baseline-src`` tree too, e.g. main before the change),
   on SQLite with the demo data and an API token: ``GET /static/app.css`` and
   ``POST /api/v1/checks`` with the example profile ``headhunter.json`` (one token for every
   request, as an API client sends: in this tree the check's fast lane, web/fastcheck.py,
   with the token's user cached; docs/web-throughput.md).

All of them run at once; after a warm-up, ``--rounds`` rounds each give every target
``hey -c 64 -z <duration>s`` in turn (so a figure and its baseline see the same moments of
a shared machine's load) and the median round is reported; the table gives
requests/s, p50/p99 latency and the share of non-2xx answers, with each vetlink figure's
ratio to the bare app's (targets: static >= 0.8x the bare static file; checks >= 0.5x the
bare hello's req/s and p99 <= 3x its p99); req/s counts 2xx answers only (a 503 "busy" is
no check). Each figure also gives the CPU time the server's processes used per answer
(from /proc: less sensitive to other jobs on a shared machine than req/s, which depends
on the share of the CPUs the scheduler gives each server). The bare app runs under the
uvicorn options ``vetlink serve`` uses (``SERVER_FLAGS``); ``--hey-cpus 1`` pins hey with
``taskset`` for every target alike. ``GET /async`` (an ``async def`` hello, no thread
hand-off) is printed for information. Last, the slowest of a set of hostile profile-only
bodies at the inline-check budget (and at the event-loop budget) is timed in this process
next to the example profile (small profile checks run in the server process:
docs/security.md, docs/web-throughput.md). The floor: between the rounds the check itself
(``check_json`` of the same body) is timed in this process, and the best req/s ratio any
server could reach with it (the bare hello's CPU per answer added to it) is printed next to
each tree's own part of a check's CPU (its CPU per answer less the check; "loop" is the part
in the server processes' main threads, uvicorn's event loops). The load average is printed
next to the figures:
the machine is shared. ``--json`` prints ``{"figures": [...], "load_average": [...]}``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import httpx

CLIENTS = 64
PASSWORD = "bench throughput password"
BARE_APP = '''
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

app = FastAPI()
app.mount("/static", StaticFiles(directory=STATIC), name="static")


@app.get("/")
def hello() -> dict[str, str]:
    return {"hello": "world"}


@app.get("/async")
async def hello_async() -> dict[str, str]:
    return {"hello": "world"}
'''


@dataclass
class Figure:
    rps: float
    p50: float  # ms
    p99: float  # ms
    total: int
    bad: int  # answers that were not 2xx, and errors
    cpu_us: float = float("nan")  # CPU of the server's processes per answer, microseconds
    loop_us: float = float("nan")  # ... of it in their main threads (uvicorn's event loops)

    @property
    def ok_rps(self) -> float:
        """Answers per second that were 2xx (a 503 "busy" is not a check done)."""
        return self.rps * (self.total - self.bad) / self.total if self.total else 0.0

    def line(self, label: str) -> str:
        return (f"  {label:<48} {self.ok_rps:8.1f} req/s   p50 {self.p50:7.1f} ms   "
                f"p99 {self.p99:7.1f} ms   CPU {self.cpu_us:6.0f} us/req "
                f"(loop {self.loop_us:4.0f})   non-2xx {self.bad}/{self.total}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


HEY_CPUS: list[str] = []  # --hey-cpus: hey runs under `taskset -c` on these CPUs


def hey(url: str, seconds: float, *, body: Path | None = None,
        headers: dict[str, str] | None = None, server: Proc | None = None) -> Figure:
    cmd = ["hey", "-c", str(CLIENTS), "-z", f"{seconds:g}s"]
    if HEY_CPUS:
        cmd = ["taskset", "-c", HEY_CPUS[0], *cmd]
    for key, value in (headers or {}).items():
        cmd += ["-H", f"{key}: {value}"]
    if body is not None:
        cmd += ["-m", "POST", "-T", "application/json", "-D", str(body)]
    before = server.cpu_seconds() if server else (0.0, 0.0)
    out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
    found = parse_hey(out)
    if server is not None and found.total:
        after = server.cpu_seconds()
        found.cpu_us = (after[0] - before[0]) / found.total * 1e6
        found.loop_us = (after[1] - before[1]) / found.total * 1e6
    return found


def parse_hey(out: str) -> Figure:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]

    def pct(p: int) -> float:
        found = re.search(rf"\s{p}%% in ([\d.]+) secs".replace("%%", "%"), out)
        return float(found.group(1)) * 1000 if found else float("nan")

    codes = {int(c): int(n) for c, n in re.findall(r"\[(\d{3})\]\s+(\d+) responses", out)}
    _, _, failed = out.partition("Error distribution:")
    errors = sum(int(n) for n in re.findall(r"\[(\d+)\]", failed))
    total = sum(codes.values()) + errors
    bad = sum(n for c, n in codes.items() if c // 100 != 2) + errors
    return Figure(rps, pct(50), pct(99), total, bad)


class Proc:
    """A server in a subprocess on a free loopback port; ready when ``probe`` answers 200."""

    def __init__(self, cmd: list[str], env: dict[str, str], probe: str, cwd: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.cmd = [part.replace("{port}", str(self.port)) for part in cmd]
        self.env, self.probe, self.cwd = env, probe, cwd
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Proc:
        self.process = subprocess.Popen(self.cmd, env=self.env, cwd=self.cwd,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        start_new_session=True)
        deadline = time.monotonic() + 120
        ok = 0
        while time.monotonic() < deadline and ok < 10:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {' '.join(self.cmd)}")
            try:
                ok = ok + 1 if httpx.get(self.base + self.probe, timeout=5).status_code == 200 \
                    else 0
            except httpx.HTTPError:
                ok = 0
                time.sleep(0.2)
        if ok < 10:
            raise RuntimeError(f"server did not start: {' '.join(self.cmd)}")
        return self

    def cpu_seconds(self) -> tuple[float, float]:
        """CPU time (user + system) used so far by the server's processes: every live
        process of its session (uvicorn's supervisor, its workers, their check pools); and
        the part of it of their main threads (in a server process, the event loop's)."""
        assert self.process is not None
        total = main = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rpartition(")")[2].split()
                if int(fields[3]) != self.process.pid:  # the session id (start_new_session)
                    continue
                total += int(fields[11]) + int(fields[12])
                task = (stat.parent / "task" / stat.parent.name / "stat").read_text()
            except OSError:
                continue
            thread = task.rpartition(")")[2].split()
            main += int(thread[11]) + int(thread[12])
        tick = os.sysconf("SC_CLK_TCK")
        return total / tick, main / tick

    def __exit__(self, *exc: object) -> None:
        assert self.process is not None
        self.process.terminate()  # uvicorn's supervisor stops its workers
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, 9)
            self.process.wait()


def server_flags() -> list[str]:
    """uvicorn's command-line form of the options `vetlink serve` gives it
    (``web.commands.server_options``, read from there): the same event loop and HTTP parser
    (uvloop and httptools when installed), access log and proxy headers as it has them, the
    same backlog and keep-alive; the bare app runs under these."""
    from vetlink.web.commands import server_options

    options = server_options("127.0.0.1", 0)
    return (["--loop", options["loop"], "--http", options["http"],
             "--backlog", str(options["backlog"]),
             "--timeout-keep-alive", str(options["timeout_keep_alive"]), "--log-level", "warning"]
            + ([] if options["access_log"] else ["--no-access-log"])
            + ([] if options["proxy_headers"] else ["--no-proxy-headers"]))


SERVER_FLAGS = server_flags()
EXTRA_PATH: list[str] = []  # --extra-path: e.g. a folder with httptools and uvloop


def python_env(src: str, data_dir: Path | None = None) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([src, *EXTRA_PATH]))
    for key in list(env):
        if key.startswith("VETLINK_"):
            del env[key]
    if data_dir is not None:
        env["VETLINK_DATA_DIR"] = str(data_dir)
    return env


def supports_workers(src: str) -> bool:
    out = subprocess.run([sys.executable, "-m", "vetlink.cli", "serve", "--help"],
                         env=python_env(src), capture_output=True, text=True).stdout
    return "--workers" in out


def vetlink_command(src: str, workers: int) -> list[str]:
    """``vetlink serve --workers N`` when the tree has it; else uvicorn on the app factory
    with the options ``vetlink serve`` uses (no access log, no proxy headers)."""
    if supports_workers(src):
        return [sys.executable, "-m", "vetlink.cli", "serve", "--port", "{port}",
                "--workers", str(workers)]
    return [sys.executable, "-m", "uvicorn", "--factory", "vetlink.web.app:create_app",
            "--port", "{port}", "--workers", str(workers), *SERVER_FLAGS]


def prepare_vetlink(src: str, data_dir: Path) -> None:
    env = python_env(src, data_dir)
    subprocess.run([sys.executable, "-m", "vetlink.cli", "demo"], env=env, check=True,
                   capture_output=True)
    subprocess.run([sys.executable, "-m", "vetlink.cli", "users", "add", "bench",
                    "--password-stdin"], env=env, check=True, capture_output=True,
                   input=(PASSWORD + "\n").encode())


def api_token(base: str) -> str:
    response = httpx.post(f"{base}/api/v1/token", data={"username": "bench",
                                                        "password": PASSWORD}, timeout=30)
    response.raise_for_status()
    return str(response.json()["access_token"])


def bare_server(tmp: Path, workers: int) -> Proc:
    static = str(resources.files("vetlink.web").joinpath("static"))
    (tmp / "bare_hello.py").write_text(f"STATIC = {static!r}\n" + BARE_APP, "utf-8")
    cmd = [sys.executable, "-m", "uvicorn", "bare_hello:app", "--port", "{port}",
           "--workers", str(workers), *SERVER_FLAGS]
    return Proc(cmd, python_env(os.environ.get("PYTHONPATH", "")), "/", tmp)


def vetlink_server(src: str, tmp: Path, workers: int, env: dict[str, str]) -> Proc:
    data_dir = tmp / f"data-{abs(hash((src, *sorted(env.items()))))}-{workers}"
    data_dir.mkdir()
    prepare_vetlink(src, data_dir)
    return Proc(vetlink_command(src, workers), dict(python_env(src, data_dir), **env), "/login",
                tmp)


Target = tuple[str, str]  # (server label, what)


Tree = tuple[str, str, dict[str, str]]  # (label, source folder, extra environment)


def measure(tmp: Path, workers: int, seconds: float, body: Path, trees: list[Tree],
            rounds: int) -> dict[Target, Figure]:
    """All servers up at once (an idle one costs nothing), then ``rounds`` rounds that take
    each target in turn, so that every figure and its baseline see the same moments of a
    shared machine's load; each target's median round (by 2xx req/s) is kept."""
    with contextlib.ExitStack() as stack:
        bare = stack.enter_context(bare_server(tmp, workers))
        plans: list[tuple[Target, str, dict[str, Any]]] = [
            (("bare", "hello"), bare.base + "/", {"server": bare}),
            (("bare", "static"), bare.base + "/static/app.css", {"server": bare}),
            (("bare", "async"), bare.base + "/async", {"server": bare})]
        for label, src, env in trees:
            server = stack.enter_context(vetlink_server(src, tmp, workers, env))
            auth = {"Authorization": f"Bearer {api_token(server.base)}"}
            plans += [((label, "static"), server.base + "/static/app.css", {"server": server}),
                      ((label, "checks"), server.base + "/api/v1/checks",
                       {"body": body, "headers": auth, "server": server})]
        for _, url, options in plans:  # warm-up: imports, pools, connections
            hey(url, 3, **options)
        runs: dict[Target, list[Figure]] = {target: [] for target, _, _ in plans}
        alone: list[Figure] = []
        for _ in range(rounds):
            for target, url, options in plans:
                runs[target].append(hey(url, seconds, **options))
            alone.append(check_alone(body))
    found = {target: sorted(found, key=lambda f: f.ok_rps)[len(found) // 2]
             for target, found in runs.items()}
    found["alone", "check"] = sorted(alone, key=lambda f: f.cpu_us)[len(alone) // 2]
    return found


def check_alone(body: Path, runs: int = 200) -> Figure:
    """The CPU of the check itself (``check_json`` of the request's body: the profile's
    validation, ``assess``, the assessment's JSON form), per check, in this process, under
    the server's budgets, between the rounds: the part of a check's answer no server can
    save. This tree's code; the data directory an empty one (as the servers': no partner
    watchlist)."""
    from vetlink.ingest.budget import Budget, using_budget
    from vetlink.web.checking import check_json

    data = json.loads(body.read_text("utf-8"))
    with using_budget(Budget.from_settings()):
        check_json(data, 1)
        began = time.process_time()
        for _ in range(runs):
            check_json(data, 1)
        spent = time.process_time() - began
    return Figure(0.0, float("nan"), float("nan"), runs, 0, spent / runs * 1e6)


def figures(workers: int, tree: str, bare: dict[str, Figure],
            ours: dict[str, Figure]) -> list[dict[str, Any]]:
    def one(name: str, value: float, unit: str, base_name: str, base: float,
            target: str) -> dict[str, Any]:
        return {"name": f"{name} ({tree}, {workers} worker(s))", "value": round(value, 2),
                "unit": unit, "baseline_name": f"{base_name} ({workers} worker(s))",
                "baseline_value": round(base, 2),
                "ratio": round(value / base, 3) if base else None, "target": target}

    return [
        one("GET /static/app.css", ours["static"].ok_rps, "req/s", "bare FastAPI static file",
            bare["static"].ok_rps, ">= 0.8"),
        one("POST /api/v1/checks (2xx answers)", ours["checks"].ok_rps, "req/s",
            "bare FastAPI hello", bare["hello"].ok_rps, ">= 0.5"),
        one("POST /api/v1/checks p99", ours["checks"].p99, "ms", "bare FastAPI hello p99",
            bare["hello"].p99, "<= 3"),
        one("POST /api/v1/checks CPU per answer", ours["checks"].cpu_us, "us",
            "bare FastAPI hello CPU per answer", bare["hello"].cpu_us, "(information)"),
        one("POST /api/v1/checks non-2xx", ours["checks"].bad, "responses",
            "requests sent", ours["checks"].total, "0"),
    ]


def hostile_profiles(base: dict[str, Any], size: int) -> dict[str, dict[str, Any]]:
    """Profiles that fill a ``size``-byte body in the ways most likely to be slow: keyword
    floods in every free-text field, many short entries (experience, education, skills,
    activity), long runs without spaces, repeated separators, non-Latin and combining
    characters, contact lists full of addresses."""
    words = ["paid", "consultancy", "opportunity", "think", "tank", "confidential", "client",
             "WhatsApp", "Telegram", "defence", "policy", "clearance", "honorarium", "travel",
             "covered", "urgent", "exclusive", "remote", "government", "ministry",
             "research", "project", "senior", "officials", "roundtable"]
    flood = " ".join(words[i % len(words)] for i in range(size // 6))
    shapes: dict[str, dict[str, Any]] = {
        "keyword flood in about": {"about": flood},
        "keyword flood in headline and about": {"headline": flood[:300], "about": flood},
        "one long token": {"about": "x" * size},
        "repeated separators": {"about": "and, " * (size // 5)},
        "dots and dashes": {"about": ".-" * (size // 2)},
        "combining characters": {"about": "a\u0301" * (size // 3)},
        "cjk text": {"about": "\u4e2d\u6587" * (size // 6)},
        "many experience entries": {"experience": [
            {"title": f"Senior Talent Partner {i}", "company": f"Global Strategy {i}",
             "start": "2024-01", "end": None} for i in range(size // 90)]},
        "many education entries": {"education": [
            {"school": f"University {i}", "degree": "MBA", "start": "2017", "end": "2019"}
            for i in range(size // 70)]},
        "many skills": {"skills": [f"skill{i}" for i in range(size // 10)]},
        "many activity items": {"activity": [
            {"date": "2026-01-01", "kind": "post", "text": flood[i:i + 40]}
            for i in range(0, size, 80)]},
        "many contacts": {"contact": {"emails": [f"a{i}@gmail.com" for i in range(size // 40)],
                                      "messaging": [f"WhatsApp +44 7700 9{i:05d}"
                                                    for i in range(size // 60)]}},
    }
    found = {}
    for name, change in shapes.items():
        profile = dict(base, **change)
        while len(json.dumps({"profile": profile})) > size:  # trim to the budget
            profile = trim(profile, change)
        found[name] = profile
    return found


def trim(profile: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    """``profile`` with each changed field cut by 5 %."""
    def cut(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: cut(v) for k, v in value.items()}
        return value[: int(len(value) * 0.95)]

    return dict(profile, **{key: cut(profile[key]) for key in change})


def inline_worst(size: int, runs: int = 5) -> tuple[float, str, float]:
    """(slowest hostile check of a ``size``-byte profile-only body in ms, its shape, the
    example profile's check in ms), each the best of ``runs``, in this process."""
    from vetlink.errors import VetlinkError
    from vetlink.web.checking import check_json

    base = json.loads(resources.files("vetlink.examples").joinpath("headhunter.json")
                      .read_text("utf-8"))

    def best(body: dict[str, Any]) -> float:
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            with contextlib.suppress(VetlinkError):  # a refusal's time counts too
                check_json(body, 1)  # (no photo)
            times.append(time.perf_counter() - began)
        return min(times) * 1000

    best({"profile": base})
    example = best({"profile": base})
    worst = max((best({"profile": p}), name) for name, p in
                hostile_profiles(base, size).items())
    return worst[0], worst[1], example


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per hey run")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds over all targets (the median round is reported)")
    parser.add_argument("--baseline-src", default=None,
                        help="a second source tree to measure the same way (e.g. main)")
    parser.add_argument("--inline-bytes", type=int, default=16 * 1024,
                        help="body size of the hostile inline-check profiles")
    parser.add_argument("--loop-bytes", type=int, default=8 * 1024,
                        help="body size of the hostile profiles timed for "
                        "VETLINK_LOOP_CHECK_BYTES")
    parser.add_argument("--loop-tree", action="store_true",
                        help="also measure this tree with VETLINK_LOOP_CHECK_BYTES=LOOP_BYTES "
                        "(small checks on the event loop)")
    parser.add_argument("--extra-path", default=None,
                        help="a folder put on every server's path (e.g. one where "
                        "`pip install --target DIR httptools uvloop` put uvicorn's fast "
                        "parser and loop), to measure them without installing them")
    parser.add_argument("--hey-cpus", default=None,
                        help="run hey under `taskset -c HEY_CPUS` (e.g. 1), the same for the "
                        "bare app and vetlink")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.hey_cpus:
        HEY_CPUS.append(args.hey_cpus)
    if args.extra_path:
        EXTRA_PATH.append(str(Path(args.extra_path).resolve()))
    if shutil.which("hey") is None:
        sys.exit("bench/web_throughput.py needs `hey` (Debian: apt-get install -y hey; "
                 "scripts/system-deps.sh installs it)")
    here = str(Path(__file__).resolve().parents[1] / "src")
    trees: list[Tree] = [("this tree", here, {})]
    if args.loop_tree:
        trees.append(("this tree, loop", here,
                      {"VETLINK_LOOP_CHECK_BYTES": str(args.loop_bytes)}))
    if args.baseline_src:
        trees.insert(0, ("baseline tree", str(Path(args.baseline_src).resolve()), {}))
    example = resources.files("vetlink.examples").joinpath("headhunter.json").read_text("utf-8")
    out: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        body = tmp / "check.json"
        (tmp / "alone").mkdir()  # the data directory of the check timed alone
        os.environ["VETLINK_DATA_DIR"] = str(tmp / "alone")
        from vetlink.settings import get_settings

        get_settings.cache_clear()
        body.write_text(json.dumps({"profile": json.loads(example)}), "utf-8")
        for workers in args.workers:
            say(args, f"\n{workers} uvicorn worker(s), hey -c {CLIENTS} -z {args.duration:g}s, "
                f"median of {args.rounds} interleaved rounds   (load average before: {load()})")
            found = measure(tmp, workers, args.duration, body, trees, args.rounds)
            bare = {"hello": found["bare", "hello"], "static": found["bare", "static"]}
            say(args, bare["hello"].line("bare FastAPI GET / (hello)"))
            say(args, found["bare", "async"].line("bare FastAPI GET /async (async def hello)")
                + "   (not a target's baseline)")
            say(args, bare["static"].line("bare FastAPI GET /static/app.css"))
            for label, _, _ in trees:
                ours = {"static": found[label, "static"], "checks": found[label, "checks"]}
                say(args, ours["static"].line(f"vetlink GET /static/app.css [{label}]")
                    + f"   {ours['static'].ok_rps / bare['static'].ok_rps:5.2f}x bare static")
                say(args, ours["checks"].line(f"vetlink POST /api/v1/checks [{label}]")
                    + f"   {ours['checks'].ok_rps / bare['hello'].ok_rps:5.2f}x bare req/s, p99 "
                    f"{ours['checks'].p99 / bare['hello'].p99:5.2f}x bare p99, CPU/req "
                    f"{ours['checks'].cpu_us / bare['hello'].cpu_us:5.2f}x bare")
                out += figures(workers, label, bare, ours)
            out += floor(args, workers, found, [label for label, _, _ in trees])
            say(args, f"  (load average after: {load()})")
    for size, where in ((args.inline_bytes, "inline-check"), (args.loop_bytes, "event-loop")):
        worst, shape, example_ms = inline_worst(size)
        say(args, f"\nSlowest hostile profile-only check at the {where} budget ({size:,} bytes): "
            f"{worst:.1f} ms ({shape}); the example profile: {example_ms:.1f} ms "
            "(check_json in this process, best of 5 each)")
        out.append({"name": f"slowest hostile profile-only check of {size} bytes ({shape})",
                    "value": round(worst, 2), "unit": "ms",
                    "baseline_name": "check of the example profile",
                    "baseline_value": round(example_ms, 2),
                    "ratio": round(worst / example_ms, 2),
                    "target": f"bounded: the {where} budget (docs/security.md, "
                    "docs/web-throughput.md)"})
    if args.json:
        print(json.dumps({"figures": out, "load_average": list(os.getloadavg()),
                          "clients": CLIENTS, "duration_seconds": args.duration}, indent=2))


def floor(args: argparse.Namespace, workers: int, found: dict[Target, Figure],
          labels: list[str]) -> list[dict[str, Any]]:
    """The best req/s ratio any server could reach with this check (the check alone's CPU
    plus the bare hello's whole answer), and each tree's own part of a check's CPU (its
    answer's CPU less the check alone) next to the bare hello's whole answer."""
    alone, hello = found["alone", "check"].cpu_us, found["bare", "hello"].cpu_us
    best = hello / (hello + alone)
    say(args, f"  the check alone (check_json in this process, between the rounds): {alone:6.0f} "
        f"us CPU; floor: with only the bare hello's {hello:.0f} us added, a check answers at "
        f"most {best:4.2f}x the bare hello's req/s (0.5x needs the check alone <= {hello:.0f} us)")
    out = [{"name": f"best possible POST /api/v1/checks req/s ratio ({workers} worker(s))",
            "value": round(best, 3), "unit": "x bare hello",
            "baseline_name": f"check alone CPU, us ({workers} worker(s))",
            "baseline_value": round(alone, 1), "ratio": None, "target": ">= 0.5"}]
    for label in labels:
        checks = found[label, "checks"]
        own = checks.cpu_us - alone
        say(args, f"  the server's own part of a check [{label}]: {own:6.0f} us CPU "
            f"({own / hello:4.2f}x the bare hello's whole answer; event loop {checks.loop_us:.0f} "
            f"us, bare hello's {found['bare', 'hello'].loop_us:.0f})")
        out.append({"name": f"server's own CPU per check ({label}, {workers} worker(s))",
                    "value": round(own, 1), "unit": "us",
                    "baseline_name": f"bare FastAPI hello CPU per answer ({workers} worker(s))",
                    "baseline_value": round(hello, 1), "ratio": round(own / hello, 3),
                    "target": "(information: 1.0 is the framework's floor)"})
    return out


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def say(args: argparse.Namespace, text: str) -> None:
    print(text, file=sys.stderr if args.json else sys.stdout, flush=True)


if __name__ == "__main__":
    main()
