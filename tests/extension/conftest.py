from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.conftest import CHROMIUM_ARGS, chromium_path
from tests.extension.pages import FixtureSite, fixture_site


@pytest.fixture(scope="module")
def site() -> Iterator[FixtureSite]:
    with fixture_site() as running:
        yield running


@pytest.fixture(scope="module")
def plain_browser() -> Iterator[Any]:
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
