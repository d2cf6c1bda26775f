"""Each message signal: the exact evidence on a small inline message, and silence on a near
miss."""

import pytest

from vetlink.signals import registry
from vetlink.signals.base import Context
from vetlink.signals.message_view import MessageView


def run(signal_id: str, text: str, *, attachments: tuple[str, ...] = (),
        user_before: tuple[str, ...] = ()) -> list[tuple[str, str, str | None]]:
    view = MessageView(index=3, text=text, sender="contact", attachments=attachments,
                       user_before=user_before)
    if signal_id.startswith("message.asks_"):  # the real intent model reads the sentence
        from vetlink.approach.asks import with_intents

        view = with_intents([view], {3})[0][0]
    return [(f.evidence, f.severity, f.where) for f in registry()[signal_id].run(view, Context())]


FIRES = [
    ("message.paid_offer", "We would offer an attractive fee for your time.", "attractive fee",
     "high"),
    ("message.paid_offer", "There is an honorarium of 500 euros.", "honorarium", "medium"),
    ("message.paid_offer", "You will be paid $300 per hour.", "You will be paid", "medium"),
    ("message.paid_reports", "We pay £2,000 for each short report on the topic.",
     "pay £2,000 for each short report", "high"),
    ("message.paid_reports", "White papers are paid at a generous rate.",
     "White papers are paid", "high"),
    ("message.expenses_paid", "The trip is all expenses paid.", "all expenses paid", "medium"),
    ("message.expenses_paid", "We will cover your flights and hotel.", "We will cover your flights",
     "medium"),
    ("message.speaking_invitation", "We would like to invite you to speak in Vienna.",
     "invite you to speak", "low"),
    ("message.vague_client", "I am hiring for a confidential client in defence.",
     "confidential client", "medium"),
    ("message.vague_client", "I'm unable to disclose the client until later.",
     "unable to disclose the client", "medium"),
    ("message.unsolicited_offer", "I have an exciting opportunity for you.",
     "an exciting opportunity", "low"),
    ("message.off_platform", "Add me on WhatsApp so we can talk.", "WhatsApp", "medium"),
    ("message.off_platform", "Let's continue by email, it is easier.", "continue by email",
     "medium"),
    ("message.off_platform", "Message me on Signal when you can.", "on Signal", "medium"),
    ("message.personal_email", "Write to li.ming.research@163.com please.",
     "li.ming.research@163.com", "medium"),
    ("message.phone_number", "Call me on +44 20 7946 0958.", "+44 20 7946 0958", "low"),
    ("message.elicitation_sensitive", "Could you share the internal documents on this?",
     "internal documents", "high"),
    ("message.elicitation_sensitive", "Is there an org chart for your unit?", "org chart", "high"),
    ("message.elicitation_sensitive", "Who else works on your team?",
     "Who else works on your team", "high"),
    ("message.elicitation_work", "Tell me more about your current projects.",
     "Tell me more about your current projects", "medium"),
    ("message.clearance_question", "What clearance level do you hold?", "clearance level",
     "medium"),
    ("message.cv_with_clearance", "Please send your CV with your clearance. Thanks!",
     "Please send your CV with your clearance.", "medium"),
    ("message.cv_with_clearance", "Send a CV listing the programmes you have supported.",
     "Send a CV listing the programmes you have supported.", "high"),
    ("message.risky_file", "Please run setup.exe to start the test.", "setup.exe", "high"),
    ("message.open_request", "Kindly enable macros when you open it.", "enable macros", "medium"),
    ("message.open_request", "Download the skill assessment and run it.",
     "Download the skill assessment", "medium"),
    ("message.link_shortener", "Details at https://bit.ly/4abcd here.", "https://bit.ly/4abcd",
     "medium"),
    ("message.lookalike_domain", "Apply at https://linkedln-careers.com/apply now.",
     "https://linkedln-careers.com/apply (imitates linkedin)", "high"),
    ("message.flattery", "Your outstanding expertise is rare.", "outstanding expertise", "low"),
    ("message.urgency", "Please reply within 24 hours.", "within 24 hours", "low"),
    ("message.secrecy", "Please keep this between us.", "keep this between us", "high"),
    ("message.secrecy", "Don't tell your manager about it.", "Don't tell your manager", "high"),
    ("message.secrecy", "We value discretion.", "discretion", "medium"),
    ("message.secrecy", "Please keep this confidential for now.", "keep this confidential",
     "medium"),
    ("message.unusual_payment", "We can pay you in bitcoin.", "pay you in bitcoin", "high"),
    ("message.unusual_payment", "You will receive Amazon gift cards.", "gift cards", "high"),
    ("message.advance_fee", "You must pay a processing fee of $50.", "pay a processing fee",
     "high"),
    ("message.advance_fee", "Please deposit the cheque we mail you.", "deposit the cheque", "high"),
    ("message.meeting_invitation", "An all expenses paid trip to meet the client in Shanghai.",
     "trip to meet the client", "medium"),
    ("message.meeting_invitation", "We would like you to travel to Beijing to meet our director.",
     "travel to Beijing to meet our director", "medium"),
    ("message.meeting_invitation", "My client would fly you to Singapore for meetings.",
     "fly you to Singapore for meetings", "medium"),
    ("message.meeting_invitation", "Let me take you out to dinner when you are in town.",
     "take you out to dinner", "low"),
    ("message.meeting_invitation", "It would be good to meet you in person.",
     "meet you in person", "low"),
    ("message.gift_offer", "Please accept a small token of our appreciation.",
     "small token of our appreciation", "medium"),
    ("message.gift_offer", "We would like to send you a gift for your advice.", "send you a gift",
     "medium"),
    ("message.gift_offer", "You will receive shopping vouchers for each chat.", "shopping vouchers",
     "medium"),
    # Read by the multilingual intent model (sentences written for these tests, not exemplars).
    ("message.asks_team", "Hello! 请问你们团队里谁负责软件部分？", "请问你们团队里谁负责软件部分？",
     "high"),
    ("message.asks_programme", "Wie läuft eigentlich das Projekt mit dem neuen Funkgerät, gibt "
     "es Verzögerungen?", "Wie läuft eigentlich das Projekt mit dem neuen Funkgerät, gibt es "
     "Verzögerungen?", "high"),
    ("message.asks_decisions", "Has your side already agreed on a walk-away price for the "
     "contract?", "Has your side already agreed on a walk-away price for the contract?", "high"),
    ("message.asks_technical", "¿Qué alcance máximo consiguió el misil en las últimas pruebas?",
     "¿Qué alcance máximo consiguió el misil en las últimas pruebas?", "high"),
    ("message.asks_documents", "Thanks again. Could you forward me the draft minutes of the "
     "steering committee?", "Could you forward me the draft minutes of the steering committee?",
     "high"),
    ("message.asks_travel", "你下个月去日内瓦开会是哪几天？", "你下个月去日内瓦开会是哪几天？",
     "high"),
    ("message.asks_clearance", "Please include your DV clearance and the programmes you have "
     "worked on in your CV.", "Please include your DV clearance and the programmes you have "
     "worked on in your CV.", "medium"),
    ("message.asks_off_record", "Can we keep this chat informal and off the record?",
     "Can we keep this chat informal and off the record?", "high"),
    ("message.credential_request", "Please sign in with your Office 365 work account here.",
     "sign in with your Office 365 work account", "high"),
    ("message.work_machine_lure", "Kindly install the viewer on your office PC today.",
     "Kindly install the viewer on your office PC today.", "high"),
    ("message.passport_request", "For the visa we need a scan of your passport.",
     "scan of your passport", "medium"),
]


