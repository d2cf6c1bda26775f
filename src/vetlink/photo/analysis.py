"""The computed facts about one photo (:class:`PhotoAnalysis`), which the photo signals read.
Computing it does the I/O-free heavy lifting (hashes, faces, model); the index search is
passed in, so the signals stay pure functions of this one object."""

from __future__ import annotations

from dataclasses import dataclass

from vetlink.photo.ai_face import AiFaceModel, AiFaceResult
from vetlink.photo.faces import Box, Point, faces_in
from vetlink.photo.features import features_of
from vetlink.photo.hashing import PhotoPrint, print_of_copy
from vetlink.photo.index import Match, PhotoIndex
from vetlink.photo.load import LoadedImage
from vetlink.photo.prepared import PreparedImage
from vetlink.photo.stages import StageTimes, timed


def same_name(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


@dataclass(frozen=True)
class PhotoAnalysis:
    """Everything the photo signals may look at. ``None`` means "not computed"."""

    width: int
    height: int
    format: str
    fingerprint: PhotoPrint
    faces: tuple[Box, ...] = ()
    eyes: tuple[Point, Point] | None = None
    ai: AiFaceResult | None = None  # None: the model was not run
    matches: tuple[Match, ...] | None = None  # None: the index was not searched
    persona: str | None = None  # the name the photo is shown under, when known
    frames: int = 1

    @property
    def flat(self) -> bool:
        return self.fingerprint.flat

    @property
    def ai_probability(self) -> float | None:
        return self.ai.probability if self.ai else None

    def matches_elsewhere(self) -> list[Match]:
        """Index matches under a different name (or any match when the name is unknown)."""
        return [m for m in self.matches or () if not same_name(m.persona, self.persona)]

    def matches_same_name(self) -> list[Match]:
        return [m for m in self.matches or () if same_name(m.persona, self.persona)]


def analyse(
    loaded: LoadedImage,
    persona: str | None = None,
    index: PhotoIndex | None = None,
    model: AiFaceModel | None = None,
    times: StageTimes | None = None,
) -> PhotoAnalysis:
    """Hash the photo, find faces and eyes, search the index and run the model (on a face).
    Each array is computed once (:class:`PreparedImage`); ``times`` collects CPU time per
    stage (``bench/photo_bench.py``)."""
    prepared = PreparedImage(loaded.image)
    with timed(times, "hashes"):
        fingerprint = print_of_copy(prepared.hash_copy)
    with timed(times, "face detection"):
        geometry = faces_in(prepared.detector_rgb)
    ai = None
    if model is not None and geometry.faces and not fingerprint.flat:
        with timed(times, "AI-face features"):
            features = features_of(*prepared.feature_arrays, geometry)
        with timed(times, "AI-face model"):
            ai = model.predict(features)
    with timed(times, "index lookup"):
        matches = tuple(index.search(fingerprint)) if index is not None else None
    return PhotoAnalysis(
        width=loaded.width, height=loaded.height, format=loaded.format,
        fingerprint=fingerprint, faces=geometry.faces, eyes=geometry.eyes, ai=ai,
        matches=matches, persona=persona, frames=loaded.frames,
    )
