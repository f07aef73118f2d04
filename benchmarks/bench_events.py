"""The event stream at volume: a million events through the service-mode path, checked one by one.

Run: .venv/bin/python -m benchmarks.bench_events [--events 1000000] [--consumers 2]

A producer process validates events as the endpoint does and appends them with the real recorder
(pipelined, 1,000 per round trip); consumer processes run the real `EventConsumer` into a fresh Postgres
database. The rate is the sustained end-to-end rate: from the first append to the moment the stream is
empty, which (entries leave the stream only once committed) is when the last event is in Postgres. At the
end the table must hold exactly as many distinct ids as events were sent, and no dead letters.

Beside it, measured in the same run on the same events: the baseline, a plain multi-row INSERT ... ON
CONFLICT (id) DO NOTHING of 1,000 rows per statement straight into a fresh database with the same table
(no Redis, no validation), and Redis's own ceiling, raw pipelined XADD of the ready-made JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import multiprocessing
import secrets
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import redis
from psycopg.types.json import Json

from mockround.core.db import sync_engine
from mockround.core.settings import Settings
from mockround.events.consumer import EventConsumer, stream_lag
from mockround.events.models import EVENT_COLUMNS, EventKind
from mockround.events.recorder import FIELD, StreamEventRecorder
from mockround.events.schemas import StoredEvent
from mockround.migrate import upgrade

BATCH = 1000
KINDS = list(EventKind)
DRAFT = "def solve(numbers):\n    seen = {}\n    for index, value in enumerate(numbers):\n" * 6


def rows(start: int, stop: int) -> Iterator[dict[str, Any]]:
    """The same events for every path, each a function of its index: ten kinds in turn over a thousand
    attempts; one in ten is a draft autosave carrying about 500 bytes of code, the rest small payloads."""
    origin = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)
    for index in range(start, stop):
        kind = KINDS[index % len(KINDS)]
        at = origin + dt.timedelta(milliseconds=index)
        payload: dict[str, Any] = {"key": f"problem-{index % 7}", "length": index % 500}
        if kind is EventKind.DRAFT_AUTOSAVED:
            payload = {"key": f"problem-{index % 7}", "language": "python3", "source": DRAFT}
        digest = hashlib.blake2b(index.to_bytes(8, "big"), digest_size=16).digest()
        yield {
            "id": str(uuid.UUID(bytes=digest, version=4)),
            "attempt_id": f"attempt-{index % 1000:04d}",
            "kind": kind.value,
            "at": at,
            "received_at": at,
            "payload": payload,
        }


def batches(count: int, part: int = 0, parts: int = 1) -> Iterator[list[dict[str, Any]]]:
    """Batches of 1,000 events; with `parts` producers, producer `part` takes every parts-th batch."""
    for start in range(part * BATCH, count, parts * BATCH):
        yield list(rows(start, min(start + BATCH, count)))


def fresh_database(admin: str) -> str:
    name = f"mockround_bench_events_{secrets.token_hex(4)}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://{admin.split('://', 1)[1].rsplit('/', 1)[0]}/{name}"
    upgrade(Settings(database_url=url))
    return url


def drop_database(admin: str, url: str) -> None:
    sync_engine(url).dispose()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


def plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def baseline_insert(url: str, count: int) -> float:
    """Seconds for a plain multi-row INSERT of every event, one transaction per 1,000 rows."""
    placeholders = "(" + ", ".join(["%s"] * len(EVENT_COLUMNS)) + ")"
    columns = ", ".join(EVENT_COLUMNS)
    started = time.perf_counter()
    with psycopg.connect(plain(url)) as connection:
        for batch in batches(count):
            values = [
                value
                for row in batch
                for value in (
                    *(row[column] for column in EVENT_COLUMNS[:-1]),
                    Json(row["payload"]),
                )
            ]
            statement = (
                f"INSERT INTO events ({columns}) VALUES {', '.join([placeholders] * len(batch))} "
                "ON CONFLICT (id) DO NOTHING"
            )
            connection.execute(statement.encode(), values)  # bytes: a query built here, not user input
            connection.commit()
    return time.perf_counter() - started


def raw_xadd(redis_url: str, stream: str, count: int) -> float:
    """Seconds for Redis alone to take the ready-made JSON, pipelined like the recorder."""
    encoded = [
        [StoredEvent.model_validate(row).model_dump_json() for row in batch] for batch in batches(count)
    ]
    client = redis.Redis.from_url(redis_url)
    started = time.perf_counter()
    for batch in encoded:
        pipe = client.pipeline(transaction=False)
        for body in batch:
            pipe.xadd(stream, {FIELD: body})
        pipe.execute()
    elapsed = time.perf_counter() - started
    client.delete(stream)
    client.close()
    return elapsed


def produce(redis_url: str, stream: str, count: int, part: int, parts: int) -> None:
    """A web process: validate each event, append each batch with the real recorder."""
    recorder = StreamEventRecorder(redis_url, stream=stream, max_backlog=None)
    for batch in batches(count, part, parts):
        recorder.record_blocking([StoredEvent.model_validate(row) for row in batch])


def consume(redis_url: str, database_url: str, stream: str, stop: Any) -> None:
    """A worker's consumer thread, in a process of its own; `stop` is a multiprocessing event."""
    done = threading.Event()

    def relay() -> None:
        stop.wait()
        done.set()

    threading.Thread(target=relay, daemon=True).start()
    client = redis.Redis.from_url(redis_url, socket_timeout=15)
    EventConsumer(client, sync_engine(database_url), stream=stream, block_ms=200).run(done)
    client.close()


