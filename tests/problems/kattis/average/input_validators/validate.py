"""Checks that a test input follows the statement: n, then n integers within the bounds."""

import sys

tokens = sys.stdin.read().split()
n = int(tokens[0])
assert 1 <= n <= 100_000
values = [int(token) for token in tokens[1:]]
assert len(values) == n
assert all(-(10**6) <= value <= 10**6 for value in values)
sys.exit(42)
