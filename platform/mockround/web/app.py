"""The FastAPI application: routers, lifespan (queue and embedded judging), error rendering."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from mockround import __version__
from mockround.core.errors import MockroundError, TooManyRequests
from mockround.core.live import live_status
from mockround.core.queue import JudgeQueue
from mockround.core.settings import Settings, get_settings
from mockround.core.templating import is_htmx, render
from mockround.events import endpoints as event_endpoints
from mockround.problems import pages as author_pages
from mockround.rounds import drafts, endpoints, invite_pages, pages, progress
from mockround.web import health, metrics
from mockround.worker import (
    build_closer,
    build_queue,
    build_sandbox,
    build_sql_engine,
    build_sweeper,
    probe_sql_engine,
)

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, queue: JudgeQueue | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        sandbox = build_sandbox(settings)
        app.state.isolation = sandbox.isolation()
        # The SQL engine learns its version here, so the round page can name it without waiting.
        app.state.sql_engine = await asyncio.to_thread(probe_sql_engine, build_sql_engine(settings))
        app.state.live = live_status(settings.redis_url)
        app.state.queue = queue or build_queue(settings, sandbox, app.state.live)
        sweeper = build_sweeper(settings, app.state.queue)
        closer = build_closer(settings, app.state.queue)
        judging_here = queue is None and settings.judges_in_process
        if judging_here:
            app.state.queue.start_worker(settings.worker_threads)
            sweeper.start()
            closer.start()
        try:
            yield
        finally:
            if judging_here:
                sweeper.stop()
                closer.stop()
            if queue is None:
                app.state.queue.close()
            recorder = getattr(app.state, "event_recorder", None)  # made on first use (events.endpoints)
            if recorder is not None:
                await recorder.aclose()

    app = FastAPI(
        title="mockround",
        version=__version__,
        description="Timed mock coding-assessment rounds. The candidate API is under /api/v1.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.include_router(health.router)
    app.include_router(metrics.router)
    app.include_router(endpoints.router)
    app.include_router(drafts.router)
    app.include_router(event_endpoints.router)
    app.include_router(pages.router)
    app.include_router(invite_pages.router)
    app.include_router(progress.router)
    app.include_router(author_pages.router)
    if settings.assets_dir.is_dir():
        app.mount("/assets", StaticFiles(directory=settings.assets_dir), name="assets")
    else:
        log.warning("no front-end assets at %s: run `make assets`", settings.assets_dir)
    app.add_exception_handler(MockroundError, _domain_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(OperationalError, _database_down)
    app.add_exception_handler(PoolTimeout, _database_down)
    return app


def _error(request: Request, message: str, status_code: int) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status_code)
    block = "error" if is_htmx(request) else None
    return render(request, "error.html", {"message": message}, block=block, status_code=status_code)


async def _domain_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, MockroundError)
    response = _error(request, exc.message, exc.status_code)
    if isinstance(exc, TooManyRequests):
        response.headers["Retry-After"] = str(exc.retry_after)
    return response


async def _invalid_request(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": exc.errors()}, status_code=422)
    fields = ", ".join(str(error["loc"][-1]) for error in exc.errors())
    return _error(request, f"The form was incomplete or malformed ({fields}). Please try again.", 422)


async def _database_down(request: Request, exc: Exception) -> Response:
    log.warning("database unavailable: %s", exc)
    return _error(
        request, "The database is unavailable right now. Your saved work is safe; retry in a moment.", 503
    )
