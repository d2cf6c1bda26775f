"""A small store with confirmed-hostile personas, reported by people whose names, notes and
replies are distinctive strings that must never appear in an export."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, update

from vetlink.store import cases, reports
from vetlink.store.db import write_session
from vetlink.store.models import Case, Report
from vetlink.store.reports import NewReport
from vetlink.store.users import create_user

REPORTER = "zebedee.quartermaine"
REPORTER_DEPARTMENT = "defense"
SECRET_NOTE = "NOTE-ZANZIBAR-7731 my colleague Ophelia said so"
SECRET_REPLY = "REPLY-QUOKKA-5520 I work on the Tempest programme, reach me at me@ourorg.example"
REPORTER_EMAIL = "zebedee.quartermaine@ourorg.example"
SECRETS = (REPORTER, SECRET_NOTE.split()[0], "Ophelia", SECRET_REPLY.split()[0], "Tempest",
           REPORTER_EMAIL, "me@ourorg.example", "ourorg.example")
ASSESSMENT = {"schema": "vetlink/assessment/v1", "subject": {}, "score": 80, "band": "high",
              "findings": [{"id": "profile.no_photo", "severity": "high", "title": "t",
                            "evidence": "e"}]}

HOSTILE = {
    "name": "Katie Jones",
    "url": "https://www.linkedin.com/in/katie-jones-csis/",
    "experience": [{"title": "Russia and Eurasia Fellow",
                    "company": "Center for Strategic and International Studies",
                    "start": "2018-01"}],
    "contact": {"emails": ["Katie.Jones+work@gmail.com"], "phones": ["+44 7700 900123"],
                "websites": ["https://think-tank-review.example/fellows"]},
}
CHAT = {"contact": "Alex Recruiter <alex.recruit@proton.me>", "messages": [
    {"sender": "contact", "text": "Great role for you. WhatsApp me on +1 202 555 0143 or see "
     "https://careers-portal.example/apply"},
    {"sender": "user", "text": SECRET_REPLY},
    {"sender": "contact", "text": f"Thanks, I'll write to {REPORTER_EMAIL} then"},
]}
BENIGN = {"name": "Real Person", "url": "https://www.linkedin.com/in/real-person"}


def at(day: int) -> datetime:
    return datetime(2026, 3, day, 9, 30)


def seed(engine: Engine, attribution: str | None = "APT-Example") -> dict[str, Any]:
    """Two confirmed-hostile personas (one with an attribution), one benign case."""
    with write_session(engine) as session:
        reporter = create_user(session, REPORTER, "correct horse battery", "reporter",
                               REPORTER_DEPARTMENT)
        other = create_user(session, "ophelia.x", "correct horse battery", "reporter", None)
        analyst = create_user(session, "sam.analyst", "correct horse battery", "analyst",
                              "Security")
        made = []
        for who, profile, chat, note in (
            (reporter, HOSTILE, None, SECRET_NOTE),
            (other, HOSTILE, None, None),
            (reporter, None, CHAT, SECRET_NOTE),
            (reporter, BENIGN, None, SECRET_NOTE),
        ):
            made.append(reports.create_report(session, NewReport(
                reporter=who, assessment=ASSESSMENT, profile=profile, conversation=chat,
                note=note)))
        session.flush()
        for n, report in enumerate(made):
            session.execute(update(Report).where(Report.id == report.id)
                            .values(created=at(n + 1)))
        ids = [r.case_id for r in made]
        for case_id in (ids[0], ids[2]):
            cases.set_status(session, session.get(Case, case_id), "confirmed_hostile",
                             analyst.id)
        session.execute(update(Case).values(created=at(1), updated=at(10)))
        if attribution:
            session.execute(update(Case).where(Case.id == ids[0])
                            .values(attribution=attribution))
    return {"hostile": ids[0], "chat": ids[2], "benign": ids[3]}
