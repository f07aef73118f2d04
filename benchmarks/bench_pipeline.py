"""End to end: a burst of submissions through the API, the queue, the workers and the sandbox.

Run: .venv/bin/python -m benchmarks.bench_pipeline [--mode service|embedded] [--burst 100] [--workers 1]

Service mode starts `mockround serve` and `mockround worker` processes against a fresh Postgres database,
Redis and the Docker sandbox; embedded mode one server with SQLite and the local sandbox. It submits the
sample problem's accepted solution `--burst` times at once and reports the throughput and the time from
submission to verdict, beside the baseline of the same solution judged by `grading.judge` alone, one at a
time, in the same sandbox, in this process.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import secrets
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
from sqlalchemy import create_engine, text

from mockround.grading.judge import judge
from mockround.problems.loader import load_problem
from mockround.worker import build_sandbox

REPO = Path(__file__).resolve().parents[1]
PROBLEM = REPO / "problems" / "coding" / "pair-count"
SOLUTION = (PROBLEM / "solutions" / "accepted" / "counting.py").read_text()
ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def database(mode: str, folder: Path) -> Iterator[str]:
    if mode == "embedded":
        yield f"sqlite+aiosqlite:///{folder / 'bench.db'}"
        return
    name = f"mockround_bench_{secrets.token_hex(4)}"
    with psycopg.connect(ADMIN, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def platform(mode: str, workers: int, threads: int, database_url: str) -> Iterator[str]:
    env = {
        **os.environ,
        "MOCKROUND_DATABASE_URL": database_url,
        "MOCKROUND_SANDBOX": "docker" if mode == "service" else "local",
        "MOCKROUND_WORKER_THREADS": str(threads),
        # A burst far above a candidate's Submit limit.
        "MOCKROUND_SUBMITS_PER_MINUTE": "100000",
    }
    env.pop("MOCKROUND_REDIS_URL", None)
    if mode == "service":
        env["MOCKROUND_REDIS_URL"] = "redis://127.0.0.1:6379/14"
    command = [sys.executable, "-m", "mockround"]
    for step in (["migrate"], ["problems", "sync"]):
        subprocess.run([*command, *step], env=env, check=True, capture_output=True)
    port = free_port()
    quiet = subprocess.DEVNULL
    processes = [
        subprocess.Popen([*command, "serve", "--port", str(port)], env=env, stdout=quiet, stderr=quiet)
    ]
    if mode == "service":
        import redis

        redis.Redis.from_url(env["MOCKROUND_REDIS_URL"]).flushdb()
        processes += [
            subprocess.Popen(
                [*command, "worker", "--threads", str(threads)], env=env, stdout=quiet, stderr=quiet
            )
            for _ in range(workers)
        ]
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{url}/readyz").status_code == 200:
                    break
            time.sleep(0.1)
        yield url
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=60)


def burst(url: str, database_url: str, size: int) -> tuple[float, list[float]]:
    """Submit `size` at once; watch the database (not the API, which would compete for the CPU)."""
    engine = create_engine(database_url.replace("+aiosqlite", ""))
    with httpx.Client(base_url=url, timeout=60) as client:
        attempts = [client.post("/api/v1/attempts", json={"round": "sample"}).json()["id"] for _ in range(4)]
        started = time.perf_counter()
        for index in range(size):
            body = {"problem": "pair-count", "language": "python3", "source": SOLUTION}
            response = client.post(
                f"/api/v1/attempts/{attempts[index % len(attempts)]}/submissions", json=body
            )
            response.raise_for_status()
    query = text("SELECT verdict, created_at, judged_at FROM submissions WHERE judged_at IS NOT NULL")
    while True:
        with engine.connect() as connection:
            rows = connection.execute(query).all()
        if len(rows) == size:
            break
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    engine.dispose()
    assert {row[0] for row in rows} == {"accepted"}, rows
    latencies = [(_aware(judged) - _aware(created)).total_seconds() for _, created, judged in rows]
    return size / elapsed, latencies


def _aware(value: dt.datetime | str) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=["service", "embedded"], default="service")
    parser.add_argument("--burst", type=int, default=100)
    parser.add_argument("--workers", type=int, default=1, help="worker processes (service mode)")
    parser.add_argument("--threads", type=int, default=2, help="judging threads per worker or server")
    args = parser.parse_args()

    from mockround.core.settings import Settings

    sandbox = build_sandbox(Settings(sandbox="docker" if args.mode == "service" else "local"))
    job = load_problem(PROBLEM).job(SOLUTION, "python3")
    judge(job, sandbox)
    samples = []
    for _ in range(10):
        started = time.perf_counter()
        judge(job, sandbox)
        samples.append(time.perf_counter() - started)
    baseline = statistics.median(samples)
    print(
        f"baseline: one {len(job.tests)}-test submission judged directly, serially: {baseline * 1000:.0f} ms"
        f" = {1 / baseline:.2f} submissions/s"
    )
    with (
        database(args.mode, Path("/tmp")) as url,
        platform(args.mode, args.workers, args.threads, url) as base,
    ):
        rate, latencies = burst(base, url, args.burst)
    latencies.sort()
    p50 = latencies[len(latencies) // 2]
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(
        f"{args.mode}: burst of {args.burst} through API, queue and"
        f" {args.workers}x{args.threads} judging threads:"
        f" {rate:.2f} submissions/s ({rate * baseline:.2f}x the serial baseline);"
        f" submission to verdict p50 {p50:.2f} s, p95 {p95:.2f} s"
    )


if __name__ == "__main__":
    main()
