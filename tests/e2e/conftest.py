"""Browser tests: a real server (uvicorn, subprocess, free loopback port, temporary data
directory with the demo data) driven by headless Chromium through Playwright."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    path = os.environ.get("VETLINK_TEST_CHROMIUM") or "/usr/bin/chromium"
    if not Path(path).exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but Chromium is missing at {path}")
        pytest.skip(f"Chromium not found at {path}")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def cli(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "-m", "vetlink.cli", *args], env=env, check=True,
                   capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("e2e-data")
    env = dict(os.environ, VETLINK_DATA_DIR=str(data_dir))
    env.pop("VETLINK_DATABASE_URL", None)
    cli(env, "demo")
    with serving(env) as base:
        yield base


@contextmanager
def serving(env: dict[str, str]) -> Iterator[str]:
    """``vetlink serve`` on a free loopback port with ``env``; its base URL while it runs."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "vetlink.cli", "serve", "--host", "127.0.0.1", "--port",
         str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_until_up(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.stderr.read() if process.stderr else ''}")
        try:
            if httpx.get(f"{base}/login", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError("server did not start within 60 s")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with headless_chromium() as launched:
        yield launched


@contextmanager
def headless_chromium() -> Iterator[Any]:
    """The system's Chromium, headless, driven by Playwright."""
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
