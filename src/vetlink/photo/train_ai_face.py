"""Train and evaluate the AI-generated-face detector (``vetlink train ai-face``).

Data: ``faces-real-vs-stylegan2`` (300x300 JPEGs, Unsplash real vs thispersondoesnotexist
StyleGAN2). Evaluation is stratified 5-fold cross-validation (seeded); metrics are ROC-AUC and
the true-positive rate at 1% and 5% false-positive rate on the out-of-fold predictions, with
bootstrap 95% intervals. Every experiment is run on the data as given and on re-framed data
(random crop, padding and rescaling applied to both classes alike), and the eye-position
features are ablated. The shipped model is fitted on every image plus re-framed copies, so that
eye position is not its only cue.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from vetlink.errors import InputError
from vetlink.photo.ai_face import ARTEFACT_DIR
from vetlink.photo.faces import find_faces
from vetlink.photo.features import group_of, image_features

SEED = 20261128
FOLDS = 5
AUG_COPIES = 2  # re-framed copies of each training image
BOOTSTRAPS = 1000
FACE_CROP_COPIES = (4, 5)
COPIES = {"given": 0, "reframed_eval": 1, "aug1": 2, "aug2": 3, "face_eval": 4, "face_aug": 5}
TRAIN_COPIES = ("given", "aug1", "aug2", "face_aug")  # what the shipped model is fitted on
HOLDOUT_PER_CLASS = 10  # kept out of the shipped model, for its smoke test
DATASET = "faces-real-vs-stylegan2"


@dataclass
class Dataset:
    paths: list[Path]
    labels: np.ndarray  # 1 = generated


def default_data() -> Path:
    """``../shared/data/faces-real-vs-stylegan2`` next to the repository."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "data" / DATASET


def read_dataset(root: Path) -> Dataset:
    labels_csv = root / "labels.csv"
    if not labels_csv.is_file():
        raise InputError(f"{root}: no labels.csv (expected the {DATASET} data set)")
    with labels_csv.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    paths = [root / row["path"] for row in rows]
    labels = np.array([1 if row["label"] == "fake" else 0 for row in rows], dtype=np.int64)
    return Dataset(paths, labels)


