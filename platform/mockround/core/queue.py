"""The judge queue on dramatiq: Redis in service mode, an in-process stub broker in embedded mode.

A message carries a submission id only. It is sent after the transaction that created the submission
commits, never on rollback: the database is the truth and the queue is a hint. "Run against the samples"
jobs have their own queue and a higher priority than "submit" jobs, so that a candidate's Run stays fast
while a burst of submissions drains.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.settings import Settings

# Queue names and dramatiq priorities (lower runs first among the messages a worker holds).
QUEUES = {"run": ("judge-run", 0), "submit": ("judge-submit", 10)}
PENDING_KEY = "mockround.pending_judging"
log = logging.getLogger(__name__)
RETRY_OPTIONS = {"max_retries": 8, "min_backoff": 1000, "max_backoff": 30000}


class JudgeQueue:
    """The broker and the judge actors bound to it; `handler` judges one submission id."""

    def __init__(self, settings: Settings, handler: Callable[[int], None]) -> None:
        self.broker: dramatiq.Broker
        if settings.redis_url:
            self.broker = RedisBroker(url=settings.redis_url)  # type: ignore[no-untyped-call]
        else:
            self.broker = StubBroker()
            self.broker.emit_after("process_boot")
        self.actors: dict[str, Any] = {
            purpose: dramatiq.Actor(
                handler,
                broker=self.broker,
                actor_name=f"judge_{purpose}",
                queue_name=queue_name,
                priority=priority,
                options=dict(RETRY_OPTIONS),
            )
            for purpose, (queue_name, priority) in QUEUES.items()
        }
        self._worker: dramatiq.Worker | None = None

    def send(self, submission_id: int, purpose: str = "submit") -> None:
        self.actors[purpose].send(submission_id)

    def start_worker(self, threads: int) -> dramatiq.Worker:
        self._worker = dramatiq.Worker(self.broker, worker_threads=threads, worker_timeout=100)
        self._worker.start()
        return self._worker

    def stop_worker(self, timeout_seconds: float = 60) -> None:
        """Stop taking messages and wait for the jobs in hand; what is not done by then is handed back
        by its lease running out."""
        if self._worker is not None:
            self._worker.stop(timeout=int(timeout_seconds * 1000))
            self._worker = None

    def close(self) -> None:
        self.stop_worker()
        self.broker.close()

    def depths(self) -> dict[str, int]:
        """Messages waiting per purpose (service mode; the stub broker reports its in-memory queues)."""
        if isinstance(self.broker, RedisBroker):
            client = self.broker.client
            return {purpose: int(client.llen(f"dramatiq:{name}")) for purpose, (name, _) in QUEUES.items()}
        if isinstance(self.broker, StubBroker):
            return {purpose: self.broker.queues[name].qsize() for purpose, (name, _) in QUEUES.items()}
        return {}


def enqueue_after_commit(session: AsyncSession, submission_id: int, purpose: str) -> None:
    session.info.setdefault(PENDING_KEY, []).append((submission_id, purpose))


async def commit_and_enqueue(session: AsyncSession, queue: JudgeQueue) -> None:
    """Commit, then send the judge messages the transaction asked for. Nothing is sent on a failed commit."""
    try:
        await session.commit()
    except BaseException:
        session.info.pop(PENDING_KEY, None)
        raise
    for submission_id, purpose in session.info.pop(PENDING_KEY, []):
        try:
            queue.send(submission_id, purpose)
        except Exception as exc:
            # The submission is saved as queued; the sweeper sends its message once the broker is back.
            log.warning("could not enqueue submission %s (%s); the sweeper will", submission_id, exc)
