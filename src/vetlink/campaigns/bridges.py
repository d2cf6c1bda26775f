"""Links that copy a template and nothing persona-specific: not campaign edges unless the
accounts were made together.

Hostile approaches are written from the same stock: the same profile templates, the same
approach scripts, quoted by many operations and by lone fakes alike (blind dev2 and dev4:
the predicted campaigns that held two or more operations, or an operation and a lone hostile
approach, were bridged mostly by links whose only evidence was near-identical profile text
or approach script, corroborated by the same target and shared findings — the findings are
the same hostile moves, so they corroborate a template no better than the template itself).
A real firm listed in a fake's past career is the same kind of copy (HSBC, KPMG, PwC,
Control Risks on dev2 and dev4). What one operation has and a copier has not is its own
infrastructure (its current firm, a domain, a handle, a photo: other kinds of evidence) or
its **accounts made together**: an operation opens its personas in a wave (dev2, text-only
links admitted: accounts made within 90 days 192 in one operation, 3 across operations, 2
with a lone fake; otherwise 9, 31 and 17).

So a link whose evidence kinds are all in :data:`TEMPLATE_KINDS`, or in
:data:`CAREER_KINDS` without a current firm the two share, is a campaign edge only when the
two accounts were created within ``evidence.BURST_DAYS`` of each other (both dates known:
``evidence.classify`` tells, as ``PairClasses.made_together``).
Vectorised over the links, a function of the links and the keys only: the one-process
pipeline and the Spark job's per-component clustering call it the same way
(:func:`vetlink.campaigns.cluster.build_campaigns`).
"""

from __future__ import annotations

import numpy as np

from vetlink.campaigns.link import KIND_ID, KINDS, KeyTable, Links

TEMPLATE_KINDS = ("text", "script")  # what any copier of a hostile template also has
# a firm name or school: a borrowed career when neither holds it as the firm
# of the current role (fakes list real employers they never worked for)
CAREER_KINDS = ("company", "school")


def template_only(table: KeyTable, links: Links) -> np.ndarray:
    """Per link: it has evidence, all of it of :data:`TEMPLATE_KINDS` or of
    :data:`CAREER_KINDS` without a shared current firm."""
    has = links.by_kind > 0
    other = [KIND_ID[k] for k in KINDS if k not in TEMPLATE_KINDS + CAREER_KINDS]
    career = [KIND_ID[k] for k in CAREER_KINDS]
    borrowed = ~has[:, career].any(axis=1) | ~same_current(table, links.i, links.j)
    return has.any(axis=1) & ~has[:, other].any(axis=1) & borrowed


def current_firms(table: KeyTable) -> np.ndarray:
    """Per persona: the hash of its ``current:`` firm (0 when none)."""
    out = np.zeros(len(table), dtype=np.uint64)
    rows = np.flatnonzero(table.ent_kind == KIND_ID["current"])
    out[table.ent_person[rows]] = table.ent_key[rows]
    return out


def same_current(table: KeyTable, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    firms = current_firms(table)
    return (firms[i] == firms[j]) & (firms[i] != 0)


def unanchored(table: KeyTable, links: Links, made_together: np.ndarray) -> np.ndarray:
    """Per link: template evidence only, and the accounts were not made together
    (``made_together``: :attr:`vetlink.campaigns.evidence.PairClasses.made_together`, the
    same links)."""
    return template_only(table, links) & ~made_together
