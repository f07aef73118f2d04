"""SQL problems: the shipped ones prove themselves on PostgreSQL and SQLite; broken ones are reported."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from mockround.grading.local import LocalSandbox
from mockround.grading.sql import SqlEngine, SqliteEngine
from mockround.grading.sql_postgres import PostgresEngine, admin_dsn_for
from mockround.problems.check import check_problems
from mockround.problems.loader import ProblemFileError, load_catalog, load_problem
from tests.conftest import MOCKROUND, REPO

SQL_PROBLEMS = sorted(path.name for path in (REPO / "problems" / "coding").glob("sql-*"))
TINY = "sql-latest-submission"


def sql_root(tmp_path: Path, *names: str) -> Path:
    root = tmp_path / "problems"
    for name in names:
        shutil.copytree(REPO / "problems" / "coding" / name, root / "coding" / name)
    return root


def test_the_quiz_schema_is_the_same_in_every_sql_problem() -> None:
    assert len(SQL_PROBLEMS) >= 8
    schemas = {(REPO / "problems" / "coding" / name / "schema.sql").read_text() for name in SQL_PROBLEMS}
    assert len(schemas) == 1


@pytest.mark.postgres
def test_shipped_sql_problems_prove_themselves_on_both_engines(tmp_path: Path, postgres_server: str) -> None:
    root = sql_root(tmp_path, *SQL_PROBLEMS)
    completed = subprocess.run(
        [
            *MOCKROUND,
            "problems",
            "check",
            str(root),
            "--sandbox=local",
            f"--sql-postgres={postgres_server}",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    summary = json.loads(completed.stdout)
    assert summary["failures"] == [], summary["failures"]
    assert summary["warnings"] == []  # in particular, none "not proven on postgres"
    assert completed.returncode == 0
    assert summary["kinds"]["problems"] == {
        "found": len(SQL_PROBLEMS),
        "loaded": len(SQL_PROBLEMS),
        "failed": 0,
    }
    # Every accepted and wrong query and every starter, on each engine it declares.
    assert summary["solutions_judged"] >= 3 * len(SQL_PROBLEMS)


def check(root: Path, engines: dict[str, SqlEngine]) -> list[str]:
    report = check_problems(root, load_catalog(root), LocalSandbox(), workers=2, sql_engines=engines)
    return [f"{Path(f.path).name}: {f.message}" for f in report.errors]


@pytest.fixture
def both(postgres_server: str) -> dict[str, SqlEngine]:
    return {
        "sqlite": SqliteEngine(),
        "postgres": PostgresEngine(admin_dsn_for(postgres_server), "mockround_sql_test"),
    }


@pytest.mark.postgres
def test_a_query_that_differs_between_engines_is_reported(tmp_path: Path, both: dict[str, SqlEngine]) -> None:
    root = sql_root(tmp_path, TINY)
    folder = root / "coding" / TINY
    # PostgreSQL rounds 3.7 to 4 when casting to an integer; SQLite truncates it to 3.
    (folder / "solutions" / "accepted" / "differs.sql").write_text(
        "SELECT id, id, id, signup_date, CAST(3.7 AS INTEGER) FROM users ORDER BY id\n"
    )
    failures = check(root, both)
    assert any(
        line.startswith("differs.sql: gives different rows on postgres and sqlite for sample-1")
        for line in failures
    ), failures
    assert any(
        line.startswith("differs.sql: on sqlite: must get Accepted but got Wrong Answer") for line in failures
    )


def test_a_wrong_query_that_passes_and_a_starter_that_does_not_compile_are_reported(tmp_path: Path) -> None:
    root = sql_root(tmp_path, TINY)
    folder = root / "coding" / TINY
    shutil.copy(
        folder / "solutions" / "accepted" / "row-number.sql",
        folder / "solutions" / "wrong_answer" / "right.sql",
    )
    (folder / "starter" / "sql.sql").write_text("SELECT FROM WHERE\n")
    failures = check(root, {"sqlite": SqliteEngine()})
    assert "right.sql: on sqlite: must get Wrong Answer but got Accepted" in "\n".join(failures)
    assert any(line.startswith("sql.sql: on sqlite: starter code does not compile") for line in failures)


def test_a_postgres_only_problem_without_postgres_is_a_warning_not_a_pass(tmp_path: Path) -> None:
    root = sql_root(tmp_path, "sql-response-p95")
    report = check_problems(root, load_catalog(root), LocalSandbox(), sql_engines={"sqlite": SqliteEngine()})
    assert report.errors == []
    assert report.solutions_judged == 0
    assert ["not proven on postgres" in f.message for f in report.findings] == [True]


def test_loading_an_sql_problem_checks_its_parts(tmp_path: Path) -> None:
    folder = sql_root(tmp_path, TINY) / "coding" / TINY
    problem = load_problem(folder)
    assert problem.spec.languages == ["sql"] and problem.starter.keys() == {"sql"}
    assert problem.schema_sql is not None and "CREATE TABLE submissions" in problem.schema_sql
    (folder / "tests" / "hidden" / "01-one.ans").write_text("user_id\tsubmission_id\n1\n")
    with pytest.raises(ProblemFileError, match="line 2 has 1 cells but the header names 2 columns"):
        load_problem(folder)
    (folder / "schema.sql").unlink()
    with pytest.raises(ProblemFileError, match=r"schema\.sql is missing"):
        load_problem(folder)
    (folder / "problem.yaml").write_text("title: Mixed\nkind: stdio\nlanguages: [python3, sql]\n")
    with pytest.raises(ProblemFileError, match="only for `kind: sql` problems"):
        load_problem(folder)
