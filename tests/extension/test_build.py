"""``vetlink extension build``: a deterministic zip of exactly the manifest's files, which
Chromium loads; a manifest that breaks the extension's promises is refused (exit 2)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.e2e.conftest import chromium_path
from tests.extension.pages import EXTENSION

SHIPPED = {"manifest.json", "extract.js", "content.js", "background.js", "settings.js",
           "options.html", "options.js", "managed_schema.json"}


def vetlink(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2] / "src"))
    return subprocess.run([sys.executable, "-m", "vetlink.cli", "extension", "build", *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_the_zip_holds_exactly_the_extension_files_and_is_reproducible(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(EXTENSION, source)
    (source / "notes.txt").write_text("not shipped")
    (source / "scratch.js").write_text("console.log('not referenced')")
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    for out in (first, second):
        done = vetlink("--source", str(source), "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert "version 0.1.0" in done.stdout
    with zipfile.ZipFile(first) as archive:
        assert set(archive.namelist()) == SHIPPED
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["browser_specific_settings"]["gecko"]["id"]
    assert first.read_bytes() == second.read_bytes()


def test_chromium_loads_the_built_zip(tmp_path: Path) -> None:
    executable = chromium_path()
    out = tmp_path / "ext.zip"
    assert vetlink("--out", str(out)).returncode == 0
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(out) as archive:
        archive.extractall(unpacked)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=executable, headless=True,
            args=["--headless=new", "--no-sandbox", f"--disable-extensions-except={unpacked}",
                  f"--load-extension={unpacked}"])
        try:
            worker = (context.service_workers or [context.wait_for_event("serviceworker")])[0]
            assert worker.url.startswith("chrome-extension://")
            assert worker.url.endswith("/background.js")
        finally:
            context.close()


@pytest.mark.parametrize(("change", "says"), [
    (lambda m: m.update(host_permissions=["https://*/*"]), "unexpected permissions"),
    (lambda m: m["permissions"].append("tabs"), "unexpected permissions"),
    (lambda m: m["content_scripts"][0]["matches"].append("<all_urls>"), "content scripts"),
    (lambda m: m.update(manifest_version=2), "Manifest V3"),
])
def test_a_manifest_that_breaks_the_promises_is_refused(tmp_path: Path, change: object,
                                                         says: str) -> None:
    source = tmp_path / "src"
    shutil.copytree(EXTENSION, source)
    manifest = json.loads((source / "manifest.json").read_text())
    change(manifest)  # type: ignore[operator]
    (source / "manifest.json").write_text(json.dumps(manifest))
    done = vetlink("--source", str(source), "--out", str(tmp_path / "x.zip"))
    assert done.returncode == 2 and says in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.zip").exists()


def test_a_page_loading_remote_code_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(EXTENSION, source)
    page = source / "options.html"
    page.write_text(page.read_text().replace(
        "</body>", '<script src="https://cdn.example/lib.js"></script></body>'))
    done = vetlink("--source", str(source), "--out", str(tmp_path / "x.zip"))
    assert done.returncode == 2 and "remote" in done.stderr
