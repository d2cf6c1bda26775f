"""Web hardening figures (issue 9), each next to a baseline from the same run.

    PYTHONPATH=src python bench/web_hardening.py --baseline-src /path/to/main/src

For this tree (and the baseline tree, when given) a real `vetlink serve` on loopback with
real argon2 is measured on:

1. the sign-in throttle: how many of 25 parallel wrong passwords are evaluated (401) and
   how many refused (429); then 10 wrong passwords, each behind a different spoofed
   X-Forwarded-For, and the right one behind yet another: evaluated count and final status;
2. a cheap request (GET /login) while one slow check runs: a pasted profile whose long
   first line makes the profile-text parser backtrack (``"Jane Doe\\n" + "and " * N``);
   latency of the cheap requests meanwhile, and the slow check's status and time (this
   tree: at most VETLINK_CHECK_DEADLINE_SECONDS, then 504 — unless the parser no longer
   backtracks, then it is simply fast).
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

PASSWORD = "correct horse battery"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    def __init__(self, src: str, data_dir: Path, deadline: float) -> None:
        self.env = os.environ | {"PYTHONPATH": src, "VETLINK_DATA_DIR": str(data_dir),
                                 "VETLINK_CHECK_DEADLINE_SECONDS": str(deadline)}
        self.env.pop("VETLINK_DATABASE_URL", None)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def cli(self, *args: str, stdin: str = "") -> None:
        subprocess.run([sys.executable, "-m", "vetlink.cli", *args], env=self.env, check=True,
                       input=stdin.encode(), capture_output=True)

    def __enter__(self) -> Server:
        for name in ("alice", "bob", "carol"):
            self.cli("users", "add", name, "--password-stdin", stdin=PASSWORD + "\n")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "vetlink.cli", "serve", "--port", str(self.port)],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/login", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("the server did not start")

    def __exit__(self, *exc: object) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait()


def token_status(base: str, name: str, password: str, forwarded: str | None = None) -> int:
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    return httpx.post(f"{base}/api/v1/token", headers=headers, timeout=120,
                      data={"username": name, "password": password}).status_code


def throttle(base: str) -> str:
    with ThreadPoolExecutor(max_workers=25) as pool:
        codes = list(pool.map(lambda i: token_status(base, "alice", f"wrong {i}"), range(25)))
    spoofed = [token_status(base, "bob", f"wrong {i}", f"203.0.113.{i}") for i in range(10)]
    right = token_status(base, "bob", PASSWORD, "198.51.100.77")
    return (f"25 parallel wrong: {codes.count(401)} evaluated, {codes.count(429)} refused | "
            f"10 wrong behind spoofed X-Forwarded-For: {spoofed.count(401)} evaluated, then "
            f"the right password: {right}")


def signed_in(base: str, name: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=base, timeout=300)
    token = CSRF.search(client.get("/login").text)
    assert token
    client.post("/login", data={"username": name, "password": PASSWORD,
                                "csrf_token": token.group(1)})
    page = CSRF.search(client.get("/check").text)
    assert page
    return client, page.group(1)


def cheap_latencies(base: str, count: int) -> list[float]:
    times = []
    for _ in range(count):
        began = time.monotonic()
        try:
            httpx.get(f"{base}/login", timeout=60)
            times.append(time.monotonic() - began)
        except httpx.TimeoutException:
            times.append(60.0)
    return times


def stall(base: str, words: int) -> str:
    idle = cheap_latencies(base, 10)
    client, token = signed_in(base, "carol")
    outcome: dict[str, object] = {}

    def slow() -> None:
        began = time.monotonic()
        try:
            status: object = client.post("/check", data={
                "csrf_token": token, "profile_text": "Jane Doe\n" + "and " * words}).status_code
        except httpx.TimeoutException:
            status = "no answer in 300 s"
        outcome["status"], outcome["took"] = status, time.monotonic() - began

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.5)
    busy = cheap_latencies(base, 10)
    thread.join()
    return (f"GET /login idle: median {statistics.median(idle) * 1000:.0f} ms | while the "
            f"slow check runs: median {statistics.median(busy) * 1000:.0f} ms, max "
            f"{max(busy) * 1000:.0f} ms | the slow check: {outcome['status']} after "
            f"{outcome['took']:.1f} s")


def measure(label: str, src: str, words: int, deadline: float) -> None:
    with tempfile.TemporaryDirectory() as folder, Server(src, Path(folder), deadline) as server:
        print(f"[{label}] throttle: {throttle(server.base)}", flush=True)
        print(f"[{label}] stall: {stall(server.base, words)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="web hardening figures")
    parser.add_argument("--baseline-src", help="the src/ of the tree to compare with")
    parser.add_argument("--words", type=int, default=600, help="'and ' repeats in the paste")
    parser.add_argument("--deadline", type=float, default=5.0)
    args = parser.parse_args()
    here = str(Path(__file__).resolve().parent.parent / "src")
    if args.baseline_src:
        measure("baseline", args.baseline_src, args.words, args.deadline)
    measure("this tree", here, args.words, args.deadline)


if __name__ == "__main__":
    main()
