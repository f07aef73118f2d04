"""The candidate's pages for an invite link: the round's start page with the invite's terms, and Start."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from mockround.core.deps import CandidateKey, SessionDep, with_cookies
from mockround.core.errors import MockroundError
from mockround.core.templating import render
from mockround.rounds import invites
from mockround.rounds.pages import start_context

router = APIRouter(include_in_schema=False)


@router.get("/invite/{token}")
async def invite_page(
    request: Request, token: str, session: SessionDep, candidate_key: CandidateKey, sub_response: Response
) -> Response:
    try:
        state = await invites.open_invite(session, token, candidate_key)
    except MockroundError as exc:
        return with_cookies(_refusal(request, exc), sub_response)
    if state.resume_attempt_id is not None:
        # The same browser that started it: back to its attempt, against the same deadline.
        return RedirectResponse(f"/attempts/{state.resume_attempt_id}", status_code=303)
    invite = state.invite
    context = await start_context(request, session, invite.round_slug)
    context.update(
        invite=invite,
        valid_until=invites.when(invite.expires_at),
        extra_minutes=invite.extra_minutes,
        candidate_name=invite.label,
        start_action=f"/invite/{token}/start",
    )
    return with_cookies(render(request, "invite_start.html", context), sub_response)


@router.post("/invite/{token}/start")
async def start(
    request: Request,
    token: str,
    session: SessionDep,
    candidate_key: CandidateKey,
    sub_response: Response,
    candidate_name: Annotated[str, Form()] = "",
) -> Response:
    try:
        attempt = await invites.redeem(session, token, candidate_key, candidate_name)
    except MockroundError as exc:
        await session.rollback()
        return with_cookies(_refusal(request, exc), sub_response)
    await session.commit()
    return with_cookies(RedirectResponse(f"/attempts/{attempt.id}", status_code=303), sub_response)


def _refusal(request: Request, exc: MockroundError) -> Response:
    """Why this link cannot start a round, on a page of its own (an invitee has no practice list to go to)."""
    return render(request, "invite_error.html", {"message": exc.message}, status_code=exc.status_code)
