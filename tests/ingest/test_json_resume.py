from vetlink.domain import Education, Experience, Profile
from vetlink.ingest.json_resume import field_agreement, norm, profile_from_json_resume

RESUME = {
    "basics": {
        "name": "Jane Fictional", "label": "Head of Compliance", "email": "jane@example.org",
        "location": {"city": "Leeds", "region": "England", "countryCode": "United Kingdom"},
        "profiles": [{"network": "LinkedIn", "url": "https://www.linkedin.com/in/jane-f"}],
    },
    "work": [
        {"name": "Example Bank", "position": "Head of Compliance", "startDate": "2022-03"},
        {"name": "Other Co", "position": "Intern", "startDate": "2019-06",
         "endDate": "2019-08"},
    ],
    "education": [{"institution": "University of Testshire", "studyType": "MSc",
                   "area": "Finance", "startDate": "2017", "endDate": "2019"}],
    "skills": [{"name": "Risk Analysis"}],
}


def test_json_resume_becomes_a_profile():
    profile = profile_from_json_resume(RESUME)
    assert profile.name == "Jane Fictional"
    assert profile.location == "Leeds, England, United Kingdom"
    assert profile.url == "https://www.linkedin.com/in/jane-f"
    assert profile.experience is not None
    assert [(e.company, e.title, e.end) for e in profile.experience] == [
        ("Example Bank", "Head of Compliance", None), ("Other Co", "Intern", "2019-08")]


def test_agreement_counts_matching_fields_loosely():
    expected = profile_from_json_resume(RESUME)
    parsed = Profile(
        name="JANE  fictional", headline="Head of Compliance",
        location="Leeds, England, United Kingdom", url="www.linkedin.com/in/jane-f/",
        experience=[Experience(title="Head of Compliance", company="Example Bank",
                               start="2022-03"),
                    Experience(title="Intern", company="Other Co", start="2019-06",
                               end="2019-09")],
        education=[Education(school="University of Testshire", degree="MSc", field="Finance",
                             start="2017", end="2019")],
        skills=["risk analysis"],
    )
    agreement = field_agreement(parsed, expected)
    assert agreement["name"] == (1, 1)
    assert agreement["url"] == (1, 1)
    assert agreement["positions"] == (2, 2)
    assert agreement["position_dates"] == (1, 2)
    assert agreement["school_details"] == (4, 4)
    assert agreement["skills"] == (1, 1)
    assert agreement["emails"] == (0, 1)


def test_norm_ignores_case_accents_and_punctuation():
    assert norm("Gdańsk  University, of Technology!") == norm("gdansk university of technology")
