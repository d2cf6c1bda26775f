"""Linking personas: candidate pairs from blocks, a pair score that names its evidence.

**Blocks, never all pairs.** Every persona puts a few 64-bit block keys in one table: each
entity (``handle:jane_r``), each band of its MinHash signature (the band layout of a
``datasketch.MinHashLSH`` at ``TEXT_THRESHOLD``: texts whose Jaccard similarity is above it
share a band with high probability) and each band of its photo hashes (the 192 bits of p, d
and a in ``PHOTO_BANDS`` pieces, for every view: a re-cropped copy within the photo index's
match distance shares a piece with high probability). The table is sorted once (numpy); the
personas that share a key are a block, and only pairs inside blocks are compared. A block is
not expanded when its value weighs nothing (see below: e.g. a school more than 3 personas
share) or when it has more than ``block_cap`` personas: a value that many personas share
(a big employer, a stock phrase) carries almost no weight anyway.

**The pair score** is a sum of log-likelihood ratios in bits, one per kind of evidence (the
strongest value of that kind counts), in the spirit of Fellegi-Sunter record linkage with
term-frequency adjustment: a shared value of kind ``k`` held by ``n`` personas weighs
``BASE[k] - ALPHA * log2(n - 1)``, floored at 0. ``BASE[k]`` is the weight of a value only two
personas share (a personal phone number shared by two "different" people is strong; a shared
school is weak); every doubling of the number of personas holding the value takes ``ALPHA``
bits away, so one agency's real staff sharing its domain, or a common university, add little.
Text evidence needs the signatures' estimated Jaccard similarity ``>= TEXT_THRESHOLD`` and is
scaled by it; photo evidence needs the photo index's match rule (summed p + d + a distance
``<= MATCH_DISTANCE``). Two personas are linked when the sum reaches ``LINK_BITS``. The values
are set in :class:`Weights` (documented in ``docs/campaigns.md``).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from vetlink.campaigns import handoff, holders
from vetlink.campaigns.keys import NUM_PERM, PersonaKeys
from vetlink.photo.index import MATCH_DISTANCE

KINDS = ("photo", "text", "handle", "phone", "email", "url", "domain", "company", "school",
         "image", "acronym", "script", "unvouched", "current", "skeleton", "named", "handoff")
# appended, ids stable: image: the same photo file (sha256 in the profile); acronym: a firm's
# initials (weaker than its name); script: the contact's messages (their own MinHash);
# unvouched: a firm or domain no holder vouches for (campaigns/holders.py); current:
# the firm of the persona's current role (weighs nothing: only judged, by its holders);
# skeleton: the contact's fees and named events (:mod:`vetlink.campaigns.skeleton`);
# named / handoff: a persona's own name / a name its messages write (one block key, pairs
# only across the two: :mod:`vetlink.campaigns.handoff`)
KIND_ID = {kind: i for i, kind in enumerate(KINDS)}
# the kinds of a block whose pairs are made only across two roles (one names, the other is
# named), and the kind those pairs get (:func:`across_roles`; the Spark job the same)
ROLE_KIND_IDS = np.array([KIND_ID["named"], KIND_ID["handoff"]], dtype=np.int64)
JUDGED_KIND_IDS = np.array([KIND_ID[k] for k in holders.JUDGED_KINDS], dtype=np.int64)
ENTITY_KINDS = frozenset(KINDS) - {"photo", "text", "unvouched"}
TEXT_THRESHOLD = 0.5
PHOTO_BANDS = 8  # 192 bits -> 8 pieces of 24 bits
_MASK24 = np.uint64((1 << 24) - 1)


@dataclass(frozen=True)
class Weights:
    base: dict[str, float] = field(default_factory=lambda: {
        "photo": 12.0, "handle": 12.0, "phone": 12.0, "email": 12.0, "url": 8.0,
        "text": 8.0, "domain": 6.0, "company": 5.0, "school": 1.5, "image": 12.0,
        "acronym": 3.0, "script": 3.0, "unvouched": holders.BITS, "current": 0.0,
        "skeleton": 6.0, "named": handoff.BITS, "handoff": handoff.BITS,
    })
    alpha: float = 1.0  # bits taken away per doubling of the personas sharing a value
    # kinds whose value loses less per doubling: a firm name is organisation evidence, which
    # links only with corroboration (:mod:`vetlink.campaigns.evidence`), so an invented firm
    # a dozen personas claim keeps weight (5 - 0.5 * log2(12) = 3.2 bits; a big employer's
    # 85 staff: 1.8) instead of falling to nothing like a shared phone would
    alpha_by_kind: dict[str, float] = field(default_factory=lambda: {
        "company": 0.5, "acronym": 0.5, "unvouched": 0.0, "named": handoff.ALPHA,
        "handoff": handoff.ALPHA})
    link_bits: float = 3.0  # a pair is a candidate edge from this many bits
    # a pair is a campaign edge from this many bits of personal evidence alone (tuned on
    # seeds 1-3); below it, it needs corroboration (:mod:`vetlink.campaigns.evidence`)
    strong_bits: float = 6.0
    block_cap: int = 200  # blocks larger than this are not expanded into pairs


@dataclass
class KeyTable:
    """Every persona's keys in compact arrays (what linking needs, nothing else)."""

    ids: list[str]
    names: list[str]
    urls: list[str | None]
    minhash: np.ndarray  # uint32 (N, NUM_PERM); rows of zeros = no text
    has_text: np.ndarray  # bool (N,)
    photos: list[np.ndarray | None]
    entities: list[tuple[str, ...]]
    lures: list[frozenset[str]]
    targets: list[frozenset[str]]
    created: np.ndarray  # int64 day numbers, -1 unknown
    contacted: np.ndarray
    # the entities as block rows: 64-bit key (entity_hash), persona row, kind id
    ent_key: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint64))
    ent_person: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    ent_kind: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))
    # bool (N,): the profile vouches for its firm (:func:`vetlink.campaigns.keys.vouches`)
    vouches: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))

    def __len__(self) -> int:
        return len(self.ids)

    @staticmethod
    def concat(parts: Sequence[KeyTable]) -> KeyTable:
        """One table of several (rows in order; e.g. the chunks of parallel key workers)."""
        offsets = np.cumsum([0] + [len(p) for p in parts[:-1]])
        return KeyTable(
            ids=[x for p in parts for x in p.ids], names=[x for p in parts for x in p.names],
            urls=[x for p in parts for x in p.urls],
            minhash=np.concatenate([p.minhash for p in parts]),
            has_text=np.concatenate([p.has_text for p in parts]),
            photos=[x for p in parts for x in p.photos],
            entities=[x for p in parts for x in p.entities],
            lures=[x for p in parts for x in p.lures],
            targets=[x for p in parts for x in p.targets],
            created=np.concatenate([p.created for p in parts]),
            contacted=np.concatenate([p.contacted for p in parts]),
            ent_key=np.concatenate([p.ent_key for p in parts]),
            ent_person=np.concatenate([p.ent_person + o for p, o in zip(parts, offsets,
                                                                         strict=True)]),
            ent_kind=np.concatenate([p.ent_kind for p in parts]),
            vouches=np.concatenate([p.vouches for p in parts]))


