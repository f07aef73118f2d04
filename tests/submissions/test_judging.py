"""The judge task: one result per submission, whatever the deliveries; enqueue only after commit."""

from __future__ import annotations

from sqlalchemy import select

from mockround.core.db import async_sessions, sync_sessions
from mockround.core.queue import PENDING_KEY, commit_and_enqueue
from mockround.core.settings import Settings
from mockround.grading.local import LocalSandbox
from mockround.problems.catalog import sync_catalog
from mockround.problems.loader import load_catalog
from mockround.rounds.service import start_attempt
from mockround.submissions.judging import Judging
from mockround.submissions.models import Purpose, Status, Submission
from mockround.submissions.service import create_submission
from tests.conftest import REPO, RecordingQueue, core_problems

ACCEPTED = (REPO / "problems/coding/pair-count/solutions/accepted/counting.py").read_text()


async def new_submission(database_url: str, queue: RecordingQueue) -> int:
    async with async_sessions(database_url)() as session:
        await sync_catalog(session, load_catalog(core_problems()))
        attempt = await start_attempt(session, "sample", "Ada")
        submission = await create_submission(
            session, attempt, "pair-count", "python3", ACCEPTED, Purpose.SUBMIT
        )
        await commit_and_enqueue(session, queue)  # type: ignore[arg-type]
        return submission.id


async def test_message_is_sent_only_after_commit(database_url: str) -> None:
    queue = RecordingQueue()
    submission_id = await new_submission(database_url, queue)
    assert queue.sent == [submission_id]

    async with async_sessions(database_url)() as session:
        attempt = await start_attempt(session, "sample", "Bo")
        await create_submission(session, attempt, "pair-count", "python3", ACCEPTED, Purpose.SUBMIT)
        assert session.info[PENDING_KEY]
        await session.rollback()
    # Nothing was committed, so nothing may be sent.
    assert queue.sent == [submission_id]


async def test_duplicate_delivery_writes_one_result(database_url: str) -> None:
    queue = RecordingQueue()
    submission_id = await new_submission(database_url, queue)
    sync_url = Settings(database_url=database_url).sync_database_url
    judging = Judging(sync_sessions(sync_url), LocalSandbox())
    judging(submission_id)
    with sync_sessions(sync_url)() as session:
        first = session.get_one(Submission, submission_id)
        assert first.status == Status.JUDGED
        assert first.verdict == "accepted"
        judged_at = first.judged_at
    judging(submission_id)  # a second delivery of the same message
    with sync_sessions(sync_url)() as session:
        again = session.scalars(select(Submission).where(Submission.id == submission_id)).one()
        assert again.judged_at == judged_at
        assert again.tries == 1
