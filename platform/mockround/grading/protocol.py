"""The messages exchanged with the in-sandbox runner (`sandbox/runner.py`).

A `RunnerRequest` is everything that enters the sandbox: the candidate's files, the commands, the
test inputs and the limits. Expected outputs and checkers never appear here. A `RunnerReport` is what
comes back: raw outcomes and outputs, compared outside the sandbox.
"""

from __future__ import annotations

import base64
import enum

from pydantic import BaseModel, ConfigDict, Field


class Outcome(enum.StrEnum):
    """The closed set of things that can happen to one process in the sandbox."""

    OK = "ok"
    NONZERO_EXIT = "nonzero_exit"
    SIGNALED = "signaled"
    TIME_LIMIT = "time_limit"
    MEMORY_LIMIT = "memory_limit"
    OUTPUT_LIMIT = "output_limit"
    SPAWN_FAILED = "spawn_failed"  # the command could not start: a missing toolchain, not the candidate


class RunLimits(BaseModel):
    model_config = ConfigDict(frozen=True)

    cpu_seconds: float = Field(gt=0, le=60)
    wall_seconds: float = Field(gt=0, le=120)
    memory_mb: int = Field(gt=0, le=8192)
    # The address-space limit; runtimes that reserve much more than they use (the JVM, V8) get more
    # room here and rely on their own heap flag and the container's memory limit.
    address_space_mb: int | None = Field(default=None, gt=0, le=65536)
    # Peak resident memory allowed (the memory limit plus what the runtime itself needs); more is
    # Memory Limit Exceeded even for a run that finished.
    rss_limit_mb: int | None = Field(default=None, gt=0, le=65536)
    output_bytes: int = Field(gt=0, le=64 * 1024 * 1024)
    # Bytes of stderr kept per process: enough for a traceback or a compiler message.
    stderr_bytes: int = Field(default=8192, gt=0, le=1024 * 1024)


class RunnerTest(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    input_b64: str

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> RunnerTest:
        return cls(name=name, input_b64=base64.b64encode(data).decode("ascii"))


class RunnerRequest(BaseModel):
    model_config = ConfigDict(frozen=True)

    files: dict[str, str]
    compile: list[str] | None = None
    compile_limits: RunLimits | None = None
    run: list[str]
    # For Python: run each test as a fork of the runner executing this file, instead of a new interpreter.
    fork_entry: str | None = None
    tests: list[RunnerTest]
    limits: RunLimits
    # Set by a sandbox whose runner has a user or a PID namespace of its own: after each test the runner
    # kills every process it may signal, so nothing a test started survives into the next.
    kill_leftovers: bool = False
    # Stop at the first test that does not end normally (time, memory, crash): for proving a solution that
    # must fail, where the rest of its tests would only cost time.
    stop_after_failure: bool = False

    def budget_seconds(self) -> float:
        """The longest the whole request may take before it is killed from outside."""
        total = sum(self.limits.wall_seconds for _ in self.tests)
        if self.compile_limits is not None:
            total += self.compile_limits.wall_seconds
        return total + 5.0

    def report_cap_bytes(self) -> int:
        """An upper bound on an honest report's size: anything larger is cut where it is read."""
        per_process = (self.limits.output_bytes + self.limits.stderr_bytes) * 4 // 3 + 1024
        return 64 * 1024 + per_process * (len(self.tests) + 1)


class ProcessReport(BaseModel):
    outcome: Outcome
    exit_code: int | None = None
    signal: int | None = None
    cpu_ms: int = 0
    wall_ms: int = 0
    memory_kb: int = 0
    stdout_b64: str = ""
    stderr_b64: str = ""

    @property
    def stdout(self) -> bytes:
        return base64.b64decode(self.stdout_b64)

    @property
    def stderr(self) -> bytes:
        return base64.b64decode(self.stderr_b64)


class RunnerReport(BaseModel):
    compile: ProcessReport | None = None
    tests: dict[str, ProcessReport] = Field(default_factory=dict)
    # False when the report was cut short: killed by the outer wall clock, or the runner itself killed.
    complete: bool = False
