"""Verdicts and their consequences, shared by the case page and the API: a confirmed-hostile
or benign verdict becomes a training label; a confirmed-hostile case's photos go to the photo
index (when :mod:`vetlink.photo` provides one)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from vetlink.errors import InputError
from vetlink.store import audit, cases, reports
from vetlink.store.evidence import EvidenceStore
from vetlink.store.models import Case, Report

VERDICT_LABELS = {"confirmed_hostile": "hostile", "benign": "benign"}


def change_status(
    session: Session, store: EvidenceStore, data_dir: Path, case: Case, status: str,
    actor_id: int,
) -> bool:
    """Set the status and commit; then a confirmed-hostile case's photos are indexed (outside
    the status transaction: hashing photos must not hold the database's write lock)."""
    changed = cases.set_status(session, case, status, actor_id)
    if changed and status in VERDICT_LABELS:
        reports.record_labels(session, case, VERDICT_LABELS[status], actor_id)
    photos = [p.sha256 for p in reports.photos_of_case(session, case.id)]
    session.commit()
    if changed and status == "confirmed_hostile" and photos:
        feed_photo_index(session, store, data_dir, case, photos, actor_id)
    return changed


def feed_photo_index(
    session: Session, store: EvidenceStore, data_dir: Path, case: Case, photos: list[str],
    actor_id: int,
) -> int:
    """Add the case's photos to the index of hostile photos (committing the audit entry);
    0 when there is no index."""
    added = sum(index_photo(store, data_dir, sha, case.persona_name, f"case {case.id}",
                            "hostile") for sha in photos)
    if added:
        audit.record(session, actor_id, "photo_index.add", "case", case.id, photos=added)
        session.commit()
    return added


REPORT_SOURCE = re.compile(r"^vetlink report (\d+)$")


def similar_reports(data_dir: Path, photo: bytes) -> list[int]:
    """Earlier reports whose photo the index finds near-identical to this one (the index
    entries :func:`index_photo` adds for reports are named ``vetlink report <id>``)."""
    from vetlink.photo import PhotoIndex

    try:
        matches = PhotoIndex.open(data_dir).search(photo)
    except InputError:
        return []
    found = (REPORT_SOURCE.match(m.source) for m in matches)
    return [int(m.group(1)) for m in found if m]


def index_photo(
    store: EvidenceStore, data_dir: Path, sha256: str, persona: str, source: str,
    verdict: Literal["hostile", "reported", "genuine"],
) -> int:
    """Index one stored photo (1 when indexed; 0 when there is no index or nothing to index,
    e.g. a blank image)."""
    from vetlink.photo import PhotoIndex

    try:
        PhotoIndex.open(data_dir).add(store.path(sha256).read_bytes(), persona,
                                      source=f"vetlink {source}", verdict=verdict)
    except InputError:
        return 0
    return 1


def index_reported_photos(store: EvidenceStore, data_dir: Path, report: Report) -> int:
    """After a report is committed: index its photos, so later reports of the same persona
    with a near-identical photo join its case."""
    return sum(index_photo(store, data_dir, item.sha256, report.persona_name,
                           f"report {report.id}", "reported")
               for item in report.evidence if item.kind == "photo")
