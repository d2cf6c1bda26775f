"""Every regular expression in the package runs in linear time on adversarial strings.

The check itself (``tests/security/redos_check.py``) runs the patterns in a subprocess with a
watchdog, so a catastrophic pattern fails this test instead of hanging CI."""

from __future__ import annotations

from tests.security.redos_check import (
    RE_FUNCS,
    check_patterns,
    collect_patterns,
    dynamic_patterns_in_functions,
    failures,
)

# The two patterns reported in issue 9, as they were on 73bbe5d.
OLD_MUTUAL_RE = (
    r"(?:(?P<named>.+?)\s+and\s+(?P<more>[\d,]+)\s+other\s+mutual\s+connections?"
    r"|^(?P<count>[\d,]+)\s+mutual\s+connections?"
    r"|(?P<pair>.+?)\s+(?:and\s+.+?\s+are|is)\s+(?:a\s+)?mutual\s+connections?)"
)
OLD_EMAIL_RE = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
FIXED_EMAIL_RE = r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"


def test_the_checker_catches_both_reported_patterns_and_passes_their_fix():
    items = [(OLD_MUTUAL_RE, 2), (OLD_EMAIL_RE, 0), (FIXED_EMAIL_RE, 0)]
    names = ["old mutual", "old email", "fixed email"]
    results = check_patterns(items, watchdog=10.0)
    failed = failures(results, items, names)
    assert [line.split(":")[0] for line in failed] == ["old mutual", "old email"]


def test_every_pattern_in_the_package_is_linear_on_adversarial_strings():
    patterns = collect_patterns()
    assert len(patterns) > 200  # module constants and inline literals were both found
    items = [(p.source, p.flags) for p in patterns]
    failed = failures(check_patterns(items), items, [p.where for p in patterns])
    assert failed == []


def test_the_check_finds_patterns_written_inline_in_functions():
    wheres = {p.where for p in collect_patterns()}
    assert any(w.startswith("vetlink/ingest/dates.py:") for w in wheres)
    assert "vetlink.ingest.profile_text.EMAIL_RE" in wheres
    assert "compile" in RE_FUNCS


def test_no_pattern_is_built_at_run_time_inside_a_function():
    """A pattern assembled inside a function (f-string, concatenation) would escape the
    check; the only builders allowed are the factories whose results are module constants."""
    assert dynamic_patterns_in_functions() == []
