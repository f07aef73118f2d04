"""Invites: single-use links to one round, with an expiry, an optional start window and extra time."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import secrets
from typing import cast

from sqlalchemy import CursorResult, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.db import utcnow
from mockround.core.errors import InvalidInput, MockroundError, NotFound
from mockround.problems import catalog
from mockround.rounds import service
from mockround.rounds.models import Attempt, Invite

MAX_EXTRA_MINUTES = 600
MAX_VALID_HOURS = 24 * 366
MAX_LABEL_LENGTH = 200


class InviteRefused(MockroundError):
    """An invite that can no longer start an attempt: expired, or used by someone else."""

    status_code = 410


class InviteNotOpenYet(MockroundError):
    status_code = 403


def when(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


async def create_invite(
    session: AsyncSession,
    round_slug: str,
    *,
    label: str = "",
    expires_in_hours: float = 72,
    start_after: dt.datetime | None = None,
    extra_minutes: int = 0,
) -> Invite:
    await catalog.current_version(session, "round", round_slug)  # NotFound names the missing round
    if not 0 < expires_in_hours <= MAX_VALID_HOURS:
        raise InvalidInput(f"An invite is valid for more than 0 and at most {MAX_VALID_HOURS} hours.")
    if not 0 <= extra_minutes <= MAX_EXTRA_MINUTES:
        raise InvalidInput(f"Extra time is from 0 to {MAX_EXTRA_MINUTES} minutes.")
    now = utcnow()
    expires_at = now + dt.timedelta(hours=expires_in_hours)
    if start_after is not None:
        if start_after.tzinfo is None:
            raise InvalidInput("Give the start time with its time zone, for example 2026-12-01T09:00+00:00.")
        if start_after >= expires_at:
            raise InvalidInput(
                f"The invite would expire ({when(expires_at)}) before the round opens "
                f"({when(start_after)}): make it valid for longer."
            )
    invite = Invite(
        token=secrets.token_urlsafe(24),
        round_slug=round_slug,
        label=" ".join(label.split())[:MAX_LABEL_LENGTH],
        created_at=now,
        expires_at=expires_at,
        start_after=start_after,
        extra_minutes=extra_minutes,
    )
    session.add(invite)
    await session.flush()
    return invite


@dataclasses.dataclass(frozen=True)
class OpenInvite:
    """An invite as its link shows it: ready to start, or already started by this same browser."""

    invite: Invite
    resume_attempt_id: str | None = None


async def open_invite(
    session: AsyncSession, token: str, candidate_key: str, now: dt.datetime | None = None
) -> OpenInvite:
    """What the link can do now, or a domain error saying why it cannot start a round."""
    now = now or utcnow()
    invite = await _invite(session, token)
    if invite.used_at is not None:
        if invite.attempt_id and await _started_by(session, invite.attempt_id, candidate_key):
            return OpenInvite(invite, resume_attempt_id=invite.attempt_id)
        raise InviteRefused(
            f"This invite was already used at {when(invite.used_at)}: each link starts one attempt. "
            "If that was not you, ask the person who sent it for a new one."
        )
    if now >= invite.expires_at:
        raise InviteRefused(f"This invite expired at {when(invite.expires_at)}; ask for a new one.")
    if invite.start_after is not None and now < invite.start_after:
        raise InviteNotOpenYet(
            f"This round opens at {when(invite.start_after)}. Come back to this link then; "
            "the clock starts only when you press Start."
        )
    return OpenInvite(invite)


async def redeem(session: AsyncSession, token: str, candidate_key: str, candidate_name: str) -> Attempt:
    """Start the invite's attempt, once: the claim is one conditional UPDATE, so of two requests racing
    for the same link exactly one starts an attempt (the other waits for the row, then finds it used)."""
    now = utcnow()
    claim = await session.execute(
        update(Invite)
        .where(
            Invite.token == token,
            Invite.used_at.is_(None),
            Invite.expires_at > now,
            or_(Invite.start_after.is_(None), Invite.start_after <= now),
        )
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    if cast(CursorResult[object], claim).rowcount != 1:
        state = await open_invite(session, token, candidate_key, now)  # raises why, unless it is ours
        if state.resume_attempt_id is None:
            # Open a moment ago, gone now (a claim in flight that did not finish): say it plainly.
            raise InviteRefused("This invite is being used right now; reload the page in a moment.")
        return await service.get_attempt(session, state.resume_attempt_id)
    invite = await _invite(session, token)
    attempt = await service.start_attempt(
        session, invite.round_slug, candidate_name or invite.label, candidate_key=candidate_key, invite=invite
    )
    invite.attempt_id = attempt.id
    await session.flush()
    return attempt


class InviteStatus(enum.StrEnum):
    UNUSED = "unused"
    USED = "used"
    EXPIRED = "expired"


def status_of(invite: Invite, now: dt.datetime) -> InviteStatus:
    if invite.used_at is not None:
        return InviteStatus.USED
    return InviteStatus.EXPIRED if now >= invite.expires_at else InviteStatus.UNUSED


async def list_invites(session: AsyncSession, round_slug: str | None = None) -> list[Invite]:
    query = select(Invite).order_by(Invite.created_at.desc())
    if round_slug:
        query = query.where(Invite.round_slug == round_slug)
    return list(await session.scalars(query))


async def _invite(session: AsyncSession, token: str) -> Invite:
    invite = await session.scalar(
        select(Invite).where(Invite.token == token).execution_options(populate_existing=True)
    )
    if invite is None:
        raise NotFound("This invite link is not known here. Check that you copied the whole link.")
    return invite


async def _started_by(session: AsyncSession, attempt_id: str, candidate_key: str) -> bool:
    key = await session.scalar(select(Attempt.candidate_key).where(Attempt.id == attempt_id))
    return key is not None and secrets.compare_digest(key, candidate_key)
