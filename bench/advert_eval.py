"""Job adverts: the product path before and after, the model, the baseline, the genre detector.

    PYTHONPATH=src .venv/bin/python bench/advert_eval.py [--data EMSCAD.parquet]

Prints, in one run:

1. Out-of-fold figures on the shared EMSCAD adverts (StratifiedGroupKFold, 5 folds, seed 0;
   groups = shared normalised description, title + company profile, or long requirements).
   For each outer fold the text model, the advert model (with its own inner CV) and the plain
   baseline are trained on the other folds only, and each held-out advert is then checked
   **through the product** (:func:`vetlink.assess.assess`) with those fold models:
   - before: today's path, the advert as a one-message conversation read as a chat (the text
     model's weight capped at 0.25);
   - after, pasted: the advert pasted as a conversation (the genre detector decides);
   - after, as advert: the advert given as an advert (``assess(advert=...)``);
   next to the text model alone and the plain TF-IDF + logistic regression baseline.
   Each advert is rendered twice: as the page a person would paste (title, job facts, "About
   us", description, requirements, benefits) and as its bare fields (title, description,
   requirements, benefits: what the issue measured).
2. The genre detector: adverts read as adverts; chats read as adverts on the approach sets
   (dev, and test: figures only), the conversation fixtures and the frozen genre sets.
3. The approach dev set and the fixtures: bands with the genre detector vs read as chats (no
   chat may become high because of it).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import StratifiedGroupKFold

from vetlink import scoring
from vetlink.approach import check_conversation
from vetlink.assess import assess, combine
from vetlink.domain import Assessment, Conversation, Message
from vetlink.errors import VetlinkError
from vetlink.ingest.conversation import conversation_from_bytes
from vetlink.model import advert as advert_module
from vetlink.model import recruitment
from vetlink.model.evaluation import baseline, roc_auc
from vetlink.model.text_features import ad_text
from vetlink.model.train_advert import advert_groups, dedupe, fit_advert, render_advert
from vetlink.model.train_recruitment import read_rows
from vetlink.signals.base import Context
from vetlink.signals.message_advert import ADVERT_FROM, ADVERT_MODEL, ADVERT_TRUST

ADVERT = ADVERT_MODEL

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "emscad-fake-jobs-subset" / \
    "emscad_subset_combined.parquet"
EVAL = ROOT / "tests" / "evaluation"
RENDERINGS: dict[str, Callable[[dict[str, Any]], str]] = {
    "page": render_advert, "fields": ad_text}
PATHS = ("before", "after_pasted", "after_advert")


def as_chat(text: str) -> Assessment:
    """Today's path: one message from the contact, read as a chat."""
    return as_chat_conversation(Conversation(messages=[Message(sender="contact", text=text)]))


def as_chat_conversation(conversation: Conversation) -> Assessment:
    part = check_conversation(conversation, Context(), True, genre="chat")
    return combine([part], {"inputs": ["conversation"]})


def pasted(text: str) -> Assessment:
    return assess(conversation=conversation_from_bytes(text.encode(), "pasted.txt"))


def use_fold_models(text_model: Any, stacker: Any, where: Path) -> None:
    """Point the product at this fold's models (the bench's only substitution)."""
    import joblib

    joblib.dump({"model": text_model, "meta": {"version": "fold"}}, where / "text.joblib")
    (where / "advert.json").write_text(json.dumps(stacker.to_json()), encoding="utf-8")
    recruitment.artefact_path = lambda: where / "text.joblib"  # type: ignore[assignment]
    advert_module.artefact_path = lambda: where / "advert.json"  # type: ignore[assignment]
    recruitment._load.cache_clear()
    advert_module.load_advert_model.cache_clear()


