"""Page widths at a phone's (390 px) and a laptop's (1280 px) viewport, every page and role, in
real Chromium against a throw-away server with the demo data.

    .venv/bin/python bench/page_widths.py [--src DIR]   # --src: measure another checkout's code

A page is usable on a phone when its document is no wider than the viewport (nothing to scroll
sideways). Prints one row per page: its width at 390 and at 1280.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

import httpx

PAGES = [("", "/login"), ("alice", "/check"), ("alice", "/review"), ("alice", "/reports"),
         ("alice", "/exposure"), ("sam", "/cases"), ("sam", "/dashboard"),
         ("admin", "/admin/users")]
PASSWORDS = {"alice": "alice-demo-2026", "sam": "sam-demo-2026", "admin": "admin-demo-2026"}
WIDTH_JS = ("() => Math.max(document.documentElement.scrollWidth, "
            "document.body.scrollWidth)")


def start(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    subprocess.run([sys.executable, "-m", "vetlink.cli", "demo"], env=env, check=True,
                   capture_output=True)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "vetlink.cli", "serve", "--port",
                             str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{base}/login", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("server did not start")


def sign_in(page: object, base: str, who: str) -> None:
    page.goto(f"{base}/login")  # type: ignore[attr-defined]
    page.fill("input[name=username]", who)  # type: ignore[attr-defined]
    page.fill("input[name=password]", PASSWORDS[who])  # type: ignore[attr-defined]
    page.click("button[type=submit]")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]


def widths(base: str, chromium: str) -> dict[str, dict[int, int]]:
    from playwright.sync_api import sync_playwright

    example = resources.files("vetlink.examples").joinpath("headhunter.json").read_text()
    out: dict[str, dict[int, int]] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for width in (390, 1280):
            pages: dict[str, object] = {}
            for who, path in [*PAGES, ("alice", "RESULT"), ("sam", "CASE")]:
                if who not in pages:
                    pages[who] = browser.new_context(
                        viewport={"width": width, "height": 800}).new_page()
                    if who:
                        sign_in(pages[who], base, who)
                page = pages[who]
                if path == "RESULT":
                    page.goto(f"{base}/check")  # type: ignore[attr-defined]
                    page.fill("textarea[name=profile_text]", example)  # type: ignore[attr-defined]
                    page.click("form.check-form button[type=submit]")  # type: ignore[attr-defined]
                    page.wait_for_selector(".assessment")  # type: ignore[attr-defined]
                    name = "/check (result)"
                elif path == "CASE":
                    page.goto(f"{base}/cases?status=all")  # type: ignore[attr-defined]
                    page.locator("a[href^='/cases/']").first.click()  # type: ignore[attr-defined]
                    page.wait_for_load_state()  # type: ignore[attr-defined]
                    name = "/cases/N"
                else:
                    page.goto(f"{base}{path}")  # type: ignore[attr-defined]
                    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
                    name = path
                out.setdefault(f"{who or 'signed out':<8} {name}", {})[width] = (
                    page.evaluate(WIDTH_JS))  # type: ignore[attr-defined]
        browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--src", type=Path, help="a checkout's src/ to measure instead")
    parser.add_argument("--chromium", default=os.environ.get("VETLINK_TEST_CHROMIUM",
                                                             "/usr/bin/chromium"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, VETLINK_DATA_DIR=data)
        if args.src:
            env["PYTHONPATH"] = str(args.src.resolve())
        proc, base = start(env)
        try:
            result = widths(base, args.chromium)
        finally:
            proc.terminate()
    print(f"{'page':<34} {'390 px':>7} {'1280 px':>8}")
    for name, by_width in result.items():
        flag = "  TOO WIDE" if by_width[390] > 390 else ""
        print(f"{name:<34} {by_width[390]:>7} {by_width[1280]:>8}{flag}")
    print(json.dumps({"too_wide_at_390": sum(v[390] > 390 for v in result.values())}))


if __name__ == "__main__":
    main()
