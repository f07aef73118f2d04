"""What an attempt looks like to its candidate: its sections with their items, answers and scores."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.db import utcnow
from mockround.grading.job import TestCase
from mockround.grading.languages import Language, get_language
from mockround.problems import catalog
from mockround.rounds.models import Attempt
from mockround.rounds.service import answers_of
from mockround.submissions.models import Purpose, Status, Submission


@dataclasses.dataclass
class QuestionView:
    key: str
    number: int
    prompt: str
    code: str | None
    options: list[str]
    chosen: int | None
    correct: int
    explanation: str
    points: float

    @property
    def earned(self) -> float:
        return self.points if self.chosen == self.correct else 0.0


@dataclasses.dataclass
class ProblemView:
    key: str
    title: str
    statement: str
    samples: list[TestCase]
    languages: list[Language]
    starter: dict[str, str]
    time_seconds: float
    memory_mb: int
    points: float
    submissions: list[Submission]

    @property
    def best_score(self) -> float:
        judged = [
            s.score or 0.0
            for s in self.submissions
            if s.purpose == Purpose.SUBMIT and s.status == Status.JUDGED
        ]
        return max(judged, default=0.0)

    @property
    def earned(self) -> float:
        return round(self.best_score * self.points, 2)

    @property
    def latest(self) -> Submission | None:
        return self.submissions[-1] if self.submissions else None


@dataclasses.dataclass
class SectionView:
    title: str
    kind: str
    questions: list[QuestionView]
    problems: list[ProblemView]

    @property
    def points(self) -> float:
        return sum(q.points for q in self.questions) + sum(p.points for p in self.problems)

    @property
    def earned(self) -> float:
        return round(sum(q.earned for q in self.questions) + sum(p.earned for p in self.problems), 2)


@dataclasses.dataclass
class AttemptView:
    attempt: Attempt
    title: str
    results_policy: str
    sections: list[SectionView]
    seconds_left: int
    is_open: bool

    @property
    def points(self) -> float:
        return sum(section.points for section in self.sections)

    @property
    def earned(self) -> float:
        return round(sum(section.earned for section in self.sections), 2)

    @property
    def pending(self) -> bool:
        """Whether a counted submission is still being judged, so the score may still change."""
        return any(
            not Status(s.status).is_final
            for section in self.sections
            for problem in section.problems
            for s in problem.submissions
            if s.purpose == Purpose.SUBMIT
        )


async def attempt_view(session: AsyncSession, attempt: Attempt) -> AttemptView:
    now = utcnow()
    answers = await answers_of(session, attempt)
    rows = await session.scalars(
        select(Submission).where(Submission.attempt_id == attempt.id).order_by(Submission.id)
    )
    by_item: dict[str, list[Submission]] = {}
    for row in rows:
        by_item.setdefault(row.item_key, []).append(row)
    sections = []
    number = 0
    for section in attempt.plan["sections"]:
        questions, problems = [], []
        for item in section["items"]:
            data = await catalog.pinned(
                session, item["kind"] if item["kind"] == "problem" else "bank", item["slug"], item["version"]
            )
            if item["kind"] == "question":
                number += 1
                questions.append(_question(item, data, number, answers, section["points_per_item"]))
            else:
                problems.append(
                    _problem(item, data, section["points_per_item"], by_item.get(item["key"], []))
                )
        sections.append(SectionView(section["title"], section["kind"], questions, problems))
    return AttemptView(
        attempt=attempt,
        title=attempt.plan["title"],
        results_policy=attempt.plan["results"],
        sections=sections,
        seconds_left=max(0, int((attempt.deadline - now).total_seconds())) if attempt.is_open(now) else 0,
        is_open=attempt.is_open(now),
    )


def _question(
    item: dict[str, Any], data: dict[str, Any], number: int, answers: dict[str, list[int]], points: float
) -> QuestionView:
    question = catalog.as_bank(data).question(item["question"])
    assert question is not None
    chosen = answers.get(item["key"])
    return QuestionView(
        key=item["key"],
        number=number,
        prompt=question.prompt,
        code=question.code,
        options=[option.text for option in question.options],
        chosen=chosen[0] if chosen else None,
        correct=question.correct_index,
        explanation=question.explanation,
        points=points,
    )


def _problem(
    item: dict[str, Any], data: dict[str, Any], points: float, submissions: list[Submission]
) -> ProblemView:
    problem = catalog.as_problem(data)
    return ProblemView(
        key=item["key"],
        title=problem.title,
        statement=problem.statement,
        samples=problem.samples(),
        languages=[get_language(name) for name in problem.spec.languages],
        starter=problem.starter,
        time_seconds=problem.spec.limits.time_seconds,
        memory_mb=problem.spec.limits.memory_mb,
        points=points,
        submissions=submissions,
    )
