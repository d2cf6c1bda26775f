"""Shared fixtures. Each test gets its own data directory; nothing touches the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check outcomes, not speed: Hypothesis's per-example deadline would make them
# fail on a busy machine. Time budgets are asserted where they are the property (the ingest
# fuzzing measures CPU time), and speed is measured in bench/.
settings.register_profile("vetlink", deadline=None)
settings.load_profile("vetlink")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_data_dir() -> Path:
    env = os.environ.get("VETLINK_SHARED_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    from vetlink.settings import get_settings

    data_dir = tmp_path_factory.mktemp("vetlink-data")
    monkeypatch.setenv("VETLINK_DATA_DIR", str(data_dir))
    monkeypatch.delenv("VETLINK_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield data_dir
    get_settings.cache_clear()


@pytest.fixture
def shared_data() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path}")
    return path


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
