"""The Docker sandbox against the real engine and the real image: verdicts, limits and isolation."""

from __future__ import annotations

import contextlib
import errno
import json
import socket
import textwrap
import threading
import time
from collections.abc import Iterator
from typing import Any

import docker
import docker.errors
import pytest

from mockround.grading.docker import (
    DEADLINE_LABEL,
    LABEL,
    ORPHAN_GRACE_SECONDS,
    SANDBOX_UID,
    STDERR_CAP,
    STDERR_KEPT,
    DockerSandbox,
    _demultiplex,
)
from mockround.grading.job import JudgeJob, JudgeResult, Limits, TestCase
from mockround.grading.judge import build_request, interpret, judge
from mockround.grading.languages import get_language
from mockround.grading.protocol import Outcome, RunLimits, RunnerRequest, RunnerTest
from mockround.grading.sandbox import SandboxError, SandboxUnavailable
from mockround.grading.verdicts import Verdict
from tests.conftest import SANDBOX_IMAGE

pytestmark = pytest.mark.docker


@pytest.fixture(scope="module")
def engine(docker_image: str) -> Iterator[docker.APIClient]:
    api = docker.APIClient(timeout=10)
    yield api
    api.close()


@pytest.fixture(scope="module")
def docker_sandbox(engine: docker.APIClient) -> Iterator[DockerSandbox]:
    sandbox = DockerSandbox(SANDBOX_IMAGE)
    yield sandbox
    sandbox.close()


def ours(engine: docker.APIClient) -> set[str]:
    """Every container the sandbox made that still exists, running or not."""
    return {c["Id"] for c in engine.containers(all=True, filters={"label": f"{LABEL}=1"})}


def run_judge(sandbox: DockerSandbox, source: str, tests: list[TestCase], **limits: Any) -> JudgeResult:
    return judge(JudgeJob(source=source, language="python3", tests=tests, limits=Limits(**limits)), sandbox)


def probe(sandbox: DockerSandbox, source: str) -> Any:
    """Run a program that inspects its sandbox and prints JSON; return what it printed."""
    job = JudgeJob(
        source=textwrap.dedent(source), language="python3", tests=[TestCase(name="p", input="", expected="")]
    )
    report = sandbox.execute(build_request(job, get_language("python3")))
    process = report.tests["p"]
    assert process.outcome is Outcome.OK, process.stderr.decode()
    return json.loads(process.stdout)


DOUBLE = TestCase(name="double", input="21\n", expected="42\n", sample=True)
SUM = TestCase(name="sum", input="1 2 3\n", expected="6\n")


def test_accepted(docker_sandbox: DockerSandbox) -> None:
    source = "nums = list(map(int, input().split()))\nprint(nums[0] * 2 if len(nums) == 1 else sum(nums))\n"
    result = run_judge(docker_sandbox, source, [DOUBLE, SUM])
    assert result.verdict is Verdict.ACCEPTED, result
    assert result.score == 1.0
    assert result.sandbox == "docker"
    assert result.tests[0].output == "42\n"


def test_wrong_answer(docker_sandbox: DockerSandbox) -> None:
    result = run_judge(docker_sandbox, "print(41)\n", [DOUBLE, SUM])
    assert result.verdict is Verdict.WRONG_ANSWER
    assert [t.verdict for t in result.tests] == [Verdict.WRONG_ANSWER, Verdict.WRONG_ANSWER]


def test_infinite_loop_is_time_limit(docker_sandbox: DockerSandbox) -> None:
    result = run_judge(docker_sandbox, "while True:\n    pass\n", [DOUBLE], time_seconds=1)
    assert result.verdict is Verdict.TIME_LIMIT
    assert result.tests[0].time_ms >= 1000


def test_syntax_error_is_compilation_error(docker_sandbox: DockerSandbox) -> None:
    result = run_judge(docker_sandbox, "def broken(:\n    return 1\n", [DOUBLE])
    assert result.verdict is Verdict.COMPILATION_ERROR
    assert result.message is not None and "SyntaxError" in result.message
    assert result.tests == []


def test_allocating_a_gigabyte_is_memory_limit(docker_sandbox: DockerSandbox) -> None:
    # The runner's address-space limit (the problem's 256 MB) stops it first: Python raises
    # MemoryError, which the runner reports as a memory limit, so the verdict is MEMORY_LIMIT.
    result = run_judge(
        docker_sandbox, "data = b'x' * (1024 ** 3)\nprint(len(data))\n", [DOUBLE], memory_mb=256
    )
    assert result.verdict is Verdict.MEMORY_LIMIT


