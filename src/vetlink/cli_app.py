"""The Typer app of the command line: ``vetlink check``, ``vetlink signals`` and friends.

The entry point is :func:`vetlink.cli.main`, which imports this module only when the command
line needs Typer (a well-formed ``vetlink check`` does not: :mod:`vetlink.cli_check`). Heavy
modules are imported inside the commands so that ``vetlink --help`` starts quickly.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from vetlink.cli_check import console, emit_json, run_check
from vetlink.errors import VetlinkError

# The part of the command line that defines each top-level command or group (see build).
PARTS: dict[str, tuple[str, ...]] = {
    "check": ("core",), "exposure": ("core",), "signals": ("core",), "train": ("core",),
    "photos": ("photos",), "serve": ("web",), "demo": ("web",), "users": ("web",),
    "db": ("web",), "import": ("intel", "campaigns"), "export": ("intel",),
    "watchlist": ("intel",), "pull": ("intel",), "partners": ("intel",),
    "campaigns": ("campaigns",), "batch": ("campaigns",), "extension": ("extension",),
}

train_app = typer.Typer(
    help="Train the models vetlink ships, reproducibly, and write their model cards.",
    no_args_is_help=True,
)


def build(parts: tuple[str, ...] | None = None) -> typer.Typer:
    """The Typer app with every command (``parts=None``), or with only the ``parts`` (of
    :data:`PARTS`) that a command line needs: each command, its options, help and errors are
    the same either way, in the same order."""

    def wanted(part: str) -> bool:
        return parts is None or part in parts

    app = typer.Typer(
        name="vetlink",
        help="Vet before you link: check profiles, messages and photos for fake or hostile "
        "personas.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    if wanted("core"):
        app.add_typer(train_app, name="train")
    if wanted("photos"):
        from vetlink.photo.commands import photos_app  # light: Typer only

        app.add_typer(photos_app, name="photos")
    if wanted("web"):
        from vetlink.web.commands import register as register_web_commands  # Typer only

        register_web_commands(app)  # serve, demo, users add, db upgrade
    import_app = typer.Typer(
        help="Bring data in: reports in bulk (JSON lines), partners' STIX 2.1 bundles and MISP "
        "events.",
        no_args_is_help=True,
    )
    if wanted("intel") or wanted("campaigns"):
        app.add_typer(import_app, name="import")
    if wanted("intel"):
        from vetlink.intel.commands import register as register_intel_commands

        register_intel_commands(app, import_app)  # export, import stix|misp, watchlist, pull,
        # partners
    if wanted("campaigns"):
        from vetlink.campaigns.commands import register as register_campaign_commands

        register_campaign_commands(app, import_app)  # campaigns [generate], import reports,
        # batch
    if wanted("extension"):
        from vetlink.extension_build import extension_app  # light: Typer only

        app.add_typer(extension_app, name="extension")
    if wanted("core"):
        for command in (check, exposure, signals):
            app.command()(command)
    return app


def app_for(args: list[str]) -> typer.Typer:
    """The app for a command line: only the part defining its command when the first word
    names one; the whole app for anything else (``--help``, no command, a misspelt command,
    whose "did you mean" needs every name)."""
    if args and args[0] in PARTS:
        return build(PARTS[args[0]])
    return build()


def __getattr__(name: str) -> typer.Typer:
    """``app``: the whole Typer app, built on first use."""
    if name == "app":
        return build()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="text for people, json for tools")
]


def check(
    profile: Annotated[
        str | None,
        typer.Argument(help="Profile as .json, .pdf (LinkedIn 'Save to PDF') or .txt; - for stdin"),
    ] = None,
    conversation: Annotated[
        str | None,
        typer.Option(help="Messages from the contact: conversation .json, pasted .txt or .eml"),
    ] = None,
    photo: Annotated[str | None, typer.Option(help="The contact's profile photo")] = None,
    advert: Annotated[
        str | None,
        typer.Option(help="A job advert they sent or pointed you to: .txt, .html or .pdf"),
    ] = None,
    viewer: Annotated[
        str | None,
        typer.Option(help="Your own profile (.json/.pdf/.txt), to judge whether you are a "
                     "plausible target for this contact"),
    ] = None,
    output: FormatOption = OutputFormat.text,
    no_model: Annotated[bool, typer.Option("--no-model", help="Rules only")] = False,
) -> None:
    """Score a profile, a conversation and/or a photo for the hallmarks of a fake persona."""
    run_check(profile, conversation, photo, advert, viewer, output.value, no_model)


@train_app.command("ai-face")
def train_ai_face(
    data: Annotated[Path | None, typer.Option(help="faces-real-vs-stylegan2 folder")] = None,
    out: Annotated[Path | None, typer.Option(help="Where to write the artefact and card")] = None,
) -> None:
    """Train and evaluate the AI-generated-face detector; write artefact, metrics and card."""
    from vetlink.photo.train_ai_face import default_data, train

    path = train(data or default_data(), out, log=lambda line: print(line, file=sys.stderr))
    sys.stdout.write(f"wrote {path} and its model card\n")


@train_app.command("recruitment-fraud")
def train_recruitment_fraud(
    data: Annotated[Path | None, typer.Option(help="EMSCAD subset (.parquet or .csv); default "
                                              "../shared/data/emscad-fake-jobs-subset/")] = None,
    out: Annotated[Path | None, typer.Option(help="Where to write the artefact and card")] = None,
) -> None:
    """Train the recruitment-fraud text model with grouped CV; write artefact, metrics, card."""
    from vetlink.model.train_recruitment import train

    report = train(data, out)
    point = report["cross_validation"]["model"]["point"]
    sys.stdout.write(f"grouped CV: F1 (fraud) {point['f1_fraud']:.3f}, "
                     f"ROC-AUC {point['roc_auc']:.3f}; wrote artefact, metrics and card\n")


@train_app.command("advert")
def train_advert(
    data: Annotated[Path | None, typer.Option(help="EMSCAD subset (.parquet or .csv); default "
                                              "../shared/data/emscad-fake-jobs-subset/")] = None,
    out: Annotated[Path | None, typer.Option(help="Where to write the model and card")] = None,
) -> None:
    """Refit only the advert model (calibration + cues) and its card; the text model stays."""
    from vetlink.model.train_recruitment import train_advert_only

    report = train_advert_only(data, out)
    auc = report["oof"]["advert_model"]["roc_auc"]
    sys.stdout.write(f"advert model out-of-fold ROC-AUC {auc:.3f}; "
                     "wrote recruitment_fraud_advert.json, metrics and card\n")


@train_app.command("genre")
def train_genre(
    data: Annotated[Path | None, typer.Option(help="EMSCAD subset (.parquet or .csv); default "
                                              "../shared/data/emscad-fake-jobs-subset/")] = None,
    out: Annotated[Path | None, typer.Option(help="Where to write genre.json and its card")] = None,
) -> None:
    """Fit the genre detector (job advert or personal message); write its weights and card."""
    from vetlink.model.train_genre import train
    from vetlink.model.train_recruitment import default_data_path

    report = train(data or default_data_path(), out)
    right = sum(r for r, _ in report["cv_accuracy"].values())
    total = sum(t for _, t in report["cv_accuracy"].values())
    sys.stdout.write(f"5-fold CV accuracy {right}/{total}; wrote genre.json and its card\n")


@train_app.command("intents")
def train_intents(
    out: Annotated[Path | None, typer.Option(help="Where to write the artefact and card")] = None,
) -> None:
    """Train the elicitation-intent classifier on the exemplar sentences; write artefact,
    metrics and model card."""
    from vetlink.model.train_intents import train

    report = train(out)
    cv = report["cross_validation"]
    sys.stdout.write(f"5-fold CV on the exemplars: asks flagged {cv['asks_flagged']}, none "
                     f"flagged {cv['none_flagged']}; threshold {report['threshold']}; wrote "
                     "artefact, metrics and card\n")


def exposure(
    profile: Annotated[
        str | None,
        typer.Argument(help="Your own profile: .json, .pdf (LinkedIn 'Save to PDF') or pasted "
                       ".txt; - for stdin"),
    ] = None,
    output: FormatOption = OutputFormat.text,
) -> None:
    """What your own profile tells a hostile service: clearances, programmes, teams, postings,
    contact details and offers, why each matters, a rewrite, and what to change first."""
    from vetlink.exposure import check_exposure
    from vetlink.ingest import load_profile_input
    from vetlink.settings import get_settings

    if profile is None:
        raise VetlinkError("give your PROFILE (.json, .pdf or .txt, or - for stdin) to check")
    report = check_exposure(load_profile_input(profile, get_settings().max_input_bytes).profile)
    if output is OutputFormat.json:
        emit_json(report.to_json())
    else:
        from vetlink.exposure.render import print_exposure

        print_exposure(report, console())


def signals(output: FormatOption = OutputFormat.text) -> None:
    """List every signal vetlink checks, generated from the code."""
    from vetlink.signals import registry

    catalogue = sorted(registry().values(), key=lambda s: s.id)
    if output is OutputFormat.json:
        emit_json([
            {"id": s.id, "severity": s.severity, "title": s.title, "advice": s.advice,
             "needs": list(s.needs), "doc": s.doc}
            for s in catalogue
        ])
        return
    from rich.table import Table

    table = Table(title=f"{len(catalogue)} signals", show_lines=True)
    for column in ("id", "severity", "what it means"):
        table.add_column(column)
    for s in catalogue:
        table.add_row(s.id, s.severity, f"[bold]{s.title}[/bold]\n{s.doc}")
    console().print(table)
