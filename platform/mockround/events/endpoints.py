"""The browser's side of the event stream: `POST /api/v1/attempts/{id}/events` with a batch of events.

The page buffers events and sends them in batches (on a timer, and when it is hidden). Each event is
checked on its own: one bad event is refused with a reason and the rest are kept. An event accepted
once is accepted again when resent (its id is already stored), so the page may resend a batch whose
reply it never saw. A 503 means nothing was promised: the page keeps the batch and retries.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import ValidationError

from mockround.core.db import utcnow
from mockround.core.deps import SessionDep
from mockround.core.errors import InvalidInput, MockroundError
from mockround.events.recorder import EventRecorder, build_recorder
from mockround.events.schemas import (
    MAX_BATCH_BYTES,
    EventBatchIn,
    EventBatchOut,
    EventIn,
    RefusedEvent,
    StoredEvent,
    describe,
)
from mockround.rounds.models import Attempt
from mockround.rounds.service import get_attempt

router = APIRouter(prefix="/api/v1", tags=["candidate"])
# How far an event may fall outside the attempt (and the server's now) once its clock is corrected:
# the last events of a page are often sent just after the round ends.
CLOCK_SLACK = dt.timedelta(minutes=5)


def _recorder(request: Request) -> EventRecorder:
    """One recorder per application, made on first use from the application's settings."""
    recorder: EventRecorder | None = getattr(request.app.state, "event_recorder", None)
    if recorder is None:
        recorder = build_recorder(request.app.state.settings)
        request.app.state.event_recorder = recorder
    return recorder


RecorderDep = Annotated[EventRecorder, Depends(_recorder)]


async def _capped_body(request: Request) -> bytes:
    """The body, refused as soon as it passes the cap (a declared length is not trusted alone)."""
    too_large = MockroundError(
        f"The batch is over {MAX_BATCH_BYTES // (1024 * 1024)} MB: send fewer or smaller events per batch.",
        status_code=413,
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BATCH_BYTES:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BATCH_BYTES:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _claimed_id(item: Any) -> str | None:
    value = item.get("id") if isinstance(item, dict) else None
    return value[:64] if isinstance(value, str) else None


def admit(
    batch: EventBatchIn, attempt: Attempt, received: dt.datetime
) -> tuple[list[StoredEvent], list[RefusedEvent]]:
    """Check each event and put it on the server's clock: the browser's clock may be off by minutes
    (or hours), so every time is shifted by how far its `sent_at` is from our receiving time."""
    shift = received - batch.sent_at if batch.sent_at else dt.timedelta(0)
    started, ended = attempt.started_at, attempt.ended_at()
    kept: list[StoredEvent] = []
    refused: list[RefusedEvent] = []
    for index, item in enumerate(batch.events):
        try:
            event = EventIn.model_validate(item)
        except ValidationError as exc:
            refused.append(RefusedEvent(index=index, id=_claimed_id(item), reason=describe(exc)))
            continue
        at = event.at + shift
        problem = None
        if at > received + CLOCK_SLACK:
            problem = "'at' is later than the time the batch was sent"
        elif at < started - CLOCK_SLACK:
            problem = "'at' is before the attempt started (is `sent_at` missing or wrong?)"
        elif at > ended + CLOCK_SLACK:
            problem = "'at' is after the attempt ended"
        if problem:
            refused.append(RefusedEvent(index=index, id=str(event.id), reason=problem))
            continue
        kept.append(
            StoredEvent(
                id=event.id,
                attempt_id=attempt.id,
                kind=event.kind,
                at=at,
                received_at=received,
                payload=event.payload,
            )
        )
    return kept, refused


@router.post(
    "/attempts/{attempt_id}/events",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": EventBatchIn.model_json_schema()}},
        }
    },
)
async def record_events(
    attempt_id: str, request: Request, session: SessionDep, recorder: RecorderDep
) -> EventBatchOut:
    """Record up to 500 events of an attempt. Each event is an object with `id` (a UUID
    the page makes), `kind`, `at` (ISO 8601 with a time zone) and an optional `payload` (a JSON object of
    at most 64 KB). Events refused are listed with their index and the reason."""
    attempt = await get_attempt(session, attempt_id)
    body = await _capped_body(request)
    try:
        batch = EventBatchIn.model_validate_json(body)
    except ValidationError as exc:
        raise InvalidInput(f"The batch is malformed: {describe(exc)}") from exc
    kept, refused = admit(batch, attempt, utcnow())
    await recorder.record(kept)
    return EventBatchOut(accepted=len(kept), refused=len(refused), errors=refused)
