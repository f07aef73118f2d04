"""Judging SQL problems: one query, run against each test's freshly seeded schema in an SQL engine.

Two engines, chosen by settings like the sandbox: PostgreSQL in service mode (`grading.sql_postgres`, a
database of its own, a role that can only read the run's schema, always rolled back) and SQLite in embedded
mode (an in-memory database per run, read-only by pragma and authorizer). Nothing here knows the platform's
database: the caller gives the engine its DSN.
"""

from __future__ import annotations

import abc
import contextlib
import dataclasses
import enum
import re
import sqlite3
import time
from collections.abc import Callable, Generator, Sequence

from mockround.grading.job import (
    MESSAGE_BYTES,
    SAMPLE_OUTPUT_BYTES,
    JudgeJob,
    JudgeResult,
    SqlEngineName,
    TestCase,
    TestResult,
)
from mockround.grading.sandbox import SandboxError
from mockround.grading.sql_results import (
    Cell,
    MalformedResult,
    ResultTable,
    compare_tables,
    format_table,
    parse_table,
    to_cell,
)
from mockround.grading.verdicts import Verdict, overall_verdict

QUERY_STARTS = ("select", "with", "values", "table")
FETCH_BATCH = 100
# SQLite calls the progress handler every this many virtual-machine instructions.
PROGRESS_STEPS = 2000


class QueryOutcome(enum.Enum):
    OK = "ok"
    REFUSED = "refused"  # a syntax error, an unknown name, or a statement that is not one query
    SQL_ERROR = "sql_error"  # the query started and failed (division by zero, a bad cast...)
    TIME_LIMIT = "time_limit"
    TOO_LARGE = "too_large"  # more rows or bytes than the engine returns


@dataclasses.dataclass(frozen=True)
class QueryLimits:
    time_seconds: float
    max_rows: int
    max_bytes: int


@dataclasses.dataclass(frozen=True)
class QueryRun:
    outcome: QueryOutcome
    table: ResultTable | None = None
    message: str | None = None
    wall_ms: int = 0


class SqlSetupError(SandboxError):
    """The problem's own schema.sql or seed data failed: the author's fault, never the candidate's."""


class SqlEngine(abc.ABC):
    """Runs one query against one seeded schema, contained, and leaves nothing behind."""

    name: SqlEngineName

    def __init__(self, max_rows: int = 10_000, max_bytes: int = 4 * 1024 * 1024) -> None:
        self.max_rows = max_rows
        self.max_bytes = max_bytes

    @abc.abstractmethod
    def description(self) -> str:
        """The engine and version that run queries here, as candidates are told (e.g. PostgreSQL 15.4)."""

    @abc.abstractmethod
    def run(self, schema: str, seed: str, query: str, limits: QueryLimits) -> QueryRun:
        """Create the schema, seed it, run the query read-only; raise SqlSetupError if the setup fails
        and SandboxUnavailable if the engine cannot be reached."""

    def run_tests(
        self, schema: str, seeds: Sequence[str], query: str, limits: QueryLimits
    ) -> Generator[QueryRun, None, None]:
        """The query on each seed in turn, each on its own fresh tables; close it to stop early."""
        for seed in seeds:
            yield self.run(schema, seed, query, limits)


def refused_statement(query: str) -> str | None:
    """Why the text is not one query (SELECT, WITH, VALUES or TABLE), or None when it is."""
    code = _code_only(query).strip()
    code = code[:-1].rstrip() if code.endswith(";") else code
    if not code:
        return "The query is empty: write one SELECT statement."
    if ";" in code:
        return "Only one statement is accepted: remove everything after the first semicolon."
    first = re.match(r"[(\s]*([A-Za-z_]+)", code)
    word = first.group(1).lower() if first else ""
    if word not in QUERY_STARTS:
        shown = word.upper() or code[:20]
        return (
            f"Only a query is accepted (SELECT, WITH, VALUES or TABLE); this statement starts with {shown}. "
            "The tables are read-only."
        )
    return None


