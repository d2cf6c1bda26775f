"""Job adverts: the product path next to the advert model and a plain baseline, in one run.

    PYTHONPATH=src .venv/bin/python bench/advert_eval.py [--data EMSCAD.parquet] [--no-cv]

Prints, in one run:

1. The blind advert sets (``tests/evaluation/adverts/``: written for vetlink by a helper who
   never saw the code): product bands and ROC-AUC of the product's score, precision/recall at
   medium+ and high, false highs by kind; ``dev`` case by case (it may be studied), ``test``
   in aggregate only. With ``--blind-only`` only this part runs (it imports nothing newer than
   the first advert release, so it also measures older checkouts).
2. The genre detector on the frozen sets, and every conversation of the approach sets and the
   fixtures with the genre detector vs read as a chat (no chat may become high).
3. Out-of-fold figures on the shared EMSCAD adverts (StratifiedGroupKFold, 5 folds, seed 0;
   groups = shared normalised description, title + company profile, or long requirements).
   For each outer fold the text model, the advert model (with its own inner CV) and the plain
   baseline are trained on the other folds only, and each held-out advert is then checked
   **through the product** (:func:`vetlink.assess.assess`) with those fold models:

   - the advert model alone (its calibrated probability), the text model alone, the baseline;
   - before: the advert as a one-message conversation read as a chat (model capped at 0.25);
   - previous design: the advert finding at half its probability from 0.5, every rule adding
     (recomputed from the chat path's rule findings and this fold's advert model);
   - now, pasted (the genre detector decides) and given as an advert.

   The per-fold text models, their inner out-of-fold logits and the baselines are cached in
   ``var/cache/advert_eval/`` (keyed by the data's and the training code's hashes): a rerun
   after a change to the cues, the calibration or the scoring takes minutes, not half an hour.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from vetlink import scoring
from vetlink.approach import check_conversation
from vetlink.assess import assess, combine
from vetlink.domain import Assessment, Conversation, Message
from vetlink.errors import VetlinkError
from vetlink.ingest.conversation import conversation_from_bytes
from vetlink.signals.base import Context

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "evaluation"
CACHE = ROOT / "var" / "cache" / "advert_eval"
ADVERT_FINDING = "message.advert_fraud_model"
CHAT_MODEL_FINDING = "message.model_recruitment_fraud"
PATHS = ("before", "previous", "now_pasted", "now_advert")
LABELS = {"before": "before: read as a chat (model capped)",
          "previous": "previous: half weight, all rules",
          "now_pasted": "now, pasted (genre detected)",
          "now_advert": "now, given as an advert"}


def data_path(given: Path | None) -> Path:
    if given:
        return given
    shared = os.environ.get("VETLINK_SHARED_DATA")
    base = Path(shared) if shared else ROOT.parent / "shared" / "data"
    return base / "emscad-fake-jobs-subset" / "emscad_subset_combined.parquet"


# --- measuring -----------------------------------------------------------------------------

def roc_auc(y: np.ndarray, score: np.ndarray) -> float:
    """ROC-AUC with ties counted half (Mann-Whitney)."""
    from scipy.stats import rankdata

    ranks = rankdata(score)
    pos = int(np.sum(y == 1))
    neg = len(y) - pos
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


def at(y: np.ndarray, flagged: np.ndarray) -> str:
    tp = int(np.sum(flagged & (y == 1)))
    fp = int(np.sum(flagged & (y == 0)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / max(int((y == 1).sum()), 1)
    return f"P {precision:.3f} R {recall:.3f} (flagged {tp + fp})"


def band_line(y: np.ndarray, score: np.ndarray) -> str:
    bands = np.asarray([scoring.band(int(s)) for s in score])
    return (f"AUC {roc_auc(y, score):.3f}  medium+: {at(y, bands != 'low')}  "
            f"high: {at(y, bands == 'high')}")


# --- the product paths ----------------------------------------------------------------------

def as_chat_conversation(conversation: Conversation) -> Assessment:
    part = check_conversation(conversation, Context(), True, genre="chat")
    return combine([part], {"inputs": ["conversation"]})


def as_chat(text: str) -> Assessment:
    """Before: one message from the contact, read as a chat."""
    return as_chat_conversation(Conversation(messages=[Message(sender="contact", text=text)]))


def previous_design(chat: Assessment, p: float) -> float:
    """The first advert release: every rule's finding (the chat path's, without the capped
    chat model) and the advert finding at half its probability from 0.5."""
    rules = [f for f in chat.findings if f.id != CHAT_MODEL_FINDING]
    clear = 1 - scoring.score(rules) / 100
    weight = 0.5 * p if p >= 0.5 else 0.0
    return round(100 * (1 - clear * (1 - weight)))


def rules_only(result: Assessment) -> float:
    """The score an advert's assessment would have without the advert model's finding."""
    return float(scoring.score([f for f in result.findings if f.id != ADVERT_FINDING]))


def mapped(p: float, rules: float, medium_from: float, high_from: float | None) -> float:
    """The score under another probability-to-weight mapping (the sweep: dev sets only)."""
    top = 0.95 if high_from is not None else 0.59
    points = [(0.0, 0.0), (medium_from, 0.30)]
    points += [(high_from, 0.60), (1.0, top)] if high_from is not None else [(1.0, top)]
    weight = float(np.interp(p, [a for a, _ in points], [b for _, b in points]))
    return round(100 * (1 - (1 - rules / 100) * (1 - weight)))


SWEEP = [(m, h) for m in (0.5, 0.7, 0.8) for h in (0.9, 0.95, None)] + [(0.9, None), (0.95, None)]


def sweep(y: np.ndarray, p: np.ndarray, rules: np.ndarray) -> None:
    """Band figures under other mappings (medium from p = m; high from p = h, or never from
    the model alone): printed for EMSCAD out-of-fold and the blind dev set, never test."""
    for medium_from, high_from in SWEEP:
        s = np.asarray([mapped(a, b, medium_from, high_from) for a, b in zip(p, rules,
                                                                             strict=True)])
        shown = "never" if high_from is None else f"{high_from}"
        print(f"    medium from p {medium_from}, high from p {shown:<5} {band_line(y, s)}")


def pasted(text: str) -> Assessment:
    return assess(conversation=conversation_from_bytes(text.encode(), "pasted.txt"))


# --- 1. the blind advert sets ---------------------------------------------------------------

def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def advert_text(case: dict[str, Any]) -> str | None:
    for key in ("text", "advert", "html", "input"):
        if isinstance(case.get(key), str) and case[key].strip():
            return str(case[key])
    return None


def is_fraud(case: dict[str, Any]) -> bool | None:
    value = case.get("fraud", case.get("fraudulent", case.get("label")))
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.lower() in ("fraud", "fraudulent", "scam", "hostile", "fake", "true")
    return None


def blind_case(case: dict[str, Any]) -> tuple[int, str, float | None, float] | None:
    """(score, band, advert-model probability) of one blind advert given as an advert."""
    from vetlink.ingest.advert import advert_from_bytes

    text = advert_text(case)
    if text is None:
        return None
    name = "advert.html" if str(case.get("format", "")).lower() == "html" else "advert.txt"
    try:
        result = assess(advert=advert_from_bytes(text.encode(), name))
    except VetlinkError:
        return None
    model = result.model if result.model and result.model.name != "recruitment_fraud" else None
    return result.score, result.band, model.probability if model else None, rules_only(result)


def blind_sets(sweep_off: bool = False) -> None:
    for split in ("dev", "test"):
        path = EVAL / "adverts" / f"{split}.jsonl"
        if not path.exists():
            print(f"\n== blind adverts {split}: not frozen on this branch yet")
            continue
        print(f"\n== blind adverts {split} (given as adverts; fraud = positive)")
        ys, scores, model_p, kinds, bands, rules = [], [], [], [], [], []
        for case in read_jsonl(path):
            fraud, got = is_fraud(case), blind_case(case)
            if fraud is None or got is None:
                continue
            ys.append(int(fraud))
            scores.append(got[0])
            bands.append(got[1])
            model_p.append(got[2])
            rules.append(got[3])
            kinds.append(str(case.get("kind") or case.get("category") or "?"))
            if split == "dev":
                p = "-" if got[2] is None else f"{got[2]:.2f}"
                print(f"  {case.get('id')}: {'fraud' if fraud else 'genuine'} "
                      f"{kinds[-1]}: {got[1]} {got[0]} (model p {p})")
        y, s = np.asarray(ys), np.asarray(scores, dtype=float)
        print(f"  {len(y)} adverts ({int(y.sum())} fraudulent); product {band_line(y, s)}")
        scored = np.asarray([p is not None for p in model_p])
        if scored.any() and 0 < y[scored].sum() < scored.sum():
            p = np.asarray([q if q is not None else 0.0 for q in model_p])
            print(f"  advert model alone on the {int(scored.sum())} it scored (English): "
                  f"AUC {roc_auc(y[scored], p[scored]):.3f}; product on the same: "
                  f"AUC {roc_auc(y[scored], s[scored]):.3f}")
        for label, want in (("fraud", 1), ("genuine", 0)):
            counts = {b: sum(1 for yy, bb in zip(y, bands, strict=True) if yy == want and bb == b)
                      for b in ("low", "medium", "high")}
            print(f"  {label}: " + ", ".join(f"{b} {n}" for b, n in counts.items()))
        false_highs: dict[str, int] = {}
        for yy, bb, kind in zip(y, bands, kinds, strict=True):
            if yy == 0 and bb == "high":
                false_highs[kind] = false_highs.get(kind, 0) + 1
        print(f"  false highs by kind: {false_highs or 'none'}")
        if split == "dev" and not sweep_off:
            print("  other mappings of the model's probability (dev only):")
            sweep(y, np.asarray([q if q is not None else 0.0 for q in model_p]),
                  np.asarray(rules))


# --- 2. the genre detector and the chats ----------------------------------------------------

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
        right = total = chats_as_adverts = chats = adverts_found = adverts = 0
        product: dict[str, list[str]] = {}
        for case in read_jsonl(path):
            truth = "chat" if path.parent.name == "approach" else genre_label(case)
            try:
                conversation = case_text_or_conversation(case)
            except VetlinkError:  # an edge case the ingest refuses is not a genre question
                continue
            if truth is None or conversation is None:
                continue
            got = classify_conversation(conversation).genre
            if truth == "advert" and case.get("fraud") is not None:
                label = "fraud" if case["fraud"] else "genuine"
                product.setdefault(label, []).append(assess(conversation=conversation).band)
            total += 1
            right += got == truth
            chats += truth == "chat"
            chats_as_adverts += truth == "chat" and got == "advert"
            adverts += truth == "advert"
            adverts_found += truth == "advert" and got == "advert"
        print(f"  {path.relative_to(ROOT)}: accuracy {right}/{total}; chats read as adverts "
              f"{chats_as_adverts}/{chats}; adverts found {adverts_found}/{adverts}")
        for label, bands in sorted(product.items()):
            counts = ", ".join(f"{b} {bands.count(b)}" for b in ("low", "medium", "high"))
            print(f"    {label} adverts pasted, product bands: {counts}")


def bands_with_and_without_genre() -> None:
    print("\n== conversations: band with the genre detector vs read as a chat")
    cases: list[tuple[str, Conversation | None]] = []
    for split in ("dev", "test"):  # test: held out, counted but never named
        for case in read_jsonl(EVAL / "approach" / f"{split}.jsonl"):
            try:
                cases.append((f"{split}/{case['id']}", case_text_or_conversation(case)))
            except VetlinkError:
                continue
    for path in sorted((ROOT / "tests" / "fixtures" / "conversations").iterdir()):
        if path.suffix in (".json", ".txt", ".eml"):
            cases.append((f"fixture/{path.name}",
                          conversation_from_bytes(path.read_bytes(), path.name)))
    changed = became_high = 0
    for name, conversation in cases:
        if conversation is None:
            continue
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


# --- 3. out-of-fold on EMSCAD ---------------------------------------------------------------

def code_key(data: Path) -> str:
    """What the cached fold models depend on: the data and the text model's training code."""
    import inspect

    from vetlink.model import recruitment, text_features, train_advert, train_recruitment

    digest = hashlib.sha256(data.read_bytes())
    for module in (recruitment, text_features):
        digest.update(inspect.getsource(module).encode())
    for func in (train_advert.oof_logits, train_advert.render_advert, train_advert.field,
                 train_advert.advert_groups, train_advert.group_keys, train_advert.dedupe,
                 train_recruitment.baseline, train_recruitment.read_rows):
        digest.update(inspect.getsource(func).encode())
    return digest.hexdigest()[:16]


