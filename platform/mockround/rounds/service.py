"""Attempts: start one with a server-fixed deadline, save answers while it is open, finish it."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.db import utcnow
from mockround.core.errors import Forbidden, InvalidInput, NotFound, RoundClosed
from mockround.core.settings import get_settings
from mockround.core.sql_engine import runnable_sql_engines
from mockround.events.models import EventKind
from mockround.events.server import note
from mockround.problems import catalog
from mockround.problems.schema import ChoiceQuestion, FreeTextQuestion
from mockround.rounds.models import Answer, Attempt, Invite
from mockround.rounds.plan import make_plan
from mockround.rounds.sections import ensure_section_open, schedule, settle

MAX_NAME_LENGTH = 100
MAX_TEXT_CHARS = 60_000
INVITATION_ONLY = "This round is by invitation only: open the invite link you were sent to take it."


async def start_attempt(
    session: AsyncSession,
    round_slug: str,
    candidate_name: str,
    *,
    candidate_key: str | None = None,
    invite: Invite | None = None,
) -> Attempt:
    """Start an attempt: from a practice round anyone may take, or from an invite (which the caller has
    already claimed), whose extra minutes lengthen the deadline."""
    name = " ".join(candidate_name.split())[:MAX_NAME_LENGTH] or "Anonymous"
    row = await catalog.current_version(session, "round", round_slug)
    spec = catalog.as_round(row.data)
    if invite is None and not spec.practice:
        raise Forbidden(INVITATION_ONLY)
    extra_minutes = invite.extra_minutes if invite else 0
    now = utcnow()
    attempt = Attempt(
        id=secrets.token_urlsafe(24),
        round_slug=round_slug,
        round_version=row.version,
        candidate_name=name,
        plan=await make_plan(session, spec, sql_engines=runnable_sql_engines(get_settings())),
        started_at=now,
        deadline=now + dt.timedelta(minutes=spec.duration_minutes + extra_minutes),
        candidate_key=candidate_key,
        invite_token=invite.token if invite else None,
    )
    schedule(attempt)
    session.add(attempt)
    await session.flush()
    await note(
        session,
        EventKind.ATTEMPT_STARTED,
        attempt.id,
        "start",
        {"round": round_slug, "version": row.version, "deadline": attempt.deadline.isoformat()},
        at=now,
    )
    return attempt


async def get_attempt(session: AsyncSession, attempt_id: str) -> Attempt:
    attempt = await session.get(Attempt, attempt_id)
    if attempt is None:
        raise NotFound("No such attempt. Check the link you were given.")
    settle(attempt, utcnow())
    return attempt


def ensure_open(attempt: Attempt, now: dt.datetime | None = None) -> None:
    now = now or utcnow()
    if attempt.is_open(now):
        return
    ended = attempt.ended_at().strftime("%H:%M:%S UTC")
    how = "was finished" if attempt.finished_at and attempt.finished_at < attempt.deadline else "ended"
    raise RoundClosed(
        f"This round {how} at {ended}, so this was not saved. "
        "Everything saved before then is kept and graded."
    )


def ensure_writable(attempt: Attempt, item_key: str, now: dt.datetime | None = None) -> None:
    """Refuse a change to an item after the round ended, or outside the open section of a sequential one
    (settled first, so a round whose last section has just run out is seen as ended)."""
    now = now or utcnow()
    settle(attempt, now)
    ensure_open(attempt, now)
    ensure_section_open(attempt, item_key, now)


def plan_item(attempt: Attempt, key: str, kind: str) -> dict[str, Any]:
    for section in attempt.plan["sections"]:
        for item in section["items"]:
            if item["key"] == key and item["kind"] == kind:
                return dict(item)
    raise NotFound(f"This round has no {kind} {key!r}.")


async def save_answer(
    session: AsyncSession, attempt: Attempt, item_key: str, choice: list[int], text: str | None = None
) -> Answer:
    """Save a question's answer: the chosen options' indexes, or for a free-text question the text."""
    ensure_writable(attempt, item_key)
    item = plan_item(attempt, item_key, "question")
    question = (await catalog.pinned_bank(session, item["slug"], item["version"])).question(item["question"])
    assert question is not None  # The plan only holds questions that resolved when it was made.
    if isinstance(question, FreeTextQuestion):
        text = _written(question, text)
        choice = []
    else:
        choice = _chosen(question, choice)
        text = None
    answer = await _answer_row(session, attempt, item_key)
    answer.choice, answer.text = choice, text
    answer.saved_at = utcnow()
    await session.flush()
    saved_at = answer.saved_at
    await note(
        session,
        EventKind.ANSWER_SAVED,
        attempt.id,
        f"{item_key}/{saved_at.isoformat()}",
        {"item": item_key, "choice": list(choice)}
        if text is None
        else {"item": item_key, "chars": len(text)},
        at=saved_at,
    )
    return answer


def _chosen(question: ChoiceQuestion, choice: list[int]) -> list[int]:
    count = len(question.options)
    if any(not 0 <= index < count for index in choice):
        raise InvalidInput(f"Choose from the {count} options shown.")
    if len(choice) > 1 and not question.multiple:
        raise InvalidInput("Choose one option: this question has a single answer.")
    return sorted(set(choice))


def _written(question: FreeTextQuestion, text: str | None) -> str:
    text = (text or "").replace("\r\n", "\n")
    words = len(text.split())
    if words > question.max_words:
        raise InvalidInput(
            f"The answer has {words} words; this question allows {question.max_words}. "
            "Shorten it and save again."
        )
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidInput(f"The answer is {len(text)} characters; the limit is {MAX_TEXT_CHARS}.")
    return text


async def flag_answer(session: AsyncSession, attempt: Attempt, item_key: str, flagged: bool) -> Answer:
    """Mark a question to come back to (or unmark it); a question may be flagged before it is answered."""
    ensure_writable(attempt, item_key)
    plan_item(attempt, item_key, "question")
    answer = await _answer_row(session, attempt, item_key)
    answer.flagged = flagged
    await session.flush()
    return answer


async def _answer_row(session: AsyncSession, attempt: Attempt, item_key: str) -> Answer:
    """The question's row in `answers`, added (unanswered, unflagged) if it has none yet."""
    answer = await session.scalar(
        select(Answer).where(Answer.attempt_id == attempt.id, Answer.item_key == item_key)
    )
    if answer is None:
        answer = Answer(attempt_id=attempt.id, item_key=item_key, choice=[], text=None, flagged=False)
        session.add(answer)
    return answer


async def answers_of(session: AsyncSession, attempt: Attempt) -> dict[str, Answer]:
    rows = await session.scalars(select(Answer).where(Answer.attempt_id == attempt.id))
    return {row.item_key: row for row in rows}


async def finish_attempt(session: AsyncSession, attempt: Attempt) -> Attempt:
    now = utcnow()
    if attempt.is_open(now):
        attempt.finished_at = now
        await session.flush()
    return attempt
