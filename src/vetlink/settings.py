"""One settings object, read from the environment (prefix ``VETLINK_``).

Nothing is read at import time: call :func:`get_settings`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path(user_data_dir("vetlink", appauthor=False))


class Settings(BaseSettings):
    """Every setting vetlink reads. Each field is documented in README.md (a test checks)."""

    model_config = SettingsConfigDict(env_prefix="VETLINK_", extra="ignore")

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Where the database, evidence files, photo index and watchlists live.",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; default: SQLite file vetlink.sqlite3 in the data directory.",
    )
    secret_key: str | None = Field(
        default=None,
        description="Key that signs sessions and tokens; default: generated once and kept "
        "in the data directory.",
    )
    max_input_bytes: int = Field(
        default=20 * 1024 * 1024,
        description="Largest profile, conversation or photo file accepted, in bytes.",
    )
    trusted_proxies: str = Field(
        default="",
        description="Comma-separated addresses or networks of reverse proxies whose "
        "X-Forwarded-For / X-Forwarded-Proto headers are believed; empty: none (the client "
        "address is the connection's).",
    )
    check_workers: int = Field(
        default=2, ge=1, le=64,
        description="Worker processes per server process that run checks (parsing, "
        "assessment, exposure).",
    )
    check_queue: int = Field(
        default=8, ge=0, le=1000,
        description="Checks that may wait for a free worker; beyond that the server answers "
        "503 with Retry-After.",
    )
    check_deadline_seconds: float = Field(
        default=30.0, gt=0, le=3600,
        description="Longest a check may run; past it the worker is killed and replaced and "
        "the request gets 504.",
    )

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'vetlink.sqlite3'}"

    def ensure_data_dir(self) -> Path:
        """The data directory, created private to this account (0700) when it is new."""
        if not self.data_dir.exists():
            self.data_dir.mkdir(parents=True, mode=0o700, exist_ok=True)
        return self.data_dir

    def proxy_list(self) -> list[str]:
        return [part.strip() for part in self.trusted_proxies.split(",") if part.strip()]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
