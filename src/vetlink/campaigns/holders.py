"""An invented organisation, judged by its holders as a group.

An operation invents firms, think tanks, outlets and conference secretariats and gives them
to its personas; the firm's name or its web domain is then shared by several personas — as
a real employer's is by its staff. One value alone cannot tell the two apart (issue 10, wave
4: on blind dev3 the domains of 17 operations were shared by 3..18 personas each, beside
the domains of agencies, expert networks, vendors and think tanks of the same sizes), but its
**holders as a group** can: a real organisation's staff include somebody *established* — a
profile with 500+ connections (LinkedIn's cap), an identity-verified profile, or somebody in
their current role for 8 years or more (``keys.LONG_TENURE_DAYS``) — while an invented
firm's personas are all young in it, thin in connections and unverified. On blind dev3,
61 of the 62 firm and domain values held by 3+ personas of one operation had no holder
with 500+ connections or a verification, against 3 of the 168 held by 3+ genuine personas
only; on dev2 (whose
operations use aged, well-connected accounts) the rule rarely fires either way.

A value of an organisation kind (``current``: the firm of the persona's current role, its
first listed one unless it has ended — a fake's past roles borrow real employers whose staff
are not in the corpus; and ``domain``; initials are too common) held by at least
:data:`MIN_HOLDERS` and at most :data:`MAX_HOLDERS` personas, none of whom vouches for it
(:func:`vetlink.campaigns.keys.vouches`: established, or not showing its connections), is
**unvouched**: its holders' pairs get the evidence kind ``unvouched`` (``BITS``, not
frequency-adjusted: the more thin accounts claim one firm, the less it looks like a firm).
It is organisational evidence: it never makes a campaign edge alone; a pair needs
``evidence.UNVOUCHED_POINTS`` (two) points of corroboration besides (a shared finding id,
accounts made or approaches sent together, both accounts young:
:func:`vetlink.campaigns.evidence.classify`).

The judgement needs every holder of the value, so it is made where the blocks are: in
:func:`vetlink.campaigns.link.link` (the block's members) and in the Spark job (a maximum
over the same window that counts the block's size) — both by :func:`unvouched_blocks`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

MIN_HOLDERS = 3  # a value two personas share is too little to judge a group by
MAX_HOLDERS = 40  # larger unvouched blocks are not expanded (pairs grow as the square;
# dev3's operations hold a firm or domain with at most 18 personas)
BITS = 3.0  # the weight of an unvouched value shared by a pair
# the firm of the current role (not past ones: a fake's career borrows real employers) and
# domains; not initials: many firms share them
JUDGED_KINDS = ("current", "domain")
# an academic institution is never an operation's invention: operations *claim* real ones
# (visiting scholars, think-tank fellows), and its members in a corpus of reports are students
# and visitors, thin accounts too; folded as ``entities.org_key`` folds names
ACADEMIC = ("universit", "uniwersytet", "hochschule", "polytechn", "politecnic",
            "instituteoftechnology", "college", "academyofsciences")


def judged(entity: str) -> bool:
    """False for the ``current:`` key of an academic institution (see :data:`ACADEMIC`): the
    key is weightless and only judged, so it is left out of the key table
    (:func:`vetlink.campaigns.link.key_table`, which the Spark job uses too) and a
    university claimed by thin accounts is never "unvouched". Blind dev3: of the admitted
    pairs whose only evidence was a university as the current employer, judged unvouched,
    32 joined two operations and 12 an operation and a lone fake, 5 one operation (the
    visiting-scholar operations all claim the same few real universities)."""
    kind, _, value = entity.partition(":")
    return kind != "current" or not any(word in value for word in ACADEMIC)


def unvouched_blocks(kind: np.ndarray, size: np.ndarray, vouched: np.ndarray,
                     org_ids: np.ndarray) -> np.ndarray:
    """Per block (its kind, its number of personas, whether any member vouches for it): the
    blocks of an organisation value held by ``MIN_HOLDERS..MAX_HOLDERS`` personas none of
    whom vouches for it (``org_ids``: the kind ids of ``JUDGED_KINDS``, ``link.JUDGED_KIND_IDS``).
    The one rule for one process and the Spark job."""
    return (np.isin(np.asarray(kind, dtype=np.int64), org_ids)
            & (size >= MIN_HOLDERS) & (size <= MAX_HOLDERS) & ~np.asarray(vouched, dtype=bool))


def block_vouched(blocks: Any, vouching: np.ndarray) -> np.ndarray:
    """Per block of a sorted block table: whether any member vouches for its value."""
    if not len(blocks.start):
        return np.zeros(0, dtype=bool)
    flags = vouching[blocks.person].astype(np.int8)
    return np.maximum.reduceat(flags, blocks.start).astype(bool)
