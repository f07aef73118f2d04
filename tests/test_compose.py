"""Service mode from docker-compose.yml: the application image, and a web and a worker container judging a
submission in a sandbox container.

The machine has no registry and its engine no bridge, so the image is built from Debian packages
(deploy/build-app-image.sh, cached by recipe hash) and every service is put on the host's network,
against the host's Postgres and Redis. No network may be created on the engine.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
import yaml

from tests.conftest import REPO, free_port, unavailable
from tests.test_round_flow import ACCEPTED, start, submit, wait_final

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.docker]

COMPOSE_REDIS_DB = 12  # A database of its own: the other fixtures flush theirs.
BUILD_TIMEOUT = 900  # A cold build (debootstrap, pip) takes about two minutes; a cached one under a second.


@pytest.fixture(scope="session")
def docker_compose() -> str:
    path = shutil.which("docker-compose")
    if path is None:
        unavailable("docker-compose is not installed (apt-get install docker-compose)")
    assert path is not None
    return path


@pytest.fixture(scope="session")
def app_image(docker_image: str) -> str:
    """The application image, built by the offline script: nothing to do when the tree is unchanged."""
    build = subprocess.run(
        ["bash", str(REPO / "deploy/build-app-image.sh")],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    if build.returncode != 0:
        message = f"deploy/build-app-image.sh failed:\n{build.stderr[-4000:]}"
        if os.geteuid() != 0:
            unavailable(f"building the application image needs root; {message}")
        pytest.fail(message, pytrace=False)
    return build.stdout.strip().splitlines()[-1]


@pytest.fixture
def compose_redis_url(redis_url: str) -> Iterator[str]:
    url = f"{redis_url.rsplit('/', 1)[0]}/{COMPOSE_REDIS_DB}"
    client = redis.Redis.from_url(url)
    client.flushdb()
    yield url
    client.flushdb()
    client.close()


def network_names() -> set[str]:
    listed = subprocess.run(
        ["docker", "network", "ls", "--format", "{{.Name}}"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    return set(listed.stdout.split())


def host_network_variant(database_url: str, redis_url: str, sandbox_image: str, port: int) -> dict[str, Any]:
    """docker-compose.yml with every service on the host's network and the host's Postgres and Redis.

    Every service, started or not: compose v1 creates its default network when any service in the file
    uses it. An override file cannot do it all: compose v1 refuses published ports with host networking,
    and merges `ports` lists, so an override cannot drop the web's published port; hence a changed copy.
    """
    config: dict[str, Any] = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    settings = {
        "MOCKROUND_DATABASE_URL": database_url,
        "MOCKROUND_REDIS_URL": redis_url,
        "MOCKROUND_SANDBOX_IMAGE": sandbox_image,
    }
    services: dict[str, dict[str, Any]] = config["services"]
    # postgres and redis too, though never started: the host's own servers stand in for them.
    for service in services.values():
        service["network_mode"] = "host"
        service.pop("ports", None)
    for name in ("migrate", "web", "worker"):
        services[name]["environment"] = {**services[name]["environment"], **settings}
    services["web"]["environment"].update(MOCKROUND_HOST="127.0.0.1", MOCKROUND_PORT=str(port))
    services["worker"]["command"] = ["mockround", "worker", "--threads", "2"]
    return config


class Compose:
    """`docker-compose` on one file, as a project of its own, in the repository's folder."""

    def __init__(self, executable: str, file: Path, app_image: str) -> None:
        self.project = f"mockround-test-{secrets.token_hex(4)}"
        self.command = [
            executable,
            *("--project-name", self.project),
            *("--project-directory", str(REPO)),
            *("--file", str(file)),
        ]
        self.env = {**os.environ, "MOCKROUND_APP_IMAGE": app_image}

    def __call__(self, *args: str, timeout: float = 120) -> str:
        done = subprocess.run(
            [*self.command, *args],
            env=self.env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0:
            raise AssertionError(f"docker-compose {' '.join(args)} exited {done.returncode}:\n{done.stderr}")
        return done.stdout

    def logs(self) -> str:
        try:
            return self("logs", "--no-color", "--timestamps")
        except (AssertionError, subprocess.TimeoutExpired) as error:
            return f"(no logs: {error})"


def wait_healthy(compose: Compose, service: str, timeout: float = 60) -> None:
    """Until the service's own healthcheck (GET /readyz from inside the container) says healthy."""
    container = compose("ps", "-q", service).strip()
    deadline = time.monotonic() + timeout
    status = ""
    while time.monotonic() < deadline:
        status = subprocess.run(
            ["docker", "inspect", "--format", "{{.State.Status}} {{.State.Health.Status}}", container],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout.strip()
        if status == "running healthy":
            return
        if not status.startswith("running"):
            break
        time.sleep(0.5)
    raise AssertionError(f"{service} is not healthy ({status})")


def test_compose_web_and_worker_judge_a_submission(
    docker_compose: str,
    app_image: str,
    docker_image: str,
    postgres_url: str,
    compose_redis_url: str,
    tmp_path: Path,
) -> None:
    port = free_port()
    variant = tmp_path / "docker-compose.host-network.yml"
    variant.write_text(
        yaml.safe_dump(host_network_variant(postgres_url, compose_redis_url, docker_image, port))
    )
    compose = Compose(docker_compose, variant, app_image)
    networks = network_names()
    try:
        compose("run", "--rm", "-T", "--no-deps", "migrate", timeout=180)
        compose("up", "--detach", "--no-deps", "--no-build", "web", "worker")
        wait_healthy(compose, "web")

        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            assert client.get("/readyz").status_code == 200
            attempt = start(client)
            submission = submit(client, attempt["id"], ACCEPTED)
            judged = wait_final(client, attempt["id"], submission["id"])
        assert judged["verdict"] == "accepted", judged
        assert judged["score"] == 1.0
        # The worker container judged it, in a Docker sandbox on the host's engine.
        assert "sandbox Docker sandbox" in compose("logs", "--no-color", "worker")
    except BaseException:
        (tmp_path / "compose.log").write_text(compose.logs())
        print(f"docker-compose logs: {tmp_path / 'compose.log'}")
        raise
    finally:
        compose("down", "--volumes", "--remove-orphans", "--timeout", "30", timeout=180)
    assert network_names() == networks, "docker-compose created a network"
    assert not compose("ps", "-q").strip()
