"""Writes tests/ for event-reorder-buffer: python3 generator.py (deterministic).

Answers come from solutions/accepted/heap_buffer.py and are cross-checked against the brute force below
on every test small enough for it."""

import importlib.util
import json
import random
from pathlib import Path

HERE = Path(__file__).parent


def load_accepted():
    spec = importlib.util.spec_from_file_location("accepted", HERE / "solutions/accepted/heap_buffer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ReorderBuffer


class Brute:
    def __init__(self, lateness):
        self.lateness = lateness
        self.accepted = []  # every accepted (ts, id), in arrival order
        self.released = 0  # how many of them, by index, were released: tracked with a set
        self.done = set()
        self.late_ids = []
        self.wm = None

    def _release(self, limit):
        # A stable sort by timestamp keeps arrival order among equal timestamps.
        order = sorted(range(len(self.accepted)), key=lambda i: self.accepted[i][0])
        out = []
        for i in order:
            if i not in self.done and (limit is None or self.accepted[i][0] <= limit):
                self.done.add(i)
                out.append(self.accepted[i][1])
        return out

    def push(self, eid, ts):
        if self.wm is not None and ts < self.wm:
            self.late_ids.append(eid)
            return []
        self.accepted.append((ts, eid))
        self.wm = max(ts for ts, _ in self.accepted) - self.lateness
        return self._release(self.wm)

    def late(self):
        out, self.late_ids = self.late_ids, []
        return out

    def flush(self):
        return self._release(None)


def run(cls, calls):
    obj = cls(*calls[0][1])
    return [None] + [getattr(obj, m)(*a) for m, a in calls[1:]]


def random_calls(rng, n, lateness, step, jitter, id_max, p_late=0.05, p_flush=0.01, start=0):
    calls = [["ReorderBuffer", [lateness]]]
    base = start
    for i in range(n):
        x = rng.random()
        if x < p_flush:
            calls.append(["flush", []])
        elif x < p_flush + p_late:
            calls.append(["late", []])
        else:
            base += rng.randint(0, step)
            ts = max(0, base - rng.randint(0, jitter))
            calls.append(["push", [rng.randint(0, id_max), ts]])
    calls.append(["late", []])
    calls.append(["flush", []])
    return calls


def main():
    rng = random.Random(7331)
    sample = [["ReorderBuffer", [5]], ["push", [1, 100]], ["push", [2, 103]], ["push", [3, 99]],
              ["push", [4, 105]], ["push", [5, 97]], ["push", [6, 110]], ["push", [7, 105]],
              ["late", []], ["late", []], ["flush", []]]
    hidden = []
    # 01 no events at all
    hidden.append([["ReorderBuffer", [10]], ["late", []], ["flush", []], ["late", []]])
    # 02 lateness 0: anything behind the newest timestamp is late, equal timestamps are not
    hidden.append([["ReorderBuffer", [0]]] + [["push", [i, t]] for i, t in
                  enumerate([5, 5, 7, 6, 7, 8, 8, 3, 9, 0, 10])] + [["late", []], ["flush", []]])
    # 03 events exactly at the watermark and one second before it
    hidden.append([["ReorderBuffer", [10]], ["push", [1, 50]], ["push", [2, 40]], ["push", [3, 39]],
                   ["push", [4, 60]], ["push", [5, 50]], ["push", [6, 49]], ["push", [7, 61]],
                   ["push", [8, 51]], ["late", []], ["push", [9, 71]], ["push", [10, 61]], ["flush", []],
                   ["push", [11, 61]], ["push", [12, 60]], ["late", []]])
    # 04 equal timestamps arrive with decreasing ids: released in arrival order
    hidden.append([["ReorderBuffer", [3]]] + [["push", [100 - i, 10 + (i % 3)]] for i in range(12)]
                  + [["push", [1, 20]], ["push", [0, 30]], ["flush", []]])
    # 05 all events at one timestamp, one id repeated
    hidden.append([["ReorderBuffer", [1]]] + [["push", [7, 1000]] for _ in range(20)] + [["flush", []]])
    # 06 already in order
    hidden.append([["ReorderBuffer", [3]]] + [["push", [i, 2 * i]] for i in range(40)] + [["flush", []]])
    # 07 reverse order, lateness large enough to hold all of it
    hidden.append([["ReorderBuffer", [1000]]] + [["push", [i, 1000 - 10 * i]] for i in range(60)]
                  + [["push", [99, 5000]], ["late", []], ["flush", []]])
    # 08 reverse order, small lateness: most are late
    hidden.append([["ReorderBuffer", [25]]] + [["push", [i, 1000 - 10 * i]] for i in range(60)]
                  + [["late", []], ["flush", []]])
    # 09 maximum values
    hidden.append([["ReorderBuffer", [10**9]], ["push", [10**9, 10**9]], ["push", [0, 0]],
                   ["push", [10**9, 1]], ["flush", []], ["push", [5, 0]], ["push", [6, 10**9]],
                   ["late", []], ["flush", []]])
    # 10-13 random small
    for n, lat, step, jit, idm in [(60, 3, 2, 6, 9), (200, 0, 1, 2, 50), (300, 10, 3, 15, 1000),
                                   (500, 5, 1, 8, 5)]:
        hidden.append(random_calls(rng, n, lat, step, jit, idm))
    # 14 random medium with flushes in the middle
    hidden.append(random_calls(rng, 5000, 40, 5, 60, 10**9, 0.02, 0.005, 10**6))
    # 15 large: a wide lateness keeps tens of thousands of events buffered
    hidden.append(random_calls(rng, 70000, 60000, 2, 80000, 10**5, 0.002, 0.0, 10**6))
    # 16 large: a tight lateness, many late events
    hidden.append(random_calls(rng, 30000, 20, 1, 40, 10**5, 0.01, 0.0005, 5 * 10**6))

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


if __name__ == "__main__":
    main()
