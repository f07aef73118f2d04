"""The catalogue: every version of every problem, bank and round ever loaded, by content hash."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mockround.core.db import Base, UTCDateTime, utcnow


class CatalogVersion(Base):
    __tablename__ = "catalog_versions"
    __table_args__ = (UniqueConstraint("kind", "slug", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    slug: Mapped[str] = mapped_column(String(200), index=True)
    version: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The version new attempts get. Older versions stay for the attempts that pinned them.
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)
    loaded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # What random draws filter on, without reading `data` (a problem's tests can be megabytes):
    # tags, difficulty and kind of a problem, or of each question of a bank.
    meta: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class AuthoringStatus(Base):
    """Per problem, bank or round on disk: why it last failed to load, and its last check's findings."""

    __tablename__ = "authoring_status"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), primary_key=True)
    path: Mapped[str] = mapped_column(String(500))
    load_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    synced_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    checked_version: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # passed, warnings or failed
    check_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    findings: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)
    checked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
