"""Similarity keys of one persona: the one function (:func:`persona_keys`) the CLI, the web
app, the bulk import and the Spark job all call.

A persona is a :class:`PersonaRecord` (a profile and/or a conversation as JSON, who was
approached and when, the finding ids of its assessment and its photo's perceptual hashes).
Its keys are:

- ``photo``: pHash, dHash and aHash (64 bits each) of the whole photo and of its cropped and
  mirrored views, from :func:`vetlink.photo.hashing.photo_print` (the photo index's hashes);
- ``minhash``: a MinHash signature of the persona's own profile words (headline, summary,
  role descriptions), over character 5-gram shingles of the normalised
  text, with names, numbers, addresses and links replaced by placeholders, so a template filled
  in with another name or firm, or lightly reworded, still shares most shingles. The
  normalised text is lower-case ASCII letters and spaces, so a shingle *is* a 40-bit integer
  (its five bytes); each is mixed by the splitmix64 finaliser and permutation ``k`` maps it
  to ``A[k] * h + B[k]`` mod 2**32 (``h`` the top 32 bits of the mix, ``A`` odd,
  ``A`` and ``B`` drawn from a fixed seed). :func:`signatures` computes it for many texts at
  once with numpy (no per-shingle Python); :func:`persona_keys` is :func:`persona_keys_many`
  of one persona, so one persona and a batch get the same signature;
- ``entities``: ``kind:value`` strings (``company``, ``acronym``, ``school``, ``domain``,
  ``url``, ``email``, ``phone`` in E.164 (national numbers read in the persona's regions),
  ``handle``; ``script``: the LSH bands of the MinHash of the contact's messages, word pairs
  over homoglyph-folded text in any script (:func:`script_keys`); ``image``: the sha256 of
  the profile's photo file
  when the profile gives it, the very same picture) from :mod:`vetlink.campaigns.entities`;
- ``lures``: the finding ids of the assessment (what the approach did);
- ``targets``: ``department:...`` and ``sector:...`` of the people approached, and
  ``organisation:...``: their organisation (the reporter's e-mail domain, :func:`organisation_of`);
- ``created`` and ``contacted``: days (proleptic ordinals) the account was made and the
  approach reported.
"""

from __future__ import annotations

import gc
import hashlib
import re
import unicodedata
import zlib
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from itertools import pairwise
from typing import Any

import numpy as np

from vetlink.campaigns.entities import (
    COMMON_DOMAINS,
    acronym_keys,
    contact_entities,
    org_key,
    phone_regions,
    text_entities,
)
from vetlink.campaigns.handoff import handoff_entities
from vetlink.campaigns.skeleton import skeleton_entities
from vetlink.identity import name_key, normalise_url
from vetlink.signals.profile_helpers import ascii_fold

NUM_PERM = 64
SHINGLE = 5
MAX_WORDS = 4_000  # words of text per persona that are shingled
MINHASH_SEED = 1
SHA256_RE = re.compile(r"[0-9a-f]{64}")
PLACEHOLDERS = (
    (re.compile(r"\S{1,64}@\S{1,255}"), " zemail "),
    (re.compile(r"(?:https?://|www\.)\S{1,2000}", re.I), " zlink "),
    (re.compile(r"\d[\d ,.\-/]{0,30}"), " znum "),
)
# what a (case-folded) text must contain for each placeholder pattern to match at all
PLACEHOLDER_GATES = (("@",), ("http", "www."), ())


@dataclass
class PersonaRecord:
    """What is known of one persona, as the import, the store and the batch job hold it."""

    id: str
    profile: dict[str, Any] | None = None
    conversation: dict[str, Any] | None = None
    department: str | None = None
    sector: str | None = None
    reported_at: str | None = None
    # the approached person's organisation: the domain of the reporter's e-mail address
    # (:func:`organisation_of`); None when unknown
    organisation: str | None = None
    lures: tuple[str, ...] = ()
    photo: np.ndarray | None = None  # uint64 (views, 3): p, d, a per view; view 0 = whole


