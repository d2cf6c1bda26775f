from hypothesis import given
from hypothesis import strategies as st

from vetlink.domain import Finding
from vetlink.scoring import band, score

severities = st.sampled_from(["info", "low", "medium", "high"])


def finding(id_: str, severity: str) -> Finding:
    return Finding(id=id_, severity=severity, title="t", evidence="e")  # type: ignore[arg-type]


@given(st.lists(st.tuples(st.integers(0, 30), severities), max_size=25),
       st.tuples(st.integers(0, 40), severities))
def test_adding_a_finding_never_lowers_the_score(existing, extra):
    before = [finding(f"profile.s{i}", sev) for i, sev in existing]
    after = [*before, finding(f"profile.s{extra[0]}", extra[1])]
    assert score(after) >= score(before)


def test_no_findings_scores_zero_and_low():
    assert score([]) == 0
    assert band(0) == "low"


def test_the_same_signal_twice_counts_once():
    one = [finding("profile.a", "high")]
    assert score(one * 3) == score(one)


def test_two_high_findings_make_a_high_band():
    assert band(score([finding("profile.a", "high"), finding("profile.b", "high")])) == "high"


def test_one_high_finding_alone_is_medium():
    assert band(score([finding("profile.a", "high")])) == "medium"


def test_model_weight_overrides_severity():
    f = Finding(id="message.model", severity="low", title="t", evidence="e", weight=0.7)
    assert score([f]) == 70
