"""Writes tests/ for typo-repair-cost. Seeded and deterministic: python3 generator.py"""

import functools
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent


def solve(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[len(b)]


def brute(a, b):  # the recurrence from the front, memoised (small inputs only)
    @functools.lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return go(i + 1, j + 1)
        return 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))

    return go(0, 0)


def rand_str(rng, n, alphabet="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mutate(rng, s, k):
    s = list(s)
    for _ in range(k):
        op = rng.randrange(3)
        pos = rng.randrange(len(s) + 1)
        if op == 0:
            s.insert(pos, rng.choice("abcdefghijklmnopqrstuvwxyz"))
        elif s and pos < len(s):
            if op == 1:
                del s[pos]
            else:
                s[pos] = rng.choice("abcdefghijklmnopqrstuvwxyz")
    return "".join(s)


def main():
    rng = random.Random(1618)
    samples = [("kitten", "sitting"), ("flaw", "lawn")]
    hidden = [
        ("", ""),
        ("", "abc"),
        ("abcd", ""),
        ("same", "same"),
        ("a", "b"),
        ("abc", "abcxyz"),  # a prefix
        ("xyzabc", "abc"),  # a suffix
        ("abcdef", "fedcba"),  # reversed
        ("aaaa", "aaaaaaa"),  # repeated letters
        ("intention", "execution"),
        ("qwerty", "asdfgh"),  # nothing in common
        ("ab", "ba"),  # a swap costs two
    ]
    for _ in range(5):
        hidden.append((rand_str(rng, rng.randint(0, 10), "abc"), rand_str(rng, rng.randint(0, 10), "abc")))
    # large: two random strings over four letters
    hidden.append((rand_str(rng, 2000, "acgt"), rand_str(rng, 2000, "acgt")))
    # large: a string and a copy with 150 random edits
    base = rand_str(rng, 2000)
    hidden.append((base, mutate(rng, base, 150)[:2000]))
    # large against empty
    hidden.append((rand_str(rng, 2000), ""))

    for folder in ("sample", "hidden"):
        d = HERE / "tests" / folder
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    sys.setrecursionlimit(10000)
    for kind, tests, width in (("sample", samples, 1), ("hidden", hidden, 2)):
        for i, (a, b) in enumerate(tests, 1):
            ans = solve(a, b)
            if len(a) + len(b) <= 200:
                assert ans == brute(a, b), (kind, i, a, b)
            name = f"{i:0{width}d}"
            (HERE / "tests" / kind / f"{name}.in").write_text(json.dumps({"args": [a, b]}) + "\n")
            (HERE / "tests" / kind / f"{name}.ans").write_text(json.dumps(ans) + "\n")
    print(len(samples), "samples,", len(hidden), "hidden")


if __name__ == "__main__":
    main()
