"""What an event looks like: as a browser sends it, as it travels on the stream, and the batch replies."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

import pydantic_core
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    field_validator,
)

from mockround.events.models import CLIENT_KINDS, SERVER_KINDS, EventKind

MAX_PAYLOAD_BYTES = 64 * 1024
MAX_BATCH_EVENTS = 500
# The whole request body: enough for a full batch of small events or a few large drafts and pastes.
MAX_BATCH_BYTES = 2 * 1024 * 1024
# Far enough from now that no honest clock is refused, near enough that a typo'd year is.
EARLIEST = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)


def payload_size(payload: dict[str, JsonValue]) -> int:
    """Bytes of compact UTF-8 JSON, as stored."""
    return len(pydantic_core.to_json(payload))


def _bounded_payload(payload: dict[str, JsonValue]) -> dict[str, JsonValue]:
    size = payload_size(payload)
    if size > MAX_PAYLOAD_BYTES:
        raise ValueError(
            f"the payload is {size:,} bytes of JSON and at most {MAX_PAYLOAD_BYTES:,} are kept: "
            "send less (cut the pasted text or the draft)"
        )
    return payload


def _plausible(at: dt.datetime) -> dt.datetime:
    if not EARLIEST <= at < LATEST:
        raise ValueError(f"{at.isoformat()} is not a plausible time for an event")
    return at


# Attempt ids are URL-safe tokens (`secrets.token_urlsafe`); nothing else can name an attempt.
AttemptId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
# JSON values only (no datetimes, no sets): what a server-side producer passes must store as it would
# travel on the stream.
Payload = Annotated[dict[str, JsonValue], AfterValidator(_bounded_payload)]
Moment = Annotated[AwareDatetime, AfterValidator(_plausible)]


class EventIn(BaseModel):
    """One event as the browser reports it. Unknown fields are refused, so a typo is seen at once."""

    model_config = ConfigDict(extra="forbid")

    id: uuid.UUID = Field(description="Made by the browser; sending the same id again stores nothing new.")
    kind: EventKind
    at: Moment = Field(description="When it happened, on the browser's clock.")
    payload: Payload = Field(default_factory=dict, description="At most 64 KB of JSON.")

    @field_validator("kind", mode="before")
    @classmethod
    def _from_a_browser(cls, kind: object) -> object:
        allowed = ", ".join(sorted(CLIENT_KINDS))
        if isinstance(kind, str) and kind in SERVER_KINDS:
            raise ValueError(f"'{kind}' events are recorded by the server; a browser may send: {allowed}")
        if not isinstance(kind, str) or kind not in CLIENT_KINDS:
            raise ValueError(f"unknown event kind {str(kind)[:40]!r}; a browser may send: {allowed}")
        return kind


class EventBatchIn(BaseModel):
    """A batch from one page. Events stay loosely typed here and are validated one by one, so that one
    bad event is refused alone and the rest of the batch is kept."""

    sent_at: AwareDatetime | None = Field(
        default=None, description="The browser's clock when it sent the batch; used to correct its skew."
    )
    events: list[Any] = Field(max_length=MAX_BATCH_EVENTS)


class RefusedEvent(BaseModel):
    index: int
    id: str | None
    reason: str


class EventBatchOut(BaseModel):
    """`accepted` events are kept (including ones already kept before): the browser may forget them.
    `refused` ones will never be kept as sent: retrying them unchanged is pointless."""

    accepted: int
    refused: int
    errors: list[RefusedEvent]


class StoredEvent(BaseModel):
    """The full record: what the recorder writes, what travels on the Redis stream, what the consumer
    checks again before storing (a stream entry may come from an older producer, or from a person)."""

    model_config = ConfigDict(frozen=True)

    id: uuid.UUID
    attempt_id: AttemptId
    kind: EventKind
    at: Moment
    received_at: Moment
    payload: Payload

    def row(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "attempt_id": self.attempt_id,
            "kind": self.kind.value,
            "at": self.at,
            "received_at": self.received_at,
            "payload": self.payload,
        }


# A stream entry's batch, validated and serialised in one call.
EVENT_LIST = TypeAdapter(list[StoredEvent])

# Fixed for ever: the ids of server events are derived from it.
SERVER_EVENT_NAMESPACE = uuid.UUID("6f1c2d4e-8a43-4c0e-9b7d-3e5f0a9c1b27")


def server_event(
    kind: EventKind, attempt_id: str, key: str, payload: dict[str, JsonValue], at: dt.datetime | None = None
) -> StoredEvent:
    """An event the server itself establishes. Its id is derived from the attempt, the kind and `key`
    (what it is about: a submission id and its try, a question key and the save time), so that a task
    that runs twice (a redelivered message, a retried request) records the same event once."""
    now = dt.datetime.now(dt.UTC)
    return StoredEvent(
        id=uuid.uuid5(SERVER_EVENT_NAMESPACE, f"{attempt_id}/{kind.value}/{key}"),
        attempt_id=attempt_id,
        kind=kind,
        at=at or now,
        received_at=now,
        payload=payload,
    )


def describe(error: ValidationError) -> str:
    """A validation error as one line a person can act on: `field: problem; field: problem`."""
    parts = []
    for detail in error.errors(include_url=False, include_input=False):
        where = ".".join(str(part) for part in detail["loc"])
        message = detail["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)[:1000]
