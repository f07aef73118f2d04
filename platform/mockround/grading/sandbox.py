"""The sandbox interface: run the in-sandbox runner on a request, return its report."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import IO, Protocol

from pydantic import ValidationError

from mockround.grading.protocol import ProcessReport, RunnerReport, RunnerRequest

RUNNER_PATH = Path(__file__).resolve().parents[3] / "sandbox" / "runner.py"
# The writable folders of every sandbox, in memory and capped: the work folder (source, build output,
# Go's cache), and /tmp and /dev/shm.
WORK_MB = 256
SCRATCH_MB = 16
# All the memory of one run (the runner, the compiler or the tests, the writable folders).
RUN_MEMORY_MB = 1024


class SandboxError(Exception):
    """The sandbox could not run the job: an infrastructure fault, never the candidate's doing."""


class SandboxUnavailable(SandboxError):
    """The sandbox engine cannot be reached. Worth retrying later."""


class Sandbox(Protocol):
    name: str

    def isolation(self) -> str:
        """A sentence for candidates and operators on what isolates a submission here."""
        ...

    def execute(self, request: RunnerRequest) -> RunnerReport:
        """Run the request in a fresh sandbox; raise SandboxError when it could not run."""
        ...


def runner_source() -> str:
    return RUNNER_PATH.read_text(encoding="utf-8")


def encode_request(request: RunnerRequest) -> bytes:
    """The runner's stdin: a JSON header without the inputs, then each test's input as a frame.

    Each frame is its length in ASCII digits, a newline, and the bytes. Framing the inputs lets the
    runner hold them in buffers it can wipe in every forked test, so no test can read another's input.
    """
    header = request.model_dump(mode="json", exclude={"tests": {"__all__": {"input_b64"}}})
    parts = [_frame(json.dumps(header).encode("utf-8"))]
    parts += [_frame(base64.b64decode(test.input_b64)) for test in request.tests]
    return b"".join(parts)


def _frame(data: bytes) -> bytes:
    return b"%d\n" % len(data) + data


def read_capped(stream: IO[bytes], cap: int) -> tuple[bytes, bool]:
    """Read at most `cap` bytes; report whether there was more. Never buffers beyond the cap."""
    chunks: list[bytes] = []
    size = 0
    while size <= cap:
        chunk = stream.read(min(65536, cap + 1 - size))
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)[:cap], True


def decode_report(
    raw: bytes, expected_tests: list[str], context: str, timed_out: bool = False
) -> RunnerReport:
    """Parse the runner's JSON-lines report.

    The runner writes one line per finished step and a last `{"done": true}` line. A report cut short
    (the outer wall clock killed the sandbox, or the submission killed its runner) keeps the steps that
    finished; the caller decides what the missing ones mean. A report with no valid line at all means
    the runner never started, which is the sandbox's fault, unless the outer wall clock killed it
    (`timed_out`): then nothing finished in time. A step reported twice keeps its first report, and
    nothing after `done` counts.
    """
    report = RunnerReport()
    seen_any = False
    for line in raw.splitlines():
        try:
            entry = json.loads(line)
            if not isinstance(entry, dict):
                continue
            if entry.get("done") is True:
                report.complete = True
                seen_any = True
                break
            elif entry.get("step") == "compile" and report.compile is None:
                report.compile = ProcessReport.model_validate(entry["result"])
            elif (
                entry.get("step") == "test"
                and entry.get("name") in expected_tests
                and entry["name"] not in report.tests
            ):
                report.tests[entry["name"]] = ProcessReport.model_validate(entry["result"])
            else:
                continue
            seen_any = True
        except (ValueError, KeyError, ValidationError):
            # A line the runner did not write (it can only come from a broken runner): skip it.
            continue
    if not seen_any and timed_out:
        return report
    if not seen_any:
        tail = raw[-300:].decode("utf-8", "replace")
        raise SandboxError(f"{context}: the runner produced no report: {tail!r}")
    return report
