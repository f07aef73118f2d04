"""Output comparison, done outside the sandbox."""

from __future__ import annotations

import enum


class Comparison(enum.StrEnum):
    WHITESPACE = "whitespace"
    EXACT = "exact"


def outputs_match(expected: bytes, actual: bytes, mode: Comparison) -> bool:
    if mode is Comparison.EXACT:
        return expected == actual
    # Whitespace-tolerant: the same tokens on the same lines, ignoring trailing blank lines.
    return _normalise(expected) == _normalise(actual)


def _normalise(data: bytes) -> list[list[bytes]]:
    lines = [line.split() for line in data.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def first_difference(expected: bytes, actual: bytes) -> int | None:
    """The line number (1-based) where two outputs first differ, for showing a candidate a sample."""
    expected_lines, actual_lines = _normalise(expected), _normalise(actual)
    for number, (left, right) in enumerate(zip(expected_lines, actual_lines, strict=False), start=1):
        if left != right:
            return number
    if len(expected_lines) != len(actual_lines):
        return min(len(expected_lines), len(actual_lines)) + 1
    return None
