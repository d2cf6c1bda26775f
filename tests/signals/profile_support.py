"""Helpers for the profile signal tests: run one signal on a small inline profile."""

from __future__ import annotations

from datetime import date
from typing import Any

from vetlink.domain import Finding, Profile
from vetlink.signals import registry
from vetlink.signals.base import Context

TODAY = date(2026, 11, 28)
CTX = Context(today=TODAY)


def profile(**fields: Any) -> Profile:
    fields.setdefault("name", "Jane Example")
    return Profile.model_validate(fields)


def run(signal_id: str, subject: Profile, ctx: Context = CTX) -> list[tuple[str, str, str]]:
    """(id, severity, evidence) of every finding one signal raises."""
    sig = registry()[signal_id]
    assert not sig.missing(subject, ctx), f"{signal_id} needs {sig.needs}"
    return [(f.id, f.severity, f.evidence) for f in sig.run(subject, ctx)]


def findings(signal_id: str, subject: Profile, ctx: Context = CTX) -> list[Finding]:
    return registry()[signal_id].run(subject, ctx)
