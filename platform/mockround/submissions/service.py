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
from mockround.grading.job import ProblemKind
from mockround.problems import catalog
from mockround.rounds.models import Attempt
from mockround.rounds.service import ensure_writable, plan_item
from mockround.submissions.models import Purpose, Status, Submission

MAX_SOURCE_BYTES = 64 * 1024
MAX_CUSTOM_INPUT_BYTES = 64 * 1024


async def create_submission(
    session: AsyncSession,
    attempt: Attempt,
    item_key: str,
    language: str,
    source: str,
    purpose: Purpose,
    custom_input: str | None = None,
) -> Submission:
    """A queued submission; `custom_input` is judged as one more test on a Run, and ignored on a Submit."""
    ensure_writable(attempt, item_key)
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
    custom_input = _custom_input(custom_input, purpose, problem.spec.kind)
    await _within_rate_limit(session, attempt, purpose)
    submission = Submission(
        attempt_id=attempt.id,
        item_key=item_key,
        problem_version=item["version"],
        language=language,
        source=source,
        custom_input=custom_input,
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
        submission.event_payload(),
    )
    enqueue_after_commit(session, submission.id, purpose.value)
    return submission


def _custom_input(text: str | None, purpose: Purpose, kind: ProblemKind) -> str | None:
    """What a Run judges as its extra test, or None: none typed, a Submit (it judges the real tests only)."""
    if purpose is not Purpose.RUN or text is None or not text.strip():
        return None
    if kind is ProblemKind.SQL:
        raise InvalidInput(
            "SQL problems take no custom input: each test fills the tables with its own rows. "
            "Run the samples without it."
        )
    size = len(text.encode("utf-8"))
    if size > MAX_CUSTOM_INPUT_BYTES:
        raise InvalidInput(
            f"The custom input is {size // 1024} KB; the limit is {MAX_CUSTOM_INPUT_BYTES // 1024} KB. "
            "Try a smaller case."
        )
    # A browser sends a textarea's line ends as CRLF; programs are judged on LF, like the tests.
    return text.replace("\r\n", "\n")


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
