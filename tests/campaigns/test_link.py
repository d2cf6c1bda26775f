from __future__ import annotations

import numpy as np

from vetlink.campaigns import PersonaRecord, find_campaigns
from vetlink.campaigns.generate import generate
from vetlink.campaigns.keys import persona_keys
from vetlink.campaigns.lines import parse_object
from vetlink.campaigns.link import KIND_ID, all_pairs_links, key_table, link


def words(i: int) -> str:
    """Twelve made-up words unique to ``i`` (digits would be folded into a placeholder)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join(letters[(i * 7 + k) % 26] + letters[(i // 26 + k) % 26] * 2
                    + letters[(i * 3 + k * 5) % 26] for k in range(12))


def person(i: int, **extra: object) -> PersonaRecord:
    profile = {"name": f"Person {i}", "url": f"https://linkedin.com/in/p{i}",
               "about": words(i)}
    profile.update(extra.pop("profile", {}))  # type: ignore[arg-type]
    return PersonaRecord(id=f"r{i}", profile=profile, **extra)  # type: ignore[arg-type]


def photo(bits: list[int]) -> np.ndarray:
    return np.array([bits], dtype=np.uint64)


def test_shared_photo_with_a_few_flipped_bits_links_two_personas() -> None:
    base = [0x0123456789ABCDEF, 0x0FEDCBA987654321, 0x00FF00FF00FF00FF]
    recrop = [base[0] ^ 0b101, base[1] ^ 0b1, base[2]]
    keys = [persona_keys(person(1, photo=photo(base))),
            persona_keys(person(2, photo=photo(recrop))),
            persona_keys(person(3, photo=photo([1, 2, 3])))]
    links = link(key_table(keys))
    assert [(int(a), int(b)) for a, b in zip(links.i, links.j, strict=True)] == [(0, 1)]
    assert links.by_kind[0, KIND_ID["photo"]] > 0


def test_a_value_shared_by_many_carries_little_weight() -> None:
    # 60 staff of one big employer with the same domain: no pair reaches the link threshold;
    # two personas sharing a rare handle do.
    staff = [person(i, profile={"experience": [{"title": "Engineer", "company": "BigCo"}],
                                "contact": {"websites": ["https://bigco.com"]}})
             for i in range(60)]
    pair = [person(100, profile={"contact": {"messaging": ["telegram: @rare_handle"]}}),
            person(101, profile={"contact": {"messaging": ["@rare_handle"]}})]
    result = find_campaigns(staff + pair)
    linked = {(result.table.ids[int(a)], result.table.ids[int(b)])
              for a, b in zip(result.links.i, result.links.j, strict=True)}
    assert linked == {("r100", "r101")}


def test_blocking_finds_the_same_links_as_all_pairs_on_generated_data() -> None:
    lines = [parse_object(row, n) for n, row in enumerate(
        {k: v for k, v in r.items() if k != "_truth"} for r in generate(400, seed=7))]
    table = key_table([persona_keys(line.record()) for line in lines])
    fast, slow = link(table), all_pairs_links(table)
    fast_pairs = set(zip(fast.i.tolist(), fast.j.tolist(), strict=True))
    slow_pairs = set(zip(slow.i.tolist(), slow.j.tolist(), strict=True))
    assert fast.candidates < slow.candidates / 5
    assert len(fast_pairs & slow_pairs) >= 0.9 * len(slow_pairs)


def test_scoring_in_chunks_gives_the_same_links_as_one_chunk(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Candidate pairs are scored a chunk at a time (so a million personas' tens of millions
    of candidates never need one bits-per-kind matrix); chunk edges must change nothing."""
    from vetlink.campaigns import link as linking

    lines = [parse_object(row, n) for n, row in enumerate(
        {k: v for k, v in r.items() if k != "_truth"} for r in generate(600, seed=11))]
    table = key_table([persona_keys(line.record()) for line in lines])
    whole = link(table)
    monkeypatch.setattr(linking, "SCORE_CHUNK", 97)
    chunked = link(table)
    assert whole.candidates > 5 * 97 and len(whole.i) > 50
    for name in ("i", "j", "total", "by_kind"):
        assert np.array_equal(getattr(whole, name), getattr(chunked, name)), name


def test_personas_sharing_nothing_give_no_links_and_no_campaign() -> None:
    """With no block shared by two personas there is no candidate pair: an empty answer,
    not a crash (it raised IndexError while de-duplicating an empty candidate list)."""
    records = [PersonaRecord(id=name, profile={"name": name, "url": f"https://x.example/{i}"})
               for i, name in enumerate(("Ada Byron", "Carl Dunn"))]
    links = link(key_table([persona_keys(r) for r in records]))
    assert links.candidates == 0 and len(links.i) == 0
    assert links.by_kind.shape == (0, len(KIND_ID))
    assert find_campaigns(records).campaigns == []
