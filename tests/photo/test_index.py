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
