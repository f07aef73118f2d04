"""`mockround problems check`: a problem proves itself with its own solutions, judged in the sandbox.

Every accepted solution must pass every test; every solution under a verdict folder must get exactly that
verdict; the time limit must be at least twice the slowest accepted solution's time; starter code must
compile and run (Wrong Answer is fine, Compilation Error is not); sample inputs must appear in the statement.
Banks are proven by `bank_check` (their snippets run in the same sandbox); rounds by the loader, which
resolves every reference.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
from collections.abc import Callable, Mapping
from pathlib import Path

from mockround.grading.job import JudgeResult, ProblemKind, SqlEngineName
from mockround.grading.judge import UnsupportedJob, judge
from mockround.grading.languages import all_languages
from mockround.grading.sandbox import Sandbox, SandboxError
from mockround.grading.sql import SqlEngine, SqliteEngine
from mockround.grading.verdicts import Verdict
from mockround.problems.bank_check import Snippet, lint_bank_file, run_snippet, snippets
from mockround.problems.findings import Finding
from mockround.problems.loader import Catalog
from mockround.problems.schema import ChoiceQuestion, Problem
from mockround.problems.sql_check import engines_for, on_engine, sql_findings

__all__ = ["CheckReport", "Finding", "Run", "check_problems", "planned_runs", "planned_snippets"]

VERDICT_FOLDERS = {
    "accepted": Verdict.ACCEPTED,
    "wrong_answer": Verdict.WRONG_ANSWER,
    "time_limit_exceeded": Verdict.TIME_LIMIT,
    "runtime_error": Verdict.RUNTIME_ERROR,
    "memory_limit_exceeded": Verdict.MEMORY_LIMIT,
}
# Below this margin over the slowest accepted solution, the time limit is refused; below WARN, warned.
TIME_MARGIN = 2.0
TIME_MARGIN_WARN = 3.0


@dataclasses.dataclass(frozen=True)
class Run:
    """One program to judge: a solution with the verdict it must get, or starter code."""

    problem: str
    path: Path
    language: str
    expected: Verdict | None  # None for starter code: anything but a compilation error
    engine: SqlEngineName | None = None  # for an SQL problem: the engine the query runs on


KINDS = {"coding": "problems", "banks": "banks", "rounds": "rounds"}


@dataclasses.dataclass
class CheckReport:
    root: Path
    findings: list[Finding] = dataclasses.field(default_factory=list)
    # Items that loaded, per kind.
    counts: dict[str, int] = dataclasses.field(default_factory=dict)
    solutions_judged: int = 0
    snippets_run: int = 0
    # Whether a path on disk is among what was asked for (everything, unless some items were named).
    includes: Callable[[Path], bool] = lambda _path: True

    @property
    def errors(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.severity == "error"]

    def kind_of(self, finding: Finding) -> str:
        """problems, banks or rounds: from where the file is under the root."""
        try:
            top = Path(finding.path).relative_to(self.root).parts[0]
        except (ValueError, IndexError):
            return "other"
        return KINDS.get(top, "other")

    def by_kind(self) -> dict[str, dict[str, int]]:
        """Per kind: the items found on disk, those that loaded, and those with at least one error."""
        summary = {}
        for folder, kind in KINDS.items():
            base = self.root / folder
            found = [
                path
                for path in sorted(base.glob("*/") if folder == "coding" else base.glob("*.yaml"))
                if self.includes(path)
            ]
            failing = {
                Path(f.path).relative_to(base).parts[0]
                for f in self.errors
                if self.kind_of(f) == kind and Path(f.path) != base
            }
            summary[kind] = {
                "found": len(found),
                "loaded": self.counts.get(kind, 0),
                "failed": len(failing),
            }
        return summary

    def as_json(self) -> dict[str, object]:
        def entry(finding: Finding) -> dict[str, object]:
            return {"kind": self.kind_of(finding), **dataclasses.asdict(finding)}

        return {
            "ok": not self.errors,
            "counts": self.counts,
            "kinds": self.by_kind(),
            "solutions_judged": self.solutions_judged,
            "snippets_run": self.snippets_run,
            "failures": [entry(f) for f in self.findings if f.severity == "error"],
            "warnings": [entry(f) for f in self.findings if f.severity == "warning"],
        }


def language_of(problem: Problem, path: Path) -> str | None:
    for name in problem.spec.languages:
        language = all_languages()[name]
        if Path(language.source).suffix == path.suffix:
            return name
    return None


def planned_runs(root: Path, catalog: Catalog) -> tuple[list[Run], list[Finding]]:
    runs, findings = [], []
    for slug, problem in sorted(catalog.problems.items()):
        folder = root / "coding" / slug
        accepted = list((folder / "solutions" / "accepted").glob("*"))
        if not accepted:
            findings.append(
                Finding(
                    str(folder), "no accepted solution: add one under solutions/accepted/ (e.g. a .py file)"
                )
            )
        for verdict_folder in sorted((folder / "solutions").glob("*/")):
            expected = VERDICT_FOLDERS.get(verdict_folder.name)
            if expected is None:
                known = ", ".join(VERDICT_FOLDERS)
                findings.append(Finding(str(verdict_folder), f"unknown verdict folder; use one of {known}"))
                continue
            for path in sorted(verdict_folder.iterdir()):
                language = language_of(problem, path)
                if language is None:
                    findings.append(
                        Finding(str(path), f"not in one of the problem's languages {problem.spec.languages}")
                    )
                    continue
                runs += [Run(slug, path, language, expected, e) for e in engines_for(problem, path)]
        for language, _source in sorted(problem.starter.items()):
            suffix = Path(all_languages()[language].source).suffix
            starter = folder / "starter" / f"{language}{suffix}"
            runs += [Run(slug, starter, language, None, e) for e in engines_for(problem, starter)]
        missing = [name for name in problem.spec.languages if name not in problem.starter]
        if missing:
            findings.append(Finding(str(folder), f"no starter code for {missing}", "warning"))
        findings += _samples_in_statement(folder, problem)
    return runs, findings


def planned_snippets(root: Path, catalog: Catalog) -> list[Snippet]:
    """The Python snippets of the banks that loaded, to run and hold against their keyed options."""
    return [
        snippet
        for slug, bank in sorted(catalog.banks.items())
        for snippet in snippets(root / "banks" / f"{slug}.yaml", bank)
    ]


def check_problems(
    root: Path,
    catalog: Catalog,
    sandbox: Sandbox,
    workers: int = 2,
    progress: Callable[[str], None] | None = None,
    sql_engines: Mapping[str, SqlEngine] | None = None,
) -> CheckReport:
    """Check everything under `root`; `progress` is called with a label after each program that ran.

    SQL problems run on the `sql_engines` given (by name; SQLite when none are) that they declare.
    """
    engines = sql_engines or {SqlEngineName.SQLITE.value: SqliteEngine()}
    report = CheckReport(
        root=root,
        includes=catalog.includes,
        counts=content_counts(catalog),
    )
    report.findings += [
        Finding(str(error.path), error.message, line=error.line, column=error.column)
        for error in catalog.errors
    ]
    runs, findings = planned_runs(root, catalog)
    report.findings += findings + sql_findings(root, catalog, engines)
    for skipped in [run for run in runs if run.engine and run.engine.value not in engines]:
        runs.remove(skipped)  # reported once per problem by sql_findings
        if progress:
            progress(f"{skipped.path} (no {skipped.engine})")
    for path in sorted((root / "banks").glob("*.yaml")):
        if catalog.includes(path):
            report.findings += lint_bank_file(path)
    slowest: dict[str, int] = {}

    def execute(run: Run) -> tuple[Run, JudgeResult | None, str | None]:
        problem = catalog.problems[run.problem]
        try:
            job = problem.job(run.path.read_text(encoding="utf-8"), run.language)
            if run.expected is not Verdict.ACCEPTED:
                # A wrong solution needs only its first failure; starter code only has to compile.
                job = job.model_copy(update={"stop_after_failure": True})
            return run, judge(job, sandbox, engines[run.engine.value] if run.engine else None), None
        except (SandboxError, UnsupportedJob, OSError) as exc:
            return run, None, str(exc)

    with concurrent.futures.ThreadPoolExecutor(max(1, workers)) as pool:
        for snippet, found in zip(
            planned := planned_snippets(root, catalog),
            pool.map(lambda snippet: run_snippet(snippet, sandbox), planned),
            strict=True,
        ):
            report.snippets_run += 1
            report.findings += found
            if progress:
                progress(f"{snippet.path.name} {snippet.question.id}")
        for run, result, failure in pool.map(execute, runs):
            report.solutions_judged += 1
            if progress:
                progress(str(run.path))
            if result is None:
                report.findings.append(Finding(str(run.path), f"could not judge: {failure}"))
                continue
            report.findings += on_engine(run.engine, _judge_findings(run, result))
            if run.expected is Verdict.ACCEPTED and result.verdict is Verdict.ACCEPTED:
                slowest[run.problem] = max(slowest.get(run.problem, 0), max(t.time_ms for t in result.tests))
    for slug, time_ms in slowest.items():
        report.findings += _time_limit_findings(root / "coding" / slug, catalog.problems[slug], time_ms)
    return report


def content_counts(catalog: Catalog) -> dict[str, int]:
    """What loaded, by kind: problems (and of each kind), banks, rounds, and the banks' questions."""
    questions = [question for bank in catalog.banks.values() for question in bank.questions]
    choice = [question for question in questions if isinstance(question, ChoiceQuestion)]
    counts = {
        "problems": len(catalog.problems),
        "banks": len(catalog.banks),
        "rounds": len(catalog.rounds),
        "questions": len(choice),
        "multiple_answer_questions": sum(question.multiple for question in choice),
        "written_questions": len(questions) - len(choice),
        "code_questions": len(planned_snippets(catalog.root or Path(), catalog)),
    }
    for kind in ProblemKind:
        counts[f"{kind.value}_problems"] = sum(p.spec.kind is kind for p in catalog.problems.values())
    return counts


