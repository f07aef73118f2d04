"""The judge task: claim a submission under a lease, judge it in the sandbox, write its result once.

The database is the truth and the queue a hint: a message may come twice, late, or never (the sweeper
re-sends it). A claim is a conditional UPDATE, so only one worker judges a submission at a time; the
result is written only by the claim that still holds, so one result is written per submission.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import secrets
from collections.abc import Callable

from sqlalchemy import ColumnElement, update
from sqlalchemy.orm import Session, sessionmaker

from mockround.core.db import utcnow
from mockround.events.models import EventKind
from mockround.events.server import note_blocking
from mockround.grading.job import JudgeJob, JudgeResult, ProblemKind, TestCase
from mockround.grading.judge import build_request, judge
from mockround.grading.languages import get_language
from mockround.grading.sandbox import Sandbox, SandboxError, SandboxUnavailable
from mockround.grading.sql import SqlEngine, SqliteEngine, sql_budget_seconds
from mockround.grading.verdicts import Verdict
from mockround.problems.catalog import pinned_problem_sync
from mockround.submissions.models import Purpose, Status, Submission, claimable

log = logging.getLogger(__name__)

# Claims a submission may get before it ends as a visible internal error: a sandbox that stays down, or
# a submission whose worker keeps dying, must not loop for ever.
MAX_TRIES = 5
# How long a claim outlives the sandbox's own budget for the job before another worker may take over.
LEASE_MARGIN = dt.timedelta(seconds=30)


@dataclasses.dataclass(frozen=True)
class Claim:
    token: str
    job: JudgeJob
    attempt_id: str


class Judging:
    """Everything the judge task needs: database sessions, a sandbox, and who to tell about verdicts."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        sandbox: Sandbox,
        notify: Callable[[str, int], None] | None = None,
        lease_margin: dt.timedelta = LEASE_MARGIN,
        sql: SqlEngine | None = None,
    ) -> None:
        self.lease_margin = lease_margin
        self.sessions = sessions
        self.sandbox = sandbox
        # SQL problems' queries run here, never in the sandbox.
        self.sql = sql or SqliteEngine()
        self.notify = notify or (lambda _attempt, _submission: None)

    def __call__(self, submission_id: int) -> None:
        claim = self._claim(submission_id)
        if claim is None:
            return  # Judged already, or held by another worker's live claim: nothing to do.
        self.notify(claim.attempt_id, submission_id)
        try:
            result = judge(claim.job, self.sandbox, self.sql)
        except SandboxUnavailable:
            if self._give_back(submission_id, claim):
                raise  # dramatiq retries with backoff; the sweeper re-sends if the message is lost.
            self.notify(claim.attempt_id, submission_id)
            return
        except SandboxError as exc:
            log.exception("sandbox failed on submission %s", submission_id)
            result = JudgeResult(verdict=Verdict.INTERNAL_ERROR, score=0.0, message=str(exc)[:2000])
        if self._record(submission_id, claim, result):
            self.notify(claim.attempt_id, submission_id)

    def _claim(self, submission_id: int) -> Claim | None:
        now = utcnow()
        with self.sessions.begin() as session:
            submission = session.get(Submission, submission_id)
            if submission is None or Status(submission.status).is_final:
                return None
            if (
                submission.status == Status.RUNNING
                and submission.lease_until
                and submission.lease_until > now
            ):
                return None
            if submission.tries >= MAX_TRIES:
                _fail(
                    session,
                    submission_id,
                    submission.attempt_id,
                    "Judging kept failing, so this submission was not judged.",
                )
                return None
            problem = pinned_problem_sync(session, submission.item_key, submission.problem_version)
            tests = problem.tests if submission.purpose == Purpose.SUBMIT else problem.samples()
            if submission.purpose == Purpose.RUN and submission.custom_input is not None:
                tests = [*tests, TestCase.of_custom_input(submission.custom_input)]
            job = problem.job(submission.source, submission.language, tests)
            budget = (
                sql_budget_seconds(job)
                if job.kind is ProblemKind.SQL
                else build_request(job, get_language(job.language)).budget_seconds()
            )
            token = secrets.token_hex(8)
            claimed = session.execute(
                update(Submission)
                .where(Submission.id == submission_id, claimable(now))
                .values(
                    status=Status.RUNNING,
                    claim=token,
                    lease_until=now + dt.timedelta(seconds=budget) + self.lease_margin,
                    started_at=now,
                    tries=Submission.tries + 1,
                )
                .returning(Submission.id)
            ).scalar()
            if claimed is None:
                return None  # Another worker claimed it between our read and our update.
            return Claim(token=token, job=job, attempt_id=submission.attempt_id)

    def _give_back(self, submission_id: int, claim: Claim) -> bool:
        """Return a submission to the queue after an infrastructure fault; False once it had enough tries.

        Conditional UPDATEs, like the claim and the result: no read-modify-write of an ORM object, whose
        flush would need every table of the metadata (the worker never imports `attempts`, so it failed
        with NoReferencedTableError and left the submission running until its lease ran out).
        """
        held = _held(submission_id, claim)
        with self.sessions.begin() as session:
            returned = session.execute(
                update(Submission)
                .where(held, Submission.tries < MAX_TRIES)
                .values(status=Status.QUEUED, claim=None, lease_until=None, enqueued_at=utcnow())
                .returning(Submission.id)
            ).scalar()
            if returned is not None:
                return True
            _fail(
                session,
                submission_id,
                claim.attempt_id,
                "The sandbox stayed unavailable, so this submission was not judged.",
                where=held,
            )
            return False

    def _record(self, submission_id: int, claim: Claim, result: JudgeResult) -> bool:
        with self.sessions.begin() as session:
            # Only the claim that still holds may write: one result per submission.
            written = _write_result(
                session, submission_id, claim.attempt_id, result, _held(submission_id, claim)
            )
        if not written:
            log.warning("submission %s: result dropped, the claim was taken over", submission_id)
        return written


