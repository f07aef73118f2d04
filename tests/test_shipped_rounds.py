"""Every shipped round taken from start to finish through the API, in both modes: each question answered
with its key, each written question answered, each coding problem solved with its own accepted solution in
the real pipeline; the result must be full marks but for the written answers, which await a reviewer."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import pytest

from mockround.problems.check import language_of
from mockround.problems.loader import Catalog, load_catalog
from mockround.problems.schema import ChoiceQuestion
from tests.conftest import MODES, REPO, Server, flushed_redis, fresh_database, running_server
from tests.test_round_flow import wait_final

ROUNDS = ["backend-screen", "algorithms-sprint", "quick-check", "full-mock", "sql-round"]


@functools.cache
def shipped() -> Catalog:
    return load_catalog(REPO / "problems")


def answer_for(key: str) -> dict[str, Any]:
    bank_slug, _, question_id = key.partition("/")
    question = shipped().banks[bank_slug].question(question_id)
    if isinstance(question, ChoiceQuestion):
        return {"choice": question.correct_indexes}
    return {"text": "Cache-aside with TTLs; a queue between scoring and analytics; idempotent consumers."}


def accepted_solution(slug: str, mode: str) -> tuple[str, str]:
    """(language, source) of the problem's accepted solution, Python where there is one; for SQL, one
    for the engine this mode runs (`NAME.sqlite.sql` solutions run on SQLite only, `.postgres.sql` on
    PostgreSQL only)."""
    problem = shipped().problems[slug]
    folder = REPO / "problems" / "coding" / slug / "solutions" / "accepted"
    other_engine = ".postgres.sql" if mode == "embedded" else ".sqlite.sql"
    paths = sorted(
        (path for path in folder.iterdir() if not path.name.endswith(other_engine)),
        key=lambda path: (path.suffix != ".py", path.name),
    )
    for path in paths:
        language = language_of(problem, path)
        if language is not None:
            return language, path.read_text(encoding="utf-8")
    raise AssertionError(f"{slug} has no accepted solution in one of its languages")


@pytest.fixture(params=MODES, scope="module")
def full_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server per mode with every shipped problem, bank and round loaded, for all the rounds."""
    mode: str = request.param
    tmp_path = tmp_path_factory.mktemp(f"shipped-{mode}")
    everything = {"MOCKROUND_PROBLEMS_DIR": str(REPO / "problems")}
    if mode == "embedded":
        database_url = f"sqlite+aiosqlite:///{tmp_path / 'mockround.db'}"
        with running_server(mode, database_url, tmp_path, everything) as server:
            yield server
        return
    request.getfixturevalue("docker_image")
    flushed_redis()
    with (
        fresh_database(request.getfixturevalue("postgres_server")) as database_url,
        running_server(mode, database_url, tmp_path, everything) as server,
    ):
        yield server


@pytest.mark.parametrize("round_slug", ROUNDS)
def test_a_shipped_round_can_be_taken_to_full_marks(full_server: Server, round_slug: str) -> None:
    server = full_server
    with server.client() as client:
        response = client.post("/api/v1/attempts", json={"round": round_slug, "candidate_name": "Ada"})
        assert response.status_code == 201, response.text
        attempt = response.json()
        submissions = []
        written = 0
        sequential = attempt["navigation"] == "sequential"
        for index, section in enumerate(attempt["sections"]):
            for item in section["items"]:
                if item["kind"] == "question":
                    body = answer_for(item["key"])
                    written += "text" in body
                    saved = client.put(f"/api/v1/attempts/{attempt['id']}/answers/{item['key']}", json=body)
                    assert saved.status_code == 200, saved.text
                else:
                    language, source = accepted_solution(item["key"], server.mode)
                    sent = client.post(
                        f"/api/v1/attempts/{attempt['id']}/submissions",
                        json={"problem": item["key"], "language": language, "source": source},
                    )
                    assert sent.status_code == 202, sent.text
                    submissions.append((item["key"], sent.json()["id"]))
            if sequential and index < len(attempt["sections"]) - 1:
                moved = client.post(f"/api/v1/attempts/{attempt['id']}/sections/{index}/leave").json()
                assert [s["state"] for s in moved["sections"]][index : index + 2] == ["closed", "open"]
        for slug, submission in submissions:
            judged = wait_final(client, attempt["id"], submission, timeout=180)
            assert judged["verdict"] == "accepted", (slug, judged)
        result = client.post(f"/api/v1/attempts/{attempt['id']}/finish").json()
        assert not result["pending"]
        assert result["awaiting_review"] == (written > 0)
        spec = shipped().rounds[round_slug]
        # Written answers earn their points only when a reviewer grades them.
        ungraded = sum(s.points_per_item * s.size for s in spec.sections if s.kind == "free_text")
        assert result["score"] == pytest.approx(result["max_score"] - ungraded)


def test_the_bank_has_what_the_role_needs() -> None:
    catalog = shipped()
    assert catalog.errors == []
    kinds: dict[str, int] = {}
    for problem in catalog.problems.values():
        kinds[problem.spec.kind] = kinds.get(problem.spec.kind, 0) + 1
    questions = [q for bank in catalog.banks.values() for q in bank.questions]
    choice = [q for q in questions if isinstance(q, ChoiceQuestion)]
    assert kinds.get("sql", 0) >= 8
    assert len(catalog.problems) - kinds.get("sql", 0) >= 42
    assert len(choice) >= 250 and len(questions) - len(choice) >= 8
    assert set(ROUNDS) <= set(catalog.rounds)