def _code_only(query: str) -> str:
    """The query with comments, string literals and quoted names blanked, so `;` and keywords in them
    do not count."""
    out: list[str] = []
    index, size = 0, len(query)
    while index < size:
        char = query[index]
        if query.startswith("--", index):
            end = query.find("\n", index)
            index = size if end < 0 else end
        elif query.startswith("/*", index):
            depth, index = 1, index + 2
            while index < size and depth:
                if query.startswith("/*", index):
                    depth, index = depth + 1, index + 2
                elif query.startswith("*/", index):
                    depth, index = depth - 1, index + 2
                else:
                    index += 1
            out.append(" ")
        elif char in "'\"":
            index = _closing_quote(query, index, char)
            out.append(" '' ")
        elif char == "$" and (tag := re.match(r"\$[A-Za-z_]*\$", query[index:])):
            end = query.find(tag.group(0), index + len(tag.group(0)))
            index = size if end < 0 else end + len(tag.group(0))
            out.append(" '' ")
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _closing_quote(query: str, start: int, quote: str) -> int:
    index = start + 1
    while index < len(query):
        if query[index] == quote:
            if query.startswith(quote * 2, index):
                index += 2
                continue
            return index + 1
        index += 1
    return len(query)


class SqliteEngine(SqlEngine):
    """An in-memory SQLite database per run: read-only by pragma and authorizer, timed by a progress
    handler. It runs in the judging process; nothing of the platform's is reachable from it."""

    name = SqlEngineName.SQLITE

    def description(self) -> str:
        return f"SQLite {sqlite3.sqlite_version}"

    def run(self, schema: str, seed: str, query: str, limits: QueryLimits) -> QueryRun:
        connection = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            # No value (text, blob, row) may be larger than the result may be.
            connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, max(limits.max_bytes, 1_000_000))
            connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
            try:
                connection.executescript(schema)
                connection.executescript(seed)
            except sqlite3.Error as exc:
                raise SqlSetupError(f"the problem's schema or seed data failed in SQLite: {exc}") from exc
            connection.execute("PRAGMA query_only = ON")
            connection.set_authorizer(_read_only)
            started = time.monotonic()
            deadline = started + limits.time_seconds
            connection.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_STEPS)
            try:
                # EXPLAIN prepares without reading a row: what fails here is the query's own fault as
                # written (syntax, names, a refused statement), not something it met at run time.
                connection.execute("EXPLAIN " + query).fetchall()
            except (sqlite3.Error, sqlite3.Warning) as exc:
                if _interrupted(exc):
                    return QueryRun(QueryOutcome.TIME_LIMIT, wall_ms=ms_since(started))
                return QueryRun(QueryOutcome.REFUSED, message=_sqlite_message(exc))
            try:
                cursor = connection.execute(query)
                columns = [str(column[0]) for column in cursor.description or []]
                return collect_rows(columns, cursor.fetchmany, limits, started)
            except (sqlite3.Error, sqlite3.Warning) as exc:
                if _interrupted(exc):
                    return QueryRun(QueryOutcome.TIME_LIMIT, wall_ms=ms_since(started))
                return QueryRun(
                    QueryOutcome.SQL_ERROR, message=_sqlite_message(exc), wall_ms=ms_since(started)
                )
        finally:
            connection.close()


# The authorizer's action codes that only read: SELECT itself, reading a column, calling a function, and
# a recursive common table expression. Everything else (writes, PRAGMA, ATTACH, schema changes) is denied.
_READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, 33}


def _read_only(
    action: int, _arg1: str | None, _arg2: str | None, _db: str | None, _trigger: str | None
) -> int:
    return sqlite3.SQLITE_OK if action in _READ_ACTIONS else sqlite3.SQLITE_DENY


def _interrupted(exc: Exception) -> bool:
    return "interrupted" in str(exc)


def _sqlite_message(exc: Exception) -> str:
    text = str(exc)
    if "not authorized" in text:
        return f"SQLite refused the statement ({text}): only reading queries are allowed."
    return text


def collect_rows(
    columns: list[str],
    fetch: Callable[[int], Sequence[Sequence[object]]],
    limits: QueryLimits,
    started: float,
) -> QueryRun:
    """Fetch rows in batches up to the row and byte caps; more is Too Large, never held in memory."""
    rows: list[list[Cell]] = []
    size = 0
    while True:
        batch = fetch(FETCH_BATCH)
        if not batch:
            break
        for raw in batch:
            row = [to_cell(value) for value in raw]
            size += sum(len(str(cell)) + 1 for cell in row)
            rows.append(row)
            if len(rows) > limits.max_rows or size > limits.max_bytes:
                return QueryRun(
                    QueryOutcome.TOO_LARGE,
                    message=f"The result is larger than {limits.max_rows} rows or "
                    f"{limits.max_bytes // 1024} KB; it was cut off there.",
                    wall_ms=ms_since(started),
                )
    table = ResultTable(columns, rows)
    return QueryRun(QueryOutcome.OK, table=table, wall_ms=ms_since(started))


