"""Editor drafts: saved while the round is open, refused late or from an overtaken tab, size-capped."""

from __future__ import annotations

import datetime as dt
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import select

from mockround.core.db import async_sessions, sync_sessions, utcnow
from mockround.core.errors import InvalidInput, RoundClosed
from mockround.core.settings import Settings
from mockround.events.models import Event, EventKind
from mockround.problems.catalog import sync_catalog
from mockround.problems.loader import load_catalog
from mockround.rounds.drafts import DraftConflict, drafts_of, save_draft
from mockround.rounds.models import Attempt
from mockround.rounds.service import get_attempt, start_attempt
from mockround.submissions.closer import close_due
from mockround.submissions.models import Purpose, Submission
from mockround.submissions.service import create_submission
from tests.conftest import REPO, RecordingQueue, sample_problems


@pytest.fixture
def db(database_url: str, tmp_path: Path) -> tuple[str, Path]:
    """The test's database and its problems folder."""
    return database_url, problems(tmp_path)


CODE = "print(42)\n"


def problems(tmp_path: Path) -> Path:
    """The sample round, and a round of its own with a problem offered in two languages."""
    root = sample_problems(tmp_path)
    shutil.copytree(REPO / "problems/coding/sliding-window-limiter", root / "coding/sliding-window-limiter")
    (root / "rounds/two-languages.yaml").write_text(
        "title: Two languages\nduration_minutes: 30\nresults: full\nsections:\n"
        "  - title: Coding\n    kind: coding\n    items: [sliding-window-limiter]\n"
    )
    return root


async def new_attempt(db: tuple[str, Path], round_slug: str = "sample") -> str:
    database_url, folder = db
    async with async_sessions(database_url)() as session:
        await sync_catalog(session, load_catalog(folder))
        attempt = await start_attempt(session, round_slug, "Ada")
        await session.commit()
        return attempt.id


async def save(
    database_url: str,
    attempt_id: str,
    source: str,
    edited_at: dt.datetime,
    base: dt.datetime | None,
    language: str = "python3",
    key: str = "pair-count",
) -> dt.datetime:
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        draft = await save_draft(session, attempt, key, language, source, edited_at, base)
        saved_at = draft.saved_at
        await session.commit()
        return saved_at


async def stored(database_url: str, attempt_id: str, key: str = "pair-count") -> dict[str, str]:
    async with async_sessions(database_url)() as session:
        states = await drafts_of(session, await get_attempt(session, attempt_id))
        state = states[key]
        return {"language": state.language, **{k: v.source for k, v in state.drafts.items()}}


async def test_drafts_are_kept_per_language_and_the_last_saved_opens(db: tuple[str, Path]) -> None:
    database_url = db[0]
    attempt_id = await new_attempt(db, "two-languages")
    key = "sliding-window-limiter"
    now = utcnow() - dt.timedelta(seconds=10)
    first = await save(database_url, attempt_id, CODE, now, None, key=key)
    second = await save(
        database_url, attempt_id, "print(43)\n", now + dt.timedelta(seconds=1), first, key=key
    )
    assert second > first
    await save(
        database_url, attempt_id, "console.log(1)\n", now + dt.timedelta(seconds=2), None, "javascript", key
    )
    assert await stored(database_url, attempt_id, key) == {
        "language": "javascript",
        "python3": "print(43)\n",
        "javascript": "console.log(1)\n",
    }


async def test_a_browser_clock_ahead_cannot_date_a_save_in_the_future(db: tuple[str, Path]) -> None:
    database_url = db[0]
    attempt_id = await new_attempt(db)
    saved_at = await save(database_url, attempt_id, CODE, utcnow() + dt.timedelta(hours=3), None)
    assert saved_at <= utcnow()


async def test_a_save_from_an_overtaken_tab_is_refused(db: tuple[str, Path]) -> None:
    database_url = db[0]
    attempt_id = await new_attempt(db)
    now = utcnow() - dt.timedelta(seconds=30)
    loaded = await save(database_url, attempt_id, CODE, now, None)
    # Both tabs loaded that draft; the second one saves first.
    await save(database_url, attempt_id, "second tab\n", now + dt.timedelta(seconds=5), loaded)
    with pytest.raises(DraftConflict, match="open in another tab"):
        await save(database_url, attempt_id, "first tab\n", now + dt.timedelta(seconds=10), loaded)
    # A tab that never loaded a draft cannot replace one either.
    with pytest.raises(DraftConflict):
        await save(database_url, attempt_id, "blank tab\n", now + dt.timedelta(seconds=11), None)
    assert (await stored(database_url, attempt_id))["python3"] == "second tab\n"


