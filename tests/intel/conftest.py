from __future__ import annotations

from pathlib import Path

import pytest

from vetlink.intel.watchlist import NewEntry, Watchlist


@pytest.fixture
def watchlist(isolated_data_dir: Path) -> Watchlist:
    return Watchlist.open(isolated_data_dir)


def add(watchlist: Watchlist, *entries: NewEntry, name: str = "partner-a.json",
        sha: str | None = None) -> int:
    source = watchlist.add_source(name, "stix", name, sha or name, entries)
    return source.id
