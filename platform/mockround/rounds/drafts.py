"""Editor drafts: the code of one problem in one language, autosaved while the round is open.

A save carries two browser times, both on the server's clock (the page corrects its own by the offset it
learned at load): when the edit was made, and the saved time of the draft the tab started from (`base`).
A tab whose base is older than what is stored was overtaken by another tab of the same attempt: its save
is refused instead of silently overwriting the newer code. The update is conditional on the stored time,
so two saves at once cannot both win.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.db import utcnow
from mockround.core.deps import SessionDep
from mockround.core.errors import InvalidInput, MockroundError
from mockround.problems import catalog
from mockround.rounds import service
from mockround.rounds.models import Attempt, Draft
from mockround.submissions.service import MAX_SOURCE_BYTES

MILLISECOND = dt.timedelta(milliseconds=1)


class DraftConflict(MockroundError):
    """A save from a tab that another tab of the same attempt has overtaken."""

    status_code = 409


CONFLICT_MESSAGE = "This attempt is open in another tab; reload to continue here."


def _to_millisecond(moment: dt.datetime) -> dt.datetime:
    """Browsers count in milliseconds: stored times are too, so a time sent back compares equal."""
    moment = moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


async def save_draft(
    session: AsyncSession,
    attempt: Attempt,
    item_key: str,
    language: str,
    source: str,
    edited_at: dt.datetime,
    base: dt.datetime | None,
) -> Draft:
    now = utcnow()
    service.ensure_writable(attempt, item_key, now)
    item = service.plan_item(attempt, item_key, "problem")
    problem = await catalog.pinned_problem(session, item["slug"], item["version"])
    if language not in problem.spec.languages:
        offered = ", ".join(problem.spec.languages)
        raise InvalidInput(f"{problem.title} can be solved in {offered}, not {language!r}.")
    size = len(source.encode("utf-8"))
    if size > MAX_SOURCE_BYTES:
        raise InvalidInput(
            f"The code is {size // 1024} KB; the limit is {MAX_SOURCE_BYTES // 1024} KB. "
            "Shorten it to have it saved."
        )
    # A browser clock ahead of the server's cannot date a save in the future.
    saved_at = min(_to_millisecond(edited_at), _to_millisecond(now))
    stored = await session.scalar(
        select(Draft).where(
            Draft.attempt_id == attempt.id, Draft.item_key == item_key, Draft.language == language
        )
    )
    if stored is None:
        draft = Draft(
            attempt_id=attempt.id, item_key=item_key, language=language, source=source, saved_at=saved_at
        )
        session.add(draft)
        try:
            await session.flush()
        except IntegrityError:
            # Another tab created it a moment ago.
            await session.rollback()
            raise DraftConflict(CONFLICT_MESSAGE) from None
        return draft
    if base is None or _to_millisecond(base) < stored.saved_at:
        if stored.source == source:
            # The same code, already saved: typically the save a page sent as it was reloaded, which
            # arrived after the new page had loaded. Nothing to overwrite, so nothing to refuse.
            return stored
        raise DraftConflict(CONFLICT_MESSAGE)
    # Times only move forward, whatever the clocks did, so the next save's base is always this one.
    saved_at = max(saved_at, stored.saved_at + MILLISECOND)
    changed = await session.execute(
        update(Draft)
        .where(Draft.id == stored.id, Draft.saved_at <= _to_millisecond(base))
        .values(source=source, saved_at=saved_at)
        .execution_options(synchronize_session=False)
    )
    if getattr(changed, "rowcount", 1) != 1:
        raise DraftConflict(CONFLICT_MESSAGE)
    await session.refresh(stored)
    return stored


@dataclasses.dataclass
class SavedCode:
    source: str
    saved_at: dt.datetime


@dataclasses.dataclass
class EditorState:
    """One problem's drafts, by language, and the language saved last (what the editor opens on)."""

    language: str
    drafts: dict[str, SavedCode]

    def as_json(self) -> dict[str, dict[str, str]]:
        return {
            language: {"source": draft.source, "saved_at": _iso(draft.saved_at)}
            for language, draft in self.drafts.items()
        }


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


async def drafts_of(session: AsyncSession, attempt: Attempt) -> dict[str, EditorState]:
    rows = await session.scalars(
        select(Draft).where(Draft.attempt_id == attempt.id).order_by(Draft.saved_at, Draft.id)
    )
    states: dict[str, EditorState] = {}
    for row in rows:
        state = states.setdefault(row.item_key, EditorState(row.language, {}))
        state.drafts[row.language] = SavedCode(row.source, row.saved_at)
        state.language = row.language  # ordered by time: the last one wins
    return states


router = APIRouter(prefix="/api/v1", tags=["candidate"])


class DraftIn(BaseModel):
    source: str = Field(max_length=MAX_SOURCE_BYTES * 2)
    edited_at: dt.datetime
    base: dt.datetime | None = None


class DraftOut(BaseModel):
    key: str
    language: str
    saved_at: str


@router.put("/attempts/{attempt_id}/drafts/{key}")
async def put_draft(
    attempt_id: str,
    key: str,
    body: DraftIn,
    session: SessionDep,
    language: Annotated[str, Query(max_length=32)],
) -> DraftOut:
    attempt = await service.get_attempt(session, attempt_id)
    draft = await save_draft(session, attempt, key, language, body.source, body.edited_at, body.base)
    saved_at = draft.saved_at
    await session.commit()
    return DraftOut(key=key, language=language, saved_at=_iso(saved_at))


@router.get("/attempts/{attempt_id}/drafts")
async def get_drafts(attempt_id: str, session: SessionDep) -> dict[str, dict[str, dict[str, str]]]:
    attempt = await service.get_attempt(session, attempt_id)
    return {key: state.as_json() for key, state in (await drafts_of(session, attempt)).items()}
