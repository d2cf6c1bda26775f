"""Profile signals about the account: photo, size, age, network, activity, verification, name."""

from dataclasses import replace

from vetlink.domain import Profile
from vetlink.signals.base import Signal, run_signals

from .profile_support import CTX, findings, profile, run

JOBS = [
    {"title": "Principal Engineer", "company": "Rolls-Royce", "start": "2008-01"},
    {"title": "Engineer", "company": "Siemens", "start": "2004-01", "end": "2007-12"},
]


def test_missing_photo_is_flagged():
    subject = profile(photo={"present": False})
    assert run("profile.no_photo", subject) == [
        ("profile.no_photo", "medium", "the profile has no photo")]


def test_a_photo_is_not_flagged():
    assert run("profile.no_photo", profile(photo={"present": True})) == []


def test_profile_with_nothing_but_a_headline_is_thin():
    subject = profile(headline="Consultant", experience=[], education=[])
    assert run("profile.thin_profile", subject) == [
        ("profile.thin_profile", "medium",
         "no section filled in: little or nothing under about, experience, education or "
         "skills")]


def test_profile_with_one_section_is_thin_but_low():
    subject = profile(education=[{"school": "University of Leeds"}])
    assert run("profile.thin_profile", subject) == [
        ("profile.thin_profile", "low",
         "only 1 of 4 sections filled in (education); little or nothing under about, "
         "experience or skills")]


def test_profile_with_jobs_and_education_is_not_thin():
    subject = profile(experience=JOBS, education=[{"school": "University of Leeds"}])
    assert run("profile.thin_profile", subject) == []


def test_new_recruiter_account_claiming_a_long_career_is_high():
    subject = profile(created="2026-09-14", headline="Executive Search Partner",
                      experience=JOBS)
    assert run("profile.new_account", subject) == [
        ("profile.new_account", "high", "account created 2026-09-14, 75 days ago")]


def test_new_account_of_a_senior_engineer_is_medium():
    subject = profile(created="2026-09-14", headline="Principal Engineer", experience=JOBS)
    assert run("profile.new_account", subject) == [
        ("profile.new_account", "medium", "account created 2026-09-14, 75 days ago")]


def test_new_account_of_a_graduate_is_medium():
    subject = profile(created="2026-10-01", experience=[
        {"title": "Graduate Engineer", "company": "Arup", "start": "2026-09"}])
    assert run("profile.new_account", subject) == [
        ("profile.new_account", "medium", "account created 2026-10-01, 58 days ago")]


def test_recruiter_account_four_months_old_is_medium():
    subject = profile(created="2026-07-20", headline="Executive Search Partner",
                      experience=JOBS)
    assert run("profile.new_account", subject) == [
        ("profile.new_account", "medium", "account created 2026-07-20, 131 days ago")]


def test_account_older_than_six_months_is_not_new():
    assert run("profile.new_account", profile(created="2026-05-01", experience=JOBS)) == []


def test_capped_connections_with_no_mutuals_are_flagged():
    subject = profile(connections=500, connections_capped=True, mutual_connections=0)
    assert run("profile.many_connections_no_mutuals", subject) == [
        ("profile.many_connections_no_mutuals", "low", "500+ connections, 0 mutual")]


def test_round_connection_count_with_one_mutual_is_flagged():
    subject = profile(connections=300, mutual_connections=1)
    assert run("profile.many_connections_no_mutuals", subject) == [
        ("profile.many_connections_no_mutuals", "low", "300 connections, 1 mutual")]


def test_connections_with_several_mutuals_are_not_flagged():
    subject = profile(connections=500, connections_capped=True, mutual_connections=4)
    assert run("profile.many_connections_no_mutuals", subject) == []


def test_few_followers_for_many_connections_is_flagged():
    subject = profile(connections=500, connections_capped=True, followers=37)
    assert run("profile.followers_below_connections", subject) == [
        ("profile.followers_below_connections", "medium", "37 followers for 500+ connections")]


def test_followers_close_to_connections_are_not_flagged():
    subject = profile(connections=420, followers=390)
    assert run("profile.followers_below_connections", subject) == []


def test_no_activity_is_flagged():
    assert run("profile.no_original_activity", profile(activity=[])) == [
        ("profile.no_original_activity", "low", "no posts, comments or reshares shown")]


def test_only_likes_and_reshares_are_flagged():
    subject = profile(activity=[{"kind": "like"}, {"kind": "share"}, {"kind": "like"}])
    assert run("profile.no_original_activity", subject) == [
        ("profile.no_original_activity", "low", "3 of 3 activities are likes or reshares")]


def test_one_own_post_is_enough_activity():
    subject = profile(activity=[{"kind": "like"}, {"kind": "post", "text": "Our paper is out"}])
    assert run("profile.no_original_activity", subject) == []


def test_long_career_without_endorsements_is_flagged():
    subject = profile(recommendations=0, endorsements=0, experience=JOBS)
    assert run("profile.no_endorsements", subject) == [
        ("profile.no_endorsements", "low",
         "0 recommendations and 0 endorsements after 23 years of career")]


