"""Run with custom input: one more test that is run and shown, never compared; refused where it cannot be."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from mockround.core.db import async_sessions
from mockround.core.errors import InvalidInput
from mockround.grading.compare import Comparison
from mockround.grading.job import JudgeJob, ProblemKind, TestCase
from mockround.grading.judge import UnsupportedJob, judge
from mockround.grading.local import LocalSandbox
from mockround.grading.sql import SqliteEngine
from mockround.problems.catalog import sync_catalog
from mockround.problems.loader import load_catalog
from mockround.rounds.service import start_attempt
from mockround.submissions.models import Purpose
from mockround.submissions.service import MAX_CUSTOM_INPUT_BYTES, create_submission
from tests.conftest import REPO, Server
from tests.events.test_timeline import timeline
from tests.test_round_flow import ACCEPTED, WRONG, start, wait_final

CRASHES_ON_BAD_INPUT = ACCEPTED  # int() of a word raises ValueError: a Runtime Error
LIMITER = (REPO / "problems/coding/sliding-window-limiter/solutions/accepted/deque_log.py").read_text()


def run(client: httpx.Client, attempt: str, body: dict[str, Any]) -> httpx.Response:
    return client.post(
        f"/api/v1/attempts/{attempt}/submissions",
        json={"problem": "pair-count", "language": "python3", "purpose": "run", **body},
    )


def judged(client: httpx.Client, attempt: str, body: dict[str, Any]) -> dict[str, Any]:
    response = run(client, attempt, body)
    assert response.status_code == 202, response.text
    return wait_final(client, attempt, response.json()["id"])


def custom_test(result: dict[str, Any]) -> dict[str, Any]:
    [test] = [test for test in result["tests"] if test["custom"]]
    return test


def test_custom_input_is_run_and_shown_never_compared(server: Server) -> None:
    with server.client() as client:
        attempt = start(client)["id"]

        # Four equal values summing in pairs to 4: six pairs. Shown, and not compared with anything.
        ran = judged(client, attempt, {"source": ACCEPTED, "custom_input": "4 4\r\n2 2 2 2\r\n"})
        assert ran["verdict"] == "accepted"
        assert ran["custom_input"] == "4 4\n2 2 2 2\n"  # the browser's CRLF, judged as LF
        assert [test["name"] for test in ran["tests"]] == ["sample-1", "sample-2", "custom"]
        mine = custom_test(ran)
        assert mine["verdict"] == "accepted" and mine["output"] == "6\n"
        assert mine["expected"] is None and mine["first_difference"] is None

        # Wrong code: the samples say Wrong Answer; the custom input only ran.
        wrong = judged(client, attempt, {"source": WRONG, "custom_input": "2 2\n1 1\n"})
        assert wrong["verdict"] == "wrong_answer"
        assert custom_test(wrong)["verdict"] == "accepted"

        # Input the code cannot read: a Runtime Error on its row, with the traceback; the samples passed.
        crashed = judged(client, attempt, {"source": CRASHES_ON_BAD_INPUT, "custom_input": "three 4\n"})
        assert crashed["verdict"] == "accepted"
        assert custom_test(crashed)["verdict"] == "runtime_error"
        assert "ValueError" in custom_test(crashed)["error"]
        box = client.get(f"/attempts/{attempt}/submissions/{crashed['id']}").text
        assert "your input: Runtime Error" in box and "ValueError" in box

        # Too large: refused with the limit, and nothing is created.
        big = "1 " * (MAX_CUSTOM_INPUT_BYTES // 2 + 1)
        refused = run(client, attempt, {"source": ACCEPTED, "custom_input": big})
        assert refused.status_code == 422
        assert "the limit is 64 KB" in refused.json()["detail"]

        # Submit judges the problem's tests only, and keeps no custom input.
        submitted = judged(
            client, attempt, {"source": ACCEPTED, "custom_input": "4 4\n2 2 2 2\n", "purpose": "submit"}
        )
        assert submitted["verdict"] == "accepted" and submitted["custom_input"] is None
        assert not any(test["custom"] for test in submitted["tests"])

        # The page's form sends it as `custom_input`; the verdict box shows the output, labelled Ran.
        form = client.post(
            f"/attempts/{attempt}/problems/pair-count/submissions",
            data={"language": "python3", "source": ACCEPTED, "purpose": "run", "custom_input": "3 2\n1 1 1"},
        )
        assert form.status_code == 200, form.text
        submission = int(form.text.split('id="submission-', 1)[1].split('"', 1)[0])
        wait_final(client, attempt, submission)
        box = client.get(f"/attempts/{attempt}/submissions/{submission}").text
        assert "your input: Ran" in box
        assert 'data-testid="custom-output">3\n</pre>' in box

    # The timeline notes that a Run had input of the candidate's own, by its size only; a Submit has none.
    # (The server's own events are written with the submission: nothing to wait for.)
    events = {
        payload["submission"]: payload
        for kind, payload in timeline(server, attempt)
        if kind in ("code_run", "submitted")
    }
    assert events[ran["id"]]["custom_input_bytes"] == len("4 4\n2 2 2 2\n")
    assert "custom_input_bytes" not in events[submitted["id"]]


def test_custom_input_of_a_function_style_problem(server: Server) -> None:
    with server.client() as client:
        response = client.post("/api/v1/attempts", json={"round": "backend-warmup", "candidate_name": "Fn"})
        attempt = response.json()["id"]
        page = client.get(f"/attempts/{attempt}").text
        # The box shows the format: the first sample's input, the JSON calls the harness makes.
        assert '{"calls": [["RateLimiter", [2, 10]]' in page.replace("&#34;", '"')
        calls = {"calls": [["RateLimiter", [1, 5]], ["allow", ["ada", 0]], ["allow", ["ada", 1]]]}
        body = {"problem": "sliding-window-limiter", "source": LIMITER, "custom_input": json.dumps(calls)}
        ran = judged(client, attempt, body)
        assert ran["verdict"] == "accepted"
        assert json.loads(custom_test(ran)["output"]) == [None, True, False]

        malformed = judged(client, attempt, {**body, "custom_input": "{not json"})
        assert custom_test(malformed)["verdict"] == "runtime_error"
        assert "JSONDecodeError" in custom_test(malformed)["error"]


SQL_ROUND = """title: SQL screen
duration_minutes: 30
sections:
  - title: SQL
    kind: coding
    items: [sql-latest-submission]
