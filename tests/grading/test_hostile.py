"""The hostile-program battery: every program under hostile/ in both sandboxes, its verdict, and the host.

hostile/battery.yaml says, for each program, what it attacks, the verdict it must get in the Docker
sandbox and in the local sandbox with bubblewrap, and what must still hold on the host afterwards. A
weakness a program reveals stays an expectation that fails: its case is xfail(strict=True) with the
reason, so that fixing the sandbox turns it into a pass that must be acknowledged.

No program here ever sends a packet to an address other than the host's loopback: the network probes
read the sandbox's interfaces and routes, and connect only to 127.0.0.1 and ::1.

The local sandbox without bubblewrap is not run here: there the programs would reach the host itself
(fill its /tmp, connect to its services). The battery records its verdicts and why they are weaker.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import docker
import pytest
import yaml
from pydantic import BaseModel, ConfigDict, Field

from mockround.grading.docker import LABEL, SANDBOX_UID, DockerSandbox
from mockround.grading.job import JudgeJob, JudgeResult, Limits, TestCase
from mockround.grading.judge import COMPILE_LIMITS, build_request, interpret, judge
from mockround.grading.languages import UnknownLanguage, get_language
from mockround.grading.local import LocalSandbox
from mockround.grading.protocol import RunnerReport, RunnerRequest
from mockround.grading.sandbox import Sandbox
from mockround.grading.verdicts import Verdict
from tests.conftest import REPO, SANDBOX_IMAGE, unavailable

HOSTILE = Path(__file__).with_name("hostile")
NOBODY = 65534
SECRET_NAME = "MOCKROUND_TEST_SECRET"
# The tool each language needs, looked up in the image and, for the local sandbox, on the host.
TOOLS = {"python3": "python3", "javascript": "node", "cpp": "g++", "java": "javac", "go": "go"}
RUNNER_PATH = "/usr/local/bin:/usr/bin:/bin"
# Slack for what other processes on a shared machine do to the host's free disk and memory meanwhile.
DISK_SLACK = 256 * 1024 * 1024
MEMORY_SLACK = 512 * 1024 * 1024
# The most memory one run may take: a container's memory, which is also the compile memory limit.
RUN_MEMORY_MB = max(DockerSandbox(SANDBOX_IMAGE).memory_mb, COMPILE_LIMITS.memory_mb)

SandboxKind = Literal["docker", "local"]


# --- The battery ------------------------------------------------------------------------------------


class HostileTest(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str | None = None
    input: str = ""
    expected: str = "blocked\n"
    sample: bool = True


class Before(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    input: str


class Expected(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    docker: Verdict
    local: Verdict | None = None
    plain: Verdict | None = None


class CompileLimits(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    cpu_seconds: float
    wall_seconds: float


class Hostile(BaseModel):
    """One hostile program and what must happen to it (see the header of hostile/battery.yaml)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    program: str
    language: str
    attack: str
    limits: dict[str, int | float] = Field(default_factory=dict)
    tests: list[HostileTest] = Field(default_factory=lambda: [HostileTest()])
    before: Before | None = None
    verdict: Expected
    test_verdicts: dict[SandboxKind, list[Verdict]] = Field(default_factory=dict)
    local_weaker: str | None = None
    plain_weaker: str | None = None
    host: list[str] = Field(default_factory=list)
    checks: list[str] = Field(default_factory=list)
    docker_checks: list[str] = Field(default_factory=list)
    compile_limits: CompileLimits | None = None
    message_contains: str | None = None
    xfail: dict[SandboxKind, str] = Field(default_factory=dict)

    def expected(self, kind: SandboxKind) -> Verdict:
        if kind == "local":
            return self.verdict.local or self.verdict.docker
        return self.verdict.docker

    def expected_tests(self, kind: SandboxKind) -> list[Verdict] | None:
        return self.test_verdicts.get(kind) or (self.test_verdicts.get("docker") if kind == "local" else None)

    def job(self, values: dict[str, str], tests: list[HostileTest] | None = None) -> JudgeJob:
        cases = [
            TestCase(
                name=test.name or f"t{number}",
                input=test.input.format_map(values),
                expected=test.expected.format_map(values),
                sample=test.sample,
            )
            for number, test in enumerate(tests or self.tests, start=1)
        ]
        limits = Limits(**{"time_seconds": 0.5, "memory_mb": 128, "output_kb": 64, **self.limits})
        source = (HOSTILE / self.program).read_text(encoding="utf-8")
        return JudgeJob(source=source, language=self.language, tests=cases, limits=limits)


