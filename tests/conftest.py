"""Shared fixtures: real services (Postgres, Redis, Docker) and a real server in either mode.

A test that needs a service it cannot reach is skipped, except under MOCKROUND_REQUIRE_SERVICES=1
(as in CI), where it fails: CI never silently skips them.
"""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import psycopg
import pytest
import redis

REPO = Path(__file__).resolve().parents[1]
MOCKROUND = [sys.executable, "-m", "mockround"]
POSTGRES_ADMIN = os.environ.get("MOCKROUND_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("MOCKROUND_TEST_REDIS", "redis://127.0.0.1:6379/15")
SANDBOX_IMAGE = os.environ.get("MOCKROUND_SANDBOX_IMAGE", "mockround-sandbox:latest")


def services_required() -> bool:
    return os.environ.get("MOCKROUND_REQUIRE_SERVICES") == "1"


def unavailable(what: str) -> None:
    message = f"{what} (set up by .ci/run)"
    if services_required():
        pytest.fail(f"MOCKROUND_REQUIRE_SERVICES=1 but {message}", pytrace=False)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def postgres_server() -> str:
    try:
        with psycopg.connect(POSTGRES_ADMIN, connect_timeout=3) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as exc:
        unavailable(f"Postgres is unreachable at {POSTGRES_ADMIN}: {exc}")
    return POSTGRES_ADMIN


@contextlib.contextmanager
def fresh_database(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database, dropped afterwards."""
    name = f"mockround_test_{secrets.token_hex(6)}"
    with psycopg.connect(postgres_server, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    base = postgres_server.rsplit("/", 1)[0]
    yield f"postgresql+psycopg://{base.split('://', 1)[1]}/{name}"
    with psycopg.connect(postgres_server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database for one test."""
    with fresh_database(postgres_server) as url:
        yield url


@pytest.fixture
def redis_url() -> str:
    return flushed_redis()


def flushed_redis() -> str:
    try:
        client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3)
        client.flushdb()
        client.close()
    except redis.RedisError as exc:
        unavailable(f"Redis is unreachable at {REDIS_URL}: {exc}")
    return REDIS_URL


@pytest.fixture(scope="session")
def docker_image() -> str:
    try:
        import docker

        client = docker.from_env(timeout=10)
        client.ping()
        client.images.get(SANDBOX_IMAGE)
        client.close()
    except Exception as exc:
        unavailable(f"the Docker engine or the image {SANDBOX_IMAGE} is unavailable: {exc}")
    return SANDBOX_IMAGE


@dataclass
class Server:
    """A real `mockround serve` (and, in service mode, `mockround worker`) in subprocesses."""

    mode: str
    url: str
    env: dict[str, str]
    database_url: str

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)


SAMPLE_ITEMS = ("coding/pair-count", "banks/python-basics.yaml", "rounds/sample.yaml")
# The two small rounds the page and pipeline tests take, with what they use: loading the whole bank for
# every server a test starts would only make the tests slower (tests/test_shipped_rounds.py takes it all).
CORE_ITEMS = (
    *SAMPLE_ITEMS,
    "coding/sliding-window-limiter",
    "rounds/backend-warmup.yaml",
    "rounds/sample-timed.yaml",
)


def sample_problems(tmp_path: Path, items: tuple[str, ...] = SAMPLE_ITEMS) -> Path:
    """A problems folder holding the sample round and what it uses, copied from the shipped problems:
    small and stable, for tests that edit or break the content."""
    root = tmp_path / "problems"
    for name in items:
        source, target = REPO / "problems" / name, root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy(source, target)
    return root


@functools.cache
def core_problems() -> Path:
    """The core rounds' problems, copied once per test process."""
    return sample_problems(Path(tempfile.mkdtemp(prefix="mockround-core-")), CORE_ITEMS)


def run_cli(env: dict[str, str], *args: str) -> None:
    subprocess.run([*MOCKROUND, *args], env=env, check=True, cwd=REPO, capture_output=True, timeout=120)


