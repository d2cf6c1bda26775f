"""How the parts of a check are combined into what a person reads (issue 17, item 3).

Fresh examples: a genuine named defence recruiter, a conversation that repeats one offer in
every message, a profile checked with a conversation from someone else, and the text model's
explanation.
"""

from __future__ import annotations

from datetime import date

from vetlink.assess import BAND_ADVICE, advice_for, assess, unique_advice
from vetlink.domain import Conversation, Finding, ModelOutput, Profile
from vetlink.render import model_sentence
from vetlink.signals.base import Context

CTX = Context(today=date(2026, 11, 28))
NO_WARNING = "No strong warning signs"

GENUINE_DEFENCE_RECRUITER = Profile.model_validate({
    "name": "Gareth Pennington",
    "headline": "Senior Recruitment Consultant – Defence & Security at Harlow Search Partners",
    "location": "Bristol, England, United Kingdom",
    "connections": 500, "connections_capped": True, "followers": 3100,
    "mutual_connections": 12, "recommendations": 9, "endorsements": 40,
    "about": "I place systems engineers and project managers with defence primes and their "
             "supply chain across the South West. Many roles need SC or DV clearance; I am "
             "happy to explain the vetting process.",
    "experience": [{"title": "Senior Recruitment Consultant", "company": "Harlow Search Partners",
                    "location": "Bristol", "start": "2019-03", "end": None,
                    "description": "Defence and security engineering recruitment."}],
    "activity": [{"kind": "post", "text": "Three new systems engineering roles in Filton."}],
})


def test_named_defence_recruiter_with_track_record_is_not_medium() -> None:
    result = assess(GENUINE_DEFENCE_RECRUITER, context=CTX, use_models=False)
    sector = [f for f in result.findings
              if f.id == "profile.recruiter_targets_sensitive_sectors"]
    assert [f.severity for f in sector] == ["low"]
    assert result.band == "low"


def test_the_same_sector_mention_is_medium_when_the_recruiter_names_no_firm() -> None:
    anonymous = Profile.model_validate({
        **GENUINE_DEFENCE_RECRUITER.model_dump(exclude_none=True),
        "experience": [{"title": "Recruitment Consultant", "company": "Confidential",
                        "start": "2024-01", "end": None}]})
    result = assess(anonymous, context=CTX, use_models=False)
    sector = [f for f in result.findings
              if f.id == "profile.recruiter_targets_sensitive_sectors"]
    assert [f.severity for f in sector] == ["medium"]
    assert "no named employer" in sector[0].evidence


def test_low_band_with_a_medium_finding_never_says_no_warning_signs() -> None:
    medium = Finding(id="message.off_platform", severity="medium", title="Moves platform",
                     evidence="WhatsApp", advice="Keep the conversation where it started.")
    advice = advice_for("low", [medium])
    assert not any(NO_WARNING in a for a in advice)
    assert advice[0].startswith("Some warning signs were found")
    assert "Keep the conversation where it started." in advice
    assert advice_for("low", [])[0] == BAND_ADVICE["low"][0]  # nothing found: reassurance ok


TRAVEL = [
    "Dear Dr Hale, we host a roundtable on space policy in Vienna and would be honoured if "
    "you would speak. All travel expenses are paid.",
    "Flights and hotel are fully covered by us, business class.",
    "We cover all expenses, including a per diem.",
    "Of course your travel and accommodation will be paid.",
]


def test_one_offer_repeated_in_every_message_is_one_finding_with_every_place() -> None:
    conversation = Conversation(contact="Elena Marsh", messages=[
        {"sender": "contact", "text": t} for t in TRAVEL])
    result = assess(conversation=conversation, context=CTX, use_models=False)
    paid = [f for f in result.findings if f.id == "message.expenses_paid"]
    assert len(paid) == 1
    assert paid[0].where is not None and paid[0].where.startswith("messages 1")
    assert "(message 1)" in paid[0].evidence and paid[0].evidence.count("(message ") >= 2
    ids = [f.id for f in result.findings]
    assert len(ids) == len(set(ids))
    assert len(result.advice) == len(set(result.advice))


def test_advice_that_repeats_earlier_advice_is_said_once() -> None:
    advice = unique_advice([
        "Report it to your security team.",
        "Report it to your security team!",
        "Tell your security officer before accepting any invitation.",
        "Report it to your security team, even if you are unsure.",
    ])
    assert advice == ["Report it to your security team.",
                      "Tell your security officer before accepting any invitation.",
                      "Report it to your security team, even if you are unsure."]


def test_profile_and_conversation_from_different_names_are_said_to_differ() -> None:
    conversation = Conversation(contact="Wei Zhang", messages=[
        {"sender": "contact", "text": "Hello, I saw your profile and would like to talk."}])
    result = assess(GENUINE_DEFENCE_RECRUITER, conversation, context=CTX, use_models=False)
    differs = [f for f in result.findings if f.id == "pair.sender_name_differs"]
    assert len(differs) == 1
    assert "Gareth Pennington" in differs[0].evidence and "Wei Zhang" in differs[0].evidence


def test_same_person_under_a_short_name_or_address_is_not_flagged() -> None:
    for contact in ("Gareth", "Dr. Gareth Pennington", "g.pennington@harlowsearch.co.uk",
                    "Gareth Pennington <gp@harlowsearch.co.uk>"):
        conversation = Conversation(contact=contact, messages=[
            {"sender": "contact", "text": "Hello, I have a systems engineering role for you."}])
        result = assess(GENUINE_DEFENCE_RECRUITER, conversation, context=CTX, use_models=False)
        assert "pair.sender_name_differs" not in {f.id for f in result.findings}, contact


def test_model_explanation_shows_only_words_that_raised_the_score() -> None:
    model = ModelOutput(name="recruitment_fraud", version="1.0", probability=0.58,
                        contributions=[{"feature": "hotel", "weight": 0.3},
                                       {"feature": "travel", "weight": -0.4},
                                       {"feature": "expenses", "weight": 0.1}])
    sentence = model_sentence(model)
    assert "58% like a fraudulent job advert" in sentence
    assert "“hotel”, “expenses”" in sentence
    assert "travel" not in sentence


def test_shipped_text_model_explains_with_upward_words_only() -> None:
    from vetlink.model.recruitment import score_text

    out = score_text("Work from home, earn $500 a day, no experience needed. Send your bank "
                     "details and a copy of your passport to start today.")
    assert out.contributions
    assert all(c["weight"] > 0 for c in out.contributions)
