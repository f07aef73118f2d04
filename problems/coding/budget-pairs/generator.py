#!/usr/bin/env python3
"""Writes tests/ for budget-pairs (seeded, deterministic). Run: python3 generator.py"""
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

ACCEPTED = os.path.join(HERE, "solutions/accepted/two_pointers.py")
BRUTE = os.path.join(HERE, "solutions/time_limit_exceeded/all_pairs.py")


def fmt(b, p):
    p = sorted(p)
    return f"{len(p)} {b}\n{' '.join(map(str, p))}\n"


def main():
    rng = random.Random(7301)
    reset()
    emit("sample", "1", fmt(10, [1, 3, 5, 7, 9]))
    emit("sample", "2", fmt(4, [2, 2, 2, 3]))
    hidden = [
        fmt(100, [5]),                                    # one item: no pair
        fmt(10, [5, 5]),                                  # exactly the budget
        fmt(9, [5, 5]),                                   # just over
        fmt(0, [0] * 50),                                 # all equal, every pair fits exactly
        fmt(-1, [0] * 50),                                # all equal, nothing fits
        fmt(-5, [-9, -4, -1, 0, 2, 3]),                   # vouchers and a negative budget
        fmt(2 * 10**9, [10**9] * 30),                     # maximum values
        fmt(-2 * 10**9, [-(10**9)] * 30),                 # minimum values
        fmt(1, [-3, -3, 4, 4, 4]),                        # duplicates on both sides
    ]
    for _ in range(5):
        n = rng.randint(2, 80)
        p = [rng.randint(-20, 20) for _ in range(n)]
        hidden.append(fmt(rng.randint(-30, 30), p))
    n = 2000
    hidden.append(fmt(rng.randint(-10**9, 10**9), [rng.randint(-10**9, 10**9) for _ in range(n)]))
    for i, text in enumerate(hidden, 1):
        emit("hidden", f"{i:02d}", text)
    big = len(hidden)
    n = 200000
    # Large: about half of all pairs fit; the answer needs 64 bits.
    emit("hidden", f"{big + 1:02d}", fmt(0, [rng.randint(-10**6, 10**6) for _ in range(n)]), brute=False)
    # Large: many equal prices exactly at half the budget.
    p = [rng.randint(0, 10**5) for _ in range(n // 2)] + [50000] * (n // 2)
    emit("hidden", f"{big + 2:02d}", fmt(100000, p), brute=False)


main()
