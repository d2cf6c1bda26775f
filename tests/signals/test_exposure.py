"""Exposure signals: each fires with the exact evidence, why and rewrite on a small inline
profile, and stays silent on a near miss."""

from __future__ import annotations

from typing import Any

from vetlink.domain import Finding, Profile
from vetlink.signals import registry
from vetlink.signals.base import Context

CTX = Context()


def profile(**fields: Any) -> Profile:
    fields.setdefault("name", "Jane Example")
    return Profile.model_validate(fields)


def run(signal_id: str, subject: Profile) -> list[Finding]:
    return registry()[signal_id].run(subject, CTX)


def shown(findings: list[Finding]) -> list[tuple[str, str, str | None, str | None]]:
    return [(f.severity, f.evidence, f.where, f.rewrite) for f in findings]


# --- clearance ---------------------------------------------------------------------------

def test_clearance_in_headline_is_flagged_with_a_rewrite():
    found = run("exposure.clearance", profile(headline="SC cleared systems engineer | Python"))
    assert shown(found) == [("high", "SC cleared systems engineer", "headline",
                             "Systems engineer (security clearance details available on request)")]
    assert found[0].why and "SC (UK)" in found[0].why


def test_clearance_sentence_with_nothing_else_is_rewritten_to_the_on_request_phrase():
    found = run("exposure.clearance",
                profile(about="Currently hold active UKSV DV clearance. I build radar software."))
    assert shown(found) == [("high", "Currently hold active UKSV DV clearance.", "about",
                             "Security clearance details available on request.")]


def test_clearance_cut_from_a_longer_sentence_keeps_the_rest():
    found = run("exposure.clearance", profile(
        about="Holding SC clearance, I have supported MOD and Home Office programmes."))
    assert [f.rewrite for f in found] == [
        "I have supported MOD and Home Office programmes (security clearance details available "
        "on request)."]


def test_clearance_as_a_skill_is_flagged_and_removed():
    found = run("exposure.clearance", profile(skills=["Python", "DV", "Kubernetes"]))
    assert shown(found) == [("high", "DV", "skills", "(remove this item)")]


def test_several_clearances_in_one_sentence_are_one_finding():
    found = run("exposure.clearance", profile(headline="BPSS, SC and DV cleared architect"))
    assert len(found) == 1
    assert found[0].evidence == "BPSS, SC and DV cleared architect"
    assert "BPSS (UK), SC (UK), DV (UK)" in (found[0].why or "")


def test_baseline_check_alone_is_medium():
    found = run("exposure.clearance", profile(headline="Analyst | BPSS checked"))
    assert shown(found)[0][:2] == ("medium", "BPSS checked")


def test_us_clearance_in_a_job_description_is_flagged():
    subject = profile(experience=[{"title": "Engineer", "company": "Leidos",
                                   "description": "Active TS/SCI with Full Scope Poly."}])
    found = run("exposure.clearance", subject)
    assert [(f.evidence, f.where) for f in found] == [
        ("Active TS/SCI with Full Scope Poly.", "experience 1")]


def test_south_carolina_and_company_initials_are_not_clearances():
    subject = profile(location="Columbia, SC", headline="Marketing director at DV Group Ltd",
                      experience=[{"title": "Designer", "company": "Victoria's Secret",
                                   "location": "Columbia, SC"}],
                      skills=["Solar PV", "DV360"])
    assert run("exposure.clearance", subject) == []


# --- programmes --------------------------------------------------------------------------

def test_named_programme_at_a_defence_employer_is_flagged_and_generalised():
    found = run("exposure.programme",
                profile(about="Lead engineer on Project Tempest at BAE. I love cycling."))
    assert shown(found) == [("high", "Lead engineer on Project Tempest at BAE.", "about",
                             "Lead engineer on a combat-air programme.")]


