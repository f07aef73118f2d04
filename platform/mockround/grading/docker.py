"""The Docker sandbox of service mode: one fresh, locked-down container per request."""

from __future__ import annotations

import contextlib
import enum
import logging
import socket
import threading
import time
from typing import Any

import docker
import docker.errors
import requests.exceptions
from docker.types import LogConfig

from mockround.grading.protocol import RunnerReport, RunnerRequest
from mockround.grading.sandbox import (
    RUN_MEMORY_MB,
    SCRATCH_MB,
    WORK_MB,
    SandboxError,
    SandboxUnavailable,
    decode_report,
    encode_request,
    runner_source,
)

__all__ = ["DEADLINE_LABEL", "LABEL", "SANDBOX_UID", "DockerSandbox"]

log = logging.getLogger(__name__)

SANDBOX_UID = 10001  # The image's user `sandbox`, made by sandbox/build-image.sh.
LABEL = "mockround.sandbox"  # "1" on every container made here, to find any left behind.
DEADLINE_LABEL = "mockround.sandbox.deadline"  # Unix time after which the container has no owner.
# A worker that dies mid-run leaves its container running: any worker removes it this long after its
# deadline, checking at most once a sweep interval.
ORPHAN_GRACE_SECONDS = 60
SWEEP_INTERVAL_SECONDS = 60
# The runner writes nothing to stderr unless it crashes: keep the start of it, stop reading a flood.
STDERR_KEPT = 2048
STDERR_CAP = 64 * 1024
STDOUT, STDERR = 1, 2  # Stream ids in the engine's multiplexed attach stream.

# Failures to reach the engine at all: worth retrying later.
_UNREACHABLE = (requests.exceptions.ConnectionError, requests.exceptions.Timeout, ConnectionError)


class _End(enum.Enum):
    """How reading the attached stream ended."""

    EXITED = "the runner exited"
    OUT_OF_TIME = "the wall clock ran out"
    OVER_CAP = "the output passed its cap"


