"""SQL problems: job to verdict on each engine, beside the same queries run with no isolation at all.

Run: .venv/bin/python -m benchmarks.bench_sql [--runs 10] [--postgres postgresql://postgres@127.0.0.1:5432/postgres]

The job is a shipped problem's accepted query against all its tests (`sql-top-scorers`: 8 tests, up to 400
submissions each). The baseline runs the same query on the same rows, already loaded, in one connection:
what the query itself costs. The difference is the price of a fresh schema, seeded, per test, run as a
read-only role in a transaction that is rolled back (PostgreSQL), or of a fresh in-memory database with its
pragma, authorizer and progress handler (SQLite).
"""

from __future__ import annotations

import argparse
import functools
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import psycopg

from mockround.grading.judge import judge
from mockround.grading.local import LocalSandbox
from mockround.grading.sql import SqlEngine, SqliteEngine
from mockround.grading.sql_postgres import PostgresEngine, admin_dsn_for
from mockround.grading.verdicts import Verdict
from mockround.problems.loader import load_problem

PROBLEM = Path(__file__).resolve().parents[1] / "problems" / "coding" / "sql-top-scorers"


def median_ms(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def baseline_sqlite(schema: str, seeds: list[str], query: str) -> Callable[[], object]:
    databases = []
    for seed in seeds:
        connection = sqlite3.connect(":memory:")
        connection.executescript(schema + seed)
        databases.append(connection)
    return lambda: [connection.execute(query).fetchall() for connection in databases]


def baseline_postgres(admin: str, schema: str, seeds: list[str], query: str) -> Callable[[], object]:
    connection = psycopg.connect(admin, autocommit=True)
    for index, seed in enumerate(seeds):
        connection.execute(f"DROP SCHEMA IF EXISTS bench_{index} CASCADE; CREATE SCHEMA bench_{index}")
        connection.execute(f"SET search_path = bench_{index}; {schema} {seed}".encode())

    def work() -> object:
        rows: list[object] = []
        for index in range(len(seeds)):
            connection.execute(f"SET search_path = bench_{index}")
            rows.append(connection.execute(query.encode()).fetchall())
        return rows

    return work


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres")
    options = parser.parse_args()
    problem = load_problem(PROBLEM)
    assert problem.schema_sql is not None
    query = next((PROBLEM / "solutions" / "accepted").glob("*.sql")).read_text()
    job = problem.job(query, "sql")
    seeds = [test.input for test in problem.tests]
    admin = admin_dsn_for(options.postgres)
    engines: list[tuple[SqlEngine, Callable[[], object]]] = [
        (SqliteEngine(), baseline_sqlite(problem.schema_sql, seeds, query)),
        (
            PostgresEngine(admin, "mockround_sql_bench"),
            baseline_postgres(admin, problem.schema_sql, seeds, query),
        ),
    ]
    print(f"{PROBLEM.name}: {len(seeds)} tests, median of {options.runs} runs")
    sandbox = LocalSandbox()  # never used: an SQL job goes to the engine
    for engine, baseline in engines:
        assert judge(job, sandbox, engine).verdict is Verdict.ACCEPTED  # also warms the engine up
        judged = median_ms(options.runs, functools.partial(judge, job, sandbox, engine))
        bare = median_ms(options.runs, baseline)
        per_test = judged / len(seeds)
        print(
            f"{engine.description():18} job to verdict {judged:7.1f} ms ({per_test:5.1f} ms a test); "
            f"the bare queries {bare:6.1f} ms: {judged / bare:5.1f}x"
        )
    with psycopg.connect(admin, autocommit=True) as connection:
        for index in range(len(seeds)):
            connection.execute(f"DROP SCHEMA IF EXISTS bench_{index} CASCADE")


if __name__ == "__main__":
    main()
