"""The event tables (one row per candidate action, and the stream entries that could not be read), and
the one idempotent way rows enter them: insert what is new, skip an id already stored."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from typing import Any

import pydantic_core
from sqlalchemy import JSON, Connection, Index, Integer, String, Text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.orm import Mapped, mapped_column

from mockround.core.db import Base, UTCDateTime, utcnow


class EventKind(enum.StrEnum):
    """The closed set of actions kept. A new kind is a code change, never something a client invents."""

    ATTEMPT_STARTED = "attempt_started"
    ANSWER_SAVED = "answer_saved"
    DRAFT_AUTOSAVED = "draft_autosaved"
    CODE_RUN = "code_run"
    SUBMITTED = "submitted"
    VERDICT = "verdict"
    REJUDGED = "rejudged"
    SECTION_LEFT = "section_left"
    PAGE_HIDDEN = "page_hidden"
    PAGE_SHOWN = "page_shown"
    FOCUS_LOST = "focus_lost"
    PASTE = "paste"


# What the browser may report. The others are facts the server itself establishes (it started the
# attempt, saved the answer, queued the run, judged the code): accepting them from a browser would let a
# candidate write a forged verdict into a reviewer's timeline.
CLIENT_KINDS = frozenset(
    {
        EventKind.DRAFT_AUTOSAVED,
        EventKind.PAGE_HIDDEN,
        EventKind.PAGE_SHOWN,
        EventKind.FOCUS_LOST,
        EventKind.PASTE,
    }
)
SERVER_KINDS = frozenset(EventKind) - CLIENT_KINDS


class Event(Base):
    __tablename__ = "events"
    # Timelines read one attempt's events in time order; the index also serves lookups by attempt alone.
    __table_args__ = (Index("ix_events_attempt_id_at", "attempt_id", "at"),)

    # A UUID made by the producer, so that a retried event is recognised and stored once.
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # Not a foreign key: ingest must never fail because an event is written before its attempt's row
    # is visible (another transaction, another database connection, a replica).
    attempt_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    # When it happened, on the server's clock (a browser's clock is corrected on arrival).
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)


class EventDeadLetter(Base):
    """A stream entry that could not become an event, kept as it came so that nothing is lost silently."""

    __tablename__ = "event_dead_letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The Redis stream entry id: an entry delivered twice (a consumer died before acknowledging it) is
    # dead-lettered once.
    stream_id: Mapped[str] = mapped_column(String(48), unique=True)
    raw: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


EVENT_COLUMNS = ("id", "attempt_id", "kind", "at", "received_at", "payload")
# Per-connection staging table for COPY. ON COMMIT DELETE ROWS empties it at every commit, so a
# connection returned to the pool carries nothing over; CREATE ... IF NOT EXISTS costs one catalog
# lookup per batch and survives a rolled-back batch (which also rolls back a first CREATE).
STAGING_DDL = "CREATE TEMP TABLE IF NOT EXISTS events_incoming (LIKE events) ON COMMIT DELETE ROWS"
COPY_SQL = f"COPY events_incoming ({', '.join(EVENT_COLUMNS)}) FROM STDIN"
MERGE_SQL = (
    f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) SELECT {', '.join(EVENT_COLUMNS)} "
    "FROM events_incoming ORDER BY id ON CONFLICT (id) DO NOTHING"
)


def _insert(dialect_name: str, table: type[Base]) -> postgresql.Insert | sqlite.Insert:
    if dialect_name == "postgresql":
        return postgresql.insert(table)
    if dialect_name == "sqlite":
        return sqlite.insert(table)
    raise ValueError(f"events are stored in Postgres or SQLite, not {dialect_name}")


def _new_events(dialect_name: str) -> Any:
    statement = _insert(dialect_name, Event)
    return statement.on_conflict_do_nothing(index_elements=["id"]).returning(Event.id)


def _new_dead_letters(dialect_name: str) -> Any:
    statement = _insert(dialect_name, EventDeadLetter)
    return statement.on_conflict_do_nothing(index_elements=["stream_id"]).returning(EventDeadLetter.id)


def store_events(connection: Connection, rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert the events whose ids are new, inside the caller's transaction; return how many were new.

    On Postgres the rows go through COPY into a temporary table and one INSERT ... ON CONFLICT DO
    NOTHING: several times faster than a multi-row INSERT built by SQLAlchemy, and the row count it
    returns is exact. Rows go in id order, a lock order shared by every consumer, so that two consumers
    storing overlapping batches (a retry, a claimed entry) wait for each other instead of deadlocking.
    Elsewhere (SQLite, one writer at a time) a multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING id.
    """
    if not rows:
        return 0
    if connection.dialect.name != "postgresql":
        return insert_events(connection, rows)
    driver = connection.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor:
        cursor.execute(STAGING_DDL)
        with cursor.copy(COPY_SQL) as copy:
            for row in rows:
                copy.write_row(
                    (
                        row["id"],
                        row["attempt_id"],
                        row["kind"],
                        row["at"],
                        row["received_at"],
                        pydantic_core.to_json(row["payload"]).decode(),
                    )
                )
        cursor.execute(MERGE_SQL)
        inserted: int = cursor.rowcount
        return inserted


def insert_events(connection: Connection, rows: Sequence[Mapping[str, Any]]) -> int:
    """A multi-row INSERT ... ON CONFLICT (id) DO NOTHING: for a few rows, cheaper than COPY's staging."""
    if not rows:
        return 0
    return len(connection.execute(_new_events(connection.dialect.name), list(rows)).all())


async def store_events_async(connection: AsyncConnection, rows: Sequence[Mapping[str, Any]]) -> int:
    """`store_events` for the web's async engine: browser batches are small, so no COPY is needed."""
    if not rows:
        return 0
    result = await connection.execute(_new_events(connection.dialect.name), list(rows))
    return len(result.all())


def store_dead_letters(connection: Connection, letters: Sequence[Mapping[str, Any]]) -> int:
    """Keep entries that could not become events (`stream_id`, `raw`, `reason`); each stream id once."""
    if not letters:
        return 0
    rows = [{**letter, "created_at": letter.get("created_at") or utcnow()} for letter in letters]
    return len(connection.execute(_new_dead_letters(connection.dialect.name), rows).all())
