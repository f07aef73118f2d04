"""What `problems check` adds for SQL problems: solutions run on every engine they declare, and a portable
accepted query must give the same rows on PostgreSQL and SQLite."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Mapping
from pathlib import Path

from mockround.grading.job import ProblemKind, SqlEngineName
from mockround.grading.sandbox import SandboxError
from mockround.grading.sql import QueryLimits, QueryOutcome, SqlEngine, refused_statement
from mockround.grading.sql_results import ResultTable, compare_tables, format_table
from mockround.problems.findings import Finding
from mockround.problems.loader import Catalog
from mockround.problems.schema import Problem

ENGINE_NAMES = {engine.value for engine in SqlEngineName}


def engine_tag(path: Path) -> str | None:
    """`postgres` for `window.postgres.sql`: a solution written for one engine only."""
    tag = Path(path.stem).suffix.lstrip(".")
    return tag if tag in ENGINE_NAMES else None


def engines_for(problem: Problem, path: Path) -> list[SqlEngineName | None]:
    """The engines a file runs on: [None] for a program; for an SQL problem, the engines it declares, or
    the one the file is named for (NAME.postgres.sql, NAME.sqlite.sql)."""
    if problem.spec.kind is not ProblemKind.SQL or problem.spec.sql is None:
        return [None]
    tag = engine_tag(path)
    return [engine for engine in problem.spec.sql.engines if tag is None or engine.value == tag]


def on_engine(engine: SqlEngineName | None, findings: list[Finding]) -> list[Finding]:
    """Findings about a run on an engine say which engine."""
    if engine is None:
        return findings
    return [dataclasses.replace(f, message=f"on {engine.value}: {f.message}") for f in findings]


def sql_findings(root: Path, catalog: Catalog, engines: Mapping[str, SqlEngine]) -> list[Finding]:
    """Per SQL problem: each declared engine that cannot be run here (a warning), each declared engine no
    accepted solution runs on, and each portable accepted query that differs between the engines."""
    findings: list[Finding] = []
    for slug, problem in sorted(catalog.problems.items()):
        if problem.spec.kind is not ProblemKind.SQL or problem.spec.sql is None:
            continue
        folder = root / "coding" / slug
        accepted = sorted((folder / "solutions" / "accepted").glob("*.sql"))
        for engine in problem.spec.sql.engines:
            if engine.value not in engines:
                findings.append(
                    Finding(
                        str(folder),
                        f"not proven on {engine.value}: no PostgreSQL was given "
                        "(--sql-postgres DSN, MOCKROUND_SQL_ADMIN_URL or a Postgres MOCKROUND_DATABASE_URL)",
                        "warning",
                    )
                )
            if not any(engine in engines_for(problem, path) for path in accepted):
                findings.append(
                    Finding(
                        str(folder),
                        f"no accepted solution runs on {engine.value}: add one under solutions/accepted/",
                    )
                )
        declared = [engines[e.value] for e in problem.spec.sql.engines if e.value in engines]
        if len(declared) < 2:
            continue
        for path in accepted:
            if engine_tag(path) is None:
                findings += _agreement(problem, path, declared)
    return findings


def _agreement(problem: Problem, path: Path, engines: list[SqlEngine]) -> list[Finding]:
    """The same query on every engine, test by test: the same rows, or a finding that shows both."""
    assert problem.spec.sql is not None and problem.schema_sql is not None
    source = path.read_text(encoding="utf-8")
    if refused_statement(source):
        return []  # its own run reports it
    limits = QueryLimits(problem.spec.limits.time_seconds, engines[0].max_rows, engines[0].max_bytes)
    seeds = [test.input for test in problem.tests]
    results: list[list[ResultTable]] = []
    for engine in engines:
        try:
            with contextlib.closing(engine.run_tests(problem.schema_sql, seeds, source, limits)) as runs:
                tables = [run.table for run in runs if run.outcome is QueryOutcome.OK and run.table]
        except SandboxError as exc:
            return [Finding(str(path), f"could not compare engines: {exc}")]
        if len(tables) != len(seeds):
            return []  # its own runs report the verdict
        results.append(tables)
    for index, test in enumerate(problem.tests):
        tables_here = [(engine, results[number][index]) for number, engine in enumerate(engines)]
        (first, left), *others = tables_here
        for other, right in others:
            if not compare_tables(left, right, problem.spec.sql, problem.spec.tolerance).matches:
                return [
                    Finding(
                        str(path),
                        f"gives different rows on {first.name.value} and {other.name.value} for {test.name}: "
                        f"{format_table(left)!r} against {format_table(right)!r}; make the query portable, "
                        "or name it NAME.postgres.sql / NAME.sqlite.sql and add one for the other engine",
                    )
                ]
    return []
