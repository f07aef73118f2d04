"""The candidate's pages: practice list, start page, the round itself, results."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.db import utcnow
from mockround.core.deps import CandidateKey, QueueDep, SessionDep, with_cookies
from mockround.core.errors import Forbidden, RoundClosed
from mockround.core.live import LiveStatus
from mockround.core.queue import commit_and_enqueue
from mockround.core.templating import render
from mockround.grading.languages import all_languages
from mockround.problems import catalog, index
from mockround.problems.schema import SectionKind
from mockround.rounds import drafts, sections, service
from mockround.rounds.views import AttemptView, attempt_view
from mockround.submissions import service as submissions
from mockround.submissions.models import Purpose

router = APIRouter(include_in_schema=False)


@router.get("/")
async def home() -> RedirectResponse:
    return RedirectResponse("/practice", status_code=303)


@router.get("/practice")
async def practice(request: Request, session: SessionDep) -> Response:
    rounds = [row for row in await catalog.current_rounds(session) if row.data.get("practice", True)]
    return render(request, "practice.html", {"rounds": rounds})


@router.get("/rounds/{slug}")
async def start_page(request: Request, slug: str, session: SessionDep) -> Response:
    context = await start_context(request, session, slug)
    if not context["spec"].practice:
        raise Forbidden(service.INVITATION_ONLY)
    return render(request, "start.html", context)


async def start_context(request: Request, session: AsyncSession, slug: str) -> dict[str, Any]:
    """What start.html shows of a round before its clock starts (also for invites, `invite_pages`)."""
    row = await catalog.current_version(session, "round", slug)
    spec = catalog.as_round(row.data)
    problems = {listing.slug: listing.meta for listing in await catalog.current_listing(session, "problem")}
    offered: set[str] = set()
    for section in spec.sections:
        if section.kind is SectionKind.CODING:
            keys = set(section.items)
            for pool in section.draw:
                keys.update(index.candidates(section.kind, pool, problems, {}))
            for key in keys:
                offered.update(problems.get(key, {}).get("languages", []))
    languages = [language for name, language in all_languages().items() if name in offered]
    return {"slug": slug, "spec": spec, "languages": languages, "isolation": request.app.state.isolation}


@router.post("/rounds/{slug}/attempts")
async def start(
    slug: str,
    session: SessionDep,
    candidate_key: CandidateKey,
    sub_response: Response,
    candidate_name: Annotated[str, Form()] = "",
) -> Response:
    attempt = await service.start_attempt(session, slug, candidate_name, candidate_key=candidate_key)
    await session.commit()
    return with_cookies(RedirectResponse(f"/attempts/{attempt.id}", status_code=303), sub_response)


@router.get("/attempts/{attempt_id}")
async def round_page(request: Request, attempt_id: str, session: SessionDep) -> Response:
    view = await _settled_view(session, attempt_id)
    if not view.is_open:
        return RedirectResponse(f"/attempts/{attempt_id}/result", status_code=303)
    editors = await drafts.drafts_of(session, view.attempt)
    return render(request, "round.html", {"view": view, "server_now": utcnow(), "drafts": editors})


async def _settled_view(session: AsyncSession, attempt_id: str) -> AttemptView:
    """The attempt as the server's clock has it now, kept: a section whose time ran out stays closed, and
    a round whose last section ran out stays ended."""
    attempt = await service.get_attempt(session, attempt_id)
    view = await attempt_view(session, attempt)
    await session.commit()
    return view


@router.get("/attempts/{attempt_id}/review")
async def review(request: Request, attempt_id: str, session: SessionDep) -> Response:
    """Before leaving a section (or finishing a free round): what is answered, flagged, submitted."""
    view = await _settled_view(session, attempt_id)
    if not view.is_open:
        return RedirectResponse(f"/attempts/{attempt_id}/result", status_code=303)
    return render(request, "review.html", {"view": view, "server_now": utcnow()})


@router.post("/attempts/{attempt_id}/sections/{index}/leave")
async def leave_section(attempt_id: str, index: int, session: SessionDep) -> Response:
    attempt = await service.get_attempt(session, attempt_id)
    # A second click, or a form from a stale tab, names a section already left: the round page shows
    # where the candidate really is, and never skips a section.
    with contextlib.suppress(RoundClosed):
        await sections.leave_section(session, attempt, index)
        await session.commit()
    return RedirectResponse(f"/attempts/{attempt_id}", status_code=303)


@router.post("/attempts/{attempt_id}/flags/{key:path}")
async def flag(
    request: Request,
    attempt_id: str,
    key: str,
    session: SessionDep,
    flagged: Annotated[bool, Form()] = False,
) -> Response:
    attempt = await service.get_attempt(session, attempt_id)
    answer = await service.flag_answer(session, attempt, key, flagged)
    await session.commit()
    return render(request, "fragments.html", {"flagged": answer.flagged}, block="flag_saved")


@router.post("/attempts/{attempt_id}/answers/{key:path}")
async def answer(
    request: Request,
    attempt_id: str,
    key: str,
    session: SessionDep,
    choice: Annotated[list[int] | None, Form()] = None,
    text: Annotated[str | None, Form(max_length=service.MAX_TEXT_CHARS)] = None,
) -> Response:
    attempt = await service.get_attempt(session, attempt_id)
    saved = await service.save_answer(session, attempt, key, choice or [], text)
    await session.commit()
    return render(request, "fragments.html", {"saved_at": saved.saved_at}, block="answer_saved")


@router.post("/attempts/{attempt_id}/problems/{key}/submissions")
async def submit(
    request: Request,
    attempt_id: str,
    key: str,
    session: SessionDep,
    queue: QueueDep,
    language: Annotated[str, Form()],
    source: Annotated[str, Form(max_length=200_000)],
    purpose: Annotated[Purpose, Form()] = Purpose.SUBMIT,
    custom_input: Annotated[str | None, Form()] = None,
) -> Response:
    attempt = await service.get_attempt(session, attempt_id)
    submission = await submissions.create_submission(
        session, attempt, key, language, source, purpose, custom_input
    )
    await commit_and_enqueue(session, queue)
    return render(
        request, "fragments.html", {"submission": submission, "attempt": attempt}, block="submission"
    )


@router.get("/attempts/{attempt_id}/submissions/{submission_id}")
async def submission_status(
    request: Request, attempt_id: str, submission_id: int, session: SessionDep
) -> Response:
    attempt = await service.get_attempt(session, attempt_id)
    submission = await submissions.get_submission(session, attempt, submission_id)
    return render(
        request, "fragments.html", {"submission": submission, "attempt": attempt}, block="submission"
    )


@router.post("/attempts/{attempt_id}/finish")
async def finish(attempt_id: str, session: SessionDep) -> Response:
    await service.finish_attempt(session, await service.get_attempt(session, attempt_id))
    await session.commit()
    return RedirectResponse(f"/attempts/{attempt_id}/result", status_code=303)


@router.get("/attempts/{attempt_id}/result")
async def result(request: Request, attempt_id: str, session: SessionDep) -> Response:
    attempt = await service.get_attempt(session, attempt_id)
    view = await attempt_view(session, attempt)
    if view.is_open:
        return RedirectResponse(f"/attempts/{attempt_id}", status_code=303)
    block = "score" if request.headers.get("HX-Request") == "true" else None
    return render(request, "result.html", {"view": view}, block=block)


HEARTBEAT_SECONDS = 15.0


@router.get("/attempts/{attempt_id}/live")
async def live(request: Request, attempt_id: str, session: SessionDep) -> StreamingResponse:
    """Server-sent events: `submission` with an id whenever one of the attempt's submissions changes."""
    attempt = await service.get_attempt(session, attempt_id)
    await session.close()  # The stream may last long: it must not hold a database connection.
    status: LiveStatus = request.app.state.live

    async def events() -> AsyncIterator[str]:
        changes: asyncio.Queue[int] = asyncio.Queue()

        async def listen() -> None:
            async for submission_id in status.subscribe(attempt.id):
                changes.put_nowait(submission_id)

        listener = asyncio.create_task(listen())
        try:
            yield "retry: 2000\n\n"
            while not await request.is_disconnected():
                try:
                    submission_id = await asyncio.wait_for(changes.get(), HEARTBEAT_SECONDS)
                except TimeoutError:
                    yield ": still here\n\n"
                    continue
                yield f"event: submission\ndata: {submission_id}\n\n"
        finally:
            listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await listener

    return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})
