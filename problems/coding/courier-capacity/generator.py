#!/usr/bin/env python3
"""Writes tests/ for courier-capacity (seeded, deterministic). Run: python3 generator.py"""
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

ACCEPTED = os.path.join(HERE, "solutions/accepted/search_capacity.py")
BRUTE = os.path.join(HERE, "solutions/time_limit_exceeded/try_each_capacity.py")


def days_needed(weights, capacity):
    days, load = 1, 0
    for w in weights:
        if load + w > capacity:
            days += 1
            load = 0
        load += w
    return days


def emit_checked(folder, name, d, weights, brute):
    """Every answer is also certified: it fits in d days, one less does not (or is below the heaviest)."""
    text = f"{len(weights)} {d}\n{' '.join(map(str, weights))}\n"
    emit(folder, name, text, brute)
    with open(os.path.join(HERE, "tests", folder, name + ".ans")) as handle:
        c = int(handle.read())
    assert c >= max(weights) and days_needed(weights, c) <= d, name
    assert c - 1 < max(weights) or days_needed(weights, c - 1) > d, name


def main():
    rng = random.Random(1812)
    reset()
    emit_checked("sample", "1", 3, [4, 8, 2, 5, 1, 6, 3], True)
    emit_checked("sample", "2", 3, [1, 100, 1], True)
    hidden = [
        (1, [17], True),                                 # one parcel
        (1, [3, 1, 4, 1, 5], True),                      # one day: the total
        (5, [3, 1, 4, 1, 5], True),                      # one parcel a day: the heaviest
        (3, [1, 100, 1, 100, 1], True),                  # heavy parcels dominate
        (2, [5] * 10, True),                             # all equal
        (3, [10**9] * 6, False),                         # maximum weights
        (2, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], True),      # sorted
        (4, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], True),      # reverse sorted
        (2, [1, 1, 1, 1, 1, 1, 1, 50], True),
    ]
    for _ in range(5):
        n = rng.randint(1, 40)
        hidden.append((rng.randint(1, n), [rng.randint(1, 30) for _ in range(n)], True))
    n = 3000
    hidden.append((rng.randint(1, 50), [rng.randint(1, 10**9) for _ in range(n)], False))
    for i, (d, weights, brute) in enumerate(hidden, 1):
        emit_checked("hidden", f"{i:02d}", d, weights, brute)
    big = len(hidden)
    n = 100000
    # Large: two days, so the answer is about half the total, far above the heaviest parcel.
    emit_checked("hidden", f"{big + 1:02d}", 2, [rng.randint(1, 10**4) for _ in range(n)], False)
    # Large: weights up to 10^9, a few hundred days; the answer needs 64 bits.
    emit_checked("hidden", f"{big + 2:02d}", 7, [rng.randint(1, 10**9) for _ in range(n)], False)


main()
