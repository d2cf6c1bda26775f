"""The checklist a learner sees for an item, and the marking of their answer. Titles and
advice come from the signal catalogue, so feedback says exactly what the checks say."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field

from vetlink.errors import InputError
from vetlink.practice.items import Item, catalogue

CHOICES = {"accept": "Accept", "verify": "Verify first", "report": "Report"}
# How each choice is marked: 1 right, 0.5 cautious but not what the situation called for, 0 wrong.
CHOICE_POINTS = {
    "hostile": {"report": 1.0, "verify": 0.5, "accept": 0.0},
    "genuine": {"accept": 1.0, "verify": 1.0, "report": 0.0},
}
DISTRACTORS = 6
# What is never offered: photo and exposure ids need a photo or the learner's own profile, and
# the trained model's verdict is not something a person marks.
NOT_OFFERED_PREFIXES = ("photo.", "exposure.")
NOT_OFFERED = frozenset({"message.model_recruitment_fraud", "profile.machine_written_text"})


@dataclass(frozen=True)
class Hallmark:
    id: str
    title: str
    advice: str
    severity: str


@dataclass
class Marked:
    caught: list[Hallmark] = field(default_factory=list)
    missed: list[Hallmark] = field(default_factory=list)
    wrong: list[Hallmark] = field(default_factory=list)
    choice: str = ""
    choice_points: float = 0.0
    score: float = 0.0  # 0..1


def hallmark(signal_id: str) -> Hallmark:
    """A catalogue entry as shown to learners; an id that left the catalogue keeps its id as
    its title, so old answers still display."""
    found = catalogue().get(signal_id)
    if found is None:
        return Hallmark(signal_id, signal_id, "", "low")
    return Hallmark(signal_id, found.title, found.advice, found.severity)


def offered(signal_id: str, kinds: tuple[str, ...]) -> bool:
    return (signal_id.split(".", 1)[0] in kinds and signal_id not in NOT_OFFERED
            and not signal_id.startswith(NOT_OFFERED_PREFIXES))


def checklist(item: Item) -> list[Hallmark]:
    """The expert's hallmarks plus distractors of the same kinds (profile, message), the same
    for every learner and every visit (seeded by the item), sorted by title."""
    ids = set(item.expert)
    pool = sorted(s for s in catalogue() if offered(s, item.kinds) and s not in ids)
    seed = int.from_bytes(hashlib.sha256(item.key.encode()).digest()[:8], "big")
    wanted = max(DISTRACTORS, 10 - len(ids))
    ids.update(random.Random(seed).sample(pool, min(wanted, len(pool))))
    return sorted((hallmark(i) for i in ids), key=lambda h: h.title.casefold())


def mark(item: Item, chosen: list[str], choice: str) -> Marked:
    """Compare an answer with the expert's; :class:`InputError` for ids not on the item's
    checklist or an unknown choice (tampered forms), before anything is stored."""
    allowed = {h.id for h in checklist(item)}
    unknown = sorted(set(chosen) - allowed)
    if unknown:
        raise InputError(f"these hallmarks are not on this item's checklist: "
                         f"{', '.join(u[:80] for u in unknown[:5])}")
    if choice not in CHOICES:
        raise InputError("choose what you would do: accept, verify first or report")
    picked, expert = set(chosen), set(item.expert)
    marked = Marked(
        caught=[hallmark(i) for i in item.expert if i in picked],
        missed=[hallmark(i) for i in item.expert if i not in picked],
        wrong=[hallmark(i) for i in sorted(picked - expert)],
        choice=choice, choice_points=CHOICE_POINTS[item.verdict][choice],
    )
    marked.score = 0.5 * hallmark_points(len(marked.caught), len(marked.missed),
                                         len(marked.wrong)) + 0.5 * marked.choice_points
    return marked


def hallmark_points(caught: int, missed: int, wrong: int) -> float:
    """The share of right marks among everything that was either expected or marked (1 when
    nothing was expected and nothing marked)."""
    total = caught + missed + wrong
    return 1.0 if total == 0 else caught / total
