"""``vetlink demo``, ``vetlink users add`` and ``vetlink db upgrade`` (SQLite, subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from vetlink.store.db import head_revision, make_engine
from vetlink.store.models import User


def run(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, VETLINK_DATA_DIR=str(data_dir))
    env.pop("VETLINK_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "vetlink.cli", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=300)


def test_demo_prints_passwords_once_and_is_idempotent(tmp_path: Path) -> None:
    first = run(tmp_path, "demo")
    assert first.returncode == 0, first.stderr
    assert "sam-demo-2026" in first.stdout and "Demo reports added: 7" in first.stdout
    second = run(tmp_path, "demo")
    assert second.returncode == 0
    assert "demo-2026" not in second.stdout and "exist already" in second.stdout


def test_users_add_reads_the_password_from_stdin(tmp_path: Path) -> None:
    made = run(tmp_path, "users", "add", "dana", "--role", "analyst", "--department", "Ops",
               "--password-stdin", stdin="a long password\n")
    assert made.returncode == 0, made.stderr
    engine = make_engine(f"sqlite:///{tmp_path / 'vetlink.sqlite3'}")
    with engine.connect() as conn:
        row = conn.execute(select(User.role, User.department, User.password_hash)
                           .where(User.username == "dana")).one()
    assert row[:2] == ("analyst", "Ops") and row[2].startswith("$argon2")
    again = run(tmp_path, "users", "add", "dana", "--password-stdin", stdin="another one\n")
    assert again.returncode == 2 and "taken" in again.stderr
    bad = run(tmp_path, "users", "add", "eve", "--role", "god", "--password-stdin",
              stdin="long enough pw\n")
    assert bad.returncode == 2 and "role" in bad.stderr
    no_stdin = run(tmp_path, "users", "add", "eve")
    assert no_stdin.returncode == 2 and "--password-stdin" in no_stdin.stderr


def test_db_upgrade_creates_the_schema(tmp_path: Path) -> None:
    result = run(tmp_path, "db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert f"revision {head_revision()}" in result.stdout
    assert (tmp_path / "vetlink.sqlite3").exists()
