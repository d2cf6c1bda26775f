"""Render an exposure report for a terminal (Rich): the level in colour, each finding with
its evidence, why it matters and a rewrite, then the changes that lower the level most."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from vetlink.domain import Finding
from vetlink.exposure.report import ExposureReport
from vetlink.render import BAND_STYLE, SEVERITY_STYLE


def print_exposure(report: ExposureReport, console: Console) -> None:
    name = report.subject.get("name") or "your profile"
    console.print(Text.assemble(
        (f" {report.level.upper()} EXPOSURE ", BAND_STYLE[report.level]),
        f"  score {report.score}/100  ",
        (name, "bold"),
    ))
    if not report.findings:
        console.print("Nothing found that singles this profile out as a target.", style="green")
    for number, finding in enumerate(report.findings, start=1):
        console.print(finding_panel(number, finding))
    if report.top_changes:
        console.print(changes_panel(report))
    if report.not_checked:
        console.print(f"[dim]Not checked ({len(report.not_checked)}):[/dim]")
        for item in report.not_checked:
            console.print(f"[dim]  - {item}[/dim]")


def finding_panel(number: int, finding: Finding) -> Panel:
    body = Text()
    body.append("Text: ", style="bold")
    body.append(f"“{finding.evidence}”")
    if finding.where:
        body.append(f"  ({finding.where})", style="dim")
    if finding.why:
        body.append("\nWhy it matters: ", style="bold")
        body.append(finding.why)
    if finding.rewrite:
        body.append("\nSuggested rewrite: ", style="bold green")
        body.append(finding.rewrite, style="green")
    title = Text.assemble(f"{number}. ", (finding.severity, SEVERITY_STYLE[finding.severity]),
                          f"  {finding.title}  ", (finding.id, "dim"))
    return Panel(body, title=title, title_align="left")


def changes_panel(report: ExposureReport) -> Panel:
    lines = [f"Now: {report.level} ({report.score}/100)"]
    for step, change in enumerate(report.top_changes, start=1):
        places = len(change.evidence)
        lines.append(f"{step}. {change.action} ({places} place{'s' if places > 1 else ''}) "
                     f"-> {change.level_after} ({change.score_after}/100)")
    return Panel("\n".join(lines), title="Changes that lower your exposure most (in order)")
