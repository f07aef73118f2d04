"""Sequential rounds: one section open at a time, in order; a section closes when it is left or its own
time runs out, after which nothing in it changes; flags for review are kept per question."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from mockround.core.db import async_sessions, sync_sessions, utcnow
from mockround.core.errors import RoundClosed
from mockround.core.settings import Settings
from mockround.problems.catalog import sync_catalog
from mockround.problems.loader import load_catalog
from mockround.rounds.drafts import save_draft
from mockround.rounds.models import Attempt
from mockround.rounds.sections import clock, leave_section
from mockround.rounds.service import flag_answer, get_attempt, save_answer, start_attempt
from mockround.rounds.views import attempt_view
from mockround.submissions.closer import close_due
from mockround.submissions.models import Purpose, Submission
from mockround.submissions.service import create_submission
from tests.conftest import CORE_ITEMS, RecordingQueue, sample_problems

QUESTION = "python-basics/mutable-default"
PROBLEM = "pair-count"
CODE = "print(0)\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return sample_problems(tmp_path, CORE_ITEMS)


async def started(database_url: str, folder: Path, slug: str = "sample-timed") -> str:
    async with async_sessions(database_url)() as session:
        await sync_catalog(session, load_catalog(folder))
        attempt = await start_attempt(session, slug, "Ada")
        await session.commit()
        return attempt.id


async def move_back(database_url: str, attempt_id: str, minutes: float) -> None:
    """Make the attempt `minutes` older: its start, its deadline and its open section's start move back
    together, as if that much time had passed on the server's clock."""
    async with async_sessions(database_url)() as session:
        attempt = await session.get(Attempt, attempt_id)
        assert attempt is not None
        shift = dt.timedelta(minutes=minutes)
        attempt.started_at -= shift
        attempt.deadline -= shift
        if attempt.section_started_at:
            attempt.section_started_at -= shift
        if attempt.ends_at:
            attempt.ends_at -= shift
        await session.commit()


async def test_sections_open_one_at_a_time_and_a_left_one_stays_closed(
    database_url: str, folder: Path
) -> None:
    attempt_id = await started(database_url, folder)
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        await save_answer(session, attempt, QUESTION, [0])
        with pytest.raises(RoundClosed, match="has not started yet"):
            await save_draft(session, attempt, PROBLEM, "python3", CODE, utcnow(), None)
        with pytest.raises(RoundClosed, match="has not started yet"):
            await create_submission(session, attempt, PROBLEM, "python3", CODE, Purpose.RUN)
        view = await attempt_view(session, attempt)
        assert [section.state for section in view.sections] == ["open", "upcoming"]
        assert [section.title for section in view.open_sections] == ["Multiple choice"]
        await session.commit()

        assert await leave_section(session, attempt, 0) is not None
        await session.commit()
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        with pytest.raises(RoundClosed, match="section is closed"):
            await save_answer(session, attempt, QUESTION, [1])
        with pytest.raises(RoundClosed, match="section is closed"):
            await flag_answer(session, attempt, QUESTION, True)
        # A second click on "leave" names the section already left: refused, nothing skipped.
        with pytest.raises(RoundClosed, match="not the open one"):
            await leave_section(session, attempt, 0)
        await save_draft(session, attempt, PROBLEM, "python3", CODE, utcnow(), None)
        view = await attempt_view(session, attempt)
        assert [section.state for section in view.sections] == ["closed", "open"]
        # The answer given before leaving is kept as it was.
        assert view.sections[0].questions[0].chosen == [0]
        assert attempt.is_open(utcnow())
        # Leaving the last section finishes the round.
        assert await leave_section(session, attempt, 1) is None
        assert not attempt.is_open(utcnow())
        await session.commit()


