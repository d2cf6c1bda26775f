from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.conftest import headless_chromium
from tests.extension.pages import FixtureSite, fixture_site


@pytest.fixture(scope="module")
def site() -> Iterator[FixtureSite]:
    with fixture_site() as running:
        yield running


@pytest.fixture(scope="module")
def plain_browser() -> Iterator[Any]:
    with headless_chromium() as launched:
        yield launched
