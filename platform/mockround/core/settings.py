"""The one settings class, read from MOCKROUND_* environment variables."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
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
    # Where candidates reach this server: the base of the invite links `mockround invites create` prints.
    public_url: str = "http://127.0.0.1:8000"
    # Judging threads inside the server (embedded mode) or per `mockround worker` process.
    worker_threads: int = Field(default=2, ge=1, le=64)
    # Whether the embedded server judges in-process. Off when separate workers consume the queue.
    embedded_worker: bool | None = None
    # Per attempt: how many Runs and Submits a candidate may make in any minute.
    runs_per_minute: int = Field(default=10, ge=1)
    submits_per_minute: int = Field(default=5, ge=1)
    # The sweeper: how often it looks, and how old a queued submission's message must be to be re-sent.
    sweep_interval_seconds: float = Field(default=10.0, gt=0)
    requeue_after_seconds: float = Field(default=30.0, gt=0)
    # How long a worker's claim outlives the sandbox's own budget before another worker may take over.
    lease_margin_seconds: float = Field(default=30.0, ge=0)
    # In tests: a missing Postgres, Redis or Docker fails instead of skipping.
    require_services: bool = False
    # SQL problems: the engine their queries run in. auto: PostgreSQL when the platform's database is
    # Postgres, SQLite otherwise.
    sql_engine: Literal["auto", "postgres", "sqlite"] = "auto"
    # A Postgres DSN allowed to create a database and roles, for the database where queries run (never the
    # platform's own). Default: the platform database's server and user.
    sql_admin_url: str | None = None
    sql_database: str = Field(default="mockround_sql", pattern=r"^[a-z_][a-z0-9_]{0,40}$")
    # Caps on one query's result: more is Output Limit Exceeded.
    sql_max_rows: int = Field(default=10_000, ge=1, le=1_000_000)
    sql_max_result_kb: int = Field(default=4096, ge=1, le=262_144)

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, url: str) -> str:
        if url.startswith(("postgresql://", "postgres://")):
            return "postgresql+psycopg://" + url.split("://", 1)[1]
        if url.startswith("sqlite:///"):
            return "sqlite+aiosqlite:///" + url.removeprefix("sqlite:///")
        return url

    @model_validator(mode="after")
    def _sql_server(self) -> Settings:
        if self.sql_engine == "postgres" and self.sql_admin_dsn is None:
            raise ValueError(
                "MOCKROUND_SQL_ENGINE=postgres needs MOCKROUND_SQL_ADMIN_URL "
                "or a Postgres MOCKROUND_DATABASE_URL"
            )
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def sync_database_url(self) -> str:
        return self.database_url.replace("sqlite+aiosqlite:", "sqlite:")

    @property
    def sql_admin_dsn(self) -> str | None:
        """The admin URL for SQL problems' database server, or None when queries run in SQLite."""
        if self.sql_engine == "sqlite":
            return None
        if self.sql_admin_url:
            return self.sql_admin_url
        if self.database_url.startswith("postgresql"):
            return self.database_url
        return None

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
