#!/usr/bin/env python3
"""Writes tests/ for ledger-stretch-sum (seeded, deterministic). Run: python3 generator.py"""
# --- shared test-writing helpers (kept in each generator so it is self-contained) ---
import os
import random
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(path, text):
    return subprocess.run([sys.executable, path], input=text, capture_output=True, text=True, check=True).stdout


def lines_of(text):
    return [line.split() for line in text.strip().splitlines()]


def reset():
    shutil.rmtree(os.path.join(HERE, "tests"), ignore_errors=True)


def emit(folder, name, text, brute=True):
    """Write NAME.in, compute NAME.ans with the accepted solution, cross-check small tests by brute force."""
    directory = os.path.join(HERE, "tests", folder)
    os.makedirs(directory, exist_ok=True)
    answer = run(ACCEPTED, text)
    if brute:
        expected = run(BRUTE, text)
        assert lines_of(expected) == lines_of(answer), f"{folder}/{name}: accepted and brute force disagree"
    with open(os.path.join(directory, name + ".in"), "w") as handle:
        handle.write(text)
    with open(os.path.join(directory, name + ".ans"), "w") as handle:
        handle.write(answer)
# --- end of helpers ---

ACCEPTED = os.path.join(HERE, "solutions/accepted/prefix_map.py")
BRUTE = os.path.join(HERE, "solutions/time_limit_exceeded/every_stretch.py")


def fmt(t, a):
    return f"{len(a)} {t}\n{' '.join(map(str, a))}\n"


def main():
    rng = random.Random(20261129)
    reset()
    emit("sample", "1", fmt(5, [2, -1, 4, 3, -2, 5]))
    emit("sample", "2", fmt(0, [3, 1, -1, 2, -2]))
    emit("sample", "3", fmt(10, [1, 2, 3]))
    hidden = [
        fmt(7, [7]),                                   # one day, matches
        fmt(-7, [7]),                                  # one day, no match
        fmt(0, [0] * 10),                              # all zero: day 1 alone
        fmt(6, [1, 2, 3, 1, 2, 3]),                    # starts on day 1 (empty prefix needed)
        fmt(0, [5, 0, 5]),                             # a zero day in the middle
        fmt(-6, [-1, -2, -3, 4, -10]),                 # negatives, starts on day 1
        fmt(4, [4, -4, 4, -4, 4]),                     # repeated prefix sums: shortest wins
        fmt(10**15, [10**9] * 1000),                   # unreachable target
        fmt(3 * 10**9, [10**9, 10**9, 10**9, 10**9]),  # beyond 32-bit
    ]
    for _ in range(6):
        n = rng.randint(1, 60)
        a = [rng.randint(-5, 5) for _ in range(n)]
        hidden.append(fmt(rng.randint(-8, 8), a))
    for _ in range(2):
        n = 2000
        a = [rng.randint(-10**9, 10**9) for _ in range(n)]
        l = rng.randint(n // 2, n - 1)
        r = rng.randint(l, n - 1)
        hidden.append(fmt(sum(a[l : r + 1]), a))
    for i, text in enumerate(hidden, 1):
        emit("hidden", f"{i:02d}", text)
    n = 100000
    big = len(hidden)
    # Large: no stretch matches (every stretch of positive days falls short of t).
    emit("hidden", f"{big + 1:02d}", fmt(10**15, [rng.randint(1, 10**6) for _ in range(n)]), brute=False)
    # Large: a zero-sum stretch only at the very end.
    a = [rng.randint(1, 10**6) for _ in range(n)]
    a[-3:] = [5, -5, 1]
    emit("hidden", f"{big + 2:02d}", fmt(0, a), brute=False)

main()