def test_container_memory_limit_holds_without_swap(engine: docker.APIClient) -> None:
    # A problem allowing more than the container has: the cgroup's OOM killer ends the program with
    # SIGKILL, which the runner cannot tell from any other kill, so the verdict is RUNTIME_ERROR. The
    # container's memory must therefore exceed the largest problem limit (see the report).
    small = DockerSandbox(SANDBOX_IMAGE, memory_mb=256)
    try:
        source = "data = b'x' * (600 * 1024 * 1024)\nprint(len(data))\n"
        result = run_judge(small, source, [DOUBLE], memory_mb=1024)
    finally:
        small.close()
    assert result.verdict is Verdict.RUNTIME_ERROR, result


def test_output_flood_is_output_limit(docker_sandbox: DockerSandbox) -> None:
    result = run_judge(docker_sandbox, "while True:\n    print('x' * 1000)\n", [DOUBLE], output_kb=64)
    assert result.verdict is Verdict.OUTPUT_LIMIT
    assert result.tests[0].output is not None and len(result.tests[0].output) <= 4096 + 20


def test_no_network(docker_sandbox: DockerSandbox) -> None:
    # A listener on the host's loopback: the sandbox has its own empty network namespace, so its
    # 127.0.0.1 is not the host's and nothing arrives here.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        seen = probe(
            docker_sandbox,
            f"""
            import json, os, socket
            tries = {{}}
            for host in ("127.0.0.1", "::1"):
                try:
                    socket.create_connection((host, {port}), timeout=2).close()
                    tries[host] = "connected"
                except OSError as error:
                    tries[host] = type(error).__name__
            with open("/proc/net/dev") as f:
                interfaces = [line.split(":")[0].strip() for line in f.read().splitlines()[2:]]
            with open("/proc/net/route") as f:
                routes = f.read().splitlines()[1:]
            print(json.dumps({{"tries": tries, "interfaces": interfaces, "routes": routes,
                              "sys": sorted(os.listdir("/sys/class/net"))}}))
            """,
        )
        listener.settimeout(0.2)
        with pytest.raises(TimeoutError):
            listener.accept()
    assert "connected" not in seen["tries"].values(), seen
    assert seen["interfaces"] == ["lo"]
    assert seen["sys"] == ["lo"]
    assert seen["routes"] == []


def test_root_is_read_only_and_work_is_writable(docker_sandbox: DockerSandbox) -> None:
    seen = probe(
        docker_sandbox,
        """
        import json, os
        result = {}
        for path in ("/etc/x", "/usr/x", "/x"):
            try:
                open(path, "w").close()
                result[path] = 0
            except OSError as error:
                result[path] = error.errno
        with open("/work/note", "w") as f:
            f.write("hello")
        result["work"] = open("/work/note").read()
        result["cwd"] = os.getcwd()
        result["root_options"] = [l.split()[3] for l in open("/proc/self/mounts") if l.split()[1] == "/"]
        print(json.dumps(result))
        """,
    )
    assert seen["/etc/x"] == seen["/usr/x"] == seen["/x"] == errno.EROFS
    assert seen["root_options"][0].split(",")[0] == "ro"
    assert seen["work"] == "hello"
    assert seen["cwd"] == "/work"


def test_work_folder_is_size_capped(engine: docker.APIClient) -> None:
    small = DockerSandbox(SANDBOX_IMAGE, tmpfs_mb=32)
    try:
        seen = probe(
            small,
            """
            import json
            written = 0
            try:
                for n in range(64):
                    with open(f"/work/fill{n}", "wb") as f:
                        f.write(b"x" * (4 * 1024 * 1024))
                    written += 4
            except OSError as error:
                print(json.dumps({"written_mb": written, "errno": error.errno}))
            else:
                print(json.dumps({"written_mb": written, "errno": 0}))
            """,
        )
    finally:
        small.close()
    assert seen["errno"] == errno.ENOSPC
    assert seen["written_mb"] <= 32


