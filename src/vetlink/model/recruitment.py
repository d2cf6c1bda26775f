"""The recruitment-fraud text model: word and character TF-IDF with logistic regression.

Trained on EMSCAD job ads (see ``artefacts/recruitment_fraud.card.md`` and
:mod:`vetlink.model.train_recruitment`). At run time :func:`score_text` reads the contact's
messages and returns a :class:`~vetlink.domain.ModelOutput` with the words that moved it.
The artefact is loaded on first use and cached; when it is missing, :func:`score_text` raises
:class:`~vetlink.errors.ModelUnavailable` and the rules run without it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from vetlink.domain import ModelOutput
from vetlink.errors import ModelUnavailable
from vetlink.model.text_features import normalise

MODEL_NAME = "recruitment_fraud"
ARTEFACT = "recruitment_fraud.joblib"


class RecruitmentFraudModel(ClassifierMixin, BaseEstimator):
    """Word (1-2 gram) + character (3-5 gram, within words) TF-IDF, logistic regression with
    balanced class weights, and the vocabulary pruned to the ``max_features`` features with the
    largest weights (then refitted on that vocabulary) to keep the artefact small."""

    def __init__(self, C: float = 4.0, max_features: int = 20_000, min_df: int = 2) -> None:
        self.C = C
        self.max_features = max_features
        self.min_df = min_df

    def _vectorizers(
        self, word_vocab: dict[str, int] | None = None, char_vocab: dict[str, int] | None = None
    ) -> tuple[TfidfVectorizer, TfidfVectorizer]:
        word = TfidfVectorizer(ngram_range=(1, 2), min_df=self.min_df, sublinear_tf=True,
                               vocabulary=word_vocab, dtype=np.float32)
        char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=self.min_df,
                               sublinear_tf=True, vocabulary=char_vocab, dtype=np.float32)
        return word, char

    def _classifier(self) -> LogisticRegression:
        return LogisticRegression(C=self.C, class_weight="balanced", max_iter=2000,
                                  solver="liblinear")

    def fit(self, texts: list[str], y: Any) -> RecruitmentFraudModel:
        docs = [normalise(t) for t in texts]
        word, char = self._vectorizers()
        matrix = sparse.hstack([word.fit_transform(docs), char.fit_transform(docs)]).tocsr()
        first = self._classifier().fit(matrix, y)
        keep = np.argsort(-np.abs(first.coef_[0]))[: self.max_features]
        n_word = len(word.vocabulary_)
        word_names, char_names = word.get_feature_names_out(), char.get_feature_names_out()
        word_keep = sorted(str(word_names[i]) for i in keep if i < n_word)
        char_keep = sorted(str(char_names[i - n_word]) for i in keep if i >= n_word)
        self.word_, self.char_ = self._vectorizers(
            {t: i for i, t in enumerate(word_keep)}, {t: i for i, t in enumerate(char_keep)}
        )
        matrix = sparse.hstack([self.word_.fit_transform(docs), self.char_.fit_transform(docs)])
        self.classifier_ = self._classifier().fit(matrix.tocsr(), y)
        self.classes_ = self.classifier_.classes_
        return self

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        docs = [normalise(t) for t in texts]
        return sparse.hstack([self.word_.transform(docs), self.char_.transform(docs)]).tocsr()

    def transform_one(self, text: str) -> sparse.csr_matrix:
        """The same row as ``transform([text])``, without scikit-learn's per-call validation
        (which costs more than the arithmetic for one short message)."""
        doc = normalise(text)
        indices: list[int] = []
        values: list[float] = []
        offset = 0
        for vectorizer in (self.word_, self.char_):
            part_indices, part_values = self._tfidf_row(vectorizer, doc)
            indices.extend(i + offset for i in part_indices)
            values.extend(part_values)
            offset += len(vectorizer.vocabulary_)
        order = np.argsort(indices)
        columns = np.asarray(indices, dtype=np.int64)[order]
        data = np.asarray(values, dtype=np.float64)[order]
        return sparse.csr_matrix((data, columns, [0, len(values)]), shape=(1, offset))

    def _tfidf_row(self, vectorizer: TfidfVectorizer, doc: str) -> tuple[list[int], list[float]]:
        analyzers: dict[int, Any] = self.__dict__.setdefault("_analyzers", {})
        analyse = analyzers.setdefault(id(vectorizer), vectorizer.build_analyzer())
        counts: dict[int, int] = {}
        vocab = vectorizer.vocabulary_
        for term in analyse(doc):
            index = vocab.get(term)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        idf = vectorizer.idf_
        keys = list(counts)
        weights = [(1.0 + float(np.log(counts[i]))) * float(idf[i]) for i in keys]
        norm = float(np.sqrt(sum(w * w for w in weights))) or 1.0
        return keys, [w / norm for w in weights]

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return self.classifier_.predict_proba(self.transform(texts))

    def predict(self, texts: list[str]) -> np.ndarray:
        return (self.predict_proba(texts)[:, 1] >= 0.5).astype(int)

    def feature_weights(self) -> list[tuple[str, float]]:
        """Every feature with its weight (positive = towards fraud), strongest first; character
        n-grams are named ``char:<n-gram>``."""
        chars = [f"char:{gram}" for gram in self.char_.get_feature_names_out()]
        names = [*self.word_.get_feature_names_out(), *chars]
        weights = self.classifier_.coef_[0]
        order = np.argsort(-np.abs(weights))
        return [(str(names[i]), float(weights[i])) for i in order]

    def fraud_probability(self, row: sparse.csr_matrix) -> float:
        """P(fraud) for one transformed row (the logistic function of the linear score)."""
        z = float((row @ self.classifier_.coef_[0])[0] + self.classifier_.intercept_[0])
        return float(1.0 / (1.0 + np.exp(-z)))

    def explain(self, text: str, top: int = 8,
                row: sparse.csr_matrix | None = None) -> list[dict[str, Any]]:
        """The words that pushed this text's score UP most (towards "fraudulent"), strongest
        first: word and bigram features as they are, character n-grams credited to the words
        they came from. Words that pushed it down are left out: shown as "moved by" they
        read as reasons for suspicion when they were reasons against it."""
        row = self.transform([text]) if row is None else row
        weights = self.classifier_.coef_[0]
        n_word = len(self.word_.vocabulary_)
        word_names = self._word_names()
        totals: dict[str, float] = {}
        for index, value in zip(row.indices, row.data, strict=True):
            if index < n_word:
                name = word_names[index]
                totals[name] = totals.get(name, 0.0) + float(value * weights[index])
        for word, share in self._char_credit(normalise(text), row, n_word).items():
            totals[word] = totals.get(word, 0.0) + share
        raised = [(name, w) for name, w in totals.items()
                  if w > 0 and any(c.isalpha() for c in name)]
        ranked = sorted(raised, key=lambda kv: -kv[1])[:top]
        return [{"feature": name, "weight": round(float(w), 4)} for name, w in ranked]

    def _word_names(self) -> list[str]:
        cached: list[str] | None = self.__dict__.get("_names_cache")
        if cached is None:
            cached = [str(n) for n in self.word_.get_feature_names_out()]
            self.__dict__["_names_cache"] = cached
        return cached

    def _char_credit(self, doc: str, row: sparse.csr_matrix, n_word: int) -> dict[str, float]:
        weights = self.classifier_.coef_[0]
        value_of = {int(i) - n_word: float(v) for i, v in zip(row.indices, row.data, strict=True)
                    if i >= n_word}
        analyse = self.char_.build_analyzer()
        vocab = self.char_.vocabulary_
        grams_of = {word: [vocab[g] for g in analyse(word) if g in vocab]
                    for word in set(doc.split())}
        counts: dict[int, int] = {}
        for word in doc.split():
            for gram in grams_of[word]:
                counts[gram] = counts.get(gram, 0) + 1
        credit: dict[str, float] = {}
        for word in doc.split():
            for gram in grams_of[word]:
                share = value_of.get(gram, 0.0) * weights[n_word + gram] / counts[gram]
                credit[word] = credit.get(word, 0.0) + share
        return credit


def artefact_path() -> Path:
    return Path(str(resources.files("vetlink.model").joinpath("artefacts", ARTEFACT)))


def load_model(path: Path | None = None) -> dict[str, Any]:
    """The artefact ({"model": RecruitmentFraudModel, "meta": {...}}), loaded once per path."""
    return _load(path or artefact_path())


@lru_cache(maxsize=4)
def _load(where: Path) -> dict[str, Any]:
    if not where.is_file():
        raise ModelUnavailable(f"recruitment-fraud model not found at {where} "
                               "(train it with `vetlink train recruitment-fraud`)")
    import joblib

    try:
        bundle: dict[str, Any] = joblib.load(where)
    except Exception as exc:  # a truncated or incompatible file
        raise ModelUnavailable(f"recruitment-fraud model at {where} could not be loaded "
                               f"({type(exc).__name__})") from None
    return bundle


def score_text(text: str, path: Path | None = None) -> ModelOutput:
    """Fraud probability of a text, with the words that moved it."""
    bundle = load_model(path)
    model: RecruitmentFraudModel = bundle["model"]
    row = model.transform_one(text)
    return ModelOutput(
        name=MODEL_NAME,
        version=str(bundle["meta"].get("version", "unknown")),
        probability=round(model.fraud_probability(row), 4),
        contributions=model.explain(text, row=row),
    )
