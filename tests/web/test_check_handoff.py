"""The hand-off of a check from the event loop to a thread (web/workpool.in_thread, issue 12):
the check runs in one of the server process's own check threads, not on the loop and not in
anyio's threads, sees the caller's context variables, and its result or error reaches the
caller unchanged."""

from __future__ import annotations

import asyncio
import contextvars
import threading
from typing import Any

import anyio.to_thread
import pytest

from vetlink.errors import InputError
from vetlink.web.workpool import HANDOFF_THREADS, handoff_threads, in_thread

WHO = contextvars.ContextVar("who", default="nobody")


def where_and_who(limiter: Any) -> tuple[str, str, int]:
    """Run in the thread: its name, the caller's context variable, anyio's threads in use."""
    return threading.current_thread().name, WHO.get(), int(limiter.borrowed_tokens)


def refuse() -> None:
    raise InputError("profile: not a profile")


async def handed_off() -> tuple[str, str, int, str]:
    WHO.set("alice")
    limiter = anyio.to_thread.current_default_thread_limiter()
    name, who, borrowed = await in_thread(where_and_who, limiter)
    return name, who, borrowed, threading.current_thread().name


def test_a_check_runs_in_a_check_thread_with_the_callers_context() -> None:
    name, who, borrowed, loop_thread = asyncio.run(handed_off())
    assert name.startswith("vetlink-check") and name != loop_thread
    assert who == "alice"  # the context variables of the request that handed it off
    assert borrowed == 0  # none of anyio's threads, which other requests wait for


def test_an_error_of_the_check_reaches_the_caller_unchanged() -> None:
    with pytest.raises(InputError, match="not a profile"):
        asyncio.run(in_thread(refuse))


def test_the_check_threads_are_bounded_and_shared_by_the_process() -> None:
    assert handoff_threads() is handoff_threads()
    assert handoff_threads()._max_workers == HANDOFF_THREADS == 40  # anyio's default limit


def test_checks_handed_off_at_once_all_finish_on_the_threads() -> None:
    """More checks at once than there are threads: they wait for a thread and all finish."""
    async def many() -> list[tuple[str, str, int]]:
        limiter = anyio.to_thread.current_default_thread_limiter()
        return await asyncio.gather(*(in_thread(where_and_who, limiter)
                                      for _ in range(HANDOFF_THREADS + 10)))

    done = asyncio.run(many())
    assert len(done) == HANDOFF_THREADS + 10
    assert all(name.startswith("vetlink-check") for name, _, _ in done)
