#!/usr/bin/env python3
"""Writes tests/ for best-k-day-window (seeded, deterministic). Run: python3 generator.py"""
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

ACCEPTED = os.path.join(HERE, "solutions/accepted/rolling.py")
BRUTE = os.path.join(HERE, "solutions/time_limit_exceeded/sum_each_window.py")


def fmt(k, p):
    return f"{len(p)} {k}\n{' '.join(map(str, p))}\n"


def main():
    rng = random.Random(4242)
    reset()
    emit("sample", "1", fmt(3, [4, -2, 5, -10, 6, 3]))
    emit("sample", "2", fmt(2, [-5, -1, -3, -2]))
    hidden = [
        fmt(1, [-7]),                                  # one day, a loss
        fmt(1, [0]),                                   # one day, zero
        fmt(5, [3, -1, 4, -1, 5]),                     # k = n
        fmt(2, [-3] * 8),                              # all equal losses: the first run
        fmt(3, [2, 2, 2, 2, 2, 2]),                    # all equal gains: the first run
        fmt(1, [-9, -2, -5, -2]),                      # k = 1, tie between days 2 and 4
        fmt(3, [10**9] * 10),                          # maximum values
        fmt(4, [-(10**9)] * 10),                       # minimum values, all runs equal
        fmt(2, [1, -1, 1, -1, 1, -1, 0, 0]),           # ties at 0
    ]
    for _ in range(5):
        n = rng.randint(1, 50)
        hidden.append(fmt(rng.randint(1, n), [rng.randint(-10, 10) for _ in range(n)]))
    n = 1500
    hidden.append(fmt(700, [rng.randint(-10**9, 10**9) for _ in range(n)]))
    n = 1000
    hidden.append(fmt(300, [rng.randint(-10**9, -1) for _ in range(n)]))
    for i, text in enumerate(hidden, 1):
        emit("hidden", f"{i:02d}", text)
    big = len(hidden)
    # Large: long windows, mixed signs.
    n = 150000
    emit("hidden", f"{big + 1:02d}", fmt(n // 2, [rng.randint(-10**5, 10**5) for _ in range(n)]), brute=False)
    # Large: every day a loss, long windows.
    n = 100000
    emit("hidden", f"{big + 2:02d}", fmt(40000, [-rng.randint(1, 10**4) for _ in range(n)]), brute=False)


main()
