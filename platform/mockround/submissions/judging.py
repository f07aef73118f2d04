"""The judge task: claim a queued submission, judge it in the sandbox, write its result once."""

from __future__ import annotations

import logging

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from mockround.core.db import utcnow
from mockround.grading.job import JudgeJob, JudgeResult
from mockround.grading.judge import judge
from mockround.grading.sandbox import Sandbox, SandboxError, SandboxUnavailable
from mockround.grading.verdicts import Verdict
from mockround.problems.catalog import as_problem, pinned_sync
from mockround.submissions.models import Purpose, Status, Submission

log = logging.getLogger(__name__)

# Claims a submission may get before a sandbox that keeps failing turns it into an internal error.
MAX_TRIES = 5


class Judging:
    """Everything the judge task needs: database sessions and a sandbox."""

    def __init__(self, sessions: sessionmaker[Session], sandbox: Sandbox) -> None:
        self.sessions = sessions
        self.sandbox = sandbox

    def __call__(self, submission_id: int) -> None:
        job = self._claim(submission_id)
        if job is None:
            return  # Already judged, or claimed by another worker: a duplicate delivery does nothing.
        try:
            result = judge(job, self.sandbox)
        except SandboxUnavailable:
            if self._give_back(submission_id):
                raise  # dramatiq retries with backoff.
            return
        except SandboxError as exc:
            log.exception("sandbox failed on submission %s", submission_id)
            result = JudgeResult(verdict=Verdict.INTERNAL_ERROR, score=0.0, message=str(exc)[:2000])
        self._record(submission_id, result)

    def _claim(self, submission_id: int) -> JudgeJob | None:
        with self.sessions.begin() as session:
            claimed = session.execute(
                update(Submission)
                .where(Submission.id == submission_id, Submission.status == Status.QUEUED)
                .values(status=Status.RUNNING, started_at=utcnow(), tries=Submission.tries + 1)
                .returning(Submission.id)
            ).scalar()
            if claimed is None:
                return None
            submission = session.get_one(Submission, submission_id)
            problem = as_problem(
                pinned_sync(session, "problem", submission.item_key, submission.problem_version)
            )
            tests = problem.tests if submission.purpose == Purpose.SUBMIT else problem.samples()
            return problem.job(submission.source, submission.language, tests)

    def _give_back(self, submission_id: int) -> bool:
        """Return a submission to the queue after an infrastructure fault; False once it had enough tries."""
        with self.sessions.begin() as session:
            submission = session.get_one(Submission, submission_id)
            if submission.tries >= MAX_TRIES:
                submission.status = Status.INTERNAL_ERROR
                submission.verdict = Verdict.INTERNAL_ERROR
                submission.score = 0.0
                submission.judged_at = utcnow()
                submission.result = JudgeResult(
                    verdict=Verdict.INTERNAL_ERROR, score=0.0, message="The sandbox stayed unavailable."
                ).model_dump(mode="json")
                return False
            submission.status = Status.QUEUED
            return True

    def _record(self, submission_id: int, result: JudgeResult) -> None:
        status = Status.INTERNAL_ERROR if result.verdict is Verdict.INTERNAL_ERROR else Status.JUDGED
        with self.sessions.begin() as session:
            # Only the claim that is still running may write: one result per submission.
            session.execute(
                update(Submission)
                .where(Submission.id == submission_id, Submission.status == Status.RUNNING)
                .values(
                    status=status,
                    verdict=result.verdict.value,
                    score=result.score,
                    result=result.model_dump(mode="json"),
                    judged_at=utcnow(),
                )
            )