def ms_since(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def sql_budget_seconds(job: JudgeJob) -> float:
    """The longest judging this job may take: each test's time limit, setup and a margin."""
    return len(job.tests) * (job.limits.time_seconds + 3.0) + 10.0


def judge_sql(job: JudgeJob, engine: SqlEngine) -> JudgeResult:
    """Judge an SQL job on the given engine (SQLite instead when the problem does not run on it)."""
    if job.sql is None or job.schema_sql is None:
        return _internal("an SQL job needs its problem's sql options and schema.sql", engine)
    if engine.name not in job.sql.engines:
        if SqlEngineName.SQLITE not in job.sql.engines:
            wanted = " or ".join(name.value for name in job.sql.engines)
            return _internal(
                f"this problem runs only on {wanted}, and this server judges SQL with "
                f"{engine.description()}: run the platform in service mode (PostgreSQL)",
                engine,
            )
        engine = SqliteEngine(engine.max_rows, engine.max_bytes)
    refusal = refused_statement(job.source)
    if refusal:
        return JudgeResult(
            verdict=Verdict.COMPILATION_ERROR, score=0.0, message=refusal, sandbox=engine.description()
        )
    limits = QueryLimits(
        time_seconds=job.limits.time_seconds,
        max_rows=engine.max_rows,
        max_bytes=min(engine.max_bytes, job.limits.output_kb * 1024),
    )
    results: list[TestResult] = []
    seeds = [test.input for test in job.tests]
    with contextlib.closing(engine.run_tests(job.schema_sql, seeds, job.source, limits)) as runs:
        for test, run in zip(job.tests, runs, strict=True):
            if run.outcome is QueryOutcome.REFUSED:
                return JudgeResult(
                    verdict=Verdict.COMPILATION_ERROR,
                    score=0.0,
                    message=_cut(run.message or "", MESSAGE_BYTES),
                    sandbox=engine.description(),
                )
            try:
                results.append(_test_result(job, test, run))
            except MalformedResult as exc:
                return _internal(f"test {test.name}: its .ans is not a result table: {exc}", engine)
    total = sum(result.weight for result in results) or 1.0
    passed = sum(result.weight for result in results if result.verdict is Verdict.ACCEPTED)
    return JudgeResult(
        verdict=overall_verdict([result.verdict for result in results]),
        score=round(passed / total, 6),
        tests=results,
        sandbox=engine.description(),
    )


_VERDICTS = {
    QueryOutcome.SQL_ERROR: Verdict.RUNTIME_ERROR,
    QueryOutcome.TIME_LIMIT: Verdict.TIME_LIMIT,
    QueryOutcome.TOO_LARGE: Verdict.OUTPUT_LIMIT,
}


def _test_result(job: JudgeJob, test: TestCase, run: QueryRun) -> TestResult:
    assert job.sql is not None
    expected = parse_table(test.answer)
    note = run.message
    first = None
    if run.outcome is QueryOutcome.OK and run.table is not None:
        comparison = compare_tables(expected, run.table, job.sql, job.tolerance)
        verdict = Verdict.ACCEPTED if comparison.matches else Verdict.WRONG_ANSWER
        first, note = comparison.first_difference, comparison.reason
    else:
        verdict = _VERDICTS[run.outcome]
    shown = test.sample
    return TestResult(
        name=test.name,
        verdict=verdict,
        sample=test.sample,
        weight=test.weight,
        time_ms=run.wall_ms,
        wall_ms=run.wall_ms,
        output=_cut(format_table(run.table), SAMPLE_OUTPUT_BYTES) if shown and run.table else None,
        expected=_cut(test.answer, SAMPLE_OUTPUT_BYTES) if shown else None,
        first_difference=first if shown and verdict is Verdict.WRONG_ANSWER else None,
        error=_cut(note, 1024) if shown and note and verdict is not Verdict.ACCEPTED else None,
    )


def _internal(message: str, engine: SqlEngine) -> JudgeResult:
    return JudgeResult(
        verdict=Verdict.INTERNAL_ERROR, score=0.0, message=message, sandbox=engine.description()
    )


def _cut(text: str, limit: int) -> str:
    data = text.encode("utf-8")
    return data[:limit].decode("utf-8", "replace") + ("\n[... cut]" if len(data) > limit else "")
