"""The Prometheus endpoint, computed from the database and the broker."""

from __future__ import annotations

import datetime as dt
import time
import uuid

from tests.conftest import Server
from tests.test_round_flow import ACCEPTED, WRONG, start, submit, wait_final


def sample_value(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"{name} not in the metrics")


def test_metrics_count_verdicts_queues_and_latency(server: Server) -> None:
    with server.client() as client:
        attempt = start(client)
        ids = [submit(client, attempt["id"], source)["id"] for source in (ACCEPTED, WRONG, ACCEPTED)]
        for submission_id in ids:
            wait_final(client, attempt["id"], submission_id)
        now = dt.datetime.now(dt.UTC).isoformat()
        events = [{"id": str(uuid.uuid4()), "kind": "focus_lost", "at": now} for _ in range(3)]
        posted = client.post(
            f"/api/v1/attempts/{attempt['id']}/events", json={"sent_at": now, "events": events}
        )
        assert posted.json()["accepted"] == 3, posted.text
        # In service mode a worker's consumer moves them from the stream to Postgres.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            text = client.get("/metrics").text
            if sample_value(text, "mockround_events_ingested_total") >= 3:
                break
            time.sleep(0.2)
    assert sample_value(text, 'mockround_verdicts{verdict="accepted"}') == 2
    assert sample_value(text, 'mockround_verdicts{verdict="wrong_answer"}') == 1
    assert sample_value(text, 'mockround_submissions{status="judged"}') == 3
    assert sample_value(text, 'mockround_judge_queue_depth{purpose="submit"}') == 0
    assert sample_value(text, 'mockround_judge_queue_depth{purpose="run"}') == 0
    assert sample_value(text, 'mockround_judge_latency_seconds{quantile="0.95"}') > 0
    assert sample_value(text, "mockround_judge_retries") == 0
    assert sample_value(text, "mockround_events_ingested_total") >= 3
    assert sample_value(text, "mockround_event_dead_letters") == 0
    assert sample_value(text, 'mockround_events_backlog{state="pending"}') == 0
