"""The producer side: hand validated events to the database (embedded mode) or to the Redis stream
(service mode), and the in-process counters a metrics endpoint reads.

The stream is never trimmed by length. `XADD ... MAXLEN ~ N` removes the oldest entries whether or not
a consumer has stored them, so a consumer outage longer than N events would silently lose events. Here an
entry leaves the stream only when a consumer has committed it to Postgres (`XACK` and `XDEL` together,
see `consumer`), so the stream's length is exactly the backlog not yet stored. What bounds memory is
back-pressure instead: when the backlog reaches `max_backlog` entries, `record` refuses new events with a 503
(the browser keeps them and retries with the same ids) rather than dropping old ones. Redis must run with
`maxmemory-policy noeviction` (as dramatiq's queues already require), or it could evict the stream itself.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from typing import Any, Protocol

import redis
import redis.asyncio as aioredis

from mockround.core.db import async_engine, sync_engine
from mockround.core.errors import ServiceUnavailable
from mockround.core.settings import Settings
from mockround.events.models import store_events, store_events_async
from mockround.events.schemas import EVENT_LIST, StoredEvent

STREAM = "mockround:events"
# A stream entry holds one field: "b", a JSON array of up to ENTRY_EVENTS events (`StoredEvent`), as the
# recorder writes them; or "e", one event, which the consumer also reads. One entry per batch rather than
# per event keeps Redis's work and both sides' per-entry costs a hundred times smaller.
BATCH_FIELD = "b"
FIELD = "e"
ENTRY_EVENTS = 100
# Entries, each of at most ENTRY_EVENTS events; a page's batch is usually a few events, so this is
# a few hundred thousand events, or half an hour of a thousand busy candidates with every consumer down.
DEFAULT_MAX_BACKLOG = 100_000
# How long a measured backlog is trusted: XLEN is O(1), but not worth a round trip per batch.
BACKLOG_CHECK_SECONDS = 1.0
UNAVAILABLE = (
    "Events cannot be kept right now (the event store is unreachable or catching up): "
    "keep them and send them again in a few seconds."
)


class EventCounters:
    """Totals since this process started. Each process counts what it did itself: the web process what
    it recorded, a worker what its consumer ingested; a metrics endpoint reports its own process."""

    NAMES = ("recorded", "ingested", "duplicates", "dead_letters", "batches")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts = dict.fromkeys(self.NAMES, 0)

    def add(self, **counts: int) -> None:
        with self._lock:
            for name, value in counts.items():
                self._counts[name] += value

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)


COUNTERS = EventCounters()


class EventRecorder(Protocol):
    """Keeps events, or raises `ServiceUnavailable`: then nothing is lost as long as the caller sends
    the same events (same ids) again later. Callers record after their own transaction commits."""

    async def record(self, events: Sequence[StoredEvent]) -> None:
        """From the web's event loop."""
        ...

    def record_blocking(self, events: Sequence[StoredEvent]) -> None:
        """From threads outside the event loop, and scripts."""
        ...

    async def aclose(self) -> None: ...


def _rows(events: Sequence[StoredEvent]) -> list[dict[str, Any]]:
    """One row per id: a batch that repeats an event stores it once."""
    rows: dict[str, dict[str, Any]] = {}
    for event in events:
        rows.setdefault(str(event.id), event.row())
    return list(rows.values())


class DatabaseEventRecorder:
    """Embedded mode: each batch is one transaction of INSERT ... ON CONFLICT (id) DO NOTHING."""

    def __init__(self, database_url: str, sync_database_url: str) -> None:
        self._url = database_url
        self._sync_url = sync_database_url

    async def record(self, events: Sequence[StoredEvent]) -> None:
        if not events:
            return
        async with async_engine(self._url).begin() as connection:
            new = await store_events_async(connection, _rows(events))
        COUNTERS.add(recorded=len(events), ingested=new, duplicates=len(events) - new, batches=1)

    def record_blocking(self, events: Sequence[StoredEvent]) -> None:
        if not events:
            return
        with sync_engine(self._sync_url).begin() as connection:
            new = store_events(connection, _rows(events))
        COUNTERS.add(recorded=len(events), ingested=new, duplicates=len(events) - new, batches=1)

    async def aclose(self) -> None:
        """The engines are shared with the rest of the process, which disposes of them."""


