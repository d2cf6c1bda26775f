"""Campaigns recomputed after new reports, off the request path and at most once a window.

When a write session commits a new :class:`~vetlink.store.models.Report` (web form, API,
extension), :meth:`CampaignRefresher.request` is called (a SQLAlchemy session event on the
app's writer sessions, so no route has to remember it). The first request schedules one
recompute ``campaign_refresh_seconds`` later in a background thread; requests arriving
before it runs join it, requests arriving while it runs schedule one more. So a burst of N
reports costs one or two recomputes, never N, and the request that stored a report never
waits for one. A failed recompute is logged and retried on the next report.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from vetlink.store.evidence import EvidenceStore
from vetlink.store.models import Report

log = logging.getLogger("vetlink.web.campaigns")
FLAG = "vetlink_new_reports"


class CampaignRefresher:
    def __init__(self, engine: Engine, evidence: EvidenceStore, delay: float) -> None:
        self.engine = engine
        self.evidence = evidence
        self.delay = delay
        self.runs = 0  # recomputes done (tests, logs)
        self._cond = threading.Condition()
        self._due: float | None = None  # when the scheduled recompute starts
        self._running = False
        self._thread: threading.Thread | None = None

    def request(self) -> None:
        """New reports were stored: recompute within ``delay`` seconds (debounced)."""
        if self.delay <= 0:
            return
        with self._cond:
            if self._due is None:
                self._due = time.monotonic() + self.delay
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="campaign-refresh",
                                                daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def _loop(self) -> None:
        while True:
            with self._cond:
                if self._due is None:
                    self._thread = None
                    self._cond.notify_all()
                    return
                wait = self._due - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                self._due = None
                self._running = True
            try:
                self.recompute()
            finally:
                with self._cond:
                    self._running = False
                    self._cond.notify_all()

    def recompute(self) -> None:
        from vetlink.store import campaigns
        from vetlink.store.db import write_session

        started = time.monotonic()
        try:
            with write_session(self.engine) as session:
                kept = campaigns.recompute(session, self.evidence)
        except Exception:
            log.exception("campaign recompute failed")
            return
        self.runs += 1
        log.info("campaigns recomputed after new reports: %d in %.1f s", len(kept),
                 time.monotonic() - started)

    @property
    def scheduled(self) -> bool:
        return self._due is not None

    def flush(self) -> None:
        """Run a scheduled recompute now instead of at its time (shutdown; tests)."""
        with self._cond:
            if self._due is not None:
                self._due = time.monotonic()
                self._cond.notify_all()

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Block until nothing is scheduled or running (tests; shutdown)."""
        end = time.monotonic() + timeout
        with self._cond:
            while self._due is not None or self._running:
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, 0.1))
        return True


def install(writer: sessionmaker[Session], refresher: CampaignRefresher) -> None:
    """Ask ``refresher`` for a recompute whenever a session of ``writer`` commits a new
    report."""

    @event.listens_for(writer, "before_flush")
    def note(session: Session, context: Any, instances: Any) -> None:
        if any(isinstance(obj, Report) for obj in session.new):
            session.info[FLAG] = True

    @event.listens_for(writer, "after_commit")
    def after(session: Session) -> None:
        if session.info.pop(FLAG, False):
            refresher.request()

    @event.listens_for(writer, "after_rollback")
    def forget(session: Session) -> None:
        session.info.pop(FLAG, None)