@pytest.mark.parametrize(("signal_id", "text", "evidence", "severity"), FIRES)
def test_signal_fires_with_the_exact_phrase(signal_id, text, evidence, severity):
    found = run(signal_id, text)
    assert (evidence, severity, "message 3") in found, found


NEAR_MISSES = [
    ("message.paid_offer", "The salary is competitive and we offer a pension."),
    ("message.paid_reports", "I read your report on grid storage; it was very clear."),
    ("message.expenses_paid", "Expenses are your own; the event is free to attend."),
    ("message.speaking_invitation", "I watched the keynotes online last year."),
    ("message.vague_client", "I am hiring for Arm, for a role in Cambridge."),
    ("message.vague_client", "This is a confidential search; I can name the firm on a call."),
    ("message.unsolicited_offer", "Thanks for the opportunity to comment on the draft."),
    ("message.off_platform", "I read about a signal processing conference."),
    ("message.off_platform", "We don't use WhatsApp for work."),
    ("message.personal_email", "Write to jane.doe@arm.com with your questions."),
    ("message.phone_number", "The role pays 55000 and the reference is 104233."),
    ("message.elicitation_sensitive", "The published report is on our website."),
    ("message.elicitation_sensitive", "The role involves handling sensitive information."),
    ("message.elicitation_work", "I work on compilers; my current project is LLVM."),
    ("message.clearance_question", "The clearance sale ends on Friday."),
    ("message.clearance_question", "Send your CV with your current clearance."),
    ("message.cv_with_clearance", "Please send your CV when you have a moment."),
    ("message.risky_file", "The job description is attached as JD.pdf."),
    ("message.open_request", "The job description is on our careers page."),
    ("message.link_shortener", "Details at https://www.example.org/bit/ly here."),
    ("message.lookalike_domain", "Apply at https://careers.linkedin.com/jobs today."),
    ("message.flattery", "I liked your talk."),
    ("message.urgency", "No rush at all, reply whenever suits you."),
    ("message.secrecy", "The programme will be public next week."),
    ("message.unusual_payment", "Payment is by bank transfer to your account after the event."),
    ("message.advance_fee", "We never charge candidates a processing fee."),
    ("message.meeting_invitation", "The conference is at the ExCeL London, 3-5 June; the call for "
     "papers is open on our website, and we hope to see you there."),
    ("message.meeting_invitation", "Travel to the venue is at your own cost; the programme is "
     "public."),
    ("message.meeting_invitation", "Are you coming to the alumni dinner on Friday?"),
    ("message.meeting_invitation", "You would meet the hiring manager at our Cambridge office."),
    ("message.gift_offer", "Our gift shop sells the proceedings."),
    ("message.gift_offer", "We do not send gifts to speakers."),
    ("message.gift_offer", "You will receive Amazon gift cards."),
    ("message.asks_team", "Our team designs antennas for small satellites."),
    ("message.asks_programme", "What is your current notice period?"),
    ("message.asks_decisions", "I hope the move to your new office went well."),
    ("message.asks_technical", "The public specifications are on our website."),
    ("message.asks_documents", "Could you send a title and abstract for your talk?"),
    ("message.asks_travel", "I will be in Geneva next month for a conference."),
    ("message.asks_clearance", "Please send your CV when you have a moment."),
    ("message.asks_off_record", "Who in your press office should I speak to for a comment?"),
    ("message.credential_request", "Forgot your password? Reset it on the university portal."),
    ("message.work_machine_lure", "I saw your talk on securing the work laptop fleet."),
    ("message.passport_request", "Remember to bring your passport to the conference."),
]


