"""Own-profile exposure check: what your profile tells a hostile service looking for targets
(clearances, named programmes, team names, postings, contact details, offers), why it
matters, how to reword it, and the few changes that lower your exposure most.

    from vetlink.exposure import check_exposure
    report = check_exposure(profile)      # ExposureReport; report.to_json() for the API
"""

from __future__ import annotations

from vetlink.exposure.report import (
    EXPOSURE_SCHEMA,
    ExposureChange,
    ExposureReport,
    check_exposure,
    level_of,
)

__all__ = ["EXPOSURE_SCHEMA", "ExposureChange", "ExposureReport", "check_exposure", "level_of"]
