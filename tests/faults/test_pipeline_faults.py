"""The judging pipeline under faults: a worker killed mid-job, Redis emptied, Postgres stopped, the Docker
engine restarted, two workers on one queue. Each holds a burst of 100+ submissions of known verdicts in
flight and checks that every one ends with exactly one result, the right one, in the database and
through the API."""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import itertools
import signal
import time
from dataclasses import dataclass

import httpx
import pytest

from mockround.submissions.judging import MAX_TRIES
from tests.conftest import REPO
from tests.faults.conftest import DockerEngine, Pipeline, Postgres, Redis, Row, wait_until

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.docker]

SOLUTIONS = REPO / "problems/coding/pair-count/solutions"
ACCEPTED = (SOLUTIONS / "accepted/counting.py").read_text()
WRONG = (SOLUTIONS / "wrong_answer/distinct-values.py").read_text()
TOO_SLOW = (SOLUTIONS / "time_limit_exceeded/all-pairs.py").read_text()
SYNTAX_ERROR = "def broken(:\n    return 1\n"
EXITS_WITH_1 = "raise SystemExit(1)\n"

BURST = 100


@dataclass(frozen=True)
class Kind:
    source: str
    purpose: str
    verdict: str


# Mostly fast verdicts; the slow ones are added separately, a few per burst.
FAST_KINDS = [
    Kind(ACCEPTED, "submit", "accepted"),
    Kind(WRONG, "submit", "wrong_answer"),
    Kind(SYNTAX_ERROR, "submit", "compilation_error"),
    Kind(EXITS_WITH_1, "submit", "runtime_error"),
    Kind(ACCEPTED, "run", "accepted"),
    Kind(WRONG, "run", "wrong_answer"),
    Kind(EXITS_WITH_1, "run", "runtime_error"),
]
SLOW = Kind(TOO_SLOW, "submit", "time_limit_exceeded")


@dataclass(frozen=True)
class Sent:
    attempt: str
    id: int
    verdict: str


def start_attempt(client: httpx.Client) -> str:
    response = client.post("/api/v1/attempts", json={"round": "sample", "candidate_name": "Fault Test"})
    assert response.status_code == 201, response.text
    attempt: str = response.json()["id"]
    return attempt


def post_submission(client: httpx.Client, attempt: str, kind: Kind, n: int) -> httpx.Response:
    # A comment makes each source distinct, which helps when reading a worker's log.
    return client.post(
        f"/api/v1/attempts/{attempt}/submissions",
        json={
            "problem": "pair-count",
            "language": "python3",
            "source": f"# fault test {n}\n{kind.source}",
            "purpose": kind.purpose,
        },
    )


def send(client: httpx.Client, attempt: str, kind: Kind, n: int) -> Sent:
    response = post_submission(client, attempt, kind, n)
    assert response.status_code == 202, response.text
    return Sent(attempt, response.json()["id"], kind.verdict)


def burst(client: httpx.Client, count: int = BURST, slow: int = 2) -> list[Sent]:
    """`count` fast submissions of mixed verdicts plus `slow` time limits, over a few attempts."""
    attempts = [start_attempt(client) for _ in range(4)]
    kinds = itertools.cycle(FAST_KINDS)
    sent = [send(client, attempts[n % 4], next(kinds), n) for n in range(count)]
    # The slow ones come last: a few time limits still in flight at the end of the burst.
    return sent + [send(client, attempts[0], SLOW, count + n) for n in range(slow)]


def judged(rows: dict[int, Row], sent: list[Sent]) -> int:
    return sum(1 for s in sent if rows.get(s.id) and rows[s.id].status in ("judged", "internal_error"))


