"""The event stream: each event stored exactly once in both modes, whatever is resent, malformed,
consumed in parallel or left behind by a dead consumer; the browser's endpoint refuses bad input clearly."""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator, Sequence
from pathlib import Path

import httpx
import pytest
import redis
from fastapi import FastAPI
from sqlalchemy import Engine, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.db import async_engine, async_sessions, session_scope, sync_engine, utcnow
from mockround.core.errors import ServiceUnavailable
from mockround.core.settings import Settings
from mockround.events.consumer import Entry, EventConsumer, StreamLag, run_consumer, stream_lag
from mockround.events.models import Event, EventDeadLetter, EventKind
from mockround.events.recorder import (
    COUNTERS,
    STREAM,
    DatabaseEventRecorder,
    StreamEventRecorder,
    build_recorder,
)
from mockround.events.schemas import StoredEvent, server_event
from mockround.migrate import upgrade
from mockround.rounds.models import Attempt
from mockround.web.app import create_app

Stream = tuple[redis.Redis, str]
# A million events in CI, as the pipeline promises; MOCKROUND_EVENTS_VOLUME=100000 for a quicker run.
VOLUME = int(os.environ.get("MOCKROUND_EVENTS_VOLUME", "1000000"))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'events.db'}"
    upgrade(Settings(database_url=url))
    yield url
    sync_engine(Settings(database_url=url).sync_database_url).dispose()


@pytest.fixture
def pg_url(postgres_url: str) -> Iterator[str]:
    upgrade(Settings(database_url=postgres_url))
    yield postgres_url
    sync_engine(postgres_url).dispose()  # before the database is dropped


@pytest.fixture
def stream(redis_url: str) -> Iterator[Stream]:
    """A stream of the test's own name: other tests' workers share this Redis database."""
    client = redis.Redis.from_url(redis_url)
    name = f"mockround:events:test:{secrets.token_hex(4)}"
    yield client, name
    client.delete(name)
    client.close()


def make_events(count: int, attempt_id: str = "attempt-1") -> list[StoredEvent]:
    now = utcnow()
    return [
        StoredEvent(
            id=uuid.uuid4(),
            attempt_id=attempt_id,
            kind=EventKind.PASTE,
            at=now,
            received_at=now,
            payload={"n": index},
        )
        for index in range(count)
    ]


def counts(engine: Engine) -> tuple[int, int, int]:
    """Rows, distinct event ids, dead letters."""
    with engine.connect() as connection:
        rows = connection.scalar(select(func.count()).select_from(Event)) or 0
        distinct = connection.scalar(select(func.count(func.distinct(Event.id)))) or 0
        dead = connection.scalar(select(func.count()).select_from(EventDeadLetter)) or 0
    return rows, distinct, dead


class CountingConsumer(EventConsumer):
    """The real consumer, counting the entries it was handed."""

    taken = 0

    def ingest(self, entries: Sequence[Entry]) -> int:
        self.taken += len(entries)
        return super().ingest(entries)


def drain(consumer: EventConsumer) -> None:
    consumer.ensure_group()
    while entries := consumer.read_new(block_ms=20):
        consumer.ingest(entries)


def run_until_drained(consumers: list[EventConsumer], producer: threading.Thread, timeout: float) -> None:
    """Consumers in threads until the producer is done and the stream is empty (stored entries leave it)."""
    stop = threading.Event()
    threads = [threading.Thread(target=consumer.run, args=(stop,)) for consumer in consumers]
    for thread in [producer, *threads]:
        thread.start()
    deadline = time.monotonic() + timeout
    try:
        producer.join(timeout)
        client, name = consumers[0].client, consumers[0].stream
        while stream_lag(client, name).length and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        for thread in threads:
            thread.join(30)
    assert not producer.is_alive() and stream_lag(client, name).length == 0, "not drained in time"


