"""Face detection: large faces (from ``FACE_MIN_FRAC`` of the photo's short side up) are
searched first, smaller ones (from ``SMALL_FACE_MIN_FRAC``) only when no large face is found,
wherever they are in the frame."""

from PIL import Image

from tests.photo.conftest import face
from vetlink.photo import faces
from vetlink.photo.faces import FACE_MIN_FRAC, SMALL_FACE_MIN_FRAC, find_faces


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
    small = on_canvas(portrait, 0.2, 40, 40)  # face ~0.17 of the side: below the first search
    main = find_faces(small).main
    assert main is not None
    assert SMALL_FACE_MIN_FRAC <= main[2] < FACE_MIN_FRAC


def test_the_small_scales_are_searched_only_when_no_large_face_is_found(faces_dir, monkeypatch):
    searched: list[float] = []
    real = faces.detect

    def counting(grey, name, neighbours, min_frac):  # type: ignore[no-untyped-def]
        searched.append(min_frac)
        return real(grey, name, neighbours, min_frac)

    monkeypatch.setattr(faces, "detect", counting)
    portrait = face(faces_dir, "fake/fake_10.jpg")
    assert find_faces(portrait).main is not None
    assert SMALL_FACE_MIN_FRAC not in searched  # a large face: the small scales never ran
    searched.clear()
    assert find_faces(on_canvas(portrait, 0.2, 40, 40)).main is not None
    assert SMALL_FACE_MIN_FRAC in searched


def test_a_face_smaller_than_the_smallest_searched_for_is_not_reported(faces_dir):
    portrait = face(faces_dir, "fake/fake_10.jpg")
    tiny = on_canvas(portrait, 0.12, 40, 40)  # face below 0.12 of the side: a crowd
    assert find_faces(tiny).faces == ()
