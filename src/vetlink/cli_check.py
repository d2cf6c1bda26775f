"""``vetlink check`` without the command-line framework (issue 12, cold start).

:func:`run_check` is the one implementation of the command: the Typer command in
:mod:`vetlink.cli_app` calls it, and so does :func:`parse_check`'s fast path in
:mod:`vetlink.cli`, which reads a well-formed ``check`` command line itself so that a check does
not import Typer, click or pydantic's parameter adapters. Anything it is not sure of (``--help``,
an unknown or repeated option, a missing value, ``--``) it leaves to Typer, so every usage
error, help text and exit code is Typer's own. Nothing here imports a heavy module at load.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from vetlink.errors import VetlinkError

# The options of ``vetlink check`` that take a value -> run_check's parameter, and its flags.
VALUE_OPTIONS = {"--conversation": "conversation", "--photo": "photo", "--advert": "advert",
                 "--viewer": "viewer", "--format": "output", "-f": "output"}
FLAG_OPTIONS = {"--no-model": "no_model"}
FORMATS = ("text", "json")


def parse_check(args: list[str]) -> dict[str, Any] | None:
    """run_check's keyword arguments for the words after ``check``, or None when Typer should
    read them (anything unusual: help, errors, repeats)."""
    found: dict[str, Any] = {}
    rest = list(args)
    while rest:
        word = rest.pop(0)
        if word == "-" or not word.startswith("-"):
            if "profile" in found:
                return None
            found["profile"] = word
            continue
        name, has_value, value = word.partition("=")
        if not name.startswith("--") and has_value:
            return None  # "-f=json" means "=json" to click
        if name in FLAG_OPTIONS and not has_value:
            key = FLAG_OPTIONS[name]
            value_of: Any = True
        elif name in VALUE_OPTIONS:
            key = VALUE_OPTIONS[name]
            if not has_value:
                if not rest or (rest[0].startswith("-") and rest[0] != "-"):
                    return None
                value = rest.pop(0)
            value_of = value
        else:
            return None  # --help, an unknown option, -fjson, --
        if key in found or (key == "output" and value_of not in FORMATS):
            return None
        found[key] = value_of
    return found


def emit_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console()


def run_check(profile: str | None = None, conversation: str | None = None,
              photo: str | None = None, advert: str | None = None, viewer: str | None = None,
              output: str = "text", no_model: bool = False) -> None:
    """Score a profile, a conversation and/or a photo; print the assessment."""
    from vetlink.assess import assess
    from vetlink.ingest import load_profile, load_profile_input
    from vetlink.settings import get_settings
    from vetlink.signals.base import Context

    settings = get_settings()
    if profile is None and conversation is None and photo is None and advert is None:
        raise VetlinkError("give a PROFILE, --conversation FILE, --advert FILE or --photo FILE "
                           "to check")
    limit = settings.max_input_bytes
    given = load_profile_input(profile, limit) if profile else None
    ctx = Context(viewer=load_profile(viewer, limit) if viewer else None)
    me = [ctx.viewer.name] if ctx.viewer else []
    conv = load_conversation_file(conversation, limit, me) if conversation else None
    embedded = given.photo if given else None
    photo_in: Path | bytes | None = Path(photo) if photo else embedded
    prof = given.profile if given else None
    advert_text = load_advert_file(advert, limit) if advert else None
    result = assess(prof, conv, photo_in, context=ctx, use_models=not no_model,
                    advert=advert_text)
    if output == "json":
        emit_json(result.to_json())
    else:
        from vetlink.render import print_assessment

        print_assessment(result, console())


def load_advert_file(source: str, limit: int) -> str:
    from vetlink.ingest.advert import load_advert

    return load_advert(source, limit)


def load_conversation_file(source: str, limit: int, me: list[str]):  # type: ignore[no-untyped-def]
    from vetlink.ingest.conversation import load_conversation

    return load_conversation(source, limit, me)
