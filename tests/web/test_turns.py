"""Turns for the checks a server process runs itself (web/turns.py): at most ``count`` at
once, each asker waiting at most its timeout, and a turn given back goes to the longest
waiter, never to a thread that asks just after (which starved waiters into the pool)."""

from __future__ import annotations

import threading
import time

import pytest

from vetlink.web.turns import Turns


def wait_until(condition: object, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def waiter(turns: Turns, name: str, got: list[str], timeout: float = 5.0) -> threading.Thread:
    """A thread that asks for a turn (and is queued before this returns)."""
    before = len(turns.waiters)

    def ask() -> None:
        if turns.acquire(timeout):
            got.append(name)

    thread = threading.Thread(target=ask)
    thread.start()
    wait_until(lambda: len(turns.waiters) == before + 1)
    return thread


def test_at_most_count_at_once_and_a_wait_is_bounded() -> None:
    turns = Turns(2)
    assert turns.acquire(0) and turns.acquire(0)
    began = time.monotonic()
    assert not turns.acquire(0.05)  # none came within its timeout
    assert time.monotonic() - began >= 0.05
    assert not turns.waiters  # a waiter that gave up is no longer queued
    turns.release()
    assert turns.acquire(0)


def test_turns_go_to_the_waiters_in_the_order_they_asked() -> None:
    turns = Turns(1)
    assert turns.acquire(0)
    got: list[str] = []
    first = waiter(turns, "first", got)
    second = waiter(turns, "second", got)
    turns.release()
    first.join(5)
    assert got == ["first"]
    turns.release()
    second.join(5)
    assert got == ["first", "second"]


def test_a_turn_given_back_is_not_taken_by_a_newcomer_ahead_of_a_waiter() -> None:
    turns = Turns(1)
    assert turns.acquire(0)
    got: list[str] = []
    queued = waiter(turns, "waiting", got)
    turns.release()
    assert not turns.acquire(0)  # e.g. the thread that gave it back, asking again at once
    queued.join(5)
    assert got == ["waiting"]


def test_a_waiter_that_gave_up_gets_no_turn_later() -> None:
    turns = Turns(1)
    assert turns.acquire(0)
    got: list[str] = []
    gave_up = waiter(turns, "gave up", got, timeout=0.05)
    gave_up.join(5)
    assert got == [] and not turns.waiters
    turns.release()  # the turn is free again, not handed to the one that left
    assert turns.acquire(0)


def test_giving_back_a_turn_not_taken_is_an_error() -> None:
    with pytest.raises(ValueError):
        Turns(1).release()


def test_many_threads_all_get_their_turn_and_never_more_than_count_at_once() -> None:
    turns, busy, most = Turns(3), [0], [0]
    lock = threading.Lock()
    done: list[bool] = []

    def work() -> None:
        for _ in range(20):
            assert turns.acquire(10)
            with lock:
                busy[0] += 1
                most[0] = max(most[0], busy[0])
            time.sleep(0.0005)
            with lock:
                busy[0] -= 1
            turns.release()
        done.append(True)

    threads = [threading.Thread(target=work) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(done) == 12 and most[0] <= 3 and turns.free == 3
