"""The YAML format of problems, question banks and rounds: these models are its single definition."""

from __future__ import annotations

import enum
import fnmatch
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, StringConstraints, Tag, model_validator

from mockround.grading.compare import Comparison, Tolerance
from mockround.grading.job import (
    SQL_LANGUAGE,
    FunctionTarget,
    JudgeJob,
    Limits,
    ProblemKind,
    SqlOptions,
    TestCase,
)
from mockround.grading.sql_results import MalformedResult, parse_table

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
    # For `kind: sql`: rows ordered or unordered, the engines it runs on, decimal places of numbers.
    sql: SqlOptions | None = None
    # A test's share of the score, by a glob on its name (`sample-01`, `hidden-large-2`); the first
    # pattern that matches wins, and a test no pattern matches weighs 1. A weight of 0 does not count.
    test_weights: dict[str, float] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _weights(self) -> ProblemSpec:
        negative = [pattern for pattern, weight in self.test_weights.items() if weight < 0]
        if negative:
            raise ValueError(f"test_weights {negative} are below 0: a weight is 0 or more")
        return self

    def weight_of(self, test_name: str) -> float:
        for pattern, weight in self.test_weights.items():
            if fnmatch.fnmatchcase(test_name, pattern):
                return weight
        return 1.0

    @model_validator(mode="before")
    @classmethod
    def _sql_defaults(cls, raw: object) -> object:
        # An SQL problem is written in SQL and has SQL options, whether or not the file says so.
        if isinstance(raw, dict) and raw.get("kind") == ProblemKind.SQL.value:
            raw = {"languages": [SQL_LANGUAGE], "sql": {}, **raw}
        return raw

    @model_validator(mode="after")
    def _sql_language(self) -> ProblemSpec:
        if self.kind is ProblemKind.SQL:
            if self.languages != [SQL_LANGUAGE] or self.function is not None:
                raise ValueError(f"an SQL problem has `languages: [{SQL_LANGUAGE}]` and no `function`")
        elif SQL_LANGUAGE in self.languages or self.sql is not None:
            raise ValueError(f"`{SQL_LANGUAGE}` and `sql:` are only for `kind: sql` problems")
        return self

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
    # For an SQL problem: schema.sql, the tables created afresh before each test's seed data.
    schema_sql: str | None = None

    @model_validator(mode="after")
    def _tests_have_answers(self) -> Problem:
        # Only a Run's custom input goes without an expected output, and it is never part of a problem.
        missing = [test.name for test in self.tests if test.custom]
        if missing:
            raise ValueError(f"tests {missing} have no expected output")
        return self

    @model_validator(mode="after")
    def _sql_parts(self) -> Problem:
        if self.spec.kind is not ProblemKind.SQL:
            return self
        if not (self.schema_sql or "").strip():
            raise ValueError("an SQL problem needs schema.sql in its folder: the CREATE TABLE statements")
        for test in self.tests:
            try:
                parse_table(test.answer)
            except MalformedResult as exc:
                raise ValueError(f"test {test.name}: the .ans is not a result table: {exc}") from exc
        return self

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
            sql=self.spec.sql,
            schema_sql=self.schema_sql,
        )

    @property
    def title(self) -> str:
        return self.spec.title

    def samples(self) -> list[TestCase]:
        return [test for test in self.tests if test.sample]


class Option(Strict):
    text: str = Field(min_length=1)
    correct: bool = False
    # The share of the question's points that choosing this option earns, from -1 (a penalty: negative
    # marking) to 1. Without any credit, a question is all or nothing: exactly the right options earn it.
    credit: float | None = Field(default=None, ge=-1, le=1)


