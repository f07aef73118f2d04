"""Writes tests/ for log-window-aggregator: python3 generator.py (deterministic).

Answers come from solutions/accepted/fenwick_window.py and are cross-checked against the brute force
below on every test small enough for it."""

import importlib.util
import json
import math
import random
from pathlib import Path

HERE = Path(__file__).parent


def load_accepted():
    spec = importlib.util.spec_from_file_location("accepted", HERE / "solutions/accepted/fenwick_window.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.LogAggregator


class Brute:
    def __init__(self, window):
        self.w = window
        self.all = []

    def record(self, e, t, lat):
        self.all.append((e, t, lat))

    def stats(self, e, t):
        lats = sorted(lat for ee, tt, lat in self.all if ee == e and t - self.w < tt <= t)
        if not lats:
            return [0, None]
        return [len(lats), lats[math.ceil(95 * len(lats) / 100) - 1]]


def run(cls, calls):
    obj = cls(*calls[0][1])
    return [None] + [getattr(obj, m)(*a) for m, a in calls[1:]]


def random_calls(rng, n, window, endpoints, step, lat_max, p_stats=0.3, start=0, weights=None):
    calls = [["LogAggregator", [window]]]
    t = start
    for _ in range(n):
        t += rng.randint(0, step)
        e = rng.choices(endpoints, weights)[0] if weights else rng.choice(endpoints)
        if rng.random() < p_stats:
            calls.append(["stats", [e, t]])
        else:
            lat = rng.randint(1, lat_max) if rng.random() < 0.9 else rng.randint(1, 10**4)
            calls.append(["record", [e, t, lat]])
    return calls


def main():
    rng = random.Random(95)
    sample = [["LogAggregator", [300]], ["record", ["/lessons", 0, 120]], ["record", ["/lessons", 10, 80]],
              ["record", ["/quiz", 20, 900]], ["record", ["/lessons", 100, 300]], ["stats", ["/lessons", 100]],
              ["stats", ["/lessons", 300]], ["stats", ["/quiz", 319]], ["stats", ["/quiz", 320]],
              ["stats", ["/admin", 320]]]
    hidden = []
    # 01 nothing recorded
    hidden.append([["LogAggregator", [60]], ["stats", ["/a", 0]], ["stats", ["/a", 10**9]]])
    # 02 one request and the window's edges
    hidden.append([["LogAggregator", [60]], ["record", ["/a", 100, 7]], ["stats", ["/a", 100]],
                   ["stats", ["/a", 159]], ["stats", ["/a", 160]], ["record", ["/a", 160, 8]], ["stats", ["/a", 160]]])
    # 03 nearest rank: counts 1, 2, 19, 20, 21, 40, 100, 101 with latencies 1..n, shuffled
    calls = [["LogAggregator", [10]]]
    t = 0
    for n in [1, 2, 19, 20, 21, 40, 100, 101]:
        t += 100
        lats = list(range(1, n + 1))
        rng.shuffle(lats)
        calls += [["record", ["/p", t, lat]] for lat in lats] + [["stats", ["/p", t]]]
    hidden.append(calls)
    # 04 all latencies equal
    hidden.append([["LogAggregator", [5]]] + [["record", ["/same", i // 3, 250]] for i in range(30)]
                  + [["stats", ["/same", 10]], ["stats", ["/same", 13]], ["stats", ["/same", 14]]])
    # 05 endpoints interleaved
    hidden.append(random_calls(rng, 300, 20, ["/a", "/b", "/c", "/lessons/{id}"], 1, 50, 0.3))
    # 06 window 1: only the current second counts
    hidden.append(random_calls(rng, 300, 1, ["/x", "/y"], 1, 30, 0.4))
    # 07 extreme latencies and times
    hidden.append([["LogAggregator", [10**6]]] + [["record", ["/ext", 10**9 - 5, 10**4 if i % 2 else 1]] for i in range(41)]
                  + [["stats", ["/ext", 10**9 - 5]], ["record", ["/ext", 10**9, 1]], ["stats", ["/ext", 10**9]]])
    # 08 a burst in one second, then the window slides past it
    calls = [["LogAggregator", [30]]] + [["record", ["/burst", 50, rng.randint(1, 10**4)]] for _ in range(200)]
    for t in range(50, 90, 3):
        calls.append(["record", ["/burst", t, rng.randint(1, 100)]])
        calls.append(["stats", ["/burst", t]])
    hidden.append(calls)
    # 09-12 random small
    for n, w, ne, step, lm in [(200, 10, 2, 2, 20), (500, 60, 5, 5, 200), (1000, 300, 10, 10, 1000),
                               (3000, 100, 30, 1, 10**4)]:
        hidden.append(random_calls(rng, n, w, [f"/e{i}" for i in range(ne)], step, lm))
    # 13 random medium, times near 10^9
    hidden.append(random_calls(rng, 8000, 300, [f"/api/v1/r{i}" for i in range(100)], 1, 3000, 0.3, 10**9 - 10**4))
    # 14 large: two busy endpoints, a window that holds tens of thousands of requests
    hidden.append(random_calls(rng, 60000, 10**6, ["/ev", "/ls"], 1, 2000, 0.4))
    # 15 large: 50 endpoints, a 5-minute window, heavy skew
    eps = [f"/r{i}" for i in range(50)]
    hidden.append(random_calls(rng, 40000, 300, eps, 1, 10**4, 0.3, 0, [50] + [1] * 49))

    Accepted = load_accepted()
    out = HERE / "tests"
    for folder, tests, name in [("sample", [sample], "{}"), ("hidden", hidden, "{:02d}")]:
        for i, calls in enumerate(tests, 1):
            got = run(Accepted, calls)
            if len(calls) <= 10000:
                assert got == run(Brute, calls), (folder, i)
            base = out / folder / name.format(i)
            base.with_suffix(".in").write_text(json.dumps({"calls": calls}, separators=(",", ":")) + "\n")
            base.with_suffix(".ans").write_text(json.dumps(got, separators=(",", ":")) + "\n")
            print(folder, i, max((r[0] for r in got if isinstance(r, list)), default=0))


if __name__ == "__main__":
    main()
