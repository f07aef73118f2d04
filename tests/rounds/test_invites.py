"""Invite links: single use even under a race, expiry, a start window, extra time, the same browser
resuming its attempt, and rounds only an invite can start; in SQLite and Postgres."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import yaml
from sqlalchemy import func, select, update

from mockround.core.db import async_sessions, session_scope, utcnow
from mockround.core.errors import Forbidden, InvalidInput, NotFound
from mockround.core.settings import Settings
from mockround.problems.catalog import sync_catalog
from mockround.problems.loader import load_catalog
from mockround.rounds.invites import (
    InviteNotOpenYet,
    InviteRefused,
    InviteStatus,
    create_invite,
    list_invites,
    open_invite,
    redeem,
    status_of,
)
from mockround.rounds.models import Attempt, Invite
from mockround.rounds.service import start_attempt
from mockround.web.app import create_app
from tests.conftest import sample_problems

ADA, BO = "ada-browser-key-0123456789", "bo-browser-key-0123456789"


@pytest.fixture
async def db(database_url: str, tmp_path: Path) -> str:
    """The sample round, and "invited": the same round by invitation only."""
    root = sample_problems(tmp_path)
    invited = yaml.safe_load((root / "rounds/sample.yaml").read_text())
    invited.update(title="Invited round", practice=False)
    (root / "rounds/invited.yaml").write_text(yaml.safe_dump(invited))
    async with async_sessions(database_url)() as session:
        await sync_catalog(session, load_catalog(root))
        await session.commit()
    return database_url


async def invite(db: str, round_slug: str = "sample", **terms: object) -> str:
    async with async_sessions(db)() as session:
        made = await create_invite(session, round_slug, **terms)  # type: ignore[arg-type]
        await session.commit()
        return made.token


async def use(db: str, token: str, key: str, name: str = "") -> Attempt:
    async with async_sessions(db)() as session:
        attempt = await redeem(session, token, key, name)
        await session.commit()
        return attempt


async def move(db: str, token: str, **times: dt.datetime) -> None:
    """Move an invite's times, as the clock itself would."""
    async with async_sessions(db)() as session:
        await session.execute(update(Invite).where(Invite.token == token).values(**times))
        await session.commit()


async def stored(db: str, token: str) -> Invite:
    async with async_sessions(db)() as session:
        found = await session.get(Invite, token)
        assert found is not None
        return found


async def test_an_invite_starts_one_attempt_with_its_extra_time(db: str) -> None:
    token = await invite(db, label="Ada Lovelace", extra_minutes=15)
    attempt = await use(db, token, ADA)

    assert attempt.invite_token == token
    assert attempt.candidate_key == ADA
    assert attempt.candidate_name == "Ada Lovelace"  # the label, when the candidate gave no name
    assert attempt.deadline - attempt.started_at == dt.timedelta(minutes=30 + 15)
    used = await stored(db, token)
    assert used.attempt_id == attempt.id
    assert status_of(used, utcnow()) is InviteStatus.USED

    # Another browser is refused; the one that started it goes back to the same attempt.
    with pytest.raises(InviteRefused, match="already used"):
        await use(db, token, BO)
    assert (await use(db, token, ADA)).id == attempt.id
    async with async_sessions(db)() as session:
        assert (await open_invite(session, token, ADA)).resume_attempt_id == attempt.id
        with pytest.raises(InviteRefused, match="already used"):
            await open_invite(session, token, BO)
        assert await session.scalar(select(func.count()).select_from(Attempt)) == 1


async def test_two_requests_racing_for_one_link_start_one_attempt(db: str) -> None:
    token = await invite(db)
    outcomes = await asyncio.gather(use(db, token, ADA), use(db, token, BO), return_exceptions=True)

    started = [outcome for outcome in outcomes if isinstance(outcome, Attempt)]
    refused = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
    assert len(started) == 1 and len(refused) == 1, outcomes
    assert isinstance(refused[0], InviteRefused)
    async with async_sessions(db)() as session:
        attempts = list(await session.scalars(select(Attempt)))
    assert [a.id for a in attempts] == [started[0].id]
    assert (await stored(db, token)).attempt_id == started[0].id


async def test_the_same_browser_racing_itself_gets_one_attempt(db: str) -> None:
    token = await invite(db)
    first, second = await asyncio.gather(use(db, token, ADA), use(db, token, ADA))
    assert first.id == second.id


async def test_an_expired_invite_is_refused_and_stays_unused(db: str) -> None:
    token = await invite(db, expires_in_hours=1)
    expired_at = utcnow() - dt.timedelta(minutes=1)
    await move(db, token, expires_at=expired_at)

    with pytest.raises(InviteRefused, match=r"expired at .* UTC; ask for a new one") as refused:
        await use(db, token, ADA)
    assert expired_at.strftime("%Y-%m-%d %H:%M UTC") in refused.value.message
    assert refused.value.status_code == 410
    left = await stored(db, token)
    assert left.used_at is None and left.attempt_id is None
    assert status_of(left, utcnow()) is InviteStatus.EXPIRED


