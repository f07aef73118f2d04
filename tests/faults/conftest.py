"""Fault fixtures: a service-mode pipeline with workers that can be killed, and the real Postgres,
Redis and Docker engine stopped mid-test and always restored, even when the test fails."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psycopg
import pytest
import redis

from tests.conftest import (
    MOCKROUND,
    POSTGRES_ADMIN,
    REPO,
    core_problems,
    free_port,
    run_cli,
    stop_processes,
    wait_ready,
)

# Short sweeper and lease timings, so that a lost message or a dead worker costs seconds, not minutes.
FAULT_SETTINGS = {
    "MOCKROUND_SWEEP_INTERVAL_SECONDS": "1",
    "MOCKROUND_REQUEUE_AFTER_SECONDS": "5",
    "MOCKROUND_LEASE_MARGIN_SECONDS": "2",
    # Bursts far above a candidate's Run and Submit limits.
    "MOCKROUND_RUNS_PER_MINUTE": "100000",
    "MOCKROUND_SUBMITS_PER_MINUTE": "100000",
}
# A Redis database of their own: the other tests' workers share db 15, and would take these messages
# (and judge whatever submission has the same id in their own database).
FAULT_REDIS_DB = 13
WORKER_THREADS = 2

REDIS_START = [
    "redis-server",
    "--daemonize",
    "yes",
    "--bind",
    "127.0.0.1",
    "-::1",
    "--port",
    "6379",
    "--save",
    "",
    "--appendonly",
    "no",
    "--dir",
    "/var/lib/redis",
    "--logfile",
    "/var/log/redis/ci.log",
]
DOCKERD = ["dockerd", "--bridge=none", "--iptables=false", "--ip-masq=false"]
DOCKERD_LOG = Path("/var/log/mockround-dockerd.log")
DOCKERD_PID = Path("/var/run/docker.pid")


def wait_until(check: Callable[[], bool], timeout: float, what: str, every: float = 0.2) -> float:
    """Poll `check` until it holds; return how long that took."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        with contextlib.suppress(Exception):
            if check():
                return time.monotonic() - started
        time.sleep(every)
    raise AssertionError(f"{what} within {timeout:.0f} s")


@dataclass
class Row:
    """A submission as the database holds it."""

    id: int
    status: str
    verdict: str | None
    tries: int
    started_at: dt.datetime | None
    judged_at: dt.datetime | None


@dataclass
class Pipeline:
    """A running `mockround serve` and any number of `mockround worker` processes on one database."""

    url: str
    env: dict[str, str]
    database_url: str
    logs: Path
    server: subprocess.Popen[bytes]
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def client(self, timeout: float = 30) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=timeout)

    def start_worker(self) -> subprocess.Popen[bytes]:
        log = self.logs / f"worker-{len(self.workers)}.log"
        worker = subprocess.Popen(
            [*MOCKROUND, "worker", "--threads", str(WORKER_THREADS)],
            env=self.env,
            cwd=REPO,
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
        )
        self.workers.append(worker)
        wait_until(lambda: b"worker: " in log.read_bytes(), 30, f"worker {worker.pid} did not start")
        return worker

    def kill(self, worker: subprocess.Popen[bytes]) -> None:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)

    def worker_log(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')[-3000:]}"
            for path in sorted(self.logs.glob("*.log"))
        )

    def rows(self) -> dict[int, Row]:
        with psycopg.connect(self.psycopg_url, connect_timeout=5) as connection:
            found = connection.execute(
                "SELECT id, status, verdict, tries, started_at, judged_at FROM submissions ORDER BY id"
            ).fetchall()
        return {row[0]: Row(*row) for row in found}

    @property
    def psycopg_url(self) -> str:
        return self.database_url.replace("postgresql+psycopg://", "postgresql://")

    def stop(self) -> None:
        stop_processes([self.server, *self.workers])


@pytest.fixture
def fault_redis_url(redis_url: str) -> str:
    """The real Redis (the fixture fails under MOCKROUND_REQUIRE_SERVICES=1 if it is down), own db."""
    url = f"{redis_url.rsplit('/', 1)[0]}/{FAULT_REDIS_DB}"
    client = redis.Redis.from_url(url)
    client.flushdb()
    client.close()
    return url


