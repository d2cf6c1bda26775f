"""Profile signals about what the profile says: offers, wording, contact details, targeting."""

import subprocess
import sys
from dataclasses import replace

from vetlink.signals.base import run_signals

from .profile_support import CTX, findings, profile, run


def placed(signal_id, subject, ctx=CTX):
    """(severity, where, evidence) of every finding one signal raises."""
    return [(f.severity, f.where, f.evidence) for f in findings(signal_id, subject, ctx)]


def test_fees_and_experts_wanted_in_about_is_one_high_finding():
    subject = profile(about="We are seeking senior defence experts. Generous honorarium and "
                      "travel expenses covered.")
    assert placed("profile.offers_in_profile", subject) == [
        ("high", "about", "'seeking senior defence experts', 'Generous honorarium', "
         "'travel expenses covered'")]


def test_paid_papers_inside_an_experience_entry_are_an_offer():
    subject = profile(experience=[
        {"title": "Programme Manager", "company": "Northfield Grid",
         "description": "Managed a €4.000.000 budget for substation upgrades."},
        {"title": "Research Director", "company": "Eastbridge Policy Network",
         "description": "Commissioned papers from serving officials at USD 800 per report; "
                        "organised fully funded study trips for partners."},
    ])
    assert placed("profile.offers_in_profile", subject) == [
        ("high", "experience 2", "'Commissioned papers', 'USD 800 per report', "
         "'fully funded study trips'")]


def test_an_experience_entry_with_an_honorarium_and_experts_wanted_is_high():
    subject = profile(experience=[
        {"title": "Founder", "company": "Atlas Insight",
         "description": "Seeking defence experts for short projects; honoraria paid."}])
    assert placed("profile.offers_in_profile", subject) == [
        ("high", "experience 1", "'Seeking defence experts', 'short projects', 'honoraria'")]


def test_budgets_and_opportunities_in_experience_entries_are_not_offers():
    subject = profile(experience=[
        {"title": "Head of Events", "company": "Royal Society of Tests",
         "description": "Ran a £250k programme of keynote talks and speaking engagements."}])
    assert placed("profile.offers_in_profile", subject) == []


def test_overlapping_offer_phrases_are_quoted_once_per_place_at_their_own_strength():
    subject = profile(headline="Paid advisory roles for former officials",
                      about="Confidential clients only. Paid advisory roles, paid advisory roles.")
    assert placed("profile.offers_in_profile", subject) == [
        ("high", "headline", "'Paid advisory roles'"),
        ("high", "about", "'Confidential clients', 'Paid advisory roles'"),
    ]


def test_an_opportunity_alone_stays_low_beside_a_high_place():
    subject = profile(headline="Paid advisory roles for former officials",
                      about="I represent confidential clients.")
    assert placed("profile.offers_in_profile", subject) == [
        ("high", "headline", "'Paid advisory roles'"),
        ("low", "about", "'confidential clients'"),
    ]


def test_fee_and_opportunity_in_different_places_raise_only_the_stronger_to_high():
    subject = profile(headline="Partner | Consulting opportunities for retired engineers",
                      about="A generous honorarium is paid.")
    assert placed("profile.offers_in_profile", subject) == [
        ("low", "headline", "'Consulting opportunities'"),
        ("high", "about", "'generous honorarium'"),
    ]


def test_consultancy_opportunities_in_headline_alone_is_low():
    subject = profile(headline="Partner | Consulting opportunities for retired engineers")
    assert placed("profile.offers_in_profile", subject) == [
        ("low", "headline", "'Consulting opportunities'")]


def test_think_tank_commissioning_papers_for_an_honorarium_is_high():
    subject = profile(headline="Research Director, Institute for Pacific Security Studies",
                      about="We commission short papers and invite practitioners to share their "
                      "insights with our members. An honorarium is provided.")
    assert placed("profile.offers_in_profile", subject) == [
        ("high", "about", "'commission short papers', 'invite practitioners', "
         "'share their insights with', 'honorarium'")]


def test_invitation_to_keynote_is_medium_and_the_expenses_paid_are_high():
    subject = profile(headline="Summit Director | Inviting keynote speakers",
                      about="All travel expenses paid for invited speakers.")
    assert placed("profile.offers_in_profile", subject) == [
        ("medium", "headline", "'Inviting keynote speakers'"),
        ("high", "about", "'All travel expenses paid', 'invited speakers'"),
    ]


def test_confidential_clients_alone_are_a_low_offer():
    subject = profile(about="I represent confidential clients in the energy sector.")
    assert run("profile.offers_in_profile", subject) == [
        ("profile.offers_in_profile", "low", "'confidential clients'")]


def test_speaker_fee_and_business_class_flights_are_medium():
    subject = profile(headline="Speaker Relations, Global Leaders Summit",
                      about="Confirmed speakers receive a speaking fee, business-class flights "
                      "and five-star accommodation.")
    assert placed("profile.offers_in_profile", subject) == [
        ("medium", "about", "'speaking fee', 'business-class flights', "
         "'five-star accommodation'")]


def test_rate_per_call_for_expert_views_is_high():
    subject = profile(about="Seeking views from export-control practitioners: $300 per call.")
    assert run("profile.offers_in_profile", subject) == [
        ("profile.offers_in_profile", "high",
         "'Seeking views from export-control practitioners', '$300 per call'")]


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
         "5 stock phrases: 'In today's fast-paced world', 'delve into', "
         "'unlock the full potential', 'Passionate about leveraging', "
         "'navigate the complexities of'")]


