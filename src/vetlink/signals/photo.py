"""Photo signals: the profile photo is reused, missing, shows no face, or was generated.

Each function is one signal. It receives a :class:`vetlink.photo.analysis.PhotoAnalysis` (the
computed hashes, faces, index matches and model output) and the Context, and yields evidence.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from vetlink.signals.base import Context, Hit, signal

if TYPE_CHECKING:  # imported for types only: listing the catalogue stays light
    from vetlink.photo.analysis import PhotoAnalysis
    from vetlink.photo.index import Match

MAX_LISTED = 3  # matches listed per finding
AI_FIRES_FROM = 0.7  # model probability from which the finding is raised
AI_HIGH_FROM = 0.9
AI_WEIGHT = 0.5  # weight = AI_WEIGHT * probability: at most about one high-severity finding


def match_evidence(match: Match) -> str:
    mirrored = ", mirrored" if match.mirrored else ""
    return (f"same photo as {match.describe()} (distance {match.distance}{mirrored}"
            f"{f'; source: {match.source}' if match.source else ''})")


@signal(
    "photo.reused",
    severity="high",
    title="Photo used before under another name",
    advice="A photo shared by two names is a stolen or recycled photo: treat the profile as a "
    "fake persona and report it to your security team.",
    needs=("matches",),
)
def reused(photo: PhotoAnalysis, ctx: Context) -> Iterator[Hit]:
    """The photo (or a resized, re-compressed, slightly cropped, mirrored or recoloured copy)
    is in the local photo index under a different persona's name: a confirmed hostile persona
    or an earlier report. When the profile's name is unknown (a photo checked alone), any
    indexed match counts."""
    for match in photo.matches_elsewhere()[:MAX_LISTED]:
        yield Hit(match_evidence(match), where="photo")


@signal(
    "photo.seen_before",
    severity="info",
    title="Photo already in the index under this name",
    advice="This persona was reported or confirmed before; check the earlier report.",
    needs=("matches",),
)
def seen_before(photo: PhotoAnalysis, ctx: Context) -> Iterator[Hit]:
    """The photo is in the local index under the same name as the profile being checked: the
    same persona was reported or confirmed before. Not a second red flag by itself."""
    for match in photo.matches_same_name()[:MAX_LISTED]:
        yield Hit(match_evidence(match), where="photo")


@signal(
    "photo.missing",
    severity="medium",
    title="The profile photo is blank",
    advice="A blank or placeholder photo hides the person, as a missing photo does; ask "
    "yourself why a professional would not show their face.",
)
def missing(photo: PhotoAnalysis, ctx: Context) -> Iterator[Hit]:
    """The image given as the profile photo shows nothing: 1x1 or a few pixels wide, or one
    flat colour (a placeholder). This is the photo check's view of ``profile.no_photo``, which
    covers profiles that declare no photo at all."""
    if min(photo.width, photo.height) < 8:
        yield Hit(f"the photo is {photo.width}x{photo.height} pixels", where="photo")
    elif photo.flat:
        yield Hit(f"the {photo.width}x{photo.height} photo is a single flat colour", where="photo")


@signal(
    "photo.no_face",
    severity="low",
    title="No face in the profile photo",
    advice="A logo, landscape or cartoon instead of a face hides who is behind the profile; "
    "look for other ways to confirm the person exists.",
    needs=("faces",),
)
def no_face(photo: PhotoAnalysis, ctx: Context) -> Iterator[Hit]:
    """No face was found in the photo (OpenCV frontal and profile face detectors): a logo,
    a landscape, a cartoon, or a face too small, turned or covered to detect. The detector
    misses about one real portrait in nine, hence the low severity."""
    if not photo.faces and not photo.flat:
        yield Hit("no face found in the photo", where="photo")


@signal(
    "photo.ai_generated_face",
    severity="medium",
    title="The face looks AI-generated",
    advice="Generated faces are a hallmark of fake personas: do not accept, and report the "
    "profile. A reverse image search will not find a generated face anywhere else.",
    needs=("ai_probability",),
)
def ai_generated_face(photo: PhotoAnalysis, ctx: Context) -> Iterator[Hit]:
    """The AI-face model (trained on StyleGAN2 faces, see its model card) gives a probability
    of at least 0.7 that the face was generated. Evidence names what drove it (eye position,
    spectrum, background...). High severity from 0.9; its weight in the score is half the
    probability, so it alone never makes a profile high risk."""
    ai = photo.ai
    if ai is None or ai.probability < AI_FIRES_FROM:
        return
    drivers = "; ".join(ai.reasons) if ai.reasons else "no single feature group"
    yield Hit(
        f"probability {ai.probability:.2f} that the face is generated (StyleGAN-like); "
        f"driven by: {drivers}",
        severity="high" if ai.probability >= AI_HIGH_FROM else None,
        where="photo",
        weight=AI_WEIGHT * ai.probability,
    )
