"""Profile signals about what the profile says: offers, wording, contact details, targeting."""

from dataclasses import replace

from .profile_support import CTX, profile, run


def test_fees_and_experts_wanted_in_about_is_high():
    subject = profile(about="We are seeking senior defence experts. Generous honorarium and "
                      "travel expenses covered.")
    assert run("profile.offers_in_profile", subject) == [
        ("profile.offers_in_profile", "high", "'Generous honorarium'"),
        ("profile.offers_in_profile", "high", "'travel expenses covered'"),
        ("profile.offers_in_profile", "high", "'seeking senior defence experts'"),
    ]


def test_consultancy_opportunities_in_headline_alone_is_low():
    subject = profile(headline="Partner | Consulting opportunities for retired engineers")
    assert run("profile.offers_in_profile", subject) == [
        ("profile.offers_in_profile", "low", "'Consulting opportunities'")]


def test_think_tank_commissioning_papers_for_an_honorarium_is_high():
    subject = profile(headline="Research Director, Institute for Pacific Security Studies",
                      about="We commission short papers and invite practitioners to share their "
                      "insights with our members. An honorarium is provided.")
    assert run("profile.offers_in_profile", subject) == [
        ("profile.offers_in_profile", "high", "'honorarium'"),
        ("profile.offers_in_profile", "high", "'invite practitioners'"),
        ("profile.offers_in_profile", "high", "'share their insights with'"),
        ("profile.offers_in_profile", "high", "'commission short papers'"),
    ]


def test_invitation_to_keynote_with_expenses_is_high():
    subject = profile(headline="Summit Director | Inviting keynote speakers",
                      about="All travel expenses paid for invited speakers.")
    assert run("profile.offers_in_profile", subject) == [
        ("profile.offers_in_profile", "high", "'Inviting keynote speakers'"),
        ("profile.offers_in_profile", "high", "'All travel expenses paid'"),
        ("profile.offers_in_profile", "high", "'invited speakers'"),
    ]


def test_confidential_clients_alone_are_a_low_offer():
    subject = profile(about="I represent confidential clients in the energy sector.")
    assert run("profile.offers_in_profile", subject) == [
        ("profile.offers_in_profile", "low", "'confidential clients'")]


def test_speaker_fee_and_business_class_flights_are_high():
    subject = profile(headline="Speaker Relations, Global Leaders Summit",
                      about="Confirmed speakers receive a speaking fee, business-class flights "
                      "and five-star accommodation.")
    assert run("profile.offers_in_profile", subject) == [
        ("profile.offers_in_profile", "medium", "'speaking fee'"),
        ("profile.offers_in_profile", "medium", "'business-class flights'"),
        ("profile.offers_in_profile", "medium", "'five-star accommodation'"),
    ]


def test_rate_per_call_for_expert_views_is_high():
    subject = profile(about="Seeking views from export-control practitioners: $300 per call.")
    assert run("profile.offers_in_profile", subject) == [
        ("profile.offers_in_profile", "high", "'$300 per call'"),
        ("profile.offers_in_profile", "high", "'Seeking views from export-control practitioners'"),
    ]


def test_job_advert_language_of_a_recruiter_is_not_an_offer():
    subject = profile(headline="Technical Recruiter | Hiring",
                      about="I am recruiting talented software professionals and analysts for "
                      "permanent roles. Competitive salary and pension. I connect "
                      "professionals with great teams.")
    assert run("profile.offers_in_profile", subject) == []


def test_looking_for_a_new_role_is_not_an_offer():
    subject = profile(headline="Data engineer looking for new challenges",
                      about="I am looking for a role in a team that ships. Paid off my loan.")
    assert run("profile.offers_in_profile", subject) == []


def test_several_machine_written_phrase_families_are_flagged():
    subject = profile(about=(
        "In today's fast-paced world, I delve into data to unlock the full potential of teams. "
        "Passionate about leveraging insight, I navigate the complexities of global markets."))
    assert run("profile.machine_written_text", subject) == [
        ("profile.machine_written_text", "medium",
         "5 phrase families: 'delve into', 'In today's fast-paced world', "
         "'navigate the complexities of', 'Passionate about leveraging', "
         "'unlock the full potential'")]


def test_three_machine_written_phrase_families_are_low():
    subject = profile(about="A testament to teamwork: I embark on each project ready to "
                      "delve deep into the data.")
    assert run("profile.machine_written_text", subject) == [
        ("profile.machine_written_text", "low",
         "3 phrase families: 'delve deep', 'A testament to', 'embark on'")]


def test_one_or_two_stock_phrases_are_not_flagged():
    subject = profile(about="I delve into sensor data. I build test rigs for jet engines and "
                      "write the analysis tools my team uses.")
    assert run("profile.machine_written_text", subject) == []