def wait_ready(url: str, processes: list[subprocess.Popen[bytes]]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                raise RuntimeError(f"{process.args!r} exited with {process.returncode}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"the server at {url} did not become ready")


@contextlib.contextmanager
def running_server(
    mode: str, database_url: str, tmp_path: Path, extra_env: dict[str, str] | None = None
) -> Iterator[Server]:
    env = {
        **os.environ,
        "MOCKROUND_PROBLEMS_DIR": str(core_problems()),
        "MOCKROUND_DATABASE_URL": database_url,
        "MOCKROUND_SANDBOX": "docker" if mode == "service" else "local",
        "MOCKROUND_SANDBOX_IMAGE": SANDBOX_IMAGE,
        "MOCKROUND_WORKER_THREADS": "2",
        **(extra_env or {}),
    }
    env.pop("MOCKROUND_REDIS_URL", None)
    if mode == "service":
        env["MOCKROUND_REDIS_URL"] = REDIS_URL
    run_cli(env, "migrate")
    run_cli(env, "problems", "sync")
    port = free_port()
    logs = tmp_path / f"{mode}-logs"
    logs.mkdir(exist_ok=True)
    processes = [
        subprocess.Popen(
            [*MOCKROUND, "serve", "--port", str(port)],
            env=env,
            cwd=REPO,
            stdout=(logs / "serve.log").open("wb"),
            stderr=subprocess.STDOUT,
        )
    ]
    if mode == "service":
        processes.append(
            subprocess.Popen(
                [*MOCKROUND, "worker", "--threads", "2"],
                env=env,
                cwd=REPO,
                stdout=(logs / "worker.log").open("wb"),
                stderr=subprocess.STDOUT,
            )
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, processes)
        yield Server(mode=mode, url=url, env=env, database_url=database_url)
    finally:
        stop_processes(processes)


def stop_processes(processes: list[subprocess.Popen[bytes]]) -> None:
    """SIGTERM to each (they finish what they hold), then SIGKILL to any still there after 20 s."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


MODES = [
    pytest.param("embedded", id="embedded"),
    pytest.param(
        "service", id="service", marks=[pytest.mark.postgres, pytest.mark.redis, pytest.mark.docker]
    ),
]


@pytest.fixture(params=MODES)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    """The whole application, in embedded mode (SQLite, in-process judging, local sandbox) or in
    service mode (Postgres, Redis queue, a separate worker, Docker sandbox)."""
    mode: str = request.param
    if mode == "service":
        database_url = request.getfixturevalue("postgres_url")
        request.getfixturevalue("redis_url")
        request.getfixturevalue("docker_image")
    else:
        database_url = f"sqlite+aiosqlite:///{tmp_path / 'mockround.db'}"
    with running_server(mode, database_url, tmp_path) as running:
        yield running


@pytest.fixture(scope="session")
def bubblewrap() -> str:
    path = shutil.which("bwrap")
    if path is None:
        unavailable("bubblewrap (bwrap) is not installed")
    assert path is not None
    return path


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many tests ran against each real service, so a CI log shows they were not skipped."""
    counts: dict[str, list[int]] = {}
    for outcome in ("passed", "failed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            if getattr(report, "when", "call") not in ("call", "setup"):
                continue
            if outcome == "passed" and report.when != "call":
                continue
            for marker in ("postgres", "redis", "docker", "browser"):
                if marker in report.keywords:
                    slot = counts.setdefault(marker, [0, 0, 0])
                    slot[{"passed": 0, "skipped": 2}.get(outcome, 1)] += 1
    if counts:
        terminalreporter.section("tests against real services")
        for marker, (passed, failed, skipped) in sorted(counts.items()):
            terminalreporter.write_line(f"{marker:9} {passed} passed, {failed} failed, {skipped} skipped")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests run last: playwright's sync API keeps an event loop running in the main thread
    until the session ends, which the asyncio tests cannot share."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


class RecordingQueue:
    """Stands in for the broker only to observe what would be sent; the database is the real one."""

    def __init__(self) -> None:
        self.sent: list[int] = []

    def send(self, submission_id: int, purpose: str = "submit") -> None:
        self.sent.append(submission_id)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated database of the test's own, in SQLite and in Postgres."""
    from mockround.core.settings import Settings
    from mockround.migrate import upgrade

    if request.param == "postgres":
        url: str = request.getfixturevalue("postgres_url")
    else:
        url = f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    upgrade(Settings(database_url=url))
    return url