def outer_folds(rows: list[dict[str, Any]], y: np.ndarray, groups: np.ndarray) -> dict[str, Any]:
    folds = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
    keys = (*PATHS, "model", "baseline", "advert_p", "rules")
    out: dict[str, Any] = {r: {k: np.zeros(len(rows)) for k in keys} for r in RENDERINGS}
    bands: dict[str, Any] = {r: {k: [""] * len(rows) for k in PATHS} for r in RENDERINGS}
    genre: dict[str, list[str]] = {r: [""] * len(rows) for r in RENDERINGS}
    with tempfile.TemporaryDirectory() as tmp:
        for number, (train, test) in enumerate(folds.split(np.zeros(len(y)), y, groups), 1):
            start = time.perf_counter()
            train_rows = [rows[i] for i in train]
            text_model, stacker = fit_advert(train_rows, y[train], advert_groups(train_rows))
            base = baseline().fit([ad_text(r) for r in train_rows], y[train])
            use_fold_models(text_model, stacker, Path(tmp))
            for name, render in RENDERINGS.items():
                texts = [render(rows[i]) for i in test]
                out[name]["baseline"][test] = base.predict_proba(texts)[:, 1]
                for i, text in zip(test, texts, strict=True):
                    out[name]["model"][i] = recruitment.score_text(text).probability
                    for path, run in zip(PATHS, (as_chat, pasted, advert_of), strict=True):
                        result = run(text)
                        out[name][path][i], bands[name][path][i] = result.score, result.band
                        if path == "after_advert":
                            out[name]["advert_p"][i], out[name]["rules"][i] = split(result)
                        if path == "after_pasted":
                            genre[name][i] = str(result.subject.get("genre"))
            print(f"  fold {number}/5 done in {time.perf_counter() - start:.0f} s",
                  file=sys.stderr)
    return {"scores": out, "bands": bands, "genre": genre}


def split(result: Assessment) -> tuple[float, float]:
    """The advert model's probability (-1 when it did not run) and the score without it."""
    p = result.model.probability if result.model and result.model.name == ADVERT else -1.0
    rules = [f for f in result.findings if f.id != "message.advert_fraud_model"]
    return p, float(scoring.score(rules))


def with_trust(p: float, rules: float, trust: float) -> float:
    """The product score if the advert finding weighed ``trust`` × p (p >= 0.5)."""
    weight = trust * p if p >= ADVERT_FROM else 0.0
    return round(100 * (1 - (1 - rules / 100) * (1 - weight)))


def band_of(score: float) -> str:
    return scoring.band(int(score))


def advert_of(text: str) -> Assessment:
    return assess(advert=text)


