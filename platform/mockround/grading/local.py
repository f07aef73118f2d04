"""The local process sandbox for embedded mode: rlimits, a private folder, bubblewrap where installed."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import os
import resource
import secrets
import shutil
import signal
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import IO

from mockround.grading.cgroup import MemoryCgroup
from mockround.grading.protocol import RunnerReport, RunnerRequest
from mockround.grading.sandbox import (
    RUN_MEMORY_MB,
    SCRATCH_MB,
    WORK_MB,
    SandboxError,
    decode_report,
    encode_request,
    read_capped,
    runner_source,
)

PYTHON = "/usr/bin/python3"
# When the server runs as root, each run gets a user id of its own from this range (no account needed),
# so that the process limit, which counts a user's processes, is per run: one submission's fork bomb
# cannot starve another's, and the runner may kill everything of its user after each test.
SANDBOX_UID_BASE = 3_000_000
SANDBOX_UID_SLOTS = 256
UID_LOCKS = Path(tempfile.gettempdir()) / "mockround-sandbox-uids"
# Processes the sandbox user may have at once.
MAX_PROCESSES = 256


class LocalSandbox:
    """Runs the runner as a child process: weaker than a container, and honest about it."""

    name = "local"

    def __init__(self, use_bubblewrap: bool | None = None, python: str = PYTHON) -> None:
        found = shutil.which("bwrap")
        self._bwrap = found if use_bubblewrap is not False else None
        if use_bubblewrap and not found:
            raise SandboxError("bubblewrap was asked for but `bwrap` is not installed")
        self._python = python
        probe = MemoryCgroup.create(RUN_MEMORY_MB)
        self._cgroups = probe is not None
        if probe is not None:
            probe.remove()

    def isolation(self) -> str:
        memory = (
            f"a {RUN_MEMORY_MB} MB memory limit per run"
            if self._cgroups
            else "no memory limit beyond each process's own"
        )
        if self._bwrap:
            return (
                "Local process sandbox with bubblewrap: no network, a read-only system, a private folder, "
                f"resource limits and {memory}. Weaker than the Docker sandbox of service mode."
            )
        return (
            f"Local process sandbox without bubblewrap: resource limits, {memory} and a private folder "
            "only; the submission can see the network and the host's files. For practice on your own "
            "machine."
        )

    def execute(self, request: RunnerRequest) -> RunnerReport:
        workdir = Path(tempfile.mkdtemp(prefix="mockround-run-"))
        uid, uid_lock = _take_uid()
        cgroup = MemoryCgroup.create(RUN_MEMORY_MB) if self._cgroups else None
        try:
            if uid is not None:
                # The folder is new and empty: nothing the submission wrote can be followed here.
                os.chown(workdir, uid, uid)
            # With a user of its own or a PID namespace, the runner may kill all its user's processes
            # after each test, so nothing the submission started lives on into the next test.
            isolated = uid is not None or self._bwrap is not None
            return self._run(request.model_copy(update={"kill_leftovers": isolated}), workdir, uid, cgroup)
        finally:
            if cgroup is not None:
                cgroup.remove()  # Kills anything of the run still alive, wherever it went.
            if uid_lock is not None:
                uid_lock.close()  # Releases the user id for the next run, in any process.
            # rmtree does not follow symlinks the submission may have planted.
            shutil.rmtree(workdir, ignore_errors=True)

    def _command(self, workdir: Path) -> tuple[list[str], str]:
        runner = [self._python, "-I", "-c", runner_source()]
        if not self._bwrap:
            return runner, str(workdir)
        usr_links = []
        for name in ("bin", "lib", "lib64", "sbin"):
            if Path(f"/{name}").is_symlink():
                usr_links += ["--symlink", str(Path(f"/{name}").readlink()), f"/{name}"]
            elif Path(f"/{name}").is_dir():
                usr_links += ["--ro-bind", f"/{name}", f"/{name}"]
        wrapped = [
            self._bwrap,
            "--ro-bind", "/usr", "/usr",
            *usr_links,
            "--ro-bind-try", "/etc/alternatives", "/etc/alternatives",
            "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache",
            # Debian's JDK keeps its settings here, linked from /usr/lib/jvm.
            "--ro-bind-try", "/etc/java-17-openjdk", "/etc/java-17-openjdk",
            "--dev", "/dev",
            "--proc", "/proc",
            # Size-capped folders in memory, as in the Docker sandbox: the work folder (source, build,
            # the Go cache), /tmp and /dev/shm. Everything else, /dev included, is read-only.
            "--size", str(WORK_MB << 20), "--tmpfs", "/work",
            "--size", str(SCRATCH_MB << 20), "--tmpfs", "/tmp",
            "--size", str(SCRATCH_MB << 20), "--tmpfs", "/dev/shm",
            "--remount-ro", "/dev",
            "--remount-ro", "/",
            "--chdir", "/work",
            "--unshare-all",
            # The runner is PID 1 of the namespace: a signal from the submission cannot kill it, and
            # after each test it kills and reaps everything left, as in the Docker sandbox.
            "--as-pid-1",
            "--die-with-parent",
            "--new-session",
            "--clearenv",
            "--setenv", "PATH", "/usr/bin:/bin",
            *runner,
        ]  # fmt: skip
        return wrapped, "/"

    def _run(
        self, request: RunnerRequest, workdir: Path, uid: int | None, cgroup: MemoryCgroup | None
    ) -> RunnerReport:
        command, cwd = self._command(workdir)
        proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=cwd,
            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
            preexec_fn=functools.partial(_enter_sandbox, uid, cgroup),
            start_new_session=True,
        )
        assert proc.stdin is not None and proc.stdout is not None
        timed_out = threading.Event()

        def out_of_time() -> None:
            timed_out.set()
            _kill_group(proc.pid)

        timer = threading.Timer(request.budget_seconds(), out_of_time)
        timer.start()
        try:
            with contextlib.suppress(BrokenPipeError):
                proc.stdin.write(encode_request(request))
                proc.stdin.close()
            raw, _ = read_capped(proc.stdout, request.report_cap_bytes())
        finally:
            timer.cancel()
            _kill_group(proc.pid)
            proc.stdout.close()
            proc.wait()
        names = [test.name for test in request.tests]
        return decode_report(raw, names, "local sandbox", timed_out=timed_out.is_set())


def _take_uid() -> tuple[int | None, IO[bytes] | None]:
    """A user id no other run on this machine holds, in any process: a lock file per id says so."""
    if os.getuid() != 0:
        return None, None  # Not root: the runner runs as the server's own user, sharing its limits.
    UID_LOCKS.mkdir(mode=0o700, exist_ok=True)
    first = secrets.randbelow(SANDBOX_UID_SLOTS)
    for offset in range(SANDBOX_UID_SLOTS):
        uid = SANDBOX_UID_BASE + (first + offset) % SANDBOX_UID_SLOTS
        handle = (UID_LOCKS / str(uid)).open("ab")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            continue
        return uid, handle
    raise SandboxError(f"all {SANDBOX_UID_SLOTS} local sandbox user ids are in use")


def _enter_sandbox(uid: int | None, cgroup: MemoryCgroup | None) -> None:
    """Between fork and exec: into the run's cgroup (which needs root), then down to the run's user."""
    if cgroup is not None:
        cgroup.join()
    resource.setrlimit(resource.RLIMIT_NPROC, (MAX_PROCESSES, MAX_PROCESSES))
    if uid is not None:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