def fold_models(number: int, train_rows: list[dict[str, Any]], y: np.ndarray,
                key: str) -> dict[str, Any]:
    """This outer fold's text model, its inner out-of-fold logits and the baseline (cached)."""
    import joblib

    from vetlink.model.evaluation import baseline
    from vetlink.model.recruitment import RecruitmentFraudModel
    from vetlink.model.text_features import ad_text
    from vetlink.model.train_advert import advert_groups, oof_logits

    where = CACHE / f"{key}-fold{number}.joblib"
    if where.is_file():
        return dict(joblib.load(where))
    texts = [ad_text(r) for r in train_rows]
    models = {"logits": oof_logits(train_rows, y, advert_groups(train_rows)),
              "text": RecruitmentFraudModel().fit(texts, y),
              "baseline": baseline().fit(texts, y)}
    CACHE.mkdir(parents=True, exist_ok=True)
    joblib.dump(models, where, compress=3)
    return models


def use_fold_models(text_model: Any, stacker: Any, where: Path) -> None:
    """Point the product at this fold's models (the bench's only substitution)."""
    import joblib

    from vetlink.model import advert as advert_module
    from vetlink.model import recruitment

    joblib.dump({"model": text_model, "meta": {"version": "fold"}}, where / "text.joblib")
    (where / "advert.json").write_text(json.dumps(stacker.to_json()), encoding="utf-8")
    recruitment.artefact_path = lambda: where / "text.joblib"  # type: ignore[assignment]
    advert_module.artefact_path = lambda: where / "advert.json"  # type: ignore[assignment]
    recruitment._load.cache_clear()
    advert_module.load_advert_model.cache_clear()


