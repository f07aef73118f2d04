"""Sections of a sequential round: one open at a time, in order, never back.

A section closes when the candidate leaves it (after its review page) or when its own `minutes` run out,
whichever comes first; the next one opens at that moment, so the schedule is fixed by the server's clock
whether or not a browser is there. Extra time from an invite stretches each section's limit in the same
proportion as the round's. When the last section's own time runs out before the round's deadline, the
attempt ends then; `Attempt.ends_at` holds that moment as scheduled, so that the closer judges the last
autosaves then even when no browser is there. A free round has no open section: all of it is open until
the deadline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.db import utcnow
from mockround.core.errors import RoundClosed
from mockround.events.models import EventKind
from mockround.events.server import note
from mockround.rounds.models import Attempt


@dataclasses.dataclass(frozen=True)
class SectionClock:
    index: int  # the open section
    started_at: dt.datetime
    deadline: dt.datetime  # its own limit or the round's deadline, whichever comes first
    count: int  # sections in the round

    @property
    def is_last(self) -> bool:
        return self.index == self.count - 1


def is_sequential(attempt: Attempt) -> bool:
    return bool(attempt.plan.get("navigation") == "sequential")


def clock(attempt: Attempt, now: dt.datetime) -> SectionClock | None:
    """The open section at `now`, past every section whose own time has run out; None in a free round."""
    if not is_sequential(attempt):
        return None
    count = len(attempt.plan["sections"])
    index = attempt.section or 0
    started = attempt.section_started_at or attempt.started_at
    while True:
        limit = _limit(attempt, index)
        end = min(attempt.deadline, started + limit) if limit else attempt.deadline
        if now < end or index == count - 1:
            return SectionClock(index, started, end, count)
        index, started = index + 1, end


def schedule(attempt: Attempt) -> None:
    """Note when the attempt ends if the candidate does nothing more (`Attempt.ends_at`): the round's
    deadline, or the end of its last section once each open one runs its full time."""
    last = clock(attempt, dt.datetime.max.replace(tzinfo=dt.UTC))
    attempt.ends_at = last.deadline if last else attempt.deadline


def _limit(attempt: Attempt, index: int) -> dt.timedelta | None:
    minutes = attempt.plan["sections"][index].get("minutes")
    if not minutes:
        return None
    planned = attempt.plan.get("duration_minutes")
    granted = (attempt.deadline - attempt.started_at) / dt.timedelta(minutes=planned) if planned else 1.0
    return dt.timedelta(minutes=minutes * max(1.0, granted))


def settle(attempt: Attempt, now: dt.datetime) -> SectionClock | None:
    """Bring the attempt's open section up to `now`; the attempt ends when its last section's time has."""
    current = clock(attempt, now)
    if current is None or not attempt.is_open(now):
        return current
    if (current.index, current.started_at) != (attempt.section, attempt.section_started_at):
        attempt.section, attempt.section_started_at = current.index, current.started_at
    if current.is_last and now >= current.deadline:
        attempt.finished_at = current.deadline
    return current


def section_of(attempt: Attempt, item_key: str) -> int:
    for index, section in enumerate(attempt.plan["sections"]):
        if any(item["key"] == item_key for item in section["items"]):
            return index
    return -1


def ensure_section_open(attempt: Attempt, item_key: str, now: dt.datetime) -> None:
    """Refuse a change to an item whose section has closed or not opened yet (sequential rounds)."""
    current = clock(attempt, now)
    if current is None:
        return
    index = section_of(attempt, item_key)
    if index < 0:
        return  # Not in this round at all: the caller's lookup says so.
    if index < current.index:
        raise RoundClosed(
            "This section is closed (you left it, or its time ran out), so this was not saved. "
            "Everything saved in it before then is kept and graded."
        )
    if index > current.index:
        raise RoundClosed("This section has not started yet: finish the current section first.")


async def leave_section(session: AsyncSession, attempt: Attempt, index: int) -> SectionClock | None:
    """Close the open section for good and open the next; leaving the last one finishes the round.
    Returns the newly open section, or None when the round is over."""
    now = utcnow()
    current = settle(attempt, now)
    if current is None or not attempt.is_open(now):
        return None
    if index != current.index:
        raise RoundClosed(
            "That section is not the open one any more: it was left already or its time ran out."
            if index < current.index
            else "That section has not started yet."
        )
    await note(
        session,
        EventKind.SECTION_LEFT,
        attempt.id,
        f"section-{index}",
        {"section": index, "title": attempt.plan["sections"][index]["title"]},
        at=now,
    )
    if current.is_last:
        attempt.finished_at = now
        await session.flush()
        return None
    attempt.section, attempt.section_started_at = index + 1, now
    schedule(attempt)
    await session.flush()
    return clock(attempt, now)
