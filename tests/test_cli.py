import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from vetlink.ingest.common import load_schema

EXAMPLE = Path(__file__).resolve().parent.parent / "src/vetlink/examples/headhunter.json"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vetlink.cli", *args], input=stdin, capture_output=True,
        timeout=120,
    )


def test_check_json_output_is_one_valid_assessment():
    result = run("check", str(EXAMPLE), "--format", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, load_schema("assessment"))
    assert doc["subject"]["name"] == "Amanda Chen"
    assert {f["id"] for f in doc["findings"]} >= {"profile.no_photo"}


def test_check_reads_stdin():
    result = run("check", "-", "--format", "json", stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["subject"]["name"] == "Amanda Chen"


def test_wrong_shape_names_the_field_and_exits_2():
    result = run("check", "-", stdin=b'{"name": "A", "connections": "many"}')
    assert result.returncode == 2
    assert b"$.connections" in result.stderr
    assert b"Traceback" not in result.stderr


def test_malformed_json_exits_2_with_line_and_column():
    result = run("check", "-", stdin=b'{"name": "A",,}')
    assert result.returncode == 2
    assert b"malformed JSON at line 1" in result.stderr


def test_empty_file_exits_2(tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    result = run("check", str(empty))
    assert result.returncode == 2
    assert b"is empty" in result.stderr


def test_missing_file_exits_2(tmp_path):
    result = run("check", str(tmp_path / "nope.json"))
    assert result.returncode == 2
    assert b"no such file" in result.stderr


def test_binary_garbage_as_text_exits_2(tmp_path):
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(bytes(range(256)) * 40)
    result = run("check", str(garbage))
    assert result.returncode == 2
    assert b"binary" in result.stderr


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB without writing it
    result = run("check", str(big))
    assert result.returncode == 2
    assert b"larger than" in result.stderr


def test_nothing_to_check_exits_2():
    result = run("check")
    assert result.returncode == 2


def test_signals_lists_the_catalogue_as_json():
    result = run("signals", "--format", "json")
    assert result.returncode == 0
    catalogue = json.loads(result.stdout)
    assert all(s["doc"] and s["title"] and s["advice"] for s in catalogue)
    assert len({s["id"] for s in catalogue}) == len(catalogue)


def test_a_setting_of_the_wrong_type_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """``VETLINK_MAX_INPUT_BYTES=abc`` names the variable and its value; no traceback."""
    import os

    example = Path(__file__).resolve().parents[1] / "src/vetlink/examples/headhunter.json"
    env = {**os.environ, "VETLINK_MAX_INPUT_BYTES": "abc", "VETLINK_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "vetlink.cli", "check", str(example)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "vetlink: setting VETLINK_MAX_INPUT_BYTES='abc' is not valid: "
        "Input should be a valid integer, unable to parse string as an integer"]
