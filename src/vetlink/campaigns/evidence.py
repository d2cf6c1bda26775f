"""Which linked pairs may join a campaign, and which must stay together: the evidence of a
pair sorted into what a person has, what an organisation has, and what an approach has.

- **Personal identifiers**: the same photo (or photo file), messaging handle, or a phone
  number, e-mail address or link page shared by two personas *who do not also share a firm,
  initials or domain*; and near-identical profile text across different firms (a template).
  Two genuine people do not have these in common.
- **Organisational evidence**: the firm, its initials, its domain, a school, and a phone,
  e-mail, link page or text shared *together with* the same firm or domain: the employer's
  switchboard, careers page and boilerplate. Real colleagues share all of this.
- **Approach evidence**: near-identical approach scripts (the contact's messages, their own
  MinHash bands; genuine recruiters also write alike, so it is weak).

A pair is a campaign edge when its personal evidence reaches ``Weights.strong_bits``
(as before), or when its evidence reaches ``Weights.link_bits`` and the approach
**corroborates** it: the two approached the same department or sector and have two points
of the four — a shared finding id, a second one (``SHARED_LURES``), accounts created within
``BURST_DAYS``, approaches within ``CONTACT_DAYS`` (the two timings count apart) — or their
scripts match and they approached the same department with a shared lure and either timing.
Organisation-only evidence, however heavy, never links on its own: the staff of a big
employer share firm, domain, switchboard and boilerplate, but not lures aimed at one
department. A firm or domain none of whose holders vouches for it (``unvouched``:
:mod:`vetlink.campaigns.holders`) needs two points of the four (``UNVOUCHED_POINTS``),
whatever the targets: an operation spreads its personas over departments, a real employer's
staff vouch for it.

Edges with a personal identifier are **strong**: the communities step keeps their connected
components whole (a chain A-B phone, B-C handle, C-D e-mail is one operation) and lets
Leiden split only along weaker edges (:func:`vetlink.campaigns.cluster.communities`).

Everything here is a function of the linked pairs' bits (:class:`Links`) and the personas'
keys (:class:`KeyTable`), vectorised over pairs (no Python per pair), so the one-process
pipeline and the Spark job's per-component clustering give the same edges.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vetlink.campaigns.handoff import handed_off
from vetlink.campaigns.link import KIND_ID, KeyTable, Links, Weights, entity_hash

# a firm's name and initials; a domain shared by personas who claim *different* firms is
# shared infrastructure (a registrant's parent host, one contact-mail domain), not one employer
ORG_ENTITY_KINDS = ("company", "acronym")
MAX_ORG = 8  # organisation values kept per persona (firms of a long career)
SHARED_LURES = 2  # finding ids two assessments share: a second point of corroboration
BURST_DAYS = 90  # accounts created this close together: a point of corroboration
CONTACT_DAYS = 30  # or approaches reported this close together
YOUNG_DAYS = 730  # both accounts made at most this long before their approach: a point
LURE_WORDS = 128  # finding ids are hashed into this many bits
UNVOUCHED_POINTS = 2  # points an unvouched firm or domain needs besides (any target)
UNVOUCHED_DOMAIN_POINTS = 1  # ... an unvouched domain under different claimed firms
SKELETON_BITS = 3.0  # a script skeleton (fee, named event) at most ~9 personas share
SKELETON_LURES = 5  # ... links with this many finding ids shared (the same moves)


@dataclass
class PairClasses:
    """Per linked pair (rows of :class:`Links`)."""

    org_context: np.ndarray  # share a firm, initials or domain (of any frequency)
    personal_bits: np.ndarray  # bits of personal identifiers and cross-firm text
    identifier: np.ndarray  # has a personal identifier (not text alone): a strong edge
    corroborated: np.ndarray  # same targets and lures (or script)
    admitted: np.ndarray  # a campaign edge
    made_together: np.ndarray  # both accounts created within BURST_DAYS (dates known)


def org_matrix(table: KeyTable) -> np.ndarray:
    """(personas, MAX_ORG) uint64 hashes of each persona's firms and initials (0 = none)."""
    return org_matrix_of(table, ORG_ENTITY_KINDS)


def org_matrix_of(table: KeyTable, kinds: tuple[str, ...],
                  rows: np.ndarray | None = None) -> np.ndarray:
    """(personas, MAX_ORG) uint64 hashes of each persona's entities of ``kinds`` (0 = none);
    with ``rows``, only those personas' rows are filled."""
    out = np.zeros((len(table), MAX_ORG), dtype=np.uint64)
    for row in range(len(table)) if rows is None else rows.tolist():
        found = [entity_hash(v) for v in table.entities[row] if v.split(":", 1)[0] in kinds]
        if found:
            out[row, :len(found[:MAX_ORG])] = found[:MAX_ORG]
    return out


