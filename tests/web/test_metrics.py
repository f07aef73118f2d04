"""The Prometheus endpoint, computed from the database and the broker."""

from __future__ import annotations

import time

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
        time.sleep(0.1)
        text = client.get("/metrics").text
    assert sample_value(text, 'mockround_verdicts{verdict="accepted"}') == 2
    assert sample_value(text, 'mockround_verdicts{verdict="wrong_answer"}') == 1
    assert sample_value(text, 'mockround_submissions{status="judged"}') == 3
    assert sample_value(text, 'mockround_judge_queue_depth{purpose="submit"}') == 0
    assert sample_value(text, 'mockround_judge_queue_depth{purpose="run"}') == 0
    assert sample_value(text, 'mockround_judge_latency_seconds{quantile="0.95"}') > 0
    assert sample_value(text, "mockround_judge_retries") == 0
