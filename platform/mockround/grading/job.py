"""A judge job and its result: plain serialisable values, so the judging core needs no database."""

from __future__ import annotations

import enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from mockround.grading.compare import Comparison, Tolerance
from mockround.grading.verdicts import Verdict

SAMPLE_OUTPUT_BYTES = 4096
MESSAGE_BYTES = 4096
# The name of the test a Run adds for the candidate's own input.
CUSTOM_TEST = "custom"


class TestCase(BaseModel):
    model_config = ConfigDict(frozen=True)
    __test__ = False  # Not a pytest class, whatever its name.

    name: str
    input: str
    # None only for the candidate's own input on a Run: it is run and shown, never compared.
    expected: str | None
    sample: bool = False
    weight: float = 1.0

    @property
    def custom(self) -> bool:
        return self.expected is None

    @property
    def answer(self) -> str:
        """The expected output of a test that is compared: every test of a problem has one."""
        if self.expected is None:
            raise ValueError(f"test {self.name!r} has no expected output: it is run, never compared")
        return self.expected

    @classmethod
    def of_custom_input(cls, text: str) -> TestCase:
        """The test a Run adds for what the candidate typed: shown like a sample, weighing nothing."""
        return cls(name=CUSTOM_TEST, input=text, expected=None, sample=True, weight=0.0)


class Limits(BaseModel):
    model_config = ConfigDict(frozen=True)

    time_seconds: float = Field(default=2.0, gt=0, le=30)
    memory_mb: int = Field(default=256, ge=16, le=4096)
    output_kb: int = Field(default=1024, ge=1, le=65536)


class ProblemKind(enum.StrEnum):
    STDIO = "stdio"  # the program reads stdin and writes stdout
    FUNCTION = "function"  # the candidate writes a function or a class; tests are JSON calls
    SQL = "sql"  # the candidate writes one query; tests seed a fresh schema and hold the expected rows


# The pseudo-language of SQL problems: offered in the editor, run by an SQL engine, never by a sandbox.
SQL_LANGUAGE = "sql"


class SqlEngineName(enum.StrEnum):
    POSTGRES = "postgres"
    SQLITE = "sqlite"


class RowOrder(enum.StrEnum):
    ORDERED = "ordered"  # the query's ORDER BY is part of the answer
    UNORDERED = "unordered"  # the rows are compared as a multiset


class SqlOptions(BaseModel):
    """`sql:` in an SQL problem's problem.yaml: how its result is compared, and where it runs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rows: RowOrder = RowOrder.UNORDERED
    engines: list[SqlEngineName] = Field(
        default_factory=lambda: [SqlEngineName.POSTGRES, SqlEngineName.SQLITE], min_length=1
    )
    # Numbers are rounded to this many decimal places (half away from zero) before they are compared;
    # None compares them within the problem's `tolerance`.
    decimals: int | None = Field(default=None, ge=0, le=12)


Identifier = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$", max_length=64)]


class FunctionTarget(BaseModel):
    """What a function-style problem calls: a function with arguments, or a class driven by method calls."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Identifier
    style: Annotated[str, StringConstraints(pattern=r"^(function|class)$")] = "function"


class JudgeJob(BaseModel):
    model_config = ConfigDict(frozen=True)

    source: str
    language: str
    tests: list[TestCase]
    limits: Limits = Limits()
    kind: ProblemKind = ProblemKind.STDIO
    function: FunctionTarget | None = None
    comparison: Comparison = Comparison.WHITESPACE
    tolerance: Tolerance = Tolerance()
    # The source of the problem's checker, for Comparison.CHECKER. It never enters the sandbox.
    checker: str | None = None
    # Judge no further than the first test that crashes or runs out of time or memory (the verdict is the
    # first failing test's anyway): for proving solutions that must fail. Tests not run get no result.
    stop_after_failure: bool = False
    # For SQL problems: the comparison options, and schema.sql (each test's input is its seed data).
    sql: SqlOptions | None = None
    schema_sql: str | None = None


class TestResult(BaseModel):
    __test__ = False

    name: str
    verdict: Verdict
    sample: bool
    weight: float
    time_ms: int = 0
    wall_ms: int = 0
    memory_kb: int = 0
    # Only for sample tests, cut to SAMPLE_OUTPUT_BYTES: hidden tests never show their data.
    output: str | None = None
    expected: str | None = None
    # For a sample that got Wrong Answer: the first line (from 1) where the output differs; for an SQL
    # problem, the first row (from 1, after the header).
    first_difference: int | None = None
    # The tail of stderr for sample tests; a hint of why a run failed.
    error: str | None = None
    # The candidate's own input: "accepted" here only means it ran to a normal exit.
    custom: bool = False


class JudgeResult(BaseModel):
    verdict: Verdict
    score: float
    tests: list[TestResult] = Field(default_factory=list)
    # Compiler output, or the reason for an internal error, cut to MESSAGE_BYTES.
    message: str | None = None
    sandbox: str = ""