def test_buzzword_soup_is_flagged():
    subject = profile(about=(
        "Visionary, results-driven thought leader. I leverage synergies and innovative, "
        "world-class, cutting-edge strategies to empower stakeholders with exciting, "
        "rewarding and transformational opportunities for my clients across the world."))
    assert run("profile.buzzword_heavy", subject) == [
        ("profile.buzzword_heavy", "medium",
         "13 buzzwords in 27 words (48%): visionary, results-driven, thought leader, leverage, "
         "synergies, innovative, world-class, cutting-edge")]


def test_factual_summary_with_a_few_buzzwords_is_not_flagged():
    subject = profile(about=(
        "Structural engineer with 12 years on bridges and tunnels in the UK. I led the "
        "innovative retrofit of the Severn crossing bearings and work with stakeholders in "
        "Network Rail and National Highways on strategic assessments of ageing structures."))
    assert run("profile.buzzword_heavy", subject) == []


def test_same_description_at_different_employers_is_flagged():
    text = "Connecting senior experts with leading organisations for short projects."
    subject = profile(experience=[
        {"title": "Partner", "company": "Alpha", "description": text},
        {"title": "Partner", "company": "Beta", "description": text}])
    assert run("profile.templated_text", subject) == [
        ("profile.templated_text", "low",
         "experience 1 and 2 have the same description: "
         "'Connecting senior experts with leading organisations for short projects.'")]


def test_same_sentence_template_in_three_jobs_is_flagged():
    subject = profile(experience=[
        {"title": "Partner", "company": c, "description": f"I connect senior experts with {w} "
         "clients for paid projects."} for c, w in (("A", "energy"), ("B", "policy"),
                                                    ("C", "defence"))])
    assert run("profile.templated_text", subject) == [
        ("profile.templated_text", "low",
         "3 sections have sentences starting 'i connect senior experts …'")]


def test_bullets_repeating_an_opening_within_one_job_are_not_flagged():
    bullets = "\n".join(f"Responsible for the design of the {x} subsystem."
                        for x in ("radar", "power", "cooling", "display"))
    subject = profile(experience=[{"title": "Engineer", "company": "BAE", "description": bullets}])
    assert run("profile.templated_text", subject) == []


def test_same_description_after_a_promotion_is_not_flagged():
    text = "Design and test of flight control software for civil aircraft programmes."
    subject = profile(experience=[
        {"title": "Senior Engineer", "company": "Airbus", "description": text},
        {"title": "Engineer", "company": "Airbus", "description": text}])
    assert run("profile.templated_text", subject) == []


def test_messaging_app_and_webmail_in_about_are_flagged():
    subject = profile(about="Reach me on Telegram or at anna.lee.advisor@outlook.com anytime.")
    assert run("profile.off_platform_contact", subject) == [
        ("profile.off_platform_contact", "medium", "'Telegram'"),
        ("profile.off_platform_contact", "low", "anna.lee.advisor@outlook.com"),
    ]


def test_company_email_in_about_is_not_flagged():
    subject = profile(about="Contact me at a.lee@rolls-royce.com about signal processing jobs.")
    assert run("profile.off_platform_contact", subject) == []


def test_recruiter_with_webmail_and_whatsapp_is_flagged():
    subject = profile(headline="Talent Acquisition Lead", contact={
        "emails": ["talent.lee@gmail.com", "a.lee@hays.com"], "messaging": ["WhatsApp +4477"]})
    assert run("profile.business_persona_personal_contact", subject) == [
        ("profile.business_persona_personal_contact", "medium", "talent.lee@gmail.com"),
        ("profile.business_persona_personal_contact", "medium", "WhatsApp +4477"),
    ]


def test_engineer_with_gmail_is_not_flagged():
    subject = profile(headline="Software engineer", contact={"emails": ["ann@gmail.com"]})
    assert run("profile.business_persona_personal_contact", subject) == []


NUCLEAR_ENGINEER = profile(headline="Nuclear safety engineer", experience=[
    {"title": "Reactor Physicist", "company": "EDF Energy", "start": "2015"}])


def test_fashion_recruiter_approaching_nuclear_engineer_is_medium():
    subject = profile(headline="Fashion Recruiter | Luxury brands")
    assert run("profile.targeting_mismatch", subject, replace(CTX, viewer=NUCLEAR_ENGINEER)) == [
        ("profile.targeting_mismatch", "medium",
         "their field: fashion ('Fashion'), marketing ('brands'); yours: energy ('Energy'), "
         "engineering ('engineer'), nuclear ('Nuclear')")]


def test_defence_recruiter_approaching_nuclear_engineer_is_not_flagged():
    subject = profile(headline="Recruiter for defence and energy engineering programmes")
    assert run("profile.targeting_mismatch", subject, replace(CTX, viewer=NUCLEAR_ENGINEER)) == []


def test_targeting_is_silent_without_a_viewer():
    assert run("profile.targeting_mismatch", profile(headline="Fashion Recruiter")) == []
