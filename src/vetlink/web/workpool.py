"""Checks run in a bounded pool of worker processes, with a deadline.

Parsing a PDF, running the signal catalogue's regular expressions or hashing a photo holds
the GIL: run in the web server's own threads, one long check would stall every other request.
So the web app hands each check to a worker *process* (``pebble.ProcessPool``):

- at most ``check_workers`` checks run at once and ``check_queue`` more may wait; beyond that
  the request is refused at once with 503 and ``Retry-After`` (:class:`Busy`);
- a check that runs longer than ``check_deadline_seconds`` gets 504 (:class:`TooSlow`) and
  its worker is killed and replaced, so it stops eating CPU;
- errors raised on purpose in a worker (``VetlinkError``: bad input...) reach the request
  unchanged; anything else becomes a :class:`WorkerFailed` (logged, 500).

A small profile-only API check (at most ``inline_check_bytes``) is the exception: its trip to
a worker would cost more than the check, and its worst case is small and measured, so
:meth:`CheckPool.run_here` runs it in the server process (in a thread, at most
``INLINE_AT_ONCE`` at once; docs/security.md "Checks in the server process"), and one of at
most ``loop_check_bytes`` runs on the event loop itself (:meth:`CheckPool.run_on_loop`), whose
thread hand-off would cost more than the GIL it would give back (docs/web-throughput.md).

The process pool belongs to one server process (created on first use, stopped when the
process exits), so several server processes (``--workers``) each have their own; apps built
in the same process (tests) share it.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import CancelledError
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, ClassVar, TypeVar

from vetlink.errors import InputError, VetlinkError
from vetlink.settings import Settings

T = TypeVar("T")
log = logging.getLogger("vetlink.web.checks")
RETRY_AFTER_SECONDS = 5
INLINE_AT_ONCE = 4  # small checks run in a server process at once; more wait for a turn
INLINE_WAIT_SECONDS = 1.0  # ... this long, then go to the pool (or get its 503)


class Busy(VetlinkError):
    status = 503
    title = "Busy"
    headers: ClassVar[dict[str, str]] = {"Retry-After": str(RETRY_AFTER_SECONDS)}


class TooSlow(VetlinkError):
    status = 504
    title = "Check took too long"


class WorkerFailed(RuntimeError):
    """An unexpected error in a worker, with the worker's traceback as its message."""


def warm_up() -> None:
    """Import what every check needs once per worker, not on its first check."""
    import vetlink.assess  # noqa: F401
    from vetlink.approach.intent import classifier, encoder
    from vetlink.approach.language import detector
    from vetlink.signals import registry

    registry()
    encoder(), classifier(), detector()  # the language and intent models: seconds to load


def settings_env(settings: Settings) -> dict[str, str | None]:
    """The settings as ``VETLINK_*`` variables, for a worker to read with get_settings()."""
    return {f"VETLINK_{name.upper()}": None if value is None else str(value)
            for name, value in settings.model_dump().items()}


