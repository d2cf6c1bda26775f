"""The photo path computes each array once and shares it between the stages: the results are
those of each stage run on its own, prints stored by the earlier code still match, and the
hostile-image limits still hold before any reduced-scale decode."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from tests.photo.conftest import encode, face
from vetlink.errors import InputTooLarge
from vetlink.photo import check_photo, existing_index
from vetlink.photo.ai_face import load_model
from vetlink.photo.analysis import analyse
from vetlink.photo.faces import find_faces
from vetlink.photo.features import (
    background_features,
    centre_gradient,
    colour_features,
    gradient_energy,
    image_features,
)
from vetlink.photo.hashing import PhotoPrint, photo_print
from vetlink.photo.index import INDEX_FILE, PhotoIndex
from vetlink.photo.load import MAX_PIXELS, load_image_bytes
from vetlink.photo.stages import StageTimes
from vetlink.photo.synthetic import jpeg, synthetic_photo
from vetlink.settings import get_settings
from vetlink.signals.base import Context

# Prints written by the code before the photo path rework (commit 192e991), for the pictures
# of ``legacy_cases()``: made by running ``legacy_cases()`` and ``photo_print`` under that
# commit's sources (``git archive 192e991 src``).
LEGACY = Path(__file__).resolve().parents[1] / "fixtures" / "photo" / "prints_192e991.json"


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def legacy_cases() -> dict[str, Image.Image]:
    bicubic = Image.Resampling.BICUBIC
    cases = {f"synthetic {s}": synthetic_photo(s) for s in range(8)}
    cases["synthetic 8 at 1200x900"] = synthetic_photo(8).resize((1200, 900), bicubic)
    cases["synthetic 9 narrow 200x300"] = synthetic_photo(9).resize((200, 300), bicubic)
    return cases


def stored_print(entry: dict[str, object]) -> PhotoPrint:
    def array(values: object) -> np.ndarray:
        assert isinstance(values, list)
        return np.array([int(v, 16) for v in values], dtype=np.uint64).reshape(-1, 4)

    return PhotoPrint(array(entry["direct"]), array(entry["mirrored"]), bool(entry["flat"]))


def legacy_prints() -> dict[str, PhotoPrint]:
    return {name: stored_print(e) for name, e in json.loads(LEGACY.read_text())["prints"].items()}


def test_prints_are_bit_identical_to_those_of_the_earlier_code():
    old = legacy_prints()
    for name, image in legacy_cases().items():
        new = photo_print(load_image_bytes(png(image)).image)
        assert np.array_equal(new.direct, old[name].direct), name
        assert np.array_equal(new.mirrored, old[name].mirrored), name
        assert new.flat == old[name].flat


def test_an_index_written_by_the_earlier_code_still_finds_its_photos(tmp_path):
    db = tmp_path / INDEX_FILE
    PhotoIndex(db)  # the schema; rows as the earlier code wrote them
    with sqlite3.connect(db) as conn:
        for i, (name, fp) in enumerate(legacy_prints().items()):
            blob = np.ascontiguousarray(fp.direct, dtype="<u8").tobytes()
            conn.execute("INSERT INTO photos (persona, source, seen, verdict, hashes, added) "
                         "VALUES (?, '', '2026-01-01', 'hostile', ?, '2026-01-01')",
                         (f"Persona {i}: {name}", blob))
    index = PhotoIndex(db)
    for i, (name, image) in enumerate(legacy_cases().items()):
        exact = index.search(png(image))
        assert [(m.persona, m.distance) for m in exact[:1]] == [(f"Persona {i}: {name}", 0)]
        copy = encode(jpeg(ImageOps.mirror(image.resize((image.width // 2, image.height // 2))),
                           70))
        assert index.search(copy)[0].persona == f"Persona {i}: {name}"


def each_stage_alone(image: Image.Image) -> tuple[PhotoPrint, tuple, float | None]:
    geometry = find_faces(image)
    model = load_model()
    probability = None
    if model is not None and geometry.faces:
        probability = model.predict(image_features(image, geometry)).probability
    return photo_print(image), geometry.faces, probability


def pictures(faces_dir: Path | None) -> list[bytes]:
    photos = [encode(synthetic_photo(seed)) for seed in (2, 5)]
    photos.append(png(synthetic_photo(6, size=900)))
    if faces_dir is not None:
        for name in ("real/real_10.jpg", "fake/fake_10.jpg"):
            image = face(faces_dir, name)
            photos += [encode(image), encode(image.resize((1300, 1300)), quality=85)]
    return photos


@pytest.fixture
def maybe_faces(shared_data: Path) -> Path | None:
    path = shared_data / "faces-real-vs-stylegan2"
    return path if path.is_dir() else None


def test_the_shared_arrays_give_what_each_stage_gives_on_its_own(maybe_faces):
    model = load_model()
    for data in pictures(maybe_faces):
        loaded = load_image_bytes(data)
        analysis = analyse(loaded, model=model)
        fp, faces, probability = each_stage_alone(loaded.image)
        assert np.array_equal(analysis.fingerprint.direct, fp.direct)
        assert np.array_equal(analysis.fingerprint.mirrored, fp.mirrored)
        assert analysis.faces == faces
        assert analysis.ai_probability == probability


def test_the_model_explanation_is_the_same_as_scoring_each_neutralised_copy_alone(maybe_faces):
    model = load_model()
    if model is None or maybe_faces is None:
        pytest.skip("needs the model artefact and the shared faces")
    image = face(maybe_faces, "fake/fake_20.jpg")
    features = image_features(image, find_faces(image))
    result = model.predict(features)
    row = model.row(features)
    assert result.probability == float(model.probability(row)[0])
    groups, neutral = model.neutralised(row)
    alone = {g: round(result.probability - float(model.probability(neutral[i : i + 1])[0]), 3)
             for i, g in enumerate(groups)}
    assert dict(result.contributions) == alone


def test_colour_features_equal_the_channel_reductions_bit_for_bit():
    rgb = np.random.default_rng(3).integers(0, 256, (61, 47, 3)).astype(np.float64)
    found = colour_features(rgb)
    high, low = rgb.max(axis=2), rgb.min(axis=2)
    assert found["col_sat_mean"] == float(((high - low) / (high + 1e-6)).mean())
    assert found["col_sat_std"] == float(((high - low) / (high + 1e-6)).std())
    assert found["col_contrast"] == float(rgb.mean(axis=2).std())


@pytest.mark.parametrize("shape", [(300, 300), (61, 47), (5, 9), (3, 200)])
def test_centre_gradient_is_the_centre_of_the_whole_gradient(shape):
    grey = np.random.default_rng(4).normal(120, 40, shape)
    height, width = shape
    whole = gradient_energy(grey)[height // 4 : 3 * height // 4, width // 4 : 3 * width // 4]
    assert centre_gradient(grey) == float(whole.mean())
    if min(shape) >= 12:  # corners of at least two pixels: what the features run on
        assert background_features(grey)["bg_corner_grad_ratio"] > 0


def jpeg_declaring(width: int, height: int) -> bytes:
    """A small real JPEG whose frame header declares another size."""
    data = bytearray(encode(synthetic_photo(1)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = height.to_bytes(2, "big") + width.to_bytes(2, "big")
    return bytes(data)


def test_a_jpeg_over_the_pixel_limit_is_refused_before_the_reduced_scale_decode():
    side = 40_000  # 1.6 gigapixels declared; a 1/8 draft would be 5000x5000, under the limit
    assert (side // 8) ** 2 < MAX_PIXELS < side * side
    with pytest.raises(InputTooLarge, match="image bomb"):
        load_image_bytes(jpeg_declaring(side, side), "huge.jpg")


def test_one_index_instance_per_file_sees_photos_added_by_anyone(picture):
    PhotoIndex.open().add(picture, "Katie Jones", when="2026-05-01", verdict="hostile")
    data_dir = get_settings().data_dir
    first = existing_index(data_dir)
    assert first is not None and first is existing_index(data_dir)
    other = synthetic_photo(9)
    assert first.search(other) == []
    PhotoIndex(data_dir / INDEX_FILE).add(other, "Amanda Chen", verdict="reported")  # elsewhere
    part = check_photo(encode(other), Context(), persona="Someone Else")
    assert any("Amanda Chen" in f.evidence for f in part.findings if f.id == "photo.reused")


def test_stage_times_name_every_stage_the_photo_went_through(picture):
    PhotoIndex.open().add(picture, "Katie Jones")
    times = StageTimes()
    check_photo(encode(picture), Context(), times=times)
    assert {"open + pixel limit", "decode", "EXIF / metadata", "resize + RGB", "hashes",
            "face detection", "index lookup", "signals"} <= set(times.seconds)
    assert all(seconds >= 0 for seconds in times.seconds.values())
