"""Load on loopback against a real server (uvicorn in a subprocess), bounded.

Prints:
1. ``POST /api/v1/checks``: checks/second and p50/p99 latency at 1, 16 and 64 concurrent
   clients, next to a baseline measured in the same run (``assess()`` called in-process, one
   thread: the ceiling one core gives without HTTP).
2. ``POST /api/v1/reports``: reports/second stored on SQLite and on PostgreSQL (when
   ``--postgres URL`` or ``VETLINK_TEST_POSTGRES_URL`` is given), counting reports sent,
   acknowledged (2xx) and found in the database afterwards.
3. Kill test: ``kill -9`` the server in the middle of a stream of reports, restart it, and
   check that every acknowledged report is in the database.

    .venv/bin/python bench/web_load.py [--checks 300] [--reports 400] [--postgres URL]

(The server runs one process here. Throughput next to a bare FastAPI app, with a compiled
load generator and ``--workers``: ``bench/web_throughput.py``.)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
from sqlalchemy import create_engine, func, select, text

from vetlink.store.db import make_engine, upgrade, write_session
from vetlink.store.models import Report
from vetlink.store.users import create_user

PASSWORD = "bench password"


@dataclass
class Outcome:
    sent: int = 0
    latencies: list[float] = field(default_factory=list)
    acked: dict[int, str] = field(default_factory=dict)  # report id -> note
    errors: dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0

    def rate(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000


def example() -> dict[str, Any]:
    text_ = resources.files("vetlink.examples").joinpath("headhunter.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text_)
    return data


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Server:
    """``vetlink serve`` in a subprocess on a free loopback port."""

    def __init__(self, data_dir: Path, database_url: str | None) -> None:
        self.env = dict(os.environ, VETLINK_DATA_DIR=str(data_dir))
        self.env.pop("VETLINK_DATABASE_URL", None)
        if database_url:
            self.env["VETLINK_DATABASE_URL"] = database_url
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Server:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "vetlink.cli", "serve", "--port", str(self.port),
             "--workers", "1"],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/login", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def kill(self) -> None:
        if self.process is not None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


def prepare(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade(engine)
    with write_session(engine) as session:
        create_user(session, "bench", PASSWORD, "reporter", "Bench")
    engine.dispose()


def token(base: str) -> str:
    response = httpx.post(f"{base}/api/v1/token", data={"username": "bench",
                                                        "password": PASSWORD})
    response.raise_for_status()
    value: str = response.json()["access_token"]
    return value


async def one(client: httpx.AsyncClient, path: str, body: dict[str, Any], out: Outcome) -> None:
    out.sent += 1
    start = time.perf_counter()
    try:
        if body:
            response = await client.post(path, json=body)
        else:
            response = await client.get(path)
    except httpx.HTTPError as exc:
        out.errors[type(exc).__name__] = out.errors.get(type(exc).__name__, 0) + 1
        return
    if response.status_code // 100 != 2:
        key = str(response.status_code)
        out.errors[key] = out.errors.get(key, 0) + 1
        return
    out.latencies.append(time.perf_counter() - start)
    if "note" in body:
        out.acked[int(response.json()["id"])] = body["note"]


async def load(base: str, auth: str, path: str, bodies: list[dict[str, Any]],
               concurrency: int, stop: asyncio.Event | None = None) -> Outcome:
    """Send ``bodies`` with at most ``concurrency`` requests in flight."""
    out = Outcome()
    queue = iter(bodies)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {auth}"},
                                 timeout=60, limits=limits) as client:
        async def worker() -> None:
            for body in queue:
                if stop is not None and stop.is_set():
                    return
                await one(client, path, body, out)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        out.elapsed = time.perf_counter() - start
    return out


def baseline(n: int) -> float:
    from vetlink.assess import assess
    from vetlink.domain import Profile

    profile = Profile.model_validate(example())
    assess(profile)
    start = time.perf_counter()
    for _ in range(n):
        assess(profile)
    return n / (time.perf_counter() - start)


def report_bodies(run: str, n: int) -> list[dict[str, Any]]:
    base = example()
    return [{"profile": dict(base, url=f"https://linkedin.com/in/bench-{run}-{i % 25}"),
             "note": f"bench-{run}-{i}"} for i in range(n)]


def stored(database_url: str, run: str) -> dict[int, str]:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(select(Report.id, Report.note)
                            .where(Report.note.like(f"bench-{run}-%"))).all()
    engine.dispose()
    return {int(i): str(n) for i, n in rows}


def bench_checks(server: Server, n: int) -> None:
    auth = token(server.base)
    body = {"profile": example()}
    print(f"\nPOST /api/v1/checks, {n} requests per level (loopback, one uvicorn worker)")
    print(f"  baseline: assess() in-process, one thread: {baseline(200):8.1f} checks/s")
    for concurrency in (1, 16, 64):
        floor = asyncio.run(load(server.base, auth, "/static/app.css", [{}] * n, concurrency))
        print(f"  baseline: GET /static/app.css, concurrency {concurrency:>2}: "
              f"{floor.rate():8.1f} requests/s   p50 {floor.percentile(0.5):7.1f} ms   "
              f"p99 {floor.percentile(0.99):7.1f} ms (the HTTP stack alone)")
    for concurrency in (1, 16, 64):
        out = asyncio.run(load(server.base, auth, "/api/v1/checks", [body] * n, concurrency))
        print(f"  concurrency {concurrency:>2}: {out.rate():8.1f} checks/s   "
              f"p50 {out.percentile(0.5):7.1f} ms   p99 {out.percentile(0.99):7.1f} ms   "
              f"errors {out.errors or 0}")


def bench_reports(label: str, server: Server, database_url: str, n: int) -> None:
    auth = token(server.base)
    run = uuid.uuid4().hex[:8]
    bodies = report_bodies(run, n)
    out = asyncio.run(load(server.base, auth, "/api/v1/reports", bodies, 16))
    found = stored(database_url, run)
    lost = sorted(set(out.acked) - set(found))
    print(f"  {label:<10} {out.rate():7.1f} reports/s stored (concurrency 16)   sent "
          f"{out.sent}, acknowledged {len(out.acked)}, in database {len(found)}, "
          f"acknowledged but missing {len(lost)}, errors {out.errors or 0}")


async def stream_and_kill(server: Server, auth: str, bodies: list[dict[str, Any]],
                          after: float) -> Outcome:
    stop = asyncio.Event()
    task = asyncio.create_task(load(server.base, auth, "/api/v1/reports", bodies, 8, stop))
    await asyncio.sleep(after)
    server.kill()
    stop.set()
    return await task


def kill_test(label: str, data_dir: Path, database_url: str, n: int) -> None:
    server = Server(data_dir, database_url).start()
    auth = token(server.base)
    run = uuid.uuid4().hex[:8]
    out = asyncio.run(stream_and_kill(server, auth, report_bodies(run, n), after=2.0))
    restarted = Server(data_dir, database_url).start()
    try:
        found = stored(database_url, run)
        lost = sorted(set(out.acked) - set(found))
        wrong = [i for i in out.acked if i in found and found[i] != out.acked[i]]
        unacked_stored = len(set(found) - set(out.acked))
        print(f"  {label:<10} kill -9 after 2 s: sent {out.sent}, acknowledged "
              f"{len(out.acked)}, in database after restart {len(found)}; acknowledged but "
              f"missing: {len(lost)}, altered: {len(wrong)}; stored without an answer "
              f"(in flight at the kill): {unacked_stored}; errors {out.errors or 0}; "
              f"server answers after restart: "
              f"{httpx.get(f'{restarted.base}/login').status_code == 200}")
    finally:
        restarted.stop()


def postgres_schema(base: str) -> tuple[str, str]:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    separator = "&" if "?" in base else "?"
    return schema, f"{base}{separator}options={quote(f'-csearch_path={schema}')}"


def drop_schema(base: str, schema: str) -> None:
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


def backends(postgres: str | None, root: Path) -> list[tuple[str, Path, str, str | None]]:
    """(label, data dir, database URL, PostgreSQL schema to drop)."""
    sqlite_dir = root / "sqlite"
    sqlite_dir.mkdir()
    found: list[tuple[str, Path, str, str | None]] = [
        ("SQLite", sqlite_dir, f"sqlite:///{sqlite_dir / 'vetlink.sqlite3'}", None)]
    if postgres:
        pg_dir = root / "postgres"
        pg_dir.mkdir()
        schema, url = postgres_schema(postgres)
        found.append(("PostgreSQL", pg_dir, url, schema))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--checks", type=int, default=300)
    parser.add_argument("--reports", type=int, default=400)
    parser.add_argument("--postgres", default=os.environ.get("VETLINK_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        targets = backends(args.postgres, Path(tmp))
        try:
            run_all(targets, args.checks, args.reports)
        finally:
            for _, _, _, schema in targets:
                if schema and args.postgres:
                    drop_schema(args.postgres, schema)
    if not args.postgres:
        print("(PostgreSQL skipped: give --postgres URL or set VETLINK_TEST_POSTGRES_URL)")


def run_all(targets: list[tuple[str, Path, str, str | None]], checks: int, reports: int) -> None:
    for target in targets:
        prepare(target[2])
    _, data_dir, url, _ = targets[0]
    server = Server(data_dir, url).start()
    try:
        bench_checks(server, checks)
    finally:
        server.stop()
    print(f"\nPOST /api/v1/reports, {reports} reports per database")
    for label, data_dir, url, _ in targets:
        server = Server(data_dir, url).start()
        try:
            bench_reports(label, server, url, reports)
        finally:
            server.stop()
    print("\nKill test: a stream of reports (concurrency 8), kill -9, restart")
    for label, data_dir, url, _ in targets:
        kill_test(label, data_dir, url, reports * 5)
    with make_engine(targets[0][2]).connect() as conn:
        total = conn.scalar(select(func.count(Report.id)))
    print(f"\n(SQLite database holds {total} reports in all)")


if __name__ == "__main__":
    main()