def _judge_findings(run: Run, result: JudgeResult) -> list[Finding]:
    if run.expected is None:
        if result.verdict is Verdict.COMPILATION_ERROR:
            return [
                Finding(
                    str(run.path),
                    f"starter code does not compile: {result.message}; "
                    "starter code may be incomplete but must compile",
                )
            ]
        return []
    if result.verdict is run.expected:
        return []
    failing = next((t for t in result.tests if t.verdict is not Verdict.ACCEPTED), None)
    detail = f" (first failing test: {failing.name}, {failing.verdict.label})" if failing else ""
    if result.message:
        detail += f": {result.message[:300]}"
    return [
        Finding(
            str(run.path),
            f"must get {run.expected.label} but got {result.verdict.label}{detail}; "
            + _verdict_hint(run, result),
        )
    ]


def _verdict_hint(run: Run, result: JudgeResult) -> str:
    """What the author should do when a solution gets a verdict other than its folder's."""
    folder = next((name for name, verdict in VERDICT_FOLDERS.items() if verdict is result.verdict), None)
    if run.expected is Verdict.ACCEPTED and result.verdict is Verdict.TIME_LIMIT:
        return "make it faster, raise limits.time_seconds, or move it to solutions/time_limit_exceeded/"
    if run.expected is Verdict.ACCEPTED:
        return "fix the solution or the test's .ans file"
    if result.verdict is Verdict.ACCEPTED:
        return "if it is right, move it to solutions/accepted/; if not, add a test that it fails"
    if folder:
        return f"move it to solutions/{folder}/ if that is the mistake it shows"
    return "fix it so that it shows the mistake its folder names"


