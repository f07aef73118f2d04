"""The judge queue on dramatiq: Redis in service mode, an in-process stub broker in embedded mode.

A message carries a submission id only. It is sent after the transaction that created the submission
commits, never on rollback: the database is the truth and the queue is a hint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.settings import Settings

JUDGE_QUEUE = "judge"
PENDING_KEY = "mockround.pending_judging"


class JudgeQueue:
    """The broker and the judge actor bound to it; `handler` judges one submission id."""

    def __init__(self, settings: Settings, handler: Callable[[int], None]) -> None:
        self.broker: dramatiq.Broker
        if settings.redis_url:
            self.broker = RedisBroker(url=settings.redis_url)  # type: ignore[no-untyped-call]
        else:
            self.broker = StubBroker()
            self.broker.emit_after("process_boot")
        self.actor: Any = dramatiq.Actor(
            handler,
            broker=self.broker,
            actor_name="judge_submission",
            queue_name=JUDGE_QUEUE,
            priority=0,
            options={"max_retries": 5, "min_backoff": 1000, "max_backoff": 30000},
        )
        self._worker: dramatiq.Worker | None = None

    def send(self, submission_id: int) -> None:
        self.actor.send(submission_id)

    def start_worker(self, threads: int) -> dramatiq.Worker:
        self._worker = dramatiq.Worker(self.broker, worker_threads=threads, worker_timeout=100)
        self._worker.start()
        return self._worker

    def stop_worker(self) -> None:
        if self._worker is not None:
            self._worker.stop(timeout=30_000)
            self._worker = None

    def close(self) -> None:
        self.stop_worker()
        self.broker.close()


def enqueue_after_commit(session: AsyncSession, submission_id: int) -> None:
    session.info.setdefault(PENDING_KEY, []).append(submission_id)


async def commit_and_enqueue(session: AsyncSession, queue: JudgeQueue) -> None:
    """Commit, then send the judge messages the transaction asked for. Nothing is sent on a failed commit."""
    try:
        await session.commit()
    except BaseException:
        session.info.pop(PENDING_KEY, None)
        raise
    for submission_id in session.info.pop(PENDING_KEY, []):
        queue.send(submission_id)
