"""Events the server itself establishes (an attempt started, an answer saved, code run or submitted, a
verdict), stored in the very transaction of the action they record.

They do not travel through the Redis stream: the action and its event commit together or not at all, so
a timeline never shows a submission that was rolled back nor misses one that was kept, even while Redis
is down. Their ids derive from what they are about (`schemas.server_event`), so an action repeated by a
retry or a redelivered message records its event once.
"""

from __future__ import annotations

import datetime as dt

from pydantic import JsonValue
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from mockround.events.models import EventKind, insert_events, store_events_async
from mockround.events.schemas import server_event


async def note(
    session: AsyncSession,
    kind: EventKind,
    attempt_id: str,
    key: str,
    payload: dict[str, JsonValue],
    at: dt.datetime | None = None,
) -> None:
    """Add the event to the session's transaction (the web's side)."""
    event = server_event(kind, attempt_id, key, payload, at)
    await store_events_async(await session.connection(), [event.row()])


def note_blocking(
    session: Session,
    kind: EventKind,
    attempt_id: str,
    key: str,
    payload: dict[str, JsonValue],
    at: dt.datetime | None = None,
) -> None:
    """Add the event to the session's transaction (a worker thread's side)."""
    event = server_event(kind, attempt_id, key, payload, at)
    insert_events(session.connection(), [event.row()])