def test_three_machine_written_phrase_families_are_low():
    subject = profile(about="A testament to teamwork: I embark on each project ready to "
                      "delve deep into the data.")
    assert run("profile.machine_written_text", subject) == [
        ("profile.machine_written_text", "low",
         "3 stock phrases: 'A testament to', 'embark on', 'delve deep'")]


def test_overlapping_phrases_of_two_families_count_once():
    subject = profile(about="Passionate about leveraging my expertise in this ever-evolving "
                      "landscape.")  # four families, two phrases
    assert run("profile.machine_written_text", subject) == []
    subject = profile(about="Passionate about leveraging my expertise, I delve into data in "
                      "this ever-evolving landscape. A testament to teamwork.")
    assert run("profile.machine_written_text", subject) == [
        ("profile.machine_written_text", "low",
         "4 stock phrases: 'Passionate about leveraging my expertise', 'delve into', "
         "'ever-evolving landscape', 'A testament to'")]


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


def test_description_shared_by_three_employers_is_one_finding():
    text = "Connecting senior experts with leading organisations for short projects."
    subject = profile(experience=[
        {"title": "Partner", "company": c, "description": text} for c in ("A", "B", "C")])
    assert placed("profile.templated_text", subject) == [
        ("low", "experience 1", "experience 1, 2 and 3 have the same description: "
         "'Connecting senior experts with leading organisations for short projects.'")]


def test_openings_shared_by_the_same_sections_are_one_finding():
    subject = profile(experience=[
        {"title": "Partner", "company": c, "description": f"I connect senior experts with {w} "
         f"clients for paid projects. We deliver short reports to {w} ministries on time."}
        for c, w in (("A", "energy"), ("B", "policy"), ("C", "defence"))])
    assert run("profile.templated_text", subject) == [
        ("profile.templated_text", "low", "3 sections have sentences starting "
         "'i connect senior experts …', 'we deliver short reports …'")]


def test_same_description_over_three_roles_at_one_employer_is_not_flagged():
    text = "Design and test of flight control software for civil aircraft programmes."
    subject = profile(experience=[
        {"title": t, "company": "Airbus", "description": text}
        for t in ("Lead Engineer", "Senior Engineer", "Engineer")])
    assert run("profile.templated_text", subject) == []


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
    assert placed("profile.off_platform_contact", subject) == [
        ("medium", "about", "'Telegram', anna.lee.advisor@outlook.com")]


def test_contact_details_are_one_finding_per_place_each_quoted_once():
    subject = profile(headline="Advisor | whatsapp +44 7700 900123",
                      about="WhatsApp or whatsapp me on +44 7700 900123 or a.lee@gmail.com; "
                      "write to A.Lee@gmail.com.")
    assert placed("profile.off_platform_contact", subject) == [
        ("medium", "headline", "'whatsapp', +44 7700 900123"),
        ("medium", "about", "'WhatsApp', a.lee@gmail.com, +44 7700 900123"),
    ]


def test_webmail_alone_is_low():
    subject = profile(about="Write to a.lee@gmail.com.")
    assert placed("profile.off_platform_contact", subject) == [
        ("low", "about", "a.lee@gmail.com")]


def test_company_email_in_about_is_not_flagged():
    subject = profile(about="Contact me at a.lee@rolls-royce.com about signal processing jobs.")
    assert run("profile.off_platform_contact", subject) == []


def test_recruiter_with_webmail_and_whatsapp_is_flagged():
    subject = profile(headline="Talent Acquisition Lead", contact={
        "emails": ["talent.lee@gmail.com", "a.lee@hays.com"], "messaging": ["WhatsApp +4477"]})
    assert placed("profile.business_persona_personal_contact", subject) == [
        ("medium", "contact details", "talent.lee@gmail.com, WhatsApp +4477")]


def test_a_personal_detail_given_twice_is_listed_once():
    subject = profile(headline="Talent Acquisition Lead", contact={
        "emails": ["talent.lee@gmail.com", "Talent.Lee@gmail.com "], "messaging": [" "]})
    assert run("profile.business_persona_personal_contact", subject) == [
        ("profile.business_persona_personal_contact", "medium", "talent.lee@gmail.com")]


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


def test_targeting_needs_a_viewer():
    result = run_signals("profile", profile(headline="Fashion Recruiter"), CTX)
    assert [n for n in result.not_checked if n.startswith("profile.targeting_mismatch")] == [
        "profile.targeting_mismatch: Works in a field unrelated to yours (input does not show "
        "viewer)"]


def test_profile_check_does_not_import_the_message_signals():
    code = ("import sys\n"
            "from vetlink.signals.base import signals_of\n"
            "assert any(s.id == 'profile.off_platform_contact' for s in signals_of('profile'))\n"
            "print(sorted(m for m in sys.modules if m in ('vetlink.signals.message', "
            "'vetlink.signals.message_conversation')))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_message_and_profile_signals_share_one_definition_of_the_contact_patterns():
    from vetlink.signals import message, patterns, profile_language

    assert message.phone_numbers is patterns.phone_numbers is profile_language.phone_numbers
    assert message.OFF_PLATFORM_APPS is patterns.OFF_PLATFORM_APPS