class DockerSandbox:
    """Runs the runner in a new container per request: no network, no privileges, hard limits."""

    name = "docker"

    def __init__(
        self,
        image: str,
        memory_mb: int = RUN_MEMORY_MB,
        pids: int = 128,
        cpus: float = 1.0,
        tmpfs_mb: int = WORK_MB,
        base_url: str | None = None,
    ) -> None:
        self.image = image
        self.memory_mb, self.pids, self.cpus, self.tmpfs_mb = memory_mb, pids, cpus, tmpfs_mb
        self._base_url = base_url
        self._api: docker.APIClient | None = None
        self._lock = threading.Lock()
        self._next_sweep = 0.0

    def isolation(self) -> str:
        return (
            "Docker sandbox: a fresh container per submission, as an unprivileged user with no "
            "capabilities, no network at all, a read-only system and a private "
            f"{self.tmpfs_mb} MB work folder, limited to {self.memory_mb} MB of memory, {self.pids} "
            f"processes and {self.cpus:g} CPU. It shares the host's kernel, like every container."
        )

    def execute(self, request: RunnerRequest) -> RunnerReport:
        api = self._client()
        self._sweep(api)
        deadline = time.monotonic() + request.budget_seconds()
        container = self._create(api, request)
        try:
            raw, stderr, end = self._run(api, container, request, deadline)
        finally:
            self._remove(api, container)
        if end is _End.OUT_OF_TIME and not raw:
            # Silent for the whole budget: the runner, held up by what the submission did, never
            # reported a step (a runner that cannot start exits at once). Nothing finished in time.
            return RunnerReport(complete=False)
        try:
            report = decode_report(
                raw, [test.name for test in request.tests], f"docker sandbox ({self.image})"
            )
        except SandboxError as error:
            _ensure_engine(api)
            if not stderr:
                raise
            raise SandboxError(f"{error}; runner stderr: {stderr.decode('utf-8', 'replace')!r}") from None
        if end is _End.EXITED and not report.complete:
            # Cut short with no kill of ours: the runner died, or the engine went away with it.
            _ensure_engine(api)
        return report

    def close(self) -> None:
        """Close the connections to the engine; a later `execute` opens new ones."""
        with self._lock:
            if self._api is not None:
                self._api.close()
                self._api = None

    def _client(self) -> docker.APIClient:
        with self._lock:
            if self._api is None:
                try:
                    # version=None asks the engine for its API version: one call, once per sandbox.
                    self._api = docker.APIClient(base_url=self._base_url, version=None)
                except docker.errors.DockerException as error:
                    raise SandboxUnavailable(f"cannot reach the Docker engine: {error}") from error
            return self._api

    def _create(self, api: docker.APIClient, request: RunnerRequest) -> str:
        owner = f"uid={SANDBOX_UID},gid={SANDBOX_UID}"
        host_config = api.create_host_config(
            privileged=False,
            network_mode="none",
            read_only=True,
            tmpfs={
                "/work": f"rw,exec,nosuid,nodev,size={self.tmpfs_mb}m,{owner},mode=0700",
                "/tmp": f"rw,noexec,nosuid,nodev,size={SCRATCH_MB}m,{owner},mode=0700",
            },
            shm_size=f"{SCRATCH_MB}m",
            ipc_mode="private",
            cap_drop=["ALL"],
            security_opt=["no-new-privileges"],
            mem_limit=f"{self.memory_mb}m",
            memswap_limit=f"{self.memory_mb}m",
            oom_score_adj=1000,  # Under host memory pressure, sandboxes go first.
            pids_limit=self.pids,
            nano_cpus=int(self.cpus * 1e9),
            log_config=LogConfig(type="none"),
        )
        labels = {LABEL: "1", DEADLINE_LABEL: f"{time.time() + request.budget_seconds():.0f}"}
        try:
            created: dict[str, Any] = api.create_container(
                self.image,
                # The runner is PID 1 and the only holder of the report stream; no init, no wrapper.
                command=["python3", "-I", "-c", runner_source()],
                user=f"{SANDBOX_UID}:{SANDBOX_UID}",
                working_dir="/work",
                hostname="sandbox",
                environment={"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"},
                stdin_open=True,
                labels=labels,
                host_config=host_config,
            )
        except _UNREACHABLE as error:
            raise SandboxUnavailable(f"cannot reach the Docker engine: {error}") from error
        except docker.errors.ImageNotFound as error:
            raise SandboxError(f"sandbox image {self.image} not found: run sandbox/build-image.sh") from error
        except docker.errors.DockerException as error:
            raise _engine_error(error, f"could not create a sandbox container from {self.image}") from error
        return str(created["Id"])

    def _run(
        self, api: docker.APIClient, container: str, request: RunnerRequest, deadline: float
    ) -> tuple[bytes, bytes, _End]:
        """Feed the request, read the report; return stdout, the start of stderr, and how it ended."""
        try:
            # Attached before the start, so not a byte of output is missed.
            streams = {"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1}
            response_socket = api.attach_socket(container, streams)
            api.start(container)
        except _UNREACHABLE as error:
            raise SandboxUnavailable(f"cannot reach the Docker engine: {error}") from error
        except docker.errors.DockerException as error:
            raise _engine_error(error, f"could not start a sandbox container from {self.image}") from error
        sock = getattr(response_socket, "_sock", response_socket)
        if not isinstance(sock, socket.socket):
            response_socket.close()
            raise SandboxError(f"unexpected attach stream from the Docker engine: {type(sock).__name__}")
        try:
            try:
                sock.settimeout(max(deadline - time.monotonic(), 0.001))
                # JSON escapes every control character, so no detach key sequence can appear in it.
                sock.sendall(encode_request(request))
                sock.shutdown(socket.SHUT_WR)
            except OSError:
                pass  # The runner stopped reading or died early: what it said is still worth reading.
            raw, stderr, end = _demultiplex(sock, request.report_cap_bytes(), deadline)
        finally:
            # Close the attached stream before the kill, or the engine makes the kill wait.
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
            response_socket.close()
        if end is not _End.EXITED:
            # The report is cut short. Kill from outside by id: PID 1 ignores signals it has no
            # handler for when they come from inside the container.
            try:
                api.kill(container)
            except (docker.errors.DockerException, *_UNREACHABLE) as error:
                log.debug("kill %s: %s", container[:12], error)  # The removal that follows retries.
        return raw, stderr, end

    def _remove(self, api: docker.APIClient, container: str) -> None:
        try:
            api.remove_container(container, force=True)
        except docker.errors.NotFound:
            pass
        except (docker.errors.DockerException, *_UNREACHABLE) as error:
            # The result stands; the sweep finds the container again by its labels.
            log.warning("could not remove sandbox container %s: %s", container[:12], error)

    def _sweep(self, api: docker.APIClient) -> None:
        """Remove containers whose deadline passed long ago: their worker died before removing them."""
        with self._lock:
            if time.monotonic() < self._next_sweep:
                return
            self._next_sweep = time.monotonic() + SWEEP_INTERVAL_SECONDS
        try:
            for found in api.containers(all=True, filters={"label": f"{LABEL}=1"}):
                deadline = found.get("Labels", {}).get(DEADLINE_LABEL, "")
                if deadline.isdigit() and int(deadline) + ORPHAN_GRACE_SECONDS < time.time():
                    log.warning("removing orphaned sandbox container %s", found["Id"][:12])
                    self._remove(api, found["Id"])
        except _UNREACHABLE as error:
            raise SandboxUnavailable(f"cannot reach the Docker engine: {error}") from error
        except docker.errors.DockerException as error:
            log.warning("could not sweep orphaned sandbox containers: %s", error)


def _ensure_engine(api: docker.APIClient) -> None:
    try:
        api.ping()
    except (docker.errors.DockerException, *_UNREACHABLE) as error:
        raise SandboxUnavailable(f"lost the Docker engine during a run: {error}") from error


def _demultiplex(sock: socket.socket, cap: int, deadline: float) -> tuple[bytes, bytes, _End]:
    """Read the engine's framed stream until it ends, a cap is passed, or the deadline.

    Frames are an 8-byte header (stream id, 3 zero bytes, big-endian length) and a payload. Returns at
    most `cap` bytes of stdout, the first STDERR_KEPT bytes of stderr, and how the reading ended.
    Memory stays within the caps whatever the frame lengths say.
    """
    stdout, stderr = bytearray(), bytearray()
    stderr_total = 0
    header = bytearray()
    stream, left = 0, 0  # The current frame's stream id and payload bytes still to come.
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return bytes(stdout), bytes(stderr), _End.OUT_OF_TIME
        sock.settimeout(remaining)
        try:
            chunk = memoryview(sock.recv(65536))
        except TimeoutError:
            return bytes(stdout), bytes(stderr), _End.OUT_OF_TIME
        except OSError:
            # The engine dropped the stream: the container is gone or going; keep what came.
            return bytes(stdout), bytes(stderr), _End.EXITED
        if not chunk:
            return bytes(stdout), bytes(stderr), _End.EXITED
        while chunk:
            if left == 0:
                take = 8 - len(header)
                header += chunk[:take]
                chunk = chunk[take:]
                if len(header) == 8:
                    stream, left = header[0], int.from_bytes(header[4:8], "big")
                    header.clear()
                continue
            payload, chunk = chunk[:left], chunk[left:]
            left -= len(payload)
            if stream == STDOUT:
                stdout += payload
                if len(stdout) > cap:
                    return bytes(stdout[:cap]), bytes(stderr), _End.OVER_CAP
            elif stream == STDERR:
                stderr_total += len(payload)
                stderr += payload[: max(STDERR_KEPT - len(stderr), 0)]
                if stderr_total > STDERR_CAP:
                    return bytes(stdout), bytes(stderr), _End.OVER_CAP


def _engine_error(error: docker.errors.DockerException, what: str) -> SandboxError:
    """The engine's own failure (a 5xx: it is stopping, starting, or cannot mount a layer) is worth
    retrying later, like an engine out of reach; anything else is an error of this request."""
    if isinstance(error, docker.errors.APIError) and error.is_server_error():
        return SandboxUnavailable(f"{what}: the Docker engine failed: {error}")
    return SandboxError(f"{what}: {error}")
