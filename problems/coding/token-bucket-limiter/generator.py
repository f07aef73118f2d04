"""Writes tests/ for token-bucket-limiter: seeded, deterministic. Run: python3 generator.py

Answers come from solutions/accepted/millitokens.py and are cross-checked against the brute force
below (exact fractions of a token, refilled per call) on every test of up to 5000 calls.
"""

import importlib.util
import json
import os
import random
import shutil
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "TokenBucket"


def load(path):
    spec = importlib.util.spec_from_file_location("solution", os.path.join(HERE, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, NAME)


class Brute:
    def __init__(self, capacity, rate):
        self.capacity, self.rate, self.b = capacity, Fraction(rate, 1000), {}

    def _at(self, user, t):
        if user not in self.b:
            self.b[user] = [Fraction(self.capacity), t]
        tokens, last = self.b[user]
        self.b[user] = [min(Fraction(self.capacity), tokens + self.rate * (t - last)), t]
        return self.b[user]

    def allow(self, user, t, cost):
        b = self._at(user, t)
        if b[0] >= cost:
            b[0] -= cost
            return True
        return False

    def available(self, user, t):
        return int(self._at(user, t)[0])  # non-negative: int() rounds down


def run(cls, calls):
    obj = cls(*calls[0][1])
    return [None] + [getattr(obj, m)(*a) for m, a in calls[1:]]


def random_calls(rng, n, capacity, rate, users, max_step, max_cost, query_share=0.2, t0=0):
    calls = [[NAME, [capacity, rate]]]
    t = t0
    for _ in range(n):
        t = min(t + rng.randint(0, max_step), 10**9)
        user = rng.choice(users)
        if rng.random() < query_share:
            calls.append(["available", [user, t]])
        else:
            calls.append(["allow", [user, t, rng.randint(1, max_cost)]])
    return calls


def drip(capacity, rate, cost, steps, step=1, t0=0):
    """Drain the bucket, then poll every `step` ms and spend whenever a whole `cost` should be there."""
    calls = [[NAME, [capacity, rate]], ["allow", ["d", t0, capacity]]]
    t = t0
    for _ in range(steps):
        t += step
        calls.append(["available", ["d", t]])
        calls.append(["allow", ["d", t, cost]])
    return calls


def build():
    rng = random.Random(777)
    sample = [[NAME, [5, 2]], ["allow", ["ada", 0, 4]], ["allow", ["ada", 100, 2]], ["available", ["ada", 100]],
              ["allow", ["ada", 500, 2]], ["allow", ["bob", 500, 5]], ["available", ["ada", 10000]],
              ["allow", ["ada", 10000, 6]]]
    hidden = []
    # 01 a single query for a user never seen: a full bucket
    hidden.append([[NAME, [7, 1]], ["available", ["new", 123]]])
    # 02 cost equal to the capacity, above it, and the bucket created by the first call's time
    hidden.append([[NAME, [3, 1]], ["allow", ["a", 1000, 4]], ["allow", ["a", 1000, 3]], ["allow", ["a", 1000, 1]],
                   ["available", ["a", 1999]], ["allow", ["a", 2000, 1]], ["allow", ["a", 2999, 1]],
                   ["allow", ["a", 3000, 1]], ["available", ["a", 10**9]], ["allow", ["a", 10**9, 3]]])
    # 03-05 many small refills in a row: the exact sum reaches whole tokens (floating point drifts below)
    hidden.append(drip(10, 3, 1, 1500))
    hidden.append(drip(1, 7, 1, 2000, t0=5000))
    hidden.append(drip(4, 30, 2, 1500, step=3))
    # 06 idle for long: refill is capped at the capacity
    hidden.append([[NAME, [10, 1000]], ["allow", ["a", 0, 10]], ["available", ["a", 5]], ["available", ["a", 9]],
                   ["available", ["a", 10]], ["available", ["a", 100000]], ["allow", ["a", 100000, 10]],
                   ["allow", ["a", 100000, 1]], ["available", ["a", 100001]]])
    # 07 maximum values: capacity 10^9, rate 10^6, costs 10^9, t near 10^9
    hidden.append([[NAME, [10**9, 10**6]], ["allow", ["m", 0, 10**9]], ["available", ["m", 999]],
                   ["allow", ["m", 999, 999]], ["allow", ["m", 999, 1]], ["available", ["m", 10**6]],
                   ["allow", ["m", 10**6, 10**9]], ["allow", ["m", 10**6 + 1, 10**9]], ["available", ["m", 10**9]],
                   ["allow", ["m", 10**9, 10**9]], ["allow", ["other", 10**9, 10**9]], ["available", ["other", 10**9]]])
    # 08 many users at the same instant
    hidden.append(random_calls(rng, 2500, 5, 1, [f"u{i}" for i in range(300)], 0, 3, t0=42))
    # 09 random, slow refill, few users
    hidden.append(random_calls(rng, 2500, 20, 3, ["a", "b", "c"], 200, 6))
    # 10 random, fast refill, costs often above the capacity
    hidden.append(random_calls(rng, 2500, 50, 997, ["a", "b", "c", "d"], 20, 80))
    # 11 random, rate 1 token a second, one user, costs of 1
    hidden.append(random_calls(rng, 2500, 2, 1, ["solo"], 700, 1))
    # 12 large: 2 * 10^4 calls over ~10^6 ms
    hidden.append(random_calls(rng, 20000, 1000, 37, [f"u{i}" for i in range(50)] + ["h"] * 50, 100, 60, 0.25))
    # 13 many users, dense
    hidden.append(random_calls(rng, 4000, 8, 13, [f"u{i}" for i in range(2000)], 2, 4))
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
    accepted = load("solutions/accepted/millitokens.py")
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
