"""The catalogue: every version of every problem, bank and round ever loaded, by content hash."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, UniqueConstraint
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
