#!/usr/bin/env python3
"""Writes tests/ for range-count-queries (seeded, deterministic). Run: python3 generator.py"""
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

ACCEPTED = os.path.join(HERE, "solutions/accepted/bisect_counts.py")
BRUTE = os.path.join(HERE, "solutions/time_limit_exceeded/scan_each.py")


def fmt(readings, queries):
    lines = [f"{len(readings)} {len(queries)}", " ".join(map(str, readings))]
    lines += [f"{lo} {hi}" for lo, hi in queries]
    return "\n".join(lines) + "\n"


def rand_queries(rng, q, low, high, pool=()):
    out = []
    for _ in range(q):
        if pool and rng.random() < 0.5:
            a, b = rng.choice(pool), rng.choice(pool)   # hit existing values exactly
        else:
            a, b = rng.randint(low, high), rng.randint(low, high)
        out.append((min(a, b), max(a, b)))
    return out


def main():
    rng = random.Random(99)
    reset()
    emit("sample", "1", fmt([250, -30, 120, 250, 400, 0], [(0, 250), (-100, -31), (251, 1000), (250, 250)]))
    hidden = [
        fmt([5], [(5, 5), (4, 4), (6, 10), (-10**9, 10**9)]),                 # one reading
        fmt([7] * 20, [(7, 7), (6, 7), (7, 8), (8, 9), (0, 6)]),              # all equal
        fmt(list(range(1, 21)), [(1, 20), (0, 0), (21, 21), (3, 3), (5, 15)]),  # already sorted
        fmt(list(range(20, 0, -1)), [(10, 10), (10, 11), (-5, 1), (20, 30)]),  # reverse sorted
        fmt([-10**9, 10**9, 0, -10**9, 10**9], [(-10**9, -10**9), (10**9, 10**9), (-10**9, 10**9), (1, 10**9 - 1)]),
        fmt([-3, -1, -2, -5], [(-4, -2), (-5, -5), (-1, 0)]),                 # negatives
    ]
    for _ in range(5):
        n = rng.randint(1, 40)
        readings = [rng.randint(-15, 15) for _ in range(n)]
        hidden.append(fmt(readings, rand_queries(rng, rng.randint(1, 30), -20, 20, readings)))
    readings = [rng.randint(-10**9, 10**9) for _ in range(2000)]
    hidden.append(fmt(readings, rand_queries(rng, 500, -10**9, 10**9, readings)))
    for i, text in enumerate(hidden, 1):
        emit("hidden", f"{i:02d}", text)
    big = len(hidden)
    n = q = 100000
    readings = [rng.randint(-10**5, 10**5) for _ in range(n)]
    emit("hidden", f"{big + 1:02d}", fmt(readings, rand_queries(rng, q, -10**5, 10**5, readings)), brute=False)
    n = q = 25000
    readings = [rng.randint(0, 1000) for _ in range(n)]      # many duplicates
    emit("hidden", f"{big + 2:02d}", fmt(readings, rand_queries(rng, q, -5, 1005, readings)), brute=False)


main()
