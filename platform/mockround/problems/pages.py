"""The author's pages: every problem, bank and round with its check status, and a preview of each exactly
as a candidate would see it (the round page itself, with nothing saved)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select

from mockround.core.db import utcnow
from mockround.core.deps import SessionDep
from mockround.core.sql_engine import runnable_sql_engines
from mockround.core.templating import render
from mockround.problems import catalog
from mockround.problems.catalog import Listing
from mockround.problems.models import AuthoringStatus
from mockround.rounds.models import Attempt
from mockround.rounds.plan import make_plan
from mockround.rounds.views import attempt_view

router = APIRouter(include_in_schema=False)

PREVIEW_ID = "preview"


@dataclasses.dataclass
class AuthorRow:
    kind: str
    slug: str
    title: str
    version: str | None
    status: AuthoringStatus | None

    @property
    def state(self) -> str:
        """What the author most needs to know: not loading, failing its check, or fine."""
        if self.status and self.status.load_error:
            return "does not load"
        if self.status is None or self.status.check_status is None:
            return "not checked"
        if self.status.checked_version != self.version:
            return "changed since its check"
        return self.status.check_status

    @property
    def last_error(self) -> str | None:
        if self.status is None:
            return None
        if self.status.load_error:
            return self.status.load_error
        errors = [f for f in self.status.findings or [] if f.get("severity") == "error"]
        if not errors:
            return None
        first = errors[0]
        where = f":{first['line']}" if first.get("line") else ""
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        return f"{first['path']}{where}: {first['message']}{more}"


@router.get("/author")
async def author_index(request: Request, session: SessionDep) -> Response:
    listings = {(row.kind, row.slug): row for row in await catalog.current_listing(session)}
    statuses = {(s.kind, s.slug): s for s in await session.scalars(select(AuthoringStatus))}
    rows = [
        AuthorRow(
            kind,
            slug,
            listings[(kind, slug)].title if (kind, slug) in listings else slug,
            listings[(kind, slug)].version if (kind, slug) in listings else None,
            statuses.get((kind, slug)),
        )
        for kind, slug in sorted(set(listings) | set(statuses), key=lambda key: (_ORDER[key[0]], key[1]))
    ]
    return render(
        request, "author.html", {"rows": rows, "problems_dir": request.app.state.settings.problems_dir}
    )


_ORDER = {"round": 0, "problem": 1, "bank": 2}


@router.get("/author/{kind}/{slug}")
async def preview(request: Request, kind: str, slug: str, session: SessionDep) -> Response:
    """The item as a candidate sees it: a round with a fresh draw, a problem or a whole bank as a section."""
    now = utcnow()
    sequential = False
    if kind == "round":
        row = await catalog.current_version(session, "round", slug)
        spec = catalog.as_round(row.data)
        plan = await make_plan(session, spec, sql_engines=runnable_sql_engines(request.app.state.settings))
        # Every section at once, to read it all; the banner says candidates get them one at a time.
        sequential = plan.get("navigation") == "sequential"
        plan["navigation"] = "free"
        minutes = spec.duration_minutes
    elif kind == "problem":
        row = await catalog.current_version(session, "problem", slug)
        item = {"key": slug, "kind": "problem", "slug": slug, "version": row.version}
        plan = _single_section(row.title, "coding", [item])
        minutes = row.data["spec"].get("estimated_minutes", 20)
    else:
        row = await catalog.current_version(session, "bank", slug)
        bank = await catalog.pinned_bank(session, slug, row.version)
        items = [
            {
                "key": f"{slug}/{q.id}",
                "kind": "question",
                "slug": slug,
                "version": row.version,
                "question": q.id,
            }
            for q in bank.questions
        ]
        plan = _single_section(row.title, "multiple_choice", items)
        minutes = len(items)
    # Never added to the session: a preview saves nothing.
    attempt = Attempt(
        id=PREVIEW_ID,
        round_slug=slug,
        round_version=row.version,
        candidate_name="Preview",
        plan=plan,
        started_at=now,
        deadline=now + dt.timedelta(minutes=minutes),
    )
    view = await attempt_view(session, attempt)
    listing = Listing(kind, slug, row.version, row.title, row.meta or {})
    return render(
        request,
        "round.html",
        {"view": view, "server_now": now, "preview": listing, "preview_sequential": sequential},
    )


def _single_section(title: str, kind: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    section = {"title": title, "kind": kind, "points_per_item": 1.0, "minutes": None, "items": items}
    return {"title": title, "results": "full", "sections": [section]}
