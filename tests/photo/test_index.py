import pytest
from PIL import Image

from vetlink.errors import InputError
from vetlink.photo.index import INDEX_FILE, RECOLOURED_DISTANCE, PhotoIndex
from vetlink.photo.synthetic import TRANSFORMS, synthetic_photo


@pytest.fixture
def index(tmp_path) -> PhotoIndex:
    return PhotoIndex.open(tmp_path)


@pytest.mark.parametrize("transform", sorted(TRANSFORMS))
def test_a_transformed_copy_is_found_under_the_earlier_name(index, transform):
    for seed in range(10, 20):
        index.add(synthetic_photo(seed), f"persona {seed}", when="2026-05-01")
    copy = TRANSFORMS[transform](synthetic_photo(13))
    matches = index.search(copy)
    assert [m.persona for m in matches] == ["persona 13"]
    assert matches[0].when == "2026-05-01"
    assert matches[0].distance <= RECOLOURED_DISTANCE


def test_a_mirrored_copy_is_marked_mirrored(index):
    index.add(synthetic_photo(3), "A")
    [match] = index.search(TRANSFORMS["mirror"](synthetic_photo(3)))
    assert match.mirrored


def test_distinct_photos_do_not_match(index):
    for seed in range(100, 160):
        index.add(synthetic_photo(seed), f"p{seed}")
    assert [index.search(synthetic_photo(seed)) for seed in range(200, 230)] == [[]] * 30


def test_the_index_is_kept_in_the_data_directory_between_opens(tmp_path):
    PhotoIndex.open(tmp_path).add(synthetic_photo(5), "Katie Jones", verdict="hostile")
    assert (tmp_path / INDEX_FILE).is_file()
    [match] = PhotoIndex.open(tmp_path).search(synthetic_photo(5))
    assert (match.persona, match.verdict, match.distance) == ("Katie Jones", "hostile", 0)


def test_an_open_index_sees_photos_added_through_another_handle(tmp_path):
    reader = PhotoIndex.open(tmp_path)
    assert reader.search(synthetic_photo(6)) == []
    PhotoIndex.open(tmp_path).add(synthetic_photo(6), "B")
    assert [m.persona for m in reader.search(synthetic_photo(6))] == ["B"]


def test_a_blank_photo_is_not_indexed_and_matches_nothing(index):
    blank = Image.new("RGB", (200, 200), (240, 240, 240))
    with pytest.raises(InputError, match="blank"):
        index.add(blank, "X")
    index.add(synthetic_photo(1), "Y")
    assert index.search(blank) == []


def test_bad_verdict_date_or_name_is_an_input_error(index):
    with pytest.raises(InputError, match="verdict"):
        index.add(synthetic_photo(1), "X", verdict="evil")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="not a date"):
        index.add(synthetic_photo(1), "X", when="last tuesday")
    with pytest.raises(InputError, match="persona"):
        index.add(synthetic_photo(1), "  ")


def test_photo_bytes_are_accepted(index, tmp_path):
    from tests.photo.conftest import encode

    index.add(encode(synthetic_photo(9)), "C", source="report 17")
    [match] = index.search(encode(synthetic_photo(9), "PNG"))
    assert (match.persona, match.source) == ("C", "report 17")


def reference_distances(views, stored, max_distance):
    """The match rule written out pair by pair (whole query vs each stored view, each query
    view vs the whole stored photo), for the vectorised search to agree with."""
    import numpy as np

    from vetlink.photo.index import EDGE_DISTANCE

    def bits(a, b):
        return [bin(int(x) ^ int(y)).count("1") for x, y in zip(a, b, strict=True)]

    out = []
    for photo in stored:
        best = np.iinfo(np.int32).max
        pairs = [(views[0], view) for view in photo] + [(view, photo[0]) for view in views]
        for a, b in pairs:
            p, d, a_, e = bits(a, b)
            total = p + d + a_
            if total <= max_distance or (e <= EDGE_DISTANCE and total <= RECOLOURED_DISTANCE):
                best = min(best, total)
        out.append(best)
    return out


def test_the_search_applies_the_match_rule_to_every_view_pair():
    import numpy as np

    from vetlink.photo.hashing import photo_print
    from vetlink.photo.index import print_distances, split_distances, split_kinds

    rng = np.random.default_rng(7)
    query = photo_print(synthetic_photo(41)).direct
    stored = []
    for _ in range(40):  # copies with a few bits flipped (near) and unrelated prints (far)
        flips = rng.integers(0, 64, query.shape).astype(np.uint64)
        near = query ^ (np.uint64(1) << flips) * (rng.random(query.shape) < 0.3)
        stored += [near, photo_print(synthetic_photo(int(rng.integers(300, 900)))).direct]
    stored = np.stack(stored).astype(np.uint64)
    expected = reference_distances(query, stored, 14)
    assert sum(d <= RECOLOURED_DISTANCE for d in expected) >= 20  # the test exercises matches
    assert print_distances(query, stored, 14).tolist() == expected
    assert split_distances(query, split_kinds(stored), 14).tolist() == expected


def test_an_index_file_made_before_the_count_index_is_read_and_gets_it(tmp_path):
    import sqlite3

    from vetlink.photo.index import SCHEMA

    path = tmp_path / INDEX_FILE
    old_schema = SCHEMA.split("CREATE INDEX")[0]
    PhotoIndex(tmp_path / "scratch.sqlite3").add(synthetic_photo(8), "Earlier Persona")
    with sqlite3.connect(path) as db:
        db.executescript(old_schema)
        db.execute("ATTACH ? AS scratch", (str(tmp_path / "scratch.sqlite3"),))
        db.execute("INSERT INTO photos SELECT * FROM scratch.photos")
    [match] = PhotoIndex(path).search(synthetic_photo(8))
    assert match.persona == "Earlier Persona"
    with sqlite3.connect(path) as db:
        names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='index'")]
        plan = " ".join(str(row) for row in db.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM photos"))
    assert "photos_seen" in names and "photos_seen" in plan
