"""Judge one job in a sandbox: build the runner request, run it, compare outside, map to verdicts."""

from __future__ import annotations

import json
from pathlib import Path

from mockround.grading.checker import CheckerFailed, run_checker
from mockround.grading.compare import Comparison, first_difference, outputs_match
from mockround.grading.job import (
    MESSAGE_BYTES,
    SAMPLE_OUTPUT_BYTES,
    JudgeJob,
    JudgeResult,
    ProblemKind,
    TestCase,
    TestResult,
)
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
from mockround.grading.sql import SqlEngine, judge_sql
from mockround.grading.verdicts import Verdict, overall_verdict, verdict_for_outcome

COMPILE_LIMITS = RunLimits(
    cpu_seconds=20, wall_seconds=40, memory_mb=1024, address_space_mb=4096, output_bytes=65536
)
HARNESS_DIR = Path(__file__).resolve().parents[3] / "sandbox" / "harness"


class UnsupportedJob(ValueError):
    """The job asks for something this language cannot do (a function-style problem in C++, say)."""


def build_request(job: JudgeJob, language: Language) -> RunnerRequest:
    if job.kind is ProblemKind.SQL or not language.sandboxed:
        # An SQL query is never a program: only an SQL engine runs it (grading.sql).
        raise UnsupportedJob(
            f"{language.title} runs only in SQL problems, in an SQL engine, never in a sandbox"
        )
    cpu = job.limits.time_seconds * language.time_factor
    memory = int(job.limits.memory_mb * language.memory_factor)
    limits = RunLimits(
        cpu_seconds=cpu,
        wall_seconds=cpu * 2 + 1,
        memory_mb=memory,
        address_space_mb=memory + language.address_space_extra_mb,
        rss_limit_mb=memory + language.rss_allowance_mb,
        output_bytes=job.limits.output_kb * 1024,
    )
    tests = [RunnerTest.from_bytes(test.name, test.input.encode("utf-8")) for test in job.tests]
    if job.kind is ProblemKind.FUNCTION:
        harness = language.function
        if harness is None or job.function is None:
            raise UnsupportedJob(f"function-style problems are not offered in {language.title}")
        prelude = f"TARGET = {json.dumps(job.function.name)}\nSTYLE = {json.dumps(job.function.style)}\n"
        if harness.entry.endswith(".js"):
            prelude = prelude.replace("TARGET =", "const TARGET =").replace("STYLE =", "const STYLE =")
            prelude = '"use strict";\n' + prelude
        files = {
            harness.solution: job.source,
            harness.entry: prelude + (HARNESS_DIR / harness.harness).read_text(encoding="utf-8"),
        }
        compile_command, run, fork = harness.compile, harness.run, harness.fork
        entry = harness.entry
    else:
        files = {language.source: job.source}
        compile_command, run, fork, entry = language.compile, language.run, language.fork, language.source
    return RunnerRequest(
        files=files,
        compile=_fill(compile_command, memory),
        compile_limits=COMPILE_LIMITS if compile_command else None,
        run=_fill(run, memory) or [],
        fork_entry=entry if fork else None,
        tests=tests,
        limits=limits,
        stop_after_failure=job.stop_after_failure,
    )


def _fill(command: list[str] | None, memory_mb: int) -> list[str] | None:
    if command is None:
        return None
    return [part.replace("{memory_mb}", str(memory_mb)) for part in command]


def judge(job: JudgeJob, sandbox: Sandbox, sql: SqlEngine | None = None) -> JudgeResult:
    """Judge a job: a program in the sandbox, an SQL problem's query in the SQL engine.

    Raises SandboxError when the sandbox or the engine itself failed (an infrastructure fault).
    """
    if job.kind is ProblemKind.SQL:
        if sql is None:
            raise UnsupportedJob("SQL problems need an SQL engine, and none was given")
        if any(test.custom for test in job.tests):
            raise UnsupportedJob("an SQL problem's query runs on its own tests only, not on custom input")
        return judge_sql(job, sql)
    language = get_language(job.language)
    report = sandbox.execute(build_request(job, language))
    return interpret(job, report, sandbox.name)


