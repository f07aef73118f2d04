"""The PostgreSQL engine for SQL problems: a database of its own, two roles, and a transaction per run.

The database (`mockround_sql` by default) holds no platform data; Postgres cannot query across databases.
Two roles are made in it, idempotently, through the admin DSN: a runner that logs in, owns nothing and can
only create schemas there, and a reader (NOLOGIN) that the query runs as. Each run is one transaction of
the runner: create a schema, seed it, grant the reader USAGE and SELECT on it, SET LOCAL ROLE reader,
search_path, statement_timeout and transaction_read_only, run the query through a server-side cursor,
then always roll back. The session's own user is the runner, never the admin: a superuser session could
undo SET ROLE from inside a query (`set_config('role', ...)`); the runner can only become itself again.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Generator, Sequence

import psycopg
from psycopg import errors, sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from mockround.grading.job import SqlEngineName
from mockround.grading.sandbox import SandboxUnavailable
from mockround.grading.sql import (
    QueryLimits,
    QueryOutcome,
    QueryRun,
    SqlEngine,
    SqlSetupError,
    collect_rows,
    ms_since,
)

CURSOR = "mockround_result"
CONNECT_TIMEOUT = 5
# Functions a reader could otherwise use against other runs of the same runner role, or to see their
# queries: revoked from PUBLIC in the SQL database (needs a superuser admin; skipped otherwise).
REVOKED = [
    "REVOKE EXECUTE ON FUNCTION pg_catalog.pg_terminate_backend(integer, bigint) FROM PUBLIC",
    "REVOKE EXECUTE ON FUNCTION pg_catalog.pg_cancel_backend(integer) FROM PUBLIC",
    "REVOKE SELECT ON pg_catalog.pg_stat_activity FROM PUBLIC",
    "REVOKE EXECUTE ON FUNCTION pg_catalog.pg_stat_get_activity(integer) FROM PUBLIC",
]


class PostgresEngine(SqlEngine):
    name = SqlEngineName.POSTGRES

    def __init__(
        self,
        admin_dsn: str,
        database: str = "mockround_sql",
        max_rows: int = 10_000,
        max_bytes: int = 4 * 1024 * 1024,
    ) -> None:
        super().__init__(max_rows, max_bytes)
        self.admin_dsn = admin_dsn
        self.database = database
        self.runner = f"{database}_runner"
        self.reader = f"{database}_reader"
        # The runner's password is derived from the admin DSN: every worker computes the same one, and
        # only who holds the admin DSN can.
        password = hmac.new(admin_dsn.encode(), b"mockround sql runner", hashlib.sha256).hexdigest()
        self.runner_dsn = make_conninfo(
            admin_dsn, dbname=database, user=self.runner, password=password, connect_timeout=CONNECT_TIMEOUT
        )
        self._password = password
        self._ready = False
        self._lock = threading.Lock()
        self._version: str | None = None

    def description(self) -> str:
        return f"PostgreSQL {self._version}" if self._version else "PostgreSQL"

    def probe(self) -> str:
        """Make sure the database and roles exist, and learn the server's version."""
        self._prepare()
        return self.description()

    def run(self, schema: str, seed: str, query: str, limits: QueryLimits) -> QueryRun:
        with contextlib.closing(self.run_tests(schema, [seed], query, limits)) as runs:
            return next(runs)

    def run_tests(
        self, schema: str, seeds: Sequence[str], query: str, limits: QueryLimits
    ) -> Generator[QueryRun, None, None]:
        """One connection and one transaction for the job: the schema is made once, and each test is a
        savepoint (its seed, the reader role and the query) rolled back before the next."""
        self._prepare()
        try:
            connection = psycopg.connect(self.runner_dsn, autocommit=False)
        except psycopg.OperationalError as exc:
            raise SandboxUnavailable(f"cannot reach the SQL database {self.database}: {exc}") from exc
        try:
            name = self._create(connection, schema)
            for seed in seeds:
                yield self._run(connection, name, seed, query, limits)
        finally:
            # Nothing of a run is ever committed: its schema, seeds and whatever it tried go with this.
            try:
                if not connection.broken:
                    connection.rollback()
            finally:
                connection.close()

    def _create(self, connection: psycopg.Connection, schema: str) -> sql.Identifier:
        name = sql.Identifier(f"run_{secrets.token_hex(8)}")
        with connection.cursor() as setup:
            setup.execute(sql.SQL("CREATE SCHEMA {}").format(name))
            setup.execute(sql.SQL("SET LOCAL search_path = {}").format(name))
            try:
                setup.execute(schema.encode())  # the author's SQL, several statements: simple protocol
            except psycopg.Error as exc:
                raise SqlSetupError(f"the problem's schema.sql failed in PostgreSQL: {exc}") from exc
            reader = sql.Identifier(self.reader)
            setup.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(name, reader))
            setup.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(name, reader))
        return name

    def _run(
        self, connection: psycopg.Connection, name: sql.Identifier, seed: str, query: str, limits: QueryLimits
    ) -> QueryRun:
        with connection.cursor() as setup:
            # Rolling back to here undoes the seed and every SET LOCAL below, the role included.
            setup.execute("SAVEPOINT test")
            try:
                setup.execute(seed.encode())
            except psycopg.Error as exc:
                raise SqlSetupError(f"the test's seed data failed in PostgreSQL: {exc}") from exc
            setup.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(self.reader)))
            setup.execute(sql.SQL("SET LOCAL search_path = {}, pg_catalog").format(name))
            timeout_ms = max(1, int(limits.time_seconds * 1000))
            setup.execute(sql.SQL("SET LOCAL statement_timeout = {}").format(sql.Literal(timeout_ms)))
            setup.execute("SET LOCAL work_mem = '16MB'")
            setup.execute("SET LOCAL transaction_read_only = on")
        started = time.monotonic()
        # The statement timeout holds each statement; this holds the whole run, whatever the query sets.
        watchdog = threading.Timer(limits.time_seconds + 0.5, connection.cancel_safe)
        watchdog.start()
        try:
            with connection.cursor(name=CURSOR, scrollable=False, withhold=False) as cursor:
                # A server-side cursor: DECLARE takes exactly one query, sent by the extended protocol
                # (which refuses several statements), and rows come in batches, never all at once.
                cursor.execute(query.encode())
                columns = [column.name for column in cursor.description or []]
                return collect_rows(columns, cursor.fetchmany, limits, started)
        except errors.QueryCanceled:
            return QueryRun(QueryOutcome.TIME_LIMIT, wall_ms=ms_since(started))
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            if connection.closed or connection.broken:
                raise SandboxUnavailable(f"lost the SQL database during a run: {exc}") from exc
            return QueryRun(QueryOutcome.SQL_ERROR, message=_message(exc), wall_ms=ms_since(started))
        except psycopg.Error as exc:
            outcome = QueryOutcome.REFUSED if _refused(exc) else QueryOutcome.SQL_ERROR
            return QueryRun(outcome, message=_message(exc), wall_ms=ms_since(started))
        finally:
            watchdog.cancel()
            if not connection.broken:
                connection.execute("ROLLBACK TO SAVEPOINT test")

    def _prepare(self) -> None:
        with self._lock:
            if self._ready:
                return
            try:
                self._bootstrap()
            except psycopg.OperationalError as exc:
                raise SandboxUnavailable(f"cannot reach PostgreSQL for SQL problems: {exc}") from exc
            self._ready = True

    def _bootstrap(self) -> None:
        """Create the database and the two roles if missing, and (re)state what they may do."""
        admin = make_conninfo(self.admin_dsn, connect_timeout=CONNECT_TIMEOUT)
        database, runner, reader = (sql.Identifier(n) for n in (self.database, self.runner, self.reader))
        with psycopg.connect(admin, autocommit=True) as connection:
            version = connection.info.server_version
            self._version = f"{version // 10000}.{version % 10000}"
            # Workers start together: one bootstraps at a time.
            connection.execute("SELECT pg_advisory_lock(hashtext('mockround_sql_bootstrap'))")
            try:
                if not connection.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (self.database,)
                ).fetchone():
                    connection.execute(sql.SQL("CREATE DATABASE {}").format(database))
                for role in (self.runner, self.reader):
                    if not connection.execute(
                        "SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)
                    ).fetchone():
                        connection.execute(sql.SQL("CREATE ROLE {}").format(sql.Identifier(role)))
                connection.execute(
                    sql.SQL(
                        "ALTER ROLE {} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                        "NOBYPASSRLS NOINHERIT PASSWORD {}"
                    ).format(runner, sql.Literal(self._password))
                )
                connection.execute(
                    sql.SQL(
                        "ALTER ROLE {} WITH NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                        "NOBYPASSRLS NOINHERIT"
                    ).format(reader)
                )
                connection.execute(sql.SQL("GRANT {} TO {}").format(reader, runner))
                connection.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(database))
                connection.execute(
                    sql.SQL("GRANT CONNECT, CREATE ON DATABASE {} TO {}").format(database, runner)
                )
                # Caps on what one run may spill to disk; only a superuser may set them.
                with contextlib.suppress(errors.InsufficientPrivilege):
                    connection.execute(sql.SQL("ALTER ROLE {} SET temp_file_limit = '256MB'").format(runner))
            finally:
                connection.execute("SELECT pg_advisory_unlock(hashtext('mockround_sql_bootstrap'))")
        inside = make_conninfo(admin, dbname=self.database)
        with psycopg.connect(inside, autocommit=True) as connection:
            connection.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
            for statement in REVOKED:
                with contextlib.suppress(errors.InsufficientPrivilege, errors.UndefinedFunction):
                    connection.execute(statement.encode())


def admin_dsn_for(database_url: str) -> str:
    """A libpq DSN for a SQLAlchemy-style Postgres URL (postgresql+psycopg://...)."""
    url = "postgresql://" + database_url.split("://", 1)[1]
    return make_conninfo("", **conninfo_to_dict(url))


# SQLSTATE classes of a query that is wrong as written, or refused: syntax and names (42), features (0A),
# read-only transaction (25), invalid schema (3F).
_REFUSED_CLASSES = ("42", "0A", "25", "3F")


def _refused(exc: psycopg.Error) -> bool:
    return (exc.sqlstate or "")[:2] in _REFUSED_CLASSES


def _message(exc: psycopg.Error) -> str:
    """PostgreSQL's message, without the DECLARE that wraps the query (its LINE and caret would point
    into that, not into the candidate's text)."""
    diag = exc.diag
    text = diag.message_primary or str(exc).splitlines()[0]
    if diag.message_detail:
        text += f"\n{diag.message_detail}"
    if diag.message_hint:
        text += f"\nHint: {diag.message_hint}"
    return text
