"""The exposure check: ``check_exposure(profile) -> ExposureReport``.

It runs the ``exposure.*`` signals on the user's own profile and combines the findings with
the same formula as the risk score (:func:`vetlink.scoring.score`: each finding id counted
once at its strongest, ``100 * (1 - prod(1 - w))``, monotone). The level has its own
thresholds, because a single advertised clearance or named programme is enough to put a
profile on a target list: **high** from 45 (one high-severity finding), **medium** from 20
(one medium finding, or three low ones), **low** below.

``top_changes`` are computed, not guessed (and continue past the first three until the level
drops): starting from all findings, each step removes the
findings of one id (a change fixes every place that says the same thing, because the score
counts an id once), re-scores, and keeps the change that lowers the score most. The steps are
cumulative: ``score_after`` is the score once this change and the ones before it are made.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from vetlink import scoring
from vetlink.assess import subject_of
from vetlink.domain import SEVERITY_ORDER, Finding, Profile
from vetlink.signals.base import Context, run_signals

EXPOSURE_SCHEMA: Final = "vetlink/exposure/v1"
Level = Literal["low", "medium", "high"]
HIGH_FROM = 45
MEDIUM_FROM = 20
MAX_CHANGES = 3
NOT_SHOWN = [
    "exposure.privacy_settings: who can see your connections, email, activity and profile "
    "outside your network (no input format shows these settings; check them yourself under "
    "Settings & Privacy > Visibility)",
]


class ExposureChange(BaseModel):
    """One change to the profile and what it does to the exposure."""

    id: str = Field(description="the finding id this change removes")
    title: str
    action: str = Field(description="what to do")
    evidence: list[str] = Field(description="every piece of text to change")
    score_after: int = Field(ge=0, le=100, description="score once this and earlier changes "
                             "are made")
    level_after: Level


class ExposureReport(BaseModel):
    schema_: Literal["vetlink/exposure/v1"] = Field(default=EXPOSURE_SCHEMA, alias="schema")
    subject: dict[str, Any] = Field(default_factory=dict)
    level: Level
    score: int = Field(ge=0, le=100)
    findings: list[Finding] = Field(default_factory=list)
    top_changes: list[ExposureChange] = Field(default_factory=list)
    not_checked: list[str] = Field(default_factory=list)

    model_config = ConfigDict(populate_by_name=True)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


def level_of(score: int) -> Level:
    if score >= HIGH_FROM:
        return "high"
    if score >= MEDIUM_FROM:
        return "medium"
    return "low"


def check_exposure(profile: Profile, ctx: Context | None = None) -> ExposureReport:
    """What the user's own profile tells a hostile service, and what to change first."""
    result = run_signals("exposure", profile, ctx or Context())
    findings = sorted(result.findings, key=lambda f: (-SEVERITY_ORDER[f.severity], f.id))
    value = scoring.score(findings)
    return ExposureReport(
        subject=subject_of(profile, None, ["profile"]),
        level=level_of(value),
        score=value,
        findings=findings,
        top_changes=top_changes(findings),
        not_checked=result.not_checked + NOT_SHOWN,
    )


def top_changes(findings: list[Finding], limit: int = MAX_CHANGES) -> list[ExposureChange]:
    """Greedy: at each step remove the finding id whose removal lowers the score most. At
    least ``limit`` steps (when there are that many), and past them until the level drops
    below the starting one: a list that stops while the level is unchanged tells the user
    nothing about what it takes to lower it."""
    remaining = list(findings)
    changes: list[ExposureChange] = []
    start_level = level_of(scoring.score(findings))
    while remaining and (len(changes) < limit or level_of(scoring.score(remaining)) ==
                         start_level != "low"):
        current = scoring.score(remaining)
        best_id, best_score = None, current
        for fid in sorted({f.id for f in remaining}):
            after = scoring.score(f for f in remaining if f.id != fid)
            if after < best_score:
                best_id, best_score = fid, after
        if best_id is None:
            break
        removed = [f for f in remaining if f.id == best_id]
        remaining = [f for f in remaining if f.id != best_id]
        changes.append(change_for(removed, best_score))
    return changes


def change_for(removed: list[Finding], score_after: int) -> ExposureChange:
    first = removed[0]
    return ExposureChange(
        id=first.id,
        title=first.title,
        action=first.advice or first.title,
        evidence=list(dict.fromkeys(f.evidence for f in removed)),
        score_after=score_after,
        level_after=level_of(score_after),
    )
