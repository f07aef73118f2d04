#!/usr/bin/env python3
"""Writes tests/ for next-taller-tower (seeded, deterministic). Run: python3 generator.py"""
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

ACCEPTED = os.path.join(HERE, "solutions/accepted/monotonic_stack.py")
BRUTE = os.path.join(HERE, "solutions/time_limit_exceeded/scan_east.py")


def fmt(h):
    return f"{len(h)}\n{' '.join(map(str, h))}\n"


def main():
    rng = random.Random(31337)
    reset()
    emit("sample", "1", fmt([30, 20, 25, 25, 40, 10, 40]))
    hidden = [
        fmt([5]),                                     # one tower
        fmt([3, 3]),                                  # equal: not taller
        fmt([3, 4]),
        fmt([7] * 30),                                # all equal
        fmt(list(range(1, 31))),                      # increasing: each picks the next
        fmt(list(range(30, 0, -1))),                  # decreasing: nobody is picked up
        fmt([10**9, 1, 10**9, 1, 10**9]),             # maximum heights
        fmt([2, 1, 1, 1, 3, 2, 2, 5]),                # runs of duplicates
        fmt([1, 5, 2, 4, 3, 6, 1, 6]),
    ]
    for _ in range(5):
        n = rng.randint(1, 60)
        hidden.append(fmt([rng.randint(1, 6) for _ in range(n)]))
    hidden.append(fmt([rng.randint(1, 10**9) for _ in range(3000)]))
    for i, text in enumerate(hidden, 1):
        emit("hidden", f"{i:02d}", text)
    big = len(hidden)
    n = 150000
    # Large: non-increasing heights with ties, so nobody is picked up and every scan runs to the end.
    h = sorted((rng.randint(1, 10**4) for _ in range(n)), reverse=True)
    emit("hidden", f"{big + 1:02d}", fmt(h), brute=False)
    # Large: a long decreasing slope, then one tall tower at the far east.
    n = 80000
    h = list(range(n - 1, 0, -1)) + [n]
    emit("hidden", f"{big + 2:02d}", fmt(h), brute=False)
    # Large: random heights with many duplicates.
    n = 50000
    emit("hidden", f"{big + 3:02d}", fmt([rng.randint(1, 100) for _ in range(n)]), brute=False)


main()