def wait_all_final(pipeline: Pipeline, sent: list[Sent], timeout: float = 120) -> float:
    """Wait until the database holds a final status for every submission; return how long it took."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        rows = pipeline.rows()
        if judged(rows, sent) == len(sent):
            return time.monotonic() - started
        time.sleep(0.5)
    rows = pipeline.rows()
    pending = {s.id: rows[s.id].status for s in sent if rows[s.id].status not in ("judged", "internal_error")}
    raise AssertionError(
        f"{len(pending)} of {len(sent)} submissions not judged within {timeout:.0f} s: {pending}\n"
        + pipeline.worker_log()
    )


def assert_one_right_result(pipeline: Pipeline, sent: list[Sent]) -> dict[int, Row]:
    """Every submission has exactly one final result, the expected one, in the database and the API,
    and it stays put: no late second result overwrites it."""
    rows = pipeline.rows()
    assert sorted(rows) == sorted(s.id for s in sent), "a submission was lost or duplicated"
    wrong = {
        s.id: (s.verdict, rows[s.id].status, rows[s.id].verdict)
        for s in sent
        if (rows[s.id].status, rows[s.id].verdict) != ("judged", s.verdict)
    }
    assert not wrong, f"expected (verdict) vs got (status, verdict): {wrong}"
    # Longer than a sweep and a requeue delay: a stray message or a taken-over claim would show here.
    time.sleep(6)
    later = pipeline.rows()
    changed = {i: (rows[i], later[i]) for i in rows if later[i] != rows[i]}
    assert not changed, f"a result was written twice: {changed}"
    with pipeline.client() as client:
        for s in sent:
            body = client.get(f"/api/v1/attempts/{s.attempt}/submissions/{s.id}").json()
            assert (body["status"], body["final"], body["verdict"]) == ("judged", True, s.verdict), body
            assert body["judged_at"] is not None
    return later


def wait_some_judged(pipeline: Pipeline, sent: list[Sent], count: int = 10) -> None:
    """Wait until the burst is well under way: `count` judged, and every thread busy with the rest."""
    wait_until(lambda: judged(pipeline.rows(), sent) >= count, 60, f"{count} submissions were not judged")


def running(pipeline: Pipeline) -> list[int]:
    return [row.id for row in pipeline.rows().values() if row.status == "running"]


def test_two_workers_on_one_queue_judge_each_submission_once(pipeline: Pipeline) -> None:
    with pipeline.client() as client:
        sent = burst(client)
    took = wait_all_final(pipeline, sent)
    rows = assert_one_right_result(pipeline, sent)
    tries = {s.id: rows[s.id].tries for s in sent if rows[s.id].tries != 1}
    assert not tries, f"claimed more than once (id: tries): {tries}"
    print(f"\n{len(sent)} submissions judged by two workers in {took:.1f} s, each claimed once")


def test_worker_killed_mid_job(pipeline: Pipeline) -> None:
    victim = pipeline.workers[0]
    with pipeline.client() as client:
        sent = burst(client)
    # Each worker has two threads, so three submissions running at once means both workers hold one.
    wait_until(lambda: len(running(pipeline)) >= 3, 60, "both workers were not judging")
    held = running(pipeline)
    pipeline.kill(victim)
    pipeline.start_worker()  # a replacement; the survivor, the replacement and their sweepers do the rest
    took = wait_all_final(pipeline, sent)
    rows = assert_one_right_result(pipeline, sent)
    taken_over = {s.id: rows[s.id].tries for s in sent if rows[s.id].tries > 1}
    # The victim's jobs in hand were claimed again once their leases ran out; nothing else was.
    assert taken_over, f"no submission was taken over from the killed worker (running then: {held})"
    assert set(taken_over) <= set(held), (taken_over, held)
    assert all(tries == 2 for tries in taken_over.values()), taken_over
    print(f"\nSIGKILL: {sorted(taken_over)} taken over; all judged {took:.1f} s after the kill")


def test_redis_restarted_empty_mid_burst(pipeline: Pipeline, redis_service: Redis) -> None:
    with pipeline.client() as client:
        sent = burst(client, count=60, slow=1)
        attempt = sent[0].attempt
        wait_some_judged(pipeline, sent)
        redis_service.stop()
        down_at = time.monotonic()
        during: list[Sent] = []
        try:
            # The submission is saved and answered; its message is sent by a sweeper once Redis is back.
            for n, kind in enumerate(FAST_KINDS * 3):
                posted = time.monotonic()
                response = post_submission(client, attempt, kind, 1000 + n)
                latency = time.monotonic() - posted
                assert response.status_code == 202, (response.status_code, response.text)
                assert latency < 2, f"a submission took {latency:.1f} s to answer while Redis was down"
                during.append(Sent(attempt, response.json()["id"], kind.verdict))
            shown = client.get(f"/api/v1/attempts/{attempt}/submissions/{during[0].id}")
            assert shown.status_code == 200, shown.text
            assert shown.json()["status"] == "queued"
            ready = client.get("/readyz")
            assert ready.status_code == 503, ready.text
            assert ready.json()["failing"] == ["redis"], ready.text
            time.sleep(max(0.0, 3 - (time.monotonic() - down_at)))
        finally:
            redis_service.start()
        print(f"\nRedis down {time.monotonic() - down_at:.1f} s; POST answered 202 in {latency:.2f} s")
        sent += during
        sent += [send(client, attempt, kind, 2000 + n) for n, kind in enumerate(FAST_KINDS * 3)]
    took = wait_all_final(pipeline, sent)
    print(f"all {len(sent)} judged {took:.1f} s after Redis was back")
    assert_one_right_result(pipeline, sent)
    assert "could not enqueue submission" in (pipeline.logs / "serve.log").read_text()
    assert all(worker.poll() is None for worker in pipeline.workers), pipeline.worker_log()


def test_postgres_stopped_for_ten_seconds(pipeline: Pipeline, postgres_service: Postgres) -> None:
    with pipeline.client(timeout=15) as client:
        sent = burst(client)
        attempt = sent[0].attempt
        wait_some_judged(pipeline, sent)
        postgres_service.stop()
        down_at = time.monotonic()
        try:
            shown = client.get(f"/api/v1/attempts/{attempt}")
            assert shown.status_code == 503, shown.text
            assert shown.json()["detail"] == (
                "The database is unavailable right now. Your saved work is safe; retry in a moment."
            )
            ready = client.get("/readyz")
            assert ready.status_code == 503, ready.text
            assert ready.json()["failing"] == ["database"], ready.text
            refused = post_submission(client, attempt, FAST_KINDS[0], 1000)
            assert refused.status_code == 503, refused.text
            time.sleep(max(0.0, 10 - (time.monotonic() - down_at)))
        finally:
            postgres_service.start()
        print(f"\nPostgres down {time.monotonic() - down_at:.1f} s")
        recovered = wait_until(
            lambda: client.get(f"/api/v1/attempts/{attempt}").status_code == 200,
            30,
            "the API did not recover by itself",
        )
        assert client.get("/readyz").status_code == 200
        print(f"API answered 200 again {recovered:.1f} s after Postgres was back")
    took = wait_all_final(pipeline, sent)
    rows = assert_one_right_result(pipeline, sent)
    retried = {i: r.tries for i, r in rows.items() if r.tries > 1}
    print(f"all judged {took:.1f} s after Postgres was back; claimed twice: {retried}")
    assert all(worker.poll() is None for worker in pipeline.workers), pipeline.worker_log()


def test_docker_engine_restarted_mid_burst(pipeline: Pipeline, docker_service: DockerEngine) -> None:
    with pipeline.client() as client:
        sent = burst(client)
    wait_some_judged(pipeline, sent)
    try:
        stopping = docker_service.stop()
    finally:
        starting = docker_service.start()
    back = dt.datetime.now(dt.UTC)
    print(f"\ndockerd took {stopping:.1f} s to stop and {starting:.1f} s to answer again")

    stuck: list[int] = []

    def handed_back() -> bool:
        # A job the fault cut short goes back to the queue at once; none waits for its lease to run out.
        rows = pipeline.rows().values()
        stuck[:] = [r.id for r in rows if r.status == "running" and r.started_at and r.started_at < back]
        return not stuck

    with contextlib.suppress(AssertionError):
        wait_until(handed_back, 20, "")
    assert not stuck, f"hit by the engine restart and still running 20 s later: {stuck}"
    took = wait_all_final(pipeline, sent)
    rows = assert_one_right_result(pipeline, sent)
    tries = collections.Counter(r.tries for r in rows.values())
    print(f"all judged {took:.1f} s after the engine was back; claims per submission: {dict(tries)}")
    assert all(r.tries < MAX_TRIES for r in rows.values())


def test_worker_stopped_with_sigterm_finishes_the_jobs_in_hand(pipeline: Pipeline) -> None:
    leaving = pipeline.workers[0]
    with pipeline.client() as client:
        sent = burst(client)
    wait_until(lambda: len(running(pipeline)) >= 3, 60, "both workers were not judging")
    leaving.send_signal(signal.SIGTERM)
    code = leaving.wait(timeout=90)
    assert code == 0, pipeline.worker_log()
    took = wait_all_final(pipeline, sent)
    rows = assert_one_right_result(pipeline, sent)
    # What it held when told to stop, it finished itself: nothing was left for a lease to run out on.
    taken_over = {s.id: rows[s.id].tries for s in sent if rows[s.id].tries > 1}
    assert not taken_over, f"claimed again after a graceful stop: {taken_over}"
    print(f"\nSIGTERM: the worker left with code 0; the rest judged {took:.1f} s later, none claimed twice")
