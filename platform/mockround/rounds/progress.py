"""The practice progress page: a candidate's accuracy by topic across their finished attempts."""

from __future__ import annotations

import dataclasses

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.db import utcnow
from mockround.core.deps import CandidateKey, SessionDep
from mockround.core.templating import render
from mockround.problems import catalog, index
from mockround.problems.schema import ResultPolicy, RoundSpec, SectionKind
from mockround.rounds.models import Attempt
from mockround.rounds.views import attempt_view
from mockround.submissions.models import Purpose, Status

router = APIRouter(include_in_schema=False)

# Below this accuracy a topic is weak, and the page names the rounds that train it.
WEAK_BELOW = 0.7
# The page reads at most this many recent attempts, so that its cost stays bounded.
MAX_ATTEMPTS = 200
UNTAGGED = "untagged"


@dataclasses.dataclass(frozen=True)
class TrainingRound:
    slug: str
    title: str


@dataclasses.dataclass
class TopicScore:
    topic: str
    # Multiple-choice questions answered, and coding problems submitted, on this topic.
    seen: int = 0
    # The sum of each item's share earned: 0 to 1 per question (negative marking counts as 0), the best
    # submitted score per problem.
    credit: float = 0.0
    rounds: list[TrainingRound] = dataclasses.field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.credit / self.seen if self.seen else 0.0

    @property
    def percent(self) -> int:
        return round(self.accuracy * 100)

    @property
    def weak(self) -> bool:
        return self.accuracy < WEAK_BELOW

    @property
    def level(self) -> str:
        """How the bar is coloured: weak, fair or strong."""
        if self.weak:
            return "weak"
        return "fair" if self.accuracy < 0.9 else "strong"


@dataclasses.dataclass
class Progress:
    attempts: int
    topics: list[TopicScore]  # weakest first


def topic_of(tags: list[str]) -> str:
    """A question's or problem's topic is its first tag."""
    return tags[0] if tags else UNTAGGED


async def finished_attempts(session: AsyncSession, candidate_key: str) -> list[Attempt]:
    """This browser's finished practice attempts at rounds that show their full results: an invited
    attempt, or a round that shows only a score, must not have its answers' correctness told here."""
    now = utcnow()
    rows = await session.scalars(
        select(Attempt)
        .where(
            Attempt.candidate_key == candidate_key,
            Attempt.invite_token.is_(None),
            or_(Attempt.finished_at.is_not(None), Attempt.deadline <= now),
        )
        .order_by(Attempt.started_at.desc())
        .limit(MAX_ATTEMPTS)
    )
    return [attempt for attempt in rows if attempt.plan.get("results") == ResultPolicy.FULL.value]


async def scored_items(session: AsyncSession, attempt: Attempt) -> list[tuple[str, float]]:
    """(topic, share earned) for every multiple-choice question answered and every problem submitted,
    scored by the attempt's view on the versions it pinned."""
    view = await attempt_view(session, attempt)
    items = {item["key"]: item for section in attempt.plan["sections"] for item in section["items"]}
    scored: list[tuple[str, float]] = []
    for section in view.sections:
        for question in section.questions:
            if question.kind != "choice" or not question.answered or question.fraction is None:
                continue
            item = items[question.key]
            bank = await catalog.pinned_bank(session, item["slug"], item["version"])
            found = bank.question(item["question"])
            tags = found.tags if found is not None else []
            scored.append((topic_of(tags), max(0.0, question.fraction)))
        for problem in section.problems:
            judged = [
                s for s in problem.submissions if s.purpose == Purpose.SUBMIT and s.status == Status.JUDGED
            ]
            if not judged:
                continue
            item = items[problem.key]
            spec = (await catalog.pinned_problem(session, item["slug"], item["version"])).spec
            scored.append((topic_of(spec.tags), problem.best_score))
    return scored


async def rounds_by_topic(session: AsyncSession) -> dict[str, list[TrainingRound]]:
    """The current practice rounds that train each topic: one of their fixed items, or an item one of
    their draws may pick, is on it, or a draw filters on it as a tag."""
    problems = {listing.slug: listing.meta for listing in await catalog.current_listing(session, "problem")}
    banks = {}
    for listing in await catalog.current_listing(session, "bank"):
        meta = listing.meta or index.meta_of(
            await catalog.pinned_bank(session, listing.slug, listing.version)
        )
        banks[listing.slug] = meta or {}
    found: dict[str, list[TrainingRound]] = {}
    for row in await catalog.current_rounds(session):
        if not row.data.get("practice", True):
            continue
        for topic in sorted(_topics_trained(catalog.as_round(row.data), problems, banks)):
            found.setdefault(topic, []).append(TrainingRound(row.slug, row.title))
    return found


def _topics_trained(
    spec: RoundSpec, problems: dict[str, index.Meta], banks: dict[str, index.Meta]
) -> set[str]:
    questions = index.question_meta(banks)
    topics: set[str] = set()
    for section in spec.sections:
        keys = list(section.items)
        for pool in section.draw:
            keys += index.candidates(section.kind, pool, problems, banks)
            topics.update(pool.tags)
        for key in keys:
            if section.kind is SectionKind.CODING:
                meta = problems.get(key)
                tags = meta.get("tags", []) if meta is not None else None
            else:
                question = questions.get(key)
                tags = question[1].get("tags", []) if question is not None else None
            if tags is not None:
                topics.add(topic_of(tags))
    return topics


async def progress_of(session: AsyncSession, candidate_key: str) -> Progress:
    attempts = await finished_attempts(session, candidate_key)
    topics: dict[str, TopicScore] = {}
    for attempt in attempts:
        for topic, share in await scored_items(session, attempt):
            score = topics.setdefault(topic, TopicScore(topic))
            score.seen += 1
            score.credit += share
    if topics:
        training = await rounds_by_topic(session)
        for score in topics.values():
            score.rounds = training.get(score.topic, [])
    ordered = sorted(topics.values(), key=lambda score: (score.accuracy, -score.seen, score.topic))
    return Progress(attempts=len(attempts), topics=ordered)


@router.get("/progress")
async def progress_page(request: Request, session: SessionDep, candidate_key: CandidateKey) -> Response:
    progress = await progress_of(session, candidate_key)
    return render(request, "progress.html", {"progress": progress, "weak_below": round(WEAK_BELOW * 100)})
