"""``vetlink demo``: demo users and a realistic set of reports and cases (idempotent).

The personas are invented; any likeness to a real person is accidental. Reports are
assessed by :func:`vetlink.assess.assess` like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from vetlink.store import cases, reports
from vetlink.store.db import write_session
from vetlink.store.models import Case, Report, User, utcnow
from vetlink.store.users import create_user

DEMO_USERS = (
    ("alice", "reporter", "Policy Directorate", "alice-demo-2026"),
    ("bob", "reporter", "Research Office", "bob-demo-2026"),
    ("carol", "reporter", "Defence Programmes", "carol-demo-2026"),
    ("sam", "analyst", "Security Team", "sam-demo-2026"),
    ("admin", "admin", "IT", "admin-demo-2026"),
)

AMANDA = {
    "platform": "linkedin", "url": "https://www.linkedin.com/in/example-amanda-chen-talent",
    "name": "Amanda Chen",
    "headline": "Senior Talent Partner | Paid consultancy opportunities for policy experts",
    "photo": {"present": False}, "connections": 500, "connections_capped": True,
    "mutual_connections": 0, "created": "2026-09-14", "recommendations": 0,
    "about": "Our confidential clients, leading think tanks, seek experts in defence and "
    "government policy for short paid research projects. Contact me on WhatsApp.",
    "experience": [{"title": "Senior Talent Partner", "company": "Global Strategy Consulting",
                    "start": "2024-01"}],
    "contact": {"messaging": ["WhatsApp +44 7700 900123"]},
}
VICTOR = {
    "platform": "linkedin", "url": "https://linkedin.com/in/example-victor-lang-forum/",
    "name": "Victor Lang", "headline": "Director, Eurasia Strategy Forum | Conferences",
    "photo": {"present": True}, "connections": 212, "mutual_connections": 1,
    "about": "Inviting senior officials to closed-door roundtables. Travel and honorarium "
    "covered.",
    "experience": [{"title": "Director", "company": "Eurasia Strategy Forum", "start": "2025-02"}],
}
EMILY = {
    "platform": "linkedin", "url": "https://www.linkedin.com/in/example-emily-zhao-hr",
    "name": "Emily Zhao", "headline": "Talent Acquisition | Horizon Defence Partners",
    "photo": {"present": False}, "connections": 48, "mutual_connections": 0,
    "experience": [{"title": "Talent Acquisition Lead", "company": "Horizon Defence Partners",
                    "start": "2026-06"}],
}
PRIYA = {
    "platform": "linkedin", "url": "https://www.linkedin.com/in/example-priya-natarajan",
    "name": "Priya Natarajan", "headline": "Lecturer in Public Policy, University of Leeds",
    "photo": {"present": True}, "connections": 640, "mutual_connections": 23,
    "recommendations": 6,
    "experience": [{"title": "Lecturer", "company": "University of Leeds", "start": "2019-09"}],
    "education": [{"school": "University of Manchester", "degree": "PhD", "end": "2019"}],
}


INVITATION = {
    "platform": "linkedin", "contact": "Victor Lang",
    "messages": [
        {"sender": "contact", "sent": "2026-11-02", "text": "Dear colleague, your work on "
         "energy security is impressive. We host a closed-door roundtable in Singapore next "
         "month; travel, hotel and a generous honorarium are covered."},
        {"sender": "user", "sent": "2026-11-03", "text": "Thank you, who else is attending?"},
        {"sender": "contact", "sent": "2026-11-03", "text": "Senior officials only, it is "
         "confidential. Could you send your slides in advance, and shall we continue on "
         "WhatsApp? My number is +65 8000 0000."},
    ],
}


@dataclass(frozen=True)
class DemoReport:
    reporter: str
    profile: dict[str, Any]
    note: str
    days_ago: int
    conversation: dict[str, Any] | None = None


DEMO_REPORTS = (
    DemoReport("alice", AMANDA, "InMail offering paid 'short research projects'; asked me to "
               "continue on WhatsApp. I did not reply.", 48),
    DemoReport("bob", AMANDA, "Connection request, then a message about a well-paid "
               "consultancy on energy policy.", 33),
    DemoReport("carol", AMANDA, "Same recruiter, asked which programme I work on.", 12),
    DemoReport("carol", VICTOR, "Invited to a roundtable in Singapore, all expenses paid.", 20),
    DemoReport("alice", VICTOR, "Invitation to speak; asked for my slides in advance.", 6,
               INVITATION),
    DemoReport("bob", EMILY, "Recruiter with no photo asked about my clearance level.", 3),
    DemoReport("alice", PRIYA, "Not sure about this one: academic asking to connect.", 9),
)
VERDICTS = {"Amanda Chen": "confirmed_hostile", "Victor Lang": "in_review",
            "Priya Natarajan": "benign"}
NOTES = {"Amanda Chen": "Three approaches across departments within six weeks; same "
         "WhatsApp number. Reported to the platform."}


def seed_users(session: Session) -> list[tuple[str, str, str]]:
    """Create the demo users that do not exist; returns (name, role, password) of new ones."""
    made = []
    for name, role, department, password in DEMO_USERS:
        if session.scalar(select(User.id).where(User.username == name)) is None:
            create_user(session, name, password, role, department)
            made.append((name, role, password))
    return made


def seed_reports(session: Session) -> int:
    from vetlink.assess import assess
    from vetlink.domain import Conversation, Profile

    users = {u.username: u for u in session.scalars(select(User))}
    for item in DEMO_REPORTS:
        profile = Profile.model_validate(item.profile)
        conversation = (Conversation.model_validate(item.conversation)
                        if item.conversation else None)
        assessment = assess(profile, conversation, use_models=False).to_json()
        new = reports.NewReport(reporter=users[item.reporter], assessment=assessment,
                                profile=profile.to_json(), note=item.note, source="demo",
                                conversation=conversation.to_json() if conversation else None)
        report = reports.create_report(session, new)
        session.flush()
        report.created = utcnow() - timedelta(days=item.days_ago, hours=item.days_ago % 7)
        case = session.get(Case, report.case_id)
        if case is not None and case.created > report.created:
            case.created = report.created
    return len(DEMO_REPORTS)


def seed_triage(session: Session) -> None:
    analyst = session.scalar(select(User).where(User.username == "sam"))
    assert analyst is not None
    for case in session.scalars(select(Case)):
        status = VERDICTS.get(case.persona_name)
        if status:
            cases.set_status(session, case, status, analyst.id)
            if status in ("confirmed_hostile", "benign"):
                label = "hostile" if status == "confirmed_hostile" else "benign"
                reports.record_labels(session, case, label, analyst.id)
        if case.persona_name in NOTES:
            cases.add_note(session, case, NOTES[case.persona_name], analyst.id)


def seed(engine: Engine) -> tuple[list[tuple[str, str, str]], int]:
    """Seed once: users that are missing, and the demo reports when there are no reports."""
    with write_session(engine) as session:
        made = seed_users(session)
        if session.scalar(select(Report.id).limit(1)) is not None:
            return made, 0
        count = seed_reports(session)
        session.flush()
        seed_triage(session)
    return made, count