@pytest.mark.parametrize("database", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def test_embedded_recorder_stores_each_event_once(
    database: str, request: pytest.FixtureRequest
) -> None:
    url: str = request.getfixturevalue("sqlite_url" if database == "sqlite" else "pg_url")
    settings = Settings(database_url=url)
    recorder = build_recorder(settings)
    assert isinstance(recorder, DatabaseEventRecorder)
    events = make_events(50)
    before = COUNTERS.snapshot()
    await recorder.record(events)
    await recorder.record(events)  # the browser resends a batch whose reply it never saw
    recorder.record_blocking(events[:10])  # and a worker thread repeats a few
    await async_engine(url).dispose()
    after = COUNTERS.snapshot()
    engine = sync_engine(settings.sync_database_url)
    assert counts(engine) == (50, 50, 0)
    assert (after["ingested"] - before["ingested"], after["duplicates"] - before["duplicates"]) == (50, 60)
    with engine.connect() as connection:
        row = connection.execute(select(Event).where(Event.id == str(events[7].id))).one()
    assert (row.kind, row.payload, row.at) == ("paste", {"n": 7}, events[7].at)


async def test_a_server_event_done_twice_is_recorded_once(sqlite_url: str) -> None:
    recorder = build_recorder(Settings(database_url=sqlite_url))
    for _ in range(2):  # the judge task ran twice for the same try
        verdict = server_event(EventKind.VERDICT, "attempt-1", "submission-42/try-1", {"verdict": "accepted"})
        await recorder.record([verdict])
    await recorder.record([server_event(EventKind.VERDICT, "attempt-1", "submission-42/try-2", {})])
    await async_engine(sqlite_url).dispose()
    assert counts(sync_engine(Settings(database_url=sqlite_url).sync_database_url)) == (2, 2, 0)


@pytest.mark.redis
@pytest.mark.postgres
async def test_stream_ingests_each_event_exactly_once(pg_url: str, stream: Stream, redis_url: str) -> None:
    client, name = stream
    recorder = StreamEventRecorder(redis_url, stream=name)
    events = make_events(300)
    await recorder.record(events)
    recorder.record_blocking(events)  # resent: the stream now holds every event twice
    await recorder.aclose()
    assert client.xlen(name) == 6  # a hundred events an entry
    engine = sync_engine(pg_url)
    drain(EventConsumer(client, engine, stream=name, batch_size=2))
    assert counts(engine) == (300, 300, 0)
    lag = stream_lag(client, name)
    assert (lag.length, lag.pending, lag.lag) == (0, 0, 0)


@pytest.mark.redis
def test_stream_lag_counts_undelivered_and_pending(stream: Stream, redis_url: str) -> None:
    client, name = stream
    consumer = EventConsumer(client, sync_engine("sqlite://"), stream=name, batch_size=4)
    consumer.ensure_group()
    recorder = StreamEventRecorder(redis_url, stream=name)
    for event in make_events(10):
        recorder.record_blocking([event])  # ten batches of one: ten entries
    assert len(consumer.read_new(block_ms=20)) == 4  # delivered, not acknowledged
    lag = stream_lag(client, name)
    assert (lag.length, lag.pending, lag.lag, lag.consumers) == (10, 4, 6, 1)


@pytest.mark.redis
async def test_a_full_stream_refuses_new_events_instead_of_dropping_old_ones(
    stream: Stream, redis_url: str
) -> None:
    client, name = stream
    recorder = StreamEventRecorder(redis_url, stream=name, max_backlog=10)
    for event in make_events(10):
        recorder.record_blocking([event])
    with pytest.raises(ServiceUnavailable) as refused:
        await recorder.record(make_events(1))
    await recorder.aclose()
    assert refused.value.status_code == 503 and "send them again" in refused.value.message
    assert client.xlen(name) == 10


@pytest.mark.redis
@pytest.mark.postgres
def test_malformed_entries_are_dead_lettered_without_blocking_the_rest(pg_url: str, stream: Stream) -> None:
    client, name = stream
    good = make_events(2)
    oversized, unknown = make_events(2)
    client.xadd(name, {"e": good[0].model_dump_json()})
    client.xadd(name, {"e": "not json"})
    client.xadd(name, {"e": json.dumps(unknown.model_dump(mode="json") | {"kind": "teleport"})})
    client.xadd(name, {"other": "field"})
    client.xadd(name, {"e": b"\x00\xff binary"})
    client.xadd(name, {"e": json.dumps(oversized.model_dump(mode="json") | {"payload": {"t": "x" * 70_000}})})
    client.xadd(name, {"e": good[1].model_dump_json()})
    engine = sync_engine(pg_url)
    consumer = EventConsumer(client, engine, stream=name)
    consumer.ensure_group()
    entries = consumer.read_new(block_ms=20)
    consumer.ingest(entries)
    assert counts(engine) == (2, 2, 5)
    consumer.ingest(entries)  # delivered again (as after a consumer died before acknowledging)
    assert counts(engine) == (2, 2, 5)
    with engine.connect() as connection:
        letters = connection.execute(select(EventDeadLetter).order_by(EventDeadLetter.id)).all()
    reasons = [letter.reason for letter in letters]
    assert "Invalid JSON" in reasons[0]
    assert reasons[1].startswith("kind:") and "teleport" not in reasons[1]
    assert reasons[2] == "the entry has no 'b' or 'e' field (and nothing else)"
    assert letters[2].raw == "other=field"
    assert "\\x00\\xff" in letters[3].raw
    assert reasons[4].startswith("payload:") and "65,536" in reasons[4]
    assert stream_lag(client, name).length == 0


@pytest.mark.redis
@pytest.mark.postgres
def test_a_bad_event_in_a_batch_is_dead_lettered_alone(pg_url: str, stream: Stream) -> None:
    client, name = stream
    good = [event.model_dump(mode="json") for event in make_events(3)]
    bad = good[1] | {"kind": "teleport"}
    client.xadd(name, {"b": json.dumps([good[0], bad, good[2]])})
    client.xadd(name, {"b": json.dumps({"not": "a list"})})
    client.xadd(name, {"b": "[not json"})
    engine = sync_engine(pg_url)
    consumer = EventConsumer(client, engine, stream=name)
    drain(consumer)
    assert counts(engine) == (2, 2, 3)
    with engine.connect() as connection:
        letters = connection.execute(select(EventDeadLetter).order_by(EventDeadLetter.id)).all()
    assert letters[0].stream_id.endswith("/1") and letters[0].reason.startswith("kind:")
    assert "not a JSON array" in letters[1].reason
    assert "Invalid JSON" in letters[2].reason
    assert stream_lag(client, name).length == 0


@pytest.mark.redis
@pytest.mark.postgres
def test_a_row_the_database_refuses_is_dead_lettered_alone(
    pg_url: str, stream: Stream, redis_url: str
) -> None:
    client, name = stream
    engine = sync_engine(pg_url)
    with engine.begin() as connection:  # a real refusal, by the real database
        connection.execute(
            text("ALTER TABLE events ADD CONSTRAINT poison CHECK (payload::text NOT LIKE '%poison%')")
        )
    events = make_events(10)
    poison = make_events(1)[0].model_copy(update={"payload": {"poison": True}})
    StreamEventRecorder(redis_url, stream=name).record_blocking([*events[:5], poison, *events[5:]])
    drain(EventConsumer(client, engine, stream=name))
    assert counts(engine) == (10, 10, 1)
    with engine.connect() as connection:
        letter = connection.execute(select(EventDeadLetter)).one()
    assert "refused by the database" in letter.reason and str(poison.id) in letter.raw
    assert stream_lag(client, name).length == 0


@pytest.mark.redis
@pytest.mark.postgres
def test_a_consumer_that_dies_before_acknowledging_loses_nothing(
    pg_url: str, stream: Stream, redis_url: str
) -> None:
    client, name = stream
    engine = sync_engine(pg_url)
    StreamEventRecorder(redis_url, stream=name).record_blocking(make_events(500))
    dead = EventConsumer(client, engine, "dead", stream=name)
    dead.ensure_group()
    taken = dead.read_new(block_ms=20)  # read, then "killed": never stored, never acknowledged
    assert len(taken) == 5  # entries of a hundred events
    survivor = EventConsumer(client, engine, "survivor", stream=name)
    assert survivor.read_new(block_ms=20) == []  # nothing new: everything sits with the dead one
    assert survivor.claim_stale(min_idle_ms=0) == 5
    assert counts(engine) == (500, 500, 0)
    dead.ingest(taken)  # the "dead" one was only slow after all: its late copy changes nothing
    assert counts(engine) == (500, 500, 0)
    assert stream_lag(client, name) == StreamLag(length=0, pending=0, lag=0, consumers=2)


@pytest.mark.redis
@pytest.mark.postgres
def test_two_consumers_in_parallel_lose_and_duplicate_nothing(
    pg_url: str, stream: Stream, redis_url: str
) -> None:
    client, name = stream
    engine = sync_engine(pg_url)
    events = make_events(20_000)
    recorder = StreamEventRecorder(redis_url, stream=name)

    def produce() -> None:
        for start in range(0, len(events), 50):
            recorder.record_blocking(events[start : start + 50])
        recorder.record_blocking(events[:2000])  # a burst of retries

    consumers = [CountingConsumer(client, engine, stream=name, batch_size=20) for _ in range(2)]
    run_until_drained(list(consumers), threading.Thread(target=produce), timeout=60)
    assert counts(engine) == (20_000, 20_000, 0)
    # Both took part, and the group handed out each of the 420 entries (400 batches of 50, then the
    # retried 2,000 events in entries of 100) exactly once.
    assert all(consumer.taken for consumer in consumers)
    assert sum(consumer.taken for consumer in consumers) == 420


@pytest.mark.redis
@pytest.mark.postgres
def test_run_consumer_moves_the_service_recorders_events(pg_url: str, redis_url: str, stream: Stream) -> None:
    settings = Settings(database_url=pg_url, redis_url=redis_url)
    chosen = build_recorder(settings)
    assert isinstance(chosen, StreamEventRecorder) and chosen.stream == STREAM
    StreamEventRecorder(redis_url, stream=stream[1]).record_blocking(make_events(25))
    stop = threading.Event()
    consumer = threading.Thread(target=run_consumer, args=(settings, stop), kwargs={"stream": stream[1]})
    consumer.start()
    engine = sync_engine(pg_url)
    deadline = time.monotonic() + 20
    while counts(engine)[0] < 25 and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    consumer.join(10)
    assert not consumer.is_alive() and counts(engine) == (25, 25, 0)
    with pytest.raises(ValueError, match="service mode"):
        run_consumer(Settings(database_url=pg_url), stop)


@pytest.mark.redis
@pytest.mark.postgres
def test_volume_through_the_real_stream_into_postgres(pg_url: str, stream: Stream, redis_url: str) -> None:
    """VOLUME events through Redis into Postgres, with none lost or duplicated."""
    client, name = stream
    engine = sync_engine(pg_url)
    recorder = StreamEventRecorder(redis_url, stream=name, max_backlog=None)

    def produce() -> None:
        for _ in range(0, VOLUME, 1000):
            recorder.record_blocking(make_events(1000))

    consumers = [EventConsumer(client, engine, stream=name) for _ in range(2)]
    started = time.monotonic()
    run_until_drained(consumers, threading.Thread(target=produce), timeout=max(90, VOLUME / 2000))
    elapsed = time.monotonic() - started
    assert counts(engine) == (VOLUME, VOLUME, 0)
    print(f"{VOLUME:,} events in {elapsed:.1f}s: {VOLUME / elapsed:,.0f} events/s")


# The HTTP endpoint, in the real application.
EVENTS_PATH = "/api/v1/attempts/{attempt_id}/events"


def events_app(settings: Settings) -> FastAPI:
    app = create_app(settings)

    async def session() -> AsyncIterator[AsyncSession]:
        async with async_sessions(settings.database_url)() as opened:
            yield opened

    app.dependency_overrides[session_scope] = session
    return app


async def new_attempt(database_url: str, finished_ago: dt.timedelta | None = None) -> str:
    now = utcnow()
    async with async_sessions(database_url)() as session:
        attempt = Attempt(
            id=secrets.token_urlsafe(24),
            round_slug="sample",
            round_version="v1",
            candidate_name="Ada",
            plan={},
            started_at=now - dt.timedelta(minutes=60),
            deadline=now + dt.timedelta(minutes=60),
            finished_at=None if finished_ago is None else now - finished_ago,
        )
        session.add(attempt)
        await session.commit()
        return attempt.id


def browser_event(kind: str = "paste", **fields: object) -> dict[str, object]:
    return {
        "id": str(uuid.uuid4()),
        "kind": kind,
        "at": utcnow().isoformat(),
        "payload": {"length": 12},
    } | fields


@pytest.fixture
async def api(sqlite_url: str) -> AsyncIterator[tuple[httpx.AsyncClient, str]]:
    app = events_app(Settings(database_url=sqlite_url))
    attempt_id = await new_attempt(sqlite_url)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        yield client, EVENTS_PATH.format(attempt_id=attempt_id)
    await async_engine(sqlite_url).dispose()


async def test_api_keeps_a_batch_once_however_often_it_is_sent(
    api: tuple[httpx.AsyncClient, str], sqlite_url: str
) -> None:
    client, path = api
    batch = {
        "events": [browser_event(kind) for kind in ("paste", "page_hidden", "page_shown", "draft_autosaved")]
    }
    for _ in range(2):
        response = await client.post(path, json=batch)
        assert response.status_code == 200
        assert response.json() == {"accepted": 4, "refused": 0, "errors": []}
    assert counts(sync_engine(Settings(database_url=sqlite_url).sync_database_url)) == (4, 4, 0)


async def test_api_refuses_each_bad_event_alone_with_its_reason(
    api: tuple[httpx.AsyncClient, str], sqlite_url: str
) -> None:
    client, path = api
    events = [
        browser_event(payload={"text": "x" * 70_000}),
        browser_event("teleport"),
        browser_event("verdict"),
        browser_event(id="not-a-uuid"),
        browser_event(at="2026-01-01T10:00:00"),
        browser_event(attempt_id="someone-else"),
        "not an object",
        browser_event(at=(utcnow() + dt.timedelta(hours=2)).isoformat()),
        browser_event(at=(utcnow() - dt.timedelta(hours=2)).isoformat()),
        browser_event("focus_lost"),
    ]
    response = await client.post(path, json={"events": events})
    assert response.status_code == 200
    body = response.json()
    assert (body["accepted"], body["refused"]) == (1, 9)
    reasons = {error["index"]: error["reason"] for error in body["errors"]}
    assert reasons[0].startswith("payload: the payload is") and "at most 65,536" in reasons[0]
    assert reasons[1].startswith("kind: unknown event kind 'teleport'; a browser may send:")
    assert reasons[2].startswith("kind: 'verdict' events are recorded by the server")
    assert reasons[3].startswith("id:") and reasons[4].startswith("at:") and "timezone" in reasons[4]
    assert reasons[5] == "attempt_id: Extra inputs are not permitted"
    assert "valid dictionary" in reasons[6] and "later than the time the batch was sent" in reasons[7]
    assert reasons[8] == "'at' is before the attempt started (is `sent_at` missing or wrong?)"
    assert body["errors"][1]["id"] == events[1]["id"]  # type: ignore[index]
    assert counts(sync_engine(Settings(database_url=sqlite_url).sync_database_url)) == (1, 1, 0)


async def test_api_corrects_the_browsers_clock(api: tuple[httpx.AsyncClient, str], sqlite_url: str) -> None:
    client, path = api
    slow_clock = utcnow() - dt.timedelta(hours=3)  # a laptop three hours behind
    event = browser_event(at=(slow_clock - dt.timedelta(seconds=30)).isoformat())
    response = await client.post(path, json={"sent_at": slow_clock.isoformat(), "events": [event]})
    assert response.json()["accepted"] == 1
    with sync_engine(Settings(database_url=sqlite_url).sync_database_url).connect() as connection:
        at = connection.scalar(select(Event.at))
    assert at is not None and abs((utcnow() - dt.timedelta(seconds=30) - at).total_seconds()) < 5


async def test_api_keeps_late_arrivals_from_before_the_end_only(sqlite_url: str) -> None:
    """A page that was offline sends its buffer after the round ended: what happened before the end is
    kept, anything claimed to happen well after it is not."""
    app = events_app(Settings(database_url=sqlite_url))
    path = EVENTS_PATH.format(attempt_id=await new_attempt(sqlite_url, finished_ago=dt.timedelta(minutes=20)))
    during = browser_event(at=(utcnow() - dt.timedelta(minutes=25)).isoformat())
    after = browser_event(at=utcnow().isoformat())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        response = await client.post(path, json={"sent_at": utcnow().isoformat(), "events": [during, after]})
    await async_engine(sqlite_url).dispose()
    body = response.json()
    assert body["accepted"] == 1 and body["errors"] == [
        {"index": 1, "id": after["id"], "reason": "'at' is after the attempt ended"}
    ]


async def test_api_refuses_unknown_attempts_and_malformed_batches(api: tuple[httpx.AsyncClient, str]) -> None:
    client, path = api
    unknown = await client.post(EVENTS_PATH.format(attempt_id="no-such-attempt"), json={"events": []})
    assert unknown.status_code == 404 and unknown.json() == {
        "detail": "No such attempt. Check the link you were given."
    }
    too_many = await client.post(path, json={"events": [browser_event() for _ in range(501)]})
    assert too_many.status_code == 422 and "at most 500" in too_many.json()["detail"]
    garbage = await client.post(path, content=b"{not json", headers={"content-type": "application/json"})
    assert garbage.status_code == 422 and garbage.json()["detail"].startswith(
        "The batch is malformed: Invalid JSON"
    )
    huge = await client.post(path, json={"events": [browser_event(payload={"t": "x" * 60_000})] * 40})
    assert huge.status_code == 413 and "over 2 MB" in huge.json()["detail"]


@pytest.mark.redis
@pytest.mark.postgres
async def test_api_in_service_mode_goes_through_the_stream(
    pg_url: str, redis_url: str, stream: Stream
) -> None:
    client, name = stream
    app = events_app(Settings(database_url=pg_url, redis_url=redis_url))
    app.state.event_recorder = recorder = StreamEventRecorder(redis_url, stream=name)
    path = EVENTS_PATH.format(attempt_id=await new_attempt(pg_url))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        response = await http.post(path, json={"events": [browser_event(), browser_event("teleport")]})
    await recorder.aclose()
    await async_engine(pg_url).dispose()
    assert response.json()["accepted"] == 1 and client.xlen(name) == 1
    # A backlog at its cap: new events are refused, never old ones dropped, and the page is told.
    app.state.event_recorder = full = StreamEventRecorder(redis_url, stream=name, max_backlog=1)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        refused = await http.post(path, json={"events": [browser_event()]})
    await full.aclose()
    await async_engine(pg_url).dispose()
    assert refused.status_code == 503 and "send them again" in refused.json()["detail"]
    engine = sync_engine(pg_url)
    drain(EventConsumer(client, engine, stream=name))
    assert counts(engine) == (1, 1, 0)