def test_list_of_programmes_in_a_defence_job_is_one_finding():
    subject = profile(experience=[{"title": "Systems Engineer", "company": "BAE Systems",
                                   "description": "Working on Tempest / AUKUS / Dreadnought."}])
    found = run("exposure.programme", subject)
    assert shown(found) == [("high", "Working on Tempest / AUKUS / Dreadnought.", "experience 1",
                             "Working on combat-air and submarine programmes.")]


def test_sector_words_that_are_not_defence_do_not_make_an_employer_sensitive():
    subject = profile(experience=[
        {"title": "Intelligence Analyst", "company": "Business Intelligence Ltd",
         "description": "Delivered Project Phoenix for retail clients."},
        {"title": "Buyer", "company": "Space NK", "description": "Ran Project Glow."}])
    assert run("exposure.programme", subject) == []


def test_project_name_at_an_ordinary_employer_is_not_flagged():
    subject = profile(experience=[{"title": "Developer", "company": "Tesco",
                                   "description": "Delivered Project Phoenix, a new tills app."}])
    assert run("exposure.programme", subject) == []


def test_programme_name_in_a_job_title_becomes_an_adjective():
    subject = profile(experience=[{"title": "Typhoon Avionics Engineer",
                                   "company": "BAE Systems"}])
    assert shown(run("exposure.programme", subject)) == [
        ("high", "Typhoon Avionics Engineer", "experience 1 title",
         "Combat-aircraft Avionics Engineer")]


def test_graduate_scheme_and_job_titles_at_a_defence_employer_are_not_programmes():
    subject = profile(experience=[{
        "title": "Project Planner", "company": "BAE Systems",
        "description": "Joined through the Graduate Programme; Project Manager since 2020."}])
    assert run("exposure.programme", subject) == []


# --- government teams ---------------------------------------------------------------------

def test_team_name_in_a_government_job_is_flagged():
    subject = profile(experience=[{"title": "Policy Advisor, Nuclear Directorate",
                                   "company": "Ministry of Defence"}])
    found = run("exposure.government_team", subject)
    assert shown(found) == [("medium", "Policy Advisor, Nuclear Directorate",
                             "experience 1 title", "Policy Advisor")]


def test_unit_named_next_to_a_department_in_text_is_flagged():
    found = run("exposure.government_team", profile(
        about="Senior analyst in the Counter Terrorism Unit at the Home Office."))
    assert shown(found) == [("medium",
                             "Senior analyst in the Counter Terrorism Unit at the Home Office.",
                             "about", "Senior analyst in a specialist team at the Home Office.")]


def test_verb_before_a_unit_name_is_kept_out_of_the_rewrite():
    subject = profile(experience=[{"title": "Analyst", "company": "Ministry of Defence",
                                   "description": "Managed the Cloud Platform Team."}])
    assert [f.rewrite for f in run("exposure.government_team", subject)] == [
        "Managed a specialist team."]


def test_department_alone_or_a_team_at_a_company_is_not_flagged():
    subject = profile(about="Policy adviser at the Home Office.",
                      experience=[{"title": "Lead, Platform Team", "company": "Monzo"}])
    assert run("exposure.government_team", subject) == []


# --- postings ------------------------------------------------------------------------------

def test_embassy_posting_is_flagged_with_the_place_removed():
    found = run("exposure.posting",
                profile(about="Previously posted to the British Embassy in Moscow."))
    assert shown(found) == [("medium", "Previously posted to the British Embassy in Moscow.",
                             "about", "Previously posted to an overseas diplomatic post.")]


def test_deployment_in_a_military_job_is_flagged():
    subject = profile(experience=[{"title": "Troop Commander", "company": "Royal Marines",
                                   "description": "Deployed to Afghanistan on Op HERRICK 14."}])
    found = run("exposure.posting", subject)
    assert shown(found) == [("medium", "Deployed to Afghanistan on Op HERRICK 14.",
                             "experience 1", "Deployed overseas on operations.")]


