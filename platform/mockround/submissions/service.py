"""Create submissions (queued for judging once the transaction commits) and read them back."""

from __future__ import annotations

import datetime as dt
import math

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.db import utcnow
from mockround.core.errors import InvalidInput, NotFound, TooManyRequests
from mockround.core.queue import enqueue_after_commit
from mockround.core.settings import get_settings
from mockround.events.models import EventKind
from mockround.events.server import note
from mockround.problems import catalog
from mockround.rounds.models import Attempt
from mockround.rounds.service import ensure_open, plan_item
from mockround.submissions.models import Purpose, Status, Submission

MAX_SOURCE_BYTES = 64 * 1024


async def create_submission(
    session: AsyncSession, attempt: Attempt, item_key: str, language: str, source: str, purpose: Purpose
) -> Submission:
    ensure_open(attempt)
    item = plan_item(attempt, item_key, "problem")
    problem = await catalog.pinned_problem(session, item["slug"], item["version"])
    if language not in problem.spec.languages:
        offered = ", ".join(problem.spec.languages)
        raise InvalidInput(f"{problem.title} can be solved in {offered}, not {language!r}.")
    size = len(source.encode("utf-8"))
    if size > MAX_SOURCE_BYTES:
        raise InvalidInput(f"The code is {size // 1024} KB; the limit is {MAX_SOURCE_BYTES // 1024} KB.")
    if not source.strip():
        raise InvalidInput("The editor is empty: write some code first.")
    await _within_rate_limit(session, attempt, purpose)
    submission = Submission(
        attempt_id=attempt.id,
        item_key=item_key,
        problem_version=item["version"],
        language=language,
        source=source,
        purpose=purpose,
        status=Status.QUEUED,
    )
    session.add(submission)
    await session.flush()
    await note(
        session,
        EventKind.CODE_RUN if purpose is Purpose.RUN else EventKind.SUBMITTED,
        attempt.id,
        str(submission.id),
        {"submission": submission.id, "item": item_key, "language": language, "bytes": size},
    )
    enqueue_after_commit(session, submission.id, purpose.value)
    return submission


RATE_WINDOW = dt.timedelta(minutes=1)


async def _within_rate_limit(session: AsyncSession, attempt: Attempt, purpose: Purpose) -> None:
    """At most so many Runs (or Submits) per attempt in any minute, counted from the submissions table."""
    settings = get_settings()
    limit = settings.runs_per_minute if purpose is Purpose.RUN else settings.submits_per_minute
    now = utcnow()
    recent = (
        await session.scalars(
            select(Submission.created_at)
            .where(
                Submission.attempt_id == attempt.id,
                Submission.purpose == purpose,
                Submission.created_at > now - RATE_WINDOW,
            )
            .order_by(Submission.created_at.desc())
            .limit(limit)
        )
    ).all()
    if len(recent) < limit:
        return
    # The oldest of the last `limit` leaves the window first.
    wait = max(1, math.ceil((recent[-1] + RATE_WINDOW - now).total_seconds()))
    verb = "run the samples" if purpose is Purpose.RUN else "submit"
    raise TooManyRequests(
        f"You can {verb} again in {wait} s (at most {limit} a minute). Your code is saved meanwhile.",
        retry_after=wait,
    )


async def get_submission(session: AsyncSession, attempt: Attempt, submission_id: int) -> Submission:
    submission = await session.get(Submission, submission_id)
    if submission is None or submission.attempt_id != attempt.id:
        raise NotFound("No such submission in this attempt.")
    return submission
