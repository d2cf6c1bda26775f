"""CLI commands of the web app and its store: ``serve``, ``demo``, ``users add`` and
``db upgrade``. Registered on the main Typer app by :func:`register` (cli.py); heavy imports
happen inside the commands."""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any

import typer

from vetlink.errors import InputError

users_app = typer.Typer(help="Manage the web app's users.", no_args_is_help=True)
db_app = typer.Typer(help="The database: create or upgrade its schema.", no_args_is_help=True)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8000,
    workers: Annotated[int | None, typer.Option(
        help="Server processes (default: the number of cores)", min=1, max=64)] = None,
) -> None:
    """Run the web app (pages and /api/v1); upgrades the database schema first."""
    import uvicorn

    from vetlink.settings import get_settings
    from vetlink.web.app import create_app

    settings = get_settings()
    count = workers or os.cpu_count() or 1
    sys.stderr.write(f"vetlink: serving http://{host}:{port}/ with {count} server "
                     f"process(es) (data in {settings.data_dir})\n")
    if count == 1:
        uvicorn.run(create_app(settings), **server_options(host, port))
        return
    prepare_workers(settings, count)
    uvicorn.run("vetlink.web.commands:worker_app", factory=True, workers=count,
                **server_options(host, port))


def prepare_workers(settings: Any, count: int) -> None:
    """What the server processes share is made once, before they start: the database schema
    and the secret key (when none is configured). Each process gets a check pool of
    ``VETLINK_CHECK_WORKERS`` processes; unset, it is the cores divided among the server
    processes (at least one), so the pools together fit the machine."""
    from vetlink.store.db import engine_for, upgrade
    from vetlink.web.auth import secret_key

    engine = engine_for(settings)
    upgrade(engine)
    engine.dispose()
    secret_key(settings)
    if "VETLINK_CHECK_WORKERS" not in os.environ:
        os.environ["VETLINK_CHECK_WORKERS"] = str(max(1, (os.cpu_count() or 1) // count))


def worker_app() -> Any:
    """The app of one server process of ``vetlink serve --workers N`` (uvicorn's factory):
    the settings come from the environment, the schema was brought up to date already."""
    from vetlink.settings import get_settings
    from vetlink.web.app import create_app

    return create_app(get_settings(), migrate=False)


def server_options(host: str, port: int) -> dict[str, Any]:
    """uvicorn's options. Its own X-Forwarded-For handling (on by default, trusting
    127.0.0.1) is off: the app believes forwarded headers only from VETLINK_TRUSTED_PROXIES
    (see docs/security.md), so a client on loopback cannot spoof its address. No access log
    (a line per request costs more than a static file); uvloop and httptools (dependencies)
    when installed; bench/web_throughput.py runs its bare baseline app with the same."""
    return {"host": host, "port": port, "log_level": "info", "access_log": False,
            "proxy_headers": False, "forwarded_allow_ips": "", "loop": "auto", "http": "auto",
            "backlog": 2048, "timeout_keep_alive": 5}


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
