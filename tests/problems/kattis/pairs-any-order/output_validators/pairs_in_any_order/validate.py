"""Accepts the pairs in any order: exit 42 when the output holds the answer's lines, 43 otherwise."""

import sys
from pathlib import Path


def pairs(text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(line.split()) for line in text.splitlines() if line.strip())


expected = pairs(Path(sys.argv[2]).read_text(encoding="utf-8"))
sys.exit(42 if pairs(sys.stdin.read()) == expected else 43)
