"""Live status: tell the pages watching an attempt that one of its submissions changed.

Service mode publishes on Redis pub/sub, so that any web process can serve any candidate whichever
worker judged; embedded mode hands the news from the judging threads to the server's event loop. The
message is only a nudge ("submission 42 changed"): the page then reads the truth from the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator
from typing import Protocol

import redis
import redis.asyncio as aioredis

log = logging.getLogger(__name__)

CHANNEL_PREFIX = "mockround:attempt:"


class LiveStatus(Protocol):
    def publish(self, attempt_id: str, submission_id: int) -> None:
        """Called from judging threads or processes; never raises."""
        ...

    def subscribe(self, attempt_id: str) -> AsyncIterator[int]:
        """The submission ids that change in an attempt, for as long as the caller listens."""
        ...


class InProcessLiveStatus:
    """Embedded mode: judging threads and the web server share one process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: dict[str, set[tuple[asyncio.AbstractEventLoop, asyncio.Queue[int]]]] = {}

    def publish(self, attempt_id: str, submission_id: int) -> None:
        with self._lock:
            listeners = list(self._listeners.get(attempt_id, ()))
        for loop, queue in listeners:
            with contextlib.suppress(RuntimeError):  # The loop closed: its listener is gone.
                loop.call_soon_threadsafe(queue.put_nowait, submission_id)

    async def subscribe(self, attempt_id: str) -> AsyncIterator[int]:
        entry = (asyncio.get_running_loop(), asyncio.Queue[int]())
        with self._lock:
            self._listeners.setdefault(attempt_id, set()).add(entry)
        try:
            while True:
                yield await entry[1].get()
        finally:
            with self._lock:
                self._listeners.get(attempt_id, set()).discard(entry)


class RedisLiveStatus:
    """Service mode: Redis pub/sub, one channel per attempt."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)

    def publish(self, attempt_id: str, submission_id: int) -> None:
        try:
            self._client.publish(CHANNEL_PREFIX + attempt_id, str(submission_id))
        except redis.RedisError as exc:
            # Pages fall back to polling; a lost nudge delays nothing for long.
            log.warning("could not publish live status: %s", exc)

    async def subscribe(self, attempt_id: str) -> AsyncIterator[int]:
        client = aioredis.Redis.from_url(self._url, socket_connect_timeout=2)
        pubsub = client.pubsub()
        try:
            await pubsub.subscribe(CHANNEL_PREFIX + attempt_id)
            async for message in pubsub.listen():
                if message.get("type") == "message":
                    with contextlib.suppress(ValueError):
                        yield int(message["data"])
        finally:
            with contextlib.suppress(Exception):
                await pubsub.aclose()  # type: ignore[no-untyped-call]
            await client.aclose()


def live_status(redis_url: str | None) -> LiveStatus:
    return RedisLiveStatus(redis_url) if redis_url else InProcessLiveStatus()
