"""What an attempt is given and how its answers score: draws from pools, shuffles, several right answers,
partial and negative credit, written answers, and the round's result policy; in SQLite and Postgres."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from mockround.core.db import async_sessions
from mockround.core.errors import InvalidInput
from mockround.problems.catalog import as_round, current_version, sync_catalog
from mockround.problems.loader import load_catalog
from mockround.rounds.plan import make_plan
from mockround.rounds.schemas import ResultOut
from mockround.rounds.service import finish_attempt, get_attempt, save_answer, start_attempt
from mockround.rounds.views import attempt_view
from tests.conftest import SAMPLE_ITEMS, sample_problems

BANK = {
    "title": "Formats",
    "questions": [
        {
            "id": "pick-two",
            "prompt": "Which are hashable? (choose all that apply)",
            "multiple": True,
            "options": [
                {"text": "tuple of ints", "correct": True, "credit": 0.5},
                {"text": "frozenset", "correct": True, "credit": 0.5},
                {"text": "list", "credit": -0.5},
                {"text": "dict"},
            ],
            "explanation": "Immutable built-ins hash.",
            "tags": ["python"],
        },
        {
            "kind": "free_text",
            "id": "design",
            "prompt": "Design a cache for quiz data.",
            "rubric": [{"point": "Cache-aside with TTLs", "weight": 2}, {"point": "Invalidation on edit"}],
            "explanation": "A model answer.",
            "max_words": 20,
            "tags": ["system-design"],
        },
    ],
}


def round_file(results: str) -> dict[str, Any]:
    return {
        "title": "Drawn",
        "duration_minutes": 30,
        "results": results,
        "sections": [
            {
                "title": "Questions",
                "kind": "multiple_choice",
                "items": ["formats/pick-two"],
                "draw": [{"count": 2, "tags": ["python"], "banks": ["python-basics"]}],
                "shuffle": True,
                "shuffle_options": True,
            },
            {"title": "Design", "kind": "free_text", "items": ["formats/design"], "points_per_item": 5},
        ],
    }


@pytest.fixture
def problems(tmp_path: Path) -> Path:
    root = sample_problems(tmp_path)
    (root / "banks/formats.yaml").write_text(yaml.safe_dump(BANK))
    for policy in ("sections", "score", "nothing"):
        (root / f"rounds/drawn-{policy}.yaml").write_text(yaml.safe_dump(round_file(policy)))
    assert load_catalog(root).errors == []
    return root


async def synced(database_url: str, root: Path) -> None:
    async with async_sessions(database_url)() as session:
        await sync_catalog(session, load_catalog(root))
        await session.commit()


async def start(database_url: str, slug: str = "drawn-sections") -> str:
    async with async_sessions(database_url)() as session:
        attempt = await start_attempt(session, slug, "Ada")
        await session.commit()
        return attempt.id


def keys(plan: dict[str, Any]) -> list[str]:
    return [item["key"] for section in plan["sections"] for item in section["items"]]


async def test_draws_are_random_never_repeat_and_stay_fixed_for_the_attempt(
    database_url: str, problems: Path
) -> None:
    await synced(database_url, problems)
    plans = []
    for _ in range(8):
        attempt_id = await start(database_url)
        async with async_sessions(database_url)() as session:
            plan = (await get_attempt(session, attempt_id)).plan
            again = await attempt_view(session, await get_attempt(session, attempt_id))
        drawn = keys(plan)
        assert len(drawn) == len(set(drawn)) == 4
        assert "formats/pick-two" in drawn and "formats/design" in drawn
        assert all(key.startswith("python-basics/") for key in drawn if not key.startswith("formats/"))
        # The page shows the attempt's own order, every time it is loaded.
        assert [q.key for s in again.sections for q in s.questions] == drawn
        plans.append(plan)
    assert len({tuple(keys(plan)) for plan in plans}) > 1  # 3 x 2 x (3! orders): all 8 alike is ~1e-13
    orders = {
        tuple(item["order"])
        for plan in plans
        for item in plan["sections"][0]["items"]
        if item["key"].startswith("formats/")
    }
    assert len(orders) > 1


async def test_answers_score_by_the_banks_options_whatever_order_they_are_shown_in(
    database_url: str, problems: Path
) -> None:
    await synced(database_url, problems)
    attempt_id = await start(database_url)
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        single = next(key for key in keys(attempt.plan) if key.startswith("python-basics/"))
        with pytest.raises(InvalidInput, match="single answer"):
            await save_answer(session, attempt, single, [0, 1])
        with pytest.raises(InvalidInput, match="Choose from the 4 options"):
            await save_answer(session, attempt, "formats/pick-two", [4])
        await save_answer(session, attempt, "formats/pick-two", [0, 2])  # half right, one penalty
        view = await attempt_view(session, attempt)
        [pick] = [q for s in view.sections for q in s.questions if q.key == "formats/pick-two"]
        assert sorted(option.index for option in pick.options) == [0, 1, 2, 3]
        assert [option.index for option in pick.options] == next(
            item["order"]
            for item in attempt.plan["sections"][0]["items"]
            if item["key"] == "formats/pick-two"
        )
        assert (pick.fraction, pick.earned, pick.outcome) == (0.0, 0.0, "Incorrect")
        await save_answer(session, attempt, "formats/pick-two", [2])
        view = await attempt_view(session, attempt)
        assert view.sections[0].earned == 0.0  # a penalty lowers a section's score, never below zero
        await save_answer(session, attempt, "formats/pick-two", [1, 0])
        await session.commit()
        view = await attempt_view(session, attempt)
        [pick] = [q for s in view.sections for q in s.questions if q.key == "formats/pick-two"]
        assert (pick.earned, pick.outcome, pick.chosen) == (1.0, "Correct", [0, 1])


async def test_a_written_answer_is_saved_limited_and_awaits_review(database_url: str, problems: Path) -> None:
    await synced(database_url, problems)
    attempt_id = await start(database_url)
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        with pytest.raises(InvalidInput, match="has 21 words; this question allows 20"):
            await save_answer(session, attempt, "formats/design", [], " ".join(["word"] * 21))
        await save_answer(session, attempt, "formats/design", [], "Cache-aside in Redis,\r\nwith TTLs.")
        await finish_attempt(session, attempt)
        await session.commit()
        view = await attempt_view(session, attempt)
        [design] = view.sections[1].questions
        assert design.text == "Cache-aside in Redis,\nwith TTLs."
        assert (design.outcome, design.earned, design.awaiting_review) == ("Awaiting review", 0.0, True)
        assert ResultOut.of(view).awaiting_review


@pytest.mark.parametrize(
    ("policy", "score", "sections"), [("sections", True, 2), ("score", True, 0), ("nothing", False, 0)]
)
async def test_the_result_policy_decides_what_the_candidate_sees(
    database_url: str, problems: Path, policy: str, score: bool, sections: int
) -> None:
    await synced(database_url, problems)
    attempt_id = await start(database_url, f"drawn-{policy}")
    async with async_sessions(database_url)() as session:
        attempt = await finish_attempt(session, await get_attempt(session, attempt_id))
        await session.commit()
        result = ResultOut.of(await attempt_view(session, attempt))
    assert (result.score is not None, len(result.sections)) == (score, sections)


async def test_a_server_never_draws_an_sql_problem_it_cannot_run(database_url: str, tmp_path: Path) -> None:
    root = sample_problems(tmp_path, (*SAMPLE_ITEMS, "coding/sql-response-p95", "coding/sql-top-scorers"))
    (root / "rounds/sql-draw.yaml").write_text(
        yaml.safe_dump(
            {
                "title": "SQL draw",
                "duration_minutes": 20,
                "sections": [{"title": "Query", "kind": "coding", "draw": [{"count": 1, "kinds": ["sql"]}]}],
            }
        )
    )
    await synced(database_url, root)
    async with async_sessions(database_url)() as session:
        spec = as_round((await current_version(session, "round", "sql-draw")).data)
        sqlite_only = {keys(await make_plan(session, spec))[0] for _ in range(12)}
        both = {
            keys(await make_plan(session, spec, sql_engines=frozenset({"sqlite", "postgres"})))[0]
            for _ in range(24)
        }
    assert sqlite_only == {"sql-top-scorers"}  # the percentile problem needs PostgreSQL
    assert both == {"sql-top-scorers", "sql-response-p95"}
