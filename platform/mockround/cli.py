"""The `mockround` command line."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mockround.core.settings import Settings, get_settings

if TYPE_CHECKING:
    from mockround.grading.sql import SqlEngine
    from mockround.problems.findings import Finding
    from mockround.problems.loader import Catalog

app = typer.Typer(help="mockround: timed mock coding-assessment rounds.", no_args_is_help=True)
problems_app = typer.Typer(help="Load and check problems, question banks and rounds.", no_args_is_help=True)
app.add_typer(problems_app, name="problems")
invites_app = typer.Typer(help="Invite links: single use, expiring, to one round.", no_args_is_help=True)
app.add_typer(invites_app, name="invites")


def _logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (also PORT or MOCKROUND_PORT).")] = None,
) -> None:
    """Serve the web app and the API; in embedded mode, judge in-process too."""
    import uvicorn

    from mockround.web.app import create_app

    settings = get_settings()
    chosen_port = port or int(os.environ.get("PORT") or settings.port)
    _logging()
    typer.echo(f"mockround ({settings.mode} mode) on http://{host or settings.host}:{chosen_port}")
    uvicorn.run(create_app(settings), host=host or settings.host, port=chosen_port, log_level="info")


@app.command()
def worker(
    threads: Annotated[
        int | None, typer.Option(help="Concurrent sandboxes (default: the number of cores).")
    ] = None,
) -> None:
    """Consume the judge queue (service mode)."""
    from mockround.worker import run_worker

    _logging()
    run_worker(get_settings(), threads or os.cpu_count() or 1)


@app.command()
def migrate() -> None:
    """Bring the database schema up to date."""
    from mockround.migrate import upgrade

    settings = get_settings()
    upgrade(settings)
    typer.echo(f"database is up to date ({settings.database_url.split('://', 1)[0]})")


@problems_app.command("sync")
def problems_sync(
    path: Annotated[Path | None, typer.Argument(help="The problems folder.")] = None,
) -> None:
    """Load the problems folder into the database; items that fail to load keep their last good version."""
    from mockround.core.db import async_sessions
    from mockround.problems.catalog import sync_catalog
    from mockround.problems.loader import load_catalog

    catalog = load_catalog(path or get_settings().problems_dir)

    async def run() -> None:
        async with async_sessions()() as session:
            summary = await sync_catalog(session, catalog)
            await session.commit()
        for line in summary.added:
            typer.echo(f"loaded  {line}")
        typer.echo(
            f"{len(summary.added)} loaded, {len(summary.unchanged)} unchanged, {len(summary.retired)} retired"
        )

    asyncio.run(run())
    for error in catalog.errors:
        typer.echo(f"error   {error}", err=True)
    if catalog.errors:
        raise typer.Exit(1)


@problems_app.command("check")
def problems_check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="The problems folder (default: settings), or some of its problems, banks and rounds."
        ),
    ] = None,
    sandbox: Annotated[str | None, typer.Option(help="docker or local (default: from settings).")] = None,
    workers: Annotated[int, typer.Option(help="Solutions judged at once.")] = os.cpu_count() or 2,
    as_json: Annotated[bool, typer.Option("--json", help="Print a machine-readable summary.")] = False,
    record: Annotated[
        bool, typer.Option(help="Keep each item's findings in the database, for the author page.")
    ] = True,
    sql_postgres: Annotated[
        str | None,
        typer.Option(
            help="A Postgres admin DSN to prove SQL problems on PostgreSQL too "
            "(default: the SQL engine's server from settings, if it is Postgres)."
        ),
    ] = None,
) -> None:
    """Validate everything under the folder and prove each coding problem with its own solutions.

    SQL problems run on SQLite always, and on PostgreSQL when one is given or configured.
    """
    from mockround.problems.check import check_problems, planned_runs, planned_snippets
    from mockround.problems.loader import load_catalog, problems_root
    from mockround.worker import build_sandbox

    settings = get_settings()
    if sandbox:
        settings = settings.model_copy(update={"sandbox": sandbox})
    roots = {problems_root(path) for path in paths or [settings.problems_dir]}
    if len(roots) > 1:
        typer.echo(f"the paths are under different problems folders: {sorted(map(str, roots))}", err=True)
        raise typer.Exit(2)
    [root] = roots
    catalog = load_catalog(root)
    if paths and any(path.resolve() != root for path in paths):
        catalog = catalog.selected([path for path in paths if path.resolve() != root])
    total = len(planned_runs(root, catalog)[0]) + len(planned_snippets(root, catalog))
    with typer.progressbar(length=total, label="running solutions and snippets", file=sys.stderr) as bar:

        def advance(_label: str) -> None:
            bar.update(1)

        report = check_problems(
            root,
            catalog,
            build_sandbox(settings),
            workers,
            progress=advance,
            sql_engines=_check_sql_engines(settings, sql_postgres),
        )
    if record:
        _record_check(settings, root, catalog, report.findings)
    if as_json:
        typer.echo(json.dumps(report.as_json(), indent=2))
    else:
        for finding in report.findings:
            typer.echo(f"{finding.severity:8} {finding.where}: {finding.message}")
        counts = ", ".join(
            f"{kind}: {numbers['found']} ({numbers['failed']} failing)"
            for kind, numbers in report.by_kind().items()
        )
        typer.echo(
            f"{counts}; {report.solutions_judged} programs judged, {report.snippets_run} snippets run; "
            f"{len(report.errors)} errors"
        )
    if report.errors:
        raise typer.Exit(1)


def _record_check(settings: Settings, root: Path, catalog: Catalog, findings: list[Finding]) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from mockround.core.db import sync_sessions
    from mockround.problems.status import record_check

    try:
        with sync_sessions(settings.sync_database_url)() as session:
            record_check(session, root, catalog, findings)
            session.commit()
    except SQLAlchemyError as exc:
        reason = str(exc).splitlines()[0]
        typer.echo(f"(not kept for the author page: {reason}; run `mockround migrate` first)", err=True)


def _check_sql_engines(settings: Settings, postgres: str | None) -> dict[str, SqlEngine]:
    from mockround.grading.sql import SqliteEngine
    from mockround.grading.sql_postgres import PostgresEngine, admin_dsn_for

    max_bytes = settings.sql_max_result_kb * 1024
    engines: dict[str, SqlEngine] = {"sqlite": SqliteEngine(settings.sql_max_rows, max_bytes)}
    admin = postgres or (settings.sql_admin_dsn if settings.sql_engine != "sqlite" else None)
    if admin:
        engines["postgres"] = PostgresEngine(
            admin_dsn_for(admin), settings.sql_database, settings.sql_max_rows, max_bytes
        )
    return engines


@problems_app.command("rejudge")
def problems_rejudge(
    slug: Annotated[str, typer.Argument(help="The problem whose current version should count.")],
    attempt: Annotated[
        list[str] | None, typer.Option(help="Only this attempt (may be repeated; default: every attempt).")
    ] = None,
) -> None:
    """Move attempts to the problem's current version and judge their submissions again, on purpose.

    Editing a problem never changes an attempt's results by itself; this is how a new version is made to
    count. The old results are kept beside the new ones.
    """
    from mockround.core.db import async_sessions
    from mockround.core.queue import commit_and_enqueue
    from mockround.submissions.rejudge import rejudge
    from mockround.worker import build_queue

    settings = get_settings()

    async def run() -> None:
        async with async_sessions()() as session:
            done = await rejudge(session, slug, attempt)
            await commit_and_enqueue(session, build_queue(settings))
        typer.echo(
            f"{len(done.attempts)} attempts moved to {slug} {done.version}; "
            f"{len(done.submissions)} submissions queued"
        )
        if done.submissions and not settings.redis_url:
            typer.echo("(embedded mode: the running server's sweeper picks them up within a minute)")

    asyncio.run(run())


@problems_app.command("schema")
def problems_schema(
    out: Annotated[Path, typer.Option(help="The folder to write the JSON Schemas to.")] = Path("docs/schema"),
) -> None:
    """Write the JSON Schemas of problem.yaml, banks and rounds, generated from the models, for editors."""
    from mockround.problems.json_schema import write

    for written in write(out):
        typer.echo(f"wrote {written}")


@problems_app.command("import-kattis")
def problems_import_kattis(
    package_dir: Annotated[Path, typer.Argument(help="The Kattis / ICPC problem package's folder.")],
    out: Annotated[
        Path | None,
        typer.Option(help="The problem folder to write (default: PROBLEMS_DIR/coding/<package name>)."),
    ] = None,
) -> None:
    """Convert a Kattis problem package into a problem folder; report what could not be converted."""
    from mockround.problems.kattis import KattisImportError, default_slug, import_kattis

    target = out or get_settings().problems_dir / "coding" / default_slug(package_dir)
    try:
        report = import_kattis(package_dir, target)
    except (KattisImportError, OSError) as exc:
        typer.echo(f"cannot import {package_dir}: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"imported {report.title!r} to {report.folder}")
    for note in report.notes:
        typer.echo(f"  {note}")
    for item in report.skipped:
        typer.echo(f"skipped  {item}")
    root = report.folder.parent.parent if report.folder.parent.name == "coding" else "PROBLEMS_DIR"
    typer.echo(f"{len(report.skipped)} items skipped; prove it with: mockround problems check {root}")


@app.command()
def judge(
    problem_dir: Annotated[Path, typer.Argument(help="A coding problem's folder.")],
    source_file: Annotated[Path, typer.Argument(help="The solution to judge.")],
    lang: Annotated[str, typer.Option("--lang", help="The solution's language.")] = "python3",
    sandbox: Annotated[str | None, typer.Option(help="docker or local (default: from settings).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    input_file: Annotated[
        Path | None,
        typer.Option(
            "--input",
            help="Run on this input alone instead of the tests, and print the output ('-' reads stdin).",
        ),
    ] = None,
) -> None:
    """Judge one file against one problem folder, or run it on an input of your own.

    Exit 0 when accepted (with --input: when it ran to a normal exit), 1 for any other verdict, 2 when it
    could not judge.
    """
    from mockround.grading.job import TestCase
    from mockround.grading.judge import UnsupportedJob
    from mockround.grading.judge import judge as run_judge
    from mockround.grading.sandbox import SandboxError
    from mockround.grading.verdicts import Verdict
    from mockround.problems.loader import ProblemFileError, load_problem
    from mockround.worker import build_sandbox, build_sql_engine

    settings = get_settings()
    if sandbox:
        settings = settings.model_copy(update={"sandbox": sandbox})
    try:
        problem = load_problem(problem_dir)
        language = problem.spec.languages[0] if problem.spec.kind == "sql" else lang  # SQL: always sql
        tests = None
        if input_file is not None:
            if problem.spec.kind == "sql":
                raise UnsupportedJob("an SQL problem runs on its tests' tables only, not on an input")
            text = sys.stdin.read() if str(input_file) == "-" else input_file.read_text(encoding="utf-8")
            tests = [TestCase.of_custom_input(text)]
        job = problem.job(source_file.read_text(encoding="utf-8"), language, tests)
        chosen = build_sandbox(settings)
        sql = build_sql_engine(settings)
        result = run_judge(job, chosen, sql)
    except (ProblemFileError, SandboxError, UnsupportedJob, OSError, LookupError) as exc:
        typer.echo(f"could not judge: {exc}", err=True)
        raise typer.Exit(2) from exc
    shown = {"name", "verdict", "time_ms", "memory_kb"} | ({"output", "error"} if input_file else set())
    if as_json:
        rows = [t.model_dump(include=shown) for t in result.tests]
        typer.echo(json.dumps({"verdict": result.verdict.value, "score": result.score, "tests": rows}))
    elif input_file is not None:
        for test in result.tests:
            typer.echo(test.output or "", nl=False)
            if test.error:
                typer.echo(test.error, err=True, nl=False)
            label = "Ran" if test.verdict is Verdict.ACCEPTED else test.verdict.label
            typer.echo(f"{label}, {test.time_ms} ms, {test.memory_kb} KB", err=True)
        if result.message:
            typer.echo(result.message, err=True)
    else:
        typer.echo(f"SQL engine: {result.sandbox}" if job.kind == "sql" else f"sandbox: {chosen.isolation()}")
        for test in result.tests:
            typer.echo(f"{test.name:24} {test.verdict.label:24} {test.time_ms:6} ms {test.memory_kb:8} KB")
        if result.message:
            typer.echo(result.message)
        typer.echo(f"verdict: {result.verdict.label}, score {result.score:.2f}")
    raise typer.Exit(0 if result.verdict is Verdict.ACCEPTED else 1)


@invites_app.command("create")
def invites_create(
    round_slug: Annotated[str, typer.Argument(metavar="ROUND", help="The round the link starts.")],
    label: Annotated[str, typer.Option(help="Who it is for (shown on the start page).")] = "",
    expires_in_hours: Annotated[float, typer.Option(help="How long the link can be used.")] = 72,
    start_after: Annotated[
        str | None, typer.Option(help="Not before this time, ISO 8601 (UTC unless it names a zone).")
    ] = None,
    extra_minutes: Annotated[int, typer.Option(help="Extra time for this candidate, 0 to 600.")] = 0,
) -> None:
    """Make a single-use invite link to a round and print it."""
    import datetime as dt

    from mockround.core.db import async_sessions
    from mockround.core.errors import MockroundError
    from mockround.rounds.invites import create_invite, when

    opens: dt.datetime | None = None
    if start_after:
        try:
            opens = dt.datetime.fromisoformat(start_after)
        except ValueError as exc:
            typer.echo(f"--start-after: {start_after!r} is not an ISO 8601 time (2026-12-01T09:00)", err=True)
            raise typer.Exit(2) from exc
        opens = opens if opens.tzinfo else opens.replace(tzinfo=dt.UTC)

    async def run() -> None:
        async with async_sessions()() as session:
            invite = await create_invite(
                session,
                round_slug,
                label=label,
                expires_in_hours=expires_in_hours,
                start_after=opens,
                extra_minutes=extra_minutes,
            )
            await session.commit()
        typer.echo(f"{get_settings().public_url.rstrip('/')}/invite/{invite.token}")
        terms = [f"valid until {when(invite.expires_at)}"]
        if invite.start_after:
            terms.insert(0, f"opens {when(invite.start_after)}")
        if invite.extra_minutes:
            terms.append(f"{invite.extra_minutes} extra minutes")
        typer.echo(
            f"({round_slug}{' for ' + invite.label if invite.label else ''}: {', '.join(terms)})", err=True
        )

    try:
        asyncio.run(run())
    except MockroundError as exc:
        typer.echo(f"cannot create the invite: {exc.message}", err=True)
        raise typer.Exit(1) from exc


@invites_app.command("list")
def invites_list(
    round_slug: Annotated[str | None, typer.Option("--round", help="Only this round's invites.")] = None,
) -> None:
    """List invites, newest first, with their status: unused, used (with the attempt) or expired."""
    from mockround.core.db import async_sessions, utcnow
    from mockround.rounds.invites import InviteStatus, list_invites, status_of, when

    async def run() -> None:
        async with async_sessions()() as session:
            rows = await list_invites(session, round_slug)
        now = utcnow()
        for invite in rows:
            status = status_of(invite, now)
            detail = {
                InviteStatus.USED: f"{when(invite.used_at or now)}, attempt {invite.attempt_id}",
                InviteStatus.EXPIRED: when(invite.expires_at),
                InviteStatus.UNUSED: f"until {when(invite.expires_at)}",
            }[status]
            if status is InviteStatus.UNUSED and invite.start_after and invite.start_after > now:
                detail = f"opens {when(invite.start_after)}, {detail}"
            typer.echo(f"{invite.token}  {invite.round_slug:20} {status:8} {detail}  {invite.label}".rstrip())
        typer.echo(f"{len(rows)} invites", err=True)

    asyncio.run(run())