def test_unprivileged_user_without_capabilities(docker_sandbox: DockerSandbox) -> None:
    seen = probe(
        docker_sandbox,
        """
        import json, os
        status = dict(line.split(":", 1) for line in open("/proc/self/status").read().splitlines())
        print(json.dumps({k: status[k].split() for k in
            ("Uid", "Gid", "CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb", "NoNewPrivs", "Seccomp")}))
        """,
    )
    assert seen["Uid"] == [str(SANDBOX_UID)] * 4
    assert seen["Gid"] == [str(SANDBOX_UID)] * 4
    for caps in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"):
        assert int(seen[caps][0], 16) == 0, caps
    assert seen["NoNewPrivs"] == ["1"]
    assert seen["Seccomp"] == ["2"]  # The engine's default seccomp filter.


def test_environment_holds_no_secret(docker_sandbox: DockerSandbox) -> None:
    seen = probe(
        docker_sandbox,
        """
        import json, os
        environs = {"program": dict(os.environ)}
        for pid in sorted(int(p) for p in os.listdir("/proc") if p.isdigit()):
            try:
                raw = open(f"/proc/{pid}/environ", "rb").read()
            except OSError:
                continue
            environs[str(pid)] = dict(e.decode().split("=", 1) for e in raw.split(b"\\0") if e)
        print(json.dumps(environs))
        """,
    )
    assert set(seen["program"]) <= {"PATH", "LANG", "HOME", "TMPDIR"}
    allowed = {"PATH", "LANG", "HOME", "HOSTNAME", "TMPDIR"}
    for pid, environ in seen.items():
        assert set(environ) <= allowed, (pid, environ)


def test_processes_are_limited_and_reaped(docker_sandbox: DockerSandbox) -> None:
    # Each test forks until the pids limit stops it, then the runner kills it on its wall clock. The
    # killed children must be reaped, or the second test cannot fork as many again.
    source = textwrap.dedent(
        """
        import os, time
        count = 0
        try:
            while count < 1000:
                if os.fork() == 0:
                    time.sleep(60)
                    os._exit(0)
                count += 1
        except OSError:
            pass
        print(count, flush=True)
        time.sleep(60)
        """
    )
    tests = [TestCase(name=n, input="", expected="", sample=True) for n in ("first", "second")]
    result = run_judge(docker_sandbox, source, tests, time_seconds=0.5)
    counts = [int(t.output or "0") for t in result.tests]
    assert [t.verdict for t in result.tests] == [Verdict.TIME_LIMIT, Verdict.TIME_LIMIT]
    assert 50 < counts[0] < docker_sandbox.pids
    assert counts[1] >= counts[0] - 5


def test_runner_is_out_of_reach(docker_sandbox: DockerSandbox) -> None:
    seen = probe(
        docker_sandbox,
        """
        import json
        reached = []
        for path, mode in (("/proc/1/fd/1", "wb"), ("/proc/1/mem", "rb"), ("/proc/1/maps", "rb")):
            try:
                open(path, mode).close()
                reached.append(path)
            except OSError:
                pass
        print(json.dumps(reached))
        """,
    )
    assert seen == []


def test_hidden_inputs_stay_hidden(docker_sandbox: DockerSandbox) -> None:
    # The first, sample, test shows its output to the candidate: it looks for the second test's
    # input, raw or base64-encoded as the runner receives it, in its memory and its live objects.
    source = textwrap.dedent(
        """
        import base64, gc, re
        secret = re.compile(rb"HIDDEN-INPUT-[0-9a-f]{6}")
        encoded = re.compile(rb"[A-Za-z0-9+/]{24,}")
        def hits(blob):
            found = set(secret.findall(blob))
            for candidate in encoded.findall(blob):
                padded = candidate[: len(candidate) - (len(candidate) % 4 == 1)]
                padded += b"=" * (-len(padded) % 4)
                found.update(secret.findall(base64.b64decode(padded)))
            return found
        found = set()
        try:
            with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", buffering=0) as mem:
                for line in maps.read().splitlines():
                    span, perms = line.split()[:2]
                    start, end = (int(x, 16) for x in span.split("-"))
                    if perms.startswith("r") and end - start < 1 << 28:
                        try:
                            mem.seek(start)
                            found |= hits(mem.read(end - start))
                        except OSError:
                            pass
        except OSError:
            pass  # An undumpable process cannot open its own mem: its objects are still there.
        def walk(value, depth=0):
            if isinstance(value, str):
                return hits(value.encode("utf-8", "replace"))
            if isinstance(value, bytes):
                return hits(value)
            if depth < 3 and isinstance(value, (dict, list, tuple)):
                items = value.values() if isinstance(value, dict) else value
                return set().union(*(walk(item, depth + 1) for item in items))
            return set()
        for obj in gc.get_objects():  # Dicts of plain values are untracked: walk into containers.
            if isinstance(obj, (dict, list)):
                found |= walk(obj)
        print(sorted(hit.decode() for hit in found))
        """
    )
    tests = [
        TestCase(name="sample", input="1\n", expected="[]\n", sample=True),
        TestCase(name="hidden", input="HIDDEN-INPUT-4f1c9a\n", expected=""),
    ]
    result = run_judge(docker_sandbox, source, tests, time_seconds=5)
    assert result.tests[0].output == "[]\n", result.tests[0]


