"""The JSON shapes of submissions in the API."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from mockround.submissions.models import Purpose, Submission


class SubmissionIn(BaseModel):
    problem: str = Field(description="The problem's key in the attempt, as listed in its sections.")
    language: str = "python3"
    source: str = Field(max_length=200_000)
    purpose: Purpose = Purpose.SUBMIT
    custom_input: str | None = Field(
        default=None,
        description="A Run's own input, judged as one more test named `custom` whose output is shown and "
        "never compared; ignored on a Submit, refused for SQL problems.",
    )


class TestOut(BaseModel):
    name: str
    verdict: str
    time_ms: int
    memory_kb: int
    sample: bool
    output: str | None = None
    expected: str | None = None
    first_difference: int | None = None
    error: str | None = None
    # The Run's custom input: `accepted` means only that it ran to a normal exit.
    custom: bool = False


class SubmissionOut(BaseModel):
    id: int
    problem: str
    language: str
    purpose: Purpose
    custom_input: str | None
    status: str
    final: bool
    verdict: str | None
    score: float | None
    message: str | None
    tests: list[TestOut]
    created_at: dt.datetime
    judged_at: dt.datetime | None

    @classmethod
    def of(cls, submission: Submission) -> SubmissionOut:
        result: dict[str, Any] = submission.result or {}
        return cls(
            id=submission.id,
            problem=submission.item_key,
            language=submission.language,
            purpose=Purpose(submission.purpose),
            custom_input=submission.custom_input,
            status=submission.status,
            final=submission.judged_at is not None,
            verdict=submission.verdict,
            score=submission.score,
            message=result.get("message"),
            tests=[TestOut.model_validate(test) for test in result.get("tests", [])],
            created_at=submission.created_at,
            judged_at=submission.judged_at,
        )
