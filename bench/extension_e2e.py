"""The browser extension, measured in real Chromium (issue 14).

Prints (1) extraction accuracy per field on the fixture pages of tests/extension/fixtures,
(2) end-to-end time from the click on "Check with vetlink" to the band shown in the panel,
median of 20, next to baselines from the same run: the extraction alone (in the page) and
the same check sent straight to the server's API (no browser), and (3) the permissions the
extension asks for and why. Nothing leaves loopback: www.linkedin.com is mapped to a local
fixture server and every other host name resolves to nothing.

    PYTHONPATH=src .venv/bin/python bench/extension_e2e.py [--runs 20]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.extension.harness import (  # noqa: E402
    LINKEDIN,
    Panel,
    Vetlink,
    configure,
    extension_id,
    launch,
    service_worker,
)
from tests.extension.pages import (  # noqa: E402
    EXTENSION,
    PAGES,
    expected,
    extract_in,
    field_results,
    fixture_site,
)

WHY = {
    "storage": "keep the options (server URL, token, timeout) in storage.local and read the "
    "administrator's server URL from storage.managed; nothing else is stored",
    "content_scripts": "read the page and show the button and panel, only on "
    "https://www.linkedin.com/in/* and /messaging/*",
    "optional_host_permissions": "asked at run time (permissions.request) for the one "
    "vetlink server origin entered in the options; without it the server must allow the "
    "extension's origin by CORS (VETLINK_EXTENSION_ORIGINS)",
}


def accuracy(page: object, site: object, names: list[str], title: str) -> None:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in names:
        got = extract_in(page, site, name)
        for field, (right, total) in field_results(expected(name), got).items():
            totals[field][0] += right
            totals[field][1] += total
    print(f"\nExtraction accuracy per field, {title} ({', '.join(names)}):")
    for field in sorted(totals):
        right, total = totals[field]
        print(f"  {field:<24} {right:>3}/{total:<3} {100 * right / total:6.1f} %")
    right = sum(r for r, _ in totals.values())
    total = sum(t for _, t in totals.values())
    print(f"  {'all fields':<24} {right:>3}/{total:<3} {100 * right / total:6.1f} %")


def click_to_band(context: object, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        page = context.new_page()  # type: ignore[attr-defined]
        page.goto(LINKEDIN + PAGES["profile_en"])
        panel = Panel(page)
        panel.wait_for(("check",))
        started = time.perf_counter()
        panel.click("check")
        shown = panel.wait_for(("band", "error"), timeout=60)
        times.append(time.perf_counter() - started)
        assert shown == "band", panel.text("error")
        page.close()
    return times


def extraction_only(page: object, site: object, runs: int) -> list[float]:
    extract_in(page, site, "profile_en")
    ms = page.evaluate(  # type: ignore[attr-defined]
        """(runs) => { const out = [];
           for (let i = 0; i < runs; i++) { const t = performance.now();
             vetlinkExtract(document, location.href); out.push(performance.now() - t); }
           return out; }""", runs)
    return [m / 1000 for m in ms]


def direct_api(vetlink: Vetlink, token: str, page: object, site: object, runs: int
               ) -> list[float]:
    body = {"profile": extract_in(page, site, "profile_en")["profile"]}
    times = []
    with httpx.Client(base_url=vetlink.base, timeout=60) as client:
        for _ in range(runs):
            started = time.perf_counter()
            answer = client.post("/api/v1/checks", json=body,
                                 headers={"Authorization": f"Bearer {token}"})
            times.append(time.perf_counter() - started)
            assert answer.status_code == 200, answer.text
    return times


def line(label: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return (f"  {label:<46} median {statistics.median(ms):8.1f} ms   min {ms[0]:8.1f}   "
            f"max {ms[-1]:8.1f}   (n={len(ms)})")


def permissions() -> None:
    manifest = json.loads((EXTENSION / "manifest.json").read_text("utf-8"))
    print("\nPermissions the extension asks for (manifest.json) and why:")
    for name in manifest.get("permissions", []):
        print(f"  permissions: {name}: {WHY[name]}")
    print(f"  host_permissions: {manifest.get('host_permissions') or 'none'}")
    print(f"  optional_host_permissions: {manifest['optional_host_permissions']}: "
          f"{WHY['optional_host_permissions']}")
    for script in manifest["content_scripts"]:
        print(f"  content_scripts: {script['matches']}: {WHY['content_scripts']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright
    from tests.e2e.conftest import chromium_path

    with tempfile.TemporaryDirectory() as tmp, fixture_site(Path(tmp)) as site, \
            sync_playwright() as playwright:
        context = launch(playwright, Path(tmp) / "profile", chromium_path(), site.port)
        worker = service_worker(context)
        vetlink = Vetlink(Path(tmp), f"chrome-extension://{extension_id(worker)}")
        try:
            token, _ = vetlink.issue("alice")
            configure(worker, vetlink.base, token)
            page = context.new_page()
            written = sorted(n for n in PAGES if not n.startswith("heldout_"))
            held_out = sorted(n for n in PAGES if n.startswith("heldout_"))
            accuracy(page, site, written, "fixtures written with the extraction code")
            accuracy(page, site, held_out, "held-out fixtures, written after it and frozen "
                     "(blind figures: see docs/extension.md)")
            click_to_band(context, 2)  # warm up the server's worker processes
            print(f"\nEnd to end, profile_en, {args.runs} runs each (same server, same run):")
            print(line("click -> band shown in the panel (extension)",
                       click_to_band(context, args.runs)))
            print(line("baseline: same check straight to the API", direct_api(
                vetlink, token, page, site, args.runs)))
            print(line("baseline: extraction alone, in the page",
                       extraction_only(page, site, args.runs)))
            print("  (the panel is polled every 20 ms through the DevTools protocol)")
        finally:
            vetlink.stop()
            context.close()
    permissions()


if __name__ == "__main__":
    main()