def test_sleep_forever_is_time_limit(docker_sandbox: DockerSandbox, engine: docker.APIClient) -> None:
    before = ours(engine)
    result = run_judge(docker_sandbox, "import time\ntime.sleep(10 ** 6)\n", [DOUBLE], time_seconds=0.5)
    assert result.verdict is Verdict.TIME_LIMIT
    assert ours(engine) == before


# Each test leaves a process in a session of its own holding the test's output pipes: the runner
# then waits a second or two per test for them, and cannot finish within its budget.
STALLING = """\
import os, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        time.sleep(10 ** 6)
    os._exit(0)
"""


def test_overdue_run_is_killed_by_the_outer_clock(
    docker_sandbox: DockerSandbox, engine: docker.APIClient
) -> None:
    request = RunnerRequest(
        files={"main.py": STALLING},
        run=["python3", "main.py"],
        tests=[RunnerTest.from_bytes(f"t{n}", b"") for n in range(8)],
        limits=RunLimits(cpu_seconds=0.5, wall_seconds=0.5, memory_mb=256, output_bytes=65536),
    )
    before = ours(engine)
    started = time.monotonic()
    report = docker_sandbox.execute(request)
    elapsed = time.monotonic() - started
    assert not report.complete
    assert 0 < len(report.tests) < 8
    assert request.budget_seconds() <= elapsed < request.budget_seconds() + 3
    assert ours(engine) == before
    # The judge counts the tests the run never reached as time limits.
    tests = [TestCase(name=f"t{n}", input="", expected="") for n in range(8)]
    result = interpret(JudgeJob(source=STALLING, language="python3", tests=tests), report, "docker")
    assert result.verdict is Verdict.TIME_LIMIT
    assert result.tests[0].verdict is Verdict.ACCEPTED
    assert result.tests[-1].verdict is Verdict.TIME_LIMIT


def test_no_container_left_behind(docker_sandbox: DockerSandbox, engine: docker.APIClient) -> None:
    before = ours(engine)
    run_judge(docker_sandbox, "print(42)\n", [DOUBLE])
    run_judge(docker_sandbox, "def broken(:\n", [DOUBLE])
    run_judge(docker_sandbox, "while True:\n    print('x' * 1000)\n", [DOUBLE], output_kb=1)
    assert ours(engine) == before


def test_large_honest_report_arrives_whole(docker_sandbox: DockerSandbox) -> None:
    request = RunnerRequest(
        files={"main.py": "import sys\nsys.stdout.write('y' * 60000)\n"},
        run=["python3", "main.py"],
        tests=[RunnerTest.from_bytes(f"t{n}", b"") for n in range(8)],
        limits=RunLimits(cpu_seconds=2, wall_seconds=4, memory_mb=256, output_bytes=60000),
    )
    report = docker_sandbox.execute(request)
    assert report.complete
    assert sorted(report.tests) == [f"t{n}" for n in range(8)]
    assert all(process.stdout == b"y" * 60000 for process in report.tests.values())


def test_flooded_report_stream_is_cut_at_its_cap(
    docker_sandbox: DockerSandbox, engine: docker.APIClient
) -> None:
    # The program writes into its runner's stdout where it can (see test_runner_is_out_of_reach),
    # else floods its own. Either way the reading stops at a cap, not at the wall clock.
    source = textwrap.dedent(
        """
        import os, sys
        try:
            out = open("/proc/1/fd/1", "wb")
        except OSError:
            out = sys.stdout.buffer
        while True:
            out.write(b"z" * 65536)
        """
    )
    before = ours(engine)
    started = time.monotonic()
    result = run_judge(docker_sandbox, source, [DOUBLE, SUM], time_seconds=5)
    assert time.monotonic() - started < 5
    assert result.verdict in (Verdict.OUTPUT_LIMIT, Verdict.TIME_LIMIT)
    assert ours(engine) == before