def in_worker(env: dict[str, str | None], fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """Run ``fn(*args)`` in a worker under the server's settings."""
    from vetlink.settings import get_settings

    if any(os.environ.get(k) != v for k, v in env.items()):
        for key, value in env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        get_settings.cache_clear()
    return guarded(fn, args)


def guarded(fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """``fn(*args)``, its unexpected errors turned into InputError or WorkerFailed."""
    try:
        return fn(*args)
    except VetlinkError:
        raise
    except RecursionError:
        raise InputError("the input is nested too deeply to read") from None
    except ValueError as exc:  # a parser that should have said InputError: still the input's
        log.warning("input refused by a ValueError:\n%s", traceback.format_exc())
        raise InputError(f"the input could not be read ({first_line(exc)})") from None
    except Exception:
        raise WorkerFailed(traceback.format_exc()) from None


def first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


_POOLS: dict[int, Any] = {}
_POOLS_LOCK = threading.Lock()


def process_pool(workers: int) -> Any:
    """This process's pool of ``workers`` worker processes (made on first use)."""
    with _POOLS_LOCK:
        pool = _POOLS.get(workers)
        if pool is None or not pool.active:
            from pebble import ProcessPool

            if not _POOLS:
                atexit.register(stop_pools)
            pool = ProcessPool(max_workers=workers, initializer=warm_up,
                               context=multiprocessing.get_context("spawn"))
            _POOLS[workers] = pool
        return pool


def stop_pools() -> None:
    with _POOLS_LOCK:
        for pool in _POOLS.values():
            pool.stop()
            pool.join(timeout=10)
        _POOLS.clear()


class CheckPool:
    """A bounded process pool with a per-check deadline (see the module's docstring)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.workers = settings.check_workers
        self.deadline = settings.check_deadline_seconds
        self.slots = threading.BoundedSemaphore(settings.check_workers + settings.check_queue)
        self.inline_slots = threading.BoundedSemaphore(INLINE_AT_ONCE)
        self.ran: dict[str, int] = {"event loop": 0, "thread": 0, "pool": 0}  # where checks ran
        from vetlink.ingest.budget import Budget

        self.budget = Budget.from_settings(settings)  # the input budgets of a check run here

    def runs_here(self) -> bool:
        """Whether a check may run in this process: it reads one setting of the process
        besides its budgets, the data directory (for the partner watchlist), so not when the
        app was built for another data directory than the process's."""
        from vetlink.settings import get_settings

        return self.settings.data_dir == get_settings().data_dir

    def run_on_loop(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` right here, on the calling event loop, under the input budgets and
        the error mapping of a worker: only for a profile-only check within
        ``VETLINK_LOOP_CHECK_BYTES``, whose measured worst case is below the interpreter's
        thread switch interval (docs/web-throughput.md), and only when :meth:`runs_here`.
        The loop runs one at a time, so no turn is taken."""
        from vetlink.ingest.budget import using_budget

        self.ran["event loop"] += 1
        with using_budget(self.budget):
            return guarded(fn, args)

    def run_here(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in the calling thread, without the pool: only for inputs whose worst
        case is bounded by a small size budget (``VETLINK_INLINE_CHECK_BYTES``; see
        docs/security.md "Checks in the server process"), and at most ``INLINE_AT_ONCE`` at a
        time: a check that finds no turn within ``INLINE_WAIT_SECONDS`` goes to the pool
        like any other (and gets its 503 when that is full too). Besides its
        input budgets (set here from the app's settings), a profile-only check reads one
        setting of the process: the data directory, for the partner watchlist; so when the
        app was built for another data directory than the process's, the pool is used."""
        from vetlink.ingest.budget import using_budget

        if not self.runs_here():  # the watchlist a check reads
            return self.run(fn, *args)
        if not self.inline_slots.acquire(timeout=INLINE_WAIT_SECONDS):  # a flood: the pool
            return self.run(fn, *args)
        self.ran["thread"] += 1
        try:
            with using_budget(self.budget):
                result: T = guarded(fn, args)
        finally:
            self.inline_slots.release()
        return result

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in a worker process; blocks the calling thread until it is done.
        ``fn`` must be a module-level function and its arguments and result picklable."""
        if not self.slots.acquire(blocking=False):
            raise Busy("the server is busy with other checks; try again in a few seconds")
        self.ran["pool"] += 1
        try:
            env = settings_env(self.settings)
            future = process_pool(self.workers).schedule(in_worker, args=(env, fn, args),
                                                         timeout=self.deadline)
            try:
                result: T = future.result()
            except (FutureTimeout, CancelledError):
                raise TooSlow(f"the check took longer than the {self.deadline:g} seconds "
                              "allowed and was stopped; try a smaller input") from None
            return result
        except VetlinkError:
            raise
        except WorkerFailed:
            raise
        except Exception as exc:  # the worker died (killed, out of memory)
            from pebble import ProcessExpired

            if isinstance(exc, ProcessExpired):
                raise Busy("the check's worker stopped unexpectedly; try again") from None
            raise
        finally:
            self.slots.release()
