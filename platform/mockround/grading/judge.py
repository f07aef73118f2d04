"""Judge one job in a sandbox: build the runner request, run it, compare outside, map to verdicts."""

from __future__ import annotations

from mockround.grading.compare import outputs_match
from mockround.grading.job import MESSAGE_BYTES, SAMPLE_OUTPUT_BYTES, JudgeJob, JudgeResult, TestResult
from mockround.grading.languages import Language, get_language
from mockround.grading.protocol import (
    Outcome,
    ProcessReport,
    RunLimits,
    RunnerReport,
    RunnerRequest,
    RunnerTest,
)
from mockround.grading.sandbox import Sandbox
from mockround.grading.verdicts import Verdict, overall_verdict, verdict_for_outcome

COMPILE_LIMITS = RunLimits(cpu_seconds=10, wall_seconds=20, memory_mb=1024, output_bytes=65536)


def build_request(job: JudgeJob, language: Language) -> RunnerRequest:
    cpu = job.limits.time_seconds * language.time_factor
    limits = RunLimits(
        cpu_seconds=cpu,
        wall_seconds=cpu * 2 + 1,
        memory_mb=int(job.limits.memory_mb * language.memory_factor),
        output_bytes=job.limits.output_kb * 1024,
    )
    return RunnerRequest(
        files={language.source: job.source},
        compile=language.compile,
        compile_limits=COMPILE_LIMITS if language.compile else None,
        run=language.run,
        tests=[RunnerTest.from_bytes(test.name, test.input.encode("utf-8")) for test in job.tests],
        limits=limits,
    )


def judge(job: JudgeJob, sandbox: Sandbox) -> JudgeResult:
    """Judge a job. Raises SandboxError when the sandbox itself failed (an infrastructure fault)."""
    language = get_language(job.language)
    report = sandbox.execute(build_request(job, language))
    return interpret(job, report, sandbox.name)


def interpret(job: JudgeJob, report: RunnerReport, sandbox_name: str) -> JudgeResult:
    if report.compile is not None and report.compile.outcome is not Outcome.OK:
        return JudgeResult(
            verdict=Verdict.COMPILATION_ERROR,
            score=0.0,
            message=_compiler_message(report.compile),
            sandbox=sandbox_name,
        )
    results: list[TestResult] = []
    for test in job.tests:
        process = report.tests.get(test.name)
        if process is None:
            # The run was cut short before this test: by the outer wall clock when the report is
            # incomplete (the submission's own doing), so it counts as a time limit.
            results.append(
                TestResult(name=test.name, verdict=Verdict.TIME_LIMIT, sample=test.sample, weight=test.weight)
            )
            continue
        matches = process.outcome is Outcome.OK and outputs_match(
            test.expected.encode("utf-8"), process.stdout, job.comparison
        )
        results.append(
            TestResult(
                name=test.name,
                verdict=verdict_for_outcome(process.outcome, matches),
                sample=test.sample,
                weight=test.weight,
                time_ms=process.cpu_ms,
                wall_ms=process.wall_ms,
                memory_kb=process.memory_kb,
                output=_cut(process.stdout, SAMPLE_OUTPUT_BYTES) if test.sample else None,
                error=_cut(process.stderr[-1024:], 1024) if test.sample and process.stderr else None,
            )
        )
    total = sum(result.weight for result in results) or 1.0
    passed = sum(result.weight for result in results if result.verdict is Verdict.ACCEPTED)
    return JudgeResult(
        verdict=overall_verdict([result.verdict for result in results]),
        score=round(passed / total, 6),
        tests=results,
        sandbox=sandbox_name,
    )


def _compiler_message(process: ProcessReport) -> str:
    if process.outcome is Outcome.TIME_LIMIT:
        return "Compilation took too long and was stopped."
    if process.outcome is Outcome.MEMORY_LIMIT:
        return "Compilation ran out of memory."
    text = (process.stderr or process.stdout).decode("utf-8", "replace")
    # Paths in the sandbox mean nothing to the candidate.
    return _cut(text.replace('File "main.py"', "main.py").encode("utf-8"), MESSAGE_BYTES)


def _cut(data: bytes, limit: int) -> str:
    text = data[:limit].decode("utf-8", "replace")
    return text + ("\n[... cut]" if len(data) > limit else "")
