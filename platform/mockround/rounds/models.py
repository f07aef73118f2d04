"""An attempt at a round, with its server-fixed deadline, and the answers saved during it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mockround.core.db import Base, UTCDateTime, utcnow


class Attempt(Base):
    __tablename__ = "attempts"

    # A random token: knowing it is what lets a candidate act on the attempt.
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    round_slug: Mapped[str] = mapped_column(String(200), index=True)
    round_version: Mapped[str] = mapped_column(String(64))
    candidate_name: Mapped[str] = mapped_column(String(200))
    # The sections and the exact item versions this attempt was given.
    plan: Mapped[dict[str, Any]] = mapped_column(JSON)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    deadline: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Who took it, as far as this server knows: a random key kept in the candidate's browser (practice
    # progress), and the invite it came from, if any.
    candidate_key: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    invite_token: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # When the server, at or after the deadline, judged the last saved state of every editor.
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # In a sequential round: the section the candidate has reached, and when it opened (rounds.sections
    # moves on from a section whose own time has run out).
    section: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    section_started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # When the attempt ends if the candidate does nothing more: the deadline, or in a sequential round
    # the end of the last section as scheduled now (rounds.sections); the closer looks for it.
    ends_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)

    def is_open(self, now: dt.datetime) -> bool:
        return self.finished_at is None and now < self.deadline

    def ended_at(self) -> dt.datetime:
        return min(self.finished_at, self.deadline) if self.finished_at else self.deadline


class Answer(Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("attempt_id", "item_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[str] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"), index=True)
    item_key: Mapped[str] = mapped_column(String(300))
    # The chosen options' indexes as written in the bank (not as shown, which may be shuffled).
    choice: Mapped[list[int]] = mapped_column(JSON)
    # A written answer, for a free-text question.
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Marked by the candidate to come back to before leaving the section.
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    saved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Draft(Base):
    """The editor's content for one problem in one language, saved every few seconds while the candidate
    types: what a reload restores, and what the server judges at the deadline if it was never submitted."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("attempt_id", "item_key", "language"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[str] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"), index=True)
    item_key: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Invite(Base):
    """A single-use link to one round, valid until it expires, optionally not before a start time, and
    optionally with extra time for this candidate."""

    __tablename__ = "invites"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    round_slug: Mapped[str] = mapped_column(String(200))
    # Who it is for, as the person who made it wrote it (shown to reviewers, never to other candidates).
    label: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    start_after: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    extra_minutes: Mapped[int] = mapped_column(Integer, default=0)
    used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    attempt_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
