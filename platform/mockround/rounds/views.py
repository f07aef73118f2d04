"""What an attempt looks like to its candidate: its sections with their items, answers and scores."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mockround.core.db import utcnow
from mockround.core.settings import get_settings
from mockround.core.sql_engine import offered_language
from mockround.grading.job import TestCase
from mockround.grading.languages import Language
from mockround.problems import catalog
from mockround.problems.schema import Bank, FreeTextQuestion, Problem
from mockround.rounds.models import Answer, Attempt
from mockround.rounds.sections import SectionClock
from mockround.rounds.sections import clock as sections_clock
from mockround.rounds.service import answers_of
from mockround.submissions.models import Purpose, Status, Submission


@dataclasses.dataclass
class ShownOption:
    index: int  # in the bank, which is what an answer records
    text: str
    correct: bool
    credit: float


@dataclasses.dataclass
class QuestionView:
    key: str
    number: int
    kind: str  # choice or free_text
    prompt: str
    code: str | None
    code_language: str
    multiple: bool
    options: list[ShownOption]  # in the order this attempt shows them
    chosen: list[int]
    text: str | None
    explanation: str
    points: float
    # The share of the points the answer earns, from -1 to 1; None until a reviewer grades a written one.
    fraction: float | None
    rubric: list[tuple[str, float]]
    max_words: int
    flagged: bool = False

    @property
    def answered(self) -> bool:
        return bool(self.chosen) or bool(self.text and self.text.strip())

    @property
    def earned(self) -> float:
        return round(self.points * (self.fraction or 0.0), 2)

    @property
    def awaiting_review(self) -> bool:
        return self.kind == "free_text" and self.fraction is None and self.answered

    @property
    def outcome(self) -> str:
        """What the candidate's result says of this question."""
        if not self.answered:
            return "Not answered"
        if self.fraction is None:
            return "Awaiting review"
        if self.fraction >= 1:
            return "Correct"
        return "Partly correct" if self.fraction > 0 else "Incorrect"


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
    # An SQL problem's schema.sql, shown under its statement.
    schema_sql: str | None = None

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
    index: int
    title: str
    kind: str
    minutes: int | None
    layout: str
    questions: list[QuestionView]
    problems: list[ProblemView]
    # In a sequential round: closed (left, or out of time), open, or upcoming; a free round's are all open.
    state: str = "open"

    @property
    def unanswered(self) -> list[QuestionView]:
        return [question for question in self.questions if not question.answered]

    @property
    def flagged(self) -> list[QuestionView]:
        return [question for question in self.questions if question.flagged]

    @property
    def points(self) -> float:
        return sum(q.points for q in self.questions) + sum(p.points for p in self.problems)

    @property
    def earned(self) -> float:
        """Negative marking lowers a section's score, never below zero."""
        total = sum(q.earned for q in self.questions) + sum(p.earned for p in self.problems)
        return max(0.0, round(total, 2))

    @property
    def awaiting_review(self) -> bool:
        return any(question.awaiting_review for question in self.questions)