def _time_limit_findings(folder: Path, problem: Problem, slowest_ms: int) -> list[Finding]:
    limit_ms = problem.spec.limits.time_seconds * 1000
    if limit_ms < TIME_MARGIN * slowest_ms:
        needed = TIME_MARGIN * slowest_ms / 1000
        return [
            Finding(
                str(folder / "problem.yaml"),
                f"time limit {limit_ms:g} ms is under {TIME_MARGIN:g}x the slowest accepted solution "
                f"({slowest_ms} ms): raise limits.time_seconds to at least {needed:.2f}",
                line=_line_of(folder / "problem.yaml", "limits"),
            )
        ]
    if limit_ms < TIME_MARGIN_WARN * slowest_ms:
        return [
            Finding(
                str(folder / "problem.yaml"),
                f"time limit {limit_ms:g} ms is close to the slowest accepted solution ({slowest_ms} ms)",
                "warning",
            )
        ]
    return []


def _samples_in_statement(folder: Path, problem: Problem) -> list[Finding]:
    statement = " ".join(problem.statement.split())
    findings = []
    for test in problem.samples():
        if problem.spec.kind == "stdio" and " ".join(test.input.split()) not in statement:
            findings.append(
                Finding(
                    str(folder / "statement.md"),
                    f"sample {test.name}'s input does not appear in the statement: show it in an example",
                )
            )
    return findings


def _line_of(path: Path, key: str) -> int | None:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    return next((n for n, line in enumerate(text.splitlines(), 1) if line.startswith(f"{key}:")), None)
