"""Run Alembic migrations programmatically."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from mockround.core.settings import Settings

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(settings: Settings) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", settings.sync_database_url.replace("%", "%%"))
    return config


def upgrade(settings: Settings) -> None:
    if settings.is_sqlite:
        path = settings.sync_database_url.split("///", 1)[1]
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(settings), "head")