def load_battery() -> list[Hostile]:
    raw = yaml.safe_load((HOSTILE / "battery.yaml").read_text(encoding="utf-8"))
    return [Hostile.model_validate(entry) for entry in raw]


BATTERY = load_battery()


# --- The host: what a program is given, and what must still hold after it ----------------------------


@dataclass
class Host:
    """The values a program may be given, and the host's state before it ran."""

    marker: str
    values: dict[str, str]
    canary: Path
    canary_folder: Path
    listeners: list[socket.socket]
    bystanders: list[subprocess.Popen[bytes]]
    engine: docker.APIClient | None = None
    before: dict[str, Any] = field(default_factory=dict)
    # Containers the Docker sandbox made for this case, the most the host's available memory fell
    # during the runs, and the verdict of a neighbour submission judged at the same time.
    containers: list[str] = field(default_factory=list)
    memory_drop: int = 0
    neighbour: Verdict | None = None


def snapshot(host: Host) -> dict[str, Any]:
    return {
        "tmp_free": shutil.disk_usage("/tmp").free,
        "memory_available": memory_available(),
        "shmem": meminfo("Shmem"),
        "resident": resident_memory(),
        "files": host_files(host),
    }


class RecordingDockerSandbox(DockerSandbox):
    """The Docker sandbox, remembering the containers it made: other tests on the machine may hold
    sandbox containers of their own meanwhile, so the check looks for these by id."""

    def __init__(self, image: str) -> None:
        super().__init__(image)
        self.made: list[str] = []

    def _create(self, api: docker.APIClient, request: RunnerRequest) -> str:
        container = super()._create(api, request)
        self.made.append(container)
        return container


class MemoryWatch:
    """Samples the host's available memory while a run goes on: tmpfs pages and the processes of a
    sandbox without a memory cgroup show there, whatever kills them before they report."""

    def __init__(self) -> None:
        self.start = memory_available()
        self.lowest = self.start
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self.lowest = min(self.lowest, memory_available())

    def __enter__(self) -> MemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def drop(self) -> int:
        return self.start - self.lowest


def memory_available() -> int:
    return meminfo("MemAvailable")


def meminfo(name: str) -> int:
    """A figure of /proc/meminfo, in bytes."""
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith(f"{name}:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no {name} in /proc/meminfo")


def resident_memory() -> dict[tuple[int, int], tuple[str, int]]:
    """Every process's resident memory in bytes, by (pid, start time) so that a reused pid is new."""
    page = os.sysconf("SC_PAGE_SIZE")
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, ValueError, IndexError):
                stat = (entry / "stat").read_text()
                name = stat[stat.index("(") + 1 : stat.rindex(")")]
                started = int(stat[stat.rindex(")") + 2 :].split()[19])
                resident = int((entry / "statm").read_text().split()[1]) * page
                found[(int(entry.name), started)] = (name, resident)
    return found


def host_files(host: Host) -> dict[str, Any]:
    """What a write through a planted symlink, or a removal that followed one, would change."""

    def state(path: Path) -> tuple[str, int, int]:
        info = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
        return digest, info.st_mtime_ns, info.st_mode

    return {
        "canary": state(host.canary),
        "canary_folder": sorted(p.name for p in host.canary_folder.iterdir()),
        "canary_folder_state": state(host.canary_folder),
        "shadow": state(Path("/etc/shadow")),
    }


