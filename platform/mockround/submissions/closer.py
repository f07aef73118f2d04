"""The closer: at the deadline (or once finished), the server judges what the candidate's editors last saved.

The browser may be gone when the round ends. For every attempt past its deadline (or the end of a
sequential round's last section, `Attempt.ends_at`) or finished and not yet closed, each coding problem
whose last autosaved draft is not already among its counted submissions (or that has none) gets a
submission made from that draft, and the attempt is marked closed. The claim is a conditional UPDATE in
the same transaction as those submissions, so two closers at once (every worker and the embedded server
run one) never create anything twice; the judge messages go out after the commit.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from mockround.core.db import utcnow
from mockround.core.periodic import Periodic
from mockround.core.queue import JudgeQueue
from mockround.events.models import EventKind
from mockround.events.server import note_blocking
from mockround.rounds.models import Attempt, Draft
from mockround.rounds.sections import settle
from mockround.submissions.models import Purpose, Status, Submission

log = logging.getLogger(__name__)

CLOSE_EVERY_SECONDS = 10.0
BATCH = 50


def close_due(sessions: sessionmaker[Session], queue: JudgeQueue) -> list[str]:
    """Close the attempts that are due; returns their ids."""
    now = utcnow()
    with sessions() as session:
        due = session.scalars(
            select(Attempt.id)
            .where(
                Attempt.closed_at.is_(None),
                or_(Attempt.deadline <= now, Attempt.ends_at <= now, Attempt.finished_at.is_not(None)),
            )
            .limit(BATCH)
        ).all()
    closed = []
    for attempt_id in due:
        created = _close(sessions, attempt_id, now)
        if created is None:
            continue  # another closer had it
        closed.append(attempt_id)
        for submission_id in created:
            queue.send(submission_id, Purpose.SUBMIT.value)
        if created:
            log.info("closed attempt %s, judging %d autosaved drafts", attempt_id, len(created))
    return closed


def _close(sessions: sessionmaker[Session], attempt_id: str, now: dt.datetime) -> list[int] | None:
    with sessions.begin() as session:
        claimed = session.execute(
            update(Attempt)
            .where(Attempt.id == attempt_id, Attempt.closed_at.is_(None))
            .values(closed_at=now)
            .execution_options(synchronize_session=False)
        )
        if getattr(claimed, "rowcount", 0) != 1:
            return None
        attempt = session.get_one(Attempt, attempt_id)
        settle(attempt, now)  # a sequential round whose last section ran out ends then
        drafts = session.scalars(
            select(Draft).where(Draft.attempt_id == attempt_id).order_by(Draft.saved_at, Draft.id)
        ).all()
        last: dict[str, Draft] = {}
        for row in drafts:
            last[row.item_key] = row  # ordered by time: the last saved one wins
        submitted = session.scalars(
            select(Submission).where(
                Submission.attempt_id == attempt_id, Submission.purpose == Purpose.SUBMIT
            )
        ).all()
        created = []
        for section in attempt.plan["sections"]:
            for item in section["items"]:
                draft = last.get(item["key"])
                if item["kind"] != "problem" or draft is None or not draft.source.strip():
                    continue
                if any(
                    s.item_key == item["key"]
                    and s.problem_version == item["version"]
                    and s.language == draft.language
                    and s.source == draft.source
                    for s in submitted
                ):
                    continue
                # created_at equal to closed_at is how the result page tells these apart.
                submission = Submission(
                    attempt_id=attempt_id,
                    item_key=item["key"],
                    problem_version=item["version"],
                    language=draft.language,
                    source=draft.source,
                    purpose=Purpose.SUBMIT,
                    status=Status.QUEUED,
                    created_at=now,
                    enqueued_at=now,
                )
                session.add(submission)
                session.flush()
                note_blocking(
                    session,
                    EventKind.SUBMITTED,
                    attempt_id,
                    str(submission.id),
                    {**submission.event_payload(), "from_autosave": True},
                    at=now,
                )
                created.append(submission.id)
    return created


class Closer(Periodic):
    """Closes due attempts every few seconds in a daemon thread until stopped."""

    def __init__(
        self, sessions: sessionmaker[Session], queue: JudgeQueue, every_seconds: float = CLOSE_EVERY_SECONDS
    ) -> None:
        super().__init__("closing attempts", lambda: close_due(sessions, queue), every_seconds)
