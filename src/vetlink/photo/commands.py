"""``vetlink photos ...``: add photos to the local photo index and search it. Registered on the
main Typer app in :mod:`vetlink.cli`; heavy modules are imported inside the commands."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from vetlink.errors import InputError

photos_app = typer.Typer(
    help="The local photo index: photos of confirmed hostile personas and earlier reports.",
    no_args_is_help=True,
)


def read_photo_arg(path: Path) -> bytes:
    from vetlink.ingest.common import read_bytes
    from vetlink.settings import get_settings

    return read_bytes(path, get_settings().max_input_bytes)


@photos_app.command("add")
def add(
    file: Annotated[Path, typer.Argument(help="The photo (JPEG, PNG, GIF, WebP, HEIC...)")],
    persona: Annotated[str, typer.Option(help="The name the photo was used under")],
    source: Annotated[str, typer.Option(help="Where it came from (report id, URL)")] = "",
    when: Annotated[str | None, typer.Option(help="Date seen, YYYY-MM-DD (default today)")] = None,
    verdict: Annotated[str, typer.Option(help="hostile, reported or genuine")] = "reported",
) -> None:
    """Add a photo to the index; later checks of any profile using it will say so."""
    from vetlink.photo.index import VERDICTS, PhotoIndex

    if verdict not in VERDICTS:
        raise InputError(f"--verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}")
    index = PhotoIndex.open()
    photo_id = index.add(read_photo_arg(file), persona, source, when or date.today(),
                         verdict)  # type: ignore[arg-type]
    sys.stdout.write(f"added photo {photo_id} for '{persona}' ({len(index)} in the index)\n")


@photos_app.command("search")
def search(
    file: Annotated[Path, typer.Argument(help="The photo to look for")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON document")] = False,
) -> None:
    """Look a photo up in the index (near-duplicates: resized, re-compressed, cropped,
    mirrored, recoloured)."""
    from dataclasses import asdict

    from vetlink.photo.index import PhotoIndex

    matches = PhotoIndex.open().search(read_photo_arg(file))
    if as_json:
        sys.stdout.write(json.dumps([asdict(m) for m in matches], indent=2) + "\n")
        return
    if not matches:
        sys.stdout.write("no match in the photo index\n")
    for m in matches:
        sys.stdout.write(f"{m.photo_id}\t{m.persona}\t{m.verdict}\t{m.when}\t"
                         f"distance {m.distance}{' (mirrored)' if m.mirrored else ''}\n")


@photos_app.command("links")
def links(
    url: Annotated[str | None, typer.Argument(help="The photo's public URL, if it has one")] = None,
) -> None:
    """Reverse image search pages to open yourself (pre-filled for a public URL)."""
    from vetlink.photo.reverse_search import search_advice

    for line in search_advice(url):
        sys.stdout.write(line + "\n")
