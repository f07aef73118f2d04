"""The `mockround` command line."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from mockround.core.settings import get_settings

app = typer.Typer(help="mockround: timed mock coding-assessment rounds.", no_args_is_help=True)
problems_app = typer.Typer(help="Load and check problems, question banks and rounds.", no_args_is_help=True)
app.add_typer(problems_app, name="problems")


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
    path: Annotated[Path | None, typer.Argument(help="The problems folder (default: settings).")] = None,
    sandbox: Annotated[str | None, typer.Option(help="docker or local (default: from settings).")] = None,
    workers: Annotated[int, typer.Option(help="Solutions judged at once.")] = os.cpu_count() or 2,
    as_json: Annotated[bool, typer.Option("--json", help="Print a machine-readable summary.")] = False,
) -> None:
    """Validate everything under the folder and prove each coding problem with its own solutions."""
    from mockround.problems.check import check_problems, planned_runs, planned_snippets
    from mockround.problems.loader import load_catalog
    from mockround.worker import build_sandbox

    settings = get_settings()
    if sandbox:
        settings = settings.model_copy(update={"sandbox": sandbox})
    root = path or settings.problems_dir
    catalog = load_catalog(root)
    total = len(planned_runs(root, catalog)[0]) + len(planned_snippets(root, catalog))
    with typer.progressbar(length=total, label="running solutions and snippets", file=sys.stderr) as bar:

        def advance(_label: str) -> None:
            bar.update(1)

        report = check_problems(root, catalog, build_sandbox(settings), workers, progress=advance)
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
) -> None:
    """Judge one file against one problem folder.

    Exit 0 when accepted, 1 for any other verdict, 2 when it could not judge.
    """
    from mockround.grading.judge import UnsupportedJob
    from mockround.grading.judge import judge as run_judge
    from mockround.grading.sandbox import SandboxError
    from mockround.grading.verdicts import Verdict
    from mockround.problems.loader import ProblemFileError, load_problem
    from mockround.worker import build_sandbox

    settings = get_settings()
    if sandbox:
        settings = settings.model_copy(update={"sandbox": sandbox})
    try:
        problem = load_problem(problem_dir)
        job = problem.job(source_file.read_text(encoding="utf-8"), lang)
        chosen = build_sandbox(settings)
        result = run_judge(job, chosen)
    except (ProblemFileError, SandboxError, UnsupportedJob, OSError, LookupError) as exc:
        typer.echo(f"could not judge: {exc}", err=True)
        raise typer.Exit(2) from exc
    if as_json:
        tests = [t.model_dump(include={"name", "verdict", "time_ms", "memory_kb"}) for t in result.tests]
        typer.echo(json.dumps({"verdict": result.verdict.value, "score": result.score, "tests": tests}))
    else:
        typer.echo(f"sandbox: {chosen.isolation()}")
        for test in result.tests:
            typer.echo(f"{test.name:24} {test.verdict.label:24} {test.time_ms:6} ms {test.memory_kb:8} KB")
        if result.message:
            typer.echo(result.message)
        typer.echo(f"verdict: {result.verdict.label}, score {result.score:.2f}")
    raise typer.Exit(0 if result.verdict is Verdict.ACCEPTED else 1)