class StreamEventRecorder:
    """Service mode: entries of up to ENTRY_EVENTS events, appended in one pipelined round trip per batch."""

    def __init__(
        self, redis_url: str, *, stream: str = STREAM, max_backlog: int | None = DEFAULT_MAX_BACKLOG
    ) -> None:
        self.stream = stream
        self._url = redis_url
        self._max_backlog = max_backlog
        self._async: aioredis.Redis | None = None
        self._sync: redis.Redis | None = None
        self._lock = threading.Lock()
        self._backlog = 0
        self._backlog_at = -BACKLOG_CHECK_SECONDS

    def _backlog_due(self) -> bool:
        return self._max_backlog is not None and time.monotonic() - self._backlog_at >= BACKLOG_CHECK_SECONDS

    def _note_backlog(self, length: int) -> None:
        self._backlog, self._backlog_at = length, time.monotonic()

    def _refuse_if_full(self) -> None:
        if self._max_backlog is not None and self._backlog >= self._max_backlog:
            raise ServiceUnavailable(UNAVAILABLE)

    def _entries(self, events: Sequence[StoredEvent]) -> list[dict[str, bytes]]:
        return [
            {BATCH_FIELD: EVENT_LIST.dump_json(list(events[start : start + ENTRY_EVENTS]))}
            for start in range(0, len(events), ENTRY_EVENTS)
        ]

    async def record(self, events: Sequence[StoredEvent]) -> None:
        if not events:
            return
        if self._async is None:
            # Bound to the event loop that first uses it: the web server has one.
            self._async = aioredis.Redis.from_url(self._url, socket_connect_timeout=2, socket_timeout=5)
        try:
            if self._backlog_due():
                self._note_backlog(await self._async.xlen(self.stream))
            self._refuse_if_full()
            async with self._async.pipeline(transaction=False) as pipe:
                for fields in self._entries(events):
                    pipe.xadd(self.stream, fields)  # type: ignore[arg-type]
                await pipe.execute()
        except redis.RedisError as exc:
            # Some entries may be on the stream already: the retry repeats them, the consumer stores
            # each id once.
            raise ServiceUnavailable(UNAVAILABLE) from exc
        self._backlog += -(-len(events) // ENTRY_EVENTS)  # until the next measurement
        COUNTERS.add(recorded=len(events))

    def record_blocking(self, events: Sequence[StoredEvent]) -> None:
        if not events:
            return
        with self._lock:
            if self._sync is None:
                self._sync = redis.Redis.from_url(self._url, socket_connect_timeout=2, socket_timeout=5)
        client = self._sync
        try:
            if self._backlog_due():
                self._note_backlog(int(client.xlen(self.stream)))
            self._refuse_if_full()
            pipe = client.pipeline(transaction=False)
            for fields in self._entries(events):
                pipe.xadd(self.stream, fields)  # type: ignore[arg-type]
            pipe.execute()
        except redis.RedisError as exc:
            raise ServiceUnavailable(UNAVAILABLE) from exc
        self._backlog += -(-len(events) // ENTRY_EVENTS)  # until the next measurement
        COUNTERS.add(recorded=len(events))

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
            self._async = None
        if self._sync is not None:
            self._sync.close()
            self._sync = None


def build_recorder(settings: Settings) -> EventRecorder:
    """The recorder the settings choose: the stream when Redis is configured, the database otherwise."""
    if settings.redis_url:
        return StreamEventRecorder(settings.redis_url)
    return DatabaseEventRecorder(settings.database_url, settings.sync_database_url)