"""


async def test_sql_problems_take_no_custom_input(database_url: str, tmp_path: Path) -> None:
    root = tmp_path / "problems"
    shutil.copytree(REPO / "problems/coding/sql-latest-submission", root / "coding/sql-latest-submission")
    (root / "rounds").mkdir()
    (root / "rounds/sql-screen.yaml").write_text(SQL_ROUND)
    async with async_sessions(database_url)() as session:
        await sync_catalog(session, load_catalog(root))
        attempt = await start_attempt(session, "sql-screen", "Ada")
        args = (session, attempt, "sql-latest-submission", "sql", "SELECT 1")
        with pytest.raises(InvalidInput, match="SQL problems take no custom input"):
            await create_submission(*args, Purpose.RUN, "user_id\n1\n")
        # Without it (or with a blank box) a Run is taken as usual.
        assert (await create_submission(*args, Purpose.RUN, " \n")).custom_input is None
        await session.rollback()


def test_custom_tests_are_never_compared_and_never_reach_an_sql_engine() -> None:
    custom = TestCase.of_custom_input("1 1\n5\n")
    # Even a checker comparison is not asked about the custom input: it has no answer to check against.
    job = JudgeJob(
        source="print(input())",
        language="python3",
        tests=[custom],
        comparison=Comparison.CHECKER,
        checker="raise SystemExit(1)",
    )
    result = judge(job, LocalSandbox())
    assert result.verdict == "accepted" and result.tests[0].output == "1 1\n"
    with pytest.raises(UnsupportedJob, match="not on custom input"):
        judge(job.model_copy(update={"kind": ProblemKind.SQL}), LocalSandbox(), SqliteEngine())
