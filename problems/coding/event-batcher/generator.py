"""Writes tests/ for event-batcher: python3 generator.py (deterministic).

Answers come from solutions/accepted/batcher.py and are cross-checked against the brute force below on
every test small enough for it."""

import importlib.util
import json
import random
from pathlib import Path

HERE = Path(__file__).parent


def load_accepted():
    spec = importlib.util.spec_from_file_location("accepted", HERE / "solutions/accepted/batcher.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EventBatcher


class Brute:
    """Straight from the statement: every accepted (id, time) is kept and searched."""

    def __init__(self, max_size, max_delay, retention):
        self.k, self.d, self.r = max_size, max_delay, retention
        self.accepted = []
        self.batch = []  # (id, time)

    def tick(self, t):
        if self.batch and t >= self.batch[0][1] + self.d:
            out = [[e for e, _ in self.batch]]
            self.batch = []
            return out
        return []

    def add(self, eid, t):
        out = self.tick(t)
        if any(e == eid and t - s < self.r for e, s in self.accepted):
            return out
        self.accepted.append((eid, t))
        self.batch.append((eid, t))
        if len(self.batch) == self.k:
            out.append([e for e, _ in self.batch])
            self.batch = []
        return out

    def flush(self):
        out = [[e for e, _ in self.batch]] if self.batch else []
        self.batch = []
        return out


def run(cls, calls):
    obj = cls(*calls[0][1])
    return [None] + [getattr(obj, m)(*a) for m, a in calls[1:]]


def random_calls(rng, n, max_size, max_delay, retention, ids, step, p_tick=0.1, p_flush=0.01):
    calls = [["EventBatcher", [max_size, max_delay, retention]]]
    t = rng.randint(0, 5)
    for _ in range(n):
        t += rng.randint(0, step)
        x = rng.random()
        if x < p_flush:
            calls.append(["flush", []])
        elif x < p_flush + p_tick:
            calls.append(["tick", [t]])
        else:
            calls.append(["add", [rng.choice(ids), t]])
    return calls


def main():
    rng = random.Random(20261129)
    sample = [
        ["EventBatcher", [3, 10, 100]],
        ["add", ["a", 0]], ["add", ["b", 4]], ["add", ["a", 5]], ["add", ["c", 6]], ["add", ["d", 7]],
        ["tick", [16]], ["add", ["e", 17]], ["add", ["a", 100]], ["flush", []],
    ]
    hidden = []
    # 01 nothing but the constructor and a flush
    hidden.append([["EventBatcher", [5, 10, 10]], ["flush", []], ["tick", [100]], ["flush", []]])
    # 02 max_size 1: every accepted event is a batch by itself
    hidden.append([["EventBatcher", [1, 1, 3]]] + [["add", [x, t]] for x, t in
                  [("a", 0), ("a", 0), ("a", 2), ("b", 2), ("a", 3), ("a", 5), ("b", 5), ("b", 6)]])
    # 03 time flush exactly at s + max_delay, by add and by tick
    hidden.append([["EventBatcher", [10, 5, 1000]], ["add", ["a", 0]], ["add", ["b", 4]], ["add", ["c", 5]],
                   ["add", ["d", 9]], ["tick", [9]], ["tick", [10]], ["tick", [11]], ["add", ["e", 11]],
                   ["tick", [15]], ["tick", [16]], ["flush", []]])
    # 04 de-duplication boundary: t - s == retention is accepted again, retention - 1 is not
    hidden.append([["EventBatcher", [2, 1000, 10]], ["add", ["x", 0]], ["add", ["x", 9]], ["add", ["x", 10]],
                   ["add", ["x", 19]], ["add", ["y", 19]], ["add", ["x", 20]], ["add", ["x", 29]],
                   ["add", ["x", 30]], ["flush", []]])
    # 05 ids come back long after the retention horizon, also while still in the open batch
    hidden.append([["EventBatcher", [4, 1000, 3]], ["add", ["u1", 0]], ["add", ["u2", 1]], ["add", ["u1", 3]],
                   ["add", ["u2", 3]], ["add", ["u1", 4]], ["add", ["u1", 6]], ["add", ["u3", 6]],
                   ["flush", []], ["add", ["u3", 9]], ["flush", []]])
    # 06 duplicates of the open batch and of earlier batches; flush in the middle
    hidden.append([["EventBatcher", [3, 50, 40]], ["add", ["a", 1]], ["add", ["a", 1]], ["add", ["b", 2]],
                   ["flush", []], ["flush", []], ["add", ["b", 3]], ["add", ["a", 4]], ["add", ["c", 5]],
                   ["add", ["d", 5]], ["add", ["e", 6]], ["add", ["c", 44]], ["add", ["c", 45]],
                   ["tick", [55]], ["tick", [56]], ["flush", []]])
    # 07 everything at the same second: only size flushes
    hidden.append(random_calls(rng, 300, 7, 1, 5, [f"e{i}" for i in range(60)], 0, 0.05, 0.0))
    # 08 huge max_size and retention: only time flushes
    hidden.append(random_calls(rng, 400, 100000, 20, 10**9, [f"q{i}" for i in range(300)], 3))
    # 09-12 random small
    for n, k, d, r, pool, step in [(200, 3, 4, 6, 8, 2), (300, 5, 10, 3, 20, 3), (500, 2, 2, 50, 30, 1),
                                   (800, 10, 30, 25, 100, 4)]:
        hidden.append(random_calls(rng, n, k, d, r, [f"id{i}" for i in range(pool)], step))
    # 13 random medium, large numbers
    hidden.append(random_calls(rng, 3000, 50, 10**6, 5 * 10**6, [f"L{i}" for i in range(2000)], 10**5))
    # 14 times near 10^9
    calls = random_calls(rng, 1000, 20, 10**9, 10**9, [f"T{i}" for i in range(500)], 10**5)
    for c in calls[1:]:
        if c[0] != "flush":
            c[1][-1] += 10**9 - 10**8
    hidden.append(calls)
    # 15 large: mostly distinct ids, huge retention (a scan of the history is too slow)
    ids = [format(i, "x") for i in range(70000)]
    calls = [["EventBatcher", [1000, 5000, 10**9]]]
    t = 0
    for i in range(69990):
        t += rng.randint(0, 2)
        if rng.random() < 0.05:
            calls.append(["add", [ids[rng.randrange(max(1, i))], t]])
        else:
            calls.append(["add", [ids[i], t]])
    calls.append(["flush", []])
    hidden.append(calls)
    # 16 large-ish: small id pool, retention expiring often, ticks
    hidden.append(random_calls(rng, 40000, 64, 50, 200, [format(i, "x") for i in range(3000)], 1, 0.1, 0.001))

    Accepted = load_accepted()
    out = HERE / "tests"
    for folder, tests, name in [("sample", [sample], "{}"), ("hidden", hidden, "{:02d}")]:
        for i, calls in enumerate(tests, 1):
            got = run(Accepted, calls)
            if len(calls) <= 50000:
                assert got == run(Brute, calls), (folder, i)
            base = out / folder / name.format(i)
            base.with_suffix(".in").write_text(json.dumps({"calls": calls}, separators=(",", ":")) + "\n")
            base.with_suffix(".ans").write_text(json.dumps(got, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
