"""The event pipeline's figures for /metrics: what the consumers ingested, the dead letters kept, and
how far the consumers are behind the stream."""

from __future__ import annotations

from collections.abc import Iterator

import redis
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mockround.events.consumer import consumer_totals, stream_lag
from mockround.events.models import EventDeadLetter
from mockround.events.recorder import COUNTERS


def event_metrics(session: Session, redis_url: str | None) -> Iterator[Metric]:
    """In service mode the totals are every consumer's, kept in Redis; in embedded mode, this process's
    own (it is the only writer). Events the server records with its own actions are not counted here:
    they are written in those actions' transactions, not ingested."""
    if redis_url:
        client = redis.Redis.from_url(redis_url, socket_connect_timeout=2, socket_timeout=5)
        try:
            totals = consumer_totals(client)
            lag = stream_lag(client)
        finally:
            client.close()
    else:
        totals = COUNTERS.snapshot()
        lag = None
    for name, help_text in (
        ("ingested", "Events stored from the event stream (or from the page, in embedded mode)"),
        ("duplicates", "Events received again with an id already stored, and skipped"),
    ):
        yield CounterMetricFamily(f"mockround_events_{name}", help_text, value=totals[name])
    dead = session.scalar(select(func.count()).select_from(EventDeadLetter)) or 0
    yield GaugeMetricFamily(
        "mockround_event_dead_letters", "Stream entries kept aside because they were not events", value=dead
    )
    backlog = GaugeMetricFamily(
        "mockround_events_backlog",
        "Entries on the event stream not yet stored: never delivered (lag) or delivered and unacknowledged",
        labels=["state"],
    )
    backlog.add_metric(["lag"], 0 if lag is None else (lag.lag if lag.lag is not None else lag.length))
    backlog.add_metric(["pending"], 0 if lag is None else lag.pending)
    yield backlog
