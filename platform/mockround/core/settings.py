"""The one settings class, read from MOCKROUND_* environment variables."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[3]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MOCKROUND_", extra="ignore")

    database_url: str = f"sqlite+aiosqlite:///{REPO_ROOT / 'var' / 'mockround.db'}"
    redis_url: str | None = None
    sandbox: Literal["docker", "local"] = "local"
    sandbox_image: str = "mockround-sandbox:latest"
    problems_dir: Path = REPO_ROOT / "problems"
    templates_dir: Path = REPO_ROOT / "templates"
    assets_dir: Path = REPO_ROOT / "build" / "assets"
    host: str = "127.0.0.1"
    port: int = 8000
    # Judging threads inside the server (embedded mode) or per `mockround worker` process.
    worker_threads: int = Field(default=2, ge=1, le=64)
    # Whether the embedded server judges in-process. Off when separate workers consume the queue.
    embedded_worker: bool | None = None
    # The sweeper: how often it looks, and how old a queued submission's message must be to be re-sent.
    sweep_interval_seconds: float = Field(default=10.0, gt=0)
    requeue_after_seconds: float = Field(default=30.0, gt=0)
    # How long a worker's claim outlives the sandbox's own budget before another worker may take over.
    lease_margin_seconds: float = Field(default=30.0, ge=0)
    # In tests: a missing Postgres, Redis or Docker fails instead of skipping.
    require_services: bool = False

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, url: str) -> str:
        if url.startswith(("postgresql://", "postgres://")):
            return "postgresql+psycopg://" + url.split("://", 1)[1]
        if url.startswith("sqlite:///"):
            return "sqlite+aiosqlite:///" + url.removeprefix("sqlite:///")
        return url

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def sync_database_url(self) -> str:
        return self.database_url.replace("sqlite+aiosqlite:", "sqlite:")

    @property
    def judges_in_process(self) -> bool:
        if self.embedded_worker is not None:
            return self.embedded_worker
        return self.redis_url is None

    @property
    def mode(self) -> str:
        return "service" if self.redis_url else "embedded"


@functools.cache
def get_settings() -> Settings:
    return Settings()