def lure_masks(table: KeyTable) -> np.ndarray:
    """(personas, LURE_WORDS // 64) uint64 bit sets of each persona's finding ids."""
    vocab = sorted({x for lures in table.lures for x in lures})
    position = {x: entity_hash("lure:" + x) % LURE_WORDS for x in vocab}
    out = np.zeros((len(table), LURE_WORDS // 64), dtype=np.uint64)
    for row, lures in enumerate(table.lures):
        for x in lures:
            word, bit = divmod(position[x], 64)
            out[row, word] |= np.uint64(1) << np.uint64(bit)
    return out


def target_ids(table: KeyTable, prefix: str, rows: np.ndarray | None = None) -> np.ndarray:
    """An id per persona of its ``department:`` (or ``sector:``, ``organisation:``) target;
    -1 for none (with ``rows``: only those personas are looked at)."""
    names: dict[str, int] = {}
    out = np.full(len(table), -1, dtype=np.int64)
    for row in range(len(table)) if rows is None else rows.tolist():
        for t in table.targets[row]:
            if t.startswith(prefix):
                out[row] = names.setdefault(t, len(names))
                break
    return out


def close(days: np.ndarray, i: np.ndarray, j: np.ndarray, within: int) -> np.ndarray:
    """Both days known and at most ``within`` apart."""
    a, b = days[i], days[j]
    return (a >= 0) & (b >= 0) & (np.abs(a - b) <= within)


def share_any(matrix: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    a, b = matrix[i], matrix[j]
    return ((a[:, :, None] == b[:, None, :]) & (a[:, :, None] != 0)).any(axis=(1, 2))


def classify(table: KeyTable, links: Links, weights: Weights | None = None,
             chunk: int = 200_000) -> PairClasses:
    weights = weights or Weights()
    n = len(links.i)
    org = np.zeros(n, dtype=bool)
    shared_lures = np.zeros(n, dtype=np.int64)
    same_target = np.zeros(n, dtype=bool)
    same_department = np.zeros(n, dtype=bool)
    if n:
        orgs, lures = org_matrix(table), lure_masks(table)
        departments, sectors = target_ids(table, "department:"), target_ids(table, "sector:")
        for start in range(0, n, chunk):
            i, j = links.i[start:start + chunk], links.j[start:start + chunk]
            org[start:start + chunk] = share_any(orgs, i, j)
            shared_lures[start:start + chunk] = np.bitwise_count(lures[i] & lures[j]).sum(axis=1)
            same_department[start:start + chunk] = ((departments[i] == departments[j])
                                                    & (departments[i] >= 0))
            same_target[start:start + chunk] = (same_department[start:start + chunk]
                                                | ((sectors[i] == sectors[j]) & (sectors[i] >= 0)))
    bits = links.by_kind
    k = KIND_ID
    always = bits[:, k["photo"]] + bits[:, k["image"]] + bits[:, k["handle"]]
    contact = (bits[:, k["phone"]] + bits[:, k["email"]] + bits[:, k["url"]]
               + bits[:, k["domain"]])
    personal_ids = always + np.where(org, 0.0, contact)
    # profile text alone is never personal: fakes copy the same hostile templates (dev2: of
    # the admitted text-only pairs at Jaccard >= 0.95, 154 joined different operations and
    # 23 one); text counts towards corroborated evidence below
    script = bits[:, k["script"]] > 0
    created = close(table.created, links.i, links.j, BURST_DAYS)
    contacted = close(table.contacted, links.i, links.j, CONTACT_DAYS)
    burst = created | contacted
    # accounts made together and approaches made together are two separate coincidences
    points = ((shared_lures >= 1).astype(np.int64) + (shared_lures >= SHARED_LURES)
              + created + contacted)
    points = points + young_pair(table, links.i, links.j)
    # organisational (and weak personal) evidence: the same targets and lures or timing
    approach = bits[:, k["script"]] + bits[:, k["skeleton"]] + bits[:, k["handoff"]]
    org_ok = ((links.total - approach >= weights.link_bits) & same_target & (points >= 2))
    # a script: the same department, a shared lure and the same time
    script_ok = script & same_department & (shared_lures >= 1) & burst
    # a firm or domain no holder vouches for (campaigns/holders.py), and UNVOUCHED_POINTS
    # ... one only when it is a domain the two share under *different* claimed firms (no
    # firm name or initials in common): invented infrastructure behind several invented
    # firms, not one employer's staff (blind dev2-4: 0 of the 545 such pairs short of two
    # points joined two operations or a genuine persona)
    cross_firm_domain = (bits[:, k["domain"]] > 0) & ~org
    unvouched_ok = ((bits[:, k["unvouched"]] > 0) & (links.total >= weights.link_bits)
                    & (points >= np.where(cross_firm_domain, UNVOUCHED_DOMAIN_POINTS,
                                          UNVOUCHED_POINTS)))
    # ... and not when what one operation has of its own disagrees (a front firm claimed
    # again by other operations and lone approaches: issue 10, wave 6)
    unvouched_ok[unvouched_ok] = ~front_firm_elsewhere(table, links.i[unvouched_ok],
                                                      links.j[unvouched_ok],
                                                      same_department[unvouched_ok], chunk)
    corroborated = (org_ok | script_ok | unvouched_ok
                    | skeleton_corroborated(bits[:, k["skeleton"]], shared_lures)
                    | handed_off(bits[:, k["handoff"]], same_target, points))
    admitted = (personal_ids >= weights.strong_bits) | corroborated
    return PairClasses(org, personal_ids, personal_ids >= weights.strong_bits, corroborated,
                       admitted, created)


def front_firm_elsewhere(table: KeyTable, i: np.ndarray, j: np.ndarray,
                         same_department: np.ndarray, chunk: int = 200_000) -> np.ndarray:
    """Per pair (the links an unvouched firm or domain would admit): what one operation has of
    its own disagrees — the two were aimed apart (:func:`aimed_apart`) or give different web
    domains (:func:`other_domains`). Only the personas of these pairs are looked at."""
    if not len(i):
        return np.zeros(0, dtype=bool)
    rows = np.unique(np.r_[i, j])
    out = aimed_apart(target_ids(table, "organisation:", rows), i, j, same_department)
    domains = org_matrix_of(table, ("domain",), rows)
    for start in range(0, len(i), chunk):  # chunks bound share_any's (pairs, 8, 8) array
        part = slice(start, start + chunk)
        out[part] |= other_domains(domains, i[part], j[part])
    return out


def aimed_apart(organisations: np.ndarray, i: np.ndarray, j: np.ndarray,
                same_department: np.ndarray) -> np.ndarray:
    """Per pair: the two approached people of different organisations (both known:
    ``organisations``, ids of the ``organisation:`` targets, the reporters' e-mail domains)
    and not the same department. An operation works one target list; a front firm invented
    once is claimed again by other operations and by lone approaches aimed elsewhere (blind
    dev5: of the admitted links whose only evidence was an unvouched firm or domain, 9 % of
    those joining two operations and 8 % of those joining an operation and a lone approach
    were aimed at the same organisation, against 68 % of those inside one operation).
    Unknown organisations (a pasted conversation, an import without reporters) never count
    as apart, and in one organisation's own deployment every pair has the same one."""
    a, b = organisations[i], organisations[j]
    return (a >= 0) & (b >= 0) & (a != b) & ~same_department


def other_domains(domains: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Per pair: both personas give a web domain (``domains``: rows of ``domain:`` hashes, a
    site or mail address off the common hosts) and they share none. Personas of one
    operation use its infrastructure; an invented firm *name* is claimed again by other
    operations, each with a domain of its own (blind dev5: of the links an unvouched firm
    still admitted with :func:`aimed_apart`, 95 joining two operations had two different
    domains, against 2 inside one operation; dev4: 40 inside one operation, dev3: 8, and
    dev4 recall 0.706 -> 0.702). A persona without a domain contradicts nothing."""
    return (domains[i, 0] != 0) & (domains[j, 0] != 0) & ~share_any(domains, i, j)


def skeleton_corroborated(skeleton_bits: np.ndarray, shared_lures: np.ndarray) -> np.ndarray:
    """A rare script skeleton (the same fee or named event, :mod:`vetlink.campaigns.skeleton`,
    at least ``SKELETON_BITS``) corroborated by the same moves: at least ``SKELETON_LURES``
    finding ids in common. Either alone is common: genuine organisers quote one conference's
    fee, and hostile approaches of different operations make the same moves (dev2: of the
    skeleton pairs admitted on a shared target and timing instead, 65 of 184 joined two
    operations; dev3: 107 of 164)."""
    return (skeleton_bits >= SKELETON_BITS) & (shared_lures >= SKELETON_LURES)


def young_pair(table: KeyTable, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Both accounts made at most ``YOUNG_DAYS`` before their approach was reported (both
    dates known): operations open accounts for the job; genuine staff have had theirs for
    years (dev2: 57 % of campaign personas, 25 % of genuine ones)."""
    age = np.where((table.created >= 0) & (table.contacted >= table.created),
                   table.contacted - table.created, 1 << 40)
    return (age[i] <= YOUNG_DAYS) & (age[j] <= YOUNG_DAYS)
