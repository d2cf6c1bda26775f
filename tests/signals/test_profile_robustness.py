"""Profile signals never fail on odd but schema-valid profiles, and always explain themselves."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vetlink.domain import Profile
from vetlink.signals.base import Context, run_signals

from .profile_support import TODAY, profile

text = st.text(max_size=60)
dates = st.one_of(st.none(), st.sampled_from(
    ["2020", "2020-05", "1890", "2031-01", "Present", "20", "2020-13", "", "2019-02-30"]), text)
experience = st.fixed_dictionaries(
    {"title": text},
    optional={"company": text, "company_url": text, "location": text, "start": dates,
              "end": dates, "description": text})
education = st.fixed_dictionaries(
    {"school": text}, optional={"degree": text, "field": text, "start": dates, "end": dates})
profiles = st.fixed_dictionaries(
    {"name": st.text(min_size=1, max_size=40)},
    optional={
        "url": text, "headline": text, "location": text, "about": st.text(max_size=400),
        "created": st.one_of(text, st.just("2026-11-01")),
        "connections": st.integers(0, 30000), "followers": st.integers(0, 30000),
        "mutual_connections": st.integers(0, 500), "connections_capped": st.booleans(),
        "recommendations": st.integers(0, 50), "endorsements": st.integers(0, 500),
        "experience": st.lists(experience, max_size=6),
        "education": st.lists(education, max_size=3),
        "activity": st.lists(st.fixed_dictionaries({}, optional={"kind": text}), max_size=3),
        "verified": st.fixed_dictionaries({}, optional={"identity": st.booleans(),
                                                        "workplace": st.booleans()}),
        "contact": st.fixed_dictionaries({}, optional={"emails": st.lists(text, max_size=2),
                                                       "messaging": st.lists(text, max_size=2)}),
    })


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles, st.none() | profiles)
def test_profile_signals_never_fail_and_always_give_evidence(data, viewer_data):
    subject = Profile.model_validate(data)
    viewer = Profile.model_validate(viewer_data) if viewer_data else None
    result = run_signals("profile", subject, Context(today=TODAY, viewer=viewer))
    for finding in result.findings:
        assert finding.id.startswith("profile.")
        assert finding.evidence.strip()
        assert finding.severity in ("info", "low", "medium", "high")


def test_empty_profile_raises_nothing_but_thinness():
    result = run_signals("profile", profile(), Context(today=TODAY))
    assert {f.id for f in result.findings} == {"profile.thin_profile"}
