"""Writes tests/ for sliding-window-counter-limiter: seeded, deterministic. Run: python3 generator.py

Answers come from solutions/accepted/two_counters.py and are cross-checked against the brute force
below (a log of allowed requests, exact fractions) on every test of up to 5000 calls.
"""

import importlib.util
import json
import os
import random
import shutil
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "SlidingWindowCounter"


def load(path):
    spec = importlib.util.spec_from_file_location("solution", os.path.join(HERE, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, NAME)


class Brute:
    def __init__(self, limit, window):
        self.limit, self.window, self.log = limit, window, []

    def allow(self, user, t):
        k = t // self.window
        elapsed = t - k * self.window
        current = sum(1 for u, s in self.log if u == user and s // self.window == k)
        previous = sum(1 for u, s in self.log if u == user and s // self.window == k - 1)
        if Fraction(previous * (self.window - elapsed), self.window) + current < self.limit:
            self.log.append((user, t))
            return True
        return False


def run(cls, calls):
    obj = cls(*calls[0][1])
    return [None] + [getattr(obj, m)(*a) for m, a in calls[1:]]


def random_calls(rng, n, limit, window, users, max_step, t0=0):
    calls = [[NAME, [limit, window]]]
    t = t0
    for _ in range(n):
        t = min(t + rng.randint(0, max_step), 10**9)
        calls.append(["allow", [rng.choice(users), t]])
    return calls


def saturated(limit, t0=0):
    """window = limit. A full previous window, then two requests a second: the estimate hits the limit
    exactly on every second one (previous * (1 - e/window) + e == limit)."""
    window = limit
    calls = [[NAME, [limit, window]]]
    base = (t0 // window) * window
    calls += [["allow", ["s", base]] for _ in range(limit)]
    for e in range(1, window):
        calls += [["allow", ["s", base + window + e]], ["allow", ["s", base + window + e]]]
    return calls


def build():
    rng = random.Random(4242)
    sample = [[NAME, [3, 10]]] + [["allow", ["ada", t]] for t in (2, 5, 9, 9, 14, 14, 14, 17, 31)]
    hidden = []
    # 01 a single call
    hidden.append([[NAME, [1, 1]], ["allow", ["u", 0]]])
    # 02 limit 1, window 1: the previous second always weighs fully (elapsed is always 0)
    hidden.append([[NAME, [1, 1]]] + [["allow", ["u", t]] for t in (0, 0, 1, 2, 2, 4, 5, 5, 7)])
    # 03 elapsed 0 at the window start: the previous window weighs fully; rejected requests not counted
    hidden.append([[NAME, [2, 100]]] + [["allow", ["a", t]] for t in (0, 50, 99, 100, 100, 150, 151, 199, 200, 200, 250, 299)])
    # 04 skipped windows: previous is zero after a gap of two windows or more
    hidden.append([[NAME, [3, 10]]] + [["allow", ["a", t]] for t in (1, 2, 3, 4, 21, 22, 23, 24, 25, 39, 40, 41, 42, 43, 60, 61)]
                  + [["allow", ["b", t]] for t in (65, 66, 67, 68)])
    # 05-07 the estimate lands exactly on the limit (floating-point weights go wrong here)
    hidden.append(saturated(31))
    hidden.append(saturated(49, t0=1000))
    hidden.append(saturated(1000, t0=10**6))
    # 08 random, small window, few users
    hidden.append(random_calls(rng, 3000, 5, 10, ["a", "b", "c"], 2))
    # 09 random, many users, sparse (windows skipped)
    hidden.append(random_calls(rng, 5000, 4, 60, [f"u{i}" for i in range(40)], 25, t0=10**5))
    # 10 window 1
    hidden.append(random_calls(rng, 4000, 3, 1, ["a", "b"], 1))
    # 11 huge window, t close to 10^9 (products near 10^14)
    calls = [[NAME, [200000, 10**9]]]
    calls += [["allow", ["big", 999_999_000]] for _ in range(1500)]
    calls += [["allow", ["big", 10**9 + 0]] for _ in range(1500)]
    hidden.append(calls)
    # 12 limit larger than any use: everything allowed
    hidden.append(random_calls(rng, 2000, 200000, 7, ["a", "b"], 3))
    # 13 large: a heavy user with a high limit across a few windows, plus background users
    calls = [[NAME, [60000, 10**6]]]
    t = 0
    for _ in range(20000):
        t += rng.randint(0, 30)
        user = "h" if rng.random() < 0.9 else f"u{rng.randint(0, 999)}"
        calls.append(["allow", [user, t]])
    hidden.append(calls)
    # 14 many users, irregular steps
    hidden.append(random_calls(rng, 5000, 6, 97, [f"u{i}" for i in range(1000)], 3))
    return [sample], hidden


def write(folder, name, calls, accepted):
    answer = run(accepted, calls)
    if len(calls) <= 5001:
        assert answer == run(Brute, calls), (folder, name)
    with open(os.path.join(folder, name + ".in"), "w") as f:
        f.write(json.dumps({"calls": calls}, separators=(",", ":")) + "\n")
    with open(os.path.join(folder, name + ".ans"), "w") as f:
        f.write(json.dumps(answer, separators=(",", ":")) + "\n")


def main():
    accepted = load("solutions/accepted/two_counters.py")
    samples, hidden = build()
    for sub in ("sample", "hidden"):
        shutil.rmtree(os.path.join(HERE, "tests", sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, "tests", sub))
    for i, calls in enumerate(samples, 1):
        write(os.path.join(HERE, "tests/sample"), str(i), calls, accepted)
    for i, calls in enumerate(hidden, 1):
        write(os.path.join(HERE, "tests/hidden"), f"{i:02d}", calls, accepted)


if __name__ == "__main__":
    main()
