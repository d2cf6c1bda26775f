from vetlink.domain import Experience, Profile
from vetlink.ingest.common import validate


def test_a_current_position_keeps_end_null_in_json():
    profile = Profile(name="A", experience=[Experience(title="Engineer", start="2020-01")])
    data = profile.to_json()
    assert data["experience"][0]["end"] is None
    validate(data, "profile")
    assert Profile.model_validate(data).experience[0].end is None


def test_an_undated_position_has_no_end_key():
    profile = Profile(name="A", experience=[Experience(title="Engineer")])
    assert "end" not in profile.to_json()["experience"][0]
