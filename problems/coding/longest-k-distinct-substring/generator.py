#!/usr/bin/env python3
"""Writes tests/ for longest-k-distinct-substring (seeded, deterministic). Run: python3 generator.py"""
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

ACCEPTED = os.path.join(HERE, "solutions/accepted/window.py")
BRUTE = os.path.join(HERE, "solutions/time_limit_exceeded/every_start.py")


def fmt(k, s):
    return f"{k}\n{s}\n"


def rand_word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def main():
    rng = random.Random(5150)
    reset()
    emit("sample", "1", fmt(2, "abaccc"))
    emit("sample", "2", fmt(1, "xxyyz"))
    hidden = [
        fmt(1, "q"),                                  # one letter
        fmt(3, "zz"),                                 # k above the number of letters
        fmt(1, "mmmmmmmmmm"),                         # all equal
        fmt(26, "abcdefghijklmnopqrstuvwxyz"),        # every letter, k = 26
        fmt(25, "abcdefghijklmnopqrstuvwxyz"),        # tie between first 25 and last 25
        fmt(1, "abcdef"),                             # every run of one letter ties
        fmt(2, "aabbccbbaa"),                         # ties: first wins
        fmt(2, "abcbbbbcccbdddadacb"),
    ]
    for _ in range(5):
        n = rng.randint(1, 60)
        hidden.append(fmt(rng.randint(1, 4), rand_word(rng, n, "abcde"[: rng.randint(1, 5)])))
    hidden.append(fmt(3, rand_word(rng, 3000, "abcdef")))
    for i, text in enumerate(hidden, 1):
        emit("hidden", f"{i:02d}", text)
    big = len(hidden)
    n = 200000
    # Large: every letter, k = 26: the whole string, and every start reaches the end.
    emit("hidden", f"{big + 1:02d}", fmt(26, rand_word(rng, n, "abcdefghijklmnopqrstuvwxyz")), brute=False)
    # Large: long blocks of few letters; several equally long runs.
    blocks = []
    while sum(map(len, blocks)) < n:
        blocks.append(rng.choice("abcdefgh") * rng.randint(1, 5000))
    s = "".join(blocks)[:n]
    emit("hidden", f"{big + 2:02d}", fmt(4, s), brute=False)
    # Large: a two-letter alphabet with k = 2, answer the whole string.
    emit("hidden", f"{big + 3:02d}", fmt(2, rand_word(rng, n, "ab")), brute=False)


main()
