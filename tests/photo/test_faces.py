"""Face detection (MTCNN, with the Haar frontal cascade for faces filling the frame): large
faces (from ``FACE_MIN_FRAC`` of the photo's short side up) are searched first, smaller ones
(from ``SMALL_FACE_MIN_FRAC``) only when no large face is found, wherever they are in the
frame; the eyes are where they are on the photo."""

import math
from concurrent.futures import ThreadPoolExecutor

from PIL import Image

from tests.photo.conftest import face
from vetlink.photo import faces
from vetlink.photo.faces import FACE_MIN_FRAC, SMALL_FACE_MIN_FRAC, find_faces
from vetlink.photo.features import STYLEGAN_EYES


def on_canvas(portrait: Image.Image, scale: float, left: int, top: int) -> Image.Image:
    canvas = Image.new("RGB", (300, 300), (128, 128, 128))
    small = portrait.resize((round(300 * scale), round(300 * scale)), Image.Resampling.LANCZOS)
    canvas.paste(small, (left, top))
    return canvas


def test_a_face_filling_a_third_of_the_frame_is_found_where_it_is(faces_dir):
    portrait = face(faces_dir, "fake/fake_10.jpg")  # the StyleGAN face fills ~70% of its frame
    whole = find_faces(portrait).main
    assert whole is not None
    picture = on_canvas(portrait, 0.55, 120, 10)
    main = find_faces(picture).main
    assert main is not None
    x, y, w, _ = main
    assert w >= FACE_MIN_FRAC  # the face found is at least the smallest size searched for
    # the face is inside the pasted portrait, at about the place it has in the original
    assert abs(x - (120 / 300 + whole[0] * 0.55)) < 0.06
    assert abs(y - (10 / 300 + whole[1] * 0.55)) < 0.06


def test_a_small_face_taken_from_further_away_is_still_found(faces_dir):
    portrait = face(faces_dir, "fake/fake_10.jpg")
    small = on_canvas(portrait, 0.14, 40, 40)  # a face ~0.1 of the side: the second search
    main = find_faces(small).main
    assert main is not None
    x, y, w, h = main  # MTCNN's box is the tight face, brow to chin
    assert faces.MIN_FACE_HEIGHT <= h < FACE_MIN_FRAC
    assert 40 / 300 < x < x + w < 82 / 300
    assert 40 / 300 < y < y + h < 82 / 300


def test_the_small_scales_are_searched_only_when_no_large_face_is_found(faces_dir, monkeypatch):
    searched: list[float] = []
    real = faces.detect

    def counting(rgb, min_frac):  # type: ignore[no-untyped-def]
        searched.append(min_frac)
        return real(rgb, min_frac)

    monkeypatch.setattr(faces, "detect", counting)
    portrait = face(faces_dir, "fake/fake_10.jpg")
    assert find_faces(portrait).main is not None
    assert SMALL_FACE_MIN_FRAC not in searched  # a large face: the small scales never ran
    searched.clear()
    assert find_faces(on_canvas(portrait, 0.14, 40, 40)).main is not None
    assert SMALL_FACE_MIN_FRAC in searched


def test_a_face_smaller_than_the_smallest_searched_for_is_not_reported(faces_dir):
    portrait = face(faces_dir, "fake/fake_10.jpg")
    tiny = on_canvas(portrait, 0.12, 40, 40)  # face below 0.12 of the side: a crowd
    assert find_faces(tiny).faces == ()


def test_the_eyes_of_generated_faces_are_found_at_the_stylegan_alignment_position(faces_dir):
    # thispersondoesnotexist faces carry the FFHQ alignment: the eye centres at fixed places
    for path in sorted((faces_dir / "fake").glob("*.jpg"))[:20]:
        geometry = find_faces(Image.open(path).convert("RGB"))
        assert geometry.eyes is not None
        for (x, y), (sx, sy) in zip(geometry.eyes, STYLEGAN_EYES, strict=True):
            assert math.hypot(x - sx, y - sy) < 0.03, path.name


def test_the_eyes_are_inside_the_upper_half_of_the_face_left_one_first(faces_dir):
    checked = 0
    for path in sorted((faces_dir / "real").glob("*.jpg"))[:20]:
        geometry = find_faces(Image.open(path).convert("RGB"))
        if geometry.eyes is None:
            continue
        checked += 1
        x, y, w, h = geometry.main or (0, 0, 0, 0)
        (lx, ly), (rx, ry) = geometry.eyes
        assert x < lx < rx < x + w, path.name
        assert y < ly < y + h * 0.6 and y < ry < y + h * 0.6, path.name
        assert 0.25 * w < rx - lx < 0.7 * w, path.name
    assert checked >= 18  # the eyes of (almost) every real face are found


def test_a_face_filling_the_frame_past_its_edges_is_still_found(faces_dir):
    # a tight head crop: MTCNN finds no face; the frontal cascade does (without eyes)
    image = Image.open(faces_dir / "real/real_128.jpg").convert("RGB")
    assert faces.face_boxes(faces.detector_array(image)) == []
    geometry = find_faces(image)
    assert geometry.main is not None and geometry.main[2] > 0.7
    assert geometry.eyes is None


def test_threads_detecting_at_once_find_what_one_thread_finds(faces_dir):
    images = [face(faces_dir, f"{path.parent.name}/{path.name}") for kind in ("real", "fake")
              for path in sorted((faces_dir / kind).glob("*.jpg"))[:6]]
    alone = [find_faces(image) for image in images]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(find_faces, images * 3))
    assert together == alone * 3