def reframe(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Random zoom (0.8-1.25), shift (up to 10% each way) with reflected padding where the
    window leaves the photo, then rescale to a random size (224-400 px)."""
    width, height = image.size
    zoom = float(rng.uniform(0.8, 1.25))
    side = min(width, height) / zoom
    cx = width / 2 + float(rng.uniform(-0.1, 0.1)) * width
    cy = height / 2 + float(rng.uniform(-0.1, 0.1)) * height
    return window(image, cx, cy, side, int(rng.integers(224, 401)))


def face_crop(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A random crop around the detected face (1.05-1.5 times its width, shifted up to 10%),
    the same for both classes: it removes the framing difference between the classes (how
    much of the frame the face fills and where). Falls back to :func:`reframe` without a face."""
    main = find_faces(image).main
    if main is None:
        return reframe(image, rng)
    width, height = image.size
    x, y, w, h = main
    side = w * width * float(rng.uniform(1.05, 1.5))
    cx = (x + w / 2) * width + float(rng.uniform(-0.1, 0.1)) * side
    cy = (y + h / 2) * height + float(rng.uniform(-0.1, 0.1)) * side
    return window(image, cx, cy, side, int(rng.integers(224, 401)))


def window(image: Image.Image, cx: float, cy: float, side: float, out: int) -> Image.Image:
    """The square of ``side`` pixels centred on (cx, cy), reflected where it leaves the
    photo, resized to ``out`` pixels."""
    pad = int(side)
    padded = np.pad(np.asarray(image.convert("RGB")), ((pad, pad), (pad, pad), (0, 0)),
                    mode="reflect")
    left, top = int(cx - side / 2) + pad, int(cy - side / 2) + pad
    cut = padded[top : top + int(side), left : left + int(side)]
    return Image.fromarray(cut).resize((out, out), Image.Resampling.LANCZOS)


def features_of(image: Image.Image) -> dict[str, float]:
    return image_features(image, find_faces(image))


def extract(paths: list[Path], copy: int, seed: int = SEED) -> list[dict[str, float]]:
    """Features of each image: copy 0 as given, copies 1-3 re-framed, copies 4-5 cropped
    around the face, each with its own seed."""
    from joblib import Parallel, delayed

    def one(i: int, path: Path) -> dict[str, float]:
        image = Image.open(path).convert("RGB")
        rng = np.random.default_rng([seed, i, copy])
        if copy in FACE_CROP_COPIES:
            image = face_crop(image, rng)
        elif copy > 0:
            image = reframe(image, rng)
        return features_of(image)

    jobs = Parallel(n_jobs=2, prefer="processes")
    return list(jobs(delayed(one)(i, p) for i, p in enumerate(paths)))


def to_matrix(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    return np.array([[row[n] for n in names] for row in rows], dtype=np.float64)


def make_estimator() -> Any:
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(
        max_iter=300, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=10,
        l2_regularization=1.0, random_state=SEED,
    )


def tpr_at(y: np.ndarray, p: np.ndarray, fpr_max: float) -> float:
    from sklearn.metrics import roc_curve

    fpr, tpr, _ = roc_curve(y, p)
    return float(tpr[fpr <= fpr_max].max())


def metrics(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import roc_auc_score

    return {"roc_auc": float(roc_auc_score(y, p)), "tpr_at_1pct_fpr": tpr_at(y, p, 0.01),
            "tpr_at_5pct_fpr": tpr_at(y, p, 0.05)}


def with_intervals(y: np.ndarray, p: np.ndarray) -> dict[str, Any]:
    """Point metrics and stratified-bootstrap 95% intervals over images."""
    rng = np.random.default_rng(SEED)
    point = metrics(y, p)
    pos, neg = np.flatnonzero(y == 1), np.flatnonzero(y == 0)
    draws: dict[str, list[float]] = {k: [] for k in point}
    for _ in range(BOOTSTRAPS):
        idx = np.concatenate([rng.choice(pos, len(pos)), rng.choice(neg, len(neg))])
        for key, value in metrics(y[idx], p[idx]).items():
            draws[key].append(value)
    return {k: {"value": round(v, 4),
                "ci95": [round(float(np.percentile(draws[k], q)), 4) for q in (2.5, 97.5)]}
            for k, v in point.items()}


Split = tuple[np.ndarray, np.ndarray]


def folds(y: np.ndarray) -> list[Split]:
    from sklearn.model_selection import StratifiedKFold

    splitter = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    return list(splitter.split(np.zeros(len(y)), y))


def out_of_fold(
    train_sets: list[np.ndarray], test_set: np.ndarray, y: np.ndarray, columns: list[int]
) -> np.ndarray:
    """Out-of-fold probabilities: fit on the training images' rows of every matrix in
    ``train_sets`` (copies of the same images), predict ``test_set`` rows."""
    scores = np.zeros(len(y))
    for train, test in folds(y):
        x = np.vstack([m[train][:, columns] for m in train_sets])
        target = np.concatenate([y[train]] * len(train_sets))
        model = make_estimator().fit(x, target)
        scores[test] = model.predict_proba(test_set[test][:, columns])[:, 1]
    return scores


def column_sets(names: list[str]) -> dict[str, list[int]]:
    eyes = [i for i, n in enumerate(names) if group_of(n) == "eyes"]
    rest = [i for i, n in enumerate(names) if group_of(n) != "eyes"]
    return {"all features": list(range(len(names))), "without eye/face position": rest,
            "eye/face position only": eyes}


def experiments(
    mats: dict[str, np.ndarray], y: np.ndarray, names: list[str], log: Callable[[str], None]
) -> dict[str, Any]:
    """Every evaluation reported in the model card."""
    given, ref, augs = mats["given"], mats["reframed_eval"], [mats["aug1"], mats["aug2"]]
    face_eval, every = mats["face_eval"], [mats[m] for m in TRAIN_COPIES]
    plans = {
        "trained as given, tested as given": ([given], given),
        "trained as given, tested re-framed": ([given], ref),
        "trained re-framed, tested re-framed": ([augs[0]], ref),
        "trained with re-framing augmentation, tested as given": ([given, *augs], given),
        "trained with re-framing augmentation, tested re-framed": ([given, *augs], ref),
        "trained as given, tested on face crops": ([given], face_eval),
        "trained on face crops, tested on face crops": ([mats["face_aug"]], face_eval),
        "shipped recipe (as given + re-framed + face crops), tested as given": (every, given),
        "shipped recipe, tested re-framed": (every, ref),
        "shipped recipe, tested on face crops": (every, face_eval),
    }
    results: dict[str, Any] = {}
    for cols_name, cols in column_sets(names).items():
        for plan, (train_sets, test_set) in plans.items():
            key = f"{plan} | {cols_name}"
            results[key] = with_intervals(y, out_of_fold(train_sets, test_set, y, cols))
            log(f"{key}: " + ", ".join(f"{k} {v['value']:.3f}" for k, v in results[key].items()))
    return results


def reference_values(rows: np.ndarray, y: np.ndarray, names: list[str]) -> dict[str, float]:
    real = rows[y == 0]
    return {n: float(np.nanmedian(real[:, i])) for i, n in enumerate(names)}


def holdout(y: np.ndarray) -> np.ndarray:
    """A fixed, seeded handful of images per class the shipped model never sees."""
    rng = np.random.default_rng(SEED)
    picks = [rng.choice(np.flatnonzero(y == c), HOLDOUT_PER_CLASS, replace=False) for c in (0, 1)]
    return np.sort(np.concatenate(picks))


def fit_final(
    mats: dict[str, np.ndarray], y: np.ndarray, names: list[str], keep: np.ndarray
) -> dict[str, Any]:
    x = np.vstack([mats[m][keep] for m in TRAIN_COPIES])
    target = np.concatenate([y[keep]] * len(TRAIN_COPIES))
    estimator = make_estimator().fit(x, target)
    reference = reference_values(mats["given"][keep], y[keep], names)
    return {"estimator": estimator, "feature_names": names, "reference": reference,
            "version": version_today()}


def version_today() -> str:
    return f"1.0+{date.today().isoformat()}"


def face_rates(mats: dict[str, np.ndarray], y: np.ndarray, names: list[str]) -> dict[str, Any]:
    face, eye = names.index("face_found"), names.index("eye_offset")
    out: dict[str, Any] = {}
    for label, cls in (("real", 0), ("fake", 1)):
        rows = mats["given"][y == cls]
        out[label] = {"images": len(rows), "face_found": int(np.sum(rows[:, face] == 1)),
                      "eyes_found": int(np.sum(~np.isnan(rows[:, eye])))}
    return out


def train(data: Path, out: Path | None = None, log: Callable[[str], None] = print) -> Path:
    """Evaluate, fit the shipped model, and write artefact, metrics JSON and model card."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):  # small fits: threads only oversubscribe the CPU
        return train_on(data, out or ARTEFACT_DIR, log)


def train_on(data: Path, out: Path, log: Callable[[str], None]) -> Path:
    import joblib

    from vetlink.photo.model_card import write_card

    out.mkdir(parents=True, exist_ok=True)
    dataset = read_dataset(data)
    y = dataset.labels
    log(f"{len(y)} images: {int((y == 0).sum())} real, {int(y.sum())} generated")
    raw = {name: extract(dataset.paths, copy) for name, copy in COPIES.items()}
    names = list(raw["given"][0])
    mats = {name: to_matrix(rows, names) for name, rows in raw.items()}
    report = {
        "model": "ai_face", "version": version_today(), "trained": date.today().isoformat(),
        "data": {"name": DATASET, "path": str(data), "real": int((y == 0).sum()),
                 "generated": int(y.sum())},
        "protocol": {"folds": FOLDS, "seed": SEED, "bootstraps": BOOTSTRAPS,
                     "augmentation_copies": AUG_COPIES},
        "face_detection": face_rates(mats, y, names),
        "results": experiments(mats, y, names, log),
    }
    held = holdout(y)
    keep = np.setdiff1d(np.arange(len(y)), held)
    report["holdout"] = [str(dataset.paths[i].relative_to(data)) for i in held]
    artefact = fit_final(mats, y, names, keep)
    joblib.dump(artefact, out / "ai_face.joblib", compress=3)
    (out / "ai_face.metrics.json").write_text(json.dumps(report, indent=2) + "\n")
    write_card(report, out / "ai_face.card.md")
    return out / "ai_face.joblib"
