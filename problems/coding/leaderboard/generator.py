"""Writes tests/ for leaderboard: python3 generator.py (deterministic).

Answers come from solutions/accepted/fenwick_heap.py and are cross-checked against the brute force below
on every test small enough for it."""

import importlib.util
import json
import random
from pathlib import Path

HERE = Path(__file__).parent


def load_accepted():
    spec = importlib.util.spec_from_file_location("accepted", HERE / "solutions/accepted/fenwick_heap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Leaderboard


class Brute:
    def __init__(self):
        self.t = {}

    def add_score(self, u, p):
        self.t[u] = self.t.get(u, 0) + p
        return self.t[u]

    def top(self, k):
        return [[u, -s] for s, u in sorted((-s, u) for u, s in self.t.items())[:k]]

    def rank(self, u):
        if u not in self.t:
            return -1
        return 1 + len([1 for s in self.t.values() if s > self.t[u]])

    def reset(self, u):
        return self.t.pop(u, 0)


def run(cls, calls):
    obj = cls(*calls[0][1])
    return [None] + [getattr(obj, m)(*a) for m, a in calls[1:]]


def random_calls(rng, n, users, pmax, kmax, mix=(0.55, 0.1, 0.28, 0.07)):
    calls = [["Leaderboard", []]]
    totals = {}
    for _ in range(n):
        x = rng.random()
        u = rng.choice(users)
        if x < mix[0]:
            p = rng.randint(1, pmax)
            if totals.get(u, 0) + p > 10**6:
                p = 10**6 - totals.get(u, 0)
            if p <= 0:
                calls.append(["rank", [u]])
                continue
            totals[u] = totals.get(u, 0) + p
            calls.append(["add_score", [u, p]])
        elif x < mix[0] + mix[1]:
            calls.append(["top", [rng.randint(1, kmax)]])
        elif x < mix[0] + mix[1] + mix[2]:
            calls.append(["rank", [u]])
        else:
            totals.pop(u, None)
            calls.append(["reset", [u]])
    return calls


def b36(i):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        s = digits[i % 36] + s
        i //= 36
        if not i:
            return s


def main():
    rng = random.Random(99)
    sample = [["Leaderboard", []], ["add_score", ["mia", 50]], ["add_score", ["ada", 40]],
              ["add_score", ["bob", 40]], ["add_score", ["cy", 30]], ["top", [3]], ["rank", ["bob"]],
              ["rank", ["cy"]], ["add_score", ["cy", 25]], ["rank", ["mia"]], ["reset", ["mia"]],
              ["rank", ["mia"]], ["top", [10]], ["reset", ["zed"]]]
    hidden = []
    # 01 an empty board
    hidden.append([["Leaderboard", []], ["top", [5]], ["rank", ["x"]], ["reset", ["x"]], ["top", [1]]])
    # 02 one user: adds, reset, back again
    hidden.append([["Leaderboard", []], ["add_score", ["solo", 1]], ["add_score", ["solo", 1000]],
                   ["rank", ["solo"]], ["top", [1]], ["reset", ["solo"]], ["reset", ["solo"]],
                   ["top", [3]], ["rank", ["solo"]], ["add_score", ["solo", 7]], ["top", [2]], ["rank", ["solo"]]])
    # 03 everyone tied
    hidden.append([["Leaderboard", []]] + [["add_score", [u, 10]] for u in ["e", "c", "a", "d", "b"]]
                  + [["top", [3]], ["top", [5]], ["rank", ["e"]], ["rank", ["a"]]])
    # 04 competition ranking with several tie groups
    calls = [["Leaderboard", []]]
    for u, p in [("p1", 90), ("p2", 90), ("p3", 90), ("p4", 70), ("p5", 70), ("p6", 50), ("p7", 10)]:
        calls.append(["add_score", [u, p]])
    calls += [["rank", [f"p{i}"]] for i in range(1, 8)]
    calls += [["add_score", ["p6", 40]], ["rank", ["p6"]], ["rank", ["p4"]], ["rank", ["p7"]],
              ["reset", ["p1"]], ["rank", ["p6"]], ["rank", ["p2"]], ["rank", ["p7"]], ["top", [4]]]
    hidden.append(calls)
    # 05 reset and re-added to the very same total, several times
    hidden.append([["Leaderboard", []], ["add_score", ["a", 5]], ["add_score", ["b", 5]], ["reset", ["a"]],
                   ["add_score", ["a", 5]], ["top", [5]], ["reset", ["a"]], ["add_score", ["a", 3]],
                   ["add_score", ["a", 2]], ["top", [5]], ["top", [1]], ["rank", ["a"]], ["reset", ["b"]],
                   ["add_score", ["b", 5]], ["top", [2]], ["top", [3]]])
    # 06 k larger than the board
    hidden.append([["Leaderboard", []], ["add_score", ["x", 3]], ["add_score", ["y", 4]], ["top", [100]],
                   ["top", [2]], ["top", [1]]])
    # 07 lexicographic ties: "u10" < "u9", "a" < "ab"
    hidden.append([["Leaderboard", []]] + [["add_score", [u, 42]] for u in ["u9", "u10", "ab", "a", "b0", "9"]]
                  + [["top", [6]], ["rank", ["u10"]], ["add_score", ["u9", 1]], ["top", [3]], ["rank", ["9"]]])
    # 08 totals up to 10^6
    calls = [["Leaderboard", []]]
    for _ in range(1000):
        calls.append(["add_score", ["max", 1000]])
    calls += [["add_score", ["near", 999]]] * 1 + [["add_score", ["near", 1000]] for _ in range(999)]
    calls += [["rank", ["max"]], ["rank", ["near"]], ["top", [2]], ["add_score", ["one", 1]], ["rank", ["one"]]]
    hidden.append(calls)
    # 09-12 random small
    for n, nu, pmax, kmax in [(100, 4, 3, 5), (300, 12, 10, 8), (800, 40, 50, 20), (2000, 150, 1000, 100)]:
        hidden.append(random_calls(rng, n, [b36(rng.randrange(10**6)) for _ in range(nu)], pmax, kmax))
    # 13 random medium, many ties (small points)
    hidden.append(random_calls(rng, 20000, [b36(i) for i in range(3000)], 5, 30))
    # 14 large: 25000 users, many rank and top calls
    users = [b36(i * 7919 % 10**6) for i in range(25000)]
    hidden.append(random_calls(rng, 50000, users, 1000, 5, (0.6, 0.08, 0.28, 0.04)))
    # 15 large: a few hot users get most points (a big stale heap), ranks of everyone
    users = [b36(i) for i in range(20000)]
    calls = [["Leaderboard", []]] + [["add_score", [u, rng.randint(1, 1000)]] for u in users]
    hot = users[:50]
    tot = {}
    for _ in range(30000):
        x = rng.random()
        if x < 0.5:
            u = rng.choice(hot)
            if tot.get(u, 0) < 900000:
                tot[u] = tot.get(u, 0) + 10
                calls.append(["add_score", [u, 10]])
        elif x < 0.55:
            calls.append(["top", [rng.randint(1, 10)]])
        else:
            calls.append(["rank", [rng.choice(users)]])
    hidden.append(calls)

    Accepted = load_accepted()
    out = HERE / "tests"
    for folder, tests, name in [("sample", [sample], "{}"), ("hidden", hidden, "{:02d}")]:
        for i, calls in enumerate(tests, 1):
            got = run(Accepted, calls)
            if len(calls) <= 25000:
                assert got == run(Brute, calls), (folder, i)
            base = out / folder / name.format(i)
            base.with_suffix(".in").write_text(json.dumps({"calls": calls}, separators=(",", ":")) + "\n")
            base.with_suffix(".ans").write_text(json.dumps(got, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
