"""Profile hallmarks from public case reports (issue 17, item 4), on fresh inline examples:
an institution reached only through personal channels, offers inside experience entries, and
lead-generation personas; each with the genuine look-alike that must stay quiet."""

from __future__ import annotations

from .profile_support import profile, run

JOURNALIST = {"title": "Defence Correspondent", "company": "The Northern Ledger Daily",
              "start": "2022-01", "end": None}


def test_outlet_reporter_with_gmail_and_whatsapp_is_high() -> None:
    subject = profile(headline="Defence Correspondent | The Northern Ledger Daily",
                      experience=[JOURNALIST],
                      contact={"emails": ["reporter.ledger@gmail.com"],
                               "messaging": ["WhatsApp: +44 7700 900123"]})
    assert run("profile.institution_with_personal_contact", subject) == [
        ("profile.institution_with_personal_contact", "high",
         "works for 'The Northern Ledger Daily'; contact given: reporter.ledger@gmail.com, "
         "WhatsApp: +44 7700 900123; the webmail address carries the institution's name")]


def test_university_programme_on_a_free_hosted_site_is_medium() -> None:
    subject = profile(experience=[{"title": "Exchange Coordinator", "company": "Kingsbridge "
                                   "University", "start": "2024-01", "end": None}],
                      contact={"websites": ["https://kingsbridge-exchange.wixsite.com/apply"]})
    found = run("profile.institution_with_personal_contact", subject)
    assert [(sev, ev.endswith("wixsite.com/apply")) for _, sev, ev in found] == [
        ("medium", True)]


def test_plain_private_gmail_of_an_academic_is_only_low() -> None:
    subject = profile(experience=[{"title": "Lecturer", "company": "University of Dunmore",
                                   "start": "2015-09", "end": None}],
                      contact={"emails": ["jane.example@gmail.com"]})
    assert [sev for _, sev, _ in run("profile.institution_with_personal_contact", subject)] \
        == ["low"]


def test_institutional_address_or_own_domain_silences_it() -> None:
    subject = profile(experience=[JOURNALIST], contact={
        "emails": ["j.example@northernledger.co.uk", "jane@gmail.com"],
        "websites": ["https://janeexample.github.io"]})
    assert run("profile.institution_with_personal_contact", subject) == []


def test_developer_github_io_page_and_volunteer_roles_are_not_institution_claims() -> None:
    developer = profile(headline="Backend developer",
                        experience=[{"title": "Backend Developer", "company": "Harbour News "
                                     "Media", "start": "2020-01", "end": None}],
                        contact={"websites": ["https://dev-example.github.io"]})
    assert run("profile.institution_with_personal_contact", developer) == []
    volunteer = profile(experience=[{"title": "Volunteer Speaker", "company": "University of "
                                     "the Third Age", "start": "2020-01", "end": None}],
                        contact={"emails": ["old.prof@gmail.com"],
                                 "websites": ["https://oldprof.blogspot.com"]})
    assert run("profile.institution_with_personal_contact", volunteer) == []


def test_recruiter_with_webmail_free_site_and_telegram_is_high_once() -> None:
    subject = profile(headline="Senior Technical Recruiter at Quillon Digital",
                      experience=[{"title": "Senior Technical Recruiter",
                                   "company": "Quillon Digital", "start": "2025-01"}],
                      contact={"emails": ["recruit.quillon@outlook.com"],
                               "websites": ["https://quillon-careers.github.io"],
                               "messaging": ["Telegram: @quillon_hr"]})
    assert [sev for _, sev, _ in run("profile.business_persona_personal_contact", subject)] \
        == ["high"]
    assert run("profile.institution_with_personal_contact", subject) == []


def test_paid_study_trip_in_an_experience_entry_is_an_offer() -> None:
    subject = profile(experience=[{
        "title": "Programme Officer", "company": "Eastbridge Dialogue Society", "start": "2023-01",
        "description": "We invite civil servants on fully funded study visits to Asia; flights "
                       "and hotels are covered and a daily allowance is paid."}])
    found = run("profile.offers_in_profile", subject)
    assert [(sev, "fully funded study visits" in ev) for _, sev, ev in found] == [("high", True)]


def test_seed_funding_for_dual_use_research_in_a_job_is_high() -> None:
    subject = profile(experience=[{
        "title": "Partner", "company": "Lantern Peak Ventures", "start": "2022-01",
        "description": "Seed funding for university teams in hypersonic materials; no equity "
                       "is required, only regular progress updates."}])
    found = run("profile.offers_in_profile", subject)
    assert found == [("profile.offers_in_profile", "high",
                      "'Seed funding', 'no equity is required', 'hypersonic'")]


def test_commissioned_papers_with_a_fee_per_paper_in_a_job_are_high() -> None:
    subject = profile(experience=[{
        "title": "Research Lead", "company": "Corvane Insight", "start": "2021-01",
        "description": "We commission short technical papers; fees from USD 2,000-4,000 per "
                       "paper."}])
    found = run("profile.offers_in_profile", subject)
    assert [(sev, "'USD 2,000-4,000 per paper'" in ev) for _, sev, ev in found] == [
        ("high", True)]


def test_budgets_in_a_genuine_job_description_are_not_offers() -> None:
    subject = profile(experience=[{
        "title": "Programme Manager", "company": "Aldwick Shipyards", "start": "2019-01",
        "description": "Ran refits for naval ships with budgets of £40m and $5,000,000 a year."}])
    assert run("profile.offers_in_profile", subject) == []


LEAD_GEN = {
    "headline": "Business Development Representative at Brightloop | Helping businesses scale",
    "about": "Passionate about helping businesses unlock their full potential with innovative "
             "solutions. Let's connect and explore synergies!",
    "connections": 500, "connections_capped": True, "recommendations": 0, "endorsements": 0,
    "activity": [], "created": "2026-03-01",
    "experience": [{"title": "Business Development Representative", "company": "Brightloop",
                    "start": "2026-02", "end": None}],
}


def test_lead_generation_persona_is_high_when_new_and_unendorsed() -> None:
    found = run("profile.lead_generation_persona", profile(**LEAD_GEN))
    assert len(found) == 1 and found[0][1] == "high"
    assert "500+ connections" in found[0][2] and "no posts or comments" in found[0][2]


def test_real_sdr_with_posts_and_recommendations_is_not_a_lead_gen_persona() -> None:
    real = {**LEAD_GEN, "recommendations": 3, "endorsements": 30, "created": "2017-01-01",
            "activity": [{"kind": "post", "text": "Hit my target this quarter."}]}
    assert run("profile.lead_generation_persona", profile(**real)) == []