class ChoiceQuestion(Strict):
    """A multiple-choice question: one right option, or several with `multiple: true`."""

    kind: Literal["choice"] = "choice"
    id: Slug
    prompt: str = Field(min_length=1)
    # Code shown under the prompt, in a monospace block.
    code: str | None = None
    # The language of `code`. Only Python snippets are run by `problems check`.
    code_language: Slug = "python"
    # For a Python snippet: the options are what it prints, so `problems check` runs it and requires the
    # keyed option to be its real output. False for a question about the code that is not its output.
    check_output: bool = True
    # Choose all that apply: every option marked `correct` must be chosen, and no other.
    multiple: bool = False
    options: list[Option] = Field(min_length=2, max_length=10)
    explanation: str = Field(min_length=1)
    tags: list[str] = Field(default_factory=list)
    difficulty: Difficulty = Difficulty.MEDIUM

    @model_validator(mode="after")
    def _keyed(self) -> ChoiceQuestion:
        correct = sum(option.correct for option in self.options)
        if not self.multiple and correct != 1:
            raise ValueError(
                f"question {self.id!r} must mark exactly one option `correct: true` (found {correct}); "
                "for a question with several right options, add `multiple: true`"
            )
        if self.multiple and correct < 1:
            raise ValueError(f"question {self.id!r} must mark at least one option `correct: true`")
        if self.has_credit:
            self._check_credit()
        return self

    def _check_credit(self) -> None:
        for option in self.options:
            credit = self.credit_of(option)
            if option.correct and credit <= 0:
                raise ValueError(
                    f"question {self.id!r}: the right option {option.text!r} must earn credit > 0"
                )
            if not option.correct and credit > 0:
                raise ValueError(
                    f"question {self.id!r}: the wrong option {option.text!r} earns credit {credit:g}; "
                    "give it 0 or a penalty below 0, or mark it `correct: true`"
                )
        best = sum(self.credit_of(o) for o in self.options if o.correct) if self.multiple else 1.0
        if abs(best - 1.0) > 1e-9:
            raise ValueError(
                f"question {self.id!r}: the right options' credits add up to {best:g}; "
                "they must add up to 1 (the whole question)"
            )
        if not self.multiple and abs(self.credit_of(self.options[self.correct_index]) - 1.0) > 1e-9:
            raise ValueError(f"question {self.id!r}: the right option must earn credit 1")

    @property
    def has_credit(self) -> bool:
        return any(option.credit is not None for option in self.options)

    def credit_of(self, option: Option) -> float:
        if option.credit is not None:
            return option.credit
        return 1.0 if option.correct and not self.multiple else 0.0

    @property
    def correct_index(self) -> int:
        return next(index for index, option in enumerate(self.options) if option.correct)

    @property
    def correct_indexes(self) -> list[int]:
        return [index for index, option in enumerate(self.options) if option.correct]

    def score(self, chosen: list[int]) -> float:
        """The share of the question's points that these chosen options earn, from -1 to 1."""
        picked = sorted({index for index in chosen if 0 <= index < len(self.options)})
        if not picked:
            return 0.0
        if not self.has_credit:
            return 1.0 if picked == self.correct_indexes else 0.0
        return max(-1.0, min(1.0, sum(self.credit_of(self.options[index]) for index in picked)))


class RubricPoint(Strict):
    point: str = Field(min_length=1)
    # Relative: a question's points are shared among its rubric points by weight.
    weight: float = Field(default=1.0, gt=0)


class FreeTextQuestion(Strict):
    """A question answered in writing (system design, say), graded later by a reviewer with the rubric."""

    kind: Literal["free_text"]
    id: Slug
    prompt: str = Field(min_length=1)
    rubric: list[RubricPoint] = Field(min_length=1, max_length=20)
    # A model answer, shown to the candidate with the results when the round's policy allows.
    explanation: str = Field(min_length=1)
    max_words: int = Field(default=1500, ge=10, le=10000)
    tags: list[str] = Field(default_factory=list)
    difficulty: Difficulty = Difficulty.MEDIUM


def _question_kind(value: object) -> str:
    if isinstance(value, dict):
        return str(value.get("kind", "choice"))
    return str(getattr(value, "kind", "choice"))


Question = Annotated[
    Annotated[ChoiceQuestion, Tag("choice")] | Annotated[FreeTextQuestion, Tag("free_text")],
    Discriminator(_question_kind),
]


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

    def question(self, question_id: str) -> ChoiceQuestion | FreeTextQuestion | None:
        return next((q for q in self.questions if q.id == question_id), None)


class SectionKind(enum.StrEnum):
    MULTIPLE_CHOICE = "multiple_choice"
    FREE_TEXT = "free_text"
    CODING = "coding"

    @property
    def question_kind(self) -> str | None:
        """The kind of bank question this section holds; None for coding sections."""
        return {"multiple_choice": "choice", "free_text": "free_text"}.get(self.value)