def key_table(keys: Sequence[PersonaKeys]) -> KeyTable:
    n = len(keys)
    minhash = np.zeros((n, NUM_PERM), dtype=np.uint32)
    has_text = np.zeros(n, dtype=bool)
    for i, k in enumerate(keys):
        if k.minhash is not None:
            minhash[i] = k.minhash
            has_text[i] = True
    entities = [tuple(sorted(e for e in k.entities
                             if e.split(":", 1)[0] in ENTITY_KINDS and holders.judged(e)))
                for k in keys]
    ent_key, ent_person, ent_kind = entity_rows(entities)
    return KeyTable(
        ids=[k.id for k in keys], names=[k.name for k in keys], urls=[k.url for k in keys],
        minhash=minhash, has_text=has_text, photos=[k.photo for k in keys],
        entities=entities, ent_key=ent_key, ent_person=ent_person, ent_kind=ent_kind,
        lures=[k.lures for k in keys], targets=[k.targets for k in keys],
        created=np.array([k.created if k.created is not None else -1 for k in keys],
                         dtype=np.int64),
        contacted=np.array([k.contacted if k.contacted is not None else -1 for k in keys],
                           dtype=np.int64),
        vouches=np.array([k.vouches for k in keys], dtype=bool),
    )


def entity_rows(entities: Sequence[tuple[str, ...]]
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(key, persona, kind) block rows of every persona's entities."""
    keys, people, kinds = [], [], []
    for i, values in enumerate(entities):
        for value in values:
            keys.append(entity_hash(handoff.block_value(value)))
            people.append(i)
            kinds.append(KIND_ID[value.split(":", 1)[0]])
    return (np.array(keys, dtype=np.uint64), np.array(people, dtype=np.int64),
            np.array(kinds, dtype=np.int8))


@lru_cache(maxsize=1)
def text_bands() -> tuple[int, int]:
    """(bands, rows) of a datasketch MinHashLSH at TEXT_THRESHOLD with NUM_PERM permutations."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=TEXT_THRESHOLD, num_perm=NUM_PERM)
    return int(lsh.b), int(lsh.r)


ENTITY_HASH = hashlib.blake2b(digest_size=8)  # never updated: copied (cheaper than set-up)


def entity_hash(value: str) -> int:
    """blake2b (8 bytes, little-endian) of the entity string."""
    digest = ENTITY_HASH.copy()
    digest.update(value.encode())
    return int.from_bytes(digest.digest(), "little")


def _mix(values: np.ndarray, salt: int) -> np.ndarray:
    """A 64-bit hash of each row of small unsigned ints (splitmix-style, vectorised)."""
    h = np.full(values.shape[0], np.uint64((salt * 0x9E3779B97F4A7C15) % (1 << 64)),
                dtype=np.uint64)
    with np.errstate(over="ignore"):
        for col in range(values.shape[1]):
            h ^= values[:, col].astype(np.uint64) + np.uint64(0x9E3779B97F4A7C15)
            h *= np.uint64(0xBF58476D1CE4E5B9)
            h ^= h >> np.uint64(31)
    return h


def block_rows(table: KeyTable) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(key, persona, kind) of every block key, deduplicated."""
    parts = [(table.ent_key, table.ent_person, table.ent_kind)]
    texted = np.flatnonzero(table.has_text)
    bands = band_keys(table, texted)
    for b in range(bands.shape[1]):
        parts.append((bands[:, b], texted, np.full(len(texted), KIND_ID["text"], dtype=np.int8)))
    parts.append(photo_rows(table))
    key = np.concatenate([p[0] for p in parts])
    person = np.concatenate([p[1] for p in parts])
    kind = np.concatenate([p[2] for p in parts])
    order = np.lexsort((person, key))
    key, person, kind = key[order], person[order], kind[order]
    keep = np.ones(len(key), dtype=bool)
    keep[1:] = (key[1:] != key[:-1]) | (person[1:] != person[:-1])
    return key[keep], person[keep], kind[keep]


def band_keys(table: KeyTable, rows: np.ndarray) -> np.ndarray:
    """The block key of each MinHash band of these personas (uint64 (len(rows), bands))."""
    bands, width = text_bands()
    out = np.zeros((len(rows), bands), dtype=np.uint64)
    for b in range(bands):
        out[:, b] = _mix(table.minhash[rows, b * width:(b + 1) * width], 1000 + b)
    return out


def photo_rows(table: KeyTable) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    people, views = [], []
    for i, photo in enumerate(table.photos):
        if photo is not None:
            people.append(np.full(len(photo), i, dtype=np.int64))
            views.append(photo)
    if not views:
        return (np.zeros(0, np.uint64), np.zeros(0, np.int64), np.zeros(0, np.int8))
    person = np.concatenate(people)
    allviews = np.concatenate(views)
    pieces = []
    for band in range(PHOTO_BANDS):
        pieces.append(_mix(bits_at(allviews, band * 24)[:, None], 2000 + band))
    return (np.concatenate(pieces), np.tile(person, PHOTO_BANDS),
            np.full(len(person) * PHOTO_BANDS, KIND_ID["photo"], dtype=np.int8))


def bits_at(hashes: np.ndarray, start: int) -> np.ndarray:
    """24 bits from bit ``start`` of the 192-bit concatenation p|d|a of each row."""
    word, shift = divmod(start, 64)
    low = hashes[:, word] >> np.uint64(shift)
    if shift + 24 > 64:
        low = low | (hashes[:, word + 1] << np.uint64(64 - shift))
    return low & _MASK24


@dataclass
class Blocks:
    """Sorted block table and per-block sizes."""

    key: np.ndarray
    person: np.ndarray
    kind: np.ndarray
    start: np.ndarray  # start index of each block in the sorted table
    size: np.ndarray


def blocks_of(table: KeyTable) -> Blocks:
    return sorted_blocks(*block_rows(table))


def sorted_blocks(key: np.ndarray, person: np.ndarray, kind: np.ndarray) -> Blocks:
    """The ``Blocks`` of block rows sorted by key (then person, as :func:`block_rows`): each
    block's first row and size. The Spark job's key partitions ask here too."""
    if len(key) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Blocks(key, person, kind, empty, empty)
    edges = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    size = np.diff(np.r_[edges, len(key)])
    return Blocks(key, person, kind, edges, size)


def pair_blocks(blocks: Blocks, weights: Weights) -> np.ndarray:
    """Which blocks are expanded into candidate pairs (bool per block).

    A block whose value is so common that it weighs nothing adds nothing, and one of more than
    ``block_cap`` personas is not expanded. A MinHash band is expanded only when its value
    could link a pair on its own (weight >= ``strong_bits``: a band at most 5 personas share):
    the text evidence of every candidate pair is computed from its signatures and the sizes of
    the bands it shares (:func:`text_bits`), so a pair that a text band would add at less
    than ``strong_bits`` only links with another kind of evidence, whose own block adds it.
    Common bands (genuine texts drawn from the same stock sentences) are what made the
    candidate count grow faster than the data."""
    kind = blocks.kind[blocks.start]
    weight = frequency_weight(kind, blocks.size, weights)
    text = kind == KIND_ID["text"]
    return ((blocks.size >= 2) & (blocks.size <= weights.block_cap) & (weight > 0)
            & (~text | (weight >= weights.strong_bits)))


def candidate_rows(blocks: Blocks, weights: Weights, unvouched: np.ndarray | None = None
                   ) -> tuple[np.ndarray, ...]:
    """(i, j, kind, block size) for every pair inside every expandable block, and, for the
    blocks ``unvouched`` marks (:func:`vetlink.campaigns.holders.unvouched_blocks`), every
    pair inside them once more with the kind ``unvouched``."""
    out_i, out_j, out_kind, out_n = [], [], [], []
    chosen = np.flatnonzero(pair_blocks(blocks, weights))
    expansions: list[tuple[np.ndarray, int | None]] = [(chosen, None)]
    if unvouched is not None:
        expansions.append((np.flatnonzero(unvouched), KIND_ID["unvouched"]))
    for picked, as_kind in expansions:
        for size in np.unique(blocks.size[picked]):
            starts = blocks.start[picked[blocks.size[picked] == size]]
            a, b = np.triu_indices(int(size), k=1)
            rows = starts[:, None] + np.arange(size)  # (blocks, size)
            members = blocks.person[rows]
            kinds = (np.repeat(blocks.kind[starts], len(a)) if as_kind is None
                     else np.full(len(starts) * len(a), as_kind, dtype=np.int8))
            keep = across_roles(kinds, blocks.kind[rows][:, a].ravel(),
                                blocks.kind[rows][:, b].ravel())
            out_i.append(members[:, a].ravel()[keep])
            out_j.append(members[:, b].ravel()[keep])
            out_kind.append(pair_kinds(kinds[keep]))
            out_n.append(np.full(int(keep.sum()), size, dtype=np.int64))
    if not out_i:
        z = np.zeros(0, dtype=np.int64)
        return z, z, z.astype(np.int8), z
    i, j = np.concatenate(out_i), np.concatenate(out_j)
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    return lo, hi, np.concatenate(out_kind), np.concatenate(out_n)


def pair_kinds(block_kind: npt.ArrayLike) -> np.ndarray:
    """The kind a block's pairs get: the block's own, or ``handoff`` for a name block
    (``ROLE_KIND_IDS``: either role may be its first member's). Arrays or one id; the one
    process, the all-pairs baseline and the Spark job all ask here."""
    return np.where(np.isin(block_kind, ROLE_KIND_IDS), KIND_ID["handoff"],
                    block_kind).astype(np.asarray(block_kind).dtype)


def across_roles(block_kind: np.ndarray, kind_a: np.ndarray, kind_b: np.ndarray
                 ) -> np.ndarray:
    """Which pairs of a block are made: all of an ordinary block; of a name block
    (``ROLE_KIND_IDS``: a persona's own name and the names its messages write share one key,
    :mod:`vetlink.campaigns.handoff`) only a persona naming another with one named — not two
    personas of one name, nor two that write the same name."""
    return ~np.isin(block_kind, ROLE_KIND_IDS) | (kind_a != kind_b)


def unvouched_of(table: KeyTable, blocks: Blocks) -> np.ndarray:
    """Per block: an organisation value no holder vouches for
    (:func:`vetlink.campaigns.holders.unvouched_blocks`)."""
    if not len(blocks.start):
        return np.zeros(0, dtype=bool)
    vouches = (table.vouches if len(table.vouches) == len(table)
               else np.ones(len(table), dtype=bool))
    return holders.unvouched_blocks(blocks.kind[blocks.start], blocks.size,
                                    holders.block_vouched(blocks, vouches), JUDGED_KIND_IDS)


@dataclass
class Links:
    """Linked pairs: ``i < j``, total bits, and bits per kind (columns follow KINDS)."""

    i: np.ndarray
    j: np.ndarray
    total: np.ndarray
    by_kind: np.ndarray  # float (pairs, len(KINDS))
    candidates: int  # distinct pairs compared


def frequency_weight(kind: np.ndarray, shared_by: np.ndarray, weights: Weights) -> np.ndarray:
    base = np.array([weights.base.get(k, 0.0) for k in KINDS])[kind]
    alpha = np.array([weights.alpha_by_kind.get(k, weights.alpha) for k in KINDS])[kind]
    return np.maximum(base - alpha * np.log2(np.maximum(shared_by - 1, 1)), 0.0)


def link(table: KeyTable, weights: Weights | None = None,
         seconds: dict[str, float] | None = None) -> Links:
    """Linked pairs of a key table (``seconds``, when given, gets the wall time of
    ``blocking``: blocks and candidate pairs, and ``scoring``: the pair scores)."""
    weights = weights or Weights()
    n = len(table)
    start = time.perf_counter()
    blocks = blocks_of(table)
    lo, hi, kind, shared_by = candidate_rows(blocks, weights, unvouched_of(table, blocks))
    blocked = time.perf_counter()
    bits = frequency_weight(kind, shared_by, weights)
    code = lo * np.int64(n) + hi
    del lo, hi
    # strongest value per (pair, kind)
    order = np.lexsort((-bits, kind, code))
    code, kind, bits = code[order], kind[order], bits[order]
    first = np.ones(len(code), dtype=bool)  # (empty when no two personas share a block)
    first[1:] = (code[1:] != code[:-1]) | (kind[1:] != kind[:-1])
    code, kind, bits = code[first], kind[first], bits[first]
    new_pair = np.ones(len(code), dtype=bool)
    new_pair[1:] = code[1:] != code[:-1]
    starts = np.flatnonzero(new_pair)
    pairs = code[starts]
    row_ends = np.r_[starts, len(code)]
    pair_index = np.repeat(np.arange(len(pairs)), np.diff(row_ends))
    del code, order, first, new_pair
    bands = band_sizes(table, blocks)
    parts = []
    # chunks bound the per-kind bits matrix (one empty chunk when there is no candidate)
    for p in range(0, max(len(pairs), 1), SCORE_CHUNK):
        q = min(p + SCORE_CHUNK, len(pairs))
        rows = slice(row_ends[p], row_ends[q])
        by_kind = np.zeros((q - p, len(KINDS)))
        by_kind[pair_index[rows] - p, kind[rows]] = bits[rows]
        parts.append(score_pairs(table, pairs[p:q] // n, pairs[p:q] % n, by_kind, weights,
                                 bands))
    if seconds is not None:
        seconds["blocking"] = blocked - start
        seconds["scoring"] = time.perf_counter() - blocked
    pi, pj, total, by_kind = (np.concatenate([part[k] for part in parts]) for k in range(4))
    return Links(pi, pj, total, by_kind, candidates=len(pairs))


SCORE_CHUNK = 2_000_000  # candidate pairs scored at once


def score_pairs(table: KeyTable, pi: np.ndarray, pj: np.ndarray, by_kind: np.ndarray,
                weights: Weights, bands: tuple[np.ndarray, np.ndarray]
                ) -> tuple[np.ndarray, ...]:
    """The linked pairs among candidates ``pi < pj`` whose shared-block bits per kind are
    ``by_kind`` (text and photo evidence are added or confirmed here), as (i, j, total,
    bits per kind)."""
    by_kind[:, KIND_ID["text"]] = text_bits(table, bands, pi, pj, weights)
    confirm_photo(table, pi, pj, by_kind)
    total = by_kind.sum(axis=1)
    keep = (total >= weights.link_bits) & ~weak_text_only(table, pi, pj, by_kind, weights)
    return pi[keep], pj[keep], total[keep], by_kind[keep]


def weak_text_only(table: KeyTable, i: np.ndarray, j: np.ndarray, by_kind: np.ndarray,
                   weights: Weights) -> np.ndarray:
    """Pairs whose only evidence is text from a common band (the rarest MinHash band the two
    share weighs less than ``strong_bits``: text bits / estimated Jaccard): not links. Such a
    band is not expanded into pairs (:func:`pair_blocks`), so such a pair links only with
    another kind of evidence; the all-pairs baseline, which compares every pair, drops them
    too (:func:`vetlink.campaigns.cluster.settled`), and the Spark job scores through
    :func:`score_pairs`, which calls this."""
    text = by_kind[:, KIND_ID["text"]]
    others = np.delete(by_kind, KIND_ID["text"], axis=1).sum(axis=1)
    candidates = np.flatnonzero((text > 0) & (others == 0))
    out = np.zeros(len(text), dtype=bool)
    if len(candidates):
        sim = jaccard(table, i[candidates], j[candidates])
        band_weight = text[candidates] / np.maximum(sim, 1e-9)
        out[candidates] = band_weight < weights.strong_bits - 1e-6
    return out


def band_sizes(table: KeyTable, blocks: Blocks) -> tuple[np.ndarray, np.ndarray]:
    """(band keys, sizes of their blocks) of every persona (zeros for personas without text)."""
    texted = np.flatnonzero(table.has_text)
    keys = np.zeros((len(table), text_bands()[0]), dtype=np.uint64)
    sizes = np.zeros(keys.shape, dtype=np.int32)
    if len(texted) and len(blocks.start):
        keys[texted] = band_keys(table, texted)
        unique = blocks.key[blocks.start]
        pos = np.searchsorted(unique, keys[texted]).clip(0, len(unique) - 1)
        sizes[texted] = np.where(unique[pos] == keys[texted], blocks.size[pos], 0)
    return keys, sizes


def text_bits(table: KeyTable, bands: tuple[np.ndarray, np.ndarray], i: np.ndarray,
              j: np.ndarray, weights: Weights) -> np.ndarray:
    """The text evidence of each pair: the weight of the rarest MinHash band the two share
    (bands of more than ``block_cap`` personas not counted, as they are not blocks), scaled
    by the estimated Jaccard similarity, 0 below ``TEXT_THRESHOLD`` or without a shared band.
    The same value a text block gives the pair in :func:`candidate_rows`. ``bands`` are
    the personas' band keys and block sizes (:func:`band_sizes`)."""
    keys, sizes = bands
    out = np.zeros(len(i))
    never = np.int32(1 << 30)
    for start in range(0, len(i), 200_000):
        a, b = i[start:start + 200_000], j[start:start + 200_000]
        shared = (keys[a] == keys[b]) & (sizes[a] >= 2) & (sizes[a] <= weights.block_cap)
        rarest = np.where(shared, sizes[a], never).min(axis=1)
        found = rarest < never
        weight = frequency_weight(np.full(len(a), KIND_ID["text"]), rarest, weights)
        sim = jaccard(table, a, b)
        out[start:start + len(a)] = np.where(found & (sim >= TEXT_THRESHOLD), weight * sim, 0.0)
    return out


def jaccard(table: KeyTable, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of the texts of each pair (MinHash agreement)."""
    out = np.zeros(len(i))
    for start in range(0, len(i), 100_000):
        a, b = i[start:start + 100_000], j[start:start + 100_000]
        out[start:start + len(a)] = (table.minhash[a] == table.minhash[b]).mean(axis=1)
    both = table.has_text[i] & table.has_text[j]
    return np.where(both, out, 0.0)


def confirm_text(table: KeyTable, i: np.ndarray, j: np.ndarray, by_kind: np.ndarray) -> None:
    col = KIND_ID["text"]
    rows = np.flatnonzero(by_kind[:, col] > 0)
    sim = jaccard(table, i[rows], j[rows])
    by_kind[rows, col] = np.where(sim >= TEXT_THRESHOLD, by_kind[rows, col] * sim, 0.0)


def photo_distance(a: np.ndarray, b: np.ndarray) -> int:
    """Smallest summed p + d + a distance between a view of one photo and the whole of the
    other (as the photo index compares them)."""
    first = np.bitwise_count(a[:, None, :] ^ b[None, :1, :]).sum(axis=2).min()
    second = np.bitwise_count(a[:1, None, :] ^ b[None, :, :]).sum(axis=2).min()
    return int(min(first, second))


def confirm_photo(table: KeyTable, i: np.ndarray, j: np.ndarray, by_kind: np.ndarray) -> None:
    col = KIND_ID["photo"]
    for row in np.flatnonzero(by_kind[:, col] > 0):
        a, b = table.photos[int(i[row])], table.photos[int(j[row])]
        if a is None or b is None or photo_distance(a, b) > MATCH_DISTANCE:
            by_kind[row, col] = 0.0


def all_pairs_links(table: KeyTable, weights: Weights | None = None) -> Links:
    """The baseline: every pair compared (for measuring the blocking against, at sizes where
    it runs). Text similarity and whole-photo distance are computed for every pair; shared
    entities are looked up per persona (every block, none capped); each value's frequency is
    counted over all personas, as in :func:`link`."""
    weights = weights or Weights()
    blocks = blocks_of(table)
    n = len(table)
    member_of: list[list[int]] = [[] for _ in range(n)]
    for block in np.flatnonzero(blocks.size >= 2):
        for p in blocks.person[blocks.start[block]:blocks.start[block] + blocks.size[block]]:
            member_of[int(p)].append(int(block))
    whole = np.array([p[0] if p is not None else np.zeros(3, np.uint64) for p in table.photos],
                     dtype=np.uint64).reshape(n, 3)
    has_photo = np.array([p is not None for p in table.photos])
    text_col, photo_col = KIND_ID["text"], KIND_ID["photo"]
    unvouched = unvouched_of(table, blocks)
    found_i, found_j, found_total, found_kind = [], [], [], []
    for i in range(n - 1):
        js = np.arange(i + 1, n)
        by_kind = np.zeros((len(js), len(KINDS)))
        text_df = np.full(len(js), 1 << 40)
        for b in member_of[i]:
            kind = int(blocks.kind[blocks.start[b]])
            span = slice(blocks.start[b], blocks.start[b] + blocks.size[b])
            members = blocks.person[span]
            roles = blocks.kind[span]
            later_rows = (members > i) & across_roles(np.full(len(members), kind), roles,
                                                      roles[members == i][:1])
            later = members[later_rows] - i - 1
            kind = int(pair_kinds(np.int64(kind)))
            if kind == text_col:
                text_df[later] = np.minimum(text_df[later], blocks.size[b])
                continue
            if kind == photo_col:
                continue
            if unvouched[b]:
                by_kind[later, KIND_ID["unvouched"]] = weights.base["unvouched"]
            w = frequency_weight(np.array([kind]), np.array([blocks.size[b]]), weights)[0]
            by_kind[later, kind] = np.maximum(by_kind[later, kind], w)
        if table.has_text[i]:
            sim = (table.minhash[js] == table.minhash[i]).mean(axis=1) * table.has_text[js]
            # a similar text sharing no band (an LSH miss) counts as the rarest value
            rarest = np.where(text_df == 1 << 40, 2, text_df)
            w = frequency_weight(np.full(len(js), text_col), rarest, weights)
            by_kind[:, text_col] = np.where(sim >= TEXT_THRESHOLD, w * sim, 0.0)
        if has_photo[i]:
            dist = np.bitwise_count(whole[js] ^ whole[i]).sum(axis=1)
            by_kind[:, photo_col] = np.where(has_photo[js] & (dist <= MATCH_DISTANCE),
                                             weights.base["photo"], 0.0)
        total = by_kind.sum(axis=1)
        keep = np.flatnonzero((total >= weights.link_bits)
                              & ~weak_text_only(table, np.full(len(js), i), js, by_kind,
                                                weights))
        found_i.append(np.full(len(keep), i))
        found_j.append(js[keep])
        found_total.append(total[keep])
        found_kind.append(by_kind[keep])
    return Links(np.concatenate(found_i or [np.zeros(0, int)]),
                 np.concatenate(found_j or [np.zeros(0, int)]),
                 np.concatenate(found_total or [np.zeros(0)]),
                 np.concatenate(found_kind or [np.zeros((0, len(KINDS)))]),
                 candidates=n * (n - 1) // 2)
