"""CLI commands of the web app and its store: ``serve``, ``demo``, ``users add`` and
``db upgrade``. Registered on the main Typer app by :func:`register` (cli.py); heavy imports
happen inside the commands."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from vetlink.errors import InputError

users_app = typer.Typer(help="Manage the web app's users.", no_args_is_help=True)
db_app = typer.Typer(help="The database: create or upgrade its schema.", no_args_is_help=True)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8000,
) -> None:
    """Run the web app (pages and /api/v1); upgrades the database schema first."""
    import uvicorn

    from vetlink.settings import get_settings
    from vetlink.web.app import create_app

    settings = get_settings()
    app = create_app(settings)
    sys.stderr.write(f"vetlink: serving http://{host}:{port}/ (data in {settings.data_dir})\n")
    uvicorn.run(app, **server_options(host, port))


def server_options(host: str, port: int) -> dict[str, Any]:
    """uvicorn's options. Its own X-Forwarded-For handling (on by default, trusting
    127.0.0.1) is off: the app believes forwarded headers only from VETLINK_TRUSTED_PROXIES
    (see docs/security.md), so a client on loopback cannot spoof its address."""
    return {"host": host, "port": port, "log_level": "info", "access_log": False,
            "proxy_headers": False, "forwarded_allow_ips": ""}


def demo() -> None:
    """Seed demo users (passwords printed once, when they are created) and a realistic set of
    reports and cases. Safe to run again."""
    from vetlink.settings import get_settings
    from vetlink.store.db import engine_for, upgrade
    from vetlink.store.demo import seed

    engine = engine_for(get_settings())
    upgrade(engine)
    made, count = seed(engine)
    if made:
        typer.echo("Demo users (write these down; they are shown only now):")
        for name, role, password in made:
            typer.echo(f"  {name:<8} {role:<9} password: {password}")
    else:
        typer.echo("Demo users exist already (passwords: see README.md).")
    typer.echo(f"Demo reports added: {count}" if count else "Demo reports exist already.")


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="Username (lower case)")],
    role: Annotated[str, typer.Option(help="reporter, analyst or admin")] = "reporter",
    department: Annotated[str | None, typer.Option(help="The user's department")] = None,
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="Read the password from the first line of stdin")] = False,
) -> None:
    """Create a user. The password is read from stdin (never from the command line)."""
    from vetlink.settings import get_settings
    from vetlink.store.db import engine_for, upgrade, write_session
    from vetlink.store.users import create_user

    if not password_stdin:
        raise InputError("give --password-stdin and the password on stdin")
    password = sys.stdin.readline().rstrip("\r\n")
    engine = engine_for(get_settings())
    upgrade(engine)
    with write_session(engine) as session:
        user = create_user(session, name, password, role, department)
        typer.echo(f"created user {user.username} ({user.role})")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or upgrade the database schema (idempotent)."""
    from vetlink.settings import get_settings
    from vetlink.store.db import current_revision, engine_for, upgrade

    engine = engine_for(get_settings())
    upgrade(engine)
    typer.echo(f"database at revision {current_revision(engine)}")


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(demo)
    app.add_typer(users_app, name="users")
    app.add_typer(db_app, name="db")
