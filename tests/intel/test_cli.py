"""The intel commands end to end, as a user runs them (exit 0, or 2 with one line)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.intel.seed import SECRETS, seed
from tests.store.fast_hashing import fast_password_hashing  # noqa: F401  (a fixture)
from vetlink.store.db import make_engine, upgrade


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vetlink.cli", *args], capture_output=True,
                          text=True, timeout=180)


def seeded_data_dir(data_dir: Path) -> None:
    engine = make_engine(f"sqlite:///{data_dir / 'vetlink.sqlite3'}")
    upgrade(engine)
    seed(engine)
    engine.dispose()


def test_export_import_check_and_retire_from_the_command_line(
    isolated_data_dir: Path, tmp_path: Path,
) -> None:
    seeded_data_dir(isolated_data_dir)
    out = tmp_path / "bundle.json"
    done = run("export", "stix", "--out", str(out), "--tlp", "amber+strict")
    assert done.returncode == 0, done.stderr
    text = out.read_text("utf-8")
    assert "TLP:AMBER+STRICT" in text and all(s.lower() not in text.lower() for s in SECRETS)
    misp = tmp_path / "event.json"
    assert run("export", "misp", "--out", str(misp), "--since", "2026-03-01").returncode == 0
    assert json.loads(misp.read_text("utf-8"))["Event"]["Object"]
    imported = run("import", "stix", str(out))
    assert imported.returncode == 0 and "imported" in imported.stdout, imported.stderr
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"name": "Katie", "url":
                                   "http://www.linkedin.com/in/katie-jones-csis"}))
    checked = run("check", str(profile), "--format", "json", "--no-model")
    found = [f for f in json.loads(checked.stdout)["findings"]
             if f["id"] == "intel.known_hostile_persona"]
    assert found and "TLP:AMBER+STRICT" in found[0]["evidence"]
    listing = run("watchlist", "list")
    assert "linkedin:katie-jones-csis" in listing.stdout
    entry = next(line.split()[0] for line in listing.stdout.splitlines()
                 if "linkedin:katie-jones-csis" in line)
    assert run("watchlist", "retire", entry).returncode == 0
    checked = run("check", str(profile), "--format", "json", "--no-model")
    assert "intel.known_hostile_persona" not in checked.stdout
    again = run("watchlist", "retire", entry)
    assert again.returncode == 2 and "retired already" in again.stderr


def test_bad_files_and_bad_options_exit_2_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    for args in (("import", "stix", str(bad)), ("import", "misp", str(bad)),
                 ("import", "stix", str(tmp_path / "missing.json")),
                 ("export", "stix", "--out", str(tmp_path / "x"), "--tlp", "purple"),
                 ("export", "stix", "--out", str(tmp_path / "x"), "--since", "soon"),
                 ("pull", "taxii", "ftp://example", "--collection", "c"),
                 ("watchlist", "retire", "12345")):
        done = run(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_partners_are_issued_listed_and_revoked(isolated_data_dir: Path) -> None:
    added = run("partners", "add", "CERT Example")
    assert added.returncode == 0 and "vlp_" in added.stdout
    assert "CERT Example: active" in run("partners", "list").stdout
    assert run("partners", "revoke", "CERT Example").returncode == 0
    assert "CERT Example: revoked" in run("partners", "list").stdout
    assert run("partners", "add", "CERT Example").returncode == 2
