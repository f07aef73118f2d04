"""Loading `problems/`: shipped content loads clean; broken files are reported, the rest still load."""

from __future__ import annotations

from pathlib import Path

from mockround.problems.loader import content_version, load_catalog
from tests.conftest import REPO, sample_problems


def copy_problems(tmp_path: Path) -> Path:
    return sample_problems(tmp_path)


def test_shipped_problems_load_without_errors() -> None:
    catalog = load_catalog(REPO / "problems")
    assert catalog.errors == []
    assert "sample" in catalog.rounds
    assert catalog.problems["pair-count"].samples()


def test_malformed_yaml_names_file_line_and_column(tmp_path: Path) -> None:
    root = copy_problems(tmp_path)
    (root / "banks" / "broken.yaml").write_text(
        "title: Broken\nquestions:\n  - id: a\n    prompt: [unclosed\n"
    )
    catalog = load_catalog(root)
    [error] = catalog.errors
    assert error.path.name == "broken.yaml"
    assert "line 5" in error.message or "line 4" in error.message
    assert "column" in error.message
    # The broken bank does not stop the others from loading.
    assert "python-basics" in catalog.banks
    assert "sample" in catalog.rounds


def test_a_question_without_a_correct_option_is_refused(tmp_path: Path) -> None:
    root = copy_problems(tmp_path)
    (root / "banks" / "nokey.yaml").write_text(
        "title: No key\nquestions:\n  - id: q\n    prompt: Which?\n    explanation: none\n"
        "    options:\n      - text: a\n      - text: b\n"
    )
    [error] = load_catalog(root).errors
    assert "exactly one option `correct: true`" in error.message


def test_a_round_with_a_bad_reference_is_not_served(tmp_path: Path) -> None:
    root = copy_problems(tmp_path)
    text = (root / "rounds" / "sample.yaml").read_text().replace("- pair-count", "- no-such-problem")
    (root / "rounds" / "sample.yaml").write_text(text)
    catalog = load_catalog(root)
    assert "sample" not in catalog.rounds
    [error] = catalog.errors
    assert "problem 'no-such-problem'" in error.message


def test_a_problem_missing_an_answer_file_is_reported(tmp_path: Path) -> None:
    root = copy_problems(tmp_path)
    (root / "coding" / "pair-count" / "tests" / "hidden" / "01.ans").unlink()
    catalog = load_catalog(root)
    assert "pair-count" not in catalog.problems
    assert any("01.in has no 01.ans" in error.message for error in catalog.errors)


def test_version_is_the_hash_of_the_content(tmp_path: Path) -> None:
    root = copy_problems(tmp_path)
    before = content_version(load_catalog(root).problems["pair-count"])
    assert before == content_version(load_catalog(root).problems["pair-count"])
    statement = root / "coding" / "pair-count" / "statement.md"
    statement.write_text(statement.read_text() + "\nOne more line.\n")
    assert content_version(load_catalog(root).problems["pair-count"]) != before