@dataclasses.dataclass
class AttemptView:
    attempt: Attempt
    title: str
    results_policy: str
    sections: list[SectionView]
    seconds_left: int
    is_open: bool
    # The open section of a sequential round, with its own deadline; None in a free round.
    clock: SectionClock | None = None

    @property
    def open_sections(self) -> list[SectionView]:
        """What the round page shows: every section of a free round, the open one of a sequential one."""
        return [section for section in self.sections if section.state == "open"]

    @property
    def section_ends(self) -> dt.datetime | None:
        """When the open section of a sequential round closes, if before the round's deadline."""
        if self.clock is None or self.clock.deadline >= self.attempt.deadline:
            return None
        return self.clock.deadline

    @property
    def period_seconds(self) -> int:
        """How long the timer's countdown is in all: a warning "5 minutes left" means nothing in a section
        of five minutes."""
        start = self.clock.started_at if self.section_ends and self.clock else self.attempt.started_at
        return int(((self.section_ends or self.attempt.deadline) - start).total_seconds())

    @property
    def points(self) -> float:
        return sum(section.points for section in self.sections)

    @property
    def earned(self) -> float:
        return round(sum(section.earned for section in self.sections), 2)

    @property
    def awaiting_review(self) -> bool:
        return any(section.awaiting_review for section in self.sections)

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
    clock = sections_clock(attempt, now)
    sections = []
    number = 0
    for index, section in enumerate(attempt.plan["sections"]):
        questions, problems = [], []
        for item in section["items"]:
            if item["kind"] == "question":
                number += 1
                bank = await catalog.pinned_bank(session, item["slug"], item["version"])
                questions.append(
                    _question(item, bank, number, answers.get(item["key"]), section["points_per_item"])
                )
            else:
                problem = await catalog.pinned_problem(session, item["slug"], item["version"])
                # Only submissions judged on the version the attempt holds count (a re-judge moves it).
                counted = [s for s in by_item.get(item["key"], []) if s.problem_version == item["version"]]
                problems.append(_problem(item, problem, section["points_per_item"], counted))
        sections.append(
            SectionView(
                index=index,
                title=section["title"],
                kind=section["kind"],
                minutes=section.get("minutes"),
                layout=section.get("layout", "list"),
                questions=questions,
                problems=problems,
                state=_state(index, clock),
            )
        )
    return AttemptView(
        attempt=attempt,
        title=attempt.plan["title"],
        results_policy=attempt.plan["results"],
        sections=sections,
        seconds_left=max(0, int((attempt.deadline - now).total_seconds())) if attempt.is_open(now) else 0,
        is_open=attempt.is_open(now),
        clock=clock,
    )


def _state(index: int, clock: SectionClock | None) -> str:
    if clock is None or index == clock.index:
        return "open"
    return "closed" if index < clock.index else "upcoming"


def _question(
    item: dict[str, Any], bank: Bank, number: int, answer: Answer | None, points: float
) -> QuestionView:
    question = bank.question(item["question"])
    assert question is not None
    chosen = list(answer.choice) if answer else []
    text = answer.text if answer else None
    flagged = bool(answer and answer.flagged)
    if isinstance(question, FreeTextQuestion):
        return QuestionView(
            key=item["key"],
            number=number,
            kind="free_text",
            prompt=question.prompt,
            code=None,
            code_language="text",
            multiple=False,
            options=[],
            chosen=[],
            text=text,
            explanation=question.explanation,
            points=points,
            fraction=None if text and text.strip() else 0.0,
            rubric=[(point.point, point.weight) for point in question.rubric],
            max_words=question.max_words,
            flagged=flagged,
        )
    order = item.get("order") or list(range(len(question.options)))
    return QuestionView(
        key=item["key"],
        number=number,
        kind="choice",
        prompt=question.prompt,
        code=question.code,
        code_language=question.code_language,
        multiple=question.multiple,
        options=[
            ShownOption(
                index,
                question.options[index].text,
                question.options[index].correct,
                question.credit_of(question.options[index]),
            )
            for index in order
        ],
        chosen=chosen,
        text=None,
        explanation=question.explanation,
        points=points,
        fraction=question.score(chosen),
        rubric=[],
        max_words=0,
        flagged=flagged,
    )


def _problem(
    item: dict[str, Any], problem: Problem, points: float, submissions: list[Submission]
) -> ProblemView:
    return ProblemView(
        key=item["key"],
        title=problem.title,
        statement=problem.statement,
        samples=problem.samples(),
        languages=[offered_language(name, problem, get_settings()) for name in problem.spec.languages],
        starter=problem.starter,
        time_seconds=problem.spec.limits.time_seconds,
        memory_mb=problem.spec.limits.memory_mb,
        points=points,
        submissions=submissions,
        schema_sql=problem.schema_sql,
    )
