"""An SQL problem in a round, in both modes: the page shows the schema and the engine that really runs the
query (SQLite in embedded mode, PostgreSQL in service mode), and submissions get their verdicts."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import MODES, REPO, Server, running_server
from tests.test_round_flow import wait_final

LATEST = "sql-latest-submission"
P95 = "sql-response-p95"
ROUND = """title: SQL screen
duration_minutes: 30
sections:
  - title: SQL
    kind: coding
    items: [sql-latest-submission, sql-response-p95]
"""


@pytest.fixture(params=MODES)
def sql_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    root = tmp_path / "problems"
    for slug in (LATEST, P95):
        shutil.copytree(REPO / "problems" / "coding" / slug, root / "coding" / slug)
    (root / "rounds").mkdir()
    (root / "rounds" / "sql-screen.yaml").write_text(ROUND)
    if request.param == "service":
        database_url = request.getfixturevalue("postgres_url")
        request.getfixturevalue("redis_url")
        request.getfixturevalue("docker_image")
    else:
        database_url = f"sqlite+aiosqlite:///{tmp_path / 'mockround.db'}"
    with running_server(
        request.param, database_url, tmp_path, {"MOCKROUND_PROBLEMS_DIR": str(root)}
    ) as server:
        yield server


def solution(slug: str, verdict: str) -> str:
    folder = REPO / "problems" / "coding" / slug / "solutions" / verdict
    return next(path for path in sorted(folder.glob("*.sql"))).read_text()


def test_sql_problem_in_a_round(sql_server: Server) -> None:
    engine = "PostgreSQL 1" if sql_server.mode == "service" else "SQLite 3."
    with sql_server.client() as client:
        assert f"SQL ({engine}" in client.get("/rounds/sql-screen").text
        attempt = client.post("/api/v1/attempts", json={"round": "sql-screen", "candidate_name": "Q"}).json()
        page = client.get(f"/attempts/{attempt['id']}").text
        # The schema under the statement, and the engine and version that will run the query.
        assert "CREATE TABLE submissions" in page
        # No custom input for SQL: each test's input is the rows the query reads.
        assert 'data-testid="custom-input"' not in page
        assert f"SQL ({engine}" in page
        if sql_server.mode == "embedded":
            assert "SQL (needs postgres: not available on this server)" in page

        def submit(problem: str, source: str, purpose: str = "submit") -> dict[str, object]:
            response = client.post(
                f"/api/v1/attempts/{attempt['id']}/submissions",
                json={"problem": problem, "language": "sql", "source": source, "purpose": purpose},
            )
            assert response.status_code == 202, response.text
            body: dict[str, object] = wait_final(client, attempt["id"], int(response.json()["id"]))
            return body

        accepted = submit(LATEST, solution(LATEST, "accepted"))
        assert accepted["verdict"] == "accepted" and accepted["score"] == 1.0
        refused = submit(LATEST, "DELETE FROM submissions")
        assert refused["verdict"] == "compilation_error"
        assert "Only a query is accepted" in str(refused["message"])

        wrong = submit(LATEST, solution(LATEST, "wrong_answer"), purpose="run")
        assert wrong["verdict"] == "wrong_answer"
        box = client.get(f"/attempts/{attempt['id']}/submissions/{wrong['id']}").text
        # Expected and actual rows as tables, the first differing row marked.
        assert 'class="sql-result"' in box and "first difference at row" in box

        p95 = submit(P95, solution(P95, "accepted"))
        if sql_server.mode == "service":
            assert p95["verdict"] == "accepted"
        else:
            assert p95["status"] == "internal_error"
