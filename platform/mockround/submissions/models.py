"""A submission of code against one problem of an attempt, and its judged result."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from pydantic import JsonValue
from sqlalchemy import JSON, ColumnElement, Float, ForeignKey, Integer, String, Text, and_, or_
from sqlalchemy.orm import Mapped, mapped_column

from mockround.core.db import Base, UTCDateTime, utcnow


class Purpose(enum.StrEnum):
    RUN = "run"  # against the sample tests only; does not count
    SUBMIT = "submit"  # against every test; the best one counts


class Status(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    JUDGED = "judged"
    INTERNAL_ERROR = "internal_error"

    @property
    def is_final(self) -> bool:
        return self in (Status.JUDGED, Status.INTERNAL_ERROR)


class Submission(Base):
    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[str] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"), index=True)
    item_key: Mapped[str] = mapped_column(String(300))
    problem_version: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(Text)
    # What the candidate typed into "Custom input" for a Run: judged as one more test, never compared.
    custom_input: Mapped[str | None] = mapped_column(Text, nullable=True)
    purpose: Mapped[str] = mapped_column(String(16), default=Purpose.SUBMIT)
    status: Mapped[str] = mapped_column(String(16), default=Status.QUEUED, index=True)
    verdict: Mapped[str | None] = mapped_column(String(32), nullable=True)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    tries: Mapped[int] = mapped_column(Integer, default=0)
    # The claim that may write the result, and until when it holds: a claim whose lease ran out may be
    # taken over, and the old holder's late result is then refused.
    claim: Mapped[str | None] = mapped_column(String(32), nullable=True)
    lease_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # When the judge message was last sent; the sweeper re-sends messages that seem lost.
    enqueued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    judged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Set on a copy made to re-judge an older submission on a newer version of its problem.
    rejudge_of: Mapped[int | None] = mapped_column(Integer, nullable=True)

    def event_payload(self) -> dict[str, JsonValue]:
        """What the timeline's `code_run` or `submitted` event says of it (never the code itself, nor the
        candidate's own input: only its size, when a Run had one)."""
        payload: dict[str, JsonValue] = {
            "submission": self.id,
            "item": self.item_key,
            "language": self.language,
            "bytes": len(self.source.encode("utf-8")),
        }
        if self.custom_input is not None:
            payload["custom_input_bytes"] = len(self.custom_input.encode("utf-8"))
        return payload


def claimable(now: dt.datetime) -> ColumnElement[bool]:
    """Waiting for a worker: queued, or running under a lease that ran out (its worker is presumed dead)."""
    return or_(
        Submission.status == Status.QUEUED,
        and_(Submission.status == Status.RUNNING, Submission.lease_until < now),
    )