async def test_a_reload_that_resends_the_saved_code_is_no_conflict(db: tuple[str, Path]) -> None:
    """The page saves as it is reloaded; the new page loaded before that save landed and sends the same
    code from its local copy on an older base: nothing differs, so nothing is refused or lost."""
    database_url = db[0]
    attempt_id = await new_attempt(db)
    now = utcnow() - dt.timedelta(seconds=30)
    loaded = await save(database_url, attempt_id, CODE, now, None)
    landed = await save(database_url, attempt_id, "typed last\n", now + dt.timedelta(seconds=5), loaded)
    again = await save(database_url, attempt_id, "typed last\n", now + dt.timedelta(seconds=6), loaded)
    assert again == landed
    # The next save continues from there.
    await save(database_url, attempt_id, "and more\n", now + dt.timedelta(seconds=7), again)
    assert (await stored(database_url, attempt_id))["python3"] == "and more\n"


async def test_a_late_save_is_refused_and_the_timely_one_kept(db: tuple[str, Path]) -> None:
    database_url = db[0]
    attempt_id = await new_attempt(db)
    saved_at = await save(database_url, attempt_id, CODE, utcnow(), None)
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        attempt.deadline = utcnow() - dt.timedelta(seconds=1)
        await session.commit()
    with pytest.raises(RoundClosed, match="not saved"):
        await save(database_url, attempt_id, "too late\n", utcnow(), saved_at)
    assert (await stored(database_url, attempt_id))["python3"] == CODE


async def test_drafts_are_size_capped_and_only_in_offered_languages(db: tuple[str, Path]) -> None:
    database_url = db[0]
    attempt_id = await new_attempt(db)
    with pytest.raises(InvalidInput, match="the limit is 64 KB"):
        await save(database_url, attempt_id, "x" * (65 * 1024), utcnow(), None)
    with pytest.raises(InvalidInput, match="not 'cobol'"):
        await save(database_url, attempt_id, CODE, utcnow(), None, "cobol")


async def test_the_closer_judges_the_last_autosave_once(db: tuple[str, Path]) -> None:
    database_url = db[0]
    judged_already = await new_attempt(db)
    autosaved = await new_attempt(db)
    still_open = await new_attempt(db)
    for attempt_id in (judged_already, autosaved, still_open):
        await save(database_url, attempt_id, CODE, utcnow(), None)
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, judged_already)
        await create_submission(session, attempt, "pair-count", "python3", CODE, Purpose.SUBMIT)
        for attempt_id in (judged_already, autosaved):
            (await get_attempt(session, attempt_id)).deadline = utcnow() - dt.timedelta(seconds=1)
        await session.commit()

    queue = RecordingQueue()
    sessions = sync_sessions(Settings(database_url=database_url).sync_database_url)
    # Two closers at once: each attempt is closed by one of them, and nothing is created twice.
    with ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(lambda _: close_due(sessions, queue), range(2)))  # type: ignore[arg-type]
    assert sorted(runs[0] + runs[1]) == sorted([judged_already, autosaved])
    assert close_due(sessions, queue) == []  # type: ignore[arg-type]

    with sessions() as session:
        made = session.scalars(select(Submission).where(Submission.attempt_id == autosaved)).all()
        assert [(s.source, s.purpose, s.status) for s in made] == [(CODE, "submit", "queued")]
        assert queue.sent == [made[0].id]
        assert made[0].created_at == session.get_one(Attempt, autosaved).closed_at
        # The reviewer's timeline shows it was submitted by the server from the autosave.
        submitted = session.scalars(
            select(Event).where(Event.attempt_id == autosaved, Event.kind == EventKind.SUBMITTED)
        ).one()
        assert submitted.payload["submission"] == made[0].id and submitted.payload["from_autosave"]
        # The draft was already submitted as it is: nothing new to judge.
        assert (
            len(session.scalars(select(Submission).where(Submission.attempt_id == judged_already)).all()) == 1
        )
        assert session.get_one(Attempt, still_open).closed_at is None
