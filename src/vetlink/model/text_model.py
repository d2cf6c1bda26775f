"""The recruitment-fraud text model at run time: its exported weights and plain Python + numpy.

Training (:mod:`vetlink.model.recruitment_fit`, scikit-learn) writes the fitted model's
vocabularies, IDF weights, coefficients and intercept to ``recruitment_fraud.npz``
(:func:`save_npz`, byte-for-byte reproducible); :class:`TextModel` scores a text from them
without importing scikit-learn or SciPy (cold start, issue 12). It is the one implementation of
the arithmetic (TF-IDF row, linear score, probability, explanation): the scikit-learn model
runs the same code with scikit-learn's own analyzers, and a test asserts the two give
identical rows, probabilities and explanations (``tests/model/test_text_model.py``).

The analyzers below reproduce scikit-learn 1.x's ``TfidfVectorizer`` with the parameters the
model is trained with: ``analyzer="word"``, ``token_pattern=r"(?u)\\b\\w\\w+\\b"``,
``ngram_range=(1, 2)``, and ``analyzer="char_wb"``, ``ngram_range=(3, 5)``; both lower-case,
no accent stripping, no stop words, sublinear TF, L2 norm.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from vetlink.model.text_features import normalise

TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern
WHITE_SPACES_RE = re.compile(r"\s\s+")  # what scikit-learn's char analyzers collapse
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (3, 5)
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # zip entries' time: the same bytes on every run
FORMAT = "vetlink-text-model/1"

Analyzer = Callable[[str], list[str]]


def word_ngrams(doc: str) -> list[str]:
    """scikit-learn's word analyzer (``_word_ngrams`` after ``token_pattern.findall``)."""
    tokens = TOKEN_RE.findall(doc.lower())
    grams = list(tokens)
    low, high = WORD_NGRAMS
    for n in range(max(low, 2), min(high + 1, len(tokens) + 1)):
        for i in range(len(tokens) - n + 1):
            grams.append(" ".join(tokens[i:i + n]))
    return grams


def char_wb_ngrams(doc: str) -> list[str]:
    """scikit-learn's ``char_wb`` analyzer: n-grams inside words padded with one space."""
    grams: list[str] = []
    low, high = CHAR_NGRAMS
    for word in WHITE_SPACES_RE.sub(" ", doc.lower()).split():
        word = " " + word + " "
        size = len(word)
        for n in range(low, high + 1):
            offset = 0
            grams.append(word[offset:offset + n])
            while offset + n < size:
                offset += 1
                grams.append(word[offset:offset + n])
            if offset == 0:  # a short word is counted once
                break
    return grams


@dataclass(frozen=True)
class Row:
    """One transformed text: sorted feature indices and their TF-IDF values."""

    indices: list[int]
    data: list[float]


