"""Cheap argon2 parameters for tests (the real ones take ~0.3 s per hash on purpose)."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from vetlink.store import users

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "hasher", lambda: FAST)
    monkeypatch.setattr(users, "dummy_hash", lambda: FAST.hash("not a real password"))
