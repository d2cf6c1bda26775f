"""The recruitment-fraud text model: word and character TF-IDF with logistic regression.

Trained on EMSCAD job ads (see ``artefacts/recruitment_fraud.card.md`` and
:mod:`vetlink.model.train_recruitment`). At run time :func:`score_text` reads the contact's
messages and returns a :class:`~vetlink.domain.ModelOutput` with the words that moved it.
The run-time artefact is ``recruitment_fraud.npz``, the fitted weights exported at training
time and scored with numpy (:mod:`vetlink.model.text_model`): no scikit-learn, SciPy or pickle
at run time. ``recruitment_fraud.joblib`` is the fitted scikit-learn model it was exported
from (training and tests). The artefact is loaded on first use and cached; when it is missing,
:func:`score_text` raises :class:`~vetlink.errors.ModelUnavailable` and the rules run without
it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from vetlink.domain import ModelOutput
from vetlink.errors import ModelUnavailable

MODEL_NAME = "recruitment_fraud"
ARTEFACT = "recruitment_fraud.joblib"  # the fitted scikit-learn model (training)
WEIGHTS = "recruitment_fraud.npz"  # its exported weights (run time)


def __getattr__(name: str) -> Any:
    """``RecruitmentFraudModel`` (scikit-learn) is imported only when asked for: by training
    and by unpickling ``recruitment_fraud.joblib``, which names it in this module."""
    if name == "RecruitmentFraudModel":
        from vetlink.model.recruitment_fit import RecruitmentFraudModel

        return RecruitmentFraudModel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def artefact_path() -> Path:
    """The run-time weights (``recruitment_fraud.npz``)."""
    return Path(str(resources.files("vetlink.model").joinpath("artefacts", WEIGHTS)))


def fitted_path() -> Path:
    """The fitted scikit-learn model the weights were exported from."""
    return Path(str(resources.files("vetlink.model").joinpath("artefacts", ARTEFACT)))


def load_model(path: Path | None = None) -> dict[str, Any]:
    """``{"model": TextModel, "meta": {...}}`` from the exported weights (``.npz``), or from a
    fitted ``.joblib`` (exported on loading; imports scikit-learn), loaded once per path."""
    return _load(path or artefact_path())


@lru_cache(maxsize=4)
def _load(where: Path) -> dict[str, Any]:
    if not where.is_file():
        raise ModelUnavailable(f"recruitment-fraud model not found at {where} "
                               "(train it with `vetlink train recruitment-fraud`)")
    try:
        if where.suffix == ".joblib":
            import joblib

            bundle = joblib.load(where)
            return {"model": bundle["model"].export(), "meta": bundle["meta"]}
        from vetlink.model.text_model import load_npz

        model, meta = load_npz(where)
    except Exception as exc:  # a truncated or incompatible file
        raise ModelUnavailable(f"recruitment-fraud model at {where} could not be loaded "
                               f"({type(exc).__name__})") from None
    return {"model": model, "meta": meta}


def score_text(text: str, path: Path | None = None) -> ModelOutput:
    """Fraud probability of a text, with the words that moved it."""
    bundle = load_model(path)
    model = bundle["model"]
    row = model.transform_one(text)
    return ModelOutput(
        name=MODEL_NAME,
        version=str(bundle["meta"].get("version", "unknown")),
        probability=round(model.fraud_probability(row), 4),
        contributions=model.explain(text, row=row),
    )
