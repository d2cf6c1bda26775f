"""Every finding is unchanged: the current code's assessments of the golden corpus
(``tests/golden/corpus.py``: 6,000 generated messy profiles, the example, fixture and
evaluation profiles, the real LinkedIn PDF exports of the shared data, and the evaluation and
fixture conversations and adverts, rules only and with the models) digest exactly as recorded
in ``findings.json``. A performance change must not move any of them; a deliberate rule change
regenerates them (``python -m tests.golden.regenerate --write``, see its docstring)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.golden import corpus
from tests.golden.regenerate import differences, load


@pytest.fixture(scope="module")
def golden() -> dict[str, dict[str, str]]:
    return load()


def assert_same(expected: dict[str, str], actual: dict[str, str]) -> None:
    changed = differences(expected, actual)
    assert not changed, f"{len(changed)} assessments changed, e.g. {changed[:10]}"


def test_generated_profiles_give_the_recorded_findings(golden):
    assert_same(golden["generated"], corpus.run(corpus.profile_items()))


def test_fixture_and_evaluation_profiles_give_the_recorded_findings(golden):
    assert_same(golden["fixtures"], corpus.run(corpus.fixture_items()))


def test_real_pdf_exports_give_the_recorded_findings(golden, shared_data: Path):
    folder = shared_data / "linkedin-pdf-exports"
    if not folder.is_dir():
        pytest.skip("no LinkedIn PDF exports in the shared data")
    assert_same(golden["pdfs"], corpus.run(corpus.pdf_items(folder)))


def test_conversations_and_adverts_give_the_recorded_findings(golden):
    actual = {**corpus.run(corpus.message_items(use_models=False)),
              **corpus.run(corpus.message_items(use_models=True))}
    assert_same(golden["messages"], actual)


def test_a_changed_finding_changes_the_digest():
    """The comparison is sensitive to what a finding says, not only to its id."""
    assessment = next(a for a in (check() for _, check in corpus.fixture_items())
                      if a.findings)
    first = assessment.findings[0]
    altered = assessment.model_copy(update={"findings": [
        first.model_copy(update={"evidence": first.evidence + "."}), *assessment.findings[1:]]})
    assert corpus.digest(altered) != corpus.digest(assessment)
