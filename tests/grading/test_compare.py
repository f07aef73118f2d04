"""Output comparison and custom checkers, outside the sandbox."""

from __future__ import annotations

import pytest

from mockround.grading.checker import CheckerFailed, run_checker
from mockround.grading.compare import Comparison, Tolerance, first_difference, outputs_match


@pytest.mark.parametrize(
    ("mode", "expected", "actual", "same"),
    [
        (Comparison.WHITESPACE, b"1 2\n3\n", b"1   2 \n3", True),
        (Comparison.WHITESPACE, b"1 2\n3\n", b"1\n2 3\n", False),
        (Comparison.WHITESPACE, b"1\n", b"1\n\n\n", True),
        (Comparison.EXACT, b"1\n", b"1", False),
        (Comparison.EXACT, b"\xff\x00", b"\xff\x00", True),
        (Comparison.FLOAT, b"0.3333333\n", b"0.33333331\n", True),
        (Comparison.FLOAT, b"0.3333333\n", b"0.3334\n", False),
        (Comparison.FLOAT, b"answer 1e9\n", b"answer 1000000000.0005\n", True),
        (Comparison.FLOAT, b"answer 1\n", b"result 1\n", False),
        (Comparison.FLOAT, b"nan\n", b"nan\n", True),
        (Comparison.UNORDERED_LINES, b"a 1\nb 2\n", b"b  2\na 1\n", True),
        (Comparison.UNORDERED_LINES, b"a 1\nb 2\n", b"a 1\na 1\n", False),
        (Comparison.JSON, b'[1, 2.0, {"k": true}]', b'[1,2.0000000001,{"k":true}]', True),
        (Comparison.JSON, b"[1, 2]", b"[2, 1]", False),
        (Comparison.JSON, b"true", b"1", False),
        (Comparison.JSON, b"1", b"1.0", True),
        (Comparison.JSON, b"[1]", b"not json", False),
        (Comparison.JSON, b'{"a": 1}', b'{"a": 1, "b": 2}', False),
    ],
)
def test_comparison_modes(mode: Comparison, expected: bytes, actual: bytes, same: bool) -> None:
    assert outputs_match(expected, actual, mode) is same


def test_tolerance_is_configurable() -> None:
    loose = Tolerance(absolute=0.01, relative=0)
    assert outputs_match(b"1.00\n", b"1.009\n", Comparison.FLOAT, loose)
    assert not outputs_match(b"1.00\n", b"1.02\n", Comparison.FLOAT, loose)


def test_first_difference_names_the_line() -> None:
    assert first_difference(b"1\n2\n3\n", b"1\n2\n4\n") == 3
    assert first_difference(b"1\n2\n", b"1\n") == 2
    assert first_difference(b"1\n", b"1\n") is None


CHECKER = """
import sys
_, expected, output = (open(path).read().split() for path in sys.argv[1:])
# Any pair of numbers that adds up to the expected sum is right.
if len(output) == 2 and sum(map(int, output)) == int(expected[0]):
    sys.exit(0)
print("the two numbers do not add up to", expected[0])
sys.exit(1)
"""


def test_checker_accepts_and_rejects_with_a_reason() -> None:
    assert run_checker(CHECKER, b"", b"10\n", b"3 7\n").accepted
    rejected = run_checker(CHECKER, b"", b"10\n", b"3 8\n")
    assert not rejected.accepted
    assert rejected.message == "the two numbers do not add up to 10"


def test_a_crashing_checker_is_the_checkers_fault() -> None:
    with pytest.raises(CheckerFailed, match="status 2"):
        run_checker("import sys\nsys.exit(2)\n", b"", b"", b"")


def test_a_slow_checker_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mockround.grading.checker.CHECKER_TIMEOUT_SECONDS", 0.5)
    with pytest.raises(CheckerFailed, match="ran for more than"):
        run_checker("while True:\n    pass\n", b"", b"", b"")