def at(y: np.ndarray, flagged: np.ndarray) -> str:
    tp = int(np.sum(flagged & (y == 1)))
    fp = int(np.sum(flagged & (y == 0)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / int((y == 1).sum())
    return f"P {precision:.3f} R {recall:.3f}"


def print_adverts(y: np.ndarray, result: dict[str, Any]) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    print("\n== EMSCAD adverts, out-of-fold (fraud = positive; "
          f"{int(y.sum())} fraudulent, {int((y == 0).sum())} legitimate)")
    for name in RENDERINGS:
        print(f"-- rendered as {name}")
        scores, bands = result["scores"][name], result["bands"][name]
        for key in ("baseline", "model"):
            p = scores[key]
            auc = roc_auc(y == 1, p)
            figures[f"{name}/{key}"] = auc
            print(f"  {key:<24} AUC {auc:.3f}  at p>=0.5: {at(y, p >= 0.5)}")
        for path in PATHS:
            s, b = scores[path], np.asarray(bands[path])
            auc = roc_auc(y == 1, s)
            figures[f"{name}/{path}"] = auc
            print(f"  product {path:<16} AUC {auc:.3f}  medium+: {at(y, b != 'low')}  "
                  f"high: {at(y, b == 'high')}")
        for trust in (1.0, ADVERT_TRUST):
            s = np.asarray([with_trust(p, r, trust) for p, r in
                            zip(scores["advert_p"], scores["rules"], strict=True)])
            b = np.asarray([band_of(v) for v in s])
            print(f"  as advert, trust {trust:<4}      AUC {roc_auc(y == 1, s):.3f}  medium+: "
                  f"{at(y, b != 'low')}  high: {at(y, b == 'high')}")
        genres = result["genre"][name]
        share = sum(g == "advert" for g in genres)
        print(f"  genre detector (pasted): {share}/{len(genres)} read as adverts")
    return figures


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def case_text_or_conversation(case: dict[str, Any]) -> Conversation | None:
    if isinstance(case.get("conversation"), dict):
        return conversation_from_bytes(json.dumps(case["conversation"]).encode(), "case.json")
    text = case.get("text") or case.get("input")
    if isinstance(text, str) and text.strip():
        return conversation_from_bytes(text.encode(), "case.txt")
    return None


def genre_label(case: dict[str, Any]) -> str | None:
    for key in ("genre", "label", "expected_genre"):
        value = str(case.get(key) or "").lower()
        if value in ("advert", "job_advert", "job advert", "ad"):
            return "advert"
        if value in ("chat", "message", "personal_message", "personal message"):
            return "chat"
    return None


def genre_on_sets() -> None:
    from vetlink.approach.genre import classify_conversation

    print("\n== genre detector on frozen sets (advert = positive)")
    sets = [EVAL / "approach" / "dev.jsonl", EVAL / "approach" / "test.jsonl",
            EVAL / "profiles" / "genre-dev.jsonl", EVAL / "profiles" / "genre-test.jsonl"]
    for path in sets:
        if not path.exists():
            print(f"  {path.relative_to(ROOT)}: not on this branch yet")
            continue
        right = total = chats_as_adverts = chats = adverts_found = adverts = 0
        product: dict[str, list[str]] = {}
        for case in read_jsonl(path):
            truth = "chat" if path.parent.name == "approach" else genre_label(case)
            try:
                conversation = case_text_or_conversation(case)
            except Exception:  # an edge case the ingest refuses is not a genre question
                continue
            if truth is None or conversation is None:
                continue
            got = classify_conversation(conversation).genre
            if truth == "advert" and case.get("fraud") is not None:
                label = "fraud" if case["fraud"] else "genuine"
                product.setdefault(label, []).append(assess(conversation=conversation).band)
                product.setdefault(label + " (before)", []).append(
                    as_chat_conversation(conversation).band)
            total += 1
            right += got == truth
            if truth == "chat":
                chats += 1
                chats_as_adverts += got == "advert"
            else:
                adverts += 1
                adverts_found += got == "advert"
        print(f"  {path.relative_to(ROOT)}: accuracy {right}/{total}; chats read as adverts "
              f"{chats_as_adverts}/{chats}; adverts found {adverts_found}/{adverts}")
        for label, bands in sorted(product.items()):
            counts = ", ".join(f"{b} {bands.count(b)}" for b in ("low", "medium", "high"))
            print(f"    {label} adverts pasted, product bands: {counts}")


def bands_with_and_without_genre() -> None:
    print("\n== conversations: band with the genre detector vs read as a chat (today)")
    cases: list[tuple[str, Conversation]] = []
    for split in ("dev", "test"):  # test: held out, counted but never named
        for case in read_jsonl(EVAL / "approach" / f"{split}.jsonl"):
            try:
                cases.append((f"{split}/{case['id']}", case_text_or_conversation(case)))  # type: ignore
            except Exception:
                continue
    for path in sorted((ROOT / "tests" / "fixtures" / "conversations").iterdir()):
        if path.suffix in (".json", ".txt", ".eml"):
            cases.append((f"fixture/{path.name}", conversation_from_bytes(path.read_bytes(),
                                                                         path.name)))
    changed = became_high = 0
    for name, conversation in cases:
        try:
            now = assess(conversation=conversation)
            chat = as_chat_conversation(conversation)
        except VetlinkError:
            continue
        if (now.band, now.score) != (chat.band, chat.score):
            changed += 1
            shown = "a held-out test case" if name.startswith("test/") else name
            print(f"  changed: {shown}: {chat.band} {chat.score} -> {now.band} {now.score}")
        became_high += now.band == "high" and chat.band != "high"
    print(f"  {len(cases)} conversations (approach dev + test, fixtures): {changed} changed, "
          f"{became_high} became high")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--no-cv", action="store_true", help="only the genre and chat figures")
    args = parser.parse_args()
    genre_on_sets()
    bands_with_and_without_genre()
    if args.no_cv:
        return
    rows = dedupe(read_rows(args.data))
    y = np.asarray([int(r["fraudulent"]) for r in rows])
    groups = advert_groups(rows)
    print(f"\n(training {5 * 6} text models for the nested cross-validation...)", file=sys.stderr)
    print_adverts(y, outer_folds(rows, y, groups))


if __name__ == "__main__":
    main()
