"""The sweeper: re-sends judge messages for submissions the queue seems to have lost.

A dead worker, a flushed Redis or a lost message leaves a submission queued, or running with a lease
that ran out. Every worker (and the embedded server) sweeps; the UPDATE that picks the submissions also
marks them, so two sweepers at once never re-send the same one twice, and a duplicate message would be
harmless anyway: the claim lets only one worker judge.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading

from sqlalchemy import update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from mockround.core.db import utcnow
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


class Sweeper:
    """Sweeps every few seconds in a daemon thread until stopped."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        queue: JudgeQueue,
        every_seconds: float = SWEEP_EVERY_SECONDS,
        stale_after: dt.timedelta = STALE_AFTER,
    ) -> None:
        self._stale_after = stale_after
        self._sessions = sessions
        self._queue = queue
        self._every = every_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="mockround-sweeper", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _loop(self) -> None:
        while not self._stop.wait(self._every):
            try:
                sweep(self._sessions, self._queue, self._stale_after)
            except SQLAlchemyError as exc:
                log.warning("sweep failed, will try again: %s", exc.__class__.__name__)
            except Exception:
                log.exception("sweep failed")
