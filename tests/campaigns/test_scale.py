"""The pieces that make the pipeline scale: vectorised MinHash, text bands expanded only when
they could link alone, parallel keys, and the employer rule of the campaign score."""

from __future__ import annotations

import importlib
import random
from pathlib import Path

import numpy as np
import pytest

from vetlink.campaigns.cluster import Edge, employer_only, personal_identifier
from vetlink.campaigns.generate import write
from vetlink.campaigns.keys import (
    PersonaRecord,
    minhash_of,
    persona_keys,
    persona_keys_many,
    shingle_codes,
    shingles,
    signatures,
    signatures_of_code_sets,
)
from vetlink.campaigns.pipeline import cluster_table, run_file, table_of_file, table_of_records
from vetlink.errors import InputError

link_module = importlib.import_module("vetlink.campaigns.link")


def random_text(rng: random.Random, vocabulary: list[str], words: int) -> list[str]:
    return [rng.choice(vocabulary) for _ in range(words)]


def test_vectorised_minhash_estimates_the_exact_jaccard_similarity() -> None:
    rng = random.Random(7)
    vocabulary = ["".join(rng.choice("abcdefghijkl") for _ in range(rng.randint(3, 8)))
                  for _ in range(400)]
    errors, exact_values = [], []
    for _ in range(300):
        base = random_text(rng, vocabulary, 60)
        other = list(base)
        for _ in range(rng.randint(0, 60)):
            other[rng.randrange(60)] = rng.choice(vocabulary)
        a, b = shingle_codes(" ".join(base)), shingle_codes(" ".join(other))
        exact = len(np.intersect1d(a, b)) / len(np.union1d(a, b))
        sig = signatures_of_code_sets([a, b])
        errors.append(float((sig[0] == sig[1]).mean()) - exact)
        exact_values.append(exact)
    errors_array = np.array(errors)
    # unbiased, with the spread of a 64-permutation estimate (sd sqrt(J(1-J)/64) <= 0.0625)
    assert abs(errors_array.mean()) < 0.015
    assert errors_array.std() < 0.075
    assert np.abs(errors_array).max() < 0.3
    assert min(exact_values) < 0.3 and max(exact_values) > 0.9  # the whole range was tried


def test_shingle_codes_are_the_five_character_shingles() -> None:
    words = ["one", "template", "filled", "in"]
    assert len(shingle_codes(" ".join(words))) == len(shingles(words))
    # the signature of the byte shingles equals the batch signature of the text
    assert np.array_equal(minhash_of(shingles(words)), signatures([" ".join(words)])[0])


def test_one_persona_and_a_batch_get_the_same_keys() -> None:
    records = [PersonaRecord(id=str(i), profile={
        "name": f"Person {i}", "about": " ".join(["stock words here"] * (i + 3)),
        "contact": {"messaging": [f"telegram: @handle_{i % 3}x"]}}) for i in range(6)]
    batch = persona_keys_many(records)
    for record, together in zip(records, batch, strict=True):
        alone = persona_keys(record)
        assert np.array_equal(alone.minhash, together.minhash)
        assert alone.entities == together.entities


def stock_and_pairs() -> list[PersonaRecord]:
    """60 personas with the same stock summary (a text band all share) and a few real pairs
    (a shared handle, a shared firm plus similar text)."""
    stock = ("results driven professional with a proven track record of delivering value "
             "passionate about innovation collaboration and continuous improvement ")
    out = [PersonaRecord(id=f"s{i}", profile={"name": f"Stock {i}", "about": stock})
           for i in range(60)]
    out += [PersonaRecord(id=f"h{i}", profile={
        "name": f"Handle {i}", "about": f"unrelated words number {'abc'[i]} for a person",
        "contact": {"messaging": ["telegram: @rare_handle"]}}) for i in range(2)]
    out += [PersonaRecord(id=f"f{i}", profile={
        "name": f"Firm {i}", "experience": [{"title": "Partner", "company": "Kestrel Vantage"}],
        "about": stock + "kestrel runs small paid research projects for senior experts"})
        for i in range(2)]
    return out


