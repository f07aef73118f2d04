"""SQL problems: verdicts on the real PostgreSQL and on SQLite, and hostile queries refused or contained."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from mockround.core.settings import Settings
from mockround.grading.job import JudgeJob, JudgeResult, Limits, ProblemKind, RowOrder, SqlOptions, TestCase
from mockround.grading.judge import UnsupportedJob, build_request, judge
from mockround.grading.languages import get_language
from mockround.grading.local import LocalSandbox
from mockround.grading.sql import QueryLimits, QueryOutcome, SqlEngine, SqliteEngine, judge_sql
from mockround.grading.sql_postgres import PostgresEngine, admin_dsn_for
from mockround.grading.verdicts import Verdict

SQL_DATABASE = "mockround_sql_test"
SCHEMA = """
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, active BOOLEAN NOT NULL,
                    signup_date DATE NOT NULL);
CREATE TABLE scores (user_id INTEGER NOT NULL REFERENCES users (id), score NUMERIC,
                     taken_at TIMESTAMP NOT NULL);
"""
SEED = """
INSERT INTO users VALUES (1, 'ada', 'UK', TRUE, '2024-01-01'), (2, 'bob', NULL, FALSE, '2024-01-08'),
                         (3, 'cy', 'FR', TRUE, '2024-01-09');
INSERT INTO scores VALUES (1, 10, '2024-02-01 10:00:00'), (1, 7.5, '2024-02-02 11:30:00'),
                          (2, NULL, '2024-02-03 09:00:00'), (3, 9, '2024-02-03 09:00:00');