@dataclass
class PersonaKeys:
    id: str
    name: str
    url: str | None
    photo: np.ndarray | None
    minhash: np.ndarray | None  # uint64 (NUM_PERM,)
    entities: frozenset[str] = frozenset()
    lures: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    created: int | None = None
    contacted: int | None = None
    words: int = 0
    # the profile vouches for its firm: it is established (500+ connections, verified, a
    # long current role) or does not show its connections, and its approach is not hostile
    # (fewer than HOSTILE_FINDINGS finding ids; see vouches and campaigns/holders.py)
    vouches: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def day_of(value: Any) -> int | None:
    """An ISO date or date-time (or ``YYYY-MM``) as a day number; None when unreadable."""
    if not value:
        return None
    text = str(value).strip()[:32]
    try:
        if len(text) > 10:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date().toordinal()
        if len(text) == 7:
            text += "-01"
        return date.fromisoformat(text).toordinal()
    except ValueError:
        return None


def profile_texts(profile: dict[str, Any]) -> list[str]:
    texts = [str(profile.get("headline") or ""), str(profile.get("about") or "")]
    for exp in profile.get("experience") or []:
        texts.append(str(exp.get("description") or ""))
    return [t for t in texts if t]


def contact_messages(conversation: dict[str, Any] | None) -> list[str]:
    if not conversation:
        return []
    return [str(m.get("text") or "") for m in conversation.get("messages") or []
            if m.get("sender") == "contact"]


# Cyrillic and Greek letters drawn like Latin ones (Unicode confusables of the Latin letters).
CONFUSABLES = str.maketrans(
    "аеорсухіјѕԁһԛԝАВЕКМНОРСТХУІЈЅαοριυνκτχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdhqwABEKMHOPCTXYIJSaopiuvktxABEZHIKMNOPTYX")
MIXED_WORD_RE = re.compile(r"\w{1,64}")


def unconfuse(text: str) -> str:
    """NFKC, and Cyrillic or Greek look-alike letters inside a word that also has Latin
    letters mapped to Latin ("Оur оffer" with Cyrillic О -> "Our offer"); words wholly in
    Cyrillic or Greek are left as they are."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)

    def fix(word: re.Match[str]) -> str:
        w = word.group(0)
        return w.translate(CONFUSABLES) if re.search(r"[A-Za-z]", w) else w

    return MIXED_WORD_RE.sub(fix, text)


def fold(text: str) -> str:
    """Homoglyphs and accents folded (ASCII text is already folded: the fast path)."""
    return text if text.isascii() else ascii_fold(unconfuse(text))


ASCII_WORD_RE = re.compile(r"[a-z]+")
LETTERS_RE = re.compile(r"[^\W\d_]+")
SCRIPT_WORD_RE = re.compile(r"[^\W\d_]{1,64}")


def placeholders(folded: str) -> str:
    """Addresses, links and numbers of a case-folded text replaced by placeholders (a pattern
    is not run on a text without what it needs: :data:`PLACEHOLDER_GATES`)."""
    for (pattern, token), gate in zip(PLACEHOLDERS, PLACEHOLDER_GATES, strict=True):
        if not gate or any(g in folded for g in gate):
            folded = pattern.sub(token, folded)
    return folded


def normalise_text(text: str, names: list[str]) -> list[str]:
    """Words of ``text`` with case, accents, names, numbers, addresses and links folded."""
    folded = placeholders(fold(text).casefold())
    words = ASCII_WORD_RE.findall(folded)
    drop = {w for n in names for w in ASCII_WORD_RE.findall(fold(n).casefold())
            if len(w) > 2}
    return ["zname" if w in drop else w for w in words[:MAX_WORDS]]


def shingles(words: list[str]) -> set[bytes]:
    """Character 5-grams of the words joined by single spaces (robust to a swapped word)."""
    text = " ".join(words)
    return {text[i:i + SHINGLE].encode() for i in range(max(0, len(text) - SHINGLE + 1))}


@lru_cache(maxsize=1)
def permutations() -> tuple[np.ndarray, np.ndarray]:
    """(A, B) of the NUM_PERM hash permutations (uint32, A odd), fixed by MINHASH_SEED."""
    rng = np.random.default_rng(MINHASH_SEED)
    a = (rng.integers(0, 1 << 31, size=NUM_PERM, dtype=np.uint64) * 2 + 1).astype(np.uint32)
    b = rng.integers(0, 1 << 32, size=NUM_PERM, dtype=np.uint64).astype(np.uint32)
    return a, b


def fmix64(x: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser (a bijection of uint64: distinct shingles stay distinct)."""
    with np.errstate(over="ignore"):
        x = x + np.uint64(0x9E3779B97F4A7C15)
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def shingle_codes(text: str) -> np.ndarray:
    """The distinct 5-character shingles of a normalised (ASCII) text as 40-bit integers."""
    codes, _ = all_shingle_codes([text])
    return np.unique(codes)