def _held(submission_id: int, claim: Claim) -> ColumnElement[bool]:
    """The submission, still running under this claim: what a worker may change after judging."""
    return (
        (Submission.id == submission_id)
        & (Submission.status == Status.RUNNING)
        & (Submission.claim == claim.token)
    )


def _write_result(
    session: Session, submission_id: int, attempt_id: str, result: JudgeResult, where: ColumnElement[bool]
) -> bool:
    """Write the one result, and its verdict's event, if the submission still matches `where`."""
    status = Status.INTERNAL_ERROR if result.verdict is Verdict.INTERNAL_ERROR else Status.JUDGED
    written = session.execute(
        update(Submission)
        .where(where)
        .values(
            status=status,
            verdict=result.verdict.value,
            score=result.score,
            result=result.model_dump(mode="json"),
            judged_at=utcnow(),
            lease_until=None,
        )
        .returning(Submission.id)
    ).scalar()
    if written is None:
        return False
    _note_verdict(session, submission_id, attempt_id, result.verdict, result.score)
    return True


def _fail(
    session: Session,
    submission_id: int,
    attempt_id: str,
    message: str,
    where: ColumnElement[bool] | None = None,
) -> None:
    """End a submission as a visible internal error; `where` narrows it (to a claim that still holds)."""
    result = JudgeResult(verdict=Verdict.INTERNAL_ERROR, score=0.0, message=message)
    if where is None:
        where = Submission.id == submission_id
    _write_result(session, submission_id, attempt_id, result, where)


def _note_verdict(
    session: Session, submission_id: int, attempt_id: str, verdict: Verdict, score: float
) -> None:
    """The verdict's event, in the transaction that writes the one result: recorded once, like it."""
    note_blocking(
        session,
        EventKind.VERDICT,
        attempt_id,
        str(submission_id),
        {"submission": submission_id, "verdict": verdict.value, "score": score},
    )
