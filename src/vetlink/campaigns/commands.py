"""CLI: ``vetlink campaigns [--format text|json] [--recompute]``, ``vetlink campaigns
generate`` and ``vetlink import reports FILE.jsonl``. Registered by :func:`register`
(cli.py); heavy imports happen inside the commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

campaigns_app = typer.Typer(
    help="Campaigns: personas linked by shared photos, text, handles, firms and targets.",
    invoke_without_command=True,
)


def evidence_store():  # type: ignore[no-untyped-def]
    from vetlink.settings import get_settings
    from vetlink.store.evidence import EvidenceStore

    settings = get_settings()
    return EvidenceStore(settings.data_dir, settings.max_input_bytes)


def engine():  # type: ignore[no-untyped-def]
    from vetlink.settings import get_settings
    from vetlink.store.db import engine_for, upgrade

    made = engine_for(get_settings())
    upgrade(made)
    return made


@campaigns_app.callback()
def campaigns(
    ctx: typer.Context,
    output: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text",
    recompute: Annotated[bool, typer.Option(help="Recompute from every stored report first")]
    = False,
) -> None:
    """List the stored campaigns (most likely coordinated first) with their evidence."""
    if ctx.invoked_subcommand is not None:
        return
    from vetlink.errors import InputError
    from vetlink.store import campaigns as store
    from vetlink.store.db import session_factory, write_session

    if output not in ("text", "json"):
        raise InputError("--format: text or json")
    made = engine()
    if recompute:
        with write_session(made) as session:
            store.recompute(session, evidence_store())
    with session_factory(made)() as session:
        data = store.campaigns_json(session)
    if output == "json":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        print_campaigns(data)


def print_campaigns(data: dict[str, Any]) -> None:
    from rich.console import Console

    out = Console()
    if not data["campaigns"]:
        out.print("No campaigns found (run with --recompute after new reports).")
    for c in data["campaigns"]:
        out.print(f"[bold]{c['id']}[/bold]  score {c['score']:.2f}  "
                  f"{len(c['personas'])} personas  {c['first_seen']} .. {c['last_seen']}")
        for e in c["evidence"][:8]:
            out.print(f"  shared {e['kind']}: {e['value']} ({e['personas']} personas)")
        if c["targets"]:
            out.print("  targets: " + ", ".join(c["targets"]))
        if c["lures"]:
            out.print("  lures: " + ", ".join(c["lures"][:6]))
        out.print("  features: " + ", ".join(f"{k} {v:.2f}" for k, v in c["features"].items()))
        for p in c["personas"][:10]:
            out.print(f"    - {p['name']}  {p['url'] or ''}")
        if len(c["personas"]) > 10:
            out.print(f"    ... and {len(c['personas']) - 10} more")


@campaigns_app.command("generate")
def generate(
    personas: Annotated[int, typer.Option(help="How many personas", min=1)],
    out: Annotated[Path, typer.Option(help="JSON lines to write (truth: OUT.truth.json)")],
    seed: Annotated[int, typer.Option(help="Random seed")] = 1,
    harder: Annotated[bool, typer.Option(help="The harder setting (Knobs.harder())")] = False,
) -> None:
    """Write evaluation data with planted campaigns (deterministic by seed)."""
    from vetlink.campaigns.generate import Knobs, write

    truth = write(out, personas, seed, Knobs.harder() if harder else Knobs())
    typer.echo(f"wrote {personas} personas to {out} and the planted truth to {truth}")


@contextmanager
def progress_bars() -> Iterator[Any]:
    """A rich progress bar per pass on a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    with Progress("{task.description}", BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True)) as bars:
        def start(name: str, total: int):  # type: ignore[no-untyped-def]
            task = bars.add_task(name, total=total)
            return lambda n: bars.advance(task, n)

        yield start


def import_reports(
    file: Annotated[Path, typer.Argument(help="JSON lines: profile, conversation, reporter, "
                                         "department, reported_at")],
    no_model: Annotated[bool, typer.Option("--no-model", help="Rules only")] = False,
) -> None:
    """Import reports (idempotent; all or nothing), then recompute campaigns."""
    from vetlink.store import campaigns as store
    from vetlink.store.bulk_import import import_reports as run
    from vetlink.store.db import write_session

    made = engine()
    with progress_bars() as bars:
        result = run(made, file, progress=bars, use_models=not no_model)
    typer.echo(f"{file}: {result.lines} lines, {result.added} reports added, "
               f"{result.duplicate_count} duplicates skipped"
               + (f" (lines {first_lines(result.duplicates, result.duplicate_count)})"
                  if result.duplicate_count else ""))
    if result.photo_missing_count:
        missing = first_lines(result.photos_missing, result.photo_missing_count)
        typer.echo(f"{result.photo_missing_count} lines name a photo file that is not beside "
                   f"{file.name}: assessed without the image (its sha256 still links the "
                   f"photo; lines {missing})")
    if result.users_created:
        typer.echo(f"inactive reporter accounts created: {', '.join(result.users_created[:20])}")
    if result.added:
        with write_session(made) as session:
            kept = store.recompute(session, evidence_store())
        typer.echo(f"campaigns recomputed: {len(kept)}")


def first_lines(numbers: list[int], count: int, shown: int = 20) -> str:
    """The first line numbers of ``count`` (``...`` when there are more)."""
    return ", ".join(map(str, numbers[:shown])) + (" ..." if count > shown else "")


def register(app: typer.Typer, import_app: typer.Typer) -> None:
    from vetlink.batch.commands import batch_app

    app.add_typer(campaigns_app, name="campaigns")
    import_app.command("reports")(import_reports)
    app.add_typer(batch_app, name="batch")
