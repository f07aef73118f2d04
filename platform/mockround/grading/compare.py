"""Output comparison, done outside the sandbox: the candidate's raw output against the expected one."""

from __future__ import annotations

import enum
import json
import math
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Comparison(enum.StrEnum):
    WHITESPACE = "whitespace"  # the same tokens on the same lines (the default)
    EXACT = "exact"  # byte for byte
    FLOAT = "float"  # tokens equal, numbers within the tolerance
    UNORDERED_LINES = "unordered_lines"  # the same lines in any order, whitespace-tolerant
    JSON = "json"  # the same JSON value, numbers within the tolerance (function-style problems)
    CHECKER = "checker"  # the problem's own checker decides


class Tolerance(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    absolute: float = Field(default=1e-6, ge=0)
    relative: float = Field(default=1e-6, ge=0)

    def close(self, expected: float, actual: float) -> bool:
        if math.isnan(expected) or math.isnan(actual):
            return math.isnan(expected) and math.isnan(actual)
        return math.isclose(actual, expected, rel_tol=self.relative, abs_tol=self.absolute)


def outputs_match(
    expected: bytes, actual: bytes, mode: Comparison, tolerance: Tolerance | None = None
) -> bool:
    tolerance = tolerance or Tolerance()
    if mode is Comparison.EXACT:
        return expected == actual
    if mode is Comparison.UNORDERED_LINES:
        return sorted(map(tuple, _normalise(expected))) == sorted(map(tuple, _normalise(actual)))
    if mode is Comparison.FLOAT:
        return _tokens_close(_normalise(expected), _normalise(actual), tolerance)
    if mode is Comparison.JSON:
        try:
            return _json_equal(json.loads(expected), json.loads(actual), tolerance)
        except ValueError:
            return False
    if mode is Comparison.CHECKER:
        raise ValueError("a checker comparison is made by grading.checker, not here")
    return _normalise(expected) == _normalise(actual)


def _normalise(data: bytes) -> list[list[bytes]]:
    lines = [line.split() for line in data.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _tokens_close(expected: list[list[bytes]], actual: list[list[bytes]], tolerance: Tolerance) -> bool:
    if [len(line) for line in expected] != [len(line) for line in actual]:
        return False
    for want_line, got_line in zip(expected, actual, strict=True):
        for want, got in zip(want_line, got_line, strict=True):
            if want == got:
                continue
            try:
                if not tolerance.close(float(want), float(got)):
                    return False
            except ValueError:
                return False
    return True


def _json_equal(expected: Any, actual: Any, tolerance: Tolerance) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        if isinstance(expected, int) and isinstance(actual, int):
            return expected == actual
        return tolerance.close(float(expected), float(actual))
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(
            _json_equal(want, got, tolerance) for want, got in zip(expected, actual, strict=True)
        )
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(
            _json_equal(expected[key], actual[key], tolerance) for key in expected
        )
    return bool(expected == actual)


def first_difference(expected: bytes, actual: bytes) -> int | None:
    """The line number (1-based) where two outputs first differ, for showing a candidate a sample."""
    expected_lines, actual_lines = _normalise(expected), _normalise(actual)
    for number, (left, right) in enumerate(zip(expected_lines, actual_lines, strict=False), start=1):
        if left != right:
            return number
    if len(expected_lines) != len(actual_lines):
        return min(len(expected_lines), len(actual_lines)) + 1
    return None