@pytest.mark.parametrize(("signal_id", "text"), NEAR_MISSES)
def test_signal_stays_silent_on_a_near_miss(signal_id, text):
    assert run(signal_id, text) == []


def test_risky_attachment_is_named_as_evidence():
    found = run("message.risky_file", "See attached.", attachments=("Role_Details.rar",))
    assert found == [("Role_Details.rar", "high", "message 3")]


def test_run_request_next_to_an_archive_is_high():
    found = run("message.open_request", "Run the coding test app inside test.zip.")
    assert found == [("Run the coding test", "high", "message 3")]


def test_work_question_after_the_user_described_their_work_is_high():
    text = "Could you share details about your current project?"
    plain = run("message.elicitation_work", text)
    after = run("message.elicitation_work", text,
                user_before=("I work on radar signal processing.",))
    assert plain == [("details about your current project", "medium", "message 3")]
    assert after == [("details about your current project", "high", "message 3")]


def test_a_general_question_after_the_user_described_their_work_stays_medium():
    found = run("message.elicitation_work", "Tell me more about your current projects!",
                user_before=("I work on Kubernetes at a bank.",))
    assert found == [("Tell me more about your current projects", "medium", "message 3")]


def test_every_message_signal_is_documented_with_advice():
    message_signals = [s for s in registry().values() if s.kind == "message"]
    assert len(message_signals) >= 20
    assert all(s.doc and s.advice and s.title for s in message_signals)


