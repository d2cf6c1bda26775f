"""Each photo signal on a small inline PhotoAnalysis: the exact finding, and silence on a
near miss."""

import numpy as np

from vetlink.photo.ai_face import AiFaceResult
from vetlink.photo.analysis import PhotoAnalysis
from vetlink.photo.hashing import KINDS, VIEWS, PhotoPrint
from vetlink.photo.index import Match
from vetlink.signals import registry
from vetlink.signals.base import Context

CTX = Context()
FACE = ((0.3, 0.25, 0.4, 0.4),)


def fingerprint(flat: bool = False) -> PhotoPrint:
    zeros = np.zeros((VIEWS, len(KINDS)), dtype=np.uint64)
    return PhotoPrint(zeros, zeros, flat)


def analysis(**changes: object) -> PhotoAnalysis:
    base: dict[str, object] = {
        "width": 400, "height": 400, "format": "JPEG", "fingerprint": fingerprint(),
        "faces": FACE, "matches": (), "persona": "Amanda Chen",
    }
    base.update(changes)
    return PhotoAnalysis(**base)  # type: ignore[arg-type]


def run(signal_id: str, subject: PhotoAnalysis) -> list[tuple[str, str]]:
    return [(f.severity, f.evidence) for f in registry()[signal_id].run(subject, CTX)]


KATIE = Match(7, "Katie Jones", "report 12", "2026-05-01", "hostile", 4)


def test_photo_used_under_another_name_is_flagged():
    assert run("photo.reused", analysis(matches=(KATIE,))) == [
        ("high", "same photo as 'Katie Jones' (hostile) reported 2026-05-01 "
                 "(distance 4; source: report 12)")
    ]


def test_photo_checked_alone_reports_any_indexed_match():
    mirrored = Match(8, "Katie Jones", "", "2026-05-02", "reported", 9, mirrored=True)
    assert run("photo.reused", analysis(matches=(mirrored,), persona=None)) == [
        ("high",
         "same photo as 'Katie Jones' (reported) reported 2026-05-02 (distance 9, mirrored)")
    ]


def test_match_under_the_same_name_is_not_reuse_but_is_noted():
    same = Match(7, "  katie   JONES ", "", "2026-05-01", "hostile", 0)
    subject = analysis(matches=(same,), persona="Katie Jones")
    assert run("photo.reused", subject) == []
    assert run("photo.seen_before", subject) == [
        ("info", "same photo as '  katie   JONES ' (hostile) reported 2026-05-01 (distance 0)")
    ]


def test_no_index_match_is_silent():
    assert run("photo.reused", analysis(matches=())) == []
    assert run("photo.seen_before", analysis(matches=())) == []


def test_one_pixel_photo_counts_as_missing():
    assert run("photo.missing", analysis(width=1, height=1, fingerprint=fingerprint(True))) == [
        ("medium", "the photo is 1x1 pixels")
    ]


def test_flat_colour_photo_counts_as_missing():
    subject = analysis(width=200, height=200, fingerprint=fingerprint(True), faces=())
    assert run("photo.missing", subject) == [
        ("medium", "the 200x200 photo is a single flat colour")
    ]
    assert run("photo.no_face", subject) == []


def test_real_photo_is_not_missing():
    assert run("photo.missing", analysis()) == []


def test_photo_without_a_face_is_flagged():
    assert run("photo.no_face", analysis(faces=())) == [("low", "no face found in the photo")]


def test_photo_with_a_face_is_not_flagged_as_faceless():
    assert run("photo.no_face", analysis()) == []


def ai(probability: float) -> AiFaceResult:
    reasons = ("eyes at the StyleGAN position (centred, a quarter of the width apart)",)
    return AiFaceResult(probability, reasons, (("eyes", 0.4),), "test")


def test_likely_generated_face_is_flagged_high_with_its_drivers():
    [finding] = registry()["photo.ai_generated_face"].run(analysis(ai=ai(0.96)), CTX)
    assert finding.severity == "high"
    assert finding.evidence == (
        "probability 0.96 that the face is generated (StyleGAN-like); driven by: eyes at the "
        "StyleGAN position (centred, a quarter of the width apart)"
    )
    assert finding.weight == 0.48


def test_possibly_generated_face_is_medium():
    assert [s for s, _ in run("photo.ai_generated_face", analysis(ai=ai(0.8)))] == ["medium"]


def test_face_below_the_threshold_is_not_flagged():
    assert run("photo.ai_generated_face", analysis(ai=ai(0.69))) == []


def test_signals_that_need_a_model_or_index_say_so_when_it_did_not_run():
    catalogue = registry()
    subject = analysis(ai=None, matches=None)
    assert catalogue["photo.ai_generated_face"].missing(subject) == ["ai_probability"]
    assert catalogue["photo.reused"].missing(subject) == ["matches"]
