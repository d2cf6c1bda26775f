"""The script ``spark-submit`` runs: ``spark-submit vetlink/batch/submit.py campaigns IN OUT``
is ``vetlink batch campaigns IN OUT`` (the same commands, errors and exit codes). A module of
its own, so that the batch commands never import the CLI that registers them."""

from __future__ import annotations

import sys


def main() -> None:
    from vetlink.cli import main as cli_main

    sys.argv = ["vetlink", "batch", *sys.argv[1:]]
    cli_main()


if __name__ == "__main__":
    main()
