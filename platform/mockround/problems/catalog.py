"""The catalogue in the database: sync from disk, look up current and pinned versions."""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import Select, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from mockround.core.db import utcnow
from mockround.core.errors import NotFound
from mockround.problems import index
from mockround.problems.loader import Catalog, LoadError, content_version
from mockround.problems.models import AuthoringStatus, CatalogVersion
from mockround.problems.schema import Bank, Problem, RoundSpec

M = TypeVar("M", bound=BaseModel)
KIND_FOLDERS = {"coding": "problem", "banks": "bank", "rounds": "round"}


def item_path(root: Path, kind: str, slug: str) -> Path:
    """Where a problem's folder, or a bank's or round's file, is under `root`."""
    folder = next(name for name, of in KIND_FOLDERS.items() if of == kind)
    return root / folder / (slug if kind == "problem" else f"{slug}.yaml")


@dataclasses.dataclass(frozen=True)
class SyncSummary:
    added: list[str]
    unchanged: list[str]
    retired: list[str]
    failed: list[str] = dataclasses.field(default_factory=list)


def item_of(root: Path, path: Path) -> tuple[str, str] | None:
    """(kind, slug) of the problem, bank or round a file under `root` belongs to."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return None
    if len(parts) < 2 or parts[0] not in KIND_FOLDERS:
        return None
    kind = KIND_FOLDERS[parts[0]]
    return kind, parts[1] if kind == "problem" else Path(parts[1]).stem


async def sync_catalog(session: AsyncSession, catalog: Catalog) -> SyncSummary:
    """Make the loaded catalogue current. Items that failed to load keep their previous version."""
    added, unchanged = [], []
    present: set[tuple[str, str]] = set()
    root = catalog.root or Path()
    failed_items = _load_errors(catalog, root)
    for kind, slug, item in catalog.entries():
        present.add((kind, slug))
        version = content_version(item)
        existing = await session.scalar(
            select(CatalogVersion).where(
                CatalogVersion.kind == kind, CatalogVersion.slug == slug, CatalogVersion.version == version
            )
        )
        if existing is not None and existing.is_current:
            existing.meta = index.meta_of(item)
            unchanged.append(f"{kind} {slug}")
            continue
        await session.execute(
            update(CatalogVersion)
            .where(CatalogVersion.kind == kind, CatalogVersion.slug == slug)
            .values(is_current=False)
        )
        if existing is None:
            session.add(
                CatalogVersion(
                    kind=kind,
                    slug=slug,
                    version=version,
                    title=getattr(item, "title", slug),
                    data=item.model_dump(mode="json"),
                    meta=index.meta_of(item),
                    is_current=True,
                )
            )
        else:
            existing.is_current = True
            existing.meta = index.meta_of(item)
        added.append(f"{kind} {slug} {version}")
    retired = []
    for row in await session.scalars(select(CatalogVersion).where(CatalogVersion.is_current.is_(True))):
        if (row.kind, row.slug) not in present and (row.kind, row.slug) not in failed_items:
            row.is_current = False
            retired.append(f"{row.kind} {row.slug}")
    await _record_load_status(session, catalog, root, failed_items)
    await session.flush()
    failed = sorted(f"{kind} {slug}" for kind, slug in failed_items)
    return SyncSummary(added=added, unchanged=unchanged, retired=retired, failed=failed)


def _load_errors(catalog: Catalog, root: Path) -> dict[tuple[str, str], list[LoadError]]:
    """Why each item failed to load, by (kind, slug)."""
    errors: dict[tuple[str, str], list[LoadError]] = {}
    for error in catalog.errors:
        key = item_of(root, error.path)
        if key is not None:
            errors.setdefault(key, []).append(error)
    return errors


async def _record_load_status(
    session: AsyncSession, catalog: Catalog, root: Path, errors: dict[tuple[str, str], list[LoadError]]
) -> None:
    """Remember, per item, why it failed to load this time (or that it loaded), for the author page."""
    paths = {key: str(found[-1].path) for key, found in errors.items()}
    now = utcnow()
    for kind, slug, _item in catalog.entries():
        paths.setdefault((kind, slug), str(item_path(root, kind, slug)))
    for (kind, slug), path in paths.items():
        status = await session.get(AuthoringStatus, (kind, slug))
        if status is None:
            status = AuthoringStatus(kind=kind, slug=slug, path=path)
            session.add(status)
        status.path = path
        status.load_error = "\n".join(map(str, errors[(kind, slug)])) if (kind, slug) in errors else None
        status.synced_at = now


async def current_rounds(session: AsyncSession) -> list[CatalogVersion]:
    rows = await session.scalars(
        select(CatalogVersion)
        .where(CatalogVersion.kind == "round", CatalogVersion.is_current.is_(True))
        .order_by(CatalogVersion.title)
    )
    return list(rows)


@dataclasses.dataclass(frozen=True)
class Listing:
    """A current item without its data: what the author page lists and draws choose from."""

    kind: str
    slug: str
    version: str
    title: str
    meta: dict[str, Any]


async def current_listing(session: AsyncSession, kind: str | None = None) -> list[Listing]:
    query = select(
        CatalogVersion.kind,
        CatalogVersion.slug,
        CatalogVersion.version,
        CatalogVersion.title,
        CatalogVersion.meta,
    ).where(CatalogVersion.is_current.is_(True))
    if kind is not None:
        query = query.where(CatalogVersion.kind == kind)
    rows = await session.execute(query.order_by(CatalogVersion.kind, CatalogVersion.slug))
    return [Listing(k, slug, version, title, meta or {}) for k, slug, version, title, meta in rows]


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


class _Parsed:
    """Parsed versions by (kind, slug, version). A version is its content's hash, so an entry never goes
    stale; the cache only saves reading and validating a problem's tests on every page view and judging."""

    def __init__(self, size: int = 128) -> None:
        self._size = size
        self._models: OrderedDict[tuple[str, str, str], BaseModel] = OrderedDict()
        self._lock = threading.Lock()

    def cached(self, key: tuple[str, str, str], model: type[M]) -> M | None:
        with self._lock:
            found = self._models.get(key)
            if found is not None:
                self._models.move_to_end(key)
        return found if isinstance(found, model) else None

    def keep(self, key: tuple[str, str, str], parsed: M) -> M:
        with self._lock:
            self._models[key] = parsed
            while len(self._models) > self._size:
                self._models.popitem(last=False)
        return parsed


_parsed = _Parsed()


async def pinned_problem(session: AsyncSession, slug: str, version: str) -> Problem:
    key = ("problem", slug, version)
    found = _parsed.cached(key, Problem)
    return found or _parsed.keep(key, as_problem(await pinned(session, *key)))


def pinned_problem_sync(session: Session, slug: str, version: str) -> Problem:
    key = ("problem", slug, version)
    found = _parsed.cached(key, Problem)
    return found or _parsed.keep(key, as_problem(pinned_sync(session, *key)))


async def pinned_bank(session: AsyncSession, slug: str, version: str) -> Bank:
    key = ("bank", slug, version)
    found = _parsed.cached(key, Bank)
    return found or _parsed.keep(key, as_bank(await pinned(session, *key)))


def as_problem(data: dict[str, Any]) -> Problem:
    return Problem.model_validate(data)


def as_bank(data: dict[str, Any]) -> Bank:
    return Bank.model_validate(data)


def as_round(data: dict[str, Any]) -> RoundSpec:
    return RoundSpec.model_validate(data)
