"""Service mode: move events from the Redis stream to Postgres, exactly once by event id.

Any number of consumers (threads in `mockround worker` processes, on any machine) share one consumer
group. Each batch is stored in one transaction (COPY, then INSERT ... ON CONFLICT (id) DO NOTHING) and
only then acknowledged and deleted from the stream in one MULTI: a consumer that dies before that leaves
its entries pending, and another consumer claims them with XAUTOCLAIM once they have been idle for
`claim_idle_ms`. Storing an entry twice (the dead consumer had committed, or was only slow) changes
nothing, since the event id is the primary key. An entry that cannot become an event goes to the
dead-letter table, keyed by its stream id, and is acknowledged: it never blocks the entries behind it.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
import redis
from pydantic import ValidationError
from sqlalchemy import Engine
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError

from mockround.core.db import sync_engine
from mockround.core.settings import Settings
from mockround.events.models import store_dead_letters, store_events
from mockround.events.recorder import BATCH_FIELD, COUNTERS, FIELD, STREAM
from mockround.events.schemas import EVENT_LIST, StoredEvent, describe

log = logging.getLogger(__name__)

GROUP = "ingest"
# What a row (or the raw text of a dead letter) may hold that the database would refuse outright.
ROW_REFUSED = (DataError, IntegrityError, psycopg.DataError, psycopg.IntegrityError)
RAW_KEPT = 256 * 1024
# How long a read waits for new entries: also how soon a consumer notices it should stop.
BLOCK_MS = 1000
_names = itertools.count(1)

Entry = tuple[bytes, Mapping[bytes, bytes] | None]


@dataclass(frozen=True)
class StreamLag:
    """How far the consumers are behind, for metrics and alerts."""

    length: int  # entries on the stream: every one of them is not yet stored (stored ones are deleted)
    pending: int  # delivered to a consumer and not yet acknowledged
    lag: int | None  # never delivered yet; None when Redis cannot tell (see XINFO GROUPS)
    consumers: int


def stream_lag(client: redis.Redis, stream: str = STREAM, group: str = GROUP) -> StreamLag:
    length = int(client.xlen(stream))
    if not length and not client.exists(stream):
        return StreamLag(length=0, pending=0, lag=0, consumers=0)
    for info in client.xinfo_groups(stream):
        name = info["name"]
        if (name.decode() if isinstance(name, bytes) else name) == group:
            lag = info.get("lag")
            return StreamLag(
                length=length,
                pending=int(info["pending"]),
                lag=None if lag is None else int(lag),
                consumers=int(info["consumers"]),
            )
    return StreamLag(length=length, pending=0, lag=length, consumers=0)


def totals_key(stream: str = STREAM) -> str:
    """A Redis hash of what all consumers of `stream` did (ingested, duplicates, dead_letters, batches):
    counters for metrics, which start again from zero if Redis is emptied, as Prometheus counters may."""
    return f"{stream}:totals"


def consumer_totals(client: redis.Redis, stream: str = STREAM) -> dict[str, int]:
    raw: Any = client.hgetall(totals_key(stream))
    return {name: int(raw.get(name.encode(), 0)) for name in COUNTERS.NAMES}


def consumer_name() -> str:
    """Unique per thread of a running process; a restarted process's old name keeps its pending
    entries until a live consumer claims them."""
    return f"{socket.gethostname()}-{os.getpid()}-{next(_names)}"


def _raw_text(fields: Mapping[bytes, bytes]) -> str:
    """The entry as text a person can read and Postgres can store (no NUL, valid UTF-8, capped)."""
    body = fields.get(FIELD.encode(), fields.get(BATCH_FIELD.encode()))
    if body is None or len(fields) > 1:
        body = b" ".join(key + b"=" + value for key, value in fields.items())
    text = body[:RAW_KEPT].decode("utf-8", "backslashreplace").replace("\x00", "\\x00")
    return text + (" [truncated]" if len(body) > RAW_KEPT else "")


def _letter(key: str, raw: str, reason: str) -> dict[str, Any]:
    """A dead letter, keyed by its stream entry's id (and its place in the entry's batch), so that an
    entry delivered twice is dead-lettered once."""
    return {"stream_id": key, "raw": raw, "reason": reason.replace("\x00", "\\x00")}


def _events_of(
    entry_id: str, fields: Mapping[bytes, bytes], letters: list[dict[str, Any]]
) -> list[tuple[str, StoredEvent]]:
    """The events of one entry, each with its key (entry id, and /index in a batch); what cannot be an
    event goes to `letters`, alone: one bad event never takes its batch down with it."""
    batch, single = fields.get(BATCH_FIELD.encode()), fields.get(FIELD.encode())
    if len(fields) != 1 or (batch is None and single is None):
        reason = f"the entry has no '{BATCH_FIELD}' or '{FIELD}' field (and nothing else)"
        letters.append(_letter(entry_id, _raw_text(fields), reason))
        return []
    if single is not None:
        try:
            return [(entry_id, StoredEvent.model_validate_json(single))]
        except ValidationError as exc:
            letters.append(_letter(entry_id, _raw_text(fields), describe(exc)))
            return []
    assert batch is not None
    try:
        events = EVENT_LIST.validate_json(batch)  # the usual case: the whole batch at once
        return [(f"{entry_id}/{index}", event) for index, event in enumerate(events)]
    except ValidationError:
        pass  # Not JSON, not a list, or a bad event in it: sorted out one by one below.
    try:
        items = json.loads(batch)
    except ValueError as exc:
        letters.append(_letter(entry_id, _raw_text(fields), f"Invalid JSON: {exc}"))
        return []
    if not isinstance(items, list):
        letters.append(_letter(entry_id, _raw_text(fields), "the batch is not a JSON array"))
        return []
    kept = []
    for index, item in enumerate(items):
        key = f"{entry_id}/{index}"
        try:
            kept.append((key, StoredEvent.model_validate(item)))
        except ValidationError as exc:
            raw = json.dumps(item)[:RAW_KEPT].replace("\x00", "\\x00")
            letters.append(_letter(key, raw, describe(exc)))
    return kept


class EventConsumer:
    """One member of the consumer group. `run` loops until stopped; the steps are public for tests."""

    def __init__(
        self,
        client: redis.Redis,
        engine: Engine,
        name: str | None = None,
        *,
        stream: str = STREAM,
        group: str = GROUP,
        batch_size: int = 1000,
        block_ms: int = BLOCK_MS,
        claim_idle_ms: int = 60_000,
        claim_every_seconds: float = 10.0,
    ) -> None:
        self.client, self.engine = client, engine
        self.name = name or consumer_name()
        self.stream, self.group = stream, group
        self.batch_size, self.block_ms = batch_size, block_ms
        self.claim_idle_ms, self.claim_every_seconds = claim_idle_ms, claim_every_seconds

    def ensure_group(self) -> None:
        """Create the group from the stream's first entry ("0", not "$"): entries added before any
        consumer ever ran are read too."""
        try:
            self.client.xgroup_create(self.stream, self.group, id="0", mkstream=True)
        except redis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    def read_new(self, block_ms: int | None = None) -> list[Entry]:
        return self._read(">", block_ms if block_ms is not None else self.block_ms)

    def read_own_pending(self) -> list[Entry]:
        """Entries this consumer was given and has not acknowledged (after a failed batch)."""
        return self._read("0", None)

    def _read(self, start: str, block_ms: int | None) -> list[Entry]:
        # RESP2 replies: [[stream, [(id, fields), ...]]] (the typing also allows RESP3's shape).
        response: Any = self.client.xreadgroup(
            self.group, self.name, {self.stream: start}, count=self.batch_size, block=block_ms
        )
        return [entry for _stream, entries in response or [] for entry in entries]

    def claim_stale(self, min_idle_ms: int | None = None) -> int:
        """Take over and store every entry another consumer left pending longer than `min_idle_ms`;
        return how many entries were claimed."""
        idle = self.claim_idle_ms if min_idle_ms is None else min_idle_ms
        cursor: bytes | str = "0-0"
        claimed = 0
        while True:
            cursor, entries, *_deleted = self.client.xautoclaim(
                self.stream, self.group, self.name, idle, start_id=cursor, count=self.batch_size
            )
            claimed += len(entries)
            self.ingest(entries)
            if cursor in (b"0-0", "0-0"):
                return claimed

    def ingest(self, entries: Sequence[Entry]) -> int:
        """Store a batch of entries, then acknowledge and delete them; return how many events were new."""
        if not entries:
            return 0
        rows: dict[str, dict[str, Any]] = {}
        origin: dict[str, str] = {}
        letters: list[dict[str, Any]] = []
        for entry_id, fields in entries:
            if fields is None:  # deleted from the stream: another consumer stored it
                continue
            for key, event in _events_of(entry_id.decode(), fields, letters):
                row = event.row()
                rows.setdefault(row["id"], row)
                origin.setdefault(row["id"], key)
        new, dead = self._store(list(rows.values()), letters, origin)
        counts = {"ingested": new, "duplicates": len(rows) - new, "dead_letters": dead, "batches": 1}
        self._acknowledge([entry_id for entry_id, _ in entries], counts)
        COUNTERS.add(**counts)
        return new

    def _store(
        self, rows: list[dict[str, Any]], letters: list[dict[str, Any]], origin: Mapping[str, str]
    ) -> tuple[int, int]:
        try:
            with self.engine.begin() as connection:
                return store_events(connection, rows), store_dead_letters(connection, letters)
        except ROW_REFUSED as exc:
            log.warning("a batch of %d events was refused (%s): storing them one by one", len(rows), exc)
        # Find the rows the database refuses, so that they become dead letters instead of blocking the
        # batch for ever; each row is its own transaction.
        new = 0
        for row in rows:
            try:
                with self.engine.begin() as connection:
                    new += store_events(connection, [row])
            except ROW_REFUSED as exc:
                raw = StoredEvent.model_validate(row).model_dump_json()
                reason = f"refused by the database: {str(exc).splitlines()[0]}"
                letters.append(_letter(origin[row["id"]], raw, reason))
        with self.engine.begin() as connection:
            return new, store_dead_letters(connection, letters)

    def _acknowledge(self, ids: list[bytes], counts: Mapping[str, int]) -> None:
        """Only after the commit: acknowledged and deleted together, so the stream holds exactly the
        entries not yet stored (see `recorder` on why the stream is never trimmed by length). The
        totals every consumer shares, for metrics, move in the same MULTI."""
        pipe = self.client.pipeline(transaction=True)
        pipe.xack(self.stream, self.group, *ids)
        pipe.xdel(self.stream, *ids)
        for name, value in counts.items():
            if value:
                pipe.hincrby(totals_key(self.stream), name, value)
        pipe.execute()

    def run(self, stop: threading.Event) -> None:
        """Consume until `stop` is set; a batch in hand is finished first. Failures (Redis or Postgres
        away) are retried with backoff, starting with this consumer's own pending entries."""
        own_pending_first = True
        next_claim = 0.0
        failures = 0
        while not stop.is_set():
            try:
                if own_pending_first:
                    self.ensure_group()
                    entries = self.read_own_pending()
                    own_pending_first = bool(entries)
                else:
                    if time.monotonic() >= next_claim:
                        self.claim_stale()
                        next_claim = time.monotonic() + self.claim_every_seconds
                    entries = self.read_new()
                self.ingest(entries)
                failures = 0
            except Exception as exc:
                # Redis or Postgres away, or a bug: the entries in hand stay pending, nothing is lost.
                failures += 1
                delay = min(30.0, 0.5 * 2**failures)
                expected = isinstance(exc, redis.RedisError | SQLAlchemyError | psycopg.Error)
                log.log(
                    logging.WARNING if expected else logging.ERROR,
                    "event consumer %s: %s; retrying in %.1fs",
                    self.name,
                    exc,
                    delay,
                    exc_info=not expected,
                )
                own_pending_first = True
                stop.wait(delay)


def run_consumer(settings: Settings, stop: threading.Event, *, stream: str = STREAM) -> None:
    """The consumer for `mockround worker`: run it in a thread; it returns soon after `stop` is set."""
    if not settings.redis_url:
        raise ValueError("the event consumer runs in service mode only (set MOCKROUND_REDIS_URL)")
    # The socket timeout outlives a blocking read, or every quiet second would look like a failure.
    client = redis.Redis.from_url(
        settings.redis_url, socket_connect_timeout=5, socket_timeout=BLOCK_MS / 1000 + 10
    )
    try:
        EventConsumer(client, sync_engine(settings.sync_database_url), stream=stream).run(stop)
    finally:
        client.close()
