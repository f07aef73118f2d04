"""`problems check`: the shipped problems prove themselves; broken ones fail with what an author needs."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from mockround.grading.local import LocalSandbox
from mockround.problems.check import _time_limit_findings, check_problems
from mockround.problems.loader import load_catalog
from tests.conftest import CORE_ITEMS, MOCKROUND, REPO, sample_problems

PAIR_COUNT = "coding/pair-count"


@pytest.fixture
def problems(tmp_path: Path) -> Path:
    """The sample round's problems without the slow solution, to keep this fast."""
    root = sample_problems(tmp_path)
    shutil.rmtree(root / PAIR_COUNT / "solutions" / "time_limit_exceeded")
    return root


def messages(root: Path) -> list[str]:
    report = check_problems(root, load_catalog(root), LocalSandbox())
    return [f"{finding.path}: {finding.message}" for finding in report.errors]


def prove(root: Path, sandbox: str, *options: str) -> dict[str, Any]:
    """`mockround problems check ROOT --json` as an author runs it; it must find nothing wrong."""
    completed = subprocess.run(
        [*MOCKROUND, "problems", "check", str(root), "--sandbox", sandbox, *options, "--json", "--no-record"],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    summary: dict[str, Any] = json.loads(completed.stdout)
    assert summary["failures"] == [], summary
    assert completed.returncode == 0
    return summary


@pytest.mark.postgres
def test_the_shipped_bank_proves_itself(postgres_server: str) -> None:
    """`mockround problems check problems/` as CI runs it: every problem, bank and round, SQL problems on
    PostgreSQL as well as SQLite, nothing failing; and the bank holds what the role's rounds need."""
    summary = prove(REPO / "problems", "local", "--sql-postgres", postgres_server)
    for kind in ("problems", "banks", "rounds"):
        assert summary["kinds"][kind]["failed"] == 0
        assert summary["kinds"][kind]["loaded"] == summary["kinds"][kind]["found"] >= 1
    counts = summary["counts"]
    assert counts["stdio_problems"] + counts["function_problems"] >= 42
    assert counts["sql_problems"] >= 8
    assert counts["questions"] >= 250 and counts["written_questions"] >= 8
    assert counts["code_questions"] >= 40 and summary["snippets_run"] == counts["code_questions"]
    assert counts["rounds"] >= 5


@pytest.mark.docker
def test_problems_prove_themselves_in_the_docker_sandbox(docker_image: str, tmp_path: Path) -> None:
    # The whole bank is proven above in the local sandbox; here, the core rounds' problems in Docker.
    summary = prove(sample_problems(tmp_path, CORE_ITEMS), "docker")
    assert summary["counts"]["problems"] == 2 and summary["solutions_judged"] >= 10
    assert summary["snippets_run"] >= 2


def test_a_wrong_solution_that_passes_is_reported(problems: Path) -> None:
    accepted = problems / PAIR_COUNT / "solutions/accepted/counting.py"
    shutil.copy(accepted, problems / PAIR_COUNT / "solutions/wrong_answer/actually-right.py")
    [failure] = messages(problems)
    assert "actually-right.py: must get Wrong Answer but got Accepted" in failure


def test_an_accepted_solution_that_times_out_is_reported(problems: Path) -> None:
    slow = REPO / "problems" / PAIR_COUNT / "solutions/time_limit_exceeded/all-pairs.py"
    shutil.copy(slow, problems / PAIR_COUNT / "solutions/accepted/too-slow.py")
    [failure] = messages(problems)
    assert (
        "too-slow.py: must get Accepted but got Time Limit Exceeded (first failing test: hidden-10" in failure
    )


def test_time_limit_margin_over_the_slowest_accepted_solution(problems: Path) -> None:
    # The rule itself, on measured times given directly: timings on a shared machine are not exact.
    problem = load_catalog(problems).problems["pair-count"]  # time limit 2 s
    folder = problems / PAIR_COUNT
    [refused] = _time_limit_findings(folder, problem, slowest_ms=1200)
    assert refused.severity == "error"
    assert "raise limits.time_seconds to at least 2.40" in refused.message
    [warned] = _time_limit_findings(folder, problem, slowest_ms=800)
    assert warned.severity == "warning"
    assert _time_limit_findings(folder, problem, slowest_ms=200) == []


def test_starter_code_that_does_not_compile_is_reported(problems: Path) -> None:
    (problems / PAIR_COUNT / "starter/python3.py").write_text("def count_pairs(:\n")
    [failure] = messages(problems)
    assert "starter code does not compile" in failure
    assert "SyntaxError" in failure


def test_a_sample_missing_from_the_statement_is_reported(problems: Path) -> None:
    (problems / PAIR_COUNT / "tests/sample/3.in").write_text("3 0\n-1 0 1\n")
    (problems / PAIR_COUNT / "tests/sample/3.ans").write_text("1\n")
    [failure] = messages(problems)
    assert "sample sample-3's input does not appear in the statement" in failure


def test_load_errors_are_reported_too(problems: Path) -> None:
    (problems / "rounds" / "broken.yaml").write_text("title: [unclosed\n")
    [failure] = messages(problems)
    assert "broken.yaml" in failure
    assert "malformed YAML" in failure
