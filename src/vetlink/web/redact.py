"""What a reporter may see of an assessment.

``photo.reused`` and ``photo.seen_before`` name the persona, verdict, date and case or report
number the photo was indexed under: other teams' cases. A reporter learns that the photo was
seen before and its verdict (enough to act: stop, report); analysts see everything. The
stored report keeps the full assessment; only what is shown or sent to a reporter is
redacted (pages, API answers, and the signed check draft, which is readable by its holder,
so the full assessment waits on the server until the check is reported).
"""

from __future__ import annotations

import re
from typing import Any

from vetlink.domain import Assessment
from vetlink.store.models import User
from vetlink.store.users import has_role

PHOTO_MATCH_FINDINGS = frozenset({"photo.reused", "photo.seen_before"})
VERDICT = re.compile(r"\((hostile|reported|genuine)\) reported ")


def redacted_finding(finding: dict[str, Any]) -> dict[str, Any]:
    found = VERDICT.search(str(finding.get("evidence", "")))
    verdict = found.group(1) if found else "unknown"
    return {**finding, "evidence": f"this photo was seen before (verdict: {verdict}); your "
            "security team has the details"}


def for_viewer(assessment: dict[str, Any], user: User) -> dict[str, Any]:
    """``assessment`` (JSON) as ``user`` may see it."""
    if has_role(user, "analyst"):
        return assessment
    findings = [redacted_finding(f) if f.get("id") in PHOTO_MATCH_FINDINGS else f
                for f in assessment.get("findings", [])]
    return {**assessment, "findings": findings}


def shown_to(assessment: Assessment, user: User) -> Assessment:
    """The model form of :func:`for_viewer`, for pages."""
    if has_role(user, "analyst"):
        return assessment
    return Assessment.model_validate(for_viewer(assessment.to_json(), user))
