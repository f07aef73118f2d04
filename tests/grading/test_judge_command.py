"""`mockround judge`: one file against one problem folder, or run on an input of the author's own."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import MOCKROUND, REPO

PAIR_COUNT = REPO / "problems/coding/pair-count"
ACCEPTED = PAIR_COUNT / "solutions/accepted/counting.py"

pytestmark = pytest.mark.usefixtures("bubblewrap")


def judge(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*MOCKROUND, "judge", *args, "--sandbox", "local"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "MOCKROUND_DATABASE_URL": "sqlite+aiosqlite:///:memory:"},
    )


def test_a_file_is_judged_on_every_test() -> None:
    judged = judge(str(PAIR_COUNT), str(ACCEPTED), "--json")
    assert judged.returncode == 0, judged.stderr
    result = json.loads(judged.stdout)
    assert result["verdict"] == "accepted"
    assert len(result["tests"]) == len(list((PAIR_COUNT / "tests").glob("*/*.in")))


def test_input_of_ones_own_runs_alone_and_shows_the_output(tmp_path: Path) -> None:
    echo = tmp_path / "echo.py"
    echo.write_text(
        "import sys\ntext = sys.stdin.read()\nprint(text.upper(), end='')\nprint('note', file=sys.stderr)\n"
    )
    ran = judge(str(PAIR_COUNT), str(echo), "--input", "-", stdin="two words\n")
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == "TWO WORDS\n"
    assert "note" in ran.stderr and "Ran," in ran.stderr

    crashing = tmp_path / "crash.py"
    crashing.write_text("raise SystemExit(3)\n")
    given = tmp_path / "input.txt"
    given.write_text("1\n")
    failed = judge(str(PAIR_COUNT), str(crashing), "--input", str(given), "--json")
    assert failed.returncode == 1
    [test] = json.loads(failed.stdout)["tests"]
    assert (test["name"], test["verdict"]) == ("custom", "runtime_error")


def test_an_sql_problem_takes_no_input(tmp_path: Path) -> None:
    query = tmp_path / "query.sql"
    query.write_text("SELECT 1;\n")
    refused = judge(str(REPO / "problems/coding/sql-top-scorers"), str(query), "--input", str(query))
    assert refused.returncode == 2
    assert "runs on its tests' tables only" in refused.stderr
