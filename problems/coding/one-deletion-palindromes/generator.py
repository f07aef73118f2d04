#!/usr/bin/env python3
"""Writes tests/ for one-deletion-palindromes (seeded, deterministic). Run: python3 generator.py"""
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

FUNCTION = "repairable"
ACCEPTED = load("solutions/accepted/two_pointers.py")
BRUTE = load("solutions/time_limit_exceeded/try_every_deletion.py")


def palindrome(rng, n, alphabet):
    half = "".join(rng.choice(alphabet) for _ in range(n // 2))
    middle = rng.choice(alphabet) if n % 2 else ""
    return half + middle + half[::-1]


def insert(rng, word, alphabet, at=None):
    at = rng.randint(0, len(word)) if at is None else at
    return word[:at] + rng.choice(alphabet) + word[at:]


def right_only(word):
    """True when the word is repairable, but not by deleting the left character of the first mismatch."""
    i, j = 0, len(word) - 1
    while i < j and word[i] == word[j]:
        i, j = i + 1, j - 1
    if i >= j:
        return False
    left, right = word[i + 1 : j + 1], word[i:j]
    return left != left[::-1] and right == right[::-1]


def mixed_words(rng, count, low, high, alphabet):
    words = []
    for _ in range(count):
        n = rng.randint(low, high)
        kind = rng.random()
        if kind < 0.3:
            words.append(palindrome(rng, n, alphabet))
        elif kind < 0.6:
            words.append(insert(rng, palindrome(rng, n, alphabet), alphabet))
        elif kind < 0.8:  # two insertions: usually not repairable
            words.append(insert(rng, insert(rng, palindrome(rng, n, alphabet), alphabet), alphabet))
        else:
            words.append("".join(rng.choice(alphabet) for _ in range(n)))
    return words


def main():
    rng = random.Random(1221)
    reset()
    emit("sample", "1", [["racecar", "abca", "abc", "a", "deeee"]])
    emit("sample", "2", [["cbbcc", "aababbabbaa", "abcdea"]])
    hidden = [
        [["z"]],                                             # one letter
        [["ab", "aa", "abc", "aab", "baa", "aba"]],          # tiny words
        [["eeeeeeeeee", "eeeeeeeeeef", "feeeeeeeeee", "eeeeefeeeee", "eeeefeefeeee"]],
        [["abccbxa", "axbccba", "abcxcbya"]],                # the deleted letter on either side
        [["ccbcc", "cbccc", "cccbc", "bcccb", "bccbcb"]],
        [["xyzzyax", "abcdefgfedcbaz", "zabcdefgfedcba"]],
    ]
    for _ in range(5):
        hidden.append([mixed_words(rng, rng.randint(1, 40), 1, 12, "ab")])
    hidden.append([mixed_words(rng, 300, 1, 60, "abc")])
    hidden.append([mixed_words(rng, 50, 100, 800, "abcdefghijklmnopqrstuvwxyz")])
    # Only the right-hand deletion works, deep inside.
    hidden.append([[w for w in mixed_words(rng, 3000, 5, 15, "ab") if right_only(w)][:200]])
    for i, args in enumerate(hidden, 1):
        emit("hidden", f"{i:02d}", args)
    big = len(hidden)
    n = 200000
    # Large: two long near-palindromes; one needs a deletion near the end, one cannot be repaired.
    p = palindrome(rng, n - 1, "abcdefghijklmnopqrstuvwxyz")
    fixable = p[: n - 10] + "q" + p[n - 10 :]
    p = palindrome(rng, n - 2, "abcdefghijklmnopqrstuvwxyz")
    broken = p[:5] + "q" + p[5 : n - 10] + "r" + p[n - 10 :]
    emit("hidden", f"{big + 1:02d}", [[fixable, broken]], brute=False)
    # Large: ten thousand short words.
    emit("hidden", f"{big + 2:02d}", [mixed_words(rng, 10000, 1, 39, "abc")], brute=False)


main()
