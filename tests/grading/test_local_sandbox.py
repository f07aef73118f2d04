"""The local process sandbox of embedded mode: verdicts, limits, and what bubblewrap adds."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from mockround.grading.job import JudgeJob, JudgeResult, Limits, TestCase
from mockround.grading.judge import judge
from mockround.grading.local import LocalSandbox
from mockround.grading.verdicts import Verdict

ECHO_SUM = "a, b = map(int, input().split())\nprint(a + b)\n"
TESTS = [
    TestCase(name="sample-1", input="1 2\n", expected="3\n", sample=True),
    TestCase(name="hidden-1", input="40 2\n", expected="42\n"),
]


@pytest.fixture(params=["bubblewrap", "plain"])
def sandbox(request: pytest.FixtureRequest) -> LocalSandbox:
    if request.param == "bubblewrap":
        request.getfixturevalue("bubblewrap")
        return LocalSandbox(use_bubblewrap=True)
    return LocalSandbox(use_bubblewrap=False)


def run(sandbox: LocalSandbox, source: str, tests: list[TestCase] = TESTS, **limits: float) -> JudgeResult:
    return judge(JudgeJob(source=source, language="python3", tests=tests, limits=Limits(**limits)), sandbox)


def test_accepted(sandbox: LocalSandbox) -> None:
    result = run(sandbox, ECHO_SUM)
    assert result.verdict is Verdict.ACCEPTED
    assert result.score == 1.0
    assert result.tests[0].output == "3\n"
    assert result.tests[1].output is None  # hidden tests never carry their output


def test_wrong_answer(sandbox: LocalSandbox) -> None:
    result = run(sandbox, "print(3)\n")
    assert [t.verdict for t in result.tests] == [Verdict.ACCEPTED, Verdict.WRONG_ANSWER]
    assert result.verdict is Verdict.WRONG_ANSWER
    assert result.score == 0.5


def test_infinite_loop_is_time_limit(sandbox: LocalSandbox) -> None:
    result = run(sandbox, "while True:\n    pass\n", time_seconds=0.5)
    assert result.verdict is Verdict.TIME_LIMIT


def test_sleeping_forever_is_stopped_by_the_wall_clock(sandbox: LocalSandbox) -> None:
    result = run(sandbox, "import time\ntime.sleep(3600)\n", tests=TESTS[:1], time_seconds=0.5)
    assert result.verdict is Verdict.TIME_LIMIT
    assert result.tests[0].wall_ms < 5000


def test_syntax_error_is_a_compilation_error_with_the_message(sandbox: LocalSandbox) -> None:
    result = run(sandbox, "def broken(:\n    pass\n")
    assert result.verdict is Verdict.COMPILATION_ERROR
    assert result.message is not None
    assert "SyntaxError" in result.message
    assert "line 1" in result.message


def test_exception_is_runtime_error(sandbox: LocalSandbox) -> None:
    result = run(sandbox, "raise ValueError('boom')\n")
    assert result.verdict is Verdict.RUNTIME_ERROR
    assert result.tests[0].error is not None and "ValueError: boom" in result.tests[0].error


def test_huge_allocation_is_memory_limit(sandbox: LocalSandbox) -> None:
    result = run(sandbox, "block = bytearray(1024 * 1024 * 1024)\n", memory_mb=128)
    assert result.verdict is Verdict.MEMORY_LIMIT


def test_output_flood_is_output_limit(sandbox: LocalSandbox) -> None:
    result = run(sandbox, "while True:\n    print('x' * 4096)\n", output_kb=64)
    assert result.verdict is Verdict.OUTPUT_LIMIT


def test_background_process_does_not_outlive_the_run(sandbox: LocalSandbox) -> None:
    # The child sleeps and would print later; it must be killed with the test's process group.
    source = "import os, time\nif os.fork() == 0:\n    time.sleep(30)\nprint(3)\n"
    result = run(sandbox, source, tests=TESTS[:1])
    assert result.verdict is Verdict.ACCEPTED


@pytest.fixture
def loopback_listener() -> Iterator[int]:
    """A TCP listener on the host's loopback that records whether anything connected."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    connected = threading.Event()
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connected.set()
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    server.close()
    assert not connected.is_set(), "a sandboxed program reached the host's loopback"


def test_bubblewrap_has_no_network(bubblewrap: str, loopback_listener: int) -> None:
    probe = f"""
import os, socket
s = socket.socket()
s.settimeout(2)
print("connect", s.connect_ex(("127.0.0.1", {loopback_listener})))
lines = open("/proc/net/dev").read().splitlines()[2:]
print("interfaces", sorted(line.split(":")[0].strip() for line in lines))
routes = open("/proc/net/route").read().splitlines()[1:]
print("routes", len(routes))
"""
    result = run(
        LocalSandbox(use_bubblewrap=True),
        probe,
        tests=[TestCase(name="sample", input="", expected="", sample=True)],
    )
    output = result.tests[0].output or ""
    assert "connect 0" not in output
    assert "interfaces ['lo']" in output
    assert "routes 0" in output


def test_bubblewrap_root_is_read_only_and_host_files_are_hidden(bubblewrap: str) -> None:
    probe = """
import os
try:
    open("/usr/mockround-probe", "w")
    print("wrote /usr")
except OSError as error:
    print("usr", error.errno)
print("home" , os.path.exists("/root"), os.path.exists("/home"), os.path.exists("/etc/shadow"))
print("uid", os.getuid())
"""
    result = run(
        LocalSandbox(use_bubblewrap=True),
        probe,
        tests=[TestCase(name="sample", input="", expected="", sample=True)],
    )
    output = result.tests[0].output or ""
    assert "wrote /usr" not in output
    assert "home False False False" in output
    assert "uid 0" not in output


def test_isolation_is_stated_honestly() -> None:
    assert "Weaker than the Docker sandbox" in LocalSandbox(use_bubblewrap=True).isolation()
    assert "can see the network" in LocalSandbox(use_bubblewrap=False).isolation()
