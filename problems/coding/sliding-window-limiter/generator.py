"""Writes tests/ for sliding-window-limiter: seeded, deterministic. Run: python3 generator.py

The sample and hidden tests 01-08 are written out by hand below; 09-12 are seeded random. Answers come
from solutions/accepted/deque_log.py and are cross-checked against the brute force below (counts the
whole log of allowed requests on every call) on every test of up to 5000 calls.
"""

import importlib.util
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "RateLimiter"


def load(path):
    spec = importlib.util.spec_from_file_location("solution", os.path.join(HERE, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, NAME)


class Brute:
    def __init__(self, limit, window):
        self.limit, self.window, self.log = limit, window, []

    def allow(self, user, t):
        if sum(1 for u, s in self.log if u == user and t - self.window < s <= t) < self.limit:
            self.log.append((user, t))
            return True
        return False


def run(cls, calls):
    obj = cls(*calls[0][1])
    return [None] + [getattr(obj, m)(*a) for m, a in calls[1:]]


def allows(limit, window, requests):
    return [[NAME, [limit, window]]] + [["allow", [u, t]] for u, t in requests]


def random_calls(rng, n, limit, window, users, max_step):
    calls = [[NAME, [limit, window]]]
    t = 0
    for _ in range(n):
        t += rng.randint(0, max_step)
        calls.append(["allow", [rng.choice(users), t]])
    return calls


def build():
    rng = random.Random(2026)
    sample = allows(2, 10, [("ada", 0), ("ada", 5), ("ada", 9), ("bob", 9), ("ada", 10)])
    hidden = []
    # 01 limit 1, window 1: a new second frees the single slot
    hidden.append(allows(1, 1, [("a", 0), ("a", 0), ("a", 1), ("a", 1), ("a", 2)]))
    # 02 a burst above the limit inside one window
    hidden.append(allows(3, 100, [("a", t) for t in range(10)]))
    # 03 users are independent; a request exactly `window` old no longer counts
    hidden.append(allows(2, 5, [("a", 0), ("b", 0), ("a", 4), ("b", 5), ("a", 5), ("a", 9), ("a", 10)]))
    # 04 a window of 10^9: nothing ever leaves it
    hidden.append(allows(5, 10**9, [("u", 1000 * i) for i in range(20)]))
    # 05 limit 1: allowed again exactly `window` later
    hidden.append(allows(1, 10, [("x", 0), ("x", 9), ("x", 10), ("x", 19), ("x", 20)]))
    # 06 the constructor only
    hidden.append(allows(2, 3, []))
    # 07 maximum limit, a single call
    hidden.append(allows(100000, 1, [("solo", 0)]))
    # 08 non-ASCII user ids are distinct from their look-alikes
    hidden.append(allows(3, 7, [("\u00e9-user", 0), ("\u00e9-user", 1), ("e-user", 1), ("\u00e9-user", 2),
                                ("\u00e9-user", 7), ("\u00e9-user", 8)]))
    # 09 random, few users, dense
    hidden.append(random_calls(rng, 300, 3, 10, ["a", "b", "c", "d", "e"], 3))
    # 10 random, many users
    hidden.append(random_calls(rng, 2000, 7, 50, [f"user{i}" for i in range(41)], 2))
    # 11 large: one hot user with a high limit (a rescan of the whole log on every call is quadratic)
    calls = [[NAME, [12500, 100000]]]
    t = 0
    for _ in range(25000):
        t += rng.randint(0, 1)
        calls.append(["allow", ["hot", t]])
    hidden.append(calls)
    # 12 many users, ten requests a second
    hidden.append(allows(20, 1000, [(f"u{i % 600}", i // 10) for i in range(12000)]))
    return [sample], hidden


def write(folder, name, calls, accepted):
    answer = run(accepted, calls)
    if len(calls) <= 5001:
        assert answer == run(Brute, calls), (folder, name)
    with open(os.path.join(folder, name + ".in"), "w") as f:
        f.write(json.dumps({"calls": calls}) + "\n")
    with open(os.path.join(folder, name + ".ans"), "w") as f:
        f.write(json.dumps(answer) + "\n")


def main():
    accepted = load("solutions/accepted/deque_log.py")
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
