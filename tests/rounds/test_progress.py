"""The practice progress page: accuracy by topic over a candidate's finished attempts, weakest first, with
the practice rounds that train each weak topic; in SQLite and Postgres."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from mockround.core.db import async_sessions, session_scope, utcnow
from mockround.core.deps import CANDIDATE_COOKIE
from mockround.core.settings import Settings
from mockround.problems.catalog import sync_catalog
from mockround.problems.loader import load_catalog
from mockround.rounds.progress import Progress, progress_of
from mockround.rounds.service import finish_attempt, save_answer, start_attempt
from mockround.submissions.models import Purpose, Status, Submission
from mockround.web.app import create_app
from tests.conftest import REPO, sample_problems

KEY = "candidate-key-0123456789"
OTHER = "someone-else-0123456789"


def question(qid: str, tags: list[str], wrong_credit: float | None = None) -> dict[str, Any]:
    wrong: dict[str, Any] = {"text": "No"}
    right: dict[str, Any] = {"text": "Yes", "correct": True}
    if wrong_credit is not None:
        wrong["credit"], right["credit"] = wrong_credit, 1.0
    return {
        "id": qid,
        "prompt": f"Is {qid} right?",
        "options": [right, wrong],
        "explanation": "Yes.",
        "tags": tags,
    }


BANK = {
    "title": "Topics",
    "questions": [
        question("sql-a", ["sql"]),
        # A wrong answer costs half a point: on the progress page it counts as 0, not below.
        question("sql-b", ["sql", "joins"], wrong_credit=-0.5),
        question("redis-a", ["redis", "caching"]),
    ],
}
RIGHT, WRONG = [0], [1]
# The right answer to the sample bank's question in the mixed round.
MUTABLE_DEFAULT = [
    next(
        i
        for q in yaml.safe_load((REPO / "problems/banks/python-basics.yaml").read_text())["questions"]
        if q["id"] == "mutable-default"
        for i, option in enumerate(q["options"])
        if option.get("correct")
    )
]


def round_file(title: str, sections: list[dict[str, Any]], practice: bool = True) -> dict[str, Any]:
    return {"title": title, "duration_minutes": 30, "practice": practice, "sections": sections}


ROUNDS = {
    "mixed": round_file(
        "Mixed",
        [
            {
                "title": "Questions",
                "kind": "multiple_choice",
                "items": ["topics/sql-a", "topics/sql-b", "topics/redis-a", "python-basics/mutable-default"],
            },
            {"title": "Coding", "kind": "coding", "items": ["pair-count"]},
        ],
    ),
    "redis-drill": round_file(
        "Redis drill",
        [
            {
                "title": "Q",
                "kind": "multiple_choice",
                "draw": [{"count": 1, "banks": ["topics"], "tags": ["redis"]}],
            }
        ],
    ),
    "arrays-drill": round_file(
        "Arrays drill", [{"title": "C", "kind": "coding", "draw": [{"count": 1, "tags": ["hash-maps"]}]}]
    ),
    "score-only": {
        **round_file("Score only", [{"title": "Q", "kind": "multiple_choice", "items": ["topics/redis-a"]}]),
        "results": "score",
    },
    "private": round_file(
        "Private", [{"title": "Q", "kind": "multiple_choice", "items": ["topics/redis-a"]}], practice=False
    ),
}


@pytest.fixture
def problems(tmp_path: Path) -> Path:
    root = sample_problems(tmp_path)
    (root / "banks/topics.yaml").write_text(yaml.safe_dump(BANK))
    for slug, data in ROUNDS.items():
        (root / f"rounds/{slug}.yaml").write_text(yaml.safe_dump(data))
    assert load_catalog(root).errors == []
    return root


async def take(
    database_url: str,
    key: str,
    answers: dict[str, list[int]],
    scores: Sequence[tuple[Purpose, Status, float]] = (),
    end: str = "finish",
    round_slug: str = "mixed",
    invite: str | None = None,
) -> str:
    """A 'mixed' attempt by `key` with these answers and submissions, then finished, timed out or open."""
    async with async_sessions(database_url)() as session:
        attempt = await start_attempt(session, round_slug, "Ada")
        attempt.candidate_key, attempt.invite_token = key, invite
        for item_key, choice in answers.items():
            await save_answer(session, attempt, item_key, choice)
        version = next(
            (
                item["version"]
                for s in attempt.plan["sections"]
                for item in s["items"]
                if item["key"] == "pair-count"
            ),
            "",
        )
        for purpose, status, score in scores:
            session.add(
                Submission(
                    attempt_id=attempt.id,
                    item_key="pair-count",
                    problem_version=version,
                    language="python",
                    source="print(0)",
                    purpose=purpose,
                    status=status,
                    score=score,
                )
            )
        if end == "finish":
            await finish_attempt(session, attempt)
        elif end == "timeout":
            attempt.deadline = utcnow() - dt.timedelta(seconds=1)
        await session.commit()
        return attempt.id


async def progress(database_url: str, key: str = KEY) -> Progress:
    async with async_sessions(database_url)() as session:
        return await progress_of(session, key)


async def setup(database_url: str, root: Path) -> None:
    async with async_sessions(database_url)() as session:
        await sync_catalog(session, load_catalog(root))
        await session.commit()
    await take(
        database_url,
        KEY,
        {"topics/sql-a": RIGHT, "topics/sql-b": WRONG, "topics/redis-a": RIGHT},
        [
            (Purpose.SUBMIT, Status.JUDGED, 0.5),
            (Purpose.SUBMIT, Status.JUDGED, 0.25),
            (Purpose.RUN, Status.JUDGED, 1.0),  # a Run is not a submission that counts
            (Purpose.SUBMIT, Status.QUEUED, 0.0),
        ],
    )
    await take(
        database_url,
        KEY,
        {
            "topics/sql-a": RIGHT,
            "topics/sql-b": RIGHT,
            "topics/redis-a": WRONG,
            "python-basics/mutable-default": MUTABLE_DEFAULT,
        },
        end="timeout",
    )
    # Neither an attempt still open, nor someone else's, nor one from an invite, nor one at a round that
    # shows only a score counts.
    await take(database_url, KEY, {"topics/sql-a": WRONG}, invite="an-invite-token")
    await take(database_url, KEY, {"topics/redis-a": WRONG}, round_slug="score-only")
    await take(database_url, KEY, {"topics/sql-a": WRONG, "topics/sql-b": WRONG}, end="open")
    await take(database_url, OTHER, {"topics/redis-a": WRONG, "topics/sql-a": WRONG})


async def test_accuracy_by_topic_weakest_first_with_the_rounds_that_train_it(
    database_url: str, problems: Path
) -> None:
    await setup(database_url, problems)
    result = await progress(database_url)
    assert result.attempts == 2
    table = [(t.topic, t.seen, t.percent) for t in result.topics]
    # redis: 1 of 2; arrays (pair-count's first tag): best submitted score 0.5 of one problem;
    # sql: 3 of 4 (the wrong answer's penalty counts as 0); python: the one question answered.
    assert table[:3] == [("redis", 2, 50), ("arrays", 1, 50), ("sql", 4, 75)]
    assert table[3] == ("python", 1, 100)
    assert [t.topic for t in result.topics if t.weak] == ["redis", "arrays"]

    rounds = {t.topic: [r.title for r in t.rounds] for t in result.topics}
    # Fixed items, a draw from a bank filtered by tag, a coding draw by tag; never a round that is not
    # for practice.
    assert rounds["redis"] == ["Mixed", "Redis drill", "Score only"]
    assert rounds["arrays"] == ["Arrays drill", "Mixed", "Sample round"]
    assert rounds["sql"] == ["Mixed"]


async def test_no_finished_attempt_means_an_empty_state(database_url: str, problems: Path) -> None:
    async with async_sessions(database_url)() as session:
        await sync_catalog(session, load_catalog(problems))
        await session.commit()
    await take(database_url, KEY, {"topics/sql-a": RIGHT}, end="open")
    assert (await progress(database_url)).topics == []


async def test_the_page_shows_the_chart_for_this_browsers_candidate_only(
    database_url: str, problems: Path, tmp_path: Path
) -> None:
    await setup(database_url, problems)
    app = create_app(Settings(database_url=database_url))

    async def session_for_test() -> AsyncIterator[object]:
        async with async_sessions(database_url)() as session:
            yield session

    app.dependency_overrides[session_scope] = session_for_test
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        client.cookies.set(CANDIDATE_COOKIE, KEY)
        page = (await client.get("/progress")).text
        client.cookies.set(CANDIDATE_COOKIE, "a-new-browser-0123456789")
        empty = (await client.get("/progress")).text
    assert page.index('data-testid="topic-redis"') < page.index('data-testid="topic-arrays"')
    assert page.index('data-testid="topic-arrays"') < page.index('data-testid="topic-sql"')
    assert 'aria-label="redis: 50% accuracy"' in page
    assert 'href="/rounds/redis-drill"' in page and 'href="/rounds/private"' not in page
    assert "Take a practice round" in empty and "progress-chart" not in empty