@dataclass
class TextModel:
    """Word + character TF-IDF and a logistic regression, from exported weights."""

    word_terms: list[str]  # feature names in index order
    char_terms: list[str]
    word_idf: np.ndarray  # as trained (float32)
    char_idf: np.ndarray
    coef: np.ndarray  # float64, word features first
    intercept: float
    word_analyzer: Analyzer = word_ngrams
    char_analyzer: Analyzer = char_wb_ngrams
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def word_vocab(self) -> dict[str, int]:
        return self._cached("word_vocab", lambda: {t: i for i, t in enumerate(self.word_terms)})

    @property
    def char_vocab(self) -> dict[str, int]:
        return self._cached("char_vocab", lambda: {t: i for i, t in enumerate(self.char_terms)})

    def _cached(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def _weights(self) -> list[float]:
        return self._cached("coef_list", lambda: self.coef.tolist())

    def transform_one(self, text: str) -> Row:
        """The TF-IDF row of one text (sublinear TF, L2-normalised per vectorizer)."""
        doc = normalise(text)
        indices: list[int] = []
        values: list[float] = []
        offset = 0
        for analyse, vocab, idf in ((self.word_analyzer, self.word_vocab, self.word_idf),
                                    (self.char_analyzer, self.char_vocab, self.char_idf)):
            part_indices, part_values = tfidf_row(analyse, vocab, idf, doc)
            indices.extend(i + offset for i in part_indices)
            values.extend(part_values)
            offset += len(vocab)
        order = np.argsort(indices)
        return Row(indices=np.asarray(indices, dtype=np.int64)[order].tolist(),
                   data=np.asarray(values, dtype=np.float64)[order].tolist())

    def logit(self, row: Row) -> float:
        """The linear score: the sum over the row's features in index order, as SciPy's
        sparse matrix-vector product adds them, plus the intercept."""
        weights = self._weights()
        total = 0.0
        for index, value in zip(row.indices, row.data, strict=True):
            total += value * weights[index]
        return float(total + self.intercept)

    def fraud_probability(self, row: Row) -> float:
        """P(fraud) for one transformed row (the logistic function of the linear score)."""
        return float(1.0 / (1.0 + np.exp(-self.logit(row))))

    def feature_weights(self) -> list[tuple[str, float]]:
        """Every feature with its weight (positive = towards fraud), strongest first; character
        n-grams are named ``char:<n-gram>``."""
        names = [*self.word_terms, *(f"char:{gram}" for gram in self.char_terms)]
        order = np.argsort(-np.abs(self.coef))
        return [(names[i], float(self.coef[i])) for i in order]

    def explain(self, text: str, top: int = 8, row: Row | None = None) -> list[dict[str, Any]]:
        """The words that pushed this text's score UP most (towards "fraudulent"), strongest
        first: word and bigram features as they are, character n-grams credited to the words
        they came from. Words that pushed it down are left out: shown as "moved by" they
        read as reasons for suspicion when they were reasons against it."""
        row = self.transform_one(text) if row is None else row
        weights = self._weights()
        n_word = len(self.word_terms)
        totals: dict[str, float] = {}
        for index, value in zip(row.indices, row.data, strict=True):
            if index < n_word:
                name = self.word_terms[index]
                totals[name] = totals.get(name, 0.0) + float(value * weights[index])
        for word, share in self._char_credit(normalise(text), row, n_word).items():
            totals[word] = totals.get(word, 0.0) + share
        raised = [(name, w) for name, w in totals.items()
                  if w > 0 and any(c.isalpha() for c in name)]
        ranked = sorted(raised, key=lambda kv: -kv[1])[:top]
        return [{"feature": name, "weight": round(float(w), 4)} for name, w in ranked]

    def _char_credit(self, doc: str, row: Row, n_word: int) -> dict[str, float]:
        weights = self._weights()
        value_of = {i - n_word: v for i, v in zip(row.indices, row.data, strict=True)
                    if i >= n_word}
        vocab = self.char_vocab
        grams_of = {word: [vocab[g] for g in self.char_analyzer(word) if g in vocab]
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


def tfidf_row(analyse: Analyzer, vocab: dict[str, int], idf: np.ndarray,
              doc: str) -> tuple[list[int], list[float]]:
    """Feature indices (in order of first appearance) and L2-normalised sublinear TF-IDF."""
    counts: dict[int, int] = {}
    for term in analyse(doc):
        index = vocab.get(term)
        if index is not None:
            counts[index] = counts.get(index, 0) + 1
    keys = list(counts)
    weights = [(1.0 + float(np.log(counts[i]))) * float(idf[i]) for i in keys]
    norm = float(np.sqrt(sum(w * w for w in weights))) or 1.0
    return keys, [w / norm for w in weights]


def save_npz(model: TextModel, meta: dict[str, Any], path: Path) -> None:
    """Write the weights and ``meta`` to ``path``: the same bytes for the same model (fixed
    entry times and order), readable with ``numpy.load(path, allow_pickle=False)``."""
    for term in (*model.word_terms, *model.char_terms):
        if "\n" in term:
            raise ValueError(f"feature {term!r} holds a line break")
    arrays = {
        "format": text_bytes(FORMAT),
        "meta": text_bytes(json.dumps(meta, sort_keys=True, ensure_ascii=False)),
        "word_terms": text_bytes("\n".join(model.word_terms)),
        "char_terms": text_bytes("\n".join(model.char_terms)),
        "word_idf": model.word_idf, "char_idf": model.char_idf,
        "coef": np.asarray(model.coef, dtype=np.float64),
        "intercept": np.asarray([model.intercept], dtype=np.float64),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, buffer.getvalue())


def load_npz(path: Path) -> tuple[TextModel, dict[str, Any]]:
    """The model and its meta from :func:`save_npz`'s file."""
    with np.load(path, allow_pickle=False) as found:
        if bytes_text(found["format"]) != FORMAT:
            raise ValueError(f"not a {FORMAT} file")
        model = TextModel(
            word_terms=split_terms(bytes_text(found["word_terms"])),
            char_terms=split_terms(bytes_text(found["char_terms"])),
            word_idf=found["word_idf"], char_idf=found["char_idf"], coef=found["coef"],
            intercept=float(found["intercept"][0]))
        meta = json.loads(bytes_text(found["meta"]))
    if (len(model.word_terms) != len(model.word_idf) or len(model.char_terms) !=
            len(model.char_idf) or len(model.coef) != len(model.word_idf) + len(model.char_idf)):
        raise ValueError("the arrays' lengths do not agree")
    return model, meta


def text_bytes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-8"), dtype=np.uint8)


def bytes_text(array: np.ndarray) -> str:
    return array.tobytes().decode("utf-8")


def split_terms(text: str) -> list[str]:
    return text.split("\n") if text else []