def test_short_junior_career_without_endorsements_is_not_flagged():
    subject = profile(recommendations=0, endorsements=0, experience=[
        {"title": "Analyst", "company": "Deloitte", "start": "2023-09"}])
    assert run("profile.no_endorsements", subject) == []


def test_endorsed_career_is_not_flagged():
    subject = profile(recommendations=0, endorsements=12, experience=JOBS)
    assert run("profile.no_endorsements", subject) == []


def test_unverified_recruiter_is_medium():
    subject = profile(headline="Executive Search Partner", verified={
        "identity": False, "workplace": False})
    assert run("profile.unverified", subject) == [
        ("profile.unverified", "medium", "identity: not verified; workplace: not verified")]


def test_unverified_engineer_is_low():
    subject = profile(headline="Civil engineer", verified={"identity": False, "workplace": False})
    assert run("profile.unverified", subject) == [
        ("profile.unverified", "low", "identity: not verified; workplace: not verified")]


def test_verified_identity_is_not_flagged():
    subject = profile(verified={"identity": True, "workplace": False})
    assert run("profile.unverified", subject) == []


def test_name_in_capitals_with_job_word_is_flagged():
    assert run("profile.name_anomaly", profile(name="ANNA LEE RECRUITER")) == [
        ("profile.name_anomaly", "low",
         "name in capitals: 'ANNA LEE RECRUITER'; keyword in name: 'RECRUITER'")]


def test_every_anomaly_of_a_name_is_one_finding_listing_each_once():
    subject = profile(name="Anna | Recruiter | Hiring | recruiter")
    assert [(f.severity, f.where, f.evidence) for f in findings("profile.name_anomaly", subject)
            ] == [("low", "name",
                   "symbols in name: '|'; keywords in name: 'Recruiter', 'Hiring'")]


def test_name_with_emoji_is_flagged():
    assert run("profile.name_anomaly", profile(name="Anna Lee 🚀")) == [
        ("profile.name_anomaly", "low", "symbols in name: '🚀'")]


def test_ordinary_names_are_not_flagged():
    for name in ("Anna-Maria O'Neill", "Dr. Kwame Mensah", "José Álvarez Núñez", "Li Wei"):
        assert run("profile.name_anomaly", profile(name=name)) == [], name


def test_address_with_another_name_is_flagged():
    subject = profile(name="Amanda Chen", url="https://www.linkedin.com/in/peter-wang-8b2a1c")
    assert run("profile.name_url_mismatch", subject) == [
        ("profile.name_url_mismatch", "low",
         "name 'Amanda Chen', address /in/peter-wang-8b2a1c")]


def test_address_with_part_of_the_name_is_not_flagged():
    for url in ("https://linkedin.com/in/achen", "https://www.linkedin.com/in/amanda-c-12345",
                "https://www.linkedin.com/in/jd7"):
        subject = profile(name="Amanda Chen", url=url)
        assert run("profile.name_url_mismatch", subject) == [], url


def test_address_with_accented_name_folded_is_not_flagged():
    subject = profile(name="Zoë Müller", url="https://www.linkedin.com/in/zoe-mueller")
    assert run("profile.name_url_mismatch", subject) == []


def test_signals_needing_unshown_fields_are_silent_and_listed_as_not_checked():
    pdf_like = Profile(name="Jane Example", headline="Engineer", experience=[], education=[])
    result = run_signals("profile", pdf_like, CTX)
    fired = {f.id for f in result.findings}
    not_checked = {line.split(":")[0] for line in result.not_checked}
    needing = {"profile.no_photo", "profile.new_account", "profile.many_connections_no_mutuals",
               "profile.followers_below_connections", "profile.no_original_activity",
               "profile.no_endorsements", "profile.unverified",
               "profile.business_persona_personal_contact"}
    assert needing <= not_checked
    assert not needing & fired
    assert "input does not show photo" in " ".join(result.not_checked)


def test_a_need_naming_a_context_field_is_looked_up_in_the_context():
    sig = Signal("profile.x", "profile", "low", "X", "advice", "doc", ("photo", "viewer"),
                 lambda subject, ctx: iter(()))
    with_photo = profile(photo={"present": True})
    assert sig.missing(with_photo, CTX) == ["viewer"]
    assert sig.missing(with_photo, replace(CTX, viewer=profile())) == []
    assert sig.missing(profile(), replace(CTX, viewer=profile())) == ["photo"]
    assert sig.missing(with_photo) == ["viewer"]  # no context given: the viewer is unknown


def test_targeting_is_listed_as_not_checked_without_a_viewer():
    result = run_signals("profile", profile(headline="Fashion Recruiter"), CTX)
    assert "profile.targeting_mismatch: Works in a field unrelated to yours (input does not " \
        "show viewer)" in result.not_checked
    assert "profile.targeting_mismatch" not in {f.id for f in result.findings}


def test_targeting_is_checked_when_a_viewer_is_given():
    viewer = profile(headline="Nuclear safety engineer")
    result = run_signals("profile", profile(headline="Fashion Recruiter"),
                         replace(CTX, viewer=viewer))
    assert not [n for n in result.not_checked if n.startswith("profile.targeting_mismatch")]
    assert "profile.targeting_mismatch" in {f.id for f in result.findings}