"""
# The header, then one row per line, tab-separated; NULL is SQL NULL.
USERS = (
    "id\tname\tcountry\tactive\tsignup_date\n1\tada\tUK\ttrue\t2024-01-01\n2\tbob\tNULL\tfalse\t2024-01-08\n"
)
USERS += "3\tcy\tFR\ttrue\t2024-01-09\n"
AVERAGES = "user_id\tavg\n1\t8.75\n2\tNULL\n3\t9\n"
TESTS = [
    TestCase(name="sample-1", input=SEED, expected=USERS, sample=True),
    TestCase(name="hidden-1", input=SEED, expected=USERS),
]
RIGHT = "SELECT id, name, country, active, signup_date FROM users ORDER BY id;"


@pytest.fixture(scope="module")
def postgres_engine(postgres_server: str) -> PostgresEngine:
    return PostgresEngine(admin_dsn_for(postgres_server), SQL_DATABASE)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest) -> SqlEngine:
    if request.param == "postgres":
        engine: SqlEngine = request.getfixturevalue("postgres_engine")
        return engine
    return SqliteEngine()


def sql_job(
    source: str,
    tests: list[TestCase] = TESTS,
    rows: RowOrder = RowOrder.ORDERED,
    decimals: int | None = None,
    time_seconds: float = 1.0,
) -> JudgeJob:
    return JudgeJob(
        source=source,
        language="sql",
        tests=tests,
        limits=Limits(time_seconds=time_seconds),
        kind=ProblemKind.SQL,
        sql=SqlOptions(rows=rows, decimals=decimals),
        schema_sql=SCHEMA,
    )


def run(engine: SqlEngine, source: str, **options: object) -> JudgeResult:
    return judge(sql_job(source, **options), LocalSandbox(), engine)  # type: ignore[arg-type]


def leftover_schemas(admin: str) -> list[str]:
    with psycopg.connect(admin, dbname=SQL_DATABASE) as connection:
        rows = connection.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'run\\_%'"
            " UNION ALL SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'public'"
        ).fetchall()
    return [row[0] for row in rows]


# Verdicts


def test_accepted_compares_nulls_booleans_and_dates(engine: SqlEngine) -> None:
    result = run(engine, RIGHT)
    assert result.verdict is Verdict.ACCEPTED, result
    assert result.score == 1.0
    assert result.sandbox.startswith("PostgreSQL 1" if engine.name == "postgres" else "SQLite 3.")
    # The sample shows the candidate their own rows; a hidden test never does.
    assert result.tests[0].output is not None and "bob\tNULL" in result.tests[0].output
    assert result.tests[1].output is None


def test_wrong_answer_shows_expected_and_actual_rows_for_samples(engine: SqlEngine) -> None:
    result = run(engine, "SELECT id, name, country, active, signup_date FROM users WHERE country IS NOT NULL")
    assert result.verdict is Verdict.WRONG_ANSWER
    sample, hidden = result.tests
    assert sample.expected == USERS
    assert sample.output is not None and "bob" not in sample.output
    assert sample.first_difference == 2  # row 2 (bob) is where they part
    assert hidden.output is None and hidden.expected is None and hidden.first_difference is None


def test_unordered_rows_accept_any_order_ordered_rows_do_not(engine: SqlEngine) -> None:
    reversed_query = RIGHT.replace("ORDER BY id", "ORDER BY id DESC")
    assert run(engine, reversed_query, rows=RowOrder.UNORDERED).verdict is Verdict.ACCEPTED
    assert run(engine, reversed_query, rows=RowOrder.ORDERED).verdict is Verdict.WRONG_ANSWER


def test_numbers_are_rounded_as_the_problem_declares(engine: SqlEngine) -> None:
    tests = [TestCase(name="sample-1", input=SEED, expected=AVERAGES, sample=True)]
    query = (
        "SELECT u.id, AVG(s.score) FROM users u JOIN scores s ON s.user_id = u.id GROUP BY u.id ORDER BY u.id"
    )
    assert run(engine, query, tests=tests, decimals=2).verdict is Verdict.ACCEPTED
    off = query.replace("AVG(s.score)", "AVG(s.score) + 0.01")
    assert run(engine, off, tests=tests, decimals=2).verdict is Verdict.WRONG_ANSWER


def test_column_names_are_not_compared_but_their_number_is(engine: SqlEngine) -> None:
    renamed = "SELECT id AS a, name AS b, country AS c, active AS d, signup_date AS e FROM users ORDER BY id"
    assert run(engine, renamed).verdict is Verdict.ACCEPTED
    result = run(engine, "SELECT id, name FROM users ORDER BY id")
    assert result.verdict is Verdict.WRONG_ANSWER
    assert result.tests[0].error == "the result has 2 columns, 5 are expected"


def test_syntax_error_is_a_compilation_error_with_the_database_message(engine: SqlEngine) -> None:
    result = run(engine, "SELECT id, FROM users WHERE")
    assert result.verdict is Verdict.COMPILATION_ERROR
    assert result.message is not None and "syntax error" in result.message
    unknown = run(engine, "SELECT nope FROM users")
    assert unknown.verdict is Verdict.COMPILATION_ERROR
    assert unknown.message is not None and "nope" in unknown.message


def test_runtime_error_shows_the_message_on_samples(engine: SqlEngine) -> None:
    # SQLite divides by zero into NULL; an integer overflow fails in both.
    query = (
        "SELECT 1 / (id - id) FROM users"
        if engine.name == "postgres"
        else "SELECT abs(-9223372036854775807 - 1) FROM users"
    )
    result = run(engine, query)
    assert result.verdict is Verdict.RUNTIME_ERROR
    assert result.tests[0].error is not None
    assert ("division by zero" if engine.name == "postgres" else "overflow") in result.tests[0].error
    assert result.tests[1].error is None


def test_a_huge_cross_join_is_a_time_limit(engine: SqlEngine) -> None:
    query = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
        "SELECT count(*), 1, 2, 3, 4 FROM n a, n b, n c"
    )
    started = time.monotonic()
    result = run(engine, query, time_seconds=0.5)
    assert result.verdict is Verdict.TIME_LIMIT
    assert time.monotonic() - started < 2 * (0.5 + 1.0)  # both tests, each stopped at its limit


@pytest.mark.postgres
def test_pg_sleep_is_a_time_limit_even_when_the_query_lifts_the_timeout(
    postgres_engine: PostgresEngine,
) -> None:
    started = time.monotonic()
    result = run(
        postgres_engine, "SELECT set_config('statement_timeout', '0', true), pg_sleep(30)", time_seconds=0.5
    )
    assert result.verdict is Verdict.TIME_LIMIT
    assert time.monotonic() - started < 5
    assert leftover_schemas(postgres_engine.admin_dsn) == []


def test_a_huge_result_is_capped(engine: SqlEngine) -> None:
    small: SqlEngine = (
        PostgresEngine(engine.admin_dsn, SQL_DATABASE, max_rows=1000)
        if isinstance(engine, PostgresEngine)
        else SqliteEngine(max_rows=1000)
    )
    numbers = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {}) "
    result = run(small, numbers.format(100_000) + "SELECT i, i, i, i, i FROM n")
    assert result.verdict is Verdict.OUTPUT_LIMIT
    assert result.tests[0].error is not None and "1000 rows" in result.tests[0].error
    # 500 rows of 5,000 characters: over the problem's 1024 KB of output.
    wide = numbers.format(500) + "SELECT printf('%.5000d', 0), 1, 2, 3, 4 FROM n"
    if engine.name == "postgres":
        wide = "SELECT repeat('x', 5000), 1, 2, 3, 4 FROM generate_series(1, 500)"
    assert run(engine, wide).verdict is Verdict.OUTPUT_LIMIT


# Hostile queries


HOSTILE = {
    "several statements": "SELECT 1; SELECT 2",
    "commit then drop": "COMMIT; DROP TABLE users",
    "create table": "CREATE TABLE stolen (a INTEGER)",
    "insert": "INSERT INTO users VALUES (9, 'eve', NULL, TRUE, '2024-01-01')",
    "update": "UPDATE users SET name = 'eve'",
    "delete": "DELETE FROM users",
    "set role": "SET ROLE postgres",
    "copy to program": "COPY (SELECT 1) TO PROGRAM 'id'",
    "attach": "ATTACH DATABASE '/tmp/stolen.db' AS stolen",
    "pragma": "PRAGMA writable_schema = ON",
}


@pytest.mark.parametrize("query", HOSTILE.values(), ids=HOSTILE.keys())
def test_statements_that_are_not_one_query_are_refused_with_a_clear_message(
    engine: SqlEngine, query: str
) -> None:
    result = run(engine, query)
    assert result.verdict is Verdict.COMPILATION_ERROR
    assert result.message is not None and ("Only" in result.message)
    assert result.tests == []


BEHIND_THE_FILTER = {
    # Given to the engine directly, past the statement check: the engine itself refuses them.
    "several statements": "SELECT 1; DROP TABLE users",
    "delete": "DELETE FROM users",
    "data-modifying cte": "WITH gone AS (DELETE FROM users RETURNING id) SELECT id FROM gone",
    "create": "CREATE TABLE stolen AS SELECT * FROM users",
}


@pytest.mark.parametrize("query", BEHIND_THE_FILTER.values(), ids=BEHIND_THE_FILTER.keys())
def test_the_engine_refuses_writes_even_past_the_statement_check(engine: SqlEngine, query: str) -> None:
    outcome = engine.run(SCHEMA, SEED, query, QueryLimits(1.0, 100, 100_000))
    assert outcome.outcome in (QueryOutcome.REFUSED, QueryOutcome.SQL_ERROR)
    assert outcome.message
    after = engine.run(SCHEMA, SEED, "SELECT count(*) FROM users", QueryLimits(1.0, 100, 100_000))
    assert after.table is not None and after.table.rows == [[3]]


@pytest.mark.postgres
@pytest.mark.parametrize(
    "query",
    [
        "SELECT rolname, rolpassword FROM pg_authid",
        "SELECT set_config('role', 'postgres', true), current_user",
        "SELECT set_config('session_authorization', 'postgres', true)",
        "SELECT pg_read_file('/etc/passwd')",
        "SELECT * FROM dblink('dbname=postgres', 'SELECT 1') AS t(x INTEGER)",
        "SELECT lo_import('/etc/passwd')",
        "SELECT set_config('transaction_read_only', 'off', true)",
        "SELECT query FROM pg_stat_activity",
        f"SELECT set_config('role', '{SQL_DATABASE}_runner', true), pg_terminate_backend(pg_backend_pid())",
    ],
)
def test_postgres_privileges_hold_inside_a_query(postgres_engine: PostgresEngine, query: str) -> None:
    result = run(postgres_engine, query)
    assert result.verdict in (Verdict.COMPILATION_ERROR, Verdict.RUNTIME_ERROR), result
    message = result.message or result.tests[0].error or ""
    assert any(word in message for word in ("denied", "does not exist", "read-write mode")), message
    assert leftover_schemas(postgres_engine.admin_dsn) == []


@pytest.mark.postgres
def test_the_platform_tables_are_in_another_database(
    postgres_engine: PostgresEngine, postgres_url: str
) -> None:
    platform = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    platform_db = platform.rsplit("/", 1)[1]
    with psycopg.connect(platform) as connection:
        connection.execute("CREATE TABLE submissions (id INTEGER, source TEXT)")
        connection.execute("INSERT INTO submissions VALUES (1, 'the answer')")
    plain = run(postgres_engine, "SELECT id, source, 1, 2, 3 FROM submissions")
    assert plain.verdict is Verdict.COMPILATION_ERROR
    assert plain.message is not None and 'relation "submissions" does not exist' in plain.message
    qualified = run(postgres_engine, f"SELECT id, source, 1, 2, 3 FROM {platform_db}.public.submissions")
    assert qualified.verdict is Verdict.COMPILATION_ERROR
    assert (
        qualified.message is not None and "cross-database references are not implemented" in qualified.message
    )


@pytest.mark.postgres
def test_a_run_cannot_see_another_runs_schema(postgres_engine: PostgresEngine) -> None:
    limits = QueryLimits(5.0, 100, 100_000)
    slow = threading.Thread(
        target=postgres_engine.run, args=(SCHEMA, SEED, "SELECT pg_sleep(2), id FROM users", limits)
    )
    slow.start()
    time.sleep(0.8)  # the other run's schema exists now, uncommitted
    try:
        seen = postgres_engine.run(
            SCHEMA, SEED, "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'run%'", limits
        )
    finally:
        slow.join()
    assert seen.table is not None and len(seen.table.rows) == 1  # its own schema only
    assert leftover_schemas(postgres_engine.admin_dsn) == []


@pytest.mark.postgres
def test_nothing_is_left_behind_after_runs_of_every_outcome(postgres_engine: PostgresEngine) -> None:
    for query in [RIGHT, "SELECT pg_sleep(5)", "SELEC 1", "SELECT 1 / 0", "DELETE FROM users"]:
        run(postgres_engine, query, time_seconds=0.3)
    assert leftover_schemas(postgres_engine.admin_dsn) == []
    with psycopg.connect(postgres_engine.admin_dsn, dbname=SQL_DATABASE) as connection:
        roles = connection.execute(
            "SELECT rolname, rolsuper, rolcanlogin, rolcreaterole, rolcreatedb FROM pg_roles "
            "WHERE rolname LIKE %s ORDER BY rolname",
            (f"{SQL_DATABASE}%",),
        ).fetchall()
    assert roles == [
        (f"{SQL_DATABASE}_reader", False, False, False, False),
        (f"{SQL_DATABASE}_runner", False, True, False, False),
    ]


def test_sqlite_denies_extensions_pragmas_and_huge_values() -> None:
    engine = SqliteEngine()
    limits = QueryLimits(1.0, 100, 100_000)
    for query in ["SELECT load_extension('/tmp/evil')", "SELECT * FROM pragma_database_list"]:
        outcome = engine.run(SCHEMA, SEED, query, limits)
        assert outcome.outcome is not QueryOutcome.OK
        assert outcome.message is not None and "not authorized" in outcome.message
    huge = engine.run(SCHEMA, SEED, "SELECT randomblob(100000000)", limits)
    assert huge.outcome is QueryOutcome.SQL_ERROR and huge.message == "string or blob too big"
    # Its own in-memory database, with the problem's tables only.
    listed = engine.run(SCHEMA, SEED, "SELECT name FROM sqlite_master ORDER BY name", limits)
    assert listed.table is not None and [row[0] for row in listed.table.rows] == ["scores", "users"]


# Wiring


def test_sql_never_runs_in_a_program_sandbox() -> None:
    with pytest.raises(UnsupportedJob, match="never in a sandbox"):
        build_request(sql_job(RIGHT), get_language("sql"))
    with pytest.raises(UnsupportedJob, match="need an SQL engine"):
        judge(sql_job(RIGHT), LocalSandbox())


def test_a_postgres_only_problem_on_sqlite_says_so() -> None:
    job = sql_job(RIGHT).model_copy(update={"sql": SqlOptions(engines=["postgres"])})  # type: ignore[list-item]
    result = judge_sql(job, SqliteEngine())
    assert result.verdict is Verdict.INTERNAL_ERROR
    assert result.message is not None and "runs only on postgres" in result.message


def test_settings_choose_the_engine_like_the_sandbox() -> None:
    from mockround.core.sql_engine import sql_engine

    assert Settings(database_url="sqlite:////tmp/x.db").sql_admin_dsn is None
    assert isinstance(sql_engine(Settings(database_url="sqlite:////tmp/x.db")), SqliteEngine)
    on_postgres = Settings(database_url="postgresql://u:p@db:5432/mockround")
    assert on_postgres.sql_admin_dsn == "postgresql+psycopg://u:p@db:5432/mockround"
    engine = sql_engine(on_postgres)
    assert isinstance(engine, PostgresEngine)
    assert "dbname=mockround_sql" in engine.runner_dsn and "host=db" in engine.runner_dsn
    assert Settings(database_url="postgresql://u@db/m", sql_engine="sqlite").sql_admin_dsn is None
    with pytest.raises(ValueError, match="MOCKROUND_SQL_ADMIN_URL"):
        Settings(database_url="sqlite:////tmp/x.db", sql_engine="postgres")