def test_tours_keep_their_words_but_lose_the_place():
    subject = profile(experience=[{"title": "Engineering Officer", "company": "Royal Air Force",
                                   "description": "Typhoon avionics. Two operational tours of "
                                   "Afghanistan."}])
    assert [(f.evidence, f.rewrite) for f in run("exposure.posting", subject)] == [
        ("Two operational tours of Afghanistan.", "Two operational tours overseas.")]
    assert [f.rewrite for f in run("exposure.programme", subject)] == ["Combat-aircraft avionics."]


def test_government_job_in_another_country_is_a_posting():
    subject = profile(location="London, United Kingdom", experience=[
        {"title": "Second Secretary", "company": "FCDO", "location": "Moscow, Russia"},
        {"title": "Policy Officer", "company": "FCDO", "location": "London, United Kingdom"},
        {"title": "Developer", "company": "Acme", "location": "Berlin, Germany"}])
    assert shown(run("exposure.posting", subject)) == [
        ("medium", "Moscow, Russia", "experience 1 location",
         "(leave the location out, or write 'overseas')")]


def test_software_deployment_is_not_a_posting():
    subject = profile(experience=[{"title": "DevOps Engineer", "company": "Acme",
                                   "description": "Deployed to Production and AWS daily."}],
                      about="Based in Bristol. Seconded to the Cabinet Office in 2020.")
    assert run("exposure.posting", subject) == []


# --- contact -------------------------------------------------------------------------------

def test_contact_details_are_flagged_by_kind():
    subject = profile(contact={"emails": ["jane.example@gmail.com", "j.example@mod.gov.uk"],
                               "messaging": ["WhatsApp +44 7700 900123"]},
                      about="Call me on 07700 900456.")
    assert [(f.severity, f.evidence, f.where) for f in run("exposure.personal_contact", subject)] \
        == [("low", "jane.example@gmail.com", "contact"),
            ("medium", "j.example@mod.gov.uk", "contact"),
            ("medium", "WhatsApp +44 7700 900123", "contact"),
            ("medium", "07700 900456", "about")]


def test_home_postcode_in_about_is_flagged_but_not_an_office_address_in_a_job():
    subject = profile(about="Happy to meet near home, BS8 1TH.",
                      experience=[{"title": "Analyst", "company": "Acme",
                                   "description": "Office at 30 Hudson Street, New York."}])
    found = run("exposure.personal_contact", subject)
    assert [(f.severity, f.evidence, f.where) for f in found] == [("medium", "BS8 1TH", "about")]


def test_years_and_numbers_are_not_phone_numbers():
    subject = profile(about="Grew revenue from 2019 to 2023 by 1234 5678 units; 25 years.")
    assert run("exposure.personal_contact", subject) == []


# --- offers --------------------------------------------------------------------------------

def test_open_to_consulting_is_medium():
    found = run("exposure.open_to_offers", profile(
        headline="Radar engineer | Open to consulting, advisory and speaking engagements"))
    assert [(f.severity, f.evidence, f.where) for f in found] == [
        ("medium", "Open to consulting, advisory and speaking engagements", "headline")]
    assert "recruiters only" in (found[0].rewrite or "")


def test_open_to_work_is_low_and_keeps_the_rest_of_the_sentence():
    found = run("exposure.open_to_offers",
                profile(about="Radar systems engineer, open to new opportunities in Bristol."))
    assert shown(found) == [("low", "Radar systems engineer, open to new opportunities in "
                             "Bristol.", "about", "Radar systems engineer, in Bristol.")]


def test_offering_consulting_services_to_clients_is_not_an_offer_to_be_approached():
    subject = profile(headline="Consulting engineer", skills=["Consulting", "Public speaking"],
                      about="Our consultancy helps utilities plan networks.")
    assert run("exposure.open_to_offers", subject) == []


# --- photo ---------------------------------------------------------------------------------

def test_a_photo_is_a_note_to_look_not_a_judgement():
    found = run("exposure.photo_review", profile(photo={"present": True, "path": "me.jpg"}))
    assert shown(found)[0][:3] == ("info", "me.jpg", "photo")


def test_no_photo_no_note():
    assert run("exposure.photo_review", profile(photo={"present": False})) == []
