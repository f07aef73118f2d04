"""`problems check` on deliberately broken content: each fails with what its author needs, and the good
items beside the broken ones still load."""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest

from mockround.grading.job import JudgeResult, TestResult
from mockround.grading.verdicts import Verdict
from mockround.problems.bank_check import outcome_problems
from mockround.problems.loader import load_catalog
from mockround.problems.schema import ChoiceQuestion as Question
from tests.conftest import MOCKROUND, REPO

BROKEN = REPO / "tests" / "problems" / "broken"


@pytest.fixture(scope="module")
def summary() -> dict[str, Any]:
    completed = subprocess.run(
        [*MOCKROUND, "problems", "check", str(BROKEN), "--sandbox", "local", "--json", "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=REPO,
    )
    assert completed.returncode == 1, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def failures_in(summary: dict[str, Any], name: str) -> list[dict[str, Any]]:
    return [failure for failure in summary["failures"] if failure["path"].endswith(name)]


def test_a_wrong_answer_solution_that_passes_every_test(summary: dict[str, Any]) -> None:
    [failure] = failures_in(summary, "largest-value/solutions/wrong_answer/starts-at-zero.py")
    assert failure["kind"] == "problems"
    assert "must get Wrong Answer but got Accepted" in failure["message"]
    assert "add a test that it fails" in failure["message"]


def test_an_accepted_solution_that_times_out(summary: dict[str, Any]) -> None:
    [failure] = failures_in(summary, "fibonacci/solutions/accepted/naive-recursion.py")
    assert (
        "must get Accepted but got Time Limit Exceeded (first failing test: hidden-02" in failure["message"]
    )
    assert "raise limits.time_seconds" in failure["message"]


def test_a_keyed_answer_that_the_code_contradicts(summary: dict[str, Any]) -> None:
    # concat-int raises TypeError and keys "It raises TypeError": that one holds.
    [failure] = failures_in(summary, "banks/wrong-key.yaml")
    assert failure["kind"] == "banks"
    assert "question 'sum-of-list': the code prints '12' but the keyed answer is '6'" in failure["message"]
    assert "mark the option '12' `correct: true`" in failure["message"]
    assert (failure["line"], failure["column"]) == (5, 11)  # the question's code


def test_a_round_with_bad_references(summary: dict[str, Any]) -> None:
    question, problem = failures_in(summary, "rounds/bad-reference.yaml")
    assert question["kind"] == "rounds"
    assert "unknown question 'wrong-key/sum-of-lists'" in question["message"]
    assert "did you mean 'wrong-key/sum-of-list'?" in question["message"]
    assert (question["line"], question["column"]) == (8, 9)
    assert "unknown problem 'sum-tow'" in problem["message"]
    assert "did you mean 'sum-two'?" in problem["message"]
    assert problem["line"] == 12


def test_malformed_yaml_with_line_and_column(summary: dict[str, Any]) -> None:
    [failure] = failures_in(summary, "rounds/malformed.yaml")
    assert "malformed YAML" in failure["message"]
    assert (failure["line"], failure["column"]) == (7, 10)
    # The bracket left open, which is the mistake to fix.
    assert "starts at line 6, column 12" in failure["message"]


def test_a_bank_with_a_repeated_question_and_no_explanation(summary: dict[str, Any]) -> None:
    messages = {(f["line"], f["message"]) for f in failures_in(summary, "banks/duplicates.yaml")}
    assert any(
        line == 14 and "'list-append-again' has the same prompt and code as question 'list-append'" in message
        for line, message in messages
    )
    assert any(
        line == 25 and "'tuple-assignment' has no explanation: add `explanation:`" in message
        for line, message in messages
    )


def test_counts_per_kind(summary: dict[str, Any]) -> None:
    assert summary["ok"] is False
    assert summary["kinds"] == {
        "problems": {"found": 3, "loaded": 3, "failed": 2},
        "banks": {"found": 2, "loaded": 1, "failed": 2},
        "rounds": {"found": 3, "loaded": 1, "failed": 2},
    }
    assert summary["snippets_run"] == 2
    assert not failures_in(summary, "sum-two/solutions/accepted/add.py")


def test_good_items_beside_broken_ones_still_load() -> None:
    catalog = load_catalog(BROKEN)
    assert set(catalog.problems) == {"sum-two", "largest-value", "fibonacci"}
    assert set(catalog.banks) == {"wrong-key"}
    assert set(catalog.rounds) == {"warm-up"}


def question(keyed: str, *others: str) -> Question:
    options = [{"text": keyed, "correct": True}, *({"text": text} for text in others)]
    return Question.model_validate(
        {
            "id": "q",
            "prompt": "What does this code print?",
            "code": "x",
            "options": options,
            "explanation": "e",
        }
    )


def ran(verdict: Verdict, output: str = "", error: str | None = None) -> JudgeResult:
    test = TestResult(name="snippet", verdict=verdict, sample=True, weight=1, output=output, error=error)
    return JudgeResult(verdict=verdict, score=0, tests=[test])


def test_the_rule_for_output_and_exceptions() -> None:
    traceback = "Traceback (most recent call last):\n  File \"main.py\", line 1\nKeyError: 'a'\n"
    # Output is compared trimmed; one pair of backticks around an option is ignored.
    assert outcome_problems(question("`[1, 2]`", "[2]"), ran(Verdict.WRONG_ANSWER, "[1, 2]\n")) == []
    assert (
        outcome_problems(question("It raises KeyError", "a"), ran(Verdict.RUNTIME_ERROR, "", traceback)) == []
    )
    [wrong] = outcome_problems(
        question("None", "It raises KeyError"), ran(Verdict.RUNTIME_ERROR, "", traceback)
    )
    assert "raises KeyError but the keyed answer is 'None'" in wrong
    assert "mark the option 'It raises KeyError'" in wrong
    [missing] = outcome_problems(question("1", "2"), ran(Verdict.WRONG_ANSWER, "3\n"))
    assert "change the keyed option's text to '3'" in missing
    [slow] = outcome_problems(question("1", "2"), ran(Verdict.TIME_LIMIT))
    assert "check_output: false" in slow
