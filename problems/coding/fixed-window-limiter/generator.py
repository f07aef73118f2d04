"""Writes tests/ for fixed-window-limiter: seeded, deterministic. Run: python3 generator.py

Answers come from solutions/accepted/window_counter.py and are cross-checked against the brute force
below (which keeps every allowed request) on every test of up to 5000 calls.
"""

import importlib.util
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "FixedWindowLimiter"


def load_accepted():
    spec = importlib.util.spec_from_file_location("accepted", os.path.join(HERE, "solutions/accepted/window_counter.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, NAME)


class Brute:
    def __init__(self, limit, window):
        self.limit, self.window, self.log = limit, window, []

    def _used(self, user, t):
        start = (t // self.window) * self.window
        return sum(1 for u, s in self.log if u == user and start <= s < start + self.window)

    def allow(self, user, t):
        if self._used(user, t) < self.limit:
            self.log.append((user, t))
            return True
        return False

    def retry_after(self, user, t):
        if self._used(user, t) < self.limit:
            return 0
        return (t // self.window + 1) * self.window - t


def run(cls, calls):
    obj = cls(*calls[0][1])
    return [None] + [getattr(obj, m)(*a) for m, a in calls[1:]]


def random_calls(rng, n, limit, window, users, max_step, retry_share=0.2, t0=0):
    calls = [[NAME, [limit, window]]]
    t = t0
    for _ in range(n):
        t += rng.randint(0, max_step)
        t = min(t, 10**9)
        user = rng.choice(users)
        calls.append(["retry_after" if rng.random() < retry_share else "allow", [user, t]])
    return calls


def build():
    rng = random.Random(20261129)
    sample = [[NAME, [2, 10]], ["allow", ["ada", 3]], ["allow", ["ada", 8]], ["allow", ["ada", 9]],
              ["retry_after", ["ada", 9]], ["allow", ["bob", 9]], ["allow", ["ada", 10]], ["retry_after", ["ada", 12]]]
    hidden = []
    # 01 one call only
    hidden.append([[NAME, [1, 1]], ["allow", ["u", 0]]])
    # 02 limit 1, window 1: every new second is a new window; same-second repeats rejected
    hidden.append([[NAME, [1, 1]]] + [[m, ["u", t]] for t in range(6) for m in ("allow", "allow", "retry_after")])
    # 03 exact boundaries: requests at window end - 1, end, end + 1
    hidden.append([[NAME, [2, 100]], ["allow", ["a", 0]], ["allow", ["a", 99]], ["allow", ["a", 99]],
                   ["retry_after", ["a", 99]], ["allow", ["a", 100]], ["allow", ["a", 101]], ["allow", ["a", 199]],
                   ["retry_after", ["a", 199]], ["allow", ["a", 200]], ["retry_after", ["a", 200]]])
    # 04 first request mid-window: the window is still aligned (a limiter anchored at the first request differs)
    hidden.append([[NAME, [3, 60]], ["allow", ["x", 50]], ["allow", ["x", 55]], ["allow", ["x", 59]],
                   ["allow", ["x", 59]], ["retry_after", ["x", 59]], ["allow", ["x", 60]], ["allow", ["x", 61]],
                   ["allow", ["x", 100]], ["allow", ["x", 105]], ["retry_after", ["x", 110]], ["allow", ["x", 119]],
                   ["allow", ["x", 120]], ["allow", ["x", 170]], ["allow", ["x", 175]], ["allow", ["x", 179]]])
    # 05 retry_after for a user never seen, and many users at the same instant
    hidden.append([[NAME, [1, 5]], ["retry_after", ["ghost", 7]]] +
                  [["allow", [f"u{i}", 7]] for i in range(10)] + [["allow", [f"u{i}", 9]] for i in range(10)] +
                  [["retry_after", [f"u{i}", 9]] for i in range(10)] + [["allow", [f"u{i}", 10]] for i in range(10)])
    # 06 gaps of several windows; the count resets (no carry-over)
    hidden.append(random_calls(rng, 300, 3, 10, ["a", "b"], 40))
    # 07 huge window and t near 10^9
    hidden.append([[NAME, [2, 10**9]], ["allow", ["a", 0]], ["allow", ["a", 5]], ["allow", ["a", 999999999]],
                   ["retry_after", ["a", 999999999]], ["allow", ["a", 10**9]], ["retry_after", ["a", 10**9]],
                   ["allow", ["a", 10**9]], ["allow", ["a", 10**9]], ["retry_after", ["a", 10**9]]])
    # 08 random small, dense
    hidden.append(random_calls(rng, 2000, 4, 7, [f"u{i}" for i in range(5)], 2))
    # 09 random medium, many users
    hidden.append(random_calls(rng, 5000, 3, 1000, [f"user{i}" for i in range(50)], 30, t0=123456))
    # 10 all at the same t
    hidden.append(random_calls(rng, 3000, 5, 3600, [f"p{i}" for i in range(8)], 0, t0=7200))
    # 11 window 1 (every second is a window)
    hidden.append(random_calls(rng, 4000, 2, 1, ["a", "b", "c"], 1))
    # 12 large: one heavy user with a high limit over a few windows, plus background users
    calls = [[NAME, [60000, 10**6]]]
    t = 0
    for i in range(25000):
        t += rng.randint(0, 30)
        user = "h" if rng.random() < 0.9 else f"u{rng.randint(0, 999)}"
        calls.append(["retry_after" if i % 10 == 9 else "allow", [user, t]])
    hidden.append(calls)
    # 13 many users, small limit
    hidden.append(random_calls(rng, 6000, 3, 50, [f"u{i}" for i in range(3000)], 1))
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
    accepted = load_accepted()
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