async def test_an_invite_opens_at_its_start_time(db: str) -> None:
    opens = utcnow() + dt.timedelta(hours=2)
    token = await invite(db, start_after=opens)
    with pytest.raises(InviteNotOpenYet, match="This round opens at") as early:
        await use(db, token, ADA)
    assert opens.strftime("%Y-%m-%d %H:%M UTC") in early.value.message
    assert (await stored(db, token)).used_at is None

    await move(db, token, start_after=utcnow() - dt.timedelta(seconds=1))
    assert (await use(db, token, ADA)).invite_token == token


async def test_creating_an_invite_checks_its_terms(db: str) -> None:
    with pytest.raises(NotFound, match="no-such-round"):
        await invite(db, "no-such-round")
    with pytest.raises(InvalidInput, match="0 to 600"):
        await invite(db, extra_minutes=601)
    with pytest.raises(InvalidInput, match="expire"):
        await invite(db, expires_in_hours=1, start_after=utcnow() + dt.timedelta(hours=2))
    with pytest.raises(NotFound, match="not known"):
        await use(db, "not-a-real-token", ADA)
    await invite(db, "invited", label="Bo")
    async with async_sessions(db)() as session:
        assert [i.label for i in await list_invites(session, "invited")] == ["Bo"]
        assert await list_invites(session, "sample") == []


async def test_an_invitation_only_round_needs_an_invite(db: str) -> None:
    async with async_sessions(db)() as session:
        with pytest.raises(Forbidden, match="This round is by invitation only"):
            await start_attempt(session, "invited", "Ada")
    attempt = await use(db, await invite(db, "invited"), ADA)
    assert attempt.round_slug == "invited"


async def test_the_start_routes_refuse_an_invitation_only_round_and_keep_the_browser_key(db: str) -> None:
    app = create_app(Settings(database_url=db))

    async def session_for_test() -> AsyncIterator[object]:
        async with async_sessions(db)() as session:
            yield session

    app.dependency_overrides[session_scope] = session_for_test
    app.state.isolation = "no sandbox in this test"  # what the lifespan would name; nothing is judged
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        practice_page = await client.get("/rounds/sample")
        assert practice_page.status_code == 200
        assert 'action="/rounds/sample/attempts"' in practice_page.text
        assert "30 minutes, counted by the server" in practice_page.text
        api = await client.post("/api/v1/attempts", json={"round": "invited", "candidate_name": "Ada"})
        assert api.status_code == 403
        assert "by invitation only" in api.json()["detail"]
        for page in (
            await client.get("/rounds/invited"),
            await client.post("/rounds/invited/attempts", data={"candidate_name": "Ada"}),
        ):
            assert page.status_code == 403
            assert "by invitation only" in page.text

        started = await client.post("/rounds/sample/attempts", data={"candidate_name": "Ada"})
        assert started.status_code == 303
        key = client.cookies.get("mockround_candidate")
        assert key
    async with async_sessions(db)() as session:
        attempt = await session.scalar(select(Attempt))
        assert attempt is not None
        assert attempt.candidate_key == key and attempt.invite_token is None


async def test_the_invite_pages_show_the_terms_start_once_and_explain_refusals(db: str) -> None:
    token = await invite(db, label="Ada", extra_minutes=20)
    app = create_app(Settings(database_url=db))

    async def session_for_test() -> AsyncIterator[object]:
        async with async_sessions(db)() as session:
            yield session

    app.dependency_overrides[session_scope] = session_for_test
    app.state.isolation = "no sandbox in this test"
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as ada:
        page = await ada.get(f"/invite/{token}")
        assert page.status_code == 200
        assert "50 minutes (30 + 20 extra)" in page.text
        assert f'action="/invite/{token}/start"' in page.text
        assert ada.cookies.get("mockround_candidate")  # set with the page, so Start comes from this browser
        started = await ada.post(f"/invite/{token}/start", data={"candidate_name": "Ada L."})
        assert started.status_code == 303
        attempt_url = started.headers["location"]
        assert (await ada.get(f"/invite/{token}")).headers["location"] == attempt_url
        assert (await ada.post(f"/invite/{token}/start")).headers["location"] == attempt_url
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as bo:
        for refused in (await bo.get(f"/invite/{token}"), await bo.post(f"/invite/{token}/start")):
            assert refused.status_code == 410
            assert "already used" in refused.text
        unknown = await bo.get("/invite/nothing-like-this")
        assert unknown.status_code == 404
        assert "not known here" in unknown.text
