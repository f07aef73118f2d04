"""Request dependencies as `Annotated` aliases."""

from __future__ import annotations

import re
import secrets
from typing import Annotated

from fastapi import Depends, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.db import session_scope
from mockround.core.queue import JudgeQueue
from mockround.core.settings import Settings, get_settings


def _queue(request: Request) -> JudgeQueue:
    queue: JudgeQueue = request.app.state.queue
    return queue


CANDIDATE_COOKIE = "mockround_candidate"
_CANDIDATE_KEY = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def _candidate_key(request: Request, response: Response) -> str:
    """The random key this browser keeps for its candidate (no account needed): it ties practice attempts
    together for the progress page and lets an invite's own browser resume its attempt. Set on first use."""
    key = request.cookies.get(CANDIDATE_COOKIE, "")
    if not _CANDIDATE_KEY.match(key):
        key = secrets.token_urlsafe(24)
        response.set_cookie(
            CANDIDATE_COOKIE, key, max_age=400 * 24 * 3600, httponly=True, samesite="lax", path="/"
        )
    return key


def with_cookies(response: Response, sub_response: Response) -> Response:
    """The cookies a dependency set (the candidate key) on a response the endpoint built itself, such as
    a redirect or a page: FastAPI copies them only onto responses it builds."""
    for name, value in sub_response.raw_headers:
        if name == b"set-cookie":
            response.raw_headers.append((name, value))
    return response


SessionDep = Annotated[AsyncSession, Depends(session_scope)]
CandidateKey = Annotated[str, Depends(_candidate_key)]
QueueDep = Annotated[JudgeQueue, Depends(_queue)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
