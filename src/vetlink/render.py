"""Render an assessment for a terminal (Rich). Kept apart from the CLI so other commands
(exposure, demo) share it."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from vetlink.domain import Assessment, ModelOutput

BAND_STYLE = {"low": "bold green", "medium": "bold yellow", "high": "bold white on red"}
SEVERITY_STYLE = {"info": "dim", "low": "cyan", "medium": "yellow", "high": "bold red"}


# What each model compares the input with, and what its "reasons" are, in plain words.
MODEL_WORDS: dict[str, tuple[str, str]] = {
    "recruitment_fraud": ("Text model: the contact's messages read {p}% like a fraudulent job "
                          "advert", "words that made them read more like one"),
    "ai_face": ("Photo model: {p}% likely to be a computer-generated face",
                "what made it more likely"),
}


def model_sentence(model: ModelOutput) -> str:
    """A model's output in words a non-expert reads: what it compares with, how likely, and
    only what pushed it UP (never what pushed it down)."""
    raised = [f"“{c.get('feature')}”" for c in model.contributions
              if float(c.get("weight", c.get("effect", 0)) or 0) > 0][:5]
    what, why = MODEL_WORDS.get(model.name, (f"Model {model.name}: probability {{p}}%",
                                             "what raised it"))
    text = what.format(p=round(100 * model.probability))
    if raised:
        text += f"; {why}: {', '.join(raised)}"
    return text + f" (model {model.name} {model.version})"


def print_assessment(assessment: Assessment, console: Console) -> None:
    console.print(header_of(assessment))
    if assessment.status == "partly_assessed":
        console.print(Text(f"Only partly assessed: {assessment.not_assessed_reason}.",
                           style="bold magenta"))
    if assessment.findings:
        console.print(findings_table(assessment))
    elif assessment.status == "not_assessed":
        console.print("Nothing was found in what could be checked without reading the text "
                      "(links, addresses, numbers, files).", style="dim")
    else:
        console.print("No red flags found.", style="green")
    for model in assessment.models:
        console.print(Text(model_sentence(model), style="dim"))
    if assessment.advice:
        console.print(Panel("\n".join(f"• {a}" for a in assessment.advice), title="What to do"))
    if assessment.not_checked:
        console.print(f"[dim]Not checked ({len(assessment.not_checked)}): the input does not "
                      "show what these need:[/dim]")
        for item in assessment.not_checked:
            console.print(f"[dim]  - {item}[/dim]")


def header_of(assessment: Assessment) -> Text:
    """The top line: the band and score, or, when the input could not be read, NOT ASSESSED
    and why in the band's place (a band there would be false reassurance)."""
    name = assessment.subject.get("name") or "this contact"
    inputs = ", ".join(assessment.subject.get("inputs", []))
    if assessment.subject.get("genre") == "advert":
        inputs += ", read as a job advert"
    if assessment.status == "not_assessed":
        verdict = Text.assemble((" NOT ASSESSED ", "bold white on magenta"),
                                f"  {assessment.not_assessed_reason}  ")
    else:
        verdict = Text.assemble(
            (f" {assessment.band.upper()} RISK ", BAND_STYLE[assessment.band]),
            f"  score {assessment.score}/100  ",
        )
    verdict.append(name, style="bold")
    verdict.append(f"  ({inputs})" if inputs else "", style="dim")
    return verdict


def findings_table(assessment: Assessment) -> Table:
    table = Table(show_header=True, header_style="bold", expand=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("finding")
    table.add_column("evidence")
    for f in assessment.findings:
        title = Text(f.title)
        title.append(f"\n{f.id}", style="dim")
        evidence = Text(f.evidence)
        if f.where:
            evidence.append(f"\n({f.where})", style="dim")
        table.add_row(Text(f.severity, style=SEVERITY_STYLE[f.severity]), title, evidence)
    return table