def test_common_text_bands_make_no_pairs_but_every_link_is_kept() -> None:
    table = link_module.key_table(persona_keys_many(stock_and_pairs()))
    blocked = link_module.link(table)

    weights = link_module.Weights()
    blocks = link_module.blocks_of(table)
    expanded = link_module.pair_blocks(blocks, weights)
    text = blocks.kind[blocks.start] == link_module.KIND_ID["text"]
    assert (text & (blocks.size >= 60)).any()  # the stock summary's bands
    assert not expanded[text & (blocks.size > 5)].any()

    original = link_module.pair_blocks
    try:
        link_module.pair_blocks = lambda b, w: ((b.size >= 2) & (b.size <= w.block_cap) & (
            link_module.frequency_weight(b.kind[b.start], b.size, w) > 0))
        everything = link_module.link(table)
    finally:
        link_module.pair_blocks = original
    assert blocked.candidates < everything.candidates / 10
    assert np.array_equal(blocked.i, everything.i) and np.array_equal(blocked.j, everything.j)
    assert np.allclose(blocked.by_kind, everything.by_kind)
    linked = {(table.ids[int(a)], table.ids[int(b)]) for a, b in zip(blocked.i, blocked.j,
                                                                      strict=True)}
    assert ("h0", "h1") in linked and ("f0", "f1") in linked
    assert not any(a.startswith("s") and b.startswith("s") for a, b in linked)


def test_parallel_and_serial_keys_give_the_same_campaigns(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write(source, 700, 5)
    serial, _ = table_of_file(source, workers=1, chunk=150)
    parallel, cpu = table_of_file(source, workers=2, chunk=150)
    assert serial.ids == parallel.ids and len(serial) == 700
    assert np.array_equal(serial.minhash, parallel.minhash)
    assert np.array_equal(serial.ent_key, parallel.ent_key)
    assert np.array_equal(serial.ent_person, parallel.ent_person)
    assert cpu["keys"] > 0
    one = [(c.id, c.members, c.score) for c in cluster_table(serial)[1]]
    two = [(c.id, c.members, c.score) for c in cluster_table(parallel)[1]]
    assert one == two and one
    run = run_file(source, workers=2)
    assert [(c.id, c.members) for c in run.campaigns] == [(i, m) for i, m, _ in one]
    assert set(run.seconds) == {"read+keys", "blocking", "scoring", "clustering",
                                "explanations"}


def test_records_and_file_paths_agree(tmp_path: Path) -> None:
    from vetlink.campaigns.lines import parse_line

    source = tmp_path / "in.jsonl"
    write(source, 200, 6)
    records = [parse_line(raw, n, report=False).record()
               for n, raw in enumerate(source.read_bytes().splitlines(), start=1)]
    from_records, _ = table_of_records(records, workers=2, chunk=60)
    from_file, _ = table_of_file(source, workers=1)
    assert from_records.ids == from_file.ids
    assert np.array_equal(from_records.minhash, from_file.minhash)


def test_a_bad_line_is_named_by_its_number(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write(source, 30, 2)
    with source.open("a", encoding="utf-8") as out:
        out.write("\n{not json\n")
    with pytest.raises(InputError, match="line 32"):
        table_of_file(source, workers=2, chunk=10)


def test_a_switchboard_shared_with_the_firm_is_not_a_personal_identifier() -> None:
    switchboard = Edge(0, 1, 9.0, ["phone", "domain", "company"])
    careers_page = Edge(0, 1, 7.0, ["url", "domain"])
    burner = Edge(0, 1, 9.0, ["phone"])
    handle = Edge(0, 1, 9.0, ["handle", "company"])
    assert employer_only(switchboard) and employer_only(careers_page)
    assert not personal_identifier(switchboard) and not personal_identifier(careers_page)
    assert personal_identifier(burner) and not employer_only(burner)
    assert personal_identifier(handle) and not employer_only(handle)
