"""``vetlink exposure``: JSON and text output, stdin, and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROFILE = {
    "name": "Jane Example",
    "headline": "DV cleared engineer | Open to consulting",
    "about": "Working on Dreadnought at BAE Systems.",
}


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "vetlink.cli", "exposure", *args], input=stdin,
                          capture_output=True, timeout=120, env=env)


def test_json_output_is_one_exposure_document(tmp_path):
    path = tmp_path / "me.json"
    path.write_text(json.dumps(PROFILE))
    result = run(str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert (doc["schema"], doc["level"]) == ("vetlink/exposure/v1", "high")
    assert doc["top_changes"][0]["id"] in {"exposure.clearance", "exposure.programme"}


def test_text_output_shows_level_evidence_rewrite_and_changes():
    result = run("-", stdin=json.dumps(PROFILE).encode())
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    for expected in ("HIGH EXPOSURE", "DV cleared engineer", "Why it matters",
                     "Suggested rewrite", "Engineer (security clearance details available on",
                     "Changes that lower your exposure most"):
        assert expected in out


def test_pasted_text_profile_is_read(tmp_path):
    path = tmp_path / "me.txt"
    path.write_text("Jane Example\nSC cleared systems engineer\nBristol, United Kingdom\n")
    result = run(str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "exposure.clearance" in {f["id"] for f in json.loads(result.stdout)["findings"]}


def test_bad_input_is_one_line_and_exit_2(tmp_path):
    for args, stdin in ((["-"], b'{"name": "A",,}'), ([str(tmp_path / "nope.json")], None),
                        (["-"], b'{"name": "A", "skills": "DV"}')):
        result = run(*args, stdin=stdin)
        assert result.returncode == 2
        assert result.stderr.count(b"\n") == 1 and b"Traceback" not in result.stderr


def test_missing_profile_argument_exits_2():
    assert run().returncode == 2


def test_unknown_format_is_a_usage_error_in_one_line_with_exit_2(tmp_path):
    path = tmp_path / "me.json"
    path.write_text(json.dumps(PROFILE))
    result = run(str(path), "--format", "xml")
    assert result.returncode == 2
    assert result.stderr.count(b"\n") == 1 and b"internal error" not in result.stderr
