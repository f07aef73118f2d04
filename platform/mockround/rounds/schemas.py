"""The JSON shapes of rounds, attempts and results in the API."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from mockround.rounds.models import Attempt
from mockround.rounds.views import AttemptView


class RoundOut(BaseModel):
    slug: str
    title: str
    version: str
    duration_minutes: int


class AttemptIn(BaseModel):
    round: str
    candidate_name: str = Field(default="", max_length=200)


class ItemOut(BaseModel):
    key: str
    kind: str


class SectionOut(BaseModel):
    title: str
    kind: str
    items: list[ItemOut]
    state: str = Field(
        description="open, closed or upcoming: a sequential round has one open section at a time; "
        "every section of a free round is open"
    )
    closes_at: dt.datetime | None = Field(
        default=None, description="When the open section of a sequential round closes by itself"
    )


class AttemptOut(BaseModel):
    id: str
    round: str
    candidate_name: str
    started_at: dt.datetime
    deadline: dt.datetime
    finished_at: dt.datetime | None
    is_open: bool
    seconds_left: int
    navigation: str
    sections: list[SectionOut]

    @classmethod
    def of(cls, attempt: Attempt, view: AttemptView) -> AttemptOut:
        return cls(
            id=attempt.id,
            round=attempt.round_slug,
            candidate_name=attempt.candidate_name,
            started_at=attempt.started_at,
            deadline=attempt.deadline,
            finished_at=attempt.finished_at,
            is_open=view.is_open,
            seconds_left=view.seconds_left,
            navigation=attempt.plan.get("navigation", "free"),
            sections=[
                SectionOut(
                    title=section["title"],
                    kind=section["kind"],
                    items=[ItemOut(key=item["key"], kind=item["kind"]) for item in section["items"]],
                    state=shown.state,
                    closes_at=view.clock.deadline if view.clock and shown.state == "open" else None,
                )
                for section, shown in zip(attempt.plan["sections"], view.sections, strict=True)
            ],
        )


class FlagIn(BaseModel):
    flagged: bool


class AnswerIn(BaseModel):
    choice: int | list[int] | None = Field(
        default=None,
        description="The chosen option's index, from 0, as the bank lists them; a list for a question "
        "with several answers; an empty list clears the answer.",
    )
    text: str | None = Field(
        default=None, max_length=60_000, description="The answer to a free-text question."
    )

    @property
    def choices(self) -> list[int]:
        if self.choice is None:
            return []
        return [self.choice] if isinstance(self.choice, int) else list(self.choice)


class AnswerOut(BaseModel):
    key: str
    choice: list[int]
    text: str | None
    saved_at: dt.datetime


class SectionResultOut(BaseModel):
    title: str
    points: float
    earned: float


class ResultOut(BaseModel):
    attempt: str
    finished: bool
    pending: bool = Field(description="True while a counted submission is still being judged.")
    awaiting_review: bool = Field(description="True while a written answer waits for a reviewer's grade.")
    score: float | None = Field(description="Hidden (null) when the round's result policy shows nothing.")
    max_score: float | None
    sections: list[SectionResultOut]

    @classmethod
    def of(cls, view: AttemptView) -> ResultOut:
        shown = view.results_policy != "nothing"
        by_section = view.results_policy in ("sections", "full")
        return cls(
            attempt=view.attempt.id,
            finished=not view.is_open,
            pending=view.pending,
            awaiting_review=view.awaiting_review,
            score=view.earned if shown else None,
            max_score=view.points if shown else None,
            sections=[
                SectionResultOut(title=s.title, points=s.points, earned=s.earned) for s in view.sections
            ]
            if by_section
            else [],
        )
