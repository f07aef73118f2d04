"""Prometheus metrics, computed from the database and the broker when scraped.

Workers are separate processes (on any machine), so their in-memory counters could not be summed here.
The database is the truth: every figure is read from it, or from the broker's queues, at scrape time,
and any web process gives the same answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mockround.core.db import sync_sessions, utcnow
from mockround.core.queue import JudgeQueue
from mockround.events.metrics import event_metrics
from mockround.submissions.models import Status, Submission

router = APIRouter(include_in_schema=False)
# Latency is measured over the submissions judged in this window.
LATENCY_WINDOW = dt.timedelta(hours=1)


class PipelineCollector(Collector):
    def __init__(self, sessions: sessionmaker[Session], queue: JudgeQueue, redis_url: str | None) -> None:
        self._sessions = sessions
        self._queue = queue
        self._redis_url = redis_url

    def collect(self) -> Iterator[Metric]:
        depth = GaugeMetricFamily(
            "mockround_judge_queue_depth", "Judge messages waiting, per priority", labels=["purpose"]
        )
        for purpose, size in self._queue.depths().items():
            depth.add_metric([purpose], size)
        yield depth
        with self._sessions() as session:
            yield from _submission_metrics(session)
            yield from event_metrics(session, self._redis_url)


def _submission_metrics(session: Session) -> Iterator[Metric]:
    statuses = GaugeMetricFamily("mockround_submissions", "Submissions by status", labels=["status"])
    rows = session.execute(select(Submission.status, func.count()).group_by(Submission.status)).all()
    counts: dict[str, int] = {status: count for status, count in rows}
    for status in Status:
        statuses.add_metric([status.value], counts.get(status.value, 0))
    yield statuses

    verdicts = GaugeMetricFamily("mockround_verdicts", "Judged submissions by verdict", labels=["verdict"])
    for verdict, count in session.execute(
        select(Submission.verdict, func.count())
        .where(Submission.verdict.is_not(None))
        .group_by(Submission.verdict)
    ).all():
        verdicts.add_metric([verdict], count)
    yield verdicts

    retries = session.scalar(
        select(func.coalesce(func.sum(Submission.tries - 1), 0)).where(Submission.tries > 1)
    )
    yield GaugeMetricFamily(
        "mockround_judge_retries", "Claims beyond the first, over all submissions", value=retries or 0
    )

    since = utcnow() - LATENCY_WINDOW
    judged_rows = session.execute(
        select(Submission.created_at, Submission.judged_at).where(Submission.judged_at >= since)
    ).all()
    latencies = sorted(
        (judged - created).total_seconds() for created, judged in judged_rows if judged and created
    )
    latency = GaugeMetricFamily(
        "mockround_judge_latency_seconds",
        "Time from submission to verdict over the last hour, by quantile",
        labels=["quantile"],
    )
    for quantile in (0.5, 0.95, 0.99):
        value = latencies[min(len(latencies) - 1, int(quantile * len(latencies)))] if latencies else 0.0
        latency.add_metric([str(quantile)], value)
    yield latency


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    registry = CollectorRegistry(auto_describe=False)
    settings = request.app.state.settings
    registry.register(
        PipelineCollector(
            sync_sessions(settings.sync_database_url), request.app.state.queue, settings.redis_url
        )
    )
    body = await run_in_threadpool(generate_latest, registry)
    return Response(body, media_type=CONTENT_TYPE_LATEST)
