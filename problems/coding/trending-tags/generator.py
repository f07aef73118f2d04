#!/usr/bin/env python3
"""Writes tests/ for trending-tags (seeded, deterministic). Run: python3 generator.py"""
# --- shared test-writing helpers (kept in each generator so it is self-contained) ---
import importlib.util
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))


def load(relative):
    spec = importlib.util.spec_from_file_location(relative.replace("/", "_")[:-3], os.path.join(HERE, relative))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, FUNCTION)


def reset():
    shutil.rmtree(os.path.join(HERE, "tests"), ignore_errors=True)


def emit(folder, name, args, brute=True):
    """Write NAME.in ({"args": [...]}), NAME.ans from the accepted solution; cross-check small tests."""
    directory = os.path.join(HERE, "tests", folder)
    os.makedirs(directory, exist_ok=True)
    answer = json.loads(json.dumps(ACCEPTED(*json.loads(json.dumps(args)))))
    if brute:
        expected = json.loads(json.dumps(BRUTE(*json.loads(json.dumps(args)))))
        assert expected == answer, f"{folder}/{name}: accepted and brute force disagree"
    with open(os.path.join(directory, name + ".in"), "w") as handle:
        handle.write(json.dumps({"args": args}) + "\n")
    with open(os.path.join(directory, name + ".ans"), "w") as handle:
        handle.write(json.dumps(answer) + "\n")
# --- end of helpers ---

FUNCTION = "trending"
ACCEPTED = load("solutions/accepted/count_sort.py")
BRUTE = load("solutions/time_limit_exceeded/count_each.py")
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


def rand_tag(rng, low=1, high=8):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(low, high)))


def main():
    rng = random.Random(2718)
    reset()
    emit("sample", "1", [["cats", "sunset", "cats", "food", "sunset", "cats", "art"], 2])
    emit("sample", "2", [["zoo", "bay", "moon", "bay", "zoo", "moon"], 2])
    emit("sample", "3", [["solo"], 5])
    hidden = [
        [["a"], 1],                                            # minimal
        [["x", "x", "x"], 3],                                  # k above the number of tags
        [["b", "a", "c"], 3],                                  # all tied at 1: alphabetical
        [["zeta", "alpha", "zeta", "alpha", "mid"], 1],        # tie for first: alphabetical
        [["a1", "a", "a10", "a2", "b", "1a", "9"], 7],         # digits sort before letters
        [["abc", "ab", "abcd", "ab", "abc", "abcd"], 2],       # prefixes
        [["q"] * 50 + ["p"] * 50 + ["r"] * 49, 2],
        [["late"] * 3 + ["early"] * 3 + ["late", "early"], 2],  # first appearance is not the order
    ]
    for _ in range(5):
        pool = [rand_tag(rng, 1, 3) for _ in range(rng.randint(1, 12))]
        tags = [rng.choice(pool) for _ in range(rng.randint(1, 80))]
        hidden.append([tags, rng.randint(1, 15)])
    pool = [rand_tag(rng) for _ in range(300)]
    hidden.append([[rng.choice(pool) for _ in range(3000)], 50])
    for i, args in enumerate(hidden, 1):
        emit("hidden", f"{i:02d}", args)
    big = len(hidden)
    n = 100000
    # Large: 30000 different tags; many ties.
    pool = sorted({rand_tag(rng, 3, 7) for _ in range(30000)})
    rng.shuffle(pool)
    tags = [rng.choice(pool) for _ in range(n)]
    emit("hidden", f"{big + 1:02d}", [tags, 100], brute=False)
    # Large: every tag different, so every count is 1 and the order is alphabetical.
    tags = list({rand_tag(rng, 6, 9) for _ in range(n)})
    rng.shuffle(tags)
    emit("hidden", f"{big + 2:02d}", [tags, 1000], brute=False)


main()
