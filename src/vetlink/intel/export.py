"""Exports: ``export_text(session, "stix" | "misp", ...)`` -> the file's text. The CLI
(``vetlink export``), the analysts' web page (``/intel``) and the TAXII server all call this
one function, so every path carries the same objects and the same privacy rules."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from vetlink.errors import InputError
from vetlink.intel import need
from vetlink.intel import tlp as tlp_
from vetlink.intel.campaigns import CampaignProvider, campaigns_of
from vetlink.intel.personas import load_personas

FORMATS = ("stix", "misp")


def since_of(text: str | date | None) -> datetime | None:
    if text is None or text == "":
        return None
    if isinstance(text, date):
        return datetime(text.year, text.month, text.day)
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"since: not a date (YYYY-MM-DD): {text!r}") from None


def producer_name() -> str:
    from vetlink.settings import get_settings

    return get_settings().organisation


def export_text(
    session: Session, format: str, tlp: str | None = None, since: str | date | None = None,
    data_dir: Path | None = None, provider: CampaignProvider | None = None,
) -> str:
    """The export of the confirmed-hostile personas as STIX 2.1 (bundle) or MISP (event)."""
    if format not in FORMATS:
        raise InputError(f"format: must be one of {', '.join(FORMATS)}")
    need("stix2" if format == "stix" else "pymisp")
    level = tlp_.level(tlp)
    personas = load_personas(session, since_of(since), data_dir)
    campaigns = campaigns_of(session, provider)
    if format == "stix":
        from vetlink.intel import stix_export

        return stix_export.serialise(stix_export.build_bundle(personas, campaigns, level,
                                                              producer_name()))
    from vetlink.intel import misp_export

    return misp_export.serialise(misp_export.build_event(personas, campaigns, level,
                                                         producer_name()))
