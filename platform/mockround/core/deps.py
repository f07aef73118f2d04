"""Request dependencies as `Annotated` aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.db import session_scope
from mockround.core.queue import JudgeQueue
from mockround.core.settings import Settings, get_settings


def _queue(request: Request) -> JudgeQueue:
    queue: JudgeQueue = request.app.state.queue
    return queue


SessionDep = Annotated[AsyncSession, Depends(session_scope)]
QueueDep = Annotated[JudgeQueue, Depends(_queue)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
