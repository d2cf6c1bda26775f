"""The command line's entry point: ``vetlink check``, ``vetlink signals`` and friends.

Cold start (issue 12): this module imports nothing heavy. A well-formed ``vetlink check``
runs straight from :mod:`vetlink.cli_check` without Typer; every other command line (other
commands, ``--help``, usage errors) goes to the Typer app in :mod:`vetlink.cli_app`.
"""

from __future__ import annotations

import os
import sys

from vetlink.errors import VetlinkError


def dispatch(args: list[str]) -> object:
    """Run the command line ``args``; what the command returned."""
    if args[:1] == ["check"]:
        from vetlink.cli_check import parse_check, run_check

        found = parse_check(args[1:])
        if found is not None:
            run_check(**found)
            return None
    from vetlink.cli_app import app_for

    return app_for(args)(args, standalone_mode=False)


def usage_error(exc: Exception) -> str | None:
    """The one-line message of a click/Typer usage error, or None for anything else."""
    if "click" not in sys.modules and "typer" not in sys.modules:
        return None
    import click
    import typer

    if isinstance(exc, click.ClickException | typer.TyperException):  # typer vendors click
        return exc.format_message() if hasattr(exc, "format_message") else str(exc)
    return None


def aborted(exc: Exception) -> bool:
    if "click" not in sys.modules and "typer" not in sys.modules:
        return False
    import click
    import typer

    return isinstance(exc, click.Abort | typer.Abort)


def main() -> None:
    """Entry point: bad input is one line on stderr and exit 2, never a traceback."""
    try:
        code = dispatch(sys.argv[1:])
    except VetlinkError as exc:
        sys.stderr.write(f"vetlink: {exc.message}\n")
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        message = usage_error(exc)
        if message is not None:
            sys.stderr.write(f"vetlink: {message}\n")
            sys.exit(2)
        if aborted(exc):
            sys.stderr.write("vetlink: aborted\n")
            sys.exit(1)
        if os.environ.get("VETLINK_DEBUG"):  # a bug: say so in one line unless debugging
            raise
        sys.stderr.write(f"vetlink: internal error ({type(exc).__name__}: {exc}); "
                         "set VETLINK_DEBUG=1 for details\n")
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
