"""The catalogue in the database: sync from disk, look up current and pinned versions."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from mockround.core.errors import NotFound
from mockround.problems.loader import Catalog, content_version
from mockround.problems.models import CatalogVersion
from mockround.problems.schema import Bank, Problem, RoundSpec


@dataclasses.dataclass(frozen=True)
class SyncSummary:
    added: list[str]
    unchanged: list[str]
    retired: list[str]


async def sync_catalog(session: AsyncSession, catalog: Catalog) -> SyncSummary:
    """Make the loaded catalogue current. Items that failed to load keep their previous version."""
    added, unchanged = [], []
    present: set[tuple[str, str]] = set()
    failed_slugs = {error.path.stem if error.path.suffix else error.path.name for error in catalog.errors}
    for kind, slug, item in catalog.entries():
        present.add((kind, slug))
        version = content_version(item)
        existing = await session.scalar(
            select(CatalogVersion).where(
                CatalogVersion.kind == kind, CatalogVersion.slug == slug, CatalogVersion.version == version
            )
        )
        if existing is not None and existing.is_current:
            unchanged.append(f"{kind} {slug}")
            continue
        await session.execute(
            update(CatalogVersion)
            .where(CatalogVersion.kind == kind, CatalogVersion.slug == slug)
            .values(is_current=False)
        )
        if existing is None:
            title = getattr(item, "title", slug)
            session.add(
                CatalogVersion(
                    kind=kind,
                    slug=slug,
                    version=version,
                    title=title,
                    data=item.model_dump(mode="json"),
                    is_current=True,
                )
            )
        else:
            existing.is_current = True
        added.append(f"{kind} {slug} {version}")
    retired = []
    for row in await session.scalars(select(CatalogVersion).where(CatalogVersion.is_current.is_(True))):
        if (row.kind, row.slug) not in present and row.slug not in failed_slugs:
            row.is_current = False
            retired.append(f"{row.kind} {row.slug}")
    await session.flush()
    return SyncSummary(added=added, unchanged=unchanged, retired=retired)


async def current_rounds(session: AsyncSession) -> list[CatalogVersion]:
    rows = await session.scalars(
        select(CatalogVersion)
        .where(CatalogVersion.kind == "round", CatalogVersion.is_current.is_(True))
        .order_by(CatalogVersion.title)
    )
    return list(rows)


async def current_version(session: AsyncSession, kind: str, slug: str) -> CatalogVersion:
    row = await session.scalar(
        select(CatalogVersion).where(
            CatalogVersion.kind == kind, CatalogVersion.slug == slug, CatalogVersion.is_current.is_(True)
        )
    )
    if row is None:
        raise NotFound(f"No {kind} called {slug!r} is available on this server.")
    return row


async def pinned(session: AsyncSession, kind: str, slug: str, version: str) -> dict[str, Any]:
    data: dict[str, Any] | None = await session.scalar(_pinned_query(kind, slug, version))
    if data is None:
        raise NotFound(f"Version {version} of {kind} {slug!r} is missing from the catalogue.")
    return data


def pinned_sync(session: Session, kind: str, slug: str, version: str) -> dict[str, Any]:
    data: dict[str, Any] | None = session.scalar(_pinned_query(kind, slug, version))
    if data is None:
        raise NotFound(f"Version {version} of {kind} {slug!r} is missing from the catalogue.")
    return data


def _pinned_query(kind: str, slug: str, version: str) -> Select[tuple[dict[str, Any]]]:
    return select(CatalogVersion.data).where(
        CatalogVersion.kind == kind, CatalogVersion.slug == slug, CatalogVersion.version == version
    )


def as_problem(data: dict[str, Any]) -> Problem:
    return Problem.model_validate(data)


def as_bank(data: dict[str, Any]) -> Bank:
    return Bank.model_validate(data)


def as_round(data: dict[str, Any]) -> RoundSpec:
    return RoundSpec.model_validate(data)
