"""Alembic environment: the URL comes from settings, the metadata from the models."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from mockround.core.db import Base
from mockround.core.settings import get_settings
from mockround.models import import_all

import_all()
url = context.config.get_main_option("sqlalchemy.url") or get_settings().sync_database_url


def run() -> None:
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=Base.metadata, render_as_batch=True, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(url)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run()
