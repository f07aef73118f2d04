"""Assembly of the judging side: the sandbox and queue that settings choose, and `mockround worker`."""

from __future__ import annotations

import datetime as dt
import logging
import signal
import threading
from types import FrameType

from mockround.core.db import sync_sessions
from mockround.core.live import LiveStatus, live_status
from mockround.core.queue import JudgeQueue
from mockround.core.settings import Settings
from mockround.core.sql_engine import sql_engine
from mockround.events.consumer import run_consumer
from mockround.grading.sandbox import Sandbox
from mockround.grading.sql import SqlEngine
from mockround.submissions.closer import Closer
from mockround.submissions.judging import Judging
from mockround.submissions.sweeper import Sweeper

log = logging.getLogger(__name__)


def build_sandbox(settings: Settings) -> Sandbox:
    if settings.sandbox == "docker":
        from mockround.grading.docker import DockerSandbox

        return DockerSandbox(image=settings.sandbox_image)
    from mockround.grading.local import LocalSandbox

    return LocalSandbox()


def build_sql_engine(settings: Settings) -> SqlEngine:
    """The engine SQL problems' queries run in: PostgreSQL beside a Postgres platform, else SQLite."""
    return sql_engine(settings)


def probe_sql_engine(engine: SqlEngine) -> str:
    """Prepare the engine (PostgreSQL's database and roles) and name it; a failure is only logged: the
    first SQL submission retries, and judging programs does not depend on it."""
    probe = getattr(engine, "probe", None)
    if probe is not None:
        try:
            probe()
        except Exception:
            log.exception("the SQL engine is not ready; SQL submissions will retry")
    return engine.description()


def build_queue(
    settings: Settings, sandbox: Sandbox | None = None, live: LiveStatus | None = None
) -> JudgeQueue:
    live = live or live_status(settings.redis_url)
    judging = Judging(
        sync_sessions(settings.sync_database_url),
        sandbox or build_sandbox(settings),
        live.publish,
        lease_margin=dt.timedelta(seconds=settings.lease_margin_seconds),
        sql=build_sql_engine(settings),
    )
    return JudgeQueue(settings, judging)


def build_sweeper(settings: Settings, queue: JudgeQueue) -> Sweeper:
    return Sweeper(
        sync_sessions(settings.sync_database_url),
        queue,
        every_seconds=settings.sweep_interval_seconds,
        stale_after=dt.timedelta(seconds=settings.requeue_after_seconds),
    )


def build_closer(settings: Settings, queue: JudgeQueue) -> Closer:
    """Closes attempts at their deadline, judging the last autosaves; it runs wherever the sweeper does."""
    return Closer(
        sync_sessions(settings.sync_database_url), queue, every_seconds=settings.sweep_interval_seconds
    )


def run_worker(settings: Settings, threads: int) -> None:
    """Consume the judge queue until SIGTERM or SIGINT; jobs in hand finish before the process exits."""
    if not settings.redis_url:
        raise SystemExit(
            "mockround worker needs MOCKROUND_REDIS_URL: in embedded mode the server judges itself."
        )
    sandbox = build_sandbox(settings)
    queue = build_queue(settings, sandbox)
    stop = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %s: finishing the jobs in hand", signum)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    sweeper = build_sweeper(settings, queue)
    closer = build_closer(settings, queue)
    queue.start_worker(threads)
    sweeper.start()
    closer.start()
    # Events from the Redis stream to Postgres: one consumer per worker process, in the same group.
    consumer = threading.Thread(target=run_consumer, args=(settings, stop), name="event-consumer")
    consumer.start()
    log.info(
        "worker: %d threads, sandbox %s, SQL in %s",
        threads,
        sandbox.isolation(),
        probe_sql_engine(build_sql_engine(settings)),
    )
    stop.wait()
    sweeper.stop()
    closer.stop()
    consumer.join()  # it stores the batch in hand first
    # Jobs in hand finish; any that cannot are handed back when their lease runs out.
    queue.close()
    log.info("worker stopped")