async def test_a_section_closes_by_itself_when_its_time_runs_out(database_url: str, folder: Path) -> None:
    attempt_id = await started(database_url, folder)
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        await save_answer(session, attempt, QUESTION, [2])
        await session.commit()
    await move_back(database_url, attempt_id, 6)  # the first section has 5 minutes
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        current = clock(attempt, utcnow())
        assert current is not None and current.index == 1
        # The next section opened when the first one closed, not when someone looked.
        assert current.started_at == attempt.started_at + dt.timedelta(minutes=5)
        assert current.deadline == current.started_at + dt.timedelta(minutes=20)
        with pytest.raises(RoundClosed, match="section is closed"):
            await save_answer(session, attempt, QUESTION, [0])
        await save_draft(session, attempt, PROBLEM, "python3", CODE, utcnow(), None)
        await session.commit()
    # 26 minutes in: the last section's own 20 minutes are over before the round's 30: the round ends.
    await move_back(database_url, attempt_id, 20)
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        assert not attempt.is_open(utcnow())
        assert attempt.finished_at == attempt.started_at + dt.timedelta(minutes=25)
        with pytest.raises(RoundClosed):
            await save_draft(session, attempt, PROBLEM, "python3", "print(1)\n", utcnow(), None)
        view = await attempt_view(session, attempt)
        assert view.sections[0].questions[0].chosen == [2]
        await session.commit()  # The round's end, found by the settle above, is kept.
    # The server then judges the last autosave, as it does at a round's deadline.
    queue = RecordingQueue()
    sessions = sync_sessions(Settings(database_url=database_url).sync_database_url)
    assert close_due(sessions, queue) == [attempt_id]  # type: ignore[arg-type]
    with sessions() as session:
        made = session.scalars(select(Submission).where(Submission.attempt_id == attempt_id)).one()
        assert (made.source, made.purpose) == (CODE, Purpose.SUBMIT)


async def test_the_last_sections_end_closes_the_round_though_no_browser_comes_back(
    database_url: str, folder: Path
) -> None:
    attempt_id = await started(database_url, folder)
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        # Nothing more done: the round ends when the coding section's 20 minutes do, 5 + 20 minutes in.
        assert attempt.ends_at == attempt.started_at + dt.timedelta(minutes=25)
        # Left at once, the first section gives the coding section's 20 minutes an earlier start.
        await leave_section(session, attempt, 0)
        assert attempt.section_started_at is not None
        assert attempt.ends_at == attempt.section_started_at + dt.timedelta(minutes=20)
        await save_draft(session, attempt, PROBLEM, "python3", CODE, utcnow(), None)
        await session.commit()
    queue = RecordingQueue()
    sessions = sync_sessions(Settings(database_url=database_url).sync_database_url)
    assert close_due(sessions, queue) == []  # type: ignore[arg-type]
    # 21 minutes on, nobody has loaded the attempt: the section is over, the round's 30 minutes are not.
    await move_back(database_url, attempt_id, 21)
    assert close_due(sessions, queue) == [attempt_id]  # type: ignore[arg-type]
    with sessions() as session:
        attempt = session.get_one(Attempt, attempt_id)
        assert attempt.section_started_at is not None and attempt.deadline > utcnow()
        assert attempt.finished_at == attempt.section_started_at + dt.timedelta(minutes=20)
        made = session.scalars(select(Submission).where(Submission.attempt_id == attempt_id)).one()
        assert (made.source, made.purpose) == (CODE, Purpose.SUBMIT)
    assert queue.sent == [made.id]


async def test_extra_time_stretches_each_section_in_proportion(database_url: str, folder: Path) -> None:
    attempt_id = await started(database_url, folder)
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        attempt.deadline = attempt.started_at + dt.timedelta(minutes=45)  # 15 extra minutes on 30
        start = attempt.started_at
        first = clock(attempt, start + dt.timedelta(minutes=7))
        later = clock(attempt, start + dt.timedelta(minutes=8))
        assert first is not None and first.index == 0
        assert first.deadline == start + dt.timedelta(minutes=7.5)
        assert later is not None and later.index == 1
        assert later.deadline == start + dt.timedelta(minutes=7.5 + 30)


async def test_flags_are_kept_before_and_after_answering(database_url: str, folder: Path) -> None:
    attempt_id = await started(database_url, folder, "sample")
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        await flag_answer(session, attempt, QUESTION, True)
        view = await attempt_view(session, attempt)
        question = view.sections[0].questions[0]
        assert question.flagged and not question.answered
        assert view.sections[0].flagged == [question]
        await save_answer(session, attempt, QUESTION, [1])
        await session.commit()
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        question = (await attempt_view(session, attempt)).sections[0].questions[0]
        assert question.flagged and question.chosen == [1]
        await flag_answer(session, attempt, QUESTION, False)
        question = (await attempt_view(session, attempt)).sections[0].questions[0]
        assert not question.flagged and question.chosen == [1]
        # A free round has no open section: every section can be worked on until the deadline.
        assert clock(attempt, utcnow()) is None
        await save_draft(session, attempt, PROBLEM, "python3", CODE, utcnow(), None)