@pytest.fixture
def pipeline(
    postgres_url: str, fault_redis_url: str, docker_image: str, tmp_path: Path
) -> Iterator[Pipeline]:
    """The service-mode pipeline with two workers of two threads each, and the fault timings."""
    env = {
        **os.environ,
        "MOCKROUND_PROBLEMS_DIR": str(core_problems()),
        "MOCKROUND_DATABASE_URL": postgres_url,
        "MOCKROUND_REDIS_URL": fault_redis_url,
        "MOCKROUND_SANDBOX": "docker",
        "MOCKROUND_SANDBOX_IMAGE": docker_image,
        **FAULT_SETTINGS,
    }
    run_cli(env, "migrate")
    run_cli(env, "problems", "sync")
    port = free_port()
    logs = tmp_path / "logs"
    logs.mkdir()
    server = subprocess.Popen(
        [*MOCKROUND, "serve", "--port", str(port)],
        env=env,
        cwd=REPO,
        stdout=(logs / "serve.log").open("wb"),
        stderr=subprocess.STDOUT,
    )
    running = Pipeline(
        url=f"http://127.0.0.1:{port}", env=env, database_url=postgres_url, logs=logs, server=server
    )
    try:
        wait_ready(running.url, [server])
        running.start_worker()
        running.start_worker()
        yield running
    finally:
        running.stop()


# --- The services themselves -------------------------------------------------------------------------


def postgres_cluster() -> list[str]:
    """The version and name of the local cluster, for pg_ctlcluster."""
    listed = subprocess.run(["pg_lsclusters", "--no-header"], capture_output=True, text=True, check=True)
    version, name = listed.stdout.split()[:2]
    return [version, name]


def postgres_up() -> bool:
    with psycopg.connect(POSTGRES_ADMIN, connect_timeout=2) as connection:
        connection.execute("SELECT 1")
    return True


def redis_up() -> bool:
    client = redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1, socket_timeout=1)
    try:
        return bool(client.ping())
    finally:
        client.close()


def docker_up() -> bool:
    return subprocess.run(["docker", "info"], capture_output=True, timeout=10).returncode == 0


class Postgres:
    def stop(self) -> None:
        cluster = postgres_cluster()
        pg_ctl = ["pg_ctlcluster", "--skip-systemctl-redirect", *cluster]
        subprocess.run([*pg_ctl, "stop", "-m", "fast"], check=True, capture_output=True, timeout=60)

    def start(self) -> float:
        cluster = postgres_cluster()
        pg_ctl = ["pg_ctlcluster", "--skip-systemctl-redirect", *cluster]
        started = time.monotonic()
        subprocess.run([*pg_ctl, "start"], check=True, capture_output=True, timeout=60)
        wait_until(postgres_up, 60, "Postgres did not answer after its start")
        return time.monotonic() - started

    def restore(self) -> None:
        if not _answers(postgres_up):
            self.start()


class Redis:
    def stop(self) -> None:
        # `shutdown nosave`: this Redis keeps nothing on disk, so it comes back empty.
        subprocess.run(["redis-cli", "-p", "6379", "shutdown", "nosave"], capture_output=True, timeout=30)
        wait_until(lambda: not _answers(redis_up), 30, "Redis did not stop")

    def start(self) -> float:
        started = time.monotonic()
        subprocess.run(REDIS_START, check=True, capture_output=True, timeout=30)
        wait_until(redis_up, 30, "Redis did not answer after its start")
        return time.monotonic() - started

    def restore(self) -> None:
        if not _answers(redis_up):
            self.start()


class DockerEngine:
    def stop(self) -> float:
        """SIGTERM to dockerd, then wait for it to exit; return how long the engine took to stop."""
        pid = int(DOCKERD_PID.read_text().strip())
        started = time.monotonic()
        os.kill(pid, signal.SIGTERM)
        wait_until(lambda: not Path(f"/proc/{pid}").exists() or _zombie(pid), 90, "dockerd did not exit")
        return time.monotonic() - started

    def start(self) -> float:
        started = time.monotonic()
        with DOCKERD_LOG.open("ab") as log:
            # A session of its own: the engine outlives this test run, like the one it replaces.
            subprocess.Popen(
                DOCKERD,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_until(docker_up, 60, "the Docker engine did not answer after its start", every=0.5)
        return time.monotonic() - started

    def restore(self) -> None:
        if not _answers(docker_up):
            if DOCKERD_PID.exists():
                with contextlib.suppress(ValueError, ProcessLookupError):
                    pid = int(DOCKERD_PID.read_text().strip())
                    if Path(f"/proc/{pid}").exists():
                        wait_until(lambda: not Path(f"/proc/{pid}").exists(), 90, "dockerd did not exit")
            self.start()


def _answers(check: Callable[[], bool]) -> bool:
    try:
        return check()
    except Exception:
        return False


def _zombie(pid: int) -> bool:
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    return True


@pytest.fixture
def postgres_service(postgres_url: str) -> Iterator[Postgres]:
    """Postgres to stop mid-test; running again after the test whatever happened."""
    service = Postgres()
    try:
        yield service
    finally:
        service.restore()


@pytest.fixture
def redis_service(fault_redis_url: str) -> Iterator[Redis]:
    service = Redis()
    try:
        yield service
    finally:
        service.restore()


@pytest.fixture
def docker_service(docker_image: str) -> Iterator[DockerEngine]:
    service = DockerEngine()
    try:
        yield service
    finally:
        service.restore()
