"""Alembic migrations, run by `mockround migrate` on SQLite and Postgres alike (batch mode)."""
