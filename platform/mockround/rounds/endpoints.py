"""The JSON API for rounds, attempts, answers and submissions, under /api/v1."""

from __future__ import annotations

from fastapi import APIRouter, status

from mockround.core.deps import CandidateKey, QueueDep, SessionDep
from mockround.core.errors import RoundStillOpen
from mockround.core.queue import commit_and_enqueue
from mockround.problems import catalog
from mockround.rounds import sections, service
from mockround.rounds.schemas import (
    AnswerIn,
    AnswerOut,
    AttemptIn,
    AttemptOut,
    FlagIn,
    ResultOut,
    RoundOut,
)
from mockround.rounds.views import attempt_view
from mockround.submissions import service as submissions
from mockround.submissions.schemas import SubmissionIn, SubmissionOut

router = APIRouter(prefix="/api/v1", tags=["candidate"])


@router.get("/rounds")
async def list_rounds(session: SessionDep) -> list[RoundOut]:
    return [
        RoundOut(
            slug=row.slug, title=row.title, version=row.version, duration_minutes=row.data["duration_minutes"]
        )
        for row in await catalog.current_rounds(session)
    ]


@router.post("/attempts", status_code=status.HTTP_201_CREATED)
async def start_attempt(body: AttemptIn, session: SessionDep, candidate_key: CandidateKey) -> AttemptOut:
    attempt = await service.start_attempt(
        session, body.round, body.candidate_name, candidate_key=candidate_key
    )
    await session.commit()
    return AttemptOut.of(attempt, await attempt_view(session, attempt))


@router.get("/attempts/{attempt_id}")
async def get_attempt(attempt_id: str, session: SessionDep) -> AttemptOut:
    attempt = await service.get_attempt(session, attempt_id)
    return AttemptOut.of(attempt, await attempt_view(session, attempt))


@router.put("/attempts/{attempt_id}/answers/{key:path}")
async def save_answer(attempt_id: str, key: str, body: AnswerIn, session: SessionDep) -> AnswerOut:
    attempt = await service.get_attempt(session, attempt_id)
    answer = await service.save_answer(session, attempt, key, body.choices, body.text)
    await session.commit()
    return AnswerOut(key=key, choice=list(answer.choice), text=answer.text, saved_at=answer.saved_at)


@router.put("/attempts/{attempt_id}/flags/{key:path}")
async def flag(attempt_id: str, key: str, body: FlagIn, session: SessionDep) -> FlagIn:
    attempt = await service.get_attempt(session, attempt_id)
    answer = await service.flag_answer(session, attempt, key, body.flagged)
    await session.commit()
    return FlagIn(flagged=answer.flagged)


@router.post("/attempts/{attempt_id}/sections/{index}/leave")
async def leave_section(attempt_id: str, index: int, session: SessionDep) -> AttemptOut:
    """Close the open section of a sequential round for good; leaving the last one finishes the round."""
    attempt = await service.get_attempt(session, attempt_id)
    service.ensure_open(attempt)
    await sections.leave_section(session, attempt, index)
    await session.commit()
    return AttemptOut.of(attempt, await attempt_view(session, attempt))


@router.post("/attempts/{attempt_id}/submissions", status_code=status.HTTP_202_ACCEPTED)
async def submit(attempt_id: str, body: SubmissionIn, session: SessionDep, queue: QueueDep) -> SubmissionOut:
    attempt = await service.get_attempt(session, attempt_id)
    submission = await submissions.create_submission(
        session, attempt, body.problem, body.language, body.source, body.purpose, body.custom_input
    )
    await commit_and_enqueue(session, queue)
    return SubmissionOut.of(submission)


@router.get("/attempts/{attempt_id}/submissions/{submission_id}")
async def get_submission(attempt_id: str, submission_id: int, session: SessionDep) -> SubmissionOut:
    attempt = await service.get_attempt(session, attempt_id)
    return SubmissionOut.of(await submissions.get_submission(session, attempt, submission_id))


@router.post("/attempts/{attempt_id}/finish")
async def finish(attempt_id: str, session: SessionDep) -> ResultOut:
    attempt = await service.finish_attempt(session, await service.get_attempt(session, attempt_id))
    await session.commit()
    return ResultOut.of(await attempt_view(session, attempt))


@router.get("/attempts/{attempt_id}/result")
async def result(attempt_id: str, session: SessionDep) -> ResultOut:
    attempt = await service.get_attempt(session, attempt_id)
    view = await attempt_view(session, attempt)
    if view.is_open:
        raise RoundStillOpen("The round is still open: finish it to see the result.")
    return ResultOut.of(view)
