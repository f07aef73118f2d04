"""Run and Submit are rate-limited per attempt, with the time to wait, as a fragment or a 429 JSON."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockround.core.db import async_sessions
from mockround.core.errors import TooManyRequests
from mockround.core.settings import get_settings
from mockround.problems.catalog import sync_catalog
from mockround.problems.loader import load_catalog
from mockround.rounds.service import start_attempt
from mockround.submissions.models import Purpose
from mockround.submissions.service import create_submission
from tests.conftest import running_server, sample_problems

CODE = "print(0)\n"


async def test_submit_and_run_are_limited_per_attempt_per_minute(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    monkeypatch.setenv("MOCKROUND_SUBMITS_PER_MINUTE", "3")
    monkeypatch.setenv("MOCKROUND_RUNS_PER_MINUTE", "4")
    get_settings.cache_clear()
    request.addfinalizer(get_settings.cache_clear)
    async with async_sessions(database_url)() as session:
        await sync_catalog(session, load_catalog(sample_problems(tmp_path)))
        attempt = await start_attempt(session, "sample", "Ada")
        other = await start_attempt(session, "sample", "Bo")
        for _ in range(3):
            await create_submission(session, attempt, "pair-count", "python3", CODE, Purpose.SUBMIT)
        with pytest.raises(TooManyRequests, match=r"You can submit again in \d+ s") as refused:
            await create_submission(session, attempt, "pair-count", "python3", CODE, Purpose.SUBMIT)
        assert 1 <= refused.value.retry_after <= 60
        assert refused.value.status_code == 429
        # Runs have their own budget, and so does every other attempt.
        for _ in range(4):
            await create_submission(session, attempt, "pair-count", "python3", CODE, Purpose.RUN)
        with pytest.raises(TooManyRequests, match=r"You can run the samples again in \d+ s"):
            await create_submission(session, attempt, "pair-count", "python3", CODE, Purpose.RUN)
        await create_submission(session, other, "pair-count", "python3", CODE, Purpose.SUBMIT)


def test_the_api_says_when_to_retry_and_the_page_shows_it_in_place(tmp_path: Path) -> None:
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'app.db'}"
    limits = {"MOCKROUND_SUBMITS_PER_MINUTE": "1"}
    with running_server("embedded", database_url, tmp_path, limits) as server, server.client() as client:
        started = client.post("/api/v1/attempts", json={"round": "sample"})
        assert started.status_code == 201, started.text
        attempt = started.json()["id"]
        body = {"problem": "pair-count", "language": "python3", "source": CODE}
        assert client.post(f"/api/v1/attempts/{attempt}/submissions", json=body).status_code == 202
        refused = client.post(f"/api/v1/attempts/{attempt}/submissions", json=body)
        assert refused.status_code == 429
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        assert "You can submit again in" in refused.json()["detail"]

        page = client.post(
            f"/attempts/{attempt}/problems/pair-count/submissions",
            data={"language": "python3", "source": CODE, "purpose": "submit"},
            headers={"HX-Request": "true"},
        )
        assert page.status_code == 429
        assert "You can submit again in" in page.text
        assert "<html" not in page.text  # a fragment for the verdict area, not an error page