def eventually(check: Callable[[], bool], seconds: float) -> bool:
    """Killed processes and removed containers may take a moment to be gone."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def marked_processes(marker: str) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(entry.name)
    return found


def check_no_stray_containers(host: Host, kind: SandboxKind) -> None:
    if host.engine is None:
        return
    assert host.containers or kind != "docker", "the Docker sandbox made no container"
    existing = {c["Id"] for c in host.engine.containers(all=True, filters={"label": f"{LABEL}=1"})}
    left = set(host.containers) & existing
    assert not left, f"sandbox containers left behind: {left}"


def check_no_marked_processes(host: Host, kind: SandboxKind) -> None:
    assert eventually(lambda: not marked_processes(host.marker), 5), (
        f"processes with the run's marker outlived it: {marked_processes(host.marker)}"
    )


def check_worker_alive(host: Host, kind: SandboxKind) -> None:
    os.kill(os.getpid(), 0)  # Trivially true while this runs: a program that killed it ended the battery.


def check_tmp_disk_unchanged(host: Host, kind: SandboxKind) -> None:
    now = shutil.disk_usage("/tmp").free
    assert now >= host.before["tmp_free"] - DISK_SLACK, (
        f"the host's /tmp lost {(host.before['tmp_free'] - now) >> 20} MB"
    )


def check_listener_untouched(host: Host, kind: SandboxKind) -> None:
    for listener in host.listeners:
        # A connection completes in the kernel's backlog even if it is never accepted.
        listener.setblocking(False)
        try:
            connection, _ = listener.accept()
        except BlockingIOError:
            continue
        connection.close()
        raise AssertionError("a sandboxed program connected to a listener on the host's loopback")


def check_host_files_unchanged(host: Host, kind: SandboxKind) -> None:
    assert host_files(host) == host.before["files"]


def check_bystanders_alive(host: Host, kind: SandboxKind) -> None:
    for bystander in host.bystanders:
        assert bystander.poll() is None, f"bystander {bystander.pid} was killed"


def check_no_leaked_ipc(host: Host, kind: SandboxKind) -> None:
    key = int(host.marker[:7], 16)
    lines = Path("/proc/sysvipc/shm").read_text().splitlines()[1:]
    keys = {int(line.split()[0]) for line in lines if line.strip()}
    assert key not in keys, "the program's System V shared memory segment outlived it on the host"


def check_host_memory_recovered(host: Host, kind: SandboxKind) -> None:
    """What the run took comes back: nothing is held by a process that was not running before it, nor
    in tmpfs or shared memory. Growth of the processes already running (the Docker engine's heap after
    a flood of output, this test process, the databases) is theirs, and on a shared machine not a leak."""

    def shortfall() -> tuple[int, str]:
        before, now = host.before["resident"], resident_memory()
        grown = {key: now[key][1] - before[key][1] for key in now.keys() & before.keys()}
        explained = sum(growth for growth in grown.values() if growth > 0)
        missing = host.before["memory_available"] - memory_available() - explained
        new = sorted(((now[key][1], now[key][0]) for key in now.keys() - before.keys()), reverse=True)
        growers = sorted(((growth, now[key][0]) for key, growth in grown.items()), reverse=True)
        shared = meminfo("Shmem") - host.before["shmem"]
        detail = (
            f"{missing >> 20} MB less available beyond the {explained >> 20} MB the running processes grew; "
            f"tmpfs and shared memory {shared >> 20:+} MB; "
            f"new processes (MB): {[(name, size >> 20) for size, name in new[:5]]}; "
            f"grown most (MB): {[(name, size >> 20) for size, name in growers[:5]]}"
        )
        return max(missing, shared), detail

    # The kernel may take a few seconds to hand back what a killed process held; a leak never comes back.
    assert eventually(lambda: shortfall()[0] <= MEMORY_SLACK, 20), shortfall()[1]


def check_host_memory_bounded(host: Host, kind: SandboxKind) -> None:
    assert host.memory_drop <= (RUN_MEMORY_MB << 20) + MEMORY_SLACK, (
        f"the host's available memory fell by {host.memory_drop >> 20} MB during the run"
    )


def check_neighbour_unharmed(host: Host, kind: SandboxKind) -> None:
    assert host.neighbour is Verdict.ACCEPTED, f"a neighbour submission judged meanwhile got {host.neighbour}"


ALWAYS = [
    "no_stray_containers",
    "no_marked_processes",
    "worker_alive",
    "bystanders_alive",
    "tmp_disk_unchanged",
]
HOST_CHECKS: dict[str, Callable[[Host, SandboxKind], None]] = {
    "no_stray_containers": check_no_stray_containers,
    "no_marked_processes": check_no_marked_processes,
    "worker_alive": check_worker_alive,
    "tmp_disk_unchanged": check_tmp_disk_unchanged,
    "listener_untouched": check_listener_untouched,
    "host_files_unchanged": check_host_files_unchanged,
    "bystanders_alive": check_bystanders_alive,
    "no_leaked_ipc": check_no_leaked_ipc,
    "host_memory_recovered": check_host_memory_recovered,
    "host_memory_bounded": check_host_memory_bounded,
    "neighbour_unharmed": check_neighbour_unharmed,
}


# --- Checks on the result ---------------------------------------------------------------------------


def check_every_test_reported(job: JudgeJob, result: JudgeResult, report: RunnerReport) -> None:
    assert report.complete, "the runner's report was cut short"
    assert sorted(report.tests) == sorted(test.name for test in job.tests)


def check_output_shown_safely(job: JudgeJob, result: JudgeResult, report: RunnerReport) -> None:
    shown = result.tests[0].output
    assert isinstance(shown, str) and "\ufffd" in shown and "binary" in shown
    assert result.tests[0].first_difference == 1
    assert JudgeResult.model_validate_json(result.model_dump_json()) == result
    json.dumps(result.model_dump(mode="json"), ensure_ascii=False)


def check_hidden_output_not_shown(job: JudgeJob, result: JudgeResult, report: RunnerReport) -> None:
    for test in result.tests:
        assert (test.output, test.expected, test.error) == (None, None, None)


RESULT_CHECKS: dict[str, Callable[[JudgeJob, JudgeResult, RunnerReport], None]] = {
    "every_test_reported": check_every_test_reported,
    "output_shown_safely": check_output_shown_safely,
    "hidden_output_not_shown": check_hidden_output_not_shown,
}


# --- Fixtures ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def worker_secret() -> Iterator[str]:
    """A secret in the worker's environment, as a real worker holds its database password."""
    value = f"mockround-test-secret-{secrets.token_hex(8)}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(SECRET_NAME, value)
        yield value


