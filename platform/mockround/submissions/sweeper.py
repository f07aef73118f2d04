"""The sweeper: re-sends judge messages for submissions the queue seems to have lost.

A dead worker, a flushed Redis or a lost message leaves a submission queued, or running with a lease
that ran out. Every worker (and the embedded server) sweeps; the UPDATE that picks the submissions also
marks them, so two sweepers at once never re-send the same one twice, and a duplicate message would be
harmless anyway: the claim lets only one worker judge.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from mockround.core.db import utcnow
from mockround.core.periodic import Periodic
from mockround.core.queue import JudgeQueue
from mockround.submissions.models import Submission, claimable

log = logging.getLogger(__name__)

# A queued submission whose message was sent longer ago than this is sent again.
STALE_AFTER = dt.timedelta(seconds=30)
SWEEP_EVERY_SECONDS = 10.0


def sweep(
    sessions: sessionmaker[Session], queue: JudgeQueue, stale_after: dt.timedelta = STALE_AFTER
) -> list[int]:
    now = utcnow()
    with sessions.begin() as session:
        rows = session.execute(
            update(Submission)
            .where(
                Submission.enqueued_at < now - stale_after,
                claimable(now),
            )
            .values(enqueued_at=now)
            .returning(Submission.id, Submission.purpose)
        ).all()
    for submission_id, purpose in rows:
        queue.send(submission_id, purpose)
    if rows:
        log.info("sweeper re-sent %d submissions: %s", len(rows), [row[0] for row in rows])
    return [row[0] for row in rows]


class Sweeper(Periodic):
    """Sweeps every few seconds in a daemon thread until stopped."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        queue: JudgeQueue,
        every_seconds: float = SWEEP_EVERY_SECONDS,
        stale_after: dt.timedelta = STALE_AFTER,
    ) -> None:
        super().__init__("sweep", lambda: sweep(sessions, queue, stale_after), every_seconds)
