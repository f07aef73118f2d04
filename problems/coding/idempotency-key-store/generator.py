"""Writes tests/ for idempotency-key-store: seeded, deterministic. Run: python3 generator.py

Answers come from solutions/accepted/expiry_queue.py and are cross-checked against the brute force
below (checks every stored key's time on every call) on every test of up to 5000 calls.
"""

import importlib.util
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "IdempotencyStore"


def load(path):
    spec = importlib.util.spec_from_file_location("solution", os.path.join(HERE, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, NAME)


class Brute:
    def __init__(self, ttl):
        self.ttl, self.d = ttl, {}

    def _get(self, key, t):
        e = self.d.get(key)
        return e if e is not None and e[2] <= t < e[2] + self.ttl else None

    def handle(self, key, h, t, response):
        e = self._get(key, t)
        if e is None:
            self.d[key] = (h, response, t)
            return ["miss", response]
        return ["hit", e[1]] if e[0] == h else ["conflict", None]

    def forget(self, key, t):
        if self._get(key, t) is None:
            return False
        del self.d[key]
        return True

    def size(self, t):
        return sum(1 for k in self.d if self._get(k, t) is not None)


def run(cls, calls):
    obj = cls(*calls[0][1])
    return [None] + [getattr(obj, m)(*a) for m, a in calls[1:]]


def b36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def random_calls(rng, n, ttl, keys, hashes, max_step, shares=(0.7, 0.1), t0=0):
    calls = [[NAME, [ttl]]]
    t = t0
    for i in range(n):
        t = min(t + rng.randint(0, max_step), 10**9)
        r = rng.random()
        key = b36(rng.randrange(keys))
        if r < shares[0]:
            calls.append(["handle", [key, "abcdefgh"[rng.randrange(hashes)], t, "r" + b36(i)]])
        elif r < shares[0] + shares[1]:
            calls.append(["forget", [key, t]])
        else:
            calls.append(["size", [t]])
    return calls


def build():
    rng = random.Random(99)
    sample = [[NAME, [10]], ["handle", ["k1", "h1", 0, "201 order=1"]], ["handle", ["k1", "h1", 3, "201 order=2"]],
              ["handle", ["k1", "h9", 4, "201 order=3"]], ["handle", ["k2", "h2", 5, "201 order=4"]], ["size", [9]],
              ["size", [10]], ["handle", ["k1", "h9", 10, "201 order=5"]], ["forget", ["k2", 11]],
              ["forget", ["k2", 12]], ["size", [12]]]
    hidden = []
    # 01 an empty store
    hidden.append([[NAME, [5]], ["size", [0]], ["forget", ["nope", 3]], ["size", [10**9]]])
    # 02 the expiry boundary: live at s + ttl - 1, gone at s + ttl
    hidden.append([[NAME, [5]], ["handle", ["a", "x", 0, "one"]], ["handle", ["a", "x", 4, "two"]], ["size", [4]],
                   ["size", [5]], ["handle", ["a", "x", 5, "three"]], ["handle", ["a", "y", 9, "four"]],
                   ["handle", ["a", "y", 10, "five"]], ["handle", ["a", "y", 14, "six"]]])
    # 03 a hit does not extend the lifetime
    hidden.append([[NAME, [5]], ["handle", ["a", "x", 0, "one"]], ["handle", ["a", "x", 4, "two"]],
                   ["handle", ["a", "x", 6, "three"]], ["handle", ["a", "x", 8, "four"]], ["size", [10]],
                   ["size", [11]]])
    # 04 conflicts change nothing; after expiry the other body is stored
    hidden.append([[NAME, [100]], ["handle", ["pay", "aa", 1, "ok-1"]], ["handle", ["pay", "bb", 2, "ok-2"]],
                   ["handle", ["pay", "bb", 3, "ok-3"]], ["handle", ["pay", "aa", 4, "ok-4"]], ["size", [100]],
                   ["handle", ["pay", "bb", 101, "ok-5"]], ["handle", ["pay", "aa", 150, "ok-6"]],
                   ["handle", ["pay", "bb", 200, "ok-7"]], ["size", [200]], ["size", [201]]])
    # 05 forget: live, twice, expired, unknown; a key stored again after forget keeps its new lifetime
    hidden.append([[NAME, [10]], ["handle", ["a", "x", 0, "1"]], ["handle", ["b", "x", 0, "2"]],
                   ["forget", ["a", 2]], ["forget", ["a", 3]], ["size", [3]], ["handle", ["a", "z", 4, "3"]],
                   ["size", [9]], ["size", [10]], ["handle", ["a", "z", 13, "4"]], ["forget", ["b", 13]],
                   ["forget", ["zzz", 13]], ["size", [13]], ["size", [14]], ["forget", ["a", 14]], ["size", [14]]])
    # 06 forget and store again at the same instant, several times
    hidden.append([[NAME, [3]]] + [c for i in range(5) for c in (["handle", ["k", f"h{i}", 7, f"r{i}"]],
                                                                  ["size", [7]], ["forget", ["k", 7]])]
                  + [["handle", ["k", "h9", 7, "last"]], ["size", [9]], ["size", [10]], ["handle", ["k", "h9", 10, "new"]]])
    # 07 ttl 1: a key lives for one second only
    hidden.append(random_calls(rng, 2000, 1, 5, 2, 1))
    # 08 few keys, many retries and conflicts
    hidden.append(random_calls(rng, 2000, 50, 8, 2, 3))
    # 09 many keys, long ttl, frequent size queries
    hidden.append(random_calls(rng, 2000, 10**9, 400, 3, 10**5, (0.6, 0.1)))
    # 10 everything at the same instant
    hidden.append(random_calls(rng, 2000, 20, 30, 2, 0, t0=555))
    # 11 forget-heavy
    hidden.append(random_calls(rng, 2000, 30, 20, 2, 2, (0.45, 0.4)))
    # 12 large: 4.4 * 10^4 calls, 6 * 10^4 possible keys living long, a size query in every other call
    hidden.append(random_calls(rng, 44000, 10**6, 60000, 2, 2, (0.45, 0.05)))
    # 13 many keys expiring steadily
    hidden.append(random_calls(rng, 4000, 500, 3000, 3, 2))
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
    accepted = load("solutions/accepted/expiry_queue.py")
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
