"""The sandbox interface: run the in-sandbox runner on a request, return its report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Protocol

from pydantic import ValidationError

from mockround.grading.protocol import ProcessReport, RunnerReport, RunnerRequest

RUNNER_PATH = Path(__file__).resolve().parents[3] / "sandbox" / "runner.py"


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
    return request.model_dump_json().encode("utf-8")


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


def decode_report(raw: bytes, expected_tests: list[str], context: str) -> RunnerReport:
    """Parse the runner's JSON-lines report.

    The runner writes one line per finished step and a last `{"done": true}` line. A report cut short
    (the outer wall clock killed the sandbox, or the submission killed its runner) keeps the steps that
    finished; the caller decides what the missing ones mean. A report with no valid line at all means
    the runner never started, which is the sandbox's fault.
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
            elif entry.get("step") == "compile":
                report.compile = ProcessReport.model_validate(entry["result"])
            elif entry.get("step") == "test" and entry.get("name") in expected_tests:
                report.tests[entry["name"]] = ProcessReport.model_validate(entry["result"])
            else:
                continue
            seen_any = True
        except (ValueError, KeyError, ValidationError):
            # A line the runner did not write (it can only come from a broken runner): skip it.
            continue
    if not seen_any:
        tail = raw[-300:].decode("utf-8", "replace")
        raise SandboxError(f"{context}: the runner produced no report: {tail!r}")
    return report