def all_shingle_codes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The 5-character shingles of many normalised (ASCII) texts as 40-bit integers, every
    window of each text (repeats kept: a MinHash is the same over a multiset as over its
    set), concatenated, and the number of windows of each text (0 below 5 characters).
    One numpy pass over the texts joined, without the windows that straddle two texts."""
    encoded = [t.encode("ascii", "replace") for t in texts]
    lengths = np.fromiter((len(e) for e in encoded), dtype=np.int64, count=len(encoded))
    counts = np.maximum(lengths - SHINGLE + 1, 0)
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.uint64), counts
    raw = np.frombuffer(b"".join(encoded), dtype=np.uint8).astype(np.uint64)
    size = len(raw) - SHINGLE + 1
    codes = raw[:size].copy()
    for k in range(1, SHINGLE):
        codes |= raw[k:k + size] << np.uint64(8 * k)
    begins = np.cumsum(lengths) - lengths  # where each text starts in the joined bytes
    firsts = np.cumsum(counts) - counts  # where its windows start in the output
    windows = np.repeat(begins - firsts, counts) + np.arange(total, dtype=np.int64)
    return codes[windows], counts


def signature_of_codes(codes: np.ndarray) -> np.ndarray:
    """MinHash signature (uint32, NUM_PERM) of one non-empty set of shingle codes."""
    return signatures_of_code_sets([codes])[0]


def signatures_of_code_sets(sets: Sequence[np.ndarray], chunk: int = 16_384) -> np.ndarray:
    """Signatures (uint32 (len(sets), NUM_PERM)) of non-empty sets of shingle codes, all at once.

    Each shingle is hashed once (``h``: the top 32 bits of its splitmix64 mix); permutation
    ``k`` maps it to ``A[k] * h + B[k]`` mod 2**32 (a bijection of 32-bit words, ``A`` odd),
    and the signature is the minimum per permutation. The permutations are applied to the
    shingles of many sets in blocks of about ``chunk`` (a (NUM_PERM, shingles) uint32 array,
    small enough to stay in the CPU's cache) and reduced per set with ``np.minimum.reduceat``.
    A code repeated in a set changes nothing (the minimum of a multiset)."""
    if not sets:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    lengths = np.fromiter((len(c) for c in sets), dtype=np.int64, count=len(sets))
    return signatures_of_codes(np.concatenate(sets), lengths, chunk)


def signatures_of_codes(codes: np.ndarray, lengths: np.ndarray, chunk: int = 16_384
                        ) -> np.ndarray:
    """:func:`signatures_of_code_sets` of sets given concatenated (``lengths``: each > 0)."""
    out = np.zeros((len(lengths), NUM_PERM), dtype=np.uint32)
    if not len(lengths):
        return out
    a, b = permutations()
    hashed = (fmix64(codes) >> np.uint64(32)).astype(np.uint32)
    ends = np.cumsum(lengths)
    begins = ends - lengths
    first = 0
    while first < len(lengths):
        # whole sets per block, at least one
        stop = max(first + 1, int(np.searchsorted(ends, begins[first] + chunk, side="right")))
        lo, hi = begins[first], ends[stop - 1]
        with np.errstate(over="ignore"):
            values = a[:, None] * hashed[None, lo:hi]
            values += b[:, None]
        out[first:stop] = np.minimum.reduceat(values, begins[first:stop] - lo, axis=1).T
        first = stop
    return out


TEXTS_AT_ONCE = 4_096  # texts shingled together (bounds the arrays of a large batch)


def signatures(texts: Sequence[str | None]) -> np.ndarray:
    """MinHash signatures of normalised texts (rows of zeros for None or too short)."""
    out = np.zeros((len(texts), NUM_PERM), dtype=np.uint32)
    rows = np.array([i for i, text in enumerate(texts) if text], dtype=np.int64)
    for first in range(0, len(rows), TEXTS_AT_ONCE):
        some = rows[first:first + TEXTS_AT_ONCE]
        codes, counts = all_shingle_codes([texts[i] or "" for i in some])
        keep = counts > 0
        if keep.any():
            out[some[keep]] = signatures_of_codes(codes, counts[keep])
    return out


def minhash_of(grams: set[bytes]) -> np.ndarray | None:
    """The signature of a set of 5-byte shingles (as :func:`shingles` gives them)."""
    codes = np.unique(np.array([int.from_bytes(g.ljust(SHINGLE, b"\0")[:SHINGLE], "little")
                                for g in grams], dtype=np.uint64))
    return signature_of_codes(codes).astype(np.uint64) if len(codes) else None


SCRIPT_THRESHOLD = 0.3  # Jaccard similarity of word pairs the script bands aim at
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def script_words(conversation: dict[str, Any] | None, names: list[str]) -> list[str]:
    """Words of the contact's messages, in any script: homoglyphs, case and accents folded,
    links, addresses and numbers as placeholders, the persona's names dropped; Chinese,
    Japanese and Korean runs split into characters (they have no spaces)."""
    text = placeholders(unconfuse("\n".join(contact_messages(conversation))[:20_000]).casefold())
    drop = {w for n in names for w in LETTERS_RE.findall(n.casefold()) if len(w) > 2}
    if not CJK_RE.search(text):  # no word to split (the same words, sooner)
        return [w for w in SCRIPT_WORD_RE.findall(text) if w not in drop][:MAX_WORDS]
    words: list[str] = []
    for word in SCRIPT_WORD_RE.findall(text):
        if word in drop:
            continue
        words.extend(word if CJK_RE.search(word) else [word])
    return words[:MAX_WORDS]


def word_pair_codes(words: list[str]) -> np.ndarray:
    """The distinct word pairs (bigrams) of a text as 64-bit integers (two CRC-32s: stable
    across processes, unlike ``hash``)."""
    pairs = {f"{a} {b}".encode() for a, b in pairwise(words)}
    return np.unique(np.array([zlib.crc32(p) | (zlib.crc32(p, 0x5BD1E995) << 32)
                               for p in pairs], dtype=np.uint64))


@lru_cache(maxsize=1)
def script_bands() -> tuple[int, int]:
    """(bands, rows) of a datasketch MinHashLSH at SCRIPT_THRESHOLD with NUM_PERM permutations."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=SCRIPT_THRESHOLD, num_perm=NUM_PERM)
    return int(lsh.b), int(lsh.r)


def script_entities(signature: np.ndarray) -> set[str]:
    """``script:<band>:<hash>`` of each band of the script's MinHash signature: two personas
    whose messages share a band wrote near-identical approach scripts (a paraphrase keeps
    many word pairs, so the signatures agree in some band with high probability)."""
    rows = script_bands()[1]
    raw = signature.astype("<u4").tobytes()
    width = 4 * rows  # bytes of a band
    out = set()
    for band, prefix in enumerate(script_prefixes()):
        digest = BAND_HASH.copy()  # = blake2b(band bytes, digest_size=6), without its set-up
        digest.update(raw[band * width:(band + 1) * width])
        out.add(prefix + digest.hexdigest())
    return out


BAND_HASH = hashlib.blake2b(digest_size=6)  # never updated: copied for each band


@lru_cache(maxsize=1)
def script_prefixes() -> tuple[str, ...]:
    return tuple(f"script:{band}:" for band in range(script_bands()[0]))


def company_names(profile: dict[str, Any]) -> list[str]:
    return [str(e.get("company") or "") for e in profile.get("experience") or []]


def entities_of(record: PersonaRecord) -> frozenset[str]:
    found: set[tuple[str, str]] = set()
    profile = record.profile or {}
    for company in company_names(profile):
        key = org_key(company)
        if key:
            found.add(("company", key))
            found.update(("acronym", a) for a in acronym_keys(company))
    current = org_key(current_firm(profile))
    if current:
        found.add(("current", current))
    for exp in profile.get("experience") or []:
        found.update(text_entities(str(exp.get("company_url") or "")))
    for edu in profile.get("education") or []:
        key = org_key(str(edu.get("school") or ""))
        if key:
            found.add(("school", key))
    contact = profile.get("contact") or {}
    phones = [str(p) for p in contact.get("phones") or []]
    regions = phone_regions(str(profile.get("location") or ""), phones)
    found.update(contact_entities(contact.get("emails") or [], phones,
                                  contact.get("websites") or [], contact.get("messaging") or [],
                                  regions))
    messages = contact_messages(record.conversation)
    for text in profile_texts(profile) + messages:
        found.update(text_entities(text, regions))
    image = str((profile.get("photo") or {}).get("sha256") or "").lower()
    if SHA256_RE.fullmatch(image):
        found.add(("image", image))
    name = str(profile.get("name") or (record.conversation or {}).get("contact") or "")
    return (frozenset(f"{kind}:{value}" for kind, value in found) | skeleton_entities(messages)
            | handoff_entities(name, messages, fold))


def targets_of(record: PersonaRecord) -> frozenset[str]:
    out = set()
    if record.department and record.department.strip():
        out.add("department:" + name_key(record.department))
    if record.sector and record.sector.strip():
        out.add("sector:" + name_key(record.sector))
    if record.organisation:
        out.add("organisation:" + record.organisation)
    return frozenset(out)


def organisation_of(reporter: str | None) -> str | None:
    """The organisation of the person approached: the domain of the reporter's e-mail address
    (lower case), or None when the reporter is not an address or writes from a mailbox
    provider (gmail.com names no organisation). Only the organisation is kept, never the
    reporter."""
    _, at, domain = (reporter or "").strip().rpartition("@")
    domain = domain.lower().strip(". ")
    if not at or "." not in domain or domain in COMMON_DOMAINS:
        return None
    return domain


def persona_text(record: PersonaRecord) -> tuple[str, list[str]]:
    """(display name, normalised words) of a persona."""
    profile = record.profile or {}
    conversation = record.conversation or {}
    name = str(profile.get("name") or conversation.get("contact") or "(unknown)")[:300]
    names = [name] + [c for c in company_names(profile) if c]
    words = normalise_text("\n".join(profile_texts(profile)), names)
    return name, words


CAPPED_CONNECTIONS = 500  # LinkedIn shows "500+": an established network
LONG_TENURE_DAYS = 8 * 365  # in a current role this long: a real career there
# an approach with this many finding ids is hostile: its persona vouches for nothing (blind
# dev sets: operations' personas carry a median of 3-5, genuine ones 0-1)
HOSTILE_FINDINGS = 3


def vouches(profile: dict[str, Any] | None, reported_at: Any = None,
            lures: Collection[str] = ()) -> bool:
    """The profile vouches for the organisations it names: it is established — 500+
    connections, an identity verification, or a current role (no end) begun at least
    :data:`LONG_TENURE_DAYS` before the report — or it does not show its connections at all
    (a source without them, e.g. a pasted conversation or a generator's persona: then no
    judgement is made, as nothing says the holder is thin). Either way, a persona whose
    approach carries :data:`HOSTILE_FINDINGS` or more finding ids (``lures``) vouches for
    nothing: an established account that makes a hostile approach is an operation's aged
    account, not a colleague's word for the firm (operations buy or age their accounts: blind
    dev2's have 500+ connections as often as real staff)."""
    if len(lures) >= HOSTILE_FINDINGS:
        return False
    if not profile:
        return True
    try:
        connections = int(profile["connections"])
    except (KeyError, TypeError, ValueError):
        return True
    if connections >= CAPPED_CONNECTIONS:
        return True
    verified = profile.get("verified")
    if isinstance(verified, dict) and verified.get("identity") is True:
        return True
    reported = day_of(reported_at)
    if reported is None:
        return False
    for role in profile.get("experience") or []:
        if not isinstance(role, dict) or role.get("end"):
            continue
        start = day_of(role.get("start"))
        if start is not None and reported - start >= LONG_TENURE_DAYS:
            return True
    return False


def current_firm(profile: dict[str, Any] | None) -> str | None:
    """The firm of the persona's current role: the first listed experience (profiles list the
    current role first), unless it has an end."""
    roles = (profile or {}).get("experience") or []
    first = roles[0] if roles and isinstance(roles[0], dict) else None
    if first is None or first.get("end"):
        return None
    return str(first.get("company") or "") or None


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused for a batch (and resumed as it was): keying
    allocates many small containers, and the collections it triggers — each walking every
    live object of the process, the imported libraries' included — cost 10-15 % of the CPU
    of a batch. Keys make no reference cycles to speak of; what a batch leaves is collected
    after it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def persona_keys_many(records: Sequence[PersonaRecord]) -> list[PersonaKeys]:
    """The similarity keys of many personas (pure; see the module docstring). The MinHash
    signatures are computed for the whole batch at once."""
    with gc_paused():
        return _persona_keys_many(records)


def _persona_keys_many(records: Sequence[PersonaRecord]) -> list[PersonaKeys]:
    texts = [persona_text(r) for r in records]
    sigs = signatures([" ".join(words) if len(words) >= 8 else None for _, words in texts])
    scripts = script_keys(records)
    out = []
    for record, (name, words), sig, script in zip(records, texts, sigs, scripts, strict=True):
        profile = record.profile or {}
        out.append(PersonaKeys(
            id=record.id,
            name=name,
            url=normalise_url(profile.get("url")),
            photo=record.photo,
            minhash=sig.astype(np.uint64) if len(words) >= 8 else None,
            entities=entities_of(record) | script,
            lures=frozenset(record.lures),
            targets=targets_of(record),
            created=day_of(profile.get("created")),
            contacted=day_of(record.reported_at),
            words=len(words),
            vouches=vouches(profile, record.reported_at, record.lures),
        ))
    return out


def script_keys(records: Sequence[PersonaRecord]) -> list[frozenset[str]]:
    """The script band entities of each persona (none below 8 words of messages)."""
    rows, sets = [], []
    for i, record in enumerate(records):
        if record.conversation:
            profile = record.profile or {}
            names = [str(profile.get("name") or record.conversation.get("contact") or "")]
            words = script_words(record.conversation, names)
            if len(words) >= 8:
                rows.append(i)
                sets.append(word_pair_codes(words))
    out = [frozenset[str]()] * len(records)
    if rows:
        for i, sig in zip(rows, signatures_of_code_sets(sets), strict=True):
            out[i] = frozenset(script_entities(sig))
    return out


def persona_keys(record: PersonaRecord) -> PersonaKeys:
    """The similarity keys of one persona: :func:`persona_keys_many` of one."""
    return persona_keys_many([record])[0]


def photo_array(hashes: Any) -> np.ndarray | None:
    """``{"p": hex, "d": hex, "a": hex}`` (precomputed whole-photo hashes, as an import line or
    a Parquet row may carry them) -> a (1, 3) uint64 array; a list of ``[p, d, a]`` hex
    triples (every view, as the store caches a photo's print) -> a (views, 3) array."""
    if not hashes:
        return None
    try:
        if isinstance(hashes, dict):
            rows = [[int(str(hashes[k]), 16) for k in ("p", "d", "a")]]
        else:
            rows = [[int(str(v), 16) for v in triple] for triple in list(hashes)[:64]]
    except (KeyError, ValueError, TypeError):
        return None
    if any(len(r) != 3 or not all(0 <= v < 1 << 64 for v in r) for r in rows):
        return None
    return np.array(rows, dtype=np.uint64)


def photo_hex(array: np.ndarray) -> list[list[str]]:
    """The inverse of :func:`photo_array` for a (views, 3) array."""
    return [[f"{int(v):016x}" for v in row] for row in array]


def photo_array_of_print(fp: Any) -> np.ndarray | None:
    """The p, d, a hashes of every view of a :class:`vetlink.photo.hashing.PhotoPrint`, plus
    the mirrored whole photo, as a (views + 1, 3) array (None for a blank photo)."""
    if fp.flat:
        return None
    return np.concatenate([fp.direct[:, :3], fp.mirrored[:1, :3]]).astype(np.uint64)
