"""The campaign page in headless Chromium at a phone's width (390 px): the vendored
Cytoscape.js draws the persona graph, no script error, nothing wider than the screen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.conftest import cli, serving
from tests.e2e.test_browser import sign_in


@pytest.fixture(scope="module")
def campaign_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("e2e-campaigns")
    env = dict(os.environ, VETLINK_DATA_DIR=str(data_dir))
    env.pop("VETLINK_DATABASE_URL", None)
    cli(env, "demo")
    lines = data_dir / "g.jsonl"
    cli(env, "campaigns", "generate", "--personas", "200", "--seed", "51", "--out", str(lines))
    cli(env, "import", "reports", str(lines), "--no-model")
    with serving(env) as base:
        yield base


def test_campaign_graph_is_drawn_on_a_phone(campaign_server: str, browser: Any) -> None:
    page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, campaign_server, "sam", "sam-demo-2026")
    page.goto(f"{campaign_server}/campaigns")
    page.locator("table.list a").first.click()
    page.wait_for_selector("#campaign-graph[data-drawn]")
    drawn = int(page.get_attribute("#campaign-graph", "data-drawn") or 0)
    wide = page.evaluate("() => document.documentElement.scrollWidth")
    assert errors == []
    assert drawn >= 3
    assert wide <= 390 + 1
