"""Field accuracy of pasted profile pages (any UI language) on the frozen blind sets.

    .venv/bin/python bench/evaluate_pasted.py                        # dev and test
    .venv/bin/python bench/evaluate_pasted.py tests/evaluation/profiles/pasted-dev.jsonl --misses

Each case is the text a person gets by selecting and copying a profile page (page chrome
included) with the fields a person reads on that page. The sets were written blind to the
parser and frozen; never edit a case to make it pass. ``--misses`` prints the expected and
parsed values only for dev sets.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from vetlink.domain import Profile
from vetlink.errors import VetlinkError
from vetlink.ingest import profile_from_bytes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = [
    ROOT / "tests" / "evaluation" / "profiles" / "pasted-dev.jsonl",
    ROOT / "tests" / "evaluation" / "profiles" / "pasted-test.jsonl",
]
SCALARS = ("name", "headline", "location", "connections", "connections_capped", "followers",
           "recommendations")


def norm(value: Any) -> Any:
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value)
        return " ".join(text.split()).casefold()
    return value


def parsed_value(profile: Profile, name: str) -> Any:
    if name == "connections_capped":
        return bool(profile.connections_capped)
    return getattr(profile, name, None)


def field_checks(expected: dict[str, Any], profile: Profile) -> dict[str, tuple[bool, Any, Any]]:
    checks: dict[str, tuple[bool, Any, Any]] = {}
    for name in SCALARS:
        if name in expected and expected[name] is not None:
            got = parsed_value(profile, name)
            checks[name] = (norm(got) == norm(expected[name]), expected[name], got)
    titles = [e.title for e in profile.experience or []]
    if expected.get("experience_titles"):
        want = [norm(t) for t in expected["experience_titles"]]
        checks["experience_titles"] = (want == [norm(t) for t in titles], want, titles)
    for key, got_list in (("companies", [e.company or "" for e in profile.experience or []]),
                          ("schools", [e.school for e in profile.education or []])):
        if expected.get(key):
            have = {norm(g) for g in got_list}
            ok = all(norm(w) in have for w in expected[key])
            checks[key] = (ok, expected[key], got_list)
    about = norm(profile.about or "")
    if expected.get("about_contains"):
        checks["about_contains"] = (norm(expected["about_contains"]) in about,
                                    expected["about_contains"], profile.about)
    if expected.get("about_excludes"):
        leaked = [x for x in expected["about_excludes"] if norm(x) in about]
        checks["about_excludes"] = (not leaked, [], leaked)
    return checks


def evaluate_file(path: Path, show: bool) -> dict[str, Any]:
    per_field: dict[str, list[bool]] = defaultdict(list)
    per_lang: dict[str, list[bool]] = defaultdict(list)
    errors = 0
    held_out = "test" in path.name
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        try:
            profile = profile_from_bytes(case["text"].encode(), f"{case['id']}.txt")
        except VetlinkError as exc:
            errors += 1
            print(f"    ERROR {case['id']}: {exc}")
            continue
        for name, (ok, want, got) in field_checks(case["expected"], profile).items():
            per_field[name].append(ok)
            per_lang[case.get("ui_language", "?")].append(ok)
            if show and not ok:
                detail = "" if held_out else f": want {want!r} got {got!r}"
                print(f"    MISS {case['id']} {name}{detail}")
    print(f"\n== {path.name}  (errors {errors})")
    for name, oks in per_field.items():
        print(f"  {name:<20} {sum(oks)}/{len(oks)}")
    for lang, oks in sorted(per_lang.items()):
        print(f"  ui={lang:<17} {sum(oks)}/{len(oks)} fields right")
    return {"errors": errors,
            "fields": {k: [sum(v), len(v)] for k, v in per_field.items()},
            "languages": {k: [sum(v), len(v)] for k, v in per_lang.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = {p.name: evaluate_file(p, args.misses)
               for p in ([q.resolve() for q in args.sets] or DEFAULT_SETS) if p.exists()}
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
