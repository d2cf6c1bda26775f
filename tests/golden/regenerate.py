"""Record or verify the golden digests of the findings (``tests/golden/findings.json``).

    PYTHONPATH=src python -m tests.golden.regenerate            # verify everything (full corpus)
    PYTHONPATH=src python -m tests.golden.regenerate --write    # record them again

Regenerate ONLY when a rule changes on purpose (a new signal, a reworded finding, a fixed
false positive), in the same commit as that change, and say so in its message: a performance
change must leave every digest as it is. The PDFs are read from the shared data
(``VETLINK_SHARED_DATA``); without them their digests are kept as they were (``--write``) or
not checked. The test ``tests/golden/test_findings_unchanged.py`` runs the same comparison
(the whole corpus: it takes well under a minute).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "findings.json"


def shared_pdfs() -> Path | None:
    env = os.environ.get("VETLINK_SHARED_DATA")
    base = Path(env) if env else Path(__file__).resolve().parents[3] / "shared" / "data"
    folder = base / "linkedin-pdf-exports"
    return folder if folder.is_dir() else None


def compute(sections: list[str]) -> dict[str, dict[str, str]]:
    from tests.golden import corpus

    found: dict[str, dict[str, str]] = {}
    if "generated" in sections:
        found["generated"] = corpus.run(corpus.profile_items())
    if "fixtures" in sections:
        found["fixtures"] = corpus.run(corpus.fixture_items())
    if "pdfs" in sections and (folder := shared_pdfs()) is not None:
        found["pdfs"] = corpus.run(corpus.pdf_items(folder))
    if "messages" in sections:
        found["messages"] = {**corpus.run(corpus.message_items(use_models=False)),
                             **corpus.run(corpus.message_items(use_models=True))}
    return found


SECTIONS = ["generated", "fixtures", "pdfs", "messages"]


def load() -> dict[str, dict[str, str]]:
    return json.loads(GOLDEN.read_text())


def differences(expected: dict[str, str], actual: dict[str, str]) -> list[str]:
    keys = sorted(set(expected) | set(actual))
    return [k for k in keys if expected.get(k) != actual.get(k)]


def main() -> int:
    os.environ["VETLINK_DATA_DIR"] = tempfile.mkdtemp(prefix="vetlink-golden-")
    found = compute(SECTIONS)
    if "--write" in sys.argv:
        old = load() if GOLDEN.exists() else {}
        merged = {**old, **found}
        GOLDEN.write_text(json.dumps(merged, indent=0, sort_keys=True) + "\n")
        print(f"wrote {GOLDEN}: " + ", ".join(f"{k} {len(v)}" for k, v in merged.items()))
        return 0
    golden, bad = load(), 0
    for section, digests in found.items():
        changed = differences(golden.get(section, {}), digests)
        bad += len(changed)
        print(f"{section}: {len(digests)} items, {len(changed)} changed"
              + (f" (first: {changed[:5]})" if changed else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