def pipeline(
    redis_url: str, database_url: str, count: int, consumers: int, producers: int
) -> tuple[float, float, int]:
    """Seconds until every event is stored, seconds the producer took, and the largest backlog seen."""
    stream = f"mockround:events:bench:{secrets.token_hex(4)}"
    client = redis.Redis.from_url(redis_url)
    EventConsumer(client, sync_engine(database_url), stream=stream).ensure_group()
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    workers = [
        context.Process(target=consume, args=(redis_url, database_url, stream, stop))
        for _ in range(consumers)
    ]
    for worker in workers:
        worker.start()
    time.sleep(3)  # let the consumers import and connect before the clock starts
    senders = [
        context.Process(target=produce, args=(redis_url, stream, count, part, producers))
        for part in range(producers)
    ]
    started = time.perf_counter()
    for sender in senders:
        sender.start()
    produced = peak = 0.0
    while True:
        length = stream_lag(client, stream).length
        peak = max(peak, length)
        if not produced and not any(sender.is_alive() for sender in senders):
            produced = time.perf_counter() - started
            if any(sender.exitcode != 0 for sender in senders):
                raise SystemExit("a producer failed")
        if produced and length == 0:
            break
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    stop.set()
    for worker in workers:
        worker.join(30)
    client.delete(stream)
    client.close()
    return elapsed, produced, int(peak)


def verify(url: str, count: int) -> tuple[int, int, int]:
    with psycopg.connect(plain(url)) as connection:
        found = connection.execute(
            "SELECT count(*), count(DISTINCT id), (SELECT count(*) FROM event_dead_letters) FROM events"
        ).fetchone()
    assert found is not None
    rows_, distinct, dead = found
    if (rows_, distinct, dead) != (count, count, 0):
        raise SystemExit(
            f"FAILED: {rows_} rows, {distinct} distinct ids, {dead} dead letters for {count} events"
        )
    return rows_, distinct, dead


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--consumers", type=int, default=2)
    # Two web processes by default: one Python process validating and appending tops out near the
    # target on this machine, and a deployment runs several.
    parser.add_argument("--producers", type=int, default=2)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres")
    # Not db 15: the test suite flushes that one.
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/14")
    args = parser.parse_args()
    count = args.events

    baseline_url = fresh_database(args.postgres)
    try:
        baseline = baseline_insert(baseline_url, count)
        verify(baseline_url, count)
    finally:
        drop_database(args.postgres, baseline_url)
    xadd = raw_xadd(args.redis, f"mockround:events:bench-raw:{secrets.token_hex(4)}", count)
    url = fresh_database(args.postgres)
    try:
        elapsed, produced, peak = pipeline(args.redis, url, count, args.consumers, args.producers)
        stored, distinct, dead = verify(url, count)
    finally:
        drop_database(args.postgres, url)

    base_rate = count / baseline
    print(
        f"### Event stream, {count:,} events ({dt.date.today()}, {multiprocessing.cpu_count()} cores, "
        f"{args.producers} producers, {args.consumers} consumers)\n"
    )
    print("| path | events | seconds | events/s | vs baseline |")
    print("|---|---:|---:|---:|---:|")
    for label, seconds in (
        (
            "baseline: multi-row INSERT ... ON CONFLICT straight into Postgres, 1,000 rows a statement",
            baseline,
        ),
        ("Redis alone: raw pipelined XADD of ready-made JSON", xadd),
        (f"{args.producers} producer(s): validate + recorder XADD, while consumers run", produced),
        (
            f"service mode end to end: {args.producers} producer(s) → stream → "
            f"{args.consumers} consumers → Postgres",
            elapsed,
        ),
    ):
        rate = count / seconds
        print(f"| {label} | {count:,} | {seconds:.1f} | {rate:,.0f} | {rate / base_rate:.2f} |")
    print(
        f"\nVerified: {stored:,} rows, {distinct:,} distinct ids, {dead} dead letters; "
        f"largest backlog on the stream {peak:,} entries."
    )


if __name__ == "__main__":
    main()
