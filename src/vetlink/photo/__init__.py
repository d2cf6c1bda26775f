"""Photo check: reused photos (perceptual hashes and a local index), AI-generated faces (a
shipped model) and photos with no face, plus reverse image search links.

``check_photo`` is what :func:`vetlink.assess.assess` calls; :class:`PhotoIndex` is what the
web app calls when analysts confirm a persona or a report comes in. Heavy modules (OpenCV,
scikit-learn, the model) are imported only when a photo is checked.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vetlink.domain import ModelOutput
    from vetlink.parts import Part
    from vetlink.photo.analysis import PhotoAnalysis
    from vetlink.photo.index import Match, PhotoIndex
    from vetlink.photo.stages import StageTimes
    from vetlink.signals.base import Context

__all__ = ["Match", "PhotoIndex", "check_photo"]

AI_SIGNAL = "photo.ai_generated_face"


def check_photo(
    photo: Path | bytes, ctx: Context, use_models: bool = True, persona: str | None = None,
    times: StageTimes | None = None,
) -> Part:
    """Check one photo: index matches, faces, AI-generated face. Bad input -> InputError.
    ``times`` collects CPU time per stage (``bench/photo_bench.py``)."""
    from vetlink.parts import Part
    from vetlink.photo.ai_face import load_model
    from vetlink.photo.analysis import analyse
    from vetlink.photo.load import load_image
    from vetlink.photo.reverse_search import search_advice
    from vetlink.photo.stages import timed
    from vetlink.settings import get_settings
    from vetlink.signals.base import run_signals

    settings = get_settings()
    _, loaded = load_image(photo, settings.max_input_bytes, times)
    model = load_model() if use_models else None
    with timed(times, "index lookup"):
        index = existing_index(settings.data_dir)
    analysis = analyse(loaded, persona, index, model, times)
    if index is None:  # nothing indexed yet: searched, nothing found
        analysis = replace(analysis, matches=())
    with timed(times, "signals"):
        result = run_signals("photo", analysis, ctx)
    not_checked = [n for n in result.not_checked if not n.startswith(AI_SIGNAL)]
    if index is None:
        not_checked.append("photo.reused: the local photo index is empty (photos of known "
                           "personas are added with `vetlink photos add` or by the web app)")
    models: list[ModelOutput] = []
    if analysis.ai is not None:
        models.append(model_output(analysis))
    else:
        reason = ai_skipped_reason(use_models, model is not None, bool(analysis.faces))
        not_checked.append(f"{AI_SIGNAL}: {reason}")
    return Part(findings=result.findings, not_checked=not_checked, models=models,
                advice=search_advice(), fingerprint=analysis.fingerprint)


def existing_index(data_dir: Path) -> PhotoIndex | None:
    """The photo index when one exists; an empty one is created only by adding a photo.
    One instance per file and process (:meth:`PhotoIndex.shared`), so its stored hashes are
    read once, not at every check."""
    from vetlink.photo.index import INDEX_FILE, PhotoIndex

    path = data_dir / INDEX_FILE
    return PhotoIndex.shared(path) if path.is_file() else None


def ai_skipped_reason(use_models: bool, model_found: bool, face_found: bool) -> str:
    if not use_models:
        return "AI-generated face not checked (models turned off)"
    if not model_found:
        return ("AI-generated face not checked: the model artefact ai_face.joblib is missing "
                "or unreadable (run `vetlink train ai-face`); the other photo checks ran")
    if not face_found:
        return "AI-generated face not checked: no face was found to judge"
    return "AI-generated face not checked: the photo is blank"


def model_output(analysis: PhotoAnalysis) -> ModelOutput:
    from vetlink.domain import ModelOutput
    from vetlink.photo.ai_face import MODEL_NAME
    from vetlink.photo.features import GROUP_WORDS

    ai = analysis.ai
    assert ai is not None
    contributions = [
        {"feature": GROUP_WORDS[group], "group": group, "effect": drop}
        for group, drop in ai.contributions[:5]
        if drop >= 0.01
    ]
    return ModelOutput(name=MODEL_NAME, version=ai.version, probability=round(ai.probability, 4),
                       contributions=contributions)


def __getattr__(name: str) -> object:
    """``from vetlink.photo import PhotoIndex`` without importing numpy at package import."""
    if name in ("PhotoIndex", "Match"):
        from vetlink.photo import index

        return getattr(index, name)
    raise AttributeError(name)
