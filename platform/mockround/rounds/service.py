"""Attempts: start one with a server-fixed deadline, save answers while it is open, finish it."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.db import utcnow
from mockround.core.errors import InvalidInput, NotFound, RoundClosed
from mockround.events.models import EventKind
from mockround.events.server import note
from mockround.problems import catalog
from mockround.problems.schema import SectionKind
from mockround.rounds.models import Answer, Attempt

MAX_NAME_LENGTH = 100


async def start_attempt(session: AsyncSession, round_slug: str, candidate_name: str) -> Attempt:
    name = " ".join(candidate_name.split())[:MAX_NAME_LENGTH] or "Anonymous"
    row = await catalog.current_version(session, "round", round_slug)
    spec = catalog.as_round(row.data)
    sections = []
    for section in spec.sections:
        items = []
        for key in section.items:
            if section.kind is SectionKind.CODING:
                problem = await catalog.current_version(session, "problem", key)
                items.append({"key": key, "kind": "problem", "slug": key, "version": problem.version})
            else:
                bank_slug, _, question_id = key.partition("/")
                bank = await catalog.current_version(session, "bank", bank_slug)
                items.append(
                    {
                        "key": key,
                        "kind": "question",
                        "slug": bank_slug,
                        "version": bank.version,
                        "question": question_id,
                    }
                )
        sections.append(
            {
                "title": section.title,
                "kind": section.kind.value,
                "points_per_item": section.points_per_item,
                "items": items,
            }
        )
    now = utcnow()
    attempt = Attempt(
        id=secrets.token_urlsafe(24),
        round_slug=round_slug,
        round_version=row.version,
        candidate_name=name,
        plan={"title": spec.title, "results": spec.results.value, "sections": sections},
        started_at=now,
        deadline=now + dt.timedelta(minutes=spec.duration_minutes),
    )
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


def plan_item(attempt: Attempt, key: str, kind: str) -> dict[str, Any]:
    for section in attempt.plan["sections"]:
        for item in section["items"]:
            if item["key"] == key and item["kind"] == kind:
                return dict(item)
    raise NotFound(f"This round has no {kind} {key!r}.")


async def save_answer(session: AsyncSession, attempt: Attempt, item_key: str, choice: list[int]) -> Answer:
    ensure_open(attempt)
    item = plan_item(attempt, item_key, "question")
    bank = catalog.as_bank(await catalog.pinned(session, "bank", item["slug"], item["version"]))
    question = bank.question(item["question"])
    assert question is not None  # The plan only holds questions that resolved when it was made.
    if len(choice) > 1 or any(not 0 <= index < len(question.options) for index in choice):
        raise InvalidInput(f"Choose one of the {len(question.options)} options.")
    answer = await session.scalar(
        select(Answer).where(Answer.attempt_id == attempt.id, Answer.item_key == item_key)
    )
    if answer is None:
        answer = Answer(attempt_id=attempt.id, item_key=item_key, choice=choice)
        session.add(answer)
    else:
        answer.choice = choice
        answer.saved_at = utcnow()
    await session.flush()
    saved_at = answer.saved_at or utcnow()
    await note(
        session,
        EventKind.ANSWER_SAVED,
        attempt.id,
        f"{item_key}/{saved_at.isoformat()}",
        {"item": item_key, "choice": list(choice)},
        at=saved_at,
    )
    return answer


async def answers_of(session: AsyncSession, attempt: Attempt) -> dict[str, list[int]]:
    rows = await session.scalars(select(Answer).where(Answer.attempt_id == attempt.id))
    return {row.item_key: list(row.choice) for row in rows}


async def finish_attempt(session: AsyncSession, attempt: Attempt) -> Attempt:
    now = utcnow()
    if attempt.is_open(now):
        attempt.finished_at = now
        await session.flush()
    return attempt
