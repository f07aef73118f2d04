"""Re-judging on purpose: move attempts to a problem's current version and judge their submissions again.

Editing a problem never changes an attempt on its own (the attempt pinned the version it was given). A
reviewer who decides that a new version should count runs this: each attempt's plan is moved to the
current version, and a copy of each of its counted submissions is queued, marked with the one it copies.
The old submissions and their results stay, but only those on the attempt's version count.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.queue import enqueue_after_commit
from mockround.events.models import EventKind
from mockround.events.server import note
from mockround.problems import catalog
from mockround.rounds.models import Attempt
from mockround.submissions.models import Purpose, Status, Submission


@dataclasses.dataclass(frozen=True)
class Rejudged:
    version: str
    attempts: list[str]
    submissions: list[int]  # the new copies


async def rejudge(session: AsyncSession, slug: str, attempt_ids: list[str] | None = None) -> Rejudged:
    """Re-judge the submissions to `slug` made on older versions, in these attempts or in all of them."""
    version = (await catalog.current_version(session, "problem", slug)).version
    query = (
        select(Submission)
        .where(
            Submission.item_key == slug,
            Submission.purpose == Purpose.SUBMIT,
            Submission.problem_version != version,
        )
        .order_by(Submission.id)
    )
    if attempt_ids is not None:
        query = query.where(Submission.attempt_id.in_(attempt_ids))
    old = list(await session.scalars(query))
    moved: list[str] = []
    copies: list[Submission] = []
    for attempt_id in dict.fromkeys(submission.attempt_id for submission in old):
        attempt = await session.get(Attempt, attempt_id)
        if attempt is None or not _move_plan(attempt, slug, version):
            continue  # not an attempt that holds this problem, or it is on this version already
        moved.append(attempt_id)
        await note(
            session, EventKind.REJUDGED, attempt_id, f"{slug}/{version}", {"item": slug, "version": version}
        )
    for submission in old:
        if submission.attempt_id not in moved:
            continue
        copy = Submission(
            attempt_id=submission.attempt_id,
            item_key=slug,
            problem_version=version,
            language=submission.language,
            source=submission.source,
            purpose=Purpose.SUBMIT,
            status=Status.QUEUED,
            rejudge_of=submission.id,
        )
        session.add(copy)
        copies.append(copy)
    await session.flush()
    for copy in copies:
        enqueue_after_commit(session, copy.id, Purpose.SUBMIT.value)
    return Rejudged(version, moved, [copy.id for copy in copies])


def _move_plan(attempt: Attempt, slug: str, version: str) -> bool:
    plan = {**attempt.plan, "sections": [dict(section) for section in attempt.plan["sections"]]}
    moved = False
    for section in plan["sections"]:
        items = []
        for item in section["items"]:
            if item["kind"] == "problem" and item["slug"] == slug and item["version"] != version:
                item = {**item, "version": version}
                moved = True
            items.append(item)
        section["items"] = items
    if moved:
        attempt.plan = plan  # a new value, so that the JSON column is written
    return moved
