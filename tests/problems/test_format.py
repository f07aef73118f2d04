"""The richer parts of the format: several right answers, partial and negative credit, written questions,
per-test weights, and rounds that draw from pools; each refused with a message when it is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from mockround.problems.loader import load_catalog
from mockround.problems.schema import Bank, ChoiceQuestion, FreeTextQuestion
from tests.conftest import sample_problems


def choice(**fields: Any) -> ChoiceQuestion:
    base: dict[str, Any] = {"id": "q", "prompt": "Pick.", "explanation": "Because."}
    return ChoiceQuestion.model_validate({**base, **fields})


OPTIONS = [{"text": "a", "correct": True}, {"text": "b", "correct": True}, {"text": "c"}, {"text": "d"}]


def test_several_right_answers_are_all_or_nothing_without_credit() -> None:
    question = choice(multiple=True, options=OPTIONS)
    assert question.score([0, 1]) == 1.0
    assert question.score([1, 0, 1]) == 1.0  # repeats count once
    assert question.score([0]) == 0.0
    assert question.score([0, 1, 2]) == 0.0
    assert question.score([]) == 0.0


def test_partial_and_negative_credit() -> None:
    options = [
        {"text": "a", "correct": True, "credit": 0.5},
        {"text": "b", "correct": True, "credit": 0.5},
        {"text": "c", "credit": -0.25},
        {"text": "d"},
    ]
    question = choice(multiple=True, options=options)
    assert question.score([0]) == 0.5
    assert question.score([0, 2]) == 0.25
    assert question.score([2]) == -0.25
    assert question.score([0, 1, 3]) == 1.0
    single = choice(options=[{"text": "a", "correct": True}, {"text": "b", "credit": -0.5}, {"text": "c"}])
    assert (single.score([0]), single.score([1]), single.score([2])) == (1.0, -0.5, 0.0)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"options": OPTIONS}, "add `multiple: true`"),
        ({"multiple": True, "options": [{"text": "a"}, {"text": "b"}]}, "at least one option"),
        (
            {"multiple": True, "options": [{"text": "a", "correct": True, "credit": 0.5}, {"text": "b"}]},
            "add up to 0.5",
        ),
        (
            {"options": [{"text": "a", "correct": True}, {"text": "b", "credit": 0.5}]},
            "the wrong option 'b' earns credit 0.5",
        ),
    ],
)
def test_a_badly_keyed_question_is_refused_with_what_to_change(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(")):
        choice(**fields)


def test_a_written_question_needs_a_rubric() -> None:
    bank = Bank.model_validate(
        {
            "title": "Design",
            "questions": [
                {
                    "kind": "free_text",
                    "id": "cache",
                    "prompt": "Design a cache.",
                    "rubric": [{"point": "Names an eviction policy", "weight": 2}, {"point": "TTLs"}],
                    "explanation": "A model answer.",
                },
                {"id": "plain", "prompt": "Pick.", "options": OPTIONS[1:], "explanation": "Because."},
            ],
        }
    )
    written, plain = bank.questions
    assert isinstance(written, FreeTextQuestion) and [p.weight for p in written.rubric] == [2, 1]
    assert isinstance(plain, ChoiceQuestion)
    with pytest.raises(ValidationError, match="rubric"):
        FreeTextQuestion.model_validate({"kind": "free_text", "id": "x", "prompt": "p", "explanation": "e"})


def write_round(root: Path, sections: list[dict[str, Any]], duration: int = 30) -> None:
    round_file = {"title": "Drawn", "duration_minutes": duration, "sections": sections}
    (root / "rounds" / "drawn.yaml").write_text(yaml.safe_dump(round_file, sort_keys=False))


def test_a_draw_its_pools_cannot_fill_is_reported_where_it_is(tmp_path: Path) -> None:
    root = sample_problems(tmp_path)
    write_round(
        root,
        [
            {"title": "Warm-up", "kind": "multiple_choice", "items": ["python-basics/mutable-default"]},
            {
                "title": "Python",
                "kind": "multiple_choice",
                "draw": [{"count": 2, "tags": ["generators"]}, {"count": 1, "tags": ["complexity"]}],
            },
        ],
    )
    catalog = load_catalog(root)
    assert "drawn" not in catalog.rounds and "sample" in catalog.rounds
    [error] = catalog.errors
    assert error.path.name == "drawn.yaml" and error.line is not None
    assert "a draw of 2 from tags ['generators']" in error.message
    assert "can only be sure of 1" in error.message and "lower `count`" in error.message
    # The other draw can be filled: it is not reported.
    assert not any("complexity" in e.message for e in catalog.errors)


def test_draws_count_fixed_items_and_earlier_draws(tmp_path: Path) -> None:
    root = sample_problems(tmp_path)
    fixed = {"title": "Fixed", "kind": "multiple_choice", "items": ["python-basics/mutable-default"]}
    drawn = {"title": "Drawn", "kind": "multiple_choice", "draw": [{"count": 2, "tags": ["python"]}]}
    write_round(root, [fixed, drawn])
    assert load_catalog(root).errors == []
    drawn["draw"].append({"count": 1, "difficulty": ["easy", "medium"]})
    write_round(root, [fixed, drawn])
    [error] = load_catalog(root).errors
    assert "a draw of 1 from difficulty ['easy', 'medium']" in error.message
    assert "earlier draws may take some" in error.message


def test_a_written_question_in_a_multiple_choice_section_is_refused(tmp_path: Path) -> None:
    root = sample_problems(tmp_path)
    bank = yaml.safe_load((root / "banks/python-basics.yaml").read_text())
    bank["questions"].append(
        {"kind": "free_text", "id": "essay", "prompt": "Why?", "rubric": [{"point": "x"}], "explanation": "e"}
    )
    (root / "banks/python-basics.yaml").write_text(yaml.safe_dump(bank))
    write_round(root, [{"title": "Mixed", "kind": "multiple_choice", "items": ["python-basics/essay"]}])
    [error] = load_catalog(root).errors
    assert "is a free_text question: put it in a section of kind free_text" in error.message


def test_section_minutes_must_fit_the_round(tmp_path: Path) -> None:
    root = sample_problems(tmp_path)
    item = ["python-basics/mutable-default"]
    write_round(
        root,
        [
            {"title": "A", "kind": "multiple_choice", "items": item, "minutes": 20},
            {"title": "B", "kind": "coding", "items": ["pair-count"], "minutes": 20},
        ],
        duration=30,
    )
    [error] = load_catalog(root).errors
    assert "add up to 40 minutes" in error.message


def test_test_weights_set_each_tests_share(tmp_path: Path) -> None:
    root = sample_problems(tmp_path)
    spec = root / "coding/pair-count/problem.yaml"
    spec.write_text(spec.read_text() + "test_weights:\n  sample-*: 0\n  hidden-1*: 3\n")
    problem = load_catalog(root).problems["pair-count"]
    weights = {test.name: test.weight for test in problem.tests}
    assert weights["sample-1"] == 0 and weights["hidden-10"] == 3 and weights["hidden-02"] == 1
    spec.write_text(spec.read_text().replace("hidden-1*: 3", "hidden-*: 0"))
    problem_error, round_error = load_catalog(root).errors
    assert "no hidden test that counts" in problem_error.message
    assert "unknown problem 'pair-count'" in round_error.message  # the round that uses it is held back too
