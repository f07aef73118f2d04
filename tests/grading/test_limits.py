"""Limits that hold whatever the runtime does, and faults that are never blamed on the candidate."""

from __future__ import annotations

import base64

from mockround.grading.job import JudgeJob, Limits, TestCase
from mockround.grading.judge import interpret, judge
from mockround.grading.local import LocalSandbox
from mockround.grading.protocol import Outcome, ProcessReport, RunnerReport
from mockround.grading.sandbox import Sandbox
from mockround.grading.verdicts import Verdict

TEST = [TestCase(name="sample", input="", expected="done\n", sample=True)]


def test_memory_over_the_limit_is_caught_even_when_the_run_finishes(bubblewrap: str) -> None:
    # Node's heap flag does not cover buffers: the peak resident memory is checked after the run.
    source = "const b = Buffer.alloc(400 * 1024 * 1024, 1);\nconsole.log(b.length > 0 ? 'done' : '');\n"
    job = JudgeJob(source=source, language="javascript", tests=TEST, limits=Limits(memory_mb=128))
    result = judge(job, LocalSandbox(use_bubblewrap=True))
    assert result.verdict is Verdict.MEMORY_LIMIT


def test_deep_recursion_is_a_runtime_error_not_a_memory_limit(bubblewrap: str) -> None:
    job = JudgeJob(source="def g(n):\n    return g(n + 1)\ng(0)\n", language="python3", tests=TEST)
    assert judge(job, LocalSandbox(use_bubblewrap=True)).verdict is Verdict.RUNTIME_ERROR


def test_a_missing_compiler_is_an_internal_error() -> None:
    job = JudgeJob(source="int main() {}", language="cpp", tests=TEST)
    missing = ProcessReport(
        outcome=Outcome.SPAWN_FAILED,
        exit_code=127,
        stderr_b64=base64.b64encode(b"[Errno 2] No such file or directory: 'g++'").decode(),
    )
    result = interpret(job, RunnerReport(compile=missing, complete=True), "local")
    assert result.verdict is Verdict.INTERNAL_ERROR
    assert result.message is not None and "not available" in result.message


def test_a_run_asked_to_stop_at_the_first_failure_runs_nothing_after_it(bubblewrap: str) -> None:
    # `problems check` proves a time-limit solution this way: one slow test is enough.
    source = "import sys\nn = int(sys.stdin.read())\nwhile n:\n    pass\nprint('done')\n"
    tests = [
        TestCase(name=name, input=value, expected="done\n")
        for name, value in (("a", "0"), ("b", "1"), ("c", "1"))
    ]
    job = JudgeJob(source=source, language="python3", tests=tests, limits=Limits(time_seconds=0.5))
    sandbox = LocalSandbox(use_bubblewrap=True)
    stopped = judge(job.model_copy(update={"stop_after_failure": True}), sandbox)
    assert stopped.verdict is Verdict.TIME_LIMIT
    assert [(t.name, t.verdict) for t in stopped.tests] == [
        ("a", Verdict.ACCEPTED),
        ("b", Verdict.TIME_LIMIT),
    ]
    every = judge(job, sandbox)
    assert [t.verdict for t in every.tests] == [Verdict.ACCEPTED, Verdict.TIME_LIMIT, Verdict.TIME_LIMIT]


def test_a_forked_python_test_has_the_same_room_whatever_ran_before_it(sandbox: Sandbox) -> None:
    # Each Python test is a fork of the runner, which after a test with a large input holds far more
    # address space (its threads' malloc arenas) than before it. The test's limit comes on top of what it
    # inherits: 80 MB of a 128 MB limit fit in the second test as they do in the first.
    source = "import sys\nsys.stdin.read()\nblock = bytearray(80 << 20)\nprint('done')\n"
    tests = [
        TestCase(name="large-input", input="1 " * (1 << 20), expected="done\n"),
        TestCase(name="after-it", input="1\n", expected="done\n"),
    ]
    job = JudgeJob(source=source, language="python3", tests=tests, limits=Limits(memory_mb=128))
    result = judge(job, sandbox)
    assert [(t.name, t.verdict) for t in result.tests] == [
        ("large-input", Verdict.ACCEPTED),
        ("after-it", Verdict.ACCEPTED),
    ], result