def check_fold(texts: list[str], out: dict[str, np.ndarray], index: list[int],
               genres: list[str]) -> None:
    from vetlink.model.advert import score_advert
    from vetlink.model.recruitment import score_text

    for i, text in zip(index, texts, strict=True):
        p = score_advert(text).probability
        out["model"][i], out["text_model"][i] = p, score_text(text).probability
        chat = as_chat(text)
        out["before"][i], out["previous"][i] = chat.score, previous_design(chat, p)
        now = pasted(text)
        out["now_pasted"][i] = now.score
        genres[i] = str(now.subject.get("genre"))
        given = assess(advert=text)
        out["now_advert"][i], out["rules"][i] = given.score, rules_only(given)


def outer_folds(rows: list[dict[str, Any]], y: np.ndarray, groups: np.ndarray,
                renderings: dict[str, Callable[[dict[str, Any]], str]],
                key: str) -> dict[str, Any]:
    from sklearn.model_selection import StratifiedGroupKFold

    from vetlink.model.train_advert import cue_matrix, fit_stacker, render_advert

    folds = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
    keys = ("model", "text_model", "baseline", "rules", *PATHS)
    out = {r: {k: np.zeros(len(rows)) for k in keys} for r in renderings}
    genres: dict[str, list[str]] = {r: [""] * len(rows) for r in renderings}
    with tempfile.TemporaryDirectory() as tmp:
        for number, (train, test) in enumerate(folds.split(np.zeros(len(y)), y, groups), 1):
            start = time.perf_counter()
            train_rows = [rows[i] for i in train]
            models = fold_models(number, train_rows, y[train], key)
            stacker = fit_stacker(models["logits"],
                                  cue_matrix([render_advert(r) for r in train_rows]), y[train])
            use_fold_models(models["text"], stacker, Path(tmp))
            for name, render in renderings.items():
                texts = [render(rows[i]) for i in test]
                out[name]["baseline"][test] = models["baseline"].predict_proba(texts)[:, 1]
                check_fold(texts, out[name], list(test), genres[name])
            print(f"  fold {number}/5 done in {time.perf_counter() - start:.0f} s",
                  file=sys.stderr)
    return {"scores": out, "genre": genres}


