"""Which SQL engine runs SQL problems' queries, as settings choose, and how the candidate page names it."""

from __future__ import annotations

import functools

from mockround.core.settings import Settings
from mockround.grading.job import SqlEngineName
from mockround.grading.languages import Language, get_language
from mockround.grading.sql import SqlEngine, SqliteEngine
from mockround.problems.schema import Problem


def sql_engine(settings: Settings) -> SqlEngine:
    """PostgreSQL when settings give a Postgres server (by default, the platform's own), else SQLite.

    One engine per configuration per process, so it bootstraps its database and roles once.
    """
    return _engine(
        settings.sql_admin_dsn, settings.sql_database, settings.sql_max_rows, settings.sql_max_result_kb
    )


@functools.cache
def _engine(admin_url: str | None, database: str, max_rows: int, max_kb: int) -> SqlEngine:
    if admin_url is None:
        return SqliteEngine(max_rows, max_kb * 1024)
    from mockround.grading.sql_postgres import PostgresEngine, admin_dsn_for

    return PostgresEngine(admin_dsn_for(admin_url), database, max_rows, max_kb * 1024)


def runnable_sql_engines(settings: Settings) -> frozenset[str]:
    """The engines whose problems this server can judge: SQLite always, PostgreSQL when configured."""
    if settings.sql_admin_dsn is None:
        return frozenset({SqlEngineName.SQLITE.value})
    return frozenset({SqlEngineName.SQLITE.value, SqlEngineName.POSTGRES.value})


def engine_for(problem: Problem, engine: SqlEngine) -> SqlEngine | None:
    """The engine that really runs this problem's queries here: the configured one if the problem runs
    on it, else SQLite if it runs on that (always available), else none."""
    engines = problem.spec.sql.engines if problem.spec.sql else []
    if engine.name in engines:
        return engine
    if SqlEngineName.SQLITE in engines:
        return SqliteEngine(engine.max_rows, engine.max_bytes)
    return None


def offered_language(name: str, problem: Problem, settings: Settings) -> Language:
    """A problem's language as the candidate page lists it: SQL names the engine and version that will
    run the query, honestly, for this server and problem."""
    language = get_language(name)
    if language.sandboxed:
        return language
    engine = engine_for(problem, sql_engine(settings))
    if engine is None:
        wanted = ", ".join(problem.spec.sql.engines) if problem.spec.sql else "?"
        version = f"needs {wanted}: not available on this server"
    else:
        version = engine.description()
    return language.model_copy(update={"version": version})
