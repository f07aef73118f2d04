"""Changing a problem after an attempt leaves that attempt as it was; new attempts get the new version."""

from __future__ import annotations

from pathlib import Path

from mockround.core.db import async_sessions, sync_sessions
from mockround.core.queue import commit_and_enqueue
from mockround.core.settings import Settings
from mockround.grading.local import LocalSandbox
from mockround.problems.catalog import sync_catalog
from mockround.problems.loader import load_catalog
from mockround.rounds.service import get_attempt, start_attempt
from mockround.rounds.views import attempt_view
from mockround.submissions.judging import Judging
from mockround.submissions.models import Purpose
from mockround.submissions.rejudge import rejudge
from mockround.submissions.service import create_submission, get_submission
from tests.conftest import REPO, RecordingQueue, sample_problems

ACCEPTED = (REPO / "problems/coding/pair-count/solutions/accepted/counting.py").read_text()


async def sync(database_url: str, root: Path) -> None:
    async with async_sessions(database_url)() as session:
        await sync_catalog(session, load_catalog(root))
        await session.commit()


async def submit(database_url: str, attempt_id: str, judging: Judging) -> int:
    queue = RecordingQueue()
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, attempt_id)
        await create_submission(session, attempt, "pair-count", "python3", ACCEPTED, Purpose.SUBMIT)
        await commit_and_enqueue(session, queue)  # type: ignore[arg-type]
    [submission_id] = queue.sent
    judging(submission_id)
    return submission_id


async def new_attempt(database_url: str, name: str) -> str:
    async with async_sessions(database_url)() as session:
        attempt = await start_attempt(session, "sample", name)
        await session.commit()
        return attempt.id


async def test_a_changed_problem_leaves_earlier_attempts_as_they_were(
    database_url: str, tmp_path: Path
) -> None:
    root = sample_problems(tmp_path)
    judging = Judging(sync_sessions(Settings(database_url=database_url).sync_database_url), LocalSandbox())
    await sync(database_url, root)
    old_attempt = await new_attempt(database_url, "Ada")
    old_submission = await submit(database_url, old_attempt, judging)
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, old_attempt)
        before = await get_submission(session, attempt, old_submission)
        assert (before.verdict, before.score) == ("accepted", 1.0)
        result_before, earned_before = before.result, (await attempt_view(session, attempt)).earned
        [old_version] = {
            i["version"] for s in attempt.plan["sections"] for i in s["items"] if i["kind"] == "problem"
        }
    assert earned_before == 3.0

    # A new version of the problem whose tests the same solution fails: every answer is off by one.
    for answer in (root / "coding/pair-count/tests/hidden").glob("*.ans"):
        answer.write_text(f"{int(answer.read_text()) + 1}\n")
    (root / "coding/pair-count/tests/hidden/99.in").write_text("2 2\n1 1\n")
    (root / "coding/pair-count/tests/hidden/99.ans").write_text("1\n")
    await sync(database_url, root)

    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, old_attempt)
        again = await get_submission(session, attempt, old_submission)
        assert (again.verdict, again.score, again.result) == ("accepted", 1.0, result_before)
        assert again.problem_version == old_version
        assert (await attempt_view(session, attempt)).earned == earned_before
    # A submission made now in the earlier attempt is still judged against the version it pinned.
    late = await submit(database_url, old_attempt, judging)

    fresh_attempt = await new_attempt(database_url, "Bo")
    fresh = await submit(database_url, fresh_attempt, judging)
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, old_attempt)
        assert (await get_submission(session, attempt, late)).verdict == "accepted"
        attempt = await get_attempt(session, fresh_attempt)
        fresh_result = await get_submission(session, attempt, fresh)
        assert fresh_result.problem_version != old_version
        assert fresh_result.verdict == "wrong_answer"
        assert len((fresh_result.result or {})["tests"]) == len((result_before or {})["tests"]) + 1
        assert (await attempt_view(session, attempt)).earned < earned_before

    # Only an explicit re-judge moves the earlier attempt to the new version; its old results are kept.
    queue = RecordingQueue()
    async with async_sessions(database_url)() as session:
        done = await rejudge(session, "pair-count", [old_attempt])
        await commit_and_enqueue(session, queue)  # type: ignore[arg-type]
    assert done.attempts == [old_attempt]
    assert sorted(queue.sent) == sorted(done.submissions) and len(done.submissions) == 2
    for submission_id in queue.sent:
        judging(submission_id)
    async with async_sessions(database_url)() as session:
        attempt = await get_attempt(session, old_attempt)
        copies = [await get_submission(session, attempt, copy) for copy in done.submissions]
        assert {copy.rejudge_of for copy in copies} == {old_submission, late}
        assert {(copy.verdict, copy.problem_version) for copy in copies} == {("wrong_answer", done.version)}
        kept = await get_submission(session, attempt, old_submission)
        assert (kept.verdict, kept.problem_version) == ("accepted", old_version)
        assert (await attempt_view(session, attempt)).earned < earned_before
        # Nothing is left to move: a second re-judge does nothing.
        assert (await rejudge(session, "pair-count", [old_attempt])).submissions == []
