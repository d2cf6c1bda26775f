"""CLI commands of the intel package: ``export``, ``import``, ``watchlist list|retire``,
``pull taxii`` and ``partners add|list|revoke``. Registered on the main Typer app by
:func:`register` (cli.py); heavy imports happen inside the commands."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

watchlist_app = typer.Typer(help="The watchlist of partners' indicators.",
                            no_args_is_help=True)
pull_app = typer.Typer(help="Pull indicators from a partner.", no_args_is_help=True)
partners_app = typer.Typer(help="Partner organisations and their TAXII tokens (admins).",
                           no_args_is_help=True)


class Format(StrEnum):
    stix = "stix"
    misp = "misp"


class Level(StrEnum):
    clear = "clear"
    green = "green"
    amber = "amber"
    amber_strict = "amber+strict"
    red = "red"


def engine():  # type: ignore[no-untyped-def]
    from vetlink.settings import get_settings
    from vetlink.store.db import engine_for, upgrade

    made = engine_for(get_settings())
    upgrade(made)
    return made


def write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, "utf-8")
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def export(
    format: Annotated[Format, typer.Argument(help="stix (2.1 bundle) or misp (event)")],
    out: Annotated[Path, typer.Option("--out", help="File to write")],
    since: Annotated[str | None, typer.Option(help="Only personas touched since YYYY-MM-DD")]
    = None,
    tlp: Annotated[Level, typer.Option(help="TLP 2.0 marking of every object")] = Level.amber,
) -> None:
    """Export the confirmed-hostile personas for partners (no reporter data, ever)."""
    from vetlink.intel.export import export_text
    from vetlink.store.db import session_factory

    with session_factory(engine())() as session:
        text = export_text(session, format.value, tlp.value, since)
    write_atomically(out, text)
    typer.echo(f"wrote {out} ({len(text.encode()):,} bytes, TLP:{tlp.value.upper()})")


def import_stix(
    file: Annotated[Path, typer.Argument(help="The partner's STIX 2.1 bundle (JSON)")],
) -> None:
    """Add a partner's STIX 2.1 indicators to the watchlist (all of them, or nothing)."""
    import_partner_file("stix", file)


def import_misp(
    file: Annotated[Path, typer.Argument(help="The partner's MISP event (JSON)")],
) -> None:
    """Add a partner's MISP event to the watchlist (all of it, or nothing)."""
    import_partner_file("misp", file)


def import_partner_file(format: str, file: Path) -> None:
    from vetlink.intel.importing import import_file
    from vetlink.intel.watchlist import Watchlist

    typer.echo(import_file(Watchlist.open(), format, file).describe())


@watchlist_app.command("list")
def watchlist_list(
    retired: Annotated[bool, typer.Option(help="Show retired entries too")] = False,
    limit: Annotated[int, typer.Option(help="At most this many entries")] = 200,
) -> None:
    """The sources and entries of the watchlist, with their markings."""
    from vetlink.intel.watchlist import Watchlist

    watchlist = Watchlist.open()
    for s in watchlist.sources():
        typer.echo(f"source {s.id}: {s.name} [{s.format}] imported {s.imported}, "
                   f"{s.active} active of {s.entries}; not used: {s.summary or 'nothing'}")
    where = "1 = 1" if retired else "e.retired IS NULL"
    for e in watchlist.entries(where=where, limit=limit):
        state = f" RETIRED {e.retired} by {e.retired_by}" if e.retired else ""
        typer.echo(f"{e.id:>6}  {e.marking:<16} {e.kind:<8} {e.value}  "
                   f"'{e.persona}' (source {e.source_id}){state}")


@watchlist_app.command("retire")
def watchlist_retire(
    entry: Annotated[int, typer.Argument(help="Entry number (from `watchlist list`)")],
) -> None:
    """Stop matching on one entry (it stays listed as retired)."""
    import getpass

    from vetlink.intel.watchlist import Watchlist

    done = Watchlist.open().retire(entry, f"cli:{getpass.getuser()}")
    typer.echo(f"retired entry {done.id} ({done.kind} {done.value})")


@pull_app.command("taxii")
def pull_taxii(
    url: Annotated[str, typer.Argument(help="The partner's TAXII 2.1 API root URL")],
    collection: Annotated[str, typer.Option(help="Collection id")],
    token: Annotated[str | None, typer.Option(
        help="Bearer token (default: $VETLINK_TAXII_TOKEN)")] = None,
    timeout: Annotated[float, typer.Option(help="Seconds per request")] = 30.0,
) -> None:
    """Fetch a partner's TAXII collection and add it to the watchlist."""
    from vetlink.intel.taxii_client import pull
    from vetlink.intel.watchlist import Watchlist

    secret = token or os.environ.get("VETLINK_TAXII_TOKEN")
    result = pull(Watchlist.open(), url, collection, secret, timeout)
    typer.echo(result if isinstance(result, str) else result.describe())


@partners_app.command("add")
def partners_add(name: Annotated[str, typer.Argument(help="The partner organisation")]) -> None:
    """Issue a TAXII token for a partner (shown once; only its hash is kept)."""
    from vetlink.intel.partners import add_partner
    from vetlink.store.db import write_session

    with write_session(engine()) as session:
        token = add_partner(session, name, None)
    typer.echo(f"partner {name!r}: token (shown only now): {token}")


@partners_app.command("list")
def partners_list() -> None:
    """Partners and whether their token is active."""
    from vetlink.intel.partners import list_partners
    from vetlink.store.db import session_factory

    with session_factory(engine())() as session:
        for p in list_partners(session):
            typer.echo(f"{p.name}: {'active' if p.active else 'revoked'} since {p.created}")


@partners_app.command("revoke")
def partners_revoke(name: Annotated[str, typer.Argument(help="The partner organisation")]) -> None:
    """Revoke a partner's token at once."""
    from vetlink.intel.partners import revoke_partner
    from vetlink.store.db import write_session

    with write_session(engine()) as session:
        revoke_partner(session, name, None)
    typer.echo(f"revoked partner {name!r}")


def register(app: typer.Typer, import_app: typer.Typer) -> None:
    app.command()(export)
    import_app.command("stix")(import_stix)
    import_app.command("misp")(import_misp)
    app.add_typer(watchlist_app, name="watchlist")
    app.add_typer(pull_app, name="pull")
    app.add_typer(partners_app, name="partners")
