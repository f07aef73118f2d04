"""SQL result sets: the `.ans` text format, the values a query returns, and how the two are compared.

An `.ans` file (and what a candidate sees of their own result) is a header line of column names, then one
line per row; cells are separated by a tab. `NULL` is SQL NULL; in a text cell, `\\t`, `\\n` and `\\\\`
stand for a tab, a line break and a backslash. Column names are shown, not compared: only the number of
columns, the rows and (for `rows: ordered`) their order count.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import json
import math
from collections.abc import Sequence

from mockround.grading.compare import Tolerance
from mockround.grading.job import RowOrder, SqlOptions

NULL = "NULL"
# A cell as the engines return it, after `to_cell`.
Cell = None | bool | int | float | decimal.Decimal | str


@dataclasses.dataclass(frozen=True)
class ResultTable:
    columns: list[str]
    rows: list[list[Cell]]


class MalformedResult(ValueError):
    """An `.ans` file that is not a result table."""


def parse_table(text: str) -> ResultTable:
    """Read an `.ans` file: the header, then rows of as many tab-separated cells."""
    lines = text.rstrip("\n").split("\n") if text.strip() else []
    if not lines or not lines[0].strip():
        raise MalformedResult("the first line must name the result's columns, separated by tabs")
    columns = [_unescape(name) for name in lines[0].split("\t")]
    rows: list[list[Cell]] = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise MalformedResult(
                f"line {number} has {len(cells)} cells but the header names {len(columns)} columns "
                "(cells are separated by one tab; write NULL for SQL NULL)"
            )
        rows.append([None if cell == NULL else _unescape(cell) for cell in cells])
    return ResultTable(columns, rows)


def format_table(table: ResultTable) -> str:
    """The text form of a result, as `.ans` files are written."""
    lines = ["\t".join(_escape(name) for name in table.columns)]
    lines += ["\t".join(_show(cell) for cell in row) for row in table.rows]
    return "\n".join(lines) + "\n"


def to_cell(value: object) -> Cell:
    """A value from a database driver as a comparable cell: dates and times become ISO text."""
    if value is None or isinstance(value, bool | int | float | decimal.Decimal | str):
        return value
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return "\\x" + bytes(value).hex()
    if isinstance(value, list | dict):
        return json.dumps(value, default=str)
    return str(value)


@dataclasses.dataclass(frozen=True)
class RowComparison:
    matches: bool
    # The first row (from 1) that differs, when the rows differ.
    first_difference: int | None = None
    reason: str | None = None


def compare_tables(
    expected: ResultTable, actual: ResultTable, options: SqlOptions, tolerance: Tolerance
) -> RowComparison:
    if len(actual.columns) != len(expected.columns):
        return RowComparison(
            False,
            1,
            f"the result has {len(actual.columns)} columns, {len(expected.columns)} are expected",
        )
    want, got = expected.rows, actual.rows
    if options.rows is RowOrder.UNORDERED:
        want = sorted(want, key=lambda row: _row_key(row, options.decimals))
        got = sorted(got, key=lambda row: _row_key(row, options.decimals))
    for index, (left, right) in enumerate(zip(want, got, strict=False), start=1):
        if not all(_same(e, a, options.decimals, tolerance) for e, a in zip(left, right, strict=True)):
            return RowComparison(False, index, f"row {index} differs")
    if len(want) != len(got):
        return RowComparison(
            False, min(len(want), len(got)) + 1, f"{len(got)} rows where {len(want)} are expected"
        )
    return RowComparison(True)


def _same(expected: Cell, actual: Cell, decimals: int | None, tolerance: Tolerance) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    left, right = _number(expected), _number(actual)
    if left is not None and right is not None:
        if decimals is not None:
            return _rounded(left, decimals) == _rounded(right, decimals)
        if math.isclose(left, right, rel_tol=0.0, abs_tol=0.0):
            return True
        gap = abs(left - right)
        return gap <= tolerance.absolute or gap <= tolerance.relative * max(abs(left), abs(right))
    return _text(expected) == _text(actual)


def _number(cell: Cell) -> float | None:
    """The cell as a number: booleans are 1 and 0 (SQLite has no boolean type), text only if numeric."""
    if isinstance(cell, bool):
        return 1.0 if cell else 0.0
    if isinstance(cell, int | float | decimal.Decimal):
        return float(cell)
    if isinstance(cell, str):
        lowered = cell.strip().lower()
        if lowered in ("true", "false"):
            return 1.0 if lowered == "true" else 0.0
        try:
            number = float(lowered)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def _rounded(number: float, decimals: int) -> decimal.Decimal:
    quantum = decimal.Decimal(1).scaleb(-decimals)
    return decimal.Decimal(repr(number)).quantize(quantum, rounding=decimal.ROUND_HALF_UP)


def _text(cell: Cell) -> str:
    text = str(cell)
    # A timestamp written with a T (ISO 8601) equals the same one written with a space (SQL).
    if len(text) >= 19 and text[4] == "-" and text[10] == "T" and text[13] == ":":
        text = text[:10] + " " + text[11:]
    return text


def _row_key(row: Sequence[Cell], decimals: int | None) -> tuple[tuple[int, float, str], ...]:
    key = []
    for cell in row:
        number = None if cell is None else _number(cell)
        if cell is None:
            key.append((0, 0.0, ""))
        elif number is not None:
            key.append((1, round(number, decimals if decimals is not None else 6), ""))
        else:
            key.append((2, 0.0, _text(cell)))
    return tuple(key)


def _show(cell: Cell) -> str:
    if cell is None:
        return NULL
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, float):
        return repr(cell) if not cell.is_integer() or abs(cell) >= 1e16 else f"{cell:.1f}"
    if isinstance(cell, decimal.Decimal):
        return format(cell, "f")
    return _escape(str(cell))


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            follower = text[index + 1]
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(follower, "\\" + follower))
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)
