"""From linked pairs to campaigns: a persona graph, communities (Leiden, ``igraph`` +
``leidenalg``), a campaign score from cluster-level features, and each campaign's explanation.

**Communities.** Linked pairs are the edges of a graph weighted by their bits; Leiden (the
constant Potts model, fixed seed) splits each connected part, on its own, into communities, so
a chain of weak links between two operations does not merge them. Communities of one persona
are dropped.

**Campaign score** (how likely the cluster is coordinated), in the spirit of a cluster-level
classifier (Xiao, Freeman and Hwa 2015): a logistic function of features of the whole cluster,
each in 0..1, with weights learned by ``python -m vetlink.campaigns.train_score`` (a seeded,
numpy logistic regression on the clusters found in the in-house generator's output and the
blind development sets; weights in ``model/artefacts/campaign_score.json``, card beside it).
:data:`FEATURE_WEIGHTS` are the earlier written-down priors, used only when the artefact is
missing. The features (shown with each campaign):

- ``shared_photo``: share of members whose photo (near-identical, or the same file) another
  member also uses;
- ``shared_identifier``: share of members sharing a handle or an e-mail address, a phone
  without also sharing the firm or domain (with it, it is the switchboard), or a link path
  off a shared domain (:func:`personal_identifier`);
- ``template_text``: share of members linked to another by near-identical text;
- ``creation_burst``: accounts created close together (1 when all within 30 days, 0 from a
  year apart; 0 when creation dates are unknown);
- ``lure_overlap``: mean Jaccard overlap of the members' finding ids (same approach);
- ``target_overlap``: share of the other members that approached the same department or
  sector as the most common one ((count - 1) / (size - 1): a pair scores 1 only if both did);
- ``genuine_spread``: share of members whose only links are what real colleagues share: firm,
  domain, school or a page on the shared site, or a phone or e-mail together with the same
  firm (a switchboard: :func:`employer_only`);
- ``approach_script``: share of members linked to another by a near-identical approach script;
- ``lure_density``: mean number of finding ids per member, over 4 (capped at 1);
- ``pair_only``: 1 for a campaign of two personas;
- ``employer_photo``: share of the members who share a photo (or photo file) with another
  member only where the two also share a firm, its initials or a domain: a firm's logo or
  team photo that its real staff use (1 when every member does), not a face under several
  names;
- ``weak_glue``: share of the group's links with no photo, handle, phone, e-mail or link
  page: only text, script, firm, initials, domain or school;
- ``unvouched_org``: share of members linked to another through a firm or domain that no
  holder vouches for (:mod:`vetlink.campaigns.holders`: an invented organisation);
- ``weak_pair``: ``weak_glue`` for a campaign of two personas (0 for larger ones): two
  personas held together only by a templated text or script are often two operations (or a
  lone fake) that copied the same hostile template (without it, the refit with dev3 put 7 more
  lone fakes into pairs on blind dev2 and 3 more on dev3).

**A photo is not a membership on its own.** A member of a group of three or more whose every
link inside the group is the photo, and who has no finding at all (no lure, nothing odd in
the profile), is the person whose photo the operation took (or a bystander using the same
stock picture): it is taken out of the members and named in the explanation instead ("the
same photo also appears on ..."), a question for the analyst (:func:`photo_bystanders`).

Before communities are found, each link is classified (:mod:`vetlink.campaigns.evidence`):
organisation-only evidence needs corroboration, and components of personal-identifier links
are kept whole; a link of copied template evidence only (profile text, approach script, a
firm in a borrowed career) is a campaign edge only when the two accounts were made together
(:mod:`vetlink.campaigns.bridges`).
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from vetlink.campaigns.bridges import unanchored
from vetlink.campaigns.evidence import classify
from vetlink.campaigns.link import KINDS, KeyTable, Links, Weights, weak_text_only

FEATURE_WEIGHTS: dict[str, float] = {
    "shared_photo": 3.0,
    "shared_identifier": 3.0,
    "template_text": 1.0,
    "creation_burst": 1.0,
    "lure_overlap": 1.5,
    "target_overlap": 1.0,
    "genuine_spread": -3.0,
}
INTERCEPT = -3.0
SCORE_FILE = (Path(__file__).resolve().parent.parent / "model" / "artefacts"
              / "campaign_score.json")
IDENTIFIER_KINDS = ("handle", "phone", "email", "url")
ORG_KINDS = ("domain", "company", "school", "unvouched")
ORG_EVIDENCE = ("company", "acronym", "domain")  # what one organisation's staff share
PHOTO_KINDS = ("photo", "image")  # the same picture: by its hashes, or the same file
PERSONAL_EVIDENCE = (*PHOTO_KINDS, *IDENTIFIER_KINDS)
LEIDEN_SEED = 42
RESOLUTION = 0.25  # bits of links per pair of members (tuned on seeds 1-3)


@dataclass
class Edge:
    a: int
    b: int
    bits: float
    evidence: list[str]  # kinds, strongest first, e.g. ["photo", "handle"]


@dataclass
class Campaign:
    id: str
    members: list[int]
    score: float
    features: dict[str, float]
    edges: list[Edge]
    evidence: list[dict[str, Any]] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    lures: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
    photo_elsewhere: list[int] = field(default_factory=list)  # see photo_bystanders


def communities(n: int, links: Links, ids: list[str] | None = None,
                strong: np.ndarray | None = None) -> list[list[int]]:
    """Leiden communities (two or more personas) of each connected part of the linked-pair
    graph. Each part is partitioned on its own, so the result is the same whether the parts
    are found here or by the Spark job's connected components. With ``ids`` (the personas'
    stable ids) the graph's vertices and edges are ordered by id, so the partition does not
    depend on the order of the input. With ``strong`` (per link: it carries a personal
    identifier) the connected components of the strong links are kept whole: Leiden runs on
    the graph with each of them contracted to one vertex (its size the number of personas),
    so a chain of shared phones, handles and addresses is not cut."""
    import igraph as ig

    if len(links.i) == 0:
        return []
    nodes = np.unique(np.r_[links.i, links.j])
    if ids is not None:
        nodes = nodes[np.argsort(np.array([ids[v] for v in nodes]), kind="stable")]
    position = np.zeros(n, dtype=np.int64)
    position[nodes] = np.arange(len(nodes))
    a, b = position[links.i], position[links.j]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    order = np.lexsort((hi, lo))
    graph = ig.Graph(n=len(nodes), edges=np.c_[lo[order], hi[order]].tolist())
    graph.es["weight"] = links.total[order].tolist()
    graph.es["strong"] = (strong[order] if strong is not None
                          else np.zeros(len(order), dtype=bool)).tolist()
    groups = []
    for part in graph.connected_components():
        for community in leiden_keeping_strong(graph.subgraph(part)):
            if len(community) >= 2:
                groups.append(sorted(int(nodes[part[v]]) for v in community))
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def leiden_keeping_strong(graph: Any) -> list[list[int]]:
    """Leiden on ``graph`` with the connected components of its strong edges contracted."""
    strong = graph.subgraph_edges(graph.es.select(strong=True), delete_vertices=False)
    atoms = strong.connected_components().membership
    if max(atoms, default=-1) + 1 == graph.vcount():  # no strong edge: plain Leiden
        return leiden(graph)
    sizes = np.bincount(atoms).tolist()
    contracted = graph.copy()
    contracted.contract_vertices(atoms, combine_attrs=None)
    contracted.simplify(multiple=True, loops=False, combine_edges={"weight": "sum"})
    parts = leiden(contracted, sizes)
    members: dict[int, list[int]] = {}
    for vertex, atom in enumerate(atoms):
        members.setdefault(atom, []).append(vertex)
    return [[v for atom in part for v in members[atom]] for part in parts]


def leiden(graph: Any, sizes: list[int] | None = None) -> list[list[int]]:
    """Vertex lists of the Leiden partition of one connected graph, with the constant Potts
    model: a community must hold more than ``RESOLUTION`` bits of links per pair of its
    members (``sizes``: personas per vertex, for contracted vertices). Unlike modularity,
    this does not depend on the rest of the graph."""
    import leidenalg

    if graph.vcount() <= 2 and sizes is None:
        return [list(range(graph.vcount()))]
    if graph.vcount() == 1:
        return [[0]]
    partition = leidenalg.find_partition(graph, leidenalg.CPMVertexPartition,
                                         weights="weight", seed=LEIDEN_SEED,
                                         resolution_parameter=RESOLUTION,
                                         node_sizes=sizes)
    return [list(p) for p in partition]


def edges_within(links: Links, members: list[int]) -> list[Edge]:
    inside = np.isin(links.i, members) & np.isin(links.j, members)
    out = []
    for row in np.flatnonzero(inside):
        bits = links.by_kind[row]
        kinds = [KINDS[k] for k in np.argsort(-bits) if bits[k] > 0]
        out.append(Edge(int(links.i[row]), int(links.j[row]), float(links.total[row]), kinds))
    return out


def employer_only(edge: Edge) -> bool:
    """A link colleagues have: only firm, domain, school or a page on the shared site, or a
    phone or e-mail together with the same firm (the employer's switchboard or address, not a
    personal identifier; the same e-mail domain under different firm names is not that)."""
    kinds = set(edge.evidence)
    if kinds <= set(ORG_KINDS) | {"url"}:
        return "url" not in kinds or "domain" in kinds
    return kinds <= set(ORG_KINDS) | {"phone", "email", "url"} and "company" in kinds


def personal_identifier(edge: Edge) -> bool:
    """The link has a handle or an e-mail address, a phone without the same firm or domain
    (with it, it is the organisation's switchboard), or a link path off a shared domain (on
    it, it is the organisation's site, as colleagues share)."""
    kinds = set(edge.evidence)
    return (bool(kinds & {"handle", "email"})
            or ("phone" in kinds and not kinds & {"company", "domain"})
            or ("url" in kinds and "domain" not in kinds))


def share_with(edges: list[Edge], kinds: tuple[str, ...], size: int) -> float:
    touched = {m for e in edges if set(e.evidence) & set(kinds) for m in (e.a, e.b)}
    return len(touched) / size


def creation_burst(days: list[int]) -> float:
    if len(days) < 2:
        return 0.0
    spread = max(days) - min(days)
    return float(min(1.0, max(0.0, (365 - spread) / (365 - 30))))


def mean_jaccard(sets: list[frozenset[str]]) -> float:
    """Mean pairwise Jaccard overlap (of the first 50; two empty sets overlap 0)."""
    if len(sets) < 2:
        return 0.0
    sample = sets[:50]
    values = [len(a & b) / len(a | b) if a | b else 0.0
              for i, a in enumerate(sample) for b in sample[i + 1:]]
    return float(sum(values) / len(values))


def features_of(table: KeyTable, members: list[int], edges: list[Edge]) -> dict[str, float]:
    size = len(members)
    created = [int(table.created[m]) for m in members if table.created[m] >= 0]
    # departments and sectors (the organisation is context: one deployment has only one)
    target_counts = Counter(t for m in members for t in table.targets[m]
                            if t.startswith(("department:", "sector:")))
    personal = [e for e in edges if not employer_only(e)]
    # members whose every link is what colleagues share (one pass over the edges)
    org_only = set(members) - {m for e in personal for m in (e.a, e.b)}
    weak = share_of_edges(edges, lambda kinds: not kinds & set(PERSONAL_EVIDENCE))
    return {
        "shared_photo": share_with(edges, PHOTO_KINDS, size),
        "shared_identifier": share_with([e for e in personal if personal_identifier(e)],
                                        IDENTIFIER_KINDS, size),
        "template_text": share_with(edges, ("text",), size),
        "creation_burst": creation_burst(created),
        "lure_overlap": mean_jaccard([table.lures[m] for m in members]),
        "target_overlap": ((max(target_counts.values()) - 1) / (size - 1)
                           if target_counts else 0.0),
        "genuine_spread": len(org_only) / size,
        "approach_script": share_with(edges, ("script",), size),
        "lure_density": min(1.0, sum(len(table.lures[m]) for m in members) / (4.0 * size)),
        "pair_only": 1.0 if size == 2 else 0.0,
        "employer_photo": employer_photo(edges, size),
        "weak_glue": weak,
        "weak_pair": weak if size == 2 else 0.0,
        "unvouched_org": share_with(edges, ("unvouched",), size),
        "handoff": share_with(edges, ("handoff",), size),  # one names another (handoff.py)
    }


def share_of_edges(edges: list[Edge], test: Any) -> float:
    """Share of the group's links whose set of evidence kinds passes ``test``."""
    return sum(bool(test(set(e.evidence))) for e in edges) / len(edges) if edges else 0.0


def employer_photo(edges: list[Edge], size: int) -> float:
    """Share of the members who share a photo with another member only where the two also
    share a firm, initials or domain (a logo or team photo; 1 when every member does)."""
    with_org: dict[int, bool] = {}
    for e in edges:
        if set(e.evidence) & set(PHOTO_KINDS):
            ok = bool(set(e.evidence) & set(ORG_EVIDENCE))
            for m in (e.a, e.b):
                with_org[m] = with_org.get(m, True) and ok
    return sum(with_org.values()) / size


def photo_bystanders(table: KeyTable, members: list[int], edges: list[Edge]
                     ) -> tuple[list[int], list[Edge], list[int]]:
    """(members, edges, bystanders): the members linked only by the photo (every link of
    theirs inside the group is the photo or photo file) that look like the photo's owner
    are taken out, with their links: in a group of three or more, one with no finding at all
    (blind dev3: 4 of 4 such owners were members before; one campaign member of this shape
    is lost there, and 2 on dev2); in a group of any size, an established profile
    (:func:`vetlink.campaigns.keys.vouches`) whose every photo partner is a thin account —
    the real person and the fakes that took their picture (blind dev4: 11 photo victims, 5
    of them in pairs with a lone fake; 2 members of a dev2 operation lost). When fewer than
    two members are left after the owner rule, the group is no campaign (members empty)."""
    kinds: dict[int, set[str]] = {m: set() for m in members}
    partners: dict[int, set[int]] = {m: set() for m in members}
    for e in edges:
        kinds[e.a].update(e.evidence)
        kinds[e.b].update(e.evidence)
        partners[e.a].add(e.b)
        partners[e.b].add(e.a)
    photo_only = [m for m in members if kinds[m] and kinds[m] <= set(PHOTO_KINDS)]
    quiet = [m for m in photo_only if not table.lures[m]] if len(members) >= 3 else []
    owners = [m for m in photo_only if m not in quiet and established_owner(table, m, partners[m])]
    out = quiet + owners
    if not out or (len(members) - len(out) < 2 and not owners):
        return members, edges, []
    gone = set(out)
    left = [m for m in members if m not in gone]
    if len(left) < 2:
        return [], [], out
    return left, [e for e in edges if e.a not in gone and e.b not in gone], out


def established_owner(table: KeyTable, member: int, partners: set[int]) -> bool:
    """The member vouches (established) and none of its photo partners does."""
    if len(table.vouches) != len(table):
        return False
    return bool(table.vouches[member]) and not any(table.vouches[p] for p in partners)


@lru_cache(maxsize=1)
def learned_score() -> tuple[dict[str, float], float] | None:
    """(weights, intercept) of the learned campaign score
    (``model/artefacts/campaign_score.json``, written by
    ``python -m vetlink.campaigns.train_score``; card: ``campaign_score.card.md`` there), or
    None when it is missing (then the written-down priors apply)."""
    if not SCORE_FILE.exists():
        return None
    data = json.loads(SCORE_FILE.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["weights"].items()}, float(data["intercept"])


PHOTO_FLOOR = 0.6  # the least score of a group every member of which shares a photo with another


def campaign_score(features: dict[str, float]) -> float:
    """The learned probability, but at least ``PHOTO_FLOOR`` when every member shares a photo
    with another member: one face under several names is the classic tell of made-up personas,
    and such groups (a pair above all) are too rare among the training clusters for the learned
    weights to say so. (The same floor for shared identifiers was tried: on blind dev2 it put
    40 agency staff and 60 big-employer staff into campaigns, so it is not applied.)
    The floor does not apply when every photo link also joins the same firm or domain
    (``employer_photo`` = 1): the staff of a small firm using its logo, a committee its
    conference's logo (blind dev3: 45 of 54 small-firm staff were in campaigns, most by the
    floor alone); then the learned score decides."""
    learned = learned_score()
    weights, intercept = learned if learned else (FEATURE_WEIGHTS, INTERCEPT)
    z = intercept + sum(weights.get(k, 0.0) * v for k, v in features.items())
    score = round(1.0 / (1.0 + math.exp(-z)), 3)
    floor = (features.get("shared_photo", 0.0) >= 1.0
             and features.get("employer_photo", 0.0) < 1.0)
    return max(score, PHOTO_FLOOR) if floor else score


def shared_values(table: KeyTable, members: list[int]) -> list[dict[str, Any]]:
    """Entities two or more members share, rarest kinds first."""
    counts = Counter(v for m in members for v in table.entities[m]
                     # script bands: shown as one line; the current firm: as the firm
                     if not v.startswith(("script:", "current:", "named:", "handoff:")))
    shared = [(v, c) for v, c in counts.items() if c >= 2]
    order = {k: i for i, k in enumerate(KINDS)}
    shared.sort(key=lambda vc: (order[vc[0].split(":", 1)[0]], -vc[1], vc[0]))
    return [{"kind": v.split(":", 1)[0], "value": v.split(":", 1)[1], "personas": c}
            for v, c in shared[:30]]


def explain(table: KeyTable, members: list[int], edges: list[Edge]) -> list[dict[str, Any]]:
    evidence: list[dict[str, Any]] = []
    what = {"photo": "near-identical photo", "text": "near-identical templated text",
            "script": "near-identical approach script",
            "unvouched": "a firm or domain no established profile vouches for (invented?)",
            "handoff": "one persona's messages name another (a hand-off)"}
    for kind in ("photo", "text", "script", "unvouched", "handoff"):
        pairs = [e for e in edges if kind in e.evidence]
        if pairs:
            touched = {m for e in pairs for m in (e.a, e.b)}
            evidence.append({"kind": kind, "value": what[kind], "personas": len(touched)})
    return evidence + shared_values(table, members)


def elsewhere(table: KeyTable, bystanders: list[int]) -> list[dict[str, Any]]:
    """The explanation's lines for the profiles that share only a member's photo."""
    return [{"kind": "photo", "personas": 1,
             "value": f"the same photo also appears on {table.urls[m] or table.names[m]} "
                      "(shares nothing else: not counted as a member; its owner?)"}
            for m in bystanders]


def iso(day: int) -> str | None:
    return date.fromordinal(day).isoformat() if day > 0 else None


def edges_by_community(links: Links, groups: list[list[int]]) -> list[list[Edge]]:
    """The edges inside each community (one pass over the links, not one per community)."""
    community = np.full(int(max(links.i.max(initial=-1), links.j.max(initial=-1))) + 1, -1)
    for number, members in enumerate(groups):
        community[members] = number
    out: list[list[Edge]] = [[] for _ in groups]
    if not len(links.i):
        return out
    inside = np.flatnonzero((community[links.i] == community[links.j])
                            & (community[links.i] >= 0))
    for row in inside:
        bits = links.by_kind[row]
        kinds = [KINDS[k] for k in np.argsort(-bits) if bits[k] > 0]
        out[community[links.i[row]]].append(
            Edge(int(links.i[row]), int(links.j[row]), float(links.total[row]), kinds))
    return out


def build_campaigns(table: KeyTable, links: Links,
                    seconds: dict[str, float] | None = None) -> list[Campaign]:
    """Campaigns of the linked-pair graph (``seconds``, when given, gets the wall time of
    ``clustering``: communities, and ``explanations``: features, scores, evidence)."""
    out = []
    start = time.perf_counter()
    links = settled(table, links)
    classes = classify(table, links)
    admitted = classes.admitted & ~unanchored(table, links, classes.made_together)
    links = admitted_links(links, admitted)
    groups = communities(len(table), links, table.ids, classes.identifier[admitted])
    clustered = time.perf_counter()
    for group, inside in zip(groups, edges_by_community(links, groups), strict=True):
        members, edges, bystanders = photo_bystanders(table, group, inside)
        if len(members) < 2:  # the photo's owner and one persona using it: no campaign
            continue
        features = features_of(table, members, edges)
        seen = [int(d) for m in members for d in (table.created[m], table.contacted[m]) if d > 0]
        targets = Counter(t for m in members for t in table.targets[m])
        lures = Counter(x for m in members for x in table.lures[m])
        out.append(Campaign(
            id="", members=members, score=campaign_score(features), features=features,
            edges=edges, evidence=explain(table, members, edges) + elsewhere(table, bystanders),
            photo_elsewhere=bystanders,
            targets=[t for t, _ in targets.most_common(10)],
            lures=[x for x, _ in lures.most_common(10)],
            first_seen=iso(min(seen)) if seen else None,
            last_seen=iso(max(seen)) if seen else None,
        ))
    out.sort(key=lambda c: (-c.score, -len(c.members), c.members[0]))
    for c in out:
        c.id = campaign_id(table, c.members)
    if seconds is not None:
        seconds["clustering"] = clustered - start
        seconds["explanations"] = time.perf_counter() - clustered
    return out


def settled(table: KeyTable, links: Links) -> Links:
    """The links with the same initials not counted where the same firm name is already
    shared, and without pairs whose only evidence is weak text
    (:func:`vetlink.campaigns.link.weak_text_only`): here, so that the Spark job's links,
    scored block by block, are settled the same way."""
    drop = (links.by_kind[:, KINDS.index("company")] > 0) & (
        links.by_kind[:, KINDS.index("acronym")] > 0)
    by_kind = links.by_kind.copy()
    by_kind[drop, KINDS.index("acronym")] = 0.0
    keep = ~weak_text_only(table, links.i, links.j, by_kind, Weights())
    return Links(links.i[keep], links.j[keep], by_kind[keep].sum(axis=1), by_kind[keep],
                 candidates=links.candidates)


def admitted_links(links: Links, keep: np.ndarray) -> Links:
    return Links(links.i[keep], links.j[keep], links.total[keep], links.by_kind[keep],
                 candidates=links.candidates)


def campaign_id(table: KeyTable, members: list[int]) -> str:
    """A stable id: the same members give the same id whatever the order of the input."""
    import hashlib

    first = sorted(table.ids[m] for m in members)[0]
    return "c-" + hashlib.sha256(first.encode()).hexdigest()[:10]
