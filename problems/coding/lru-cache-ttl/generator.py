"""Writes tests/ for lru-cache-ttl: python3 generator.py (deterministic).

Answers come from solutions/accepted/ordered_heap.py and are cross-checked against the brute force below
on every test small enough for it."""

import importlib.util
import json
import random
from pathlib import Path

HERE = Path(__file__).parent


def load_accepted():
    spec = importlib.util.spec_from_file_location("accepted", HERE / "solutions/accepted/ordered_heap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TTLCache


class Brute:
    """Entries with a last-used stamp; everything found by scanning."""

    def __init__(self, capacity):
        self.cap = capacity
        self.e = {}  # key -> [value, expires_at, last_used]
        self.clock = 0

    def _live(self, t):
        return {k: v for k, v in self.e.items() if t < v[1]}

    def get(self, key, t):
        self.e = self._live(t)
        if key not in self.e:
            return None
        self.clock += 1
        self.e[key][2] = self.clock
        return self.e[key][0]

    def put(self, key, value, ttl, t):
        self.e = self._live(t)
        evicted = None
        if key not in self.e and len(self.e) == self.cap:
            evicted = min(self.e, key=lambda k: self.e[k][2])
            del self.e[evicted]
        self.clock += 1
        self.e[key] = [value, t + ttl, self.clock]
        return evicted

    def size(self, t):
        return len(self._live(t))


def run(cls, calls):
    obj = cls(*calls[0][1])
    return [None] + [getattr(obj, m)(*a) for m, a in calls[1:]]


def random_calls(rng, n, cap, keys, step, ttl_max, p_get=0.45, p_size=0.05, start=0, vmax=10**9):
    calls = [["TTLCache", [cap]]]
    t = start
    for _ in range(n):
        t += rng.randint(0, step)
        x = rng.random()
        if x < p_get:
            calls.append(["get", [rng.choice(keys), t]])
        elif x < p_get + p_size:
            calls.append(["size", [t]])
        else:
            calls.append(["put", [rng.choice(keys), rng.randint(0, vmax), rng.randint(1, ttl_max), t]])
    return calls


def main():
    rng = random.Random(2718)
    sample = [["TTLCache", [2]], ["put", ["a", 1, 10, 0]], ["put", ["b", 2, 100, 1]], ["get", ["a", 5]],
              ["put", ["c", 3, 100, 6]], ["get", ["b", 6]], ["size", [9]], ["size", [10]],
              ["put", ["d", 4, 5, 10]], ["put", ["d", 5, 1, 11]], ["get", ["d", 12]], ["get", ["c", 12]]]
    hidden = []
    # 01 capacity 1
    hidden.append([["TTLCache", [1]], ["put", ["x", 1, 5, 0]], ["put", ["y", 2, 5, 1]], ["get", ["x", 1]],
                   ["get", ["y", 2]], ["put", ["y", 3, 5, 3]], ["get", ["y", 7]], ["get", ["y", 8]],
                   ["put", ["x", 4, 1, 8]], ["size", [8]], ["size", [9]]])
    # 02 an empty cache
    hidden.append([["TTLCache", [3]], ["get", ["a", 0]], ["size", [0]], ["size", [10**9]], ["get", ["a", 10**9]]])
    # 03 the expiry boundary
    hidden.append([["TTLCache", [5]], ["put", ["k", 7, 10, 100]], ["get", ["k", 109]], ["size", [109]],
                   ["get", ["k", 110]], ["size", [110]], ["put", ["k", 8, 1, 110]], ["get", ["k", 110]],
                   ["get", ["k", 111]]])
    # 04 full, but an expired entry frees its slot (and is not reported as evicted)
    hidden.append([["TTLCache", [3]], ["put", ["a", 1, 100, 0]], ["put", ["b", 2, 5, 0]], ["put", ["c", 3, 100, 0]],
                   ["get", ["a", 1]], ["put", ["d", 4, 100, 5]], ["get", ["a", 5]], ["get", ["c", 5]],
                   ["put", ["e", 5, 100, 6]], ["size", [6]], ["get", ["d", 6]], ["get", ["a", 6]]])
    # 05 replacing a live key never evicts; re-putting an expired key is a new entry
    hidden.append([["TTLCache", [2]], ["put", ["a", 1, 3, 0]], ["put", ["b", 2, 50, 0]], ["put", ["a", 9, 3, 1]],
                   ["get", ["a", 3]], ["put", ["c", 3, 50, 4]], ["put", ["a", 4, 50, 4]], ["get", ["b", 4]],
                   ["size", [4]]])
    # 06 a miss does not change recency, a hit does
    hidden.append([["TTLCache", [3]], ["put", ["a", 1, 99, 0]], ["put", ["b", 2, 99, 0]], ["put", ["c", 3, 99, 0]],
                   ["get", ["z", 1]], ["get", ["a", 1]], ["put", ["d", 4, 99, 2]], ["get", ["b", 2]],
                   ["get", ["c", 2]], ["put", ["e", 5, 99, 3]], ["get", ["a", 3]], ["get", ["d", 3]]])
    # 07 one instant: plain LRU
    hidden.append(random_calls(rng, 400, 8, [f"p{i}" for i in range(20)], 0, 5))
    # 08 ttl 1: everything is gone a second later
    hidden.append(random_calls(rng, 300, 4, [f"q{i}" for i in range(10)], 1, 1))
    # 09-12 random small
    for n, cap, nk, step, ttl in [(200, 3, 6, 2, 8), (500, 10, 30, 1, 40), (1000, 25, 60, 3, 100),
                                  (2000, 50, 200, 5, 1000)]:
        hidden.append(random_calls(rng, n, cap, [f"c:{i}" for i in range(nk)], step, ttl))
    # 13 random medium, times near 10^9
    hidden.append(random_calls(rng, 5000, 500, [f"m{i}" for i in range(1500)], 1000, 10**9, start=10**9 - 10**7))
    # 14 large: 20000 slots, long TTLs, many evictions (scanning or list.remove is too slow)
    hidden.append(random_calls(rng, 60000, 20000, [format(i, "x") for i in range(60000)], 1, 10**6, 0.4, 0.01, 0, 999))
    # 15 large: 10000 slots, expirations, evictions and size calls
    hidden.append(random_calls(rng, 45000, 10000, [format(i, "x") for i in range(30000)], 1, 25000, 0.35, 0.1, 0, 999))

    Accepted = load_accepted()
    out = HERE / "tests"
    for folder, tests, name in [("sample", [sample], "{}"), ("hidden", hidden, "{:02d}")]:
        for i, calls in enumerate(tests, 1):
            got = run(Accepted, calls)
            if len(calls) <= 6000:
                assert got == run(Brute, calls), (folder, i)
            base = out / folder / name.format(i)
            base.with_suffix(".in").write_text(json.dumps({"calls": calls}, separators=(",", ":")) + "\n")
            base.with_suffix(".ans").write_text(json.dumps(got, separators=(",", ":")) + "\n")
            print(folder, i, sum(1 for r in got if isinstance(r, str)), "evictions")


if __name__ == "__main__":
    main()