@pytest.fixture(scope="module")
def bystanders() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Sleeping processes on the host as users a sandboxed program must not be able to signal: nobody
    (system daemons) and the Docker sandbox's user (as which every other container's processes run on
    the host). Another local run's user is the neighbour check's business."""
    if os.getuid() != 0:
        yield []
        return

    def as_user(uid: int) -> Callable[[], None]:
        def drop() -> None:
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)

        return drop

    started = [
        subprocess.Popen(["sleep", "3600"], preexec_fn=as_user(uid), start_new_session=True)
        for uid in (NOBODY, SANDBOX_UID)
    ]
    yield started
    for process in started:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def engine(docker_image: str) -> Iterator[docker.APIClient]:
    api = docker.APIClient(timeout=30)
    yield api
    api.close()


@pytest.fixture(scope="module")
def docker_sandbox(docker_image: str) -> Iterator[RecordingDockerSandbox]:
    sandbox = RecordingDockerSandbox(docker_image)
    yield sandbox
    sandbox.close()


@pytest.fixture(scope="module")
def image_tools(docker_image: str) -> set[str]:
    """The tools the sandbox image holds, asked once."""
    client = docker.from_env(timeout=30)
    try:
        script = "for tool in " + " ".join(TOOLS.values()) + '; do command -v "$tool"; done; true'
        output = client.containers.run(docker_image, ["sh", "-c", script], network_mode="none", remove=True)
    finally:
        client.close()
    return {Path(line).name for line in output.decode().split()}


@pytest.fixture
def host(bystanders: list[subprocess.Popen[bytes]]) -> Iterator[Host]:
    marker = secrets.token_hex(16)
    folder = Path(tempfile.mkdtemp(prefix="mockround-hostile-"))
    listeners: list[socket.socket] = []
    try:
        folder.chmod(0o755)  # Readable by any user, so that only the sandbox keeps it out of reach.
        canary = folder / "canary"
        canary.write_text(f"canary-{marker}\n")
        canary.chmod(0o644)
        canary_folder = folder / "kept"
        canary_folder.mkdir(mode=0o755)
        (canary_folder / "keep").write_text("keep\n")
        ipv4 = socket.create_server(("127.0.0.1", 0))
        listeners.append(ipv4)
        port = ipv4.getsockname()[1]
        with contextlib.suppress(OSError):  # No IPv6 on the host: the program's ::1 tries fail anyway.
            listeners.append(socket.create_server(("::1", port), family=socket.AF_INET6))
        values = {
            "marker": marker,
            "test_pid": str(os.getpid()),
            "bystanders": " ".join(str(process.pid) for process in bystanders),
            "listener_port": str(port),
            "canary": str(canary),
            "canary_folder": str(canary_folder),
            "repository": str(REPO),
            "megabyte": ("x" * 1023 + "\n") * 1024,
        }
        yield Host(marker, values, canary, canary_folder, listeners, bystanders)
    finally:
        for listener in listeners:
            listener.close()
        shutil.rmtree(folder, ignore_errors=True)
        # Whatever a failed case left running with the marker goes now, so that it harms no later case.
        for pid in marked_processes(marker):
            with contextlib.suppress(OSError):
                os.kill(int(pid), signal.SIGKILL)


def sandbox_for(kind: SandboxKind, request: pytest.FixtureRequest) -> Sandbox:
    if kind == "docker":
        sandbox: Sandbox = request.getfixturevalue("docker_sandbox")
        return sandbox
    request.getfixturevalue("bubblewrap")
    return LocalSandbox(use_bubblewrap=True)


NEIGHBOUR = JudgeJob(
    source="import os, time\ntime.sleep(0.8)\nif os.fork() == 0:\n    os._exit(0)\nos.wait()\nprint('ok')\n",
    language="python3",
    tests=[TestCase(name="neighbour", input="", expected="ok\n")],
    limits=Limits(time_seconds=1),
)


@contextlib.contextmanager
def neighbour(kind: SandboxKind, host: Host) -> Iterator[None]:
    """Another submission, judged by a sandbox of its own as another worker would, starting half a
    second into the hostile run: alive from about 0.7 s to 1.5 s, and forking at the end."""
    other: Sandbox = RecordingDockerSandbox(SANDBOX_IMAGE) if kind == "docker" else LocalSandbox(True)

    def judge_it() -> None:
        time.sleep(0.5)
        host.neighbour = judge(NEIGHBOUR, other).verdict

    thread = threading.Thread(target=judge_it)
    thread.start()
    try:
        yield
    finally:
        thread.join()
        if isinstance(other, RecordingDockerSandbox):
            host.containers += other.made
            other.close()


def require_language(entry: Hostile, kind: SandboxKind, request: pytest.FixtureRequest) -> None:
    """The cpp, java and go entries wait for their language and its toolchain."""
    try:
        get_language(entry.language)
    except UnknownLanguage:
        unavailable(f"the language {entry.language} is not in languages.yaml yet")
    tool = TOOLS[entry.language]
    if kind == "docker":
        if tool not in request.getfixturevalue("image_tools"):
            unavailable(f"the sandbox image has no {tool} for {entry.language}")
    elif shutil.which(tool, path=RUNNER_PATH) is None:
        unavailable(f"the host has no {tool} for {entry.language} in the local sandbox")


def run(entry: Hostile, sandbox: Sandbox, job: JudgeJob, host: Host) -> tuple[JudgeResult, RunnerReport]:
    """judge.judge(), step by step: the report is kept for the checks, and the compile limits may be
    tightened so that a compile bomb costs seconds (the memory limits stay the real ones)."""
    request = build_request(job, get_language(job.language))
    if entry.compile_limits is not None and request.compile_limits is not None:
        tighter = request.compile_limits.model_copy(update=entry.compile_limits.model_dump())
        request = request.model_copy(update={"compile_limits": tighter})
    made = len(sandbox.made) if isinstance(sandbox, RecordingDockerSandbox) else 0
    started = time.monotonic()
    with MemoryWatch() as memory:
        report = sandbox.execute(request)
    elapsed = time.monotonic() - started
    host.memory_drop = max(host.memory_drop, memory.drop)
    if isinstance(sandbox, RecordingDockerSandbox):
        host.containers += sandbox.made[made:]
    assert elapsed < request.budget_seconds() + 5, f"the run took {elapsed:.1f} s, over its budget"
    return interpret(job, report, sandbox.name), report


# --- The battery, run -------------------------------------------------------------------------------


def cases() -> Iterator[Any]:
    for entry in BATTERY:
        for kind in ("docker", "local"):
            marks: list[pytest.MarkDecorator] = [pytest.mark.docker] if kind == "docker" else []
            if kind in entry.xfail:
                marks.append(pytest.mark.xfail(strict=True, reason=entry.xfail[kind]))
            yield pytest.param(entry, kind, id=f"{entry.program}-{kind}", marks=marks)


@pytest.mark.parametrize(("entry", "kind"), list(cases()))
def test_hostile_program(
    entry: Hostile, kind: SandboxKind, host: Host, request: pytest.FixtureRequest
) -> None:
    require_language(entry, kind, request)
    sandbox = sandbox_for(kind, request)
    if kind == "docker":
        host.engine = request.getfixturevalue("engine")
    host.before = snapshot(host)
    if entry.before is not None:
        first = entry.job(host.values, [HostileTest(input=entry.before.input, expected="")])
        assert run(entry, sandbox, first, host)[0].verdict is not Verdict.INTERNAL_ERROR

    job = entry.job(host.values)
    with neighbour(kind, host) if "neighbour_unharmed" in entry.host else contextlib.nullcontext():
        result, report = run(entry, sandbox, job, host)

    summary = [
        (t.name, t.verdict.value, (t.output or "")[:200], (t.error or "")[-300:]) for t in result.tests
    ]
    assert result.verdict is entry.expected(kind), (result.message, summary)
    if (verdicts := entry.expected_tests(kind)) is not None:
        assert [test.verdict for test in result.tests] == verdicts, summary
    if entry.message_contains is not None:
        assert entry.message_contains in (result.message or ""), result.message
    for name in entry.checks + (entry.docker_checks if kind == "docker" else []):
        RESULT_CHECKS[name](job, result, report)
    for name in ALWAYS + entry.host:
        HOST_CHECKS[name](host, kind)


# --- The battery itself -----------------------------------------------------------------------------


REQUIRED_ATTACKS = {
    # What the battery must cover: a fragment of some program's name for each.
    "fork bomb": "fork_bomb",
    "a gigabyte": "memory_gigabyte",
    "/tmp": "fill_tmp",
    "/dev/shm": "fill_dev_shm",
    "the work folder": "fill_work",
    "output flood": "output_flood",
    "infinite loop": "infinite_loop",
    "sleep": "sleep_forever",
    "daemon": "daemon_outlives_run",
    "host services": "connect_host_services",
    "interfaces and routes": "network_interfaces",
    "environment": "read_environment",
    "the worker's /proc": "read_worker_proc",
    "host files": "read_host_files",
    "other submissions": "previous_submission",
    "expected outputs": "find_expected_output",
    "symlinks": "symlink_escape",
    "read-only root": "write_readonly_root",
    "setuid": "setuid_attempts",
    "ptrace": "ptrace_attach",
    "signals": "signal_host_processes",
    "its own runner": "kill_own_runner",
    "binary output": "binary_output",
    "closed stdin": "closed_stdin",
    "stdin forever": "stdin_forever",
    "stack overflow": "stack_overflow",
    "open files": "many_open_files",
    "huge file": "huge_file",
    "threads": "cpu_burn",
    "compile bomb": "compile_bomb",
    "huge include": "huge_include",
    "slow Java compile": "slow_compile.java",
    "slow Go compile": "compile_bomb_strings.go",
    "JavaScript spawn loop": "js_spawn_loop",
    "JavaScript memory": "js_memory_hog",
}
PLACEHOLDERS = {
    *("marker", "test_pid", "bystanders", "listener_port"),
    *("canary", "canary_folder", "repository", "megabyte"),
}


def test_battery_is_complete_and_explained() -> None:
    programs = sorted(path.name for path in HOSTILE.iterdir() if path.suffix != ".yaml")
    listed = [entry.program for entry in BATTERY]
    assert sorted(listed) == programs, "every program has one entry, and every entry a program"
    assert len(programs) >= 30
    for attack, fragment in REQUIRED_ATTACKS.items():
        assert any(fragment in program for program in programs), f"no program for {attack}"
    for entry in BATTERY:
        get_language(entry.language)
        assert (TOOLS[entry.language], Path(entry.program).suffix) in {
            ("python3", ".py"),
            ("node", ".js"),
            ("g++", ".cpp"),
            ("javac", ".java"),
            ("go", ".go"),
        }, entry.program
        # A weaker verdict is always explained; a weakness is always an xfail with its reason.
        if entry.expected("local") is not entry.expected("docker"):
            assert entry.local_weaker or "local" in entry.xfail, entry.program
        if entry.verdict.plain is not None and entry.verdict.plain is not entry.expected("docker"):
            assert entry.plain_weaker, entry.program
        for kind, verdicts in entry.test_verdicts.items():
            assert len(verdicts) == len(entry.tests), entry.program
            assert entry.expected(kind) is next(
                (v for v in verdicts if v is not Verdict.ACCEPTED), Verdict.ACCEPTED
            )
        assert set(entry.host) <= set(HOST_CHECKS) - set(ALWAYS), entry.program
        assert set(entry.checks + entry.docker_checks) <= set(RESULT_CHECKS), entry.program
        assert all(reason.strip() for reason in entry.xfail.values()), entry.program
        texts = [test.input + test.expected for test in entry.tests]
        for text in [*texts, entry.before.input if entry.before else ""]:
            assert set(re.findall(r"\{(\w+)\}", text)) <= PLACEHOLDERS, entry.program


def test_host_checks_see_what_they_look_for(host: Host) -> None:
    """The host checks fail when their harm is real: a marked process, a touched file, a connection."""
    host.before = snapshot(host)
    marked = subprocess.Popen(["python3", "-c", "import time; time.sleep(30)", f"hostile-{host.marker}"])
    try:
        assert eventually(lambda: bool(marked_processes(host.marker)), 5)
    finally:
        marked.kill()
        marked.wait()
    assert not marked_processes(host.marker)
    host.canary.write_text("changed\n")
    with pytest.raises(AssertionError):
        check_host_files_unchanged(host, "local")
    port = int(host.values["listener_port"])
    with (
        socket.create_connection(("127.0.0.1", port), timeout=1),
        pytest.raises(AssertionError, match="connected"),
    ):
        check_listener_untouched(host, "local")