def test_every_message_level_signal_has_a_firing_case_and_a_near_miss():
    from vetlink.signals.message_view import is_conversation_level

    per_message = {s.id for s in registry().values()
                   if s.kind == "message" and not is_conversation_level(s.func)}
    assert per_message == {case[0] for case in FIRES}
    assert per_message == {case[0] for case in NEAR_MISSES}


def all_views() -> list[MessageView]:
    from pathlib import Path

    from vetlink.ingest.conversation import load_conversation
    from vetlink.signals.message_view import message_views

    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "conversations"
    views = [v for path in sorted(fixtures.iterdir()) if path.suffix != ".md"
             for v in message_views(load_conversation(path))]
    texts = [case[1] for case in FIRES + NEAR_MISSES]
    texts += ["DOWNLOAD THE SKİLL ASSESSMENT", "Add me on WHATſAPP", "\u212aeep this between us"]
    return views + [MessageView(index=1, text=t, sender="contact") for t in texts]


def test_the_keyword_prefilter_never_changes_a_finding(monkeypatch):
    from vetlink.signals import message_view

    signals = [s for s in registry().values()
               if s.kind == "message" and not message_view.is_conversation_level(s.func)]
    views = all_views()
    fast = [[(f.id, f.evidence) for s in signals for f in s.run(v, Context())] for v in views]
    monkeypatch.setattr(message_view, "may_match", lambda pattern, text: True)
    slow = [[(f.id, f.evidence) for s in signals for f in s.run(v, Context())] for v in views]
    assert fast == slow
    assert sum(map(len, slow)) > 50
    assert any(f == ("message.open_request", "DOWNLOAD THE SKİLL ASSESSMENT") for f in fast[-3])


def test_the_prefilter_knows_the_words_a_pattern_needs():
    from vetlink.signals.message_view import may_match, required_words, rx

    pattern = rx(r"gift ?cards?", r"western union", r"(?:crypto|bitcoin) wallet")
    assert required_words(pattern) == {"gift", "western union", "wallet"}
    assert not may_match(pattern, "See you at the conference.")
    assert may_match(pattern, "Send it by WESTERN UNION")
    assert required_words(rx(r"\d+ ?(?:a|b)")) is None  # nothing long enough to look for


@pytest.mark.parametrize("text", ["We use Node.js, Next.js and Vue.js every day.",
                                  "Apply on careers.example.com quoting the reference."])
def test_framework_names_and_bare_domains_are_not_risky_files(text):
    assert run("message.risky_file", text) == []


@pytest.mark.parametrize(("text", "name"), [("Open invoice.js to see the offer.", "invoice.js"),
                                            ("Run setup.exe from the pack.", "setup.exe")])
def test_a_script_or_program_named_in_the_text_is_still_risky(text, name):
    assert [e for e, _, _ in run("message.risky_file", text)] == [name]