def interpret(job: JudgeJob, report: RunnerReport, sandbox_name: str) -> JudgeResult:
    if report.compile is not None and report.compile.outcome is Outcome.SPAWN_FAILED:
        return JudgeResult(
            verdict=Verdict.INTERNAL_ERROR,
            score=0.0,
            message=f"The {job.language} compiler is not available in this sandbox: "
            + report.compile.stderr.decode("utf-8", "replace")[:500],
            sandbox=sandbox_name,
        )
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
        if process is None and report.complete and job.stop_after_failure:
            break  # not run: the runner stopped at the first failure, as asked
        if process is None:
            # The run was cut short before this test: by the outer wall clock when the report is
            # incomplete (the submission's own doing), so it counts as a time limit.
            results.append(
                TestResult(
                    name=test.name,
                    verdict=Verdict.TIME_LIMIT,
                    sample=test.sample,
                    weight=test.weight,
                    custom=test.custom,
                )
            )
            continue
        if test.custom:
            results.append(_custom_result(test, process))
            continue
        try:
            verdict = verdict_for_outcome(process.outcome, _matches(job, test, process))
            note = None
        except CheckerFailed as exc:
            verdict, note = Verdict.INTERNAL_ERROR, str(exc)
        expected = test.answer.encode("utf-8")
        results.append(
            TestResult(
                name=test.name,
                verdict=verdict,
                sample=test.sample,
                weight=test.weight,
                time_ms=process.cpu_ms,
                wall_ms=process.wall_ms,
                memory_kb=process.memory_kb,
                output=_cut(process.stdout, SAMPLE_OUTPUT_BYTES) if test.sample else None,
                expected=_cut(expected, SAMPLE_OUTPUT_BYTES) if test.sample else None,
                first_difference=(
                    first_difference(expected, process.stdout)
                    if test.sample and verdict is Verdict.WRONG_ANSWER
                    else None
                ),
                error=_error_tail(process) if test.sample else None,
            )
        )
        if note:
            return JudgeResult(verdict=Verdict.INTERNAL_ERROR, score=0.0, tests=results, message=note)
    # The candidate's own input has no answer to be right or wrong about: the run's verdict and score
    # are the samples'. Its own verdict (it ran, or why it did not) is on its row; it decides the run's
    # verdict only when there is no sample to judge.
    judged = [result for result in results if not result.custom] or results
    total = sum(result.weight for result in judged) or 1.0
    passed = sum(result.weight for result in judged if result.verdict is Verdict.ACCEPTED)
    return JudgeResult(
        verdict=overall_verdict([result.verdict for result in judged]),
        score=round(passed / total, 6),
        tests=results,
        sandbox=sandbox_name,
    )


def _custom_result(test: TestCase, process: ProcessReport) -> TestResult:
    """The candidate's own input: run and shown like a sample, never compared (it has no answer)."""
    return TestResult(
        name=test.name,
        verdict=verdict_for_outcome(process.outcome, output_matches=True),
        sample=True,
        weight=0.0,
        time_ms=process.cpu_ms,
        wall_ms=process.wall_ms,
        memory_kb=process.memory_kb,
        output=_cut(process.stdout, SAMPLE_OUTPUT_BYTES),
        error=_error_tail(process),
        custom=True,
    )


def _error_tail(process: ProcessReport) -> str | None:
    return _cut(process.stderr[-1024:], 1024) if process.stderr else None


def _matches(job: JudgeJob, test: TestCase, process: ProcessReport) -> bool:
    if process.outcome is not Outcome.OK:
        return False
    expected = test.answer.encode("utf-8")
    if job.comparison is Comparison.CHECKER:
        if job.checker is None:
            raise CheckerFailed("the problem asks for a checker but has none")
        return run_checker(job.checker, test.input.encode("utf-8"), expected, process.stdout).accepted
    return outputs_match(expected, process.stdout, job.comparison, job.tolerance)


def _compiler_message(process: ProcessReport) -> str:
    if process.outcome is Outcome.TIME_LIMIT:
        return "Compilation took too long and was stopped."
    if process.outcome is Outcome.MEMORY_LIMIT:
        return "Compilation ran out of memory."
    text = (process.stderr or process.stdout).decode("utf-8", "replace")
    return _cut(text.encode("utf-8"), MESSAGE_BYTES)


def _cut(data: bytes, limit: int) -> str:
    text = data[:limit].decode("utf-8", "replace")
    return text + ("\n[... cut]" if len(data) > limit else "")