class Pool(Strict):
    """Draw `count` items at random from those that match every filter given."""

    count: int = Field(ge=1, le=200)
    # An item matches when it has at least one of these tags.
    tags: list[str] = Field(default_factory=list)
    difficulty: list[Difficulty] = Field(default_factory=list)
    # Question sections: only from these banks. Coding sections: only problems of these kinds.
    banks: list[Slug] = Field(default_factory=list)
    kinds: list[ProblemKind] = Field(default_factory=list)

    def admits(
        self,
        tags: list[str],
        difficulty: Difficulty,
        bank: str | None = None,
        problem_kind: ProblemKind | None = None,
    ) -> bool:
        return (
            (not self.tags or bool(set(self.tags) & set(tags)))
            and (not self.difficulty or difficulty in self.difficulty)
            and (not self.banks or bank in self.banks)
            and (not self.kinds or problem_kind in self.kinds)
        )

    def describe(self) -> str:
        parts = [f"tags {self.tags}" if self.tags else "", f"difficulty {[d.value for d in self.difficulty]}"]
        parts += [f"banks {self.banks}" if self.banks else "", f"kinds {[k.value for k in self.kinds]}"]
        return ", ".join(part for part in parts if part and not part.endswith("[]")) or "no filter"


class QuestionLayout(enum.StrEnum):
    LIST = "list"  # every question of the section on one page
    ONE_AT_A_TIME = "one_at_a_time"  # one question at a time, with next, previous and a map of them all


class Navigation(enum.StrEnum):
    FREE = "free"  # every section on one page, in any order; a section's `minutes` is a suggestion
    SEQUENTIAL = "sequential"  # one section at a time, in order, never back; `minutes` is enforced


class Section(Strict):
    title: str = Field(min_length=1)
    kind: SectionKind
    # Fixed items: `bank-slug/question-id` for questions, `problem-slug` for coding.
    items: list[str] = Field(default_factory=list)
    # Random draws, made when an attempt starts; an item is never given twice in one attempt.
    draw: list[Pool] = Field(default_factory=list)
    # Show the items in a random order (per attempt), and a multiple-choice question's options too.
    shuffle: bool = False
    shuffle_options: bool = False
    # The section's own time limit, within the round's: enforced by the server in a sequential round,
    # shown as a suggestion in a free one.
    minutes: int | None = Field(default=None, ge=1, le=600)
    points_per_item: float = Field(default=1.0, gt=0)
    # How a question section shows its questions.
    layout: QuestionLayout = QuestionLayout.LIST

    @model_validator(mode="after")
    def _has_items(self) -> Section:
        if not self.items and not self.draw:
            raise ValueError(f"section {self.title!r} needs `items:`, `draw:`, or both")
        if self.kind is SectionKind.CODING and any(pool.banks for pool in self.draw):
            raise ValueError(f"section {self.title!r}: `banks` filters questions; use `kinds` for problems")
        if self.kind is not SectionKind.CODING and any(pool.kinds for pool in self.draw):
            raise ValueError(f"section {self.title!r}: `kinds` filters problems; use `banks` for questions")
        if self.kind is SectionKind.CODING and self.layout is not QuestionLayout.LIST:
            raise ValueError(f"section {self.title!r}: `layout` is for question sections, not coding ones")
        return self

    @property
    def size(self) -> int:
        return len(self.items) + sum(pool.count for pool in self.draw)


class ResultPolicy(enum.StrEnum):
    NOTHING = "nothing"  # "Your answers are in": no score
    SCORE = "score"  # the total score
    SECTIONS = "sections"  # the total and each section's score
    FULL = "full"  # all that, with the right answers and explanations, own code and verdicts


class RoundSpec(Strict):
    """A round: one YAML file under `rounds/`."""

    title: str = Field(min_length=1)
    description: str = ""
    duration_minutes: int = Field(ge=1, le=600)
    practice: bool = True
    results: ResultPolicy = ResultPolicy.FULL
    # Free: the candidate moves between sections at will. Sequential: one section at a time, in order;
    # leaving a section, or its `minutes` running out, closes it for good.
    navigation: Navigation = Navigation.FREE
    sections: list[Section] = Field(min_length=1)

    @model_validator(mode="after")
    def _section_minutes_fit(self) -> RoundSpec:
        timed = sum(section.minutes or 0 for section in self.sections)
        if timed > self.duration_minutes:
            raise ValueError(
                f"the sections' own time limits add up to {timed} minutes, more than the round's "
                f"duration_minutes {self.duration_minutes}: raise duration_minutes or shorten a section"
            )
        return self