def frames(*parts: tuple[int, bytes]) -> bytes:
    return b"".join(bytes([stream, 0, 0, 0]) + len(data).to_bytes(4, "big") + data for stream, data in parts)


def demultiplex(stream: bytes, cap: int) -> tuple[bytes, bytes, str]:
    """Feed `_demultiplex` the engine's framing through a real socket, in small uneven pieces."""
    ours_end, engine_end = socket.socketpair()

    def engine() -> None:
        with contextlib.suppress(OSError):  # The reader may stop early and close its end.
            for start in range(0, len(stream), 4093):
                engine_end.sendall(stream[start : start + 4093])
        engine_end.shutdown(socket.SHUT_WR)

    writer = threading.Thread(target=engine)
    writer.start()
    with ours_end:
        stdout, stderr, end = _demultiplex(ours_end, cap, time.monotonic() + 5)
    writer.join()
    engine_end.close()
    return stdout, stderr, end.name


def test_framing_keeps_stdout_and_the_start_of_stderr() -> None:
    stream = frames((1, b"hello "), (2, b"warning\n"), (1, b""), (1, b"world\n"), (2, b"e" * 5000))
    stdout, stderr, end = demultiplex(stream, cap=1000)
    assert (stdout, end) == (b"hello world\n", "EXITED")
    assert stderr == (b"warning\n" + b"e" * 5000)[:STDERR_KEPT]


def test_framing_stops_at_the_caps() -> None:
    stdout, _, end = demultiplex(frames((1, b"a" * 600), (1, b"b" * 600)), cap=1000)
    assert (stdout, end) == (b"a" * 600 + b"b" * 400, "OVER_CAP")
    # A header may promise more than ever comes: nothing is buffered on its word.
    stdout, _, end = demultiplex(bytes([1, 0, 0, 0, 255, 255, 255, 255]) + b"x" * 2000, cap=1000)
    assert (stdout, end) == (b"x" * 1000, "OVER_CAP")
    _, stderr, end = demultiplex(frames((2, b"e" * (STDERR_CAP + 1))), cap=1000)
    assert (len(stderr), end) == (STDERR_KEPT, "OVER_CAP")


def test_framing_stops_at_the_deadline() -> None:
    ours_end, engine_end = socket.socketpair()
    with ours_end, engine_end:
        engine_end.sendall(frames((1, b"partial")))
        started = time.monotonic()
        stdout, _, end = _demultiplex(ours_end, 1000, started + 0.3)
    assert (stdout, end.name) == (b"partial", "OUT_OF_TIME")
    assert 0.3 <= time.monotonic() - started < 1.0


def test_missing_image_is_an_actionable_error(engine: docker.APIClient) -> None:
    sandbox = DockerSandbox("mockround-sandbox:no-such-tag")
    try:
        with pytest.raises(SandboxError, match=r"not found: run sandbox/build-image\.sh") as caught:
            run_judge(sandbox, "print(42)\n", [DOUBLE])
    finally:
        sandbox.close()
    assert not isinstance(caught.value, SandboxUnavailable)


def test_unreachable_engine_is_retryable(tmp_path: Any) -> None:
    sandbox = DockerSandbox(SANDBOX_IMAGE, base_url=f"unix://{tmp_path}/no-docker.sock")
    with pytest.raises(SandboxUnavailable, match="cannot reach the Docker engine"):
        run_judge(sandbox, "print(42)\n", [DOUBLE])


def test_isolation_is_stated(docker_sandbox: DockerSandbox) -> None:
    text = docker_sandbox.isolation()
    assert "no network" in text and "read-only" in text and "1024 MB" in text


def test_orphans_of_a_dead_worker_are_swept(engine: docker.APIClient) -> None:
    # A container whose worker died mid-run: still running, its deadline long past.
    orphan = engine.create_container(
        SANDBOX_IMAGE,
        command=["sleep", "1000"],
        labels={LABEL: "1", DEADLINE_LABEL: f"{time.time() - ORPHAN_GRACE_SECONDS - 5:.0f}"},
        host_config=engine.create_host_config(network_mode="none", cap_drop=["ALL"], read_only=True),
    )["Id"]
    engine.start(orphan)
    sandbox = DockerSandbox(SANDBOX_IMAGE)
    try:
        assert run_judge(sandbox, "print(42)\n", [DOUBLE]).verdict is Verdict.ACCEPTED
    finally:
        sandbox.close()
    assert orphan not in ours(engine)
