"""How findings combine into a score.

Each finding has a weight ``w`` in [0, 1): by default its severity's weight
(info 0, low 0.08, medium 0.2, high 0.45); a model finding's weight is set from its
probability. Findings with the same id count once, at their largest weight (the same red flag
seen twice is still one red flag). The score is

    score = round(100 * (1 - prod(1 - w_i)))

the probability that at least one of the independent red flags is real. Every factor
``(1 - w_i)`` is at most 1, so adding a finding never lowers the score (monotone), and no
number of findings reaches 100 exactly unless one is certain.

Bands follow the "Think Before You Link" profile reviewer: low below 30, medium from 30,
high from 60. One high-severity finding alone (45) is medium; a high and a medium finding
(56) stay medium; two high-severity findings (70), or one high with two medium ones (65),
are high.
"""

from __future__ import annotations

from collections.abc import Iterable

from vetlink.domain import Band, Finding

SEVERITY_WEIGHT: dict[str, float] = {"info": 0.0, "low": 0.08, "medium": 0.2, "high": 0.45}
MEDIUM_FROM = 30
HIGH_FROM = 60


def finding_weight(finding: Finding) -> float:
    if finding.weight is not None:
        return min(max(finding.weight, 0.0), 0.99)
    return SEVERITY_WEIGHT[finding.severity]


def score(findings: Iterable[Finding]) -> int:
    strongest: dict[str, float] = {}
    for finding in findings:
        weight = finding_weight(finding)
        strongest[finding.id] = max(weight, strongest.get(finding.id, 0.0))
    clear = 1.0
    for weight in strongest.values():
        clear *= 1.0 - weight
    return round(100 * (1.0 - clear))


def band(value: int) -> Band:
    if value >= HIGH_FROM:
        return "high"
    if value >= MEDIUM_FROM:
        return "medium"
    return "low"
