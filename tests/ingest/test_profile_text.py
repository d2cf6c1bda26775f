"""Text pasted from a profile page. The fixtures in tests/fixtures/pasted/ are fictional."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from vetlink.domain import Profile
from vetlink.errors import InputError
from vetlink.ingest.common import load_schema
from vetlink.ingest.profile_text import mutual_count, parse_profile_text


def pasted(fixtures: Path, name: str) -> Profile:
    return parse_profile_text((fixtures / "pasted" / name).read_text(encoding="utf-8"), name)


@pytest.mark.parametrize("name", ["linkedin_recruiter.txt", "linkedin_engineer.txt",
                                  "handtyped.txt", "minimal.txt"])
def test_every_pasted_fixture_gives_a_schema_valid_profile(fixtures: Path, name: str):
    profile = pasted(fixtures, name)
    jsonschema.validate(profile.to_json(), load_schema("profile"))


def test_page_copy_top_card_without_navigation_or_badges(fixtures: Path):
    profile = pasted(fixtures, "linkedin_recruiter.txt")
    assert profile.name == "Elena Marsh-Whitby"
    assert profile.headline == (
        "Senior Talent Partner | Hiring for Defence, Aerospace & Government Programmes")
    assert profile.location == "London, England, United Kingdom"
    assert profile.platform == "linkedin"


def test_capped_connections_followers_and_mutual_connections(fixtures: Path):
    profile = pasted(fixtures, "linkedin_recruiter.txt")
    assert (profile.connections, profile.connections_capped) == (500, True)
    assert profile.followers == 2310
    assert profile.mutual_connections == 5


def test_about_stops_before_the_top_skills_box(fixtures: Path):
    profile = pasted(fixtures, "linkedin_recruiter.txt")
    assert profile.about is not None
    assert profile.about.startswith("I connect exceptional professionals")
    assert "see more" not in profile.about
    assert "Executive Search" not in profile.about


def test_grouped_positions_share_their_company(fixtures: Path):
    experience = pasted(fixtures, "linkedin_recruiter.txt").experience
    assert experience is not None
    assert [(e.title, e.company, e.start, e.end) for e in experience] == [
        ("Senior Talent Partner", "Harbourline Strategy Group", "2022-01", None),
        ("Talent Partner", "Harbourline Strategy Group", "2020-07", "2021-12"),
        ("Recruitment Consultant", "Northwind Talent Partners", "2018-06", "2020-06"),
    ]
    assert experience[0].description == (
        "Leading searches for senior cleared roles across government and industry.")
    assert experience[2].location == "Manchester, England, United Kingdom"


def test_skills_languages_and_education_without_endorsements_or_proficiency(fixtures: Path):
    profile = pasted(fixtures, "linkedin_recruiter.txt")
    assert profile.skills == ["Executive Search", "Headhunting", "Talent Acquisition",
                              "Stakeholder Management"]
    assert profile.languages == ["English", "French"]
    assert profile.education is not None
    assert [(e.school, e.degree, e.field, e.start, e.end) for e in profile.education] == [
        ("University of Eastmere", "BA", "International Relations", "2014", "2017")]


def test_single_positions_with_employment_type_work_mode_and_skills_line(fixtures: Path):
    profile = pasted(fixtures, "linkedin_engineer.txt")
    experience = profile.experience
    assert experience is not None
    assert [(e.title, e.company, e.location, e.start, e.end) for e in experience] == [
        ("Staff Software Engineer", "Fabrikam Analytics", "Gdańsk, Pomorskie, Poland",
         "2021-03", None),
        ("Software Engineer", "Contoso Logistics", "Remote", "2016-09", "2021-02"),
        ("Junior Developer", "Tailspin Software", None, "2015-07", "2016-08"),
    ]
    assert experience[0].description == "Owns the ingestion platform."


def test_plain_counts_pronouns_and_degree_badges(fixtures: Path):
    profile = pasted(fixtures, "linkedin_engineer.txt")
    assert profile.name == "Tomasz Brightwater"
    assert profile.headline == "Staff Software Engineer at Fabrikam Analytics"
    assert (profile.connections, profile.connections_capped) == (342, False)
    assert profile.followers == 1204
    assert profile.mutual_connections == 1


def test_certifications_are_named_above_their_issuer(fixtures: Path):
    profile = pasted(fixtures, "linkedin_engineer.txt")
    assert profile.certifications == ["Certified Kubernetes Administrator",
                                      "AWS Certified Solutions Architect"]
    assert profile.languages == ["Polish", "English"]


def test_hand_typed_summary_with_keys_inline_dates_and_off_platform_contact(fixtures: Path):
    profile = pasted(fixtures, "handtyped.txt")
    assert profile.name == "Victor Ashdown-Reyes"
    assert profile.location == "Geneva, Switzerland"
    assert (profile.connections, profile.connections_capped, profile.followers) == (500, True, 48)
    assert profile.experience is not None
    assert [(e.title, e.company, e.start, e.end) for e in profile.experience] == [
        ("Director of Strategic Partnerships", "Global Policy Research Institute", "2021",
         None),
        ("Senior Consultant", "Meridian Advisory", "2017", "2021"),
    ]
    assert profile.about is not None and "paid research" in profile.about
    assert profile.contact is not None
    assert profile.contact.messaging == ["WhatsApp: +41 79 555 01 23"]
    assert profile.contact.emails == ["v.ashdown.reyes@protonmail.example"]


def test_name_and_headline_alone_still_make_a_profile(fixtures: Path):
    profile = pasted(fixtures, "minimal.txt")
    assert (profile.name, profile.headline) == ("Sam Oduya", "Recruiter")


def test_what_the_text_does_not_show_stays_unknown(fixtures: Path):
    profile = pasted(fixtures, "minimal.txt")
    unknown = (profile.photo, profile.connections, profile.followers, profile.experience,
               profile.education, profile.skills, profile.about, profile.contact,
               profile.activity)
    assert unknown == (None,) * len(unknown)


def test_screen_reader_repeats_are_read_once():
    profile = parse_profile_text("Ada Example\nAda Example\nAnalyst\nAnalyst\n")
    assert (profile.name, profile.headline) == ("Ada Example", "Analyst")


@pytest.mark.parametrize(("line", "count"), [
    ("Ann Lee, Bo Chen and 3 other mutual connections", 5),
    ("Ann Lee is a mutual connection", 1),
    ("Ann Lee and Bo Chen are mutual connections", 2),
    ("12 mutual connections", 12),
])
def test_mutual_connection_sentences(line: str, count: int):
    assert mutual_count(line) == count


def test_follower_counts_with_thousands_suffix():
    profile = parse_profile_text("Ada Example\nAnalyst\n1.2K followers\n")
    assert profile.followers == 1200


def test_empty_text_is_refused():
    with pytest.raises(InputError, match="empty"):
        parse_profile_text("  \n\t\n", "paste.txt")


def test_binary_text_is_refused():
    with pytest.raises(InputError, match="binary"):
        parse_profile_text("\x00\x01\x02garbage\x03" * 50, "paste.txt")


def test_navigation_only_text_has_no_profile():
    with pytest.raises(InputError, match="no profile text"):
        parse_profile_text("Home\nMy Network\nJobs\nMessaging\nShow all\n", "paste.txt")


def test_cli_checks_pasted_text_from_a_file(fixtures: Path):
    path = fixtures / "pasted" / "linkedin_engineer.txt"
    result = subprocess.run([sys.executable, "-m", "vetlink.cli", "check", str(path)],
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    assert "Tomasz Brightwater" in result.stdout.decode()


OLDER_PAGE = """Robin Testcase
Procurement Lead at Example Utilities
Bristol, United Kingdom
Experience
Procurement Lead
Company Name
Example Utilities
Dates Employed
Mar 2019 – Present
Employment Duration
1 yr 8 mos
Location
Bristol, United Kingdom
Runs tenders.
Buyer
Company Name
Sample Retail
Dates Employed
Jan 2015 – Feb 2019
Education
University of Nowhere
Degree Name
Bachelor of Science (BSc)
Field Of Study
Economics
Dates attended or expected graduation
2011 – 2014
"""


def test_older_profile_page_with_field_labels():
    profile = parse_profile_text(OLDER_PAGE)
    assert profile.experience is not None
    assert [(e.title, e.company, e.location, e.start, e.end, e.description)
            for e in profile.experience] == [
        ("Procurement Lead", "Example Utilities", "Bristol, United Kingdom", "2019-03", None,
         "Runs tenders."),
        ("Buyer", "Sample Retail", None, "2015-01", "2019-02", None),
    ]
    assert profile.education is not None
    assert [(e.school, e.degree, e.field, e.start, e.end) for e in profile.education] == [
        ("University of Nowhere", "Bachelor of Science (BSc)", "Economics", "2011", "2014")]


def test_page_saying_no_posts_yet_gives_an_empty_activity(fixtures: Path):
    assert pasted(fixtures, "linkedin_recruiter.txt").activity == []


ACTIVITY = """Ada Example
Analyst
Activity
310 followers
Posts
Ada Example reposted this
Bo Chen • 2nd
Great conference on supply chains.
…show more
Like
Comment
Ada Example posted this • 2w
We are hiring analysts in Leeds.
Ada Example commented on a post • 1mo
Congratulations!
Show all posts
"""


def test_activity_items_keep_their_kind_and_text():
    profile = parse_profile_text(ACTIVITY)
    assert profile.followers == 310
    assert profile.activity is not None
    assert [(a.kind, a.text) for a in profile.activity] == [
        ("share", "Bo Chen Great conference on supply chains."),
        ("post", "We are hiring analysts in Leeds."),
        ("comment", "Congratulations!"),
    ]


def test_location_is_the_line_before_contact_info_even_after_a_school_line():
    text = ("Ada Quill-Example\nShe/Her\nPolicy Adviser\nUniversity of London, UK\n"
            "Leeds, England, United Kingdom\nContact info\n198 connections\n")
    profile = parse_profile_text(text)
    assert (profile.headline, profile.location) == ("Policy Adviser",
                                                    "Leeds, England, United Kingdom")


@pytest.mark.parametrize(("about", "messaging"), [
    ("WhatsApp me on +44 7700 900123 for details", ["WhatsApp: +44 7700 900123"]),
    ("Telegram @ada_example", ["Telegram: @ada_example"]),
    ("WeChat ID: adaex88", ["WeChat: adaex88"]),
])
def test_messaging_handles_in_the_text_are_contact_details(about: str, messaging: list[str]):
    profile = parse_profile_text(f"Ada Example\nAnalyst\nAbout\n{about}\n")
    assert profile.contact is not None
    assert profile.contact.messaging == messaging


def test_an_app_name_in_a_sentence_is_not_a_handle():
    profile = parse_profile_text("Ada Example\nSignal processing engineer\nAbout\n"
                                 "I use Skype daily for team calls.\n")
    assert profile.contact is None
