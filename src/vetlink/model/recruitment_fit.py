"""The recruitment-fraud text model as trained: scikit-learn's TF-IDF and logistic regression.

Training only (``vetlink train recruitment-fraud``, :mod:`vetlink.model.train_recruitment`):
run time reads the weights it exports (:meth:`RecruitmentFraudModel.export`,
:mod:`vetlink.model.text_model`) without scikit-learn.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from vetlink.model.text_features import normalise
from vetlink.model.text_model import Row, TextModel


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

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return self.classifier_.predict_proba(self.transform(texts))

    def predict(self, texts: list[str]) -> np.ndarray:
        return (self.predict_proba(texts)[:, 1] >= 0.5).astype(int)

    def export(self, sklearn_analyzers: bool = False) -> TextModel:
        """The fitted weights as a :class:`TextModel`: with vetlink's own analyzers (what run
        time uses), or with scikit-learn's (the reference the run-time model is tested
        against)."""
        def terms(vectorizer: TfidfVectorizer) -> list[str]:
            return [str(t) for t in vectorizer.get_feature_names_out()]

        model = TextModel(word_terms=terms(self.word_), char_terms=terms(self.char_),
                          word_idf=self.word_.idf_, char_idf=self.char_.idf_,
                          coef=np.asarray(self.classifier_.coef_[0], dtype=np.float64),
                          intercept=float(self.classifier_.intercept_[0]))
        if sklearn_analyzers:
            model.word_analyzer = self.word_.build_analyzer()
            model.char_analyzer = self.char_.build_analyzer()
        return model

    def __getstate__(self) -> dict[str, Any]:  # the cached reference is not pickled
        state: dict[str, Any] = super().__getstate__()
        return {k: v for k, v in state.items() if k != "_reference_model"}

    def _reference(self) -> TextModel:
        cached: TextModel | None = self.__dict__.get("_reference_model")
        if cached is None:
            cached = self.export(sklearn_analyzers=True)
            self.__dict__["_reference_model"] = cached
        return cached

    # The run-time arithmetic with scikit-learn's analyzers (training and the advert model's
    # cross-validation use these).
    def transform_one(self, text: str) -> Row:
        return self._reference().transform_one(text)

    def logit(self, row: Row) -> float:
        return self._reference().logit(row)

    def fraud_probability(self, row: Row) -> float:
        return self._reference().fraud_probability(row)

    def explain(self, text: str, top: int = 8, row: Row | None = None) -> list[dict[str, Any]]:
        return self._reference().explain(text, top, row)

    def feature_weights(self) -> list[tuple[str, float]]:
        return self._reference().feature_weights()