def print_adverts(y: np.ndarray, result: dict[str, Any]) -> None:
    print("\n== EMSCAD adverts, out-of-fold (fraud = positive; "
          f"{int(y.sum())} fraudulent, {int((y == 0).sum())} legitimate)")
    for name, scores in result["scores"].items():
        print(f"-- rendered as {name}")
        for key, label in (("baseline", "plain baseline TF-IDF + LR"),
                           ("text_model", "text model alone"),
                           ("model", "advert model (calibrated)")):
            p = scores[key]
            print(f"  {label:<38} AUC {roc_auc(y, p):.3f}  p>=0.5: {at(y, p >= 0.5)}  "
                  f"p>=0.9: {at(y, p >= 0.9)}")
        for path in PATHS:
            print(f"  product {LABELS[path]:<30} {band_line(y, scores[path])}")
        gap = roc_auc(y, scores["model"]) - roc_auc(y, scores["now_advert"])
        share = sum(g == "advert" for g in result["genre"][name])
        print(f"  advert model AUC minus product (as an advert) AUC: {gap:+.3f}; "
              f"genre detector (pasted): {share}/{len(y)} read as adverts")
        print("  other mappings of the model's probability (given as an advert):")
        sweep(y, scores["model"], scores["rules"])


def emscad(data: Path, fields: bool) -> None:
    from vetlink.model.text_features import ad_text
    from vetlink.model.train_advert import advert_groups, dedupe, render_advert
    from vetlink.model.train_recruitment import read_rows

    rows = dedupe(read_rows(data))
    y = np.asarray([int(r["fraudulent"]) for r in rows])
    renderings: dict[str, Callable[[dict[str, Any]], str]] = {"page": render_advert}
    if fields:
        renderings["fields"] = ad_text
    key = code_key(data)
    cached = sum((CACHE / f"{key}-fold{k}.joblib").is_file() for k in range(1, 6))
    print(f"\n(fold models: {cached}/5 cached in {CACHE.relative_to(ROOT)}; each missing one "
          "trains 6 text models)", file=sys.stderr)
    print_adverts(y, outer_folds(rows, y, advert_groups(rows), renderings, key))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--no-cv", action="store_true", help="skip the EMSCAD cross-validation")
    parser.add_argument("--blind-only", action="store_true", help="only the blind advert sets")
    parser.add_argument("--no-blind", action="store_true", help="skip the blind advert sets")
    parser.add_argument("--fields", action="store_true",
                        help="also render EMSCAD adverts as bare fields (doubles the time)")
    args = parser.parse_args()
    start = time.perf_counter()
    if not args.no_blind:
        blind_sets(sweep_off=args.blind_only)
    if args.blind_only:
        return
    genre_on_sets()
    bands_with_and_without_genre()
    if not args.no_cv:
        emscad(data_path(args.data), args.fields)
    print(f"\n(took {time.perf_counter() - start:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
