"""The guided profile reviewer: for someone who cannot paste anything, question by question
("Is there a photo? Does the career make sense? Did they move you off the platform?").

Each answer that shows a hallmark becomes a Finding and the findings are scored by the same
code as every check (:func:`vetlink.assess.combine`, :mod:`vetlink.scoring`). Where a
question asks exactly what a registered signal checks, the finding is that signal's (same id,
title, severity, advice: the dashboard counts them as the same lure); "not sure" is not
evidence: the question is listed as not checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from vetlink.domain import Assessment, Finding, Severity

ANSWERS = ("yes", "no", "unsure")


@dataclass(frozen=True)
class Question:
    key: str
    ask: str
    hint: str
    flag_on: str  # the answer that shows the hallmark: "yes" or "no"
    id: str
    severity: Severity
    title: str
    advice: str


QUESTIONS: tuple[Question, ...] = (
    Question("photo", "Is there a photo of a real person's face?",
             "A logo, a landscape or an empty circle counts as no.", "no",
             "profile.no_photo", "medium", "No profile photo",
             "Ask yourself why a professional would hide their face."),
    Question("stock_photo", "Does the photo look like a model, a stock image or an "
             "AI-generated face?", "Too perfect, blurred background, odd ears or glasses.",
             "yes", "review.stock_like_photo", "medium", "Photo looks stock or generated",
             "Search the photo with a reverse image search before accepting."),
    Question("career", "Does the career make sense?",
             "Dates that fit, titles that match the employers, a plausible path.", "no",
             "review.career_does_not_add_up", "medium", "The career does not add up",
             "Check the employers and dates independently."),
    Question("employer", "Can you find the employer yourself (its own website, a phone "
             "number you looked up)?", "Not through links in the profile.", "no",
             "review.employer_unverifiable", "medium", "Employer cannot be verified",
             "Call the organisation through a number you find yourself."),
    Question("mutuals", "Do you share mutual connections you actually know?",
             "People you could ask about them.", "no", "review.no_known_mutuals", "low",
             "No mutual connections you know", "Ask a mutual contact before accepting."),
    Question("new", "Is the profile new, or does it have almost no activity or "
             "recommendations?", "", "yes", "review.thin_history", "low",
             "New or empty profile", "Fake personas are often new and thin."),
    Question("offer", "Did they offer paid work, consultancy, a trip or something that "
             "sounds too good to be true?", "", "yes", "message.paid_offer", "medium",
             "An offer that is too good to be true",
             "Hostile approaches often start with paid 'consultancy' or travel."),
    Question("off_platform", "Did they try to move you off the platform (WhatsApp, "
             "Telegram, private email)?", "", "yes", "message.off_platform", "medium",
             "Asked to move to another platform",
             "Stay on the platform; moving away hides the approach from its safety team."),
    Question("elicitation", "Did they ask about your work, your access, your colleagues or "
             "for papers and reports?", "", "yes", "message.elicitation_work", "medium",
             "Asked about your work or access",
             "Do not share anything about your work; report the approach."),
    Question("flattery", "Did they approach you out of the blue with flattery about your "
             "expertise?", "", "yes", "message.flattery", "low", "Unsolicited flattery",
             "Flattery is a common opening; ask why they picked you."),
)


def question_finding(question: Question) -> Finding:
    from vetlink.signals import registry

    known = registry().get(question.id)
    if known is not None:
        return Finding(id=known.id, severity=known.severity, title=known.title,
                       evidence=f"reviewer: {question.ask} — {question.flag_on}",
                       advice=known.advice, where="guided review")
    return Finding(id=question.id, severity=question.severity, title=question.title,
                   evidence=f"reviewer: {question.ask} — {question.flag_on}",
                   advice=question.advice, where="guided review")


def review(answers: dict[str, str], name: str | None = None) -> Assessment:
    """Score the answers (``yes``/``no``/``unsure`` per question key)."""
    from vetlink.assess import Part, combine

    part = Part()
    for question in QUESTIONS:
        answer = answers.get(question.key, "unsure")
        if answer == question.flag_on:
            part.findings.append(question_finding(question))
        elif answer not in ("yes", "no"):
            part.not_checked.append(f"{question.key}: {question.ask} (not answered)")
    subject: dict[str, Any] = {"inputs": ["review"], "answers": {
        q.key: answers.get(q.key, "unsure") for q in QUESTIONS}}
    if name:
        subject["name"] = name
    return combine([part], subject)


@cache
def finding_titles() -> dict[str, str]:
    """Title of every finding id a report can carry: the signal catalogue's, and the guided
    review's own questions."""
    from vetlink.signals import registry

    titles = {q.id: q.title for q in QUESTIONS}
    titles.update({sid: sig.title for sid, sig in registry().items()})
    return titles
