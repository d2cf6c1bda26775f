"""The advert model card, rendered from its training report (never hand-edited)."""

from __future__ import annotations

from typing import Any

from vetlink.model.advert import CUES

ROWS = (
    ("baseline_tfidf_lr", "plain baseline: TfidfVectorizer() + LogisticRegression() on the page"),
    ("text_model_raw", "text model alone, its raw probability (as in chats, uncapped)"),
    ("advert_model", "advert model: calibrated text logit + advert cues (shipped)"),
)
COLUMNS = ("precision_fraud", "recall_fraud", "recall_legit", "roc_auc")


def render_advert_card(report: dict[str, Any]) -> str:
    model = report["model"]
    lines = ["| | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for key, label in ROWS:
        m = report["oof"][key]
        lines.append(f"| {label} | " + " | ".join(f"{m[c]:.3f}" for c in COLUMNS) + " |")
    cues = ["| cue | weight | fraud adverts | legitimate adverts |", "|---|---|---|---|"]
    for name in CUES:
        weight = model["cue_weights"][name]
        share = report["cue_share"][name]
        cues.append(f"| {name} | {weight:+.2f} | {share['fraud']:.0%} | "
                    f"{share['legitimate']:.0%} |")
    calib = ["| probability bin | adverts | mean predicted | observed (even odds) |",
             "|---|---|---|---|"]
    for before, after in (("text_model_raw", "text model raw"), ("advert_model", "advert model")):
        for row in report["calibration"][before]:
            calib.append(f"| {after} {row['bin']} | {row['n']} | {row['predicted']:.2f} | "
                         f"{row['observed']:.2f} |")
    table, cue_table, calib_table = "\n".join(lines), "\n".join(cues), "\n".join(calib)
    return f"""# Model card: {report['name']} {report['version']}

Written by `vetlink train recruitment-fraud` (fixed seeds; rerunning it reproduces these
figures). Metrics: `recruitment_fraud_advert.metrics.json`. Code: `vetlink/model/advert.py`,
`vetlink/model/train_advert.py`. Runs only when vetlink reads the input as a job advert
(given as an advert, or a pasted one-block text the genre detector calls an advert; see
`genre.card.md`); on chats the text model keeps its capped weight.

## What it is
P(fraud) = σ({model['intercept']:+.3f} {model['text_weight']:+.3f} × text-model logit
+ Σ cue weights below). The text model's logit comes out-of-fold (its fold never saw the
advert), so this logistic regression is Platt scaling of the text model, with cues the
EMSCAD paper found strong added as inputs. Balanced class weights: the probability is the
chance of fraud **if fraudulent and legitimate adverts were equally common**. EMSCAD's real
share is 4.8 %; this subset's is an artificial {report['fraudulent'] / report['rows']:.0%}.

## Data and split
The shared EMSCAD subset: {report['rows']} adverts after dropping exact duplicates
({report['fraudulent']} fraudulent), in {report['groups']} groups: adverts sharing a
normalised description, title + company profile, or long requirements text are one group.
StratifiedGroupKFold, 5 folds, seed 0. Each advert is scored as a person would paste the
page (title, location, job type, experience, education, salary, "About us", description,
requirements, benefits). About a fifth of the subset is held back by the project for
independent evaluation and was never seen here.

## Cues derived from the advert's text
An EMSCAD column a pasted advert shows in words becomes a cue found by a pattern in the text.
Not derivable: `has_company_logo` (an image) and `has_questions` (screening questions are on
the application form); `industry` and `function` are left out.

{cue_table}

## Out-of-fold metrics (threshold 0.5, fraud = positive)
The advert model's probabilities are cross-fitted (its regression for each fold fitted on
the others). `bench/advert_eval.py` gives the fully nested figures of the product path.

{table}

## Calibration (out-of-fold, each class weighted to half)
{calib_table}

## Caveats
- **Out of EMSCAD the model ranks little better than chance.** On the blind advert dev set
  (`tests/evaluation/adverts/dev.jsonl`: modern adverts written for vetlink's evaluation,
  UK/US/EU defence, academic, agency, ordinary adverts and scams) its out-of-the-box AUC on
  the English adverts was 0.55, and it was 0.8-0.98 sure on several genuine adverts (words
  such as "engineering", "systems", "customer" are fraud words in EMSCAD, whose scams are
  largely oil-and-gas and admin adverts). So in the score (`vetlink/signals/message_advert.py`)
  the probability sets the order of adverts, but the model alone makes an advert medium only
  from 0.9 and never high: a rule hallmark (a fee, webmail, a messaging app...) must agree.
- 2012-2014 Workable adverts, mostly money-mule, data-entry and work-from-home scams; a
  state persona's "job" advert may look nothing like them.
- The model reads English. vetlink does not run it on an advert mostly in another language
  and says so under `not_checked`.
- The two classes came from differently formatted copies of EMSCAD; the text is normalised
  the same way for both (see `recruitment_fraud.card.md`), and the cues read entity-decoded
  text with EMSCAD's placeholder tokens removed.
"""
