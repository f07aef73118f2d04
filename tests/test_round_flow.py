"""A whole round through the JSON API, in both modes, against a real server and real judging."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests.conftest import REPO, Server

ACCEPTED = (REPO / "problems/coding/pair-count/solutions/accepted/counting.py").read_text()
WRONG = (REPO / "problems/coding/pair-count/solutions/wrong_answer/distinct-values.py").read_text()
INFINITE_LOOP = "while True:\n    pass\n"
SYNTAX_ERROR = "def broken(:\n    return 1\n"


def start(client: httpx.Client) -> dict[str, Any]:
    response = client.post("/api/v1/attempts", json={"round": "sample", "candidate_name": "Test Candidate"})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def submit(client: httpx.Client, attempt: str, source: str, purpose: str = "submit") -> dict[str, Any]:
    response = client.post(
        f"/api/v1/attempts/{attempt}/submissions",
        json={"problem": "pair-count", "language": "python3", "source": source, "purpose": purpose},
    )
    assert response.status_code == 202, response.text
    body: dict[str, Any] = response.json()
    return body


def wait_final(client: httpx.Client, attempt: str, submission: int, timeout: float = 90) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body: dict[str, Any] = client.get(f"/api/v1/attempts/{attempt}/submissions/{submission}").json()
        if body["final"]:
            return body
        time.sleep(0.3)
    raise AssertionError(f"submission {submission} was not judged within {timeout} s")


def test_round_from_start_to_score(server: Server) -> None:
    with server.client() as client:
        rounds = client.get("/api/v1/rounds").json()
        assert {"sample", "backend-warmup"} <= {r["slug"] for r in rounds}
        attempt = start(client)
        deadline = dt.datetime.fromisoformat(attempt["deadline"])
        started = dt.datetime.fromisoformat(attempt["started_at"])
        assert deadline - started == dt.timedelta(minutes=30)

        questions = [item["key"] for item in attempt["sections"][0]["items"]]
        # The keyed answers are options 1, 0 and 1: one right answer, two wrong ones.
        for key, choice in zip(questions, [1, 1, 0], strict=True):
            saved = client.put(f"/api/v1/attempts/{attempt['id']}/answers/{key}", json={"choice": choice})
            assert saved.status_code == 200, saved.text

        verdicts = {}
        for name, source in {
            "accepted": ACCEPTED,
            "wrong": WRONG,
            "loop": INFINITE_LOOP,
            "syntax": SYNTAX_ERROR,
        }.items():
            verdicts[name] = submit(client, attempt["id"], source)["id"]
        results = {name: wait_final(client, attempt["id"], sid) for name, sid in verdicts.items()}

        assert results["accepted"]["verdict"] == "accepted"
        assert results["accepted"]["score"] == 1.0
        assert results["wrong"]["verdict"] == "wrong_answer"
        assert results["loop"]["verdict"] == "time_limit_exceeded"
        assert results["syntax"]["verdict"] == "compilation_error"
        assert "SyntaxError" in results["syntax"]["message"]
        # Hidden tests never show their output.
        assert all(test["output"] is None for test in results["wrong"]["tests"] if not test["sample"])

        assert client.get(f"/api/v1/attempts/{attempt['id']}/result").status_code == 409
        result = client.post(f"/api/v1/attempts/{attempt['id']}/finish").json()
        assert result["finished"] is True
        # One right question and the accepted code.
        assert result["score"] == 1 + 3
        assert result["max_score"] == 6


def test_run_judges_samples_only(server: Server) -> None:
    with server.client() as client:
        attempt = start(client)
        run = wait_final(client, attempt["id"], submit(client, attempt["id"], WRONG, purpose="run")["id"])
        assert {test["name"] for test in run["tests"]} == {"sample-1", "sample-2"}
        assert run["verdict"] == "wrong_answer"
        sample_two = next(test for test in run["tests"] if test["name"] == "sample-2")
        assert sample_two["output"] == "0\n"


def test_after_the_deadline_answers_and_submissions_are_refused(server: Server, tmp_path: Path) -> None:
    with server.client() as client:
        attempt = start(client)
        key = attempt["sections"][0]["items"][0]["key"]
        assert (
            client.put(f"/api/v1/attempts/{attempt['id']}/answers/{key}", json={"choice": 1}).status_code
            == 200
        )
        saved = wait_final(client, attempt["id"], submit(client, attempt["id"], ACCEPTED)["id"])
        assert saved["verdict"] == "accepted"

        # Let the clock run out: move the deadline into the past, as time itself would.
        engine = create_engine(server.database_url.replace("+aiosqlite", ""))
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE attempts SET deadline = :past WHERE id = :id"),
                {"past": dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1), "id": attempt["id"]},
            )
        engine.dispose()

        late_answer = client.put(f"/api/v1/attempts/{attempt['id']}/answers/{key}", json={"choice": 0})
        assert late_answer.status_code == 409
        assert "ended" in late_answer.json()["detail"]
        assert "kept" in late_answer.json()["detail"]
        late_code = client.post(
            f"/api/v1/attempts/{attempt['id']}/submissions",
            json={"problem": "pair-count", "language": "python3", "source": WRONG},
        )
        assert late_code.status_code == 409

        result = client.get(f"/api/v1/attempts/{attempt['id']}/result").json()
        assert result["finished"] is True
        # What was saved before the deadline counts: the right answer and the accepted code.
        assert result["score"] == 1 + 3


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        ({"problem": "no-such-problem", "language": "python3", "source": "print(1)"}, 404),
        ({"problem": "pair-count", "language": "cobol", "source": "print(1)"}, 422),
        ({"problem": "pair-count", "language": "python3", "source": "   "}, 422),
        ({"problem": "pair-count", "language": "python3", "source": "x" * 100_000}, 422),
    ],
)
def test_bad_submissions_get_clear_errors(server: Server, payload: dict[str, str], status: int) -> None:
    with server.client() as client:
        attempt = start(client)
        response = client.post(f"/api/v1/attempts/{attempt['id']}/submissions", json=payload)
        assert response.status_code == status
        assert response.json()["detail"]
