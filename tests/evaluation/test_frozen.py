"""The evaluation sets are frozen: a changed byte means the figures are no longer comparable."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

HERE = Path(__file__).parent
FROZEN = sorted(HERE.glob("*/FROZEN.sha256"))


def frozen_entries() -> list[tuple[Path, str]]:
    entries = []
    for listing in FROZEN:
        for line in listing.read_text().splitlines():
            digest, name = line.split()
            entries.append((listing.parent / name, digest))
    return entries


def test_every_evaluation_set_is_listed_as_frozen() -> None:
    listed = {path for path, _ in frozen_entries()}
    assert set(HERE.glob("*/*.jsonl")) <= listed


@pytest.mark.parametrize(("path", "digest"), frozen_entries(), ids=lambda v: getattr(v, "name", ""))
def test_evaluation_set_is_unchanged(path: Path, digest: str) -> None:
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_the_blind_advert_sets_are_frozen() -> None:
    """The blind advert sets (written without the code) are frozen like the others."""
    listed = {path.relative_to(HERE).as_posix() for path, _ in frozen_entries()}
    assert {"adverts/dev.jsonl", "adverts/test.jsonl", "adverts/README.md"} <= listed
