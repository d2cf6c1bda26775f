"""Turns taken first come, first served: the ``INLINE_AT_ONCE`` checks a server process runs
itself (web/workpool.py).

``threading.BoundedSemaphore`` lets a thread that arrives just as a turn is given back take
it ahead of the threads already waiting (the waiter that was woken finds it gone and waits
again). Under load the check threads of ``workpool.in_thread`` do exactly that: a thread that
finishes a check takes the next request from its queue at once and asks for a turn before
the waiter it woke has the GIL, so some waiters wait out ``INLINE_WAIT_SECONDS`` and go to
the worker processes (measured: 20 of 11,475 checks, p99 1.1 s). :class:`Turns` hands a turn
given back to the longest waiter directly; a newcomer waits behind them. The limit and the
wait are the same: at most ``count`` at once, each waiting at most its ``timeout``.
"""

from __future__ import annotations

import threading
from collections import deque


class Turns:
    def __init__(self, count: int) -> None:
        self.count = count
        self.free = count
        self.lock = threading.Lock()
        self.waiters: deque[threading.Lock] = deque()  # each held until its turn is handed

    def acquire(self, timeout: float) -> bool:
        """Take a turn, waiting behind the earlier askers for at most ``timeout`` seconds;
        False when none came."""
        with self.lock:
            if self.free > 0 and not self.waiters:
                self.free -= 1
                return True
            waiter = threading.Lock()
            waiter.acquire()
            self.waiters.append(waiter)
        if waiter.acquire(timeout=max(timeout, 0.0)):
            return True  # handed over by release()
        with self.lock:
            try:
                self.waiters.remove(waiter)
            except ValueError:  # handed over just as the wait ended: the turn is ours
                return True
            return False

    def release(self) -> None:
        """Give a turn back: to the longest waiter, else to the free ones."""
        with self.lock:
            if self.waiters:
                self.waiters.popleft().release()
                return
            if self.free >= self.count:
                raise ValueError("a turn was given back that was not taken")
            self.free += 1
