"""The YAML format of problems, question banks and rounds: these models are its single definition."""

from __future__ import annotations

import enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from mockround.grading.compare import Comparison, Tolerance
from mockround.grading.job import FunctionTarget, JudgeJob, Limits, ProblemKind, TestCase

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=100)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Difficulty(enum.StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class ProblemSpec(Strict):
    """`problem.yaml` in a coding problem's folder."""

    title: str = Field(min_length=1, max_length=200)
    kind: ProblemKind = ProblemKind.STDIO
    # For function-style problems: the function to call, or the class to drive with method calls.
    function: FunctionTarget | None = None
    difficulty: Difficulty = Difficulty.MEDIUM
    tags: list[str] = Field(default_factory=list)
    estimated_minutes: int = Field(default=20, ge=1, le=240)
    limits: Limits = Limits()
    languages: list[str] = Field(default_factory=lambda: ["python3"], min_length=1)
    # Default: whitespace-tolerant for stdio problems, JSON values for function-style ones.
    comparison: Comparison | None = None
    tolerance: Tolerance = Tolerance()

    @model_validator(mode="after")
    def _function_target(self) -> ProblemSpec:
        if self.kind is ProblemKind.FUNCTION and self.function is None:
            raise ValueError("a function-style problem needs `function: {name: ..., style: function|class}`")
        if self.kind is ProblemKind.STDIO and self.function is not None:
            raise ValueError("`function` is only for `kind: function` problems")
        return self

    @property
    def effective_comparison(self) -> Comparison:
        if self.comparison is not None:
            return self.comparison
        return Comparison.JSON if self.kind is ProblemKind.FUNCTION else Comparison.WHITESPACE


class Problem(Strict):
    """A coding problem as loaded from its folder: the spec plus statement, tests and starter code."""

    spec: ProblemSpec
    statement: str
    tests: list[TestCase] = Field(min_length=1)
    starter: dict[str, str] = Field(default_factory=dict)
    checker: str | None = None

    @model_validator(mode="after")
    def _checker_present(self) -> Problem:
        if self.spec.effective_comparison is Comparison.CHECKER and not self.checker:
            raise ValueError("`comparison: checker` needs a checker.py in the problem's folder")
        return self

    def job(self, source: str, language: str, tests: list[TestCase] | None = None) -> JudgeJob:
        """The judge job for a submission to this problem (all tests unless told otherwise)."""
        return JudgeJob(
            source=source,
            language=language,
            tests=self.tests if tests is None else tests,
            limits=self.spec.limits,
            kind=self.spec.kind,
            function=self.spec.function,
            comparison=self.spec.effective_comparison,
            tolerance=self.spec.tolerance,
            checker=self.checker,
        )

    @property
    def title(self) -> str:
        return self.spec.title

    def samples(self) -> list[TestCase]:
        return [test for test in self.tests if test.sample]


class Option(Strict):
    text: str = Field(min_length=1)
    correct: bool = False


class Question(Strict):
    id: Slug
    prompt: str = Field(min_length=1)
    # Code shown under the prompt, in a monospace block.
    code: str | None = None
    # The language of `code`. Only Python snippets are run by `problems check`.
    code_language: Slug = "python"
    # For a Python snippet: the options are what it prints, so `problems check` runs it and requires the
    # keyed option to be its real output. False for a question about the code that is not its output.
    check_output: bool = True
    options: list[Option] = Field(min_length=2, max_length=10)
    explanation: str = Field(min_length=1)
    tags: list[str] = Field(default_factory=list)
    difficulty: Difficulty = Difficulty.MEDIUM

    @model_validator(mode="after")
    def _one_correct(self) -> Question:
        correct = sum(option.correct for option in self.options)
        if correct != 1:
            raise ValueError(
                f"question {self.id!r} must mark exactly one option `correct: true` (found {correct})"
            )
        return self

    @property
    def correct_index(self) -> int:
        return next(index for index, option in enumerate(self.options) if option.correct)


class Bank(Strict):
    """A question bank: one YAML file under `banks/`."""

    title: str = Field(min_length=1)
    questions: list[Question] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Bank:
        seen: set[str] = set()
        for question in self.questions:
            if question.id in seen:
                raise ValueError(f"question id {question.id!r} appears twice; ids must be unique in a bank")
            seen.add(question.id)
        return self

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


class SectionKind(enum.StrEnum):
    MULTIPLE_CHOICE = "multiple_choice"
    CODING = "coding"


class Section(Strict):
    title: str = Field(min_length=1)
    kind: SectionKind
    # `bank-slug/question-id` for multiple choice, `problem-slug` for coding.
    items: list[str] = Field(min_length=1)
    points_per_item: float = Field(default=1.0, gt=0)


class ResultPolicy(enum.StrEnum):
    NOTHING = "nothing"
    SCORE = "score"
    FULL = "full"  # score, correct answers with explanations, own code and verdicts


class RoundSpec(Strict):
    """A round: one YAML file under `rounds/`."""

    title: str = Field(min_length=1)
    description: str = ""
    duration_minutes: int = Field(ge=1, le=600)
    practice: bool = True
    results: ResultPolicy = ResultPolicy.FULL
    sections: list[Section] = Field(min_length=1)
