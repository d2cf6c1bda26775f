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

    organisation: str = Field(
        default="vetlink",
        description="Your organisation's name, the producer of STIX/MISP exports and TAXII.",
    )
    max_intel_bytes: int = Field(
        default=200 * 1024 * 1024,
        description="Largest STIX bundle or MISP event imported (or TAXII page read), bytes.",
    )

    taxii_tlp: str = Field(
        default="amber",
        description="TLP marking of the TAXII collection served to partners (red: not served).",
    )

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'vetlink.sqlite3'}"

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
